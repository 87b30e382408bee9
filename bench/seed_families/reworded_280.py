"""The ``reworded-280`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ascension volunteer bulletins, Holy Island papers, Idaho panhandle weeklies, table tennis leagues,
steam fair societies, bipolar support forums, almshouse residents' committees, swing bridge heritage groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site prints them when it keeps table order: each is (headings, sentences). The
# sentences may hold {c} {cs} {C} {Cs} (the site's word for what readers send) and {mods} (who looks after it).
REWORDINGS_280: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be kind", "Courtesy", "How should I treat other members?", "Keep it friendly", "Civility", "Good manners"),
        (
            "Treat everyone here as you would a neighbour at the Saturday market in Georgetown.",
            "Disagree with the idea, never the person; name-calling gets {cs} pulled.",
            "Most of us know one another off the page, so say nothing here you would not say across the bar of the "
            "club.",
            "Robust argument about fixtures and umpiring is fine; sneering at a player's standard is not.",
            "Please be gentle with one another - many members write here on their worst days.",
        ),
    ),
    (
        ("Hatred and abuse", "No hate", "Discrimination", "What counts as abuse?", "Respect for all"),
        (
            "We remove anything that attacks people for their race, religion, sex, sexuality, disability or age.",
            "Slurs, even typed with asterisks, will be deleted without discussion.",
            "Jokes at the expense of Saints, incomers, contract workers or any other group are not welcome here.",
            "Threats of violence are passed to the Kootenai County Sheriff's Office.",
            'Stigmatising language about mental illness, including using "bipolar" as an insult, is removed.',
        ),
    ),
    (
        ("Privacy", "Personal details", "Keep private things private", "Can I name people?", "Other people's details"),
        (
            "Do not post addresses, phone numbers, car registrations or licence details, yours or anyone else's.",
            "Please do not name other residents or discuss their health, finances or family in a {c}.",
            "Photographs of children at the rally may only be shared with a parent's permission.",
            "Do not repeat anything a member has told you in a private message.",
            "Posting what you have heard about who lives in which cottage on the Island is not acceptable.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping people safe",
            "Is someone at risk?",
            "Welfare concerns",
        ),
        (
            "If you are worried about a junior player, speak to the club welfare officer rather than posting about it.",
            "Any {c} that suggests a child or vulnerable adult is at risk will be passed to the appropriate "
            "authorities.",
            "Concerns about a resident's wellbeing should go to the warden in person, not on this board.",
            "Volunteers working with young people must follow the safeguarding policy, online as well as off.",
            "We will contact the emergency services if we believe a member is in immediate danger.",
        ),
    ),
    (
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Approval",
            "Delays",
            "Pre-moderation",
            "When will I see my {c}?",
        ),
        (
            "Every {c} is read by {mods} before it goes up, so please allow a day or two.",
            "{Cs} sent over the weekend may not appear until Monday; our volunteers have day jobs.",
            "The satellite link is slow at times, so a {c} can take a while to show even once approved.",
            "New members' first few {cs} are held for checking; after that they appear straight away.",
            "During the fair itself nobody is minding the site, so {cs} wait until the engines are sheeted up.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Which board should I use?", "Relevance"),
        (
            "Please keep {cs} to the story they sit under.",
            "Swaps, sales and lost property have their own board; please use it.",
            "Local politics belongs in the letters page, not under the match reports.",
            "Threads that wander far from engines, rallies and restoration may be moved or closed.",
            "General chat is welcome in the Lounge, but the support boards are for support.",
        ),
    ),
    (
        (
            "Advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "No adverts",
            "Commercial posts",
        ),
        (
            "No advertising, please, unless you have cleared it with {mods} first.",
            'Links to shops, supplements or "miracle cures" will be removed and the account closed.',
            "Club members may mention a coaching session or tournament once; repeated plugs will be deleted.",
            "Traders wanting a pitch on the showground should contact the secretary, not post here.",
            "Holiday lets, guided walks and boat trips need a paid notice in the printed bulletin.",
        ),
    ),
    (
        ("Your name", "Accounts", "Usernames", "Do I have to use my real name?", "Identity", "One person, one account"),
        (
            "Please use your real name; anonymous {cs} are not published.",
            "A nickname is fine, and many members choose one to protect their privacy.",
            "One account each; if you share a computer, please do not post under someone else's name.",
            "Pretending to be another member, a player or an officer of the league will get you removed.",
            "Letters must carry a name and town, though we will withhold the name on request.",
        ),
    ),
    (
        ("The law", "Legal matters", "Defamation", "What can't I say?", "Contempt of court"),
        (
            "You are responsible for what you write, and the law of libel applies here as in print.",
            "Do not discuss cases before the Bonner County courts while they are under way.",
            "Allegations against named people will not be published; believing them is no defence in law.",
            "Nothing in a {c} may break the law of England and Wales or encourage anyone else to.",
            "Anything posted here may be disclosed if we are required to by law.",
        ),
    ),
    (
        ("Copyright", "Photographs", "Other people's work", "Can I post pictures?", "Copying"),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Please do not paste whole articles from other papers; a short quote and a link will do.",
            "Pictures sent to us may be reprinted in the bulletin, with credit, unless you say otherwise.",
            "Archive photographs of the bridge belong to the society and may not be reused without asking.",
            "Scans of old programmes and posters are welcome if you note where they came from.",
        ),
    ),
    (
        ("Reporting a problem", "Reporting", "See something wrong?", "How do I report a post?", "Complaints"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please report rather than reply; arguing back only makes the thread worse.",
            "You can also email {mods} and we will look as soon as we can.",
            "A reported {c} is hidden while it is checked, and restored if it is within the rules.",
            "Complaints about the society itself should go to the committee in writing.",
        ),
    ),
    (
        ("Our decision", "Editor's discretion", "The committee's decision", "Who decides?", "Final say"),
        (
            "The editor's decision on what is published is final.",
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "The committee reserves the right to remove anything it considers unsuitable for a shared noticeboard.",
            "We may change these rules from time to time; the version on this page is the one that applies.",
            "Not every {c} we receive can be printed, and we cannot enter into correspondence about those left out.",
        ),
    ),
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and clarifications"),
        (
            "If we have got something wrong, tell us and we will put it right in the next issue.",
            "Results are entered by team captains; please raise any errors with the league secretary.",
            "Tips about what is happening on the Island are always welcome - call in at the office or email us.",
            "Please do not use {cs} to report corrections; email the editor so it gets fixed quickly.",
            "Know of a rally, road run or engine for sale? Send it in and we will include it.",
        ),
    ),
    (
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Tone"),
        (
            "No swearing, please; this is a family site.",
            "Keep language suitable for the parish hall.",
            "Writing in capitals reads as shouting and will be toned down.",
            "We publish {cs} in English; if you post in another language, please add a translation.",
            "Strong language aimed at another member will be removed; a mild curse about your own backhand is "
            "forgiven.",
        ),
    ),
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
            "Bans",
            "Three strikes",
        ),
        (
            "A first breach earns a private warning; a second, a suspension; a third, a ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Members who are banned may not rejoin under another name.",
            "Suspensions from the forum do not affect your membership of the league, and vice versa.",
            "Repeated breaches will be referred to the full committee.",
        ),
    ),
    (
        (
            "Medical advice",
            "Medication",
            "Not a substitute for your doctor",
            "Safety first",
            "In a crisis",
            "Is this medical advice?",
        ),
        (
            "Nothing here is medical advice; never change your lithium or other medication without your doctor.",
            "If you are in crisis, call 999, the Samaritans on 116 123, or in the US 988, rather than posting.",
            "Do not post instructions that could help someone harm themselves; such posts are removed at once.",
            "Never walk the causeway against the tide tables, whatever someone may have posted about it.",
            "Boiler advice given here is no substitute for an inspection by a competent person.",
        ),
    ),
    (
        ("Travel and access", "Before you travel", "Crossings and closures", "Getting here", "Access"),
        (
            "Crossing times posted by members are a guide only; always check the official safe crossing times.",
            "Please do not post that the bridge is stuck or shut unless you have seen it yourself.",
            "Road closures and snow reports on US-95 are welcome but should say when they were seen.",
            "Flight and ship times to and from Ascension change often; check with the operator, not the forum.",
            "Access to the engine lines during the rally is by wristband only, whatever the thread says.",
        ),
    ),
)

# The site's word for what readers send: (singular, plural). Most sites say "comment"; about a quarter never do.
COMMENT_WORDS_280: tuple[tuple[str, str], ...] = (("comment", "comments"),) * 18 + (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("letter", "letters"),
    ("contribution", "contributions"),
)

# Who looks after the site, as its sentences name them.
MODERATORS_280: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the league secretary",
    "the bulletin team",
    "the clerk to the trustees",
    "the webmaster",
    "the admin team",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_280: tuple[str, ...] = (
    "We want this to be a friendly place for everyone, so please read the following before you post.",
    "These house rules apply to everything sent to the noticeboard.",
    "By joining the forum you agree to the guidelines below.",
    "A few ground rules, agreed by the committee:",
    "Please take a moment to read our posting guidelines.",
    "The following rules were updated after the annual general meeting.",
    "Thanks for taking part. To keep things running smoothly:",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_280: tuple[str, ...] = (
    "Thank you for helping to keep the forum a safe and supportive place.",
    "Any questions, please ask a member of the committee.",
    "Happy posting, and see you at the rally.",
    "These rules are reviewed each year at the AGM.",
    "If in doubt, leave it out.",
    "With thanks, the editorial team.",
    "Questions about these guidelines can be sent to the secretary.",
)

# Titles a site may print above its rules.
POLICY_TITLES_280: tuple[str, ...] = (
    "House rules",
    "Forum guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the board",
    "Our comment policy",
    "Letters and comments policy",
    "Terms of use",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_280: dict[str, str] = {
    "neighbour": "neighbor",
    "programmes": "programs",
    "stigmatising": "stigmatizing",
    "wellbeing": "well-being",
    "licence": "license",
    "defence": "defense",
}

# Markers a site may print before its items: each turns an item's index into the marker text.
MARKERS_280: tuple = (
    lambda i: f"{i + 1}.",
    lambda i: f"{i + 1})",
    lambda i: f"({chr(97 + i % 26)})",
    lambda i: f"{chr(65 + i % 26)}.",
    lambda i: f"{_roman(i + 1)}.",
    lambda i: "\u2022",
    lambda i: "-",
    lambda i: "*",
    lambda i: f"Rule {i + 1}:",
    lambda i: f"{i + 1}.0",
    lambda i: f"\u00a7{i + 1}",
    lambda i: f"[{i + 1}]",
)

# Last-updated lines a site may print at the foot of its items.
UPDATED_LINES_280: tuple[str, ...] = (
    "Last updated: March 2024.",
    "Reviewed by the committee, October 2023.",
    "Updated 12/01/2025.",
    "Agreed at the AGM, 2022.",
    "Revised January 2025",
)

# Sign-offs a site may print under its items.
SIGN_OFFS_280: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Admin",
    "On behalf of the trustees",
    "Hon. Secretary",
    "The Moderators",
)

# Section lines a site may print before its items.
SECTION_LINES_280: tuple[str, ...] = (
    "Section 4: Conduct on the forum",
    "Part 2 - Noticeboard",
    "Please read before posting",
    "Rules",
    "The rules in brief",
)


# Short words a title-case heading leaves in lower case (unless first).
SMALL_WORDS_280: frozenset[str] = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "for", "or"})


def _roman(number: int) -> str:
    """``number`` in lower-case roman numerals (enough for a policy's item count)."""
    numerals = (("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
    text = ""
    for numeral, value in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def _heading_case(heading: str, case: str) -> str:
    """``heading`` in the site's case: as written (sentence), title case or capitals."""
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if place and word in SMALL_WORDS_280 else word[:1].upper() + word[1:]
            for place, word in enumerate(words)
        )
    if case == "capitals":
        return heading.upper()
    return heading


def _items_280(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every draw from ``rng``.

    Draws the site's word for what readers send and who moderates it; how many items (two to five for some sites,
    six to sixteen for most) and whether they keep table order or are shuffled; one to three sentences an item; the
    heading case (as written, title, capitals) or no headings at all; where headings stand (a part of their own,
    bare, with a stop or a colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs ...) or none, on the heading or the
    first sentence; an emphasis style for run-in headings (asterisks or none); and by chance a section line before
    the items and a last-updated line and a sign-off after them. Then the opening, closing and title lines (no title
    saying "comment" on a site that never does) and the spellings by :func:`_furnish`."""
    singular, plural = rng.choice(COMMENT_WORDS_280)
    moderators = rng.choice(MODERATORS_280)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_280)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        keep = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[k] for k in keep]

    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_280) if rng.random() < 0.6 else None
    emphasis = rng.random() < 0.15 and placement.startswith("run")
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.12:
        items.append(("", rng.choice(SECTION_LINES_280)))
    for index, (headings, sentences) in enumerate(chosen):
        many = rng.randint(1, most_sentences)
        picked = [text.format(**fill) for text in rng.sample(sentences, many)]
        picked = [text[:1].upper() + text[1:] for text in picked]
        prefix = marker(index) + " " if marker else ""
        if case == "none":
            items.append(("", prefix + picked[0], *picked[1:]))
            continue
        heading = _heading_case(rng.choice(headings).format(**fill), case)
        asks = heading.endswith("?")
        if placement == "own":
            items.append((prefix + heading, *picked))
        elif placement == "own-stop":
            items.append((prefix + heading + ("" if asks else "."), *picked))
        elif placement == "own-colon":
            items.append((prefix + heading + ("" if asks else ":"), *picked))
        else:
            joint = {"run-colon": ":", "run-stop": ".", "run-dash": " \u2013"}[placement]
            lead = heading if asks else heading + joint
            if emphasis:
                lead = f"*{heading}*" if asks else f"*{heading}*{joint}"
            items.append(("", f"{prefix}{lead} {picked[0]}", *picked[1:]))

    if rng.random() < 0.15:
        items.append(("", rng.choice(UPDATED_LINES_280)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_280)))
    titles = POLICY_TITLES_280 if singular == "comment" else tuple(t for t in POLICY_TITLES_280 if "omment" not in t)
    return _furnish(items, rng, POLICY_INTROS_280, POLICY_CLOSINGS_280, titles, AMERICAN_280)
