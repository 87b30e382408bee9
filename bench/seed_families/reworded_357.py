"""The ``reworded-357`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Shapinsay and Burray bulletins, Mallerstang and Ravenstonedale papers, Yuma and Quartzsite weeklies,
jai alai and crokinole clubs, saddlery and farriery guilds, Stargardt disease and Usher syndrome forums, snail racing
and welly wanging championship committees, hedgerow survey volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Headings are written in sentence case without a stop;
# sentences may hold {c} {cs} {C} {Cs} (the site's word for what readers send) and {mods} (who looks after the site).
REWORDINGS_357: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility
    (
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Why does courtesy matter here?",
            "Keep it friendly",
            "Courtesy",
        ),
        (
            "Disagree with the argument if you must, but leave the person out of it.",
            "Personal attacks, name-calling and sneering at other readers will be removed, however they are meant.",
            "This is a small parish and we all pass each other at the shop, so write as you would speak to a "
            "neighbour over the garden wall.",
            "Robust debate is welcome; bullying, goading and pile-ons are not.",
            "Be patient with newer members, who may be using a screen reader or magnification and take longer to "
            "reply.",
        ),
    ),
    # Hatred and discrimination
    (
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hate speech?", "Equality and respect"),
        (
            "We do not publish {cs} that attack people for their race, religion, disability, sex, sexual orientation, "
            "gender identity or age.",
            "Jokes at the expense of people who are blind, deaf or deafblind have no place here.",
            "Remarks about ferry-loupers or any other newcomers to the islands that stray into prejudice will be "
            "taken down.",
            "Disparaging remarks about migrants, border communities or anyone's immigration status will be deleted.",
            "Stirring up hatred is a criminal offence, and {mods} will pass anything of that kind to the police.",
        ),
    ),
    # Privacy
    (
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I mention a neighbour by name?",
            "Other people's details",
        ),
        (
            "Do not post addresses, phone numbers, email addresses or car registrations, yours or anyone else's.",
            "In a dale this size a description can identify someone as surely as a name, so think before you write "
            "about a particular farm or household.",
            "Please do not share another member's diagnosis, test results or family circumstances without their "
            "permission.",
            "Photographs showing identifiable people, their horses or their yards should only be shared with the "
            "owner's agreement.",
            "Survey volunteers should not name landowners or give the location of private land in their {cs}.",
        ),
    ),
    # Safeguarding
    (
        (
            "Safeguarding",
            "Children and young people",
            "Protecting young members",
            "What if I am worried about someone?",
            "Vulnerable members",
        ),
        (
            "Junior members are welcome, but nobody should ask a young player for their age, school or contact "
            "details.",
            "If a {c} suggests that someone is at risk of harm, {mods} may pass the information to the appropriate "
            "authorities.",
            "The club has a named welfare officer, and any concern about a child or vulnerable adult should go to "
            "them directly rather than being posted here.",
            "Private messages between adults and under-18s are switched off, and attempts to get round this will "
            "lead to removal from the forum.",
            "If you are feeling low or in crisis, please contact your GP or ring Samaritans on 116 123 rather than "
            "waiting for a reply here.",
        ),
    ),
    # Moderation delays
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
            "Approval of {cs}",
        ),
        (
            "All {cs} are read by a volunteer before they appear, so there may be a delay of a day or more.",
            "{Cs} sent in over the weekend are usually approved on Monday.",
            "The bulletin is run by volunteers in their spare time and the island's broadband is not always "
            "reliable, so please be patient.",
            "{Cs} received after the Tuesday print deadline may not appear until the following week's edition.",
            "During lambing and haytime {mods} may be slower than usual to check new {cs}.",
        ),
    ),
    # Staying on topic
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right thread?", "Relevance"),
        (
            "Please keep {cs} relevant to the article or thread they are posted under.",
            "Questions about entering the championship belong in the entries thread, not under the results.",
            "Off-topic {cs} may be moved to the general board or removed without notice.",
            "National politics is not what this bulletin is for; there are plenty of other places for that.",
            "If you want to start a new discussion, open a new thread rather than taking over someone else's.",
        ),
    ),
    # Advertising and spam
    (
        (
            "Advertising and spam",
            "No spam",
            "Commercial posts",
            "Can I sell things here?",
            "Promotions",
            "Buying and selling",
        ),
        (
            "Unsolicited advertising, chain letters and links to sales sites will be removed.",
            "Members may mention their own saddlery or forge business once in their profile, but not in every {c}.",
            "Tack, hay and horses for sale belong in the classifieds section, not on the discussion boards.",
            "Swap meet, RV lot and vendor booth listings for the winter shows are paid advertising; please contact "
            "our advertising desk.",
            "Do not promote miracle cures, supplements or unproven treatments for sight or hearing loss.",
        ),
    ),
    # Names and accounts
    (
        (
            "Names and accounts",
            "Use your real name",
            "Your username",
            "One account each",
            "Do I have to use my real name?",
        ),
        (
            "Every {c} must carry the writer's name and district; we do not print anonymous ones.",
            "Usernames that impersonate another person, a club official or a public body are not allowed.",
            "Each member may hold one account, and second accounts set up to get round a ban will be closed.",
            "Your password is your responsibility, and anything posted from your account is treated as posted by you.",
            "We may withhold your name on request for good reason, but the editor must know who you are.",
        ),
    ),
    # The law
    (
        ("The law", "Legal", "Defamation", "Keep it legal", "Could my {c} get me into trouble?"),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to an action against you "
            "personally.",
            "Do not discuss court cases that are still active; under Scots law even a careless remark can prejudice "
            "a trial.",
            "Do not speculate about who was to blame for an accident or crime before the police or the courts have "
            "said so.",
            "Under Arizona law, threatening or harassing another person online can be a criminal offence.",
            "Hedgerows are protected by the Hedgerows Regulations 1997 and nesting birds by the Wildlife and "
            "Countryside Act 1981, so do not encourage anyone to break either.",
        ),
    ),
    # Copyright
    (
        (
            "Copyright",
            "Photographs and copyright",
            "Whose words?",
            "Can I post a photo I found online?",
            "Quoting other sources",
        ),
        (
            "Only post photographs, video and text that you own or have permission to use.",
            "Quote a short passage and link to the rest rather than pasting whole articles from other papers.",
            "By sending us a {c} you allow us to publish it in print and online and to edit it for length.",
            "Survey maps and records submitted to the project may be shared with the local records centre.",
            "Race photographs taken by the official photographer remain the committee's copyright and should not be "
            "reused without credit.",
        ),
    ),
    # Reporting
    (
        ("Reporting", "Reporting a problem", "How do I report a {c}?", "Flag it", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "Please do not argue with a troublemaker in the thread; report it and move on.",
            "If the report button does not work with your screen reader, email {mods} with the title of the thread.",
            "Reporting a {c} does not guarantee that it will be removed; each one is judged against these rules.",
        ),
    ),
    # The editor's or committee's discretion
    (
        ("Editor's discretion", "The committee's decision", "Final say", "Who decides?", "Our discretion"),
        (
            "The editor's decision on what is published is final and no correspondence will be entered into.",
            "{mods} may edit, shorten or decline any {c} without giving a reason.",
            "These rules are a guide, not a contract, and the committee may act on anything it considers harmful "
            "to the club.",
            "Publication of a {c} does not mean that the bulletin agrees with it.",
            "We may change these rules at any time, and the current version will always be posted here.",
        ),
    ),
    # Corrections and news tips
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and clarifications"),
        (
            "If we have got something wrong, tell the editor and we will put it right in the next issue.",
            "Please send corrections by email rather than as a {c}, so they reach the right person quickly.",
            "News, notices and photographs for the bulletin can be left at the shop or sent to the editor by Thursday.",
            "Have a story from Yuma or Quartzsite? Call the newsroom or use the news tip form.",
            "Results and times from the championship will be corrected on request if the judges agree.",
        ),
    ),
    # Language
    (
        ("Language", "Bad language", "Swearing", "Mind your language", "Which languages can I use?"),
        (
            "No swearing, obscenities or abbreviations of them; {cs} containing bad language will be rejected.",
            "{Cs} in English or Spanish are welcome, and the same rules apply in either language.",
            "Orcadian words are welcome, but please write so that readers from elsewhere can follow.",
            "Avoid writing in capital letters; it reads as shouting and is harder to follow with magnification "
            "software.",
            "Crude innuendo will be removed, even when it is disguised with asterisks.",
        ),
    ),
    # Warnings and bans
    (
        ("Warnings and bans", "Sanctions", "What happens if I break the rules?", "Suspensions", "Three strikes"),
        (
            "Members who break these rules will usually receive a warning first.",
            "Repeated or serious breaches will lead to a suspension or a permanent ban.",
            "A ban applies to the person, not just the account, and any new accounts will be removed.",
            "We work on three strikes: two written warnings, then removal from the forum.",
            "If you think a decision was wrong, write to the secretary; appeals are heard at the next committee "
            "meeting.",
        ),
    ),
    # Safety and medical advice
    (
        ("Medical advice", "Not medical advice", "Safety first", "Can I give advice here?", "Health and safety"),
        (
            "Members share their own experience, not professional advice, so always speak to your eye specialist "
            "or audiologist before changing treatment.",
            "Please do not recommend vitamin A supplements, which people with Stargardt disease are usually advised "
            "to avoid.",
            "Only a registered farrier may shoe a horse, so do not post advice encouraging owners to do it themselves.",
            "Survey volunteers must not cut or trim hedges, and should wear a high-visibility vest when recording "
            "beside a road.",
            "Do not post challenges that encourage throwing wellies near roads, livestock or spectators.",
        ),
    ),
    # Accessibility
    (
        (
            "Accessibility",
            "Help everyone read your {c}",
            "Images and descriptions",
            "Why should I describe photos?",
            "Formatting",
        ),
        (
            "Many members use screen readers, so please add a short description to any image you post.",
            "Avoid rows of emoji and decorative symbols, as a screen reader will read every one aloud.",
            "Keep paragraphs short and leave a blank line between them for readers using magnification.",
            "If you post a video, say whether it is captioned, as many members have hearing loss.",
            "Write links out in full or say where they go, rather than 'click here'.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; a quarter of sites never do.
COMMENT_WORD_357: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_357: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as it would stand mid-sentence.
MODERATORS_357: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the forum team",
    "the bulletin team",
    "our volunteers",
    "the site admins",
    "the newsroom",
    "the guild secretary",
    "the survey coordinators",
    "the moderation team",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_357: tuple[str, ...] = (
    "Please read these house rules before posting.",
    "By posting on this forum you agree to the following guidelines.",
    "We welcome {cs} from readers, on the following terms.",
    "The bulletin is for everyone on the island, and these few rules help keep it that way.",
    "These guidelines were agreed by the committee and apply to every {c} on this site.",
    "A few words on what we will and won't publish.",
    "Thanks for joining in. Before you post, please take a minute to read the following.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_357: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "The committee thanks all members for their co-operation.",
    "These guidelines may be updated from time to time.",
    "Enjoy the discussion, and see you at the next meeting.",
)

# Titles a site prints above its rules.
POLICY_TITLES_357: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Noticeboard terms",
    "Guidelines for members",
    "Club forum: code of conduct",
    "Terms of use",
)

# British spellings used in the sentences and lines above -> American, for sites that print American spelling.
AMERICAN_357: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "centre": "center",
    "co-operation": "cooperation",
    "behaviour": "behavior",
    "colour": "color",
    "organise": "organize",
    "apologise": "apologize",
    "recognise": "recognize",
    "criticise": "criticize",
    "favour": "favor",
    "honour": "honor",
    "judgement": "judgment",
    "licence": "license",
    "programme": "program",
    "defence": "defense",
}

# Section lines a site may print to split its rules in two (first part, second part).
SECTION_PAIRS_357: tuple[tuple[str, str], ...] = (
    ("General", "Conduct"),
    ("What we publish", "What we don't"),
    ("The rules", "How we enforce them"),
    ("Before you post", "After you post"),
    ("Posting", "Moderation"),
)

# How a site numbers its sections when it prints section lines: a format taking the section's number or letter.
SECTION_NUMBERINGS_357: tuple[str, ...] = ("Part {n} \u2013 ", "Section {a}: ", "{n}. ", "PART {r}. ", "")

# Sign-off lines printed after the rules.
SIGN_OFFS_357: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "Posted by Admin",
    "{Mods}",
    "\u2014 {Mods}",
)

# Months and formats of a last-updated line; each format takes {d} {month} {m} {y}.
MONTHS_357: tuple[str, ...] = (
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
UPDATED_FORMATS_357: tuple[str, ...] = (
    "Last updated: {d} {month} {y}.",
    "Updated {month} {y}",
    "Reviewed at the AGM, {month} {y}.",
    "Rules revised {m}/{d}/{y}.",
    "These rules were last reviewed in {month} {y}.",
    "Last updated {d}.{m}.{y}",
)

# Small words a title-cased heading leaves in lower case (unless first).
SMALL_WORDS_357: frozenset[str] = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "not", "at", "into", "about")
)

# Roman numerals for list markers and section numbers.
ROMANS_357: tuple[str, ...] = (
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

# List markers a site prints before an item; each format takes {n} (number), {a} (letter), {r} and {R} (roman).
MARKERS_357: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{a}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "Rule {n}:",
    "Rule {n} \u2013",
    "{s}.{n}",
    "\u00a7{n}",
    "No. {n}",
)


def _title_case(heading: str) -> str:
    """A heading in title case: each word capitalised but the small ones, keeping the rest of each word as it is."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS_357 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _capitalised(text: str) -> str:
    """``text`` with its first letter in capitals (for sentences that open with a placeholder)."""
    return text[:1].upper() + text[1:]


def _marker(style: str, index: int, section: int) -> str:
    """The list marker of the ``index``-th item (from 0) in ``style``; ``section`` numbers "{s}.{n}" markers."""
    roman = ROMANS_357[index % len(ROMANS_357)]
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    return style.format(n=index + 1, a=letter, r=roman, R=roman.upper(), s=section)


def _items_357(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (``comment`` three times in four,
    otherwise post, message, reply, contribution, letter or note, which it then uses everywhere) and who moderates;
    how many kinds of rule it prints (two to five for some sites, six to sixteen for most) and whether in table order
    or shuffled; whether every item has one sentence or up to two or three; whether it prints headings, in sentence
    case, title case or capitals, perhaps between asterisks or underscores, and where they stand (a part of their
    own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker
    (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or none; and its
    own habits: a "please read" banner, a split into two titled sections, a last-updated line at the top or bottom, a
    "Please note:" on one sentence, and a sign-off. The opening, closing and title lines, American spelling and
    curly quotes come from :func:`_furnish`."""
    singular, plural = COMMENT_WORD_357 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_357)
    moderators = rng.choice(MODERATORS_357)
    words = {
        "c": singular,
        "cs": plural,
        "C": _capitalised(singular),
        "Cs": _capitalised(plural),
        "mods": moderators,
        "Mods": _capitalised(moderators),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(REWORDINGS_357)))
    if rng.random() < 0.6:
        kinds = [REWORDINGS_357[index] for index in sorted(rng.sample(range(len(REWORDINGS_357)), count))]
    else:
        kinds = rng.sample(REWORDINGS_357, count)

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "", "**", "__")) if heading_case != "none" else ""
    placement = rng.choice(("own", "own", "stop", "colon", "run-in"))
    run_in_separator = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    marker_style = rng.choice(MARKERS_357) if rng.random() < 0.55 else ""
    marker_section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(kinds):
        chosen = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [_capitalised(sentence.format(**words)) for sentence in chosen]
        heading = rng.choice(headings).format(**words)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = _marker(marker_style, index, marker_section) if marker_style else ""
        if heading_case == "none":
            item = ("", *parts)
        elif placement == "run-in":
            joined = heading + " " if heading.endswith("?") else heading + run_in_separator
            item = ("", f"{emphasis}{joined.rstrip()}{emphasis} {parts[0]}", *parts[1:])
        else:
            stop = {"own": "", "stop": ".", "colon": ":"}[placement]
            shown = heading if heading.endswith("?") else heading + stop
            item = (f"{emphasis}{shown}{emphasis}", *parts)
        if marker:
            first = 0 if item[0] else 1
            item = (*item[:first], f"{marker} {item[first]}", *item[first + 1 :])
        items.append(item)

    if len(items) >= 4 and rng.random() < 0.15:
        first_name, second_name = rng.choice(SECTION_PAIRS_357)
        numbering = rng.choice(SECTION_NUMBERINGS_357)
        middle = len(items) // 2
        first_line = numbering.format(n=1, a="A", r="I") + first_name
        second_line = numbering.format(n=2, a="B", r="II") + second_name
        items = [(first_line, ""), *items[:middle], (second_line, ""), *items[middle:]]
    if rng.random() < 0.3:
        # a sentence with nothing before it in its part: not one carrying a marker or a run-in heading
        candidates = [
            (index, part)
            for index, item in enumerate(items)
            for part in range(1 if item[0] else 2, len(item))
            if item[part]
        ]
        if candidates:
            index, part = rng.choice(candidates)
            note = rng.choice(("Please note: ", "PLEASE NOTE: ", "Important: ", "NB: "))
            items[index] = (*items[index][:part], note + items[index][part], *items[index][part + 1 :])
    if rng.random() < 0.12:
        banner = rng.choice(("PLEASE READ BEFORE POSTING", "Please read before posting", "Read this first"))
        items.insert(0, ("", banner))
    if rng.random() < 0.25:
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_FORMATS_357).format(
            d=rng.randint(1, 28), month=MONTHS_357[month], m=month + 1, y=rng.randint(2016, 2025)
        )
        if rng.random() < 0.7:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_357).format(Mods=_title_case(_capitalised(moderators)))))

    intros = [line.format(**words) for line in POLICY_INTROS_357]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_357]
    titles = [line.format(**words) for line in POLICY_TITLES_357]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_357)
