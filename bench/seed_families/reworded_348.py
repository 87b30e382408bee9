"""The ``reworded-348`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ulva and Rhum bulletins, Wasdale and Ennerdale papers, Umpqua and Deschutes weeklies, sepak takraw
clubs, Behçet's and hidradenitis forums, Mendocino coast groups, Copper River residents' associations, Malheur and
Teton conservation volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order its sites usually print them. Each kind is (headings, sentences): a site
# prints one heading of a kind (or none) and one to three of its sentences. {c}/{cs}/{C}/{Cs} stand for the site's
# word for what readers send (singular, plural, capitalised) and {mods} for whoever looks after the site; {mods}
# is always followed by a modal verb, so "the editor" and "the moderators" both read right.
REWORDINGS_348: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Courtesy",
            "How should I treat other members?",
            "Respect each other",
        ),
        (
            "Disagree with the argument if you must, but leave the person alone; personal attacks on other readers "
            "will be removed.",
            "This is a small island and most of us will meet at the shop or on the Ulva ferry, so write as you would "
            "speak to a neighbour's face.",
            "Kick the ball, not the player: criticise a call, a tactic or a regu's seeding, never the person who "
            "made it.",
            "Name-calling, sneering and goading are not debate, and {mods} will take out any {c} that relies on them.",
            "Many members here live with pain every day, so be gentle, and remember that a short reply can read as "
            "a sharp one.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No hate", "What counts as hateful?", "Equality and respect"),
        (
            "We do not publish {cs} that attack people for their race, religion, sex, sexuality, disability, age or "
            "where they come from.",
            "Remarks about incomers, holiday-home owners or seasonal cannery workers that turn into abuse of a whole "
            "group will not be allowed.",
            "Behçet's is most common along the old Silk Road, and jokes or slurs about members' backgrounds have no "
            "place here.",
            "Racist, sexist, homophobic or transphobic language, including so-called banter, is removed on sight and "
            "may end your membership.",
            "Stirring up hatred is an offence under the Hate Crime and Public Order (Scotland) Act 2021 as well as a "
            "breach of these rules.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private things private",
            "Can I name people?",
            "Other people's details",
        ),
        (
            "Do not post anyone's address, phone number, email, licence plate or workplace, and that includes your "
            "own.",
            "On a coast this small a description of a house or a pickup is as good as a name, so think before you "
            "describe a neighbour's property.",
            "What members share about flares, wounds and dressings stays in the group; screenshots posted elsewhere "
            "will cost you your account.",
            "Photos of children, of players at the courts or of anyone in hospital need their permission, or their "
            "parents', first.",
            "We keep your email address only to run the {c} system and handle it under the UK GDPR and the Data "
            "Protection Act 2018.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping people safe",
            "Worried about someone?",
            "If someone is at risk",
        ),
        (
            "If a {c} suggests that a child or a vulnerable adult is at risk, {mods} will pass it to the police or "
            "social work without delay.",
            "Junior players train with us, so adult members must not message under-18s privately; contact goes "
            "through a parent and the club welfare officer.",
            "If you are in crisis, please do not wait for a reply here: call or text 988 in the US, or ring "
            "Samaritans free on 116 123 in the UK.",
            "Talk of low mood is not banned, because living with a chronic illness is hard, but {mods} will check in "
            "with anyone who seems unsafe.",
            "Volunteers under 18 need a signed consent form before a refuge work day, and no one may post their "
            "photo or full name.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go up?",
            "Approval",
        ),
        (
            "Every {c} is read by a person before it appears, and that person is usually a volunteer with a day job.",
            "The office in Gosforth is staffed on weekdays only, so anything sent after Friday lunchtime may wait "
            "until Monday.",
            "Our moderators are in Cordova and Glennallen and the connection drops in bad weather, so approval can "
            "take a day or two.",
            "A new member's first three {cs} are held for approval; after that yours will appear straight away "
            "unless someone flags them.",
            "Please do not send the same {c} twice if it does not show up at once; duplicates only slow the queue.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Is this the right place?", "Relevance"),
        (
            "Keep {cs} to the story or thread they sit under; the ferry timetable has a thread of its own.",
            "Political rants that have nothing to do with the river, the refuge or the work party will be moved or "
            "removed.",
            "If your question is about a different condition, the general chat board is the place for it, not "
            "someone else's treatment thread.",
            "Please do not hijack a match report to restart an old row about the league or the national squad.",
            "Water levels, closures on the Copper River Highway and dipnet openers are welcome here; national culture "
            "wars are not.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise?", "Commercial {cs}", "Self-promotion"),
        (
            "No adverts, affiliate links, chain letters or repeated links to your own site; paid notices go in the "
            "classifieds.",
            "Holiday lets, guiding services and B&Bs may be mentioned once in the monthly notices, not in every "
            "thread.",
            "Selling supplements, creams or cures for HS or Behçet's is not allowed, and accounts set up to do it "
            "will be banned without warning.",
            "Sellers of balls, shoes and kit must ask an admin first, and one advert a month is the limit.",
            "Links to crowdfunding pages need the committee's agreement before they go up.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames and accounts",
            "Real names?",
            "Do I have to use my real name?",
            "One person, one account",
            "Registration",
        ),
        (
            "Letters must carry the writer's name and village, though we will withhold a name on request if there is "
            "good reason.",
            "Pseudonyms are fine, and many members use one, but do not pick one that mimics another member, a doctor "
            "or a charity.",
            "One account each: sock puppets set up to agree with yourself or to come back after a ban will be deleted.",
            "Please use your real name in the residents' group; anonymous accounts cannot vote in the annual meeting "
            "polls.",
            "We may ask for your postcode to check that you live in the area the group covers; it is never displayed.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Contempt of court", "Could I get into legal trouble?", "Libel"),
        (
            "You are legally responsible for what you write, and a {c} can be defamatory even when you believe it "
            "to be true.",
            "Do not discuss the guilt of anyone charged in a case before Oban Sheriff Court; that can be contempt of "
            "court, and we will take it down.",
            "Under the Contempt of Court Act 1981 we cannot publish speculation about an active case, however well "
            "everyone in the valley knows the people involved.",
            "Criticising the Douglas County commissioners is fine; accusing a named commissioner of a crime you "
            "cannot prove is not.",
            "Allegations about named officials, landowners or neighbours must be things you could prove, otherwise "
            "leave them out.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share an article?",
            "Quoting",
            "Your rights in what you send",
        ),
        (
            "Quote a few lines and link to the rest; do not paste whole articles from other papers.",
            "Only upload photos you took yourself, or say clearly whose they are and that you have permission.",
            "By sending us a letter you let us publish it in print and online and edit it for length; the copyright "
            "stays yours.",
            "Patient leaflets and journal papers may be linked to but not copied out in full.",
            "We respond to notices under the Digital Millennium Copyright Act and will remove infringing material "
            "promptly.",
        ),
    ),
    (  # reporting
        ("Reporting problems", "How do I report a {c}?", "Flagging", "Seen something wrong?", "Report, don't reply"),
        (
            "Use the flag under each {c} to report it; {mods} will read every report but cannot promise to answer "
            "each one.",
            "Report, don't reply: answering a troll in public only feeds it.",
            "If you think something is unsafe or unlawful, email the editor and the office will look at it the same "
            "day if it can.",
            "Reports are anonymous, and the person you report is not told who raised it.",
            "Using the report button to silence people you disagree with is itself a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's call",
            "Who decides?",
            "Discretion",
            "Final say",
        ),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason, and that decision is final.",
            "These rules cannot cover everything, so the committee will use its judgement and may decline any letter.",
            "Publication is a privilege, not a right; the bulletin is run by volunteers and space is limited.",
            "We may close a thread at any time, particularly one about the buy-out or the estate's plans, if it "
            "runs hot.",
            "The admins may change these guidelines as the forum grows; the current version is always pinned at the "
            "top of the board.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, tell the editor rather than arguing about it here, and we will put it "
            "right in the next issue.",
            "Story ideas, photos from the fell and notices of events are always welcome at the office.",
            "Tips about the river, closures on Highway 97 or Deschutes County meetings go to the newsroom by email, "
            "not in a {c} under an unrelated story.",
            "Corrections are printed on page two and noted at the foot of the story online.",
            "If bird counts or sighting records in a {c} look wrong, message the project lead so the data can be "
            "checked.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Which language?", "Plain words", "Is swearing allowed?"),
        (
            "No swearing, including with asterisks or letters swapped out; children read this bulletin too.",
            "{Cs} in Gaelic are welcome; please add a line in English so that everyone can follow.",
            "Write in English or Malay, and add a translation if you use Thai, so that the whole club can follow "
            "the thread.",
            "Please avoid writing in capitals, which reads as shouting.",
            "Strong language about pain is understandable; strong language aimed at another member is not.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Consequences",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension and a third a permanent ban.",
            "Threats, serious abuse or spam lead to an immediate ban, without a warning.",
            "If you are banned, do not come back under another name; new accounts will be removed and the ban will "
            "stand.",
            "You may appeal a ban once, in writing, to the chair of the association, whose decision is final.",
            "Bans are not discussed in public threads, and {cs} about why someone was banned will be removed.",
        ),
    ),
    (  # safety and medical advice
        (
            "Advice from other members",
            "Use your own judgement",
            "Advice and safety",
            "Is advice here reliable?",
            "Health and safety",
            "Stay safe",
        ),
        (
            "Nothing posted here is medical advice; talk to your dermatologist or rheumatologist before changing any "
            "treatment, including biologics such as adalimumab.",
            "Members may share what worked for them, but please do not tell anyone to stop colchicine, steroids or "
            "any other prescribed drug.",
            "Route descriptions are not a guide: conditions on the fells above Wasdale and Ennerdale change fast, "
            "and the mountain rescue team would rather you checked the forecast.",
            "River levels, ice on the Copper and tide times are shared in good faith; check the official sources "
            "before you go out.",
            "Never approach bison or moose for a photo: stay 25 yards from them, as Grand Teton National Park asks, "
            "and 100 yards from bears and wolves.",
        ),
    ),
    (  # wildlife and sensitive places
        (
            "Sensitive locations",
            "Wildlife and nests",
            "Where not to give locations",
            "Can I say where I saw it?",
            "Protecting wildlife",
        ),
        (
            "Do not give exact locations of nests, sage-grouse leks or owl roosts on the refuge; send them to the "
            "survey lead instead.",
            "White-tailed eagles were brought back to Rum in 1975, and disturbing a nest is an offence under the "
            "Wildlife and Countryside Act 1981, so grid references will be removed.",
            "Photos are welcome, but strip the location data from the file first and keep the caption to the "
            "general area.",
            "Reports of poaching or illegal dumping go to the wildlife officer or the state police, not to the group.",
            "Directions to closed areas of the refuge or along the Donner und Blitzen River in nesting season will "
            "not be published.",
        ),
    ),
    (  # length and deadlines
        ("Length", "Length and deadlines", "How long can my {c} be?", "Deadlines", "Keep it short"),
        (
            "Letters should be no longer than 300 words and must reach us by noon on Monday for Thursday's paper.",
            "Shorter {cs} are more likely to be read, and anything over 250 words may be cut.",
            "The bulletin goes to print on the last Friday of the month; anything arriving later waits for the next "
            "issue.",
            "We print one letter from each writer every 30 days, so that more voices are heard.",
            "Election letters close two weeks before polling day, and we print no replies after that.",
        ),
    ),
)

# What sites that never say "comment" call what readers send: (singular, plural). A quarter of sites draw one.
OTHER_WORDS_348: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("note", "notes"),
)

# Who looks after a site, as its sentences name them (always before a modal verb, so singular or plural reads right).
MODERATORS_348: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the admins",
    "the admin team",
    "the bulletin team",
    "the newsdesk",
    "the forum team",
    "the volunteer coordinators",
    "the group's organisers",
)

# Opening lines a site may print before its rules (those naming "comments" are left out where a site never does).
POLICY_INTROS_348: tuple[str, ...] = (
    "Before you join the conversation, please read these house rules.",
    "We want this to be a friendly place to talk about island life, so we ask everyone to keep to a few rules.",
    "The paper welcomes comments from readers, within a few simple rules.",
    "This group exists so that neighbours can share news and help each other out.",
    "Please take a minute to read the guidelines below before posting.",
    "This forum is a support community run by patients, for patients.",
    "Our volunteers give their time freely, and these guidelines help keep the work and the talk pleasant.",
    "A few ground rules for the club's pages, agreed by the committee.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_348: tuple[str, ...] = (
    "Thank you for helping keep this a good place to talk.",
    "Questions about these rules? Email the editor.",
    "By posting you agree to abide by these guidelines.",
    "See you on the court.",
    "Mòran taing, and thanks for reading.",
    "Thanks for keeping the comments civil.",
    "These rules may be updated from time to time without notice.",
    "Take care of yourselves and each other.",
)

# Titles a site may print above its rules.
POLICY_TITLES_348: tuple[str, ...] = (
    "House rules",
    "Comment policy",
    "Community guidelines",
    "Posting guidelines",
    "Forum rules",
    "Group rules",
    "Letters policy",
    "Guidelines for contributors",
    "Noticeboard terms of use",
    "Code of conduct",
)

# British spellings in this family's sentences -> American, for the sites that print American spelling.
AMERICAN_348: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "Criticising": "Criticizing",
    "offence": "offense",
    "licence": "license",
    "judgement": "judgment",
    "organisers": "organizers",
    "advert": "ad",
    "postcode": "ZIP code",
    "work day": "workday",
}

# Words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_348 = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"})

# Months for a site's last-updated line.
MONTHS_348: tuple[str, ...] = (
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

# Section lines a site may print above parts of its rules, as (first part, second part).
SECTION_NAMES_348: tuple[tuple[str, str], ...] = (
    ("Conduct", "Moderation"),
    ("How we expect you to behave", "How we moderate"),
    ("Posting", "Enforcement"),
    ("General", "Our part"),
)

# Sign-offs and contact lines a site may print after its last rule (none says "comment").
SIGN_OFFS_348: tuple[str, ...] = (
    "— The Editor",
    "The committee",
    "Thanks, the admin team",
    "— The moderators",
    "Any questions, drop the editor a line.",
    "Contact the volunteer coordinator with any questions.",
    "Signed on behalf of the association's committee.",
)

# Words set before one sentence a site wants read first.
EMPHASES_348: tuple[str, ...] = ("Important:", "PLEASE NOTE:", "N.B.", "Please note:")


def _roman_348(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def _title_case_348(text: str) -> str:
    """``text`` with each word capitalised, small words after the first left as they are."""
    words = text.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_348 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_348(style: str, index: int, section: int) -> str:
    """The list marker a site of ``style`` prints before its item ``index`` (from 0), or "" for none."""
    number = index + 1
    markers = {
        "none": "",
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-parens": f"({number})",
        "letter-bracket": f"{chr(96 + number)})",
        "letter-parens": f"({chr(96 + number)})",
        "roman": f"{_roman_348(number)}.",
        "roman-parens": f"({_roman_348(number)})",
        "bullet": "•",
        "dash": "-",
        "en-dash": "–",
        "asterisk": "*",
        "rule": f"Rule {number}:",
        "section": f"{section}.{number}",
        "paragraph-sign": f"§ {number}",
    }
    return markers[style]


def _last_updated_348(rng: random.Random) -> str:
    """A last-updated line with a date drawn from ``rng``, British or American in order."""
    month, day, year = rng.choice(MONTHS_348), rng.randint(1, 28), rng.randint(2019, 2026)
    british = rng.random() < 0.5
    date = f"{day} {month} {year}" if british else f"{month} {day}, {year}"
    return rng.choice(
        (
            f"Last updated: {date}.",
            f"Last updated {date}",
            f"Updated {month} {year}.",
            f"Reviewed by the committee, {month} {year}.",
            f"These guidelines take effect from {date}.",
        )
    )


def _items_348(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. The site draws its word for what readers send ("comment"
    three times in four, else one of ``OTHER_WORDS_348``, and then no line of its own says "comment") and who
    moderates; how many kinds it prints (two to five for one site in five, else six to sixteen) and whether in table
    order or shuffled; its longest item (one to three sentences); heading case (sentence, title, capitals) or no
    headings; where headings stand (a part of their own, bare or with a stop or colon, or run in before the first
    sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule
    1:", section numbers, section signs) or none; whether headings are starred as emphasis; and its own habits: a
    section line over each half, a last-updated line at the top or foot, one sentence flagged "Important:" and a
    sign-off. Each item is then one heading (or "") and one to three sentences of its kind, placeholders filled and
    first letters capitalised; ``_furnish`` adds the opening, closing and title lines."""
    says_comment = rng.random() < 0.75
    singular, plural = ("comment", "comments") if says_comment else rng.choice(OTHER_WORDS_348)
    moderators = rng.choice(MODERATORS_348)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_348)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_348)), count)
    longest_item = rng.choice((1, 2, 2, 3))

    heading_case = rng.choice(("sentence", "sentence", "title", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    own_ending = rng.choice(("", ".", ":"))
    run_in_separator = rng.choice((": ", ". ", " – ", " - ", " — "))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-bracket",
            "number-parens",
            "letter-bracket",
            "letter-parens",
            "roman",
            "roman-parens",
            "bullet",
            "dash",
            "en-dash",
            "asterisk",
            "rule",
            "section",
            "paragraph-sign",
        )
    )
    section = rng.randint(1, 9)
    starred = heading_case != "none" and rng.random() < 0.12
    flagged_item = rng.randrange(count) if rng.random() < 0.15 else -1

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_348[kind]
        heading = filled(rng.choice(headings))
        picked = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(1, longest_item))]
        if position == flagged_item:
            picked[0] = f"{rng.choice(EMPHASES_348)} {picked[0]}"
        marker = _marker_348(marker_style, position, section)
        if heading_case == "title":
            heading = _title_case_348(heading)
        elif heading_case == "capitals":
            heading = heading.upper()

        if heading_case == "none":
            if marker:
                picked[0] = f"{marker} {picked[0]}"
            items.append(("", *picked))
            continue
        if marker.endswith(":") and placement == "own":
            marker = marker[:-1] + " –"
        question = heading.endswith("?")
        if placement == "own":
            shown = heading if question else heading + own_ending
            if starred:
                shown = f"**{shown}**"
            items.append((f"{marker} {shown}".strip(), *picked))
            continue
        separator = " " if question and run_in_separator in (": ", ". ") else run_in_separator
        if starred and separator.strip() in (":", "."):
            lead = f"**{heading}{separator.strip()}** "
        elif starred:
            lead = f"**{heading}**{separator}"
        else:
            lead = heading + separator
        items.append(("", f"{marker} {lead}{picked[0]}".strip(), *picked[1:]))

    if rng.random() < 0.15 and len(items) >= 4:
        first_part, second_part = rng.choice(SECTION_NAMES_348)
        label = rng.choice(("Part", "Section"))
        middle = len(items) // 2
        items.insert(middle, (f"{label} 2: {second_part}", ""))
        items.insert(0, (f"{label} 1: {first_part}", ""))
    if rng.random() < 0.2:
        updated = ("", _last_updated_348(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_348)))

    intros = [line for line in POLICY_INTROS_348 if says_comment or "comment" not in line.lower()]
    closings = [line for line in POLICY_CLOSINGS_348 if says_comment or "comment" not in line.lower()]
    titles = [line for line in POLICY_TITLES_348 if says_comment or "comment" not in line.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_348)
