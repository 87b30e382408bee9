"""The ``reworded-134`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says what it was held out for).

Kinds of sites: Caymanian and Bermudian news, Devon moorland papers, Iowa county-seat weeklies, canoe-slalom clubs,
pottery throwers' guilds, village-hall committees, lupus support boards, bell-ringing societies.

Written blind: from how sites of these kinds word and print their comment policies, posting rules, forum rules and
community guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences (only
``reworded_06``'s code, and ``reworded_132``'s import lines, for a module's structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case, printed in the site's case; a question or two among them), and
#: five sentences, of which an item prints one to three. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) are the
#: site's word for what readers send. Written in British spelling; a document may print it in American
#: spelling (``AMERICAN_134``).
REWORDINGS_134 = (
    (  # civility
        ("Be courteous", "Respect other members", "Play the ball, not the player", "Why be polite?", "Civility"),
        (
            "Disagree by all means, but do it with good manners.",
            "Personal attacks on other members, our reporters or the people in a story will be removed.",
            "Treat everyone here as you would a neighbour at the parish meeting.",
            "Sarcasm and name-calling rarely win an argument and will not win a place on this board.",
            "Criticise ideas and decisions, never the people who hold them.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Racism and bigotry", "What counts as hate speech?", "Equal respect"),
        (
            "{Cs} that attack people for their race, nationality, religion, sex, sexuality or disability will be "
            "deleted.",
            "There is no place here for remarks about islanders, expats or work-permit holders as a group.",
            "Stereotyping people by where they come from, in the parish or overseas, is not acceptable.",
            "Slurs, coded or spelt out, will see your account closed without warning.",
            "We do not allow {cs} that stir up hatred against any group of people.",
        ),
    ),
    (  # privacy
        ("Privacy", "Keep personal details private", "Whose details are they?", "Protect your privacy", "No doxxing"),
        (
            "Do not post anyone's home address, telephone number or email address, including your own.",
            "Please don't name neighbours, tenants or hirers in a dispute about the hall.",
            "Members' contact details in the handbook are for society business only and must not be shared here.",
            "Photographs of people taken without their consent will be taken down on request.",
            "Keep other members' diagnoses, treatments and medical histories to yourself unless they share them.",
        ),
    ),
    (  # safeguarding
        ("Safeguarding", "Children and young people", "Protecting juniors", "Who can I tell about a worry?"),
        (
            "Do not post photographs of junior paddlers without written consent from a parent or guardian.",
            "Never name a child in a {c} or say which school, crew or band they belong to.",
            "Adults must not contact junior members through private messages on this site.",
            "Any concern about the welfare of a young person should go to our welfare officer, not onto this board.",
            "We follow our national body's safeguarding policy, and we will pass concerns on to the proper "
            "authorities.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Please be patient", "When will I see it?"),
        (
            "Every {c} is read by a volunteer before it appears, so please allow up to 48 hours.",
            "{Cs} sent after 5pm on a Friday may not be approved until Monday morning.",
            "Our moderators are volunteers and may take a day or two to get round to yours.",
            "New members' first few {cs} are held for approval.",
            "{Cs} with links in them are held back automatically and checked by hand.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Is this the right place?", "Relevance", "Off-topic posts"),
        (
            "Please keep your {c} to the subject of the story or thread.",
            "Hall bookings cannot be made through this noticeboard; please contact the bookings secretary.",
            "Peal and quarter reports belong in the reports section, not in general discussion.",
            "Questions about kiln hire, firing slots and glaze room access go in the members' area.",
            "{Cs} that wander off the subject may be moved or removed.",
        ),
    ),
    (  # advertising / spam
        ("No advertising", "Spam", "Selling and promotion", "Can I sell my boat here?", "Commercial posts"),
        (
            "Advertising is not allowed except in the classifieds section.",
            "Members may list used kit for sale in the For Sale board once a month.",
            "Links to shops, surveys, crowdfunders or petitions will be removed unless agreed with the editor first.",
            "Repeated or copied {cs} will be treated as spam.",
            "We do not allow promotion of cures, supplements or paid therapies.",
        ),
    ),
    (  # real names / accounts
        ("Use your real name", "Accounts", "One person, one account", "Who can post?", "Your display name"),
        (
            "We ask that you post under your full, real name.",
            "Membership of the forum is open to paid-up members of the guild only.",
            "Only one account is allowed per person, and accounts may not be shared.",
            "Usernames that impersonate another person, a tower or an organisation will be changed or removed.",
            "Anonymous {cs} will not be published.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Could I be sued?", "Court cases", "Libel"),
        (
            "You are legally responsible for what you post, and defamation applies online as it does in print.",
            "Do not comment on the guilt or innocence of anyone facing charges before the Grand Court or the "
            "Supreme Court.",
            "Allegations of wrongdoing against a named person will not be published.",
            "We must comply with the law of the islands and may remove anything that could put us in breach of it.",
            "Do not identify anyone protected by a court order or reporting restriction.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Can I share a photo?", "Credit where due", "Glaze recipes"),
        (
            "Only post photographs, text or recordings that you own or have permission to use.",
            "Please don't paste whole articles from other newspapers; a short quote and a link will do.",
            "Glaze recipes and workshop handouts shared by members belong to them and must not be copied elsewhere.",
            "Compositions and methods shared here remain the property of their authors.",
            "By posting you allow us to republish your {c} in print or online.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I flag a post?", "Tell us"),
        (
            "If you see something that breaks these rules, use the report link under it.",
            "Please report problems to the moderators rather than replying to them in the thread.",
            "Email the webmaster with a link to the {c} and a line on what is wrong with it.",
            "Every report is looked at, though not always straight away.",
            "Do not use the report button to complain about views you disagree with.",
        ),
    ),
    (  # editor's discretion
        ("Editor's discretion", "Our decision is final", "The right to refuse", "Editing", "Why was mine removed?"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on what appears here is final.",
            "We may close a thread at any time if it is getting out of hand.",
            "Moderators will not enter into correspondence about individual decisions.",
            "We may trim long {cs} to fit the space available.",
        ),
    ),
    (  # corrections / news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Accuracy"),
        (
            "If you think we have got something wrong, email the newsroom rather than posting a {c}.",
            "Corrections are printed on page two of the following week's edition.",
            "Story ideas and tips are welcome by email or at the front counter.",
            "Please tell us about errors in the fixtures list or results so that we can put them right.",
            "We will correct factual mistakes as quickly as we can.",
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "Mind your language", "Is swearing allowed?", "Writing clearly"),
        (
            "No swearing, including words with letters replaced by symbols.",
            "Please write in plain English and avoid typing in capital letters.",
            "Crude or suggestive language will be removed.",
            "Keep text-speak and abbreviations to a minimum so everyone can follow.",
            "This is a family board, so keep your language fit for the ringing chamber.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Suspensions", "Sanctions"),
        (
            "Members who break these rules will get a warning, then a suspension, then a ban.",
            "Serious breaches may lead to an immediate ban without warning.",
            "Suspended members may appeal to the committee in writing.",
            "Anyone banned from the board may also lose their membership of the club.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    (  # safety / advice
        ("Medical advice", "Not a substitute for advice", "Safety first", "Should I follow advice here?", "Advice"),
        (
            "Nothing on this board replaces the advice of your own doctor or rheumatologist.",
            "Do not stop or change any medication because of something you read here.",
            "River levels and access notes posted here are no guarantee that a site is safe to paddle.",
            "Always follow the manufacturer's safety guidance when loading and firing a kiln.",
            "In an emergency, dial 999 or 911 rather than posting here.",
        ),
    ),
)

#: The site's word for what readers send: (singular, plural); ``comment`` on three sites in four.
NOUNS_134 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

#: Lines above a policy: a title (``{C}`` a site's word, capitalised).
POLICY_TITLES_134 = (
    "Comment policy",
    "Commenting guidelines",
    "Forum rules",
    "House rules",
    "Posting guidelines",
    "Rules of the board",
    "Community guidelines",
    "Noticeboard rules",
    "Message board etiquette",
    "{C} guidelines",
    "Before you post",
    "Terms of use for the forum",
)

#: Opening lines.
POLICY_INTROS_134 = (
    "We welcome {cs} from readers, provided they keep to the rules below.",
    "This board is for members to share news, ask questions and support one another.",
    "Please read the following before you post.",
    "By registering on the forum you agree to abide by these rules.",
    "The committee has agreed the following rules for the noticeboard.",
    "Comments are moderated and must follow these guidelines.",
)

#: Closing lines.
POLICY_CLOSINGS_134 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time.",
    "Last updated: March 2025.",
    "Questions about these rules should go to the secretary.",
    "Happy posting!",
    "Thank you for reading, and for commenting responsibly.",
)

#: American spelling, for the half of documents printed in it.
AMERICAN_134 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "criticise": "criticize",
    "spelt": "spelled",
}

#: Bullets real sites print before items.
BULLETS_134 = ("\u2022", "-", "*", "\u2013", "\u25aa", "\u00bb")
ROMAN_134 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _marker(style: str, n: int) -> str:
    """The marker printed before item ``n`` (from 1) in a site's ``style`` (empty: none)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = ROMAN_134[(n - 1) % len(ROMAN_134)]
    shapes = {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "rule": f"Rule {n}:",
        "rule-dash": f"Rule {n} \u2013",
        "para": f"\u00a7{n}",
    }
    if style.startswith("bullet"):
        return style[len("bullet") :]
    return shapes[style]


def _cased(heading: str, case: str) -> str:
    if case == "title":
        small = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "not", "for", "by", "be"}
        words = heading.split(" ")
        return " ".join(word if (i and word in small) else word[:1].upper() + word[1:] for i, word in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    return heading


def _items_134(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-134 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site: its word for what readers send (``comment`` 0.75, else one of ``NOUNS_134``, and then no line says
    "comment"); few items (two to four, 0.3) or many (seven to sixteen), in the table's order (0.4) or drawn; the
    heading's case (sentence, title, capitals, lower case); headings on a part of their own (with a stop, a colon or
    nothing after them), run in before a colon, a stop or a dash, or none at all; a marker of one shape for every
    item (numbered, lettered, roman, bulleted, "Rule N", a section sign, or none); under numbered markers, with
    headings on parts of their own, clause numbers ("3.1", "3.2") before each sentence now and then (0.25); an
    item's one to three sentences as parts of their own or run together (0.3); "Please note:" before an item's
    first sentence now and then (0.08). Then ``_furnish``'s opening, closing and title lines."""
    says_comment = rng.random() < 0.75
    c, cs = ("comment", "comments") if says_comment else rng.choice(NOUNS_134)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    def fits(text: str) -> bool:
        return says_comment or "comment" not in text.lower()

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_134))
    if rng.random() < 0.4:
        keep = sorted(rng.sample(range(len(REWORDINGS_134)), count))
        chosen = [REWORDINGS_134[i] for i in keep]
    else:
        chosen = rng.sample(REWORDINGS_134, count)

    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "run", "run", "none"))
    if rng.random() < 0.15:
        placing = "none"
    own_stop = rng.choice(("", "", ".", ":"))
    run_sep = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    style = rng.choice(
        (
            "none",
            "none",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "rule",
            "rule-dash",
            "para",
            *(f"bullet{b}" for b in BULLETS_134),
        )
    )
    clauses = style in ("1.", "1)", "rule", "para") and placing == "own" and rng.random() < 0.25
    together = rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, start=1):
        pool = [s for s in sentences if fits(s)]
        picked = [fill(s) for s in rng.sample(pool, min(len(pool), rng.choice((1, 1, 2, 2, 3))))]
        if rng.random() < 0.08:
            picked[0] = "Please note: " + picked[0][0].lower() + picked[0][1:]
        if clauses:
            picked = [f"{n}.{k} {s}" for k, s in enumerate(picked, start=1)]
        if together:
            picked = [" ".join(picked)]
        heading = "" if placing == "none" else _cased(fill(rng.choice(headings)), case)
        mark = _marker(style, n)
        if placing == "run" and heading:
            sep = " " if heading.endswith("?") else run_sep
            picked[0] = heading + sep + picked[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += own_stop
        if heading:
            heading = f"{mark} {heading}" if mark else heading
        elif mark:
            picked[0] = f"{mark} {picked[0]}"
        items.append((heading, *picked))

    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_134 if fits(line)],
        [fill(line) for line in POLICY_CLOSINGS_134 if fits(line)],
        [fill(line) for line in POLICY_TITLES_134 if fits(line)],
        AMERICAN_134,
    )
