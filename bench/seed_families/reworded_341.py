"""The ``reworded-341`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Muck and Canna community news, Glaisdale papers, Skagit valley weeklies, padel and bocce clubs,
pyrography and whittling groups, mastocytosis forums, bridleway and green lane users' associations, horse trough and
drinking fountain heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for the site's
# word for what readers send (singular, plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_341: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Be kind", "Keep it friendly", "Courtesy", "Play the ball, not the player", "Can I disagree?"),
        (
            "Disagree by all means, and criticise the point rather than the person who made it.",
            "This is a small place, and the person you are rude to today is the one you will meet on the pier tomorrow.",
            "Please treat other members as you would across the net: firmly, fairly and with a handshake at the end.",
            "Personal attacks, name-calling and sneering at someone's spelling will be removed.",
            "Say it as you would say it at the village hall, with the neighbours listening.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Respect for everyone", "Hateful content", "What counts as hate speech?"),
        (
            "We do not publish {cs} that attack anyone for their race, religion, nationality, disability, sex, "
            "sexuality or age.",
            'Remarks about "incomers" or "white settlers", or about locals, have no place here.',
            "Sectarian jibes, even as a joke, will be taken down.",
            "Stereotyping riders, walkers, cyclists or drivers as a group is not debate; tell us what happened, "
            'not what "they" are like.',
            "Hatred aimed at any tribe, community or group of neighbours in the valley is removed without notice.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Other people's information", "Keep it private", "Can I name people?"),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please do not share another member's diagnosis, test results or prescriptions without their permission.",
            "Photographs of 4x4s or trail bikes on the lanes are fine, but blur number plates and faces before posting.",
            "If you mention a private person by name, make sure you would be happy for them to read it.",
            "Volunteers' home addresses are never published, even when they look after a trough outside their door.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Juniors", "Looking after each other", "Worried about someone?"),
        (
            "Photos of junior members may only be posted with a parent's or guardian's permission.",
            "Never ask a young person to move a conversation to private messages.",
            "If you think a child or vulnerable adult is at risk, call Police Scotland on 101, or 999 in an "
            "emergency, rather than posting about it here.",
            "If someone writes that they are in crisis, please do not argue with them; tell {mods} straight away.",
            "The club's welfare officer is the person to speak to about any concern; their name is on the "
            "clubhouse noticeboard.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Delays", "Pre-moderation", "Waiting for approval"),
        (
            "All {cs} are read by {mods} before they appear, so please be patient.",
            "Our volunteers check the queue once a day, usually in the evening, and not at all on lambing weekends.",
            "The island's broadband goes when the weather does, so {cs} may take a day or two to go up.",
            "First-time {cs} are held for approval; after that most will appear straight away.",
            "{Cs} sent late on a Friday may not be approved until Monday morning.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Where should I post this?"),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "Ferry grumbles are understandable, but they belong in the ferry thread, not under the ceilidh report.",
            "Questions about court bookings go to the club office, not into match reports.",
            "Threads that drift far from the original question may be split or closed.",
            "Please search the forum before starting a new thread; most questions about blanks, nibs and "
            "temperatures have been answered before.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Commercial posts", "Can I sell things here?"),
        (
            "No advertising, chain letters or links to sales pages.",
            "Tack, hay and horseboxes may be offered for sale in the classifieds thread only; organised rides go in the "
            "events thread.",
            "Members who sell their carvings or pyrography pieces may link to their shop once, in their profile.",
            "Coaching offers and court hire from outside the club will be removed.",
            "Supplement sellers, miracle cures and affiliate links are deleted on sight, and so are their accounts.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Who you are", "Do I have to use my real name?"),
        (
            "Please use your real name, as you would if you sent a letter to the paper.",
            "One account per person; {mods} may remove duplicates without warning.",
            "Do not pretend to be someone else, including the council, the estate, the Trust or the club.",
            "Nicknames are fine, but {mods} must be able to contact you at a working email address.",
            "Accounts that only exist to argue will be closed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "Is it legal?"),
        (
            "Do not post anything that is untrue and damaging about a person or a business; you, not we, are "
            "responsible for what you write.",
            "Scotland has its own law of defamation and contempt of court, and a case that is live in the Sheriff "
            "Court must not be discussed.",
            "Once someone has been arrested or charged, speculation about their guilt can break the Contempt of "
            "Court Act 1981 and may be removed.",
            "Allegations about named people in pending cases in Skagit County Superior Court will not be published.",
            "Do not encourage anyone to ride or drive where they have no legal right of way.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and pictures", "Other people's work", "Sharing patterns", "Can I post this photo?"),
        (
            "Only post photographs you took yourself, or ones you have permission to share.",
            "Patterns and designs from books or paid courses are the author's copyright; link to them, do not copy "
            "them.",
            "Screenshots of paid mapping are not allowed; Ordnance Survey maps are Crown copyright.",
            "Old photographs lent from the history group's archive are for the newsletter only and must not be "
            "reposted.",
            "Quote a few lines from another paper if you must, and say where they came from.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging", "Seen something wrong?", "How do I report a post?"),
        (
            "Use the Report link under any {c} you think breaks these rules, and {mods} will look at it.",
            "Please do not reply to a {c} that breaks the rules; report it and move on.",
            "If you cannot use the link, email {mods} with a link to the thread and a line saying what is wrong.",
            "Reports are anonymous; the person you report will not be told who you are.",
            "An obstruction on a bridleway should be reported to the highway authority as well as mentioned here.",
        ),
    ),
    (  # discretion
        ("Our decision", "Discretion", "Final say", "The committee's decision", "Who decides?"),
        (
            "{mods} may edit, refuse or remove any {c}, and need not give a reason.",
            "Publication of a {c} does not mean that the association agrees with it.",
            "The committee's decision on these matters is final.",
            "These rules may be changed at any time; the current version is the one on this page.",
            "We are volunteers, not lawyers, and we will err on the side of caution.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Tell us your news", "Errors"),
        (
            "If we have got something wrong, tell us and we will put it right in print and online.",
            "Corrections are made as soon as we can, and noted at the foot of the story.",
            "News, photos and dates for the diary are always welcome; send them to {mods} by the end of the month.",
            "Sightings, ferry changes, road closures and lambing news are all welcome for the next issue.",
            "Please do not use {cs} to report errors; email us instead so we can check them quickly.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Shouting", "What language can I write in?"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "{Cs} in Gaelic are very welcome; a line in English as well helps everyone join in.",
            "Please do not write in capitals; it reads as shouting.",
            "Juniors read this page, so keep the language clean.",
            "Spanish and English are both welcome here; {mods} may ask for a translation.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "Sanctions", "What happens if I break the rules?", "Three strikes"),
        (
            "A first breach usually earns a warning; a second, a week's suspension; a third, removal.",
            "Serious breaches, or abusive behaviour towards {mods}, may lead to an immediate ban without warning.",
            "Members who keep breaking these rules may also be referred to the club's disciplinary panel.",
            "Anyone banned who comes back under a new name will be removed again.",
            "If you think a ban was a mistake, write to the secretary; we will apologise if we got it wrong.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Safety first", "Not medical advice", "Health and safety", "Can I give advice?"),
        (
            "Nothing posted here is medical advice; always follow your own specialist's plan and carry your "
            "adrenaline pens as prescribed.",
            "Please share what worked for you, but never tell someone to change a dose or stop a medicine.",
            "Burning MDF, painted or treated wood gives off harmful fumes; do not recommend it.",
            "Sharp tools and hot pens hurt: post photos of safe holds and cuts, not daring ones.",
            "Water in historic troughs and fountains is not drinking water, and nobody should climb on a listed "
            "structure to take a photo.",
        ),
    ),
)

# The site's word for what readers send, singular and plural: "comment" for most sites.
COMMENT_WORDS_341: tuple[tuple[str, str], ...] = (("comment", "comments"),)

# The words of the sites that never say "comment".
OTHER_WORDS_341: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site; every sentence uses it with a modal verb or as an object, so singular and plural both fit.
MODERATORS_341: tuple[str, ...] = (
    "the editor",
    "the editors",
    "the committee",
    "our volunteer moderators",
    "the moderators",
    "the admins",
    "the forum team",
    "the newsletter team",
    "the trustees",
    "the club committee",
    "the page volunteers",
)

# Opening lines, before the items; {cs} and {mods} are filled per site.
POLICY_INTROS_341: tuple[str, ...] = (
    "We welcome {cs} from readers, on these terms.",
    "Please read these rules before you post.",
    "By posting you agree to the following.",
    "This page is run by volunteers, so please help us keep it friendly.",
    "A few house rules, agreed by the committee.",
    "We want this to be a place where anyone with mastocytosis feels safe to ask.",
    "Our noticeboard is open to everyone who uses the bridleways and lanes.",
)

# Closing lines, after the items.
POLICY_CLOSINGS_341: tuple[str, ...] = (
    "Thank you for helping to keep this a good place to talk.",
    "Happy posting, and see you on the court.",
    "Questions about these rules? Ask {mods}.",
    "Thanks for reading, and for your {cs}.",
    "Thank you. {Mods}",
    "Mind the steps on the way down to the pier.",
)

# Titles printed above the items.
POLICY_TITLES_341: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Forum rules",
    "Noticeboard terms",
    "{C} guidelines",
    "Our {c} policy",
    "Rules of the forum",
    "Before you post",
)

# British spellings used in the tables above, and their American forms (a site may print either).
AMERICAN_341: dict[str, str] = {
    "neighbours": "neighbors",
    "criticise": "criticize",
    "behaviour": "behavior",
    "apologise": "apologize",
    "organised": "organized",
}

# Lines a site prints between two parts of its rules.
SECTION_LINES_341: tuple[str, ...] = ("* * *", "---", "~", "What we will not publish", "The small print", "Also")

# Dates and words for a site's last-updated line.
UPDATED_LINES_341: tuple[str, ...] = (
    "Last updated {day} {month} {year}.",
    "Updated: {month} {year}",
    "Agreed at the AGM, {month} {year}.",
    "These rules were last reviewed in {month} {year}.",
    "Rev. {mm}/{year}",
)
MONTHS_341: tuple[str, ...] = (
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

# Sign-offs printed under the rules.
SIGN_OFFS_341: tuple[str, ...] = (
    "- {Mods}",
    "\u2014 {Mods}",
    "Signed, {mods}",
    "With thanks, {mods}",
    "The Hon. Secretary",
)

# Words a title-cased heading keeps in lower case.
SMALL_WORDS_341: frozenset[str] = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "not"))


def _roman_341(number: int) -> str:
    """``number`` (1 to 39) in Roman numerals, upper case."""
    tens, units = divmod(number, 10)
    ones = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + ones[units]


def _title_case_341(heading: str) -> str:
    """``heading`` with every word capitalised but the small ones (the first word always)."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_341 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_341(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. A site draws its word for what readers send (``comment`` three times in four,
    otherwise post, message, reply, contribution, letter or note, and then "comment" in none of its lines) and who
    moderates; how many kinds it prints (two to five for some sites, six to sixteen for most), in table order or
    shuffled; one to three sentences an item, up to a most it draws; its heading case (sentence, title, capitals) or
    no headings at all; where headings stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash) and whether they are starred for emphasis; a list marker (numbers,
    letters, Roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and by chance a section line
    between two parts, a last-updated line at the top or foot, and a sign-off. Opening, closing and title lines,
    American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = rng.choice(COMMENT_WORDS_341) if rng.random() < 0.75 else rng.choice(OTHER_WORDS_341)
    moderators = rng.choice(MODERATORS_341)
    says_comment = singular == "comment"

    def fill(text: str) -> str:
        text = text.format(
            c=singular,
            cs=plural,
            C=singular.capitalize(),
            Cs=plural.capitalize(),
            mods=moderators,
            Mods=moderators[:1].upper() + moderators[1:],
        )
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, len(REWORDINGS_341))
    kinds = rng.sample(range(len(REWORDINGS_341)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "", "*", "**"))
    marker_style = rng.choice(
        ("none", "none", "none", "number", "number-paren", "letter", "roman", "bullet", "dash", "rule", "section")
    )
    section_number = rng.randint(1, 9)
    bullet = rng.choice(("\u2022", "*", "\u25aa", "\u00b7"))
    dash = rng.choice(("-", "\u2013", "\u2014"))
    run_in_joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " " + dash + " "}

    def marker(index: int) -> str:
        number = index + 1
        return {
            "none": "",
            "number": f"{number}.",
            "number-paren": f"{number})",
            "letter": f"({'abcdefghijklmnopqrstuvwxyz'[index]})",
            "roman": f"{_roman_341(number)}.",
            "bullet": bullet,
            "dash": dash,
            "rule": f"Rule {number}:",
            "section": f"{section_number}.{number}",
        }[marker_style]

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_341[kind]
        chosen = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if not says_comment:
            chosen = [sentence for sentence in chosen if "comment" not in sentence.lower()] or [fill(sentences[0])]
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_341(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if emphasis and heading_case != "none":
            heading = emphasis + heading + emphasis
        prefix = marker(index)
        if heading_case == "none":
            first = f"{prefix} {chosen[0]}" if prefix else chosen[0]
            items.append(("", first, *chosen[1:]))
            continue
        if heading_place.startswith("own"):
            if not heading.rstrip("*").endswith("?"):
                heading += {"own": "", "own-stop": ".", "own-colon": ":"}[heading_place]
            items.append((f"{prefix} {heading}" if prefix else heading, *chosen))
            continue
        joint = " " if heading.rstrip("*").endswith("?") else run_in_joint[heading_place]
        first = heading + joint + chosen[0]
        items.append(("", f"{prefix} {first}" if prefix else first, *chosen[1:]))
    if len(items) > 3 and rng.random() < 0.15:
        items.insert(rng.randint(2, len(items) - 1), (rng.choice(SECTION_LINES_341), ""))
    if rng.random() < 0.2:
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_LINES_341).format(
            day=rng.randint(1, 28), month=MONTHS_341[month], mm=f"{month + 1:02d}", year=rng.randint(2016, 2026)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", fill(rng.choice(SIGN_OFFS_341))))

    def site_lines(table: tuple[str, ...]) -> list[str]:
        lines = [fill(line) for line in table]
        return [line for line in lines if says_comment or "comment" not in line.lower()]

    return _furnish(
        items,
        rng,
        site_lines(POLICY_INTROS_341),
        site_lines(POLICY_CLOSINGS_341),
        site_lines(POLICY_TITLES_341),
        AMERICAN_341,
    )
