"""The ``reworded-163`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Zambian English-language news, Ceredigion village papers, Alaska fishing-town bulletins, hurling
clubs, beekeeping associations, autism parent forums, bus-user groups, tall-ship sail-training volunteers.

Written blind: from how such sites word and print their posting rules, house rules, members' forum rules and
"before you post" notes, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without their stop; a document picks one, and may print none), and five
#: sentences, of which a document prints one to three in the table's order. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}`` are
#: the site's word for what readers send (singular, plural, capitalised), ``{a}`` its article. British spelling; a
#: document may print it in American spelling (``AMERICAN_163``).
REWORDINGS_163 = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the player",
            "Respect one another",
            "Keep it civil",
            "How should I treat other members?",
            "Courtesy first",
        ),
        (
            "Disagree by all means, but do it politely and without name-calling.",
            "Personal attacks on other readers, on our reporters or on the people in a story will be removed.",
            "Remember that many of the people you are writing about live down the road from you.",
            "Sarcasm and point-scoring rarely read well on a screen, so think twice before you press send.",
            "Treat every member as you would a neighbour at the harbour or on the bus.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Tribalism and hatred",
            "Discrimination",
            "Zero tolerance for hatred",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people for their tribe, race, religion, disability, sex or sexuality are not allowed.",
            "Tribal, regional and sectarian slurs will be deleted and the account suspended without warning.",
            "We will not host {cs} that mock autistic people or any other disabled person, even as a joke.",
            "Stirring up hatred is an offence, and we will pass the worst {cs} to the police.",
            "There is room here for every parish, county and language, and no room for bigotry about any of them.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal details",
            "Keep personal information off the board",
            "Can I share someone's address?",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Never name a child, their school or their diagnosis without a parent's clear permission.",
            "Please do not give the location of members' apiaries or say when a house or boat is empty.",
            "Screenshots of private messages may not be shared on the open board.",
            "Think before naming a crew member, a driver or a fellow volunteer in a public {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping young members safe",
            "Safeguarding young trainees",
            "What if I am worried about a child?",
        ),
        (
            "Do not post photographs of under-18s without the written consent of a parent or guardian.",
            "Under-18s may join the forum only with a parent's permission and may not use private messaging.",
            "If you are worried that a child or a vulnerable adult is at risk, contact the police or social services"
            " first, then tell the club's Children's Officer.",
            "Any attempt to contact young trainees privately through the site will be reported to the designated"
            " safeguarding lead.",
            "Our safeguarding policy applies online exactly as it does at the pitch, the hives and on board.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval of {cs}",
            "Waiting for approval",
        ),
        (
            "All {cs} are read by a moderator before they appear, which may take up to 24 hours.",
            "The board is run by volunteers, so {cs} posted late at night or at weekends can wait a while.",
            "During the fishing season the office is short-staffed and approval may be slower than usual.",
            "Posting the same {c} again will not speed things up and may send it to the spam folder.",
            "A {c} that has not appeared after two days has usually been declined.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "On topic, please", "What can I post about?"),
        (
            "Keep your {c} relevant to the story or thread it is posted under.",
            "Match reports are for talking about the match; club politics belong at the AGM.",
            "Swarm reports go in the Swarms section, not in the general discussion.",
            "Timetable complaints are welcome, but please post them under the right route.",
            "Threads that wander far from where they began may be split, moved or closed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Buying and selling",
            "Adverts and promotion",
            "Can I sell things here?",
            "Commercial posts",
        ),
        (
            "Advertising, chain letters and links to commercial sites will be removed.",
            "Nucs, queens and equipment may be offered for sale only in the members' Sales board.",
            "Gear for sale and crew wanted notices belong on the classifieds page, not under news stories.",
            "Therapists, clinics and sellers of supplements may not promote their services on the forum.",
            "Repeated links to the same site, or {cs} that exist only to carry a link, will be treated as spam.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "One member, one account", "Registration", "Who can post?", "Usernames"),
        (
            "Please register with your real name; we do not publish {cs} under false names.",
            "Each member may hold one account, and it may not be shared with anyone else.",
            "Do not pretend to be another person, a club officer or a member of our staff.",
            "Posting is open to paid-up members of the association only.",
            "Usernames that are offensive, or that are the name of a business, will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Stay within the law",
            "Defamation and the law",
            "Don't break the law",
            "The law",
            "Could I be sued?",
        ),
        (
            "Do not accuse anyone of a crime or of wrongdoing unless it has been proved in court.",
            "You are legally responsible for what you post, and can be sued for it.",
            "Do not discuss cases that are before the courts; it may amount to contempt of court.",
            "{Cs} that break the Cyber Security and Cyber Crimes Act or any other law of Zambia will be removed"
            " and may be handed to the authorities.",
            "We will give the details of a poster to the police if we are required to by law.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and copyright", "Whose words are they?", "Sharing material"),
        (
            "Do not paste in whole articles from other papers; a short quote and a link is enough.",
            "Only upload photographs you took yourself or have permission to use.",
            "Match footage belongs to the broadcaster and may not be posted here.",
            "By posting you give us the right to publish your {c} in print and online.",
            "Credit the source of any chart, map or timetable you share.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flagging", "Tell us"),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "Please report a problem rather than replying to it; arguing back only feeds it.",
            "If it is urgent, email the editor and put REPORT in the subject line.",
            "Every report is looked at by a moderator, but we cannot always tell you what we have done.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's decision",
            "Our discretion",
            "The moderators' decision is final",
            "Right to remove",
            "Why was my {c} deleted?",
        ),
        (
            "We may edit, shorten or remove any {c} without giving a reason.",
            "The editor's decision is final and no correspondence will be entered into.",
            "Moderators volunteer their time, so please accept their decisions with good grace.",
            "We may close a thread at any time, particularly where legal issues arise.",
            "Publication of a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips and corrections",
            "Tell the editor",
            "Something to share?",
        ),
        (
            "If we have got something wrong, email the newsdesk rather than posting about it here.",
            "Corrections are made as quickly as we can and noted at the foot of the story.",
            "News, photos and notices for the next issue can be left at the shop or emailed to the editor.",
            "Club results should go to the PRO by Sunday night for Monday's notes.",
            "Do you know something we should be reporting? Contact the newsroom in confidence.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "English or Welsh",
            "Which language can I use?",
            "Plain language",
        ),
        (
            "Swearing, including swear words with letters starred out, is not allowed.",
            "You are welcome to write in English or in Welsh.",
            "Please do not write in capital letters; it reads as shouting.",
            "Avoid text speak and abbreviations that other members may not understand.",
            "Post in English so that all our readers can follow the discussion.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Suspensions",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Consequences",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a permanent ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Banned members who return under a new name will be removed again.",
            "A suspension usually lasts seven days and is recorded against your account.",
            "Appeals against a ban may be made in writing to the club secretary.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Not professional advice",
            "Medical advice",
            "Safety first",
            "Is the advice here reliable?",
            "Take care",
        ),
        (
            "Posts on this forum are the views of other parents and are not a substitute for medical advice.",
            "Anyone with a known allergy to stings should speak to their GP before handling bees.",
            "Sea-going questions should be checked with the ship's officers, not settled on the forum.",
            "Never change a child's medication on the strength of something you read here.",
            "Weather, tide and road information posted by members may be out of date; check official sources.",
        ),
    ),
)


#: The same kinds' headings in Welsh, for a bilingual Ceredigion site ("Parch / Respect").
WELSH_163 = (
    "Parch",
    "Casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Pwnc",
    "Hysbysebu",
    "Eich cyfrif",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Penderfyniad y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion",
    "Cyngor",
)


#: Titles, opening and closing lines (``{n}`` is the number of items the site prints).
TITLES_163 = (
    "House Rules",
    "Forum rules",
    "Posting guidelines",
    "{C} policy",
    "Rules of the board",
    "Our {n} rules",
    "Before you post",
    "Community standards",
    "Guidelines for {cs}",
    "Rheolau / Rules",
    "Members' code of conduct",
    "Netiquette",
)

INTROS_163 = (
    "We welcome {cs} from readers, provided they follow these simple rules.",
    "Kindly read the following guidelines before submitting {a} {c}.",
    "This forum exists so that parents can support each other; these rules help keep it that way.",
    "The board is for members and friends of the club.",
    "By posting you agree to the rules below.",
    "Croeso! Welcome to the discussion board.",
    "Please take a moment to read the house rules.",
)

CLOSINGS_163 = (
    "Thank you for keeping the board a friendly place.",
    "These rules may be changed at any time without notice.",
    "Any questions about these rules should be sent to the moderators.",
    "Diolch - thank you.",
    "Happy posting, and fair winds!",
    "Thank you for your co-operation.",
    "Questions? Ask the committee.",
)

SIGNATURES_163 = ("The Editor", "- The Committee", "Hon. Secretary", "The Moderation Team", "Club PRO", "-- Admin")

REVISED_163 = (
    "Last reviewed by the committee, March 2025.",
    "Adopted at the AGM, 2024.",
    "Revised January 2026.",
    "Updated: 14/02/2025",
)

#: British spellings in the lists above and their American forms (a reworded-163 document prints one or the other).
AMERICAN_163 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "offence": "offense",
    "organisation": "organization",
    "criticise": "criticize",
    "behaviour": "behavior",
}

_NOUNS_163 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


def _roman_163(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _marker_163(rng: random.Random):
    """This site's item markers: a function of the item's number (from 1) giving its marker, or None."""
    shape = rng.choices(("none", "number", "letter", "roman", "bullet", "rule"), weights=(30, 30, 8, 6, 20, 6))[0]
    if shape == "none":
        return None
    if shape == "number":
        form = rng.choice(("{}. ", "{}. ", "{}) ", "({}) ", "{} - ", "#{} ", "{}.\t"))
        return lambda n: form.format(n)
    if shape == "letter":
        form = rng.choice(("{}) ", "({}) ", "{}. "))
        upper = rng.random() < 0.4
        return lambda n: form.format(chr(ord("A" if upper else "a") + n - 1))
    if shape == "roman":
        form = rng.choice(("{}. ", "({}) ", "{}) "))
        upper = rng.random() < 0.5
        return lambda n: form.format(_roman_163(n).upper() if upper else _roman_163(n))
    if shape == "bullet":
        bullet = rng.choice(("\u2022 ", "- ", "* ", "\u25aa ", "\u2013 ", "\u2b21 ", "> "))
        return lambda n: bullet
    form = rng.choice(("Rule {}: ", "Rule {} - ", "RULE {}. ", "Rheol {}: "))
    return lambda n: form.format(n)


def _case_163(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        small = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"}
        return " ".join(w if i and w.lower() in small else w[:1].upper() + w[1:] for i, w in enumerate(text.split(" ")))
    if case == "lower":
        return text.lower()
    return text


def _items_163(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-163 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution or submission, and then no line says "comment"); few items (two to five, 0.3) or many (seven to
    all sixteen), in the table's order (0.5) or shuffled; one to three of an item's sentences, by one of three
    weightings, printed a part each or joined into one paragraph (0.3); headings in the table's case, title case,
    capitals or lower case, or none (0.15), in Welsh and English (0.08), now and then between asterisks; a heading
    on a part of its own (0.45: with nothing, a colon or a stop after it) or run in before the first sentence after
    a colon, stop or dash; the site's markers (none, numbers, letters, roman numerals, bullets, "Rule N"), on the
    heading, and now and then (0.1) a bullet before each sentence under a heading of its own. Then the opening,
    closing and title lines by :func:`_furnish`, and after them now and then a date of revision (0.12) and a
    signature (0.15)."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_163)
    article = "an" if one[0] in "aeiou" else "a"
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize(), "a": article}

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_163))
    kinds = rng.sample(range(len(REWORDINGS_163)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (3, 4, 2), (1, 3, 3)))

    bare = rng.random() < 0.15
    welsh = not bare and rng.random() < 0.08
    case = rng.choices(("table", "title", "upper", "lower"), weights=(5, 2, 2, 1))[0]
    stars = not bare and rng.random() < 0.06
    apart = rng.random() < 0.45
    after_apart = rng.choice(("", "", ":", "."))
    run_in = rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " -- "))
    marker = _marker_163(rng)
    bulleted = apart and not bare and rng.random() < 0.1  # "1. HEADING", then "- sentence" lines
    bullet = rng.choice(("- ", "\u2022 ", "* "))
    joined = not bulleted and rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_163[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if joined:
            picked = [" ".join(picked)]
        heading = "" if bare else _case_163(rng.choice(headings).format(**words), case)
        if heading and welsh:
            heading = f"{_case_163(WELSH_163[kind], case)} / {heading}"
        if heading and stars:
            heading = f"**{heading}**"
        mark = marker(number) if marker else ""
        if bulleted:
            picked = [bullet + sentence for sentence in picked]
        if not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            items.append((mark + heading + end, *picked))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))

    def fill(lines: tuple[str, ...]) -> list[str]:
        return [line.format(n=count, **words) for line in lines]

    items = _furnish(items, rng, fill(INTROS_163), fill(CLOSINGS_163), fill(TITLES_163), AMERICAN_163)
    if rng.random() < 0.12:
        items.append(("", rng.choice(REVISED_163)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGNATURES_163)))
    return items
