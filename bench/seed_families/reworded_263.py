"""The ``reworded-263`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tristan da Cunha notices, Caithness papers, Wisconsin Northwoods weeklies, bridge clubs, model
engineering societies, stroke survivors' forums, narrowboat co-operatives, turnpike trust historians.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). Headings are in sentence case (a site may recase them); sentences
# may use {c} {cs} {C} {Cs} for the site's word for what readers send and {mods} ({Mods} to open a sentence) for who
# looks after the site.
REWORDINGS_263: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Treat others as you would at the club table",
            "Can I disagree with someone?",
            "Good manners",
            "Play the ball, not the member",
        ),
        (
            "Please be courteous to other members, even when you think they are quite wrong.",
            "Disagree with the argument if you must, but leave the person out of it.",
            "We are a small community and most of us will meet again at the harbour, the lock or the next meeting, "
            "so write as you would speak face to face.",
            "Sarcasm, sniping and point-scoring spoil the board for everyone and will be removed.",
            "Robust debate about a locomotive, a bid or a milestone is welcome; personal remarks about the person "
            "who made it are not.",
        ),
    ),
    (  # hatred
        (
            "Hatred and discrimination",
            "No bigotry",
            "Is any subject off limits?",
            "Respect for everyone",
            "Offensive material",
        ),
        (
            "We do not allow {cs} that attack people because of their race, religion, sex, sexuality, disability or "
            "age.",
            "Anything that could be read as stirring up hatred will be deleted and the account suspended without "
            "discussion.",
            "Jokes at the expense of a group of people are still offensive, however they are meant.",
            "Remember that many of our members live with disability after a stroke, and remarks about speech, "
            "memory or mobility are hurtful.",
            "Material that is racist, sexist, homophobic or otherwise offensive has no place on this noticeboard.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Should I post my phone number?",
            "Other people's information",
            "Keep it private",
        ),
        (
            "Do not publish anyone's address, telephone number or e-mail address, including your own.",
            "If you want to contact another member, use the private message facility rather than a public {c}.",
            "On an island of fewer than three hundred people everyone can be identified, so please think before "
            "naming a neighbour.",
            "Photographs of other people, their boats or their homes should not be posted without their consent.",
            "Medical details you share about yourself are visible to anyone on the internet; share only what you are "
            "comfortable with.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Looking after each other",
            "Who can join?",
            "If you are worried about someone",
        ),
        (
            "Members must be eighteen or over; junior members of the society may take part only through a parent "
            "or guardian.",
            "If a {c} makes you think someone is at risk of harm, tell {mods} straight away, and in an emergency "
            "ring 999.",
            "Never arrange to meet a child you have met online, whatever the reason.",
            "Some of our members are vulnerable and may be easily persuaded, so do not ask anyone for money, "
            "passwords or bank details.",
            "Our safeguarding officer's details are on the contacts page and every report is treated in confidence.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} be published?"),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "{Mods} are volunteers with jobs, boats and families of their own, so please be patient.",
            "{Cs} sent over the weekend will usually be approved on Monday morning.",
            "The island's internet link is slow and sometimes down altogether, and {cs} may wait until it returns.",
            "Posting the same {c} several times will not make it appear any faster.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "What can I post about?",
            "Off-topic posts",
            "The right board",
        ),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "General chat belongs in the Tea Room section, not in the technical boards.",
            "Questions about a particular hand should go in the bidding forum, with the full deal if you can.",
            "Threads that wander off the subject may be split, moved or locked.",
            "This site is about the history of the turnpike roads and their trusts; modern road schemes and "
            "speed cameras are best argued about elsewhere.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and buying", "Can I advertise my business?", "Commercial posts"),
        (
            "Advertising is not allowed in {cs}; members may list items for sale in the Sales and Wants section only.",
            "Links posted only to promote a website, product or service will be removed.",
            "Traders who are members may mention their business in their signature, but not in the body of a {c}.",
            "Boats, moorings and shares for sale must be listed through the co-operative's secretary, not on the "
            "forum.",
            "Chain letters, petitions and fundraising appeals need the permission of {mods} first.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Who can post?", "Real names, please", "One account each", "Registration"),
        (
            "Please use your real name; {cs} signed with a nickname may not be published.",
            "Each member may hold one account, and accounts may not be shared between partners.",
            "We ask for your EBU or ACBL number when you register so that we can confirm you are a member.",
            "Pretending to be someone else, including another member or a public figure, will lead to the account "
            "being closed.",
            "Letters for the printed paper must include a full postal address, which will not be published.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Contempt of court", "Can I be sued for what I write?"),
        (
            "You are legally responsible for what you write, and the law of defamation applies online as it does "
            "in print.",
            "Do not discuss cases before Wick Sheriff Court or any other court while proceedings are active.",
            "Accusing a named person of a crime or of dishonesty can land you, and us, in court.",
            "{Cs} that may break the law of Scotland, England or the State of Wisconsin will not be published.",
            "We will co-operate with the police where the law requires it.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and pictures", "Using other people's work", "Can I share an old map?", "Quoting"),
        (
            "Only post photographs, drawings or text you have the right to use.",
            "Maps and documents from a record office are often still in copyright, so check the office's terms "
            "before uploading them.",
            "Short quotations are fine if you say where they came from; whole articles pasted from elsewhere are not.",
            "By posting a picture you allow the society to show it on this site and in the newsletter.",
            "Works drawings and published designs belong to their authors and must not be copied here.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a post", "Seen something wrong?", "How do I complain?", "Alerting us"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying.",
            "You can also e-mail {mods}, giving a link to the {c} and a short reason.",
            "Please do not argue with a troublemaker in public; report it and let {mods} deal with it.",
            "Every report is looked at, though we cannot always tell you what has been done.",
            "Complaints about the paper's printed content should go to the editor at the Wick office.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's discretion",
            "Who decides?",
            "Our right to edit",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "The committee's decision on whether a {c} is suitable is final.",
            "Publication of a {c} does not mean that the society agrees with it.",
            "We may shorten letters for reasons of space.",
            "These rules may be changed at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Did we get something wrong?", "Tell us"),
        (
            "If you think we have got something wrong, please e-mail the editor rather than posting a {c}.",
            "News, photographs and notices for the next issue are welcome at the office by Tuesday noon.",
            "Corrections will be printed in the next issue and noted at the foot of the online article.",
            "Sightings, shipping news and notices for the island should go to the Administrator's office.",
            "If you know of a milestone, tollhouse or boundary stone that is not on our list, please tell us.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Can I swear?", "Writing clearly"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English so that {mods} and other members can follow the discussion.",
            "Avoid writing in capitals, which reads as shouting.",
            "Many members have aphasia, so short sentences and plain words help everyone.",
            "Abbreviations are fine for conventions and bidding systems, but explain them for newer players.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "Members who break these rules will first be warned by private message.",
            "Repeated or serious breaches will lead to suspension or the permanent closure of the account.",
            "Anyone who is banned and returns under another name will be banned again without warning.",
            "A member may appeal against a ban in writing to the Honorary Secretary within fourteen days.",
            "Serious misconduct on the forum may also be taken up by the committee under the society's rules.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Safety",
            "Not professional advice",
            "Should I follow advice posted here?",
            "Your safety first",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP, stroke nurse or therapist before "
            "changing your treatment.",
            "If you think someone is having a stroke, remember FAST and call 999 at once rather than posting.",
            "Advice on boilers, pressure testing and live steam is given in good faith, but you remain "
            "responsible for your own safety and your boiler certificate.",
            "Ice conditions on the lakes change quickly; do not rely on a {c} here to tell you the ice is safe.",
            "Follow the Canal & River Trust's guidance at locks and swing bridges, whatever you read on the forum.",
        ),
    ),
    (  # club disputes and results
        ("Disputes", "Results and rulings", "Club business", "Can I question a ruling?", "Committee matters"),
        (
            "Please do not use the forum to argue about a director's ruling; appeals go through the club's "
            "normal procedure.",
            "Results are provisional until the scorer has checked them, so raise any errors with the scorer first.",
            "Disputes over moorings, rotas or shares should be raised at the general meeting, not online.",
            "Complaints about another member's conduct should be made privately to the committee.",
            "Minutes and accounts are posted in the members' area and may not be copied elsewhere.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural); most sites say "comment".
COMMENT_WORDS_263: tuple[tuple[str, str], ...] = (("comment", "comments"),)
# The words of the quarter of sites that never say "comment".
OTHER_WORDS_263: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after a site, as printed in the middle of a sentence.
MODERATORS_263: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the webmaster",
    "our volunteer moderators",
    "the Administrator's office",
    "the newsdesk",
    "the Honorary Secretary",
    "the admins",
)

# Opening lines a site may print before its items.
POLICY_INTROS_263: tuple[str, ...] = (
    "We welcome {cs} from readers and members, on the understanding that the following rules are kept.",
    "Before you post, please take a moment to read our house rules.",
    "This board is run by volunteers for the benefit of members, and we ask everyone to follow these guidelines.",
    "The committee has agreed the following rules for the society's online forum.",
    "By sending a {c} you agree to the terms below.",
    "Our forum is a friendly place for stroke survivors, carers and families. To keep it that way:",
    "Please read these notes before sending a {c} to the paper.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_263: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules may be sent to the Honorary Secretary.",
    "Happy steaming!",
    "Thank you, and enjoy the forum.",
    "We reserve the right to amend these rules at any time.",
    "Tight lines, and see you on the lake.",
)

# Titles a site may print above its items.
POLICY_TITLES_263: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules for {cs}",
    "Guidelines for {cs}",
    "Forum code of conduct",
    "Letters and {cs}",
)

# British spellings used in this family's sentences, and their American spellings.
AMERICAN_263: dict[str, str] = {
    "harbour": "harbor",
    "neighbour": "neighbor",
    "honorary": "honorary",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "programme": "program",
    "colour": "color",
    "behaviour": "behavior",
    "organise": "organize",
    "apologise": "apologize",
    "recognise": "recognize",
    "centre": "center",
    "favour": "favor",
    "judgement": "judgment",
    "travelling": "traveling",
    "labelled": "labeled",
    "e-mail": "email",
    "co-operat": "cooperat",
}

# Section lines a site with a rulebook may print before its items.
SECTION_LINES_263: tuple[str, ...] = (
    "Section 7: Use of the website and forum",
    "Schedule B – Online conduct",
    "Part 4. The members' forum",
    "Appendix 3: Rules for the online noticeboard",
    "Club by-laws, rule 12: electronic communications",
    "Notice No. {number}/{year}",
)

# Last-updated lines, filled with a drawn date.
UPDATED_LINES_263: tuple[str, ...] = (
    "Last updated: {date}",
    "Revised {date}",
    "Agreed by the committee, {date}.",
    "These rules were last reviewed on {date}.",
    "Updated {date}",
)

# Sign-offs a site may print after its items.
SIGN_OFFS_263: tuple[str, ...] = (
    "The Editor",
    "– The Committee",
    "Hon. Sec.",
    "Posted by admin",
    "Forum Team",
    "Island Administrator",
    "The Moderators",
)

MONTHS_263 = (
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

# Words left in lower case when a heading is printed in title case.
SMALL_WORDS_263 = frozenset(("a", "an", "and", "the", "of", "to", "at", "in", "on", "or", "for", "my", "i", "by"))


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    cased = [
        word if index and word.lower() in SMALL_WORDS_263 and word != "I" else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    ]
    return " ".join(cased)


def _roman(number: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def _marker(style: str, index: int, section: int) -> str:
    """The list marker for the ``index``-th item (from 0) in ``style``; an empty string for no marker."""
    number = index + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    return {
        "none": "",
        "number-stop": f"{number}.",
        "number-paren": f"{number})",
        "letter-paren": f"({letter})",
        "letter": f"{letter})",
        "roman": f"{_roman(number)}.",
        "roman-paren": f"({_roman(number)})",
        "bullet": "•",
        "dash": "-",
        "en-dash": "–",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} –",
        "section": f"{section}.{number}",
        "paragraph": f"§{number}",
    }[style]


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_263), rng.randint(2014, 2026)
    return f"{day} {month} {year}" if rng.random() < 0.6 else f"{month} {day}, {year}"


def _items_263(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, all drawn from ``rng``: the site's word for what readers send ("comment" for
    three sites in four, otherwise post, message, reply, letter ...) and who moderates it; how many item kinds (two
    to five for a fifth of sites, otherwise six to all of them), in table order or shuffled; one to three sentences
    an item, up to a site-wide most; headings in sentence case, title case or capitals, or none at all; headings
    as a part of their own (bare, with a stop or with a colon) or run in before the first sentence after a colon,
    stop or dash; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers,
    paragraph signs) or none; and, by chance, a rulebook section line first, headings printed in bold asterisks,
    a "Please note:" lead on one sentence, a last-updated line and a sign-off. Opening, closing and title lines,
    American spelling and curly quotes are then added by ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_263 if rng.random() < 0.25 else COMMENT_WORDS_263)
    moderators = rng.choice(MODERATORS_263)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_263))
    kinds = rng.sample(range(len(REWORDINGS_263)), count)
    if rng.random() < 0.6:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "number-stop",
            "number-paren",
            "letter-paren",
            "letter",
            "roman",
            "roman-paren",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule",
            "rule-dash",
            "section",
            "paragraph",
        )
    )
    section = rng.randint(2, 9)
    bold_headings = heading_case != "none" and heading_place.startswith("own") and rng.random() < 0.12
    note_lead = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_263[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most_sentences)))
        parts = [sentences[number].format(**words) for number in chosen]
        heading = rng.choice(headings).format(**words)
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if note_lead and index == len(kinds) // 2:
            parts[0] = "Please note: " + parts[0][:1].lower() + parts[0][1:]
        marker = _marker(marker_style, index, section)
        if heading and heading_place.startswith("own"):
            is_question = heading.endswith("?")
            if heading_place == "own-stop" and not is_question:
                heading += "."
            elif heading_place == "own-colon" and not is_question:
                heading += ":"
            if bold_headings:
                heading = f"**{heading}**"
            items.append((f"{marker} {heading}" if marker else heading, *parts))
            continue
        if heading:
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " – "}[heading_place]
            parts[0] = heading + (" " if heading.endswith("?") else joint) + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))

    if rng.random() < 0.15:
        line = rng.choice(SECTION_LINES_263).format(number=rng.randint(1, 60), year=rng.randint(2015, 2026))
        items.insert(0, (line, ""))
    if rng.random() < 0.25:
        items.append(("", rng.choice(UPDATED_LINES_263).format(date=_date(rng))))
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_263)))

    intros = [intro.format(**words) for intro in POLICY_INTROS_263]
    closings = [closing.format(**words) for closing in POLICY_CLOSINGS_263]
    titles = [title.format(**words) for title in POLICY_TITLES_263]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_263)
