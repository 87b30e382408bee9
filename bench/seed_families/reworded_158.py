"""The ``reworded-158`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tongan diaspora news in Australia, Northumberland village papers, South Dakota prairie weeklies,
curling clubs, bookbinding guilds, fibromyalgia support boards, residents' parking groups, narrow-gauge railway
volunteers.

Written blind: from how such sites word and print their posting rules, house rules, group rules and members'
codes of conduct, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without a stop: a document picks one, and how to print it), and five
#: sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's
#: word for what readers send (singular, plural; capitalised). Written in British and Australian spelling; a
#: document may print it in American spelling (``AMERICAN_158``).
REWORDINGS_158 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Faka\u02bbapa\u02bbapa (respect)",
            "Play the ball, not the player",
            "Courtesy costs nothing",
            "Why does tone matter?",
        ),
        (
            "Treat other members as you would face to face at a meeting: disagree by all means, but keep it friendly.",
            "Personal attacks, name-calling and goading of other users will not be tolerated.",
            "Criticise ideas and decisions, not the people who hold them.",
            "Many people reading this board live with pain every day, and a thoughtless {c} can hurt.",
            "Our families and elders read these pages too, so please keep your {cs} respectful.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for racism",
            "Everyone is welcome here",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that vilify people because of their race, religion, sexuality, gender, disability or age will be "
            "removed.",
            "Racial vilification is against the law, and we will not host it.",
            "Jokes or stereotypes about Pacific Islanders, First Nations people or any other community have no place "
            "here.",
            "That includes sneering remarks about incomers, travellers or folk from \u2018away\u2019.",
            "We make no exceptions for {cs} that were \u2018only joking\u2019.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Number plates & addresses",
            "Protect your privacy and other people's",
            "Can I name a neighbour?",
            "Personal information",
        ),
        (
            "Do not post anyone's home address, phone number, email or car registration, including your own.",
            "Photographs of vehicles must have the number plate blurred or cropped out before they are shared.",
            "Please don't name or describe neighbours you are in dispute with; take it to the council or the "
            "association instead.",
            "Never repeat elsewhere what another member has told you here about their health.",
            "Private messages are private: do not copy them into a public thread without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young volunteers",
            "Protecting vulnerable people",
            "Worried about someone?",
            "Looking after each other",
        ),
        (
            "Do not post photographs in which children can be identified unless a parent or guardian has agreed.",
            "Junior volunteers under 16 must not be named or tagged in photographs without written permission from "
            "a parent.",
            "If a {c} suggests someone may be at risk of harm, the moderators will remove it and may contact the "
            "appropriate services.",
            "If you are in crisis, please call Lifeline on 13 11 14 or the Samaritans on 116 123; this board is not "
            "watched around the clock.",
            "Concerns about the welfare of a junior member should go to the club welfare officer, not onto this page.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Our moderators are volunteers",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers with jobs and families, so please be patient, especially at weekends.",
            "A new member's first five {cs} are held for approval.",
            "{Cs} sent after 5pm on a Friday will not usually be looked at until Monday morning.",
            "Please don't send the same {c} again if it doesn't show straight away; duplicates are deleted.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Is this the right place?",
            "One subject per thread",
        ),
        (
            "Keep your {cs} to the subject of the story or thread you are replying to.",
            "This group is for parking in our permit zone only; general grumbles about the council belong elsewhere.",
            "Questions about timetables, tickets or lost property should go to the booking office, not the "
            "volunteers' forum.",
            "Please start a new thread for a new subject rather than adding to an old one.",
            "Threads that drift off topic may be locked or moved without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Selling & promotion",
            "Spam",
            "Can I sell my tools here?",
            "Commercial {cs}",
        ),
        (
            "Advertising, sales pitches and links to commercial websites will be removed.",
            "Members may offer equipment in the Sales & Wants section only, once a month, with a price.",
            "Binders and suppliers who wish to promote a course or product should ask the secretary about a notice in "
            "the newsletter.",
            "Fundraising appeals, petitions and survey requests need a moderator's approval first.",
            "Posting the same {c} in several places is treated as spam.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Real names, please",
            "One person, one account",
            "Why do you ask for my name?",
        ),
        (
            "{Cs} are published with your full name and town, as they would be on our letters page.",
            "Membership is for residents of the zone, and we may ask which street you live on before approving you.",
            "Only one account per person is allowed; duplicate accounts will be closed.",
            "Do not pretend to be another person, a club official or an organisation.",
            "Usernames that are offensive or misleading will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Defamation",
            "Stay within the law",
            "Could you be sued?",
            "Contempt of court",
            "The law",
        ),
        (
            "You are legally responsible for what you post, and a defamatory {c} can lead to action against you as "
            "well as us.",
            "Do not accuse a named person of a crime, dishonesty or misconduct unless they have been convicted of it.",
            "Once someone has been charged, nothing should be said that could prejudice a fair trial.",
            "We will remove anything we are advised may be in contempt of court or in breach of a suppression order.",
            "A site owner can be held liable for readers' {cs}, so we take a cautious approach.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Whose work is it?",
            "Sharing articles",
            "Credit the maker",
        ),
        (
            "Only post photographs you took yourself or have permission to use, and say who took them.",
            "Please don't copy whole articles from other papers; a short quote and a link is fine.",
            "Scans of pages from books still in copyright must not be posted.",
            "When you share a photo of another binder's work, credit them by name.",
            "By posting, you give us a licence to reproduce your {c} in print and online.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "See something wrong?",
            "How do I flag a {c}?",
            "Tell a moderator",
            "Alerting the admins",
        ),
        (
            "Use the Report link under any {c} you believe breaks these rules.",
            "Reports go to the moderators only and are treated in confidence.",
            "Please don't reply to a troublesome {c}; report it and let us deal with it.",
            "You can also email the editor, giving the headline and the time of the {c}.",
            "Reporting a {c} does not guarantee that it will be removed.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "The committee's decision",
            "Who decides?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final and will not be debated in public threads.",
            "If you disagree with a decision, send a private message to the admin team.",
            "The committee may update these rules at any time; the current version is pinned at the top of the group.",
            "Publishing a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections and news",
            "Spotted a mistake?",
            "Errors and news tips",
            "Accuracy",
            "Got a story or a correction?",
        ),
        (
            "If you think we have got something wrong, please email the editor rather than posting a correction "
            "underneath.",
            "We correct errors of fact as quickly as we can and note the change at the foot of the story.",
            "Village news, results and photographs for the next issue should reach the editor by the 15th of the "
            "month.",
            "Have a story from the community? Send it to our newsroom, in English or Tongan.",
            "Match reports and bonspiel results can be sent to the club secretary for the newsletter.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Can I write in Tongan?",
            "Shouting",
            "Writing style",
        ),
        (
            "Swearing and crude language, even with letters swapped for symbols, will be removed.",
            "{Cs} are welcome in English or Tongan, and the same rules apply to both.",
            "Please don't type in capital letters, which reads as shouting.",
            "Many members live with brain fog, so short paragraphs and plain words are appreciated.",
            "Text speak and strings of abbreviations make {cs} hard to follow.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspension and removal",
        ),
        (
            "A first breach will usually earn a private warning from a moderator.",
            "Repeated breaches lead to a suspension, and then to removal from the group.",
            "Serious breaches, such as threats or hate speech, may mean an immediate ban without warning.",
            "Members who are banned may not rejoin under a different name.",
            "Volunteers who break these rules may also be referred to the society's membership committee.",
        ),
    ),
    (  # safety and advice
        (
            "Safety and advice",
            "Advice given here",
            "Is it safe?",
            "Staying safe",
            "Take care",
            "A word of caution",
        ),
        (
            "Members share their own experience, which is no substitute for advice from your GP or specialist.",
            "Never stop or change a prescribed medication because of something you have read here.",
            "Cures, supplements and treatments for sale may not be promoted on this board.",
            "Photographers must keep out of the running line and the yard unless they are escorted by a volunteer.",
            "Please don't confront drivers or parking officers; report problems to the council.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Political {cs}",
            "Endorsements",
            "Can I back a candidate?",
            "Election season",
        ),
        (
            "During election season, {cs} endorsing a candidate or ballot measure are treated as paid political "
            "advertising.",
            "We accept no new {cs} about candidates in the final week before an election.",
            "Candidates may not use this forum to campaign.",
            "Party politics is best left out of club discussions altogether.",
            "Keep debate about county commission and school board decisions to the issues, not officials' families.",
        ),
    ),
)


#: Titles, opening and closing lines some such sites print with their rules (reworded-158 only).
TITLES_158 = (
    "Comment policy",
    "House rules",
    "Group rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Rules for members",
    "Talanoa guidelines",
    "Online etiquette",
    "Guidelines for contributors",
    "Before you post",
    "Readers' comments",
    "Members' code of conduct",
    "Message board terms",
)

INTROS_158 = (
    "Please take a moment to read these rules before posting.",
    "This group is run by volunteers for residents of the zone, and we ask members to follow a few simple rules.",
    "We welcome readers' {cs} on our stories, provided they keep to the following guidelines.",
    "M\u0101l\u014d e lelei, and welcome. Our talanoa space is for everyone, and here is how we keep it that way.",
    "These guidelines were agreed by the committee and apply to all club pages and groups.",
    "This board exists so that people living with fibromyalgia can support one another. By joining, you agree to "
    "the following.",
    "Comments are welcome on all our stories, subject to these house rules.",
)

CLOSINGS_158 = (
    "Thank you for helping to keep this a friendly place.",
    "M\u0101l\u014d \u02bbaupito for your support.",
    "Last reviewed by the committee, March 2025.",
    "Questions about these rules can be sent to the moderators.",
    "The Editor",
    "Good curling!",
    "By posting, you confirm that you have read and accept these rules.",
    "Happy commenting, and thanks for reading.",
)


#: British spellings in the lists above and their American forms (a reworded-158 document prints one or the other).
AMERICAN_158 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "criticise": "criticize",
    "travellers": "travelers",
    "licence": "license",
}


#: The site's word for what readers send: (singular, plural).
_NOUNS_158 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_SMALL_158 = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"}


def _title_case_158(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in _SMALL_158:
            out.append(word)
            continue
        first = next((j for j, ch in enumerate(word) if ch.isalpha()), None)
        word = word if first is None else word[:first] + word[first].upper() + word[first + 1 :]
        out.append("-".join(piece[:1].upper() + piece[1:] for piece in word.split("-")))
    return " ".join(out)


def _roman_158(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, numeral in numerals:
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker_158(rng: random.Random) -> tuple[Callable[[int], str], bool] | None:
    """This site's item markers: a function of the item's number (from 1) giving its marker, and whether the marker
    prints as a part of its own (on a line of its own in some renderings); None for a site without markers."""
    shape = rng.choices(
        ("none", "number", "letter", "roman", "bullet", "rule", "section", "bare"), (30, 22, 8, 8, 18, 5, 4, 5)
    )[0]
    if shape == "none":
        return None
    if shape == "number":
        fmt = rng.choice(("{}.", "{}.", "{})", "({})", "{} -", "{}:"))
        return (lambda n: fmt.format(n)), rng.random() < 0.12
    if shape == "letter":
        fmt = rng.choice(("{})", "({})", "{}."))
        upper = rng.random() < 0.3
        return (lambda n: fmt.format(chr(ord("A" if upper else "a") + n - 1))), False
    if shape == "roman":
        fmt = rng.choice(("{}.", "({})", "{})"))
        upper = rng.random() < 0.35
        return (lambda n: fmt.format(_roman_158(n).upper() if upper else _roman_158(n))), False
    if shape == "bullet":
        bullet = rng.choice(("\u2022", "\u2022", "-", "*", "\u2013", "\u25aa", "\u00b7", "o", "\u2713"))
        return (lambda n: bullet), False
    if shape == "rule":
        fmt = rng.choice(("Rule {}:", "Rule {}.", "Rule {} \u2013", "RULE {}"))
        return (lambda n: fmt.format(n)), fmt == "RULE {}"
    if shape == "section":  # a club's bylaws: the online rules as one numbered section
        section = rng.randint(3, 12)
        return (lambda n: f"{section}.{n}"), False
    return (lambda n: str(n)), True  # a group's rules as a social site prints them: the number on its own


def _items_158(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-158 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("",
    sentence). Draws the site's word for what readers send (a quarter of sites never say "comment", and none of
    their lines does), two to four item kinds or six to all seventeen, in the table's order or shuffled; a heading
    each (in the case as written, title case or capitals; none for some sites, and now and then for one item) on a
    part of its own with or without a stop, or run in before a colon, stop or dash; one to three of the kind's
    sentences in order, as parts or as one paragraph; a marker of one shape for the site, or none; then the
    opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.25:  # a site that never says "comment"
        says_comment = False
        c, cs = rng.choice(_NOUNS_158[1:])
    else:
        says_comment = True
        c, cs = _NOUNS_158[0] if rng.random() < 0.65 else rng.choice(_NOUNS_158)

    def word(text: str) -> str:
        return text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize())

    def allowed(texts: Iterable[str]) -> list[str]:
        found = [word(text) for text in texts]
        return found if says_comment else [text for text in found if not _says_comment(text)]

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_158))
    kinds = rng.sample(range(len(REWORDINGS_158)), count)
    if rng.random() < 0.5:
        kinds.sort()

    case = rng.choices(("as written", "title", "upper", "none"), (45, 25, 15, 15))[0]
    run_in = rng.random() < 0.4
    stop = rng.choice(("", "", ".", ":")) if not run_in else rng.choice((": ", ". ", " \u2013 ", " \u2014 ", " - "))
    paragraph = rng.random() < 0.35  # the site prints an item's sentences as one paragraph
    most = rng.choice((1, 2, 3, 3))
    marker = _marker_158(rng)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_158[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = allowed(sentences[i] for i in picked) or [word(sentences[picked[0]])]
        if paragraph:
            parts = [" ".join(parts)]
        heading = ""
        if case != "none" and rng.random() > 0.05:
            heading = rng.choice(allowed(headings) or [word(headings[0])])
            if case == "title":
                heading = _title_case_158(heading)
            elif case == "upper":
                heading = heading.upper()
        if heading and run_in:
            sep = " " if heading.endswith("?") and stop.strip() in (".", ":") else stop
            parts[0] = heading + sep + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        item = [heading, *parts]
        if marker is not None:
            label, own_part = marker
            first = 0 if heading else 1
            if own_part:
                item.insert(first, label(number))
            else:
                item[first] = f"{label(number)} {item[first]}"
        items.append(tuple(item))

    return _furnish(items, rng, allowed(INTROS_158), allowed(CLOSINGS_158), allowed(TITLES_158), AMERICAN_158)
