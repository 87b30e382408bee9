"""The ``reworded-204`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Falklands and St Helena news, Welsh Marches papers, Appalachian coal-county weeklies, triathlon
clubs, woodturners' guilds, bereaved parents' forums, mutual-housing boards, ferry-preservation volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices, and five sentences (an item prints one to three of them). ``{c}`` / ``{cs}`` is
#: the site's word for what readers send (``{C}`` / ``{Cs}`` capitalised), ``{v}`` its verb for sending it
#: (``{vg}`` its gerund) and ``{area}`` where it appears. Written in British spelling; a document may print it in
#: American (``AMERICAN_204``).
REWORDINGS_204 = (
    (  # civility
        (
            "Be kind",
            "Respect Each Other",
            "Play the ball, not the player",
            "Courtesy costs nothing",
            "Is robust debate allowed?",
        ),
        (
            "Disagree by all means, but do it politely.",
            "Personal attacks on other members, our staff or the people we write about will be removed.",
            "Remember there is a real person reading your {c}, and quite possibly a neighbour.",
            "Sarcasm and point-scoring rarely come across well in writing, so think twice before you {v}.",
            "Treat everyone here as you would at a club night or a parish meeting.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Zero tolerance for bigotry", "Hateful content", "What counts as hate speech?"),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexuality, age or disability will be deleted.",
            "Remarks about incomers, islanders, the English or the Welsh as a group will not be published.",
            "We do not allow slurs of any kind, even when quoted or spelled with symbols.",
            "Anyone stirring up hatred against a group will be removed from {area} without warning.",
            "Jokes that rely on stereotypes are not welcome here either.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "Can I share contact details?",
            "Protect Your Privacy",
        ),
        (
            "Do not post anyone's address, phone number, registration plate or place of work.",
            "Please do not share your own email address or phone number in a {c}; use private messages instead.",
            "Photographs of other people, their homes or their children must not be posted without their permission.",
            "In a small community people are easy to identify, so avoid details that could point to someone.",
            "We will remove {cs} that name tenants, neighbours or staff in connection with a complaint.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Looking after each other",
            "Protecting young members",
            "What if someone is at risk?",
        ),
        (
            "Never name or identify a child involved in an incident, a court case or a family dispute.",
            "If a member tells you they are in danger or thinking of ending their life, please contact the admin team straight away.",
            "Junior members' details and photographs may only be posted by the club's welfare officer.",
            "If you are worried about someone's safety, call 999 first, then let us know.",
            "Any {c} that puts a child or a vulnerable adult at risk will be passed to the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "How We Moderate"),
        (
            "All {cs} are read by a volunteer moderator before they appear.",
            "Our moderators are volunteers, so please allow up to 48 hours, longer at weekends and on public holidays.",
            "New members' first few {cs} are held for approval.",
            "{Cs} containing links go into a queue and are checked by hand.",
            "Because of the time difference, {cs} sent overnight will not be approved until the office opens on Stanley time.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Wrong board?", "One topic per thread"),
        (
            "Please keep your {c} relevant to the article or thread you are replying to.",
            "Off-topic {cs} may be moved to the general board or removed.",
            "Before starting a new thread, check whether the subject is already being discussed.",
            "Questions about a specific lathe, bike or boat belong in the relevant section, not in the news threads.",
            "Discussion of politics and religion is best kept to the places set aside for it.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise?", "Commercial posts", "Links"),
        (
            "Do not use {area} to advertise goods or services.",
            "Members may offer tools and timber for sale in the classifieds section only.",
            "Repeated links to your own business, page or fundraiser will be treated as spam.",
            "Chain letters, surveys and petitions need the committee's approval first.",
            "Spam accounts are deleted without notice.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "One person, one account", "Usernames", "Who can {v}?"),
        (
            "Please register using your real name; it is how we keep {area} friendly.",
            "Each member may hold one account only, and accounts must not be shared.",
            "Usernames that are offensive or that impersonate another person or organisation will be changed or removed.",
            "You must be a current member of the club or a tenant member of the co-operative to {v}.",
            "Keep your password to yourself; you are responsible for everything posted from your account.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Court cases", "Don't break the law", "Could I be sued?"),
        (
            "Do not make claims about a named person that you cannot prove; it could be libellous.",
            "Once someone has been charged, do not speculate about their guilt or about the evidence.",
            "The laws of the Falkland Islands and of St Helena on contempt and defamation apply here just as they do in print.",
            "You, not the paper, are legally responsible for what you {v}.",
            "We may be required to hand over details of a {c} to the police or the courts.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and other people's work", "Quoting", "Whose picture is it?", "Intellectual property"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Do not copy whole articles from other papers; a short quote and a link will do.",
            "Credit the photographer when you share a picture of a ship, a turning or a race.",
            "By posting a photo you allow us to show it on the site and in the newsletter.",
            "Material that infringes copyright will be removed on request.",
        ),
    ),
    (  # reporting
        ("Reporting a {c}", "Report it", "Seen something wrong?", "How to report", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "Please email the moderators with a link to the {c} and a short reason.",
            "Reports are confidential, and the person reported will not be told who made them.",
            "Please do not argue with a rule-breaker in public; report it and let us deal with it.",
            "We look at every report, although we may not reply to each one.",
        ),
    ),
    (  # editor's discretion
        ("Our decision", "Editor's discretion", "The final say", "Moderators' decisions", "Can I appeal?"),
        (
            "The editor's decision on publishing any {c} is final.",
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "Threads may be locked or closed at any time, for example while a case is before the courts.",
            "Publication of a {c} does not mean the paper, the guild or the board agrees with it.",
            "If you think a decision was wrong, write to the committee privately rather than raising it on the board.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Something we got wrong"),
        (
            "If we have got something wrong, please email the newsroom rather than leaving a {c}; we will put it right.",
            "Corrections are printed in the next edition and noted at the foot of the online article.",
            "Tips, photographs and stories for the paper are always welcome at the office.",
            "Race results that need correcting should go to the results secretary, not the forum.",
            "Sightings and updates on the vessel's restoration can be sent to the volunteer coordinator.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Swearing", "Write clearly"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "This is a family paper, and {cs} should be fit for a family to read.",
            "Please avoid writing in capital letters; it reads as shouting.",
            "{Cs} in English or Welsh are welcome.",
            "Text-speak and long strings of emojis make {cs} hard to read.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Consequences", "Three strikes", "What happens if I break the rules?", "Suspensions"),
        (
            "Members who break these rules will receive a warning by private message.",
            "A second breach may lead to a suspension, and a third to a permanent ban.",
            "Serious breaches, such as threats or hate, will lead to an immediate ban.",
            "Banned members may not rejoin under another name.",
            "Suspensions are recorded, and repeated suspensions are reported to the committee.",
        ),
    ),
    (  # safety and advice
        ("Advice", "Safety first", "A word of caution", "Is the advice here professional?", "Health and wellbeing"),
        (
            "Advice shared here comes from members' own experience and is no substitute for a doctor, counsellor or solicitor.",
            "Always wear a face shield and follow the manufacturer's guidance, whatever a {c} suggests.",
            "Check any training plan with your coach or GP before you start it.",
            "For disputes about repairs or rent, contact the housing office directly.",
            "If you are struggling, the helpline is open every evening and you do not have to be a member to call it.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (formatted with the site's words).
TITLES_204 = (
    "House rules",
    "Forum Rules",
    "{C} guidelines",
    "Posting Guidelines",
    "Community Guidelines",
    "Guidelines for Members",
    "Rules of the board",
    "Before you {v}",
    "Our {c} policy",
    "Terms of Use",
    "Rheolau / Rules",
)

INTROS_204 = (
    "We welcome your {cs}, but please read the following before you {v}.",
    "By {vg} you agree to abide by these rules.",
    "These rules are here to keep {area} a safe and friendly place for everyone.",
    "This is a small community and we would like it to stay a kind one.",
    "Please take a moment to read our guidelines.",
    "The committee has agreed the following rules for {area}.",
)

CLOSINGS_204 = (
    "Thank you for helping us keep {area} friendly.",
    "Any questions? Contact the moderators.",
    "These rules may be updated from time to time.",
    "The Admin Team",
    "Last reviewed by the committee, March 2025.",
    "Thank you, and happy {vg}.",
    "Full terms and conditions apply.",
)

#: British spellings in the lists above and their American forms.
AMERICAN_204 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "libellous": "libelous",
    "counsellor": "counselor",
}

#: The site's word for what readers send: (singular, plural, verb, its gerund); the first says "comment".
_WORDS = (
    ("comment", "comments", "comment", "commenting"),
    ("post", "posts", "post", "posting"),
    ("message", "messages", "post", "posting"),
    ("reply", "replies", "post", "posting"),
    ("contribution", "contributions", "contribute", "contributing"),
)
_AREAS_COMMENT = ("the comments", "the comments section", "our comment threads")
_AREAS = ("the forum", "the board", "this site", "the message board", "the discussion pages")

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w.lower() in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if case == "sentence":
        text = heading[:1].upper() + heading[1:].lower()
        return text.replace(" i ", " I ")
    return heading


def _marker(shape: str, n: int) -> str:
    romans = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
    letter = "abcdefghijklmnop"[n]
    return {
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "(1)": f"({n + 1}) ",
        "Rule 1:": f"Rule {n + 1}: ",
        "1 -": f"{n + 1} - ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{romans[n]}. ",
        "(i)": f"({romans[n]}) ",
        "I.": f"{romans[n].upper()}. ",
        "•": "\u2022 ",
        "-": "- ",
        "*": "* ",
        "–": "\u2013 ",
        "·": "\u00b7 ",
        "": "",
    }[shape]


def _items_204(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-204 policy. Draws: the site's word for what readers send (a quarter of sites never say "comment")
    and where it appears; two to five items (0.3) or six to all sixteen, in the table's order (0.5) or drawn; a most
    of one to three sentences an item, each item one up to it; headings in one case a site (as written, title,
    sentence or capitals), on their own part (bare, with a stop or colon, or bracketed), run in before a colon, stop
    or dash, asked and answered (question headings as "Q:" and the sentence as "A:", 0.15), or none (0.15); a marker
    shape (numbers, letters, roman numerals, bullets, or none) on each item's first part; then the opening, closing
    and title lines by ``_furnish``."""
    if rng.random() < 0.25:
        c, cs, v, vg = rng.choice(_WORDS[1:])
        area = rng.choice(_AREAS)
    else:
        c, cs, v, vg = _WORDS[0] if rng.random() < 0.7 else rng.choice(_WORDS[1:])
        area = rng.choice(_AREAS_COMMENT + _AREAS)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "v": v, "vg": vg, "area": area}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_204))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_204[i] for i in sorted(rng.sample(range(len(REWORDINGS_204)), count))]
    else:
        chosen = rng.sample(REWORDINGS_204, count)
    most = rng.choice((1, 1, 2, 2, 3))
    case = rng.choice(("as", "as", "title", "sentence", "upper"))
    place = rng.choice(("own", "own", "runin", "runin", "bracket", "none"))
    own_stop = rng.choice(("", "", ".", ":"))
    runin_sep = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    qa = rng.random() < 0.15
    shapes = ("1.", "1.", "1)", "(1)", "Rule 1:", "1 -", "a)", "(a)", "A.", "i.", "(i)", "I.", "•", "•", "-", "*")
    shape = rng.choice((*shapes, "–", "·", "", "", ""))

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen):
        heading = fill(rng.choice(headings))
        said = [fill(s) for s in rng.sample(sentences, rng.randint(1, most))]
        heading = _cased(heading, case)
        if place == "none":
            parts = ["", *said]
        elif qa and heading.endswith("?"):
            parts = ["Q: " + heading, "A: " + said[0], *said[1:]]
        elif place == "bracket":
            parts = [f"[{heading}]", *said]
        elif place == "runin":
            sep = " " if heading.endswith("?") else runin_sep
            parts = ["", heading + sep + said[0], *said[1:]]
        else:
            stop = "" if heading.endswith("?") else own_stop
            parts = [heading + stop, *said]
        mark = _marker(shape, n)
        first = 0 if parts[0] else 1
        parts[first] = mark + parts[first]
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [fill(t) for t in INTROS_204],
        [fill(t) for t in CLOSINGS_204],
        [fill(t) for t in TITLES_204],
        AMERICAN_204,
    )
