"""The ``reworded-264`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands outer-island news, Black Country papers, Georgia peanut-belt weeklies, wheelchair
basketball clubs, brass rubbing groups, chronic pain forums, almshouse trustees, corn exchange friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind: (headings, sentences). Headings are printed by a site's case; sentences may hold {c} {cs} {C} {Cs}
# (the site's word for what readers send) and {mods} (who looks after the site), filled per site.
REWORDINGS_264: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Play nicely", "Treat others with respect", "How should I talk to other members?", "Courtesy"),
        (
            "Disagree with the argument if you like, but leave the person alone.",
            "Please be courteous to other readers, even when you think they are wrong.",
            "We are a small island and most of us know each other, so write as if you were talking at the "
            "community hall.",
            "Name-calling, sneering and baiting will see your {c} taken down.",
            "Keep it friendly - this is a club page, not the terraces at the Molineux.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hate speech", "Is racist or sexist language allowed?", "Respect for all"),
        (
            "We do not publish {cs} that attack people for their race, religion, disability, sex or sexuality.",
            "Anything that stirs up hatred against a group of people will be removed and may be reported to the "
            "police.",
            "Jokes at the expense of disabled people are not welcome here, on court or off it.",
            "Slurs are not allowed, even in quotes and even with letters replaced by asterisks.",
            "{Cs} that demean Pacific Islanders, migrants or any other community will not be published.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep it private", "Can I name people in my post?", "Other people's details"),
        (
            "Do not post anyone's address, phone number or email, your own included.",
            "Please do not name residents or staff, or post photographs of them, without their permission.",
            "Do not share another member's story, diagnosis or medication outside this forum.",
            "Private messages stay private; do not copy them into a public thread.",
            "Please leave children's names and schools out of your {cs}.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and vulnerable adults", "Keeping people safe", "Who do I tell if I'm worried?"),
        (
            "If you are worried about a child or vulnerable adult, contact the club welfare officer, not the page.",
            "Photographs of junior players are only posted with a parent's written consent.",
            "Anyone who tries to contact a young member privately through this site will be blocked and reported.",
            "If a member says they are in danger or thinking of harming themselves, the {mods} will reach out and "
            "may share details with emergency services.",
            "Concerns about the welfare of a resident should go to the clerk to the trustees in confidence.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "Delays"),
        (
            "All {cs} are read by a person before they go up, so please be patient.",
            "The {mods} give their time for nothing and check the queue once or twice a day.",
            "Inter-island internet can be slow, so it may be some hours before your {c} shows.",
            "{Cs} posted after the office closes on Friday will be looked at on Monday.",
            "New members' first few posts are held for approval.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "What can I write about?", "Relevance"),
        (
            "Please keep your {c} to the subject of the story it sits under.",
            "Threads that wander off into politics or the price of peanuts will be closed.",
            "Use the right board: rubbings, church access, materials and the social calendar each have their own.",
            "Questions about the exchange building, its history and events are welcome; national politics is not.",
            "If you want to start a new subject, start a new thread.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "Advertising, chain letters and links to shops will be deleted without warning.",
            "If you want to sell something, take out a classified ad with the paper like everyone else.",
            "Do not promote cures, supplements or clinics, however much they helped you.",
            "Raffles and fundraising for other causes need the committee's approval first.",
            "Repeated posts of the same {c} will be treated as spam.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Usernames", "Do I have to use my real name?", "Registration"),
        (
            "{Cs} must carry your full name and the town or island you live on.",
            "One account per person, please; second accounts made to support yourself will be removed.",
            "You may use a nickname on the forum, but the {mods} must know who you are.",
            "Letters for the print edition need a name, address and daytime phone number, though we will not "
            "publish the last two.",
            "Do not pretend to be someone else, including a public figure or a member of staff.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Could I get into trouble?", "Court cases"),
        (
            "You are responsible for what you write, and you can be sued for it.",
            "Do not say a person is guilty of something unless a court has found them so.",
            "Do not discuss cases that are before the courts in Rarotonga or anywhere else.",
            "Under the Defamation Act 2013 the writer, as well as the publisher, can be held liable.",
            "Georgia law treats a false statement online the same as one printed in the paper.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and other people's work", "Can I post pictures?", "Sharing material", "Images"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Rubbings of brasses in churches may need the incumbent's permission before they are shared online.",
            "Do not copy whole articles from other papers; a link and a line or two is enough.",
            "By posting you give us permission to reprint your {c} in the paper.",
            "Please credit the photographer when you share a picture from the archive.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "Report abuse", "Something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see something that breaks these rules, use the report button rather than replying to it.",
            "Email the editor with a link to the {c} and tell us what the problem is.",
            "Every report is read, though we will not always reply.",
            "Reporting a {c} because you disagree with it wastes the time of the {mods}.",
            "Ring the office on the number in the paper if you think something is urgent.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Editor's discretion", "The final say", "Who decides?", "Right to remove"),
        (
            "The editor decides what is published and does not have to give a reason.",
            "The committee may remove any post or member at its discretion.",
            "We may edit {cs} for length, spelling or legal reasons.",
            "The trustees' decision on what appears on this noticeboard is final.",
            "Publishing a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "How do I tell you about news?"),
        (
            "If we got something wrong, tell us and we will put it right in the next edition.",
            "Please do not post corrections in the {cs}; email the newsroom so we can check them.",
            "Got news from Aitutaki, Atiu or Mangaia? Call or message the office and ask for the reporter.",
            "Tips about what is happening in Dudley, Tipton or Wednesbury are always welcome.",
            "Send your church news, club results and obituaries to the office by Tuesday noon.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Can I swear?", "Which language?"),
        (
            "No swearing, including words with letters starred out.",
            "You may write in English or Cook Islands Maori; the {mods} read both.",
            "Please do not write in capital letters - it reads as shouting.",
            "Keep it clean; this page is read by families and young players.",
            "Dialect is welcome, abuse in any accent is not.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "A first breach gets a warning, a second a suspension, a third a ban.",
            "Serious breaches will lead to an immediate ban without warning.",
            "Banned members who come back under a new name will be removed again.",
            "Membership of the forum can be withdrawn by the {mods} at any time.",
            "If you think a ban was unfair, write to the secretary; the committee will review it at its next meeting.",
        ),
    ),
    (  # safety or medical advice
        ("Medical advice", "Not a doctor", "Is this medical advice?", "Health and safety", "Your safety"),
        (
            "Nothing posted here is medical advice; always talk to your GP or pain clinic before changing medication.",
            "Never suggest that someone stops, doubles or shares their prescription.",
            "If you are in crisis, call 999 or the Samaritans on 116 123 rather than posting.",
            "Check with the churchwarden before you rub, and never stand on tombs or pews.",
            "Sports injuries and chair set-up should be discussed with a qualified coach or therapist.",
        ),
    ),
    (  # meetings and events (local colour: friends' groups and clubs)
        ("Events", "Notices", "Posting an event", "Can I put up a notice?", "Meetings"),
        (
            "Event notices should give the date, time and place and who to contact.",
            "The Friends meet on the first Thursday of the month in the small hall.",
            "Notices stay up for a month and then come down to make room.",
            "Training times change with the sports centre's bookings, so check before you travel.",
            "Please do not post notices on behalf of groups you do not belong to.",
        ),
    ),
)

# The words sites use for what readers send: (singular, plural); "comment" on most sites, another word on a quarter.
COMMENT_WORDS_264: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_264: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site, as its sentences name them.
MODERATORS_264: tuple[str, ...] = (
    "moderators",
    "editors",
    "committee",
    "admins",
    "trustees",
    "volunteers who run this page",
    "newsroom staff",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_264: tuple[str, ...] = (
    "We welcome your views, but please read the following before you post.",
    "This is a friendly forum and we want to keep it that way.",
    "These house rules apply to everyone who takes part on this site.",
    "By posting you agree to the guidelines below.",
    "The committee has agreed the following rules for the noticeboard.",
    "Kia orana and welcome. A few rules to keep our page a good place to be.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_264: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "These rules may change from time to time without notice.",
    "Meitaki maata for reading.",
    "Cheers, and thanks for reading.",
    "The committee thanks members for their co-operation.",
)

# Title lines a site prints above its rules.
POLICY_TITLES_264: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum guidelines",
    "Noticeboard terms",
    "Posting rules",
    "Community guidelines",
    "Rules of the forum",
)

# British spellings in this family's sentences -> American, for sites that print American spelling.
AMERICAN_264: dict[str, str] = {
    "behaviour": "behavior",
    "colour": "color",
    "neighbour": "neighbor",
    "favour": "favor",
    "centre": "center",
    "programme": "program",
    "organisation": "organization",
    "apologise": "apologize",
    "criticise": "criticize",
    "judgement": "judgment",
    "co-operation": "cooperation",
    "offence": "offense",
}

# List markers sites print before items, each a function of the item's 1-based number.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_MARKERS_264 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"{_ROMAN[n - 1]}.",
    lambda n: f"({_ROMAN[n - 1]})",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"{n}.0",
    lambda n: f"\u00a7{n}",
)

# Words that tie a sentence to one region; a site drawn in one region leaves out sentences naming another's.
_REGION_WORDS_264: dict[str, tuple[str, ...]] = {
    "cook": ("Rarotonga", "Aitutaki", "island", "Maori", "Pacific", "Kia orana", "Meitaki"),
    "england": ("Dudley", "Molineux", "Defamation Act", "999", "GP ", "churchwarden", "incumbent"),
    "georgia": ("Georgia", "peanuts"),
}


def _fits_region(text: str, region: str) -> bool:
    """Whether ``text`` names no place or law of a region other than the site's own."""
    return not any(word in text for other, words in _REGION_WORDS_264.items() if other != region for word in words)


# Last-updated and section lines some sites print.
_UPDATED_264 = (
    "Last updated: {d} {m} {y}",
    "Updated {m} {y}",
    "Agreed by the committee, {m} {y}",
    "Revised {d}/{n}/{y}",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
_SIGNOFFS_264 = ("- The Editor", "The Committee", "Clerk to the Trustees", "The Admin Team", "Newsroom")


def _items_264(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the site's word for what readers send (another word than "comment" on a
    quarter of sites), who moderates and its region (sentences naming another region's places and laws left out);
    how many item kinds (2-5 on some sites, 6-17 on most), in table order or shuffled; one to three sentences an item;
    headings in sentence, title or capital case, or none; where a heading stands (a part of its own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers, letters,
    roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and habits of its own: a section line, a
    last-updated line, bold or starred headings and a sign-off. Then the opening, closing and title lines, spelling
    and quotes by ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_264 if rng.random() < 0.25 else COMMENT_WORDS_264)
    moderators = rng.choice(MODERATORS_264)
    region = rng.choice(("cook", "england", "england", "georgia", "none"))
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    kinds = list(REWORDINGS_264)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(kinds))
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        keep = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in keep]

    case = rng.choice(("sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(_MARKERS_264) if rng.random() < 0.6 else None
    emphasis = rng.choice(("", "", "", "**", "*"))
    if emphasis and placement.startswith("run"):
        emphasis = ""

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(("Rules", "The rules", "Our guidelines", "Section 2: Conduct")), ""))
    for number, (headings, sentences) in enumerate(chosen, start=1):
        local = [s for s in sentences if _fits_region(s, region)]
        picked = [s.format(**fill) for s in rng.sample(local, min(len(local), rng.choice((1, 1, 2, 2, 3))))]
        heading = rng.choice(headings).format(**fill)
        if case == "title":
            heading = " ".join(
                w if w in ("a", "of", "to", "the", "and", "or", "I", "my") else w[:1].upper() + w[1:]
                for w in heading.split(" ")
            )
        elif case == "capitals":
            heading = heading.upper()
        prefix = marker(number) + " " if marker else ""
        if case == "none":
            picked[0] = prefix + picked[0]
            items.append(("", *picked))
            continue
        asks = heading.endswith("?")
        if placement == "own":
            items.append((prefix + emphasis + heading + emphasis, *picked))
        elif placement == "own-stop":
            items.append((prefix + emphasis + heading + ("" if asks else ".") + emphasis, *picked))
        elif placement == "own-colon":
            items.append((prefix + emphasis + heading + ("" if asks else ":") + emphasis, *picked))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - "}[placement]
            if asks:
                joiner = " "
            picked[0] = prefix + heading + joiner + picked[0]
            items.append(("", *picked))

    if rng.random() < 0.2:
        stamp = rng.choice(_UPDATED_264).format(
            d=rng.randint(1, 28), m=rng.choice(_MONTHS), n=rng.randint(1, 12), y=rng.randint(2014, 2026)
        )
        items.append(("", stamp))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGNOFFS_264)))
    titles = POLICY_TITLES_264 if singular == "comment" else [t for t in POLICY_TITLES_264 if "omment" not in t]
    intros = [line for line in POLICY_INTROS_264 if _fits_region(line, region)]
    closings = [line for line in POLICY_CLOSINGS_264 if _fits_region(line, region)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_264)
