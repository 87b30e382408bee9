"""The ``reworded-365`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Swona and Graemsay bulletins, Kingsdale and Raydale papers, Quemado and Datil weeklies, octopush and
underwater rugby clubs, coopering and bodging guilds, Niemann-Pick disease and Sanfilippo syndrome parents' forums,
worm charming and gurning championship committees, and toad patrol volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_365: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        ("Be kind", "Civility", "Respect other members", "How should I treat other posters?", "Play the ball"),
        (
            "Please be civil to one another, even when you disagree about the ferry timetable.",
            "Personal attacks, name-calling and sneering at other members are not allowed.",
            "Treat others as you would at the hall on a Saturday night.",
            "{Cs} that bully, belittle or goad another reader will be removed by {mods}.",
            "Argue with the point, not the person; octopush is a contact sport but this forum is not.",
        ),
    ),
    # hatred and discrimination
    (
        ("Hate speech", "No discrimination", "Prejudice and hatred", "What counts as hateful?", "Respect for all"),
        (
            "We do not publish {cs} that attack people for their race, religion, disability, sex or sexuality.",
            "Racist, sexist, homophobic or otherwise hateful remarks are removed without warning.",
            "Mocking a child's condition or a family's faith has no place here.",
            "Incomers and islanders alike are welcome; abuse aimed at either group is not.",
            "Members who post hateful material will lose their account straight away.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I share someone's details?",
            "Other people's details",
        ),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Please ask before naming another family or sharing a photo of their child.",
            "{Cs} that reveal private details about a neighbour will be taken down.",
            "Hospital, school and care arrangements of other members must stay private.",
            "You should not publish where patrol volunteers live or park their cars.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Safeguarding",
            "Children and young people",
            "Protecting children",
            "Junior members",
            "Are children allowed to post?",
        ),
        (
            "Members must be 16 or over; juniors may read but not post.",
            "Never arrange to meet a junior player privately through this site.",
            "Photos of under-18s at training or at the championships need written consent from a parent.",
            "Any {c} that raises a safeguarding worry is passed to our welfare officer.",
            "If you are worried about a child, please contact the club welfare officer rather than posting.",
        ),
    ),
    # moderation delays
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Approval times", "Pre-moderation", "Waiting for approval"),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "We are volunteers, so please be patient.",
            "{Cs} sent after Friday noon may not appear until after the weekly goes to press.",
            "New members' first few {cs} are held for approval.",
            "On ferry days the bulletin is run from the mainland and approval can be slow.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "What should I post about?", "Relevance"),
        (
            "Please keep {cs} to the subject of the article or thread.",
            "Off-topic {cs} may be moved or removed.",
            "Questions about barrel staves belong in the coopering board, not the bodging one.",
            "{mods} may split a long tangent into a thread of its own.",
            "Keep discussion of the county council's road closures to the toad patrol threads about them.",
        ),
    ),
    # advertising and spam
    (
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise here?", "Commercial posts"),
        (
            "Advertising, chain letters and spam are not permitted.",
            "Members may not sell goods or services in {cs} without permission from {mods}.",
            "Fundraising appeals for families must be cleared with the forum admins first.",
            "Repeated links to your own shop or channel will be treated as spam.",
            "Tools, timber and secondhand kit may only be offered in the Swaps and Sales section.",
        ),
    ),
    # names and accounts
    (
        ("Names and accounts", "Your username", "Registration", "Who can post?", "One account each"),
        (
            "Please use your real name, as you would on a letter to the editor.",
            "One account per person; duplicate accounts will be closed.",
            "Usernames that are offensive or impersonate someone else are not allowed.",
            "You are responsible for everything posted from your account.",
            "{Cs} under a false name will not be printed in the paper edition.",
        ),
    ),
    # the law
    (
        ("Legal matters", "Libel and the law", "Court cases", "Don't break the law", "Can I be sued for what I post?"),
        (
            "Do not post anything defamatory, that is, untrue and damaging to someone's reputation.",
            "We cannot publish {cs} about cases that are still before the courts.",
            "You may be personally liable for anything you write, and we may have to pass your details to the police.",
            "{Cs} that could prejudice a trial will be removed.",
            "Allegations against named people, however widely rumoured, will not be published.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Photos and text",
            "Can I post pictures?",
            "Using material from elsewhere",
        ),
        (
            "Only post photos and text that you own or have permission to use.",
            "Please link to articles rather than copying them out in full.",
            "By posting, you allow us to reproduce your {c} in print and online.",
            "Championship photos belong to the committee's photographers; please credit them.",
            "Material that breaches copyright will be removed when we are told of it.",
        ),
    ),
    # reporting
    (
        ("Reporting a post", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to {mods} rather than replying to them.",
            "Reports are looked at by a volunteer, usually within a day.",
            "You can also email the editor, giving the date and the name on the {c}.",
            "Reporting a {c} is anonymous; the poster will not be told who flagged it.",
        ),
    ),
    # discretion
    (
        ("Our discretion", "The final say", "Editorial decisions", "Who decides?", "Moderators' decisions"),
        (
            "{mods} may edit, hold or remove any {c} without giving a reason.",
            "Publication is at the editor's discretion and decisions are final.",
            "We reserve the right to close a thread when it stops being useful.",
            "The committee's ruling on any dispute is final.",
            "Please do not argue about moderation in public; message {mods} instead.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, please tell the editor and we will put it right.",
            "Corrections are printed in the next issue on page two.",
            "Send news, results and photos to the bulletin by Wednesday night.",
            "{Cs} pointing out errors are welcome, but a quiet email gets it fixed sooner.",
            "Tips about road closures, lost sheep and hall events are always welcome.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Tone"),
        (
            "Please avoid swearing; this is a family forum.",
            "Bad language, even disguised with asterisks, will be removed.",
            "Write in plain English and avoid typing in capitals, which reads as shouting.",
            "Dialect is welcome; abuse dressed up as dialect is not.",
            "{Cs} full of abbreviations may be hard for new parents to follow.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "Consequences",
            "Breaking the rules",
            "What happens if I break these rules?",
            "Suspensions",
        ),
        (
            "Members who break these rules will first get a warning from {mods}.",
            "A second breach may lead to a suspension, and a third to a ban.",
            "Serious breaches lead to an immediate and permanent ban.",
            "Banned members may not rejoin under another name.",
            "Club members who are banned online may also face the disciplinary committee.",
        ),
    ),
    # medical information (parents' forums)
    (
        (
            "Medical advice",
            "Health information",
            "Not a substitute for your doctor",
            "Treatments and trials",
            "Can I ask about treatment?",
        ),
        (
            "Nothing posted here is medical advice; always speak to your child's consultant.",
            "Please do not promote unproven cures or supplements.",
            "Sharing news of clinical trials is welcome if you link to the official source.",
            "{Cs} that pressure families about treatment choices will be removed.",
            "Members may share their own experience, but not diagnose another child.",
        ),
    ),
    # events, championships and patrols
    (
        ("Events and results", "Championship disputes", "Patrol nights", "Fair play", "Can I question a result?"),
        (
            "Disputes about the worm count must go to the judges, not the forum.",
            "Results are provisional until the committee publishes them.",
            "Please do not post the location of crossing points before the patrol coordinator has.",
            "Criticism of gurning entrants' faces is, of course, the point; criticism of their families is not.",
            "Volunteers must wear high-visibility vests and should not use {cs} to arrange unofficial patrols.",
        ),
    ),
)

POLICY_INTROS_365: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these rules before posting.",
    "These rules apply to everyone who posts on this site.",
    "Our forum is a place for families to support one another; please help keep it that way.",
    "By sending us a {c}, you agree to the following.",
    "The committee asks all members to follow these guidelines.",
    "A few ground rules for {cs} on the bulletin:",
)
POLICY_CLOSINGS_365: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "If in doubt, leave it out.",
    "These rules may change; the current version is always on this page.",
    "Questions about these rules can be sent to {mods}.",
    "Thanks for reading, and happy posting.",
    "See you at the next meeting.",
)
POLICY_TITLES_365: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "{C} policy",
    "Posting guidelines",
    "Rules for {cs}",
    "Noticeboard terms",
    "Code of conduct",
)
AMERICAN_365: dict[str, str] = {
    "neighbour": "neighbor",
    "rumoured": "rumored",
    "colour": "color",
    "behaviour": "behavior",
    "licence": "license",
    "offence": "offense",
    "organiser": "organizer",
    "favour": "favor",
    "centre": "center",
}

_WORDS_365: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

_MODS_365: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the club committee",
    "the forum admins",
    "the admin team",
    "the bulletin volunteers",
    "the guild secretary",
    "the patrol coordinators",
    "the site team",
    "a moderator",
)

_SMALL_365: frozenset[str] = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "at", "by"})

_ROMAN_365: tuple[str, ...] = (
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
)


def _fill_365(text: str, words: dict[str, str]) -> str:
    out = text.format(**words)
    return out[:1].upper() + out[1:] if out else out


def _title_case_365(text: str) -> str:
    parts = text.split(" ")
    return " ".join(p if (i and p.lower() in _SMALL_365) else p[:1].upper() + p[1:] for i, p in enumerate(parts))


def _marker_365(style: str, n: int) -> str:
    if style == "num":
        return f"{n + 1}. "
    if style == "paren":
        return f"{n + 1}) "
    if style == "letter":
        return f"{chr(97 + n % 26)}) "
    if style == "bracket_letter":
        return f"({chr(97 + n % 26)}) "
    if style == "roman":
        return f"{_ROMAN_365[n % 16]}. "
    if style == "roman_caps":
        return f"{_ROMAN_365[n % 16].upper()}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "endash":
        return "\u2013 "
    if style == "rule":
        return f"Rule {n + 1}: "
    if style == "section":
        return f"4.{n + 1} "
    if style == "sign":
        return f"\u00a7{n + 1} "
    return ""


def _items_365(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and moderators, how many kinds in which
    order, sentences an item, heading case and placement, list markers and the site's habits, then ``_furnish``."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_365)
    mods = rng.choice(_MODS_365)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "mods": mods}

    count = rng.randint(2, 16)
    kinds = list(REWORDINGS_365)
    if rng.random() < 0.5:
        chosen = rng.sample(kinds, count)
    else:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in chosen]
    max_sentences = rng.choice((1, 1, 2, 2, 3))

    case = rng.choices(("none", "sentence", "title", "caps"), weights=(3, 4, 3, 1))[0]
    placement = rng.choice(("bare", "stop", "colon", "runin_colon", "runin_stop", "runin_dash"))
    marker = rng.choice(
        (
            "",
            "",
            "",
            "num",
            "paren",
            "letter",
            "bracket_letter",
            "roman",
            "roman_caps",
            "bullet",
            "dash",
            "endash",
            "rule",
            "section",
            "sign",
        )
    )
    emphasis = rng.random() < 0.15
    please_note = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(
            ("", rng.choice(("Section 4: {Cs}", "Part 3 \u2013 Our rules", "Using the forum")).format(**words))
        )
    if rng.random() < 0.1:
        day = rng.randint(1, 28)
        month = rng.choice(("January", "March", "April", "June", "September", "November"))
        items.append(("", f"Last updated: {day} {month} {rng.choice((2024, 2025, 2026))}"))

    for n, (headings, sentences) in enumerate(chosen):
        k = rng.randint(1, max_sentences)
        said = [_fill_365(s, words) for s in rng.sample(sentences, k)]
        if please_note and rng.random() < 0.3:
            said[0] = "Please note: " + said[0][:1].lower() + said[0][1:]
        heading = ""
        if case != "none":
            heading = _fill_365(rng.choice(headings), words)
            if case == "title":
                heading = _title_case_365(heading)
            elif case == "caps":
                heading = heading.upper()
            if emphasis:
                heading = f"**{heading}**"
        mark = _marker_365(marker, n)
        if heading:
            question = heading.rstrip("*").endswith("?")
            if placement.startswith("runin"):
                if question:
                    joined = f"{heading} {said[0]}"
                elif placement == "runin_colon":
                    joined = f"{heading}: {said[0]}"
                elif placement == "runin_stop":
                    joined = f"{heading}. {said[0]}"
                else:
                    joined = f"{heading} \u2013 {said[0]}"
                items.append(("", mark + joined, *said[1:]))
            else:
                if placement == "stop" and not question:
                    heading += "."
                elif placement == "colon" and not question:
                    heading += ":"
                items.append((mark + heading, *said))
        else:
            items.append(("", mark + said[0], *said[1:]))

    if rng.random() < 0.12:
        items.append(("", rng.choice(("\u2013 The Editor", "The Committee", "Thanks, the admin team"))))

    intros = [_fill_365(s, words) for s in POLICY_INTROS_365]
    closings = [_fill_365(s, words) for s in POLICY_CLOSINGS_365]
    titles = [_fill_365(s, words) for s in POLICY_TITLES_365]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_365)
