"""The ``reworded-316`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Block Island news, Mendip papers, Palmetto lowcountry weeklies, paragliding clubs, blacksmiths' guilds,
kidney transplant forums, alpaca and poultry smallholders' groups, tide gauge and ice well heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site prints them when it keeps table order. Each kind is
# ``(headings, sentences)``: headings a site may print over the item (questions among them) and sentences it may print
# under them. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send, ``{mods}`` for who
# looks after the site; both are filled per site.
REWORDINGS_316: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        ("Be civil", "Keep it civil", "Respect", "How should I treat other members?", "Play the ball, not the person"),
        (
            "Disagree as much as you like, but do it without insults, name-calling or sneering at other posters.",
            "Treat everyone here as you would a neighbour you'll meet at the ferry landing next week.",
            "Personal attacks on other members, on our reporters or on people named in a story will be removed.",
            "Criticise the argument, not the person making it.",
            "We are a small community and most of us know each other, so please keep your {cs} courteous.",
        ),
    ),
    # hatred and discrimination
    (
        ("No hate speech", "Discrimination", "Hate and harassment", "What counts as hateful?", "Zero tolerance"),
        (
            "We do not allow {cs} that attack people for their race, religion, sex, sexuality, disability, age or "
            "nationality.",
            "Slurs, even when disguised with asterisks or misspellings, will be deleted and the account suspended.",
            "Stirring up hatred against any group can be an offence in itself, and we will not publish it.",
            "Jokes at the expense of come-heres, summer people or new neighbours wear thin quickly; keep them off the "
            "page.",
            "Harassing another member, here or by private message, will end your membership of the group.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Personal information",
            "Keep private things private",
            "Can I share someone's details?",
            "Photos of other people",
            "Your privacy",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Photographs of other people's birds, stock or premises need the owner's permission before they go up.",
            "Please don't share another member's medical details, test results or clinic letters; let them tell their "
            "own story.",
            "Private messages stay private: do not copy them into a public thread without the sender's agreement.",
            "If you post a screenshot, blank out names and faces that aren't yours to share.",
        ),
    ),
    # safeguarding
    (
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young members",
            "Who do I tell if I'm worried?",
            "Welfare concerns",
        ),
        (
            "Never name or identify a child involved in a court case, an accident or a school matter.",
            "If you are worried that someone is at risk, contact {mods} privately rather than posting about it.",
            "Juniors on club days are supervised by an instructor, and parents' questions go to the club welfare "
            "officer, not the open forum.",
            "In an emergency always dial 999 first; this forum is not watched around the clock.",
            "We follow the guild's safeguarding policy, and anything that breaches it is passed to the welfare officer.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
            "Approval times",
        ),
        (
            "Every {c} is read by a person before it appears, so there may be a delay.",
            "Moderation is done by volunteers in the evenings, so {cs} sent over a weekend may wait until Monday.",
            "During the summer season, when the ferries are full and so is our inbox, approval can take a day or two.",
            "Your first {c} is held for approval; after that most go straight up.",
            "Please don't send the same {c} twice because it hasn't shown yet; it is in the queue.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Where should I post this?",
            "Relevance",
            "Right thread, right board",
        ),
        (
            "Keep your {c} to the subject of the article or thread it sits under.",
            "Lost hens, spare cockerels and hay for sale belong on the classifieds board, not in the health threads.",
            "Site conditions, wind reports and retrieve requests go in the daily flying thread, please.",
            "Threads that drift into national politics will be closed.",
            "If you want to start a new discussion, open a new thread rather than taking over someone else's.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising, affiliate links and chain messages will be removed without notice.",
            "Members may mention their own forge work or courses once a month, in the Members' Work section only.",
            "Stock for sale may be listed on the sales board, with your CPH number and the animals' health status "
            "stated.",
            "Posting the same link across several threads is treated as spam.",
            "Businesses wishing to reach our readers should call the advertising department rather than posting here.",
        ),
    ),
    # names and accounts
    (
        ("Your name", "Real names", "Accounts", "Can I post anonymously?", "One person, one account", "Usernames"),
        (
            "Please use your real name; {cs} sent under a pseudonym may be held back.",
            "One account per person: sockpuppet accounts will be deleted along with the original.",
            "Letters for the print edition must include a name, address and daytime telephone number, though only "
            "the name and town are printed.",
            "Do not pretend to be someone else, whether another member, a councillor or a member of staff.",
            "Usernames that are offensive or that advertise a business will be changed or removed.",
        ),
    ),
    # the law
    (
        ("The law", "Legal", "Defamation", "Contempt of court", "Is it legal to say?", "Stay within the law"),
        (
            "You are legally responsible for what you post, and defamatory {cs} can lead to action against you as "
            "well as us.",
            "Do not speculate about anyone charged with an offence; the case is active and the court will decide.",
            "Allegations against named people, be it a Town Council member, a harbormaster or a neighbour, will not "
            "be published without proof.",
            "We are bound by the laws of South Carolina and of the United States, and we'll remove anything that puts "
            "the paper at risk.",
            "Under the Defamation Act 2013 we must act quickly on complaints, so disputed {cs} are taken down while "
            "we look into them.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I post an article from elsewhere?",
            "Quoting",
        ),
        (
            "Don't paste whole articles from other papers; a short quote and a link is fine.",
            "Only upload photographs you took yourself or have permission to use.",
            "Drawings and patterns shared in the guild library remain the copyright of the smith who made them.",
            "By sending a {c}, you allow us to publish it online and in print, edited for length.",
            "Tide records and archive photographs from the museum collection may be reproduced only with the "
            "trustees' permission.",
        ),
    ),
    # reporting
    (
        ("Reporting a problem", "Report it", "How do I report a {c}?", "Flagging", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go straight to {mods}, who will look at them as soon as they can.",
            "Don't feed the trolls: report and move on.",
            "You can also email the newsroom; please tell us which story and which {c} you mean.",
            "Reports are confidential, and the person reported is not told who raised them.",
        ),
    ),
    # the editor's or committee's discretion
    (
        (
            "Our decision is final",
            "Editor's discretion",
            "Committee discretion",
            "Who decides?",
            "The right to remove",
            "Final say",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean we agree with it.",
            "The decision of {mods} is final, and arguments about moderation will not be held in public.",
            "The committee may alter these rules at any time; changes are announced at the AGM and on the noticeboard.",
            "We are not obliged to publish every {c} we receive, and in a busy week many are held over or left out.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips", "Tell the newsroom"),
        (
            "If we've got something wrong, email the editor rather than sending a {c}, and we'll correct it promptly.",
            "Tips about stories on the island are welcome; ring the office or stop by when you're down at Old Harbor.",
            "Corrections are printed on page two of the next edition.",
            "News from Shepton Mallet, Wells, Cheddar and the villages in between is always welcome.",
            "Readings that look wrong on the tide gauge page should be reported to the volunteer on duty, not posted "
            "as a {c}.",
        ),
    ),
    # language
    (
        ("Language", "Bad language", "Swearing", "Mind your language", "Can I swear?", "Write clearly"),
        (
            "No swearing, including words with letters swapped for symbols.",
            "Please write in English so that {mods} can read what you've posted.",
            "Don't type in capitals; it reads as shouting.",
            "Keep it clean: families read this forum, and so do our sponsors.",
            "Text-speak and long strings of emoji make a thread hard to follow, so please write in full sentences.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspensions",
        ),
        (
            "A first breach usually earns a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "Banned members who rejoin under a new name will be removed again without warning.",
            "Persistent rule-breakers lose their posting rights, and their club membership may be reviewed by the "
            "committee.",
            "If you think you have been banned in error, write to {mods} and explain.",
        ),
    ),
    # safety and medical advice
    (
        (
            "Medical advice",
            "Safety first",
            "Not professional advice",
            "Should I follow advice I read here?",
            "Flying safety",
            "Health and safety",
        ),
        (
            "Nothing posted here replaces advice from your transplant team; never change your immunosuppressant dose "
            "because of something you read.",
            "Incidents and near misses may be discussed, but the BHPA incident report form is where they must go "
            "first.",
            "If your birds show signs of avian influenza, report it to APHA straight away rather than asking the "
            "group.",
            "Forge safety tips are shared in good faith; always wear eye protection and follow your instructor.",
            "Ice wells and gauge chambers are confined spaces, so never enter one except on an organised volunteer "
            "day.",
        ),
    ),
)

# The words a site uses for what readers send, as (singular, plural): most say "comment", a quarter never do.
COMMENT_WORD_316: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_316: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after a site, as it names them mid-sentence.
MODERATORS_316: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "our moderators",
    "the committee",
    "the forum team",
    "the group admins",
    "the trustees",
    "the web editor",
    "the newsroom",
    "the admin team",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_316: tuple[str, ...] = (
    "Thank you for joining the conversation. Before you post, please read the following.",
    "We welcome {cs} from readers on the island and beyond, provided they follow a few simple rules.",
    "These guidelines apply to everyone who posts on the forum, members and guests alike.",
    "The group exists so keepers can share what they know; these rules keep it useful and friendly.",
    "By sending a {c} you agree to the house rules below.",
    "The committee has agreed the following rules for the club's message board.",
)

# Closing lines a site may print after its rules (placeholders filled per site).
POLICY_CLOSINGS_316: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Happy flying, and see you on the hill.",
    "Questions about these rules can be sent to the editor.",
    "Thanks for reading, and for being part of the community.",
    "Keep the fire hot and the talk civil.",
    "These rules were last reviewed by the committee at the AGM.",
)

# Titles a site may print over its rules (placeholders filled per site).
POLICY_TITLES_316: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Rules of the board",
    "Noticeboard terms",
    "Group rules",
    "Guidelines for {cs}",
    "{C} guidelines",
)

# British spellings used in this family's sentences and lines, and how an American-spelling site prints them.
AMERICAN_316: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "organised": "organized",
    "councillor": "councilor",
}

# Lines some sites print to divide their rules into parts.
SECTION_LINES_316: tuple[str, ...] = (
    "Part 1: Before you post",
    "Section A – General",
    "Forum etiquette",
    "About posting",
    "The rules",
    "General conduct",
    "Part one",
)

# Lines some sites print further down, to start a later part of their rules.
LATER_SECTION_LINES_316: tuple[str, ...] = (
    "Part 2: Moderation",
    "Section B – Enforcement",
    "Moderation and enforcement",
    "Other matters",
    "Part two",
)

# Words some sites put before one rule to make it stand out.
EMPHASIS_LEADS_316: tuple[str, ...] = ("Important:", "Please note:", "NB:", "PLEASE NOTE:", "Remember:")

# Sign-offs some sites print under their rules.
SIGN_OFFS_316: tuple[str, ...] = (
    "— The Editor",
    "The Committee",
    "Thanks, the admin team",
    "Board of Trustees",
    "– Club Secretary",
    "The Guild Committee",
    "The Newsroom",
)

# Lines some sites print telling readers whom to ask about the rules (placeholders filled per site).
CONTACT_LINES_316: tuple[str, ...] = (
    "Questions? Contact {mods} through the Contact Us page.",
    "Any queries about these rules should go to {mods}.",
    "If you are unsure about anything, message {mods} before posting.",
)

# Months, for the last-updated lines some sites print.
MONTHS_316: tuple[str, ...] = (
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

# Words left in lower case when a site prints its headings in title case.
SMALL_WORDS_316: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the", "to")
)

# Bullet characters some sites print before each item.
BULLETS_316: tuple[str, ...] = ("•", "-", "–", "*", "·", "▪")

# Shapes of numbered or lettered list markers a site may print (``none`` for no marker; see ``_marker_316``).
MARKER_STYLES_316: tuple[str, ...] = (
    "none",
    "none",
    "none",
    "number-dot",
    "number-dot",
    "number-paren",
    "letter-paren",
    "letter-dot",
    "roman-dot",
    "roman-paren",
    "rule-colon",
    "rule-dash",
    "section",
    "paragraph",
)

# Ways a site runs a heading in before the sentence after it.
RUN_IN_SEPARATORS_316: tuple[str, ...] = (": ", ". ", " – ", " - ", " — ")


def _roman_316(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_316(text: str) -> str:
    """``text`` with each word capitalised except the small words after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_316 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker_316(style: str, number: int, section: int) -> str:
    """The list marker a site prints before its ``number``-th item in ``style`` (empty for none)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "none": "",
        "number-dot": f"{number}.",
        "number-paren": f"{number})",
        "letter-paren": f"({letter})",
        "letter-dot": f"{letter}.",
        "roman-dot": f"{_roman_316(number)}.",
        "roman-paren": f"({_roman_316(number)})",
        "rule-colon": f"Rule {number}:",
        "rule-dash": f"Rule {number} –",
        "section": f"{section}.{number}",
        "paragraph": f"§{number}",
    }
    return markers.get(style, style)


def _last_updated_316(rng: random.Random) -> str:
    """A last-updated line with a date, in one of the forms such sites print."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2012, 2026)
    forms = (
        f"Last updated: {day} {MONTHS_316[month]} {year}",
        f"Last updated {MONTHS_316[month]} {day}, {year}.",
        f"Updated {day:02d}/{month + 1:02d}/{year}",
        f"These rules were adopted by the committee on {day} {MONTHS_316[month]} {year}.",
        f"Revised {MONTHS_316[month]} {year}",
    )
    return rng.choice(forms)


def _items_316(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, else post, message, reply,
    contribution, letter or submission) and who moderates it; how many kinds it prints (two to five for one site in
    five, six to sixteen otherwise), in table order or shuffled; at most one to three sentences an item; whether it
    prints headings and, if so, their case (sentence, title or capitals) and where they stand (a part of their own,
    bare or ended by a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, paragraph signs) or none; and
    printing habits: a section line or two, an emphasised rule, a last-updated line at the top or foot, a contact line
    and a sign-off. The opening, closing and title lines are left to ``_furnish``."""
    if rng.random() < 0.75:
        singular, plural = COMMENT_WORD_316
    else:
        singular, plural = rng.choice(OTHER_WORDS_316)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_316),
    }

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(REWORDINGS_316))
    kinds = rng.sample(range(len(REWORDINGS_316)), count)
    if rng.random() < 0.6:
        kinds.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 2, 3))
    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-in"))
    run_in = rng.choice(RUN_IN_SEPARATORS_316)
    marker_style = rng.choice((*MARKER_STYLES_316, *BULLETS_316))
    section = rng.randint(1, 9)
    emphasised = rng.randrange(count) if rng.random() < 0.15 else -1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_316[kind]
        chosen = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if number - 1 == emphasised:
            chosen[0] = f"{rng.choice(EMPHASIS_LEADS_316)} {chosen[0]}"
        heading = ""
        if heading_case != "none":
            heading = filled(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_316(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        marker = _marker_316(marker_style, number, section)
        if heading and heading_place == "run-in":
            joiner = " " if heading.endswith("?") else run_in
            chosen[0] = f"{heading}{joiner}{chosen[0]}"
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += {"own": "", "own-stop": ".", "own-colon": ":", "run-in": ""}[heading_place]
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                chosen[0] = f"{marker} {chosen[0]}"
        items.append((heading, *chosen))

    if rng.random() < 0.2:
        items.insert(0, (rng.choice(SECTION_LINES_316), ""))
        if len(items) > 6 and rng.random() < 0.4:
            items.insert(rng.randint(3, len(items) - 2), (rng.choice(LATER_SECTION_LINES_316), ""))
    if rng.random() < 0.15:
        items.append(("", filled(rng.choice(CONTACT_LINES_316))))
    if rng.random() < 0.2:
        updated = ("", _last_updated_316(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_316)))

    intros = [filled(line) for line in POLICY_INTROS_316]
    closings = [filled(line) for line in POLICY_CLOSINGS_316]
    titles = [filled(line) for line in POLICY_TITLES_316]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_316)
