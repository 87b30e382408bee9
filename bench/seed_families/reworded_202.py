"""The ``reworded-202`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Seychelles and Maldives English news, Fenland village bulletins, Wyoming coal-town weeklies,
dragon-boat clubs, brass-band associations, Parkinson's carers' forums, block-of-flats residents' boards and
tramway-heritage friends.

Written blind: from how real sites of these kinds word and print their posting rules, not from the cleaner's code,
its docs or reports, nor from other families' sentences.
"""

from __future__ import annotations

import random

from ._common import _furnish

#: Per kind of item: heading choices (printed without their stop; a question keeps its mark) and five sentences, of
#: which an item prints one to three in order. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``: the site's word for what readers
#: send. Written in British spelling; a document may print it in American spelling (``AMERICAN_202``).
REWORDINGS_202 = (
    (  # civility
        ("Be courteous", "Play the ball, not the player", "Civility", "Keep it friendly", "Why be polite?", "Manners"),
        (
            "Disagree by all means, but do it politely and without personal remarks.",
            "Treat fellow members as you would at a band practice or on the bank: with good humour.",
            "Name-calling, sneering and goading other readers will see your {c} taken down.",
            "Remember there is a real person reading your {c}, often someone who lives just down the road.",
            "Criticise the idea, the decision or the timetable, never the neighbour who suggested it.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Zero tolerance for hatred", "Respect for all", "Is it prejudiced?"),
        (
            "We will not publish anything that attacks people for their race, religion, nationality, sex, sexuality,"
            " disability or age.",
            "Remarks aimed at expatriate workers, migrants or any island community as a group are not acceptable.",
            "Jokes at the expense of people living with Parkinson's, or any other condition, will be removed.",
            "Stirring up hatred is a criminal offence, and we will pass details to the police where the law requires"
            " it.",
            "Slurs are removed whether or not they are spelt out, starred out or 'only banter'.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Other people's information",
            "Protect privacy",
            "Can I name a neighbour?",
        ),
        (
            "Do not post addresses, flat numbers, phone numbers or email addresses, yours or anyone else's.",
            "Please don't name or identify residents in {cs} about noise, parking or bins; tell the managing agent"
            " instead.",
            "Photographs of people who have not agreed to appear must not be uploaded.",
            "Details of a person's health, care or medication belong to them and must not be shared without their"
            " consent.",
            "If you share your own story, think about whether the person you care for would be happy for it to be"
            " read.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Looking after each other",
            "Safeguarding concerns",
            "What if I'm worried about someone?",
        ),
        (
            "Do not post pictures of junior paddlers or youth band members without the written consent of a parent.",
            "If you are worried that someone is at risk of harm, contact the club welfare officer rather than posting.",
            "If a member says something that worries you, please let the moderators know straight away.",
            "Anyone in immediate danger should call 999, or 112 or 911 from a mobile abroad, before anything else.",
            "Never arrange to meet a young member privately through this board.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are checked by a moderator before they appear, which may take up to 24 hours.",
            "The board is moderated by volunteers, so please be patient at weekends and on practice nights.",
            "{Cs} sent outside office hours in Victoria or Malé will be read on the next working day.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "{Cs} may close on stories after three days, or sooner on court reports.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is it relevant?", "Right thread, right place"),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Lost and found, rides to the regatta and spare sheet music have their own boards; please use them.",
            "Threads that drift into national politics will be closed.",
            "Start a new topic rather than reviving one that is more than a year old.",
            "{Cs} about the tramcar restoration belong in the workshop section, not in the events diary.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Adverts", "Can I sell something here?"),
        (
            "Commercial advertising is not allowed; small ads go in the classifieds page.",
            "Members may mention instruments or paddles for sale once, in the marketplace thread only.",
            "Links to other websites are allowed only where they add to the discussion.",
            "Repeated {cs}, chain messages and anything that looks like spam will be deleted without warning.",
            "Fundraisers, raffles and sponsored paddles need the committee's agreement before they are posted.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "One person, one account", "Usernames", "Who can post?"),
        (
            "Please post under your own name; members of the board should be identifiable to the committee.",
            "Only one account per person is allowed, and accounts must not be shared.",
            "Do not pretend to be somebody else, including the parish council, the band or this newspaper.",
            "Usernames that are offensive or misleading will be changed or removed.",
            "Only residents and leaseholders of the building may register, and we may ask for proof.",
        ),
    ),
    (  # the law
        ("The law", "Legal", "Defamation", "Stay within the law", "Could I be sued?"),
        (
            "You are legally responsible for what you post, and you can be sued for defamation.",
            "Do not accuse anyone of a crime, and do not discuss a case that is before the courts.",
            "Nothing may be posted that breaks the laws of the Republic of Seychelles or of the Maldives.",
            "We will co-operate with the police and courts if they ask us for information about a {c}.",
            "Allegations about named people, however widely repeated in the village, will not be published.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright", "Is it yours to share?", "Pictures and music"),
        (
            "Only upload photos that you took yourself or have permission to use.",
            "Please credit the photographer when sharing pictures from the archive.",
            "Do not post scans of band arrangements, test pieces or sheet music that is still in copyright.",
            "Do not copy whole articles from other newspapers; a short quote with a link is fine.",
            "By posting pictures you give the society permission to use them in the newsletter and on our website.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a post?", "Flagging"),
        (
            "Use the 'Report' link under any {c} you think breaks these rules.",
            "Please report problems rather than replying to them; replying only keeps the argument going.",
            "You can also email the moderators or speak to any member of the committee.",
            "Every report is read, though we cannot always tell you what action was taken.",
            "Misuse of the report button to settle disputes may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "The moderators' decision", "Discretion", "Who decides?"),
        (
            "The editor reserves the right to remove, edit or refuse any {c} without giving a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "We may shorten {cs} for length or clarity.",
            "Publication of a {c} does not mean we agree with it.",
            "The views expressed are those of the writer and not of the association.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, please email the newsdesk rather than leaving a {c}.",
            "Corrections are made promptly and noted at the foot of the article.",
            "Have a story from your village? Send it to the editor, with a photo if you can.",
            "Items for the next bulletin must reach us by the 15th of the month.",
            "News tips can be sent in confidence to our reporters by email or WhatsApp.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Swearing", "What language can I use?"),
        (
            "Please write in English so that all members can follow the discussion.",
            "No swearing, including swear words with letters replaced by symbols.",
            "Avoid writing in capitals; it reads as shouting.",
            "Younger members and families read this board too, so please keep it clean.",
            "Please avoid text speak and abbreviations that others may not understand.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "Sanctions", "What happens if I break the rules?", "Suspensions"),
        (
            "Members who break these rules will first receive a warning from the moderators.",
            "Repeated breaches will lead to suspension and then to a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Banned members who return under another name will be removed again.",
            "Your membership of the board may be withdrawn by the committee at any time.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Safety first", "Not professional advice", "Advice", "Can I trust advice here?"),
        (
            "Members share their own experience; nothing here is medical advice.",
            "Always speak to the specialist nurse or consultant before changing any medication.",
            "Never go out on the water without a qualified helm and a life jacket, whatever the thread says.",
            "Do not enter the tramway's track or depot without a site induction from a volunteer.",
            "Check times and closures with the organisers before travelling, as plans can change at short notice.",
        ),
    ),
)

#: Opening lines a site prints above its rules.
INTROS_202 = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers, but we ask you to follow a few simple rules.",
    "This board is run by volunteers for the residents of the building.",
    "These guidelines help keep the forum a friendly and supportive place for carers.",
    "By posting, you agree to the following terms.",
    "The club's message board is open to all members and supporters.",
    "Our {cs} section is a place for lively discussion, within limits.",
)

#: Closing lines a site prints below its rules.
CLOSINGS_202 = (
    "Thank you for helping to keep the board friendly.",
    "These rules may be updated from time to time.",
    "Questions about these rules? Contact the moderators.",
    "The Committee",
    "Last updated March 2025.",
    "Happy posting!",
    "Thank you for reading and for taking part.",
)

#: Title lines a site prints above its rules.
TITLES_202 = (
    "House Rules",
    "{C} Policy",
    "Community Guidelines",
    "Forum Rules",
    "Rules of the Board",
    "Posting Guidelines",
    "Terms of Use",
    "Guidelines for {Cs}",
)

#: British spellings as printed, and their American spelling.
AMERICAN_202 = {
    "humour": "humor",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "criticise": "criticize",
    "offence": "offense",
    "colour": "color",
    "organisers": "organizers",
    "programme": "program",
    "licence": "license",
    "centre": "center",
}

#: A site's word for what readers send: (singular, plural).
_WORDS = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL) or not word[:1].islower() else word[:1].upper() + word[1:]
        for i, word in enumerate(words)
    )


def _case(heading: str, how: str) -> str:
    if how == "title":
        return _title_case(heading)
    if how == "upper":
        return heading.upper()
    if how == "lower":
        return heading[:1].lower() + heading[1:]
    return heading


def _roman(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    shapes = {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "rule": f"Rule {n}:",
        "rule-dash": f"Rule {n} \u2013",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
    }
    return shapes.get(shape, shape)


def _items_202(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-202 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", text).

    Draws the site's word for what readers send ("comment" three times in four), how many items (two to five 0.3 of
    the time, else six to all sixteen), in the table's order (0.5) or drawn; then, for the whole site: the headings'
    case, whether they stand on their own part, are run in before the first sentence after a colon, stop or dash, or
    are not printed (0.15), the marker shape (numbers, letters, roman numerals, bullets or none), and whether a
    question heading is printed as asked and answered ("Q:" / "A:"), each sentence is bulleted apart under its
    heading, or the heading is put in square brackets; one to three of an item's sentences in order. Finishes with
    ``_furnish`` (opening, closing and title lines, American spelling, curly quotes)."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(_WORDS)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_202))
    picked = rng.sample(range(len(REWORDINGS_202)), count)
    if rng.random() < 0.5:
        picked.sort()

    placing = rng.choice(("own", "own", "own", "run", "run", "none"))
    if rng.random() < 0.15:
        placing = "none"
    case = rng.choice(("as", "as", "as", "title", "title", "upper") + (("lower",) if placing == "own" else ()))
    own_stop = rng.choice(("", "", ".", ":"))
    run_stop = rng.choice((":", ".", " \u2013", " -", " \u2014"))
    shape = rng.choice(
        (
            "",
            "",
            "1.",
            "1)",
            "(1)",
            "rule",
            "rule-dash",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "\u2022",
            "-",
            "*",
            "\u25aa",
            "\u00bb",
        )
    )
    variant = rng.choice(("", "", "", "qa", "sub", "brackets"))
    if variant == "qa" and shape.startswith("rule"):
        shape = ""

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_202[index]
        heading = _case(rng.choice(headings).format(**fill), case)
        start = rng.randrange(len(sentences))
        length = rng.randint(1, 3)
        said = [s.format(**fill) for s in sentences[start : start + length]]
        question = heading.endswith("?")
        if placing == "none":
            heading = ""
        elif variant == "brackets":
            heading = f"[{heading}]"
        elif variant == "qa" and question:
            heading = f"Q: {heading}"
            said[0] = f"A: {said[0]}"
            items.append((f"{_marker(shape, n)} {heading}" if shape else heading, *said))
            continue
        elif not question:
            heading += own_stop if placing == "own" else run_stop
        if variant == "sub" and heading and placing == "own":
            said = [f"\u2013 {s}" for s in said]
        if placing == "run" and heading:
            said[0] = f"{heading} {said[0]}"
            heading = ""
        mark = _marker(shape, n) if shape else ""
        if mark:
            if heading:
                heading = f"{mark} {heading}"
            else:
                said[0] = f"{mark} {said[0]}"
        items.append((heading, *said))

    intros = [s.format(**fill) for s in INTROS_202]
    closings = [s.format(**fill) for s in CLOSINGS_202]
    titles = [s.format(**fill) for s in TITLES_202]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_202)
