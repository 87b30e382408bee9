"""The ``reworded-78`` family: posting rules as English-language sites in Mongolia, Kazakhstan, Kyrgyzstan, Georgia
and Armenia word and print them, with Cape Breton and Prince Edward Island weeklies, Adirondack and Catskill papers,
bridge clubs, pipe bands, lighthouse-keepers' associations and food co-op newsletters.

Fifteen item kinds, each with its headings (some of them questions) and its sentences, in Commonwealth spelling
(:data:`AMERICAN_78` turns it American). :func:`_items_78` draws a policy's items and the way its site prints them."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: the headings a site may print over it (as written, in sentence case; a question ends in "?"),
#: and the sentences it may say under them.
REWORDINGS_78: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Respect other readers", "Keep it courteous", "Criticise the bid, not the partner"),
        (
            "Personal attacks, name-calling and sneering at other readers will be removed, however strongly you "
            "feel about the story.",
            "Argue with the point, not with the person who made it.",
            "Members who would never raise their voice at the table sometimes forget their manners on the message "
            "board, and the committee expects the same courtesy online as in the card room on a Tuesday evening.",
            "Treat the people you disagree with here the way you would treat a neighbour at the post office.",
        ),
    ),
    (  # hatred between peoples and faiths
        ("No ethnic or religious hatred", "Respect every nation and faith", "No incitement", "What is hate speech?"),
        (
            "Posts that stir up hatred between Georgians, Armenians, Azerbaijanis, Ossetians, Abkhaz or any other "
            "people, or between believers of different faiths, will be deleted, and we may pass them on to the "
            "authorities.",
            "Slurs against any nationality, religion or language community are not allowed, even as a joke.",
            "Calls for violence against any people, state or faith are removed at once.",
            "Remarks aimed at Mi'kmaw neighbours, newcomers or folks from away have no place on this page.",
        ),
    ),
    (  # privacy
        ("Respect privacy", "Keep personal details private", "Privacy", "Can I post someone's address?"),
        (
            "Do not post anyone's home address, telephone number, licence plate or place of work, and that includes "
            "your own.",
            "Please do not name children, patients or the relatives of people in the news unless our reporters have "
            "already named them.",
            "Several of the lights on our list stand on private land: do not publish directions, gate codes or the "
            "owners' names without their leave.",
            "Telephone numbers and e-mail addresses from the member directory are for co-op business and must never "
            "be posted here.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "All posts are moderated", "Please be patient", "Why hasn't my comment appeared?"),
        (
            "Every comment is read by an editor before it is published, which can take up to a day.",
            "Our newsroom keeps Ulaanbaatar hours (UTC+8), so a comment sent during the European or American evening "
            "may wait until the next morning.",
            "We are a weekly with a staff of four, and posts that arrive after the paper goes to press on Tuesday "
            "night may not be read until Thursday; thank you for your patience.",
            "The forum is looked after by volunteers from the band, so allow a few days over the competition season.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Stick to the story", "Where do I post other things?"),
        (
            "Comments should be about the article they appear under.",
            "Questions about a particular deal belong in the hand-records forum, and no board may be discussed "
            "until every table has played it.",
            "The newsletter prints letters about the co-op and its business; letters about national politics with "
            "no bearing on the store will be returned to their writers.",
            "Off-topic posts are removed.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "No spam", "Buying and selling", "Selling something?"),
        (
            "Links to shops, tour operators, currency exchanges or betting sites will be removed without notice.",
            "Pipes, drums, kilts and spare uniforms may be offered for sale in the classifieds section only, one "
            "listing per item, with a price.",
            "Repeated posts, chain letters and links you are paid to share all count as spam.",
            "To advertise in the paper or on the website, write to ads@glenvillebeacon.ca or call the office; the "
            "comment boxes are not the place.",
        ),
    ),
    (  # real names and one account each
        ("Use your real name", "Sign your name", "Real names only", "Who are you?"),
        (
            "Letters and online posts must carry the writer's full name and community; we do not publish "
            "anonymous letters.",
            "Please register under the name you use in everyday life, not a nickname.",
            "Give your name and member number with every submission to the newsletter (the number is not printed).",
            "One account per person: a second account opened to agree with yourself will be closed, together with "
            "the first.",
        ),
    ),
    (  # the law
        ("Obey the law", "Libel and contempt", "You are responsible for what you write", "Can I be sued?"),
        (
            "You are legally responsible for what you post, and under the law of the Republic of Kazakhstan the "
            "spreading of knowingly false information is an offence.",
            "Do not accuse anyone of a crime unless police have charged them, and never write about a case before "
            "the courts in a way that could prejudice a trial or breach a publication ban.",
            "We will co-operate with the police and the courts when they lawfully ask us who wrote a post.",
            "A comment is a publication: what would be libel in print is libel here.",
        ),
    ),
    (  # copyright
        ("Copyright", "Your own words and pictures", "Respect copyright", "Whose photo is it?"),
        (
            "Do not copy whole articles from other news sites; a short quotation with a link is enough.",
            "Photographs sent to the gallery must be your own, and by sending them you allow the Association to print "
            "them in The Lamp with credit to you.",
            "Settings of tunes by living composers may not be posted without the composer's or the publisher's "
            "permission.",
            "Bulletin articles and hand analyses belong to their authors; link to them rather than pasting them in.",
        ),
    ),
    (  # reporting
        ("Report a problem", "See something wrong?", "Flag it", "Reporting abuse"),
        (
            "Click 'Report' under any post that breaks these rules and a moderator will look at it.",
            "If a post breaks these rules, send a link to it to moderator@tianshanpost.kg, and please do not answer "
            "it in the thread.",
            "Do not answer abuse with abuse; report it and leave the rest to us.",
        ),
    ),
    (  # the moderators' discretion
        ("Our decision is final", "The editor's discretion", "Moderators' discretion", "We reserve the right"),
        (
            "The editors decide what is published and may remove any post without giving a reason.",
            "Publishing a comment does not mean that the paper agrees with it.",
            "The committee may edit, hold back or remove any message at its discretion, and its decision is final; "
            "if you wish to appeal, write to the club secretary.",
            "Letters may be shortened for length or clarity.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Spotted a mistake?", "Errors and corrections", "Tell us if we got it wrong"),
        (
            "If you find a factual error in one of our stories, write to corrections@steppeherald.mn rather than "
            "pointing it out in the comments, so that we can put it right quickly.",
            "Corrections are printed on page two of the next issue and noted at the foot of the story online.",
            "Story ideas and tips are welcome at news@catskillridgeweekly.com or on the newsroom line.",
        ),
    ),
    (  # language
        ("Language", "Write in English", "Mind your language", "Which languages can I use?"),
        (
            "Comments are accepted in English, Russian and Kazakh; we cannot moderate posts in other languages, and "
            "they will not be published.",
            "Please do not write in capital letters, which read as shouting.",
            "Posts in Gaelic or in French are welcome, but please add a line or two in English so that every reader "
            "can follow.",
            "Swearing is removed, asterisks or not.",
        ),
    ),
    (  # warnings, bans and closing an account
        ("Warnings and bans", "Repeat offenders", "Closing your account", "Three strikes"),
        (
            "A first breach of these rules earns a warning, a second offence a suspension of thirty days, and a third "
            "the closing of the account.",
            "To close your account, write from the address you registered with to help@lightkeepers.org.uk; your "
            "past posts stay on the site unless you ask for them to be taken down.",
            "Banned users who come back under a new name will be removed again without notice.",
        ),
    ),
    (  # length and deadlines
        ("Keep it short", "Length", "Letters to the editor", "How long can my letter be?"),
        (
            "Letters should be no longer than 300 words and must reach the office by noon on Monday to run in that "
            "week's paper.",
            "Posts over 500 words may be trimmed.",
            "Submissions to the newsletter close on the 15th of each month; send them as plain text, not as "
            "attachments, to newsletter@hilltowncoop.org.",
        ),
    ),
)
#: Opening lines some sites print above their rules.
INTROS_78 = (
    "We welcome readers' views from Mongolia and abroad; please read the following before you post.",
    "This board belongs to the members, and a few rules keep it pleasant for everyone.",
    "By posting a comment you agree to the rules below.",
    "The paper is glad to hear from its readers, in print and online, on these terms.",
    "Please take a minute to read our house rules.",
)
#: Closing lines some sites print below them.
CLOSINGS_78 = (
    "Thank you for helping us keep this a friendly place.",
    "Questions about these rules may be sent to the editor at editor@glenvillebeacon.ca.",
    "These rules were last revised by the committee in March 2024.",
    "We may change this policy at any time without notice.",
    "See you at the table.",
)
#: Titles some sites print over them.
TITLES_78 = (
    "Comment Policy",
    "Posting Rules",
    "House Rules",
    "Message Board Guidelines",
    "Letters Policy",
    "Community Guidelines",
    "Before You Post",
)
#: British and Canadian spellings in the table above and their American forms.
AMERICAN_78 = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "co-operate": "cooperate",
}

_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "it", "not", "of", "on", "or", "the", "to"))
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_OWN_LINE = ("bare", "stop", "colon")
_RUN_IN = (": ", " \u2013 ", " - ", " \u2014 ", ". ")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _mark(style: str, number: int) -> str:
    """The number, letter or bullet before the ``number``-th item (from 1) in a list of ``style``."""
    if style in ("\u2022", "-", "*", "\u2013"):
        return style
    letter = "abcdefghijklmno"[number - 1]
    return {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "Rule 1:": f"Rule {number}:",
        "No. 1": f"No. {number}",
        "a)": f"{letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_ROMAN[number - 1]}.",
    }[style]


def _unsaid(lines: tuple[str, ...], plain: bool) -> tuple[str, ...]:
    """``lines``, or those of them that do not say "comment" when the site never does (``plain``)."""
    return tuple(line for line in lines if not _says_comment(line)) if plain else lines


def _printing(rng: random.Random) -> tuple[bool, str, str, bool, str]:
    """How a site prints its items, drawn in this order: whether the headings are questions where a kind has one
    (0.2); their case; how they stand ("none" 0.15, else one of :data:`_OWN_LINE` and :data:`_RUN_IN`); whether each
    item draws its own way instead (0.15); the list's marks (a style of :func:`_mark`, or "" half of the time)."""
    asks = rng.random() < 0.2
    case = rng.choice(("as written", "as written", "title", "capitals"))
    stand = "none" if rng.random() < 0.15 else rng.choice(_OWN_LINE + _RUN_IN)
    each_own = stand != "none" and rng.random() < 0.15
    styles = ("1.", "1)", "(1)", "Rule 1:", "No. 1", "a)", "A.", "i.", "\u2022", "-", "*", "\u2013")
    marks = rng.choice(styles)
    return asks, case, stand, each_own, marks if rng.random() < 0.5 else ""


def _items_78(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items, drawn in this order: whether the site never says "comment" (0.25: it then prints none of
    the lines that do); how many kinds (two or three a fifth of the time, else four to twelve) and whether in the
    table's order (0.5) or as drawn; how the site prints them (:func:`_printing`: headings as written, in title case
    or capitals, questions in a fifth of the policies; on their own line bare or after a full stop or a colon, run in
    before a colon, a dash or a full stop, or none at all; numbered, lettered, in Roman numerals, bulleted or not).
    Then per item a heading (none now and then, 0.1) and one to three sentences (half of the items one) in the
    table's order; then :func:`_furnish`."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    chosen = rng.sample(range(len(REWORDINGS_78)), count)
    if rng.random() < 0.5:
        chosen.sort()
    asks, case, stand, each_own, marks = _printing(rng)
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_78[kind]
        headings, sentences = _unsaid(headings, plain), _unsaid(sentences, plain)
        questions = [heading for heading in headings if heading.endswith("?")]
        heading = rng.choice(questions if asks and questions else [h for h in headings if not h.endswith("?")])
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        how = rng.choice(_OWN_LINE + _RUN_IN) if each_own else stand
        if how == "none" or rng.random() < 0.1:
            heading = ""
        many = min(len(sentences), rng.choice((1, 1, 1, 1, 1, 2, 2, 2, 3, 3)))
        said = [sentences[index] for index in sorted(rng.sample(range(len(sentences)), many))]
        mark = _mark(marks, number) + " " if marks else ""
        if not heading:
            items.append(("", mark + said[0], *said[1:]))
            continue
        asked = heading.endswith("?")
        if mark.endswith(": ") and how in (": ", "colon"):  # "Rule 1: Be civil", not a second colon
            how = " \u2013 " if how == ": " else "stop"
        if how in _RUN_IN:
            items.append(("", mark + heading + (" " if asked else how) + said[0], *said[1:]))
            continue
        ending = {"bare": "", "stop": ".", "colon": ":"}[how]
        items.append((mark + heading + ("" if asked else ending), *said))
    lines = (_unsaid(INTROS_78, plain), _unsaid(CLOSINGS_78, plain), _unsaid(TITLES_78, plain))
    return _furnish(items, rng, *lines, AMERICAN_78)
