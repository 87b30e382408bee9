"""The ``reworded-322`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Mersea island news, Coquet valley papers, Wind River weeklies, ju-jitsu clubs, steel band and samba
groups, mesothelioma forums, mining village residents, workhouse museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order they usually print them: for each, the headings a site may put over
# the item (questions among them) and the sentences it may say. ``{c}``/``{cs}`` (and capitalised ``{C}``/``{Cs}``)
# are the site's word for what readers send, ``{mods}`` whoever looks after the site.
REWORDINGS_322: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Keep it friendly",
            "How should I speak to others here?",
            "Courtesy costs nothing",
            "Disagree politely",
        ),
        (
            "Argue with the point, not the person: personal attacks on other readers, writers or members will be "
            "removed.",
            "This is a small island and most of us pass each other on the Strood or in the Co-op, so please write as "
            "you would speak face to face.",
            "We are a club built on respect, on the mat and off it, and the same goes for anything posted here.",
            "Many people here are living with mesothelioma or caring for someone who is, so please be gentle, patient "
            "and kind in every {c}.",
            "Robust debate about the village, the pit heaps and the parish council is welcome; bullying, baiting and "
            "sneering are not.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "What counts as hateful?",
            "Everyone is welcome",
            "Equality",
        ),
        (
            "{Cs} that attack anyone for their race, religion, sex, sexuality, disability or age will be deleted "
            "without warning.",
            "Steel pan and samba belong to everyone, and racist remarks about carnival, its history or its players "
            "have no place on this page.",
            "Slurs aimed at the Eastern Shoshone, the Northern Arapaho or any other community will be removed and the "
            "account blocked.",
            "We do not allow jokes or memes that mock people in the workhouse, then or now, for being poor, ill or "
            "disabled.",
            "Stirring up hatred is a criminal offence, and we will pass such material to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Protect your details",
            "Can I share someone's address?",
            "Keep private things private",
            "Other people's details",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's, in a public {c}.",
            "Please don't name patients, doctors or hospital wards without permission; what is shared in the support "
            "threads stays here.",
            "Photographs of neighbours, their houses or their cars must not be posted without their consent.",
            "Volunteers should not share visitors' names or booking details from the museum on this board or on "
            "social media.",
            "Private disputes between neighbours over parking, bins or boundaries should be settled privately, not "
            "aired here.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting juniors",
            "Who do I tell if I'm worried about a child?",
            "Vulnerable members",
            "Welfare",
        ),
        (
            "Photos of junior members may only be posted with written consent from a parent or guardian, and never "
            "with their full names.",
            "Adults must not send private messages to junior players; all contact goes through the band's welfare "
            "officer or a parent.",
            "If anything posted here worries you about the safety of a child or vulnerable adult, contact the club "
            "welfare officer straight away.",
            "Where a child is in immediate danger, ring 999 first and tell us afterwards.",
            "In Wyoming, suspected abuse of a child must be reported to the Department of Family Services or to law "
            "enforcement.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Approval",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by {mods} before it appears, which can take a day or more.",
            "{Cs} are checked by volunteers with jobs and families, so please be patient at weekends and over bank "
            "holidays.",
            "The office is staffed on weekdays only, and {cs} left after Friday lunchtime will usually wait until "
            "Monday.",
            "The paper goes to press on Tuesday night, so {cs} sent then may sit in the queue until Thursday.",
            "Sending the same {c} several times will not make it appear sooner and may land it in the spam folder.",
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
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "The rehearsals board is for rehearsals, gigs and kit; general chat belongs in the social section.",
            "Gradings, training times and seminars have their own threads, so please look before starting a new one.",
            "National politics and the county council's budget have their own pages; take them there.",
            "{Cs} that wander far from the subject may be moved or removed by {mods}.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Adverts for businesses, holiday lets and services are not allowed; please contact our advertising "
            "department instead.",
            "One-off notices for village events, jumble sales and bingo at the welfare hall are welcome, but repeated "
            "plugs are not.",
            "Links to products, supplements or clinics promising a cure for mesothelioma will be deleted and the "
            "poster banned.",
            "Selling second-hand pans, surdos or other instruments is fine in the marketplace thread only.",
            "Chain letters, pyramid schemes and unsolicited links count as spam and will be removed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Real names please",
            "Can I post anonymously?",
            "One person, one account",
            "Usernames",
        ),
        (
            "Please use your real name; {cs} from anonymous or fake accounts will not be published.",
            "You may use a username, but we must hold a working email address, which we will never publish.",
            "Each member may hold one account only, and sharing a login with family or friends is not permitted.",
            "Pretending to be another person, a club official or a member of staff will lead to an immediate ban.",
            "Usernames that are offensive, or that advertise a firm or website, will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and contempt",
            "Legal matters",
            "Could my {c} land me in court?",
            "Defamation",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you post, and defamatory statements can lead to legal action "
            "against you.",
            "Do not speculate about the guilt of anyone charged with an offence: once a case is active, such {cs} "
            "risk contempt of court.",
            "Never name the victims of sexual offences, who have lifelong anonymity under the law.",
            "Claims about named people or businesses must be true and fair; if you cannot back something up, leave "
            "it out.",
            "Under Wyoming law, as anywhere, a false statement that damages someone's reputation can be libel, "
            "whoever types it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Images",
            "Can I post pictures from elsewhere?",
            "Pictures and recordings",
            "Using our content",
        ),
        (
            "Only post photographs, videos or recordings that you took yourself or have permission to share.",
            "Images from the museum's collections and archive are copyright and may not be reproduced without the "
            "curator's permission.",
            "By posting here you give us the right to publish, edit and reuse your {c} in print and online.",
            "Please link to articles rather than copying them out in full.",
            "Recordings of our arrangements are the band's work and must not be uploaded elsewhere without the "
            "musical director's agreement.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report a {c}",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying.",
            "Reports are read by {mods}, and the person you report is not told who made the report.",
            "Please don't argue with trolls in the thread; report them and move on.",
            "Concerns about a volunteer's {c} can also be raised in person with the duty manager.",
            "Complaints about our journalism can be sent to the editor, and we follow the Editors' Code of Practice.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "The editor's decision",
            "Our discretion",
            "Committee decision",
            "Final say",
            "Who decides?",
            "Right to remove",
        ),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "Decisions on what is published rest with the editor, and they are final.",
            "The committee may change these rules at any time and will put any changes on the noticeboard.",
            "Publishing a {c} does not mean we agree with it.",
            "We may close a thread to new {cs} once a discussion has run its course.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "How do I send in news?",
            "Accuracy",
        ),
        (
            "If we have got something wrong, please tell the newsroom directly rather than in a {c}, so it can be "
            "put right quickly.",
            "Got a story from the island? Call in, email the news desk, or drop a note through the office door in "
            "West Mersea.",
            "News from Rothbury, Felton, Warkworth or anywhere else in the Coquet valley is always welcome, along "
            "with photographs.",
            "Corrections are printed in the following week's edition and noted on the online story.",
            "Tips about events on the reservation or anywhere in Fremont County can be sent to the newsroom in "
            "Riverton or Lander.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Bad language",
            "Mind your language",
            "Can I swear?",
            "Writing clearly",
        ),
        (
            "Swearing, including words with letters replaced by asterisks, is not allowed.",
            "Please write in plain English and avoid typing in capitals, which reads as shouting.",
            "Children read these pages, so keep your language fit for the clubroom.",
            "{Cs} in other languages are welcome in the international thread, but please add a short translation.",
            "Text-speak and long strings of emojis make {cs} hard to read for older members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
        ),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members who come back under a new name will be removed again.",
            "Members suspended from the forum may appeal to the committee in writing within fourteen days.",
            "Persistent breaches of these guidelines may also be taken up under the club's disciplinary procedure.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health and safety",
            "Is advice here reliable?",
            "Safety first",
            "Training safely",
        ),
        (
            "Nothing posted here is medical advice; always speak to your consultant, GP or clinical nurse specialist "
            "about treatment.",
            "Do not stop or change any treatment because of something you read on this forum.",
            "Techniques discussed online should only be practised under a qualified instructor, never at home on "
            "friends.",
            "Old shafts, spoil heaps and flooded workings are dangerous; please do not post directions that encourage "
            "people to explore them.",
            "The Strood floods on big tides, and we will remove {cs} telling people it is safe to cross when the "
            "causeway is covered.",
        ),
    ),
    (  # claims firms and fundraising
        (
            "Claims and compensation",
            "Solicitors and claims firms",
            "Fundraising",
            "Can I ask for donations?",
            "Legal claims",
            "Collections and appeals",
        ),
        (
            "Solicitors and claims management firms may not recruit clients here; members wanting help with a claim "
            "can ask us for a list of specialist charities.",
            "Please don't discuss the details of an ongoing compensation claim in public, as it could harm your case.",
            "Fundraising appeals need the committee's approval before they are posted.",
            "A link to a crowdfunding page for a member's treatment may be shared once, in the fundraising thread.",
            "Sponsorship for carnival costumes, trips to Notting Hill or new pans should go through the band "
            "treasurer.",
        ),
    ),
    (  # speaking for the group
        (
            "Speaking for the group",
            "Official statements",
            "Who speaks for us?",
            "Representing the club",
            "Personal views",
        ),
        (
            "Views posted here are those of individual members, not of the residents' association.",
            "Only the chair or secretary may speak to the press on behalf of the committee.",
            "Volunteers should not post about the museum's plans, staffing or finances before they are announced.",
            "Instructors' {cs} on the club page are personal and do not set club policy.",
            "If you are unsure whether something can be shared, ask the volunteer coordinator first.",
        ),
    ),
)

# What a site calls the things readers send, singular and plural: "comment" on most sites, and on the rest one of
# the other words, which never says "comment".
COMMENT_WORD_322: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_322: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("posting", "postings"),
)

# Who looks after a site, as it is named mid-sentence.
MODERATORS_322: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the admins",
    "the forum team",
    "our volunteer moderators",
    "the club committee",
    "the newsroom staff",
    "the group admins",
    "the volunteer coordinators",
    "the news desk",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_322: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome comments from readers, but ask that everyone follows a few simple rules.",
    "These guidelines apply to everything posted on the club's pages and noticeboard.",
    "This forum exists to support people affected by mesothelioma and other asbestos-related diseases, and these "
    "rules help keep it a safe place.",
    "By registering, you agree to the following terms.",
    "The residents' group works best when everyone sticks to a few house rules.",
    "The following terms apply to the volunteers' noticeboard and online group.",
    "Our comment section is a place for readers to discuss the news; here is how it works.",
    "Thanks for joining the band's online group. A few ground rules:",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_322: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the editor through the contact page.",
    "Happy posting, and see you on the mat.",
    "These rules were agreed by the committee and may be reviewed at any time.",
    "Thanks for reading, and thanks for commenting.",
    "Breaking these rules may mean your account is suspended or closed.",
    "Keep drumming, and keep it kind.",
    "We reserve the right to remove any comment at our discretion.",
)

# Titles a site may print over its rules.
POLICY_TITLES_322: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms",
    "Terms of use for the noticeboard",
    "Group rules",
    "Rules for commenting",
    "Reader comments: our rules",
    "Club social media policy",
    "Members' forum code of conduct",
    "Volunteer noticeboard: terms of use",
    "Online conduct",
)

# Section lines some sites print over the rules, where the rules are one part of a longer handbook or policy.
SECTION_LINES_322: tuple[str, ...] = (
    "Section 6: Online posting and the noticeboard",
    "Part C - Using the forum",
    "Appendix 2: Social media and online conduct",
    "4. Comments and reader contributions",
    "Schedule B - Group page rules",
    "Section 11 \u2013 Comments on our website",
)

# How a site signs its rules off, when it does.
SIGN_OFFS_322: tuple[str, ...] = (
    "\u2013 The Editor",
    "The Committee",
    "Admin team",
    "Many thanks, the forum team",
    "Hon. Secretary, on behalf of the committee",
    "Mersea Island News",
    "Volunteer coordinator, Workhouse Museum",
    "Chief instructor",
)

# Words some sites put before one sentence they want noticed.
EMPHASIS_PREFIXES_322: tuple[str, ...] = ("IMPORTANT:", "NB:", "Please note:", "PLEASE NOTE:", "Note -")

# British spellings used in the sentences above, and their American forms (a site may print either).
AMERICAN_322: dict[str, str] = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "offence": "offense",
    "licence": "license",
    "practise": "practice",
    "organisation": "organization",
    "organise": "organize",
    "recognise": "recognize",
    "apologise": "apologize",
    "criticise": "criticize",
    "colour": "color",
    "favour": "favor",
    "honour": "honor",
    "centre": "center",
    "programme": "program",
    "judgement": "judgment",
    "travelling": "traveling",
    "cancelled": "canceled",
    "tumour": "tumor",
}

_MONTHS_322 = (
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
_SMALL_WORDS_322 = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "at",
        "by",
        "not",
        "from",
        "as",
        "is",
        "my",
        "i",
    ]
)


def _roman_322(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_322(text: str) -> str:
    """``text`` with each word capitalised except short joining words after the first."""
    words = text.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS_322 and word != "I" else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_322(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for item ``number`` (section ``section`` where the style numbers by section)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_322(number)}.",
        "(i)": f"({_roman_322(number)})",
        "I.": f"{_roman_322(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en-dash": "\u2013",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "section": f"{section}.{number}",
        "clause": f"Clause {number}.",
        "no": f"No. {number}",
        "nested": f"{number}.",
    }[style]


def _items_322(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution, letter, notice or posting, and then it never says "comment") and who moderates it; how many kinds
    of item it prints (two to five for a few sites, six to sixteen for most), in table order or shuffled; one, two or
    one to three sentences an item; its headings' case (as written, title case, capitals) or no headings at all;
    where headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after
    a colon, stop or dash); its list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section
    numbers, clause numbers, or numbered sub-clauses under numbered headings) or none; and its own printing habits,
    each by chance: headings in bold or italic markdown, a word of emphasis before one sentence, a section line above
    the rules, a last-updated or agreed-at line, and a sign-off. Then ``_furnish`` adds opening, closing and title
    lines and may print American spelling and curly quotes."""
    says_comment = rng.random() >= 0.25
    word, words = COMMENT_WORD_322 if says_comment else rng.choice(OTHER_WORDS_322)
    mods = rng.choice(MODERATORS_322)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}

    count = rng.randint(2, 5) if rng.random() < 0.15 else rng.randint(6, 16)
    if rng.random() < 0.6:
        kinds = [REWORDINGS_322[index] for index in sorted(rng.sample(range(len(REWORDINGS_322)), count))]
    else:
        kinds = rng.sample(REWORDINGS_322, count)

    sentences_per_item = rng.choice(("one", "two", "one-to-three", "one-to-two"))
    heading_case = rng.choices(("as-written", "title", "capitals", "none"), weights=(4, 3, 2, 3))[0]
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash", "run-en-dash"))
    marker_style = rng.choices(
        (
            "none",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "star",
            "dash",
            "en-dash",
            "rule",
            "rule-dash",
            "section",
            "clause",
            "no",
            "nested",
        ),
        weights=(10, 6, 2, 2, 1, 1, 1, 1, 1, 1, 4, 2, 2, 1, 2, 1, 2, 1, 1, 2),
    )[0]
    section_number = rng.randint(2, 12)
    heading_emphasis = rng.choices(("", "**", "*"), weights=(16, 3, 1))[0] if heading_case != "none" else ""
    emphasised_item = rng.randrange(count) if rng.random() < 0.12 else -1
    emphasis_prefix = rng.choice(EMPHASIS_PREFIXES_322)

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        if sentences_per_item == "one":
            how_many = 1
        elif sentences_per_item == "two":
            how_many = 2
        elif sentences_per_item == "one-to-two":
            how_many = rng.randint(1, 2)
        else:
            how_many = rng.randint(1, 3)
        said = [filled(sentence) for sentence in rng.sample(sentences, how_many)]
        if number - 1 == emphasised_item:
            said[0] = f"{emphasis_prefix} {said[0]}"
        if marker_style == "nested":
            said = [f"{number}.{index} {sentence}" for index, sentence in enumerate(said, start=1)]

        heading = ""
        if heading_case != "none":
            heading = filled(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_322(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if heading_emphasis:
                heading = f"{heading_emphasis}{heading}{heading_emphasis}"
        marker = "" if marker_style == "none" else _marker_322(marker_style, number, section_number)

        if not heading:
            if marker and marker_style != "nested":
                said[0] = f"{marker} {said[0]}"
            items.append(("", *said))
            continue
        asks = heading.rstrip("*_").endswith("?")
        if marker:
            heading = f"{marker} {heading}"
        if placement.startswith("own") or marker_style == "nested":
            if placement == "own-stop" and not asks:
                heading += "."
            elif placement == "own-colon" and not asks and not marker.endswith(":"):
                heading += ":"
            items.append((heading, *said))
            continue
        if asks or placement == "run-stop" or (placement == "run-colon" and marker.endswith(":")):
            joiner = " "
            if not asks:
                heading += "."
        elif placement == "run-colon":
            joiner = ": "
        elif placement == "run-dash":
            joiner = " - "
        else:
            joiner = " \u2013 "
        items.append(("", f"{heading}{joiner}{said[0]}", *said[1:]))

    if rng.random() < 0.12:
        sections = [line for line in SECTION_LINES_322 if says_comment or "comment" not in line.lower()]
        items.insert(0, (rng.choice(sections), ""))
    if rng.random() < 0.18:
        month, year = rng.choice(_MONTHS_322), rng.randint(2016, 2026)
        updated = rng.choice(
            (
                f"Last updated {rng.randint(1, 28)} {month} {year}.",
                f"Reviewed by the committee, {month} {year}.",
                f"Agreed at the AGM, {month} {year}.",
                f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)}, {month} {year}",
                f"Updated: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}",
            )
        )
        if rng.random() < 0.3:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_322)))

    intros, closings, titles = POLICY_INTROS_322, POLICY_CLOSINGS_322, POLICY_TITLES_322
    if not says_comment:
        intros = tuple(line for line in intros if "comment" not in line.lower())
        closings = tuple(line for line in closings if "comment" not in line.lower())
        titles = tuple(line for line in titles if "comment" not in line.lower())
    return _furnish(items, rng, intros, closings, titles, AMERICAN_322)
