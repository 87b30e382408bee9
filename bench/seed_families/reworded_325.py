"""The ``reworded-325`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Sanday and Westray community news, Eskdale papers, Okefenokee weeklies, kendo and fives clubs,
accordion and harmonica groups, scleroderma forums, tiny house communities, limekiln heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps to the table prints them. Each kind is
# (headings, sentences): five or six headings, some of them questions, and five sentences. ``{c}``/``{cs}`` (and the
# capitalised ``{C}``/``{Cs}``) stand for the site's word for what readers send; ``{mods}`` for who looks after it.
REWORDINGS_325: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Keep it friendly", "How should I speak to other members?", "Respect", "Manners"),
        (
            "Treat other members as you would your neighbour across the tea urn at the hall: disagree by all means, "
            "but keep it polite.",
            "Personal attacks, name-calling and sneering at another member will be removed.",
            "Criticise the idea, not the person who posted it.",
            "We are a small island and most of us will meet in the shop on Monday, so please write as if you were "
            "saying it to someone's face.",
            "Robust debate is welcome; rudeness is not, and {mods} will step in if a thread turns sour.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate", "Discrimination", "Hate speech", "Equality and inclusion", "What counts as abuse?", "Prejudice"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexual orientation, "
            "disability or age.",
            "Jokes at the expense of incomers, islanders or anyone else's background are not welcome here.",
            "Stirring up hatred is an offence under the Hate Crime and Public Order (Scotland) Act 2021, and we will "
            "report it.",
            "Slurs are deleted, including ones typed with asterisks or spelled creatively to get past the filter.",
            "Everyone who plays, from first-night beginners to grade holders, should feel welcome on this board.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address?",
            "Other people's details",
            "Your privacy and theirs",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, and think twice about your own.",
            "Please do not name or describe other patients you have met at clinic without their permission.",
            "Photographs of members taken at club nights or gradings should only go up if the people in them are "
            "happy with it.",
            "If you share where your tiny house is parked, remember that anyone can read this page, including the "
            "planning office.",
            "Private messages should stay private; do not copy them onto the open board.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting young people",
            "Under 18?",
            "Juniors",
            "Who do I tell if I'm worried about a child?",
        ),
        (
            "Members under 16 need a parent or guardian's permission to join, and their profiles should not show a "
            "surname or school.",
            "Do not post photographs of juniors without written consent from their parents.",
            "Any concern about a child's welfare will be passed to the club welfare officer and, where necessary, the "
            "police or social work.",
            "Adults must not send private messages to junior members.",
            "If you are worried that someone is in danger right now, contact the emergency services rather than "
            "posting about it here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval",
            "Delays",
            "Waiting for approval",
        ),
        (
            "All {cs} are read by {mods} before they go live, which can take a day or two.",
            "We are all volunteers, and when the ferry is off or it's lambing time things may take longer.",
            "Anything sent after the Tuesday deadline will wait until the paper has gone to press.",
            "Please don't send the same {c} twice; it is in the queue and will be looked at.",
            "New members' first few {cs} are held for approval while we make sure you are not a spam bot.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place?",
            "Relevance",
            "Stick to the thread",
        ),
        (
            "Keep your {c} relevant to the story or thread it sits under.",
            "General chat belongs in the Tea Room section, not under the match results.",
            "Threads that wander off into national politics will be locked.",
            "If you have a new question about bogu, shinai or grading, start a new thread rather than adding to an "
            "old one.",
            'Reviving threads that are years old just to say "me too" is discouraged.',
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "For sale and wanted",
            "Commercial posts",
        ),
        (
            "Advertising is only allowed in the For Sale and Wanted section, and only by members.",
            "Boxes and harmonicas for sale should be listed with a price and a rough location; no dealers, please.",
            "Spam, chain letters and links to sites selling miracle cures will be removed without notice.",
            "Local businesses who want to reach our readers should ask about a paid advert in the printed edition.",
            "Builders and trailer makers may post once a month in the Trades thread, and nowhere else.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Do I have to use my real name?",
            "Usernames",
            "One person, one account",
        ),
        (
            "Letters for print must carry your name and the island or parish you live in, though we can withhold "
            "it on request.",
            "Usernames that are offensive or pretend to be someone else will be changed or removed.",
            "One account per person; sock puppets will be banned along with the main account.",
            "You may post under a nickname, but {mods} must know who you are.",
            "Please put your dojo or club in your profile so others know where you train.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Contempt of court",
            "Could my post get us sued?",
            "Stay within the law",
        ),
        (
            "Do not post anything that could be defamatory; if you can't prove it, don't say it.",
            "Don't discuss cases that are still going through the sheriff court in Kirkwall.",
            "You are legally responsible for what you write, and we may have to hand over details if a court asks.",
            "We follow the law of the State of Georgia, and anything that looks like libel, a threat or harassment "
            "will come down.",
            "Naming anyone suspected of a crime before charges are filed is not allowed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a newspaper article?",
            "Intellectual property",
            "Sharing material",
            "Music and recordings",
        ),
        (
            "Only post photographs you took yourself, have permission to use or that carry an open licence.",
            "Please link to an article rather than pasting the whole of it.",
            "Sheet music and tab books are under copyright; share your own arrangements, not scans of published ones.",
            "Recordings of other players at club nights should not be uploaded without their agreement.",
            "By sending us a letter or photograph you allow us to print it in the paper and on this site.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report a post",
            "How do I report something?",
            "Spotted a problem?",
            "Flagging",
            "Complaints",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "If something worries you, email {mods} and it will be looked at the same day where we can.",
            "Please report rather than reply; arguing with a troll only feeds it.",
            "Reports are confidential and the person you report will not be told who made it.",
            "Complaints about the paper's own coverage should go to the editor by letter or email, not in the {cs} "
            "below a story.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's decision",
            "Our discretion",
            "The committee's decision is final",
            "Who decides?",
            "Final say",
            "Right to remove",
        ),
        (
            "{mods} may edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision is final, though you can raise it at the next members' meeting.",
            "We reserve the right to remove anything we think harms the club or its members.",
            "Publishing a {c} does not mean we agree with it.",
            "These rules may change; the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Send us your news", "Errors"),
        (
            "If we've got something wrong, tell us and we will put it right in the next issue.",
            "Hall events, results, births, marriages and deaths for the next issue should reach us by Wednesday night.",
            "Please send news tips to the editor directly rather than posting rumours here.",
            "Corrections to grading lists should go to the club secretary, who keeps the official record.",
            "Local news can be left in the box at the Heritage Centre in Pierowall.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Bad language", "Can I swear?", "Plain English, please"),
        (
            "No swearing, including abbreviations and words with letters replaced by stars.",
            "This is a family paper and the page is read by children, so keep the language clean.",
            "Please write in plain English; text speak and whole posts in capitals are hard to read.",
            "Posts in Scots or Orcadian are very welcome, as long as they are civil.",
            "Japanese terms are fine, but explain them the first time for newer members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Consequences",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban.",
            "Banned members who rejoin under a new name will be removed again.",
            "A ban from the forum is not a ban from the club; that is a matter for the committee under the "
            "constitution.",
            "{mods} will normally explain by private message why a {c} was taken down.",
        ),
    ),
    (  # medical and safety advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Is this medical advice?",
            "Treatments",
            "Safety first",
        ),
        (
            "Nothing posted here is medical advice; always talk to your rheumatologist or specialist nurse before "
            "changing treatment.",
            "Please do not recommend stopping prescribed drugs, or promote unproven cures for scleroderma.",
            "Share your own experience, but remember that the disease affects everyone differently.",
            "If you have chest pain, sudden breathlessness or ulcers that look infected, contact your GP or NHS 24 "
            "now rather than posting.",
            "Tips about fitting gas, electrics or wood burners in a tiny house are no substitute for a qualified "
            "installer.",
        ),
    ),
    (  # heritage sites and work parties
        (
            "On site",
            "Kiln safety",
            "Visiting the kilns",
            "Can I climb on the kilns?",
            "Work parties",
            "Heritage and access",
        ),
        (
            "Please do not climb on the kiln walls or into the draw arches; the masonry is fragile and the site is a "
            "scheduled monument.",
            "Work-party dates posted here depend on the weather and the landowner's agreement.",
            "Do not post directions to kilns on private land without the owner's permission.",
            "Metal detecting and taking stone from any kiln site are not allowed.",
            "Volunteers must sign in, wear the hard hat provided and follow the risk assessment the organiser reads "
            "out at the start of each session.",
        ),
    ),
    (  # elections and politics
        ("Politics", "Election letters", "Campaigning", "Can I endorse a candidate?", "Political posts", "Hot topics"),
        (
            "Letters endorsing candidates are printed free, but none will run in the final issue before an election.",
            "Keep the debate about mining near the refuge to the facts, and leave out the name-calling.",
            "Candidates for office may not use this page to campaign; a paid advertisement is the place for that.",
            "Arguments about Holyrood or Westminster belong elsewhere; this is a community page.",
            "We cut any letter over 300 words, and print only one letter per writer a month.",
        ),
    ),
)

# What a site calls the things readers send, singular and plural: most say "comment"; a quarter use one of the
# other words and never say "comment".
COMMENT_WORD_325 = ("comment", "comments")
OTHER_WORDS_325: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as its rules name them.
MODERATORS_325: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "our volunteer moderators",
    "the admin team",
    "the forum team",
    "the news team",
    "the club secretary",
    "the site admins",
    "the webmaster",
)

# Opening lines a site may print before its rules (filled with the site's word and moderators).
POLICY_INTROS_325: tuple[str, ...] = (
    "Please read these house rules before posting.",
    "This forum is run by volunteers for people living with scleroderma and those who care for them.",
    "We welcome {cs} from readers on and off the islands.",
    "These guidelines were agreed by the committee and apply to everyone who uses the noticeboard.",
    "A few simple rules keep this a friendly place.",
    "Our community page works because people look out for each other.",
    "Before you send a {c}, take a minute to read the following.",
    "This board is here for players, old and new, to swap tunes, tips and dates.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_325: tuple[str, ...] = (
    "Thank you for helping keep this site friendly.",
    "Happy posting, and see you at the next club night.",
    "Questions about these rules can go to {mods}.",
    "By posting you agree to abide by these rules.",
    "Thanks, and keep playing!",
    "Stay well, and look after each other.",
    "Any {c} that ignores these rules may be removed.",
)

# Titles a site may print over its rules.
POLICY_TITLES_325: tuple[str, ...] = (
    "House rules",
    "Forum rules",
    "{C} policy",
    "Community guidelines",
    "Noticeboard terms",
    "Posting guidelines",
    "Our rules for {cs}",
    "Rules of the board",
    "Guidelines for posting",
    "Club forum rules",
    "Terms of use for the noticeboard",
)

# British spellings used in this family's lines, and the American a site may print instead.
AMERICAN_325: dict[str, str] = {
    "criticise": "criticize",
    "offence": "offense",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "organiser": "organizer",
    "licence": "license",
    "centre": "center",
    "rumour": "rumor",
}

# Lines some sites print to split their rules into parts: (first part, second part).
SECTION_LINES_325: tuple[tuple[str, str], ...] = (
    ("Part 1: Behaviour", "Part 2: Practical matters"),
    ("Section A \u2013 Conduct", "Section B \u2013 Using the noticeboard"),
    ("General", "Specific to this forum"),
    ("How we expect members to behave", "What we will do"),
    ("The basics", "The small print"),
)

# Dated lines some sites print at the top or foot of their rules: {d} day, {m} month name, {n} month number, {y}
# year; and the month names they use.
UPDATED_LINES_325: tuple[str, ...] = (
    "Last updated {d} {m} {y}.",
    "Updated {m} {y}",
    "Rules revised at the AGM, {m} {y}.",
    "Version 3, agreed by the committee in {m} {y}.",
    "Effective {m} {d}, {y}.",
    "(Reviewed {d}/{n}/{y})",
)
MONTHS_325 = (
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
SIGN_OFFS_325: tuple[str, ...] = (
    "\u2013 The Editor",
    "The Committee",
    "Admin team",
    "The moderators",
    "Posted by the moderators on behalf of the club.",
    "Ed.",
)

# Words an emphasising site puts before one or two of its sentences.
EMPHASIS_325: tuple[str, ...] = ("IMPORTANT: ", "NB: ", "Please note: ", "*** ", "PLEASE NOTE \u2013 ")

# Small words title case leaves in lower case (unless first).
SMALL_WORDS_325 = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "if", "nor", "but", "as")
)


def _title_case_325(text: str) -> str:
    """``text`` in title case, small words kept low after the first word."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_325) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _roman_325(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_325(style: str, number: int, section: int) -> str:
    """The list marker a site of ``style`` prints before its ``number``-th item (``section`` for section numbers)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "number-stop": f"{number}.",
        "number-paren": f"{number})",
        "number-both": f"({number})",
        "letter-paren": f"{letter})",
        "letter-both": f"({letter})",
        "letter-capital": f"{letter.upper()}.",
        "roman": f"{_roman_325(number)}.",
        "roman-both": f"({_roman_325(number)})",
        "roman-capital": f"{_roman_325(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en-dash": "\u2013",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7{number}",
        "no": f"No. {number}",
    }[style]


# The list-marker shapes a site may print before its items (see ``_marker_325``).
MARKER_STYLES_325 = (
    "number-stop",
    "number-paren",
    "number-both",
    "letter-paren",
    "letter-both",
    "letter-capital",
    "roman",
    "roman-both",
    "roman-capital",
    "bullet",
    "star",
    "dash",
    "en-dash",
    "rule",
    "rule-dash",
    "section",
    "section-sign",
    "no",
)


def _capitalised_325(text: str) -> str:
    """``text`` with its first letter in capitals (for lines that open with a placeholder)."""
    return text[:1].upper() + text[1:]


def _items_325(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``.

    A site draws its word for what readers send (``comment`` three times in four, else post, message, reply,
    contribution, letter or note, and then never "comment") and who moderates; how many kinds it prints (two to five
    for one site in five, six to sixteen otherwise), kept in table order or shuffled; how many sentences an item
    carries (one to three, from a site-wide most); its heading case (as written, title case or capitals) or no
    headings at all; where headings stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash; questions keep their mark); a list marker (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none; and, by chance, lines splitting the
    rules into two parts, a last-updated line at the top or foot, a word of emphasis before a sentence or two, and a
    sign-off. The opening, closing and title lines come from ``_furnish``."""
    if rng.random() < 0.25:
        word, words = rng.choice(OTHER_WORDS_325)
    else:
        word, words = COMMENT_WORD_325
    moderators = rng.choice(MODERATORS_325)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        return _capitalised_325(text.format(**fill))

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = [REWORDINGS_325[index] for index in sorted(rng.sample(range(len(REWORDINGS_325)), count))]
    else:
        kinds = rng.sample(REWORDINGS_325, count)
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    marker_style = rng.choice(MARKER_STYLES_325) if rng.random() < 0.6 else ""
    section_number = rng.randint(1, 9)
    emphasis = rng.choice(EMPHASIS_325) if rng.random() < 0.2 else ""

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_325(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        chosen = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if emphasis and rng.random() < 0.15:
            chosen[0] = emphasis + chosen[0]
        marker = _marker_325(marker_style, number, section_number) + " " if marker_style else ""
        question = heading.endswith("?")
        if heading_case == "none":
            items.append(("", marker + chosen[0], *chosen[1:]))
        elif heading_place.startswith("own"):
            stop = "" if question or heading_place == "own" else ("." if heading_place == "own-stop" else ":")
            items.append((marker + heading + stop, *chosen))
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": dash}[heading_place]
            if question:
                joiner = " "
            elif marker.rstrip().endswith((":", "\u2013")) and joiner.strip() in (":", "\u2013", "-", "\u2014"):
                joiner = ". "  # "Rule 1: Courtesy. Treat ...", not a second colon or dash
            items.append(("", marker + heading + joiner + chosen[0], *chosen[1:]))

    if rng.random() < 0.15 and len(items) >= 4:
        first_part, second_part = rng.choice(SECTION_LINES_325)
        items.insert(len(items) // 2, (second_part, ""))
        items.insert(0, (first_part, ""))
    if rng.random() < 0.25:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_325).format(
            d=rng.randint(1, 28), m=MONTHS_325[month - 1], n=month, y=rng.randint(2014, 2026)
        )
        items.insert(0 if rng.random() < 0.4 else len(items), ("", updated))
    if rng.random() < 0.15:
        items.append(("", filled(rng.choice(SIGN_OFFS_325))))

    def site_lines(table: tuple[str, ...]) -> list[str]:
        lines = [filled(line) for line in table]
        return [line for line in lines if "comment" not in line.lower()] if word != "comment" else lines

    return _furnish(
        items,
        rng,
        site_lines(POLICY_INTROS_325),
        site_lines(POLICY_CLOSINGS_325),
        site_lines(POLICY_TITLES_325),
        AMERICAN_325,
    )
