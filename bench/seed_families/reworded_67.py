"""The ``reworded-67`` family: posting rules as Kenyan and Tanzanian English news sites, Jamaican and Barbadian
papers, Montana and Wyoming county weeklies, Cornish and Devon village websites, nursing-union bulletins, chess
forums, orienteering clubs, library Friends groups and lifeboat-station newsletters word and print them.

Fifteen item kinds, each some headings (sentence case, set in title case or capitals when printed), a question or
two a site may print instead, and two to four sentences in those sites' voices; a quarter of the sites never say
"comment" (they say post, message, contribution, reply)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

_SMALL = frozenset(("a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by", "with"))
_NUMBERS = ("{}.", "{})", "({})", "Rule {}:", "{} -")
_BULLETS = ("\u2022", "-", "*", "\u25aa", "\u2013")
_STOPS = (".", ":", ":", " -", " \u2013", "")

#: Per item kind: (headings in sentence case, headings as questions, sentences in the order a site prints them).
REWORDINGS_67: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be respectful", "Play the ball, not the man", "Keep it civil", "Courtesy costs nothing"),
        ("How should I treat other members?", "What counts as uncivil?"),
        (
            "Kindly treat other readers with respect, even when you disagree strongly with them.",
            "Attack the argument, not the person who made it.",
            "This is a small county and the fellow you are arguing with may well be your neighbor, so write the way "
            "you would talk to him at the feed store or the post office.",
            "Be gracious in victory and in defeat: gloating over a won game or sulking over a lost one does nobody "
            "any credit, and neither does questioning an opponent's honour.",
        ),
    ),
    (  # hate speech and incitement
        ("No hate speech", "No tribal or ethnic attacks", "Hate speech and incitement", "Nothing hateful"),
        ("What will we never publish?",),
        (
            "We will not publish contributions that amount to hate speech or incitement to violence on the grounds "
            "of tribe, ethnicity, religion, race, gender or political affiliation, and such material may be passed "
            "to the National Cohesion and Integration Commission.",
            "Using a person's tribe, region or home county as an insult is not allowed.",
            "Racist, sexist, homophobic or otherwise bigoted remarks will be removed.",
        ),
    ),
    (  # privacy
        ("Protect privacy", "Patient confidentiality", "Keep personal details out of it", "Respect privacy"),
        ("Can I mention people by name?", "What about personal information?"),
        (
            "Never post anything that could identify a patient, a service user, a colleague or the ward or unit "
            "where you work, even if you leave the names out.",
            "Do not publish anyone's phone number, home address, e-mail or place of work, and that includes your own.",
            "Please don't name or post photographs of casualties or of anyone the crew has helped, and don't "
            "speculate about what happened on a shout.",
            "Children should never be named or pictured without a parent's permission.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Pre-moderation", "Please be patient", "Approval of posts"),
        ("Why hasn't my post appeared?", "Why is my message waiting for approval?"),
        (
            "All contributions are read by a moderator before they appear, so there may be a delay, especially in "
            "the evenings, at weekends and over public holidays.",
            "Comments are moderated during office hours, Monday to Friday, East Africa Time.",
            "The site is run by volunteers and posts are approved when one of us is free, which is usually within a "
            "day or two.",
            "Sending the same message again will not make it appear any faster.",
        ),
    ),
    (  # off-topic
        ("Stay on topic", "Keep to the subject", "Right thread, right place", "Stick to the story"),
        ("Where should I post?",),
        (
            "Keep your contribution relevant to the story it appears under.",
            "Lost and found pets, items for sale and parish notices belong on the village noticeboard page, not in "
            "the discussion threads.",
            "Questions about courses, entries or start times should go to the event organiser rather than the "
            "general board.",
            "Threads that drift too far from the original subject may be split, moved or locked.",
        ),
    ),
    (  # spam and advertising
        ("No advertising", "No spam", "Selling and promotion", "No adverts or chain messages"),
        ("Can I advertise here?",),
        (
            "Advertising, promotion of businesses and links to commercial sites are not permitted.",
            "Chain messages, pyramid schemes, 'get rich quick' offers and unsolicited links will be deleted without "
            "notice.",
            "If you wish to advertise with us, contact the sales desk at adverts@pwanimorningpost.co.ke or call the "
            "Mombasa office.",
            "The only things for sale on this board are the books in the Friends' annual sale at the library centre.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Sign your name", "Names and usernames", "One account each"),
        ("Do I have to use my real name?",),
        (
            "We ask that you post under your own full name, as you would when writing a letter to the editor.",
            "Pretending to be another person, a public figure or a member of our staff is not allowed.",
            "Members may hold only one account, and accounts set up to get round a ban will be closed.",
        ),
    ),
    (  # the law: libel and contempt
        ("Mind the law", "Defamation", "Libel and court cases", "The law applies here too"),
        ("What about court cases?", "Could I be sued?"),
        (
            "You are legally responsible for what you post, and the defamation laws of Jamaica apply to this site "
            "as they do to the printed paper.",
            "Do not comment on cases that are before the courts, and never name anyone the law protects, such as "
            "the victims of sexual offences or children.",
            "Making serious allegations you cannot prove, especially about named people, could expose you and us "
            "to legal action.",
            "Please do not discuss live disciplinary hearings or employment tribunal claims, yours or anyone else's.",
        ),
    ),
    (  # copyright and photographs
        ("Copyright", "Only post your own work", "Photographs and copyright", "Credit your sources"),
        ("Can I post photos or articles?",),
        (
            "Don't copy and paste whole articles from other websites; post a short extract and a link instead.",
            "Only upload photographs you took yourself or have the owner's permission to use.",
            "Games in PGN are welcome, but if you post somebody else's annotations, say whose they are.",
            "Maps from our events are the copyright of the club and the mapper and must not be republished without "
            "permission, even on a personal blog.",
        ),
    ),
    (  # reporting a post
        ("Reporting a post", "Report, don't reply", "Flag it", "Seen something wrong"),
        ("How do I report a problem?", "Seen something that breaks the rules?"),
        (
            "If you see a post that breaks these rules, use the Report button beneath it rather than replying to it.",
            "To raise a concern, e-mail moderators@ruahacourier.co.tz with a link to the post and a short note of "
            "what is wrong with it.",
            "Suspected cheating must be reported privately to the moderators and never alleged in a public thread.",
            "Every report is read by a person, though we cannot always reply.",
        ),
    ),
    (  # the moderators' discretion
        ("The editor's decision", "Moderators' discretion", "Our decision is final", "Our right to remove"),
        ("Who decides?",),
        (
            "The editor reserves the right to edit, shorten or refuse any contribution without giving a reason.",
            "Moderators' decisions are final, and arguing about them in public threads is itself off-topic.",
            "We may remove any post at our discretion, whether or not it breaks a particular rule, and the "
            "committee's judgement on such matters is final.",
            "Publication of a reply does not mean the committee agrees with it.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Errors and corrections", "Tell us if we got it wrong", "Spotted a mistake"),
        ("Spotted a mistake in a story?", "Found an error?"),
        (
            "If you believe a story contains a factual error, please write to the newsroom at "
            "corrections@windriverbugle.com instead of posting it here, so it can be checked and put right.",
            "We correct mistakes promptly, and corrections are printed in the following week's edition.",
            "Errors in results should be sent to the organiser within seven days of the event.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "English or Kiswahili"),
        ("Which language may I use?",),
        (
            "Contributions may be written in English or Kiswahili, but not in a mixture designed to slip insults "
            "past the moderators.",
            "Patois is welcome; cursing and indecent language are not, in any language.",
            "Please do not swear, and do not use asterisks or misspellings to get round the filter.",
            "Writing in capital letters reads as shouting, so please don't.",
        ),
    ),
    (  # suspension and account closure
        ("Suspensions and bans", "Breaking the rules", "Warnings", "Closing your account"),
        ("What happens if I break the rules?", "Can I delete my account?"),
        (
            "Members who break these rules will first receive a warning, then a suspension, and may finally have "
            "their account closed.",
            "Persistent offenders will be banned without further notice, whatever the colour of their politics.",
            "If you would like your account and your posts removed, write to the webmaster at "
            "web@tremarrowvillage.org.uk and we will do it within a month.",
        ),
    ),
    (  # emergencies and advice
        ("Emergencies", "Not an emergency service", "Not a substitute for advice", "Urgent matters"),
        ("What if it's an emergency?", "Can I get advice here?"),
        (
            "This page is not watched around the clock: if you see someone in difficulty at sea or on the shore, "
            "dial 999 or 112 and ask for the Coastguard.",
            "The forum is not the place to seek advice about your own employment; contact your local steward or the "
            "members' advice line on 0300 555 0192 instead.",
            "Nothing posted here should be taken as medical or legal advice.",
            "Questions about your membership or renewal should go to the Friends' secretary, not the message board.",
        ),
    ),
)

#: Opening lines such sites print above the rules.
INTROS_67: tuple[str, ...] = (
    "We welcome readers' views, and ask everyone who takes part to follow a few simple rules.",
    "Before you post, kindly take a moment to read the guidelines below.",
    "These rules apply to every post on the club forum, whoever you are and however long you have been a member.",
    "The Friends' message board is open to all paid-up members on the following terms.",
    "Comments are welcome on most of our stories, provided they keep to the rules below.",
    "This page is run by volunteers from the station, and we'd ask you to bear the following in mind.",
    "By posting on this site you agree to the following.",
)

#: Closing lines such sites print after the rules.
CLOSINGS_67: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These guidelines may be updated from time to time; the current version is always at "
    "www.ruahacourier.co.tz/house-rules.",
    "Questions about these rules can be sent to the webmaster.",
    "Asante for keeping the conversation civil.",
    "By submitting a comment you agree to abide by these rules and to our terms of use.",
    "Thanks, and happy orienteering.",
    "We apologise to anyone whose post has been held up, and thank you for your patience.",
)

#: Title lines such sites print over the rules.
TITLES_67: tuple[str, ...] = (
    "House Rules",
    "Posting Guidelines",
    "Forum Rules",
    "Comment Policy",
    "Rules of the Board",
    "Community Standards",
    "Before You Post",
    "Guidelines for Contributors",
    "Message Board Etiquette",
    "Our Moderation Policy",
)

#: American spellings of the British words the rules use.
AMERICAN_67: dict[str, str] = {
    "honour": "honor",
    "organiser": "organizer",
    "offences": "offenses",
    "centre": "center",
    "judgement": "judgment",
    "colour": "color",
    "apologise": "apologize",
}


def _title_case(text: str) -> str:
    words = text.split(" ")
    cased = [
        word if index and word in _SMALL else "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        for index, word in enumerate(words)
    ]
    return " ".join(cased)


def _style(rng: random.Random) -> tuple[str, bool, str]:
    """One way of printing a heading: its case, whether a question may stand for it, what follows it."""
    case = rng.choices(("title", "sentence", "caps"), (0.45, 0.4, 0.15))[0]
    return case, rng.random() < 0.15, rng.choice(_STOPS)


def _heading(
    headings: tuple[str, ...], questions: tuple[str, ...], style: tuple[str, bool, str], rng: random.Random
) -> str:
    case, question, stop = style
    if question and questions:
        text, stop = rng.choice(questions), ""
    else:
        text = rng.choice(headings)
    if case == "title":
        text = _title_case(text)
    elif case == "caps":
        text = text.upper()
    return text + stop


def _items_67(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. Drawn in this order: whether the site never says "comment" (0.25; then only wordings
    without it); how many items (two or three 0.2 of the time, else four to twelve) and which, in the table's
    order (0.5) or shuffled; headings absent for the whole policy (0.2), else one way of printing them for the
    policy (0.8) or each item its own (case: title, sentence or capitals; a question instead 0.15; after it a
    full stop, a colon, a dash or nothing); the list's marks (none 0.45, numbers 0.33 as "1.", "1)", "(1)",
    "Rule 1:" or "1 -", bullets 0.22); then per item its heading (absent 0.08), one to three of its sentences
    (0.55, 0.35, 0.1) in the table's order, and the mark before the heading or the first sentence; then
    :func:`_furnish` with the site's opening, closing and title lines."""
    plain = rng.random() < 0.25

    def usable(texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(text for text in texts if not (plain and _says_comment(text)))

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    kinds = rng.sample(range(len(REWORDINGS_67)), count)
    if rng.random() < 0.5:
        kinds.sort()
    bare = rng.random() < 0.2
    mixed = rng.random() < 0.2
    style = _style(rng)
    marks = rng.choices(("", "number", "bullet"), (0.45, 0.33, 0.22))[0]
    number, bullet = rng.choice(_NUMBERS), rng.choice(_BULLETS)
    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(kinds, 1):
        headings, questions, sentences = (usable(texts) for texts in REWORDINGS_67[kind])
        heading = ""
        if not bare and rng.random() >= 0.08:
            heading = _heading(headings, questions, _style(rng) if mixed else style, rng)
        many = min(rng.choices((1, 2, 3), (0.55, 0.35, 0.1))[0], len(sentences))
        chosen = [sentences[at] for at in sorted(rng.sample(range(len(sentences)), many))]
        mark = number.format(place) if marks == "number" else bullet if marks == "bullet" else ""
        if mark and heading:
            heading = f"{mark} {heading}"
        elif mark:
            chosen[0] = f"{mark} {chosen[0]}"
        items.append((heading, *chosen))
    return _furnish(items, rng, usable(INTROS_67), usable(CLOSINGS_67), usable(TITLES_67), AMERICAN_67)
