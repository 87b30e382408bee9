"""``reworded-82``: posting rules as Lithuanian, Slovene and Slovak English-language news sites, Icelandic English
pages, Orkney and Shetland community papers, Missouri Bootheel and Kentucky Pennyrile weeklies, fencing clubs,
barbershop choruses, community-fridge volunteers, canoe clubs and parish-pump restoration trusts word and print them.

Each kind of item is written once in sentence case, with a question or two a site may print as its heading instead,
and four sentences in those sites' voices. ``{c}`` in a wording is the site's word for what readers send
(comment, post, message, contribution, reply), ``{cs}`` its plural and ``{C}`` / ``{Cs}`` the same capitalised; a
site that never says "comment" keeps to the wordings without it."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: One entry an item kind: its headings (sentence case), its headings as questions, its sentences.
REWORDINGS_82: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other readers",
            "Play the ball, not the player",
            "Keep it neighbourly",
            "No personal attacks",
        ),
        ("What counts as a personal attack?", "How should I disagree?"),
        (
            "Disagree as sharply as you like about the ferry fares, the wind farm or the council's budget, but do not "
            "insult, belittle or threaten anyone who takes a different view.",
            "Be kind.",
            "Fencing is a sport of honour, and abusive behaviour towards opponents, referees or other members "
            "is no more welcome here than it is on the piste.",
            "Treat the people here as you would treat them across the counter at the feed store, because you may "
            "well meet them there on Saturday morning.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Hatred and incitement", "Everyone is welcome"),
        ("What do you mean by hate speech?",),
        (
            "Slurs against Roma, Hungarians, Poles, Ukrainians, Russians or any other community have no place here, "
            "whether they are written out in full or thinly disguised with asterisks.",
            "Incitement to hatred is a criminal offence in Lithuania, Slovenia and Slovakia alike, and we will pass "
            "such material to the police where the law requires it.",
            "We will not tolerate attacks on any person or organisation because of the colour of their skin, where "
            "they come from or how they worship.",
            "The fridge is for everyone, no questions asked, and so is this page: anything that sneers at the people "
            "who use it will come down.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect personal information", "Keep private details private", "Photographs of people"),
        ("Can I post someone's address?", "What about photos?"),
        (
            "Do not post anyone's home address, phone number, e-mail address, car registration or place of work, "
            "and that includes your own.",
            "Never photograph people taking food from the fridge or share their names; the whole point is that "
            "nobody has to explain themselves.",
            "Please do not name or tag junior fencers in posts or photographs without the written consent of a "
            "parent or guardian.",
            "If you want to get in touch with another member privately, ask the club secretary at "
            "secretary@wherrybankcanoeclub.org.uk to pass your details on.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Pre-moderation", "Waiting for approval", "Moderation hours"),
        ("Why hasn't my {c} appeared?", "How long does moderation take?"),
        (
            "Every {c} is read by a member of staff before it is published.",
            "Our newsroom is small and we moderate during office hours, Monday to Friday, Central European Time, so "
            "something sent on a Friday evening may not go up until Monday morning.",
            "We go to press on Tuesday night, and the website is looked after by the same two people who lay out "
            "the paper, so please be patient with us that week.",
            "Sending the same {c} twice will not make it appear any faster.",
        ),
    ),
    (  # off topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance"),
        ("Does my {c} belong here?",),
        (
            "Keep your {c} to the subject of the article above it.",
            "Posts about the pump at the head of the lane belong in the restoration thread; the parish council's "
            "parking plans do not.",
            "General chat about rehearsal nights, tags and contest scores should go in the members' forum rather "
            "than under a news item.",
            "Conspiracy theories, long pasted texts and arguments carried over from another story will be removed.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "Spam", "Selling and promotion", "Commercial messages"),
        ("Can I advertise my business?", "Can I sell my kit here?"),
        (
            "Second-hand blades, masks and lamés can be offered in the kit swap, not in the news pages.",
            "Links to online casinos, loan offers, crypto schemes and cheap flights to Keflavík will be deleted "
            "without notice, and so will the accounts that posted them.",
            "To place a classified ad in the print edition, call the office or write to "
            "classifieds@bootheelbeacon.com.",
            "Fundraising for the pump is welcome in its own thread, but please do not post collection links under "
            "other people's {cs}.",
        ),
    ),
    (  # real names
        ("Use your real name", "Real names", "Who you are", "One person, one account"),
        ("Do I have to use my real name?", "Can I post under a pen name?"),
        (
            "Post under your own first and last name; nicknames, initials and team names are not accepted.",
            "We publish letters and {cs} with the writer's full name and home town, as we always have in the "
            "printed paper.",
            "Impersonating another person, a public figure or a member of staff will get you banned.",
            "Each reader may hold one account, and anyone found using a second one to back up their own arguments "
            "will lose both.",
        ),
    ),
    (  # the law
        ("The law", "Libel and contempt of court", "Legal matters", "Stay within the law"),
        ("Could my {c} break the law?",),
        (
            "You are responsible for what you write, and you can be sued for defamation just as a newspaper can.",
            "Under Scots law, anything said about a person who has been charged can prejudice a trial, so do not "
            "speculate about guilt or discuss the evidence in cases before the sheriff courts in Kirkwall or "
            "Lerwick.",
            "Do not repeat allegations you cannot prove.",
            "During the election silence the law requires before polling day, we may close discussions under "
            "political stories.",
        ),
    ),
    (  # copyright
        ("Copyright", "Respect copyright", "Other people's work", "Photos and arrangements"),
        ("Can I share an article or a recording?",),
        (
            "Do not paste whole articles from other publications; quote a sentence or two and link to the rest.",
            "Barbershop arrangements are under copyright, and so are most recordings, so please do not post scans "
            "of sheet music or learning tracks here.",
            "Photographs you upload must be your own, and by posting them you give us a licence to show them on "
            "this site.",
            "River guides and maps belong to the people who made them: link to them instead of copying them.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting", "Flag it", "Seen something wrong"),
        ("How do I report a {c}?", "What if I see something that breaks the rules?"),
        (
            'Use the "Report" link under any {c} that breaks these rules and a moderator will look at it.',
            "If something on this page worries you, e-mail webmaster@northislesvoice.co.uk with a link to it and a "
            "short note on what is wrong.",
            "Please report rather than reply; answering a troll only keeps the argument going.",
            "Reports are anonymous.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Moderators' discretion", "The editor's right", "Editorial control"),
        ("Who decides?",),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision is final, and we will not enter into correspondence about individual decisions.",
            "Whether a {c} breaks these rules is a matter for the editor's judgement.",
            "The committee, not the webmaster, decides what stays on the trust's pages, and it meets once a month.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Spotted a mistake", "Errors and corrections", "Tips and corrections"),
        ("Found an error in a story?", "Have we got it wrong?"),
        (
            "If you think we have got something wrong, please tell the newsroom at corrections@slovakwire.sk rather "
            "than posting it below the article, so that we can check it and put it right.",
            "Corrections are printed on page two of the following week's paper and added to the story online.",
            "Typos happen, and we apologise for them.",
            "News tips, photographs of the storm and word of who won at the county show are always welcome at "
            "news@orcadianvoice.co.uk.",
        ),
    ),
    (  # language
        ("Language", "Write in English", "Mind your language", "Clean language only"),
        ("Which languages may I use?", "Can I swear?"),
        (
            "Please write in English so that every reader can follow; a word or a phrase in Lithuanian, Slovak, "
            "Slovene or Icelandic is fine if you translate it.",
            "Swearing will be removed, including swearing with letters swapped for symbols.",
            "Do not write in capitals: it reads as shouting.",
            "Dialect is welcome, since it is how folk here speak, but abuse in dialect is still abuse.",
        ),
    ),
    (  # warnings and closing accounts
        ("Warnings and bans", "Suspension", "Closing accounts", "Repeat offenders"),
        ("What happens if I break the rules?", "How do I close my account?"),
        (
            "Anyone who breaks these rules may be warned, suspended or banned, and we may close an account without "
            "notice.",
            "Three warnings in a year and your posting rights are withdrawn for good.",
            "If you want to close your own account, write to accounts@ljubljanadaily.si and we will delete it and "
            "your {cs} within thirty days.",
            "A ban applies to the person, not to the username, and new accounts opened to get round it will be "
            "closed as soon as we find them.",
        ),
    ),
    (  # safety and advice
        ("Safety first", "Advice on this site", "River levels and safety", "Food safety"),
        ("Is it safe to paddle today?", "Can I give advice here?"),
        (
            "River levels posted here are members' impressions, not a forecast; check the official gauge before you "
            "launch, and never paddle alone.",
            "Only sealed, labelled and in-date food may go in the fridge, and we take down offers of home-cooked "
            "meat or fish.",
            "Advice on injuries, blades and protective kit given here is no substitute for a qualified coach or a "
            "doctor.",
            "If someone is in trouble on the water, call 999 and ask for the coastguard before you post anything.",
        ),
    ),
)

#: Opening lines.
INTROS_82: tuple[str, ...] = (
    "Before you post, please take a minute to read the rules below.",
    "We welcome {cs} from readers in Lithuania and abroad, on the following conditions.",
    "This is a small paper with a small staff, and these rules help us keep the conversation going.",
    "By sending a {c} to this page you agree to the following.",
    "Our message board is open to members and friends of the chorus; here is how we keep it friendly.",
    "Everyone is welcome to join the discussion, as long as they follow a few simple rules.",
)

#: Closing lines.
CLOSINGS_82: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor at editor@pennyrileledger.com.",
    "These guidelines were last updated in March and may change without notice.",
    "Happy paddling, and see you on the water.",
    "Takk fyrir, and thanks for reading.",
    "The full rules of the trust's website are at https://www.stmichaelspump.org.uk/website-rules.",
    "Keep it civil, and keep it in tune.",
)

#: Title lines.
TITLES_82: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Comment policy",
    "Rules for the message board",
    "Before you post",
    "Forum rules",
    "Discussion guidelines",
    "Guidelines for contributors",
    "Talkback rules",
)

#: The family's American spellings (each word as printed and capitalised).
AMERICAN_82: dict[str, str] = {
    "neighbourly": "neighborly",
    "offence": "offense",
    "licence": "license",
    "labelled": "labeled",
    "behaviour": "behavior",
    "honour": "honor",
    "organisation": "organization",
    "colour": "color",
    "judgement": "judgment",
    "apologise": "apologize",
}

_NOUNS = ("comment", "post", "message", "contribution", "reply")
_PLURALS = {"comment": "comments", "post": "posts", "message": "messages", "contribution": "contributions"}
_SMALL = frozenset(("a", "an", "and", "at", "by", "for", "in", "is", "not", "of", "on", "or", "the", "to", "with"))
_NUMBERED = ("{n}.", "{n})", "({n})", "Rule {n}:", "Rule {n} –", "No. {n}", "{n} -")
_LETTERED = ("{a})", "({a})", "{A}.")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")
_BULLETS = ("•", "–", "*", "-", "▪", "·", "»")
_AFTER = ("", ".", ":", " –", " —", " -")


def _worded(text: str, noun: str) -> str:
    plural = _PLURALS.get(noun, "replies")
    return (
        text.replace("{cs}", plural)
        .replace("{Cs}", plural.capitalize())
        .replace("{c}", noun)
        .replace("{C}", noun.capitalize())
    )


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL else "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        for index, word in enumerate(words)
    )


def _marker(rng: random.Random) -> tuple[str, str] | None:
    """How a site numbers its items: a kind and a pattern, or None for no numbering."""
    draw = rng.random()
    if draw < 0.4:
        return None
    if draw < 0.7:
        return "number", rng.choice(_NUMBERED)
    if draw < 0.8:
        return "letter", rng.choice(_LETTERED)
    if draw < 0.85:
        return "roman", rng.choice(("{r}.", "{r})", "{r} –"))
    return "bullet", rng.choice(_BULLETS)


def _mark(marker: tuple[str, str], index: int) -> str:
    kind, pattern = marker
    if kind == "bullet":
        return pattern
    letter = "abcdefghijklmno"[index]
    return pattern.format(n=index + 1, a=letter, A=letter.upper(), r=_ROMAN[index])


def _items_82(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy: a quarter of the sites never say "comment" (their word is post, message, contribution or reply;
    the others draw "comment" half the time); two or three items a fifth of the time, else four to twelve, in the
    table's order or as drawn (even odds); one to three sentences an item. Headings for the whole policy: none
    (0.2), else as written in sentence case, in title case or capitals, or as questions (about a fifth), followed by
    nothing, a full stop, a colon or a dash, now and then each item its own; run in before the first sentence on
    the same part (0.3 of the sites, when the heading ends in a stop, a colon or a dash); an item without one now
    and then (0.1). Items numbered, lettered, in Roman numerals, bulleted or neither, the marker before the heading
    or before the first sentence. Then :func:`_furnish`'s opening, closing and title lines, spelling and quotes."""
    plain = rng.random() < 0.25
    noun = rng.choice(_NOUNS[1:]) if plain or rng.random() < 0.5 else "comment"

    def usable(texts: tuple[str, ...]) -> list[str]:
        worded = [_worded(text, noun) for text in texts]
        return [text for text in worded if not (plain and _says_comment(text))]

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_82)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_82)), count)

    draw = rng.random()
    casing = "none" if draw < 0.2 else "sentence" if draw < 0.45 else "title" if draw < 0.65 else "capitals"
    questions = False if casing == "none" else rng.random() < 0.22
    after = rng.choice(_AFTER)
    own_after = rng.random() < 0.15
    run_in = rng.random() < 0.3
    marker = _marker(rng)
    marker_first = rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(chosen):
        headings, asked, sentences = REWORDINGS_82[kind]
        pool = usable(sentences)
        said = rng.sample(pool, min(len(pool), rng.randint(1, 3)))
        heading = ""
        if casing != "none" and rng.random() >= 0.1:
            choices = usable(asked) if questions and rng.random() < 0.8 else []
            heading = rng.choice(choices or usable(headings))
            if not heading.endswith("?"):
                if casing == "title":
                    heading = _title_case(heading)
                heading += rng.choice(_AFTER) if own_after else after
            if casing == "capitals":
                heading = heading.upper()
        if heading and run_in and heading[-1] in ".:–—-":
            said[0] = f"{heading} {said[0]}"
            heading = ""
        if marker is not None:
            mark = _mark(marker, index)
            if heading and not marker_first:
                heading = f"{mark} {heading}"
            else:
                said[0] = f"{mark} {said[0]}"
        items.append((heading, *said))

    titles = [_worded(title, noun) for title in TITLES_82]
    intros = [_worded(intro, noun) for intro in INTROS_82]
    closings = [_worded(closing, noun) for closing in CLOSINGS_82]
    if plain:
        titles, intros, closings = (
            [text for text in texts if not _says_comment(text)] for texts in (titles, intros, closings)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_82)
