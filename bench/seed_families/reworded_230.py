"""The ``reworded-230`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Lucia and Dominica news, Shropshire hill papers, South Dakota reservation-border weeklies,
volleyball clubs, glass-blowers' circles, asthma parents' forums, leasehold flat residents, tramway heritage
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules and forum
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (some questions) and five sentences. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` at the
#: start of a sentence) are the site's word for what readers send; ``{site}`` is the site's name.
REWORDINGS_230 = (
    (  # civility
        (
            "Be civil",
            "Keep it respectful",
            "Attack the argument, not the person",
            "Courtesy costs nothing",
            "Can I disagree with someone?",
            "Respect other members",
        ),
        (
            "Debate the issue, not the person: personal attacks, name-calling and sneering at other readers will be "
            "removed.",
            "You are welcome to disagree with the paper, with a councillor or with each other, but do it with "
            "courtesy.",
            "Many of us know each other off the forum, so please write nothing you would not say to someone's face.",
            "{Cs} that bully, belittle or goad another member into an argument are taken down without notice.",
            "Robust views are fine; rudeness, insults and slanging matches are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Treat everyone equally",
            "What counts as hateful?",
            "Zero tolerance for bigotry",
        ),
        (
            "We will not publish anything that attacks people for their race, nationality, religion, disability, sex, "
            "sexuality or age.",
            "Slurs about Native people, tribal members or any community on or off the reservation will be removed and "
            "the account blocked.",
            "Remarks aimed at migrants, at people from the other islands or at anyone because of where they were born "
            "have no place here.",
            "Stereotypes dressed up as jokes are still stereotypes, and they will be taken down.",
            "Incitement to violence against any person or group may be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Personal details",
            "Don't share private information",
            "Can I name my neighbour?",
            "Keep it private",
        ),
        (
            "Do not post anyone's address, phone number, flat number or car registration, including your own.",
            "Please do not name or photograph other residents, their visitors or their children without permission.",
            "Medical details about your own child are yours to share, but never post another family's diagnosis or "
            "hospital.",
            "Private messages, emails and committee correspondence must not be copied onto the open forum without the "
            "sender's consent.",
            "Photographs taken inside members' studios or homes need the owner's say-so before they go up.",
        ),
    ),
    (  # safeguarding
        (
            "Children and young people",
            "Safeguarding",
            "Protecting junior members",
            "Young players",
            "Who do I tell about a concern?",
        ),
        (
            "Do not name, tag or post photographs of junior players without written consent from a parent or guardian.",
            "If you are worried about a child's welfare, contact the club welfare officer directly rather than posting "
            "about it here.",
            "Members under 16 may read the forum but should ask a parent before posting.",
            "Any attempt to contact a young person privately through this site will be reported to the police and to "
            "the governing body.",
            "A child in immediate danger is a matter for the police, not for a discussion thread.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Please be patient",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take several hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not go up until the next "
            "working day.",
            "The newsroom closes on public holidays and during hurricane warnings, and {cs} will be held until staff "
            "return.",
            "Posting the same {c} several times will not speed it up; it only puts it further back in the queue.",
            "New members' first few {cs} are held for approval; after that most go up straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
            "Relevance",
        ),
        (
            "Keep {cs} to the subject of the article or thread you are replying to.",
            "General chat belongs in the Off Topic board, not in the match reports or the furnace and kiln threads.",
            "Questions about service charges or repairs for a particular block should go in that block's own section.",
            "{Cs} about the running of the trust, rather than the trams themselves, should be raised at the "
            "volunteers' meeting.",
            "Threads that drift too far from their first post may be split or locked.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and selling",
            "Commercial posts",
            "Can I sell my kit?",
            "Links and promotion",
            "No spam",
        ),
        (
            "Advertising, sponsored links and chain messages will be deleted.",
            "Members may list second-hand kit, glass or tools in the Marketplace section only, once a month.",
            "Do not promote remedies, inhalers, supplements or clinics, whether or not you are paid to.",
            "Businesses wishing to reach our readers should contact the advertising department.",
            "Links to fundraisers need a moderator's approval before they go up.",
        ),
    ),
    (  # real names and accounts
        (
            "Real names",
            "Your account",
            "Use your own name",
            "One person, one account",
            "Why do you ask for my name?",
        ),
        (
            "Please post under your real first name and surname; nicknames and anonymous accounts will not be "
            "approved.",
            "One account per person: duplicate accounts will be merged or closed.",
            "Do not pretend to be someone else, including a councillor, a coach, a tribal official or a member of "
            "staff.",
            "Residents give their block and flat number on registration so that we can confirm membership; it is "
            "never shown publicly.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Stay within the law",
            "What about court cases?",
            "Libel",
        ),
        (
            "Do not accuse anyone of a crime or of dishonesty unless it has been proved in court.",
            "The libel laws of Saint Lucia and Dominica apply to readers as well as to the paper, and you may be held "
            "personally liable.",
            "Do not discuss the evidence in cases that are before the courts; threads that risk contempt will be "
            "closed.",
            "Nothing that breaks federal, state or tribal law, or encourages others to, will be published.",
            "We may be required to pass the details of a poster to the police or to a court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and images",
            "Can I post a photo I found?",
            "Quoting other sources",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Do not copy whole articles from this or any other newspaper; a short quote and a link will do.",
            "Designs and techniques shared by members remain theirs and must not be reproduced for sale.",
            "Archive photographs of the tramway belong to the trust and may not be reused without permission.",
            "By posting, you grant {site} a licence to publish your {c} in print and online.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a problem?",
            "Flagging",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules and a moderator will look at it.",
            "Reporting a {c} does not remove it automatically; every report is read by a person.",
            "Please do not reply to abusive {cs}; report them and let the moderators deal with it.",
            "If you would rather not use the button, email the moderators at mods@harbourcourtra.org.uk.",
            "Misusing the report button to settle an argument may itself earn a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "Why was my {c} removed?",
            "The right to edit",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The moderators' decision is final and will not be debated on the forum.",
            "We do not enter into correspondence about {cs} that have not been published.",
            "Views expressed are those of the members and not of the club, its committee or its sponsors.",
            "These rules may be changed at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and omissions",
        ),
        (
            "If we have got something wrong in a story, email the newsroom rather than leaving a {c}, and we will "
            "put it right.",
            "Have a story for us? Ring the newsdesk or send it in through the Contact Us page.",
            "Corrections to fixtures, results and league tables should go to the match secretary.",
            "Please send obituaries, event notices and community news to the office by Tuesday noon for that week's "
            "paper.",
            "Errors in the timetable or the running-day rota should go to the duty officer, not on the forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No shouting",
            "Which language can I use?",
            "Swearing",
            "Keep it clean",
        ),
        (
            "Please write in English; {cs} in Kwéyòl are welcome too, under the same rules.",
            "Swearing, including swearing disguised with asterisks, will be removed.",
            "Writing in capital letters is read as shouting, so please don't.",
            "Lakota and Dakota words are welcome; please give the English meaning for readers who don't speak them.",
            "Keep text-speak and abbreviations to a minimum so that everyone can follow the thread.",
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
            "Members who break these rules will be warned once; a second breach may lead to a suspension.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Banned users who come back under a new name will be removed again without warning.",
            "Repeated breaches will be referred to the committee, which may end your membership of the association.",
            "Suspensions last seven days in the first instance and longer for each further offence.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Is this advice?",
            "Health and safety",
            "A word of caution",
        ),
        (
            "Nothing posted here replaces advice from your child's GP, asthma nurse or consultant.",
            "If your child is struggling to breathe, call 999 now; do not wait for a reply on the forum.",
            "Set-ups for furnaces, kilns and torches are shared in good faith; follow the maker's instructions and "
            "your own risk assessment.",
            "Never go on to the tramway track or into the depot outside a supervised working session.",
            "Answers about leases, service charges or the right to manage are members' opinions, not legal advice.",
        ),
    ),
)

#: The site's word for what readers send, (singular, plural): "comment" on three sites in four.
WORDS_230 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

SITES_230 = (
    "the Soufriere Standard",
    "the Roseau Record",
    "the Clun Valley Courier",
    "the Long Mynd Gazette",
    "the Bennett County Booster",
    "the Todd County Tribune",
    "Wrekin Volleyball Club",
    "the Marches Glass Circle",
    "Breathe Easy Parents",
    "Harbour Court Residents' Association",
    "the Brindley Street Tramway Trust",
)

POLICY_INTROS_230 = (
    "{Cs} are welcome, but they must keep to the following house rules.",
    "By posting on {site} you agree to the rules below.",
    "These guidelines help keep the forum a friendly and useful place for everyone.",
    "The following rules apply to every {c} on this site.",
    "Please take a minute to read these rules before you post.",
    "We want {site} to be a place where everyone feels able to join in.",
)

POLICY_CLOSINGS_230 = (
    "Thank you for helping us keep {site} a friendly place.",
    "Questions about these rules? Contact the moderators.",
    "Last reviewed by the committee in March 2025.",
    "These rules were last updated on 14 January 2026.",
    "Happy posting!",
    "The Moderation Team",
    "Thank you for reading, and enjoy the forum.",
)

POLICY_TITLES_230 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules for {cs}",
    "Guidelines for {cs}",
    "Before you post",
    "Code of conduct",
    "Message board rules",
    "Terms of participation",
)

AMERICAN_230 = {
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "councillor": "councilor",
    "colour": "color",
    "favour": "favor",
    "behaviour": "behavior",
}

_SMALL_230 = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "by", "at", "not"}

_ROMAN_230 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: How a site marks its items: numbered, lettered, in Roman numerals, as a handbook's clauses, bulleted or not at all.
_SHAPES_230 = (
    "none",
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "(1)",
    "1 -",
    "[1]",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "Rule 1:",
    "Rule 1 -",
    "No. 1:",
    "4.1",
    "bullet",
)

_BULLETS_230 = ("\u2022", "-", "*", "\u2013", "\u25aa", "\u25ba", "\u2192")


def _fill_230(text: str, word: tuple[str, str], site: str) -> str:
    c, cs = word
    text = text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize())
    text = text.replace("{cs}", cs).replace("{c}", c).replace("{site}", site)
    return text[0].upper() + text[1:] if text else text


def _title_case_230(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in _SMALL_230 else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _marker_230(shape: str, n: int, bullet: str, section: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "[1]": f"[{n}]",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN_230[n - 1]}.",
        "(i)": f"({_ROMAN_230[n - 1]})",
        "I.": f"{_ROMAN_230[n - 1].upper()}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 -": f"Rule {n} -",
        "No. 1:": f"No. {n}:",
        "4.1": f"{section}.{n}",
        "bullet": bullet,
    }.get(shape, "")


def _items_230(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-230 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws, in this order: the site's word (not "comment" 0.25) and name; two or three kinds (0.2) or five to
    fourteen, in the table's order (0.5) or as drawn; the site's heading case (as written, title case, capitals),
    its placing (a part of its own, bare or with a full stop or a colon; run in before a colon, a full stop, a hyphen,
    an en or em dash; no headings at all, 0.15), whether each item draws its own placing (0.15), whether the site
    prefers questions (0.2), its marker (:data:`_SHAPES_230`) and, for a bullet, where it goes (before the heading
    or, half the time, before the first sentence under it), whether an item's sentences run together as one part
    (0.3) and whether a "Back to top" link follows the items (0.15); then per item one to three sentences, and now
    and then (0.08) no heading; finally :func:`_furnish`'s opening, closing and title lines."""
    word = rng.choice(WORDS_230) if rng.random() < 0.25 else ("comment", "comments")
    site = rng.choice(SITES_230)
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(5, 14)
    picked = rng.sample(range(len(REWORDINGS_230)), count)
    if rng.random() < 0.5:
        picked.sort()
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    placings = ("own", "own.", "own:", "run:", "run.", "run -", "run \u2013", "run \u2014")
    placing = "none" if rng.random() < 0.15 else rng.choice(placings)
    each_own = rng.random() < 0.15
    questions = rng.random() < 0.2
    shape = rng.choice(_SHAPES_230)
    bullet = rng.choice(_BULLETS_230)
    section = rng.randint(2, 9)
    under = rng.random() < 0.5  # a bullet under a heading of its own, before the first sentence
    joined = rng.random() < 0.3
    back_to_top = rng.random() < 0.15
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked, 1):
        headings, sentences = REWORDINGS_230[kind]
        asked = [h for h in headings if h.endswith("?")]
        heading = rng.choice(asked if questions and asked else headings)
        heading = _fill_230(heading, word, site)
        if case == "title":
            heading = _title_case_230(heading)
        elif case == "upper":
            heading = heading.upper()
        how = rng.choice(placings) if each_own else placing
        if how == "none" or rng.random() < 0.08:
            heading = ""
        said = [_fill_230(s, word, site) for s in rng.sample(sentences, rng.choice((1, 1, 1, 2, 2, 3)))]
        if joined:
            said = [" ".join(said)]
        mark = _marker_230(shape, n, bullet, section)
        if heading and how.startswith("run"):
            sep = how[3:]
            said[0] = f"{heading} {said[0]}" if heading.endswith("?") else f"{heading}{sep} {said[0]}"
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += how[3:]
        if mark and heading and not (under and shape == "bullet"):
            heading = f"{mark} {heading}"
        elif mark:
            said[0] = f"{mark} {said[0]}"
        items.append((heading, *said))
    if back_to_top:
        items.append(("", rng.choice(("Back to top", "^ Back to top", "Top of page"))))
    return _furnish(
        items,
        rng,
        [_fill_230(line, word, site) for line in POLICY_INTROS_230],
        [_fill_230(line, word, site) for line in POLICY_CLOSINGS_230],
        [_fill_230(line, word, site) for line in POLICY_TITLES_230],
        AMERICAN_230,
    )
