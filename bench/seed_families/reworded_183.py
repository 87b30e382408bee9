"""The ``reworded-183`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fijian community news, Scottish Borders papers, Montana ranch-town weeklies, orienteering clubs,
model-railway societies, MS support forums, park-home owners' associations, windmill preservation trusts.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
docs or reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without a stop: a document picks how), and five sentences, each written
#: with the site's word for what readers send ({c} {cs} {C} {Cs}). British spelling; ``AMERICAN_183`` gives the
#: American forms a document may print.
REWORDINGS_183 = (
    (  # civility
        ("Be courteous", "Keep it civil", "Respect other members", "Play the ball, not the player", "Why be polite?"),
        (
            "Treat fellow members as you would at a club night or a committee meeting.",
            "Disagree by all means, but do it courteously and without name-calling.",
            "Personal attacks on other readers, our reporters or the people in a story will be removed.",
            "Sarcasm reads harsher on a screen than it sounds across a table, so think before you press send.",
            "Robust debate is welcome; rudeness, bullying and goading are not.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Zero tolerance for hatred", "Racism and prejudice", "Is it hateful?"),
        (
            "{Cs} that attack people for their race, religion, ethnicity, disability, age, sex or sexuality are removed.",
            "We will not publish anything that stirs up hatred between communities, iTaukei, Indo-Fijian or otherwise.",
            "Slurs, stereotypes and 'jokes' at the expense of a group have no place here.",
            "Hateful {cs} are deleted without warning and the account closed.",
            "That includes remarks about people living with a disability or a long-term condition.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal information",
            "Don't share private details",
            "What about addresses and phone numbers?",
        ),
        (
            "Do not post anyone's home address, phone number, email or plot number, including your own.",
            "Please don't name neighbours, residents or staff in a complaint; raise it with the committee instead.",
            "Medical details belong to the person they describe: share your own story only if you are comfortable.",
            "Photographs of other people, their pitches or their homes need their permission first.",
            "Private messages between members stay private and should not be copied into a public {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping juniors safe",
            "Vulnerable members",
            "Worried about someone?",
        ),
        (
            "Do not name or picture any junior member without their parent's consent.",
            "If a {c} suggests someone is at risk, our moderators will pass it to the club welfare officer.",
            "If you or someone else is in immediate danger, call the emergency services rather than posting here.",
            "Adults must not ask juniors to move a conversation to private messages.",
            "Any concern about a child's welfare should go to the safeguarding officer, not the forum.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Approval times"),
        (
            "All {cs} are read by a volunteer before they appear, which can take a day or two.",
            "Our moderators are volunteers with jobs, rounds and stock to see to, so please be patient.",
            "{Cs} sent over the weekend are usually checked on Monday morning.",
            "A first {c} from a new member is held for approval; after that most go up straight away.",
            "Please do not send the same {c} twice if it does not show at once.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic posting", "Is this the right place?", "Relevance"),
        (
            "Keep {cs} to the story or thread they sit under.",
            "Questions about timetables, layouts or rolling stock belong in the right section of the forum.",
            "Results queries go to the event organiser, not the news thread.",
            "Off-topic {cs} may be moved or removed so the thread stays readable.",
            "Please start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Commercial posts", "Can I sell things here?"),
        (
            "Sales of locos, saddles, livestock or hay belong in the classifieds, not in the {cs} under a story.",
            "Links to commercial sites, chain letters and repeated {cs} will be treated as spam.",
            "Members may mention a product they use, but not advertise one they sell.",
            "Fundraising appeals need the committee's approval before they go up.",
            "Accounts created only to advertise are removed without notice.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Your account", "One person, one account", "Registration", "Do I have to give my name?"),
        (
            "We ask members to use their real name, or at least the name they are known by in the village.",
            "Each member may hold one account; sharing log-ins is not allowed.",
            "Pretending to be someone else, including a committee member or an official, gets an account closed.",
            "Keep your password to yourself and tell us at once if you think your account has been used by someone else.",
            "Accounts left unused for two years may be deleted.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Stay within the law", "Contempt of court", "Legal matters"),
        (
            "Do not post anything that could be defamatory: if you cannot prove it, do not say it.",
            "Do not comment on live court cases beyond what has been reported in open court.",
            "Remember that you are legally responsible for what you write.",
            "Under Scots law, a case becomes active at arrest, and discussing the evidence can be contempt.",
            "We will co-operate with the police if asked about unlawful {cs}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I use someone else's photo?",
            "Pictures and maps",
        ),
        (
            "Only post photographs, maps or text that you own or have permission to use.",
            "Quote a short passage and link to the rest; do not paste whole articles.",
            "Course maps remain the copyright of the mapper and the club.",
            "By posting, you give us permission to publish your {c} on this site and in print.",
            "Old photographs from the mill archive are shared under licence and may not be reused.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging", "How do I report a {c}?", "Seen something wrong?"),
        (
            "Use the report button beside any {c} that breaks these rules.",
            "If you think a {c} breaks the rules, email the moderators rather than replying to it.",
            "Reports are anonymous: the member concerned is not told who raised it.",
            "Please give a reason when you report, so the moderator knows what to look at.",
            "Do not use the report button to settle an argument.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "Right to remove", "The committee's decision", "Who decides?"),
        (
            "The editor may edit, hold back or remove any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "We may close {cs} on any story at any time.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "Moderators may shorten long {cs} or remove parts that break these rules.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, email the newsroom rather than leaving a {c}.",
            "News tips, photos and letters to the editor are welcome by email or at the office.",
            "Corrections are made as quickly as we can, and noted at the foot of the story.",
            "Spotted an error in a fixture list or a result? Tell the webmaster, who can fix it.",
            "Letters for the print edition need a name, an address and a daytime telephone number.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Keep it clean", "Which language?"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "{Cs} in English, Fijian or Fiji Hindi are all welcome.",
            "Please don't write in capitals; it reads as shouting.",
            "Keep {cs} suitable for a family audience.",
            "Text-speak and abbreviations make a {c} hard to read for some members, so please write in full.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "What happens if I break the rules?", "Suspensions", "Sanctions"),
        (
            "A first breach gets a warning; a second, a suspension; a third, a permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Suspensions run for seven days and are reviewed by two moderators.",
            "You can appeal a ban by writing to the secretary within fourteen days.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Safety first", "Not professional advice", "Is this advice?", "Health and safety"),
        (
            "Nothing posted here is medical advice: please talk to your MS nurse or neurologist before changing treatment.",
            "Members share their experience, not professional advice.",
            "Do not climb on or enter the mill, or touch the sails, without a trained volunteer present.",
            "Anything involving mains electricity on a layout should be done by someone qualified.",
            "Never recommend stopping a prescribed treatment.",
        ),
    ),
)


#: What a site calls what readers send: (singular, plural). The first is "comment"; a quarter of sites use another.
WORDS_183 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


TITLES_183 = (
    "Comment policy",
    "Forum rules",
    "House Rules",
    "Posting guidelines",
    "Rules of the Forum",
    "Community guidelines",
    "Message board etiquette",
    "Terms of Participation",
    "Guidelines for Members",
    "Before you post",
)


INTROS_183 = (
    "Please read these rules before you send a {c}.",
    "Bula! Our {cs} are open to everyone, within a few simple rules.",
    "This forum is run by volunteers for members and friends of the society.",
    "We want this to be a friendly and supportive place for everyone affected by MS.",
    "By posting, you agree to the following.",
    "The association welcomes residents' {cs} on the following terms.",
    "Out here everybody knows everybody, so keep your {cs} neighbourly.",
    "The trust's forum is for friends, volunteers and millers past and present.",
)


CLOSINGS_183 = (
    "Thank you for helping keep this a friendly place.",
    "These rules may change; the current version is always on this page.",
    "Vinaka vakalevu for keeping the conversation respectful.",
    "Questions about these rules go to the webmaster.",
    "Happy posting, and see you at the next event.",
    "Approved by the committee at the annual general meeting.",
)


#: British spellings in the lists above and their American forms (a reworded-183 document prints one or the other).
AMERICAN_183 = {
    "neighbours": "neighbors",
    "organiser": "organizer",
    "programme": "program",
    "co-operate": "cooperate",
    "neighbourly": "neighborly",
    "licence": "license",
}


def _says(text: str, word: tuple[str, str]) -> str:
    singular, plural = word
    return text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize())


def _case(heading: str, how: str) -> str:
    if how == "upper":
        return heading.upper()
    if how == "title":
        return " ".join(w if w.isupper() or "'" in w[:2] else w[:1].upper() + w[1:] for w in heading.split())
    return heading


def _roman(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _marker(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "rule": f"Rule {n}.",
        "clause": f"{section}.{n}",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
        "arrow": ">",
        "none": "",
    }[shape]


def _items_183(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-183 policy: the site's word for what readers send ("comment" for three sites in four, else one of
    ``WORDS_183``, and then no line that says "comment"); two to five items (0.3) or six to sixteen, in the table's
    order (0.5) or drawn; one to three sentences an item; headings in one case (as written, title, capitals) on their
    own part, run in before a colon, stop or dash, or none for the whole list (0.15); a marker shape for the list
    (numbers, letters, roman numerals, rules or clauses, bullets, or none), and now and then a heading asked and
    answered on "Q."/"A." parts or a heading in brackets; then ``_furnish``."""
    word = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_183)
    kinds = list(REWORDINGS_183)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(kinds))
    if rng.random() < 0.5:
        kinds = sorted(rng.sample(range(len(kinds)), count))
        chosen = [REWORDINGS_183[k] for k in kinds]
    else:
        chosen = rng.sample(kinds, count)
    case = rng.choice(("as", "as", "title", "upper"))
    place = rng.choice(("own", "own", "colon", "stop", "dash", "none"))
    if rng.random() < 0.15:
        place = "none"
    shape = rng.choice(
        (
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "rule",
            "clause",
            "bullet",
            "bullet",
            "dash",
            "star",
            "arrow",
            "none",
            "none",
        )
    )
    section = rng.randint(2, 9)  # a park-home site's rules are one clause of its written statement
    subs = rng.random() < 0.1  # an item's sentences each on a dash of their own under its heading
    qa = rng.random() < 0.1  # a question heading printed as "Q." and its answer as "A."
    bracketed = rng.random() < 0.08  # headings in square brackets, as some forum software prints them
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = _says(rng.choice(headings), word)
        said = [_says(s, word) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        if word[0] != "comment":
            said = [s for s in said if not _says_comment(s)] or [said[0].replace("comment", "post")]
            if _says_comment(heading):
                heading = heading.replace("comment", word[0])
        heading = _case(heading, case)
        marker = _marker(shape, n, section)
        if place == "none":
            items.append(((marker + " " + said[0]).strip(), *said[1:]))
            continue
        if qa and heading.endswith("?"):
            items.append(((marker + " Q. " + heading).strip(), "A. " + said[0], *said[1:]))
            continue
        if bracketed:
            heading = f"[{heading}]"
        if place == "own":
            items.append(((marker + " " + heading).strip(), *(("- " + s) if subs else s for s in said)))
        else:
            sep = {"colon": ":", "stop": ".", "dash": " \u2013"}[place]
            if heading.endswith("?") and place != "dash":
                sep = ""
            items.append(((marker + " " + heading + sep + " " + said[0]).strip(), *said[1:]))
    titles, intros, closings = TITLES_183, INTROS_183, CLOSINGS_183
    if word[0] != "comment":
        titles = tuple(t for t in titles if not _says_comment(t))
        intros = tuple(i for i in intros if not _says_comment(i))
        closings = tuple(c for c in closings if not _says_comment(c))
    intros = tuple(_says(i, word) for i in intros)
    return _furnish(items, rng, intros, closings, titles, AMERICAN_183)
