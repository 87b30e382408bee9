"""The ``reworded-259`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Solomon Islands English news, Forest of Dean papers, Vermont maple-country weeklies, cross-country
running clubs, philatelic circles, Huntington's disease forums, boat-club moorings committees, lido friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). Placeholders: {c} {cs} {C} {Cs} for what readers send (singular,
# plural, capitalised) and {mods} for who looks after the site; a sentence's first letter is raised after filling.
REWORDINGS_259: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be respectful", "Play nicely", "Courtesy", "Can I criticise someone?", "Respect other members"),
        (
            "Treat other readers as you would a neighbour at the market in Honiara: with respect, even when you "
            "disagree.",
            "Debate the issue, not the person; {cs} that attack other readers rather than their arguments will not be "
            "published.",
            "Treat fellow members as you would at the start line or on club night: disagree by all means, but keep it "
            "friendly.",
            "Many people here are living with Huntington's, caring for someone who is, or waiting on a test result, so "
            "please be gentle with one another.",
            "We welcome robust opinion from across the Forest, but not personal abuse of other contributors or of "
            "people named in our stories.",
        ),
    ),
    (
        ("Hate speech", "No discrimination", "Racism and prejudice", "What counts as hate?", "Equality"),
        (
            "We will remove any {c} that attacks people for their race, island or province of origin, religion, sex, "
            "sexuality or disability.",
            "Stirring up ill feeling between communities, including talk that reopens the old tensions between "
            "Guadalcanal and Malaita, has no place on this site.",
            "Racist, sexist, homophobic or otherwise bigoted language is removed on sight and the account concerned is "
            "suspended.",
            "Remarks that make fun of people with disabilities, including the movement and speech symptoms of HD, are "
            "not acceptable here.",
            "Material likely to stir up hatred on grounds of race, religion or sexual orientation may be a criminal "
            "offence, and we will not publish it.",
        ),
    ),
    (
        (
            "Privacy",
            "Personal details",
            "Keep it private",
            "Can I share someone's contact details?",
            "Protect your privacy",
            "Other people's information",
        ),
        (
            "Do not post telephone numbers, home addresses or email addresses, yours or anyone else's.",
            "Think carefully before sharing your own diagnosis or gene test result; this forum is public and can be "
            "read by employers and insurers.",
            "Please do not post photographs of other swimmers, particularly children, without their permission.",
            "Mooring numbers, boat names and the whereabouts of unattended vessels should not be posted publicly, for "
            "security reasons.",
            "Addresses from the society's membership list are for society business only and must never be shared on "
            "the board.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Children and young people",
            "Junior members",
            "Keeping young people safe",
            "Who do I tell if I'm worried about a child?",
        ),
        (
            "Results for under-18s are published by first name and club only; please do not add surnames, schools or "
            "photographs in your {cs}.",
            "If you have a concern about the welfare of a child or vulnerable adult, contact the club's welfare "
            "officer directly rather than posting about it here.",
            "Under-16s may use the noticeboard only with a parent's or guardian's agreement.",
            "Any {c} that appears to put a child at risk will be passed on to the appropriate authorities, including "
            "the police.",
            "Members under 18 must not arrange to meet anyone they have only got to know through this forum.",
        ),
    ),
    (
        ("Moderation", "When will my {c} appear?", "Pre-moderation", "Approval of {cs}", "Delays"),
        (
            "All {cs} are read by {mods} before they appear, so there may be a delay, particularly at weekends and "
            "outside office hours.",
            "Our small team is also getting the paper out, so please allow up to 48 hours before your {c} goes live.",
            "Those who look after this board are volunteers who run, swim or sail in their spare time; please be "
            "patient if approval takes a day or two.",
            "A new member's first few {cs} are held for approval; after that they will normally appear straight away.",
            "Reports are checked at least once a day, and more often during the cross-country season.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place for my {c}?", "Relevance"),
        (
            "Please keep {cs} relevant to the story they appear under; general grumbles about the council belong on "
            "our letters page.",
            "Use the right board: stamps for sale or exchange go in the Exchange Packet section, not in general "
            "discussion.",
            "Threads that drift a long way from the original subject may be split, moved or locked.",
            "This board is for moorings matters; questions about racing, the bar or the social calendar should go to "
            "the club secretary.",
            "Please do not make the same point across several threads.",
        ),
    ),
    (
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "{Cs} that advertise goods or services, or link to commercial websites, will be deleted.",
            "Members may offer their own duplicates for sale or swap, but dealers should contact the secretary about "
            "paid advertising in the bulletin.",
            "Fundraising appeals, petitions and surveys need permission from {mods} before they are posted.",
            "Chain letters, get-rich-quick schemes and links to unproven 'cures' will be removed and the account may "
            "be closed.",
            "Please do not use the board to sell race entries or pass on numbers; use the organiser's official "
            "transfer system.",
        ),
    ),
    (
        ("Your name", "Usernames", "Accounts", "Do I have to use my real name?", "One account each", "Registration"),
        (
            "All {cs} must carry your real name and the town or village where you live, though we may withhold the "
            "name on request.",
            "You may use a nickname on the forum, but you must register with a valid email address, which is never "
            "shown to other members.",
            "One account per person, please; anyone found using more than one will have all of them suspended.",
            "Do not pretend to be someone else, including other members, reporters, committee members or public "
            "figures.",
            "Usernames that are offensive, or that could be mistaken for a club officer's title, will be changed "
            "without notice.",
        ),
    ),
    (
        ("The law", "Defamation", "Legal matters", "Is it libel?", "Contempt of court", "Stay within the law"),
        (
            "You are legally responsible for what you post; do not accuse anyone of a crime or wrongdoing that has not "
            "been proven in court.",
            "Do not discuss cases before the courts in a way that could prejudice a fair trial, and never name the "
            "victim of a sexual offence.",
            "The law of defamation applies online just as it does in print, and you could be sued over something you "
            "wrote here.",
            "Vermont and federal law apply to everything published on this site, and we will cooperate with law "
            "enforcement where the law requires it.",
            "Anything that breaks Solomon Islands law, including defamation and contempt of court, will be taken down.",
        ),
    ),
    (
        ("Copyright", "Photos and images", "Other people's work", "Can I post a picture I found online?"),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not copy whole articles from other newspapers; a short quote and a link is enough.",
            "Scans of stamps and covers taken from a dealer's catalogue or an auction house should credit the source.",
            "By posting you allow us to publish your {c} in print and online, and to edit it for length.",
            "Race photographs belong to the photographers who took them; please ask before using them elsewhere.",
        ),
    ),
    (
        ("Reporting a problem", "Report abuse", "Something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please don't feed an argument: report it and let {mods} deal with it.",
            "You can also email the newsroom with the date and time of the {c} and why you think it should come down.",
            "Every report is looked at, though we cannot always tell you what action was taken.",
            "Concerns about a fellow boat owner should be raised with the moorings officer in person or in writing, "
            "not on the noticeboard.",
        ),
    ),
    (
        ("Our decision is final", "Editor's discretion", "The committee's discretion", "Who decides?", "Removal"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on any posting is final, and no correspondence will be entered into about "
            "removed {cs}.",
            "{mods} may remove anything they consider unsuitable, even where it is not covered by these rules.",
            "Publishing a {c} does not mean that the paper or the club agrees with it.",
            "These rules may be changed at any time; the version on this page is the one that applies.",
        ),
    ),
    (
        ("Corrections", "Spotted a mistake?", "Got a story?", "News tips", "Corrections and complaints"),
        (
            "If we have got something wrong, please tell the news desk directly so we can correct it, rather than "
            "pointing it out in the {cs}.",
            "Have a story from Cinderford, Coleford, Lydney or anywhere else in the Forest? Email the newsroom or call "
            "in at the office.",
            "News from your town, your sugarhouse or your school? Send it to the editor by Monday noon for that week's "
            "paper.",
            "Results and race reports for the newsletter should go to the press officer, not to this board.",
            "Complaints about our reporting are handled under our complaints procedure, not in public.",
        ),
    ),
    (
        ("Language", "Swearing", "Bad language", "Which language should I use?", "Keep it clean", "Write clearly"),
        (
            "Please post in English so that everyone can follow the discussion; Pijin words are fine where the meaning "
            "is clear.",
            "No swearing, including words with letters replaced by asterisks.",
            "Please don't write in capital letters, which reads as shouting.",
            "Keep {cs} short: two or three paragraphs is plenty.",
            "Text speak and long strings of emojis are hard to read, especially for members whose eyesight or "
            "concentration is affected by HD.",
        ),
    ),
    (
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspension",
            "Sanctions",
            "Three strikes",
        ),
        (
            "Members who break these rules will normally get a warning first; repeated breaches will lead to a ban.",
            "Serious breaches, such as threats or abuse, lead to an immediate and permanent ban.",
            "Banned users who register again under another name will be removed without notice.",
            "Misuse of the moorings noticeboard may be referred to the general committee under the club's "
            "disciplinary rules.",
            "We follow a three-strikes policy: a warning, a week's suspension, then removal.",
        ),
    ),
    (
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety first",
            "Can I trust advice posted here?",
            "Water safety",
        ),
        (
            "Nothing posted here is medical advice; always talk to your neurologist, GP or genetic counsellor before "
            "changing treatment.",
            "Experiences shared by members are personal and may not apply to you, especially when it comes to drugs, "
            "trials or genetic testing.",
            "Water temperatures and conditions posted by members are for guidance only; check the board at the gate "
            "and swim within your limits.",
            "Routes shared on the board are not checked by the club; run in daylight where you can and tell someone "
            "where you are going.",
            "If you are in crisis or having thoughts of suicide, please contact Samaritans on 116 123 or the emergency "
            "services rather than posting here.",
        ),
    ),
    (
        ("Club business", "Official notices", "Mooring allocations", "Is this the place to raise a grievance?"),
        (
            "Disputes about mooring allocations, fees or the waiting list should be put in writing to the moorings "
            "secretary.",
            "Only notices from the committee are official; anything else on this board is members' opinion.",
            "Grievances against the club or its officers go through the complaints procedure in the constitution, "
            "not the forum.",
            "Minutes are posted once approved; please don't publish drafts or discuss items taken in confidence.",
            "Questions about opening hours, prices and cleaning closures should go to the operator, as the Friends "
            "group does not run the pool.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; a quarter draw one of the others.
COMMENT_WORD_259 = ("comment", "comments")
OTHER_WORDS_259: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("posting", "postings"),
)

# Who looks after the site, as (how sentences name them, how a sign-off line signs for them).
MODERATORS_259: tuple[tuple[str, str], ...] = (
    ("the moderators", "The Moderators"),
    ("the editor", "The Editor"),
    ("the committee", "The Committee"),
    ("the web team", "Web team"),
    ("the news desk", "News desk"),
    ("the forum team", "The Forum Team"),
    ("the club secretary", "Hon. Secretary"),
    ("our volunteer moderators", "On behalf of the moderators"),
    ("the admins", "Admin"),
    ("the moorings committee", "Moorings Committee"),
)

# Opening lines, filled with the site's word; those saying "comment" are kept from sites that never say it.
POLICY_INTROS_259: tuple[str, ...] = (
    "We welcome your views and ask only that you follow these simple rules.",
    "Please read the following before posting.",
    "This forum is for everyone affected by Huntington's disease. To keep it safe and supportive, we ask every "
    "member to follow these guidelines.",
    "Comments are open on most of our stories, provided they keep to the rules below.",
    "The noticeboard is run by volunteers for the benefit of members.",
    "By posting on this site you agree to the following terms.",
    "We are glad to publish {cs} from readers in Honiara and the provinces, on these conditions.",
    "A few ground rules for the members' board, agreed by the committee.",
)

# Closing lines, filled with the site's word like the opening lines.
POLICY_CLOSINGS_259: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Happy running, and see you at the next fixture.",
    "Tagio tumas.",
    "Questions about these rules can be sent to the editor.",
    "If in doubt, leave it out.",
    "Agreed by the committee and reviewed each year at the AGM.",
    "Thank you for reading, and for your {cs}.",
    "See you at the lido!",
    "Thanks for commenting.",
)

# Titles a site prints over its policy; those saying "comment" are kept from sites that never say it.
POLICY_TITLES_259: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms",
    "Comment policy",
    "Rules of the board",
    "Guidelines for readers' comments",
    "Terms of use for the members' noticeboard",
    "Moorings noticeboard: rules of use",
    "Code of conduct",
    "Letters and online policy",
)

# British spellings used above and in the printing habits below, and how an American-spelling site prints them.
AMERICAN_259: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "organiser": "organizer",
    "catalogue": "catalog",
    "counsellor": "counselor",
}

# Lines some sites print between the opening and the rules, or to set off the last rules.
SECTION_LINES_259: tuple[str, ...] = ("* * *", "-----", "~ ~ ~", "———", "The rules", "In brief", "Please note")

# Words some sites put before a rule they want noticed.
EMPHASIS_WORDS_259: tuple[str, ...] = ("Please note:", "IMPORTANT:", "NB:", "Remember:")

# Month names for the last-updated line.
MONTHS_259: tuple[str, ...] = (
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

# Words kept in lower case when a heading is printed in title case.
SMALL_WORDS_259 = frozenset(("a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to"))


def _roman_259(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    unit_numerals = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + unit_numerals[units]


def _title_case_259(text: str) -> str:
    """``text`` with each word raised but the small ones, the first word always raised."""
    words = text.split(" ")
    raised = [
        word if (index and word.lower() in SMALL_WORDS_259) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    ]
    return " ".join(raised)


def _marker_259(style: str, number: int, section: int) -> str:
    """The list marker a site of ``style`` prints before its ``number``-th item (in section ``section``)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    roman = _roman_259(number)
    markers = {
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-both": f"({number})",
        "letter-stop": f"{letter}.",
        "letter-bracket": f"{letter})",
        "letter-both": f"({letter})",
        "roman-stop": f"{roman}.",
        "roman-both": f"({roman})",
        "roman-capital": f"{roman.upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "rule-colon": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "section-number": f"{section}.{number}",
        "section-sign": f"\u00a7{number}",
        "clause": f"Clause {number}.",
    }
    return markers[style]


def _last_updated_259(rng: random.Random) -> str:
    """A last-updated line in one of the shapes these sites print."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_259), rng.randint(2016, 2026)
    shapes = (
        f"Last updated: {day} {month} {year}",
        f"Last updated {day} {month} {year}.",
        f"Updated {month} {day}, {year}",
        f"Revised at the AGM, {month} {year}.",
        f"Reviewed by the committee {day:02d}/{MONTHS_259.index(month) + 1:02d}/{year}",
        f"These rules take effect from {day} {month} {year}.",
        f"(Rev. {month} {year})",
    )
    return rng.choice(shapes)


def _items_259(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``.

    A site draws its word for what readers send (``comment`` three times in four, otherwise post, message, reply,
    letter and the like, in which case no line of it says "comment") and who moderates it; how many kinds it prints
    (two to five for one site in five, six to sixteen for the rest), in table order or shuffled; whether each item
    has one, up to two, up to three or two to three sentences; its headings in sentence case, title case or
    capitals, or none, and where they stand (a part of their own, bare or with a stop or colon, or run in before the
    first sentence after a colon, stop or dash), perhaps wrapped in asterisks; its list markers (numbers, letters or
    roman numerals with stops or brackets, bullets, dashes, "Rule 1:", section numbers, section signs, clauses) or
    none; and its own habits: a section line, a last-updated line at the top or foot, a warning word before one
    sentence, a sign-off by whoever moderates. ``_furnish`` then adds an opening, closing and title line by chance,
    American spelling and curly quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_259 if says_comment else rng.choice(OTHER_WORDS_259)
    moderators, sign_off = rng.choice(MODERATORS_259)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[0].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_259)), count)
    if rng.random() < 0.6:
        kinds.sort()
    sentence_counts = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3), (1, 2)))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    starred = heading_case != "none" and rng.random() < 0.1
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "number-stop",
            "number-stop",
            "number-bracket",
            "number-both",
            "letter-stop",
            "letter-bracket",
            "letter-both",
            "roman-stop",
            "roman-both",
            "roman-capital",
            "bullet",
            "bullet",
            "dash",
            "en-dash",
            "asterisk",
            "rule-colon",
            "rule-dash",
            "section-number",
            "section-sign",
            "clause",
        )
    )
    section = rng.randint(1, 9)
    emphasised_item = rng.randrange(count) if rng.random() < 0.2 else -1
    emphasis_word = rng.choice(EMPHASIS_WORDS_259)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_259[kind]
        chosen = rng.sample(sentences, rng.randint(*sentence_counts))
        parts = [filled(sentence) for sentence in chosen]
        if number - 1 == emphasised_item and not heading_place.startswith("run"):
            parts[0] = f"{emphasis_word} {parts[0]}"
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_259(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if starred:
            heading = f"*{heading}*"
        marker = _marker_259(marker_style, number, section) if marker_style else ""
        if heading_case == "none":
            item = ("", " ".join(filter(None, (marker, parts[0]))), *parts[1:])
        elif heading_place.startswith("own"):
            if not heading.endswith("?") and heading_place != "own":
                heading += "." if heading_place == "own-stop" else ":"
            item = (" ".join(filter(None, (marker, heading))), *parts)
        else:
            joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[heading_place]
            if heading.endswith("?"):
                joiner = " "
            elif joiner == " \u2013 " and marker.endswith("\u2013"):
                joiner = ": "
            run_in = " ".join(filter(None, (marker, heading))) + joiner + parts[0]
            item = ("", run_in, *parts[1:])
        items.append(item)

    if rng.random() < 0.15:
        items.insert(rng.randint(0, min(2, len(items))), (rng.choice(SECTION_LINES_259), ""))
    if rng.random() < 0.25:
        updated = ("", _last_updated_259(rng))
        if rng.random() < 0.4:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(("", "\u2014 ", "- ")) + sign_off))

    def allowed(lines: tuple[str, ...]) -> list[str]:
        kept = [line.format(**fill) for line in lines]
        return kept if says_comment else [line for line in kept if "comment" not in line.lower()]

    return _furnish(
        items, rng, allowed(POLICY_INTROS_259), allowed(POLICY_CLOSINGS_259), allowed(POLICY_TITLES_259), AMERICAN_259
    )
