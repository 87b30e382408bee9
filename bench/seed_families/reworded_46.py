"""The ``reworded-46`` family's policies: island, diaspora, farm-county, parish, club and hobby-board sites' rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each kind of item: its headings and its sentences, as the sites of this family word them.
REWORDINGS_46: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be Neighbourly", "Courtesy First", "Mind Your Manners", "Keep It Civil"),
        (
            "Treat other readers as you would a neighbour across the garden fence, even when you disagree strongly.",
            "Disagree with the argument, never with the person making it; name-calling gets a post removed.",
            "We are a small community and most of us will meet at the market, so please write accordingly.",
            "Courtesy costs nothing here: posts that sneer, bully or belittle other members will not stay up.",
        ),
    ),
    (  # on topic
        ("Stay On Topic", "Keep to the Thread", "Relevance"),
        (
            "Keep replies to the story or thread above; start a new topic for anything else on your mind.",
            "Posts that wander far from the subject of the discussion may be moved or taken down by the moderators.",
            "Please keep to the subject at hand, whether that is a harvest report, a match result or a sermon.",
        ),
    ),
    (  # personal attacks, hate
        ("No Hate", "Respect Every Community", "No Personal Attacks", "Hateful Content"),
        (
            "Abuse aimed at anyone's nationality, ethnic group, faith, clan or region has no place on this site.",
            "We remove slurs and attacks on people for their origin, church, language or politics, without warning.",
            "Old quarrels from home stay at home; attacks on other communities or their leaders will be deleted.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect Your Privacy", "Personal Details", "Keep It Private"),
        (
            "Do not post phone numbers, home addresses or e-mail addresses, yours or anyone else's, in a public thread.",
            "Your e-mail address is used only to verify your account and is never shown to other readers.",
            "We do not sell or share the details you give us when you register; see our privacy notice for more.",
            "Never post a player's surname, school or photograph; our members include children under sixteen.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why Your Post Has Not Appeared", "Review Times", "Pre-Moderation"),
        (
            "Every post is read by a volunteer before it appears, so please allow up to a day, longer over harvest.",
            "Your first few posts are held for approval; after that they should appear straight away.",
            "Moderators are volunteers and check the queue in the evening, so a post sent at breakfast may wait.",
            "Comments containing links are held for review and can take up to forty-eight hours to show.",
        ),
    ),
    (  # account deletion
        ("Closing Your Account", "Deleting Your Account", "Leaving the Board"),
        (
            "To close your account, write to the editor; your profile and comments will be removed within thirty days.",
            "If you delete your account, your past posts stay up but are shown under the name of a former member.",
            "You can remove your membership at any time from the settings page, and we will erase your details.",
        ),
    ),
    (  # advertising
        ("No Advertising", "Adverts and Spam", "Selling and Trading", "Commercial Posts"),
        (
            "Adverts, sales pitches and links to shops will be removed; contact our office about paid listings.",
            "Buy, sell and swap posts belong in the marketplace section only, never in the discussion threads.",
            "Members may mention their own lathe work or records for sale once a month, in the trading thread.",
            "Spam and repeated promotion of any business, church, club or cause will lead to a ban.",
        ),
    ),
    (  # errors to the newsroom
        ("Spotted an Error?", "Corrections", "Tell the Newsroom", "Report a Mistake"),
        (
            "If you find a mistake in one of our stories, please e-mail the newsroom rather than posting it below.",
            "Corrections to the report itself should go to the editor by e-mail, so that we can fix them quickly.",
            "Errors in fixtures, results or minutes should be sent to the secretary, who will put them right.",
            "Spelling of names from home matters to us: send corrections to the editors and we will amend the piece.",
        ),
    ),
    (  # language
        ("English Please", "Language", "Write in English"),
        (
            "Please post in English so that all readers and our moderators can follow the discussion.",
            "Posts in Croatian, Montenegrin, Amharic, Tigrinya or Palauan are welcome if an English summary follows.",
            "Keep your language clean; this newsletter is read by families, pastors and young members alike.",
        ),
    ),
    (  # responsibility, legal
        ("Your Responsibility", "Legal Matters", "Contempt of Court", "Defamation"),
        (
            "You are responsible for what you post; views expressed are those of members, not of the society.",
            "Do not discuss cases before the Royal Court in a way that could prejudice a fair trial.",
            "Do not make allegations you cannot prove; posts that may be defamatory will be removed at once.",
            "Opinions posted here are those of their writers and do not represent the synod or its congregations.",
        ),
    ),
    (  # reporting
        ("Report Abuse", "Flag It", "Something Wrong?", "Reporting a Post"),
        (
            "Use the report link beneath any comment you believe breaks these rules, and a moderator will look at it.",
            "If you see something that worries you, flag it rather than replying; arguing back only feeds the thread.",
            "To report a post, send the link and a short reason to the moderators at the address below.",
        ),
    ),
    (  # identity
        ("Real Names", "Who You Are", "No Impersonation", "Usernames"),
        (
            "Post under your own name or the name your club knows you by; pretending to be someone else means a ban.",
            "Usernames that imitate an officer, a pastor, a coach or a public figure will be changed or removed.",
            "One account per member, please; extra accounts used to dodge a suspension will be closed.",
        ),
    ),
    (  # copyright and pictures
        ("Copyright", "Photos and Quotes", "Other People's Work"),
        (
            "Only upload photographs you took yourself, and quote a few lines of an article rather than the whole.",
            "Sleeve scans and catalogue photos are fine for identification; do not post whole copyrighted booklets.",
            "Maps, course notes and plans belong to the club, so ask the committee before sharing them elsewhere.",
        ),
    ),
    (  # removal and bans
        ("Our Decision Is Final", "Warnings and Bans", "Removal of Posts", "Enforcement"),
        (
            "The moderators may edit or remove any comment without giving a reason, and their decision is final.",
            "Break these rules once and you will get a warning; twice and your posting rights are suspended.",
            "Members who repeatedly ignore these guidelines will have their accounts closed without further notice.",
        ),
    ),
    (  # safety and advice
        ("Safety", "Advice at Your Own Risk", "Workshop Safety"),
        (
            "Advice on turning, sharpening or finishing is given in good faith; always follow your tool's manual.",
            "Tips about tides, crossings and mudflats are members' opinions only; check the official tide tables.",
            "Never post a member's shed code, padlock number or where the plot keys are kept.",
        ),
    ),
    (  # contact
        ("Contact Us", "Questions?", "Get in Touch"),
        (
            "Questions about these guidelines can be sent to the editor at the address shown at the foot of the page.",
            "If you need help with your account, contact the volunteer who looks after the website.",
            "For anything about this policy, ring the office on a weekday morning or leave a note at the shed.",
        ),
    ),
)

POLICY_INTROS_46 = (
    "Before you post, please take a moment to read our rules.",
    "We welcome your views, but we ask everyone to follow a few simple guidelines.",
    "This forum is run by volunteers, and these posting rules keep it friendly for everyone.",
    "Please read the discussion rules below before joining the conversation.",
    "Comments are welcome on all our stories, provided they follow these rules.",
)
POLICY_CLOSINGS_46 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time without notice.",
    "By posting you agree to abide by these guidelines.",
    "Thanks for reading, and happy posting.",
    "Thank you for commenting responsibly and kindly.",
)
POLICY_TITLES_46 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Forum Rules",
    "Board Etiquette",
    "Comment Guidelines",
    "House Rules for Readers",
)
AMERICAN_46 = {
    "neighbourly": "neighborly",
    "neighbour": "neighbor",
    "catalogue": "catalog",
    "organisation": "organization",
    "behaviour": "behavior",
    "offence": "offense",
}

_NUMBERS = ("{}.", "{})", "({})", "{} -")
_BULLETS = ("\u2022", "-", "*", "\u2013")


def _heading(heading: str, style: str, capitals: bool, dash: str) -> str:
    text = heading.upper() if capitals else heading
    if style == "colon" and not text.endswith("?"):
        return text + ":"
    if style == "dash":
        return text + dash
    return text


def _items_46(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of this family: 2-3 items a third of the time, else 4-8; headings after a colon or dash, on their
    own line, or absent, in capitals now and then, one style a list or mixed; numbered, bulleted or bare."""
    never_comment = rng.random() < 0.35
    kinds = [kind for kind in REWORDINGS_46 if not never_comment or not _says_comment(*kind[0], *kind[1])]
    count = rng.randint(2, 3) if rng.random() < 0.33 else rng.randint(4, 8)
    chosen = rng.sample(kinds, min(count, len(kinds)))
    styles = ("colon", "dash", "line", "bare", "absent")
    list_style = rng.choice(styles)
    mixed = rng.random() < 0.3
    capitals = rng.random() < 0.25
    marker = rng.choice(("number", "bullet", "none", "none"))
    numbers = rng.choice(_NUMBERS)
    bullet = rng.choice(_BULLETS)
    dash = rng.choice((" \u2014", " -", " \u2013"))
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, 1):
        options = [s for s in sentences if not never_comment or not _says_comment(s)] or list(sentences)
        heading_options = [h for h in headings if not never_comment or not _says_comment(h)] or list(headings)
        style = rng.choice(styles) if mixed else list_style
        heading = _heading(rng.choice(heading_options), style, capitals or (mixed and rng.random() < 0.15), dash)
        parts = [rng.choice(options)]
        if rng.random() < 0.12:
            second = rng.choice(options)
            if second != parts[0]:
                parts.append(second)
        prefix = numbers.format(index) if marker == "number" else bullet if marker == "bullet" else ""
        if style == "absent":
            parts[0] = f"{prefix} {parts[0]}".strip()
            items.append(("", *parts))
        elif style == "line":
            items.append((f"{prefix} {heading}".strip(), ""))
            items.append(("", *parts))
        else:
            items.append((f"{prefix} {heading}".strip(), *parts))
    if never_comment:
        intros = [line for line in POLICY_INTROS_46 if not _says_comment(line)]
        closings = [line for line in POLICY_CLOSINGS_46 if not _says_comment(line)]
        titles = [line for line in POLICY_TITLES_46 if not _says_comment(line)]
    else:
        intros, closings, titles = list(POLICY_INTROS_46), list(POLICY_CLOSINGS_46), list(POLICY_TITLES_46)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_46)
