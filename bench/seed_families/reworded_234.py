"""The ``reworded-234`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Trinidad village news pages, Caithness papers, Wisconsin dairy-town weeklies, hockey clubs,
barbershop choruses, IBS (irritable bowel) forums, retirement-flat residents' associations and heritage railway
signalmen's groups.

Written blind: from how such sites word and print their posting rules, house rules and community guidelines,
without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (printed without their stop: a site adds its own), and
#: sentence choices, each of one sentence or two. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) are the site's word
#: for what readers send, ``{site}``/``{Site}`` its name for itself, ``{mods}``/``{Mods}`` for its moderators and
#: ``{people}`` for its readers. Written in British spelling; a document may print it in American (``AMERICAN_234``).
REWORDINGS_234 = (
    (  # civility
        ("Be civil", "Play the ball, not the player", "Respect one another", "Can I disagree?", "Good Manners"),
        (
            ("Disagree by all means, but do it politely.",),
            ("Criticise the idea, not the person who put it forward.",),
            ("Name-calling, sneering and personal digs will see your {c} removed.",),
            ("Treat other {people} as you would if you met them at the shop or in the street.",),
            ("We are a small community and most of us know each other.", "Keep it friendly."),
        ),
    ),
    (  # hatred
        ("No hate", "No bigotry of any kind", "Discrimination", "What counts as hate?", "Zero tolerance"),
        (
            ("Racist, sexist, homophobic or sectarian remarks will be taken down at once.",),
            ("Do not attack anyone because of their race, religion, age, disability, sex or sexuality.",),
            ("Jokes at the expense of a group of people are still hate, however they are meant.",),
            ("Stirring up ill feeling between villages, parishes or faiths is not allowed.",),
            ("Anyone posting hateful material will be removed without warning.", "There is no appeal."),
        ),
    ),
    (  # privacy
        ("Privacy", "Keep personal details private", "Protect your privacy", "Is it safe to give my address?"),
        (
            ("Never post your own or anyone else's phone number, address or email in a {c}.",),
            ("Do not share photographs of other {people} without asking them first.",),
            ("Health details you share are public and can be found by search engines.",),
            ("Private matters between neighbours should be settled privately, not here.",),
            ("{Mods} will remove any {c} that reveals where someone lives or works.",),
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and vulnerable adults", "Protecting the young", "Who are we protecting?"),
        (
            ("Do not name or picture children without the written consent of a parent or guardian.",),
            ("Anything that puts a child or vulnerable adult at risk will be passed to the proper authorities.",),
            ("If you are worried about someone's safety, call the police rather than posting about it.",),
            ("Do not identify anyone under 18 involved in an incident or court case.",),
            ("Our safeguarding officer can be reached through the contact page.", "All concerns are taken seriously."),
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Approval of {cs}", "Pre-moderation", "How long will it take?"),
        (
            ("All {cs} are read by {mods} before they are published.",),
            ("Moderation is done by volunteers, so please allow up to 48 hours for your {c} to appear.",),
            ("{Cs} sent at the weekend may not be approved until Monday.",),
            ("Please do not send the same {c} again if it does not show at once.", "Duplicates are deleted."),
            ("{Cs} from new accounts are held for checking until {mods} can look at them.",),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the point", "Relevance", "Is this the right place?", "On-topic {cs} only"),
        (
            ("Keep your {c} to the subject of the article or thread.",),
            ("Off-topic {cs} may be moved or removed.",),
            ("Start a new thread if you want to raise something different.",),
            ("Please do not turn every discussion into an argument about the council.",),
            ("Old grievances are not news.", "Leave them out of unrelated {cs}."),
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Links"),
        (
            ("Adverts, chain letters and sales pitches will be deleted.",),
            ("Please contact the office if you wish to place a paid advertisement.",),
            ("Links to other sites are allowed only where they add something to the discussion.",),
            ("Do not use {site} to promote a business, raffle or fundraiser without permission.",),
            ("Accounts that post spam are banned and reported.",),
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "One account each", "Usernames", "Who can post?", "Registration"),
        (
            ("{Cs} must carry your full name and the village or town where you live.",),
            ("Anonymous {cs} will not be published.",),
            ("Each member may hold only one account.", "Second accounts will be closed."),
            ("Do not choose a username that impersonates another person or organisation.",),
            ("You must be a registered member to post, and registration is free.",),
        ),
    ),
    (  # the law
        ("The law", "Stay within the law", "Defamation", "Could I be sued?", "Legal matters"),
        (
            ("You are legally responsible for what you post.",),
            ("Do not accuse anyone of a crime unless they have been convicted of it.",),
            ("{Cs} on cases before the courts will not be published until the case is over.",),
            ("Libellous or defamatory {cs} will be removed and may be passed to the police.",),
            ("Reporting restrictions apply to many court cases.", "Contempt of court is taken very seriously."),
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photographs and copyright", "May I copy an article?", "Credit"),
        (
            ("Do not paste whole articles from other websites or newspapers.",),
            ("Only upload photographs you took yourself or have permission to use.",),
            ("Short quotes are fine as long as you say where they came from.",),
            ("By posting you give {site} the right to publish your {c} in print and online.",),
            ("Recordings and scans belong to whoever made them.", "Please do not share them here without permission."),
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a {c}", "Spotted something wrong?", "Flagging", "Tell us"),
        (
            ("Use the report button under any {c} you think breaks these rules.",),
            ("If something worries you, let {mods} know rather than replying to it.",),
            ("Reports are anonymous and every one is read.",),
            ("Please do not reply to trolls.", "Report them and move on."),
            ("Email {mods} with a link to the {c} and a short note of what is wrong.",),
        ),
    ),
    (  # discretion
        ("Our decision is final", "Editor's discretion", "Right to refuse", "Who decides?", "Discretion"),
        (
            ("{Mods} may edit, refuse or remove any {c} without giving a reason.",),
            ("The decision of {mods} on any {c} is final.",),
            ("Publication of a {c} does not mean {site} agrees with it.",),
            ("We may close discussion on any story at any time.",),
            ("{Site} is run by volunteers in their spare time.", "Their judgement on what stays up is final."),
        ),
    ),
    (  # corrections and tips
        ("Corrections", "Got a story?", "News tips", "Have we got it wrong?", "Getting in touch"),
        (
            ("If we have made a mistake, please email the editor rather than posting about it.",),
            ("News tips, photos and notices of events are always welcome by email.",),
            ("Corrections will be made as quickly as we can and noted at the foot of the article.",),
            ("Please do not use {cs} to report a power cut, burst main or road closure.",),
            ("Births, deaths and marriages should be sent to the office, not posted here.",),
        ),
    ),
    (  # language
        ("Language", "Mind your language", "No swearing", "Can I swear?", "Keep it clean"),
        (
            ("No swearing, including words with letters starred out.",),
            ("Please write in plain English so that everyone can follow.",),
            ("{Cs} written entirely in capital letters will not be approved.",),
            ("Crude or sexual language is not acceptable.",),
            ("Families and children read these pages.", "Write as if your granny were reading it."),
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Three strikes"),
        (
            ("A first breach will usually earn a warning.", "A second may lead to a suspension."),
            ("Repeated breaches will result in a permanent ban.",),
            ("Banned members may not rejoin under another name.",),
            ("Suspensions are for seven days and are listed in the moderation log.",),
            ("Serious breaches may lead to an immediate ban without warning.",),
        ),
    ),
    (  # safety and advice
        ("Advice", "Not professional advice", "Staying safe", "Is this medical advice?", "Take care"),
        (
            ("Nothing posted here is a substitute for advice from your own doctor.",),
            ("Do not stop or change any medication because of something you read in a {c}.",),
            ("Check anything you read here with someone qualified before acting on it.",),
            ("If you feel unwell or unsafe, call the emergency services or your own doctor first.",),
            ("Opinions given here are those of {people}, not of qualified professionals.",),
        ),
    ),
)

#: Sentences only some kinds of sites print, by kind of site: (index of the item kind in REWORDINGS_234, sentence).
LOCAL_234 = {
    "trinidad": (
        (0, ("Leh we keep it respectful, we are all one village.",)),
        (1, ("No picong that turns into insult about anybody's race or religion.",)),
        (12, ("Send your village news, fete dates and funeral notices to the editor on WhatsApp.",)),
    ),
    "caithness": (
        (8, ("Remember that Scots law on contempt of court is strict.",)),
        (12, ("Send your news and photographs to the office in Wick or Thurso.",)),
        (5, ("Wind farm debates belong in the letters page, not under every story.",)),
    ),
    "wisconsin": (
        (12, ("Drop off or mail your news items to our office on Main Street.",)),
        (7, ("Letters and online {cs} must include your name and hometown.",)),
        (5, ("Keep it to the story, not the county board or the school referendum.",)),
    ),
    "hockey": (
        (0, ("No chirping officials, coaches or opposing players.",)),
        (2, ("Do not post pictures of junior players without a parent's consent.",)),
        (14, ("Two minutes for roughing: persistent offenders will be sent to the box for good.",)),
    ),
    "barbershop": (
        (9, ("Learning tracks are for chorus members only and must not be shared.",)),
        (5, ("Please keep the chorus page to rehearsals, shows and ringing chords.",)),
        (0, ("We sing in harmony and we talk in harmony too.",)),
    ),
    "ibs": (
        (15, ("Always see a doctor about new symptoms such as bleeding or weight loss.",)),
        (2, ("Think before sharing details of your symptoms, test results or treatment.",)),
        (6, ("Posts selling supplements, probiotics or miracle cures will be deleted.",)),
    ),
    "retirement": (
        (2, ("Please do not post other residents' flat numbers or when they are away.",)),
        (11, ("The house manager may remove notices that break the lease or these rules.",)),
        (15, ("In an emergency pull the alarm cord or call 999, do not post here.",)),
    ),
    "railway": (
        (15, ("Never enter a signal box or walk the line unless you are authorised and on duty.",)),
        (9, ("Diagrams and working notices remain the property of the railway.",)),
        (8, ("Do not post details of locking, keys or security arrangements.",)),
    ),
}

#: Per kind of site: names for itself, its moderators and its readers, and the words it uses instead of "comment".
SITES_234 = {
    "trinidad": (
        ("this page", "our village news page", "the site"),
        ("the admins", "the editor", "the moderators"),
        ("villagers", "readers", "neighbours"),
        (("post", "posts"), ("message", "messages")),
    ),
    "caithness": (
        ("the paper", "this website", "the Journal"),
        ("the editor", "our moderators", "the newsdesk"),
        ("readers",),
        (("response", "responses"), ("contribution", "contributions")),
    ),
    "wisconsin": (
        ("the paper", "this website", "the Herald"),
        ("the editor", "our staff", "the publisher"),
        ("readers", "subscribers"),
        (("post", "posts"), ("response", "responses")),
    ),
    "hockey": (
        ("the club", "the club website", "this forum"),
        ("the committee", "the webmaster", "the admins"),
        ("members", "supporters", "fans"),
        (("post", "posts"), ("message", "messages")),
    ),
    "barbershop": (
        ("the chorus", "our website", "the chorus page"),
        ("the webmaster", "the board", "the committee"),
        ("singers", "members", "guests"),
        (("message", "messages"), ("entry", "entries")),
    ),
    "ibs": (
        ("the forum", "this community", "the board"),
        ("the moderators", "the mod team", "the admins"),
        ("members", "users"),
        (("post", "posts"), ("reply", "replies")),
    ),
    "retirement": (
        ("the residents' site", "this noticeboard", "the association"),
        ("the committee", "the house manager", "the secretary"),
        ("residents", "neighbours"),
        (("message", "messages"), ("notice", "notices")),
    ),
    "railway": (
        ("the society", "the signalmen's forum", "the group"),
        ("the moderators", "the forum admin", "the committee"),
        ("members", "volunteers"),
        (("post", "posts"), ("contribution", "contributions")),
    ),
}

#: Titles, opening and closing lines such sites print with their rules (placeholders as in REWORDINGS_234).
POLICY_TITLES_234 = (
    "House Rules",
    "Posting guidelines",
    "Rules for {cs}",
    "Forum Rules",
    "Community guidelines",
    "Before you post",
    "{C} policy",
    "Rules of the road",
    "Terms of use for {cs}",
)

POLICY_INTROS_234 = (
    "Please read these rules before you post.",
    "{Cs} are welcome, but please follow a few simple rules.",
    "By sending a {c} you agree to the following.",
    "To keep {site} a friendly place, we ask everyone to stick to these guidelines.",
    "The following rules apply to all {cs}.",
)

POLICY_CLOSINGS_234 = (
    "Thank you for helping to keep {site} a pleasant place.",
    "These rules may be changed at any time without notice.",
    "Any questions, please contact {mods}.",
    "Happy posting!",
    "Last updated by {mods}.",
)

#: British spellings in the lists above and their American forms (a reworded-234 document prints one or the other).
AMERICAN_234 = {
    "criticise": "criticize",
    "organisation": "organization",
    "judgement": "judgment",
    "neighbours": "neighbors",
    "authorised": "authorized",
    "libellous": "libelous",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Marker shapes: how a site prints an item's number (``{n}`` a number, ``{a}`` a letter, ``{r}`` a roman numeral).
_MARKERS = (
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a})",
    "({a})",
    "{a}.",
    "{r}.",
    "({r})",
    "{R}.",
    "Rule {n}:",
    "Rule {n} -",
    "[{n}]",
    "\u2022",
    "-",
    "*",
    "\u25aa",
    ">",
)


def _fill(text: str, words: dict[str, str]) -> str:
    return text.format(**words)


def _heading_case(heading: str, case: str) -> str:
    if case == "title":
        small = {"a", "an", "and", "or", "of", "the", "to", "not", "on", "by", "in", "for", "at", "is"}
        words = heading.split(" ")
        return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading[:1].lower() + heading[1:]
    return heading[:1].upper() + heading[1:]


def _items_234(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-234 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per document: a kind of site (its names for itself, its moderators and readers, its own sentences), its word for
    what readers send ("comment" 0.75, else one of its own: such a site's title, opening and closing lines never say
    "comment" either); two to five items (0.35) or six to sixteen, in the table's order (0.5) or drawn; each item one
    to three of its sentences (one of the site's own in place of the first 0.5 of the time when it has one); per site
    a heading case, headings on their own part or run in before a colon, a stop or a dash (or none: 0.15, an item
    without its heading 0.08), a marker shape or none, and printings of its own: a marker on a part of its own,
    sentences as a sub-list, a question heading as Q and its answer as A, headings in asterisks, sentences without
    their stops. Then the opening, closing and title lines by ``_furnish``."""
    kind = rng.choice(sorted(SITES_234))
    sites, mods, people, nouns = SITES_234[kind]
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(nouns)
    site, mod = rng.choice(sites), rng.choice(mods)
    words = {
        "c": c,
        "cs": cs,
        "C": c.capitalize(),
        "Cs": cs.capitalize(),
        "site": site,
        "Site": site[:1].upper() + site[1:],
        "mods": mod,
        "Mods": mod[:1].upper() + mod[1:],
        "people": rng.choice(people),
    }
    local = {index: sentence for index, sentence in LOCAL_234[kind]}

    count = rng.randint(2, 5) if rng.random() < 0.35 else rng.randint(6, len(REWORDINGS_234))
    if rng.random() < 0.5:
        indices = sorted(rng.sample(range(len(REWORDINGS_234)), count))
    else:
        indices = rng.sample(range(len(REWORDINGS_234)), count)

    bare = rng.random() < 0.15
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "colon", "colon", "stop", "dash"))
    if case == "lower" and placing == "stop":
        case = "sentence"
    own_stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    dash = rng.choice((" - ", " \u2013 ", " \u2014 ", " -- "))
    marker = rng.choice(_MARKERS) if rng.random() < 0.7 else ""
    if marker.endswith(":") and placing == "colon":
        placing = "stop"
    most = rng.choice((1, 2, 2, 3))
    detached = marker and rng.random() < 0.12  # the marker printed on its own, as a list's number scraped apart
    sublist = rng.choice(("\u2013 ", "o ", "\u2022 ", "- ")) if rng.random() < 0.12 else ""
    faq = rng.random() < 0.1
    starred = rng.choice(("*", "**")) if kind in ("ibs", "hockey", "railway") and rng.random() < 0.25 else ""
    no_stops = rng.random() < 0.12

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(indices, 1):
        headings, sentences = REWORDINGS_234[index]
        picked = rng.sample(sentences, rng.randint(1, most))
        if index in local and rng.random() < 0.5:
            picked[0] = local[index]
        parts = [_fill(part, words) for sentence in picked for part in sentence]
        if no_stops:
            parts = [part[:-1] if part.endswith(".") else part for part in parts]
        heading = "" if bare or rng.random() < 0.08 else _fill(rng.choice(headings), words)
        if heading:
            heading = _heading_case(heading, case)
        question = heading.endswith("?")
        if faq and question:
            heading, parts[0] = "Q: " + heading, "A: " + parts[0]
        if starred and heading:
            heading = starred + heading + starred
        if sublist and len(parts) > 1:
            parts = [sublist + part for part in parts]
        mark = ""
        if marker:
            mark = marker.format(
                n=number, a="abcdefghijklmnop"[number - 1], r=_ROMAN[number - 1], R=_ROMAN[number - 1].upper()
            )
        if heading and placing != "own":
            joint = {"colon": ": ", "stop": ". ", "dash": dash}[placing]
            if question or heading[-1:] in ".:":
                joint = " "
            parts[0] = heading + joint + parts[0]
            heading = ""
        elif heading and not question and own_stop and not starred:
            heading += own_stop
        if mark and detached:
            items.append((mark, *([heading] if heading else []), *parts))
            continue
        if mark:
            if heading:
                heading = mark + " " + heading
            else:
                parts[0] = mark + " " + parts[0]
        items.append((heading, *parts))

    plain = c == "comment"
    intros, closings, titles = (
        [line for line in (_fill(text, words) for text in texts) if plain or not _says_comment(line)]
        for texts in (POLICY_INTROS_234, POLICY_CLOSINGS_234, POLICY_TITLES_234)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_234)
