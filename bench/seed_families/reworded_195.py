"""The ``reworded-195`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fiji and Tonga news, Hebrides and Skye bulletins, West Texas oil-town weeklies, cycling clubs,
model-yacht societies, cancer-carers' forums, mobile-home residents, steam-railway friends.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and
codes of conduct, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (in sentence case, without a stop; a site prints them in its own case and with its
#: own stop), and five sentences, of which an item prints one to three in order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: stand for the site's word for what readers send (comment, post, message, reply, contribution). British spelling;
#: a document may print it in American spelling (``AMERICAN_195``).
REWORDINGS_195 = (
    (  # civility
        ("Be courteous", "Play the ball, not the man", "Treat fellow members kindly", "Why be polite?", "Good manners"),
        (
            "Disagree by all means, but do it with good grace.",
            "Personal remarks about other members, their boats or their bikes will be taken down.",
            "Remember there is a real person, often a neighbour, reading your {c}.",
            "Sarcasm and point-scoring rarely come across well in writing.",
            "Keep the tone friendly, as you would at the clubhouse or on the platform.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Respect for all communities",
            "Racism and prejudice",
            "What counts as hateful?",
            "Everyone is welcome here",
        ),
        (
            "We will remove any {c} that attacks people for their race, religion, island, tribe or village.",
            "Slurs against iTaukei, Indo-Fijian, Tongan or any other community have no place on this site.",
            "Jokes at the expense of someone's faith, disability, age or sexuality are not acceptable.",
            "Inciting ill feeling between groups may also be an offence under the law.",
            "Members who post hateful material will be removed from the forum without warning.",
        ),
    ),
    (  # privacy
        ("Protect your privacy", "Personal details", "Keep it private", "Should I share my address?", "Privacy"),
        (
            "Do not post telephone numbers, email addresses or pitch numbers in a public {c}.",
            "Never share details of another person's diagnosis or treatment without their agreement.",
            "Use the private message facility if you want to swap contact details with another member.",
            "Photographs of neighbours' homes or vehicles should not be posted without permission.",
            "Remember that anything you post here can be found by search engines.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Looking after each other",
            "Are you worried about someone?",
            "Young members",
        ),
        (
            "Do not name or post pictures of children without the consent of a parent or guardian.",
            "Members under 16 must have a parent's permission to join the forum.",
            "If someone appears to be at risk of harm, contact the emergency services first, then let us know.",
            "Our volunteer moderators are not counsellors and cannot offer crisis support.",
            "Any concern about the welfare of a junior rider or young volunteer should go to the welfare officer.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderated {cs}",
            "Please be patient",
            "How we check {cs}",
        ),
        (
            "Every {c} is read by a volunteer before it goes live, which can take a day or two.",
            "The bulletin is run by a small team, so {cs} sent over the weekend may not appear until Monday.",
            "New members' first few {cs} are held for approval.",
            "Please do not send the same {c} several times; it will appear once it has been checked.",
            "Because of the time difference, {cs} sent overnight from Suva or Nuku'alofa are approved in the morning.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Right board, right topic", "Is this the right place?", "Relevance"),
        (
            "Please keep {cs} relevant to the story or thread they appear under.",
            "Sale items, lost and found and lift-sharing each have their own board.",
            "Threads that drift away from the subject may be locked or split.",
            "General chat belongs in the Signal Box, not in the technical sections.",
            "Questions about race results and series points should go in the racing section.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam and selling", "Commercial posts", "Can I sell something?", "Self-promotion"),
        (
            "Advertising of goods or services is not permitted without the committee's agreement.",
            "Links to online shops, surveys or fundraising pages will be removed.",
            "Members may list second-hand boats, frames and parts in the classifieds only.",
            "Repeated posting of the same link will be treated as spam.",
            "Businesses wishing to advertise should contact our advertising department.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "One member, one account", "Do I have to use my real name?", "Usernames"),
        (
            "We ask that you register with your real name and your home town or island.",
            "Each member may hold only one account, and accounts may not be shared.",
            "Usernames that are offensive or impersonate someone else will be changed or removed.",
            "Please keep your club membership number up to date in your profile.",
            "Anonymous {cs} are not accepted on this page.",
        ),
    ),
    (  # the law
        ("Legal matters", "Defamation", "Stay within the law", "Could I be sued?", "Court cases"),
        (
            "You are legally responsible for what you write, and untrue allegations may be defamatory.",
            "Do not comment on cases before the courts, as this may amount to contempt of court.",
            "Do not accuse a named person or business of a crime unless they have been convicted of it.",
            "We will pass details to the police where the law requires us to.",
            "{Cs} that may break the law of Fiji, Tonga or the United Kingdom will be removed.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photographs and copyright", "Other people's work", "May I post a photo?", "Credits"),
        (
            "Only post photographs you took yourself, or that you have permission to use.",
            "Do not copy whole articles from other newspapers; a short extract with a link is enough.",
            "By posting a picture you allow us to use it in the newsletter and on the website.",
            "Please credit the photographer when sharing pictures of locomotives or regattas.",
            "Scanned pages from timetables, plans or magazines may still be in copyright.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting {cs}", "Seen something wrong?", "Tell us", "Using the report button"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it.",
            "Reports are sent privately to the moderators, and the author is not told who made them.",
            "Please do not reply to a troublesome {c}; report it and let us deal with it.",
            "You can also email the webmaster with a link to the {c} concerned.",
            "We aim to look at every report within 48 hours.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "The right to remove", "Who decides?", "Final say"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on any matter of moderation is final.",
            "We may close {cs} on a story at any time.",
            "Publication of a {c} does not mean the society agrees with it.",
            "Views expressed by members are their own and not those of the newspaper.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "Got a story?", "News tips", "Letters to the editor"),
        (
            "If we have got something wrong, please email the newsroom rather than posting a {c}.",
            "Send your news, photographs and event dates to the bulletin by Wednesday noon.",
            "We will correct factual errors as soon as they are brought to our attention.",
            "Letters for the printed paper should include your name, address and a daytime phone number.",
            "Tips about happenings in the oilfield or at the county courthouse are always welcome.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Which languages can I use?", "Writing clearly"),
        (
            "Please avoid swearing, even with letters replaced by stars.",
            "{Cs} in Gaelic, Fijian or Tongan are welcome; please add a short English summary if you can.",
            "Writing in capital letters is read as shouting.",
            "Text-speak and strings of emojis make {cs} hard to read.",
            "Crude or sexual language will be removed.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "A first breach will usually earn a private warning from a moderator.",
            "Repeated breaches may lead to a suspension or the loss of your account.",
            "Serious breaches may be referred to the committee and could affect your club membership.",
            "Members who have been banned may not rejoin under a new name.",
            "Arguing about a moderation decision in public will not help; send us a private message instead.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on the forum",
            "Can I trust advice here?",
            "Lineside and pond safety",
        ),
        (
            "Nothing on this forum replaces the advice of your loved one's doctor, nurse or care team.",
            "Do not trespass on the railway to take photographs; stay on public paths and platforms.",
            "Any ride or route posted here is undertaken at your own risk.",
            "Please supervise children near the pond edge at all times on sailing days.",
            "Advice on gas, electrics or moving your home should come from a qualified engineer.",
        ),
    ),
)


#: Titles some sites print above such rules (``{c}`` as in the items).
TITLES_195 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Code of conduct",
    "Rules for {cs}",
    "Before you post",
    "Community guidelines",
    "Terms of use for the message board",
    "Netiquette",
    "Guidelines for members",
)


#: Opening lines.
INTROS_195 = (
    "Please read the following before posting.",
    "These rules apply to everyone who uses the forum, members and visitors alike.",
    "We welcome your {cs}, provided they keep to these few simple rules.",
    "By submitting a {c} you agree to the rules below.",
    "The forum is a friendly place, and we want to keep it that way.",
    "Our rules were agreed by the committee and are reviewed every year.",
)


#: Closing lines.
CLOSINGS_195 = (
    "Thank you for helping to keep the forum a friendly place.",
    "These rules may be changed at any time without notice.",
    "Any questions about these rules should be sent to the moderators.",
    "Vinaka vakalevu for your cooperation.",
    "Malo 'aupito.",
    "Mòran taing.",
    "Happy sailing, and happy posting.",
    "See you on the road.",
)


#: British spellings in the lists above and their American forms.
AMERICAN_195 = {
    "neighbour": "neighbor",
    "counsellor": "counselor",
    "behaviour": "behavior",
    "offence": "offense",
    "favour": "favor",
    "organisation": "organization",
    "programme": "program",
}


_COMMENT = ("comment", "comments")
_OTHER_NOUNS = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("entry", "entries"),
)

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "my"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(n: int) -> str:
    numerals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


#: How a site marks its items: a function of the item's number (from 1).
_MARKERS = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"#{n}",
    lambda n: f"Rule {n}.",
    lambda n: f"Rule {n}:",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{_roman(n)}.",
    lambda n: f"({_roman(n)})",
    lambda n: f"{_roman(n).upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: "\u25aa",
    lambda n: "\u2013",
    lambda n: ">",
)


def _items_195(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-195 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per document: the site's word for what readers send ("comment" three times in four, else post, message,
    reply, contribution or entry, for the title, opening and closing lines too); two to five items (0.25) or six to
    sixteen, in the table's order (0.5) or shuffled; one to three of an item's sentences, in order; the headings in
    sentence, title, upper or lower case, on a part of their own or run in before a colon, a stop or a dash, in
    brackets or bold marks now and then, or no headings at all (0.15); a marker of one shape before each item or
    none (0.35), in a section of a "1.1" kind now and then; and sometimes each sentence of an item on a part of its
    own behind a dash; then opening, closing and title lines by ``_furnish``."""
    singular, plural = _COMMENT if rng.random() < 0.75 else rng.choice(_OTHER_NOUNS)

    def fill(text: str) -> str:
        return text.format(c=singular, cs=plural, C=singular.capitalize(), Cs=plural.capitalize())

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_195))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_195[i] for i in sorted(rng.sample(range(len(REWORDINGS_195)), count))]
    else:
        chosen = rng.sample(REWORDINGS_195, count)

    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placement = rng.choice(("own", "own", "own", "run-in"))
    stop = rng.choice((":", ":", ".", " -", " \u2013", " \u2014", "")) if placement == "run-in" else ""
    own_stop = rng.choice(("", "", "", ":", "."))
    wrap = rng.choice(("", "", "", "", "[]", "**"))
    bare = rng.random() < 0.15
    marker = None if rng.random() < 0.35 else rng.choice(_MARKERS)
    if marker is not None and rng.random() < 0.25:  # numbered within a section of the site's terms
        section = rng.randint(1, 9)
        marker = lambda n, _s=section: f"{_s}.{n}"  # noqa: E731
    dashed = rng.random() < 0.15  # each sentence on a part of its own behind a dash
    if dashed and marker is not None and marker(1) in ("-", "\u2013"):
        marker = _MARKERS[0]  # not dashes under dashes: the items numbered instead

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, start=1):
        k = rng.choice((1, 1, 2, 2, 3))
        picked = [fill(sentences[i]) for i in sorted(rng.sample(range(len(sentences)), k))]
        if dashed:
            picked = ["- " + sentence for sentence in picked]
        heading = "" if bare else fill(rng.choice(headings))
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            elif case == "lower":
                heading = heading.lower()
            if wrap == "[]":
                heading = f"[{heading}]"
            elif wrap == "**":
                heading = f"**{heading}**"
            elif heading[-1] != "?":
                heading += stop if placement == "run-in" else own_stop
        mark = marker(number) if marker is not None else ""
        if heading and placement == "run-in":
            first = f"{heading} {picked[0].removeprefix('- ')}"
            item = ("", f"{mark} {first}" if mark else first, *picked[1:])
        elif heading:
            item = (f"{mark} {heading}" if mark else heading, *picked)
        else:
            item = ("", f"{mark} {picked[0]}" if mark else picked[0], *picked[1:])
        items.append(item)

    intros = [fill(text) for text in INTROS_195]
    closings = [fill(text) for text in CLOSINGS_195]
    titles = [fill(text) for text in TITLES_195]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_195)
