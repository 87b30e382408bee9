"""The ``reworded-272`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Anguilla news, Pembrokeshire papers, Nebraska Sandhills weeklies, korfball clubs, barbershop choruses,
macular degeneration forums, sheltered housing tenants, lighthouse keepers' heritage groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Item kinds, each (headings, sentences): the headings a site may print over the item (questions among them) and the
# sentences it may draw. {c}/{cs}/{C}/{Cs} stand for the site's word for what readers send, {mods} for its moderators.
REWORDINGS_272: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be courteous", "Respect other members", "Keep it friendly", "How should I treat other posters?", "Manners"),
        (
            "Please be polite to one another, even when you disagree strongly about the subject in hand.",
            "Attack the argument, never the person who made it.",
            "Many of our members are elderly or new to the internet, so please be patient and kind.",
            "Sarcasm and name-calling do not read well on a screen, and {cs} written in anger will be removed.",
            "Treat everyone here as you would a neighbour across the garden fence.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Racism and abuse", "What counts as offensive?", "Equality"),
        (
            "We will not publish anything that is racist, sexist, homophobic or that mocks anyone's disability.",
            "Abuse aimed at people because of their nationality, island of birth or religion is not tolerated.",
            "Jokes at the expense of a group of people are still abuse, however they are meant.",
            "Anything that stirs up hatred against the English, the Welsh or anyone else will be taken down at once.",
            "Threats of violence, even in jest, are an offence and will be passed to the police.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep personal information private", "Can I share my address?"),
        (
            "Do not post your own phone number, home address or email address in a public {c}.",
            "Never give out another resident's flat number or details of when they are away from home.",
            "Please do not name children or post photographs of them without a parent's permission.",
            "If you need to contact another member privately, use the private message feature instead.",
            "We keep your registration details confidential and do not pass them on to third parties.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Looking after one another", "Vulnerable members", "Worried about someone?"),
        (
            "If a {c} suggests that someone is at risk of harm, {mods} will follow the club's safeguarding policy.",
            "Any concern about a junior player should go to the club welfare officer, not on the message board.",
            "If you are worried about a neighbour's wellbeing, please ring the scheme manager or the alarm line.",
            "If you feel low or isolated since losing your sight, you are not alone: talk to your GP or call our helpline.",
            "We will never ask for your bank details, and nor should anyone else on this site.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Approval of {cs}"),
        (
            "All {cs} are read by {mods} before they appear, which may take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent at the weekend may not be approved until Monday.",
            "The office is staffed on weekdays only, and {cs} are checked during office hours.",
            "Please do not send the same {c} twice if it does not appear straight away.",
            "Because of the time difference, {cs} sent overnight from the UK or the States are approved the next morning.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post?", "Relevance"),
        (
            "Please keep your {c} relevant to the article or thread it is posted under.",
            "General chat belongs in the Tea Room section, not in the technical threads.",
            "Questions about rehearsal times, risers and uniforms should go to the chorus secretary.",
            "Threads that drift away from the subject may be split or closed.",
            "Fixtures, results and league tables have their own pages, so please keep match talk there.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "Posts promoting a business, product or website are not allowed without the committee's agreement.",
            "Sellers of vision aids and miracle supplements will be removed without warning.",
            "Links placed only to advertise will be deleted, along with the account that posted them.",
            "To advertise cattle, hay or machinery, please use our classifieds page rather than the {cs}.",
            "Members may mention a chorus show or fundraiser once, but repeated notices count as spam.",
        ),
    ),
    (  # names and accounts
        ("Your username", "Accounts", "Registration", "Do I have to use my real name?", "One account each"),
        (
            "You must register with a valid email address before you can post.",
            "Each member may hold one account only, and accounts may not be shared.",
            "We encourage you to use your real name, as most of our readers do in a small community.",
            "Usernames that are offensive or that impersonate another person will be changed or removed.",
            "Letters for print must carry the writer's name and town, although we may withhold it on request.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Contempt of court", "Is it legal?"),
        (
            "Do not post anything that is defamatory, that is, anything that could damage a person's reputation.",
            "Do not discuss court cases that are still going on at the Magistrate's Court or High Court.",
            "You are legally responsible for what you write, and {cs} may be passed to the police if required.",
            "Nothing posted here should break the law, including the laws on harassment and data protection.",
            "Allegations of crime against a named person will not be published.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and music", "Whose work is it?", "Using other people's material", "Copyright notice"),
        (
            "Only post photographs that you took yourself or that you have permission to use.",
            "Sheet music, arrangements and learning tracks are copyright and must not be shared here.",
            "Please do not copy whole articles from other newspapers; a short quote and a link is fine.",
            "Photographs from the Trinity House archive may not be reproduced without the owner's permission.",
            "By posting, you allow us to publish your {c} on this site and in print.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a post", "How do I report a {c}?", "Complaints", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, please use the report link beneath it.",
            "Do not reply to a troublesome post; report it and let {mods} deal with it.",
            "Complaints can be sent to the editor by email or by post to our office.",
            "Residents can also raise concerns at the monthly coffee morning or with the housing officer.",
            "Every report is looked at, though we cannot always tell you what action was taken.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "Editor's discretion", "The committee's right", "Removal", "Who decides?"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The decision of the committee is final and no correspondence will be entered into.",
            "{mods} may remove any {c} they consider unsuitable.",
            "We may change these rules at any time, and the current version will always be posted here.",
            "Publication of a {c} does not mean that the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Contact the newsroom"),
        (
            "If we have got something wrong, please tell the newsroom rather than posting a correction in the {cs}.",
            "News tips from around the county, from Fishguard to Tenby, are always welcome.",
            "Have a story from Cherry County or Brown County? Call the office or drop it by.",
            "Corrections are printed in the next edition and noted under the online story.",
            "Club news and match reports can be sent to the press officer for the website and local paper.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Welsh and English", "Bad language", "What language can I use?"),
        (
            "Please do not swear, even with letters replaced by asterisks.",
            "You are welcome to post in Welsh or English.",
            "Please write in plain language and avoid text speak so that screen reader users can follow.",
            "Writing in capital letters is read as shouting, although larger print is fine if it helps you.",
            "Crude language and innuendo are not suitable for a family club.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Bans"),
        (
            "Members who break these rules will first receive a warning from {mods}.",
            "Repeated breaches will lead to suspension or a permanent ban.",
            "Anyone who is banned and returns under a new name will be banned again without notice.",
            "Serious breaches may be reported to the housing association under the terms of your tenancy.",
            "Abusive behaviour towards referees or players online may be reported to the national governing body.",
        ),
    ),
    (  # safety or medical advice
        ("Medical advice", "Not a substitute for your doctor", "Health information", "Can I ask about treatment?"),
        (
            "Members share their own experience, but nothing here replaces advice from your optometrist or eye clinic.",
            "If you notice sudden changes in your vision, contact your eye clinic or an emergency service at once.",
            "Please do not recommend stopping injections or other prescribed treatment.",
            "Talk about supplements and diets is welcome, but claims of a cure are not.",
            "Do not climb towers, cliffs or closed lighthouses to get a photograph; keep to public paths.",
        ),
    ),
    (  # the heritage group's records and memories
        ("Memories and records", "Keepers' families", "Accuracy", "Sharing history"),
        (
            "Memories of keepers and their families are welcome, but please check names and dates where you can.",
            "Please say where a story or photograph came from, so that others can follow it up.",
            "Some former keepers and their families are still living, so please write with care.",
            "Questions about a particular station, such as Skokholm or the Smalls, should go in its own thread.",
            "Items offered to the collection should be discussed with the archivist before being posted.",
        ),
    ),
)

# The site's word for what readers send, (singular, plural): most sites say "comment", about a quarter never do.
SAYS_COMMENT_272: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_272: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as a sentence would name them.
MODERATORS_272: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the newsroom",
    "the residents' committee",
    "the web team",
    "the site administrators",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_272: tuple[str, ...] = (
    "We want this to be a friendly place for everyone, so please read these guidelines before posting.",
    "These house rules apply to everyone who uses this site.",
    "Welcome to the forum. A few simple rules keep it a safe and supportive place.",
    "By posting on this site you agree to the following terms.",
    "Please take a moment to read our community guidelines.",
    "The committee has agreed the following rules for the members' noticeboard.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_272: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly community.",
    "If you have any questions about these rules, please contact the editor.",
    "Happy posting!",
    "Thank you for your co-operation.",
    "Diolch yn fawr - thank you.",
    "Keep singing, and keep it friendly.",
)

# Titles a site prints over its rules.
POLICY_TITLES_272: tuple[str, ...] = (
    "Community Guidelines",
    "House Rules",
    "Forum Rules",
    "Comment Policy",
    "Posting Guidelines",
    "Noticeboard Terms of Use",
    "Message Board Rules",
    "Letters and Comments Policy",
)

# British spellings used in the sentences above -> American, which a site may print instead.
AMERICAN_272: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "co-operation": "cooperation",
    "offence": "offense",
}

# List markers sites print before items, each a function of the item's position (from 0).
_ROMAN_272 = (
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
    "xviii",
)
MARKERS_272: tuple = (
    lambda n: f"{n + 1}.",
    lambda n: f"{n + 1})",
    lambda n: f"({n + 1})",
    lambda n: f"{chr(97 + n)})",
    lambda n: f"({chr(97 + n)})",
    lambda n: f"{_ROMAN_272[n]}.",
    lambda n: f"{_ROMAN_272[n].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: f"Rule {n + 1}:",
    lambda n: f"Rule {n + 1} -",
    lambda n: f"4.{n + 1}",
    lambda n: f"Section {n + 1}.",
    lambda n: f"Clause {n + 1}.",
)

# Words left in lower case when a heading is printed in title case.
_SMALL_WORDS_272 = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "or", "for"))

# Lines some sites print around their rules: a section line, a last-updated line, a sign-off.
SECTION_LINES_272: tuple[str, ...] = (
    "Section 3: Using the message board",
    "Part 2 - Online comments",
    "Terms of use: community",
    "Members' area rules",
)
UPDATED_LINES_272: tuple[str, ...] = (
    "Last updated: 14 March 2025",
    "Last reviewed January 2026",
    "Updated 2/3/2025",
    "Agreed at the AGM, October 2025",
    "Revised: June 2024",
)
SIGN_OFFS_272: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Forum Admin Team",
    "On behalf of the Residents' Association",
    "Club Secretary",
    "The Trustees",
)


def _title_case_272(heading: str) -> str:
    """``heading`` in title case: each word capitalised except short joining words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_272) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_272(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution, letter or note) and who moderates; how many item kinds it prints (two to five for some sites,
    six to sixteen for most), in table order or shuffled; how many sentences an item may have (one to three); the
    case of its headings (sentence, title, capitals) or no headings at all; where headings stand (a part of their own,
    bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section or clause numbers) or none; whether one
    sentence is stressed (in capitals or after "Please note:"); and whether it prints a section line, a
    last-updated line and a sign-off. The opening, closing and title lines and the spellings come from
    :func:`_furnish`."""
    singular, plural = rng.choice(SAYS_COMMENT_272) if rng.random() < 0.75 else rng.choice(OTHER_WORDS_272)
    moderators = rng.choice(MODERATORS_272)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_272)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most_sentences = rng.randint(1, 3)
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(MARKERS_272) if rng.random() < 0.6 else None
    stress = rng.choice(("capitals", "note")) if rng.random() < 0.25 else None

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    stressed_position = rng.randrange(count) if stress else -1
    says_comment = singular == "comment"
    sections = [line for line in SECTION_LINES_272 if says_comment or "comment" not in line.lower()]
    titles = [title for title in POLICY_TITLES_272 if says_comment or "comment" not in title.lower()]

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.15:
        items.append((rng.choice(sections), ""))
    for position, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_272[kind]
        picked = [filled(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        if position == stressed_position:
            last = picked[-1]
            picked[-1] = last.upper() if stress == "capitals" else f"Please note: {last[:1].lower()}{last[1:]}"
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_272(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        elif heading_case == "none":
            heading = ""
        if heading and placement != "own" and not heading.endswith("?"):
            heading += {"own-stop": ".", "own-colon": ":", "run-colon": ":", "run-stop": ".", "run-dash": " -"}[
                placement
            ]
        label = marker(position) if marker else ""
        if heading and placement.startswith("run"):
            picked[0] = f"{heading} {picked[0]}"
            heading = ""
        if label:
            if heading:
                heading = f"{label} {heading}"
            else:
                picked[0] = f"{label} {picked[0]}"
        items.append((heading, *picked))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_272)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_272)))
    return _furnish(items, rng, POLICY_INTROS_272, POLICY_CLOSINGS_272, titles, AMERICAN_272)
