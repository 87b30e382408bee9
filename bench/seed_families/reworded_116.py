"""The ``reworded-116`` family: posting rules as Guyanese and Surinamese English-language news sites, Lincolnshire
Wolds papers, Vermont town weeklies, sea-swimming groups, bonsai societies, credit-union member forums, sight-loss
support networks and heavy-horse societies word and print them. Written blind: from how such sites put their rules,
not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_116` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), and
``{m}`` and ``{ms}`` for the word it uses for the people who send it (``{M}`` and ``{Ms}`` capitalised), so a site
that never says "comment" prints the same rules with "post", "message", "reply", "contribution" or "response"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order such a site tends to print them: (headings, sentences). Each sentence is
#: one sentence; an item prints one to three of them.
REWORDINGS_116 = (
    (
        (
            "Be civil",
            "Be kind",
            "Respect other {ms}",
            "Play the ball, not the man",
            "Is it kind?",
            "Disagree without being disagreeable",
        ),
        (
            "Debate the issue, not the person: personal attacks on other {ms}, our reporters or the people in our "
            "stories will be removed.",
            "Please treat everyone here as you would if you met them on the sea wall or in the market.",
            "Robust disagreement is fine; name-calling, sneering and baiting are not.",
            "Remember that a real person, quite possibly a neighbour, reads every {c} you post.",
            "Many of our {ms} are new to bonsai, so please offer criticism gently and explain your reasoning.",
        ),
    ),
    (
        (
            "No hate speech",
            "Hatred and discrimination",
            "Race, religion and identity",
            "Is it fair to everyone?",
            "Zero tolerance for bigotry",
        ),
        (
            "{Cs} that stir up racial or ethnic division will be deleted and may be passed to the police.",
            "We do not accept abuse based on race, ethnicity, religion, sex, sexuality, disability or age.",
            "Mocking anyone's sight, or lack of it, or any other disability has no place in this group.",
            "Generalisations about whole communities, whether Afro-Guyanese, Indo-Guyanese, Amerindian or any "
            "other, will not be published.",
            "Slurs are removed even when they are disguised with asterisks or deliberate misspellings.",
        ),
    ),
    (
        (
            "Protect your privacy",
            "Personal information",
            "Keep personal details private",
            "Never share account details",
            "Whose information is it?",
        ),
        (
            "Never post your member number, account number, PIN or online banking password, even in a private "
            "message to another {m}.",
            "Do not share other people's addresses, phone numbers or email addresses without their permission.",
            "Staff will never ask for your security details on this forum; if anyone does, report it straight away.",
            "Please don't post photographs of other swimmers, particularly in swimwear, without asking them first.",
            "If you mention your own health or eyesight, remember that this board can be read by anyone.",
        ),
    ),
    (
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young people",
            "Are you worried about someone?",
            "Keeping everyone safe",
        ),
        (
            "Do not post photographs of children other than your own, and never say where a child swims or goes to "
            "school.",
            "If you are worried that a {m} is at risk, contact our welfare officer rather than posting about it here.",
            "Anyone under 18 must have a parent or guardian's permission to join the group.",
            "We will not publish anything that could identify a child involved in a court case or a safeguarding "
            "matter.",
            "If someone is in immediate danger, call the emergency services first; do not wait for a moderator.",
        ),
    ),
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval times",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so anything sent over a show weekend may wait until the Monday.",
            "{Cs} sent after 9pm are approved the following morning.",
            "Sending the same {c} several times will not make it appear any faster.",
            "New {ms} have their {cs} checked before publication until a few have been approved.",
        ),
    ),
    (
        (
            "Stay on topic",
            "Keep it relevant",
            "Stick to the subject",
            "Is this the right place?",
            "Off-topic {cs}",
        ),
        (
            "Please keep your {cs} relevant to the story they appear under.",
            "This forum is for bonsai and its related arts; general gardening questions are better asked elsewhere.",
            "Political arguments unrelated to the article will be removed, particularly in the run-up to an election.",
            "Use the right board: sales go in Classifieds, show results in Events and everything else in General.",
            "Conversations that drift far from the topic may be moved or closed by a moderator.",
        ),
    ),
    (
        (
            "No advertising",
            "No spam",
            "Selling and promotion",
            "Can I sell my horse here?",
            "Links and self-promotion",
        ),
        (
            "Advertisements, chain letters and links to money-making schemes will be deleted without warning.",
            "Horses, harness and vehicles for sale belong in the classifieds, not in the general discussion.",
            "Traders and nurseries may mention their business once in their profile, but not in every {c}.",
            "Links are fine when they add to the discussion; links posted only to drive traffic are not.",
            "Loan brokers and investment offers are not allowed under any circumstances.",
        ),
    ),
    (
        (
            "Use your real name",
            "One account each",
            "Who are you?",
            "Registration",
            "Usernames",
            "Impersonation",
        ),
        (
            "We ask {ms} to register under their real name, just as letters to our printed paper must be signed.",
            "Each person may hold only one account; duplicate accounts will be merged or closed.",
            "Do not pretend to be someone else, including a member of staff, a councillor or another {m}.",
            "Usernames that are offensive or that look like an email address will be changed.",
            "Only current members of the credit union can take part, but your forum name need not be your own.",
        ),
    ),
    (
        (
            "Stay within the law",
            "Legal matters",
            "Defamation and contempt",
            "Is it legal?",
            "Court cases",
            "Libel",
        ),
        (
            "Do not make allegations you cannot prove; you, not us, may be held responsible for what you write.",
            "Please do not discuss live court cases, as your {cs} could prejudice a fair trial.",
            "Naming or hinting at the identity of the victim of a sexual offence is against the law.",
            "We may be obliged to pass details of unlawful {cs} to the police or the courts.",
            "{Cs} must comply with the laws of Guyana and of the country in which you live.",
        ),
    ),
    (
        (
            "Copyright",
            "Photos and images",
            "Other people's work",
            "Can I share this photo?",
            "Quoting and linking",
        ),
        (
            "Only upload photographs you took yourself or have permission to use, and credit the photographer.",
            "Do not paste whole articles from other newspapers; a short quote and a link are enough.",
            "By sharing a photo here you allow the society to use it in its newsletter, with credit.",
            "Show catalogue photographs and judges' notes may not be reproduced without the organisers' permission.",
            "Material copied from elsewhere without permission will be removed.",
        ),
    ),
    (
        (
            "Reporting a problem",
            "See something wrong?",
            "Flag it",
            "Report, don't respond",
            "How to report",
        ),
        (
            "Use the report button beside each {c} to tell a moderator about it.",
            "Please don't reply to abusive {cs}; report them and let us deal with it.",
            "If you use a screen reader, the report link is the last link in each {c}.",
            "You can also email the moderators; please include a link to the {c} concerned.",
            "Reports are anonymous, and the person reported will not be told who made them.",
        ),
    ),
    (
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' decision",
            "Right to remove",
            "Who decides?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on whether any {c} is published is final.",
            "We cannot enter into correspondence about individual moderation decisions.",
            "Publication of your {c} does not mean the paper agrees with it.",
            "Views expressed by {ms} are their own and not those of the society.",
        ),
    ),
    (
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Contact the newsroom",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than leaving it in the {cs}, so we "
            "can put it right quickly.",
            "Got news from your village or town? Send it to us by Monday noon for the week's paper.",
            "Complaints about our journalism are handled under the Editors' Code; see our complaints page.",
            "Corrections appear on page 2 of the next print edition and at the foot of the story online.",
            "News tips and letters to the editor should be sent by email, not left here.",
        ),
    ),
    (
        (
            "Mind your language",
            "No swearing",
            "Write in English",
            "Plain language, please",
            "Don't shout",
            "What language can I use?",
        ),
        (
            "Swearing and crude language will be removed, even if partly starred out.",
            "Please write in English so that all readers can follow; short phrases in Dutch or Sranan Tongo are fine.",
            "Writing in capital letters reads as shouting and is harder for some {ms} to read.",
            "Avoid long strings of emojis, as screen readers read out every one of them.",
            "Text-speak and heavy abbreviation make {cs} hard to follow, so please spell words out.",
        ),
    ),
    (
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "{Ms} who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "Serious breaches, including threats and hate speech, lead to an immediate ban.",
            "Banned {ms} who return under a new name will be removed again without notice.",
            "We may suspend your account while we look into a complaint.",
            "Repeated breaches may also be reported to the credit union's membership committee.",
        ),
    ),
    (
        (
            "Not professional advice",
            "Swim safely",
            "Health and safety",
            "Is this advice?",
            "At your own risk",
            "Animal welfare",
        ),
        (
            "Nothing here is financial advice; speak to the credit union before making decisions about loans or "
            "savings.",
            "Never swim alone, check the tide and the forecast, and tell someone on shore when you expect to be back.",
            "What {ms} share about eye conditions is no substitute for advice from your optometrist or eye clinic.",
            "Concerns about a horse's welfare should be reported to the RSPCA or World Horse Welfare, not argued "
            "over here.",
            "Sea swimming carries real risks, and everyone who joins a swim does so at their own risk.",
        ),
    ),
    (
        (
            "Describe your images",
            "Accessible posting",
            "Making {cs} accessible",
            "Can everyone read it?",
            "Pictures and links",
        ),
        (
            "When you share a photo, please add a short description of it for {ms} who cannot see it.",
            'Put links on a line of their own and say where they lead, rather than writing "click here".',
            "Avoid putting important information only in an image, a colour or a graphic.",
            "Please keep fancy fonts and symbols out of your username, as screen readers cannot read them.",
            "Recorded audio messages are welcome, but please keep them under three minutes.",
        ),
    ),
)

#: An opening line some sites print above their rules.
INTROS_116 = (
    "Please read these guidelines before you post.",
    "By submitting your {c} you agree to abide by the following rules.",
    "We welcome {cs} from readers at home and across the diaspora, provided they follow these rules.",
    "This group is run by volunteers, so we ask everyone to follow a few simple rules.",
    "Our forum is open to all members of the credit union. To keep it useful and safe:",
    "Whether you live in the Wolds or further afield, a few house rules keep this a friendly place:",
    "The society welcomes discussion among {ms}, old hands and newcomers alike.",
)

#: A closing line some sites print under their rules.
CLOSINGS_116 = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may change from time to time; the latest version is always on this page.",
    "Questions about these guidelines? Email the moderators.",
    "Happy swimming, and stay safe.",
    "The Editor",
    "Last updated: March 2024.",
    "\u2014 The Editors",
    "Thank you for reading, and for keeping the conversation civil.",
)

#: A title some sites print above their rules.
TITLES_116 = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Before you post",
    "Rules for {cs}",
    "Group rules",
    "Members' forum guidelines",
    "Code of conduct",
    "Our {c} rules",
    "Terms of participation",
    "Netiquette",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_116 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "colour": "color",
    "generalisation": "generalization",
    "organiser": "organizer",
    "catalogue": "catalog",
    "councillor": "councilor",
}

#: The word a site that never says "comment" uses instead (singular, plural).
WORDS_116 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("response", "responses"),
)

#: The word a site uses for the people who write to it (singular, plural).
PEOPLE_116 = (("member", "members"), ("member", "members"), ("reader", "readers"), ("user", "users"))

_MINOR_116 = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"))
_NUMBERED_116 = ("{n}.", "{n}.", "{n}.", "{n})", "({n})", "{n} -", "Rule {n}:", "Rule {n}.", "{s}.{n}", "[{n}]")
_LETTERED_116 = ("{a})", "({a})", "{A}.", "{a}.")
_ROMAN_116 = ("{r}.", "({r})", "{R}.")
_BULLETS_116 = ("\u2022", "\u2022", "-", "*", "\u2013", "\u25aa", "o", "\u00b7", "\u25ba", "\u2713")
_EMOJI_116 = ("\U0001f30a", "\U0001f333", "\U0001f434", "\U0001f449", "\u2714\ufe0f")
_SUB_BULLETS_116 = ("-", "\u2022", "o", "\u2013")
_AFTER_OWN_116 = ("", "", ".", ":")
_AFTER_RUN_IN_116 = (": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ")
_NOTES_116 = ("Please note: ", "NB: ", "Important: ", "Note: ")


def _roman_116(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _title_case_116(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _MINOR_116) or not word else word[0].upper() + word[1:] for i, word in enumerate(words)
    )


def _marker_116(shape: str, n: int, section: int) -> str:
    return (
        shape.replace("{n}", str(n))
        .replace("{s}", str(section))
        .replace("{a}", "abcdefghijklmnopqrstuvwxyz"[n - 1])
        .replace("{A}", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n - 1])
        .replace("{r}", _roman_116(n))
        .replace("{R}", _roman_116(n).upper())
    )


def _worded_116(texts: Sequence[str], words: dict[str, str]) -> list[str]:
    out = []
    for text in texts:
        for key, word in words.items():
            text = text.replace(key, word)
        out.append(text)
    return out


def _items_116(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-116 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: the word for what readers send ("comment", or with probability 0.25 one of :data:`WORDS_116`)
    and for the people who send it; how many kinds (two to four 0.2 of the time, five to eight 0.25, else nine to
    all seventeen), in the table's order (0.55) or shuffled; a marker shape (none 0.3, else numbered, lettered,
    roman, bulleted or emoji, in the shapes such sites print), put before an item's first line, or (0.08 of marked
    sites) on a line of its own, with the sentences under a heading sub-bulleted at some numbered sites (0.15, those
    headings on a line of their own);
    headings for none of the items (0.15), else for each item 0.9 of the time, in sentence, title (0.25) or capital
    (0.15) case, on a line of their own (with nothing, a stop or a colon after them) or run in before the first
    sentence (0.45, after a colon, a stop or a dash; a question just before it); at most one, two or three
    sentences an item; now and then a "Please note:" before an item's first sentence (not after a run-in heading). :func:`._common._furnish` adds the
    opening, closing and title lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() >= 0.25 else rng.choice(WORDS_116)
    m, ms = rng.choice(PEOPLE_116)
    words = {"{cs}": cs, "{Cs}": cs.capitalize(), "{c}": c, "{C}": c.capitalize()}
    words |= {"{ms}": ms, "{Ms}": ms.capitalize(), "{m}": m, "{M}": m.capitalize()}
    draw = rng.random()
    if draw < 0.2:
        count = rng.randint(2, 4)
    elif draw < 0.45:
        count = rng.randint(5, 8)
    else:
        count = rng.randint(9, len(REWORDINGS_116))
    kinds = rng.sample(range(len(REWORDINGS_116)), count)
    if rng.random() < 0.55:
        kinds.sort()
    shape_kind = rng.choices(("none", "numbered", "lettered", "roman", "bulleted", "emoji"), (30, 30, 9, 7, 21, 3))[0]
    shape = {
        "none": "",
        "numbered": rng.choice(_NUMBERED_116),
        "lettered": rng.choice(_LETTERED_116),
        "roman": rng.choice(_ROMAN_116),
        "bulleted": rng.choice(_BULLETS_116),
        "emoji": rng.choice(_EMOJI_116),
    }[shape_kind]
    section = rng.randint(2, 9)
    marker_alone = bool(shape) and rng.random() < 0.08
    bare = rng.random() < 0.15
    case = rng.choices(("as written", "title", "upper"), (60, 25, 15))[0]
    run_in = rng.random() < 0.45
    after_own = rng.choice(_AFTER_OWN_116)
    after_run_in = rng.choice(_AFTER_RUN_IN_116)
    sub_bullet = rng.choice(_SUB_BULLETS_116) if shape_kind == "numbered" and rng.random() < 0.15 else ""
    run_in = run_in and not sub_bullet
    most = rng.choices((1, 2, 3), (30, 45, 25))[0]
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_116[kind]
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = _worded_116([sentences[i] for i in picked], words)
        note = rng.choice(_NOTES_116) if rng.random() < 0.04 else ""
        heading = "" if bare or rng.random() < 0.1 else _worded_116([rng.choice(headings)], words)[0]
        if note and not (heading and run_in):
            parts[0] = note + parts[0]
        if heading and case == "title":
            heading = _title_case_116(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        if heading and sub_bullet:
            parts = [f"{sub_bullet} {part}" for part in parts]
        if heading and run_in:
            joint = " " if heading.endswith("?") else after_run_in
            parts[0] = heading + joint + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += after_own
        marker = _marker_116(shape, n, section) if shape else ""
        if marker and marker_alone:
            item = (marker, heading, *parts)
        elif marker and heading:
            item = (f"{marker} {heading}", *parts)
        elif marker:
            item = ("", f"{marker} {parts[0]}", *parts[1:])
        else:
            item = (heading, *parts)
        items.append(item)
    return _furnish(
        items,
        rng,
        _worded_116(INTROS_116, words),
        _worded_116(CLOSINGS_116, words),
        _worded_116(TITLES_116, words),
        AMERICAN_116,
    )
