"""The ``reworded-225`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Kitts and Nevis news, Fermanagh lakeland papers, Kansas wheat-town weeklies, curling clubs,
bookbinders' circles, hearing-loss forums, almshouse residents, canal society volunteers.

Written blind: from how such sites word and print their posting rules, house rules and "before you post" notes,
without reading the cleaner's code, docs or reports, nor other families' sentences (only ``reworded-6``'s module,
for its structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without their stop: a site picks one, its case and its placing), and
#: five sentences, a document taking one to three of them. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}`` stand for the
#: site's word for what readers send (comment, post, message, reply, contribution). British spelling; a document may
#: print it in American spelling (``AMERICAN_225``).
REWORDINGS_225 = (
    (  # civility
        ("Be courteous", "Play the ball, not the player", "Good manners cost nothing", "Civility", "Is it kind?"),
        (
            ("Treat fellow members as you would across the table at the clubhouse.",),
            ("Disagree with an opinion by all means, but never belittle the person who holds it.",),
            ("Name-calling, sneering and personal digs have no place on this page.",),
            ("Please remember there is a real person, often a neighbour, reading your {c}.",),
            ("Heated exchanges between two readers will be cut short by the moderators.",),
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Respect for all", "Zero tolerance of prejudice", "Who is welcome here?"),
        (
            (
                "{Cs} attacking anyone for their race, religion, nationality, sex, sexuality or disability will be removed.",
            ),
            ("Sectarian remarks and slurs of any kind will be deleted without notice.",),
            ("Mocking members for their deafness, their hearing aids or their implants will not be tolerated.",),
            ("We do not allow content that stirs up hatred against islanders, visitors or migrants.",),
            ("Racist, homophobic or sectarian language will lead to an immediate ban.",),
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Other people's details",
            "Can I share contact details?",
        ),
        (
            ("Do not post phone numbers, home addresses or email addresses, your own or anyone else's.",),
            ("Please do not name residents, staff or visitors of the almshouses without their consent.",),
            ("Photographs of members at the sheet or on the towpath should only be posted with their agreement.",),
            ("Private messages are private: do not copy them into a public thread.",),
            ("Never post another member's medical details, audiogram or hospital letters.",),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Children",
            "Looking after one another",
            "Worried about someone?",
        ),
        (
            ("Do not identify any child in a {c} without the permission of a parent or guardian.",),
            ("Concerns about the welfare of a junior member should go to the club's welfare officer, not this board.",),
            ("If you are worried about a resident's safety, tell the warden or the clerk to the trustees at once.",),
            ("Anyone under 18 must have a parent's consent before joining the forum.",),
            ("If a member appears to be at risk, please contact the moderators privately so we can help.",),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Please be patient", "Approval of {cs}"),
        (
            ("All {cs} are read by a volunteer before they are published.",),
            ("Our moderators are volunteers, so it may take a day or two for your {c} to appear.",),
            ("{Cs} sent over the weekend will be approved on Monday morning.",),
            ("New members' first few {cs} are held for approval.",),
            ("There is no need to send your {c} again if it does not show straight away.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is this the right thread?", "On-topic {cs} only"),
        (
            ("Please keep {cs} relevant to the story above.",),
            ("Questions about bindings, papers and adhesives belong in the Workshop section, not in General Chat.",),
            ("Threads that drift into politics will be closed.",),
            ("Start a new thread rather than taking over someone else's.",),
            ("Matters about the bonspiel draw should go to the match secretary, not the noticeboard.",),
        ),
    ),
    (  # advertising/spam
        ("No advertising", "Spam", "Selling and promotion", "Commercial posts", "Can I advertise?"),
        (
            ("Advertising goods or services is not permitted, except in the Classifieds.",),
            ("Links posted only to drive traffic to another site will be removed.",),
            ("Members may mention their own bindery once, in their profile, and nowhere else.",),
            ("Chain letters, petitions and fundraising appeals need a moderator's approval first.",),
            ("Accounts set up to sell hearing products will be closed without warning.",),
        ),
    ),
    (  # real names/accounts
        ("Your account", "Real names", "Use your own name", "Who are you?", "Registration", "One member, one account"),
        (
            ("We ask that you post under your real name and town.",),
            ("Usernames must not be offensive or imitate another member, a public figure or an organisation.",),
            ("Each member may hold one account only; duplicate accounts will be removed.",),
            ("You are responsible for everything posted from your account, so keep your password safe.",),
            ("Anonymous {cs} are not accepted; a name and a working email address are required.",),
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Court cases", "Could you be sued?"),
        (
            ("Do not make accusations against anyone that you cannot prove.",),
            ("Under the laws of the Federation, a defamatory {c} can lead to action against you as well as us.",),
            ("Please do not discuss cases that are before the courts; such {cs} risk contempt of court.",),
            (
                "Anything that breaks the law, or encourages others to, will be removed and may be passed to the police.",
            ),
            ("You are legally responsible for what you write.",),
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and images", "Can I post a picture?", "Credit where it is due"),
        (
            ("Only post photographs you have taken yourself or have permission to use.",),
            ("Do not copy whole articles from other papers; a short quote and a link will do.",),
            ("Scans of instruction books still in copyright may not be shared here.",),
            ("By posting, you allow us to publish your {c} in print as well as online.",),
            ("Please credit the binder when showing someone else's work.",),
        ),
    ),
    (  # reporting
        ("Reporting problems", "Report a {c}", "Seen something wrong?", "Flagging", "Tell us"),
        (
            ("If you see a {c} that breaks these rules, use the Report link beneath it.",),
            ("Please report problems rather than replying to them.",),
            ("Reports go to the moderators only and are treated in confidence.",),
            ("You can also email the webmaster; please include a link to the {c}.",),
            ("Do not argue with a troll; flag it and move on.",),
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "The committee's right", "Removal of {cs}", "Who decides?"),
        (
            ("The editor reserves the right to edit, shorten or refuse any {c}.",),
            ("The moderators' decision on whether a {c} is published is final.",),
            ("We may close any thread at any time without giving a reason.",),
            ("{Cs} are published at the discretion of the committee.",),
            ("We will not enter into correspondence about removed {cs}.",),
        ),
    ),
    (  # corrections/news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Getting it right"),
        (
            ("If you think we have got something wrong, email the newsroom rather than posting it here.",),
            ("Corrections to the minutes should be sent to the secretary before the next meeting.",),
            ("Have a story from your town? Call the office or drop it in at the front counter.",),
            ("Errors in our reports are corrected as soon as they are brought to our attention.",),
            ("News tips can be sent to the editor in confidence.",),
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Write clearly", "Plain English, please"),
        (
            ("Bad language, including words with letters blanked out, is not allowed.",),
            ("Please do not type in capitals; it reads as shouting.",),
            ("{Cs} should be written in English so that all members can take part.",),
            ("Keep abbreviations and text-speak to a minimum so everyone can follow.",),
            ("Swearing will see your {c} removed.",),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            ("Members who break these rules will receive a warning from a moderator.",),
            ("A second breach may lead to a suspension; a third, to removal from the group.",),
            ("Persistent offenders will be banned without further notice.",),
            ("Serious breaches may be reported to the committee and could affect your membership.",),
            ("Banned members who rejoin under another name will be removed again.",),
        ),
    ),
    (  # safety/advice
        ("Safety", "Medical advice", "Not professional advice", "Look after yourself", "Working safely"),
        (
            ("Nothing posted here is a substitute for advice from your audiologist or doctor.",),
            ("Never go on the ice or onto the lock gates without the supervision of a trained volunteer.",),
            ("Take care when describing methods that use knives, presses or solvents, and always mention the risks.",),
            ("If you notice a sudden loss of hearing, see a doctor the same day rather than asking here.",),
            ("Work parties must follow the site safety briefing given at the start of each day.",),
        ),
    ),
    (  # disclaimer
        ("Disclaimer", "Views expressed", "Opinions", "Whose views are these?", "Responsibility"),
        (
            ("The views expressed are those of the writers, not of the newspaper.",),
            ("{Cs} do not necessarily reflect the views of the society or its trustees.",),
            ("We accept no responsibility for the accuracy of {cs} posted by members.",),
            ("Publication of a {c} does not mean the club endorses it.",),
            ("Opinions shared on this forum are personal to the members who post them.",),
        ),
    ),
)


#: The site's word for what readers send: (singular, plural).
NOUNS_225 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)


#: Titles, opening and closing lines some sites print with such a policy (reworded-225 only).
POLICY_TITLES_225 = (
    "House Rules",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard rules",
    "Rules of the Board",
    "{C} policy",
    "Before you post",
    "Members' code of conduct",
    "Guidelines for using this page",
)


POLICY_INTROS_225 = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers, provided they follow the guidelines below.",
    "This board is run by volunteers for the benefit of all members.",
    "By registering you agree to the following rules.",
    "To keep this a friendly place for everyone, we ask members to follow a few simple rules.",
    "The following applies to all {cs} on this site.",
)


POLICY_CLOSINGS_225 = (
    "Thank you for your co-operation.",
    "These rules may be updated from time to time.",
    "By order of the committee.",
    "Any questions, please contact the moderators.",
    "Thank you for helping to keep this a friendly community.",
    "The Editor",
    "Issued by the Trustees.",
)


#: British spellings in the lists above and their American forms (a reworded-225 document prints one or the other).
AMERICAN_225 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "co-operation": "cooperation",
    "offence": "offense",
    "behaviour": "behavior",
    "favour": "favor",
}


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")

#: How a site marks its items: a shape with {n} (number), {a} (letter), {r} (roman), or a bullet; "" for none.
_MARKERS = (
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{a}.",
    "{r}.",
    "({r})",
    "{R}.",
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "Rule {n}:",
    "Rule {n} \u2013",
    "[{n}]",
    "{n}/",
)


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "it", "of", "on", "or", "the", "to", "not"}
    words = text.split(" ")
    return " ".join(word if (i and word in small) else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _items_225(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-225 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site, drawn in turn: its word for what readers send (from the four besides "comment" 0.25 of the time, and
    then no line that says "comment"); two to five items (0.3) or six to all seventeen, in the table's order (0.5) or
    drawn; a heading case (as written, title case, capitals, lower case); a placing of headings (a part of their own,
    run in before a colon, a stop or a dash, or none at all, 0.15); a marker shape or none; whether question
    headings print as a "Q:" line with the answer after "A:" (0.15); whether headings print between asterisks, as
    a forum's bold (0.1); whether an item's sentences run into one part (0.2). Per item, its heading (left off
    0.06 of the time) and one to three of its five sentences, in the table's order. Then opening, closing and title lines by ``_furnish``."""
    never_comment = rng.random() < 0.25
    single, plural = rng.choice(NOUNS_225[1:] if never_comment else NOUNS_225)
    words = {"c": single, "cs": plural, "C": single.capitalize(), "Cs": plural.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    kinds = range(len(REWORDINGS_225))
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_225))
    picked = sorted(rng.sample(kinds, count)) if rng.random() < 0.5 else rng.sample(kinds, count)
    case = rng.choice(("as", "as", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "colon", "colon", "stop", "dash", "none"))
    if rng.random() < 0.15:
        placing = "none"
    marker = rng.choice(_MARKERS)
    qa = rng.random() < 0.15
    starred = rng.random() < 0.1
    joined = rng.random() < 0.2
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(picked, 1):
        headings, sentences = REWORDINGS_225[kind]
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, 3)))
        parts = [fill(part) for index in chosen for part in sentences[index]]
        if joined:
            parts = [" ".join(parts)]
        heading = fill(rng.choice(headings)) if placing != "none" and rng.random() >= 0.06 else ""
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            elif case == "lower":
                heading = heading[0] + heading[1:].lower()
            if starred:
                heading = f"**{heading}**"
        mark = marker.format(
            n=number, a="abcdefghijklmnopqrstuvwxyz"[number - 1], r=_ROMAN[number - 1], R=_ROMAN[number - 1].upper()
        )
        if heading and qa and heading.rstrip("*").endswith("?"):
            heading = "Q: " + heading
            parts[0] = "A: " + parts[0]
            item = (heading, *parts)
        elif not heading:
            item = ("", *parts)
        elif placing == "own":
            item = (heading, *parts)
        else:
            after = {"colon": ": ", "stop": ". ", "dash": dash}[placing]
            if heading.rstrip("*").endswith("?"):
                after = " "
            item = ("", heading + after + parts[0], *parts[1:])
        if mark:
            first = 0 if item[0] else 1
            item = tuple(f"{mark} {part}" if i == first else part for i, part in enumerate(item))
        items.append(item)

    intros = [fill(line) for line in POLICY_INTROS_225]
    closings = [fill(line) for line in POLICY_CLOSINGS_225]
    titles = [fill(line) for line in POLICY_TITLES_225]
    if never_comment:
        intros, closings, titles = (
            [line for line in lines if "comment" not in line.lower()] for lines in (intros, closings, titles)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_225)
