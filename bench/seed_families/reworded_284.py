"""The ``reworded-284`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Falkland Islands radio news, Peak District papers, Tennessee valley weeklies, powerlifting gyms'
boards, folk dance societies, kidney patients' forums, rural broadband co-ops, coaching inn historians.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for the site's
# word for what readers send (singular, plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_284: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the man",
            "Can I disagree with someone?",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Disagree all you like, but do it politely; personal attacks on other readers will be removed.",
            "Treat everyone here as you would a fellow lifter in the warm-up room: with respect, whatever their total.",
            "This is a friendly society and we'd like the board to feel like the tea break at a Saturday dance.",
            "{Cs} that insult, belittle or goad other contributors will not be published.",
            "Robust debate about parish council decisions is welcome; name-calling is not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Equality and respect"),
        (
            "We will not publish anything that attacks people because of their race, religion, sex, sexual "
            "orientation, disability or age.",
            "Racist, sexist, homophobic or otherwise discriminatory remarks lead to an immediate ban, with no warning.",
            "Jokes at the expense of a group of people are still hateful, and {mods} will treat them that way.",
            "Everyone is welcome on the floor regardless of background, ability or partner, and the same goes for "
            "this forum.",
            "Material likely to stir up hatred may be an offence under the Public Order Act 1986 and will be passed "
            "to the police where necessary.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I post a phone number?",
            "Protect your privacy",
        ),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Please don't share details of other patients you have met on the unit, even without naming them; the "
            "renal community is small and people are easily recognised.",
            "Photos of members taken at club nights should only be posted with their permission.",
            "If you're reporting a fault, give your road or cabinet number, not your house number and account details.",
            "Anything you write here is public and may be found by search engines, so think before you share.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "Who do I tell if I'm worried?",
            "Welfare",
        ),
        (
            "Do not name or post pictures of children without the written consent of a parent or guardian.",
            "Junior lifters use this board too, so keep language and content suitable for them.",
            "If you have a concern about a child or vulnerable adult, contact the society's welfare officer rather "
            "than posting about it here.",
            "{Cs} that could identify a child involved in a court case or a care matter will be removed at once.",
            "If someone is in immediate danger, call 911 first and tell us afterwards.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
            "Approval",
        ),
        (
            "All {cs} are read by a member of staff before they appear, which can take several hours.",
            "The newsroom is not staffed overnight or at weekends, so {cs} sent after 5pm on a Friday may not appear "
            "until Monday.",
            "{Cs} are checked by hand by {mods}, so please be patient if yours takes a day or two to show up.",
            "New members' first few {cs} are held for approval; after that they go up straight away.",
            "Sending the same {c} several times will not speed things up and may get it caught in the spam filter.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} relevant to the story they appear under.",
            "General chat belongs in the Lounge, not in the training logs section.",
            "Threads about the A6 roadworks, the Bakewell bypass or parking in Castleton are welcome, but stick to "
            "the thread you are in.",
            "Questions about your own connection go in the Support section; this board is for news about the rollout.",
            "{mods} may move or close threads that wander too far from where they started.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and self-promotion",
            "Can I advertise my event?",
            "Commercial posts",
            "Links",
        ),
        (
            "Commercial advertising is not allowed; if you want to reach our readers, contact the advertising "
            "department.",
            "Members may post kit for sale in the Classifieds section only, one thread per item, with a price.",
            "Dances run by other clubs can go on the Events board; flyers pasted into every thread will be deleted.",
            "Links to supplement shops, coaching programmes or affiliate sites will be removed along with the {c}.",
            "Chain letters, petitions and repeated links all count as spam.",
        ),
    ),
    (  # names and accounts
        (
            "Your username",
            "Names",
            "One account per person",
            "Do I have to use my real name?",
            "Registration",
            "Identity",
        ),
        (
            "Letters for publication must include your full name, address and a daytime phone number, though only "
            "your name and town will be printed.",
            "You may use a nickname, but do not pretend to be someone else, including staff or committee members.",
            "One account per person; duplicate accounts will be merged or removed.",
            "Usernames that are offensive or that advertise a business will be changed without notice.",
            "Please use the name you are known by at the club so that other members know who they are talking to.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation and contempt",
            "Could I get into trouble for what I post?",
            "Libel",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you post; do not accuse anyone of a crime or of dishonesty unless "
            "you can prove it.",
            "Do not discuss cases before the Magistrate's Court or the Supreme Court in Stanley while they are going "
            "on, as this could amount to contempt of court.",
            "We will remove anything that could be libellous, and we may have to hand details to the police or a "
            "court if ordered to.",
            "A false statement that damages someone's reputation can be defamation under Tennessee law, whether it "
            "is printed in the paper or typed into this box.",
            "If you name someone in connection with an allegation, your {c} will not be published.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I copy a whole article?",
            "Quoting",
            "Intellectual property",
        ),
        (
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Only upload photographs you took yourself or have permission to use.",
            "Old postcards, maps and engravings of inns may still be in copyright; please credit the source and the "
            "collection that holds it.",
            "Tunes and dance instructions belong to their composers and devisers, so ask before posting them in full.",
            "By posting you give us a licence to publish your {c} in print, on air and online.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "How to report",
            "See something wrong?",
            "How do I complain about a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please report problems rather than replying to them; arguing in the thread only makes things worse.",
            "Complaints about a {c} can be sent to the editor, quoting the headline and the time it was posted.",
            "Every report is read by a person, not a machine, and we will act on it as soon as we can.",
            "Complaints about our journalism can go to IPSO; complaints about other readers' {cs} should come to us.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The committee's decision",
            "Why was my {c} removed?",
            "Right to refuse",
            "Editing",
        ),
        (
            "We reserve the right to edit or refuse any {c} without giving a reason.",
            "The committee's decision on whether a post stays up is final.",
            "{mods} may shorten letters for reasons of space.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "These rules are not exhaustive, and {mods} will use common sense where something is not covered.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Have we got something wrong?",
            "Errors and clarifications",
            "Tell us",
        ),
        (
            "If you spot a mistake in one of our reports, email the newsroom rather than leaving a {c}, so we can put "
            "it right quickly.",
            "Tip-offs are always welcome: ring the station or leave a message at the studio in Stanley.",
            "Corrections to dates or sources in the inn histories should go to the archivist with a reference, not "
            "into the thread.",
            "We publish corrections in the next week's edition and on the website.",
            "{Cs} pointing out errors will be passed to the reporter but may not be published.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Bad language", "Writing style"),
        (
            "No swearing, including words with asterisks or letters left out.",
            "A bit of gym language is fine in your own training log, but keep it off the main board and never aim it "
            "at anyone.",
            "Please write in English so that {mods} can read what is posted.",
            "Writing entirely in capitals is the same as shouting; please don't.",
            "Text-speak and long strings of emojis make {cs} hard to read and may be removed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Enforcement",
        ),
        (
            "A first breach will usually earn a warning; a second, a suspension; a third, a permanent ban.",
            "Members who are banned from the gym for their behaviour will also lose access to this board.",
            "{mods} may suspend an account straight away for serious breaches, without a warning.",
            "Creating a new account to get around a ban will lead to all your accounts being removed.",
            "Serious or repeated breaches may be referred to the committee, which can end a person's membership.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Health and safety",
            "This is not medical advice",
            "Should I change my medication because of something I read here?",
            "Safety first",
            "Talk to your unit",
        ),
        (
            "Nothing posted here replaces advice from your renal team; always check with them before changing your "
            "diet, fluids or medication.",
            "Do not post or ask for advice on getting hold of prescription drugs, steroids or other "
            "performance-enhancing substances.",
            "Advice on form from other members is given in good faith; lift within your limits and use spotters and "
            "safety bars.",
            "Don't climb poles, open street cabinets or touch fallen cables; report them to the co-op and, if they "
            "might be live, to the power company.",
            "If you feel unwell, contact your unit or call 111; in an emergency dial 999.",
        ),
    ),
    (  # elections and politics
        ("Elections", "Election period", "Political posts", "Can candidates post here?", "Campaigning"),
        (
            "During a Legislative Assembly election, {cs} from candidates or their agents must say so.",
            "The forum is not the place for party politics; elections to the co-op board can be discussed in the AGM "
            "thread.",
            "Campaign material and calls to vote for a candidate will be removed.",
            "In the run-up to polling day we may close {cs} on election stories altogether.",
            "Candidates for county commission are welcome to answer questions here, but under their own names.",
        ),
    ),
)

# What a quarter of sites call what readers send instead of "comment" (singular, plural).
READER_WORDS_284: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as these sites name them mid-sentence.
MODERATORS_284: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the newsroom",
    "the committee",
    "the admins",
    "the forum team",
    "our volunteer moderators",
    "the news desk",
    "the co-op's board",
    "the web editor",
    "the mods",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_284: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from listeners in Stanley, Camp and further afield, provided they follow the guidelines below.",
    "This board is run by volunteers for the members. A few simple rules keep it useful for everyone.",
    "The following terms apply to everything put up on the noticeboard.",
    "By registering you agree to abide by the rules below.",
    "Readers' {cs} are a valued part of the site, and we want to keep the conversation civil.",
    "These guidelines were agreed by the committee and apply to the forum, the Facebook group and the mailing list.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_284: tuple[str, ...] = (
    "Thanks for reading, and happy lifting.",
    "Thank you for helping keep the forum a friendly place.",
    "If in doubt, don't post it.",
    "Questions about these rules can be sent to {mods} through the Contact page.",
    "These rules may be updated from time to time; continued use of the site means you accept the current version.",
    "See you on the dance floor.",
    "Sending a {c} means you have read and accept these guidelines.",
)

# Titles a site may print above its rules.
POLICY_TITLES_284: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "{C} policy",
    "Community guidelines",
    "Board rules - please read",
    "Guidelines for {cs}",
    "Rules of the message board",
    "Read before posting",
    "Terms of use for readers' {cs}",
)

# British spellings used in the sentences above -> American; a site may print either.
AMERICAN_284: dict[str, str] = {
    "recognised": "recognized",
    "offence": "offense",
    "programmes": "programs",
    "libellous": "libelous",
    "licence": "license",
    "behaviour": "behavior",
}

# Section lines a site may print above its rules, as part of longer terms.
SECTION_LINES_284: tuple[str, ...] = (
    "Section 4: Online {cs}",
    "Part B - Reader contributions",
    "Appendix 2. Use of the society's forum",
    "Schedule 3: Noticeboard",
    "4. Community standards",
)

# Who signs the rules off, when a site signs them.
SIGN_OFFS_284: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Mods team",
    "Admin",
    "Dave (admin)",
    "Hon. Secretary, on behalf of the committee",
    "The News Team",
)

# Words a site puts before one rule it wants read first.
EMPHASIS_PREFIXES_284: tuple[str, ...] = ("IMPORTANT: ", "Please note: ", "NB ", "PLEASE NOTE - ")

# List markers these sites print; each is a function of the item's position (0-based).
_ROMAN_284: tuple[str, ...] = (
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
_LETTERS_284 = "abcdefghijklmnopqrstuvwxyz"
MARKER_STYLES_284: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "*",
    "\u2013",
    "-",
    "Rule {n}:",
    "Rule {n} -",
    "{s}.{n}",
    "\u00a7{n}",
)

# Months for last-updated lines.
_MONTHS_284: tuple[str, ...] = (
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
# Words title case leaves small.
_SMALL_WORDS_284 = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "not", "by", "at", "off"))


def _sentence_start_284(text: str) -> str:
    """``text`` with its first letter in capitals (a sentence that opens with the moderators' name)."""
    return text[:1].upper() + text[1:]


def _title_case_284(text: str) -> str:
    """``text`` in title case as these sites print it: every word capitalised but the small ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS_284 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_284(style: str, position: int, section: int) -> str:
    """The list marker ``style`` for the item at ``position`` (0-based) in section ``section``."""
    return style.format(
        n=position + 1,
        a=_LETTERS_284[position % 26],
        A=_LETTERS_284[position % 26].upper(),
        r=_ROMAN_284[position % len(_ROMAN_284)],
        R=_ROMAN_284[position % len(_ROMAN_284)].upper(),
        s=section,
    )


def _items_284(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``.

    A site draws its word for what readers send ("comment" three sites in four, otherwise post, message, reply,
    contribution, letter or notice) and who moderates; how many kinds of item it prints (two to five on one site in
    five, six to sixteen on the rest), in table order or shuffled; up to how many sentences an item (one to three);
    its headings in sentence case, title case or capitals, or none at all; whether a heading stands as a part of its
    own (bare, with a stop or with a colon) or runs in before the first sentence after a colon, stop or dash; and a
    list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or
    none. Then its own habits, each by chance: headings in bold marks, one rule flagged as important, a section line,
    a last-updated or reviewed line, a separator line and a sign-off. Opening, closing and title lines, American
    spelling and curly quotes are left to ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(READER_WORDS_284)
    moderators = rng.choice(MODERATORS_284)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(template: str) -> str:
        return _sentence_start_284(template.format(**words))

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_284)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    heading_end = rng.choice(("", ".", ":")) if placement == "own" else rng.choice((": ", ". ", " - ", " \u2013 "))
    marker_style = rng.choice(MARKER_STYLES_284) if rng.random() < 0.6 else ""
    section = rng.randint(2, 9)
    bold = (
        rng.choice(("**{}**", "[b]{}[/b]"))
        if heading_case != "none" and placement == "own" and rng.random() < 0.1
        else ""
    )

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_284[kind]
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker_284(marker_style, position, section) if marker_style else ""
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_284(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        if heading and placement == "own":
            heading = heading if heading.endswith("?") else heading + heading_end
            if bold:
                heading = bold.format(heading)
            items.append(((marker + " " + heading).strip(), *chosen))
            continue
        if heading:
            chosen[0] = heading + (" " if heading.endswith("?") else heading_end) + chosen[0]
        if marker:
            chosen[0] = marker + " " + chosen[0]
        items.append(("", *chosen))

    if rng.random() < 0.1:
        flagged = rng.randrange(len(items))
        heading, first, *rest = items[flagged]
        items[flagged] = (heading, rng.choice(EMPHASIS_PREFIXES_284) + first, *rest)
    if rng.random() < 0.12:
        items.insert(0, (fill(rng.choice(SECTION_LINES_284)), ""))
    if rng.random() < 0.2:
        year = rng.randint(2011, 2025)
        month = rng.randrange(12)
        updated = rng.choice(
            (
                f"Last updated: {rng.randint(1, 28)} {_MONTHS_284[month]} {year}",
                f"Updated {month + 1:02d}/{rng.randint(1, 28):02d}/{year}",
                f"Reviewed by the committee, {_MONTHS_284[month]} {year}.",
                f"Rules revised at the AGM, {year}.",
                f"(Amended {_MONTHS_284[month]} {year})",
            )
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.07:
        items.insert(rng.randint(1, len(items)), ("", rng.choice(("* * *", "----------", "~~~"))))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_284)))

    intros = [fill(line) for line in POLICY_INTROS_284]
    closings = [fill(line) for line in POLICY_CLOSINGS_284]
    titles = [fill(line) for line in POLICY_TITLES_284]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_284)
