"""The ``reworded-363`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Monticello and Escalante weeklies, Panguitch and Kanab papers, hornussen and shuffleboard clubs,
kendama and diabolo groups, Moyamoya and syringomyelia forums, ileostomy support groups, goat show and cavy fanciers'
societies, giant vegetable and leek growing shows.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps table order prints them. Each kind is
# (headings, sentences): headings in sentence case (questions among them), sentences as a site prints them.
# Placeholders: {c} {cs} {C} {Cs} (what readers send, singular/plural, capitalised) and {mods} (who looks after the
# site, lower case, only where singular and plural both read right: before a modal verb, or as an object).
REWORDINGS_363: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        ("Be civil", "Respect other members", "Keep it kind", "How should I treat other posters?", "Courtesy"),
        (
            "Treat everyone here as you would a neighbour at the county fair: disagree if you must, but keep it "
            "polite.",
            "Personal attacks, name-calling, sneering and other bullying behaviour will not be tolerated.",
            "Play the puck, not the person: argue with the idea, not with whoever posted it.",
            "Many of our members are living with a long-term condition, so please be patient and kind, especially "
            "with newcomers who are frightened or newly diagnosed.",
            "Keep it civil, even when the subject is the water district, the monument or the school board.",
        ),
    ),
    # hatred and discrimination
    (
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hate speech?", "Respect for all"),
        (
            "{Cs} that attack people for their race, ethnicity, religion, sex, sexual orientation, gender identity, "
            "disability or age will be removed.",
            "Slurs aimed at our Navajo and Ute neighbours, or at any other community, have no place here.",
            "We do not allow anything that mocks a person's disability, appearance or health, including the scars, "
            "bags and wheelchairs some of our members live with.",
            "Racist, sexist, homophobic or otherwise bigoted language is removed on sight, and the account behind it "
            "may be closed.",
            "Stereotyping whole groups of people is not acceptable, even as a joke.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Can I share someone's details?",
            "Photographs and personal details",
            "Keep it private",
        ),
        (
            "Do not post anyone's address, phone number, email or other personal details, and think twice before "
            "sharing your own.",
            "Please do not share screenshots of private messages, or of posts from our closed group, without the "
            "writer's permission.",
            "What members tell us about their surgery, their stoma or their diagnosis stays here; do not repeat it "
            "elsewhere in a way that identifies them.",
            "Ask before posting photographs of other exhibitors, their animals or their children taken at a show.",
            "Never post your NHS number, insurance details or anything else that could be used to steal your identity.",
        ),
    ),
    # safeguarding
    (
        (
            "Safeguarding",
            "Young members",
            "Children and vulnerable adults",
            "What if I'm worried about someone?",
            "Keeping juniors safe",
        ),
        (
            "Many of our kendama and diabolo players are under 18; adults must not send private messages to junior "
            "members or ask to meet them away from club sessions.",
            "If a member says they are thinking of harming themselves, please tell {mods} at once, and if someone is "
            "in immediate danger call your local emergency number (911 in the US, 999 in the UK).",
            "Photographs of junior exhibitors will only be published with written consent from a parent or guardian.",
            "Any concern about the welfare of a child at a club night, show or tournament should go to our "
            "safeguarding officer, whose details are on the Contact page.",
            "Adults who run junior sessions have been DBS checked, and the club's safeguarding policy applies online "
            "just as it does at the hall.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} show up?",
            "Moderation times",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, especially in the evenings "
            "and at weekends.",
            "Our newsroom is two people, and on deadline day {cs} may wait until the next morning to be approved.",
            "{Cs} from new members are held until a few of them have been approved by {mods}.",
            "Please do not send the same {c} again if it does not appear straight away; it is in the queue.",
            "Our moderators are volunteers fitting this in around work, family and hospital appointments, so please "
            "be patient.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep it relevant", "Off-topic posts", "Where should I post this?", "Stick to the subject"),
        (
            "Keep {cs} relevant to the story or thread they are under.",
            "Yard sales, lost dogs and Quilt Walk announcements belong on the community calendar, not under a news "
            "story.",
            "Please use the right board: show results in Results, stock for sale in Sales and Wants, and general chat "
            "in the Clubhouse.",
            "National and state politics are off topic here unless they bear directly on Kane County.",
            "Threads that wander too far off topic may be split, moved or locked.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell my stock here?",
            "Commercial posts",
            "Advertising and self-promotion",
        ),
        (
            "No advertising, spam or chain letters; businesses wishing to advertise should call the office for our "
            "rates.",
            "Goats, cavies and equipment for sale may only be listed on the Sales board, with price and location, "
            "and never in the middle of someone else's thread.",
            "Selling leek pips, pumpkin seed or plants is only allowed in the annual seed swap thread.",
            "Links to supplement or cure websites will be removed, as will posts from anyone selling ostomy supplies.",
            "Repeated links to your own YouTube channel, shop or Instagram count as spam, however good your tricks.",
        ),
    ),
    # names and accounts
    (
        (
            "Your name",
            "Accounts and usernames",
            "Real names",
            "Do I have to use my real name?",
            "One account per person",
            "Registration",
        ),
        (
            "{Cs} must carry your real first and last name, just as a letter to the editor would.",
            "One account per person; duplicate and sock-puppet accounts will be closed.",
            "You may use a username, but please do not impersonate another member, a judge, a doctor or a public "
            "figure.",
            "Usernames that are offensive, or that contain a website address, will be changed or removed.",
            "Keep your password to yourself: you are responsible for everything posted from your account.",
        ),
    ),
    # the law
    (
        ("Legal", "The law", "Defamation", "Is it legal?", "Libel and contempt", "Stay within the law"),
        (
            "Do not post anything defamatory, that is, a false statement of fact that damages someone's reputation.",
            "Everyone charged with a crime is presumed innocent; do not speculate about cases before the Seventh "
            "District Court or any other court.",
            "You are legally responsible for what you post, and we may have to hand over account details if a court "
            "orders it.",
            "Do not post anything that breaks Utah or federal law, or the law where you live, including threats, "
            "harassment and incitement to violence.",
            "Allegations of cruelty or neglect should go to the proper authority, not be made in public about named "
            "exhibitors.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Photos and copyright",
            "Other people's work",
            "Can I post a photo I found?",
            "Using our content",
        ),
        (
            "Only post photographs, videos and text you have the right to share.",
            "Quote a sentence or two and link to the source rather than pasting whole articles from other papers.",
            "Show photographs taken by the society's official photographer remain their copyright and may not be "
            "reposted without permission.",
            "By posting, you give us permission to publish your {c} on our website and in print.",
            "Trick videos and tutorials belong to the player who made them; credit them and link back to the original.",
        ),
    ),
    # reporting
    (
        ("Reporting a problem", "Report abuse", "Flagging", "How do I report a {c}?", "Seen something wrong?"),
        (
            'If you see a {c} that breaks these rules, use the "Report" link beneath it rather than replying.',
            "Please do not argue with someone who is breaking the rules; report it and let {mods} deal with it.",
            "You can also email the editor with the headline of the story and the name shown on the {c}.",
            "Reports are confidential, and {mods} will look at every one, though we cannot always tell you what "
            "action was taken.",
            "Flagging a {c} just because you disagree with it is not what the button is for.",
        ),
    ),
    # the editor's or committee's discretion
    (
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's decision",
            "Who decides?",
            "Our right to remove {cs}",
            "Discretion",
        ),
        (
            "We reserve the right to edit, reject or remove any {c} at any time, without explanation.",
            "Decisions about what stays and what goes rest with {mods}, and are final.",
            "This is a private forum run by the society, not a public space, and posting here is a privilege, not a "
            "right.",
            "{Cs} may be edited for length, clarity and spelling before they are published.",
            "Anything these rules do not cover will be decided by {mods} at their discretion.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Have a story for us?", "Errors and corrections"),
        (
            "If we got something wrong in a story, please email the newsroom rather than leaving a {c}, so we can "
            "correct it quickly.",
            "Corrections run in the next week's paper and are noted at the foot of the online story.",
            "News tips from Escalante, Boulder or anywhere in Garfield County are always welcome: call the office or "
            "stop by on Main Street.",
            "Results on the website are provisional until confirmed by the show secretary; report any error in "
            "placings within seven days.",
            "Errors in the medical information on this site should be reported to {mods} so they can be checked with "
            "our paediatric and adult advisers.",
        ),
    ),
    # language
    (
        ("Language", "Keep it clean", "Profanity", "Is swearing allowed?", "Family-friendly", "Mind your language"),
        (
            "No profanity, vulgarity or sexually explicit material, including abbreviations and words with letters "
            "replaced by symbols.",
            "Our readers range from schoolchildren to great-grandparents, so keep your language fit for the whole "
            "family.",
            "Please post in English so that everyone can follow; members writing in German or French should add a "
            "short English summary.",
            "Writing in ALL CAPITALS reads as shouting and will be edited.",
            "Swearing is filtered automatically, and getting round the filter counts as swearing.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Enforcement",
            "Consequences",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Breaking these rules may lead to your {c} being removed, a warning, or a temporary or permanent ban.",
            "We operate a three-strikes system: a warning, then a one-week suspension, then a permanent ban.",
            "Serious offences, such as threats or hate speech, may lead to an immediate ban without warning.",
            "Members banned from the forum may also be referred to the committee, which can suspend their membership "
            "and their right to exhibit.",
            "Anyone who re-registers to get round a ban will be blocked again, along with the new account.",
        ),
    ),
    # medical advice and safety
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health and safety",
            "Can I give medical advice?",
            "Advice disclaimer",
            "Stay safe",
        ),
        (
            "Members share their own experience, not medical advice; always speak to your neurosurgeon, neurologist "
            "or stoma nurse before changing your treatment.",
            "Do not tell other members to stop taking prescribed medication, and do not recommend unproven cures.",
            "If you have sudden weakness, numbness, trouble speaking or a severe headache, call 911 or 999 now "
            "rather than posting here.",
            "Advice on feeding, worming and medicating goats and cavies is given in good faith; check with your vet "
            "before acting on it.",
            "Do not post challenges that encourage younger players to try risky tricks near roads, stairs or other "
            "people.",
        ),
    ),
    # judges, results and sportsmanship
    (
        (
            "Judges and results",
            "Show results",
            "Criticising judges",
            "Can I question a judge's decision?",
            "Judging disputes",
            "Sportsmanship",
        ),
        (
            "Do not criticise judges or stewards by name; concerns about judging go in writing to the show secretary.",
            "The judge's decision is final on the day, and arguments about placings will be removed.",
            "Pot leeks are measured in cubic inches by the appointed judges, and only their figures may be posted "
            "as results.",
            "Disputes about scoring at a hornussen fest or a shuffleboard tournament are for the referee and the club "
            "committee, not the forum.",
            "Congratulate the winners, commiserate with the losers, and save any grumbling for the car park.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; the rest never do.
COMMENT_WORDS_363: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_363: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as printed mid-sentence (none of them says "comment").
MODERATORS_363: tuple[str, ...] = (
    "the editor",
    "the editors",
    "our moderators",
    "the moderators",
    "the committee",
    "the forum team",
    "the admin team",
    "the newsroom staff",
    "our volunteer moderators",
    "the show committee",
    "the club secretary",
)

# Opening lines a site prints before its rules (placeholders filled per site).
POLICY_INTROS_363: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers and ask only that you follow a few simple rules.",
    "This forum is here so people living with Moyamoya, Chiari and syringomyelia can support one another; to keep "
    "it that way, we ask everyone to follow these guidelines.",
    "By posting on this site you agree to the following terms.",
    "These house rules were agreed by the committee and apply to the club's website, forum and Facebook page.",
    "Our aim is a friendly place to talk about goats, cavies and showing, and these rules help keep it so.",
)

# Closing lines a site prints after its rules (placeholders filled per site).
POLICY_CLOSINGS_363: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Happy growing!",
    "Questions about these rules? Get in touch with {mods} through the Contact page.",
    "These rules may change at any time; the version on this page is the one that applies.",
    "Thanks for reading, and see you at the next club night.",
    "Above all, be kind.",
)

# Titles a site prints over its rules (placeholders filled per site).
POLICY_TITLES_363: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the board",
    "Guidelines for {cs}",
    "PINNED: Forum rules - please read before posting",
    "Noticeboard terms",
    "Reader {c} policy",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_363: dict[str, str] = {
    "neighbour": "neighbor",
    "offences": "offenses",
    "criticise": "criticize",
    "criticising": "criticizing",
    "behaviour": "behavior",
    "paediatric": "pediatric",
    "car park": "parking lot",
    "getting round": "getting around",
    "get round": "get around",
}

# Pairs of section lines a site may print to split its rules in two (the first over the first half).
SECTION_LINES_363: tuple[tuple[str, str], ...] = (
    ("The basics", "Also"),
    ("General rules", "Further rules"),
    ("Part 1", "Part 2"),
    ("Section A", "Section B"),
    ("Please remember", "And finally"),
)

# Sign-offs a site may print after its last item ({Mods} is the moderators, capitalised).
SIGN_OFFS_363: tuple[str, ...] = (
    "- The Editor",
    "— {Mods}",
    "Thanks, {Mods}",
    "The Committee",
    "Admin",
    "Posted on behalf of {mods}.",
)

# Month names, for the last-updated lines a site may print.
MONTHS_363: tuple[str, ...] = (
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

# List markers: the shapes real sites put before an item, each written as for the first item (``_marker`` numbers
# the rest; bullets and dashes stay as they are).
MARKER_SHAPES_363: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a.",
    "(a)",
    "i.",
    "I.",
    "•",
    "-",
    "*",
    "–",
    "Rule 1:",
    "Rule 1 -",
    "1.1",
    "§ 1",
    "#1",
    "Section 1.",
)

# Small words that title case leaves in lower case (unless first).
SMALL_WORDS_363: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not")
)


def _roman(number: int) -> str:
    """``number`` (1 to 39) in lower-case Roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(shape: str, number: int, section: int) -> str:
    """The list marker of ``shape`` for item ``number`` (from 1) in section ``section`` (from 1)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "(a)": f"({letter})",
        "i.": f"{_roman(number)}.",
        "I.": f"{_roman(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "1.1": f"{section}.{number}",
        "§ 1": f"§ {number}",
        "#1": f"#{number}",
        "Section 1.": f"Section {number}.",
    }.get(shape, shape)


def _title_case(text: str) -> str:
    """``text`` with each word's first letter capitalised, but for small words after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_363 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _last_updated(rng: random.Random) -> str:
    """A last-updated line with a drawn date, in one of the forms these sites print."""
    year, month, day = rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS_363[month - 1]
    return rng.choice(
        (
            f"Last updated: {name} {day}, {year}",
            f"Updated {day:02d}/{month:02d}/{year}",
            f"Last revised {day} {name} {year}.",
            f"Revised by the committee, {name} {year}.",
            f"Effective {name} {day}, {year}.",
            f"(Rules agreed at the AGM, {name} {year})",
        )
    )


def _items_363(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    The site draws its word for what readers send ("comment" three sites in four, else post, message, reply,
    contribution, letter or note) and who moderates; how many item kinds it prints (two to five for some sites, six
    to sixteen for most), in table order or shuffled; how many sentences an item carries (one to three); its heading
    case (sentence, title or capitals) or no headings at all; where headings stand (a part of their own, bare or
    ending in a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker shape
    or none; and its own printing habits: an emphasis style (bold headings, "do NOT", an "IMPORTANT:" or "Please
    note:" lead-in), a pair of section lines splitting the rules in two, a last-updated line at the top or foot, and a
    sign-off. The opening, closing and title lines, American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = COMMENT_WORDS_363 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_363)
    mods = rng.choice(MODERATORS_363)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": mods,
        "Mods": mods[:1].upper() + mods[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_363)), count)
    if rng.random() < 0.55:
        chosen.sort()
    fewest, most = rng.choice(((1, 1), (1, 2), (1, 3), (2, 2), (2, 3), (1, 1)))

    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    dash = rng.choice((" - ", " – ", " — "))
    marker_shape = rng.choice(MARKER_SHAPES_363) if rng.random() < 0.55 else ""
    emphasis = rng.choice(("none", "none", "none", "bold", "do-not", "lead-in"))
    lead_in = rng.choice(("IMPORTANT: ", "Please note: ", "NB: "))
    sections = rng.choice(SECTION_LINES_363) if count >= 6 and rng.random() < 0.2 else None
    updated = (_last_updated(rng), rng.random() < 0.5) if rng.random() < 0.2 else None
    sign_off = rng.choice(SIGN_OFFS_363).format(**words) if rng.random() < 0.15 else ""

    def heading_for(kind: int) -> str:
        if heading_case == "none":
            return ""
        heading = rng.choice(REWORDINGS_363[kind][0]).format(**words)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        return heading

    emphasised = rng.randrange(count)
    items: list[tuple[str, ...]] = []
    section = 1
    number = 0
    for position, kind in enumerate(chosen):
        if sections and position in (0, count // 2):
            section = 1 if position == 0 else 2
            number = 0 if marker_shape == "1.1" else number
            items.append((sections[section - 1], ""))
        number += 1
        pool = REWORDINGS_363[kind][1]
        sentences = [text.format(**words) for text in rng.sample(pool, rng.randint(fewest, most))]
        if emphasis == "do-not":
            sentences = [text.replace("do not", "do NOT").replace("Do not", "Do NOT") for text in sentences]
        heading = heading_for(kind)
        if emphasis == "lead-in" and position == emphasised and not (heading and heading_place.startswith("run")):
            first = sentences[0]
            sentences[0] = lead_in + (first[:1].lower() + first[1:] if lead_in == "Please note: " else first)
        marker = _marker(marker_shape, number, section) if marker_shape else ""
        if heading and heading_place.startswith("own"):
            if not heading.endswith("?"):
                heading += {"own": "", "own-stop": ".", "own-colon": ":"}[heading_place]
            if emphasis == "bold":
                heading = f"**{heading}**"
            head = f"{marker} {heading}" if marker else heading
            items.append((head, *sentences))
            continue
        if heading:
            if heading.endswith("?"):
                joint = " "
            else:
                joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": dash}[heading_place]
            if emphasis == "bold" and joint == dash:
                heading = f"**{heading}**"
            elif emphasis == "bold":
                heading, joint = f"**{heading}{joint.rstrip()}**", " "
            sentences[0] = heading + joint + sentences[0]
        if marker:
            sentences[0] = f"{marker} {sentences[0]}"
        items.append(("", *sentences))

    if updated:
        line, at_top = updated
        if at_top:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if sign_off:
        items.append(("", sign_off))

    intros = [text.format(**words) for text in POLICY_INTROS_363]
    closings = [text.format(**words) for text in POLICY_CLOSINGS_363]
    titles = [text.format(**words) for text in POLICY_TITLES_363]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_363)
