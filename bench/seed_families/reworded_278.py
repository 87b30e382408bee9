"""The ``reworded-278`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saba island notices, Ards peninsula papers, North Dakota prairie weeklies, archery clubs, lacemakers'
guilds, long COVID forums, co-operative housing members, medieval barn trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Headings are in sentence case; questions among
# them. Placeholders: {c} {cs} {C} {Cs} for what readers send (singular, plural, capitalised) and {mods} for who
# looks after the site; the generator fills them per site.
REWORDINGS_278: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        ("Be courteous", "Keep it civil", "How should I behave here?", "Good manners", "Respect", "Play nice"),
        (
            "Treat other members as you would if you met them at the Saturday market in The Bottom.",
            "Disagree with the argument, never with the person making it.",
            "Personal attacks, name-calling and sneering at other people's {cs} will be removed.",
            "Most of us are neighbours off the page as well as on it, so please write with that in mind.",
            "Be patient with newcomers; everyone was a beginner at the lace pillow once.",
        ),
    ),
    # hatred
    (
        ("No hate", "Hate speech", "Discrimination", "What counts as hateful?", "Zero tolerance"),
        (
            "Abuse aimed at anyone's race, religion, nationality, disability, sex or sexuality is not allowed.",
            "Sectarian remarks, in any direction, will be taken down without discussion.",
            "We do not host {cs} that stir up hatred against any group, however politely they are worded.",
            "Jokes that rely on a stereotype are still stereotypes and will be removed.",
            "Any {c} that could amount to a hate crime may be passed to the police.",
        ),
    ),
    # privacy
    (
        ("Privacy", "Other people's details", "Can I name a neighbour?", "Personal information", "Keep it private"),
        (
            "Do not post anyone's address, phone number, email or unit number, including your own.",
            "Please do not share screenshots of private messages or of the members' group without permission.",
            "Disputes about arrears, repairs or a particular household belong with the office, not on this board.",
            "Photographs of other people, and especially of children, need their permission before they go up.",
            "If you share your own health details, remember that this forum can be read by anyone.",
        ),
    ),
    # safeguarding
    (
        ("Safeguarding", "Children and vulnerable adults", "Keeping people safe", "Juniors", "Who do I tell?"),
        (
            "Our junior archers are under eighteen and contact with them through this site is not permitted.",
            "Any concern about a child or a vulnerable adult should go straight to the welfare officer, not the forum.",
            "If someone appears to be at risk of harm, call 999 first and tell {mods} afterwards.",
            "Do not arrange to meet a member you only know from here without telling someone where you are going.",
            "{mods} will report anything that suggests a person is in danger to the proper authorities.",
        ),
    ),
    # moderation delays
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Approval", "Delays", "Pre-moderation", "Waiting times"),
        (
            "Every {c} is read by a person before it is published, so there may be a delay.",
            "{Cs} sent after the office closes on Friday will not appear until Monday.",
            "We are a small paper with a staff of four, and we check {cs} between deadlines.",
            "Volunteers look after this board in their spare time; please allow up to 48 hours.",
            "Sending the same {c} twice will not make it appear any faster.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "What belongs here?", "Relevance"),
        (
            "Keep {cs} to the story or thread they are posted under.",
            "Questions about pricking patterns go in the patterns section, not under the exhibition news.",
            "General talk about the harvest, the weather or the Legislature has its own thread.",
            "Threads that wander too far will be split or closed.",
            "This is a board for notices, not for long arguments; take those elsewhere.",
        ),
    ),
    # advertising and spam
    (
        ("Advertising", "Spam", "Selling and promotion", "Can I sell my old bow?", "For sale and wanted", "No ads"),
        (
            "Commercial advertising is not accepted; please contact our advertising department for rates.",
            "Members may list second-hand kit once a month in the For Sale section, with a price.",
            "Links to miracle cures, supplements or paid recovery programmes will be removed on sight.",
            "Fundraising pages, petitions and chain letters need the committee's approval first.",
            "Repeated links to the same shop or website will be treated as spam.",
        ),
    ),
    # names and accounts
    (
        ("Your name", "Accounts", "Real names", "Who can post?", "Usernames", "Registration"),
        (
            "Letters for publication must carry your full name and the town you live in.",
            "Only paid-up members of the guild can post; your membership number is checked when you sign up.",
            "One account per person; sharing a login with your household is not permitted.",
            "Usernames that impersonate a member of staff, a councillor or another member will be changed.",
            "You may use a pseudonym, but {mods} must be able to contact you by email.",
        ),
    ),
    # the law
    (
        ("The law", "Legal matters", "Defamation", "Court cases", "Is it legal?", "Libel"),
        (
            "Do not accuse anyone of a crime; if it is not proven in court, it may be libel.",
            "Under Northern Ireland law a newspaper can be sued over what its readers write, so we are careful.",
            "Please do not discuss cases before the courts in Newtownards or Belfast while they are ongoing.",
            "Reader {cs} must comply with North Dakota and federal law.",
            "You are legally responsible for what you post, and we will co-operate with any lawful request.",
        ),
    ),
    # copyright
    (
        ("Copyright", "Photos and patterns", "Other people's work", "Can I share a pattern?", "Quoting"),
        (
            "Do not upload patterns, prickings or diagrams from books still in copyright.",
            "Short quotations with credit are fine; whole articles pasted from other papers are not.",
            "Photographs must be your own, or you must have the photographer's permission.",
            "By sending a {c} you allow us to publish it in print and online.",
            "Historic drawings of the barn belong to the county record office and may not be reproduced here.",
        ),
    ),
    # reporting
    (
        ("Reporting", "Report a problem", "How do I flag a {c}?", "Seen something wrong?", "Complaints"),
        (
            "Use the report link beneath any {c} that breaks these rules.",
            "If you think something should come down, email {mods} and say which {c} and why.",
            "Please report rather than reply; arguing back only makes the thread worse.",
            "Reports are anonymous and the member concerned will not be told who flagged them.",
            "Complaints about moderation should go to the secretary, not be posted on the board.",
        ),
    ),
    # the editor's or committee's discretion
    (
        ("Our decision", "Discretion", "The final say", "Who decides?", "Editing", "Right to refuse"),
        (
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "The final say on anything posted here rests with {mods}.",
            "Letters may be shortened for space and will be edited for grammar.",
            "These rules may change as the board sees fit, and members will be told at the next general meeting.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Got a story?", "Mistakes", "News tips", "Something we got wrong?"),
        (
            "If we have got something wrong in a report, tell the newsroom rather than posting it below the story.",
            "Spotted an error in a date or a name? Email the editor and we will correct it.",
            "Wedding, anniversary and 4-H announcements go through the office on Main Street, not this page.",
            "Tips for a story are always welcome; ring the office in Newtownards or drop a note through the door.",
            "Corrections to the barn's history are welcome with a source, and the trustees will update the page.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Which language?", "Bad language", "Keep it clean"),
        (
            "Please write in English so that {mods} can read what is posted.",
            "Notices in Dutch or Papiamento are welcome if an English line is added underneath.",
            "No swearing, including words with letters replaced by asterisks.",
            "Write in plain sentences; posts in capitals read as shouting.",
            "Keep it family-friendly; young members read this board too.",
        ),
    ),
    # warnings and bans
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspension", "Three strikes"),
        (
            "A first breach earns a warning, a second a week's suspension and a third a ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Members banned from the forum may also be asked to leave the club under its constitution.",
            "Anyone who returns under a new name after a ban will be removed again.",
            "{mods} may close a thread at any time if it becomes heated.",
        ),
    ),
    # medical advice
    (
        ("Medical advice", "Health information", "Is this medical advice?", "Before you try anything", "Treatments"),
        (
            "Nothing posted here is medical advice; speak to your GP before changing treatment.",
            "Share what has helped you, but do not tell others to stop their medication.",
            "Pacing tips are shared in good faith; listen to your own body and your care team.",
            "Claims that a product cures long COVID or post-exertional malaise will be removed.",
            "If you feel unwell or in crisis, contact your doctor, 111 or emergency services, not the forum.",
        ),
    ),
    # safety on the range, the trails and the site
    (
        ("Safety", "Safe shooting", "Range safety", "Is it safe to visit?", "Staying safe", "Out and about"),
        (
            "Never loose an arrow off the range, and do not post videos that show unsafe shooting.",
            "Do not post advice on altering bows or arrows that a coach has not checked.",
            "Trail closures are posted by the Public Entity; do not send hikers up Mount Scenery in a storm.",
            "The barn is closed to visitors in high winds, whatever the forum says.",
            "Road and weather reports from readers are welcome, but always check with the sheriff's office.",
        ),
    ),
    # members' business and meetings
    (
        (
            "Members' business",
            "Meetings and votes",
            "Committee matters",
            "General meetings",
            "Is this the place for a complaint?",
        ),
        (
            "Motions for the general meeting must be sent in writing to the secretary, not posted here.",
            "Minutes are published for members only and should not be copied to other sites.",
            "Board decisions can be questioned respectfully at the annual general meeting.",
            "Campaigning for board elections is limited to the candidates' page.",
            "Volunteer rotas and work-party dates are posted by the trustees; please reply only to sign up.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; the rest never do.
COMMENT_WORD_278: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_278: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as it is named inside a sentence.
MODERATORS_278: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "the moderation team",
    "the trustees",
    "the forum admins",
    "the newsroom",
    "the management committee",
    "our volunteer moderators",
    "the club secretary",
    "the board",
    "the guild officers",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_278: tuple[str, ...] = (
    "We welcome {cs} from readers across the peninsula, subject to the rules below.",
    "Please read these guidelines before posting.",
    "This noticeboard is for everyone on Saba. A few simple rules keep it useful.",
    "The forum is run by volunteers who live with long COVID themselves; please bear that in mind.",
    "By posting on this site you agree to the following house rules.",
    "These rules were agreed by the members at the general meeting.",
    "Thank you for taking part. To keep the discussion friendly, we ask that you follow these guidelines.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_278: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Happy shooting!",
    "Rest well, pace yourself, and be kind.",
    "We reserve the right to amend these guidelines at any time.",
    "Thanks for reading, and for supporting your local paper.",
    "With thanks from the Friends of the Barn.",
)

# Titles a site prints above its rules.
POLICY_TITLES_278: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum guidelines",
    "Community guidelines",
    "Noticeboard terms of use",
    "Rules for posting",
    "Letters and {cs}",
    "Members' forum: code of conduct",
    "Online etiquette",
)

# British spellings in this family's sentences and their American forms; a site may print either.
AMERICAN_278: dict[str, str] = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "programme": "program",
    "organisation": "organization",
    "apologise": "apologize",
    "licence": "license",
    "offence": "offense",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "judgement": "judgment",
    "co-operate": "cooperate",
    "honour": "honor",
    "labour": "labor",
}

# Lower-case roman numerals for the items' list markers.
ROMAN_278 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
# Letters for the items' list markers.
LETTERS_278 = "abcdefghijklmnopqrstuvwxyz"
# Shapes of list marker: each gives the marker for an item's number (from 1) in a numbered section.
MARKERS_278: tuple = (
    lambda number, section: f"{number}.",
    lambda number, section: f"{number})",
    lambda number, section: f"({number})",
    lambda number, section: f"{LETTERS_278[number - 1]})",
    lambda number, section: f"({LETTERS_278[number - 1]})",
    lambda number, section: f"{ROMAN_278[number - 1]}.",
    lambda number, section: f"{ROMAN_278[number - 1].upper()}.",
    lambda number, section: "\u2022",
    lambda number, section: "-",
    lambda number, section: "\u2013",
    lambda number, section: "*",
    lambda number, section: f"Rule {number}:",
    lambda number, section: f"Rule {number} \u2013",
    lambda number, section: f"{section}.{number}",
    lambda number, section: f"\u00a7{number}",
    lambda number, section: f"Article {number}.",
)

# Lines a site prints above its items to say which part of a larger document they are.
SECTION_LINES_278: tuple[str, ...] = (
    "Section {s}: Online {cs} and the noticeboard",
    "Part {s} \u2013 Use of the members' forum",
    "{s}. Reader {cs}",
    "Schedule {s}: Code of conduct for online spaces",
    "Appendix {s} to the club constitution",
)

# Lines saying when the rules were last changed.
UPDATED_LINES_278: tuple[str, ...] = (
    "Last updated: {date}",
    "Revised {date}",
    "Approved by the committee, {date}.",
    "Adopted at the annual general meeting, {date}",
    "Updated {date}",
    "These rules were last reviewed on {date}.",
)

# Month names for the dates in those lines.
MONTHS_278: tuple[str, ...] = (
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

# Sign-offs a site prints under its rules.
SIGN_OFFS_278: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Board of Directors",
    "Hon. Secretary",
    "The Trustees",
    "Forum Admin Team",
    "The Publisher",
    "Club Welfare Officer",
)

# Joining words left in lower case inside a title-case heading.
_SMALL_WORDS_278 = {"a", "an", "and", "the", "of", "or", "to", "in", "on", "for", "at", "by"}


def _title_case_278(text: str) -> str:
    """``text`` with each word capitalised except the short joining words (not the first)."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_278) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_278(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send ("comment" at three sites in four, otherwise post, message, reply,
    contribution, letter, notice or submission) and who moderates it; how many kinds it prints (two to five at some
    sites, six to sixteen at most) and whether in table order or shuffled; up to how many sentences an item carries
    (one to three); whether it prints headings and in which case (as written, title case or capitals), and where
    they stand: a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash, with an asterisk emphasis at some sites; a list marker shape (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers, paragraph signs) or none; and its own habits: a section
    line above the items, a last-updated line, key words in capitals and a sign-off. The opening, closing and title
    lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    singular, plural = COMMENT_WORD_278 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_278)
    moderators = rng.choice(MODERATORS_278)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    count = min(count, len(REWORDINGS_278))
    if rng.random() < 0.5:
        kinds = [REWORDINGS_278[i] for i in sorted(rng.sample(range(len(REWORDINGS_278)), count))]
    else:
        kinds = rng.sample(REWORDINGS_278, count)
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    heading_case = rng.choice(("none", "none", "as written", "as written", "title", "capitals"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    asterisks = heading_case != "none" and rng.random() < 0.1
    marker = rng.choice(MARKERS_278) if rng.random() < 0.6 else None
    section_number = rng.randint(2, 9)
    shouting = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        section = rng.choice(SECTION_LINES_278).replace("{s}", str(section_number))
        items.append((fill(section), ""))
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        if shouting:
            chosen = [
                s.replace(" not ", " NOT ").replace(" never ", " NEVER ").replace(" must ", " MUST ") for s in chosen
            ]
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_278(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        label = marker(number, section_number) if marker else ""
        if not heading:
            first = f"{label} {chosen[0]}" if label else chosen[0]
            items.append(("", first, *chosen[1:]))
            continue
        question = heading.endswith("?")
        if heading_place.startswith("run"):
            joint = {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[heading_place]
            if question:
                joint = " "
            elif joint == " \u2013 " and label.endswith("\u2013"):
                joint = ": "
            if asterisks:
                heading = f"*{heading}*"
            lead = f"{label} {heading}" if label else heading
            items.append(("", f"{lead}{joint}{chosen[0]}", *chosen[1:]))
        else:
            end = {"own": "", "own stop": ".", "own colon": ":"}[heading_place]
            heading = heading if question else heading + end
            if asterisks:
                heading = f"*{heading}*"
            items.append((f"{label} {heading}" if label else heading, *chosen))

    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2026)
        date = rng.choice(
            (
                f"{day} {MONTHS_278[month - 1]} {year}",
                f"{MONTHS_278[month - 1]} {day}, {year}",
                f"{month}/{day}/{year}",
                f"{MONTHS_278[month - 1]} {year}",
            )
        )
        items.append(("", rng.choice(UPDATED_LINES_278).format(date=date)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_278)))

    intros = [fill(line) for line in POLICY_INTROS_278]
    closings = [fill(line) for line in POLICY_CLOSINGS_278]
    titles = [fill(line) for line in POLICY_TITLES_278]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_278)
