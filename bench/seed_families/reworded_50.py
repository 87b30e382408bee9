"""The ``reworded-50`` family's policies: as island, lakeshore, river-town, diocesan and club sites print them."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Item kinds: (headings, sentences) each, as island pages, Welsh-Patagonian and Central African English news
#: sites, river-town weeklies, Bush papers, diocesan newsletters, clubs, forums and trusts print them.
REWORDINGS_50: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be courteous", "Mind your manners", "Kindness first", "Civil posts only"),
        (
            "We are a small island and everyone knows everyone, so please write as you would speak to a neighbour "
            "at the shop.",
            "Disagree with the idea, not the person: name-calling and personal attacks will be removed without notice.",
            "Treat fellow readers with the courtesy you would show them after the Sunday service.",
            "Heated rivalry belongs on the rink, not in these threads; keep your posts fair to players, officials "
            "and other families.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "On-topic, please"),
        (
            "Replies should relate to the story above; general chatter is better suited to the community noticeboard.",
            "Please keep discussion to the article or thread in question rather than starting an unrelated argument.",
            "Posts that wander off the subject, such as race results in a recipe thread, may be moved or removed.",
            "Comments that stray from the article may be taken down, however interesting they are.",
        ),
    ),
    (
        ("Use your own name", "Real names", "Who you are"),
        (
            "Contributors are asked to post under their real name, as they would sign a letter to the editor.",
            "Anonymous and pen-name accounts are not accepted on this board; members must register with their "
            "full name and village.",
            "Impersonating another member, a club official or a member of clergy will lead to an immediate ban.",
        ),
    ),
    (
        ("Privacy", "Personal details", "Protect your privacy", "Keep it private"),
        (
            "Do not publish phone numbers, home addresses, email addresses or any other personal details, whether "
            "your own or anyone else's.",
            "Please never name donors, patients or volunteers without their permission, and never share their "
            "contact details.",
            "Our privacy notice explains what we store when you register and how long we keep it; you can read it "
            "at any time from the footer.",
            "Photographs of children may only be posted with a parent's written consent.",
        ),
    ),
    (
        ("Moderation delays", "Why hasn't my post appeared?", "Comments awaiting approval", "Please be patient"),
        (
            "All comments are read by a volunteer before they appear, and our satellite link means this can take "
            "up to two days.",
            "New contributions are held for approval and may not show until the moderator is next at the office, "
            "usually within a week when the mail plane is late.",
            "Posts are approved by hand during office hours only, so anything sent at the weekend will wait until "
            "Monday.",
            "Because our connection to the outside world is slow and expensive, messages are checked in batches and "
            "some delay is unavoidable.",
        ),
    ),
    (
        ("Closing your account", "Account deletion", "Leaving the forum", "Delete my account"),
        (
            "To close your account, email the administrator from the address you registered with and we will remove "
            "it within 30 days.",
            "You may delete your account at any time from your profile page; your past posts will be shown as from "
            "a former member.",
            "If you ask us to erase your account we will also remove your profile photograph, but replies quoting "
            "you may remain.",
        ),
    ),
    (
        ("No advertising", "Selling and promotion", "Spam", "Adverts"),
        (
            "Commercial advertising is not allowed in the discussion; buy and sell notices belong in the classifieds "
            "section.",
            "Posts promoting businesses, raffles or fundraisers organised outside the club will be removed unless a "
            "committee member has approved them.",
            "Links to shops, betting sites or get-rich schemes are treated as spam and the account will be blocked.",
            "Members may mention cider kits or slot-car parts they have for sale once a month in the marketplace "
            "thread only.",
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Tell the newsroom", "Mistakes in our reporting"),
        (
            "If you believe a story contains a mistake, please contact the newsroom directly rather than posting "
            "it below, so that we can correct it quickly.",
            "Errors of fact should be reported to the editor by email or telephone; corrections are printed on page "
            "two of the next issue.",
            "Please send corrections to the newsletter editor; the discussion is not monitored for errors in our "
            "reporting.",
        ),
    ),
    (
        ("The law", "Legal matters", "Defamation", "Court cases"),
        (
            "Do not post anything defamatory, threatening or in contempt of court; you are legally responsible for "
            "what you write.",
            "Where a case is before the magistrates, remarks on guilt or innocence will not be published until it "
            "is concluded.",
            "We must follow the laws of the territory, and we will pass details of unlawful posts to the police if "
            "required.",
        ),
    ),
    (
        ("Report a problem", "Flagging posts", "Seen something wrong?"),
        (
            "Use the report link beneath any post you feel breaks these rules and a moderator will review it.",
            "If something offends you, please do not reply in kind; flag it and let the moderators deal with it.",
            "Reports are read by two members of the committee, who decide together whether the post stays.",
        ),
    ),
    (
        ("Language", "English, Welsh or Spanish", "Which language?"),
        (
            "Posts are welcome in English, Welsh or Spanish, but please add a short English summary so that "
            "every reader can follow.",
            "Please write in English so that our moderators can read your post; messages in other languages may be "
            "held for translation.",
            "Chichewa, Bemba and English are all welcome, though swearing in any language will be removed.",
        ),
    ),
    (
        ("Copyright", "Sharing others' work", "Quoting and photos"),
        (
            "Only upload photographs you took yourself or have the owner's permission to use, and credit them.",
            "Short quotations are fine, but please link to the original rather than copying whole articles or recipes.",
            "Material you post may be reprinted in the newsletter or the parish magazine unless you tell us otherwise.",
        ),
    ),
    (
        ("Your views are your own", "Disclaimer", "Opinions"),
        (
            "Views expressed in posts are those of their authors and not of the trust, its staff or its trustees.",
            "The diocese does not endorse opinions expressed by contributors, and publication does not imply "
            "agreement.",
            "Nothing said here represents the official position of the club, its coaches or its sponsors.",
        ),
    ),
    (
        ("Our right to remove", "Moderator decisions", "Final say"),
        (
            "The editor reserves the right to edit, refuse or remove any post, and to suspend contributors whose "
            "behaviour repeatedly breaks these rules.",
            "Moderators' decisions are final, although you may appeal by writing to the secretary within 14 days.",
            "We may close a discussion at any time, for example when a thread becomes unkind or when the tide of "
            "posts is more than our volunteers can read.",
        ),
    ),
)

INTROS_50 = (
    "Before you post, please take a moment to read our discussion rules.",
    "These posting guidelines apply to everyone who takes part in the discussion on this site.",
    "We welcome your comments on our stories, provided you follow a few simple rules.",
    "By posting on this board you agree to the following house rules, set by the committee.",
    "Our members keep this forum friendly; here is how we ask everyone to take part.",
)
CLOSINGS_50 = (
    "Thank you for helping to keep our community discussion friendly and useful.",
    "These rules were last reviewed by the committee at the annual general meeting.",
    "Questions about these guidelines can be sent to the editor at the office.",
    "Posts that break these rules may be removed without notice or explanation.",
    "Comments which do not follow these guidelines will not be published.",
)
TITLES_50 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Comment Guidelines",
    "Forum Rules",
    "House Rules for Contributors",
)

#: British spellings in this family's lines and their American forms.
AMERICAN_50 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organise": "organize",
}

_MARKERS = ("•", "-", "*", "–", "·")
_DASHES = (" -", " –", " —")


def _heading(heading: str, how: str, rng: random.Random) -> str:
    if how == "colon":
        return heading if heading.endswith("?") else heading.rstrip(".") + ":"
    if how == "dash":
        return heading + rng.choice(_DASHES)
    return heading


def _items_50(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: 2-3 (0.3) or 4-9 of the kinds; headings after a colon or a dash, on their own line, or
    absent, in capitals (0.3), one way a policy or mixed (0.25); numbered (0.25) or bulleted (0.25); a second
    sentence under an item (0.15); sites that never say "comment" (0.3); then the opening, closing and title
    lines, spelling and quotes (:func:`_furnish`)."""
    plain = rng.random() < 0.3
    kinds = []
    for headings, sentences in REWORDINGS_50:
        if plain:
            headings = tuple(h for h in headings if not _says_comment(h))
            sentences = tuple(s for s in sentences if not _says_comment(s))
        kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 9)
    chosen = rng.sample(kinds, count)
    layouts = ("colon", "dash", "own", "absent")
    layout = "mixed" if rng.random() < 0.25 else rng.choice(layouts)
    capitals = rng.random() < 0.3
    marking = rng.random()
    bullet = rng.choice(_MARKERS)
    numbering = rng.choice(("{}. ", "{}) ", "{}: ")) if marking < 0.25 else ""
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        how = rng.choice(layouts) if layout == "mixed" else layout
        heading = _heading(rng.choice(headings), how, rng)
        if capitals:
            heading = heading.upper()
        said = rng.sample(sentences, 2 if rng.random() < 0.15 else 1)
        prefix = numbering.format(number) if numbering else (bullet + " " if marking < 0.5 else "")
        if how == "absent":
            items.append(("", prefix + said[0], *said[1:]))
        elif how == "own":
            items.append((prefix + heading, ""))
            items.append(("", *said))
        else:
            items.append((prefix + heading, *said))
    intros = [line for line in INTROS_50 if not (plain and _says_comment(line))]
    closings = [line for line in CLOSINGS_50 if not (plain and _says_comment(line))]
    titles = [line for line in TITLES_50 if not (plain and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_50)
