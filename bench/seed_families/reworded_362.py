"""The ``reworded-362`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Isleornsay bulletins, Bellingham and Otterburn papers, Winslow and Kayenta weeklies, glima and
schwingen clubs, ikebana and meccano societies, osteogenesis imperfecta and amyloidosis forums, barrel rolling and
straw bale race committees, clog dancing teams.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): five or six headings, some of them the questions
# readers ask, and five sentences in the voice of a village bulletin, a local weekly, a sports or hobby club, a
# patients' forum or a race committee. Placeholders: {c} {cs} {C} {Cs} for the site's word for what readers send,
# {mods} and {Mods} for whoever looks after the site. A kind's first sentence answers its question headings.
REWORDINGS_362: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Keep it friendly",
            "Can I disagree with someone?",
            "Personal attacks",
        ),
        (
            "Disagree as strongly as you like with what someone says, but do not attack the person saying it.",
            "This is a small place and most of us will meet at the shop, the pier or the show field, so write as you"
            " would speak to a neighbour's face.",
            "Name-calling, sneering and the steady goading of other members will be removed, however witty you think"
            " it is.",
            "Remember that people here are often in pain, tired or frightened, and a sharp reply can hurt far more"
            " than you meant it to.",
            "Be kind.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "Hatred of any kind",
            "What counts as hate speech?",
        ),
        (
            "We will not publish anything that attacks people for their race, colour, nationality, religion,"
            " disability, sex, sexual orientation or gender identity.",
            'That includes remarks about incomers, tourists, travellers or "the English" that would not be tolerated'
            " if they were made about anyone else.",
            "Slurs against Diné people, or any other tribal nation, will be taken down at once and the account closed.",
            "Jokes about brittle bones, wheelchairs or anyone's diagnosis are not welcome here.",
            "Stirring up hatred is a criminal offence on both sides of the border, and we will pass details to the"
            " police where we think a crime has been committed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Keep personal details off the board",
            "Can I post someone's phone number?",
        ),
        (
            "Do not post your own or anyone else's address, phone number, email address or car registration in a {c}.",
            "If you want to get in touch with another member, use the private message button rather than putting"
            " your details on the open board.",
            "Please do not name other patients, their consultants or their hospitals without permission, even to"
            " praise them.",
            "Photographs taken at practice nights, in the sawdust ring or at the bale race should not go up without"
            " the agreement of the people in them.",
            "Anything you write here can be found by search engines, by your employer and by your insurer.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting our juniors",
            "Photos of young members",
            "Who do I tell if I'm worried about a child?",
        ),
        (
            "Our welfare officer can be reached in confidence through the club secretary if you are worried about"
            " a child or a vulnerable adult.",
            "Never post the full name, school or photograph of a junior dancer or wrestler unless a parent or"
            " guardian has agreed in writing.",
            "Members under 16 may read the forum but need a parent's permission before they post.",
            "Any {c} that appears to groom, threaten or exploit a child will be removed, kept as evidence and"
            " reported to the police.",
            "If someone is in danger right now, ring 999, or 911 in the States, instead of posting here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} go up?",
            "Waiting for approval",
        ),
        (
            "Every {c} is read by {mods} before it appears, and that can take a day or more at weekends.",
            "The bulletin is put together by volunteers, so {cs} sent on a Friday night may sit in the queue until"
            " Monday.",
            "A new member's first few {cs} are held for approval; after that they should appear straight away.",
            "Our spam filter sometimes catches {cs} by mistake, especially ones with links, so please wait before"
            " sending the same thing again.",
            "Over the race weekend {mods} are out on the course and replies will be slow.",
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
            "Please keep {cs} to the subject of the story or thread they are posted under.",
            "Questions about treatment belong on the treatment board, and fundraising news on the fundraising board,"
            " not in the introductions thread.",
            "A story about the Armadale ferry timetable is not the place to start the wind farm argument again.",
            "The sales board is for Meccano, Hornby and related items only; anything else goes on the general"
            " notices page.",
            "Threads that drift a long way from where they started may be split, moved or locked.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising and spam",
            "No spam",
            "Selling",
            "Can I promote my business?",
            "Links",
            "Commercial posts",
        ),
        (
            "Do not use {cs} to advertise goods, services, holiday lets or websites; call our advertising"
            " department instead.",
            "Members may sell their own spare parts on the swap board, but dealers must take a paid listing.",
            'Posts promoting unproven supplements, "cures" or clinics abroad will be removed without warning.',
            "Fundraising pages, raffles and petitions need the committee's approval before they are posted.",
            "No spam.",
        ),
    ),
    (  # names and accounts
        (
            "Your username",
            "Names and accounts",
            "Registration",
            "One account each",
            "Do I have to use my real name?",
        ),
        (
            "You may post under a nickname, but you must not pretend to be someone else, including club officials,"
            " doctors or other members.",
            "Anything sent for the print edition must include your full name and address, though only your name"
            " and town will be printed.",
            "One account per person; a second account set up to get round a ban will be deleted along with the first.",
            "Usernames that are offensive, contain an email address or advertise a business will be changed.",
            "Club members are asked to register under the name they compete under, so the committee knows who is who.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Contempt of court",
            "Could I get into legal trouble?",
        ),
        (
            "You are legally responsible for what you write, and a {c} that makes false, damaging claims about a"
            " named person can lead to an action for defamation.",
            "Do not discuss the guilt or innocence of anyone charged with an offence while the case is live; under"
            " the Contempt of Court Act 1981 that can land both you and us in court.",
            "In Scotland the rules are stricter still: once someone has been arrested, {cs} about the case must"
            " stick to what has already been reported.",
            "Never name or hint at the identity of a victim of a sexual offence, who has anonymity for life.",
            "Free speech is protected, but that does not cover threats, harassment or lies about your neighbours,"
            " in Arizona or anywhere else.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and videos",
            "Other people's work",
            "Can I share a newspaper article?",
            "Pictures",
        ),
        (
            "Do not paste whole articles from other papers; a short quotation and a link will do.",
            "Only upload photographs and video that you took yourself or have permission to use.",
            "An arrangement photographed at our exhibition belongs to the arranger as well as the photographer, so"
            " please credit both by name.",
            "Scans of Meccano manuals and instruction leaflets are welcome for old outfits, but not for anything"
            " still in print.",
            "By sending us a {c} you give us permission to publish it in print and online and to edit it for length.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "How do I report a {c}?",
            "Seen something wrong?",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go straight to {mods}, and the person you report is not told who made it.",
            "Please do not argue with spammers or trolls in public; report them and move on.",
            "If something is urgent, email the editor and put URGENT in the subject line.",
            "Reporting a {c} just because you disagree with it wastes everyone's time.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "The committee's decision",
            "Our right to remove",
            "Final say",
            "Who decides?",
        ),
        (
            "The editor's decision on whether to publish a {c} is final, and we will not enter into"
            " correspondence about it.",
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee may remove any post it considers brings the club or the sport into disrepute.",
            "These rules are a guide, not a contract; {mods} will use common sense where something is not covered.",
            "Being a long-standing member, or a former champion, does not put anyone above the rules.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Story ideas",
            "Tell us about it",
            "Errors in the results",
        ),
        (
            "If you think we have got something wrong, email the newsroom instead of posting a {c}, so we can check"
            " it and print a correction.",
            "Mistakes in race times, placings or weights should go to the race secretary, who will update the"
            " results table.",
            "Have a story from Otterburn, Bellingham or the North Tyne? Ring the office or use our send-us-your-news"
            " form.",
            "Tips sent through the website go to the editor and are not published.",
            "Corrections appear in the next edition, on page two, and at the foot of the story online.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Keep it clean",
            "Which languages can I use?",
            "Bad language",
        ),
        (
            "{Cs} in Gaelic are welcome; if you can, add a line in English for the learners.",
            "Please avoid swearing, including words with letters swapped for asterisks.",
            "Posts in German or Swiss German are fine, but please add a line in English if the thread started in"
            " English.",
            "Writing in capitals reads as shouting and may be held back.",
            "Heavy abbreviations and text-speak make threads hard to follow for members using screen readers.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach usually earns a private warning, a second a seven-day suspension and a third a"
            " permanent ban.",
            "Serious breaches, such as threats, racist abuse or abusive behaviour at events, lead to an immediate ban.",
            "Banned members may appeal once, in writing, to the club secretary.",
            "We do not discuss individual bans on the open board.",
            "Posting is a privilege of membership and may be withdrawn by the committee at any time.",
        ),
    ),
    (  # medical and safety advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety",
            "Can I ask about treatment?",
            "Health information",
        ),
        (
            "Members share their own experience here, but nothing on this forum is medical advice; always check with"
            " your own specialist, or the National Amyloidosis Centre, before changing treatment.",
            "Please do not tell other members to stop or change medicines such as bisphosphonates, tafamidis or"
            " diuretics.",
            "If you have a suspected fracture, chest pain or sudden breathlessness, call 999 or 911 rather than"
            " posting.",
            "Advice on training, barrel handling or lifting bales given here is a member's own view and does not"
            " replace the safety briefing on race day.",
            "Never encourage anyone to try a throw, a hold or a step they have not been taught at practice.",
        ),
    ),
    (  # results, judges and officials
        (
            "Results and judging",
            "Disputes",
            "Judges and stewards",
            "I disagree with a result. What now?",
            "Officials",
        ),
        (
            "Objections to a placing must be made to the clerk of the course within thirty minutes of the finish,"
            " not on the noticeboard.",
            "Judges and stewards give up their time for nothing, and criticism of them by name will be removed.",
            "Talking over how a bout went is fine; accusing a named wrestler of cheating is not.",
            "Results are provisional until the committee has signed them off and published them here.",
            "Concerns about the marking at a competition go to the team captain, who will take them to the organisers.",
        ),
    ),
)

# What most of these sites call the things readers send.
COMMENT_WORD_362: tuple[str, str] = ("comment", "comments")

# What the quarter of sites that never say "comment" call them: noticeboards, forums, letters pages and clubs.
OTHER_WORDS_362: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)

# Who looks after the site, as printed mid-sentence.
MODERATORS_362: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "the admin team",
    "the newsroom",
    "our volunteers",
    "the web team",
    "club officials",
    "the site admins",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_362: tuple[str, ...] = (
    "We welcome {cs} from readers, provided they follow the rules below.",
    "Our noticeboard is free to use, but we ask everyone to keep to a few simple rules.",
    "This forum is run by members for members. Please read these guidelines before you post.",
    "By sending a {c} to this site you agree to the following.",
    "The committee has agreed the following house rules for the club website and its pages.",
    "Before you join the discussion, please take a minute to read our {c} policy.",
    "We want this to be a friendly, useful place for everyone who shares our interest.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_362: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time without notice.",
    "If in doubt, leave it out.",
    "Questions about these guidelines can be sent to the editor.",
    "Enjoy the forum, and look after each other.",
    "See you at practice.",
    "Happy posting!",
)

# Titles a site may print above its rules.
POLICY_TITLES_362: tuple[str, ...] = (
    "House rules",
    "{C} policy",
    "{C} guidelines",
    "Community guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Posting guidelines",
    "Rules of the board",
    "Guidelines for {cs}",
    "Terms of use: reader {cs}",
    "Before you post",
)

# Section lines a site may print above its items ({sec} its section number, {n} how many items follow).
SECTION_LINES_362: tuple[str, ...] = (
    "Section {sec}: Reader {cs}",
    "Part {sec} \u2013 {Cs} and the noticeboard",
    "{sec}. Using the forum",
    "Our rules",
    "The rules in full",
    "{n} simple rules",
    "The {n} golden rules",
)

# Sign-offs a club or paper may put under its rules.
SIGNOFFS_362: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "The Forum Team",
    "Mods",
    "Hon. Secretary, on behalf of the committee",
    "Posted by admin",
    "Thanks, the mod team",
)

# Openings of a site's last-updated line; the date follows.
UPDATED_LINES_362: tuple[str, ...] = (
    "Last updated: {date}",
    "Last updated {date}.",
    "Updated {date}",
    "Rules revised by the committee, {date}.",
    "Adopted at the AGM on {date}.",
    "Page reviewed {date}",
)

# Words a site may put before one sentence to make it stand out.
EMPHASIS_PREFIXES_362: tuple[str, ...] = ("Please note:", "IMPORTANT:", "NB:", "Note:")

# British spellings in this family's sentences and lines, with their American forms.
AMERICAN_362: dict[str, str] = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "organisers": "organizers",
    "offence": "offense",
    "centre": "center",
    "colour": "color",
    "behaviour": "behavior",
}

# Month names for the last-updated line.
_MONTHS_362 = (
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
# Words left in lower case inside a title-cased heading.
_SMALL_WORDS_362 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at", "with", "not"})
# Lower-case roman numerals for list markers, one for each possible item.
_ROMAN_362 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _title_case_362(text: str) -> str:
    """``text`` with each word capitalised but the small ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_362) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_362(shape: str, number: int, section: int) -> str:
    """The list marker of the given shape for item ``number`` (from 1) in section ``section``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    roman = _ROMAN_362[number - 1]
    return shape.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), sec=section)


# List marker shapes these sites print before an item; "" for none.
MARKER_SHAPES_362: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "Rule {n}:",
    "Rule {n}.",
    "Rule {n} \u2013",
    "\u00a7 {n}",
    "{sec}.{n}",
    "Art. {n}",
    "No. {n}",
)


def _date_362(rng: random.Random) -> str:
    """A date as a British or American site prints it."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2014, 2026)
    return rng.choice(
        (
            f"{day} {_MONTHS_362[month - 1]} {year}",
            f"{_MONTHS_362[month - 1]} {day}, {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{month}/{day}/{year}",
            f"{_MONTHS_362[month - 1]} {year}",
        )
    )


def _items_362(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. The site draws its word for what readers send
    ("comment" for three sites in four, otherwise one of post, message, reply, contribution, letter, note or
    submission) and who moderates it; how many items (two to five for one site in five, six to sixteen for the rest),
    kept in table order or shuffled; the most sentences an item carries (one to three), each item drawing between
    one and that many; its heading case (as written, title case or capitals) or no headings at all; where headings
    stand (a part of their own, bare or ending in a stop or colon, or run in before the first sentence after a colon,
    stop or dash), with question headings sometimes printed as Q and A; a list marker shape or none; and its own
    printing habits: a section line, a last-updated line at the top or the foot, headings in asterisks or
    underscores, a "Please note:" before one sentence, and a sign-off. The opening, closing and title lines, American
    spelling and curly quotes are left to ``_furnish``."""
    if rng.random() < 0.75:
        word, words = COMMENT_WORD_362
    else:
        word, words = rng.choice(OTHER_WORDS_362)
    moderators = rng.choice(MODERATORS_362)
    fill = {
        "c": word,
        "cs": words,
        "C": word.capitalize(),
        "Cs": words.capitalize(),
        "mods": moderators,
        "Mods": moderators[0].upper() + moderators[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_362)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most_sentences = rng.choice((1, 2, 2, 3))

    heading_case = rng.choice(("none", "as written", "as written", "title", "capitals"))
    placement = rng.choice(("own", "own", "run-in"))
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    question_and_answer = rng.random() < 0.15
    marker_shape = rng.choice(MARKER_SHAPES_362) if rng.random() < 0.55 else ""
    section = rng.randint(2, 9)
    heading_emphasis = rng.choice(("**", "__", "*")) if rng.random() < 0.12 else ""
    if marker_shape.endswith(":") and run_in_separator.startswith(":"):
        run_in_separator = " \u2013 "

    emphasised = rng.randint(1, count) if rng.random() < 0.1 else 0

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_362[kind]
        heading = rng.choice(headings).format(**fill)
        is_question = heading.endswith("?")
        how_many = rng.randint(1, most_sentences)
        if is_question:  # the kind's first sentence answers its question headings, so it comes first
            picked = [sentences[0], *rng.sample(sentences[1:], how_many - 1)]
        else:
            picked = rng.sample(sentences, how_many)
        picked = [sentence.format(**fill) for sentence in picked]
        if number == emphasised:
            picked[-1] = rng.choice(EMPHASIS_PREFIXES_362) + " " + picked[-1]
        if heading_case == "title":
            heading = _title_case_362(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if heading_case != "none" and is_question and question_and_answer:
            heading, picked[0] = "Q: " + heading, "A: " + picked[0]
        marker = _marker_362(marker_shape, number, section) + " " if marker_shape else ""
        if heading_case == "none":
            items.append(("", marker + picked[0], *picked[1:]))
        elif placement == "own":
            ending = "" if is_question else own_ending
            shown = f"{heading_emphasis}{heading}{ending}{heading_emphasis}"
            items.append((marker + shown, *picked))
        else:
            separator = " " if is_question else run_in_separator
            items.append(("", marker + heading + separator + picked[0], *picked[1:]))

    if rng.random() < 0.2:
        line = rng.choice(SECTION_LINES_362).format(sec=section, n=count, **fill)
        items.insert(0, (line, ""))
    if rng.random() < 0.2:
        updated = ("", rng.choice(UPDATED_LINES_362).format(date=_date_362(rng)))
        if rng.random() < 0.3:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGNOFFS_362)))

    intros = [line.format(**fill) for line in POLICY_INTROS_362]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_362]
    titles = [line.format(**fill) for line in POLICY_TITLES_362]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_362)
