"""The ``reworded-211`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Nauru and Kiribati outer-island news, Cumbrian fell-village papers, West Virginia hollow weeklies,
ultimate-frisbee clubs, folk-song circles, ME/CFS forums, housing-estate residents, lifeboat-station friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, docs or
reports, nor other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (without their stop; "?" kept), and sentence choices, each of one to three
#: sentences. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}``: the site's word for what readers send (singular, plural,
#: capitalised). Written in British spelling; a document may print it in American spelling (``AMERICAN_211``).
REWORDINGS_211 = (
    (  # civility
        ("Be kind", "Play the ball, not the player", "Keep it friendly", "Why be civil?", "Good manners"),
        (
            ("Disagree by all means, but do it kindly.",),
            (
                "This is a small place and we all know each other.",
                "Write as if you'd say it to their face at the shop.",
            ),
            ("Treat other members with the courtesy you would show at a session.", "Nobody here is an enemy."),
            ("Personal digs at other members will be taken down.",),
            (
                "Robust debate is welcome.",
                "Name-calling, sneering and goading are not.",
                "If you feel your blood rising, step away from the keyboard for a bit.",
            ),
        ),
    ),
    (  # hatred
        ("No hate", "Respect for everyone", "Zero tolerance of prejudice", "Is it hateful?", "Discrimination"),
        (
            ("We will remove any {c} that runs people down for their race, religion, sex, sexuality or disability.",),
            ("Racist, sexist or homophobic language gets you removed from the group straight away.",),
            ("Islanders, incomers and visitors are all welcome here.", "Prejudice against any of them is not."),
            ("Jokes at the expense of a whole group of people are still hate.", "Leave them out."),
            ("Hateful {cs} will be deleted and may be passed to the police.",),
        ),
    ),
    (  # privacy
        ("Privacy", "Keep it private", "Other people's details", "Can I name my neighbour?", "Mind who you name"),
        (
            ("Do not post anyone's address, phone number or car registration.",),
            ("Please don't name neighbours in complaints.", "Report the problem to the housing office instead."),
            ("Photographs of people should only be shared with their permission.",),
            (
                "Members share health details here in confidence.",
                "Do not copy or screenshot another member's {cs} elsewhere.",
            ),
            ("Keep your own details safe too.", "Never put your email address or bank details in a public {c}."),
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Protecting young people", "Children", "Juniors and vulnerable members", "Who do I tell?"),
        (
            ("Do not name or picture junior players without a parent's consent.",),
            ("Never arrange to meet a young member privately through this site.",),
            (
                "If you are worried about a child or a vulnerable adult, contact our welfare officer.",
                "In an emergency, call the police.",
            ),
            ("Posts identifying children involved in family or court matters will be removed at once.",),
            ("Our safeguarding officer reads every report made to them.", "All concerns are taken seriously."),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Waiting for approval", "Delays", "How we check {cs}"),
        (
            ("All {cs} are read by a volunteer before they appear.", "Please be patient."),
            ("Our editor checks {cs} once a day, and not at all on the weekend.",),
            (
                "The internet on the outer islands comes and goes.",
                "Your {c} may take several days to appear.",
            ),
            ("New members' first few {cs} are held for approval.",),
            ("Moderators here are volunteers, many of them unwell themselves.", "Replies may be slow."),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the thread", "What belongs here?", "Relevance", "On the subject"),
        (
            ("Keep {cs} to the story above.",),
            ("Start a new thread rather than taking over someone else's.",),
            ("This board is for club business, fixtures and training.", "General chat belongs in the social channel."),
            ("Songs, sessions and singers only, please.", "Politics can be had at the bar afterwards."),
            ("{Cs} that wander off the subject may be moved or removed.",),
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Selling and spam", "Can I promote my business?", "Adverts", "Spam"),
        (
            ("Adverts in the {cs} will be removed.", "Contact our office about placing a paid notice."),
            ("Selling tickets, kit or discs is allowed only in the marketplace thread.",),
            ("Do not post links to miracle cures or paid treatment programmes.",),
            ("Repeated posting of the same {c} counts as spam.",),
            ("Chain letters, surveys and fundraising appeals need a moderator's say-so first.",),
        ),
    ),
    (  # real names / accounts
        ("Your account", "Real names", "Who are you?", "Usernames", "One person, one account"),
        (
            ("Please use your real name.", "Anonymous {cs} will not be published."),
            ("One account per person.", "Second accounts will be closed without notice."),
            ("Choose a username that does not impersonate anyone else.",),
            ("We need a working email address before your first {c} goes up.",),
            ("Do not share your login with anyone, even family.",),
        ),
    ),
    (  # the law
        ("The law", "Legal", "Libel", "Could I get into trouble?", "Court cases"),
        (
            ("Don't accuse anyone of a crime unless they have been convicted of it.",),
            ("You are legally responsible for what you write.", "So are we, once it is published."),
            ("We cannot publish {cs} about cases that are before the courts.",),
            ("Libel law applies to the internet just as it does to print.",),
            (
                "Any {c} we think may be defamatory will be removed.",
                "We may be required to share your details with the police.",
            ),
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Can I post a photo?", "Lyrics and recordings", "Credit"),
        (
            ("Only post photographs you took yourself.",),
            ("Do not paste whole newspaper articles.", "A short extract and a link are fine."),
            ("Traditional songs are free to share.", "Recent lyrics and recordings usually are not."),
            ("Credit the photographer when you share a picture.",),
            ("By posting, you let us reproduce your {c} in print.",),
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "Flagging", "Tell us"),
        (
            ("Use the report button beside any {c} you think breaks these rules.",),
            ("Flag it, don't fight it.", "Answering a troll only feeds them."),
            ("Email the moderators if something worries you.", "We will look at it as soon as we can."),
            ("Reports are anonymous.",),
            ("Ring the office during opening hours if you spot something urgent.",),
        ),
    ),
    (  # editor's discretion
        ("Editor's decision", "Our discretion", "Final say", "Who decides?", "The small print"),
        (
            ("The editor's decision on publishing is final.",),
            ("We may edit or refuse any {c} without giving a reason.",),
            ("The committee may change these rules at any time.",),
            ("Moderators' decisions are final.", "Arguing about them on the board will not help."),
            ("We reserve the right to close the {cs} on any story.",),
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Letters"),
        (
            ("If we have got something wrong, email the editor.", "Do not leave it in the {cs}."),
            ("Corrections are printed in the next week's edition.",),
            ("News from your island is always welcome.", "Send it with the mail boat or by email."),
            ("Births, deaths and marriages go through the office, not the {cs}.",),
            ("Want to write a longer piece?", "Send it to us as a letter to the editor."),
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write clearly", "Which language?"),
        (
            ("No swearing, please.", "Children read this page."),
            ("English, Nauruan and I-Kiribati are all welcome.",),
            ("Please do not type in capitals.", "It reads as shouting."),
            ("Swear words with stars in them are still swear words.",),
            ("Keep {cs} short and break up long ones.", "Many members find long blocks of text hard to read."),
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "What happens if I break the rules?", "Suspensions", "Bans"),
        (
            ("Break the rules and you'll get a warning.", "Break them again and you'll be suspended."),
            ("Three warnings and your account will be closed.",),
            ("Serious breaches lead to an immediate ban.",),
            ("Banned members may appeal to the committee in writing.",),
            ("Anyone banned who rejoins under another name will be removed again.",),
        ),
    ),
    (  # safety / advice
        ("Medical advice", "Safety", "Not professional advice", "Stay safe", "Is this advice?"),
        (
            ("Nothing here is medical advice.", "Talk to your doctor before changing any treatment."),
            ("Do not head onto the fells or the water because of something you read here.",),
            ("Sea and weather conditions change quickly.", "Always check the forecast and tell someone your plans."),
            ("In an emergency at sea or on the coast, dial 999 and ask for the Coastguard.",),
            (
                "Members share their own experience, not expert opinion.",
                "Please respect that what helps one may harm another.",
            ),
        ),
    ),
)

#: Titles some sites print above the items.
TITLES_211 = (
    "Posting rules",
    "House Rules",
    "Community guidelines",
    "Forum Rules",
    "{C} policy",
    "Before you post",
    "Rules of the board",
    "Guidelines for {cs}",
)

#: Opening lines.
INTROS_211 = (
    "We welcome {cs} from our readers, on the island and abroad.",
    "Please read these rules before you post.",
    "This is a friendly place, and we want to keep it that way.",
    "By posting here you agree to the following.",
    "A few simple rules keep this board a good place for everyone.",
)

#: Closing lines.
CLOSINGS_211 = (
    "Thank you for helping us keep this a friendly place.",
    "Questions about these rules? Email the moderators.",
    "These rules were last updated by the committee.",
    "Happy posting!",
    "Thanks for reading, and for your {cs}.",
)

#: British spellings and their American forms (for the sites that print American).
AMERICAN_211 = {
    "neighbour": "neighbor",
    "programme": "program",
    "behaviour": "behavior",
    "organisation": "organization",
    "licence": "license",
    "colour": "color",
    "favour": "favor",
    "offence": "offense",
    "apologise": "apologize",
}

#: The site's word for what readers send, when it is not "comment".
WORDS_211 = ("post", "message", "reply", "contribution")

#: Markers: a function of the item's position (0 on) giving its marker.
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_MARKERS = (
    lambda n: f"{n + 1}.",
    lambda n: f"{n + 1})",
    lambda n: f"({n + 1})",
    lambda n: f"{chr(97 + n)})",
    lambda n: f"({chr(97 + n)})",
    lambda n: f"{chr(65 + n)}.",
    lambda n: f"{_ROMAN[n]}.",
    lambda n: f"({_ROMAN[n]})",
    lambda n: f"{_ROMAN[n].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: "\u25aa",
    lambda n: f"Rule {n + 1}:",
    lambda n: f"#{n + 1}",
)


def _case(heading: str, how: str) -> str:
    if how == "upper":
        return heading.upper()
    if how == "title":
        words = heading.split()
        small = ("a", "an", "and", "the", "of", "to", "for", "on", "or", "in")
        return " ".join(
            word if word.isupper() or (n and word in small) else word[:1].upper() + word[1:]
            for n, word in enumerate(words)
        )
    return heading


def _items_211(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-211 policy. Draws the site's word ("comment" 0.75, else one of ``WORDS_211``), how many items
    (two to five 0.3, else six to all sixteen), in the table's order (0.5) or drawn; per item a sentence choice of
    one to three sentences (cut short now and then); the site's heading case, where its headings go (a part of
    their own, with a stop, a colon or nothing after them, or run in before a colon, stop or dash; none 0.15 or
    more) and its marker (one of ``_MARKERS`` 0.6, else none); then the title, opening and closing lines by
    ``_furnish``."""
    word = "comment" if rng.random() < 0.75 else rng.choice(WORDS_211)
    plural = "replies" if word == "reply" else word + "s"
    forms = {"c": word, "cs": plural, "C": word.capitalize(), "Cs": plural.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_211))
    if rng.random() < 0.5:
        kinds = sorted(rng.sample(range(len(REWORDINGS_211)), count))
    else:
        kinds = rng.sample(range(len(REWORDINGS_211)), count)
    case = rng.choice(("sentence", "sentence", "title", "upper"))
    place = rng.choice(("own", "own", "colon", "stop", "dash", "none"))
    if rng.random() < 0.15:
        place = "none"
    after = rng.choice(("", "", ".", ":"))  # what the site prints after a heading on its own part
    marker = rng.choice(_MARKERS) if rng.random() < 0.6 else None
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_211[kind]
        heading = _case(rng.choice(headings).format(**forms), case)
        chosen = [part.format(**forms) for part in rng.choice(sentences)]
        if len(chosen) > 1 and rng.random() < 0.2:
            chosen = chosen[: rng.randint(1, len(chosen))]
        if place == "none":
            parts = ["", *chosen]
        elif place == "own":
            parts = [heading if heading.endswith("?") else heading + after, *chosen]
        elif heading.endswith("?") and place != "dash":
            parts = ["", heading + " " + chosen[0], *chosen[1:]]
        else:
            joint = {"colon": ": ", "stop": ". ", "dash": " \u2013 "}[place]
            parts = ["", heading + joint + chosen[0], *chosen[1:]]
        if marker is not None:
            first = 0 if parts[0] else 1
            parts[first] = marker(n) + " " + parts[first]
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line.format(**forms) for line in INTROS_211],
        [line.format(**forms) for line in CLOSINGS_211],
        [line.format(**forms) for line in TITLES_211],
        AMERICAN_211,
    )
