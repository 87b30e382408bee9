"""The ``reworded-323`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Lindisfarne community bulletins, Wear valley papers, Loess Hills weeklies, water ski clubs, line
dancing and ballroom groups, adenomyosis and PCOS forums, community pub co-operatives, war memorial and churchyard
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): five or six headings a site picks one of, and five
# sentences it picks one to three of. {c} {cs} {C} {Cs} are the site's word for what readers send (singular, plural,
# capitalised) and {mods} who looks after the site.
REWORDINGS_323: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Civility", "Respect each other", "How should I speak to other members?", "Courtesy"),
        (
            "Please keep {cs} friendly and polite; this is a small community and most of us will meet at the post "
            "office or on the causeway bus sooner or later.",
            "Disagree with the idea, not the person: personal attacks, name-calling and sarcasm aimed at another "
            "member will be removed.",
            "Treat everyone here as you would a partner on the dance floor, with patience, good humour and a bit of "
            "give.",
            "Many members join at a very low point, so write every {c} as if the reader has just had a bad day at the "
            "clinic.",
            "Robust debate about the parish, the council or the pub's accounts is welcome, but rudeness is not.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Equality and respect"),
        (
            "We will not publish {cs} that attack anyone because of race, religion, sex, sexual orientation, gender "
            "identity, disability or age.",
            "Racist, sexist, homophobic or otherwise abusive language is removed without notice and may be passed to "
            "the police.",
            "Jokes at the expense of a group of people, however well meant, have no place on the club page.",
            "Remembrance is for everyone who served, and {cs} that use the memorial to stir up hatred against any "
            "nationality or faith will be deleted.",
            "Slurs and stereotypes about any community, including folks who are new to the Hills, will get your "
            "account closed.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep it private", "Can I name someone?", "Other people's details"),
        (
            "Do not post anyone's address, phone number, email or car registration, and please think twice before "
            "naming neighbours.",
            "Your medical details are yours to share, but never post about a friend's diagnosis, scans or treatment "
            "without their say-so.",
            "Photographs taken at socials may only be posted if everyone in them is happy to appear online.",
            "Please do not publish the details of living relatives when researching a name on the memorial; contact "
            "the volunteers privately instead.",
            "Screenshots of private messages and posts from the closed group must not be shared on the public page.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and vulnerable adults", "Young members", "Keeping people safe", "Juniors"),
        (
            "Photos of juniors on the water may only be posted by the club welfare officer, and never with their full "
            "names.",
            "If a {c} makes you worried that a child or vulnerable adult is at risk, contact the welfare officer or "
            "call 999 rather than replying in public.",
            "Anyone under 18 needs a parent's permission to join the group, and adults must not message junior "
            "members privately.",
            "We follow the diocese's safeguarding policy, and any concern raised here will be passed to the parish "
            "safeguarding officer.",
            "Do not give the names, schools or whereabouts of children in any {c}, even your own.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "When will I see my {c}?", "Approval"),
        (
            "All {cs} are read by a volunteer before they go live, so there may be a delay of a day or two, longer "
            "over the summer season.",
            "{Cs} sent after 5pm on a Friday will usually not be approved until Monday morning.",
            "Our moderators are volunteers with day jobs, so please do not send the same {c} twice if it does not "
            "appear at once.",
            "The first {c} from a new member is held for approval; after that, posts appear straight away unless "
            "they are flagged.",
            "The paper goes to press on Tuesday, and {cs} received after noon that day may not appear until the "
            "following week's edition.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Where should I post this?", "Relevance"),
        (
            "Please keep {cs} to the subject of the story or thread; general chat belongs in the noticeboard section.",
            "This page is for club news, training nights and tow bookings, so lost-and-found, politics and selling "
            "belong elsewhere.",
            "Questions about step sheets go in the Dances section, and questions about venues in Where to Dance.",
            "Threads that wander far from the original question may be split or locked by {mods}.",
            "Posts here should be about the memorial, its names and its upkeep, not about national politics.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I promote my business?", "Self-promotion"),
        (
            "No advertising, please: selling, fundraising pages and affiliate links will be removed unless agreed "
            "with {mods} beforehand.",
            'Supplements, "miracle" diets and cures for PCOS are not to be promoted here, whether you sell them or '
            "not.",
            "Local traders may post once a month in the Thursday business thread, and nowhere else.",
            "Classes and socials organised by other groups may be mentioned where relevant, but flyers posted to every "
            "thread will be removed.",
            "Links posted only to drive traffic to another site are treated as spam, and the account is suspended.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Names", "Real names please", "Usernames", "Can I use a nickname?", "One account each"),
        (
            "{Cs} must carry your full name and the town you live in; we do not print anonymous {cs}.",
            "You are welcome to use a username rather than your real name, and many members choose to stay anonymous.",
            "One account per person, please: pretending to be someone else, or running a second account to back "
            "yourself up, will get both closed.",
            "Requests to join are approved for residents of the island and for people with a genuine connection to it.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Contempt of court", "Is it legal?", "Stay within the law"),
        (
            "Do not post anything defamatory, that is, untrue claims that could damage someone's reputation; both "
            "you and we could be sued.",
            "When a case is before the courts we may close {cs} altogether, to avoid contempt of court.",
            "Nothing may be posted that would break UK law, including the Defamation Act 2013 and the Contempt of "
            "Court Act 1981.",
            "Iowa's libel laws apply to {cs} as much as to our news stories, and we will not print accusations we "
            "cannot check.",
            "Do not speculate about anyone who has been arrested or charged beyond what has been reported, until the "
            "case is over.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and other people's work", "Whose work is it?", "Can I share a step sheet?", "Credit"),
        (
            "Only post photos you took yourself or have permission to use, and credit the photographer.",
            "Step sheets belong to their choreographers, so link to the original rather than copying it out in full.",
            "Please do not paste whole articles from other papers; a short quote with a link is fine.",
            "Old photographs of the men on the memorial may still be in copyright, so tell us where an image came "
            "from when you share it.",
            "By sending a {c} you give us permission to reproduce it in print and online, and confirm it is your own "
            "work.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How to report", "Seen something wrong?", "Flagging", "Tell us"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Report posts to an admin instead of arguing in the thread; we cannot read everything, but we do read "
            "every report.",
            "To raise a concern, email the editor with a link to the {c} and a short explanation of the problem.",
            "A report does not mean a post will be removed, as {mods} will judge it against these rules.",
            "Reports are confidential, and the member concerned will not be told who made them.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Editor's discretion", "The committee's decision", "Final say", "Our right to remove", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final, and we do not enter into correspondence "
            "about it.",
            "We reserve the right to remove any post, at any time, without giving a reason.",
            "We may edit {cs} for length, clarity and legal reasons.",
            "These guidelines cannot cover everything, and {mods} will use common sense where something is not "
            "covered.",
            "Decisions about removals are taken by the management committee of the co-operative, acting for all "
            "members.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Send us your news"),
        (
            "If we have got something wrong, email the newsdesk rather than saying so in a {c}, and we will put it right "
            "as quickly as we can.",
            "Send news, photographs and what's-on dates by the 15th of the month for the next issue of the bulletin.",
            "Found an error in a name on the memorial or the roll of honour? Please tell the volunteers privately "
            "so it can be checked against the records.",
            "Story ideas can be phoned in to the office or left at the post office counter in Stanhope.",
            "Corrections are printed on page 2 of the next week's paper and noted at the foot of the online story.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Mind your language", "Is swearing allowed?"),
        (
            "No swearing, including words with letters replaced by asterisks or symbols.",
            "This is a family group and many of our members are in their eighties, so please keep language clean.",
            "Please write in English so that {mods} can read your {c}, and avoid writing in capitals, which reads as "
            "shouting.",
            "Mild language is fine when you are venting about a flare-up, but swearing at another member is not.",
            "Text-speak and long strings of emojis make posts hard to read for some members, so please write in full "
            "sentences.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Removal"),
        (
            "A first breach will usually earn a private warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or harassment, will lead to removal without warning.",
            "Members who are banned may appeal in writing to the committee, whose decision is final.",
            "We keep a record of warnings, and they lapse after twelve months.",
            "Anyone barred from the pub under its licence will also be removed from the members' page.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety on the water",
            "Is this medical advice?",
            "Safety first",
            "Health information",
        ),
        (
            "Nothing posted here is medical advice; always talk to your GP, gynaecologist or specialist nurse before "
            "changing treatment.",
            "Please do not tell other members to stop prescribed medicines such as metformin or hormone treatment, or "
            "suggest doses.",
            "If you are in crisis, contact your GP, NHS 111 or the Samaritans on 116 123, as the forum is not watched "
            "around the clock.",
            "Never cross the causeway outside the safe crossing times, whatever anyone has posted about conditions "
            "that day.",
            "Tips in a {c} are no substitute for the club's safety rules: always wear a buoyancy aid and ski with an "
            "observer in the boat.",
        ),
    ),
    (  # notices and events
        ("Notices and events", "Posting an event", "What's on", "How long do notices stay up?", "Event listings"),
        (
            "Event notices should give the date, time, place and a contact, and will be taken down once the event has "
            "passed.",
            "Dance socials may be listed once, with one reminder in the week before.",
            "Churchyard work parties are posted by the coordinator, so please say if you can come and we will bring "
            "enough tools.",
            "Notices for lost dogs, found keys and road closures are always welcome, however often they come.",
            "Paid events must be agreed with {mods} before they are posted.",
        ),
    ),
    (  # elections and politics
        ("Elections", "Election letters", "Politics", "Campaign season", "Can I endorse a candidate?"),
        (
            "Endorsements of candidates are accepted until the week before the election, and none will run in the "
            "final issue before the vote.",
            "Candidates may not use {cs} to campaign; paid political advertising is available from our advertising "
            "department.",
            "Party political posts are not allowed on the co-op's page: we are a pub, not a party branch.",
            "Discussion of council decisions is welcome, but keep it to the decision and not the councillor's private "
            "life.",
            "In the weeks before an election {mods} may hold {cs} that mention candidates until they can be checked.",
        ),
    ),
)

# What a site calls what readers send, as (singular, plural): most say "comment"; the others never do.
COMMENT_WORD_323 = ("comment", "comments")
OTHER_WORDS_323: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as it would stand mid-sentence; the last ones only on sites that say "comment".
MODERATORS_323: tuple[str, ...] = (
    "the moderators",
    "the admins",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the club committee",
    "the bulletin team",
    "the admin team",
    "the newsroom",
)
COMMENT_MODERATORS_323: tuple[str, ...] = ("the comment moderators", "our comments team")

# Opening lines a site may print before its rules.
POLICY_INTROS_323: tuple[str, ...] = (
    "Before you post, please take a minute to read our house rules.",
    "We want this to be a friendly, supportive space, and these are the guidelines we ask every member to follow.",
    "The following rules apply to all {cs} on this page.",
    "Welcome to the group! A few house rules to keep things pleasant for everyone:",
    "By sending a {c} you agree to the terms below.",
    "Our noticeboard is run by volunteers. Please help us by keeping to these terms.",
    "We welcome {cs} from readers across the county, on the following terms.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_323: tuple[str, ...] = (
    "Thank you for helping to keep this page a friendly place.",
    "These rules may be updated from time to time; the latest version is always pinned at the top of the group.",
    "Questions about these guidelines can be sent to the editor.",
    "Happy dancing!",
    "See you on the water.",
    "With thanks, the Committee",
    "Thank you, and take care of yourselves.",
    "Breaking these rules may mean your {cs} are removed without notice.",
)

# Titles a site may print over its rules.
POLICY_TITLES_323: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Posting guidelines",
    "Group rules",
    "Forum rules",
    "Noticeboard terms",
    "{C} policy",
    "Rules for {cs}",
    "Members' page rules",
    "Terms of use",
)

# British spellings in the sentences above -> American, for the sites that print American spelling.
AMERICAN_323: dict[str, str] = {
    "neighbours": "neighbors",
    "humour": "humor",
    "gynaecologist": "gynecologist",
    "licence": "license",
    "organised": "organized",
}

# List markers a site may put before each item, as formats of its number n, letter a and roman numeral r.
MARKERS_323: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "{a})",
    "({a})",
    "{r}.",
    "({r})",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "Rule {n}:",
    "Rule {n} \u2013",
    "\U0001f539",
    "\u2705",
    "\U0001f449",
)
# Roman numerals for the markers that count in them.
_ROMAN_323 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

# Section lines a site may print before a first and a later part of its rules.
SECTIONS_323: tuple[tuple[str, str], ...] = (
    ("Part A \u2013 Conduct", "Part B \u2013 Enforcement"),
    ("General", "Moderation"),
    ("Using the page", "If things go wrong"),
    ("What we ask of you", "What we will do"),
    ("1. Posting", "2. Moderation"),
)

# Last-updated lines: a wording with a {date}, and the date printed British or American.
UPDATED_323: tuple[str, ...] = (
    "Last updated: {date}",
    "Last updated {date}.",
    "Updated {date}",
    "Rules agreed by the committee, {date}.",
    "Revised at the AGM, {date}.",
    "Effective {date}.",
)
# Month names for the dates of last-updated lines.
_MONTHS_323 = (
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

# Sign-offs a site may print under its rules.
SIGN_OFFS_323: tuple[str, ...] = (
    "\u2014 The Committee",
    "Admins: Sue, Karen and Dave",
    "The Editor",
    "Posted by Admin",
    "Jan & Pete (group admins)",
    "On behalf of the management committee",
    "Churchyard volunteers' coordinator",
)

# Short tags some sites add after a rule.
TAGS_323: tuple[str, ...] = ("No exceptions.", "Thank you!", "This is non-negotiable.", "Please!")

# Words title case leaves in lower case unless they come first.
_SMALL_WORDS_323 = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"))


def _title_case_323(heading: str) -> str:
    """``heading`` with each word capitalised except the small words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_323) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _date_323(rng: random.Random) -> str:
    """A date in the last few years, printed the British or the American way or as month and year."""
    day, month, year = rng.randint(1, 28), rng.choice(_MONTHS_323), rng.randint(2018, 2026)
    how = rng.random()
    if how < 0.4:
        return f"{day} {month} {year}"
    if how < 0.6:
        return f"{month} {day}, {year}"
    if how < 0.8:
        return f"{month} {year}"
    return f"{day:02d}/{_MONTHS_323.index(month) + 1:02d}/{year}"


def _items_323(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" three times in four,
    otherwise a word it uses throughout instead) and who moderates; how many kinds it prints (two to five for some
    sites, six to sixteen for most), in table order or shuffled, each with one heading and one to three of its
    sentences; how it cases headings (as written, title case, capitals) or prints none; whether a heading stands as a
    part of its own (bare, or with a stop or colon) or runs in before the first sentence after a colon, stop or dash;
    its list marker (numbers, letters, roman numerals, bullets, dashes, emoji, "Rule 1:", section numbers with
    numbered sentences) or none; and its own habits: bold or underscored headings, two section lines, a last-updated
    line, a short tag after some rules and a sign-off. Opening, closing and title lines come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_323 if says_comment else rng.choice(OTHER_WORDS_323)
    moderators = MODERATORS_323 + (COMMENT_MODERATORS_323 if says_comment else ())
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(moderators),
    }

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_323)), count)
    if rng.random() < 0.5:
        kinds.sort()

    casing = rng.choices(("as written", "title", "capitals", "none"), (0.35, 0.25, 0.15, 0.25))[0]
    placing = rng.choice(("own", "own stop", "own colon", "run-in colon", "run-in stop", "run-in dash"))
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    marking = rng.random()
    marker = rng.choice(MARKERS_323) if marking < 0.55 else ""
    numbered_sections = 0.55 <= marking < 0.65
    emphasis = rng.choices(("", "**", "_"), (0.8, 0.15, 0.05))[0]
    tag = rng.choice(TAGS_323) if rng.random() < 0.1 else ""
    sentence_weights = rng.choice(((0.5, 0.35, 0.15), (0.8, 0.15, 0.05), (0.2, 0.5, 0.3)))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_323[kind]
        chosen = rng.sample(sentences, rng.choices((1, 2, 3), sentence_weights)[0])
        parts = [sentence.format(**words) for sentence in chosen]
        if tag and rng.random() < 0.3:
            parts.append(tag)
        heading = rng.choice(headings).format(**words)
        if casing == "title":
            heading = _title_case_323(heading)
        elif casing == "capitals":
            heading = heading.upper()
        if casing == "none":
            heading = ""
        elif placing.startswith("own"):
            if not heading.endswith("?"):
                heading += {"own": "", "own stop": ".", "own colon": ":"}[placing]
            heading = f"{emphasis}{heading}{emphasis}"
        else:
            if heading.endswith("?"):
                run_in = f"{emphasis}{heading}{emphasis} "
            elif placing == "run-in dash":
                run_in = f"{emphasis}{heading}{emphasis}{dash}"
            else:
                stop = ":" if placing == "run-in colon" else "."
                run_in = f"{emphasis}{heading}{stop}{emphasis} "
            parts[0] = run_in + parts[0]
            heading = ""
        if numbered_sections and heading:
            parts = [f"{number}.{index} {part}" for index, part in enumerate(parts, start=1)]
            heading = f"{number}. {heading}"
        elif numbered_sections:
            parts[0] = f"{number}. {parts[0]}"
        elif marker:
            mark = marker.format(n=number, a=chr(96 + number), r=_ROMAN_323[number - 1])
            if heading:
                heading = f"{mark} {heading}"
            else:
                parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))

    if len(items) >= 6 and rng.random() < 0.15:
        first, later = rng.choice(SECTIONS_323)
        items.insert(rng.randint(len(items) // 3, 2 * len(items) // 3), (later, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_323).format(date=_date_323(rng)))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_323)))

    intros = [line.format(**words) for line in POLICY_INTROS_323]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_323]
    titles = [line.format(**words) for line in POLICY_TITLES_323]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_323)
