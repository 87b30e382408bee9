"""The ``reworded-337`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Arranmore island news, Garsdale papers, Wasatch front weeklies, velodrome and roller skating clubs,
entomology and dragonfly recording groups, myositis forums, community garden plot holders, Quaker meeting house
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: each is (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send (singular,
# plural, capitalised), {mods} and {Mods} for who looks after the site.
REWORDINGS_337: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Treat others as you would be treated", "Can I disagree with someone?", "Respect"),
        (
            "Disagree by all means, but do it kindly and without making it personal.",
            "Remember there is a real person behind every {c}, very often a neighbour you will meet on the ferry.",
            "Attack the argument, never the person, and if you get it wrong, apologise and move on.",
            "Sarcasm reads far harsher on a screen than it sounds across a table, so read your {c} back before you "
            "send it.",
            "We hold one another in the same care online as we try to in the meeting house: speak plainly, listen "
            "well and assume good faith.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Is there anything you will always remove?", "Hatred", "Everyone welcome"),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age will be removed.",
            "We will not publish anything that stirs up hatred against Travellers, migrants or any other group.",
            "Slurs are deleted on sight, whatever the intention behind them.",
            "Everyone is welcome at the track, at the plots and on this board, and we expect {cs} to reflect that.",
            "Stereotypes dressed up as jokes count too, and are no less an offence for it.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep it private", "Can I share someone's address?", "Protect your data"),
        (
            "Do not post anyone's phone number, address or email, and that includes your own.",
            "Please don't name or picture children without their parents' permission.",
            "Exact locations of rare species should not be posted; give the 10 km square instead.",
            "What you share about your own treatment is your business, but please do not share other members' "
            "stories outside the forum.",
            "We handle your details under the GDPR and never pass them to anyone else.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and vulnerable adults", "If you are worried about someone", "Keeping safe"),
        (
            "If you are worried that someone is at risk, contact the emergency services first and then let {mods} "
            "know.",
            "Concerns about a child at the club should go to our welfare officer, not on to this page.",
            "Members under 18 must have a parent's consent to join the forum.",
            "The meeting's safeguarding coordinator can be reached through the clerk at any time.",
            "Never arrange to meet a young skater privately through this site.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "Every {c} is read by a person before it goes up, so please allow some time.",
            "Our moderators are volunteers and the island is not always online, so be patient over weekends.",
            "{Cs} sent overnight are usually approved by mid-morning.",
            "Your first {c} will be held for approval; after that most appear straight away.",
            "If a {c} has not appeared after two days, it has probably fallen foul of these guidelines.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} relevant to the story or thread they sit under.",
            "Questions about plot allocations belong in the allotment section, not under the news.",
            "Please start a new thread rather than taking over someone else's.",
            "Chat about the Salt Lake traffic is best kept for the general board.",
            "Off-topic {cs} may be moved or removed without notice.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "Spam", "No selling", "Can I promote my event?", "Commercial posts", "Links"),
        (
            "No advertising, sales pitches or chain letters.",
            "Club members may post kit for sale in the classifieds board only.",
            "Links to products, supplements or miracle cures will be deleted.",
            "Events run by other charities can go on the noticeboard, but organisers should ask first.",
            "Anything posted repeatedly or by an automated account is treated as spam.",
        ),
    ),
    (  # names and accounts
        ("Names and accounts", "Use your real name", "Usernames", "Can I post anonymously?", "One account each"),
        (
            "Please use your own name; we do not publish anonymous {cs}.",
            "One account per person, and do not pretend to be someone you are not.",
            "A first name and a townland or town is enough.",
            "Usernames that are offensive or impersonate another member will be changed.",
            "Registration is free, and you will need a working email address to confirm your account.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Court cases", "Is it legal to say that?", "Libel"),
        (
            "Do not make allegations you cannot prove; under the Defamation Act you, as well as we, can be sued.",
            "Do not discuss cases before the courts in a way that could prejudice a trial.",
            "Anything that breaks Irish, UK or US law will be removed and may be passed to the Gardaí or the police.",
            "Remember that Utah law applies to what is published here, just as it does in print.",
            "If you name someone accused of a crime, stick to what has been reported in open court.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Whose picture is it?", "Using other people's work", "Photos and images"),
        (
            "Only post photos you took yourself, or that you have permission to use.",
            "Do not paste whole articles from other papers; a link and a line or two is fine.",
            "By posting a photograph you grant us a licence to use it on the site and in the newsletter, with credit.",
            "Your dragonfly photos stay yours; we only ask to use them for verifying records.",
            "Quote the source whenever you copy text from a book or website.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a {c}", "Seen something wrong?", "How do I flag a problem?", "Complaints"),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "Please report rather than reply; arguing back only feeds the problem.",
            "You can also email {mods} directly, and we will look at it as soon as we can.",
            "Tell us which {c} and why, and we will take it from there.",
            "Reports are confidential and we will never tell a member who flagged them.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Discretion", "The final say", "Who decides?", "Editorial control"),
        (
            "{Mods} may edit, hold or remove any {c} without giving a reason.",
            "The committee's judgement on what is published is final.",
            "Publication of a {c} does not mean we agree with it.",
            "We may close a thread when it has run its course.",
            "These rules may change from time to time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Did we get it wrong?", "Send us your news"),
        (
            "If we have made a mistake, tell us and we will correct it as quickly as we can.",
            "Spotted an error? Please email the editor rather than pointing it out in the {cs}.",
            "News from Leabgarrow, Aphort or anywhere on the island is always welcome.",
            "Send us your tips, photos and results from Garsdale and Dentdale; we read everything.",
            "Race results and roller derby scores can be sent to the secretary for the next bulletin.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Irish and English", "Mind your language", "What language can I use?"),
        (
            "{Cs} in Irish or English are equally welcome.",
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in plain language and avoid text-speak so everyone can follow.",
            "Writing in capitals reads as shouting.",
            "Keep it clean; families read this page too.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspension", "Three strikes"),
        (
            "Members who break these rules will get a warning first, then a suspension, then a ban; we would much "
            "rather not, so please honour the spirit of them.",
            "Serious or repeated bad behaviour may lead to an immediate ban without warning.",
            "Anyone banned who rejoins under another name will be removed again.",
            "Plot holders who behave abusively on the board may be referred to the allotment committee.",
            "If you think a ban was a mistake, write to {mods} and it will be looked at again.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Not a substitute for your doctor", "Safety", "Is this advice?", "Health and safety"),
        (
            "Nothing posted here is medical advice; always talk to your rheumatologist before changing treatment.",
            "Please do not recommend stopping steroids or any prescribed medication.",
            "Members share their own experience, which may not apply to you.",
            "Track riding and skating carry risks: follow the coaches' safety briefings at the centre, not tips found "
            "here.",
            "Do not post advice on using pesticides or weedkillers on the shared plots.",
        ),
    ),
    (  # sightings and records
        ("Records and sightings", "Submitting a record", "Sightings", "How are records checked?", "Verification"),
        (
            "Sightings posted here are not formal records; please also submit them through iRecord.",
            "Include the date, place, grid reference and who saw it.",
            "County recorders may ask for a photograph before a record is accepted.",
            "Please do not handle or collect protected species for the sake of a picture.",
            "Unusual records will be checked before they are added to the county list.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say comment, a quarter never do.
COMMENT_WORDS_337: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_337: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after the site, as it would be named mid-sentence.
MODERATORS_337: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the site admins",
    "the clerk",
    "the web team",
    "the newsdesk",
)

# Opening lines a site prints before its rules ({cs} and {mods} filled per site).
POLICY_INTROS_337: tuple[str, ...] = (
    "We welcome your {cs}, but please read the following before you post.",
    "This is a friendly community and we want to keep it that way.",
    "These guidelines apply to everything posted on this site.",
    "A few ground rules, agreed by the committee.",
    "By posting you agree to the following.",
    "Please take a moment to read our house rules.",
    "Our forum exists so that people living with myositis can support one another.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_337: tuple[str, ...] = (
    "Thank you for helping to keep this a welcoming place.",
    "Any questions, please contact {mods}.",
    "Go raibh maith agaibh.",
    "In Friendship.",
    "Happy recording!",
    "See you at the track.",
    "Thanks for reading, and enjoy the site.",
)

# Titles a site prints over its rules.
POLICY_TITLES_337: tuple[str, ...] = (
    "House rules",
    "{C} guidelines",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Rules for posting",
    "Our {c} policy",
    "Terms of participation",
)

# British spellings used in the sentences above -> American.
AMERICAN_337: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "apologise": "apologize",
    "licence": "license",
    "offence": "offense",
    "centre": "center",
    "Travellers": "Travelers",
    "organisers": "organizers",
    "honour": "honor",
    "judgement": "judgment",
}

# Lines some sites print after their rules: when they were last changed.
UPDATED_LINES_337: tuple[str, ...] = (
    "Last updated: {day} {month} {year}.",
    "These guidelines were last reviewed in {month} {year}.",
    "Revised {day} {month} {year}",
    "Agreed at the committee meeting of {day} {month} {year}.",
)

# Sign-offs some sites print under their rules ({Mods} filled per site).
SIGN_OFFS_337: tuple[str, ...] = (
    "- {Mods}",
    "{Mods}, on behalf of the members",
    "Signed, {Mods}",
    "With thanks from {mods}",
)

# Section lines a site may print over its rules, naming the part they open.
SECTION_LINES_337: tuple[str, ...] = (
    "Part 1: Posting",
    "General",
    "Before you post",
    "Using the forum",
    "About this board",
    "The rules",
)

# Months for last-updated lines.
MONTHS_337: tuple[str, ...] = (
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

# Words left small inside a title-cased heading.
SMALL_WORDS_337: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
)

# Roman numerals for lists that count that way.
ROMAN_337: tuple[str, ...] = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
)


def _fill_337(text: str, words: dict[str, str]) -> str:
    """``text`` with the site's placeholders filled."""
    for key, value in words.items():
        text = text.replace("{" + key + "}", value)
    return text


def _title_case_337(heading: str) -> str:
    """``heading`` in title case, small words left small except the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_337 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_337(style: str, number: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (from 1)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    roman = ROMAN_337[(number - 1) % len(ROMAN_337)]
    return {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "letter-bracket": f"({letter})",
        "letter-stop": f"{letter}.",
        "roman": f"{roman}.",
        "roman-caps": f"{roman.upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "rule": f"Rule {number}:",
        "section": f"{number}.",
        "clause": f"\u00a7{number}",
    }[style]


def _items_337(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (comment for three sites in four, otherwise post, message, reply,
    contribution, letter, note or submission) and who looks after it; how many kinds it prints (two to five for one
    site in five, otherwise six to sixteen), in table order or shuffled; at most how many sentences an item has (one
    to three); its heading case (sentence, title or capitals) or no headings at all; where headings stand (a part of
    their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); its
    list markers (numbers, letters, roman numerals, bullets, dashes, asterisks, "Rule 1:", section numbers with
    numbered clauses, section signs) or none; whether headings are starred for emphasis; and whether it prints a
    section line over its rules, a last-updated line and a sign-off under them. The items go through
    :func:`_furnish` for an opening, closing and title line, American spelling and curly quotes."""
    singular, plural = rng.choice(OTHER_WORDS_337) if rng.random() < 0.25 else COMMENT_WORDS_337[0]
    moderators = rng.choice(MODERATORS_337)
    words = {
        "cs": plural,
        "c": singular,
        "Cs": plural.capitalize(),
        "C": singular.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = [REWORDINGS_337[index] for index in sorted(rng.sample(range(len(REWORDINGS_337)), count))]
    else:
        kinds = rng.sample(REWORDINGS_337, count)
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "own-colon", "run-colon", "run-stop", "run-dash"))
    markers = (
        "number-stop", "number-bracket", "letter-bracket", "letter-stop", "roman", "roman-caps",
        "bullet", "dash", "en-dash", "asterisk", "rule", "section", "clause",
    )  # fmt: skip
    marker_style = rng.choice(markers) if rng.random() < 0.6 else ""
    emphasis = rng.choice(("**", "*")) if heading_case != "none" and rng.random() < 0.15 else ""

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        heading = _fill_337(rng.choice(headings), words)
        picked = [_fill_337(sentence, words) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if marker_style == "section":
            picked = [f"{number}.{clause} {sentence}" for clause, sentence in enumerate(picked, start=1)]
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case_337(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = _marker_337(marker_style, number) if marker_style else ""
        question = heading.endswith("?")
        stop = (
            ""
            if question
            else {"own-stop": ".", "own-colon": ":", "run-colon": ":", "run-stop": "."}.get(placement, "")
        )
        if heading and emphasis:
            heading = f"{emphasis}{heading}{stop}{emphasis}"
        elif heading:
            heading += stop
        if heading and placement.startswith("own"):
            items.append((f"{marker} {heading}" if marker else heading, *picked))
            continue
        if heading:
            joiner = " \u2013 " if placement == "run-dash" and not question else " "
            picked[0] = heading + joiner + picked[0]
        if marker:
            picked[0] = f"{marker} {picked[0]}"
        items.append(("", *picked))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_337), ""))
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_337)
        when = {"day": str(rng.randint(1, 28)), "month": rng.choice(MONTHS_337), "year": str(rng.randint(2009, 2026))}
        items.append(("", _fill_337(updated, when)))
    if rng.random() < 0.15:
        items.append(("", _fill_337(rng.choice(SIGN_OFFS_337), words)))

    intros = [_fill_337(line, words) for line in POLICY_INTROS_337]
    closings = [_fill_337(line, words) for line in POLICY_CLOSINGS_337]
    titles = [_fill_337(line, words) for line in POLICY_TITLES_337]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_337)
