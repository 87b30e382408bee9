"""The ``reworded-350`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Eday and Rousay community news, Coverdale papers, Gallatin valley weeklies, bat and trap leagues,
macramé and nalbinding groups, Cushing's and acromegaly forums, Walney residents' panels, grotto and folly heritage
friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps to the table prints them. Each kind is
# (headings, sentences): five or six headings, some of them questions, and five sentences. ``{c}``/``{cs}`` and
# ``{C}``/``{Cs}`` are the site's word for what readers send (singular/plural, capitalised); ``{mods}`` is who looks
# after the site, written so that it reads whether that is one person or a team.
REWORDINGS_350: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it friendly", "Respect one another", "How should I treat other members?", "Courtesy"),
        (
            "Argue with the point someone has made, not with the person who made it.",
            "We are a small island community and most of us will meet at the shop or on the ferry, so write as you "
            "would speak to someone's face.",
            "Personal attacks, name-calling and sneering at other people's {cs} will be removed, however strongly "
            "you feel about the issue.",
            "Be patient with beginners; everyone here once tied a lopsided square knot or dropped a loop off the "
            "thumb.",
            "Bozeman is changing fast and feelings run high, so keep the argument about growth and not about the "
            "neighbours on the other side of it.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hate speech?", "Equality"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability, "
            "age or where they come from.",
            "That includes jokes about incomers, holiday-home owners and English, Scottish or Barrovian accents when "
            "they are meant to wound.",
            "Stirring up hatred is an offence under the Public Order Act 1986 and, in Scotland, the Hate Crime and "
            "Public Order (Scotland) Act 2021, and we will pass such material to the police.",
            "Remarks about people's looks are not welcome here, least of all on a forum where many of us live with "
            "the changes that Cushing's and acromegaly bring to the face and body.",
            "Slurs are removed even when they are spelt with asterisks or dressed up as a question.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I post someone's address?",
            "Photographs of people",
        ),
        (
            "Do not post anyone's address, phone number, car registration or workplace, and think twice before "
            "posting your own.",
            "Please ask before sharing a photograph in which other people, and especially children, can be recognised.",
            "On an island of a hundred-odd people, naming a croft or a farm is the same as naming the family who "
            "live there.",
            "What other members tell us about their diagnoses, scans and blood results stays here and must not be "
            "copied anywhere else.",
            "We keep your email address only to run the site, in line with UK GDPR and the Data Protection Act 2018, "
            "and it is never shown beside your {cs}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young people",
            "What if I am worried about someone?",
            "Young members",
        ),
        (
            "The forum is for adults; under-18s may join only with the consent of a parent or guardian.",
            "Do not post the full names, schools or photographs of junior players without written permission from "
            "a parent.",
            "If a {c} suggests that someone is at risk of harm, report it straight away, and in an emergency ring "
            "999 or, in Montana, 911.",
            "Our safeguarding lead is a named member of the committee and can be reached in confidence through the "
            "contact page.",
            "Anyone who tries to draw young members into private messages will be banned and reported to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a delay.",
            "This site is run by volunteers with jobs, crofts and families, and {cs} sent in the evening may not go "
            "up until the next morning.",
            "When the island's broadband is down, nothing can be approved until it comes back, so please bear with us.",
            "{Cs} sent on press day, Wednesday, may wait until Thursday morning before anyone at the office can read "
            "them.",
            "Sending the same {c} several times will not make it appear any faster.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Is this the right place for it?"),
        (
            "Keep your {c} to the subject of the article or thread it sits under.",
            "Fixture disputes, umpiring grumbles and the state of the pub's trap belong in the league forum, not "
            "under a match report.",
            "Questions about cord, yarn or needles go in the Materials board, so that others can find the answers "
            "later.",
            "The wind farm, the bridge and the council tax all have threads of their own, and arguments about them "
            "will be moved there if they take over an unrelated one.",
            "Threads that drift into national politics will be closed.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam and self-promotion", "Selling", "Can I sell my work here?", "Links and promotion"),
        (
            "Do not use {cs} to advertise goods, services or events, however local.",
            "Makers may show finished pieces, but links to shops, Etsy listings and paid patterns belong only in the "
            "monthly Makers' Market thread.",
            "Notices of ceilidhs, boat trips, sales of work and community council meetings can go to the editor for "
            "the What's On page instead.",
            'Links to supplements, "natural cortisol cures" or private clinics will be deleted and the account '
            "suspended.",
            "We remove any {c} that exists only to carry a link, and repeated spam is reported to the provider.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames and accounts",
            "Real names",
            "Do I have to use my real name?",
            "One person, one account",
            "Who can sign up?",
        ),
        (
            "{Cs} must carry your real first name and surname; we do not publish anonymous {cs}.",
            "You may use a nickname, but not one that mimics another member, a doctor or a charity.",
            "Setting up a second account to back yourself up, or to come back after a ban, gets both accounts closed.",
            "Letters for the print edition must include your name, town and a daytime phone number; only your name and "
            "town are printed.",
            "Do not share your login, even with family members who want to post on your behalf.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Could my {c} get me into trouble?", "Libel and contempt"),
        (
            "You are responsible for what you write, and a {c} that says something untrue and damaging about a real "
            "person can be defamatory.",
            "Once someone has been arrested or charged, do not discuss the case, or you may be in contempt of court "
            "under the Contempt of Court Act 1981; in Scotland that applies to cases before the sheriff in Kirkwall "
            "as much as anywhere.",
            "The First Amendment protects you from the government, not from an editor, and we choose what we print.",
            "Never name the victim of a sexual offence: they have lifelong anonymity under the Sexual Offences "
            "(Amendment) Act 1992.",
            "Allegations about named councillors, landlords or clubs must be ones you could prove if asked.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "Can I share a pattern?",
            "Credit where it's due",
        ),
        (
            "Only post photographs, text and patterns that you made yourself or have permission to use.",
            "Do not copy out a paid pattern or post photographs of its pages, even if you have changed the colours.",
            "If you learnt a stitch from a book or a video, name it and link to it rather than reproducing it.",
            "Old photographs of the grotto may still be in copyright, so please tell us where they came from.",
            "A whole article copied from another paper will be removed; a short quotation with a link is fine.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it, don't reply",
            "How do I report a {c}?",
            "Flagging",
            "Seen something wrong?",
        ),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "Reports go only to {mods}, and nobody else will see who made them.",
            "You can also email the editor or ring the office; give us the date and the headline so we can find it.",
            "Please do not report a {c} just because you disagree with it.",
            "We try to look at every report within a day, though in the summer season it may take longer.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Why was my {c} taken down?",
            "Moderators' discretion",
        ),
        (
            "We may edit, hold back or remove any {c} without giving a reason.",
            "The committee has the last word on what stays on the page, and its decisions are not debated in public "
            "threads.",
            "Publishing a {c} does not mean that we agree with it, and {mods} cannot check every claim made in one.",
            "If you think a decision was wrong, write to the secretary and it will be raised at the next committee "
            "meeting.",
            "We may shorten {cs} for space and clarity, but we will not change their meaning.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Corrections and complaints"),
        (
            "If we have got something wrong, tell us and we will put it right; please do not just leave a {c} and "
            "hope we see it.",
            "News from Eday, Rousay, Egilsay and Wyre is always welcome by email or as a note in the box at the shop.",
            "If a result or the averages table is wrong, email the results secretary rather than arguing it out in "
            "the thread.",
            "Corrections run on page 2 of the following week's edition and at the foot of the story online.",
            "Memories and notes on the history of the folly, however small, can be sent to our archivist for the "
            "Friends' records.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Can I swear?", "Plain English, please"),
        (
            "No swearing, including words with letters starred out.",
            "Please write in full sentences and do not type in capitals, which reads as shouting.",
            "A bit of dialect is welcome, but remember that not everyone reading grew up in Coverdale.",
            "{Cs} should be in English so that {mods} can read them; add a translation if you write in another "
            "language.",
            "Abbreviations such as ACTH, IGF-1 and UFC are fine, but spell them out the first time for newer members.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Three strikes", "Suspensions", "Consequences"),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "We work on three strikes, and a strike stays on your account for twelve months.",
            "Banned members may appeal once, in writing, to the chair of the trustees.",
            "An account that has been banned will not be reinstated under a new name.",
        ),
    ),
    (  # safety and medical advice
        (
            "Not medical advice",
            "Medical information",
            "Your health",
            "Should I change my medication?",
            "Safety first",
            "Talk to your endocrinologist",
        ),
        (
            "Nothing posted here is medical advice; always speak to your endocrinologist or GP before changing your "
            "treatment.",
            "Never tell another member to stop or cut their hydrocortisone, and do not post doses as if they were "
            "instructions.",
            "If you think you or someone else is going into adrenal crisis, stop reading, give the emergency "
            "injection if you have one and ring 999.",
            "Many of the grottoes and follies we write about are fragile and unsafe to climb, so please do not "
            "encourage others to go inside.",
            "Tips about crossing to the islands off South Walney are given in good faith; check the tide tables and "
            "the coastguard before you go.",
        ),
    ),
    (  # access and private land
        ("Access and private land", "Visiting sites", "Can I visit?", "Locations", "Respect the owners"),
        (
            "Many of the follies we discuss stand on private land, so do not post directions that encourage people "
            "to trespass.",
            "Please do not give the exact whereabouts of unrestored grottoes, which are easily vandalised or "
            "stripped of their shells.",
            "Some grottoes are bat roosts, protected under the Wildlife and Countryside Act 1981, so keep away in "
            "the breeding season.",
            "Visits to the shell house are by appointment with the trustees, and we will remove {cs} that suggest "
            "otherwise.",
            "Scheduled monuments such as Midhowe Broch are protected by law; do not encourage anyone to dig, detect "
            "or take stones from them.",
        ),
    ),
)

# The words a site that never says "comment" uses for what readers send: (singular, plural). Each begins with a
# consonant sound, so "a {c}" reads right.
OTHER_WORDS_350: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after a site, as its sentences name them mid-sentence (one person or several).
MODERATORS_350: tuple[str, ...] = (
    "the moderators",
    "our volunteer moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the admin team",
    "the forum team",
    "the league secretary",
    "the trustees",
    "the panel's moderators",
    "the site volunteers",
    "the newsroom",
)

# Opening lines a site prints before its rules (filled with the site's word before ``_furnish`` draws one).
POLICY_INTROS_350: tuple[str, ...] = (
    "We welcome your {cs}, but please read the following before you send one.",
    "These guidelines apply to everything posted on this site.",
    "The committee agreed the following house rules at the last AGM.",
    "By signing up you agree to the rules below.",
    "This is a friendly forum, and we would like to keep it that way.",
    "Please take a minute to read these before posting.",
    "The paper is glad to publish readers' {cs} on the following terms.",
    "A few simple rules keep the noticeboard useful for everyone on the island.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_350: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may change; the version on this page is the one that applies.",
    "Questions about these guidelines can be sent to the editor.",
    "Happy knotting!",
    "Look after yourselves, and enjoy the forum.",
    "Thanks for reading, and see you at the next work party.",
    "The committee thanks you for your co-operation.",
    "Good luck to all teams this season.",
)

# Title lines a site prints over its rules.
POLICY_TITLES_350: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Rules of the board",
    "Before you post",
    "Terms of use",
    "Readers' {cs}: our policy",
)

# British spellings used in this family's sentences -> American (a site may print either).
AMERICAN_350: dict[str, str] = {
    "neighbours": "neighbors",
    "an offence": "an offense",
    "sexual offence": "sexual offense",
    "spelt": "spelled",
    "recognised": "recognized",
    "colours": "colors",
    "learnt": "learned",
    "vandalised": "vandalized",
    "co-operation": "cooperation",
}

# Lines some sites print among their rules to start a part of them (a heading of a section, or a rule of symbols).
SECTION_LINES_350: tuple[str, ...] = (
    "About your {cs}",
    "How we moderate",
    "The legal bit",
    "Keeping everyone safe",
    "Our rules",
    "Other matters",
    "* * *",
    "----------",
    "~ ~ ~",
)

# Last-updated lines: ``{date}`` is filled with a date in one of the ways below.
LAST_UPDATED_350: tuple[str, ...] = (
    "Last updated: {date}.",
    "Last updated {date}",
    "Updated {date}.",
    "Agreed by the committee on {date}.",
    "Reviewed at the AGM, {date}.",
    "These rules took effect on {date}.",
    "Revised {date}",
)

# Month names for the last-updated line.
MONTHS_350: tuple[str, ...] = (
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

# Sign-offs some sites print under their rules.
SIGN_OFFS_350: tuple[str, ...] = (
    "The Editor",
    "- The Committee",
    "Hon. Secretary, on behalf of the Friends",
    "The Admin Team",
    "League Secretary",
    "The mods x",
    "Chair, Walney Residents' Panel",
    "The Trustees",
    "-- the forum team",
)

# Small words a title-cased heading keeps in lower case (unless first).
SMALL_WORDS_350: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)

# Emphasis a site puts around its headings: (before, after).
EMPHASES_350: tuple[tuple[str, str], ...] = (("**", "**"), ("*", "*"), ("_", "_"), ("[b]", "[/b]"), (">> ", ""))


def _roman_350(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_350(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` is the site's section number)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_350(number)}.",
        "(i)": f"({_roman_350(number)})",
        "I.": f"{_roman_350(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "1.1": f"{section}.{number}",
        "§1": f"§{number}",
        "Section 1.": f"Section {number}.",
    }
    return markers.get(style, style)


def _title_case_350(heading: str) -> str:
    """``heading`` with each word capitalised, but small words after the first left in lower case."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_350) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _date_350(rng: random.Random) -> str:
    """A date as these sites print it: British, American or numeric."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2017, 2026)
    style = rng.random()
    if style < 0.45:
        return f"{day} {MONTHS_350[month]} {year}"
    if style < 0.75:
        return f"{MONTHS_350[month]} {day}, {year}"
    if style < 0.9:
        return f"{MONTHS_350[month]} {year}"
    return f"{day:02d}/{month + 1:02d}/{year}"


def _items_350(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone.

    A site draws its word for what readers send ("comment" for three sites in four, otherwise post, message, reply,
    contribution, letter or submission, and then never "comment") and who moderates it; how many kinds it prints (2 to
    5 for one site in five, 6 to 16 otherwise), in table order or shuffled; how many sentences an item (one, two or
    three for every item, or varying item by item); whether it prints headings and in which case (as written, title
    case or capitals), and where they stand: a part of their own (bare, with a stop or a colon), or run in before the
    first sentence after a colon, stop or dash, sometimes emphasised; and its list markers (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers, "§1") or none. Some sites also print a section line among
    the items, a last-updated line at the top or foot, and a sign-off. The opening, closing and title lines, American
    spelling and curly quotes come from ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(OTHER_WORDS_350)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_350),
    }

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_350)), count)
    if rng.random() < 0.6:
        kinds.sort()

    fixed_sentences = rng.choice((1, 1, 2, 2, 3, None))
    heading_case = rng.choice(("none", "as written", "as written", "as written", "title", "capitals"))
    placement = rng.choice(("own", "own", "own.", "own:", "run-in"))
    run_in_separator = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    emphasis = rng.choice(EMPHASES_350) if heading_case != "none" and rng.random() < 0.15 else ("", "")
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "\u2022",
            "\u2022",
            "*",
            "-",
            "\u2013",
            "\u25aa",
            "Rule 1:",
            "Rule 1 -",
            "1.1",
            "§1",
            "Section 1.",
        )
    )
    section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_350[kind]
        how_many = fixed_sentences or rng.randint(1, 3)
        chosen = rng.sample(range(len(sentences)), how_many)
        if rng.random() < 0.7:
            chosen.sort()
        parts = [fill(sentences[index]) for index in chosen]
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_350(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        question = heading.endswith("?")
        heading = emphasis[0] + heading + emphasis[1] if heading else ""
        if heading and placement == "run-in":
            parts[0] = heading + (" " if question else run_in_separator) + parts[0]
            heading = ""
        elif heading and not question and placement in ("own.", "own:"):
            heading += placement[-1]
        marker = _marker_350(marker_style, number, section)
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        items.append((heading, *parts))

    if rng.random() < 0.2 and len(items) > 2:
        where = rng.choice((0, rng.randint(1, len(items) - 1)))
        items.insert(where, (fill(rng.choice(SECTION_LINES_350)), ""))
    if rng.random() < 0.25:
        updated = ("", rng.choice(LAST_UPDATED_350).format(date=_date_350(rng)))
        if rng.random() < 0.3:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_350)))

    intros = [fill(line) for line in POLICY_INTROS_350]
    closings = [fill(line) for line in POLICY_CLOSINGS_350]
    titles = [fill(line) for line in POLICY_TITLES_350]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_350)
