"""The ``reworded-270`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Lord Howe Island notices, Isle of Man papers, Kansas Flint Hills weeklies, fell running clubs, orchid
societies, epilepsy carers' forums, park home residents, canal towpath volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site prints them when it keeps table order. Each kind is
# (headings, sentences); {c} {cs} {C} {Cs} stand for the site's word for what readers send and {mods} for who looks
# after the site.
REWORDINGS_270: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Play nicely", "How should I treat other members?", "Respect", "Good manners"),
        (
            "Treat other members as you would at the clubhouse bar after a race: disagree by all means, but keep it "
            "friendly.",
            "Personal attacks, name-calling and sniping at other posters will be removed by {mods}.",
            "This is a small island and most of us will meet at the jetty or the Co-op, so please write as you would "
            "speak face to face.",
            "Criticise the argument, not the person who made it.",
            "Many people here are caring for someone around the clock and are tired; a kind word goes a long way, "
            "a sharp one goes further than you think.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hate speech", "Offensive material", "What counts as offensive?"),
        (
            "{Cs} that attack anyone on the grounds of race, religion, sex, sexuality, disability or age will not be "
            "published.",
            "We will not carry anything that mocks people who have seizures or the people who look after them.",
            "Abuse aimed at incomers, come-overs or visitors is no more welcome than abuse aimed at Manx-born readers.",
            "Racist, sexist or homophobic language is removed without notice and the account may be closed.",
            "Stirring up hatred is an offence under Isle of Man law as well as against our house rules.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep it private", "Can I post someone's address?", "Other people's business"),
        (
            "Do not post phone numbers, addresses or pitch numbers of other residents without their permission.",
            "Please do not name a child, or post a photograph in which a child can be identified, without a parent's "
            "consent.",
            "Health details you share about someone you care for stay on this forum; do not copy them elsewhere.",
            "Do not publish the location of wild orchid colonies, even roughly; grid references will be edited out.",
            "Results and photographs from club races may be posted, but if a runner asks for their name to be taken "
            "down we will do so.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting the vulnerable",
            "Young members",
            "If you are worried about someone",
            "Who do I tell?",
        ),
        (
            "If a {c} makes you worried that someone is at risk, tell {mods} at once rather than replying in the "
            "thread.",
            "Members under 18 must have a parent or guardian's consent to join the club forum.",
            "Volunteers must not arrange to meet young people from the work parties outside organised sessions.",
            "If someone posts that they are in danger right now, call 999 and then let us know.",
            "Our safeguarding officer can be contacted in confidence through the club secretary.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Delays", "Pre-moderation", "Waiting for approval"),
        (
            "All {cs} are read by a volunteer before they go live, which may take a day or two, longer during show "
            "season.",
            "{Cs} posted after the office closes on Friday may not appear until Monday morning.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "We are a small weekly paper and nobody watches the website overnight, so please be patient.",
            "If your {c} has not shown up after 48 hours, it has probably been caught by the filter; email us.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Which board should I use?", "Relevance"),
        (
            "Please keep {cs} to the subject of the story they sit under.",
            "Race chat goes in the Racing board, kit questions in Kit and Gear, and anything else in the Lounge.",
            "Threads that wander from culture and repotting into politics will be locked.",
            "The noticeboard is for island matters: lost property, events, boat times and the like.",
            "Towpath work party news only, please; boat sales and mooring disputes belong elsewhere.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling", "Can I advertise my business?", "Commercial posts", "Plant sales"),
        (
            "Commercial advertising is not allowed; members selling surplus divisions may use the monthly sales "
            "thread.",
            "Links to shops, supplements or miracle cures will be deleted, and the poster removed.",
            "Island businesses may post one notice a week in the Business board, no more.",
            "Chain letters, petitions and fundraising appeals need the committee's agreement before they are posted.",
            "Spam is removed on sight; please don't reply to it, just report it.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Names", "Registration", "Who can join?", "One person, one account", "Usernames"),
        (
            "Please use your real name, or at least the name the club knows you by.",
            "Each member may hold one account; duplicate accounts will be merged or closed.",
            "Letters to the editor must carry a name and address, though we may withhold the address on request.",
            "Membership of the forum is open to residents of the park and their families only.",
            "Do not share your login with anyone, including other members of your household.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it legal?", "Contempt of court", "Libel"),
        (
            "Do not post anything that is defamatory, that is untrue and damaging to a person's reputation.",
            "Say nothing about a case that is before the courts in Douglas beyond what has been reported in open "
            "court.",
            "You are legally responsible for what you write, and the paper may be asked to hand over your details.",
            "Disputes over pitch fees or the site rules under the Mobile Homes Act 1983 should go to the residents' "
            "association, not the forum.",
            "Under Kansas law, we may be held liable for what we publish, so we will err on the side of caution.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Using other people's work", "Can I share an article?", "Pictures"),
        (
            "Only post photographs you took yourself, or have permission to use.",
            "Quote a line or two from another paper if you must, with a link, but don't paste whole articles.",
            "By posting a picture to the gallery you allow the society to use it in the newsletter and at shows, with "
            "credit.",
            "Maps and route guides may be under copyright; please link to them rather than uploading them.",
            "Material that infringes copyright will be taken down when we are told about it.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Flagging", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Complaints can be sent to {mods} by email; please say which {c} and why.",
            "Every report is read, though we can't always answer each one personally.",
            "Problems on the towpath itself, such as a fallen tree or a damaged lock, should be reported to the Trust, "
            "not here.",
            "Reporting a {c} you simply disagree with will not get it removed.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Discretion", "The final word", "Who decides?", "Editor's discretion"),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "The committee's decision on what appears is final, and will not be discussed on the open forum.",
            "We reserve the right to close a thread to further {cs} at any time.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "These rules may change from time to time; changes are agreed at committee meetings and posted here.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Tell us", "Spotted a mistake?", "News tips", "Errors"),
        (
            "If we have got something wrong, please tell the newsroom rather than leaving a {c}, and we will put it "
            "right.",
            "Send news, photos of the spring burns or notices of sales and suppers to the office by Monday noon.",
            "Corrections to race results should go to the results secretary with your number and finishing time.",
            "Know something the island should hear about? Drop a note in the box at the post office.",
            "We print corrections on page two of the next issue.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Can I swear?", "Bad language"),
        (
            "No swearing, please, even with letters starred out.",
            "Write in plain English; shouting in capital letters is hard to read and will be edited.",
            "Some of our members read the forum with their children, so keep language family-friendly.",
            "Posts in Manx Gaelic are welcome, but please add an English translation for other readers.",
            "Strong language will see a {c} removed, however good the point it makes.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspension", "Three strikes"),
        (
            "Break the rules and you will get a warning; do it again and your account will be suspended.",
            "Persistent offenders will be banned from the forum and may lose club membership.",
            "Bans are decided by {mods} and reviewed at the next committee meeting.",
            "Anyone who tries to rejoin under a new name after a ban will be removed without warning.",
            "We operate a three strikes policy, though serious abuse may lead to an immediate ban.",
        ),
    ),
    (  # safety or medical advice
        ("Medical advice", "Health and safety", "Not medical advice", "Safety on the hill", "Should I trust advice?"),
        (
            "Nothing posted here replaces the advice of your neurologist, epilepsy nurse or GP.",
            "Never change a dose of anti-seizure medication because of something you read on a forum.",
            "If a seizure lasts longer than five minutes, or rescue medication has not worked, call 999.",
            "Route advice is given in good faith; you are responsible for your own navigation, kit and safety on the "
            "fells.",
            "Volunteers must follow the risk assessment and wear high-visibility clothing on towpath work parties.",
        ),
    ),
    (  # wildlife, land and access
        ("Wildlife and access", "Protected species", "Access and landowners", "Can I post a new route?", "Collecting"),
        (
            "Do not post about collecting orchids from the wild; it is illegal without a licence and we will remove it.",
            "Respect the Permanent Park Preserve and the woodhen breeding areas in anything you suggest to visitors.",
            "Please don't publicise routes across private land or through lambing fields.",
            "Most of the Flint Hills is private pasture; do not encourage anyone to cross a fence without permission.",
            "Trading in CITES-listed plants without paperwork will not be discussed here.",
        ),
    ),
)

# What a site calls the things readers send: (singular, plural). Most sites say comment; a quarter never do.
COMMENT_WORD_270: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_270: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("notice", "notices"),
)

# Who looks after a site, as printed inside a sentence.
MODERATORS_270: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the newsroom",
    "the webmaster",
    "the Board's community officer",
    "the residents' association committee",
    "the club secretary",
    "our volunteer moderators",
    "the society's web officer",
)

# Opening lines a site prints above its rules; {cs} is filled before they are used.
POLICY_INTROS_270: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these rules first.",
    "By posting on this forum you agree to the rules below.",
    "These rules were agreed by the committee and apply to everyone who uses the noticeboard.",
    "Our forum is here to support each other; a few simple rules help keep it that way.",
    "Please take a moment to read the house rules before you post.",
    "The following terms apply to all {cs} on this website.",
)

# Closing lines a site prints under its rules.
POLICY_CLOSINGS_270: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Any questions about these rules, please ask the committee.",
    "Happy running, and see you on the hill.",
    "Thanks, and happy growing.",
    "If in doubt, leave it out.",
    "These rules may be updated at any time without notice.",
)

# Titles a site prints above its rules.
POLICY_TITLES_270: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Noticeboard terms",
    "{C} policy",
    "Posting guidelines",
    "Community guidelines",
    "Forum etiquette",
    "Rules of the forum",
    "Guidelines for {cs}",
)

# British spellings used in this family's sentences -> American; a site may print either.
AMERICAN_270: dict[str, str] = {
    "behaviour": "behavior",
    "organised": "organized",
    "offence": "offense",
    "licence": "license",
    "criticise": "criticize",
    "publicise": "publicize",
    "colour": "color",
    "favour": "favor",
    "neighbour": "neighbor",
    "centre": "center",
    "programme": "program",
    "judgement": "judgment",
}

# Words left in lower case when a heading is printed in title case.
SMALL_WORDS_270: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "or", "the", "of", "to", "in", "on", "for", "my", "i"}
)

# Habits of printing a site may show around its items: section lines, last-updated lines and sign-offs.
SECTION_LINES_270: tuple[str, ...] = (
    "Section 4: Use of the website",
    "Part B - Online forum",
    "Appendix 2: Noticeboard terms",
    "Schedule of rules",
    "Forum rules (adopted at the AGM)",
)
UPDATED_LINES_270: tuple[str, ...] = (
    "Last updated: March 2024.",
    "Last reviewed by the committee, October 2023.",
    "Updated 12/01/2025",
    "Rules revised at the AGM, 2022.",
    "Version 3, agreed May 2024.",
)
SIGN_OFFS_270: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Forum Admin",
    "Hon. Secretary",
    "The moderation team",
    "Lord Howe Island Board",
)


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, index: int, section: int) -> str:
    """The list marker for the item at ``index`` (0-based) in one of the drawn ``style`` shapes, or ""."""
    number = index + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    shapes = {
        "none": "",
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "letter-bracket": f"({letter})",
        "letter-stop": f"{letter}.",
        "roman": f"{_roman(number)}.",
        "roman-upper": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "rule": f"Rule {number}:",
        "section": f"{section}.{number}",
    }
    return shapes[style]


def _cased(heading: str, case: str) -> str:
    """``heading`` in sentence case, title case or capitals."""
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if position and word.lower() in SMALL_WORDS_270 else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    return heading[:1].upper() + heading[1:]


def _items_270(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send (comment
    three times in four, otherwise post, message, letter and the like, never saying comment) and who moderates; how
    many kinds it prints (two to five for some sites, six to sixteen for most) in table order or shuffled; one to
    three sentences an item; heading case (sentence, title, capitals) or no headings; where headings stand (a part of
    their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); an
    emphasis style for headings; a list marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
    section numbers) or none; and whether it prints a section line, a last-updated line and a sign-off. The opening,
    closing and title lines and spelling are left to ``_furnish``."""
    singular, plural = COMMENT_WORD_270 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_270)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice(MODERATORS_270)
    says_comment = singular == "comment"

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    kinds = list(REWORDINGS_270)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(kinds)))
    kinds = kinds[:count]

    case = rng.choice(("sentence", "sentence", "title", "upper", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "number-stop",
            "number-bracket",
            "letter-bracket",
            "letter-stop",
            "roman",
            "roman-upper",
            "bullet",
            "dash",
            "star",
            "rule",
            "section",
        )
    )
    section = rng.randint(2, 9)
    per_item = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3)))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(SECTION_LINES_270), ""))
    for index, (headings, sentences) in enumerate(kinds):
        chosen = [filled(s) for s in rng.sample(sentences, rng.randint(*per_item))]
        marker = _marker(marker_style, index, section)
        if case == "none":
            if marker:
                chosen[0] = f"{marker} {chosen[0]}"
            items.append(("", *chosen))
            continue
        heading = _cased(filled(rng.choice(headings)), case)
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if marker:
            heading = f"{marker} {heading}"
        question = heading.rstrip("*_").endswith("?")
        if placement.startswith("run"):
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if question:
                joiner = " "
            items.append(("", heading + joiner + chosen[0], *chosen[1:]))
            continue
        if not question and placement == "own-stop":
            heading += "."
        elif not question and placement == "own-colon":
            heading += ":"
        items.append((heading, *chosen))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_270)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_270)))

    def keeps_word(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    intros = [filled(line) for line in POLICY_INTROS_270 if keeps_word(filled(line))]
    closings = [line for line in POLICY_CLOSINGS_270 if keeps_word(line)]
    titles = [filled(line) for line in POLICY_TITLES_270 if keeps_word(filled(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_270)
