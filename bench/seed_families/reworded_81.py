"""The policy of the ``reworded-81`` seed family: posting rules as Moroccan, Tunisian and Algerian news sites in
English, Andorran and Monegasque English pages, British Columbia Gulf Islands weeklies, Florida Panhandle papers,
roller-derby leagues, folk-dance societies, repair cafés, lifeguard clubs and village-hall committees word and print
them (``FAMILIES.md`` says how and before which change it was written)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each kind of item: its headings (in sentence case, as such sites write them) and its sentences. ``{c}`` and
#: ``{cs}`` (``{C}``, ``{Cs}`` capitalised) stand for the site's word for what a reader sends in, singular and plural.
REWORDINGS_81: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be courteous", "Respect one another", "Keep it civil", "Mind your manners", "Is it kind?"),
        (
            "Treat other readers the way you would treat a neighbour in the ferry line-up: disagree if you must, "
            "but do it politely.",
            "Personal attacks, insults and name-calling will be removed, whoever they are aimed at.",
            "Debate the idea, not the person.",
            "We welcome lively debate about politics in Rabat, Tunis and Algiers, but abuse of other readers, of our "
            "journalists or of anyone's family has no place on this site and will be deleted without warning.",
            "Skaters, officials, volunteers and fans all deserve respect, whichever team's colours they wear.",
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for discrimination", "Respect every community", "No bigotry, ever"),
        (
            "{Cs} that insult a religion, an ethnic group or a nationality, including the Amazigh, Arab, Kabyle, "
            "Jewish and sub-Saharan communities, will be removed.",
            "Racism, sexism, homophobia and transphobia are not welcome in our league, on the track or online.",
            "We do not publish anything that stirs up hatred against First Nations, newcomers or any other group of "
            "people.",
            "Hateful language gets your account closed. There are no second chances.",
        ),
    ),
    (
        ("Protect privacy", "Keep personal details private", "Privacy", "Don't share other people's details"),
        (
            "Do not publish telephone numbers, home addresses, e-mail addresses or national ID numbers, whether they "
            "are yours or someone else's.",
            "Never post photographs of junior skaters without the written consent of a parent or guardian.",
            "Please do not name or describe anyone we have helped in a rescue; their families may not yet have been "
            "told, and their privacy matters more than the story.",
            "Hirers' names and contact details are held by the bookings secretary and must not be shared on this page.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "All {cs} are moderated", "Please be patient", "Pre-moderation"),
        (
            "Every {c} is read by a moderator before it is published, which can take up to 24 hours.",
            "Our small team moderates during office hours, Monday to Friday, Central European Time, so anything sent "
            "at the weekend or on a public holiday may not appear until the following working day.",
            "This board is run by volunteers; please allow a day or two for your {c} to appear, and don't send it "
            "twice.",
            "During hurricane season the newsroom's first job is storm coverage, and {cs} may be held for longer "
            "than usual.",
            "{Cs} close seven days after a story is published.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Relevance"),
        (
            "{Cs} should be about the article they appear under.",
            "Questions about your subscription, your delivery or a missing paper should go to "
            "circulation@emeraldcoastledger.com, not to this thread.",
            "Please keep the discussion to the tune, dance or event in question; general chat belongs in the Tea "
            "Room section.",
            "{Cs} that wander off the subject, or carry on an argument from another thread, may be moved or deleted.",
        ),
    ),
    (
        ("No spam", "No advertising", "Nothing for sale", "Commercial messages", "Promotion"),
        (
            "Advertising, chain letters, repeated identical {cs} and links to commercial sites are not allowed.",
            "Our repair café volunteers give their time for free, so please do not use this page to offer paid "
            "repairs, sell spare parts or promote a business.",
            "To publicise a dance, a workshop or a ceilidh, send the details to publicity@harthillfolk.org.uk rather "
            "than posting them here.",
            "Tickets, skates and merch may only be sold in the pinned marketplace thread.",
            "Links to betting, crypto or miracle-cure sites will be deleted and the account closed.",
        ),
    ),
    (
        ("Use your real name", "Who are you?", "One account per person", "No impersonation", "Membership"),
        (
            "{Cs} must be signed with your full name and the island where you live, just as letters to the editor are.",
            "Please register with your first and last name; derby names are fine on your profile as long as the "
            "league knows who you are.",
            "Pretending to be another person, a public official or a member of our staff is forbidden.",
            "Only paid-up members of the society may post on the forum; visitors are welcome to read.",
        ),
    ),
    (
        ("Respect the law", "Legal matters", "Defamation", "Stay within the law", "You are responsible"),
        (
            "You are legally responsible for what you write, and we may be required to give your details to the "
            "police or a court.",
            "Do not post anything defamatory or anything that could prejudice a trial, and respect every "
            "publication ban imposed by a Canadian court.",
            "Content that breaks the laws of the Principality, including remarks that offend the Sovereign Prince or "
            "the Princely Family, will not be published.",
            "In keeping with the Press and Publishing Code, we will not publish content that incites violence, "
            "terrorism or hatred, or that insults the country's institutions or the religion of others, and repeat "
            "offenders may be reported to the competent authorities.",
        ),
    ),
    (
        ("Copyright", "Your own words and pictures", "Respect other people's work", "Photos and copyright"),
        (
            "Only upload photos you took yourself or have permission to share; our bout photographers own the rights "
            "to their pictures.",
            "Do not paste whole articles from other publications: a short quotation and a link to the source are "
            "enough.",
            "Tunes and dances shared here belong to their composers and devisers, so please credit them, and ask "
            "before you reproduce a whole dance in a programme or booklet.",
            "By submitting a {c} you give us a non-exclusive licence to publish it in print and online.",
        ),
    ),
    (
        ("Reporting a {c}", "See something wrong?", "Report abuse", "Flag it", "How to report a problem"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to moderators@saltspringtidings.ca rather than replying to the {c} yourself.",
            "Click the flag next to a {c} and a moderator will review it, normally within a day.",
            "Don't feed the trolls: report, don't reply.",
        ),
    ),
    (
        (
            "Our decision is final",
            "Moderators' discretion",
            "The committee's discretion",
            "Our right to remove",
            "Editorial judgement",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The hall committee may take down any notice at its discretion, and its decision is final.",
            "Our moderators are volunteers, and arguing with a decision in public will not get it reversed; if you "
            "think we got it wrong, e-mail the league secretary at secretary@bayoubelles.org.",
            "Publishing a {c} does not mean the newspaper agrees with it.",
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Errors and corrections", "Did we get it wrong?"),
        (
            "If you think one of our articles contains an error, write to corrections@atlasdaily.ma and the editors "
            "will look into it.",
            "We correct factual errors promptly and note the correction at the foot of the article.",
            "To report a wrong score, a missing name in the results or a mistake in the fixture list, e-mail the "
            "webmaster rather than posting in the thread.",
        ),
    ),
    (
        ("Language", "Write in English", "Watch your language", "Which language?", "No shouting"),
        (
            "This is our English-language edition, so please write in English; {cs} in French, Arabic or Darija "
            "will not be published because our moderators here cannot check them.",
            "Our French and Catalan pages have their own discussion areas; please write in English on this one.",
            "No swearing, please: juniors and their families read this page too.",
            "Writing in capital letters is the online equivalent of shouting.",
        ),
    ),
    (
        ("Warnings and bans", "Breaking the rules", "Suspension", "Closing your account", "Three strikes"),
        (
            "Members who break these rules will be warned first, then suspended, and finally banned.",
            "To close your account, write to accounts@monacobulletin.mc and we will delete it, together with your "
            "personal data, within 30 days.",
            "We may suspend or close any account without notice if it is used to harass anyone.",
            "Three warnings in twelve months and your account is closed.",
        ),
    ),
    (
        ("Safety first", "In an emergency", "Advice is given in good faith", "Not professional advice"),
        (
            "This page is not watched around the clock: in an emergency on the beach or in the water, call 911 and "
            "alert the nearest lifeguard, and do not post about it here.",
            "Repair tips shared here are given by volunteers in good faith, and neither the café nor its volunteers "
            "can accept liability for any repair you carry out at home.",
            "Never open an appliance while it is plugged in, whatever anyone on this forum tells you.",
            "Flag warnings and rip-current alerts are published on our official channels, not in this forum.",
        ),
    ),
)
#: Opening lines such sites print above the items.
INTROS_81: tuple[str, ...] = (
    "We welcome readers' {cs} on our articles, provided they follow the rules below.",
    "This forum belongs to all our members; to keep it friendly, please follow these house rules.",
    "Our island papers have printed letters from readers for fifty years, and the same courtesy applies online.",
    "The village hall committee is happy for residents to use this noticeboard on the following terms.",
    "By posting on this site you accept the charter below.",
    "Thank you for joining the conversation. Please read these guidelines before you post.",
)
#: Closing lines printed after them.
CLOSINGS_81: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may be changed at any time; the current version is always on this page.",
    "Questions about these rules? Write to the editor at editor@gulfislandsnewsroom.ca.",
    "See you at the next bout!",
    "Happy dancing, and thank you for reading.",
    "The full terms of use are at www.medinaherald.tn/terms.",
    "Last updated by the committee, March 2025.",
)
#: Title lines printed above them.
TITLES_81: tuple[str, ...] = (
    "Posting Rules",
    "Rules for Readers' {Cs}",
    "Charter of Good Conduct",
    "Netiquette",
    "Forum Etiquette",
    "House Rules",
    "Before You Post",
    "Message Board Guidelines",
    "Our Moderation Policy",
    "Noticeboard Rules",
    "{C} Policy",
)
#: The family's British spellings and their American forms.
AMERICAN_81: dict[str, str] = {
    "colours": "colors",
    "neighbour": "neighbor",
    "licence": "license",
    "programme": "program",
    "judgement": "judgment",
    "publicise": "publicize",
}
#: How each site calls what a reader sends in, and its plural.
_WORDS_81: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
#: Numbers, letters and bullets before an item (``{n}`` its number, ``{a}`` its letter), with their weights.
_MARKERS_81: tuple[tuple[str, int], ...] = (
    ("", 10),
    ("{n}.", 4),
    ("{n})", 2),
    ("({n})", 1),
    ("Rule {n}:", 1),
    ("Article {n} \u2013", 1),
    ("{a})", 1),
    ("\u2022", 3),
    ("-", 1),
    ("*", 1),
)
_SMALL_WORDS_81 = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    ]
)


def _title_case_81(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS_81 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_81(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items as such a site prints them. A quarter of the sites never say "comment" (they say post,
    message, reply or contribution, and nothing that says comment is drawn), a few more say one of those words
    besides "comment". Two or three kinds a fifth of the time, else four to twelve, in the table's order or as
    drawn; one to three sentences an item. Headings on a line of their own (bare, after a full stop or a colon),
    run in before a colon, a full stop, a hyphen or a dash, or none at all; in sentence case, title case or
    capitals; one way a policy, or each item its own punctuation a fifth of the time; now and then an item without
    one; numbered, lettered, bulleted or neither. Then an opening, closing and title line by :func:`_furnish`."""
    plain = rng.random() < 0.25
    word = rng.choice(tuple(_WORDS_81)[1:]) if plain or rng.random() < 0.2 else "comment"
    forms = {"c": word, "cs": _WORDS_81[word], "C": word.capitalize(), "Cs": _WORDS_81[word].capitalize()}

    def said(texts: tuple[str, ...]) -> list[str]:
        worded = [text.format(**forms) for text in texts]
        return [text for text in worded if not (plain and _says_comment(text))]

    kinds = [(said(headings), said(sentences)) for headings, sentences in REWORDINGS_81]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, min(12, len(kinds)))
    chosen = rng.sample(range(len(kinds)), count)
    if rng.random() < 0.5:
        chosen.sort()
    layout = rng.choices(("line", "run-in", "none"), weights=(5, 3, 2))[0]
    case = rng.choices(("sentence", "title", "capitals"), weights=(4, 4, 2))[0]
    marker = rng.choices([form for form, _ in _MARKERS_81], weights=[weight for _, weight in _MARKERS_81])[0]
    stops = ("", ".", ":") if layout == "line" else (": ", ". ", " - ", " \u2013 ", " \u2014 ")
    stop = rng.choice(stops)
    each_own = rng.random() < 0.2
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = kinds[kind]
        parts = rng.sample(sentences, min(len(sentences), rng.choices((1, 2, 3), weights=(9, 9, 2))[0]))
        tag = marker.format(n=number, a=chr(96 + number))
        heading = rng.choice(headings) if headings and layout != "none" and rng.random() >= 0.1 else ""
        if case == "title":
            heading = _title_case_81(heading)
        elif case == "capitals":
            heading = heading.upper()
        after = rng.choice(stops) if each_own else stop
        if heading and layout == "line":
            if not heading.endswith("?") and not (tag.endswith(":") and after == ":"):
                heading += after
            items.append((f"{tag} {heading}".strip(), *parts))
            continue
        if heading:
            if tag.endswith(":") and after == ": ":
                after = " \u2013 "
            parts[0] = heading + (" " if heading.endswith("?") else after) + parts[0]
        items.append(("", f"{tag} {parts[0]}".strip(), *parts[1:]))
    intros = [text.format(**forms) for text in INTROS_81]
    closings = [text.format(**forms) for text in CLOSINGS_81]
    titles = [text.format(**forms) for text in TITLES_81]
    if plain:
        intros, closings, titles = (
            [text for text in texts if not _says_comment(text)] for texts in (intros, closings, titles)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_81)
