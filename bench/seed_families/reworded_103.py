"""The ``reworded-103`` family: posting rules as Faroese and Shetland-adjacent English pages, Perthshire and Angus
papers, Upper Michigan and Wisconsin Northwoods weeklies, kayak-polo clubs, pottery co-ops, youth-homelessness
charities, vintage motorcycle clubs and community choirs for people with dementia word and print them. Written blind:
from how such sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_103` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_103: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect one another",
            "Play the ball, not the player",
            "Keep it friendly",
            "Can I disagree with someone?",
            "How should I treat other readers?",
        ),
        (
            "Disagree as much as you like, but do it without name-calling, sneering or personal attacks.",
            "Treat everyone here as you would a neighbour you meet at the shop or on the ferry.",
            "{Cs} that bully, belittle or goad another reader will be taken down, whoever started it.",
            "Argue with the point someone makes, not with the person making it.",
            "Many of our members are living with dementia or caring for someone who is, so please be patient and kind.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Hate speech and prejudice",
            "Everyone is welcome here",
            "Is there anything I can never say?",
        ),
        (
            "We do not publish anything that attacks people for their race, nationality, religion, sex, sexuality, "
            "gender identity, disability or age.",
            "Sneering at incomers, at islanders, at tribal members or at folk from the next glen over is not banter, "
            "and it will be removed.",
            "Remarks about people who are homeless, or about how they came to be homeless, are treated the same way.",
            "Stereotypes dressed up as jokes count too.",
            "Hate speech can also be a crime, and where we think it is we will pass it to the police.",
        ),
    ),
    (  # privacy and safeguarding
        (
            "Privacy",
            "Keep personal details private",
            "Safeguarding",
            "Young people and vulnerable adults",
            "Can I name someone in my {c}?",
        ),
        (
            "Do not post anyone's address, phone number, workplace or car registration, and that includes your own.",
            "Never name or describe a young person we support, even to wish them well; a first name and a town can be "
            "enough to find someone who does not want to be found.",
            "Please do not share photographs of choir members without asking them, and their carer, first.",
            "If you think a child or a vulnerable adult is at risk, do not write about it here: e-mail our "
            "safeguarding lead at safeguarding@firstdoorhome.org.uk or, in an emergency, call the police.",
            "Private messages are private, so do not copy one into a public thread without the sender's say-so.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Waiting for approval",
            "Why hasn't my {c} appeared?",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a person before it appears, so there may be a wait.",
            "Our moderators are volunteers who mostly check the queue in the evenings, and at weekends it can take "
            "longer.",
            "Over the opening week of the rifle deer season the office runs short-handed, so please bear with us.",
            "When gales take the broadband down on the isles, {cs} can sit in the queue for a day or more.",
            "Sending the same {c} again will not speed it up; it only adds to the pile.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Relevance",
            "Where should I ask about something else?",
        ),
        (
            "Please keep {cs} to the subject of the article or thread they sit under.",
            "Questions about pool sessions, boats or subs belong in the members' area, not under a match report.",
            "Kiln bookings, firing dates and shelf space are dealt with on the studio board, not here.",
            "Threads that wander off into national politics or the price of fuel may be closed.",
            "If you want to raise something we have not covered, send it to the newsdesk instead at "
            "news@strathtayherald.co.uk.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Selling and spam",
            "Adverts and promotion",
            "Commercial {cs}",
            "Can I sell something here?",
        ),
        (
            "Do not use {cs} to advertise a business, a product, a raffle or a crowdfunder.",
            "Spares, projects and whole machines can be listed in the club's For Sale pages, open to members from the "
            "menu.",
            "Links to shops, betting sites or anything we did not ask for will be treated as spam and deleted.",
            "Potters may mention a show or an open studio once, with the dates, but not in every thread.",
            "Repeated {cs} from the same address will be blocked without warning.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "Names and accounts",
            "One person, one account",
            "Who can post?",
            "Can I stay anonymous?",
        ),
        (
            "We ask you to use your own first name and surname; pen names and initials are not published.",
            "Members may go by their club nickname, as long as the committee knows who is behind it.",
            "Only one account per person is allowed, and a second account opened to get round a ban will be closed "
            "along with the first.",
            "Do not pretend to be someone else, including a member of staff, a coach or a public figure.",
            "Young people we support may use a first name only, and we will never ask them for more.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Libel and contempt",
            "Court cases",
            "Could my {c} get me into trouble?",
        ),
        (
            "You are legally responsible for what you write, and that includes anything you repeat from elsewhere.",
            "Do not say that someone has committed a crime unless they have been convicted of it.",
            "Once someone has been arrested or charged in Scotland the case is live, and anything about their guilt, "
            "the evidence or their character can be contempt of court.",
            "Defamation law applies on both sides of the state line, online just as much as in print.",
            "If we are told something you wrote is unlawful we will take it down, and we may have to hand over what "
            "we hold about you.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Copying articles",
            "Can I share a photo I found?",
        ),
        (
            "Do not paste whole articles from this or any other paper; a short quote and a link are fine.",
            "Only upload photographs you took yourself or have permission to use, and say whose they are.",
            "Glaze recipes in the co-op's workbook belong to the potter who worked them out, so ask before you "
            "publish one.",
            "The choir's arrangements are licensed for members' use only and must not be posted or recorded for "
            "sharing.",
            "Old workshop manuals and factory brochures can still be in copyright long after the maker has gone.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "Tell us which rule you think it breaks; it helps us deal with it faster.",
            "You can also e-mail moderators@nordlysnews.fo with a link to the thread.",
            "Please do not answer a troll in the thread; report it and leave it with us.",
            "Reports are read in confidence, and nobody is told who made one.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "The editor's call",
            "Our right to edit",
            "Why was my {c} removed?",
        ),
        (
            "We may remove or edit any {c}, for any reason, and we do not always explain why.",
            "The committee has the final say on what stays up in the club's forum.",
            "Taking part here is a privilege, not a right, and it can be withdrawn.",
            "We will not be drawn into long arguments about one decision; if you want it looked at again, write to "
            "the editor.",
            "Approving a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Errors and news tips",
            "Got a story?",
            "Spotted a mistake?",
            "Is something in the article wrong?",
        ),
        (
            "If we have got something wrong, please tell the newsdesk directly rather than leaving a {c}.",
            "Corrections are made to the article itself and noted at the foot of it.",
            "News tips, results and photographs for the paper can be sent to newsdesk@forfardispatch.co.uk.",
            "Tournament results should go to the secretary so they can be checked before they are published.",
            "We do not fix typing slips in {cs}, so read yours over before you send it.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which language should I use?",
            "Can I write in Faroese?",
        ),
        (
            "Please write in English so that everyone can follow; a line of Faroese, Danish, Scots or Doric is fine "
            "if you give the gist.",
            "No swearing, and that includes swear words with letters starred out.",
            "Writing in capitals reads as shouting and is hard on the eyes, so please don't.",
            "Ojibwe words and place names are welcome and will be left as you wrote them.",
            "Long strings of emojis or text-speak may be held back.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspensions",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "Most people get a friendly word first, by private message.",
            "A second breach usually means a week's suspension from posting.",
            "Serious or repeated breaches lead to a permanent ban and the account being closed.",
            "Threats of violence are passed to the police straight away, with no warning given.",
            "If you think you were banned in error, write to the moderators once, calmly, and we will look again.",
        ),
    ),
    (  # safety and wellbeing
        (
            "Your wellbeing",
            "Looking after yourself",
            "Safety",
            "Need help now?",
            "Is this a place to ask for help?",
        ),
        (
            "This forum is not watched around the clock, so if someone is in danger, call the emergency services.",
            "If you are under 25 and have nowhere safe to stay tonight, contact our duty team instead of posting here.",
            "You can talk to Samaritans at any hour, free, on 116 123.",
            "Advice on riding, paddling or firing given here is one member's view; check it with someone qualified "
            "before you rely on it.",
            "Never go out on the water alone to try a move you have read about here.",
        ),
    ),
)

#: Lines a site prints before its rules.
INTROS_103 = (
    "We welcome your {cs}, and we want this to stay a place where people can talk without being shouted down.",
    "Please take a minute to read our rules before you join in.",
    "These rules apply to every {c} on this site and on our social media pages.",
    "The guidelines below were agreed by the committee and are looked at again every year at the AGM.",
    "By sending a {c} you agree to the rules below.",
    "Our readers are spread across the county and well beyond it, and these rules keep the conversation useful for "
    "all of them.",
    "We read every comment before it goes up, and these are the rules we read them by.",
)

#: Lines a site prints after its rules.
CLOSINGS_103 = (
    "Thanks for reading, and thanks for keeping it civil.",
    "These rules may change; the latest version will always be on this page.",
    "Questions about these rules can be sent to the editor at editor@northwoodsledger.com.",
    "Takk fyri, and enjoy the conversation.",
    "Last reviewed by the committee in March.",
    "If in doubt, leave it out.",
    "We are grateful to everyone who helps keep this a friendly corner of the web.",
)

#: Title lines over a site's rules.
TITLES_103 = (
    "Comment policy",
    "Comment guidelines",
    "House rules",
    "Rules for posting",
    "Community guidelines",
    "Guidelines for {cs}",
    "Forum rules",
    "Before you post",
    "Our rules",
    "Taking part: the rules",
)

#: British spellings in the tables above and their American forms, as a Northwoods weekly would print them.
AMERICAN_103 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "wellbeing": "well-being",
    "favour": "favor",
    "colour": "color",
    "honour": "honor",
    "rumour": "rumor",
    "offence": "offense",
    "defence": "defense",
    "judgement": "judgment",
    "organise": "organize",
    "apologise": "apologize",
    "recognise": "recognize",
    "programme": "program",
    "centre": "center",
    "travelling": "traveling",
    "cancelled": "canceled",
    "tyre": "tire",
    "mould": "mold",
    "enquir": "inquir",
    "counsell": "counsel",
    "e-mail": "email",
    "at weekends": "on weekends",
    "whilst": "while",
    "towards": "toward",
    "car registration": "license plate",
    "typing slips": "typos",
}

_NOUNS_103: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_SMALL_103 = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "my"))
_WORDS_103 = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
)
_NUMBERED_103 = ("{n}.", "{n})", "{n} \u2013", "{n:02d}.", "#{n}", "Rule {n}.", "No. {n}:")
_LETTERED_103 = ("{a}.", "({a})", "{A})")
_SPELLED_103 = ("Rule {w}:", "{W}.", "Rule {W} \u2013")
_BULLETS_103 = ("\u2022", "\u2013", "*", "\u2713", "\u203a", "\u25a0", "+")
_OWN_LINE_103 = ("", ":", ".")
_RUN_IN_103 = (": ", " \u2014 ", " \u2013 ", " - ", ". ")


def _title_103(text: str) -> str:
    """``text`` in title case: every word capitalised but the short ones after the first."""
    out = []
    for word in text.split(" "):
        out.append(word if out and word.lower() in _SMALL_103 else word[:1].upper() + word[1:])
    return " ".join(out)


#: How a site sets its headings, from the sentence case they are written in.
_CASES_103 = {"sentence": str, "title": _title_103, "capitals": str.upper}


def _site_words_103(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` in the site's words, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _marker_103(shape: str, n: int) -> str:
    """The marker for the ``n``-th item (from 0) in ``shape``, with the space after it; none for no shape."""
    if not shape:
        return ""
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    word = _WORDS_103[n] if n < len(_WORDS_103) else str(n + 1)
    return shape.format(n=n + 1, a=letter, A=letter.upper(), w=word, W=word.capitalize()) + " "


def _items_103(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.15 more, which say it too) "post", "message", "reply" or "contribution". Two or three kinds
    0.15 of the time, else four to twelve, in the table's order (0.65) or as drawn; for each, one heading (a question
    where the kind has one, in a fifth of the policies, of which 0.35 set them as "Q:" with the first sentence after
    "A:") and one of its sentences (0.45), two (0.4) or three, in order, as parts of their own or (0.15 of the
    policies) run together in one. Headings as written in sentence case, in title case or in capitals; on a part of
    their own (bare, or after a colon or a full stop) or run in before a colon, an em or en dash, a hyphen or a full
    stop; one way for the whole policy or (0.15) each item its own; none at all (0.15) or none for one item (0.08).
    Items numbered (figures, "Rule 1.", "No. 1:", "#1"), lettered, counted in words, bulleted or neither, the marker
    before whatever the item prints first. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_103)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_103[noun], "C": noun.capitalize(), "Cs": _NOUNS_103[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_103)), count)
    if rng.random() < 0.65:
        picked.sort()
    headless = rng.random() < 0.15
    questions = rng.random() < 0.2
    faq = questions and rng.random() < 0.35
    joined = rng.random() < 0.15
    set_case = _CASES_103[rng.choices(tuple(_CASES_103), (0.45, 0.3, 0.25))[0]]
    policy_way = (rng.choice(("own", "run-in")), rng.choice(_OWN_LINE_103), rng.choice(_RUN_IN_103))
    mixed = rng.random() < 0.15
    style = rng.choices(("none", "numbered", "lettered", "spelled", "bulleted"), (0.35, 0.3, 0.07, 0.05, 0.23))[0]
    shapes = {
        "none": ("",),
        "numbered": _NUMBERED_103,
        "lettered": _LETTERED_103,
        "spelled": _SPELLED_103,
        "bulleted": _BULLETS_103,
    }
    shape = rng.choice(shapes[style])
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_site_words_103(texts, words, no_comment) for texts in REWORDINGS_103[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        plain = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else plain)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if joined:
            chosen = [" ".join(chosen)]
        marker = _marker_103(shape, len(items))
        where, end, joint = policy_way
        if mixed:
            where, end, joint = rng.choice(("own", "run-in")), rng.choice(_OWN_LINE_103), rng.choice(_RUN_IN_103)
        asking = heading.endswith("?")
        if asking and faq:
            items.append((marker + "Q: " + heading, "A: " + chosen[0], *chosen[1:]))
            continue
        if heading and where == "own":
            items.append((marker + heading + ("" if asking else end), *chosen))
            continue
        if heading:
            chosen[0] = (heading if asking else heading + joint.rstrip()) + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _site_words_103(texts, words, no_comment) for texts in (INTROS_103, CLOSINGS_103, TITLES_103)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_103)
