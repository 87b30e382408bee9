"""The ``reworded-355`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tresco and Bryher pages, Swindale and Troutbeck papers, Walla Walla and Touchet weeklies, outrigger
canoe clubs, Prader-Willi and Angelman parents' forums, Honey Lake and Surprise valley residents' associations, Lihou
causeway heritage friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of rule these sites print, in the order a site usually prints them. Each kind is (headings, sentences):
# headings in sentence case (some of them questions), sentences as printed. ``{c}``/``{cs}`` and ``{C}``/``{Cs}`` stand
# for the site's word for what readers send (singular, plural; capitalised), ``{mods}`` for who looks after the site.
REWORDINGS_355: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it friendly",
            "Respect other members",
            "Can I disagree with someone?",
            "Courtesy",
            "Play the ball, not the paddler",
        ),
        (
            "Disagree with the argument if you must, but leave the person who made it alone.",
            "Most of us will meet at the quay, the village hall or the feed store before the week is out, so write as"
            " you would speak to a neighbour face to face.",
            "Personal attacks, name-calling and sneering at other members will be removed, however strongly you feel.",
            "Robust debate about the harbour plans, the ferry or the county is welcome; insulting the people on the"
            " other side of it is not.",
            "Treat every {c} as if it came from someone sitting at your own table at the club potluck, because it"
            " probably did.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Hate speech",
            "Discrimination",
            "What counts as hateful?",
            "Equality and respect",
        ),
        (
            "We remove anything that attacks people for their race, religion, nationality, disability, sex, sexual"
            " orientation or gender identity.",
            "Jokes at the expense of children with disabilities, ours or anyone else's, have no place here and will be"
            " taken down without warning.",
            "Stereotypes about seasonal workers, incomers, tourists or off-islanders count as much as anything else.",
            "Posting symbols, slogans or links from hate groups will end your membership.",
            "Ranchers, townies, tribal members, newcomers and old families all share this valley, and {cs} that set one"
            " group against another will be removed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Can I share someone's address?",
            "Keep it private",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email address or car registration, including your own.",
            "Please don't name other members' children, or share a diagnosis, a medication or a school that isn't yours"
            " to share.",
            "Photographs of people who can be recognised should only be posted with their permission, and never of"
            " other people's children.",
            "We hold members' details under the Data Protection (Bailiwick of Guernsey) Law, 2017, and will not pass"
            " them to anyone else.",
            "This forum can be read by anyone, including employers, schools and insurers, so think twice before you"
            " share medical details.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting our juniors",
            "What if I'm worried about a child?",
            "Vulnerable members",
        ),
        (
            "If a post makes you fear that a child or vulnerable adult is at risk, call the police or social services"
            " first, and then tell {mods}.",
            "Junior paddlers' full names, ages and photographs will not be published without written consent from a"
            " parent or guardian.",
            "Never arrange to meet a young person you have got to know through this site, and never ask them to"
            " message you privately.",
            "The club welfare officer can be contacted in confidence about any concern, however small it seems.",
            "Anything that appears to groom, pressure or exploit another person will be removed and reported to the"
            " authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "{Cs} awaiting approval",
            "Please be patient",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a person before it appears, and that can take a day or more.",
            "{mods} are volunteers with jobs, families and crews of their own, so {cs} are not checked overnight or on"
            " race weekends.",
            "The paper goes to press on Tuesday afternoon, and {cs} sent after that may not be read until Wednesday.",
            "When the boat or the broadband is down, as it sometimes is on the off-islands, expect a longer wait.",
            "Please don't send the same {c} twice; it only goes to the back of the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place?",
            "Relevance",
        ),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "Threads about race results are for race results; start a new one for boat sales, carpools and the rest.",
            "Long-running arguments about second homes, the Kirkstone road or water rights belong in a thread of their"
            " own, not in every one.",
            "Off-topic {cs} may be moved, merged or removed by {mods} without notice.",
            "If you are not sure where something belongs, ask first; it saves everyone a tidy-up afterwards.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I mention my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising, including for holiday lets, boat trips and tasting rooms, is not allowed outside the"
            " classifieds.",
            "Members may say once, plainly, that they have something for sale or to give away; repeated notices will be"
            " taken down.",
            "Links to supplements, cures, miracle diets or paid therapies will be removed, whoever posts them.",
            "Surveys, fundraising pages and petitions need the committee's agreement before they go up.",
            "Accounts that exist only to post links will be deleted as spam.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Can I post anonymously?",
            "One account each",
            "Usernames",
        ),
        (
            "Please post under your own full name; this is a small place, and people write better when they are known.",
            "Use one account only, and never pretend to be another member, another person or an officer of the club.",
            "Usernames that are offensive or misleading, or that advertise a business, will be changed or closed.",
            "Letters for publication must carry the writer's name, town and a daytime phone number; we print the name"
            " and town, never the number.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Stay within the law",
            "Can I talk about a court case?",
            "Libel and contempt",
        ),
        (
            "Do not post anything defamatory, that is, anything untrue that could damage someone's reputation.",
            "Once someone has been charged, say nothing about their guilt or innocence until the case is over, or you"
            " risk contempt of court.",
            "Don't accuse named people of crimes, fraud or dishonesty unless a court has found them guilty.",
            "{Cs} must comply with the laws of Washington State and of the United States, and you alone are legally"
            " responsible for what you write.",
            "We will remove anything that encourages people to break the law, including trespass on private ranch land"
            " or fishing without a licence.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and copyright",
            "Other people's work",
            "Can I post a photo I found online?",
            "Quoting",
        ),
        (
            "Only post photographs, video and writing that you own or have permission to use.",
            "Short quotations are fine if you say where they came from; whole articles copied from elsewhere are not.",
            "By sending a photo you give us permission to use it on this site and in the printed edition, with your"
            " name credited.",
            "Race photographs belong to the photographer, so please ask before you share or crop them.",
            "We will take material down promptly if the owner of the copyright asks us to.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report a post",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "If you see something that breaks these rules, use the report button rather than replying to it.",
            "Flag it and move on: arguing with a troll only keeps the thread going.",
            "You can also email {mods} with a link to the {c} and a line about what is wrong with it.",
            "Reports are read in confidence, and the person you report will not be told who you are.",
            "Reporting a {c} does not mean it will be removed; {mods} will judge it against these rules.",
        ),
    ),
    (  # discretion
        (
            "Final say",
            "Editor's discretion",
            "The committee's decision",
            "Who decides?",
            "Our right to edit",
        ),
        (
            "{mods} may edit, shorten, hold back or remove any {c} at their discretion, and need not give a reason.",
            "The committee's decision on any post is final, though members may raise it at the next general meeting.",
            "We may remove {cs} that keep to the letter of these rules but not to their spirit.",
            "Publishing a {c} does not mean that the paper, the club or the association agrees with it.",
            "A thread may be closed once it has run its course or become heated.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and tips",
            "Tell the newsroom",
        ),
        (
            "If we have got something wrong, email the editor rather than posting in the thread, so that we can check"
            " it and put it right.",
            "Corrections are printed on page two of the next issue and noted at the foot of the story online.",
            "Know something we should be covering in Walla Walla, College Place or Touchet? Call the newsroom or use"
            " the tips form.",
            "News of the causeway, the island or the Priory site can be sent to the secretary, who will pass it on.",
            "A tip sent as a {c} may never reach a reporter, so please get in touch with us directly.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "Mind your language",
            "What language can I use?",
            "Swearing and shouting",
        ),
        (
            "No swearing, including swear words with letters swapped for asterisks or symbols.",
            "Please write in English so that everyone can follow along; a phrase in Hawaiian, Tahitian, Samoan or"
            " Guernésiais is fine.",
            "Typing in capitals reads as shouting, so please don't.",
            "Keep abbreviations and forum shorthand to a minimum, as many of our families read through translation"
            " tools.",
            "Crude or sexual language will be removed, even when it is meant as a joke.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
            "Enforcement",
        ),
        (
            "A first breach usually earns a private warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or posting someone's address, lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again without discussion.",
            "If you think you have been banned unfairly, write to the secretary, and the committee will look at it at"
            " its next meeting.",
            "Warnings lapse after twelve months of good behaviour.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Can I trust advice I read here?",
            "Health and safety",
            "Use your own judgement",
        ),
        (
            "Nothing posted here replaces advice from your child's own doctor, dietitian or endocrinologist.",
            "Never change medication, seizure plans or growth hormone doses because of something you read on the"
            " forum.",
            "Do not rely on a post for crossing times; check the official tide tables, and the notice at L'Erée, before"
            " you set out for Lihou.",
            "A conditions report is one paddler's view at one moment, so check the marine forecast and talk to a coach"
            " before you launch.",
            "Sharing what worked for your family is welcome, but say that it is your experience, not something every"
            " child should try.",
        ),
    ),
    (  # campaigning and elections
        (
            "Campaigning",
            "Elections",
            "Politics",
            "Can I support a candidate?",
            "Ballot measures",
        ),
        (
            "Candidates for county or parish office may take part in discussions, but must say that they are standing.",
            "Endorsements and paid political messages go through the advertising department, not the news pages.",
            "In the fortnight before an election we do not publish {cs} that raise new allegations against a candidate,"
            " as there is no time to reply.",
            "The association is non-partisan; members may discuss water, roads and the fire district, but not use the"
            " board to campaign.",
            "Please don't use the forum to gather signatures for petitions or ballot initiatives without asking {mods}"
            " first.",
        ),
    ),
    (  # noticeboard terms
        (
            "Noticeboard",
            "Putting up a notice",
            "Notices",
            "How long do notices stay up?",
            "Events and notices",
        ),
        (
            "Notices of events, lost dogs, found keys and stray cattle are welcome and free of charge.",
            "Notices come down after thirty days, or sooner once the event is over.",
            "Please give a date, a place and a way to reach you, but not your home address.",
            "Injured seals and seabirds should be reported to the wildlife trust or animal control as well as posted"
            " here.",
            "Fundraising notices are limited to registered charities, schools and local clubs.",
        ),
    ),
)

# What most sites call what readers send; a quarter of sites never say "comment" and use one of the others.
COMMENT_WORDS_355: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_355: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as the sentences name them (the first letter is raised where a sentence starts with it).
MODERATORS_355: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the news desk",
    "the committee",
    "the forum admins",
    "our volunteer moderators",
    "the club committee",
    "the web team",
    "the board",
    "the Friends' committee",
    "the parish magazine team",
)

# Opening lines a site may print before its rules (``_furnish`` draws one by chance).
POLICY_INTROS_355: tuple[str, ...] = (
    "Please read these rules before you post.",
    "This forum is a place for families to support one another, and these guidelines help keep it that way.",
    "Before joining in, please take a minute to read our house rules.",
    "These terms apply to everything posted on the noticeboard and in the discussion threads.",
    "We welcome readers' comments on our stories, within a few simple rules.",
    "By posting on this site you agree to the following.",
    "Aloha, and welcome to the club message board.",
)

# Closing lines a site may print after its rules (``_furnish`` draws one by chance).
POLICY_CLOSINGS_355: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Mahalo for keeping our club pages safe and welcoming.",
    "The committee may change these rules at any time.",
    "Questions about these guidelines can be sent to the editor.",
    "Thanks for reading, and for commenting responsibly.",
    "See you on the water.",
    "Thank you, and happy posting.",
)

# Titles a site may print over its rules (``_furnish`` draws one by chance, sometimes in capitals).
POLICY_TITLES_355: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Comment policy",
    "Noticeboard terms",
    "Rules of the board",
    "Guidelines for letters and comments",
    "Club message board rules",
    "Terms of use",
)

# British spellings in the sentences and lines above -> American, for the sites that print American spelling.
AMERICAN_355: dict[str, str] = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "recognised": "recognized",
    "licence": "license",
    "behaviour": "behavior",
    "fortnight": "two weeks",
    "got to know": "gotten to know",
    "have got something": "have gotten something",
    "car registration": "license plate number",
    "holiday lets": "vacation rentals",
    "the queue": "the line",
    "judgement": "judgment",
}

# Section lines a site may print before its rules, naming the part of its terms they are.
SECTION_LINES_355: tuple[str, ...] = (
    "Section 4: Rules for {cs}",
    "Part 2 – Using the forum",
    "Schedule B. Noticeboard and discussion terms",
    "Members' area: posting rules",
    "About {cs}",
    "{Cs} and moderation",
)

# Last-updated lines, filled with a drawn date: ``{date}`` as a day, month and year, or as a month and year.
UPDATED_LINES_355: tuple[str, ...] = (
    "Last updated {date}.",
    "Last updated: {date}",
    "Updated {date}",
    "Adopted by the committee, {month}.",
    "Revised at the AGM, {month}.",
    "These rules were last reviewed in {month}.",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_355: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "Mahalo, the board",
    "Forum admin team",
    "The Friends of Lihou committee",
    "Posted by the moderators",
    "Thanks, the parish magazine team",
)

# Contact lines a site may print after its rules.
CONTACT_LINES_355: tuple[str, ...] = (
    "Questions? Call the office at (509) 555-0142.",
    "Contact the secretary through the club website.",
    "Concerns can be raised in confidence with the forum team.",
    "Write to the editor at the office, or leave a note in the box at the shop.",
)

# Words left in lower case inside a title-case heading.
SMALL_WORDS_355: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with")
)

# Months for the drawn dates.
MONTHS_355: tuple[str, ...] = (
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

# Weekdays for the drawn forum post headers.
WEEKDAYS_355: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# List-marker shapes: each a key that ``_marker_355`` turns into the marker for an item's position.
MARKER_STYLES_355: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "•",
    "*",
    "·",
    "▪",
    "-",
    "–",
    "Rule 1:",
    "Rule 1 –",
    "Section 1.",
    "§ 1",
    "4.1",
    "No. 1",
)


def _roman_355(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_355(style: str, position: int, chapter: int) -> str:
    """The marker of shape ``style`` for the item at ``position`` (from 1); ``chapter`` numbers sections like 4.1."""
    letter = "abcdefghijklmnopqrstuvwxyz"[position - 1]
    shapes = {
        "1.": f"{position}.",
        "1)": f"{position})",
        "(1)": f"({position})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_355(position)}.",
        "(i)": f"({_roman_355(position)})",
        "I.": f"{_roman_355(position).upper()}.",
        "Rule 1:": f"Rule {position}:",
        "Rule 1 –": f"Rule {position} –",
        "Section 1.": f"Section {position}.",
        "§ 1": f"§ {position}",
        "4.1": f"{chapter}.{position}",
        "No. 1": f"No. {position}",
    }
    return shapes.get(style, style)


def _fill_355(text: str, word: tuple[str, str], moderators: str) -> str:
    """``text`` with the site's word and moderators in place of the placeholders, its first letter raised."""
    singular, plural = word
    text = text.replace("{cs}", plural).replace("{Cs}", plural.capitalize())
    text = text.replace("{c}", singular).replace("{C}", singular.capitalize())
    text = text.replace("{mods}", moderators)
    return text[:1].upper() + text[1:]


def _title_case_355(heading: str) -> str:
    """``heading`` in title case, small words kept low except the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_355 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _date_355(rng: random.Random) -> tuple[str, str]:
    """A drawn date as printed in full (British or American order) and as a month and year."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_355), rng.randint(2016, 2026)
    numeric = f"{day:02d}/{MONTHS_355.index(month) + 1:02d}/{year}"
    full = rng.choice((f"{day} {month} {year}", f"{month} {day}, {year}", numeric))
    return full, f"{month} {year}"


def _items_355(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``. The site draws its word for what readers send
    (``comment`` three times in four, otherwise post, message, reply, contribution or letter, and then no line says
    "comment") and who moderates; how many kinds of rule it prints (two to five for a fifth of sites, six to sixteen
    for the rest), in table order or shuffled; one to three sentences an item (a fixed number or varying); its headings'
    case (sentence, title, capitals) or no headings; where headings stand (a part of their own, bare or with a stop or
    colon, or run in before the first sentence after a colon, stop or dash) and whether they are emphasised with
    asterisks or underscores; its list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
    numbers ...) or none; and its own printing habits: a section line or a forum post header before the rules, one
    sentence flagged as important, a last-updated line before or after them, and a contact line, a sign-off or a "Back
    to top" link after them. The opening, closing and title lines, American spelling and curly quotes come from
    ``_furnish``."""
    word = COMMENT_WORDS_355 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_355)
    says_comment = word == COMMENT_WORDS_355
    moderators = rng.choice(MODERATORS_355)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_355)), count)
    if rng.random() < 0.6:
        kinds.sort()

    fixed_sentences = rng.choice((1, 1, 2, 2, 3, 0))  # 0: each item draws one to three
    heading_case = rng.choice(("sentence", "sentence", "title", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own", "run-in"))
    own_stop = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ": ", ". ", " – ", " — ", " - "))
    emphasis = rng.choice(("", "", "", "", "**", "*", "__"))
    marker_style = rng.choice(MARKER_STYLES_355) if rng.random() < 0.55 else ""
    if marker_style.endswith(":") and run_in_separator == ": ":
        run_in_separator = " – "
    chapter = rng.randint(2, 9)

    def filled(text: str) -> str:
        return _fill_355(text, word, moderators)

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_355[kind]
        how_many = fixed_sentences or rng.randint(1, 3)
        parts = [filled(sentence) for sentence in rng.sample(sentences, how_many)]
        heading = ""
        if heading_case != "none":
            heading = filled(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_355(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        marker = _marker_355(marker_style, position, chapter) if marker_style else ""
        if heading and heading_place == "own":
            if not heading.endswith("?"):
                heading += own_stop
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            items.append((f"{marker} {heading}" if marker else heading, *parts))
            continue
        if heading:
            separator = " " if heading.endswith("?") else run_in_separator
            stop = separator.strip()
            if emphasis and stop in (":", "."):
                lead = f"{emphasis}{heading}{stop}{emphasis} "
            elif emphasis:
                lead = f"{emphasis}{heading}{emphasis}{separator}"
            else:
                lead = heading + separator
            parts[0] = lead + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))

    plain_last = [index for index, item in enumerate(items) if (item[0] and len(item) >= 2) or len(item) >= 3]
    if plain_last and rng.random() < 0.15:
        flagged = rng.choice(plain_last)
        item = list(items[flagged])
        item[-1] = rng.choice(("Important: ", "Please note: ", "NB: ")) + item[-1]
        items[flagged] = tuple(item)

    if rng.random() < 0.15:
        section = filled(rng.choice(SECTION_LINES_355))
        items.insert(0, (section, "") if rng.random() < 0.5 else ("", section))
    elif rng.random() < 0.1:
        day, hour, minute = rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 59)
        weekday, month, year = rng.choice(WEEKDAYS_355), rng.choice(MONTHS_355)[:3], rng.randint(2012, 2026)
        poster, noon = rng.choice(("admin", "Moderator", "forumadmin")), rng.choice(("am", "pm"))
        items.insert(0, ("", f"by {poster} » {weekday} {month} {day:02d}, {year} {hour}:{minute:02d} {noon}"))

    closing_lines: list[str] = []
    if rng.random() < 0.2:
        full, month_year = _date_355(rng)
        updated = rng.choice(UPDATED_LINES_355).replace("{date}", full).replace("{month}", month_year)
        if rng.random() < 0.3:
            items.insert(0, ("", updated))
        else:
            closing_lines.append(updated)
    if rng.random() < 0.1:
        closing_lines.append(rng.choice(CONTACT_LINES_355))
    if rng.random() < 0.12:
        closing_lines.append(rng.choice(SIGN_OFFS_355))
    if rng.random() < 0.05:
        closing_lines.append(rng.choice(("Back to top", "↑ Back to top", "Top of page")))
    items.extend(("", line) for line in closing_lines)

    intros, closings, titles = POLICY_INTROS_355, POLICY_CLOSINGS_355, POLICY_TITLES_355
    if not says_comment:
        intros = tuple(line for line in intros if "comment" not in line.lower())
        closings = tuple(line for line in closings if "comment" not in line.lower())
        titles = tuple(line for line in titles if "comment" not in line.lower())
    return _furnish(items, rng, intros, closings, titles, AMERICAN_355)
