"""The ``reworded-240`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Malta English news, Northumberland papers, Nebraska sandhills weeklies, archery clubs, bell-ringers'
bands, tinnitus forums, housing co-operative boards, narrow-gauge railway volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each as (headings, sentences): five or six headings a site may print over the item (some
# of them questions) and five sentences in the voice of these sites. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the
# site's word for what readers send (singular, plural, capitalised) and ``{mods}`` for whoever looks after the site.
REWORDINGS_240: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Treat others with respect",
            "Courtesy",
            "Can I criticise other members?",
            "Personal attacks",
            "Keep it friendly",
        ),
        (
            "Be courteous to other readers, even when you disagree with them strongly.",
            "Play the ball, not the man: argue with what someone has said, not with who they are.",
            "Personal abuse, name-calling and sneering at other members will not be tolerated, whether it is aimed at "
            "a fellow archer, a newcomer or {mods}.",
            "Criticism of a band's striking, a club decision or a news story is fine; rudeness is not.",
            "{Cs} that bully, belittle or goad other users will be taken down without warning.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "Hate speech",
            "Discrimination",
            "No racism, sexism or bigotry",
            "What counts as hate speech?",
            "Respecting everyone",
        ),
        (
            "We will remove any {c} that attacks people because of their race, nationality, religion, sex, sexual "
            "orientation, disability or age.",
            "Racist or xenophobic remarks about migrants will not be published, and incitement to racial hatred is a "
            "crime under Article 82A of the Criminal Code.",
            "Jokes that rely on stereotypes are still stereotypes.",
            "Stirring up hatred is a criminal offence, and we will pass on anything that crosses that line to "
            "Northumbria Police.",
            "Everyone is welcome at the club whatever their background, and the same goes for the forum.",
        ),
    ),
    # privacy and personal information
    (
        (
            "Privacy",
            "Personal information",
            "Don't share other people's details",
            "Can I post a phone number?",
            "Data protection",
            "Your details and other people's",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please don't name neighbours or other members in complaints about repairs, rent or noise; raise those "
            "with the housing officer instead.",
            "Photographs of children at club shoots or open days must not be uploaded without written permission from "
            "a parent or guardian.",
            "Personal data sent with your {c} is processed in line with the Data Protection Act (Cap. 586) and the "
            "GDPR, and is never passed to third parties.",
            "Contact details from the volunteer roster are for railway business only and must never be copied on to "
            "the open forum.",
        ),
    ),
    # safeguarding
    (
        (
            "Safeguarding",
            "Young members",
            "Protecting children and vulnerable adults",
            "Worried about someone?",
            "Juniors on the forum",
        ),
        (
            "Junior archers under 18 may only use the forum with a parent's agreement, and adults must not contact "
            "juniors by private message.",
            "If anything you read here worries you about the welfare of a child or vulnerable adult, contact the club "
            "welfare officer straight away.",
            "Young ringers are welcome at practice, but their full names and photographs will not appear on the "
            "website without a parent's consent.",
            "Any concern about a volunteer's conduct with young people will be passed to the railway's safeguarding "
            "lead and, where necessary, to the local authority.",
            "If you are feeling low or having thoughts of harming yourself, please call Samaritans on 116 123 or "
            "speak to your GP; members here care, but they cannot replace professional help.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Delays",
            "How long before my {c} goes up?",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay, particularly overnight and at "
            "weekends.",
            "Ours is a small newsroom and {cs} are checked during office hours, Monday to Friday.",
            "A new member's first few {cs} are held for approval; after that they will usually appear straight away.",
            "If your {c} has not appeared after 24 hours it has probably been caught by the spam filter, so please "
            "don't send it again.",
            "The paper goes to press on Tuesday, and {cs} that reach us after noon that day may not be looked at "
            "until the following week.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posting", "Is this the right board?", "Relevance"),
        (
            "Keep your {cs} relevant to the story they sit under.",
            "Please use the right section: questions about bows, arrows and sights go in Kit Talk, not in Club News.",
            "Threads that wander off into national politics will be locked.",
            "If you want to raise something new, start your own thread rather than taking over somebody else's.",
            "Method and peal talk belongs on the ringing board; general chatter can go in the Belfry Bar.",
        ),
    ),
    # advertising and spam
    (
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Links",
            "Commercial content",
        ),
        (
            "Commercial advertising is not allowed; if you want to reach our readers, contact the advertising "
            "department.",
            "Members may put up one for-sale notice a month for second-hand bows and kit in the Sales board; dealers "
            "should ask {mods} first.",
            "Links to unrelated websites, chain letters and money-making schemes will be removed and the account "
            "blocked.",
            "Please don't promote hearing products, supplements or clinics; anything that looks like advertising for "
            "a tinnitus 'cure' will be deleted.",
            "Notices for raffles, cake stalls and other fundraising for the line are welcome in the Events section.",
        ),
    ),
    # names and accounts
    (
        (
            "Your name",
            "Registration",
            "Accounts and usernames",
            "Do I have to use my real name?",
            "One account each",
            "Identity",
        ),
        (
            "Every {c} must carry the writer's full name and hometown, plus a phone number for verification that we "
            "will not publish.",
            "Use your real name; anonymous {cs} and those signed with made-up names will not be published.",
            "One account per person, please; opening a second account to get round a ban will get both closed.",
            "Usernames that are offensive, or that impersonate another person, a club official or a public figure, "
            "will be changed or removed.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    # the law
    (
        ("Legal", "Defamation", "Keeping within the law", "What about court cases?", "Libel", "The law"),
        (
            "Do not make allegations you cannot prove; under the Media and Defamation Act the writer can be held "
            "responsible as well as the publisher.",
            "{Cs} about people awaiting trial can prejudice the case, so {cs} are closed on court reports.",
            "Do not name anyone with a legal right to anonymity, such as the victim of a sexual offence, even if you "
            "think everyone in town already knows.",
            "Anything unlawful, threatening or libellous will be removed at once, and we will co-operate with the "
            "police if asked.",
            "Remember that what you write is published, and the laws of libel and contempt of court apply to you just "
            "as they do to the paper.",
        ),
    ),
    # copyright
    (
        ("Copyright", "Other people's work", "Photos and quotes", "Can I share an article?", "Using material"),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other newspapers; a short quote and a link will do.",
            "By sending a {c} you give us permission to publish it in print and online, and to edit it for length.",
            "Scans of timetables, old company documents and archive photographs should credit their source, and the "
            "society's own archive material may not be reproduced elsewhere without permission.",
            "Recordings of sound therapy tracks and other audio may only be shared where the owner allows it.",
        ),
    ),
    # reporting
    (
        ("Reporting a problem", "Report abuse", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it rather than replying.",
            "Email {mods} with a link to the {c} and a short note of what is wrong.",
            "Please don't answer a troll back; report it and let {mods} deal with it.",
            "Reports are read by a person, not a machine, and are usually looked at within a day.",
            "Reporting a {c} simply because you disagree with it wastes everyone's time.",
        ),
    ),
    # the editor's or committee's discretion
    (
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Who decides?",
            "Removal of {cs}",
            "Changes to these rules",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "We may remove {cs} that keep to the letter of these rules but not their spirit.",
            "Publication of a {c} does not mean that {mods} agree with it.",
            "These guidelines may be changed at any time, and the latest version will always be pinned at the top of "
            "the board.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Contact the newsroom"),
        (
            "If you think we have got something wrong, please email the newsroom rather than pointing it out in the "
            "{cs}; we will look into it and put it right if need be.",
            "Have you got a story for us? Ring the news desk in Hexham or get in touch through the website.",
            "We welcome tips about what is going on in Valentine, Ainsworth, Thedford and the ranch country around "
            "them.",
            "Mistakes in service times, practice nights or the timetable should go to the webmaster so they can be "
            "fixed at source.",
            "Corrections appear on page 2 of the print edition and at the foot of the story online.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Keep it clean", "Which language should I use?", "Bad language"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "{Cs} should be written in English or Maltese; we cannot moderate other languages, so they will not be "
            "published.",
            "Please don't write in capital letters, which reads as shouting.",
            "Text speak and abbreviations make {cs} hard to follow for some of our older members, so please spell "
            "words out.",
            "This is a family newspaper, and {cs} with crude language will not be printed.",
        ),
    ),
    # warnings and bans
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspension", "Three strikes"),
        (
            "A first breach will normally earn a warning by private message; repeat breaches lead to a suspension and "
            "then a ban.",
            "Serious or repeated misbehaviour online may be referred to the committee and can lead to loss of club "
            "membership under the constitution.",
            "We run a three-strikes policy, but {mods} may go straight to a ban for serious abuse.",
            "Volunteers whose behaviour online brings the railway into disrepute may be stood down from duties while "
            "the matter is looked into.",
            "Bans are not discussed in public, and arguing about one on the board will only lengthen it.",
        ),
    ),
    # safety and medical advice
    (
        (
            "Medical advice",
            "Safety first",
            "Not a substitute for professional advice",
            "Should I follow advice from other members?",
            "Range safety",
            "Health information",
        ),
        (
            "Members share their own experience, not medical advice; always speak to your GP or an audiologist before "
            "changing any treatment.",
            "Tinnitus that comes on suddenly in one ear, or with hearing loss, needs urgent medical attention: do not "
            "wait for replies here.",
            "Never post advice that goes against the club's range rules or the Archery GB rules of shooting, and never "
            "encourage anyone to shoot without a field captain present.",
            "Nothing on this forum overrides the Rule Book, your competence assessment or the instructions of the "
            "person in charge on site.",
            "Questions about a rope, a stay or a bell that does not feel right should be put to the tower captain in "
            "person, not answered online.",
        ),
    ),
    # members' business and disputes
    (
        (
            "Members' business",
            "Complaints",
            "Disputes between members",
            "Where do I raise a complaint?",
            "Confidential matters",
        ),
        (
            "The noticeboard is not the place for complaints about arrears, repairs or another member's household; "
            "use the complaints procedure or speak to a board member.",
            "Confidential board business, such as tenancy matters or staff issues, must not be discussed here.",
            "Minutes of general meetings go up once they are approved, and questions about them can be raised at the "
            "next meeting.",
            "Disagreements within the band should be settled in the ringing chamber, not on the website.",
            "Please keep complaints about individual volunteers off the public forum and send them to the volunteer "
            "liaison officer.",
        ),
    ),
    # politics and elections
    (
        ("Politics", "Election period", "Political {cs}", "Can I talk about the election?", "Party politics"),
        (
            "During the electoral silence before polling day, {cs} on political stories will be closed.",
            "Point-scoring between Labour and PN supporters will be removed; argue about policy, not party loyalty.",
            "The club is non-political, and party politics has no place on its boards.",
            "In the two weeks before an election, {cs} endorsing a candidate are treated as paid political "
            "advertising.",
            "Please keep talk about the county board and school board races civil; the candidates are our neighbours.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural): most of these sites say "comment", a quarter never
# do (the forums' posts and replies, the weeklies' letters, the co-operatives' notices and messages).
COMMENT_WORD_240: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_240: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as it names them inside a sentence.
MODERATORS_240: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the news desk",
    "the editorial team",
    "the committee",
    "the forum team",
    "the admins",
    "the board",
    "the web editor",
    "the tower captain",
    "the volunteer coordinator",
    "the site team",
)

# Opening lines a site prints before its rules (filled with the site's word and moderators before use).
POLICY_INTROS_240: tuple[str, ...] = (
    "We welcome your {cs} and want this to be a place for lively, good-natured discussion.",
    "Please read these house rules before posting.",
    "These guidelines apply to everyone who uses the members' forum.",
    "By sending a {c} you agree to the following terms.",
    "The noticeboard is for every member of the co-operative, and to keep it useful we ask you to follow a few "
    "simple rules.",
    "This forum exists so that people living with tinnitus can support one another.",
    "Thank you for taking part. A few ground rules:",
    "We are glad to hear from readers across the county, on one condition: play fair.",
)

# Closing lines a site prints after its rules (filled like the opening lines).
POLICY_CLOSINGS_240: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Happy shooting!",
    "Happy ringing!",
    "See you on the railway.",
    "Questions about these rules can be sent to {mods}.",
    "If in doubt, leave it out.",
    "These rules were adopted by the board and are reviewed every year.",
    "Thanks for reading, and enjoy the discussion.",
)

# Titles a site prints over its rules (filled like the opening lines).
POLICY_TITLES_240: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "{C} policy",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Guidelines for {cs}",
    "Members' forum: code of conduct",
    "Acceptable use policy",
)

# British spellings used in this family's sentences and their American forms (a site may print either).
AMERICAN_240: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "offence": "offense",
    "libellous": "libelous",
    "behaviour": "behavior",
    "co-operat": "cooperat",
}

# Section lines that put the rules inside a larger handbook, terms page or constitution.
SECTION_LINES_240: tuple[str, ...] = (
    "Section {n}: Reader {cs}",
    "Part {letter} – Use of the forum",
    "Appendix {n}: Website and social media",
    "{n}. Online {cs}",
    "Club handbook, section {n}",
    "Terms of use (extract)",
    "Schedule {n} – Members' noticeboard",
)

# Last-updated lines: a day, month and year are filled in per site.
UPDATED_LINES_240: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Updated {month} {year}.",
    "Revised at the AGM, {month} {year}.",
    "These rules were last reviewed on {day} {month} {year}.",
    "Version {n}, adopted by the board in {month} {year}.",
    "Effective {month} {day}, {year}",
)

# Sign-offs printed under the rules.
SIGN_OFFS_240: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "The Moderators",
    "Board of Directors",
    "Tower Captain",
    "Mod team",
    "Posted by Admin",
    "Volunteer Liaison Officer",
)

# Months for the last-updated lines.
MONTHS_240: tuple[str, ...] = (
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

# Small words a title-case heading leaves in lower case (unless first).
SMALL_WORDS_240: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)

# The list-marker shapes a site may print before each item; ``none`` prints no marker.
MARKER_SHAPES_240: tuple[str, ...] = (
    "none",
    "1.",
    "1)",
    "(1)",
    "a.",
    "a)",
    "(a)",
    "i.",
    "(i)",
    "•",
    "-",
    "–",
    "*",
    "Rule 1:",
    "Rule 1 –",
    "1.1",
    "§1",
    "No. 1",
    "Clause 1.",
)


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(shape: str, index: int, section: int) -> str:
    """The marker of shape ``shape`` for the item numbered ``index`` (from 1), in section ``section``."""
    letter = chr(ord("a") + (index - 1) % 26)
    return {
        "none": "",
        "1.": f"{index}.",
        "1)": f"{index})",
        "(1)": f"({index})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_roman(index)}.",
        "(i)": f"({_roman(index)})",
        "Rule 1:": f"Rule {index}:",
        "Rule 1 –": f"Rule {index} –",
        "1.1": f"{section}.{index}",
        "§1": f"§{index}",
        "No. 1": f"No. {index}",
        "Clause 1.": f"Clause {index}.",
    }.get(shape, shape)


def _title_case(text: str) -> str:
    """``text`` with each word capitalised but the small ones (after the first)."""
    words = text.split(" ")
    return " ".join(
        word if (position and word.lower() in SMALL_WORDS_240) or not word else word[0].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _capitalised(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def _items_240(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    The site draws its word for what readers send (a quarter of sites never say "comment") and who moderates it; how
    many item kinds it prints (2-5 for a fifth of sites, else 6-16) and whether in table order or shuffled; how many
    sentences an item carries (one, up to two or up to three); whether it prints headings, in which case (as written,
    title case or capitals), where (a part of their own, bare or with a stop or colon, or run in before the first
    sentence after a colon, stop or dash) and whether question headings are set as Q and A; the list marker before
    each item (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers and others, or none); an
    emphasis style (bold or BBCode headings, or NOT in capitals); and by chance a section line over the rules, a
    last-updated line before or after them and a sign-off under them. Opening, closing and title lines, American
    spelling and curly quotes are then drawn by ``_furnish``."""
    singular, plural = COMMENT_WORD_240 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_240)
    moderators = rng.choice(MODERATORS_240)

    def fill(text: str) -> str:
        return text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=moderators)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_240)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    with_headings = rng.random() < 0.75
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals"))
    run_in = rng.random() < 0.35
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_joint = rng.choice((": ", ". ", " – ", " - "))
    question_and_answer = with_headings and not run_in and rng.random() < 0.12
    emphasis = rng.choices(("none", "bold", "bbcode", "not"), (0.75, 0.1, 0.05, 0.1))[0]
    shape = rng.choice(MARKER_SHAPES_240) if rng.random() < 0.6 else "none"
    section = rng.randint(2, 12)

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_240[kind]
        picked = [_capitalised(fill(text)) for text in rng.sample(sentences, rng.randint(1, most_sentences))]
        if emphasis == "not":
            picked = [text.replace(" not ", " NOT ") for text in picked]
        heading = fill(rng.choice(headings)) if with_headings else ""
        question = heading.endswith("?")
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if question_and_answer and question:
            heading, picked[0] = "Q: " + heading, "A: " + picked[0]
        if heading and emphasis == "bold":
            heading = f"**{heading}**"
        elif heading and emphasis == "bbcode":
            heading = f"[b]{heading}[/b]"
        marker = _marker(shape, index, section)
        if heading and run_in:
            joint = " " if question else run_in_joint
            parts = ["", heading + joint + picked[0], *picked[1:]]
        elif heading:
            parts = [heading if question else heading + own_ending, *picked]
        else:
            parts = ["", *picked]
        first = 1 if parts[0] == "" else 0
        if marker:
            parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))

    date = {
        "day": rng.randint(1, 28),
        "month": rng.choice(MONTHS_240),
        "year": rng.randint(2014, 2026),
        "n": rng.randint(2, 9),
    }
    if rng.random() < 0.2:
        line = rng.choice(SECTION_LINES_240).format(
            n=section, letter=rng.choice("BCDEF"), c=singular, cs=plural, Cs=plural.capitalize()
        )
        items.insert(0, (_capitalised(line), ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_240).format(**date))
        if rng.random() < 0.3:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_240)))

    intros = [fill(text) for text in POLICY_INTROS_240]
    closings = [fill(text) for text in POLICY_CLOSINGS_240]
    titles = [fill(text) for text in POLICY_TITLES_240]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_240)
