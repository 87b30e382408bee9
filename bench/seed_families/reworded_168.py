"""The ``reworded-168`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Anguillan news, Holy Island bulletins, Delaware shore-town weeklies, petanque clubs, origami
societies, tinnitus forums, caravan-park residents' boards, ice-house preservation groups.

Written blind: from how such sites word and print their posting rules, board rules, members' forum rules and
reader guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (at least one a question) and five sentences ({c} {cs} {C} {Cs}: the site's word
#: for what readers send, {a}: its article). Written in British spelling; a document may print it in American
#: spelling (``AMERICAN_168``). No heading or sentence says "comment" but through the placeholders.
REWORDINGS_168 = (
    (  # civility
        ("Be courteous", "Treat others kindly", "Mind your manners", "Is it kind?", "Respect each other"),
        (
            "Disagree with other members by all means, but do it politely and without personal remarks.",
            "{Cs} that belittle, bully or goad other readers will be taken down.",
            "Remember that the people you are replying to are neighbours, fellow members and sometimes friends.",
            "Criticise the idea, not the person who put it forward.",
            "Please write as you would speak to someone across the table at a club meeting.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hate speech is not tolerated", "Everyone is welcome", "What counts as hateful?"),
        (
            "We will not publish anything that attacks people for their race, nationality, religion, sex, sexuality, "
            "age or disability.",
            "Slurs, stereotypes and 'jokes' aimed at any group have no place here, however they are dressed up.",
            "{Cs} stirring up hatred against islanders, visitors or newcomers will be removed and may be passed to "
            "the police.",
            "This is a club open to all, and the board should feel that way too.",
            "Mocking someone's hearing, health or accent is not banter; it is abuse and will be treated as such.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Personal details",
            "Keep private things private",
            "Can I name my neighbour?",
        ),
        (
            "Do not post anyone's address, phone number, email or plot number without their clear permission.",
            "Please do not share photographs of other residents, their children or their vans without asking first.",
            "Private messages are private: do not copy them into a public thread.",
            "Keep your own details off the board as well; use the private messaging system to swap them.",
            "Details of someone else's health, hearing tests or treatment must not be shared without their consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young members",
            "Under 16?",
            "Keeping people safe",
            "Worried about someone?",
        ),
        (
            "Do not name or identify any child in {a} {c}, even in praise.",
            "Members under 16 need a parent or guardian's permission to join and should not share personal details.",
            "If you are worried about a child or vulnerable adult, contact the club's welfare officer rather than "
            "raising it on the board.",
            "We will pass anything that suggests someone is at risk to the proper authorities.",
            "If you are in crisis or thinking of harming yourself, please contact your doctor or the Samaritans on "
            "116 123 straight away.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Please be patient", "Our volunteers"),
        (
            "All {cs} are read by a moderator before they go live, which can take up to 24 hours.",
            "The board is run by volunteers, so {cs} sent at weekends or on competition days may wait until Monday.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Our filter sometimes holds back a harmless {c} by mistake; please do not send it again, as we will "
            "find it.",
            "Outside office hours on the island, {cs} will be checked the next working morning.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the thread", "Relevance", "Is it on topic?", "One subject per thread"),
        (
            "Please keep {cs} to the subject of the article or thread they sit under.",
            "If you want to raise something new, start a thread of your own in the right section.",
            "Club business belongs in the members' area, not on the public board.",
            "Off-topic {cs} and long arguments between two people may be moved or removed.",
            "General chat is welcome in the Clubhouse section, but not in the tournament threads.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise?", "Commercial messages"),
        (
            "Adverts, sales pitches and links to shops will be deleted unless they are in the Buy and Sell section.",
            "Members may mention a caravan or a set of boules for sale once, in the classifieds thread only.",
            "Please do not promote cures, supplements, devices or clinics; such {cs} will be removed and the account "
            "closed.",
            "Chain letters, petitions and repeated links are treated as spam.",
            "Businesses wishing to reach our readers should contact our advertising department.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Accounts", "One account each", "Who are you?", "Registration"),
        (
            "We ask you to post under your real name, or at least the name you are known by in the club.",
            "One account per person, please; shared or duplicate accounts will be merged or closed.",
            "Do not pretend to be another member, a committee officer or a public figure.",
            "Residents should register with their plot number so the committee can confirm they live on the park.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "Could it land you in court?", "Stay within the law"),
        (
            "Do not accuse anyone of a crime or wrongdoing that has not been proven in court.",
            "You are legally responsible for what you write, and libel law applies online just as it does in print.",
            "Under Anguillan law we may have to hand your details to the police if your {c} is unlawful.",
            "Say nothing about a case before the courts that could prejudice a trial, including a defendant's past.",
            "Anything that breaks the law, or encourages someone else to, will be removed.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and diagrams", "Credit the designer", "Is it yours to share?"),
        (
            "Only post photos, text or diagrams that you own or have permission to use.",
            "Please credit the designer of any model you fold, and never share a copyrighted diagram in full.",
            "Quote a short extract with a link rather than pasting a whole article.",
            "By sending us a photo you let us publish it on the site and in print, with credit to you.",
            "Material from the archive or the Trust's collection may not be copied without written permission.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging", "How do I report something?"),
        (
            "If you see something that breaks these rules, use the Report link under it rather than replying.",
            "Reports go to a moderator and are kept confidential.",
            "Please do not argue with a troublemaker; report them and let the moderators deal with it.",
            "You can also email the moderation team; include a link to the {c} you are worried about.",
            "Flagging {a} {c} does not remove it automatically; a person will look at it.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "Moderators' decisions", "Who decides?", "Right to remove"),
        (
            "The editor may edit, refuse or remove any {c} without giving a reason.",
            "Moderators' decisions are final, though you may appeal politely by email.",
            "The committee reserves the right to close a thread, or the whole board, at any time.",
            "Publishing {a} {c} does not mean we agree with it.",
            "We may shorten {cs} for length or clarity.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Tell us"),
        (
            "If we have got something wrong, email the newsroom rather than posting it here, so we can put it right "
            "quickly.",
            "Story ideas and tips are welcome by email or phone; they will not appear on the board.",
            "Corrections to match results should be sent to the competition secretary.",
            "Please tell us about errors in the bulletin by Thursday so they can be fixed in the next issue.",
            "We correct significant errors promptly and note the change at the foot of the article.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "No shouting", "Write clearly", "Is swearing allowed?"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "Please do not write in capital letters; it reads as shouting.",
            "Write in English so that everyone can follow, and keep text-speak to a minimum.",
            "Long {cs} are hard to read on a phone, so keep to the point.",
            "Innuendo and crude jokes are not suitable for a board that families read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
        ),
        (
            "A first breach will usually earn a private warning; repeated breaches lead to a suspension.",
            "Members who are banned may not rejoin under a new name.",
            "Serious abuse will lead to an immediate ban without warning.",
            "Three warnings in twelve months and your posting rights will be withdrawn.",
            "Bans are reviewed by the committee at its next meeting.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Not a substitute for advice", "Safety", "Stay safe", "Is it safe to visit?"),
        (
            "Nothing on this forum is medical advice; see your GP or audiologist about any change in your hearing.",
            "Members share their own experience only, and what helped one person may not help another.",
            "Please do not encourage anyone to enter an ice house; many are unsafe and some shelter protected bats.",
            "Check the causeway's safe crossing times before advising anyone about travel to or from the island.",
            "Do not give the location of a site that is on private land or closed to the public.",
        ),
    ),
    (  # elections
        ("Elections", "Election period", "Campaigning", "Can candidates take part?", "Politics"),
        (
            "During the election campaign we will not publish {cs} from candidates or their agents.",
            "Party political campaigning is not allowed on a club board.",
            "Anonymous attacks on candidates will not be published at any time.",
            "Candidates who wish to reach readers may buy space in the paper like anyone else.",
            "Keep the debate to policies, and leave candidates' families out of it.",
        ),
    ),
)


TITLES_168 = (
    "Posting guidelines",
    "Board Rules",
    "House rules",
    "Community Guidelines",
    "Forum rules",
    "Rules of the Residents' Board",
    "Notice board etiquette",
    "{C} policy",
    "Before you post",
    "Terms of use for the message board",
    "Guidelines for {cs}",
    "Reader {Cs}: the rules",
)

INTROS_168 = (
    "Our board is for everyone on the park; please read these rules before you post.",
    "We welcome {cs} from readers, subject to the following rules.",
    "The following guidelines apply to everyone who uses the forum.",
    "These rules were agreed by the committee at the annual general meeting.",
    "By registering you agree to abide by the rules below.",
    "Thank you for joining the conversation; a few simple rules keep it friendly.",
    "We want this to be a helpful, supportive place for everyone living with tinnitus.",
)

CLOSINGS_168 = (
    "Thank you for helping to keep the board friendly and useful.",
    "These rules may be changed at any time; the latest version is always pinned at the top of the forum.",
    "Questions about these rules should be sent to the secretary.",
    "Full terms and conditions are available on our website.",
    "Happy folding!",
    "See you on the terrain.",
    "By posting {a} {c} you accept these guidelines.",
)

#: Lines some sites print after the closing: a revision date, a signature, a forum's leftover byline.
AFTERWORDS_168 = (
    "Last updated: March 2025",
    "Revised by the committee, AGM 2024",
    "The Editor",
    "- The Moderators",
    "Board admin",
    "Updated 12/04/2024",
    "Rules version 3.2",
)

#: Bylines a forum prints above a pinned rules post.
BYLINES_168 = (
    "Post by Admin \u00bb Mon Jan 08, 2024 9:14 am",
    "by Moderator \u00bb Sat 3 Feb 2024, 10:12",
    "Posted by the Committee on 14 May 2023",
    "Pinned by the moderators",
)

#: What a page's section links print after each item.
TOPS_168 = ("Back to top", "\u2191 Top", "Top", "[top]", "^ Back to top")

_NOUNS_168 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("notice", "notices"),
    ("entry", "entries"),
)

#: British spellings in the lists above and their American forms (a reworded-168 document prints one or the other).
AMERICAN_168 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "behaviour": "behavior",
    "programme": "program",
    "organisation": "organization",
}

_SMALL_168 = {"a", "an", "and", "as", "at", "by", "for", "if", "in", "is", "it", "of", "on", "or", "the", "to"}


def _title_case_168(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL_168) or not word[:1].isalpha() else word[:1].upper() + word[1:]
        for i, word in enumerate(words)
    )


def _sentence_case_168(text: str) -> str:
    lowered = text.lower().replace(" i ", " I ")
    return lowered[:1].upper() + lowered[1:]


def _roman_168(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _letter_168(number: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]


def _marker_168(rng: random.Random) -> Callable[[int], str] | None:
    """How this site marks its items (the marker without the space after it), or None for no markers."""
    section = rng.randint(2, 9)
    shapes: list[tuple[float, Callable[[int], str] | None]] = [
        (9, None),
        (4, lambda n: f"{n}."),
        (2, lambda n: f"{n})"),
        (1, lambda n: f"({n})"),
        (1, lambda n: f"{n} -"),
        (1, lambda n: f"{section}.{n}"),
        (1, lambda n: f"{section}.{n}."),
        (1, lambda n: f"\u00a7{n}"),
        (1, lambda n: f"{_letter_168(n)})"),
        (1, lambda n: f"({_letter_168(n)})"),
        (1, lambda n: f"{_letter_168(n).upper()}."),
        (1, lambda n: f"{_roman_168(n)}."),
        (1, lambda n: f"({_roman_168(n)})"),
        (1, lambda n: f"{_roman_168(n).upper()}."),
        (3, lambda n: "\u2022"),
        (1, lambda n: "-"),
        (1, lambda n: "*"),
        (1, lambda n: "\u00b7"),
        (1, lambda n: "\u25aa"),
        (1, lambda n: "\u00bb"),
        (1, lambda n: "o"),
        (1, lambda n: "\u2714"),
    ]
    return rng.choices([shape for _, shape in shapes], weights=[weight for weight, _ in shapes])[0]


def _items_168(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-168 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution, notice or entry, and then no line says "comment"); few items (two to five, 0.3) or many (six to
    all seventeen), in the table's order (0.5) or shuffled; one to three sentences an item, by one of three
    weightings; headings as written, in title case, capitals, sentence case or lower case, or none (0.15), or the
    question of each kind asked and answered (0.08, with Q and A before them or not); a heading on a part of its own
    (0.45, with nothing, a colon or a stop after it, its sentences then set under it with a dash or bullet of their
    own now and then) or run in before the first sentence after a colon, stop or dash, now and then in a forum's
    leftover BBCode or square brackets; the site's markers (none, numbers, letters, roman numerals, clause numbers,
    section signs, bullets of several shapes), a no-break space after them now and then, or a number on a part
    of its own; bulleted sentences without their stops now and then; a link back to the top after each item, or a rule
    of asterisks between items, now and then. Then the opening, closing and title lines by :func:`_furnish`, and
    after them now and then a forum's byline under the title and a revision date or a signature at the end."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_168)
    article = "an" if one[0] in "aeiou" else "a"
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize(), "a": article}

    table = REWORDINGS_168
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(table))
    kinds = rng.sample(range(len(table)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (4, 4, 2), (2, 3, 3)))

    bare = rng.random() < 0.15
    asked = not bare and rng.random() < 0.08  # FAQ-style: each kind's question, then its answer
    qa = asked and rng.random() < 0.6
    case = rng.choices(("table", "title", "upper", "sentence", "lower"), weights=(6, 2, 2, 2, 1))[0]
    apart = asked or rng.random() < 0.45
    after_apart = rng.choice(("", "", ":", "."))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    wrap = rng.choices(("", "bbcode", "square"), weights=(92, 4, 4))[0] if not apart and not bare else ""
    sub = rng.choice(("- ", "\u2022 ", "\u2013 ")) if apart and not asked and rng.random() < 0.12 else ""
    marker = _marker_168(rng)
    gap = "\u00a0" if rng.random() < 0.1 else " "
    bulleted = marker is not None and not marker(1)[:1].isalnum() and marker(1)[:1] not in "(\u00a7"
    marker_apart = marker is not None and not bulleted and rng.random() < 0.06  # the number on a line of its own
    unstopped = (bulleted or bool(sub)) and rng.random() < 0.3
    top = rng.choice(TOPS_168) if apart and rng.random() < 0.06 else ""
    rule = "* * *" if not top and rng.random() < 0.04 else ""

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = table[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if unstopped:
            picked = [sentence[:-1] if sentence.endswith(".") else sentence for sentence in picked]
        if sub:
            picked = [sub + sentence for sentence in picked]
        if asked:
            heading = rng.choice([h for h in headings if h.endswith("?")]).format(**words)
        else:
            heading = "" if bare else rng.choice(headings).format(**words)
        if heading and not asked:
            heading = {
                "table": heading,
                "title": _title_case_168(heading),
                "upper": heading.upper(),
                "sentence": _sentence_case_168(heading),
                "lower": heading.lower(),
            }[case]
        mark = ""
        if marker is not None:
            mark = marker(number)
            if marker_apart:
                items.append(("", mark))
                mark = ""
            else:
                mark += gap
        if asked:
            if qa:
                items.append((f"{mark}Q: {heading}", f"A: {picked[0]}", *picked[1:]))
            else:
                items.append((mark + heading, *picked))
        elif not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            items.append((mark + heading + end, *picked))
        elif wrap == "bbcode":
            items.append(("", f"{mark}[b]{heading}[/b] {picked[0]}", *picked[1:]))
        elif wrap == "square":
            items.append(("", f"{mark}[{heading}] {picked[0]}", *picked[1:]))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))
        if top:
            items.append(("", top))
        elif rule and number < len(kinds):
            items.append(("", rule))

    def fits(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**words) for line in lines]
        return [line for line in formatted if one == "comment" or not _says_comment(line)]

    items = _furnish(items, rng, fits(INTROS_168), fits(CLOSINGS_168), fits(TITLES_168), AMERICAN_168)
    if items and items[0][1] == "" and rng.random() < 0.15:  # a title, then a forum's byline under it
        items.insert(1, ("", rng.choice(BYLINES_168)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(AFTERWORDS_168)))
    return items
