"""The ``reworded-331`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Sherkin island news, Ceiriog valley papers, Poconos weeklies, sled dog and bobsleigh clubs, lace
making and spinning and weaving guilds, myasthenia and Sjögren's forums, Lune estuary residents, cooperage and ropewalk
heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites' rules hold, in the order a site that keeps to the table prints them: each is
# (headings, sentences), five or six headings (some of them questions) and five sentences. ``{c}``/``{cs}`` and
# ``{C}``/``{Cs}`` stand for the site's word for what readers send (singular/plural, capitalised) and ``{mods}`` for
# who looks after the site; nothing else in them says "comment", so a site with another word never prints it.
REWORDINGS_331: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy costs nothing",
            "Play the ball, not the person",
            "How should I speak to other members?",
            "Be kind",
            "Treat people as you would at the hall",
        ),
        (
            "Be courteous to other readers, even when you disagree strongly about the ferry timetable or the new pier.",
            "Argue with what someone has said, never with the person who said it; personal abuse will be removed.",
            "Please treat fellow members as you would at a guild meeting: with patience and good humour.",
            "Many people here live with a long-term illness and have little energy to spare, so please be gentle and "
            "assume the best of each other.",
            "Sarcasm, name-calling and ganging up on someone make a small community a worse place, and {mods} will "
            "step in.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Respect for everyone",
            "What counts as hateful?",
            "Prejudice has no place here",
        ),
        (
            "We will not publish {cs} that attack people for their race, nationality, religion, sex, sexual "
            "orientation, gender identity, age or disability.",
            'Mocking Welsh speakers, incomers, blow-ins or "summer people" is still mocking people, and it will be '
            "taken down.",
            "Stirring up hatred can be a criminal offence, and we will co-operate with the Gardaí or the police where "
            "the law requires it.",
            "Jokes at the expense of anyone's disability, seen or unseen, are not welcome, least of all on a patient "
            "forum.",
            "Sweeping remarks about whole groups of people, be they Travellers, tourists, second-home owners or city "
            "folk, are not fair debate.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Personal information",
            "What can I share?",
            "Keep it private",
            "Your details",
        ),
        (
            "Do not post anyone's address, phone number, email, registration plate or workplace, including your own.",
            "Please don't share details of another member's health, diagnosis or medication without their clear "
            "permission.",
            "Photographs of children, of neighbours' gardens or of people's boats and houses need the owner's say-so "
            "before they go up.",
            "Remember that the forum can be read by anyone, employers and insurers included, so think before sharing "
            "the details of your own treatment.",
            "Your email address is never shown publicly, and we hold your details only as our privacy notice "
            "describes.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting the vulnerable",
            "Looking out for each other",
            "What if I'm worried about someone?",
        ),
        (
            "Junior members of the club need the consent of a parent or guardian before joining the message board.",
            "If you think a child or vulnerable adult is at risk, contact the police or social services first, then "
            "let our welfare officer know.",
            "Any attempt to contact young members privately will be reported to the club's safeguarding lead and to "
            "the authorities.",
            "If someone writes that they are in crisis, point them to emergency services or the Samaritans on 116 123 "
            "(in the US, call or text 988) rather than trying to handle it alone.",
            "We follow the safeguarding policy adopted by the committee, a copy of which is kept in the guild room and "
            "on the members' page.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "{Cs} are checked before they go up",
            "When will my {c} show?",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, especially at weekends.",
            "Our moderators are volunteers with jobs, dogs and families, so a {c} sent late on a Friday may not go up "
            "until Monday.",
            "Broadband on the island is not always reliable, and {mods} may take a day or two to catch up.",
            "Please don't send the same {c} several times over; it only makes the queue longer.",
            "{Cs} are closed on some stories, such as court reports and death notices, and on everything after seven "
            "days.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic chat",
            "Is this the right board for my question?",
            "One thread, one subject",
        ),
        (
            "Please keep to the subject of the story or thread you are replying to.",
            "General chat about the weather, the ferry or the price of dog food belongs on the Off Topic board, not "
            "under race reports.",
            "If your question is about spinning rather than weaving, ask it in the spinning section so that others can "
            "find it later.",
            "Before starting a new thread, try the search box; the chances are someone has asked about plying or "
            "bobbin lace prickings before.",
            "Threads that drift a long way from the original question may be split or locked by {mods}.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and swaps",
            "Can I advertise my business?",
            "Commercial posting",
            "Promotion and links",
        ),
        (
            "Advertising, sales pitches and links to shops are not allowed, except in the For Sale and Wanted section.",
            "Members may offer second-hand wheels, looms and bobbins once a month, with a price and a rough location.",
            "Puppies, stud dogs and whole teams may not be offered for sale on the forum under any circumstances.",
            'Miracle cures, supplements and paid "treatments" will be removed straight away, and those who keep '
            "posting them banned.",
            "Links placed only to send traffic to another site are treated as spam and deleted without notice.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Do I have to use my real name?",
            "Names and accounts",
            "Registering",
            "Who are you?",
        ),
        (
            "Letters for publication must carry your full name and address, although we print only your name and "
            "townland or village.",
            "Please use your real name; anonymous {cs} are not published.",
            "You may use a nickname, but you must not pretend to be someone else, whether a doctor, an official or "
            "another member.",
            "Each person may hold one account, and duplicate accounts will be merged or closed.",
            "Usernames must not be offensive, contain web addresses or suggest that you speak for {mods}.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Keep it legal",
            "Could I be sued for what I write?",
            "Staying within the law",
        ),
        (
            "Do not post anything defamatory: untrue claims that damage someone's reputation can land you, and us, in "
            "court.",
            "Under the Defamation Act 2009 you are responsible for what you write, and we may have to give your "
            "details to a court if ordered.",
            "Do not discuss ongoing court cases, name anyone who cannot legally be identified or guess at anyone's "
            "guilt, as that could be contempt of court.",
            "Allegations about named councillors, landowners or businesses must rest on facts you could prove.",
            "This site is run from Pennsylvania and its laws apply, and we will co-operate with law enforcement when "
            "required to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "Can I share other people's work?",
            "Credit where it's due",
        ),
        (
            "Do not post whole articles, patterns or photographs that belong to someone else; a short quotation with a "
            "link is fine.",
            "Lace patterns and prickings are usually the designer's copyright, even in old books, so ask before "
            "scanning and sharing them.",
            "Only upload photographs you took yourself or have permission to use, and say who took them.",
            "By sending us a {c} you give us permission to publish it, in print and online, and to edit it for length.",
            "Archive photographs of the ropewalk and the cooperage belong to the trust, so please link to the gallery "
            "rather than copying them.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Report, don't reply",
            "Flagging",
        ),
        (
            "If you see something that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go straight to {mods} and are confidential; the member you report is not told who made it.",
            "Please don't argue with a troll in public; report it and move on.",
            "You can also email the editor, giving the page and the words that concern you.",
            "Reporting everyone you disagree with is itself a misuse of the board and will be treated as one.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Who decides?",
            "The small print",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Publication is a privilege, not a right, and the committee's decision is final.",
            "We may remove {cs} that keep to the letter of these rules but not to their spirit.",
            "{Cs} are the views of those who write them, not of the paper, the club or its members.",
            "These guidelines may change from time to time, and using the board means you accept them as they stand.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections and news tips",
            "Errors and news",
            "Getting in touch",
            "How do I reach the newsdesk?",
            "Tell us",
            "Send us your news",
        ),
        (
            "If you think we have got something wrong in a report, please email the newsdesk rather than raising it "
            "in the {cs}.",
            "We correct errors of fact as quickly as we can and note the change at the foot of the story.",
            "Have a story from the valley? Ring or email us, or leave a note at the office in the village.",
            "News from the island is always welcome: births, deaths, regatta results and anything that happens on the "
            "ferry.",
            "Race results and photographs from the trails can go to the newsletter editor by the end of the month.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Language and tone",
            "What language is allowed?",
            "Watch your language",
            "Keep it clean",
        ),
        (
            "{Cs} in Welsh or English are equally welcome: croeso i bawb.",
            "Irish is welcome too, and we are glad to publish {cs} as Gaeilge.",
            "No swearing, please, and that includes words with letters swapped for stars or symbols.",
            "Writing in capitals reads as shouting and is hard to follow on a phone.",
            "Text-speak and heavy abbreviation make {cs} harder for members with double vision or tired eyes, so write "
            "in full where you can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "A first slip usually earns a friendly private message; repeated ones earn a formal warning.",
            "After three warnings your account will be suspended for a month, and after that it may be closed for "
            "good.",
            "Threats, serious abuse or spam lead to an immediate ban without warning.",
            "Banned members who rejoin under another name will be removed as soon as they are spotted.",
            "If you think a decision was unfair, write to the secretary; appeals are heard at the next committee "
            "meeting.",
        ),
    ),
    (  # medical advice
        (
            "Medical advice",
            "We are not your doctor",
            "Treatments and medication",
            "Can I ask about my medication?",
            "Health information",
        ),
        (
            "Members share their own experience, not medical advice; always talk to your neurologist or GP before "
            "changing treatment.",
            "Never stop or change a dose of pyridostigmine, steroids or any other medicine because of something you "
            "read here.",
            "If you have sudden trouble breathing or swallowing, call 999 (911 in the US) straight away rather than "
            "posting.",
            "{Cs} recommending unproven remedies for dry eyes and dry mouth will be removed, however well meant.",
            "Nothing on this board has been checked by a doctor, and the charity cannot be held responsible for it.",
        ),
    ),
    (  # safety and welfare, out of doors and in the workshop
        (
            "Safety first",
            "Staying safe",
            "Safety and welfare",
            "Is it safe?",
            "Check before you go",
            "Take care out there",
        ),
        (
            "Do not rely on anything posted here for tide times: the road to Sunderland Point floods at high water, so "
            "check the tables and the signs.",
            "Reports of ice, trail closures or track sessions are for information only; always check with the trail "
            "boss or the track officials.",
            "{Cs} that encourage running dogs in heat, over-working a team or harsh training will be removed.",
            "Casks, heavy timbers and the ropewalk machinery can be dangerous, so volunteers demonstrate them only "
            "after training.",
            "Ferry and boat times change with the weather, so please don't post them as fact without checking with "
            "the operator.",
        ),
    ),
    (  # facts, sources and rumour
        (
            "Check your facts",
            "Sources",
            "Rumour and fact",
            "Can I pass on something I heard?",
            "Accuracy",
        ),
        (
            "Please say where information comes from, whether a book, a parish register or an old cooper's memory.",
            "Rumours about closures, planning decisions or people's health should not be posted as fact.",
            'If you are not sure, say so; "I think" and "I heard" help others weigh what you write.',
            "Links to reliable sources, such as the NHS, the county council or Met Éireann, are welcome.",
            "Old photographs are easier to date and place if you tell us what you know about them.",
        ),
    ),
)

# What most sites call what readers send, and (a quarter of sites) the words of those that never say "comment".
COMMENT_WORD_331 = ("comment", "comments")
OTHER_WORDS_331 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after the site, as a sentence names them mid-sentence ("... and {mods} will step in").
MODERATORS_331 = (
    "the moderators",
    "our moderators",
    "the forum moderators",
    "the editor",
    "the editorial team",
    "the newsdesk",
    "the committee",
    "the guild committee",
    "the club committee",
    "the forum team",
    "the admins",
    "the site volunteers",
    "the webmaster",
    "the residents' association",
    "the trustees",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_331 = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, but ask that you follow a few simple rules.",
    "This board is run by volunteers for the members, and these rules help to keep it friendly.",
    "By sending a {c} you agree to the following.",
    "The following house rules apply to all {cs} on this site.",
    "A few ground rules, agreed by the committee.",
    "We want this to be a safe and supportive place for everyone living with the condition.",
    "Everyone is welcome here, from first-time spinners to old hands.",
)

# Closing lines a site may print after its rules (placeholders filled per site).
POLICY_CLOSINGS_331 = (
    "Thank you for helping to keep the forum a friendly place.",
    "Questions about these rules? Contact {mods}.",
    "Thank you for being part of the group.",
    "Thanks for reading, and enjoy the discussion.",
    "Diolch am ddarllen – thank you for reading.",
    "Go raibh maith agaibh, and mind yourselves.",
    "These rules were last reviewed by the committee at the AGM.",
    "Breaking these rules may lead to your {cs} being removed.",
)

# Titles a site may print over its rules (placeholders filled per site).
POLICY_TITLES_331 = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "{C} policy",
    "Community guidelines",
    "Guidelines for {cs}",
    "Rules of the message board",
    "Noticeboard terms",
    "Letters and {cs}: our policy",
    "Code of conduct",
    "Terms of use for the discussion board",
    "Netiquette",
)

# British spellings used in the sentences and lines above -> American (a site may print either).
AMERICAN_331 = {
    "humour": "humor",
    "neighbour": "neighbor",
    "offence": "offense",
    "co-operate": "cooperate",
    "behaviour": "behavior",
    "traveller": "traveler",
}

# The printing habits a site may show follow. First, the roman numerals a list may number its items with.
_ROMAN_331 = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman_331(number: int) -> str:
    """``number`` in lower-case roman numerals."""
    out = ""
    for value, letters in _ROMAN_331:
        while number >= value:
            out += letters
            number -= value
    return out


# Shapes of list marker, as format strings over the item's number (n), letter (a, A) and roman numeral (r, R); a
# section number (s) is drawn per site for the "s.n" shapes.
MARKER_SHAPES_331 = (
    "{n}.",
    "{n})",
    "({n})",
    "{n} –",
    "{a}.",
    "({a})",
    "{a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "·",
    "-",
    "–",
    "*",
    "■",
    "►",
    "Rule {n}:",
    "Rule {n} –",
    "Rule {n}.",
    "{s}.{n}",
    "{s}.{n}.",
    "§ {n}",
    "Clause {n}.",
    "No. {n}",
    "#{n}",
)

# How a site may set off its headings: plain, or marked up as forum and newsletter pages show them.
EMPHASIS_331 = ("**{}**", "*{}*", "_{}_", "[b]{}[/b]", "== {} ==", ">> {}", "~ {} ~", "[{}]")

# What a heading run in before its sentence is followed by (a question keeps its own mark).
RUN_IN_SEPARATORS_331 = (": ", ". ", " – ", " - ", " — ", ": ")

# What a heading standing as a part of its own ends with.
OWN_HEADING_ENDS_331 = ("", "", ".", ":")

# Pairs of section lines a site may print, one before its first item and one half way through.
SECTION_LINES_331 = (
    ("Part 1: General", "Part 2: Posting"),
    ("Part one – the basics", "Part two – what we remove"),
    ("General", "On the forum"),
    ("Before you post", "What we will not publish"),
    ("The basics", "The small print"),
    ("A. Behaviour", "B. Content"),
    ("Section 1 – Conduct", "Section 2 – Moderation"),
)

# Months for a last-updated line.
MONTHS_331 = (
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

# Last-updated lines, as format strings over a day (d), month name (m), month number (mm) and year (y).
UPDATED_LINES_331 = (
    "Last updated: {d} {m} {y}",
    "Last updated {d} {m} {y}.",
    "Updated {m} {y}",
    "Last revised {mm}/{d}/{y}",
    "Reviewed by the committee, {m} {y}.",
    "Version 2.{d} – {m} {y}",
    "Adopted at the AGM, {m} {y}.",
    "These rules were updated on {d} {m} {y}.",
)

# Sign-offs a site may print after its last item (placeholders filled per site).
SIGN_OFFS_331 = (
    "– The Editor",
    "The Committee",
    "With thanks from {mods}",
    "Diolch, the editorial team",
    "Happy spinning and weaving!",
    "See you on the trail.",
    "Take care, everyone, and be kind to yourselves.",
    "Signed on behalf of the trustees, Hon. Secretary",
    "Mod team",
)

# Words title case leaves in lower case (except at the start).
_SMALL_WORDS_331 = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "if", "in", "of", "on", "or", "the", "to"}
)


def _title_case_331(text: str) -> str:
    """``text`` with each word's first letter capitalised, short joining words excepted."""
    words = text.split(" ")
    out = []
    for position, word in enumerate(words):
        if position and word.lower() in _SMALL_WORDS_331:
            out.append(word)
        else:
            out.append(_capitalise_first_331(word))
    return " ".join(out)


def _capitalise_first_331(text: str) -> str:
    """``text`` with its first letter capitalised, whatever stands before it."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def _marker_331(shape: str, number: int, section: int) -> str:
    """The list marker of ``shape`` for the item at ``number`` (from 1) in section ``section``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    roman = _roman_331(number)
    return shape.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _items_331(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three sites in four, else post, message, reply, letter,
    notice ...) and who looks after it; how many items (two to five for one site in five, else six to sixteen), taken
    in table order or shuffled; how many sentences an item holds (one to three, fixed or varying); whether it prints
    headings, and if so their case (as written, title case or capitals), their markup, and where they stand (a part
    of their own ending bare, with a stop or a colon, or run in before the first sentence after a colon, stop or
    dash), with question headings printed as Q/A pairs by some sites; a list marker shape or none; whether a listed
    site of one sentence an item drops its full stops, as bulleted lists often do; and its own habits: a pair of section
    lines, a last-updated line at the top or foot, a sign-off, and "Back to top" after each item. Then
    :func:`_furnish` adds an opening, closing and title line by chance, American spelling and curly quotes."""
    singular, plural = COMMENT_WORD_331 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_331)
    moderators = rng.choice(MODERATORS_331)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
    }

    few = rng.random() < 0.2
    count = rng.randint(2, 5) if few else rng.randint(6, min(16, len(REWORDINGS_331)))
    kinds = rng.sample(REWORDINGS_331, count)
    if rng.random() < 0.6:
        kinds.sort(key=REWORDINGS_331.index)

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    fixed_sentences = rng.random() < 0.4

    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    run_in = rng.random() < 0.4
    run_in_separator = rng.choice(RUN_IN_SEPARATORS_331)
    own_end = rng.choice(OWN_HEADING_ENDS_331)
    emphasis = rng.choice(EMPHASIS_331) if rng.random() < 0.2 else "{}"
    questions_as_q_and_a = not run_in and rng.random() < 0.12

    marker_shape = rng.choice(MARKER_SHAPES_331) if rng.random() < 0.6 else ""
    section = rng.randint(1, 9)
    drop_stops = most_sentences == 1 and bool(marker_shape) and rng.random() < 0.3
    back_to_top = rng.random() < 0.05

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        taken = most_sentences if fixed_sentences else rng.randint(1, most_sentences)
        parts = [_capitalise_first_331(sentence.format_map(fill)) for sentence in rng.sample(sentences, taken)]
        if drop_stops:
            parts = [part[:-1] if part.endswith(".") else part for part in parts]
        marker = _marker_331(marker_shape, number, section) + " " if marker_shape else ""

        heading = ""
        if heading_case != "none":
            heading = _capitalise_first_331(rng.choice(headings).format_map(fill))
            if heading_case == "title":
                heading = _title_case_331(heading)
            elif heading_case == "capitals":
                heading = heading.upper()

        if not heading:
            parts[0] = marker + parts[0]
            item: tuple[str, ...] = ("", *parts)
        elif run_in:
            separator = " " if heading.endswith("?") else run_in_separator
            if separator == ": " and marker.endswith(": "):  # not "Rule 1: Privacy: ..."
                separator = ". "
            parts[0] = marker + emphasis.format(heading) + separator + parts[0]
            item = ("", *parts)
        else:
            if questions_as_q_and_a and heading.endswith("?"):
                heading = "Q: " + heading
                parts[0] = "A: " + parts[0]
            elif not heading.endswith("?"):
                heading += own_end
            item = (marker + emphasis.format(heading), *parts)

        if back_to_top:
            item = (*item, "Back to top")
        items.append(item)

    if rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_331)
        items.insert(len(items) // 2, (second, ""))
        items.insert(0, (first, ""))

    if rng.random() < 0.2:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_331).format(
            d=rng.randint(1, 28), m=MONTHS_331[month - 1], mm=month, y=rng.randint(2016, 2026)
        )
        items.insert(0 if rng.random() < 0.4 else len(items), ("", updated))

    if rng.random() < 0.15:
        items.append(("", _capitalise_first_331(rng.choice(SIGN_OFFS_331).format_map(fill))))

    intros = [line.format_map(fill) for line in POLICY_INTROS_331]
    closings = [line.format_map(fill) for line in POLICY_CLOSINGS_331]
    titles = [line.format_map(fill) for line in POLICY_TITLES_331]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_331)
