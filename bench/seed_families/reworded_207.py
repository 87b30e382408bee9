"""The ``reworded-207`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tristan da Cunha and Ascension news, Pembrokeshire coast papers, Oregon timber-town weeklies,
crown-green bowls clubs, family-history societies, asthma parents' forums, almshouse trustees, river-ferry friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its docs
or reports, nor the other families' sentences (only ``reworded-6``'s module, and the imports and first lines of
``reworded-204``'s ``_items_204``, were read, for their structure).
"""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (as a site writes them, without a stop), and five sentence choices. ``{c}`` /
#: ``{cs}`` is the site's word for what readers send (``{C}`` / ``{Cs}`` capitalised), ``{we}`` / ``{We}`` who
#: looks after the page.
REWORDINGS_207 = (
    (  # civility
        (
            "Be courteous",
            "Courtesy costs nothing",
            "Play the ball, not the bowler",
            "Keep it friendly",
            "Can we disagree?",
            "Good manners",
        ),
        (
            "Please be courteous to other members, even when you disagree with them.",
            "Disagree with the point by all means, but leave the person who made it alone.",
            "This is a small community and most of us will meet again at the shop or on the green.",
            "Sarcasm, name-calling and sneering replies spoil the page for everyone.",
            "Treat every {c} as if you were saying it across the clubhouse table.",
        ),
    ),
    (  # hatred
        ("No hatred", "Prejudice", "Zero tolerance of abuse", "What counts as hate?", "Respect for all"),
        (
            "{Cs} that attack anyone for their race, religion, sex, sexuality, age or disability will be removed.",
            "We do not allow slurs of any kind, in jest or otherwise.",
            "Remarks about incomers, islanders, loggers or city folk as a group are not a debate we host.",
            "Hateful {cs} are deleted without warning and the account is closed.",
            "Stirring up ill feeling against any group of people is an offence as well as against our rules.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Living people",
            "Keep personal details private",
            "Should I post my address?",
            "Other people's information",
        ),
        (
            "Do not post anyone's address, telephone number or e-mail address, including your own.",
            "Please do not name or give details of living persons in a family tree without their consent.",
            "Medical details about other people's children must never be shared here.",
            "Photographs of residents may only be posted with their written agreement.",
            "If you need to share contact details, send them by private message instead.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting vulnerable people",
            "Worried about someone?",
            "Under-16s",
        ),
        (
            "Do not post photographs of children in which they can be identified by name or school.",
            "Members under 16 may only join with a parent's permission.",
            "If you think a child or vulnerable adult is at risk, contact the police or social services first.",
            "Any {c} that raises a safeguarding concern will be passed to our safeguarding officer.",
            "Please never arrange to meet a young person you have met through this site.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Delays", "Pre-moderation", "Please be patient"),
        (
            "Every {c} is read by a volunteer before it goes live, so there may be a delay.",
            "Our connection to the island depends on the satellite link, and {cs} may take several days to appear.",
            "{Cs} sent at weekends are usually approved on Monday morning.",
            "New members' first few {cs} are held for approval.",
            "Please do not send the same {c} again if it does not appear straight away.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "Is this the right place?", "Relevance"),
        (
            "Please keep your {c} to the subject of the article or thread.",
            "Questions about a particular surname belong in the surname interests board.",
            "General chat about fixtures and results should go in the members' lounge.",
            "{Cs} that drift far from the topic may be moved or removed.",
            "Letters about the mill, the timber sale or the county commissioners belong on the opinion page.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Selling and spam", "Can I advertise?", "Commercial posts", "Links"),
        (
            "Advertising is not permitted, except in the Small Ads section.",
            "Unsolicited promotion of products, services or websites will be removed as spam.",
            "Professional genealogists may not use the forum to tout for business.",
            "Links to other sites are allowed if they are relevant and not commercial.",
            "Do not sell or recommend inhalers, remedies or supplements here.",
        ),
    ),
    (  # real names / accounts
        ("Real names", "Your account", "Who can post?", "One account each", "Membership"),
        (
            "Please use your real name; anonymous {cs} will not be published.",
            "Only paid-up members may post, and your membership number must be shown in your profile.",
            "Each person may have only one account.",
            "Do not share your password or let anyone else post under your name.",
            "Usernames that are offensive or impersonate another person will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Could I be sued?", "Court cases"),
        (
            "You are legally responsible for what you post.",
            "Do not accuse anyone of a crime or wrongdoing unless it has been proven in court.",
            "Please do not discuss cases that are before the courts, as this could amount to contempt.",
            "Libellous {cs} will be removed and may be passed to our solicitors.",
            "The laws of England and Wales apply to everything published on this site.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I post a transcription?",
            "Photographs and records",
            "Credit your sources",
        ),
        (
            "Do not copy whole articles from other newspapers or websites; post a short extract and a link.",
            "Transcriptions of parish registers may be subject to copyright and must not be posted in full.",
            "Only post photographs that you took yourself or have permission to use.",
            "Please credit the archive or record office where a document is held.",
            "By posting you give us permission to publish your {c} on this site and in print.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How to report", "Tell us"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to the moderators rather than replying to the poster.",
            "Reports are confidential and will be looked at as soon as a volunteer is available.",
            "You can also e-mail {we} with a link to the {c} concerned.",
            "Do not take matters into your own hands; leave it to {we}.",
        ),
    ),
    (  # editor's discretion
        ("Our decision", "Editor's discretion", "Final say", "Who decides?", "Right to refuse"),
        (
            "{We} reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The decision of {we} on what is published is final.",
            "We may shorten {cs} to fit the page.",
            "Publication of a {c} does not mean {we} agree with it.",
            "{We} may close a thread at any time.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Putting things right"),
        (
            "If we have got something wrong, please e-mail the editor rather than posting a {c}.",
            "Corrections are made as quickly as we can and noted at the foot of the article.",
            "Have a story from the island? Send it to the news desk.",
            "If a date or name in a transcription is wrong, please tell the project co-ordinator.",
            "News tips can be sent in confidence to the editor.",
        ),
    ),
    (  # language
        ("Language", "No swearing", "Mind your language", "Capital letters", "Can I write in Welsh?"),
        (
            "Please do not swear, even with letters replaced by asterisks.",
            "{Cs} written entirely in capital letters are hard to read and may be removed.",
            "{Cs} in Welsh or English are equally welcome.",
            "Please avoid text-speak and write in full sentences.",
            "Bad language will be removed regardless of the context.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "What happens if I break the rules?", "Sanctions", "Suspension"),
        (
            "Members who break these rules will be warned, then suspended, then removed.",
            "Repeated breaches will result in your account being closed without further notice.",
            "A ban applies to the person, not the account, and new accounts will be removed.",
            "Serious breaches may lead to immediate removal from the forum and from membership.",
            "If you are suspended, you may appeal in writing to the chairman.",
        ),
    ),
    (  # safety / advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "In an emergency",
            "Is this advice safe?",
            "Safety",
            "Take care",
        ),
        (
            "Nothing posted here is medical advice; always follow your child's asthma plan and your GP.",
            "If your child is struggling to breathe, call for an ambulance at once; do not post here first.",
            "Check sailing times, tides and river levels with the ferry operator, not with this forum.",
            "Advice given by members is their own opinion and should be checked with a professional.",
            "Never change a medicine dose because of something you read on a forum.",
        ),
    ),
)

#: A site's word for what readers send (singular, plural): "comment" for three sites in four, else one of the others.
WORDS_207 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

#: Who looks after a site's page (as the sentences name them), and the same at a sentence's start.
KEEPERS_207 = (
    ("the editors", "The editors"),
    ("the moderators", "The moderators"),
    ("the committee", "The committee"),
    ("the trustees", "The trustees"),
    ("the admin team", "The admin team"),
    ("the volunteers", "The volunteers"),
)

INTROS_207 = (
    "Please read these house rules before you post.",
    "This forum is run by volunteers, and we ask all members to keep to the following.",
    "By registering you agree to abide by the rules below.",
    "We welcome letters and readers' views, subject to the guidelines set out here.",
    "The following guidelines have been agreed by the committee.",
)

CLOSINGS_207 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed by the committee at any time.",
    "Any questions, please contact the Hon. Secretary.",
    "The Trustees, revised March 2024.",
    "Thank you, and happy posting.",
)

TITLES_207 = (
    "House Rules",
    "Forum rules",
    "Posting guidelines",
    "Terms of Use",
    "Rules of the Forum",
    "Letters policy",
    "Code of Conduct",
)

#: British spellings in the lists above and their American forms (a reworded-207 document prints one or the other).
AMERICAN_207 = {
    "offence": "offense",
    "co-ordinator": "coordinator",
    "organisation": "organization",
    "behaviour": "behavior",
}

_MARKERS_207 = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(i)",
    "I.",
    "•",
    "-",
    "*",
    "–",
    "Rule 1.",
    "No. 1 –",
    "Clause 1:",
    "",
)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(shape: str, n: int) -> str:
    """The marker of item ``n`` (from 0) in one of ``_MARKERS_207``'s shapes."""
    if not shape or shape in "•-*–":
        return shape
    if "1" in shape:
        return shape.replace("1", str(n + 1))
    if "a" in shape:
        return shape.replace("a", "abcdefghijklmnop"[n])
    if "A" in shape:
        return shape.replace("A", "ABCDEFGHIJKLMNOP"[n])
    if "i" in shape:
        return shape.replace("i", _ROMAN[n])
    return shape.replace("I", _ROMAN[n].upper())


def _case(heading: str, how: str) -> str:
    if how == "title":
        small = {"a", "an", "the", "of", "to", "in", "on", "or", "and", "for", "not", "my", "if", "i"}
        words = heading.split(" ")
        return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if how == "upper":
        return heading.upper()
    return heading


def _items_207(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-207 policy. Draws: the site's word for what readers send ("comment" 0.75, else another) and who
    looks after the page; two to five items (0.25) or seven to all sixteen, in the table's order (0.5) or drawn; a
    most of one to three sentences an item, each item one up to it; headings for the whole site or none (0.15), in
    one case (as written, title, capitals), on their own part (bare, with a stop or a colon, or in brackets) or run
    in before a colon, a stop or a dash; a marker shape (numbers, letters, roman, bullets, "Rule N.", "No. N –",
    "Clause N:", or none); now and then a question heading printed as Q./A.; an item's sentences as separate parts
    or joined into one; then opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = WORDS_207[0]
    else:
        word, words = rng.choice(WORDS_207[1:])
    keeper, keeper_cap = rng.choice(KEEPERS_207)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "we": keeper, "We": keeper_cap}
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(7, len(REWORDINGS_207))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_207)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_207)), count)
    most = rng.randint(1, 3)
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "title", "upper"))
    placing = rng.choice(("own", "own.", "own:", "own[", "run:", "run.", "run-"))
    shape = rng.choice(_MARKERS_207)
    qa = rng.random() < 0.2
    joined = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_207[kind]
        said = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, most))]
        if joined:
            said = [" ".join(said)]
        heading = "" if bare else _case(rng.choice(headings).format(**fill), case)
        mark = _marker(shape, n)
        if heading and qa and heading.endswith("?"):
            parts: tuple[str, ...] = ("Q. " + heading, "A. " + said[0], *said[1:])
        elif not heading:
            parts = ("", *said)
        elif placing.startswith("own"):
            stop = placing[3:] if not heading.endswith("?") else ""
            parts = (f"[{heading}]" if stop == "[" else heading + stop, *said)
        else:
            sep = {":": ": ", ".": ". ", "-": " \u2013 "}[placing[3]]
            if heading.endswith("?"):
                sep = " "
            parts = ("", heading + sep + said[0], *said[1:])
        if mark:
            first = 0 if parts[0] else 1
            parts = (*parts[:first], mark + " " + parts[first], *parts[first + 1 :])
        items.append(parts)
    return _furnish(items, rng, INTROS_207, CLOSINGS_207, TITLES_207, AMERICAN_207)
