"""The ``reworded-56`` family's policies: island, diaspora, chapel, club and co-op sites' "before you post" boxes."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: (headings, sentences) per item kind; a heading "" is an item printed without one.
REWORDINGS_56: list[tuple[list[str], list[str]]] = [
    (
        ["Be kind", "Respect one another", "Neighbourly manners", ""],
        [
            "Saba is a small island and everybody knows everybody, so write as if you were saying it on the road "
            "to Windwardside.",
            "Treat fellow members the way you would treat them at the Sunday potluck after the chapel service.",
            "Disagree with the idea, never the person; name-calling gets a post taken down without any warning.",
        ],
    ),
    (
        ["Language", "Keep it clean", "No bad words"],
        [
            "Swearing, slurs and crude jokes are removed, in English, Punjabi, Gujarati, Papiamentu or any other "
            "language.",
            "Parents read this page too, so keep your language fit for the theatre foyer on opening night.",
            "We filter common swear words automatically; getting around the filter with symbols counts as swearing.",
        ],
    ),
    (
        ["Stay on topic", "Keep to the story", "Relevance"],
        [
            "Replies should be about the article above, not about last season's canoe polo league table.",
            "Posts that drift to unrelated quarrels about Lusaka politics will be moved or deleted by the moderators.",
            "Please keep each thread to its subject; start a new topic in the forum if you want to talk about "
            "brine ratios.",
        ],
    ),
    (
        ["Privacy", "Personal details", "Protect people's privacy", ""],
        [
            "Do not post phone numbers, home addresses or the names of the people we befriend, even in praise.",
            "Never share anyone's private details, including housemates' room numbers or rent arrears at the co-op.",
            "We collect only your email address to verify your account and never sell it or pass it to others.",
            "Please do not name children from the cast in comments; first names in photographs are removed too.",
        ],
    ),
    (
        ["Moderation", "Why your post is not showing", "Waiting for approval"],
        [
            "All posts are read by a volunteer before they appear, which can take a day or two on Aitutaki.",
            "Our moderator is also the editor and the ferry runs twice a week, so please allow up to three days.",
            "First posts from new members are held for approval; later posts usually appear within a few hours.",
        ],
    ),
    (
        ["Deleting your account", "Leaving the board", "Close your account"],
        [
            "You can delete your account at any time from your profile page; your posts will be shown as from a "
            "former member.",
            "To leave, email the secretary and we will remove your account and your details within thirty days.",
            "Deleted accounts cannot be restored, and posts quoted by other members may remain in their replies.",
        ],
    ),
    (
        ["Advertising", "No selling", "Spam and promotion", ""],
        [
            "Do not advertise products, services or fundraising drives here; use the classifieds page instead.",
            "Links to shops selling crocks, airframes or servos will be removed unless a moderator has agreed first.",
            "Repeated promotional posts get the account suspended without notice, whoever the sponsor is.",
        ],
    ),
    (
        ["Spotted a mistake?", "Corrections", "Errors in our reporting"],
        [
            "If we got a fact wrong, please email the newsroom rather than posting it here, so we can correct it "
            "quickly.",
            "Report errors to the editor at the Maun office or by email; corrections run in the next edition.",
            "Mistakes in a story should go to our news desk, not to the discussion below, and we will put them right.",
        ],
    ),
    (
        ["Use your real name", "Who you are", "Names"],
        [
            "Members post under their real first name and surname, as they would sign a letter to the editor.",
            "As on any Ozark-border weekly's letters page, posts carry your name and your town.",
            "Anonymous accounts are allowed, but please do not pretend to be another member, a pastor or an official.",
        ],
    ),
    (
        ["Safety first", "Be safe", "Dangerous advice"],
        [
            "Advice that could make someone ill, such as skipping salt in a ferment, will be edited or removed.",
            "Do not encourage flying near the airstrip or over crowds; posts describing unsafe flying are taken down.",
            "Boating and paddling advice should follow club safety rules; we remove posts urging people to ignore "
            "them.",
        ],
    ),
    (
        ["Copyright", "Photos and quotes", "Other people's work"],
        [
            "Only post photographs you took yourself, of the orchard or anywhere else, and quote no more than a "
            "short passage from other publications.",
            "Do not copy whole articles from other papers; a link and a sentence of your own are enough.",
        ],
    ),
    (
        ["Reporting a post", "Flag it", "Tell us"],
        [
            "If a post breaks these rules, use the report button under it rather than replying in anger.",
            "Report anything worrying to the moderators by email; we read every report, usually the same evening.",
            "Flagged posts are hidden until a volunteer has looked at them, usually within a day.",
        ],
    ),
    (
        ["Our decision is final", "Moderators' decisions", "Removal"],
        [
            "The committee may remove any post or suspend any member without explanation, and its decision is final.",
            "We may edit or delete posts that break these guidelines; repeated breaches mean losing access to the "
            "board.",
        ],
    ),
]

INTROS_56 = (
    "Before you post, please read these few rules.",
    "Welcome, and thank you for joining in; a few things to keep in mind.",
    "Our space works because members look after it.",
    "Please take a minute to read this before you post.",
    "These guidelines apply to everyone who posts on this site.",
)

CLOSINGS_56 = (
    "Thank you for keeping this a friendly place.",
    "Questions about these rules? Write to the secretary.",
    "By posting you agree to these guidelines.",
    "We review these rules every year at the annual meeting.",
    "Happy posting, and see you at the next meeting.",
)

TITLES_56 = (
    "Before you post",
    "Discussion rules",
    "Posting guidelines",
    "Community guidelines",
    "House rules",
    "Forum etiquette",
)

AMERICAN_56 = {
    "neighbourly": "neighborly",
    "behaviour": "behavior",
    "organise": "organize",
    "apologise": "apologize",
}

_BULLETS = ("\u2022 ", "- ", "* ", "\u2013 ")


def _pick(options: list[str], rng: random.Random, plain: bool) -> str:
    """One of ``options``; a site that never says "comment" picks among those that do not."""
    if plain:
        options = [option for option in options if not _says_comment(option)] or [""]
    return rng.choice(options)


def _items_56(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: 2 to 8 kinds (2 or 3 a third of the time), each heading printed on its own line, inline
    after a colon or a dash, in capitals or absent, the style drawn for the whole list or for each item (a mixed
    list), numbered or bulleted; then the opening, closing and title lines (:func:`_furnish`)."""
    count = rng.randint(2, 3) if rng.random() < 0.33 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_56, count)
    plain = rng.random() < 0.3  # a site that never says "comment"
    styles = ("own-line", "colon", "dash", "capitals", "absent")
    list_style = rng.choice(styles)
    mixed = rng.random() < 0.3
    marker = rng.choice(("none", "none", "number", "number-paren", "bullet"))
    bullet = rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, start=1):
        heading = _pick(headings, rng, plain)
        sentence = _pick(sentences, rng, plain)
        if not sentence:
            continue
        style = rng.choice(styles) if mixed else list_style
        if marker == "number":
            prefix = f"{index}. "
        elif marker == "number-paren":
            prefix = f"{index}) "
        elif marker == "bullet":
            prefix = bullet
        else:
            prefix = ""
        if not heading or style == "absent":
            items.append(("", prefix + sentence))
        elif style == "own-line":
            items.append((prefix + heading, sentence))
        elif style == "capitals":
            items.append((prefix + heading.upper(), sentence))
        elif style == "colon":
            items.append(("", f"{prefix}{heading.rstrip('?')}: {sentence}"))
        else:
            items.append(("", f"{prefix}{heading} \u2014 {sentence}"))
    return _furnish(items, rng, INTROS_56, CLOSINGS_56, TITLES_56, AMERICAN_56)
