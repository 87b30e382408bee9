"""The ``reworded-185`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Jamaican diaspora news, Northumberland village bulletins, Maine lobster-town weeklies, rowing clubs,
astronomy societies, IBS forums, sheltered-housing residents' boards, lighthouse friends' groups.

Written blind: from how sites of these kinds word and print their posting rules, house rules, noticeboard rules and
notes for members, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (printed without their stop; a document picks one, a question or two among them)
#: and sentence choices (an item prints one to three of them). ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` are the site's
#: word for what readers send. Written in British spelling; ``_furnish`` may print it in American (``AMERICAN_185``).
REWORDINGS_185 = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "Play the ball, not the man",
            "Can we disagree?",
            "Good manners cost nothing",
            "Keep it friendly",
        ),
        (
            "Disagree with the view if you must, but never with the person holding it.",
            "Name-calling, sneering and goading other members will not be tolerated.",
            "Treat fellow readers as you would a neighbour at the harbour or the church hall.",
            "Robust debate is welcome here; personal attacks are not.",
            "Please remember there is a real person, often an elderly one, reading every {c}.",
        ),
    ),
    (  # hatred
        (
            "No hatred",
            "Discrimination",
            "Zero tolerance of prejudice",
            "What counts as hate speech?",
            "Equality and respect",
        ),
        (
            "Remarks that demean anyone for their race, colour, faith, sex, sexuality, age or disability will be "
            "removed.",
            "We will not publish {cs} that stir up hatred against any community, at home or abroad.",
            "Slurs about islanders, incomers, newcomers or visitors have no place on this board.",
            "Jokes at the expense of a person's nationality or accent are not welcome.",
            "Members who post bigoted material will be removed from the group without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal details",
            "Keep private things private",
            "Should I share my address?",
            "Protect your neighbours",
        ),
        (
            "Do not post anyone's home address, phone number or flat number, including your own.",
            "Please don't share photographs of residents without their permission.",
            "Medical details you choose to share are visible to everyone; think before you post them.",
            "Never publish screenshots of private messages or emails sent to you.",
            "Boat names and mooring numbers can identify people, so please use them with care.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Junior members",
            "Children and vulnerable adults",
            "Who do I tell if I'm worried about someone?",
            "Looking after each other",
        ),
        (
            "Photographs of junior rowers may only be posted with written consent from a parent or guardian.",
            "Never name a child in a {c} or tag them in a photo.",
            "If you are worried about the welfare of a resident, speak to the scheme manager rather than posting.",
            "Concerns about a member's safety should go to our welfare officer, not the public forum.",
            "Any {c} that puts a child or a vulnerable adult at risk will be removed and may be passed to the "
            "authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Approval of {cs}",
            "Please be patient",
            "Pre-moderation",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a volunteer before they appear, which can take a day or two.",
            "Our moderators are volunteers with day jobs, so please allow up to 48 hours.",
            "{Cs} sent over the weekend will be checked on Monday morning.",
            "New members' first few {cs} are held for approval.",
            "Please don't post the same {c} again if it hasn't appeared; it will only slow things down.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is this the right board?",
            "Relevance",
            "One subject per thread",
        ),
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "General chat belongs in the Clubhouse section, not in race results.",
            "Observing reports go in Observing, equipment questions in Kit Talk.",
            "Off-topic {cs} may be moved or removed without notice.",
            "Party politics is not discussed on this board; there are plenty of other places for it.",
        ),
    ),
    (  # advertising/spam
        (
            "No advertising",
            "Spam and selling",
            "Can I sell something here?",
            "Commercial posts",
            "Promotion",
        ),
        (
            "Adverts for businesses, services or crowdfunding appeals are not permitted without the editor's "
            "agreement.",
            "Members may sell private kit in the For Sale section only; traders must contact the committee first.",
            "Links to supplements, cures or diet plans will be deleted on sight.",
            "Spam will be removed and the account behind it closed.",
            "Chain letters, petitions and raffle tickets for other causes are not allowed.",
        ),
    ),
    (  # real names/accounts
        (
            "Use your real name",
            "Accounts",
            "One member, one account",
            "Why do you ask for my name?",
            "Usernames",
            "Identity",
        ),
        (
            "Please sign your {c} with your name and the village or town you live in.",
            "Anonymous {cs} will not be published.",
            "Each member may hold one account; duplicate accounts will be merged or closed.",
            "Usernames must not be offensive or impersonate another person, club or organisation.",
            "Do not share your login with anyone else, even a member of your family.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could I be sued?",
            "Court cases",
        ),
        (
            "You are legally responsible for what you post, and so are we once it is published.",
            "Do not accuse a named person of a crime or wrongdoing that has not been proven in court.",
            "We will not publish {cs} on cases that are still before the courts, here or in Jamaica.",
            "Anything that may be libellous or in contempt of court will be removed.",
            "We will co-operate with the police where the law requires us to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and other people's work",
            "Can I post a photo I found?",
            "Images",
            "Credit where it's due",
        ),
        (
            "Only upload photographs and astro-images you have taken yourself, or have permission to share.",
            "Please credit the photographer when posting an image that is not your own.",
            "Do not copy whole articles from other newspapers; a short quote and a link is fine.",
            "By posting a picture you allow us to use it in the newsletter, credited to you.",
            "Material that breaches copyright will be taken down when we are told about it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Seen something you don't like?",
            "Report it",
            "Flagging {cs}",
            "How do I complain?",
        ),
        (
            "Use the Report link beneath any {c} that breaks these rules.",
            "Please report problems to a moderator rather than replying to them in the thread.",
            "If you cannot use the button, email the editor and tell us which {c} you mean.",
            "Residents without a computer can leave a note in the box by the lounge door.",
            "Every report is read, although we cannot always reply to each one.",
        ),
    ),
    (  # editor's discretion
        (
            "The editor's decision",
            "Editorial discretion",
            "Our right to edit",
            "Who decides?",
            "Final say",
        ),
        (
            "The editor's decision on what is published is final.",
            "We reserve the right to shorten, edit or decline any {c} without giving a reason.",
            "Publication does not mean the committee agrees with the views expressed.",
            "The views of members are their own and not those of the society or its trustees.",
            "We may close a thread at any time if it stops being useful.",
        ),
    ),
    (  # corrections/news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News and events",
            "Tell us",
        ),
        (
            "If we have got something wrong, email the news desk and we will put it right.",
            "Corrections are made as quickly as we can and noted at the foot of the story.",
            "Have a story from your parish or your community abroad? Send it to the editor.",
            "Notices of events, births, deaths and celebrations are free for residents.",
            "The deadline for the next bulletin is the 20th of each month.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Can I write in patois?",
            "Writing style",
        ),
        (
            "No swearing, including words with letters replaced by symbols.",
            "Patois and dialect are welcome, but abuse is abuse in any language.",
            "Please don't write in capital letters; it reads as shouting.",
            "Keep it clean: children and grandparents read these pages too.",
            "Please write in English so that all members can follow the discussion.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
        ),
        (
            "A first breach will normally earn a private warning from a moderator.",
            "Repeated breaches will lead to a suspension, and then to a permanent ban.",
            "Serious breaches may lead to immediate removal from the group.",
            "Members who are banned must not rejoin under another name.",
            "The committee may withdraw posting rights from any member at its discretion.",
        ),
    ),
    (  # safety/advice
        (
            "Advice and safety",
            "Safety first",
            "Is this advice?",
            "A word of caution",
            "Check before you act",
            "On the water and at the light",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your GP before changing diet or medication.",
            "Never look at the Sun through a telescope or binoculars without a proper solar filter.",
            "Do not go out on the river when the club's flag is red, whatever anyone posts here.",
            "Please do not give dosages or recommend prescription drugs to other members.",
            "Tide times posted by members are a guide only; check the official tables before walking out to the "
            "lighthouse.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (reworded-185 only).
POLICY_TITLES_185 = (
    "House rules",
    "Forum rules",
    "Noticeboard rules",
    "Guidelines for {cs}",
    "Before you post",
    "Community guidelines",
    "Rules of the board",
    "Posting guidelines",
    "Our {c} policy",
    "Members' code of conduct",
)

POLICY_INTROS_185 = (
    "We welcome {cs} from readers at home and across the diaspora, provided they follow these rules.",
    "This board is for residents, their families and staff; please read the rules below before posting.",
    "To keep the forum a friendly and supportive place, we ask all members to follow a few simple rules.",
    "Please read the following before sending us a {c}.",
    "By joining the group you agree to abide by the guidelines below.",
    "These rules were agreed by the committee and apply to everyone.",
)

POLICY_CLOSINGS_185 = (
    "Thank you for helping to keep this a friendly place.",
    "Any questions? Contact the committee secretary.",
    "The rules are reviewed each year at the AGM.",
    "Clear skies, and happy posting!",
    "Thank you, and keep the light burning.",
    "Last updated by the editor.",
    "Breach of these rules may result in removal of your {c}.",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_185 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "organisation": "organization",
    "libellous": "libelous",
    "colour": "color",
    "co-operate": "cooperate",
}

#: Words a site may use for what readers send, instead of "comment" (single, plural); none starts with a vowel.
WORDS_185 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("notice", "notices"),
    ("letter", "letters"),
)

_SMALL = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not", "per"))
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _marker(style: str, n: int) -> str:
    """The mark a site prints before item ``n`` (from 1), with its space; "" for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    shapes = {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "1:": f"{n}:",
        "No. 1": f"No. {n}",
        "Rule 1 -": f"Rule {n} -",
        "RULE 1.": f"RULE {n}.",
        "First,": f"{_ORDINALS[(n - 1) % len(_ORDINALS)]},",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i)": f"{_roman(n)})",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
    }
    if style in shapes:
        return shapes[style] + " " if shapes[style] else ""
    return style + " "  # a bullet


_BULLETS = ("•", "-", "*", "·", "»", "~", "★", "⚓", "🔹", "▪")

_MARKS = (
    ("none", 7),
    ("1.", 6),
    ("1)", 2),
    ("(1)", 1),
    ("1 -", 0.7),
    ("1:", 0.4),
    ("No. 1", 0.4),
    ("Rule 1 -", 0.6),
    ("RULE 1.", 0.4),
    ("First,", 0.3),
    ("a)", 0.6),
    ("(a)", 0.6),
    ("A.", 0.4),
    ("i)", 0.4),
    ("(i)", 0.5),
    ("I.", 0.5),
    ("•", 3),
    ("-", 2),
    ("*", 1.2),
    ("·", 0.4),
    ("»", 0.4),
    ("~", 0.3),
    ("★", 0.3),
    ("⚓", 0.2),
    ("🔹", 0.3),
    ("▪", 0.4),
)


def _items_185(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-185 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment" and print nothing that does); how
    many item kinds (two to five a third of the time, else seven to all sixteen), in the table's order or drawn; one
    sentence an item, or up to two or three; its headings (none, on their own part, or run in before a colon, stop
    or dash), in one case for the whole list (as written, capitals, title case), some with a trailing stop or colon,
    some in markdown bold or underlined by a line of dashes or equals signs; the mark before each item (numbers in
    several shapes, "Rule n", "No. n", ordinal words, letters, Roman numerals, bullets and symbols, or none); and a
    few habits of its own (a "Please note:" before the last sentence of an
    item, "PLEASE" in capitals, a bare marker before a heading's own line, a line of hyphens between items, a line
    naming how many rules there are); then ``_furnish`` adds the opening, closing and title lines."""
    never_comment = rng.random() < 0.25
    if never_comment or rng.random() < 0.3:
        single, plural = rng.choice(WORDS_185)
    else:
        single, plural = "comment", "comments"
    words = {"c": single, "cs": plural, "C": single.capitalize(), "Cs": plural.capitalize()}

    def fill(choices: tuple[str, ...]) -> list[str]:
        filled = [text.format(**words) for text in choices]
        return [text for text in filled if not (never_comment and _says_comment(text))]

    total = len(REWORDINGS_185)
    count = rng.randint(2, 5) if rng.random() < 0.33 else rng.randint(7, total)
    picked = rng.sample(range(total), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choices((1, 2, 3), (0.45, 0.35, 0.2))[0]

    heads = rng.choices(("own", "run", "none"), (0.5, 0.35, 0.15))[0]
    case = rng.choices(("as", "upper", "title"), (0.55, 0.2, 0.25))[0]
    stop = rng.choice(("", "", "", ".", ":"))
    run_after = rng.choice((": ", ": ", ". ", " - ", " – ", " — ", " ... "))
    bold = heads != "none" and rng.random() < 0.08  # "**Privacy**", as forum software prints markdown
    underline = rng.choice(("-", "=")) if heads == "own" and not bold and rng.random() < 0.07 else ""
    names, weights = zip(*_MARKS, strict=True)
    style = rng.choices(names, weights)[0]
    mark_alone = style not in _BULLETS and style != "none" and heads == "own" and rng.random() < 0.1
    if style == "First," and heads == "own":
        style = "1."
    please_note = rng.random() < 0.08
    shouted = rng.random() < 0.07  # "PLEASE" in capitals, as residents' boards print it
    between = "- - - - -" if rng.random() < 0.05 else ""

    items: list[tuple[str, ...]] = []
    printed = 0
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_185[index]
        heading_choices = fill(headings)
        sentence_choices = fill(sentences)
        if not sentence_choices:
            continue
        chosen = rng.sample(sentence_choices, min(rng.randint(1, most), len(sentence_choices)))
        if rng.random() < 0.5:
            chosen.sort(key=sentence_choices.index)
        if shouted:
            chosen = [text.replace("Please", "PLEASE").replace("please", "PLEASE") for text in chosen]
        if please_note and len(chosen) > 1:
            last = chosen[-1]
            chosen[-1] = "Please note: " + last[:1].lower() + last[1:]
        heading = ""
        if heads != "none" and heading_choices and rng.random() > 0.05:
            heading = rng.choice(heading_choices)
            if case == "upper":
                heading = heading.upper()
            elif case == "title":
                heading = _title_case(heading)
            if bold:
                heading = f"**{heading}**"
        mark = _marker(style, n)

        if heads == "run" and heading:
            after = " " if heading.endswith("?") and run_after in (": ", ". ") else run_after
            parts = ["", heading + after + chosen[0], *chosen[1:]]
        elif heading:
            if not heading.endswith("?") and not bold:
                heading += stop
            parts = [heading, *chosen]
            if underline:
                parts.insert(1, underline * max(3, len(heading)))
        else:
            parts = ["", *chosen]

        if mark and mark_alone:
            items.append(("", mark.strip()))
        elif mark:
            first = 0 if parts[0] else 1
            parts[first] = mark + parts[first]
        items.append(tuple(parts))
        printed += 1
        if between and n < len(picked):
            items.append(("", between))

    if printed > 2 and rng.random() < 0.07:
        line = rng.choice(("There are {} rules:", "Our {} golden rules", "The {} rules of this board are:"))
        items.insert(0, ("", line.format(printed)))

    return _furnish(
        items, rng, fill(POLICY_INTROS_185), fill(POLICY_CLOSINGS_185), fill(POLICY_TITLES_185), AMERICAN_185
    )
