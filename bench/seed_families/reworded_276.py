"""The ``reworded-276`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Rodrigues island news, Cornish clay-country papers, Wyoming basin weeklies, orienteering clubs,
puppetry guilds, dementia carers' forums, housing association tenants' voices, ice rink heritage friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind: (headings, sentences). Headings include questions; sentences may use {c} {cs} {C} {Cs} (what
# readers send, singular/plural, capitalised) and {mods} (who looks after the site), filled per site.
REWORDINGS_276: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Courtesy", "Keep it friendly", "How should I talk to other members?", "Respect each other"),
        (
            "Please be polite to one another, even when you disagree strongly.",
            "Argue with the point, not the person who made it.",
            "We are a small community and most of us will meet at the next event, so write as you would speak face "
            "to face.",
            "Sarcasm, name-calling and bad behaviour towards a neighbour spoil the board for everyone.",
            "Treat fellow carers with kindness; everyone here is doing their best in a hard situation.",
        ),
    ),
    (
        ("No hate", "Discrimination", "Hateful content", "What counts as hate speech?", "Equality"),
        (
            "{Cs} that attack people for their race, religion, disability, sexuality, age or gender will be removed.",
            "We will not publish anything that stirs up hatred, whoever it is aimed at.",
            "Remarks about incomers, grockles or any other group of people as a group are not welcome.",
            "Jokes that rely on a stereotype are still stereotypes, and they come down.",
            "Abuse of tenants because of where they live or how they pay their rent has no place here.",
        ),
    ),
    (
        (
            "Privacy",
            "Personal details",
            "Other people's information",
            "Can I name the person I'm caring for?",
            "Keep it private",
        ),
        (
            "Do not post addresses, phone numbers or email addresses, yours or anyone else's.",
            "Please use first names or initials only when you write about the person you care for.",
            "Do not share photographs of other people without their permission, especially children at events.",
            "If you mention a flat, block or estate, leave out door numbers.",
            "Private messages stay private: please do not copy them onto the open board.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping people safe",
            "What if I'm worried about someone?",
            "Welfare",
        ),
        (
            "If you think someone is at risk of harm, contact the police or social services first and tell {mods} "
            "afterwards.",
            "Junior members must not be named alongside their club or school without a parent's consent.",
            "We follow the club's safeguarding policy, and the welfare officer can be reached through the contact page.",
            "Anything that suggests abuse or neglect will be passed on to the proper authorities.",
            "If you are in danger right now, ring 999 (or 112 in Rodrigues) rather than posting here.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Approval"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "Our volunteers are not online evenings or weekends, so please be patient.",
            "Anything sent in after the paper goes to press on Tuesday may not appear until Thursday.",
            "New members' first few {cs} are held for approval.",
            "Posting the same {c} several times will not make it appear any quicker.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Where should I post this?"),
        (
            "Please keep {cs} to the subject of the article or thread.",
            "Questions about fixtures, courses or results belong in the events section, not under news stories.",
            "If you want to start a new conversation, open a new thread rather than taking over someone else's.",
            "Long-running arguments about the Powell school board or the Worland pool will be closed if they go round in circles.",
            "Posts about repairs should go through the repairs line, not the forum, so they are logged properly.",
        ),
    ),
    (
        ("Advertising", "Adverts and spam", "Selling", "Can I advertise my business?", "Commercial posts"),
        (
            "No advertising, please, unless it is in the For Sale and Wanted section.",
            "Links to commercial websites will be removed, as will anything that looks like spam.",
            "Members may mention second-hand kit, marionettes, Punch and Judy booths or skates for sale once, on the classified board.",
            "Care agencies and solicitors may not use the forum to tout for business.",
            "Chain letters, petitions and fundraising appeals need the agreement of {mods} first.",
        ),
    ),
    (
        ("Names and accounts", "Usernames", "Who can post?", "Registration", "One account each"),
        (
            "Please use one account only; duplicate accounts will be closed.",
            "Usernames must not be offensive or pretend to be somebody else.",
            "Anything for the letters page must carry your name and the town or village where you live.",
            "Do not share your login with anyone else.",
            "You must be a current member of the club or guild to post on the members' board.",
        ),
    ),
    (
        ("The law", "Legal", "Defamation", "Is it libel?", "Contempt of court"),
        (
            "You are responsible for what you post, and you can be sued for it.",
            "Do not accuse named people of crimes, dishonesty or misconduct unless a court has found it proven.",
            "Please do not discuss cases that are before the court in Port Mathurin, Truro or Cody.",
            "Anything we believe to be defamatory or in contempt of court will be taken down without notice.",
            "Under Wyoming law, as elsewhere, a false statement that harms someone's reputation can cost you dearly.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photos and videos", "Can I share a newspaper article?"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Please link to articles rather than copying them out in full.",
            "Maps remain the copyright of the club and the mapper and must not be reproduced without permission.",
            "Old rink programmes, colour photographs and cine film lent to us remain the property of their owners.",
            "By posting you give us permission to reproduce your {c} in print and online.",
        ),
    ),
    (
        ("Reporting a post", "How do I report a {c}?", "Complaints", "Report it", "Spotted a problem?"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please report a problem rather than replying to it; replies only make it spread.",
            "You can also email {mods} and we will look at it as soon as we can.",
            "Every report is read, though we cannot always tell you what we decided.",
            "Reports are anonymous and the member concerned will not be told who raised it.",
        ),
    ),
    (
        ("Editor's decision", "Our discretion", "The committee's decision", "Who decides?", "Final say"),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final.",
            "We may shorten {cs} for length or clarity.",
            "The committee reserves the right to close any discussion at any time.",
            "Publication of a {c} does not mean we agree with it.",
        ),
    ),
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Contact the newsroom"),
        (
            "If we have got something wrong, please email the newsroom rather than posting a {c}, and we will put it "
            "right.",
            "News tips are always welcome: ring the office or use the contact form.",
            "Results corrections, such as a mispunch or a missing SI card reading, should be sent to the event organiser, not posted on the board.",
            "Corrections will be printed in the next edition.",
            "Have a story from Roche, Bugle or St Dennis? Tell us about it.",
        ),
    ),
    (
        ("Language", "Swearing", "Which languages can I use?", "Bad language", "Plain English"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "{Cs} may be written in English, French or Kreol Rodrige.",
            "Please avoid text speak and writing in capitals, which reads as shouting.",
            "Cornish words and dialect are welcome, of course; swearing is not.",
            "Keep your language suitable for a family audience, as many juniors read the board.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspensions", "Three strikes"),
        (
            "Members who break these rules will be warned first, then suspended, then removed.",
            "Serious breaches may lead to an immediate ban, and we will not apologise for acting quickly.",
            "Banned members who come back under a new name will be removed again.",
            "Repeated breaches may also be reported to the club's disciplinary committee.",
            "A ban from the forum does not affect your tenancy in any way.",
        ),
    ),
    (
        ("Medical advice", "Safety", "Is this medical advice?", "Health information", "Out on the course"),
        (
            "Members are not medical professionals, and nothing here should replace advice from a GP or nurse.",
            "Please do not recommend stopping or changing medication.",
            "If you are worried about someone's health, speak to their doctor or call NHS 111.",
            "Advice about routes, weather and access is given in good faith; always check conditions yourself.",
            "Never go out on the ice or open water to follow up something you read here.",
        ),
    ),
    (
        ("Looking after yourself", "Wellbeing", "Feeling overwhelmed?", "Support", "Take a break"),
        (
            "If the board becomes too much, step away for a while; it will still be here.",
            "Samaritans can be reached free, day or night, on 116 123.",
            "It is fine to vent, but please remember others reading may be struggling too.",
            "If a post upsets you, tell {mods} rather than replying in the heat of the moment.",
            "Our helpline is open weekdays for anyone who would rather talk than type.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural); most sites say comment, a quarter never do.
COMMENT_WORDS_276: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_276: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as a sentence subject.
MODERATORS_276: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the newsroom",
    "the committee",
    "the webmaster",
    "the forum team",
    "the tenants' panel",
    "our volunteer moderators",
    "the club secretary",
    "the guild committee",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_276: tuple[str, ...] = (
    "We welcome your views, but please read these guidelines before posting.",
    "This forum is here for carers to share experience and support each other.",
    "These house rules help keep the noticeboard friendly and useful for everyone.",
    "By posting on this site you agree to the following terms.",
    "The board is run by volunteers, so please help us by following these simple rules.",
    "A few ground rules for the members' forum, agreed by the committee.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_276: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed at any time without notice.",
    "Questions about these guidelines? Email the editor.",
    "Happy posting, and see you at the next event!",
    "Thanks for reading, and take care of yourselves.",
    "Mersi, and enjoy the discussion.",
)

# Titles a site may print above its rules.
POLICY_TITLES_276: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum guidelines",
    "Posting rules",
    "Noticeboard terms of use",
    "Community guidelines",
    "Members' forum code of conduct",
)

# British spellings used in the sentences above, and their American forms.
AMERICAN_276: dict[str, str] = {
    "organiser": "organizer",
    "neighbour": "neighbor",
    "programmes": "programs",
    "second-hand": "secondhand",
    "apologise": "apologize",
    "behaviour": "behavior",
    "colour": "color",
}

# Marker shapes: each takes the item's number (from 1) and returns the marker text.
_ROMAN_276 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_MARKERS_276 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(96 + n)}.",
    lambda n: f"{_ROMAN_276[n - 1]}.",
    lambda n: f"({_ROMAN_276[n - 1]})",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"4.{n}",
    lambda n: f"\u00a7{n}",
)

# Section lines, last-updated lines and sign-offs that some sites print among their rules.
_SECTION_LINES_276 = ("Part 2 \u2013 Taking part", "Section B: Online conduct", "Our rules", "The small print")
_UPDATED_LINES_276 = (
    "Last updated: March 2024.",
    "Reviewed by the committee at the AGM, November 2023.",
    "Revised 12/01/2025.",
    "Policy adopted by the board, June 2022.",
)
_SIGN_OFFS_276 = ("\u2014 The Editor", "The Committee", "Forum team", "Signed on behalf of the Friends' committee")


# Words left in lower case inside a title-case heading.
_SMALL_WORDS_276 = ("a", "and", "an", "as", "at", "for", "of", "on", "or", "the", "to", "with")


def _fill_276(text: str, word: tuple[str, str], mods: str) -> str:
    """``text`` with the site's word for what readers send and its moderators put in."""
    singular, plural = word
    text = text.replace("{C}", singular.capitalize()).replace("{Cs}", plural.capitalize())
    text = text.replace("{c}", singular).replace("{cs}", plural)
    if text.startswith("{mods}"):
        text = mods[0].upper() + mods[1:] + text[len("{mods}") :]
    return text.replace("{mods}", mods)


def _items_276(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. It draws the site's word for what readers send (comment three times in four,
    otherwise post, message, reply, contribution, letter or notice) and who moderates; how many kinds of item (two to
    five on some sites, six to sixteen on most) in table order or shuffled, and one to three sentences an item; the
    heading case (as written, title case or capitals) or no headings at all; where headings stand (a part of their
    own with no stop, a stop or a colon, or run in before the first sentence after a colon, stop or dash); a list
    marker shape (numbers, letters, roman numerals, bullets, dashes, asterisks, "Rule 1:", section numbers, section
    signs) or none; an emphasis style for headings (none, asterisks or underscores); and by chance a section line at
    the top, a last-updated line and a sign-off at the end. The opening, closing and title lines, American spelling
    and curly quotes are left to ``_furnish``."""
    word = rng.choice(OTHER_WORDS_276) if rng.random() < 0.25 else rng.choice(COMMENT_WORDS_276)
    mods = rng.choice(MODERATORS_276)
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, 16)
    kinds = list(REWORDINGS_276)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
    kinds = kinds[:count]
    case = rng.choice(("as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker = rng.choice(_MARKERS_276) if rng.random() < 0.55 else None
    emphasis = rng.choice(("", "", "", "*", "**", "_"))
    items: list[tuple[str, ...]] = []
    if rng.random() < 0.12:
        items.append((rng.choice(_SECTION_LINES_276), ""))
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))
        parts = [_fill_276(sentence, word, mods) for sentence in chosen]
        heading = _fill_276(rng.choice(headings), word, mods)
        if case == "title":
            words = heading.split()
            heading = " ".join(
                w if position and w in _SMALL_WORDS_276 else w[0].upper() + w[1:] for position, w in enumerate(words)
            )
        elif case == "capitals":
            heading = heading.upper()
        if emphasis and case != "none":
            heading = f"{emphasis}{heading}{emphasis}"
        question = heading.rstrip("*_").endswith("?")
        if case == "none":
            item = ["", *parts]
        elif placement.startswith("own"):
            stop = "" if question or placement == "own" else ("." if placement == "own stop" else ":")
            item = [heading + stop, *parts]
        else:
            joiner = {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[placement]
            if question:
                joiner = " "
            item = ["", heading + joiner + parts[0], *parts[1:]]
        if marker is not None:
            at = 0 if item[0] else 1
            item[at] = f"{marker(number)} {item[at]}"
        items.append(tuple(item))
    if rng.random() < 0.2:
        items.append(("", rng.choice(_UPDATED_LINES_276)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(_SIGN_OFFS_276)))
    return _furnish(items, rng, POLICY_INTROS_276, POLICY_CLOSINGS_276, POLICY_TITLES_276, AMERICAN_276)
