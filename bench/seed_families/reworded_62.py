"""The ``reworded-62`` family: posting rules as regional public-radio and TV-station sites of the US Midwest and the
Canadian prairies, Welsh and Scottish local papers, Pacific Northwest tribal newspapers, university student
newspapers, farm co-operative newsletters, birding forums and retro-computing boards word and print them."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind (headings in sentence case, sentences in their usual order): civility, privacy, moderation delays,
#: staying on topic, advertising and selling, names and accounts, the law, copyright and photos, reporting a post,
#: the moderators' say, errors and corrections, language, closing an account, sensitive bird sites, cultural respect.
REWORDINGS_62: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Play the ball, not the player", "Respect other members", "Keep it neighbourly"),
        (
            "Be nice.",
            "Personal attacks, name-calling and insults aimed at other readers will be removed.",
            "Disagree as strongly as you like with an argument, but not with the person making it.",
            "This is a small community and many of us run into each other at the elevator, the rink or the auction "
            "mart, so please write the way you would speak to a neighbour across the counter at the co-op.",
        ),
    ),
    (
        ("Protect privacy", "Personal information", "Keep private details private", "Whose details can I share?"),
        (
            "Do not post anyone's home address, phone number, e-mail address or workplace, including your own.",
            "Photographs of private individuals, and of children in particular, may not be shared without the "
            "permission of the person pictured or of a parent or guardian.",
            "Posts that identify a student involved in a disciplinary case will be taken down.",
            "Private messages stay private: don't repost them in a public thread without the sender's agreement.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Posts are reviewed first", "Please be patient"),
        (
            "All comments are read by a member of our digital team before they are published, which can take up "
            "to 24 hours.",
            "The newsroom is staffed on weekdays only, so anything sent in overnight or on a weekend may sit in the "
            "queue until the next business day.",
            "A new member's first five posts are held for approval by a moderator.",
            "Sending the same message twice will not speed it up.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is it on topic?"),
        (
            "Comments should be about the story they appear under.",
            "Threads drift, but if you want to talk about your Amiga while everyone else is discussing Atari ST disk "
            "drives, please start a new thread on the right board.",
            "Sightings belong in the sightings section; identification queries, optics and general chat each have "
            "a board of their own.",
            "Off-topic replies may be moved or removed without notice.",
        ),
    ),
    (
        ("No spam", "No advertising", "Buying and selling", "Selling something?"),
        (
            "Advertising, affiliate links and posts promoting a business, product or fundraiser are not allowed.",
            "Members with fewer than 50 posts may not sell hardware; after that, use the Marketplace board and give a "
            "price and your location.",
            "If you would like to advertise with us, contact the sales office at advertising@prairiecrest.coop.",
            "Spam is deleted and the account banned.",
        ),
    ),
    (
        ("Use your real name", "Who you are", "One account each", "No impersonation"),
        (
            "We ask contributors to post under their full name and the community they live in, as they would sign a "
            "letter to the editor.",
            "Pretending to be another person, a tribal official, a band office or a member of our staff is not "
            "permitted.",
            "One account per person; second accounts opened to get round a suspension will be closed.",
            "Students, staff and faculty may say which they are, but don't have to.",
        ),
    ),
    (
        ("Stay within the law", "Libel and contempt", "Legal matters", "Could it land you in court?"),
        (
            "You are legally responsible for what you write.",
            "Defamatory posts can lead to legal action against you as well as against us.",
            "Once someone has been arrested or charged the case is live under Scots law, and nothing may be posted "
            "that could prejudice a trial, including speculation about guilt or about the accused's past.",
            "Do not name or hint at the identity of a victim of a sexual offence, or of any child involved in court "
            "proceedings.",
        ),
    ),
    (
        ("Copyright", "Your own work", "Photos and images", "No ROMs or warez"),
        (
            "Only post photographs you took yourself, and say where and when they were taken if you can.",
            "Don't paste whole articles from other publications; a short quote and a link is enough.",
            "Links to copyrighted ROM images, disk dumps or cracked software will be removed, even when the software "
            "is no longer sold and the company that made it is long gone.",
            "By sending us a photo you give us permission to use it on this site and in the print newsletter, with "
            "credit to you.",
        ),
    ),
    (
        ("Report a problem", "Reporting", "See something wrong?", "Flag it"),
        (
            "Use the Report button beneath a post to alert the moderators.",
            "If a comment breaks these rules, click the flag icon beside it rather than replying to it.",
            "You can also write to audience@northplainsradio.org with a link to the post and a line on what is wrong "
            "with it.",
            "Please don't feed the trolls.",
        ),
    ),
    (
        ("Our decision is final", "Moderators' discretion", "The editor's say", "Warnings and bans"),
        (
            "We may edit, refuse or remove any post at any time and for any reason.",
            "Moderators are volunteers and members like you; a decision may be appealed once, by private message to "
            "an administrator, and never in a public thread.",
            "Repeated breaches lead to a warning, then a suspension, then a permanent ban.",
            "The editor's decision on what is published is final.",
        ),
    ),
    (
        ("Spotted an error?", "Corrections", "Errors and corrections", "Tell the newsroom"),
        (
            "If you think we got something wrong, email corrections@dailyridgeline.com so that an editor sees it.",
            "Comments pointing out typos will not be published; send them to news@prairiewaves.ca and we will fix "
            "them.",
            "We correct errors of fact promptly and note the correction at the foot of the story.",
            "The reporter will not see a message left here.",
        ),
    ),
    (
        ("Language", "Mind your language", "English or Welsh", "Watch the caps"),
        (
            "Posts are welcome in English or in Welsh.",
            "Swearing, including words with letters swapped for asterisks, will be removed.",
            "Please don't write in capital letters, which reads as shouting.",
            "Words in Lushootseed, Quinault and other Native languages are welcome; add an English translation where "
            "you can, so that every reader can follow the conversation.",
        ),
    ),
    (
        ("Closing your account", "Leaving the forum", "Deleting your account", "How do I close my account?"),
        (
            "To close your account, go to Settings and choose Delete account.",
            "Your profile goes at once, but your posts stay on the site unless you ask for them to be removed.",
            "Email accounts@wheatlandcoop.ca with the subject line 'Close my account' and we will deal with it "
            "within 30 days.",
            "Accounts left unused for two years are closed automatically.",
        ),
    ),
    (
        ("Sensitive species", "Protect breeding sites", "Nest sites", "Where did you see it?"),
        (
            "Never give the location of a nest, a lek or a roost of a Schedule 1 or at-risk species; naming the county "
            "or the rural municipality is enough.",
            "Do not post photographs of birds at the nest, and do not use playback.",
            "Rarities on private land should be reported only once the owner has agreed to visitors.",
            "The moderators may hold a sighting back for a week or more to protect the bird.",
        ),
    ),
    (
        ("Respect for culture", "Ceremonies and sacred sites", "Honour our elders"),
        (
            "Please do not share details of ceremonies, burials, songs or sacred sites that are not meant for the "
            "public.",
            "Speak respectfully of elders, veterans and those who have passed on; some families ask that a loved "
            "one's name not be used for a time after a death, and we honour that.",
            "Treaty rights, fishing and enrolment come up here often: disagreement is welcome, racism is not.",
        ),
    ),
)
#: Opening lines some of the sites print above their rules.
INTROS_62: tuple[str, ...] = (
    "We welcome your comments on our stories. To keep the conversation useful, please follow these guidelines.",
    "This board has run since 1998 on a handful of simple rules.",
    "Before you post, please take a minute to read the following.",
    "These guidelines apply to every forum, photo gallery and sightings page on the site.",
    "Our members make the online edition of this newsletter what it is, and a few ground rules help keep it that way.",
    "By commenting you agree to the rules below and to our terms of use.",
)
#: Closing lines some of the sites print below their rules.
CLOSINGS_62: tuple[str, ...] = (
    "Questions about these rules? Write to the web editor at webdesk@glenardvoice.co.uk.",
    "Thanks for helping keep this a good place to talk about birds.",
    "These guidelines were last updated in September and may change without notice.",
    "Breaking these rules may mean your comments are removed and your account suspended.",
    "Diolch - thank you for reading.",
    "Full terms of use: https://www.northplainsradio.org/terms",
    "Happy posting, and keep those floppies spinning.",
)
#: Titles some of the sites print above their rules.
TITLES_62: tuple[str, ...] = (
    "Comment Guidelines",
    "Community Guidelines",
    "House Rules",
    "Forum Rules",
    "Before You Post",
    "Posting guidelines",
    "Rules of the Board",
    "Reader Comment Policy",
    "Board Etiquette",
    "Talking Circle Guidelines",
)
#: American spellings of the British and Canadian ones the family's wordings use.
AMERICAN_62: dict[str, str] = {
    "neighbour": "neighbor",
    "honour": "honor",
    "offence": "offense",
    "enrolment": "enrollment",
    "get round": "get around",
    "foot of the story": "bottom of the story",
}

_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
_WAYS = ("own", "stop", "colon", "dash", "bare")
_NUMBERS = ("{n}.", "{n})", "({n})", "Rule {n}.")
_BULLETS = ("\u2022", "-", "*", "\u25aa")
_DASHES = (" - ", " \u2013 ", " \u2014 ")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _unsaid(lines: tuple[str, ...], plain: bool) -> tuple[str, ...]:
    """``lines`` as a site that never says "comment" (``plain``) may print them: those that do not say it."""
    return tuple(line for line in lines if not plain or not _says_comment(line))


def _item_62(
    heading: str, sentences: list[str], way: str, colon_after_own: bool, dash: str, marker: str
) -> tuple[str, ...]:
    """One item as a site prints it: the heading on a line of its own (``own``, ``stop``), run in before a colon or a
    dash, or left out (``bare``); the list marker before whatever comes first."""
    asks = heading.endswith("?")
    if not heading or way == "bare":
        parts = ["", *sentences]
    elif way == "own":
        parts = [heading + ("" if asks or not colon_after_own else ":"), *sentences]
    elif way == "stop":
        parts = [heading + ("" if asks else "."), *sentences]
    elif way == "colon":
        parts = ["", heading + (" " if asks else ": ") + sentences[0], *sentences[1:]]
    else:
        parts = ["", heading + (" " if asks else dash) + sentences[0], *sentences[1:]]
    if marker:
        first = 0 if parts[0] else 1
        parts[first] = f"{marker} {parts[first]}"
    return tuple(parts)


def _items_62(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of two or three items (0.25) or four to ten, drawn from :data:`REWORDINGS_62` in the table's order
    (0.4) or shuffled; three in ten sites never say "comment". A site prints its headings one way (own line, own line
    after a full stop, run in before a colon or a dash, none) or each item its own way (0.2), in title case, sentence
    case or capitals, and numbers (0.3) or bullets (0.25) its items; an item drops its heading (0.1) or carries a
    second sentence (0.25). Then the opening, closing and title lines by ``_furnish``."""
    plain = rng.random() < 0.3
    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 10)
    kinds = rng.sample(range(len(REWORDINGS_62)), count)
    if rng.random() < 0.4:
        kinds.sort()
    way = rng.choice(_WAYS)
    mixed = rng.random() < 0.2
    case = rng.choices(("title", "sentence", "capitals"), weights=(0.4, 0.35, 0.25))[0]
    colon_after_own = rng.random() < 0.3
    dash = rng.choice(_DASHES)
    listing = rng.random()
    number = rng.choice(_NUMBERS)
    bullet = rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_62[kind]
        headings, sentences = _unsaid(headings, plain), _unsaid(sentences, plain)
        heading = "" if rng.random() < 0.1 else rng.choice(headings)
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        chosen = sorted(rng.sample(range(len(sentences)), 2 if rng.random() < 0.25 else 1))
        if listing < 0.3:
            marker = number.format(n=position)
        elif listing < 0.55:
            marker = bullet
        else:
            marker = ""
        item_way = rng.choice(_WAYS) if mixed else way
        items.append(_item_62(heading, [sentences[i] for i in chosen], item_way, colon_after_own, dash, marker))
    intros, closings, titles = (_unsaid(lines, plain) for lines in (INTROS_62, CLOSINGS_62, TITLES_62))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_62)
