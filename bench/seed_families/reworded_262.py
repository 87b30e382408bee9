"""The ``reworded-262`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Helena farming news, Wensleydale papers, Iowa county-seat weeklies, roller derby leagues, folk
song clubs, glaucoma forums, garden city residents' associations, ropewalk museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each as (headings, sentences): the headings a site may print over the item (questions
# among them) and the sentences it may say, with {c}/{cs}/{C}/{Cs} for the site's word for what readers send and
# {mods} for who looks after the site.
REWORDINGS_262: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it friendly", "Play the ball, not the player", "Courtesy", "How should I talk to others?"),
        (
            "Please be courteous to other readers, even when you disagree with them about the auction prices.",
            "Argue with the point, never the person who made it.",
            "We are a small island and most of us know each other, so write as you would speak at the Jamestown "
            "market.",
            "Sledging belongs on the track; off it, treat fellow skaters, refs and fans with respect.",
            "Heated {cs} are fine, rude ones are not.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Zero tolerance for hate", "Respect for everyone", "What counts as hate?"),
        (
            "We will remove any {c} that attacks people for their race, religion, sex, sexuality, disability or age.",
            "Derby is for everybody, and that includes trans and non-binary skaters; transphobia gets you removed.",
            "Slurs, including ones dressed up as jokes or old Dales sayings, are not welcome here.",
            "Stirring up hatred against any group is against the law as well as against our rules.",
            "Songs are old, but our standards are not: do not use a ballad as an excuse to post bigotry.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep it private", "Other people's information", "Can I name people?"),
        (
            "Do not post phone numbers, addresses or email addresses, yours or anyone else's.",
            "Please leave out patients' names and the names of your eye doctors or hospital staff.",
            "Skaters' legal names stay off this page unless they have put them there themselves.",
            "Do not post photographs of neighbours' gardens, hedges or houses without asking them first.",
            "Our volunteers' rota is not public; please do not share shift times or home details here.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Junior members",
            "Keeping people safe",
            "Worried about someone?",
        ),
        (
            "Junior skaters may read this page, so keep your language and pictures suitable for them.",
            "If you are worried about a child or vulnerable adult, contact the welfare officer rather than posting.",
            "Photographs of under-18s at bouts, sessions or school visits need a parent's written consent.",
            "We pass safeguarding concerns to the proper authorities and will not discuss them in public.",
            "If you think someone on the forum is in danger, call 999 (or 911 in the US) first.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Waiting times", "Pre-moderation", "Approval"),
        (
            "All {cs} are read by {mods} before they go live, which may take a day or two.",
            "Moderation is done by volunteers, so {cs} posted over a weekend or during lambing may wait a while.",
            "The office is closed on Sundays and public holidays; {cs} sent then are checked on Monday.",
            "Your first few {cs} are held for approval; after that they usually appear straight away.",
            "Because of the time difference and the island's internet, there can be a delay before your {c} appears.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance", "Where do I post that?"),
        (
            "Keep {cs} to the story above; general grumbles about the council belong in a letter to the editor.",
            "Please post in the right board: session news under Singarounds, tune requests under Music.",
            "Threads that drift away from glaucoma may be moved or closed.",
            "One subject to a thread, please, and check whether someone has asked already.",
            "Keep it about the rope, the ropewalk and the people who worked there.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise here?", "Commercial posts"),
        (
            "Do not use {cs} to advertise goods, services, stock for sale or websites.",
            "Livestock and machinery for sale go in the classified section, not in {cs} on news stories.",
            "Gig and club-night notices are welcome in the Events board; spam elsewhere is deleted.",
            "Links to miracle cures, supplements or clinics selling treatments will be removed at once.",
            "Chain letters, surveys and fundraising requests need the committee's say-so first.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Who you are", "Registration", "Can I post anonymously?", "Derby names"),
        (
            "We ask you to post under your real name and town, as you would in the printed letters page.",
            "Derby names are fine as usernames, but one account per person.",
            "Do not pretend to be someone else, including another member, a skater or a public figure.",
            "Anonymous {cs} are not published.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Libel and contempt", "Could I get in trouble?"),
        (
            "Do not accuse anyone of a crime or of dishonesty unless it has been proved in court.",
            "Do not write about court cases that are still going on at the courthouse; it could prejudice a trial.",
            "You can be sued for libel over what you post here, just as a newspaper can.",
            "{Cs} that break Iowa law will be removed and may be passed to the county sheriff.",
            "Naming a victim of a sexual offence is a criminal offence, whatever you have heard at the mart.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Words, tunes and pictures", "Can I post a song?", "Photos"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Traditional songs are fine to share; modern songs are someone's living, so link rather than paste "
            "the words.",
            "Do not copy whole articles from other newspapers; a short quote and a link is enough.",
            "By posting you allow us to use your {c} in print and online.",
            "Bout photos belong to the photographers; ask before you reuse them.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a post", "Something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "If you see something that worries you, email {mods} rather than replying to it.",
            "Please do not argue with a troublemaker in the thread; report it and let us deal with it.",
            "Reports are read by a person, usually within a day.",
            "Tell us which {c} and why; a screenshot helps.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's decision",
            "Why was my {c} removed?",
            "Editing",
        ),
        (
            "{mods} may edit, shorten or remove any {c} without giving a reason.",
            "The committee's decision on what stays up is final.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "We reserve the right to close a discussion at any time.",
            "If your {c} was removed, it broke one of these rules; please read them again before posting.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, email the newsroom and we will put it right in print and online.",
            "Do not use {cs} to report an error; the editor may never see it there.",
            "Have a story from the farm, the show field or the village hall? Phone the office or call in.",
            "Results from the Wensleydale show, the county fair or the sale ring are always welcome by email.",
            "Obituaries and announcements are handled by the front counter, not through {cs}.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Plain English"),
        (
            "No swearing, including swear words with letters starred out.",
            "Write in plain English and avoid typing in capital letters; it reads as shouting.",
            "A bit of salty language is part of derby, but slurs and abuse are not.",
            "Bawdy songs are part of the tradition, but keep the chat itself clean.",
            "Please spell out abbreviations; not everyone knows what IOP or SLT means yet.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "What happens if I break the rules?", "Suspensions", "Sanctions"),
        (
            "A first breach gets a warning, a second a suspension and a third a permanent ban.",
            "Members who keep breaking these rules will lose the right to post.",
            "Banned users who come back under a new name will be removed again without notice.",
            "Serious breaches, such as threats, lead to an immediate ban.",
            "Persistent trouble may also be raised with the league's discipline committee.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a doctor",
            "Health and safety",
            "Is this medical advice?",
            "Safety first",
            "Take advice",
        ),
        (
            "Nothing on this forum replaces advice from your own optometrist or ophthalmologist.",
            "Never stop or change your eye drops because of something you read here; speak to your clinic first.",
            "Advice about animal health is no substitute for the government vet.",
            "Do not try rope-making machinery or tar at home on the strength of a post here.",
            "Skate at your own risk, and wear the full kit at every session.",
        ),
    ),
    (  # the organisation's own say
        ("About this page", "Who runs this site?", "Who we are", "Views expressed", "Contact"),
        (
            "This board is run by the residents' association for members and neighbours in the garden city.",
            "{Cs} are the views of the people who wrote them, not of the club or its committee.",
            "The museum's volunteers look after this noticeboard in their own time.",
            "Questions about these rules should go to {mods} by email.",
            "These rules may change; the latest version is always on this page.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural); three in four sites say "comment".
COMMENT_WORDS_262: tuple[tuple[str, str], ...] = (("comment", "comments"),)

# The words the other quarter of sites use instead, never "comment".
OTHER_WORDS_262: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as printed in sentences.
MODERATORS_262: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "our volunteers",
    "the league's admin team",
    "the club secretary",
    "the forum team",
    "the newsroom",
    "the mods",
    "the duty volunteer",
)

# Opening lines a site may print before its rules ({c} and the like filled per site).
POLICY_INTROS_262: tuple[str, ...] = (
    "We welcome your {cs}, but please read these house rules before you post.",
    "This is a friendly place. To keep it that way we ask everyone to follow a few simple rules.",
    "By posting on this site you agree to the following.",
    "Thank you for joining the conversation. A few ground rules:",
    "Members are asked to keep to these guidelines, agreed by the committee.",
    "Please take a minute to read our posting guidelines.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_262: tuple[str, ...] = (
    "Thank you for helping us keep this a pleasant place to talk.",
    "Questions? Email {mods}.",
    "Enjoy the discussion, and see you at the next session.",
    "These rules were agreed at the annual general meeting and may be changed by the committee.",
    "Happy posting!",
    "Thanks for reading, and thanks for being part of the community.",
)

# Titles a site may print over its rules.
POLICY_TITLES_262: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms of use",
    "{C} policy",
    "Rules of the board",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_262: dict[str, str] = {
    "neighbours": "neighbors",
    "organisation": "organization",
    "offence": "offense",
    "behaviour": "behavior",
    "colour": "color",
    "centre": "center",
    "licence": "license",
    "favour": "favor",
    "apologise": "apologize",
    "recognise": "recognize",
    "programme": "program",
}

# The kinds of site a policy may come from, each with the word starts that mark a line as belonging to that kind
# only; a site keeps the lines marked for its own kind or for none (lines of a kind without marks are everyone's).
SITE_KINDS_262: dict[str, tuple[str, ...]] = {
    "farming and county papers": (
        "auction", "jamestown", "island", "lambing", "mart", "dales", "livestock", "courthouse", "iowa",
        "county fair", "newsroom", "front counter", "printed letters", "story", "newspaper", "the paper",
        "government vet", "the office", "editor", "wensleydale", "sheriff",
    ),
    "roller derby league": ("skat", "derby", "bout", "league", "refs", "sledging", "roll "),
    "folk song club": ("song", "ballad", "singaround", "tune", "bawdy", "gig", "next session"),
    "glaucoma forum": ("patient", "eye", "glaucoma", "medical", "doctor", "iop", "miracle", "optometrist", "clinic", "forum"),
    "residents' association": ("residents", "neighbours' gardens", "garden city", "hedges"),
    "ropewalk museum": ("rope", "museum", "rota", "shift"),
}  # fmt: skip


def _kinds_of(line: str) -> set[str]:
    """The site kinds whose marks start a word in ``line``."""
    words = " " + "".join(letter if letter.isalnum() or letter in "' " else " " for letter in line.lower())
    return {kind for kind, marks in SITE_KINDS_262.items() if any(" " + mark in words for mark in marks)}


def _fitting(lines: tuple[str, ...] | list[str], kind: str) -> list[str]:
    """The lines a site of ``kind`` may print: those marked for its own kind or for none."""
    return [line for line in lines if _kinds_of(line) <= {kind}]


# Words kept lower case inside a title-cased heading.
SMALL_WORDS_262: frozenset[str] = frozenset(
    ("a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "not", "at", "by", "with", "is", "i")
)

# Section lines a site may print between its items.
SECTION_LINES_262: tuple[str, ...] = (
    "Conduct",
    "Moderation and enforcement",
    "Other matters",
    "General rules",
    "For members",
    "The small print",
)

# Last-updated lines a site may print at the top or foot of its rules.
UPDATED_LINES_262: tuple[str, ...] = (
    "Last updated: 14 March 2024.",
    "Updated April 2023.",
    "Reviewed by the committee, AGM 2022.",
    "Revised 2 June 2025.",
    "Version 3, adopted at the spring meeting.",
)

# Sign-off lines a site may print last.
SIGN_OFFS_262: tuple[str, ...] = (
    "The Editor",
    "- The committee",
    "Thanks, the mods",
    "Signed on behalf of the committee, Hon. Secretary",
    "Roll safe! The admin team",
)


def _roman(number: int) -> str:
    """``number`` (1 to 39) in roman numerals, lower case."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, index: int) -> str:
    """The list marker of ``style`` for the ``index``-th item (1-based), with its trailing space."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(index - 1) % 26]
    markers = {
        "number": f"{index}. ",
        "paren": f"{index}) ",
        "letter": f"{letter}) ",
        "bracketed": f"({letter}) ",
        "roman": f"{_roman(index)}. ",
        "ROMAN": f"{_roman(index).upper()}. ",
        "bullet": "\u2022 ",
        "star": "* ",
        "dash": "- ",
        "rule": f"Rule {index}: ",
        "section": f"Section {index}. ",
        "clause": f"\u00a7{index} ",
    }
    return markers[style]


def _cased(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if (position and word.lower() in SMALL_WORDS_262) else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    if case == "capitals":
        return heading.upper()
    return heading


def _capitalised(sentence: str) -> str:
    """``sentence`` with its first letter in capitals (a filled placeholder may start it)."""
    return sentence[:1].upper() + sentence[1:]


def _items_262(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its kind (farming and county papers, a roller derby league, a folk song club, a glaucoma forum, a
    residents' association or a ropewalk museum), keeping only the lines that fit it, then its word for what readers
    send (three in four say "comment", the rest post, message, reply, contribution, letter or note) and who
    moderates; how many item kinds it prints (a few sites two to five, most six to sixteen), in table order or
    shuffled; one to three sentences an item; whether it prints headings, and if so their case (as written, title
    case or capitals) and where they stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes,
    "Rule 1:", section or clause numbers) or none, put on the heading or else the first sentence; and its own
    habits: bold or starred headings, a section line partway, a last-updated line at the top or foot, a sign-off.
    Then ``_furnish`` adds an opening, closing and title line by chance."""
    if rng.random() < 0.75:
        singular, plural = rng.choice(COMMENT_WORDS_262)
    else:
        singular, plural = rng.choice(OTHER_WORDS_262)
    site_kind = rng.choice(list(SITE_KINDS_262))
    moderators = rng.choice(_fitting(MODERATORS_262, site_kind))
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    kinds = [
        (headings, _fitting(sentences, site_kind))
        for headings, sentences in REWORDINGS_262
        if _fitting(sentences, site_kind)
    ]
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(kinds)))
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        picked = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[index] for index in picked]

    with_headings = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "**", "*")) if placement.startswith("own") else ""
    marker_style = rng.choice(
        ("", "", "number", "paren", "letter", "bracketed", "roman", "ROMAN", "bullet", "star", "dash", "rule",
         "section", "clause")
    )  # fmt: skip
    most_sentences = rng.choice((1, 1, 2, 3))

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, start=1):
        said = [
            _capitalised(sentence.format(**fill))
            for sentence in rng.sample(sentences, rng.randint(1, min(most_sentences, len(sentences))))
        ]
        marker = _marker(marker_style, index) if marker_style else ""
        if not with_headings:
            items.append(("", marker + said[0], *said[1:]))
            continue
        heading = _cased(rng.choice(_fitting(headings, site_kind)).format(**fill), case)
        is_question = heading.endswith("?")
        if placement.startswith("own"):
            if not is_question and placement == "own-stop":
                heading += "."
            elif not is_question and placement == "own-colon":
                heading += ":"
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            items.append((marker + heading, *said))
            continue
        if is_question:
            run_in = f"{heading} {said[0]}"
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - "}[placement]
            run_in = heading + joiner + said[0]
        items.append(("", marker + run_in, *said[1:]))

    if rng.random() < 0.15 and len(items) > 3:
        items.insert(rng.randint(1, len(items) - 1), (rng.choice(SECTION_LINES_262), ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_262))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(_fitting(SIGN_OFFS_262, site_kind))))

    intros = [line.format(**fill) for line in _fitting(POLICY_INTROS_262, site_kind)]
    closings = [_capitalised(line.format(**fill)) for line in _fitting(POLICY_CLOSINGS_262, site_kind)]
    titles = [line.format(**fill) for line in POLICY_TITLES_262]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_262)
