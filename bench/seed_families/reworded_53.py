"""The ``reworded-53`` family's policies: island, diaspora, county, parish, club and volunteer boards' posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences), the headings without their final colon, dash or full stop.
REWORDINGS_53: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be courteous", "Respect one another", "Charity in all things", "Commenting etiquette"),
        (
            (
                "Treat other posters as you would a neighbour at the harbour: disagree with the idea, "
                "never insult the person."
            ),
            "This is a parish page, so please write as you would speak in the church hall after the Liturgy.",
            (
                "Name-calling, slurs and personal attacks are removed, whoever started them and however "
                "much they were provoked."
            ),
            (
                "Members come from many islands, counties and backgrounds; rudeness to any of them will "
                "not be tolerated here."
            ),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Stick to the thread"),
        (
            (
                "Replies should be about the story above; questions about ferry times, tide tables or "
                "the weather belong elsewhere."
            ),
            (
                "Keep each thread to its subject, whether that is a cactus, a camera or a caravan, and "
                "start a new one for anything else."
            ),
            "Posts that wander into national politics or religion will be moved or removed by the moderators.",
            "Comments unrelated to the article will be taken down to keep the discussion useful for other readers.",
        ),
    ),
    (
        ("Privacy", "Protect people's privacy", "No personal details", "Patient confidentiality"),
        (
            "Never post a patient's name, ward or bed number, even if they asked for a request on the show.",
            "Do not share anyone's home address, telephone number or email, including your own, in a public post.",
            "Please do not name students or post photographs of minors without written permission from a parent.",
            (
                "We keep only the details needed to run your account and never sell them; our privacy "
                "notice explains the rest."
            ),
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Comment moderation", "Posts are checked first"),
        (
            (
                "Every post is read by a volunteer before it appears, which can take a day or two, "
                "longer when the boat is off."
            ),
            (
                "Our moderators are island volunteers, so your comment may take up to 48 hours to "
                "appear; please do not send it twice."
            ),
            "New members' first three posts are held for approval; after that they appear straight away.",
            "Posts sent at the weekend or on a feast day are checked on Monday morning, when the office reopens.",
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the board"),
        (
            (
                "To close your account, email the secretary; your posts will stay up but will show as "
                "from a former member."
            ),
            (
                "You can delete your account from the settings page at any time, and your profile and "
                "posts go within 30 days."
            ),
            (
                "If you want your past posts removed as well as your account, say so when you write to "
                "us and we will do it."
            ),
            (
                "Accounts unused for two years are closed automatically, after a warning is sent to the "
                "email address on file."
            ),
        ),
    ),
    (
        ("No advertising", "No selling", "Commercial posts", "Spam"),
        (
            (
                "Do not use the board to sell plants, seed or cuttings; the club runs a separate sales "
                "table at every meeting."
            ),
            (
                "Adverts for caravans, awnings, pitches or holiday lets belong in the classifieds, not "
                "on the discussion pages."
            ),
            (
                "Links to shops, fundraisers or business pages are removed unless the moderators have "
                "agreed to them beforehand."
            ),
            "Spam, chain letters and repeated links will be deleted and the account responsible suspended.",
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Report an error", "Errors and corrections"),
        (
            (
                "If we got a name, date or fact wrong, email the editor rather than posting it here, so "
                "the story can be put right."
            ),
            "Corrections to news items should go to the newsroom at the address below, not into the comments.",
            (
                "Please tell the newsroom about factual errors by telephone or email; posts on this page "
                "do not reach the reporters."
            ),
            (
                "Mistakes in the bulletin are corrected in the following Sunday's edition; write to the "
                "parish office with the details."
            ),
        ),
    ),
    (
        ("Use your real name", "Real names only", "Identify yourself"),
        (
            "Posts must carry your full name and your village, town or county; anonymous messages are not published.",
            "Members post under their own names, as they would sign a letter to the paper.",
            "Use the name you are known by on the island; pen names and aliases are not allowed on this board.",
        ),
    ),
    (
        ("Language", "English, please", "Keep it clean"),
        (
            (
                "Please post in English so every reader can follow; short phrases in Kriolu or "
                "Portuguese are welcome with a translation."
            ),
            "No swearing or crude language, even with letters replaced by stars or symbols.",
            "Posts in Marquesan, Rapa Nui or French are welcome, but add a line of English for our readers overseas.",
        ),
    ),
    (
        ("Photographs", "Your own work only", "Copyright", "Images"),
        (
            "Upload only photographs you took yourself, and give the camera, paper and exposure time if you know them.",
            "Do not copy articles or pictures from other sites; post a short quote and a link instead.",
            (
                "By posting a picture you allow the group to show it in its newsletter and on its "
                "noticeboard, with your name."
            ),
        ),
    ),
    (
        ("Keep sites secret", "Protect wild places", "Locations"),
        (
            (
                "Never give the location of wild cactus stands or nesting birds; collectors and "
                "disturbance have already cost us too many."
            ),
            (
                "Grid references for restored bog pools, nests or rare plants will be edited out of any "
                "post that includes them."
            ),
            "Name the county if you must, but not the field, gate or track that leads to the site.",
        ),
    ),
    (
        ("Legal", "Be careful what you claim", "Court cases"),
        (
            (
                "Do not accuse a named person of a crime; posts about cases before the magistrates are "
                "removed until the case ends."
            ),
            "You are responsible for what you write, and the paper will pass on your details if a court requires it.",
            (
                "Rumours about named neighbours, crews or officials are not published, however widely "
                "they are repeated at the dock."
            ),
        ),
    ),
    (
        ("Report a problem", "Flag it", "Seen something wrong?"),
        (
            (
                "Use the report link under any post that breaks these rules and a moderator will look at "
                "it as soon as possible."
            ),
            "If a post upsets you, do not reply to it; report it to the moderators and let them deal with it.",
            "Flagged comments are hidden until a moderator has reviewed them, usually within a day.",
        ),
    ),
    (
        ("Views are your own", "Disclaimer", "Opinions"),
        (
            "Opinions posted here belong to their writers and not to the parish council, the club or its committee.",
            "The views expressed by readers are not those of the newspaper, its staff or its advertisers.",
        ),
    ),
)

INTROS_53 = (
    "Before you post, please read the rules below.",
    "These guidelines apply to everything posted on this page.",
    "Our discussion board is run by volunteers; please help them by keeping to these rules.",
    "A few words before you join the comments.",
    "The committee asks all members to keep to the following.",
)
CLOSINGS_53 = (
    "Thank you for keeping this a friendly place.",
    "Posts that break these rules may be removed without notice.",
    "The editor's decision on any comment is final.",
    "Questions about these rules can be sent to the webmaster.",
    "Thank you, and may God bless you all.",
    "Happy pitching, and see you at the next rally.",
)
TITLES_53 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Comment Guidelines",
    "Forum Etiquette",
    "Message Board Rules",
    "Guestbook Rules",
)
AMERICAN_53 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "rumour": "rumor",
    "behaviour": "behavior",
    "colour": "color",
    "centre": "center",
}

_MARKERS = ("", "", "", "number", "number)", "bullet", "dash")
_STYLES = ("colon", "dash", "own-line", "period", "none")


def _items_53(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: 2-3 of them (0.3) or 4-8, headings inline after a colon, dash or full stop, on their own
    line or absent (one way for the list, or each item its own way), in capitals (0.3), numbered or bulleted; a
    site that never says "comment" (0.3) draws only from the wordings without it."""
    plain = rng.random() < 0.3
    kinds = [
        (
            [h for h in headings if not plain or not _says_comment(h)],
            [s for s in sentences if not plain or not _says_comment(s)],
        )
        for headings, sentences in REWORDINGS_53
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if headings and sentences]
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8)
    chosen = rng.sample(kinds, count)
    layout = rng.choice((*_STYLES, "mixed", "mixed"))
    capitals = rng.random() < 0.3
    marker = rng.choice(_MARKERS)
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading, sentence = rng.choice(headings), rng.choice(sentences)
        style = rng.choice(_STYLES) if layout == "mixed" else layout
        if capitals:
            heading = heading.upper()
        prefix = {"": "", "number": f"{number}. ", "number)": f"{number}) ", "bullet": "\u2022 ", "dash": "- "}[marker]
        if style == "none":
            items.append(("", prefix + sentence))
        elif style == "own-line":
            items += [(prefix + heading + ("" if heading.endswith("?") else rng.choice(("", ":"))), ""), ("", sentence)]
        elif style == "colon":
            items.append((prefix + heading + ("" if heading.endswith("?") else ":"), sentence))
        elif style == "dash":
            items.append((prefix + heading + rng.choice((" -", " \u2013", " \u2014")), sentence))
        else:
            items.append((prefix + heading + ("" if heading.endswith("?") else "."), sentence))
    intros, closings, titles = (
        [line for line in lines if not plain or not _says_comment(line)]
        for lines in (INTROS_53, CLOSINGS_53, TITLES_53)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_53)
