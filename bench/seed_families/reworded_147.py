"""The ``reworded-147`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Namibian business press, Outer Hebrides community papers, Ohio township bulletins, lacrosse leagues,
beekeeping associations, long-COVID support groups, canal-boat owners' forums, amateur-astronomy societies.

Written blind: from how such sites word and print their posting rules, comment policies, group rules, forum rules and
members' codes of conduct, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (one or two of them questions), and five sentences, of which an item prints one
#: to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` stand for the site's word for what readers send ("comment",
#: "post", "message" ...). Written in British spelling; a document may print it in American (``AMERICAN_147``).
REWORDINGS_147 = (
    (  # civility
        (
            "Be civil",
            "Play the ball, not the player",
            "Treat fellow members with courtesy",
            "Disagree without being disagreeable",
            "Why can't I just say what I think?",
            "Respect",
        ),
        (
            "Robust debate is welcome, but personal attacks on other members will be removed.",
            "Criticise ideas, business decisions or policies as much as you like; leave the person out of it.",
            "Speak to other members as you would at a club meeting: frankly if need be, but never with contempt.",
            "Sarcasm, name-calling and baiting other users spoil the forum for everyone.",
            "Many of our members are unwell or exhausted, and a little patience with them goes a long way.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for hatred",
            "Is it ever acceptable to single out a group?",
            "Racism and bigotry",
        ),
        (
            "{Cs} that attack people because of their race, tribe, religion, sex, sexual orientation, disability or age"
            " will be deleted.",
            "Tribalism and xenophobia have no place on our pages.",
            "We do not allow slurs, even when they are disguised with asterisks or deliberate misspellings.",
            "Sneering at incomers, islanders, townies or anyone else is not a substitute for an argument.",
            "Anyone posting material that stirs up hatred will be banned without warning and may be reported to the"
            " police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy, and other people's",
            "Personal information",
            "Don't share contact details",
            "Can I post someone's address?",
        ),
        (
            "Do not post the phone numbers, home addresses, email addresses or mooring spots of other people.",
            "Never share details of another member's health without their express permission.",
            "For your own safety, think twice before saying exactly where your boat is moored or your hives are kept.",
            "Photographs of identifiable children must not be posted without the written consent of a parent or"
            " guardian.",
            "Private messages are private: do not repost them publicly without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Young players",
            "Protecting children and vulnerable adults",
            "Who do I contact with a safeguarding concern?",
            "Welfare",
        ),
        (
            "Coaches and volunteers must not contact junior players privately through this site.",
            "If you are worried about the welfare of a child, contact the club welfare officer or, in an emergency,"
            " call 999.",
            "Any {c} that puts a young person or vulnerable adult at risk will be removed and passed to the"
            " appropriate authorities.",
            "Members under 18 should never arrange to meet anyone they have got to know through the forum.",
            "If a member seems to be in crisis, please alert the admins straight away rather than trying to handle it"
            " alone.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Please be patient",
            "Where is my {c}?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait longer for approval.",
            "The office is closed on Sundays and no {cs} are approved until Monday morning.",
            "{Cs} containing links are automatically held back for review.",
            "Sending the same {c} several times will not speed it up; it only means we have to delete the duplicates.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posts",
            "What belongs here?",
            "Right board, right thread",
        ),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "General chat belongs on the Off-Topic board, not in the technical sections.",
            "Threads about buying equipment should go under Kit and Gear rather than Observing Reports.",
            "Arguments about national politics that have nothing to do with township business will be removed.",
            "Taking over a thread to pursue a personal grievance is not allowed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and swaps",
            "Can I promote my business?",
            "Commercial posts",
        ),
        (
            "Sales of bees, nucs, queens and equipment belong in the members' Sales and Wants section only.",
            "Business promotion belongs in our paid advertising pages; contact the advertising department for rates.",
            "Links to online shops, cryptocurrency schemes or get-rich-quick offers will be removed and the account"
            " suspended.",
            "Traders may mention their business once in their signature, but not in the body of their {cs}.",
            "Repeated, automated or irrelevant {cs} will be treated as spam.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account per person",
            "Accounts",
            "Do I have to use my real name?",
            "Impersonation",
        ),
        (
            "{Cs} must be submitted under your own full name; pen names are not accepted.",
            "Each member may hold only one account, and sharing a login is not permitted.",
            "Pretending to be another person, a club official or a member of our staff will result in a ban.",
            "A boat name is fine as a username, but please put your first name in your profile.",
            "Trustees and township employees posting in an official capacity must say so.",
        ),
    ),
    (  # the law
        (
            "Obey the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "Am I responsible for what I write?",
        ),
        (
            "You are legally responsible for what you post, and defamatory statements can lead to legal action"
            " against you personally.",
            "Do not comment on cases that are before the courts, as this may amount to contempt.",
            "Allegations of corruption or fraud against named people or companies must not be made unless they have"
            " been proven in court.",
            "We comply with the laws of Namibia and will co-operate with lawful requests from the authorities.",
            "Anything posted on this page may be subject to disclosure under Ohio's public records law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Images and copyright",
            "Credit your sources",
            "Can I share someone else's photo?",
            "Other people's work",
        ),
        (
            "Only upload images you have taken yourself or have permission to use.",
            "Astrophotographs remain the property of the person who took them and must not be reposted elsewhere"
            " without permission.",
            "Quote a short extract with a link to the source rather than pasting in a whole article.",
            "By submitting a {c}, you grant us a licence to publish it in print and online.",
            "Material from behind another publication's paywall must not be copied here.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something you don't like?",
            "Flagging",
            "How do I report a {c}?",
        ),
        (
            "Use the Report button beneath any {c} that you think breaks these rules.",
            "Please report rather than reply: arguing with a troll only keeps it going.",
            "Reports are anonymous, and the member concerned will not be told who flagged them.",
            "If the button does not work, email the moderators with a link to the {c}.",
            "Reporting a {c} does not guarantee that it will be removed, but every report is looked at.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' decision",
            "Final say",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final, and disputes about them will not be conducted in public threads.",
            "We may close {cs} on any story, particularly those involving court cases, deaths or children.",
            "Publishing a {c} does not mean that we, the committee or the association agree with it.",
            "The trustees may amend these guidelines at any time.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than posting a {c}.",
            "Corrections are published promptly and noted at the foot of the article.",
            "Story ideas and tips are welcome; contact the news desk in confidence.",
            "Complaints about our coverage should go through our complaints procedure, not the {cs} section.",
            "Items for the next bulletin can be sent to the township office by the 15th of the month.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which languages may I use?",
            "No swearing",
            "Plain English, please",
        ),
        (
            "{Cs} must be in English so that they can be moderated, though a word of Afrikaans or Oshiwambo here and"
            " there is fine.",
            "{Cs} in Gaelic are very welcome; please add a short English summary where you can.",
            "Swearing, including abbreviated or starred-out words, is not acceptable.",
            "Avoid typing in capital letters, which reads as shouting.",
            "Spell out abbreviations the first time you use them, as not every member knows the jargon.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Sanctions",
            "What happens if I break the rules?",
            "Suspension",
        ),
        (
            "Breaking these rules will normally lead to a warning, then a temporary suspension, then a permanent ban.",
            "Serious breaches may result in an immediate ban without prior warning.",
            "Members who are banned and return under a new name will be removed again.",
            "Posting rights may be withdrawn from anyone who repeatedly ignores the moderators' requests.",
            "Breaches by members of the association may also be referred to the committee.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice is no substitute for a professional",
            "Is the advice here reliable?",
            "Health and safety",
        ),
        (
            "Nothing posted here is medical advice; always talk to your GP or specialist before changing treatment.",
            "Do not promote unproven cures, supplements or clinics, however much they may have helped you.",
            "Never look at the Sun through a telescope or binoculars without a properly fitted, certified solar"
            " filter.",
            "Advice on gas, electrics and carbon monoxide should always be checked with a qualified engineer.",
            "Anyone with a known allergy to bee stings should seek medical advice before handling a colony.",
        ),
    ),
    (  # elections and campaigning
        (
            "Election periods",
            "Campaigning",
            "Political {cs}",
            "Can candidates post here?",
            "Politics",
        ),
        (
            "Candidates for township office may not use this page for campaigning.",
            "During election periods, {cs} on election stories may be closed earlier than usual.",
            "Party political broadcasts dressed up as {cs} will be removed.",
            "Debate about policies is welcome; unverifiable claims about candidates are not.",
            "Members standing for the committee should not canvass for votes on the forum.",
        ),
    ),
)


#: The site's word for what readers send: (singular, plural, capitalised singular, capitalised plural).
WORDS_147 = (
    ("comment", "comments", "Comment", "Comments"),
    ("post", "posts", "Post", "Posts"),
    ("message", "messages", "Message", "Messages"),
    ("reply", "replies", "Reply", "Replies"),
    ("contribution", "contributions", "Contribution", "Contributions"),
    ("submission", "submissions", "Submission", "Submissions"),
)


POLICY_TITLES_147 = (
    "Comment policy",
    "Comments policy",
    "Community guidelines",
    "Forum rules",
    "Group Rules",
    "House rules",
    "Posting guidelines",
    "Rules of the towpath",
    "Code of Conduct",
    "Before you post",
    "Guidelines for {cs}",
    "Members' code",
    "Terms of participation",
)


POLICY_INTROS_147 = (
    "We welcome your {cs}, provided they stay within the guidelines below.",
    "Fàilte! Please read these rules before you post.",
    "This group is a safe space for people living with long COVID and those who care for them.",
    "The Board of Trustees welcomes residents' input on this page, subject to the following rules.",
    "To keep the forum useful for every boater, we ask members to follow a few simple rules.",
    "By registering, you agree to the following.",
    "Please take a minute to read our comment policy before joining the conversation.",
)


POLICY_CLOSINGS_147 = (
    "Tapadh leibh – thank you for helping to keep this a friendly place.",
    "Clear skies, and happy posting!",
    "Last updated: March 2025.",
    "– The Moderation Team",
    "Questions about these rules can be sent to the webmaster.",
    "Thank you for keeping the discussion civil and constructive.",
    "Adopted by the Board of Township Trustees, February 12, 2024.",
    "These guidelines were last reviewed by the committee at the AGM.",
    "Comments that break these rules will be removed.",
)


#: British spellings in the lists above and their American forms (a reworded-147 document prints one or the other).
AMERICAN_147 = {
    "criticise": "criticize",
    "licence": "license",
    "co-operate": "cooperate",
    "behaviour": "behavior",
    "apologise": "apologize",
}


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

#: How a site marks its items: a name and its weight. Markers alone on a line ("own") print as a part of their own.
_MARKERS = (
    ("none", 14),
    ("1.", 8),
    ("1)", 3),
    ("(1)", 2),
    ("a)", 2),
    ("(a)", 2),
    ("A.", 1),
    ("i.", 2),
    ("(i)", 1),
    ("I.", 1),
    ("bullet", 8),
    ("emoji", 3),
    ("rule", 3),
    ("rule#", 2),
    ("section", 2),
    ("own-padded", 2),
    ("own", 1),
)

_BULLETS = ("•", "-", "*", "–", "▪", "o", "·", "›", "►")
_EMOJI = ("✅", "🔹", "👉", "▶️", "📌", "🐝", "🔭")
_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "no", "as"}


def _marker(style: str, n: int, bullet: str) -> str:
    """The marker this site prints before its ``n``th item (from 1), or ""."""
    if style == "none":
        return ""
    if style in ("1.", "1)", "(1)"):
        return style.replace("1", str(n))
    if style in ("a)", "(a)"):
        return style.replace("a", _LETTERS[n - 1])
    if style == "A.":
        return _LETTERS[n - 1].upper() + "."
    if style == "i.":
        return _ROMAN[n - 1] + "."
    if style == "(i)":
        return f"({_ROMAN[n - 1]})"
    if style == "I.":
        return _ROMAN[n - 1].upper() + "."
    if style in ("bullet", "emoji"):
        return bullet
    if style == "rule":
        return f"Rule {n}"
    if style == "rule#":
        return f"Rule #{n}"
    if style == "section":
        return f"Section {n}."
    if style == "own-padded":
        return f"{n:02d}"
    return str(n)


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words))
    return heading


def _items_147(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-147 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws, per site: its word for what readers send (a quarter of sites never say "comment": their word is another,
    and their headings, sentences, titles, openings and closings are only those without it; the others' word is
    "comment" with probability 0.7); how many items (two to five with probability 0.3, else eight to all seventeen),
    in the table's order (0.5) or drawn; how it prints headings: none (0.1), as questions and answers ("Q:"/"A:",
    0.08), or a heading per item, in the case written, Title Case or capitals, on a part of its own (with a stop, a
    colon or nothing after it) or run in before the first sentence after a colon, a stop or a dash; a marker per
    item (none, numbered, lettered, roman, bullets, emoji, "Rule 1", "Rule #1", "Section 1." before the item, or a
    bare number or a zero-padded one as a part of its own); headings between asterisks (0.08); an item's sentences
    as sub-bullets under a heading of their own (0.12); a "Back to top" link after each item (0.06). Each item
    prints one to three of its kind's sentences. Then ``_furnish`` adds the title, opening and closing lines."""
    plain = rng.random() < 0.25  # a site that never says "comment"
    others = [word for word in WORDS_147 if word[0] != "comment"]
    c, cs, cap, caps = rng.choice(others) if plain or rng.random() < 0.3 else WORDS_147[0]

    def fill(text: str) -> str:
        return text.format(c=c, cs=cs, C=cap, Cs=caps)

    def usable(texts: tuple[str, ...] | list[str]) -> list[str]:
        filled = [fill(text) for text in texts]
        return [text for text in filled if not (plain and _says_comment(text))]

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(8, len(REWORDINGS_147))
    chosen = rng.sample(range(len(REWORDINGS_147)), count)
    if rng.random() < 0.5:
        chosen.sort()

    roll = rng.random()
    layout = "bare" if roll < 0.1 else "faq" if roll < 0.18 else "own" if roll < 0.6 else "run-in"
    case = rng.choices(("as written", "title", "upper"), (5, 3, 2))[0]
    stop = rng.choice(("", "", ".", ":"))  # after a heading on a part of its own
    joint = rng.choice((": ", ": ", ". ", " – ", " — ", " - "))  # between a run-in heading and its sentence
    ask, answer = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("Q: ", "")))
    style = rng.choices([name for name, _ in _MARKERS], [weight for _, weight in _MARKERS])[0]
    bullet = rng.choice(_EMOJI if style == "emoji" else _BULLETS)
    after_marker = rng.choice((": ", ": ", " – ", ". ")) if style in ("rule", "rule#") else " "
    stars = rng.choice(("*", "**")) if rng.random() < 0.08 and layout in ("own", "run-in") else ""
    sub = rng.random() < 0.12 and layout == "own"
    sub_bullet = rng.choice(("-", "•", "–", "*"))
    top = rng.choice(("Back to top", "Back to top ↑", "↑ Top", "Top of page")) if rng.random() < 0.06 else ""

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_147[index]
        pool = usable(sentences)
        picked = sorted(rng.sample(range(len(pool)), min(len(pool), rng.choices((1, 2, 3), (9, 8, 3))[0])))
        said = [pool[i] for i in picked]
        heads = usable(headings)
        marker = _marker(style, n, bullet)
        own_marker = style in ("own", "own-padded")
        lead = marker + after_marker if marker and not own_marker else ""
        parts: list[str] = [marker] if own_marker else []
        if layout == "bare":
            parts += [lead + said[0], *said[1:]]
        elif layout == "faq":
            questions = [head for head in heads if head.endswith("?")] or heads
            question = rng.choice(questions)
            parts += [lead + ask + question, answer + said[0], *said[1:]]
        else:
            heading = _cased(rng.choice(heads), case)
            if stars:
                heading = f"{stars}{heading}{stars}"
            if layout == "own":
                if not heading.endswith(("?", "?*", "?**")):
                    heading += stop
                tail = [f"{sub_bullet} {sentence}" for sentence in said] if sub else said
                parts += [lead + heading, *tail]
            else:
                glue = " " if heading.rstrip("*").endswith("?") else joint
                parts += [lead + heading + glue + said[0], *said[1:]]
        if top:
            parts.append(top)
        items.append(("", *parts) if layout == "bare" else tuple(parts))
    return _furnish(
        items,
        rng,
        usable(POLICY_INTROS_147),
        usable(POLICY_CLOSINGS_147),
        usable(POLICY_TITLES_147),
        AMERICAN_147,
    )
