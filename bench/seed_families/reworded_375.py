"""The ``reworded-375`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vementry and Uyea bulletins, Malham and Austwick papers, Chimayo and Abiquiu weeklies, bicycle polo
and broomball clubs, pole lathe and sign writing guilds, Phelan-McDermid and Rubinstein-Taybi syndrome forums, hay
bale race and sheep racing committees, and owl box volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_375: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Civility",
            "Why was my {c} removed for its tone?",
            "Disagree without being disagreeable",
            "Courtesy to others",
        ),
        (
            "Please keep it civil, even when you disagree.",
            "Argue with the point, not with the person who made it, and leave the sarcasm at the gate.",
            "{Cs} that insult, bait or belittle other readers are removed, however strongly the writer feels about "
            "the Malham car park.",
            "Where a thread turns into a quarrel, {mods} may close it and remove the worst {cs}.",
            "You are talking to neighbours, parents and volunteers, so write as you would speak to them in the "
            "village hall.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Hatred and discrimination",
            "Discrimination",
            "Treat everyone equally",
            "What counts as hate speech?",
        ),
        (
            "We do not publish {cs} that attack people for their race, religion, disability, sex, sexuality, "
            "gender identity or age.",
            "Remarks about incomers, travellers or holiday-home owners as a group are treated like any other slur.",
            "{Cs} that mock disability, or anyone's appearance, are removed without warning.",
            "Hateful language, symbols or jokes lead to an immediate ban, and {mods} may report threats to the police.",
            "Chimayo and Abiquiu are home to old families and newcomers alike; attacks on either are not welcome.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I share someone's address?",
        ),
        (
            "Do not post phone numbers, addresses or email addresses, yours or anyone else's.",
            "{Cs} naming private individuals in connection with rumours or disputes are removed.",
            "Please think twice before sharing your child's full name, school or test results in an open thread.",
            "Screenshots of private messages may only be shared with the sender's permission.",
            "We print your name and township with your {c}, but never your street address or phone number.",
        ),
    ),
    (  # safeguarding of children
        (
            "Safeguarding",
            "Children and young people",
            "Photos of children",
            "Protecting children",
            "Under-18s",
            "Can juniors join the forum?",
        ),
        (
            "Do not post photographs of children other than your own without a parent's consent.",
            "Junior members under 16 may join only with a parent or guardian's permission.",
            "{Cs} that identify a child involved in a court case, a care case or a school incident will not be "
            "published.",
            "Any worry about a child's welfare should go to the club welfare officer, not onto the public board.",
            "Anyone trying to contact junior players privately through the site will be banned, and {mods} will "
            "pass their details to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "How moderation works",
            "Please be patient",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a short delay.",
            "{Cs} sent in the evening or at weekends may not go up until the next working day.",
            "The bulletin is run by volunteers, so please allow up to 48 hours for your {c} to be checked.",
            "You do not need to send your {c} twice: it is waiting in the queue.",
            "During lambing and around show time, things will be slower than usual.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Relevance",
            "Is my {c} on topic?",
            "One thread, one subject",
        ),
        (
            "Please keep {cs} relevant to the story or thread you are answering.",
            "{Cs} about parking, dogs or the ferry timetable belong on the general noticeboard, not under a match "
            "report.",
            "Off-topic {cs} may be moved or removed without notice.",
            "Start a new thread rather than taking over somebody else's.",
            "If a discussion drifts, {mods} may split it off so that the original question still gets answered.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Advertising and spam",
            "Spam",
            "Selling and promotion",
            "Can I sell things here?",
        ),
        (
            "Advertising is not allowed in {cs}, except on the classified board.",
            "{Cs} with links to shops, fundraising pages or surveys need the say-so of {mods} first.",
            "Guild members may mention a course or a commission once, in the members' market thread, and nowhere else.",
            "Repeated or automated {cs}, chain mail and bare links are deleted and the account closed.",
            "Selling a lathe, a bike or a few bales of hay? Use the For Sale board, and please mark it sold.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Names and accounts",
            "Use your real name",
            "One account each",
            "Usernames",
            "Do I have to use my real name?",
        ),
        (
            "Please use your real name; we do not print anonymous {cs}.",
            "Members may use a nickname on the forum, but the committee must know who you are.",
            "One account per person; extra accounts set up to dodge a ban will be closed.",
            "Do not pretend to be another member, a club officer or a medical professional.",
            "Usernames that are offensive, or that advertise a business, will be changed by {mods}.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Libel and contempt",
            "Don't break the law",
            "Court cases",
            "What about ongoing court cases?",
        ),
        (
            "You are legally responsible for what you write, and that includes libel.",
            "Do not accuse named people of crimes, dishonesty or cruelty unless it has been proved in court.",
            "{Cs} are switched off on reports of live court cases, because anything said could prejudice a trial.",
            "We may be required to hand the details of a writer to the police or the courts.",
            "{Cs} that break the law, encourage others to break it or breach a court order are taken down at once.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Quoting",
            "Can I post pictures I found online?",
        ),
        (
            "Only share photographs, drawings or text that you made yourself or have permission to use.",
            "Short quotations are fine if you say where they came from.",
            "Do not paste whole articles from other newspapers; link to them instead.",
            "Lettering designs belong to the sign writers who drew them, so please ask before sharing them.",
            "By sending a {c} you allow us to publish it in print and online, and to edit it for length.",
        ),
    ),
    (  # reporting a post
        (
            "Reporting a {c}",
            "Report a problem",
            "Seen something wrong?",
            "How to report",
            "Flagging",
            "Use the report button",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report it rather than arguing back; a quarrel only makes it harder to tidy up.",
            "Reports are anonymous and are read by {mods}, usually within a day.",
            "You can also email the editor, quoting the date and the first line of the {c}.",
            "Reporting a {c} does not mean it will be removed; we check it against these rules first.",
        ),
    ),
    (  # the site's discretion
        (
            "Our decision is final",
            "The site's discretion",
            "Editorial discretion",
            "Moderators' discretion",
            "Who decides?",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "Publication is at the editor's discretion, and we cannot enter into correspondence about {cs} not "
            "printed.",
            "The decision of {mods} on any {c} is final.",
            "These rules are not a complete list, and {cs} may be removed for reasons not written here.",
            "The committee may change these rules at any time; the current version is always on this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips and corrections",
            "Tell us",
        ),
        (
            "If we have got something wrong, please tell the editor directly rather than in a {c}.",
            "Corrections are printed in the next issue and the online story is updated.",
            "News, results and photographs from around Malham and Austwick are always welcome at the office.",
            "Send results from the hay bale race straight to us and we'll put them in the next bulletin.",
            "{Cs} pointing out a factual mistake are passed to the reporter and may be held back once the "
            "correction is made.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Keep it clean",
            "Is swearing allowed?",
        ),
        (
            "Please do not swear; families read this site.",
            "{Cs} containing swearing, including words with letters starred out, will not be published.",
            "Write in English or Spanish, and please don't type in capitals, which reads as shouting.",
            "Shetland dialect and Dales speech are welcome; abuse in any tongue is not.",
            "Text-speak and very long {cs} are hard to read, so {mods} may ask you to tidy them up.",
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
            "Members who break these rules get a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or harassment, lead to an immediate ban.",
            "A note of each warning is kept by {mods} and stays on your account for six months.",
            "If you think you have been banned unfairly, you may appeal once to the club secretary.",
            "We may stop publishing your {cs} altogether if you keep ignoring these guidelines.",
        ),
    ),
    (  # medical advice (syndrome forums)
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Treatments and therapies",
            "Can I recommend a treatment?",
        ),
        (
            "This forum is for sharing experience, not for giving medical advice.",
            "Please speak to your child's doctor or geneticist before changing any medicine, diet or therapy.",
            "{Cs} promoting cures for Phelan-McDermid or Rubinstein-Taybi syndrome, or selling supplements, are "
            "removed.",
            "Members may share what has helped their family, but should make clear it is personal experience.",
            "Nothing here has been checked by a doctor, and the charity cannot be responsible for decisions made "
            "on it.",
        ),
    ),
    (  # animal welfare and nest sites
        (
            "Animal welfare",
            "Birds and nests",
            "Nest box locations",
            "Animals and wildlife",
            "Where are the boxes?",
            "Keep nest sites secret",
        ),
        (
            "Please never give the location of an occupied owl box, even roughly.",
            "Stills from the nest cameras may be shared, but not the grid reference or the name of the farm.",
            "{Cs} that encourage disturbing barn owls in the breeding season will be removed; it is also against "
            "the law.",
            "The sheep run short courses and are well looked after; any concern about their welfare should go "
            "straight to the committee.",
            "Please don't share pictures of injured animals; ring the vet or the wildlife rescue instead.",
        ),
    ),
    (  # events, fixtures and notices
        (
            "Events and notices",
            "Fixtures and events",
            "Noticeboard",
            "Lost and found",
            "Where do I put events?",
        ),
        (
            "Events are listed free of charge if they are open to the public.",
            "Please put the date, time and place in the first line of your {c}.",
            "Bicycle polo and broomball fixtures are put up by club officers, so please don't start duplicate threads.",
            "Lost and found {cs} are taken down after 14 days unless you ask us to keep them up.",
            "Notices for the Uyea and Vementry bulletins must reach us by Tuesday noon.",
        ),
    ),
)

POLICY_INTROS_375: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers, but please follow these guidelines.",
    "These house rules apply to everyone who takes part in the forum.",
    "The {cs} section is a place for friendly discussion, and a few ground rules keep it that way.",
    "The board is run by volunteers, and these rules help keep it pleasant for everyone.",
    "By sending us a {c}, you agree to the following.",
)

POLICY_CLOSINGS_375: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, ask {mods} before you post.",
    "Breaking these rules may mean your account is suspended.",
    "Questions about these rules can be sent to the editor.",
    "Thanks to all our readers for their {cs} and their good behaviour.",
)

POLICY_TITLES_375: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting rules",
    "{C} policy",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Rules of the board",
    "Before you post",
    "Members' code of conduct",
)

AMERICAN_375: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "rumour": "rumor",
    "traveller": "traveler",
    "colour": "color",
    "organise": "organize",
    "licence": "license",
    "apologise": "apologize",
    "centre": "center",
    "favour": "favor",
    "judgement": "judgment",
}

_WORDS_375: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

_MODS_375: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the mods",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the admin team",
    "club officers",
    "the bulletin volunteers",
    "the volunteer moderators",
    "the guild secretary",
    "the site admins",
)

_SITES_375: tuple[str, ...] = (
    "The Vementry Bulletin",
    "Uyea Bulletin",
    "The Malham Advertiser",
    "Austwick Parish Paper",
    "The Chimayo Weekly",
    "Abiquiu Weekly News",
    "Fellside Bicycle Polo Club",
    "Northern Broomball Club",
    "The Pole Lathe Turners' Guild",
    "Guild of Sign Writers",
    "Phelan-McDermid Family Forum",
    "RTS Parents' Forum",
    "Hay Bale Race Committee",
    "Sheep Racing Committee",
    "Owl Box Volunteers",
)

_SECTIONS_375: tuple[str, ...] = (
    "Part 2: Taking part",
    "Section 3 - {Cs} and the forum",
    "Rules for the noticeboard",
    "B. Online {cs}",
    "Taking part online",
    "Your {cs}",
)

_MONTHS_375: tuple[str, ...] = (
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

_SMALL_375 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "with", "at", "by", "not"})


def _roman_375(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _title_case_375(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if (i and w.lower() in _SMALL_375) else (w[:1].upper() + w[1:]) for i, w in enumerate(words))


def _marker_375(style: str, i: int, section: int) -> str:
    if style == "num":
        return f"{i}."
    if style == "paren":
        return f"{i})"
    if style == "letter":
        return f"{chr(96 + i)})"
    if style == "bracket_letter":
        return f"({chr(96 + i)})"
    if style == "roman":
        return f"{_roman_375(i)}."
    if style == "ROMAN":
        return f"{_roman_375(i).upper()}."
    if style == "bullet":
        return "\u2022"
    if style == "dash":
        return "\u2013"
    if style == "hyphen":
        return "-"
    if style == "rule":
        return f"Rule {i}:"
    if style == "section":
        return f"{section}.{i}"
    return f"\u00a7 {i}" if section % 2 else f"\u00a7{i}"


def _updated_line_375(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
    name = _MONTHS_375[month - 1]
    return rng.choice(
        (
            f"Last updated: {day} {name} {year}",
            f"Updated {name} {year}",
            f"Last reviewed by the committee: {day:02d}/{month:02d}/{year}",
            f"Revised {name} {day}, {year}",
            f"These rules were last changed on {day} {name} {year}.",
        )
    )


def _items_375(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and moderators, how many kinds and in
    what order, sentences an item, heading case and placement, markers and the site's habits, then the lines around
    them by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS_375)
    mods = rng.choice(_MODS_375)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}

    count = rng.randint(2, 16)
    kinds = list(REWORDINGS_375)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        picked = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in picked]

    case = rng.choice(("sentence", "sentence", "title", "upper", "none"))
    placement = rng.choice(("own", "own", "run_in"))
    own_end = rng.choice(("", "", ".", ":"))
    run_sep = rng.choice((": ", ". ", " \u2013 ", " - "))
    style = rng.choice(
        (
            "none",
            "none",
            "num",
            "paren",
            "letter",
            "bracket_letter",
            "roman",
            "ROMAN",
            "bullet",
            "dash",
            "hyphen",
            "rule",
            "section",
            "sign",
        )
    )
    section = rng.randint(1, 6)
    emphasis = rng.choice(("**", "*", "__")) if rng.random() < 0.2 else ""
    note_at = rng.randrange(count) if rng.random() < 0.2 else -1
    note_lead = rng.choice(("Please note: ", "Please note: ", "Note: ", "NB: ", "Important: "))

    drafts: list[tuple[str, list[str]]] = []
    for k, (headings, sentences) in enumerate(chosen):
        n = rng.choice((1, 1, 2, 2, 3))
        picked_sentences = [s.format(**fill) for s in rng.sample(sentences, n)]
        heading = rng.choice(headings).format(**fill)
        if k == note_at and (n > 1 or placement == "own" or case == "none"):
            picked_sentences[-1] = note_lead + picked_sentences[-1]
        drafts.append((heading, picked_sentences))

    items: list[tuple[str, ...]] = []
    for i, (heading, sentences) in enumerate(drafts, start=1):
        if case == "title":
            heading = _title_case_375(heading)
        elif case == "upper":
            heading = heading.upper()
        marker = "" if style == "none" else _marker_375(style, i, section) + " "
        if case == "none":
            sentences = list(sentences)
            if emphasis and rng.random() < 0.3:
                sentences[0] = f"*{sentences[0]}*"
            sentences[0] = marker + sentences[0]
            items.append(("", *sentences))
        elif placement == "own":
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            elif not heading.endswith("?"):
                heading += own_end
            items.append((marker + heading, *sentences))
        else:
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            sep = " " if heading.rstrip("*_").endswith("?") else run_sep
            first = marker + heading + sep + sentences[0]
            items.append(("", first, *sentences[1:]))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(_SECTIONS_375).format(**fill), ""))
    if rng.random() < 0.2:
        line = ("", _updated_line_375(rng))
        if rng.random() < 0.5:
            items.insert(0, line)
        else:
            items.append(line)
    if rng.random() < 0.15:
        site = rng.choice(_SITES_375)
        items.append(("", rng.choice((f"\u2014 {site}", site, f"Signed, {site}"))))

    intros = [s.format(**fill) for s in POLICY_INTROS_375]
    closings = [s.format(**fill) for s in POLICY_CLOSINGS_375]
    titles = [s.format(**fill) for s in POLICY_TITLES_375]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_375)
