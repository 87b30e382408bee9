"""The ``reworded-256`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Kiribati English news, Isles of Purbeck papers, South Dakota reservation-border weeklies, rugby league
supporters' clubs, stained-glass guilds, celiac disease forums, estate residents' panels, water tower friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: for each, (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send (singular,
# plural, capitalised) and {mods} for who looks after the site; never {mods} at the start of a sentence.
REWORDINGS_256: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Respect", "Play the ball, not the player", "How should I speak to others here?", "Courtesy"),
        (
            "Disagree with the argument, not the person making it.",
            "Speak here as you would in the maneaba: with respect for your elders and for those you disagree with.",
            "Give-and-take is part of supporting a club, but abuse of other fans, players or match officials is not.",
            "Keep it friendly; most of us live a few streets apart and will meet at the shop or on the bus.",
            "Personal attacks, name-calling and sarcasm aimed at other members will be removed without discussion.",
        ),
    ),
    (  # hatred
        ("No hate", "Racism and discrimination", "Hateful content", "What counts as hate speech?", "Zero tolerance"),
        (
            "We do not accept {cs} that attack people for their race, tribe, religion, sex, sexuality or disability.",
            "Slurs against Native people, or against anyone else, will be deleted and the account closed.",
            "Racist, sexist or homophobic chanting has no place at the ground and no place on this board.",
            "Stereotypes about outer-island people, I-Kiribati abroad or newcomers to Tarawa are not welcome here.",
            "Anything that stirs up hatred against a group of people may also be a criminal offence.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep it private", "Can I name my neighbours?", "Other people's information"),
        (
            "Do not post phone numbers, addresses or flat numbers, whether your own or someone else's.",
            "Please do not name children, tenants or staff in a {c}, even if you think everyone knows who they are.",
            "Photographs of people taken at meetings or on the estate need their permission before they go up.",
            "Your email address is never shown publicly and is used only if {mods} need to contact you.",
            "Health details you share about yourself are public once posted, so think before you write.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting vulnerable people", "Under 16?", "Keeping safe"),
        (
            "Members must be 16 or over; junior players and their families should use the club's own channels.",
            "Never arrange to meet a young person you have met through this site.",
            "If you are worried that a child or adult is at risk, contact the police or the council, not this board.",
            "Photos of junior teams and open days are posted by the club only, with parents' consent.",
            "Anything that suggests someone may harm themselves will be passed on to {mods} straight away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go up?",
            "Approval",
        ),
        (
            "All {cs} are read before they are published, which can take a day or more.",
            "Approval is done by {mods}, who have jobs and families, so please be patient at weekends.",
            "{Cs} sent after the office closes on Friday will usually appear on Monday.",
            "Power and internet outages on South Tarawa can hold up approval for several days.",
            "In the summer our small Wareham office is stretched, and approval may take longer.",
            "During the season, match-day {cs} may be held until after the final whistle.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} to the subject of the story or thread you are replying to.",
            "Questions about leading, glass paint or kiln firing go in the technique section, not in general chat.",
            "Transfer rumours belong in the rumours thread, please, not in every match report.",
            "{Cs} about a different housing block should be raised at your own block's meeting.",
            "Threads that wander far from their start may be split or locked.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and self-promotion", "Can I advertise my business?", "Links"),
        (
            "Advertising for any business or organisation, chain letters and repeated links will be removed.",
            "Members may mention their own studio once in their profile, but not in every {c}.",
            "Sellers of gluten-free products must contact {mods} before posting about them.",
            "Ticket touting is not allowed; spare tickets may be offered at face value only.",
            "Holiday lets and boat trips from Swanage quay belong in the classified pages, not here.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Can I use a nickname?", "Registration", "One member, one account"),
        (
            "{Cs} for print must carry your full name and village; we will withhold it on request for good reason.",
            "Please use your real name and the estate or street you live on.",
            "Nicknames are fine, but pretending to be a player, a councillor or another member is not.",
            "One account per person; second accounts used to dodge a ban will be closed.",
            "Please sign with your name and town, whether that is Martin, Mission, Winner or Pine Ridge.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Court cases", "Is it legal?", "Stay within the law"),
        (
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "Once someone is charged, do not discuss the evidence; contempt of court rules apply to us all.",
            "Cases before tribal court and county court alike are covered; we will not publish speculation about them.",
            "You are legally responsible for what you write, and defamatory {cs} can lead to action against you.",
            "The paper is bound by the laws of Kiribati, and so is every {c} we print.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and images", "Other people's work", "Can I post a picture?", "Designs and patterns"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Window designs, cartoons and patterns belong to the artist; ask before sharing them.",
            "Do not copy whole articles or the match-day programme; a short quote and a link will do.",
            "By sending a {c} you allow us to publish it in print and online, and to edit it for length.",
            "Pictures of the tower taken on open days may be used by the trustees with credit to you.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the report button under any {c} you think breaks these rules.",
            "Please report problems rather than replying to them; replies only feed an argument.",
            "If you cannot find the button, email {mods} with a link and a short reason.",
            "Reports are read in confidence, and the person reported is not told who made it.",
            "False or spiteful reports will be treated as a breach of these rules.",
        ),
    ),
    (  # discretion
        ("Our decision", "Final say", "Discretion", "The committee's discretion", "Who decides?"),
        (
            "The editor's decision on what is published is final.",
            "We may edit, hold back or remove any {c} without giving a reason.",
            "The committee reserves the right to refuse membership or remove any member.",
            "These rules are a guide, not a contract; {mods} will use common sense.",
            "The rules may change at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, tell us and we will put it right and apologise where it is due.",
            "Corrections are printed in the next edition, on the same page as the original.",
            "News from Swanage, Wareham, Corfe or Studland is always welcome by email or at the office.",
            "Tips about a story belong in an email to the newsroom, not in a {c} under it.",
            "Send your match reports and photos to the club secretary by Sunday evening.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language?", "Keep it clean", "Bad language"),
        (
            "No swearing, including words with letters replaced by stars.",
            "{Cs} may be in English or te taetae ni Kiribati.",
            "Lakota and English are both welcome here.",
            "Please avoid writing in capitals; it reads as shouting.",
            "Keep the language fit for a family stand.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "A first breach earns a warning, a second a suspension, and a third a ban.",
            "Serious breaches, such as threats, racism or abusive behaviour at a meeting, lead to an immediate ban.",
            "Banned members may appeal once, in writing, to the club committee.",
            "Repeated breaches may also be raised with your landlord under the tenancy agreement.",
            "Anyone who is banned and returns under another name will be removed again.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Not a doctor", "Safety", "Health and safety", "Is this medical advice?"),
        (
            "Nothing here replaces advice from your GP, dietitian or specialist.",
            "Do not stop or change any treatment because of something you read on the forum.",
            "Please do not recommend gluten challenges, supplements or tests without saying they need a doctor's advice.",
            "Lead came and glass are dangerous; follow the guild's workshop rules and wash your hands before eating.",
            "The tower is closed to the public except on guided climbs; please do not try to get in.",
        ),
    ),
    (  # buying, selling and swaps
        ("Buying and selling", "Swaps", "For sale and wanted", "Can I sell things here?", "Classifieds"),
        (
            "Members may list spare glass, tools and kilns in the for-sale section only.",
            "Give a price, a location and whether you can post; collection only is fine.",
            "The guild takes no part in any sale and cannot help if a deal goes wrong.",
            "Swapping recipes is welcome; selling food made in a shared kitchen is not.",
            "Raffle and fundraising notices need the approval of {mods} first.",
        ),
    ),
)

# The kinds of site, each with the words that mark a sentence, heading or line as its own: a site prints the lines
# marked as its own and the unmarked lines every kind shares, never another kind's.
SITE_KINDS_256: dict[str, tuple[str, ...]] = {
    "Kiribati English news": ("Kiribati", "Tarawa", "maneaba", "rabwa"),
    "Isles of Purbeck papers": ("Swanage", "Wareham", "Corfe", "Purbeck"),
    "South Dakota reservation-border weeklies": ("Lakota", "Native", "tribal", "Pine Ridge", "Oyasin"),
    "rugby league supporters' clubs": (
        "match",
        "fans",
        "Ticket",
        "Transfer",
        "junior",
        "family stand",
        "supporting a club",
        "at the ground",
        "supporters",
        "a player",
        "the player",
        "league",
    ),
    "stained-glass guilds": ("glass", "guild", "studio", "Window designs", "glazing"),
    "celiac disease forums": (
        "gluten",
        "GP",
        "treatment",
        "recipes",
        "coeliac",
        "Health details",
        "edical advice",
        "Not a doctor",
    ),
    "estate residents' panels": (
        "estate",
        "tenants",
        "landlord",
        "housing block",
        "streets apart",
        "flat numbers",
        "Panel",
        "panel",
    ),
    "water tower friends": ("tower", "Trustees", "trustees"),
}

# What readers send: (singular, plural). Most sites say "comment"; a quarter never do.
COMMENT_WORD_256 = ("comment", "comments")
OTHER_WORDS_256: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as it would stand mid-sentence.
MODERATORS_256: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the panel secretary",
    "the newsroom",
    "our volunteers",
    "the admins",
    "the club committee",
    "the trustees",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_256: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers across Kiribati and beyond.",
    "This board is for members of the panel and residents of the estate.",
    "Our forum is run by volunteers for people living with coeliac disease and their families.",
    "A few simple rules keep this a friendly place for supporters.",
    "The Friends welcome your news, memories and photographs of the tower.",
    "By sending a {c} you agree to the following.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_256: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Ko rabwa.",
    "Up the league!",
    "Mitakuye Oyasin.",
    "Happy glazing.",
    "These rules were agreed at the annual general meeting.",
)

# Titles a site prints above its rules.
POLICY_TITLES_256: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "{C} guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of the board",
    "Letters and {cs} policy",
    "Community guidelines",
    "Terms of use",
)

# British spellings used in the sentences above -> American (a site may print either).
AMERICAN_256: dict[str, str] = {
    "offence": "offense",
    "neighbours": "neighbors",
    "coeliac": "celiac",
    "councillor": "councilor",
    "programme": "program",
    "behaviour": "behavior",
    "organisation": "organization",
    "apologise": "apologize",
}

# List markers real sites print: each a function of the item's number.
_ROMAN_256 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
MARKERS_256 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{_ROMAN_256[n - 1]}.",
    lambda n: f"{_ROMAN_256[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "*",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n}.",
    lambda n: f"{n}.0",
    lambda n: f"3.{n}",
    lambda n: f"\u00a7{n}",
)

# Small words that stay lower case in a title-case heading.
_SMALL_WORDS_256 = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "not", "if"})

# Lines some sites print among their rules: a section line, a last-updated line, a sign-off.
SECTION_LINES_256 = ("* * *", "----------", "~~~", "\u2014 \u2014 \u2014", "=====")
UPDATED_LINES_256 = (
    "Last updated: March 2024.",
    "Reviewed by the committee, October 2023.",
    "Agreed at the AGM, 2022.",
    "These rules were last revised in January.",
    "Updated 14/02/2025",
)
SIGN_OFFS_256 = (
    "The Editor",
    "\u2014 The Committee",
    "Hon. Secretary, on behalf of the committee",
    "The Forum Team",
    "Residents' Panel",
    "The Trustees",
)


def _title_case_256(heading: str) -> str:
    """``heading`` in title case, small words left lower case except the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS_256 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_256(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its kind (a Kiribati paper, a Purbeck
    paper, a guild ...), which keeps out the lines marked as other kinds'; its word for what readers send (comment
    three times in four, else post, message, reply, letter ...) and who moderates; how many items (two to five for
    some sites, six to sixteen for most), taken in table order or shuffled; one to three sentences an item; its
    headings' case (sentence, title or capitals) or no headings at all; where headings stand (a part of their own,
    bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); an emphasis
    style for headings; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers)
    or none; and, now and then, a section line after the title, a last-updated line and a sign-off. Opening, closing
    and title lines come from :func:`_furnish`."""
    site = rng.choice(sorted(SITE_KINDS_256))
    others = [mark for kind, marks in SITE_KINDS_256.items() if kind != site for mark in marks]

    def suits(text: str) -> bool:
        return not any(mark in text for mark in others)

    singular, plural = COMMENT_WORD_256 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_256)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    words["mods"] = rng.choice([moderators for moderators in MODERATORS_256 if suits(moderators)])

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    fitting = [
        kind
        for kind in rng.sample(range(len(REWORDINGS_256)), len(REWORDINGS_256))
        if any(suits(heading) for heading in REWORDINGS_256[kind][0])
        and any(suits(sentence) for sentence in REWORDINGS_256[kind][1])
    ]
    kinds = fitting[:count]
    if rng.random() < 0.6:
        kinds.sort()
    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    marker = rng.choice(MARKERS_256) if rng.random() < 0.6 else None
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings = [heading for heading in REWORDINGS_256[kind][0] if suits(heading)]
        sentences = [sentence for sentence in REWORDINGS_256[kind][1] if suits(sentence)]
        taken = min(len(sentences), rng.choice((1, 1, 2, 2, 3)))
        chosen = [fill(sentence) for sentence in rng.sample(sentences, taken)]
        heading = fill(rng.choice(headings)) if case != "none" else ""
        if case == "title":
            heading = _title_case_256(heading)
        elif case == "capitals":
            heading = heading.upper()
        if heading and emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        question = heading.rstrip("*_").endswith("?")
        label = f"{marker(number)} " if marker else ""
        if not heading:
            items.append(("", label + chosen[0], *chosen[1:]))
        elif placement.startswith("own"):
            if placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question:
                heading += ":"
            items.append((label + heading, *chosen))
        else:
            if question:
                joined = f"{heading} {chosen[0]}"
            elif placement == "run colon":
                joined = f"{heading}: {chosen[0]}"
            elif placement == "run stop":
                joined = f"{heading}. {chosen[0]}"
            else:
                joined = f"{heading}{dash}{chosen[0]}"
            items.append(("", label + joined, *chosen[1:]))

    if rng.random() < 0.15:
        items.insert(0, ("", rng.choice(SECTION_LINES_256)))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_256)))
    if rng.random() < 0.15:
        items.append(("", rng.choice([line for line in SIGN_OFFS_256 if suits(line)])))
    intros = [fill(line) for line in POLICY_INTROS_256 if suits(line)]
    closings = [fill(line) for line in POLICY_CLOSINGS_256 if suits(line)]
    titles = [fill(line) for line in POLICY_TITLES_256 if suits(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_256)
