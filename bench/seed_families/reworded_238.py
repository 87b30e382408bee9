"""The ``reworded-238`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bermuda news, Galloway papers, Oregon coast weeklies, curling clubs, folk dance societies, diabetes
parents' forums, park-home residents, model tramway groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds a site's policy is made of, in the order such sites most often print them. Each kind is
# (headings, sentences): a site prints one of the headings and one to three of the sentences. {c} {cs} {C} {Cs} are the
# site's word for what readers send (singular, plural, capitalised) and {mods} is who looks after the site.
REWORDINGS_238 = (
    (  # civility
        ("Be civil", "Mind your manners", "Courtesy to others", "Can I disagree with someone?", "Respect"),
        (
            "Debate the issue, not the person: {cs} that insult another reader, a councillor or a member of staff "
            "will be removed.",
            "Treat fellow members as you would on the ice, with the courtesy you would show an opposing skip after "
            "a close end.",
            "We are a small island and most of us know each other, so write as though you were saying it to "
            "someone's face on Front Street.",
            "Disagreement is welcome; sneering, name-calling and pile-ons are not.",
            "Everyone here was a beginner once, whether at their first ceilidh or in the first week after a "
            "diagnosis, so please be kind to newcomers who ask the obvious questions.",
        ),
    ),
    (  # hatred
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hate speech?", "Equality and respect"),
        (
            "We will not publish {cs} that attack people because of their race, religion, sex, sexual orientation, "
            "disability, age or place of birth.",
            "Remarks about incomers, Travellers or holiday-home owners that stray into prejudice will be taken down.",
            "{Cs} that stir up hatred against any group, or that would offend against the Human Rights Act 1981, have "
            "no place on this site.",
            "Jokes at the expense of someone's colour, faith or disability are not jokes here.",
            "Everyone is welcome at our dances regardless of age, background, gender or ability, and the same goes "
            "for this forum.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I share a phone number?",
            "Other people's details",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, and that includes your own.",
            "Please do not name or describe your neighbours, the site owner's staff or other residents in a way that "
            "would let them be identified.",
            "Never share your child's full name, school or date of birth; a first name and an age is plenty.",
            "Photographs of members taken at club nights or bonspiels may only be posted with the agreement of those "
            "shown.",
            "If you want to contact another member privately, use the private message button rather than posting "
            "your details in the open.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting young members", "Who can join?", "Under-18s"),
        (
            "Members must be 18 or over; teenagers living with Type 1 are welcome to read, but accounts are for "
            "parents and carers.",
            "Do not post photographs of junior curlers without written consent from a parent or guardian, in line "
            "with the club's safeguarding policy.",
            "If something you read here makes you worried about a child's safety, contact the police or the "
            "council's social work team rather than raising it in a thread.",
            "Any approach to a young person through this site by an adult they do not know will be reported to the "
            "police.",
            "Our welfare officer can be reached through the secretary, and any concern will be treated in confidence.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} be published?",
            "Approval of {cs}",
            "Delays",
        ),
        (
            "All {cs} are read by a member of staff before they appear, so there may be a delay, particularly "
            "overnight and at weekends.",
            "Ours is a small newsroom, and {cs} left after 5pm on a Friday may not be approved until Monday morning.",
            "A new member's first few {cs} are held for approval by {mods}; after that they appear straight away.",
            "{Cs} are switched off on court reports and on stories about cases that are still live.",
            "Volunteers look after this board in their spare time, so please be patient if your {c} takes a day or "
            "two to show.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post?", "Relevance"),
        (
            "Please keep {cs} relevant to the story they appear under; general grumbles about the council belong "
            "in a letter to the editor.",
            "Post in the right section: layouts and modelling in Workbench, visits to Crich and other tramway museums "
            "in Days Out, and anything for sale in the Marketplace.",
            "Threads that drift off the subject may be split, moved or locked by {mods}.",
            "This board is for residents of park homes, and arguments about national politics should be taken "
            "elsewhere.",
            "Making the same point under every story is off-topic, however strongly you feel about it.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Links",
            "Commercial posts",
        ),
        (
            "Advertising of goods or services is not allowed; to place an advert, please contact our sales team.",
            "Members may list surplus trams, track and overhead fittings on the Sales and Wants board, but traders "
            "must ask the committee first.",
            "Links to other websites are allowed only where they add to the discussion, and links to shops selling "
            "supplements or 'cures' will be removed.",
            "{Cs} promoting vacation rentals, fishing charters or crabbing trips will be deleted as spam.",
            "Please do not use the forum to promote other classes, dances or festivals without asking first.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts and usernames",
            "Real names",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "You must register with a valid email address, and your {cs} will appear under the display name you "
            "choose.",
            "We ask that you use your real name, just as you would when writing to the paper.",
            "One account per person; opening a second account to get round a suspension will see both closed.",
            "Impersonating another person, an MP, a club official or a member of staff is not allowed.",
            "Please put your club or rink in your profile so that others know who they are talking to.",
        ),
    ),
    (  # the law
        ("Legal", "The law", "Defamation", "Libel and contempt", "What about court cases?", "Legal responsibility"),
        (
            "You are legally responsible for what you write, and {cs} that are defamatory or in contempt of court "
            "will be removed.",
            "Do not speculate about the guilt of anyone who has been charged: under Scots law, anything that might "
            "prejudice a trial can put the paper in contempt.",
            "Bermuda's libel laws apply to everything published on this site, including readers' {cs}.",
            "Do not make allegations against a named site owner or manager; disputes over pitch fees belong with "
            "the tribunal, not on this board.",
            "We comply with Oregon and federal law and will co-operate with law enforcement when required to do so.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I post a photo I found online?",
            "Reproducing material",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and credit the photographer.",
            "Please do not copy whole articles from other newspapers; a short quote and a link will do.",
            "Dances, tunes and calls remain the work of those who wrote them, so check before sharing a full set of "
            "instructions.",
            "By posting you give us permission to publish your {c} in print as well as online, and to edit it for "
            "length.",
            "Scans of old tramway timetables and postcards may still be in copyright; if in doubt, ask.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "Flagging", "How do I report a {c}?", "Something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please don't feed the trolls: report the {c} to {mods} and let them deal with it.",
            "Reports are read by a person, not a machine, and we act on them as soon as we can.",
            "You can email the newsroom with the headline of the story and the time of the {c}.",
            "Reporting a {c} simply because you disagree with it is an abuse of the system.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's decision",
            "Can I appeal?",
            "Moderation decisions",
            "Right to remove",
        ),
        (
            "We reserve the right to edit or remove any {c} at any time without giving a reason.",
            "The editor's decision on whether to publish is final, and we will not enter into correspondence about it.",
            "The forum is moderated by volunteers on behalf of the committee, whose decision is final.",
            "If you think a {c} was removed unfairly, write to {mods}, but please do not argue the point in public.",
            "Publishing a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Errors and complaints"),
        (
            "If you believe we have got something wrong in a story, email the newsroom rather than pointing it out "
            "in the {cs}; we correct mistakes promptly.",
            "We abide by the Editors' Code of Practice, and if you are not satisfied with our response you can "
            "complain to IPSO.",
            "Have a story from the coast? Call the newsroom or send us a tip through our Contact page.",
            "Tips left in the {cs} can be missed, so please send them straight to the news desk.",
            "Spotted a mistake in the fixtures or results? Tell the match secretary and the page will be updated.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Swearing", "Keep it clean", "Is swearing allowed?", "Write clearly"),
        (
            "No swearing, and that includes words with letters swapped for asterisks.",
            "Please write in English so that everyone, {mods} included, can follow the discussion.",
            "Avoid typing in capitals; it reads as shouting.",
            "Spell out abbreviations such as CGM, TIR and ICR the first time you use them, for the sake of newly "
            "diagnosed families.",
            "Obscene, threatening or sexually explicit language will be removed, as will any {c} that is mainly abuse.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspensions",
            "What happens if I break the rules?",
            "Three strikes",
        ),
        (
            "Members who break these rules will usually be warned first; repeated breaches lead to suspension and "
            "then a ban.",
            "We operate a three-strikes policy, though serious breaches may lead to an immediate ban.",
            "Persistent offenders will have their accounts blocked, and we may block their IP address as well.",
            "A member banned from the forum may also be asked to explain their behaviour to the committee under the "
            "club's constitution.",
            "Suspensions normally last seven days; a second one lasts a month.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety",
            "Can I ask about insulin doses?",
            "Health information",
            "At your own risk",
        ),
        (
            "Nothing posted here is medical advice; always speak to your child's diabetes team before changing doses "
            "or ratios.",
            "{Cs} telling others to stop insulin, or promoting 'cures' for Type 1, will be removed straight away.",
            "In an emergency call 999, or 911 in Bermuda and the US; do not wait for a reply on the forum.",
            "Advice about wiring, overhead and track power is offered in good faith, and you work on mains equipment "
            "at your own risk.",
            "Tide times and beach conditions posted by readers are no substitute for official warnings about sneaker "
            "waves.",
        ),
    ),
)

# What a site calls what readers send, (singular, plural): most sites say comment, the rest never do.
READER_WORDS_238 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as printed mid-sentence.
MODERATORS_238 = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "our web team",
    "the forum team",
    "the newsdesk",
    "the site admins",
    "the club webmaster",
    "our volunteer moderators",
)

# Opening lines a site may print before its rules (filled with the site's words before use).
POLICY_INTROS_238 = (
    "We welcome your {cs} and want this to be a place for lively, respectful debate.",
    "Please read these rules before you post.",
    "The following guidelines apply to all {cs} on this website.",
    "These house rules were agreed by the committee and apply to everyone who uses the forum.",
    "Thank you for joining our community of parents and carers.",
    "By submitting a {c} you agree to the terms below.",
    "A few simple rules keep this board friendly and useful for all residents.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_238 = (
    "Thank you for helping to keep this a friendly place.",
    "These guidelines may be updated from time to time.",
    "If you have any questions about these rules, please contact {mods}.",
    "Thank you for your co-operation.",
    "Enjoy the forum, and see you on the ice.",
    "We look forward to reading your {cs}.",
)

# Titles a site may print over its rules.
POLICY_TITLES_238 = (
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Guidelines for {Cs}",
    "{C} Policy",
    "Community Standards",
    "Rules of the Board",
    "Terms of Use",
    "Noticeboard Rules",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_238 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "colour": "color",
    "councillor": "councilor",
    "co-operat": "cooperat",
    "offence": "offense",
    "apologise": "apologize",
    "organise": "organize",
    "recognise": "recognize",
    "get round": "get around",
    "defence": "defense",
    "centre": "center",
}

# Group lines a site may print between parts of its rules, (first part, second part).
SECTION_LINES_238 = (
    ("General", "Legal matters"),
    ("Part 1 – Using the forum", "Part 2 – Moderation"),
    ("Before you post", "If things go wrong"),
    ("Section A: Conduct", "Section B: Administration"),
)

# Dividers some sites print between their rules.
DIVIDERS_238 = ("* * *", "———", "~~~~~~", "-----", "•  •  •")

# Words small enough to stay lower case in a title-case heading.
SMALL_WORDS_238 = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "not", "by", "at", "as", "with"}

# Month names for printed dates.
MONTHS_238 = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")  # fmt: skip


def _roman_238(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_238(text: str) -> str:
    """``text`` with each word capitalised except the small ones (the first word always)."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in SMALL_WORDS_238) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_238(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` is the site's section number)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "none": "",
        "dot": f"{number}. ",
        "paren": f"{number}) ",
        "bracketed": f"({number}) ",
        "letter": f"{letter}) ",
        "bracketed letter": f"({letter}) ",
        "capital letter": f"{letter.upper()}. ",
        "roman": f"{_roman_238(number)}. ",
        "bracketed roman": f"({_roman_238(number)}) ",
        "capital roman": f"{_roman_238(number).upper()}. ",
        "bullet": "• ",
        "hyphen": "- ",
        "dash": "– ",
        "asterisk": "* ",
        "square": "▪ ",
        "rule": f"Rule {number}: ",
        "rule dash": f"Rule {number} – ",
        "rule no": f"Rule No. {number}. ",
        "section": f"{section}.{number} ",
        "paragraph": f"§{number} ",
        "section word": f"Section {number}. ",
    }
    return markers[style]


def _date_238(rng: random.Random) -> str:
    """A date as a British, American or numeric site prints it."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2016, 2025)
    return rng.choice(
        (
            f"{day} {MONTHS_238[month - 1]} {year}",
            f"{MONTHS_238[month - 1]} {day}, {year}",
            f"{month}/{day}/{year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{MONTHS_238[month - 1]} {year}",
        )
    )


def _items_238(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (comment for three sites in four)
    and who moderates; how many kinds it prints (two to five for one site in five, six to sixteen for the rest), in
    table order or shuffled, and the most sentences it prints an item (one to three); then how its headings look (none
    at all, sentence case, title case or capitals, set off in a part of their own with no stop, a stop or a colon, or
    run in before the first sentence after a colon, stop or dash, now and then in asterisks); its list marker (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section numbers or none), which stands before the heading or
    the first sentence; and a few printing habits: a forum's sticky-post header, part lines or dividers between
    rules, a "Please note:" before one sentence, a last-updated line at the top or bottom and a sign-off. The opening,
    closing and title lines and spelling come from :func:`_furnish`."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(READER_WORDS_238)
    mods = rng.choice(MODERATORS_238)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[0].upper() + text[1:] if text else text

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    count = min(count, len(REWORDINGS_238))
    if rng.random() < 0.5:
        kinds = sorted(rng.sample(range(len(REWORDINGS_238)), count))
    else:
        kinds = rng.sample(range(len(REWORDINGS_238)), count)
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "capitals"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    dash = rng.choice((" – ", " - ", " — "))
    starred = rng.random() < 0.1
    marker_style = rng.choice(
        ("none", "none", "none", "dot", "dot", "paren", "bracketed", "letter", "bracketed letter", "capital letter",
         "roman", "bracketed roman", "capital roman", "bullet", "bullet", "hyphen", "dash", "asterisk", "square",
         "rule", "rule dash", "rule no", "section", "paragraph", "section word")
    )  # fmt: skip
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_238[kind]
        chosen = [filled(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker_238(marker_style, number, section)
        if heading_case == "none":
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_238(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if starred:
            heading = f"*{heading}*"
        question = heading.rstrip("*").endswith("?")
        if heading_place.startswith("own"):
            if not question and heading_place == "own stop":
                heading += "."
            elif not question and heading_place == "own colon":
                heading += ":"
            items.append((marker + heading, *chosen))
        else:
            joiner = " " if question else {"run colon": ": ", "run stop": ". ", "run dash": dash}[heading_place]
            items.append(("", marker + heading + joiner + chosen[0], *chosen[1:]))

    if len(items) >= 4 and rng.random() < 0.12:
        first, second = rng.choice(SECTION_LINES_238)
        middle = rng.randint(2, len(items) - 2)
        items.insert(middle, (second, ""))
        items.insert(0, (first, ""))
    elif len(items) >= 3 and rng.random() < 0.1:
        divider = rng.choice(DIVIDERS_238)
        items = [part for item in items for part in (item, ("", divider))][:-1]
    plain_sentences = [
        (index, part)
        for index, item in enumerate(items)
        for part in range(1, len(item))
        if item[part]
        and (part >= 2 or item[0])
        and item[part] not in DIVIDERS_238
        and not item[part].startswith("Please")
        and "?" not in item[part]
    ]
    if plain_sentences and rng.random() < 0.1:
        index, part = rng.choice(plain_sentences)
        note = rng.choice(("Please note: ", "PLEASE NOTE: ", "Important: ", "NB: "))
        item = items[index]
        sentence = item[part]
        if sentence[1:2].islower():
            sentence = sentence[0].lower() + sentence[1:]
        items[index] = (*item[:part], note + sentence, *item[part + 1 :])
    if rng.random() < 0.08:
        items.insert(
            0,
            (
                "",
                rng.choice(
                    ("Forum rules – please read before posting", "Sticky: Board rules", "READ FIRST: House rules")
                ),
            ),
        )
        items.insert(1, ("", f"by {rng.choice(('admin', 'Moderator', 'Webmaster', 'Secretary'))} » {_date_238(rng)}"))
    if rng.random() < 0.15:
        updated = rng.choice(("Last updated: ", "Last updated ", "Updated ", "Reviewed ", "Revised by the committee, "))
        line = ("", updated + _date_238(rng))
        if rng.random() < 0.5:
            items.append(line)
        else:
            items.insert(0, line)
    if rng.random() < 0.1:
        signer = rng.choice(("The Editor", "The Committee", "Admin team", mods[0].upper() + mods[1:]))
        items.append(("", rng.choice(("— ", "– ", "Thanks, ", "")) + signer))

    intros = [filled(line) for line in POLICY_INTROS_238]
    closings = [filled(line) for line in POLICY_CLOSINGS_238]
    titles = [filled(line) for line in POLICY_TITLES_238]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_238)
