"""The ``reworded-115`` family: posting rules as Cook Islands and Niue news sites, Isle of Wight papers, Kansas Flint
Hills weeklies, bouldering collectives, letterpress studios, community transport schemes, long-COVID support groups
and brass-band associations word and print them. Written blind: from how such sites put their rules, not from the
cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_115` is (headings, sentences), written in sentence case and British spelling (a site
may print it in American spelling by :data:`AMERICAN_115`); ``{c}`` and ``{cs}`` stand for the word a site uses for
what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment" prints the same rules
with "post", "message", "reply", "contribution" or "submission"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order a site tends to print them: (headings, sentences). Every kind has a
#: question among its headings. Each sentence choice is one sentence or two; a site may add a sentence of another
#: choice of the same kind after it.
REWORDINGS_115 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Disagree well",
            "Courtesy costs nothing",
            "Would you say it face to face?",
            "Play nicely",
        ),
        (
            ("Be kind to each other, even when you disagree.",),
            (
                "Argue with the point someone has made, not with the person who made it.",
                "Personal attacks will be removed.",
            ),
            ("Everyone here is dealing with something, so please be patient with other members.",),
            (
                "We want {cs} to be lively but courteous.",
                "Name-calling, sneering and baiting other readers are not welcome.",
            ),
            ("If you would not say it to someone's face at the bandroom door, please do not say it here.",),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance for discrimination",
            "No racism, sexism or bigotry",
            "Everyone is welcome here",
            "What counts as hate?",
        ),
        (
            (
                "We do not allow {cs} that attack people for their race, ethnicity, religion, gender, sexuality, "
                "disability or age.",
            ),
            (
                "Racist, sexist, homophobic and transphobic {cs} will be removed without warning.",
                "Repeat offenders will be blocked.",
            ),
            ("Slurs are not allowed here, even as a joke or in quotation marks.",),
            (
                "Our community includes people of every background and ability.",
                "Anything that demeans a group of people has no place here.",
            ),
            (
                "{Cs} that stir up hatred against Pacific communities, migrants or any other group will not be "
                "published.",
            ),
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Keep personal details private",
            "Respect people's privacy",
            "Can I share someone's phone number?",
            "No doxxing",
            "What is shared here stays here",
        ),
        (
            ("Do not post anyone's address, phone number, email or workplace, including your own.",),
            (
                "Please do not share details of another member's health without their clear permission.",
                "What is said in the group stays in the group.",
            ),
            ("Photos of other climbers should only be shared if they have agreed to it.",),
            ("Never post screenshots of private messages without the sender's consent.",),
            (
                "We will remove any {c} that identifies a private individual who is not already part of the story.",
                "That includes the passengers and drivers on our services.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Keeping children and vulnerable people safe",
            "Look out for each other",
            "Worried about someone?",
            "Protecting young people",
            "Under 18?",
        ),
        (
            ("Do not name or post pictures of children other than your own.",),
            ("Never identify a child or young person involved in a court case or a safeguarding matter.",),
            (
                "Some of our junior band members are under 18, so adult members must not message them directly.",
                "Any contact should go through their section leader or a parent.",
            ),
            (
                "If you think someone is at risk of harm, contact our safeguarding lead straight away.",
                "If they are in immediate danger, call the emergency services first.",
            ),
            (
                "If a member tells the group they are in crisis, please do not try to handle it alone in the thread.",
                "Tag a moderator and share the helpline numbers pinned at the top of the group.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "All {cs} are checked first",
            "Why hasn't my {c} appeared?",
            "Please be patient",
            "When will my {c} go live?",
            "Pre-moderation",
        ),
        (
            ("Every {c} is read by a moderator before it appears, which can take a while.",),
            (
                "Our moderators are volunteers, so {cs} sent in the evening or at the weekend may not be approved "
                "until the next working day.",
            ),
            (
                "{Cs} are approved during office hours, Rarotonga time.",
                "Please do not send the same {c} twice if it does not appear straight away.",
            ),
            (
                "The first few {cs} from a new member are held for review.",
                "After that, yours will go up straight away.",
            ),
            ("We go through {cs} once a week, before the paper goes to press on Tuesday.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Stick to the subject",
            "Is this the right place for it?",
            "On topic, please",
            "One thread, one subject",
        ),
        (
            ("Please keep your {cs} to the subject of the story.",),
            ("Off-topic {cs} may be moved or deleted.", "Use the general chat thread for anything else."),
            (
                "This page is for setting news, session times and collective notices.",
                "Kit sales and lifts to the crag have their own threads.",
            ),
            ("Respond to the article in front of you rather than to other readers or old arguments.",),
            ("Contest results, registrations and band gradings belong in their own section of the forum.",),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "No spam or self-promotion",
            "Selling something?",
            "Commercial posts",
            "Can I promote my business?",
            "Spam",
        ),
        (
            ("Do not use {cs} to advertise products, services or events.",),
            (
                "Links to commercial websites will be removed.",
                "If you would like to advertise, please contact our sales team.",
            ),
            (
                "Please do not promote supplements, clinics or cures.",
                "Anyone selling treatments will be removed from the group.",
            ),
            ("Chain messages, get-rich-quick schemes and repeated links are treated as spam.",),
            (
                "Studio members may share their own work and open-day dates once a month.",
                "Anything more than that counts as advertising.",
            ),
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Accounts and usernames",
            "Do I have to use my real name?",
            "Be yourself",
            "Who's posting?",
        ),
        (
            (
                "We ask that you post under your real name.",
                "{Cs} from obviously made-up names may not be published.",
            ),
            (
                "You may only hold one account.",
                "Opening new accounts to get round a ban will get all of them closed.",
            ),
            ("Do not pretend to be someone else, including our reporters, councillors or other public figures.",),
            ("A first name or nickname is fine, but your account must have a working email address.",),
            ("You are responsible for everything posted from your account, so keep your password to yourself.",),
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation and contempt",
            "Could you be sued?",
            "The law applies here too",
            "Court cases",
        ),
        (
            ("Do not post anything defamatory, that is, untrue claims that damage someone's reputation.",),
            (
                "Please do not discuss cases that are before the courts.",
                "Speculating about guilt can put a trial at risk.",
            ),
            ("You are legally responsible for what you post, and we may have to pass your details to the police.",),
            ("{Cs} that break the law, including contempt of court, harassment and incitement, will be removed.",),
            ("Do not name anyone accused of an offence unless they have already been named in our coverage.",),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Only share what is yours",
            "Can I post someone else's photo?",
            "Credit the maker",
            "Pictures and words",
        ),
        (
            ("Only upload photos, prints or designs that you made or have permission to share.",),
            ("Do not paste whole articles from other publications.", "A short quote with a link is fine."),
            ("Please credit the printer or designer when sharing a piece that is not your own.",),
            ("By sending us a {c}, you give us permission to publish it on our website and in print.",),
            (
                "Scans of band music are covered by copyright and must not be shared here.",
                "Ask the publisher or your band librarian instead.",
            ),
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Reporting {cs}",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flag it, don't fight it",
            "Tell us",
        ),
        (
            ("If you see a {c} that breaks these rules, use the report button beside it.",),
            ("Please report problems rather than replying to them.", "Arguing back only makes things worse."),
            (
                "Email the moderators if you think a post breaks the rules.",
                "We read every report, though we cannot always reply.",
            ),
            ("Reports are anonymous: the person you report will not be told who flagged their {c}.",),
            ("Misusing the report button to silence people you disagree with may lead to a ban.",),
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "We reserve the right",
            "It's our call",
        ),
        (
            ("The editor may remove or decline to publish any {c} at their discretion.",),
            ("We reserve the right to edit, shorten or remove {cs} without giving a reason.",),
            (
                "Moderators decide what stays up.",
                "Their decisions are final and will not be argued over in public threads.",
            ),
            ("Publishing a {c} does not mean we agree with it.",),
            ("If your {c} was taken down, it broke one or more of these rules.", "Please do not post it again."),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
            "Have we got it wrong?",
        ),
        (
            (
                "If you think we have got something wrong, please email the newsroom rather than leaving a {c}.",
                "We will look into it and correct the record where needed.",
            ),
            ("Got a story for us? Call or email the news desk.",),
            ("Complaints about our coverage should go to the editor, not in the {cs}.",),
            ("{Cs} pointing out errors are welcome, but they may be removed once the story has been put right.",),
            ("Letters to the editor and community notices for the print edition must reach us by Monday noon.",),
        ),
    ),
    (  # language
        (
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "Family friendly",
            "Is that word okay?",
            "Language",
        ),
        (
            ("Swearing and offensive language are not allowed, even if partly starred out.",),
            ("Please keep it clean: our readers range from eight to eighty.",),
            ("Crude, sexual or threatening language will be removed.",),
            (
                "Our filter blocks some words automatically.",
                "Do not try to get round it with misspellings or symbols.",
            ),
            ("A bit of banter is fine, but keep it family friendly.", "Junior members read this page too."),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Consequences",
            "Suspensions",
        ),
        (
            ("Anyone who breaks these rules may be warned, suspended or banned.",),
            ("We usually give one warning.", "After that, your account will be suspended."),
            ("Serious breaches, such as threats or hate speech, lead to an immediate ban.",),
            ("Bans are reviewed after three months; email the moderators if you would like yours looked at again.",),
            ("Three strikes and you are out: a third removed {c} means a permanent ban.",),
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Advice and safety",
            "Look after yourself",
            "Is it safe?",
            "Experiences, not prescriptions",
            "At your own risk",
        ),
        (
            (
                "Members share their own experiences, not medical advice.",
                "Always talk to your GP or specialist before changing your treatment.",
            ),
            ("Never tell another member to stop taking prescribed medication.",),
            (
                "Pacing tips that work for one person may not suit another, so say what helped you rather than what "
                "others should do.",
            ),
            ("Beta and spotting advice shared here is given in good faith, and you climb at your own risk.",),
            (
                "Information about road closures, ferry times or weather posted by readers may be out of date.",
                "Check official sources before you travel.",
            ),
        ),
    ),
    (  # languages of posting
        (
            "Which language?",
            "Writing in our languages",
            "Can I write in Māori or Niuean?",
            "Write so we can read it",
            "No shouting",
        ),
        (
            ("{Cs} in Cook Islands Māori and Vagahau Niue are welcome.",),
            (
                "We accept {cs} in English, Cook Islands Māori and Niuean.",
                "A short English summary helps all readers follow the conversation.",
            ),
            (
                "Our moderators must be able to read your {c} before it is published, so {cs} in other languages may "
                "take longer.",
            ),
            ("Please write in full sentences and do not type in capitals, which reads as shouting.",),
            ("Text speak and long strings of emoji make {cs} hard to read and they may not be approved.",),
        ),
    ),
)

#: Opening lines (one sentence or two on one line).
INTROS_115 = (
    "Kia orana and welcome. Please read these rules before you post.",
    "Fakaalofa lahi atu. We want this to be a friendly place for everyone.",
    "We welcome your {cs} on our stories, as long as you follow a few simple rules.",
    "This group is a peer support space for people living with long COVID and those who care for them.",
    "By posting here you agree to the following.",
    "Please take a minute to read our house rules before joining the conversation.",
    "These guidelines apply to all {cs} on our website and social media pages.",
    "Our forum is run by volunteers for players, supporters and friends of banding.",
)

#: Closing lines.
CLOSINGS_115 = (
    "Thanks for helping keep this a friendly place.",
    "These rules may be updated from time to time.",
    "Questions about these rules? Email the moderators.",
    "Meitaki ma'ata for reading.",
    "Fakaaue lahi for being part of our community.",
    "Last updated: March 2025.",
    "Happy climbing, and see you at the wall.",
    "Rest well, pace yourself, and be gentle with each other.",
)

#: Title lines.
TITLES_115 = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Posting rules",
    "Group rules",
    "Forum rules",
    "Before you post",
    "Guidelines for {cs}",
    "Our {c} guidelines",
    "Rules of the road",
)

#: British spellings in the table and lines above and their American forms (each word as printed and capitalised).
AMERICAN_115 = {
    "offence": "offense",
    "councillors": "council members",
    "your GP": "your doctor",
    "at the weekend": "on the weekend",
    "Monday noon": "noon Monday",
    "straight away": "right away",
}

#: What sites that never say "comment" call what readers send.
WORDS_115 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

_MINOR_115 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
#: Marker shapes: ``{n}`` a number, ``{a}``/``{A}`` a letter, ``{r}``/``{R}`` a roman numeral.
_NUMBERS_115 = ("{n}.", "{n}.", "{n})", "({n})", "{n} -", "{n} \u2013", "Rule {n}.", "Rule {n}:", "No. {n}", "{n}/")
_LETTERS_115 = ("{a})", "({a})", "{A}.", "{A})")
_ROMANS_115 = ("{r}.", "({r})", "{R}.", "{R} \u2014")
_BULLETS_115 = ("\u2022", "\u2022", "-", "*", "\u2013", "\u25ba", "\u2192", "\u2713", "\u25aa")
_ORNAMENTS_115 = ("\u2767", "\u00b6", "\u00a7", "\u2042", "\u261e")  # a letterpress studio's fleurons and fists
_EMOJI_115 = ("\U0001f499", "\U0001f33f", "\U0001f3ba", "\U0001f9d7", "\U0001f33a", "\U0001f68c", "\u2705")
_AFTER_OWN_115 = ("", "", "", ":", ".", " \u2014")
_AFTER_RUN_IN_115 = (": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ", " | ")
_FAQ_115 = (("Q: ", "A: "), ("Q. ", "A. "), ("Q \u2013 ", "A \u2013 "))
_SUBS_115 = ("-", "\u2013", "\u25e6", "\u203a")
_BETWEEN_115 = ("* * *", "\u2766", "~", "\u2042", "---")


def _roman_115(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case_115(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_115 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker_115(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _roman_115(n)
    return shape.format(n=n, a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _worded_115(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_115(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-115 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: the word for what readers send ("comment" 0.75, else one of :data:`WORDS_115`); how many kinds
    (two to four with probability 0.3, else six to all seventeen), in the table's order (0.45) or shuffled; how
    headings print (on their own part 0.4, then nothing, a colon, a stop or a dash after them; run in before the
    first sentence 0.3 after a colon, a stop, a dash or a bar; as a question and answer 0.1, a question heading of
    the kind after "Q" and the first sentence after "A"; none 0.2), in sentence case (0.5), title case (0.3) or
    capitals (0.2), and one item in twelve without its heading; a marker (none 0.3; numbers 0.28 in one of several
    shapes; clause numbers 0.07, the heading on its own part numbered "3." and its sentences "3.1", "3.2"; letters
    0.06; roman numerals 0.06; bullets 0.12; printer's ornaments 0.05; emoji 0.06) before the item's first part, or
    on a part of its own (0.08); a second and third sentence marked as sub-points (0.1); a rule or ornament as the
    last part of every item but the last (0.06). Per item: one sentence choice, and with probability 0.25 the first
    sentence of another choice after it where that makes three sentences at most. Then
    :func:`._common._furnish` adds the opening, closing and title lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_115)
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_115))
    picked = rng.sample(range(len(REWORDINGS_115)), count)
    if rng.random() < 0.45:
        picked.sort()
    roll = rng.random()
    placing = "own" if roll < 0.4 else "run-in" if roll < 0.7 else "faq" if roll < 0.8 else "none"
    after_own = rng.choice(_AFTER_OWN_115)
    after_run_in = rng.choice(_AFTER_RUN_IN_115)
    question, answer = rng.choice(_FAQ_115)
    roll = rng.random()
    case = "sentence" if roll < 0.5 else "title" if roll < 0.8 else "upper"
    roll = rng.random()
    if roll < 0.3:
        shape = ""
    elif roll < 0.58:
        shape = rng.choice(_NUMBERS_115)
    elif roll < 0.65:
        shape = "clause"
        placing = "own"
    elif roll < 0.71:
        shape = rng.choice(_LETTERS_115)
    elif roll < 0.77:
        shape = rng.choice(_ROMANS_115)
    elif roll < 0.89:
        shape = rng.choice(_BULLETS_115)
    elif roll < 0.94:
        shape = rng.choice(_ORNAMENTS_115)
    else:
        shape = rng.choice(_EMOJI_115)
    marker_alone = bool(shape) and shape != "clause" and rng.random() < 0.08
    sub = rng.choice(_SUBS_115) if shape != "clause" and rng.random() < 0.1 else ""
    between = rng.choice(_BETWEEN_115) if rng.random() < 0.06 else ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, choices = REWORDINGS_115[index]
        sentences = list(rng.choice(choices))
        if rng.random() < 0.25:
            other = rng.choice([choice for choice in choices if choice[0] != sentences[0]])
            if len(sentences) < 3:
                sentences.append(other[0])
        sentences = _worded_115(sentences, c, cs)
        if placing == "faq":
            heading = rng.choice([heading for heading in headings if heading.endswith("?")])
        elif placing == "none" or rng.random() < 1 / 12:
            heading = ""
        else:
            heading = rng.choice(headings)
        heading = _worded_115((heading,), c, cs)[0]
        if heading and case == "title":
            heading = _title_case_115(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        parts: list[str]
        if shape == "clause":
            numbered = [f"{n}.{k} {sentence}" for k, sentence in enumerate(sentences, 1)]
            head = f"{n}. {heading}{'' if heading.endswith('?') else after_own}" if heading else ""
            items.append((head, *numbered, *((between,) if between and n < count else ())))
            continue
        if sub:
            sentences = sentences[:1] + [f"{sub} {sentence}" for sentence in sentences[1:]]
        if not heading:
            parts = ["", *sentences]
        elif placing == "faq":
            parts = [question + heading, answer + sentences[0], *sentences[1:]]
        elif placing == "own":
            parts = [heading if heading.endswith("?") else heading + after_own, *sentences]
        else:
            joint = " " if heading.endswith("?") else after_run_in
            parts = ["", heading + joint + sentences[0], *sentences[1:]]
        if shape:
            marker = _marker_115(shape, n)
            if marker_alone:
                parts = [marker, *parts]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{marker} {parts[first]}"
        if between and n < count:
            parts.append(between)
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        _worded_115(INTROS_115, c, cs),
        _worded_115(CLOSINGS_115, c, cs),
        _worded_115(TITLES_115, c, cs),
        AMERICAN_115,
    )
