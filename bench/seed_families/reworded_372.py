"""The ``reworded-372`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Pabbay and Sandray bulletins, Muker and Gunnerside papers, Lordsburg and Animas weeklies, rockhound and
shell collecting clubs, shoemaking and cordwaining guilds, epidermolysis bullosa and hereditary angioedema forums,
dwile flonking and gravy wrestling committees, and repair cafe volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_372: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be kind",
            "Civility",
            "Treat others as you would at the village hall",
            "Keep it friendly",
            "Why must I be polite?",
            "Courtesy to other members",
        ),
        (
            "Please be courteous to every other member.",
            "Disagree with the argument, never with the person making it.",
            "Personal attacks, name-calling and sneering at other members are removed by {mods} without discussion.",
            "Treat every {c} as if you were saying it across the table at the Muker show, in front of your neighbours.",
            "Members may argue hard about whether a shell is worn beach-rolled or collected live, but they stay civil.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate",
            "Hatred and discrimination",
            "Respect for everyone",
            "Is there anything I must never post?",
            "Discriminatory content",
        ),
        (
            "Hateful {cs} are deleted at once.",
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age are removed.",
            "Many of our members live with a visible skin condition, so mockery of appearance is treated as hate here.",
            "You must not post anything that stirs up hatred against incomers, travellers or any other group.",
            "{mods} will remove slurs even when they are meant as a joke after the gravy wrestling.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Respect privacy",
            "Personal details",
            "Can I share someone's address?",
            "Keep private things private",
        ),
        (
            "Do not post anyone's address or phone number.",
            "Please keep your own email address and telephone number out of your {cs}; use private messages instead.",
            "{Cs} naming a patient, a nurse or a clinic without their consent are taken down.",
            "Members may not share photographs of other people's children, crofts or houses without asking first.",
            "Find-site coordinates on private land are private too, and {mods} will trim them from any {c}.",
        ),
    ),
    # safeguarding children
    (
        (
            "Children and young people",
            "Safeguarding",
            "Protecting children",
            "Keep children safe",
            "What about younger members?",
        ),
        (
            "Never name a child in a {c}.",
            "Members under sixteen need a parent or guardian's permission to join the forum.",
            "Adults must not ask younger members to move a conversation to private messages or another site.",
            "Anything that could put a child at risk is removed and, where necessary, passed to the police.",
            "Photographs of junior flonkers or young rockhounds may be posted only with a parent's written consent.",
        ),
    ),
    # moderation delays
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "Be patient", "Delays"),
        (
            "All {cs} are read before they go live.",
            "Moderation is done by volunteers, so a {c} sent on a Friday night may not appear until Monday.",
            "The bulletin goes to the boat once a week, and {cs} are approved when the editor is back on the island.",
            "Your first few {cs} are held for approval; after that, most appear straight away.",
            "Please do not send the same {c} twice because it has not shown up yet.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posting", "Relevance", "Does it belong here?"),
        (
            "Keep to the story you are reading.",
            "{Cs} should relate to the article or thread they are posted under.",
            "Questions about lasts, welts and hand-stitching belong in the workshop board, not the notices.",
            "Off-topic {cs} may be moved to the general chat board or removed by {mods}.",
            "Please start a new thread rather than taking over someone else's question about their toaster.",
        ),
    ),
    # advertising and spam
    (
        (
            "No spam",
            "Advertising",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posting",
            "Links",
        ),
        (
            "No advertising of any kind, please.",
            "Spam and repeated links to shops, auctions or crowdfunding pages are deleted without warning.",
            "Members may mention a supplier of leather or tools once if asked, but not promote their own business.",
            "Sales of specimens, shells or fossils go in the classifieds section and nowhere else.",
            "You must not use the forum to sell creams, supplements or so-called cures for any condition.",
        ),
    ),
    # names and accounts
    (
        (
            "Your name",
            "Names and accounts",
            "Usernames",
            "Who are you?",
            "One account each",
            "Do I have to use my real name?",
        ),
        (
            "Use your real name when you post.",
            "{Cs} to the paper must carry the writer's full name and village, though we can withhold them on request.",
            "Members may choose a username, but it must not impersonate another person or the committee.",
            "One account per person; extra accounts made to dodge a ban are closed.",
            "Please do not share your login with other members of the guild or the household.",
        ),
    ),
    # the law
    (
        ("The law", "Legal matters", "Libel and contempt", "Stay within the law", "Could my {c} get us sued?"),
        (
            "Do not post anything defamatory about anyone.",
            "You are legally responsible for what you write, and so are we once it is published.",
            "{Cs} about live court cases, arrests or inquests are closed until proceedings are over.",
            "Allegations against named people in Lordsburg or Animas will not be published unless they are proven fact.",
            "{mods} will remove anything that could be contempt of court, libel or a breach of a reporting restriction.",
        ),
    ),
    # copyright
    (
        ("Copyright", "Other people's work", "Photographs and text", "Can I post a photo I found?", "Give credit"),
        (
            "Only post pictures you took yourself.",
            "Do not paste whole articles, patterns or book chapters; a short quote and a link will do.",
            "Shoe patterns and lasting guides belong to their makers and may not be copied here without permission.",
            "By posting, you allow the club to show your photographs in the newsletter with your name credited.",
            "{Cs} that copy someone else's work without credit are removed when the owner asks.",
        ),
    ),
    # reporting
    (
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the report button under each {c}.",
            "If you see a {c} that breaks these rules, press 'Report' rather than replying to it.",
            "Reports go straight to {mods}, who look at them as soon as they can.",
            "You can also email the editor, quoting the date and the heading of the article.",
            "Members who report in good faith are never named to the person reported.",
        ),
    ),
    # the site's discretion
    (
        ("Our discretion", "Final say", "Editorial decisions", "Who decides?", "The right to refuse"),
        (
            "The editor's decision on every {c} is final.",
            "We may edit, shorten or refuse any {c} without giving a reason.",
            "{mods} may remove {cs} that keep to the letter of these rules but break their spirit.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "These rules may change, and the version on this page is the one that counts.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Tell us your news", "Getting it right"),
        (
            "Please tell us about errors in our stories.",
            "If we have got a name, date or result wrong, email the office rather than posting a correction underneath.",
            "Have a story from Gunnerside or the top of the dale? Send it to the editor, not the {cs}.",
            "We correct factual errors promptly and note the change at the foot of the article.",
            "Results from the flonking championship should go to the secretary so the table can be updated.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Plain words"),
        (
            "No swearing, please, not even in jest.",
            "Bad language is filtered, and {cs} that get round the filter with stars or spaces are removed.",
            "Write in plain English or Gaelic; {mods} cannot approve {cs} they are unable to read.",
            "Please avoid writing entirely in capitals, which reads as shouting.",
            "Mild words heard at a gravy wrestling bout may pass, but anything cruel or crude will not.",
        ),
    ),
    # warnings and bans
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "Repeat offenders are banned from the board.",
            "A first breach usually earns a private warning from {mods}.",
            "A second breach brings a suspension of a week; a third, removal from the forum.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Members who are banned may appeal once, in writing, to the club secretary.",
        ),
    ),
    # medical advice (the forums)
    (
        (
            "Medical advice",
            "Health information",
            "We are not doctors",
            "Can I ask about treatment here?",
            "Talk to your care team",
        ),
        (
            "Nothing posted here replaces advice from your own doctor.",
            "Share what worked for you, but never tell another member to stop or change their medication.",
            "{Cs} promoting unproven treatments for blisters or swelling attacks are removed.",
            "In an attack affecting the throat or breathing, call the emergency services first and post later.",
            "Dressings, needles and prescription items may not be offered, swapped or sold between members.",
        ),
    ),
    # collecting ethics and field trips
    (
        (
            "Collecting responsibly",
            "Field trip etiquette",
            "Where can we collect?",
            "Respect the land",
            "Specimens and sites",
        ),
        (
            "Never collect live shells or disturb nesting birds.",
            "Members must have the landowner's permission before collecting on private ground or a claim.",
            "Please do not post the location of protected sites, nesting beaches or fragile mineral outcrops.",
            "{Cs} boasting of collecting on protected land near Animas will be removed and may be reported.",
            "Field trip sign-up happens by email to the trip leader, not in the {cs}.",
        ),
    ),
    # repair safety
    (
        ("Safety first", "Repair safety", "Mains electricity", "Should I try this at home?", "Advice at your own risk"),
        (
            "Always unplug it before you open it.",
            "Advice from volunteers is given in good faith, and you follow it at your own risk.",
            "{Cs} describing how to bypass fuses, earths or safety cut-outs are removed by {mods}.",
            "Microwaves, gas appliances and anything holding mains charge must go to a qualified engineer.",
            "If in doubt, bring the item to the next repair cafe and we will look at it together.",
        ),
    ),
)

POLICY_INTROS_372: tuple[str, ...] = (
    "We welcome {cs} from readers across the islands, provided they follow these simple rules.",
    "Before you post, please read the following.",
    "These guidelines help keep the forum a safe and supportive place for everyone living with the condition.",
    "The committee asks all members to keep to the house rules below.",
    "Our {cs} section is run by volunteers; please help them by reading this first.",
    "By sending a {c}, you agree to the following terms.",
)

POLICY_CLOSINGS_372: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "Happy hunting, and see you on the next field trip.",
    "Thanks for reading, and for being part of the community.",
    "These rules were agreed by the committee and are reviewed every year.",
    "If in doubt, leave it out.",
)

POLICY_TITLES_372: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Rules of the board",
    "Guidelines for {cs}",
    "Noticeboard terms",
)

AMERICAN_372: dict[str, str] = {
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "travellers": "travelers",
    "colour": "color",
    "licence": "license",
    "offence": "offense",
    "judgement": "judgment",
    "programme": "program",
    "centre": "center",
    "organise": "organize",
    "favour": "favor",
}

_WORDS_372: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

_MODS_372: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the committee",
    "the admins",
    "the forum team",
    "our volunteer moderators",
    "the site hosts",
    "the bulletin editor",
    "the club secretary",
    "the guild stewards",
    "the moderation team",
    "the steering group",
)

_SMALL_372: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)

_ROMAN_372: tuple[str, ...] = (
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
)

_MONTHS_372: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _fill_372(text: str, c: str, cs: str, mods: str) -> str:
    text = text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize())
    text = text.replace("{cs}", cs).replace("{c}", c).replace("{mods}", mods)
    return text[:1].upper() + text[1:] if text else text


def _title_case_372(text: str) -> str:
    words = text.split(" ")
    out = [w if i and w in _SMALL_372 else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)


def _marker_372(style: str, n: int, section: int) -> str:
    if style == "number":
        return f"{n}. "
    if style == "paren":
        return f"{n}) "
    if style == "letter":
        return f"({chr(96 + n)}) " if n <= 26 else f"{n}. "
    if style == "roman":
        return f"{_ROMAN_372[n - 1]}. " if n <= len(_ROMAN_372) else f"{n}. "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {n}: "
    if style == "section":
        return f"{section}.{n} "
    if style == "sign":
        return f"\u00a7{n} "
    return ""


def _items_372(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and moderators, then how many kinds in
    what order, sentences an item, heading case and placement, markers and the site's own habits; the opening,
    closing and title lines come from :func:`_furnish`."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_372)
    mods = rng.choice(_MODS_372)

    count = rng.randint(2, 16)
    kinds = list(REWORDINGS_372)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        picked = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in picked]
    most = rng.choice((1, 1, 2, 2, 3))

    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("bare", "stop", "colon", "runin-colon", "runin-stop", "runin-dash"))
    style = rng.choice(
        ("none", "none", "number", "paren", "letter", "roman", "bullet", "dash", "rule", "section", "sign")
    )
    section = rng.randint(2, 9)
    emphasis = rng.choice(("", "", "", "**", "__"))
    please_note = rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, start=1):
        picked_sentences = rng.sample(sentences, rng.randint(1, most))
        lines = [_fill_372(s, c, cs, mods) for s in picked_sentences]
        if please_note and rng.random() < 0.3:
            lines[0] = "Please note: " + lines[0]
        heading = ""
        if case != "none":
            heading = _fill_372(rng.choice(headings), c, cs, mods)
            if case == "title":
                heading = _title_case_372(heading)
            elif case == "capitals":
                heading = heading.upper()
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        marker = _marker_372(style, n, section)
        if heading and placement.startswith("runin"):
            if heading.rstrip("*_").endswith("?"):
                sep = " "
            else:
                sep = {"runin-colon": ": ", "runin-stop": ". ", "runin-dash": " \u2013 "}[placement]
            items.append(("", marker + heading + sep + lines[0], *lines[1:]))
        elif heading:
            if placement == "stop" and not heading.rstrip("*_").endswith("?"):
                heading += "."
            elif placement == "colon" and not heading.rstrip("*_").endswith("?"):
                heading += ":"
            items.append((marker + heading, *lines))
        else:
            items.append(("", marker + lines[0], *lines[1:]))

    if style == "section" or rng.random() < 0.15:
        label = _fill_372(rng.choice(POLICY_TITLES_372), c, cs, mods)
        items.insert(0, (f"Section {section}: {label}" if style == "section" else f"Part {section} \u2013 {label}", ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS_372), rng.randint(2019, 2026)
        updated = rng.choice((f"Last updated: {day} {month} {year}", f"Updated {month} {year}"))
        items.append(("", updated))
    if rng.random() < 0.2:
        sign = rng.choice(("\u2014 {mods}", "Thank you, {mods}", "Signed on behalf of {mods}", "The editor"))
        items.append(("", _fill_372(sign, c, cs, mods)))

    intros = [_fill_372(s, c, cs, mods) for s in POLICY_INTROS_372]
    closings = [_fill_372(s, c, cs, mods) for s in POLICY_CLOSINGS_372]
    titles = [_fill_372(s, c, cs, mods) for s in POLICY_TITLES_372]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_372)
