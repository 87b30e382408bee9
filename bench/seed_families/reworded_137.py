"""The ``reworded-137`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Liberian and Gambian English-language news, Peak District papers, Colorado mountain-town weeklies,
swimming clubs, photography societies, toddler-group committees, bipolar peer-support boards, vintage-aircraft
restoration groups.

Written blind: from how such sites word and print their comment policies, house rules, group rules, forum rules,
social-media codes of conduct and posting guidelines, without reading the cleaner's code, its docs or reports, nor
the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: six heading choices (printed without a stop; a question keeps its mark; two questions a kind) and
#: five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers
#: send. Written in British spelling; a document may print it in American spelling (``AMERICAN_137``).
REWORDINGS_137 = (
    (  # civility
        (
            "Be kind",
            "Respect other members",
            "Play the Ball, Not the Player",
            "Civility",
            "Is it kind?",
            "Would you say it to their face?",
        ),
        (
            "Disagree as strongly as you like, but do it without insulting the person you are replying to.",
            "Name-calling, sneering and personal digs at other members will be removed, however mildly meant.",
            "Remember there is a real person, often a volunteer or a parent, on the other side of the screen.",
            "Robust debate about the story is welcome; attacks on reporters, sources or other readers are not.",
            "Reply to others as you would want them to reply to you, even when you think they are wrong.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Tribalism and hate",
            "Zero tolerance for bigotry",
            "What counts as hate speech?",
            "Can I criticise a group?",
        ),
        (
            "{Cs} that attack people for their tribe, ethnicity, religion, nationality, sex, sexuality or disability"
            " will be deleted.",
            "Tribal slurs and calls for violence against any community have no place here and may be reported to the"
            " authorities.",
            "Mocking someone's diagnosis, or using mental illness as an insult, is treated here as hate speech.",
            "You may criticise a government, a party or a church's leaders, but not sneer at whole peoples or faiths.",
            'Racist, sexist, homophobic or transphobic remarks, including "jokes", will lead to an immediate ban.',
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Respect privacy",
            "Personal information",
            "Can I share someone's details?",
            "What about screenshots?",
        ),
        (
            "Do not post anyone's address, phone number, workplace or car registration, including your own.",
            "Never share photos of other people's children without their parents' written consent.",
            "Screenshots of private messages or of other groups must not be shared here without the sender's"
            " permission.",
            "What is said on this board stays on this board; please do not repeat members' stories elsewhere.",
            "If you mention a family member, a doctor or an employer, leave out anything that could identify them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and young people",
            "Keeping Children Safe",
            "Safeguarding and welfare",
            "Who is the welfare officer?",
            "Worried about a child?",
        ),
        (
            "Coaches and volunteers must not contact swimmers under 18 by private message; club messages go through"
            " parents or the club account.",
            "Any concern about a child's welfare should go straight to the club welfare officer, not be discussed in"
            " this group.",
            "Photographs taken at galas and training sessions may only be shared under the club's photography policy.",
            "Adults who seek out private contact with children through this page will be removed and reported.",
            "If a child is in immediate danger, call the police or the emergency services before you do anything else.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Waiting for approval",
            "How long does moderation take?",
            "Moderated by volunteers",
        ),
        (
            "Every {c} is read by a moderator before it appears, which can take up to 24 hours.",
            "{Cs} are checked by volunteers in their spare time, so please be patient at weekends and in the evenings.",
            "{Cs} sent outside office hours (GMT) will be approved on the next working day.",
            "Sending the same {c} several times will not make it appear faster and may see it marked as spam.",
            "The first three {cs} from a new member are held for approval before they go live.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "On topic, please",
            "Off-topic {cs}",
            "Is this the right place?",
            "What can I post about?",
        ),
        (
            "Keep your {c} to the subject of the story or thread; off-topic remarks may be removed or moved.",
            "This group is for the club's swimmers and parents, so please keep {cs} to training, galas and club news.",
            "Talk of restorations, airframes, engines, archives and fly-ins is welcome; general politics is not.",
            "Photos and threads that have nothing to do with photography belong in the Off Topic lounge.",
            "Please start a new thread for a new subject instead of taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No spam",
            "Advertising",
            "Selling and promotion",
            "Self-promotion",
            "Can I advertise my business?",
            "Can I sell kit here?",
        ),
        (
            "{Cs} that advertise goods, services or websites will be deleted and the account blocked.",
            "Members may list their own kit for sale once a month, in the Buy and Sell thread only.",
            "A link to your own gallery or portfolio is fine in your signature, not in every thread you join.",
            'Pyramid schemes, "business opportunities" and party-plan selling are not allowed in this group.',
            "Chain letters, petitions and fundraising links need an admin's approval first.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Usernames and Accounts",
            "One account each",
            "Do I have to use my real name?",
            "Who can join?",
        ),
        (
            "{Cs} must carry your real first name and surname; pseudonyms will not be published.",
            "You are welcome to use a username here; many members do, to protect their privacy.",
            "Each member may hold one account, and second accounts used to dodge a ban will be removed with the first.",
            "Do not pretend to be another person, a public figure or a member of our staff.",
            "Membership of this group is for parents and carers of children who come to the sessions.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Stay within the law",
            "Why was my {c} about a court case removed?",
            "Could I be sued?",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you as"
            " well as us.",
            "Do not speculate about the guilt of anyone who has been charged; {cs} on live court cases may be closed.",
            "Never name the victim of a sexual offence or a child in a court case, even if you think everyone knows.",
            "Allegations of corruption against a named person must be backed by facts, not rumour.",
            "We will cooperate with the police and the courts where the law requires us to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Your images and others'",
            "Only post your own work",
            "Credit and copyright",
            "Can I share a photo I found?",
            "Who owns what I post?",
        ),
        (
            "Only upload photographs you took yourself, unless you have the owner's permission and credit them.",
            "Do not paste whole articles from other papers; a short quote and a link is enough.",
            "Copyright in your images stays with you, but by posting them you allow the society to show them here.",
            "Archive photographs and manuals must carry their source, and scans from books need the publisher's"
            " permission.",
            "Images with watermarks or signatures removed will be deleted and the member warned.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flag it",
            "How do I report a {c}?",
            "What happens when I report?",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Please report problems to the admins instead of arguing about them in the thread.",
            "Reports are anonymous; the member you report will not be told who made it.",
            "Reporting a {c} only because you disagree with it wastes the moderators' time.",
            "You can also email the newsroom with the page address and a short note about what is wrong.",
        ),
    ),
    (  # the editor's or the admins' discretion
        (
            "Our discretion",
            "The Editor's Decision",
            "Admins' decisions",
            "Final say",
            "Why was my {c} deleted?",
            "Can I appeal?",
        ),
        (
            "The editor may remove, shorten or decline any {c} without giving a reason.",
            "The committee's decision on what stays in the group is final.",
            "We do not discuss moderation decisions in public; message the admins if you think we got it wrong.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "Moderators are volunteers and will sometimes make mistakes, so please be patient with them.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted an error?",
            "News tips",
            "Corrections and tips",
            "Got a story?",
            "How do I report a mistake in an article?",
        ),
        (
            "If you think a story is wrong, email the news desk rather than leaving a {c}, so we can put it right"
            " quickly.",
            "Corrections are made in the article itself and noted at the foot of the page.",
            "News tips from Buxton, Bakewell and the Hope Valley can be sent to the newsroom by email or WhatsApp.",
            "Tips left in {cs} may be missed; the editor reads the tips inbox every day.",
            "Results, gala times and club news for the website should go to the club secretary.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Clean language",
            "Can I swear?",
            "Write in English, please",
        ),
        (
            "Swearing, including words with letters swapped for asterisks, will see your {c} removed.",
            "Please write in English so that all members and moderators can follow the conversation.",
            "Writing in capital letters reads as shouting and is hard to read, so please avoid it.",
            "Text speak and long strings of emojis make threads hard to follow for some of our older members.",
            "Sexual or crude language is not acceptable on a page followed by families.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Sanctions",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Will I be banned?",
        ),
        (
            "Most breaches earn a warning first, and a third warning within six months means a ban.",
            "Serious abuse, threats or illegal material will lead to a permanent ban without warning.",
            "Banned members who rejoin under another name will be removed again on sight.",
            "Members may be suspended from posting for a week while the committee looks into a complaint.",
            "Repeated breaches may be reported to your internet provider or to the police.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Staying safe",
            "Not professional advice",
            "In a crisis",
            "Can I ask about medication?",
            "Is advice here safe to follow?",
        ),
        (
            "Members share their own experience of medication, but nobody here can tell you to change your dose; ask"
            " your prescriber.",
            "If you are thinking of harming yourself, contact a crisis line or the emergency services now, as this"
            " board is not watched around the clock.",
            "Technical advice given here is no substitute for a licensed engineer, and nothing said here makes an"
            " aircraft airworthy.",
            "Please put a content warning at the top of any {c} that mentions self-harm, suicide or a hospital"
            " admission.",
            "Do not post numbers or amounts of tablets, and never encourage another member to stop their treatment.",
        ),
    ),
)

#: A Facebook-group admin's emoji for each item kind, in the table's order (put before the heading).
EMOJI_137 = ("🤝", "🚫", "🔒", "🧒", "⏳", "🎯", "📢", "👤", "⚖️", "📷", "🚩", "🛡️", "✏️", "🗣️", "⛔", "💙")

POLICY_TITLES_137 = (
    "Posting rules",
    "House Rules",
    "Comment policy",
    "Group rules",
    "Group Rules from the Admins",
    "Forum rules",
    "Community guidelines",
    "Rules of the Board",
    "Before you post",
    "Our rules for {cs}",
    "Reader {cs}: our policy",
    "Social media and online conduct",
    "Code of Conduct (online)",
    "Members' forum – rules",
    "Discussion guidelines",
)

POLICY_INTROS_137 = (
    "Please read these rules before you post.",
    "We want this to be a friendly, supportive space, so we ask every member to follow a few simple rules.",
    "{Cs} are welcome, but they must keep to the rules below.",
    "By sending a {c} to this site you agree to the following.",
    "The committee has agreed the following rules for our page and group chats.",
    "This board is run by volunteers with lived experience, and these guidelines help keep it safe for everyone.",
    "We love hearing from readers across the county; to keep the conversation worth reading, we ask the following.",
)

POLICY_CLOSINGS_137 = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may be changed at any time without notice.",
    "Questions about these rules can be sent to the admin team.",
    "Last updated: 3 February 2025.",
    "Approved by the committee, September 2024.",
    "Full terms and conditions are linked at the foot of every page.",
    "If you are in crisis now, please call your local emergency number or a helpline rather than posting here.",
    "Blue skies, and thanks for reading.",
    "By using this group you accept these rules.",
)

#: British words of the table and the lines around it, and their American spellings.
AMERICAN_137 = {
    "criticise": "criticize",
    "offence": "offense",
    "rumour": "rumor",
    "behaviour": "behavior",
    "colour": "color",
    "organisation": "organization",
    "programme": "program",
    "neighbour": "neighbor",
}

#: The site's word for what readers send, where it is not "comment" (singular, plural).
WORDS_137 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

_SMALL = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_LETTERS = "abcdefghijklmnop"

#: How a site marks its items: ``{n}`` the number, ``{a}``/``{A}`` a letter, ``{r}``/``{R}`` a roman numeral; "" none.
MARKERS_137 = (
    "",
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n}/",
    "{n} –",
    "Rule {n}:",
    "Rule {n}.",
    "#{n}",
    "{a}.",
    "{a})",
    "({a})",
    "{R}.",
    "({r})",
    "{r}.",
    "•",
    "•",
    "-",
    "*",
    "·",
    "»",
    "→",
    "◆",
    "✅",
    "🔹",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words) if word
    )


def _see_more(text: str) -> str:
    """A Facebook rule's description cut short, as the group's About page prints it before it is opened."""
    cut = text[:80].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "… See more"


def _items_137(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-137 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_137``); how
    many item kinds (two to four for a quarter of sites, else six to all sixteen), in the table's order (0.5) or
    shuffled; the most sentences an item prints (one, two or three; each item draws its count up to that, kept in
    the table's order), as parts of their own or run into one part (0.3, not for clauses; two spaces after a stop
    for 0.1 of those); how the headings go: none (0.12); on a part of their own (0.28, then nothing, a colon, a stop
    or a dash); run in before the first sentence (0.25, after a colon, a stop or a dash); as questions and answers
    (0.09, a question heading on its own part, with "Q:"/"A:", "Q."/"A." or no prefixes); as a Facebook group's
    rules (0.12: the number on a part of its own, the heading, then the description, a long one cut short with
    "… See more" for 0.25 of these sites); as clauses of a club's code (0.09: "7. Heading", then "7.1", "7.2" before
    the sentences, the numbering starting past one for 0.3 of these); or in forum BBCode left unparsed (0.05,
    ``[b]...[/b]`` on its own part, underlined too for some); the headings' case (as in the table, title case,
    capitals, or lower case), a question heading preferred where there is one (0.2); an emoji for each kind before
    the heading (0.15 of the sites with headings on their own part, run in or Facebook's); the items' marker
    (``MARKERS_137``; none for the Facebook, clause and "Q:" sites) before the heading, or before the first
    sentence when the heading is not on a part of its own; later sentences under a heading on its own part
    sometimes sub-marked (0.25: a dash, a hollow bullet, a chevron or "(i)", "(ii)"); then ``_furnish``'s opening,
    closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_137)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_137))
    picked = rng.sample(range(len(REWORDINGS_137)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    gap = "  " if joined and rng.random() < 0.1 else " "
    draw = rng.random()
    place = "bbcode"
    for name, upto in (
        ("none", 0.12),
        ("own", 0.4),
        ("run", 0.65),
        ("faq", 0.74),
        ("facebook", 0.86),
        ("clause", 0.95),
    ):
        if draw < upto:
            place = name
            break
    after = rng.choice(("", "", ":", ".", " –"))
    joint = rng.choice((": ", ": ", ". ", " - ", " – ", " — "))
    case = rng.choice(("as", "as", "as", "title", "title", "caps", "lower"))
    questions = place == "faq" or rng.random() < 0.2
    ask, answer = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("", "")))
    truncate = place == "facebook" and rng.random() < 0.25
    start = rng.randint(2, 9) if place == "clause" and rng.random() < 0.3 else 1
    bb = rng.choice(("[b]{h}[/b]", "[b]{h}[/b]", "[u][b]{h}[/b][/u]"))
    emoji = place in ("own", "run", "facebook") and rng.random() < 0.15
    marker = rng.choice(MARKERS_137)
    if place in ("facebook", "clause") or (place == "faq" and ask):
        marker = ""
    own_head = place in ("own", "faq", "bbcode")
    sub = rng.choice(("- ", "◦ ", "› ", "roman")) if own_head and not joined and rng.random() < 0.25 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_137[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        elif case == "lower":
            heading = " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
        if emoji:
            heading = f"{EMOJI_137[index]} {heading}"
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if joined and place != "clause":
            parts = [gap.join(parts)]
        if sub and len(parts) > 1:
            parts = [(f"({_NUMERALS[i]}) " if sub == "roman" else sub) + part for i, part in enumerate(parts)]
        question = heading.endswith("?")
        head = ""
        if place == "own":
            head = heading if question else heading + after
        elif place == "run":
            parts[0] = heading + (" " if question else joint) + parts[0]
        elif place == "faq":
            head = ask + heading
            parts[0] = answer + parts[0]
        elif place == "facebook":
            if truncate and len(" ".join(parts)) > 90:
                parts = [_see_more(" ".join(parts))]
            head = str(number)
            parts.insert(0, heading)
        elif place == "clause":
            section = start + number - 1
            head = f"{section}. {heading}"
            parts = [f"{section}.{i} {part}" for i, part in enumerate(parts, start=1)]
        elif place == "bbcode":
            head = bb.format(h=heading)
        if marker:
            roman = _NUMERALS[number - 1]
            letter = _LETTERS[number - 1]
            shown = marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper())
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_137],
        [fill(line) for line in POLICY_CLOSINGS_137],
        [fill(line) for line in POLICY_TITLES_137],
        AMERICAN_137,
    )
