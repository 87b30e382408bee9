"""The ``reworded-290`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Norfolk coast papers, Cocos Islands notices, Delaware shore weeklies, darts leagues, model railway
clubs, spinal injury forums, mutual housing societies, semaphore tower friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers
# send (singular, plural, capitalised) and {mods} for who looks after the site, filled per site.
REWORDINGS_290: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Courtesy", "Respect other members", "Play nicely", "How should I treat other posters?"),
        (
            "Treat other readers as you would a neighbour on the prom at Cromer: disagree if you like, but keep it"
            " polite.",
            "Personal attacks, name-calling and sneering at other members will be removed, however much you feel"
            " they were asked for.",
            "Debate the point, not the person.",
            "This is a small club and most of us will meet at the next exhibition or running night, so please write"
            " nothing you would not say to someone's face.",
            "Robust argument is fine; abusive behaviour, goading and trolling are not, and {mods} will step in where"
            " a thread turns sour.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No bigotry", "Offensive material", "What counts as hate?"),
        (
            "We will not publish {cs} that attack people for their race, religion, disability, sex, sexuality or"
            " nationality.",
            "Racist, sexist, homophobic or disablist abuse leads to an immediate ban, with no warning first.",
            "Remember that many members here live with a spinal cord injury themselves; jokes at the expense of"
            " wheelchair users are not welcome.",
            "Offensive, obscene or threatening material will be deleted and, where it may be a hate crime, passed"
            " to the police.",
            "Stereotyping visitors, incomers or islanders is not banter and will be treated as the abuse it is.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share someone's address?",
            "Protecting privacy",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, including your own.",
            "Do not name or identify neighbours in disputes; the society has a complaints procedure for that.",
            "Photographs of players at matches or members at meets should only be posted with the permission of"
            " those pictured.",
            "Posting someone's medical details, care arrangements or level of injury without their consent will get"
            " your account suspended.",
            "Private messages are private: please do not copy them into a public thread without the sender's"
            " agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Junior members",
            "Looking after each other",
            "What if someone is at risk?",
        ),
        (
            "If you are worried that someone who has posted here may be at risk, tell {mods} straight away rather"
            " than replying in the thread.",
            "Junior players under 18 must not be contacted privately by adult members through the site; any such"
            " approach will be reported to the league's welfare officer.",
            "Never post the names, schools or photographs of children without a parent's written consent.",
            "If you are in crisis, please call 999, or Samaritans free on 116 123, rather than waiting for a reply"
            " here.",
            "Anything that suggests a child or vulnerable adult is being harmed will be passed to the appropriate"
            " authorities.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go up?"),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, particularly overnight and at"
            " weekends.",
            "Our newsroom is small and {cs} are checked during office hours, Monday to Friday.",
            "A new member's first few posts are held for approval; once you are known to us they will go up straight"
            " away.",
            "During the busy summer season at the beaches it can take a day or more for {cs} to be approved, so"
            " please do not send the same one twice.",
            "{Cs} may take a little while to appear when the island's internet link is down.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Off-topic posts", "Keep it relevant", "Right board, right thread", "Where should I post?"),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "Layout questions belong in the Layouts board, not in Exhibitions; misplaced threads will be moved"
            " without notice.",
            "Threads that wander off into national politics will be locked, however interesting.",
            "Fixtures, results and averages each have their own section, so please post in the right one.",
            "Use the search before starting a new topic, as your question about gradients, couplings or DCC decoders"
            " has very probably been answered before.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise?", "Commercial posts", "Spam and links"),
        (
            "Advertising is not allowed except in the For Sale and Wanted section, and then only by private members.",
            "Repeated links to your own business, website or social media will be treated as spam and removed.",
            "Traders may take a paid listing in the classifieds; please contact our advertising department rather"
            " than posting here.",
            "Holiday let owners: please do not use {cs} to promote your property.",
            "Raffles, surveys and fundraising appeals need the committee's approval before they go up.",
        ),
    ),
    (  # names and accounts
        ("Usernames", "Your account", "Real names", "One account each", "Who can post?"),
        (
            "Please give your real name and town; anonymous {cs} will not be published, although we may withhold"
            " your name on request.",
            "Each person may hold one account only, and duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, another club or an official of the league.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Only members of the society in good standing may post on the members' noticeboard.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Contempt of court", "Is it legal?"),
        (
            "Do not post anything that could be defamatory: accusing a named person of a crime or wrongdoing without"
            " proof may land both you and us in court.",
            "Once someone has been charged, say nothing about their guilt or innocence, because the case is active"
            " and the contempt of court laws apply.",
            "You are legally responsible for what you write, and we may have to pass your details to the police or"
            " the courts if required to do so.",
            "Nothing you post may break the laws of the State of Delaware or of the United States.",
            "Never name or hint at the identity of anyone who has complained of a sexual offence; they have lifelong"
            " anonymity in law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Using other people's work",
            "Can I post photos?",
            "Material you upload",
        ),
        (
            "Only post photographs, drawings and text that you own or have permission to use.",
            "By sending us a {c} you grant us a licence to publish it in print and online, and to edit it for length.",
            "Please do not copy whole articles from other papers; a short quote and a link will do.",
            "Track plans and scanned magazine pages remain the copyright of their authors and publishers.",
            "Images taken from the Friends' archive must be credited and must not be used commercially.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "Seen something wrong?", "How do I report a post?", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it and {mods} will look at it.",
            "Please do not reply to abusive posts; report them and let us deal with them.",
            "Complaints can be sent to the editor by email or by post to our office, and we aim to reply within seven"
            " days.",
            "Reporting a {c} does not mean it will be removed, only that it will be read again against these rules.",
            "Use the flag button, or email the secretary if you cannot log in.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "Editorial discretion", "The committee's discretion", "Who decides?", "Our rights"),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The judgement of {mods} is final and will not be debated on the forum.",
            "Publication is at the editor's discretion, and printing a {c} does not mean we agree with it.",
            "These rules may be changed by the committee at any time, and changes will be announced on this page.",
            "The views expressed are those of individual members and not of the society, the league or its sponsors.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "News tips", "Got a story?", "Spotted a mistake?", "Tell us your news"),
        (
            "If you think we have got something wrong, please email the newsdesk rather than posting, so that it can"
            " be checked and corrected quickly.",
            "Got a story from Sheringham, Wells or Blakeney? Ring the newsroom or send it to us through the website.",
            "Errors in a match report or the averages should be sent to the results secretary, not argued over in"
            " the thread.",
            "Notices for the Home Island and West Island boards must reach the Shire office by Thursday noon.",
            "We are always glad to hear from readers in Lewes, Rehoboth and Bethany with news, photos and events.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Bad language", "Keep it clean", "What language can I use?"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in plain English so that everyone can follow; notices may also be given in Cocos Malay.",
            "Posts written entirely in capitals read as shouting and may be edited.",
            "The odd mild oath at the oche is one thing, but foul language on the forum is another.",
            "Text speak and heavy abbreviation are hard to follow for members who use screen readers or voice"
            " software.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Suspensions", "Sanctions"),
        (
            "Members who break these rules will usually get a warning first, then a suspension, then a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Repeat offenders will have their {cs} held for approval or their accounts closed.",
            "A ban from the forum may be reported to the league committee, who can act under the disciplinary code.",
            "Members who persistently breach these terms may be referred to the board under the rules of the society.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not professional advice",
            "Health and safety",
            "Can I trust advice given here?",
            "Safety first",
        ),
        (
            "Members share their own experience, not medical advice; always check with your spinal injuries centre,"
            " GP or specialist nurse before changing your care.",
            "If you notice signs of autonomic dysreflexia, get medical help at once and do not wait for replies on"
            " the forum.",
            "Please do not climb the tower or enter the grounds outside opening hours, whatever you may read here.",
            "Nothing on this board should be taken as advice on mains wiring; if in doubt, ask a qualified"
            " electrician.",
            "Rip currents are common along this coast: swim only where lifeguards are on duty, and follow the flags.",
        ),
    ),
    (  # society business (housing)
        ("Society business", "Repairs", "Not for repairs", "Where do I report a repair?", "Members' matters"),
        (
            "This noticeboard is not the place to report repairs; please use the repairs line or the form in the"
            " members' area.",
            "Arrears, rent and individual tenancy matters will not be discussed in public threads.",
            "Motions for the AGM must be sent to the secretary in writing and cannot be raised through {cs}.",
            "Disputes between neighbours should go to the housing officer, not onto the board.",
            "Minutes of committee meetings are posted here once approved, and questions on them are welcome.",
        ),
    ),
    (  # accuracy and sources
        ("Accuracy", "Check your facts", "Sources", "History and sources", "Is it accurate?"),
        (
            "When writing about the tower's history, please say where your information comes from.",
            "Claims about the Admiralty shutter telegraph and the semaphore line to Portsmouth should be backed by a"
            " source where possible.",
            "Do not present rumour as fact; say clearly when you are guessing.",
            "Wrong fixtures, venues or start times can cost a team its match, so double-check before posting.",
            "Tide times, road closures and flight times change; check the official source before relying on"
            " anything posted here.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; a quarter use one of the others and never "comment".
COMMENT_WORD_290: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_290: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as printed mid-sentence.
MODERATORS_290: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "our moderators",
    "the committee",
    "the newsdesk",
    "the forum team",
    "the league secretary",
    "the admin team",
    "the Shire office",
    "the board",
)

# Opening lines a site may print before its rules (filled with the site's word).
POLICY_INTROS_290: tuple[str, ...] = (
    "Before you post, please take a minute to read our house rules.",
    "We welcome {cs} from readers, but ask that you follow these guidelines.",
    "These rules apply to everyone using the forum, members and guests alike.",
    "By sending a {c} you agree to the terms below.",
    "The noticeboard is provided for residents and visitors; please observe the following.",
    "Our forum is run by volunteers for members, and a few simple rules keep it a friendly place.",
)

# Closing lines a site may print after its rules (filled with the site's word).
POLICY_CLOSINGS_290: tuple[str, ...] = (
    "Thank you for helping to keep the forum a friendly place.",
    "Happy posting!",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the secretary.",
    "Thank you for reading, and for your {cs}.",
    "Thanks for supporting the Friends.",
)

# Titles a site may print above its rules (filled with the site's word).
POLICY_TITLES_290: tuple[str, ...] = (
    "House rules",
    "{C} guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the forum",
    "{C} policy",
    "Readers' {cs}: our policy",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_290: dict[str, str] = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "judgement": "judgment",
    "centre": "center",
    "disablist": "ableist",
}

# Section lines a site may print at the start and the middle of its rules.
SECTION_PAIRS_290: tuple[tuple[str, str], ...] = (
    ("General", "Using the forum"),
    ("Part 1: Conduct", "Part 2: Content"),
    ("Section A - Behaviour", "Section B - What you post"),
    ("The basics", "The small print"),
    ("Our rules", "Legal"),
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_290: tuple[str, ...] = ("The Editor", "Forum Admin", "The Committee", "Hon. Secretary", "The Mods")

# Months for the last-updated line.
MONTHS_290: tuple[str, ...] = (
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

# Words left in lower case inside a title-case heading.
SMALL_WORDS_290: frozenset[str] = frozenset({"a", "an", "and", "the", "of", "or", "to", "in", "on", "for", "my", "if"})


def _title_case_290(text: str) -> str:
    """``text`` in title case, small words left lower case except the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word in SMALL_WORDS_290 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _roman_290(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_290(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for item ``number`` (from 1), ``section`` for section-numbered styles."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "number-dot": f"{number}.",
        "number-paren": f"{number})",
        "letter-paren": f"({letter})",
        "letter-dot": f"{letter}.",
        "roman": f"{_roman_290(number)}.",
        "roman-upper": f"{_roman_290(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "star": "*",
        "rule-colon": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "section": f"{section}.{number}",
        "paragraph-sign": f"\u00a7{number}",
    }[style]


def _last_updated_290(rng: random.Random) -> str:
    """A last-updated line of one of the shapes these sites print."""
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.randint(2016, 2026)
    return rng.choice(
        (
            f"Last updated: {day} {MONTHS_290[month]} {year}.",
            f"Updated {MONTHS_290[month]} {year}",
            f"These rules were last reviewed on {MONTHS_290[month]} {day}, {year}.",
            f"Agreed by the committee, AGM {year}.",
            f"Revised {month + 1:02d}/{day:02d}/{year}",
        )
    )


def _items_290(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    The site draws its word for what readers send (``comment`` three times in four, otherwise one that never says
    comment) and who moderates it; how many kinds it prints (two to five for a few sites, six to sixteen for most),
    in table order or shuffled; one to three sentences a kind, printed as parts or run together as one paragraph; its
    heading case (as written, title case, capitals) or no headings at all; where the heading stands (a part of its
    own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list
    marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, section signs) or none;
    and habits of its own: asterisk or underscore emphasis on headings, section lines at the start and middle, a
    last-updated line at the top or bottom, and a sign-off. Opening, closing and title lines, American spelling and
    curly quotes are then added by ``_furnish``."""
    word, words = COMMENT_WORD_290 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_290)
    fills = {
        "c": word,
        "cs": words,
        "C": word.capitalize(),
        "Cs": words.capitalize(),
        "mods": rng.choice(MODERATORS_290),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_290)), count)
    if rng.random() < 0.55:
        chosen.sort()

    case = rng.choices(("as-written", "title", "capitals", "none"), weights=(4, 3, 2, 2))[0]
    placement = rng.choice(("own", "own-stop", "own-colon", "run-in-colon", "run-in-stop", "run-in-dash"))
    emphasis = rng.choices(("", "**", "*", "__"), weights=(12, 2, 1, 1))[0] if case != "none" else ""
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "number-dot",
            "number-dot",
            "number-paren",
            "letter-paren",
            "letter-dot",
            "roman",
            "roman-upper",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule-colon",
            "rule-dash",
            "section",
            "paragraph-sign",
        )
    )
    section_number = rng.randint(1, 9)
    most_sentences = rng.choice((1, 2, 2, 3))
    joined_paragraphs = rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_290[kind]
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        if rng.random() < 0.5:
            picked.sort(key=sentences.index)
        parts = [sentence.format(**fills) for sentence in picked]
        if joined_paragraphs:
            parts = [" ".join(parts)]
        heading = ""
        if case != "none":
            heading = rng.choice(headings).format(**fills)
            heading = {"title": _title_case_290, "capitals": str.upper}.get(case, str)(heading)
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        marker = _marker_290(marker_style, number, section_number) if marker_style else ""
        if heading and placement.startswith("run-in"):
            joiner = {"run-in-colon": ": ", "run-in-stop": ". ", "run-in-dash": " \u2013 "}[placement]
            if heading.rstrip("*_").endswith("?"):
                joiner = " "
            parts[0] = f"{heading}{joiner}{parts[0]}"
            heading = ""
        elif heading and not heading.rstrip("*_").endswith("?"):
            heading += {"own": "", "own-stop": ".", "own-colon": ":"}[placement]
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        items.append((heading, *parts))

    if rng.random() < 0.15 and len(items) >= 4:
        first, second = rng.choice(SECTION_PAIRS_290)
        middle = len(items) // 2
        items.insert(middle, (second, ""))
        items.insert(0, (first, ""))
    if rng.random() < 0.2:
        updated = ("", _last_updated_290(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(("", "\u2014 ", "- ")) + rng.choice(SIGN_OFFS_290)))

    intros = [line.format(**fills) for line in POLICY_INTROS_290]
    closings = [line.format(**fills) for line in POLICY_CLOSINGS_290]
    titles = [line.format(**fills) for line in POLICY_TITLES_290]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_290)
