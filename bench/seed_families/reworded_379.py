"""The ``reworded-379`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Balta and Lunna bulletins, Carperby and Redmire papers, Lovington and Eunice weeklies, crossbow and
jugger clubs, paper making and fly tying guilds, Tay-Sachs and Sandhoff disease forums, beard and moustache and snuff
taking championship committees, and seal count volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_379: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # civility
    (
        (
            "Be civil",
            "Treat others with respect",
            "Civility",
            "What counts as a personal attack?",
            "Play the ball, not the player",
            "Respect for other members",
        ),
        (
            "Please be courteous, even when you strongly disagree with a neighbour, a fellow guild member or the "
            "editor.",
            "Personal attacks, name-calling and sneering at other members are removed.",
            "Argue with the idea, not the person who posted it.",
            "{mods} may remove {cs} that belittle, bait or goad other readers, however witty they seem.",
            "You can criticise a judging decision without insulting the judges or the other entrants.",
        ),
    ),
    # hatred and discrimination
    (
        (
            "No hate speech",
            "Hatred and discrimination",
            "Is there anything we never allow?",
            "Respect everyone's background",
            "Discrimination",
        ),
        (
            "{Cs} that attack or demean people for their race, religion, sex, sexuality, disability, age or "
            "nationality are deleted without warning, and the account may be closed.",
            "Slurs are never allowed, even in jest.",
            "Remarks about the Jewish, Cajun and French Canadian families among our members are removed the "
            "moment they stray into prejudice.",
            "Incitement to hatred is against the law, and members who post it will be banned and may be reported to "
            "the police.",
            "Jokes that rely on a stereotype are not welcome here either.",
        ),
    ),
    # privacy
    (
        (
            "Respect privacy",
            "Personal information",
            "Can I share someone's details?",
            "Keep private matters private",
            "Don't post personal details",
            "Privacy",
        ),
        (
            "Do not post anyone's address, telephone number, email or car registration, including your own.",
            "{Cs} naming a private individual in connection with an allegation will not be published.",
            "Photographs of another family's child, at home or in hospital, must not be shared without their "
            "permission.",
            "Please don't identify neighbours, landowners or fellow club members who are not already in the public "
            "eye.",
            "Members' email addresses are never shown publicly, and we will not pass them on.",
        ),
    ),
    # safeguarding of children
    (
        (
            "Children and young members",
            "Safeguarding",
            "Protecting children",
            "Can under-16s post?",
            "Keep young people safe",
        ),
        (
            "Members must be 16 or over; junior crossbow and jugger members should ask a parent or coach to post "
            "for them.",
            "Never ask a young member for contact details or to carry on a conversation off the forum.",
            "Photographs of junior members are only published with written consent from a parent or guardian.",
            "{mods} will pass any concern about a child's welfare to the club's safeguarding officer and, where "
            "needed, to the police.",
            "Please do not name a child in any {c} about a court case, a school or an accident.",
        ),
    ),
    # moderation delays
    (
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "When will my {c} be published?",
            "Please be patient",
            "Moderation times",
        ),
        (
            "Every {c} is read by a volunteer before it goes live, so please allow up to 24 hours.",
            "{Cs} sent after 6pm on a Friday may not appear until Monday morning.",
            "The bulletin is run by volunteers on Lunna, so {cs} are checked when someone is free, and during "
            "lambing that can take a day or two.",
            "A {c} that contains a link is held back for a manual check.",
            "Sending the same {c} twice will not speed it up.",
        ),
    ),
    # staying on topic
    (
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "What should I write about?",
            "Stick to the subject",
        ),
        (
            "Please keep {cs} to the subject of the article or thread.",
            "Off-topic {cs} may be moved to the general board or removed.",
            "Questions about hooks, threads and dressings belong in the tying room, not under the meeting notices.",
            "The seal count threads are for counts, sightings and survey dates; general chat goes in the tea room.",
            "If you want to raise a new matter, start a new thread rather than taking over someone else's.",
        ),
    ),
    # advertising and spam
    (
        (
            "No advertising",
            "Spam and self-promotion",
            "Can I sell things here?",
            "Advertising",
            "Don't spam",
            "Selling and promotion",
        ),
        (
            "{Cs} promoting businesses, products or websites will be removed.",
            "Members may offer second-hand moulds and deckles, tying kits or spare bolts in the classifieds board "
            "only.",
            "Repeated links to the same site are treated as spam.",
            "Accounts that exist only to advertise are deleted without notice.",
            "Please do not use the forum to raise money for causes the committee has not approved.",
        ),
    ),
    # names and accounts
    (
        (
            "Your username",
            "Names and accounts",
            "Can I use a pen name?",
            "One account each",
            "Registration",
            "Use your real name",
        ),
        (
            "Letters for the print edition must carry your full name and village, though we may withhold it on "
            "request.",
            "Usernames must not impersonate another person, club or official.",
            "One account per person; second accounts used to dodge a ban are closed.",
            "You are responsible for everything sent from your account.",
            "{mods} may change a username that is offensive or misleading.",
        ),
    ),
    # the law
    (
        (
            "Stay within the law",
            "Libel and contempt",
            "Legal matters",
            "Can I write about a court case?",
            "Don't prejudice a trial",
            "The law",
        ),
        (
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "{Cs} on live court cases are switched off until the case has finished, to avoid contempt of court.",
            "You are legally responsible for what you write, and the paper can be sued along with you.",
            "Anything that could be defamatory will be removed, even if you believe it to be true.",
            "Remember that anyone charged with an offence is innocent until proved guilty.",
        ),
    ),
    # copyright
    (
        (
            "Copyright",
            "Use your own words and pictures",
            "Can I post a photo I found?",
            "Respect copyright",
            "Other people's work",
        ),
        (
            "Only post photographs, patterns or text that you own or have permission to use.",
            "Quote a short passage and link to the rest rather than pasting a whole article.",
            "By posting, you allow us to publish your {c} in print and online.",
            "Fly patterns and paper recipes worked out by other tiers and makers should be credited to them.",
            "Material copied without permission will be taken down if the owner asks.",
        ),
    ),
    # reporting a post
    (
        (
            "Reporting a problem",
            "How do I report a {c}?",
            "Report, don't reply",
            "Flagging",
            "Seen something wrong?",
        ),
        (
            "Use the report link beneath any {c} you think breaks these rules.",
            "Please report problems rather than answering them; a reply only feeds the argument.",
            "{mods} will look at every report, but cannot answer each one personally.",
            "If you cannot use the link, email the editor and quote the {c} and the page it appeared on.",
            "Misusing the report link to silence people you disagree with is itself a breach of these rules.",
        ),
    ),
    # the site's discretion
    (
        (
            "Our decision is final",
            "Editorial discretion",
            "The editor's discretion",
            "Can you remove anything?",
            "Moderators' discretion",
        ),
        (
            "We reserve the right to edit, hold back or remove any {c} without giving a reason.",
            "Publication of a {c} does not mean the committee agrees with it.",
            "{mods} may close a thread at any time if it is going round in circles.",
            "These rules are not exhaustive, and we may act on {cs} they do not mention.",
            "Decisions are made by volunteers in good faith; please accept them graciously.",
        ),
    ),
    # corrections and news tips
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Tell us your news",
            "Have we got something wrong?",
        ),
        (
            "If we have made an error, please email the newsdesk rather than posting a correction below the story.",
            "Tip-offs, photographs and show results are always welcome by email.",
            "We correct factual errors promptly and note the change at the foot of the article.",
            "Club results, fixture changes and count totals should go to the secretary for the next bulletin.",
            "Please do not post news of a death before the family has announced it.",
        ),
    ),
    # language
    (
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Is swearing allowed?",
            "Keep it clean",
            "Write clearly",
        ),
        (
            "Please do not swear, and do not disguise swear words with asterisks.",
            "{Cs} written entirely in capitals read as shouting and may be edited.",
            "This is a family noticeboard, so keep your language fit for the village hall.",
            "Please write in English so that {mods} can read what you have said.",
            "Swearing, even disguised with asterisks, is removed.",
        ),
    ),
    # warnings and bans
    (
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension and removal",
        ),
        (
            "First breaches earn a private warning.",
            "Members who keep breaking the rules are suspended for a week, then banned.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "{mods} will keep a record of warnings, and a ban from the forum may also be raised with the club "
            "committee.",
            "Appeals against a ban go to the chair, whose decision is final.",
        ),
    ),
    # medical information (the disease forums)
    (
        (
            "Medical advice",
            "We are not doctors",
            "Health information",
            "Can I ask about treatments?",
            "Share experience, not prescriptions",
        ),
        (
            "Members share their own experience of Tay-Sachs and Sandhoff disease, but nothing here replaces advice "
            "from your child's doctors.",
            "Please do not recommend stopping any prescribed medicine or treatment.",
            "{Cs} promoting cures, unlicensed remedies or paid clinics will be removed.",
            "Questions about carrier testing are best put to a genetic counsellor.",
            "Be gentle: many members are caring for a very ill child, or grieving one.",
        ),
    ),
    # wildlife and locations (the seal count)
    (
        (
            "Protecting the seals",
            "Sightings and locations",
            "Can I say where the seals are?",
            "Don't disturb wildlife",
            "Haul-out sites",
        ),
        (
            "Please do not post exact locations of pupping beaches during the breeding season.",
            "Photographs must be taken from a distance that does not disturb the seals, and close-ups of pups on "
            "the beaches at Balta or anywhere else will be removed.",
            "Count figures are provisional until the coordinator has checked them.",
            "Members must never encourage others to approach, feed or handle a seal pup.",
            "Report injured or entangled grey seals to the rescue line, not just to the forum.",
        ),
    ),
    # results and judging (the championships and clubs)
    (
        (
            "Results and judging",
            "Disputing a result",
            "Entrants and judges",
            "Can I question a judge's decision?",
            "Competition disputes",
        ),
        (
            "Disputes about results go to the championship committee in writing, not onto the noticeboard.",
            "Please don't post photographs of other entrants without their agreement.",
            "Rumours of false beards, waxed-on moustaches or borrowed snuff are removed unless the committee has "
            "ruled on them.",
            "Judges give their time freely; criticise the marking, not the person.",
            "Scores from the range and from jugger tournaments are official only once the secretary posts them.",
        ),
    ),
)

POLICY_INTROS_379: tuple[str, ...] = (
    "Before you post, please read these rules.",
    "We welcome {cs} from readers, as long as they follow a few simple rules.",
    "This noticeboard belongs to the members, and these rules keep it friendly.",
    "The following rules apply to all {cs} on the guild's website and forum.",
    "By sending a {c} you agree to the rules below.",
    "This forum exists to support families affected by Tay-Sachs and Sandhoff disease; please help keep it safe.",
)

POLICY_CLOSINGS_379: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to {mods}.",
    "We may update these rules from time to time.",
    "See you at the next meet.",
    "The committee thanks every member who keeps this board friendly and useful.",
)

POLICY_TITLES_379: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Noticeboard terms",
    "Guidelines for {cs}",
    "Guild forum etiquette",
    "Club forum rules",
)

AMERICAN_379: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "rumour": "rumor",
    "offence": "offense",
    "mould": "mold",
    "counsellor": "counselor",
    "moustache": "mustache",
    "grey": "gray",
}

_WORDS_379: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

_MODS_379: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the moderation team",
    "the editor",
    "the newsdesk",
    "the committee",
    "the forum team",
    "the guild officers",
    "the club secretary",
    "site staff",
    "our volunteer moderators",
    "the web editor",
    "the admins",
)

_SMALL_379 = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "is", "of", "on", "or", "the"))
_MARKERS_379 = ("num", "paren", "letter", "pletter", "roman", "ROMAN", "bullet", "star", "dash", "endash", "rule")
_MARKERS_379 += ("section", "sign", "sign2")
_ROMAN_379 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_MONTHS_379 = (
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
_SECTIONS_379 = (
    "Section {n}: Online {cs}",
    "Part {n} - Using the forum",
    "Section {n}. Members' noticeboard",
    "Appendix {n}: Forum rules",
    "{n}. Readers' {cs}",
)
_SIGNOFFS_379 = (
    "- The Editor",
    "The committee",
    "Posted by the forum team",
    "The Lunna Bulletin volunteers",
    "- Newsroom, Eunice Weekly",
    "Hon. Secretary, on behalf of the guild",
    "The seal count coordinators",
)


def _cap_379(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_379(text: str) -> str:
    words = text.split(" ")
    out = [w if (i and w.lower() in _SMALL_379) else _cap_379(w) for i, w in enumerate(words)]
    return " ".join(out)


def _marker_379(style: str, n: int, section: int) -> str:
    """The marker a site prints before its ``n``-th item (from 1), by its ``style``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    roman = _ROMAN_379[n - 1]
    return {
        "num": f"{n}. ",
        "paren": f"{n}) ",
        "letter": f"{letter}) ",
        "pletter": f"({letter}) ",
        "roman": f"{roman}. ",
        "ROMAN": f"{roman.upper()}. ",
        "bullet": "\u2022 ",
        "star": "* ",
        "dash": "- ",
        "endash": "\u2013 ",
        "rule": f"Rule {n}: ",
        "section": f"{section}.{n} ",
        "sign": f"\u00a7 {n} ",
        "sign2": f"\u00a7{n}. ",
    }[style]


def _date_379(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randrange(12), rng.choice((2024, 2025, 2026))
    form = rng.randrange(4)
    if form == 0:
        return f"{day} {_MONTHS_379[month]} {year}"
    if form == 1:
        return f"{day:02d}/{month + 1:02d}/{year}"
    if form == 2:
        return f"{_MONTHS_379[month]} {year}"
    return f"{_MONTHS_379[month]} {day}, {year}"


def _items_379(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. Its word for what readers send and who moderates, how
    many kinds and in what order, sentences an item, heading case and placement, markers, then its own habits (a
    section line, a last-updated line, a sign-off, a "Please note:" lead-in, emphasis); lines around by ``_furnish``."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_379)
    mods = rng.choice(_MODS_379)

    def fill(text: str) -> str:
        return _cap_379(text.format(c=c, cs=cs, C=_cap_379(c), Cs=_cap_379(cs), mods=mods))

    n = min(16, max(2, int(rng.triangular(2, 17, 7))))
    kinds = rng.sample(range(len(REWORDINGS_379)), n)
    if rng.random() < 0.55:
        kinds.sort()
    per_item = rng.choice(("one", "one-two", "one-three", "two", "two-three"))
    case = rng.choices(("sentence", "title", "caps", "none"), weights=(40, 28, 14, 18))[0]
    place = rng.choice(("bare", "bare", "stop", "colon", "run-colon", "run-stop", "run-dash"))
    marker = rng.choice(_MARKERS_379)
    if rng.random() < 0.4:
        marker = ""
    section = rng.randint(2, 9)
    emphasis = rng.choice(("**", "*", "__")) if rng.random() < 0.15 else ""
    note_at = rng.randrange(n) if rng.random() < 0.2 else -1

    items: list[tuple[str, ...]] = []
    for pos, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_379[kind]
        low, high = {"one": (1, 1), "one-two": (1, 2), "one-three": (1, 3), "two": (2, 2), "two-three": (2, 3)}[
            per_item
        ]
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(low, high))]
        heading = ""
        if case != "none":
            heading = fill(rng.choice(headings))
            if case == "title":
                heading = _title_379(heading)
            elif case == "caps":
                heading = heading.upper()
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            question = heading.rstrip("*_").endswith("?")
            if place == "stop" and not question:
                heading += "."
            elif place == "colon" and not question:
                heading += ":"
            elif place.startswith("run-"):
                joiner = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[place]
                if question:
                    joiner = " "
                chosen[0] = heading + joiner + chosen[0]
                heading = ""
        mark = _marker_379(marker, pos, section) if marker else ""
        if heading:
            heading = mark + heading
        else:
            chosen[0] = mark + chosen[0]
        if pos - 1 == note_at and (len(chosen) > 1 or not place.startswith("run-") or case == "none"):
            lead = f"{emphasis}Please note:{emphasis} " if emphasis else "Please note: "
            if len(chosen) > 1 or heading or not mark:
                chosen[-1] = lead + chosen[-1]
            else:
                chosen[0] = mark + lead + chosen[0][len(mark) :]
        items.append((heading, *chosen))

    if rng.random() < 0.15:
        line = fill(rng.choice(_SECTIONS_379).replace("{n}", str(section)))
        items.insert(0, (line, "") if rng.random() < 0.5 else ("", line))
    if rng.random() < 0.2:
        label = rng.choice(("Last updated: ", "Last updated ", "Revised ", "These rules were last reviewed on "))
        line = label + _date_379(rng) + ("." if label.endswith("on ") else "")
        if rng.random() < 0.5:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if rng.random() < 0.15:
        items.append(("", rng.choice(_SIGNOFFS_379)))

    intros = [fill(s) for s in POLICY_INTROS_379]
    closings = [fill(s) for s in POLICY_CLOSINGS_379]
    titles = [fill(s) for s in POLICY_TITLES_379]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_379)
