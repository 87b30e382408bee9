"""The ``reworded-335`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Luing community pages, Farndale papers, Absaroka weeklies, footgolf and crazy golf leagues, topiary
and carnivorous plant societies, Friedreich's ataxia forums, tower block tenants' panels, telephone box library
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send
# (singular, plural, capitalised) and {mods} for whoever looks after the site; none of them opens a sentence as {mods}.
REWORDINGS_335: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be kind",
            "Be civil",
            "Treat others as you would at the hall",
            "How should I talk to other members?",
            "Respect each other",
            "Keep it friendly",
        ),
        (
            "This is a small island and most of us will meet at the ferry slip sooner or later, so please write as "
            "you would speak to a neighbour's face.",
            "Disagree with the argument if you must, but leave the person alone: no name-calling, no sneering and no "
            "piling on.",
            "Everyone here is living with ataxia or caring for someone who is, and bad days are part of that, so a "
            "little patience goes a long way.",
            "Heckling other teams about their putting on league night is fine at the windmill hole; doing it in {cs} "
            "here is not.",
            "Criticise the council, the housing association or the lift contractor as much as you like, but not the "
            "caretaker by name and not your neighbours.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hateful content", "What counts as hate speech?", "Zero tolerance"),
        (
            "We remove anything that attacks people for their race, religion, nationality, disability, sex, sexual "
            "orientation or gender identity.",
            "Jokes at the expense of disabled people have no place on a forum run by and for people with Friedreich's "
            "ataxia, and they will come down as soon as we see them.",
            "Remarks about incomers, tourists or English accents that go beyond friendly ribbing will be taken down.",
            "Racist, sexist or homophobic {cs} are removed without discussion and the account behind them is closed.",
            "Hate is hate whether it is written about tribal members, ranch hands, new arrivals in Park County or "
            "anyone else.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Don't share addresses",
            "Can I post a neighbour's flat number?",
            "Keep personal information private",
            "Other people's privacy",
        ),
        (
            "Do not post anyone's phone number, email address, flat number or car registration, including your own.",
            "Please do not share photographs of other members' gardens or collections without asking them first.",
            "If you are writing about a neighbour, leave out anything that would identify them or their flat.",
            "Medical details you choose to share about yourself are yours to share; details about another member are "
            "not.",
            "We never pass on the email address you give us, and we will not confirm to anyone whether a given "
            "person is a member.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping young players safe",
            "What if someone is at risk?",
            "Looking after each other",
        ),
        (
            "Juniors play in our league, so never post a child's full name, school or photo without a parent's "
            "written consent.",
            "If you think someone who has posted here is in danger, call 999 first and tell {mods} afterwards.",
            "Anything that suggests a child or a vulnerable adult is at risk will be passed to the safeguarding "
            "officer and, where needed, to Police Scotland.",
            "Volunteers who look after the box must not arrange to meet children alone, online or at the kiosk.",
            "If a member's {c} worries you, please use the report button rather than replying in public, and we will "
            "reach out to them privately.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "Your first {c}",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a person before it appears, and as we are all volunteers this can take a day or two.",
            "{Cs} sent over a weekend, or during lambing and the ferry timetable changes, may wait until Monday.",
            "New members' first three {cs} are held for approval; after that they appear straight away.",
            "If your {c} has not appeared within 48 hours, it has probably been caught by the spam filter, so drop us "
            "a line.",
            "We do not moderate overnight, and the newsroom in Red Lodge is closed on Sundays.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Is this the right place?", "Relevance"),
        (
            "Please keep {cs} to the story they sit under; the general chat board is the place for everything else.",
            "Threads about pruning yew and box belong in the cultivation section, not in show announcements.",
            "Questions about Sarracenia, Drosera and Nepenthes each have their own boards, so please post in the one "
            "that fits.",
            "Arguments about the wind farm, the road or the new pier belong under stories about them, not under the "
            "daffodil walk.",
            "{Cs} that wander a long way from the subject may be moved or removed to keep the thread readable.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Selling and spam", "Advertising", "Can I sell plants here?", "Promotions", "Links"),
        (
            "Commercial advertising is not allowed; if you want to reach our readers, ask about a classified in the "
            "printed edition.",
            "Members may offer surplus seed, divisions and cuttings to each other on the swap board, but not sell "
            "plants for profit.",
            "Repeated links to the same website, shop or fundraising page will be treated as spam and removed.",
            "Please do not leave flyers, business cards or adverts in the phone box, and do not post them here either.",
            "Promoting supplements, miracle cures or paid treatments for ataxia is not allowed under any "
            "circumstances.",
        ),
    ),
    (  # names and accounts
        (
            "Names and accounts",
            "Your username",
            "Real names",
            "Can I post anonymously?",
            "One account each",
            "Registration",
        ),
        (
            "We ask that you post under your real name, as letters in the printed paper always have.",
            "A nickname is fine, but do not use a name that pretends to be someone else, the committee or the paper.",
            "One account per person, please; second accounts used to dodge a ban or back yourself up will be closed.",
            "Tenants may post anonymously on the panel's page, but {mods} must know which block you live in.",
            "Team captains may register a shared account for their team, as long as one named person answers for it.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Could I be sued?", "Court cases", "Stay within the law"),
        (
            "You are legally responsible for what you write, and defamatory {cs} can land you, and us, in court.",
            "Scots law on defamation applies to this page, so do not state as fact anything you could not prove.",
            "Do not write about anyone who has been arrested or charged until the case is over; contempt of court is "
            "a serious matter.",
            "Under Montana and Wyoming law, accusing a named person of a crime is risky even in a small town where "
            "everyone already knows.",
            "Anything that breaks the law, or encourages someone else to, will be removed and may be passed to the "
            "police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Using other people's work",
            "Can I post a photo I found online?",
            "Your pictures",
        ),
        (
            "Only post photos you have taken yourself, or that you have the owner's permission to use.",
            "Do not copy whole articles from other papers into {cs}; a short quote and a link are enough.",
            "By posting a photo of your plants you let the society use it on this site and in the newsletter, with "
            "credit to you.",
            "Course maps and scorecards belong to the club that made them, so ask before you share them.",
            "We will remove material when the copyright owner asks us to, without arguing the point.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "How do I report a {c}?",
            "Seen something wrong?",
            "Flagging posts",
            "Complaints",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also email the committee secretary, or have a word with any volunteer at the hall.",
            "Reports are anonymous: the person you report is never told who raised it.",
            "Please tell us which thread and which {c}, and what the problem is, so we can deal with it quickly.",
            "Complaints about the paper's own reporting go to the editor, not into the {cs}.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Editor's discretion", "The committee's decision is final", "Can I appeal?", "Final say"),
        (
            "We may edit, hold or remove any {c} at our discretion, and we do not have to give a reason.",
            "The committee's decision on what appears here is final, though you may raise it at the AGM.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "These rules may change from time to time, and the version on this page is the one that applies.",
            "We would rather have a lively page than a tidy one, but the balance is ours to strike.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Did we get it wrong?", "Tell us what's happening", "Errors"),
        (
            "If we have got a fact wrong, please email the newsroom rather than pointing it out in the {cs}, so we "
            "can put it right properly.",
            "News from the dale, including results, events and obituaries, can be sent to the editor by Tuesday noon.",
            "Corrections are printed on page two of the next issue and noted at the foot of the online story.",
            "Spotted something going on at the pier, the school or the quarry? Let us know and we will look into it.",
            "Please do not use {cs} to announce league results; the fixtures secretary posts those on Monday.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Is swearing allowed?", "Keep it clean", "Write clearly"),
        (
            "Please keep language suitable for a family audience; swearing is filtered and may hold your {c} back.",
            "Writing in capitals reads as shouting, so please don't.",
            "{Cs} may be in English or Gaelic, and we will find someone to read either.",
            "Some members use voice software or type slowly, so please be patient with spelling and do not correct it.",
            "Mild language in the heat of a close match is understood; abuse dressed up as banter is not.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Bans",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension, and a third a permanent "
            "ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members may write to the committee after six months to ask for their account back.",
            "If you are banned, please do not re-register under another name; new accounts will be closed on sight.",
            "We keep a record of warnings for twelve months, after which they are wiped.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety",
            "Is this medical advice?",
            "Health information",
            "Fire safety",
        ),
        (
            "Nothing posted here is medical advice; always speak to your neurologist or GP before changing treatment.",
            "Members' experiences of omaveloxolone or clinical trials are their own, and yours may be different.",
            "Do not post advice on tampering with fire doors, smoke alarms or the dry riser; report faults to the "
            "housing office.",
            "Some plants and feeds discussed here are harmful if eaten, so keep them out of reach of children and "
            "pets.",
            "Road and weather reports from members are welcome, but check the official Beartooth Highway and "
            "county updates before you travel.",
        ),
    ),
)

# What a site calls what readers send: (singular, plural); most say "comment", about a quarter never do.
WORDS_335: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as it would write it mid-sentence.
MODERATORS_335: tuple[str, ...] = (
    "the moderators",
    "our volunteer moderators",
    "the committee",
    "the editor",
    "the newsroom",
    "the panel secretary",
    "the forum team",
    "the league committee",
    "the site admins",
    "the box volunteers",
    "the trust's web volunteer",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_335: tuple[str, ...] = (
    "We welcome your views, and ask only that you follow a few simple rules.",
    "This page belongs to everyone on the island, so please read these guidelines before you post.",
    "The forum is a place for people affected by Friedreich's ataxia to share and support one another.",
    "By taking part you agree to the house rules below.",
    "These guidelines were agreed by the tenants' panel at its annual meeting.",
    "Please take a minute to read this before joining in.",
    "Our readers' views matter to us, and these rules keep the conversation worth having.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_335: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the secretary.",
    "Happy growing!",
    "See you on the course.",
    "Thanks for reading, and happy swapping.",
    "If in doubt, leave it out.",
    "Thank you for being part of the community.",
)

# Titles a site may print above its rules.
POLICY_TITLES_335: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Comment policy",
    "Noticeboard terms of use",
    "Letters and comments policy",
    "Rules of the board",
    "Panel page guidelines",
)

# British spellings used in this family's sentences -> American, for sites that print American spelling.
AMERICAN_335: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "colour": "color",
    "behaviour": "behavior",
    "organisation": "organization",
    "favour": "favor",
    "programme": "program",
    "licence": "license",
    "offence": "offense",
    "centre": "center",
}

# Words a title-cased heading keeps in lower case (after its first word).
SMALL_WORDS_335: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)

# Roman numerals for sites that number their rules that way.
ROMAN_335: tuple[str, ...] = (
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

# Section lines a site may print above its rules.
SECTION_LINES_335: tuple[str, ...] = (
    "Section 2: Taking part",
    "Part B - Posting on the site",
    "Before you post",
    "The rules",
    "What we ask of you",
    "2. Using the noticeboard",
)

# Last-updated lines, as sites print them.
UPDATED_LINES_335: tuple[str, ...] = (
    "Last updated: 14 March 2025.",
    "Reviewed by the committee, October 2024.",
    "These rules were last revised on 2 June 2023.",
    "Updated January 2026",
    "Agreed at the AGM, 11 November 2024.",
    "Revised 09/2025.",
)

# Sign-offs a site may print at the end of its rules.
SIGN_OFFS_335: tuple[str, ...] = (
    "- The Committee",
    "The Editor",
    "The moderating team",
    "Signed on behalf of the tenants' panel.",
    "Isle of Luing Community Trust",
    "The Farndale Gazette",
    "Your league committee",
)


def _title_case(heading: str) -> str:
    """A heading in title case, small words kept lower after the first word."""
    words = heading.split(" ")
    return " ".join(
        word if i and word.lower() in SMALL_WORDS_335 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The list marker a site prints before its rule ``number`` (counting from 1), in one of its styles."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "letter-brackets": f"({letter})",
        "letter-stop": f"{letter}.",
        "roman": f"{ROMAN_335[(number - 1) % len(ROMAN_335)]}.",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "rule": f"Rule {number}:",
        "section": f"3.{number}",
        "clause": f"\u00a7{number}",
        "number-word": f"No. {number}",
    }
    return markers[style]


def _items_335(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``: the site's word for what readers send (comment
    three times in four, else one of the others) and who moderates; how many rules (two to five for a fifth of
    sites, else six to sixteen), kept in table order or shuffled; one to three sentences a rule; headings in sentence
    case, title case or capitals, or none at all; whether headings stand as a part of their own (bare, with a stop or
    with a colon) or run in before the first sentence after a colon, stop or dash; a list marker (numbers, letters,
    roman numerals, bullets, dashes, stars, "Rule 1:", section numbers, section signs, "No. 1") or none, and
    sometimes headings in asterisks for emphasis; then perhaps a section line over the rules, a last-updated line and
    a sign-off. Sites that never say comment get no title that does. The lines around the rules, American spelling
    and curly quotes come from ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_335[1:])
    moderators = rng.choice(MODERATORS_335)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_335))
    kinds = list(REWORDINGS_335)
    if rng.random() < 0.5:
        rng.shuffle(kinds)
        chosen = kinds[:count]
    else:
        picked = sorted(rng.sample(range(len(kinds)), count))
        chosen = [kinds[i] for i in picked]

    heading_case = rng.choice(("sentence", "sentence", "title", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-bracket",
            "letter-brackets",
            "letter-stop",
            "roman",
            "bullet",
            "dash",
            "star",
            "rule",
            "section",
            "clause",
            "number-word",
        )
    )
    emphasis = heading_case != "capitals" and rng.random() < 0.12
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append(("", rng.choice(SECTION_LINES_335)))
    for number, (headings, sentences) in enumerate(chosen, start=1):
        how_many = rng.choices((1, 2, 3), weights=(5, 3, 2))[0]
        kept = sorted(rng.sample(range(len(sentences)), how_many))
        parts = [sentences[i].format(**fill) for i in kept]
        heading = "" if heading_case == "none" else rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = "" if marker_style == "none" else _marker(marker_style, number)
        if not heading:
            first = f"{marker} {parts[0]}" if marker else parts[0]
            items.append(("", first, *parts[1:]))
            continue
        asks = heading.endswith("?")
        if heading_place.startswith("own"):
            stop = {"own": "", "own-stop": ".", "own-colon": ":"}[heading_place]
            labelled = heading if asks else heading + stop
            if emphasis:
                labelled = f"*{labelled}*"
            if marker:
                labelled = f"{marker} {labelled}"
            items.append((labelled, *parts))
        else:
            stop = {"run-colon": ":", "run-stop": ".", "run-dash": ""}[heading_place]
            lead = heading if asks else heading + stop
            if emphasis:
                lead = f"*{lead}*"
            joiner = dash if heading_place == "run-dash" else " "
            if marker:
                lead = f"{marker} {lead}"
            items.append(("", lead + joiner + parts[0], *parts[1:]))

    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_335))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_335)))
    says_comment = singular == "comment"
    titles = [title for title in POLICY_TITLES_335 if says_comment or "comment" not in title.lower()]
    return _furnish(items, rng, POLICY_INTROS_335, POLICY_CLOSINGS_335, titles, AMERICAN_335)
