"""The ``reworded-148`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Botswana sports news, Isle of Man weeklies, Montana ranch-country papers, orienteering clubs,
stained-glass workshops, ME/CFS patient forums, cohousing communities, retro-computing user groups.

Written blind: from how such sites word and print their posting rules, comment policies, forum rules, house rules,
list etiquette and members' agreements, without reading the cleaner's code, its docs or reports, nor the other
families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: six heading choices (written in sentence case, without a stop; a question keeps its mark) and five
#: sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_148``).
REWORDINGS_148 = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Mind your manners",
            "Is it kind?",
            "Disagree without being disagreeable",
        ),
        (
            "Argue with the point someone has made, not with the person who made it.",
            "Personal attacks on other members, our reporters or the people named in a story will be removed.",
            "We are a small community and most of us will meet at the next event, so write as you would speak to "
            "someone's face.",
            "Robust debate is welcome, but sneering, name-calling and baiting other readers are not.",
            "Please assume good faith; many members are writing on very limited energy and may not phrase things "
            "perfectly.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "No racism or tribalism",
            "Hateful content",
            "Discrimination",
            "What counts as hate?",
            "Respect every background",
        ),
        (
            "{Cs} that attack people for their tribe, race, religion, nationality, sex, disability or sexuality will "
            "be deleted.",
            "Tribal slurs and insults aimed at a player's or a referee's background have no place on this site.",
            "Abuse aimed at 'comeovers', visitors, seasonal workers or any other group on the Island will not be "
            "tolerated.",
            "Disability is never a punchline here, and dismissing ME/CFS as laziness or 'all in the mind' counts as "
            "abuse.",
            "Racist, sexist, homophobic or transphobic remarks will be removed and the account suspended.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep private matters private",
            "Don't share contact details",
            "Can I post someone's address?",
            "Privacy",
        ),
        (
            "Do not post anyone's phone number, email address, home address or car registration, including your own.",
            "What is said at a members' meeting or on a neighbour's doorstep stays there unless everyone involved "
            "agrees to share it.",
            "Please do not share screenshots of private messages without the sender's permission.",
            "Photographs of juniors taken at events must not be uploaded without a parent's consent.",
            "Think carefully before sharing details of your health, your benefits claim or your employer, as this "
            "forum can be read by anyone.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "If you are in crisis",
            "Looking after each other",
            "Worried about someone?",
            "Children and vulnerable adults",
            "Your wellbeing",
        ),
        (
            "If you are thinking of harming yourself, please contact your GP, call 999 or ring the Samaritans on "
            "116 123 rather than posting here.",
            "Moderators are volunteers and cannot offer crisis support, but any concern about a child's safety will "
            "be passed to the club's welfare officer.",
            "Any {c} suggesting that a child or vulnerable adult is at risk will be reported to the appropriate "
            "authorities.",
            "If another member's {c} worries you, use the report button or message a moderator instead of replying "
            "in public.",
            "Junior members must not be contacted privately by adults through this site.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval of {cs}",
            "When will my {c} appear?",
        ),
        (
            "All {cs} are checked by a moderator before they appear, which may take up to 24 hours.",
            "Our newsroom is small, and {cs} sent after 5pm or at weekends may not be approved until the next "
            "working day.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Sending the same {c} again will not make it appear any faster.",
            "The group is run by volunteers in their spare time, so please allow a few days for your {c} to reach "
            "the list.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Off-topic {cs}",
            "Right board, right thread",
            "Stick to the story",
        ),
        (
            "Keep your {cs} relevant to the article or thread you are replying to.",
            "Queries about results, splits or course setting should go to the event organiser rather than into the "
            "general discussion.",
            "Please use the most suitable board, as buying and selling, hardware repairs and emulation each have a "
            "section of their own.",
            "Grievances about the common house rota or the shared workshop should be raised at the next meeting, "
            "not aired here.",
            "{Cs} about unrelated matters, from Tynwald to the price of diesel, will be removed unless the story is "
            "about them.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I sell things here?",
            "No self-promotion",
            "Commercial {cs}",
        ),
        (
            "Adverts, links to betting sites and chain messages will be deleted without notice.",
            "If you want to sell glass, tools or finished panels, please use the classifieds page rather than the "
            "discussion boards.",
            "Members may mention their own studio or commission work in their profile, but not in every {c}.",
            "Promoting treatments, supplements or paid programmes that claim to cure ME/CFS is not allowed.",
            "Hardware sales are welcome in the marketplace section, provided you include a price and bump your "
            "thread no more than once a week.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Your account",
            "Who you are",
            "Do I need to register?",
            "Usernames",
        ),
        (
            "We ask contributors to use their real name and home town, as they would in a letter to the editor.",
            "Each member may hold one account, and duplicate or sock-puppet accounts will be closed.",
            "Usernames that impersonate another person, a club official or a member of staff are not allowed.",
            "You must be signed in to take part, and you are responsible for everything sent from your account.",
            "Please use the name you run under, so that other club members know who you are.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The law",
            "Defamation and contempt",
            "Legal matters",
            "Could it land us in court?",
            "Court cases",
        ),
        (
            "Do not post anything that could be defamatory, in contempt of court or otherwise in breach of the laws "
            "of the Isle of Man.",
            "{Cs} on cases that are before the courts will not be published until the case has ended.",
            "Accusing a named person of a crime, even as a rumour, puts both you and the paper at legal risk.",
            "Do not name anyone protected by a court order, including victims of sexual offences and children in "
            "court proceedings.",
            "We are legally responsible for what appears on this site, so anything we could not print in the paper "
            "will come down.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and patterns",
            "Is it yours to share?",
            "No pirated software",
            "Credit your sources",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Designs and cartoons shared by tutors remain their property and must not be copied, sold or traced "
            "without permission.",
            "Maps from club events are copyright and must not be scanned or reposted without the mapper's permission.",
            "Requests for, or links to, commercial ROMs, disk images or cracked software are not permitted, even for "
            "machines no longer sold.",
            "Quote a short passage and link to the original rather than pasting whole articles from other papers.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report, don't retaliate",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flag it",
            "Alerting the moderators",
        ),
        (
            "Use the report link beneath any {c} you think breaks these rules, and a moderator will look at it.",
            "Please do not reply to a {c} you have reported, as that only draws more attention to it.",
            "You can also email the editor, giving the headline of the article and the date and time of the {c}.",
            "Reports are anonymous, and the member concerned will not be told who raised them.",
            "Complaints about a moderator's decision should be sent privately to the committee.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' call",
            "Who decides?",
            "Right to remove",
            "Moderation decisions",
        ),
        (
            "We reserve the right to edit, refuse or remove any {c} at our discretion and without giving a reason.",
            "The editor's decision on what is published is final.",
            "Moderators may lock a thread once it has run its course or become too heated.",
            "Not every {c} that is taken down breaks a rule; sometimes a discussion simply needs to cool off.",
            "Views expressed by readers are their own and not those of the paper or its staff.",
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Got a story?",
            "News tips",
            "Tell us",
            "Corrections and tips",
        ),
        (
            "If you think we have got something wrong, email the newsdesk rather than leaving a {c}, so it can be put "
            "right quickly.",
            "Results, club news and photographs from the weekend's fixtures can be sent to our sports desk.",
            "Corrections to event results should be sent to the results team, not raised in the thread.",
            "Have a story from your corner of the county? Call or email the office and one of our reporters will get "
            "back to you.",
            "Factual errors will be corrected and noted at the foot of the article.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Keep it clean",
            "Write clearly",
            "Which language?",
            "No shouting",
        ),
        (
            "Swearing is not allowed, including words disguised with asterisks.",
            "{Cs} may be written in English or Setswana, but those in other languages may be removed because our "
            "moderators cannot read them.",
            "Please do not type in capital letters, as it reads as shouting.",
            "Short paragraphs and plain words help members with brain fog to follow the discussion.",
            "Text speak and long strings of emojis make {cs} hard to read, so please write in full sentences.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will receive a warning, then a temporary suspension, and then a permanent "
            "ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban without warning.",
            "Banned users who register again under a new name will be removed again.",
            "Moderators keep a record of warnings, which lapse after twelve months.",
            "Threats of violence against anyone, including county officials and game wardens, will be passed to the "
            "sheriff's office.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice given here",
            "Should I try this?",
            "Working safely",
            "Take care",
        ),
        (
            "Nothing posted here replaces advice from your own doctor, so talk to them before changing medication or "
            "starting a new treatment.",
            "Lead came and solder fumes are hazardous, so check any advice given here against the manufacturer's "
            "safety sheets.",
            "Members share their own experience, not professional advice, and what helped one person may harm another.",
            "Before opening an old power supply or monitor, make sure you know how to discharge it safely, as we "
            "accept no responsibility for injury or damage.",
            "Route choices and training tips are shared in good faith, but you are responsible for your own safety "
            "in the terrain.",
        ),
    ),
)

#: The site's word for what readers send: (``{c}``, ``{cs}``); ``{C}`` and ``{Cs}`` are their capitalised forms.
WORDS_148 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

POLICY_TITLES_148 = (
    "{C} policy",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Rules for {cs}",
    "Before you post",
    "Members' code of conduct",
    "Discussion board rules",
    "Our rules for readers' {cs}",
    "Guidelines for {cs}",
    "List etiquette",
    "Comment policy",
    "Group rules",
)

POLICY_INTROS_148 = (
    "Readers' {cs} are welcome, provided they follow the rules below.",
    "These rules apply to everyone who takes part, including members of staff.",
    "By registering you agree to the following guidelines.",
    "This forum is a place for people with ME/CFS and those who care for them to share support and information.",
    "The group exists for anyone interested in 8-bit and 16-bit computers and the people who used them.",
    "Please take a minute to read these before you post.",
    "We want the discussion under our stories to be lively, fair and worth reading.",
    "Our comment section is open to registered readers on the terms set out below.",
)

POLICY_CLOSINGS_148 = (
    "Thank you for helping to keep this a friendly place.",
    "These guidelines may be updated from time to time.",
    "Questions about these rules can be sent to the moderators.",
    "By taking part you agree to abide by these rules.",
    "Thanks for reading, and see you in the forest.",
    "Agreed by the general meeting and reviewed each year.",
    "Happy soldering, and mind your fingers.",
    "We read every comment that is reported to us.",
)

#: British spellings in the lists above and their American forms (a reworded-148 document prints one or the other).
AMERICAN_148 = {
    "neighbour": "neighbor",
    "programmes": "programs",
    "organiser": "organizer",
    "wellbeing": "well-being",
    "offences": "offenses",
}

#: Headings set between groups of items on long lists (first, middle), as some forums and clubs print them.
_SECTIONS = (
    ("Posting", "Moderation"),
    ("Before you post", "After you post"),
    ("The basics", "The small print"),
    ("What we ask of you", "What we will do"),
)

_DATES = ("3 February 2025", "14 March 2024", "1 September 2023", "28 October 2025", "June 2024", "11 April 2022")
_UPDATED = ("Last updated: {d}", "Last updated {d}.", "Reviewed {d}.", "(Updated {d})", "Revised {d}")

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")

#: A marker's shape: {n} a number, {a} a letter, {r} a roman numeral, {R} the same in capitals; "" for none.
_MARKERS = (
    "",
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
    "•",
    "•",
    "-",
    "*",
    "–",
    "Rule {n}:",
    "Rule {n} –",
    "#{n}",
)

_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "is"}


def _marker(shape: str, n: int) -> str:
    return shape.format(n=n, a="abcdefghijklmnopqrstuvwxyz"[n - 1], r=_ROMAN[n - 1], R=_ROMAN[n - 1].upper())


def _cased(heading: str, case: str) -> str:
    if case == "title":
        words = heading.split(" ")
        return " ".join(word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    return heading


def _items_148(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-148 policy: the site's word for what readers send (a quarter of sites never say "comment", and
    their titles, openings and closings do not either); two to four items (0.3) or six to sixteen, in the table's
    order (0.5) or drawn; one to three sentences an item (up to a site's own most), as parts of their own or run
    into one; headings in sentence case, title case, capitals or lower case, on a part of their own (with a stop, a
    colon or nothing) or run in before a colon, a stop or a dash, or none for the whole policy (0.15); a marker of
    one shape for the site; now and then group headings between the items of a long list, and a line saying when
    the rules were last updated; then the opening, closing and title lines and the spellings by ``_furnish``."""
    never = rng.random() < 0.25  # this site never says "comment"
    c, cs = rng.choice(WORDS_148[1:]) if never else WORDS_148[0]
    fill = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    indices = rng.sample(range(len(REWORDINGS_148)), count)
    if rng.random() < 0.5:
        indices.sort()
    most = rng.choice((1, 1, 2, 2, 3))  # the most sentences this site gives an item
    run_together = rng.random() < 0.4  # an item's sentences printed as one part
    bare = rng.random() < 0.15  # no headings at all
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "run"))
    own_stop = rng.choice(("", "", ".", ":"))
    run_stop = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    shape = rng.choice(_MARKERS)
    if shape.startswith("Rule"):  # "Rule 3: Be civil. ..." rather than a second colon or dash
        run_stop = ". "

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(indices, 1):
        headings, sentences = REWORDINGS_148[index]
        said = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, most))]
        body = [" ".join(said)] if run_together else said
        heading = "" if bare else _cased(rng.choice(headings).format(**fill), case)
        if heading and placing == "run":
            joint = " " if heading[-1] == "?" and run_stop in (": ", ". ") else run_stop
            body[0] = heading + joint + body[0]
            heading = ""
        elif heading and heading[-1] != "?":
            heading += own_stop
        mark = _marker(shape, n) if shape else ""
        if mark:
            if heading:
                heading = mark + " " + heading
            else:
                body[0] = mark + " " + body[0]
        items.append((heading, *body))

    if count >= 6 and rng.random() < 0.15:
        first, second = rng.choice(_SECTIONS)
        items.insert(len(items) // 2, (_cased(second, case), ""))
        items.insert(0, (_cased(first, case), ""))
    if rng.random() < 0.12:
        items.append(("", rng.choice(_UPDATED).format(d=rng.choice(_DATES))))

    intros = [line.format(**fill) for line in POLICY_INTROS_148]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_148]
    titles = [line.format(**fill) for line in POLICY_TITLES_148]
    if never:
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_148)
