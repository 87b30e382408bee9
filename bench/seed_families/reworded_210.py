"""The ``reworded-210`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Namibian coast and Walvis Bay news, Anglesey bulletins, Mississippi delta weeklies, powerlifting
clubs, quilt guilds, stroke survivors' forums, retirement-flat boards, pier preservation volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module and the opening
lines of ``reworded-204``'s ``_items_204`` were read, for their structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices, and five sentences (an item prints one to three of them). ``{c}`` / ``{cs}`` is
#: the site's word for what readers send (``{C}`` / ``{Cs}`` capitalised). Written in British spelling; a document
#: may print it in American (``AMERICAN_210``).
REWORDINGS_210 = (
    (  # civility
        ("Be kind", "Treat Others as You Would Be Treated", "Courtesy first", "Why be polite?", "Respect", "Manners"),
        (
            "Please be courteous to other members, even when you disagree with them.",
            "Personal attacks on other readers, our reporters or the people named in a story will be removed.",
            "Debate the point, not the person: sneering and name-calling have no place here.",
            "Many of our members are recovering from illness, so please be patient and gentle in your {cs}.",
            "We are a friendly club and we expect {cs} to stay friendly, from the newest novice to the oldest lifter.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Racism and Prejudice", "Is anything off limits?", "Zero tolerance"),
        (
            "{Cs} that attack people for their race, tribe, religion, sex, sexuality, age or disability will be deleted.",
            "We will not publish racist, sexist or homophobic {cs} under any circumstances.",
            "Tribalism and ethnic slurs are not tolerated on this site.",
            "Stirring up hatred against any group is against the law as well as against our rules.",
            "Members who post bigoted material will be removed from the group without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep Personal Details Private",
            "Protect your privacy",
            "Can I share a phone number?",
            "Other people's details",
        ),
        (
            "Do not post addresses, phone numbers or email addresses, whether your own or anyone else's.",
            "Please do not name other residents or describe where they live in the building.",
            "Photographs of other people should not be shared without their permission.",
            "Medical details about anyone other than yourself must not be posted.",
            "Door codes, key safe numbers and the times a flat is empty should never be mentioned in a {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting Children and Vulnerable Adults",
            "Vulnerable people",
            "Keeping everyone safe",
            "Who do I tell if I'm worried?",
        ),
        (
            "Do not post photographs of junior members without written consent from a parent or guardian.",
            "If you are worried about the welfare of a child or a vulnerable adult, contact the welfare officer directly.",
            "Never identify a child who is involved in a court case or a police inquiry.",
            "If someone on the forum seems to be at risk of harm, please let a moderator know straight away.",
            "Anyone asking other members for money or bank details should be reported to the administrators at once.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "How We Moderate",
            "Please be patient",
            "Waiting for approval",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 48 hours.",
            "Our moderators are volunteers, so {cs} sent at weekends may not be approved until Monday.",
            "Anything sent after 5pm will be checked the following working day.",
            "Your first few {cs} will be held for approval; after that they will appear straight away.",
            "If your {c} has not appeared after two days, it has probably broken one of these rules.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the Subject", "Relevance", "Off-topic posts", "What should I write about?"),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "Off-topic {cs} may be moved to the general chat board or removed.",
            "This board is for matters concerning the flats; please take other discussions elsewhere.",
            "Questions about patterns, fabrics and techniques are welcome, but politics is best left at the door.",
            "Start a new thread for a new subject rather than adding it to an old one.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam", "Selling and Promotion", "Can I sell things here?", "Commercial posts", "Links"),
        (
            "{Cs} promoting a business, product or service will be removed unless they are in the classifieds section.",
            "Spam and chain letters will be deleted and the accounts that send them closed.",
            "Members may mention quilts and equipment for sale in the Sales and Wants board only.",
            "Please do not post links to sites selling supplements, steroids or training programmes.",
            "Links to other websites may be held back until a moderator has checked them.",
        ),
    ),
    (  # real names / accounts
        (
            "Use your real name",
            "Accounts and Usernames",
            "Who can post?",
            "Registration",
            "One account each",
            "Your profile",
        ),
        (
            "You must register with your real name and a working email address before you can post.",
            "Only one account is allowed per person; duplicate accounts will be deleted.",
            "Do not pretend to be another member, a staff member or a public figure.",
            "Usernames that are offensive or misleading will be changed or removed.",
            "Membership of this board is open to leaseholders and tenants of the development only.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation and Contempt", "Could I get into trouble?", "Be careful what you say"),
        (
            "Do not make accusations against named people that you cannot prove; you may be sued for defamation.",
            "{Cs} about court cases that are still going on will not be published until the case is over.",
            "You are legally responsible for what you write, and we may have to pass your details to the police.",
            "Nothing may be posted that breaks the laws of Namibia or incites others to break them.",
            "Speculating about who may be guilty of a crime can prejudice a trial, so please don't.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Patterns and Photographs", "Can I share a pattern?", "Copying"),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please do not reproduce published patterns; give the name of the pattern and its designer instead.",
            "Do not copy whole articles from other newspapers; a short quote and a link are enough.",
            "By posting, you allow us to reproduce your {c} in print and online.",
            "Images of the pier from the archive remain the property of the trust and may not be reused without permission.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report Abuse", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, click 'Report' and a moderator will look at it.",
            "Please report problems to the administrators rather than replying to them on the board.",
            "Use the flag beside each {c} to tell us about abuse; reports are confidential.",
            "You can also email the site manager if you would rather not use the report button.",
            "We rely on members to tell us about anything that should not be here, so please speak up.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's Discretion", "Removal of posts", "Who decides?", "The right to edit"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "We may remove {cs} that do not break any rule if we think they harm the group.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "The views expressed are those of the members and not of the trust or its trustees.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Contact the newsroom"),
        (
            "If you think we have got something wrong, please email the newsroom rather than leaving a {c}.",
            "Corrections should be sent to the editor, who will look into them as soon as possible.",
            "Got a news tip? Call the office or send it through our contact page.",
            "Please send notices of events, shows and open days to the newsletter editor, not the message board.",
            "Information posted here is not seen by the newsroom, so send story ideas to us directly.",
        ),
    ),
    (  # language
        ("Language", "Mind Your Language", "No swearing", "Write clearly", "Capitals", "Which language can I use?"),
        (
            "Swearing and crude language will be removed, even with some letters replaced by asterisks.",
            "Please do not write in capital letters; it reads as shouting.",
            "{Cs} may be written in English or Welsh.",
            "Keep your {cs} short and clear so that everyone can follow them.",
            "If you find typing difficult, short {cs} are perfectly welcome, and nobody will mind a spelling mistake.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and Bans", "What happens if I break the rules?", "Consequences", "Suspensions", "Three strikes"),
        (
            "Members who break these rules will receive a warning, and repeat offenders will be banned.",
            "We operate a three-strikes policy: two warnings, then your account is suspended.",
            "Serious breaches will lead to an immediate and permanent ban.",
            "Banned members may not rejoin under a different name.",
            "The committee may also withdraw club membership for behaviour on the forum.",
        ),
    ),
    (  # safety / advice
        (
            "Medical advice",
            "Safety first",
            "Not a substitute for professional advice",
            "Is this medical advice?",
            "Training advice",
            "Take care",
        ),
        (
            "Nothing on this forum is medical advice; always speak to your doctor, nurse or therapist.",
            "If you think someone is having a stroke, call 999 immediately.",
            "Advice on lifting technique is given in good faith; train with a qualified coach and use spotters.",
            "Do not go onto the pier deck or beneath it; parts of the structure are unsafe.",
            "Members follow any advice posted here at their own risk.",
        ),
    ),
)

#: Titles, opening and closing lines such sites print with their rules.
TITLES_210 = (
    "Posting Rules",
    "Forum rules",
    "House Rules",
    "Community Guidelines",
    "Message board etiquette",
    "Rules of the Board",
    "Comment policy",
    "Guidelines for members",
    "Terms of Use - Discussion Area",
    "Please read before posting",
)

INTROS_210 = (
    "Please take a moment to read these rules before you post.",
    "This board is run by volunteers, and these guidelines help to keep it a pleasant place for everyone.",
    "By joining the forum you agree to the following rules.",
    "We welcome readers' views, provided they keep to the guidelines below.",
    "The committee has agreed the following rules for the members' message board.",
    "These guidelines apply to everything posted on this site.",
)

CLOSINGS_210 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed at any time by the committee.",
    "Happy posting!",
    "If you have any questions about these rules, please contact the administrators.",
    "Last updated by the site management team.",
    "Thank you for reading, and enjoy the forum.",
)

AMERICAN_210 = {
    "programme": "program",
    "behaviour": "behavior",
    "recognised": "recognized",
    "organisation": "organization",
    "colour": "color",
    "offence": "offense",
    "licence": "license",
}

_WORDS = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "if"}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "sentence":
        text = heading[:1].upper() + heading[1:].lower()
        return text.replace(" i ", " I ").replace(" i'm", " I'm")
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w.lower() in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return heading


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    roman = _ROMAN[n - 1]
    return {
        "1.": f"{n}. ",
        "1)": f"{n}) ",
        "(1)": f"({n}) ",
        "Rule 1:": f"Rule {n}: ",
        "Rule 1 -": f"Rule {n} - ",
        "01": f"{n:02d} ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{roman}. ",
        "(i)": f"({roman}) ",
        "I.": f"{roman.upper()}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "star": "* ",
        "arrow": "> ",
        "square": "\u25aa ",
        "": "",
    }[shape]


def _items_210(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-210 policy. Draws: the site's word for what readers send (a quarter of sites never say
    "comment"); two to five items (0.3) or six to all sixteen, in the table's order (0.45) or drawn; a most of one
    to three sentences an item, each item one up to it, its sentences as parts of their own or joined in one (0.3);
    headings in one case a site (as written, title, sentence or capitals), on their own part (bare, with a stop or
    colon, or in square brackets), run in before a colon, stop, dash or en dash, asked and answered (question
    headings as "Q." and the first sentence as "A.", 0.12), or none (0.15); a marker shape (numbers of several
    shapes, "Rule N", letters, roman numerals, bullets, or none) on each item's first part, each item now and then
    closing with a member-forum "(see rule N)" pointer (0.1 a site); then the opening, closing and title lines by
    ``_furnish``."""
    if rng.random() < 0.25:
        c, cs = rng.choice(_WORDS[1:])
    else:
        c, cs = _WORDS[0] if rng.random() < 0.7 else rng.choice(_WORDS[1:])
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_210))
    if rng.random() < 0.45:
        chosen = sorted(rng.sample(range(len(REWORDINGS_210)), count))
        kinds = [REWORDINGS_210[i] for i in chosen]
    else:
        kinds = rng.sample(REWORDINGS_210, count)
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    case = rng.choice(("as", "as", "title", "sentence", "upper"))
    placing = rng.choice(
        (
            "own",
            "own",
            "own-stop",
            "own-colon",
            "bracket",
            "run-colon",
            "run-colon",
            "run-stop",
            "run-dash",
            "run-endash",
            "qa",
            "none",
        )
    )
    if rng.random() < 0.15:
        placing = "none"
    shape = rng.choice(
        (
            "1.",
            "1.",
            "1)",
            "(1)",
            "Rule 1:",
            "Rule 1 -",
            "01",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "bullet",
            "dash",
            "star",
            "arrow",
            "square",
            "",
            "",
            "",
        )
    )
    pointer = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(kinds, 1):
        heading = _cased(fill(rng.choice(headings)), case)
        said = [fill(s) for s in rng.sample(sentences, rng.randint(1, most))]
        if pointer and n > 1 and rng.random() < 0.3:
            said[-1] += f" (See also rule {rng.randint(1, n - 1)}.)"
        if joined:
            said = [" ".join(said)]
        mark = _marker(shape, n)
        if placing == "none":
            parts = ["", mark + said[0], *said[1:]]
        elif placing == "qa" and heading.endswith("?"):
            parts = [mark + "Q. " + heading, "A. " + said[0], *said[1:]]
        elif placing in ("own", "qa"):
            parts = [mark + heading, *said]
        elif placing == "own-stop":
            parts = [mark + heading + ("" if heading.endswith("?") else "."), *said]
        elif placing == "own-colon":
            parts = [mark + heading + ("" if heading.endswith("?") else ":"), *said]
        elif placing == "bracket":
            parts = [mark + "[" + heading + "]", *said]
        else:
            glue = {"run-colon": ": ", "run-stop": ". ", "run-dash": " - ", "run-endash": " \u2013 "}[placing]
            if heading.endswith("?"):
                glue = " "
            parts = ["", mark + heading + glue + said[0], *said[1:]]
        items.append(tuple(parts))
    return _furnish(items, rng, INTROS_210, CLOSINGS_210, TITLES_210, AMERICAN_210)
