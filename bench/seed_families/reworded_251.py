"""The ``reworded-251`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Turks and Caicos news, Isle of Wight papers, eastern Kentucky weeklies, field hockey clubs, poetry
societies, adult ADHD forums, student halls committees, lifeboat station supporters.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: for each, its headings (questions among them) and sentences. ``{c}``/``{cs}`` are the site's word
# for what readers send (``{C}``/``{Cs}`` capitalised), ``{mods}`` who looks after the site; the first letter of
# every heading and sentence is capitalised after filling, so ``{mods}`` may open one.
REWORDINGS_251: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Civility", "Respect other members", "Play the ball, not the person", "How should I disagree?"),
        (
            "Disagree with the argument all you like, but leave the person making it alone.",
            "Caulkhead-versus-overner banter is part of Island life, but it is not a way to shout people down.",
            "Name-calling, sneering and pile-ons have no place here; treat other members as you would a neighbour "
            "on the harbour wall.",
            "Criticism of umpires, ours or the opposition's, is not allowed on any club page or group.",
            "Many of our members are having a hard week when they post, so assume good faith and go gently.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No hatred or abuse", "What counts as hate speech?", "Equality"),
        (
            "We will remove any {c} that attacks people because of their race, religion, nationality, sex, "
            "sexuality, disability or age.",
            "Debate about Belonger status and immigration is welcome, but insults aimed at Haitian, Dominican or "
            "any other community in the Turks and Caicos Islands are not.",
            "Racist, sexist, homophobic or transphobic language is not tolerated, whether it is meant as a joke or "
            "not.",
            "The club is open to everyone and so is this page: discriminatory {cs} will be deleted and the author "
            "blocked.",
            "Stirring up hatred can be a criminal offence, and anything of that kind will be passed to the police.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep it private", "Can I post someone's phone number?", "Other people"),
        (
            "Do not post anyone's address, phone number, email or room number, and that includes your own.",
            "Please don't name or photograph other residents without asking them first.",
            "Screenshots of private messages, group chats or Facebook groups should not be shared here without "
            "everyone's consent.",
            "Details of a rescue, including who was brought ashore, are for the crew and the Coastguard to release, "
            "not for guesswork on this page.",
            "Think twice before sharing your own diagnosis, employer or prescription history, as this forum can be "
            "read by anyone.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Junior members", "Protecting young people", "Who do I tell if I'm worried about a child?"),
        (
            "Photos of junior players must not be posted without written consent from a parent or guardian.",
            "Never name a child in a {c} or say which school they go to.",
            "Any safeguarding concern should go straight to the club welfare officer, not onto this page.",
            "If you think someone in halls is at risk, contact the residence life team or, in an emergency, call 999.",
            "We follow England Hockey's safeguarding policy and will report anything that puts a young person at risk.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Where is my {c}?", "Delays", "Approval"),
        (
            "Every {c} is read by a person before it goes live, so there may be a delay, especially overnight and "
            "at weekends.",
            "Ours is a small office, and {cs} sent after we close on Thursday may not be approved until Monday.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Our moderators are volunteers with jobs and families, so please be patient if it takes a day or two.",
            "Sending the same {c} again will not make it appear any faster and may get it caught in the spam filter.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic chat", "Does my {c} have to be relevant?"),
        (
            "Please keep {cs} relevant to the story they appear under.",
            "Threads that drift into ferry fares or national politics will be trimmed or closed.",
            "General chat belongs on the Lounge board, not in the poem threads.",
            "Lost keys, missing pans and kitchen rows go in your flat's group chat, not on the main halls board.",
            "Match reports are for talking about the match; if you have a problem with selection, speak to your "
            "captain.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Self-promotion", "Can I advertise my business?", "Links and adverts"),
        (
            "Adverts, sales pitches and affiliate links will be removed without warning.",
            "Villa rentals, boat charters and taxi services should be advertised through our sales team, not in "
            "the {cs}.",
            "You may mention your own pamphlet or reading once a month in the Events section, and nowhere else.",
            "Links to coaching schemes, supplements or 'cures' for ADHD will be deleted and the account banned.",
            "Spam accounts are removed as soon as we spot them, together with everything they have posted.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "One account each", "Do I have to use my real name?", "Usernames"),
        (
            "Please use your real first name and surname, just as you would sign a letter to the editor.",
            "You may use a username, but you may not pretend to be anyone else, including a magistrate, a coach or "
            "another member.",
            "One account per person; duplicate accounts will be removed along with the original.",
            "Usernames that are offensive or that advertise a business will be changed or deleted.",
            "You must register with your university email address to post on the halls noticeboard.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Libel", "Is it legal?", "Stay within the law", "Contempt of court"),
        (
            "Do not accuse anyone of a crime unless they have been charged, and even then do not speculate about "
            "guilt while the case is before the courts.",
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you as "
            "well as us.",
            "Under Kentucky law a false statement that harms someone's reputation can be libel, even when it is "
            "typed on a phone at midnight.",
            "Nothing that could prejudice a trial at the Isle of Wight Crown Court, or identify a victim of a sexual "
            "offence, will be published.",
            "{Cs} that break the laws of the Turks and Caicos Islands will be removed and may be referred to the "
            "Royal Turks and Caicos Islands Police Force.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Can I post a poem that isn't mine?", "Photos", "Whose words?"),
        (
            "Only post poems you wrote yourself; quote other poets briefly and always credit them.",
            "Do not paste whole articles from other newspapers; a short quote and a link will do.",
            "Posting a poem here may count as publication, so check the rules of any competition you hope to enter.",
            "Photographs taken by the crew or by station volunteers may not be reused without permission.",
            "You keep the copyright in what you send us, but you allow us to show it on the site and in print.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report something?", "Flagging", "Something wrong?"),
        (
            "If you see something that breaks these rules, use the report button rather than replying to it.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "If you believe a {c} is about you and is untrue, email the editor with a link to it.",
            "Do not feed the trolls: report them and move on.",
            "Using the report button to silence people you disagree with is itself a breach of these rules.",
        ),
    ),
    (  # discretion
        ("Our decision", "The editor's discretion", "Final say", "Who decides?", "Right to remove"),
        (
            "{mods} may edit, hide or remove any {c} at their discretion and without giving a reason.",
            "The committee's decision on moderation is final.",
            "We are not obliged to publish any {c}, and we will not enter into correspondence about those we decline.",
            "These rules cannot cover everything, and {mods} will use their judgement where they fall short.",
            "We may change these rules at any time, and the current version is always pinned at the top of the board.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Errors", "Tell us"),
        (
            "If we have got something wrong, email the newsroom so we can put it right in the article.",
            "Got a story from Provo, Grand Turk or the cays? Send it to the news desk rather than posting it here.",
            "Tips about crashes, fires or road closures on the Island are welcome by email or WhatsApp.",
            "Corrections are made in the article itself and noted at the foot of the page.",
            "If you have news from Letcher, Perry or Knott County, call the office or drop it by on a weekday.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Bad language"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "Please write in English so that everyone, {mods} included, can follow the discussion.",
            "Strong language in a poem is fine where the work calls for it, but not in the critique.",
            "Avoid writing in capitals, which reads as shouting.",
            "Keep it fit for the whole family: our readers run from schoolchildren to great-grandparents.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Strikes", "Suspensions"),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Threats, serious abuse or publishing someone's address will lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again.",
            "Repeated misconduct on the board may be referred to the hall warden under the residences' code of "
            "behaviour.",
            "You can appeal against a ban by writing to the club secretary within fourteen days.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Not medical advice", "Can I ask about my medication?", "Safety at sea", "Crisis"),
        (
            "Members share their own experience, not medical advice; always talk to your GP or psychiatrist before "
            "changing your medication.",
            "Do not tell anyone to stop taking prescribed medication, and never offer to sell or swap tablets.",
            "If you see someone in difficulty at sea or on the cliffs, call 999 and ask for the Coastguard; do not "
            "post about it here first.",
            "{Cs} that encourage swimming, paddleboarding or coast walks in dangerous conditions will be removed.",
            "If you are in crisis, ring Samaritans on 116 123 or your local emergency number instead of posting.",
        ),
    ),
    (  # whose views
        ("Whose views?", "Not an official page", "Who runs this page?", "About this page", "Disclaimer"),
        (
            "This is a supporters' page run by volunteers and is not an official RNLI channel.",
            "Views expressed in {cs} belong to their authors, not to the newspaper or its staff.",
            "Nothing posted here is the club's official position unless it comes from a committee member.",
            "For launch news and official statements, follow the station's own channels.",
            "The society and its committee do not endorse the opinions of individual members.",
        ),
    ),
    (  # length and format
        ("Length", "Keep it short", "How long can my {c} be?", "{C} length", "Format"),
        (
            "{Cs} over 300 words may be cut.",
            "Please share one poem per thread, no longer than forty lines.",
            "Letters for the print edition should be under 250 words and include your name, town and a daytime "
            "phone number.",
            "Break long {cs} into paragraphs; a wall of text is hard going for many of our members.",
            "Photos and videos should be relevant and no larger than the upload limit.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; the rest never do.
COMMENT_WORD_251 = ("comment", "comments")
OTHER_WORDS_251: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as a sentence would name them.
MODERATORS_251: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the mod team",
    "our volunteer moderators",
    "the page admins",
    "the newsroom staff",
    "the hall committee",
)

# Opening lines a site prints before its rules (filled and filtered per site, like the items).
POLICY_INTROS_251: tuple[str, ...] = (
    "Please read these rules before you post.",
    "By posting on this site you agree to the following house rules.",
    "We want this to be a friendly place for everyone who loves the Island.",
    "These guidelines apply to every {c} on our website and on our social media pages.",
    "The committee has agreed the following rules for the noticeboard.",
    "Welcome! A few ground rules so this forum stays a safe, supportive space.",
    "We value your {cs} and want to keep the conversation civil and lawful.",
    "Our readers across the mountains are welcome to have their say, within these rules.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_251: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly community.",
    "Happy posting!",
    "Thanks for reading, and see you at the station open day.",
    "Questions about these rules? Email the editor.",
    "Keep it civil, keep it local, and enjoy the discussion.",
    "These rules were last reviewed by the committee at the AGM.",
    "Thank you for your {cs}.",
    "Be kind to each other, and to yourselves.",
)

# Titles a site puts over its rules.
POLICY_TITLES_251: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "{C} policy",
    "Posting rules",
    "Forum rules",
    "Noticeboard terms of use",
    "Rules of the page",
    "Guidelines for {cs}",
    "Terms of participation",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_251: dict[str, str] = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "judgement": "judgment",
    "offence": "offense",
    "behaviour": "behavior",
}

# Words a title-cased heading leaves small unless they open it.
SMALL_WORDS_251 = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "is", "my", "not", "of", "on", "or", "the", "to")
)

# Section lines some sites print over the rules, with the section's number.
SECTION_LINES_251: tuple[str, ...] = (
    "Section {n}: Reader participation",
    "{n}. Community standards",
    "Part {n} \u2013 Online discussion",
    "{n}. Use of the noticeboard",
    "Section {n} \u2013 Posting on this site",
)

# Sign-offs some sites print under the rules.
SIGN_OFFS_251: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "The Mod Team",
    "Thanks, the admins",
    "Hall Committee",
    "Station Supporters' Group committee",
    "- the moderators",
)

# Month names for the dates in last-updated lines.
MONTHS_251 = (
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


def _capitalised(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def _title_cased(text: str) -> str:
    """``text`` in headline case: each word capitalised but the small ones that do not open it."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_251 else _capitalised(word) for index, word in enumerate(words)
    )


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` for section-numbered lists)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(number)}.",
        "(i)": f"({_roman(number)})",
        "I.": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en dash": "\u2013",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} \u2013",
        "section": f"{section}.{number}",
        "\u00a7": f"\u00a7{number}",
        "[1]": f"[{number}]",
    }[style]


def _date_line(rng: random.Random) -> str:
    """A last-updated or reviewed line in one of the date forms these sites print."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2016, 2026)
    return rng.choice(
        (
            f"Last updated: {day} {MONTHS_251[month]} {year}",
            f"Last updated {MONTHS_251[month]} {year}",
            f"Updated {day:02d}/{month + 1:02d}/{year}",
            f"Reviewed: {MONTHS_251[month]} {year}",
            f"Last revised {MONTHS_251[month]} {day}, {year}.",
            f"(Adopted by the committee, {MONTHS_251[month]} {year})",
        )
    )


def _items_251(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (``comment`` three times in four,
    else one it uses throughout, never saying "comment") and who moderates; how many items (two to five for one site
    in five, else six to sixteen), in table order or shuffled, each with one to three of its kind's sentences;
    whether it prints headings (three in four) and then their case (sentence, title or capitals), an emphasis
    style now and then, and where they stand (a part of their own, bare or with a stop or colon, or run in before
    the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers, a section sign, brackets) or none; and, by chance, a section line over the
    items, a last-updated line before or after them and a sign-off under them. Opening, closing and title lines,
    American spelling and curly quotes are left to ``_furnish``."""
    singular, plural = COMMENT_WORD_251 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_251)
    fill = {
        "c": singular,
        "cs": plural,
        "C": _capitalised(singular),
        "Cs": _capitalised(plural),
        "mods": rng.choice(MODERATORS_251),
    }

    def filled(text: str) -> str:
        """``text`` with the site's words filled in and its first letter capitalised."""
        return _capitalised(text.format(**fill))

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_251)
    if rng.random() < 0.5:
        chosen = rng.sample(kinds, count)
    else:
        chosen = [kinds[index] for index in sorted(rng.sample(range(len(kinds)), count))]

    with_headings = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    emphasis = rng.choice(("{}",) * 7 + ("**{}**", "*{}*", "_{}_"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run colon", "run colon", "run stop", "run dash"))
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    marker_style = rng.choice(
        ("",) * 5
        + ("1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "bullet", "bullet", "star", "dash")
        + ("en dash", "Rule 1:", "Rule 1 -", "section", "\u00a7", "[1]")
    )
    section = rng.randint(2, 12)

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, start=1):
        texts = [filled(text) for text in rng.sample(sentences, rng.choice((1, 1, 1, 2, 2, 3)))]
        marker = _marker(marker_style, number, section) + " " if marker_style else ""
        if not with_headings:
            items.append(("", marker + texts[0], *texts[1:]))
            continue
        heading = filled(rng.choice(headings))
        heading = {"sentence": heading, "title": _title_cased(heading), "capitals": heading.upper()}[case]
        heading = marker + emphasis.format(heading)
        question = heading.rstrip("*_").endswith("?")
        if placement.startswith("own"):
            stop = "" if question or placement == "own" else {"own stop": ".", "own colon": ":"}[placement]
            items.append((heading + stop, *texts))
        else:
            joint = " " if question else {"run colon": ": ", "run stop": ". ", "run dash": dash}[placement]
            items.append(("", heading + joint + texts[0], *texts[1:]))

    if marker_style == "section" or rng.random() < 0.12:
        items.insert(0, (rng.choice(SECTION_LINES_251).format(n=section), ""))
    if rng.random() < 0.2:
        date_line = ("", _date_line(rng))
        if rng.random() < 0.6:
            items.append(date_line)
        else:
            items.insert(0, date_line)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_251)))

    says_comment = singular == "comment"

    def lines_for(table: tuple[str, ...]) -> list[str]:
        """The site's filled lines of ``table``, leaving out any that say "comment" if the site never does."""
        lines = [filled(line) for line in table]
        return [line for line in lines if says_comment or "comment" not in line.lower()]

    return _furnish(
        items,
        rng,
        lines_for(POLICY_INTROS_251),
        lines_for(POLICY_CLOSINGS_251),
        lines_for(POLICY_TITLES_251),
        AMERICAN_251,
    )
