"""The ``reworded-253`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Nauru English news, Ceredigion papers, Nevada mining-town weeklies, water polo clubs, lacemakers'
guilds, sickle cell forums, almshouse residents, canal boat heritage trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site prints them when it keeps table order. Each kind is
# (headings, sentences): headings a site may put over the item, questions among them, and sentences it may print
# under them. {c}/{cs}/{C}/{Cs} stand for the site's word for what readers send, {mods}/{Mods} for who looks after it.
REWORDINGS_253: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Respect other members",
            "How should I speak to other members?",
            "Play the ball, not the player",
            "Be kind",
        ),
        (
            "Please keep your {cs} courteous; you can disagree strongly with someone without being rude to them.",
            "Personal attacks, name-calling and sneering at other members will be removed, however provoked you felt; "
            "we would not accept that behaviour at a club night and we will not accept it here.",
            "Remember that the people you are replying to are neighbours, teammates and fellow guild members, and you "
            "may well meet them at the pool or at the next lace day.",
            "Argue with what was said, not with the person who said it.",
            "We are a small island and a small readership: what you write here about someone will be read by their "
            "family by teatime.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "Discrimination",
            "No racism, sexism or bigotry",
            "What counts as hateful?",
            "Abuse of groups",
        ),
        (
            "We do not publish {cs} that attack people for their race, religion, nationality, disability, sex, sexual "
            "orientation or age.",
            "Remarks about Welsh speakers or English incomers as a group, rather than about what someone has actually "
            "done, fall under this rule too.",
            "A joke that relies on a stereotype is still a stereotype, and {mods} will take it down.",
            "Anyone living with sickle cell has heard every ignorant remark there is; this forum is the one place "
            "they should not have to read them.",
            "Threats of violence against any person or group are a criminal offence; they will be removed and may be "
            "passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address or phone number?",
            "Other people's details",
            "Your own details",
        ),
        (
            "Do not post anyone's address, phone number, email or workplace, and think twice before posting your own.",
            "Please do not name other residents in {cs} about the almshouse, its flats or its garden; take such "
            "matters to the clerk or the warden instead.",
            "Medical details you share about yourself can be seen by anyone who finds this page, including employers, "
            "so share only what you are comfortable with.",
            "Boat names and licence numbers are enough to identify someone on the canal, so leave them out unless "
            "the owner has agreed.",
            "Private messages sent to you stay private: do not copy them into a public {c} without the sender's "
            "consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting juniors",
            "Photos of junior players",
            "Who do I tell if I'm worried about a child?",
            "Vulnerable adults",
        ),
        (
            "Do not post photographs or full names of junior players without the written consent of a parent or "
            "guardian.",
            "If something you read here worries you about the welfare of a child or a vulnerable adult, contact the "
            "club welfare officer at once rather than replying in public.",
            "Adults must not send private messages to junior members through this site or any other.",
            "Concerns about the care of a resident should go straight to the clerk to the trustees or, out of hours, "
            "to the council's adult safeguarding team.",
            "Anyone in immediate danger should ring the emergency services (999 in Wales, 911 in Nevada, 110 for the "
            "police on Nauru), not post about it here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Delays",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay of several hours, longer at "
            "weekends.",
            "The site is looked after by volunteers, not a newsroom; {cs} sent on a Friday evening may not be "
            "approved until Monday.",
            "Power cuts and the island's internet link sometimes hold things up, so please do not send the same {c} "
            "twice.",
            "A new member's first few {cs} are held for approval; after that they usually appear straight away.",
            "{Cs} are not checked overnight, and on match days and show days approval may take longer.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posting",
            "Is this the right place for my question?",
            "One subject per thread",
            "Relevance",
        ),
        (
            "Keep your {c} to the subject of the article or thread you are replying to.",
            "Questions about prickings, threads and bobbins belong in the techniques section, not under a notice "
            "about the annual general meeting.",
            "Long-running arguments about the mine expansion, the county road or anything else will be closed if they "
            "keep turning up under unrelated stories.",
            "If you want to start a new conversation, start a new thread rather than taking over someone else's.",
            "Match reports are for talking about the match; selection disputes should go to the coach or the "
            "committee.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Links",
            "Buying and selling",
        ),
        (
            "Do not use {cs} to advertise goods, services, businesses or events, your own or anyone else's.",
            "Members may offer surplus bobbins, pillows and thread in the Sales and Wants section only; anything "
            "else will be removed.",
            "Boats for sale, moorings and share offers belong on the classified page, not under news stories.",
            "{Cs} containing several links, or links to sites selling cures, loans or miracle supplements, are "
            "treated as spam and deleted without notice.",
            "Chain messages, petitions and fundraising appeals need the permission of {mods} before they go up.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts and usernames",
            "Registration",
            "Do I have to use my real name?",
            "One account each",
            "Impersonation",
        ),
        (
            "Please write under your real name; {cs} signed with an obvious pseudonym may not be published.",
            "Each person may hold one account. Second accounts opened to get round a ban, or to agree with yourself, "
            "will be closed.",
            "You may use a forum name instead of your own, and many members do, but do not pretend to be another "
            "person, a doctor or an official.",
            "{Cs} for publication must include a name, address and daytime phone number; we print only your name "
            "and town, for example Tonopah, Ely or Eureka.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "What could get us into legal trouble?",
            "Court cases",
            "Libel",
        ),
        (
            "Do not write anything that could be defamatory: if you say someone has done something wrong, you must "
            "be able to prove it.",
            "Where someone has been charged, do not discuss their guilt or innocence until the case is over; doing "
            "so can amount to contempt of court.",
            "We are bound by the laws of Nauru, including the Cybercrime Act 2015, and will remove anything that "
            "breaches them.",
            "The law of England and Wales applies to {cs} just as it does to our printed pages, and the person who "
            "writes a {c} can be sued as well as the publisher.",
            "Nevada law treats a written statement the same whether it appears in our print edition or on this "
            "website, so stick to facts you can stand behind.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and prickings",
            "Can I share a photo I found online?",
            "Quoting",
            "Images",
        ),
        (
            "Only share text, photographs and patterns that you own or have permission to use.",
            "Many published lace patterns and prickings are still in copyright; give the designer's name and where "
            "to buy it rather than a scan.",
            "Short quotations are fine if you say where they came from, but do not paste in whole articles from "
            "other papers.",
            "By sending a {c} you allow us to publish it here and in print, and to edit it for length.",
            "Photographs of boats, locks and crews remain the property of whoever took them; credit the photographer "
            "when you share one.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "How do I report a {c}?",
            "Flagging",
            "Seen something wrong?",
            "Complaints",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can; you will not always hear what was done.",
            "You can email the newsdesk instead, giving the headline of the story and the name on the {c}.",
            "Please report once: several reports of the same {c} do not make it come down any faster.",
            "Do not report {cs} just because you disagree with them.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "Right to remove",
            "Moderators' decisions",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason, and their decision is final.",
            "Publication of a {c} does not mean that we agree with it.",
            "The trustees reserve the right to take down any notice from the residents' board that they consider "
            "unsuitable.",
            "We may close a thread at any time, particularly where a story concerns a court case or a death.",
            "These rules are not a complete list, and {mods} will use their judgement in cases the rules do not cover.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors in our reports",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, email the editor rather than sending a {c}, so that we can "
            "check it and correct it properly.",
            "Corrections are printed on page two of the next edition and noted at the foot of the online story.",
            "Have a story from Aberystwyth, Lampeter, Cardigan or anywhere else in the county? Send it to the "
            "newsdesk, in English or in Welsh.",
            "News tips from the districts are always welcome, from Aiwo to Anabar; ring or message the newsroom.",
            "Club results and photos for the newsletter should reach the press officer by Sunday evening.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Which language can I write in?",
            "Bad language",
            "Welsh and English",
        ),
        (
            "No swearing, and that includes words with letters replaced by asterisks.",
            "{Cs} are welcome in Welsh or English; {mods} can read both.",
            "You may write in English or Nauruan, but please bear in mind that not every reader understands both.",
            "Please do not write your whole {c} in capital letters; it reads as shouting.",
            "Text-speak and long strings of emoji are hard for some of our older members to read, so please write in "
            "full sentences.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Suspensions",
            "What happens if I break the rules?",
            "Three strikes",
            "Removal of access",
            "Consequences",
        ),
        (
            "Members who break these rules will normally receive a warning first; repeated breaches lead to "
            "suspension and then a ban.",
            "Serious breaches, such as threats or the abuse of a junior member, lead to an immediate ban and may be "
            "reported to the governing body.",
            "Banned members may appeal in writing to the club secretary within fourteen days.",
            "We keep a record of warnings, and a ban applies to the person, not just to the account.",
            "Residents who repeatedly misuse the noticeboard will be asked to hand their notices to the warden "
            "instead.",
        ),
    ),
    (  # medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Can I ask about my medication?",
            "Health information",
            "In a crisis",
            "Treatments and cures",
        ),
        (
            "Nothing written here is medical advice; always talk to your haematologist or GP before changing your "
            "treatment.",
            "If you or your child has a fever, severe pain or chest symptoms, go to A&E or call 999 now, and tell "
            "them you have sickle cell.",
            "Sharing what has worked for you is welcome, but do not tell others to stop or change hydroxyurea, "
            "transfusions or any other treatment.",
            "{Cs} promoting herbal remedies, special diets or overseas clinics as a cure for sickle cell disease "
            "will be removed.",
            "Members are not doctors, even when they sound like one; check anything you read here with your own "
            "care team.",
        ),
    ),
    (  # safety on the water and underground
        (
            "Safety",
            "Safety on the water",
            "Lock and towpath safety",
            "Health and safety",
            "Is that safe?",
        ),
        (
            "Advice given in {cs} about working locks, swing bridges or engines is offered in good faith; follow the "
            "published guidance and the instructions of volunteer lock-keepers.",
            "Do not write about open-water swims, river training or jumping into the canal as if they were safe; "
            "they are not.",
            "Questions about old mine workings, shafts and adits get one answer from us: stay out and stay alive.",
            "Never advise anyone to go into a lock chamber, tunnel or culvert to fetch something back; call the "
            "navigation authority instead.",
            "Pool rules and the instructions of lifeguards come before anything said on this forum.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Politics",
            "During election periods",
            "Can I campaign here?",
            "Party politics",
        ),
        (
            "During election periods {cs} on stories about candidates may be closed early, and candidates must say "
            "who they are if they write in.",
            "The guild is not a political body, and {cs} about national politics will be removed.",
            "In the run-up to a general election in Nauru, {cs} naming candidates are read especially carefully "
            "before they go up.",
            "Campaign material of any kind, including leaflets pinned to the residents' noticeboard, is not allowed.",
            "Councillors, candidates and their agents must declare their interest when writing about a council or "
            "Senedd matter.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most sites say "comment"; the rest one of these.
READER_WORDS_253: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as a sentence prints it in the middle ({mods}); {Mods} capitalises the first letter.
MODERATORS_253: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the webmaster",
    "the forum admins",
    "the clerk to the trustees",
    "the newsdesk",
    "our volunteer moderators",
    "the club secretary",
    "the site team",
    "the trustees",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_253: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers, on the understanding that they keep to the rules below.",
    "This forum exists so that people living with sickle cell, and those who care for them, can support one another. "
    "To keep it that way we ask every member to follow a few rules.",
    "The following house rules were agreed by the committee and apply to everyone using the club's pages.",
    "Croeso. We want this to be a lively place for readers across Ceredigion, so please keep to these rules.",
    "These notes explain what may and may not be put up on the residents' board.",
    "By sending a {c} you agree to the terms below.",
    "The Trust welcomes discussion of its boats, its volunteers and its canal. A few ground rules:",
    "Ekamawir omo! Before you join in, please take a minute to read our rules.",
    "Readers from Goldfield to Winnemucca are welcome to have their say, within reason.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_253: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Diolch yn fawr.",
    "Questions about these rules should go to {mods}.",
    "Happy lacemaking!",
    "See you on the towpath.",
    "Thank you for reading, and for keeping the conversation civil.",
    "These rules may change from time to time; please check back.",
    "Look after each other.",
    "Any resident who needs help reading or sending a notice should ask the warden.",
)

# Title lines a site may print over its rules.
POLICY_TITLES_253: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard rules",
    "Rules for {cs}",
    "Rheolau / Rules",
    "Code of conduct",
    "Guidelines for members",
    "Letters and comments policy",
    "Club message board: rules",
)

# British spellings the sentences use -> American; a site may print either.
AMERICAN_253: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "judgement": "judgment",
    "haematologist": "hematologist",
    "behaviour": "behavior",
    "offence": "offense",
}

# Pairs of section lines a site may print: the first over its first items, the second half way down.
SECTION_LINES_253: tuple[tuple[str, str], ...] = (
    ("Part 1: Conduct", "Part 2: How the site is run"),
    ("A. Behaviour", "B. Moderation"),
    ("Section 1 - Respect", "Section 2 - Practicalities"),
    ("What we expect of you", "What you can expect of us"),
    ("THE RULES", "HOW WE ENFORCE THEM"),
    ("Posting", "Running the board"),
)

# Sign-off lines a site may print at the foot of its rules.
SIGN_OFFS_253: tuple[str, ...] = (
    "- The Editor",
    "The Moderators",
    "Hon. Secretary, on behalf of the committee",
    "Clerk to the Trustees",
    "Forum admin team",
    "The Webmaster",
    "The Heritage Trust volunteers",
)

# Forms of a last-updated line, filled with a drawn day, month name, month number and year.
UPDATED_LINES_253: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Updated {month} {year}.",
    "Reviewed by the committee, {month} {year}.",
    "Agreed at the AGM, {day} {month} {year}.",
    "These rules were last revised on {day}/{number}/{year}.",
    "Policy date: {month} {year}",
)

# Month names for the last-updated line.
MONTHS_253: tuple[str, ...] = (
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

# Words a title-cased heading keeps in lower case unless they come first.
SMALL_WORDS_253: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "by", "for", "if", "in", "not", "of", "on", "or", "the", "to"}
)

# List marker shapes: "num" numbers, "low"/"up" letters, "rom" roman numerals, a bullet printed as is, "rule" for
# "Rule 1:", "sec" for section numbers such as 3.1, "para" for a section sign.
MARKER_SHAPES_253: tuple[str, ...] = (
    "num.",
    "num)",
    "(num)",
    "low)",
    "(low)",
    "up.",
    "rom.",
    "(rom)",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "rule:",
    "rule -",
    "sec",
    "para",
    "no.",
)


def _roman(number: int) -> str:
    """``number`` (1 to 39) as lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(shape: str, number: int, section: int) -> str:
    """The list marker of ``shape`` for the item ``number`` (from 1) of a site whose items are section ``section``."""
    named = {
        "rule:": f"Rule {number}:",
        "rule -": f"Rule {number} -",
        "sec": f"{section}.{number}",
        "para": f"\u00a7{number}",
        "no.": f"No. {number}",
    }
    if shape in named:
        return named[shape]
    letter = chr(ord("a") + number - 1)
    tokens = {"num": str(number), "low": letter, "up": letter.upper(), "rom": _roman(number)}
    for token, printed in tokens.items():
        if token in shape:
            return shape.replace(token, printed)
    return shape


def _cased(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if index and word in SMALL_WORDS_253 else word[:1].upper() + word[1:]
            for index, word in enumerate(words)
        )
    return heading


def _items_253(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" for three sites in four, otherwise post, message, reply,
    contribution, letter or notice) and who moderates it; how many kinds it prints (two to five for one site in five,
    six to sixteen otherwise), in table order or shuffled; for each kind a heading and one to three of its sentences;
    whether it prints headings at all and in which case (as written, title case or capitals), whether a heading
    stands as a part of its own (bare, with a stop or with a colon) or runs in before the first sentence after a
    colon, stop or dash, and whether it is set in bold markup; a list marker shape (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers, section signs, "No. 1") or none; and, now and then, a
    pair of section lines, a last-updated line at the top or the foot, and a sign-off. The opening, closing and
    title lines, American spelling and curly quotes come from ``_furnish``; a site that does not say "comment" is
    given none of those lines that say it."""
    if rng.random() < 0.75:
        singular, plural = "comment", "comments"
    else:
        singular, plural = rng.choice(READER_WORDS_253)
    moderators = rng.choice(MODERATORS_253)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_253)), count)
    if rng.random() < 0.6:
        chosen.sort()

    with_headings = rng.random() < 0.8
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own.", "own:", "run:", "run.", "run-", "run\u2013"))
    bold = with_headings and placement.startswith("own") and rng.random() < 0.12
    shape = rng.choice(MARKER_SHAPES_253) if rng.random() < 0.55 else ""
    section = rng.randint(1, 9)
    most_sentences = rng.choice((1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_253[kind]
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [sentence.format(**fill) for sentence in picked]
        marker = _marker(shape, number, section) + " " if shape else ""
        if not with_headings:
            items.append(("", marker + parts[0], *parts[1:]))
            continue
        heading = _cased(rng.choice(headings).format(**fill), case)
        question = heading.endswith("?")
        if placement.startswith("own"):
            stop = "" if question else placement[3:]
            if bold:
                heading = f"**{heading}**"
            items.append((marker + heading + stop, *parts))
        else:
            joint = {":": ": ", ".": ". ", "-": " - ", "\u2013": " \u2013 "}[placement[3:]]
            if question:
                joint = " "
            items.append(("", marker + heading + joint + parts[0], *parts[1:]))

    if len(items) >= 4 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_253)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_253).format(
            day=rng.randint(1, 28),
            month=rng.choice(MONTHS_253),
            number=rng.randint(1, 12),
            year=rng.randint(2014, 2026),
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_253)))

    intros = [line.format(**fill) for line in POLICY_INTROS_253]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_253]
    titles = [line.format(**fill) for line in POLICY_TITLES_253]
    if singular != "comment":
        intros = [line for line in intros if "comment" not in line.lower()]
        closings = [line for line in closings if "comment" not in line.lower()]
        titles = [line for line in titles if "comment" not in line.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_253)
