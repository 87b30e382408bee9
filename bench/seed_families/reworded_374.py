"""The ``reworded-374`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Orkney island bulletins (Gairsay, North Ronaldsay), Swaledale village papers (Keld, Thwaite), New
Mexico village weeklies (Springer, Truchas), sitting volleyball and racketball clubs, fletchers' and bowyers' guilds,
Wilson's disease and Cri du chat syndrome forums, outhouse race and rubber duck race committees, and butterfly
transect volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_374: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Keep it friendly",
            "Courtesy to others",
            "How should I treat other members?",
            "Respect one another",
            "No personal attacks",
        ),
        (
            "Please be kind to one another, even when you disagree about the duck race route.",
            "Attack the argument, never the person who made it.",
            "{Cs} that insult, bait or belittle other readers are removed without notice.",
            "Members of the guild may argue about draw weights and feathers as hard as they like, "
            "but they must do it politely.",
            "You can disagree with a fellow player without being rude to them; most of us still have to share "
            "a court on Thursday nights.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate speech",
            "Discrimination",
            "Is there anything I must never write?",
            "Prejudice and hatred",
            "Treat everyone equally",
            "Hateful material",
        ),
        (
            "We do not allow abuse based on race, religion, sex, sexuality, disability or age.",
            "Please remember that many people here live with disability every day, and mockery of it has no "
            "place on this forum.",
            "{Cs} that stir up hatred against any group will be deleted and the account suspended.",
            "Jokes at the expense of incomers, islanders or anyone else's background are not welcome.",
            "Slurs, even disguised with asterisks, are removed by {mods} as soon as they are seen.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Personal details",
            "Protect your privacy",
            "Can I share someone's address?",
            "Other people's information",
            "Keep personal information private",
        ),
        (
            "Do not publish anyone's address, phone number or email, including your own.",
            "Please don't name patients, consultants or hospitals in a way that could identify another family.",
            "Photographs of people taken at club sessions need their consent before they go on the site.",
            "{Cs} that reveal where someone lives on the island are taken down at once.",
            "Members share their own medical history at their own risk; it can be read by anyone who visits, "
            "including search engines.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Children and young people",
            "Safeguarding",
            "Keeping young members safe",
            "Are under-16s allowed?",
            "Protect children",
            "Junior members",
        ),
        (
            "You must be 16 or over to register an account.",
            "Never ask a junior member for contact details or to talk privately.",
            "Photographs of children at the duck race may only be shared with a parent's permission.",
            "Any concern about a child's welfare should go to the club welfare officer straight away, not into "
            "a public {c}.",
            "Parents and carers may write about their child's diagnosis, but please use a first name or initial "
            "only and leave out the name of the school.",
        ),
    ),
    # moderation delays
    (
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
            "Please be patient",
        ),
        (
            "Every {c} is read by a volunteer before it appears.",
            "{Cs} are checked by hand, so yours may take a day or two to show, longer at lambing time or when "
            "the boat is off.",
            "We are a small team and do not moderate at weekends or on race day.",
            "If your {c} has not appeared after three days, please do not send it again; contact {mods} instead.",
            "New members' first few {cs} are held for approval, after which they go up straight away.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Relevance",
            "What should I write about?",
            "Keep it relevant",
        ),
        (
            "Please keep to the subject of the article or thread.",
            "Questions about bow building belong on the bowyers' board, not in general chat.",
            "Off-topic {cs} may be moved or removed.",
            "If you want to start a new conversation, open a new thread rather than taking over someone else's.",
            "Talk about the weather, the state of the road over Buttertubs and the price of diesel is welcome "
            "only where it bears on the story.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Self-promotion",
            "Links and adverts",
        ),
        (
            "Please do not advertise anything on here.",
            "{Cs} that exist to sell something, or to link to a business, are treated as spam and deleted.",
            "Members may mention a raffle or fundraiser for the outhouse race once, in the notices thread.",
            "Repeated links, chain messages and copied text are removed, and the sender may be blocked.",
            "Please ask {mods} before promoting any event, product or website, even if it is for a good cause.",
        ),
    ),
    # names and accounts
    (
        (
            "Your name",
            "Usernames",
            "One account each",
            "Do I have to use my real name?",
            "Registration",
            "Impersonation",
        ),
        (
            "Please use your real name, as you would when writing to the editor.",
            "One account per person; second accounts will be closed.",
            "Usernames that are offensive, misleading or advertise a business will be changed or removed.",
            "Do not pretend to be another person, a race official or a member of the committee.",
            "You may use a nickname on the forum, but {mods} must have a working email address for you.",
        ),
    ),
    # the law
    (
        (
            "Stay within the law",
            "Libel",
            "Legal matters",
            "Court cases",
            "Could my {c} get us sued?",
            "Defamation and contempt",
        ),
        (
            "Do not accuse named people of crimes or wrongdoing you cannot prove.",
            "We close {cs} on reports of court cases until the case has ended, so that no trial is prejudiced.",
            "You are legally responsible for what you write, and the paper can be sued over it too.",
            "Anything that might be defamatory, in contempt of court or otherwise unlawful will be removed.",
            "Please don't speculate about the identity of anyone charged, or of a victim or witness.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Photos and text",
            "Can I share a photo I found?",
            "Respect copyright",
            "Quoting others",
        ),
        (
            "Only upload photographs you took yourself.",
            "Short quotations are fine if you say where they came from; whole articles are not.",
            "Please don't copy patient leaflets or journal papers wholesale; link to them instead.",
            "By sending a {c} you give us permission to publish it here and in the printed bulletin.",
            "Material that breaches copyright is removed as soon as we are told about it.",
        ),
    ),
    # reporting a post
    (
        (
            "Reporting a {c}",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the report link under any {c} that you think breaks these rules.",
            "If you see something that worries you, please email {mods} rather than replying to it.",
            "Reports are anonymous and are looked at within a day or so.",
            "Reporting a {c} does not mean it will be taken down; it means someone will read it again.",
            "Please don't argue with a troublemaker in public; report them and leave it to {mods}.",
        ),
    ),
    # the site's discretion
    (
        (
            "Our decision is final",
            "The moderators' discretion",
            "Editorial discretion",
            "Who decides?",
            "Our right to edit",
            "Final say",
        ),
        (
            "We reserve the right to edit or delete any {c} without giving a reason.",
            "On what stays up and what comes down, {mods} will have the final say.",
            "Publication of a {c} does not mean the bulletin agrees with it.",
            "These rules are not exhaustive, and we may remove things that are not listed here.",
            "Decisions are made by volunteers in their spare time, so please accept them with good humour.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "Send us your news",
            "News tips",
            "Did we get something wrong?",
            "Errors and updates",
        ),
        (
            "If we have got a fact wrong, please email the editor rather than correcting us in a {c}.",
            "Corrections are printed in the following week's edition.",
            "News from Springer and the surrounding ranches is always welcome; phone it in or drop it at the office.",
            "Tips about stories go to the newsdesk, not to the {cs} below.",
            "We are glad to hear about anything happening on the island, from the lamb count to a broken light "
            "at the harbour.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Mind your language", "Can I swear?", "Write clearly", "Plain English"),
        (
            "Please keep swearing off the site.",
            "Bad language, including swearing with letters replaced by symbols, will be removed.",
            "Please write in English so that everyone can take part, and avoid writing all in capitals.",
            "Text speak is hard to follow for members using screen readers, so write words out in full where you can.",
            "Spanish is welcome here too; many of our readers in Truchas write in both languages.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Breaking the rules",
            "Suspensions",
            "Three strikes",
            "Consequences",
        ),
        (
            "Breaking these rules will usually earn a warning first.",
            "Members who keep breaking the rules will be suspended and, if the behaviour carries on, banned.",
            "For serious abuse, threats or spam, {mods} may ban an account without any warning.",
            "Banned members who come back under a new name will be removed again.",
            "If you think you have been suspended unfairly, you can appeal to the committee by email within 14 days.",
        ),
    ),
    # medical advice (the syndrome forums)
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Treatments and medicines",
            "Can I give advice about medication?",
            "Health information",
            "Talk to your specialist",
        ),
        (
            "Nothing written here is medical advice.",
            "Always check with your liver team before changing zinc, penicillamine or trientine doses, whatever "
            "another member says.",
            "Members may share their own experience of treatment, but must not tell others to stop or change "
            "their medicine.",
            "{Cs} promoting miracle cures, copper detox kits or unproven supplements will be removed.",
            "Therapists and doctors who join should say so in their profile, and even then cannot diagnose "
            "anyone here.",
        ),
    ),
    # records, sightings and results (transect walkers, race committees)
    (
        (
            "Records and sightings",
            "Sharing results",
            "Counts and times",
            "Accurate records",
            "Where do sightings go?",
            "Race results",
        ),
        (
            "Please share only butterflies you identified yourself on the transect, with the section number and date.",
            "Unconfirmed sightings of rarities should be marked as such until the county recorder has checked them.",
            "Race results are final once the organisers have signed them off; disputes go to the race secretary.",
            "Do not give exact locations for colonies of rare species in a {c}.",
            "Times and placings are published by the committee, and members should not put up their own versions.",
        ),
    ),
    # equipment, sales and the range (guilds and clubs)
    (
        (
            "Buying and selling equipment",
            "Bows, arrows and the law",
            "Sales board",
            "Can I sell a bow here?",
            "Safety on the range",
            "Kit and equipment",
        ),
        (
            "Bows, arrows and broadheads may be offered only on the sales board, and only to members over 18.",
            "Hunting with a bow is illegal in the UK, and {cs} that encourage it will be deleted.",
            "Please never share pictures of anyone shooting without proper range safety in place.",
            "Members selling handmade arrows must describe spine, weight and fletching honestly.",
            "Sports chairs, knee pads and spare rackets may be swapped in the kit thread, free of charge.",
        ),
    ),
)

POLICY_INTROS_374: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these rules before you send one.",
    "These guidelines apply to every {c} on the site.",
    "The bulletin is run by volunteers, and we ask everyone who takes part to follow a few simple rules.",
    "By sending a {c} you agree to the rules below.",
    "Our forum is a place for families to support one another; to keep it that way, please follow these guidelines.",
    "The committee wants the race pages to be fun for everyone, so here are our house rules.",
)

POLICY_CLOSINGS_374: tuple[str, ...] = (
    "Thank you for helping to keep the site friendly.",
    "If you have any questions about these rules, please contact {mods}.",
    "These rules may change from time to time, so please check back.",
    "Thanks for reading, and see you on the transect.",
    "We reserve the right to update these guidelines at any time.",
    "Thanks for reading, and enjoy the race.",
)

POLICY_TITLES_374: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Posting rules",
    "Forum rules",
    "{C} policy",
    "Guidelines for {cs}",
    "Rules for {cs}",
    "Noticeboard terms",
    "Members' code of conduct",
)

AMERICAN_374: dict[str, str] = {
    "humour": "humor",
    "harbour": "harbor",
    "behaviour": "behavior",
    "organisers": "organizers",
}

_WORDS_374: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("response", "responses"),
)

_MODS_374: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the moderation team",
    "the editor",
    "the editors",
    "the volunteer moderators",
    "the committee",
    "the forum admins",
    "the site team",
    "the web editor",
    "the guild's web officer",
    "the club secretary",
    "our team of volunteers",
)

_SIGN_OFFS_374: tuple[str, ...] = (
    "The Editor",
    "- The committee",
    "Thanks, the mod team",
    "The Gairsay Bulletin",
    "North Ronaldsay Bulletin volunteers",
    "The Keld and Thwaite Gazette",
    "Springer Weekly staff",
    "The Truchas Weekly",
    "Swaledale Rubber Duck Race committee",
    "Guild of Fletchers and Bowyers (web team)",
    "Forum admins, on behalf of the trustees",
)

_SECTIONS_374: tuple[str, ...] = (
    "Section {n}: Community standards",
    "Part {n} - Taking part in the forum",
    "Section {n}. Rules for {cs}",
    "Appendix {n}: House rules",
    "{n}. Using the noticeboard",
)

_MONTHS_374: tuple[str, ...] = (
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

_SMALL_374: frozenset[str] = frozenset(
    {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at", "with", "about"}
)


def _fill_374(text: str, word: tuple[str, str], mods: str) -> str:
    """``text`` with the site's word and moderators in place of the placeholders."""
    one, many = word
    return (
        text.replace("{Cs}", many.capitalize())
        .replace("{C}", one.capitalize())
        .replace("{cs}", many)
        .replace("{c}", one)
        .replace("{mods}", mods)
    )


def _title_case_374(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, w in enumerate(words):
        if i and w.lower() in _SMALL_374:
            out.append(w.lower())
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def _roman_374(n: int) -> str:
    vals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def _marker_374(style: str, i: int, base: int, upper: bool) -> str:
    """The list marker a site prints before its ``i``-th item (from 1) in ``style``."""
    if style == "number":
        return f"{i}."
    if style == "number_paren":
        return f"{i})"
    if style == "letter":
        letter = chr(96 + i)
        return f"({letter.upper() if upper else letter})"
    if style == "roman":
        roman = _roman_374(i)
        return f"{roman.upper() if upper else roman}."
    if style == "bullet":
        return "\u2022"
    if style == "dash":
        return "-"
    if style == "rule":
        return f"Rule {i}:"
    if style == "section":
        return f"{base}.{i}"
    return f"\u00a7 {i}" if upper else f"\u00a7{i}."


def _items_374(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. In turn: the site's word for what readers send and who
    moderates; how many kinds it prints, in which order, and how many sentences an item; heading case and placement;
    list markers; then its habits (a section line, a last-updated line, a sign-off, a "Please note:" lead-in,
    emphasis marks); lastly the opening, closing and title lines by ``_furnish``."""
    word = ("comment", "comments") if rng.random() < 0.75 else rng.choice(_WORDS_374)
    mods = rng.choice(_MODS_374)

    n_kinds = max(2, min(16, round(rng.triangular(2, 16, 6))))
    picks = rng.sample(range(len(REWORDINGS_374)), n_kinds)
    if rng.random() < 0.55:
        picks.sort()
    low, high = rng.choice(((1, 1), (1, 2), (2, 2), (1, 3), (2, 3)))

    placement = rng.choices(("none", "standing", "run_in"), weights=(0.2, 0.5, 0.3))[0]
    case = rng.choices(("sentence", "title", "upper"), weights=(0.6, 0.25, 0.15))[0]
    stop = rng.choice(("", ".", ":"))
    joint = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    if rng.random() < 0.35:
        style = ""
    else:
        style = rng.choice(
            (
                "number",
                "number",
                "number_paren",
                "letter",
                "roman",
                "bullet",
                "bullet",
                "dash",
                "rule",
                "section",
                "sign",
            )
        )
    upper_marker = rng.random() < 0.5
    base = rng.randint(1, 9)
    emphasis = rng.choice(("**", "__")) if placement != "none" and rng.random() < 0.15 else ""

    items: list[tuple[str, ...]] = []
    for i, kind in enumerate(picks, start=1):
        headings, sentences = REWORDINGS_374[kind]
        chosen = [_fill_374(s, word, mods) for s in rng.sample(sentences, rng.randint(low, high))]
        heading = _fill_374(rng.choice(headings), word, mods)
        if case == "title":
            heading = _title_case_374(heading)
        elif case == "upper":
            heading = heading.upper()
        head = ""
        if placement == "standing":
            head = heading if heading.endswith("?") else heading + stop
            head = f"{emphasis}{head}{emphasis}"
        elif placement == "run_in":
            lead = heading + (" " if heading.endswith("?") else joint)
            if emphasis:
                lead = f"{emphasis}{lead.rstrip()}{emphasis} "
            chosen[0] = lead + chosen[0]
        if style:
            marker = _marker_374(style, i, base, upper_marker)
            if head:
                head = f"{marker} {head}"
            else:
                chosen[0] = f"{marker} {chosen[0]}"
        items.append((head, *chosen))

    if rng.random() < 0.15:
        spot = rng.randrange(len(items))
        first = items[spot][1]
        bare = placement == "standing" or (placement == "none" and not style)
        if bare and not first.startswith("Please"):
            items[spot] = (
                items[spot][0],
                "Please note: " + (first if first.startswith(("Spanish", "I ")) else first[:1].lower() + first[1:]),
                *items[spot][2:],
            )

    if rng.random() < 0.12:
        line = _fill_374(rng.choice(_SECTIONS_374), word, mods).replace("{n}", str(rng.randint(2, 9)))
        items.insert(0, (line, ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(_MONTHS_374), rng.choice((2024, 2025, 2026))
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}",
                f"Last updated {day} {month} {year}.",
                f"Updated {month} {year}",
                f"These rules were last reviewed in {month} {year}.",
            )
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGN_OFFS_374)))

    intros = [_fill_374(t, word, mods) for t in POLICY_INTROS_374]
    closings = [_fill_374(t, word, mods) for t in POLICY_CLOSINGS_374]
    titles = [_fill_374(t, word, mods) for t in POLICY_TITLES_374]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_374)
