"""The ``reworded-260`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Dominica news, Rutland papers, Oklahoma panhandle weeklies, skateboarding parks groups, ukulele clubs,
thyroid forums, mobile library users, lime kiln restoration groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Placeholders: {c}/{cs} the site's word for what readers
# send (singular/plural), {C}/{Cs} the same capitalised, {mods} whoever looks after the site.
REWORDINGS_260: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Respect one another", "Keep it friendly", "How should I talk to other members?", "Courtesy"),
        (
            "Treat everyone here the way you would treat a neighbour in Roseau market or at the Oakham post office.",
            "Disagree with the argument if you must, but leave the person out of it.",
            "Personal attacks, name-calling and sneering at newcomers will see your {c} removed.",
            "Most of us are beginners on the board or the uke, so be kind when somebody asks a basic question.",
            "We want this to be a friendly corner of the internet; please help us keep it that way.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Hatred and abuse", "What counts as hate speech?", "Zero tolerance"),
        (
            "We do not allow {cs} that attack people for their race, religion, nationality, sex, disability, age "
            "or sexual orientation.",
            "Slurs, including ones dressed up as jokes, are removed without warning.",
            "Stirring up ill feeling between villages, parishes or political camps is not welcome here.",
            "Anything that could amount to stirring up hatred under the Public Order Act will be taken down and may "
            "be reported.",
            "Prejudice has no place on this page, whatever your views on the issue under discussion.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Respect people's privacy",
            "Can I share someone's details?",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email or car registration, including your own.",
            "Photographs of other riders or members should only be shared with their permission.",
            "Please do not name patients, doctors or nurses when describing your treatment.",
            "We will remove {cs} that reveal where a private person lives or works.",
            "If you would not say it on the front page of the paper, do not say it about a private individual here.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Protecting children", "Young members", "Who can join?", "Keeping young people safe"),
        (
            "Many of our skaters are under 16, so adults must not message young members privately.",
            "Do not post photos or videos of children at the park or at club sessions without a parent's consent.",
            "Any concern about a child's welfare should go to the safeguarding officer, not into a public {c}.",
            "Members under 13 may only take part with a parent or guardian's account.",
            "We will pass on anything that suggests a child or vulnerable adult is at risk.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Why is my {c} not showing?",
        ),
        (
            "All {cs} are checked by {mods} before they appear, which can take up to 24 hours.",
            "The newsroom is small and {cs} sent after 5pm or at weekends may not be approved until the next "
            "working day.",
            "First-time posters are held for approval; after that your {cs} should go straight up.",
            "{mods} are volunteers with jobs and families, so please be patient.",
            "Posting the same {c} again will not speed things up and may get it flagged as spam.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place?", "Relevance"),
        (
            "Please keep {cs} to the article or thread you are replying to.",
            "General chat about politics belongs elsewhere; this group is about the kiln and its restoration.",
            "Questions about the van's timetable go in the Stops and Routes thread, not under every post.",
            "Threads that wander too far will be locked or moved by {mods}.",
            "If you want to start a new discussion, start a new thread rather than hijacking someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise?", "Self-promotion", "Commercial posts"),
        (
            "Adverts, sales pitches and links to shops will be deleted; our classified section is the place for them.",
            "Selling a second-hand ukulele is fine in the Buy and Swap board, but not in general discussion.",
            "Do not promote supplements, diets or clinics, even if they worked for you.",
            "Chain letters, pyramid schemes and repeated links count as spam.",
            "Local events and fundraisers may be shared once, with the permission of {mods}.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Usernames",
            "Real names",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "You must register with a valid email address before you can post.",
            "We prefer real names, but a username is fine as long as it is not offensive or pretending to be "
            "someone else.",
            "One account per person; sock puppets will be removed along with their {cs}.",
            "Do not impersonate another member, a journalist, an official or a public figure.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Libel", "Could I be sued?", "Defamation and contempt"),
        (
            "Do not accuse anyone of a crime or wrongdoing unless it has been proved in court.",
            "Defamation is a serious matter under the laws of the Commonwealth of Dominica, and you can be held "
            "liable for what you write.",
            "Where a case is before the courts, do not discuss the evidence or the guilt of the accused; contempt "
            "of court applies online too.",
            "Oklahoma law on libel applies to {cs} just as it does to the printed paper.",
            "We will co-operate with the police if we are lawfully asked for information about a poster.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and music", "Can I post song sheets?", "Sharing content"),
        (
            "Only post photos, videos and text that you own or have permission to use.",
            "Song sheets of copyrighted songs should be linked, not pasted in full.",
            "Do not copy whole articles from other papers; a short quote and a link will do.",
            "By posting, you give us permission to publish your {c} on this site and in print.",
            "Pictures from the archive or the county record office need the owner's permission before they go up.",
        ),
    ),
    (  # reporting
        ("Reporting problems", "Report a post", "How do I report something?", "Flagging", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report rather than reply; arguing with a troll only feeds it.",
            "You can also email {mods}, giving a link to the {c} and the reason for your concern.",
            "Reports are anonymous and we look at every one, though we may not reply to each.",
            "A report does not mean a {c} will be removed; it means it will be looked at.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our discretion", "Final say", "The committee's decision", "Who decides?", "Editorial judgement"),
        (
            "{mods} may edit, hide or remove any {c} at their discretion and without explanation.",
            "The committee's decision on what stays and what goes is final.",
            "Publishing a {c} does not mean we agree with it.",
            "We reserve the right to close {cs} on any story at any time.",
            "These rules may change, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips"),
        (
            "If we got something wrong, tell the newsroom directly so we can correct it; a {c} may be missed.",
            "Corrections are printed in the next week's edition and noted on the online story.",
            "Got a story from Guymon, Boise City or anywhere in the Panhandle? Call or email the office.",
            "Tips sent to the editor are treated in confidence.",
            "Letters for the print edition must include your name, address and a daytime phone number.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Can I swear?", "Bad language"),
        (
            "No swearing, please; many of our readers are young or simply prefer it that way.",
            "Masking a swear word with asterisks does not make it acceptable.",
            "Please write in English or Kwéyòl so that {mods} can read what you have posted.",
            "Writing in capital letters is read as shouting.",
            "Text speak and endless emojis make {cs} hard to read; a little care goes a long way.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "Break the rules and you will first get a warning from {mods}.",
            "A second offence means a suspension, and a third a permanent ban.",
            "Serious breaches, such as threats or abuse, lead to an immediate ban.",
            "Members who are banned and come back under a new name will be removed again.",
            "If you think a ban was unfair, you may appeal once by emailing the club secretary.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety first",
            "This is not medical advice",
            "Should I change my dose?",
            "Health and safety",
        ),
        (
            "Members are not doctors; never change your levothyroxine dose without speaking to your GP or "
            "endocrinologist.",
            "Sharing your TSH and T4 results is fine, but remember everyone's body is different.",
            "Nothing on this forum replaces professional medical advice; in an emergency ring 999 or 911.",
            "Do not climb on the kiln, the draw arches or any scaffolding outside an organised work party.",
            "Helmets are strongly recommended at the park, and the bowl is closed when it is wet.",
        ),
    ),
)

# What readers send, (singular, plural): mostly "comment"; a quarter of sites never say it.
COMMENT_WORDS_260: tuple[tuple[str, str], ...] = (("comment", "comments"),) * 9 + (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("entry", "entries"),
)

# Who looks after the site, as written mid-sentence.
MODERATORS_260: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the newsroom",
    "the committee",
    "the admins",
    "the forum team",
    "our moderators",
    "the group admins",
    "the web editor",
    "the club committee",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_260: tuple[str, ...] = (
    "Please read these rules before you post.",
    "We welcome your views, but there are a few ground rules.",
    "By joining this group you agree to the following.",
    "This page explains what is and is not allowed in our discussions.",
    "Our forum is a support community, and these guidelines help keep it safe for everyone.",
    "The following house rules apply to everyone who takes part.",
    "Thanks for joining! A few things to bear in mind:",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_260: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules? Contact the editor.",
    "Happy strumming!",
    "Skate safe and see you at the park.",
    "Posting here means you accept these guidelines.",
    "Thanks, and happy reading.",
    "Any queries, please message an admin.",
)

# Titles a site prints above its rules.
POLICY_TITLES_260: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Group rules",
    "Forum rules",
    "Posting guidelines",
    "Rules of the board",
    "Terms of participation",
    "Noticeboard terms",
    "Reader guidelines",
)

# British spellings in the sentences above -> American, for sites that print American spelling.
AMERICAN_260: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "organised": "organized",
    "judgement": "judgment",
    "co-operate": "cooperate",
    "recognise": "recognize",
    "behaviour": "behavior",
    "colour": "color",
    "centre": "center",
    "favour": "favor",
}

# Shapes of list markers these sites print: each takes the item's position from 1.
_MARKERS_260: tuple[str, ...] = (
    "number-stop",
    "number-bracket",
    "letter-bracket",
    "letter-paren",
    "roman",
    "bullet",
    "dash",
    "asterisk",
    "rule",
    "section",
    "decimal",
)

_ROMAN_260: tuple[str, ...] = (
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
)  # fmt: skip

# Words left in lower case when a heading is printed in title case.
_SMALL_WORDS_260 = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})

# Last-updated lines, a month-and-year a site last touched its rules.
_UPDATED_260: tuple[str, ...] = (
    "Last updated: {month} {year}",
    "These rules were last reviewed in {month} {year}.",
    "Updated {month} {year}",
    "Rev. {number}/{year}",
    "Agreed by the committee, {month} {year}.",
)

# Section lines some sites print part way through their rules.
_SECTIONS_260: tuple[str, ...] = (
    "Part 2: Conduct",
    "What we will do",
    "The small print",
    "Other things to know",
    "About moderation",
)

# Sign-offs some sites print under their rules.
_SIGNOFFS_260: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Admin team",
    "Posted by admin",
    "The Management",
    "Signed, the Friends of the Kiln",
)

_MONTHS_260: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _marker_260(shape: str, position: int) -> str:
    """The list marker of ``shape`` for the item at ``position`` (from 1), with the space after it."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(position - 1) % 26]
    return {
        "number-stop": f"{position}. ",
        "number-bracket": f"{position}) ",
        "letter-bracket": f"{letter}) ",
        "letter-paren": f"({letter}) ",
        "roman": f"{_ROMAN_260[(position - 1) % len(_ROMAN_260)]}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "asterisk": "* ",
        "rule": f"Rule {position}: ",
        "section": f"Section {position}. ",
        "decimal": f"1.{position} ",
    }[shape]


def _heading_case_260(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if index and word.lower() in _SMALL_WORDS_260 else word[:1].upper() + word[1:]
            for index, word in enumerate(words)
        )
    return heading


def _fill_260(text: str, singular: str, plural: str, moderators: str) -> str:
    """``text`` with the site's words put in (after "a" or "an" as fits), and its first letter in capitals."""
    article = "an" if singular[0] in "aeiou" else "a"
    text = (
        text.replace(" a {c}", f" {article} {{c}}")
        .replace("A {c}", f"{article.capitalize()} {{c}}")
        .replace("{cs}", plural)
        .replace("{Cs}", plural.capitalize())
        .replace("{c}", singular)
        .replace("{C}", singular.capitalize())
        .replace("{mods}", moderators)
    )
    return text[:1].upper() + text[1:]


def _items_260(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone.

    A site draws its word for what readers send and who moderates it; how many kinds of rule it prints (two to five
    for a fifth of sites, six to sixteen for the rest), kept in table order or shuffled; one to three sentences for
    each; whether it prints headings and in which case (as written, title case or capitals), and where they stand:
    a part of their own (bare, with a stop or with a colon) or run in before the first sentence after a colon, stop or
    dash; a list marker shape (numbers, letters, roman numerals, bullets, dashes, asterisks, "Rule 1:", section or
    decimal numbers) or none; headings wrapped in asterisks for emphasis now and then; and, by chance, a section line
    part way through, a last-updated line and a sign-off. The items then go to ``_furnish`` for the opening, closing
    and title lines and the spelling and quotes."""
    singular, plural = rng.choice(COMMENT_WORDS_260)
    moderators = rng.choice(MODERATORS_260)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = sorted(rng.sample(range(len(REWORDINGS_260)), count))
    if rng.random() < 0.4:
        rng.shuffle(chosen)
    with_headings = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placing = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    shape = rng.choice(_MARKERS_260) if rng.random() < 0.6 else ""
    emphasis = with_headings and shape != "asterisk" and rng.random() < 0.15
    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_260[kind]
        picked = rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))
        parts = [_fill_260(sentence, singular, plural, moderators) for sentence in picked]
        marker = _marker_260(shape, position) if shape else ""
        if not with_headings:
            items.append(("", marker + parts[0], *parts[1:]))
            continue
        heading = _heading_case_260(_fill_260(rng.choice(headings), singular, plural, moderators), case)
        if emphasis:
            heading = f"*{heading}*"
        question = heading.rstrip("*").endswith("?")
        if placing.startswith("own"):
            stop = "" if question or placing == "own" else ("." if placing == "own-stop" else ":")
            items.append((marker + heading + stop, *parts))
        else:
            joiner = " " if question else {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[placing]
            items.append(("", marker + heading + joiner + parts[0], *parts[1:]))
    if len(items) > 4 and rng.random() < 0.15:
        items.insert(rng.randint(2, len(items) - 2), (rng.choice(_SECTIONS_260), ""))
    if rng.random() < 0.2:
        updated = rng.choice(_UPDATED_260).format(
            month=rng.choice(_MONTHS_260), year=rng.randint(2014, 2026), number=rng.randint(1, 12)
        )
        items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGNOFFS_260)))
    return _furnish(items, rng, POLICY_INTROS_260, POLICY_CLOSINGS_260, POLICY_TITLES_260, AMERICAN_260)
