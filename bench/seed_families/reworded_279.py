"""The ``reworded-279`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Kiribati English news, Galloway hill papers, Mississippi hill-country weeklies, ultimate frisbee clubs,
woodturners' associations, type 1 diabetes parents' forums, estate regeneration residents, watermill friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps to the table prints them. Each kind is
# (headings, sentences): five or six headings a site may put over the item, then five sentences it may print under
# it. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send, ``{mods}`` for who looks
# after the board.
REWORDINGS_279: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        ("Be civil", "Respect each other", "Play the ball, not the player", "Can I disagree?", "Courtesy", "Tone"),
        (
            "Disagree all you like, but do it the way you would across the table at the maneaba or the village hall.",
            "Treat other members as you would on the field: hard on the argument, fair to the person.",
            "Personal attacks, name-calling and sneering at other posters will see your {c} taken down.",
            "We are a small community and most of us will meet at the next club night, so keep it friendly.",
            "Criticise ideas, decisions and plans by all means; do not criticise the people who hold them.",
        ),
    ),
    # hatred
    (
        ("No hate", "Discrimination", "Racism and bigotry", "What counts as hate speech?", "Equality"),
        (
            "{Cs} that attack anyone for their race, religion, island, sex, disability or who they love are removed.",
            "Slurs and stereotypes have no place here, even dressed up as a joke.",
            "We do not allow abuse aimed at incomers, travellers, Gypsies or any other group in the district.",
            "Anything that stirs up hatred may also break the law, and we will not print it.",
            "Remarks about a family's background, colour or faith will be deleted without discussion.",
        ),
    ),
    # privacy
    (
        ("Privacy", "Other people's details", "Keep personal information private", "Can I name a neighbour?", "Data"),
        (
            "Do not post anyone's address, phone number, flat number or car registration, your own included.",
            "Please do not name children, and think twice before naming a neighbour in a dispute.",
            "Screenshots of private messages or group chats must not be shared without consent.",
            "Details of another family's child, school or medical history are never to be posted.",
            "If you have put up something you now regret, ask {mods} and we will take it down.",
        ),
    ),
    # safeguarding
    (
        (
            "Safeguarding",
            "Children and young people",
            "Junior members",
            "Protecting young players",
            "Welfare",
            "Who can post photos of juniors?",
        ),
        (
            "Photographs of junior players may only be posted with the written consent of a parent or guardian.",
            "Adults must not contact under-18s through private messages on this forum.",
            "If you are worried about a child's safety, contact the welfare officer directly rather than posting.",
            "Concerns about a young person will be passed to the appropriate authorities; that is not optional.",
            "Teenagers with type 1 are welcome to read, but accounts are for parents and carers only.",
        ),
    ),
    # moderation delays
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Approval", "Delays", "Pre-moderation", "When will it show?"),
        (
            "All {cs} are read by {mods} before they appear, which may take a day or two.",
            "We are volunteers with jobs, lathes and mill wheels to look after, so please be patient.",
            "{Cs} sent after the office closes on a Friday will not be read until Monday morning.",
            "Power and internet on Tarawa can be unreliable, and approval is sometimes slower than we would like.",
            "Your first few {cs} are held for approval; after that they should appear straight away.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Wrong thread?"),
        (
            "Keep your {c} to the story it sits under.",
            "General chat belongs in the Off the Lathe section, not in the demonstration threads.",
            "Threads about the ballot should be about the ballot, not about the bin collection.",
            "Post in the right board: tournaments, pickup, kit and coaching each have their own.",
            "{Cs} that wander far from the article may be removed to keep the discussion useful.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Is this an advert?",
            "Selling and promotion",
            "Can I sell my old lathe?",
            "Commercial posts",
        ),
        (
            "Advertising is not allowed except in the For Sale and Wanted board.",
            "Links to shops, raffles and fundraisers need the say-so of {mods} first.",
            "Never offer to sell, swap or give away insulin, test strips or sensors here.",
            "Spam, chain letters and repeated posting of the same link will be removed and the account closed.",
            "Turners selling their own work may post once a month in the Members' Gallery.",
        ),
    ),
    # names and accounts
    (
        ("Names and accounts", "Who can post?", "Registration", "Use your real name", "One account each"),
        (
            "{Cs} must carry your full name and the town or village you live in.",
            "Letters to the editor are printed with a name; anonymous letters go in the bin.",
            "One account per person, please; sock puppets are removed on sight.",
            "Do not pretend to be a councillor, a housing officer or anyone else you are not.",
            "Membership of the forum is open to parents and carers of children with type 1.",
        ),
    ),
    # the law
    (
        ("The law", "Legal matters", "Defamation", "Contempt of court", "What could get us sued?"),
        (
            "Do not say anything about a person that you could not prove in court.",
            "Under Scots law we can be held in contempt for {cs} about a case once someone has been charged.",
            "Please do not discuss cases before the chancery or circuit court while they are still being heard.",
            "You are responsible for what you post and may be liable for it under the laws of Kiribati.",
            "{Cs} that may be defamatory or prejudice a trial will be removed at once.",
        ),
    ),
    # copyright
    (
        ("Copyright", "Photos and videos", "Other people's work", "Can I post a picture?", "Quoting"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Match footage belongs to the people who filmed it; ask before you upload it.",
            "Quote a short passage and link to the rest rather than pasting whole articles.",
            "Plans and project sheets from magazines are copyright and must not be copied here.",
            "By posting a picture you let us use it in the newsletter and at the mill, with credit.",
        ),
    ),
    # reporting
    (
        ("Reporting", "Report a post", "Flagging", "Seen something wrong?", "How do I complain?"),
        (
            "If you see a {c} that breaks these rules, use the report link beside it.",
            "Please report problems rather than replying to them; arguing in the thread only makes it worse.",
            "Email {mods} with a link and a short note of what is wrong.",
            "Complaints are looked at within a week, and we will tell you what we have decided.",
            "Reports are confidential: the person you report will not be told who you are.",
        ),
    ),
    # the editor's or committee's discretion
    (
        ("Our discretion", "Final say", "The committee's decision", "Editor's discretion", "Who decides?"),
        (
            "The editor has the final say on what is published, and that decision is not open to debate.",
            "{mods} may edit, hold back or delete any {c} without giving a reason.",
            "These rules may change at any committee meeting; the latest version is the one on this page.",
            "Being printed here does not mean the paper agrees with you.",
            "We may shorten letters for space and fix spelling, but we will not change your meaning.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, tell the newsroom and we will correct it in print and online.",
            "Corrections should be sent to the editor, not left as {cs} under the story.",
            "Tips about fires, road closures on the A712 or goings-on at the council are always welcome.",
            "Got a story from Betio, Bairiki or the outer islands? Call or message the newsroom.",
            "Births, obituaries and church news go to the front desk, not to the {c} section.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Keep it clean", "Which language?", "Bad language"),
        (
            "No swearing, including swearing with stars or letters missing.",
            "{Cs} may be in English or Kiribati, but we may ask for a translation.",
            "This is a family paper, and {cs} should be fit for the breakfast table.",
            "Please do not write in capital letters; it reads as shouting.",
            "Keep crude jokes for the bar after the tournament.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Can I be banned?",
            "Three strikes",
            "Suspension",
        ),
        (
            "Poor behaviour earns a private warning first; a second breach a week's suspension; a third a ban.",
            "Serious abuse or threats lead to an immediate ban without warning.",
            "Banned members who come back under another name will be banned again.",
            "You may appeal a ban by writing to the club secretary within fourteen days.",
            "Repeat offenders will be reported to the police where the law may have been broken.",
        ),
    ),
    # safety or medical advice
    (
        ("Not medical advice", "Safety first", "Medical advice", "Should I follow advice I read here?", "Safety"),
        (
            "Nothing on this forum replaces the advice of your child's diabetes team.",
            "Never change insulin doses or basal rates because of something read here without talking to your clinic.",
            "If a child is unwell, vomiting or has ketones, ring your diabetes team or 999 at once.",
            "Always wear a face shield at the lathe, and do not post pictures of unsafe practice as an example.",
            "Nobody should go near the waterwheel, sluices or millstones except trained volunteers.",
        ),
    ),
    # declaring interests
    (
        ("Declare your interest", "Councillors and officers", "Conflicts of interest", "Who is posting?", "Honesty"),
        (
            "Council officers, developers and housing association staff must say who they work for when posting.",
            "If you are standing for the residents' committee, say so before you post about the ballot.",
            "Candidates for supervisor or alderman may not use {cs} as campaign advertising.",
            "Anyone paid to post on behalf of a business must say so plainly.",
            "Trustees and committee members post as members, not on behalf of the Friends, unless they say otherwise.",
        ),
    ),
)

# What a site calls what readers send: (singular, plural). Three sites in four say "comment"; the rest never do.
READER_WORDS_279: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as the sentences name them.
MODERATORS_279: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "the forum admins",
    "the newsroom",
    "our volunteer moderators",
    "the web team",
    "the board",
    "the club secretary",
    "the Friends' committee",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_279: tuple[str, ...] = (
    "We welcome your views, but please read these rules before posting.",
    "This board is run by volunteers for members and friends; a few simple rules keep it pleasant.",
    "Mauri! Thank you for joining the discussion. Please keep to the guidelines below.",
    "By posting here you agree to the following house rules.",
    "Our readers in the hills and the glens have always had plenty to say. Here is how we handle it.",
    "This forum was set up by parents, for parents. Please help us keep it a safe place.",
    "The residents' association runs this noticeboard. Please follow these terms.",
    "Everyone is welcome to take part, whether you turn bowls or simply admire them.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_279: tuple[str, ...] = (
    "Thank you for helping keep the discussion worth reading.",
    "Questions about these rules? Ask the committee at the next meeting or by email.",
    "Happy turning, and thank you for sharing.",
    "Spirit of the game applies off the field too. See you at training.",
    "Thanks for reading, and thanks for taking part.",
    "Kam bati n rabwa.",
    "Look after each other. Nobody does this alone.",
    "The mill is open to visitors on the second Sunday of each month from Easter to October.",
)

# Titles a site may print over its rules.
POLICY_TITLES_279: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum guidelines",
    "Noticeboard terms",
    "Posting rules",
    "Community standards",
    "Letters and comments policy",
    "Forum etiquette",
    "Rules of the forum",
    "Guidelines for contributors",
    "Terms of use for the residents' board",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_279: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "colour": "color",
    "travellers": "travelers",
    "organisation": "organization",
    "behaviour": "behavior",
    "programme": "program",
    "favour": "favor",
    "centre": "center",
    "licence": "license",
    "offence": "offense",
    "apologise": "apologize",
    "recognise": "recognize",
}

# Small words a title-case heading leaves in lower case (except at the start).
_SMALL_WORDS_279 = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "at", "with", "not"))

# List markers of shapes these sites print; each is a function of the item's number (from 1).
_ROMAN_279 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_MARKERS_279 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{_ROMAN_279[n - 1]}.",
    lambda n: f"({_ROMAN_279[n - 1]})",
    lambda n: f"{_ROMAN_279[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: "*",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} \u2013",
    lambda n: f"\u00a7{n}",
)

# Lines some sites print above the rules, naming the part of a page or handbook they sit in.
_SECTION_LINES_279 = (
    "Section {n}: Comments and letters",
    "Part {n} \u2013 Online forum",
    "{n}. Use of the club forum",
    "Appendix {n}: Noticeboard terms",
    "Schedule {n} \u2013 Conduct on the members' board",
)

# Sign-offs printed after the rules.
_SIGN_OFFS_279 = (
    "\u2014 The Editor",
    "The Committee",
    "Forum admin team",
    "Approved by the committee at the AGM.",
    "Adopted by the Friends of the Mill, {year}.",
    "Publisher",
    "Signed for the residents' association: the Chair.",
)

_MONTHS_279 = (
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


def _title_case_279(heading: str) -> str:
    """``heading`` with each word capitalised except small words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in _SMALL_WORDS_279) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _updated_line_279(rng: random.Random) -> str:
    """A last-updated or last-reviewed line in one of the date styles these sites use."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2014, 2025)
    date = rng.choice(
        (
            f"{day} {_MONTHS_279[month]} {year}",
            f"{_MONTHS_279[month]} {day}, {year}",
            f"{day:02d}/{month + 1:02d}/{year}",
            f"{_MONTHS_279[month]} {year}",
        )
    )
    return rng.choice(("Last updated: ", "Last updated ", "Reviewed ", "Updated ", "Rules revised ")) + date


def _items_279(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``. The site draws its word for what readers send
    ("comment" three times in four, otherwise post, message, reply, contribution, letter or note) and who moderates;
    how many kinds it prints (two to five for a fifth of sites, six to sixteen for the rest), kept in table order or
    shuffled; one to three of each kind's sentences; whether it prints headings and in which case (as written, title
    case or capitals) and emphasis (none, asterisks, underscores); where they stand (a part of their own, bare or with
    a stop or colon, or run in before the first sentence after a colon, stop or dash), with questions keeping their
    question mark; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs) or none;
    and its own habits: a section line above the rules, a last-updated line above or below, a sign-off below. Then the
    opening, closing and title lines, American spelling and curly quotes by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(READER_WORDS_279)
    fill = {
        "c": word,
        "cs": words,
        "C": word.capitalize(),
        "Cs": words.capitalize(),
        "mods": rng.choice(MODERATORS_279),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_279)), count)
    if rng.random() < 0.5:
        kinds.sort()

    headed = rng.random() < 0.8
    case = rng.choice(("as written", "as written", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "**", "*", "__"))
    placement = rng.choice(("own", "own", "run in"))
    own_stop = rng.choice(("", "", ".", ":"))
    run_in_joint = rng.choice((": ", ". ", " \u2013 ", " \u2014 ", " - "))
    marker = rng.choice(_MARKERS_279) if rng.random() < 0.55 else None
    if marker and marker(1) == "*" and emphasis == "*":
        emphasis = "**"  # an asterisk bullet before an asterisk-emphasised heading reads as a slip
    lines_per_item = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3), (1, 1, 1, 2)))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_279[kind]
        chosen = rng.sample(sentences, rng.choice(lines_per_item))
        texts = [sentence.format(**fill) for sentence in chosen]
        texts = [text[:1].upper() + text[1:] for text in texts]
        heading, question = "", False
        if headed:
            heading = rng.choice(headings).format(**fill)
            if case == "title":
                heading = _title_case_279(heading)
            elif case == "capitals":
                heading = heading.upper()
            question = heading.endswith("?")
            if placement == "own" and not question:
                heading += own_stop
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        prefix = f"{marker(number)} " if marker else ""
        if not heading:
            items.append(("", prefix + texts[0], *texts[1:]))
        elif placement == "own":
            items.append((prefix + heading, *texts))
        else:
            joint = " " if question else run_in_joint
            items.append(("", prefix + heading + joint + texts[0], *texts[1:]))

    if rng.random() < 0.15:
        items.insert(0, ("", rng.choice(_SECTION_LINES_279).format(n=rng.randint(2, 9))))
    if rng.random() < 0.25:
        updated = ("", _updated_line_279(rng))
        if rng.random() < 0.3:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(_SIGN_OFFS_279).format(year=rng.randint(2012, 2025))))
    return _furnish(items, rng, POLICY_INTROS_279, POLICY_CLOSINGS_279, POLICY_TITLES_279, AMERICAN_279)
