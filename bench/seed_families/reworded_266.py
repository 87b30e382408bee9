"""The ``reworded-266`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Falklands camp news, Weardale papers, Louisiana parish weeklies, canoe polo clubs, mineral collectors'
societies, heart failure forums, tenant management boards, gasworks heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps the table's order prints them. Each kind is
# (headings, sentences): five or six headings, questions among them, and five sentences. ``{c}``/``{cs}`` is the
# site's word for what readers send (singular/plural), ``{C}``/``{Cs}`` the same capitalised, ``{mods}`` whoever
# looks after the site.
REWORDINGS_266: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Treat others as you would at the club", "Keep it friendly", "Why be polite?"),
        (
            "Please be courteous to other readers, even when you disagree with them.",
            "Argue with the point, not the person who made it.",
            "Remember that many of the people reading this live a few doors or a few settlements away from you.",
            "Sarcasm and name-calling do not go down well here and will usually be taken down.",
            "We are a small club and everyone knows everyone, so write as if you were saying it at the poolside.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Racism, sexism and other abuse", "Respect for everyone", "What counts as hate?"),
        (
            "We do not allow {cs} that attack people for their race, religion, sex, sexuality, disability or age.",
            "Anything that stirs up hatred against a group of people will be removed at once and reported if need be.",
            "Jokes at the expense of incomers, contract workers or any nationality are not welcome on this board.",
            "Slurs of any kind, including ones you think of as harmless local words, are not acceptable.",
            "Repeated abuse of this kind will see your account closed without further warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep details private",
            "Other people's details",
            "Can I name a neighbour?",
        ),
        (
            "Do not post anyone's address, phone number, e-mail or car registration, including your own.",
            "Please do not name neighbours, staff or contractors in a dispute over repairs or rent.",
            "Your personal medical details are yours to share, but please do not share anyone else's.",
            "Photographs of people at matches or work parties should not be posted without their say-so.",
            "If you want to contact another member privately, use the private message button rather than a public {c}.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Young people", "Children and vulnerable adults", "Juniors", "Who is our welfare officer?"),
        (
            "Photographs of junior players must not be posted without a parent's written consent.",
            "If you are worried about a child or a vulnerable adult, speak to our welfare officer directly.",
            "Do not use {cs} to arrange to meet young members away from club sessions.",
            "Any concern raised on the board will be passed to the welfare officer and, if needed, to the police.",
            "Under-18s may read the forum but should ask a parent or guardian before posting.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} show?",
            "How {cs} are checked",
        ),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "Our moderators are volunteers, so please be patient at weekends and over the holidays.",
            "{Cs} sent after the office closes on Friday will not be looked at until Monday morning.",
            "The internet connection in Camp is not always reliable, so a {c} may take longer than usual to reach us.",
            "A {c} held for checking has not necessarily been rejected; it simply has not been read yet.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance", "Where should I post this?"),
        (
            "Please keep your {c} to the subject of the article or thread.",
            "Specimens you want identified belong in the ID section, not in the field trip reports.",
            "Grumbles about Durham County Council belong in a letter to the editor, not under an unrelated story.",
            "Threads that drift far from the original question may be split or locked by {mods}.",
            "If in doubt, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Selling and swaps", "Spam", "Commercial posts", "Can I sell specimens here?"),
        (
            "Advertising is not permitted except in the sales and wants section.",
            "Members may sell kit, boats and paddles in the classifieds, but dealers must contact the committee first.",
            "Specimens for sale must be described honestly, with locality, and any repair or treatment declared.",
            "Links to shops, payday lenders and miracle supplements will be deleted as spam.",
            "For notices of sales, fundraisers and suppers, please use the community noticeboard rather than a {c}.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Usernames", "Real names", "One account each", "Do I have to use my real name?"),
        (
            "Please register with your real name; we do not accept {cs} from anonymous accounts.",
            "Each member may hold only one account, and accounts must not be shared.",
            "Usernames that are offensive or that pretend to be someone else will be changed or removed.",
            "Tenants posting on the board should give their block or street so that others know they are a resident.",
            "You are responsible for everything posted under your name, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Court cases", "Could I be sued?"),
        (
            "Do not post anything defamatory; under Louisiana law you can be held liable for what you write.",
            "Please do not speculate on the guilt or innocence of anyone facing charges before the court has ruled.",
            "Naming a victim of a sexual offence is against the law and any such {c} will be removed immediately.",
            "Allegations about named officials, police jurors or board members must be backed by fact, not rumour.",
            "We will cooperate with the police if we are asked for details of a {c} that may have broken the law.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Other people's work", "Pictures and articles", "Can I post photos?"),
        (
            "Only post photographs that you took yourself or that you have permission to use.",
            "Please do not copy whole articles from other papers; a short quote and a link will do.",
            "Archive photographs of the gasworks belong to the trust and may not be reused without permission.",
            "By posting a picture you allow us to show it on the site and in the newsletter with credit to you.",
            "Maps and survey drawings often carry Crown copyright and should not be uploaded in full.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging posts", "Something wrong?", "How do I report a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the report link rather than replying to it.",
            "Reports go straight to {mods} and the person you reported will not be told who you are.",
            "Please do not report {cs} simply because you disagree with them.",
            "For anything urgent, e-mail the office or ring us during opening hours.",
            "We read every report, though we cannot always reply to each one.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision", "Discretion", "The final say", "Editor's discretion", "Who decides?"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Decisions of the committee on what stays and what goes are final.",
            "We may remove a {c} that keeps to the letter of these rules but not to their spirit.",
            "These guidelines may be changed at any time, and the version on this page is the one that applies.",
            "Publication of a {c} does not mean that {mods} agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "News tips", "Got a story?", "Spotted a mistake?", "Tell us", "Errors and tips"),
        (
            "If we have got something wrong, please tell the editor rather than pointing it out in a {c}.",
            "News from the settlements is always welcome; send it in by e-mail or drop it into the office in Stanley.",
            "Results, fixtures and tournament reports can be sent to the club secretary for the next bulletin.",
            "Corrections are printed in the next edition and the online story will be updated.",
            "Got a tip about something happening in the parish? Call the newsroom or send us a message.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Plain English", "Is swearing allowed?"),
        (
            "Please do not swear, even with letters starred out.",
            "Write in plain English so that everyone can follow, and go easy on capital letters.",
            "{Cs} in French or Cajun French are welcome, though a short English summary helps other readers.",
            "Text speak and long strings of emojis make {cs} hard to read for many of our members.",
            "Strong language will be edited out or the whole {c} removed.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Bans"),
        (
            "Members who break these rules will first receive a warning from {mods}.",
            "A second breach may lead to a suspension, and a third to a permanent ban.",
            "Serious breaches, such as threats or abuse, will lead to an immediate ban.",
            "Anyone who sets up a new account to get round a ban will have that account removed as well.",
            "If you think a decision was unfair, you may appeal in writing to the board secretary.",
        ),
    ),
    (  # safety or medical advice
        (
            "Medical advice",
            "Safety",
            "Not a substitute for your doctor",
            "Health and safety",
            "Is this medical advice?",
        ),
        (
            "Nothing on this forum replaces advice from your cardiologist, GP or heart failure nurse.",
            "Never change your diuretics or fluid allowance because of something you read here without checking first.",
            "If you have chest pain, sudden breathlessness or rapid swelling, call 999 or your local emergency number.",
            "Never visit a quarry or mine dump in the Dale without the owner's permission and a hard hat.",
            "Volunteers must not go near the gasholder or retort house without a site induction.",
        ),
    ),
)

# The word each site uses for what readers send: (singular, plural). Most sites say "comment"; a quarter of them
# draw from the others and never say "comment" anywhere.
COMMENT_WORDS_266 = (("comment", "comments"),)
OTHER_WORDS_266 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after each site, as it would be named mid-sentence.
MODERATORS_266 = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the site admins",
    "our volunteer moderators",
    "the newsroom",
    "the board",
    "the webmaster",
    "the club secretary",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_266 = (
    "We welcome {cs} from readers in Camp, Stanley and further afield.",
    "Please read these guidelines before posting.",
    "This is a friendly forum for people living with heart failure and those who care for them.",
    "The board is here for residents to share news and ask questions about the estate.",
    "We want this to be a place where everyone feels able to join in, so we ask you to follow a few simple rules.",
    "Thank you for taking part in the discussion.",
    "By posting a {c} you agree to the following.",
    "These house rules apply to everything posted on the society's pages.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_266 = (
    "Thank you for keeping the forum a friendly place.",
    "Happy paddling!",
    "Happy hunting, and see you on the next field trip.",
    "If you have any questions about these rules, please contact {mods}.",
    "Thank you for reading, and for your {cs}.",
    "Comments are the responsibility of those who write them and not of the paper.",
    "Take care of yourselves and each other.",
    "See you at the next work party.",
)

# Titles a site may print over its rules.
POLICY_TITLES_266 = (
    "House rules",
    "Comment policy",
    "Forum guidelines",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms of use",
    "Rules of the forum",
    "Message board rules",
    "Before you post",
)

# British spellings used in the sentences above, and their American forms.
AMERICAN_266 = {
    "neighbour": "neighbor",
    "rumour": "rumor",
    "offence": "offense",
    "licence": "license",
    "colour": "color",
    "behaviour": "behavior",
    "organise": "organize",
    "honour": "honor",
    "favour": "favor",
}

# Words a title-cased heading keeps in lower case unless they open it.
SMALL_WORDS_266 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))

# List markers real sites print in front of their items, by shape: each takes the item's number from 1.
ROMAN_266 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
MARKERS_266 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{'abcdefghijklmnopqrstuvwxyz'[n - 1]})",
    lambda n: f"({'abcdefghijklmnopqrstuvwxyz'[n - 1]})",
    lambda n: f"{ROMAN_266[n - 1]}.",
    lambda n: f"{ROMAN_266[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} \u2013",
    lambda n: f"\u00a7{n}",
    lambda n: f"3.{n}",
    lambda n: f"{n}.0",
)

# Lines some sites print about when their rules were last changed, and the months they may name.
UPDATED_LINES_266 = (
    "Last updated: {d} {m} {y}.",
    "Updated {m} {y}",
    "These rules were agreed by the committee on {d} {m} {y}.",
    "Revised {d} {m} {y}",
    "Policy last reviewed {m} {y}.",
)
MONTHS_266 = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")

# Section lines some sites print over their rules, as part of a longer set of terms.
SECTION_LINES_266 = (
    "Section 4: Using the message board",
    "Part 2 \u2013 Posting rules",
    "5. Online discussion",
    "Terms of use (forum)",
    "Appendix B: Noticeboard guidelines",
)

# Sign-offs some sites print after their rules.
SIGN_OFFS_266 = (
    "\u2014 The Editor",
    "The Committee",
    "Thanks, the mod team",
    "Posted by admin",
    "Board Secretary, on behalf of the TMO board",
    "The Trustees",
)


def _fill(text: str, words: tuple[str, str], mods: str) -> str:
    """``text`` with the site's word and moderators put in, its first letter capitalised."""
    singular, plural = words
    text = text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=mods)
    return text[:1].upper() + text[1:]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones inside it."""
    words = heading.split(" ")
    return " ".join(
        word if i and word in SMALL_WORDS_266 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_266(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send ("comment"
    three times in four, else one it keeps to, opening, closing and title lines included) and who moderates it; how
    many kinds it prints (two to five for some sites, six to sixteen for most), in the table's order or shuffled, with
    one to three sentences each; its headings' case (as written, title case or capitals) or no headings at all, and
    where they stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash), in plain text or between emphasis marks; a list marker of one shape or none; and, by
    chance, a section line over the rules, a last-updated line before or after them, a row of stars before the end
    and a sign-off. Opening, closing and title lines, American spelling and curly quotes come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    words = rng.choice(COMMENT_WORDS_266 if says_comment else OTHER_WORDS_266)
    mods = rng.choice(MODERATORS_266)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_266))
    kinds = rng.sample(range(len(REWORDINGS_266)), count)
    if rng.random() < 0.55:
        kinds.sort()

    case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "**", "*", "__"))
    marker = rng.choice(MARKERS_266) if rng.random() < 0.55 else None
    sentences_each = rng.choice((1, 1, 2, 2, 3, 0))  # 0: each item draws its own number

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_266[kind]
        how_many = sentences_each or rng.randint(1, 3)
        chosen = rng.sample(range(len(sentences)), how_many)
        if rng.random() < 0.7:
            chosen.sort()
        parts = [_fill(sentences[i], words, mods) for i in chosen]
        prefix = marker(number) + " " if marker else ""
        if case == "none":
            items.append(("", prefix + parts[0], *parts[1:]))
            continue
        heading = _fill(rng.choice(headings), words, mods)
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        asks = heading.endswith("?")
        if placement == "own":
            items.append((prefix + emphasis + heading + emphasis, *parts))
        elif placement in ("own-stop", "own-colon"):
            stop = "" if asks else ("." if placement == "own-stop" else ":")
            items.append((prefix + emphasis + heading + stop + emphasis, *parts))
        elif placement == "run-dash":
            items.append(("", prefix + emphasis + heading + emphasis + " \u2013 " + parts[0], *parts[1:]))
        else:
            stop = "" if asks else ("." if placement == "run-stop" else ":")
            items.append(("", prefix + emphasis + heading + stop + emphasis + " " + parts[0], *parts[1:]))

    if rng.random() < 0.12:
        items.insert(0, (rng.choice(SECTION_LINES_266), ""))
    if rng.random() < 0.2:
        updated = rng.choice(UPDATED_LINES_266).format(
            d=rng.randint(1, 28), m=rng.choice(MONTHS_266), y=rng.randint(2012, 2025)
        )
        items.insert(0 if rng.random() < 0.4 else len(items), ("", updated))
    if rng.random() < 0.08:
        items.append(("", "* * *"))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_266)))

    def site_line(line: str) -> bool:
        return says_comment or "comment" not in line.lower()

    intros = [_fill(line, words, mods) for line in POLICY_INTROS_266 if site_line(line)]
    closings = [_fill(line, words, mods) for line in POLICY_CLOSINGS_266 if site_line(line)]
    titles = [line for line in POLICY_TITLES_266 if site_line(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_266)
