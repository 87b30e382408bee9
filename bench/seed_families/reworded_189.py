"""The ``reworded-189`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Kiribati and Marshall Islands English news, Hebridean crofting papers, Nebraska sandhills
weeklies, water-ski clubs, embroidery guilds, chronic-pain forums, housing-co-op boards, chain-ferry friends.

Written blind: from how sites of these kinds word and print their posting rules, without reading the cleaner's
code, docs or reports, nor other families' sentences (only ``reworded-6``'s module, for its structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices ("" for none), and sentence choices, one sentence each, with ``{c}``, ``{cs}``,
#: ``{C}`` and ``{Cs}`` for the site's word for what readers send. Written in British spelling; a document may print
#: it in American spelling (``AMERICAN_189``).
REWORDINGS_189 = (
    (  # civility
        ("Be kind", "Courtesy costs nothing", "Respect other members", "Why be civil?", "Play nicely", ""),
        (
            "Treat everyone here as you would a neighbour at the pier or the hall.",
            "Disagree with the idea if you must, but leave the person alone.",
            "Name-calling, sneering and pile-ons have no place on this board.",
            "Remember there is a real person, often one in pain, reading your {c}.",
            "Robust discussion is fine; personal attacks are not.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Zero tolerance for bigotry", "What counts as hate?", "Equal respect", ""),
        (
            "{Cs} attacking anyone for their race, island, faith, sex, sexuality or disability will be deleted.",
            "We do not tolerate slurs against any people, whether Pacific Islander, Gael, newcomer or visitor.",
            "Stirring up hatred is against the law as well as against our rules.",
            "Jokes that rely on stereotypes will be treated as hate, not humour.",
            "Hateful {cs} are removed at once and the account is suspended without warning.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details out",
            "Whose business is it?",
            "Personal information",
        ),
        (
            "Do not post anyone's address, phone number, email or unit number.",
            "Please don't share other members' diagnoses, medications or treatment details.",
            "Photographs of people taken at club or guild events must not be posted without their consent.",
            "Never share the details of a neighbour's tenancy, arrears or dispute with the co-op.",
            "Think twice before giving away your own location, croft or boat mooring.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting the vulnerable", "Is a child involved?", "Minors"),
        (
            "Do not name or identify any child involved in a court case, accident or club incident.",
            "Junior members' full names and photographs are never to be posted here.",
            "If you are worried about a young person's safety, contact our welfare officer rather than posting.",
            "Anyone under 16 needs a parent's or guardian's permission to join the forum.",
            "Grooming, or any approach to a minor by private message, will be reported to the police.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Waiting for approval", "Pre-moderation", "Our volunteers"),
        (
            "All {cs} are read by a moderator before they appear.",
            "Our moderators are volunteers, so please allow up to 48 hours for approval.",
            "Because of the time difference with Majuro and Tarawa, {cs} may not be approved until the next day.",
            "The office is closed at weekends and during the lambing and ferry-refit seasons.",
            "New members' first few {cs} are held for review.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Is this the right place?", "On-topic posting", "Stick to the thread"),
        (
            "Keep your {c} to the subject of the story or thread.",
            "Questions about stitches, threads and kits belong in the Techniques board.",
            "Co-op business should be raised at the general meeting, not argued out here.",
            "Off-topic {cs} may be moved to the Lounge or removed.",
            "Please start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Selling and promotion", "Spam", "Can I sell things here?", "Commercial {cs}", ""),
        (
            "Advertising is not permitted except in the Classifieds section.",
            "Members may list one item for sale a month in the For Sale board.",
            "Links to shops, fundraisers or petitions need a moderator's approval first.",
            "Spam, chain letters and get-rich-quick schemes will be deleted and their senders banned.",
            "Please do not promote remedies, clinics or supplements for profit.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Use your real name", "Usernames", "One person, one account", "Who can post?"),
        (
            "Letters and {cs} must carry the writer's full name and home village or town.",
            "Usernames must not be offensive or pretend to be someone else.",
            "Only one account per member is allowed; duplicate accounts will be closed.",
            "Do not share your login with family members or friends.",
            "Only current members of the club may take part in the members' forum.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Could you be sued?", "Contempt of court", "Stay legal"),
        (
            "Do not accuse named people of crimes or wrongdoing you cannot prove.",
            "Defamatory {cs} expose both you and the publisher to legal action.",
            "{Cs} on cases still before the court will not be published until the trial ends.",
            "You are legally responsible for what you post.",
            "We will co-operate with the police where the law requires it.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Patterns and photographs", "Can I share a pattern?", "Credit"),
        (
            "Do not post photographs, articles or patterns that you do not own.",
            "Commercial embroidery charts are copyright; share a link to the designer instead.",
            "Quote only a short passage from another publication, and say where it came from.",
            "By posting a picture you confirm you took it or have permission to use it.",
            "Material you submit may be reproduced in the newsletter or the printed edition.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting", "Seen something wrong?", "Flagging {cs}", "Tell us"),
        (
            "Use the Report button under any {c} that breaks these rules.",
            "If something upsets you, report it rather than replying to it.",
            "You can also email the moderators; every report is read.",
            "Reports are anonymous: the member concerned will not know who made them.",
            "False or malicious reports may themselves lead to a warning.",
        ),
    ),
    (  # editor's discretion
        ("Our decision is final", "Editor's discretion", "Editing", "Will my {c} be changed?", "The right to refuse"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c}.",
            "The committee's decision on any {c} is final.",
            "We may close a thread at any time without giving a reason.",
            "We do not enter into correspondence about {cs} that have been removed.",
            "Publication does not mean the paper agrees with the views expressed.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell the newsroom"),
        (
            "If you think we got something wrong, contact the newsroom rather than posting a {c}.",
            "Corrections are made in the next print edition and online.",
            "Send news tips, notices and photographs to the editor by email.",
            "Sailing changes and ferry breakdowns should be reported to the operator, not here.",
            "We are always glad to hear from readers on the outer islands and in the townships.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Swearing", "Which language?", "Write clearly"),
        (
            "Swearing, including words disguised with asterisks, will be removed.",
            "{Cs} may be written in English, Gaelic, Marshallese or Kiribati.",
            "Please avoid typing in capital letters; it reads as shouting.",
            "Keep it family-friendly: many of our readers are children and grandparents.",
            "Text-speak and heavy abbreviation make {cs} hard for others to follow.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Consequences", "Strikes", "Suspensions"),
        (
            "A first breach will usually earn a warning from a moderator.",
            "Repeated breaches will lead to a suspension, and then a permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "Serious breaches may be referred to the committee or the board of directors.",
            "We operate a three-strikes policy.",
        ),
    ),
    (  # safety and advice
        ("Medical advice", "Safety first", "Not professional advice", "Is this advice?", "In an emergency"),
        (
            "Nothing posted here is a substitute for advice from your own doctor.",
            "Never change your medication because of something you read on this forum.",
            "If you are in crisis, call your local emergency number or a helpline now.",
            "Tow-boat and crossing advice from members is no substitute for a qualified instructor or the skipper.",
            "Do not post dosages or suggest that anyone stop their prescribed treatment.",
        ),
    ),
)

#: The site's word for what readers send, (c, cs), on the quarter of sites that never say "comment".
WORDS_189 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

#: Titles, opening and closing lines some sites print with such a policy (reworded-189 only).
POLICY_TITLES_189 = (
    "House Rules",
    "Forum rules",
    "Posting guidelines",
    "Guidelines for {Cs}",
    "Rules of the board",
    "Code of conduct",
    "Riaghailtean / Rules",
    "Members' Forum - Rules",
    "Before you post",
    "Community guidelines",
)

POLICY_INTROS_189 = (
    "We welcome {cs} from readers at home and across the islands.",
    "Please read these rules before posting.",
    "By posting you agree to the following.",
    "This forum is run by volunteers, and these rules help keep it a safe place.",
    "The committee has agreed the following rules for the members' board.",
    "{Cs} are welcome, provided they keep to these guidelines.",
)

POLICY_CLOSINGS_189 = (
    "Thank you for helping keep this a friendly place.",
    "Kommol tata.",
    "Ko rab'a.",
    "Tapadh leibh.",
    "These rules may be changed by the committee at any time.",
    "Questions about these rules can be sent to the moderators.",
    "Last reviewed by the board, March 2025.",
    "Happy stitching!",
)

#: British spellings in the lists above and their American forms (a reworded-189 document prints one or the other).
AMERICAN_189 = {
    "neighbour": "neighbor",
    "humour": "humor",
    "organisation": "organization",
    "behaviour": "behavior",
    "offence": "offense",
    "licence": "license",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Marker shapes a site puts before an item (n is the item's number from 1); None for no marker.
_MARKERS = (
    None,
    None,
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{_ROMAN[n - 1]}.",
    lambda n: f"({_ROMAN[n - 1]})",
    lambda n: f"{_ROMAN[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: "\u2013",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n}.",
    lambda n: f"{n} -",
)


def _case(text: str, how: str) -> str:
    if how == "upper":
        return text.upper()
    if how == "title":
        small = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "is", "it", "my", "if", "i"}
        words = text.split(" ")
        return " ".join(w if (i and w.lower() in small) else (w[:1].upper() + w[1:]) for i, w in enumerate(words))
    return text


def _items_189(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-189 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws, per document: the site's word ("comment", or one of ``WORDS_189`` 0.25 of the time); two to five items
    (0.25) or six to all sixteen, in the table's order (0.4) or drawn; headings or none (0.15), in the table's case,
    title case or capitals, on their own part or run into the first sentence after a colon, a stop or a dash, or in
    square brackets; a marker shape (``_MARKERS``); now and then a numbered "Rule" word, a reference after the last
    sentence, or the sentences of an item joined by semicolons; one to three sentences an item; then ``_furnish``
    with the family's lines."""
    c, cs = rng.choice(WORDS_189) if rng.random() < 0.25 else ("comment", "comments")
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_189))
    if rng.random() < 0.4:
        chosen = sorted(rng.sample(range(len(REWORDINGS_189)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_189)), count)
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "title", "upper"))
    place = rng.choice(("own", "own", "colon", "stop", "dash", "bracket"))
    marker = rng.choice(_MARKERS)
    joined = rng.random() < 0.15  # this site runs an item's sentences together with semicolons
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_189[index]
        heading = "" if bare else _case(rng.choice(headings).format(**words), case)
        parts = [s.format(**words) for s in rng.sample(sentences, rng.choice((1, 1, 2, 2, 3)))]
        if joined and len(parts) > 1:
            parts = [
                "; ".join(p[:-1] if p.endswith(".") else p for p in parts[:-1])
                + "; "
                + parts[-1][0].lower()
                + parts[-1][1:]
            ]
        if heading and place != "own":
            if place == "bracket":
                run = f"[{heading}]"
            elif place == "dash":
                run = f"{heading} \u2013"
            elif heading.endswith("?"):
                run = heading
            else:
                run = heading + (":" if place == "colon" else ".")
            parts[0] = f"{run} {parts[0]}"
            heading = ""
        label = marker(n) if marker else ""
        if label:
            if heading:
                heading = f"{label} {heading}"
            else:
                parts[0] = f"{label} {parts[0]}"
        items.append((heading, *parts))
    if items and rng.random() < 0.1:
        last = items[-1]
        items[-1] = (*last[:-1], last[-1] + " (See also our terms of use.)")
    intros = [line.format(**words) for line in POLICY_INTROS_189]
    closings = [line.format(**words) for line in POLICY_CLOSINGS_189]
    titles = [line.format(**words) for line in POLICY_TITLES_189]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_189)
