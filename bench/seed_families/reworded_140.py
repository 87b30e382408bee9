"""The ``reworded-140`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bangladeshi and Nepali English-language news, Isle of Skye papers, Arkansas Ozarks weeklies, rowing
regattas, printmakers' collectives, housing co-op boards, psoriasis forums, traction-engine owners' clubs.

Written blind: from how such sites word and print their comment policies, forum rules, house rules, codes of conduct
and posting guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: five or six heading choices (written in sentence case, without a stop; a question keeps its mark)
#: and five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what
#: readers send. Written in British spelling; a document may print it in American spelling (``AMERICAN_140``).
REWORDINGS_140 = (
    (  # civility
        ("Be courteous", "Courtesy first", "Play the ball, not the person", "Disagree politely", "Why be civil?"),
        (
            "Argue with what someone has said, not with who they are.",
            "Personal remarks about other members, our reporters or the people named in a story will be taken down.",
            "Heated debate is welcome, but name-calling and sneering are not.",
            "Treat everyone here as you would a neighbour at the annual general meeting.",
            "Please write your {c} as though the person you are answering were sitting across the table from you.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Respect every community",
            "Nothing that stirs up hatred",
            "What counts as hate?",
            "Communal and religious remarks",
        ),
        (
            "{Cs} that attack people for their religion, caste, ethnicity, gender, disability or sexuality will be"
            " removed at once.",
            "We do not publish anything likely to inflame communal or religious tension.",
            "Slurs, stereotypes and so-called jokes at the expense of any group are not allowed.",
            "Remarks that demean incomers, Gaels, travellers or any other community have no place on this site.",
            "Hate speech is an offence, and we will pass serious cases to the police.",
        ),
    ),
    (  # privacy
        ("Protect privacy", "Personal details", "Keep private things private", "Whose information is it?", "Privacy"),
        (
            "Do not post phone numbers, home addresses or email addresses, your own or anyone else's.",
            "Please do not name or describe fellow residents in a dispute with the co-op in a public {c}.",
            "Photographs of members' skin, other than your own, must never be shared without their permission.",
            "Details of someone's health, tenancy or finances are not for a public thread.",
            "We will remove any {c} that identifies a person who has asked not to be named.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping young people safe",
            "Are you worried about someone?",
            "Protecting juniors",
        ),
        (
            "Do not post photographs of junior crews or name children without a parent's written consent.",
            "Never ask another member to move a conversation to private messages, text or a meeting.",
            "If you are worried that a child or vulnerable adult is at risk, contact our welfare officer rather than"
            " posting about it.",
            "Anyone who appears to be grooming a young member will be banned and reported to the authorities.",
            "If someone here talks about harming themselves, please alert a moderator straight away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Delays",
            "When will it go live?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our newsroom is small, so {cs} sent in the evening may not be approved until the next morning.",
            "During Eid, Dashain and other public holidays, approval may take several days.",
            "New members' first few {cs} are held for review before they go live.",
            "Please do not send the same {c} again if it does not appear at once; it is waiting in the queue.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is it about the story?", "Right thread, please"),
        (
            "Keep your {cs} relevant to the article or thread they appear under.",
            "General chat belongs in the Members' Lounge, not in the regatta results threads.",
            "Political arguments that have nothing to do with the story will be removed.",
            "Please search before starting a new thread; duplicates will be merged or locked.",
            "Questions about one engine's restoration belong in that engine's own thread.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and self-promotion", "Adverts", "Can I sell something here?"),
        (
            "Advertising, links to online shops and affiliate codes will be deleted.",
            "Members may list engines, parts and prints for sale in the Classifieds section only.",
            "Promoting creams, supplements or so-called cures for psoriasis is forbidden.",
            "Repeated or identical {cs} will be treated as spam and removed.",
            "Accounts created only to advertise will be closed without warning.",
        ),
    ),
    (  # names and accounts
        ("Use your real name", "Your account", "Names and identities", "One account each", "Who are you?"),
        (
            "{Cs} must be posted under your real first and last name.",
            "Please use the same name you use at the boathouse or club.",
            "One account per person; duplicate accounts will be removed.",
            "Do not pretend to be another person, a board member or a member of our staff.",
            "A username is fine, but we must have a working email address for you on file.",
        ),
    ),
    (  # the law
        ("Stay within the law", "Legal matters", "Defamation", "The law", "Could this get us sued?"),
        (
            "Do not post anything defamatory, in contempt of court or otherwise unlawful.",
            "Please do not speculate about people who have been charged or about cases still before the courts.",
            "{Cs} that break the laws of Bangladesh, Nepal or the United Kingdom will be removed.",
            "You are legally responsible for what you post, and we may have to share your details if required by law.",
            "Allegations of wrongdoing against a named person will not be published unless a court has found them"
            " proven.",
        ),
    ),
    (  # copyright
        ("Copyright", "Respect copyright", "Images and artwork", "Whose picture is it?", "Credit the maker"),
        (
            "Only post photographs and images that you took or made yourself, or have permission to use.",
            "Do not upload images of other artists' prints without their consent and a credit.",
            "Quote a short passage and link to the source rather than copying whole articles.",
            "By posting, you allow us to publish your {c} in print and online.",
            "Rally photographs belong to whoever took them, so please credit them.",
        ),
    ),
    (  # reporting
        ("Reporting", "Flag it", "See a problem?", "How do I report a {c}?", "Tell a moderator"),
        (
            "Use the report button under a {c} to let the moderators know about it.",
            "Please report problems rather than replying to them, which only draws attention to them.",
            "Each report is read by a moderator, though we cannot always reply.",
            "If you think something on this site breaks the law, email the editor at once.",
            "False or malicious reports may themselves lead to a warning.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Editorial judgement",
            "Moderators' decisions",
            "Who decides?",
        ),
        (
            "The editor may remove any {c} without giving a reason.",
            "Moderators' decisions are final, and we will not discuss them on the public forum.",
            "We reserve the right to edit {cs} for length, clarity or legal reasons.",
            "Publishing a {c} does not mean that the paper agrees with it.",
            "The board may close or lock any thread at any time.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Tell us"),
        (
            "If we have got something wrong, email the news desk rather than posting a {c}.",
            "Corrections are handled by the editor and printed in the next issue.",
            "Story ideas are welcome; send them to our newsroom, not to the {cs} section.",
            "Results errors should be reported to the regatta secretary, who will correct the published times.",
            "Have a news tip from your village? Contact us by phone or email.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "No swearing", "English, please", "Which language?"),
        (
            "Swearing and crude language, including starred-out words, will be removed.",
            "Please write in English so that our moderators can read your {c}.",
            "{Cs} in Gaelic are welcome, and our moderators will read them.",
            "Please do not type in capital letters throughout; it reads as shouting.",
            "Text-speak and heavy abbreviations make {cs} hard to follow.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "Three strikes", "What happens if I break the rules?", "Sanctions"),
        (
            "Breaking these rules may get you a warning, a suspension or a permanent ban.",
            "After three warnings, your account will be suspended.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "Members who are banned must not rejoin under another name.",
            "Repeat offenders may also lose their membership of the club.",
        ),
    ),
    (  # safety and advice
        ("Safety and advice", "Medical advice", "Not professional advice", "Is it safe?", "Stay safe"),
        (
            "Nothing posted here replaces advice from your own doctor or dermatologist.",
            "Please talk to your consultant before stopping or changing any treatment.",
            "Advice on boilers and pressure vessels must not be taken as a substitute for a proper inspection.",
            "Nothing on this board is legal or financial advice; members should seek their own.",
            "Do not take a boat out on the river on the strength of a forum {c} about conditions.",
        ),
    ),
)

#: The site's word for what readers send: (singular, plural). The first is "comment"; a quarter of sites use another.
WORDS_140 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

POLICY_TITLES_140 = (
    "Comment policy",
    "Comments policy",
    "Forum rules",
    "House rules",
    "Rules of the forum",
    "Terms of participation",
    "Community guidelines",
    "Code of conduct",
    "Posting guidelines",
    "Riaghailtean / House rules",
    "Members' code",
    "Guidelines for {cs}",
    "Reader {cs}: our rules",
    "Board rules",
)

POLICY_INTROS_140 = (
    "We welcome your {cs}, but please read these rules before you post.",
    "By posting on this site, you agree to the following.",
    "This forum is run by volunteers, and these rules help keep it friendly.",
    "Our readers' {cs} are moderated according to the guidelines below.",
    "Please take a moment to read the rules of the board.",
    "The following rules apply to all members and guests.",
    "These guidelines were agreed by the board of directors.",
)

POLICY_CLOSINGS_140 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed at any time without notice.",
    "Questions about these rules can be sent to the moderators.",
    "Happy posting!",
    "The Editor",
    "Last updated by the committee.",
    "Thank you for reading our paper.",
)

AMERICAN_140 = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "offence": "offense",
    "behaviour": "behavior",
    "organised": "organized",
    "programme": "program",
    "favour": "favor",
    "colour": "color",
    "centre": "center",
    "licence": "license",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_SMALL_WORDS = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "but", "not"}
_STYLES = (
    "none",
    "none",
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
    "bullet",
    "dash",
    "star",
    "Rule",
    "section",
    "number-space",
    "01.",
)


def _marker(style: str, n: int, section: int) -> str:
    """The marker a site prints before its ``n``-th item (from 0), ``section`` being the number of its part."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    return {
        "none": "",
        "1.": f"{n + 1}.",
        "1)": f"{n + 1})",
        "(1)": f"({n + 1})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[n]}.",
        "(i)": f"({_ROMAN[n]})",
        "I.": f"{_ROMAN[n].upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "Rule": f"Rule {n + 1}:",
        "section": f"{section}.{n + 1}",
        "number-space": f"{n + 1}",
        "01.": f"{n + 1:02d}.",
    }[style]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if i and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    return heading


def _items_140(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-140 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws the site's word (a quarter of sites never say "comment"); two to four items (0.3) or seven to sixteen, in
    the table's order (0.5) or drawn; one to three of the kind's sentences an item (one half the time), as parts of
    their own or run together; a heading (none for the whole site 0.15, or none for an item now and then) in the
    table's case, title case, capitals or small letters, on its own part or run in before its first sentence, with the
    site's stop; a marker of the site's shape before the item's first part; then now and then one of the site's own
    printing habits; and the opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.25:
        word, words = rng.choice(WORDS_140[1:])
    else:
        word, words = WORDS_140[0]
    names = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, 16)
    picked = rng.sample(range(len(REWORDINGS_140)), count)
    if rng.random() < 0.5:
        picked.sort()
    bare = rng.random() < 0.15  # the site prints no headings at all
    case = rng.choice(("table", "table", "title", "title", "upper", "lower"))
    run_in = rng.random() < 0.4  # the heading printed before the first sentence, in the same part
    own_stop = rng.choice(("", "", ".", ":", " :"))
    run_stop = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 ", " : ", ":- "))
    style = rng.choice(_STYLES)
    section = rng.randint(2, 9)
    together = rng.random() < 0.5  # an item's sentences run together in one part
    starred = rng.random() < 0.08  # a forum's bold markup left in the text
    sub_dashes = rng.random() < 0.1  # each sentence of an item on a dashed line of its own
    please = rng.random() < 0.1  # a "Please note" before some items' last sentence
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked):
        headings, sentences = REWORDINGS_140[kind]
        many = 1 if rng.random() < 0.5 else rng.randint(2, 3)
        said = [sentence.format(**names) for sentence in rng.sample(sentences, many)]
        if please and len(said) > 1 and not said[-1].startswith("Please") and rng.random() < 0.5:
            said[-1] = "Please note: " + said[-1][0].lower() + said[-1][1:]
        heading = "" if bare or rng.random() < 0.05 else _cased(rng.choice(headings).format(**names), case)
        if starred and heading:
            heading = f"**{heading}**"
        if together:
            said = [" ".join(said)]
        elif sub_dashes and len(said) > 1:
            said = ["\u2013 " + sentence for sentence in said]
        if heading and run_in:
            stop = " " if heading.rstrip("*").endswith("?") else run_stop
            parts = [heading + stop + said[0], *said[1:]]
        elif heading:
            parts = [heading if heading.rstrip("*").endswith("?") else heading + own_stop, *said]
        else:
            parts = ["", *said]
        marker = _marker(style, n, section)
        if marker:
            first = 0 if parts[0] else 1
            parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))
    intros = [line.format(**names) for line in POLICY_INTROS_140]
    closings = [line.format(**names) for line in POLICY_CLOSINGS_140]
    titles = [line.format(**names) for line in POLICY_TITLES_140]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_140)
