"""The ``reworded-247`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Jersey news, Teesside papers, New Mexico high-desert weeklies, lawn bowls clubs, stamp collectors'
societies, ME/CFS forums, sheltered housing residents, bus users' groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps "table order" prints them. Each kind is (headings, sentences):
# headings a site may print over the item (questions among them) and sentences it may draw for the item's body.
# Placeholders: {c}/{cs} the site's word for what readers send (singular/plural), {C}/{Cs} the same capitalised,
# {mods} whoever looks after the site. A sentence's first letter is capitalised after filling.
REWORDINGS_247: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Respect other members", "Keep it friendly", "How should I treat other users?"),
        (
            "Please be courteous to other readers, even when you disagree strongly with what they have written.",
            "Criticise the argument, not the person: name-calling, sneering and personal attacks will be removed.",
            "Remember that the people you are replying to may live on the same corridor or play on the next rink.",
            "Many of our members are unwell, and a sharp word online can land harder than you meant it to, so be kind.",
            "Robust debate is welcome; baiting, goading and bullying other users are not.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "Discrimination",
            "No racism, sexism or bigotry",
            "Is there anything I must never post?",
            "Equality",
            "Offensive material",
        ),
        (
            "We will not publish {cs} that attack people because of their race, religion, nationality, sex, sexuality,"
            " age or disability.",
            "{Cs} stirring up ill feeling towards the Portuguese, Polish, Romanian or any other community in the Island"
            " will be removed without notice.",
            "Slurs against Native, Hispanic or any other residents of the county have no place here, whether they are"
            " meant as a joke or not.",
            "Mocking people's illness, including suggesting that ME is all in the head or simple laziness, is treated"
            " as discrimination on this forum.",
            "Anything we consider racist, homophobic, sexist or otherwise discriminatory will be removed and may be"
            " passed to Cleveland Police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address?",
            "Data protection",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email address or flat number, including your own.",
            "Please don't name or describe other residents, their visitors or their health in a {c} on this board.",
            "We handle your details in line with the Data Protection (Jersey) Law 2018 and will never publish your"
            " email address.",
            "Photographs of juniors taken at club events may only be shared with a parent's written consent.",
            "Think twice before posting details of your diagnosis, benefits claim or GP: parts of this forum can be"
            " read by anyone, including employers and insurers.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Vulnerable people",
            "If you are worried about someone",
            "Looking after each other",
            "What if someone seems to be at risk?",
        ),
        (
            "If a {c} suggests that someone is at risk of harm, {mods} may pass the details to the appropriate"
            " authorities.",
            "If you are worried about a neighbour in the scheme, speak to the scheme manager or use the pull cord"
            " rather than posting here.",
            "Anyone in crisis should contact Samaritans on 116 123 or, in an emergency, dial 999; the forum is not"
            " watched around the clock.",
            "The club has a welfare officer for juniors and adults at risk, whose details are on the clubhouse"
            " noticeboard.",
            "Never give your bank details, PIN or pension information to anyone who contacts you through this site,"
            " however genuine they seem.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "{Cs} are checked first",
            "When will I see my {c}?",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay, particularly at weekends and on"
            " bank holidays.",
            "Our office is small and closes at 5pm Mountain Time; {cs} sent after that are usually dealt with the"
            " next working day.",
            "{Cs} are approved by {mods}, who are volunteers with their own health to manage, so please be patient.",
            "Please do not send the same {c} twice because it has not shown up yet; it is simply waiting in the queue.",
            "{Cs} are checked once a week, usually on a Monday morning before the first roll-up.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "What can I post about?",
            "Stick to the story",
        ),
        (
            "Keep your {c} relevant to the article it appears under; general grumbles about the A19 or the Tees"
            " Viaduct belong on a story about them.",
            "This board is for routes, timetables, fares and bus stops; questions about your own pass should go to the"
            " operator.",
            "{Cs} about other clubs' fixtures, league tables or selection rows should go in the right section.",
            "Threads that drift away from stamps and postal history into politics will be locked.",
            "Please keep the noticeboard to scheme matters: social events, the lounge, the laundry rota and the"
            " garden.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and swapping", "Can I advertise my business?", "Commercial posts", "Links"),
        (
            "Do not use your {cs} to advertise goods, services, websites or events unless {mods} have agreed"
            " beforehand.",
            "Members may offer duplicates for sale or exchange only in the Sales and Wants section, and dealers must"
            " declare their interest.",
            "Links to other websites are held for checking and removed if they are promotional or suspicious.",
            "We remove posts selling supplements, cures or private clinics, however sincerely they are recommended.",
            "Raffles, petitions and fundraising appeals need the committee's agreement before they go up.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Usernames",
            "Registering",
            "Do I have to use my real name?",
            "One person, one account",
        ),
        (
            "{Cs} must carry your real name and your parish or town; we do not publish anonymous {cs}.",
            "You may use a username, but {mods} must have your real name and a working email address on file.",
            "One account per person: setting up a second account to get round a ban will see both closed.",
            "Do not pretend to be another member, a councillor, a driver or a member of staff.",
            "Usernames that are offensive, or that look like the name of a company or a bus operator, will be changed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Could I be sued for what I post?",
            "Libel and contempt",
        ),
        (
            "Do not post anything defamatory, that is, anything untrue that could damage the reputation of a person"
            " or business.",
            "Say nothing about cases before the Royal Court or the Youth Court that could prejudice a trial or"
            " identify a young person.",
            "Once someone has been charged, {cs} on the case are closed until the trial at Teesside Crown Court has"
            " finished.",
            "You are legally responsible for what you post, and we may have to hand your details to the police or a"
            " court if ordered to.",
            "Threats against public officials, jurors or witnesses will be reported to the sheriff's office or state"
            " police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and images",
            "Other people's work",
            "Can I post pictures?",
            "Quoting and copying",
            "Scans and photos",
        ),
        (
            "Only upload photographs you took yourself or have permission to use, and say who took them.",
            "Do not copy and paste whole articles from other newspapers; a short quote with a link is fine.",
            "Scans of stamps and covers from auction catalogues remain the auction house's copyright, so please link"
            " to them rather than copy them.",
            "By posting, you give us permission to publish your {c} in print and online, edited for length if"
            " necessary.",
            "Timetables and route maps belong to the operators; please link to their websites rather than reposting"
            " them.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
            "Seen something wrong?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please email the newsroom with a link to the {c} and a short explanation of the problem.",
            "Don't argue with a troublemaker in the thread; report the post and let {mods} deal with it.",
            "Concerns can be raised with any committee member or left in the suggestions box by the lounge door.",
            "Reports are read in confidence and the person you report will not be told who raised it.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's discretion",
            "Who decides?",
            "Editing and removal",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The decision of {mods} on whether a {c} is published is final, and no correspondence will be entered"
            " into.",
            "We may close {cs} on any story at any time, for example on court reports, deaths and tragedies.",
            "The committee may amend these rules at any time, and changes will be announced at the next members'"
            " meeting.",
            "Publishing a {c} does not mean that the paper agrees with it; the views are the writer's own.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips", "Tell us about it"),
        (
            "If you think we have got something wrong in a story, please email the editor rather than pointing it out"
            " in a {c}.",
            "Got a story from Redcar, Stockton or Hartlepool? Get in touch with the newsdesk rather than posting it"
            " here.",
            "Corrections to the fixture card or the results should be sent to the match secretary.",
            "Tips about road closures, wildfires and other breaking news in the county can be sent to the newsroom by"
            " email or phone.",
            "Where we make a significant mistake we will correct it promptly and say so at the foot of the article.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Writing style", "No shouting", "Can I write in Spanish?"),
        (
            "No swearing, including words with letters replaced by asterisks or symbols.",
            "Please don't type in capital letters; it reads as shouting and is hard for some members to read.",
            "{Cs} in Spanish are welcome and are moderated by the same standards as those in English.",
            "Short paragraphs help members with brain fog, so please break up long {cs} and avoid walls of text.",
            "Keep {cs} brief: around 150 words is plenty, and longer ones may be cut.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Three strikes",
            "Enforcement",
        ),
        (
            "Breaking these rules will normally earn a warning first, then a temporary suspension, then a permanent"
            " ban.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",
            "Members who repeatedly break the rules may be asked to meet the committee, and membership may be"
            " withdrawn under the club's constitution.",
            "Banned users who come back under a new name will be removed as soon as they are spotted.",
            "Serious or repeated abuse on this board may be referred to the housing officer.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health and safety",
            "Safety first",
            "Treatments and cures",
            "Is the advice here reliable?",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your GP or specialist before changing your"
            " medication or treatment.",
            "Posts presenting graded exercise or miracle cures as fact will be removed, but personal experiences are"
            " welcome if they are clearly described as such.",
            "In an emergency, pull your cord or dial 999; do not post on the noticeboard and wait for a reply.",
            "Never step into the road or distract a driver to take a photograph of a bus.",
            "Members playing in hot weather should wear a hat, drink plenty of water and come off the green if they"
            " feel unwell.",
        ),
    ),
    (  # elections
        ("Elections", "At election time", "Political posts", "Candidates", "Campaigning"),
        (
            "During the States elections, candidates and their supporters must say so when they post.",
            "We may close {cs} on election stories in the final days before polling day.",
            "Please keep party politics, local and national, off the noticeboard.",
            "Campaign material for candidates, parties or ballot questions will not be published as a {c}.",
            "The group is non-partisan: debate is welcome, but we do not endorse any party or candidate.",
        ),
    ),
    (  # complaints about named staff
        ("Complaints about staff", "Drivers and staff", "Naming staff", "Got a complaint?", "Staff and volunteers"),
        (
            "Do not name individual drivers; give the route, time and fleet number instead and we will take it up"
            " with the operator.",
            "Complaints about the scheme manager, the warden or contractors should go through the housing"
            " association's complaints procedure, not the board.",
            "Disputes with umpires, markers or the selection committee are dealt with under the club's complaints"
            " procedure.",
            "Concerns about how a packet, sale or auction was handled should be put in writing to the hon. secretary.",
            "Please remember that {mods} are volunteers giving their time freely, and treat them with courtesy.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural). Most sites say "comment"; the rest never do.
COMMENT_WORD_247: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_247: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("posting", "postings"),
)

# Who looks after the site, as it would be written mid-sentence; each takes a plural verb, as British sites write a
# committee or team.
MODERATORS_247: tuple[str, ...] = (
    "the moderators",
    "the editors",
    "the editorial team",
    "the newsdesk",
    "the committee",
    "the club committee",
    "the forum team",
    "our volunteer moderators",
    "the residents' committee",
    "the site's moderators",
    "the admin team",
    "the group's officers",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_247: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome your comments, but we ask everyone to follow a few simple rules.",
    "These house rules apply to everyone who uses this forum.",
    "The following rules were agreed by the committee and apply to all members.",
    "By posting on this site you agree to the terms below.",
    "Our noticeboard is for all residents, and to keep it pleasant we ask you to follow these rules.",
    "We want comments to be a lively but fair debate about the Island and its people.",
    "Thank you for taking part; a few ground rules keep things running smoothly.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_247: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "If you have any questions about these rules, please contact the editor.",
    "Happy bowling!",
    "Thank you for your co-operation.",
    "Enjoy the discussion and look after each other.",
    "Questions about comment moderation should be emailed to the web team.",
    "Happy collecting!",
    "Pace yourself, and thank you for being part of the community.",
)

# Titles a site may print over its rules.
POLICY_TITLES_247: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Comment policy",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard rules",
    "Terms of use",
    "Rules of the forum",
    "Guidelines for commenting",
    "Readers' comments: our rules",
    "Message board etiquette",
    "Members' forum: code of conduct",
)

# British spellings used above -> American, for the sites that print American spelling.
AMERICAN_247: dict[str, str] = {
    "criticise": "criticize",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "colour": "color",
    "favour": "favor",
    "honour": "honor",
    "offence": "offense",
    "licence": "license",
    "defence": "defense",
    "catalogue": "catalog",
    "programme": "program",
    "judgement": "judgment",
    "organisation": "organization",
    "recognise": "recognize",
    "apologise": "apologize",
    "co-operation": "cooperation",
    "get round": "get around",
}

# Section lines a site may print: one before its first item, one before the middle one.
SECTION_LINES_247: tuple[tuple[str, str], ...] = (
    ("General", "Moderation and enforcement"),
    ("Part 1 \u2013 Your conduct", "Part 2 \u2013 How we moderate"),
    ("Section A: Posting", "Section B: Moderation"),
    ("Before you post", "After you post"),
    ("THE RULES", "IF THINGS GO WRONG"),
    ("What we ask of you", "What we will do"),
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_247: tuple[str, ...] = (
    "The Editor",
    "\u2014 The Newsdesk",
    "Hon. Secretary, on behalf of the committee",
    "The Residents' Committee",
    "Forum admin team",
    "\u2013 The Publisher",
    "Thank you \u2013 the committee",
    "Posted by Admin",
)

# Month names for the last-updated lines.
MONTHS_247: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Words a title-cased heading leaves in lower case unless they come first.
SMALL_WORDS_247: frozenset[str] = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "at", "by", "with", "not", "nor"}
)

# Prefixes a site may put before one sentence to make it stand out.
NOTICE_PREFIXES_247: tuple[str, ...] = ("PLEASE NOTE: ", "Important: ", "NB: ", "Please note: ")


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, number: int) -> str:
    """The list marker of ``style`` for item ``number`` (from 1), with the space that follows it."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "dot": f"{number}. ",
        "paren": f"{number}) ",
        "both-paren": f"({number}) ",
        "letter": f"{letter}) ",
        "both-letter": f"({letter}) ",
        "capital-letter": f"{letter.upper()}. ",
        "roman": f"{_roman(number)}. ",
        "capital-roman": f"{_roman(number).upper()}. ",
        "rule": f"Rule {number}: ",
        "rule-dash": f"Rule {number} \u2013 ",
        "section": f"1.{number} ",
        "hash": f"#{number} ",
        "bullet": "\u2022 ",
        "star": "* ",
        "dash": "- ",
        "en-dash": "\u2013 ",
        "middle-dot": "\u00b7 ",
    }
    return markers[style]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised except short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_247) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _last_updated(rng: random.Random) -> str:
    """A line saying when the rules were last updated or adopted, in one of the date styles such sites print."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2026)
    name = MONTHS_247[month - 1]
    return rng.choice(
        (
            f"Last updated: {day} {name} {year}",
            f"Last updated {day:02d}/{month:02d}/{year}",
            f"Updated {name[:3]}. {day}, {year}",
            f"Revised {name} {year}.",
            f"Adopted at the AGM, {day} {name} {year}.",
            f"Agreed at the residents' meeting, {name} {year}.",
            f"These rules were last reviewed on {day} {name} {year}.",
        )
    )


def _items_247(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send
    ("comment" three times in four, else a word it uses throughout, never saying "comment") and who moderates it;
    how many kinds it prints (two to five for one site in four, else six to sixteen), in table order or shuffled;
    one to three sentences an item; its headings' case (as written, title case or capitals) or no headings at all;
    where headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence
    after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
    section numbers) or none; and its own printing habits: section lines, a last-updated line at the top or foot,
    headings in asterisks, underscores or brackets, a "PLEASE NOTE:" before one sentence, and a sign-off. It then
    returns the items with an opening, closing and title line by chance, American spelling and curly quotes
    (:func:`_furnish`)."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_247 if says_comment else rng.choice(OTHER_WORDS_247)
    moderators = rng.choice(MODERATORS_247)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_247)), count)
    if rng.random() < 0.6:
        chosen.sort()

    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    marker_style = rng.choice(
        (
            "none", "none", "none", "dot", "dot", "paren", "both-paren", "letter", "both-letter", "capital-letter",
            "roman", "capital-roman", "rule", "rule-dash", "section", "hash", "bullet", "bullet", "star", "dash",
            "en-dash", "middle-dot",
        )
    )  # fmt: skip
    emphasis = rng.choice(("plain", "plain", "plain", "asterisks", "double asterisks", "underscores", "brackets"))

    noted_item = rng.randint(1, count) if rng.random() < 0.15 else 0
    notice_prefix = rng.choice(NOTICE_PREFIXES_247)
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_247[kind]
        body = [filled(sentence) for sentence in rng.sample(sentences, rng.choices((1, 2, 3), (5, 4, 2))[0])]
        if number == noted_item:
            body[-1] = notice_prefix + body[-1]
        marker = "" if marker_style == "none" else _marker(marker_style, number)
        if heading_case == "none":
            items.append(("", marker + body[0], *body[1:]))
            continue
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if emphasis == "asterisks":
            heading = f"*{heading}*"
        elif emphasis == "double asterisks":
            heading = f"**{heading}**"
        elif emphasis == "underscores":
            heading = f"_{heading}_"
        elif emphasis == "brackets":
            heading = f"[{heading}]"
        heading = marker + heading
        question = heading.rstrip("*_]").endswith("?")
        if placement == "own":
            items.append((heading, *body))
        elif placement.startswith("own"):
            items.append((heading + ("" if question else "." if placement == "own stop" else ":"), *body))
        else:
            joint = {"run-in colon": ": ", "run-in stop": ". ", "run-in dash": " \u2013 "}[placement]
            items.append(("", heading + (" " if question else joint) + body[0], *body[1:]))

    if rng.random() < 0.2 and len(items) >= 4:
        first_section, second_section = rng.choice(SECTION_LINES_247)
        items.insert(len(items) // 2, (second_section, ""))
        items.insert(0, (first_section, ""))
    if rng.random() < 0.25:
        line = ("", _last_updated(rng))
        if rng.random() < 0.4:
            items.insert(0, line)
        else:
            items.append(line)
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_247)))

    intros, closings, titles = POLICY_INTROS_247, POLICY_CLOSINGS_247, POLICY_TITLES_247
    if not says_comment:
        intros, closings, titles = (
            tuple(line for line in table if "comment" not in line.lower()) for table in (intros, closings, titles)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_247)
