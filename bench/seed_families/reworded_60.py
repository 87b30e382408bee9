"""The ``reworded-60`` family's policies, written from how small sites word and print their posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: its headings and its sentence variants (one to two sentences a variant).
REWORDINGS_60: list[tuple[list[str], list[tuple[str, ...]]]] = [
    (  # courtesy
        ["Be kind", "Respect one another", "Courtesy first", "Mind your manners"],
        [
            ("Treat other members as you would a neighbour at the Saturday market: disagree if you must, but kindly.",),
            ("Personal attacks, name-calling and sneering at newcomers will be removed without a warning.",),
            (
                "We are a small community and most of us know each other.",
                "Write as if you were saying it face to face.",
            ),
            ("Criticise the idea, never the person who posted it; insulting comments are deleted on sight.",),
        ],
    ),
    (  # privacy
        ["Privacy", "Your details", "Keep it private"],
        [
            ("Never post anyone's home address, phone number or the name of a child's school, including your own.",),
            (
                "Your email address is used only to confirm your account.",
                "It is never shown beside what you write and never sold.",
            ),
            ("Photos of minors at club events may be shared only with a parent's written permission.",),
            ("Do not repeat private messages or letters here without the sender's consent.",),
        ],
    ),
    (  # moderation delays
        ["Moderation", "Why your post has not appeared", "Waiting for approval"],
        [
            (
                "Every first post is checked by a volunteer before it appears.",
                "On weekends and feast days this can take up to three days.",
            ),
            ("Comments are approved by hand during office hours, so yours may not show until the next morning.",),
            ("Our moderators are volunteers in several time zones; please do not post the same message twice.",),
            ("Posts containing links are held for review and released when someone on the rota has read them.",),
        ],
    ),
    (  # account deletion
        ["Closing your account", "Leaving the board", "Deleting your account"],
        [
            ("To close your account, write to the secretary; your profile is removed within fourteen days.",),
            (
                "You may delete your account at any time from your settings page.",
                "Posts others have quoted may remain, with your name taken off them.",
            ),
            ("If you ask us to remove your account, we delete your details but keep the threads you joined.",),
        ],
    ),
    (  # advertising
        ["No advertising", "Selling and promotion", "Adverts"],
        [
            ("Members may not advertise businesses, fundraisers or products here without the committee's approval.",),
            ("Sewing machines and parts for sale belong in the classifieds section, not in the help threads.",),
            ("Links to shops, affiliate codes and repeated plugs for your own blog will be deleted.",),
            ("Please do not use comments to promote events or services; the noticeboard is the place for that.",),
        ],
    ),
    (  # errors to the newsroom
        ["Corrections", "Spotted a mistake?", "Errors in our reports"],
        [
            ("If a story contains a mistake, email the editor rather than posting it here, so we can correct it.",),
            (
                "Corrections to a report go to the newsroom, not the comment section.",
                "We publish every correction at the foot of the article.",
            ),
            ("Found a wrong date or a misspelled name in the bulletin? Tell the parish office and we will fix it.",),
        ],
    ),
    (  # on topic
        ["Stay on topic", "Keep to the subject", "Relevance"],
        [
            ("Keep your reply to the subject of the article or the thread you are in.",),
            ("Off-topic posts are moved to the general chat board or removed by the moderators.",),
            ("Questions about race results, hull rules or the club calendar each have their own thread.",),
        ],
    ),
    (  # real names
        ["Use your real name", "Names", "Who you are"],
        [
            ("We ask members to post under their own first and last name, as they would sign a letter to the editor.",),
            ("Anonymous posts and handles pretending to be another person will not be published.",),
            ("Please use the name you are known by in the village; nicknames are fine if your neighbours know them.",),
        ],
    ),
    (  # language
        ["Language", "Plain English", "Write clearly"],
        [
            (
                "Posts should be in English so all our readers can follow, though a greeting in your own language is welcome.",
            ),
            ("No swearing, slurs or crude jokes; children and grandparents read these pages too.",),
            ("Write in full sentences and avoid all capitals, which reads as shouting.",),
        ],
    ),
    (  # copyright
        ["Copyright", "Photos and other people's work", "Sharing material"],
        [
            ("Only upload photos you took yourself or have the owner's permission to share.",),
            ("Do not paste whole articles from other papers; quote a line and give a link to the source.",),
            (
                "Scanned manuals and patterns may still be under copyright.",
                "Share the title and where to find it instead.",
            ),
        ],
    ),
    (  # health and safety claims
        ["Health claims", "Safety", "Medical advice"],
        [
            ("Nothing posted here is medical advice; ask a doctor before changing what you drink or eat.",),
            ("Claims that a brew cures illness will be removed, as will advice that ignores basic hygiene.",),
            (
                "Do not post directions into closed parts of the marsh or the nesting grounds during the breeding season.",
            ),
        ],
    ),
    (  # reporting
        ["Report a problem", "Flagging posts", "Reporting abuse"],
        [
            ("If you see a post that breaks these rules, use the flag button and a moderator will look at it.",),
            ("Report abusive messages to the moderators by email instead of answering them in the thread.",),
            ("Please flag spam rather than replying to it; replies only keep it at the top of the page.",),
        ],
    ),
    (  # responsibility
        ["Your responsibility", "Views expressed", "Disclaimer"],
        [
            (
                "Members are responsible for what they post; the views expressed are theirs, not the club's or the paper's.",
            ),
            ("Comments reflect the opinions of their writers and not those of the editors or our publishers.",),
            (
                "The trustees reserve the right to edit or remove any post and to suspend members who ignore these rules.",
            ),
        ],
    ),
]

POLICY_TITLES_60 = [
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Community guidelines",
    "House rules",
    "Rules for the comment section",
    "Board etiquette",
]
POLICY_INTROS_60 = [
    "Please read these guidelines before you post.",
    "By joining the discussion you agree to the following rules.",
    "Our board is run by volunteers, and a few simple rules keep it friendly.",
    "Before you comment, please take a moment to read our rules.",
]
POLICY_CLOSINGS_60 = [
    "Thank you for helping keep this a friendly place.",
    "Posts that break these rules may be removed without notice.",
    "Questions about these rules can be sent to the moderators.",
    "The committee may update these guidelines at any time.",
    "Thanks for reading, and happy posting.",
]
AMERICAN_60 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "colour": "color",
    "behaviour": "behavior",
    "programme": "program",
}

_BULLETS = ("\u2022", "-", "*", "\u25aa")


def _heading_style(heading: str, style: str, caps: bool, dash: str) -> str:
    text = heading.upper() if caps else heading
    if style == "colon":
        return text if text.endswith("?") else text + ":"
    if style == "dash":
        return text + " " + dash
    if style == "stop":
        return text if text.endswith("?") else text + "."
    return text


def _items_60(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: two to ten kinds (two or three a fifth of the time), each a heading (inline after a colon,
    a dash or a full stop, on its own line, in capitals, or absent; one way a policy or mixed) and a sentence
    variant; numbered, bulleted or neither; a fifth of the sites never say "comment"; furnished by _furnish."""
    never_comment = rng.random() < 0.2
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(2, 10)
    chosen = rng.sample(REWORDINGS_60, min(count, len(REWORDINGS_60)))
    styles = ("colon", "dash", "stop", "line", "none")
    site_style = rng.choice((*styles, "mixed"))
    caps = rng.random() < 0.3
    marker = rng.choice(("number", "bullet", "none", "none"))
    bullet = rng.choice(_BULLETS)
    dash = rng.choice(("-", "\u2013", "\u2014"))
    items: list[tuple[str, ...]] = []
    for index, (headings, variants) in enumerate(chosen, 1):
        if never_comment:
            headings = [h for h in headings if not _says_comment(h)] or headings
            variants = [v for v in variants if not _says_comment(*v)] or variants
        heading = rng.choice(headings)
        sentences = rng.choice(variants)
        style = rng.choice(styles) if site_style == "mixed" else site_style
        head = "" if style == "none" else _heading_style(heading, style, caps, dash)
        prefix = f"{index}. " if marker == "number" else f"{bullet} " if marker == "bullet" else ""
        if style in ("colon", "dash", "stop"):
            item = (prefix + head + " " + sentences[0], *sentences[1:])
        elif style == "line":
            item = (prefix + head, *sentences)
        else:
            item = (prefix + sentences[0], *sentences[1:])
        items.append(item)
    titles, intros, closings = POLICY_TITLES_60, POLICY_INTROS_60, POLICY_CLOSINGS_60
    if never_comment:
        titles = [t for t in titles if not _says_comment(t)]
        intros = [i for i in intros if not _says_comment(i)]
        closings = [c for c in closings if not _says_comment(c)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_60)
