"""The ``reworded-343`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ramsey and Skomer island pages, Baldersdale papers, Methow valley weeklies, cornhole and horseshoe
pitching leagues, millinery and saddler guilds, achalasia forums, dry stone walling volunteers, wayside cross trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences): five or six headings a site may put over the
# item (questions among them) and five sentences in the sites' own voices. ``{c}``/``{cs}`` and ``{C}``/``{Cs}`` are
# the site's word for what readers send (singular, plural, capitalised); ``{mods}`` is who looks after the site.
REWORDINGS_343: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Civility", "Play the ball, not the player", "How should I treat other members?", "Respect"),
        (
            "Disagree with the argument if you must, but leave the person who made it alone.",
            "Personal attacks, name-calling and sneering at other members will be removed, however strongly you feel"
            " about the reservoir, the wind farm or anything else.",
            "Treat everyone here as you would a neighbour at the Cotherstone show: politely, even when you think they"
            " are wrong.",
            "Many of our members are living with a long-term condition, so a little patience goes a long way.",
            "Robust debate is welcome. Rudeness is not.",
        ),
    ),
    (  # hatred and harassment
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Abuse and harassment"),
        (
            "We will not publish {cs} that attack people for their race, religion, sex, sexuality, disability or age.",
            "Stirring up hatred is a criminal offence, and serious cases will be passed to the police.",
            "Slurs are removed on sight, including those dressed up as jokes or misspelt to get past the filter.",
            "Offcomers and second-home owners are people too; argue about housing, not about where someone was born.",
            "Harassing a member, here or by following them to other sites, ends your membership.",
        ),
    ),
    (  # privacy
        ("Privacy", "Other people's details", "Keep it private", "Can I name people?", "Personal information"),
        (
            "Do not post anyone's address, phone number, email or car registration, and that includes your own.",
            "Please don't share photographs of children without their parents' permission, even from a league night"
            " or a show.",
            "If you mention your consultant or your hospital, leave out the names of staff: criticise the care, not"
            " the nurse.",
            "Nest sites of choughs, peregrines and other sensitive birds must not be pinpointed in {cs} or captions.",
            "We handle your details under data protection law; our privacy notice explains what we keep and for how"
            " long.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Young members",
            "Is someone at risk?",
            "Looking after each other",
        ),
        (
            "Junior pitchers are welcome in the league, and any adult who contacts a member under 18 privately will"
            " be removed and reported.",
            "If something you read makes you worried that a person is at risk of harm, tell {mods} straight away"
            " rather than replying.",
            "Our safeguarding officer can be reached through the contact page, and every report is treated in"
            " confidence.",
            "Volunteers who lead young people on walling days must hold a current DBS check.",
            "If someone is in immediate danger, call 999 (or 911 in the United States) first and tell us afterwards.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "Every {c} is read by a person before it goes up, so there may be a wait.",
            "The island runs on solar power and a patchy signal, so {cs} sent during the season can sit in the queue"
            " for a few days.",
            "{Cs} are checked in office hours; anything sent on a Friday evening is likely to wait until Monday.",
            "First-time posters are held for approval, and after that most {cs} appear straight away.",
            "Please don't send the same {c} again if it hasn't appeared yet; duplicates only slow the queue.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep it relevant", "Off-topic posts", "Where should I post this?", "On topic, please"),
        (
            "Keep your {c} to the subject of the article or thread you are replying to.",
            "Questions about boat times to Skomer belong with the Lockley Lodge team at Martin's Haven, not under a"
            " seabird count.",
            "Swallowing, diet and recovery after a Heller myotomy or POEM each have their own board, so that others"
            " can find the thread later.",
            "Off-topic posts may be moved, merged or removed without notice.",
            "Politics is fine when the story is about politics; it is not fine under the horseshoe results.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I promote my business?", "Commercial posts", "Links"),
        (
            "No advertising, please, unless you have cleared it with {mods} first.",
            "Members who take millinery commissions or make tack may say so once, in their profile, and not in every"
            " {c}.",
            "Links to online shops, supplement sellers and 'miracle cures' will be removed.",
            "Spam accounts are deleted, and everything they posted goes with them.",
            "Boards, bags and pitching shoes for sale belong in the classifieds section, which is free to members.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "One account each", "Who can post?", "Usernames"),
        (
            "Letters for print must carry your full name and the town or village where you live; we may withhold a"
            " name on request, but we must know it.",
            "One account per person. Second accounts opened to get round a ban will be closed.",
            "Do not pretend to be someone else, whether another member, a club official or one of our staff.",
            "Usernames that are offensive or read like advertisements will be changed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Contempt of court", "Could I be sued?"),
        (
            "Don't post anything that could be defamatory: if you can't prove it, don't say it.",
            "Cases that are still before the courts are off limits, because the contempt laws apply to readers as"
            " well as to us.",
            "The crosses in our care are scheduled monuments, and damaging them, even by rubbing or cleaning, is an"
            " offence under the Ancient Monuments and Archaeological Areas Act 1979.",
            "Disturbing nesting birds or seal pups can be an offence under the Wildlife and Countryside Act 1981, so"
            " please don't post about getting close to them.",
            "Anything that breaks the law will be removed and may be passed on to the authorities.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Using other people's work", "Can I post a photo I found?", "Quoting"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Short quotes with a credit are fine; whole articles copied from elsewhere are not.",
            "Patterns, block shapes and workshop notes shared by members remain theirs, so ask before you reproduce"
            " them.",
            "By sending us a picture or a {c} you allow us to publish it here and in print, and you keep the"
            " copyright.",
            "Old photographs of dale families may belong to someone's relatives; please say where a picture came from.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "How do I report a post?", "Flagging"),
        (
            "Use the report link under any {c} that you think breaks these rules.",
            "Please report rather than reply; arguing back only gives a troublemaker what they want.",
            "Reports are anonymous, and {mods} will look at every one.",
            "If you think we have got something wrong, email the editor and we will look at it again.",
            "Flagging a post because you disagree with it will not get it removed.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Editor's discretion", "The committee's decision is final", "Who decides?", "Discretion"),
        (
            "We may edit, shorten or decline any {c} without giving a reason.",
            "The final say on what is published rests with the editor.",
            "These rules are a guide rather than a contract, and the committee may act on anything it considers"
            " harmful to the guild or its members.",
            "Publishing a {c} does not mean we agree with it.",
            "We will explain a decision to you privately, but we will not argue about individual removals in public.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Corrections and clarifications"),
        (
            "If we have got a fact wrong, tell us and we will put it right; corrections run on page two.",
            "Got a story from Twisp, Winthrop or further up the valley? Send it to the newsroom rather than leaving"
            " it in a {c}.",
            "Fire and road-closure reports are welcome, but check the official updates before posting, and call 911"
            " in an emergency.",
            "Sightings of puffins, shearwaters and seals are always welcome in the sightings log.",
            "Corrections to match results go to the league secretary, not the forum.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Keep it clean"),
        (
            "No swearing, please: this is a family league and children read the board.",
            "Strong language will be removed, even with a letter swapped for an asterisk.",
            "Write in English or Welsh, and not in capitals, which are hard to read and look like shouting.",
            "Dialect is welcome; abuse is not.",
            "Keep it clean enough to read out in the village hall.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "Break the rules and you will usually get a warning first.",
            "A second breach means a suspension, and a third a permanent ban.",
            "Threats, serious abuse and spam lead to an immediate ban without warning.",
            "Banned members may appeal once, in writing, to the secretary.",
            "A member banned from the forum may also be barred from league events, at the committee's discretion.",
        ),
    ),
    (  # medical advice
        ("Medical advice", "Not a substitute for your doctor", "Treatment", "Can I give advice?", "Health matters"),
        (
            "Members share their own experience of achalasia, but nothing here is medical advice; speak to your"
            " gastroenterologist before changing treatment.",
            "Please don't tell anyone to stop a medicine or put off a dilation because that worked for you.",
            "Doses, supplements and 'natural' cures are not to be promoted on the forum.",
            "If you cannot keep fluids down, are bringing up blood or have chest pain, get urgent medical help"
            " rather than posting.",
            "Describe what happened to you; don't tell others what they should do.",
        ),
    ),
    (  # safety out of doors
        ("Safety", "Stay safe", "On the walls", "Before you go", "Access and safety"),
        (
            "Never encourage others to climb on a wall or a cross to get a better photograph.",
            "Task days run under the leader's risk assessment, and gloves and safety boots are not optional.",
            "Ramsey Sound has some of the fastest tides around the British coast, so please don't encourage anyone"
            " to kayak or swim across it.",
            "Leave gates as you find them and keep dogs on a lead near sheep.",
            "Horseshoes are heavy: keep children well back from the pits during play.",
        ),
    ),
    (  # letters for print
        ("Letters to the editor", "Length", "Print and online", "How long can my letter be?", "Deadlines"),
        (
            "{Cs} should be no longer than 300 words, and we may shorten them.",
            "We print one letter per writer every four weeks, from readers in the valley, Okanogan County and beyond.",
            "Election letters close two weeks before polling day.",
            "{Cs} sent to the website may also appear in the printed paper.",
            "Unsigned letters are not published.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; a quarter never do.
COMMENT_WORDS_343: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_343: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("entry", "entries"),
    ("note", "notes"),
)

# Who looks after the site, as a sentence would name it mid-way.
MODERATORS_343: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the forum team",
    "the wardens",
    "the trustees",
    "the league officers",
    "the newsroom",
    "our volunteer moderators",
)

# Opening lines a site may print before its rules (filled with the site's words before use).
POLICY_INTROS_343: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers, and ask only that you follow a few simple rules.",
    "This is a friendly forum run by volunteers. To keep it that way:",
    "By posting on this site you agree to the following.",
    "The following house rules apply to all {cs} on this site.",
    "Thank you for joining the conversation. A few ground rules:",
    "These rules were agreed by the committee and apply to every member.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_343: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Contact {mods} through the contact page.",
    "We reserve the right to amend these rules at any time.",
    "Happy pitching!",
    "Diolch – thank you.",
    "Enjoy the forum, and look after each other.",
    "These guidelines are reviewed every year at the AGM.",
)

# Titles a site may print over its rules.
POLICY_TITLES_343: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Letters policy",
    "Forum etiquette",
    "Code of conduct",
)

# British spellings used above -> American, for the sites that print American spelling.
AMERICAN_343: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "offence": "offense",
    "criticise": "criticize",
    "misspelt": "misspelled",
    "colour": "color",
    "honour": "honor",
    "favour": "favor",
    "organise": "organize",
    "recognise": "recognize",
    "apologise": "apologize",
    "centre": "center",
    "programme": "program",
    "licence": "license",
    "defence": "defense",
    "judgement": "judgment",
}

# Words a title-cased heading leaves in lower case (unless first).
_SMALL_WORDS_343 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "not", "of", "on", "or", "the", "to"))

# Run-in separators between a heading and the sentence after it.
_RUN_IN_343: tuple[str, ...] = (": ", ". ", " – ", " — ", " - ")

# Marker shapes a site may print before each item.
_MARKERS_343: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "•",
    "*",
    "–",
    "-",
    "Rule 1:",
    "Rule 1 –",
    "§1",
    "1.1",
)

# Emphasis a site may put before one sentence.
_EMPHASES_343: tuple[str, ...] = ("Please note: ", "IMPORTANT: ", "NB: ", "Note: ")

# Sign-offs a site may print under its rules.
_SIGN_OFFS_343: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "The Trustees",
    "League Secretary",
    "Forum admin",
    "The warden team",
    "Posted by admin",
)

# The months, for a last-updated line.
_MONTHS_343: tuple[str, ...] = (
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


def _roman_343(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


def _marker_343(shape: str, index: int, section: int) -> str:
    """The marker of shape ``shape`` for the item at ``index`` (0-based); ``section`` numbers the "1.1" shape."""
    number = index + 1
    letter = chr(ord("a") + index % 26)
    roman = _roman_343(number)
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 –": f"Rule {number} –",
        "§1": f"§{number}",
        "1.1": f"{section}.{number}",
    }.get(shape, shape)


def _title_case_343(heading: str) -> str:
    """``heading`` in title case, small words kept low, other letters left as they are ("POEM" stays)."""
    words = heading.split(" ")
    return " ".join(
        word if (position and word in _SMALL_WORDS_343) or not word else word[0].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _last_updated_343(rng: random.Random) -> str:
    """A last-updated line in one of the shapes such sites print."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2026)
    name = _MONTHS_343[month - 1]
    return rng.choice(
        (
            f"Last updated: {day} {name} {year}",
            f"Last updated {month}/{day}/{year}",
            f"Updated {name} {year}.",
            f"Revised at the AGM, {name} {year}.",
            f"Last reviewed {name} {day}, {year}.",
        )
    )


def _items_343(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. The site draws its word for what readers send ("comment"
    three times in four, else post, message, letter ...) and who moderates it; how many kinds of item it prints (two to
    five for one site in five, else six to sixteen), kept in table order or shuffled; at most one to three sentences
    an item; its heading case (as written, title case or capitals) or no headings at all; whether headings stand as a
    part of their own (bare, with a stop or with a colon) or run in before the first sentence after a colon, stop or
    dash; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and
    its own printing habits by chance: an emphasised sentence, a section line over the rules, a last-updated line, a
    sign-off and an agreement line under them. Opening, closing and title lines, American spelling and curly quotes
    are left to ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_343 if rng.random() < 0.25 else COMMENT_WORDS_343)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_343),
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_343)), min(count, len(REWORDINGS_343)))
    if rng.random() < 0.6:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3))
    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    heading_place = rng.choice(("own", "own", "run-in"))
    heading_stop = rng.choice(("", ".", ":"))
    run_in = rng.choice(_RUN_IN_343)
    marker = rng.choice(_MARKERS_343) if rng.random() < 0.55 else ""
    section = rng.randint(2, 9)
    emphasised = rng.randrange(len(kinds)) if rng.random() < 0.2 else -1
    emphasis = rng.choice(_EMPHASES_343)

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_343[kind]
        chosen = rng.sample(range(len(sentences)), rng.randint(1, most_sentences))
        if rng.random() < 0.5:
            chosen.sort()
        parts = [sentences[number].format(**words) for number in chosen]
        if index == emphasised:
            parts[0] = emphasis + parts[0] if rng.random() < 0.7 else parts[0].upper()
        heading = rng.choice(headings).format(**words)
        if heading_case == "title":
            heading = _title_case_343(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        prefix = _marker_343(marker, index, section) + " " if marker else ""
        if heading_case == "none":
            items.append(("", prefix + parts[0], *parts[1:]))
        elif heading_place == "own":
            stop = "" if heading.endswith("?") else heading_stop
            items.append((prefix + heading + stop, *parts))
        else:
            joint = " " if heading.endswith("?") else run_in
            items.append(("", prefix + heading + joint + parts[0], *parts[1:]))

    if rng.random() < 0.15:
        section_line = rng.choice(
            (
                f"Section {section}: {{Cs}} and the forum",
                f"Part {chr(ord('A') + section - 2)} – Online conduct",
                "Forum rules – please read before posting",
                "Using the noticeboard",
            )
        )
        items.insert(0, (section_line.format(**words), ""))
    if rng.random() < 0.2:
        updated = ("", _last_updated_343(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(_SIGN_OFFS_343)))
    if rng.random() < 0.08:
        items.append(("", "I have read and agree to the house rules."))

    intros = [line.format(**words) for line in POLICY_INTROS_343]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_343]
    titles = [line.format(**words) for line in POLICY_TITLES_343]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_343)
