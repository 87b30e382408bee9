"""The ``reworded-271`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tokelau news, Northumberland border papers, Maine Down East weeklies, boccia clubs, beekeepers'
associations, ME/CFS forums, student housing co-ops, tramway museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: for each, (headings, sentences). Headings include questions; sentences may use {c} {cs} {C} {Cs}
# (the site's word for what readers send) and {mods} (who looks after the site).
REWORDINGS_271: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be civil", "Courtesy first", "Play the ball, not the player", "How should I talk to others?", "Respect"),
        (
            "Disagree as much as you like, but keep it courteous and never make it personal.",
            "Treat fellow members as you would at the club on a Tuesday evening: with patience and good humour.",
            "Sarcasm, name-calling and sneering at other readers will see your {c} removed.",
            "We are a small community, from Atafu to Fakaofo, and many of us are related; write accordingly.",
            "Argue with the point someone has made, not with the person who made it.",
        ),
    ),
    (
        ("No hate", "Hatred and discrimination", "What counts as hate speech?", "Equality", "Abuse of groups"),
        (
            "We will not publish anything that attacks people for their race, faith, sex, sexuality or disability.",
            "Slurs of any kind, including those dressed up as jokes, are removed without discussion.",
            "Stirring up ill feeling against incomers, travellers or any other group is not welcome here.",
            "Many members live with disability; mocking anyone's condition or equipment ends your membership.",
            "Abuse aimed at a whole community breaks our rules and may break the law as well.",
        ),
    ),
    (
        ("Privacy", "Other people's details", "Can I name someone?", "Personal information", "Keep it private"),
        (
            "Do not post anyone's address, phone number, car registration or workplace, including your own.",
            "Please do not name children, tenants or neighbours who have not chosen to be part of the discussion.",
            "Photographs of people taken at matches, apiary days or open days need their permission before posting.",
            "Do not share private messages or emails from other members without their say-so.",
            "Where your apiary is sited is your business; we suggest you do not give exact locations publicly.",
        ),
    ),
    (
        ("Safeguarding", "Children and vulnerable people", "Looking after each other", "Who is at risk?"),
        (
            "Our club follows the Boccia England safeguarding policy; any concern should go to the welfare officer.",
            "If a member seems to be in crisis, please flag the {c} and contact {mods} straight away.",
            "Never arrange to meet a young or vulnerable member privately through this board.",
            "If someone is in immediate danger, call the emergency services before you do anything else here.",
            "We will pass on information to the proper authorities where a person may be at risk of harm.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "Every {c} is read by a person before it goes live, so please allow up to 48 hours.",
            "{Cs} are checked by volunteers in their own time, and nothing is approved at weekends.",
            "New members' first few {cs} are held in a queue until {mods} can check them.",
            "{Cs} are switched off on court reports and inquests, and may be closed on other stories at any time.",
            "With the inter-atoll boat and a patchy satellite link, approval can take several days; please bear with us.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "Is this the right board?", "Off-topic posts"),
        (
            "Keep {cs} to the subject of the article or thread they are attached to.",
            "Questions about swarms belong in the swarm board, not in the honey show thread.",
            "Tram restoration chat is welcome, but politics and the bypass belong elsewhere.",
            "Off-topic {cs} may be moved to the general board or removed without notice.",
            "If a thread has drifted a long way, start a new one rather than carry on.",
        ),
    ),
    (
        ("No advertising", "Spam", "Selling and promotion", "Can I sell things here?", "Commercial posts"),
        (
            "Advertising of any kind is not permitted unless you have cleared it with {mods} first.",
            "Members may offer nucs, queens and used equipment in the For Sale board only.",
            "Links to miracle cures, supplements or paid treatment programmes will be deleted.",
            "Repeated links to your own business, blog or page will be treated as spam.",
            "Lobster boats, woodlots and camps for sale go in the classifieds, not in the {cs}.",
        ),
    ),
    (
        ("Names and accounts", "Who are you?", "Real names", "One account each", "Usernames"),
        (
            "We ask that you post under your real name, as you would in a letter to the editor.",
            "One account per person; duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, a club official or a member of staff.",
            "Usernames that are offensive or that mimic another member will be changed.",
            "Your account is yours alone: please do not share your login with housemates.",
        ),
    ),
    (
        ("The law", "Legal matters", "Defamation", "Contempt of court", "What could get us sued?"),
        (
            "Do not write anything that could be defamatory; we are responsible for everything we publish.",
            "Do not discuss cases before the courts in Berwick, Alnwick or Newcastle; it could amount to contempt.",
            "Under Maine law we can be held to account for what appears on our pages, so we err on the side of caution.",
            "Allegations of crime against named people will not be published, however well you think you know them.",
            "Anything that breaks the law of the land, or encourages others to, will be removed.",
        ),
    ),
    (
        ("Copyright", "Other people's work", "Photographs and articles", "Can I copy an article?", "Quoting"),
        (
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Only upload photographs you took yourself or have permission to use.",
            "Archive pictures of the trams remain the property of the museum and may not be reproduced.",
            "By posting you give us permission to reproduce your {c} in print and online.",
            "Credit the source whenever you quote research papers or patient surveys.",
        ),
    ),
    (
        ("Reporting", "Report a post", "Seen something wrong?", "How do I complain?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please do not reply to troublemakers; report them and let {mods} deal with it.",
            "Complaints can be sent to the editor by email, and every one is read.",
            "Reports are anonymous; the member reported will not be told who flagged them.",
            "You can also raise a problem with any committee member at the next meeting.",
        ),
    ),
    (
        ("Editor's discretion", "Our decision is final", "The committee's say", "Who decides?", "Discretion"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on moderation matters is final.",
            "These rules are a guide; {mods} may act on anything they judge harmful to the group.",
            "Publication of a {c} does not mean we agree with it.",
            "We may change these guidelines at any time, and will post a note when we do.",
        ),
    ),
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and tips"),
        (
            "If we have got something wrong, email the newsroom and we will put it right.",
            "Corrections should be sent to the editor, not left in the {cs}, so we can check them properly.",
            "Got a story from Wooler, Rothbury or up the valley? Send it to us.",
            "News tips from Jonesport, Machias and Lubec are always welcome, with a phone number we can call you on.",
            "Fakaofo, Nukunonu and Atafu news can be sent through the village office or directly to the editor.",
        ),
    ),
    (
        ("Language", "Swearing", "Which language?", "Mind your language", "Bad language"),
        (
            "Keep language clean: this site is read by families and schoolchildren.",
            "You are welcome to write in Tokelauan or English; {mods} can read both.",
            "Swearing, even with asterisks, will get your {c} pulled.",
            "Avoid text-speak and writing in capitals; it is hard to read and comes across as shouting.",
            "Please keep posts short and use paragraphs: many members have limited energy for reading.",
        ),
    ),
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Suspensions", "Three strikes"),
        (
            "A first breach normally earns a private warning from {mods}.",
            "Repeated breaches lead to a suspension and, in the end, a permanent ban.",
            "Serious breaches, such as threats or hate, may result in an immediate ban.",
            "Banned members who return under a new name will be removed again without notice.",
            "If you think you were banned unfairly, write to the secretary; appeals go to the full committee.",
        ),
    ),
    (
        ("Medical advice", "Safety first", "Not a doctor", "Is this medical advice?", "Health and safety"),
        (
            "Nothing on this forum is medical advice; talk to your GP before changing any treatment.",
            "Please do not push graded exercise or any cure on other members; what helped you may harm someone else.",
            "If you are stung and have any sign of an allergic reaction, get medical help at once.",
            "Never go onto the tram track or into the depot without a trained volunteer.",
            "Advice given here about spraying, feeding or treating colonies is given in good faith and at your own risk.",
        ),
    ),
    (
        ("House matters", "Co-op business", "Rent and repairs", "Is this the place for complaints about the house?"),
        (
            "Repairs and maintenance requests go through the house form, not the noticeboard.",
            "Decisions about the house are made at the general meeting, not in {cs}.",
            "Please keep disputes between housemates off the board and speak to your house rep.",
            "Anything said here may be read by prospective members; keep it fair.",
            "Chores rotas and bin days are posted by the house steward only.",
        ),
    ),
)

# What readers send, as (singular, plural): "comment" for most sites, something else for about a quarter.
READER_WORDS_271: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as a sentence would name them.
MODERATORS_271: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the news team",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the web officer",
    "the membership secretary",
    "the admins",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_271: tuple[str, ...] = (
    "We want this to be a friendly place for everyone who loves the border country.",
    "Please read these few rules before you post.",
    "Our forum exists so that people with ME/CFS can support each other; these rules help keep it safe.",
    "This noticeboard is run by members, for members.",
    "Welcome to the Friends' forum. A few house rules:",
    "Comments are welcome on most of our stories, provided you stick to the following.",
    "By joining the association's discussion group you agree to the following.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_271: tuple[str, ...] = (
    "Thank you for helping keep this a good place to talk.",
    "Happy beekeeping!",
    "Questions about these rules? Email the editor.",
    "Fakafetai lahi.",
    "Thanks, and see you on the court.",
    "Agreed by the committee at the annual general meeting.",
    "Rest well, and look after yourselves.",
)

# Titles a site gives its rules.
POLICY_TITLES_271: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum guidelines",
    "Noticeboard rules",
    "Community standards",
    "Posting guidelines",
    "Rules of the board",
    "Terms of use for the members' forum",
)

# British spellings in the sentences above, and their American forms (a site may print either).
AMERICAN_271: dict[str, str] = {
    "humour": "humor",
    "neighbours": "neighbors",
    "travellers": "travelers",
    "programmes": "programs",
}

# Section lines a site may print above its rules, as part of a longer terms page.
SECTION_LINES_271: tuple[str, ...] = (
    "Section 4: Using the forum",
    "Part 2 \u2013 {Cs}",
    "Our rules in brief",
    "Members' area: posting",
)

# Last-updated lines a site may print after its rules.
UPDATED_LINES_271: tuple[str, ...] = (
    "Last updated: March 2024.",
    "Revised by the committee, April 2025.",
    "Updated 12/1/2023",
    "These rules were last reviewed at the AGM in October.",
)

# List markers a site may put before each item; each takes the item's place from 1.
_MARKERS_271 = ("number", "number)", "letter", "roman", "bullet", "dash", "rule", "section", "asterisk")
# Small roman numerals for the "roman" marker, one for each item kind.
_ROMAN_271 = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
)


def _marker_271(style: str, place: int) -> str:
    """The list marker of ``style`` for the item at ``place`` (from 1), with its trailing space."""
    if style == "number":
        return f"{place}. "
    if style == "number)":
        return f"{place}) "
    if style == "letter":
        return f"({chr(ord('a') + place - 1)}) "
    if style == "roman":
        return f"{_ROMAN_271[place - 1]}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {place}: "
    if style == "section":
        return f"4.{place} "
    return "* "


def _cased_271(heading: str, case: str) -> str:
    """``heading`` in sentence case, title case or capitals."""
    if case == "title":
        small = {"a", "an", "and", "the", "of", "on", "or", "to", "in", "not", "my", "for", "about", "at", "with", "by"}
        words = heading.split()
        return " ".join(
            w if (i and w.lower() in small) or not w[:1].isalpha() else w[:1].upper() + w[1:]
            for i, w in enumerate(words)
        )
    if case == "capitals":
        return heading.upper()
    return heading


def _items_271(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the site's word for what readers send (comment for three sites in four) and
    who moderates; how many kinds it prints (two to five for some sites, six to all seventeen for most), in table order or
    shuffled; one to three sentences an item; whether it prints headings and in which case (sentence, title,
    capitals); where they stand (a part of their own, bare or with a stop or colon, or run in before the first
    sentence after a colon, stop or dash); a list marker or none; and its own habits: a section line before the rules,
    a last-updated line, bold-star emphasis on headings, and a signed-off line from its moderators. Then the opening,
    closing and title lines, American spelling and curly quotes by ``_furnish``."""
    word, words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(READER_WORDS_271[1:])
    mods = rng.choice(MODERATORS_271)
    fills = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_271))
    kinds = list(REWORDINGS_271)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in chosen]
    headed = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placing = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker = rng.choice(_MARKERS_271) if rng.random() < 0.55 else ""
    starred = headed and rng.random() < 0.15
    most = rng.choice((1, 2, 2, 3))
    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(("", _filled_271(rng.choice(SECTION_LINES_271), fills)))
    for place, (headings, sentences) in enumerate(chosen, start=1):
        picked = rng.sample(sentences, rng.randint(1, most))
        parts = [_filled_271(sentence, fills) for sentence in picked]
        prefix = _marker_271(marker, place) if marker else ""
        if not headed:
            items.append(("", prefix + parts[0], *parts[1:]))
            continue
        heading = _cased_271(_filled_271(rng.choice(headings), fills), case)
        stars = "**" if starred else ""
        if heading.endswith("?"):  # a question heading takes no stop of its own
            mark, space = "", " "
        elif placing in ("own", "run dash"):
            mark, space = "", " \u2013 "
        elif placing in ("own stop", "run stop") or marker == "rule":  # no second colon after "Rule 3:"
            mark, space = ".", " "
        else:
            mark, space = ":", " "
        if placing.startswith("own"):
            items.append((f"{prefix}{stars}{heading}{mark}{stars}", *parts))
        else:
            items.append(("", f"{prefix}{stars}{heading}{mark}{stars}{space}{parts[0]}", *parts[1:]))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_271)))
    if rng.random() < 0.1:
        items.append(("", f"\u2014 {mods[0].upper()}{mods[1:]}"))
    intros, closings, titles = POLICY_INTROS_271, POLICY_CLOSINGS_271, POLICY_TITLES_271
    if word != "comment":  # a site that never says "comment" does not say it around its rules either
        intros, closings, titles = (
            tuple(line for line in lines if "comment" not in line.lower()) for lines in (intros, closings, titles)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_271)


def _filled_271(text: str, fills: dict[str, str]) -> str:
    """``text`` with the site's words put in, its first letter capitalised."""
    text = text.format(**fills)
    return text[:1].upper() + text[1:]
