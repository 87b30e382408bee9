"""The ``reworded-242`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Belize news, Orkney parish papers, West Virginia coal-town weeklies, rowing clubs, calligraphy
societies, endometriosis forums, mobile-home park residents, canal restoration trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised)
# stand for the site's word for what readers send and ``{mods}`` for who looks after the site; ``{mods}`` is only
# used mid-sentence, before a modal verb or after a preposition, so it reads right for one person or a team.
REWORDINGS_242: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Courtesy",
            "Play the ball, not the man",
            "How should I disagree with someone?",
            "Keep it neighbourly",
        ),
        (
            "Treat other readers the way you would treat a neighbour at the post office counter.",
            "Disagree with the argument if you must, but leave the person out of it; personal attacks will be removed.",
            "Be kind. Many of our members are in pain, tired and frightened, and a sharp {c} lands harder than you "
            "think.",
            "We are a small club and everyone knows everyone at the boathouse, so please write as you would speak on "
            "the landing stage.",
            "Name-calling, baiting and sniping at other people are not acceptable behaviour here, however strongly "
            "you feel about the subject.",
        ),
    ),
    (  # hatred
        (
            "Hate speech",
            "No discrimination",
            "Racism and bigotry",
            "What counts as hateful?",
            "Equality",
            "Everyone is welcome",
        ),
        (
            "{Cs} that attack people for their race, colour, religion, sex, sexuality, disability or age will be "
            "deleted without notice.",
            "Belize is Kriol, Mestizo, Garifuna, Maya, Mennonite, East Indian and Chinese together, and we will not "
            "publish {cs} that set one people against another.",
            "Jokes at the expense of incomers, travellers or anybody else's background are not funny here and will "
            "not be printed.",
            "We do not allow slurs of any kind, including ones written with asterisks or misspelled to get past the "
            "filter.",
            "The club is open to all, and so is this forum: discrimination of any sort is a breach of the club's "
            "code of conduct and of British Rowing's.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Don't share private details",
            "Can I name my neighbour?",
            "Other people's business",
            "Protect yourself",
        ),
        (
            "Do not post anyone's phone number, address, lot number or licence plate, including your own.",
            "Please don't name your consultant or hospital in a way that could let others recognise a patient or a "
            "member of staff.",
            "Everyone in the parish knows whose croft is whose, so think twice before writing about a neighbour, "
            "even without naming them.",
            "Photographs of children, of other residents or of anyone's home should not be put up without their "
            "permission.",
            "Private messages are private; do not copy them into a public thread without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Juniors and young people",
            "Keeping children safe",
            "Who do I tell if I'm worried about a child?",
            "Vulnerable members",
            "Welfare",
        ),
        (
            "Junior members' full names, schools and photographs must not be posted; take any concern to the club "
            "welfare officer.",
            "If a {c} suggests that someone is at risk of harm, {mods} may pass it on to the police or social "
            "services.",
            "If you are in crisis or thinking of harming yourself, please stop reading and call 999, your GP or "
            "the Samaritans on 116 123.",
            "Anyone under sixteen must have a parent's or guardian's permission to join, and the junior programme "
            "has its own rules.",
            "Concerns about the safety of a child in Belize can be reported to the Department of Human Services or "
            "to the police by dialling 911.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval",
            "Please be patient",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by a person before they appear, and that person is usually also the editor, the "
            "photographer and the one who delivers the bundles.",
            "{Cs} sent after six on a Friday will not be looked at until Monday morning.",
            "The first {c} from a new account is held for approval; after that, yours should appear straight away.",
            "We are volunteers, so it may take a day or two, longer during regatta week.",
            "When the ferry is off and the broadband with it, {cs} wait until we are back on the island's line.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place for my question?",
            "Relevance",
            "One subject to a thread",
        ),
        (
            "Keep {cs} to the subject of the story; the forum is the place for everything else.",
            "Please search before starting a new thread, as most questions about excision, Visanne and the pill "
            "have been asked before.",
            "This page is for news of the canal and the trust's work, not for arguments about boat licensing "
            "elsewhere on the waterways.",
            "Threads that drift into national politics or the general election will be locked.",
            "Questions about lot rent, repairs or your lease should go to the park office rather than here.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Links",
            "Commercial {cs}",
        ),
        (
            "Do not advertise goods or services, and that includes your cousin's guesthouse in San Pedro.",
            'Links to supplements, "miracle" diets, private clinics or fundraisers will be removed unless agreed '
            "with {mods} first.",
            "Members who teach, or who sell pens, nibs, inks or paper, may say so once in their profile, but not in "
            "every {c}.",
            "Spam, chain letters and links to unknown sites are deleted and the sender's account closed.",
            "Tradespeople on the park may put a card on the noticeboard in the community centre; this page is not "
            "the place.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts",
            "Real names, please",
            "Usernames",
            "Can I post anonymously?",
            "One person, one account",
        ),
        (
            "{Cs} must carry your real name and the town or hollow you live in, just as in the printed paper.",
            "You may use a nickname, but please don't choose one that could be mistaken for a doctor or a charity.",
            "One account each; anyone found running a second account to support their own {cs} will lose both.",
            "Do not pretend to be another person, a member of the committee or a member of staff of another "
            "organisation.",
            "We will not publish anything sent under a false name or from an address we cannot reply to.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "What is libel?",
            "Contempt of court",
        ),
        (
            "Do not accuse anyone of a crime unless they have been convicted of it; you, not just the paper, can be "
            "sued for libel.",
            "Nothing may be said about a case before the courts in Belize City or the districts that could "
            "prejudice a trial.",
            "Under Scots law, {cs} about anyone who has been charged can amount to contempt of court, so we close "
            "{cs} on those reports.",
            "Calling someone at the mine, the county courthouse or the school board a thief or a liar is a claim "
            'you may have to prove in court, and "I was only asking" is no defence.',
            "Anything you write may have to be handed over to the police or a court if the law requires it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and artwork",
            "Can I share someone else's work?",
            "Credit where it's due",
            "Quoting",
        ),
        (
            "Only put up photographs and lettering that you made yourself, or that you have permission to share, "
            "and say whose they are.",
            "Exemplars from a tutor's workshop sheets are the tutor's work; ask before sharing them, even to "
            "practise from.",
            "Short quotations are fine; pasting whole articles from other papers is not.",
            "By sending a {c} you give the society permission to reprint it in the newsletter, with your name.",
            "Photographs taken at work parties may be used by the trust in its newsletter and funding bids unless "
            "you tell us otherwise.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flagging",
            "How do I report a {c}?",
            "Seen something wrong?",
            "Tell us",
        ),
        (
            'Use the "Report" link under any {c} you think breaks these rules, and it will be looked at by {mods}.',
            "Please don't argue with a troll in the thread; report it and move on.",
            "If you think something here is untrue or unfair to you, email the newsroom with the date and the "
            "headline.",
            "Reports are read by a person, not a machine, and are kept confidential.",
            "Worried about a {c}? Ring the office, or have a word with any committee member at the clubhouse.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editor's discretion",
            "The committee's decision is final",
            "Why was my {c} removed?",
            "The right to refuse",
            "Editing",
        ),
        (
            "We may edit, shorten, hold back or remove any {c}, and we do not have to give a reason.",
            "Publication of a {c} does not mean that the paper agrees with it.",
            "The judgement of {mods} on what stays up is final, though you may write to the chair if you think it "
            "was wrong.",
            "{Cs} may be shortened for space and for the website, but their meaning will not be changed.",
            "These rules are a guide rather than a contract, and the spirit of them matters more than the wording.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Tips and corrections",
            "Something we should know?",
        ),
        (
            "If we have got something wrong, please email the editor rather than leaving a {c}, so it can be put "
            "right in print as well, and we will apologise where we should.",
            "Tips about news in Cayo, Toledo or anywhere else in the country can be sent to the newsroom by WhatsApp.",
            "Errors in a report of a kirk session, community council or school meeting will be corrected in the "
            "next week's paper.",
            "Family announcements, obituaries and church notices go to the office, not in the {cs}.",
            "We read every tip, though we cannot always reply.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which languages can I use?",
            "Keep it clean",
            "Plain words",
        ),
        (
            "No swearing, even with the letters starred out.",
            "{Cs} in Kriol and Spanish are welcome, and the same rules apply to them as to English.",
            "Please write in plain words and spell things out, because not every member knows that DIE means deep "
            "infiltrating endometriosis.",
            "Writing in capitals reads as shouting and may be toned down.",
            "Remember that children and grandparents read this page too.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspension",
            "Sanctions",
            "Repeat offenders",
        ),
        (
            "A first breach gets a private word, a second a written warning, and a third a ban.",
            "Banned members who come back under a new name will be removed again without warning.",
            "Threats or harassment will lead to an immediate ban and may be reported to the police as an offence.",
            "A club member whose conduct online breaches the code may also face the club's disciplinary procedure.",
            "Bans are for a week, a month or for good, at the discretion of {mods}.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Safety on the water",
            "Is the advice here reliable?",
            "Take care",
        ),
        (
            "Members share their own experience, not medical advice; always speak to your GP, gynaecologist or "
            "specialist nurse before changing treatment.",
            "Do not recommend stopping prescribed medication, and do not post doses.",
            "Nothing said here about the weather or the state of the river overrides the club's safety rules or "
            "the captain's decision on outings.",
            "Never walk on lock gates or work on the canal except at a supervised work party, after the trust's "
            "safety briefing.",
            "Tips about tying down your home or heating it in winter are one resident's view; follow the park rules "
            "and the manufacturer's instructions.",
        ),
    ),
    (  # sensitive subjects
        (
            "Sensitive subjects",
            "Content warnings",
            "Pregnancy and fertility",
            "Grief and loss",
            "Is it all right to write about pregnancy?",
            "Be mindful",
        ),
        (
            'Please put "TW" or "pregnancy" at the start of the subject line when writing about pregnancy, '
            "miscarriage or loss.",
            "Graphic descriptions of surgery belong in the members-only section, with a warning at the top.",
            "Reports of deaths and of accidents at the mine or on the road are about real families, and {cs} on "
            "them will be read closely.",
            "Threads about a recent death in the parish will be closed to {cs} if the family asks.",
            "Some members have lost a great deal to this illness; think about who might be reading before you send "
            "a {c}.",
        ),
    ),
    (  # buying, selling and notices
        (
            "For sale and wanted",
            "Classifieds",
            "Lost and found",
            "Can I sell things here?",
            "Swaps",
            "Noticeboard",
        ),
        (
            "Boats, blades and ergs may be advertised in the For Sale section by members only.",
            "Homes for sale on the park must be shown to the park manager before they are advertised, as the park "
            "rules require.",
            "Lost and found pets, keys and bikes are welcome; please say when the item has been returned.",
            "Sellers are responsible for their own sales, and the society does not favour one dealer over another.",
            "Please don't put items for sale in the {cs} under news stories.",
        ),
    ),
)

# The site's word for what readers send, as (singular, plural); most sites say "comment", a quarter never do.
COMMENT_WORDS_242: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_242: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("response", "responses"),
)

# Who looks after the site, as printed mid-sentence.
MODERATORS_242: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the news desk",
    "the editorial team",
    "the committee",
    "the forum admins",
    "the moderating team",
    "the webmaster",
    "the trustees",
    "the residents' committee",
    "the club secretary",
    "the volunteers who run this page",
)

# Opening lines a site may print before its rules.
POLICY_INTROS_242: tuple[str, ...] = (
    "Before you post, please read the following.",
    "We welcome {cs} from readers, subject to the rules below.",
    "This is a community page, and these rules keep it that way.",
    "These guidelines were agreed by {mods} and apply to everyone who takes part.",
    "Thank you for taking part. A few ground rules:",
    "By sending a {c} you agree to the following.",
    "Please take a moment to read these before joining in.",
    "This forum is a safe place for people living with endometriosis, and we want to keep it that way.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_242: tuple[str, ...] = (
    "Thank you for keeping this a friendly place.",
    "These rules may change without notice.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to {mods} through the contact page.",
    "See you on the water.",
    "Happy lettering!",
    "Look after yourselves, and each other.",
    "Thank you, and mind how you go.",
)

# Titles a site may print over its rules.
POLICY_TITLES_242: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Code of conduct for online discussion",
    "Rules of the forum",
    "Letters and {cs}",
)

# British spellings used in the sentences above, and how an American site prints them.
AMERICAN_242: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "colour": "color",
    "licence": "license",
    "offence": "offense",
    "defence": "defense",
    "gynaecologist": "gynecologist",
    "travellers": "travelers",
    "dialling": "dialing",
    "organisation": "organization",
    "recognise": "recognize",
    "apologise": "apologize",
    "judgement": "judgment",
    "centre": "center",
    "favour": "favor",
    "programme": "program",
    "practise": "practice",
}

# Small words a title-cased heading leaves in lower case.
_SMALL_WORDS_242 = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "at", "as", "but"})

# List marker shapes a site may print before its items ("" for none, three times as likely; numbers twice).
MARKER_SHAPES_242: tuple[str, ...] = (
    *("", "", ""),
    *("1.", "1.", "1)", "(1)", "a)", "(a)", "I.", "i)"),
    *("bullet", "dash", "endash", "star"),
    *("rule:", "rule-", "section", "para", "guideline"),
)

# Months, for the last-updated lines.
_MONTHS_242 = (
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


def _roman_242(number: int) -> str:
    """``number`` (1 to 39) in Roman numerals, in capitals."""
    tens, units = divmod(number, 10)
    ones = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    return "X" * tens + ones[units]


def _title_case_242(text: str) -> str:
    """``text`` with each word capitalised but the small ones (the first word always), other letters kept."""
    words = text.split(" ")
    return " ".join(
        word if (index and word.lower() in _SMALL_WORDS_242) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_242(shape: str, number: int, section: int) -> str:
    """The list marker of ``shape`` for the ``number``-th item (the ``section`` number for section shapes)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    roman = _roman_242(number)
    return {
        "": "",
        "1.": f"{number}. ",
        "1)": f"{number}) ",
        "(1)": f"({number}) ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "I.": f"{roman}. ",
        "i)": f"{roman.lower()}) ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "endash": "\u2013 ",
        "star": "* ",
        "rule:": f"Rule {number}: ",
        "rule-": f"Rule {number} \u2013 ",
        "section": f"{section}.{number} ",
        "para": f"\u00a7{number} ",
        "guideline": f"Guideline {number}. ",
    }[shape]


def _items_242(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" three times in four,
    else one of the other words, never "comment" anywhere then) and who moderates it; how many kinds it prints (two
    to five for a fifth of sites, else six to sixteen), in table order or shuffled; whether it prefers question
    headings where a kind has one; how it prints headings (none, a part of their own with nothing, a stop or a colon
    after them, or run in before the first sentence after a colon, stop or dash), in sentence case, title case or
    capitals, sometimes in bold; a list marker shape (numbers, letters, Roman numerals, bullets, dashes, "Rule 1:",
    section numbers, a section sign) or none; and habits of its own: a section or pinned-thread line at the top, a
    last-updated line at the top or the bottom, a shouted NOT, and a sign-off. Each item gives one to three of its
    kind's sentences. The opening, closing and title lines, American spelling and curly quotes come from
    :func:`_furnish`."""
    singular, plural = rng.choice(OTHER_WORDS_242) if rng.random() < 0.25 else COMMENT_WORDS_242[0]
    moderators = rng.choice(MODERATORS_242)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        return text.format(**fill)

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_242)), count)
    if rng.random() < 0.6:
        kinds.sort()
    prefer_questions = rng.random() < 0.15
    placement = rng.choices(("none", "own", "run-in"), weights=(2, 5, 3))[0]
    own_ending = rng.choice(("", "", ".", ":"))
    run_in_separator = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    case = rng.choices(("sentence", "title", "capitals"), weights=(5, 3, 1))[0]
    bold = placement == "own" and rng.random() < 0.15
    shape = rng.choice(MARKER_SHAPES_242)
    section = rng.randint(2, 14)
    shout_not = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_242[kind]
        questions = [heading for heading in headings if heading.endswith("?")]
        heading = filled(rng.choice(questions if prefer_questions and questions else headings))
        if case == "title":
            heading = _title_case_242(heading)
        elif case == "capitals":
            heading = heading.upper()
        chosen = [filled(sentence) for sentence in rng.sample(sentences, rng.choices((1, 2, 3), (5, 3, 2))[0])]
        if shout_not:
            chosen = [sentence.replace(" not ", " NOT ", 1) for sentence in chosen]
        marker = _marker_242(shape, number, section)
        if placement == "own":
            ending = "" if heading.endswith("?") else own_ending
            shown = f"**{heading}**" if bold else heading
            items.append((marker + shown + ending, *chosen))
        elif placement == "run-in":
            separator = " " if heading.endswith("?") else run_in_separator
            items.append(("", marker + heading + separator + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))

    if rng.random() < 0.15:
        top = rng.choice(
            (
                f"Section {section}: Website and {plural}",
                f"Part {rng.choice('BCDE')} \u2013 Online {plural} and social media",
                f"Appendix {rng.choice('ABC')}: Rules for {plural}",
                f"Club handbook, section {section}: website, forum and social media",
                "Pinned: Please read before posting",
                "Sticky: Forum rules (updated)",
                "Announcement: House rules",
            )
        )
        items.insert(0, (top, ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2014, 2026)
        updated = rng.choice(
            (
                f"Last updated: {day} {_MONTHS_242[month - 1]} {year}",
                f"Updated {_MONTHS_242[month - 1]} {year}.",
                f"Revised {month}/{day}/{year % 100:02d}",
                f"Adopted by the committee on {day} {_MONTHS_242[month - 1]} {year}.",
                f"Reviewed at the AGM, {year}.",
                f"Version {rng.randint(1, 4)}.{rng.randint(0, 9)}, {_MONTHS_242[month - 1]} {year}",
            )
        )
        if rng.random() < 0.4:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(
            (
                "",
                rng.choice(
                    (
                        "\u2014 The Editor",
                        "The Editor",
                        "\u2013 Admin",
                        "The Committee",
                        "Posted by forum_admin",
                        "Moderator team",
                        "Board of Trustees",
                        "The Residents' Association",
                        f"Signed on behalf of {moderators}",
                    )
                ),
            )
        )

    def said(lines: tuple[str, ...]) -> list[str]:
        said_lines = [filled(line) for line in lines]
        if singular != "comment":
            said_lines = [line for line in said_lines if "comment" not in line.lower()]
        return [line for line in said_lines if "letters and letters" not in line.lower()]

    return _furnish(
        items, rng, said(POLICY_INTROS_242), said(POLICY_CLOSINGS_242), said(POLICY_TITLES_242), AMERICAN_242
    )
