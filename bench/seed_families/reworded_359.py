"""The ``reworded-359`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Inchkeith and Cramond bulletins, Bransdale and Eskdaleside papers, Bisbee and Tombstone weeklies,
stoolball and rounders clubs, rope making and sail making guilds, Noonan and Turner syndrome forums, haggis hurling
and caber tossing championship committees, charcoal burning heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences): a site draws one heading and one to three of
# the sentences. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) is the site's word for what readers send, singular
# and plural; ``{mods}`` is who looks after the site. Sentences starting with ``{mods}`` are capitalised when filled.
REWORDINGS_359: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Can I disagree with other members?",
            "Courtesy",
            "Keep it friendly",
        ),
        (
            "Disagree as much as you like, but argue with the point rather than the person making it.",
            "Personal attacks, name-calling and sneering at other readers will see your {c} removed.",
            "This is a small place where people know one another, so write as you would speak to a neighbour at the"
            " post office counter.",
            "Robust argument about the parish council, the bus timetable or the state of the road up Bransdale is"
            " welcome; abuse is not.",
            "Remember that behind every username is a real person, very often a parent or someone living with the"
            " same condition as you.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "Hate speech",
            "No discrimination",
            "What counts as hateful?",
            "Equality and respect",
            "Racism, sexism and other prejudice",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexual orientation,"
            " disability, age or where they come from.",
            "Jokes at the expense of disabled people, including people of short stature, are not funny here and will"
            " be deleted.",
            "Stirring up hatred is a criminal offence in Scotland as well as a breach of these rules, and serious"
            " cases will be passed to Police Scotland.",
            'Remarks about incomers, holidaymakers or "folk from the city" that cross from banter into contempt will'
            " be taken down.",
            "Slurs are removed whatever the spelling, whatever the language and whether or not they were meant as a"
            " joke.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Should I share my address or phone number?",
            "Other people's details",
            "Keep personal details off the board",
        ),
        (
            "Do not post your own or anyone else's address, telephone number or email address in a {c}.",
            "If you want to contact another member, use private messages rather than putting your details in public.",
            "Please do not name children, or share photographs of them, without the written consent of a parent or"
            " guardian.",
            "Anything you share here can be read by anyone, including employers and insurers, so think twice before"
            " posting test results or a diagnosis.",
            "We hold your registration details in line with UK GDPR and the Data Protection Act 2018 and never pass"
            " them to anyone else.",
        ),
    ),
    # safeguarding
    (
        (
            "Safeguarding",
            "Children and young people",
            "Protecting young members",
            "Who is our welfare officer?",
            "Keeping members safe",
        ),
        (
            "Our junior section is covered by the club's safeguarding policy, and any worry about a child's welfare"
            " should go to the welfare officer, not onto this board.",
            "Adults must not ask younger members to move a conversation to private messages, social media or the"
            " phone.",
            "Members under 16 need a parent's or carer's permission to join, and some parts of the forum are closed"
            " to them.",
            "If you believe someone is in immediate danger, call 999 (911 in the United States) before you contact"
            " {mods}.",
            "Anything that suggests a child or vulnerable adult is at risk will be passed to the proper authorities"
            " without delay.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Moderation times",
            "Waiting for approval",
        ),
        (
            "Every {c} is read by a volunteer before it appears, so there may be a delay, especially at weekends and"
            " over the summer.",
            "{Cs} sent after six in the evening are usually approved the following morning.",
            "During championship week {mods} will be out on the field, and approval may take several days.",
            "Please do not send the same {c} twice; duplicates only slow the queue down for everyone.",
            "New members' first few {cs} are held for approval, after which they appear straight away.",
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
        ),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "Questions about fixtures, kit or match teas belong on the club noticeboard, not under match reports.",
            "Threads that wander far from the original question may be split, moved or closed.",
            "Please look through the sections before starting a thread; there are separate boards for growth"
            " hormone, heart problems, school and adult life.",
            "Old arguments about who really won the 1998 caber final belong in the beer tent, not on this board.",
        ),
    ),
    # advertising and spam
    (
        (
            "Advertising",
            "No spam",
            "Can I promote my business?",
            "Selling and fundraising",
            "Commercial posts",
        ),
        (
            "Advertising of any kind is not allowed without the prior agreement of {mods}.",
            'Links to shops, supplements or "miracle" treatments will be removed and the account suspended.',
            "You may mention your own charity fundraising once, in the fundraising section, with a link to a"
            " registered charity's page.",
            "Guild members selling rope, twine, canvas or finished sails should use the classified page rather than"
            " the discussion threads.",
            "Chain letters, pyramid schemes and repeated links to the same website are treated as spam.",
        ),
    ),
    # names and accounts
    (
        (
            "Usernames",
            "Your account",
            "Can I post anonymously?",
            "Real names",
            "One account per person",
            "Registration",
        ),
        (
            'Please use your real name; {cs} signed "Anonymous" or with an obviously made-up name will not be'
            " published.",
            "One account per person: a second account opened to get round a ban will be closed along with the first.",
            "Usernames must not impersonate another person, a club official or an organisation.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Every {c} must carry a name and town, though we will withhold them on request where there is good reason.",
        ),
    ),
    # the law
    (
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could my {c} break the law?",
            "Court cases",
            "Libel and contempt",
        ),
        (
            "Do not make allegations about a named person that you could not prove; the writer, as well as the"
            " publisher, can be sued.",
            "{Cs} on live court cases will not be published, to avoid any risk of contempt of court.",
            "Do not speculate about who may be to blame for a crime or accident before anyone has been charged.",
            "We follow the Defamation Act 2013 and the Contempt of Court Act 1981, and {mods} may remove anything"
            " that puts the paper at legal risk.",
            "Threats of violence will be reported to the Cochise County Sheriff's Office.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Photographs and images",
            "Can I post other people's work?",
            "Quoting and linking",
            "Your content",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and credit the photographer.",
            "Please link to news stories rather than pasting them in full.",
            "By sending a {c} you give us permission to publish it, here and in the printed bulletin, and to edit"
            " it for length.",
            "Old photographs of the ropewalk, the kilns or the mine workings are welcome, but tell us where they came"
            " from so the archive can credit them.",
            "Copying articles from medical journals or other forums may breach copyright; summarise them in your own"
            " words and link to the source.",
        ),
    ),
    # reporting
    (
        (
            "Reporting a post",
            "How do I report something?",
            "Report, don't reply",
            "Flagging problems",
            "Complaints",
        ),
        (
            "If you see something that breaks these rules, use the Report link under the {c} rather than replying"
            " to it.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "Please say which rule you think has been broken; a report with no reason is much harder to act on.",
            "Complaints about moderation should be made privately to the secretary, not argued out in public.",
            "Reporting a {c} does not remove it automatically, and repeated false reports are themselves a breach"
            " of the rules.",
        ),
    ),
    # the editor's or committee's discretion
    (
        (
            "Editor's discretion",
            "The committee's decision",
            "Our right to remove",
            "Final say",
            "Who decides?",
        ),
        (
            "The editor's decision on what is published is final.",
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "We are a small volunteer organisation, and nobody has a right to have a {c} published.",
            "These rules are not exhaustive; the committee will use its judgement where something is not covered.",
            "The rules may be changed at any time by a vote of the committee, and changes will be posted here.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Send us your news",
            "Getting it right",
        ),
        (
            "If we have got something wrong, email the editor rather than leaving a {c}, and we will put it right in"
            " the next issue.",
            "Have you got a story from Grosmont, Sleights or anywhere else in Eskdale? We would like to hear it.",
            "Corrections to results and scorecards should go to the fixtures secretary, who updates the tables each"
            " Monday.",
            "Tips about anything happening on the island, along the shore or around the harbour can be sent in"
            " confidence.",
            "Letters pointing out our errors are welcome and may be printed in the following week's edition.",
        ),
    ),
    # language
    (
        (
            "Language",
            "Swearing",
            "Bad language",
            "Please write clearly",
            "Can I write in capitals?",
        ),
        (
            "Please do not swear, even with some of the letters replaced by asterisks.",
            "Writing in capitals reads as shouting and makes a {c} hard to follow.",
            "Scots words are welcome here; text speak rather less so.",
            "Keep {cs} reasonably short, as long ones may be trimmed.",
            "Many members read the forum through translation tools, so plain English helps everyone take part.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
        ),
        (
            "A first breach will usually earn a warning by private message; a second, a suspension of up to a month.",
            "Serious breaches, such as threats or hate, may lead to an immediate and permanent ban.",
            "Members who are banned may appeal once, in writing, to the chair of the committee.",
            "We run a three-strikes system, though {mods} may go straight to the third strike where needed.",
            "Bans apply to the person, not the account, and cover all of the club's pages.",
        ),
    ),
    # medical advice
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Can I ask about treatment?",
            "Sharing experiences",
        ),
        (
            "Members share their own experience, not medical advice; always speak to your endocrinologist,"
            " cardiologist or GP before changing any treatment.",
            "Do not recommend doses of growth hormone, oestrogen or any other medicine to another member.",
            "Posts claiming that a diet or supplement can cure Noonan or Turner syndrome will be removed.",
            "If you are worried about symptoms, contact your GP or NHS 111, or call 999 in an emergency.",
            "Links to research are welcome, but please say where a study comes from and whether it has been peer"
            " reviewed.",
        ),
    ),
    # safety
    (
        (
            "Safety",
            "Is it safe to try this?",
            "Take care out there",
            "Safety first",
            "Risky activities",
        ),
        (
            "Check the tide tables before walking the causeway to Cramond Island, and never rely on a {c} here for"
            " them.",
            "Advice on building or lighting a kiln must follow the heritage site's safety guidance, and nobody should"
            " attempt a burn alone.",
            "Old shafts and adits around Bisbee are dangerous, and posts encouraging people to explore them will be"
            " removed.",
            "Coaching tips are welcome, but nobody should try to toss a caber without a trained coach and a cleared"
            " field.",
            "Nothing posted here about boat trips out to Inchkeith replaces the advice of the harbour master or the"
            " coastguard.",
        ),
    ),
    # disputes with umpires, judges and stewards
    (
        (
            "Umpires and judges",
            "Disputed results",
            "Can I question a decision?",
            "Officials",
            "Respect the officials",
        ),
        (
            "Criticism of umpires, judges or stewards by name is not allowed on this board.",
            "Disputes over a result should go to the championship committee in writing within seven days.",
            "The judges' decision on whether a caber was turned is final and will not be argued over again here.",
            "Volunteer officials give up their weekends so that you can play; please remember that before you post.",
            "Distances in the haggis hurl are measured by two stewards and are not open to debate online.",
        ),
    ),
    # notices, events and lost property
    (
        (
            "Notices and events",
            "Listing an event",
            "What goes on the noticeboard?",
            "Events",
            "Noticeboard listings",
        ),
        (
            "Notices of local events are free for non-profit groups; send us the date, time, place and a contact.",
            "Lost and found notices stay up for two weeks unless you ask us to take them down sooner.",
            "Events that charge for entry can only be listed as a paid advert.",
            "Notices for the Bisbee and Tombstone area must reach us by noon on Tuesday for that week's paper.",
            "Please tell us if an event is cancelled so that we can take the notice down.",
        ),
    ),
)

# What readers send, as (singular, plural): "comment" for three sites in four, and for the rest a word of their own.
COMMENT_WORDS_359 = ("comment", "comments")
OTHER_READER_WORDS_359: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("note", "notes"),
)

# Who looks after the site, as it is written in the middle of a sentence.
MODERATORS_359: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editors",
    "the committee",
    "our volunteer moderators",
    "the forum team",
    "the admin team",
    "the site administrators",
    "the guild secretary",
    "the club committee",
    "the bulletin team",
    "the news desk",
    "the heritage group's organisers",
)

# Opening lines (``_furnish`` prints one before the items by chance); placeholders are filled per site.
POLICY_INTROS_359: tuple[str, ...] = (
    "Please read these rules before you send a {c}.",
    "We welcome {cs} from readers, within a few simple rules.",
    "By posting you agree to the following.",
    "These house rules apply to every {c} on this site.",
    "The board is run by volunteers, so please help us by sticking to the rules below.",
    "Thank you for taking part. A few ground rules:",
    "This forum is a friendly place for families living with Noonan and Turner syndrome, and we want to keep it"
    " that way.",
    "The committee asks all members to observe the following.",
)

# Closing lines (``_furnish`` prints one after the items by chance).
POLICY_CLOSINGS_359: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Enjoy the discussion, and see you on the field.",
    "Happy posting!",
    "These rules were agreed by the committee and may be revised at any time.",
    "Thank you, and keep the kilns burning.",
    "If in doubt, leave it out.",
)

# Titles (``_furnish`` prints one above everything by chance, sometimes in capitals).
POLICY_TITLES_359: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Community guidelines",
    "Rules of the board",
    "Guidelines for {cs}",
    "Before you post",
    "Code of conduct",
)

# British spellings used above -> American; a site may print either (``_furnish`` draws which).
AMERICAN_359: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "organisation": "organization",
    "organiser": "organizer",
    "summarise": "summarize",
    "judgement": "judgment",
    "oestrogen": "estrogen",
    "cancelled": "canceled",
    "harbour": "harbor",
}

# Section lines some sites print between the title and the first item.
SECTION_LINES_359: tuple[str, ...] = (
    "Please read before posting",
    "The rules",
    "Our rules in brief",
    "What we ask of you",
    "Section 4: Online conduct",
    "Part 2 - Using the noticeboard",
    "Rules for the discussion board",
)

# The names sites sign their rules with.
SITE_NAMES_359: tuple[str, ...] = (
    "The Cramond Bulletin",
    "Inchkeith Bulletin",
    "The Bransdale Bugle",
    "Eskdaleside News",
    "Bisbee Copper Weekly",
    "Tombstone Weekly Courier",
    "Ashurst Stoolball Club",
    "Westfield Rounders Club",
    "The Guild of Rope Makers",
    "The Sail Makers' Guild",
    "Noonan Syndrome Family Forum",
    "Turner Syndrome Support Forum",
    "World Haggis Hurling Championship Committee",
    "Highland Caber Championship Committee",
    "Charcoal Burners Heritage Volunteers",
)

# Sign-offs printed after the items, filled with a site name.
SIGN_OFFS_359: tuple[str, ...] = (
    "- {name}",
    "\u2014 {name}",
    "The Editor, {name}",
    "Posted by the committee, {name}",
    "Many thanks, {name}",
    "{name} admin team",
)

# Last-updated lines, filled with a drawn date; the American ones put the month first.
LAST_UPDATED_359: tuple[str, ...] = (
    "Last updated: {day} {month} {year}",
    "Last updated {day} {month} {year}.",
    "Last revised {month} {day}, {year}",
    "Updated {month} {year}",
    "Reviewed {dd}/{mm}/{year}",
    "Agreed at the AGM, {month} {year}.",
    "These rules were last reviewed in {month} {year}.",
)

# Month names for the last-updated lines.
MONTHS_359 = (
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

# Emphasis a site wraps its headings in, as (before, after); most sites print none.
EMPHASES_359: tuple[tuple[str, str], ...] = (("**", "**"), ("*", "*"), ("_", "_"), ("[", "]"))

# What a site prints between a heading and its first sentence when the heading is run in.
RUN_IN_SEPARATORS_359 = (": ", ". ", " - ", " \u2013 ", " \u2014 ")

# The kinds of list marker these sites print before an item.
MARKER_STYLES_359 = (
    "1.",
    "1)",
    "(1)",
    "a.",
    "(a)",
    "a)",
    "i.",
    "(i)",
    "I.",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "\u00b7",
    "Rule 1:",
    "Rule 1 -",
    "Rule 1.",
    "section",
    "\u00a7",
    "#1",
)

# Words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_359 = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "not", "by", "at"})


def _roman_359(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    unit_numerals = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + unit_numerals[units]


def _marker_359(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (from 1); ``section`` numbers "section" markers."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    shapes = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "(a)": f"({letter})",
        "a)": f"{letter})",
        "i.": f"{_roman_359(number)}.",
        "(i)": f"({_roman_359(number)})",
        "I.": f"{_roman_359(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} -",
        "Rule 1.": f"Rule {number}.",
        "section": f"{section}.{number}",
        "\u00a7": f"\u00a7{number}",
        "#1": f"#{number}",
    }
    return shapes.get(style, style)


def _title_case_359(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_359) else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _sentence_start_359(text: str) -> str:
    """``text`` with its first letter capitalised (for sentences that open with a placeholder)."""
    return text[:1].upper() + text[1:]


def _items_359(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" three times in four, else
    a word of its own, so that it never says "comment") and who moderates; how many items (two to five for a few
    sites, six to sixteen for most) and whether they stand in table order or shuffled; how many sentences an item
    has (one to three, fixed or varying); whether it prints headings, in sentence case, title case or capitals, as a
    part of their own (bare, with a stop or a colon) or run in before the first sentence after a colon, stop or
    dash, sometimes wrapped in emphasis; which list marker it prints, if any (numbers, letters, roman numerals,
    bullets, dashes, "Rule 1:", section numbers, section signs); whether its sentences drop their final stops, as
    some bulleted lists do; and by chance a section line before the items, a last-updated line before or after
    them and a sign-off with the site's name. ``_furnish`` then adds opening, closing and title lines."""
    if rng.random() < 0.75:
        word, words = COMMENT_WORDS_359
    else:
        word, words = rng.choice(OTHER_READER_WORDS_359)
    moderators = rng.choice(MODERATORS_359)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        return _sentence_start_359(text.format(**fill))

    kinds = list(range(len(REWORDINGS_359)))
    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    chosen = rng.sample(kinds, count)
    if rng.random() < 0.6:
        chosen.sort()

    fewest, most = rng.choice(((1, 1), (1, 2), (1, 3), (2, 2), (2, 3), (1, 1)))
    heading_case = rng.choice(("none", "sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own", "run-in"))
    heading_end = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice(RUN_IN_SEPARATORS_359)
    emphasis = rng.choice(EMPHASES_359) if rng.random() < 0.1 else ("", "")
    marker_style = rng.choice(MARKER_STYLES_359) if rng.random() < 0.55 else ""
    section_number = rng.randint(1, 9)
    drops_stops = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_359[kind]
        picked = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(fewest, most))]
        if drops_stops:
            picked = [sentence[:-1] if sentence.endswith(".") else sentence for sentence in picked]
        marker = _marker_359(marker_style, number, section_number) + " " if marker_style else ""
        if heading_case == "none":
            items.append(("", marker + picked[0], *picked[1:]))
            continue
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_359(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        heading = emphasis[0] + heading + emphasis[1]
        is_question = heading.endswith("?")
        if placement == "own":
            ends_bare = is_question or marker.endswith(": ")  # "Rule 2: Copyright", never "Rule 2: Copyright:"
            items.append((marker + heading + ("" if ends_bare else heading_end), *picked))
        else:
            separator = " " if is_question else run_in_separator
            items.append(("", marker + heading + separator + picked[0], *picked[1:]))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_359), ""))
    if rng.random() < 0.2:
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        updated = rng.choice(LAST_UPDATED_359).format(
            day=day, month=MONTHS_359[month - 1], year=rng.randint(2016, 2026), dd=f"{day:02d}", mm=f"{month:02d}"
        )
        if rng.random() < 0.3:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_359).format(name=rng.choice(SITE_NAMES_359))))

    intros = [filled(line) for line in POLICY_INTROS_359]
    closings = [filled(line) for line in POLICY_CLOSINGS_359]
    titles = [filled(line) for line in POLICY_TITLES_359]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_359)
