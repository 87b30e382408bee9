"""The ``reworded-268`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ascension Island news, Herefordshire papers, Alabama Black Belt weeklies, cyclo-cross clubs, vintage
radio societies, food allergy forums, park keepers' friends groups, ice house restorers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind: (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send, {mods} for who
# looks after the site; they are filled per site when an item is drawn.
REWORDINGS_268: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Play nice", "Courtesy costs nothing", "How should I treat other members?", "Respect"),
        (
            "Please keep it friendly: disagree with the argument, never with the person making it.",
            "We are a small island and most of us will meet at the Two Boats club or the shop in Georgetown, so write "
            "nothing you would not say to someone's face.",
            "Personal attacks, name-calling and sneering at newcomers will see your {c} removed.",
            "Treat fellow riders the way you would on the start line: firm elbows are part of the sport, rudeness "
            "is not.",
            "Robust debate is welcome; bullying and baiting are not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "What counts as hateful?", "Equality", "Offensive material"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability "
            "or age.",
            "Racist, sexist or homophobic remarks are removed on sight, however they are dressed up as a joke.",
            "This newspaper has served every family in Dallas, Perry and Marengo counties for generations, and our "
            "{cs} section is for all of them.",
            "Stirring up hatred is an offence under the Public Order Act and we will report it to the police.",
            "Anything that demeans a group of people has no place here, full stop.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Can I post someone's address?", "Keep it private", "Other people's data"),
        (
            "Do not post phone numbers, home addresses or email addresses, your own or anyone else's.",
            "Please do not name children, even your own, or post photographs in which they can be identified.",
            "Members' details in the society's register are for society business only and must never be repeated "
            "on the forum.",
            "If you share an allergy action plan, blank out the child's name, school and date of birth first.",
            "We handle personal data in line with UK GDPR; our privacy notice says how.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Looking after young members", "Who is this site for?"),
        (
            "Our under-12 and youth riders read this board too, so keep your language and your jokes fit for them.",
            "Anyone who appears to be grooming or targeting a young person will be banned and reported at once.",
            "Members must be 16 or over to register; younger volunteers may take part through a parent or guardian.",
            "If you are worried about a child's safety, contact the club welfare officer rather than posting about "
            "it here.",
            "Work parties involving under-18s are always supervised by two DBS-checked volunteers.",
            "If you think a child is at risk, call the police or social services; do not name anyone in a {c}.",
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
            "All {cs} are read by {mods} before they appear, which can take up to 24 hours.",
            "We are volunteers, so {cs} sent at the weekend may not be approved until Monday evening.",
            "Internet on the island is slow and sometimes down altogether, so please be patient if your {c} takes a "
            "while.",
            "Your first {c} is held for approval; once you are known to us, later ones go straight up.",
            "The newsroom is staffed weekdays only and {cs} are checked before each Thursday edition.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} to the subject of the article or thread; general grumbles belong in the open forum.",
            "Questions about sets, valves and restoration go in Technical; swaps and sales in the Marketplace.",
            "Threads that wander from park matters into national politics will be closed.",
            "Course reports, results queries and kit chat each have their own board, so please use the right one.",
            "If your {c} is not about the story, it will probably not be published.",
            "Letters about Hereford and the county come first; national arguments are printed as space allows.",
            "{Cs} about Black Belt matters come first; there are plenty of places online to argue about Washington.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling", "Can I promote my business?", "Commercial posts", "Links"),
        (
            "Advertising is not allowed in {cs}; to advertise, contact our sales office for a rate card.",
            "Links to shops, surveys and fundraising pages are removed unless agreed with {mods} first.",
            "Members may sell their own sets and spares in the Marketplace, but dealers must take a paid listing.",
            "Please do not recommend products as 'safe' for allergy sufferers on behalf of a company you work for or "
            "are paid by.",
            "Repeated posting of the same message, chain letters and prize draws count as spam and will be deleted.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Do I have to use my own name?", "Registration", "One account each"),
        (
            "Every {c} must carry the writer's full name and town; we do not publish anonymous letters.",
            "You may post under a screen name, but {mods} must know who you are.",
            "One account per person: sock-puppet accounts will be closed along with the original.",
            "Please use your club membership number when you register so we can confirm you.",
            "Do not pretend to be another person, a council officer or a member of the committee.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Contempt of court", "What could get us sued?", "Stay within the law"),
        (
            "Do not accuse anyone of a crime, and do not comment on court cases that are still going on.",
            "Under the laws of Ascension and St Helena, defamatory or threatening {cs} may be passed to the police.",
            "Libel law in Alabama applies to what you write here just as it does to what we print.",
            "You are legally responsible for what you post, not us.",
            "Nothing may be posted that breaks the law of England and Wales, including contempt of court and "
            "defamation.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and images", "Whose work is it?", "Quoting others", "Circuit diagrams"),
        (
            "Only post photographs you took yourself, or have the owner's permission to use.",
            "Scans of service sheets and circuit diagrams may still be in copyright; link to the source instead of "
            "copying it.",
            "By sending a {c} you allow us to publish it in print and online, and to edit it for length.",
            "Race photographs belong to the photographer; credit them and ask before using them on social media.",
            "Short quotations are fine; copying whole articles from other papers is not.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Seen something wrong?", "How do I complain?", "Flagging"),
        (
            'Use the "Report" link under any {c} you think breaks these rules and {mods} will look at it.',
            "If you see a problem, email the editor and tell us which {c} and why.",
            "Please report, don't reply: arguing back only makes the thread worse.",
            "Complaints about coverage go to the editor; we follow the IPSO Editors' Code.",
            "Concerns can also be raised with any committee member at the monthly meeting in the Friends' hut.",
        ),
    ),
    (  # discretion
        ("Editor's discretion", "The committee's decision", "Final say", "Who decides?", "Our right to edit"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on any {c} is final.",
            "{mods} may move, lock or delete threads as they see fit.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "We may change these guidelines at any time; the latest version is always on this page.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, tell us and we will put it right as quickly as we can.",
            "Got a story from Leominster, Ledbury, Ross or Kington? Call the newsdesk or email us.",
            "Corrections are printed on page two of the next edition.",
            "Results errors should be sent to the race secretary, not posted on the forum.",
            "News, photos and events from Georgetown, Two Boats and the base are always welcome for the next issue.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Write clearly"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English and avoid typing in capitals, which reads as shouting.",
            "Keep it clean: this is a family newspaper and a family forum.",
            "Text-speak and long strings of emojis make {cs} hard to read for older members.",
            "Crude language will be removed, however mud-splattered the race.",
            "Remember that your neighbors in Demopolis and Linden read this page too.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "Sanctions", "What happens if I break the rules?", "Suspensions"),
        (
            "A first breach earns a warning, a second a suspension, and a third a permanent ban.",
            "{mods} may suspend any account without notice where members are at risk.",
            "Banned members who return under a new name will be removed again without discussion.",
            "Serious breaches may lead to your club membership being reviewed under the club's disciplinary code.",
            "Repeat offenders will no longer have their {cs} published.",
        ),
    ),
    (  # safety and medical advice
        ("Safety first", "Medical advice", "Not medical advice", "Is it safe?", "Mains voltages", "Health"),
        (
            "Nothing on this forum is medical advice; always check with your GP or allergist before changing how you "
            "manage an allergy.",
            "In an emergency use the adrenaline auto-injector and call 999 straight away, then ask questions here.",
            "Old sets carry mains voltages and their capacitors can hold a lethal charge long after unplugging: if "
            "in doubt, leave it to someone qualified.",
            "Ice house chambers are confined spaces; never enter one alone or without the site leader's say-so.",
            "Always check labels yourself: recipes change, and a product that was safe last year may not be now.",
        ),
    ),
    (  # site access and heritage
        ("Site access", "Visiting the site", "Heritage and wildlife", "Can I visit?", "Listed structures"),
        (
            "The ice house is a listed structure on private land; do not post directions or gate codes.",
            "Bats roost in the chamber over winter and are protected by law, so please do not publicise visits "
            "between November and March.",
            "Park gates are locked at dusk; do not arrange meet-ups after closing time.",
            "Do not encourage others to dig, climb or remove brickwork from any site we discuss.",
            "Please respect landowners: courses are on private land by permission only.",
        ),
    ),
)

# What readers send, singular and plural; most sites say "comment", a quarter never do.
READER_WORDS_268: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site.
MODERATORS_268: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the newsroom",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the web team",
    "the admins",
    "the Friends' committee",
    "the club secretary",
)

# Opening lines printed before the items.
POLICY_INTROS_268: tuple[str, ...] = (
    "We welcome readers' views, but please read the following before you post.",
    "These house rules help keep the forum friendly and useful for everyone.",
    "By posting on this site you agree to the rules below.",
    "A few simple rules so that everyone can enjoy the discussion.",
    "Please take a moment to read our guidelines.",
    "The society's forum is open to members and guests on the following terms.",
)

# Closing lines printed after the items.
POLICY_CLOSINGS_268: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "Happy posting!",
    "Questions about these rules? Contact the editor.",
    "Thanks, and see you at the next round.",
    "These rules were agreed by the committee and are reviewed each year at the AGM.",
    "Thank you for your co-operation.",
)

# Titles printed above the policy.
POLICY_TITLES_268: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Comment policy",
    "Terms of use for the noticeboard",
    "Letters and comments policy",
    "Code of conduct",
)

# British spellings used in the sentences above -> American.
AMERICAN_268: dict[str, str] = {
    "offence": "offense",
    "publicise": "publicize",
    "co-operation": "cooperation",
    "capitals": "capital letters",
    "programme": "program",
    "organisation": "organization",
    "behaviour": "behavior",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
}

# Words that tie a sentence or line to one kind of site or one place; a site prints none of another kind's.
TAG_WORDS_268: dict[str, tuple[str, ...]] = {
    "ascension": ("Ascension", "island", "Georgetown", "Two Boats"),
    "hereford": ("Leominster", "Ledbury", "Kington", "Hereford", "Wye"),
    "alabama": ("Alabama", "Dallas, Perry", "Black Belt", "Demopolis"),
    "uk": ("England and Wales", "UK GDPR", "Public Order Act", "999", "DBS", " GP"),
    "news": (
        "newspaper",
        "the paper",
        "newsroom",
        "newsdesk",
        "edition",
        "sales office",
        "story",
        "other papers",
        "IPSO",
        "coverage",
    ),
    "club": (
        "committee",
        "Committee",
        "Members",
        "members'",
        "membership",
        "AGM",
        "Friends'",
        "society",
        "club secretary",
        "club welfare",
        "club's",
    ),
    "cycling": ("riders", "race", "Race", "round", "Course", "courses", "start line", "kit chat"),
    "radio": (" sets", "valves", "ircuit", "service sheets", "ains"),
    "allergy": ("allergy", "allergist", "auto-injector", "labels", "edical", "Health"),
    "park": ("park", "Park", "Friends'"),
    "volunteering": ("Work parties", "site leader"),
    "icehouse": ("ice house", "Ice house", "Bats", "brickwork", "chamber", "Listed"),
}

# The kinds of site in this family, each by the tags its lines may carry.
SITE_KINDS_268: tuple[frozenset[str], ...] = (
    frozenset({"ascension", "news"}),
    frozenset({"hereford", "news", "uk"}),
    frozenset({"alabama", "news"}),
    frozenset({"cycling", "club", "uk"}),
    frozenset({"radio", "club", "uk"}),
    frozenset({"allergy", "uk"}),
    frozenset({"park", "volunteering", "club", "uk"}),
    frozenset({"icehouse", "volunteering", "club", "uk"}),
)


def _fits_268(text: str, kind: frozenset[str]) -> bool:
    """Whether ``text`` carries no word tied to a kind of site or place other than ``kind``'s."""
    return not any(word in text for tag, words in TAG_WORDS_268.items() if tag not in kind for word in words)


# List markers real sites print, each a function of the item's index from 0.
ROMAN_268 = (
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
MARKERS_268 = (
    lambda n: f"{n + 1}.",
    lambda n: f"{n + 1})",
    lambda n: f"({chr(97 + n)})",
    lambda n: f"{chr(97 + n)}.",
    lambda n: f"{ROMAN_268[n]}.",
    lambda n: f"({ROMAN_268[n]})",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "*",
    lambda n: f"Rule {n + 1}:",
    lambda n: f"\u00a7{n + 1}",
    lambda n: f"3.{n + 1}",
)

# Section lines, last-updated lines and sign-offs that such sites print with their rules.
SECTION_LINES_268 = ("Section 4: Using the forum", "Part 2 - Comments and letters", "Forum etiquette", "Our rules")
UPDATED_LINES_268 = (
    "Last updated: 14 March 2024.",
    "Reviewed by the committee, October 2023.",
    "This page was last reviewed in January 2025.",
    "Updated 2 June 2025",
    "Revised at the AGM, February 2024.",
)
SIGN_OFFS_268 = ("- The Editor", "The Committee", "Hon. Secretary, on behalf of the committee", "The Mods", "Admin")


def _case_heading(heading: str, style: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if style == "title":
        small = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "as", "i"}
        words = heading.split()
        return " ".join(
            w if (i and w.lower() in small and w != "I") else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    if style == "upper":
        return heading.upper()
    return heading


def _items_268(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Per site it draws its kind (which place and which activity its lines may name),
    its word for what readers send and who moderates; how many item kinds (two to five for some sites, six to
    seventeen for most) and whether they stand in table order or shuffled; for each item a heading and one to three
    distinct sentences; the heading case (as written, title, capitals) or no headings at all; where headings stand (a
    part of their own with no stop, a stop or a colon, or run in before the first sentence after a colon, stop or
    dash); a list marker shape or none; an emphasis style for headings; and by chance a section line first, a
    last-updated line and a sign-off last. A site whose word is not "comment" prints no title or section line that
    says it."""
    kind = rng.choice(SITE_KINDS_268)
    word, words = rng.choice(READER_WORDS_268)
    mods = rng.choice([m for m in MODERATORS_268 if _fits_268(m, kind)])
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}

    def says_word(line: str) -> bool:
        return word == "comment" or "comment" not in line.lower()

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_268))
    kinds = [
        (tuple(h for h in headings if _fits_268(h, kind)) or headings, fitting)
        for headings, sentences in REWORDINGS_268
        if (fitting := tuple(s for s in sentences if _fits_268(s, kind)))
    ]
    count = min(count, len(kinds))
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        keep = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in keep]

    with_headings = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_268) if rng.random() < 0.55 else None
    marker_on_heading = rng.random() < 0.7
    emphasis = rng.choice(("", "", "", "**", "*"))
    most_sentences = rng.choice((1, 2, 3))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice([line for line in SECTION_LINES_268 if says_word(line)]), ""))
    for index, (headings, sentences) in enumerate(chosen):
        picked = [filled(s) for s in rng.sample(sentences, min(len(sentences), rng.randint(1, most_sentences)))]
        heading = ""
        asks = False
        if with_headings:
            heading = _case_heading(filled(rng.choice(headings)), case)
            asks = heading.endswith("?")
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        mark = marker(index) if marker else ""
        if heading and placement.startswith("own"):
            if placement == "own-stop" and not asks:
                heading += "."
            elif placement == "own-colon" and not asks:
                heading += ":"
            if mark and marker_on_heading:
                heading = f"{mark} {heading}"
            elif mark:
                picked[0] = f"{mark} {picked[0]}"
            items.append((heading, *picked))
        elif heading:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placement]
            if asks:
                joiner = " "
            lead = f"{heading}{joiner}{picked[0]}"
            items.append(("", f"{mark} {lead}" if mark else lead, *picked[1:]))
        else:
            if mark:
                picked[0] = f"{mark} {picked[0]}"
            items.append(("", *picked))

    if rng.random() < 0.2:
        items.append(("", rng.choice([line for line in UPDATED_LINES_268 if _fits_268(line, kind)])))
    if rng.random() < 0.15:
        items.append(("", rng.choice([line for line in SIGN_OFFS_268 if _fits_268(line, kind)])))
    intros = [filled(line) for line in POLICY_INTROS_268 if _fits_268(line, kind)]
    closings = [line for line in POLICY_CLOSINGS_268 if _fits_268(line, kind)]
    titles = [line for line in POLICY_TITLES_268 if says_word(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_268)
