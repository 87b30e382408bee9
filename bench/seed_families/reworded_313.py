"""The ``reworded-313`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Grand Manan island news, Rhinns of Galloway papers, Klamath basin weeklies, wild swimming groups, koi
and pond keepers' clubs, dyslexia parents' forums, community speedwatch groups, music hall preservation trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps to the table prints them. Each kind is
# (headings, sentences): headings a site may put over the item (questions among them), and sentences it may print
# under it. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send and ``{mods}`` for
# whoever looks after the site; both are filled per site.
REWORDINGS_313: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        (
            "Be civil",
            "Keep it courteous",
            "Play the ball, not the person",
            "Respect for others",
            "Can I disagree with other members?",
            "Good manners",
        ),
        (
            "Disagree as much as you like, but do it politely; personal attacks on other readers or on the people we "
            "write about will be removed.",
            "This is a small island and most of us will meet in the ferry line at North Head or at the post office, "
            "so write as if you were saying it to someone's face.",
            "Robust debate about water allocation, the dams and the refuges is welcome here; name-calling and insults "
            "aimed at irrigators, tribal members or anyone else are not.",
            "Treat fellow members as you would on the shore before a dip: kindly, patiently and without talking down "
            "to beginners.",
            "Argue with the point, not the person, and never pick on anyone's spelling, grammar or reading.",
        ),
    ),
    # Hatred and discrimination.
    (
        ("No hate", "Discrimination", "Hate speech", "What counts as abusive?", "Zero tolerance for bigotry"),
        (
            "{Cs} that attack people for their race, religion, nationality, disability, sex, sexual orientation or "
            "gender identity will be deleted without warning.",
            "We will not publish anything that stirs up hatred, and material that may break the Hate Crime and Public "
            "Order (Scotland) Act 2021 will be passed to Police Scotland.",
            "Remarks demeaning the Klamath, Modoc and Yahooskin peoples, or any other group in the basin, will be "
            "removed.",
            "Jokes that mock learning difficulties, however harmless they seem to you, are not welcome on a forum "
            "for families of dyslexic children.",
            "Racist, sexist, homophobic or otherwise discriminatory language is removed, and so is anything that uses "
            "a disability as an insult.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal details",
            "Protect your privacy",
            "Can I post someone's phone number?",
            "Other people's information",
        ),
        (
            "Do not post addresses, phone numbers, email addresses or any other personal details, whether they are "
            "yours or someone else's.",
            "Never post registration numbers, photographs of drivers or the addresses of anyone you believe was "
            "speeding; the data we collect goes to the police and nowhere else.",
            "Please do not name your child's school, teacher or SENCO, and think twice before sharing details of an "
            "EHCP or assessment report that could identify your family.",
            "Photographs taken at swims may show other people in their costumes, so ask everyone in the picture "
            "before you share it.",
            "If you want to reach another member, send a private message rather than putting your contact details "
            "in a public {c}.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Children and safeguarding",
            "Keeping young people safe",
            "What if I'm worried about a child?",
            "Photos of children",
        ),
        (
            "Do not post photographs or names of children other than your own, and keep your own children's full "
            "names and schools off the board.",
            "If you are worried that a child is at risk, contact the police or your local social work team straight "
            "away rather than posting about it here.",
            "Under-18s may join only with a parent or guardian's consent, and may not arrange meet-ups with adults "
            "through the group.",
            "Our safeguarding officer can be reached through the contact page, and any concern raised with them is "
            "treated in confidence.",
            "Anything that seeks to contact children privately, or that grooms, exploits or sexualises young people, "
            "will be reported to the police at once.",
        ),
    ),
    # Moderation delays.
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go up?"),
        (
            "Every {c} is read by a person before it appears, so there may be a delay, especially in the evenings and "
            "at weekends.",
            "The newsroom is two people and a part-timer, and {cs} sent after the paper goes to press on Tuesday may "
            "not be approved until Thursday.",
            "The people who moderate here are volunteers with jobs, ponds and families, so please allow up to 48 "
            "hours before asking what happened to your {c}.",
            "When the ferry is off or the power is out, approval may take longer than usual; please don't send the "
            "same {c} twice.",
            "New members' first few {cs} are held for approval; after that they appear straight away unless someone "
            "reports them.",
        ),
    ),
    # Staying on topic.
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place for my question?",
            "On topic, please",
        ),
        (
            "Keep {cs} relevant to the story or thread they sit under; general grumbles belong on the open "
            "noticeboard.",
            "Questions about filters, pumps and water chemistry go in the Technical section, not in the show reports.",
            "This group is for arranging swims and sharing conditions, so please take politics, fundraising and lost "
            "property elsewhere unless it is about the water.",
            "Threads about a particular road should stay about speeding on that road; potholes, parking and bin "
            "collections are matters for the council.",
            "Discussion of the hall's history, its performers and the restoration is welcome; arguments about modern "
            "theatre politics are better had elsewhere.",
        ),
    ),
    # Advertising and spam.
    (
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Links and self-promotion",
            "Commercial posts",
        ),
        (
            "Advertising, chain letters and repeated links to your own website will be deleted, and accounts that "
            "exist only to sell will be closed.",
            "Members may sell surplus fish, plants and equipment in the Sales section only, and every fish offered "
            "must have been through quarantine; dealers must ask the committee first.",
            "Tutors, assessors and sellers of coloured overlays, apps or courses may not promote their services here, "
            "however helpful they believe them to be.",
            "Cottages, boat trips and whale-watching tours can be advertised in the classifieds, not in the {cs}.",
            "One link to a relevant event is fine; the same notice copied into every thread is spam.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Your name",
            "Usernames and accounts",
            "Real names",
            "Who can post?",
            "Do I have to use my real name?",
            "One account each",
        ),
        (
            "{Cs} chosen for print must carry your full name and the town or village you live in; we withhold a name only "
            "in exceptional circumstances.",
            "Use one account only; anyone who opens a second account to get round a ban, or to agree with themselves, "
            "will lose both.",
            "You may use a nickname, but please do not choose one that includes your child's name.",
            "Do not impersonate another person, a public official, the Trust or a member of the committee.",
            "Usernames that are offensive, or that advertise a business, will be changed by {mods} without notice.",
        ),
    ),
    # The law.
    (
        ("The law", "Legal matters", "Defamation", "Libel and contempt", "Could my {c} get me into trouble?"),
        (
            "You are legally responsible for what you write, and you must not post anything defamatory, threatening "
            "or in contempt of court.",
            "Once someone has been arrested or charged, do not speculate about their guilt; that can prejudice a "
            "trial at Stranraer Sheriff Court and we will remove it.",
            "Do not accuse named people of crimes, or of taking water unlawfully, unless a court has found it so; "
            "Oregon and California libel law applies to you as well as to us.",
            "Allegations against named teachers, schools or council staff can be defamatory, so describe what "
            "happened without naming individuals.",
            "We cooperate with the police and, where the law requires it, may pass on the details of anyone who uses "
            "the site to break it.",
        ),
    ),
    # Copyright.
    (
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share articles or pictures?",
            "Using other people's material",
            "Posting images",
        ),
        (
            "Only post photographs, recordings and text you have the right to share, and credit the photographer "
            "where you can.",
            "Do not paste whole articles from other papers; quote a line or two and link to the rest.",
            "Playbills, programmes and photographs from the hall's archive remain the Trust's copyright and may not "
            "be reproduced without written permission.",
            "By posting you allow us to republish your {c} in print or online, edited for length if need be.",
            "Scans of sheet music and recordings of performers still in copyright will be taken down on request.",
        ),
    ),
    # Reporting.
    (
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Seen something wrong?", "Flagging"),
        (
            "If you see something that breaks these rules, use the Report link under it rather than replying.",
            "Don't feed an argument by answering in kind; flag it and let {mods} deal with it.",
            "Reports are anonymous and every one is read, although we cannot always tell you what action was taken.",
            "For anything urgent, such as a threat to someone's safety, email the editor directly as well as "
            "flagging it.",
            "You can also raise a problem with any committee member at the monthly meeting in the village hall.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        ("Editor's discretion", "The committee's decision", "Our right to edit", "Final say", "Who decides?"),
        (
            "{mods} may edit, hold back or remove any {c} at their discretion, and need not give a reason.",
            "Publication is at the editor's discretion, and {cs} may be cut for length, taste or legal reasons.",
            "The committee's decision on any {c} or member is final, though you may raise it at the next general "
            "meeting.",
            "Posting here is a privilege of membership, not a right, and the trustees may withdraw it.",
            "We try to be consistent, but we are volunteers and will sometimes get it wrong; tell us politely if you "
            "think we have.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Corrections and tips"),
        (
            "If we've got something wrong in a story, email the newsroom rather than posting a {c}, so we can "
            "correct it properly.",
            "News tips, photographs of the weirs, the ferry or the whales, and notes for the island happenings "
            "column can be sent to the editor.",
            "Births, marriages, deaths and church notices go to the front office in Stranraer, not in the {cs}.",
            "Corrections are printed on page two of the next issue and noted at the foot of the story online.",
            "If you have a story from the basin, from Chiloquin to Tulelake, call or email the newsroom; tips can be "
            "anonymous.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Write in plain English"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please avoid text speak and writing entirely in capitals, which reads as shouting.",
            "Spelling doesn't matter here; many of our members and their children find writing hard, and nobody "
            "will be corrected.",
            "{Cs} in Scots or Gaelic are welcome, but please add a line in English so that everyone can follow.",
            "Profanity, crude language and sexual references will be removed, because younger readers use this site "
            "too.",
        ),
    ),
    # Warnings and bans.
    (
        ("Warnings and bans", "What happens if I break the rules?", "Suspensions", "Three strikes", "Enforcement"),
        (
            "Breaking these rules usually earns a warning first; repeat offences lead to a suspension and then a "
            "permanent ban.",
            "Serious breaches, such as threats, hate or posting a child's details, lead to an immediate ban without "
            "warning.",
            "Banned members may not rejoin under another name, and accounts set up for that purpose will be removed.",
            "If you think a ban was unfair, write to the secretary; appeals are heard at the next committee meeting.",
            "Warnings are kept on record for twelve months, after which they are wiped.",
        ),
    ),
    # Safety, medical and veterinary advice.
    (
        (
            "Safety",
            "Swim at your own risk",
            "Advice given here",
            "Is the advice here professional?",
            "Medical and veterinary advice",
            "Take care",
        ),
        (
            "Every swimmer is responsible for their own safety; nothing posted here is an assessment of conditions, "
            "so check the tides, the weather and the water quality yourself.",
            "Advice about cold water shock, hypothermia or swimming with a medical condition is shared experience, "
            "not medical advice; speak to your GP.",
            "Advice on treating sick fish comes from fellow keepers, not vets; for suspected KHV or any notifiable "
            "disease, contact a vet and the Fish Health Inspectorate.",
            "Members share what has worked for their own children, but it is no substitute for an assessment by an "
            "educational psychologist or specialist teacher.",
            "Volunteers must never step into the road, stop vehicles or confront drivers, and nothing here authorises "
            "you to do so.",
        ),
    ),
    # Meet-ups, sessions and events.
    (
        ("Meet-ups and events", "Arranging swims", "Events", "Can I organise a meet-up?", "Club visits"),
        (
            "Swims arranged through this group are informal meet-ups between adults, not supervised sessions, and "
            "nobody is acting as a lifeguard.",
            "Pond visits are arranged through the club secretary; please do not turn up at a member's home on the "
            "strength of a {c}.",
            "Speedwatch sessions are booked through the coordinator and must follow the police risk assessment; do "
            "not arrange your own.",
            "Volunteer rotas for open days, the bar and guided tours are posted by the front-of-house manager only.",
            "Notices for ceilidhs, sales of work and community council meetings go in the What's On listings, free "
            "of charge.",
        ),
    ),
)

# The site's word for what readers send, singular and plural; most sites say "comment", a quarter never do.
COMMENT_WORD_313: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_313: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as a sentence names them.
MODERATORS_313: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editors",
    "the committee",
    "the admin team",
    "the group admins",
    "the newsroom",
    "the trustees",
    "the forum team",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_313: tuple[str, ...] = (
    "We want this to be a friendly, useful place for everyone on the island and beyond.",
    "These rules apply to every {c} on the site, and by posting you agree to them.",
    "A few ground rules, agreed by the committee, to keep the board pleasant for everyone.",
    "Please take two minutes to read this before you post for the first time.",
    "This group is run by volunteers for people who love open water. Here's how it works.",
    "We're a small paper and we read everything you send us; in return, we ask you to follow these guidelines.",
    "We welcome {cs} from readers across the Rhinns and the Machars.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_313: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Happy swimming, and see you at the water.",
    "These rules may change at any time; the version on this page is the one that applies.",
    "Questions about these rules can be sent to the editor.",
    "By sending a {c} you agree to abide by these terms.",
    "Thanks for reading, and for being part of the club.",
)

# Titles a site may print over its rules.
POLICY_TITLES_313: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms",
    "Rules of the group",
    "Guidelines for {cs}",
    "Message board terms of use",
)

# British spellings used in the sentences above, and how an American-spelling site prints them.
AMERICAN_313: dict[str, str] = {
    "coloured": "colored",
    "programmes": "programs",
    "theatre": "theater",
    "organise": "organize",
    "authorises": "authorizes",
    "sexualises": "sexualizes",
    "offences": "offenses",
}

# Words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_313: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "into", "of", "on", "or", "the", "to", "with")
)

# Lines a site may print between its items.
DIVIDERS_313: tuple[str, ...] = ("* * *", "—", "~~~", "-----", "•••", "___")

# Dated lines a site may print at the top or foot of its rules.
UPDATED_LINES_313: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Last updated {day}/{month_number:02d}/{year}",
    "Revised {month} {year}",
    "Agreed by the committee at the AGM, {month} {year}.",
    "These guidelines were last reviewed in {month} {year}.",
    "Updated {month} {day}, {year}",
)
MONTHS_313: tuple[str, ...] = (
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

# Sign-offs a site may print after its rules.
SIGN_OFFS_313: tuple[str, ...] = (
    "— The Editor",
    "The Committee",
    "— the admin team",
    "On behalf of the trustees",
    "Thanks, the admins 🌊",
    "Secretary, on behalf of the committee",
    "Mods",
)

# Words a site may put before its most important sentence.
EMPHASIS_LEADS_313: tuple[str, ...] = ("Important:", "PLEASE NOTE:", "Please note:", "NB:")


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, number: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (from 1)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(number)}.",
        "(i)": f"({_roman(number)})",
        "I.": f"{_roman(number).upper()}.",
        "•": "•",
        "-": "-",
        "–": "–",
        "*": "*",
        "▪": "▪",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 –": f"Rule {number} –",
        "1.1": f"4.{number}",
        "§1": f"§{number}",
        "Section 1.": f"Section {number}.",
        "No. 1": f"No. {number}",
    }
    return markers[style]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_313) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_313(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution or letter, and then nothing it prints says "comment") and who moderates it; how many item kinds it
    prints (two to five for one site in five, else six to sixteen), in table order or shuffled; one to three sentences
    an item; whether it prints headings and in what case (as written, title case or capitals), and where they stand (a
    part of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash),
    and perhaps in bold or underscored marks; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule
    1:", section numbers ...) or none; and, by chance, an emphasised lead on one sentence, divider lines between items,
    a last-updated line at the top or foot and a sign-off. Opening, closing and title lines come from ``_furnish``."""
    singular, plural = COMMENT_WORD_313 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_313)
    moderators = rng.choice(MODERATORS_313)
    says_comment = singular == "comment"
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    def allowed(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_313)), count)
    if rng.random() < 0.55:
        kinds.sort()

    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash", "run dash"))
    dash = rng.choice((" – ", " — ", " - "))
    emphasis = rng.choice(("", "", "", "", "**", "__", "*"))
    marker_style = rng.choice(
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
            "A.",
            "i.",
            "(i)",
            "I.",
            "•",
            "•",
            "-",
            "–",
            "*",
            "▪",
            "Rule 1:",
            "Rule 1 –",
            "1.1",
            "§1",
            "Section 1.",
            "No. 1",
        )
    )
    most_sentences = rng.choice((1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_313[kind]
        sentences = [fill(sentence) for sentence in sentences if allowed(fill(sentence))]
        chosen = rng.sample(sentences, min(len(sentences), rng.randint(1, most_sentences)))
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice([h for h in headings if allowed(fill(h))]))
            if heading_case == "title":
                heading = _title_case(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        marker = f"{_marker(marker_style, number)} " if marker_style else ""
        if not heading:
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        is_question = heading.rstrip("*_").endswith("?")
        if placement.startswith("own"):
            end = "" if is_question or placement == "own" else ("." if placement == "own stop" else ":")
            items.append((marker + heading + end, *chosen))
        else:
            joiner = " " if is_question else {"run colon": ": ", "run stop": ". ", "run dash": dash}[placement]
            items.append(("", marker + heading + joiner + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        which = rng.randrange(len(items))
        heading, first, *rest = items[which]
        items[which] = (heading, f"{rng.choice(EMPHASIS_LEADS_313)} {first}", *rest) if heading else items[which]
    if rng.random() < 0.12 and len(items) > 2:
        divider = ("", rng.choice(DIVIDERS_313))
        if rng.random() < 0.5:
            items = [part for item in items for part in (item, divider)][:-1]
        else:
            items.insert(rng.randint(1, len(items) - 1), divider)
    if rng.random() < 0.25:
        month_number = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_313).format(
            day=rng.randint(1, 28),
            month=MONTHS_313[month_number - 1],
            month_number=month_number,
            year=rng.randint(2016, 2026),
        )
        items.insert(0 if rng.random() < 0.4 else len(items), ("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_313)))

    intros = [fill(line) for line in POLICY_INTROS_313 if allowed(fill(line))]
    closings = [fill(line) for line in POLICY_CLOSINGS_313 if allowed(fill(line))]
    titles = [fill(line) for line in POLICY_TITLES_313 if allowed(fill(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_313)
