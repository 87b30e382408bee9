"""The ``reworded-143`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fijian-Indian community news, Welsh Borders papers, Vermont dairy-country weeklies, orienteering
leagues, choral societies, residents' parking action groups, long-term-unemployed support boards, and
windmill-and-watermill trusts.

Written blind: from how such sites word and print their posting rules, house rules and forum guidelines, without
reading the cleaner's code, docs or reports, nor any other family's sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: The site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_143 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

#: Per item kind: heading choices (sentence case, a question or two among them, printed without a stop) and five
#: sentences, of which an item prints one to three. {c} {cs} {C} {Cs}: the site's word, singular and plural,
#: lower and capitalised. Written in British spelling; a document may print it in American (``AMERICAN_143``).
REWORDINGS_143 = (
    (  # civility
        (
            "Be courteous",
            "Treat others with respect",
            "Play the ball, not the player",
            "Disagree without being disagreeable",
            "Is it kind?",
            "Would you say it to their face?",
        ),
        (
            "Robust debate is welcome, but personal attacks on other members, our reporters or the people in the "
            "story are not.",
            "Please treat fellow readers as you would wish to be treated at a public meeting or in the village shop.",
            "{Cs} that insult, belittle or goad other users will be removed without notice.",
            "Criticise the idea, not the person who holds it.",
            "Many of our members are going through a difficult time, so a little patience and kindness goes a long "
            "way.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Racism and discrimination",
            "Respect every community",
            "Zero tolerance for bigotry",
            "What counts as hate speech?",
        ),
        (
            "We will not publish anything that attacks people on the grounds of race, ethnicity, caste, religion, "
            "gender, sexuality, age or disability.",
            "Our readers come from iTaukei, Indo-Fijian and many other backgrounds, and remarks that stir up division "
            "between communities will be deleted.",
            "Slurs, stereotypes and 'jokes' at the expense of any group have no place here, whatever the intention.",
            "Anti-English or anti-Welsh abuse, and sneering at 'incomers', will be treated like any other prejudice.",
            "Posting hateful material may be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep personal details private",
            "No number plates or addresses",
            "Can I name a neighbour?",
        ),
        (
            "Do not post anyone's home address, phone number, email address or workplace, including your own.",
            "Photos of vehicles must have their number plates obscured, and we will not publish pictures of "
            "individual driveways or houses.",
            "Please don't name or describe neighbours, landlords or drivers you are in dispute with.",
            "Do not share details of another member's claim, health or family circumstances, even if they posted "
            "them elsewhere.",
            "{Cs} that identify private individuals without their consent will be taken down.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Young members",
            "If you are worried about someone",
            "Can children take part?",
        ),
        (
            "Never post the full names, schools or photographs of junior members without the written consent of a "
            "parent or guardian.",
            "Anyone under 16 needs a parent's permission before sending us a {c}.",
            "If someone says they are thinking of harming themselves, please alert the moderators straight away and, "
            "in an emergency, call the emergency services.",
            "Any concern about the welfare of a child or vulnerable adult should be raised privately with our "
            "safeguarding officer, not on the open board.",
            "Do not arrange to meet other users privately through this site.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderated {cs}",
            "Please be patient",
            "Volunteer moderators",
            "When will my {c} show up?",
        ),
        (
            "All {cs} are checked by a moderator before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not be approved until the "
            "next working day.",
            "Sending the same {c} several times will not speed it up, and duplicates will be removed.",
            "{Cs} containing links are held automatically for review.",
            "The board is not monitored around the clock, and discussion may be closed on bank holidays and during "
            "the summer break.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Stick to the story",
            "Keep threads on track",
        ),
        (
            "Please keep {cs} relevant to the article or thread they appear under.",
            "Questions about rehearsals, fixtures or subscriptions belong in the members' area rather than under "
            "news items.",
            "Off-topic {cs}, including long-running feuds carried over from other threads, may be removed or moved.",
            "Local politics is welcome where it relates to the story, but this is not the place for party campaigning.",
            "If you want to raise a new subject, start a new thread rather than hijacking an existing one.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and fundraising",
            "No commercial posts",
            "Can I advertise my business?",
        ),
        (
            "{Cs} promoting goods, services, websites or events for commercial gain will be deleted.",
            "Job offers, 'work from home' schemes and paid training courses may only be posted with the "
            "administrator's prior approval.",
            "Repeated links to the same site will be treated as spam and the account suspended.",
            "Fundraising appeals for other charities should be sent to the secretary rather than posted here.",
            "Please call the front office about display and classified advertising in the print edition.",
        ),
    ),
    (  # names and accounts
        (
            "Real names",
            "Use your own name",
            "One account per person",
            "Usernames",
            "No impersonation",
            "Do I have to use my real name?",
        ),
        (
            "We ask readers to post under their real first name and surname.",
            "Members may use a username, but it must not be offensive or impersonate another person or organisation.",
            "Each person may hold only one account, and accounts found to be duplicates will be closed.",
            "Please keep your email address up to date so that we can contact you about your {cs}.",
            "We will not publish anonymous letters or {cs}, although a name may be withheld on request in "
            "exceptional circumstances.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The law",
            "Defamation",
            "Contempt of court",
            "Legal responsibility",
            "What about court cases?",
        ),
        (
            "You are legally responsible for what you post, and defamatory statements can lead to action against "
            "you as well as us.",
            "Do not make allegations of criminal behaviour, dishonesty or incompetence that you cannot prove.",
            "{Cs} about active court cases, including speculation about guilt or the identity of a suspect, will not "
            "be published.",
            "Material that breaches a court order or reporting restriction will be removed and may be passed to the "
            "authorities.",
            "Do not encourage illegal activity, such as damaging vehicles, removing signs or blocking access.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Photos and maps",
            "Other people's work",
            "Can I post a map or a score?",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Orienteering maps are the copyright of the club that surveyed them and must not be reproduced without "
            "permission.",
            "Please do not post scanned scores, recordings or lyrics that are still in copyright.",
            "Short quotations are fine if credited, but do not paste whole articles from other publications.",
            "By sending us a {c} you grant us a non-exclusive licence to publish it in print and online.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report abuse",
            "Seen something wrong?",
            "Flag it, don't feed it",
            "How do I report a problem?",
        ),
        (
            "If you see a {c} that breaks these rules, use the 'Report' link beneath it rather than replying.",
            "Please do not respond to provocation; report it and let the moderators deal with it.",
            "Reports are anonymous and every one is read by a member of the team.",
            "You can also email the moderators, giving a link to the {c} and the reason for your concern.",
            "Reporting a {c} does not guarantee its removal, and misuse of the report button may itself lead to a "
            "warning.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Moderators' decisions",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators act on behalf of the committee, and their decisions are final.",
            "We do not enter into correspondence about individual moderation decisions.",
            "Publication of a {c} does not mean that we agree with it or endorse it.",
            "These rules may be changed at any time, and continued use of the board means you accept the current "
            "version.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Send us your news",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If you believe we have got something wrong, please email the news desk rather than posting a correction "
            "below the story.",
            "Complaints about accuracy are handled under our complaints procedure, and a correction will be printed "
            "where one is needed.",
            "Have news from your village, temple, chapel or club? Contact the newsroom by phone or email.",
            "Tips sent through this board may not be seen in time; use the contact form for anything urgent.",
            "We are regulated by IPSO and follow the Editors' Code of Practice.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Bad language",
            "Keep it clean",
            "Which languages can I use?",
            "No shouting",
        ),
        (
            "Swearing, including words with letters replaced by symbols, is not allowed.",
            "{Cs} may be written in English or Welsh, and we moderate both equally.",
            "{Cs} in Fiji Hindi or Hindi are welcome, but please add a short English summary so that all readers "
            "can follow.",
            "Please don't write in capital letters; it reads as shouting and is harder to read.",
            "Crude or sexual language will be removed, as many of our readers are young people and families.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will usually receive a warning first.",
            "Repeated or serious breaches will lead to a temporary suspension or a permanent ban.",
            "Anyone who re-registers after being banned will be removed without further notice.",
            "We operate a three-strikes policy, although we may act immediately in serious cases.",
            "A ban from the online board does not affect membership of the society, but the committee will be "
            "informed.",
        ),
    ),
    (  # safety and advice
        (
            "Advice shared here",
            "Not professional advice",
            "Your safety",
            "Take care",
            "Can I rely on what I read here?",
        ),
        (
            "Members share their own experience of benefits, training and job searching, but this is no substitute "
            "for advice from Citizens Advice or your work coach.",
            "Always check information about parking permits, restrictions and appeals with the council before "
            "acting on it.",
            "Opening times and milling days mentioned in {cs} may be out of date; check with the trust before you "
            "travel.",
            "Route advice and course notes are shared in good faith; check event details with the organiser before "
            "you set out.",
            "Never share your bank details, National Insurance number or passwords with anyone who contacts you "
            "through the board.",
        ),
    ),
)


#: Titles, opening and closing lines some such sites print with their rules (reworded-143 only).
POLICY_TITLES_143 = (
    "House Rules",
    "Posting guidelines",
    "{C} policy",
    "Forum rules",
    "Community guidelines",
    "Canllawiau cymunedol / Community guidelines",
    "Rules of the board",
    "Before you post",
    "Reader {cs}: our rules",
    "Code of Conduct",
    "Netiquette",
)

POLICY_INTROS_143 = (
    "{Cs} are welcome, provided they follow these simple rules.",
    "Bula vinaka and namaste! Please read our guidelines before you post.",
    "Croeso – welcome. We want this to be a friendly place for everyone on both sides of the border.",
    "This forum is run by volunteers, so please help us by keeping to the rules below.",
    "By posting on this site you agree to the following terms.",
    "We value our readers' views on local issues and ask only that you follow a few ground rules.",
    "Our board depends on members supporting one another; please read these rules before posting.",
)

POLICY_CLOSINGS_143 = (
    "Thank you for helping to keep this a friendly and supportive place.",
    "Vinaka vakalevu and dhanyavaad for keeping the conversation respectful.",
    "Diolch – thank you for taking part.",
    "Questions about these rules can be sent to the webmaster.",
    "The full terms of use are available on request from the secretary.",
    "For letters to the editor, please use the form on our Contact page.",
    "See you in the forest!",
)

#: A line some small sites print under their rules saying when they were last revised (reworded-143 only).
REVISED_143 = (
    "Last updated: March 2025.",
    "Reviewed by the committee, January 2024.",
    "Updated 12/09/2023",
    "Approved by the trustees at the AGM, 2024.",
    "These rules were last revised in October 2025.",
)

#: British spellings in the lists above and their American forms (a reworded-143 document prints one or the other).
AMERICAN_143 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "organisation": "organization",
    "licence": "license",
    "criticise": "criticize",
}

#: The bullets such sites print (a Word list pasted in gives "o" and the Symbol font's private-use dot).
BULLETS_143 = ("•", "•", "-", "*", "–", "·", "▪", "o", "\uf0b7")

_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "at", "by", "with", "as", "not"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL_WORDS) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(number: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


def _marker(style: str, number: int) -> str:
    """The marker a site prints before its ``number``-th item (from 1), in ``style`` ("" for none)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    roman = _roman(number)
    shapes = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "1 -": f"{number} -",
        "Rule 1:": f"Rule {number}:",
        "Rule 1.": f"Rule {number}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
    }
    return shapes.get(style, style)


def _items_143(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-143 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws, in this order: the site's word ("comment" three sites in four, else one of ``WORDS_143``); how many items
    (two to four with probability 0.3, else five to sixteen) and whether they keep the table's order (0.5) or are
    shuffled; how the site prints headings (none at all 0.12; otherwise a part of their own, with nothing, a stop or a
    colon after them, or run into the item's first sentence after a colon, a stop or a dash; in sentence case, title
    case or capitals); whether it is a question-and-answer page (0.1: question headings, "Q:"/"A:" now and then);
    its markers (none, numbers, letters, roman numerals or bullets in several shapes; now and then a number on a part
    of its own); whether, on a site without bullets, a multi-sentence item's sentences are printed as dashed
    sub-points (0.1). Then per item a heading and one to three of its sentences (in the table's order). Then a line
    saying when the rules were last revised
    (0.12), and opening, closing and title lines and spelling by :func:`_furnish`."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_143)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    many = rng.random() >= 0.3
    count = rng.randint(5, len(REWORDINGS_143)) if many else rng.randint(2, 4)
    chosen = rng.sample(range(len(REWORDINGS_143)), count)
    if rng.random() < 0.5:
        chosen.sort()

    bare = rng.random() < 0.12  # no headings at all
    run_in = rng.random() < 0.4  # heading run into the first sentence
    stop = rng.choice(("", "", ".", ":")) if not run_in else rng.choice((": ", ": ", ". ", " – ", " — ", " - "))
    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    faq = not bare and rng.random() < 0.1
    qa = faq and rng.random() < 0.5

    marked = rng.random()
    if marked < 0.35:
        style = ""
    elif marked < 0.6:
        style = rng.choice(("1.", "1.", "1)", "(1)", "1 -", "Rule 1:", "Rule 1."))
    elif marked < 0.7:
        style = rng.choice(("a)", "(a)", "A."))
    elif marked < 0.8:
        style = rng.choice(("i.", "(i)", "I."))
    else:
        style = rng.choice(BULLETS_143)
    marker_apart = style[:1].isalnum() and style[:1] != "o" and rng.random() < 0.1
    bulleted = style in BULLETS_143
    sub_points = not bare and not run_in and not bulleted and rng.random() < 0.1
    sub_dash = rng.choice(("– ", "- "))

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_143[index]
        if faq:
            headings = tuple(heading for heading in headings if heading.endswith("?"))
        heading = "" if bare else rng.choice(headings).format(**words)
        if heading and case == "title":
            heading = _title_case(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        howmany = rng.choice((1, 1, 1, 2, 2, 3))
        picked = sorted(rng.sample(range(len(sentences)), howmany))
        parts = [sentences[i].format(**words) for i in picked]
        if qa:
            heading = "Q: " + heading
            parts[0] = "A: " + parts[0]
        if sub_points and len(parts) > 1:
            parts = [sub_dash + part for part in parts]
        if heading and run_in:
            joiner = " " if heading.endswith("?") else stop
            parts[0] = heading + joiner + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        marker = _marker(style, number)
        if marker and marker_apart:
            item = (marker, heading, *parts) if heading else (marker, *parts)
        elif marker and heading:
            item = (marker + " " + heading, *parts)
        elif marker:
            parts[0] = marker + " " + parts[0]
            item = ("", *parts)
        else:
            item = (heading, *parts)
        items.append(item)

    if rng.random() < 0.12:
        items.append(("", rng.choice(REVISED_143)))
    intros = [line.format(**words) for line in POLICY_INTROS_143]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_143]
    titles = [line.format(**words) for line in POLICY_TITLES_143]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_143)
