"""The ``reworded-52`` family's policies: island, diaspora, Indian Ocean, Gulf Coast, ski-town, club and trust sites."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: its headings and its sentence variants, as island pages, diaspora sites, Indian Ocean and
#: Torres Strait news, Gulf Coast and ski-town papers, clubs, forums, volunteers, trusts and marinas print them.
REWORDINGS_52 = (
    (  # civility
        ("Be civil", "Respect", "Mind your manners", "Keep it neighbourly"),
        (
            "Treat other posters as you would treat a neighbour on the ferry: disagree if you must, but leave out "
            "insults, name-calling and threats.",
            "We are a small island and a smaller page, so personal attacks, slurs and harassment will be removed "
            "without warning.",
            "Criticise ideas, not people; abusive, hateful or threatening remarks are taken down and repeat "
            "offenders lose their posting rights.",
            "Please be kind to volunteers, drivers and clients alike; rude or bullying replies have no place here.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Protect privacy", "Keep it private"),
        (
            "Never post anyone's home address, phone number, berth or mooring number, even your own; we will "
            "delete it for everyone's safety.",
            "Do not share the names, photos or schools of athletes under eighteen; the booster club's consent "
            "forms do not cover this board.",
            "Your email address is used only to verify your account and is never shown publicly or sold to third "
            "parties.",
            "Clients' names, addresses and health details must never appear here, even in passing; raise a concern "
            "with the coordinator privately.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Approval times"),
        (
            "Every post is read by a volunteer before it goes up, so allow up to 48 hours, longer over Easter and "
            "regatta week.",
            "Comments are approved by hand during office hours in Victoria; anything sent after five may not "
            "appear until the next working day.",
            "Our moderators are on the slopes or behind the desk, not watching the board, so be patient if your "
            "reply takes a day to show.",
            "When the ferry is off and the broadband with it, moderation stops too; your message will be waiting "
            "in the queue.",
        ),
    ),
    (  # account deletion
        ("Closing your account", "Deleting your account", "Leaving the forum", "Account removal"),
        (
            "To close your account, email the secretary from the address you signed up with; we remove your "
            "profile within 30 days.",
            "Deleting your account removes your profile and private messages, but swap posts others have replied "
            "to stay, shown as from a former member.",
            "You may ask us at any time to delete your account and everything you have posted; we confirm by "
            "email once it is done.",
        ),
    ),
    (  # advertising
        ("No advertising", "Selling", "Spam", "Commercial posts"),
        (
            "No selling or advertising in the discussion threads; starters are swapped, never sold, and paid "
            "offers will be removed.",
            "Radios, antennas and amplifiers for sale go in the classifieds board only, with a price; ads posted "
            "elsewhere are deleted.",
            "Links to shops, holiday lets, fundraisers or charter trips are treated as spam unless the committee "
            "has approved them first.",
            "Promotional posts, chain messages and affiliate links are removed, and accounts that post them are "
            "suspended.",
        ),
    ),
    (  # errors to the newsroom
        ("Corrections", "Spotted a mistake?", "Errors", "Report an error"),
        (
            "If you think we have got a fact wrong, email the newsroom at the address below rather than posting "
            "it here, so an editor sees it.",
            "Corrections to a story go to the editor, not into the thread; we read every one and print "
            "corrections in the next issue.",
            "Mistakes in the newsletter, such as wrong dates or misspelt names, should be sent to the corps office "
            "so we can put them right.",
        ),
    ),
    (  # on topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep replies to the subject of the story; general grumbles about parking, tourists or the council "
            "belong in the open forum.",
            "Posts that wander far from the thread's topic may be moved or removed by the moderators without notice.",
            "Stay on the subject of the story, please.",
            "This board is for archery: tackle, ranges, shoots and coaching; politics and religion are best left "
            "at the clubhouse door.",
        ),
    ),
    (  # real names
        ("Real names", "Who you are", "Identity", "Use your name"),
        (
            "Please post under your own first and last name; anonymous or joke accounts are not approved.",
            "No anonymous posting on this page, please.",
            "Call signs and handles are welcome, but do not pretend to be another operator or use someone else's "
            "licence number.",
            "We ask members to use the name they are known by in the community, so neighbours know who they are "
            "talking to.",
        ),
    ),
    (  # language
        ("Language", "English, please", "Other languages"),
        (
            "Posts should be in English so that everyone can follow; a line in Frisian or Flemish is fine if you "
            "add a translation.",
            "Creole, French and English are all welcome, but please do not switch mid-thread in a way that shuts "
            "others out.",
            "Keep your language clean: no swearing, even with letters starred out, as children read this page too.",
        ),
    ),
    (  # photos and copyright
        ("Photos and copyright", "Pictures", "Copyright"),
        (
            "Only upload photos you took yourself or have permission to share, and credit the photographer where "
            "you can.",
            "Do not copy whole articles from other papers into a reply; quote a line or two and link to the rest.",
            "Pictures of the river, the hatch or the fish you released are welcome, but never give the exact place "
            "of spawning redds.",
        ),
    ),
    (  # the law
        ("Legal", "The law", "Court cases", "Defamation"),
        (
            "Do not name people accused of crimes or speculate about court cases that are still going on; you "
            "may be in contempt.",
            "You are responsible for what you post, and defamatory or unlawful statements may be passed on to the "
            "police or a court.",
            "Allegations about named people, businesses or officials without evidence will be removed to protect "
            "both them and us.",
        ),
    ),
    (  # reporting a post
        ("Report a post", "Flagging", "Problems?"),
        (
            "If you see something that breaks these rules, use the report link under the post rather than "
            "replying to it.",
            "Flag a post once and leave it with us; arguing about it in the thread only makes the clean-up harder.",
            "Use the report button; do not feed the trolls.",
            "Concerns about a member's behaviour can be sent in confidence to the moderators at the email address "
            "on the contact page.",
        ),
    ),
    (  # whose views
        ("Your views", "Disclaimer", "Opinions"),
        (
            "Views expressed in posts are those of their authors and not of the corps, The Salvation Army or its "
            "officers.",
            "Comments reflect the opinions of readers, not of the paper; publication does not mean we agree with them.",
            "The trust does not check or endorse advice posted here; ask the river keeper before acting on it.",
        ),
    ),
    (  # safety
        ("Safety first", "Emergencies", "Not for emergencies"),
        (
            "This board is not watched around the clock; in an emergency call 911 or the Coast Guard on channel "
            "16, not a post.",
            "Do not post live locations of boats left unattended or the dates when you will be away from your berth.",
            "In bad weather or avalanche conditions, check the official warnings; a reply here is never a "
            "substitute for the ski patrol's advice.",
        ),
    ),
)

INTROS_52 = (
    "Before you post, please read the following.",
    "Our discussion rules are simple:",
    "By posting on this page you agree to these guidelines.",
    "A few words before you join the conversation.",
    "The committee asks all members to keep to these house rules.",
    "Comments are welcome on most stories, within the rules below.",
)
CLOSINGS_52 = (
    "Thank you for helping keep this a friendly place.",
    "Posts that break these rules may be removed without notice.",
    "Questions about these rules? Contact the editor.",
    "Thanks, and happy swapping.",
    "73s, and keep the board clean.",
    "We reserve the right to close comments on any story.",
)
TITLES_52 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Comment Policy",
    "Community Standards",
)
AMERICAN_52 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "criticise": "criticize",
    "licence": "license",
    "misspelt": "misspelled",
}

_STYLES = ("colon", "dash", "own", "caps", "absent")


def _heading(heading: str, style: str, rng: random.Random) -> str:
    """A heading as a site prints it: inline after a colon or dash, on its own, in capitals, or not at all."""
    if style == "absent":
        return ""
    if style == "caps":
        heading = heading.upper()
        style = rng.choice(("colon", "own"))
    if style == "own" or heading.endswith("?"):
        return heading
    if style == "colon":
        return heading + ":"
    return heading + rng.choice((" —", " –", " -"))


def _items_52(rng: random.Random) -> list[tuple[str, ...]]:
    """2-3 items (0.3) or 4-8, each a heading in one of the styles (one a policy, or mixed) and one sentence or
    two (0.2), numbered or bulleted or neither; sites that never say "comment" (0.3) draw none of its lines."""
    plain = rng.random() < 0.3
    kinds = []
    for headings, sentences in REWORDINGS_52:
        if plain:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(s))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8)
    style = rng.choice((*_STYLES, "mixed"))
    marker = rng.choice(("none", "numbers", "bullets", "mixed"))
    number = rng.choice(("{}.", "{})", "({})"))
    bullet = rng.choice(("•", "*", "-", "–"))
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(rng.sample(kinds, count), 1):
        parts = list(rng.sample(sentences, 2 if len(sentences) > 1 and rng.random() < 0.2 else 1))
        head = _heading(rng.choice(headings), rng.choice(_STYLES) if style == "mixed" else style, rng)
        if marker == "numbers" or (marker == "mixed" and rng.random() < 0.5):
            prefix = number.format(index)
        elif marker in ("bullets", "mixed"):
            prefix = bullet
        else:
            prefix = ""
        if prefix and head:
            head = f"{prefix} {head}"
        elif prefix:
            parts[0] = f"{prefix} {parts[0]}"
        items.append((head, *parts))
    keep = (lambda line: not _says_comment(line)) if plain else (lambda line: True)
    return _furnish(
        items,
        rng,
        [line for line in INTROS_52 if keep(line)],
        [line for line in CLOSINGS_52 if keep(line)],
        [line for line in TITLES_52 if keep(line)],
        AMERICAN_52,
    )
