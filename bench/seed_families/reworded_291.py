"""The ``reworded-291`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vanuatu English news, Teesdale papers, Utah canyon-country weeklies, gymnastics clubs, poetry circles,
menopause forums, garden square residents, lifeboat station heritage groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them: each is (headings, sentences). ``{c}``,
# ``{cs}``, ``{C}`` and ``{Cs}`` stand for the site's word for what readers send (singular, plural, capitalised) and
# ``{mods}`` for who looks after the site; a sentence that begins with ``{mods}`` is capitalised after filling.
REWORDINGS_291: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be courteous", "Civility", "Keep it civil", "Respect", "Can I disagree with someone?", "Play nicely"),
        (
            "Disagree by all means, but argue with the point and not with the person who made it.",
            "Treat other readers as you would a neighbour at the Saturday market in Port Vila or Barnard Castle.",
            "Name-calling, sneering and pile-ons have no place here, however strongly you feel.",
            "Please be kind: many of our members are going through a hard time and came here for support.",
            "Robust debate is welcome; rudeness to other members, to volunteers or to staff is not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "Hateful content", "What counts as hate speech?", "Prejudice"),
        (
            "We will remove any {c} that attacks people for their race, island, faith, sex, sexuality or disability.",
            "Slurs, including ones dressed up as jokes, will be deleted without discussion.",
            "Do not stir up hatred between communities, whether between islands, between towns or between neighbours.",
            "Remarks about Native American, Pacific Islander or any other people as a group are removed on sight.",
            "Discriminatory language is not tolerated, and repeat offenders will be removed from the group.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep personal details private", "Can I name people?", "Other people"),
        (
            "Do not post anyone's address, phone number, email or workplace, and that includes your own.",
            "Please do not name or identify other residents, their children or their tenants in a {c}.",
            "Photographs of other people's homes, cars or gardens should not be posted without their permission.",
            "What is shared in the members' area stays there; do not copy it to Facebook or anywhere else.",
            "Private messages are private, so please do not quote them in a public {c} without consent.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Photos of gymnasts", "Welfare", "Who do I tell if worried?"),
        (
            "Never post photographs or video of gymnasts under 18 without written consent from a parent or carer.",
            "If you are worried about the welfare of a child, contact our club welfare officer rather than posting.",
            "Do not identify a young person's school, squad times or training venue in a public {c}.",
            "Concerns about a coach can be reported in confidence to the welfare officer or to British Gymnastics.",
            "Any {c} that could put a child or vulnerable adult at risk will be removed and may be passed on.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a person before it is published, so there may be a delay.",
            "Our newsroom is small and {mods} may not see your {c} until the next working day.",
            "{Cs} sent at weekends or over public holidays may not appear until Monday.",
            "New members are pre-moderated for their first few {cs}; after that they appear straight away.",
            "Please do not send the same {c} twice if it does not show at once; it is in the queue.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Relevance", "Is my {c} on topic?"),
        (
            "Keep your {c} relevant to the story, poem or thread it sits under.",
            "Threads about the square's planting should not turn into arguments about parking.",
            "If you want to raise something new, start a new thread in the right section rather than derailing one.",
            "{Cs} that wander far from the subject may be moved or removed.",
            "This page is for station history; questions about today's crew and launches belong with the RNLI itself.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I post a link?", "Commercial posts"),
        (
            "Do not use {cs} to advertise goods, services, tours or holiday lets.",
            "Links are allowed only where they add to the discussion, and never to sell something.",
            "Supplements, creams and private clinics may not be promoted here, however much they helped you.",
            "Chain letters, competitions and fundraising appeals need the committee's approval first.",
            "Spam is deleted and the account that sent it is closed.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Usernames", "Do I have to use my real name?", "One person, one account"),
        (
            "Every {c} must carry your full name and the town you live in, such as Moab, Blanding or Bluff.",
            "Whatever name you use, you must not pretend to be someone else.",
            "Each member may hold one account; duplicate accounts will be merged or closed.",
            "Anonymous {cs} are not published, though we may withhold a name on request in exceptional cases.",
            "Do not share your login or your gate key fob details with anyone outside the household.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Contempt of court", "Could I get into legal trouble?"),
        (
            "You are legally responsible for what you post, and defamation law applies online as it does in print.",
            "Do not discuss cases before the courts, whether at Durham Crown Court or the Supreme Court in Port Vila.",
            "Allegations of crime against a named person will not be published.",
            "The Cybercrime Act applies to {cs} sent from Vanuatu, and {mods} will cooperate with the police.",
            "Anything that breaks Utah or federal law, or encourages someone else to, will be removed.",
        ),
    ),
    (  # copyright
        ("Copyright", "Your own work", "Whose poem is it?", "Photographs and archive material", "Sharing work"),
        (
            "Only post poems and pictures that you wrote or took yourself.",
            "Quoting a line or two of a published poem is fine; posting the whole thing is not.",
            "Archive photographs of crews and launches belong to the station or to the families; ask before copying.",
            "By posting you let us show your {c} on this site and in our newsletter, and you keep the copyright.",
            "Please credit the photographer when you share a picture of the boathouse or the old slipway.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "How do I report a {c}?", "Flagging", "Something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "You can also email {mods}; please include a link to the {c} and say what is wrong with it.",
            "Reports are confidential, and the member you report will not be told who made it.",
            "Please do not report a {c} simply because you disagree with it.",
            "We aim to look at reports within 24 hours, sooner for anything about a child's safety.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "Editorial discretion", "The committee's say", "Who decides?", "Final word"),
        (
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "Publication is a privilege and not a right, and the editor's decision is final.",
            "The committee may change these rules at any time, and changes will be posted on the noticeboard.",
            "Decisions are made by volunteers in their own time; please be patient and polite with them.",
            "Appeals against a decision can be sent to the secretary, and will be looked at at the next meeting.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us", "Send us your news"),
        (
            "If we have got something wrong, tell the newsroom rather than posting about it in a {c}.",
            "News tips from Tanna, Santo, Malekula and the outer islands are always welcome.",
            "Spotted an error in a report? Email the editor and we will correct it as quickly as we can.",
            "Got a story from Middleton, Cotherstone or upper Teesdale? Ring the office or drop it in.",
            "If you know something about an old rescue or a former crew member, our archivist would love to hear.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language?", "Bad language", "Mind your language"),
        (
            "Please keep your language clean; swearing, even with stars in it, will be removed.",
            "{Cs} may be in English, French or Bislama, but please keep them to one language at a time.",
            "Writing in capital letters reads as shouting, so please don't.",
            "Strong language belongs in a poem only where the poem needs it, and a content note helps.",
            "Text-speak and long strings of emojis make {cs} hard to read and may not be published.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Three strikes", "Suspension"),
        (
            "A first breach earns a warning, a second a suspension, and a third a permanent ban.",
            "{mods} may ban a member at once for serious abuse, threats or spam.",
            "Banned members who come back under a new name will be removed again without warning.",
            "Repeated breaches may be reported to the club's welfare officer or the governing body.",
            "Suspensions usually last seven days, and the member is told why by private message.",
        ),
    ),
    (  # safety or medical advice
        ("Medical advice", "Not a doctor", "Health information", "Is this medical advice?", "Safety first"),
        (
            "Nothing posted here is medical advice; talk to your GP or practice nurse before changing any treatment.",
            "Please share your own experience of HRT, but do not tell others what dose they should take.",
            "Do not post trail, river or flash-flood conditions as fact; check with the BLM or the Park Service.",
            "Never urge anyone onto the water in bad weather; in an emergency, dial 999 and ask for the coastguard.",
            "If you are having thoughts of harming yourself, please contact Samaritans on 116 123 straight away.",
        ),
    ),
    (  # kastom, community and heritage respect (local colour several of these sites carry)
        ("Respect for kastom", "Community respect", "Remembering the crews", "Respectful tribute", "Local feeling"),
        (
            "Be respectful when discussing kastom, chiefs and land matters, which are sensitive in many communities.",
            "When remembering crew lost on service, please think of the families who may read what you write.",
            "Tribal lands, sacred sites and rock art locations should not be pinpointed in a {c}.",
            "Tributes are welcome, but please check the facts with the station before naming anyone.",
            "Remember that Teesdale is a small place and the person you are writing about may be your neighbour.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; about a quarter never do.
COMMENT_WORD_291: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_291: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as it would appear mid-sentence.
MODERATORS_291: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the newsroom team",
    "our volunteer moderators",
    "the club welfare officer",
    "the circle's convenors",
    "the garden committee",
    "the heritage group's admins",
    "the forum team",
)

# Opening lines a site may print before its items (chosen by ``_furnish``); filled with the site's word.
POLICY_INTROS_291: tuple[str, ...] = (
    "We welcome {cs} from readers across the islands, provided they follow these rules.",
    "Please read the following before you post.",
    "These guidelines keep the group friendly and safe for everyone.",
    "By sending a {c} you agree to the terms below.",
    "The committee asks all keyholders to observe the following.",
    "This is a peer support space, and these rules help it stay one.",
    "A few house rules, agreed at the last AGM:",
)

# Closing lines a site may print after its items (chosen by ``_furnish``); filled with the site's word.
POLICY_CLOSINGS_291: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Tankyu tumas for reading.",
    "Questions about these rules can be sent to the editor.",
    "Happy posting, and thank you for being part of the circle.",
    "These rules were last reviewed by the committee and may change without notice.",
    "Thank you for respecting the memory of the crews.",
    "Take care of yourselves, and of each other.",
)

# Titles a site may print above its items (chosen by ``_furnish``); filled with the site's word.
POLICY_TITLES_291: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms",
    "Rules for {cs}",
    "Guidelines for readers' {cs}",
    "Group rules",
)

# British spellings used in this family's sentences and lines -> American, for sites that print American.
AMERICAN_291: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "licence": "license",
    "defence": "defense",
    "practise": "practice",
    "judgement": "judgment",
    "organisation": "organization",
    "apologise": "apologize",
    "favour": "favor",
    "honour": "honor",
    "centre": "center",
    "programme": "program",
}

# Section lines some sites print above the rules, filled with the site's word.
SECTION_LINES_291: tuple[str, ...] = (
    "Section 3: Using the {c} pages",
    "Part B \u2013 Rules for {cs}",
    "Terms of use, continued",
    "3. Community standards",
    "Noticeboard and online forum",
    "The rules",
)

# Sign-offs some sites print under the rules.
SIGN_OFFS_291: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Signed, the Hon. Secretary",
    "Admin team",
    "\u2013 Mod team x",
    "Yours in poetry, the convenors",
    "The Publisher",
)

# Words a heading in title case keeps in lower case (unless first).
SMALL_WORDS_291: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "by", "for", "i", "in", "of", "on", "or", "the", "to"}
)

MONTHS_291: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _roman(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, index: int, section: int) -> str:
    """The list marker (with its trailing space) of the ``index``-th item (from 1) in a marker ``style``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(index - 1) % 26]
    markers = {
        "none": "",
        "number-stop": f"{index}. ",
        "number-bracket": f"{index}) ",
        "letter-brackets": f"({letter}) ",
        "letter-bracket": f"{letter}) ",
        "roman": f"{_roman(index)}. ",
        "roman-brackets": f"({_roman(index)}) ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "en-dash": "\u2013 ",
        "star": "* ",
        "rule": f"Rule {index}: ",
        "rule-dash": f"Rule {index} \u2013 ",
        "section": f"{section}.{index} ",
        "section-sign": f"\u00a7{index} ",
    }
    return markers[style]


def _cased(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if position and word.lower() in SMALL_WORDS_291 else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    return heading


def _filled(text: str, word: tuple[str, str], moderators: str) -> str:
    """``text`` with the site's word and moderators put in, its first letter capitalised."""
    singular, plural = word
    text = text.replace("{Mods}", moderators.capitalize()).replace("{mods}", moderators)
    text = text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize())
    return text[:1].upper() + text[1:]


def _items_291(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send ("comment" three times in four, otherwise post, message, reply,
    contribution, letter or note) and who moderates it; how many kinds it prints (two to five for one site in five,
    six to sixteen otherwise), in table order or shuffled; one to three sentences a kind; its headings' case (as
    written, title case or capitals) or no headings at all; where headings stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); its list marker (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, the section sign) or none, and whether the
    marker goes on the heading or the sentence; and its own habits: a section line above the rules, a last-updated
    line, capitals or bracketed bold on one heading style, an "Important:" note before one sentence, a row of stars
    between halves, and a sign-off. ``_furnish`` then adds an opening, closing and title line by chance."""
    word = COMMENT_WORD_291 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_291)
    moderators = rng.choice(MODERATORS_291)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_291)), count)
    if rng.random() < 0.55:
        chosen.sort()
    headed = rng.random() < 0.8
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        ("none", "none", "none", "number-stop", "number-bracket", "letter-brackets", "letter-bracket", "roman",
         "roman-brackets", "bullet", "dash", "en-dash", "star", "rule", "rule-dash", "section", "section-sign")
    )  # fmt: skip
    section = rng.randint(2, 9)
    emphasis = rng.choice(("none", "none", "none", "bbcode", "stars"))
    important_at = rng.randrange(count) if rng.random() < 0.2 else -1
    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_291[kind]
        picked = rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))
        parts = [_filled(sentence, word, moderators) for sentence in picked]
        if index - 1 == important_at:
            parts[0] = rng.choice(("Important: ", "PLEASE NOTE: ", "NB: ")) + parts[0]
        marker = _marker(marker_style, index, section)
        if not headed:
            items.append(("", marker + parts[0], *parts[1:]))
            continue
        heading = _cased(_filled(rng.choice(headings), word, moderators), case)
        if emphasis == "bbcode":
            heading = f"[b]{heading}[/b]"
        elif emphasis == "stars":
            heading = f"**{heading}**"
        question = heading.rstrip("*]").endswith("?") or heading.endswith("?[/b]")
        if placement.startswith("own"):
            if not question and placement == "own-stop":
                heading += "."
            elif not question and placement == "own-colon":
                heading += ":"
            items.append((marker + heading, *parts))
        else:
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if question:
                joint = " "
            items.append(("", marker + heading + joint + parts[0], *parts[1:]))
    if count > 5 and rng.random() < 0.1:
        items.insert(len(items) // 2, ("", "* * *"))
    if rng.random() < 0.15:
        items.insert(0, (_filled(rng.choice(SECTION_LINES_291), word, moderators), ""))
    if rng.random() < 0.2:
        updated = f"{rng.randint(1, 28)} {rng.choice(MONTHS_291)} {rng.randint(2018, 2026)}"
        line = rng.choice((f"Last updated: {updated}", f"Updated {updated}.", f"Reviewed by the committee, {updated}."))
        if rng.random() < 0.5:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_291)))
    intros = [_filled(line, word, moderators) for line in POLICY_INTROS_291]
    closings = [_filled(line, word, moderators) for line in POLICY_CLOSINGS_291]
    titles = [_filled(line, word, moderators) for line in POLICY_TITLES_291]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_291)
