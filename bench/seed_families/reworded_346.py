"""The ``reworded-346`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Scalpay community pages, Borrowdale papers, Gunnison weeklies, hand bell ringing teams, felting and
sashiko groups, CRPS and vestibular disorder forums, Tahoe shore residents' panels, Teton valley heritage friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each item kind as (headings, sentences): five or six headings, some of them questions, and five sentences in the
# voice of island community pages, Lakeland and Colorado weeklies, ringing teams, craft groups, patient forums,
# lakeshore residents' panels and valley heritage friends. {c} {cs} {C} {Cs} are the site's word for what readers
# send (singular, plural, capitalised) and {mods} ({Mods}) is whoever looks after the site; all filled per site.
REWORDINGS_346: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be kind",
            "Respect each other",
            "Civility",
            "Courtesy and respect",
            "How should I treat other members?",
            "Play the ball, not the person",
        ),
        (
            "Treat everyone here as you would a neighbour over the garden wall: disagree if you must, but do it "
            "politely.",
            "Personal attacks, name-calling and sneering at other people's {cs} will be removed, however strongly "
            "you feel.",
            "Many of our members live with pain every day, so please assume good faith and go gently with one another.",
            "Criticise the idea, not the person who put it forward.",
            "This is a small place and we will all meet again at the shop, the pier or the hall, so write nothing "
            "here you would not say to someone's face.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "What counts as hate speech?",
            "Bigotry",
            "Equality and respect",
        ),
        (
            "{Cs} that attack people for their race, religion, disability, sex, sexual orientation or gender "
            "identity will be deleted without warning.",
            'That includes "jokes", coded language and links to material that does the same.',
            'Incomers, visitors and seasonal workers are all welcome here; running down "tourists", "flatlanders" or '
            '"second-homers" as a group is not on.',
            "Slurs are not allowed in any language, Gaelic and English included.",
            "Mocking people with invisible illnesses, or suggesting their symptoms are imagined, has no place on "
            "this forum.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Can I share someone's address or phone number?",
            "Keep it private",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email address or car registration, and think "
            "carefully before posting your own.",
            "Please do not name children, patients or neighbours without their permission.",
            "Think twice before posting photographs of people's houses, boats or vehicles; in a place this size "
            "they are easily recognised.",
            "Your medical records, claim numbers and the name of your consultant are yours to share or not, and "
            "nobody should press you for them.",
            "If you mention a property on the lakeshore, describe the area rather than giving the parcel number or "
            "street address.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping young ringers safe",
            "What if I am worried about someone?",
            "Protecting members",
            "Welfare",
        ),
        (
            "Our teams include junior ringers, and nobody may contact a member under 18 privately through this site.",
            "If you believe someone is at risk of harm, call the police on 999, or 101 if it is not an emergency, "
            "rather than posting about it here.",
            "If a member writes that they are thinking of harming themselves, please alert {mods} straight away; in "
            "the US the 988 Suicide and Crisis Lifeline is open day and night.",
            "Please do not post photographs of children taken at workshops, rallies or open days unless a parent or "
            "guardian has agreed.",
            "Worries about a member's welfare can be raised in confidence with the group's safeguarding officer.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} be published?",
            "Approval of {cs}",
            "Delays",
        ),
        (
            "Every {c} is read by a volunteer before it appears, so please allow up to 48 hours.",
            "This site is run by volunteers with jobs, crofts and families, and a {c} sent at the weekend may not "
            "be approved until Monday.",
            "The first {c} from a new account is always held for review; after that most will appear straight away.",
            "{Cs} containing links are held automatically and released once they have been checked by {mods}.",
            "We do not approve {cs} while the office is closed, which includes public holidays and the week of the "
            "county fair.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "What can I post about?",
            "Please stay on the thread",
        ),
        (
            "Keep your {cs} to the subject of the article or the thread you are replying in.",
            "Questions about fibres, stitches, patterns and dyes are welcome; national politics is not what this "
            "group is for.",
            "Long-running arguments about the ferry, the bridge or the council belong in their own thread, not "
            "under every notice.",
            "If you want to raise something new, please start a new thread rather than taking over someone else's.",
            "{Mods} may move a {c} to a more suitable section without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and self-promotion",
            "Can I promote my shop or workshop?",
            "Commercial posts",
            "Links and promotion",
        ),
        (
            "Advertising is not permitted, apart from members' own handmade work in the monthly Sales and Swaps "
            "thread.",
            "Repeated links to your own blog, shop, Etsy page or YouTube channel will be treated as spam.",
            "Holiday lets, short-term rentals and property for sale may not be advertised here; please contact our "
            "advertising department.",
            'Supplements, devices and "miracle cures" offered for sale will be removed and the account closed.',
            "Concerts, rallies and ringing days may be announced once, in the Events section, by the team "
            "organising them.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames and accounts",
            "Real names",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "Anything intended for the printed paper must carry your full name and the village or township where "
            "you live.",
            "You may use a nickname, but you may not pretend to be another person, a business or an official body.",
            "One account per person; second accounts set up to agree with yourself will be closed.",
            "Your display name must not contain a web address, a phone number or anything offensive.",
            "We need a working email address to register you, but it is never shown to other members.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Is anything off limits legally?",
            "Libel and contempt",
            "Legal responsibility",
        ),
        (
            "You are legally responsible for what you post, and under the Defamation Act 2013 that means you "
            "personally.",
            "Do not write about the guilt or innocence of anyone who has been charged; the Contempt of Court Act "
            "1981 applies to readers as well as to the paper.",
            "Allegations of crime against a named person will not be published unless they have been proven in court.",
            "Section 230 may protect the site, but it does not protect you, and false statements of fact about "
            "named people will come down.",
            "Nothing may be posted that breaks the law of Scotland, including threats and anything that could "
            "identify the victim of a sexual offence.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and patterns",
            "Whose work is it?",
            "Can I share a pattern I bought?",
            "Credit and permission",
            "Intellectual property",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and credit the maker of any piece "
            "you show.",
            "Paid patterns, charts and workshop handouts must not be shared in full; link to the designer instead.",
            "Traditional sashiko and hitomezashi designs belong to everyone, but a particular designer's chart or "
            "kit is still their copyright.",
            "Quoting a few lines of an article is fine; pasting the whole of it is not.",
            "Most handbell arrangements are still in copyright, so please do not upload scanned scores.",
        ),
    ),
    (  # reporting
        ("Reporting", "How do I report a {c}?", "Flag it", "Report a problem", "Seen something wrong?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
            "Please do not feed the trolls: report them and move on.",
            "You can also email {mods} at the address in the footer, with a link to the {c} and a line on why.",
            "Complaints about our journalism go to the editor and, if they are not resolved, to IPSO.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editorial discretion",
            "The committee's decision is final",
            "Can {mods} remove my {c}?",
            "Right to remove",
            "Editing",
        ),
        (
            "{Mods} may edit, decline or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean we agree with it.",
            "We may shorten anything sent to us for length and correct obvious spelling mistakes.",
            "Decisions are made by the committee as a whole and are final.",
            "We would rather close a thread than let it sour the valley, and now and then that is what we will do.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Did we get something wrong?", "Tell us"),
        (
            "If you think we have got something wrong, please email the newsroom rather than correcting us in a {c}.",
            "We correct errors of fact promptly and say so at the foot of the article.",
            "News tips, photographs and notices of events are welcome at the office on Main Street or by email.",
            "Corrections to the heritage record, such as dates, names and homestead locations, go to the archive "
            "volunteers, who will check them against the sources.",
            "Please do not announce a death in a {c}; the family or the funeral director will be in touch with us.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Watch your language",
            "Is swearing allowed?",
            "Keep it clean",
            "Shouting and text speak",
        ),
        (
            "Please keep your language clean; this is a family site and it is read by our young ringers.",
            "Swear words with letters replaced by asterisks are still swear words.",
            "Writing in capital letters reads as shouting, and it is hard going for members with vestibular symptoms.",
            "{Cs} are welcome in English or in Gaelic.",
            "Please break up long walls of text; paragraphs help members who struggle with screens and brain fog.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspension",
            "Enforcement",
            "Consequences",
        ),
        (
            "A first breach will normally earn a private warning from {mods}.",
            "After a second breach your {cs} will be held for approval; after a third you will be banned.",
            "Serious breaches, including threats and hate speech, lead to an immediate and permanent ban.",
            "Bans apply to the person, not the account, and new accounts set up to get round them will be removed.",
            "You may appeal a ban once, in writing, to the chair of the committee.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Can I give treatment advice?",
            "Health information",
            "Safety",
            "Sharing experience, not prescriptions",
        ),
        (
            "Members share personal experience only; nothing here is medical advice, and you should speak to your "
            "own doctor or physiotherapist before changing your treatment.",
            "Never tell another member to stop or change their medication.",
            "You are welcome to describe a repositioning manoeuvre that helped you, but please say which one and "
            "that it was shown to you by a clinician.",
            "Ketamine, nerve blocks and spinal cord stimulators can be discussed, but not sold, sourced or "
            "arranged here.",
            "For avalanche, lake and wildfire conditions, always check the official sources rather than relying "
            "on a neighbour's {c}.",
        ),
    ),
    (  # campaigning and elections
        (
            "Elections",
            "Campaigning",
            "Political posts",
            "Can candidates post?",
            "During the election period",
            "Endorsements",
        ),
        (
            "Candidates for the board, the county or the Tahoe Regional Planning Agency may take part, but must "
            "say who they are.",
            "During an election period we will not publish anything from candidates or their campaign teams.",
            "Paid political messages must go through the advertising department and be labelled as such.",
            "Please keep debate about planning applications to the facts of the application.",
            "Petitions and calls to lobby the county commissioners belong in the Campaigns section, not in every "
            "thread.",
        ),
    ),
)

# The site's word for what readers send, singular and plural; most sites say "comment", the rest never do.
COMMENT_WORD_346: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_346: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as the sentences name them (lower case; capitalised where a sentence starts).
MODERATORS_346: tuple[str, ...] = (
    "the moderators",
    "the moderation team",
    "the editor",
    "the editors",
    "the committee",
    "the admins",
    "the forum team",
    "the web team",
    "our volunteers",
    "the panel's moderators",
    "the trustees",
    "the team organisers",
)

# Opening lines a site may print before the rules (placeholders filled per site).
POLICY_INTROS_346: tuple[str, ...] = (
    "Please read these house rules before you send your first {c}.",
    "We want this to be a friendly place for everyone who loves the island, so we ask everyone to follow a few "
    "simple rules.",
    "These guidelines were agreed by the committee and apply to every {c} on the site.",
    "By posting here you agree to the following.",
    "A few ground rules, so the conversation stays worth having.",
    "This forum exists so that people living with CRPS and vestibular conditions can support one another, and to "
    "keep it safe we ask all members to follow these guidelines.",
    "We welcome {cs} from readers in the valley and beyond, on these terms.",
)

# Closing lines a site may print after the rules (placeholders filled per site).
POLICY_CLOSINGS_346: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly corner of the web.",
    "Tapadh leibh, and thank you for reading.",
    "Questions about these rules? Write to {mods} through the Contact page.",
    "These guidelines may be updated from time to time, and the current version always applies.",
    "Happy ringing!",
    "Happy stitching, and thank you for being part of the group.",
    "See you on the shore.",
)

# Titles a site may print above the rules (placeholders filled per site).
POLICY_TITLES_346: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard rules",
    "Guidelines for {cs}",
    "Terms of participation",
    "Group rules",
    "Residents' panel ground rules",
    "Friends' discussion board: terms of use",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_346: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "recognised": "recognized",
    "organisers": "organizers",
    "organising": "organizing",
    "manoeuvre": "maneuver",
    "offence": "offense",
    "fibres": "fibers",
    "labelled": "labeled",
}

# Section lines a site may print to split its rules in two (the first before the first item, the second midway).
SECTION_PAIRS_346: tuple[tuple[str, str], ...] = (
    ("Behaviour", "Content"),
    ("The basics", "The small print"),
    ("Being part of the group", "How we moderate"),
    ("Section A: Conduct", "Section B: Moderation"),
    ("Part 1 - Posting", "Part 2 - Our responsibilities"),
)

# Sign-off lines a site may print under its rules ({Mods}: who looks after the site, capitalised, filled per site).
SIGN_OFFS_346: tuple[str, ...] = (
    "\u2014 {Mods}",
    "{Mods}, on behalf of the trustees",
    "Scalpay Community Association committee",
    "The Editor",
    "Thanks, {Mods}",
)

# Months for last-updated lines.
MONTHS_346: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Small words kept in lower case inside a title-cased heading.
SMALL_WORDS_346: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)

# Roman numeral values and letters, largest first, for rules numbered i, ii, iii ...
_ROMAN_346: tuple[tuple[int, str], ...] = (
    (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def _roman_346(number: int) -> str:
    """``number`` as a lower-case roman numeral (rules never run past the thirties)."""
    numeral = ""
    for value, letters in _ROMAN_346:
        while number >= value:
            numeral += letters
            number -= value
    return numeral


# List markers real sites print before each rule, as functions of the rule's number (from 1) and a section number.
MARKERS_346: tuple = (
    lambda n, s: f"{n}.",
    lambda n, s: f"{n})",
    lambda n, s: f"({n})",
    lambda n, s: f"{chr(96 + n)})",
    lambda n, s: f"({chr(96 + n)})",
    lambda n, s: f"{chr(64 + n)}.",
    lambda n, s: f"{_roman_346(n)}.",
    lambda n, s: f"({_roman_346(n)})",
    lambda n, s: f"{_roman_346(n).upper()}.",
    lambda n, s: "\u2022",
    lambda n, s: "*",
    lambda n, s: "-",
    lambda n, s: "\u2013",
    lambda n, s: f"Rule {n}:",
    lambda n, s: f"Rule {n} \u2013",
    lambda n, s: f"\u00a7{n}",
    lambda n, s: f"{s}.{n}",
    lambda n, s: f"#{n}",
)


def _title_case_346(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (after the first)."""
    words = heading.split(" ")
    return " ".join(
        word if i and word in SMALL_WORDS_346 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _capitalised_346(text: str) -> str:
    """``text`` with its first letter in capitals (placeholders may open a sentence in lower case)."""
    return text[:1].upper() + text[1:]


def _items_346(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" three times in four,
    otherwise post, message, reply, contribution, letter or note, and then never "comment") and who moderates it;
    how many items (two to five for one site in five, six to sixteen for the rest), taken in table order or
    shuffled; at most one to three sentences an item; its heading case (as written, title case, capitals) or no
    headings, and whether a few items go without; where headings stand (a part of their own, bare or with a stop
    or colon, or run in before the first sentence after a colon, stop or dash, a question heading by a space),
    wrapped in bold or italic marks now and then, or printed as "Q:" with an "A:" answer; a list marker (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section signs or numbers, hashes) or none, and bullets
    before each sentence under own-part headings on some sites; then its own habits by chance: two section lines,
    a last-updated line at the top or foot, a sign-off line. The opening, closing and title lines, American
    spelling and curly quotes are left to ``_furnish``."""
    singular, plural = COMMENT_WORD_346 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_346)
    moderators = rng.choice(MODERATORS_346)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators.capitalize(),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = sorted(rng.sample(range(len(REWORDINGS_346)), count))
    if rng.random() < 0.4:
        rng.shuffle(kinds)
    most_sentences = rng.choice((1, 2, 2, 3))

    case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    headless_share = rng.choice((0.0, 0.0, 0.15))
    placement = rng.choice(("own", "own", "run-in"))
    stop = rng.choice(("", ".", ":")) if placement == "own" else rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    emphasis = rng.choice(("", "", "", "**", "*"))
    faq = case != "none" and rng.random() < 0.1
    marker = rng.choice(MARKERS_346) if rng.random() < 0.65 else None
    section_number = rng.randint(1, 9)
    sentence_bullet = (
        rng.choice(("\u2022 ", "- ", "\u2013 ", "* ")) if placement == "own" and rng.random() < 0.2 else ""
    )

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_346[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most_sentences)))
        parts = [_capitalised_346(sentences[i].format(**fill)) for i in picked]
        parts = [sentence_bullet + part for part in parts]
        heading = ""
        if case != "none" and rng.random() >= headless_share:
            heading = _capitalised_346(rng.choice(headings).format(**fill))
            heading = (
                _title_case_346(heading) if case == "title" else heading.upper() if case == "capitals" else heading
            )
            if faq and heading.endswith("?"):
                heading, parts[0] = "Q: " + heading, "A: " + parts[0].removeprefix(sentence_bullet)
        label = marker(number, section_number) + " " if marker else ""
        if not heading:
            first = parts[0].removeprefix(sentence_bullet) if label else parts[0]
            items.append(("", label + first, *parts[1:]))
        elif placement == "own":
            ending = "" if heading.endswith("?") else stop
            heading = f"{emphasis}{heading}{ending}{emphasis}" if emphasis else heading + ending
            items.append((label + heading, *parts))
        else:
            joint = " " if heading.endswith("?") else stop
            if not emphasis:
                shown = heading + joint
            elif joint.strip() in ("", ":", "."):  # a stop or colon stands inside the marks, a dash outside them
                shown = f"{emphasis}{heading}{joint.strip()}{emphasis} "
            else:
                shown = f"{emphasis}{heading}{emphasis}{joint}"
            first = parts[0].removeprefix(sentence_bullet)
            items.append(("", label + shown + first, *parts[1:]))

    if len(items) >= 6 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_PAIRS_346)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2026)
        updated = rng.choice(
            (
                f"Last updated {day} {MONTHS_346[month - 1]} {year}",
                f"Last updated: {MONTHS_346[month - 1]} {day}, {year}",
                f"Updated {month:02d}/{day:02d}/{year}",
                f"Revised {MONTHS_346[month - 1]} {year}",
                f"These rules were last reviewed by the committee in {MONTHS_346[month - 1]} {year}.",
            )
        )
        line = (updated, "") if not updated.endswith(".") else ("", updated)
        if rng.random() < 0.4:
            items.insert(0, line)
        else:
            items.append(line)
    if rng.random() < 0.12:
        items.append(("", _capitalised_346(rng.choice(SIGN_OFFS_346).format(**fill))))

    intros = [_capitalised_346(line.format(**fill)) for line in POLICY_INTROS_346]
    closings = [_capitalised_346(line.format(**fill)) for line in POLICY_CLOSINGS_346]
    titles = [_capitalised_346(line.format(**fill)) for line in POLICY_TITLES_346]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_346)
