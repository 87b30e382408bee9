"""The ``reworded-181`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Samoan and Tongan English news, Orkney and Shetland papers, Idaho panhandle weeklies,
ultimate-frisbee clubs, pottery co-ops, migraine forums, narrowboat moorers' associations, lido friends' groups.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
its docs or its reports, nor from the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices, and sentence choices ({c} {cs} {C} {Cs}: the site's word for what readers
#: send). Written in British spelling; a document may print it in American spelling (``AMERICAN_181``).
REWORDINGS_181 = (
    (  # civility
        ("Be kind", "Play nice", "Respect one another", "Spirit of the game", "Can we disagree?", "Courtesy first"),
        (
            "Treat other members the way you would on the pitch, at the wheel or on the towpath.",
            "Disagree with the idea, not the person who posted it.",
            "Personal attacks, name-calling and sneering will be taken down.",
            "Many people here are unwell or tired, so a little patience goes a long way.",
            "Please be courteous to fellow readers even when you feel strongly about a story.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hateful content", "Is anything off limits?", "Zero tolerance"),
        (
            "We will remove any {c} that attacks people for their race, religion, sex, sexuality or disability.",
            "Slurs against Pacific Islanders, migrants or any other community are never acceptable here.",
            "Hate speech, threats and incitement to violence are removed and reported where necessary.",
            "Jokes at the expense of someone's ethnicity or faith are not welcome either.",
            "This is an inclusive club: sexist, racist or homophobic remarks will see you removed.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep it private", "Can I name people?", "Other people's details"),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Please don't share photos of other swimmers without their permission.",
            "Do not name children, patients or anyone who has not chosen to be public.",
            "Medical details you share are visible to everyone, so think before you post them.",
            "Boat names and mooring locations of other members should not be published without their say-so.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Young members", "Protecting children", "Under 18s", "Who do I tell about a concern?"),
        (
            "Anything that puts a child or vulnerable adult at risk will be passed to our welfare officer.",
            "Junior players must not be contacted privately through this board.",
            "If you are worried about someone's safety, contact the club's safeguarding lead directly.",
            "Members under 16 may read the forum but need a parent's consent to post.",
            "Never arrange to meet a young person through this site.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Approval",
            "Waiting for approval",
        ),
        (
            "All {cs} are read by a moderator before they appear, which may take up to 24 hours.",
            "Our moderators are volunteers, so please allow time for {cs} to be approved.",
            "{Cs} sent over the weekend will be checked on Monday.",
            "Because of the time difference with Apia and Nuku'alofa, approval may take longer overnight.",
            "First {cs} from new members are always held for review.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Off-topic", "Right board, right thread", "Relevance"),
        (
            "Keep {cs} relevant to the story or thread they are posted under.",
            "Kiln talk in the kiln section, please, and glazes in the glaze section.",
            "Political arguments belong elsewhere and will be moved or removed.",
            "Off-topic chat is welcome in the Lounge but not in the help threads.",
            "{Cs} that drift away from the subject may be edited or deleted.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise?", "Commercial posts"),
        (
            "Advertising is not allowed except in the For Sale and Wanted section.",
            "Links to shops, supplements or miracle cures will be removed without notice.",
            "Repeated posting of the same {c} counts as spam.",
            "Members may sell second-hand boats, pots or kit once a month in the classifieds.",
            "Businesses wishing to advertise should contact the paper's advertising department.",
        ),
    ),
    (  # real names / accounts
        ("Your account", "Real names", "One account each", "Who can post?", "Registration", "Usernames"),
        (
            "You must register with a valid email address to post.",
            "We ask that you use your real name, as you would in a letter to the editor.",
            "Only one account per person; duplicate accounts will be closed.",
            "Do not pretend to be another person, a club official or a member of staff.",
            "Posting is open to paid-up members of the association only.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Contempt of court", "Is it legal?"),
        (
            "Do not post anything defamatory or that could prejudice a court case.",
            "You are legally responsible for what you post, not the publisher.",
            "Do not speculate about people charged with an offence or comment on ongoing trials.",
            "We must comply with the law in every jurisdiction we publish in.",
            "{Cs} that break the law will be removed and may be passed to the police.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and images", "Can I post pictures?", "Credit where due"),
        (
            "Only post images and text you own or have permission to use.",
            "Please credit the potter or photographer when sharing someone else's work.",
            "Do not copy whole articles from other papers; a link and a short quote are fine.",
            "By posting you give us permission to publish your {c} in print and online.",
            "Glaze recipes shared here remain the property of the member who posted them.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "Use the report button under any {c} that breaks these rules.",
            "If you see something that worries you, flag it and a moderator will look at it.",
            "Please report problem {cs} rather than replying to them.",
            "You can also email the moderators at the address on the Contact page.",
            "Reports are anonymous and every one is looked at.",
        ),
    ),
    (  # editor's discretion
        ("Our decision", "Editor's discretion", "Final say", "Moderators' discretion", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "We reserve the right to edit, refuse or remove any {c} without giving a reason.",
            "The committee may change these rules at any time.",
            "Moderators will use their judgement, and we will not enter into correspondence about it.",
            "Publication of a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Contact the newsroom"),
        (
            "If we have got something wrong, email the editor rather than posting a {c}.",
            "Send news tips and photos to the newsroom; we read everything.",
            "Corrections are printed in the next week's edition.",
            "Club news, results and fixtures can be sent to the secretary for the newsletter.",
            "Please don't use {cs} to report errors; our corrections address is on the About page.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Keep it clean", "Which language?"),
        (
            "No swearing, including words with letters starred out.",
            "Please post in English so that everyone, including the moderators, can follow.",
            "{Cs} in Samoan or Tongan are welcome if you add an English summary.",
            "Avoid writing in capitals; it reads as shouting.",
            "Keep language suitable for a family audience.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "Breaking these rules may lead to a warning, a suspension or a permanent ban.",
            "We operate a three-strikes policy, though serious breaches mean an immediate ban.",
            "Banned members who return under a new name will be removed again.",
            "Suspended accounts cannot post, reply or send messages until the suspension ends.",
            "Repeat offenders will have all future {cs} held for approval.",
        ),
    ),
    (  # safety / advice
        ("Medical advice", "Not a doctor", "Safety", "Is this advice?", "Stay safe", "Use your judgement"),
        (
            "Nothing posted here is medical advice; always talk to your doctor before changing medication.",
            "If you have a sudden, severe headache unlike any before, call emergency services now.",
            "Swim within your limits and follow the lifeguards' instructions, whatever the forum says.",
            "Advice about locks, weirs and moorings is shared in good faith; check with the canal authority.",
            "Kiln wiring and glaze chemicals can be dangerous, so seek a qualified person's help.",
        ),
    ),
)

POLICY_TITLES_181 = (
    "Community Guidelines",
    "Posting rules",
    "House Rules",
    "Forum Rules",
    "Guidelines for {cs}",
    "Before you post",
    "Rules of the board",
    "Message board etiquette",
    "{C} policy",
    "Code of conduct",
)

POLICY_INTROS_181 = (
    "Please read these rules before posting.",
    "We want this to be a friendly place for everyone, so we ask members to follow a few simple rules.",
    "By posting you agree to the following.",
    "Our forum is run by volunteers, and these guidelines help us keep it welcoming.",
    "We welcome your {cs} on our stories, within the following rules.",
    "Talofa and Malo e lelei, and thank you for joining the conversation.",
)

POLICY_CLOSINGS_181 = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules can be sent to the moderators.",
    "Fa'afetai lava for your understanding.",
    "See you on the towpath.",
    "Happy potting!",
    "These rules were last updated by the committee in March.",
    "Thanks, and keep your {cs} coming.",
)

AMERICAN_181 = {
    "judgement": "judgment",
    "licence": "license",
    "behaviour": "behavior",
    "favour": "favor",
    "neighbour": "neighbor",
    "organise": "organize",
    "practise": "practice",
}

#: A site's word for what readers send: singular, plural.
WORDS_181 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
    ("response", "responses"),
)

_MINOR = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _cased(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        words = text.split(" ")
        return " ".join(
            word if i and word.lower() in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    if case == "sentence":
        text = " ".join("I" if word == "i" else word for word in text.lower().split(" "))
        return text[:1].upper() + text[1:]
    return text


#: The shapes of marker a site prints before its n-th item (weights), bullets among them.
_MARKS = (
    ("none", 6),
    ("1.", 5),
    ("1)", 1.5),
    ("(1)", 1),
    ("1 -", 0.6),
    ("01.", 0.4),
    ("1/", 0.3),
    ("a.", 0.6),
    ("(a)", 0.8),
    ("A)", 0.4),
    ("i.", 0.5),
    ("(i)", 0.6),
    ("I.", 0.4),
    ("No. 1", 0.3),
    ("Rule 1:", 0.8),
    ("•", 3),
    ("-", 1),
    ("*", 0.6),
    ("·", 0.4),
    ("▪", 0.3),
    ("»", 0.3),
    ("🥏", 0.15),
)

_BULLETS = frozenset(("•", "-", "*", "·", "▪", "»", "🥏"))


def _mark(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    shapes = {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "01.": f"{n:02d}.",
        "1/": f"{n}/",
        "a.": f"{letter}.",
        "(a)": f"({letter})",
        "A)": f"{letter.upper()})",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
        "No. 1": f"No. {n}",
        "Rule 1:": f"Rule {n}:",
    }
    text = shapes.get(shape, shape)
    return text + " " if text else ""


def _items_181(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-181 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment" and print nothing that does); how
    many item kinds (two to five now and then, else seven to all sixteen), in the table's order or drawn; one to
    three sentences an item (at most one, two or three for the whole site); its headings (on their own part, run in
    before a colon, stop or dash, or none), in one case for the whole list; the mark before each item (numbers,
    letters, Roman numerals, "Rule n", "No. n", bullets or none); and a few other habits of print (headings in
    square brackets or between asterisks, a heading's mark on its own line above it, an item's sentences run into
    one paragraph, "Rule n of m", a dotted rule between items, a "read the full rules" line after the list); then
    ``_furnish`` adds the opening, closing and title lines."""
    never_comment = rng.random() < 0.25
    if never_comment or rng.random() < 0.25:
        single, plural = rng.choice(WORDS_181)
    else:
        single, plural = "comment", "comments"
    words = {"c": single, "cs": plural, "C": single.capitalize(), "Cs": plural.capitalize()}

    def fill(choices: tuple[str, ...]) -> list[str]:
        filled = [text.format(**words) for text in choices]
        return [text for text in filled if not (never_comment and _says_comment(text))]

    total = len(REWORDINGS_181)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(7, total)
    picked = rng.sample(range(total), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0]

    heads = rng.choices(("own", "run", "none"), (0.5, 0.35, 0.15))[0]
    case = rng.choices(("as", "upper", "title", "sentence"), (0.5, 0.2, 0.2, 0.1))[0]
    stop = rng.choice(("", "", ".", ":", " –"))
    run_after = rng.choice((": ", ". ", " - ", " — ", ": ", " – "))
    wrap = rng.choices(("", "[]", "**"), (0.88, 0.06, 0.06))[0]
    names, weights = zip(*_MARKS, strict=True)
    shape = rng.choices(names, weights)[0]
    of_total = shape == "Rule 1:" and rng.random() < 0.3  # "Rule 3 of 12:"
    alone = shape not in ("none", *_BULLETS) and heads == "own" and rng.random() < 0.12
    paragraph = rng.random() < 0.3
    between = rng.choice(("- - -", "···", "=====")) if rng.random() < 0.05 else ""

    items: list[tuple[str, ...]] = []
    n = 0
    for index in picked:
        headings, sentences = REWORDINGS_181[index]
        heading_choices = fill(headings)
        sentence_choices = fill(sentences)
        if not sentence_choices:
            continue
        n += 1
        chosen = rng.sample(sentence_choices, min(rng.randint(1, most), len(sentence_choices)))
        if paragraph and len(chosen) > 1:
            chosen = [" ".join(chosen)]
        heading = ""
        if heads != "none" and heading_choices:
            heading = _cased(rng.choice(heading_choices), case)
        mark = _mark(shape, n)
        if of_total:
            mark = f"Rule {n} of {count}: "

        if heads == "run" and heading:
            after = " " if heading.endswith("?") else run_after
            parts = ["", heading + after + chosen[0], *chosen[1:]]
        elif heading:
            if wrap == "[]":
                heading = f"[{heading}]"
            elif wrap == "**":
                heading = f"**{heading}**"
            elif not heading.endswith("?"):
                heading += stop
            parts = [heading, *chosen]
        else:
            parts = ["", *chosen]

        if mark and alone:
            items.append((mark.strip(), ""))
        elif mark:
            first = 0 if parts[0] else 1
            parts[first] = mark + parts[first]
        if between and items:
            items.append(("", between))
        items.append(tuple(parts))

    if items and rng.random() < 0.1:
        items.append(("", rng.choice(("Read the full rules here.", "Full terms of use", "View our full guidelines"))))

    return _furnish(
        items, rng, fill(POLICY_INTROS_181), fill(POLICY_CLOSINGS_181), fill(POLICY_TITLES_181), AMERICAN_181
    )
