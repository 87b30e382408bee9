"""The ``reworded-354`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Papa Stour and Erraid bulletins, Patterdale and Martindale papers, Grande Ronde and Imnaha weeklies,
coasteering clubs, rush seating groups, Dupuytren's and Paget's forums, Steep Holm and Flat Holm conservation
volunteers, Goose Lake residents.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Headings are in sentence case without a final stop
# (questions keep their mark); ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send and
# ``{mods}`` for whoever looks after the site.
REWORDINGS_354: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it friendly", "Respect other readers", "Can I criticise someone?", "Courtesy"),
        (
            "Please be courteous to other readers, even when you disagree with them strongly.",
            "Argue with the point, not the person: personal attacks, name-calling and sneering will be taken down.",
            "This is a small island and most of us will meet at the pier or the shop, so write as you would speak"
            " face to face.",
            "Robust debate about the Ullswater steamers, the Glenridding car parks or the parish precept is welcome;"
            " abuse of the people taking part is not.",
            "{Cs} that bully, belittle or goad other members will be removed without notice.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hateful?", "Equality"),
        (
            "We do not accept {cs} that attack anyone because of their race, religion, sex, sexual orientation,"
            " disability or age.",
            "Racist, sexist, homophobic or transphobic remarks will be deleted and the account behind them may be"
            " closed.",
            "Jokes at the expense of incomers, holidaymakers, ranchers or travellers are not as harmless as they may"
            " seem, so leave them out.",
            "Stirring up hatred is a criminal offence, and the worst material will be passed to the police.",
            "This applies to usernames, profile pictures and links as much as to the words of a {c}.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Other people's details",
            "Can I name a neighbour?",
            "Addresses and phone numbers",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, and think twice before posting"
            " your own.",
            "Please do not name or photograph neighbours, walkers or visitors without their permission.",
            "Share only as much about your own hands, scans or treatment as you are happy for the whole internet to"
            " read.",
            "Private messages should stay private; do not copy them into a public {c} without the sender's agreement.",
            "We hold the details you give us under UK GDPR and will not pass them on to anyone else.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting the vulnerable", "Who can join?", "Under-18s"),
        (
            "Members must be 18 or over; younger coasteerers are welcome on club sessions but not on this page.",
            "Never post photographs of children from club sessions unless a parent or guardian has agreed in writing.",
            "If a {c} makes you worried about someone's safety, contact {mods} straight away or, in an emergency,"
            " dial 999.",
            "Do not arrange to meet anyone under 18 through this group.",
            "Concerns about a child in Union or Wallowa County can be reported to the Oregon child abuse hotline on"
            " 1-855-503-7233.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go up?",
            "Please be patient",
        ),
        (
            "Every {c} is read by a volunteer before it appears, so there may be a delay of a day or more.",
            "Our broadband on the island comes and goes, so please be patient if your {c} takes a while to show.",
            "We moderate in the evenings and at weekends, and {cs} sent late on a Friday may not appear until Monday.",
            "Please do not send the same {c} twice, as it only joins the back of the queue again.",
            "A {c} held for checking is not necessarily one we object to, as links and certain words trip the"
            " filter automatically.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic", "Relevance", "What can I write about?"),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Questions about the Erraid crossing, the tides or the Fionnphort bus belong in the travel thread rather"
            " than under every notice.",
            "This forum is for people living with Dupuytren's or Paget's disease of bone and those who care for"
            " them; general health arguments are better had elsewhere.",
            "Rush, seagrass, cane and Danish cord are all welcome here, but upholstery questions may be moved to the"
            " general board.",
            "Long-running arguments about grazing leases, water rights or the Imnaha road will be closed once they"
            " stop adding anything new.",
        ),
    ),
    (  # advertising and spam
        ("Advertising", "No spam", "Selling and promotion", "Can I advertise my business?", "Self-promotion"),
        (
            "Commercial advertising is not allowed in {cs}; the bulletin carries paid notices on its back page.",
            "Members who teach rush seating may mention a course once a month, in the Events thread only.",
            "Links to clinics, supplements or 'cures' for Dupuytren's contracture will be removed, whoever posts them.",
            "Chain letters, pyramid schemes and the same {c} sent over and over are treated as spam and deleted.",
            "Holiday lets, guided coasteering trips and kit for sale go in the classifieds, not on the main page.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Usernames", "Real names, please", "One account each", "Who are you?"),
        (
            "Please use your real name; letters to the paper are never printed anonymously, and the same goes online.",
            "Each member may hold one account, and second accounts used to agree with yourself will be closed.",
            "Do not pretend to be someone else, whether a public figure, a council officer or a member of the"
            " committee.",
            "Usernames that are rude, offensive or advertise a business will be changed or refused.",
            "We ask for a street address in the Goose Lake Valley to confirm that you live here, but it is never"
            " shown to other members.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Don't break the law", "Is it legal?", "Libel and contempt"),
        (
            "You are legally responsible for what you write, and you must not post anything defamatory, threatening"
            " or in contempt of court.",
            "Do not name anyone accused of a crime before they are charged, or discuss a case while it is before"
            " the Sheriff Court in Lerwick.",
            "The bulletin is published in Scotland, and Scots law, including the Defamation and Malicious"
            " Publication (Scotland) Act 2021, applies to every {c}.",
            "Oregon and federal law apply to everything on this page, including threats, harassment and anything"
            " that encourages violence.",
            "Anything that could prejudice a trial, breach a court order or identify the victim of a sexual offence"
            " will be removed at once.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs", "Using other people's work", "Can I share a photo?", "Quoting"),
        (
            "Only post photographs you have taken yourself or have permission to use.",
            "Quote a short passage from another source if you must, with a link, but do not paste in whole articles.",
            "By sending a {c} you give us a licence to publish it here and in the printed bulletin.",
            "Pictures of the Flat Holm lighthouse or the Steep Holm barracks belong to their photographers, so ask"
            " before sharing them.",
            "Diagrams from published seating manuals are copyright; describe the pattern in your own words instead.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How do I report a {c}?", "Flagging", "Spotted something wrong?", "Report it"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous, and the person you report will not be told who raised it.",
            "You can also email {mods} with a link to the {c} and a line saying what is wrong with it.",
            "Please do not report someone simply because you disagree with them.",
            "We aim to look at every report within 48 hours, sooner on a weekday.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "Editor's discretion", "Who decides?", "Discretion", "Removal"),
        (
            "{mods} may edit, hold back or delete any {c} at their discretion and need not give a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "We cannot enter into correspondence about individual decisions, although we do read every email.",
            "These rules are not exhaustive, and {mods} may remove anything that keeps to their letter but not"
            " their spirit.",
            "Publishing a {c} does not mean that the bulletin, the club or its volunteers agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and tips", "Tell us"),
        (
            "If we have got something wrong, email the editor rather than writing a {c}, and we will put it right"
            " as quickly as we can.",
            "Corrections are printed in the next issue and noted at the foot of the online article.",
            "News from Martindale, Hartsop and Patterdale is always welcome: births, deaths, lambing, road closures"
            " and strayed sheep.",
            "Tips about stories in Joseph, Enterprise or Imnaha can be sent in confidence, and we protect our sources.",
            "A {c} is not the place to report an error or a story, because the person who can act on it may never"
            " see it.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Can I swear?", "Capitals and text-speak"),
        (
            "Please avoid swearing, including words with some of their letters replaced by asterisks.",
            "{Cs} in Shetlandic are as welcome as those in English.",
            "Writing in capital letters reads as shouting and is hard to follow, so please don't.",
            "Keep {cs} readable, without long strings of emojis, text-speak or repeated punctuation.",
            "Mild language in a quotation may be left in, but anything stronger will be removed along with the {c}.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "A first breach usually earns a warning, a second a week's suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",
            "Members who are banned may not rejoin under another name.",
            "If you think you have been banned unfairly, write to {mods}, who will look at it again once.",
            "Removal from this group does not affect club membership, which is a matter for the committee under the"
            " constitution.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Not a substitute for your doctor", "Safety first", "Is this advice?", "At your own risk"),
        (
            "Nothing written here is medical advice; always speak to your GP, hand surgeon or rheumatologist before"
            " changing your treatment.",
            "Members share their experience of needle fasciotomy, injections, radiotherapy and surgery, but what"
            " worked for one hand may not suit yours.",
            "Coasteering is dangerous, and accounts of jumps and routes on this page are not an invitation to try"
            " them without a qualified guide.",
            "Check the tide tables and the forecast before crossing to Erraid or landing on Steep Holm, and never"
            " rely on anything said here for that.",
            "In an emergency at sea or on the coast, dial 999 and ask for the Coastguard.",
        ),
    ),
    (  # wildlife and protected sites
        ("Wildlife", "Nesting birds", "Protected sites", "Can I give a location?", "Respect the reserve"),
        (
            "Do not post exact locations of nesting gulls, peregrines or rare plants such as the wild peony.",
            "Flat Holm is a Site of Special Scientific Interest and a Local Nature Reserve, so please do not"
            " encourage anyone to land without permission.",
            "Disturbing a wild bird at its nest is an offence under the Wildlife and Countryside Act 1981.",
            "Sightings are welcome, but give a grid square rather than a pinpoint for anything sensitive.",
            "Seals and their pups on the Papa Stour shore should be watched from a distance and never shown on a map.",
        ),
    ),
    (  # elections and campaigning
        ("Election letters", "Politics", "Campaigning", "During elections", "Can I endorse a candidate?"),
        (
            "In the run-up to an election we do not publish {cs} endorsing candidates or measures that arrive after"
            " the deadline.",
            "Candidates may not use {cs} to campaign; paid political advertising is available through the office.",
            "Letters on county ballot measures are limited to 250 words and one per writer each month.",
            "Party slogans and campaign links will be removed from the group at any time of year.",
            "Planning objections should go to the National Park Authority, as this page cannot forward them.",
        ),
    ),
)

# The site's word for what readers send (singular, plural). Most sites say "comment"; the rest never do.
COMMENT_WORD_354: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_354: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as it would appear after a verb ("write to the committee").
MODERATORS_354: tuple[str, ...] = (
    "the editor",
    "the editors",
    "the moderators",
    "the committee",
    "the admins",
    "the admin team",
    "the bulletin team",
    "the page volunteers",
    "the forum team",
    "the trustees",
    "the news desk",
    "the residents' committee",
    "the club secretary",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_354: tuple[str, ...] = (
    "Please read these house rules before you post.",
    "We want this to be a friendly place for everyone on the island and beyond.",
    "The following guidelines apply to everyone who takes part in discussions on this site.",
    "By joining the group you agree to the rules below.",
    "These rules were agreed by the committee and apply to all members.",
    "Comments are welcome, but they are moderated, and this is what we ask of you.",
    "Thank you for taking part. A few ground rules:",
    "We are a small volunteer team, so please help us by sticking to the following.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_354: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "The committee reserves the right to change these rules at any time.",
    "Happy posting!",
    "Thanks for reading, and see you on the boat.",
    "If in doubt, leave it out.",
    "Commenting here means you accept these rules.",
    "Enjoy the group, and mind the tide.",
)

# Titles a site may print above its rules.
POLICY_TITLES_354: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Forum rules",
    "Group rules",
    "Comment policy",
    "Noticeboard terms",
    "Rules of the page",
    "Guidelines for letters and online comments",
    "Before you post",
)

# British spellings used in the sentences above, and their American forms.
AMERICAN_354: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "travellers": "travelers",
    "offence": "offense",
    "licence": "license",
}

# Small words a title-cased heading keeps in lower case after its first word.
_SMALL_WORDS_354 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by", "with"})

# Marker styles a site may put before each item: a name the drawing code knows.
_MARKER_STYLES_354: tuple[str, ...] = (
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
    "hyphen",
    "en dash",
    "middle dot",
    "Rule 1:",
    "Rule 1 -",
    "3.1",
    "Section 1.",
)

# Lines that open a part of a larger terms page, printed before the items (the placeholders are filled per site).
_SECTION_LINES_354: tuple[str, ...] = (
    "Section {n}: {Cs} and discussion",
    "Part {n} - Online {cs}",
    "{n}. Rules for {cs}",
    "Using the noticeboard",
    "Taking part online",
)

# Sign-offs printed at the foot of the rules; ``{Mods}`` is who looks after the site, capitalised.
_SIGN_OFFS_354: tuple[str, ...] = ("- {Mods}", "{Mods}", "Thanks, {mods}", "Posted by {mods}")

_MONTHS_354 = (
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


def _roman_354(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_354(style: str, number: int, section: int) -> str:
    """The marker ``style`` prints before the ``number``-th item (``section`` for numbered sections)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_354(number)}.",
        "(i)": f"({_roman_354(number)})",
        "I.": f"{_roman_354(number).upper()}.",
        "bullet": "\u2022",
        "star": "*",
        "hyphen": "-",
        "en dash": "\u2013",
        "middle dot": "\u00b7",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} \u2013",
        "3.1": f"{section}.{number}",
        "Section 1.": f"Section {number}.",
    }
    return markers[style]


def _title_case_354(heading: str) -> str:
    """``heading`` with each word capitalised except small words after the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS_354 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _capitalised_354(text: str) -> str:
    return text[:1].upper() + text[1:]


def _items_354(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone.

    A site draws its word for what readers send ("comment" at three sites in four, otherwise post, message, reply,
    contribution, letter or notice, and then no line it prints says "comment") and who looks after it; how many
    kinds of rule it prints (two to five at a site in five, six to sixteen at the rest), in table order or shuffled;
    for each kind a heading and one to three of its sentences, up to the site's own limit; its heading case
    (sentence, title or capitals, sometimes in bold asterisks) or no headings at all; where headings stand (a part of
    their own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash); a list
    marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", numbered sections) or none, and with
    bullets sometimes no final stops; and its own habits: a capitalised NOT, a section line above the items, a
    last-updated line and a sign-off below them. Then an opening, closing and title line, American spelling and
    curly quotes by ``_furnish``.
    """
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORD_354 if says_comment else rng.choice(OTHER_WORDS_354)
    moderators = rng.choice(MODERATORS_354)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": _title_case_354(moderators),
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(REWORDINGS_354)))
    kinds = rng.sample(range(len(REWORDINGS_354)), count)
    if rng.random() < 0.55:
        kinds.sort()

    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_place = rng.choices(("none", "own", "run-in"), weights=(0.25, 0.45, 0.3))[0]
    heading_case = rng.choices(("sentence", "title", "capitals"), weights=(0.45, 0.35, 0.2))[0]
    bold_headings = heading_place != "none" and heading_case != "capitals" and rng.random() < 0.1
    own_suffix = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(_MARKER_STYLES_354) if rng.random() < 0.6 else ""
    section = rng.randint(2, 9)
    drop_stops = marker_style in ("bullet", "star", "hyphen", "en dash", "middle dot") and rng.random() < 0.3
    shout_not = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_354[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most_sentences)))
        texts = [_capitalised_354(sentences[index].format(**words)) for index in chosen]
        if shout_not:
            texts = [text.replace(" not ", " NOT ", 1) if rng.random() < 0.5 else text for text in texts]
        if drop_stops:
            texts[-1] = texts[-1].removesuffix(".")

        heading = _capitalised_354(rng.choice(headings).format(**words))
        if heading_case == "title":
            heading = _title_case_354(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        if bold_headings:
            heading = f"**{heading}**"
        marker = _marker_354(marker_style, number, section) + " " if marker_style else ""

        if heading_place == "own":
            suffix = "" if heading.endswith(("?", "?**")) else own_suffix
            items.append((marker + heading + suffix, *texts))
        elif heading_place == "run-in":
            separator = " " if heading.endswith(("?", "?**")) else run_in_separator
            items.append(("", marker + heading + separator + texts[0], *texts[1:]))
        else:
            items.append(("", marker + texts[0], *texts[1:]))

    if rng.random() < 0.15:
        line = rng.choice(_SECTION_LINES_354).format(n=section, **words)
        items.insert(0, (line, ""))
    if rng.random() < 0.2:
        month, year = rng.randrange(12), rng.randint(2019, 2026)
        updated = rng.choice(
            (
                f"Last updated {rng.randint(1, 28)} {_MONTHS_354[month]} {year}.",
                f"Reviewed by the committee, {_MONTHS_354[month]} {year}.",
                f"Updated {month + 1}/{rng.randint(1, 28)}/{year}",
                f"Agreed at the AGM, {_MONTHS_354[month]} {year}.",
            )
        )
        items.append(("", updated))
    if rng.random() < 0.12:
        items.append(("", rng.choice(_SIGN_OFFS_354).format(**words)))

    def fits(line: str) -> bool:
        return says_comment or "comment" not in line.lower()

    intros = [line for line in POLICY_INTROS_354 if fits(line)]
    closings = [line for line in POLICY_CLOSINGS_354 if fits(line)]
    titles = [line for line in POLICY_TITLES_354 if fits(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_354)
