"""The ``reworded-232`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Gibraltar news, Moray firth papers, Utah canyon-town weeklies, triathlon clubs, organists'
associations, psoriasis forums, marina berth-holders' boards, signal-box preservation volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, forum rules and noticeboard
codes of conduct, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (sentence case, without their stop; a question or two among
#: them), and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: are the site's word for what readers send (singular, plural, capitalised), ``{we}`` the site as it names itself
#: and ``{mods}`` ``{Mods}`` the people who moderate it. Written in British spelling; a document may print it in
#: American spelling (``AMERICAN_232``).
REWORDINGS_232 = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the player",
            "Respect other members",
            "Is it kind?",
            "Disagree politely",
            "Good manners cost nothing",
        ),
        (
            "Please be courteous to other readers, even when you strongly disagree with them.",
            "Personal attacks, name-calling and sneering at other members will be removed.",
            "Debate the point being made rather than the person making it.",
            "Remember that the people you are replying to are neighbours, fellow members and volunteers.",
            "{Cs} that are rude, goading or deliberately provocative will not be published.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for bigotry",
            "Treat everyone equally",
            "What counts as hate?",
        ),
        (
            "We will not accept {cs} that attack people because of their race, religion, nationality, sex, "
            "sexuality, age or disability.",
            "Sectarian remarks and slurs, however they are disguised, will be deleted without warning.",
            "Mocking anyone for the appearance of their skin, or for any other condition, is not tolerated here.",
            "Stirring up hatred is a criminal offence, and serious cases will be passed to the police.",
            "Sweeping generalisations about whole communities, whether Gibraltarian, Spanish, British or anyone "
            "else, have no place here.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal details",
            "Keep it private",
            "Can I share someone's contact details?",
            "Other people's information",
        ),
        (
            "Do not post telephone numbers, email addresses or home addresses, whether your own or anyone else's.",
            "Never share details of another member's health without their clear permission.",
            "Berth numbers, boat names and mooring details of other holders should not be posted on the open board.",
            "Photographs of identifiable people, including children at race events, may only be posted with "
            "their consent.",
            "If you want to contact another member privately, please use the private message facility instead.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Young members",
            "Worried about someone?",
        ),
        (
            "Do not name or identify anyone under 18 in connection with a court case or an incident.",
            "Adults must not ask junior members for personal contact details or arrange to meet them through "
            "this site.",
            "If you are worried about a young person's welfare, contact our welfare officer rather than posting "
            "about it.",
            "{Cs} which could identify the victim of a sexual offence will be removed immediately, as the law "
            "requires.",
            "Any safeguarding concern raised with {mods} will be passed on in line with our safeguarding policy.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why isn't my {c} showing?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} appear?",
            "How we moderate",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a short delay.",
            "{Mods} are volunteers, and {cs} sent in the evening or at weekends may not go up until the next "
            "working day.",
            "{Cs} sent overnight will be approved from 8am, Monday to Friday.",
            "Please do not send the same {c} several times; it will appear once it has been checked.",
            "A new member's first few {cs} are held for approval, and after that they appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place?",
            "Use the right board",
            "Off-topic {cs}",
        ),
        (
            "Please keep your {cs} relevant to the story you are responding to.",
            "Put your {c} in the section that suits it best, as {mods} may move threads that are in the wrong place.",
            "General chat is welcome in the clubhouse section, but not in the training or race-report threads.",
            "Long-running arguments from other threads should not be carried into this one.",
            "{Cs} about unrelated matters will be removed, however interesting they may be.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise?",
            "Commercial posts",
            "Sales and wanted",
        ),
        (
            "Commercial advertising is not allowed, except on the For Sale and Wanted board.",
            "Berths may not be offered for sale or sublet here; please go through the marina office.",
            "Links to other websites will be held for checking and removed if they are promotional.",
            "Members offering lessons, tuning or repairs should ask the secretary about a listing in the directory.",
            "Spam, chain letters and the same {c} posted over and over will be deleted and the account closed.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "Usernames",
            "One account each",
            "Who can post?",
            "Registration",
        ),
        (
            "Please register under your real name, as we do not publish {cs} from anonymous accounts.",
            "Each person may hold one account only, and accounts must not be shared.",
            "Usernames that are offensive, or that impersonate another person, club or business, will be "
            "changed or removed.",
            "Only paid-up members of {we} may post, and your membership number is needed to register.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation",
            "Could you be sued?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "You are legally responsible for your {cs}, and you could face action for anything defamatory you write.",
            "Do not make allegations about named people or businesses that you cannot prove.",
            "Once someone has been charged, say nothing about their guilt or innocence until the case is over.",
            "Scottish courts are strict about contempt, and we will not risk a trial being halted because of a {c}.",
            "Anything that breaks the law will be removed and may be reported to the authorities.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and music",
            "Other people's work",
            "Can I post a photo?",
            "Quoting and copying",
        ),
        (
            "Only post photographs, music or text that you own or have permission to use.",
            "Do not upload scans of copyright music; a link to the publisher's page is fine.",
            "Short quotations are acceptable if you give the source, but please do not paste whole articles.",
            "By posting a photograph you allow {we} to reproduce it in print and online.",
            "Material copied from other websites will be taken down if its owner complains.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Spotted something wrong?",
            "How do I report a {c}?",
            "Flag it",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please don't reply to a troublesome {c}; report it and let {mods} deal with it.",
            "Reports are confidential and are normally looked at within 24 hours.",
            "You can also email {mods}, quoting the thread title and the date of the {c}.",
            "Misusing the report button to settle disagreements may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Moderators' decisions",
            "Who decides?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "{Mods} have the final say on what is published, and their decisions are not open to debate on the board.",
            "We may close any story or thread to further {cs} at any time.",
            "Publication of a {c} does not mean that {we} agrees with it.",
            "If you disagree with a moderation decision, please raise it privately rather than in public.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, email the newsdesk rather than posting a {c}, so that we "
            "can put it right quickly.",
            "Have a story for us? Ring the newsroom or use our Send Us Your News form.",
            "Corrections to race results should be sent to the results secretary, not posted here.",
            "Errors in the recital calendar or the list of vacancies can be reported to the webmaster.",
            "{Cs} pointing out mistakes are welcome, but we will act faster on an email.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "Swearing",
            "Write clearly",
            "No shouting",
            "Which language?",
        ),
        (
            "Swearing and crude language are not allowed, including words with letters replaced by symbols.",
            "Please don't write in capital letters, as it reads as shouting.",
            "{Cs} should be in English, though a word or two of Llanito will not be held against you.",
            "Text-speak and strings of emojis make {cs} hard to read, so please write in full.",
            "Abbreviations are fine, but please explain any that newcomers may not know.",
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
            "Members who break these rules will normally receive a warning first.",
            "A second breach may lead to your posting rights being suspended for up to a month.",
            "Serious or repeated breaches will result in a permanent ban, and new accounts opened to get round it "
            "will be closed.",
            "We keep a record of warnings, and they stay on your account for twelve months.",
            "Breaches may also be referred to the committee under the club's disciplinary procedure.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on this forum",
            "Should I follow advice I read here?",
            "At your own risk",
            "Health and safety",
        ),
        (
            "Members are not medical professionals, so always speak to your GP or dermatologist before changing "
            "your treatment.",
            "Do not tell anyone to stop a prescribed medicine, and do not promote unproven cures.",
            "Never go on or near the line without a track safety briefing and the permission of the duty signaller.",
            "Training and nutrition tips are shared in good faith; check with a qualified coach before trying "
            "anything new.",
            "Weather and tide information on this board is for general interest only and is no substitute for the "
            "official forecasts.",
        ),
    ),
)


#: A site's word for what its readers send (singular, plural), when it does not say "comment" (a quarter of sites).
WORDS_232 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)


#: How a site names itself, and its moderators (always taking a plural verb).
SITES_232 = (
    ("the paper", "our moderators"),
    ("the club", "the forum admins"),
    ("the association", "the committee"),
    ("the forum", "the moderation team"),
    ("the berth-holders' association", "the board administrators"),
    ("the trust", "the forum stewards"),
    ("the Chronicle", "the online editors"),
    ("the society", "the web team"),
)


POLICY_INTROS_232 = (
    "Please read these rules before posting. They apply to every {c} on the site.",
    "We welcome {cs} from readers, provided they follow the guidelines below.",
    "This board is run by volunteers for the benefit of members. By posting you agree to the following.",
    "These rules were agreed by the committee and apply to everyone using the forum.",
    "To keep this a friendly and supportive place, we ask everyone to follow a few simple rules.",
    "Readers' {cs} are welcome on most of our stories, subject to these conditions.",
)


POLICY_CLOSINGS_232 = (
    "Thank you for helping to keep the board friendly and useful.",
    "These rules may be updated from time to time; the latest version is always on this page.",
    "Questions about these rules can be sent to the webmaster.",
    "Enjoy the forum, and see you on the start line!",
    "By registering, you confirm that you have read and accepted these rules.",
    "Happy commenting, and thank you for reading.",
)


POLICY_TITLES_232 = (
    "Forum rules",
    "House rules",
    "Board rules",
    "Community guidelines",
    "Code of conduct",
    "Rules for posting",
    "Before you post",
    "Guidelines for {cs}",
    "Reader {cs}: our policy",
    "Noticeboard etiquette",
)


#: Lines some sites print at the very end, after everything else (reworded-232's own).
_STAMPS_232 = (
    "Last updated: 14 March 2025",
    "Agreed by the committee, January 2024",
    "Revised after the AGM, November 2023",
    "Version 3 (updated June 2025)",
    "Page last reviewed: 2 September 2024",
)


#: British spellings in the lists above and their American forms.
AMERICAN_232 = {
    "neighbours": "neighbors",
    "offence": "offense",
    "generalisations": "generalizations",
    "signaller": "signaler",
    "ring the newsroom": "call the newsroom",
}


#: Lowercase words in a title-case heading.
_SMALL_232 = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "at", "not", "by"}

_ROMAN_232 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Marker shapes a site may print before its items (``_marker_232``), "none" the likeliest.
_SHAPES_232 = (
    "none",
    "none",
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "(1)",
    "a.",
    "(a)",
    "i)",
    "I.",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "\u2714",
    "\u27a4",
    "Rule 1.",
    "Rule #1:",
    "Rule 1 \u2013",
    "7.1",
)


def _fill_232(text: str, word: tuple[str, str], site: tuple[str, str]) -> str:
    one, many = word
    name, mods = site
    for key, value in (
        ("{cs}", many),
        ("{Cs}", many.capitalize()),
        ("{c}", one),
        ("{C}", one.capitalize()),
        ("{we}", name),
        ("{mods}", mods),
        ("{Mods}", mods[0].upper() + mods[1:]),
    ):
        text = text.replace(key, value)
    return text


def _title_case_232(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in _SMALL_232 else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _marker_232(shape: str, n: int, section: int) -> str:
    """The marker of a site's ``n``th item (from 1) in ``shape``: "" for none."""
    if shape == "none":
        return ""
    if shape in ("1.", "1)", "(1)"):
        return shape.replace("1", str(n))
    if shape in ("a.", "(a)"):
        return shape.replace("a", "abcdefghijklmnop"[n - 1])
    if shape == "i)":
        return _ROMAN_232[n - 1] + ")"
    if shape == "I.":
        return _ROMAN_232[n - 1].upper() + "."
    if shape.startswith("Rule"):
        return shape.replace("1", str(n))
    if shape == "7.1":  # clause numbering under a section of the site's rules
        return f"{section}.{n}"
    return shape  # a bullet


def _items_232(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-232 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site, drawn in this order: its word for what readers send ("comment" three sites in four; the others' lines
    never say it), its name and moderators; two to five items (0.3) or six to sixteen, in the table's order (0.5) or
    drawn; a heading case (as written, title case, capitals); a heading placing (a part of its own with a stop of its
    own, run in before a colon, a stop or a dash, or no headings at all); a marker shape (``_SHAPES_232``) and a
    section number for clause numbering; whether an item's sentences print as one part (0.3); whether a bare marker
    line stands above each item in place of a heading (0.15, with a word-marker); then per item one to three
    sentences of its five, in order. Opening, closing and title lines by ``_furnish``; last, a line saying when the
    rules were agreed or updated (0.15)."""
    word = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_232)
    site = rng.choice(SITES_232)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = [REWORDINGS_232[i] for i in sorted(rng.sample(range(len(REWORDINGS_232)), count))]
    else:
        chosen = rng.sample(REWORDINGS_232, count)
    case = rng.choice(("as written", "as written", "title", "title", "capitals"))
    placing = rng.choice(("own", "own", "own", "colon", "colon", "stop", "dash", "none"))
    own_stop = rng.choice(("", "", "", ".", ":"))  # after a heading on its own part
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    shape = rng.choice(_SHAPES_232)
    section = rng.randint(2, 9)
    joined = rng.random() < 0.3
    marker_line = shape.startswith("Rule") and rng.random() < 0.15
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = _fill_232(rng.choice(headings), word, site)
        if case == "title":
            heading = _title_case_232(heading)
        elif case == "capitals":
            heading = heading.upper()
        k = rng.choice((1, 1, 2, 2, 3))
        said = [_fill_232(sentences[i], word, site) for i in sorted(rng.sample(range(len(sentences)), k))]
        parts = [" ".join(said)] if joined else said
        question = heading.endswith("?")
        marker = _marker_232(shape, n, section)
        if placing == "own":
            first = heading + ("" if question else own_stop)
            rest = parts
        elif placing == "none":
            first = ""
            rest = parts
        else:
            joint = {"colon": ": ", "stop": ". ", "dash": dash}[placing]
            lead = heading + (" " if question else joint)
            first = ""
            rest = [lead + parts[0], *parts[1:]]
        if marker_line:  # "Rule 4" on a line of its own, the item's text under it
            items.append((marker.rstrip(".:#\u2013 "), *(part for part in (first, *rest) if part)))
            continue
        if marker:
            if first:
                first = f"{marker} {first}"
            else:
                rest = [f"{marker} {rest[0]}", *rest[1:]]
        items.append((first, *rest))

    def fill(lines: tuple[str, ...]) -> list[str]:
        filled = [_fill_232(line, word, site) for line in lines]
        return filled if word[0] == "comment" else [line for line in filled if not _says_comment(line)]

    items = _furnish(
        items,
        rng,
        fill(POLICY_INTROS_232),
        fill(POLICY_CLOSINGS_232),
        fill(POLICY_TITLES_232),
        AMERICAN_232,
    )
    if rng.random() < 0.15:
        items.append(("", rng.choice(_STAMPS_232)))
    return items
