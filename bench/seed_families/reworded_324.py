"""The ``reworded-324`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Deer Isle weeklies, Sperrins papers, Kettle Moraine weeklies, biathlon and cross-country clubs,
re-enactment and living history societies, young carers' forums, rail users' and cycle campaign groups, guildhall and
market cross trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each ``(headings, sentences)``: five or six headings a site may print over the item and
# five sentences it may print under them. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) stand for the site's word
# for what readers send, ``{mods}`` for whoever looks after the site; both are filled per site.
REWORDINGS_324: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        (
            "Be civil",
            "Keep it courteous",
            "Respect other members",
            "Why do we ask you to be polite?",
            "Play the ball, not the person",
            "Courtesy",
        ),
        (
            "Debate the issue, not the person: personal attacks, name-calling and sneering at other readers will be "
            "removed.",
            "Please be courteous; most of the people reading this are your neighbours, and you may well meet them at "
            "the post office or on the Stonington dock on Monday.",
            "Disagree by all means, but do it the way you would at a parish meeting in the guildhall: politely, and "
            "one at a time.",
            "{Cs} that bully, belittle or goad other members will not be published.",
            "We are a small club and most of us know each other from the trails, so keep it friendly.",
        ),
    ),
    # Hatred and discrimination.
    (
        (
            "Hate speech",
            "No discrimination",
            "What counts as hateful?",
            "Sectarian and racist content",
            "Equality and respect",
        ),
        (
            "We will not publish anything that is racist, sexist, homophobic, transphobic or sectarian, or that mocks "
            "anyone's disability, age or religion.",
            "Sectarian remarks, point-scoring over flags and emblems, and abuse about anyone's background have no "
            "place here.",
            "Stirring up hatred against a group of people is an offence, and {mods} will pass such {cs} to the police "
            "where necessary.",
            "Portraying a historical period is no excuse for present-day prejudice: the uniforms and roles stay on the "
            "field.",
            "Slurs are not allowed, including when they are disguised with asterisks or deliberate misspellings.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Keep your details safe",
            "Can I share someone's address?",
            "Other people's details",
            "Photographs of members",
        ),
        (
            "Do not post your own or anyone else's phone number, home address, email address or car registration.",
            "Never share details that could identify a young carer or the person they look after, such as a school, "
            "a surname or a hospital ward.",
            "Please ask before posting photographs of other members, and do not tag juniors in pictures from races or "
            "training sessions.",
            "If you want to arrange a lift to a meeting or a ride, swap contact details by private message rather "
            "than in a public {c}.",
            "We will edit out personal details that slip through, and may remove the whole {c} if it cannot stand "
            "without them.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Keeping young people safe",
            "Worried about someone?",
            "If you are in danger",
            "Juniors on the forum",
        ),
        (
            "If you are worried that you or someone else is at risk of harm, don't wait for a reply here: ring 999 "
            "or tell a trusted adult straight away.",
            "If something you post makes us think a young person is at risk, our safeguarding lead will get in touch, "
            "and we may have to share it with children's services.",
            "Juniors under 16 need a parent or guardian's permission to join the forum, and coaches will never "
            "message a junior privately.",
            "Never arrange to meet someone you have only met online.",
            "Childline is free on 0800 1111, and the call won't show up on the phone bill.",
        ),
    ),
    # Moderation delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, especially overnight and at "
            "weekends.",
            "The forum is run by volunteers who also have jobs, training and caring of their own, so please be patient "
            "if your {c} takes a day or two to show.",
            "{Cs} sent after the office closes on Friday will usually be approved on Monday morning.",
            "Sending the same {c} several times will not make it appear any faster, and duplicates will be deleted.",
            "In the summer months, when the paper is at its busiest, moderation can take longer than usual.",
        ),
    ),
    # Staying on topic.
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right thread?",
            "Relevance",
        ),
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "Questions about timetables, fares or a particular train belong in the right section, not tagged onto an "
            "unrelated discussion.",
            "Long-running arguments about the gold mine, the wind farms or the county budget should not be restarted "
            "under every story.",
            "Kit and waxing advice has its own board; please post it there rather than under the race results.",
            "{mods} may move or close threads that have drifted too far from their subject.",
        ),
    ),
    # Advertising and spam.
    (
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Links",
            "Traders",
        ),
        (
            "Do not use {cs} to advertise goods, services or events for profit; ring the advertising department for "
            "our rates instead.",
            "Members may sell second-hand kit on the For Sale board only, and rifles and ammunition may never be "
            "offered on the forum.",
            "Chain letters, pyramid schemes and repeated links to the same website will be treated as spam.",
            "Sutlers and traders are welcome in the traders' section, but not elsewhere on the forum.",
            "Links are fine where they help the discussion, but shortened or disguised links will be removed.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Your name",
            "Real names",
            "Accounts",
            "Do I have to use my real name?",
            "One account each",
            "Usernames",
        ),
        (
            "{Cs} must carry your real name and town; anonymous {cs} are not accepted.",
            "Young carers may use a nickname, and we encourage it, but please don't choose one that includes your "
            "surname or school.",
            "One account per person: anyone found using a second account to back up their own arguments will lose "
            "both.",
            "Do not pretend to be someone else, including another member, a councillor or a member of the train "
            "company's staff.",
            "Keep your password to yourself and log out when you use a shared computer at the library.",
        ),
    ),
    # The law.
    (
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Is it libel?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you post, and a {c} that is defamatory could land you, and us, in "
            "court.",
            "Do not call anyone guilty of a crime before a court has decided, and never post anything about a live "
            "case that could prejudice a trial.",
            "Libel law applies online just as it does in print, so stick to facts you can back up.",
            "Anything that identifies the victim of a sexual offence, or a child involved in court proceedings, will "
            "be removed at once.",
            "Encouraging trespass on the railway, on private woodland or on a firing range is not acceptable here.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Using other people's work",
            "Photos and articles",
            "Can I post a photo I found online?",
            "Your content",
        ),
        (
            "Only post photographs, maps or text that you own or have permission to use.",
            "Please don't paste whole newspaper articles; a short quote and a link will do.",
            "By sending us a {c}, you grant the paper a licence to publish it in print and online and to edit it for "
            "length.",
            "Images from the trust's colour slide archive may not be reproduced without the written permission of the "
            "trustees.",
            "Credit the photographer when you share pictures from a race, a muster or a ride.",
        ),
    ),
    # Reporting.
    (
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can, though you will not always hear back.",
            "Please do not reply to abuse; report it and let us deal with it.",
            "If the matter is urgent or involves a young person's safety, email the welfare officer directly.",
            "Reporting a {c} simply because you disagree with it slows things down for everyone.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "The final say",
        ),
        (
            "{mods} may edit, decline or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "The committee's decision on any moderation matter is final, though members may raise it at the next "
            "general meeting.",
            "These rules are not exhaustive, and {mods} may act on anything that harms the group, even if it isn't "
            "listed here.",
            "We may change these guidelines from time to time; the version on this page is the one that applies.",
        ),
    ),
    # Corrections and news tips.
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than leaving a {c}, so we can check "
            "it and print a correction.",
            "News tips, photographs from the harbour and notices of births, marriages and deaths should go to the "
            "office, not here.",
            "Errors in results or timings should be reported to the race secretary, who will update the official list.",
            "Do not post rumours about accidents or deaths; families have learned of them online before the police "
            "reached their door.",
            "Corrections to the minutes or the events calendar can be sent to the honorary secretary.",
        ),
    ),
    # Language.
    (
        (
            "Language",
            "Bad language",
            "Swearing",
            "Keep it clean",
            "Is swearing allowed?",
            "Writing in capitals",
        ),
        (
            "Please avoid swearing, including swear words with letters replaced by symbols.",
            "Writing in capital letters reads as shouting, so please don't.",
            "{Cs} should be in English; a phrase in Irish or Ulster-Scots is welcome where it belongs in the "
            "conversation.",
            "Bear in mind that younger members read the forum too.",
            "Text speak is fine, as long as other people can understand you.",
        ),
    ),
    # Warnings and bans.
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Members who break these rules will usually get a warning first; repeated or serious breaches lead to a "
            "suspension or a permanent ban.",
            "Three warnings in twelve months and your account will be closed.",
            "Threats or hate speech may lead to an immediate ban and, where necessary, a report to the police.",
            "Banned users who come back under a new name will be removed again without notice.",
            "Misconduct online may also be dealt with under the society's code of conduct, and could cost you your "
            "place on the muster roll.",
        ),
    ),
    # Safety and medical advice.
    (
        (
            "Safety",
            "Medical advice",
            "Advice on the forum",
            "Can I trust advice posted here?",
            "Range safety",
            "Staying safe",
        ),
        (
            "Nothing posted here is medical advice; if you are worried about someone's health, speak to a GP or "
            "pharmacist, and in an emergency ring 999.",
            "Questions about medication or doses should go to a pharmacist or doctor, not another member.",
            "Range safety rules are set by the club's range officers and are not up for debate on the forum.",
            "Snow and trail reports are posted in good faith; check the state forest's own conditions page before "
            "you travel.",
            "Do not post advice about handling black powder or edged weapons; follow the society's safety rules and "
            "ask your unit's safety officer.",
        ),
    ),
    # Elections and campaigning.
    (
        (
            "Elections",
            "During an election",
            "Political campaigning",
            "Can candidates post?",
            "Party politics",
        ),
        (
            "During election periods, {cs} from candidates and their agents will only be published if they say who "
            "they are.",
            "The group is not party-political; please do not use the forum to campaign for or against a party or "
            "candidate.",
            "Letters about the town meeting warrant must reach us by Monday noon to appear before the vote.",
            "Criticise the policies, not the councillors' families.",
            "We may close discussion on election stories on polling day.",
        ),
    ),
)

# The site's word for what readers send, (singular, plural); three sites in four say "comment", the rest never do.
COMMENT_WORD_324: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_324: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("posting", "postings"),
    ("submission", "submissions"),
)

# Who looks after the site, as the sentences name them (each takes "may", "will", "can" without agreement trouble).
MODERATORS_324: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the web editor",
    "the forum team",
    "the trustees",
    "the newsroom",
    "the forum admins",
    "the steering group",
)

# Opening lines a site may print above its items; ``{c}``-style placeholders are filled per site before use.
POLICY_INTROS_324: tuple[str, ...] = (
    "Thank you for joining the conversation. Before you post, please read the guidelines below.",
    "We want this to be a friendly place for everyone who skis, shoots, rides or simply cheers from the trailside.",
    "Island readers have always had plenty to say, and we want to hear it.",
    "This forum is for young carers to share, support each other and have a laugh. To keep it safe, we ask everyone "
    "to follow these rules.",
    "Our members' {cs} make this site what it is. A few ground rules:",
    "These house rules apply to all {cs} on our website and on our social media pages.",
    "The trust welcomes {cs} from everyone who cares about the old market town.",
)

# Closing lines a site may print below its items, filled per site as the intros are.
POLICY_CLOSINGS_324: tuple[str, ...] = (
    "Thank you for helping to keep this a good place to talk.",
    "Questions about these rules can be sent to the editor.",
    "If in doubt, leave it out.",
    "See you on the trails.",
    "By sending a {c}, you agree to these guidelines.",
    "Happy posting!",
    "Agreed by the trustees and reviewed every year.",
    "Thanks for reading, and for keeping it civil.",
)

# Titles a site may print over its policy, filled per site as the intros are.
POLICY_TITLES_324: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Forum rules",
    "Community guidelines",
    "Guidelines for posting",
    "Noticeboard terms",
    "Rules of the forum",
    "Our rules for {cs}",
    "Terms of use: reader {cs}",
    "Posting guidelines",
)

# British spellings used in this family's sentences -> American, for sites that print American spelling.
AMERICAN_324: dict[str, str] = {
    "neighbours": "neighbors",
    "licence": "license",
    "offence": "offense",
    "criticise": "criticize",
    "harbour": "harbor",
    "rumours": "rumors",
    "colour": "color",
}

# Lines some sites print between two parts of their rules (before, after).
SECTION_LINES_324: tuple[tuple[str, str], ...] = (
    ("Before you post", "How we moderate"),
    ("Part 1: Taking part", "Part 2: What we will remove"),
    ("General", "Moderation and enforcement"),
    ("A. Our expectations", "B. Our responsibilities"),
    ("Section 1 - The basics", "Section 2 - The small print"),
)

# Last-updated lines, in British and American date order; a site prints one at the top or the bottom.
UPDATED_LINES_324: tuple[str, ...] = (
    "Last updated: 3 March 2025.",
    "Updated January 2026",
    "Last reviewed by the committee on 12 October 2024.",
    "Effective Nov. 1, 2024.",
    "Revised: June 18, 2025",
    "These rules were adopted at the AGM in April 2025.",
)

# Sign-offs a site prints after its rules.
SIGN_OFFS_324: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Posted by the web team",
    "Signed, the Trustees",
    "Forum admin team",
    "- Club Secretary, on behalf of the committee",
)

# Divider lines a site may print between its parts.
DIVIDERS_324: tuple[str, ...] = ("* * *", "---", "~", "________")

# Words a title-cased heading keeps in lower case (unless first).
SMALL_WORDS_324: frozenset[str] = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "at", "as"}
)


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    unit_numerals = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + unit_numerals[units]


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` for section-numbered lists)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-parens": f"({number})",
        "letter-stop": f"{letter}.",
        "letter-parens": f"({letter})",
        "capital-letter": f"{letter.upper()}.",
        "roman": f"{_roman(number)}.",
        "roman-parens": f"({_roman(number)})",
        "capital-roman": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "square": "\u25aa",
        "rule-colon": f"Rule {number}:",
        "rule-stop": f"Rule {number}.",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7 {number}",
        "number-word": f"No. {number}",
    }
    return markers[style]


def _title_case(heading: str) -> str:
    """``heading`` in title case, small words kept lower unless first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_324 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _capitalise_first(text: str) -> str:
    """``text`` with its first letter in capitals (for sentences that open with a placeholder)."""
    return text[:1].upper() + text[1:] if text else text


def _items_324(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send ("comment" three times in four, otherwise a word such as post,
    message, reply or letter, never "comment") and who moderates it; how many kinds it prints (two to five for a
    fifth of sites, six to sixteen for the rest) and whether in table order or shuffled; for each item one to three
    of the kind's sentences and one of its headings; the case of its headings (as written, title case or capitals)
    or no headings at all; where headings stand (a part of their own, bare or with a stop or colon, or run in before
    the first sentence after a colon, stop or dash); a list marker style (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers, "No. 1" ...) or none, set on the heading or the first sentence; and printing
    habits of its own: a section line or divider between two parts, a last-updated line at the top or bottom, an
    emphasis style (NOT and NEVER in capitals in some sentences, or headings between asterisks) and a sign-off. The
    opening, closing and title lines, American spelling and curly quotes are then drawn by ``_furnish``."""
    singular, plural = COMMENT_WORD_324 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_324)
    moderators = rng.choice(MODERATORS_324)

    def fill(text: str) -> str:
        return text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=moderators)

    kinds_count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_324)), kinds_count)
    if rng.random() < 0.6:
        chosen.sort()

    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash", "run-en-dash"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-bracket",
            "number-parens",
            "letter-stop",
            "letter-parens",
            "capital-letter",
            "roman",
            "roman-parens",
            "capital-roman",
            "bullet",
            "bullet",
            "dash",
            "en-dash",
            "asterisk",
            "square",
            "rule-colon",
            "rule-stop",
            "section",
            "section-sign",
            "number-word",
        )
    )
    section_number = rng.randint(1, 9)
    emphasis = rng.choice(("none", "none", "none", "none", "capitals", "asterisks"))
    sentences_low, sentences_high = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3), (2, 2)))

    items: list[tuple[str, ...]] = []
    for number, kind_index in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_324[kind_index]
        picked = rng.sample(sentences, rng.randint(sentences_low, sentences_high))
        parts = [_capitalise_first(fill(sentence)) for sentence in picked]
        if emphasis == "capitals":
            parts = [
                part.replace(" not ", " NOT ").replace("Never ", "NEVER ") if rng.random() < 0.5 else part
                for part in parts
            ]
        marker = "" if marker_style == "none" else _marker(marker_style, number, section_number)

        heading = ""
        if heading_case != "none":
            heading = _capitalise_first(fill(rng.choice(headings)))
            if heading_case == "title":
                heading = _title_case(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if emphasis == "asterisks":
                heading = f"*{heading}*"

        if not heading:
            if marker:
                parts[0] = f"{marker} {parts[0]}"
            items.append(("", *parts))
            continue
        if marker:
            heading = f"{marker} {heading}"
        asks = heading.rstrip("*").endswith("?")
        if heading_place.startswith("own"):
            if heading_place == "own-stop" and not asks:
                heading += "."
            elif heading_place == "own-colon" and not asks:
                heading += ":"
            items.append((heading, *parts))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - ", "run-en-dash": " \u2013 "}[heading_place]
            if asks:
                joiner = " "
            items.append(("", f"{heading}{joiner}{parts[0]}", *parts[1:]))

    if len(items) >= 4 and rng.random() < 0.2:
        middle = rng.randint(2, len(items) - 2)
        if rng.random() < 0.6:
            before, after = rng.choice(SECTION_LINES_324)
            items = [(before, ""), *items[:middle], (after, ""), *items[middle:]]
        else:
            items.insert(middle, (rng.choice(DIVIDERS_324), ""))
    if rng.random() < 0.25:
        updated = ("", rng.choice(UPDATED_LINES_324))
        if rng.random() < 0.4:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_324)))

    intros = [fill(line) for line in POLICY_INTROS_324]
    closings = [fill(line) for line in POLICY_CLOSINGS_324]
    titles = [fill(line) for line in POLICY_TITLES_324]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_324)
