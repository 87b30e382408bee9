"""The ``reworded-245`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tonga English news, Shetland papers, Montana ranch-country weeklies, squash clubs, beekeepers'
associations, psoriasis forums, residents' parking groups, steam fair societies.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them: each is (headings, sentences). ``{c}``,
# ``{cs}``, ``{C}`` and ``{Cs}`` stand for the site's word for what readers send, ``{mods}`` for who looks after it.
REWORDINGS_245: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "How should I treat other posters?",
            "Courtesy costs nothing",
            "Play the ball, not the player",
            "Keep it neighbourly",
        ),
        (
            "Be courteous to other readers, even when you disagree strongly with them.",
            "Argue with the point, not the person: personal attacks, name-calling and goading will be removed.",
            "We are a small place and people know each other, so write as you would speak to a neighbour in the "
            "queue at the Co-op in Lerwick.",
            "No bullying.",
            "Ranch country runs on handshakes; you can disagree about grazing leases or the county road budget "
            "without calling anybody a fool.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No discrimination",
            "What counts as hateful?",
            "Racism and prejudice",
            "Everyone is welcome here",
        ),
        (
            "We do not allow {cs} that attack people because of their race, religion, nationality, sex, sexual "
            "orientation, disability or age.",
            "Racist, sexist or homophobic language will be removed without warning.",
            "Slurs aimed at Tongans living overseas, at Pacific Islanders or at any other community have no place "
            "on this site.",
            "Hate is not an opinion.",
            "Mocking the way someone's skin looks is not a joke here, and anything that does so will be deleted.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Can I share someone's address?",
            "Keep private things private",
            "Other people's information",
        ),
        (
            "Do not publish anyone's address, phone number, email or car registration, and think twice before "
            "publishing your own.",
            "Please don't photograph or name vehicles parked in the zone; report enforcement problems to the council "
            "parking team, not to the group.",
            "Private messages are private: don't copy another member's words into a public thread without asking "
            "them first.",
            "If you share photographs taken at a clinic or hospital, make sure no other patient can be recognised.",
            "Apiary sites are shared with the association in confidence, so never give away where a member keeps "
            "their hives.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Looking after each other",
            "What if someone is at risk?",
            "Keeping people safe",
            "Welfare",
        ),
        (
            "If you are under 16, ask a parent or guardian before you join.",
            "Never arrange to meet a junior player you have only spoken to online; all junior coaching goes "
            "through the club's welfare officer.",
            "Any {c} that puts a child at risk will be removed and, where necessary, passed to the police.",
            "Photographs of juniors may only be shared with the written consent of a parent.",
            "If you are struggling or feel unsafe, please talk to someone today: Samaritans can be reached free on "
            "116 123.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Delays",
            "Pre-moderation",
            "Please be patient",
        ),
        (
            "All {cs} are read before they appear, so there may be a short delay.",
            "{Cs} sent after 5pm on a Friday may not go live until Monday morning.",
            "Moderation is done by volunteers with day jobs, hives and families, so please bear with us.",
            "The newsroom in Nuku'alofa checks {cs} during office hours, Tonga time.",
            "Sending the same {c} twice will not make it appear any faster.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Is this the right place for my {c}?",
            "Off-topic threads",
            "Stick to the subject",
        ),
        (
            "Keep {cs} relevant to the story or thread you are replying to.",
            "This group is for residents' parking in the zone only; general grumbles about the council belong "
            "somewhere else.",
            "Off-topic threads will be moved or locked.",
            "Please stick to squash: the bar rota, the lottery and the social section each have their own noticeboard.",
            "Swarm questions go in the swarm thread, not in the honey show one.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Can I sell things here?",
            "Selling and promotion",
            "Commercial posts",
            "Spam and selling",
        ),
        (
            "No advertising, please.",
            "Selling nucs, queens or honey? Use the members' sales board, not the general forum.",
            "{Cs} that link to miracle creams, supplements or paid clinics will be removed.",
            "Spam, chain letters and repeated copies of the same message will be deleted.",
            "Traders who want a pitch on the rally field should apply to the society, not advertise here.",
        ),
    ),
    (  # names and accounts
        (
            "Names",
            "Your account",
            "Do I have to use my real name?",
            "One person, one account",
            "Usernames",
            "Registration",
        ),
        (
            "Please use your real name; {cs} sent under made-up names will not be published.",
            "One account per person. Duplicate accounts will be closed, along with the original.",
            "Do not pretend to be another person, a club official or a member of our staff.",
            "Choose a username that leaves out your surname if you would rather your condition stayed private.",
            "Your membership number is not a username and should never be shared on the forum.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "What about court cases?",
            "Stay within the law",
            "Your legal responsibility",
        ),
        (
            "You are legally responsible for what you write, and the laws of defamation apply to {cs} just as they "
            "do to newspapers.",
            "Do not discuss cases that are before the courts; anything that could prejudice a trial at Lerwick "
            "Sheriff Court will be taken down.",
            "Material that breaks the laws of the Kingdom of Tonga will not be published.",
            "Don't accuse anyone of stealing cattle or anything else unless they have been charged; report "
            "suspected theft to the county sheriff or the brand inspector instead.",
            "False allegations can land you, and us, in court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs",
            "Who owns what?",
            "Other people's work",
            "Permission to publish",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Don't paste whole articles from other papers; a short quote and a link is fine.",
            "By sending a {c}, you give us permission to publish, edit and reproduce it in print and online.",
            "Photographs taken at the rally remain the photographer's copyright, but the society may use them "
            "with a credit.",
            "Credit the source of any chart, study or leaflet you share.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flag it, don't fight it",
            "Tell us",
        ),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "Email {mods} with a link to the {c} and a short note saying what is wrong.",
            "Reports are confidential, and the member you report won't be told who flagged them.",
            "We read every report, though we can't always answer each one.",
            "Don't feed the trolls.",
        ),
    ),
    (  # discretion
        (
            "Our decision",
            "Discretion",
            "Who decides?",
            "The final word",
            "Editing and removal",
            "Our rights",
        ),
        (
            "{mods} may remove any {c} at any time without giving a reason.",
            "The decision of {mods} is final.",
            "We may edit {cs} for length, clarity or legal reasons.",
            "These rules may change at any time, and the version on this page is the one that applies.",
            "Not every {c} will be published, and we are not obliged to say why.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "How do I contact the paper?",
            "Corrections and news tips",
            "Putting things right",
        ),
        (
            "Spotted a mistake in a story? Email the newsroom rather than pointing it out in a {c}, and we will "
            "put it right.",
            "If you have a story for us, call the office or use the contact page.",
            "Corrections appear in the next week's paper and at the foot of the story online.",
            "News tips can be sent in confidence.",
            "Know of a branding, a barn fire or a 4-H result we've missed? Let us know.",
        ),
    ),
    (  # language
        (
            "Language",
            "Language and tone",
            "Keep it clean",
            "What language can I write in?",
            "Writing style",
        ),
        (
            "No swearing, even with the letters starred out.",
            "{Cs} may be written in English or in Tongan.",
            "{Cs} in Shetland dialect are welcome, as long as they follow the same rules as everything else.",
            "Please don't write in capital letters; it reads as shouting.",
            "Text-speak and long strings of emoji make threads hard to follow for some of our older members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Breaking the rules",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Breaking these rules may lead to a warning, a suspension or a permanent ban.",
            "Three strikes and you're out.",
            "Members who are banned may not rejoin under another name.",
            "Threats of violence mean an immediate ban, with no warning.",
            "Club members who abuse the forum may also be referred to the committee under the club's "
            "disciplinary code.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety",
            "Is this advice?",
            "Advice on this site",
            "Health and safety",
            "Disclaimer",
        ),
        (
            "Nothing on this forum is medical advice; speak to your GP or dermatologist before starting, stopping "
            "or changing any treatment.",
            "Never stop a biologic or methotrexate because of something you have read here.",
            "Suspected foulbrood is notifiable, so contact your bee inspector rather than asking on the forum.",
            "Advice given here is no substitute for a boiler inspection, and no engine should be steamed without "
            "a current certificate.",
            "Only experienced beekeepers should attempt to collect a swarm.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Politics",
            "Election periods",
            "Can I campaign here?",
            "Campaigning",
        ),
        (
            "During an election, {cs} about candidates must carry the writer's full name.",
            "Candidates and their campaign teams may not use the site to canvass for votes.",
            "Debate policy as much as you like, but leave the nobles, the ministers and their families' private "
            "lives out of it.",
            "The association is not political, and party campaigning is not allowed on the forum.",
            "Letters about the commission race close on the Friday before polling day.",
        ),
    ),
)

# The words sites use for what readers send, as (singular, plural). Most say "comment"; the rest never do.
SITE_WORDS_COMMENT_245: tuple[str, str] = ("comment", "comments")
SITE_WORDS_OTHER_245: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after a site, as a sentence would name them.
MODERATORS_245: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the moderation team",
    "the admins",
    "the forum team",
    "the web editor",
    "the newsroom",
    "the group admins",
    "the club secretary",
    "the society's webmaster",
    "our volunteer moderators",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_245: tuple[str, ...] = (
    "Please read these rules before you join in.",
    "Our forum is a friendly place and we would like to keep it that way.",
    "These guidelines apply to everyone who takes part, members and visitors alike.",
    "By sending a {c} you agree to the following.",
    "Welcome to the noticeboard. A few ground rules:",
    "We welcome {cs} from readers in Tonga and across the diaspora, provided they follow these rules.",
    "A few simple rules keep this group useful for everyone in the street.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_245: tuple[str, ...] = (
    "Thank you for helping to keep this a place worth visiting.",
    "Malo 'aupito for reading.",
    "Happy beekeeping!",
    "See you on the rally field.",
    "Any questions, please ask {mods}.",
    "Thanks for playing fair.",
    "These rules were agreed by the committee and are reviewed every year.",
)

# Titles a site prints over its rules.
POLICY_TITLES_245: tuple[str, ...] = (
    "House rules",
    "{C} guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Community guidelines",
    "Posting rules",
    "Rules for {cs}",
    "Our {c} policy",
    "Group rules",
    "Terms of use",
)

# British spellings in this family's sentences, and their American forms.
AMERICAN_245: dict[str, str] = {
    "neighbourly": "neighborly",
    "neighbour": "neighbor",
    "recognised": "recognized",
    "organisation": "organization",
    "apologise": "apologize",
    "colour": "color",
    "favour": "favor",
    "behaviour": "behavior",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "judgement": "judgment",
}

# Words a title-cased heading leaves in lower case unless they come first.
SMALL_WORDS_245: frozenset[str] = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not"}
)

# Roman numerals for list markers, one to seventeen.
ROMAN_245: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
)  # fmt: skip

# Shapes of list markers: each takes the item's number (from 1) and returns the marker as printed.
MARKERS_245: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{ROMAN_245[n - 1]}.",
    lambda n: f"({ROMAN_245[n - 1]})",
    lambda n: f"{ROMAN_245[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "*",
    lambda n: "\u25aa",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} \u2013",
    lambda n: f"4.{n}",
    lambda n: f"\u00a7{n}",
    lambda n: f"[{n}]",
    lambda n: f"No. {n}",
)

# Section lines some sites print above or among their rules.
SECTION_LINES_245: tuple[str, ...] = (
    "Section 4: Online conduct",
    "Part B \u2013 The forum",
    "Schedule 2: Use of the website",
    "Appendix C. Noticeboard and social media",
    "Code of conduct (online)",
    "Members' forum",
)

# Last-updated lines, as sites date their rules.
UPDATED_LINES_245: tuple[str, ...] = (
    "Last updated: 14 March 2025.",
    "Reviewed at the AGM, October 2024.",
    "Updated 02/07/2024",
    "These rules were last revised in January 2023.",
    "Version 3, adopted by the committee on 9 May 2024.",
    "Effective from 1 April 2025.",
)

# Sign-offs printed under the rules.
SIGN_OFFS_245: tuple[str, ...] = (
    "\u2014 The Committee",
    "Hon. Secretary",
    "The Editor",
    "Signed on behalf of the committee",
    "The Admin Team",
    "Thanks, the mods",
)

# Words some sites print before a sentence to draw the eye to it.
NOTE_PREFIXES_245: tuple[str, ...] = ("Please note:", "NB", "N.B.", "Important:", "Remember:")

# Emphasis wrappers a site may print around its headings (markup that was not rendered).
EMPHASIS_245: tuple[tuple[str, str], ...] = (("**", "**"), ("*", "*"), ("__", "__"), ("<b>", "</b>"))


def _capitalised(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def _title_cased(heading: str) -> str:
    """``heading`` in title case, leaving short joining words in lower case unless they come first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_245 else _capitalised(word) for index, word in enumerate(words)
    )


def _items_245(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, else a word that never says it)
    and who moderates; how many items (two to five for one site in five, six to sixteen for the rest), taken in
    table order or shuffled; one to three sentences an item; heading case (as written, title case or capitals) or no
    headings at all; where headings stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash), sometimes wrapped in unrendered emphasis; a list-marker shape
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, paragraph signs) or none;
    whether single-sentence items drop their stops; and by chance a section line, a note prefix before one sentence,
    a last-updated line and a sign-off. Opening, closing and title lines, American spelling and curly quotes are
    then added by ``_furnish``."""
    singular, plural = SITE_WORDS_COMMENT_245 if rng.random() < 0.75 else rng.choice(SITE_WORDS_OTHER_245)
    words = {
        "c": singular,
        "cs": plural,
        "C": _capitalised(singular),
        "Cs": _capitalised(plural),
        "mods": rng.choice(MODERATORS_245),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_245)), count)
    if rng.random() < 0.55:
        kinds.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    emphasis = rng.choice(EMPHASIS_245) if rng.random() < 0.1 else ("", "")
    marker = rng.choice(MARKERS_245) if rng.random() < 0.6 else None
    drop_stops = rng.random() < 0.15
    note_at = rng.randrange(count) if rng.random() < 0.15 else -1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_245[kind]
        chosen = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [_capitalised(sentence.format(**words)) for sentence in chosen]
        if drop_stops and len(parts) == 1 and parts[0].endswith("."):
            parts[0] = parts[0][:-1]
        if number - 1 == note_at:
            parts[0] = f"{rng.choice(NOTE_PREFIXES_245)} {parts[0]}"

        heading = ""
        if heading_case != "none":
            heading = _capitalised(rng.choice(headings).format(**words))
            if heading_case == "title":
                heading = _title_cased(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            heading = f"{emphasis[0]}{heading}{emphasis[1]}"
        asks = heading.endswith("?")
        mark = f"{marker(number)} " if marker else ""

        if not heading:
            items.append(("", mark + parts[0], *parts[1:]))
        elif heading_place.startswith("own"):
            if not asks and heading_place == "own stop":
                heading += "."
            elif not asks and heading_place == "own colon":
                heading += ":"
            items.append((mark + heading, *parts))
        else:
            joint = " " if asks else {"run colon": ": ", "run stop": ". ", "run dash": dash}[heading_place]
            items.append(("", f"{mark}{heading}{joint}{parts[0]}", *parts[1:]))

    if rng.random() < 0.15:
        section = (rng.choice(SECTION_LINES_245), "")
        items.insert(0 if rng.random() < 0.6 else rng.randint(1, len(items)), section)
    if rng.random() < 0.15:
        updated = ("", rng.choice(UPDATED_LINES_245))
        items.insert(0 if rng.random() < 0.3 else len(items), updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_245)))

    intros = [_capitalised(line.format(**words)) for line in POLICY_INTROS_245]
    closings = [_capitalised(line.format(**words)) for line in POLICY_CLOSINGS_245]
    titles = [_capitalised(line.format(**words)) for line in POLICY_TITLES_245]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_245)
