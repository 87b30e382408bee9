"""The ``reworded-193`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Samoan diaspora news, Orkney parish notices, Vermont maple-town weeklies, judo and karate clubs,
beekeepers' societies, scoliosis forums, almshouse residents, heritage-bus volunteers.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and
noticeboard guidance, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (in sentence case, without a stop; a site prints them in its own case and with its
#: own stop), and five sentences, of which an item prints one to three in order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: stand for the site's word for what readers send (comment, post, message, reply, contribution, notice). British
#: spelling; a document may print it in American spelling (``AMERICAN_193``).
REWORDINGS_193 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Fa'aaloalo: show respect",
            "Courtesy on the board",
            "Is it kind?",
            "Treat others as you would on the mat",
        ),
        (
            "Please treat every member as you would a neighbour at the kirk door.",
            "Disagree with the idea if you must, but never belittle the person who raised it.",
            "Sneering, name-calling and sarcasm aimed at other members will see your {c} taken down.",
            "Remember that elders, children and families read this page too.",
            "A {c} written in anger is best left until the morning.",
        ),
    ),
    (  # hatred
        (
            "No hatred",
            "Hate speech",
            "Discrimination",
            "Will you allow remarks about other islands or villages?",
            "Everyone is welcome here",
        ),
        (
            "We will remove any {c} that attacks people for their race, faith, disability, sex, age or sexuality.",
            "Jokes at the expense of another island, village, church or family are not welcome.",
            "Remarks mocking anyone's curve, brace, surgery or body shape will be deleted without warning.",
            "Slurs, including ones with letters swapped for symbols, lead to an immediate ban.",
            "Our club is open to all, and so is this page.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "Can I name a neighbour?",
            "Addresses and phone numbers",
        ),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Please do not name fellow residents or staff in a {c} without their say-so.",
            "Photographs of other people, their houses or their hives need their permission first.",
            "Medical details you share about yourself are public once posted, so think before you include them.",
            "Apiary locations are shared with members only by the secretary and must not be posted here.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting juniors",
            "Who do I tell if I am worried about a child?",
            "Vulnerable people",
        ),
        (
            "Do not post photographs or names of junior members without written consent from a parent or guardian.",
            "Adults must not send private messages to junior members through this site.",
            "Any concern about a child or a vulnerable adult should go to the welfare officer, not into a {c}.",
            "We follow our governing body's safeguarding policy and will report concerns to the proper authorities.",
            "If someone is in immediate danger, call 999 (or 911 in the US) before anything else.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Waiting for approval",
            "All {cs} are checked",
            "Please be patient",
        ),
        (
            "Every {c} is read by a volunteer before it goes up, which can take a day or two.",
            "Our moderators are volunteers with hives, farms and families, so please bear with us.",
            "{Cs} posted over a weekend or a holiday may not appear until the Monday.",
            "Sending the same {c} twice will not make it appear any sooner.",
            "New members' first three {cs} are held for approval.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "What belongs here?",
            "Right thread, right place",
            "Relevance",
        ),
        (
            "Please keep each {c} to the subject of the notice or story it sits under.",
            "General chat about the weather, the ferry or the sugaring season belongs in the Lounge.",
            "Off-topic {cs} may be moved to another board or removed.",
            "Questions about grading, swarms or braces each have their own section; please use it.",
            "Start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell honey or syrup here?",
            "Links",
        ),
        (
            "Commercial advertising is not allowed in {cs}; contact the office about our classified rates.",
            "Members may offer surplus equipment, nucs or bus parts in the Wanted and For Sale section only.",
            "Links to shops, clinics, supplements or fundraising pages will be removed unless a moderator agrees.",
            "Chain letters, pyramid schemes and repeated posting of the same text count as spam.",
            "Accounts created only to promote a product will be deleted.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Names and usernames",
            "Do I have to give my full name?",
            "One account each",
        ),
        (
            "We ask that you post under your own name, as you would sign a letter to the paper.",
            "Members may use a username, but the committee must know who you are.",
            "Each member may hold one account; sharing a login or posting as someone else is not allowed.",
            "Accounts that impersonate the minister, the sensei, the warden or any officer will be closed.",
            "Please keep your profile details up to date so the secretary can reach you.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "What if I am not sure it is true?",
        ),
        (
            "You are legally responsible for what you post, and so, in some cases, are we.",
            "Do not accuse a named person of a crime or wrongdoing unless it has been proven in court.",
            "Please do not discuss cases that are before the courts, whether in Auckland, Kirkwall or Montpelier.",
            "We will pass details to the police if we are lawfully asked to.",
            "If in doubt, leave it out.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and articles",
            "Can I copy an article from elsewhere?",
            "Credit your sources",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Please post a short quotation and a link rather than a whole article from another paper.",
            "Timetables, diagrams and scans from society journals remain the property of their publishers.",
            "By posting, you let us show your {c} on this site and in our newsletter.",
            "Anything found to breach copyright will be taken down as soon as we are told.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report a {c}",
            "Seen something wrong?",
            "How do I flag a {c}?",
            "Tell a moderator",
        ),
        (
            "Use the Report button under any {c} you think breaks these rules.",
            "You can also email the moderators, giving a link to the {c} and a short reason.",
            "Please do not reply to a troublesome {c}; report it and let us deal with it.",
            "Every report is read, though we cannot always reply to each one.",
            "Reports made in bad faith, or to settle a quarrel, may themselves lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Why was my {c} taken down?",
            "At the editor's discretion",
        ),
        (
            "The editor may shorten, edit or decline any {c} without giving a reason.",
            "The committee reserves the right to remove anything it considers unsuitable.",
            "Publication does not mean the paper, the society or the trust agrees with what is said.",
            "We do not enter into correspondence about individual moderation decisions.",
            "These rules may be changed at any time, and the latest version applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips and corrections",
            "Spotted a mistake?",
            "Parish news",
        ),
        (
            "If we have got something wrong, please tell the editor directly rather than in a {c}.",
            "Births, deaths, fono notices and church events can be sent to the newsroom by email.",
            "Notices for the parish page must reach the session clerk by Wednesday noon.",
            "Corrections are printed in the next issue and noted at the foot of the online story.",
            "Tips about the town meeting, the sugarhouse tour or road closures are always welcome.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "English, Samoan or both",
            "No swearing",
            "Writing clearly",
        ),
        (
            "{Cs} may be written in English or Samoan; please keep them polite in either.",
            "Swearing, including words disguised with asterisks, will be removed.",
            "Please avoid writing a whole {c} in capital letters; it reads as shouting.",
            "Abbreviations that newcomers will not know should be spelled out the first time.",
            "Keep Orcadian dialect by all means, but keep it clean.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break these rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "A first breach usually brings a private warning from a moderator.",
            "Repeated breaches will lead to a suspension and then removal from the board.",
            "Serious breaches, such as threats or hate, may lead to a ban without warning.",
            "Members who are banned may appeal in writing to the chair within 28 days.",
            "Setting up a new account to get round a ban will lead to every account being closed.",
        ),
    ),
    (  # safety and advice
        (
            "Medical and safety advice",
            "Advice shared here",
            "Not a substitute for your doctor",
            "Is the advice here reliable?",
            "Safety first",
        ),
        (
            "Nothing posted here replaces the advice of your own consultant, physiotherapist or GP.",
            "Never change a brace regime or stop treatment because of something you read on this forum.",
            "Members with a bee-sting allergy should follow their doctor's advice, whatever others suggest.",
            "Do not attempt repairs to a vehicle's brakes, steering or electrics without a qualified engineer.",
            "Techniques described in a {c} should only be practised under a qualified coach.",
        ),
    ),
)

TITLES_193 = (
    "Posting rules",
    "Community guidelines",
    "House rules",
    "Noticeboard guidance",
    "Forum rules",
    "Rules of the board",
    "Before you post",
    "Our {c} policy",
    "Members' code of conduct",
    "Guidelines for {cs}",
    "Dojo etiquette online",
    "Residents' board: how it works",
)

INTROS_193 = (
    "Talofa lava and welcome; please read these rules before you post.",
    "This board is run by volunteers for the benefit of all members.",
    "By sending a {c} you agree to the rules below.",
    "We want this to be a friendly place for everyone, so we ask all users to follow a few simple rules.",
    "The following rules were agreed by the committee and apply to every {c}.",
    "Please take a moment to read our guidelines.",
)

CLOSINGS_193 = (
    "Thank you for helping to keep this board a friendly place.",
    "Questions about these rules can be sent to the secretary.",
    "Fa'afetai lava for your understanding.",
    "The full terms of use are available from the office.",
    "By posting, you agree to abide by these guidelines.",
    "These rules were last reviewed at the annual general meeting.",
)

AMERICAN_193 = {
    "neighbour": "neighbor",
    "practised": "practiced",
    "licence": "license",
    "programme": "program",
    "colour": "color",
    "behaviour": "behavior",
    "favour": "favor",
    "organise": "organize",
    "apologise": "apologize",
}

#: The site's word for what readers send: (singular, plural).
_COMMENT = ("comment", "comments")
_OTHER_NOUNS = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("notice", "notices"),
)

_MINOR = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "my", "i"}
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")


def _headline_case(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if not word or (i and word.lower() in _MINOR and word != "I"):
            out.append(word)
        else:
            out.append(word[0].upper() + word[1:])
    return " ".join(out)


def _numeral(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _mark(style: str, n: int, total: int) -> str:
    """The mark before item ``n`` (from 1) of ``total`` in a site's style; "" for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    ordinal = _ORDINALS[n - 1] if n <= len(_ORDINALS) else f"No. {n}"
    return {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1/": f"{n}/",
        "01": f"{n:02d}.",
        "No.": f"No. {n}",
        "#": f"#{n}",
        "n/N": f"{n}/{total}",
        "a.": f"{letter}.",
        "(a)": f"({letter})",
        "i)": f"{_numeral(n)})",
        "I.": f"{_numeral(n).upper()}.",
        "Rule": f"Rule {n}.",
        "RULE": f"RULE {n} \u2013",
        "Ordinal": f"{ordinal}:",
        "\u2022": "\u2022",
        "*": "*",
        "-": "-",
        "\u25aa": "\u25aa",
        "\u25ba": "\u25ba",
        ">": ">",
        "\u2713": "\u2713",
        "\U0001f41d": "\U0001f41d",
    }[style]


_MARKS = (
    ("none", 7),
    ("1.", 8),
    ("1)", 3),
    ("(1)", 2),
    ("1/", 1),
    ("01", 1),
    ("No.", 1),
    ("#", 1),
    ("n/N", 1),
    ("a.", 1),
    ("(a)", 2),
    ("i)", 1),
    ("I.", 1),
    ("Rule", 2),
    ("RULE", 1),
    ("Ordinal", 1),
    ("\u2022", 5),
    ("*", 2),
    ("-", 3),
    ("\u25aa", 1),
    ("\u25ba", 1),
    (">", 1),
    ("\u2713", 1),
    ("\U0001f41d", 1),
)


def _items_193(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-193 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment" and print nothing that does); how
    many item kinds (two to five now and then, else six to all sixteen), in the table's order or drawn; one sentence
    an item, or one to three; how it places its headings (none for the whole list now and then, else on their own
    part, run in before a colon, stop or dash, underlined by a row of dashes or equals signs, wrapped in stars or
    underscores, closed by a pipe, or asked and answered), in one case for the whole list (as written, headline case
    or capitals), an item now and then without one; the mark before each item (numbers of several shapes, counts out
    of the whole, letters, Roman numerals, rule numbers, ordinals, bullets and symbols, or none), with or without a
    space after it, on the heading or on the first sentence; the list in two parts under their own lines now and then; a
    sentence's own bullet now and then; then the opening, closing and title lines by ``_furnish``."""
    no_comment = rng.random() < 0.25
    if no_comment:
        c, cs = rng.choice(_OTHER_NOUNS)
    else:
        c, cs = _COMMENT if rng.random() < 0.65 else rng.choice(_OTHER_NOUNS)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    total_kinds = len(REWORDINGS_193)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, total_kinds)
    kinds = rng.sample(range(total_kinds), count)
    if rng.random() < 0.5:
        kinds.sort()

    placing = rng.choices(
        ("none", "own", "runin", "underlined", "starred", "piped", "asked"),
        weights=(2, 5, 5, 1, 1, 1, 1),
    )[0]
    case = rng.choices(("as", "headline", "upper"), weights=(5, 3, 2))[0]
    stop = rng.choice(("", "", ".", ":", "!"))  # after a heading on its own part
    joint = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 ", " : "))  # run-in heading, then sentence
    style = rng.choices([s for s, _ in _MARKS], weights=[w for _, w in _MARKS])[0]
    gap = "" if rng.random() < 0.1 and style not in ("Rule", "RULE", "Ordinal", "No.") else " "
    on_sentence = rng.random() < 0.2  # the mark on the first sentence, the heading above it unmarked
    one = rng.random() < 0.35  # one sentence an item
    bullet = (
        rng.choice(("-", "\u2022", "\u2013", "o")) if placing in ("own", "underlined") and rng.random() < 0.2 else ""
    )
    rule_line = rng.choice(("-", "=", "~"))
    on_sentence = on_sentence and not bullet
    parted = rng.random() < 0.08 and count >= 4  # the list in two parts, each under its own line
    wrap = rng.choice(("*", "_"))  # around a heading, for a site that prints them so

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_193[kind]
        filled = [fill(s) for s in sentences]
        if one:
            parts = [rng.choice(filled)]
        else:
            k = rng.choice((1, 2, 2, 3))
            parts = [filled[i] for i in sorted(rng.sample(range(len(filled)), k))]
        if placing == "asked":
            asked_ones = [h for h in headings if h.endswith("?")]
            heading = fill(rng.choice(asked_ones or headings))
        else:
            heading = fill(rng.choice(headings))
        if placing == "none" or rng.random() < 0.07:
            heading = ""
        if heading and case == "headline":
            heading = _headline_case(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if bullet:
            parts = [f"{bullet} {part}" for part in parts]
        if not heading:
            item = ["", *parts]
        elif placing == "own":
            item = [heading if question else heading + stop, *parts]
        elif placing == "runin":
            item = ["", heading + (" " if question else joint) + parts[0], *parts[1:]]
        elif placing == "underlined":
            item = [heading, rule_line * len(heading), *parts]
        elif placing == "starred":
            item = [f"{wrap}{heading}{wrap}", *parts]
        elif placing == "piped":
            item = ["", f"{heading} | {parts[0]}", *parts[1:]]
        elif question:  # asked and answered
            item = [heading, "\u2013 " + parts[0], *parts[1:]]
        else:
            item = [heading + ".", *parts]
        mark = _mark(style, n, count)
        if mark:
            at = 0 if item[0] and not on_sentence else (2 if placing == "underlined" and item[0] else 1)
            at = min(at, len(item) - 1)
            item[at] = mark + gap + item[at]
        items.append(tuple(item))

    if parted:
        first, second = rng.choice(
            (("Part one", "Part two"), ("PART A", "PART B"), ("General", "Moderation"), ("Section 1", "Section 2"))
        )
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))

    titles = [fill(t) for t in TITLES_193]
    intros = [fill(t) for t in INTROS_193]
    closings = [fill(t) for t in CLOSINGS_193]
    if no_comment:
        titles = [t for t in titles if not _says_comment(t)]
        intros = [t for t in intros if not _says_comment(t)]
        closings = [t for t in closings if not _says_comment(t)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_193)
