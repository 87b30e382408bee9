"""The ``reworded-199`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Guyanese and Trinidad diaspora news, Northumberland village papers, Kansas wheat-town weeklies,
orienteering clubs, amateur astronomy societies, long-covid forums, park-home residents, watermill volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, without reading the cleaner's
code, its docs or reports, nor the other families' sentences (only ``reworded_06``'s module, for its structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (written in sentence case, without a stop: a site picks its case and what follows
#: a heading) and five sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are
#: the site's word for what readers send (comment, post, message, reply, contribution, submission), singular and
#: plural, lower and capitalised. Written in British spelling; a site may print it in American (``AMERICAN_199``).
REWORDINGS_199 = (
    (  # civility
        ("Be civil", "Respect one another", "Play the ball, not the player", "Keep it friendly", "Why be polite?"),
        (
            "Disagree by all means, but do it politely and without name-calling.",
            "Treat other members as you would a neighbour over the garden fence.",
            "Personal attacks on other readers, contributors or volunteers will be removed.",
            "Criticise ideas and decisions, never the person who holds them.",
            "Sarcasm and belittling replies do not help anyone and will not be tolerated.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "No racism or bigotry",
            "Respect every community",
            "Zero tolerance for hatred",
            "What counts as hateful?",
        ),
        (
            "We will not publish {cs} that attack people for their race, ethnicity, religion, sex, sexuality or disability.",
            "Stirring up division between Indo- and Afro-Caribbean communities has no place here.",
            "Slurs, including ones disguised with asterisks or misspellings, will be deleted.",
            "Jokes at the expense of any group of people are treated the same as insults.",
            "Anyone posting material intended to incite hatred will be banned without warning.",
        ),
    ),
    (  # privacy
        (
            "Protect privacy",
            "Personal information",
            "Keep personal details private",
            "Other people's details",
            "Can I share a phone number?",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Photographs of neighbours, their homes or their pitches must not be shared without permission.",
            "Please do not name people who are not already named in the story.",
            "Medical details about another member are theirs to share, not yours.",
            "Private messages should stay private; do not copy them into a public thread.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young members",
            "Keeping juniors safe",
            "Worried about someone?",
        ),
        (
            "Never post the full name, school or photograph of a junior member without a parent's consent.",
            "Do not contact young members privately through this site.",
            "Any concern about a child's welfare should go straight to our welfare officer, not the forum.",
            "If you believe someone is at risk of harm, call the emergency services first.",
            "Members who are struggling are urged to contact their GP or the Samaritans on 116 123.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Moderation delays",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they are published.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may take a while to appear.",
            "{Cs} from new members are held for approval until they have made a few posts.",
            "Please do not send the same {c} again if it does not show up straight away.",
            "The office is closed on Sundays and bank holidays, and {cs} will be approved the next working day.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Right board, right thread", "Is it on topic?"),
        (
            "Keep your {cs} relevant to the article or thread you are replying to.",
            "Off-topic {cs} may be moved to the general chat section or removed.",
            "Please start a new thread rather than taking over someone else's.",
            "Questions about results, fees or entries belong in the events section.",
            "National politics belongs elsewhere unless it bears directly on the story.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "No spam", "Selling and promotion", "Commercial posts", "Can I advertise here?"),
        (
            "Advertising, sales pitches and affiliate links are not permitted in {cs}.",
            "Members may mention a telescope or kit for sale once, in the classifieds section only.",
            "Promoting supplements, cures or paid treatments will lead to an immediate ban.",
            "Chain messages, petitions and fundraising appeals need the editor's approval first.",
            "Repeated links to your own website or channel will be treated as spam.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Accounts", "One account each", "Registration", "Who can post?"),
        (
            "{Cs} must be sent under your real first name and surname.",
            "Members are allowed one account; duplicate accounts will be closed.",
            "Do not pretend to be another person, club or organisation.",
            "You are responsible for everything posted from your account, so keep your password safe.",
            "Only paid-up members and registered readers may send {cs}.",
        ),
    ),
    (  # the law
        ("Mind the law", "Defamation", "Legal matters", "Court cases", "Is it libel?", "Stay within the law"),
        (
            "Do not post anything that is untrue and damaging to someone's reputation; it may be libellous.",
            "Never speculate about the guilt of anyone who has been charged and is awaiting trial.",
            "Contempt of court applies to {cs} just as it applies to our reporting.",
            "Allegations against named individuals, businesses or the site owner will not be published.",
            "We are required by law to hand details of unlawful {cs} to the police if asked.",
        ),
    ),
    (  # copyright
        ("Copyright", "Use your own words", "Photos and images", "Sharing articles", "Whose photo is it?"),
        (
            "Only post photographs you have taken yourself or have permission to use.",
            "Do not copy whole articles from other newspapers; a short quote and a link will do.",
            "By posting an image you allow us to show it on this site and in print.",
            "Astrophotographs remain the property of the photographer and must be credited.",
            "Material posted in breach of copyright will be taken down when we are told of it.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flag it", "Seen something wrong?", "How do I report a {c}?"),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "Please report problems to the moderators rather than replying in the thread.",
            "Reports are anonymous and are reviewed as soon as a volunteer can get to them.",
            "If something needs urgent attention, email the editor directly.",
            "Do not feed the argument; report it and move on.",
        ),
    ),
    (  # editor's discretion
        ("Our decision", "Editor's discretion", "The final word", "Right to remove", "Who decides?"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "We may edit, shorten or decline any {c} without giving a reason.",
            "Moderators may lock or remove threads that have run their course.",
            "The committee reserves the right to remove any {c} it considers unsuitable.",
            "Publication of a {c} does not mean we agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Tell us"),
        (
            "If we have got something wrong in a story, please email the newsroom rather than replying below.",
            "Corrections are printed in the next edition and noted on the article online.",
            "Have a story for us? Ring the office or use the contact form.",
            "Letters to the editor should be sent by post or email with your name and address.",
            "Please send results, minutes and notices to the secretary for the newsletter.",
        ),
    ),
    (  # language
        ("Mind your language", "Language", "No swearing", "Keep it clean", "Write clearly", "Can I swear?"),
        (
            "Swearing, including abbreviated or starred-out words, is not allowed.",
            "Please write in English so that the moderators can read every {c}.",
            "Creole and patois are welcome, but abuse in any language is still abuse.",
            "Please avoid writing in capital letters; it reads as shouting.",
            "Keep {cs} short and clear, and check them before you press send.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Three strikes", "Consequences", "Sanctions", "What happens if I break the rules?"),
        (
            "Members who break these rules will receive a warning by private message.",
            "A second breach will lead to a suspension, and a third to a permanent ban.",
            "Serious breaches may result in a ban without any warning.",
            "Banned members who return under a new name will be removed again.",
            "Appeals against a ban should be sent to the administrator by email.",
        ),
    ),
    (  # safety and advice
        ("Safety first", "Not medical advice", "Advice", "Take care", "Is this advice?"),
        (
            "Nothing posted here is medical advice; always speak to your GP before changing any treatment.",
            "Never point a telescope or binoculars at the Sun without a proper certified solar filter.",
            "Route choices and conditions shared here are no substitute for your own judgement on the day.",
            "Do not post advice on electrical, gas or structural work to homes; use a qualified engineer.",
            "Volunteers must not operate the mill machinery unless trained and supervised.",
        ),
    ),
)

#: Title lines a site prints above its rules.
POLICY_TITLES_199 = (
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Comment policy",
    "Commenting guidelines",
    "Posting guidelines",
    "Guidelines for {cs}",
    "Before you post",
    "Message board rules",
    "Noticeboard rules",
    "Rules of the forum",
    "Terms of participation",
)

#: Opening lines a site prints before its rules.
POLICY_INTROS_199 = (
    "We want this to be a friendly place for everyone, so please read these rules before posting.",
    "By sending a {c} you agree to abide by the following.",
    "Please note the following rules for {cs} on this site.",
    "Our forum is run by volunteers in their spare time; please help them by following these guidelines.",
    "Readers are welcome to join the conversation on our stories, within a few simple rules.",
    "These guidelines were agreed by the committee and apply to all members.",
)

#: Closing lines a site prints after its rules.
POLICY_CLOSINGS_199 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time.",
    "Questions about these rules can be sent to the editor.",
    "Clear skies, and happy posting.",
    "The moderators.",
    "Thank you for your understanding and co-operation.",
    "Last updated by the committee in March.",
)

#: The family's words written in British spelling, and how an American site prints them.
AMERICAN_199 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "organisation": "organization",
    "libellous": "libelous",
    "judgement": "judgment",
    "behaviour": "behavior",
    "co-operation": "cooperation",
    "programme": "program",
    "licence": "license",
}

#: A site's word for what readers send: (singular, plural).
_COMMENT = ("comment", "comments")
_OTHER_WORDS = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

_SMALL = {"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "not", "by", "at", "as"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes: a format taking n (1-based), a (letter), r (roman, lower), R (roman, upper) and s (a section).
_MARKERS = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{n}/",
    "#{n}",
    "{a}.",
    "{a})",
    "({a})",
    "{r}.",
    "({r})",
    "{R}.",
    "{s}.{n}",
    "{s}.{n}.",
    "Rule {n}:",
    "Rule {n} -",
    "Rule {n}.",
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "\u00b7",
    "\u25aa",
    ">",
    "\u2714",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _in_case(heading: str, case: str) -> str:
    if case == "title":
        return _title_case(heading)
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading[:1].lower() + heading[1:]
    return heading


def _items_199(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-199 policy: (heading, sentence, ...) per item, "" for a missing heading; a title as (title, ""),
    other lines as ("", sentence), by ``_furnish``.

    Draws, per site: its word for what readers send (a quarter of sites never say "comment", in any line); two to
    five items (0.25) or six to all sixteen, in the table's order (0.5) or drawn; the headings' case (as written,
    title case, capitals, or lower); whether it prints headings at all (0.85), and then how: on their own part
    (with a stop, a colon or nothing), run in before a colon, a stop or a dash, in square brackets, or in markdown
    bold as a forum's text scrapes; asked and answered with "Q:" and "A:" (0.1, where a heading is a question);
    the marker shape (none 0.35, else numbered, lettered, roman, sectioned, "Rule n", or a bullet), sometimes on
    a part of its own; an item's sentences as parts of their own or run into one (0.3). Per item: a heading, and
    one to three of its kind's sentences in the table's order."""
    other = rng.random() < 0.25
    word = _COMMENT if not other and rng.random() < 0.85 else rng.choice(_OTHER_WORDS)
    fill = {"c": word[0], "cs": word[1], "C": word[0].capitalize(), "Cs": word[1].capitalize()}

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_199))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_199[i] for i in sorted(rng.sample(range(len(REWORDINGS_199)), count))]
    else:
        chosen = rng.sample(REWORDINGS_199, count)

    case = rng.choice(("as", "as", "as", "title", "title", "upper", "lower"))
    bare = rng.random() < 0.15
    place = rng.choice(("part", "part", "part", "run", "run", "run", "bracket", "bold"))
    stop = rng.choice(("", "", ".", ":", ":"))
    joiner = rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    faq = rng.random() < 0.1
    marker = "" if rng.random() < 0.35 else rng.choice(_MARKERS)
    marker_alone = bool(marker) and rng.random() < 0.1
    section = rng.randint(2, 9)
    joined = rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if bare else rng.choice(headings).format(**fill)
        if faq and not bare:
            asked = [h for h in headings if h.endswith("?")]
            heading = asked[0].format(**fill) if asked else heading
        k = rng.choice((1, 1, 2, 2, 3))
        picked = [sentences[i].format(**fill) for i in sorted(rng.sample(range(len(sentences)), k))]
        if joined:
            picked = [" ".join(picked)]
        question = heading.endswith("?")
        if heading:
            heading = _in_case(heading, case)
        if heading and faq and question:
            heading = "Q: " + heading
            picked[0] = "A: " + picked[0]
        if heading and place == "bracket":
            heading = "[" + heading + "]"
        elif heading and place == "bold":
            heading = "**" + heading + "**"
        elif heading and not question and place == "part":
            heading += stop
        if heading and place in ("run", "bracket") and not (faq and question):
            picked[0] = heading + (" " if question or place == "bracket" else joiner) + picked[0]
            heading = ""
        if marker:
            mark = marker.format(n=n, a="abcdefghijklmnop"[n - 1], r=_ROMAN[n - 1], R=_ROMAN[n - 1].upper(), s=section)
            if marker_alone:
                items.append((mark, *([heading] if heading else []), *picked))
                continue
            if heading:
                heading = mark + " " + heading
            else:
                picked[0] = mark + " " + picked[0]
        items.append((heading, *picked))

    titles = [t.format(**fill) for t in POLICY_TITLES_199]
    intros = [t.format(**fill) for t in POLICY_INTROS_199]
    closings = [t.format(**fill) for t in POLICY_CLOSINGS_199]
    if other:
        titles, intros, closings = (
            [t for t in lines if "comment" not in t.lower()] for lines in (titles, intros, closings)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_199)
