"""The ``reworded-57`` family's policies, as island, diaspora, West African and small-society sites print them."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences); a heading is printed bare, after a colon or a dash, or on its own line.
REWORDINGS_57 = (
    (
        ("Be courteous", "Respect", "Mind your manners", "Kindness first"),
        (
            (
                "Treat everyone here as you would a neighbour at the village "
                "standpipe: no insults, no name-calling and no shouting in capitals."
            ),
            "Disagree with the argument, never with the person; personal attacks will be removed without notice.",
            "We are a small parish of ringers and friends, so please keep every reply warm, patient and polite.",
            "Comments that belittle other readers, their island, their tribe or their church will not be published.",
        ),
    ),
    (
        ("Privacy", "Personal details", "Keep it private"),
        (
            "Do not post anyone's telephone number, home address or workplace, including your own.",
            (
                "Please never name patients, residents or families you "
                "meet while visiting; what is seen on the ward stays there."
            ),
            (
                "Posts that share another person's private details, "
                "photographs or health news without their leave will be taken down."
            ),
            "We do not sell or share the e-mail address you give us, and it is never shown beside your comment.",
        ),
    ),
    (
        ("Moderation", "Why is my post not showing?", "Please be patient", "Review times"),
        (
            "Every reply is read by a volunteer before it appears, which can take a day or two.",
            (
                "Our moderators work from Kolonia and Majuro, so a "
                "message sent in the American evening may wait until our morning."
            ),
            "Comments are held for approval and released in batches when the editor is back in the office.",
            "New members' first three posts go to a queue; after that they appear straight away.",
        ),
    ),
    (
        ("Closing your account", "Account deletion", "Leaving the forum"),
        (
            "To close your account, write to the secretary and we will remove it within fourteen days.",
            "If you delete your profile, your past posts stay but are shown under the name Former Member.",
            "Ask us and we will erase your account and every comment made from it; this cannot be undone.",
        ),
    ),
    (
        ("No advertising", "Selling and swapping", "Adverts", "Commercial posts"),
        (
            "Do not use the board to sell maps, mead, honey or anything else; the Marketplace page is for that.",
            "Links to shops, raffles, money schemes or betting sites will be deleted and the poster warned.",
            "Paid adverts belong in the printed paper; call the front office at the number below for our rates.",
            "Members may mention a sale of surplus bells once, in the notices thread, with no follow-up posts.",
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Tell the newsroom", "Mistakes in our reporting"),
        (
            (
                "If a story has a fact wrong, please e-mail the newsroom "
                "rather than posting it below, so we can correct it quickly."
            ),
            (
                "Corrections go to the editor at the address on our "
                "Contact page; replies in this section are not read by reporters."
            ),
            (
                "Found a misspelt name or a wrong date? Send it to the "
                "news desk and we will fix the story and note the change."
            ),
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep replies to the story above; general chat belongs in the Town Square thread.",
            (
                "Posts about politics, football or another member's business "
                "that have nothing to do with the article will be moved or removed."
            ),
            "Off-topic comments, however well meant, clutter the page and will be hidden.",
        ),
    ),
    (
        ("Your name", "Real names", "Who you are", "Identity"),
        (
            "Please sign with your real first name and town; anonymous posts are not accepted.",
            "Do not pretend to be another person, a chief, a priest, an official or a member of our staff.",
            "Use the same display name each time so that others know who they are talking with.",
        ),
    ),
    (
        ("Language", "English please", "Languages"),
        (
            (
                "Write in English so that all readers can follow; a "
                "word or two of Ewe, Twi, Tagalog or Marshallese is welcome."
            ),
            "Posts written wholly in another language cannot be checked by our volunteers and may be held.",
            "No swearing in any language, and no abbreviations that hide a rude word.",
        ),
    ),
    (
        ("Pictures and copyright", "Copyright", "Sharing images"),
        (
            "Only upload scans, photographs or recordings you made yourself or have permission to share.",
            "Do not copy whole articles from other papers; post a short quote and a link instead.",
            "Recordings of choir services may not be posted without the Precentor's written permission.",
            "Images of old maps should show the source and catalogue number; we will remove uncredited scans.",
        ),
    ),
    (
        ("The law", "Legal matters", "Court cases", "Defamation"),
        (
            (
                "Do not accuse anyone of a crime or write anything that "
                "could prejudice a trial; we are bound by the law of the land."
            ),
            "Comments about cases before the courts will not be published until the case is over.",
            "Libellous, threatening or hateful material will be removed and may be passed to the police.",
        ),
    ),
    (
        ("Report a problem", "Flag it", "Reporting", "Seen something wrong?"),
        (
            "Use the Report link under any post that breaks these rules, and a moderator will look at it.",
            "Please tell us about abuse rather than answering it; replying only feeds the quarrel.",
            "If a post troubles you, write to the site warden, and we will look into it the same week.",
        ),
    ),
    (
        ("Your views", "Responsibility", "Who said it"),
        (
            "Opinions posted here are the members' own and not those of the trust, its officers or its landowners.",
            "You are responsible for what you write; by posting you agree that we may edit or remove it.",
            "The board cannot check every claim made below, so weigh each post for yourself.",
        ),
    ),
)

#: The lines some sites print before the items.
INTROS_57 = (
    "Before you post, please read the following.",
    "A few rules keep this page friendly for everyone.",
    "Posting guidelines agreed by the committee, revised this year:",
    "Welcome to our discussion board. Please respect these simple rules.",
    "Comments are welcome, within the following limits.",
    "Our residents' bulletin board works best when all of us follow a few house rules.",
)

#: The lines some sites print after the items.
CLOSINGS_57 = (
    "Thank you for helping to keep this a friendly place.",
    "The editor's decision on all posts is final.",
    "Posts that break these rules may be removed without warning.",
    "Questions about these rules? Write to the secretary.",
    "Thank you for commenting, and God bless.",
)

#: The policy's title, when there is one.
TITLES_57 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Comment Guidelines",
    "Board Etiquette",
)

#: American spellings, each British word as printed.
AMERICAN_57 = {
    "neighbour": "neighbor",
    "catalogue": "catalog",
    "misspelt": "misspelled",
    "libellous": "libelous",
    "honour": "honor",
}

_NUMBERS_57 = ("{n}.", "{n})", "({n})", "#{n}")
_BULLETS_57 = ("\u2022", "-", "*", "\u2013", "\u25aa")
_DASHES_57 = (" -", " \u2013", " \u2014", " --")


def _heading_57(heading: str, sentence: str, how: str, rng: random.Random) -> list[tuple[str, ...]]:
    """One item's lines: its heading (in capitals 0.25 of the time) printed ``how``, and its sentence."""
    if rng.random() < 0.25:
        heading = heading.upper()
    if how == "absent":
        return [("", sentence)]
    if how == "colon":
        return [(heading if heading.endswith("?") else heading + ":", sentence)]
    if how == "dash":
        return [(heading + rng.choice(_DASHES_57), sentence)]
    if how == "period":
        return [(heading if heading.endswith("?") else heading + ".", sentence)]
    # on a line of its own, with a colon now and then
    return [(heading + (":" if rng.random() < 0.3 and not heading.endswith("?") else ""), ""), ("", sentence)]


def _items_57(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: 2-3 of them (0.2) or 4-10, headed one way or mixed, numbered or bulleted or neither;
    a fifth of the sites never say "comment"."""
    silent = rng.random() < 0.2
    kinds = []
    for headings, sentences in REWORDINGS_57:
        if silent:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(s))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, min(10, len(kinds)))
    chosen = rng.sample(kinds, count)
    hows = ("colon", "dash", "own", "absent", "period")
    style = rng.choice((*hows, "mixed"))
    marker = rng.choice(("none", "none", "numbers", "bullets"))
    number = rng.choice(_NUMBERS_57)
    bullet = rng.choice(_BULLETS_57)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        how = rng.choice(hows) if style == "mixed" else style
        lines = _heading_57(rng.choice(headings), rng.choice(sentences), how, rng)
        if marker != "none":
            mark = number.format(n=n) if marker == "numbers" else bullet
            first = lines[0]
            if first[0]:
                lines[0] = (f"{mark} {first[0]}", *first[1:])
            else:
                lines[0] = ("", f"{mark} {first[1]}")
        items.extend(lines)
    intros = [line for line in INTROS_57 if not (silent and _says_comment(line))]
    closings = [line for line in CLOSINGS_57 if not (silent and _says_comment(line))]
    titles = [line for line in TITLES_57 if not (silent and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_57)
