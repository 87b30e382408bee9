"""The ``reworded-310`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Islay community news, Lochaber papers, Permian Basin weeklies, snooker leagues, lapidary societies,
Raynaud's forums, conservation area residents, drill hall heritage friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, in table order: each is (headings, sentences). Headings include questions; sentences may hold
# {c} {cs} {C} {Cs} (the site's word for what readers send) and {mods} (who looks after the site).
REWORDINGS_310: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Play the ball, not the player",
            "Respect other members",
            "How should I treat other posters?",
            "Keep it friendly",
        ),
        (
            "Disagree with the argument by all means, but not with the person making it.",
            "Personal attacks, name-calling and sneering at other readers will see your {c} removed.",
            "This is a small island and most of us will meet in the Co-op in Bowmore sooner or later, so write as you "
            "would speak to someone's face.",
            "Treat fellow members as you would an opponent across the table: shake hands before and after, whatever "
            "the score.",
            "Many people here live with pain and cold fingers every day; a little patience and kindness goes a long "
            "way.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "Discrimination",
            "No racism, sexism or bigotry",
            "What counts as hateful?",
            "Equality",
            "Offensive content",
        ),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age will be deleted "
            "without discussion.",
            "We will not publish anything that stirs up hatred, and serious cases may be passed to Police Scotland.",
            "Sectarian remarks, including football chants, have no place here.",
            'Jokes at the expense of incomers, the English or "white settlers" are not welcome either, however old '
            "the joke.",
            "Slurs are not allowed, even with letters starred out or spelled sideways.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share other people's details",
            "Can I name people?",
            "Protecting your privacy",
            "What should I keep to myself?",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please do not name neighbours or identify individual houses when discussing a dispute; refer to the "
            "street or the application number instead.",
            "Photographs from the drill hall archive that show named individuals may only be shared with the family's "
            "permission where they can be traced.",
            "If you share your own medical history, remember that this forum can be read by anyone, including your "
            "employer.",
            "Private messages are private: do not copy them into public threads without the sender's consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young people",
            "Keeping children safe",
            "Junior members",
            "Who do I contact about a safeguarding concern?",
        ),
        (
            "Do not post photographs of junior players without written consent from a parent or guardian.",
            "Any {c} that appears to put a child or vulnerable adult at risk will be removed and reported to the "
            "appropriate authorities.",
            "If someone is in immediate danger, call 999; do not post about it here first.",
            "The league's welfare officer can be contacted in confidence through the secretary.",
            "Adults must not invite junior members to private chats or meet-ups arranged through the forum.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
            "Approval",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, especially overnight and at "
            "weekends.",
            "The newsroom is three people and a part-time photographer, so please be patient if your {c} takes a day "
            "to appear.",
            "Our volunteers are often out on the hill or at sea, and {cs} sent at the weekend may wait until Monday.",
            "Please do not send the same {c} twice; it is in the queue and will be read.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Off-topic posts",
            "Keep to the subject",
            "Is my {c} relevant?",
            "Relevance",
            "Keep threads tidy",
        ),
        (
            "Keep {cs} relevant to the story above; a piece about the Port Ellen maltings is not the place to reopen "
            "the ferry debate.",
            "Threads about rigs, royalties and rent prices in Midland and Odessa tend to wander, so please start a new "
            "topic rather than hijack one.",
            "Match reports belong in the results section, not on the general chat board.",
            "Chat about cutting and polishing is welcome on the Workshop board; buying and selling goes in Swap and "
            "Sell.",
            "Off-topic {cs} may be moved or deleted without notice.",
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
            "Do not use {cs} to advertise goods, services or holiday lets.",
            "Members may sell their own rough, slabs and cabochons in Swap and Sell, but dealers must contact "
            "{mods} about a trader listing.",
            'Links to remedies, supplements or "cures" for Raynaud\'s will be removed, as will the account that posts '
            "them.",
            "Oilfield job postings, staffing agencies and truck sales belong in the classifieds, not in the {cs}.",
            "Repeated links to the same website will be treated as spam.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Real names",
            "One account each",
            "Do I have to use my real name?",
            "Registration",
        ),
        (
            "Please give your real name and the town or village where you live; anonymous {cs} are not published.",
            "You may use a username, but you may not pretend to be another person or organisation.",
            "Each member may hold one account, and duplicate accounts will be closed.",
            "Usernames that are offensive, or that include a website address, will be changed or removed.",
            "Your email address is never shown publicly, but we need a working one before we publish your {c}.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "The law",
            "Defamation",
            "Contempt of court",
            "What if a case is going through the courts?",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and defamation is as serious online as it is in print.",
            "Do not discuss the guilt or innocence of anyone facing charges; Scots contempt of court law is strict and "
            "applies to readers as much as to us.",
            "Once someone has been charged, {cs} on that story will be closed until the case is over.",
            "Nothing posted here may identify the victim of a sexual offence or a child in court proceedings.",
            "Texas law and the First Amendment protect free speech, but they do not protect libel, threats or "
            "harassment.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Using other people's work",
            "Can I post photographs?",
            "Quoting",
        ),
        (
            "Only post photos you took yourself or have permission to use.",
            "Short quotations are fine, but do not paste whole articles from other papers.",
            "Old photographs in the drill hall collection remain the copyright of their donors; please ask before "
            "reusing them elsewhere.",
            "By posting, you grant us a licence to publish your {c} on this site and in print.",
            "Faceting designs belong to their authors, so credit the designer when you share a diagram.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "How do I report a {c}?",
            "Flagging",
            "Seen something wrong?",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules.",
            "If something worries you, email {mods} rather than replying to it in the thread.",
            "Reports are anonymous; the member you report will not be told who flagged them.",
            "Please report rather than retaliate, because arguing back only makes the thread harder to tidy.",
            "We read every report, but flagging a {c} does not mean it will be removed.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's decision is final",
            "Discretion",
            "Our right to remove {cs}",
            "The committee's decision",
            "Can I appeal?",
            "Final say",
        ),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "The committee's decision on any dispute about these rules is final.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "If you think a decision was wrong, write to the secretary; do not argue it out on the board.",
            "We may close a thread at any time, particularly on matters that are before the council.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
            "How do I tell you about a mistake?",
        ),
        (
            "If we have got something wrong, please email the newsdesk rather than pointing it out in the {cs}, so we "
            "can correct it quickly.",
            "Tips about stories from Fort William, Mallaig and the rest of Lochaber are always welcome by phone or "
            "email.",
            "Corrections to league results must reach the fixtures secretary within seven days of the match.",
            "If you have news from Port Charlotte, Portnahaven or the Oa, drop it in at the office or send us an "
            "email.",
            "Complaints we cannot settle can be taken to the Independent Press Standards Organisation.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Bad language",
            "Can I swear?",
            "Keep it clean",
            "Write clearly",
        ),
        (
            "No swearing, including swear words with letters replaced by asterisks.",
            "{Cs} in Gaelic are very welcome; please add a short English summary so everyone can follow.",
            "Please don't write in capitals, as it reads as shouting.",
            "Text speak and long strings of emojis make {cs} hard to read for members using screen readers.",
            "Please keep language family-friendly; many of our readers are youngsters following the league.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Sanctions",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Enforcement",
        ),
        (
            "Breaking these rules will usually earn a warning first; repeat offences lead to suspension and then a "
            "ban.",
            "Serious breaches, such as threats or abuse, can result in an immediate and permanent ban.",
            "Banned members who return under a new name will be removed again without warning.",
            "Members suspended from the society for their behaviour at meetings or on field trips may also lose "
            "forum access.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical and safety advice",
            "Advice and safety",
            "Safety",
            "Is advice here reliable?",
            "Health and safety",
            "Take care",
        ),
        (
            "Nothing on this forum is medical advice; always speak to your GP or rheumatologist before changing any "
            "medication.",
            "If a fingertip turns black, develops an ulcer or stays numb for hours, seek medical help the same day "
            "rather than posting here.",
            "Never dry-cut or grind stone without water and a proper mask; silica dust causes lasting lung damage.",
            "Route descriptions for Ben Nevis posted by readers are not safety advice, so check the mountain forecast "
            "before you go.",
            "Never collect on ranch land or an oil lease without the owner's permission, and heed every H2S warning "
            "sign.",
        ),
    ),
    (  # planning and the council
        (
            "Planning applications",
            "Objections",
            "Is my post an objection?",
            "Council matters",
            "Neighbour disputes",
        ),
        (
            "{Cs} on this board are not objections; to object to an application, write to the council's planning "
            "department.",
            "Please quote the application reference when discussing works in the conservation area.",
            "Do not accuse named householders of breaching the Article 4 direction; report suspected unauthorised "
            "works to the council's enforcement officer.",
            "Discussion of uPVC windows, satellite dishes and painted stonework is welcome, provided it stays about "
            "the street rather than the people.",
            "The association takes no position on individual applications unless the committee has voted to do so.",
        ),
    ),
    (  # remembrance and service records
        (
            "Respect for the fallen",
            "Remembrance",
            "Service records",
            "Relatives who served",
            "Can I post about a relative who served?",
        ),
        (
            "Please treat those who served from the drill hall with respect, whatever your views on the wars in "
            "question.",
            "Medals, badges and uniforms may be discussed, but gallantry awards may not be offered for sale here.",
            "When posting a service record, give its source so that others can check it.",
            "Corrections to the memorial roll should be sent to the research group with evidence, not posted as fact.",
            "Former Territorial Army soldiers and their families are welcome to share memories, but please do not "
            "identify anyone still serving.",
        ),
    ),
)

# The word a site uses for what readers send, (singular, plural): most sites say "comment"; a quarter draw another.
COMMENT_WORD_310 = ("comment", "comments")
OTHER_READER_WORDS_310: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
    ("submission", "submissions"),
)

# Who looks after a site, as it stands mid-sentence (each works with "may" and after "email").
MODERATORS_310 = (
    "the editor",
    "the editorial team",
    "the newsdesk",
    "our moderators",
    "the moderators",
    "the committee",
    "the league committee",
    "the admin team",
    "the trustees",
    "the forum team",
    "the site volunteers",
)

# Opening lines a site may print before its items ({cs} and {mods} filled per site).
POLICY_INTROS_310 = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers on Islay, Jura and further afield, but ask that you follow a few simple rules.",
    "This board is run by volunteers; help us keep it a friendly place by following the guidelines below.",
    "By registering you agree to abide by the following.",
    "All {cs} are moderated. Here is what we look for.",
    "Members are reminded of the following house rules, agreed at the last AGM.",
    "These guidelines apply to every part of the forum, including private messages.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_310 = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules can be sent to {mods} through the Contact page.",
    "Happy posting!",
    "Enjoy the forum, and keep warm.",
    "See you at the table.",
    "These rules may be updated at any time without notice.",
    "Thank you for reading, and for supporting local news.",
)

# Title lines a site may print above its items.
POLICY_TITLES_310 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Noticeboard terms of use",
    "{C} policy",
    "Rules for {cs}",
    "Reader {cs}: our guidelines",
    "Forum Code of Conduct",
    "Before you post",
)

# British spellings in this family's sentences and lines -> American, for sites that print American spelling.
AMERICAN_310 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "licence": "license",
    "offence": "offense",
    "behaviour": "behavior",
    "authorised": "authorized",
}

# Heading words left in lower case when a site prints its headings in title case (unless first).
_TITLE_SMALL_WORDS_310 = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"}
)

# Roman numeral values and their digits, largest first, for list markers in Roman numerals.
_ROMAN_310 = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman_310(number: int) -> str:
    """``number`` in lower-case Roman numerals (up to the thirties, which is all a policy needs)."""
    digits = ""
    for value, numeral in _ROMAN_310:
        while number >= value:
            digits += numeral
            number -= value
    return digits


# Marker shapes, by the string printed for item number n (the "{section}" of section numbers is drawn per site).
MARKERS_310 = (
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
    "*",
    "\u2013",
    "Rule {n}:",
    "Rule {n} \u2013",
    "\u00a7{n}",
    "{section}.{n}",
    "{section}.{n}.",
    "No. {n}",
)

# Lines saying when the rules were last changed; Texas sites tend to print month-first dates.
LAST_UPDATED_310 = (
    "Last updated: 14 March 2024",
    "Last updated 2 February 2025.",
    "Updated 02/11/2024",
    "Revised at the AGM, October 2023.",
    "Last reviewed: Jan 2025",
    "Effective March 1, 2024.",
    "Rules last amended by the committee on 9 September 2022.",
    "Version 3, agreed May 2021",
)

# Section lines a site may print above its rules, as part of a longer terms page.
SECTION_LINES_310 = (
    "Section 7 \u2013 Reader {cs}",
    "Part 3: Using the forum",
    "4. Community standards",
    "Terms of use \u2013 posting on this site",
    "Schedule B: Noticeboard rules",
    "Appendix 2 \u2013 Online conduct",
)

# Sign-offs a site may print after its rules.
SIGN_OFFS_310 = (
    "\u2013 The Editor",
    "The Committee",
    "Hon. Secretary, on behalf of the committee",
    "Admin",
    "Thanks, the mod team",
    "\u2014 Friends of the Drill Hall",
    "League Secretary",
)

# Prefixes a site may put before one sentence to stress it.
STRESS_PREFIXES_310 = ("IMPORTANT:", "Please note:", "NB:", "PLEASE NOTE \u2013", "Note:")


def _title_case_310(heading: str) -> str:
    """``heading`` in title case, small words left lower case except the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in _TITLE_SMALL_WORDS_310 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_310(shape: str, number: int, section: int) -> str:
    """The marker of shape ``shape`` for item ``number`` (1-based) in section ``section``."""
    letter = chr(ord("a") + (number - 1) % 26)
    return shape.format(
        n=number,
        a=letter,
        A=letter.upper(),
        r=_roman_310(number),
        R=_roman_310(number).upper(),
        section=section,
    )


def _items_310(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, everything drawn from ``rng``.

    A site draws its word for what readers send ("comment", or for a quarter of sites another word) and who
    moderates it; how many kinds it prints (two to five for a fifth of sites, six to sixteen otherwise) and whether in
    table order or shuffled; the most sentences an item carries (one to three; each item draws one up to that); how
    its headings are cased (as written, title case, capitals) or whether it prints none; where headings stand (a part
    of their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a
    list marker shape (numbers, letters, Roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and
    its own printing habits by chance: a section line above the rules, a last-updated line at the top or bottom,
    headings in Markdown bold, one sentence stressed by a prefix or capitals, a sign-off. The opening, closing and
    title lines, American spelling and curly quotes come from ``_furnish``."""
    if rng.random() < 0.25:
        singular, plural = rng.choice(OTHER_READER_WORDS_310)
    else:
        singular, plural = COMMENT_WORD_310
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_310),
    }

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_310)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_310)), count)
    most_sentences = rng.choice((1, 1, 2, 2, 2, 3))

    heading_case = rng.choices(("as written", "title", "capitals", "none"), weights=(4, 3, 1, 2))[0]
    heading_place = rng.choices(("own", "own stop", "own colon", "run-in"), weights=(4, 1, 2, 3))[0]
    run_in_join = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    marker_shape = rng.choice(MARKERS_310) if rng.random() < 0.6 else ""
    section = rng.randint(2, 9)
    bold_headings = heading_case != "none" and rng.random() < 0.1
    stressed_item = rng.randrange(count) if rng.random() < 0.2 else -1
    stress_in_capitals = rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_310[kind]
        picked = [filled(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        if number - 1 == stressed_item:
            last = len(picked) - 1
            if stress_in_capitals or (last == 0 and heading_case != "none" and heading_place == "run-in"):
                picked[last] = picked[last].upper()
            else:
                picked[last] = f"{rng.choice(STRESS_PREFIXES_310)} {picked[last]}"
        marker = _marker_310(marker_shape, number, section) if marker_shape else ""
        heading = ""
        if heading_case != "none":
            heading = filled(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_310(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
            if bold_headings:
                heading = f"**{heading}**"
        if not heading:
            items.append(("", f"{marker} {picked[0]}".strip(), *picked[1:]))
            continue
        question = heading.rstrip("*").endswith("?")
        if heading_place == "run-in":
            joined = f"{heading} {picked[0]}" if question else f"{heading}{run_in_join}{picked[0]}"
            items.append(("", f"{marker} {joined}".strip(), *picked[1:]))
            continue
        if not question and heading_place == "own stop":
            heading += "."
        elif not question and heading_place == "own colon":
            heading += ":"
        items.append((f"{marker} {heading}".strip(), *picked))

    if rng.random() < 0.12:
        items.insert(0, (filled(rng.choice(SECTION_LINES_310)), ""))
    if rng.random() < 0.18:
        updated = ("", rng.choice(LAST_UPDATED_310))
        if rng.random() < 0.4:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_310)))

    intros = [filled(line) for line in POLICY_INTROS_310]
    closings = [filled(line) for line in POLICY_CLOSINGS_310]
    titles = [filled(line) for line in POLICY_TITLES_310]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_310)
