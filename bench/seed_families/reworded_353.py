"""The ``reworded-353`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Whalsay and Skerries community news, Rookhope and Deepdale papers, Carson valley weeklies, canicross
and skijoring clubs, scrimshaw and decoupage circles, Kawasaki disease and Perthes parents' forums, Fidra and Inchcolm
seabird volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences): five or six headings, questions among them, and
# five sentences in the sites' own voices. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) stand for the site's word
# for what readers send, ``{mods}`` (``{Mods}`` capitalised) for whoever looks after the site.
REWORDINGS_353: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Play the ball, not the player",
            "Courtesy",
            "How should I treat other members?",
            "Keep it kind",
            "Behaviour",
        ),
        (
            "Disagree as much as you like, but argue with the point and not with the person making it.",
            "This is a small place, and the person you are arguing with is likely a neighbour who may be on the same "
            "ferry as you tomorrow, so write as you would speak to them on the pier at Symbister.",
            "Personal attacks, name-calling and sneering at other members' spelling will be removed.",
            "Many of our members are parents going through a frightening time with a poorly child; a kind word "
            "costs nothing.",
            "Robust debate is welcome; bullying, baiting and ganging up on another member are not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No hate, no harassment", "What counts as hateful?", "Equality", "Prejudice"),
        (
            "We will remove any {c} that attacks people because of their race, religion, nationality, sex, sexual "
            "orientation, gender identity, age or disability.",
            'Jibes about incomers, "soothmoothers" or folk from the next valley over count too, however '
            "good-natured they seem to you.",
            "Stirring up hatred is a criminal offence, and anything that looks like it will be passed to the police.",
            "Slurs are not made acceptable by asterisks, misspellings or emojis.",
            "Harassing a member, here or anywhere else, because of who they are will lead to an immediate ban.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I post someone's address?",
            "Other people's details",
        ),
        (
            "Do not post anyone's address, phone number, email address, car registration or place of work, and "
            "think twice before posting your own.",
            "Please do not name other children, their schools or their consultants in your {cs}.",
            "Before you share a photograph, check it for house numbers, school badges and number plates.",
            "Private messages are private: do not repost them without the sender's agreement.",
            "The details you register with are held under the UK GDPR and are never passed to anyone else; our "
            "privacy notice says how long we keep them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Photos of children",
            "Looking after junior members",
            "Who do I tell if a child is at risk?",
        ),
        (
            "Members under 16 need a parent's or carer's permission to join and should not give their full name, "
            "school or age.",
            "Do not post pictures of other people's children, including at club races and junior canicross "
            "sessions, without their parents' permission.",
            "If anything you read here worries you about a child's safety, contact the police or your local social "
            "work team straight away rather than posting about it.",
            "The club's welfare officer can be contacted privately through the committee page, and anything raised "
            "is handled in confidence.",
            "Adults must never ask a junior member to move a conversation to private messages, another app or a phone.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go up?",
            "Delays",
        ),
        (
            "Every {c} is read by {mods} before it is published, so there may be a delay.",
            "{Cs} are checked by volunteers with jobs, families and dogs to exercise, so please allow up to 48 "
            "hours, longer over the holidays.",
            "A new member's first few {cs} are held for approval; after that they should appear straight away.",
            "{Cs} sent late on a Friday will not usually be looked at until Monday, as the office in Minden is "
            "closed at weekends.",
            "Please do not send the same {c} again if it does not show up at once; it is in the queue.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Is it on topic?", "Relevance", "Right board"),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "Arguments about the council, ferry fares or the wind farm belong under the stories about them, not "
            "under the lifeboat cake sale.",
            "General chat has its own board; please use it for anything that is not about canicross, bikejoring "
            "or skijoring.",
            "Threads that wander off topic may be split, moved or locked without notice.",
            "If you want to raise something new, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promoting",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising is not allowed in {cs}; for a business notice, contact the office about a paid classified.",
            "You may mention a harness, line or sled you have found useful, but affiliate links and repeated plugs "
            "for one shop will be taken down.",
            "If you sell your decoupage or scrimshaw, say so once in your profile, not in every {c}.",
            "Do not offer ivory, whale teeth or walrus tusk for sale or swap here; trade in them is restricted by "
            "CITES, in the UK by the Ivory Act 2018 and in several American states by laws of their own.",
            "Accounts set up only to post links will be deleted without warning.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Accounts",
            "One person, one account",
            "Do I have to use my real name?",
            "Who can join?",
        ),
        (
            "Please use your real name; everybody on the isles knows everybody anyway.",
            "You may use a nickname, but you may not pretend to be someone else, whether another member, a public "
            "figure or the club itself.",
            "One account per person: a second account used to dodge a ban or to agree with yourself will be closed "
            "along with the first.",
            "Keep your password to yourself and do not let anyone else post under your name.",
            "Usernames that are offensive, advertise something or include an email address will be changed or refused.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Court cases", "Could my {c} land us in court?", "Libel and contempt"),
        (
            "Do not post anything defamatory: saying someone has done wrong when you cannot prove it can cost you, "
            "and us, a great deal of money.",
            "While a case is before the Sheriff Court in Lerwick, do not speculate about guilt or post anything "
            "that might prejudice the trial; contempt of court applies to {cs} as much as to our reports.",
            "The writer of a defamatory {c} can be sued personally, not only the site that published it.",
            "Never name the victim of a sexual offence, and do not name anyone charged with a crime until we have.",
            "Nothing you post should break the law or encourage anyone else to, from ignoring a landing ban to "
            "running dogs through fields at lambing time.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Pictures and articles",
            "Can I post a photo I found?",
            "Credit where it's due",
        ),
        (
            "Only upload photographs you took yourself or have permission to share, and say who took them.",
            "Do not paste whole articles from other papers; a short quote and a link will do.",
            "Many decoupage papers and napkin designs are under copyright: show your finished pieces by all means, "
            "but do not post scans of the papers for others to print.",
            "By sending us your {c} you let us publish it here and in the print edition; the copyright stays yours.",
            "Patterns, tutorials and photographs shared by members belong to those members, so ask before you use "
            "them anywhere else.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods} and are anonymous; the member reported is not told who flagged them.",
            "Please do not use the report button just because you disagree with someone.",
            "For anything urgent, such as a threat to someone's safety, contact the police first and then let us know.",
            "You can also email the editor, quoting the headline and the time the {c} went up.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "Final say",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "These rules cannot cover everything, and where they are silent {mods} will use common sense.",
            "Publishing a {c} does not mean we agree with it.",
            "Decisions are taken by the committee as a whole, not by one person, and can be appealed at the next "
            "committee meeting.",
            "This is a private group run by volunteers, and membership is a privilege, not a right.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Tips and corrections", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong in a story, email the news desk rather than pointing it out in the "
            "{cs}, so that it can be corrected properly.",
            "News from Rookhope, Stanhope and the rest of upper Weardale is always welcome; ring us or drop a note "
            "in at the shop.",
            "Corrections appear on page 2 of the next week's paper and at the foot of the story online.",
            "We cannot act on tips left in the {cs}, as they may never be seen; use the contact form instead.",
            "Photographs from the seabird counts on Fidra and Inchcolm are welcome too; send them to the volunteer "
            "coordinator with the date and who took them.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Keep it clean", "Is swearing allowed?", "Mind your language"),
        (
            "No swearing, including words with letters swapped for asterisks; children read this site.",
            "Dialect is more than welcome, so write in Shetland, Pitmatic or however you speak.",
            "Please write in English so that everyone, {mods} included, can follow the conversation.",
            "Avoid writing in capitals; it reads as shouting.",
            "Text-speak and strings of emojis make a {c} hard to read for members who use screen readers.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Breaking these rules will normally mean a warning first, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats, spam or posting a child's details, mean an immediate ban without "
            "warning.",
            "Banned members may not rejoin under a new name.",
            "If you think a warning was unfair, message {mods} privately; do not argue about it on the open board.",
            "Persistent rule-breakers may also have their club membership reviewed at the next committee meeting.",
        ),
    ),
    (  # medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Can members give medical advice?",
            "Talking about treatment",
        ),
        (
            "Members share their own experience, not medical advice; always check with your child's consultant or "
            "GP before changing anything.",
            "If your child has had a high fever for five days or more with a rash, red eyes or swollen hands and "
            "feet, see a doctor urgently and do not wait for answers here.",
            "Do not tell anyone to stop aspirin, change a dose or skip an echo appointment, whatever worked for "
            "your own child.",
            "Questions about casts, broomstick plasters, braces or surgery for Perthes are welcome, but every hip "
            "is different and only your child's orthopaedic team can advise on theirs.",
            '{Cs} promoting unproven cures, supplements or "natural" treatments will be removed.',
        ),
    ),
    (  # safety out of doors and with animals
        (
            "Safety",
            "Welfare and safety",
            "Staying safe",
            "Is safety advice allowed?",
            "Animals and wildlife",
            "Safety first",
        ),
        (
            "Do not post advice that puts dogs at risk; most clubs stop running dogs in harness once it is warmer "
            "than about 15 degrees.",
            "Trail and snow reports here are members' own; check conditions for yourself before you take dogs out "
            "skijoring.",
            "Never give the exact whereabouts of nesting birds, and do not encourage anyone to fly a drone over the "
            "colonies or land on Fidra without permission; disturbing nesting seabirds without a licence is an "
            "offence.",
            "If you find a sick or dead seabird, do not touch it; report it to the Defra helpline as the bird flu "
            "guidance asks, not only here.",
            "Do not share short cuts that skip dust masks or ventilation; old bone and ivory dust should never be "
            "breathed in.",
        ),
    ),
    (  # letters and submissions
        ("Letters", "Letters to the editor", "How do I write to the paper?", "Submissions", "Length and frequency"),
        (
            "Letters should be no longer than 300 words and must include your full name, town and a daytime phone "
            "number; only your name and town are printed.",
            "We print one letter per writer every 30 days, and none on election matters in the final week before "
            "a vote.",
            "Letters may be edited for length, clarity and taste.",
            "Anonymous letters are not published, though the editor may withhold a name in exceptional circumstances.",
            "Send letters by email, or drop them in at the office in Gardnerville.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; the others, a quarter of sites, never do.
COMMENT_WORDS_353 = ("comment", "comments")
OTHER_WORDS_353: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("response", "responses"),
)

# Who looks after the site, as a sentence prints it mid-line.
MODERATORS_353: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the admin team",
    "the news desk",
    "the site team",
    "the group's admins",
    "the comment moderators",
    "the board admins",
)

# Opening lines a site may print above its rules.
POLICY_INTROS_353: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome comments from readers and ask only that you keep to a few simple rules.",
    "This board is run by volunteers for members of the club; by registering you agree to the following.",
    "Our forum is a place for parents and carers to support each other. To keep it that way, we ask everyone to "
    "follow these guidelines.",
    "The noticeboard is for the whole isle. A few ground rules:",
    "These house rules apply to everything you send us, online and in print.",
    "By joining the group you accept the terms below.",
    "Comments are open on most of our stories, on the following terms.",
)

# Closing lines a site may print below its rules.
POLICY_CLOSINGS_353: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "These rules may be changed at any time; the version on this page is the one that applies.",
    "Happy running, and thanks for reading.",
    "If in doubt, leave it out.",
    "Thank you from the committee.",
    "Comments that break these rules will be removed.",
    "Thanks for reading, and for all you do for the birds.",
)

# Titles a site may print over its rules.
POLICY_TITLES_353: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Comment policy",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the board",
    "Terms of use",
    "Board rules - please read",
    "Group guidelines",
    "Letters and comments policy",
)

# British spellings in this family's sentences and lines, and their American forms.
AMERICAN_353: dict[str, str] = {
    "offence": "offense",
    "orthopaedic": "orthopedic",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "licence": "license",
}

# Printing habits: words a title-cased heading keeps in lower case.
SMALL_WORDS_353 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "into", "of", "on", "or", "the", "to", "not")
)

# Printing habits: list markers, by name, each drawn for a whole site.
MARKER_STYLES_353: tuple[str, ...] = (
    "none",
    "number-stop",
    "number-bracket",
    "number-both-brackets",
    "letter-stop",
    "letter-bracket",
    "roman-lower",
    "roman-upper",
    "bullet",
    "dash",
    "asterisk",
    "square",
    "rule",
    "rule-dash",
    "section",
    "paragraph-sign",
)

# Printing habits: how a run-in heading is joined to its first sentence.
RUN_IN_JOINS_353: tuple[str, ...] = (": ", ". ", " - ", " \u2013 ", " \u2014 ")

# Printing habits: how a heading is emphasised, as the text around it (markup that survived scraping).
EMPHASES_353: tuple[tuple[str, str], ...] = (("**", "**"), ("*", "*"), ("__", "__"), ("[", "]"))

# Printing habits: section lines a site prints above the rules (a page or forum path, a part of longer terms).
SECTION_LINES_353: tuple[str, ...] = (
    "Section 4: Using the forum",
    "Part B - Community standards",
    "Forum \u00bb Announcements \u00bb Forum rules",
    "Rules & guidelines",
    "Sticky: READ BEFORE POSTING",
    "Appendix 2: Noticeboard terms",
    "Help \u203a Taking part",
    "Comments \u2013 how we moderate",
)

# Printing habits: sign-offs a site prints under the rules.
SIGN_OFFS_353: tuple[str, ...] = (
    "\u2014 The Editor",
    "- Admin",
    "The Committee",
    "Mods team",
    "Hon. Secretary, on behalf of the committee",
    "The news desk",
    "Signed: the moderation team",
)

# Printing habits: month names, for last-updated lines and forum post stamps.
MONTHS_353 = (
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


def _roman(number: int) -> str:
    """``number`` (1 to 39) in Roman numerals, upper case."""
    tens, units = divmod(number, 10)
    ones = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + ones[units]


def _marker(style: str, position: int, section: int) -> str:
    """The list marker ``style`` prints before the ``position``-th item (from 1), or "" for none."""
    letter = chr(ord("a") + position - 1)
    return {
        "none": "",
        "number-stop": f"{position}.",
        "number-bracket": f"{position})",
        "number-both-brackets": f"({position})",
        "letter-stop": f"{letter}.",
        "letter-bracket": f"{letter})",
        "roman-lower": f"{_roman(position).lower()}.",
        "roman-upper": f"{_roman(position)}.",
        "bullet": "\u2022",
        "dash": "-",
        "asterisk": "*",
        "square": "\u25aa",
        "rule": f"Rule {position}:",
        "rule-dash": f"Rule {position} -",
        "section": f"{section}.{position}",
        "paragraph-sign": f"\u00a7{position}",
    }[style]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised except short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_353 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _updated_line(rng: random.Random) -> str:
    """A last-updated line as one of these sites prints it, with a drawn date."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2014, 2026)
    name = MONTHS_353[month - 1]
    return rng.choice(
        (
            f"Last updated: {day} {name} {year}",
            f"Last updated {name} {day}, {year}",
            f"Updated {day:02d}/{month:02d}/{year}",
            f"Reviewed {name} {year}",
            f"Rules agreed at the {year} AGM",
            f"Effective {name} {day}, {year}.",
            f"(Revised {name} {year})",
        )
    )


def _forum_stamp(rng: random.Random) -> str:
    """A forum post's by-line, as a sticky rules post prints it above the rules."""
    weekday = rng.choice(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    author = rng.choice(("admin", "Admin", "Moderator", "committee", "SiteAdmin"))
    month = MONTHS_353[rng.randint(0, 11)][:3]
    clock = f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm'))}"
    return f"Post by {author} \u00bb {weekday} {month} {rng.randint(1, 28):02d}, {rng.randint(2009, 2025)} {clock}"


def _items_353(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``. Per site it draws: its word for what readers send
    ("comment" for three sites in four; the rest use another word and never say "comment" anywhere) and who
    moderates; how many items (two to five for a fifth of sites, six to sixteen for the rest), taken in table order or
    shuffled; how many sentences an item (one to three, fixed for the site or drawn per item) and whether they keep
    table order; heading case (sentence, title, capitals) or no headings at all; where headings stand (a part of their
    own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash) and whether
    they carry leftover emphasis markup; a list marker style (numbers, letters, Roman numerals, bullets, dashes,
    "Rule 1:", section numbers, section signs) or none; whether the sentences under a heading of their own are
    bulleted; and its own habits: a section or forum path line, a sticky post's by-line, a last-updated line at the
    top or bottom, a sign-off (each by chance). Then :func:`_furnish` adds an opening, closing and title line by
    chance, American spelling and curly quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORDS_353 if says_comment else rng.choice(OTHER_WORDS_353)
    moderators = rng.choice([name for name in MODERATORS_353 if says_comment or "comment" not in name])
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[0].upper() + moderators[1:],
    }

    kinds = list(range(len(REWORDINGS_353)))
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.4:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        chosen = sorted(rng.sample(kinds, count))

    fixed_sentences = rng.choice((0, 1, 1, 2, 2, 3))  # 0: drawn per item
    sentences_in_order = rng.random() < 0.6
    heading_case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    own_suffix = rng.choice(("", "", ".", ":"))
    run_in_join = rng.choice(RUN_IN_JOINS_353)
    emphasis = rng.choice(EMPHASES_353) if heading_case != "none" and rng.random() < 0.15 else ("", "")
    marker_style = rng.choice(MARKER_STYLES_353) if rng.random() < 0.6 else "none"
    section = rng.randint(1, 9)
    bulleted = placement == "own" and heading_case != "none" and rng.random() < 0.12
    sub_bullet = rng.choice(("-", "\u2022", "*", "\u2013"))

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_353[kind]
        how_many = fixed_sentences or rng.randint(1, 3)
        picked = rng.sample(range(len(sentences)), how_many)
        if sentences_in_order:
            picked.sort()
        body = [sentences[index].format(**fill) for index in picked]
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "upper":
            heading = heading.upper()
        marker = _marker(marker_style, position, section)
        if heading_case == "none":
            first = f"{marker} {body[0]}" if marker else body[0]
            items.append(("", first, *body[1:]))
            continue
        question = heading.endswith("?")
        if placement == "run-in":
            shown = emphasis[0] + heading + emphasis[1]
            joined = shown + (" " if question else run_in_join) + body[0]
            items.append(("", f"{marker} {joined}" if marker else joined, *body[1:]))
            continue
        shown = emphasis[0] + heading + ("" if question else own_suffix) + emphasis[1]
        if bulleted:
            body = [f"{sub_bullet} {sentence}" for sentence in body]
        items.append((f"{marker} {shown}" if marker else shown, *body))

    if rng.random() < 0.2:
        updated = ("", _updated_line(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.1:
        items.insert(0, ("", _forum_stamp(rng)))
    if rng.random() < 0.15:
        section_lines = [line for line in SECTION_LINES_353 if says_comment or "comment" not in line.lower()]
        items.insert(0, (rng.choice(section_lines), ""))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_353)))

    intros = [line for line in POLICY_INTROS_353 if says_comment or "comment" not in line.lower()]
    closings = [line for line in POLICY_CLOSINGS_353 if says_comment or "comment" not in line.lower()]
    titles = [line for line in POLICY_TITLES_353 if says_comment or "comment" not in line.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_353)
