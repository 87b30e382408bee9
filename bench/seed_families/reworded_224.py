"""The ``reworded-224`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Turks and Caicos news, Anglesey bilingual papers, West Virginia hollow weeklies, kayak polo clubs,
model railway societies, ME/CFS forums, caravan club boards, watermill heritage friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module and the names in
``reworded-220``'s were read, for their structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (without their stop) and five sentences, of which an item prints one to three.
#: ``{c}``/``{cs}`` (and capitalised ``{C}``/``{Cs}``) are the site's word for what readers send. British spelling;
#: a document may print it in American spelling (``AMERICAN_224``). Headings in Welsh are in ``WELSH_224``.
REWORDINGS_224 = (
    (  # civility
        (
            "Be civil",
            "Be Courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Why be kind?",
            "Keep it friendly",
        ),
        (
            "Disagree with the idea all you like, but leave the person out of it.",
            "Name-calling, sneering and personal digs will be removed, whoever they come from.",
            "Remember that many members live with a long illness and may read your {c} on a bad day.",
            "Treat fellow members as you would at the club night, in person and with good humour.",
            "Write as though the person you are answering were sitting across the table from you.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and Discrimination",
            "Zero tolerance for bigotry",
            "What counts as hate?",
            "Respect for all communities",
            "No discrimination",
        ),
        (
            "{Cs} that attack anyone for their race, religion, nationality, sex, sexuality, disability or age "
            "will be deleted.",
            "That includes remarks about Haitian, Dominican or other island communities, however they are dressed up.",
            "Jibes at Welsh speakers or at English speakers are not welcome, in either language.",
            "Slurs, whether starred out or spelt in full, lead to an immediate ban.",
            "We will not host material that stirs up hatred against any group, even when it is quoted from elsewhere.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect Personal Information",
            "Keep personal details private",
            "Can I post a phone number?",
            "Other people's details",
            "Don't share addresses",
        ),
        (
            "Do not post anyone's home address, phone number, email or car registration, including your own.",
            "Pitch numbers and travel dates of named members should be shared by private message, not on the open "
            "board.",
            "Photographs that clearly show other people should only be posted with their permission.",
            "Health details you share about yourself can be read by anyone; never share someone else's.",
            "Private messages stay private: do not paste them into a public thread without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting Young Members",
            "Children and vulnerable adults",
            "Who is our welfare officer?",
            "Junior paddlers",
            "Keeping people safe",
        ),
        (
            "Juniors use this board too, so keep language and content suitable for them.",
            "Never ask a junior member to contact you privately; arrange anything through a parent or the club's "
            "welfare officer.",
            "If you are worried about someone's safety, contact the welfare officer rather than posting about it.",
            "Images of under-18s are only published with written consent from a parent or guardian.",
            "If someone says they are in crisis, point them to emergency help and tell the moderators straight away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Moderation Times",
            "{Cs} awaiting approval",
            "Please be patient",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait until the next "
            "working day.",
            "A new member's first five {cs} are held for approval; after that they appear straight away.",
            "With a small newsroom in Providenciales, we check {cs} during office hours only.",
            "Please do not send the same {c} twice if it does not show at once: it is in the queue.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep To The Subject",
            "Off-topic {cs}",
            "Right thread, right board",
            "Is this the right place?",
            "Relevance",
        ),
        (
            "Keep {cs} to the story or thread they sit under.",
            "Questions about couplings, DCC decoders or layout wiring belong in the technical section, not the "
            "exhibitions thread.",
            "Off-topic {cs} may be moved to the general chat board or removed without notice.",
            "Please check whether a thread already exists before starting a new one.",
            "Long arguments between two members are better carried on by private message.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and Advertising",
            "Can I sell my van here?",
            "Commercial {cs}",
            "No spam or self-promotion",
        ),
        (
            "Advertising, affiliate links and repeated promotion of a business are removed.",
            "Private sales of boats, paddles and kit go in the For Sale board only, with a price and a location.",
            "Links selling cures, supplements or paid recovery programmes will be deleted and the account suspended.",
            "Traders may post once a month in the Traders' Corner if they have agreed terms with the committee.",
            "Chain letters, petitions and fundraising appeals need a moderator's approval first.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Accounts",
            "One account per person",
            "Who can post?",
            "Usernames",
            "Registration",
        ),
        (
            "{Cs} are published under the name on your account, so please register with your real name.",
            "One account per person: duplicate accounts will be merged or closed.",
            "Usernames that impersonate another member, the editor or the council are not allowed.",
            "Only paid-up members of the society can post; anyone may read the board.",
            "Your account is yours alone; do not let anyone else post from it.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation and Contempt",
            "Don't break the law",
            "Court cases",
            "What about ongoing cases?",
        ),
        (
            "You are legally responsible for what you write, and that includes defamation.",
            "Do not name anyone accused of an offence before they are charged, or discuss a case that is before "
            "the courts.",
            "The laws of the Turks and Caicos Islands apply to everything published on this site.",
            "Allegations of wrongdoing against a named person will be removed unless they are already a matter of "
            "public record.",
            "We will co-operate with the police where the law requires it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and Copyright",
            "Can I post pictures?",
            "Quoting",
            "Your {cs}",
        ),
        (
            "Only post photographs, plans and drawings that you took or made yourself, or have permission to use.",
            "Quote a short passage and link to the rest; do not paste whole articles.",
            "Scans of the mill drawings in our archive are for members' study and must not be reposted elsewhere.",
            "By posting, you allow us to publish your {c} on this site and in print.",
            "Track plans and kit instructions remain the copyright of their makers.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "A moderator looks at every report, usually within a day.",
            "Please report rather than reply: answering a troublesome {c} only draws more attention to it.",
            "You can also email the editor, giving the page and the time of the {c}.",
            "Malicious reports are themselves a breach of these rules.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's Discretion",
            "The Committee's Right",
            "Removal of content",
            "Moderator decisions",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision is final, and arguments about it in public threads will be removed.",
            "If you disagree with a decision, write to the committee secretary rather than reopening the thread.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "We may close a thread or a story to new {cs} at any time.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News Tips",
            "Errors and corrections",
            "Tell the newsroom",
        ),
        (
            "If we have got something wrong, email the newsroom so we can correct it; a {c} may not be seen.",
            "News tips go to the editor by email or WhatsApp, not in the {cs} below.",
            "Corrections are made in the story and noted at the foot of the page.",
            "Got news from up the hollow? Call the office or drop it by before press day.",
            "Mistakes in the timetable or the events list can be sent to the secretary.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "Welsh or English",
            "Which language?",
            "Mind your language",
            "Swearing",
        ),
        (
            "You are welcome to post in Welsh or English; please do not ask others to translate.",
            "Swearing, including words with letters starred out, is not allowed.",
            "Please write in plain language and avoid text-speak so that everyone can follow.",
            "Writing in capitals reads as shouting and is hard for some members to read.",
            "{Cs} in languages our moderators cannot read may be held until they can be checked.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Sanctions",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspension",
            "Enforcement",
        ),
        (
            "A first breach usually earns a warning; repeated breaches lead to suspension.",
            "Serious breaches, such as threats or hate, lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again without notice.",
            "Suspensions last seven days in the first instance and thirty days for a second.",
            "Warnings are sent by private message and are not discussed on the open board.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety",
            "Advice on this board",
            "Is this advice?",
            "Health information",
            "Safety first",
        ),
        (
            "Nothing posted here is medical advice; talk to your GP before changing any treatment.",
            "Please do not push graded exercise or any other regime on members who have not asked for it.",
            "Advice about gas fittings, towing weights or tides is given in good faith; check it with a qualified "
            "person.",
            "Do not post instructions for working the mill machinery; it is only run under a trained miller's "
            "supervision.",
            "If in doubt, ask the club coaches before trying anything new on the water.",
        ),
    ),
)

#: One Welsh heading per item kind, in the table's order: an Anglesey paper prints "Welsh / English".
WELSH_224 = (
    "Byddwch yn gwrtais",
    "Casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadw at y pwnc",
    "Hysbysebu",
    "Cyfrifon",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Hawl y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion a gwaharddiadau",
    "Diogelwch",
)

TITLES_224 = (
    "Comment Policy",
    "Comments policy",
    "Posting Rules",
    "Community Guidelines",
    "Forum Rules",
    "House rules",
    "Board Etiquette",
    "Rheolau / Rules",
    "Rules of the Board",
    "Message board guidelines",
    "Before you post",
    "Members' Forum – Code of Conduct",
)

INTROS_224 = (
    "Please read these rules before posting.",
    "We want this to be a friendly place for everyone who loves mills, old and new.",
    "By posting on this board you agree to the following.",
    "These guidelines apply to all {cs} on our website and our social media pages.",
    "Darllenwch cyn postio. Please read before posting.",
    "The committee has agreed the following rules for the club's message board.",
    "Our {cs} are a place for islanders to talk about the news; a few rules keep it that way.",
)

CLOSINGS_224 = (
    "Thank you for helping to keep the board friendly.",
    "These rules may be updated at any time.",
    "Questions? Contact the moderators.",
    "Diolch. Thank you.",
    "Happy paddling!",
    "Last reviewed by the committee, March 2026.",
    "The Editor",
    "Thanks for reading, and for your {cs}.",
)

AMERICAN_224 = {
    "humour": "humor",
    "behaviour": "behavior",
    "offence": "offense",
    "co-operate": "cooperate",
    "programmes": "programs",
    "spelt": "spelled",
    "colour": "color",
    "organisation": "organization",
    "favour": "favor",
}

_WORDS = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_SHAPES = ("", "", "", "1.", "1.", "1)", "(1)", "a)", "(a)", "i.", "(i)", "•", "-", "*", "Rule 1:", "No. 1", "1 –")
_SMALL = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "y", "yn"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _case(heading: str, case: str) -> str:
    if case == "title":
        return _title_case(heading)
    if case == "sentence":
        return heading[:1].upper() + heading[1:].lower().replace("dcc", "DCC").replace("welsh", "Welsh")
    if case == "upper":
        return heading.upper()
    return heading


def _mark(shape: str, n: int) -> str:
    """The marker of item ``n`` (0-based) in the site's shape."""
    if shape in ("", "•", "-", "*"):
        return shape
    if shape in ("a)", "(a)"):
        return shape.replace("a", "abcdefghijklmnopq"[n])
    if shape in ("i.", "(i)"):
        return shape.replace("i", _ROMAN[n])
    return shape.replace("1", str(n + 1))


def _items_224(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-224 policy. Draws the site's word for what readers send ("comment" 0.75, else post, message,
    reply or contribution, and then its title, opening and closing never say "comment"); two to four items (0.3) or
    seven to all sixteen, in the table's order (0.5) or drawn; one to three of an item's sentences; per site a
    heading case (as written, title, sentence, capitals), a placing of headings (none 0.15, a part of their own,
    or run in before a colon, a stop or a dash), headings in Welsh and English (0.15), in forum asterisks (0.08),
    and a marker shape (none, numbers, letters, roman, bullets, "Rule 1:", "No. 1"); then :func:`_furnish`."""
    word, words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(_WORDS)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_224))
    picked = rng.sample(range(len(REWORDINGS_224)), count)
    if rng.random() < 0.5:
        picked.sort()
    case = rng.choice(("as", "as", "title", "sentence", "upper"))
    placing = "none" if rng.random() < 0.15 else rng.choice(("own", "own", "own.", ":", ".", " –", " -"))
    welsh = rng.random() < 0.15
    stars = rng.random() < 0.08
    shape = rng.choice(_SHAPES)
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked):
        headings, sentences = REWORDINGS_224[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))
        parts = [sentences[i].format(**fill) for i in chosen]
        mark = _mark(shape, n)
        heading = "" if placing == "none" else _case(rng.choice(headings).format(**fill), case)
        if heading and welsh:
            heading = _case(WELSH_224[kind], case) + " / " + heading
        if not heading:
            first = parts[0]
            parts[0] = (mark + " " + first) if mark else first
            items.append(("", *parts))
            continue
        if placing.startswith("own"):
            if placing == "own." and heading[-1] != "?":
                heading += "."
            heading = "**" + heading + "**" if stars else heading
            items.append(((mark + " " + heading) if mark else heading, *parts))
            continue
        lead = heading if heading[-1] == "?" and placing in (":", ".") else heading + placing
        parts[0] = ("**" + lead + "**" if stars else lead) + " " + parts[0]
        items.append(("", *(((mark + " " + parts[0]) if mark else parts[0]), *parts[1:])))
    says = word == "comment"
    titles = [t for t in TITLES_224 if says or not _says_comment(t)]
    intros = [t.format(**fill) for t in INTROS_224 if says or not _says_comment(t)]
    closings = [t.format(**fill) for t in CLOSINGS_224 if says or not _says_comment(t)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_224)
