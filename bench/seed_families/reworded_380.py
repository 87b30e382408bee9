"""The ``reworded-380`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ensay and Killegray bulletins, Leyburn and Middleham papers, Mayhill and Hondo weeklies, cycle
speedway and motoball clubs, drum making and violin making guilds, Alagille and Hirschsprung disease forums, marbles
and tiddlywinks championship committees, and curlew and lapwing survey volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_380: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Keep it friendly",
            "Courtesy",
            "How should I treat other members?",
            "Respect each other",
            "Good manners",
        ),
        (
            "Please be courteous to other readers, even when you disagree with them strongly.",
            "Treat everyone here as you would a neighbour at the Leyburn market.",
            "Personal attacks, name-calling and sneering at other members are not allowed.",
            "Argue with the point, not the person who made it.",
            "Members may disagree about gauges, glues or gearing, but they are expected to do so politely and without "
            "rancour.",
        ),
    ),
    # hatred and discrimination
    (
        ("No hate speech", "Discrimination", "Is hateful content allowed?", "Respect for all", "Hatred and prejudice"),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age are removed.",
            "We do not tolerate racism, sexism, homophobia or any other form of bigotry.",
            "You must not post anything intended to stir up hatred against any group.",
            "Jokes at the expense of incomers, travellers or any community on the islands have no place here.",
            "{Cs} mocking disabled riders, patients or their families will be deleted and the account suspended.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Protect personal details",
            "Can I share contact details?",
            "Keep private things private",
            "Personal information",
        ),
        (
            "Do not publish anyone's address, phone number or email address, including your own.",
            "Please leave out surnames, hospitals and consultants' names when you describe your child's care.",
            "Private messages must not be copied into public {cs} without the sender's permission.",
            "{Cs} that reveal where someone lives or works will be removed.",
            "Photographs of other people should only be posted with their consent.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Safeguarding",
            "Protecting children",
            "Young members",
            "What about photos of children?",
            "Keep young people safe",
            "Child safety",
        ),
        (
            "Never post a child's full name, school or photograph alongside their medical details.",
            "Junior riders may only be named in race reports with their parent's agreement.",
            "Any {c} that puts a child at risk will be removed and, where necessary, passed to the police.",
            "Adults must not invite under-18s to continue a conversation privately.",
            "If you are worried about a young person, contact the club welfare officer rather than posting about it.",
        ),
    ),
    # moderation delays
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Be patient", "How moderation works"),
        (
            "All {cs} are read by {mods} before they appear.",
            "Please be patient: moderation is done by volunteers who check the queue once or twice a day.",
            "{Cs} sent at the weekend may not appear until Monday.",
            "Your {c} may take up to 24 hours to appear, longer during the championship.",
            "There is no need to send the same {c} twice; it is simply waiting in the queue.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "Where should I post?", "Off-topic posting"),
        (
            "Please keep your {c} relevant to the article or thread it appears under.",
            "{Cs} that wander far from the subject may be moved or removed.",
            "Questions about fixtures belong in the fixtures thread, not under match reports.",
            "Start a new thread rather than hijacking someone else's question about feeding tubes or surgery.",
            "Off-topic chat is welcome in the Tea Room section but nowhere else.",
        ),
    ),
    # advertising and spam
    (
        ("No advertising", "Spam", "Can I promote my business?", "Commercial posts", "Don't spam", "Self-promotion"),
        (
            "Advertising, sales pitches and links to shops are not permitted.",
            "{Cs} containing repeated links or promotions will be treated as spam.",
            "Members may mention their own workshop once in their profile, but not in every {c}.",
            "Please do not use the forum to sell supplements, remedies or so-called cures.",
            "Chain letters, fundraising appeals and petitions need the approval of {mods} first.",
        ),
    ),
    # names and accounts
    (
        (
            "Your username",
            "Names and accounts",
            "One account each",
            "Who can register?",
            "Use your real name",
            "Registration",
        ),
        (
            "Every {c} must carry the writer's real name and town.",
            "Each member may hold one account only.",
            "Usernames that impersonate another person, a club official or a race organiser are not allowed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Anonymous {cs} will not be published, though we may withhold a name on request in exceptional cases.",
        ),
    ),
    # the law: libel and court cases
    (
        ("The law", "Libel and contempt", "Legal matters", "Can I name someone in a court case?", "Keep it legal"),
        (
            "Do not post anything defamatory: you can be sued for what you write here.",
            "{Cs} about ongoing court cases must not speculate about guilt or innocence.",
            "Allegations against named people, clubs or officials will be removed unless they are a matter of "
            "public record.",
            "We may be legally obliged to disclose your details if your {c} breaks the law.",
            "Please do not name anyone charged with an offence beyond what has been reported in court.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Can I post photos or articles?",
            "Respect copyright",
            "Pictures and text",
        ),
        (
            "Only post photographs, drawings or text that you own or have permission to use.",
            "Plans and templates bought from other makers must not be shared here.",
            "Quote briefly and link to the source rather than copying whole articles.",
            "By posting, you grant us a licence to publish your {c} in print and online.",
            "{Cs} that copy material from other newspapers will be removed.",
        ),
    ),
    # reporting a post
    (
        ("Reporting a problem", "Report, don't reply", "How do I report a {c}?", "Flagging", "Tell us"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it.",
            "Please report problems to {mods} instead of arguing in the thread.",
            "Reports are anonymous; the member concerned will not be told who flagged their {c}.",
            "You can also email the newsdesk if you think something we have published is unfair.",
            "Every report is looked at, though {mods} may not reply individually.",
        ),
    ),
    # site's discretion
    (
        ("Our decision is final", "Discretion", "Editorial control", "Why was my {c} removed?", "The right to edit"),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "{Mods_} decision on whether a {c} is published is final.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "{Cs} may be trimmed for length, clarity or legal reasons.",
            "We cannot enter into correspondence about {cs} that have not been published.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Tell us what's happening"),
        (
            "If we have got something wrong, please email the editor rather than leaving a {c}.",
            "Corrections to results are made by the recorder, not in the {cs} below.",
            "News, photographs and stories from around the parish are always welcome.",
            "Please send details of ferry changes, community events or road closures to the bulletin directly.",
            "We will correct factual errors as quickly as we can and say so.",
        ),
    ),
    # language
    (
        ("Language", "Mind your language", "Swearing", "Is swearing allowed?", "Keep it clean"),
        (
            "Swearing, including disguised swearing with asterisks, is not allowed.",
            "Please remember that families and young riders read these pages.",
            "{Cs} in capital letters throughout will be treated as shouting and may be removed.",
            "Write in plain English so that everyone can follow, and explain any abbreviations.",
            "Gaelic is welcome here; please add a short English summary if you can.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Members who break these rules will receive a warning from {mods}.",
            "Repeated breaches lead to suspension and, in the end, a permanent ban.",
            "Serious breaches may result in an immediate ban without warning.",
            "Banned members who rejoin under a new name will be removed again.",
            "{Mods_} decisions on bans can be appealed once, by email to the club secretary.",
        ),
    ),
    # medical advice (the disease forums)
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Can I ask about treatment?",
            "Sharing experiences",
            "Health information",
        ),
        (
            "Nothing posted here is medical advice; always speak to your child's liver or surgical team.",
            "Members may share their own experience but must not tell others to stop or change treatment.",
            "{Cs} promoting unproven cures or diets for Alagille syndrome will be removed.",
            "Please be gentle: many families here are newly diagnosed and frightened.",
            "If a child is unwell, call your hospital or emergency services first and post afterwards.",
        ),
    ),
    # sensitive sites (the survey volunteers)
    (
        ("Sensitive records", "Protect nesting sites", "Can I give grid references?", "Disturbance", "Breeding birds"),
        (
            "Do not post exact locations or grid references for nesting curlew or lapwing.",
            "Photographs taken at or near a nest must not be shared during the breeding season.",
            "{Cs} naming farms or landowners who have not agreed to take part will be edited.",
            "Records should go to the county recorder, not into public {cs}.",
            "Please never encourage others to visit a site to see the birds.",
        ),
    ),
    # competitions and results (the championship committees and clubs)
    (
        (
            "Results and disputes",
            "Raising a protest",
            "Disagree with a result?",
            "Officials and referees",
            "Competition matters",
        ),
        (
            "Protests about a result must go to the championship committee in writing, not into public {cs}.",
            "Criticism of referees, starters and umpires by name is not allowed.",
            "Provisional results may change; please wait for the published tables before arguing about placings.",
            "{Cs} questioning a player's honesty will be removed.",
            "Discussion of the rules of play is welcome, provided it stays friendly.",
        ),
    ),
)

POLICY_INTROS_380: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read the following before you post.",
    "These rules apply to everyone who takes part in the forum.",
    "To keep this a friendly place for families, members and visitors, we ask you to follow these guidelines.",
    "By sending a {c} you agree to the terms below.",
    "The committee has agreed the following house rules for the noticeboard.",
    "Please take a moment to read our guidelines before joining the conversation.",
)

POLICY_CLOSINGS_380: tuple[str, ...] = (
    "Thank you for helping to keep the forum a supportive place.",
    "These guidelines may be changed at any time without notice.",
    "If you have questions about these rules, please contact {mods}.",
    "Thanks for reading, and happy posting.",
    "By posting a {c} you agree to abide by these rules.",
    "We are grateful to everyone who keeps these pages friendly and useful.",
)

POLICY_TITLES_380: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting rules",
    "{C} policy",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Rules of the forum",
)

AMERICAN_380: dict[str, str] = {
    "neighbour": "neighbor",
    "rancour": "rancor",
    "travellers": "travelers",
    "organiser": "organizer",
    "licence": "license",
    "offence": "offense",
    "recognise": "recognize",
    "behaviour": "behavior",
    "favour": "favor",
    "colour": "color",
    "centre": "center",
    "programme": "program",
    "practise": "practice",
    "apologise": "apologize",
    "criticise": "criticize",
    "organise": "organize",
}

_WORDS_380: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

_MODS_380: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the moderation team",
    "the editor",
    "the editorial team",
    "the committee",
    "the club secretary",
    "the forum team",
    "our volunteer moderators",
    "the site admins",
    "the guild officers",
    "the survey coordinators",
    "the newsdesk",
)

_SMALL_380: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to", "with", "is", "do"}
)

_ROMAN_380: tuple[str, ...] = (
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

_MONTHS_380: tuple[str, ...] = (
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

_SIGNOFFS_380: tuple[str, ...] = (
    "The Editor",
    "The Ensay Bulletin team",
    "Leyburn Courier editorial staff",
    "The committee",
    "Forum admin team",
    "Guild secretary",
    "The survey coordinators",
    "Hondo Herald newsroom",
)


def _fill_380(text: str, words: dict[str, str]) -> str:
    """``text`` with the site's word and moderators put in (``{Mods_}`` is the moderators' possessive, capitalised)."""
    mods = words["mods"]
    possessive = mods + ("'" if mods.endswith("s") else "'s")
    return text.format(Mods_=possessive[0].upper() + possessive[1:], **words)


def _title_case_380(text: str) -> str:
    out = []
    for index, word in enumerate(text.split(" ")):
        if index and word.lower() in _SMALL_380:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _marker_380(style: str, index: int) -> str:
    n = index + 1
    if style == "number":
        return f"{n}. "
    if style == "paren":
        return f"{n}) "
    if style == "letter":
        return f"({chr(96 + n)}) " if n <= 26 else f"{n}. "
    if style == "roman":
        return f"{_ROMAN_380[index].upper()}. " if index < len(_ROMAN_380) else f"{n}. "
    if style == "roman_lower":
        return f"{_ROMAN_380[index]}) " if index < len(_ROMAN_380) else f"{n}) "
    if style == "bullet":
        return "\u2022 "
    if style == "dash":
        return "- "
    if style == "rule":
        return f"Rule {n}: "
    if style == "section":
        return f"1.{n} "
    if style == "sign":
        return f"\u00a7{n} "
    return ""


def _items_380(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word (comment three times in four) and its
    moderators; how many kinds it prints and in what order, one to three sentences each; heading case and placement;
    list markers; then some habits (section line, last-updated line, sign-off, "Please note:", emphasis); and the
    lines around them by ``_furnish``."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_380)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "mods": rng.choice(_MODS_380)}

    count = rng.randint(2, 16)
    if rng.random() < 0.5:
        start = rng.randrange(0, len(REWORDINGS_380) - count + 1)
        kinds = list(REWORDINGS_380[start : start + count]) if rng.random() < 0.5 else list(REWORDINGS_380[:count])
    else:
        kinds = rng.sample(list(REWORDINGS_380), count)
    per_item = rng.choice((1, 1, 2, 2, 3, 0))  # 0: varies by item

    case = rng.choice(("sentence", "sentence", "title", "upper", "none"))
    placement = rng.choice(("bare", "stop", "colon", "bare", "run_colon", "run_stop", "run_dash"))
    marker = rng.choice(
        (
            "none",
            "none",
            "number",
            "paren",
            "letter",
            "roman",
            "roman_lower",
            "bullet",
            "dash",
            "rule",
            "section",
            "sign",
        )
    )
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    please_note = rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(kinds):
        n = per_item or rng.randint(1, 3)
        chosen = [_fill_380(s, words) for s in rng.sample(list(sentences), n)]
        heading = ""
        if case != "none":
            heading = _fill_380(rng.choice(headings), words)
            if case == "title":
                heading = _title_case_380(heading)
            elif case == "upper":
                heading = heading.upper()
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        if please_note and rng.random() < 0.15 and not (heading and placement.startswith("run")):
            chosen[0] = "Please note: " + chosen[0]
        lead = _marker_380(marker, index)
        if heading and placement.startswith("run"):
            ends_q = heading.rstrip("*_").endswith("?")
            joint = {"run_colon": ": ", "run_stop": ". ", "run_dash": " \u2013 "}[placement]
            if ends_q:
                joint = " "
            items.append(("", lead + heading + joint + chosen[0], *chosen[1:]))
        elif heading:
            ends_q = heading.rstrip("*_").endswith("?")
            tail = "" if ends_q or placement == "bare" else ("." if placement == "stop" else ":")
            items.append((lead + heading + tail, *chosen))
        else:
            items.append(("", lead + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        section = rng.choice(("Part 2: Taking part", "Section 3 \u2013 Using the forum", "Conduct", "Posting"))
        items.insert(0, (section, ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS_380), rng.randint(2015, 2026)
        line = rng.choice(("Last updated: {d} {m} {y}", "Updated {d} {m} {y}", "Rules revised {m} {y}"))
        updated = ("", line.format(d=day, m=month, y=year))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(("\u2014 ", "", "\u2013 ")) + rng.choice(_SIGNOFFS_380)))

    intros = [_fill_380(s, words) for s in POLICY_INTROS_380]
    closings = [_fill_380(s, words) for s in POLICY_CLOSINGS_380]
    titles = [_fill_380(s, words) for s in POLICY_TITLES_380]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_380)
