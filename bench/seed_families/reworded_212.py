"""The ``reworded-212`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bermuda and Turks and Caicos news, Somerset Levels papers, Kentucky bluegrass weeklies, sailing
dinghy clubs, model-engineering societies, autism parents' forums, tiny-house community boards, canal-lock
volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (templates, without their stop) and five sentences (templates). Placeholders:
#: {c} {cs} {C} {Cs} the site's word for what readers send; {area} {Area} where it appears; {site} {Site} the site;
#: {mods} {Mods} who moderates; {topic}, {members}, {law}, {advice}, {emergency} as the kind of site words them.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_212``).
REWORDINGS_212 = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Be kind",
            "Can I disagree?",
            "Mind your manners",
        ),
        (
            "Disagree with the idea if you like, but never attack the person who posted it.",
            "Personal insults, name-calling and sneering at other members will not be tolerated.",
            "Remember there is a real person, often a neighbour, on the other side of every {c}.",
            "Robust debate is welcome in {area}; rudeness and goading are not.",
            "Please be patient with newcomers, who may not know our ways yet.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Respect difference",
            "Is it discriminatory?",
            "Zero tolerance for bigotry",
        ),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexuality, disability or age will be"
            " removed.",
            "Sweeping remarks about any group of people, whether newcomers, expats or locals, are not acceptable here.",
            "We do not allow slurs, including ones dressed up as jokes or spelled with asterisks.",
            "Using a disability or a diagnosis as an insult will lead to an immediate ban.",
            "Threats of violence against anyone, for any reason, will be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Keep personal details private",
            "Protect your family's privacy",
            "Privacy",
            "Can I post someone's address?",
        ),
        (
            "Do not post anyone's home address, phone number, email address or workplace, your own included.",
            "Photos of other people's children must not be shared without their parents' permission.",
            "Please do not name other people's children or share details that could identify them.",
            "Anything you post in {area} can be seen by the public and found by search engines.",
            "Private messages should stay private; do not copy them into a public {c} without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young members",
            "Worried about someone?",
            "Keeping children safe",
        ),
        (
            "Any concern about the welfare of a child or vulnerable adult will be passed to our safeguarding officer.",
            "Under-18s may read {area} but should not post without a parent's agreement.",
            "Do not try to contact younger users privately; all contact with a child should go through a parent or"
            " guardian.",
            "If you believe someone is in immediate danger, call {emergency} before doing anything else.",
            "We will not hesitate to share information with the police where a child may be at risk.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval of {cs}",
            "When will my {c} show?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which may take several hours.",
            "{Cs} sent outside office hours or at weekends may not appear until the next working day.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Please do not send the same {c} twice because it has not appeared yet.",
            "Threads may be closed without notice once a discussion has run its course.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Is it on topic?",
            "Stick to the subject",
        ),
        (
            "Keep {cs} relevant to {topic}.",
            "Off-topic {cs} may be moved, merged or deleted without notice.",
            "Please start a new thread rather than taking over someone else's.",
            "Politics and religion are best left for other places unless they bear directly on {topic}.",
            "Search before asking; the question may well have been answered already.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell things here?",
            "Self-promotion",
        ),
        (
            "Advertising, sales pitches and links to commercial websites will be removed.",
            "Personal items for sale belong in the classifieds section only, not in general discussion.",
            "Traders who want to reach our readers should contact {site} about paid advertising.",
            "Repeated links to the same website, or to petitions and fundraisers, will be treated as spam.",
            "Accounts created only to promote a business, a product or a service will be banned.",
        ),
    ),
    (  # names and accounts
        (
            "Real names",
            "Your account",
            "Who are you?",
            "One person, one account",
            "Usernames",
            "Do I have to use my real name?",
        ),
        (
            "Please register under your real first and last name.",
            "Usernames that are offensive or that impersonate someone else will be changed or removed.",
            "Each person may hold one account; sock-puppet accounts will be closed along with the original.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Posting in {area} is open to {members} only.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Could it land you in court?",
            "Libel and contempt",
            "The law",
        ),
        (
            "Anything you post must comply with {law}, and you are legally responsible for it.",
            "Do not make allegations of wrongdoing against a named person that you cannot prove.",
            "Do not discuss the details of court cases that are still going on, or identify anyone the courts have"
            " ordered not to be named.",
            "{Cs} that could be defamatory will be removed as soon as we are made aware of them.",
            "We may be required to pass your details to the police or the courts.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I copy an article?",
            "Photos and plans",
            "Quote, don't copy",
        ),
        (
            "Do not paste whole articles from other websites or newspapers; a short quote and a link is enough.",
            "Only upload photographs you took yourself or have permission to use.",
            "Drawings and plans from published books and magazines are copyright and must not be scanned and posted"
            " in full.",
            "By posting, you allow {site} to publish your {c} on the website and in print.",
            "Credit the source whenever you quote someone else's words.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report it",
            "Seen something wrong?",
            "How to report a {c}",
            "Flag, don't fight",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
            "You can also email {mods} with a link to the {c} and a short note of the problem.",
            "Please do not reply to trolls; it only encourages them.",
            "A report is not an automatic removal; each one is looked at by a person.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "Removal of {cs}",
            "Who decides?",
            "The right to remove",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "Decisions about what stays up are made by {mods}, and we will not enter into long correspondence about"
            " them.",
            "Publishing a {c} is not an endorsement of the views in it.",
            "If your {c} was removed and you do not know why, read these rules again before asking.",
            "These rules may be changed at any time, and the current version is the one that applies.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News and tips",
            "Got a story?",
            "Tell us, don't post it",
            "Errors and tips",
        ),
        (
            "If you think we have got something wrong, email {mods} rather than posting a correction in {area}.",
            "Corrections are handled by {mods}, not in the {cs} under a piece.",
            "Send your news, photos and event dates to {mods} rather than posting them as {cs}.",
            "Errors on the website itself should be reported to {mods} by email.",
            "We are always glad to hear of news, events and stories we should know about.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write clearly",
            "Is swearing allowed?",
        ),
        (
            "Swearing, including words with letters replaced by symbols, is not allowed.",
            "Please write in English so that everyone, including {mods}, can follow the discussion.",
            "Avoid writing in capitals; it reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read.",
            "Sexually explicit or crude language will be removed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Consequences",
            "Suspensions",
            "Enforcement",
        ),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban without warning.",
            "Members who are banned and return under a new name will be banned again, and their {cs} removed.",
            "Suspended members can appeal once, by emailing {mods} and setting out their case.",
            "Arguing about a warning in public threads will lengthen a suspension, not shorten it.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Advice is not professional",
            "Safety first",
            "Before you follow advice",
            "Is it safe?",
            "Take advice with care",
        ),
        (
            "{Cs} offering {advice} give the opinions of members, not professional guidance.",
            "Always check {advice} with a qualified person before acting on it.",
            "{Site} accepts no responsibility for loss, injury or damage resulting from anything posted in {area}.",
            "Do not promote untested methods, products or treatments as safe.",
            "There is no such thing as a silly question where safety is concerned.",
        ),
    ),
)

TITLES_212 = (
    "Community guidelines",
    "Comment policy",
    "Commenting guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Before you post",
    "Our rules",
    "Code of conduct",
    "Forum etiquette",
    "Message board rules",
    "Group rules",
    "Terms of participation",
)

INTROS_212 = (
    "We welcome your {cs}, but please read these rules before posting.",
    "Please read these guidelines before joining the discussion.",
    "These house rules apply to everyone using {area}.",
    "By posting in {area} you agree to the rules below.",
    "{Area} works best when everyone follows a few simple rules.",
    "The following rules were agreed by {mods}.",
)

CLOSINGS_212 = (
    "Thank you for helping to keep {area} a friendly place.",
    "Happy posting!",
    "Questions about these rules can be sent to {mods}.",
    "We reserve the right to change these rules at any time.",
    "Thanks for reading, and enjoy the discussion.",
    "Breaking these rules may mean your {cs} are removed without notice.",
)

AMERICAN_212 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "favour": "favor",
    "honour": "honor",
    "colour": "color",
    "offence": "offense",
    "defence": "defense",
    "licence": "license",
    "recognise": "recognize",
    "criticise": "criticize",
    "apologise": "apologize",
    "organisation": "organization",
    "judgement": "judgment",
    "centre": "center",
    "harbour": "harbor",
}

#: Kinds of site: (names for the site, who moderates, where readers write (none saying "comment"), where readers
#: write (saying it), the subject, who may post, the law, advice, the emergency number, sign-offs).
_KINDS = (
    (  # island news
        ("the paper", "this newspaper", "our newsroom"),
        ("our moderators", "the web desk", "the editors"),
        ("the reader forum", "our reader forums", "the talkback section"),
        ("the comments", "the comments section", "our comment threads"),
        ("the story", "the article above", "the report"),
        ("registered readers", "subscribers"),
        ("the laws of Bermuda", "Turks and Caicos Islands law", "the law"),
        ("legal, medical or financial advice",),
        ("911",),
        ("The Web Editor", "The Editor"),
    ),
    (  # Somerset Levels papers
        ("the paper", "this title", "our newsroom"),
        ("the moderators", "the newsdesk", "the digital team"),
        ("the reader forum", "the discussion pages", "our forums"),
        ("the comments", "the comments section"),
        ("the story", "the article", "local news"),
        ("registered readers",),
        ("the law of England and Wales", "UK law", "the law"),
        ("legal, medical or financial advice",),
        ("999",),
        ("The Editor", "The Digital Team"),
    ),
    (  # Kentucky weeklies
        ("the paper", "this weekly", "our newspaper"),
        ("the editor", "our staff", "the moderators"),
        ("the reader forum", "the forums", "the discussion board"),
        ("the comments", "the comments section", "our comment threads"),
        ("the story", "the article", "county news"),
        ("registered readers", "subscribers"),
        ("Kentucky law", "state and federal law", "the law"),
        ("legal, medical or financial advice",),
        ("911",),
        ("The Editor", "The Publisher"),
    ),
    (  # dinghy clubs
        ("the club", "the sailing club"),
        ("the committee", "the webmaster", "the forum admins"),
        ("the club forum", "the members' forum", "the noticeboard"),
        ("the comments on the club blog", "the comments"),
        ("sailing and club matters", "the club and its racing"),
        ("club members", "members and their families"),
        ("UK law", "the law"),
        ("safety or boat-handling advice", "rigging and repair advice"),
        ("999 and ask for the coastguard", "999"),
        ("The Committee", "Club Webmaster"),
    ),
    (  # model-engineering societies
        ("the Society", "the society"),
        ("the committee", "the forum moderators", "the webmaster"),
        ("the members' forum", "the Society forum", "the discussion pages"),
        ("the comments", "the comments under our articles"),
        ("model engineering", "the hobby", "the Society's work"),
        ("Society members and associates", "members"),
        ("UK law", "the law"),
        ("boiler, pressure or electrical advice", "workshop and machining advice"),
        ("999",),
        ("The Committee", "Hon. Secretary"),
    ),
    (  # autism parents' forums
        ("the group", "this forum", "the community"),
        ("the admins", "the moderation team", "our volunteer moderators"),
        ("the group", "this forum", "our community"),
        ("the comments", "the comments on our posts"),
        ("autism and family life", "raising autistic children"),
        ("parents and carers", "parents, carers and autistic adults"),
        ("the law",),
        ("medical, therapy or diet advice", "medical or educational advice"),
        ("999 or 911", "the emergency services"),
        ("The Admin Team", "The Moderators"),
    ),
    (  # tiny-house boards
        ("the board", "the community", "this site"),
        ("the moderators", "the admins", "the board team"),
        ("the message board", "the forum", "our threads"),
        ("the comments", "the comments section"),
        ("tiny-house living", "small homes and simple living"),
        ("registered members",),
        ("the law", "local and national law"),
        ("building, planning or electrical advice", "legal or planning advice"),
        ("the emergency services",),
        ("The Moderators", "The Board Team"),
    ),
    (  # canal-lock volunteers
        ("the group", "the volunteer team"),
        ("the volunteer coordinators", "the admins", "the lock team leaders"),
        ("the volunteers' forum", "the group", "the message board"),
        ("the comments", "the comments on our updates"),
        ("the canal and its locks", "volunteering on the waterway"),
        ("registered volunteers", "volunteers and their supervisors"),
        ("UK law", "the law"),
        ("advice on working locks or boats", "safety advice"),
        ("999",),
        ("The Volunteer Coordinators", "The Admins"),
    ),
)

_WORDS_COMMENT = (("comment", "comments"),) * 4 + (("reply", "replies"), ("post", "posts"))
_WORDS = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_SHAPES = (
    *("", "", "", "1.", "1.", "1)", "(1)", "1 -", "Rule 1:", "Rule 1 –", "#1", "a)", "(a)", "A.", "i.", "(i)"),
    *("I.", "•", "•", "-", "*", "–", "·", "»", "▪"),
)
_MONTHS = ("January", "March", "April", "June", "September", "October", "November")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _SMALL else _cap(w) for i, w in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    return heading


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 –": f"Rule {n} –",
        "#1": f"#{n}",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[n - 1]}.",
        "(i)": f"({_ROMAN[n - 1]})",
        "I.": f"{_ROMAN[n - 1].upper()}.",
    }.get(shape, shape)


def _items_212(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-212 policy. Draws a kind of site and whether it means to say "comment" (0.82; else its word for what
    readers send and where never does, nor its title, opening or closing); two to five items (0.25) or six to all
    sixteen, in the table's order (0.45) or drawn; one to three sentences an item; per site a heading case, a
    placing of headings (none, on their own part with or without a stop, run in before a colon, stop or dash), an
    item now and then without its heading, a marker shape or none (a marker now and then a part of its own),
    sentences under a heading now and then bulleted; now and then a date line or a sign-off; then ``_furnish``."""
    kind = rng.choice(_KINDS)
    sites, mods, areas, comment_areas, topics, members, laws, advice, emergency, signoffs = kind
    says = rng.random() < 0.82
    c, cs = rng.choice(_WORDS_COMMENT if says else _WORDS)
    area = rng.choice(comment_areas if says and c != "comment" else areas + comment_areas if says else areas)
    site, mod = rng.choice(sites), rng.choice(mods)
    words = {
        "c": c,
        "cs": cs,
        "C": _cap(c),
        "Cs": _cap(cs),
        "area": area,
        "Area": _cap(area),
        "site": site,
        "Site": _cap(site),
        "mods": mod,
        "Mods": _cap(mod),
        "topic": rng.choice(topics),
        "members": rng.choice(members),
        "law": rng.choice(laws),
        "advice": rng.choice(advice),
        "emergency": rng.choice(emergency),
    }

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_212))
    if rng.random() < 0.45:
        chosen = [REWORDINGS_212[i] for i in sorted(rng.sample(range(len(REWORDINGS_212)), count))]
    else:
        chosen = rng.sample(REWORDINGS_212, count)
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("none", "own", "own", "run", "run", "run"))
    stop = rng.choice(("", "", ".", ":")) if placing == "own" else rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    shape = rng.choice(_SHAPES)
    alone = bool(shape) and placing == "own" and rng.random() < 0.15
    bullet = rng.choice(("- ", "• ", "– ")) if placing == "own" and rng.random() < 0.12 else ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        heading = ""
        if placing != "none" and rng.random() >= 0.08:
            heading = _cased(fill(rng.choice(headings)), case)
        marker = _marker(shape, n)
        if heading and placing == "own":
            head = heading if heading.endswith("?") else heading + stop
            parts = [bullet + part for part in parts]
            if alone:
                items.append((marker, head, *parts))
                continue
            items.append((f"{marker} {head}" if marker else head, *parts))
            continue
        if heading:
            joint = " " if heading.endswith("?") else stop
            parts[0] = heading + joint + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))
    if rng.random() < 0.15:
        when = f"{rng.choice(_MONTHS)} {rng.randint(2019, 2026)}"
        items.append(("", rng.choice((f"Last updated: {when}", f"Updated {when}", f"Rules revised {when}."))))
    if rng.random() < 0.12:
        items.append(("", rng.choice(("", "— ", "- ")) + rng.choice(signoffs)))
    titles = [fill(t) for t in TITLES_212]
    intros = [fill(t) for t in INTROS_212]
    closings = [fill(t) for t in CLOSINGS_212]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_212)
