"""The ``reworded-349`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Stroma and Papa Westray bulletins, Arkengarthdale papers, Sweetwater county weeklies, pelota and road
bowling clubs, crewel and tapestry circles, Addison's disease forums, mews residents' associations, martello tower
heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites' rules hold, in the order a site that keeps the table's order prints them. Each kind is
# (headings, sentences): five or six headings, questions among them, and five sentences in the voice of island
# bulletins, dale papers, Wyoming county weeklies, clubs, circles, a patients' forum, a mews association and tower
# volunteers. {c} {cs} {C} {Cs} stand for the site's word for what readers send, {mods} for who looks after the site.
REWORDINGS_349: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy first",
            "Play the ball, not the player",
            "How should I disagree with someone?",
            "Respect other members",
            "Keep it neighbourly",
        ),
        (
            "Disagree as much as you like, but do it with the courtesy you would show a neighbour at the pier or in"
            " the shop.",
            "Personal attacks, sneering and name-calling will be removed, however strongly you feel about the ferry"
            " timetable or the school roll.",
            "Criticise the argument, not the person who made it.",
            "This is a small community and the person you are replying to may well sit behind you at the next"
            " meeting, so write accordingly.",
            "Threats of any kind, including the jokey sort, will be taken down and may be passed to the police.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "What counts as hateful?",
            "Equality",
            "Respect for everyone",
        ),
        (
            "We will not publish {cs} that attack people for their race, religion, nationality, sex, sexual"
            " orientation, gender identity, disability or age.",
            "That includes remarks about incomers, ferry-loupers and summer folk meant to make them feel unwelcome.",
            "Stirring up hatred is a criminal offence, and {mods} will report it where the law requires.",
            'Jokes and "just asking questions" get no pass: if the point is to demean a group of people, it goes.',
            "Slurs that are coded, misspelled or starred out are treated exactly as if they were written in full.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Other people's details",
            "Protect your privacy",
            "Can I name a neighbour?",
            "Personal information",
            "Photographs of people",
        ),
        (
            "Do not post anyone's address, phone number, email, car registration or medical details, including your"
            " own.",
            'On a mews of a dozen houses, "the blue door at number 6" identifies someone as surely as a name does.',
            "Photographs showing children, or adults who have not agreed to be pictured, will be removed on request.",
            "We hold the details you give us under the UK GDPR and the Data Protection Act 2018; our privacy notice"
            " says how long we keep them.",
            "If you mention your own diagnosis, dose or hospital, remember that the forum is public and can be found"
            " by search engines.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Young members",
            "Who do I tell if I'm worried about someone?",
            "Keeping people safe",
            "Juniors",
        ),
        (
            "Junior players are welcome at the club, but under-16s should not post without a parent or guardian's"
            " say-so.",
            "Never ask a young person to move a conversation to private messages, text or another app.",
            "If anything here worries you about a child or a vulnerable adult, contact the club's safeguarding"
            " officer, or ring 999 if someone is in immediate danger.",
            "{Cs} that could identify a child at risk will be removed at once, and we may share what we know with"
            " the authorities.",
            "If a member writes that they mean to harm themselves, do not try to handle it alone in a thread; tell"
            " {mods} straight away and point them to the Samaritans on 116 123.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place for my {c}?",
            "Relevance",
            "Keep the thread on track",
        ),
        (
            "Keep {cs} to the story they sit under; a report on Reeth Show is not the place for a row about wind"
            " turbines.",
            "Use the right board: fixtures and results go under Scores, and lost bowls under Lost and Found.",
            "Threads that wander a long way from where they started may be split or closed.",
            "Stitching questions belong in Help and Techniques, not in the exhibition notices.",
            "If you want to raise something new, start a thread of your own rather than taking over somebody else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I mention my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "No advertising, chain letters or affiliate links; the classifieds are the place for selling.",
            "Members may sell their own kit, such as bowls, gloves, balls and xisteras, on the For Sale board only.",
            "Designers may mention their own kits and charts once in their profile, not in every reply.",
            "Holiday lets, builders and estate agents: please take a paid notice rather than slipping it into a {c}.",
            'Links to supplements, "adrenal fatigue" cures or anything else for sale will be removed without notice.',
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Do I have to use my real name?",
            "Usernames",
            "One account each",
        ),
        (
            "{Cs} must carry the writer's full name and town, and we will phone to check before printing; we do not"
            " print anonymous {cs}.",
            "Use your real name, or at least the name folk in the dale know you by.",
            "One account per person; a second account set up to agree with yourself will be closed.",
            "Do not pretend to be someone else, whether a councillor, a committee member or a doctor.",
            "Usernames that are offensive or look like an advert will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could I be sued for what I write?",
            "Libel and contempt",
            "Court cases",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can land you, not just us, in court.",
            "Do not discuss anyone charged with an offence beyond what has been reported from court; under the"
            " Contempt of Court Act 1981 a careless remark can halt a trial.",
            "Scots law applies to this bulletin, and the sheriff courts in Kirkwall and Wick take contempt as"
            " seriously as any court in the south.",
            "Wyoming's libel law applies to letters as much as to our reporting, and we will not print accusations"
            " of crime that we cannot check.",
            "Anything that appears to break the law, from harassment to incitement, will be removed and may be"
            " reported.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and patterns",
            "Other people's work",
            "Can I share a pattern I bought?",
            "Using pictures",
            "Credit where it's due",
        ),
        (
            "Do not copy out a bought pattern, chart or kit instructions; a photo of your finished piece and a link"
            " to the designer is fine.",
            "Only upload photographs you took yourself or have permission to use, and say who took them.",
            "Quote a short passage from another paper if you need to, but do not paste in whole articles.",
            "By sending a {c} you let us print it in the bulletin and on the website; you keep the copyright.",
            "Archive photographs of the tower are reproduced by kind permission and may not be reused without asking"
            " their owners.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Keep it clean",
            "Is swearing allowed?",
            "Write clearly",
            "Capitals and shouting",
        ),
        (
            "No swearing, even with the letters starred out; plenty of our readers are children and grandparents.",
            "Please write in English so that {mods} can follow what is posted; a phrase in Basque or Irish is fine"
            " with a translation.",
            "Do not write in capitals, which reads as shouting.",
            "Local words and dialect are welcome, but abuse in any dialect is still abuse.",
            "Keep it short and readable; {cs} over 300 words may be cut.",
        ),
    ),
    (  # medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Can I ask about my dose?",
            "Emergencies",
            "Sharing experience",
        ),
        (
            "Members share their own experience of living with Addison's; nothing here is medical advice, and you"
            " should never change your hydrocortisone dose without speaking to your endocrinologist.",
            "If you are vomiting, cannot keep your tablets down or feel an adrenal crisis coming on, use your"
            " emergency injection and ring 999; do not post and wait for replies.",
            'Do not recommend stopping steroids, or any supplement or "natural" remedy in place of prescribed'
            " medicine.",
            "We may remove {cs} that give dosing instructions to another member.",
            "Links to NHS pages and published guidance are welcome; links to clinics selling cures are not.",
        ),
    ),
    (  # safety on the road, the water and the towers
        (
            "Safety",
            "Site safety",
            "Staying safe",
            "Is it safe?",
            "Safety first",
            "A word on safety",
        ),
        (
            "Do not post ways into closed towers; several stand on private land, and their roofs and stairs are"
            " unsafe.",
            "Volunteers must sign in with the site lead before a work day and wear the hard hats kept in the magazine.",
            "Scores are played on public roads, so do not use the {cs} to arrange a match the club and the gardaí"
            " have not agreed.",
            "Stroma has had no residents since 1962 and the crossing is dangerous; do not use the bulletin to"
            " arrange trips over the Pentland Firth.",
            "Anything posted about the tide, the boat or the weather is one member's opinion, not advice; check with"
            " the skipper or the coastguard.",
        ),
    ),
    (  # elections and campaigns
        (
            "Elections",
            "Political letters",
            "Letters about candidates",
            "Can I endorse a candidate?",
            "Election season",
        ),
        (
            "{Cs} endorsing candidates for county or city office are limited to one per writer per election.",
            "We do not print {cs} about the election in the last issue before polling day, so no one is left"
            " without a chance to reply.",
            "Candidates may not use the {cs} to campaign; our advertising department can help them instead.",
            "The bulletin takes no side in council elections, and neither should its noticeboard.",
            "Please keep debate about the council's parking consultation to the facts.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Have we got something wrong?",
            "Tips and corrections",
        ),
        (
            "If we have got something wrong, tell the editor directly rather than in the {cs}, and we will put it"
            " right in the next issue.",
            "News from the island, whether a birth, a ewe with triplets or a boat in difficulty, can be emailed to"
            " the bulletin or left at the shop.",
            "Corrections run on page 2 of the following week's paper and are noted at the foot of the story online.",
            "Tips are welcome, but please send them privately; we check before anything is published.",
            "Scores and results sent in after the weekend may miss the newsletter but will go on the website.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
            "Approval",
        ),
        (
            "Every {c} is read by a person before it appears, and we are all volunteers, so allow a day or two.",
            "The bulletin is put together on the island on a mobile signal that comes and goes, so please be patient"
            " if your {c} takes a while.",
            "{Cs} sent in after the Thursday deadline will wait until the next issue goes to print.",
            "A new member's first few {cs} are held for approval; after that they should go straight up.",
            "Please do not send the same {c} again if it does not show at once, as duplicates only slow things down.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report a post",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Email the editor with a link to the {c} and a line saying what is wrong with it.",
            "Reports are read by {mods}, usually within a day, and the person you report is not told who you are.",
            "Please do not argue with a rule-breaker in public; report it and move on.",
            "Reporting {cs} again and again just because you disagree with them is itself a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "The committee's decision",
            "Final say",
            "Who decides?",
            "Our discretion",
            "Removing {cs}",
        ),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "This is our website, and the First Amendment restrains government, not a county weekly deciding what"
            " to print.",
            "We may shorten {cs} for length and clarity, but we will not change their meaning.",
            "Decisions of {mods} are final, though you may take a complaint to the association's honorary secretary.",
            "Rules not written down here may still be applied where a {c} is plainly against the spirit of the place.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Sanctions",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension and a third a ban.",
            "Serious breaches, such as threats, publishing someone's address or spam, mean an immediate ban without"
            " warning.",
            "Banned members who come back under a new name will be removed again, along with everything they posted.",
            "Club members who breach these rules may also be referred to the committee under the club's"
            " disciplinary code.",
            "If you think you were banned by mistake, email {mods} once, calmly, and we will look again.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most sites say "comment"; about a quarter never do.
COMMENT_WORD_349 = ("comment", "comments")
OTHER_WORDS_349: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after the site, as the sentences name them (only ever with a modal verb, so singular and plural both fit).
MODERATORS_349 = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the bulletin team",
    "the forum team",
    "the admins",
    "the web team",
    "the newsroom",
    "the duty moderator",
    "the club secretary",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_349 = (
    "Please read these rules before you send us a {c}.",
    "We welcome {cs} from readers, within a few simple rules.",
    "The guidelines below apply to everything posted on this site.",
    "By sending a {c} you agree to the terms below.",
    "These house rules were agreed by the committee and apply to all members.",
    "Our {cs} are read by neighbours near and far; here is how they work.",
    "A few ground rules, so that the noticeboard stays useful for everyone in the mews.",
    "Everyone is welcome here, whether you were diagnosed last week or thirty years ago.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_349 = (
    "Thank you for helping to keep the bulletin friendly.",
    "Thanks for reading, and happy stitching.",
    "These rules may change at any time; the latest version is always on this page.",
    "Questions about these rules can be sent to the editor.",
    "Enjoy the forum, and look after yourselves.",
    "See you at the tower.",
    "Thank you, and good bowling.",
    "We reserve the right to amend these guidelines without notice.",
)

# Titles a site may print above its rules.
POLICY_TITLES_349 = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "{C} policy",
    "Letters policy",
    "Rules for {cs}",
    "Community guidelines",
    "Guidelines for {cs}",
    "Terms of use",
    "Our {cs}: the rules",
)

# British spellings used in the sentences above and their American forms (a site may print either).
AMERICAN_349 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
}

# Pairs of section lines a site that keeps the table's order may print: the first before its first rule, the second
# before its first rule on moderation and enforcement (moderation delays and the kinds after it in the table).
SECTION_LINES_349 = (
    ("Part one: how to behave", "Part two: how we moderate"),
    ("A. General", "B. Moderation and sanctions"),
    ("Section 1 \u2013 Conduct", "Section 2 \u2013 Enforcement"),
    ("Conduct", "Enforcement"),
    ("What we ask of you", "What we will do"),
    ("The rules", "If things go wrong"),
)

# The table's first kind on moderation and enforcement (moderation delays), where a site's second section line goes.
FIRST_ENFORCING_KIND_349 = 14

# Last-updated lines; {date} is filled with a date printed the British or the American way.
UPDATED_LINES_349 = (
    "Last updated: {date}.",
    "Updated {date}",
    "Reviewed by the committee, {date}.",
    "These rules were adopted at the AGM on {date}.",
    "Version 3, {date}",
    "Effective {date}.",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_349 = (
    "\u2014 The Editor",
    "The Committee",
    "The Bulletin Team",
    "Hon. Secretary, on behalf of the committee",
    "The Moderators",
    "\u2013 Site volunteers",
    "Editor & Publisher",
)

# Words put before one rule's first sentence by sites that flag a rule as weightier than the rest.
FLAGS_349 = ("Important:", "IMPORTANT:", "Please note:", "NB:", "N.B.")

# The kinds a site may flag with one of those words: safeguarding, the law, medical advice and safety.
WEIGHTY_KINDS_349 = frozenset({3, 7, 10, 11})

# Month names for the last-updated line.
MONTHS_349 = (
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

# Short words left in lower case when a heading is printed in title case.
SMALL_WORDS_349 = frozenset({"a", "an", "and", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "not"})


def _roman_349(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_349(style: str, number: int, section: int) -> str:
    """The list marker a site of ``style`` prints before its ``number``-th rule (``section`` for section numbers)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_roman_349(number)}.",
        "(i)": f"({_roman_349(number)})",
        "I.": f"{_roman_349(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en dash": "\u2013",
        "star": "*",
        "Rule 1:": f"Rule {number}:",
        "Rule 1.": f"Rule {number}.",
        "Rule 1 -": f"Rule {number} \u2013",
        "1.1": f"{section}.{number}",
        "section": f"\u00a7{number}",
    }
    return markers[style]


def _title_case_349(text: str) -> str:
    """``text`` with every word capitalised but the short ones (and the first word always)."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_349) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _date_349(rng: random.Random) -> str:
    """A date of the last few years, printed the British way, the American way or in figures."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2026)
    shape = rng.random()
    if shape < 0.5:
        return f"{day} {MONTHS_349[month - 1]} {year}"
    if shape < 0.85:
        return f"{MONTHS_349[month - 1]} {day}, {year}"
    return f"{day:02d}/{month:02d}/{year}"


def _items_349(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send (a quarter never say "comment") and who moderates it; how many kinds
    of rule it prints (two to five for some sites, six to sixteen for most), kept in the table's order or shuffled;
    whether each rule gives one, up to two or up to three of its sentences; its heading case (as written, title case
    or capitals) or no headings at all; where headings stand (a part of their own, bare or with a stop or colon, or
    run in before the first sentence after a colon, stop or dash); its list markers (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers) or none; and habits of its own: headings in bold or
    italic mark-up, a weightier rule (safeguarding, the law, medical advice or safety) flagged "Important:", section
    lines (only in table order), a last-updated line at the top or foot and a sign-off. The opening, closing and title
    lines, American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_349) if rng.random() < 0.25 else COMMENT_WORD_349
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_349),
    }

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_349)), count)
    in_table_order = rng.random() < 0.55
    if in_table_order:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3, 3))
    case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    marker = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a.",
            "a)",
            "(a)",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "bullet",
            "dash",
            "en dash",
            "star",
            "Rule 1:",
            "Rule 1.",
            "Rule 1 -",
            "1.1",
            "section",
        )
    )
    section = rng.randint(1, 9)
    emphasis = rng.choice(("", "", "", "", "", "", "**", "*", "__")) if case != "none" else ""
    weighty = [kind for kind in kinds if kind in WEIGHTY_KINDS_349]
    flagged = rng.choice(weighty) if weighty and rng.random() < 0.15 else -1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_349[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most_sentences)))
        parts = [filled(sentences[index]) for index in chosen]
        if kind == flagged:
            parts[0] = f"{rng.choice(FLAGS_349)} {parts[0]}"
        heading = filled(rng.choice(headings))
        if case == "title":
            heading = _title_case_349(heading)
        elif case == "capitals":
            heading = heading.upper()
        prefix = _marker_349(marker, number, section) + " " if marker else ""
        question = heading.endswith("?")
        if case == "none":
            items.append(("", prefix + parts[0], *parts[1:]))
        elif placement.startswith("own"):
            if not question and placement == "own stop":
                heading += "."
            elif not question and placement == "own colon":
                heading += "." if prefix.endswith(": ") else ":"
            items.append((prefix + emphasis + heading + emphasis, *parts))
        else:
            joint = {"run-in colon": ": ", "run-in stop": ". ", "run-in dash": dash}[placement]
            run_in = emphasis + heading + emphasis + (" " if question else joint)
            items.append(("", prefix + run_in + parts[0], *parts[1:]))

    enforcing = [index for index, kind in enumerate(kinds) if kind >= FIRST_ENFORCING_KIND_349]
    if in_table_order and count >= 4 and enforcing and enforcing[0] > 0 and rng.random() < 0.2:
        first, second = rng.choice(SECTION_LINES_349)
        items.insert(enforcing[0], (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_349).format(date=_date_349(rng)))
        if rng.random() < 0.4:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_349)))

    intros = [filled(line) for line in POLICY_INTROS_349]
    closings = [filled(line) for line in POLICY_CLOSINGS_349]
    titles = [filled(line) for line in POLICY_TITLES_349]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_349)
