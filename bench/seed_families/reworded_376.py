"""The ``reworded-376`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Oxna and Hildasay bulletins, Ingleton and Grassington papers, Gallina and Glenwood weeklies,
slacklining and horseball clubs, wood carving and bladesmith guilds, Sotos and Coffin-Siris syndrome forums, pram
race and duck herding committees, and riverfly monitoring volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_376: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        ("Be civil", "Courtesy", "Play the ball, not the rider", "How should I treat other members?", "Keep it kind"),
        (
            "Be kind to each other, always.",
            "Please treat other members as you would at the clubhouse bar after a muddy match.",
            "Disagree with the argument, never with the person making it.",
            "{Cs} that bully, belittle or goad another member are removed, however clever they are.",
            "This is a small island and a small list: you will meet the people you argue with at the shop, so write "
            "accordingly.",
        ),
    ),
    # hatred and discrimination
    (
        ("No hate", "Discrimination", "Respect for everyone", "Is there anything I must never post?", "Hate speech"),
        (
            "We delete hateful {cs} on sight.",
            "{Cs} attacking anyone for their race, religion, disability, sex, sexuality or age are not allowed.",
            "Mocking a child's condition, looks or development is never acceptable here, not even as a joke.",
            "Members who post slurs or stir up hatred are removed from the forum without a warning.",
            "Glenwood is home to all sorts of folks; {cs} that single out a group of neighbours for abuse will not "
            "be published.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Can I share someone's address?",
            "Personal information",
        ),
        (
            "Never post phone numbers or home addresses, yours or anybody else's.",
            "Please do not name other families, their children's hospitals or their consultants without consent.",
            "Exact grid references for private land, nests or sampling sites should be sent to the coordinator, not "
            "posted.",
            "{Cs} that reveal where a bladesmith keeps his forge or his stock will be removed for his safety.",
            "Private messages stay private: do not copy them into the open forum.",
        ),
    ),
    # safeguarding children
    (
        ("Children", "Safeguarding", "Photographs of young riders", "Protecting young members", "Under-16s"),
        (
            "Do not post photographs of children other than your own.",
            "Members under 16 need a parent's permission before joining the club's page.",
            "Any concern about a child's welfare should go to our safeguarding officer, not into a thread.",
            "Pictures of junior horseball players are shared only with written consent from a parent or carer.",
            "{mods} may remove a photo of a child at the pram race if anyone in it, or their family, asks.",
        ),
    ),
    # moderation delays
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "Every {c} is read by a person before it appears.",
            "{Cs} are checked by hand, usually within a day, but longer at weekends and on press night.",
            "The bulletin is put together by two volunteers in the Hildasay hall on Monday evenings, so please be patient "
            "if your {c} takes a day or two to appear.",
            "New members' first few {cs} are held for approval, after which they appear straight away.",
            "If your {c} has not appeared after 48 hours, {mods} probably decided not to publish it.",
        ),
    ),
    # on topic
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "What can I post about?", "One thread, one subject"),
        (
            "Please keep to the story in hand.",
            "{Cs} should relate to the article or thread they sit under.",
            "Please keep the duck herding board for ducks, dogs and trials; general chat has its own room.",
            "Off-topic {cs} may be moved to the village green section or deleted.",
            "Tool and steel talk belongs in the workshop threads, not in the show announcements.",
        ),
    ),
    # advertising and spam
    (
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Self-promotion"),
        (
            "No spam, junk links or bulk posting.",
            "Commercial adverts belong in the classifieds, which cost £5 a week, not in {cs}.",
            "Members may mention a knife or carving for sale once, in the Marketplace board, with a price.",
            "Links posted only to drive traffic to another site are removed, and so is the account behind them.",
            "Please do not post chain letters, fundraising pages or petitions without asking {mods} first.",
        ),
    ),
    # names and accounts
    (
        ("Your name", "Accounts", "Use your real name", "Who can post?", "One member, one account"),
        (
            "Please sign your {c} with your real name and the village you live in.",
            "We do not publish anonymous {cs}.",
            "Each member may hold one account; duplicates are merged or closed.",
            "Do not pretend to be another person, another club or a member of the committee.",
            "Usernames that are rude, or that advertise a business, will be changed by {mods}.",
        ),
    ),
    # the law
    (
        ("The law", "Libel", "Court cases", "Legal matters", "Could my {c} get us into trouble?", "Contempt of court"),
        (
            "You are responsible in law for what you write.",
            "Do not accuse a named person of a crime unless they have been convicted of it.",
            "While a case is before the magistrates we cannot publish {cs} about the accused.",
            "{Cs} that could be defamatory will be removed, and we may be obliged to hand details to the police.",
            "Please do not speculate about the cause of the Greta bridge accident while the inquest is open.",
        ),
    ),
    # copyright
    (
        ("Copyright", "Photos and other people's work", "Whose picture is it?", "Sharing articles", "Credit"),
        (
            "Only post photographs you took yourself.",
            "Do not paste whole articles from other papers; a link and a line or two is fine.",
            "Pattern designs and carving plans belong to their makers, so please ask before you share them.",
            "By posting a picture you allow the bulletin to print it, with your name, in the next issue.",
            "{mods} will remove material when the copyright holder asks us to.",
        ),
    ),
    # reporting
    (
        ("Reporting a problem", "Report a post", "Seen something wrong?", "How do I flag a {c}?", "Tell us"),
        (
            "Use the report link under any {c} that breaks these rules.",
            "If something worries you, email the editor rather than replying to it.",
            "Reports are anonymous; the member you report is not told who flagged them.",
            "Please report, don't retaliate: arguing back only makes the thread harder to tidy up.",
            "{mods} will read every report, although we may not answer each one.",
        ),
    ),
    # discretion
    (
        ("Our decision is final", "Editorial discretion", "The editor's call", "Removal of {cs}", "Our right to edit"),
        (
            "We may edit or refuse any {c}.",
            "{mods} may remove any {c} for any reason, including ones not listed here.",
            "Letters may be shortened for space, and we cannot enter into correspondence about cuts.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "These rules are a guide, not a contract; the editorial team has the last word on what stays up.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us what's happening"),
        (
            "If we got something wrong, tell us and we will put it right.",
            "Please send corrections to the news desk rather than posting them underneath the story.",
            "Know about a road closure, a fete or a lost dog? Send it in by Tuesday noon for Thursday's paper.",
            "Corrections are printed on page two of the next edition.",
            "Results for the pram race are confirmed by the timekeepers; disputes go to them, not to the forum.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Mind your language", "Plain English", "Can I swear?"),
        (
            "Please leave the swearing at the yard gate.",
            "Keep your language suitable for a family paper.",
            "Strong language, even with asterisks, will see a {c} rejected.",
            "Please write in English so that {mods} can read what is posted; other languages may be removed.",
            "Avoid shouting in capitals and texting shorthand: many of our readers are over seventy.",
        ),
    ),
    # warnings and bans
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "Break the rules and you will be warned.",
            "A second warning brings a week's suspension; a third, removal from the forum.",
            "Members who are banned may appeal once, in writing, to the club secretary.",
            "Serious breaches, such as threats or harassment, lead to an immediate ban.",
            "{mods} will keep a note of warnings, which lapse after twelve months of good behaviour.",
        ),
    ),
    # medical advice (syndrome forums)
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Treatments and therapies",
            "Health information",
            "Can I ask about medication?",
        ),
        (
            "Nothing posted here is medical advice.",
            "Always check with your child's paediatrician or geneticist before changing treatment.",
            "Share what worked for your family, but please do not tell another parent what they must do.",
            "{Cs} promoting miracle cures, supplements for sale or unproven therapies are removed.",
            "Diagnoses are for the clinical team; members may describe their experience of Sotos or Coffin-Siris "
            "syndrome, not diagnose another child.",
        ),
    ),
    # blades, rigs and safety (guilds and clubs)
    (
        ("Safety", "Blades and the law", "Safe practice", "Is it safe to try this?", "Rigging and equipment"),
        (
            "Safety comes first, in the workshop and on the line.",
            "Members must be over 18 to buy, sell or swap blades through the forum.",
            "Do not post how-to guides for rigging highlines without a qualified rigger's backing.",
            "Photographs of knives in a threatening pose, or carried in public, are removed.",
            "You are responsible for your own practice; the guild accepts no liability for techniques discussed here.",
        ),
    ),
    # rivers, records and incidents (riverfly volunteers)
    (
        ("Pollution and sightings", "Records", "Seen pollution?", "Reporting an incident", "Our rivers"),
        (
            "Report pollution to the Environment Agency hotline first, then tell us.",
            "Please submit kick-sample scores through the recording form, not as a {c}.",
            "{Cs} naming a farm or works as a polluter must stick to what you saw and when.",
            "Sightings of otters, mink or crayfish are welcome in the wildlife thread.",
            "Do not enter the river alone or in spate to take a sample, whatever the schedule says.",
        ),
    ),
)

POLICY_INTROS_376: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these guidelines before you post.",
    "These are the house rules for our pages. They are short, so please read them.",
    "By posting a {c} you agree to the following.",
    "The forum is run by parents, for parents. To keep it a safe place, we ask everyone to follow a few rules.",
    "The committee asks all members to keep to the following when using the noticeboard.",
    "Thank you for taking part. A few ground rules:",
)

POLICY_CLOSINGS_376: tuple[str, ...] = (
    "Thank you for helping to keep the bulletin friendly.",
    "If you have any questions about these rules, contact the editor.",
    "These rules may change from time to time; the current version is always posted here.",
    "Happy posting, and see you at the next meet.",
    "We reserve the right to remove any {c} without notice.",
    "Questions? Email the committee and one of us will get back to you.",
)

POLICY_TITLES_376: tuple[str, ...] = (
    "{C} policy",
    "{Cs} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Rules for {cs}",
    "Noticeboard rules",
    "Before you post",
    "Members' forum: the rules",
)

AMERICAN_376: dict[str, str] = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "paediatrician": "pediatrician",
    "licence": "license",
    "offence": "offense",
    "colour": "color",
    "organise": "organize",
    "organisation": "organization",
    "apologise": "apologize",
    "realise": "realize",
    "criticise": "criticize",
    "favour": "favor",
    "centre": "center",
    "programme": "program",
    "honour": "honor",
    "defence": "defense",
    "recognise": "recognize",
    "practise": "practice",
}

_WORDS_376: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

_MODS_376: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the club secretary",
    "the admins",
    "the web editor",
    "the news desk",
    "the volunteers who run this board",
    "the guild's moderators",
    "the bulletin team",
)

_SMALL_376: frozenset[str] = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})

_ROMAN_376: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
)  # fmt: skip

_SIGN_OFFS_376: tuple[str, ...] = (
    "— The Editor",
    "The committee",
    "Thanks, the moderating team",
    "Approved by the guild committee, AGM 2026",
    "Signed, the club secretary",
)

_SECTIONS_376: tuple[str, ...] = (
    "Part 2: Taking part online",
    "Section 4 – Reader {cs}",
    "Schedule B: use of the members' forum",
    "Our rules for {cs}",
)

_UPDATED_376: tuple[str, ...] = (
    "Last updated: 3 March 2026",
    "Last reviewed by the committee in September 2026.",
    "Updated 14/10/2026",
    "These rules were last revised on 1 June 2025.",
)


def _fill_376(text: str, word: tuple[str, str], mods: str) -> str:
    """``text`` with the site's word and its moderators in place of the placeholders."""
    one, many = word
    return (
        text.replace("{c}", one)
        .replace("{cs}", many)
        .replace("{C}", one.capitalize())
        .replace("{Cs}", many.capitalize())
        .replace("{mods}", mods)
    )


def _sentence_start_376(text: str) -> str:
    """A sentence beginning with the moderators' name gets a capital."""
    return text[:1].upper() + text[1:]


def _case_376(heading: str, style: str) -> str:
    if style == "caps":
        return heading.upper()
    if style == "title":
        words = heading.split(" ")
        return " ".join(w if (i and w.lower() in _SMALL_376) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return heading


def _marker_376(style: str, n: int) -> str:
    """The list marker for the ``n``-th item (from 1) in ``style``; ``""`` for none."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    if style == "number":
        return f"{n}. "
    if style == "paren":
        return f"{n}) "
    if style == "letter":
        return f"({letters[n - 1]}) "
    if style == "roman":
        return f"{_ROMAN_376[n - 1]}. "
    if style == "bullet":
        return "• "
    if style == "dash":
        return "– "
    if style == "rule":
        return f"Rule {n}: "
    if style == "section":
        return f"3.{n} "
    if style == "sign":
        return f"§{n} "
    return ""


def _items_376(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and its moderators; how many kinds it
    prints and in which order, one to three sentences each; heading case and placement; list markers; and now and
    then a section line, a last-updated line, a sign-off, a "Please note:" lead-in or emphasis marks. The lines
    around the items come from ``_furnish``."""
    word = ("comment", "comments") if rng.random() < 0.75 else rng.choice(_WORDS_376)
    mods = rng.choice(_MODS_376)

    count = rng.randint(2, 16)
    kinds = rng.sample(range(len(REWORDINGS_376)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most = rng.choice((1, 2, 2, 3))

    case = "none" if rng.random() < 0.15 else rng.choices(("sentence", "title", "caps"), weights=(6, 3, 1))[0]
    placement = rng.choice(("bare", "bare", "stop", "colon", "colon", "run-colon", "run-stop", "run-dash"))
    if rng.random() < 0.35:
        marker = ""
    else:
        marker = rng.choice(("number", "paren", "letter", "roman", "bullet", "dash", "rule", "section", "sign"))
    emphasis = rng.choice(("**", "*", "_")) if rng.random() < 0.15 else ""
    note_at = rng.randrange(count) if rng.random() < 0.2 else -1

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(("", _fill_376(rng.choice(_SECTIONS_376), word, mods)))
    for n, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_376[kind]
        picked = rng.sample(sentences, rng.randint(1, most))
        lines = [_sentence_start_376(_fill_376(s, word, mods)) for s in picked]
        if n - 1 == note_at and not placement.startswith("run"):
            lines[0] = "Please note: " + lines[0]
        heading = ""
        if case != "none":
            heading = _case_376(_sentence_start_376(_fill_376(rng.choice(headings), word, mods)), case)
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        asks = heading.rstrip("*_").endswith("?")
        if heading and placement.startswith("run"):
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " – "}[placement]
            if asks:
                joint = " "
            lines[0] = heading + joint + lines[0]
            heading = ""
        elif heading and not asks:
            heading += {"bare": "", "stop": ".", "colon": ":"}[placement]
        tag = _marker_376(marker, n)
        if heading:
            heading = tag + heading
        else:
            lines[0] = tag + lines[0]
        items.append((heading, *lines))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_UPDATED_376)))
    if rng.random() < 0.15:
        items.append(("", _fill_376(rng.choice(_SIGN_OFFS_376), word, mods)))

    intros = [_fill_376(t, word, mods) for t in POLICY_INTROS_376]
    closings = [_fill_376(t, word, mods) for t in POLICY_CLOSINGS_376]
    titles = [_fill_376(t, word, mods) for t in POLICY_TITLES_376]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_376)
