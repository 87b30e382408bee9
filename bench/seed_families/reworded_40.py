"""The ``reworded-40`` family's policies: small community, diaspora, church, club and cooperative sites' rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). Written from how Cornish and Channel Islands pages, Estonian and Latvian
#: diaspora news, Botswana and Namibian papers, Fiji and Vanuatu community sites, Mississippi Delta weeklies, Idaho
#: river-town papers, seminary and cathedral newsletters, youth-orchestra boosters, curling clubs, foraging forums,
#: vintage-motorcycle boards, community-radio volunteers, watershed councils and housing cooperatives word theirs.
REWORDINGS_40: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be neighbourly", "Courtesy first", "Mind your manners", "Respect one another"),
        (
            "Disagree with the idea if you must, but never with the person; we are a small community and we meet "
            "each other at the shop.",
            "Treat everyone here as you would a fellow member at the club's Friday supper, with patience and "
            "good humour.",
            "Personal insults, name-calling and sneering replies will be taken down, however strongly you feel "
            "about the subject.",
            "Comments that belittle other readers, their families or their parish will not stay up for long.",
        ),
    ),
    (  # on topic
        ("Stay on the subject", "Keep to the thread", "On topic, please"),
        (
            "Keep your reply to the story above it; questions about other matters belong in the general "
            "noticeboard instead.",
            "Posts that wander off into national politics or old feuds will be moved or removed by the volunteers.",
            "Please keep comments relevant to the article, the council's work or the catchment it covers.",
        ),
    ),
    (  # language
        ("Language", "Clean language", "Keep it printable"),
        (
            "Write as if the Dean, your grandmother and the youngest chorister were all reading over your shoulder.",
            "Swearing, slurs and crude abbreviations are filtered, and repeated attempts to get round the filter "
            "will end your membership.",
            "If you would not say it on air during the Sunday request show, please do not post it here.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Private information"),
        (
            "Do not post anyone's home address, phone number, car registration or flat number, even if you believe "
            "it is already widely known.",
            "Photographs of children from rehearsals, matches or the bonspiel must not be shared without a "
            "parent's written consent.",
            "Your email address is never shown to other readers, and we do not pass it on to anyone outside the "
            "organisation.",
            "Please do not name tenants, neighbours or patients in your comments; describe the problem, not the "
            "person.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why your post has not appeared", "Waiting for approval", "Volunteer moderators"),
        (
            "Every post is read by a volunteer before it goes up, so replies sent on a weekend may wait until "
            "Monday morning.",
            "Our moderators are unpaid members of the collective; please allow up to two days before asking "
            "where your comment went.",
            "First posts from new accounts are held for review and appear once a moderator has approved them.",
            "Because of the time difference with the islands, messages can take overnight to be checked and published.",
        ),
    ),
    (  # account deletion
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            "To close your account, email the site secretary from the address you registered with and we will "
            "remove it within fourteen days.",
            'When an account is deleted its posts stay up under the name "former member" unless you ask us to '
            "remove them as well.",
            "You may leave at any time from the settings page; your profile, photographs and saved finds are "
            "erased straight away.",
        ),
    ),
    (  # advertising
        ("No advertising", "Selling and advertising", "Spam"),
        (
            "Parts, bikes and spares for sale go in the classifieds section, not in replies to other members' "
            "restoration threads.",
            "Advertising for businesses, raffles or fundraisers that are not the association's own is not allowed "
            "without the committee's permission.",
            "Links posted only to sell something, or to draw people to another site, will be removed without notice.",
            "The adverts you see beside the stories keep the paper free to read; we do not control their content "
            "and do not endorse it.",
        ),
    ),
    (  # errors to the newsroom
        ("Corrections", "Spotted a mistake?", "Errors in our reporting", "Tell the editor"),
        (
            "If we have got a name, date or figure wrong, please email the newsroom rather than pointing it out in "
            "the thread below.",
            "Corrections are best sent to the editor directly, so that the story can be fixed for everyone and "
            "not just noted in a reply.",
            "Factual errors in the newsletter can be reported to the parish office; we print corrections in the "
            "following issue.",
        ),
    ),
    (  # legal
        ("Legal matters", "Court cases", "Defamation"),
        (
            "Do not speculate about the guilt of anyone facing charges before the Royal Court or the magistrates; "
            "such posts can be contempt.",
            "You are legally responsible for what you write, and allegations you cannot prove may be defamatory "
            "under local law.",
            "We will remove anything our lawyers advise could prejudice a trial or damage someone's reputation "
            "unfairly.",
        ),
    ),
    (  # names
        ("Use your real name", "Who you are", "No impersonation"),
        (
            "Members post under their own first and last names; nicknames are fine for the rink but not for the "
            "message board.",
            "Pretending to be another person, a council officer or a member of the clergy will lead to an "
            "immediate ban.",
            "Please sign your letters and posts with the name your neighbours know you by, as the paper has "
            "always asked.",
        ),
    ),
    (  # languages
        ("Languages", "Which language to write in", "English, please"),
        (
            "Posts may be written in Estonian, Latvian or English; if you write in one, a short summary in another "
            "helps everyone follow.",
            "Replies in Bislama, Fijian or English are all welcome, but moderators can only approve what one of "
            "them can read.",
            "Comments in Setswana or Oshiwambo are welcome; our volunteers may take a little longer to check them.",
        ),
    ),
    (  # reliance and safety
        ("Safety first", "A word of caution", "No substitute for expert advice"),
        (
            "Never eat a mushroom on the strength of a photograph posted here; always have your find checked in "
            "person by an experienced identifier.",
            "Repair and riding tips shared by members are offered in good faith, and you follow them entirely at "
            "your own risk.",
            "River levels and ice reports from readers are not official warnings; check the authorities' notices "
            "before you go out.",
        ),
    ),
    (  # reporting abuse
        ("Reporting a post", "Report abuse", "Flag it"),
        (
            "If you see something that breaks these guidelines, use the flag link under the post instead of "
            "replying to it.",
            "Reported messages are hidden until a moderator has looked at them, usually within a day or two.",
            "Please tell a board member if a post worries you; do not try to settle it in public.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and recordings", "Other people's work"),
        (
            "Only post photographs, recordings and articles that you made yourself or have permission to share.",
            "Rehearsal and concert recordings belong to the orchestra and the players; please do not upload them "
            "anywhere without asking.",
            "Quote a few lines with a link to the source rather than copying a whole article from another newspaper.",
        ),
    ),
    (  # removal and bans
        ("Our right to remove", "Removal of posts", "Three strikes"),
        (
            "The editor's decision on what is published is final, and we do not discuss individual moderation "
            "decisions in public.",
            "Members who break these rules three times will have their posting rights withdrawn for the rest of "
            "the season.",
            "We may edit, hold back or delete any post, and suspend any account, at our discretion and without "
            "giving a reason.",
        ),
    ),
)

TITLES_40 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "Comment guidelines",
    "Message board etiquette",
    "House rules for members",
)
INTROS_40 = (
    "Please take a minute to read these rules before you join the discussion below.",
    "This is a community space run by volunteers, and a few simple guidelines keep it friendly.",
    "By posting a comment you agree to the guidelines set out here.",
    "Our members asked for clear rules on the board, and the committee agreed the following.",
)
CLOSINGS_40 = (
    "Thank you for helping us keep this a welcoming place for everyone.",
    "Questions about these guidelines can be sent to the editor by email.",
    "The committee reviews these rules each year at the annual general meeting.",
    "Happy posting, and thank you for reading the comments policy.",
)
AMERICAN_40 = {
    "neighbourly": "neighborly",
    "neighbours": "neighbors",
    "humour": "humor",
    "organisation": "organization",
    "licence": "license",
    "programme": "program",
}
BULLETS_40 = ("• ", "- ", "* ", "– ", "▪ ")
NUMBERS_40 = ("{n}. ", "{n}) ", "({n}) ", "{n} - ")
DASHES_40 = (" – ", " - ", " — ", " -- ")


def _without_comment(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(text for text in texts if not _says_comment(text))


def _item_40(heading: str, sentence: str, style: str, rng: random.Random) -> tuple[str, ...]:
    """One item as its site prints it: heading on its own line, inline after a colon or a dash, or no heading."""
    asks = heading.endswith("?")
    if style == "own":
        return (heading + ("" if asks else rng.choice(("", "", ".", ":"))), sentence)
    if style == "colon":
        return ("", f"{heading}{'' if asks else ':'} {sentence}")
    if style == "dash":
        return ("", heading + rng.choice(DASHES_40) + sentence)
    return ("", sentence)


def _items_40(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of two to nine items (two or three a third of the time), headed one way or mixed, numbered or
    bulleted or neither, on a site that may never say "comment"; and the lines around it (:func:`_furnish`)."""
    plain = rng.random() < 0.3  # a site that never says "comment"
    kinds = [
        (_without_comment(headings), _without_comment(sentences)) if plain else (headings, sentences)
        for headings, sentences in REWORDINGS_40
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if headings and sentences]
    count = rng.randint(2, 3) if rng.random() < 0.35 else rng.randint(4, 9)
    chosen = rng.sample(kinds, min(count, len(kinds)))
    styles = ("own", "colon", "dash", "none")
    style = rng.choice(styles)
    mixed = rng.random() < 0.3
    capitals = rng.random() < 0.25
    marker = rng.choice(("none", "none", "numbers", "bullets"))
    bullet = rng.choice(BULLETS_40)
    number = rng.choice(NUMBERS_40)
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = rng.choice(headings)
        if capitals:
            heading = heading.upper()
        item = _item_40(heading, rng.choice(sentences), rng.choice(styles) if mixed else style, rng)
        prefix = bullet if marker == "bullets" else number.format(n=n) if marker == "numbers" else ""
        first = 0 if item[0] else 1
        items.append(tuple(prefix + part if i == first else part for i, part in enumerate(item)))
    intros, closings, titles = INTROS_40, CLOSINGS_40, TITLES_40
    if plain:
        intros, closings, titles = _without_comment(intros), _without_comment(closings), _without_comment(titles)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_40)
