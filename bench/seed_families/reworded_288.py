"""The ``reworded-288`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Faroe Islands English bulletins, Dorset coast papers, West Virginia hollow weeklies, paddleboard clubs,
magic circles, scoliosis forums, tenant-run estates, paddle steamer preservation groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds: for each, (headings, sentences). Headings are in sentence case with no closing stop (questions end
# in "?"); sentences may use {c} {cs} {C} {Cs} for what readers send and {mods} for who looks after the site.
REWORDINGS_288: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it friendly", "Respect other members", "How should I treat other posters?", "Courtesy"),
        (
            "Treat everyone here as you would a neighbour you meet on the harbour wall.",
            "Disagree with the argument, never with the person making it.",
            "Personal attacks, name-calling and sneering will be removed, however clever they are.",
            "Most of us are volunteers, so please be patient and kind with one another.",
            "If you would not say it across the counter at the village shop, don't say it in a {c}.",
        ),
    ),
    (  # hatred
        ("No hate", "Hatred and discrimination", "Abuse of any group", "What counts as hate speech?", "Prejudice"),
        (
            "We do not allow {cs} that attack people for their race, religion, sex, sexuality, disability or age.",
            "Slurs are removed on sight and the account that posted them is suspended.",
            "Jokes at the expense of incomers, Travellers or people from the next hollow over are not welcome either.",
            "Criticising a belief is allowed; stirring up hatred against the people who hold it is not.",
            "Abuse based on someone's body, brace, scars or shape will get you removed without warning.",
        ),
    ),
    (  # privacy
        ("Privacy", "Other people's details", "Personal information", "Can I name a neighbour?", "Keep it private"),
        (
            "Do not post anyone's address, phone number, car registration or flat number, including your own.",
            "Photographs of children must not be posted without a parent's written permission.",
            "Please don't name a neighbour in a dispute; take it to the estate office instead.",
            "Private messages stay private: do not copy them into a public {c} without consent.",
            "We will remove anything that could identify a patient, a consultant or a hospital ward.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Welfare concerns", "Who do I tell if I am worried?"),
        (
            "Members under 18 must have a parent or guardian named on their club membership.",
            "Worried about a child or a vulnerable adult? Contact the club's welfare officer, not the forum.",
            "Never arrange to meet a young member off the forum or away from a supervised session.",
            "In an emergency, call 999 (or 112 in the Faroes) before you do anything else.",
            "{Cs} that groom, pressure or single out young people are passed to the police.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Waiting for approval", "Delays"),
        (
            "Every {c} is read by a person before it goes live, so there may be a delay.",
            "The queue is checked by {mods} in the morning and again in the evening, and not at all on Sundays.",
            "During the sailing season the queue can take a day or two to clear.",
            "Posting the same {c} twice will not make it appear any sooner.",
            "New members are pre-moderated for their first ten {cs}.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} to the subject of the article or thread they sit under.",
            "Threads that drift into politics, the grind or the county commission will be locked, however local.",
            "General chat belongs in the Quayside Lounge section, not under a race report.",
            "Please search before starting a new thread; your question has probably come up before.",
            "{Cs} about a different story should go under that story.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I sell my board here?", "Commercial posts"),
        (
            "Advertising is not allowed except in the For Sale and Wanted board.",
            'Links to shops, clinics, betting sites or "miracle cures" will be removed.',
            "Trade members may mention their business once in their signature and nowhere else.",
            "Chain letters, petitions and fundraising appeals need approval from {mods} first.",
            "Accounts that exist only to post links are deleted without notice.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names", "Can I use a nickname?", "One account each", "Usernames"),
        (
            "Letters for print must carry your full name and the parish or town you live in.",
            "You may use a nickname on the forum, but {mods} must know who you are.",
            "One account per person; sock-puppet accounts will all be closed.",
            "Don't pretend to be someone else, including a councillor, a skipper or a member of staff.",
            "Usernames that are offensive or that advertise a business will be changed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it libel?", "Court cases", "Breaking the law"),
        (
            "You are legally responsible for what you post; the Defamation Act 2013 applies to you as to us.",
            "Do not discuss a case before the court in your {cs}; contempt of court rules apply to readers too.",
            "Accusing a named person of a crime they have not been convicted of is libel, and it will be removed.",
            "We follow the Editors' Code and the law of England and Wales, and Faroese law where it applies.",
            "Nothing posted here may encourage anyone to break the law, on land or on the water.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and pictures", "Other people's work", "Can I post a photo?", "Quoting"),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Quote a short passage with a link; do not copy whole articles from other papers.",
            "Scans of old sailing bills and timetables are welcome if you credit where they came from.",
            "By posting, you let us reprint your {c} in the paper or the newsletter.",
            "Published performers' routines are copyright, and so is the effect's written method.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "Report it", "How do I report something?", "Flagging", "Seen something wrong?"),
        (
            "If you see something that breaks these rules, use the Report link rather than replying.",
            "Reports go straight to {mods}, and the person you report is not told who made it.",
            "Please say which rule you think has been broken; it speeds things up.",
            "False or spiteful reports are themselves against the rules.",
            "You can also email the editor, or leave a note in the estate office box.",
        ),
    ),
    (  # discretion
        ("Our decision", "Discretion", "The editor's decision", "Final say", "Who decides?"),
        (
            "{mods} may edit, hold or remove any {c} without giving a reason.",
            "The editor's decision is final and we do not enter into correspondence about it.",
            "These rules are not a complete list, and the committee may act on anything it thinks harmful.",
            "Publishing a {c} does not mean we agree with it.",
            "We may change these rules at any time; the version on this page is the one that counts.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Tell us your story", "Got a story?"),
        (
            "If we have got something wrong, email the newsdesk and we will put it right.",
            "Corrections are printed in the next issue, on page two.",
            "Please don't post corrections as {cs}; they are easily missed.",
            "Tip-offs about something happening up the holler or along the coast are always welcome.",
            "Send news, pictures and sailing reports to the editor by Tuesday noon for Thursday's bulletin.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Which language can I use?", "Write in English"),
        (
            "Keep your language clean; this is a family paper and a family club.",
            "Swearing, including with stars or symbols in place of letters, is removed.",
            "Please write in English so that all members can follow; short phrases in Faroese are fine.",
            "Don't write in capitals: it reads as shouting.",
            "Text speak makes {cs} hard to read for older members, so please write in full.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "Suspension", "What happens if I break the rules?", "Sanctions"),
        (
            "A first breach earns a warning by private message.",
            "A second breach means a week's suspension; a third, a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Members who are banned from the club are also removed from the forum.",
            "Anyone who rejoins under a new name after a ban will be removed again.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Safety", "Not a substitute for advice", "Is this medical advice?", "Safety first"),
        (
            "Nothing on this forum replaces the advice of your own consultant, physiotherapist or GP.",
            "Never change brace hours or stop treatment because of something you read here.",
            "Reports of conditions off Chesil or Studland are no forecast; check the tide tables and Met Office.",
            "Always wear a leash and a buoyancy aid, and tell someone on shore where you are paddling.",
            "Do not recommend surgeons, clinics or exercise programmes you have a financial interest in.",
        ),
    ),
    (  # secrets and methods (magic circles)
        ("Exposure", "Secrets", "Methods", "Can I discuss how a trick is done?", "Spoilers"),
        (
            "Do not expose the method of any effect in the public part of the forum.",
            "Methods may be discussed in the members' area only, and never with the general public.",
            "Links to exposure videos will be removed and the poster warned.",
            "Credit the creator when you discuss a published routine.",
            "Members bound by the oath are reminded that it applies online as well.",
        ),
    ),
    (  # vessel and volunteers (paddle steamer groups)
        ("The ship", "Volunteers", "Crew matters", "Can I post about the ship's condition?", "Operations"),
        (
            "Please don't speculate about the ship's boiler certificate or survey; wait for the Trust's statement.",
            "Crew rotas, sailing cancellations and engine-room news come from the office, not the forum.",
            "Criticism of volunteers by name is not allowed; raise concerns with the volunteer coordinator.",
            "Photographs taken aboard must not show the engine room while the ship is under way.",
            "Trust business is for the AGM, not for {cs} on this page.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; the others never do.
COMMENT_WORD_288: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_288: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as printed inside a sentence.
MODERATORS_288: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the bulletin's editors",
    "the board",
    "the admins",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_288: tuple[str, ...] = (
    "We welcome {cs} from readers, but please keep to the rules below.",
    "This is a small community and we want to keep it a pleasant one.",
    "Before you post, please take a minute to read our house rules.",
    "These guidelines apply to everyone who uses the forum, members and visitors alike.",
    "The following rules were agreed by the committee.",
    "By sending us a {c} you agree to the terms below.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_288: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Email the editor.",
    "Happy paddling!",
    "Thanks for reading, and see you at the next meeting.",
    "If in doubt, leave it out.",
    "We look forward to your {cs}.",
)

# Titles a site prints above its rules.
POLICY_TITLES_288: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules of the noticeboard",
    "Community guidelines",
    "Terms of use",
)

# British spellings used in the sentences above, with their American forms.
AMERICAN_288: dict[str, str] = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "behaviour": "behavior",
    "criticising": "criticizing",
    "programmes": "programs",
    "offence": "offense",
    "organisation": "organization",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "apologise": "apologize",
}

# Markers a site may put before each item, as a function of the item's 1-based number.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
LIST_MARKERS_288: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{_ROMAN[n - 1]}.",
    lambda n: f"{_ROMAN[n - 1].upper()}.",
    lambda n: "•",
    lambda n: "*",
    lambda n: "-",
    lambda n: "–",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} –",
    lambda n: f"§{n}",
    lambda n: f"2.{n}",
    lambda n: f"Clause {n}.",
)

# Section lines a site may print above its items.
SECTION_LINES_288: tuple[str, ...] = (
    "Part 1: Conduct",
    "Section A – Posting",
    "The rules",
    "General",
    "Rules for all members",
    "Before you post",
)

# Last-updated lines; {when} is filled with a month and year.
UPDATED_LINES_288: tuple[str, ...] = (
    "Last updated: {when}.",
    "Rules revised {when}.",
    "(Agreed at the committee meeting, {when}.)",
    "Updated {when}",
)
MONTHS_288: tuple[str, ...] = ("January", "March", "April", "June", "September", "October", "November")

# Sign-offs a site may print after its items.
SIGN_OFFS_288: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "Tenants' Management Committee",
    "Signed, the forum admins",
    "— Hon. Secretary",
    "The Trustees",
)

# Words left in lower case when a heading is printed in title case.
_SMALL_WORDS = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at"}


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised, small words after the first left as they are."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _fill(text: str, word: tuple[str, str], moderators: str) -> str:
    """``text`` with the site's word and moderators filled in, and its first letter in capitals."""
    singular, plural = word
    filled = text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=moderators)
    return filled[:1].upper() + filled[1:]


def _items_288(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. A site draws its word for what readers send ("comment" three sites in four, else
    post, message, reply, contribution, letter or note) and who moderates; how many item kinds it prints (two to five
    for one site in five, else six to sixteen), in table order or shuffled; one to three sentences an item, kept in
    table order; its headings' case (sentence, title, capitals) or no headings at all; whether a heading stands as a
    part of its own (bare, with a stop or a colon) or runs in before the first sentence after a colon, stop or dash;
    a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, clauses) or none;
    and its own habits by chance: a section line above the items, a last-updated line at the top or the bottom,
    an "Important:" lead or capitals on one sentence, and a sign-off. The opening, closing and title lines, American
    spelling and curly quotes are drawn last, by ``_furnish``."""
    word = COMMENT_WORD_288 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_288)
    moderators = rng.choice(MODERATORS_288)
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_288)), count)
    if rng.random() < 0.5:
        kinds.sort()
    case = rng.choice(("sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own.", "own:", "run: ", "run. ", "run – ", "run - "))
    marker = rng.choice(LIST_MARKERS_288) if rng.random() < 0.6 else None
    emphasis = rng.choice((None, None, "Important:", "NB", "capitals"))
    emphasised = rng.randrange(count)

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.2:
        items.append((rng.choice(SECTION_LINES_288), ""))
    updated = None
    if rng.random() < 0.25:
        when = f"{rng.choice(MONTHS_288)} {rng.randint(2016, 2026)}"
        updated = ("", rng.choice(UPDATED_LINES_288).format(when=when))
        if rng.random() < 0.4:
            items.append(updated)
            updated = None

    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_288[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, 3)))
        parts = [_fill(sentences[index], word, moderators) for index in chosen]
        if number - 1 == emphasised and emphasis == "capitals":
            parts[0] = parts[0].upper()
        elif number - 1 == emphasised and emphasis == "Important:":
            parts[0] = f"Important: {parts[0]}"
        elif number - 1 == emphasised and emphasis == "NB":
            parts[0] = f"NB {parts[0]}"
        heading = ""
        if case != "none":
            heading = _fill(rng.choice(headings), word, moderators)
            if case == "title":
                heading = _title_case(heading)
            elif case == "capitals":
                heading = heading.upper()
        label = marker(number) if marker else ""
        if not heading:
            first = f"{label} {parts[0]}" if label else parts[0]
            items.append(("", first, *parts[1:]))
        elif placement.startswith("own"):
            if not heading.endswith("?"):
                heading += placement[3:]
            items.append((f"{label} {heading}" if label else heading, *parts))
        else:
            joiner = " " if heading.endswith("?") else placement[3:]
            lead = f"{label} {heading}{joiner}{parts[0]}" if label else f"{heading}{joiner}{parts[0]}"
            items.append(("", lead, *parts[1:]))

    if updated:
        items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_288)))
    intros = [_fill(line, word, moderators) for line in POLICY_INTROS_288]
    closings = [_fill(line, word, moderators) for line in POLICY_CLOSINGS_288]
    titles = [_fill(line, word, moderators) for line in POLICY_TITLES_288]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_288)
