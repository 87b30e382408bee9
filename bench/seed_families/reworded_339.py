"""The ``reworded-339`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Dursey island community pages, Langstrothdale papers, Cimarron weeklies, snowshoe and ski touring
clubs, model boat and telemark clubs, misophonia and hyperhidrosis forums, dune and heath commoners, red squirrel and
barn owl trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): the headings a site may give the item (questions
# among them) and the sentences it may say under it. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for
# what readers send (singular, plural, capitalised) and ``{mods}`` for whoever looks after the site.
REWORDINGS_339: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Courtesy",
            "Can I disagree with someone?",
            "Play the ball, not the player",
            "Respect",
        ),
        (
            "Disagree as much as you like, but do it with the courtesy you would show a neighbour at the Buckden show.",
            "Attack the argument, never the person who made it.",
            "Personal insults, name-calling and sneering at other members will be removed without notice.",
            "This is a small community and most of us will meet on the hill, at the pond or in the shop sooner or "
            "later, so please write as if you were face to face.",
            "Robust debate about grazing, access and the future of the commons is welcome; bullying is not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Equality", "Abuse of groups"),
        (
            "{Cs} that attack people for their race, religion, nationality, disability, sex, sexual orientation or "
            "gender identity will be deleted.",
            "That includes jokes, 'just asking' questions and coded language.",
            "Travellers, incomers, second-home owners and visitors are members of the public and are not fair game "
            "for abuse.",
            "Threats and incitement to hatred are reported to the Gardaí or the police as appropriate.",
            "Mocking anyone for a medical condition, including the ones this forum exists to discuss, will get you "
            "removed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share other people's details",
            "Can I post someone's address?",
            "Other people's privacy",
            "Contact details",
        ),
        (
            "Do not post anyone's address, phone number, email, car registration or workplace, and that includes "
            "your own.",
            "Photos of children, of neighbours' property or of people at a meeting should not be posted without "
            "their permission.",
            "If you share your own health details here, remember that the forum can be read by anyone, employers "
            "included.",
            "Private messages are private: please don't copy them into public threads without the sender's agreement.",
            "We hold your registration details under the General Data Protection Regulation and never sell them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Under 16s",
            "Keeping young members safe",
            "Are children allowed to join?",
            "Welfare concerns",
        ),
        (
            "Members under 16 need a parent's or guardian's permission to post and must not share photos of "
            "themselves.",
            "Adults must not invite junior members to private chats or meet-ups outside club sessions.",
            "If you are worried about a child or a vulnerable adult, contact the club welfare officer rather than "
            "raising it on the board.",
            "If someone seems to be at risk of harming themselves, {mods} will get in touch privately and may share "
            "the number for Samaritans (116 123).",
            "We follow the safeguarding policy adopted by the committee; a copy is pinned up in the boathouse.",
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
            "Every {c} is read by a person before it appears, and that person is usually a volunteer with a day job.",
            "{Cs} sent in the evening or at weekends may not be approved until the next working day.",
            "The first {c} from a new account is always held for approval.",
            "Links, attachments and very long {cs} can be caught by the spam filter and take longer to clear.",
            "Please don't send the same {c} twice; it only lengthens the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Where should I post this?",
            "Relevance",
            "Stick to the subject",
        ),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "Telemark versus alpine has been argued many times over; take it to the Bar thread.",
            "Threads that drift may be split or locked by {mods}.",
            "Please search before starting a new thread, as the same question about skins, bindings or hull paint "
            "has probably been answered already.",
            "Parish pump politics is welcome on the letters page, not under the ploughing match results.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Spam and self-promotion",
        ),
        (
            "No advertising, affiliate links or promotion of products, services or fundraising pages without the "
            "committee's agreement.",
            "Members may sell their own second-hand kit in the For Sale section only, with a price and a location.",
            "Anyone selling a cure, a device or a course for sweating or sound sensitivity will be banned at once.",
            "Holiday lets, B&Bs and boat trips on Dursey and the Beara belong in the directory, not in {cs}.",
            "Spam is deleted and the account that sent it closed.",
        ),
    ),
    (  # names and accounts
        ("Usernames", "Your name", "One account each", "Do I have to use my real name?", "Accounts", "Impersonation"),
        (
            "{Cs} chosen for the print edition must carry your full name and town; we never print a street address.",
            "One account per person; second accounts set up to dodge a ban will be closed along with the first.",
            "Don't pretend to be someone else, including officers of the club, the trust or the parish council.",
            "Usernames must not be offensive, commercial or a web address.",
            "You are welcome to post under a nickname, but {mods} must know who you are.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Libel and contempt", "Is it legal?", "Court cases"),
        (
            "Do not accuse a named person or business of a crime or wrongdoing you cannot prove, because the "
            "publisher can be sued for what you write.",
            "{Cs} on live court cases are closed until the case is over, to avoid contempt of court.",
            "The First Amendment keeps the government from silencing you; it does not oblige this paper to print you.",
            "Don't encourage anyone to break the law, whether that means lamping, shooting owls or driving off-road "
            "across the commons.",
            "If we receive a legal complaint about your {c}, we may have to pass your details to the Gardaí, the "
            "police or a court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Other people's work",
            "Can I post a photo I found?",
            "Quoting articles",
            "Credit",
        ),
        (
            "Only upload photos you took yourself or have permission to share, and say who took them.",
            "Quote a few lines from another article if you must, with a link, but don't paste whole pieces.",
            "By posting you give us permission to republish your {c} in print or online, credited to you.",
            "Ordnance Survey maps and guidebook pages are copyright and may not be scanned in.",
            "Video of club regattas belongs to whoever filmed it, so ask before reposting.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't reply",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
            "Seen something wrong?",
        ),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "Reporting the same post over and over doesn't make it disappear any faster.",
            "You can also email the editor; please include a link to the {c} and say what the problem is.",
            "Reporting someone simply because you disagree with them wastes volunteers' time.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Discretion",
            "The editor's say",
            "Why was my {c} removed?",
            "Moderators' decisions",
            "Right to refuse",
        ),
        (
            "The editor may edit, shorten or decline any {c} without giving a reason.",
            "The decision of {mods} is final, and arguments about moderation will not be held in public.",
            "We don't have to publish everything we receive, and we don't.",
            "If you think we got it wrong, write to us privately and the committee will look at it at its next "
            "meeting.",
            "These rules are a guide, not a contract, and will be applied with common sense.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips", "Tell us"),
        (
            "If a fact in a report is wrong, tell the editor directly so it can be put right at the top of the page.",
            "Corrections are printed on page 2 of the next issue and noted at the foot of the online story.",
            "Got a story from the dale? Ring the office or leave a note at the village hall.",
            "Red squirrel sightings, especially outside the usual woods, should go through the sightings form, not "
            "the {cs}.",
            "Trip reports on snow and avalanche conditions are welcome, but date them so no one relies on old news.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "English or Irish", "Keep it clean", "Is swearing allowed?"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "{Cs} may be written in English or Irish.",
            "Please don't write in capital letters; it reads as shouting.",
            "Warn before describing trigger sounds in detail, and never post audio clips of them.",
            "Members' children read this board too, so keep the language mild.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Most problems are dealt with by a quiet word first.",
            "A second breach brings a formal warning and a third a suspension of up to a month.",
            "Serious abuse, threats or spam lead to an immediate and permanent ban.",
            "Banned members may appeal once, in writing, to the club secretary.",
            "A ban from the forum is not a ban from the club, and membership of the club is no protection here.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety on the hill",
            "Avalanche and conditions",
            "Can I trust advice here?",
            "Health information",
        ),
        (
            "Nothing posted here is medical advice; talk to your GP or dermatologist before trying a new treatment.",
            "Members share what has worked for them, from iontophoresis to white noise, but what helps one person "
            "may harm another.",
            "Conditions reports are personal impressions, so always check the avalanche forecast and carry a "
            "transceiver, shovel and probe.",
            "Never describe a route or a slope as safe; snow changes by the hour.",
            "Lithium polymer batteries can catch fire, so follow the maker's charging advice, not a tip you read here.",
        ),
    ),
    (  # wildlife locations
        (
            "Sensitive sites",
            "Nest sites",
            "Where did you see it?",
            "Protecting wildlife",
            "Locations of rare species",
            "Sightings",
        ),
        (
            "Please do not give the exact location of barn owl nests or red squirrel dreys; a parish or a 10 km "
            "square is enough.",
            "Barn owls are on Schedule 1 of the Wildlife and Countryside Act 1981, and disturbing them at the nest "
            "is an offence.",
            "Grey squirrel control is a legal but sensitive subject; keep {cs} factual and don't describe trapping "
            "methods.",
            "Photos taken at a nest without a licence will be removed.",
            "Report dead or injured owls to the trust, not to the forum.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; a quarter use one of the others throughout.
COMMENT_WORDS_339: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_339: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as the sentences name them mid-sentence.
MODERATORS_339: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the trustees",
    "the forum team",
    "our volunteer moderators",
    "the admin team",
    "the webmaster",
    "the news desk",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_339: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We want this to be a friendly place for everyone who loves the dale.",
    "These guidelines were agreed by the committee and apply to everyone who posts.",
    "By registering you agree to the following.",
    "Thanks for joining in the conversation.",
    "We welcome your comments on our stories, within a few simple rules.",
    "The noticeboard is run by volunteers for islanders and visitors alike.",
    "A few ground rules, so the forum stays a safe place for people who live with the condition.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_339: tuple[str, ...] = (
    "Thank you for helping keep the forum a kind place.",
    "Questions about these rules? Email the secretary.",
    "Happy posting, and see you on the snow.",
    "The committee reserves the right to amend these rules at any time.",
    "Thanks for reading, and for commenting responsibly.",
    "Enjoy the forum.",
    "Fair winds, and thanks for reading.",
)

# Titles a site prints over its rules.
POLICY_TITLES_339: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Comment policy",
    "Community guidelines",
    "Noticeboard terms of use",
    "Rules of the board",
    "Letters and comments policy",
    "Code of conduct",
    "Guidelines for members",
    "Sticky: Forum rules - please read",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_339: dict[str, str] = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "ploughing": "plowing",
    "offence": "offense",
    "licence": "license",
    "behaviour": "behavior",
    "grey": "gray",
}

# Section lines a site may print to split its rules into parts, as sets of three.
SECTION_SETS_339: tuple[tuple[str, str, str], ...] = (
    ("Part 1: Conduct", "Part 2: Content", "Part 3: Enforcement"),
    ("GENERAL", "WHAT YOU POST", "MODERATION"),
    ("A. Behaviour", "B. Content", "C. Running the board"),
    ("Section One - Respect", "Section Two - What we publish", "Section Three - When things go wrong"),
)

# Last-updated and adoption lines, with ``{date}`` for a drawn date.
UPDATED_LINES_339: tuple[str, ...] = (
    "Last updated: {date}.",
    "Rules adopted at the annual general meeting, {date}.",
    "Revised {date}.",
    "Last reviewed: {date}.",
    "(Updated {date})",
)

# Sign-off lines, printed after the rules or, for forum post headers, before them.
SIGN_OFFS_339: tuple[str, ...] = (
    "- The Committee",
    "The Editor",
    "Posted by admin » {weekday} {date}",
    "Board of Trustees",
    "Thanks, the Mod Team",
)

MONTHS_339 = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS_339 = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_339 = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "not", "but", "is")
)

# List marker shapes: ``{n}`` a number, ``{a}``/``{A}`` a letter, ``{r}``/``{R}`` a roman numeral, ``{s}`` a section.
MARKERS_339: tuple[str, ...] = (
    "{n}.", "{n})", "({n})", "{a})", "({a})", "{A}.", "{r}.", "({r})", "{R}.",
    "•", "*", "-", "–", "►", "Rule {n}:", "Rule {n} -", "§{n}", "{s}.{n}", "{n}/",
)  # fmt: skip


def _roman_339(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_339(heading: str) -> str:
    """``heading`` with each word capitalised except small joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_339) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _date_339(rng: random.Random) -> str:
    """A date as such sites print it, in one of a few shapes."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2011, 2025)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{day} {MONTHS_339[month - 1]} {year}"
    if shape == 1:
        return f"{MONTHS_339[month - 1]} {day}, {year}"
    if shape == 2:
        return f"{day:02d}/{month:02d}/{year}"
    return f"{MONTHS_339[month - 1]} {year}"


def _items_339(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items.

    Draws the site's word for what readers send (a quarter of sites never say "comment") and who moderates; how many
    items (2-5 for some sites, 6-16 for most), kept in table order or shuffled; for each item a heading and one to
    three of its sentences; heading case (as written, title case or capitals) or no headings at all; where headings
    stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop
    or dash), sometimes wrapped in emphasis marks; list markers of one shape (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers) or none; then, by chance, section lines splitting the items into
    parts, a last-updated line and a sign-off. Returns them with an opening, closing and title line added by
    ``_furnish``; every choice comes from ``rng``."""
    says_comment = rng.random() < 0.75
    singular, plural = rng.choice(COMMENT_WORDS_339 if says_comment else OTHER_WORDS_339)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice(MODERATORS_339)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_339)), count)
    if rng.random() < 0.5:
        kinds.sort()

    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_")) if placement.startswith("own") else ""
    marker = rng.choice(MARKERS_339) if rng.random() < 0.6 else ""
    section_number = rng.randint(1, 9)
    dash = rng.choice((" - ", " – ", " — "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_339[kind]
        chosen = [s.format(**words) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 2, 3)))]
        heading = rng.choice(headings).format(**words)
        if heading_case == "title":
            heading = _title_case_339(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        label = ""
        if marker:
            letter = chr(ord("a") + (number - 1) % 26)
            roman = _roman_339(number)
            label = marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section_number)
        if heading_case == "none":
            first = f"{label} {chosen[0]}" if label else chosen[0]
            items.append(("", first, *chosen[1:]))
            continue
        question = heading.endswith("?")
        if placement.startswith("run-in"):
            if question:
                joined = f"{heading} {chosen[0]}"
            elif placement == "run-in colon":
                joined = f"{heading}: {chosen[0]}"
            elif placement == "run-in stop":
                joined = f"{heading}. {chosen[0]}"
            else:
                joined = f"{heading}{dash}{chosen[0]}"
            items.append(("", f"{label} {joined}" if label else joined, *chosen[1:]))
            continue
        if not question and placement == "own stop":
            heading += "."
        elif not question and placement == "own colon":
            heading += ":"
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        items.append((f"{label} {heading}" if label else heading, *chosen))

    if len(items) >= 6 and rng.random() < 0.15:
        sections = rng.choice(SECTION_SETS_339)
        third = len(items) // 3
        items.insert(2 * third, (sections[2], ""))
        items.insert(third, (sections[1], ""))
        items.insert(0, (sections[0], ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_339).format(date=_date_339(rng)))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        sign_off = rng.choice(SIGN_OFFS_339)
        if sign_off.startswith("Posted by"):
            stamp = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm'))}"
            line = sign_off.format(weekday=rng.choice(WEEKDAYS_339), date=f"{_date_339(rng)} {stamp}")
            items.insert(0, ("", line))
        else:
            items.append(("", sign_off))

    intros, closings, titles = POLICY_INTROS_339, POLICY_CLOSINGS_339, POLICY_TITLES_339
    if not says_comment:
        intros = tuple(line for line in intros if "comment" not in line.lower())
        closings = tuple(line for line in closings if "comment" not in line.lower())
        titles = tuple(line for line in titles if "comment" not in line.lower())
    return _furnish(items, rng, intros, closings, titles, AMERICAN_339)
