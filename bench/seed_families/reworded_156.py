"""The ``reworded-156`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Trinidad and Tobago community news, Orkney papers, New Hampshire lake-town bulletins, roller-derby
leagues, pottery co-operatives, diabetes type 1 parent forums, village-hall committees, vintage-caravan clubs.

Written blind: from how such sites word and print their posting rules, house rules and group guidelines, without
reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without a stop: a document picks one, and how to print it), and five
#: sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's
#: word for what readers send (singular, plural; capitalised). Written in British spelling; a document may print
#: it in American spelling (``AMERICAN_156``).
REWORDINGS_156 = (
    (  # civility
        (
            "Be kind",
            "Treat Others with Respect",
            "Be courteous to one another",
            "Respect",
            "Would you say it to their face?",
            "Play nice",
        ),
        (
            "Argue with the point being made, not with the person making it.",
            "We are all here for the same reason, so please treat every member with courtesy, even when you disagree.",
            "Name-calling, belittling and snide remarks have no place here, whoever they are aimed at.",
            "If you would not say it across the table at a committee meeting, do not say it in a {c}.",
            "Robust debate is welcome; rudeness, bullying and pile-ons are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and Discrimination",
            "Zero tolerance for bigotry",
            "No racism, sexism or homophobia",
            "Is it hateful?",
        ),
        (
            "{Cs} that attack people for their race, religion, ethnicity, sex, sexuality, disability or age will be "
            "deleted without warning.",
            "We will not host racist, homophobic, transphobic or sectarian remarks, including ones dressed up as jokes.",
            "Stirring up hatred against any group is against the law as well as our rules, and we will report it.",
            "Slurs are not allowed in any form, including with letters swapped for asterisks.",
            "This league is for every skater, whatever their gender identity, and {cs} that say otherwise will be "
            "taken down.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal Information",
            "Don't share other people's details",
            "Keep it private",
            "Whose information is it?",
        ),
        (
            "Do not post anyone's address, phone number, email or workplace, and think twice before posting your own.",
            "Never share screenshots of private messages, or of another member's CGM graphs, without asking first.",
            "Please do not name or tag other members' children, or pass on details of their medical care.",
            "What is said in the group stays in the group: do not copy members' {cs} to other sites or to the press.",
            "Blur out number plates and house names before you post photos of vans, pitches or driveways.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and young people",
            "Keep young members safe",
            "Photos of Children",
            "Under-18s",
        ),
        (
            "Photos of junior skaters may only be shared with written consent from a parent or guardian.",
            "Any concern about the welfare of a child or vulnerable adult should go to our safeguarding officer, not "
            "into a public {c}.",
            "Do not post pictures in which a child's name, school or uniform can be seen.",
            "Anyone under 16 must have a parent or carer's permission to join and post.",
            "We will pass on anything that suggests a child is at risk to the police or social services.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {Cs}",
            "Please be patient",
        ),
        (
            "All {cs} are read by a volunteer before they go live, so there may be a delay, especially at weekends.",
            "New members' first few {cs} are held for approval.",
            "Our moderators are parents too, and we cannot always approve {cs} straight away.",
            "Our office in Kirkwall is staffed on weekdays only, so {cs} sent at the weekend are read on Monday.",
            "Please do not send the same {c} again if it does not appear at once: it is in the queue.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-Topic Posts",
            "What this group is for",
            "Is it on topic?",
        ),
        (
            "Please keep {cs} to the subject of the story or thread you are replying to.",
            "This forum is for parents and carers of children with type 1; general chat belongs on the Off-Topic board.",
            "Party politics, national or local, is not for this page unless it bears directly on the hall.",
            "Lost pets, found keys and road closures go in the community notices, not under news stories.",
            "Threads that drift far from their subject may be locked or moved by a moderator.",
        ),
    ),
    (  # advertising, spam
        (
            "No spam",
            "Advertising and selling",
            "No Self-Promotion",
            "Buying and selling",
            "Can I sell things here?",
        ),
        (
            "Commercial advertising is not allowed; members may list items for sale on the classifieds board only.",
            "Links to businesses, fundraisers or petitions need a moderator's say-so first.",
            "Do not sell, swap or give away insulin, test strips or any other prescription supplies here.",
            "Chain letters, pyramid schemes and repeated links will be removed and the poster banned.",
            "Potters may share news of their own sales and open studios once a month, in the pinned thread.",
        ),
    ),
    (  # real names, accounts
        (
            "Use your real name",
            "Accounts",
            "One account per person",
            "Who can post?",
            "Names and Profiles",
        ),
        (
            "We ask that you post under your own name, as you would sign a letter to the paper.",
            "Each member may hold one account; duplicate or sock-puppet accounts will be closed.",
            "Derby names are fine, but the league secretary must know who you are.",
            "Do not pretend to be another person, a club official or an organisation.",
            "Requests to join from profiles with no photo and no answers to the joining questions are declined.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Defamation and Contempt",
            "Stay within the law",
            "Is it legal?",
        ),
        (
            "You are legally responsible for what you post, and you can be sued for defamation just as a newspaper can.",
            "Do not discuss live court cases: anything that might prejudice a trial will be removed.",
            "Never accuse a named person of a crime unless they have been charged or convicted.",
            "{Cs} that break the laws of Trinidad and Tobago, or of the country you live in, will be taken down.",
            "We will co-operate with the police and the courts where the law requires us to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Only post what you own",
            "Credit where it's due",
            "Using your {cs}",
        ),
        (
            "Only upload photos you took yourself or have permission to use.",
            "Do not paste whole articles from other papers; a short quote and a link is fine.",
            "Glaze recipes shared here belong to the potter who shared them, so ask before you publish them elsewhere.",
            "By posting, you let us publish your {c} on the site and in print.",
            "Rally photos posted to the gallery may appear in the club magazine, credited to the photographer.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flagging {Cs}",
            "How to report",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link under it rather than replying.",
            "Please report problems to an admin by private message; do not argue it out in the thread.",
            "Every report is read, though we do not always reply to say what we have done.",
            "To complain about something printed in the paper itself, write to the editor.",
            "Reports are anonymous: the member you report will not be told who you are.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "Editor's Discretion",
            "The final say",
            "Who decides?",
        ),
        (
            "The admins may remove any {c} or member at their discretion, without giving a reason.",
            "Publication of {cs} is at the discretion of the editor.",
            "These rules are a guide, not a contract, and the committee may change them at any time.",
            "We do not enter into correspondence about {cs} we have chosen not to publish.",
            "Moderators are volunteers doing their best; please accept their decisions with good grace.",
        ),
    ),
    (  # corrections, news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and Corrections",
        ),
        (
            "If we have got something wrong, tell the newsroom directly rather than in a {c}, so it can be put right.",
            "Story ideas and news tips are always welcome by email or by calling the office.",
            "We correct factual errors promptly and note the correction at the foot of the article.",
            "Have a photo of the lake, the ice-out or town meeting? Send it in and we may use it in next week's bulletin.",
            "Corrections to fixture dates and bout results should go to the league secretary.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "Family-friendly, please",
        ),
        (
            "Please avoid swearing and crude language; children read this page too.",
            "Obscenities will be removed, even with letters starred out.",
            "Creole and Trini talk are welcome here; cussing and vulgar language are not.",
            "{Cs} written all in capitals read as shouting, so please don't.",
            "Text speak is hard for some members to follow, so please write in full sentences.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Enforcement",
        ),
        (
            "A first breach will usually earn a warning; a second, a suspension; a third, removal from the group.",
            "Serious breaches, such as threats or hateful behaviour, lead to an immediate ban.",
            "Members who are banned may not rejoin under another name.",
            "We may put a member's {cs} on approval for a time rather than remove them.",
            "Removal from the forum does not affect your membership of the club, which is a matter for the committee.",
        ),
    ),
    (  # safety, advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety first",
            "Advice disclaimer",
            "Is this advice?",
        ),
        (
            "Nothing posted here is medical advice: always check changes to insulin doses with your child's diabetes "
            "team.",
            "In an emergency, call the emergency services before you post anything.",
            "Members share what has worked for them, which may not be what works for you.",
            "Ice reports from readers are no guarantee: check conditions yourself before you go out on the lake.",
            "Tips on towing, gas and electrics are given in good faith; have your van checked by a qualified engineer.",
        ),
    ),
)


#: Titles, opening and closing lines some such sites print with their rules (reworded-156 only).
TITLES_156 = (
    "House Rules",
    "Community guidelines",
    "Group rules",
    "Forum Rules",
    "Posting guidelines",
    "Comment policy",
    "Rules of the page",
    "Code of Conduct",
    "Before you post",
    "Guidelines for contributors",
)

INTROS_156 = (
    "Before you post, please take a minute to read our house rules.",
    "These guidelines are here to keep this a friendly and supportive place.",
    "We welcome {cs} from readers, subject to the rules below.",
    "By joining this group you agree to the rules below.",
    "This forum is run by volunteers, for parents and carers of children with type 1 diabetes.",
    "The committee asks everyone who uses this page to observe the following.",
)

CLOSINGS_156 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Message any of the admins.",
    "These rules were last reviewed by the committee in March.",
    "Thanks, and happy rallying!",
    "These guidelines may be updated from time to time.",
    "Skate safe and be kind.",
    "If in doubt, leave it out.",
)

#: British spellings in the lists above and their American forms (a reworded-156 document prints one or the other).
AMERICAN_156 = {
    "organisation": "organization",
    "co-operate": "cooperate",
    "behaviour": "behavior",
    "at weekends": "on weekends",
    "at the weekend": "on the weekend",
}

#: The site's word for what readers send: (singular, plural).
_NOUNS_156 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_SMALL_156 = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "with"}


def _title_case_156(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL_156 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _sentence_case_156(text: str) -> str:
    words = text.split(" ")
    kept = [word if word == "I" or (len(word) > 1 and word.isupper()) else word.lower() for word in words[1:]]
    return " ".join([words[0][:1].upper() + words[0][1:].lower(), *kept])


def _roman_156(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _marker_156(rng: random.Random):
    """How this site marks its items: a function of the item's number (from 1) giving its marker, or None."""
    shape = rng.choices(
        ("none", "number", "letter", "roman", "bullet", "rule", "emoji"),
        weights=(30, 25, 9, 7, 19, 6, 4),
    )[0]
    if shape == "none":
        return None
    if shape == "number":
        form = rng.choice(("{}. ", "{}. ", "{}) ", "({}) ", "{} - ", "{}: ", "{}.", "#{} "))
        return lambda n: form.format(n)
    if shape == "letter":
        form = rng.choice(("{}) ", "({}) ", "{}. "))
        upper = rng.random() < 0.4
        return lambda n: form.format(chr(ord("A" if upper else "a") + n - 1))
    if shape == "roman":
        form = rng.choice(("{}. ", "({}) ", "{}) "))
        upper = rng.random() < 0.4
        return lambda n: form.format(_roman_156(n).upper() if upper else _roman_156(n))
    if shape == "bullet":
        bullet = rng.choice(("\u2022 ", "- ", "* ", "\u2013 ", "\u00b7 ", "\u25aa ", "o "))
        return lambda n: bullet
    if shape == "rule":
        form = rng.choice(("Rule {}: ", "Rule {} - ", "Rule #{} \u2013 ", "RULE {}. "))
        return lambda n: form.format(n)
    emoji = rng.choice(("\u2705 ", "\U0001f6ab ", "\u26a0\ufe0f ", "\U0001f499 ", "\u27a1\ufe0f "))
    return lambda n: emoji


def _items_156(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-156 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply or
    contribution, and then no line says "comment"); few items (two to four, 0.25) or many (six to sixteen), in the
    table's order (0.5) or shuffled; one to three of an item's sentences, mostly one or mostly two; headings in the
    table's case, title case, capitals or sentence case, or none at all (0.15); a heading on a part of its own (with
    a colon, a stop or nothing after it) or run in before the first sentence after a colon, stop or dash; the
    site's markers (none, numbers, letters, roman numerals, bullets, "Rule N", emoji), and now and then clause
    numbers or bullets on the sentences under a heading of its own, headings in forum bold, and sentences without
    their final stop. Then the opening, closing and title lines by :func:`_furnish`."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_156)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_156)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (2, 4, 2), (5, 4, 0)))

    bare = rng.random() < 0.15
    case = rng.choice(("table", "table", "title", "upper", "sentence"))
    apart = rng.random() < 0.45  # a heading on a part of its own
    after_apart = rng.choice(("", "", ":", "."))
    run_in = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 ", ":  "))
    marker = _marker_156(rng)
    numbered = marker is not None and marker(1)[:1] == "1"
    clauses = apart and not bare and numbered and rng.random() < 0.35  # 4. Heading / 4.1 sentence / 4.2 sentence
    sub_bullet = apart and not bare and not clauses and rng.random() < 0.2
    sub = rng.choice(("- ", "\u2022 ", "\u2013 "))
    bold = not bare and rng.random() < 0.06
    no_stop = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_156[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if no_stop:
            picked[-1] = picked[-1].rstrip(".")
        heading = "" if bare else rng.choice(headings).format(**words)
        if heading:
            heading = {
                "table": heading,
                "title": _title_case_156(heading),
                "upper": heading.upper(),
                "sentence": _sentence_case_156(heading),
            }[case]
            if bold:
                heading = f"**{heading}**"
        mark = marker(number) if marker else ""
        if clauses:
            picked = [f"{number}.{i} {sentence}" for i, sentence in enumerate(picked, start=1)]
            mark = f"{number}. "
        elif sub_bullet:
            picked = [sub + sentence for sentence in picked]
        if not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            items.append((mark + heading + end, *picked))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))

    def fits(lines: tuple[str, ...]) -> list[str]:
        lines = tuple(line.format(**words) for line in lines)
        return [line for line in lines if one == "comment" or not _says_comment(line)]

    return _furnish(items, rng, fits(INTROS_156), fits(CLOSINGS_156), fits(TITLES_156), AMERICAN_156)
