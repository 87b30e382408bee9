"""The ``reworded-130`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Hong Kong and Singapore English-language news, Channel Islands papers, Arizona border-town weeklies,
paddle-board clubs, amateur astronomy societies, parent-and-toddler groups, arthritis forums, shire-horse societies.

Written blind: from how such sites word and print their posting rules, group rules, forum rules, readers' letters
guidance and community guidelines, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question or an exclamation), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_130``).
REWORDINGS_130 = (
    (  # civility
        (
            "Be kind",
            "Be courteous",
            "Respect other members",
            "Keep it civil",
            "Play the ball, not the player",
            "Can I disagree with other readers?",
        ),
        (
            "Disagree with an idea by all means, but do not attack the person who holds it.",
            "Name-calling, sneering and personal digs will see a {c} taken down.",
            "Robust debate is welcome; rudeness towards other readers, our reporters or the people in our stories "
            "is not.",
            "Everyone here was a beginner once, so please be patient with questions that seem obvious to you.",
            "Treat fellow members as you would if you met them at the launch site or the club's open evening.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Zero tolerance for bigotry",
            "Racism, sexism and other prejudice",
            "No discrimination!",
            "Is any subject off limits?",
        ),
        (
            "We will remove any {c} that attacks people because of their race, religion, nationality, sex, sexuality, "
            "age or disability.",
            "Slurs are not allowed, even when quoted, disguised with asterisks or meant as a joke.",
            "Remarks stirring up hostility towards mainland visitors, domestic helpers, migrant workers or any other "
            "group will be deleted.",
            "Mocking someone for their weight, their illness or the way they walk has no place in this forum.",
            "A single hateful {c} can lead to an immediate and permanent ban.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Personal information",
            "Keep personal details private",
            "Don't share other people's details",
            "Can I post a photo of someone?",
        ),
        (
            "Do not post phone numbers, home or email addresses, car registrations or identity card numbers, yours "
            "or anyone else's.",
            "Please ask before sharing a photo in which another member or their child can be recognised.",
            "Private messages are private: do not copy them into a public thread without the sender's permission.",
            "Never reveal where another person lives, works or keeps their horses.",
            "Be careful about giving away your own location, your travel dates or when your house will be empty.",
        ),
    ),
    (  # safeguarding
        (
            "Keeping children safe",
            "Safeguarding",
            "Photos of children",
            "Children and young people",
            "Who do I tell if I'm worried about a child?",
        ),
        (
            "Only share pictures of your own children, and never of another family's child without their parent's "
            "agreement.",
            "Please do not name nurseries, schools or the times you drop off and collect your little ones.",
            "If anything in a {c} makes you worried about a child's safety, report it to us, and if a child is in "
            "danger, call the police.",
            "Under-16s may take part only with a parent or guardian who agrees to supervise their use of the site.",
            "Any {c} that sexualises a child will be removed and reported to the authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a short delay.",
            "Our moderators are volunteers, so {cs} sent in the evening may not be approved until the next morning.",
            "{Cs} are not moderated between 10pm and 8am, nor on public holidays.",
            "Please do not send the same {c} again; it is in the queue and will be looked at.",
            "A new member's first {c} is always held for approval; after that most appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Relevance",
            "Posted in the wrong section?",
        ),
        (
            "Keep your {c} relevant to the article or thread you are replying to.",
            "General chat belongs in the members' lounge, not in the observing reports.",
            "We may move a {c} to a more suitable section rather than delete it.",
            "Please start a new thread for a new question instead of adding it to someone else's.",
            "Threads that wander far from the story may be closed to further {cs}.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and self-promotion",
            "Commercial posts",
            "No spam!",
            "Can I advertise my business?",
        ),
        (
            "Advertising, affiliate links and chain messages will be removed without notice.",
            "Members may sell their own second-hand boards, paddles and kit in the For Sale section only.",
            "Traders must contact the committee before promoting goods or services to members.",
            "Do not use a {c} to collect signatures, sell raffle tickets or ask for donations unless the admins have "
            "agreed.",
            "Repeated links to the same website will be treated as spam and the account suspended.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "One account per person",
            "Usernames",
            "Impersonation",
            "Do I have to use my real name?",
        ),
        (
            "{Cs} must be posted under the name you are generally known by; nicknames may be allowed at our "
            "discretion.",
            "Each person may hold one account only, and accounts may not be shared.",
            "Do not pretend to be another person, a member of our staff or an official body.",
            "Usernames that are offensive or contain a web address will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Contempt of court",
            "Obey the law",
        ),
        (
            "Do not make allegations about identifiable people that you cannot prove.",
            "Do not discuss the guilt or innocence of anyone facing trial, or name anyone a court has ordered should "
            "not be named.",
            "{Cs} that may break the laws of Hong Kong, Singapore or any other place where we publish will be removed.",
            "We will co-operate with the police and the courts and may be required to hand over a user's details.",
            "You are legally responsible for your {cs}, under the law of the Bailiwick as anywhere else.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Images and copyright",
            "Other people's work",
            "Credit your sources",
            "Can I share my own photos?",
        ),
        (
            "Only post images you have taken yourself or have the owner's permission to use.",
            "Astrophotographs remain the property of the member who took them and may not be reused elsewhere "
            "without asking.",
            "Do not paste whole articles from other publications; a short quote and a link are enough.",
            "By posting a picture you allow us to show it on the site and in our newsletter, credited to you.",
            "Material copied without permission will be removed as soon as its owner tells us about it.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Reporting",
            "Flagging {cs}",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "Use the Report link beside any {c} you think breaks these rules.",
            "Please report rather than reply: answering a troublemaker only keeps the argument going.",
            "Reports are anonymous, and the person you report will not be told who made them.",
            "If the matter is urgent, email the moderators directly and put URGENT in the subject line.",
            "Reporting a {c} does not remove it automatically; a moderator will review it as soon as possible.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "Editorial discretion",
            "The final say",
            "Why was my {c} deleted?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision is final and will not be debated in the public threads.",
            "These rules are not exhaustive, and the admins may act on anything they judge harmful to the group.",
            "Publication of a {c} does not mean that we agree with it.",
            "If you think a {c} was removed in error, send a polite message to the moderators.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Contact the newsroom",
            "Errors in our reporting",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than leaving a {c}, so that "
            "we can put it right quickly.",
            "Corrections are not made on the strength of {cs} under an article.",
            "Have a story for us? Contact the news desk by email or on WhatsApp.",
            "Letters for publication in the paper should be sent to the editor with your full name and address.",
            "Tip-offs from readers are welcome and can be given in confidence.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Write in English",
            "No shouting",
            "Is swearing allowed?",
        ),
        (
            "{Cs} must be in English so that the moderators and other readers can follow them.",
            "Swearing, including disguised swearing, is not allowed; remember that families read this page.",
            "Please do not write in capital letters, which reads as shouting.",
            "Text-speak and long strings of emojis make a {c} hard to read.",
            "Crude or sexual language will be removed, however it is spelt.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "A first breach will usually earn a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches may lead to a ban without any warning.",
            "Anyone found rejoining under a new name after a ban will be removed again at once.",
            "Members banned from the club's page may also have their club membership reviewed by the committee.",
            "We keep a record of warnings, and they stay on file for twelve months.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Not professional advice",
            "Advice on the forum",
            "Seek professional advice",
            "Is the advice here reliable?",
        ),
        (
            "Members share their own experience, not medical advice; always speak to your GP or rheumatologist "
            "before changing your treatment.",
            "Never look at the Sun through a telescope or binoculars without a proper solar filter, whatever anyone "
            "posts.",
            "Check the tide, the wind and the forecast for yourself before going out on the water; a {c} is no "
            "substitute.",
            "Any advice about a horse's health or feeding should be checked with your vet or farrier.",
            "Do not recommend stopping prescribed medicines or buying unlicensed remedies online.",
        ),
    ),
)

#: A site's word for what readers send, when it is not "comment" (singular, plural).
WORDS_130 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)

POLICY_TITLES_130 = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Group rules",
    "Posting guidelines",
    "Rules for {cs}",
    "{C} guidelines",
    "Members' code of conduct",
    "Before you post",
    "Readers' {cs}: our terms",
)

POLICY_INTROS_130 = (
    "Please read these rules before posting.",
    "We want this to be a friendly, safe space for everyone, so we ask all members to follow a few simple rules.",
    "By submitting a {c} you agree to the following terms.",
    "Readers' {cs} are welcome, within the following guidelines.",
    "These guidelines apply to every {c} on this site and on our social media pages.",
    "Welcome to the group! Before you post, please take a moment to read our rules.",
)

POLICY_CLOSINGS_130 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules? Email the moderators.",
    "Clear skies, and happy posting!",
    "Happy paddling, and thanks for reading!",
    "The committee thanks all members for their co-operation.",
    "Thank you! 😊",
)

#: Lines some sites print above or below their rules: when they were last changed.
UPDATED_130 = (
    "Last updated: 3 March 2025",
    "Updated 14/06/2024",
    "Rules revised January 2024",
    "(Last reviewed by the committee, September 2023)",
    "Effective from 1 April 2024.",
)

AMERICAN_130 = {
    "recognised": "recognized",
    "sexualises": "sexualizes",
    "spelt": "spelled",
    "co-operate": "cooperate",
    "co-operation": "cooperation",
    "GP": "doctor",
}

#: The items' markers as such sites print them: ``{n}`` number, ``{m}`` how many items, ``{a}`` letter, ``{r}``
#: roman numeral, ``{k}`` a keycap emoji number (sites with more than ten items print ``{n}.`` instead).
MARKERS_130 = (
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "•",
    "-",
    "*",
    "–",
    "►",
    "✔",
    "✅",
    "★",
    "🔭",
    "🐴",
    "👉",
    "{k}",
    "Rule {n}:",
    "Rule {n} –",
    "No. {n}",
    "[{n}]",
    "{n}/{m}",
    "#{n}",
)

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_KEYCAPS = ("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟")
_MINOR = {"a", "an", "and", "the", "of", "or", "to", "in", "on", "for", "not", "my", "is", "by", "at"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _items_130(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-130 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_130``); how
    many item kinds (two to four for 0.3 of sites, else seven to sixteen), in the table's order (0.5) or shuffled;
    how many sentences an item may print (up to one, two or three, each item drawing its own count, kept in the
    table's order), as parts of their own or one part (0.3); the headings: none (0.15), on their own part (0.3,
    followed by nothing, a stop, a colon or a dash), run in before the first sentence (0.3: a colon, a stop or a
    dash), a group-rules page's number on a part of its own above the heading (0.1), a question and answer (0.08),
    or a numbered heading with its sentences numbered as clauses under it (0.07); in the table's case, title case,
    capitals or lower case (headings on a part of their own only), a question heading preferred where the kind has
    one (0.2); the items' marker (``MARKERS_130``) before the item's first part; later sentences under a heading on
    its own part sometimes sub-marked (0.3); a "last updated" line (0.15) at the top or bottom; then ``_furnish``'s
    opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_130)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_130))
    picked = rng.sample(range(len(REWORDINGS_130)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    place = rng.choices(("none", "own", "run", "group", "faq", "clause"), (0.15, 0.3, 0.3, 0.1, 0.08, 0.07))[0]
    after = rng.choice(("", "", ".", ":", " –"))
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    case = rng.choice(("as", "as", "as", "title", "caps", "lower"))
    questions = place == "faq" or rng.random() < 0.2
    ask, answer = rng.choice((("Q. ", "A. "), ("Q: ", "A: "), ("", "")))
    marker = "" if place in ("group", "clause") else rng.choice(MARKERS_130)
    if marker == "{k}" and count > len(_KEYCAPS):
        marker = "{n}."
    sub = rng.choice(("({a}) ", "{a}. ", "– ", "• ", "o ")) if place == "own" and rng.random() < 0.3 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_130[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps" and place != "faq":
            heading = heading.upper()
        elif case == "lower" and place in ("own", "group"):
            heading = " ".join(word if word == "I" else word.lower() for word in heading.split(" "))
        ends = heading[-1] in "?!"
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if joined and place != "clause":
            parts = [" ".join(parts)]
        head = ""
        if place in ("own", "group"):
            head = heading if ends else heading + after
            if sub and len(parts) > 1:
                letters = "abcdefghij"
                parts = [sub.format(a=letters[i]) + part for i, part in enumerate(parts)]
        elif place == "run":
            parts[0] = heading + (" " if ends else joint) + parts[0]
        elif place == "faq":
            head = ask + heading
            parts[0] = answer + parts[0]
        elif place == "clause":
            head = f"{number}. {heading}"
            parts = [f"{number}.{i} {part}" for i, part in enumerate(parts, start=1)]
        if place == "group":
            items.append((str(number), head, *parts))
            continue
        if marker:
            roman = _ROMAN[number - 1]
            letter = "abcdefghijklmnop"[number - 1]
            keycap = _KEYCAPS[number - 1] if number <= len(_KEYCAPS) else f"{number}."
            shown = marker.format(n=number, m=count, a=letter, A=letter.upper(), r=roman, R=roman.upper(), k=keycap)
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    if rng.random() < 0.15:
        updated = ("", rng.choice(UPDATED_130))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_130],
        [fill(line) for line in POLICY_CLOSINGS_130],
        [fill(line) for line in POLICY_TITLES_130],
        AMERICAN_130,
    )
