"""The ``reworded-255`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Lucia news, Hebrides crofting papers, Minnesota iron-range weeklies, ultimate frisbee clubs,
woodcarvers' societies, hearing loss forums, retirement village committees, horse-drawn omnibus restorers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each ``(headings, sentences)``. ``{c}``/``{cs}`` is the site's word for what readers send
# (``{C}``/``{Cs}`` capitalised) and ``{mods}`` who looks after the site; a site fills them once.
REWORDINGS_255: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Respect other members",
            "Play the ball, not the person",
            "How should I disagree with someone?",
            "Courtesy",
        ),
        (
            "Disagree as much as you like, but do it with the courtesy you would show a neighbour over the garden "
            "wall.",
            "Personal attacks, name-calling and sneering at other readers will be removed.",
            "Criticise the argument, never the person making it.",
            "Remember there is a real person, often a fellow member, reading every {c} you write.",
            "If you would not say it at the AGM with everyone listening, please do not post it here.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Is anything off limits?",
            "Treat everyone fairly",
            "Racism and prejudice",
        ),
        (
            "{Cs} that attack people for their race, religion, nationality, disability, age, sex or sexuality will not "
            "be published.",
            "Jokes at the expense of deaf or hard of hearing people have no place on a forum built for them.",
            "We will not carry anything that stirs up hatred against islanders, incomers, migrants or any other group.",
            "Slurs are removed even when they are meant as a joke or quoted from somebody else.",
            "Stereotypes about any island, township or community are not welcome here.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I post someone's address or phone number?",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email or flat number, including your own.",
            "Please do not name residents, staff or their families in a {c} without their permission.",
            "Photographs of children at tournaments may only be shared with a parent's consent.",
            "Details of another member's hearing, health or medication are theirs to share, not yours.",
            "Anything we hold about you is handled under the Data Protection Act and our privacy notice.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young and vulnerable people",
            "Junior members",
            "What if I am worried about someone?",
            "Looking out for each other",
        ),
        (
            "Adults must not send private messages to junior players; all contact goes through a parent or coach.",
            "If a {c} makes you think someone is at risk, tell {mods} at once rather than replying.",
            "Any concern about the welfare of a resident should go to the village manager, not on the noticeboard.",
            "The club follows the national governing body's safeguarding policy, and our welfare officer can be "
            "reached through the contact page.",
            "Where a life may be in danger, call the emergency services first and tell us afterwards.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Delays",
            "Pre-moderation",
            "When will my {c} go live?",
            "Waiting for approval",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay.",
            "We are a small newsroom in Castries and do not moderate overnight or on public holidays.",
            "{Cs} sent on a Friday after the paper goes to press may not appear until Monday.",
            "The forum is run by volunteers, so please allow up to two days for your first {c} to be approved.",
            "When the ferries are off and the office is short-staffed, approvals can take longer than usual.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Is my {c} relevant?", "Relevance"),
        (
            "Please keep each {c} to the subject of the article or thread you are replying to.",
            "Threads about hat tournaments are not the place to reopen last season's league dispute.",
            "General chat belongs in the Tea Room section, not in the tool questions.",
            "{Cs} that drift away from the story may be moved or removed.",
            "If you want to start a new discussion, open a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise here?",
            "Buying, selling and swaps",
            "Commercial posting",
        ),
        (
            "Advertising, chain letters and repeated links to your own business will be removed without warning.",
            "Members may list carving tools, blanks and timber for sale in the Marketplace section only.",
            "Hearing aid dealers and clinics may not promote their services on the forum.",
            "Members organising raffles, coffee mornings or bus trips must have their notices approved by the Social "
            "Committee.",
            "Livestock, feed and croft machinery belong in the classifieds, not in a {c} under a news story.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Use your real name", "Can I post anonymously?", "One account each", "Usernames"),
        (
            "Please sign every {c} with your full name and the township or village you live in.",
            "We prefer real names, but a consistent username is acceptable if you register an email with us.",
            "One account per person; members found running extra accounts will lose all of them.",
            "Do not pretend to be another person, a club officer or a member of staff.",
            "Letters to the editor must include a name, address and daytime phone number, though only the name and "
            "town are printed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it legal?", "Court cases", "Libel and contempt"),
        (
            "Do not post anything defamatory, threatening or that breaks the laws of Saint Lucia.",
            "Do not speculate about the guilt of anyone charged with an offence while their case is before the court.",
            "Under Scots law we are responsible for what appears here, and contempt of court rules apply to every {c}.",
            "Minnesota law on harassment and defamation applies online just as it does on Main Street in Hibbing.",
            "You are legally responsible for what you write, and we will co-operate with the police if asked.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share a photo?",
            "Quoting and copying",
            "Pictures and plans",
        ),
        (
            "Only upload photographs, plans and drawings you took or made yourself, or have permission to use.",
            "Short quotes are fine with a link to the source; whole articles copied from other papers are not.",
            "Patterns from carving books remain the author's copyright, so describe them rather than scanning them.",
            "By sending us a {c} you allow us to publish it online and in print, edited for length.",
            "Archive photographs of omnibuses and liveries belong to the museums and collectors who hold them; "
            "credit them every time.",
        ),
    ),
    (  # reporting
        ("Reporting problems", "Report a {c}", "How do I report something?", "Flagging", "Seen something wrong?"),
        (
            "Use the report link under any {c} you think breaks these rules, and {mods} will look at it.",
            "Please report rather than reply; arguing back only makes a thread harder to clean up.",
            "For anything urgent, email the newsroom and put REPORT in the subject line.",
            "Complaints about a notice on the board can be left in the committee's pigeonhole in the library.",
            "Reports are read in confidence and we will not tell the other member who made them.",
        ),
    ),
    (  # discretion
        (
            "Editor's decision",
            "The committee's decision",
            "Our discretion",
            "Who decides?",
            "Final say",
            "Why was my {c} removed?",
        ),
        (
            "The editor's decision on what is published is final, and we do not enter into correspondence about it.",
            "{mods} may edit, shorten or remove any {c} without giving a reason.",
            "The Residents' Committee reserves the right to take down any notice it considers unsuitable.",
            "We publish a selection of {cs} and cannot print them all.",
            "Decisions are made by volunteers doing their best, so please be patient with us.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Tell us about it",
            "Corrections and news tips",
        ),
        (
            "If you spot an error in one of our reports, email the editor rather than pointing it out in a {c}.",
            "We correct mistakes promptly and say so at the foot of the article.",
            "Have a story from Lewis, Harris, the Uists or Barra? Get in touch with the newsroom.",
            "News of a club result, an exhibition or an outing is always welcome for the newsletter.",
            "Tips about something happening in Virginia, Eveleth or elsewhere on the Range can be sent in confidence.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which language may I use?", "Keep it clean", "Gaelic and English"),
        (
            "No swearing or crude language, including words with letters replaced by asterisks.",
            "{Cs} may be written in English or in Gaelic.",
            "You are welcome to write in Kwéyòl as well as English, but please keep the same standard of courtesy.",
            "Please avoid writing in capitals, which reads as shouting, and keep abbreviations to a minimum.",
            "Plain language helps members who read with captions or a screen reader.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Unacceptable behaviour",
            "Consequences",
        ),
        (
            "A first breach earns a warning; a second, a suspension; a third, a permanent ban.",
            "Members who repeatedly break these rules will be barred from posting without further notice.",
            "{mods} may suspend an account straight away for threats, hate or spam.",
            "A resident who keeps putting up unsuitable notices may be asked to send them through the committee "
            "instead.",
            "Spirit of the Game applies off the field too, and the club may withdraw membership for serious abuse.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Can I trust advice here?",
            "Health and safety",
            "Take care",
        ),
        (
            "Members share their own experience of hearing aids and implants, but nothing here replaces your "
            "audiologist or doctor.",
            "Sudden hearing loss is a medical emergency: see a doctor the same day rather than asking the forum.",
            "Nothing posted here is professional advice, and {mods} cannot check every tip, so ask a qualified person "
            "before you act on it.",
            "Advice on sharpening, knives and power carvers is given in good faith; always follow the maker's "
            "instructions and wear a cut-resistant glove.",
            "Working with horses and old vehicles is dangerous, and no {c} here is a substitute for proper training "
            "or a qualified wheelwright.",
        ),
    ),
    (  # elections and campaigning
        ("Elections", "Campaigning", "Political {cs}", "Can I campaign here?", "Candidates"),
        (
            "During election campaigns, {cs} from candidates and their agents must say who they are.",
            "We will not publish {cs} that repeat claims about a candidate that cannot be checked.",
            "Canvassing for the committee elections is not allowed on the noticeboard.",
            "The club is not a place for party politics; keep it to frisbee.",
            "Letters about the council or the Crofting Commission are welcome, but keep to the facts.",
        ),
    ),
)

# What readers send, singular and plural: "comment" for three sites in four, another word for the rest.
READER_WORDS_255: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after each site, as it would appear mid-sentence.
MODERATORS_255: tuple[str, ...] = (
    "the editors",
    "our moderators",
    "the newsroom team",
    "the committee",
    "the club committee",
    "the forum team",
    "the volunteer moderators",
    "the Residents' Committee",
    "the trustees",
    "the admins",
    "the editor",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_255: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers at home and across the diaspora, within a few simple rules.",
    "By sending us a {c} you agree to the following.",
    "These rules were agreed by the committee and apply to everyone who uses the board.",
    "This forum is run by volunteers, and a few rules keep it a friendly place for everyone.",
    "Our members range from beginners to master carvers; these rules help everyone feel at home.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_255: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can go to {mods} through the contact page.",
    "These rules may be changed at any time without notice.",
    "Tapadh leibh - thank you.",
    "Happy carving!",
    "See you on the field.",
    "Thank you for your co-operation.",
)

# Title lines a site prints above its rules.
POLICY_TITLES_255: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Community guidelines",
    "Rules for {cs}",
    "Before you post",
    "Our {c} guidelines",
)

# British spellings used in the tables above, and how an American-spelling site prints them.
AMERICAN_255: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "behaviour": "behavior",
    "offence": "offense",
    "organising": "organizing",
    "co-operat": "cooperat",
}

# Section lines some sites print above their rules.
SECTION_LINES_255: tuple[str, ...] = (
    "Section 4: Online {cs}",
    "Part B - Website and noticeboard",
    "Appendix 2: Forum rules",
    "3. Code of conduct",
    "Community standards",
)
# Last-updated lines, printed above or below the rules; filled with a drawn day, month and year.
UPDATED_LINES_255: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Revised by the committee, {month} {year}",
    "Updated {month} {year}.",
    "Agreed at the AGM, {month} {year}",
    "Effective {month} {day}, {year}",
)
# Sign-offs some sites print under their rules.
SIGN_OFFS_255: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Signed on behalf of the Residents' Association",
    "The Admin Team",
    "Tapadh leibh, the editor",
    "Club Secretary",
)
# Month names for the last-updated lines.
MONTHS_255: tuple[str, ...] = (
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

# Marker shapes a site prints before an item, each named by its first item's marker (``_marker_255`` numbers them).
MARKER_STYLES_255: tuple[str, ...] = (
    "none",
    "none",
    "none",
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "bullet",
    "dash",
    "star",
    "Rule 1:",
    "section",
    "paragraph",
)
# Words title case leaves small.
SMALL_WORDS_255 = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at", "not"))


# The kinds of sites, each with the words (as written in the tables, case kept) that tie a line to it: a site prints
# no line that names another kind's places, laws, pastimes or people.
SITE_KINDS_255: dict[str, tuple[str, ...]] = {
    "Saint Lucia news": ("Saint Lucia", "Castries", "Kwéyòl", "diaspora"),
    "Hebrides crofting paper": (
        "Scots",
        "Gaelic",
        "Lewis",
        "Uists",
        "Barra",
        "Crofting",
        "croft",
        "ferries",
        "township",
        "Tapadh",
    ),
    "Minnesota iron-range weekly": ("Minnesota", "Hibbing", "Range", "Virginia", "Eveleth"),
    "ultimate frisbee club": (
        "frisbee",
        "tournament",
        "Spirit of the Game",
        "junior players",
        "coach",
        "field",
        "governing body",
    ),
    "woodcarvers' society": ("carving", "carver", "sharpening", "Tea Room", "timber", "tool"),
    "hearing loss forum": ("hearing", "Hearing", "deaf", "audiologist", "tinnitus", "captions", "implants"),
    "retirement village committee": (
        "resident",
        "Residents",
        "village manager",
        "noticeboard",
        "Noticeboard",
        "flat number",
        "Social Committee",
        "pigeonhole",
    ),
    "horse-drawn omnibus restorers": ("omnibus", "horses", "wheelwright", "liveries", "restoration"),
}


# Words only a newspaper prints, and words only a club, society, forum or committee prints.
NEWSPAPER_KINDS_255 = frozenset(("Saint Lucia news", "Hebrides crofting paper", "Minnesota iron-range weekly"))
NEWSPAPER_WORDS_255: tuple[str, ...] = (
    "newsroom",
    "editor",
    "Editor",
    "paper",
    "press",
    "story",
    "article",
    "reports",
    "print",
    "candidate",
)
MEMBERSHIP_WORDS_255: tuple[str, ...] = (
    "forum",
    "club",
    "member",
    "Member",
    "committee",
    "Committee",
    "AGM",
    "volunteer",
    "thread",
    "newsletter",
    "trustees",
    "board",
)

# Words one kind of site never prints although no other kind owns them (British law on an American paper).
NEVER_PRINTED_255: dict[str, tuple[str, ...]] = {"Minnesota iron-range weekly": ("Data Protection Act",)}


def _at_home_255(lines: tuple[str, ...], site_kind: str, *, fallback: bool = True) -> list[str]:
    """The ``lines`` a site of ``site_kind`` could print: those naming no other kind's words, nor a club's words on a
    newspaper, a newspaper's words elsewhere, nor words the kind never prints (all of them if none is left and
    ``fallback``)."""
    foreign = [word for kind, words in SITE_KINDS_255.items() if kind != site_kind for word in words]
    foreign += MEMBERSHIP_WORDS_255 if site_kind in NEWSPAPER_KINDS_255 else NEWSPAPER_WORDS_255
    foreign += NEVER_PRINTED_255.get(site_kind, ())
    kept = [line for line in lines if not any(word in line for word in foreign)]
    return kept if kept or not fallback else list(lines)


def _roman_255(number: int) -> str:
    """``number`` in lower-case roman numerals (enough for a policy's items)."""
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    text = ""
    for value, letters in numerals:
        while number >= value:
            text += letters
            number -= value
    return text


def _marker_255(style: str, number: int, section: int) -> str:
    """The marker of item ``number`` (from 1) in ``style``; ``section`` is the site's section number."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    return {
        "none": "",
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_255(number)}.",
        "(i)": f"({_roman_255(number)})",
        "I.": f"{_roman_255(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "Rule 1:": f"Rule {number}:",
        "section": f"{section}.{number}",
        "paragraph": f"\u00a7{number}",
    }[style]


def _title_case_255(text: str) -> str:
    """``text`` in title case, leaving small words small except the first."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_255) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_255(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its kind (and so prints no line naming another kind's places or
    pastimes), its word for what readers send ("comment" three times in four, otherwise post, message, reply,
    contribution, letter or note) and who moderates; how many kinds it prints (two to five for one site in five,
    otherwise six to sixteen), in table order or shuffled; for each item one to three sentences; its heading case
    (sentence, title, capitals) or no headings; whether a heading stands as a part of its own (bare, with a stop or with
    a colon) or runs in before the first sentence after a colon, stop or dash; a list marker (numbers, letters, roman
    numerals, bullets, dashes, stars, "Rule 1:", section numbers, section signs) or none; an emphasis habit (starred
    headings, a "Please note:" sentence, NOT in capitals); and, by chance, a section line above, a last-updated line
    above or below and a sign-off. ``_furnish`` then adds its opening, closing and title lines, American spelling and
    curly quotes."""
    site_kind = rng.choice(sorted(SITE_KINDS_255))
    if rng.random() < 0.75:
        singular, plural = "comment", "comments"
    else:
        singular, plural = rng.choice(READER_WORDS_255)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(_at_home_255(MODERATORS_255, site_kind)),
    }

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    at_home = [
        (_at_home_255(headings, site_kind), _at_home_255(sentences, site_kind))
        for headings, sentences in REWORDINGS_255
        if _at_home_255(sentences, site_kind, fallback=False)
    ]
    count = min(rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16), len(at_home))
    if rng.random() < 0.5:
        kinds = rng.sample(at_home, count)
    else:
        kept = sorted(rng.sample(range(len(at_home)), count))
        kinds = [at_home[index] for index in kept]
    most_sentences = rng.choice((1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker_style = rng.choice(MARKER_STYLES_255)
    section = rng.randint(2, 12)
    emphasis = rng.choice(("none", "none", "none", "stars", "please note", "not in capitals"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 ", "\u2014"))

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        picked = [
            fill(sentence) for sentence in rng.sample(sentences, min(rng.randint(1, most_sentences), len(sentences)))
        ]
        if emphasis == "please note" and rng.random() < 0.2:
            picked[0] = "Please note: " + picked[0]
        if emphasis == "not in capitals":
            picked = [sentence.replace(" not ", " NOT ") for sentence in picked]
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_255(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if emphasis == "stars":
                heading = f"**{heading}**"
        marker = _marker_255(marker_style, number, section)
        if heading and heading_place.startswith("run") and marker.endswith(":"):
            marker = marker[:-1] + "."
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                picked[0] = f"{marker} {picked[0]}"
        if not heading:
            items.append(("", *picked))
        elif heading_place.startswith("run"):
            if heading.rstrip("*").endswith("?"):
                joiner = " "
            else:
                joiner = {"run colon": ": ", "run stop": ". ", "run dash": dash}[heading_place]
            items.append(("", heading + joiner + picked[0], *picked[1:]))
        else:
            if heading_place == "own stop" and not heading.rstrip("*").endswith("?"):
                heading += "."
            elif heading_place == "own colon" and not heading.rstrip("*").endswith("?"):
                heading += ":"
            items.append((heading, *picked))

    if rng.random() < 0.15:
        items.insert(0, (fill(rng.choice(_at_home_255(SECTION_LINES_255, site_kind))), ""))
    if rng.random() < 0.25:
        updated = rng.choice(_at_home_255(UPDATED_LINES_255, site_kind)).format(
            day=rng.randint(1, 28), month=rng.choice(MONTHS_255), year=rng.randint(2012, 2025)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_at_home_255(SIGN_OFFS_255, site_kind))))

    intros = [fill(line) for line in _at_home_255(POLICY_INTROS_255, site_kind)]
    closings = [fill(line) for line in _at_home_255(POLICY_CLOSINGS_255, site_kind)]
    titles = [fill(line) for line in _at_home_255(POLICY_TITLES_255, site_kind)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_255)
