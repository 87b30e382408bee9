"""The ``reworded-39`` family's policies: valley papers', diaspora and island sites', clubs' and forums' posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: (headings, sentences) per kind of item; a heading of "" is an item printed with none.
REWORDINGS_39: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be neighbourly", "RESPECT", "Play the ball, not the person", ""),
        (
            "We are a small valley and everybody knows everybody, so write as if you were saying it across the"
            " counter at the Co-op.",
            "Disagree as hard as you like about the argument, but personal attacks, name-calling and insults will be"
            " taken down.",
            "Treat fellow members the way you would at a Tuesday night rehearsal: firmly, fairly and without shouting.",
            "Comments that abuse anyone's tribe, region, island, faith or family give offence and are not allowed here.",
        ),
    ),
    (  # identity
        ("Use your real name", "WHO YOU ARE", "Names"),
        (
            "Posts must carry your full name and the village or town you live in; anonymous letters are not printed.",
            "Sign in with the name your club knows you by, not a nickname, so the captain can put a face to it.",
            "One account per person, please, and do not pretend to be another member, officer or public figure.",
        ),
    ),
    (  # privacy of other people
        ("Privacy", "Other people's details", "KEEP IT PRIVATE", ""),
        (
            "Never post anyone's home address, phone number, workplace or car registration, even if you think it is"
            " common knowledge.",
            "Do not name or picture children, including junior rowers and youth band members, without a parent's"
            " written permission.",
            "Tenants' names, flat numbers and the details of their cases stay off this page unless they have asked us"
            " to share them.",
            "Comments that reveal where someone lives or works will be removed, whatever the reason given.",
        ),
    ),
    (  # sensitive places
        ("Sensitive sites", "Locations", "NESTS AND ROOSTS"),
        (
            "Do not give exact locations of nesting rare birds, roosts or leks; a county name or a 10 km grid square"
            " is enough.",
            "Please don't publish directions onto private land or into the old workings; the shafts are unfenced and"
            " people have died.",
            "Conservation easements cross private farms, so share trail access only as it appears on the trust's own"
            " maps.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "PATIENCE PLEASE", ""),
        (
            "Every comment is read by a volunteer before it appears, so allow up to 48 hours, longer over eisteddfod"
            " week.",
            "Our moderators are in Nuku'alofa and Apia, many hours ahead of readers in Auckland and Salt Lake City,"
            " so replies may wait until morning.",
            "Posts from new members are held for approval; once you have had a few approved, they go up straight away.",
            "If your message has not shown up after three days it was probably caught by the spam filter, so email"
            " the editor.",
        ),
    ),
    (  # account deletion
        ("Closing your account", "Leaving us", "DELETE MY ACCOUNT"),
        (
            "You can delete your account at any time from your profile page; your posts will then show as from a"
            " former member.",
            "To have your account and everything you have posted removed, write to the webmaster and allow 30 days.",
            "Lapsed guild members keep read-only access until the end of the quilt year, when their logins are closed.",
            "Deleting your account does not remove your comments where others have quoted them, nor anything printed"
            " in the newsletter.",
        ),
    ),
    (  # advertising
        ("No advertising", "Selling and swapping", "ADVERTS", ""),
        (
            "No selling, spam or links to your own business; for-sale posts belong in the Marketplace thread, one"
            " per member a month.",
            "Advertising is handled by our office in Lusaka; comments promoting products, loans or churches will be"
            " deleted.",
            "Members may mention their own patterns, kits or fabric shops once in their signature, not in the body of"
            " a post.",
            'Chain letters, pyramid schemes and "get rich" offers are removed on sight and the sender barred.',
        ),
    ),
    (  # errors to the newsroom
        ("Corrections", "Spotted a mistake?", "ERRORS", ""),
        (
            "If we have got something wrong in a story, email the newsroom rather than commenting below, so we can"
            " correct it properly.",
            "Factual errors in the newsletter go to the editor at the address on the back page; the forum is not"
            " read for corrections.",
            "Tell the news desk about mistakes by WhatsApp or email and we will print a correction in the next"
            " edition.",
        ),
    ),
    (  # language
        ("Language", "Iaith / Language", "IN ENGLISH PLEASE", ""),
        (
            "Posts in Welsh or English are equally welcome; please add a short translation if you hope for a wide"
            " reply.",
            "Write in English so all our readers can follow, though a line of Euskara or Galego among friends is fine.",
            "We accept comments in English, Chichewa and Bemba, but posts in other languages may wait until a"
            " moderator can read them.",
            "Tongan and Samoan are welcome alongside English; swearing in any language is not.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic", "KEEP TO THE THREAD"),
        (
            "Keep replies to the subject of the article; general chat belongs in the Open Forum.",
            "This board is for vintage machines and their software, so take politics, crypto and console wars"
            " elsewhere.",
            "Ride reports, route questions and campaign news are welcome; arguments about helmet law have their own"
            " thread.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "LEGAL", ""),
        (
            "Do not accuse named people, landlords or companies of crimes; if it has not been proven in court, we"
            " cannot publish it.",
            "Cases before the courts may not be discussed until they are over, and anything that could prejudice a"
            " trial will be removed.",
            "Claims about the mine's owners, the county or the union must be ones you could prove: you are legally"
            " responsible for what you post.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and scans", ""),
        (
            "Only upload photographs you took yourself or that carry a free licence, and credit the maker when you show"
            " another guild member's quilt.",
            "Scans of manuals and magazines are fine if the publisher is long gone; commercial ROMs and cracked"
            " software are not.",
            "Do not paste whole stories from other papers into a comment; a link and a sentence or two of your own"
            " will do.",
        ),
    ),
    (  # elections
        ("Elections", "Campaign period", "POLITICS"),
        (
            "During the election period, posts campaigning for a party or candidate will be held, in line with"
            " electoral commission rules.",
            "Criticise policies and office-holders by all means, but tribal and regional slurs against them will be"
            " removed.",
            "The union is non-partisan: endorsing candidates or parties on this noticeboard is not permitted.",
        ),
    ),
    (  # not official advice
        ("Safety", "Not official advice", "RIVER CONDITIONS"),
        (
            "Posts about river levels and flags are members' opinions; check the club's flag status page before you"
            " boat.",
            "Report dangerous junctions or potholes to the council as well; a post here is not a report to anyone"
            " who can fix them.",
            "If you find a bird in distress, call the local wildlife rescue first and post about it afterwards.",
        ),
    ),
    (  # the final say
        ("Our decision is final", "Removal", "THE EDITOR'S RIGHT", ""),
        (
            "The moderators may edit, hold or remove any post, and suspend members who break these rules, without"
            " giving reasons.",
            "We reserve the right to refuse publication of any letter or reply, and the editor's decision is final.",
            "Three warnings and you are out; repeat offenders will be barred from commenting for good.",
        ),
    ),
    (  # reporting a post
        ("Report a post", "Flagging", "SEE SOMETHING WRONG?"),
        (
            "Use the Report link under any comment you think breaks these rules, and a moderator will look at it.",
            "Email the committee secretary with a link to any post that worries you, and please do not reply in kind.",
            "Flag posts rather than arguing with them; flags are anonymous and every one is read.",
        ),
    ),
    (  # members' data and the advertising
        ("Your data", "Cookies and ads", ""),
        (
            "We use cookies to keep you logged in and to show the adverts that keep the paper free; our privacy"
            " notice has the details.",
            "Your email and IP address are stored for moderation only and are deleted a year after your last post.",
            "We never sell members' details, and the advertising on these pages is sold by the paper, not matched to"
            " your posts.",
        ),
    ),
)

TITLES_39 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Before You Post:",
    "Comment policy",
    "Forum etiquette",
    "Noticeboard rules",
    "House Rules",
    "Guild board guidelines",
    "Letters and replies",
)
INTROS_39 = (
    "Croeso! A few rules before you join in:",
    "Please read these before posting.",
    "By posting you agree to the following.",
    "Malo e lelei, and welcome. Our rules are simple:",
    "Ongi etorri, benvidos, welcome: please keep to these guidelines.",
    "Comments are welcome, within these rules:",
    "Members, please remember:",
)
CLOSINGS_39 = (
    "Thank you for keeping this a friendly place.",
    "Diolch - the editor.",
    "Fa'afetai lava for your understanding.",
    "Happy birding!",
    "Ride safe, and be kind.",
    "Questions about these rules go to the committee secretary at the community centre.",
    "These rules were last revised by the committee in March.",
    "Thank you for commenting responsibly.",
)
#: British spellings in these lines and their American forms, each word as printed.
AMERICAN_39 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "licence": "license",
    "offence": "offense",
    "centre": "center",
}
_BULLETS_39 = ("•", "-", "*", "–")
_DASHES_39 = ("-", "–", "—")


def _marker_39(kind: str, index: int) -> str:
    if kind == "number":
        return f"{index + 1}. "
    if kind == "paren":
        return f"{index + 1}) "
    if kind == "letter":
        return f"({'abcdefghij'[index]}) "
    return f"{kind} " if kind else ""


def _items_39(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of two or three items (0.3) or four to eight, each heading printed on its own line, inline after a
    colon or a dash, in capitals or not at all (one way for the policy, or mixed), numbered, lettered or bulleted
    (0.5); a site that never says "comment" (0.35) draws only lines without it."""
    plain = rng.random() < 0.35
    kinds = []
    for headings, sentences in REWORDINGS_39:
        if plain:
            headings = tuple(heading for heading in headings if not _says_comment(heading))
            sentences = tuple(sentence for sentence in sentences if not _says_comment(sentence))
        if headings and sentences:
            kinds.append((headings, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.3 else rng.randint(4, 8)
    chosen = rng.sample(kinds, count)
    ways = ("line", "colon", "dash", "capitals", "none")
    way = rng.choice((*ways, "mixed"))
    marker = rng.choice(("number", "paren", "letter", *_BULLETS_39)) if rng.random() < 0.5 else ""
    dash = rng.choice(_DASHES_39)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen):
        heading, sentence = rng.choice(headings), rng.choice(sentences)
        how = rng.choice(ways) if way == "mixed" else way
        if how == "capitals":
            heading = heading.upper()
        if how == "colon" and heading and not heading.endswith(("?", ":")):
            heading += ":"
        if how == "none" or not heading:
            item: tuple[str, ...] = ("", sentence)
        elif how == "dash":
            item = ("", f"{heading.rstrip(':')} {dash} {sentence}")
        elif how == "colon" and rng.random() < 0.5:
            item = ("", f"{heading} {sentence}")
        else:
            item = (heading, sentence)
        prefix = _marker_39(marker, index)
        item = (prefix + item[0], item[1]) if item[0] else ("", prefix + item[1])
        items.append(item)
    titles, intros, closings = TITLES_39, INTROS_39, CLOSINGS_39
    if plain:
        titles = tuple(line for line in titles if not _says_comment(line))
        intros = tuple(line for line in intros if not _says_comment(line))
        closings = tuple(line for line in closings if not _says_comment(line))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_39)
