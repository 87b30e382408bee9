"""The ``reworded-167`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Niuean community news, Tiree island papers, South Dakota prairie weeklies, kabaddi clubs,
woodturning associations, psoriasis forums, mooring-holders' associations, Victorian-bathhouse friends.

Written blind: from how such sites word and print their posting rules, letters and comment policies, members'
board rules and forum guidelines, without reading the cleaner's code, docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _american_with, _furnish, _says_comment

#: Sixteen item kinds, each (headings, sentences): five or six headings (a question or two among them, in sentence
#: case as written) and five sentences, in British spelling (``AMERICAN_167`` for the American printing). ``{c}``,
#: ``{cs}``, ``{C}`` and ``{Cs}`` stand for the site's word for what readers send (``_NOUNS_167``).
REWORDINGS_167 = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "Play the ball, not the player",
            "Treat others as you would at the clubhouse",
            "Mind your manners",
            "Is it kind?",
        ),
        (
            "Disagree by all means, but do it with courtesy.",
            "Personal attacks on other members, players, officials or staff will be removed.",
            "Name-calling, sneering and goading have no place in these {cs}.",
            "Remember that a real person, quite possibly your neighbour, will read your {c}.",
            "Criticise the idea, the decision or the policy, never the person behind it.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Hate speech",
            "Discrimination",
            "Zero tolerance for hatred",
            "What counts as hateful?",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, nationality, sex, sexuality,"
            " disability or age.",
            "Slurs, stereotypes and 'jokes' at the expense of a group of people will be deleted without warning.",
            "Remarks about anyone's skin, body or appearance are not acceptable here.",
            "This includes hatred dressed up as humour or as 'just asking questions'.",
            "Accounts used to spread hateful material are closed straight away.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your own privacy",
            "Respect other people's privacy",
            "Whose information is it?",
        ),
        (
            "Do not post anyone's address, phone number, email, mooring number or car registration.",
            "Think twice before sharing details of your own health or treatment, as this board can be read by anyone.",
            "Photographs taken inside the baths or changing rooms must never be posted.",
            "Private messages are private: do not copy them into a public {c} without the sender's permission.",
            "If you share a photo of your skin, crop out your face, tattoos and anything else that could identify you.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting junior players",
            "Safeguarding concerns",
            "Is a child at risk?",
        ),
        (
            "Do not name, tag or post images of junior players without written consent from a parent or guardian.",
            "If you are worried about the welfare of a child or vulnerable adult, contact our welfare officer"
            " directly rather than posting about it.",
            "Members under 16 need a parent's or guardian's permission to join the forum.",
            "Never use this site to arrange to meet a young person.",
            "Concerns raised here will be passed to the safeguarding lead and, where necessary, to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Delays in publishing",
        ),
        (
            "Every {c} is read by a volunteer before it goes live, so there may be a delay.",
            "Our moderators are volunteers, so please allow up to two days.",
            "{Cs} sent in the evening or at weekends may not appear until the next working day.",
            "Sending the same {c} again will not speed it up and may land it in the spam filter.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Stick to the subject",
            "Off-topic posts",
            "Post in the right section",
            "Right place?",
        ),
        (
            "Please keep {cs} relevant to the story or thread they appear under.",
            "Questions about mooring fees and the waiting list belong in the Members' Area, not under news items.",
            "Threads that drift into national politics will be locked.",
            "Start a new thread rather than taking over someone else's.",
            "Off-topic {cs} may be moved or removed without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Can I advertise?",
        ),
        (
            "Advertising is not allowed anywhere except the For Sale and Wanted board.",
            "Do not promote creams, diets, supplements or 'cures' of any kind.",
            "Links to your own business, shop or channel will be removed unless the moderators have agreed to them.",
            "Chain letters, repeated posts and money-making schemes are treated as spam.",
            "Businesses wishing to advertise in the paper should contact our advertising department for rates.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Names and accounts",
            "One member, one account",
            "Who are you?",
        ),
        (
            "{Cs} must carry the writer's full name and home town.",
            "We do not publish anonymous {cs}.",
            "Each member may hold one account; duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, a club official or a member of staff.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Contempt of court",
            "Is it legal?",
        ),
        (
            "Do not post anything defamatory: if you cannot prove it, do not say it.",
            "Do not discuss cases that are still before the courts.",
            "Allegations of crime against named people will not be published.",
            "Remember that you, as well as the publisher, can be held legally responsible for what you write.",
            "Comments are switched off on court reports for legal reasons.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Quoting others",
            "Can I post this picture?",
        ),
        (
            "Only post photographs, drawings and text that you own or have permission to use.",
            "Short quotations are fine if you say where they come from; whole articles are not.",
            "Project plans from books and magazines are copyright, so link to them rather than copying them out.",
            "By posting a photo you allow us to use it in the newsletter, with credit to you.",
            "Anything posted in breach of copyright will be taken down at the owner's request.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "Flagging posts",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report, don't reply: answering a troll only feeds it.",
            "You can email the moderators instead, telling us which {c} and why.",
            "Every report is read, though we cannot always reply to each one.",
            "Reporting a {c} does not mean it will be removed, only that it will be looked at.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's decision",
            "Our discretion",
            "The final say",
            "Editorial discretion",
            "Who decides?",
        ),
        (
            "The editor's decision on what is published is final.",
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "Publishing a {c} does not mean the association agrees with it.",
            "Views expressed are those of the writers and not of the committee.",
            "We may close a discussion at any time once it has run its course.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Tell us your news",
        ),
        (
            "If we have got something wrong, email the editor and we will put it right.",
            "Corrections are dealt with by the editor, not in the {cs} below.",
            "Got a story from your village, club or farm? We would love to hear it.",
            "Please send news, photos and event dates by noon on Thursday for the following week's paper.",
            "Results and match reports from the weekend are welcome; send them to the club secretary.",
        ),
    ),
    (  # language
        (
            "Language",
            "Keep it clean",
            "Bad language",
            "Write plainly",
            "Which language can I use?",
        ),
        (
            "Swearing is not allowed, including swearing with the letters starred out.",
            "Please don't write in capital letters; it reads as shouting.",
            "{Cs} may be written in English or in our own language, and both are treated alike.",
            "Text-speak and long strings of emojis make {cs} hard to read.",
            "Keep it family-friendly: younger members read this board too.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "Suspensions",
            "What happens if I break the rules?",
        ),
        (
            "Members who break these rules will first be given a warning.",
            "Repeated or serious breaches will lead to a suspension or a permanent ban.",
            "Anyone banned who rejoins under another name will be removed again.",
            "Bans are decided by the committee and may be appealed in writing to the secretary.",
            "A record of warnings is kept for twelve months.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on this site",
            "Not a substitute for professional advice",
            "Is it safe?",
        ),
        (
            "Nothing posted here replaces advice from your own doctor, dermatologist or pharmacist.",
            "Never stop or change a treatment because of something you read in a {c}.",
            "Tips shared here are followed at your own risk; always wear a face shield at the lathe.",
            "Weather and tide information from members is no substitute for the harbour master's notices.",
            "Kabaddi is a contact sport, and training advice on this board does not replace a qualified coach.",
        ),
    ),
)

#: What a site calls its readers' posts, (singular, plural); a quarter of sites never say "comment".
_NOUNS_167 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

TITLES_167 = (
    "Posting rules",
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Rules for {cs}",
    "Before you post",
    "Comment policy",
    "Members' board rules",
    "Guidelines for contributors",
    "Letters and comments policy",
    "Rules of the noticeboard",
    "Letters to the editor policy",
)

INTROS_167 = (
    "Please read these rules before posting.",
    "These guidelines help keep the forum a friendly and useful place for everyone.",
    "By sending a {c} you agree to the following.",
    "We welcome {cs} from readers, subject to a few simple rules.",
    "The committee has agreed the following rules for the members' board.",
    "Fakalofa lahi atu, and thank you for joining the conversation.",
    "Fàilte! A few house rules before you join in.",
)

CLOSINGS_167 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed by the committee at any time.",
    "Our full terms of use are on the Terms page.",
    "Questions about these rules? Email the moderators.",
    "Comments close seven days after a story is published.",
    "Fakaaue lahi – thank you.",
    "Tapadh leibh – thank you.",
    "Happy turning!",
)

_NEWS_167 = frozenset({"niue", "tiree", "dakota"})
_CLUBS_167 = frozenset({"kabaddi", "woodturning", "mooring", "bathhouse"})

#: Lines only some kinds of site print (by the text as written); every other line any site may print.
_ONLY_167 = {
    "Protecting junior players": frozenset({"kabaddi"}),
    "Medical advice": frozenset({"psoriasis"}),
    "Do not post anyone's address, phone number, email, mooring number or car registration.": frozenset(
        {"mooring", "tiree", "niue"}
    ),
    "Think twice before sharing details of your own health or treatment, as this board can be read by anyone.": (
        frozenset({"psoriasis"})
    ),
    "Photographs taken inside the baths or changing rooms must never be posted.": frozenset({"bathhouse"}),
    "If you share a photo of your skin, crop out your face, tattoos and anything else that could identify you.": (
        frozenset({"psoriasis"})
    ),
    "Do not name, tag or post images of junior players without written consent from a parent or guardian.": (
        frozenset({"kabaddi"})
    ),
    "Questions about mooring fees and the waiting list belong in the Members' Area, not under news items.": (
        frozenset({"mooring"})
    ),
    "Do not promote creams, diets, supplements or 'cures' of any kind.": frozenset({"psoriasis"}),
    "Businesses wishing to advertise in the paper should contact our advertising department for rates.": _NEWS_167,
    "{Cs} must carry the writer's full name and home town.": _NEWS_167,
    "Comments are switched off on court reports for legal reasons.": _NEWS_167,
    "Project plans from books and magazines are copyright, so link to them rather than copying them out.": (
        frozenset({"woodturning"})
    ),
    "By posting a photo you allow us to use it in the newsletter, with credit to you.": _CLUBS_167,
    "Got a story from your village, club or farm? We would love to hear it.": _NEWS_167,
    "Please send news, photos and event dates by noon on Thursday for the following week's paper.": _NEWS_167,
    "Results and match reports from the weekend are welcome; send them to the club secretary.": frozenset({"kabaddi"}),
    "{Cs} may be written in English or in our own language, and both are treated alike.": frozenset({"niue", "tiree"}),
    "Nothing posted here replaces advice from your own doctor, dermatologist or pharmacist.": frozenset({"psoriasis"}),
    "Never stop or change a treatment because of something you read in a {c}.": frozenset({"psoriasis"}),
    "Tips shared here are followed at your own risk; always wear a face shield at the lathe.": frozenset(
        {"woodturning"}
    ),
    "Weather and tide information from members is no substitute for the harbour master's notices.": frozenset(
        {"mooring"}
    ),
    "Kabaddi is a contact sport, and training advice on this board does not replace a qualified coach.": frozenset(
        {"kabaddi"}
    ),
    "Members' board rules": _CLUBS_167,
    "Letters and comments policy": _NEWS_167,
    "Letters to the editor policy": frozenset({"dakota"}),
    "The committee has agreed the following rules for the members' board.": _CLUBS_167,
    "Fakalofa lahi atu, and thank you for joining the conversation.": frozenset({"niue"}),
    "Fàilte! A few house rules before you join in.": frozenset({"tiree"}),
    "Comments close seven days after a story is published.": _NEWS_167,
    "Fakaaue lahi – thank you.": frozenset({"niue"}),
    "Tapadh leibh – thank you.": frozenset({"tiree"}),
    "Happy turning!": frozenset({"woodturning"}),
    "Agreed at the AGM, June 2024.": _CLUBS_167,
    "Publishing a {c} does not mean the association agrees with it.": _CLUBS_167 | {"psoriasis"},
}

#: A line some sites print below everything else.
AFTERWORDS_167 = (
    "Last updated: March 2025",
    "Agreed at the AGM, June 2024.",
    "Back to top",
    "Terms | Privacy | Contact the moderators",
    "Rules reviewed annually by the committee.",
)

AMERICAN_167 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "humour": "humor",
    "harbour": "harbor",
    "behaviour": "behavior",
    "colour": "color",
    "licence": "license",
    "offence": "offense",
}

_SMALL_167 = {"a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to", "not"}


def _title_case_167(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_167 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _cased_167(text: str, case: str) -> str:
    if case == "title":
        return _title_case_167(text)
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    return text


def _roman_167(number: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += digits
            number -= value
    return out


def _marker_167(rng: random.Random, run_in: bool) -> Callable[[int], str] | None:
    """How a site marks its items (None: not at all), as a function of the item's number."""
    kind = rng.choices(("none", "number", "letter", "roman", "bullet", "rule"), (0.3, 0.25, 0.1, 0.1, 0.18, 0.07))[0]
    if kind == "number":
        shape = rng.choice(("{}.", "{}.", "{})", "({})", "{} -"))
        return shape.format
    if kind == "letter":
        shape = rng.choice(("{})", "({})", "{}.", "{}."))
        upper = rng.random() < 0.3
        return lambda n: shape.format(chr(ord("A" if upper else "a") + (n - 1) % 26))
    if kind == "roman":
        shape = rng.choice(("{}.", "({})", "{})"))
        upper = rng.random() < 0.4
        return lambda n: shape.format(_roman_167(n).upper() if upper else _roman_167(n))
    if kind == "bullet":
        bullet = rng.choice(("•", "•", "-", "*", "–", "»", "◦"))
        return lambda n: bullet
    if kind == "rule":
        shape = "Rule {}." if run_in else rng.choice(("Rule {}.", "Rule {}:", "Rule {} –"))
        return shape.format
    return None


def _items_167(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-167 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: which of the eight kinds it is (some lines only some kinds print; a South Dakota weekly prints
    American spelling); its word for a post (a quarter of sites never say "comment", and print nothing that does);
    two to four items (0.25) or five to sixteen (of the kinds the site has lines for), in the table's order (0.5) or
    shuffled; headings on a part of their own (0.5, then nothing, a stop or a colon after them), run in before a
    colon, stop or dash (0.35), or none (0.15; and 0.08 for any one item), in sentence, title, upper or lower case;
    markers numbered, lettered, roman, bulleted or "Rule N", or none (0.3), now and then on a part of their own; one
    to three sentences an item, sometimes run into one part, or the second and third as sub-points. Then
    ``_furnish``'s opening, closing and title lines, and a line below everything (0.15)."""
    site = rng.choice(("niue", "tiree", "dakota", "kabaddi", "woodturning", "psoriasis", "mooring", "bathhouse"))
    plain = rng.random() < 0.25  # this site never says "comment"
    nouns_here = [pair for pair in _NOUNS_167 if pair[0] != "letter" or site in _NEWS_167]
    noun, nouns = rng.choice([pair for pair in nouns_here if not plain or pair[0] != "comment"])

    def fill(text: str) -> str:
        text = text.format(c=noun, cs=nouns, C=noun.capitalize(), Cs=nouns.capitalize())
        return _american_with(AMERICAN_167, text) if site == "dakota" else text

    def fitting(texts: tuple[str, ...]) -> list[str]:
        filled = [fill(text) for text in texts if site in _ONLY_167.get(text, (site,))]
        return [text for text in filled if not (plain and _says_comment(text))]

    open_kinds = [kind for kind, (_, sentences) in enumerate(REWORDINGS_167) if fitting(sentences)]
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, len(REWORDINGS_167))
    kinds = rng.sample(open_kinds, min(count, len(open_kinds)))
    if rng.random() < 0.5:
        kinds.sort()
    placing = rng.choices(("own", "run", "none"), (0.5, 0.35, 0.15))[0]
    case = rng.choices(("as", "title", "upper", "lower"), (0.45, 0.3, 0.18, 0.07))[0]
    end = rng.choice(("", "", ".", ":"))  # after a heading on a part of its own
    join = rng.choice((": ", ": ", ". ", " – ", " — ", " - "))  # between a run-in heading and its sentence
    marker = _marker_167(rng, placing == "run")
    alone = marker is not None and placing == "own" and rng.random() < 0.06  # the marker on a part of its own
    lump = rng.random() < 0.2  # an item's sentences printed as one paragraph
    sub = "" if lump or rng.random() >= 0.1 else rng.choice(("– ", "- ", "o "))  # later sentences as sub-points

    items: list[tuple[str, ...]] = []
    for kind in kinds:
        headings, sentences = REWORDINGS_167[kind]
        said = fitting(sentences)
        many = min(rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0], len(said))
        chosen = [said[i] for i in sorted(rng.sample(range(len(said)), many))]
        if sub:
            chosen = chosen[:1] + [sub + sentence for sentence in chosen[1:]]
        if lump:
            chosen = [" ".join(chosen)]
        heading = ""
        if placing != "none" and rng.random() >= 0.08:
            heading = _cased_167(rng.choice(fitting(headings)), case)
        if heading and placing == "run":
            parts: tuple[str, ...] = ("", heading + (" " if heading.endswith("?") else join) + chosen[0], *chosen[1:])
        elif heading:
            parts = (heading if heading.endswith("?") else heading + end, *chosen)
        else:
            parts = ("", *chosen)
        if marker is not None:
            mark = marker(len(items) + 1)
            if alone and parts[0]:
                parts = (mark, *parts)
            elif parts[0]:
                parts = (f"{mark} {parts[0]}", *parts[1:])
            else:
                parts = ("", f"{mark} {parts[1]}", *parts[2:])
        items.append(parts)

    items = _furnish(items, rng, fitting(INTROS_167), fitting(CLOSINGS_167), fitting(TITLES_167), AMERICAN_167)
    if rng.random() < 0.15:
        items.append(("", rng.choice(fitting(AFTERWORDS_167))))
    return items
