"""The ``reworded-356`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Oronsay and Shuna bulletins, Grisedale and Longsleddale papers, Asotin and Tucannon weeklies, fistball
and goalball clubs, clog making and spoon carving guilds, Pompe and Batten disease forums, conker and stone skimming
championship committees, flint knapping heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences): five or six headings a site may give the item
# (questions among them) and five sentences it may say under it. ``{c}``/``{cs}`` are the site's word for what
# readers send (singular/plural), ``{C}``/``{Cs}`` the same capitalised, ``{mods}`` whoever looks after the site.
REWORDINGS_356: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        ("Be civil", "Respect other readers", "Play the ball, not the player", "How should I disagree?", "Courtesy"),
        (
            "Disagree as strongly as you like with an argument, but do not attack the person making it.",
            "Personal abuse, name-calling and goading other readers will see your {c} removed.",
            "This is a small island and most of us will meet at the pier or the shop, so write as you would speak to a"
            " neighbour's face.",
            "Many members here have lost a child or are caring for one, so please be gentle, even when you disagree.",
            "Sarcasm and sneering rarely read well on a screen; if in doubt, leave it out.",
        ),
    ),
    # Hatred and discrimination.
    (
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hate?", "Equality and respect"),
        (
            "We will not publish {cs} that attack people for their race, religion, disability, sex, sexual orientation"
            " or gender identity.",
            "Stirring up hatred is a criminal offence under the Hate Crime and Public Order (Scotland) Act 2021, and"
            " such material will be passed to Police Scotland.",
            "Jokes about anyone's sight, or lack of it, have no place on a goalball club's pages, however well they"
            " are meant.",
            "Slurs, stereotypes and coded language are removed, including when they are aimed at offcomers,"
            " holidaymakers or folk from over the pass.",
            "Mocking anyone's condition, appearance or way of speaking will lead to an immediate ban.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Protect your privacy",
            "Can I share someone's address?",
            "Photos of people",
        ),
        (
            "Do not put phone numbers, email or home addresses, yours or anyone else's, in a {c}.",
            "Please ask before naming another family's child or sharing their diagnosis; what is shared in the group"
            " should stay in the group.",
            "Photographs of members should only be shared with their permission, and never with car registrations or"
            " house names showing.",
            "If you want to get in touch with another reader, ask {mods} to pass on your details rather than posting"
            " them for all to see.",
            "We handle the personal data you give us in line with the UK GDPR and the Data Protection Act 2018, and"
            " we never show your email address.",
        ),
    ),
    # Safeguarding.
    (
        ("Safeguarding", "Children and young people", "Protecting juniors", "Keeping everyone safe", "Worried?"),
        (
            "Do not name or post photographs of junior players without written consent from a parent or guardian.",
            "Adults must not send private messages to members under 18; all contact about training and fixtures goes"
            " through the club's welfare officer.",
            "If a {c} makes you think someone is in danger, contact the emergency services first and tell {mods}"
            " afterwards.",
            "Anyone who appears to be grooming or targeting a child will be banned and reported to the police without"
            " warning.",
            "If you are struggling yourself, Samaritans can be reached free at any hour on 116 123, and in the US the"
            " 988 Suicide and Crisis Lifeline answers calls and texts.",
        ),
    ),
    # Moderation and its delays.
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go up?"),
        (
            "Every {c} is read by a person before it appears, so there may be a delay.",
            "The bulletin is put together by volunteers, and {cs} sent on a Friday evening may not appear until the"
            " Monday.",
            "Our broadband relies on a single link to the mainland, so please be patient if a {c} takes a day or two"
            " to go up.",
            "{Cs} are checked during office hours, Monday to Thursday, and may wait until the paper has gone to press.",
            "Sending the same {c} several times will not speed it up and may land it in the spam folder.",
        ),
    ),
    # Staying on topic.
    (
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Is this the right thread?", "Relevance"),
        (
            "Keep {cs} to the subject of the story or thread they appear under.",
            "Please take talk of the ferry timetable to the transport page rather than every thread on the bulletin.",
            "Questions about fixtures, kit and training times belong in the club notices section, not under match"
            " reports.",
            "If your question is a different one, start a thread of your own rather than taking over someone else's.",
            "Long-running arguments about the road, the wind farm or the school will be moved to a thread of their"
            " own.",
        ),
    ),
    # Advertising, selling and spam.
    (
        ("No advertising", "Spam", "Selling and advertising", "Can I promote my business?", "Adverts", "Buy and sell"),
        (
            "{Cs} that advertise goods, services or websites will be deleted.",
            "Island businesses may place one notice a month free of charge; anything more is treated as an advert and"
            " charged at the usual rate.",
            "Members may sell their own spoons, bowls, clogs and tools in the marketplace thread, but not elsewhere on"
            " the forum.",
            "Fundraising pages and appeals for treatment must be approved by {mods} before they go up.",
            "Links to sellers of unlicensed treatments, supplements or so-called cures are removed on sight.",
        ),
    ),
    # Names and accounts.
    (
        ("Names and accounts", "Your username", "Who can post?", "One person, one account", "Real names"),
        (
            "{Cs} must carry the writer's full name and town, and we may telephone to check them before they run.",
            "Use your real name; anonymous {cs} are not published.",
            "Each member may hold one account, and accounts opened to get round a ban will be closed.",
            "Pretending to be another person, a club official or a member of staff will lead to an immediate ban.",
            "Usernames must not be offensive or include a website address or phone number.",
        ),
    ),
    # The law.
    (
        ("The law", "Legal matters", "Defamation", "Court cases", "Is it legal?", "Contempt of court"),
        (
            "You are legally responsible for what you write, and a {c} that harms someone's reputation without good"
            " reason may be defamatory.",
            "Once someone has been arrested or charged, do not speculate about their guilt; under the Contempt of Court"
            " Act 1981 that can prejudice a trial.",
            "Never name the victim of a sexual offence, even if you think everybody in the valley already knows.",
            "We do not print {cs} from candidates in the last issue before an election, when no reply would be"
            " possible.",
            "Washington law protects your right to criticise public officials, but it does not protect false"
            " statements of fact about private people.",
        ),
    ),
    # Copyright.
    (
        ("Copyright", "Other people's work", "Can I post photos?", "Pictures and links", "Quoting"),
        (
            "Only post photographs and videos that you took yourself or have permission to use.",
            "Quote a short passage and link to the rest rather than pasting in whole articles from other papers.",
            "Carving patterns and clog designs shared by members remain their work and may not be sold or reprinted"
            " without asking.",
            "By sending a {c} you give us permission to publish it online and in print, but the copyright stays with"
            " you.",
            "Footage of international fistball tournaments belongs to the broadcaster and will be taken down if it is"
            " uploaded in full.",
        ),
    ),
    # Reporting.
    (
        ("Reporting", "Report a problem", "How do I report a {c}?", "Seen something wrong?", "Complaints"),
        (
            "Use the Report link under any {c} that you think breaks these rules.",
            "If you see something that worries you, email {mods} rather than replying to it in the thread.",
            "Reports are read by a person, usually within a day, and are kept confidential.",
            "Please do not report {cs} simply because you disagree with them.",
            "Complaints about our journalism rather than readers' {cs} should go to the editor; we follow the IPSO"
            " Editors' Code of Practice.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        ("Our decision is final", "Editor's discretion", "The committee's discretion", "Who decides?", "Editing"),
        (
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "Publishing a {c} does not mean we agree with it.",
            "The decision of {mods} on any {c} is final, and arguments about it will not be carried on in public.",
            "{Cs} may be cut, usually to about 250 words, and we print no more than one from the same writer each"
            " month.",
            "These rules may change from time to time, and the version on this page is the one that applies.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Corrections and tips"),
        (
            "If we have got something wrong, please email the office rather than leaving a {c}, so that it can be put"
            " right quickly.",
            "News from the dale is always welcome; ring the office or drop a note through the door at the old post"
            " office.",
            "Results, photographs and match reports from club games can be sent to the press officer for the next"
            " newsletter.",
            "We correct errors of fact promptly and note the correction at the foot of the article.",
            "Corrections to championship results must reach the recorder within seven days of the event.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Mind your language", "Which languages can I use?", "Writing for everyone"),
        (
            "Please do not swear; {cs} with bad language will not be published, even with the letters starred out.",
            "{Cs} in Gaelic are as welcome as those in English.",
            "Writing in capital letters reads as shouting and is hard to follow, so please avoid it.",
            "Many members read the forum through translation tools, so short, plain sentences help everyone.",
            "Members who use screen readers will thank you for describing any photograph you share in a line of text.",
        ),
    ),
    # Warnings and bans.
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "A first breach usually earns a warning, a second a suspension, and a third a permanent ban.",
            "Threatening behaviour or hate will lead to an immediate ban without warning.",
            "Banned members may appeal once, in writing, to {mods}.",
            "We may pass details of threats or harassment to the police.",
            "A suspended member can still read the forum but may not post until the suspension ends.",
        ),
    ),
    # Safety and medical advice.
    (
        ("Medical advice", "Not a substitute for your doctor", "Safety", "Can I ask about treatment?", "Stay safe"),
        (
            "Nothing posted here is medical advice; always speak to your metabolic team or neurologist before changing"
            " treatment.",
            "Members share their experience of enzyme replacement therapy, but what suits one child may not suit"
            " another.",
            "Knapping throws off razor-sharp flakes and fine dust, so any demonstration shared here should show eye"
            " protection, gloves and a leg pad, and be done out of doors.",
            "Carrying a fixed-blade or locking knife in public without good reason is an offence, so please do not"
            " advise others otherwise.",
            "The quarry pools on Easdale are deep and cold all year round, and no one should wade in to fetch a stone.",
        ),
    ),
    # Results, judging and disputes.
    (
        ("Results and disputes", "Judging", "Disagree with a result?", "Championship matters", "Appeals"),
        (
            "Disputes over a score or a count of skips are settled by the judges on the day and cannot be reopened"
            " here.",
            "Claims that a conker has been baked, soaked in vinegar or otherwise hardened should be raised with the"
            " referee at the table, not online.",
            "Please keep criticism of referees, umpires and organisers to the facts; they are volunteers who give up"
            " their weekends.",
            "Places are limited and allocated by the committee, and asking for one in a {c} does not reserve it.",
            "Any question about whether a stone is Easdale slate and under three inches goes to the stone marshal.",
        ),
    ),
    # Finds and heritage sites.
    (
        ("Finds and sites", "Archaeological sites", "Where did you find it?", "Protecting the past", "Artefacts"),
        (
            "Never give the location of a find spot or a scheduled monument; describe the area in general terms"
            " instead.",
            "Anything you think may be treasure must be reported to the coroner under the Treasure Act 1996, and we"
            " cannot advise on its value.",
            "Modern knapped pieces shown here must be described as reproductions, and marked as such if they are sold.",
            "Flints picked up from the fields can be recorded with the Portable Antiquities Scheme through your local"
            " Finds Liaison Officer.",
            "Digging at or damaging a scheduled monument is a criminal offence, and anything that encourages it will"
            " be removed and reported.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; about a quarter never do.
COMMENT_WORD_356: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_356: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("posting", "postings"),
)

# Who looks after the site, as it would stand mid-sentence.
MODERATORS_356: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the bulletin team",
    "the forum team",
    "our volunteers",
    "the admins",
    "the guild officers",
    "club officials",
    "the news desk",
    "the moderation team",
    "the steering group",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_356: tuple[str, ...] = (
    "Please read these rules before you send us a {c}.",
    "We welcome {cs} from readers and ask only that you keep to a few simple rules.",
    "This forum is run by families, for families, and these guidelines help keep it a safe and supportive place.",
    "By posting here you agree to the following.",
    "The bulletin is a noticeboard for everyone on the island, and these are its terms.",
    "These house rules were agreed by the committee and apply to everything on the club's pages.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_356: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Happy carving!",
    "See you at the championships.",
    "If in doubt, leave it out.",
    "These guidelines are reviewed at each annual general meeting.",
)

# Titles a site may print over its rules.
POLICY_TITLES_356: tuple[str, ...] = (
    "{C} policy",
    "{Cs} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Posting guidelines",
    "Rules for {cs}",
    "Guidelines for readers' {cs}",
    "Before you post",
    "Club rules for online {cs}",
)

# British spellings used in the sentences above -> American, each word as it is printed.
AMERICAN_356: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "criticise": "criticize",
    "behaviour": "behavior",
    "organisers": "organizers",
}

# Words title case leaves in lower case unless they open the heading.
SMALL_WORDS_356: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not")
)

# Lines some sites print above their rules, naming the part of a longer terms page they stand in.
SECTION_LINES_356: tuple[str, ...] = (
    "Section {n}: {Cs} and community",
    "Part {n} \u2014 Reader {cs}",
    "{n}. Community guidelines",
    "Schedule {n}: House rules",
    "{n}. Using the forum",
    "Section {n} \u2013 Online {cs}",
)

# What stands between a run-in heading and its sentence (emphasis closes before a dash, after a colon or stop).
RUN_IN_MARKS_356: dict[str, str] = {"run-colon": ":", "run-stop": ".", "run-dash": " \u2014", "run-en-dash": " -"}

# Month names for a site's last-updated line.
MONTHS_356: tuple[str, ...] = (
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

# Words some sites put before one rule to make it stand out.
EMPHASIS_WORDS_356: tuple[str, ...] = ("Important:", "Please note:", "NB:", "PLEASE NOTE:", "Note:")

# Sign-offs some sites print under their rules ({M} is who looks after the site, capitalised).
SIGN_OFFS_356: tuple[str, ...] = ("\u2014 {M}", "{M}", "With thanks, {m}", "Signed on behalf of {m}", "- {M}")


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised except the small ones after the first (hyphened parts too)."""
    words = heading.split(" ")
    cased = []
    for position, word in enumerate(words):
        if position and word.lower() in SMALL_WORDS_356:
            cased.append(word.lower())
        else:
            cased.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(cased)


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (1-based), or "" for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "none": "",
        "number-stop": f"{number}.",
        "number-bracket": f"{number})",
        "number-parens": f"({number})",
        "letter-bracket": f"{letter})",
        "letter-parens": f"({letter})",
        "letter-capital": f"{letter.upper()}.",
        "roman": f"{_roman(number)}.",
        "roman-capital": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "middle-dot": "\u00b7",
        "square": "\u25aa",
        "asterisk": "*",
        "hyphen": "-",
        "dash": "\u2013",
        "rule-colon": f"Rule {number}:",
        "rule-stop": f"Rule {number}.",
        "rule-dash": f"Rule {number} \u2014",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7{number}",
    }
    return markers[style]


def _items_356(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    The site draws its word for what readers send (``comment`` three times in four, else one of the other words, so
    that it never says "comment"), who looks after it, how many kinds of item it prints (two to five on one site in
    five, six to sixteen on the rest) and whether in the table's order or shuffled, and how many sentences an item may
    carry (one, up to two or up to three, each item drawing its sentences in order or not); then whether it prints
    headings and in which case (as written, title case or capitals), where they stand (a part of their own, bare or
    with a stop or colon, or run in before the first sentence after a colon, stop or dash; questions keep their own
    mark), an emphasis style for headings now and then, and a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section numbers or none). Some sites also print a line naming the section of a longer terms
    page, a last-updated line (British or American date), a word of emphasis before one rule, a sign-off, or leave the
    stop off one-sentence list items. The opening, closing and title lines, American spelling and curly quotes are
    left to :func:`_furnish`."""
    singular, plural = COMMENT_WORD_356 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_356)
    moderators = rng.choice(MODERATORS_356)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(text: str) -> str:
        filled = text.format(**words)
        return filled[:1].upper() + filled[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(REWORDINGS_356)
    if rng.random() < 0.5:
        kinds = rng.sample(kinds, count)
    else:
        kinds = [kinds[index] for index in sorted(rng.sample(range(len(kinds)), count))]
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    sentences_in_order = rng.random() < 0.6

    heading_case = rng.choice(("none", "none", "sentence", "sentence", "sentence", "title", "title", "capitals"))
    heading_place = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash", "run-en-dash"))
    emphasis = rng.choice(("", "", "", "", "", "", "", "", "**", "*"))
    marker_style = rng.choice(
        ("none",) * 8
        + ("number-stop",) * 3
        + ("number-bracket", "number-parens", "letter-bracket", "letter-parens", "letter-capital")
        + ("roman", "roman-capital", "bullet", "bullet", "middle-dot", "square", "asterisk", "hyphen", "dash")
        + ("rule-colon", "rule-stop", "rule-dash", "section", "section-sign")
    )
    if marker_style == "rule-colon" and heading_place == "run-colon":
        heading_place = "run-dash"
    section = rng.randint(2, 12)
    drop_list_stops = marker_style != "none" and most_sentences == 1 and rng.random() < 0.3

    emphasised = rng.randrange(count) if rng.random() < 0.2 and not heading_place.startswith("run") else -1
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = rng.sample(range(len(sentences)), rng.randint(1, most_sentences))
        if sentences_in_order:
            chosen.sort()
        parts = [fill(sentences[index]) for index in chosen]
        if drop_list_stops and len(parts) == 1:
            parts[0] = parts[0].rstrip(".")
        if number - 1 == emphasised:
            parts[0] = f"{rng.choice(EMPHASIS_WORDS_356)} {parts[0]}"
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if heading_case == "none":
            item = ["", *parts]
        elif heading_place.startswith("run"):
            if question:
                heading = f"{emphasis}{heading}{emphasis}"
            elif heading_place in ("run-colon", "run-stop"):
                heading = f"{emphasis}{heading}{RUN_IN_MARKS_356[heading_place]}{emphasis}"
            else:
                heading = f"{emphasis}{heading}{emphasis}{RUN_IN_MARKS_356[heading_place]}"
            item = ["", f"{heading} {parts[0]}", *parts[1:]]
        else:
            mark = {"own": "", "own-stop": ".", "own-colon": ":"}[heading_place]
            item = [f"{emphasis}{heading}{'' if question else mark}{emphasis}", *parts]
        marker = _marker(marker_style, number, section)
        if marker:
            first = 0 if item[0] else 1
            item[first] = f"{marker} {item[first]}"
        items.append(tuple(item))

    if rng.random() < 0.15:
        items.insert(0, (fill(rng.choice(SECTION_LINES_356).replace("{n}", str(section))), ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_356), rng.randint(2016, 2026)
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}",
                f"Last updated {month} {day}, {year}",
                f"Updated {day:02d}/{rng.randint(1, 12):02d}/{year}",
                f"These rules were last reviewed in {month} {year}.",
                f"Revised at the AGM, {month} {year}.",
            )
        )
        at_top = rng.random() < 0.3
        items.insert(0 if at_top else len(items), ("", updated))
    if rng.random() < 0.12:
        sign_off = rng.choice(SIGN_OFFS_356).replace("{M}", moderators.capitalize()).replace("{m}", moderators)
        items.append(("", sign_off))

    intros = [fill(line) for line in POLICY_INTROS_356]
    closings = [fill(line) for line in POLICY_CLOSINGS_356]
    titles = [fill(line) for line in POLICY_TITLES_356]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_356)
