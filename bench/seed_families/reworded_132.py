"""The ``reworded-132`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Irish regional papers, Cotswolds papers, Oklahoma panhandle weeklies, Gaelic handball clubs, camera
clubs, men's sheds, sickle-cell support boards, heritage-orchard groups.

Written blind: from how such sites word and print their house rules, forum rules, group rules, codes of conduct and
posting guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without a stop; a question keeps its mark) and five sentences, each
#: one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send. Written in
#: British and Irish spelling; a document may print it in American spelling (``AMERICAN_132``).
REWORDINGS_132 = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Play the ball, not the player",
            "Be kind",
            "Is it fair?",
            "Courtesy costs nothing",
        ),
        (
            "Disagree with the argument if you like, but don't attack the person making it.",
            "Personal abuse of other members, our staff or the people we write about will not be tolerated.",
            "Treat everyone here as you would a neighbour you'll meet in the shop tomorrow.",
            "Robust debate is welcome; name-calling, goading and sarcasm aimed at other users are not.",
            "Please remember there is a real person reading every {c} you post.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Zero tolerance for bigotry",
            "Discrimination",
            "What counts as hate speech?",
            "Everyone is welcome here",
        ),
        (
            "{Cs} that attack people because of their race, nationality, religion, gender, sexual orientation,"
            " disability or membership of the Traveller community will be removed.",
            "We do not allow racist, sexist, homophobic or sectarian language of any kind.",
            "Remarks that demean people on account of their health, their background or their faith have no place"
            " here.",
            "Incitement to hatred is a criminal offence and will be reported to the Gardaí or the police.",
            "Jokes at the expense of a group of people are still hateful, and will be treated as such.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I share someone's details?",
            "No doxxing",
        ),
        (
            "Do not post anyone's address, phone number, email address or other personal details, including your own.",
            "Health information is personal: please don't share another member's diagnosis, treatment or hospital"
            " stays without their permission.",
            "Private messages should stay private; don't paste them into a public thread without the sender's consent.",
            "Screenshots of other people's social media accounts will be removed if they identify someone who has"
            " not agreed to it.",
            "Photographs of identifiable people taken in private places should not be posted without their consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children",
            "Children and vulnerable adults",
            "Child safety",
            "Who do I contact about a safeguarding concern?",
            "Photographs of juvenile players",
        ),
        (
            "Photographs of juvenile players may only be posted with the written consent of a parent or guardian.",
            "Never post a child's full name alongside their photograph, school or club.",
            "Any safeguarding concern should be raised with the club's Children's Officer or Designated Liaison"
            " Person, not on the forum.",
            "If you believe a child is at immediate risk, contact the Gardaí, Tusla or the police straight away.",
            "Adults must not use the site's private messaging to contact members under 18.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "{Cs} are checked before they go live",
            "Delays",
            "Please be patient",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not appear until the next"
            " working day.",
            "New members' first few {cs} are held for approval until a moderator has seen them.",
            "Please don't send the same {c} again if it hasn't appeared yet; it is in the queue.",
            "Some {cs} are held automatically by our spam filter and released once a moderator has checked them.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Is it relevant to the story?",
            "Off-topic {cs}",
            "Stick to the subject",
            "One subject a thread",
        ),
        (
            "Please keep your {cs} relevant to the article or thread you are responding to.",
            "Off-topic {cs} may be moved to the general chat board or deleted.",
            "Check whether a thread already exists before starting a new one on the same subject.",
            "Party politics and religion are best left at the door.",
            "Grafting, pruning and variety identification each have their own board; please use the right one.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial {cs}",
            "Can I advertise my business?",
            "No spam or self-promotion",
        ),
        (
            "{Cs} that advertise products, services or events for profit will be removed.",
            "Members may list second-hand equipment for sale in the classifieds thread only.",
            "Links posted only to drive traffic to another website will be treated as spam.",
            "Charity fundraisers and local events can be shared with the moderators' prior agreement.",
            "Repeated unsolicited messages to other members will lead to your account being suspended.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Real names",
            "One account per person",
            "Usernames",
            "Do I have to use my real name?",
            "Registration",
        ),
        (
            "You must register with a valid email address before you can take part.",
            "We prefer members to use their real names, or the name they are known by at the club.",
            "Each person may hold one account only, and accounts may not be shared.",
            "Usernames that are offensive, misleading or impersonate another person will be changed or removed.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The law",
            "Defamation",
            "Court cases",
            "Could it land you in court?",
            "Legal matters",
        ),
        (
            "Do not post anything defamatory, that is, an untrue statement that could damage someone's reputation.",
            "Under the Defamation Act 2009 you, and we, can be held responsible for what you write here.",
            "Please do not discuss cases that are before the courts, as this may amount to contempt of court.",
            "Never name victims of sexual offences or anyone a court has ordered must not be identified.",
            "{Cs} that encourage or glorify criminal activity will be removed and may be passed to the authorities.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Only post your own work",
            "Images and copyright",
            "Whose photo is it?",
            "Quoting other sources",
            "Credit where it's due",
        ),
        (
            "Only upload photographs you have taken yourself, unless you have the owner's permission and credit them.",
            "Please don't copy whole articles from other websites into your {c}; a short quote and a link is enough.",
            "Members keep the copyright in their images, which must not be downloaded or reposted elsewhere without"
            " permission.",
            "By posting you grant us a licence to publish your {c} on our website and in print.",
            "Material posted in breach of copyright will be removed as soon as we are told about it.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something you don't like?",
            "Flagging {cs}",
            "How do I report a {c}?",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it rather than replying.",
            "Reports are anonymous; the member concerned will not be told who flagged them.",
            "You can also email the moderators with a link to the {c} you are concerned about.",
            "Please don't respond to provocation; report it and let the moderators deal with it.",
            "We aim to look at every report within one working day.",
        ),
    ),
    (  # editor's discretion
        (
            "Our discretion",
            "The editor's decision",
            "Moderators' decisions",
            "Final say",
            "Who decides?",
            "Our right to remove {cs}",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on whether to publish a {c} is final.",
            "Moderators may close a thread that has run its course or gone off the rails.",
            "Publication of a {c} does not mean that we agree with it.",
            "Disputes about moderation should be taken up by email, not in a public thread.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
            "Tell the newsroom",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than posting a {c}, so that"
            " we can correct it quickly.",
            "Complaints about our journalism can be made under the Editors' Code of Practice; see our complaints"
            " page for details.",
            "We are a member of the Press Council of Ireland and subscribe to its Code of Practice.",
            "Have a story for us? Send it in confidence to the news desk by email or phone.",
            "Results, fixtures and photographs for the club page should be sent to the PRO, not posted as {cs}.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "Is swearing allowed?",
            "Write clearly",
        ),
        (
            "Swearing, including words with letters replaced by asterisks, is not allowed.",
            "Please write in English or Irish so that the moderators can read your {c}.",
            "Typing in capitals is the online equivalent of shouting; please don't.",
            "Sexually explicit or crude language will be removed, whoever it is aimed at.",
            "Text speak and long strings of emojis make {cs} hard to read for some of our older members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Enforcement",
        ),
        (
            "Breaking these rules will normally earn a warning first, then a temporary suspension, then a"
            " permanent ban.",
            "Serious breaches, such as threats or abuse, may lead to an immediate ban without warning.",
            "Members who return under a new name after being banned will be removed on sight.",
            "Repeated breaches will be reported to the club committee, which may act under the club's code of conduct.",
            "Suspensions are reviewed by two moderators, and you may appeal once by email.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "In an emergency",
            "Your health",
            "Should I follow advice I read here?",
            "Safety first",
        ),
        (
            "Nothing posted here is medical advice; always speak to your haematologist, GP or specialist nurse"
            " before changing your treatment.",
            "If you or someone you care for has a sickle cell crisis with fever, chest pain or severe pain, call the"
            " emergency services or go to A&E straight away.",
            "If you are struggling, the Samaritans can be reached free at any hour on 116 123 in the UK and Ireland.",
            "Never use workshop machinery you haven't been shown how to use, whatever you read in a {c}.",
            "Spraying advice given here is members' own experience; always read the label and follow the current"
            " regulations.",
        ),
    ),
    (  # asking for help and critique
        (
            "Critique etiquette",
            "Asking for help",
            "Want feedback?",
            "Giving feedback",
            "Identification requests",
            "How should I ask a question?",
        ),
        (
            "Say whether you would welcome critique when you post an image, and respect it if someone says no.",
            "Keep critique constructive: say what works as well as what could be improved.",
            "For variety identification, include photographs of the whole fruit, a cross-section, the stalk end and"
            " a leaf.",
            "Give as much detail as you can, such as the make of the tool, the age of the tree or the settings you"
            " used.",
            "Search the archive first, as your question may have been answered already.",
        ),
    ),
)

#: Each kind's heading in Irish, in table order, for the sites that print their headings in both languages.
IRISH_132 = (
    "Meas",
    "Idirdhealú",
    "Príobháideachas",
    "Cosaint Leanaí",
    "Modhnóireacht",
    "Ábhar",
    "Fógraíocht",
    "Do Chuntas",
    "An Dlí",
    "Cóipcheart",
    "Tuairisciú",
    "Rogha an Eagarthóra",
    "Ceartúcháin",
    "Teanga",
    "Rabhaidh",
    "Sábháilteacht",
    "Cabhair",
)

POLICY_TITLES_132 = (
    "House Rules",
    "Our House Rules",
    "Community Guidelines",
    "{C} Guidelines",
    "Posting Guidelines",
    "Forum Rules",
    "Board Rules:",
    "Group Rules",
    "Online Code of Conduct",
    "Shed Rules",
    "Club Forum Rules",
    "Before you post",
    "Please read before posting",
    "Guidelines for {cs}",
    "Rialacha an tSuímh / Site Rules",
    "Terms of participation",
)

POLICY_INTROS_132 = (
    "By posting a {c} you agree to abide by the following rules.",
    "We want this to be a friendly place for everyone, so please take a minute to read these rules.",
    "These guidelines apply to all {cs} on this site and on our social media pages.",
    "The committee has agreed the following rules for the club forum.",
    "Thanks for joining the group. A few house rules:",
    "Please read the following before you join the conversation.",
)

POLICY_CLOSINGS_132 = (
    "Thank you for helping to keep this a welcoming community.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules can be sent to the moderators by private message.",
    "Breaking these rules may lead to removal from the group.",
    "The committee's decision is final.",
    "Go raibh maith agaibh.",
    "Happy snapping!",
    "Thanks, the Admin Team",
)

#: British spellings in the lists above and their American forms (a reworded-132 document prints one or the other).
AMERICAN_132 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "licence": "license",
    "haematologist": "hematologist",
    "behaviour": "behavior",
    "organis": "organiz",
}

#: The site's word for what readers send, where it is not "comment" (singular, plural).
WORDS_132 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"}
_ROMAN = (
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
    "xix",
    "xx",
)
_KEYCAPS = (*(f"{n}\ufe0f\u20e3" for n in range(1, 10)), "\U0001f51f")

#: How a site marks its items: ``{n}`` the number, ``{a}``/``{A}`` a letter, ``{r}``/``{R}`` a roman numeral,
#: ``{s}`` the section the rules sit in, ``{k}`` a keycap emoji (a number past ten is printed "11."); "" none.
MARKERS_132 = (
    "",
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{n}:",
    "#{n}",
    "Rule {n}:",
    "Rule {n} –",
    "No. {n}",
    "{s}.{n}",
    "{s}.{n}.",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "•",
    "-",
    "*",
    "–",
    "▪",
    "►",
    "✓",
    "{k}",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words) if word
    )


def _items_132(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-132 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_132``); how
    many item kinds (two to four for a quarter of sites, else seven to all seventeen), in the table's order (0.55) or
    shuffled; the most sentences an item prints (one, two or three; each item draws its count up to that, kept in
    the table's order), as parts of their own or run into one part (0.3); where the headings go: none (0.15), on a
    part of their own (0.3, followed by nothing, a stop, a colon or a dash), run in before the first sentence (0.3,
    after a colon, a stop or a dash), in forum bold (0.08, ``**heading**``, run in or on its own part), on their own
    part underlined by a part of dashes, equals signs or tildes (0.07), or in Irish and English (0.1, three ways of pairing
    them); the headings' case (as in the table, title case, capitals, or lower case), a question heading preferred
    where the kind has one (0.2); the items' marker (``MARKERS_132``) before the heading, or before the first
    sentence when there is no heading on a part of its own; later sentences under a heading on its own part
    sometimes sub-marked (0.3: a dash, a bullet, a Word-document "o" or lettered); a "Back to top" link after each
    item (0.07); then ``_furnish``'s opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_132)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(7, len(REWORDINGS_132))
    picked = rng.sample(range(len(REWORDINGS_132)), count)
    if rng.random() < 0.55:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    draw = rng.random()
    if draw < 0.15:
        place = "none"
    elif draw < 0.45:
        place = "own"
    elif draw < 0.75:
        place = "run"
    elif draw < 0.83:
        place = "bold"
    elif draw < 0.9:
        place = "underlined"
    else:
        place = "irish"
    bold_own = rng.random() < 0.4
    after = rng.choice(("", "", ".", ":", " –"))
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    case = rng.choice(("as", "as", "as", "title", "title", "caps", "lower"))
    if place == "irish" and case == "lower":
        case = "as"
    questions = rng.random() < 0.2
    pairing = rng.choice(("{ga} / {en}", "{en} ({ga})", "{ga} – {en}"))
    rule = rng.choice(("-", "=", "~"))
    marker = rng.choice(MARKERS_132)
    section = rng.randint(2, 9)
    own_head = place in ("own", "underlined", "irish") or (place == "bold" and bold_own)
    sub = rng.choice(("– ", "• ", "o ", "letters")) if own_head and rng.random() < 0.3 else ""
    top = rng.choice(("Back to top", "↑ Top", "Top ^", "[Back to top]")) if rng.random() < 0.07 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_132[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        elif case == "lower":
            heading = " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if joined:
            parts = [" ".join(parts)]
        head = ""
        question = heading.endswith("?")
        if place == "own":
            head = heading if question else heading + after
        elif place == "run":
            parts[0] = heading + (" " if question else joint) + parts[0]
        elif place == "bold":
            if bold_own:
                head = f"**{heading}**"
            else:
                parts[0] = f"**{heading}** " + parts[0]
        elif place == "underlined":
            head = heading
        elif place == "irish":
            irish = IRISH_132[index].upper() if case == "caps" else IRISH_132[index]
            head = pairing.format(ga=irish, en=heading)
        if sub and len(parts) > 1:
            parts = [("(" + "abcdefghij"[i] + ") " if sub == "letters" else sub) + part for i, part in enumerate(parts)]
        if marker:
            roman = _ROMAN[number - 1]
            letter = "abcdefghijklmnopqrst"[number - 1]
            if marker == "{k}" and number > len(_KEYCAPS):
                shown = f"{number}."
            else:
                shown = marker.format(
                    n=number,
                    a=letter,
                    A=letter.upper(),
                    r=roman,
                    R=roman.upper(),
                    s=section,
                    k=_KEYCAPS[min(number, len(_KEYCAPS)) - 1],
                )
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        if place == "underlined":
            parts.insert(0, rule * len(head))
        if top:
            parts.append(top)
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_132],
        [fill(line) for line in POLICY_CLOSINGS_132],
        [fill(line) for line in POLICY_TITLES_132],
        AMERICAN_132,
    )
