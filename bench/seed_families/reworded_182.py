"""The ``reworded-182`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Maltese and Gibraltarian English news, Pembrokeshire village papers, Vermont hill-town weeklies,
table-tennis clubs, rug-hooking guilds, coeliac forums, retirement-village residents' boards, canal-restoration
volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, docs
or reports, nor other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices, and sentence choices (each one sentence). ``{c}``/``{cs}`` are the site's word
#: for what readers send (singular, plural), ``{C}``/``{Cs}`` the same capitalised. Written in British spelling; a
#: document may print it in American spelling (``AMERICAN_182``).
REWORDINGS_182 = (
    (  # civility
        (
            "Be courteous",
            "Courtesy Costs Nothing",
            "Play the ball, not the player",
            "Be kind",
            "Why be polite?",
            "Manners",
        ),
        (
            "Disagree by all means, but do it with the good manners you would use across a garden fence.",
            "Personal remarks about other members, our volunteers or our reporters will be taken down.",
            "Treat everyone here as you would a neighbour at the village hall.",
            "Sarcasm and sniping rarely read well in print, so please think twice before pressing send.",
            "Argue with what somebody wrote, never with who they are.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hate speech and prejudice", "Respect for all communities", "Is banter allowed?"),
        (
            "Remarks that target anyone for their nationality, religion, colour, sex, sexuality or disability "
            "are removed without notice.",
            "We will not print {cs} that stir up hatred against any community, on the Rock, in Malta or anywhere else.",
            "So-called banter about a person's origins or faith is still prejudice, and it will not be published.",
            "Slurs, even with letters starred out, are not welcome here.",
            "Any {c} that incites violence against a group of people will be passed to the police.",
        ),
    ),
    (  # privacy
        ("Privacy", "Keep personal details private", "Other people's privacy", "Can I share a phone number?", "Data"),
        (
            "Please do not post anyone's home address, telephone number or email, including your own.",
            "Do not name neighbours, carers or staff in a {c} without their permission.",
            "Photographs of residents may only be shared with the agreement of the people shown.",
            "Private disputes belong in a private conversation, not on a public board.",
            "Posting details of someone's health, finances or family affairs is not allowed.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Protecting children and vulnerable people", "Young members", "Juniors", "Who do I tell?"),
        (
            "Do not identify any junior player by full name without a parent's written consent.",
            "Never ask a child or a vulnerable adult to contact you privately.",
            "Any concern about the welfare of a member should go to our safeguarding officer, not onto this page.",
            "We do not publish the names of children or victims involved in court cases.",
            "Messages that could put a young or vulnerable person at risk are deleted and reported.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Approval of {cs}", "Please be patient"),
        (
            "Every {c} is read by a volunteer before it goes up, so there may be a delay.",
            "{Cs} sent in the evening or at weekends may not be approved until the next working day.",
            "Our moderators are volunteers with boats to mend and rugs to finish, so please allow up to 48 hours.",
            "A {c} held for moderation has not been rejected; it is simply waiting its turn.",
            "New members' first few {cs} are checked by hand before they are shown.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic {cs}", "Where should I post this?"),
        (
            "Please keep your {c} to the subject of the article or thread it sits under.",
            "Questions about fixtures, league tables and coaching belong in the right section of the forum.",
            "If your {c} is about something else entirely, start a new thread instead.",
            "Long digressions about national politics are better suited to other sites.",
            "Threads that wander far from their subject may be closed or moved.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Selling and promotion", "Spam", "Commercial posts", "Can I sell my old equipment?"),
        (
            "Members may offer second-hand bats, frames or hooks in the Sales board only, and nowhere else.",
            "Unsolicited advertising, chain letters and links to shops will be deleted.",
            "Businesses wishing to promote a gluten-free product should contact the administrators first.",
            "Repeated links to the same website will be treated as spam.",
            "Please do not use this page to canvass for votes or raise money without the committee's agreement.",
        ),
    ),
    (  # real names / accounts
        ("Your account", "Real names", "One person, one account", "Usernames", "Do I have to use my own name?"),
        (
            "We ask contributors to use their real name, as they would in a letter to the editor.",
            "Each member may hold one account only; duplicate accounts will be merged or closed.",
            "Usernames must not imitate another person, a club official or an organisation.",
            "Your password is yours alone, and you are responsible for anything posted from your account.",
            "Anonymous {cs} are accepted only where the editor knows who sent them.",
        ),
    ),
    (  # the law
        ("Legal", "Stay within the law", "Defamation", "Libel and contempt", "Could I be sued?"),
        (
            "Do not accuse a named person of wrongdoing unless you can prove it.",
            "Libel laws in Malta, Gibraltar and the United Kingdom apply to what you write here.",
            "Please say nothing about a case before the courts until it has concluded.",
            "You, not the site, are responsible in law for what you post.",
            "We will hand over information to the authorities when the law requires us to.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Patterns and photographs", "Can I post a pattern?", "Photos"),
        (
            "Do not post commercial rug patterns or designs without the designer's permission.",
            "Please link to an article rather than copying it out in full.",
            "Only share photographs you took yourself or have permission to use.",
            "Recipes copied word for word from books or magazines will be removed.",
            "By posting a photograph you allow us to show it on this site and in our newsletter.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a {c}", "Seen something wrong?", "Flagging", "How do I complain?"),
        (
            "Use the report link beside any {c} you think breaks these rules.",
            "If you see something that worries you, email the moderators and we will look at it.",
            "Reports are confidential; the member concerned is not told who made them.",
            "Please report rather than reply, as replying tends to make matters worse.",
            "Complaints about a moderator's decision should go to the secretary in writing.",
        ),
    ),
    (  # editor's discretion
        ("Editor's decision", "Our discretion", "The final word", "Publication is not guaranteed", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "We reserve the right to edit, shorten or decline any {c} without giving a reason.",
            "The committee may close a thread at any time.",
            "Publication of a {c} does not mean we agree with it.",
            "These rules may change, and the current version is always the one on this page.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Tell us your news", "Got a story?"),
        (
            "If we have got something wrong, tell the newsroom directly rather than in a {c}.",
            "Corrections are best sent by email so they reach the editor quickly.",
            "Do you know of a christening, a retirement or a lifeboat launch? Send it to the village correspondent.",
            "Match reports and results for the newsletter go to the press officer, not into this thread.",
            "We correct factual errors as soon as they are pointed out.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Writing your {c}",
            "Swearing",
            "Please write clearly",
            "Is English required?",
        ),
        (
            "Swearing and crude language are not acceptable, whatever the provocation.",
            "Please write in English so that all members can follow the conversation.",
            "{Cs} written entirely in capital letters read as shouting and will be returned.",
            "Keep {cs} short enough that people will read to the end.",
            "Text-speak and strings of emojis make {cs} hard to follow.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Suspension"),
        (
            "Members who break these rules will first receive a private warning.",
            "A second offence leads to a suspension, and a third to the account being closed.",
            "Serious breaches may result in an immediate ban without warning.",
            "Banned members who return under a new name will be removed again.",
            "Decisions to suspend a member are reviewed by the committee at its next meeting.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Safety first", "Advice on this forum", "Is this medical advice?", "Use your judgement"),
        (
            "Nothing posted here replaces the advice of your doctor, dietitian or pharmacist.",
            "Check the labels yourself; manufacturers change their ingredients without warning.",
            "Never work on the canal bank alone, and follow the instructions of the work-party leader.",
            "Members share their own experience, which may not suit everyone's circumstances.",
            "If you are unwell, contact your GP or, in an emergency, call 999 or 112.",
        ),
    ),
)


#: The words other than "comment" a site may use for what readers send: (singular, plural).
WORDS_182 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)


INTROS_182 = (
    "We are glad to hear from readers, provided these few house rules are kept.",
    "This board is run by volunteers, so please help us by following the rules below.",
    "Before you join in, please take a moment to read our posting guidelines.",
    "By registering on the forum you agree to abide by the following.",
    "The committee has agreed the following rules for the members' noticeboard.",
    "We welcome {cs} from readers on both sides of the frontier.",
)


CLOSINGS_182 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules were last reviewed at the annual general meeting.",
    "Any questions about these rules can be put to the secretary.",
    "Happy hooking!",
    "See you at the next work party.",
    "The moderators' decision is final.",
)


TITLES_182 = (
    "House rules",
    "Posting guidelines",
    "Forum Rules",
    "Rules of the Board",
    "Community Guidelines",
    "Before you post",
    "Reader {Cs}: our policy",
    "Noticeboard etiquette",
    "Terms of Use",
)


#: British spellings in the lists above and their American forms (a reworded-182 document prints one or the other).
AMERICAN_182 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "colour": "color",
    "offence": "offense",
    "judgement": "judgment",
    "programme": "program",
}


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(style: str, n: int) -> str:
    """The marker printed before the ``n``-th item (from 0) in a site's style, with its trailing space."""
    letter = "abcdefghijklmnop"[n]
    return {
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "(1)": f"({n + 1}) ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{_ROMAN[n]}. ",
        "(i)": f"({_ROMAN[n]}) ",
        "I.": f"{_ROMAN[n].upper()}. ",
        "rule": f"Rule {n + 1}: ",
        "•": "\u2022 ",
        "-": "- ",
        "*": "* ",
        "–": "\u2013 ",
        "»": "\u00bb ",
        "": "",
    }[style]


def _case(heading: str, how: str) -> str:
    if how == "upper":
        return heading.upper()
    if how == "title":
        return " ".join(word if word.isupper() else word[:1].upper() + word[1:] for word in heading.split(" "))
    return heading


def _items_182(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-182 policy. Draws the site's word for what readers send (a quarter never "comment"); two to five
    items now and then (0.3), else seven to all sixteen, in the table's order (0.5) or drawn; one to three sentences
    an item (the sentences drawn without repeats). Headings: a case for the whole list (as written, title case or
    capitals), printed on their own part, run in before a colon, a stop or a dash, asked and answered ("Q:"/"A:",
    a question heading only; others on their own part), or none; a heading with a question mark keeps it. Markers: numbered, lettered, roman, "Rule N:",
    bulleted or none, on the item's first part; now and then a site numbers only its headings and sets its
    sentences off with a dash, or puts a sentence in brackets. Opening, closing and title lines by ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_182)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    if rng.random() < 0.3:
        chosen = rng.sample(REWORDINGS_182, rng.randint(2, 5))
    else:
        chosen = rng.sample(REWORDINGS_182, rng.randint(7, len(REWORDINGS_182)))
    if rng.random() < 0.5:
        chosen.sort(key=REWORDINGS_182.index)
    placing = rng.choice(("own", "own", "colon", "stop", "dash", "qa", "none"))
    if placing != "none" and rng.random() < 0.15:
        placing = "none"
    case = rng.choice(("as", "as", "title", "upper"))
    style = rng.choice(
        ("1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "rule", "•", "-", "*", "–", "»", "")
    )
    style = rng.choice((style, ""))  # half the sites print no markers at all
    dashed = placing == "own" and rng.random() < 0.2  # sentences set off with a dash under a heading
    bracketed = rng.random() < 0.1  # a sentence now and then in brackets
    stop = {"colon": ":", "stop": ".", "dash": " \u2013", "qa": ""}.get(placing, "")
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen):
        heading = _case(rng.choice(headings).format(**words), case)
        said = [s.format(**words) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        if bracketed and len(said) > 1 and rng.random() < 0.5:
            said[-1] = f"({said[-1]})"
        if dashed:
            said = [f"\u2013 {s}" for s in said]
        mark = _marker(style, n)
        if placing == "none":
            items.append(("", mark + said[0], *said[1:]))
        elif placing == "qa" and heading.endswith("?"):
            items.append((f"{mark}Q: {heading}", f"A: {said[0]}", *said[1:]))
        elif placing in ("own", "qa"):
            items.append((mark + heading, *said))
        else:
            head = heading if heading.endswith("?") else heading + stop
            items.append(("", f"{mark}{head} {said[0]}", *said[1:]))
    intros = [s.format(**words) for s in INTROS_182]
    titles = [s.format(**words) for s in TITLES_182]
    return _furnish(items, rng, intros, CLOSINGS_182, titles, AMERICAN_182)
