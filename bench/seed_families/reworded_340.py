"""The ``reworded-340`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Heir Island news, Weardale and Teesdale valley papers, Palouse weeklies, race walking and pole vault
clubs, cactus and succulent societies, rosacea and retinitis forums, estate residents' panels, synagogue and chapel
heritage volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): five or six headings a site may choose from
# (questions among them) and five sentences. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what
# readers send (singular, plural, capitalised) and ``{mods}`` for whoever looks after the site.
REWORDINGS_340: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Courtesy costs nothing",
            "How should I treat other members?",
            "Respect",
            "Keep it friendly",
            "Personal attacks",
        ),
        (
            "Argue with the point, never with the person making it.",
            "Name-calling, sneering and pile-ons will see your {c} removed, however right you think you are.",
            "Most of us will meet at the shop, the show field or the track sooner or later, so write as you would "
            "speak there.",
            "Disagreement is welcome; contempt is not.",
            "Please treat officials, judges and fellow members with the courtesy you would expect at a meeting.",
        ),
    ),
    # hatred and discrimination
    (
        ("Hate speech", "No hatred", "Discrimination", "What counts as hateful?", "Prejudice of any kind"),
        (
            "We remove anything that attacks people for their race, religion, nationality, disability, sex, sexual "
            "orientation or gender identity.",
            "Antisemitism, anti-Catholic jibes and sectarian remarks have no place here, whatever the history of the "
            "building being discussed.",
            'Jokes at the expense of Travellers, incomers or "blow-ins" count too.',
            "Incitement to hatred is an offence, and we will pass serious cases to the Gardaí or the police.",
            "Mocking someone's appearance, skin or sight loss will be treated as harassment and removed without "
            "discussion.",
        ),
    ),
    # privacy
    (
        (
            "Privacy",
            "Personal information",
            "Don't share details",
            "Can I post someone's address?",
            "Other people's privacy",
        ),
        (
            "Do not post phone numbers, email addresses, home addresses or house names, yours or anyone else's.",
            "Please do not name neighbours in complaints about noise, parking or bins; tell the housing officer "
            "instead.",
            "Burial and census records are welcome, but leave out details of anyone who may still be living.",
            "Photos of faces, before-and-after pictures included, may only be posted by the person pictured.",
            "A full genetic test report can identify you and your relatives, so think twice before sharing one.",
        ),
    ),
    # safeguarding
    (
        (
            "Safeguarding",
            "Children and young people",
            "Protecting juniors",
            "Who do I tell if I'm worried about a young athlete?",
            "Welfare concerns",
        ),
        (
            "Do not post photos or results that name athletes under 18 unless a parent or guardian has agreed.",
            "If you are worried about a child or vulnerable adult, contact the club welfare officer directly rather "
            "than posting about it.",
            "Private messaging between adult members and juniors is not allowed.",
            "Where someone is in immediate danger, call 999 (112 in Ireland, 911 in the US) before doing anything "
            "else.",
            "Anything that sexualises or endangers a child is removed at once and reported to the police.",
        ),
    ),
    # moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
            "{Cs} are checked first",
        ),
        (
            "Every {c} is read by a person before it appears, so please be patient.",
            "Everything is checked by {mods} in spare time, so a {c} sent late on a Friday may wait until Monday.",
            "We do not moderate on Shabbat or on festivals, so {cs} sent then will wait until the evening after.",
            "The ferry and the weather decide a lot on the island, including how quickly {cs} get checked.",
            "Sending the same {c} several times will not speed it up and may hide it from us.",
        ),
    ),
    # staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Which board should I use?", "Relevance"),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "Plant identification requests go on the ID board, with a clear photo of the whole plant, pot and all.",
            "Pole, runway and judging questions belong in the technical section, not under meeting results.",
            "Wider arguments about the council, the county or national politics belong somewhere else.",
            "Threads that drift a long way off topic may be split, moved or locked.",
        ),
    ),
    # advertising and spam
    (
        ("Advertising", "No spam", "Selling and swapping", "Can I advertise my business?", "Adverts and links"),
        (
            "Do not use {cs} to advertise goods, services, events or websites.",
            "Plants and seed may be offered only on the sales and swaps board, and never habitat-collected material "
            "or CITES Appendix I species without the papers.",
            'Links to "miracle cure" creams, supplements or clinics will be deleted and the account closed.',
            "Holiday lets, boat trips and B&Bs can be advertised through the paper, not in {cs}.",
            "Repeated links to the same website will be treated as spam.",
        ),
    ),
    # names and accounts
    (
        ("Your name", "Real names", "Accounts", "Do I have to use my real name?", "Usernames", "One account each"),
        (
            "Please post under your own name; we do not publish anonymous {cs}.",
            "A username is fine, but it must not impersonate another person, club or organisation.",
            "One account per person; a second account used to dodge a ban will be closed along with the first.",
            "Panel members should say which block or street they live on but need not give a flat number.",
            "We may ask you to confirm your email address or membership number before your first {c} appears.",
        ),
    ),
    # the law
    (
        ("The law", "Legal", "Defamation", "Libel and contempt", "Could I be sued for what I post?"),
        (
            "You are legally responsible for what you write, and a {c} can be defamatory just as an article can.",
            "Do not accuse a named person of a crime, of dishonesty or of incompetence unless you can prove it.",
            "Once someone has been arrested or charged, say nothing that could prejudice a trial; contempt of court "
            "applies online too.",
            "Under the Defamation Act 2009 we must act on complaints, so a {c} that is challenged may be taken down "
            "while we look into it.",
            "Whitman and Latah county cases are reported from court records; please do not speculate about guilt.",
        ),
    ),
    # copyright
    (
        ("Copyright", "Other people's work", "Photos and text", "Can I post a photo I found?", "Quoting"),
        (
            "Only post photos and text you own or have permission to use.",
            "Short quotations are fine if you say where they come from; whole articles are not.",
            "Old chapel photographs and plans often belong to an archive or the county record office, so ask before "
            "uploading them.",
            "By posting you give us permission to publish your {c} here and in print.",
            "Pictures by the official meet photographer may be shared with a credit but must not be cropped or edited.",
        ),
    ),
    # reporting
    (
        ("Reporting", "Report a problem", "How do I flag a {c}?", "Flagging", "Seen something wrong?"),
        (
            "If you see something that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous and are read by {mods}, usually within a day.",
            "Please don't argue with a troll in public; report and move on.",
            "Tell us which rule you think has been broken, as it speeds things up.",
            "Using the report button to silence people you disagree with is itself a breach of these rules.",
        ),
    ),
    # the editor's or committee's discretion
    (
        ("Our discretion", "Final say", "The editor's decision", "Who decides?", "Editorial judgement"),
        (
            "{mods} may edit, hold back or remove any {c} without giving a reason.",
            "The editor's decision on what is published is final.",
            "These rules are a guide, not a contract, and we will use common sense where they do not quite fit.",
            "The committee may change these guidelines at any meeting, and the current version will always be on "
            "this page.",
            "We will not enter into correspondence about {cs} that have been removed.",
        ),
    ),
    # corrections and news tips
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Errors and tips"),
        (
            "If we have got something wrong, email the editor rather than pointing it out in the {cs}; we correct "
            "errors promptly.",
            "Got a story from Stanhope, St John's Chapel or Middleton-in-Teesdale? Send it to the newsdesk rather "
            "than posting it here.",
            "Results from the latest walks or vault meets should go to the results secretary so the rankings can be "
            "updated.",
            "Corrections are noted at the foot of the article with the date they were made.",
            "News of the island, from the ferry timetable to a new arrival, can be emailed to us or handed in at the "
            "pier.",
        ),
    ),
    # language
    (
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Writing style", "Plain English"),
        (
            "No swearing, including words with letters starred out.",
            "Please don't type in capitals; it reads as shouting and screen readers may spell it out letter by letter.",
            "Describe any image you post in a line of text so that members using screen readers are not left out.",
            "Write in English or Irish; {cs} in other languages can't be moderated and won't be published.",
            "Text-speak and long strings of emoji are hard to follow, so keep them to a minimum.",
        ),
    ),
    # warnings and bans
    (
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Three strikes", "Suspensions"),
        (
            "A first breach usually earns a warning by private message.",
            "Repeated or serious breaches will lead to a suspension or a permanent ban.",
            "Banned members may appeal once, in writing, to the committee.",
            "We work on a three-strikes basis, though threats or hatred mean an immediate ban.",
            "Bans apply to the person, not just the account.",
        ),
    ),
    # safety and medical advice
    (
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Can I recommend a treatment?",
            "Health information",
        ),
        (
            "Nothing posted here is medical advice; talk to your GP, dermatologist or eye specialist before changing "
            "any treatment.",
            "Never suggest that someone stops a prescribed medicine such as ivermectin cream, metronidazole or "
            "brimonidine.",
            "Claims about stem cell or gene therapy clinics must link to a published trial or a registered study.",
            "Do not advise juniors on pole choice or grip height; that is the job of a qualified coach at the pit.",
            "Euphorbia sap and some pesticides are harmful, so follow the label and wear gloves, whatever a post says.",
        ),
    ),
    # repairs and housing complaints (estate panels)
    (
        (
            "Repairs",
            "Reporting repairs",
            "Is this the place to report a repair?",
            "Complaints about your home",
            "Housing issues",
        ),
        (
            "This page is not the way to report a repair; use the repairs line or the online form so that it is "
            "logged.",
            "The panel cannot deal with individual tenancy, rent or arrears cases in {cs}.",
            "Raise anti-social behaviour with the housing officer or with the police on 101, not in public.",
            "Panel minutes are published after each meeting, and questions about them are welcome here.",
            "Councillors and officers may read and reply, but they speak for themselves, not for the panel.",
        ),
    ),
    # respect for faith (synagogue and chapel heritage)
    (
        (
            "Respect for faith",
            "Places of worship",
            "Religious debate",
            "Can I discuss religion?",
            "Belief and heritage",
        ),
        (
            "This is a heritage project, not a place to argue about whose faith is right.",
            "Please be respectful of the congregations, living and past, whose buildings and records we look after.",
            "Questions about Jewish or Methodist practice are welcome if they are asked in good faith.",
            "Volunteers of every faith and none take part, and everyone should feel welcome.",
            "Do not post pictures taken inside a working synagogue or chapel without the permission of its trustees.",
        ),
    ),
)

# What a site calls what readers send (singular, plural): most sites say "comment"; the rest never do.
COMMENT_WORDS_340: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_340: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("response", "responses"),
    ("note", "notes"),
)

# Who looks after a site, as it names them mid-sentence (the function capitalises a sentence's first letter).
MODERATORS_340: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the newsdesk",
    "the committee",
    "the forum team",
    "the panel's volunteers",
    "the site admins",
    "the heritage team",
    "the club secretary",
)

# Opening lines a site may print before its rules (placeholders filled per site).
POLICY_INTROS_340: tuple[str, ...] = (
    "We welcome your {cs}, but please read the following before posting.",
    "These guidelines apply to everything posted on this site.",
    "By posting you agree to abide by the rules below.",
    "A few house rules keep this a pleasant place for readers up and down the dale.",
    "The club forum is open to members and friends; please take a moment to read the rules.",
    "Please read these house rules before you join the conversation.",
    "Our noticeboard is for residents of the estate, and these terms apply to everyone who uses it.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_340: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to the editor.",
    "Enjoy the forum, and thanks for taking part.",
    "Happy growing!",
    "These rules were agreed by the committee and are reviewed at each AGM.",
    "Thank you for reading, and for your {cs}.",
)

# Title lines a site may print above its rules.
POLICY_TITLES_340: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Guidelines for contributors",
    "Noticeboard terms",
    "Before you post",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_340: dict[str, str] = {
    "organisation": "organization",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "offence": "offense",
    "judgement": "judgment",
    "sexualises": "sexualizes",
    "favour": "favor",
    "colour": "color",
    "apologise": "apologize",
    "recognise": "recognize",
    "criticise": "criticize",
    "licence": "license",
    "centre": "center",
    "programme": "program",
}

# Small words that title-case headings leave in lower case.
SMALL_WORDS_340: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "is")
)

# Sign-off lines a site may print under its rules.
SIGN_OFFS_340: tuple[str, ...] = (
    "Thanks, the forum team",
    "The Editor",
    "The Committee",
    "Best wishes, the panel",
    "With thanks, the heritage volunteers",
    "Shalom, and thank you",
)

# Section lines a site may print above its rules.
SECTION_LINES_340: tuple[str, ...] = (
    "Section 4: Community standards",
    "Part 3 - Using the forum",
    "Appendix B: Noticeboard terms",
    "Forum rules (please read before posting)",
    "Terms of use, part 2",
)

# Contact lines a site may print after its rules.
CONTACT_LINES_340: tuple[str, ...] = (
    "Questions about these rules? Use the Contact us page.",
    "To raise a concern, email the moderators at mods [at] this site's address.",
    "Queries to the secretary, c/o the chapel vestry.",
    "Concerns can be raised with any panel member or at the next meeting.",
)

# Month names for last-updated lines.
MONTHS_340: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
)  # fmt: skip


def _roman_340(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_340(heading: str) -> str:
    """``heading`` in title case, small words left lower case except the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_340 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _last_updated_340(rng: random.Random) -> str:
    """A last-updated line, in one of the date styles such sites print."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2026)
    return rng.choice(
        (
            f"Last updated: {day} {MONTHS_340[month - 1]} {year}.",
            f"Last updated {day:02d}/{month:02d}/{year}",
            f"Updated {MONTHS_340[month - 1]} {year}.",
            f"Reviewed by the committee, AGM {year}.",
            f"Revised {MONTHS_340[month - 1]} {day}, {year}.",
        )
    )


def _marker_340(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` numbers section-style markers)."""
    markers = {
        "number": f"{number}.",
        "paren": f"{number})",
        "letter": f"{chr(96 + number)})" if number <= 26 else f"{number})",
        "bracket letter": f"({chr(96 + number)})" if number <= 26 else f"({number})",
        "roman": f"{_roman_340(number)}.",
        "upper roman": f"{_roman_340(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "dash": "-",
        "en dash": "\u2013",
        "rule colon": f"Rule {number}:",
        "rule dash": f"Rule {number} \u2013",
        "section": f"{section}.{number}",
        "sign": f"\u00a7{number}",
    }
    return markers[style]


def _items_340(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (a quarter of sites never say "comment") and who moderates; how many
    item kinds it prints (2-5 for some sites, 6-16 for most) and whether in table order or shuffled; how many
    sentences an item may carry (one to three, each item drawing up to that); whether it prints headings and, if so,
    their case (as written, title case or capitals), an emphasis style, and where they stand (a part of their own,
    bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or none; and
    printing habits of its own: a section line above, a last-updated line above or below, a contact line and a
    sign-off. The opening, closing and title lines, American spelling and curly quotes come from ``_furnish``."""
    singular, plural = COMMENT_WORDS_340 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_340)
    moderators = rng.choice(MODERATORS_340)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_340)), count)
    if rng.random() < 0.6:
        kinds.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 2, 3))

    headed = rng.random() < 0.75
    case = rng.choice(("as written", "as written", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "", "**", "__", "[b]"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    run_dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    marker_style = rng.choice(
        (
            "", "", "", "number", "number", "paren", "letter", "bracket letter", "roman", "upper roman", "bullet",
            "star", "dash", "en dash", "rule colon", "rule dash", "section", "sign",
        )
    )  # fmt: skip
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_340[kind]
        chosen = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [filled(sentence) for sentence in chosen]
        marker = _marker_340(marker_style, number, section) if marker_style else ""
        if not headed:
            if marker:
                parts[0] = f"{marker} {parts[0]}"
            items.append(("", *parts))
            continue
        heading = filled(rng.choice(headings))
        if case == "title":
            heading = _title_case_340(heading)
        elif case == "capitals":
            heading = heading.upper()
        # the stop or colon a heading carries stands inside its emphasis; a dash after it, outside
        mark = {"own stop": ".", "own colon": ":", "run colon": ":", "run stop": "."}.get(placement, "")
        if not heading.endswith("?"):
            heading += mark
        if emphasis == "[b]":
            heading = f"[b]{heading}[/b]"
        elif emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if marker:
            heading = f"{marker} {heading}"
        if placement.startswith("own"):
            items.append((heading, *parts))
        else:
            joiner = run_dash if placement == "run dash" and not heading.endswith("?") else " "
            items.append(("", heading + joiner + parts[0], *parts[1:]))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_340), ""))
    if rng.random() < 0.2:
        updated = ("", _last_updated_340(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(CONTACT_LINES_340)))
    if rng.random() < 0.12:
        sign_off = rng.choice((*SIGN_OFFS_340, filled(moderators)))
        items.append(("", rng.choice(("", "\u2014 ", "- ")) + sign_off))

    intros = [filled(intro) for intro in POLICY_INTROS_340]
    closings = [filled(closing) for closing in POLICY_CLOSINGS_340]
    titles = [filled(title) for title in POLICY_TITLES_340]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_340)
