"""The ``reworded-180`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bermuda and Turks and Caicos news, Exmoor and Dartmoor parish pages, South Dakota prairie weeklies,
kabaddi clubs, marquetry societies, asthma forums, tower-block residents' associations, tide-mill volunteers.

Written blind: from how sites of these kinds word and print their posting rules, house rules, noticeboard rules and
notes for contributors, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without their stop; a document picks one, a question or two among them)
#: and sentence choices (an item prints one to three of them). ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` are the site's
#: word for what readers send. Written in British spelling; ``_furnish`` may print it in American (``AMERICAN_180``).
REWORDINGS_180 = (
    (  # civility
        (
            "Be respectful",
            "Be Kind",
            "Courtesy costs nothing",
            "Treat others as you would wish to be treated",
            "Can I disagree with other members?",
            "Respect",
        ),
        (
            "Disagree with an idea as strongly as you like, but do not attack the person who put it forward.",
            "Personal insults, name-calling and sneering at other members will see your {c} removed.",
            "Remember that neighbours, councillors and volunteers read these pages too, and most of them give their "
            "time for nothing.",
            "Please treat fellow residents with the same courtesy you would show them in the lift or on the landing.",
            "Heated debate is part of island life, but threats and bullying have no place on our site.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Respect for all",
            "Hate and Prejudice",
            "What counts as hate speech?",
            "Zero tolerance of racism",
        ),
        (
            "We will not publish {cs} that attack people because of their race, nationality, religion, sex, sexual "
            "orientation, disability or age.",
            "Remarks about a person's island of birth, immigration status or accent are not acceptable here.",
            "Racist, sexist, homophobic or otherwise discriminatory language will be removed and may be reported to "
            "the police.",
            "Our club welcomes players and supporters of every background and expects members to do the same online.",
            "Stereotyping whole communities, on the estate or anywhere else, will not be tolerated.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal Information",
            "Keep personal details private",
            "Should I share my address or phone number?",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, telephone number, email address or flat number, including your own.",
            "Please do not name or identify neighbours in disputes, even if you think everyone already knows who "
            "they are.",
            "If you need to share contact details with another member, use the private message function instead.",
            "Photographs of other people, their children or their homes should not be posted without their permission.",
            "Think twice before sharing details of your own health that you would not want an employer or insurer "
            "to read.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young players",
            "Keeping everyone safe",
            "What if I'm worried about someone?",
            "Safeguarding Policy",
        ),
        (
            "Do not post photographs or the full names of junior players without written consent from a parent or "
            "guardian.",
            "Adult members must not contact junior members through private messages on this site.",
            "If a {c} makes you worried about a child or a vulnerable adult, tell the club welfare officer straight "
            "away.",
            "Any {c} that raises a safeguarding concern will be passed to the appropriate authorities.",
            "Volunteers under 18 should not be named or pictured on these pages without the agreement of a parent or "
            "carer.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {cs}",
            "When will my {c} go live?",
            "Moderation times",
        ),
        (
            "All {cs} are checked by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "The newsroom closes at 5pm Atlantic time, and {cs} submitted after that are reviewed the following "
            "morning.",
            "Please do not send the same {c} again if it does not appear at once, as duplicates slow the queue down.",
            "A new member's first few {cs} are held for approval as a precaution against spam.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place?",
            "Keep It Relevant",
            "Off-topic {cs}",
        ),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "This noticeboard is for matters affecting the parish; national politics belongs elsewhere.",
            "Questions about your own tenancy or repairs should go to the housing office, not the residents' board.",
            "{Cs} that wander from the subject may be moved to the general chat section or removed.",
            "Please start a new thread rather than taking over someone else's with an unrelated question.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial posts",
            "Can I promote my business?",
            "Adverts and links",
        ),
        (
            "Advertising, chain letters and repeated links to outside websites will be deleted without notice.",
            "Members may not use the forum to sell inhalers, medicines or supplements of any kind.",
            "Local traders who wish to advertise should contact the parish clerk about rates in the parish magazine.",
            "Veneers, tools and offcuts may be offered for sale only on the Members' Sales board, and only by members.",
            "Accounts that exist only to post links will be closed and their {cs} deleted.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "Use your real name",
            "One account per person",
            "Do I have to use my real name?",
            "Registration",
        ),
        (
            "{Cs} must carry your real first name and surname; we do not publish anonymous {cs}.",
            "You may use a username, but the moderators must be able to contact you by email.",
            "Each member may hold one account only, and accounts must not be shared.",
            "Do not impersonate another person, a councillor, a club official or a member of staff.",
            "{Cs} chosen for the print edition will appear with your name and hometown.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Stay within the law",
            "Could my {c} get me into trouble?",
            "Libel and Contempt",
        ),
        (
            "You are legally responsible for what you post, and {cs} can be used as evidence in court.",
            "Do not make allegations against named people that you cannot prove; the libel laws apply to readers' "
            "{cs} just as they do to our reporting.",
            "Do not discuss cases that are before the courts, name people who have not been charged, or identify "
            "victims or juveniles.",
            "Nothing you post should encourage, describe or boast of a criminal offence.",
            "We will cooperate with the police if a {c} appears to break the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I post a photo or article I found?",
            "Intellectual property",
            "Patterns and designs",
        ),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please do not copy whole articles from other papers; a short quote and a link will do.",
            "Published marquetry patterns remain the copyright of their designers and must not be scanned and shared "
            "here.",
            "By posting a picture you give us permission to reproduce it on our website and in the newsletter.",
            "Material posted in breach of copyright will be removed as soon as we are made aware of it.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Flagging {cs}",
            "How do I report a {c}?",
            "Seen something wrong?",
            "Complaints",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also email the moderators, with a link to the {c} and the reason for your concern.",
            "Please do not argue with rule-breakers in public; report them and let the moderators deal with it.",
            "Reports are read by a moderator, usually within a day, and are treated in confidence.",
            "Complaints about the noticeboard may be put in writing to the association's secretary.",
        ),
    ),
    (  # editor's discretion
        (
            "Our discretion",
            "Editor's decision",
            "The final say",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "Right to remove",
        ),
        (
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "The editor's decision on whether to publish a {c} is final.",
            "Moderators may close a thread at any time if it stops being constructive.",
            "Publication of a {c} does not mean that we agree with it.",
            "The parish council does not endorse the views expressed by residents on these pages.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and corrections",
            "Contact the newsroom",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than pointing it out in a {c}.",
            "Tips and story ideas are welcome; contact the editor directly so that we can follow them up.",
            "Corrections to the minutes should be raised with the clerk before the next meeting, not on the website.",
            "Photographs and eyewitness accounts of breaking news can be sent to our news desk.",
            "Obituaries, church notices and event listings for the paper must reach the office by noon on Monday.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Bad language",
            "Write clearly",
            "Is swearing allowed?",
        ),
        (
            "Swearing, including swearing disguised with asterisks or symbols, is not permitted.",
            "Please write in English so that all members and moderators can follow the discussion.",
            "Typing in capital letters reads as shouting, so please avoid it.",
            "Keep text-speak and abbreviations to a minimum, as not everyone will understand them.",
            "Crude or sexual language will be removed, whoever it is aimed at.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspensions",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
        ),
        (
            "Members who break these rules will normally receive a warning before any further action is taken.",
            "Repeated or serious breaches will lead to a temporary suspension or a permanent ban.",
            "Anyone who sets up a new account to get round a ban will be banned again without notice.",
            "The committee may withdraw a member's posting rights for behaviour that brings the society into "
            "disrepute.",
            "We operate a three-strikes policy, although we may go straight to a ban in serious cases.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health and safety",
            "Safety first",
            "Should I follow advice given here?",
            "Emergencies",
        ),
        (
            "Members share their own experiences, which are no substitute for advice from your GP or asthma nurse.",
            "Never change or stop your medication because of something you have read on this forum.",
            "If you are having an asthma attack, do not post here: call 999 now.",
            "Report faults with lifts, fire doors or smoke alarms to the council's repairs line, not only on this "
            "board.",
            "Volunteers must not work the sluice gates or machinery on the strength of anything read here; training "
            "is given on site.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (reworded-180 only).
POLICY_TITLES_180 = (
    "House Rules",
    "Forum rules",
    "{C} Policy",
    "Guidelines for {cs}",
    "Noticeboard rules",
    "Before you post",
    "Community Guidelines",
    "Rules of the message board",
    "Posting guidelines",
    "Reader {cs}: our rules",
    "Terms of use",
)


POLICY_INTROS_180 = (
    "We welcome {cs} from readers at home and overseas, but please follow these rules.",
    "Please read the following before posting.",
    "This board is run by volunteers for the residents of the block, and these rules help keep it friendly.",
    "By registering you agree to the house rules set out below.",
    "The parish council is happy to host residents' {cs}, subject to the following conditions.",
    "Our forum is a supportive place for people living with asthma and those who care for them.",
)


POLICY_CLOSINGS_180 = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may be updated from time to time; the current version is always on this page.",
    "If in doubt, leave it out.",
    "Questions about these guidelines can be sent to the moderators.",
    "Last reviewed by the committee at the annual general meeting.",
    "Happy posting!",
)


#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_180 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "offence": "offense",
}


#: Words a site may use for what readers send, instead of "comment" (single, plural); none starts with a vowel.
WORDS_180 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


_MINOR = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "as", "per"))
_NUMBER_WORDS = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
)


def _titled(text: str) -> str:
    """``text`` in title case, short words kept small after the first."""
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        out.append(word if i and word.lower() in _MINOR else word[:1].upper() + word[1:])
    return " ".join(out)


def _sentence_cased(text: str) -> str:
    text = " ".join("I" if word == "i" else ("I'm" if word == "i'm" else word) for word in text.lower().split(" "))
    return text[:1].upper() + text[1:]


def _numeral(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _mark(style: str, n: int) -> str:
    """What a site prints before its ``n``-th item (from 1), with the space after it; "" for nothing."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    shapes = {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "#1": f"#{n}",
        "Rule 1:": f"Rule {n}:",
        "Rule 1.": f"Rule {n}.",
        "RULE 1 -": f"RULE {n} -",
        "Rule One:": f"Rule {_NUMBER_WORDS[(n - 1) % len(_NUMBER_WORDS)]}:",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_numeral(n)}.",
        "(i)": f"({_numeral(n)})",
        "I.": f"{_numeral(n).upper()}.",
        "I)": f"{_numeral(n).upper()})",
    }
    if style in shapes:
        return shapes[style] + (" " if shapes[style] else "")
    return style + " "  # a bullet


#: How a site marks the sentences under one heading, when it marks them as a list (from 0).
_SUBS = {
    "(a)": lambda j: f"({'abc'[j]})",
    "a)": lambda j: f"{'abc'[j]})",
    "(i)": lambda j: f"({_numeral(j + 1)})",
}

_BULLETS = frozenset(("•", "-", "*", "●", "›", "✓", "✅", "👉", "■", "–", "o"))

_STYLES = (
    ("none", 7),
    ("1.", 6),
    ("1)", 2),
    ("(1)", 1),
    ("#1", 0.6),
    ("Rule 1:", 1),
    ("Rule 1.", 0.5),
    ("RULE 1 -", 0.4),
    ("Rule One:", 0.3),
    ("a.", 0.6),
    ("a)", 1),
    ("(a)", 1),
    ("A.", 0.5),
    ("i.", 0.6),
    ("(i)", 0.8),
    ("I.", 0.5),
    ("I)", 0.2),
    ("•", 3),
    ("-", 1.2),
    ("*", 0.8),
    ("●", 0.5),
    ("›", 0.4),
    ("✓", 0.4),
    ("✅", 0.3),
    ("👉", 0.3),
    ("■", 0.4),
    ("–", 0.6),
    ("o", 0.3),
)


def _items_180(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-180 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment" and print nothing that does); how
    many item kinds (two to five now and then, else six to all sixteen), in the table's order or drawn; one sentence
    an item, or one to three; its headings (none, on their own part, run in before a stop, colon or dash, or asked
    and answered), in one case for the whole list; the mark before each item (numbers, letters, Roman numerals,
    "Rule n", bullets or none, sometimes on a line of its own or numbered within a section); and a few other habits
    of print (sentences under a heading lettered or bulleted, an item's sentences run into one paragraph, headings
    in brackets, a line counting the rules, rules between items, no full stops after bullets); then ``_furnish``
    adds the opening, closing and title lines."""
    never_comment = rng.random() < 0.25
    if never_comment or rng.random() < 0.2:
        single, plural = rng.choice(WORDS_180)
    else:
        single, plural = "comment", "comments"
    words = {"c": single, "cs": plural, "C": single.capitalize(), "Cs": plural.capitalize()}

    def fill(choices: tuple[str, ...]) -> list[str]:
        filled = [text.format(**words) for text in choices]
        return [text for text in filled if not (never_comment and _says_comment(text))]

    total = len(REWORDINGS_180)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, total)
    picked = rng.sample(range(total), count)
    if rng.random() < 0.45:
        picked.sort()
    most = rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0]  # sentences an item, at most

    heads = rng.choices(("own", "run", "none", "asked"), (0.45, 0.3, 0.13, 0.12))[0]
    case = rng.choices(("as", "upper", "title", "sentence"), (0.5, 0.18, 0.16, 0.16))[0]
    stop = rng.choice(("", "", ".", ":", " -"))
    run_after = rng.choice((": ", ". ", " – ", " — ", " - ", ": "))
    answered = rng.choice(("", "", "Q: ", "Q. "))
    bracketed = heads == "own" and rng.random() < 0.06  # "[Privacy]"
    names = list(zip(*_STYLES, strict=True))
    style = rng.choices(names[0], names[1])[0]
    counted = style in ("1.", "1)", "(1)")
    section = rng.randint(1, 9) if counted and rng.random() < 0.15 else 0  # "3.1", "3.2" ...
    alone = style != "none" and style not in _BULLETS and rng.random() < 0.1  # "4." on a line of its own
    under = rng.choice(("(a)", "a)", "(i)", "•", "-", "–")) if heads == "own" and rng.random() < 0.2 else ""
    if under in ("(a)", "a)") and style in ("a.", "a)", "(a)", "A."):
        under = "(i)"  # lettered items, their sentences numbered in Roman
    paragraph = rng.random() < 0.25  # an item's sentences printed as one paragraph
    bare = (style == "none" or style in _BULLETS) and rng.random() < 0.15
    between = rng.choice(("* * *", "—", "~~~", "________")) if rng.random() < 0.05 else ""

    items: list[tuple[str, ...]] = []
    printed = 0
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_180[index]
        heading_choices = fill(headings)
        sentence_choices = fill(sentences)
        if not sentence_choices:
            continue
        if heads == "asked":
            heading_choices = [text for text in heading_choices if text.endswith("?")] or heading_choices
        chosen = rng.sample(sentence_choices, min(rng.randint(1, most), len(sentence_choices)))
        if rng.random() < 0.5:
            chosen.sort(key=sentence_choices.index)
        if bare:
            chosen = [text[:-1] if text.endswith(".") else text for text in chosen]
        heading = ""
        if heads != "none" and heading_choices and rng.random() > 0.04:
            heading = rng.choice(heading_choices)
            if case == "upper":
                heading = heading.upper()
            elif case == "title":
                heading = _titled(heading)
            elif case == "sentence":
                heading = _sentence_cased(heading)
        if under and heading and (len(chosen) > 1 or under not in _SUBS):
            chosen = [
                _SUBS[under](j) + " " + text if under in _SUBS else f"{under} {text}" for j, text in enumerate(chosen)
            ]
        elif paragraph and len(chosen) > 1:
            chosen = [" ".join(chosen)]
        mark = f"{section}.{n} " if section else _mark(style, n)

        if heads == "asked" and heading:
            if answered and heading.endswith("?"):
                parts = [answered + heading, ("A: " if answered == "Q: " else "A. ") + chosen[0], *chosen[1:]]
            else:
                parts = [heading, *chosen]
        elif heads == "run" and heading:
            after = " " if heading.endswith("?") and run_after in (": ", ". ") else run_after
            parts = ["", heading + after + chosen[0], *chosen[1:]]
        elif heading:
            if bracketed:
                heading = f"[{heading}]"
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
        items.append(tuple(parts))
        printed += 1
        if between and n < len(picked):
            items.append(("", between))

    if printed and rng.random() < 0.08:  # "Our 9 house rules:"
        line = rng.choice(("Our {} house rules:", "There are {} simple rules:", "{} rules to follow"))
        items.insert(0, ("", line.format(printed)))

    return _furnish(
        items, rng, fill(POLICY_INTROS_180), fill(POLICY_CLOSINGS_180), fill(POLICY_TITLES_180), AMERICAN_180
    )
