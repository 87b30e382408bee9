"""The ``reworded-326`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Foula island bulletins, Ribble valley papers, Owyhee weeklies, sumo and real tennis clubs, gamelan
ensembles, dyspraxia parents' forums, dark sky village committees, cattle market heritage friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site that keeps table order prints them. Each kind is (headings,
# sentences): headings in sentence case (a site may print them in title case or capitals), sentences in British
# spelling. Placeholders: {c} {cs} {C} {Cs} for the site's word for what readers send, {mods} for who looks after it.
REWORDINGS_326: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it courteous", "Respect other members", "Can I disagree with someone?", "Courtesy"),
        (
            "Disagree as much as you like, but do it politely: criticise the argument, never the person making it.",
            "We are a small community and most of us will meet at the shop or on the mailboat, so please write as "
            "you would speak to a neighbour's face.",
            "Personal attacks, name-calling and sneering at other people's {cs} will be removed.",
            "Treat other members as you would a doubles partner on court, with patience, even after a poor chase.",
            "Parents come here tired and often upset; a kind reply costs nothing, and a sharp one can put someone "
            "off asking for help again.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate", "Discrimination", "Hate speech and harassment", "What counts as hateful?", "Equality and respect"),
        (
            "We will not publish {cs} that attack people because of their race, religion, sex, sexual orientation, "
            "gender identity, disability or age.",
            "Mocking anyone's coordination, handwriting or speech has no place on a forum for dyspraxic children and "
            "their families.",
            "Remarks about incomers, from south or anywhere else, that stray into abuse will be taken down.",
            "Slurs are removed on sight, even when quoted or meant as a joke.",
            "Stereotyping the Japanese, Javanese or Balinese cultures whose traditions we practise is not acceptable "
            "here.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I name someone?",
            "Other people's details",
            "Your privacy and theirs",
        ),
        (
            "Do not post addresses, phone numbers, email addresses or car registrations, yours or anyone else's.",
            "Please do not name children, or write anything that would let a stranger work out a child's school, "
            "class or diagnosis.",
            "If a neighbour's outside lights bother you, speak to them or to the committee; do not name or "
            "photograph their house here.",
            "Everyone on the isle knows everyone, which is exactly why we ask you to leave other people's private "
            "business out of the bulletin.",
            "Herd marks, holding numbers and ear tag details can identify a farm, so please leave them out.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting children",
            "Who do I tell if a child is at risk?",
            "Junior members",
        ),
        (
            "Junior members under 18 must not share photographs or contact details, and adults must not ask them to.",
            "If you are worried that a child is at risk of harm, contact the club welfare officer or the police "
            "rather than writing about it here.",
            "Where a {c} suggests a child may be in danger, {mods} may pass it on to the council's safeguarding team.",
            "Photographs of junior wrestlers in mawashi are only published with written consent from a parent or "
            "guardian.",
            "In an emergency, ring 999; this forum is not watched around the clock.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a person before it is published, so there may be a delay.",
            "Our broadband comes over a radio link from the Mainland and drops out in a gale, so {cs} may sit in the "
            "queue for a day or two.",
            "{Cs} sent at the weekend may not be approved until Monday, when the office in Clitheroe reopens.",
            "{Cs} are approved in the evenings, after work and milking, so please be patient.",
            "During the tournament weekend and the club handicap, approval can take longer than usual.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic {cs}", "What can I write about?"),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "National politics, the weather in Lerwick and last night's television belong elsewhere unless they bear "
            "on the story.",
            "This board is for the history and future of the old auction mart; general farming disputes are better "
            "taken elsewhere.",
            "Threads about lighting, observing and the night sky over the village only, please.",
            "The argument over which tennis is the real one has been had many times; please do not start it again.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Promotions"),
        (
            "Do not use {cs} to advertise goods, services, courses or fundraising pages.",
            "Links to therapies, supplements or programmes sold as a cure for dyspraxia will be removed, along with "
            "the {c} that carries them.",
            "A spare set of gongs or a second-hand racket may be offered once, in the classifieds thread, and "
            "nowhere else.",
            "Paid notices for the bulletin are arranged through the shop, not sent as {cs}.",
            "Repeated links, chain messages and automated {cs} are deleted and the account closed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Real names",
            "Do I have to use my real name?",
            "One person, one account",
            "Usernames",
        ),
        (
            "{Cs} without a name and a town or village are not published.",
            "Sign your {c} with your full name and where you live, as the paper's letters page always has.",
            "Use one account only; opening a second to get round a ban will see both closed.",
            "A nickname is fine, but do not pretend to be another member, a teacher or a health professional.",
            "Owyhee County is small and readers know who is who, so do not pose as a rancher, a commissioner or a "
            "neighbour.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it legal?", "Libel and court cases", "Stay within the law"),
        (
            "You are legally responsible for what you write, and {cs} that are defamatory or in contempt of court "
            "will not be published.",
            "Do not discuss live cases before the Sheriff Court in Lerwick; Scots contempt law is strict and applies "
            "to us as much as to any paper.",
            "Under Idaho law you can be sued for libel over what you post, so stick to what you know to be true.",
            "Accusing a named person of a crime, or guessing at who has been arrested, is not allowed.",
            "Nothing here should encourage trespass, poaching, lamping on the fell or any other offence.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Whose photo is it?",
            "Other people's work",
            "Can I share a picture?",
        ),
        (
            "Only upload photographs you took yourself or have permission to use, and credit the photographer.",
            "Do not paste whole articles from the Clitheroe Advertiser or other papers; a short quote and a link "
            "will do.",
            "Recordings of rehearsals and performances belong to the ensemble and should not be shared without the "
            "director's agreement.",
            "Old sale catalogues and mart photographs may still be in copyright, so tell us where they came from "
            "when you send them.",
            "By sending us a {c} you allow us to publish it in print or online and to edit it for length.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report a {c}?", "Seen something wrong?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Email {mods} with a link to the {c} and a line saying what is wrong with it.",
            "Reports are read by a volunteer, not a machine, and we try to deal with them within a day.",
            "Please report and move on; arguing with the person concerned usually makes things worse.",
            "Reporting a {c} does not mean it will be removed, only that someone will look at it.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Editor's discretion", "Our decision", "The committee's decision is final", "Who decides?", "Final say"),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "Publication is at the editor's discretion, and the editor's decision is final.",
            "The committee may change these rules at any meeting and will post the changes here.",
            "We would rather publish than not, but we are under no obligation to print every {c} we receive.",
            "Disputes about moderation go to the committee, not into a public thread.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Corrections and tips"),
        (
            "If we have got something wrong, email the news desk rather than sending a {c}, so it can be put right "
            "quickly.",
            "Story ideas, photographs of the Owyhees and tips about county business are welcome by email or at the "
            "office in Homedale.",
            "Corrections are printed in the next bulletin, which goes out on the mailboat from Walls.",
            "Please tell us if an event date is wrong; we would rather hear it from you than from an empty hall.",
            "News from Longridge, Whalley, Sabden and the villages under Pendle is always welcome; ring or email the "
            "newsroom.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Write clearly"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "Write in plain English (or Shetland dialect, which is very welcome) and avoid capitals, which read as "
            "shouting.",
            "Keep it clean: families and children read this page.",
            "Text speak and long strings of emoji make {cs} hard to follow; please write in full sentences.",
            "Japanese and Indonesian terms are fine, but add a word of explanation for newer members.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Members who are banned may appeal once, in writing, to the club secretary.",
            "Serious abuse, threats or anything illegal will lead to an immediate ban without warning.",
            "We may also refuse {cs} from anyone whose behaviour at the club or on sale days has broken our code of "
            "conduct.",
            "A ban covers the whole site and any new account the same person opens.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Health and safety", "Is this medical advice?", "Safety first", "Not professional advice"),
        (
            "Nothing posted here replaces advice from your child's GP, occupational therapist or paediatrician.",
            "Share what has helped your family, but do not tell other parents to stop therapy or medication.",
            "Sumo is a contact sport; never try a throw described in a thread without a qualified coach present.",
            "When observing, keep to footpaths, carry a red torch and tell someone where you are going, as moorland "
            "at night can be dangerous.",
            "The old pens and the sale ring are not safe to climb, so please do not post pictures that encourage "
            "others to.",
        ),
    ),
    (  # elections and campaigning
        ("Elections", "Campaigning", "Election periods", "Can candidates post?", "Politics"),
        (
            "During election periods, candidates and their agents may not use {cs} to campaign.",
            "Letters for candidates for county commissioner or sheriff are limited to 250 words and must reach us by "
            "the Friday before publication.",
            "Party political {cs} are not published in the bulletin, which belongs to the whole island.",
            "Borough and parish council candidates may reply once to a story about them, and no more.",
            "The committee takes no political side and will not host arguments about national parties.",
        ),
    ),
)

# What a site calls what readers send it, (singular, plural); "comment" for most sites, one of the others for a
# quarter of them, which then never say "comment".
READER_WORDS_326: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after a site, as the sentences name them (always followed by a modal verb or after a preposition).
MODERATORS_326: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the bulletin team",
    "the forum admins",
    "the newsroom",
    "our volunteer moderators",
    "the club secretary",
    "the trustees",
    "the web team",
    "the steering group",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_326: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, within a few simple rules.",
    "The following house rules apply to everything sent to this site.",
    "Thank you for taking part. A few ground rules:",
    "These guidelines were agreed by the committee to keep the forum a friendly place for parents.",
    "Everyone using the noticeboard is asked to keep to these terms.",
    "Before you send a {c}, please take a minute over the points below.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_326: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the editor.",
    "Thank you, and clear skies.",
    "Enjoy the discussion, and see you on court.",
    "Thanks for reading, and for your {cs}.",
    "These rules may be updated at any time.",
)

# Titles a site may print over its rules.
POLICY_TITLES_326: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Rules for {cs}",
    "Community guidelines",
    "Guidelines for contributors",
    "Members' code of conduct",
    "Bulletin board rules",
)

# British spellings used in the sentences above, and what a site printing American spelling has instead.
AMERICAN_326: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "practise": "practice",
    "programme": "program",
    "behaviour": "behavior",
    "offence": "offense",
    "paediatrician": "pediatrician",
    "ring 999": "call 911",
    "red torch": "red flashlight",
    "ring or email": "call or email",
    "at the weekend": "on the weekend",
}

# Lines some sites print to split their rules into parts: (first part, second part).
SECTION_LINES_326: tuple[tuple[str, str], ...] = (
    ("Part 1: General", "Part 2: Moderation"),
    ("Section A - Before you post", "Section B - After you post"),
    ("The rules", "How we enforce them"),
    ("What we ask of you", "What we will do"),
    ("1. Conduct", "2. Procedure"),
)

# When a site says its rules were last changed; {date} is filled with a drawn date.
UPDATED_LINES_326: tuple[str, ...] = (
    "Last updated: {date}",
    "Updated {date}.",
    "Revised {date}",
    "Agreed by the committee, {date}.",
    "These rules were last reviewed on {date}.",
)

# Sign-offs some sites print under their rules.
SIGN_OFFS_326: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Mods team",
    "- Ed.",
    "The trustees",
    "With thanks, the moderators",
)

# Month names for the last-updated line.
MONTHS_326: tuple[str, ...] = (
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

# List marker shapes a site may number its items with ("" for none, repeated shapes are the commoner ones).
LIST_MARKERS_326: tuple[str, ...] = (
    *("", "", "", "1.", "1.", "1)", "(1)", "a.", "a)", "(a)", "A.", "i.", "(i)"),
    *("•", "•", "-", "*", "–", "Rule 1:", "Rule 1.", "Rule 1 -", "1.1", "§1"),
)

# How a heading run in before its first sentence is joined to it, by placement.
RUN_IN_JOINTS_326: dict[str, str] = {"run-in colon": ": ", "run-in stop": ". "}

# Words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_326: frozenset[str] = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "if", "is")
)


def _title_case_326(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first word always)."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_326) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman_326(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_326(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (counted from 1); ``section`` for numbered sections."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_326(number)}.",
        "(i)": f"({_roman_326(number)})",
        "Rule 1:": f"Rule {number}:",
        "Rule 1.": f"Rule {number}.",
        "Rule 1 -": f"Rule {number} -",
        "1.1": f"{section}.{number}",
        "§1": f"§{number}",
    }
    return markers.get(style, style)


def _items_326(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" three times in four)
    and who moderates it; how many kinds it prints (two to five for a fifth of sites, six to sixteen otherwise),
    in table order or shuffled; one, two, up to three or varied sentences an item; its headings' case (as written,
    title case, capitals) or no headings at all, and where they stand (a part of their own, bare or with a stop or
    colon, or run in before the first sentence after a colon, stop or dash; a question keeps its own mark); an
    emphasis around headings now and then; its list marker (numbers, letters, roman numerals, bullets, dashes,
    "Rule 1:", section numbers, the section sign) or none. Then its own habits by chance: part lines splitting the
    rules in two, an "NB:" before one sentence, a last-updated line at the top or bottom, and a sign-off; lastly
    ``_furnish`` adds opening, closing and title lines, American spelling and curly quotes."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(READER_WORDS_326)
    moderators = rng.choice(MODERATORS_326)

    def fill(text: str) -> str:
        """``text`` with this site's words put in and its first letter capitalised."""
        filled = text.format(c=word, cs=words, C=word.capitalize(), Cs=words.capitalize(), mods=moderators)
        return filled[0].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.55:
        kinds = [REWORDINGS_326[index] for index in sorted(rng.sample(range(len(REWORDINGS_326)), count))]
    else:
        kinds = rng.sample(REWORDINGS_326, count)

    sentences_mode = rng.choice(("one", "two", "up to three", "varied", "one"))
    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    emphasis = rng.choice(("", "", "", "", "", "", "**", "*"))
    marker_style = rng.choice(LIST_MARKERS_326)
    section = rng.randint(1, 9)
    dash = rng.choice((" - ", " – ", " — "))

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        if sentences_mode == "one":
            how_many = 1
        elif sentences_mode == "two":
            how_many = 2
        elif sentences_mode == "up to three":
            how_many = rng.randint(1, 3)
        else:
            how_many = rng.choice((1, 1, 2, 2, 3))
        chosen = [fill(sentence) for sentence in rng.sample(sentences, how_many)]
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_326(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        marker = _marker_326(marker_style, number, section) if marker_style else ""
        question = heading.endswith("?")
        if heading and placement.startswith("own"):
            if placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question:
                heading += ":"
            heading = f"{emphasis}{heading}{emphasis}"
            items.append((f"{marker} {heading}" if marker else heading, *chosen))
            continue
        if heading:
            # A colon or stop stands inside the emphasis, a dash outside it.
            joint = "" if question else RUN_IN_JOINTS_326.get(placement, "").rstrip()
            rest = " " if question or joint else dash
            chosen[0] = f"{emphasis}{heading}{joint}{emphasis}{rest}{chosen[0]}"
        if marker:
            chosen[0] = f"{marker} {chosen[0]}"
        items.append(("", *chosen))

    if rng.random() < 0.12 and len(items) >= 4:
        first, second = rng.choice(SECTION_LINES_326)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.1:
        which = rng.randrange(len(items))
        heading, *sentences = items[which]
        if sentences and sentences[0]:
            items[which] = (heading, "NB: " + sentences[0], *sentences[1:])
    if rng.random() < 0.25:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_326), rng.randint(2016, 2026)
        date = f"{month} {day}, {year}" if rng.random() < 0.3 else f"{day} {month} {year}"
        updated = ("", rng.choice(UPDATED_LINES_326).format(date=date))
        if rng.random() < 0.7:
            items.append(updated)
        else:
            items.insert(0, updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_326)))

    intros = [fill(line) for line in POLICY_INTROS_326]
    closings = [fill(line) for line in POLICY_CLOSINGS_326]
    titles = [fill(line) for line in POLICY_TITLES_326]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_326)
