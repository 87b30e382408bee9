"""The ``reworded-243`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: St Helena news, Lincolnshire Wolds papers, Alaska fishing-town weeklies, croquet clubs, brass bands,
lupus forums, student housing co-ops, bus preservation groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, in the order a site that keeps the table's order prints them: each kind is
# (headings, sentences). ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send (singular,
# plural, capitalised), ``{mods}``/``{Mods}`` for whoever looks after the site.
REWORDINGS_243: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Courtesy",
            "Play the ball, not the player",
            "Can I criticise other members?",
            "Keep it friendly",
        ),
        (
            "Debate the issue, not the person: disagree as strongly as you like, but personal attacks on other "
            "readers will be removed.",
            "This is a small island and most of us know one another, so please write as you would speak to a "
            "neighbour in Main Street.",
            "Be courteous to fellow members, whether they are the club champion or picked up a mallet for the first "
            "time last week.",
            "Banter is part of band life, but keep it good-natured; running down another band's performance at the "
            "area contest is not.",
            "Name-calling, sneering and goading are not welcome here.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "Discrimination",
            "No racism, sexism or bigotry",
            "Is there anything I can't say about groups of people?",
            "Respect for all",
            "Offensive material",
        ),
        (
            "We will not publish {cs} that attack people because of their race, religion, sex, sexuality, disability, "
            "age or nationality.",
            "Remarks about Saints working on Ascension or in the Falklands, or about incomers to the island, that "
            "stray into prejudice will be deleted.",
            "Abuse aimed at Alaska Native people, seasonal cannery workers or any other group has no place on this "
            "site.",
            "The house is a safe space for every member, and harassment because of who someone is will be taken to "
            "a house meeting.",
            "Content that stirs up hatred or violence may be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share other people's details",
            "Keep your own details safe",
            "Can I post someone's phone number?",
        ),
        (
            "Do not post addresses, phone numbers or email addresses, your own or anyone else's, in a public {c}.",
            "Please do not name other residents in {cs} about rent arrears, chores or disputes; raise those at the "
            "house meeting instead.",
            "Photos taken at rallies and running days may show members of the public, so please blur the number "
            "plates of private cars and ask before posting close-ups of people.",
            "What members share about their diagnosis, treatment or family life stays on this forum; please do not "
            "copy it elsewhere.",
            "We handle any personal data you give us in line with the Data Protection Act 2018, and we never publish "
            "your email address.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting vulnerable members",
            "Junior players",
            "What if I'm worried about someone?",
            "Youth band members",
        ),
        (
            "Many of our players are under 18; do not post photographs of junior members without the written "
            "consent of a parent or guardian.",
            "If something you read makes you fear for someone's safety, contact the club's welfare officer straight "
            "away rather than replying on the board.",
            "Anyone who uses the forum to contact children privately will be banned and reported to the police.",
            "If someone writes that they are in crisis, {mods} will reply with details of the Samaritans (116 123) "
            "and may get in touch with them privately.",
            "The band follows the Brass Bands England safeguarding policy, and any concern raised here is passed to "
            "our designated safeguarding lead.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
            "Moderation times",
        ),
        (
            "Every {c} is read by a person before it appears, so there may be a delay, particularly at weekends and "
            "on public holidays.",
            "This site is moderated by volunteers with day jobs; please allow up to 48 hours before asking where your {c} "
            "has gone.",
            "During the salmon season the office is short-handed and {cs} may sit in the queue for a day or two.",
            "St Helena keeps Greenwich Mean Time, so {cs} sent from the United States or Australia may arrive in "
            "the middle of our night and wait until morning.",
            "Sending the same {c} again will not speed things up and may land it in the spam filter.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "Is this the right place?",
            "Use the right board",
            "Stick to the story",
        ),
        (
            "Please keep {cs} to the subject of the article you are responding to.",
            "Tournament results belong in the Results section and lost property on the Noticeboard; threads in the "
            "wrong place may be moved without notice.",
            "General chat is welcome in the Bandroom, but please keep contest threads to the contest.",
            "Questions about today's bus timetables should go to the operator, not the society; this board is for "
            "the preserved fleet and our events.",
            "A story about a planning decision in Louth is not the place to restart an argument about something that "
            "happened in Horncastle.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "For sale and wanted",
        ),
        (
            "{Cs} promoting a business, product or website will be removed unless they have been agreed with {mods} "
            "beforehand.",
            "Members may advertise instruments, uniforms and music for sale in the Marketplace section, but not "
            "elsewhere on the forum.",
            "Please do not use the forum to sell supplements, remedies or treatments of any kind.",
            "Boats, permits and charter trips for sale belong in the classifieds; free ads dressed up as {cs} will "
            "be deleted.",
            "Chain letters, referral links and the same message posted in several places are treated as spam.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Real names",
            "Can I post anonymously?",
            "One account each",
            "Registering",
        ),
        (
            "{Cs} must carry your full name and the district you live in, just as a letter to the paper would.",
            "You may use a nickname, but do not pretend to be another person, band or organisation.",
            "Each member may hold one account; a shared household account must be agreed with {mods} first.",
            "We do not publish anonymous {cs}, though we may withhold a name on request if there is good reason.",
            "Usernames that are offensive or that advertise a business will be changed without notice.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Don't get us (or yourself) sued",
            "Court cases",
            "What about cases that are going through the courts?",
        ),
        (
            "Do not post anything defamatory: stating as fact that a named person has committed a crime, for "
            "example, could land both you and us in court.",
            "Once someone has been charged, do not speculate about their guilt; {cs} that could prejudice a trial "
            "will not be published.",
            "You are legally responsible for what you write, and we may be required to pass your details to the "
            "police or the courts.",
            "Jurors on St Helena may well read this page, so please say nothing about cases before the Supreme Court "
            "until they are over.",
            "Threats, including ones made as a joke, may be reported to the Alaska State Troopers.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and music",
            "Can I copy an article?",
            "Quoting and linking",
            "Using pictures",
        ),
        (
            "Don't paste in whole articles from other papers; a short quote and a link are enough.",
            "Scans of sheet music and test-piece parts are copyright and must not be posted, even for rehearsal.",
            "Only upload photographs you took yourself or have permission to use, and credit the photographer.",
            "By posting you give us permission to republish your {c} in print or online; you keep the copyright.",
            "Old timetables, tickets and vehicle photographs may still be in copyright, so tell us where they came "
            "from if you can.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report a {c}",
            "Seen something wrong?",
            "How do I complain?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules, and {mods} will look at it.",
            "If you see something that worries you, email the webmaster rather than replying in the thread.",
            "If you are unhappy with how we have dealt with a complaint, you can contact the Independent Press "
            "Standards Organisation (IPSO).",
            "Please don't argue with rule-breakers in public; report them and move on.",
            "Reports are read in confidence and the member reported is not told who flagged them.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "Moderation decisions",
            "Right to refuse",
        ),
        (
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "{Mods} will make the final call on anything these rules do not cover.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "An appeal against a moderation decision should be put in writing to the club secretary and will be "
            "considered at the next committee meeting.",
            "These rules can be changed by a vote at a general meeting of the co-op, and the version posted here is "
            "always the current one.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Did we get something wrong?",
            "Send us your news",
        ),
        (
            "If you think we have got something wrong, don't leave a {c}: email the newsroom and we will put it "
            "right as soon as we can.",
            "Corrections and clarifications are printed on page 2 of the next edition.",
            "Got a story from Louth, Horncastle, Alford or the villages? Ring the newsdesk or use our Send Us Your "
            "News form.",
            "Tips about what is happening on the docks or at the borough assembly are always welcome, and we can "
            "keep your name out of print.",
            "Results, reports and photos from rallies and running days can be sent to the newsletter editor for the "
            "next issue.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "Mind your language",
            "Can I swear?",
            "Write clearly",
        ),
        (
            "No swearing, and that includes swear words with letters swapped for asterisks.",
            "Please write in English so that everyone, {mods} included, can follow the conversation.",
            "Avoid writing in capitals: it reads as shouting.",
            "Crude or sexual language will be removed, whatever the context.",
            "Text speak and long strings of emojis make {cs} hard to follow for members using screen readers.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Unacceptable behaviour",
        ),
        (
            "Members who break these rules will normally get a warning first; repeated breaches lead to a suspension "
            "or a permanent ban.",
            "Serious breaches, such as threats or harassment, may lead to an immediate ban without warning.",
            "Banned users who come back under a new name will be removed again, along with everything they have "
            "posted.",
            "Persistent bad behaviour on the list may be raised at a house meeting and, as a last resort, can affect "
            "your membership of the co-op.",
            "We run a three-strikes policy, and a record of every warning is kept by {mods}.",
        ),
    ),
    (  # medical and safety advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Should I change my medication?",
            "Safety first",
            "Advice on this forum",
        ),
        (
            "Members are not medical professionals, and nothing posted here replaces advice from your GP, "
            "rheumatologist or specialist nurse.",
            "Never stop or change a medicine such as hydroxychloroquine or prednisolone because of something you "
            "read here; talk to your doctor first.",
            "Posts describing miracle cures, or telling others to stop their treatment, will be removed.",
            "Advice on restoring vehicles is given in good faith, but the society accepts no liability; always "
            "follow proper workshop safety practice.",
            "Weather, tide and ice reports from readers are not official forecasts; check the National Weather "
            "Service before you head out on the water.",
        ),
    ),
    (  # links and pictures
        (
            "Links",
            "Pictures and attachments",
            "Can I post links?",
            "Images",
            "Sharing links",
        ),
        (
            "Links are allowed if they are relevant to the discussion; shortened links will be held for checking.",
            "Images must be under 2MB and should not show anything you would not show at the club tea.",
            "New members cannot post links until they have made five {cs}, which keeps the spam down.",
            "We may remove links to sites that carry malware, adult material or misleading health claims.",
            "Please describe what a picture shows, for members who use screen readers.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment", the others never do.
COMMENT_WORD_243: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_243: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site: (as named inside a sentence, as it signs off).
MODERATORS_243: tuple[tuple[str, str], ...] = (
    ("the moderators", "The Moderators"),
    ("the moderation team", "The Moderation Team"),
    ("the editor", "The Editor"),
    ("the newsroom", "The Newsroom"),
    ("the committee", "The Committee"),
    ("the admin team", "Forum Admin"),
    ("the forum admins", "The Admins"),
    ("the webmaster", "Webmaster"),
    ("our volunteers", "The Volunteer Team"),
    ("the house secretary", "House Secretary"),
    ("the band secretary", "Band Secretary"),
    ("the web team", "The Web Team"),
)

# Opening lines a site may print before its items (placeholders filled per site).
POLICY_INTROS_243: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read the following before you post.",
    "The following rules apply to everyone using this forum.",
    "By posting on this site you agree to abide by these house rules.",
    "Our noticeboard is run by volunteers, so please help us by keeping to these simple guidelines.",
    "These guidelines were agreed by the committee and apply to all members and visitors.",
    "We want this to be a friendly place for everyone who cares about the island and its news.",
    "Please take a moment to read our guidelines before sending a {c}.",
)

# Closing lines a site may print after its items (placeholders filled per site).
POLICY_CLOSINGS_243: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Thanks for reading, and happy posting!",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to {mods} through the Contact page.",
    "These rules may be updated from time to time without notice.",
    "Enjoy the forum, and see you on the lawn.",
    "We look forward to reading your {cs}.",
)

# Titles a site may print above its policy (placeholders filled per site).
POLICY_TITLES_243: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Forum rules",
    "Noticeboard terms and conditions",
    "Guidelines for {cs}",
    "Message board rules",
    "Rules of the board",
    "Our rules for {cs}",
    "Terms of use",
)

# British spellings used in the sentences above -> American.
AMERICAN_243: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "organisation": "organization",
    "behaviour": "behavior",
}

# Lines some sites print before their items, naming the part of a longer document the policy is.
SECTION_LINES_243: tuple[str, ...] = (
    "Section 4: Online forum",
    "Part 3 – Using the noticeboard",
    "Appendix B: Website and forum",
    "Website terms of use – part 2",
    "Forum code of conduct",
    "Schedule 2: Email list and house forum",
)

# Dated lines some sites print at the top or foot (``{date}`` and ``{month_year}`` drawn per site).
UPDATED_LINES_243: tuple[str, ...] = (
    "Last updated: {date}",
    "Last reviewed {date}.",
    "Reviewed by the committee, {month_year}.",
    "Agreed at the house meeting on {date}.",
    "Updated {month_year}",
    "(Revised {date})",
)

# Lines pointing to a site's other terms, printed by a few sites at the foot.
SEE_ALSO_LINES_243: tuple[str, ...] = (
    "See also: Privacy notice | Terms and conditions | Contact us",
    "Related: Privacy policy · Cookie policy",
    "Please also read our privacy notice and terms of use.",
    "Back to top",
)

# How sites emphasise a heading: a format for the heading text.
EMPHASIS_243: tuple[str, ...] = ("**{}**", "__{}__", "*{}*", "[{}]", "== {} ==")

# What a site prints before a signature.
SIGN_OFF_PREFIXES_243: tuple[str, ...] = ("– ", "— ", "", "Signed, ", "Thanks, ")

# Month names for the dated lines.
MONTHS_243: tuple[str, ...] = (
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

# Short joining words that title-cased headings leave in lower case.
SMALL_WORDS_243 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with")
)


def _roman(number: int) -> str:
    """``number`` (1-39) in Roman numerals, upper case."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


def _marker(style: str, position: int, section: int) -> str:
    """The marker a list of ``style`` prints before its item at ``position`` (``section`` for "3.1"-style lists)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[position - 1]
    markers = {
        "1.": f"{position}.",
        "1)": f"{position})",
        "(1)": f"({position})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(position).lower()}.",
        "(i)": f"({_roman(position).lower()})",
        "I.": f"{_roman(position)}.",
        "Rule 1:": f"Rule {position}:",
        "Rule 1 –": f"Rule {position} –",
        "Rule #1:": f"Rule #{position}:",
        "3.1": f"{section}.{position}",
        "§1": f"§{position}",
        "Section 1.": f"Section {position}.",
    }
    return markers.get(style, style)


# List-marker styles a site may print before its items: numbered, lettered and rule styles are named by how their
# first marker looks (``_marker`` gives the rest); bullets and dashes print as they are.
MARKER_STYLES_243: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "Rule 1:",
    "Rule 1 –",
    "Rule #1:",
    "3.1",
    "§1",
    "Section 1.",
    "•",
    "·",
    "*",
    "-",
    "–",
    "►",
    ">",
)


def _title_case(heading: str) -> str:
    """``heading`` in title case, leaving short joining words in lower case after the first word."""
    words = heading.split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word.lower() in SMALL_WORDS_243:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _capitalised(sentence: str) -> str:
    """``sentence`` with its first letter in capitals."""
    return sentence[:1].upper() + sentence[1:]


def _items_243(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three sites in four, else one it always uses instead) and
    who moderates; how many kinds it prints (two to five for a fifth of sites, else six to all of them) and whether in
    the table's order or shuffled; one to three sentences an item (the same for every item, or drawn each time);
    whether it prints headings and in which case (as written, title case or capitals), an emphasis style for them, and
    where they stand (a part of their own, bare or followed by a stop or colon, or run in before the first sentence
    after a colon, stop or dash); a list-marker style or none; and by chance a section line at the top, a dated
    "last updated" line at the top or foot, a signature by the moderators and a see-also line. The opening, closing
    and title lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    singular, plural = COMMENT_WORD_243 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_243)
    mods, signature = rng.choice(MODERATORS_243)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": mods,
        "Mods": _capitalised(mods),
    }

    kinds = list(REWORDINGS_243)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(kinds))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        kinds = [kinds[index] for index in chosen]
    else:
        rng.shuffle(kinds)
        kinds = kinds[:count]

    fixed_sentences = rng.choice((0, 1, 1, 2, 3))  # 0: drawn for each item
    headed = rng.random() < 0.75
    heading_case = rng.choice(("as written", "as written", "title", "capitals"))
    emphasis = rng.choice(EMPHASIS_243) if rng.random() < 0.15 else "{}"
    placement = rng.choice(("own", "own", "own", "run-in"))
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_joiner = rng.choice((": ", ". ", " – ", " - ", " — "))
    marker_style = rng.choice(MARKER_STYLES_243) if rng.random() < 0.55 else ""
    section_number = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for position, (headings, sentences) in enumerate(kinds, start=1):
        how_many = fixed_sentences or rng.randint(1, 3)
        parts = [_capitalised(sentence.format(**words)) for sentence in rng.sample(sentences, how_many)]
        heading = ""
        if headed:
            heading = rng.choice(headings).format(**words)
            if heading_case == "title":
                heading = _title_case(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        marker = _marker(marker_style, position, section_number) if marker_style else ""
        if heading and placement == "own":
            ending = "" if heading.endswith("?") else own_ending
            heading = emphasis.format(heading + ending)
            items.append((f"{marker} {heading}" if marker else heading, *parts))
            continue
        if heading:
            joiner = " " if heading.endswith("?") else run_in_joiner
            run_in_emphasis = "**{}**" if emphasis.startswith("==") else emphasis
            parts[0] = run_in_emphasis.format(heading) + joiner + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))

    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_243), rng.randint(2014, 2026)
    dated = rng.choice(UPDATED_LINES_243).format(date=f"{day} {month} {year}", month_year=f"{month} {year}")
    if rng.random() < 0.2:
        items.insert(0, (rng.choice(SECTION_LINES_243), ""))
    if rng.random() < 0.2:
        if rng.random() < 0.4:
            items.insert(0, ("", dated))
        else:
            items.append(("", dated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFF_PREFIXES_243) + signature))
    if rng.random() < 0.08:
        items.append(("", rng.choice(SEE_ALSO_LINES_243)))

    intros = [intro.format(**words) for intro in POLICY_INTROS_243]
    closings = [closing.format(**words) for closing in POLICY_CLOSINGS_243]
    titles = [title.format(**words) for title in POLICY_TITLES_243]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_243)
