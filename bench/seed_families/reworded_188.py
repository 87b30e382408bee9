"""The ``reworded-188`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: St Lucian and Grenadian news, Isle of Skye papers, Iowa corn-belt weeklies, judo clubs, philatelic
societies, hearing-voices forums, houseboat communities, steam-fair preservation groups.

Written blind: from how sites of these kinds word and print their posting rules, house rules, forum rules and codes
of conduct, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (in sentence case, without a stop; a site prints them in its own case and with its
#: own stop), and five sentences, of which an item prints one to three in order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: stand for the site's word for what readers send (comment, post, message, reply, contribution). British spelling;
#: a document may print it in American spelling (``AMERICAN_188``).
REWORDINGS_188 = (
    (  # civility
        (
            "Be civil",
            "Respect your fellow members",
            "Treat others as you would on the mat",
            "Courtesy first",
            "Why can't I just say what I think?",
            "Play the ball, not the player",
        ),
        (
            "Disagree with the argument if you must, but do not attack the person who made it.",
            "Members are expected to show one another the same respect here as they would in the dojo.",
            "Personal remarks, sneering and name-calling will see your {c} removed.",
            "Robust debate is welcome; rudeness to other readers, our reporters or the people in our stories is not.",
            "Remember that the person you are replying to may be a neighbour, a fellow boater or a first-time visitor.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for bigotry",
            "What counts as hateful?",
            "Everyone is welcome here",
        ),
        (
            "{Cs} attacking anyone for their race, religion, nationality, sex, sexuality or disability are deleted.",
            "We do not tolerate racist, sectarian or homophobic language in any form.",
            "Slurs aimed at people from other islands, other parishes or other countries have no place on this site.",
            "Mocking anyone for their diagnosis, their medication or the voices they hear is never acceptable.",
            "Stereotypes about travellers, incomers or any other group will be treated as hate speech.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Can I share someone's address?",
            "Other people's information",
            "Moorings and locations",
        ),
        (
            "Never post your own or anyone else's phone number, email or home address in a {c}.",
            "Do not share the exact location of a member's boat or mooring without their permission.",
            "What members share about their experiences stays here; please do not quote it elsewhere.",
            "Photographs of private collections should not show addresses, safes or other security details.",
            "Please do not name private individuals who are not already in the news.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting the vulnerable",
            "Who is our welfare officer?",
            "Juniors",
            "Is someone at risk?",
        ),
        (
            "Do not post photographs of junior players without the written consent of a parent or guardian.",
            "Never identify a child involved in a court case, by name or by details that point to them.",
            "Adult members must not contact junior members by private message.",
            "Any safeguarding concern should be raised with the club welfare officer, not in a public thread.",
            "If you believe someone is in immediate danger, call the emergency services before posting anything here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How we moderate",
            "When will it go live?",
        ),
        (
            "Every {c} is read by a moderator before it is published, which may take up to 24 hours.",
            "Our moderators are volunteers, so please be patient over weekends and bank holidays.",
            "{Cs} sent after 6pm will not be approved until the following morning.",
            "A new member's first five {cs} are held for approval before they appear.",
            "Sending the same {c} again will not make it appear any faster.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Is this the right board?",
            "Stick to the story",
            "Right section, right thread",
        ),
        (
            "Please keep your {cs} to the subject of the article or thread.",
            "Questions about valuation belong in the Valuations board, not in general discussion.",
            "Threads that drift into party politics will be locked.",
            "Start a new thread rather than taking over someone else's.",
            "Rally dates, road runs and engine sales each have their own section; please use them.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Buying and selling",
            "Spam",
            "Can I sell stamps here?",
            "Commercial posts",
            "Promotion and links",
        ),
        (
            "Sales, swaps and wants lists may only be posted in the Members' Marketplace.",
            "Unsolicited advertising, including for moorings, boats or brokerage services, will be removed.",
            "Links to your own shop, online listings or auction lots are not allowed outside the trade section.",
            "Chain letters, money-making schemes and repeated links will be deleted and the account suspended.",
            "Dealers are welcome to take part, but not to tout for business in the discussion.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "One member, one account",
            "Do I have to use my real name?",
            "Usernames",
            "Registration",
        ),
        (
            "Please register under your real name; anonymous {cs} will not be published.",
            "You may use a pseudonym, but it must not be offensive or impersonate anyone else.",
            "Each member may hold one account only, and duplicate accounts will be closed.",
            "Club members should give their club and grade in their profile.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could I be sued?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "Do not make allegations about named people that you could not prove in court.",
            "{Cs} about cases before the courts may be in contempt and will not be published until the case is over.",
            "You may be held personally liable for anything defamatory you write.",
            "Remember that Scots law on contempt of court is strict, and it applies to readers' {cs} too.",
            "We will co-operate with the police and the courts where a {c} is the subject of a lawful request.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and scans",
            "Whose words are they?",
            "Quoting other sources",
            "Can I post a catalogue page?",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Do not copy whole articles from other newspapers; a short quote and a link will do.",
            "Catalogue pages and numbering are protected by copyright, so quote them sparingly.",
            "By posting a picture you allow us to publish it on this site and in print.",
            "Film of gradings and competitions may be shared only with the permission of the organisers.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a {c}",
            "Seen something wrong?",
            "How do I flag a problem?",
            "Tell a moderator",
            "Don't feed the trolls",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please do not reply to trolls; report them and let the moderators deal with it.",
            "Reports are confidential and are read by a moderator as soon as possible.",
            "You can also email the moderators at the address at the foot of this page.",
            "Use the report button rather than arguing about it in the thread.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "The right to refuse",
            "Can you remove my {c} without saying why?",
        ),
        (
            "The editor reserves the right to edit or refuse any {c} without giving a reason.",
            "The committee's decision on any moderation matter is final.",
            "We may shorten {cs} or remove parts of them for legal reasons or for space.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "Moderators may lock or remove any thread at their discretion.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors in our reporting",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, email the newsdesk rather than raising it here.",
            "Corrections should be sent to the editor so they can be checked and put right.",
            "Have a story from your district? Call the newsroom or use our online form.",
            "Results, rally reports and photographs for the newsletter go to the editor, not the forum.",
            "Tips about news in your parish can be sent in confidence to our reporters.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Which languages can I use?",
            "Keep it clean",
            "Write clearly",
        ),
        (
            "Bad language, including words with letters replaced by symbols, is not allowed.",
            "{Cs} in Gaelic are welcome; please add a short English summary for other readers.",
            "{Cs} in Kw\u00e9y\u00f2l are welcome as long as they keep to these rules.",
            "Please do not write in capital letters, as it reads as shouting.",
            "This site is read by members of all ages, so keep it clean.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspensions",
            "Repeat offenders",
        ),
        (
            "Members who break these rules will receive a warning, then a suspension, then a ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Anyone banned who returns under another name will be banned again.",
            "Accounts that keep ignoring moderators' warnings will lose their posting rights.",
            "Bans may be appealed to the committee, whose decision is final.",
        ),
    ),
    (  # safety and advice
        (
            "Advice and safety",
            "Not medical advice",
            "Safety first",
            "Is this professional advice?",
            "Look after yourself",
            "Boilers, gas and electrics",
        ),
        (
            "Nothing posted here replaces advice from your doctor, care team or crisis service.",
            "If you are in crisis, contact your GP, the Samaritans or the emergency services rather than waiting for "
            "a reply.",
            "Advice on injuries or making weight should come from a qualified coach or medic, not the forum.",
            "Information about boilers, gas fittings and wiring is shared in good faith; always use a qualified "
            "engineer.",
            "Members share their own experiences, which may not apply to yours.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (placeholders as in the table).
TITLES_188 = (
    "House rules",
    "Posting rules",
    "Forum rules",
    "Community guidelines",
    "Comment policy",
    "Rules of the board",
    "Guidelines for readers' {cs}",
    "Before you post",
    "Code of conduct",
    "Terms of participation",
    "Moderation policy",
    "Readers' {cs}: the rules",
)

INTROS_188 = (
    "We welcome {cs} from readers, provided they follow these rules.",
    "Please read the following before posting.",
    "This board is run by volunteers for the benefit of all members.",
    "Our forum is a safe, supportive space; please help us keep it that way.",
    "By sending a {c} you agree to the terms below.",
    "These rules apply to all {cs} on our website and social media pages.",
    "Comments are open to registered readers who agree to the following.",
)

CLOSINGS_188 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated by the committee at any time.",
    "Questions about these rules? Contact the moderators.",
    "Happy posting, and thanks for being part of the community.",
    "The views expressed in readers' {cs} are not those of the newspaper.",
    "This website is published under the laws of Saint Lucia.",
    "Full terms and conditions are on our website.",
)

#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_188 = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "catalogue": "catalog",
    "organisers": "organizers",
    "co-operate": "cooperate",
}

#: The site's word for what readers send: (singular, plural).
_COMMENT = ("comment", "comments")
_OTHER_NOUNS = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with", "my"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word in _SMALL) or not word else word[0].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _marker(style: str, n: int, section: int) -> str:
    """The mark before item ``n`` (counting from 1) in a site's style; "" for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "1:": f"{n}:",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
        "\u2022": "\u2022",
        "*": "*",
        "-": "-",
        "\u2013": "\u2013",
        "\u00b7": "\u00b7",
        "\u00bb": "\u00bb",
        "\u2714": "\u2714",
        "Rule": f"Rule {n}:",
        "Rule.": f"Rule {n}.",
        "Clause": f"Clause {n}.",
        "1.1": f"{section}.{n}",
        "1.1.": f"{section}.{n}.",
    }[style]


_MARKERS = (
    ("none", 6),
    ("1.", 8),
    ("1)", 3),
    ("(1)", 2),
    ("1 -", 1),
    ("1:", 1),
    ("a)", 2),
    ("(a)", 2),
    ("A.", 1),
    ("i.", 1),
    ("(i)", 2),
    ("I.", 1),
    ("\u2022", 5),
    ("*", 2),
    ("-", 3),
    ("\u2013", 1),
    ("\u00b7", 1),
    ("\u00bb", 1),
    ("\u2714", 1),
    ("Rule", 2),
    ("Rule.", 1),
    ("Clause", 1),
    ("1.1", 1),
    ("1.1.", 1),
)


def _items_188(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-188 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment" and print nothing that does); how
    many item kinds (two to five now and then, else six to all sixteen), in the table's order or drawn; one sentence
    an item, or one to three; its headings (none for the whole list now and then, else on their own part, run in
    before a colon, stop or dash, in brackets, in bold marks, or asked and answered), in one case for the whole list
    (as written, title case or capitals), an item now and then without one; the mark before each item (numbers,
    letters, Roman numerals, bullets, rule or clause numbers, section numbers, or none), with or without a space after
    it; sub-bullets before an item's sentences now and then; then the opening, closing and title lines by
    ``_furnish``."""
    no_comment = rng.random() < 0.25
    if no_comment:
        c, cs = rng.choice(_OTHER_NOUNS)
    else:
        c, cs = _COMMENT if rng.random() < 0.7 else rng.choice(_OTHER_NOUNS)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    few_kinds = rng.random() < 0.3
    count = rng.randint(2, 5) if few_kinds else rng.randint(6, len(REWORDINGS_188))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_188)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_188)), count)

    placing = rng.choices(
        ("none", "own", "runin", "bracket", "bold", "asked"),
        weights=(2, 5, 5, 1, 1, 1),
    )[0]
    case = rng.choices(("as", "title", "upper"), weights=(5, 4, 2))[0]
    stop = rng.choice((".", ":", "", "", " \u2014", "!"))  # after a heading on its own part
    joint = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 ", ":"))  # between a run-in heading and its sentence
    style = rng.choices([s for s, _ in _MARKERS], weights=[w for _, w in _MARKERS])[0]
    space = "" if rng.random() < 0.1 else " "
    section = rng.randint(1, 9)
    few = rng.random() < 0.35  # one sentence an item
    subs = rng.choice(("-", "\u2022", "o", "\u25e6")) if placing == "own" and rng.random() < 0.2 else ""

    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_188[kind]
        picked = [fill(s) for s in sentences]
        if few:
            parts = [rng.choice(picked)]
        else:
            k = rng.choice((1, 1, 2, 2, 3))
            parts = [picked[i] for i in sorted(rng.sample(range(len(picked)), k))]
        if placing == "asked":
            questions = [h for h in headings if h.endswith("?")]
            heading = fill(rng.choice(questions or headings))
        else:
            heading = fill(rng.choice(headings))
        if placing == "none" or rng.random() < 0.08:
            heading = ""
        if heading and case == "title":
            heading = _title_case(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        asked = heading.endswith("?")
        if subs:
            parts = [f"{subs} {part}" for part in parts]
        if not heading:
            item = ["", *parts]
        elif placing == "own":
            item = [heading if asked else heading + stop, *parts]
        elif placing == "runin":
            item = ["", heading + (" " if asked else joint) + parts[0], *parts[1:]]
        elif placing == "bracket":
            item = [f"[{heading}]", *parts]
        elif placing == "bold":
            item = [f"**{heading}**", *parts]
        elif asked:  # asked and answered
            item = [f"Q: {heading}", "A: " + parts[0], *parts[1:]]
        else:
            item = [heading + ".", *parts]
        mark = _marker(style, n, section)
        if mark:
            first = 0 if item[0] else 1
            item[first] = mark + space + item[first]
        items.append(tuple(item))

    titles = [fill(t) for t in TITLES_188]
    intros = [fill(t) for t in INTROS_188]
    closings = [fill(t) for t in CLOSINGS_188]
    if no_comment:
        titles = [t for t in titles if not _says_comment(t)]
        intros = [t for t in intros if not _says_comment(t)]
        closings = [t for t in closings if not _says_comment(t)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_188)
