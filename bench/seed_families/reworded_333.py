"""The ``reworded-333`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Lismore and Kerrera community news, Rosedale papers, Wallowa weeklies, aikido and sambo clubs,
concertina and fiddle groups, ichthyosis forums, pinfold and village green committees, bell tower restoration
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print: each is (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers
# send (singular, plural, capitalised) and {mods} for who looks after the site; a sentence's first letter is raised.
REWORDINGS_333: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Keep it friendly",
            "Respect other members",
            "How should I disagree?",
            "Play the ball, not the player",
        ),
        (
            "Disagree by all means, but do it politely; this is a small place and you will probably meet the person "
            "you are arguing with at the ferry.",
            "Personal attacks, name-calling and sneering at other members will be removed, however well argued the "
            "rest of the {c} is.",
            "Treat others on the forum as you would treat them on the mat: with respect, whatever their grade.",
            "Criticise ideas, not people, and keep your behaviour here as you would keep it in the village hall.",
            "Please remember that the volunteers who run the hall, the green and the tower give their time for nothing, "
            "and write about them accordingly.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Equality", "Abuse of groups"),
        (
            "We do not publish {cs} that attack people for their race, religion, disability, sex, sexuality, gender "
            "identity or age.",
            "Jokes at the expense of incomers, Gaelic speakers, travellers or any other group are not welcome here.",
            "Remarks about the appearance of people with ichthyosis or any other skin condition will be deleted and "
            "the account suspended.",
            "Stirring up hatred is a criminal offence, and serious cases will be passed to the police.",
            "Slurs are not acceptable, even when quoted, abbreviated or disguised with asterisks.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Other people's details",
            "Personal information",
            "Can I name people?",
            "Photographs and names",
            "Keep private things private",
        ),
        (
            "Do not post addresses, phone numbers, car registrations or email addresses of anyone, including yourself.",
            "Please ask before posting photographs of members, and never post pictures of children taken at classes, "
            "gradings or sessions without a parent's written permission.",
            "Details of your own health are yours to share; details of someone else's are not.",
            "If you want to reach another member privately, ask {mods} to pass on your details rather than asking for "
            "contact details in public.",
            "We remove {cs} that speculate about who is behind an incident, a complaint or a planning objection.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting juniors",
            "Who do I tell if I'm worried about a child?",
            "Under-16s",
            "Vulnerable adults",
        ),
        (
            "Members under 16 may only join the forum with a parent or guardian's consent, and their accounts are "
            "visible to the club welfare officer.",
            "Adults must not send private messages to junior members; all contact about training goes through parents "
            "and the welfare officer.",
            "If anything you read here worries you about the safety of a child or a vulnerable adult, tell the welfare "
            "officer straight away, or call 999 if someone is in immediate danger.",
            "Any {c} that appears to groom, pressure or single out a young person will be removed and reported to the "
            "police.",
            "Tower visits by young ringers follow the diocese's safeguarding policy and are never arranged through this "
            "board.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} be published?",
            "Approval",
        ),
        (
            "Every {c} is read by a volunteer before it goes up, so please allow a day or two, longer at lambing time "
            "or over the regatta weekend.",
            "{Cs} sent in the evening may not be approved until the morning, and during Chief Joseph Days it may take "
            "longer still.",
            "The first {c} from a new account is held for approval; after that, most appear straight away.",
            "If your {c} has not appeared after three days, it has either been rejected or caught in the filter, and "
            "you are welcome to contact {mods}.",
            "We are a weekly paper with two part-time staff, and moderation happens between deadlines, not around the "
            "clock.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Relevance",
            "Is this the right place for my {c}?",
            "One topic per thread",
        ),
        (
            "Please keep {cs} to the subject of the story or thread they sit under.",
            "Questions about tunes belong in the Tunes section, sessions in Events, and instruments for sale in the "
            "Classifieds.",
            "Threads that wander off into national politics will be locked, however interesting they become.",
            "If you want to start a new discussion, start a new thread rather than taking over someone else's.",
            "Grievances about the ferry timetable, the county road department or the bins are best sent to the people "
            "responsible, not posted under an unrelated story.",
        ),
    ),
    (  # advertising and spam
        ("Advertising and spam", "No adverts", "Selling", "Can I promote my business?", "Spam", "Commercial {cs}"),
        (
            "Commercial advertising is not allowed in {cs}; contact the office for our advertising rates.",
            "Members may mention their own workshops, classes or CDs once, in the Notices section, and not in every "
            "thread.",
            "Links to shops, betting sites or miracle creams are removed on sight, and repeat offenders are banned.",
            "Items for sale by members may stay on the noticeboard for one month; after that, please put them up again "
            "if they are unsold.",
            "Chain letters, petitions and fundraising appeals need the committee's approval before they go up.",
        ),
    ),
    (  # names and accounts
        (
            "Names and accounts",
            "Use your real name",
            "Usernames",
            "One account each",
            "Do I need to register?",
            "Identity",
        ),
        (
            "We ask you to post under your real name, or at least the name people know you by locally.",
            "Each person may hold one account; duplicate accounts will be merged or closed.",
            "Usernames that are offensive, misleading or imitate another member or {mods} will be changed without "
            "notice.",
            "Letters to the editor must include your name and town, whether that is Joseph, Enterprise, Lostine or "
            "further afield, and a phone number we will not print.",
            "Do not share your login; you are responsible for everything sent from your account.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Could my {c} get me into trouble?", "Court cases", "Libel"),
        (
            "You are legally responsible for what you write, and in Scotland, as elsewhere, defamation can be "
            "expensive.",
            "Do not discuss live court cases, name anyone accused of a crime before they appear in court, or guess at "
            "the outcome of a trial; contempt of court applies to websites too.",
            "We will remove anything that could be defamatory, including allegations about named people that you "
            "cannot prove.",
            "{Cs} that encourage breaking the law, from fly-tipping on the common to trespassing in the tower, will not "
            "be published.",
            "Federal law gives websites some protection for what readers write, but it does not protect you, and we "
            "still remove anything that puts either of us at risk.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos, tunes and recordings",
            "Can I post a recording?",
            "Quoting",
            "Credit where it's due",
        ),
        (
            "Only post photographs, recordings and text that you made yourself or have permission to use.",
            "Short quotations are fine if you say where they came from; whole articles copied from other papers are "
            "not.",
            "Many tunes are traditional, but particular settings, arrangements and recordings belong to someone, so "
            "please credit them.",
            "By sending us your {c} you give us permission to reproduce it on the website, in the newsletter and in "
            "the print edition.",
            "We will take down material promptly if the copyright owner asks us to.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "Use the report link under any {c} you think breaks these rules, and {mods} will look at it as soon as "
            "they can.",
            "Please do not reply to an abusive {c}; report it and let us deal with it.",
            "You can also email the editor, or leave a note in the box at the shop.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
            "Complaints about {mods} should go to the chair of the committee rather than being aired on the board.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editor's discretion",
            "The committee's decision is final",
            "Can I appeal?",
            "Final say",
            "Right to remove",
        ),
        (
            "{mods} may edit, shorten or remove any {c} at their discretion, and need not give a reason.",
            "We try to be fair, but this is a volunteer site and the committee's decision is final.",
            "Letters may be shortened for space; we will not change their meaning.",
            "Rules cannot cover everything, so {mods} will use common sense where they are silent.",
            "If you think your {c} was removed by mistake, write to us politely and we will look again.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Tell us what's happening",
            "Corrections and news",
        ),
        (
            "If we have got something wrong, please email the editor rather than pointing it out in the {cs}, so we "
            "can correct it properly.",
            "Corrections are printed on page two of the next issue and noted at the foot of the online story.",
            "Tips about news on the island, from ferry changes to new arrivals, are always welcome at the office or by "
            "phone.",
            "Notices for the What's On page must reach us by Monday noon to appear in that week's paper.",
            "Results, gradings and competition reports from clubs are welcome; please include names, grades and a "
            "photograph taken with everyone's permission.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Mind your language", "Is swearing allowed?", "Gaelic and English"),
        (
            "Please keep your language clean; children and grandparents read this site.",
            "Swear words, including those with letters replaced by symbols, will be removed.",
            "{Cs} in Gaelic are welcome, and a volunteer will check them before they go up.",
            "Writing in capitals reads as shouting, so please do not.",
            "Text-speak and long strings of emoji make {cs} hard to read for our older members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension, and a third a ban.",
            "Serious breaches, such as threats or approaches to a junior member, lead to an immediate ban without "
            "warning.",
            "Banned members who rejoin under a new name will be removed again, and their club membership may be "
            "reviewed.",
            "Warnings are recorded by {mods} and lapse after twelve months.",
            "We would rather not ban anyone in a community this size, so please take a warning in the spirit it is "
            "meant.",
        ),
    ),
    (  # medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Treatments and products",
            "Should I follow advice I read here?",
            "Health information",
            "See your doctor",
        ),
        (
            "Members share their own experience of living with ichthyosis, but nothing here is medical advice; always "
            "talk to your dermatologist or GP before changing treatment.",
            "Please do not recommend stopping prescribed medicines, and do not suggest doses for other people.",
            "{Cs} promoting cures, supplements or creams you sell will be removed.",
            "If you are feeling low or thinking of harming yourself, please contact Samaritans on 116 123 or your GP "
            "rather than waiting for a reply here.",
            "Injuries picked up in training should be seen by a doctor, not diagnosed on the forum.",
        ),
    ),
    (  # safety
        ("Safety", "Tower safety", "On the green", "Can I visit the tower?", "Keep safe", "Access"),
        (
            "The tower is a working site during the restoration, and nobody may go above the ringing chamber without "
            "the tower captain.",
            "Do not arrange to meet in the tower through this board; all visits are booked through the project "
            "secretary.",
            "Bonfires, barbecues and metal detecting on the village green need the committee's written permission.",
            "Stray animals found near the pinfold should be reported to the parish clerk, not taken home.",
            "Please check the tide tables and the ferry times before you set off on any of the walks we list.",
        ),
    ),
    (  # noticeboard and events
        (
            "Noticeboard",
            "Events",
            "Putting up notices",
            "How long do notices stay up?",
            "Dates and sessions",
            "What's on",
        ),
        (
            "Notices for sessions, classes and ceilidhs stay up until the day after the event.",
            "Please give the date, time, place and a contact for every event you list.",
            "The board is for the parish and neighbouring parishes; notices from further afield may be declined.",
            "Lost and found notices for animals are welcome, and we will move them to the top of the page.",
            "Notices paid for by businesses are marked as advertisements and kept to the programme page.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; the others never do.
COMMENT_WORDS_333: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_333: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as {mods} (only ever the subject of "may", "will", "can" or an object).
MODERATORS_333: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the admins",
    "our volunteer moderators",
    "the forum team",
    "the club committee",
    "the site volunteers",
    "the newsletter team",
)

# Opening lines a site may print before its rules (those saying "comment" are skipped by sites that never do).
POLICY_INTROS_333: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers, but we ask everyone to follow a few simple rules.",
    "This is a community site run by volunteers, and these rules keep it friendly.",
    "By posting on this site you agree to the following.",
    "The following house rules apply to all {cs} on this site and in the newsletter.",
    "Our comment policy is simple, but please read it in full.",
    "These are the rules of the forum, as agreed by the committee.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_333: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "These rules may be changed by the committee at any time.",
    "Happy posting, and see you at the next session.",
    "If in doubt, leave it out.",
    "Thanks for reading, and for being a good neighbour online.",
    "Questions about this comment policy can be sent to the editor.",
)

# Titles a site may print above its rules.
POLICY_TITLES_333: tuple[str, ...] = (
    "Comment policy",
    "Commenting guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the board",
    "Code of conduct",
    "Guidelines for contributors",
)

# Pairs of section lines a site may print to split its rules in two.
SECTION_PAIRS_333: tuple[tuple[str, str], ...] = (
    ("On the website", "On the noticeboard"),
    ("Part 1: Conduct", "Part 2: Content"),
    ("General", "Specific to the forum"),
    ("Section A - Behaviour", "Section B - What we publish"),
    ("Online", "In print"),
)

# A single section line a site may print above its rules.
SECTION_LINES_333: tuple[str, ...] = ("Rules for {cs}", "Before you post", "The rules", "Guidelines")

# Last-updated lines, with {day} {month} {year} {monthnum}.
UPDATED_LINES_333: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Last updated {day} {month} {year}.",
    "Updated {month} {year}.",
    "Reviewed at the AGM, {month} {year}.",
    "Rev. {monthnum}/{year}",
    "Effective {month} {day}, {year}.",
    "(Agreed by the committee {day}/{monthnum}/{year})",
)

MONTHS_333: tuple[str, ...] = (
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
)  # month names for the last-updated lines

# Sign-offs a site may print at the foot of its rules.
SIGNOFFS_333: tuple[str, ...] = (
    "- The Committee",
    "The Editor",
    "Lismore News volunteers",
    "Kerrera Community Trust",
    "The Tower Restoration Group",
    "Club Secretary, on behalf of the committee",
    "Fiona and Iain, moderators",
    "Thanks, the Chieftain newsroom",
    "Rosedale Green Committee",
)

# Prefixes a site may set before one sentence to stress it.
EMPHASES_333: tuple[str, ...] = ("Please note: ", "Important: ", "NB ", "PLEASE NOTE: ")

# British spellings used above -> American.
AMERICAN_333: dict[str, str] = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "travellers": "travelers",
    "programme": "program",
    "colour": "color",
    "centre": "center",
    "apologise": "apologize",
    "recognise": "recognize",
}

# List markers a site may print before each item; None is no marker.
MARKER_STYLES_333: tuple[str | None, ...] = (
    None,
    "1.",
    "1)",
    "(1)",
    "a.",
    "a)",
    "(a)",
    "i.",
    "(i)",
    "I.",
    "bullet",
    "dash",
    "star",
    "Rule 1:",
    "Rule 1 -",
    "section",
    "No.",
    "para",
)

ROMANS_333: tuple[str, ...] = (
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
    "xix",
    "xx",
)  # roman numerals for the list markers

SMALL_WORDS_333 = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "at", "by", "with"))
# words left in lower case inside a title-case heading


def _marker_333(style: str | None, index: int, section: int) -> str:
    """The list marker of ``style`` for the item at ``index`` (from 0), or "" when the site prints none."""
    number = index + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[index]
    roman = ROMANS_333[index]
    markers = {
        None: "",
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "section": f"{section}.{number}",
        "No.": f"No. {number}",
        "para": f"\u00a7 {number}",
    }
    return markers[style]


def _title_case_333(text: str) -> str:
    """``text`` with every word capitalised but the small ones inside it."""
    words = text.split(" ")
    return " ".join(
        word if position and word.lower() in SMALL_WORDS_333 else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _items_333(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution, letter or notice, and then never "comment") and who moderates; how many items (two to five for one
    site in five, else six to sixteen), taken in table order or shuffled; one to three sentences an item; heading
    case (as written, title case or capitals) or no headings at all; whether a heading stands as a part of its own
    (bare, with a stop or a colon) or runs in before the first sentence after a colon, stop or dash, and rarely in
    bold stars; a list marker (numbers, letters, roman numerals, bullets, dashes, stars, "Rule 1:", section numbers,
    "No. 1", section signs) or none. Then by chance: a section line above the items or a pair splitting them, a
    stressed sentence, a last-updated line at the top or foot, and a sign-off; then ``_furnish`` adds its lines."""
    if rng.random() < 0.75:
        singular, plural = rng.choice(COMMENT_WORDS_333)
    else:
        singular, plural = rng.choice(OTHER_WORDS_333)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_333),
    }

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = [REWORDINGS_333[i] for i in sorted(rng.sample(range(len(REWORDINGS_333)), count))]
    else:
        kinds = rng.sample(REWORDINGS_333, count)

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choices(("as written", "title", "capitals", "none"), weights=(40, 25, 15, 20))[0]
    run_in = rng.random() < 0.4
    own_suffix = rng.choice(("", "", ".", ":"))
    run_in_joiner = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    bold = rng.random() < 0.08
    marker_style = rng.choice(MARKER_STYLES_333) if rng.random() < 0.6 else None
    section_number = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(kinds):
        chosen = [filled(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker_333(marker_style, index, section_number)
        heading = ""
        question = False
        if heading_case != "none":
            heading = filled(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_333(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            question = heading.endswith("?")
            if bold:
                heading = f"**{heading}**"
        if heading and run_in:
            joiner = " " if question else run_in_joiner
            chosen[0] = heading + joiner + chosen[0]
            heading = ""
        elif heading and not question:
            heading += own_suffix
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                chosen[0] = f"{marker} {chosen[0]}"
        items.append((heading, *chosen))

    if rng.random() < 0.12 and len(items) >= 4:
        first, second = rng.choice(SECTION_PAIRS_333)
        middle = len(items) // 2
        items = [(first, ""), *items[:middle], (second, ""), *items[middle:]]
    elif rng.random() < 0.1:
        items.insert(0, (filled(rng.choice(SECTION_LINES_333)), ""))
    if rng.random() < 0.12:
        which = rng.randrange(len(items))
        if items[which][-1]:
            last = items[which][-1]
            items[which] = (*items[which][:-1], rng.choice(EMPHASES_333) + last)
    if rng.random() < 0.2:
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_LINES_333).format(
            day=rng.randint(1, 28), month=MONTHS_333[month], year=rng.randint(2014, 2026), monthnum=f"{month + 1:02d}"
        )
        if rng.random() < 0.7:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGNOFFS_333)))

    says_comment = singular == "comment"
    intros = [filled(line) for line in POLICY_INTROS_333 if says_comment or "comment" not in line.lower()]
    closings = [filled(line) for line in POLICY_CLOSINGS_333 if says_comment or "comment" not in line.lower()]
    titles = [filled(line) for line in POLICY_TITLES_333 if says_comment or "comment" not in line.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_333)
