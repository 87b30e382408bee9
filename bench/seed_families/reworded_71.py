"""``reworded-71``: posting rules as Trinidad and Tobago, Guyanese, Bermudian and Caymanian news sites, Texas Hill
Country and Gulf Coast weeklies, cricket clubs, woodworking forums, hospice-volunteer bulletins, tenants' associations
and public-library reader boards word and print them. Fifteen item kinds, each a few headings (sentence case as
written; some questions) and two to four sentences in those sites' voices; :func:`_items_71` says how a policy is
drawn and printed."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). Headings are written in sentence case, without a stop.
REWORDINGS_71: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be respectful",
            "Keep it civil",
            "Play the ball, not the man",
            "Would you say it to their face?",
            "Be neighborly",
        ),
        (
            "Disagree with the argument all you like, but personal attacks, name-calling and insults aimed at other "
            "readers will be removed.",
            "Robust debate is welcome, and nobody expects Trinbagonians to give up picong, but there is a line "
            "between picong and abuse and the moderators will decide where it falls.",
            "Be kind.",
            "Folks here may not agree about the water district or the new subdivision, but we still wave at each "
            "other at the feed store, so write like it.",
        ),
    ),
    (  # hatred
        ("No racial or religious abuse", "Race, religion and ethnicity", "Hate speech", "Respect every community"),
        (
            "Posts that stir up hatred or contempt on the grounds of race, ethnicity, religion, sex, sexual "
            "orientation or disability will be deleted and the account closed without warning.",
            "Contributions that blame or insult any ethnic group, whether Indo-Guyanese, Afro-Guyanese, Amerindian, "
            "Portuguese, Chinese or mixed, have no place on this site.",
            "Slurs of any kind are not allowed, including ones typed with asterisks or odd spellings to slip past the "
            "filter.",
            "We do not allow attacks on anyone because of where they were born, whether they are here on a work "
            "permit or how long they have lived on the island.",
        ),
    ),
    (  # privacy
        ("Privacy", "Respect privacy", "Protect confidentiality", "Keep personal details off the board"),
        (
            "Do not post anyone's phone number, home or e-mail address, apartment number, licence plate or any "
            "other personal information, including your own.",
            "Volunteers must never name or describe patients or their families, even in passing and even after a "
            "patient has died; what you see at the bedside stays there.",
            "Please don't share photographs of children, or of your neighbours, without their permission.",
            "Remember that this is a small island and that people can be recognised from far less than a name.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Posts are reviewed first", "Please be patient"),
        (
            "All comments are read by a member of our staff before they are published, which usually takes a few "
            "hours on weekdays and can take until Monday morning at weekends and on public holidays.",
            "Your first three posts will be held for approval by a moderator. After that they appear straight away "
            "unless somebody reports them.",
            "Our moderators are volunteers with day jobs, so please allow up to 48 hours.",
            "During hurricane season moderation may slow down while the newsroom covers the storm, and posting the "
            "same comment twice will not get it through any faster.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is it on topic?", "Right forum, right thread"),
        (
            "Keep your comments relevant to the story above; if you want to raise something else, write a letter to "
            "the editor at letters@baytowntribune.com.",
            "Post in the section that fits: finishing questions go in Finishing, hand-tool talk in Hand Tools and "
            "pictures of your work in the Project Gallery.",
            "Threads that wander off into politics will be locked.",
            "This board is for association business such as meetings, repairs, rent increases and tenants' rights, "
            "and not for complaints about individual neighbours.",
        ),
    ),
    (  # advertising
        ("No spam", "Advertising and selling", "No advertising", "Buying and selling", "Self-promotion"),
        (
            "Commercial posts, links to online shops, chain letters and get-rich-quick schemes will be removed and "
            "the poster banned.",
            "Members with fewer than 50 posts may not list tools for sale; everyone else should use the Classifieds "
            "forum and give a price and a location.",
            "To advertise your business, call our sales office at (830) 555-0142 or visit "
            "www.pedernalesvalleyweekly.com/advertise.",
            "A link to your own channel or blog is fine in your signature, but not in the body of a reply.",
        ),
    ),
    (  # real names
        ("Use your real name", "Real names only", "Who are you?", "Names and accounts"),
        (
            "Contributions must carry the writer's full name and the parish or district where they live; we do not "
            "publish anything under a pen name.",
            "Sign up with your real first and last name. Accounts under a nickname or a business name will be deleted.",
            "One account per person.",
            "We may telephone you to confirm who you are before your first post goes up.",
        ),
    ),
    (  # the law
        ("The law", "Libel and contempt of court", "Defamation", "Don't break the law", "Court cases"),
        (
            "Do not make allegations about named people that you cannot prove, because you, and not only the "
            "newspaper, can be sued for libel.",
            "Once someone has been charged, nothing may be published that could prejudice a fair trial, so comments "
            "on court stories are closed until the case is over.",
            "Anything that threatens violence, encourages a crime or breaks Texas or federal law will be reported to "
            "the sheriff's office.",
            "The Cybercrime Act makes it an offence to publish threats or to circulate another person's private "
            "images, and we will cooperate fully with the police.",
        ),
    ),
    (  # copyright
        ("Copyright", "Only post what is yours", "Photos and plans", "Respect copyright"),
        (
            "Do not paste whole articles from this or any other publication; a short quote with a link is fine.",
            "Plans, drawings and magazine projects belong to the people who designed them, so please don't scan and "
            "post them, even if you bought the book.",
            "By posting you give us permission to publish your contribution in print and online.",
            "Only upload photos you took yourself.",
        ),
    ),
    (  # reporting
        ("Report abuse", "Reporting a post", "Seen something that breaks the rules?", "Flag it"),
        (
            "Use the flag button under any post to let the moderators know about it, and please don't reply to the "
            "offender, because replying only keeps the argument going.",
            "If you see a message that breaks these rules, e-mail the board committee at board@oakbendtenants.org "
            "with a link to it.",
            "Click Report.",
            "Reports are read by a real person, usually within a day, and we never tell the other member who made "
            "them.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "The moderators' discretion", "Editorial judgement", "Who decides?"),
        (
            "We reserve the right to edit, refuse or remove any contribution at our sole discretion and without "
            "giving a reason.",
            "The moderators' decision is final and will not be argued over on the open forum; if you disagree, send "
            "a private message to an administrator.",
            "Publication does not mean the paper agrees with what you wrote.",
            "These rules may change at any time, and not every bad post will be caught straight away.",
        ),
    ),
    (  # errors
        ("Corrections", "Spotted an error?", "Errors and corrections", "Tell us if we got it wrong"),
        (
            "If you think a story contains a mistake, please e-mail the newsroom at corrections@northsoundnews.ky "
            "rather than pointing it out in the comments, so that we can fix it quickly.",
            "We correct errors of fact promptly and say so at the foot of the story.",
            "Typos happen. Use the Contact Us page and we will put them right.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "No profanity", "Keep it clean", "Family-friendly"),
        (
            "Profanity, obscene language and vulgar expressions, in English or in Creole, will not be published.",
            "Remember that the board is read by volunteers of all ages and by some of the families we serve.",
            "Please write in English and avoid typing in capitals, which reads as shouting.",
            "Cussing will get your post pulled.",
        ),
    ),
    (  # suspension
        ("Suspensions", "Three strikes", "Banned accounts", "What happens if I break the rules?"),
        (
            "Repeat offenders will be warned once, suspended for a week the second time and banned for good the third.",
            "We will block any account that keeps ignoring these guidelines, and we may block the IP address "
            "behind it as well.",
            "Opening a new account to get round a ban will get both closed.",
            "Membership of the forum is a privilege, not a right.",
        ),
    ),
    (  # the wrong place
        ("Not for emergencies", "Where else to go", "Is this the right place?", "Club business"),
        (
            "This board is not watched around the clock; for a gas leak, a fire or flooding in your apartment call "
            "911 first and the management office after.",
            "Repair requests posted here are not passed on to the landlord, so put them in writing to the office "
            "and keep a copy.",
            "If a patient or family needs help urgently, ring the hospice's 24-hour line on 441-555-0190, not the "
            "volunteer bulletin.",
            "Selection disputes, umpiring decisions and subscriptions are for the club secretary, in writing, and "
            "not for the members' board.",
        ),
    ),
)

#: Opening lines.
INTROS_71: tuple[str, ...] = (
    "Before you post, please take a minute to read the rules below.",
    "We want this to be a place where readers from every part of the country can argue, agree and inform one another.",
    "The following guidelines apply to all comments on this website.",
    "These are the board's ground rules, as agreed at the association's annual general meeting.",
    "Thank you for volunteering; the bulletin works best when everyone follows a few simple rules.",
    "By registering you agree to the following.",
)

#: Closing lines.
CLOSINGS_71: tuple[str, ...] = (
    "Thank you for helping us keep the conversation civil.",
    "Questions about these rules can be sent to editor@northsoundnews.ky.",
    "Happy building, and keep all ten fingers.",
    "See you at the nets.",
    "Last updated March 2024.",
    "Posting on this board means you accept these rules.",
)

#: Title lines.
TITLES_71: tuple[str, ...] = (
    "Comment Policy",
    "Community Guidelines",
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Reader Board Rules",
    "Rules for the Message Board",
    "Our Commenting Rules",
    "Bulletin Board Guidelines",
)

#: British spellings in the sentences and their American forms.
AMERICAN_71: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "recognised": "recognized",
    "judgement": "judgment",
    "get round": "get around",
}

_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "if", "in", "it", "not", "of", "on", "or", "the", "to"})
_NUMBERS = ("{n}.", "{n})", "({n})", "Rule {n}:", "{n} -", "No. {n}")
_BULLETS = ("\u2022", "-", "*", "\u25a0", "\u00bb", "\u2013")
_STYLES = ("stop", "colon", "bare", "colon-run-in", "dash-run-in", "own-line", "none")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _cased(heading: str, case: str) -> str:
    if case == "title":
        return _title_case(heading)
    return heading.upper() if case == "capitals" else heading


def _printed(heading: str, sentences: tuple[str, ...], style: str, case: str) -> list[tuple[str, ...]]:
    """One item as the site prints it: its heading in ``case`` and ``style``, then its sentences."""
    if style == "none":
        return [("", *sentences)]
    heading = _cased(heading, case)
    question = heading.endswith("?")
    if style == "colon-run-in":
        return [("", f"{heading} {sentences[0]}" if question else f"{heading}: {sentences[0]}", *sentences[1:])]
    if style == "dash-run-in":
        return [("", f"{heading} {sentences[0]}" if question else f"{heading} \u2013 {sentences[0]}", *sentences[1:])]
    if style == "own-line":
        return [(heading, ""), ("", *sentences)]
    mark = {"stop": ".", "colon": ":", "bare": ""}[style]
    return [(heading if question else heading + mark, *sentences)]


def _marked(item: tuple[str, ...], mark: str) -> tuple[str, ...]:
    """``item`` with a number or bullet before its first printed part."""
    first = next(i for i, part in enumerate(item) if part)
    return (*item[:first], f"{mark} {item[first]}", *item[first + 1 :])


def _items_71(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items, drawn in this order: whether the site never says "comment" (0.25; then only the headings,
    sentences, opening, closing and title lines without the word, and only kinds left with both); how many kinds
    (two or three 0.2 of the time, else four to twelve) and whether they keep the table's order (0.5) or are
    shuffled; the heading case for the policy (sentence case 0.45, title case 0.35, capitals 0.2) and its style
    (no headings at all 0.15; else one style for every item 0.7, or each item its own: a full stop, a colon or
    nothing after it, run in before a colon or a dash, on a line of its own, or now and then none); numbers (0.3,
    one pattern of ``1.``, ``1)``, ``(1)``, ``Rule 1:``, ``1 -``, ``No. 1``), bullets (0.2) or neither; then for
    each kind a heading and one sentence, two (0.3) or, where there are three or more, three (0.05). Then
    :func:`_furnish` with the family's tables."""
    plain = rng.random() < 0.25
    table = [
        (
            [h for h in headings if not (plain and _says_comment(h))],
            [s for s in sentences if not (plain and _says_comment(s))],
        )
        for headings, sentences in REWORDINGS_71
    ]
    table = [(headings, sentences) for headings, sentences in table if headings and sentences]
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    chosen = rng.sample(table, min(count, len(table)))
    if rng.random() < 0.5:
        chosen.sort(key=table.index)
    case = rng.choices(("sentence", "title", "capitals"), (0.45, 0.35, 0.2))[0]
    if rng.random() < 0.15:
        policy_style = "none"
    elif rng.random() < 0.7:
        policy_style = rng.choice(_STYLES[:-1])
    else:
        policy_style = ""
    marks = rng.random()
    pattern = rng.choice(_NUMBERS) if marks < 0.3 else rng.choice(_BULLETS) if marks < 0.5 else ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = rng.choice(headings)
        draw = rng.random()
        many = 3 if draw < 0.05 and len(sentences) >= 3 else 2 if draw < 0.35 else 1
        said = tuple(rng.sample(sentences, min(many, len(sentences))))
        style = policy_style or rng.choices(_STYLES, (3, 3, 2, 3, 2, 2, 1))[0]
        printed = _printed(heading, said, style, case)
        if pattern:
            printed[0] = _marked(printed[0], pattern.format(n=n))
        items += printed
    if plain:
        intros = [line for line in INTROS_71 if not _says_comment(line)]
        closings = [line for line in CLOSINGS_71 if not _says_comment(line)]
        titles = [line for line in TITLES_71 if not _says_comment(line)]
        return _furnish(items, rng, intros, closings, titles, AMERICAN_71)
    return _furnish(items, rng, INTROS_71, CLOSINGS_71, TITLES_71, AMERICAN_71)
