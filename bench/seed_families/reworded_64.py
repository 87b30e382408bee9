"""The ``reworded-64`` family: posting rules as Irish county papers, New Zealand regional papers, Indian English city
news sites, Philippine English community sites, Appalachian weeklies, sea-angling forums, amateur-astronomy clubs,
allotment associations and hospital-volunteer bulletins word and print them. Written from how such sites phrase and lay
out their house rules, not from the cleaner: fourteen item kinds, headings in title case, sentence case or capitals
(some of them questions), after a number or a bullet, run in before a colon or a dash, bare, or left off; sites that
never say "comment"; opening, closing and title lines through :func:`._common._furnish`."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: its headings (sentence case as written; the site sets the case), and its sentences in the order a
#: site prints them.
REWORDINGS_64: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # courtesy
        ("Be civil", "Mind your manners", "Play the ball, not the man", "Respect other members", "Be neighbourly"),
        (
            "Robust debate is welcome, but personal abuse of other readers, of the people in our stories or of our "
            "reporters will not be published.",
            "Readers are requested to refrain from personal attacks, casteist or communal remarks and abusive language.",
            "Folks around here disagree plenty, and that's fine, but keep it neighbourly.",
            "Treat fellow members the way you would treat them on the pier or across the path at the allotments, and "
            "remember that every one of us asked a simple question once.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Patient confidentiality", "Keep personal details off the board"),
        (
            "Never post anyone's home address, phone number, car registration or place of work, and that includes "
            "your own.",
            "Volunteers must not post anything that could identify a patient, a visitor or a member of staff, even in "
            "passing and even without a name.",
            "Please don't give away the location of another member's mark without their say-so; a good mark can take "
            "years to find.",
            "In line with the Data Privacy Act of 2012, posts that disclose another person's address, mobile number, "
            "ID details or medical information will be taken down at once.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my comment appeared?", "Pre-moderation", "Where's my post?", "Please be patient"),
        (
            "All comments are read by a member of our staff before they go live, so there may be a delay, "
            "particularly in the evenings and at weekends.",
            "Kindly note that comments are moderated and will be published only after approval by the editorial team.",
            "A new member's first few posts are held for approval; after that they appear straight away.",
            "Please don't send the same message twice if it doesn't show up at once.",
        ),
    ),
    (  # off-topic
        ("Stay on topic", "Keep it relevant", "Stick to the subject", "Right post, right place"),
        (
            "Keep your remarks to the subject of the article.",
            "Catch reports go in Catch Reports, tackle questions in Tackle Talk, and anything else in the Snug.",
            "Observing reports belong under Observing, equipment questions under Kit and imaging under "
            "Astrophotography, and posts left in the wrong place will be moved without notice.",
            "General complaints about the paper, its delivery or its subscriptions belong in an e-mail to the office "
            "at help@hollowcreekgazette.com and not under a news story.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "No spam", "Buying and selling", "Selling something?"),
        (
            "Promotion of businesses, clubs or any other organisation, and links to sales sites, are not permitted.",
            "Members may list surplus seed, plants and tools in the Swap Shed, but traders must ask the committee "
            "first.",
            "Spam, chain messages, referral codes and posts pushing networking or investment schemes will be deleted "
            "and the account blocked without warning.",
            "To advertise with us, contact our sales office at ads@kilcarrickpost.ie.",
        ),
    ),
    (  # real names
        ("Use your real name", "Who are you?", "Names", "Sign your posts", "No impersonation"),
        (
            "We publish comments under the name on your account, and we ask that it be your own first name and "
            "surname.",
            "Pseudonyms are fine on the board, but the committee must know who you are, so register with the e-mail "
            "address on your membership form.",
            "Contributions must carry your name and your town or village; anonymous letters are not published.",
            "Do not pretend to be another person, a public figure, a club officer or a member of hospital staff.",
        ),
    ),
    (  # the law
        ("The law", "Libel and contempt", "Stay within the law", "Court cases", "Legal matters"),
        (
            "Do not post anything about a court case that is under way, including opinions on guilt, the names of "
            "people whose identities the court has protected or anything that was not said in open court.",
            "Name suppression orders made by the courts apply here too, and breaching one is a criminal offence.",
            "Under the Defamation Act 2009 you can be sued for what you write here, and so can we; if in doubt, "
            "leave it out.",
            "Cyber libel is punishable under Republic Act 10175, and we will co-operate with any lawful request from "
            "the authorities for a poster's details.",
        ),
    ),
    (  # copyright and photographs
        ("Copyright", "Photographs", "Your own work", "Whose picture is it?"),
        (
            "Only post images you took yourself, colour or mono, and credit anyone who stacked or processed your data.",
            "Do not copy and paste whole articles from other newspapers or websites; a short quote and a link will do.",
            "By posting a photograph you give the association permission to use it in the newsletter and on the "
            "noticeboard in the hut, with your name beside it.",
        ),
    ),
    (  # reporting a post
        ("Reporting a post", "Report a problem", "Seen something wrong?", "Flag it, don't fight it"),
        (
            "If you see a post that breaks these rules, use the Report link beneath it rather than replying to it.",
            "To report a reply, e-mail moderators@tightlines-forum.co.uk with a link to it and a line on what is "
            "wrong.",
        ),
    ),
    (  # the moderators' discretion
        ("The moderators' decision", "Our discretion", "The editor's decision is final", "Final say"),
        (
            "The editor reserves the right to edit, shorten, decline or remove any contribution without giving a "
            "reason.",
            "Moderators are volunteers who give up their own time; their judgement is final, and arguments about "
            "moderation go to private message, not the open board.",
            "The management's decision on whether a comment is published is final and no correspondence will be "
            "entered into.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Spotted a mistake?", "Errors and corrections", "Did we get it wrong?"),
        (
            "If you think we have made a factual error, please don't post it as a comment; e-mail the news desk at "
            "corrections@northlandstar.co.nz and we will look into it.",
            "Complaints about accuracy go to the editor first, and if you are not satisfied with the answer you may "
            "take your complaint to the New Zealand Media Council.",
            "We correct our mistakes promptly and say so at the foot of the story.",
            "Tell us about a typo or a wrong date through the Contact Us page, not in the replies.",
        ),
    ),
    (  # language
        ("Language", "Watch your language", "English, please", "No shouting"),
        (
            "Please write in English so that every reader can follow; posts in Hindi, Marathi or other languages "
            "typed in Roman script may not be approved.",
            "Avoid typing in capitals, which reads as shouting, and go easy on the text-speak.",
            "Taglish is fine; slurs in any language are not.",
        ),
    ),
    (  # suspension and account closure
        ("Suspensions", "Three strikes", "Losing your account", "Closing your account"),
        (
            "Unacceptable behaviour earns a warning, then a suspension, then a ban.",
            "Repeat offenders will have their accounts closed and their posts removed, and new accounts opened to get "
            "round a ban will be closed too.",
            "If you want your account closed, e-mail the webmaster at web@hollowcreekgazette.com and your profile "
            "will be removed within seven days.",
        ),
    ),
    (  # responsibility
        ("Your views, not ours", "Responsibility", "Disclaimer", "Good faith"),
        (
            "The views expressed in replies are those of their writers and not of the association or its committee.",
            "Advice here is given in good faith; check anything to do with tides, boats or weather against an "
            "official source before you head out.",
            "Nothing posted here is medical advice, and volunteers should take any question about a patient's care to "
            "the nurse in charge or the volunteer centre.",
        ),
    ),
)
#: Opening lines some of these sites print above their rules.
INTROS_64: tuple[str, ...] = (
    "We welcome your contributions; please read the following before you post.",
    "Readers are requested to follow these guidelines while commenting.",
    "A few ground rules keep this board a friendly place for everyone who fishes the coast.",
    "The committee asks all plot holders who use the message board to keep to the following.",
    "Folks, we like hearing from you, and we'd like to keep it that way.",
    "Kia ora, and thanks for joining the conversation on our stories.",
    "These rules apply to every part of the forum, private messages included.",
)
#: Closing lines printed after the rules.
CLOSINGS_64: tuple[str, ...] = (
    "Thank you for your co-operation, and tight lines.",
    "Please be guided accordingly.",
    "Clear skies, and thanks for keeping this a good place to learn.",
    "These guidelines were last revised by the committee in March and may change without notice.",
    "Questions about these rules can be sent to the editor at editor@ballinacorrigchampion.ie.",
    "Thanks for helping us keep the comments section worth reading.",
)
#: Title lines printed above the rules.
TITLES_64: tuple[str, ...] = (
    "House Rules",
    "Posting Guidelines",
    "Comment Policy",
    "Forum Rules",
    "Community Standards",
    "Before You Post",
    "Message Board Rules",
    "Guidelines for Readers' Contributions",
)
#: The family's British spellings and how an American site prints them.
AMERICAN_64: dict[str, str] = {
    "neighbourly": "neighborly",
    "behaviour": "behavior",
    "organisation": "organization",
    "offence": "offense",
    "colour": "color",
    "judgement": "judgment",
    "centre": "center",
    "co-operat": "cooperat",
}

_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "not", "of", "on", "or", "the", "to", "with"})


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _cased(heading: str, case: str) -> str:
    if case == "capitals":
        return heading.upper()
    return _title_case(heading) if case == "title" else heading


def _marker(style: str, number: int) -> str:
    if style == "numbered":
        return f"{number}."
    if style == "parenthesised":
        return f"{number})"
    if style in ("•", "*", "-", "–"):
        return style
    return ""


def _items_64(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's rules. The site draws whether it ever says "comment" (not 0.2 of the time; its kinds, headings,
    sentences and lines around them are then those without the word), how many items (two or three 0.2 of the
    time, else four to eleven) of which kinds, in the table's order or shuffled (0.5); whether it prints headings
    (0.85) and how: title case, sentence case or capitals, followed by a full stop, a colon, a dash or nothing, the
    same for every item or (0.2) drawn again per item, an item without one now and then (0.1); numbers, bullets or
    neither before the items; and a run of one to three of a kind's sentences (0.5, 0.4, 0.1; fewer when it has
    fewer). Then :func:`._common._furnish` with this family's lines."""
    quiet = rng.random() < 0.2

    def fits(*parts: str) -> bool:
        return not (quiet and _says_comment(*parts))

    kinds = [
        ([h for h in headings if fits(h)], [s for s in sentences if fits(s)]) for headings, sentences in REWORDINGS_64
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if headings and sentences]
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    picked = rng.sample(range(len(kinds)), min(count, len(kinds)))
    if rng.random() < 0.5:
        picked.sort()
    headed = rng.random() < 0.85
    case = rng.choice(("title", "title", "sentence", "sentence", "capitals"))
    after = rng.choice((".", ":", ":", " -", " –", ""))
    mixed = rng.random() < 0.2
    markers = rng.choice(("numbered", "numbered", "parenthesised", "•", "*", "-", "–", "", "", ""))
    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = kinds[index]
        if mixed:
            case = rng.choice(("title", "sentence", "capitals"))
            after = rng.choice((".", ":", " -", ""))
        heading = ""
        if headed and rng.random() >= 0.1:
            heading = _cased(rng.choice(headings), case)
            if not heading.endswith("?"):
                heading += after
        many = min(len(sentences), rng.choices((1, 2, 3), weights=(0.5, 0.4, 0.1))[0])
        start = rng.randrange(len(sentences) - many + 1)
        said = list(sentences[start : start + many])
        marker = _marker(markers, number)
        if marker and heading:
            heading = f"{marker} {heading}"
        elif marker:
            said[0] = f"{marker} {said[0]}"
        items.append((heading, *said))
    intros = [line for line in INTROS_64 if fits(line)]
    closings = [line for line in CLOSINGS_64 if fits(line)]
    titles = [line for line in TITLES_64 if fits(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_64)
