"""The ``reworded-300`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Trinidad and Tobago community news, Caithness papers, North Dakota prairie weeklies, triathlon clubs,
woodturners' guilds, stroke survivors' forums, retirement village residents, forge and smithy heritage groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Headings are in sentence case and some are questions;
# ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) is the site's word for what readers send, ``{mods}`` who looks
# after it.
REWORDINGS_300: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the man",
            "How should I treat other users?",
            "Courtesy",
            "Mind your manners",
        ),
        (
            "Disagree by all means, but do it politely: take on the argument, never the person making it.",
            "Many members here are recovering from a stroke and may take longer to read and reply, so please be "
            "patient and kind with one another.",
            "Name-calling, sneering and personal digs will see your {c} removed, however witty you think it is.",
            "Treat fellow residents as you would over a cup of tea in the lounge; what you write here is read by "
            "your neighbours.",
            "Robust debate about what goes on in Port of Spain is welcome, but mauvais langue about private "
            "individuals is not.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No racism or bigotry",
            "Discrimination",
            "What counts as hateful?",
            "Respect for all communities",
        ),
        (
            "We will not publish {cs} that attack people for their race, religion, ethnicity, sex, sexuality, "
            "disability or age.",
            "Trinidad and Tobago is a place of many peoples and faiths, and {cs} that stir up division between "
            "communities will be deleted.",
            "Jokes at the expense of someone's disability have no place on a forum built by and for stroke survivors.",
            "Threatening or abusive language aimed at a group may be an offence under Scots law, and we will pass it "
            "to Police Scotland where necessary.",
            "Slurs are removed on sight, including when they are disguised with asterisks or deliberate misspellings.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I share someone's phone number?",
            "Protect your own privacy",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email or vehicle registration, even if you believe it is "
            "already public.",
            "Think twice before sharing your own details: this site can be read by anyone, not just members.",
            "Please do not name other residents or describe their health, house number or comings and goings without "
            "their permission.",
            "Photographs taken at club sessions must not show junior members or anyone who has asked not to be "
            "photographed.",
            "If you want to swap contact details with another member, use private messages rather than the open board.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "Worried about someone?",
            "Welfare",
            "Looking out for one another",
        ),
        (
            "If a member appears to be at risk, please tell {mods} straight away rather than replying in the thread.",
            "Our junior triathletes are under 18, and any contact with them must go through a parent and the club "
            "welfare officer.",
            "If someone says they are thinking of harming themselves, call 999 or the Samaritans on 116 123, and then "
            "let us know.",
            "Youth members at hammer-ins and open forge days are always supervised, and the same goes online: no "
            "one-to-one messages with under-18s.",
            "Concerns about a resident's welfare should also be raised with the village manager or the duty warden, "
            "not only on this board.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} show up?",
        ),
        (
            "All {cs} are checked by {mods} before they appear, so there may be a short delay.",
            "The site is run by volunteers, and {cs} sent in the evening or at weekends may not be approved until the "
            "next working day.",
            "Your first few {cs} will be held for approval; after that they should appear straight away.",
            "Please do not send the same {c} again if it does not appear at once, as duplicates only slow things down.",
            "During harvest our small staff may take a little longer than usual to get through the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posting",
            "Is this the right place?",
            "One subject per thread",
        ),
        (
            "Keep {cs} relevant to the story or thread you are replying to, and start a new thread for anything else.",
            "Questions about bowl gouges and sharpening jigs belong in the Tools section, not in the show-and-tell "
            "gallery.",
            "Threads that drift into national politics or religion will be closed, however interesting the argument.",
            "Race reports, training questions and kit chat each have their own board, so please pick the right one.",
            "{Cs} on a death notice or tribute page should be messages of sympathy only.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and commercial posts",
            "Can I promote my business?",
            "Links",
            "Spam and self-promotion",
        ),
        (
            "Commercial advertising is not allowed; if you want to advertise, contact our sales team for rates.",
            "Members may put up one for-sale notice for their own tools or timber in the Classifieds, with a price and "
            "a rough location.",
            "Links to other websites are allowed only where they add something to the discussion, and affiliate links "
            "will be removed.",
            "Chain letters, get-rich-quick offers and pyramid schemes will be deleted and the sender banned.",
            "Smiths who sell their work may mention it in their signature, but not in the body of every {c}.",
        ),
    ),
    (  # names and accounts
        (
            "Usernames",
            "Your account",
            "Real names",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "We ask you to use your real name, as you would when writing to the paper.",
            "Each person may have one account only; accounts set up to dodge a ban will be closed without notice.",
            "Do not choose a username that impersonates another person, a club official or a member of staff.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
            "Couples may share a login, but please sign off each {c} with your first name so neighbours know who is "
            "writing.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Could my {c} get me into trouble?",
            "Libel",
            "Stay within the law",
        ),
        (
            "Do not say anything about a named person that you cannot prove to be true; you, as well as we, may be "
            "liable for defamation.",
            "Once someone has been charged, Scotland's contempt of court rules are strict: do not speculate about "
            "guilt, evidence or the accused's past.",
            "The libel laws of Trinidad and Tobago apply to what you write online just as they do to what is printed.",
            "Do not post details of court cases in Ward County or anywhere else beyond what has been said in open "
            "court.",
            "We will co-operate with the police and the courts if we are legally required to hand over information "
            "about a user.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Using other people's work",
            "Can I post a photo I found online?",
            "Your pictures",
            "Credit where it's due",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not copy and paste whole articles from other papers; a short quote and a link is enough.",
            "By sending us your {c} you give us permission to publish it on the site and, now and then, in the printed "
            "edition.",
            "Turners are proud of their designs, so please ask before you copy a member's pattern or share photos of "
            "their work.",
            "Old photographs of the smiddy and its tools lent to us by families remain theirs and may not be reused "
            "without asking.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "How do I report a {c}?", "Flagging", "Seen something you don't like?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Every report is read by a person, though it may take a day or two during busy spells.",
            'Please tell us why you are reporting it; "I disagree" is not a reason for removal.',
            "You can also email the editor, or drop a note in the box by the reception desk.",
            "Do not feed the trolls: report them and leave the rest to {mods}.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's right to remove",
            "Why was my {c} removed?",
            "At our discretion",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The committee's decision on any {c} is final, and arguing about it on the board will not change it.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "Removed {cs} may be discussed privately with {mods}, but not in public threads.",
            "These rules may be changed at any time, and changes will be announced at the next general meeting.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and complaints", "Tell us"),
        (
            "If you think we have got something wrong, email the newsroom rather than posting it below the story, so "
            "we can put it right quickly.",
            "Got a story from Wick, Thurso or anywhere in the county? Send it to the editor with your name and a phone "
            "number.",
            "We welcome news from your township, church or 4-H club, and photos from the county fair.",
            "Corrections are printed in the following week's edition and noted at the foot of the online article.",
            "Send us your race results and we will add them to the club news page.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Is swearing allowed?", "Keep it clean", "Write clearly"),
        (
            "No swearing, including words with letters swapped for symbols.",
            "Trini dialect is welcome, but {cs} written entirely in capitals read as shouting and may be removed.",
            "Many of our members live with aphasia, so short sentences and plain words are a kindness, and spelling "
            "mistakes are never a reason to mock anyone.",
            "Crude or sexual language will be removed, whoever it is aimed at.",
            "Text-speak and long strings of emojis make {cs} hard to read for some members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Sanctions",
            "Enforcement",
        ),
        (
            "A first breach will normally earn a private warning from {mods}.",
            "Repeated breaches lead to a temporary suspension and, after that, a permanent ban.",
            "Serious abuse, threats or illegal material will lead to an immediate ban without warning.",
            "Banned members may appeal once, in writing, to the club secretary.",
            "Losing access to the board does not affect anyone's tenancy or their membership of the residents' "
            "association.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Health and safety",
            "Safety first",
            "Is advice here safe to follow?",
            "Not a substitute for your doctor",
            "Workshop safety",
        ),
        (
            "Members share their own experience, not professional advice, so always check with your GP, stroke nurse "
            "or physiotherapist before changing medication or exercise.",
            "Remember FAST: if you see a drooping face, arm weakness or slurred speech, it is time to call 999, not to "
            "post here.",
            "Photos showing unsafe lathe work, such as no face shield or loose sleeves near the spindle, will be "
            "removed.",
            "Forge advice is given in good faith, and the group accepts no liability for burns, injury or damage "
            "arising from it.",
            "Training plans, nutrition tips and open-water advice are shared at your own risk, and you should never "
            "swim alone.",
        ),
    ),
    (  # notices and events
        ("Notices and events", "Club events", "Posting an event", "Can I put up a notice?", "Lost and found"),
        (
            "Notices of demonstrations, hammer-ins and open days are welcome; please include the date, time and place.",
            "Village events must be approved by the activities committee before they go on the board.",
            "Lost and found notices stay up for two weeks and are then taken down.",
            "Fundraising for a registered charity is allowed once a month, with the charity's number.",
            "Please take your notice down once the item is sold or the event is over.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; the rest never do.
COMMENT_WORDS_300: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_300: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as it appears mid-sentence.
MODERATORS_300: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the forum team",
    "the committee",
    "the club committee",
    "the guild committee",
    "the residents' committee",
    "the site admins",
    "our volunteer moderators",
    "the web editor",
    "the newsroom",
)

# Opening lines a site prints above its rules (placeholders filled per site).
POLICY_INTROS_300: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read these house rules before you post.",
    "This board belongs to all of us, and to keep it friendly the committee has agreed the following.",
    "By sending a {c} to this site you agree to abide by the rules below.",
    "Please take a minute to read our guidelines before you join the conversation.",
    "The following terms apply to everyone using the residents' online noticeboard.",
    "These guidelines were drawn up by members, for members.",
    "A few simple rules keep this forum a safe and welcoming place.",
)

# Closing lines a site prints below its rules.
POLICY_CLOSINGS_300: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Email the editor.",
    "Happy turning!",
    "Keep hammering, and keep it civil.",
    "Enjoy the forum, and look after each other.",
    "These rules were last reviewed at the annual general meeting.",
    "Thanks for reading, and see you at the next session.",
)

# Titles a site prints over its rules.
POLICY_TITLES_300: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms of use",
    "Rules of the board",
    "Guidelines for {cs}",
    "Terms of use",
    "Forum etiquette",
)

# British spellings used in the sentences above -> American; a site may print either.
AMERICAN_300: dict[str, str] = {
    "neighbours": "neighbors",
    "offence": "offense",
    "co-operate": "cooperate",
    "programme": "program",
    "behaviour": "behavior",
    "organise": "organize",
    "recognise": "recognize",
    "apologise": "apologize",
    "criticise": "criticize",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "licence": "license",
}

# Words a title-cased heading keeps in lower case unless they come first.
SMALL_WORDS_300: frozenset[str] = frozenset(
    {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "not", "at", "by", "with", "from"}
)

# First words of sentences above that stay capitalised after "Please note:".
PROPER_OPENINGS_300: frozenset[str] = frozenset({"Trinidad", "Trini", "Scotland's"})

# Separators a run-in heading stands before its sentence with.
RUN_IN_SEPARATORS_300: tuple[str, ...] = (": ", ". ", " \u2013 ", " - ", " \u2014 ")

# Part lines some sites print above the rules, as in a longer terms-of-use page ({n} is a section number).
SECTION_LINES_300: tuple[str, ...] = (
    "Section {n}: Use of the website",
    "Part {n} \u2013 Online forum",
    "{n}. Posting on this site",
    "Appendix {letter}: Noticeboard rules",
    "Schedule {n} \u2013 Conduct online",
)

# Sign-offs some sites print after the rules.
SIGN_OFFS_300: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Posted by Admin",
    "On behalf of the Residents' Association",
    "Forum Team",
    "Guild Secretary",
    "- Club Committee",
)

# Months, for a site's last-updated line.
MONTHS_300: tuple[str, ...] = (
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


def _roman_300(number: int) -> str:
    """``number`` (1 to 39) in Roman numerals."""
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for value, numeral in numerals:
        while number >= value:
            text += numeral
            number -= value
    return text


def _title_case_300(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_300 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_300(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` for section-numbered lists)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_roman_300(number)}.",
        "(i)": f"({_roman_300(number)})",
        "I.": f"{_roman_300(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en dash": "\u2013",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule.": f"Rule {number}.",
        "section": f"{section}.{number}",
        "clause": f"Clause {number}.",
    }[style]


def _last_updated_300(rng: random.Random) -> str:
    """A last-updated line in one of the forms these sites print dates."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2019, 2026)
    date = rng.choice(
        (
            f"{day} {MONTHS_300[month]} {year}",
            f"{MONTHS_300[month]} {day}, {year}",
            f"{day:02d}/{month + 1:02d}/{year}",
            f"{MONTHS_300[month]} {year}",
        )
    )
    return rng.choice(
        (
            f"Last updated: {date}",
            f"Updated {date}.",
            f"Revised {date}",
            f"Adopted by the committee on {date}.",
            f"These rules took effect on {date}.",
        )
    )


def _items_300(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    The site draws its word for what readers send ("comment" three times in four, otherwise a word such as post,
    reply or letter, and then never "comment") and who moderates; how many kinds of rule it prints (two to five for
    a quarter of sites, six to sixteen for the rest), in table order or shuffled; one to three sentences an item; its
    headings (none for some sites, else in sentence case, title case or capitals), standing as a part of their own
    (bare, with a stop or a colon) or run in before the first sentence after a colon, stop or dash; its list markers
    (numbers, letters, Roman numerals, bullets, dashes, "Rule 1:", section numbers, clauses) or none; and its own
    habits: a section line above the rules, a last-updated line at the top or the foot, one sentence stressed with
    "Please note:" (or "Important:") or in capitals, and a sign-off. Opening, closing and title lines are added by
    ``_furnish``."""
    singular, plural = rng.choice(COMMENT_WORDS_300 if rng.random() < 0.75 else OTHER_WORDS_300)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_300),
    }

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_300)), count)
    if rng.random() < 0.6:
        kinds.sort()

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    own_part = rng.random() < 0.55
    own_part_stop = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice(RUN_IN_SEPARATORS_300)
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a.",
            "a)",
            "(a)",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "bullet",
            "dash",
            "en dash",
            "star",
            "rule",
            "rule.",
            "section",
            "clause",
        )
    )
    section = rng.randint(2, 12)

    stressed = rng.randint(1, count) if rng.random() < 0.15 else 0  # the item with one sentence stressed, if any
    stress_with_note = rng.random() < 0.6

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_300[kind]
        chosen = rng.sample(sentences, rng.choices((1, 2, 3), weights=(0.45, 0.35, 0.2))[0])
        parts = [sentence.format(**words) for sentence in chosen]
        if number == stressed:
            if not stress_with_note:
                parts[-1] = parts[-1].upper()
            elif parts[-1].startswith("Please "):
                parts[-1] = "Important: " + parts[-1]
            elif parts[-1].split(" ", 1)[0] in PROPER_OPENINGS_300:
                parts[-1] = "Please note: " + parts[-1]
            else:
                parts[-1] = "Please note: " + parts[-1][:1].lower() + parts[-1][1:]
        heading = rng.choice(headings).format(**words)
        if heading_case == "title":
            heading = _title_case_300(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = "" if marker_style == "none" else _marker_300(marker_style, number, section) + " "
        if heading_case == "none":
            items.append(("", marker + parts[0], *parts[1:]))
        elif own_part:
            stop = "" if heading.endswith("?") else own_part_stop
            items.append((marker + heading + stop, *parts))
        else:
            separator = " " if heading.endswith("?") else run_in_separator
            items.append(("", marker + heading + separator + parts[0], *parts[1:]))

    if rng.random() < 0.15:  # a section line above the rules
        line = rng.choice(SECTION_LINES_300).format(n=section, letter=rng.choice("ABCD"))
        items.insert(0, (line, ""))
    if rng.random() < 0.2:  # a last-updated line at the top or the foot
        updated = ("", _last_updated_300(rng))
        if rng.random() < 0.4:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:  # a sign-off
        items.append(("", rng.choice(SIGN_OFFS_300)))

    intros = [intro.format(**words) for intro in POLICY_INTROS_300]
    closings = [closing.format(**words) for closing in POLICY_CLOSINGS_300]
    titles = [title.format(**words) for title in POLICY_TITLES_300]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_300)
