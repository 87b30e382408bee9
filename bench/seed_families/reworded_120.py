"""The ``reworded-120`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Sri Lankan and Maldivian English-language news, Isle of Wight papers, Montana Hi-Line weeklies,
fell-running clubs, quilting circles, foster-carers' networks, long-COVID forums, canal-boat societies.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or its reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case, without a stop; a site prints them in its own case and shape) and
#: five sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word
#: for what readers send (comment, post, message, reply, contribution), singular and plural, lower and capitalised.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_120``).
REWORDINGS_120 = (
    (  # civility
        ("Be civil", "Respect other members", "Play the ball, not the man", "Be kind", "Can you disagree politely?"),
        (
            "Disagree with the argument if you must, but do not attack the person making it.",
            "Personal insults, name-calling and sneering at other readers will be removed.",
            "Remember that there is a real person, quite often a neighbour, behind every {c}.",
            "Some members are living with fatigue and pain, so a kind word goes a long way.",
            "Robust debate is welcome; rudeness, taunting and goading are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Race, religion and community",
            "Is it hateful?",
            "Zero tolerance for bigotry",
        ),
        (
            "{Cs} that attack anyone for their race, religion, caste, ethnicity, gender, sexuality or disability will "
            "be deleted.",
            "We will not publish anything likely to stir up communal or religious disharmony.",
            "Racist, sexist, homophobic or transphobic language has no place here.",
            "Mocking another person's faith or community is not acceptable in any language.",
            "Sweeping remarks about whole groups of people, whether incomers, travellers, boaters or anyone else, "
            "will be removed.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Privacy",
            "Don't share personal details",
            "Whose information is it?",
            "Keep it private",
            "Personal information",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, including your own.",
            "Never publish a boat's name or index number alongside complaints about its owner.",
            "Please do not share screenshots of private messages without the sender's permission.",
            "Photographs of other people should only be posted with their consent.",
            "If you would not want it said about you by name, do not say it about somebody else.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children in our care",
            "Protecting children",
            "Could a child be identified?",
            "Keep children safe",
        ),
        (
            "Never name, photograph or describe a looked-after child in a way that could identify them.",
            "Do not post details of a child's birth family, placement, school or local authority.",
            "If you are worried that a child is at risk, contact your supervising social worker or the police, not "
            "this group.",
            "{Cs} that could identify a child involved in court proceedings will be removed immediately.",
            "Anything that raises a safeguarding concern will be passed to the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Waiting for approval",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are checked by a moderator before they appear, which may take several hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not be approved until the "
            "next day.",
            "{Cs} from new members are held for approval.",
            "Sending the same {c} again will not make it appear any faster.",
            "{Cs} submitted after 10pm will be reviewed the following morning.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Off-topic {cs}", "Is it about the story?", "One thread, one subject"),
        (
            "Please keep your {cs} relevant to the article or thread you are replying to.",
            "Questions about race entries, kit or recces belong in their own threads.",
            "Off-topic {cs} may be moved or deleted without notice.",
            "Political point-scoring that has nothing to do with the story will not be published.",
            "If you want to start a new discussion, open a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam and self-promotion", "Selling and promotion", "Can I sell things here?", "No spam"),
        (
            "Advertising, links to commercial sites and chain letters will be removed.",
            "Fabric, patterns and kits may only be offered for sale in the monthly sales thread.",
            "Boats for sale belong in the classifieds, not in the discussion threads.",
            "Members must not promote supplements, clinics or paid courses.",
            "Posting the same link again and again will be treated as spam.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "One account each", "Who are you?", "Accounts and identity", "No impersonation"),
        (
            "{Cs} must carry your full name and home town.",
            "Each member may hold only one account; duplicate accounts will be closed.",
            "Do not pretend to be another person, organisation or official.",
            "Please give a valid email address; it will not be published.",
            "Anonymous {cs} will not be published.",
        ),
    ),
    (  # the law
        ("Stay within the law", "Defamation", "Contempt of court", "Is it legal?", "The law", "Legal matters"),
        (
            "Do not post anything defamatory, and do not make allegations you cannot prove.",
            "Do not speculate about the guilt of anyone who has been charged but not yet tried.",
            "You are legally responsible for what you post, and we may have to disclose your details if the law "
            "requires it.",
            "{Cs} that breach a court order or identify the victim of a sexual offence will be deleted.",
            "We are bound by the laws of Sri Lanka and the Maldives, and so are you.",
        ),
    ),
    (  # copyright
        ("Copyright", "Credit the designer", "Whose work is it?", "Don't copy and paste", "Photos and patterns"),
        (
            "Do not post whole articles, photographs or patterns that belong to someone else.",
            "Please credit the designer when you share a quilt made from a published pattern.",
            "A short quotation with a link is fine; copying out the full text is not.",
            "By posting a photograph you confirm that you took it or have the right to share it.",
            "Race photographs belong to the photographer, so ask before you reuse them.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting {cs}", "Seen something wrong?", "Flag it", "Tell a moderator"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it.",
            "Please report problems to the moderators rather than replying to the person concerned.",
            "Reports are confidential, and the member will not be told who made them.",
            "Do not argue with a moderator in the thread; send them a private message instead.",
            "Email the editor if you believe a {c} about you is untrue or unfair.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Disclaimer",
            "Who decides?",
            "The committee's right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "{Cs} are the views of their writers and not those of the newspaper.",
            "Publishing a {c} does not mean that we agree with it.",
            "The committee may remove anything it considers unsuitable, and its decision is final.",
            "We do not enter into correspondence about moderation decisions.",
        ),
    ),
    (  # corrections and news tips
        ("Spotted a mistake?", "Corrections", "Got a story?", "News tips", "Errors and tip-offs"),
        (
            "If you think we have got something wrong, email the newsroom rather than leaving a {c}.",
            "Corrections are dealt with by the editor, not below the article.",
            "Have a story from the Island? Contact the newsdesk, in confidence if you prefer.",
            "News tips and photographs can be sent to the editor by WhatsApp or email.",
            "We correct factual errors promptly and note the correction at the foot of the article.",
        ),
    ),
    (  # language
        ("Language", "Which language?", "Mind your language", "English only", "No swearing"),
        (
            "{Cs} must be in English so that our moderators can read them.",
            "{Cs} in Sinhala, Tamil or Dhivehi may be held until a moderator who reads the language can check them.",
            "Swearing, including swear words disguised with symbols, will be removed.",
            "Please do not write in capital letters, as it reads as shouting.",
            "Text-speak and heavy abbreviation make {cs} hard to follow.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
            "If rules are broken",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a ban.",
            "Serious breaches may lead to an immediate and permanent ban.",
            "Banned members who rejoin under a new name will be removed without notice.",
            "We keep a record of warnings, and repeated minor offences add up.",
            "Moderators may put your account on pre-moderation for a period.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Your safety",
            "Advice from other members",
            "Should I follow this advice?",
            "Health information",
            "Stay safe",
        ),
        (
            "Nothing posted here is medical advice; always speak to your GP or specialist before changing treatment.",
            "Members share their own experience, which may not apply to you.",
            "Route descriptions are shared in good faith, so check the conditions and carry full kit on the hills.",
            "Advice about gas, electrics or hull work should be checked with a qualified engineer.",
            "If you are in crisis, call the emergency services or the Samaritans rather than posting here.",
        ),
    ),
    (  # print and republication
        ("Your {c} in print", "Republication", "Letters and {cs}", "May we print it?", "Printing {cs}"),
        (
            "Selected {cs} may appear in the next print edition of the paper.",
            "By posting you give us permission to reproduce your {c} in print and online.",
            "{Cs} chosen for the letters page may be edited for length.",
            "The society may quote members' {cs} in its newsletter, without names unless you agree.",
            "We do not pay for {cs} used in print.",
        ),
    ),
)


#: Titles, opening and closing lines some sites print with such a policy (reworded-120 only).
POLICY_TITLES_120 = (
    "Posting rules",
    "{C} guidelines",
    "Community guidelines",
    "Group rules",
    "House Rules",
    "Before you post",
    "Forum rules",
    "Readers' {cs}: our rules",
    "Terms of participation",
    "Guidelines for {cs}",
    "Rules of the group",
    "Moderation policy",
)

POLICY_INTROS_120 = (
    "We welcome {cs} from readers, subject to the following rules.",
    "This group is a friendly place, and these rules help keep it that way.",
    "Please read the rules below before you post for the first time.",
    "By posting on this site you agree to the following terms.",
    "These guidelines were agreed by the committee and apply to all members.",
    "Readers are requested to observe the following when submitting {cs}.",
)

POLICY_CLOSINGS_120 = (
    "Thank you for helping to keep this a friendly and supportive place.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules can be sent to the admins.",
    "Happy stitching!",
    "See you on the fells!",
    "The editor's decision on all {cs} is final.",
    "Thank you for your {cs}, and happy cruising.",
)

#: A line some forums and groups print above the rules they pin (reworded-120 only).
HEADERS_120 = (
    "Post by admin » Tue Mar 05, 2024 8:41 pm",
    "by Moderator » 12 Jan 2023, 19:02",
    "Group rules from the admins",
    "📌 Pinned by the moderators",
    "Last updated: 14 February 2024",
    "Updated 03/09/2023",
)

#: The shapes of a site's item markers (formatted with the item's number, letter and roman numeral), and how often a
#: site prints each; "" is no marker.
MARKERS_120 = (
    ("", 10),
    ("{n}.", 5),
    ("{n})", 3),
    ("({n})", 2),
    ("{n} -", 1),
    ("Rule {n}:", 2),
    ("Rule #{n} –", 1),
    ("{a})", 1),
    ("({a})", 1),
    ("{A}.", 1),
    ("{r}.", 1),
    ("({r})", 1),
    ("{R}.", 1),
    ("•", 4),
    ("-", 2),
    ("*", 1),
    ("–", 1),
    ("▪", 1),
    ("►", 1),
    ("✓", 1),
    ("🧵", 0.5),
    ("⚓", 0.5),
    ("👉", 0.5),
    ("🔹", 0.5),
)

#: A site's word for what readers send: singular, plural.
WORDS_120 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

#: British spellings in the lists above and their American forms (a reworded-120 document prints one or the other).
AMERICAN_120 = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "organisation": "organization",
    "offence": "offense",
}

_SMALL = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words) if word
    )


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return shape.format(n=n, a=letter, A=letter.upper(), r=_roman(n), R=_roman(n).upper())


def _items_120(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-120 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).
    Drawn: the site's word ("comment", or 0.25 "post", "message", "reply" or "contribution"); two to four kinds
    (0.25) or five to seventeen, in the table's order (0.5) or shuffled; how the site prints a heading (on its own
    part 0.45, run in before a colon, stop or dash 0.35, none 0.2; sentence case, title case or capitals; now and then
    in square brackets), its markers (none, numbered, "Rule n", lettered, roman, bullets or emoji; on their own part
    0.12), whether an item's one to three sentences share a part (0.35), a terse site (one sentence an item, 0.3), a
    shouted "NOT" (0.1), a forum post's header or "last updated" line above the items (0.2); then ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_120)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}

    def say(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, len(REWORDINGS_120))
    picked = rng.sample(range(len(REWORDINGS_120)), count)
    if rng.random() < 0.5:
        picked.sort()
    placing = rng.choices(("own", "run-in", "none"), (0.45, 0.35, 0.2))[0]
    case = rng.choices(("sentence", "title", "upper"), (0.5, 0.35, 0.15))[0]
    bracketed = rng.random() < 0.08
    own_stop = rng.choice(("", "", ".", ":"))
    run_in = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    shape = rng.choices(MARKERS_120, [weight for _, weight in MARKERS_120])[0][0]
    marker_alone = rng.random() < 0.12
    joined = rng.random() < 0.35
    terse = rng.random() < 0.3
    shout = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_120[index]
        k = 1 if terse else rng.choices((1, 2, 3), (5, 4, 2))[0]
        chosen = [say(sentence) for sentence in rng.sample(sentences, k)]
        if shout:
            chosen = [sentence.replace(" not ", " NOT ") for sentence in chosen]
        parts = [" ".join(chosen)] if joined else chosen
        heading = "" if placing == "none" else say(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        if heading and bracketed:
            heading = f"[{heading}]"
        if heading and placing == "run-in":
            joint = " " if heading.endswith(("?", "]")) else run_in
            parts[0] = heading + joint + parts[0]
            heading = ""
        elif heading and not heading.endswith(("?", "]")):
            heading += own_stop
        item = [heading, *parts]
        if shape:
            marker = _marker(shape, n)
            if marker_alone:  # the marker on a part of its own, as some pages' lists come out when scraped
                item.insert(0, marker)
            else:
                at = 0 if heading else 1
                item[at] = f"{marker} {item[at]}"
        items.append(tuple(item))
    if rng.random() < 0.2:
        items.insert(0, ("", rng.choice(HEADERS_120)))
    return _furnish(
        items,
        rng,
        [say(line) for line in POLICY_INTROS_120],
        [say(line) for line in POLICY_CLOSINGS_120],
        [say(line) for line in POLICY_TITLES_120],
        AMERICAN_120,
    )
