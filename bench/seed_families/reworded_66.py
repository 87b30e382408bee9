"""The ``reworded-66`` family: posting rules as small island, rural and club sites word and print them.

Written from how such sites phrase their house rules, not from the cleaner: Hawaiian neighbour-island papers, Guam
and Saipan news sites, Scottish Highlands and Islands community websites, Yorkshire Dales parish magazines, Canadian
Maritime weeklies, model-railway forums, cycling-club boards, food-bank volunteer newsletters and community-radio
stations. Fifteen item kinds, each with its headings (some questions) and its sentences; many say "post", "message",
"reply" or "contribution" rather than "comment", so that a site that never says "comment" can be drawn."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: (headings in sentence case, sentences).
REWORDINGS_66: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be kind", "Keep it friendly", "Aloha first", "Play the ball, not the rider", "Would you say it at the hall?"),
        (
            "Treat everyone here the way you would treat a neighbour you meet at the post office every week.",
            "Disagree all you like, but do it with aloha: no name-calling, no mocking, no piling on.",
            "Personal attacks on other members, on club officials or on riders named in a race report will be taken "
            "down, however strongly you feel about the result.",
            "Be civil.",
        ),
    ),
    (  # privacy
        ("Respect privacy", "Other people's details", "Our guests' dignity", "Who is in the photo?"),
        (
            "Do not post phone numbers, home addresses, licence plates or the names of children.",
            "Never name or describe anyone who comes to the food bank, even kindly; many of our neighbours reach us "
            "at a hard time and trust us to keep it quiet.",
            "If you share a photo taken on a club run or at an exhibition, make sure the people in it are happy to be "
            "shown.",
            "Comments giving personal information about yourself or others, e-mail addresses included, will be "
            "removed.",
        ),
    ),
    (  # moderation delays
        ("Why hasn't my post appeared?", "Moderation", "Please be patient", "Held for approval"),
        (
            "Every message is read by a volunteer before it goes up, so it may take a day or two, longer over "
            "Christmas and Hogmanay.",
            "Comments are moderated during office hours, Monday to Friday, Hawaii time; anything sent over the "
            "weekend will wait until Monday morning.",
            "New members' first five posts are held for a moderator to approve.",
            "Please do not send the same reply twice; it is in the queue.",
        ),
    ),
    (  # off-topic
        ("Stay on topic", "Keep to the thread", "Right board, right post", "Off topic?"),
        (
            "Keep replies to the subject of the thread; general chat belongs in the Signal Box lounge.",
            "Comments should be about the story above.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
            "Posts that wander far from the article, or that carry on an argument from another story, may be removed "
            "without notice.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "Buying and selling", "Spam", "Selling something?"),
        (
            "Items for sale go in the Classifieds board only, one thread per seller, with a price and a location.",
            "Commercial links, discount codes and promotions for businesses will be deleted, and repeat offenders "
            "banned.",
            "Local traders are welcome to take an advertisement in the magazine; write to adverts@dalesparishnews.org.uk "
            "rather than mentioning your business in a letter.",
            "No spam.",
        ),
    ),
    (  # real names
        ("Use your real name", "Who are you?", "Names and usernames", "Sign your letters"),
        (
            "We ask members to register under the name they ride with; nicknames are fine in your profile but not as "
            "your username.",
            "Contributions must carry your full name and the village you live in, and we will not print anything "
            "anonymously.",
            "One account per person; second accounts will be closed.",
            "Comments posted under a false name, or pretending to be someone else, will be removed.",
        ),
    ),
    (  # the law
        ("Mind the law", "Libel and contempt", "Court cases", "Is it legal?"),
        (
            "Do not post anything about a case that is before the courts; under Scots law even a passing remark about "
            "an accused person can put a trial at risk.",
            "Publication bans apply to reader comments just as they do to our news stories, and breaching one is an "
            "offence.",
            "You are legally responsible for what you write, and libellous posts will be removed.",
            "Don't accuse anyone of a crime.",
        ),
    ),
    (  # copyright
        ("Copyright", "Your own words and pictures", "Photos", "Whose picture is it?"),
        (
            "Only upload photographs you took yourself, or that you have the owner's permission to use, and credit "
            "them.",
            "Do not copy whole articles from other papers or websites; a short quote and a link is enough.",
            "Scans of magazine articles, manuals and kit instructions still in copyright will be removed.",
            "By sending us a picture you allow the station to use it on our website and social media, credited to you.",
        ),
    ),
    (  # reporting a post
        ("Report a problem", "Seen something wrong?", "Flag it", "Reporting"),
        (
            "Use the Report button under any post and a moderator will look at it.",
            "If you see a comment that breaks these rules, e-mail moderators@marianasbeacon.com with a link to it.",
            "Please don't answer a post you think is abusive; report it and let us deal with it.",
            "Report it, don't feed it.",
        ),
    ),
    (  # the moderators' discretion
        ("The moderators' decision", "Our final say", "Editor's discretion", "The small print"),
        (
            "The moderators' decision is final, and we are not obliged to explain why a post was removed.",
            "The editor reserves the right to shorten, edit or decline any contribution.",
            "Arguing with the moderators in public will not help; send them a private message instead.",
            "We may remove any post at any time, including ones that break no particular rule.",
        ),
    ),
    (  # errors and corrections
        ("Spotted an error?", "Corrections", "Getting it right"),
        (
            "If we have got something wrong in a story, please e-mail newsdesk@valleyislepost.com rather than pointing "
            "it out in the comments; we correct errors promptly.",
            "Corrections are printed in the next month's issue; let the editor know by the 10th.",
            "Tell us about a mistake and we'll fix it.",
            "Questions about a programme or something a presenter said on air should go to the station manager, not "
            "the message board.",
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "No swearing", "Which language?"),
        (
            "Bad language, including swear words disguised with asterisks, is not allowed.",
            "Posts in 'olelo Hawai'i, Chamorro, Carolinian or Gaelic are welcome alongside English.",
            "Please don't type in capitals; it reads as shouting.",
            "Text speak and heavy abbreviation make posts hard to follow for members whose first language is not "
            "English, so please write in full.",
        ),
    ),
    (  # suspension and account closure
        ("Suspensions", "Closing your account", "Three strikes", "Want to leave?"),
        (
            "Members who break these rules get a warning, then a week's suspension, then a permanent ban.",
            "To close your account, e-mail the webmaster at admin@northglenrailway.co.uk; your posts stay but your "
            "name is taken off them.",
            "We may suspend or close an account without notice.",
            "If you want your account and everything you have posted deleted, ask us and it will be done within "
            "thirty days.",
        ),
    ),
    (  # messages to a radio station
        ("On air", "Messages to the studio", "Requests and shout-outs", "Will you read my message?"),
        (
            "Messages sent to the studio may be read out on air, with your first name and town, unless you ask us "
            "not to.",
            "Song requests and shout-outs are welcome, but we cannot promise to play them.",
            "Election candidates and parties may not use the message board to campaign.",
        ),
    ),
    (  # emergencies
        ("Emergencies", "Not for emergencies", "Storms and typhoons", "In an emergency"),
        (
            "This board is not watched around the clock; in an emergency call 911.",
            "For typhoon and tsunami warnings follow the Office of Homeland Security and Civil Defense and the "
            "National Weather Service, not posts here.",
            "If you have come off on a club ride and need help, phone 999 first and post afterwards.",
            "Do not post rumours about road closures, ferry cancellations or power cuts; check with CalMac, the "
            "council or Nova Scotia Power for the latest.",
        ),
    ),
)
#: Lines a site prints before its rules.
INTROS_66: tuple[str, ...] = (
    "Aloha! We love hearing from readers; please keep these house rules in mind.",
    "Hafa adai, and thanks for joining the conversation.",
    "This is a friendly forum run by volunteers, and we'd like it to stay that way.",
    "Before you post, please take a minute to read the following.",
    "Comments are welcome on all our stories, within a few simple rules.",
    "Letters and messages for the magazine are welcome from everyone in the parish.",
)
#: Lines a site prints after its rules.
CLOSINGS_66: tuple[str, ...] = (
    "Mahalo for helping keep this a place for everyone.",
    "Si Yu'os Ma'ase' for reading.",
    "The full terms of use are at www.dalesparishnews.org.uk/terms.",
    "Questions? Write to the moderators at mods@highlandrailmodellers.org.uk.",
    "By posting you agree to these rules and to our privacy policy.",
    "These guidelines may change without notice.",
    "Comments that ignore these rules will be removed.",
    "See you on Sunday's club run.",
)
#: Titles a site prints above its rules.
TITLES_66: tuple[str, ...] = (
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Comment Policy",
    "Message Board Rules",
    "Letters and Comments",
    "Before You Post",
    "Club Board Etiquette",
)
#: British and Canadian spellings in this family's lines, and how an American site prints them.
AMERICAN_66: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "libellous": "libelous",
    "programme": "program",
    "rumour": "rumor",
}

_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"))
_NUMBERS = ("{}.", "{})", "({})", "Rule {}:", "No. {} -", "{} -")
_LETTERS = ("{}.", "{})", "({})")
_BULLETS = ("\u2022", "-", "*", "\u2013", "\u203a", "o", "\u25ba", "\u25c6")
_DASHES = (" - ", " \u2013 ", " \u2014 ", " -- ")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _plain(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` without those that say "comment", for a site that never does."""
    return tuple(line for line in lines if not _says_comment(line))


def _marker(style: str, form: str, index: int) -> str:
    if style == "numbered":
        return form.format(index + 1) + " "
    if style == "lettered":
        return form.format("abcdefghijklmno"[index]) + " "
    if style == "bulleted":
        return form + " "
    return ""


def _items_66(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy's items, drawn in this order: a site that never says "comment" (0.25: only the wordings without
    the word); how many kinds (two or three 0.2 of the time, else four to eleven) and which, in the table's order
    (0.5) or shuffled; how the site prints a heading (on a line of its own, as a part of the item before its
    sentence, run in before a colon, a dash or a full stop, or none), one way for the whole policy or drawn again for
    each item (0.25); the headings' case (title case 0.45, as written 0.35, capitals 0.2) and the stop after a
    heading of its own ("", ".", ":"; a question keeps its mark); a number, letter or bullet before each item (0.3,
    0.1, 0.25); then per item a heading and one sentence, or two sentences (0.3), an item left without its heading
    (0.12); and last :func:`_furnish`'s opening, closing and title lines and spelling."""
    plain = rng.random() < 0.25
    kinds = [
        (_plain(headings), _plain(sentences)) if plain else (headings, sentences)
        for headings, sentences in REWORDINGS_66
    ]
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    chosen = rng.sample(range(len(kinds)), count)
    if rng.random() < 0.5:
        chosen.sort()
    layouts = ("own line", "part", "colon", "dash", "stop", "none")
    layout = rng.choice(layouts)
    per_item = rng.random() < 0.25
    case = rng.choices(("title", "written", "capitals"), (0.45, 0.35, 0.2))[0]
    stop = rng.choice(("", ".", ":"))
    dash = rng.choice(_DASHES)
    style = rng.choices(("numbered", "lettered", "bulleted", "none"), (0.3, 0.1, 0.25, 0.35))[0]
    form = rng.choice({"numbered": _NUMBERS, "lettered": _LETTERS, "bulleted": _BULLETS}.get(style, ("",)))
    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(chosen):
        headings, sentences = kinds[kind]
        heading = rng.choice(headings)
        said = rng.sample(sentences, 2 if len(sentences) > 1 and rng.random() < 0.3 else 1)
        how = rng.choice(layouts) if per_item else layout
        if rng.random() < 0.12:
            how = "none"
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        marker = _marker(style, form, index)
        if how == "none":
            items.append(("", marker + said[0], *said[1:]))
        elif how in ("own line", "part"):
            heading = marker + heading + ("" if question else stop)
            items.extend([(heading,), ("", *said)] if how == "own line" else [(heading, *said)])
        else:
            joint = {"colon": ": ", "dash": dash, "stop": ". "}[how]
            run_in = heading + (" " if question else joint) + said[0]
            items.append(("", marker + run_in, *said[1:]))
    around = (INTROS_66, CLOSINGS_66, TITLES_66)
    intros, closings, titles = (_plain(lines) for lines in around) if plain else around
    return _furnish(items, rng, intros, closings, titles, AMERICAN_66)
