"""The ``reworded-127`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Trinidadian and Barbadian news, Norfolk Broads papers, eastern Kentucky weeklies, table-tennis
leagues, handloom weavers' guilds, community-garden boards, dementia carers' forums, canal-restoration trusts.

Written blind: from how such sites word and print their posting rules, forum rules, league and guild codes of
conduct, board rules and community guidelines, without reading the cleaner's code, its docs or reports, nor the other
families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_127``).
REWORDINGS_127 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Keep it civil",
            "Mind your manners",
            "Can you disagree without being rude?",
        ),
        (
            "Treat other readers as you would wish to be treated yourself.",
            "Disagree with the argument if you must, but never attack the person making it.",
            "Personal insults, name-calling and sneering at other members will not be tolerated.",
            "Robust debate is welcome here; bullying and baiting other users are not.",
            "Remember that there is a real person, quite often a neighbour, behind every {c}.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and bigotry",
            "Respect everyone's background",
            "What counts as hateful?",
        ),
        (
            "We will remove any {c} that attacks people because of their race, ethnicity, religion, sex, sexual "
            "orientation, disability or age.",
            "Racist, sexist, homophobic or otherwise bigoted language has no place on this site, however it is "
            "dressed up.",
            "Jokes or generalisations that demean a whole community, island, faith or nationality will be taken down.",
            "Stirring up hatred is a criminal offence, and we will pass such material to the police where necessary.",
            "Slurs, including those disguised with asterisks or deliberate misspellings, will be removed.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep personal details private",
            "Don't share contact details",
            "Other people's privacy",
            "Is it yours to share?",
        ),
        (
            "Do not post addresses, telephone numbers or email addresses, yours or anyone else's, in a public {c}.",
            "If you need to contact another member, please use the private messaging system instead.",
            "Do not name private individuals, or post photographs of them, without their permission.",
            "Think carefully before sharing details about family members, neighbours or colleagues that could "
            "identify them.",
            "What is shared within the group should stay within the group; please do not repeat it elsewhere.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting vulnerable people",
            "Children and young people",
            "Keeping people safe",
            "Worried about someone's safety?",
        ),
        (
            "If you think someone is at immediate risk of harm, contact the emergency services first; do not rely "
            "on a {c} here.",
            "Junior players' full names and photographs are published only with the written consent of a parent or "
            "guardian.",
            "Please do not post identifying details of the person you care for, even when you are finding things hard.",
            "Any {c} that raises a safeguarding concern will be passed to our designated safeguarding officer.",
            "Adult members must not contact members under 18 privately through this site.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Moderation times",
            "{Cs} awaiting approval",
            "Please be patient",
            "Why hasn't my {c} appeared?",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "The first few {cs} from a newly registered member are held for approval.",
            "Sending the same {c} several times will not make it appear any faster.",
            "Discussion on some stories, court reports in particular, may be closed or held for moderation without "
            "notice.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Right place, right thread",
            "Is it on topic?",
        ),
        (
            "Please keep your {cs} relevant to the article or thread in which they appear.",
            "Off-topic {cs} may be moved to a more suitable board or removed altogether.",
            "Start a new thread of your own rather than taking over someone else's.",
            "Party political campaigning is not permitted, except where it bears directly on the story.",
            "Please check whether a subject is already being discussed before starting a new thread.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Links",
            "Can I advertise here?",
        ),
        (
            "Advertising, chain letters and unsolicited promotion of goods or services are not allowed.",
            "Members may mention their own work, kits or workshops once in the sales board, but not elsewhere.",
            "Links to other websites are permitted only where they are relevant and add to the discussion.",
            "Repeated {cs} carrying the same link will be treated as spam and removed without warning.",
            "Fundraising appeals must be agreed with the committee before they are posted.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Usernames",
            "One account per person",
            "Real names",
            "Registration",
            "Who are you?",
        ),
        (
            "You must register with a valid email address before you can post.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Usernames that impersonate another person, club or organisation are not permitted.",
            "We encourage you to use your real name, though a display name is acceptable.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Libel",
            "Is it lawful?",
        ),
        (
            "Do not make allegations against named people or businesses that you cannot prove; you could be sued "
            "for libel.",
            "Once someone has been charged, {cs} that speculate on their guilt could amount to contempt of court and "
            "will be removed.",
            "Do not identify victims of sexual offences or children involved in court proceedings.",
            "You are legally responsible for what you post, and we may be required to disclose your details to the "
            "police or a court.",
            "Nothing may be posted that encourages or glorifies criminal activity.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and patterns",
            "Intellectual property",
            "Whose work is it?",
        ),
        (
            "Only upload photographs, drawings or text that you own or have permission to use.",
            "Drafts and patterns from published books may not be reproduced in full; give the title and page instead.",
            "Short quotations are fine if you credit the source, but do not paste in whole articles from other "
            "publications.",
            "By posting you grant us a licence to publish your {c} in print and online.",
            "Material found on the internet is not automatically free to share.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Reporting",
            "Flagging {cs}",
            "How to complain",
            "Seen something wrong?",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the 'Report' link beneath it rather than replying.",
            "Please do not respond to provocative {cs}; report them and leave the moderators to deal with them.",
            "You can also email the moderation team, giving a link to the {c} and the reason for your concern.",
            "Every report is looked at, though we cannot always reply individually.",
            "Misusing the report button to settle disagreements may itself lead to a warning.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Right to remove",
            "Moderators' discretion",
            "Who decides?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision on whether a {c} stays up is final.",
            "Where a {c} is only partly acceptable, we may remove it in full rather than edit it.",
            "These rules may be changed at any time, and the version on this page applies.",
            "Publishing a {c} does not mean that we endorse the views it expresses.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Accuracy",
            "News tips",
            "Corrections and complaints",
            "Spotted a mistake?",
            "Got a story?",
        ),
        (
            "If you believe we have got something wrong, please email the newsroom rather than leaving a {c} under "
            "the story.",
            "Corrections are made as quickly as possible, and significant ones are noted at the foot of the article.",
            "Have a story for us? Send your news and photographs to the editor, with a contact number.",
            "Complaints about our journalism should go to the editor in the first instance.",
            "Please check your facts before posting; rumours about accidents, arrests or deaths cause real distress "
            "to families.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Shouting",
            "Plain English, please",
        ),
        (
            "Swearing, including thinly disguised swearing, is not permitted.",
            "Please do not write in capital letters; it reads as shouting and is hard to follow.",
            "Text-speak and strings of exclamation marks make {cs} difficult for others to read.",
            "Please write in English so that everyone can follow the discussion, though local expressions are fine.",
            "Crude or sexually explicit language will be removed, whatever the context.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "Three strikes",
            "Suspensions",
            "What happens if I break the rules?",
        ),
        (
            "Members who break these rules will normally receive a warning first.",
            "Repeated or serious breaches will lead to suspension or permanent removal from the site.",
            "Anyone who is banned and returns under a new name will be removed again without notice.",
            "We may report serious breaches to your internet service provider or to the police.",
            "A suspended member's earlier {cs} may be hidden while the suspension lasts.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Medical advice",
            "Not professional advice",
            "Stay safe",
            "Work parties and safety",
            "Is this advice reliable?",
        ),
        (
            "Members share their own experience, which is no substitute for advice from a doctor, nurse or other "
            "professional.",
            "Never change anyone's medication on the strength of something read here; speak to their GP or "
            "pharmacist first.",
            "Do not go onto locks, culverts or towpath works except with an organised work party and its leader.",
            "Advice from members is offered in good faith, and we accept no responsibility for how it is used.",
            "If you are struggling yourself, please talk to your GP or call a helpline; you do not have to cope alone.",
        ),
    ),
    (  # support for newcomers
        (
            "Be supportive",
            "Be kind to newcomers",
            "Everyone is welcome",
            "Helping each other",
            "New here?",
        ),
        (
            "Many members come here at a difficult time, so please be patient and kind in your {cs}.",
            "There are no silly questions; beginners, at the loom or at the table, are always welcome.",
            "Everyone's situation is different, so share what worked for you rather than telling others what they "
            "must do.",
            "Please welcome new members and point them towards the guides and earlier threads.",
            "Criticism of someone's work should be constructive and kindly offered.",
        ),
    ),
)


#: Titles, opening and closing lines some reworded-127 sites print with their rules (placeholders as above).
POLICY_TITLES_127 = (
    "{C} policy",
    "{C} guidelines",
    "Community guidelines",
    "House Rules",
    "Forum rules",
    "Rules of the Board",
    "Code of Conduct",
    "Before you post",
    "Terms of participation",
    "Our moderation policy",
    "Posting rules",
)

POLICY_INTROS_127 = (
    "Please read the following before posting.",
    "We want this to be a friendly and welcoming place for everyone.",
    "By sending a {c} you agree to follow these guidelines.",
    "These rules apply to all members and visitors, however long they have been with us.",
    "The Trust welcomes discussion about the restoration, subject to the rules below.",
    "Our readers' {cs} are an important part of this site, and we ask that you keep to a few simple rules.",
)

POLICY_CLOSINGS_127 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules should be sent to the moderators.",
    "Full terms and conditions are available on our website.",
    "The Committee",
    "These guidelines are reviewed by the board every year.",
    "Happy posting!",
    "Thank you, and enjoy the discussion.",
)


#: British spellings in the lists above and their American forms (a reworded-127 document prints one or the other).
AMERICAN_127 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "generalisation": "generalization",
    "organisation": "organization",
    "organised": "organized",
    "licence": "license",
}


#: A site's word for what readers send, singular and plural (a quarter of sites never say "comment").
WORDS_127 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


#: The item markers the family's sites print: a format string of the item's number ``{n}``, letter ``{a}``/``{A}``
#: and roman numeral ``{r}``/``{R}``; "" for unmarked items.
MARKERS_127 = (
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{n} –",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "•",
    "·",
    "*",
    "-",
    "–",
    "o",
    "►",
    "✓",
)

#: The line a few sites print under their rules, saying when they were last changed.
UPDATED_127 = (
    "Last updated: {d} {m} {y}",
    "Updated {m} {y}",
    "Revised {d}/{mn:02d}/{y}",
    "These rules were last amended on {d} {m} {y}.",
    "(Reviewed {m} {y})",
)

_MONTHS = (
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
_MINOR = {"a", "an", "and", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to", "with"}


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_127(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-127 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_127``); how
    many item kinds (two to four for 0.3 of sites, else seven to all seventeen), in the table's order (0.5) or
    shuffled; how many sentences an item may print (up to one, two or three, each item drawing its own count, kept in
    the table's order), printed as parts of their own or as one part (0.3); the headings: none (0.15), on their own
    part (0.3, followed by nothing, a stop or a colon), run in before the first sentence (0.3: a colon, a stop or a
    dash), as numbered clauses (0.12: "3. Heading" on its part, the sentences "3.1", "3.2" ... as constitutions and
    league rules print them) or as "Rule 3" before the heading (0.13: a colon, a stop or a dash between, on the
    heading's own part); in the table's case (0.5), title case or capitals; for unnumbered headings and bare items the
    item's marker (``MARKERS_127``) before its first part, and a heading on its own part's later sentences sometimes
    bulleted (0.25); a "last updated" line (``UPDATED_127``) after the items (0.15); then ``_furnish``'s opening,
    closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_127)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_127))
    picked = rng.sample(range(len(REWORDINGS_127)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    draw = rng.random()
    place = (
        "none"
        if draw < 0.15
        else "own"
        if draw < 0.45
        else "run"
        if draw < 0.75
        else "clause"
        if draw < 0.87
        else "rule"
    )
    after = rng.choice(("", "", ".", ":"))
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    rule_joint = rng.choice((": ", ". ", " – ", " - "))
    case = rng.choice(("as", "as", "title", "caps"))
    marker = rng.choice(MARKERS_127) if place in ("none", "own", "run") else ""
    bullet = rng.choice(("• ", "- ", "– ", "* ")) if place == "own" and rng.random() < 0.25 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_127[index]
        heading = fill(rng.choice(headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if place == "clause":
            parts = [f"{number}.{k} {part}" for k, part in enumerate(parts, start=1)]
        elif bullet and len(parts) > 1:
            parts = [bullet + part for part in parts]
        if joined:
            parts = [" ".join(parts)]
        head = ""
        if place == "own":
            head = heading if heading[-1] == "?" else heading + after
        elif place == "run":
            parts[0] = heading + (" " if heading[-1] == "?" else joint) + parts[0]
        elif place == "clause":
            head = f"{number}. {heading}"
        elif place == "rule":
            head = f"Rule {number}{rule_joint}{heading}"
        if marker:
            letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
            roman = _roman(number)
            shown = marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper())
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    if rng.random() < 0.15:
        month = rng.randint(1, 12)
        line = rng.choice(UPDATED_127).format(
            d=rng.randint(1, 28), m=_MONTHS[month - 1], mn=month, y=rng.randint(2016, 2026)
        )
        items.append(("", line))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_127],
        [fill(line) for line in POLICY_CLOSINGS_127],
        [fill(line) for line in POLICY_TITLES_127],
        AMERICAN_127,
    )
