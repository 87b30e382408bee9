"""The ``reworded-318`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Achill island news, Pendle papers, Yazoo delta weeklies, ice hockey supporters' boards, dahlia and
chrysanthemum societies, cerebral palsy forums, floating home moorings, brickworks museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps table order prints them. Each kind is
# (headings, sentences): five or six headings, questions among them, and five sentences. ``{c}``/``{cs}`` and
# ``{C}``/``{Cs}`` are the site's word for what readers send (singular/plural, capitalised); ``{mods}`` is who looks
# after the site. A sentence may open with ``{mods}``; its first letter is capitalised when it is filled.
REWORDINGS_318: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Treat others with respect",
            "Can I disagree with other members?",
            "Play the ball, not the player",
            "Mind your manners",
        ),
        (
            "Argue with the point being made, not with the person making it.",
            "Disagreement is welcome here, whether it's about the ferry timetable or Saturday's penalty kill, but"
            " personal attacks are not.",
            "Please be courteous; many of us meet in person at the shows, on the pontoons or at the kilns, so write"
            " as you would speak face to face.",
            "{Cs} that insult, belittle or goad other readers will be removed by {mods}.",
            "Sarcasm and point-scoring rarely read as well as you think they do, so think twice before pressing send.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "Discrimination",
            "No bigotry",
            "What counts as hateful?",
            "Respect for everyone",
        ),
        (
            "We do not allow {cs} that attack people for their race, ethnicity, religion, disability, sex, sexual"
            " orientation, gender identity or age.",
            'Remarks that mock disability, including casual use of words like "spastic", will be removed without'
            " discussion.",
            "Travellers, asylum seekers and holiday-home owners are our neighbours too, and generalisations about any"
            " group will be taken down.",
            "Abuse of opposing players or their supporters because of where they come from will get you banned from"
            " the board and reported to the club.",
            "Content that could stir up racial or religious hatred is a criminal matter, and {mods} will not hesitate"
            " to pass it to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address or phone number?",
            "Your own details",
            "Photographs of people",
        ),
        (
            "Do not post anyone's home address, phone number, email address or mooring number without their say-so.",
            "For your own safety, don't put your own contact details in a public {c}; use private messages instead.",
            "Please don't post photographs of identifiable people, fellow volunteers included, without asking them"
            " first.",
            "Medical details about your child or anyone else's belong to them, so think carefully before sharing"
            " diagnoses, school names or hospital appointments.",
            "Personal data we hold about you is handled in line with data protection law and is never sold on.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping young members safe",
            "What if I'm worried about someone?",
            "Protecting the vulnerable",
        ),
        (
            "If a {c} makes you worried that a child or vulnerable adult is at risk, tell {mods} straight away, and"
            " if anyone is in immediate danger call the emergency services.",
            "Members under 16 need a parent or carer's permission to join, and their accounts are watched more"
            " closely.",
            "Never arrange to meet a young person you have only got to know through this board.",
            "We follow the society's safeguarding policy, a copy of which is available from the secretary.",
            "Anyone posting about self-harm or suicide will be contacted privately by {mods} and pointed towards"
            " support such as the Samaritans.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
            "Delays",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, particularly in the evenings"
            " and at weekends.",
            "{mods} are volunteers with day jobs, boats and gardens to look after, so please be patient.",
            "Our office in Yazoo City is staffed Monday through Friday, and {cs} sent after Friday noon may not go up"
            " until the following week.",
            "A new member's first few {cs} are held for approval; after that they usually go up straight away.",
            "Sending the same {c} several times will not speed things up and may land it in the spam filter.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "Where should I post this?",
            "Stick to the subject",
        ),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "General chat belongs in the Off the Ice section, not in the match threads.",
            "Questions about tubers, cuttings and earwigs go in the growers' section rather than under the show"
            " results.",
            "{Cs} that drag a story about the Keel slipway round to national politics may be removed.",
            "If your point has nothing to do with the story, this probably isn't the place for it.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Sales and wanted",
        ),
        (
            "Advertising, affiliate links and chain messages will be deleted and the account suspended.",
            "Members may offer surplus tubers, cuttings or plants in the Sales and Swaps section, but not run a"
            " business from the board.",
            "Selling match tickets above face value is not allowed, and touts will be banned.",
            "Berths, boats and floating homes for sale should be listed through the harbour office, not posted here.",
            "Links are fine where they help the discussion; links dropped in to send traffic to your own site are not.",
        ),
    ),
    (  # names and accounts
        (
            "Usernames",
            "Your account",
            "Real names",
            "Can I have more than one account?",
            "One member, one account",
            "Impersonation",
        ),
        (
            "Use one account only; second accounts set up to back yourself up or to get round a ban will be closed.",
            "We ask members to use their real name, as most of us know one another from the society's meetings.",
            "Do not pretend to be someone else, including players, club staff, councillors or {mods}.",
            "Usernames that are offensive or look like advertising will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could my {c} get me into legal trouble?",
            "Court cases",
            "Libel",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can see you, as well as us, sued.",
            "Do not post anything that could identify a child in court proceedings or the victim of a sexual offence.",
            "Once someone has been charged, say nothing about their guilt or innocence until the case is over,"
            " whether it is at Reedley magistrates' court or Preston Crown Court.",
            "Irish defamation law is strict, and allegations that cannot be stood up will not be published.",
            "Nothing posted here should encourage anyone to break the law, the byelaws on the moorings included.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a photo I found online?",
            "Other people's material",
            "Quoting and copying",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Short quotes with a link are fine; pasting whole articles from other papers is not.",
            "Pictures taken at the society's shows remain the photographer's and must not be reused without asking.",
            "By sending a {c} you give us the right to publish it, in print as well as online, and to edit it for"
            " length.",
            "Archive photographs and plans belong to the museum's collection and may not be reproduced without the"
            " curator's written permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "How do I report a {c}?",
            "Seen something wrong?",
            "Flagging posts",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying.",
            "Reports go straight to {mods}, and we never say who made them.",
            "You can also email the newsdesk; please include a link to the {c} and tell us what the problem is.",
            "Reporting a {c} only because you disagree with it will not get it taken down.",
            "Don't feed the trolls: report and move on.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's discretion",
            "Who decides?",
            "Moderators' decisions",
        ),
        (
            "{mods} may edit, hold back or delete any {c} at their discretion, without giving a reason.",
            "The committee's decision on what stays up is final, though you are welcome to raise it at the next"
            " general meeting.",
            "These rules cannot cover everything, and {mods} will use their judgement where they don't.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "Please don't argue about moderation decisions in public threads; send a private message instead.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If we have got something wrong, tell us by email rather than in the {cs} and we will put it right.",
            "Got a story from Achill Sound, Dugort or anywhere else on the island? Send it to the newsdesk.",
            "Corrections are printed on page two of the following week's edition.",
            "We welcome news of births, deaths, weddings and church events from across Humphreys, Holmes and Yazoo"
            " counties.",
            "If you are not satisfied with our reply to a complaint, you can take it to IPSO.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "Is swearing allowed?",
            "Writing style",
            "Languages other than English",
        ),
        (
            "Keep it clean: swearing, including swearing with the letters starred out, will be removed.",
            "Please don't write in capitals, which reads as shouting.",
            "{Cs} in Irish are every bit as welcome as those in English.",
            "Text-speak and long strings of emojis make {cs} hard going for members who use screen readers.",
            "A bit of terrace language in the heat of a game is understood, but swearing at another member is not.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Breaking these rules will normally earn a warning first, then a suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "Banned members who rejoin under another name will be removed as soon as they are spotted.",
            "Threats made here may be passed to the club and could cost you your season ticket.",
            "A member who has been suspended may appeal in writing to the secretary within 14 days.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Health information",
            "Is this medical advice?",
            "Safety",
            "Not a substitute for professional advice",
        ),
        (
            "Members share their own experience of Botox, physio, SDR surgery and equipment, but nothing here"
            " replaces advice from your child's own doctors and therapists.",
            "Never change medication or stop a treatment because of something you read in a {c}.",
            "Advice about gas, electrics or hull work should come from a qualified engineer or a Boat Safety Scheme"
            " examiner, not from the board.",
            "Please don't visit the kiln site or the old clay pit outside open days; parts of it are unsafe.",
            "Spray and feed advice given here is members' own experience, so always read the label.",
        ),
    ),
    (  # elections and campaigning
        (
            "Elections",
            "Political campaigning",
            "Election periods",
            "Can candidates post here?",
            "Letters from candidates",
        ),
        (
            "During election campaigns, {cs} from candidates or their supporters' committees must say so.",
            "We do not publish {cs} in the last week before polling day that make new allegations against a"
            " candidate, as there is no time to reply.",
            "Letters endorsing candidates for supervisor, alderman or school board run as paid advertising during"
            " election season.",
            "The society is not political, and this board is not the place for party campaigning.",
            "Canvassing for votes in the moorings association's committee elections belongs at the AGM, not here.",
        ),
    ),
    (  # length, signing and how often
        (
            "Length",
            "Keep it short",
            "How long can my {c} be?",
            "Signing your {c}",
            "Name and address",
        ),
        (
            "{Cs} should be no longer than 300 words, and shorter ones are more likely to be read.",
            "All letters must be signed and include an address and a daytime phone number, which will not be printed.",
            "We do not publish anonymous {cs}, though a name may be withheld on request in exceptional cases.",
            "Only one {c} from each writer every 30 days will be published.",
            "{mods} may cut any {c} for length, clarity or legal reasons.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; the rest never do and use one of these.
COMMENT_WORD_318 = ("comment", "comments")
OTHER_WORDS_318 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as it fills ``{mods}``; those naming comments are kept to sites that say "comment".
MODERATORS_318 = (
    "the moderators",
    "our moderators",
    "the moderation team",
    "the editor",
    "the newsdesk",
    "the committee",
    "the admins",
    "the board team",
    "the web team",
    "the volunteers who run this board",
    "the comments team",
    "the moorings committee",
)

# Opening lines, placed before the items by ``_furnish`` (placeholders filled per site first).
POLICY_INTROS_318 = (
    "Please read the following before posting.",
    "We want {cs} here to be lively and fair, so we ask everyone to keep to a few simple rules.",
    "These house rules apply to everyone who posts here, members and committee alike.",
    "Welcome to the board. A few ground rules first.",
    "By sending a {c}, you agree to the terms below.",
    "The following guidelines were agreed by the committee and apply to all members.",
    "Thanks for taking part. To keep this a friendly place, please stick to these rules.",
    "We welcome your {cs}, but we ask that you observe the following.",
    "We welcome readers' comments on our stories, subject to the rules below.",
)

# Closing lines, placed after the items by ``_furnish``.
POLICY_CLOSINGS_318 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed at any time without notice.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to {mods} through the Contact Us page.",
    "By posting, you agree to abide by these rules.",
    "Enjoy the board, and see you at the rink.",
    "Happy growing, and thanks for reading.",
    "Any {c} that breaks these rules may be removed without notice.",
    "The comment facility may be withdrawn from any story at any time.",
)

# Titles a site prints over its policy, placed by ``_furnish``.
POLICY_TITLES_318 = (
    "House rules",
    "Comment policy",
    "Community guidelines",
    "Posting guidelines",
    "Forum rules",
    "Board rules",
    "Noticeboard terms",
    "Letters and comments policy",
    "Terms of use",
    "Guidelines for {cs}",
    "Before you post",
    "Our rules",
)

# British spellings used in this family's sentences -> American; a site may print either.
AMERICAN_318 = {
    "neighbour": "neighbor",
    "generalisation": "generalization",
    "harbour": "harbor",
    "councillor": "councilor",
    "offence": "offense",
    "judgement": "judgment",
    "behaviour": "behavior",
    "organisation": "organization",
    "apologise": "apologize",
    "favour": "favor",
    "colour": "color",
    "centre": "center",
    "licence": "license",
    "programme": "program",
    "catalogue": "catalog",
}

# Section lines some sites print over the two halves of their rules.
SECTION_PAIRS_318 = (
    ("The basics", "The detail"),
    ("Part 1: Conduct", "Part 2: Content"),
    ("Section A - Behaviour", "Section B - What we will remove"),
    ("General", "Legal"),
    ("How to behave", "What happens next"),
)

# Sign-offs printed as the last item by some sites.
SIGN_OFFS_318 = (
    "- The Moderators",
    "The Editor",
    "Admin",
    "Hon. Secretary, on behalf of the committee",
    "The Board Team",
    "Thanks, the Committee",
    "Posted by Site Admin",
)

# Prefixes a site sets before one sentence to stress it.
STRESS_PREFIXES_318 = ("Please note: ", "NB: ", "IMPORTANT: ", "Note: ", "Remember: ")

# Summary lines a forum may print first.
SUMMARIES_318 = (
    "In short: be kind, stay on topic and don't sell.",
    "The short version: play nice.",
    "TL;DR - be civil, keep it legal, no adverts.",
)

MONTHS_318 = (
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

# Words that stay in lower case inside a title-cased heading.
SMALL_WORDS_318 = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "not"))


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (1-based); ``section`` numbers sectioned lists."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-brackets": f"({number})",
        "letter-bracket": f"{letter})",
        "letter-brackets": f"({letter})",
        "capital-letter": f"{letter.upper()}.",
        "roman": f"{_roman(number)}.",
        "roman-brackets": f"({_roman(number)})",
        "capital-roman": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} -",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7{number}",
        "hash": f"#{number}",
    }[style]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised, short joining words apart from the first kept in lower case."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_318) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _date_318(rng: random.Random) -> str:
    """A date as such sites print it on a last-updated line."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2016, 2026)
    return rng.choice(
        (
            f"{day} {MONTHS_318[month]} {year}",
            f"{MONTHS_318[month]} {day}, {year}",
            f"{day:02d}/{month + 1:02d}/{year}",
            f"{month + 1}/{day}/{year}",
            f"{MONTHS_318[month]} {year}",
        )
    )


def _items_318(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send
    ("comment" three times in four, else one that never says it) and who moderates it; how many item kinds it prints
    (two to five for one site in five, else six to sixteen), kept in table order or shuffled; how many sentences an
    item carries at most (one to three); its heading case (sentence, title or capitals) or no headings at all; where
    headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash), sometimes wrapped in asterisks; its list marker (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers ...) or none; and its own habits: section lines over two halves,
    a stressed sentence ("Please note:"), a summary line first, a last-updated line at the top or bottom and a
    sign-off. Then ``_furnish`` adds an opening, closing and title line by chance and may print American spelling
    and curly quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_318 if says_comment else rng.choice(OTHER_WORDS_318)
    moderators = rng.choice([mods for mods in MODERATORS_318 if says_comment or "comment" not in mods])
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    def allowed(texts: tuple[str, ...]) -> list[str]:
        return [fill(text) for text in texts if says_comment or "comment" not in fill(text).lower()]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(REWORDINGS_318)))
    chosen = sorted(rng.sample(range(len(REWORDINGS_318)), count))
    if rng.random() < 0.35:
        rng.shuffle(chosen)
    most_sentences = rng.choice((1, 1, 2, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    own_stop = rng.choice(("", "", ".", ":"))
    run_in_sep = rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    starred = heading_case != "none" and rng.random() < 0.1
    marker_style = rng.choice(
        (
            None,
            None,
            None,
            "number-stop",
            "number-stop",
            "number-bracket",
            "number-brackets",
            "letter-bracket",
            "letter-brackets",
            "capital-letter",
            "roman",
            "roman-brackets",
            "capital-roman",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule",
            "rule-dash",
            "section",
            "section-sign",
            "hash",
        )
    )
    section_number = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_318[kind]
        texts = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if not says_comment:
            texts = [text for text in texts if "comment" not in text.lower()] or [fill(sentences[0])]
        marker = _marker(marker_style, number, section_number) + " " if marker_style else ""
        if heading_case == "none":
            items.append(("", marker + texts[0], *texts[1:]))
            continue
        heading = fill(rng.choice(headings))
        heading = {"title": _title_case(heading), "capitals": heading.upper()}.get(heading_case, heading)
        question = heading.endswith("?")
        if placement == "own":
            heading += "" if question else own_stop
            items.append((marker + (f"**{heading}**" if starred else heading), *texts))
            continue
        separator = " " if question else run_in_sep
        if starred:  # a stop or colon goes inside the asterisks, a dash outside them
            inside = separator.rstrip() if separator.strip() in (":", ".") else ""
            heading, separator = f"**{heading}{inside}**", separator[len(inside) :] if inside else separator
        items.append(("", marker + heading + separator + texts[0], *texts[1:]))

    if rng.random() < 0.15:  # one sentence stressed, never the one carrying a marker or run-in heading
        stressed = rng.randrange(len(items))
        item = items[stressed]
        first_free = 1 if item[0] or (heading_case == "none" and not marker_style) else 2
        if first_free < len(item):
            place = rng.randrange(first_free, len(item))
            items[stressed] = (*item[:place], rng.choice(STRESS_PREFIXES_318) + item[place], *item[place + 1 :])
    if len(items) >= 4 and rng.random() < 0.12:
        first, second = rng.choice(SECTION_PAIRS_318)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.08:
        items.insert(0, ("", rng.choice(SUMMARIES_318)))
    if rng.random() < 0.2:
        updated = rng.choice(("Last updated: ", "Last updated ", "Updated ", "Reviewed by the committee, ")) + (
            _date_318(rng)
        )
        if rng.random() < 0.5:
            items.append(("", updated + "."))
        else:
            items.insert(0, (updated, ""))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_318)))

    intros = allowed(POLICY_INTROS_318)
    closings = allowed(POLICY_CLOSINGS_318)
    titles = allowed(POLICY_TITLES_318)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_318)
