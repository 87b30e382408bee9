"""The ``reworded-285`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Rottnest Island notices, Isle of Wight papers, Minnesota Iron Range weeklies, bowls clubs, folk harp
circles, migraine forums, boat-dwellers' associations, tithe barn friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences): headings in sentence case (some of them questions),
# sentences in British spelling. ``{c}``/``{cs}``/``{C}``/``{Cs}`` stand for the site's word for what readers send and
# ``{mods}`` for whoever looks after the site; both are filled per site.
REWORDINGS_285: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Keep it friendly",
            "Treat others as you would on the green",
            "Why was my {c} removed for its tone?",
            "Personal attacks",
        ),
        (
            "Play the ball, not the player: criticise ideas by all means, but not the person who holds them.",
            "Please be as courteous here as you would be at the clubhouse bar after a roll-up.",
            "{Cs} that insult, belittle or goad other readers will be taken down, however well argued the rest is.",
            "Disagree with the council, the ferry company or the editor if you like, but keep it polite.",
            "Many of our members live with pain every day; a kind word costs nothing and a sharp one can do real harm.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No discrimination",
            "Racism and bigotry",
            "What counts as hateful?",
            "Respect for all",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability or"
            " age.",
            "Banter about overners and caulkheads is part of Island life, but prejudice against any group is not.",
            "Slurs aimed at Finnish, Slovenian, Italian or Ojibwe families on the Range, or at anyone else, will be"
            " deleted.",
            "Stirring up racial or religious hatred is a criminal offence and we will pass such material to the"
            " police.",
            "A joke at the expense of a whole group of people is still hateful, even with a winking face on the end.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Other people's details",
            "Can I name someone?",
            "Personal information",
            "Keep it private",
        ),
        (
            "Do not post the addresses, phone numbers, mooring spots or boat names of other people without their"
            " consent.",
            "Please don't share photos of other people's children without a parent's permission.",
            "If you mention your own diagnosis, remember that this forum can be read by anyone, including your"
            " employer.",
            "Private messages should stay private; do not copy them into a public thread.",
            "We will remove {cs} that identify people involved in a court case, an accident or a hospital admission.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "If you are worried about someone",
            "Are young people allowed to join?",
            "Keeping members safe",
        ),
        (
            "Members under 18 need a parent or guardian's consent to join the circle's online group.",
            "If something you read makes you think a person is at risk of harm, call 999 first and tell {mods} second.",
            "Our safeguarding officer can be reached through the club secretary, and concerns are treated in"
            " confidence.",
            "Any attempt to contact a junior member privately through this site will be reported to the police.",
            "If you are in crisis tonight, Samaritans can be reached free on 116 123 at any hour, or Lifeline on"
            " 13 11 14 in Australia.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, especially at weekends.",
            "The newsroom is small and closes at 5pm; {cs} sent overnight will be checked in the morning.",
            "Our moderators are volunteers, most of them living with migraine themselves, so please be patient.",
            "During Cowes Week and the festival we receive far more {cs} than usual, and approval may take a day or"
            " two.",
            "If your {c} has not shown up after 48 hours it has probably been declined; we do not always write to say"
            " why.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right thread?",
            "Relevance",
        ),
        (
            "Keep {cs} to the subject of the story; the Ryde Pier row does not belong under a report on a flower show.",
            "Threads about taconite, the mines or the pipeline tend to wander, so please stick to what the article is"
            " about.",
            "Tune requests, gig news and harps for sale each have their own board, so please use the right one.",
            "Off-topic {cs} may be moved to the general lounge or removed without notice.",
            "Questions about moorings, licences and stoppages belong on the Waterways board, not under Social.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
        ),
        (
            "Members may advertise a boat, a harp or a set of woods for sale once, and in the Classifieds board only.",
            "Please do not promote supplements, devices or clinics that promise to cure migraine.",
            "Links to holiday lets, ferry deals or tour operators will be removed unless they are directly relevant.",
            "Posting the same {c} under several stories will be treated as spam.",
            "Businesses that want to reach Range readers should call our advertising desk rather than post here.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames and accounts",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            "{Cs} must carry your full name and the town you live in; we withhold names only in exceptional"
            " circumstances.",
            "Choose a username that does not impersonate another person, a club official or a member of staff.",
            "One account per person, please; a second account used to back up your own argument will see both closed.",
            "You can post under a first name or a nickname, but {mods} must know who you are.",
            "Boat names are fine as usernames, as long as the boat is actually yours.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could I be sued for what I write?",
            "Contempt of court",
        ),
        (
            "You are legally responsible for what you write, and the law of defamation applies online just as it"
            " does in print.",
            "Do not speculate about cases before the Isle of Wight Crown Court or the magistrates in Newport; it can"
            " amount to contempt.",
            "Anything that could prejudice a trial in St. Louis County District Court will be removed immediately.",
            "Rottnest is an A-class reserve, so please don't encourage anyone to break its regulations, from feeding"
            " quokkas to fishing in a sanctuary zone.",
            "We may be required to hand details of a {c} and its author to the police or a court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a photo I found online?",
            "Quoting and sharing",
            "Sheet music and arrangements",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Please don't share scans of published harp books; link to the publisher or the arranger's own page"
            " instead.",
            "Short quotations are fine with credit, but whole articles copied from other papers are not.",
            "By posting you give us a licence to publish your {c} in print and online, and you keep the copyright.",
            "Traditional tunes are free to share, but modern arrangements usually belong to someone.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't reply",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules; it goes straight to {mods}.",
            "Please report rather than respond: arguing with a troll only gives it what it wants.",
            "Complaints about our editorial content can be made under the Editors' Code of Practice; see our Contact"
            " page.",
            "Reports are anonymous, and the member you report will not be told who raised it.",
            "Email the editor if a {c} mentions you and you believe it to be untrue.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Editor's discretion",
            "The committee's decision is final",
            "Our right to edit",
            "Who decides?",
            "Discretion",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The decision of {mods} on any {c} is final, just as the umpire's is on the green.",
            "Publication of a {c} does not mean that the paper agrees with it.",
            "These rules are a guide, not a contract, and {mods} may act on anything that harms the group even if it"
            " is not listed here.",
            "We may close a thread early once it has stopped being useful.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us what's happening",
        ),
        (
            "If we've got something wrong, email the newsdesk rather than posting a correction underneath; we will"
            " fix it faster.",
            "Got a story from Bembridge to Freshwater? Ring the newsdesk or use our Send Us Your News form.",
            "Mistakes in ferry times or tide tables should go to the operator, but please let us know too.",
            "Tips about council meetings, mine layoffs or school board decisions are always welcome at our Virginia"
            " office.",
            "Dates for the barn's events calendar go to the bookings secretary, not the noticeboard.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Can I swear?",
            "Plain English, please",
        ),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English so that all members and moderators can follow the conversation.",
            "Avoid writing in capitals: it reads as shouting, and busy, glaring text is hard to look at during an"
            " attack.",
            "Keep it family-friendly, because children and visitors read this board too.",
            "Text-speak and long strings of emoji make {cs} hard to follow with a screen reader.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
        ),
        (
            "A first breach usually earns a friendly warning, a second a week's suspension and a third a permanent"
            " ban.",
            "Serious breaches, such as threats or harassment, will lead to an immediate ban without warning.",
            "Banned members who register again under a new name will be removed again.",
            "Membership of the association may be reviewed by the committee if a member's behaviour online is"
            " persistently unacceptable.",
            "If you think a ban was unfair, you may appeal once, in writing, to the chair.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Safety first",
            "Can I recommend a medication?",
            "Health and safety",
            "Advice from other members",
        ),
        (
            "Nothing posted here is medical advice; always talk to your GP or neurologist before changing your"
            " medication.",
            "Please don't give dosage advice for triptans, topiramate or any other prescription drug.",
            "Tips on swimming, snorkelling and boating around the island are offered in good faith; check conditions"
            " at the Visitor Centre before you go.",
            "Advice on gas, electrics or hull work comes from members, not professionals, so get a qualified engineer"
            " for anything serious.",
            "Ice-fishing and snowmobile reports are readers' own; check ice thickness before going out.",
        ),
    ),
    (  # noticeboard terms
        (
            "Using the noticeboard",
            "How long do notices stay up?",
            "Noticeboard terms",
            "Events and lost property",
            "Posting a notice",
        ),
        (
            "Notices are taken down after 28 days unless you ask us to renew them.",
            "Property lost on the ferry, in the Settlement or at the bike hire should be handed to the Visitor Centre"
            " rather than advertised here.",
            "Please include a date, a contact and the name of your group on every notice.",
            "Notices for the Friends' open days, craft fairs and harvest supper take priority in September.",
            "Boats for sale, moorings wanted and crew offered all go under Classified, one notice per boat.",
        ),
    ),
)

# What readers send, as (singular, plural): "comment" for most sites, other words for about a quarter of them.
READER_WORDS_285: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after the site, as it stands in the middle of a sentence.
MODERATORS_285: tuple[str, ...] = (
    "the editor",
    "the moderators",
    "the committee",
    "the forum team",
    "the newsdesk",
    "the admin team",
    "our volunteer moderators",
    "the trustees",
    "the club secretary",
    "the circle's organisers",
)

# Opening lines a site may print before its rules (filled with the site's word before use).
POLICY_INTROS_285: tuple[str, ...] = (
    "We welcome {cs} from readers across the Island and beyond, but please read these guidelines first.",
    "These house rules apply to everyone who posts here, members and moderators alike.",
    "The committee has agreed the following rules for the club's website and social media group.",
    "By sending us a {c} you agree to the terms below.",
    "Our noticeboard is run by volunteers; please help keep it useful by following a few simple rules.",
    "Readers are welcome to respond to stories on our website, subject to the following.",
    "This forum exists so that people living with migraine can support one another safely.",
)

# Closing lines a site may print after its rules (filled with the site's word before use).
POLICY_CLOSINGS_285: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "These rules were last reviewed by the committee at the AGM.",
    "Questions about these guidelines can be sent to the editor.",
    "Happy harping!",
    "Look after yourselves, and each other.",
    "Fair winds, and see you on the cut.",
    "Good bowling, and thank you for reading.",
    "We read every {c}, even the ones we cannot publish.",
)

# Titles a site may print above its rules (filled with the site's word before use).
POLICY_TITLES_285: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms of use",
    "Guidelines for {cs}",
    "{C} policy",
    "Code of conduct",
    "Members' forum: rules",
    "Message board rules",
)

# British spellings used in this family's sentences and lines, and their American forms.
AMERICAN_285: dict[str, str] = {
    "criticise": "criticize",
    "offence": "offense",
    "licences": "licenses",
    "licence": "license",
    "behaviour": "behavior",
    "organisers": "organizers",
    "snorkelling": "snorkeling",
    "Centre": "Center",
    "neighbour": "neighbor",
    "colour": "color",
}

# Words a title-cased heading keeps in lower case (after its first word).
_SMALL_WORDS_285 = frozenset({"a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to"})

# Group lines a site may print over parts of its rules.
_SECTION_NAMES_285: tuple[str, ...] = (
    "General",
    "Your {cs}",
    "Moderation",
    "Our community",
    "Legal",
    "Before you post",
    "Using the site",
)

# Last-updated or reviewed lines a site may print before or after its rules.
_UPDATED_LINES_285: tuple[str, ...] = (
    "Last updated: 14 March 2024.",
    "Updated April 2023",
    "Reviewed by the committee, October 2022.",
    "These rules were last revised on 2 June 2021.",
    "Effective from 1 January 2025",
)

# Sign-offs a site may print at the foot of its rules (filled with the site's moderators).
_SIGN_OFFS_285: tuple[str, ...] = (
    "\u2014 {Mods}",
    "{Mods}",
    "Thanks, {mods}",
    "Signed on behalf of {mods}",
)


def _title_case_285(text: str) -> str:
    """``text`` with each word capitalised except the small ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_285) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman_285(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_285(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for item ``number`` (in section ``section``), with its trailing space."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    shapes = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_285(number)}.",
        "I.": f"{_roman_285(number).upper()}.",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 -": f"Rule {number} \u2013",
        "1.1": f"{section}.{number}",
        "Section 1.": f"Section {number}.",
        "\u00a7 1": f"\u00a7 {number}",
    }
    return shapes.get(style, style) + " "


def _items_285(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send ("comment" three times in four, otherwise post, message, reply,
    contribution, letter or notice) and who moderates it; how many kinds it prints (two to five for a few sites, six
    to sixteen for most), in the table's order or shuffled; one to three sentences an item; whether it prints headings
    and in what case (sentence, title or capitals), and where (a part of their own, bare or with a stop or colon, or run
    in before the first sentence after a colon, stop or dash), sometimes in asterisks or underscores for emphasis; a
    list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or
    none, and in a bulleted list sometimes no closing stop; and now and then a section line over each half, a
    last-updated line and a sign-off. The opening, closing and title lines, American spelling and curly quotes come
    from ``_furnish``."""
    if rng.random() < 0.75:
        singular, plural = "comment", "comments"
    else:
        singular, plural = rng.choice(READER_WORDS_285)
    moderators = rng.choice(MODERATORS_285)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[0].upper() + moderators[1:],
    }

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = rng.sample(REWORDINGS_285, count)
    else:
        kinds = [REWORDINGS_285[index] for index in sorted(rng.sample(range(len(REWORDINGS_285)), count))]

    heading_case = rng.choices(("sentence", "title", "capitals", "none"), weights=(4, 3, 1, 2))[0]
    heading_place = rng.choice(("own", "own", "run-in"))
    own_mark = rng.choice(("", ".", ":"))
    run_in_mark = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    emphasis = rng.choices(("", "**", "*", "_"), weights=(14, 2, 1, 1))[0]
    marker_style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "I.",
            "\u2022",
            "-",
            "\u2013",
            "*",
            "Rule 1:",
            "Rule 1 -",
            "1.1",
            "Section 1.",
            "\u00a7 1",
        )
    )
    bulleted = marker_style in ("\u2022", "-", "\u2013", "*")
    drop_stops = bulleted and rng.random() < 0.3
    most_sentences = rng.choice((1, 1, 2, 3))
    sections = rng.random() < 0.15 and count >= 6
    section_names = rng.sample(_SECTION_NAMES_285, 2)

    items: list[tuple[str, ...]] = []
    section = 1
    number = 1
    for position, (headings, sentences) in enumerate(kinds):
        if sections and position in (0, count // 2):
            if position:
                section += 1
                if marker_style == "1.1":
                    number = 1
            name = section_names[section - 1].format(**words)
            items.append((f"{section}. {name}" if rng.random() < 0.5 else name.upper(), ""))
        chosen = [sentence.format(**words) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if drop_stops and chosen[-1].endswith("."):
            chosen[-1] = chosen[-1][:-1]
        marker = _marker_285(marker_style, number, section) if marker_style else ""
        number += 1
        if heading_case == "none":
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = rng.choice(headings).format(**words)
        if heading_case == "title":
            heading = _title_case_285(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        if heading_place == "own":
            items.append((marker + heading + ("" if question else own_mark), *chosen))
        else:
            joint = " " if question else run_in_mark
            items.append(("", marker + heading + joint + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        updated = ("", rng.choice(_UPDATED_LINES_285))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.12:
        items.append(("", rng.choice(_SIGN_OFFS_285).format(**words)))

    intros = [line.format(**words) for line in POLICY_INTROS_285]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_285]
    titles = [line.format(**words) for line in POLICY_TITLES_285]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_285)
