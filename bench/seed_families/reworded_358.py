"""The ``reworded-358`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Boreray and Soay bulletins, Matterdale and Bannisdale papers, Lovelock and Elko weeklies, kubb and
mölkky clubs, willow weaving and felt making guilds, Menkes and Canavan disease forums, pancake race and bathtub race
committees, bat survey volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites' rules hold, in the order a site usually prints them: each is (headings, sentences).
# ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send, ``{mods}`` for who looks after
# the site; a sentence's first letter is capitalised after filling, so ``{mods}`` may open one.
REWORDINGS_358: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Civility",
            "Keep it friendly",
            "Respect other members",
            "How should I disagree?",
            "Play the ball, not the player",
        ),
        (
            "Disagree with the argument, not with the person making it.",
            "Personal attacks, name-calling and sneering at other readers will be removed, however good the rest of "
            "the {c} is.",
            "This is a small community and most of us meet at the pier, the show field or the village hall sooner or "
            "later, so write as you would speak to someone's face.",
            "Robust debate is welcome; rudeness, baiting and pile-ons are not.",
            "Be patient with newcomers: everyone threw a first baton, wove a first base or switched on a first bat "
            "detector once.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hate speech?", "Equality and respect"),
        (
            "We will not publish {cs} that attack people for their race, religion, disability, sex, sexual "
            "orientation, gender identity or age.",
            "Slurs are removed even when they are quoted, disguised with asterisks or meant as a joke.",
            "Remarks aimed at incomers, travellers, seasonal workers or any other group in the district fall under "
            "this rule too.",
            "Stirring up hatred is an offence under the Public Order Act 1986, and the worst cases will be passed to "
            "the police.",
            "Mocking disability of any kind has no place here, least of all on a forum built by families who live "
            "with it every day.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Can I share contact details?",
            "Other people's details",
            "Keep personal details private",
        ),
        (
            "Do not post anyone's home address, phone number, email address or workplace, including your own.",
            "Please leave out the full names of people who are not already in the public eye.",
            "If you mention a farm, croft or house, keep it vague enough that a stranger could not find it.",
            "Photographs of other people should only be shared with their permission.",
            "What you give us when you register is handled in line with the UK GDPR and the Data Protection Act 2018.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting children",
            "Posting about your child",
            "Can I share photos of my child?",
        ),
        (
            "Never name, picture or describe a child other than your own.",
            "Think twice before putting your child's full name, school or hospital next to their diagnosis, because "
            "search engines keep {cs} long after you have forgotten them.",
            "Junior members must not be contacted privately; arrangements go through a parent or the club's welfare "
            "officer.",
            "Anything suggesting that a child or vulnerable adult is at risk will be passed to the proper authorities.",
            "Photos from junior sessions and school workshops are posted by the committee only, once the consent "
            "forms are in.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "When will my {c} go live?",
            "Moderation and delays",
        ),
        (
            "Every {c} is read by a person before it is published, so there may be a delay.",
            "Moderation is done by volunteers, so the queue may not be cleared until the evening or the weekend.",
            "The island's connection drops when the weather closes in, and the queue can wait a day or two when it "
            "does.",
            "Please do not send the same {c} twice if it does not appear straight away; duplicates only slow the "
            "queue.",
            "On race day we may close {cs} altogether until the results have been confirmed.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Relevance", "Where should I post this?"),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "Lost dogs, spare tickets and sheep loose on the road belong on the noticeboard page, not under the news.",
            "Off-topic {cs} may be moved to the general board or removed without notice.",
            "Arguments over last weekend's tournament rulings go in the rules thread, where the umpires will see them.",
            "Please start a new thread rather than taking over somebody else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Commercial {cs}",
            "Adverts and links",
        ),
        (
            "Adverts, sales pitches and affiliate links will be removed.",
            "Members may mention work for sale once a month in the Makers' Market thread, and nowhere else.",
            "Fundraising pages may only be shared with the agreement of {mods}.",
            "Accounts that exist only to post links will be banned without warning.",
            "To advertise a holiday let, a stall or a service, ask the office for our advertising rates.",
        ),
    ),
    (  # names and accounts
        ("Usernames", "Your account", "Real names", "One account each", "Do I have to use my real name?"),
        (
            "One account per person; second accounts made to agree with yourself or to dodge a ban will be closed.",
            "You may post under a username, but it must not impersonate another person, group or organisation.",
            "Letters for the printed paper must carry your name and village, though we will withhold them on request.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Usernames that are offensive, or that are a web address, will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Court cases", "What can't I say?", "Stay within the law"),
        (
            "Do not post anything defamatory, that is, anything untrue that could harm the reputation of a person or "
            "a business.",
            "Once someone has been charged, nothing may be said that could prejudice the trial, and we will close "
            "{cs} on such stories to protect the case.",
            "A {c} is a publication like any other, and a false and damaging one can land its writer in court, in "
            "Nevada as anywhere else.",
            "Never identify the victim of a sexual offence; they have anonymity for life.",
            "Anything that appears to break the law will be removed and may be reported.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and patterns",
            "Can I post a pattern I found?",
            "Copying and sharing",
        ),
        (
            "Only post photos, text and video that you own or have permission to share.",
            "Paste a short quote and a link rather than a whole article from another paper.",
            "Published basket and felt patterns belong to their designers, so link to the pattern instead of posting "
            "scans of its pages.",
            "By posting a photo you give us permission to use it on the site and in the printed bulletin, credited "
            "to you.",
            "We will take material down when its owner asks us to.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a {c}", "Flagging", "How do I report a {c}?", "Seen something wrong?"),
        (
            "Use the Report link beneath any {c} you think breaks these rules.",
            "Reports are anonymous; the member you report will not be told who flagged them.",
            "Please report rather than reply, because arguing back only feeds the problem.",
            "If the matter is urgent, email {mods} directly as well.",
            "Reporting someone again and again because you disagree with them is itself a breach of these rules.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Discretion",
            "The committee's decision",
            "Why was my {c} removed?",
        ),
        (
            "{mods} may remove, shorten or decline any {c} at their discretion.",
            "We do not have to explain every decision, and we will not debate them in public.",
            "Publishing a {c} does not mean the paper or the club agrees with it.",
            "These rules may change as the forum grows, and the version on this page is the one that applies.",
            "If you think we got it wrong, write to us and a second member of the committee will look again.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and corrections"),
        (
            "If we have got something wrong, tell us and we will put it right.",
            "Send corrections to the news desk by email, not as a {c}, so they reach the reporter quickly.",
            "Story tips are welcome by phone or email, and we will protect your identity if you ask.",
            "Race results are provisional until the committee signs them off, so report timing errors to the results "
            "table rather than online.",
            "Copy for the next bulletin must reach us by Wednesday noon to make the Thursday boat.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Swearing", "Write clearly", "Which languages can I use?"),
        (
            "Keep swearing out of your {cs}; the filter holds anything that trips it.",
            "Please do not write in capital letters, which reads as shouting.",
            "{Cs} in Gaelic, Swedish or Finnish are welcome, though a line of English helps everyone follow.",
            "Misspelt or starred-out swear words count as swearing.",
            "Keep it short: {cs} over 300 words may be trimmed.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Suspensions", "Three strikes"),
        (
            "A first breach usually earns a private warning from {mods}.",
            "Repeated breaches lead to a suspension, and then to a permanent ban.",
            "Serious breaches, such as threats or posting a child's details, mean an immediate ban.",
            "Banned members who come back under a new name will be removed on sight.",
            "A ban from the forum does not affect club membership, which is a matter for the committee under the "
            "constitution.",
        ),
    ),
    (  # safety and medical advice
        (
            "Advice and safety",
            "Not professional advice",
            "Health and safety",
            "Can I rely on advice given here?",
            "Safety first",
            "Take care",
        ),
        (
            "Nothing posted here replaces advice from your child's own consultant, metabolic team or specialist nurse.",
            "Share your family's experience of copper histidinate, gene therapy trials or tube feeding, but never "
            "suggest doses.",
            "Do not handle a grounded or injured bat with bare hands; wear gloves and call the National Bat Helpline.",
            "Volunteers must never enter a roost, loft or mine working without a licensed bat worker present.",
            "Competitors take part at their own risk and must attend the safety briefing before launching a tub or "
            "lining up with a pan.",
        ),
    ),
    (  # sensitive wildlife sites
        ("Sensitive sites", "Roost locations", "Protecting wildlife", "Where can I say I saw it?", "Grid references"),
        (
            "Never post the exact location or grid reference of a bat roost; give the parish or the 10 km square "
            "instead.",
            "Bats and their roosts are protected by law, and disturbing them can be an offence even by accident.",
            "Keep nest sites, orchid colonies and the flock's lambing grounds vague too, so that nobody goes looking.",
            "Records belong with the county bat group or the local records centre, not only in a thread.",
            "Photos of bats in the hand are removed unless taken by a licence holder during a survey.",
        ),
    ),
    (  # bereavement and difficult news
        ("Bereaved families", "Sensitive topics", "Be gentle about prognosis", "Difficult news", "Posting about loss"),
        (
            "Some families here have lost children, so take care with what you say about life expectancy.",
            "Bereaved parents are welcome to stay, and there is a separate board for those who want it.",
            "Do not post survival figures in reply to a newly diagnosed family unless they ask for them.",
            "A warning at the top of {cs} about seizures, hospital stays or end-of-life care is appreciated.",
            "Obituaries and death notices are placed through the office, not as {cs}.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say comment; about a quarter never do.
COMMENT_WORDS_358: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_358: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("response", "responses"),
)

# Who looks after the site, as the rules name them (only ever followed by a modal verb or ending a sentence).
MODERATORS_358: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editors",
    "the forum team",
    "the committee",
    "the admin team",
    "the news desk",
    "our volunteer moderators",
    "the bulletin volunteers",
    "the survey coordinators",
    "the guild's web officer",
    "the club secretary",
)

# Lines a site may print before its rules.
POLICY_INTROS_358: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers and members, subject to the rules below.",
    "The bulletin is run by volunteers, and these guidelines help keep it a place everyone is glad to visit.",
    "By registering or posting, you agree to the following.",
    "These house rules apply to the website, the Facebook group and the noticeboard alike.",
    "Ours is a small, close-knit community. A few ground rules:",
    "This forum exists so that families affected by a rare condition can support one another.",
)

# Lines a site may print after its rules.
POLICY_CLOSINGS_358: tuple[str, ...] = (
    "Thank you for helping to keep the forum friendly and safe.",
    "Questions about these rules can go to the editor at the usual address.",
    "Happy posting!",
    "The committee thanks you for your cooperation.",
    "See you on the pitch.",
    "Breaking these guidelines may lead to {cs} being removed without notice.",
    "Thanks for reading, and for being part of the guild.",
)

# Titles a site may print over its rules.
POLICY_TITLES_358: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules for {cs}",
    "Forum code of conduct",
    "Comments: our rules",
    "Guidelines for contributors",
    "Letters and comments policy",
)

# British spellings in the sentences above and the printing habits below, and their American forms.
AMERICAN_358: dict[str, str] = {
    "organisation": "organization",
    "offence": "offense",
    "licence": "license",
    "travellers": "travelers",
    "misspelt": "misspelled",
    "centre": "center",
    "behaviour": "behavior",
    "catalogue": "catalog",
}

# Words a title-case heading leaves in lower case unless they open it.
SMALL_WORDS_358 = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not")
)

# Roman numerals for the items a site numbers so.
ROMAN_358 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
# Markers a site puts before each item: each takes the item's number (from one) and gives the printed marker
# ("3.n" as in a site's longer terms of use, where the rules are section 3).
MARKERS_358: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{ROMAN_358[n - 1]}.",
    lambda n: f"{ROMAN_358[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "*",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} \u2013",
    lambda n: f"\u00a7{n}",
    lambda n: f"3.{n}",
    lambda n: f"Section {n}.",
)

# Section lines a site prints above its rules, as part of a longer page.
SECTION_LINES_358: tuple[str, ...] = (
    "Part 3: Using the forum",
    "Section B \u2013 {Cs} and the noticeboard",
    "4. Reader {cs}",
    "Participation rules",
    "Online {cs}",
    "Terms of use (continued)",
)

# Months for a site's last-updated line.
MONTHS_358 = (
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

# Sign-offs a site prints under its rules.
SIGN_OFFS_358: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "Posted by admin",
    "Forum team",
    "\u2014 Bulletin volunteers, Hirta",
    "Approved at the AGM",
)


def _title_case_358(text: str) -> str:
    """``text`` with each word capitalised but the small ones inside it."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_358 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_358(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    The site draws its word for what readers send (comment for three sites in four, else post, message, letter ...)
    and who moderates; how many kinds of item it prints (two to five for one site in five, else six to sixteen), in
    table order or shuffled; how many sentences an item has (always one, always two, or one to three by item), taken
    in order or not; how it cases its headings (as written, title case or capitals) or whether it prints none; where
    headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash), and whether they are emphasised with asterisks or underscores; a list marker (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section signs or numbers) or none; whether single sentences
    lose their stop as list lines do; and by chance a section line above the rules, a last-updated line before or
    after them, and a sign-off. Opening, closing and title lines, American spelling and curly quotes are left to
    ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_358 if rng.random() < 0.25 else COMMENT_WORDS_358)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    fill["mods"] = rng.choice(MODERATORS_358)

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    def allowed(lines: tuple[str, ...]) -> list[str]:
        lines = [filled(line) for line in lines]
        return lines if singular == "comment" else [line for line in lines if "comment" not in line.lower()]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_358)), count)
    if rng.random() < 0.6:
        kinds.sort()
    per_item = rng.choice(("one", "two", "varied", "varied"))
    sentences_in_order = rng.random() < 0.5
    heading_case = rng.choice(("as written", "as written", "title", "capitals"))
    heading_place = rng.choice(("none", "own", "own", "own", "run in", "run in"))
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_joint = rng.choice((": ", ": ", ". ", " \u2013 ", " \u2014 ", " - "))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_")) if heading_place != "none" else ""
    marker = rng.choice(MARKERS_358) if rng.random() < 0.6 else None
    drop_stops = per_item == "one" and heading_place == "none" and rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_358[kind]
        many = {"one": 1, "two": 2}.get(per_item) or rng.randint(1, 3)
        chosen = rng.sample(range(len(sentences)), many)
        if sentences_in_order:
            chosen.sort()
        parts = [filled(sentences[index]) for index in chosen]
        if drop_stops:
            parts = [part[:-1] if part.endswith(".") else part for part in parts]
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_358(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        prefix = f"{marker(number)} " if marker else ""
        if heading_place == "none":
            items.append(("", prefix + parts[0], *parts[1:]))
        elif heading_place == "own":
            ending = "" if heading.endswith("?") else own_ending
            items.append((prefix + emphasis + heading + emphasis + ending, *parts))
        else:
            joint = " " if heading.endswith("?") else run_in_joint
            items.append(("", prefix + emphasis + heading + emphasis + joint + parts[0], *parts[1:]))

    if rng.random() < 0.15:
        section = allowed(SECTION_LINES_358)
        items.insert(0, (rng.choice(section), ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_358), rng.randint(2016, 2025)
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}",
                f"Last updated {month} {day}, {year}.",
                f"Updated {month} {year}",
                f"These rules were last reviewed on {day} {month} {year}.",
                f"Revised {day}/{MONTHS_358.index(month) + 1}/{year}",
            )
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_358)))

    intros, closings, titles = (allowed(lines) for lines in (POLICY_INTROS_358, POLICY_CLOSINGS_358, POLICY_TITLES_358))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_358)
