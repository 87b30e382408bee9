"""The ``reworded-237`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands news, Cumbrian fell papers, Kansas wheat-town weeklies, badminton clubs, bookbinders'
guilds, Crohn's and colitis forums, canal-boat moorers, lighthouse keepers' friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each as (headings, sentences): five or six headings a site may print over the item, and
# five sentences it may print under it. {c} {cs} {C} {Cs} stand for the site's word for what readers send (singular,
# plural, capitalised) and {mods} for whoever looks after the site; no literal text says "comment", so a site whose
# word is "post" or "letter" never says it.
REWORDINGS_237: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Play the ball, not the player",
            "Respect other members",
            "Why do I have to be polite?",
            "Keep it friendly",
        ),
        (
            "Be courteous to other readers, even when you disagree with them.",
            "Criticise ideas, not people: personal attacks, name-calling and sneering will be removed.",
            "This is a small community and most of us will meet at the next club night, so write as you would speak"
            " to someone face to face.",
            "Disagree with the school board or the county commission all you like, but leave their families out of it.",
            "{Cs} that bully, belittle or goad another member will be taken down, however witty they seem.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "No discrimination",
            "Racism and prejudice",
            "What counts as hateful?",
            "Treat everyone equally",
        ),
        (
            "We do not publish {cs} that attack people because of their race, ethnicity, religion, sex, sexual"
            " orientation, gender identity, disability or age.",
            'Slurs are not allowed, not even in quotation marks or as a "joke".',
            "Remarks that stir up ill feeling between Rarotonga, the Pa Enua and the workers who come here from"
            " overseas will be removed.",
            "Stereotyping incomers, travellers or people who live on boats is prejudice, and it will be treated as such.",
            "Hateful material may be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Protect your privacy",
            "Can I share someone's address?",
            "Other people's information",
            "Keep it private",
        ),
        (
            "Do not post phone numbers, addresses, email addresses or number plates, your own or anyone else's.",
            "Please don't name a boat and its mooring in the same breath; it tells a thief exactly where an empty"
            " boat is tied up.",
            "Sharing what another member told you in a private message, without their agreement, is a breach of trust"
            " and of these rules.",
            "Think about how much of your health history you want a future employer to find, and choose a username"
            " that is not your real name.",
            "Photographs of people, and of children above all, need their consent (or a parent's) before they appear"
            " here.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young players",
            "Who do I tell if I'm worried about a child?",
            "Welfare",
            "Juniors",
        ),
        (
            "Adults must not contact members under 18 privately through the site.",
            "Concerns about a child's welfare go to the club welfare officer, never onto the noticeboard.",
            "We follow Badminton England's safeguarding policy, and any breach will be passed to the county welfare"
            " lead.",
            "If someone is in immediate danger, call the emergency services first and tell {mods} afterwards.",
            "Do not post pictures of junior players without written permission from a parent or guardian.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {cs}",
            "Waiting for approval",
            "When will my {c} show up?",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "We are a handful of volunteers, and {cs} sent in the evening or at weekends may not go up until the"
            " next working day.",
            "The newsroom keeps Rarotonga hours; {cs} sent overnight from New Zealand or Australia are checked in"
            " the morning.",
            "Please do not send the same {c} twice; it has not been lost, it is waiting in the queue.",
            "During wheat harvest our small staff is stretched thin, and {cs} may wait a day or two for approval.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
            "Relevance",
            "Keep threads tidy",
        ),
        (
            "Please keep {cs} relevant to the story or thread you are replying to.",
            "A thread about winter moorings on the Lancaster Canal is not the place to argue about licence fees.",
            "Off-topic {cs} may be moved to the general chat board or deleted.",
            "Start a new thread for a new subject; it helps others find the answer later.",
            "National politics belongs elsewhere unless it bears directly on the story.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial {cs}",
            "Links",
        ),
        (
            "Advertising is not allowed, except in the Classifieds.",
            "Members may mention their own bindery or workshop courses once, in their profile, but not in every {c}.",
            'Anyone promoting supplements, diets or "cures" for Crohn\'s or colitis will have the {c} removed and'
            " the account closed.",
            "{Cs} that carry links to unrelated websites will be treated as spam.",
            "Boats, engines and moorings for sale go on the For Sale board only: one notice an item, renewed no more"
            " than once a month.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames and accounts",
            "Real names",
            "One account each",
            "Do I have to use my real name?",
            "Registration",
        ),
        (
            "Letters to the editor must carry your full name and hometown; we do not print anonymous letters.",
            "Use one account only; duplicate accounts will be closed without notice.",
            "Do not pretend to be another person, a councillor, a club official or a member of staff.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
            "Usernames that are offensive, or that look like an advertisement, will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Libel and contempt",
            "Could my {c} get me sued?",
            "Stay within the law",
        ),
        (
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "While a case is before the courts, {cs} about the accused will be closed to avoid contempt of court.",
            "The law of defamation applies to what you write here just as it does to what we print in the paper.",
            "You are legally responsible for what you write, and we may have to give your details to the police if"
            " a court orders it.",
            "Nothing may be posted that breaks the law of the Cook Islands or encourages others to break it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and images",
            "Can I post a photo I found online?",
            "Quoting",
            "Intellectual property",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Quote briefly and give the source; do not paste whole stories from other newspapers.",
            "Pictures of members' bindings remain the copyright of the binder and may not be reused without asking.",
            "By sending a {c}, you give us a licence to publish it in print and online.",
            "Scans of old binding manuals may still be in copyright, so check before you share them.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Alerting the moderators",
        ),
        (
            "Use the Report link beneath any {c} you believe breaks these rules.",
            "Reports are anonymous; the person reported is not told who flagged them.",
            "Report, don't reply: answering a troll in public only feeds it.",
            "If something is urgent, contact {mods} directly as well as using the report link.",
            "Misusing the report button to settle old scores is itself a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Committee discretion",
            "Who decides?",
            "Right to remove",
            "Editorial judgement",
        ),
        (
            "Whether a {c} is published is decided by {mods}, and that decision is final.",
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee may amend these rules at any time; changes will be announced at the next general meeting"
            " and on the noticeboard.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "Appeals may be made in writing to the secretary, whose decision, after consulting the committee, is"
            " final.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than leaving a {c}, so it can be"
            " put right properly.",
            "Corrections appear on page 2 of the next week's paper and are noted at the foot of the online story.",
            "Got a story from the outer islands? Ring or message the newsroom in Avarua.",
            "Results from fell races, shows and sheepdog trials are always welcome; send them in by Monday noon for"
            " that week's paper.",
            "Please do not put tips about police matters in the {cs}; contact the news desk privately.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "Which languages can I use?",
            "Keep it clean",
            "Write clearly",
        ),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "{Cs} may be written in English or in Cook Islands Māori.",
            "Please don't write in capitals; it reads as shouting.",
            "Many of our members are retired keepers in their eighties, so spell things out and go easy on the"
            " abbreviations.",
            "Dialect is fine (a bit of Cumbrian never hurt anyone), but crude language will be removed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Sanctions",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspension",
            "Enforcement",
        ),
        (
            "A first breach usually earns a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate, may lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again, and their {cs} deleted.",
            "The committee may withdraw membership for persistent breaches, in line with the constitution.",
            "We do not discuss individual bans on the open forum.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety",
            "Is the advice here reliable?",
            "Health information",
            "Take care",
        ),
        (
            "Members share experience, not medical advice; always talk to your IBD nurse or consultant before"
            " changing medication.",
            "Never stop or change a prescribed treatment because of something you read here.",
            "Route advice from members is no substitute for a forecast, a map and a compass; conditions on the tops"
            " change fast.",
            "Do not post instructions for gas, electrical or engine work unless you are qualified; boat safety is no"
            " place for guesswork.",
            "If you are bleeding heavily, in severe pain or badly dehydrated, stop reading and contact your doctor or"
            " go to A&E.",
        ),
    ),
    (  # visits and events
        (
            "Visits and events",
            "Site visits",
            "Open days",
            "Can I visit a lighthouse?",
            "Meetings and trips",
        ),
        (
            "Most lighthouses are working aids to navigation on private land; do not arrange visits here without"
            " permission from Trinity House or the Northern Lighthouse Board.",
            "Event listings must give a date, a place and a contact; {mods} may tidy the wording.",
            "Details of members-only visits should not be shared outside the forum.",
            "Many keepers' cottages are private homes now, so please respect the people living there when you post"
            " photographs.",
            "Offers of lifts to meetings and tournaments go in the travel thread, not in a new topic.",
        ),
    ),
    (  # membership and who may post
        (
            "Membership",
            "Who can post?",
            "Members' area",
            "Guests",
            "Do I need to join?",
        ),
        (
            "Only paid-up members may post on the noticeboard; anyone may read it.",
            "Posting rights lapse if your subscription is not renewed by 1 April.",
            "Guests are welcome to read the forum and to ask a question in the Visitors' section.",
            "Print subscribers can link their account to post without waiting for approval.",
            "Junior members' accounts are linked to a parent or guardian, who can see everything they send.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural); most sites say "comment", a quarter of them never do.
COMMENT_WORD_237: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_237: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("posting", "postings"),
)

# Who looks after the site, as the sentences name them mid-sentence.
MODERATORS_237: tuple[str, ...] = (
    "the moderators",
    "the moderation team",
    "the editor",
    "the editorial team",
    "the committee",
    "the webmaster",
    "the forum admins",
    "our volunteer moderators",
    "the newsroom",
    "the club secretary",
    "the trustees",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_237: tuple[str, ...] = (
    "Kia orana, and welcome to our comments section.",
    "We want this to be a friendly place to talk about the news from Rarotonga and the Pa Enua.",
    "These guidelines apply to everyone who takes part in discussion on this site.",
    "Please read the following before you post.",
    "The forum is here so that people living with Crohn's and colitis can share what they have learned; a few"
    " simple rules keep it safe.",
    "The noticeboard is for members of the guild to share news, questions and work in progress.",
    "The following rules were agreed by the committee and apply to the club website, noticeboard and social media"
    " pages.",
    "Welcome to the moorers' forum.",
    "We welcome letters and online comments from our readers, within a few ground rules.",
    "Everyone is welcome to join the conversation, but we ask you to keep to these house rules.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_237: tuple[str, ...] = (
    "Thank you for helping keep this a good place to talk.",
    "By posting, you agree to abide by these rules.",
    "Happy binding!",
    "Meitaki ma'ata.",
    "Questions about these guidelines can be sent to the editor.",
    "Safe boating, and see you on the cut.",
    "These rules may be updated from time to time.",
    "Thanks for reading, and enjoy the comments.",
    "See you on the courts.",
)

# Titles a site may print over its rules.
POLICY_TITLES_237: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Letters and comments policy",
    "Rules of the forum",
    "Website and noticeboard rules",
    "Discussion guidelines",
    "Readers' comments: our rules",
    "Forum etiquette",
)

# British spellings in the sentences and lines above, and their American forms; a site may print either.
AMERICAN_237: dict[str, str] = {
    "criticise": "criticize",
    "travellers": "travelers",
    "licence": "license",
    "councillor": "councilor",
    "offence": "offense",
    "judgement": "judgment",
    "behaviour": "behavior",
    "colour": "color",
    "organisation": "organization",
    "recognise": "recognize",
    "apologise": "apologize",
    "neighbour": "neighbor",
    "harbour": "harbor",
    "honour": "honor",
    "favour": "favor",
    "programme": "program",
    "catalogue": "catalog",
}

# Printing habits a site may have besides its items: a line naming the part of a handbook or terms the rules stand in,
# a last-updated line, and a sign-off from whoever keeps the rules.
SECTION_LINES_237: tuple[str, ...] = (
    "Section 5: Using the forum",
    "Part 3 - Online participation",
    "Appendix B: Website and social media",
    "Club handbook, section 9",
    "Terms of use: reader participation",
    "Members' noticeboard",
    "Comments and letters",
)
MONTHS_237: tuple[str, ...] = (
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
SIGN_OFFS_237: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Forum Admin",
    "The moderation team",
    "Posted by admin",
    "Hon. Secretary",
    "Ka kite, the newsroom",
    "The Friends' committee",
)

# Small words a title-cased heading leaves in lower case unless they open it.
SMALL_WORDS_237: frozenset[str] = frozenset(
    ("a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "at", "by", "not", "if")
)


def _roman_237(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    return "x" * (number // 10) + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[number % 10]


def _title_case_237(heading: str) -> str:
    """``heading`` with each word capitalised, the small words after the first excepted."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_237 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_237(style: str, number: int, section: int) -> str:
    """The list marker of the ``number``th item in ``style`` (``section`` for numbered sections)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    roman = _roman_237(number)
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en dash": "\u2013",
        "star": "*",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "section": f"{section}.{number}",
        "paragraph": f"\u00a7{number}",
    }[style]


def _date_line_237(rng: random.Random) -> str:
    """A last-updated line with a drawn date, printed in one of the ways such sites print it."""
    year, month, day = rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS_237[month - 1]
    return rng.choice(
        (
            f"Last updated: {day} {name} {year}",
            f"Last updated {name} {day}, {year}.",
            f"Updated {day:02d}/{month:02d}/{year}",
            f"Reviewed by the committee, {name} {year}.",
            f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)}, adopted at the AGM on {day} {name} {year}.",
            f"These rules were last revised in {name} {year}.",
        )
    )


def _items_237(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``: its word for what readers send ("comment" three
    times in four, else one of :data:`OTHER_WORDS_237`, in which case no line saying "comment" is printed) and who
    moderates it; how many item kinds (two to five for a fifth of sites, else six to sixteen), in table order or
    shuffled; at most one, two or three sentences an item; its headings in sentence case, title case or capitals, or
    none; whether a heading stands as a part of its own (bare, or with a stop or colon) or runs in before the first
    sentence after a colon, stop or dash; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
    section or paragraph numbers) or none, and an emphasis style for headings standing alone; then a section line
    before the items, a last-updated line before or after them and a sign-off at the end, each by chance. The items
    go through :func:`_furnish`, which adds an opening, closing and title line by chance and American spelling and
    curly quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_237 if says_comment else rng.choice(OTHER_WORDS_237)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice(MODERATORS_237)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_237)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3, 3))
    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placing = rng.choice(("own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a.",
            "a)",
            "(a)",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "dash",
            "en dash",
            "star",
            "Rule 1:",
            "Rule 1 -",
            "section",
            "paragraph",
        )
    )
    if marker_style == "Rule 1:" and placing.endswith("colon"):
        marker_style = "Rule 1 -"  # no site prints "Rule 1: Privacy:"
    elif marker_style == "Rule 1 -" and placing == "run-in dash":
        marker_style = "Rule 1:"
    section = rng.randint(2, 12)
    emphasis = rng.choice(("", "", "", "", "**", "*", "__")) if case != "none" and placing.startswith("own") else ""

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_237[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most_sentences)))
        parts = [sentences[index].format(**words) for index in chosen]
        heading = rng.choice(headings).format(**words)
        if case == "title":
            heading = _title_case_237(heading)
        elif case == "capitals":
            heading = heading.upper()
        elif case == "none":
            heading = ""
        question = heading.endswith("?")
        if heading and placing.startswith("run-in"):
            if question:
                parts[0] = f"{heading} {parts[0]}"
            elif placing == "run-in colon":
                parts[0] = f"{heading}: {parts[0]}"
            elif placing == "run-in stop":
                parts[0] = f"{heading}. {parts[0]}"
            else:
                parts[0] = f"{heading}{dash}{parts[0]}"
            heading = ""
        elif heading:
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            if not question and placing == "own stop":
                heading += "."
            elif not question and placing == "own colon":
                heading += ":"
        if marker_style:
            marker = _marker_237(marker_style, number, section)
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        items.append((heading, *parts))

    def printable(line: str) -> bool:
        return says_comment or "comment" not in line.lower()

    if rng.random() < 0.15:
        items.insert(0, (rng.choice([line for line in SECTION_LINES_237 if printable(line)]), ""))
    if rng.random() < 0.25:
        date_line = ("", _date_line_237(rng))
        if rng.random() < 0.4:
            items.insert(0, date_line)
        else:
            items.append(date_line)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_237)))

    intros = [line for line in POLICY_INTROS_237 if printable(line)]
    closings = [line for line in POLICY_CLOSINGS_237 if printable(line)]
    titles = [line for line in POLICY_TITLES_237 if printable(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_237)
