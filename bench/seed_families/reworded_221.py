"""The ``reworded-221`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Kiribati and Nauru English news, Hebridean ferry-island bulletins, Oklahoma panhandle weeklies,
dragon-boat clubs, lace-makers' guilds, endometriosis forums, narrowboat moorings boards, windmill trust volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, without reading the cleaner's
code, its docs or reports, nor other families' sentences (only ``reworded-6``'s module, for its structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case, printed without a stop; a question keeps its mark) and five
#: sentences, of which an item prints one to three. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's word for what
#: readers send. Written in British spelling; ``AMERICAN_221`` turns a document American.
REWORDINGS_221 = (
    (  # civility
        ("Be kind", "Treat others as you would be treated", "Courtesy costs nothing", "Why be polite?", "Civility"),
        (
            "Please be courteous to other members, even when you disagree with them.",
            "Disagree with the point being made, not with the person making it.",
            "Sarcasm, name-calling and point-scoring put people off joining in, so please leave them at the door.",
            "Remember there is a real person reading your {c}, often a neighbour or a fellow volunteer.",
            "A friendly tone goes a long way on a board this size.",
        ),
    ),
    (  # hatred
        ("No hate", "Hateful content", "Respect for all", "Discrimination", "What counts as hate speech?"),
        (
            "{Cs} that attack people for their race, religion, island of origin, sex, disability or sexuality "
            "will be removed.",
            "We do not tolerate racism, sexism, homophobia or any other kind of bigotry.",
            "Stereotyping whole communities, whether islanders, incomers or townsfolk, is not acceptable here.",
            "Jokes at the expense of a group are still hateful, however they are meant.",
            "Anyone posting hateful material will be removed from the forum without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Personal information",
            "Protect your privacy",
            "Can I share someone's details?",
        ),
        (
            "Do not post anyone's address, phone number, email or mooring location without their permission.",
            "For your own safety, avoid sharing your full name, address or health records in a public {c}.",
            "Please do not name or tag people in photos unless they have agreed to it.",
            "Private messages between members should stay private and must not be copied into the public forum.",
            "If you have posted something you regret, contact a moderator and we will remove it.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and vulnerable people", "Looking after each other", "Juniors", "Are you safe?"),
        (
            "Photographs of junior paddlers may only be posted with written consent from a parent or guardian.",
            "Never share the name, school or whereabouts of a child.",
            "If you are worried about a member's welfare, please tell the welfare officer rather than posting.",
            "If you are in crisis or feel unsafe, contact your local emergency services straight away.",
            "Any {c} raising a safeguarding concern will be passed to the club's designated safeguarding lead.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "All {cs} are read by a volunteer before they appear, which may take a day or two.",
            "The moderators are volunteers, so {cs} sent at weekends or over holidays may wait longer.",
            "Your first few {cs} will be held for approval; after that they should appear straight away.",
            "Please do not post the same {c} again if it does not show at once.",
            "Connections to the islands can be slow, and {cs} are checked when the office is open.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is it relevant?", "Use the right section"),
        (
            "Keep your {cs} relevant to the story or thread you are replying to.",
            "Please start a new thread for a new subject rather than adding it to an old one.",
            "Off-topic {cs} may be moved to the general section or removed.",
            "Ferry timetable queries belong in the travel section, not under news stories.",
            "Threads that drift too far from the subject may be locked.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "For sale and wanted", "Can I advertise?"),
        (
            "Commercial advertising is not allowed, but members may list private sales in the classifieds section.",
            "Links to shops, pattern sellers or your own business will be removed unless a moderator has agreed.",
            "Mooring sales and sub-lets must go through the board's noticeboard, never the discussion threads.",
            "Spam, chain letters and repeated posting of the same link will lead to a ban.",
            "Appeals on behalf of a charity or organisation need the committee's approval first.",
        ),
    ),
    (  # real names and accounts
        (
            "Real names",
            "Your account",
            "One account each",
            "Usernames",
            "Who can post?",
            "Are you who you say you are?",
        ),
        (
            "We ask members to post under their real name, or at least a first name and island.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Do not pretend to be another person, a club official or a member of staff.",
            "Usernames that are offensive or misleading will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "Stay within the law", "Could it land you in court?"),
        (
            "Do not post anything that could be defamatory: if you cannot prove it, do not say it.",
            "Do not discuss the details of cases before the courts, as this could prejudice a trial.",
            "Allegations of crime against named people will not be published.",
            "{Cs} must comply with the law of the country where this site is published, and of your own.",
            "You, not the site, are legally responsible for what you write.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Patterns and photos", "Credit where it's due", "Can I share a pattern?"),
        (
            "Do not post patterns, photos or articles that you do not own the rights to.",
            "Published lace patterns are copyright and must not be copied into the forum, even in part.",
            "If you share a photo, make sure you took it or have the photographer's permission.",
            "A short quote with a link to the source is fine; whole articles are not.",
            "By posting your own work you allow us to display it on this site but you keep your copyright.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging posts", "Tell us"),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "Please report problems to the moderators by private message or email.",
            "Reports are anonymous; the member concerned will not be told who made them.",
            "Do not argue with a troll: report the {c} and move on.",
            "Every report is looked at; we apologise that we cannot always say what action was taken.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "Removal of posts",
            "Why was my {c} removed?",
        ),
        (
            "The editor may edit, refuse or remove any {c} without giving a reason.",
            "We reserve the right to close any thread to new {cs} at any time.",
            "The moderators' decision is final and will not be discussed on the open forum.",
            "Publication of a {c} does not mean the trust or the paper agrees with it.",
            "We may shorten long {cs} to fit.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Tell the newsroom"),
        (
            "If you think we have got something wrong, email the newsroom rather than leaving a {c}.",
            "Corrections are published on this page as soon as they are confirmed.",
            "Story ideas and tips are always welcome; send them to the editor in confidence.",
            "Notices of sailings, meetings and events should go to the bulletin's editor by Thursday noon.",
            "We cannot reply to every tip, but every one is read.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Which language?", "Writing style"),
        (
            "Please keep your language clean; swearing, even with asterisks, will be removed.",
            "{Cs} in English are welcome, and so are {cs} in Gilbertese, Nauruan or Gaelic.",
            "Avoid writing in capitals, which reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read; please write in full.",
            "Keep it family-friendly: younger members read this board too.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "Members who break these rules will first get a warning from a moderator.",
            "A second breach may lead to a suspension; a third will lead to a permanent ban.",
            "Serious breaches, such as threats or hate, will lead to an immediate ban.",
            "Banned members who return under a new name will be removed again.",
            "Persistent bad behaviour, however minor each time, will also lead to a ban.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Safety first", "Advice on this forum", "Not professional advice", "Is this advice?"),
        (
            "Nothing posted here is medical advice; always talk to your own doctor or specialist.",
            "Please do not recommend stopping or changing medication.",
            "Share your own experience by all means, but do not tell others what treatment to have.",
            "Never climb the mill, touch the sails or work the brake unless a trained volunteer is with you.",
            "Advice on locks, weirs and moorings given here is no substitute for the navigation authority's.",
        ),
    ),
)


#: Titles, opening and closing lines (``_furnish`` draws one each; ``{Cs}`` etc. as above).
TITLES_221 = (
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "{C} Policy",
    "Community Guidelines",
    "Rules of the Board",
    "Before you post",
    "Forum etiquette",
    "Guidelines for {cs}",
    "Noticeboard rules",
    "Moderation policy",
    "Please read before posting",
)

INTROS_221 = (
    "Welcome to the forum. Please read these rules before you post.",
    "Mauri, and welcome. We ask everyone who posts here to follow a few simple rules.",
    "This board is run by volunteers for members and friends of the trust.",
    "We welcome {cs} from readers, provided they keep to the guidelines below.",
    "By posting you agree to the following.",
    "These rules were agreed by the committee and apply to everyone.",
)

CLOSINGS_221 = (
    "Thank you for helping to keep this a friendly place.",
    "The full terms of use are on the About page.",
    "Questions about these rules? Contact the moderators.",
    "These rules may be changed at any time.",
    "Happy paddling!",
    "Thank you, and enjoy the forum.",
    "Rules last reviewed by the committee in March.",
)

#: British spellings in the lists above and their American forms.
AMERICAN_221 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "apologise": "apologize",
    "offence": "offense",
}

_WORDS = (("comment", "comments"),) * 12 + (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes; "" prints none. "1" is replaced by the item's number, "a" by its letter, "i" by its roman numeral.
_SHAPES = (
    "",
    "",
    "",
    "1.",
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "\u2022",
    "*",
    "-",
    "\u2013",
    "o",
    ">",
    "Rule 1:",
    "No. 1",
)


def _case(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _MINOR else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return heading


def _mark(shape: str, n: int) -> str:
    if not shape:
        return ""
    if "1" in shape:
        return shape.replace("1", str(n)) + " "
    if shape in ("a)", "(a)"):
        return shape.replace("a", "abcdefghijklmnop"[n - 1]) + " "
    if shape == "A.":
        return "ABCDEFGHIJKLMNOP"[n - 1] + ". "
    if shape in ("i.", "(i)"):
        return shape.replace("i", _ROMAN[n - 1], 1) + " "
    if shape == "I.":
        return _ROMAN[n - 1].upper() + ". "
    return shape + " "


def _items_221(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-221 policy, drawn per site: its word for what readers send (one site in four never says
    "comment"); two to five items (0.3) or six to sixteen, in the table's order (0.5) or shuffled; one to three of
    a kind's sentences an item; a heading case (sentence, title, capitals, lower), headings on their own part
    (with a stop, a colon or nothing, none after brackets or asterisks) or run in before a colon, a stop or a dash, or none (0.15); a marker shape
    or none; and the site's own printings (0.2 each): headings in square brackets or between asterisks, a line
    of dashes under each heading on its own part, later sentences of an item as dashed sub-points, question
    headings as "Q:" and "A:", a moderators' sign-off line. Then the opening, closing and title by
    ``_furnish``."""
    c, cs = rng.choice(_WORDS)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_221)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_221)), count)
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    bare = rng.random() < 0.15
    place = rng.choice(("own", "own", "run"))
    stop = rng.choice(("", "", ".", ":")) if place == "own" else rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    shape = rng.choice(_SHAPES)
    brackets = rng.random() < 0.2
    stars = not brackets and rng.random() < 0.2
    underline = place == "own" and rng.random() < 0.2
    subpoints = rng.random() < 0.2
    qanda = rng.random() < 0.2
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_221[index]
        said = [s.format(**words) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        if subpoints and len(said) > 1:
            said = [said[0]] + [rng.choice(("- ", "\u2013 ", "\u00b7 ")) + s for s in said[1:]]
        heading = "" if bare else _case(rng.choice(headings).format(**words), case)
        question = heading.endswith("?")
        if heading and brackets:
            heading = f"[{heading}]"
        elif heading and stars:
            heading = f"*{heading}*"
        if question and qanda:
            heading = "Q: " + heading
            said[0] = "A: " + said[0]
        mark = _mark(shape, n)
        if not heading:
            items.append(("", mark + said[0], *said[1:]))
        elif place == "run":
            sep = " " if question else stop
            items.append(("", mark + heading + sep + said[0], *said[1:]))
        else:
            head = mark + heading + ("" if question or brackets or stars else stop)
            if underline:
                items.append((head, "-" * len(head), *said))
            else:
                items.append((head, *said))
    if rng.random() < 0.2:
        items.append(("", rng.choice(("\u2014 The Moderators", "Admin team", "The Editor", "Mods", "- Committee"))))
    titles = [t.format(**words) for t in TITLES_221]
    intros = [t.format(**words) for t in INTROS_221]
    return _furnish(items, rng, intros, CLOSINGS_221, titles, AMERICAN_221)
