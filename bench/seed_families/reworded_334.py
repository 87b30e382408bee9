"""The ``reworded-334`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Gigha island bulletins, Bilsdale papers, Flathead valley weeklies, capoeira and wing chun schools,
cheese making circles, Marfan syndrome forums, reading room trustees' residents, fire station museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the
# site's word for what readers send (singular, plural, capitalised) and ``{mods}`` for whoever looks after the site.
REWORDINGS_334: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy costs nothing",
            "Respect one another",
            "How should I treat other members?",
            "Play the ball, not the player",
            "Keep it friendly",
        ),
        (
            "Treat everyone here as you would a neighbour you will meet at the shop or on the ferry next week.",
            "Disagree with the argument by all means, but leave the person who made it alone.",
            "Personal attacks, name-calling and sneering at other {cs} will be removed, however clever they are.",
            "In the roda we play with each other, not against each other, and the same goes for this board.",
            "Many of our members live with a serious diagnosis, so please be kind and assume good faith when a {c} "
            "reads badly.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate",
            "Discrimination",
            "Hatred and prejudice",
            "What counts as hate speech?",
            "Everyone is welcome",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexual orientation, "
            "gender identity, disability or age.",
            "Jokes at the expense of incomers, holiday-home owners or visitors from the mainland are still prejudice, "
            "and they will come down.",
            "Stirring up hatred is an offence under the Hate Crime and Public Order (Scotland) Act 2021, and the "
            "bulletin will not be where it happens.",
            "Mocking people for how they look, including the tall, slender build many of our members share, is not "
            "tolerated.",
            "The school is open to all, whatever their background, and {cs} suggesting otherwise will be deleted "
            "without discussion.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Other people's details",
            "Don't share personal information",
            "Can I name people?",
            "Keep private things private",
            "Personal information",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, and that includes your own.",
            "Please don't name pupils, patients or neighbours in a {c} without their clear permission.",
            "Photographs taken at classes, batizados or gradings may only be shared if everyone pictured has agreed.",
            "Medical details you share about yourself can be read by anyone on the internet, so think twice before "
            "naming your hospital, your surgeon or your child's school.",
            "We hold the details you give us under the Data Protection Act 2018 and use them only to run the forum.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting juniors",
            "What if I'm worried about someone?",
            "Vulnerable members",
            "Keeping young people safe",
        ),
        (
            "Adults must not contact junior students privately through this site; anything for an under-18 goes "
            "through a parent or the club welfare officer.",
            "If a {c} makes you worried that a child or vulnerable adult is at risk, contact {mods} straight away and, "
            "in an emergency, call 999.",
            "{Cs} that give a young person's name, school and class times together will be removed at once.",
            "Our welfare officer holds a current DBS check and can be reached in confidence through the club office.",
            "If someone here says they are thinking of harming themselves, please don't try to counsel them alone: "
            "tell {mods} and point them to Samaritans on 116 123.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "Delays",
            "Approval",
        ),
        (
            "Every {c} is read by a volunteer before it goes up, so there may be a wait of a day or two.",
            "The bulletin is put together on the island by volunteers, and when the ferry is off or the broadband is "
            "down, so are we.",
            "{Cs} sent over a weekend or a bank holiday will usually be approved on the Monday.",
            "At lambing and clipping time {mods} may take longer than usual to get through the queue.",
            "Your first few {cs} are held for approval; after that, yours will appear straight away.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place for my {c}?",
            "Off-topic {cs}",
            "Stick to the thread",
        ),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Complaints about the TV signal since the Bilsdale mast fire belong in their own thread, not under every "
            "story.",
            "Questions about starter cultures, rennet and ageing go in the Techniques section, and photographs of "
            "finished cheeses in the Gallery.",
            "The forum is for the museum, its appliances and the history of the brigade, not for the present fire "
            "service's budget.",
            "Threads that wander far from where they started may be split or locked by {mods}.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Adverts and links",
        ),
        (
            "Advertising is not allowed in {cs}; if you have something to sell, the small ads page is free to "
            "islanders.",
            "Do not use the board to promote other schools, seminars or grading events without asking the sifu first.",
            "Links to shops selling cultures, moulds or presses are fine when someone asks for a supplier, but not as "
            "a sales pitch.",
            "We remove anything that looks like spam, including links to miracle cures, supplements or clinics "
            "claiming to fix connective tissue disorders.",
            "Holiday lets, boat trips and fishing guides may take out a paid notice, and {cs} that advertise them "
            "will be deleted.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Usernames",
            "Do I have to use my real name?",
            "One person, one account",
            "Who you are",
        ),
        (
            "{Cs} must carry your full name and town; we withhold a name from print only in exceptional cases.",
            "Use one account only, as people found running more than one will lose all of them.",
            "Do not pretend to be another member, an instructor or one of the museum's volunteers.",
            "Usernames that are offensive, or that include a phone number or a web address, will be changed by {mods}.",
            "You may write under a nickname, but {mods} must know who you are.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could I get into legal trouble?",
            "Contempt of court",
            "Legal responsibility",
        ),
        (
            "You are legally responsible for what you write, including anything that could damage someone's "
            "reputation.",
            "Say nothing about court cases that are still running: under the Contempt of Court Act 1981 even a "
            "passing remark can prejudice a trial.",
            "You are free to criticise public officials, but false statements of fact about anyone are not protected, "
            "in Montana or anywhere else.",
            "We will not publish allegations against named people that you cannot back up, however widely they are "
            "being repeated in the valley.",
            "If we receive a legal complaint about a {c}, we will take it down first and ask questions afterwards.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Using pictures",
            "Can I post photos?",
            "Quoting",
            "Other people's material",
        ),
        (
            "Only upload photographs you took yourself or have the owner's permission to share.",
            "Many pictures of old appliances belong to brigade archives or private collectors, so credit them and ask "
            "before copying.",
            "Quote a short passage from an article or book if it helps, but do not paste in whole pages.",
            "Recipes from published cheese books are copyright: describe the method in your own words and name the "
            "book instead.",
            "By sending us a {c}, you allow the bulletin to print it, on paper and online, and to shorten it.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Spotted something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying.",
            "Email {mods} with a link to the {c} and a line about what is wrong with it.",
            "Reports are read by a person, not a machine, usually within a day.",
            "Please don't argue with rule-breakers in public; report it and let {mods} deal with it.",
            "You can also put a note through the reading room letterbox or have a word with any trustee.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editor's discretion",
            "The committee's decision is final",
            "Who decides?",
            "Final say",
            "Discretion",
        ),
        (
            "The editor decides what is published and does not have to give a reason.",
            "The committee's decision on any {c} is final, though you may raise it at the next general meeting.",
            "We may edit {cs} for length, clarity or legal reasons, but we will not change their meaning.",
            "Publishing a {c} does not mean the trustees agree with it.",
            "These rules are a guide rather than a contract, and {mods} may act on anything against their spirit.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Did we get something wrong?",
            "Errors and corrections",
            "Send us your news",
        ),
        (
            "If we have got a fact wrong, tell us by email rather than in a {c}, and we will put it right in the next "
            "issue.",
            "Corrections are printed on page two and noted at the foot of the story online.",
            "Stories, photographs and dates for the diary are always welcome; the copy deadline is the last Friday of "
            "the month.",
            "Seen smoke on the moor, a closure on the B1257 or a lost dog at Chop Gate? Send it to the news desk, not "
            "to a {c} thread.",
            "Tips from Kalispell, Whitefish, Columbia Falls or Bigfork can reach the newsroom by phone or email.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Is swearing allowed?",
            "Keep it clean",
            "Bad language",
        ),
        (
            "No swearing, including words with a letter or two starred out.",
            "Write in English or Gaelic, and {mods} will ask for a translation of anything else.",
            "Portuguese words from capoeira and Cantonese terms from wing chun are welcome, but please explain them "
            "for newer students.",
            "Please don't write in capital letters, as it reads as shouting.",
            "Crude or sexual language will be removed, since young people and families read this board.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Enforcement",
        ),
        (
            "A first breach earns a private warning, a second a week's suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members who come back under a new name will be removed again on sight.",
            "Students who break these rules online may also be spoken to by their instructor in class.",
            "If you think you were banned unfairly, write to {mods}; appeals are looked at by someone who was not "
            "involved.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Food safety",
            "Is this medical advice?",
            "Safety first",
            "Health and safety",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your cardiologist or genetic counsellor before "
            "changing medication.",
            "If you have sudden severe pain in your chest, back or tummy, call 999 or go to A&E and tell them you "
            "have Marfan syndrome; do not post here first.",
            "Advice on raw-milk cheese is shared in good faith, but you are responsible for following food hygiene "
            "rules if you sell what you make.",
            "Do not try techniques from videos shared here without a qualified instructor present.",
            "Visitors must not climb on the appliances or handle the equipment unless a volunteer is showing them how.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Politics",
            "Campaigning",
            "Can I write about candidates?",
            "Election season",
        ),
        (
            "{Cs} backing candidates will not run in the last edition before an election, so that no claim goes "
            "unanswered.",
            "Candidates may not use {cs} to campaign; please contact the advertising office about paid space.",
            "The reading room is a charity and takes no side in politics, so party political {cs} will not be "
            "published.",
            "Discuss policies by all means, but keep it local: the island, its school, its ferry and its turbines.",
            "We print one election {c} per writer each month, up to 250 words.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment", a quarter of them one of the others.
COMMENT_WORD_334 = ("comment", "comments")
OTHER_WORDS_334: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after the site, as the sentences name them mid-sentence.
MODERATORS_334: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the bulletin team",
    "the committee",
    "the trustees",
    "the forum team",
    "the admin team",
    "the instructors",
    "the Friends' committee",
    "our volunteer moderators",
    "the newsroom",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_334: tuple[str, ...] = (
    "Please read these house rules before you send us a {c}.",
    "The bulletin is a community publication, and these guidelines help keep it that way.",
    "A few ground rules for our online board, agreed by {mods}.",
    "By taking part here you agree to the following.",
    "Welcome to the forum. We are a friendly, supportive community and would like to stay that way.",
    "These are the terms on which the reading room's noticeboard, printed and online, is run.",
    "Before you join the conversation, please take a minute to read this.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_334: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules? Ask {mods}.",
    "Axé, and see you in the roda.",
    "Thanks for reading, and for being part of the island's bulletin.",
    "These guidelines may change; the latest version is always on this page.",
    "Happy cheesemaking!",
    "Stay well, and look after each other.",
)

# Titles a site may print above its rules.
POLICY_TITLES_334: tuple[str, ...] = (
    "House rules",
    "{C} guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the board",
    "Letters policy",
    "Our {c} policy",
    "Guidelines for contributors",
)

# British spellings in the sentences above, and how an American-spelling site prints them.
AMERICAN_334: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "criticise": "criticize",
    "ageing": "aging",
    "moulds": "molds",
    "counsellor": "counselor",
    "cheesemaking": "cheese making",
    "behaviour": "behavior",
    "organisation": "organization",
    "colour": "color",
    "favour": "favor",
    "programme": "program",
}

# Section lines a site may print above its rules.
SECTION_LINES_334: tuple[str, ...] = (
    "Part 1: The rules",
    "Section A - Posting online",
    "The rules in brief",
    "Our rules",
    "House rules for the online edition",
    "Forum code of conduct",
)

# Last-updated lines, with the month and year drawn per site.
UPDATED_LINES_334: tuple[str, ...] = (
    "Last updated: {month} {year}",
    "Last updated {month} {year}.",
    "Reviewed by the trustees, {month} {year}.",
    "Agreed at the AGM, {month} {year}.",
    "These rules were last revised in {month} {year}.",
)

# Months for the last-updated lines.
MONTHS_334: tuple[str, ...] = (
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

# Sign-offs a site may print under its rules.
SIGN_OFFS_334: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Sifu and the instructors",
    "The Gigha Bulletin volunteers",
    "Friends of the Fire Station Museum",
    "The admin team",
    "On behalf of the trustees, the Secretary",
)

# List-marker styles a site may use ("" for none, three times as likely): numbers, letters, roman numerals, bullets
# and dashes, "Rule 1:", section numbers and a section sign (see ``_marker_334``).
MARKER_STYLES_334: tuple[str, ...] = (
    "",
    "",
    "",
    "1.",
    "1)",
    "(1)",
    "a.",
    "a)",
    "(a)",
    "i.",
    "I.",
    "(i)",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "rule",
    "rule.",
    "section",
    "para",
)

# Small words a title-cased heading leaves in lower case.
SMALL_WORDS_334 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "not", "by", "at"})


def _roman_334(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_334(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (from 1); ``section`` numbers section-style markers."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_roman_334(number)}.",
        "I.": f"{_roman_334(number).upper()}.",
        "(i)": f"({_roman_334(number)})",
        "rule": f"Rule {number}:",
        "rule.": f"Rule {number}.",
        "section": f"{section}.{number}",
        "para": f"\u00a7{number}",
    }
    return markers.get(style, style)


def _title_case_334(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first always)."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_334) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_334(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Drawn per site: its word for what readers send ("comment" three times in four,
    otherwise post, message, reply, letter ...) and who moderates it; how many item kinds it prints (two to five for
    one site in five, six to sixteen otherwise), in table order or shuffled; how many sentences an item may carry (one
    to three); whether it prints headings and in which case (as written, title case or capitals) and emphasis (none,
    asterisks, underscores, a guillemet); where the heading stands (a part of its own, bare or with a stop or colon, or
    run in before the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers, a section sign) or none; and whether it adds a section line above the
    rules, a last-updated line, and a sign-off. Everything comes from ``rng``; the opening, closing and title lines,
    American spelling and curly quotes are left to ``_furnish``."""
    word, words = COMMENT_WORD_334 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_334)
    moderators = rng.choice(MODERATORS_334)
    fills = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(REWORDINGS_334)))
    chosen = rng.sample(range(len(REWORDINGS_334)), count)
    if rng.random() < 0.55:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    headed = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "**", "*", "_", "\u00bb "))
    placement = rng.choice(("own", "own", "run-in"))
    own_stop = rng.choice(("", ".", ":"))
    run_in = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(MARKER_STYLES_334)
    section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_334[kind]
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [sentence.format(**fills) for sentence in picked]
        heading = rng.choice(headings).format(**fills) if headed else ""
        if heading:
            if case == "title":
                heading = _title_case_334(heading)
            elif case == "capitals":
                heading = heading.upper()
        marker = _marker_334(marker_style, number, section) if marker_style else ""
        if heading and placement == "own":
            if not heading.endswith("?"):
                heading += own_stop
            if emphasis:
                heading = emphasis + heading + ("" if emphasis.endswith(" ") else emphasis)
            items.append(((marker + " " + heading).strip(), *parts))
        elif heading:
            joiner = " " if heading.endswith("?") else run_in
            if emphasis and not emphasis.endswith(" "):
                heading = emphasis + heading + emphasis
            first = (marker + " " + heading + joiner + parts[0]).strip()
            items.append(("", first, *parts[1:]))
        else:
            items.append(("", (marker + " " + parts[0]).strip(), *parts[1:]))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_334), ""))
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_334)
        updated = updated.format(month=rng.choice(MONTHS_334), year=rng.randint(2016, 2026))
        if rng.random() < 0.5:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_334)))

    says_comment = word == "comment"
    intros, closings, titles = (
        [line.format(**fills) for line in table if says_comment or "comment" not in line.lower()]
        for table in (POLICY_INTROS_334, POLICY_CLOSINGS_334, POLICY_TITLES_334)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_334)
