"""The ``reworded-275`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Pierre English bulletins, Isles of Scilly papers, New Mexico pueblo-country weeklies, hockey
umpires' groups, calligraphy guilds, coeliac forums, community land trusts, ferry heritage societies.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Item kinds, each (headings, sentences): five or six headings a site may print over the item, and five sentences in
# the voice of these sites. {c}/{cs} and {C}/{Cs} are the site's word for what readers send (singular/plural, then
# capitalised); {mods} is who looks after the site.
REWORDINGS_275: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be courteous", "Courtesy", "Civility", "How should I disagree?", "Play the ball, not the player", "Manners"),
        (
            "Please be courteous to other members, even when you disagree with them.",
            "Criticise the decision, not the umpire who made it; we have all had a bad day on the pitch.",
            "Disagreement is welcome here, but personal remarks, sneering and name-calling are not.",
            "Treat everyone as you would a neighbour you will meet on the quay tomorrow, because on an island you "
            "probably will.",
            "Keep {cs} good-humoured and kind; a beginner's first wobbly italic deserves encouragement, not a lecture.",
        ),
    ),
    (  # hatred and discrimination
        ("Hate speech", "No discrimination", "Respect for all", "Respect for communities", "What counts as hateful?"),
        (
            "We will not publish {cs} that attack people for their race, religion, nationality, sex, sexuality, "
            "disability or age.",
            "Remarks that demean Native people, the Pueblos or their traditions will be removed without discussion.",
            "Stereotypes about incomers, second-home owners or islanders are no more welcome than any other kind.",
            "Racist, sexist, homophobic or otherwise bigoted language is removed on sight and its author blocked.",
            "Everyone is welcome in this guild, whatever their background, hand or level of skill.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep it private", "Photographs and privacy", "Can I name someone?"),
        (
            "Do not post anyone's address, telephone number, email or workplace, and that includes your own.",
            "Photography, sketching and recording are not permitted at many pueblo feast days and dances; do not "
            "post images taken there.",
            "Please do not name players, coaches or spectators involved in a match incident.",
            "Private messages stay private; do not copy them into the open forum without the sender's consent.",
            "Tenants' and applicants' circumstances are confidential and must never be discussed on this page.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Young members", "Protecting young umpires", "Welfare concerns"),
        (
            "Never post photographs of junior players or young umpires without written permission from a parent "
            "or guardian.",
            "Any concern about the welfare of a child should go to the club welfare officer, not into a public thread.",
            "Members under eighteen may join the forum only with a parent's consent.",
            "If you are worried that someone is at risk, contact the police or the relevant authority first and "
            "tell {mods} afterwards.",
            "Adults must not ask younger members to move a conversation to private messages or another platform.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Approval of {cs}",
            "When will my {c} appear?",
        ),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay.",
            "{Cs} posted in the evening or at weekends may not appear until the next working day.",
            "The office is staffed part-time and the boat does not wait for anyone, so please allow up to two days "
            "for approval.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "Please do not send the same {c} twice if it does not appear at once; it is simply waiting in the queue.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance", "Is this the right board?"),
        (
            "Please keep {cs} to the subject of the article or thread.",
            "Threads about the ship's restoration are for the restoration; sailing times and fares belong on the "
            "operator's own site.",
            "Recipes and product news go in their own sections so that they can be found again.",
            "Rule interpretation questions belong in the laws forum, not in match reports.",
            "Off-topic {cs} may be moved or removed, and long digressions will be closed.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No advertising", "Spam", "Selling and promotion", "Can I advertise my business?"),
        (
            "Advertising, sales pitches and links to commercial sites are not allowed.",
            "Members may mention their own workshops or commissions once, in the Noticeboard section, and nowhere "
            "else.",
            "Holiday lets, boat trips and accommodation may not be advertised here; please contact our advertising "
            "department.",
            "{Cs} that exist only to promote a product, a restaurant or a supplement will be deleted.",
            "Chain letters, surveys and fundraising appeals need the committee's approval before they are posted.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Real names", "Accounts", "Usernames", "Who can post?", "One account each"),
        (
            "Please sign {cs} with your full name and the island or parish where you live.",
            "We do not publish anonymous {cs}; a name and a working email address are required, though only your "
            "name will be shown.",
            "One account per person; duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, an official, or a member of staff.",
            "Usernames that are offensive, misleading or advertise a business will be changed.",
        ),
    ),
    (  # the law
        ("Legal", "The law", "Defamation", "Stay within the law", "Legal responsibility"),
        (
            "You are legally responsible for what you post, and you must not post anything defamatory, threatening "
            "or unlawful.",
            "This bulletin is published in Saint-Pierre and is subject to French law, including the law of 29 July "
            "1881 on the freedom of the press.",
            "Do not discuss active court cases in a way that might prejudice a trial.",
            "Allegations of wrongdoing against named people cannot be published unless they have been proven in court.",
            "Matters concerning tribal governments are subject to tribal law as well as the laws of New Mexico.",
        ),
    ),
    (  # copyright
        ("Copyright", "Images and copyright", "Other people's work", "Whose work is it?", "Credit where due"),
        (
            "Only post images of work you have made yourself, or which you have permission to share.",
            "Exemplars and hands copied from published manuals must be credited to their author.",
            "Do not paste whole articles from other newspapers; a short quotation and a link is enough.",
            "Photographs in the society's archive remain the society's copyright and may not be reused without "
            "permission.",
            "By posting you give us permission to publish your {c} in print and online.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Something wrong?", "How do I report a {c}?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "To complain about a {c}, email the editor and give the date and the name it was posted under.",
            "Please report problems rather than replying to them; a reply only keeps the argument going.",
            "Reports are anonymous, and {mods} will look at each one as soon as they can.",
            "Reporting a {c} does not mean it will be removed; it will be judged against these rules.",
        ),
    ),
    (  # discretion of the editor or committee
        ("Editor's discretion", "Our decision", "The committee's decision", "Final say", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "The committee reserves the right to remove any post and to change these rules at any time.",
            "We do not enter into correspondence about {cs} that have not been published.",
            "Appeals against a moderation decision may be made in writing to the secretary, whose decision is final.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, please email the newsroom rather than posting a correction below the "
            "article.",
            "News from the off-islands is always welcome; send it in by Tuesday for that week's issue.",
            "Have a story from the feast day or the chapter house? Call the office or drop by.",
            "Errors of fact are corrected in the next edition and noted online.",
            "Events for the calendar should be sent to the editor, not posted as {cs}.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Which language?", "Swearing", "Plain English"),
        (
            "Swearing and crude language are not allowed, even with letters starred out.",
            "{Cs} may be written in English or French; please add a short English summary where you can.",
            "Please do not write in capitals; it reads as shouting.",
            "Words in Tewa, Tiwa, Towa, Keres or Spanish are welcome, but they must be used respectfully.",
            "Please write clearly and avoid text-speak, as many of our members read the forum through translation "
            "tools.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "Sanctions", "What happens if I break the rules?", "Bans"),
        (
            "Breaking these rules will normally bring a warning; repeated breaches will lead to a ban.",
            "Members who are banned may not rejoin under another name.",
            "Serious breaches, such as threats or abuse, will mean immediate removal from the forum.",
            "Membership of the guild's online group can be withdrawn by the committee after a warning.",
            "Suspensions usually last a week; a second suspension is permanent.",
        ),
    ),
    (  # medical, safety and professional advice
        ("Medical advice", "Not medical advice", "Safety", "Advice from members", "Is this advice reliable?"),
        (
            "Members are not doctors; always talk to your GP or a dietitian before changing your diet or medication.",
            "Do not start a gluten-free diet before you have been tested for coeliac disease, as it can make the "
            "test unreliable.",
            "Nothing posted here is legal or financial advice; speak to the trust office or a solicitor about your "
            "own lease.",
            "Visitors must not board or climb on the vessel except on open days and with a volunteer present.",
            "In the event of conflict with the rules of hockey, the current FIH rules and your national association "
            "take precedence over anything posted here.",
        ),
    ),
)

# What readers send, (singular, plural): "comment" for most sites, and the words of the quarter that never say it.
COMMENT_WORD_275: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_275: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as a sentence names them.
MODERATORS_275: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the forum team",
    "the committee",
    "our volunteer moderators",
    "the newsroom",
    "the web officer",
    "the board of trustees",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_275: tuple[str, ...] = (
    "We welcome readers' views, but please read the following before you post.",
    "This forum is run by volunteers for members with coeliac disease and their families.",
    "By joining the group you agree to abide by these rules.",
    "These guidelines were agreed by the committee to keep the forum a friendly place for all members.",
    "Our pages are open to everyone on the islands and beyond, on a few simple conditions.",
    "Please take a moment to read our house rules.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_275: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly community.",
    "Questions about these rules can be sent to the secretary.",
    "Happy writing, and keep your nibs clean!",
    "See you on the pitch.",
    "We reserve the right to amend these guidelines at any time.",
    "Thank you for reading, and thank you for supporting local news.",
)

# Titles a site may print over its rules.
POLICY_TITLES_275: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Comment policy",
    "Noticeboard terms of use",
    "Rules of the forum",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_275: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "humoured": "humored",
    "honour": "honor",
    "behaviour": "behavior",
    "colour": "color",
    "organisation": "organization",
    "licence": "license",
    "offence": "offense",
    "programme": "program",
    "centre": "center",
}

# List markers, by shape: each takes the item's place (1-based) and returns the marker as printed.
_ROMAN_275: tuple[str, ...] = (
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
)
MARKERS_275: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{_ROMAN_275[n - 1]}.",
    lambda n: f"{_ROMAN_275[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n}.",
    lambda n: f"4.{n}",
    lambda n: f"\u00a7 {n}",
)

# Section lines some sites print above the rules, and last-updated lines below or above them.
SECTION_LINES_275: tuple[str, ...] = (
    "Section 3: Use of the forum",
    "Part B \u2013 Conduct",
    "Schedule 2. Online noticeboard",
    "Members' code of conduct",
    "Appendix C: Social media and website",
)
UPDATED_LINES_275: tuple[str, ...] = (
    "Last updated: March 2024",
    "Revised at the AGM, October 2023.",
    "Approved by the board of trustees, 14 June 2022",
    "Updated 02/2025",
    "Version 1.3 \u2013 adopted by the committee",
)
# Sign-offs a site may print under its rules.
SIGN_OFFS_275: tuple[str, ...] = (
    "\u2013 The Editor",
    "The Committee",
    "\u2014 The forum admin team",
    "Hon. Secretary",
    "The Trustees",
)

_SMALL_WORDS_275 = {"a", "an", "the", "of", "to", "for", "and", "or", "on", "in", "not", "at", "is"}


def _title_case_275(heading: str) -> str:
    """``heading`` with each word capitalised except small joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_WORDS_275 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_275(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the site's word for what readers send ("comment" for three sites in four)
    and who moderates; how many item kinds (two to five for one site in five, else six to sixteen), in table order or
    shuffled; one to three sentences an item; heading case (sentence, title or capitals) or no headings at all; where
    headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash); a list marker shape or none, on the heading or the first sentence; and the site's own
    printing habits: a section line over the rules, a last-updated line above or below them, headings in bold
    asterisks, and a sign-off. Then the opening, closing and title lines, American spelling and curly quotes by
    ``_furnish`` (a site that never says "comment" is given no title that does)."""
    singular, plural = COMMENT_WORD_275 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_275)
    moderators = rng.choice(MODERATORS_275)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_275))
    kinds = rng.sample(REWORDINGS_275, count)
    if rng.random() < 0.5:
        kinds.sort(key=REWORDINGS_275.index)
    most_sentences = rng.choice((1, 2, 2, 3))
    case = rng.choice(("none", "sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker = rng.choice(MARKERS_275) if rng.random() < 0.55 else None
    bold = case != "none" and rng.random() < 0.12
    items: list[tuple[str, ...]] = []
    if rng.random() < 0.12:
        items.append((rng.choice(SECTION_LINES_275), ""))
    updated = rng.choice(UPDATED_LINES_275) if rng.random() < 0.15 else ""
    updated_above = rng.random() < 0.4
    if updated and updated_above:
        items.append(("", updated))
    for place, (headings, sentences) in enumerate(kinds, start=1):
        chosen = rng.sample(sentences, rng.randint(1, most_sentences))
        chosen = [sentence.format(**fill) for sentence in chosen]
        chosen = [sentence[:1].upper() + sentence[1:] for sentence in chosen]
        mark = marker(place) + " " if marker else ""
        if case == "none":
            items.append(("", mark + chosen[0], *chosen[1:]))
            continue
        heading = rng.choice(headings).format(**fill)
        if case == "title":
            heading = _title_case_275(heading)
        elif case == "capitals":
            heading = heading.upper()
        if bold:
            heading = f"**{heading}**"
        question = heading.rstrip("*").endswith("?")
        if placement.startswith("own"):
            stop = "" if question or placement == "own" else ("." if placement == "own stop" else ":")
            items.append((mark + heading + stop, *chosen))
        else:
            joint = {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[placement]
            if question:
                joint = " "
            items.append(("", mark + heading + joint + chosen[0], *chosen[1:]))
    if updated and not updated_above:
        items.append(("", updated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_275)))
    titles = POLICY_TITLES_275 if singular == "comment" else tuple(t for t in POLICY_TITLES_275 if "omment" not in t)
    return _furnish(items, rng, POLICY_INTROS_275, POLICY_CLOSINGS_275, titles, AMERICAN_275)
