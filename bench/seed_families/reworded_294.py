"""The ``reworded-294`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Antigua and Barbuda news, Kerry papers, Finger Lakes weeklies, taekwondo clubs, pigeon racing
societies, sleep apnoea forums, park home residents' associations, bandstand restoration friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, in the order a site that keeps to the table prints them: for each kind, the
# headings a site may give it (questions among them) and the sentences it may say. ``{c}``/``{cs}`` (``{C}``/``{Cs}``
# capitalised) are the site's word for what readers send, singular and plural; ``{mods}`` is who looks after the site.
REWORDINGS_294: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be courteous", "Respect other members", "How should I behave?", "Courtesy", "Keep it civil"),
        (
            "Treat other members as you would a neighbour across the fence: disagree by all means, but do it politely.",
            "Personal attacks, name-calling and sneering at another person's {c} will be removed without notice.",
            "Play the ball, not the man; most of us will meet again at the next club night, race or meeting.",
            "Be kind to newcomers, many of whom are just back from their first night on a CPAP machine and are "
            "understandably anxious.",
            "Robust debate on the affairs of Antigua and Barbuda is welcome, but insults, threats and abuse are not.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "Is any subject off limits?",
            "Equality and respect",
            "Racism and bigotry",
        ),
        (
            "We will not publish {cs} that attack people because of their race, religion, nationality, sexual "
            "orientation, gender, age or disability.",
            "Slurs about Barbudans, about Guyanese, Jamaican or Dominican residents, or about any other community "
            "living here will be removed on sight.",
            "Travellers, migrants and asylum seekers are entitled to the same respect as anyone else on these pages.",
            "Material likely to stir up hatred may be a criminal offence, and we will not hesitate to pass it to the "
            "Gardaí or the police.",
            "Jokes that rely on stereotypes are still stereotypes; if in doubt, leave it out.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Can I post someone's address?",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email address or pitch number, including your own.",
            "Photographs of children in class, at gradings or at tournaments must not be posted without the written "
            "consent of a parent or guardian.",
            "Share your own sleep study results if you wish, but remember that anything posted here can be read by "
            "anyone, your employer included.",
            "Loft addresses and the ring numbers of valuable birds should not be posted in open threads, as thefts "
            "from lofts do happen.",
            "Private matters between a resident and the site owner belong in a letter to the committee, not on a "
            "public noticeboard.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting young people",
            "Who do I tell if I'm worried about a child?",
            "Child protection",
            "Welfare concerns",
        ),
        (
            "The club has a designated welfare officer, and any concern about a child or vulnerable adult should go "
            "to them directly, not onto the forum.",
            "Members under 18 may use the forum only with a parent's permission, and instructors must not send "
            "private messages to junior students.",
            "Anything that sexualises or endangers a child will be removed, preserved and reported to the police.",
            "If you think someone is in immediate danger, ring the emergency services first; a post on this board is "
            "not the way to raise the alarm.",
            "We follow the safeguarding policy of our national governing body, and any breach will be passed to its "
            "lead safeguarding officer.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} be published?",
            "Approval of {cs}",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take anything from a few minutes to a day.",
            "The forum is run by volunteers, so {cs} sent late at night or during the racing season may wait until "
            "someone is free.",
            "{Cs} left over the weekend are usually approved on Monday morning, when the newsroom reopens.",
            "Your first few {cs} will be held for approval; once you have a record of sensible posting they will go "
            "up straight away.",
            "Please do not send the same {c} twice if it does not appear at once; duplicates only slow things down.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "Where should I post this?",
            "Right thread, right place",
        ),
        (
            "Keep {cs} relevant to the article or thread they sit under.",
            "Questions about masks, machines and pressures go in the equipment section, not in the introductions "
            "thread.",
            "Race results, liberation times and velocities belong in the results section, where they can be found "
            "again at the end of the season.",
            "Threads that wander off into national politics, whether in Dublin, Albany or Westminster, may be locked.",
            "General chat is welcome in the clubhouse section, but please start a new thread rather than taking over "
            "someone else's.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Can I sell things here?", "Commercial posts", "Selling and swapping", "Promotions"),
        (
            "Commercial advertising is not allowed; contact our advertising department if you wish to promote a "
            "business.",
            "Members may offer birds, baskets and loft equipment for sale in the sales section only, and must give "
            "their RPRA membership number.",
            "Links to suppliers of masks, machines or so-called cures for snoring and apnoea will be removed unless "
            "they have been agreed in advance.",
            "Residents selling their homes may post once in the sales section; the site owner's approval process "
            "under the Mobile Homes Act 1983 still applies.",
            "Chain letters, pyramid schemes and repeated links to the same website will be treated as spam and the "
            "account closed.",
        ),
    ),
    (  # names and accounts
        ("Your account", "User names", "Who can post?", "Registration", "Real names", "One person, one account"),
        (
            "Use your real name; {cs} sent under anonymous or obviously false names will not be published.",
            "Each member may hold only one account, and sharing an account with a family member is not allowed.",
            "Do not choose a user name that impersonates another person, a club official or a member of staff.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "The forum is open to paid-up members of the society, and your membership number is checked when you "
            "register.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Libel", "Could I be sued?", "Stay within the law"),
        (
            "Do not say anything about a named person that you could not prove in court; the Defamation Act 2009 "
            "applies to readers' {cs} just as it does to our reporters.",
            "Under the Electronic Crimes Act 2013, sending offensive or false material online can be a criminal "
            "offence in Antigua and Barbuda, and the writer can be held responsible as well as the publisher.",
            "Do not discuss cases that are still before the courts, and never name a victim or an accused person "
            "where the law forbids it.",
            "Anything that incites violence or breaks the law will be removed and may be passed to the authorities.",
            "We will co-operate with any lawful request from the police for information about a poster.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Can I post photos?", "Pictures and quotations", "Intellectual property"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Quote a short passage from another source if you need to, with a link, but do not paste in whole "
            "articles.",
            "By posting, you give us permission to publish your {c} in print and online and to edit it for length.",
            "Old photographs of the bandstand from the council's archive or the local history society are their "
            "copyright, so please ask before reusing them.",
            "Race reports copied from other clubs' websites or from the fancy press must credit the source.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How do I report a post?", "Report abuse", "Flagging", "Seen something wrong?"),
        (
            'If you see something that breaks these rules, use the "Report" link beside it rather than replying.',
            "You can also email {mods} directly; include a link to the {c} and tell us what is wrong with it.",
            "Reports are confidential, and the person you report will not be told who raised it.",
            "Do not reply to an abusive post, quote it or argue about it in public; report it and let {mods} deal "
            "with it.",
            "Malicious or repeated false reports are themselves a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's decision",
            "Who decides?",
            "Right to remove",
            "Discretion",
        ),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final, and no correspondence will be entered into.",
            "These guidelines are not a complete list, and the committee may act on anything it considers harmful "
            "to the association or its members.",
            "Publishing a {c} does not mean that we agree with it.",
            "We may change these rules at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "Got a story?", "News tips", "Errors and corrections", "Tell us"),
        (
            "If you think we have got something wrong, email the newsdesk rather than posting; we correct errors "
            "promptly.",
            "Tip-offs about news in Tralee, Killarney, Listowel, Dingle and the rest of the Kingdom are always welcome "
            "on our news line.",
            "Corrections to race results should go to the race secretary, not onto the forum; results are "
            "provisional until they have been verified.",
            "Have a story from Canandaigua, Geneva, Penn Yan or Watkins Glen? Send it to the newsroom and a reporter "
            "will be in touch.",
            "Errors in the minutes or the newsletter should be raised with the secretary before the next meeting.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Swearing", "Write clearly", "Is swearing allowed?", "Shouting"),
        (
            "No swearing, and that includes words with letters replaced by asterisks.",
            "Please do not write in capital letters; it reads as shouting and is hard on the eyes.",
            "{Cs} as Gaeilge are welcome, and we ask only that you add a short English summary for those who haven't "
            "the cúpla focal.",
            "Dialect is fine, but keep it clean; vulgar expressions will be removed whatever language they are "
            "written in.",
            "Text-speak and long strings of emojis make a {c} hard to follow, so write in full sentences where you "
            "can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
            "Three strikes",
            "Enforcement",
        ),
        (
            "A first breach will usually earn a private warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or anything putting a child at risk, lead to an immediate ban without "
            "warning.",
            "Banned members who rejoin under a new name will be removed again, and their club membership may be "
            "reviewed.",
            "Suspensions and bans are decided by {mods} and may be appealed in writing to the secretary within "
            "fourteen days.",
            "Repeated breaches may be referred to the society's committee under its disciplinary rules, which can "
            "affect your racing membership.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Should I change my pressure?",
            "Health and safety",
            "Advice given here",
            "Training safely",
        ),
        (
            "Members share experience, not medical advice; always speak to your sleep consultant or GP before "
            "changing your pressure or treatment.",
            "Never tell anyone to stop using their CPAP machine, and do not recommend prescription drugs.",
            "If you drive for a living, check the DVLA's rules on obstructive sleep apnoea rather than relying on "
            "what you read here.",
            "Techniques discussed here should only be practised under a qualified instructor; never try sparring "
            "drills or breaking techniques at home.",
            "Advice on treating sick birds is offered in good faith, but for anything serious consult a vet who knows "
            "pigeons.",
        ),
    ),
    (  # complaints and disputes
        (
            "Complaints",
            "Disputes with the site owner",
            "Grievances",
            "Have a complaint?",
            "Raising concerns",
        ),
        (
            "Disputes over pitch fees, repairs or the site rules should go through the association's committee, "
            "which can raise them with the site owner formally.",
            "Do not use the noticeboard to name individual residents, staff or the site manager in a complaint.",
            "Complaints about the conduct of a coach or instructor should be made in writing to the club secretary.",
            "If you are unhappy with how the forum is run, contact {mods} privately; public arguments about "
            "moderation will be removed.",
            "Residents may also take a pitch fee dispute to the First-tier Tribunal (Property Chamber), and the "
            "committee can point you to free advice.",
        ),
    ),
    (  # elections and campaigning
        ("Elections", "Election period", "Political {cs}", "Can I campaign here?", "Party politics"),
        (
            "During a general election campaign, {cs} about candidates are checked with particular care and may take "
            "longer to appear.",
            "Do not post campaign material, party slogans or claims about candidates that you cannot back up.",
            "The association is non-political, so please leave party politics off the noticeboard.",
            "The Friends are a registered charity and cannot take sides in council elections, so campaigning {cs} "
            "will be removed.",
            "Candidates for the committee may post a single statement before the AGM; canvassing elsewhere on the "
            "forum is not allowed.",
        ),
    ),
)

# What a site calls the things readers send, singular and plural: most say "comment"; the rest never do.
COMMENT_WORD_294: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_294: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as its sentences name them.
MODERATORS_294: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our admin team",
    "the web editor",
    "the newsdesk",
    "the club's forum moderators",
    "the honorary secretary",
    "the volunteer moderators",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_294: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers and want this to be a friendly place for debate.",
    "This forum is for members of the club and their families. By posting you agree to the rules below.",
    "The following house rules were agreed by the committee and apply to everyone who uses the noticeboard.",
    "Thank you for taking part. A few rules to keep things pleasant:",
    "{Cs} are welcome on all our stories, subject to the terms below.",
    "Our members range from first-time fanciers to old hands, and these rules are there to keep it that way.",
)

# Closing lines a site may print after its rules (placeholders filled per site).
POLICY_CLOSINGS_294: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly forum.",
    "Questions about these rules? Email the editor.",
    "By sending a {c} you agree to abide by these rules.",
    "The committee thanks all residents for their co-operation.",
    "Sleep well, and welcome aboard.",
    "Good luck with the birds this season.",
    "See you at the next concert on the bandstand.",
)

# Titles a site may print above its rules (placeholders filled per site).
POLICY_TITLES_294: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "{C} policy",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Rules of the forum",
    "Guidelines for {cs}",
    "Code of conduct",
)

# The British spellings used in this family's sentences, and their American forms (a site may print either).
AMERICAN_294: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "sexualises": "sexualizes",
    "practised": "practiced",
    "co-operate": "cooperate",
    "co-operation": "cooperation",
    "apnoea": "apnea",
}

# Section lines some sites print between groups of rules: runs of section names, in order, and the shapes they print
# them in.
SECTION_NAMES_294: tuple[tuple[str, ...], ...] = (
    ("General", "Conduct", "Enforcement"),
    ("Conduct", "Content", "Legal"),
    ("Before you post", "When you post", "If things go wrong"),
    ("Our rules", "Your account", "Sanctions"),
)
SECTION_SHAPES_294: tuple[str, ...] = ("Part {n}: {name}", "Section {letter} – {name}", "== {name} ==", "{name}")

# Lines saying when the rules were last changed, and the sign-offs some sites print under them.
MONTHS_294: tuple[str, ...] = (
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
UPDATED_SHAPES_294: tuple[str, ...] = (
    "Last updated: {day} {month} {year}.",
    "Last revised {month} {day}, {year}.",
    "Adopted by the committee on {day} {month} {year}.",
    "Reviewed at the AGM, {month} {year}.",
    "Updated {day}/{month_number}/{year}",
)
SIGN_OFFS_294: tuple[str, ...] = (
    "The Committee",
    "– The Editor",
    "Hon. Secretary, on behalf of the committee",
    "Issued by the Friends' committee",
    "The Forum Team",
    "Management",
)

# What some sites put before one sentence to make it stand out.
EMPHASIS_LEADS_294: tuple[str, ...] = ("IMPORTANT:", "Please note:", "NB:", "PLEASE NOTE -")

# Small words left in lower case in title-case headings.
SMALL_WORDS_294: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "with")
)

# Roman numerals for numbering up to eighteen items.
ROMAN_294: tuple[str, ...] = (
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
    "xviii",
)


def _upper_first(text: str) -> str:
    """``text`` with its first character in capitals."""
    return text[:1].upper() + text[1:]


def _title_case(text: str) -> str:
    """``text`` in title case, small words after the first left in lower case."""
    words = text.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_294 else _upper_first(word) for index, word in enumerate(words)
    )


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of shape ``style`` for the item numbered ``number`` (from 1), or "" for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    shapes = {
        "none": "",
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "letter-brackets": f"({letter})",
        "letter-stop": f"{letter}.",
        "roman-lower": f"{ROMAN_294[number - 1]}.",
        "roman-upper": f"{ROMAN_294[number - 1].upper()}.",
        "bullet": "•",
        "dash": "-",
        "star": "*",
        "rule-colon": f"Rule {number}:",
        "rule-dash": f"Rule {number} –",
        "section-number": f"{section}.{number}",
        "paragraph-sign": f"§{number}",
    }
    return shapes[style]


def _items_294(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, else a word that never says it) and
    who moderates; how many kinds it prints (two to five for a few sites, six to sixteen for most), in table order or
    shuffled, and how many sentences an item gives (one to three); whether it prints headings and in which case
    (sentence, title or capitals, sometimes wrapped in an emphasis mark), and where they stand (a part of their own,
    bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, paragraph signs) or none; and
    its own printing habits: section lines between groups of items, a line saying when the rules were last changed,
    a lead word making one sentence stand out, and a sign-off. The opening, closing and title lines, American
    spelling and curly quotes are left to ``_furnish``."""
    if rng.random() < 0.75:
        word, words = COMMENT_WORD_294
    else:
        word, words = rng.choice(OTHER_WORDS_294)
    moderators = rng.choice(MODERATORS_294)

    def fill(text: str) -> str:
        filled = text.format(c=word, cs=words, C=_upper_first(word), Cs=_upper_first(words), mods=moderators)
        return _upper_first(filled)

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_294)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3))

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "capitals"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    heading_mark = rng.choice(("", "", "", "**", "__", "[]"))
    run_in_dash = rng.choice((" – ", " - ", " — "))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-bracket",
            "letter-brackets",
            "letter-stop",
            "roman-lower",
            "roman-upper",
            "bullet",
            "dash",
            "star",
            "rule-colon",
            "rule-dash",
            "section-number",
            "paragraph-sign",
        )
    )
    section_number = rng.randint(1, 9)
    emphasised = rng.randrange(count) if rng.random() < 0.2 else -1  # the item whose last sentence gets a lead word
    emphasis_lead = rng.choice(EMPHASIS_LEADS_294)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_294[kind]
        said = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if number - 1 == emphasised and (len(said) > 1 or heading_case == "none" or heading_place.startswith("own")):
            said[-1] = f"{emphasis_lead} {said[-1]}"
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if heading_mark == "[]":
            heading = f"[{heading}]"
        elif heading_mark:
            heading = f"{heading_mark}{heading}{heading_mark}"
        asks = heading.rstrip("*_]").endswith("?")
        marker = _marker(marker_style, number, section_number)
        if heading_case == "none":
            first = f"{marker} {said[0]}" if marker else said[0]
            items.append(("", first, *said[1:]))
            continue
        if marker:
            if marker.endswith(":") and heading_place in ("own-colon", "run-colon"):
                marker = marker[:-1] + " –"
            heading = f"{marker} {heading}"
        if heading_place.startswith("own"):
            if not asks and heading_place == "own-stop":
                heading += "."
            elif not asks and heading_place == "own-colon":
                heading += ":"
            items.append((heading, *said))
            continue
        if asks:
            joined = f"{heading} {said[0]}"
        elif heading_place == "run-colon":
            joined = f"{heading}: {said[0]}"
        elif heading_place == "run-stop":
            joined = f"{heading}. {said[0]}"
        else:
            joined = f"{heading}{run_in_dash}{said[0]}"
        items.append(("", joined, *said[1:]))

    if len(items) >= 6 and rng.random() < 0.2:  # section lines between groups of items
        names = rng.choice(SECTION_NAMES_294)[: rng.randint(2, 3)]
        shape = rng.choice(SECTION_SHAPES_294)
        cuts = sorted(rng.sample(range(1, len(items)), len(names) - 1))
        for part, (name, cut) in reversed(list(enumerate(zip(names, [0, *cuts], strict=True), start=1))):
            line = shape.format(n=part, letter="ABC"[part - 1], name=name)
            items.insert(cut, (line, ""))

    if rng.random() < 0.25:  # when the rules were last changed, above or below them
        month_number = rng.randint(1, 12)
        updated = rng.choice(UPDATED_SHAPES_294).format(
            day=rng.randint(1, 28),
            month=MONTHS_294[month_number - 1],
            month_number=f"{month_number:02d}",
            year=rng.randint(2016, 2025),
        )
        items.insert(0 if rng.random() < 0.3 else len(items), ("", updated))

    if rng.random() < 0.15:  # a sign-off
        items.append(("", rng.choice(SIGN_OFFS_294)))

    intros = [fill(line) for line in POLICY_INTROS_294]
    closings = [fill(line) for line in POLICY_CLOSINGS_294]
    titles = [fill(line) for line in POLICY_TITLES_294]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_294)
