"""The ``reworded-367`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Muckle Roe and Mousa bulletins, Mosedale and Cotterdale papers, Wagon Mound and Eagle Nest weeklies,
eton fives and polocrosse clubs, silversmith and harp making guilds, Sturge-Weber and Kabuki syndrome forums, black
pudding throwing and pea shooting championship committees, and water vole volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_367: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Keep it civil", "Courtesy", "How should I treat other members?", "Respect", "Play the ball"),
        (
            "Please be courteous, even when you disagree strongly with a neighbour or a fellow member.",
            "Criticise the idea, never the person who posted it.",
            "Personal attacks, name-calling and sneering are removed by {mods} without discussion.",
            "Treat the forum the way you would treat the village hall: everyone is welcome and everyone is heard.",
            "Members may disagree about rulings, ponies or parish business, but they do so politely.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate", "Discrimination", "Hateful content", "Everyone is welcome here", "Don't target groups"),
        (
            "{Cs} attacking anyone for their race, religion, disability, sex, sexuality or age are deleted.",
            "We do not tolerate racism, sexism, homophobia or mockery of disability of any kind.",
            "Please remember that many families here live with visible differences such as port-wine stains.",
            "Slurs, including those dressed up as jokes about incomers or tourists, will be removed.",
            "Anyone posting hateful material is banned at once and may be reported to the police.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect your privacy", "Personal details", "Can I share contact details?", "Keep it private"),
        (
            "Do not post addresses, phone numbers or email addresses, yours or anyone else's.",
            "Please don't name other families' children, schools or hospitals without their permission.",
            "{Cs} that reveal someone's medical history without consent are removed.",
            "What you post here can be read by anyone, including search engines.",
            "If you want to swap details with another member, use private messages, not a public {c}.",
        ),
    ),
    (  # safeguarding of children
        ("Children", "Safeguarding", "Keeping young people safe", "Photos of children", "Under-16s"),
        (
            "Please do not post photographs of junior players without a parent's written consent.",
            "Members under 16 must have a parent or guardian's permission to join the forum.",
            "Any concern about a child's safety is passed to the club's welfare officer straight away.",
            "{mods} will remove images in which a child can be identified by name, school or team.",
            "If you think a child is in danger, call the police first and tell us afterwards.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "Our moderators are volunteers, so please be patient over weekends and at lambing time.",
            "{Cs} sent after Friday noon may not appear until the bulletin office reopens on Monday.",
            "Your {c} may be held if it contains a link.",
            "Ferry days and bad weather sometimes mean {cs} wait longer than usual; please don't post them twice.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic {cs}", "Is it relevant?"),
        (
            "Please keep your {c} to the subject of the article or thread.",
            "Posts about other matters belong in the general noticeboard section.",
            "{Cs} that wander off the subject may be moved or removed by {mods}.",
            "A thread about court bookings is not the place for the long-running pepper-pot argument.",
            "Keep your {c} short and relevant, please.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise?", "Commercial posts", "Adverts"),
        (
            "Advertising is not allowed in {cs}; the bulletin has a paid small ads column for that.",
            "Links to shops, crowdfunding pages or your own website are removed unless approved by {mods} first.",
            "Members may mention work for sale once, in the guild's marketplace thread only.",
            "Repeated identical {cs}, chain letters and pyramid schemes are treated as spam.",
            "Please don't promote miracle cures, supplements or paid therapies here.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Use your real name", "Who can post?", "One account each", "Usernames"),
        (
            "Please sign {cs} with your full name and the township or dale where you live.",
            "Letters to the editor must carry a name and address, though we will withhold it on request.",
            "Each member may hold one account; duplicate accounts are closed without notice.",
            "Usernames that are offensive or impersonate someone else will be changed by {mods}.",
            "You are responsible for everything posted under your login, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Libel", "Court cases", "Don't break the law", "What about ongoing cases?"),
        (
            "Do not post anything defamatory, that is, anything untrue that could damage someone's reputation.",
            "{Cs} about cases before the magistrates or the county court are closed until the case ends.",
            "Please don't guess at anyone's guilt; in law they are innocent until proven otherwise.",
            "The editor may be held responsible for what you publish, so anything legally risky is removed.",
            "Never name the victim of a sexual offence.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and pictures", "Other people's work", "Can I post pictures?", "Credit the maker"),
        (
            "Only post photographs you took yourself or have permission to share.",
            "Please don't copy whole articles from other papers; post a short quote and a link instead.",
            "Designs shown in the gallery remain the property of the silversmiths who made them.",
            "Harp plans shared by members are for personal use and may not be sold or reprinted.",
            "By posting a picture you allow us to show it on the site and in the printed newsletter.",
        ),
    ),
    (  # reporting a post
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging {cs}", "How do I report a {c}?"),
        (
            "Use the report link under any {c} that you think breaks these rules.",
            "If you see something worrying, email {mods} rather than replying in public.",
            "Reports are confidential and the member concerned is not told who made them.",
            "Please don't argue with rule-breakers; report them and let us deal with it.",
            "{mods} will look at every report, usually within a day.",
        ),
    ),
    (  # the site's discretion
        ("Our decision", "Editorial discretion", "The final word", "Removal", "We reserve the right"),
        (
            "{mods} may edit, shorten or refuse any {c} without giving a reason.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "The editor's decision is final and no correspondence will be entered into.",
            "We may close a thread at any time if it becomes heated.",
            "These rules may change, and the current version on this page always applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Tell us your news", "Got a story?"),
        (
            "If we have got something wrong, please email the editor rather than posting a {c}.",
            "Corrections are printed in the next issue, usually on page two.",
            "News from the dale, the hall or the chapel is always welcome; send it before Wednesday.",
            "Send us results, reports and photographs from the weekend's fixtures for the next bulletin.",
            "Tips about council meetings, road closures or lost livestock can be phoned in to the office.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write clearly", "Plain English please"),
        (
            "Please do not swear, even with letters starred out.",
            "Posts written entirely in capitals read as shouting and may be edited.",
            "{Cs} in languages other than English may be held until {mods} can read them.",
            "Keep abbreviations to a minimum so that new families can follow the thread.",
            "Crude or sexual language is removed.",
        ),
    ),
    (  # warnings and bans
        ("Warnings", "Bans", "What happens if I break the rules?", "Consequences", "Three strikes"),
        (
            "Members whose behaviour breaks these rules will first receive a warning by private message.",
            "A second breach leads to a suspension of one month; a third, to a permanent ban.",
            "Serious breaches, such as threats or hateful content, lead to an immediate ban.",
            "{mods} will keep a record of warnings, which is shared with the committee if needed.",
            "You can appeal a ban by writing to the secretary within fourteen days.",
        ),
    ),
    (  # medical advice (the syndrome forums)
        ("Medical advice", "Not a doctor", "Health information", "Treatments", "Can I ask about medication?"),
        (
            "This forum is for sharing experience, not medical advice; always talk to your child's specialist.",
            "Please don't tell other members to stop or change seizure medication.",
            "{Cs} recommending unproven treatments for Kabuki syndrome are removed.",
            "Members may describe their own experience of laser treatment or glaucoma checks.",
            "In an emergency, call 999 or your local emergency number, not the forum.",
        ),
    ),
    (  # wildlife and sensitive sites
        ("Sensitive sites", "Protecting the voles", "Locations", "Where can I say I saw one?", "Sightings"),
        (
            "Please do not give exact locations of water vole burrows or latrines in public {cs}.",
            "Grid references for sightings go on the recording form, not the public board.",
            "Photographs must not show landmarks that identify a colony's site.",
            "{Cs} about mink trapping should follow the project's guidance and the law on humane traps.",
            "Do not disturb nesting birds on Mousa, and never post the broch's petrel counts before the warden does.",
        ),
    ),
    (  # results and disputes (championships and clubs)
        ("Results and rulings", "Disputes", "The umpire's decision", "Arguing about results", "Protests"),
        (
            "Disputes about results go to the championship committee in writing, not onto the forum.",
            "The judges' measurement of a throw or a hit on the target is final.",
            "Please don't criticise umpires or referees by name.",
            "{Cs} questioning a player's pony or a competitor's peashooter are removed if they turn personal.",
            "Official results are published by {mods} once the scorers have checked them.",
        ),
    ),
)

POLICY_INTROS_367: tuple[str, ...] = (
    "We welcome {cs} from readers, and ask that you follow these rules.",
    "Please read these guidelines before you post.",
    "The forum is a friendly place for families, and these rules help keep it that way.",
    "Members are asked to keep to the following when posting on the club's pages.",
    "These house rules apply to all {cs} on the bulletin's website and social pages.",
    "By sending us a {c} you agree to the terms below.",
)
POLICY_CLOSINGS_367: tuple[str, ...] = (
    "Thank you for helping to keep the forum friendly.",
    "If you have any questions about these rules, please contact {mods}.",
    "Thanks for reading, and happy posting.",
    "We reserve the right to amend these rules at any time.",
    "Questions about this policy can be sent to the editor at the office.",
)
POLICY_TITLES_367: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Noticeboard terms",
    "Guidelines for members",
)
AMERICAN_367: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "behaviour": "behavior",
}

_WORDS_367: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)
_MODS_367: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the moderation team",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum volunteers",
    "the site admins",
    "the bulletin team",
    "the guild secretary",
    "the club webmaster",
    "the volunteer coordinators",
    "the admin team",
)
_SMALL_367 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "into", "of", "on", "or", "the", "to")
)
_STYLES_367: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "•",
    "-",
    "–",
    "*",
    "Rule 1:",
    "Rule 1 –",
    "3.1",
    "§ 1",
)
_UPDATED_367: tuple[str, ...] = (
    "Last updated: {d} {m} 2026",
    "Updated {d} {m} 2026",
    "These rules were last revised in {m} 2026.",
    "Last reviewed by {mods}, {m} 2025.",
)
_SECTIONS_367: tuple[str, ...] = (
    "Section 4: Reader {cs}",
    "Part 3 – Using the forum",
    "Section 7 of the club's terms: online {cs}",
    "Appendix B: Posting on the noticeboard",
    "Members' handbook, section 12",
)
_SIGNOFFS_367: tuple[str, ...] = (
    "— The Editor",
    "The Committee",
    "With thanks, {mods}",
    "Thank you, the Muckle Roe Bulletin team",
    "Cotterdale Parish News",
    "Signed on behalf of the championship committee",
    "Eagle Nest Weekly, P.O. Box 12",
)
_LEADINS_367: tuple[str, ...] = ("Please note: ", "Note: ", "NB: ", "Important: ", "PLEASE NOTE: ")
_MONTHS_367: tuple[str, ...] = ("January", "March", "April", "June", "September", "October", "November")


def _roman_367(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker_367(style: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_367(n)}.",
        "(i)": f"({_roman_367(n)})",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 –": f"Rule {n} –",
        "3.1": f"{section}.{n}",
        "§ 1": f"§ {n}",
    }.get(style, style)


def _title_367(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in _SMALL_367 else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _items_367(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and its moderators, how many kinds and in
    what order, sentences an item, heading case and placement, list markers, then its own habits (a section line, a
    last-updated line, a lead-in, emphasis, a sign-off); opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS_367)
    mods = rng.choice(_MODS_367)

    def fill(text: str) -> str:
        out = text.format(c=word, cs=words, C=word.capitalize(), Cs=words.capitalize(), mods=mods)
        return out[:1].upper() + out[1:]

    count = rng.randint(2, 16)
    kinds = rng.sample(range(len(REWORDINGS_367)), count)
    if rng.random() < 0.5:
        kinds.sort()
    per_item = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3), (2, 2)))

    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("bare", "stop", "colon", "bare", "run-colon", "run-stop", "run-dash"))
    style = rng.choice((*_STYLES_367, "", "", ""))
    section = rng.randint(1, 9)
    emphasis = rng.choice(("**", "*", "__")) if case != "none" and rng.random() < 0.2 else ""
    leadin = rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_367[kind]
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(*per_item))]
        if leadin and rng.random() < 0.25:
            at = rng.randrange(len(chosen))
            chosen[at] = rng.choice(_LEADINS_367) + chosen[at]
        heading = ""
        if case != "none":
            heading = fill(rng.choice(headings))
            if case == "title":
                heading = _title_367(heading)
            elif case == "capitals":
                heading = heading.upper()
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        marker = _marker_367(style, n, section) if style else ""
        asks = heading.rstrip("*_").endswith("?")
        if heading and placement.startswith("run"):
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " – "}[placement]
            chosen[0] = heading + (" " if asks else joint) + chosen[0]
            heading = ""
        elif heading and placement != "bare" and not asks:
            heading += "." if placement == "stop" else ":"
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                chosen[0] = f"{marker} {chosen[0]}"
        items.append((heading, *chosen))

    if rng.random() < 0.15:
        items.insert(0, ("", fill(rng.choice(_SECTIONS_367))))
    if rng.random() < 0.2:
        updated = rng.choice(_UPDATED_367)
        line = fill(updated.replace("{d}", str(rng.randint(1, 28))).replace("{m}", rng.choice(_MONTHS_367)))
        if rng.random() < 0.5:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if rng.random() < 0.15:
        items.append(("", fill(rng.choice(_SIGNOFFS_367))))

    intros = [fill(s) for s in POLICY_INTROS_367]
    closings = [fill(s) for s in POLICY_CLOSINGS_367]
    titles = [fill(s) for s in POLICY_TITLES_367]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_367)
