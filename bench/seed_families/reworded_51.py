"""The ``reworded-51`` family's policies: island, diaspora, regional-news, club, forum and volunteer sites' rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (its headings, its sentences). Written from how small island pages, diaspora and regional news
#: sites, weeklies, fellowships, clubs, collector boards and volunteer groups word their posting rules.
REWORDINGS_51: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Respect", "Courtesy first", "Mind your manners"),
        (
            "Treat fellow readers as you would a neighbour at the jetty: argue with ideas, never with the person "
            "holding them.",
            "Personal attacks, name-calling and slurs will be removed, and repeat offenders lose their posting rights.",
            "Abusive, threatening or hateful comments are deleted without notice by our moderators.",
            "Be civil, and disagree without being disagreeable.",
        ),
    ),
    (  # on topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep your post about the article or thread above; chatter about trades and auctions belongs on the "
            "marketplace board.",
            "Comments that wander far from the story may be moved or removed.",
            "Off-topic posts will be removed without warning.",
            "Please stick to the subject at hand, whether that is a bridge hand, a dune planting day or a council "
            "vote.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect privacy", "Personal details", "Other people's information"),
        (
            "Do not share anyone's home address, phone number or email, including your own, in a public post.",
            "Never post photographs of residents, pupils or tutors without their written permission.",
            "Everyone on the island knows everyone, so please do not name private individuals in connection with "
            "rumours.",
            "We keep your email address only to verify your account and never sell it; our privacy notice has the "
            "details.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why isn't my post showing?", "Delays", "Comment approval"),
        (
            "Every post is read by a volunteer before it appears, so allow up to 48 hours at weekends and on holidays.",
            "Comments are held for moderation and may take a day to appear; sending the same text twice will not "
            "speed things up.",
            "Our connection is slow and our moderators part-time, so messages can sit in the queue until the next "
            "working morning.",
            "First-time contributors are checked by hand; after that your posts should appear within a few hours.",
        ),
    ),
    (  # account deletion
        ("Closing your account", "Account deletion", "Leaving the board"),
        (
            "To delete your account, email the webmaster from the address you registered with and we will remove "
            "it within 30 days.",
            "If you close your account, your earlier posts stay up under the name Former Member unless you ask us "
            "to remove them.",
            "You may delete your profile at any time from the settings page; deleted accounts cannot be restored.",
        ),
    ),
    (  # advertising
        ("No advertising", "Spam", "Selling and promotion"),
        (
            "Do not advertise goods, services or fundraisers in replies; contact the office about a paid notice "
            "instead.",
            "Links to shops, auctions or reseller listings will be removed as spam.",
            "No spam, no sales pitches, no exceptions.",
            "Sales posts for cartridges, consoles or repair services belong in the weekly trading thread only.",
        ),
    ),
    (  # errors to the newsroom
        ("Corrections", "Spotted a mistake?", "Errors", "Report an error"),
        (
            "If you spot an error in a story, email the newsroom rather than posting it below; we correct mistakes "
            "promptly.",
            "Factual errors should go to the editor at the address on our contact page, not into the comments.",
            "Tell the newsletter editor about wrong dates or misspelt names directly, so the correction reaches "
            "everyone.",
        ),
    ),
    (  # identity
        ("Use your real name", "Identity", "Who you are"),
        (
            "Post under your full name; anonymous or made-up handles are not accepted on this noticeboard.",
            "Do not impersonate another member, a club officer or a public figure.",
            "Residents should sign their posts with their name and cottage number, as on the village centre "
            "sign-up sheets.",
        ),
    ),
    (  # the law
        ("Legal", "Defamation", "Stay within the law"),
        (
            "Do not make accusations you cannot prove; you are legally responsible for what you write.",
            "Anything you write here could be read out in a courtroom in Stanley, Kampala, Mombasa or Hilo, so please "
            "check your facts before you press send and leave rumour to the street.",
            "Posts that could be defamatory or prejudice a court case will be taken down at once.",
            "The laws of the territory apply to everything written here, replies and private messages included.",
        ),
    ),
    (  # language
        ("Language", "English please", "Keep it clean"),
        (
            "Please write in English so all readers can follow; a phrase in Sardinian, Corsican or Luo is welcome "
            "if you translate it.",
            "No swearing or crude language, even with the letters starred out.",
            "Avoid shouting in capitals and long strings of emoji; they make threads hard to read.",
        ),
    ),
    (  # removal at the editors' discretion
        ("Our decision is final", "Removal", "Editors' discretion"),
        (
            "The editors may remove any post, and close any thread, without giving a reason.",
            "We reserve the right to edit or delete contributions that break these guidelines.",
            "Moderators' decisions are final; if you disagree, write to the committee rather than arguing in the "
            "thread.",
        ),
    ),
    (  # reporting
        ("Reporting", "Flag it", "Report a problem"),
        (
            "Use the Report link under any post you think breaks these rules, and a moderator will review it.",
            "If you see something offensive, flag it rather than replying to it.",
            "Concerns about a message can be raised with the club secretary by phone or at the next meeting.",
        ),
    ),
    (  # readers' views
        ("Your views", "Opinions", "Disclaimer"),
        (
            "Views expressed by readers are their own and not those of the paper or its staff.",
            "Posts reflect the opinions of members, not of the fellowship's board or its minister.",
            "Reader comments are not checked for accuracy, and publishing them does not mean we agree.",
        ),
    ),
    (  # young members
        ("Young members", "Students", "Minors"),
        (
            "Students under 16 should post only with a parent's permission, and never give their school or surname.",
            "Do not identify children by name in photos or posts about tournaments or reading sessions.",
            "Our literacy programme's learners are never named here; refer to them by first initial only.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Sharing files"),
        (
            "Do not paste whole articles, scanned manuals or ROM files; quote briefly and link to the source.",
            "Only upload photos you took yourself or have the photographer's permission to share.",
        ),
    ),
    (  # behaviour and the group's standing
        ("Good behaviour", "Representing the group", "Our name"),
        (
            "Remember that what you write here reflects on the whole organisation and its volunteers on the dunes.",
            "Behaviour that would not be accepted at a club night is not accepted on the forum either.",
            "Please do not criticise named staff of partner agencies; raise concerns with the coordinator instead.",
        ),
    ),
)

TITLES_51 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Comment policy",
    "Noticeboard house rules",
    "Forum rules",
    "Guidelines for replies",
    "Readers' comments: the rules",
)
INTROS_51 = (
    "Before you post, please take a minute to read our guidelines.",
    "We welcome readers' comments on our stories, within a few simple rules.",
    "This board is run by volunteers; please help them by following these rules.",
    "By posting you agree to the following:",
    "Our discussion space is open to all members who keep to these points.",
)
CLOSINGS_51 = (
    "Thank you for keeping the conversation friendly.",
    "Questions about these rules? Write to the editor.",
    "These rules were last reviewed by the committee in March.",
    "Happy posting, and see you at the next club night.",
    "Comments that break these guidelines will be removed.",
)
AMERICAN_51 = {
    "neighbour": "neighbor",
    "rumours": "rumors",
    "rumour": "rumor",
    "behaviour": "behavior",
    "organisation": "organization",
    "programme": "program",
    "centre": "center",
    "criticise": "criticize",
    "misspelt": "misspelled",
}

_MARKERS = ("1.", "1)", "•", "-", "*", "(a)")
_HEADINGS = ("colon", "dash", "own", "absent")


def _marker(kind: str, number: int) -> str:
    if kind == "1.":
        return f"{number}."
    if kind == "1)":
        return f"{number})"
    if kind == "(a)":
        return f"({'abcdefghijklmnopqrstuvwxyz'[number - 1]})"
    return kind


def _heading(heading: str, capitals: bool) -> str:
    return heading.upper() if capitals else heading


def _items_51(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy's items as a site of the family prints them: two to three items (0.25) or four to nine, a heading
    after a colon, before a dash in the sentence's line, on a line of its own or absent (one way for the list or
    mixed), in capitals (0.3), numbered or bulleted (0.5); some sites (0.35) never say "comment"."""
    plain = rng.random() < 0.35  # a site that never says "comment"
    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 9)
    chosen = rng.sample(REWORDINGS_51, count)
    style = rng.choice((*_HEADINGS, "mixed"))
    capitals = rng.random() < 0.3
    marker = rng.choice(_MARKERS) if rng.random() < 0.5 else ""
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        if plain:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(sentence for sentence in sentences if not _says_comment(sentence))
        heading = _heading(rng.choice(headings), capitals)
        picked = rng.sample(sentences, 2) if len(sentences) > 1 and rng.random() < 0.15 else [rng.choice(sentences)]
        how = rng.choice(_HEADINGS) if style == "mixed" else style
        prefix = _marker(marker, number) + " " if marker else ""
        if how == "colon":
            label = heading if heading.endswith("?") else heading + ":"
            items.append((prefix + label, *picked))
        elif how == "dash":
            dash = rng.choice((" — ", " - ", " – "))
            items.append(("", prefix + heading + dash + picked[0], *picked[1:]))
        elif how == "own":
            items.append((prefix + heading, ""))
            items.append(("", *picked))
        else:
            items.append(("", prefix + picked[0], *picked[1:]))
    if plain:
        intros = [line for line in INTROS_51 if not _says_comment(line)]
        closings = [line for line in CLOSINGS_51 if not _says_comment(line)]
        titles = [line for line in TITLES_51 if not _says_comment(line)]
    else:
        intros, closings, titles = list(INTROS_51), list(CLOSINGS_51), list(TITLES_51)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_51)
