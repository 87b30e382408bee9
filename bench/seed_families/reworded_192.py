"""The ``reworded-192`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Botswana and Namibia English news, Welsh valleys papers, Arizona copper-town weeklies, archery clubs,
genealogy societies, carers' forums for dementia, narrowboat co-ops, windmill friends.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and
members' codes of conduct, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without their stop; a document picks one, a question or two among them)
#: and sentence choices (an item prints one to three of them). ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` are the site's
#: word for what readers send. Written in British spelling; ``_furnish`` may print it in American (``AMERICAN_192``).
REWORDINGS_192 = (
    (  # civility
        (
            "Be civil",
            "Keep it courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Can I disagree with other members?",
            "Good manners",
        ),
        (
            "Disagree by all means, but do it without insults or name-calling.",
            "Personal attacks on other readers, on our reporters or on the people named in a story will be removed.",
            "Treat fellow members as you would if you met them at the clubhouse or on the towpath.",
            "Sarcasm and goading rarely read well in writing, so think twice before you press send.",
            "Robust debate is welcome here; bullying is not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Racism and discrimination",
            "Tribalism and hatred",
            "Zero tolerance of bigotry",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people for their race, tribe, religion, sex, disability or sexuality will be deleted.",
            "We do not allow tribalist, racist or xenophobic language of any kind, even in jest.",
            "Stirring up hatred against any group is against the law as well as against these rules.",
            "Slurs, including disguised spellings of them, will be removed and the account reviewed.",
            "Do not blame whole communities for the actions of a few.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Living persons",
            "Keep personal details off the board",
            "Can I name the person I care for?",
            "Private matters stay private",
        ),
        (
            "Do not post anyone's address, telephone number or email address, including your own.",
            "Please do not share details of living people from your family tree without their permission.",
            "When writing about the person you look after, you may prefer to use initials rather than a full name.",
            "Private messages must not be copied into the open forum without the sender's agreement.",
            "Photographs of other people, especially children, must not be posted without consent.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Looking out for one another",
            "Concerned about someone?",
            "Children and vulnerable adults",
            "If someone is at risk",
            "Welfare",
        ),
        (
            "If you believe a child or vulnerable adult is at risk of harm, contact the police or social services "
            "straight away.",
            "Junior members must not be contacted privately through the site; all contact goes through the club "
            "welfare officer.",
            "If a member's {c} worries you, use the report button and a moderator will treat it as a priority.",
            "This forum is not staffed around the clock; in an emergency call the emergency services, not the forum.",
            "Our welfare officer can be contacted in confidence through the secretary.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {cs}",
            "Please be patient",
            "Waiting for approval",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so please allow a day or two over weekends and bank holidays.",
            "A new member's first few {cs} are held for approval.",
            "There is no need to send the same {c} again if it does not show at once.",
            "{Cs} sent after office hours will be checked on the next working day.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Right place, right thread",
            "Is my {c} in the right place?",
        ),
        (
            "Keep your {cs} relevant to the story or thread you are replying to.",
            "Surname queries belong on the research boards, not in the society news section.",
            "Start a new thread rather than taking someone else's in another direction.",
            "Threads that wander far from the original subject may be locked or split.",
            "Please leave party politics out unless the story is about them.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Can I advertise my business?",
            "Links and self-promotion",
        ),
        (
            "Advertising of goods or services is not allowed, except in the classifieds section.",
            "Members may sell their own second-hand kit on the For Sale board only.",
            "Links to paid research services will be removed unless a moderator has agreed to them first.",
            "Posting the same link again and again will be treated as spam.",
            "Boats and shares for sale should be listed through the co-op office, not in {cs}.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "One person, one account",
            "Usernames",
            "Who can post?",
            "Registration",
        ),
        (
            "You must register and sign in before you can leave a {c}.",
            "We ask members to post under their own name, as they would in the society's journal.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Usernames that impersonate another person, or that are offensive, will be changed or removed.",
            "Keep your password to yourself and do not let anyone else post from your account.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Contempt of court",
            "Could my {c} get me into trouble?",
            "The law applies here too",
        ),
        (
            "Do not post anything defamatory, that is, anything untrue that could damage a person's reputation.",
            "Do not discuss the guilt or innocence of anyone facing trial while the case is before the courts.",
            "You are legally responsible for what you post, and we may be obliged to pass your details to the "
            "authorities.",
            "{Cs} that break the law of the land, including the laws on defamation and incitement, will be removed.",
            "Never name the victim of a sexual offence, even if you believe they are already known.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Quoting and copying",
            "Can I post a whole article?",
            "Transcriptions and images",
            "Credit your sources",
        ),
        (
            "Do not copy whole articles from this or other publications; a short quotation and a link are enough.",
            "Census images and transcriptions from subscription sites may be under copyright, so check before "
            "posting them.",
            "Cite your sources so that other researchers can check them for themselves.",
            "Only upload photographs you took yourself or have permission to use.",
            "By posting, you grant us a licence to publish your {c} on this site and in print.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the 'Report' link under any {c} you think breaks these rules.",
            "Reports go to the moderators, and the member you report is not told who reported them.",
            "Please report rather than reply; arguing with a troublemaker only encourages them.",
            "You can also email the moderators; the address is at the foot of every page.",
            "We look at every report but cannot always reply to each one.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' role",
            "Right to remove",
            "Who decides?",
        ),
        (
            "The editor reserves the right to remove, edit or decline any {c} without giving a reason.",
            "Moderators' decisions are final, and we will not discuss them in public.",
            "Publication of a {c} does not mean that the paper agrees with it.",
            "The committee may amend these rules at any time; the current version is always on this page.",
            "If you disagree with a decision, write to the moderators privately rather than in a thread.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors in our reporting",
            "Tell the newsroom",
        ),
        (
            "If you think we have got something wrong, email the newsdesk rather than leaving a {c}, so that it "
            "can be checked and put right.",
            "Story ideas and tips are always welcome; contact the newsroom by phone, email or WhatsApp.",
            "Corrections are printed on page two and noted at the foot of the story online.",
            "Errors in the society's indexes should be sent to the indexes co-ordinator, not posted in the forum.",
            "{Cs} are not read by our reporters as a matter of course.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which language can I use?",
            "English, please",
            "Write clearly",
        ),
        (
            "Swearing, including words with letters starred out, is not allowed.",
            "{Cs} in Welsh or English are equally welcome.",
            "Please write in English so that all readers and the moderators can follow the discussion.",
            "Avoid writing in capital letters; it reads as shouting.",
            "Text-speak is hard going for many of our older members, so please write words out in full.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Sanctions",
        ),
        (
            "Members who break these rules will first be warned, then suspended, then banned.",
            "A serious breach may lead to an immediate ban without warning.",
            "Anyone who has been banned and rejoins under a new name will be removed again.",
            "Repeated breaches may also be referred to the committee under the disciplinary procedure.",
            "A ban from the forum does not in itself affect your membership.",
        ),
    ),
    (  # safety and advice
        (
            "Advice on the forum",
            "Not professional advice",
            "Safety first",
            "Medical questions",
            "Can I rely on what I read here?",
            "Safety on the range",
        ),
        (
            "Members share their experience, but nothing here replaces advice from a GP, nurse or social worker.",
            "Check any equipment advice you read here with a qualified coach before you shoot with it.",
            "Do not give or follow advice about changing anyone's medication.",
            "Notices about locks, moorings and stoppages may be out of date; check with the navigation authority "
            "before you set off.",
            "Visitors must never climb the mill or enter the machinery floors unless a trained volunteer is with them.",
        ),
    ),
)


#: The site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_192 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)


#: Titles, opening and closing lines such sites print with their rules (reworded-192 only).
POLICY_TITLES_192 = (
    "House rules",
    "Forum Rules",
    "Rules of the board",
    "{C} policy",
    "Guidelines for {cs}",
    "Reader {cs}: the rules",
    "Posting guidelines",
    "Community Guidelines",
    "Members' code of conduct",
    "Rheolau'r fforwm / Forum rules",
    "Terms of use for reader {cs}",
)

POLICY_INTROS_192 = (
    "Before you post, please take a minute to read our house rules.",
    "We welcome {cs} from readers, provided they keep to the following rules.",
    "This forum is for carers, former carers and anyone supporting a person living with dementia.",
    "The following rules apply to everyone using the members' forum.",
    "By sending a {c} you agree to these guidelines.",
    "These rules were agreed by the committee and apply to all members.",
)

POLICY_CLOSINGS_192 = (
    "Thank you for helping to keep this a friendly place.",
    "If in doubt, leave it out.",
    "Happy posting!",
    "These rules were last reviewed by the committee in March.",
    "Questions about these rules can be sent to the moderators.",
    "The Editor",
    "- The Forum Team",
)


#: British spellings in the lists above and their American forms (a reworded-192 document prints one or the other).
AMERICAN_192 = {
    "licence": "license",
    "co-ordinator": "coordinator",
    "second-hand": "secondhand",
    "offence": "offense",
}


_SMALL_192 = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "off", "on", "or", "the", "to", "not"}


def _title_192(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL_192 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _roman_192(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out, number = out + numeral, number - value
    return out


def _marker_192(shape: str, n: int, section: int) -> str:
    """The mark before the ``n``-th item (from 1) in one of the shapes these sites print."""
    letter, roman = "abcdefghijklmnopqrstuvwxyz"[n - 1], _roman_192(n)
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 –": f"Rule {n} –",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "3.1": f"{section}.{n}",
        "•": "•",
        "-": "-",
        "*": "*",
        "–": "–",
        "·": "·",
        "»": "»",
        "o": "o",
    }[shape]


def _items_192(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-192 policy: (heading, sentence, ...) per item; a title as (title, ""), other lines as ("", line).

    Drawn per document: the site's word for what readers send ("comment" three sites in four; else post, message,
    reply, contribution or posting, and then nothing printed says "comment"); two to five items (0.25) or six to
    all sixteen, in the table's order (0.5) or drawn; one, one or two, or one to three sentences an item as the
    site prints them; the headings' case (as written, title case or capitals) and their place (on their own part
    with a stop, a colon or nothing, in bold marks, run in before a colon, stop or dash, asked and answered, or
    none); a marker (numbered, lettered, roman, clause-numbered, bulleted, a club's "Rule 1:", or none), now and
    then with a no-break space after it; now and then sentences bulleted under their heading, or a "Back to top"
    after each item of a page of questions; then the opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.25:
        c, cs = rng.choice(WORDS_192)
        no_comment = True
    else:
        c, cs = "comment", "comments"
        no_comment = False
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def say(text: str) -> str:
        return text.format(**words)

    def pick(options: tuple[str, ...]) -> str:
        said = [say(option) for option in options]
        if no_comment:
            said = [option for option in said if not _says_comment(option)] or [""]
        return rng.choice(said)

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_192))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_192[i] for i in sorted(rng.sample(range(len(REWORDINGS_192)), count))]
    else:
        chosen = rng.sample(REWORDINGS_192, count)

    most = rng.choice((1, 2, 2, 3))  # sentences an item, at most
    case = rng.choice(("as", "as", "title", "title", "upper"))
    place = rng.choices(("own", "bold", "run", "faq", "none"), (0.42, 0.06, 0.3, 0.08, 0.14))[0]
    stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    joint = rng.choice((": ", ". ", " – ", " - ", " — "))  # after a heading run in
    shape = rng.choices(
        (
            "",
            "1.",
            "1)",
            "(1)",
            "1 -",
            "Rule 1:",
            "Rule 1 –",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "3.1",
            "•",
            "-",
            "*",
            "–",
            "·",
            "»",
            "o",
        ),
        (8, 5, 2, 1, 1, 1, 1, 1, 1, 0.5, 1, 0.5, 0.5, 1, 3, 1.5, 1, 1, 1, 0.5, 0.3),
    )[0]
    if place == "faq" and shape.startswith("Rule"):
        shape = "1."  # a page of questions is numbered, not ruled
    section = rng.randint(2, 9)
    gap = "\u00a0" if rng.random() < 0.12 else " "  # after the marker
    sub = rng.random() < 0.08  # sentences bulleted under their heading
    to_top = place == "faq" and rng.random() < 0.5

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        if place == "faq":
            asked = [heading for heading in headings if heading.endswith("?")]
            heading = pick(tuple(asked) or headings)
        else:
            heading = pick(headings)
        if case == "title":
            heading = _title_192(heading)
        elif case == "upper":
            heading = heading.upper()
        lines = rng.sample([say(sentence) for sentence in sentences], rng.randint(1, most))
        if sub and heading and place in ("own", "bold"):
            lines = ["– " + line for line in lines]
        if not heading or place == "none":
            parts = ["", *lines]
        elif place == "own":
            parts = [heading + ("" if heading.endswith("?") else stop), *lines]
        elif place == "bold":
            parts = [f"**{heading}**", *lines]
        elif place == "run":
            first = heading + ("" if heading.endswith("?") else joint.rstrip()) + " " + lines[0]
            parts = ["", first.replace("  ", " "), *lines[1:]]
        else:  # faq: the heading asked, the first sentence answered
            question = heading if heading.endswith("?") else heading + "?"
            parts = [f"Q: {question}", "A: " + lines[0], *lines[1:]]
        if shape:
            mark = _marker_192(shape, n, section)
            at = 0 if parts[0] else 1
            parts[at] = mark + gap + parts[at]
        if to_top:
            parts.append("Back to top")
        items.append(tuple(parts))

    intros = [say(line) for line in POLICY_INTROS_192]
    closings = [say(line) for line in POLICY_CLOSINGS_192]
    titles = [say(line) for line in POLICY_TITLES_192]
    if no_comment:
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_192)
