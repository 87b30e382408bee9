"""The ``reworded-312`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Magdalen Islands English news, Eden valley papers, Bitterroot valley weeklies, disc golf clubs,
taxidermy and natural history societies, sight loss forums, tied cottage tenants, hill fort friends groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences). ``{c}``/``{cs}`` are the site's word for what
# readers send (singular/plural), ``{C}``/``{Cs}`` the same capitalised, ``{mods}`` whoever looks after the site.
REWORDINGS_312: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Play the ball, not the player", "Respect other members", "How should I disagree?", "Courtesy"),
        (
            "Be courteous to other members, even when you strongly disagree with them.",
            "Argue with the point, never with the person: on an archipelago this small you will meet them at the "
            "co-op on Monday.",
            "Personal attacks, name-calling and sneering remarks about another reader will be removed, however well "
            "argued the rest of the {c} may be.",
            "Remember that the neighbour you are arguing with in Appleby or Kirkby Stephen may be the one who pulls "
            "you out of a drift next winter.",
            "Treat fellow throwers the way you would on the course: a quiet word, not a shouting match across the "
            "fairway.",
        ),
    ),
    (  # hatred and prejudice
        (
            "Hate speech",
            "No discrimination",
            "Hatred and prejudice",
            "What counts as hate speech?",
            "Everyone is welcome",
            "Racism, sexism and other prejudice",
        ),
        (
            "We do not accept {cs} that attack people for their race, religion, sex, sexual orientation, gender "
            "identity, disability or age.",
            "Sweeping remarks about Gypsy and Traveller families, especially in the weeks around Appleby Horse Fair, "
            "will be removed and may be passed to the police.",
            "Mocking anyone's sight loss, or any other disability, has no place on this forum.",
            "Nothing that stirs up ill feeling between anglophones and francophones, or against newcomers to the "
            "Islands, will be published.",
            "Slurs are not made acceptable by asterisks, misspellings or putting them in quotation marks.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share personal details",
            "Can I name people?",
            "Protect your privacy and other people's",
            "Addresses and phone numbers",
        ),
        (
            "Do not publish anyone's address, phone number, email or vehicle registration, including your own.",
            "Many members live in tied cottages and would rather their employer did not know they are here, so never "
            "name another member's farm, estate or landlord.",
            "Photographs of people on the course should not be shared without their agreement, and never of children.",
            "Do not try to work out who is behind an anonymous account, and do not guess at it in public.",
            "Private messages are private: do not copy them into the open forum without the sender's permission.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable members",
            "Keeping people safe",
            "What if someone is at risk?",
            "Junior members",
        ),
        (
            "Junior members are welcome, and any adult who tries to contact one privately will be reported to the "
            "club's welfare officer.",
            "If a member says they are thinking of harming themselves, please do not try to handle it alone; use the "
            "report button and {mods} will respond.",
            "Do not name or identify children involved in court cases, accidents or incidents at school, even if "
            "everyone in the valley already knows.",
            "If you think someone is in immediate danger, call the emergency services first and tell us afterwards.",
            "Members who are new to sight loss can be targeted by scammers; never ask for money, bank details or "
            "passwords, and report anyone who does.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, particularly in the evenings "
            "and at weekends.",
            "The newsroom is small and the paper goes to press on Tuesday night, so {cs} sent then may wait until "
            "Thursday.",
            "{Cs} from new members are held for approval until a few have been accepted.",
            "Our moderators are volunteers with jobs, families and leagues of their own, so please be patient.",
            "Sending the same {c} several times will not speed it up and may land it in the spam folder.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic",
            "Is my {c} relevant?",
            "Stick to the story",
            "The right board",
        ),
        (
            "Keep your {c} to the subject of the article or thread it sits under.",
            "Wolves, the Forest Service and the county commissioners each have threads of their own; please do not "
            "drag them into every discussion.",
            "Questions about tee signs, baskets and course work days go on the course board, not in the league "
            "results thread.",
            "Threads that wander off into national politics will be closed, as there are plenty of other places "
            "online for that.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and trading",
            "Can I sell something here?",
            "Promotion and links",
            "Commercial messages",
        ),
        (
            "Do not use {cs} to advertise goods, services, websites or fundraising appeals without asking {mods} "
            "first.",
            "Discs may be sold or swapped only on the Buy, Sell and Trade board, and a price must be stated.",
            "No specimen, skin or mount may be offered for sale here without paperwork showing it was lawfully "
            "obtained, including an Article 10 certificate where one is needed.",
            "Links put up only to draw traffic to another site will be removed, and so will the account behind them.",
            "Repeated or automated messages are treated as spam and deleted without notice.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "User names",
            "Do I have to use my real name?",
            "One person, one account",
            "Impersonation",
        ),
        (
            "{Cs} must carry your real name and the town or village you live in; we will withhold a name only for "
            "good reason.",
            "Only one account per person is allowed, and a second account opened to get round a ban will be closed "
            "along with the first.",
            "Do not pretend to be another person, a club official or a member of staff.",
            "Many members use a nickname because their landlord is also their employer, and that is fine, so long as "
            "it is not used to mislead.",
            "User names that are offensive, or that advertise a business, will be changed or removed.",
        ),
    ),
    (  # the law
        ("Legal", "The law", "Defamation and contempt", "What could get us sued?", "Keep it legal", "Court cases"),
        (
            "You are legally responsible for what you write, and so are we once it is published; do not accuse "
            "anyone of a crime or wrongdoing you cannot prove.",
            "Do not discuss the guilt or innocence of anyone facing charges: under the Contempt of Court Act 1981 "
            "even a careless remark can put a trial at risk.",
            "Canada's Criminal Code and the Quebec Charter of human rights and freedoms apply here as they do on the "
            "wharf at Cap-aux-Meules.",
            "We follow the Editors' Code of Practice, and {cs} that would break it in print will not be published "
            "online either.",
            "Anything that would be an offence if said in public, from threats to harassment, is an offence here too.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright", "Can I share an article?", "Quoting"),
        (
            "Do not paste whole articles from other papers; quote a sentence or two and give a link.",
            "Only upload photographs you took yourself or have permission to use.",
            "By sending a {c} you grant us a licence to publish it, edit it for length and use it in print.",
            "Course maps and tee signs belong to the club and the landowner, so ask before reproducing them elsewhere.",
            "Credit the photographer, and tell us which book or survey an old plan of the ramparts came from.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous, and the member you report will not be told who flagged them.",
            "If your screen reader cannot find the report button, email {mods} and say which thread you mean.",
            "Please do not report someone simply because you disagree with them.",
            "For anything urgent, ring the office during working hours; the phone is answered in English and in "
            "French.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our discretion",
            "The editor's decision",
            "The final say",
            "Who decides?",
            "Moderators' discretion",
            "The committee's decision",
        ),
        (
            "The decision of {mods} on whether a {c} is published is final.",
            "We may remove any {c}, or close any thread, for reasons not listed here.",
            "The First Amendment protects you from the government, not from the editor of a small-town weekly.",
            "The committee may suspend the membership of anyone whose behaviour online would not be accepted at a "
            "meeting or a work party.",
            "These guidelines are not a contract and may be changed at any time; the version on this page is the "
            "one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips", "Tell the newsroom"),
        (
            "If you think we have got something wrong, tell the editor directly rather than in a {c}; corrections "
            "are dealt with faster that way.",
            "News tips are welcome, whether a fire off the Eastside Highway, a closure at Lost Trail Pass or a new "
            "business in Darby.",
            "We correct errors of fact promptly and say so at the foot of the story.",
            "Sightings of unusual species should go to the county recorder with a grid reference, not only to the "
            "forum.",
            "Results, aces and course records can be sent to the club secretary for the newsletter.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Plain English", "Write clearly", "Is swearing allowed?", "Capitals and emoji"),
        (
            "Please avoid swearing, including words with some of the letters replaced by symbols.",
            "Writing in capitals reads as shouting, and screen readers spell some capitalised words out one letter at "
            "a time.",
            "{Cs} are published in English, though a word or two of French is fine, as it is everywhere on the "
            "Islands.",
            "Keep it short and to the point; long {cs} may be trimmed.",
            "Avoid strings of emoji and unusual symbols, which screen readers announce one by one.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "A first breach usually earns a private warning, a second a suspension of seven days, and a third a "
            "permanent ban.",
            "Serious breaches, including threats and hate speech, may lead to an immediate ban without warning.",
            "Banned members may appeal once, in writing, to the honorary secretary.",
            "Arguing about a moderation decision in public will not help and may lengthen a suspension.",
            "A ban from the forum does not by itself affect your club membership or your right to play the course.",
        ),
    ),
    (  # safety, medical and legal advice
        ("Medical advice", "Advice and safety", "Not professional advice", "Is this advice?", "Safety first"),
        (
            "Members share their own experience of eye conditions, but nothing here replaces advice from your "
            "optometrist, eye clinic or GP.",
            "If you notice a sudden change in your sight, contact an optometrist or go to A&E today; do not wait for "
            "{cs}.",
            "Your rights may depend on whether you are protected under the Rent (Agriculture) Act 1976 or hold an "
            "assured agricultural occupancy, so get advice about your own case from Shelter or Citizens Advice.",
            "Borax, solvents and the arsenical soap found in old collections all need care; follow the safety data "
            "sheet, not a forum thread.",
            "Never throw while anyone is ahead of you on the fairway or near the basket.",
        ),
    ),
    (  # protected places and species
        (
            "Sensitive locations",
            "Protected sites and species",
            "Where was it found?",
            "The monument",
            "Wildlife law",
            "Can I say where it is?",
        ),
        (
            "Do not give precise locations for nest sites of Schedule 1 birds, badger setts or rare orchids; a county "
            "or a ten-kilometre square is enough.",
            "The hill fort is a scheduled monument, so metal detecting and digging there are against the law, and so "
            "is encouraging others to do either.",
            "Suspected nighthawking should be reported to the police and Historic England, not discussed here.",
            "When describing a route onto the ramparts, keep to the public rights of way and remind walkers that dogs "
            "must be on a lead where sheep are grazing.",
            "In the United States the Migratory Bird Treaty Act covers even a salvaged feather, so check the law "
            "before showing a bird.",
        ),
    ),
)

# What the sites call what readers send, singular and plural, when they do not say "comment" (a quarter of sites).
READER_WORDS_312: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as it reads mid-sentence.
MODERATORS_312: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the site admins",
    "the newsroom",
    "the trustees",
    "the web officer",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_312: tuple[str, ...] = (
    "We welcome comments from readers and ask only that you follow a few simple rules.",
    "This forum exists so that people living with sight loss can share their experience and support one another.",
    "These rules were agreed by the committee and apply to everyone who uses the club's message board.",
    "Please read the following before joining the discussion.",
    "Our readers' views are an important part of the paper, on the page and online.",
    "The Friends group runs this noticeboard for members and anyone with an interest in the hill fort.",
    "Tenants in tied housing often have nobody else to ask, and this board is here to help, within a few rules.",
    "The society's forum is open to members and to anyone with a serious interest in natural history.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_312: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "By taking part you agree to these guidelines.",
    "See you on the course.",
    "Thank you for reading, and for commenting responsibly.",
    "Happy posting!",
    "With thanks from the committee.",
    "Merci, and thank you for reading.",
)

# Titles a site prints above its rules.
POLICY_TITLES_312: tuple[str, ...] = (
    "Comment policy",
    "Commenting guidelines",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms",
    "Message board rules",
    "Posting guidelines",
    "Letters and comments policy",
    "Club forum etiquette",
    "Terms of use for the discussion board",
)

# British spellings used in this family's sentences and their American forms (a site may print either).
AMERICAN_312: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "behaviour": "behavior",
    "capitalised": "capitalized",
    "offence": "offense",
    "kilometre": "kilometer",
}

# List markers real sites print before an item, by kind.
MARKER_STYLES_312: tuple[str, ...] = (
    "none",
    "number-stop",
    "number-bracket",
    "number-parens",
    "letter-stop",
    "letter-parens",
    "roman",
    "roman-capitals",
    "bullet",
    "dash",
    "en-dash",
    "asterisk",
    "rule",
    "guideline",
    "section",
    "section-sign",
)

# Where a heading stands: a part of its own (bare, with a stop, with a colon) or run in before the first sentence.
HEADING_PLACES_312: tuple[str, ...] = ("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash")

# Section lines a long policy may be split by (first half, second half).
SECTION_LINES_312: tuple[tuple[str, str], ...] = (
    ("Part 1: The basics", "Part 2: Specific to this board"),
    ("Section A - General", "Section B - Conduct"),
    ("General rules", "Further rules"),
    ("1. About this forum", "2. Using this forum"),
    ("Before you write", "After you write"),
)

# Sign-offs printed at the foot of a policy.
SIGN_OFFS_312: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Thanks, the mod team",
    "Hon. Secretary, on behalf of the trustees",
    "Posted by admin",
    "The Friends committee",
    "Your moderators",
)

# Months for last-updated lines.
MONTHS_312: tuple[str, ...] = (
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

# Small words a title-cased heading leaves in lower case.
SMALL_WORDS_312: frozenset[str] = frozenset({"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "not", "if"})


def _roman_312(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    unit_numerals = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + unit_numerals[units]


def _marker_312(style: str, position: int, section: int) -> str:
    """The list marker of ``style`` for the item at ``position`` (from 1), inside ``section`` for section numbers."""
    letter = "abcdefghijklmnopqrstuvwxyz"[position - 1]
    markers = {
        "none": "",
        "number-stop": f"{position}.",
        "number-bracket": f"{position})",
        "number-parens": f"({position})",
        "letter-stop": f"{letter}.",
        "letter-parens": f"({letter})",
        "roman": f"{_roman_312(position)}.",
        "roman-capitals": f"{_roman_312(position).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "rule": f"Rule {position}:",
        "guideline": f"Guideline {position} -",
        "section": f"{section}.{position}",
        "section-sign": f"\u00a7 {position}",
    }
    return markers[style]


def _heading_case_312(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if index and word in SMALL_WORDS_312 else word[:1].upper() + word[1:]
            for index, word in enumerate(words)
        )
    return heading


def _last_updated_312(rng: random.Random) -> str:
    """A last-updated line with a date drawn from ``rng``, in British or American order."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_312), rng.randint(2016, 2026)
    british = rng.random() < 0.6
    date = f"{day} {month} {year}" if british else f"{month} {day}, {year}"
    return rng.choice(
        (
            f"Last updated: {date}",
            f"Last updated {date}.",
            f"These rules were last revised on {date}.",
            f"Reviewed by the committee, {date}.",
            f"Updated {month} {year}",
        )
    )


def _items_312(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, otherwise post, message, reply,
    contribution or letter, in which case nothing it prints says "comment") and who moderates it; how many kinds of
    item it prints (two to five for one site in five, six to sixteen otherwise), in table order or shuffled; the most
    sentences an item carries (one to three, each item then drawing up to that many); a heading case (as written,
    title case, capitals) or no headings at all; where headings stand (a part of their own, bare or with a stop or a
    colon, or run in before the first sentence after a colon, a stop or a dash); a list marker style (numbers,
    letters, roman numerals, bullets, dashes, asterisks, "Rule 1:", "Guideline 1 -", section numbers, section signs)
    or none; and, by chance, double-asterisk emphasis on headings, two section lines splitting a long policy, a
    last-updated line at the top or foot, a sign-off and a "Back to top" link. Opening, closing and title lines,
    American spelling and curly quotes are then added by ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = ("comment", "comments") if says_comment else rng.choice(READER_WORDS_312)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_312),
    }
    kinds = list(range(len(REWORDINGS_312)))
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(kinds, count)
    if rng.random() < 0.55:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 2, 3))
    case = rng.choice(("none", "sentence", "sentence", "sentence", "title", "capitals"))
    place = rng.choice(HEADING_PLACES_312)
    marker_style = rng.choice(MARKER_STYLES_312)
    section = rng.randint(1, 9)
    emphasis = "**" if case != "none" and place.startswith("own") and rng.random() < 0.1 else ""
    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_312[kind]
        picked = [text.format(**fill) for text in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker_312(marker_style, position, section)
        lead = f"{marker} " if marker else ""
        if case == "none":
            items.append(("", lead + picked[0], *picked[1:]))
            continue
        heading = _heading_case_312(rng.choice(headings).format(**fill), case)
        question = heading.endswith("?")
        if place.startswith("own"):
            ending = "" if question else {"own": "", "own-stop": ".", "own-colon": ":"}[place]
            items.append((lead + emphasis + heading + ending + emphasis, *picked))
        else:
            joint = " " if question else {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[place]
            items.append(("", lead + heading + joint + picked[0], *picked[1:]))
    if len(items) >= 8 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_312)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        updated = ("", _last_updated_312(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_312)))
    if rng.random() < 0.06:
        items.append(("", "Back to top"))
    if says_comment:
        intros, closings, titles = POLICY_INTROS_312, POLICY_CLOSINGS_312, POLICY_TITLES_312
    else:
        intros = tuple(line for line in POLICY_INTROS_312 if "comment" not in line.lower())
        closings = tuple(line for line in POLICY_CLOSINGS_312 if "comment" not in line.lower())
        titles = tuple(line for line in POLICY_TITLES_312 if "comment" not in line.lower())
    return _furnish(items, rng, intros, closings, titles, AMERICAN_312)
