"""The ``reworded-257`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Grenada news, Lake District papers, Mississippi river-town weeklies, dragon boat clubs, natural history
societies, asthma parents' forums, supported housing tenants, paddle steamer preservation societies.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of item a policy holds: (headings, sentences). Headings include questions; ``{c}``/``{cs}`` are the
# site's word for what readers send (``{C}``/``{Cs}`` capitalised) and ``{mods}`` who looks after the site (``{Mods}``
# at the start of a sentence).
REWORDINGS_257: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the paddler",
            "Keep it friendly",
            "How should I disagree with someone?",
            "Common courtesy",
        ),
        (
            "Please treat everyone here as politely as you would a neighbour on the quayside, even when you disagree.",
            "Argue with the point being made, never with the person making it.",
            "Personal attacks, name-calling and sneering at other members' questions will be removed.",
            "Many of our members are new to the club, so be patient with questions you have answered before.",
            "Robust debate about the parish council or the board of aldermen is welcome; bullying of other readers is not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Is anything completely off limits?",
            "Equality and respect",
            "Racism, sexism and other prejudice",
        ),
        (
            "We will not publish anything that attacks people for their race, religion, nationality, disability, sex, "
            "sexual orientation or age.",
            "Slurs, stereotypes and so-called jokes at the expense of any group will be taken down without warning.",
            "Remarks about where someone comes from, whether Carriacou, Kingston or Keswick, have no place in a "
            "discussion of the facts.",
            "Tenants come from many backgrounds, and everyone has the same right to feel at home on this noticeboard.",
            "Content that stirs up hatred may be an offence, and we will pass it to the police where the law requires.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protecting people's privacy",
            "Can I mention another tenant?",
            "Other people's information",
            "Your own details",
        ),
        (
            "Do not post anyone's address, phone number, email or flat number, including your own.",
            "Please do not name other residents or staff in a {c}; describe the problem, not the person.",
            "Never share your child's full name, school or hospital details; first names or initials are plenty.",
            "Photographs of crew and passengers on the boat should only be shared with their agreement.",
            "If you would like to swap contact details with another member, do it by private message, not on the "
            "open forum.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping young paddlers safe",
            "Are you worried about someone?",
            "Safeguarding concerns",
        ),
        (
            "Junior members must not be identified by name in photographs posted to the club pages.",
            "If a {c} makes you worried about the safety of a child or vulnerable adult, contact {mods} straight away "
            "rather than replying to it.",
            "Anyone who appears to be in immediate danger should be reported to the police on 999 (911 in Grenada and "
            "the US).",
            "Our safeguarding officer reads every report and may share information with the proper authorities.",
            "Adults must not contact under-18 members privately through the forum for any reason.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Waiting times",
            "When will I see my {c}?",
            "Approval of {cs}",
        ),
        (
            "Every {c} is read by a person before it goes live, so please allow some time.",
            "{Cs} sent in the evening or at weekends may not appear until the next working day.",
            "Our moderators are volunteers who also crew the boat, so there may be a delay during the sailing season.",
            "Posting the same {c} several times will not make it appear any sooner.",
            "{Cs} on court reports and election stories are held back until an editor has checked them.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place?",
            "Relevance",
            "Stick to the thread",
        ),
        (
            "Please keep your {c} to the story or thread it sits under.",
            "Questions about tide times, timetables and ticket refunds should go to the booking office, not the forum.",
            "Sightings belong in the records section, with the date, place and grid reference where you have one.",
            "Long-running arguments carried from one story to the next will be trimmed or removed.",
            "If you want to raise something new, start a new thread rather than hijacking someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising, chain letters and links to websites selling goods will be deleted.",
            "Members may list second-hand kit such as paddles and buoyancy aids in the For Sale section only.",
            "Promoting a product, supplement or remedy you are paid to sell is not allowed.",
            "Repeated links to your own site, page or channel will be treated as spam.",
            "Charity events connected with the society may be publicised once, with the committee's agreement.",
        ),
    ),
    (  # names and accounts
        (
            "Your user name",
            "One account per person",
            "Names and accounts",
            "Can I post anonymously?",
            "Registration",
            "Impersonation",
        ),
        (
            "We ask you to post under your real name, as you would when writing a letter to the editor.",
            "Screen names are fine, but they must not be offensive or pretend to be someone else.",
            "Each member may hold one account; extra accounts will be closed without notice.",
            "Pretending to be a councillor, officer, member of staff or another reader will get your account removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and contempt of court",
            "Legal matters",
            "What could get us into trouble?",
            "Defamation",
            "Court cases",
        ),
        (
            "Do not accuse anyone of a crime or of wrongdoing you cannot prove; that may be defamatory.",
            "Once someone is charged, say nothing about their guilt or innocence until the case is decided.",
            "Grenada's Electronic Crimes Act applies to what you post here, as does the general law on libel.",
            "We may have to hand details of a {c} to the police or the courts if the law requires it.",
            "Taking or disturbing nests or eggs of protected birds is an offence, and so is encouraging it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Using other people's work",
            "Can I share a picture I found?",
            "Your photographs",
        ),
        (
            "Only post photographs you took yourself or have the owner's permission to use.",
            "Do not copy whole articles from other newspapers; a short quote with a link is enough.",
            "By posting a picture you allow the society to show it on its website and in the newsletter, with credit.",
            "Archive photographs of the steamer may belong to a museum or collection, so please check before posting.",
            "Material posted in breach of copyright will be removed when the owner tells us about it.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report a {c}", "How do I complain?", "Flagging", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link below it.",
            "Please do not reply to an abusive {c}; report it and let {mods} deal with it.",
            "You can email the office instead, with a link to the page and a short note on what is wrong.",
            "Reports are looked at in confidence and the person reported will not be told who made it.",
            "Reporting a {c} simply because you disagree with it wastes volunteers' time.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's discretion",
            "Who decides?",
            "Removal of {cs}",
        ),
        (
            "We may edit, hold back or remove any {c} without giving a reason.",
            "Decisions about what appears here are made by {mods}, and they are final.",
            "Publication of a {c} does not mean the paper agrees with it.",
            "These guidelines may be changed by the committee at any time, and the latest version applies.",
            "We cannot enter into correspondence about individual {cs} that have been removed.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us about it"),
        (
            "If we have got something wrong, please tell the newsdesk directly rather than in a {c}, so it can be "
            "put right quickly.",
            "Tips about what is happening in your parish, up the fells or down on the levee are always welcome by email or "
            "phone.",
            "Corrections are printed in the next edition and noted at the foot of the story online.",
            "Records of rare species should be sent to the county recorder, who may ask for a photograph.",
            "Please send news of races, regattas and results to the club secretary for the website.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Write clearly",
            "Use of capitals",
            "What language should I use?",
        ),
        (
            "Swearing and crude language are not allowed, even with letters replaced by asterisks.",
            "Please do not write in capital letters; it reads as shouting.",
            "{Cs} should be in English so that all members and {mods} can follow them.",
            "Local dialect and patois are welcome; abuse in any language is not.",
            "Keep {cs} short and readable: a few clear sentences beat a wall of text.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Consequences", "Suspension", "Three strikes"),
        (
            "A first breach will usually earn a warning by private message.",
            "Repeated breaches lead to suspension, and then to removal from the forum.",
            "Serious abuse, threats or harassment will get an account banned straight away.",
            "Anyone banned who signs up again under another name will be removed once more.",
            "A ban from the online forum does not affect your tenancy, membership or support in any way.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Is this medical advice?",
            "Safety first",
            "In an emergency",
        ),
        (
            "Members share their own experience, which is not medical advice; always follow your child's asthma "
            "plan and speak to your GP or asthma nurse.",
            "If your child is struggling to breathe and the reliever inhaler is not helping, call 999 or 911 now "
            "rather than posting here.",
            "Never advise anyone to change or stop prescribed medicines.",
            "Advice about conditions on the fells, Windermere or the Mississippi is no substitute for checking the forecast and "
            "water levels yourself.",
            "Nothing on this forum replaces the club's safety briefing, a buoyancy aid or a qualified helm.",
        ),
    ),
    (  # sensitive sightings
        (
            "Sensitive sightings",
            "Protecting wildlife",
            "Should I give the exact location?",
            "Rare species",
            "Nesting birds and disturbance",
        ),
        (
            "Do not give exact sites for nesting raptors, orchids or other species at risk of disturbance or theft.",
            "For sensitive species, give the ten-kilometre square only and send full details to the recorder.",
            "Follow the countryside code when visiting any site you read about here.",
            "Sightings on private land should not be posted unless the landowner has agreed.",
            "{Mods} may remove or blur details that could put a species or a site at risk.",
        ),
    ),
)

# The words a site uses for what readers send it: (singular, plural). Three quarters of sites say "comment".
COMMENT_WORDS_257 = ("comment", "comments")
OTHER_READER_WORDS_257: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after a site's forum, noticeboard or comment threads, as a sentence names them mid-sentence.
MODERATORS_257: tuple[str, ...] = (
    "the moderators",
    "the editors",
    "the newsdesk",
    "the web team",
    "the committee",
    "the forum team",
    "the admin team",
    "our volunteer moderators",
    "the housing support team",
    "the club committee",
    "the society's council",
    "the trustees",
)

# Opening lines a site prints before its rules.
POLICY_INTROS_257: tuple[str, ...] = (
    "We welcome your {cs} and want this to be a friendly place for everyone.",
    "Please take a minute to read these rules before you post.",
    "These guidelines apply to every {c} sent to our website and social media pages.",
    "This forum is run by parents, for parents, and these few rules keep it that way.",
    "The noticeboard is for all tenants, and we ask everyone to follow these house rules.",
    "Members of the society are asked to observe the following when using the online forum.",
    "By posting you agree to the following terms.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_257: tuple[str, ...] = (
    "Thank you for helping to keep this a welcoming place.",
    "Thanks for reading, and happy paddling!",
    "Any questions about these rules can be sent to {mods} through the Contact page.",
    "We reserve the right to change these guidelines at any time.",
    "Full steam ahead, and see you on board.",
    "Happy recording!",
    "Thank you for your {cs}.",
)

# Titles a site prints above its rules.
POLICY_TITLES_257: tuple[str, ...] = (
    "House rules",
    "Forum guidelines",
    "{C} guidelines",
    "Posting rules",
    "Noticeboard terms of use",
    "Community standards",
    "Terms for {cs}",
    "Forum code of conduct",
    "Before you post",
)

# British spellings in the sentences above -> American, for sites that print American spelling.
AMERICAN_257: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "offence": "offense",
    "publicised": "publicized",
    "organisation": "organization",
    "recognise": "recognize",
    "apologise": "apologize",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "licence": "license",
    "defence": "defense",
    "programme": "program",
    "judgement": "judgment",
    "kilometre": "kilometer",
}

# Small words a title-cased heading keeps in lower case.
TITLE_SMALL_WORDS_257 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not")
)

# The shapes of list marker sites print before an item (see ``_marker``).
ROMAN_NUMERALS_257 = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
)
MARKER_SHAPES_257: tuple[str, ...] = (
    "none",
    "number-dot",
    "number-bracket",
    "number-parens",
    "letter-dot",
    "letter-parens",
    "roman-dot",
    "roman-parens",
    "bullet",
    "dash",
    "en-dash",
    "asterisk",
    "rule",
    "section",
    "section-sign",
    "no",
)

# Lines sites print around their rules: a section line above them and a last-updated line.
SECTION_LINES_257: tuple[str, ...] = (
    "Section {n}: Online conduct",
    "Part {n} - Using the forum",
    "Appendix {n}: Members' forum",
    "{n}. Community",
    "Section {n} - Noticeboard",
    "{n}. Website and social media",
)
MONTHS_257 = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
UPDATED_LINES_257: tuple[str, ...] = (
    "Last updated: {date}",
    "Updated {date}.",
    "Revised {date}",
    "Agreed by the committee, {date}.",
    "(Reviewed {date})",
    "Last reviewed {date}.",
)

# Sign-offs a site prints under its rules.
SIGN_OFFS_257: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "Signed, the Tenants' Panel",
    "The Forum Team",
    "On behalf of the trustees",
    "Paddle hard, be kind. The Club Committee",
    "The Web Editor",
)


def _title_case(heading: str) -> str:
    """A heading in title case, keeping small words lower case except the first."""
    words = heading.split(" ")
    return " ".join(
        word if index and word in TITLE_SMALL_WORDS_257 else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker(shape: str, number: int, section: int) -> str:
    """The list marker of ``shape`` for item ``number`` (from 1), under section ``section``; empty for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[number - 1]
    roman = ROMAN_NUMERALS_257[number - 1]
    return {
        "none": "",
        "number-dot": f"{number}.",
        "number-bracket": f"{number})",
        "number-parens": f"({number})",
        "letter-dot": f"{letter}.",
        "letter-parens": f"({letter})",
        "roman-dot": f"{roman}.",
        "roman-parens": f"({roman})",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "asterisk": "*",
        "rule": f"Rule {number}:",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7{section}.{number}",
        "no": f"No. {number}",
    }[shape]


def _date(rng: random.Random) -> str:
    """A date as sites print one: day month year, month day, year, or numbers."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2026)
    return rng.choice(
        (
            f"{day} {MONTHS_257[month - 1]} {year}",
            f"{MONTHS_257[month - 1]} {day}, {year}",
            f"{MONTHS_257[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{month}/{day}/{year}",
        )
    )


def _items_257(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (comment three times in four, else post, message, reply,
    contribution, letter or notice) and who moderates; how many kinds of item (two to five for one site in five,
    six to sixteen otherwise), kept in table order or shuffled; the most sentences an item holds (one to three) and
    then each item's sentences; heading case (as written, title case, capitals) or no headings; where headings
    stand (a part of their own, bare or with a stop or colon, or run in before the first sentence after a colon,
    stop or dash); an emphasis style for headings (none, bold or italic marks); a list marker shape (none, numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section numbers, "No. 1"); and by chance a section line
    above the items, a last-updated line above or below them and a sign-off under them."""
    if rng.random() < 0.75:
        word, words = COMMENT_WORDS_257
    else:
        word, words = rng.choice(OTHER_READER_WORDS_257)
    moderators = rng.choice(MODERATORS_257)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": moderators}
    fill["Mods"] = moderators[:1].upper() + moderators[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    if rng.random() < 0.5:
        kinds = rng.sample(REWORDINGS_257, count)
    else:
        kept = sorted(rng.sample(range(len(REWORDINGS_257)), count))
        kinds = [REWORDINGS_257[index] for index in kept]
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    placement = rng.choice(("own", "own-stop", "own-colon", "run-colon", "run-stop", "run-dash"))
    emphasis = rng.choice(("", "", "", "**", "*", "_"))
    shape = rng.choice(MARKER_SHAPES_257)
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, start=1):
        chosen = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        heading = rng.choice(headings).format(**fill)
        if heading_case == "none":
            heading = ""
        elif heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = _marker(shape, number, section)
        if heading:
            question = heading.endswith("?")
            if placement == "own-stop" and not question:
                heading += "."
            elif placement in ("own-colon", "run-colon") and not question:
                heading += ":"
            elif placement == "run-stop" and not question:
                heading += "."
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
            if shape == "rule" and heading.endswith(":"):
                marker = f"Rule {number}."  # not two colons in a row: "Rule 3. Be courteous:"
            if marker:
                heading = f"{marker} {heading}"
            if placement.startswith("run"):
                joiner = " \u2014 " if placement == "run-dash" and not question else " "
                items.append(("", heading + joiner + chosen[0], *chosen[1:]))
            else:
                items.append((heading, *chosen))
        else:
            if marker:
                chosen[0] = f"{marker} {chosen[0]}"
            items.append(("", *chosen))

    if rng.random() < 0.2:
        items.insert(0, ("", rng.choice(SECTION_LINES_257).format(n=section)))
    if rng.random() < 0.25:
        updated = ("", rng.choice(UPDATED_LINES_257).format(date=_date(rng)))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_257)))

    intros = [line.format(**fill) for line in POLICY_INTROS_257]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_257]
    titles = [line.format(**fill) for line in POLICY_TITLES_257]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_257)
