"""The ``reworded-171`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Montserrat community news, Arran village papers, Wisconsin dairy-town weeklies, bowls clubs,
spinning-and-weaving guilds, Parkinson's carers' forums, mobile-home park residents' boards, canal-lock keepers'
volunteers.

Written blind: from how such sites word and print their posting rules, noticeboard rules, members' forum rules and
readers' guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (at least one a question) and five sentences ({c} {cs} {C} {Cs}: the site's word
#: for what readers send). Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_171``). No heading or sentence says "comment" but through the placeholders.
REWORDINGS_171 = (
    (  # civility
        ("Be kind", "Be courteous to one another", "Play the ball, not the person", "Why be polite?", "Good manners"),
        (
            "Treat other members as you would wish to be treated at the club or on the green.",
            "You may disagree with someone, but say so without belittling them.",
            "We are a small community and most of us will meet at the shop or the ferry, so please keep it friendly.",
            "Personal attacks on other readers, our volunteers or the people named in a story will be removed.",
            "Sarcasm and point-scoring rarely travel well in writing; if in doubt, leave it out.",
        ),
    ),
    (  # hatred
        ("No hatred", "Hate has no home here", "Discrimination", "What counts as hateful?", "Respect for all"),
        (
            "We will remove any {c} that attacks people for their race, religion, nationality, sex, sexuality, age "
            "or disability.",
            "Slurs, stereotypes and so-called jokes at the expense of any group are not acceptable.",
            "Our members come from many backgrounds, and everyone is entitled to feel welcome on this board.",
            "Remarks about newcomers, incomers or visitors based on where they come from will not be published.",
            "Anyone posting racist or sectarian material will be removed from the forum without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Can I share a phone number?",
            "Other people's details",
        ),
        (
            "Do not post your own or anyone else's address, phone number or email address in a {c}.",
            "Please do not name residents, neighbours or staff without their permission.",
            "Remember that anything you post here can be read by anyone, including people who do not live in the park.",
            "If you need to contact another member, use the private message button rather than posting details in "
            "public.",
            "Photographs of people, lot numbers and car registration plates should not be posted without consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting vulnerable people",
            "Children and vulnerable adults",
            "What if someone is at risk?",
            "Looking after each other",
        ),
        (
            "Do not share identifying details of the person you care for, especially about their health or finances.",
            "Never post pictures of children or information that could identify them without a parent's consent.",
            "If you are worried that someone is in danger, contact the emergency services first and then let a "
            "moderator know.",
            "Members who describe being at risk of harm will be contacted privately by the moderators.",
            "Our volunteers follow the trust's safeguarding policy, and any concern raised here will be passed on.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Moderation delays", "Waiting for approval", "How we check {cs}"),
        (
            "Every {c} is read by a volunteer before it is published, so please be patient.",
            "Our moderators are volunteers with jobs and families, and it may take a day or two for your {c} to "
            "appear.",
            "{Cs} sent at weekends or over the holidays may not be approved until the office reopens.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Please do not send the same {c} more than once; it is in the queue and will be looked at.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is this the right place?", "Relevance", "Use the right section"),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "General chat belongs in the Tea Room section, not in the help threads.",
            "{Cs} that drift off the subject may be moved to another section or removed.",
            "This board is for matters affecting residents of the park; national politics should be discussed "
            "elsewhere.",
            "Questions about lock opening times belong in the operations thread, not in the volunteers' news.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Selling and promotion", "Spam", "Can I advertise my business?", "Buying and selling"),
        (
            "Commercial advertising is not allowed, but members may mention their own yarn, fleece or equipment "
            "for sale in the Sales Table thread.",
            "{Cs} that exist only to promote a product, a website or a business will be deleted.",
            "Please do not post chain letters, petitions or fundraising appeals without asking the editor first.",
            "Homes for sale on the park must be advertised through the office noticeboard and not here.",
            "Links to shops, surveys or other sites may be held back until a moderator has checked them.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Names and usernames",
            "Do I have to use my real name?",
            "One account each",
        ),
        (
            "We ask everyone to post under their own name, as you would when writing a letter to the paper.",
            "Each member may have one account only; duplicate accounts will be closed.",
            "Usernames must not be offensive or pretend to be another person, club or organisation.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Members of the committee post under their own names so that everyone knows who is speaking for the club.",
        ),
    ),
    (  # the law
        ("Stay within the law", "Legal matters", "Defamation", "Could I get into trouble?", "Court cases"),
        (
            "Do not make allegations against a named person or business that you cannot prove.",
            "We cannot publish {cs} about a case that is before the courts until the case has finished.",
            "The laws of Montserrat on libel and contempt apply to everything published on this site.",
            "Scots law applies to this site, and defamatory {cs} may leave both you and the paper open to action.",
            "If a {c} may break the law, we will remove it and may pass it to the police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "Can I post a pattern I found?",
            "Credit where it's due",
        ),
        (
            "Please do not copy whole articles from other papers or websites; a short quotation with a link is enough.",
            "Only share patterns and drafts that you designed yourself or have permission to reproduce.",
            "Photographs must be your own, and by posting them you give us permission to use them in the newsletter.",
            "Always credit the designer when you show work made from someone else's pattern.",
            "Material copied without permission will be removed as soon as we are told about it.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Seen something wrong?", "Flagging {cs}"),
        (
            "If you see a {c} that breaks these rules, use the Report link below it rather than replying.",
            "Please tell a moderator about anything worrying; reports are treated in confidence.",
            "You can report a {c} by emailing the editor with a link to it and a short explanation.",
            "Do not take matters into your own hands or argue with the person; report it and let us deal with it.",
            "Reports are looked at by the duty moderator, usually within a day.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The right to refuse",
            "Why was my {c} removed?",
            "Committee's discretion",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Decisions about what is published are made by the moderators, and their decision is final.",
            "We may close a thread to further {cs} if it becomes heated or repetitive.",
            "The committee may remove any {c} that it considers harmful to the good name of the club.",
            "Publication of a {c} does not mean that the paper or the guild agrees with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and updates"),
        (
            "If you think we have got something wrong, email the editor rather than posting a {c}, and we will "
            "put it right.",
            "Corrections and clarifications are printed in the next issue and noted on the story online.",
            "Got a story from your village or township? Send it to the newsdesk along with a phone number so we can check it.",
            "Tips about events, results and road closures are always welcome through the contact form.",
            "Please send match results, fixture changes and competition draws to the club secretary rather than "
            "posting them as {cs}.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "No swearing", "Is swearing allowed?", "Plain English, please"),
        (
            "Swearing, including words with letters replaced by symbols, will be removed.",
            "Please write in full sentences and avoid typing in capital letters, which reads as shouting.",
            "Keep your language clean; this board is read by residents of all ages.",
            "{Cs} in languages other than English are welcome if you add a short translation for other members.",
            "Crude or sexual language will not be approved, however it is spelt.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Suspensions", "Three strikes", "Consequences"),
        (
            "Members who break these rules will first receive a warning by private message.",
            "Repeated or serious breaches will lead to a suspension, and after that the account may be closed.",
            "We operate a three-strikes rule: two warnings, then a ban from the forum.",
            "Anyone who returns under a new name after being banned will be removed again without notice.",
            "Bans are decided by the committee, and appeals can be made in writing to the secretary.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on this forum",
            "Is this medical advice?",
            "Not a substitute for professional help",
        ),
        (
            "Members share their own experience, but nothing posted here replaces advice from your doctor, nurse or "
            "pharmacist.",
            "Never change or stop Parkinson's medication because of something you have read on this forum.",
            "If you are in crisis, call your GP, NHS 111 or the Samaritans on 116 123.",
            "Do not post instructions for working a lock or a paddle unless you are a trained volunteer; always "
            "follow the signs at the lock.",
            "Advice on gas, electrics or tie-downs in your home should come from a qualified engineer, not from "
            "this board.",
        ),
    ),
)


#: Title lines such sites print above their rules.
TITLES_171 = (
    "Community Guidelines",
    "{C} Policy",
    "Forum Rules",
    "House Rules",
    "Board Rules",
    "Rules for Posting",
    "Guidelines for members",
    "Noticeboard rules",
    "Readers' {Cs}: our rules",
    "Before you post",
    "Please read before posting",
    "Code of conduct",
)

#: Opening lines such sites print above their rules.
INTROS_171 = (
    "We welcome your {cs}, but please read these guidelines first.",
    "This board is run by volunteers for the benefit of all residents.",
    "The forum is a place for carers to share experiences and support one another.",
    "By posting on this site you agree to the following rules.",
    "To keep the discussion friendly and useful, we ask all members to follow a few simple rules.",
    "Our readers' {cs} are part of what makes the paper, and we want to keep them that way.",
)

#: Closing lines such sites print after their rules.
CLOSINGS_171 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed by the committee at any time.",
    "If you have any questions about these rules, please contact the editor.",
    "Happy posting!",
    "Thank you for your co-operation.",
    "Questions? Email the moderators.",
)

#: Lines some sites print under the title: a revision date, or a forum's pinned-post byline.
UNDERS_171 = (
    "Last updated: March 2025",
    "Revised by the committee, April 2024",
    "Pinned by Admin",
    "Posted by Moderator \u00bb Tue Feb 06, 2024 9:14 am",
    "Updated 12 January 2025",
)

#: Signatures some sites print after the rules.
SIGNATURES_171 = (
    "The Editor",
    "\u2014 The Committee",
    "The Moderation Team",
    "Hon. Secretary",
    "The Forum Team",
    "\u2013 Park Residents' Association",
)

_NOUNS_171 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

#: British spellings in the lists above and their American forms (a reworded-171 document prints one or the other).
AMERICAN_171 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "spelt": "spelled",
    "co-operation": "cooperation",
}

_SMALL_171 = {"a", "an", "and", "at", "by", "for", "in", "is", "it", "of", "on", "or", "the", "to", "not"}


def _title_case_171(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL_171) or not word[:1].isalpha() else word[:1].upper() + word[1:]
        for i, word in enumerate(words)
    )


def _sentence_case_171(text: str) -> str:
    lowered = text.lower().replace(" english", " English")
    return lowered[:1].upper() + lowered[1:]


def _roman_171(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _marker_171(rng: random.Random) -> Callable[[int], str] | None:
    """How this site marks its items (the marker without the space after it), or None for no markers."""
    shapes: list[tuple[float, Callable[[int], str] | None]] = [
        (8, None),
        (5, lambda n: f"{n}."),
        (2, lambda n: f"{n})"),
        (1, lambda n: f"({n})"),
        (1, lambda n: f"{n}:"),
        (2, lambda n: f"Rule {n}:"),
        (1, lambda n: f"Rule {n} \u2013"),
        (1, lambda n: f"#{n}"),
        (1, lambda n: f"{'abcdefghijklmnopqrstuvwxyz'[n - 1]})"),
        (1, lambda n: f"({'abcdefghijklmnopqrstuvwxyz'[n - 1]})"),
        (1, lambda n: f"{_roman_171(n)})"),
        (1, lambda n: f"{_roman_171(n).upper()}."),
        (3, lambda n: "\u2022"),
        (1, lambda n: "-"),
        (1, lambda n: "\u2013"),
        (1, lambda n: "*"),
        (1, lambda n: "\u25ba"),
        (1, lambda n: "\u2713"),
    ]
    return rng.choices([shape for _, shape in shapes], weights=[weight for weight, _ in shapes])[0]


def _items_171(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-171 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution or letter, and then no line says "comment"); few items (two to five, 0.3) or many (six to all
    sixteen), in the table's order (0.5) or shuffled; one to three sentences an item, by one of three weightings;
    headings as written, in title case, capitals, sentence case or lower case, or none (0.15), or each kind's
    question asked and answered (0.07, with "Q." and "A." before them or not); a heading on a part of its own (0.45,
    with nothing, a colon or a stop after it, now and then underlined by a part of its own of "=" or "-", or its
    sentences numbered as clauses under a numbered heading) or run in before the first sentence after a colon, stop
    or dash; the site's markers (none, numbers, "Rule n:", letters, roman numerals, bullets, dashes, ticks); and
    now and then a rule of dashes or tildes between items. Then the opening, closing and title lines by
    :func:`_furnish`, and after them now and then a revision date or a byline under the title and a signature at the
    end."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_171)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}

    table = REWORDINGS_171
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(table))
    kinds = rng.sample(range(len(table)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (4, 4, 2), (2, 3, 3)))

    bare = rng.random() < 0.15
    asked = not bare and rng.random() < 0.07
    qa = asked and rng.random() < 0.5
    case = rng.choices(("table", "title", "upper", "sentence", "lower"), weights=(6, 2, 2, 2, 1))[0]
    apart = asked or (not bare and rng.random() < 0.45)
    after_apart = rng.choice(("", "", ":", "."))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    underline = rng.choice(("=", "-")) if apart and not asked and rng.random() < 0.06 else ""
    marker = _marker_171(rng)
    numbered = marker is not None and marker(1)[:1].isdigit()
    clauses = numbered and apart and not asked and rng.random() < 0.12  # 3.1, 3.2 under a numbered heading
    divider = rng.choice(("----", "~~~", "- - -")) if rng.random() < 0.04 else ""

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = table[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if clauses:
            picked = [f"{number}.{i} {sentence}" for i, sentence in enumerate(picked, 1)]
        if asked:
            heading = rng.choice([h for h in headings if h.endswith("?")]).format(**words)
        else:
            heading = "" if bare else rng.choice(headings).format(**words)
        if heading and not asked:
            heading = {
                "table": heading,
                "title": _title_case_171(heading),
                "upper": heading.upper(),
                "sentence": _sentence_case_171(heading),
                "lower": heading.lower(),
            }[case]
        mark = marker(number) + " " if marker is not None else ""
        if asked:
            if qa:
                items.append((f"{mark}Q. {heading}", f"A. {picked[0]}", *picked[1:]))
            else:
                items.append((mark + heading, *picked))
        elif not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            line = mark + heading + end
            if underline:
                items.append((line, underline * len(line), *picked))
            else:
                items.append((line, *picked))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))
        if divider and number < len(kinds):
            items.append(("", divider))

    def fits(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**words) for line in lines]
        return [line for line in formatted if one == "comment" or not _says_comment(line)]

    items = _furnish(items, rng, fits(INTROS_171), fits(CLOSINGS_171), fits(TITLES_171), AMERICAN_171)
    if items and items[0][1] == "" and rng.random() < 0.12:  # a title, then a date or a byline under it
        items.insert(1, ("", rng.choice(UNDERS_171)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGNATURES_171)))
    return items
