"""The ``reworded-283`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Guernsey sark-ferry notices, Outer Hebrides Gaelic-English papers, Vermont lake-country weeklies,
sailing dinghy clubs, stamp and coin fairs, fibromyalgia forums, neighbourhood watch groups, old school museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Placeholders: {c}/{cs} the site's word for what readers
# send (singular/plural), {C}/{Cs} the same capitalised, {mods} whoever looks after the site.
REWORDINGS_283: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Courtesy", "Play nicely", "How should I treat other members?", "Good manners", "Respect"),
        (
            "Treat everyone here as you would a neighbour you meet on the quay at St Peter Port.",
            "Disagree with the idea by all means, but leave the person alone.",
            "Many of our members live with pain every day, so a little patience goes a long way.",
            "Sarcasm reads badly on a screen; if in doubt, say it plainly and politely.",
            "Personal remarks about other sailors, dealers or volunteers will be taken down.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Is there anything I must never post?", "Hateful content", "Equal welcome"),
        (
            "Abuse aimed at anyone's race, religion, sex, disability, age or sexuality is not tolerated here.",
            "Remarks about incomers, summer people or 'flatlanders' that are meant to wound will be removed.",
            "We will not print {cs} that mock Gaelic speakers or English speakers; both belong in these pages.",
            "Threats of any kind are passed to the police without warning.",
            "Slurs disguised with asterisks or misspellings count as slurs.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Can I share someone's address?",
            "Other people's information",
            "Keep it private",
        ),
        (
            "Do not post phone numbers, addresses, car registrations or boat names belonging to other people.",
            "Please do not publish your own email address or telephone number in a {c}; use private messages instead.",
            "Photographs of children, including old class photographs, need the family's permission before they go up.",
            "We handle your details under the Data Protection (Bailiwick of Guernsey) Law, 2017, and nothing more.",
            "Naming people you suspect of a crime can put them, and you, at risk; describe what you saw instead.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping young members safe",
            "Welfare concerns",
            "Who do I tell if I am worried about someone?",
        ),
        (
            "If you are worried about a junior sailor's welfare, speak to the club's Welfare Officer, not the forum.",
            "Anyone who says they are thinking of ending their life should be given the Samaritans number: 116 123.",
            "Never arrange to meet a young member privately through this site.",
            "Concerns about a child's safety go to the police or social services first, and to {mods} second.",
            "Adults may not contact junior members by private message for any reason.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Delays",
            "Approval",
            "When will my {c} go up?",
            "Pre-moderation",
        ),
        (
            "Every {c} is read by a person before it appears, and that person is a volunteer.",
            "{Cs} sent after the evening boat may not be approved until the next morning.",
            "The office is closed at weekends and on bank holidays, so please be patient.",
            "If your {c} has not appeared after two days, it has probably been declined; we do not always say why.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Relevance", "Where should I post this?"),
        (
            "Keep {cs} to the story or thread they sit under.",
            "Questions about sailing times, cancellations and tides belong on the timetable page, not under news.",
            "National politics has its own board; please keep it out of the race results.",
            "If you want to start a new subject, open a new thread rather than taking over someone else's.",
            "Threads that drift a long way from the start may be locked or moved.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "Selling", "No spam", "Can I advertise my stall?", "Commercial posts", "Buying and selling"),
        (
            "Dealers may list their stands in the fair directory, not in the discussion pages.",
            "Links to shops, supplements or 'miracle cures' will be removed and the account closed.",
            "Boats, trailers and kit for sale go on the Classifieds board, with a price and a location.",
            "Repeated posting of the same message, or of chain letters, is treated as spam.",
            "Charity appeals must be agreed with {mods} before they are posted.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Usernames",
            "Do I have to use my real name?",
            "Registration",
            "One person, one account",
        ),
        (
            "Please sign your {c} with your real name and your town; we will print your town alongside it.",
            "Letters to the editor must carry a name, address and daytime phone number; only the name is printed.",
            "Usernames are fine, but you must not pretend to be someone else.",
            "Each member may have one account; spare accounts made to get round a ban will be deleted.",
            "The forum is open to anyone over eighteen who lives with fibromyalgia or cares for someone who does.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Is the site responsible for what I write?", "Contempt of court"),
        (
            "You are legally responsible for what you post, and so are we once it appears.",
            "Do not write about cases before the Royal Court or the Sheriff Court while they are still going on.",
            "Vermont libel law applies to what appears here, wherever you happen to be writing from.",
            "Allegations against named people will not be published unless they have been proven in court.",
            "Anything that breaks the law of Guernsey, Scotland or England will be removed at once.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Whose picture is it?", "Images and copyright", "Reproduction"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Scans from auction catalogues and dealers' lists are their owners' copyright.",
            "Pictures lent to the museum remain the property of the lender and may not be copied from this site.",
            "By sending us a {c} or a photograph you allow us to print it in the paper and online.",
            "Quote a line or two and give the source; do not paste in whole articles.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "How do I report something?", "Seen something wrong?", "Flagging"),
        (
            "Use the 'Report' link under any {c} that breaks these rules.",
            "Reports are anonymous; the person reported is not told who raised it.",
            "Please report rather than reply, as replying only keeps an argument going.",
            "If something needs urgent attention, email {mods} directly.",
            "We read every report, though we may not act on all of them.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Discretion", "Final say", "Who decides?", "The committee's decision"),
        (
            "The Editor's decision on what is published is final.",
            "The committee may remove any {c} without giving a reason.",
            "We may shorten {cs} to fit the space available.",
            "This site is run by volunteers; decisions made by {mods} are not up for public debate on the board.",
            "These rules may change at any time, and the version on this page is the one that counts.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "News tips",
            "Got a story?",
            "Spotted a mistake?",
            "Contact the newsroom",
            "Fàilte: send us your news",
        ),
        (
            "If we have got something wrong, tell the newsroom and we will put it right in the next issue.",
            "Please do not send corrections as {cs}; email the editor instead.",
            "Got a story from Barra, Uist, Harris or Lewis? Send it in, in Gaelic or English.",
            "Results from the weekend's racing should reach the sailing secretary by Monday evening.",
            "Tips about lake conditions, road closures or town meeting votes are always welcome.",
        ),
    ),
    (  # language
        ("Language", "Gaelic and English", "Swearing", "Can I write in Gaelic?", "Bad language", "Cànan"),
        (
            "You are welcome to write in Gaelic or English, or both.",
            "Please keep the language clean; this is a family paper.",
            "Bad language, even with letters starred out, will be removed.",
            "Write in plain English, avoid all capitals, and keep text-speak to a minimum.",
            "Long {cs} are harder to read; a few short paragraphs are better than one long one.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Three strikes"),
        (
            "A first breach earns a private warning; a second, a suspension; a third, a ban.",
            "Serious breaches may lead to an immediate ban with no warning.",
            "Banned members may appeal once, in writing, to the chair.",
            "Accounts that break these rules repeatedly will be closed and further sign-ups blocked.",
            "Members who are banned from the club are also banned from the forum.",
        ),
    ),
    (  # safety or medical advice
        ("Medical advice", "Safety", "Is this medical advice?", "Safety on the water", "Emergencies", "Your health"),
        (
            "Nothing posted here is medical advice; talk to your GP or consultant before changing any treatment.",
            "Do not tell other members to stop taking their medication.",
            "In an emergency call 999, or 911 in Vermont; do not post it here and wait for a reply.",
            "Conditions change fast off Sark: check the forecast and the harbour master's notices before sailing.",
            "Non-urgent crime should be reported to the police on 101, not to the group.",
        ),
    ),
    (  # valuations and authenticity, a stamp and coin fair's own kind
        ("Valuations", "Fakes and forgeries", "Can you value my coins?", "Authenticity", "Buyer beware"),
        (
            "We cannot value stamps or coins from photographs; bring them to the fair's valuation table.",
            "Any item suspected of being a forgery or a reproduction must be described as such.",
            "Dealers are responsible for the goods on their stands; the organisers do not vouch for any sale.",
            "Please do not ask for, or offer, valuations of items you are selling in your {cs}.",
            "Coins and stamps offered for sale here must be yours to sell.",
        ),
    ),
)

# What the quarter of sites that never say "comment" call what readers send, singular and plural.
SUBMISSION_WORDS_283: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as printed in the middle of a sentence.
MODERATORS_283: tuple[str, ...] = (
    "the moderators",
    "the committee",
    "the editor",
    "the news desk",
    "the forum team",
    "the admins",
    "the coordinators",
    "the trustees",
    "the club secretary",
    "the fair organisers",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_283: tuple[str, ...] = (
    "We welcome your comments, but please read these rules first.",
    "This board is run by volunteers for the benefit of members. Please help us keep it friendly.",
    "By posting here you agree to the following.",
    "Fàilte! Welcome to our pages. A few house rules:",
    "These guidelines apply to everything sent to the paper, in print and online.",
    "Our forum is a place of support. To keep it that way we ask all members to follow these guidelines.",
    "Please take a moment to read the following before you join in.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_283: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Please contact the committee.",
    "Tapadh leibh - thank you.",
    "Fair winds, and see you on the water.",
    "Gentle hugs to all, and thank you for reading.",
    "If you have any questions about comments, email the news desk.",
    "Thank you for your co-operation.",
)

# Titles a site may print over its rules.
POLICY_TITLES_283: tuple[str, ...] = (
    "House Rules",
    "Forum Guidelines",
    "Comment Policy",
    "Posting Guidelines",
    "Noticeboard Terms",
    "Community Guidelines",
    "Rules of the Forum",
    "Letters and Comments Policy",
    "Members' Code of Conduct",
)

# British spellings used in this family's text and their American forms (a site may print either).
AMERICAN_283: dict[str, str] = {
    "neighbour": "neighbor",
    "organise": "organize",
    "catalogue": "catalog",
    "harbour": "harbor",
    "co-operation": "cooperation",
}

# Words title case leaves in lower case unless they open the heading.
_SMALL_WORDS_283 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))

# Lower-case roman numerals for the list markers below, one per possible item.
_ROMAN_283 = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
)

# List markers real sites of these kinds print, each a function of the item's position (from 1).
_MARKERS_283 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"{_ROMAN_283[n - 1]}.",
    lambda n: f"({_ROMAN_283[n - 1]})",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} -",
    lambda n: f"4.{n}",
    lambda n: f"\u00a7{n}",
)

# Lines a site may print above the rules to say which part of its pages they form.
_SECTION_LINES_283 = (
    "Section 3: Using the forum",
    "Part B - Conduct on the noticeboard",
    "Appendix 2: Online rules",
    "Club Handbook, section 7",
)

# Months for a last-updated line.
_MONTHS_283 = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# Sign-offs a site may print under its rules.
_SIGN_OFFS_283 = (
    "- The Committee",
    "The Editor",
    "- Forum Admin Team",
    "Signed, the Hon. Secretary",
    "The Coordinators",
    "Friends of the Old School Museum",
)


def _title_case_283(heading: str) -> str:
    """``heading`` in title case, small words left lower case after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS_283 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_283(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items.

    Per site it draws its word for what readers send (a quarter never say "comment") and who moderates; how many
    items (2-5 for a few sites, 6-16 for most) taken in table order or shuffled; one to three sentences an item;
    heading case (sentence, title, capitals) or no headings at all; where headings stand (a part of their own, bare
    or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none; an emphasis style
    for headings (asterisks, underscores or none); and, by chance, a section line above, a last-updated line and a
    sign-off below. Opening, closing and title lines, American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(SUBMISSION_WORDS_283)
    says_comment = singular == "comment"
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_283),
    }
    kinds = list(REWORDINGS_283)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(kinds)), count))
    else:
        chosen = rng.sample(range(len(kinds)), count)
    case = rng.choice(("sentence", "title", "capitals", "none"))
    placing = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(_MARKERS_283) if rng.random() < 0.6 else None
    emphasis = rng.choice(("", "", "", "**", "_"))
    most_sentences = rng.choice((1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SECTION_LINES_283)))
    for position, index in enumerate(chosen, start=1):
        headings, sentences = kinds[index]
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [sentence.format(**fill) for sentence in picked]
        heading = ""
        if case != "none":
            heading = rng.choice(headings).format(**fill)
            if case == "title":
                heading = _title_case_283(heading)
            elif case == "capitals":
                heading = heading.upper()
        is_question = heading.endswith("?")
        label = marker(position) if marker else ""
        if heading and placing.startswith("own"):
            stop = {"own": "", "own-stop": ".", "own-colon": ":"}[placing]
            if is_question or (stop == ":" and label.endswith(":")):
                stop = ""
            heading = f"{emphasis}{heading}{emphasis}{stop}"
            item = ((f"{label} {heading}" if label else heading), *parts)
        else:
            if heading:
                joiner = " " if is_question else {"run-colon": ": ", "run-stop": ". ", "run-dash": " - "}[placing]
                parts[0] = f"{emphasis}{heading}{emphasis}{joiner}{parts[0]}"
            if label:
                parts[0] = f"{label} {parts[0]}"
            item = ("", *parts)
        items.append(item)
    if rng.random() < 0.2:
        items.append(("", f"Last updated {rng.randint(1, 28)} {rng.choice(_MONTHS_283)} {rng.randint(2014, 2025)}."))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGN_OFFS_283)))

    def keeps(line: str) -> bool:
        return says_comment or "comment" not in line.lower()

    intros = [line for line in POLICY_INTROS_283 if keeps(line)]
    closings = [line for line in POLICY_CLOSINGS_283 if keeps(line)]
    titles = [line for line in POLICY_TITLES_283 if keeps(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_283)
