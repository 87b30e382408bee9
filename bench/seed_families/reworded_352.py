"""The ``reworded-352`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Burra and Trondra bulletins, Allendale papers, Lemhi valley weeklies, pesäpallo and dodgeball clubs,
gilding and enamelling societies, Guillain-Barré and Chiari forums, Brownsea and Hilbre conservation volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds a site of this family may print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs}
# for the site's word for what readers send (singular, plural, capitalised) and {mods} for who looks after the site.
REWORDINGS_352: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy first", "How should I treat other members?", "Respect", "Keep it friendly"),
        (
            "Disagree with the argument if you must, but leave the person making it alone.",
            "Personal attacks, name-calling and sneering at other members will be removed, however well argued the "
            "rest of the {c} is.",
            "Most of us will meet at the hall, the pitch or the shop sooner or later, so write as you would speak to "
            "someone's face.",
            "Robust debate about the ferry timetable or the council's budget is welcome; abuse of the people who run "
            "them is not.",
            "Please don't post in temper - a {c} written angry usually reads worse the next morning, and you can't "
            "unsay it.",
        ),
    ),
    (  # hatred and discrimination
        ("Hate speech", "No discrimination", "Is there anything we won't tolerate?", "Abuse and hatred", "Equality"),
        (
            "We remove anything that attacks people for their race, religion, sex, sexuality, disability, age or "
            "where they come from.",
            'That includes "jokes": if it would be hateful said straight, it is hateful with a winking face after it.',
            "Mocking someone's illness, mobility, speech or appearance has no place here, and on a patient forum it "
            "will cost you your account at once.",
            "Remarks about incomers, English or otherwise, that go beyond fair criticism of housing or jobs policy "
            "will be taken down.",
            "Material that could stir up hatred may also break the law, and we will pass it to the police where we "
            "have to.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Other people's details", "Can I name someone?", "Keep it private"),
        (
            "Do not post anyone's address, phone number, email, registration plate or workplace, including your own.",
            "Please don't share a fellow member's diagnosis, test results or treatment unless they have put it on the "
            "forum themselves.",
            "Photographs of children from club sessions must not be posted without a parent's written consent.",
            "If you want to thank a nurse, a ranger or a neighbour by name, ask them first; not everyone wants to be "
            "found by a search engine.",
            "The email address you register with is held under UK GDPR and the Data Protection Act 2018, and it is "
            "never shown to other readers.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping juniors safe",
            "Who do I tell about a worry?",
            "Welfare",
        ),
        (
            "Adults must not contact junior members privately; anything for a junior goes through a parent or the "
            "club welfare officer.",
            "If you are worried about a child's safety, tell the club welfare officer or, in an emergency, dial 999.",
            "Volunteers under 18 on Brownsea work parties must be registered by a parent or guardian before their "
            "first task day.",
            "Any {c} suggesting that someone is at risk of harm will be passed to {mods} and, where needed, to the "
            "relevant authorities.",
            "If a member says they are thinking of harming themselves, please don't try to handle it alone: point "
            "them to Samaritans on 116 123 and let us know.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, particularly at weekends and "
            "on press day.",
            "The first {c} from a new account is held for approval; after that most go straight through.",
            "{mods} will usually clear the queue each evening, but during the summer surveys the island has no "
            "signal for days at a time.",
            "If your {c} has not appeared within 48 hours it has probably been declined, so please don't send it "
            "again and again.",
            "Links and very long {cs} are sometimes caught by the spam filter and have to be released by hand.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "What goes where?", "Relevance"),
        (
            "Keep to the story or thread you are replying to; there is a general chat board for everything else.",
            "Questions about the Tar Bar'l, parking or bus times belong in the events thread, not under an obituary.",
            "Threads that wander off into national politics may be locked or split by {mods}.",
            "Match reports and results go in the league section, and kit for sale goes on the noticeboard.",
            "Please search before starting a new thread; the question about IVIg side effects has very likely been "
            "answered already.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise my business?", "Links"),
        (
            "Advertising is not allowed in {cs}; if you have something to sell, our classifieds are cheap and read by "
            "the whole valley.",
            "Members may mention their own gilding or enamelling work, but repeated links to a shop will be treated "
            "as spam.",
            "{Cs} promoting supplements, miracle cures or paid clinics abroad will be removed without warning.",
            "Chain letters, petitions and fundraising appeals need the committee's approval before they go up.",
            "Accounts set up only to post links will be deleted, along with everything they have posted.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Do I have to use my real name?", "Registration", "One account each"),
        (
            "We ask you to give your real name and the place you live; {cs} signed with a nickname alone are not "
            "published.",
            "Screen names are fine, but one account per person, please.",
            "Pretending to be someone else - another member, a councillor, a doctor or a club official - will get "
            "every account involved closed.",
            "You are responsible for everything sent under your login, so keep your password to yourself.",
            "You may ask for your account to be closed at any time by emailing the site admin.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Is it legal?", "Libel and contempt"),
        (
            "Do not accuse anyone of a crime or of dishonesty unless it has been proved in court; that is "
            "defamation, and both you and we can be sued.",
            "Once someone has been charged, nothing may be posted that could prejudice a trial, under the Contempt "
            "of Court Act 1981.",
            "Cases at Lerwick Sheriff Court are covered by the same rules on contempt, and we will close {cs} on them "
            "without notice.",
            "We will co-operate with the police and the courts where the law requires us to hand over information.",
            "In Idaho as anywhere else, you remain legally responsible for what you write, even though this site "
            "hosts it.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and copyright", "Other people's work", "Can I post pictures?", "Quoting"),
        (
            "Only post photographs you took yourself or have permission to use, and say whose they are.",
            "Short quotes with a link are fine; pasting whole articles from other papers is not.",
            "Pictures of members' gilding and enamel pieces remain the maker's property and must not be copied or "
            "sold without permission.",
            "By sending a {c}, you allow us to print it in the paper or the bulletin, edited for length.",
            "Leaflets from the NHS, the GBS|CIDP Foundation or other charities should be linked rather than copied "
            "in full.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "How do I report a {c}?", "Complaints"),
        (
            "Use the Report link under any {c} you think breaks these rules; it goes straight to {mods}.",
            "Please report rather than reply: arguing with a troll only keeps the thread alive.",
            "Reports are anonymous, and the member you report will not be told who flagged them.",
            "If you are named in a {c} and want it taken down, email the editor with a link and we will look at it "
            "within a working day.",
            "We read every report, but we cannot answer them all.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "Editor's discretion", "Committee's discretion", "Who decides?", "The final say"),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "These rules cannot cover everything, and we will use our judgement where they don't.",
            "Disputes about moderation should be taken to the committee by email, not aired on the board.",
            "Publishing your {c} does not mean the paper agrees with it.",
            "We may change these rules at any time; the current version is always the one on this page.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Errors and tips"),
        (
            "If we have got something wrong, please email the newsroom rather than sending a {c}, so we can put it "
            "right quickly.",
            "Corrections are printed on page 2 of the next issue and noted at the foot of the online story.",
            "Got a story from Hamnavoe or Papil? Drop the editor a line or leave a note at the shop.",
            "Tips and photographs from readers in Salmon, Leadore and Tendoy are always welcome, and we will keep "
            "your name out of it if you ask.",
            "Club results and match reports should reach the secretary by Monday evening to make the weekly round-up.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Can I swear?", "Which language?"),
        (
            "No swearing, including words with a letter or two starred out.",
            "Please write in English; {cs} in Finnish are welcome in the pesäpallo section as long as a short "
            "English summary follows.",
            "Avoid writing in capitals, which reads as shouting.",
            "Dialect is welcome: nobody here will mark you down for writing the way folk speak in Burra.",
            "Text-speak and long strings of emojis are hard going for members with visual or cognitive symptoms, so "
            "please keep them to a minimum.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Three strikes", "Suspensions"),
        (
            "A first breach usually earns a private warning; a second, a week's suspension; a third, a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban without warning.",
            "Members who come back under a new name after a ban will be removed again, and so will that account's "
            "{cs}.",
            "A ban from the forum does not affect club membership, which is a matter for the committee under the "
            "constitution.",
            "If you think a ban was a mistake, you may appeal once, in writing, to the secretary within 14 days.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Not a substitute for your doctor", "Is it safe?", "Health and safety", "Safety first"),
        (
            "Members share their own experience, not medical advice; always talk to your neurologist or GP before "
            "changing treatment.",
            "If you notice new weakness or trouble breathing or swallowing, do not wait for replies here: call 999 "
            "or go to A&E.",
            "{Cs} urging others to stop prescribed medication, or to doubt a Chiari diagnosis made by a specialist, "
            "will be removed.",
            "Advice on kilns, acids and lead-bearing enamels is shared in good faith; check it against the "
            "supplier's safety data sheet before you try it.",
            "Check the tide board at Dee Lane before walking out to Hilbre, and never start back later than the time "
            "it gives.",
        ),
    ),
    (  # wildlife and sightings, for the conservation volunteers
        (
            "Sightings and wildlife",
            "Sensitive species",
            "Can I post nest locations?",
            "Respect the wildlife",
            "Recording",
        ),
        (
            'Please do not give exact locations of nesting terns or other breeding birds; say "north lagoon" rather '
            "than a grid reference.",
            "Photographs taken by flushing birds or by getting too close to hauled-out seals will be removed.",
            "Red squirrel sightings on Brownsea are welcome, but please send the records to the county recorder as "
            "well as posting them here.",
            "Dogs other than assistance dogs are not allowed on Brownsea, so there is no need to ask in the group "
            "whether you can bring yours.",
            "Work party details, including boat times from Poole Quay, are put up by the volunteer coordinator only.",
        ),
    ),
    (  # officials, opponents and fair play, for the sports clubs
        ("Fair play", "Respect the officials", "Can I criticise the umpire?", "Sportsmanship", "Opponents"),
        (
            "Criticise a decision if you like, but not the umpire's character; most of our officials are volunteers.",
            "Opposing clubs, players and their families read this board too, so keep match talk sporting.",
            "Do not post video of junior matches or tournaments without the organiser's agreement.",
            "Disputes about results or eligibility go to the league secretary, not to the forum.",
            "Team selections are announced by the coaches; please don't speculate about them here or lobby for places.",
        ),
    ),
)

# What most sites call what readers send, as (singular, plural).
COMMENT_WORD_352 = ("comment", "comments")

# What a quarter of sites call it instead, never saying "comment", as (singular, plural).
OTHER_WORDS_352 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as it would stand in the middle of a sentence.
MODERATORS_352 = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the admin team",
    "the forum team",
    "the editorial team",
    "the trustees",
    "the site admins",
    "the club secretary",
    "the news desk",
)

# Opening lines a site may print before its rules (``_furnish`` picks one by chance).
POLICY_INTROS_352 = (
    "Please read these rules before you post.",
    "We want this to be a friendly place for everyone in the valley, and a few simple rules help.",
    "These guidelines apply to all {cs} on this site and on our Facebook page.",
    "By registering you agree to the following.",
    "The forum is run by volunteers, most of whom live with GBS or Chiari themselves, so please bear with us.",
    "The following house rules were agreed by the committee and apply to all members.",
)

# Closing lines a site may print after its rules (``_furnish`` picks one by chance).
POLICY_CLOSINGS_352 = (
    "Thank you for helping to keep the forum a kind place.",
    "Questions about these rules? Email the editor.",
    "Thanks for reading, and enjoy the discussion.",
    "Breaches may be reported using the link beside each {c}.",
    "These rules are reviewed each year at the AGM.",
    "Happy posting!",
)

# Titles a site may print above its rules (``_furnish`` picks one by chance, sometimes in capitals).
POLICY_TITLES_352 = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the board",
    "Terms of use for {cs}",
    "Guidelines for {cs}",
    "Club forum rules",
)

# British spellings in this family's sentences -> American, for sites that print American spelling.
AMERICAN_352 = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "organiser": "organizer",
    "criticise": "criticize",
    "enamelling": "enameling",
    "co-operate": "cooperate",
}

# Small words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_352 = frozenset({"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "by", "at", "with", "not"})

# How a heading may be joined to the sentence after it when it is run in: (after a plain heading, after a question).
RUN_IN_JOINERS_352 = ((": ", " "), (". ", " "), (" - ", " "), (" \u2013 ", " "), (" \u2014 ", " "))

# Names of the two parts a site with section lines splits its rules into.
PART_NAMES_352 = (
    ("General", "Enforcement"),
    ("Before you post", "If things go wrong"),
    ("Conduct", "Moderation"),
    ("Using the forum", "What we do about breaches"),
    ("Your {cs}", "Our role"),
)

# How a section line is printed, from a part's number and name.
PART_LINES_352 = ("Part {n}: {name}", "Section {n} - {name}", "{n}. {name}", "{upper}", "Part {word} \u2013 {name}")

# Last-updated lines, from a day, month name, month number and year.
UPDATED_LINES_352 = (
    "Last updated: {d} {month} {y}",
    "Last updated {d} {month} {y}.",
    "Updated {dd}/{mm}/{y}",
    "Adopted by the committee, {month} {y}.",
    "Revised at the AGM, {d} {month} {y}.",
    "Last reviewed {month} {y}",
    "Updated {month} {d}, {y}",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_352 = ("- {Mods}", "\u2014 {Mods}", "Thanks, {mods}", "{Mods}", "Many thanks, {mods}", "Cheers, the mods")

# Month names for the last-updated lines.
MONTHS_352 = (
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

# Roman numerals for list markers (enough for every item a site prints).
ROMANS_352 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

# List-marker shapes, filled per item from its number, letter, roman numeral and the site's section number.
MARKERS_352 = (
    "{n}.",
    "{n})",
    "({n})",
    "{a}.",
    "({a})",
    "{a})",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "Rule {n}:",
    "Rule {n}.",
    "Rule #{n}",
    "\u00a7{n}",
    "{s}.{n}",
    "{s}.{n}.",
    "No. {n}",
)


def _capitalised(text: str) -> str:
    """``text`` with its first letter in capitals."""
    return text[:1].upper() + text[1:]


def _title_case(heading: str) -> str:
    """``heading`` in title case, small words left lower case unless first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_352 else _capitalised(word) for index, word in enumerate(words)
    )


def _items_352(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, otherwise post, message, reply,
    contribution, letter or note, and then never "comment") and who moderates it; how many item kinds it prints (two
    to five for some sites, six to sixteen for most) and whether in table order or shuffled; one to three sentences
    per item; the case of its headings (as written, title case, capitals) or no headings; where headings stand (a part
    of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a
    list marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers ...) or none; and
    its own printing habits: section lines splitting the rules into two parts, a last-updated line at the top or the
    foot, emphasis on headings (asterisks or leaked forum tags), "NOT" in capitals, and a sign-off. Opening, closing
    and title lines, American spelling and curly quotes are then added by ``_furnish``."""
    singular, plural = COMMENT_WORD_352 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_352)
    mods = rng.choice(MODERATORS_352)
    words = {"c": singular, "cs": plural, "C": _capitalised(singular), "Cs": _capitalised(plural), "mods": mods}

    def fill(template: str) -> str:
        return _capitalised(template.format(**words))

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_352)), count)
    if rng.random() < 0.6:
        kinds.sort()

    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run in"))
    run_in_plain, run_in_question = rng.choice(RUN_IN_JOINERS_352)
    marker = rng.choice(MARKERS_352) if rng.random() < 0.5 else ""
    section_number = rng.randint(1, 9)
    emphasis = rng.choice(("*{}*", "**{}**", "[b]{}[/b]")) if rng.random() < 0.1 else "{}"
    shouted_not = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_352[kind]
        chosen = rng.sample(range(len(sentences)), rng.randint(1, 3))
        if rng.random() < 0.5:
            chosen.sort()
        parts = [fill(sentences[index]) for index in chosen]
        if shouted_not:
            parts = [part.replace("Do not ", "Do NOT ").replace("do not ", "do NOT ") for part in parts]
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        label = ""
        if marker:
            letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
            roman = ROMANS_352[number - 1]
            label = marker.format(n=number, a=letter, r=roman, R=roman.upper(), s=section_number) + " "
        if heading_case == "none":
            items.append(("", label + parts[0], *parts[1:]))
            continue
        heading = emphasis.format(heading)
        if placement == "run in":
            joiner = run_in_question if question else run_in_plain
            items.append(("", label + heading + joiner + parts[0], *parts[1:]))
        else:
            stop = {"own": "", "own stop": ".", "own colon": ":"}[placement]
            if label.endswith(": ") and stop == ":":
                stop = ""
            items.append((label + heading + ("" if question else stop), *parts))

    if rng.random() < 0.15 and len(items) >= 4:
        first, second = (fill(name) for name in rng.choice(PART_NAMES_352))
        shape = rng.choice(PART_LINES_352)
        middle = len(items) // 2
        for position, (part_number, name) in ((middle, (2, second)), (0, (1, first))):
            line = shape.format(n=part_number, name=name, upper=name.upper(), word=("One", "Two")[part_number - 1])
            items.insert(position, (line, ""))

    if rng.random() < 0.2:
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        updated = rng.choice(UPDATED_LINES_352).format(
            d=day, dd=f"{day:02d}", month=MONTHS_352[month - 1], mm=f"{month:02d}", y=rng.randint(2014, 2026)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))

    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_352).format(mods=mods, Mods=_capitalised(mods))))

    intros = [fill(line) for line in POLICY_INTROS_352]
    closings = [fill(line) for line in POLICY_CLOSINGS_352]
    titles = [fill(line) for line in POLICY_TITLES_352]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_352)
