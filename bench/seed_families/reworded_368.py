"""The ``reworded-368`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fara and Cava bulletins, Apedale and Widdale papers, Questa and Chama weeklies, powerchair football
and sculling clubs, lampwork and soap making groups, Cornelia de Lange and Smith-Magenis syndrome forums, wife
carrying and tin bath race committees, and dormouse survey volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_368: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be kind",
            "Treat others with respect",
            "Courtesy",
            "How should I speak to other members?",
            "Keep it civil",
            "Respect for fellow members",
        ),
        (
            "Please be courteous, even when you disagree strongly with another member.",
            "Attack the argument, never the person making it.",
            "{Cs} that belittle, bully or goad other readers will be taken down by {mods}.",
            "Many of our members are parents going through a hard time, so a little kindness goes a long way.",
            "Friendly rivalry between the Apedale and Widdale rowers is welcome; personal abuse is not.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate speech",
            "Discrimination",
            "Hatred and prejudice",
            "What counts as hateful?",
            "Don't target anyone for who they are",
        ),
        (
            "We do not allow {cs} that attack people for their race, religion, disability, sex, sexuality or age.",
            "Remarks mocking disabled players, carers or anyone's wheelchair will be removed at once.",
            "Stereotypes about incomers, islanders or travellers have no place in the bulletin.",
            "Members who post hateful material may be banned without warning.",
            "No slurs, not even in jest.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Protect your privacy and other people's",
            "Personal information",
            "Can I share someone's details?",
            "Keep personal details off the board",
        ),
        (
            "Do not post addresses, phone numbers or email addresses, whether your own or anyone else's.",
            "Please ask before sharing photographs of other families, and never name another member's child.",
            "{Cs} that reveal a person's private details are removed by {mods}.",
            "Anything you write here can be read by anyone, so think before sharing your child's diagnosis or school.",
            "Medical letters and test results should be shared by private message only, if at all.",
        ),
    ),
    # safeguarding children
    (
        (
            "Safeguarding",
            "Children and young people",
            "Keeping young members safe",
            "Can children join?",
            "Protect our junior members",
        ),
        (
            "Members must be 16 or over; younger players may take part through a parent's account.",
            "Never ask a junior member to meet up, message privately or share photographs.",
            "Any concern about a child's welfare should be raised with our welfare officer straight away.",
            "Photographs of junior rowers or players may only be posted with written consent from a parent.",
            "Anything that suggests a child is at risk will be passed by {mods} to the proper authorities.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How {cs} are checked",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take up to a day.",
            "Our moderators are volunteers with jobs, families and boats of their own, so please be patient at weekends, over the holidays and especially on regatta and race days.",
            "{Cs} sent after the Thursday print deadline may not appear until Monday.",
            "New members' first few {cs} are held for approval.",
            "Please do not send the same {c} twice; it will appear once it has been checked.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "What can I post about?",
            "Off-topic {cs}",
        ),
        (
            "Please keep {cs} relevant to the story or thread you are replying to; if you want to start a new discussion, open a new thread in the right board instead.",
            "General chat belongs in the Tea Room board, not under match reports.",
            "{Cs} that drag every discussion back to the ferry timetable may be moved or removed.",
            "Off-topic {cs} may be moved to a more suitable thread by {mods}.",
            "Stick to the subject, please, and keep it short.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Selling and promotion",
            "Spam",
            "Can I sell my beads or soap here?",
            "Don't advertise",
            "Commercial posts",
        ),
        (
            "Please do not advertise products, services or other groups without asking {mods} first.",
            "Sales of beads, frit, moulds or finished soap belong in the monthly Makers' Market thread only.",
            "Links posted only to drive traffic elsewhere will be deleted.",
            "Spam accounts are removed without notice.",
            "Fundraising appeals for the syndrome foundations are welcome, but private appeals are not.",
        ),
    ),
    # names and accounts
    (
        (
            "Your name",
            "Accounts and usernames",
            "Who are you?",
            "Use one account",
            "Identity",
        ),
        (
            "Please post under your real name, as you would in a letter to the paper.",
            "One account per person; duplicate accounts will be closed.",
            "Do not pretend to be another member, a committee officer or a doctor.",
            "Usernames that are offensive or look like an advertisement will be changed by {mods}.",
            "You may use a first name only if you prefer to keep your family's privacy.",
        ),
    ),
    # the law
    (
        (
            "The law",
            "Libel and contempt",
            "Stay within the law",
            "What about court cases?",
            "Legal matters",
        ),
        (
            "You are legally responsible for what you write, and {cs} may be libellous even if you believe them true.",
            "Do not accuse a named person of a crime.",
            "{Cs} on stories about court cases are switched off while proceedings are active.",
            "Please do not speculate about the guilt of anyone who has been charged.",
            "We will remove anything that may be defamatory, in contempt of court or otherwise unlawful.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Can I post a photo I found?",
            "Respect copyright",
            "Patterns, photos and recipes",
        ),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please do not copy whole articles from other papers; a short quote and a link is fine.",
            "Soap recipes and bead tutorials from paid courses must not be reposted here.",
            "By posting, you allow us to reproduce your {c} in print and online.",
            "Material that breaches copyright is removed when its owner tells us.",
        ),
    ),
    # reporting a post
    (
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flag it, don't fight it",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to {mods} rather than replying in the thread.",
            "Reports are read by a volunteer, usually within a day or two.",
            "Reporting a {c} does not mean it will be removed.",
            "You can also email the newsdesk at the Questa office if something worries you.",
        ),
    ),
    # discretion
    (
        (
            "Our decision is final",
            "Editorial discretion",
            "Moderators' discretion",
            "Who decides?",
            "The last word",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "We are under no obligation to publish every {c} we receive.",
            "These rules are a guide, not a contract, and we will apply them with common sense.",
            "Decisions are made by the committee and are final.",
            "We may close a thread at any time.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "Tell us your news",
            "News tips and corrections",
            "Got a story?",
        ),
        (
            "If we have got something wrong, please tell the editor rather than posting about it.",
            "Corrections are printed on page two of the next issue.",
            "News from Fara, Cava and the other isles is always welcome; send it in by Tuesday noon.",
            "Race results and times should go to the results secretary, not in {cs}.",
            "Tips can be sent in confidence to the editor.",
        ),
    ),
    # language
    (
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Is swearing allowed?",
            "Keep it clean",
        ),
        (
            "Please avoid swearing; families and young players read these pages.",
            "{Cs} containing obscenities will not be published.",
            "Write in plain English so everyone can follow, and avoid shouting in capitals.",
            "Starred-out swear words are still swear words.",
            "Crude humour about the wife carrying race is best kept for the pub afterwards.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Members who break these rules will first receive a warning from {mods}.",
            "Repeated breaches may lead to suspension or a permanent ban.",
            "Serious abuse will result in an immediate ban.",
            "If you are banned, please do not rejoin under another name.",
            "You may appeal a ban by writing to the club secretary within fourteen days.",
        ),
    ),
    # medical advice (syndrome forums)
    (
        (
            "Medical advice",
            "We are not doctors",
            "Health information",
            "Can I ask about medication?",
            "Treatments and therapies",
        ),
        (
            "Nothing posted here replaces advice from your child's paediatrician or specialist team.",
            "Please share your own experience rather than telling others what dose to give.",
            "{Cs} promoting cures or miracle supplements for Smith-Magenis or Cornelia de Lange syndrome will be removed.",
            "Talk to your GP or geneticist before changing any treatment.",
            "Sleep routines, melatonin and behaviour plans are discussed often; please remember every child is different.",
        ),
    ),
    # safety (kit, lye, torches, races)
    (
        (
            "Safety first",
            "Safe practice",
            "Equipment and safety",
            "Is this safe to try?",
            "Don't encourage risky practice",
        ),
        (
            "Never post soap recipes that have not been run through a lye calculator.",
            "Advice about torches, kilns and oxygen concentrators must follow the makers' guidance.",
            "Please do not encourage anyone to row alone on the river in flood.",
            "Tin bath racers must wear buoyancy aids, and we will not publish {cs} suggesting otherwise.",
            "Safety questions are welcome; unsafe advice is removed by {mods}.",
        ),
    ),
    # wildlife and survey data (dormouse volunteers)
    (
        (
            "Protecting sites",
            "Sensitive records",
            "Where did you see it?",
            "Wildlife and the law",
            "Nest boxes and survey sites",
        ),
        (
            "Please do not give the location of dormouse nest boxes or survey woods.",
            "Hazel dormice are protected, and only licence holders may handle them.",
            "Grid references should be sent to the county recorder, not posted publicly.",
            "Photographs of dormice in torpor or in the nest will not be published.",
            "{Cs} that could help someone disturb a site are removed.",
        ),
    ),
)

POLICY_INTROS_368: tuple[str, ...] = (
    "We welcome your {cs}, but please read these few rules before you post.",
    "This is a friendly place for families, and we would like to keep it that way.",
    "These rules apply to everything posted on the forum and on our Facebook page.",
    "The bulletin is put together by volunteers, so please help us by following these guidelines.",
    "By posting a {c} you agree to the rules below.",
    "Our members range from new rowers to club veterans; these guidelines help everyone get along.",
)

POLICY_CLOSINGS_368: tuple[str, ...] = (
    "Thank you for helping to keep the forum a safe and supportive place.",
    "If in doubt, don't post it.",
    "Questions about these rules can be sent to {mods} at any time.",
    "We may update these rules from time to time.",
    "Happy posting, and see you on the water.",
    "Thanks for reading, and thanks for your {cs}.",
)

POLICY_TITLES_368: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Rules of the noticeboard",
    "{Cs}: our rules",
    "Members' code of conduct",
)

AMERICAN_368: dict[str, str] = {
    "behaviour": "behavior",
    "humour": "humor",
    "paediatrician": "pediatrician",
    "libellous": "libelous",
    "licence": "license",
    "moulds": "molds",
    "travellers": "travelers",
    "programme": "program",
    "colour": "color",
    "favour": "favor",
    "neighbour": "neighbor",
}

_WORDS_368: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

_MODS_368: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the admins",
    "the newsdesk",
    "the club secretary",
    "the group admins",
    "the site team",
    "the survey coordinators",
)

_SMALL_368 = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})

_ROMAN_368 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

_MONTHS_368 = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


def _fill_368(text: str, words: dict[str, str]) -> str:
    return text.format(**words)


def _title_case_368(text: str) -> str:
    out = []
    for n, word in enumerate(text.split(" ")):
        if n and word.lower() in _SMALL_368:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _marker_368(style: str, n: int, section: int) -> str:
    """The list marker for the ``n``th item (from 1) in ``style``, with a trailing space, or ``""``."""
    if style == "number":
        return f"{n}. "
    if style == "paren":
        return f"{n}) "
    if style == "letter":
        return f"({chr(96 + n)}) "
    if style == "roman":
        return f"{_ROMAN_368[n - 1]}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {n}: "
    if style == "section":
        return f"{section}.{n} "
    if style == "sign":
        return f"\u00a7 {n} "
    return ""


def _items_368(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word for what readers send and who moderates,
    then which kinds of rule and in what order, sentences an item, heading case and placement, list markers and the
    site's own habits; then opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_WORDS_368)
    mods = rng.choice(_MODS_368)
    words = {
        "c": one,
        "cs": many,
        "C": one.capitalize(),
        "Cs": many.capitalize(),
        "mods": mods,
        "Mods": mods[:1].upper() + mods[1:],
    }

    count = rng.randint(2, 16)
    kinds = rng.sample(range(len(REWORDINGS_368)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most = rng.choice((1, 2, 3))

    case = rng.choices(("sentence", "title", "upper", "none"), weights=(5, 3, 1, 2))[0]
    placement = rng.choice(("own", "own", "runin"))
    own_end = rng.choice(("", ".", ":"))
    runin_sep = rng.choice((": ", ". ", " \u2013 "))
    marker = rng.choices(
        ("none", "number", "paren", "letter", "roman", "bullet", "dash", "rule", "section", "sign"),
        weights=(4, 4, 1, 1, 1, 2, 1, 1, 1, 1),
    )[0]
    section = rng.randint(2, 9)
    emphasis = rng.random() < 0.15 and case != "none"
    please_note = rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_368[kind]
        heading = _fill_368(rng.choice(headings), words)
        chosen = [_fill_368(s, words) for s in rng.sample(sentences, rng.randint(1, most))]
        if please_note and rng.random() < 0.3:
            first = chosen[0]
            if not first.startswith(("Please", "News from")):
                chosen[0] = "Please note: " + first[:1].lower() + first[1:]
        mark = _marker_368(marker, n, section)
        if case == "none":
            items.append(("", mark + chosen[0], *chosen[1:]))
            continue
        if case == "title":
            heading = _title_case_368(heading)
        elif case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if placement == "own":
            head = heading if question else heading + own_end
            if emphasis:
                head = f"**{head}**"
            items.append((mark + head, *chosen))
        else:
            lead = heading + " " if question else heading + runin_sep
            if emphasis:
                lead = f"**{lead.rstrip()}** "
            items.append(("", mark + lead + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        label = rng.choice(("Section {n}: Taking part", "Part {n} \u2013 Using the forum", "{n}. Your {cs}"))
        items.insert(0, (_fill_368(label.replace("{n}", str(section)), words), ""))
    if rng.random() < 0.15:
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS_368), rng.choice((2023, 2024, 2025, 2026))
        items.append(("", rng.choice(("Last updated: ", "Last reviewed ", "Updated ")) + f"{day} {month} {year}"))
    if rng.random() < 0.12:
        sign = rng.choice(
            ("\u2014 The Editor", "The Committee", "Thanks, the admin team", "Issued by the club secretary")
        )
        items.append(("", sign))

    intros = [_fill_368(s, words) for s in POLICY_INTROS_368]
    closings = [_fill_368(s, words) for s in POLICY_CLOSINGS_368]
    titles = [_fill_368(s, words) for s in POLICY_TITLES_368]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_368)
