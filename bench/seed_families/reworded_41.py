"""The ``reworded-41`` family's policies: island, diaspora, West African, Pacific, small-town and club sites."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: The family's item kinds: (headings, sentences) each.
REWORDINGS_41 = (
    (
        ("Your privacy", "Privacy", "Personal details", "What we keep"),
        (
            "We keep your email address private and never show it beside your post; only the moderators can see it.",
            "Your name and the town you give are shown with every reply, so leave out anything you would not tell a"
            " stranger at the pier.",
            "The society holds members' addresses for the newsletter only and will not pass them on to any other club"
            " or seller.",
            "The email address you give with a comment is used to check it is really you and is never published.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Waiting times", "Held for approval"),
        (
            "Every reply is read by a volunteer before it appears, and on ferry days or at lambing time that can take"
            " a day or two.",
            "Posts wait in a queue until one of the brothers has read them after Vespers; please do not send the same"
            " words twice.",
            "Our moderators are unpaid and spread over three time zones, so allow up to 48 hours before asking where"
            " your post went.",
            "Comments from new members are held for approval until a moderator has seen three of them; after that they"
            " appear at once.",
        ),
    ),
    (
        ("Closing your account", "Deleting your account", "Leaving the forum", "Account removal"),
        (
            "To close your account, write to the editor from the address you registered with and we will remove it"
            " within a fortnight.",
            "Deleting your account removes your profile, but replies others have quoted may stay in the thread with"
            " your name taken off.",
            "If you want your account and everything you posted taken down, use the form under Settings or ask a"
            " committee member at the next meeting.",
        ),
    ),
    (
        ("No advertising", "Selling and promotion", "Adverts", "For sale notices"),
        (
            "Do not use the discussion to sell plants, cubes, timber or anything else; members' sales go on the"
            " noticeboard page instead.",
            "Links to shops, fundraisers or your own business will be removed unless a board member has agreed to them"
            " first.",
            "Advertising of any kind, church raffles and tour operators included, belongs in the paid classifieds and"
            " not under our stories.",
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting", "Tell the newsroom"),
        (
            "If you think a story has a fact wrong, email the newsroom rather than posting it here, so an editor can"
            " check and correct it.",
            "Corrections to names, dates or match scores should be sent to the editor; a note in the thread may never"
            " reach the reporter.",
            "Please report errors in the bulletin to the front desk or the office email, and we will print the"
            " correction the following week.",
            "A comment is not the way to flag an error in our reporting: write to corrections at the address on the"
            " contact page.",
        ),
    ),
    (
        ("Be courteous", "Respect", "Mind your manners", "Kindness first"),
        (
            "Treat other members as you would a neighbour on the green: disagree by all means, but without insults or"
            " name-calling.",
            "Personal attacks, slurs and mockery of anyone's faith, tribe, island or accent are not allowed and will"
            " be deleted.",
            "Speak to one another as guests of the house would, gently and without shouting in capital letters.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "On topic, please"),
        (
            "Keep your replies to the story or thread they sit under; general chat belongs in the members' lounge.",
            "Posts about other matters, however interesting, will be moved or removed so the thread stays useful to"
            " everyone.",
            "Comments should be about the article above them, not about the paper, the council or last week's storm.",
        ),
    ),
    (
        ("Other people's details", "Protect others", "Photos of students"),
        (
            "Never post someone else's phone number, address or photograph without their permission, even if the whole"
            " village already knows it.",
            "Students on the robotics team are minors; do not name them or post their pictures unless the school has"
            " already published them.",
            "Residents of the centre have a right to their privacy, so please ask before sharing a photo taken at an"
            " outing.",
        ),
    ),
    (
        ("Use your real name", "Names", "Who you are"),
        (
            "We ask that you post under your own name, as you would sign a letter to the paper; pen names are removed.",
            "Anonymous posts are not accepted, but your first name and the initial of your surname are enough.",
            "Post as yourself: a handle is fine on the forum, but impersonating another cuber or a judge gets you"
            " banned.",
        ),
    ),
    (
        ("Language", "Which language?", "Plain words"),
        (
            "Posts may be in English, Icelandic or Norwegian, but please add a line of English so every member can"
            " follow along.",
            "Write in English or Cook Islands Maori as you please, and keep swearing out of it in any language.",
            "Keep language clean; this is a family paper, read at the breakfast table and in the senior center lounge.",
        ),
    ),
    (
        ("Spam", "No repeat posts", "Links"),
        (
            "Repeated posts, chain letters and links with no explanation are treated as spam and the account may be"
            " suspended.",
            "Please ask a question once; if nobody answers within a week, bump the thread instead of starting a new"
            " one.",
            "Links are welcome when they help, such as a trail map or a solve video, but say what is behind them.",
        ),
    ),
    (
        ("The law", "Defamation", "Legal matters"),
        (
            "Do not accuse anyone of a crime or misconduct; we are answerable for what appears here and will remove"
            " anything that could be defamatory.",
            "Discussion of cases before the courts will be closed until the case is decided, as the law requires.",
            "Under the law of Sierra Leone a publisher can be liable for what readers write, so we take down anything"
            " libellous at once.",
        ),
    ),
    (
        ("Report a problem", "Flag it", "Something wrong?"),
        (
            "If you see a post that breaks these rules, use the report link beside it rather than replying, and a"
            " moderator will look at it.",
            "Tell the crew leader or email the webmaster about any post that worries you, and leave it to them to deal"
            " with.",
        ),
    ),
    (
        ("Our decision is final", "Removal", "Editors' discretion"),
        (
            "The editors may remove any post or suspend any account at their discretion and will not enter into"
            " correspondence about it.",
            "We may take down posts that break these guidelines without notice; repeated breaches mean you lose your"
            " posting rights.",
            "Comments that break these rules are removed without warning, and the moderators' decision is final.",
        ),
    ),
    (
        ("Copyright", "Photos and quotes", "Other people's work"),
        (
            "Only upload photos you took yourself, and credit the grower when you share a picture of someone else's"
            " orchid.",
            "Do not paste whole articles from other papers; a short quote and a link to the source are enough.",
        ),
    ),
)

#: Lines printed above the items.
POLICY_INTROS_41 = (
    "These rules apply to everyone who posts here, members and visitors alike.",
    "A few things to keep in mind before you join the conversation:",
    "Please read the following before you post.",
    "We welcome comments from readers at home and abroad, on these terms:",
    "Our forum is run by volunteers, and it works best when everyone follows a few simple rules.",
)

#: Lines printed below the items.
POLICY_CLOSINGS_41 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "By posting you agree to these guidelines, which may change from time to time.",
    "Thank you, and happy growing.",
    "Comments that ignore these guidelines will be removed.",
    "Last updated by the committee in March.",
)

#: Titles printed above the policy.
POLICY_TITLES_41 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Forum House Rules",
    "Comment Guidelines",
    "Reader Comment Policy",
)

#: American spellings of the family's British words, as a site in Ohio or Wyoming prints them.
AMERICAN_41 = {
    "neighbour": "neighbor",
    "centre": "center",
    "libellous": "libelous",
    "a fortnight": "two weeks",
    "noticeboard": "bulletin board",
    "timber": "lumber",
    "adverts": "ads",
}

_NUMBERS = ("{}. ", "{}) ", "({}) ")
_BULLETS = ("\u2022 ", "* ", "- ", "\u2013 ", "\u00b7 ")
_DASHES = (" -", " \u2013", " \u2014")


def _heading_form(heading: str, how: str, capitals: bool, rng: random.Random) -> str:
    text = heading.upper() if capitals else heading
    if how == "colon":
        return text if text.endswith("?") else text + ":"
    if how == "dash":
        return text + rng.choice(_DASHES)
    if how == "period":
        return text if text.endswith("?") else text + "."
    return text if rng.random() < 0.7 or text.endswith("?") else text + ":"  # on its own line


def _items_41(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy of the family: 2-3 items a third of the time, else four to nine, its headings inline (after a
    colon, a dash or a full stop), on their own line or absent, the same way throughout or mixed, in capitals now
    and then; numbered or bulleted or neither; a site that never says "comment" 0.3 of the time."""
    no_comment = rng.random() < 0.3
    kinds = []
    for headings, sentences in REWORDINGS_41:
        if no_comment:
            sentences = tuple(sentence for sentence in sentences if not _says_comment(sentence))
        if sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.33 else rng.randint(4, 9)
    chosen = rng.sample(kinds, min(count, len(kinds)))
    styles = ("colon", "dash", "period", "line", "absent")
    style = rng.choice((*styles, "mixed"))
    capitals = rng.random() < 0.3
    marker = rng.choice(("none", "none", "number", "bullet"))
    number_form, bullet = rng.choice(_NUMBERS), rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, 1):
        how = rng.choice(styles) if style == "mixed" else style
        heading = _heading_form(rng.choice(headings), how, capitals, rng)
        sentence = rng.choice(sentences)
        prefix = number_form.format(index) if marker == "number" else bullet if marker == "bullet" else ""
        if how == "absent":
            items.append(("", prefix + sentence))
        elif how == "line":
            items.append((prefix + heading, ""))
            items.append(("", sentence))
        else:
            items.append((prefix + heading, sentence))
    intros, closings, titles = POLICY_INTROS_41, POLICY_CLOSINGS_41, POLICY_TITLES_41
    if no_comment:
        intros, closings, titles = (
            tuple(x for x in pool if not _says_comment(x)) for pool in (intros, closings, titles)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_41)
