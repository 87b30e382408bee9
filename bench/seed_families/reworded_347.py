"""The ``reworded-347`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Raasay and Rona island news, Langdale and Mardale papers, Siskiyou and Shasta weeklies, footbag clubs,
Willamette valley sewing bees, tuberous sclerosis forums, Coos bay harbour users, Humboldt redwood trail volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for the site's word
# for what readers send (singular, plural, capitalised) and {mods} for who looks after the site; a part that starts
# with a placeholder is capitalised once filled.
REWORDINGS_347: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Play the ball, not the player",
            "Why was my {c} removed for its tone?",
            "Respect other members",
            "Keep it kind",
        ),
        (
            "Argue with the point, not the person who made it; a crofter, a ferryman and an incomer are all entitled "
            "to a view.",
            "Personal attacks, name-calling and sneering at other people's {cs} will be taken down, however much you "
            "feel they were deserved.",
            "Disagreement is welcome here, and so is a bit of plain fell-side speaking, but not rudeness for its own "
            "sake.",
            "Write as you would speak to someone across the table at the village hall, because on an island this "
            "size you will probably meet them on the ferry.",
            "Please be gentle with new members, many of whom arrive here in the week of a diagnosis and are "
            "frightened.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "Is there anything you will never publish?", "No bigotry", "Equality"),
        (
            "We do not publish {cs} that attack people for their race, religion, disability, sex, sexual orientation, "
            "gender identity or where they come from.",
            "Remarks about Gaelic speakers, incomers, travellers or holiday-home owners as a group are no more "
            "acceptable than any other slur.",
            "Jokes at the expense of people with disabilities, including the seizures, autism and learning "
            "difficulties that can come with TSC, will be removed without discussion.",
            "Slurs aimed at the Karuk, Shasta, Modoc or any other people will be deleted and the account suspended.",
            "Material that could amount to stirring up hatred under the Hate Crime and Public Order (Scotland) Act "
            "2021 will be deleted and may be reported to Police Scotland.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Other people's details",
            "Personal information",
            "Can I name a neighbour?",
            "Keep private things private",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, and that includes your own.",
            "Please do not name children or share photographs of them without a parent's permission, even from a "
            "club jam or a bee open day.",
            "Medical details belong to the person they concern; share your own family's story by all means, but not "
            "someone else's.",
            "Do not identify boats, moorings or slip numbers in a way that tells people when a vessel is left "
            "unattended.",
            "We keep the email address you give us private and will not publish it or pass it on to anyone.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Looking out for each other",
            "What if someone seems to be at risk?",
            "Vulnerable members",
        ),
        (
            "If a {c} suggests that a child or vulnerable adult is in danger, {mods} will pass it to the proper "
            "authorities without waiting to ask.",
            "Junior members of the club read these pages, so keep {cs} fit for a family audience.",
            "Adults must not invite under-18s into private messages or arrange to meet them outside club sessions.",
            "If someone writes that they are thinking of harming themselves, reply kindly and tell {mods}; do not try "
            "to handle it alone.",
            "In the UK you can call Samaritans free on 116 123, and in the US you can call or text 988, at any hour.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "When will I see my {c}?",
            "Approval",
        ),
        (
            "All {cs} are read by {mods} before they go live, which can take a day or more in the week the paper "
            "goes to press.",
            "Moderation is done by volunteers with day jobs, so a {c} sent on a Friday night may not appear until "
            "Monday.",
            "Your first few {cs} are held for approval; after that, most will appear straight away.",
            "Please do not send the same {c} twice because it has not yet appeared, as it is already in the queue.",
            "{Cs} are not checked over the Christmas and New Year break or during the Siskiyou Golden Fair.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posting",
            "Is this the right place for my question?",
            "Relevance",
        ),
        (
            "Keep {cs} to the subject of the article or thread they sit under.",
            "Questions about longarm machines belong on the equipment board, not under the meeting minutes.",
            "The ferry timetable, the wind farm and the Haweswater water levels each have a thread of their own; "
            "please use it rather than starting the argument again under every story.",
            "Threads that wander too far from the topic may be closed, moved or split by {mods}.",
            "General chat is welcome in the Lounge, where the rules on relevance are relaxed.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I mention my business?", "Commercial posts", "Links"),
        (
            "{Cs} that advertise goods or services, or link to a shop, will be removed; please contact our "
            "advertising office instead.",
            "Members may list fabric, patterns and machines for sale or swap on the Stash Exchange board, but not run "
            "a business from it.",
            "Chain letters, fundraising appeals and surveys need the approval of {mods} before they go up.",
            "Links are fine where they help the discussion, but repeated links to the same site will be treated as "
            "spam.",
            "Guiding, charters and crab-pot sales belong in the classifieds, not in replies to harbour notices.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Accounts",
            "Do I have to use my real name?",
            "One person, one account",
            "Registration",
        ),
        (
            "{Cs} are published under your full name and the town or island you live on.",
            "Letters to the editor must carry a name and address for our records, though we will withhold the "
            "address on request.",
            "You may use a nickname, but do not impersonate another member, a public figure or a member of staff.",
            "Each person may hold one account; second accounts made to get round a ban will be closed along with the "
            "first.",
            "Usernames that are offensive, commercial or look like an official harbour, park or club account will be "
            "changed or refused.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "What about court cases?",
            "Libel and contempt",
            "Stay within the law",
        ),
        (
            "Do not say anything about a real person that you could not prove in court; the paper can be sued for it "
            "as well as you.",
            "Once someone has been charged, {cs} about the case will not be published, because under Scots law even "
            "a remark online can prejudice a trial.",
            "Do not discuss the evidence, the witnesses or the accused in any case before Carlisle Crown Court or the "
            "sheriff court in Portree.",
            "Encouraging anyone to break the law, from crabbing out of season to cutting standing redwoods, will see "
            "your {c} removed.",
            "You are legally responsible for what you write, and we will cooperate with lawful requests from the "
            "police or the courts.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and patterns",
            "Can I share a pattern I bought?",
            "Quoting",
            "Pictures",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and say who took them.",
            "Commercial quilt and garment patterns are copyright; show off your finished piece, but do not scan or "
            "share the pattern itself.",
            "Quote a few lines from another article if you need to, with a link, but do not paste in whole stories "
            "from other papers.",
            "By sending a {c} you give us permission to publish it here and in print, and to edit it for length.",
            "Trick videos from other players should be linked, not re-uploaded, and credited to whoever filmed them.",
        ),
    ),
    (  # reporting
        ("Reporting", "Flag it", "How do I report a {c}?", "Seen something wrong?", "Complaints"),
        (
            "If you see something that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous; the member you report is not told who flagged them.",
            "Please say why you are reporting a {c}, since a short note helps {mods} decide more quickly.",
            "Complaints about our journalism, rather than about readers' {cs}, should go to the editor in writing.",
            "Reporting a {c} just because you disagree with it wastes volunteers' time and may itself be treated as "
            "a breach.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "Our decision",
            "The committee's discretion",
            "Who has the final say?",
            "Final word",
            "Editorial judgement",
        ),
        (
            "The editor decides what is published, and may edit, shorten or decline any {c} without giving a reason.",
            "The committee may remove any {c} it considers harmful to the club or its members, and its decision is "
            "final.",
            "These guidelines are not exhaustive, and {mods} will use their judgement in cases they do not cover.",
            "We may change these rules at any time; the version on this page is the one that applies.",
            "Publishing a {c} does not mean that the paper or the group agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Errors and corrections",
            "How do I tell you about an error?",
        ),
        (
            "If we have got something wrong, please email the newsroom rather than pointing it out in a {c}, so that "
            "we can put it right quickly.",
            "Corrections are printed on page two of the next edition and noted at the foot of the online story.",
            "Have news from Inverarish, Oskaig, Arnish or Rona? Send it to the editor, with a photo if you have one.",
            "Tips about a closure on the Kirkstone Pass or a call-out for the mountain rescue team are welcome by "
            "phone at any hour.",
            "Results from jams and tournaments can be sent in for the club news page, but please do not post them as "
            "replies in other threads.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Which languages can I write in?", "Bad language"),
        (
            "Swearing, including swearing with letters replaced by asterisks, will be removed.",
            "{Cs} may be written in English or in Gaelic; we may ask a Gaelic speaker to look them over before they "
            "appear.",
            "Please avoid writing in capital letters, which reads as shouting.",
            "Keep text-speak and abbreviations to a minimum so that members reading through a translator can follow.",
            "Strong language in a quotation from a public meeting may be allowed if it is essential to the point.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Enforcement",
            "Consequences",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",
            "{mods} will not discuss bans in public threads; if you wish to appeal, write to the club secretary.",
            "Banned members who come back under a new name will be removed again, and their {cs} deleted.",
            "Persistent trouble-makers may be barred from posting for as long as the editor sees fit.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety",
            "Not a substitute for your doctor",
            "Is advice here safe to follow?",
            "Bar and weather conditions",
            "Health and safety",
        ),
        (
            "Members share experience, not medical advice; always talk to your own neurologist or TSC clinic before "
            "changing treatment.",
            "Never stop or change anti-seizure medication or everolimus because of something you read in a {c}.",
            "Reports of conditions on the Coos Bay bar are shared in good faith; check the Coast Guard's bar "
            "restrictions before you cross.",
            "Trail reports may be days old, so check with Humboldt Redwoods State Park before heading out, and watch "
            "for poison oak and falling limbs.",
            "In an emergency call 999 or 911, not the forum.",
        ),
    ),
    (  # tributes and condolences
        ("Tributes", "Condolences", "Deaths and memorials", "Can I post a tribute?", "In memoriam"),
        (
            "Tributes beneath death notices are welcome, but please keep them brief and kind.",
            "We will not publish {cs} that criticise the deceased or their family beneath an obituary.",
            "Family notices are paid for through the front office and cannot be placed as a {c}.",
            "Threads remembering members who have died are pinned for a month and then locked.",
            "{mods} may close a tribute thread after a week to spare the family further attention.",
        ),
    ),
)

# What readers send, (singular, plural): "comment" for three sites in four, the rest drawn from OTHER_WORDS_347.
COMMENT_WORDS_347: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_347: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after a site, as it would be named mid-sentence.
MODERATORS_347: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "the club officers",
    "the forum team",
    "the volunteer moderators",
    "the trail coordinators",
    "the harbour users' committee",
    "our admins",
    "the news desk",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_347: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers, within a few simple rules.",
    "These house rules apply to everyone who takes part, members and visitors alike.",
    "By sending a {c} you agree to the following.",
    "This is a friendly club and we would like to keep it that way.",
    "Thanks for joining the conversation. A few ground rules:",
    "This forum is a place of support for families living with tuberous sclerosis, and these rules help keep it so.",
    "We are a small community paper, and we read every {c} ourselves.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_347: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Contact {mods} through the About page.",
    "Happy kicking!",
    "Happy stitching, and see you at the next bee.",
    "Tapadh leibh \u2014 thank you.",
    "See you on the trail.",
    "Fair winds, and mind the bar.",
    "Thanks for reading, and for your {cs}.",
)

# Titles a site may print above its rules.
POLICY_TITLES_347: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "{C} guidelines",
    "Community guidelines",
    "Rules of the board",
    "Noticeboard terms",
    "Guidelines for reader {cs}",
)

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_347: dict[str, str] = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "travellers": "travelers",
    "judgement": "judgment",
    "criticise": "criticize",
}

# List markers as sites print them: each takes the item's number (from 1) and returns the marker text.
_ROMAN_347 = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
)
MARKERS_347: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "{R}.",
    "\u2022",
    "-",
    "\u2013",
    "*",
    "Rule {n}:",
    "Rule {n} \u2014",
    "\u00a7{n}",
    "{s}.{n}",
    "{n}/",
)

# Small words kept lower case inside a title-cased heading.
_SMALL_WORDS_347 = frozenset(
    ["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "but", "nor", "with", "from", "as", "is"]
)

# Lines a site prints about when its rules were set or last changed ({d} is a date in the site's own style).
UPDATED_LINES_347: tuple[str, ...] = (
    "Last updated {d}.",
    "Last updated: {d}",
    "Revised {d}.",
    "Effective {d}.",
    "These rules were agreed at the annual general meeting, {d}.",
    "Updated by {mods}, {d}.",
)

# Section lines a site prints above its rules, as in a longer terms page.
SECTION_LINES_347: tuple[str, ...] = (
    "Section {s}: Reader {cs}",
    "Part {s} \u2014 Community rules",
    "{s}. Posting on this site",
    "Section {s} \u2013 Use of the noticeboard",
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_347: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Posted by the admin team",
    "Signed, the club officers",
    "\u2013 Mod team",
    "Editor, on behalf of the board",
)

_MONTHS_347 = (
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


def _fill_347(text: str, word: tuple[str, str], mods: str) -> str:
    """``text`` with the site's word and moderators filled in, its first letter capitalised."""
    singular, plural = word
    filled = text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize(), mods=mods)
    return filled[:1].upper() + filled[1:]


def _title_case_347(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones inside it."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS_347 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_347(shape: str, number: int, section: int) -> str:
    """One list marker of ``shape`` for item ``number`` (from 1) in section ``section``."""
    letter = chr(ord("a") + (number - 1) % 26)
    roman = _ROMAN_347[(number - 1) % len(_ROMAN_347)]
    return shape.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _date_347(rng: random.Random) -> str:
    """A date as a site prints it: day month year, month day, year, month year or numbers."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2026)
    return rng.choice(
        (
            f"{day} {_MONTHS_347[month - 1]} {year}",
            f"{_MONTHS_347[month - 1]} {day}, {year}",
            f"{_MONTHS_347[month - 1]} {year}",
            f"{month}/{day}/{year}",
            f"{day:02d}/{month:02d}/{year}",
        )
    )


def _items_347(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. A site draws its word for what readers send (comment three
    times in four, else post, message, reply, contribution, letter or submission, never saying "comment" anywhere then)
    and who moderates it; how many kinds it prints (two to five for one site in five, else six to sixteen), in table
    order or shuffled; one to three sentences an item, a fixed count or varying, in table order or not; its heading case
    (as written, title case, capitals) or no headings at all; where headings stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash) and whether they are starred or
    bracketed; a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs or section
    numbers) or none; whether single sentences drop their final stops; and by chance a section line above, a
    last-updated line above or below, and a sign-off. Opening, closing and title lines, American spelling and curly
    quotes are then drawn by ``_furnish``."""
    says_comment = rng.random() < 0.75
    word = rng.choice(COMMENT_WORDS_347 if says_comment else OTHER_WORDS_347)
    mods = rng.choice(MODERATORS_347)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_347)), count)
    if rng.random() < 0.6:
        chosen.sort()

    fixed_sentences = rng.choice((None, 1, 1, 2, 3))
    keep_sentence_order = rng.random() < 0.5
    case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own", "run-in"))
    own_suffix = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ". ", " \u2014 ", " - ", " \u2013 "))
    emphasis = rng.choice(("", "", "", "", "**{h}**", "*{h}*", "[{h}]"))
    marker = rng.choice(MARKERS_347) if rng.random() < 0.55 else ""
    section = rng.randint(2, 9)
    drop_stops = fixed_sentences == 1 and rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_347[kind]
        how_many = fixed_sentences or rng.choice((1, 1, 2, 2, 3))
        picked = rng.sample(range(len(sentences)), how_many)
        if keep_sentence_order:
            picked.sort()
        parts = [_fill_347(sentences[index], word, mods) for index in picked]
        if drop_stops:
            parts = [part[:-1] if part.endswith(".") else part for part in parts]
        heading = "" if case == "none" else _fill_347(rng.choice(headings), word, mods)
        if case == "title":
            heading = _title_case_347(heading)
        elif case == "capitals":
            heading = heading.upper()
        is_question = heading.endswith("?")
        if heading and emphasis:
            heading = emphasis.format(h=heading)
        lead = _marker_347(marker, number, section) + " " if marker else ""
        if not heading:
            items.append(("", lead + parts[0], *parts[1:]))
        elif placement == "own":
            suffix = "" if is_question else own_suffix
            items.append((lead + heading + suffix, *parts))
        else:
            separator = " " if is_question else run_in_separator
            items.append(("", lead + heading + separator + parts[0], *parts[1:]))

    if rng.random() < 0.2:
        section_line = rng.choice(SECTION_LINES_347).format(s=section, cs=word[1])
        items.insert(0, (section_line, ""))
    if rng.random() < 0.25:
        updated = ("", rng.choice(UPDATED_LINES_347).format(d=_date_347(rng), mods=mods))
        if rng.random() < 0.4:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_347)))

    def site_lines(table: tuple[str, ...]) -> list[str]:
        lines = [_fill_347(line, word, mods) for line in table]
        return lines if says_comment else [line for line in lines if "comment" not in line.lower()]

    return _furnish(
        items,
        rng,
        site_lines(POLICY_INTROS_347),
        site_lines(POLICY_CLOSINGS_347),
        site_lines(POLICY_TITLES_347),
        AMERICAN_347,
    )
