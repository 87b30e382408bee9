"""The ``reworded-59`` family's policies: discussion rules as island, diaspora, coastal, club and bulletin sites print them."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences); an empty heading is an item printed without one.
REWORDINGS_59: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("Be neighbourly", "Courtesy first", "Respect", ""),
        (
            "Treat fellow readers as you would a neighbour at the dock on the Brac.",
            "Disagree with the idea, not the person; personal attacks will be taken down without notice.",
            "We are a small community and everybody knows everybody, so keep your tone civil and kind.",
            "Insults, name-calling and threats have no place on this board and will be removed.",
        ),
    ),
    (
        ("Privacy", "Keep it private", "Personal details"),
        (
            "Do not post phone numbers, home addresses or the names of children, yours or anyone else's.",
            "Please leave out the private details of handlers, ringers and members who are not here to answer.",
            "Never share another person's email, address or account number, even if you believe it is public.",
        ),
    ),
    (
        ("Moderation delays", "Why hasn't my post appeared?", "Waiting for approval", ""),
        (
            "Posts are read by a volunteer before they appear, which can take a day or two at weekends.",
            "Our moderators are volunteers on island time; your comment may take up to 48 hours to show.",
            "Every first post is held for review, so please do not send the same message twice.",
            "Replies sent late on a Friday will usually be approved on Monday morning when the office reopens.",
        ),
    ),
    (
        ("Deleting your account", "Leaving the board", "Account removal"),
        (
            "To close your account, write to the secretary and we will remove it within 14 days.",
            "If you delete your account, your earlier posts stay up but your name is replaced by Former member.",
            "Members may ask for their profile and all of its posts to be erased by emailing the webmaster.",
        ),
    ),
    (
        ("No advertising", "Selling and promotion", "Spam", ""),
        (
            "Do not advertise goods, services or fundraisers here; use the classifieds page instead.",
            "Posts selling puppies, postcards or caravans will be removed, as will links to other shops.",
            "Promotional links, chain letters and repeated posts are spam and will be deleted on sight.",
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Errors in our reporting"),
        (
            "If we have got a fact wrong, email the newsroom rather than posting it here, and we will correct it.",
            "Please send corrections to the editor directly so they can be checked and put right quickly.",
            "Mistakes in a story should go to the news desk by email; the board is not where we track errors.",
            "Report errors of fact, spelling of names or wrong dates to the editor at the address below.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep your replies to the story or thread at hand; unrelated posts may be moved or removed.",
            "This forum is for trials, dogs and handling; politics and religion belong somewhere else.",
            "Posts that wander far from the subject of the article will not be approved.",
        ),
    ),
    (
        ("Use your real name", "Who you are", "Identity", ""),
        (
            "Post under your own full name; anonymous and made-up names will not be approved.",
            "Pretending to be another person, club officer or public official will get you banned.",
            "We ask members to sign posts with their name and home town, as the old letters page did.",
        ),
    ),
    (
        ("Photos and copyright", "Pictures", "Other people's work"),
        (
            "Only upload photographs and scans you own or have permission to share, and say where they came from.",
            "Card images must be your own scans; please credit the publisher and photographer where known.",
            "Copying whole articles from other papers is not allowed; post a short quote and a link.",
        ),
    ),
    (
        ("Your words, your responsibility", "Views expressed", "Liability"),
        (
            "Opinions posted here are those of the writers and not of the paper, the trust or its staff.",
            "You are legally responsible for what you post, including anything defamatory or untrue.",
            "The association does not endorse any views shared by members on this page.",
        ),
    ),
    (
        ("Report a problem", "Flagging posts", "Tell us", ""),
        (
            "Use the Report link under any post you think breaks these rules and a volunteer will look at it.",
            "If something upsets you, flag it rather than replying, and leave the rest to the moderators.",
            "Concerns about another member's behaviour can be sent privately to the committee.",
        ),
    ),
    (
        ("Language", "English, please", "Posting in other languages"),
        (
            "Please write in English so that all readers can follow; a short translation alongside is welcome.",
            "Posts in Ukrainian, Belarusian, Swahili or Marshallese should carry an English summary.",
            "Keep swearing out of every language, including patois, Cajun French and Kiswahili.",
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "Removal"),
        (
            "The editors may remove any post or suspend any account at their discretion, without explanation.",
            "Repeated breaches of these guidelines will lead to a permanent ban from the board.",
            "We reserve the right to edit or refuse any submission, and our decision is final.",
        ),
    ),
]

TITLES_59 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Guidelines for members",
    "Talkback rules",
    "Board etiquette",
)
INTROS_59 = (
    "Please read these rules before joining the conversation.",
    "By posting you agree to the following:",
    "A few ground rules keep this board friendly for everyone.",
    "Our volunteers ask every member to keep to these simple guidelines.",
)
CLOSINGS_59 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the webmaster.",
    "These guidelines were last updated by the committee in spring.",
    "Happy posting, and see you at the next meeting.",
)
#: British spellings and their American forms, for the American-printed sites.
AMERICAN_59 = {
    "neighbourly": "neighborly",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "programme": "program",
    "colour": "color",
}


def _heading(heading: str, rng: random.Random) -> str:
    return heading.upper() if heading and rng.random() < 0.3 else heading


def _items_59(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: 2-9 of the kinds (a site that never says "comment" drops the kinds that do), each
    heading inline after a colon or a dash, on its own line, or absent, numbered, bulleted or bare, mixed per list."""
    table = REWORDINGS_59
    if rng.random() < 0.3:  # sites whose boxes never say "comment"
        table = [
            (headings, tuple(s for s in sentences if not _says_comment(s)))
            for headings, sentences in table
            if not _says_comment(*headings)
        ]
        table = [(headings, sentences) for headings, sentences in table if sentences]
    chosen = rng.sample(table, rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9))
    marker = rng.choice(("", "", "number", "• ", "- ", "* "))
    mixed = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    how = rng.choice(("colon", "dash", "line", "space", "none"))
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = _heading(rng.choice(headings), rng)
        sentence = rng.choice(sentences)
        prefix = f"{n}. " if marker == "number" else marker
        how = rng.choice(("colon", "dash", "line", "space", "none")) if mixed else how
        if not heading or how == "none":
            items.append(("", prefix + sentence))
        elif how == "colon":
            items.append(("", f"{prefix}{heading}: {sentence}"))
        elif how == "dash":
            items.append(("", f"{prefix}{heading} \u2013 {sentence}"))
        elif how == "line":
            items.append((prefix + heading, ""))
            items.append(("", sentence))
        else:
            items.append((prefix + heading + ("" if heading.endswith("?") else "."), sentence))
    return _furnish(items, rng, INTROS_59, CLOSINGS_59, TITLES_59, AMERICAN_59)
