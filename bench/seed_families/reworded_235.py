"""The ``reworded-235`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Barbados parish news, Herefordshire orchard papers, Maine island weeklies, sailing dinghy clubs,
clock-restorers' guilds, ADHD parents' forums, self-build housing boards, windmill millers' friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules and noticeboard
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (sentence case, without their stop; a question or two among
#: them), and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: are the site's word for what readers send (singular, plural, capitalised), ``{we}`` ``{We}`` the site as it names
#: itself and ``{mods}`` the people who look after it. Written in British spelling; a document may print it in
#: American spelling (``AMERICAN_235``).
REWORDINGS_235 = (
    (  # civility
        (
            "Be civil",
            "Mind your manners",
            "Treat others as you would at the clubhouse",
            "Courtesy first",
            "Is it kind?",
            "Play the ball, not the player",
        ),
        (
            "Please be courteous to other readers, even when you disagree with them strongly.",
            "Personal attacks, name-calling and sneering at other members will be removed.",
            "Argue with the point someone has made, not with the person who made it.",
            "Remember that the people you are replying to are neighbours, parents and volunteers like you.",
            "Behaviour that would not be welcome at a parish meeting or on the slipway is not welcome here either.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Hate speech",
            "Discrimination",
            "Respect for everyone",
            "What counts as hateful?",
        ),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or nationality will be "
            "deleted.",
            "We do not allow remarks that stir up hatred against any group, whether it is meant as a joke or not.",
            "Slurs of any kind, including those aimed at islanders, incomers or people from away, are not permitted.",
            "Mocking a child's diagnosis, or anyone else's, is treated as hate and the account will be suspended.",
            "Discriminatory language is removed on sight and repeat offenders are banned.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Other people's information",
            "Can I share someone's address?",
        ),
        (
            "Do not post telephone numbers, addresses or email addresses, your own or anyone else's, in a {c}.",
            "Please do not name private individuals or share details that could identify them without their consent.",
            "Photographs of other people's children must not be posted without their parents' permission.",
            "Do not publish the location of a restoration job, a workshop or a house that is empty over winter.",
            "If you need to exchange contact details with another member, use private messages instead.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Keeping children safe",
            "Children and young members",
            "Protecting young people",
            "Worried about a child?",
        ),
        (
            "Never post the full name, school or photograph of a child, including your own.",
            "Junior members' names and pictures are only published with written consent from a parent or guardian.",
            "If a {c} makes you worried about a child's safety, report it to {mods} straight away.",
            "Any concern about the welfare of a young person will be passed to the club's welfare officer.",
            "In an emergency, or if a child is at immediate risk, contact the police rather than posting here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "All {cs} are checked",
            "Approval of new members",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "{Cs} sent in the evening or at weekends may not be approved until the next working day.",
            "The first few {cs} from a new account are held for approval.",
            "{We} is run by volunteers, and {cs} are usually approved within 48 hours.",
            "Please do not send the same {c} again if it does not appear at once; it is waiting in the queue.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Right thread, right place",
            "Is this the place for it?",
        ),
        (
            "Please keep your {cs} relevant to the article or thread you are replying to.",
            "Start a new thread for a new subject rather than taking over someone else's.",
            "Questions about a particular tree, clock, boat or build belong in the right section of the board.",
            "Off-topic {cs} may be moved or removed without notice.",
            "General political arguments that have nothing to do with the story will not be published.",
        ),
    ),
    (  # advertising/spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Can I sell something here?",
        ),
        (
            "Advertising, sales pitches and links to commercial sites are not allowed in {cs}.",
            "Boats, parts and tools for sale belong in the classified section, not in the main discussion.",
            "Tradespeople may not promote their services, even in reply to a request for a recommendation.",
            "Chain letters, surveys and fundraising appeals need the permission of {mods} first.",
            "Spam is deleted and the account that posted it is closed.",
        ),
    ),
    (  # real names/accounts
        (
            "Real names",
            "Your account",
            "One person, one account",
            "Registration",
            "Who can post?",
        ),
        (
            "{Cs} must be posted under your real name, as they would be on the letters page.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Impersonating another person, a member of the committee or an organisation is not allowed.",
            "Only paid-up members of the club may post in the members' area.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Stay within the law",
            "Court cases",
            "Could this be libellous?",
        ),
        (
            "Do not post anything that is defamatory, threatening or otherwise unlawful.",
            "Allegations about named people or businesses that you cannot prove may be libellous and will be removed.",
            "Do not comment on cases that are before the magistrates or the courts, as this may prejudice a trial.",
            "You may be held personally liable for what you write in a {c}.",
            "We will co-operate with the police where the law requires us to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and pictures",
            "Quoting",
            "Is it yours to post?",
        ),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please quote no more than a short passage from another publication, and say where it came from.",
            "Scans of catalogues, manuals and drawings may still be in copyright even if they are very old.",
            "By posting you grant {we} a licence to publish your {c} in print and online.",
            "Material posted in breach of copyright will be removed when we are told of it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Flagging {cs}",
            "How do I report something?",
            "Seen something wrong?",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beside it.",
            "Please report a problem rather than replying to it, which only keeps it going.",
            "You can also email {mods} and tell us which {c} you mean and why.",
            "Every report is read, though we may not reply to each one.",
            "Misusing the report button to silence people you disagree with is itself a breach of the rules.",
        ),
    ),
    (  # editor's discretion
        (
            "The editor's decision",
            "Our discretion",
            "Final say",
            "Right to remove",
            "Who decides?",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "Publication of a {c} does not mean that {we} agrees with it.",
            "The decision of {mods} on what is published is final.",
            "We may shorten {cs} for length or close a thread that has run its course.",
            "These guidelines may be changed at any time and without notice.",
        ),
    ),
    (  # corrections/news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and tips",
        ),
        (
            "If you think we have got something wrong, please email the editor rather than raising it here.",
            "Corrections are made in the article and noted at the foot of it.",
            "Have a story from your parish or your island? Send it to the newsroom with your name and number.",
            "Tips about events, results or people in the news are always welcome by email.",
            "Race results and club news should be sent to the secretary for the newsletter, not posted here.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "Swearing",
            "Mind your language",
            "Writing in capitals",
        ),
        (
            "Swearing, including words with letters starred out, is not acceptable.",
            "Please write in English so that everyone, including {mods}, can follow the discussion.",
            "Writing in capital letters reads as shouting; please avoid it.",
            "Crude or sexual language will be removed, whatever the context.",
            "Keep your language fit for a family audience, as many members read with their children.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspension",
            "Three strikes",
        ),
        (
            "Members who break these rules will first be sent a warning.",
            "Repeated breaches will lead to suspension and, in the end, removal from the forum.",
            "Serious breaches, such as threats, lead to an immediate ban without warning.",
            "Anyone banned who signs up again under another name will be removed again.",
            "If you think you have been banned in error, write to {mods}, not on the open board.",
        ),
    ),
    (  # safety/advice
        (
            "Advice given here",
            "Safety",
            "Medical advice",
            "Use your own judgement",
            "Taking advice from the forum",
            "Should I follow this advice?",
        ),
        (
            "Members share their own experience, which is not a substitute for advice from a doctor or specialist.",
            "Never change a child's medication on the strength of a {c}; speak to your GP or prescriber first.",
            "Building, structural and electrical advice should always be checked by a qualified professional.",
            "Letting down a mainspring or working on mill machinery can be dangerous; get proper instruction.",
            "Weather and tide information posted here is not a forecast; check official sources before you sail.",
        ),
    ),
)

#: What a site calls what readers send: (singular, plural).
WORDS_235 = (
    ("comment", "comments"),
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

#: How a site names itself (``{we}``) and the people who look after it (``{mods}``).
SITES_235 = (
    ("the Gazette", "the editor"),
    ("the Parish Voice", "our editorial team"),
    ("the Orchard News", "the editors"),
    ("the Islander", "the newsroom"),
    ("the club", "the committee"),
    ("the Guild", "the forum moderators"),
    ("this forum", "the admin team"),
    ("the board", "the moderators"),
    ("the Friends", "the web volunteers"),
    ("the site", "the moderators"),
)

POLICY_INTROS_235 = (
    "Before you post, please read the following rules.",
    "We welcome {cs} from readers, but we ask everyone to keep to these guidelines.",
    "This is a friendly forum, and these rules help to keep it that way.",
    "By posting on {we} you agree to the rules below.",
    "A few simple rules for the members' board:",
    "Please take a moment to read these guidelines before you send a {c}.",
)

POLICY_CLOSINGS_235 = (
    "Thank you for helping to keep {we} a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "Fair winds, and thanks for reading.",
    "These rules were last updated by {mods}.",
    "Thank you for your {cs} and your support.",
)

POLICY_TITLES_235 = (
    "Comment policy",
    "Comment guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Rules of the board",
    "Before you post",
    "Community guidelines",
    "Notes for contributors",
    "Message board etiquette",
    "Club forum rules",
)

AMERICAN_235 = {
    "behaviour": "behavior",
    "neighbours": "neighbors",
    "licence": "license",
    "organisation": "organization",
    "judgement": "judgment",
    "libellous": "libelous",
    "catalogues": "catalogs",
    "co-operate": "cooperate",
}

_ROMAN_235 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: How a site marks its items: none, numbers and letters in several shapes, bullets, and a club's rule numbers.
_SHAPES_235 = (
    "none",
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i)",
    "(i)",
    "I.",
    "\u2022",
    "-",
    "*",
    "\u2714",
    "Rule",
    "No.",
    "clause",
)

_SMALL_235 = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "by", "at", "as"}


def _fill_235(text: str, word: tuple[str, str], site: tuple[str, str]) -> str:
    """``text`` with the site's word for what readers send, its name and its moderators' filled in."""
    single, plural = word
    we, mods = site
    for key, value in (
        ("{c}", single),
        ("{cs}", plural),
        ("{C}", single.capitalize()),
        ("{Cs}", plural.capitalize()),
        ("{we}", we),
        ("{We}", we[0].upper() + we[1:]),
        ("{mods}", mods),
        ("{Mods}", mods[0].upper() + mods[1:]),
    ):
        text = text.replace(key, value)
    return text


def _title_case_235(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if (i and w in _SMALL_235) or w[:1].isupper() else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def _marker_235(shape: str, n: int) -> str:
    """The marker printed before the ``n``-th item (from 1) in the site's ``shape``."""
    letter = "abcdefghijklmnop"[n - 1]
    roman = _ROMAN_235[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i)": f"{roman})",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "Rule": f"Rule {n}",
        "No.": f"No. {n}",
        "clause": f"{n}.",
    }.get(shape, shape)


def _items_235(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-235 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per document: the site's word for what readers send (a quarter of sites never saying "comment", nor their
    title, opening or closing), its name and its moderators; two to five items (0.35) or six to sixteen, in the
    table's order (0.5) or drawn; one to three sentences an item, in the table's order. Per site: a heading case
    (sentence, title or capitals), headings left off (0.15), printed as their own part (with a stop, a colon or
    nothing) or run in before the first sentence (after a colon, a stop or a dash, the sentence then in lower case
    half the time), a marker shape or none (a "Rule n" or "No. n" before the heading or sentence, then a dash, a
    colon or a stop; "clause" numbering each sentence of item n as n.1, n.2 ...), the heading between asterisks on a
    forum (0.08); opening, closing and title lines by ``_furnish``."""
    plain = rng.random() < 0.25  # the site never says "comment"
    words = [w for w in WORDS_235 if not plain or w[0] != "comment"]
    word = rng.choice(words)
    site = rng.choice(SITES_235)

    def fill(text: str) -> str:
        return _fill_235(text, word, site)

    def keep(texts: tuple[str, ...]) -> list[str]:
        filled = [fill(t) for t in texts]
        return [t for t in filled if not plain or not _says_comment(t)]

    count = rng.randint(2, 5) if rng.random() < 0.35 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = [REWORDINGS_235[i] for i in sorted(rng.sample(range(len(REWORDINGS_235)), count))]
    else:
        chosen = rng.sample(REWORDINGS_235, count)
    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    bare = rng.random() < 0.15
    placing = rng.choice(("own", "own", "own", "run"))
    stop = (
        rng.choice(("", "", ".", ":")) if placing == "own" else rng.choice((":", ":", ".", " \u2013", " -", " \u2014"))
    )
    lower = placing == "run" and stop in (" \u2013", " -", " \u2014") and rng.random() < 0.5
    shape = rng.choice(_SHAPES_235)
    starred = not bare and shape in ("none", "\u2022", "-", "*") and rng.random() < 0.08
    rule_joiner = rng.choice((" \u2013 ", ": ", ". "))  # after "Rule n" or "No. n"
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = rng.choice(keep(headings) or [""])
        if case == "title":
            heading = _title_case_235(heading)
        elif case == "upper":
            heading = heading.upper()
        pool = keep(sentences)
        start = rng.randrange(len(pool))
        said = pool[start : start + rng.randint(1, 3)]
        if shape == "clause":
            said = [f"{n}.{k} {s}" for k, s in enumerate(said, 1)]
        mark = "" if shape in ("none", "clause") else _marker_235(shape, n)
        if bare or not heading:
            if shape in ("Rule", "No."):
                said[0] = f"{mark}{rule_joiner}{said[0]}"
            elif mark:
                said[0] = f"{mark} {said[0]}"
            items.append(("", *said))
            continue
        if starred:
            heading = f"*** {heading} ***"
        elif heading[-1] != "?":
            heading += stop if placing == "own" or stop[0] != " " else ""
        if shape in ("Rule", "No."):
            heading = f"{mark}{rule_joiner}{heading}"
        elif shape == "clause":
            heading = f"{n}. {heading}"
        elif mark:
            heading = f"{mark} {heading}"
        if placing == "run" and not starred:
            first = said[0]
            if lower and heading[-1] != "?" and first[:2] != "I " and not first[:2].isupper():
                first = first[0].lower() + first[1:]
            joiner = stop if stop[0] == " " and heading[-1] != "?" else ""
            items.append(("", f"{heading}{joiner} {first}", *said[1:]))
        else:
            items.append((heading, *said))
    intros = keep(POLICY_INTROS_235)
    closings = keep(POLICY_CLOSINGS_235)
    titles = keep(POLICY_TITLES_235)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_235)
