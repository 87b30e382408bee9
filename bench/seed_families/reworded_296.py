"""The ``reworded-296`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bahamas Family Islands news, Antrim coast papers, Cape Cod weeklies, volleyball leagues, aquarium
keepers' societies, COPD forums, almshouse trustees' residents, dovecote and lime kiln friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Placeholders, filled per site: {c} {cs} {C} {Cs} for
# what readers send (singular, plural, capitalised) and {mods} for who looks after the site.
REWORDINGS_296: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Can I disagree with someone?",
            "Courtesy",
            "Play the ball, not the player",
            "Keep it neighbourly",
            "Good behaviour",
        ),
        (
            "Disagree as much as you like, but do it politely and argue with the point rather than the person.",
            "Personal attacks, name-calling and sneering at other readers will see your {c} removed.",
            "These are small islands and most of us know one another, so write nothing you would not say to someone's "
            "face on the dock at George Town.",
            "Treat fellow residents as you would at the Tuesday coffee morning in the common room.",
            "Arguing about line calls is part of the game; abuse of referees, players or another club's supporters "
            "is not.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No hatred or discrimination",
            "What counts as offensive?",
            "Sectarianism and racism",
            "Everyone is welcome",
        ),
        (
            "We will not publish {cs} that attack people for their race, religion, nationality, disability, sex, "
            "sexual orientation or age.",
            "Sectarian language, flags-and-parades point scoring and coded slurs against either community are "
            "removed without discussion.",
            "{Cs} that stir up hostility towards Haitian or other migrant families living in the islands will not "
            "be published.",
            "Jokes at the expense of someone's illness, accent or background are not welcome, however lightly they "
            "are meant.",
            "Anything likely to stir up hatred is taken down, and the worst cases may be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Can I name someone?",
            "Keep private details private",
            "Other people's details",
        ),
        (
            "Do not post anyone's phone number, home address, email or car registration, and think twice before "
            "posting your own.",
            "Please do not name residents, their visitors or members of staff in a {c} without their permission.",
            "Your email address is never shown beside your {c} and is not passed to anyone else.",
            "Photos from tournaments that show junior players' faces need a parent's consent before they go up.",
            "Your details are held in line with the Data Protection Act 2018 and used only to run this forum.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Junior players",
            "Who do I tell if I'm worried?",
            "Looking after each other",
        ),
        (
            "Coaches and officials must not send private messages to junior players through the site; contact goes "
            "through the club welfare officer.",
            "If a {c} makes you worried about someone's safety, tell {mods} straight away rather than replying.",
            "Concerns about a resident's welfare should go to the Warden or the Clerk to the Trustees, not onto the "
            "noticeboard.",
            "Members under 18 may only join with the agreement of a parent or guardian.",
            "If a member writes that they are in danger or thinking of harming themselves, urge them to call the "
            "emergency services and let {mods} know at once.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Delays",
            "Pre-moderation",
            "When will I see my {c}?",
            "Approval of {cs}",
        ),
        (
            "Every {c} is read by a person before it goes live, so there may be a delay, especially at weekends.",
            "Our office in Governor's Harbour has two staff, so please allow a day or two for {cs} to be approved.",
            "{Cs} are checked by volunteers in their spare time; please be patient and do not send the same {c} twice.",
            "In high summer, when our editions are at their fattest, approval can take up to 48 hours.",
            "The first few {cs} from a new member are held for approval; after that they appear straight away.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Where should I post this?",
            "Relevance",
        ),
        (
            "Please keep to the subject of the story or thread you are replying to.",
            "Questions about water chemistry belong on the Water Quality board, not in the livestock sales section.",
            "Town meeting feuds that have nothing to do with the story will be trimmed or removed.",
            "Chat about anything other than breathing, treatment and living with COPD is welcome in the Coffee Lounge.",
            "Start a new thread rather than taking over someone else's; it makes the board easier for everyone to "
            "follow.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Can I sell fish here?",
            "Commercial {cs}",
            "Links and promotions",
            "Buying and selling",
        ),
        (
            "{Cs} that promote a business, organisation, product or website are removed, as are links that exist only to sell "
            "something.",
            "Members may sell or swap surplus fish, plants and equipment in the Classifieds only, and traders need "
            "the committee's approval first.",
            "Residents may pin up notices of outings, lost property and bring-and-buy sales, but commercial leaflets "
            "must be cleared with the Clerk.",
            "Holiday rentals, fishing charters and real-estate offers belong in our paid classifieds, not in {cs}.",
            "Repeated links, chain messages and anything that looks automated will be deleted and the account closed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Usernames",
            "Do I have to use my real name?",
            "One person, one account",
        ),
        (
            "Please use your real first name and surname; anonymous {cs} are not published.",
            "Letters for print must carry the writer's name and address, though we will withhold the address on "
            "request.",
            "Each member may have one account; second accounts used to agree with yourself will be closed.",
            "Usernames must not impersonate another person, a club or an official of the league.",
            "Do not share your login, as you are responsible for everything posted under your name.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and contempt",
            "Legal matters",
            "Could I get into trouble?",
            "Court cases",
        ),
        (
            "Do not say anything about a person that you could not prove in court; a defamatory {c} can land both "
            "you and us in trouble.",
            "Once someone has been charged, the Contempt of Court Act 1981 means we cannot carry speculation about "
            "their guilt, so such {cs} are removed.",
            "Bahamian libel law applies to everything published on this site, wherever you happen to be writing from.",
            "Never name the victim of a sexual offence or a young person involved in court proceedings; the law "
            "forbids it.",
            "Federal law may shield us from your words, but it does not shield you, and we still remove anything "
            "that looks defamatory or threatening.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a picture?",
            "Quoting",
            "Who owns my {c}?",
        ),
        (
            "Only upload photos you took yourself or have permission to use.",
            "Do not paste whole articles from other papers; a short quote with a link is fine.",
            "By sending a {c} you give us permission to publish, edit and reprint it, in print and online.",
            "Pictures of your tanks are always welcome, but credit anyone else's photo or drawing that you share.",
            "Old photographs of the kiln, the quarry and the quay lent by members remain their owners' property "
            "and must not be copied without asking.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and {mods} will look at it.",
            "If you are unhappy with something on the site, email the editor and we will reply within two working "
            "days.",
            "Please report rather than reply; arguing with a troublemaker only keeps the thread going.",
            "Residents may raise a complaint about the noticeboard with the Clerk, in writing or at the residents' "
            "meeting.",
            "Reporting a {c} does not mean it will be removed, only that it will be checked.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right",
            "Who decides?",
            "Removal of {cs}",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on any posting is final, though members may raise it at the next AGM.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "The Trustees may take down any notice they consider unsuitable for display.",
            "Letters may be cut for length or clarity, and the longer and angrier the letter, the more likely it is "
            "to be trimmed.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Tell us",
        ),
        (
            "If we have got something wrong, please email the news desk rather than leaving a {c}, so we can put it "
            "right quickly.",
            "Got news from Long Island, Cat Island or the Exumas? Call or WhatsApp our newsroom, and send photos if "
            "you have them.",
            "Corrections are printed on page two of the following week's paper and noted at the foot of the online "
            "story.",
            "Match results and league tables are put right by the fixtures secretary, so please email scores rather "
            "than posting them.",
            "Births, deaths, weddings and parish events go through the Submit News form at the foot of the page, "
            "not in a {c}.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Keep it clean",
            "Can I write in capitals?",
            "Length and style",
        ),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "Writing in capitals reads as shouting, so please use them sparingly.",
            "Please write in English so that everyone can follow, though a word or two of Irish or Ulster-Scots "
            "is no harm.",
            "Text speak and long strings of emoji make {cs} hard to read for members using screen readers.",
            "Keep it short: {cs} over 300 words may be trimmed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Sanctions",
        ),
        (
            "A first breach usually earns a friendly warning; repeated breaches lead to a suspension or a "
            "permanent ban.",
            "Members who have been banned may not rejoin under another name.",
            "Serious breaches, such as threats or harassment, lead to an immediate ban without warning.",
            "Teams whose players or supporters break these rules may be referred to the league's disciplinary panel.",
            "Warnings are kept on record for twelve months, after which they lapse.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety",
            "Is advice here safe to follow?",
            "Health information",
            "Visiting safely",
        ),
        (
            "Members share their own experience only; nothing here replaces advice from your GP, respiratory nurse "
            "or consultant.",
            "Never change your oxygen, inhalers or steroid dose because of something you read here.",
            "Treat advice on dosing copper, medications and other chemicals with care, and check the label before "
            "adding anything to a stocked tank.",
            "The kiln and the dovecote are old structures: do not climb on them, and keep children and dogs behind "
            "the rope.",
            "If you are more breathless than usual, have chest pain or your lips turn blue, call 999 or your local "
            "emergency number now rather than posting here.",
        ),
    ),
    (  # politics and elections
        (
            "Politics",
            "Elections",
            "Can I campaign here?",
            "Election periods",
            "Political {cs}",
        ),
        (
            "During election periods we do not publish {cs} from candidates about their own campaigns.",
            "Supporters of every party are welcome, PLP and FNM alike, but branding the other side crooks or liars "
            "is not.",
            "Letters about the town election must reach us by the Monday before polling day to be printed.",
            "The Society is non-political, and {cs} about national politics will be removed.",
            "Party politics has no place on a forum about living with lung disease, however strongly you feel about "
            "health funding.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment", a quarter never do and use one of these.
COMMENT_WORD_296 = ("comment", "comments")
OTHER_WORDS_296: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as it would stand in the middle of a sentence.
MODERATORS_296: tuple[str, ...] = (
    "the editor",
    "our moderators",
    "the news desk",
    "the moderators",
    "the committee",
    "the forum team",
    "the Clerk to the Trustees",
    "the league secretary",
    "the site admins",
    "our volunteer moderators",
    "the web editor",
    "the Friends' committee",
)

# Opening lines a site prints before its rules (placeholders filled per site before use).
POLICY_INTROS_296: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers across the islands, provided they follow a few simple rules.",
    "These house rules were agreed by the committee to keep the forum friendly and useful.",
    "By sending us a {c} you agree to the terms below.",
    "A few ground rules, so that everyone can enjoy the conversation.",
    "The noticeboard belongs to the residents, and these terms apply to everything pinned to it or posted online.",
    "Our members range from first-time keepers to old hands, and these rules help them all get along.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_296: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "These rules may change from time to time; the current version is always on this page.",
    "Enjoy the discussion, and thank you for taking part.",
    "Thanks for reading, and for keeping it civil.",
    "By continuing to use the site you agree to abide by these terms.",
)

# Titles a site prints over its rules.
POLICY_TITLES_296: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules for {cs}",
    "Code of conduct",
    "Terms of use",
    "Guidelines for {cs}",
)

# British spellings used in the sentences above -> American (a site may print either).
AMERICAN_296: dict[str, str] = {
    "neighbourly": "neighborly",
    "behaviour": "behavior",
    "offence": "offense",
    "organisation": "organization",
}

# Shapes of list marker a site prints before each item (see _marker; bullets and dashes are drawn per site).
MARKER_SHAPES_296: tuple[str, ...] = (
    "number-stop",
    "number-bracket",
    "number-parens",
    "letter-bracket",
    "letter-parens",
    "roman-lower",
    "roman-upper",
    "bullet",
    "dash",
    "rule",
    "section",
    "clause",
)

# Bullets and dashes sites print before an item.
BULLETS_296: tuple[str, ...] = ("\u2022", "\u00b7", "*", "\u25aa", "\u25cf")
DASHES_296: tuple[str, ...] = ("-", "\u2013", "\u2014")

# What stands between a run-in heading and the sentence after it.
RUN_IN_SEPARATORS_296: tuple[str, ...] = (": ", ". ", " \u2013 ", " \u2014 ", " - ")

# How a site emphasises its headings in scraped text (most print them plain).
EMPHASES_296: tuple[str, ...] = ("{}", "{}", "{}", "**{}**", "*{}*", "__{}__", "[b]{}[/b]")

# Lines that say when the rules were last changed.
UPDATED_LINES_296: tuple[str, ...] = (
    "Last updated: {day} {month} {year}.",
    "Last reviewed by the committee, {month} {year}.",
    "Adopted at the AGM, {month} {year}.",
    "Effective from {day} {month} {year}",
    "Updated {month_number}/{day}/{year}",
    "These rules were revised in {month} {year}.",
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_296: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Trustees",
    "Forum Admin Team",
    "The Committee",
    "- The moderators",
    "Management",
    "By order of the Trustees",
    "League Secretary",
)

# Lines a site prints between parts of its rules, and after each item on a few sites.
DIVIDERS_296: tuple[str, ...] = ("* * *", "---", "\u2014\u2014\u2014", "________")
BACK_TO_TOP_296: tuple[str, ...] = ("Back to top", "\u2191 Top", "[Top]")

# Month names for the last-updated lines.
MONTHS_296: tuple[str, ...] = (
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

# Small words a title-cased heading keeps in lower case (unless first).
SMALL_WORDS_296 = frozenset({"a", "an", "and", "the", "of", "or", "to", "in", "on", "for", "at", "by", "not", "as"})


def _roman(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case(text: str) -> str:
    """``text`` with each word capitalised, small words after the first left alone."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_296) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker(shape: str, position: int, section: int) -> str:
    """The list marker of ``shape`` for the item at ``position`` (from 0) in part ``section``."""
    number = position + 1
    letter = chr(ord("a") + position)
    markers = {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-parens": f"({number})",
        "letter-bracket": f"{letter})",
        "letter-parens": f"({letter})",
        "roman-lower": f"{_roman(number)}.",
        "roman-upper": f"{_roman(number).upper()}.",
        "rule": f"Rule {number}:",
        "section": f"{section}.{number}",
        "clause": f"Clause {number}.",
    }
    return markers[shape]


def _items_296(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. A site draws its word for what readers send ("comment"
    three times in four, else one word it uses throughout) and who moderates it; how many kinds of rule it prints
    (two to five on a fifth of sites, six to sixteen on the rest), in table order or shuffled; how many sentences an item
    carries (one to three); whether it prints headings and in what case (as written, title case or capitals), and
    where they stand (a part of their own with no stop, a stop or a colon, or run in before the first sentence after
    a colon, stop or dash), with an emphasis of the scraped kind now and then and, on a few sites, questions printed
    as "Q:" and "A:"; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", clause or section
    numbers) or none; and its own habits: a divider line halfway, a "Back to top" after each item, a last-updated
    line at the top or bottom, and a sign-off. The opening, closing and title lines, American spelling and curly
    quotes come from ``_furnish``."""
    singular, plural = COMMENT_WORD_296 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_296)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_296),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_296)), count)
    if rng.random() < 0.5:
        kinds.sort()
    fewest, most = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3), (1, 2)))

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-in"))
    separator = rng.choice(RUN_IN_SEPARATORS_296)
    emphasis = rng.choice(EMPHASES_296)
    questions_as_faq = rng.random() < 0.12
    marker_shape = rng.choice(("none", "none", *MARKER_SHAPES_296))
    bullet = rng.choice(BULLETS_296)
    dash = rng.choice(DASHES_296)
    section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_296[kind]
        chosen = [text.format(**words) for text in rng.sample(sentences, rng.randint(fewest, most))]
        heading = rng.choice(headings).format(**words)
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        is_question = heading.endswith("?")
        if heading and questions_as_faq and is_question:
            heading, chosen[0] = "Q: " + heading, "A: " + chosen[0]
        if heading:
            heading = emphasis.format(heading)

        if marker_shape == "none":
            marker = ""
        elif marker_shape == "bullet":
            marker = bullet
        elif marker_shape == "dash":
            marker = dash
        else:
            marker = _marker(marker_shape, position, section)

        if heading and placement == "run-in":
            chosen[0] = heading + (" " if is_question else separator) + chosen[0]
            heading = ""
        elif heading and not is_question:
            heading += {"own": "", "own-stop": ".", "own-colon": ":"}[placement]
        if marker and heading:
            heading = f"{marker} {heading}"
        elif marker:
            chosen[0] = f"{marker} {chosen[0]}"
        items.append((heading, *chosen))

    if rng.random() < 0.1 and len(items) > 3:
        items.insert(len(items) // 2, ("", rng.choice(DIVIDERS_296)))
    if rng.random() < 0.06:
        back_to_top = rng.choice(BACK_TO_TOP_296)
        items = [part for item in items for part in (item, ("", back_to_top))]
    if rng.random() < 0.2:
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_LINES_296).format(
            day=rng.randint(1, 28), month=MONTHS_296[month], month_number=month + 1, year=rng.randint(2016, 2026)
        )
        items.insert(0 if rng.random() < 0.35 else len(items), ("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_296)))

    intros = [text.format(**words) for text in POLICY_INTROS_296]
    closings = [text.format(**words) for text in POLICY_CLOSINGS_296]
    titles = [text.format(**words) for text in POLICY_TITLES_296]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_296)
