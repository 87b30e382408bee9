"""The ``reworded-366`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Out Skerries and Housay bulletins, Wythburn and Naddle papers, Pie Town and Magdalena weeklies,
tchoukball and kho kho clubs, millwright and stonemason guilds, Alport syndrome and cystinosis forums, toe wrestling
and shin kicking committees, and otter survey volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_366: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Courtesy",
            "How should I treat other members?",
            "No personal attacks",
        ),
        (
            "Please be courteous to everyone, including people you disagree with.",
            "Argue with the point, never with the person who made it.",
            "{Cs} that insult, belittle or goad another member are removed by {mods} without notice.",
            "This is a small place where most of us know each other from the shop, the ferry or the hall, so write"
            " as you would speak to a neighbour's face.",
            "Members may disagree strongly about a referee's call or a council decision, but name-calling is not"
            " debate.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "What counts as hateful?",
            "Treat everyone equally",
            "Equality and respect",
        ),
        (
            "We do not publish {cs} that attack people for their race, religion, sex, sexuality, disability, age or"
            " where they come from.",
            "Jokes at the expense of incomers, travellers or any other group are not welcome here.",
            "Hateful or discriminatory language is removed and the account may be suspended.",
            "Please remember that many members here live with a disability themselves.",
            "{mods} will remove anything that stirs up hatred, however it is dressed up.",
        ),
    ),
    # privacy
    (
        (
            "Respect privacy",
            "Personal information",
            "Don't share private details",
            "Can I name people?",
            "Other people's privacy",
            "Keep personal details private",
        ),
        (
            "Do not post anyone's address, phone number, email or workplace, including your own.",
            "Please do not name children, patients or neighbours in your {cs} without their permission.",
            "Private messages should stay private; do not republish them here without consent.",
            "{Cs} that reveal someone's diagnosis, test results or medical history without their say-so will be"
            " removed.",
            "Photographs of people at matches, shows or clinic days need the consent of those pictured.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Safeguarding",
            "Children and young people",
            "Protecting young members",
            "Under-16s",
            "Can children join?",
            "Keep young people safe",
        ),
        (
            "Members under 16 need a parent or guardian's permission before joining.",
            "Never ask a young player for their contact details or arrange to meet them privately.",
            "Anything that may put a child at risk is removed at once and reported to the welfare officer and,"
            " where necessary, the police.",
            "Please do not post photographs of junior players without written consent from a parent.",
            "If you are worried about a child, contact {mods} or the welfare officer straight away.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "{Cs} are checked before publication",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by {mods} before they appear on the site.",
            "We are all volunteers, so please allow up to 48 hours for your {c} to be approved.",
            "{Cs} sent at weekends, in lambing time or when the ferry is off may take longer to appear.",
            "Your first few {cs} are held for approval; after that most will appear straight away.",
            "Please do not send the same {c} twice if it does not show up at once.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Relevance",
            "Stick to the subject",
            "What can I write about?",
        ),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "Off-topic {cs} may be moved or removed.",
            "General chat belongs in the noticeboard section, not under match reports or survey results.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
            "{mods} may split long off-topic exchanges into a thread of their own.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "No spam or self-promotion",
            "Adverts",
        ),
        (
            "Advertising is not allowed in {cs}; small ads go on the classifieds page.",
            "Links posted only to promote a business, product or fundraiser will be removed.",
            "Guild members may mention their own workshop or yard in their profile, but not in every {c}.",
            "Repeated promotional {cs} are treated as spam and the account is closed.",
            "Please do not post chain letters, surveys or petitions without asking {mods} first.",
        ),
    ),
    # names and accounts
    (
        (
            "Your account",
            "Usernames",
            "Use your real name",
            "One account per person",
            "Do I have to use my real name?",
            "Accounts and identity",
        ),
        (
            "{Cs} to the bulletin must carry your name and the island or district where you live.",
            "Members may use a username, but pretending to be someone else is not allowed.",
            "One account per person, please; duplicate accounts will be merged or deleted.",
            "You are responsible for everything posted from your account.",
            "We do not print anonymous {cs}, though we may withhold a name on request for good reason.",
        ),
    ),
    # the law
    (
        (
            "Legal matters",
            "Libel and defamation",
            "Don't break the law",
            "Court cases",
            "Could my {c} get us sued?",
            "Stay within the law",
        ),
        (
            "Do not make allegations about named people or businesses that you cannot prove.",
            "{Cs} that could be defamatory will not be published.",
            "Please do not discuss cases before the courts, as this may prejudice a trial.",
            "You are legally responsible for what you write, and we may have to pass details to the police if the"
            " law requires it.",
            "A small paper can be sued just as easily as a big one.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Photos and images",
            "Can I post someone else's photo?",
            "Respect copyright",
            "Quoting and linking",
        ),
        (
            "Only post photographs, drawings or text that you own or have permission to use.",
            "Short quotes are fine if you say where they come from; whole articles are not.",
            "By posting, you allow us to publish your {c} on the site and in the printed edition.",
            "Drawings of mill gear, masons' marks and templates shared here remain the work of the member who made"
            " them.",
            "Material posted in breach of copyright will be taken down as soon as we are told about it.",
        ),
    ),
    # reporting a post
    (
        (
            "Reporting a {c}",
            "How do I report a problem?",
            "Report abuse",
            "Flagging",
            "Seen something wrong?",
            "Tell us about problems",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems rather than replying to them.",
            "Every report is looked at by {mods}, usually within a day.",
            "You can also email the editor; please include a link to the {c} concerned.",
            "Reports are confidential, and the member concerned will not be told who made them.",
        ),
    ),
    # the site's discretion
    (
        (
            "Our decision is final",
            "Editorial discretion",
            "Moderators' discretion",
            "The right to refuse",
            "Can you remove my {c}?",
            "Final say",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c}.",
            "The final say on what is published rests with {mods}.",
            "We do not enter into correspondence about moderation decisions.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "{Cs} may be edited for length, clarity and legal reasons.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and corrections",
            "Tell us your news",
        ),
        (
            "If we have got something wrong, please email the editor rather than posting the correction as a {c}.",
            "We correct factual errors as soon as we can and note the change at the foot of the article.",
            "News, photos and results for the next issue can be sent to the editor by Wednesday noon.",
            "Please do not use {cs} to send us story tips; use the contact form instead.",
            "Match results should be sent in by the club secretary, not posted in the {cs}.",
        ),
    ),
    # language
    (
        ("Language", "Mind your language", "No swearing", "Bad language", "Is swearing allowed?", "Keep it clean"),
        (
            "Please do not swear, even with asterisks.",
            "{Cs} containing obscene or offensive language will be removed.",
            "Dialect is welcome here, but please keep it readable for visitors and the rest of us.",
            "Writing in capitals reads as shouting; please don't.",
            "Keep the language fit for a village hall noticeboard.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will receive a warning from {mods}.",
            "A second breach may lead to a temporary suspension; a third, to a permanent ban.",
            "Serious abuse leads to an immediate ban without warning.",
            "Banned members who return under a new name will be removed again.",
            "If you think a warning was unfair, you may appeal to the committee in writing within 14 days.",
        ),
    ),
    # medical advice (the forums' own)
    (
        (
            "Medical advice",
            "We are not doctors",
            "Health information",
            "Can I ask for medical advice here?",
            "Treatment and medication",
            "Talk to your care team",
        ),
        (
            "Members share their own experience, but nothing here replaces advice from your doctor or renal team.",
            "Never change a dose of cysteamine or any other medicine because of something you read in a {c}.",
            "{Cs} promoting miracle cures or unproven treatments will be removed.",
            "Please make clear when you are describing your own family's care rather than giving general advice.",
            "If you notice hearing loss, swelling or blood in the urine, contact your clinic.",
        ),
    ),
    # sensitive wildlife sites (the survey volunteers' own)
    (
        (
            "Sensitive locations",
            "Protecting wildlife sites",
            "Don't give away holts",
            "Can I say where I saw an otter?",
            "Site records",
            "Grid references",
        ),
        (
            "Please never post the location of an otter holt or couch, even roughly.",
            "Sightings should be given to the nearest 10 km square only; full grid references go to the survey"
            " coordinator.",
            "{Cs} that could lead people to a breeding site will be edited or removed.",
            "Disturbing otters at their resting places is an offence, and we do not want this site to help anyone"
            " do it.",
            "Photographs must have their location data stripped before they are posted.",
        ),
    ),
    # officials and disputed results (the clubs' and committees' own)
    (
        (
            "Referees and officials",
            "Disputed results",
            "Respect the officials",
            "Can I complain about a decision?",
            "Results and appeals",
            "Stewards' decisions",
        ),
        (
            "Criticism of referees, sticklers or stewards by name is not allowed.",
            "Disputed results go to the committee in writing; they are not argued out in {cs}.",
            "The referee's decision on the day is final, whatever the video seems to show.",
            "Please keep match reports good-humoured, win or lose.",
            "Allegations of cheating against named players or wrestlers will be removed.",
        ),
    ),
)

POLICY_INTROS_366: tuple[str, ...] = (
    "Please read these rules before sending a {c} to the bulletin.",
    "We welcome {cs} from readers, members and visitors alike.",
    "These guidelines apply to everything posted on this site.",
    "The forum is run by volunteers, and these rules help keep it a friendly place.",
    "By sending a {c}, you agree to the following.",
    "{Cs} are welcome, subject to the rules below.",
)
POLICY_CLOSINGS_366: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may change at any time; the current version is always on this page.",
    "Questions about these rules can be sent to {mods} through the contact page.",
    "Thank you for reading, and for your {cs}.",
    "If in doubt, leave it out.",
)
POLICY_TITLES_366: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Posting rules",
    "Forum rules",
    "Rules for {cs}",
    "{C} policy",
    "Noticeboard terms",
    "Guidelines for contributors",
    "Readers' {cs}: the rules",
)
AMERICAN_366: dict[str, str] = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "offence": "offense",
    "humoured": "humored",
}

_WORDS_366: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)
_MODS_366: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the site administrators",
    "the volunteer moderators",
    "the bulletin team",
    "the club secretary",
    "the moderation team",
    "a moderator",
    "the guild's webmaster",
)
_SMALL_366 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at", "not", "with"})
_SECTIONS_366: tuple[str, ...] = (
    "Part 3 \u2013 Readers' {cs}",
    "Section B: Using the forum",
    "Online edition \u2013 rules for {cs}",
    "Club noticeboard",
    "Members' area",
    "Guild forum \u2013 terms of use",
)
_MONTHS_366: tuple[str, ...] = (
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
_SIGNOFFS_366: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "The bulletin team",
    "Thanks, the moderators",
    "\u2013 Survey coordinator",
)
_LEADS_366: tuple[str, ...] = ("Please note: ", "Note: ", "NB: ", "Important: ")


def _roman_366(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker_366(style: str, i: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(i - 1) % 26]
    markers = {
        "num_dot": f"{i}.",
        "num_paren": f"{i})",
        "num_both": f"({i})",
        "let_paren": f"{letter})",
        "let_both": f"({letter})",
        "let_dot": f"{letter.upper()}.",
        "roman": f"{_roman_366(i)}.",
        "roman_both": f"({_roman_366(i)})",
        "roman_up": f"{_roman_366(i).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "endash": "\u2013",
        "rule_colon": f"Rule {i}:",
        "rule_dot": f"Rule {i}.",
        "section": f"{section}.{i}",
        "section_dot": f"{section}.{i}.",
        "sign": f"\u00a7 {i}",
        "sign_dot": f"\u00a7{i}.",
    }
    return markers[style]


def _case_366(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        words = text.split(" ")
        return " ".join(w if (k and w.lower() in _SMALL_366) else w[:1].upper() + w[1:] for k, w in enumerate(words))
    return text[:1].upper() + text[1:]


def _items_366(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word for what readers send (and who moderates),
    which kinds it prints and in what order, one to three sentences an item, heading case and placement, list markers
    and some habits of these sites (a section line, a last-updated line, a sign-off, a "Please note:" lead-in, bold
    headings); then opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS_366)
    mods = rng.choice(_MODS_366)
    slots = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}

    def fill(text: str) -> str:
        text = text.format(**slots)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 16)
    kinds = rng.sample(range(len(REWORDINGS_366)), count)
    if rng.random() < 0.5:
        kinds.sort()

    heading_mode = rng.choices(["alone", "run_in", "none"], weights=[0.55, 0.25, 0.2])[0]
    case = rng.choices(["sentence", "title", "upper"], weights=[0.6, 0.3, 0.1])[0]
    alone_end = rng.choice(["", "", ".", ":"])
    run_in_sep = rng.choice([": ", ". ", " \u2013 ", " \u2014 ", " - "])
    style = None
    if rng.random() < 0.7:
        style = rng.choice(
            [
                "num_dot",
                "num_dot",
                "num_paren",
                "num_both",
                "let_paren",
                "let_both",
                "let_dot",
                "roman",
                "roman_both",
                "roman_up",
                "bullet",
                "bullet",
                "star",
                "dash",
                "endash",
                "rule_colon",
                "rule_dot",
                "section",
                "section_dot",
                "sign",
                "sign_dot",
            ]
        )
    section = rng.randint(1, 6)
    bold = heading_mode != "none" and rng.random() < 0.15
    lead_at = rng.randrange(count) if rng.random() < 0.2 else -1
    lead = rng.choice(_LEADS_366)
    lead_lower = rng.random() < 0.5

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_366[kind]
        how_many = rng.choices([1, 2, 3], weights=[0.5, 0.35, 0.15])[0]
        chosen = [fill(s) for s in rng.sample(sentences, how_many)]
        if n - 1 == lead_at:
            first = chosen[0]
            chosen[0] = lead + (first[:1].lower() + first[1:] if lead_lower else first)
        marker = _marker_366(style, n, section) + " " if style else ""
        heading = _case_366(fill(rng.choice(headings)), case)
        if bold:
            heading = f"**{heading}**"
        if heading_mode == "alone":
            if alone_end and not heading.endswith("?"):
                heading += alone_end
            items.append((marker + heading, *chosen))
        elif heading_mode == "run_in":
            sep = " " if heading.endswith("?") else run_in_sep
            items.append(("", marker + heading + sep + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        items.insert(0, ("", fill(rng.choice(_SECTIONS_366))))
    if rng.random() < 0.2:
        month, year = rng.choice(_MONTHS_366), rng.randint(2019, 2026)
        line = rng.choice(
            [
                f"Last updated: {rng.randint(1, 28)} {month} {year}",
                f"Updated {month} {year}",
                f"These rules were last reviewed by the committee in {month} {year}.",
            ]
        )
        if rng.random() < 0.5:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGNOFFS_366)))

    intros = [fill(t) for t in POLICY_INTROS_366]
    closings = [fill(t) for t in POLICY_CLOSINGS_366]
    titles = [fill(t) for t in POLICY_TITLES_366]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_366)
