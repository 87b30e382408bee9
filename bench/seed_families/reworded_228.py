"""The ``reworded-228`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bermuda news, Ceredigion farming papers, Louisiana bayou weeklies, archery clubs, folk-dance
societies, celiac forums, allotment federations, heritage tram volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules and noticeboard
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Held out (2026-12-05). Per item kind: heading choices (sentence case, without their stop; a question among them),
#: and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` are the
#: site's word for what readers send (singular, plural, capitalised), ``{we}`` the site as it names itself and
#: ``{mods}`` the people who moderate it. Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_228``).
REWORDINGS_228 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Keep it friendly",
            "Why be polite?",
        ),
        (
            "Treat everyone here as you would at a club night or a parish meeting.",
            "Disagree by all means, but do it with good manners.",
            "Personal attacks, name-calling and sneering at other readers' {cs} will be removed.",
            "Remember there is a real person, often a neighbour, reading your {c}.",
            "Goading others into an argument is not welcome on {we}.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Everyone is welcome",
            "Zero tolerance",
            "What counts as hate?",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality or disability.",
            "That includes so-called jokes and remarks aimed at incomers, islanders or any other group.",
            "Slurs are removed however they are spelled or disguised.",
            "{Cs} stirring up hatred may be passed to the police.",
            "One breach of this rule is enough for a permanent ban.",
        ),
    ),
    (  # privacy
        ("Privacy", "Respect privacy", "Personal details", "Do not share private information", "Can I name someone?"),
        (
            "Do not post anyone's address, phone number, email or workplace, including your own.",
            "Please do not share photographs of other members without asking them first.",
            "Do not name private individuals involved in a story unless they have been named by us.",
            "Private conversations and emails should stay private.",
            "If you need to contact another member, use the private message button, not the open board.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Junior members",
            "Who do I tell about a concern?",
        ),
        (
            "Never post the name, school or photograph of a child without a parent's written consent.",
            "Under-16s should only take part with a parent or guardian's permission.",
            "Any {c} that puts a child or vulnerable adult at risk will be removed and may be reported.",
            "If you are worried about someone's welfare, contact our welfare officer in confidence.",
            "Adults must not ask junior members for private contact details.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "Please be patient"),
        (
            "All {cs} are read by a moderator before they appear.",
            "{mods} are volunteers, so approval can take a day or two, longer at weekends and during the show season.",
            "Posting the same {c} again will not make it appear sooner.",
            "New members' first few {cs} are held for checking.",
            "{Cs} are not moderated overnight or on public holidays.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Right board, right thread", "Is it relevant?"),
        (
            "Please keep your {c} to the subject of the article or thread.",
            "General chat belongs in the Tea Room board, not in the news threads.",
            "Threads that drift badly will be locked or split.",
            "Before starting a new topic, search to see whether it has already been discussed.",
            "Politics and religion are off limits unless they are the subject of the story.",
        ),
    ),
    (  # advertising/spam
        ("No advertising", "Spam and selling", "Commercial posts", "Can I advertise my business?", "Self-promotion"),
        (
            "Do not use {cs} to advertise goods, services or events.",
            "Members may sell surplus kit or seedlings in the Swaps and Sales board only.",
            "Links to shops, fundraising pages or petitions will be removed.",
            "Businesses wishing to reach our readers should contact the advertising department.",
            "Repeated spam gets the account deleted without warning.",
        ),
    ),
    (  # real names/accounts
        ("Your account", "Real names", "One person, one account", "Registration", "Who can post?"),
        (
            "You must register and sign in before you can post.",
            "We ask members to use their real name, or at least the name they are known by at the club.",
            "Do not create more than one account or pretend to be someone else.",
            "You are responsible for everything posted from your account.",
            "Accounts left unused for two years may be closed.",
        ),
    ),
    (  # the law
        ("The law", "Stay legal", "Libel and contempt", "Court cases", "Could this get you sued?"),
        (
            "Do not post anything that is defamatory, threatening or otherwise unlawful.",
            "Making an allegation about a named person can land you, and us, in court.",
            "Do not speculate about the guilt or innocence of anyone facing criminal charges.",
            "Breaking a court order or reporting restriction is contempt of court.",
            "We will co-operate with the police where the law requires it.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and words", "Other people's work", "Can I post a photo?", "Quoting"),
        (
            "Only post words, photographs and video that you own or have permission to use.",
            "Quote a short passage if you must, and say where it came from.",
            "Do not copy whole articles from other papers or websites.",
            "By posting you give us the right to republish your {c} in print or online.",
            "Copyright in our photographs belongs to the paper and they may not be reused without permission.",
        ),
    ),
    (  # reporting
        ("Reporting a {c}", "Report a problem", "Spotted something wrong?", "Flagging", "How do I report a {c}?"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Tell us briefly which rule it breaks, so we can act quickly.",
            "Reports are anonymous; the member will not be told who made them.",
            "Please do not reply to a troublesome {c}, just report it.",
            "You can also email the moderators with a link to the {c}.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' decisions",
            "Our right to remove",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The decision of {mods} is final and will not be discussed on the open board.",
            "If you disagree with a decision, write to us privately.",
            "Publication of a {c} does not mean we agree with it.",
            "We may close a thread to {cs} at any time.",
        ),
    ),
    (  # corrections/news tips
        ("Corrections", "Got a story?", "News tips", "Errors in our reports", "Something we missed?"),
        (
            "If you spot a mistake in one of our stories, please email the newsroom rather than leaving a {c}.",
            "Corrections are made as quickly as we can check them.",
            "News tips, show results and photographs are always welcome by email.",
            "Please include a phone number so a reporter can get back to you.",
            "Notices of deaths, births and marriages are handled by the announcements desk.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write clearly", "Which language?"),
        (
            "No swearing, including swear words with letters replaced by stars.",
            "Please post in English, or in Welsh on the Welsh-language boards, so that everyone can follow.",
            "Do not write in capital letters; it reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to follow.",
            "Keep {cs} short and to the point.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will first receive a warning.",
            "A second breach can lead to a suspension of up to thirty days.",
            "Serious or repeated breaches mean a permanent ban.",
            "Banned members who re-register under another name will be removed again.",
            "Details of warnings are kept on the member's record for twelve months.",
        ),
    ),
    (  # safety/advice
        ("Advice and safety", "Medical advice", "Safety first", "Not professional advice", "Can I trust advice here?"),
        (
            "Advice shared here comes from members' own experience and is no substitute for professional help.",
            "Check with a doctor, dietitian or qualified coach before acting on anything you read here.",
            "Follow the safety rules of your club or site, whatever another member says worked for them.",
            "We cannot vouch for claims made about products, treatments or equipment.",
            "If someone is in danger, call the emergency services, not {mods}.",
        ),
    ),
)

#: A site's word for what its readers send (singular, plural), when it does not say "comment" (a quarter of sites).
WORDS_228 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

#: How a site names itself, and its moderators.
SITES_228 = (
    ("this site", "the moderators"),
    ("the paper's website", "the editors"),
    ("the forum", "the forum team"),
    ("the club website", "the committee"),
    ("the society's noticeboard", "the society's officers"),
    ("the federation's board", "the board administrators"),
    ("our pages", "the newsroom"),
    ("the volunteers' forum", "the admin team"),
)

POLICY_INTROS_228 = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers, provided they keep to the rules below.",
    "By taking part you agree to the following.",
    "{we} is a friendly place and we would like to keep it that way.",
    "These guidelines apply to every {c} on {we}.",
    "A few simple rules keep the discussion useful for everyone.",
)

POLICY_CLOSINGS_228 = (
    "Thank you for helping to keep {we} a pleasant place.",
    "These rules may change from time to time.",
    "Questions about these rules should go to {mods}.",
    "Happy posting!",
    "We reserve the right to update these guidelines without notice.",
    "Thank you for reading.",
)

POLICY_TITLES_228 = (
    "House rules",
    "Posting rules",
    "Community guidelines",
    "Forum rules",
    "Rules for {cs}",
    "Our {c} policy",
    "Before you post",
    "Noticeboard guidelines",
    "Terms of use for {cs}",
)

#: British spellings in the table above and their American forms.
AMERICAN_228 = {
    "neighbour": "neighbor",
    "programme": "program",
    "organisation": "organization",
    "behaviour": "behavior",
    "offence": "offense",
    "colour": "color",
    "favour": "favor",
    "co-operate": "cooperate",
    "recognise": "recognize",
    "licence": "license",
}

#: Lowercase words in a title-case heading.
_SMALL_228 = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "by", "at"}

_ROMAN_228 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

_WELSH_228 = (
    "Parch",
    "Casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadw at y pwnc",
    "Hysbysebu",
    "Eich cyfrif",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Penderfyniad y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion",
    "Cyngor",
)


#: Marker shapes a site may print before its items (``_marker_228``), "none" the likeliest.
_SHAPES_228 = ("none", "none", "none", "1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "Rule", "Rule-")
_SHAPES_228 += ("•", "•", "-", "*", "▪", "»")


def _fill_228(text: str, word: tuple[str, str], site: tuple[str, str]) -> str:
    c, cs = word
    we, mods = site
    text = text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize())
    text = text.replace("{cs}", cs).replace("{c}", c)
    if text.startswith("{we}"):
        text = we[0].upper() + we[1:] + text[4:]
    if text.startswith("{mods}"):
        text = mods[0].upper() + mods[1:] + text[6:]
    return text.replace("{we}", we).replace("{mods}", mods)


def _title_case_228(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if i and w.lower() in _SMALL_228 else (w[0].upper() + w[1:] if w else w) for i, w in enumerate(words)
    )


def _marker_228(shape: str, n: int) -> str:
    """The marker of the ``n``-th item (from 0) in a site's ``shape``, with its trailing space; "" for none."""
    letter = "abcdefghijklmnop"[n]
    return {
        "none": "",
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "(1)": f"({n + 1}) ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{_ROMAN_228[n]}. ",
        "(i)": f"({_ROMAN_228[n]}) ",
        "I.": f"{_ROMAN_228[n].upper()}. ",
        "Rule": f"Rule {n + 1}: ",
        "Rule-": f"Rule {n + 1} – ",
        "•": "• ",
        "-": "- ",
        "*": "* ",
        "▪": "▪ ",
        "»": "» ",
    }[shape]


def _items_228(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-228 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site: its word for what readers send (a quarter of sites never say "comment"), how it names itself and its
    moderators; two to five items (0.35) or six to sixteen, in the table's order (0.5) or drawn; one to three of a
    kind's sentences an item (up to the site's own most, in the table's order); a heading case (sentence, title or
    capitals), headings left out (0.15), printed as their own part or run in before a stop, colon or dash; a marker
    shape or none; and printings of its own, drawn per site: Welsh headings before the English ones (0.12), a stop
    after a heading on its own part (0.4), the whole item run into one part (0.1), a last-updated line (0.12). The
    title, opening and closing lines by ``_furnish``."""
    word = rng.choice(WORDS_228) if rng.random() < 0.25 else ("comment", "comments")
    site = rng.choice(SITES_228)
    count = rng.randint(2, 5) if rng.random() < 0.35 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_228)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_228)), count)
    most = rng.choice((1, 2, 2, 3))  # the most sentences this site prints under a heading
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    bare = rng.random() < 0.15  # no headings at all
    placing = rng.choice(("own", "own", "own", ":", ".", " –", " -", " —"))
    stop = "." if rng.random() < 0.4 else ""  # after a heading on its own part
    shape = rng.choice(_SHAPES_228)
    if shape == "Rule" and placing == ":":  # not "Rule 1: Heading: ..."
        shape = "Rule-"
    welsh = rng.random() < 0.12
    run_whole = rng.random() < 0.1  # heading and sentences printed as one part
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_228[kind]
        heading = "" if bare else _fill_228(rng.choice(headings), word, site)
        if heading:
            if case == "title":
                heading = _title_case_228(heading)
            elif case == "upper":
                heading = heading.upper()
            if welsh:
                cymraeg = _WELSH_228[kind].upper() if case == "upper" else _WELSH_228[kind]
                heading = f"{cymraeg} / {heading}"
        picks = sorted(rng.sample(range(5), rng.randint(1, most)))
        said = [_fill_228(sentences[i], word, site) for i in picks]
        marker = _marker_228(shape, n)
        if not heading:
            parts = ["", marker + said[0], *said[1:]]
        elif run_whole or placing != "own":
            sep = placing if placing != "own" else "."
            if heading.endswith("?"):
                sep = ""
            first = f"{marker}{heading}{sep} {said[0]}"
            parts = ["", " ".join([first, *said[1:]])] if run_whole else ["", first, *said[1:]]
        else:
            end = "" if heading.endswith("?") else stop
            parts = [marker + heading + end, *said]
        items.append(tuple(parts))
    if rng.random() < 0.12:
        month = rng.choice(("January", "March", "April", "June", "September", "October", "November"))
        items.append(("", f"Last updated {rng.randint(1, 28)} {month} {rng.randint(2016, 2025)}."))
    intros = [_fill_228(text, word, site) for text in POLICY_INTROS_228]
    closings = [_fill_228(text, word, site) for text in POLICY_CLOSINGS_228]
    titles = [_fill_228(text, word, site) for text in POLICY_TITLES_228]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_228)
