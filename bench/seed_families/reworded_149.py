"""The ``reworded-149`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tasmanian regional papers, Norfolk Broads village newsletters, Louisiana bayou weeklies, curling
clubs, folk-dance societies, tinnitus support forums, housing co-operatives, model-railway clubs.

Written blind: from how such sites word and print their comment policies, forum rules, notes for contributors,
noticeboard rules and members' codes of conduct, without reading the cleaner's code, its docs or reports, nor the
other families' sentences."""

from __future__ import annotations

import random
import re

from ._common import _furnish, _says_comment

#: Per item kind: six heading choices (written in sentence case, without a stop; a question keeps its mark, and each
#: kind has one at least) and five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the
#: site's word for what readers send. Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_149``).
REWORDINGS_149 = (
    (  # civility
        (
            "Be courteous",
            "Keep it friendly",
            "Play the ball, not the player",
            "Respect other members",
            "Can I disagree with someone?",
            "Good manners, please",
        ),
        (
            "Disagree with an idea by all means, but never belittle the person who put it forward.",
            "Treat fellow members as you would if you were standing next to them on the ice.",
            "Personal attacks, sneering and name-calling have no place in any {c} on this site.",
            "Debate is welcome; rudeness to other readers, our reporters or the people in the story is not.",
            "Remember that there is a real person, often a neighbour, at the other end of every {c}.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Everyone is welcome here",
            "Zero tolerance for bigotry",
            "What counts as hate speech?",
            "Inclusion",
        ),
        (
            "{Cs} that attack people because of their race, religion, sex, sexuality, disability or age will be "
            "removed.",
            "Racist, sexist, homophobic or transphobic language is never acceptable, even as a joke.",
            "Our dances are open to everyone, and so is this forum: bigotry of any kind is not tolerated.",
            "We will not publish anything that stirs up hatred against any group or community.",
            "Slurs, stereotypes and 'jokes' at the expense of any group will be deleted and the account reviewed.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal details",
            "Keep private things private",
            "Don't name neighbours",
            "Can I share someone's address?",
            "Privacy of members",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please don't name or describe individual tenants in a way that would identify them to other members.",
            "Photos of other people, especially children at club events, should only be shared with their permission.",
            "Private messages, emails and letters from others must not be reposted without the sender's consent.",
            "The health details you share about yourself are your choice; never share someone else's.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "If you are struggling",
            "Looking out for each other",
            "Feeling unsafe?",
            "Welfare concerns",
        ),
        (
            "If you are having thoughts of harming yourself, please call Lifeline on 13 11 14 (Australia) or the "
            "Samaritans on 116 123 (UK and Ireland) straight away.",
            "Anyone under 18 should ask a parent or guardian before joining the forum.",
            "Adults must not ask junior members for personal contact details or arrange to meet them privately.",
            "Concerns about the welfare of a child or vulnerable adult should go straight to our welfare officer, "
            "not onto the board.",
            "Our moderators are volunteers, not counsellors, and cannot offer crisis support.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} go up?",
            "Checked before publishing",
        ),
        (
            "All {cs} are read by a moderator before they appear, which may take several hours.",
            "The newsletter team are volunteers, so {cs} sent at the weekend may not be looked at until Monday.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "{Cs} submitted after 9pm are checked the following morning.",
            "Sending the same {c} twice will not speed it up and may see both held back.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Right thread, right place",
            "Is it relevant?",
            "On topic, please",
            "Stick to the story",
        ),
        (
            "Please keep {cs} to the subject of the article they sit under.",
            "Use the correct section of the forum: layout questions in Layouts, wiring in DCC and Electrics, and so "
            "on.",
            "Threads that drift too far from the original question may be split or locked.",
            "Co-op business belongs on this board; national politics does not.",
            "If you want to raise a new subject, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Selling and swaps",
            "Spam",
            "Commercial posts",
            "Can I sell something here?",
            "No miracle cures",
        ),
        (
            "Advertising, including links to your own business, is not allowed without the committee's approval.",
            "Private sales of locomotives, rolling stock and track belong in the Sales and Wants section only.",
            "{Cs} promoting supplements, devices or clinics that claim to cure tinnitus will be removed.",
            "Spam, chain letters and repeated links will be deleted and the account closed without notice.",
            "Members may mention their own band or calling bookings once a month, in the Notices thread.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Who are you?",
            "Names and accounts",
            "Usernames",
            "Do I need to give my name?",
        ),
        (
            "Every {c} must carry the writer's full name and town; a phone number is needed for checking but will "
            "not be printed.",
            "Each member may hold one account; creating extra accounts will see all of them suspended.",
            "Usernames that impersonate another person, the club or its officers are not permitted.",
            "Please use the name you are known by at the club so that other members know who they are talking to.",
            "We do not publish anonymous {cs}, though we may withhold a name on request in exceptional cases.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "The law",
            "Court cases",
            "Legal matters",
            "Is it legal?",
        ),
        (
            "Do not post anything defamatory: if you cannot prove it is true, do not say it.",
            "Remember that you, not just the publisher, can be held responsible for what you write.",
            "{Cs} on cases before the courts may be held back or closed to avoid contempt of court.",
            "Do not identify victims of sexual offences or anyone protected by a suppression order.",
            "Anything that breaks the law, or encourages others to, will be removed and may be passed to the police.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Your own work only",
            "Credit where it's due",
            "Can I post a photo I found online?",
            "Scans and copying",
        ),
        (
            "Only post photos you have taken yourself, or ones you have the owner's permission to use.",
            "Scanning whole articles from magazines or books infringes copyright; a short quote with its source is "
            "fine.",
            "Dances and tunes remain the work of their composers, so please credit them and do not copy out whole "
            "collections.",
            "By sending in photos you give the newsletter permission to print them, and you keep the copyright.",
            "A link to the original is better than pasting someone else's text into your {c}.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report, don't reply",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
            "Tell the moderators",
        ),
        (
            "Use the Report link under any {c} that breaks these rules and a moderator will look at it.",
            "If something upsets you, report it rather than answering back in the thread.",
            "Please email the webmaster with a link to the {c} and a brief note of the problem.",
            "Reports are confidential, and the person you report will not be told who made it.",
            "Reporting a {c} does not mean it will be removed; we judge each one against these guidelines.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The editor's right",
            "Editing and length",
            "Who decides?",
            "Final say",
        ),
        (
            "The editor reserves the right to shorten, edit or decline any {c} without giving a reason.",
            "The moderators' decisions are final, and arguing about them in public threads is not allowed.",
            "Space in the newsletter is limited, so {cs} over 300 words may be cut.",
            "Publishing a {c} does not mean the committee agrees with it.",
            "We may close discussion on any story at any time, particularly overnight or over holidays.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and corrections",
            "Telling us about news",
        ),
        (
            "If we have got something wrong, email the newsroom rather than pointing it out in the {cs}.",
            "Corrections are printed on page 2 of the next edition and noted under the story online.",
            "Have some news from the village? Leave it in the box at the shop or send it to the editor by the 15th.",
            "News tips can be sent to our reporters in confidence; they will not be published as {cs}.",
            "Errors in the fixture list or results should go to the match secretary, who will update the page.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "No swearing",
            "Write clearly",
            "Capitals and text-speak",
            "Is swearing allowed?",
        ),
        (
            "Swearing, including words with letters blanked out, is not allowed.",
            "Please don't write in capitals; it reads as shouting and is hard to follow.",
            "Write in plain English and go easy on abbreviations so that everyone can follow.",
            "Crude or sexual language will be removed, whatever the context.",
            "{Cs} in English or Louisiana French are both welcome, as long as they are clean.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
            "Enforcement",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or harassment, lead to an immediate and permanent ban.",
            "Members banned from the forum may also have their club membership reviewed by the committee.",
            "Trying to get round a ban with a new account will lead to every account being closed.",
            "Moderators keep a record of warnings, which lapse after twelve months of good behaviour.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety first",
            "Is this advice reliable?",
            "Advice disclaimer",
            "Take care",
        ),
        (
            "Nothing on this forum is medical advice; always talk to your GP or audiologist before changing treatment.",
            "Never trespass on the railway to take photographs; we will not publish pictures taken from the lineside "
            "without permission.",
            "Advice about wiring mains-powered equipment should be checked with a qualified electrician.",
            "Sharing experiences is welcome, but please do not tell others to stop prescribed medication.",
            "Fishing and water reports from readers are not official, so check conditions with the Coast Guard or "
            "the parish before heading out.",
        ),
    ),
    (  # complaints and disputes
        (
            "Complaints",
            "Disputes between members",
            "Take it to the committee",
            "Got a grievance?",
            "Neighbour disputes",
            "Raising concerns",
        ),
        (
            "Complaints about repairs, rent or allocations should go through the co-op office, not the noticeboard.",
            "Disputes between members are best settled privately or through the committee, not in public threads.",
            "Please raise concerns about a club officer with the secretary in writing.",
            "This board is not the place to pursue a grievance against the newsletter or any of its contributors.",
            "If a disagreement turns personal, the moderators will lock the thread and contact those involved.",
        ),
    ),
)


#: The site's word for what readers send (singular, plural): the first for three sites in four, another otherwise.
WORDS_149 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)


#: Titles, opening and closing lines some sites print with such a policy (reworded-149 only).
POLICY_TITLES_149 = (
    "Posting guidelines",
    "Forum rules",
    "House rules",
    "Comment policy",
    "Notes for contributors",
    "Guidelines for {cs}",
    "Community standards",
    "Before you post",
    "Message board rules",
    "Code of conduct",
    "Noticeboard rules",
    "Readers' {cs}",
)


POLICY_INTROS_149 = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, provided they keep to the rules below.",
    "This board is run by volunteers for the benefit of all members, so please follow these simple rules.",
    "The newsletter is put together by volunteers from the parish, and we are always glad to receive {cs}.",
    "By posting you agree to abide by the following.",
    "Our forum is a friendly place for people living with tinnitus, and we would like to keep it that way.",
    "A few ground rules for everyone using the club's message board:",
    "Comments are open on most stories, and this is what we ask of everyone who uses them.",
)


POLICY_CLOSINGS_149 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be changed by the committee at any time.",
    "Questions about these guidelines can be sent to the moderators through the Contact page.",
    "Happy modelling!",
    "Good curling!",
    "Full terms and conditions are on our website.",
    "The editor's decision on all {cs} is final.",
    "Queries to the editor: editor@ourvillagenews.org.uk",
)


#: British spellings in the lists above and their American forms (a reworded-149 document prints one or the other).
AMERICAN_149 = {
    "neighbour": "neighbor",
    "counsellors": "counselors",
    "offences": "offenses",
    "behaviour": "behavior",
    "modelling": "modeling",
}


#: Group headings a site prints between the items of a long list (the first above them, the second halfway).
_SECTIONS = (
    ("General conduct", "Content and the law"),
    ("Behaviour", "Practical matters"),
    ("Community standards", "Moderation"),
    ("The basics", "The small print"),
    ("What we expect", "How we moderate"),
)
_DATES = ("12 May 2024", "3 March 2025", "30 September 2023", "June 2025", "August 14, 2024", "January 9, 2025")
_ADOPTED = (
    "Adopted by the committee, {d}",
    "Last reviewed: {d}",
    "Approved at the general meeting of {d}.",
    "Updated {d}",
    "(Rev. {d})",
)

#: "Must not" lists: a lead-in, then clauses each ending in a semicolon, the last in a stop.
_LEAD_INS = (
    "Please do not post anything that:",
    "Do not send any {c} which:",
    "We will remove any {c} that:",
    "Members must not post material that:",
)
_CLAUSES = (
    "is defamatory or knowingly untrue",
    "is obscene, threatening or abusive",
    "invades another person's privacy",
    "infringes anyone's copyright",
    "advertises goods or services",
    "promotes unproven treatments",
    "could prejudice legal proceedings",
    "impersonates another person",
)
_CLAUSE_MARKS = ("•", "-", "({a})", "({r})", "{a})")

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_ROMAN += ("xviii", "xix", "xx")
#: Marker shapes, one a site; "" (no marker) is drawn more often than any other.
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
    "{R}.",
    "({r})",
    "•",
    "•",
    "-",
    "*",
    "►",
    "✔",
    "Rule {n}:",
    "{s}.{n}",
)

_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "is"}


def _marker(shape: str, n: int, section: int) -> str:
    return shape.format(n=n, s=section, a="abcdefghijklmnopqrstuvwxyz"[n - 1], r=_ROMAN[n - 1], R=_ROMAN[n - 1].upper())


def _cased(text: str, case: str) -> str:
    if case == "title":
        words = text.split(" ")
        return " ".join(word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words))
    if case == "upper":
        return text.upper()
    if case == "lower":
        return re.sub(r"\bi\b", "I", text.lower())
    return text


def _clauses(rng: random.Random, fill: dict[str, str]) -> tuple[str, ...]:
    """A lead-in and three to six clauses, each a part, marked alike; "or" before the last now and then."""
    chosen = rng.sample(_CLAUSES, rng.randint(3, 6))
    shape = rng.choice(_CLAUSE_MARKS)
    with_or = rng.random() < 0.5
    parts = [rng.choice(_LEAD_INS).format(**fill)]
    for n, clause in enumerate(chosen, 1):
        end = "." if n == len(chosen) else "; or" if with_or and n == len(chosen) - 1 else ";"
        parts.append(_marker(shape, n, 0) + " " + clause + end)
    return tuple(parts)


def _items_149(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-149 policy: the site's word for what readers send (a quarter of sites never say "comment", and
    their titles, openings and closings do not either); two to four items (0.25) or six to all seventeen, in the
    table's order (0.5) or drawn; one to three sentences an item (up to the site's own most), as parts of their own
    or run into one; headings in sentence case, Title Case, capitals or lower case, on a part of their own (with a
    stop, a colon or nothing, and underlined by a part of dashes or equals signs now and then) or run in before a
    colon, a stop or a dash, or none for the whole policy (0.12); question-and-answer sites (0.08) print each item's
    question heading after "Q:" and its sentences after "A:"; a marker of one shape for the site (numbers, letters,
    roman numerals, handbook clause numbers, "Rule n:", bullets of several kinds, or none); now and then a "must
    not" list (a lead-in and its clauses, each a part) among the items, group headings in a long list, and a line
    saying when the rules were adopted or reviewed; then the opening, closing and title lines and the spellings by
    ``_furnish``."""
    never = rng.random() < 0.25  # this site never says "comment"
    c, cs = rng.choice(WORDS_149[1:]) if never else WORDS_149[0]
    fill = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_149))
    indices = rng.sample(range(len(REWORDINGS_149)), count)
    if rng.random() < 0.5:
        indices.sort()
    most = rng.choice((1, 1, 2, 2, 3))  # the most sentences this site gives an item
    run_together = rng.random() < 0.35  # an item's sentences printed as one part
    bare = rng.random() < 0.12  # no headings at all
    faq = not bare and rng.random() < 0.08  # "Q: ...?" then "A: ..."
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    placing = "own" if faq else rng.choice(("own", "own", "run"))
    own_stop = rng.choice(("", "", ".", ":"))
    run_stop = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    underline = rng.choice("-=") if placing == "own" and not faq and rng.random() < 0.08 else ""
    shape = rng.choice(_MARKERS)
    section = rng.randint(2, 9)  # the handbook's section, for "{s}.{n}" markers
    if shape.startswith("Rule") and run_stop in (": ", ". "):  # "Rule 3: Be civil – ..." rather than a second colon
        run_stop = " – "

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(indices, 1):
        headings, sentences = REWORDINGS_149[index]
        said = [s.format(**fill) for s in rng.sample(sentences, rng.randint(1, most))]
        body = [" ".join(said)] if run_together else said
        if faq:
            heading = "Q: " + rng.choice([h for h in headings if h.endswith("?")]).format(**fill)
            body[0] = "A: " + body[0]
        else:
            heading = "" if bare else _cased(rng.choice(headings).format(**fill), case)
        if heading and placing == "run":
            joint = " " if heading[-1] == "?" and run_stop in (": ", ". ") else run_stop
            body[0] = heading + joint + body[0]
            heading = ""
        elif heading and heading[-1] != "?" and not faq:
            heading += own_stop
        mark = _marker(shape, n, section) if shape else ""
        if mark:
            if heading:
                heading = mark + " " + heading
            else:
                body[0] = mark + " " + body[0]
        if heading and underline:
            body.insert(0, underline * len(heading))
        items.append((heading, *body))

    if rng.random() < 0.1:
        items.insert(rng.randint(len(items) // 2, len(items)), ("", *_clauses(rng, fill)))
    if count >= 6 and rng.random() < 0.15:
        first, second = rng.choice(_SECTIONS)
        items.insert(len(items) // 2, (_cased(second, case), ""))
        items.insert(0, (_cased(first, case), ""))
    if rng.random() < 0.1:
        items.append(("", rng.choice(_ADOPTED).format(d=rng.choice(_DATES))))

    intros = [line.format(**fill) for line in POLICY_INTROS_149]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_149]
    titles = [line.format(**fill) for line in POLICY_TITLES_149]
    if never:
        intros = [line for line in intros if not _says_comment(line)]
        closings = [line for line in closings if not _says_comment(line)]
        titles = [line for line in titles if not _says_comment(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_149)
