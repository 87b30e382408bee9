"""The ``reworded-239`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Isle of Man news, Fenland papers, Vermont hill-town weeklies, cycling clubs, quilters' guilds,
long COVID forums, allotment societies, windpump restorers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in the order a site that keeps table order prints them: each is (headings, sentences), where the
# headings are ways these sites title the rule (questions among them) and the sentences ways they word it. ``{c}``,
# ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send; ``{mods}`` is who looks after the site.
REWORDINGS_239: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Courtesy",
            "Respect other members",
            "Why do we ask for courtesy?",
            "Play the ball, not the person",
        ),
        (
            "Disagree by all means, but do it politely; personal attacks on other readers or on the people in our "
            "stories will be removed.",
            "This is a small island and a small community, and the person you are being rude about may well be your "
            "neighbour.",
            "Treat fellow members as you would at the clubhouse or on the Sunday club run: with patience and good "
            "humour.",
            "Criticise the idea, not the person who posted it.",
            "Name-calling, sneering and goading others into an argument are not welcome here, however strongly you "
            "feel.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "Is there anything you won't publish?",
            "Equality and respect",
        ),
        (
            "We do not publish {cs} that attack people because of their race, religion, sex, sexual orientation, "
            "disability, age or nationality.",
            "Remarks about Travellers, migrant workers or incomers 'not belonging' here will be taken down.",
            "Our guild welcomes quilters of every background, and we expect every member's {cs} to reflect that.",
            "Stirring up hatred is an offence under Manx law as well as against our rules, and we will not host it.",
            "Slurs, stereotypes and 'jokes' at the expense of a group of people are removed without discussion.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private details private",
            "What counts as private?",
            "Other people's details",
            "Photographs of others",
        ),
        (
            "Do not post addresses, phone numbers, email addresses or car registrations, your own or anyone else's.",
            "If you share a photograph of a club ride, make sure the riders in it are happy to appear online, and "
            "never post pictures of children without their parents' consent.",
            "Please don't name other patients, doctors or clinics in a way that could identify them.",
            "Personal data you give us is handled under the Data Protection Act 2018; our privacy notice explains how "
            "long we keep it.",
            "Plot numbers are fine to mention; plot holders' home addresses are not.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "What if I'm worried about someone?",
            "Welfare",
        ),
        (
            "Anything that puts a child or vulnerable adult at risk will be removed and may be passed to the police.",
            "Under-18s may join only with a parent's or guardian's permission, and should never arrange to meet "
            "anyone they have met here.",
            "If something you read worries you, contact the club's welfare officer rather than replying in public.",
            "If someone here says they are thinking of harming themselves, please report it straight away and, if "
            "you can, point them to Samaritans on 116 123.",
            "Our safeguarding policy applies online just as it does at the junior coaching sessions and work parties.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How moderation works",
            "Delays",
        ),
        (
            "All {cs} are read by {mods} before they go live, so there may be a delay.",
            "We are a small team and don't work weekends, so a {c} sent on a Friday evening may not appear until "
            "Monday.",
            "New members' first few {cs} are held for approval; after that they should appear straight away.",
            "During TT fortnight and other busy times it can take longer than usual for {cs} to be checked.",
            "Please don't send the same {c} twice if it doesn't appear at once; it is almost certainly waiting in "
            "the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place for my {c}?",
            "Relevance",
        ),
        (
            "Keep your {c} relevant to the article or thread it sits under.",
            "Questions about plots, rents or the waiting list belong in the Society Business section, not under the "
            "seed swap.",
            "Threads that wander off into national politics will be closed; there are plenty of other places to argue "
            "about Westminster.",
            "If you want to start a new discussion, start a new thread rather than taking over someone else's.",
            "Town meeting is a fine thing to talk about, but please keep each discussion to the story it belongs to.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Links and promotion",
        ),
        (
            "Advertising, chain letters and links to unrelated websites will be deleted.",
            "Members may mention a quilt shop or pattern they like, but selling your own work is only allowed in the "
            "monthly Sales and Wants thread.",
            "Bikes, wheels and kit for sale go on the classifieds page, not in the ride reports.",
            "Accounts that exist only to post links will be banned without warning.",
            "Charity events and village fairs are welcome once; please don't post the same notice every day.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "What name should I use?",
            "One account each",
            "Registration",
        ),
        (
            "We ask that you use your real name, as you would when writing a letter to the paper.",
            "Usernames are fine, but impersonating another person, a councillor or a member of staff is not.",
            "Each member may have one account; duplicate accounts will be merged or closed.",
            "Keep your password to yourself, and let {mods} know if you think your account has been used by someone "
            "else.",
            "You must be a paid-up member of the society to register for the forum.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Libel and contempt",
            "Could my {c} land me in court?",
            "Defamation",
            "Court cases",
        ),
        (
            "Do not post anything defamatory, that is, anything untrue that could damage someone's reputation.",
            "Once someone has been charged, say nothing that could prejudice their trial; {cs} on court reports may "
            "be switched off.",
            "You are legally responsible for what you write, and we will co-operate with the Isle of Man "
            "Constabulary if asked to.",
            "Threats and harassment are against Vermont law online just as they are at the town office.",
            "Do not name anyone a court has ordered must not be identified, including victims of sexual offences.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "What can I share?",
            "Using others' material",
        ),
        (
            "Do not copy whole articles from other newspapers; a short quote with a link is fine.",
            "Please don't share scans or photos of bought patterns; designers earn their living from them.",
            "Only post photographs you took yourself or have permission to use.",
            "By posting a picture of your quilt you allow the guild to show it on this site and in the newsletter, "
            "with credit to you.",
            "Old photographs of the mill may still be in copyright even if they are decades old, so tell us where "
            "they came from.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report a problem",
            "Seen something wrong?",
            "What if I see a problem?",
            "Flagging",
        ),
        (
            "Use the Report link beside any {c} you think breaks these rules and {mods} will look at it.",
            "Reporting a {c} does not mean it will be removed; we judge each one against these guidelines.",
            "Please don't reply to a troublesome {c}; report it and move on.",
            "If you need to report something urgently, email the newsdesk and put REPORT in the subject line.",
            "Complaints about the committee's decisions should be made in writing to the Secretary.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "Right to remove",
            "Editorial control",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The decision of {mods} is final, and we won't enter into correspondence about individual {cs}.",
            "These rules are a guide, not a contract; we may remove {cs} that keep to the letter of them but not the "
            "spirit.",
            "The committee may change these rules at any time and will put a notice on the hut noticeboard when it "
            "does.",
            "Publishing a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Got something to tell us?",
            "Corrections and complaints",
            "Tell us",
        ),
        (
            "If we have got something wrong in an article, please email the editor rather than pointing it out "
            "below it; we will correct it as soon as we can.",
            "Got a news tip from Wisbech, March, Whittlesey or Chatteris? Call the newsroom or use our contact form.",
            "Letters for the print edition should be under 300 words and include your name and town.",
            "Complaints about our journalism can be made under the Editors' Code of Practice.",
            "Have photos from the fair, the hill climb or the mill open day? Send them in and we may use them.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Swearing",
            "Mind your language",
            "How should I write?",
            "Write clearly",
        ),
        (
            "No swearing, including swear words with letters replaced by asterisks or symbols.",
            "Please write in English; a little Manx is welcome, but {mods} need to be able to understand what "
            "you've said.",
            "Avoid writing in capitals; it reads as shouting.",
            "Keep it clean: plenty of our members read the forum with their grandchildren about.",
            "Long strings of emojis and text-speak are hard going for members with brain fog, so please write in "
            "plain sentences.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Enforcement",
        ),
        (
            "Members who break these rules will normally get a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again.",
            "If your membership of the society lapses, your forum access lapses with it.",
            "You can appeal a ban by writing to the Secretary within 28 days.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety first",
            "Health and safety",
            "Can I give advice here?",
            "Your safety",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your GP or long COVID clinic before changing "
            "your treatment.",
            "Share what has helped you with pacing, but please don't tell others to stop their medication or buy "
            "unproven cures.",
            "Never climb the tower or go near the sails unless a trained volunteer is with you and you are wearing a "
            "harness.",
            "Ride reports are not route advice; check conditions before you set out and follow the Highway Code.",
            "Bonfires, weedkillers and strimmers are covered by the tenancy agreement, so check with the committee "
            "before using anything new on your plot.",
        ),
    ),
    (  # elections and campaigning
        (
            "Elections",
            "Political campaigning",
            "What about elections?",
            "Election time",
            "Candidates",
        ),
        (
            "During House of Keys elections we do not publish {cs} from candidates or their agents about their own "
            "campaigns.",
            "Endorsements of selectboard and school board candidates are limited to one per person per race and "
            "must be signed.",
            "{Cs} on election stories close at midnight before polling day.",
            "Keep to the issues; attacks on candidates' families will be removed.",
            "The club is non-political, so please don't use the forum to campaign.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; ``_items_239`` draws from the others a quarter of
# the time, and such a site never says "comment" anywhere.
READER_WORDS_239: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as it is named inside a sentence.
MODERATORS_239: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the web editor",
    "the newsroom",
    "the committee",
    "the forum team",
    "the forum volunteers",
    "the site admins",
    "the Secretary",
)

# Opening lines a site may print before its items (``{c}`` placeholders filled per site before ``_furnish``).
POLICY_INTROS_239: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers and ask everyone to keep to the following.",
    "These guidelines were agreed by the committee and apply to everything posted on this site.",
    "The forum is a place for support; to keep it that way, we ask members to follow a few simple rules.",
    "By sending a {c} you agree to the terms below.",
    "We want this to be a friendly corner of the internet, so here are our house rules.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_239: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Happy quilting!",
    "Ride safe, and see you on Sunday.",
    "Questions about these rules? Email the Secretary.",
    "Look after yourselves, and remember to pace.",
    "Thanks for reading, and for your {cs}.",
    "Happy growing!",
)

# Titles a site may print above its policy.
POLICY_TITLES_239: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms",
    "Rules for {cs}",
    "Guidelines for Posting",
    "Members' Forum Rules",
    "Our {C} Guidelines",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_239: dict[str, str] = {
    "humour": "humor",
    "criticise": "criticize",
    "offence": "offense",
    "travellers": "travelers",
    "councillor": "councilor",
    "co-operate": "cooperate",
    "neighbour": "neighbor",
}

# Words a title-case heading leaves in lower case unless they start it.
SMALL_WORDS_239 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the", "to")
)

# Lines a site may print as a section heading before its items.
SECTION_LINES_239: tuple[str, ...] = (
    "Part 1: Using the forum",
    "General rules",
    "Section A – Posting",
    "Before you post",
    "The rules",
)

# Last-updated lines a site may print after its items.
LAST_UPDATED_239: tuple[str, ...] = (
    "Last updated: 14 March 2024.",
    "Last updated March 14, 2024",
    "Reviewed by the committee at the AGM, November 2023.",
    "Updated Jan. 2025",
    "These rules were last revised in April 2023.",
    "Version 3, agreed 2 October 2024",
)

# Lines a site may sign its policy off with.
SIGN_OFFS_239: tuple[str, ...] = (
    "The Editor",
    "– The Committee",
    "Forum admin team",
    "The Web Team",
    "Posted by the Secretary on behalf of the committee",
    "Back to top",
)


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(shape: str, index: int) -> str:
    """The list marker of ``shape`` for the item at ``index`` (0-based), without the space after it."""
    number = index + 1
    letter = chr(ord("a") + index % 26)
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(number)}.",
        "(i)": f"({_roman(number)})",
        "I.": f"{_roman(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1.": f"Rule {number}.",
        "1.1": f"1.{number}",
        "§ 3.1": f"§ 3.{number}",
        "No. 1": f"No. {number}",
        "#1": f"#{number}",
    }
    return markers.get(shape, shape)


# The list marker shapes a site may print before each item (as ``_marker`` names them).
MARKER_SHAPES_239: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a.",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "Rule 1:",
    "Rule 1.",
    "1.1",
    "§ 3.1",
    "No. 1",
    "#1",
    "•",
    "·",
    "▪",
    "*",
    "-",
    "–",
)


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first word always)."""
    words = heading.split(" ")
    return " ".join(
        word if (position and word.lower() in SMALL_WORDS_239) else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _items_239(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. The site draws its word for what readers send
    ("comment" three sites in four, otherwise post, message, reply, contribution, letter or notice, never then saying
    "comment") and who moderates; how many kinds it prints (two to five for a few sites, six to sixteen for most), in
    table order or shuffled; how many sentences an item (one to three, within a per-site range); whether it prints
    headings and, if so, in sentence case, title case or capitals, emphasised with asterisks or not, standing as a
    part of their own (bare, with a stop or a colon) or run in before the first sentence after a colon, stop or dash;
    a list marker shape (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and
    habits of its own: a section line before the items, an "Important:" before one sentence, a last-updated line and
    a sign-off after them. The opening, closing and title lines, American spelling and curly quotes come from
    ``_furnish``."""
    if rng.random() < 0.25:
        singular, plural = rng.choice(READER_WORDS_239)
    else:
        singular, plural = "comment", "comments"
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_239),
    }

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_239)), min(count, len(REWORDINGS_239)))
    if rng.random() < 0.6:
        kinds.sort()
    fewest, most = rng.choice(((1, 1), (1, 1), (1, 2), (1, 3), (2, 3)))

    headed = rng.random() < 0.7
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "**", "*"))
    own_part = rng.random() < 0.55
    own_stop = rng.choice(("", "", ".", ":"))
    run_in = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    shape = rng.choice(MARKER_SHAPES_239) if rng.random() < 0.55 else ""
    if shape.endswith(":") and run_in == ": ":
        run_in = " – "
    important_at = rng.randrange(len(kinds)) if rng.random() < 0.15 else -1

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.12:
        items.append((rng.choice(SECTION_LINES_239), ""))
    for index, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_239[kind]
        chosen = [s.format(**words) for s in rng.sample(sentences, rng.randint(fewest, most))]
        if index == important_at:
            chosen[0] = rng.choice(("Important: ", "IMPORTANT: ", "Please note: ")) + chosen[0]
        marker = _marker(shape, index) + " " if shape else ""
        if not headed:
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = rng.choice(headings).format(**words)
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if own_part:
            stop = "" if question else own_stop
            items.append((marker + emphasis + heading + stop + emphasis, *chosen))
        else:
            joint = " " if question else run_in
            if emphasis and joint in (": ", ". ", " "):
                lead = emphasis + heading + joint.rstrip() + emphasis + " "
            else:
                lead = emphasis + heading + emphasis + joint
            items.append(("", marker + lead + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        items.append(("", rng.choice(LAST_UPDATED_239)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_239)))

    intros = [line.format(**words) for line in POLICY_INTROS_239]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_239]
    titles = [line.format(**words) for line in POLICY_TITLES_239]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_239)
