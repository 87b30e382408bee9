"""The ``reworded-208`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Anguilla and Montserrat news, Yorkshire Dales bulletins, South Dakota reservation-border weeklies,
kite-flying clubs, bell-ringers' guilds, fibromyalgia forums, tenants' co-ops, mill-race volunteers.

Written blind: from how such sites word and print their posting rules, house rules and list etiquette, without
reading the cleaner's code, docs or reports, nor other families' sentences (only ``reworded-6``'s module, for its
structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices and sentence choices (each one sentence). ``{c}``/``{cs}``/``{C}``/``{Cs}`` are the
#: site's word for what readers send; ``{mods}``/``{Mods}`` who moderates; ``{site}`` where it is printed.
REWORDINGS_208 = (
    (  # civility
        (
            "Be civil",
            "Be kind to one another",
            "Respect other members",
            "Play the ball, not the person",
            "Why be polite?",
            "Courtesy costs nothing",
        ),
        (
            "Disagree by all means, but do it politely and without personal remarks.",
            "Name-calling, sneering and belittling other members will not be tolerated.",
            "Treat everyone here as you would a neighbour at the village hall.",
            "Criticise ideas and decisions, not the people who hold or make them.",
            "Please remember there is a real person reading every {c} you send.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Zero tolerance for bigotry",
            "Is it hateful?",
            "Respect for all communities",
        ),
        (
            "{Cs} that attack people for their race, tribe, nationality, religion, disability, sex or sexuality "
            "will be removed at once.",
            "Slurs against Native people, islanders, incomers or any other group have no place on {site}.",
            "Stereotyping whole communities is not fair criticism and will not be published.",
            "We report threats and hate crime to the police where the law requires it.",
            "Jokes at the expense of a group are still discrimination, however they are meant.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Keep personal details private",
            "Can I name someone?",
            "Other people's business",
            "No addresses or phone numbers",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please do not name neighbours, fellow tenants or members who are not part of the discussion.",
            "Photographs of other people should only be shared with their permission.",
            "Anything you share about your health stays visible to everyone, so think before you post it.",
            "Private messages should stay private and must not be copied into public threads.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping young ringers safe",
            "Is someone at risk?",
            "Looking after each other",
        ),
        (
            "Never post details that could identify a child, their school or their whereabouts.",
            "If you are worried that someone is at risk of harm, contact the emergency services first.",
            "Concerns about a member's welfare should go privately to our safeguarding officer.",
            "If you are feeling low or in crisis, please call the Samaritans on 116 123 rather than posting.",
            "Adults must not contact young members privately through {site}.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Waiting for approval",
            "How long does it take?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take up to 24 hours.",
            "Moderation is done by volunteers, so {cs} sent in the evening or at weekends may wait until the next day.",
            "Please do not send the same {c} twice; it will appear once it has been approved.",
            "New members' first few {cs} are held for approval as a matter of course.",
            "{Cs} are not moderated overnight or on public holidays.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Right thread, right place",
            "Off-topic posts",
            "One subject per thread",
        ),
        (
            "Keep {cs} relevant to the story or thread they appear under.",
            "General chat belongs in the noticeboard section, not in the reports.",
            "{Cs} that drag every discussion back to the same grievance will be removed.",
            "Please start a new thread rather than taking over someone else's.",
            "Questions about tower bookings, field access or repairs should go to the right contact, not here.",
        ),
    ),
    (  # advertising / spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell something here?",
            "Commercial posts",
            "No chain letters",
        ),
        (
            "Advertising, sales pitches and links to shops are not allowed without the committee's permission.",
            "Remedies, supplements and miracle cures must not be promoted on {site}.",
            "Members may list second-hand kites, line and gear in the For Sale section only.",
            "Repeated links to your own website, blog or channel will be treated as spam.",
            "Chain letters, petitions and fundraising appeals need approval from {mods} first.",
        ),
    ),
    (  # real names / accounts
        (
            "Use your real name",
            "Accounts",
            "One account each",
            "Who are you?",
            "Names and usernames",
            "No impersonation",
        ),
        (
            "We ask that you use your real name, as you would on a letter to the editor.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not pretend to be another person, a tower captain, an official or an organisation.",
            "Your account is yours alone, so please do not share your password with anyone.",
            "Usernames that are offensive or misleading will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Stay within the law", "Defamation and contempt", "Legal matters", "Could it land us in court?"),
        (
            "Do not make allegations you cannot prove; we can be held responsible for what is published.",
            "Nothing may be posted that could prejudice a case before the courts or the tribal court.",
            "Remember that the laws of Anguilla and Montserrat on libel apply to everything published here.",
            "Never name a victim of a sexual offence, or anyone the courts have ordered not to be identified.",
            "Do not encourage or describe illegal activity, including flying over airfields or roads.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright", "Can I copy an article?", "Quoting and links"),
        (
            "Do not paste whole articles from other publications; a short quote and a link will do.",
            "Only upload photographs and videos you took yourself or have permission to use.",
            "Peal compositions and method notes belong to their authors and should be credited.",
            "By posting, you allow us to publish your {c} in print and online.",
            "Material posted here may not be reproduced elsewhere without permission.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Spotted something wrong?", "How do I report a {c}?", "Flag it", "Tell us"),
        (
            "Use the Report link under any {c} that breaks these rules and {mods} will look at it.",
            "Please report a problem rather than replying to it, which only keeps it going.",
            "You can also email the editor, giving the page and the time it was posted.",
            "Reports are treated in confidence and the person reported will not be told who made them.",
            "Misusing the report button to silence people you disagree with is itself a breach of these rules.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Who decides?",
            "Moderators' decisions",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The decision of {mods} is final and will not be discussed on {site}.",
            "Publication of a {c} does not mean we agree with it.",
            "If you disagree with a decision, write to {mods} privately rather than in the open.",
            "These rules may be changed at any time and the current version always applies.",
        ),
    ),
    (  # corrections / news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Letters and tips",
            "Tell us what's happening",
        ),
        (
            "If we have got something wrong, please tell the newsroom rather than posting it below.",
            "News tips, photographs and reports of local events are welcome by email or WhatsApp.",
            "Corrections are made as quickly as possible and noted at the foot of the story.",
            "Longer replies can be sent as a letter to the editor, with your name and village.",
            "Tower news, peal results and meeting reports go to the branch secretary, not in {cs}.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "No swearing", "Keep it clean", "Write clearly", "Can I use capitals?"),
        (
            "Swearing, including words with letters starred out, will be removed.",
            "Please write in English so that {mods} and all members can follow the discussion.",
            "Writing in capitals reads as shouting and is hard to follow.",
            "Keep {cs} short and to the point; very long {cs} may be trimmed.",
            "Crude or sexual language is not acceptable, whatever the subject.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
        ),
        (
            "Members who break these rules will usually be warned first.",
            "Repeated or serious breaches will lead to suspension or a permanent ban.",
            "Banned members who rejoin under another name will be removed without further notice.",
            "Serious threats will be passed to the police, the committee or the landlord as appropriate.",
            "A ban from {site} may also be reported to the Guild's committee.",
        ),
    ),
    (  # safety / advice
        (
            "Medical advice",
            "Safety first",
            "Not professional advice",
            "Is this advice?",
            "Health information",
            "Working safely",
        ),
        (
            "Nothing posted here replaces advice from your own doctor, pharmacist or specialist.",
            "Never stop or change medication because of something you read on {site}.",
            "Advice on repairs, rents or legal rights is shared in good faith and may not suit your case.",
            "Work parties on the race follow the safety briefing, not advice given in the forum.",
            "Fly clear of power lines and people, whatever anyone may post about their own habits.",
        ),
    ),
)

#: The site's word for what readers send, singular and plural; a quarter of sites never say "comment".
WORDS_208 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

#: Who moderates.
MODS_208 = (
    "the moderators",
    "the editors",
    "the committee",
    "the forum team",
    "the admins",
    "the web team",
    "our volunteers",
)

#: Where the rules are printed.
SITES_208 = ("this site", "the forum", "this page", "the list", "our noticeboard", "the message board", "the group")

INTROS_208 = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, but there are a few ground rules.",
    "By posting on {site} you agree to the following.",
    "These rules help keep {site} friendly and useful for everyone.",
    "Our members asked for clear rules, and here they are.",
    "{Cs} are welcome, provided they follow these house rules.",
)

CLOSINGS_208 = (
    "Thank you for helping to keep {site} a friendly place.",
    "Full terms and conditions are available from the office.",
    "If in doubt, leave it out.",
    "Happy posting!",
    "Questions about these rules can be sent to {mods}.",
    "Last updated by the committee at the annual general meeting.",
)

TITLES_208 = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "{C} policy",
    "Community guidelines",
    "Rules of the board",
    "Before you post",
    "Guild list etiquette",
    "Noticeboard rules",
    "Reader {cs}: our policy",
)

AMERICAN_208 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "organisation": "organization",
    "offence": "offense",
    "behaviour": "behavior",
}

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL) or not word[:1].islower() else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman(number: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, numeral in numerals:
        while number >= value:
            out += numeral
            number -= value
    return out


def _marker(shape: str, number: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(number)}.",
        "(i)": f"({_roman(number)})",
        "I.": f"{_roman(number).upper()}.",
        "rule": f"Rule {number}.",
        "rule:": f"Rule {number}:",
        "clause": f"{section}.{number}",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "endash": "\u2013",
        "square": "\u25aa",
        "tick": "\u2714",
    }[shape]


def _fill(text: str, words: tuple[str, str], mods: str, site: str) -> str:
    one, many = words
    return text.format(
        c=one,
        cs=many,
        C=one.capitalize(),
        Cs=many.capitalize(),
        mods=mods,
        Mods=mods[:1].upper() + mods[1:],
        site=site,
    )


def _items_208(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-208 policy. Draws, per site: its word for what readers send ("comment" 0.75, else one of
    ``WORDS_208``), who moderates and where; how many items (two to five 0.25, else six to sixteen), in the
    table's order (0.5) or drawn; whether it prints headings (0.85), in which case (as written, title case, capitals)
    and placing (a part of their own, bare or with a stop, colon or dash; or run into the first sentence after a
    colon, stop or dash; a question heading keeps its mark); a marker shape (none 0.3, else numbers, letters,
    roman numerals, "Rule N", clause numbers, or bullets of several kinds), now and then a part of its own; and
    whether an item's sentences are parts apart or one. Per item: a heading and one to three sentences, kept in
    the table's order. Then opening, closing and title lines by ``_furnish``."""
    words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_208)
    mods, site = rng.choice(MODS_208), rng.choice(SITES_208)
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_208))
    if rng.random() < 0.5:
        kinds = sorted(rng.sample(range(len(REWORDINGS_208)), count))
    else:
        kinds = rng.sample(range(len(REWORDINGS_208)), count)
    headed = rng.random() < 0.85
    case = rng.choice(("as", "as", "title", "upper"))
    placing = rng.choice(("own", "own", "own.", "own:", "own -", "run:", "run:", "run.", "run -", "run \u2013"))
    shape = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "rule",
            "rule:",
            "clause",
            "bullet",
            "bullet",
            "dash",
            "star",
            "endash",
            "square",
            "tick",
        )
    )
    marker_apart = rng.random() < 0.1
    section = rng.randint(2, 9)
    joined = rng.random() < 0.35
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_208[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        parts = [_fill(sentences[index], words, mods, site) for index in picked]
        if joined:
            parts = [" ".join(parts)]
        heading = _fill(rng.choice(headings), words, mods, site) if headed else ""
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            asked = heading.endswith("?")
            if placing.startswith("run"):
                mark = placing[3:]
                parts[0] = f"{heading} {parts[0]}" if asked else f"{heading}{mark} {parts[0]}"
                heading = ""
            elif not asked:
                heading += placing[3:] if placing[3:] != " -" else " \u2014"
        marker = _marker(shape, number, section) if shape else ""
        if marker and not marker_apart:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        item = (heading, *parts)
        if marker and marker_apart:
            item = (marker, heading, *parts) if heading else (marker, *parts)
        items.append(item)
    intros = [_fill(line, words, mods, site) for line in INTROS_208]
    closings = [_fill(line, words, mods, site) for line in CLOSINGS_208]
    titles = [_fill(line, words, mods, site) for line in TITLES_208]
    titles = [title[:1].upper() + title[1:] for title in titles]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_208)
