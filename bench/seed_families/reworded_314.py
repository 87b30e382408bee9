"""The ``reworded-314`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ocracoke island news, Morecambe Bay papers, Shenandoah valley weeklies, BMX clubs, record collectors'
fairs and forums, hypermobility and Ehlers-Danlos forums, canal basin moorers, railway turntable restoration volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for the site's
# word for what readers send (singular, plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_314: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the person",
            "How should I disagree with someone?",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Disagree with the argument if you must, but leave the person making it alone; personal attacks on other "
            "readers will be removed.",
            "Treat everyone here the way you'd treat a neighbour at the post office or in the line for the Hatteras "
            "ferry.",
            "Many of our members live with chronic pain and fatigue, so please be patient and kind, even when a thread "
            "goes round in circles.",
            "Goading, baiting and pile-ons are not welcome, however strongly you feel about the subject.",
            "We're a small club run by volunteers: be as polite in your {cs} as you would be at the track on race "
            "night.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "What counts as hate speech?",
            "Respect for everyone",
            "Bigotry",
        ),
        (
            "{Cs} that attack people for their race, religion, disability, sex, sexual orientation, gender identity or "
            "age will be deleted without warning.",
            "Slurs are not allowed anywhere, including in usernames, signatures and song titles quoted to make a point.",
            'Ribbing about "dingbatters" and summer people is one thing; contempt for anyone who wasn\'t born on the '
            "island is another, and it won't be published.",
            'Disability is never a punchline here, and that includes doubting whether someone\'s condition is "real".',
            "Content that stirs up hatred may be an offence under the Public Order Act 1986, and we will not host it.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Can I post someone's address or phone number?",
            "Other people's details",
            "Doxxing",
        ),
        (
            "Do not post anyone's home address, phone number, email address or licence plate, and that includes your "
            "own.",
            "Boat names and mooring positions can show where someone lives, so leave them out of any complaint about "
            "another boater.",
            "Never share another member's diagnosis, medication or medical history, even if they told you about it in "
            "private.",
            "Photographs of children taken at race meetings must not be posted without a parent's permission.",
            "If you want to contact someone privately, use the private messaging system rather than publishing their "
            "details in a thread.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young riders",
            "Children and vulnerable people",
            "Who do I tell about a safeguarding concern?",
            "Protecting young members",
            "Welfare",
        ),
        (
            "The club has a Welfare Officer, and any worry about a child's safety should go to them directly, not onto "
            "this page.",
            "Adults must not contact riders under 18 by private message; go through a parent or the club secretary.",
            "If someone says they are in crisis or at risk of harm, report the post at once and, if you can, point "
            "them to 999 or the Samaritans on 116 123.",
            "Anything that sexualises minors or seeks contact with them will be removed and passed to the police.",
            "We follow British Cycling's safeguarding policy, and any breach is reported to the club's welfare lead as "
            "well as dealt with here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "When will my {c} go up?",
            "Approval times",
            "Delays",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two, longer over a weekend.",
            "The newsroom is three people on an island, and when the ferry runs late so do we, so please don't send "
            "the same {c} twice.",
            "A new member's first few {cs} are held for approval; after that you'll post straight to the board.",
            "Anything sent after 5 p.m. on a Friday is not usually looked at until Monday morning.",
            "Links and attachments send a {c} to the moderation queue automatically, so expect a short wait.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is my {c} on topic?",
            "Relevance",
            "Use the right section",
        ),
        (
            "Keep your {cs} to the subject of the story; a report on the Arnside bore is not the place to refight the "
            "Heysham link road.",
            "Please post in the right section: work party dates for the turntable go in Volunteering, not in General "
            "Chat.",
            "Threads that wander off the point may be split or locked at the discretion of {mods}.",
            "General chat about pressings, gigs and record shops belongs in the Lounge, not in the Wants and Sales "
            "threads.",
            'Reviving a years-old thread just to say "me too" doesn\'t help anyone; start a new one and link back if '
            "you need to.",
        ),
    ),
    (  # advertising and spam
        (
            "No spam",
            "Advertising",
            "Self-promotion",
            "Can I advertise my business here?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising is not permitted in {cs}; to promote a business in Page County, call our advertising "
            "department.",
            "Don't post affiliate links, referral codes or repeated links to your own channel or shop.",
            "Dealers may mention their stall at a fair once, in the Fairs and Events thread, and nowhere else.",
            'Selling supplements, braces, "cures" or paid programmes to members is not allowed, however well meant.',
            "Spam will be deleted and the account behind it banned without notice.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Usernames",
            "Use your real name",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "Letters must include your name, address and a daytime phone number for verification; only your name and "
            "town are printed.",
            "One account per person; a second account used to dodge a ban or back yourself up in an argument will be "
            "closed.",
            "Don't choose a username that impersonates another person, a club official or a member of staff.",
            "You're welcome to use a nickname rather than your real name, but please keep the same one throughout.",
            "Accounts left unused for two years may be removed when the membership list is tidied.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "The law",
            "Defamation",
            "Libel",
            "Could I get into legal trouble for what I post?",
            "Contempt of court",
        ),
        (
            "You are legally responsible for what you post, and libel law applies online just as it does in print.",
            "Do not accuse anyone of a crime they have not been convicted of, and when a case is before the courts, "
            "{cs} on it will be closed to avoid contempt.",
            "Nothing posted here may break Virginia or federal law, and we will cooperate with lawful requests from "
            "law enforcement.",
            "Allegations about named boaters, marina operators or Canal & River Trust staff will not be published "
            "unless they can be shown to be true.",
            'Naming the victim of a sexual offence is itself an offence, even if their name is "common knowledge" in '
            "the village.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Other people's work",
            "Can I post a whole article?",
            "Intellectual property",
            "Uploads",
        ),
        (
            "Only upload photographs you took yourself or have permission to use, and credit the photographer.",
            "Please don't paste whole articles from other newspapers; quote a couple of lines and link to the rest.",
            "Links to bootlegs, rips or download sites for copyrighted recordings will be removed, and so will "
            "requests for them.",
            "By posting photographs of the turntable work you let the society use them in its newsletter and on its "
            "stand at open days, with credit.",
            "Scans of labels and matrix numbers for identification are fine; full album scans for download are not.",
        ),
    ),
    (  # reporting
        (
            "Reporting posts",
            "Report a problem",
            "Flagging",
            "How do I report a {c}?",
            "Seen something wrong?",
            "Report, don't respond",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous, and the member you report will not be told who flagged them.",
            "Please don't argue with a troll in the thread; report it and let {mods} deal with it.",
            "You can also email the editor, giving a link to the {c} and a line on what is wrong with it.",
            "Reporting a {c} only because you disagree with it wastes volunteers' time and may itself be treated as a "
            "breach.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "The committee's discretion",
            "Final say",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any letter or {c}, and will not enter into "
            "correspondence about it.",
            "{mods} may remove anything that in their judgement harms the forum, even if no rule covers it.",
            "Decisions are made by the club committee, and its ruling is final.",
            "This is a private board for the basin's moorers, and access to it is a courtesy, not a right.",
            "We don't keep a public list of removed {cs}, and we won't discuss individual moderation decisions in the "
            "open.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "How do I report an error in a story?",
            "Errors and tips",
        ),
        (
            "If we've got something wrong, email the newsroom rather than leaving a {c}, and we'll correct it as soon "
            "as we can.",
            "Story ideas, photos and news from round the bay are always welcome; send them to the news desk.",
            "Corrections are printed on page 2 of the following week's edition and added to the story online.",
            "Tip-offs about storm damage, ferry schedules or closures on NC 12 should come to the office by phone, not "
            "through the {cs}.",
            "Results, race reports and photos from away meetings can be sent to the club's press officer for the "
            "newsletter.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Bad language",
            "Is swearing allowed?",
            "Keep it clean",
            "Write in English",
        ),
        (
            "No swearing, including words with the letters starred out; this is a family site and children read it.",
            "Please write in English so that everyone, {mods} included, can follow the discussion.",
            "Avoid typing in capital letters, which reads as shouting.",
            "Text speak and long strings of emoji are hard going for members with brain fog or screen readers, so "
            "please write in full sentences.",
            "Mild language is tolerated in the pub thread, but never in anything aimed at another member.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach usually earns a warning, a second a week's suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban with no warning.",
            "If you have been suspended, don't come back under another name; the new account will be closed and the "
            "ban extended.",
            "You can appeal a ban by writing to the committee secretary, who will reply within fourteen days.",
            "Warnings are sent privately, and we ask you not to discuss them in open threads.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety",
            "Is this a substitute for my doctor?",
            "Health information",
            "Safety first",
        ),
        (
            "Nothing posted here is medical advice; always talk to your GP, consultant or physiotherapist before "
            "changing your treatment.",
            "Please don't tell members to stop a medication or try a treatment you've read about; share your own "
            "experience and say that's what it is.",
            "Don't post advice on crossing the sands without a guide; the bay's tides and quicksand have killed "
            "people, and the only safe way over is with the official Guide to the Sands.",
            "Don't arrange visits to the turntable pit outside work party days; the site is closed unless a trained "
            "supervisor is present.",
            "Tips on tricks, jumps and bike setup are shared at your own risk; wear a helmet and gloves and ride "
            "within your ability.",
        ),
    ),
    (  # buying and selling
        (
            "Buying and selling",
            "Sales and wants",
            "Can I sell records here?",
            "Trading",
            "Marketplace rules",
            "For sale",
        ),
        (
            "Sales posts must give a price, the condition of both vinyl and sleeve, and whether you'll post or it's "
            "collection only.",
            "Grade honestly, by the Goldmine standard or the Record Collector scale, and say which one you are using.",
            "Unofficial and counterfeit pressings must be described as such; passing one off as an original will get "
            "you banned.",
            "Any deal is between buyer and seller, and the forum takes no responsibility for goods, payment or "
            "postage.",
            "Boats and moorings for sale may be advertised once a month, but sublets are not allowed under the basin's "
            "terms.",
        ),
    ),
)

# Words for what readers send on the quarter of sites that never say "comment": (singular, plural).
OTHER_WORDS_314: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as a sentence would name them mid-sentence.
MODERATORS_314: tuple[str, ...] = (
    "the moderators",
    "the moderation team",
    "the mods",
    "the editor",
    "the editors",
    "the committee",
    "the admins",
    "the forum team",
    "our volunteer moderators",
    "the newsroom",
    "the site team",
)

# Opening lines a site may print before its rules (filled with the site's word and moderators).
POLICY_INTROS_314: tuple[str, ...] = (
    "Please read these house rules before posting.",
    "This section is a place for readers to talk about the news. To keep it that way, we ask everyone to follow a "
    "few rules.",
    "These guidelines apply to everyone who posts on the forum, committee members included.",
    "We welcome letters and {cs} from readers. Here is what we will and won't publish.",
    "By registering you agree to the following.",
    "The noticeboard is for moorers and friends of the basin. A few ground rules:",
    "Welcome! This group exists so members can support each other, so please take a minute to read the rules.",
    "We want {cs} here to be lively, informed and fair.",
)

# Closing lines a site may print after its rules (filled the same way).
POLICY_CLOSINGS_314: tuple[str, ...] = (
    "Thanks for helping keep this a friendly place.",
    "These rules may change at any time, and it is up to you to check them.",
    "If in doubt, don't post it.",
    "Questions about these rules? Contact {mods}.",
    "Posting on this site means you agree to these rules.",
    "Happy riding, and see you at the gate.",
    "Happy hunting, and keep digging.",
    "Be kind to each other. Gentle hugs.",
    "Thank you for your {cs}.",
)

# Titles a site may print over its rules (filled the same way).
POLICY_TITLES_314: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Letters and {cs} policy",
    "Noticeboard terms",
    "Rules of the board",
    "Group rules",
    "Terms of use",
    "{C} policy",
    "Moderation policy",
    "Before you post",
)

# British spellings in the sentences above -> American, for sites that print American spelling.
AMERICAN_314: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "sexualises": "sexualizes",
    "programmes": "programs",
    "judgement": "judgment",
    "round the bay": "around the bay",
    "round in circles": "around in circles",
    "GP, consultant or physiotherapist": "doctor, specialist or physical therapist",
}

# Marker shapes real sites put before their rules, each named by how its first item is marked (see _marker).
MARKER_STYLES_314: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "I.",
    "bullet",
    "star",
    "dash",
    "en dash",
    "Rule 1:",
    "Rule 1 -",
    "1.1",
    "Section 1.",
    "\u00a7 1",
)

# Lines some sites print between groups of rules.
SECTION_LINES_314: tuple[tuple[str, str], ...] = (
    ("General", "Trading"),
    ("Part A \u2013 Conduct", "Part B \u2013 Content"),
    ("Section 1: Posting", "Section 2: Enforcement"),
    ("THE BASICS", "THE SMALL PRINT"),
    ("Conduct", "Moderation"),
    ("Before you post", "After you post"),
)

# Sign-offs some sites put under their rules.
SIGN_OFFS_314: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Mods",
    "Admin team, on behalf of the Basin Moorers' Association",
    "Club Secretary",
    "The Turntable Group committee",
    "Posted by Admin",
)

# Months for a site's last-updated line.
MONTHS_314: tuple[str, ...] = (
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
SMALL_WORDS_314: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "is", "my", "of", "on", "or", "the", "to", "with", "not"}
)


def _roman(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    unit_numerals = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + unit_numerals[units]


def _marker(style: str, number: int) -> str:
    """How a site printing markers of ``style`` marks its item ``number`` (from 1)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    shapes = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(number)}.",
        "I.": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en dash": "\u2013",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "1.1": f"1.{number}",
        "Section 1.": f"Section {number}.",
        "\u00a7 1": f"\u00a7 {number}",
    }
    return shapes[style]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first word always)."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_314 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_314(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. A site draws its word for what readers send ("comment"
    three times in four, otherwise post, message, reply, contribution, letter or submission, and then never says
    "comment") and who moderates; how many kinds it prints (two to five on one site in five, six to sixteen on the
    rest), in table order or shuffled; how many sentences an item may hold (one to three); its heading case (as
    written, title case, capitals) or no headings at all; where headings stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash) and whether they are set in
    asterisks; its list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a
    section sign) or none. Then its own habits by chance: section lines between two halves of the rules, a notice
    put before one sentence, a last-updated line at the top or the bottom, and a sign-off. The opening, closing and
    title lines, American spelling and curly quotes are left to ``_furnish``."""
    says_comment = rng.random() >= 0.25
    singular, plural = ("comment", "comments") if says_comment else rng.choice(OTHER_WORDS_314)
    moderators = rng.choice(MODERATORS_314)

    def fill(text: str) -> str:
        """``text`` with the site's words in place of the placeholders, its first letter capitalised."""
        for placeholder, word in (
            ("{cs}", plural),
            ("{Cs}", plural.capitalize()),
            ("{c}", singular),
            ("{C}", singular.capitalize()),
            ("{mods}", moderators),
        ):
            text = text.replace(placeholder, word)
        return text[:1].upper() + text[1:]

    def allowed(lines: tuple[str, ...]) -> list[str]:
        """``lines`` filled, keeping only those a site that never says "comment" could print."""
        filled = [fill(line) for line in lines]
        return [line for line in filled if says_comment or "comment" not in line.lower()]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_314)), count)
    if rng.random() < 0.6:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none", "none"))
    heading_place = rng.choice(("own", "own stop", "own colon", "own colon", "run colon", "run stop", "run dash"))
    starred_headings = heading_case != "none" and rng.random() < 0.1
    marker_style = rng.choice(MARKER_STYLES_314) if rng.random() < 0.55 else ""

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_314[kind]
        picked = [fill(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        heading = ""
        if heading_case != "none":
            heading = fill(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        asks = heading.endswith("?")
        if heading and heading_place.startswith("run"):
            joiner = {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[heading_place]
            picked[0] = heading + (" " if asks else joiner) + picked[0]
            heading = ""
        elif heading and not asks:
            heading += {"own": "", "own stop": ".", "own colon": ":"}[heading_place]
        if heading and starred_headings:
            heading = f"**{heading}**"
        if marker_style:
            mark = _marker(marker_style, number)
            if heading:
                heading = f"{mark} {heading}"
            else:
                picked[0] = f"{mark} {picked[0]}"
        items.append((heading, *picked))

    if len(items) >= 4 and rng.random() < 0.15:
        first_section, second_section = rng.choice(SECTION_LINES_314)
        items.insert(len(items) // 2, (second_section, ""))
        items.insert(0, (first_section, ""))
    if rng.random() < 0.12:
        where = rng.randrange(len(items))
        heading, *rest = items[where]
        if len(rest) >= 2:
            notice = rng.choice(("Please note: ", "IMPORTANT: ", "NB: ", "Note: "))
            rest[-1] = notice + rest[-1]
            items[where] = (heading, *rest)
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_314), rng.randint(2016, 2026)
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}",
                f"Last updated {month} {day}, {year}.",
                f"Updated {month} {year}",
                f"(Revised {day} {month[:3]} {year})",
                f"Rules last reviewed by the committee, {month} {year}.",
            )
        )
        if rng.random() < 0.6:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_314)))

    intros, closings, titles = allowed(POLICY_INTROS_314), allowed(POLICY_CLOSINGS_314), allowed(POLICY_TITLES_314)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_314)
