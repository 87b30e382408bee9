"""The ``reworded-54`` family's policies: island, diaspora, West African, Pacific, Midwest, kirk and club sites."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: (headings, sentences) per item kind; an empty heading is an item printed without one.
REWORDINGS_54: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (  # civility
        ("Be Courteous", "Mind Your Manners", "Respect", ""),
        (
            "Treat every neighbour on this page the way you would at the village fete, even when you disagree.",
            "Name-calling, slurs and sneering at other posters will be removed without warning.",
            "Argue the point, not the person; our members come from every parish and every opinion.",
            "Match officials, players and visiting supporters are to be spoken of with respect, whatever the score.",
        ),
    ),
    (  # on topic
        ("Stay On Topic", "Keep to the Subject", "Relevance", ""),
        (
            "Please keep your remarks to the story above; general grumbles belong in the Notice Board.",
            "Posts about hives, stamps or boats that have nothing to do with this thread will be moved.",
            "Off-topic replies may be taken down so the discussion stays useful for everyone reading it.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal Details", "Protect Yourself", ""),
        (
            "Never post a phone number, home address or mooring location, yours or anybody else's.",
            "We do not publish email addresses, and any post that shares someone's private details will be deleted.",
            "Your email is used only to contact you about your posts and is never shown to other readers.",
            "Children's names and photographs of young members may not be shared here without a parent's consent.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why Isn't My Post Up?", "Review Times", ""),
        (
            "All posts are read by a volunteer before they appear, which can take up to two days at weekends.",
            "Our moderators are volunteers in three time zones, so please allow 24 hours before asking about a post.",
            "Comments are held for approval and may not appear until the office opens on Monday morning.",
            "First posts from new members are checked by hand; later ones usually go up within the hour.",
        ),
    ),
    (  # account deletion
        ("Closing Your Account", "Deleting Your Account", "Leaving Us", ""),
        (
            "To close your account, write to the secretary and we will remove your profile within 30 days.",
            "You may delete your account at any time from Settings; your earlier posts will show as Former Member.",
            "If you ask us to erase your account, we remove your name and email but may keep anonymised posts.",
            "Volunteers who stop collecting with us can ask the coordinator to delete their login and rota history.",
        ),
    ),
    (  # advertising
        ("No Advertising", "Selling and Promotion", "Adverts", ""),
        (
            "Do not use the board to sell queens, nucs, covers or boats; use the classifieds page instead.",
            "Promotional posts, fundraising appeals and links to shops are removed"
            " unless the committee agreed them first.",
            "Traders are welcome to read and reply, but not to advertise their own goods in the threads.",
            "Team sponsors are thanked on the boosters' page; please do not post their offers in the discussion.",
        ),
    ),
    (  # errors to the newsroom
        ("Spotted a Mistake?", "Corrections", "Errors", ""),
        (
            "If you find an error in a story, email the newsroom rather than posting it here so we can fix it.",
            "Corrections go to the editor at the address below; a post in this box may never reach the desk.",
            "Please report mistakes in our reporting to the news desk directly, where a reporter will check them.",
        ),
    ),
    (  # legal
        ("Legal", "The Law", "Defamation", ""),
        (
            "Do not accuse named people of crimes; you, not the paper, are responsible for what you write.",
            "Say nothing about cases before the magistrates or high court that could prejudice a fair trial.",
            "Posts that are libellous, threatening or in contempt of court will be removed and may be passed on.",
        ),
    ),
    (  # language
        ("Language", "Clean Talk", "Keep It Clean", ""),
        (
            "No swearing, in English, Krio, Konkani, Malayalam, Chamorro or any other tongue, please.",
            "Coarse language and crude jokes are not welcome; this page is read by families and young members.",
        ),
    ),
    (  # real names
        ("Use Your Real Name", "Who You Are", "Identity", ""),
        (
            "Post under your own full name, as you would sign a letter to the editor.",
            "Pretending to be another person, a councillor or an officer of the club will end your membership.",
            "Screen names are allowed, but the committee must know who you are before you can post.",
        ),
    ),
    (  # spam and links
        ("Links", "Spam", "No Chain Posts", ""),
        (
            "Links to other sites are allowed only when they add to the discussion; bare links are removed.",
            "Repeated posts, chain messages and anything that looks automated will be deleted at once.",
        ),
    ),
    (  # sensitive places
        ("Sensitive Sites", "Locations", ""),
        (
            "Please do not name where nightjars, sand lizards or other protected species are nesting on the heath.",
            "Keep apiary locations and farm addresses vague; a township or parish is enough for the discussion.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other People's Work", "Photos and Pictures", ""),
        (
            "Only post photographs and text that are your own or that you have permission to share.",
            "Do not paste whole articles from other papers; a short quote and a link is enough.",
        ),
    ),
    (  # reporting abuse
        ("Report Abuse", "Flagging", "Tell Us", ""),
        (
            "Use the flag button to tell us about a post that breaks these rules; do not reply to it.",
            "If something worries you, contact a moderator privately rather than arguing about it in public.",
            "Reports are read by the committee, who have the final say on what stays and what goes.",
        ),
    ),
    (  # our right to remove
        ("Our Rights", "Final Say", "Removal", ""),
        (
            "We may edit, refuse or remove any post and suspend anyone who repeatedly ignores these rules.",
            "The editor's decision on any contribution is final and we will not enter into correspondence about it.",
            "Members who break the rules twice lose posting rights for a month; a third time, for good.",
        ),
    ),
]

INTROS_54 = (
    "Before you post, please read the following.",
    "These rules keep the discussion friendly for everyone in the parish.",
    "Welcome to the members' board. A few things to bear in mind:",
    "Our posting guidelines, agreed by the committee at the annual meeting:",
    "We welcome your comments. Please follow these simple rules.",
)

CLOSINGS_54 = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules? Write to the secretary.",
    "These guidelines may change; the latest version is always on this page.",
    "Thanks for commenting, and for keeping it civil.",
)

TITLES_54 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "House Rules",
    "Comment Policy",
    "Board Etiquette",
)

AMERICAN_54 = {
    "neighbour": "neighbor",
    "anonymised": "anonymized",
    "libellous": "libelous",
    "councillor": "councilor",
}


def _heading(heading: str, rng: random.Random) -> tuple[str, ...]:
    """How a site prints an item's heading: after a colon or dash, or alone on its line; capitals or not."""
    if rng.random() < 0.3:
        heading = heading.upper()
    style = rng.random()
    if heading.endswith("?"):
        return (heading,) if style < 0.6 else (heading, "")
    if style < 0.4:
        return (heading + ":",)
    if style < 0.6:
        return (heading + rng.choice((" -", " \u2013", " \u2014")),)
    if style < 0.8:
        return (heading + ".",)
    return (heading, "")  # on its own line


def _items_54(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy: two to three items a third of the time, else four to eight; headings printed as the site does,
    numbered or bulleted lists, and sites that never say "comment"."""
    count = rng.randint(2, 3) if rng.random() < 0.35 else rng.randint(4, 8)
    chosen = rng.sample(REWORDINGS_54, count)
    no_comment = rng.random() < 0.3
    headed = rng.random()  # all headed, none, or mixed
    marker = rng.choice(("", "", "number", "bullet", "paren"))
    bullet = rng.choice(("\u2022", "-", "*"))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        pool = [s for s in sentences if not (no_comment and _says_comment(s))] or list(sentences)
        sentence = rng.choice(pool)
        heading = rng.choice([h for h in headings if h]) if headed < 0.5 else rng.choice(headings)
        if headed > 0.85:
            heading = ""
        prefix = {"number": f"{number}.", "paren": f"{number})", "bullet": bullet}.get(marker, "")
        if heading:
            shown = _heading(heading, rng)
            if len(shown) == 2:  # heading alone on its line, the sentence on the next
                head = f"{prefix} {shown[0]}".strip()
                items += [("", head), ("", sentence)]
                continue
            head = f"{prefix} {shown[0]}".strip()
            items.append((head, sentence))
        else:
            items.append(("", f"{prefix} {sentence}".strip()))
    intros, closings, titles = INTROS_54, CLOSINGS_54, TITLES_54
    if no_comment:
        intros = tuple(line for line in intros if not _says_comment(line))
        closings = tuple(line for line in closings if not _says_comment(line))
        titles = tuple(line for line in titles if not _says_comment(line))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_54)
