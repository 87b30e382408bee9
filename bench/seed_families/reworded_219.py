"""The ``reworded-219`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cayman and British Virgin Islands news, Scilly Isles papers, Maine lobster-town weeklies, judo
clubs, astronomy societies, eczema parents' forums, mobile-home park residents, ferry-preservation volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure, and one recent module's drawing code, for the shape of a generator)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish, _says_comment

#: Per item kind: heading choices (templates, without their stop) and five sentences (templates). Placeholders:
#: {c} {cs} {C} {Cs} the site's word for what readers send; {area} {Area} where they send it; {site} {Site} the
#: site; {mods} {Mods} who moderates; {topic}, {members}, {law}, {advice}, {emergency}, {welfare}, {contact} as
#: the kind of site words them. Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_219``), and the American kinds of site always do.
REWORDINGS_219 = (
    (  # civility
        (
            "Be civil",
            "Courtesy first",
            "Respect other {members}",
            "Play the ball, not the person",
            "Why does tone matter?",
        ),
        (
            "Disagree by all means, but do it without insulting the person you are replying to.",
            "Personal attacks on other {members}, on {mods} or on anyone else will be removed.",
            "Remember that there is a real person reading every {c} you send.",
            "Sarcasm, name-calling and goading other users into an argument are not welcome here.",
            "Write as you would speak face to face, in front of people you know.",
        ),
    ),
    (  # hatred
        ("No hate speech", "Discrimination", "Hateful content", "Is it prejudice?", "Zero tolerance for bigotry"),
        (
            "We will not publish {cs} that attack people because of their race, nationality, religion, sex, "
            "sexual orientation, disability or age.",
            "Slurs, stereotypes and 'jokes' at the expense of any group are removed without discussion.",
            "Remarks aimed at newcomers, visitors or long-standing residents as a group are treated the same way.",
            "Anyone who posts racist, sexist or homophobic material will be banned straight away.",
            "Criticism of a policy or an organisation is fine; contempt for the people it affects is not.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Protect privacy", "Whose details are they?", "Keep personal details out"),
        (
            "Do not post anyone's address, phone number, email, car registration or place of work, including your own.",
            "Please do not name or identify people who have not already been named in public.",
            "Photos of other people, and particularly of children, must not be shared without their permission.",
            "If you mention someone's health or family circumstances, think about whether it identifies them.",
            "{Mods} will edit out personal details that should not be public, without asking first.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping young people safe",
            "Who do I tell about a welfare concern?",
            "Protecting children",
        ),
        (
            "Never post a child's full name together with their school, club or photograph.",
            "Adults must not send private messages to children or young people; contact goes through a parent or "
            "{welfare}.",
            "If you are worried about the welfare of a child, contact {welfare} rather than posting about it.",
            "Anything that appears to put a child at risk will be removed and may be passed to the authorities.",
            "Do not ask young people for personal details or to meet up away from {site}.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "Moderation times"),
        (
            "Every {c} is read by a person before it goes live, so please allow some time for it to appear.",
            "Moderation is not staffed around the clock, and {cs} sent late at night may wait until morning.",
            "{Cs} sent at weekends and over bank holidays may take longer to approve.",
            "Sending the same {c} twice will not speed things up and may delay it further.",
            "Your first few {cs} will be held for approval; after that they should appear straight away.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "What can I post about?", "Off-topic {cs}"),
        (
            "Please keep {cs} relevant to {topic}.",
            "Threads that drift away from the subject may be moved or closed.",
            "Off-topic {cs} may be removed even when they are otherwise within the rules.",
            "Long-running local disputes do not belong in every unrelated discussion.",
            "This is a place for discussing {topic}; please take other matters elsewhere.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Self-promotion"),
        (
            "Advertising, sales posts and links to commercial sites are not allowed without permission from {mods}.",
            "Repeated links to your own website, shop or social media page will be treated as spam.",
            "Please do not use {area} to promote products, remedies or services, however helpful you believe them "
            "to be.",
            "Chain letters, petitions and fundraising appeals need approval before they are posted.",
            "Accounts that exist only to advertise will be deleted without notice.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Real names", "One person, one account", "Do I have to use my real name?", "Impersonation"),
        (
            "Please register with a valid email address; it will not be shown publicly.",
            "Only one account per person is allowed, and accounts must not be shared.",
            "Do not pretend to be another person, a public figure or one of {mods}.",
            "Usernames that are offensive or that imitate someone else's will be changed or removed.",
            "We ask you to use your real name; anonymous {cs} are less likely to be approved.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it libellous?", "Stay within the law", "Contempt of court"),
        (
            "You are legally responsible for what you post, and {law} applies to {cs} as it does to anything in print.",
            "Do not make allegations against named people or businesses that you cannot prove.",
            "Please say nothing that could prejudice a court case that is still going on.",
            "Do not speculate about the identity of anyone accused of a crime, or of a victim.",
            "We will cooperate with the police and the courts where a {c} may have broken the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Copying and pasting",
            "Can I share a photo I found online?",
            "Images and articles",
        ),
        (
            "Only post photos, text or video that you own or have permission to use.",
            "Please link to articles rather than copying them out in full.",
            "Quote briefly, and say where the quote came from.",
            "By posting, you give {site} permission to publish, edit and reproduce your {c}.",
            "Material that breaches someone else's copyright will be removed as soon as we are made aware of it.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Flagging {cs}",
            "Seen something that breaks the rules?",
            "How do I report a {c}?",
        ),
        (
            "Use the report link beside any {c} that breaks these rules, and {mods} will look at it.",
            "Please do not reply to a {c} you think breaks the rules; report it and move on.",
            "Reports are confidential, and the person you report will not be told who raised it.",
            "If something urgent needs our attention, email {contact}.",
            "Reporting a {c} does not guarantee that it will be removed.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Discretion", "Right to remove", "Why was my {c} removed?", "The final word"),
        (
            "{Mods} may remove, edit or decline any {c} without giving a reason.",
            "Decisions about what is published rest with {mods}, and are final.",
            "We may close a discussion at any time if it is getting out of hand.",
            "Please do not argue about moderation in public; email {contact} if you want to query a decision.",
            "These rules may change from time to time, and the current version always applies.",
        ),
    ),
    (  # corrections and news
        ("Corrections", "Spotted a mistake?", "Got some news?", "Tips and notices", "Errors and updates"),
        (
            "If you believe something we have published is wrong, tell us at {contact} rather than in a {c}.",
            "Corrections are made as quickly as possible and noted at the foot of the page.",
            "Have news or an event you want us to know about? Send it to {contact}.",
            "A {c} is not the place to tell us about an error, as it may not be seen in time.",
            "Tips, photos and notices are always welcome, but are not published automatically.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Keep it clean", "Is swearing allowed?"),
        (
            "Swearing, including words with letters replaced by asterisks, is not allowed.",
            "Please write in English so that everyone, including {mods}, can follow the conversation.",
            "{Cs} written entirely in capital letters are hard to read and may be removed.",
            "Keep it family-friendly: young people read {site} too.",
            "Crude or sexual language will be removed whatever the context.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate, may lead to an immediate ban.",
            "Anyone found opening a new account to get round a ban will be blocked again.",
            "A record of warnings is kept, and repeated minor breaches add up.",
            "Banned users may appeal once, in writing, to {contact}.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Safety first",
            "Not professional advice",
            "Should I rely on what I read here?",
            "Health and safety",
        ),
        (
            "{advice}",
            "If someone is in immediate danger, call {emergency} rather than posting.",
            "Advice in {cs} is the opinion of the person who wrote it, not of {site}.",
            "Do not encourage others to take risks with their health or safety.",
            "Check anything important with a qualified person before acting on it.",
        ),
    ),
)

TITLES_219 = (
    "Community guidelines",
    "House rules",
    "Posting rules",
    "Comment policy",
    "Rules for {area}",
    "Forum rules",
    "Before you post",
    "Guidelines for {cs}",
    "Code of conduct",
    "Terms of participation",
    "Our rules",
    "{Site}: rules of use",
)

INTROS_219 = (
    "Please read these rules before you post.",
    "{Site} welcomes {cs}, provided they follow the guidelines below.",
    "By posting on {site} you agree to the following.",
    "These rules exist to keep {area} friendly and useful for everyone.",
    "We want {area} to be a place where {members} can talk freely and safely.",
    "A few simple rules apply to everyone who takes part.",
)

CLOSINGS_219 = (
    "Thank you for helping to keep {site} a pleasant place to visit.",
    "Questions about these rules? Email {contact}.",
    "{Mods} may amend these guidelines at any time.",
    "Happy posting!",
    "Thanks for reading, and for keeping it civil.",
    "Breaches of these rules can be reported to {contact}.",
)

AMERICAN_219 = {
    "organisation": "organization",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "harbour": "harbor",
    "libellous": "libelous",
    "offence": "offense",
    "colour": "color",
    "favour": "favor",
    "criticise": "criticize",
    "apologise": "apologize",
    "recognise": "recognize",
    "bank holidays": "holidays",
    "car registration": "license plate",
    "practise": "practice",
    "licence": "license",
    "organise": "organize",
    "at weekends": "on weekends",
}

#: Kinds of site: (names for the site, who moderates, where readers write (none saying "comment"), where readers
#: write (saying it), the subject, who may post, the law, advice, the emergency number, who handles a child's
#: welfare, contact addresses, sign-offs, whether the site writes American English).
_KINDS = (
    (  # Cayman and British Virgin Islands news
        ("the Cayman Tradewind", "Island Courier", "the Virgin Islands Sentinel", "BVI Daily Report"),
        ("the editor", "our moderators", "the newsroom", "the editorial team"),
        ("our website", "this site", "the discussion under each story", "the reader forum"),
        ("the comments section", "our comment threads", "the comment boxes"),
        ("the story above", "the article you are responding to", "the news story it sits under"),
        ("readers", "contributors", "fellow readers"),
        (
            "the law of the Cayman Islands",
            "Virgin Islands law",
            "the Computer Misuse and Cybercrime Act",
            "the Information and Communications Technology Act",
        ),
        (
            "Information in {cs} about storms, flights or road closures is not official; follow Hazard Management "
            "Cayman Islands or the Department of Disaster Management.",
            "{Cs} about medical or legal matters are opinion, not professional advice.",
        ),
        ("911", "911 or 999"),
        ("the Department of Children and Family Services", "the Family Support Unit"),
        ("editor@caymantradewind.ky", "letters@islandcourier.ky", "news@visentinel.vg"),
        ("The Editor", "The editorial team", "Management"),
        False,
    ),
    (  # Scilly Isles papers
        ("the Isles of Scilly Chronicle", "the St Mary's Gazette", "Scilly Weekly"),
        ("the editor", "the paper's moderators", "our small team"),
        ("the website", "this site", "the readers' board"),
        ("the comments", "the comment section"),
        ("the story above", "island news and the issue under discussion"),
        ("readers", "islanders and visitors"),
        ("the law of England and Wales", "the law on defamation and contempt of court"),
        (
            "For sailing and flight disruption, check with the operator directly rather than relying on {cs}.",
            "Tide times and weather shared by readers are a guide only; check the official forecast before "
            "crossing between the islands.",
        ),
        ("999", "999 or the Coastguard"),
        ("children's services", "the NSPCC helpline"),
        ("editor@scillychronicle.co.uk", "newsdesk@stmarysgazette.co.uk"),
        ("The Editor", "Editor, Isles of Scilly Chronicle"),
        False,
    ),
    (  # Maine lobster-town weeklies
        ("the Harbor Ledger", "the Cobscook Tide", "the Pemaquid Weekly"),
        ("the editor", "our staff", "the publisher"),
        ("our website", "the online edition", "the reader forum"),
        ("the comments section", "our comment threads"),
        ("the story it is posted under", "the article and the issues it raises"),
        ("readers", "neighbours", "other readers"),
        ("Maine law", "state and federal law", "libel law"),
        (
            "Trap limits, closures and licence rules quoted in {cs} may be out of date; check with the Department "
            "of Marine Resources.",
            "Weather and sea conditions shared by readers are no substitute for the marine forecast and the "
            "harbourmaster.",
        ),
        ("911",),
        ("the Office of Child and Family Services",),
        ("editor@harborledger.com", "news@pemaquidweekly.com"),
        ("The Editor", "The Publisher"),
        True,
    ),
    (  # judo clubs
        ("the club forum", "the Riverside Judo Club message board", "Kestrel Judo Club's site", "the dojo board"),
        ("the committee", "the coaches", "the forum admins", "the club secretary"),
        ("the club forum", "this board", "the members' area", "the club's group"),
        ("the comments", "the comment threads"),
        ("judo, training, gradings, competitions and club life", "the club and its sessions"),
        ("members", "club members", "judoka", "parents and players"),
        ("the law", "British Judo's code of conduct", "UK law"),
        (
            "Never try a throw, hold-down, strangle or armlock you have read about here without a qualified coach "
            "on the mat.",
            "Injuries should be seen by a medical professional; advice from other members is not a substitute.",
        ),
        ("999",),
        ("the club welfare officer", "British Judo's safeguarding team", "the welfare officer"),
        ("welfare@kestreljudo.org.uk", "secretary@riversidejudo.co.uk"),
        ("The Committee", "Club Secretary", "Head Coach and Committee"),
        False,
    ),
    (  # astronomy societies
        ("the society forum", "the Fenland Astronomical Society's board", "the North Downs Astronomy Group forum"),
        ("the committee", "the forum moderators", "the webmaster"),
        ("the forum", "this board", "the members' forum", "the observing reports board"),
        ("the comments", "the comment pages"),
        ("astronomy, observing, equipment and society events", "the night sky and the society's activities"),
        ("members", "observers"),
        ("the law", "UK law"),
        (
            "Never look at the Sun through a telescope, binoculars or camera without a proper, securely fitted "
            "solar filter.",
            "Check advice on second-hand equipment with an experienced member before spending money.",
        ),
        ("999",),
        ("the society's safeguarding officer", "the committee"),
        ("webmaster@fenlandastro.org.uk", "secretary@northdownsastro.org"),
        ("The Committee", "Webmaster", "Clear skies, the Committee"),
        False,
    ),
    (  # eczema parents' forums
        ("the forum", "Itchy Little Ones", "the Eczema Parents Network", "this support group"),
        ("the moderators", "the admin team", "our volunteer moderators"),
        ("the forum", "this group", "the support boards"),
        ("the comments", "the comment threads"),
        ("caring for children with eczema and the things that help", "eczema, skin care and family life"),
        ("parents", "members", "carers"),
        ("the law", "UK law"),
        (
            "Nothing here replaces advice from your GP, health visitor, dermatologist or pharmacist.",
            "Never stop or change a prescribed treatment because of something you read on the forum.",
            "Emollients soaked into clothing and bedding can catch fire easily; keep children away from naked flames.",
        ),
        ("999 or NHS 111", "999"),
        ("the moderators", "children's services"),
        ("admin@itchylittleones.org.uk", "moderators@eczemaparents.net"),
        ("The Admin Team", "Mods"),
        False,
    ),
    (  # mobile-home park residents
        ("the Pine Ridge residents' board", "the Lakeview Estates residents' forum", "the homeowners' site"),
        ("the board", "the residents' association", "the site admins"),
        ("the board", "the residents' forum", "this group"),
        ("the comments", "comment threads"),
        ("park matters, events and neighbourly help", "life in the park and residents' concerns"),
        ("residents", "homeowners", "neighbours"),
        ("state law", "the law"),
        (
            "Gas leaks, downed lines and sewer backups go to the park office or the utility company, not the board.",
            "Questions about lot rent or your lease should go to the park office or a legal aid service.",
        ),
        ("911",),
        ("child protective services",),
        ("board@pineridgeresidents.org", "residents@lakeviewestates.net"),
        ("Residents' Association Board", "The Board"),
        True,
    ),
    (  # ferry-preservation volunteers
        ("the Trust forum", "the volunteers' board", "the Kyles Ferry Preservation Trust site", "the friends' forum"),
        ("the trustees", "the volunteer coordinator", "the forum admins"),
        ("the volunteers' board", "the forum", "this group"),
        ("the comments", "the comment section"),
        ("the restoration, working parties, sailings and the ship's history", "the vessel and the Trust's work"),
        ("volunteers", "members", "supporters", "crew and volunteers"),
        ("the law", "UK law"),
        (
            "Nobody goes aboard or onto the slipway outside organised working parties, and never before a site "
            "induction.",
            "Technical advice here is informal; all work on the vessel follows the Trust's method statements.",
        ),
        ("999", "999 or the Coastguard"),
        ("the Trust's safeguarding lead", "the volunteer coordinator"),
        ("volunteers@kylesferrytrust.org.uk", "trustees@mveilean.org.uk"),
        ("The Trustees", "Volunteer Coordinator"),
        False,
    ),
)

_WORDS_COMMENT = (("comment", "comments"),) * 8 + (("post", "posts"), ("reply", "replies"))
_WORDS = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes, {n} a number, {a} a letter, {r} a roman numeral, {R} one in capitals; "" for none.
_SHAPES = (
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "*",
    "-",
    "–",
    "Rule {n}:",
    "Rule {n} –",
)
#: An opening line that says "comment", for a site that means to and whose items do not.
_SAY_LINES = (
    "Comments are welcome, within the rules below.",
    "All comments are moderated against these rules.",
    "Commenting on {site} is a privilege, not a right.",
    "Every comment must follow these guidelines.",
    "Before commenting, please read the following.",
)
_DATED = ("Last updated", "Updated", "Reviewed", "Adopted by the committee", "Agreed at the AGM")
_MONTHS = ("January", "February", "April", "May", "July", "September", "November")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w.lower() in _SMALL else _cap(w) for i, w in enumerate(words))
    return heading


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return shape.format(n=n, a=letter, A=letter.upper(), r=_ROMAN[n - 1], R=_ROMAN[n - 1].upper())


def _items_219(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-219 policy. Draws a kind of site and whether it means to say "comment" (0.75; else its word for what
    readers send and where never does, nor its title, opening or closing); two to five items (0.3) or six to all
    sixteen, in the table's order (0.5) or drawn; one to three sentences an item, run into one part now and then
    (per site, 0.25); per site a heading case, a placing of headings (none, on their own part with or without a
    stop, run in before a colon, stop or dash, or as questions and answers where a kind has a question), headings
    in double asterisks now and then (0.1), an item now and then without its heading, a marker shape or none (a
    marker now and then a part of its own), sentences under a heading now and then bulleted; now and then a
    contact line, a dated line or a sign-off; an opening line saying "comment" (0.6) when a site means to and its
    items do not; American spelling always for the American kinds; then ``_furnish``."""
    kind = rng.choice(_KINDS)
    sites, mods, areas, comment_areas, topics, members, laws, advice, emergency, welfare = kind[:10]
    contacts, signoffs, american = kind[10:]
    says = rng.random() < 0.75
    c, cs = rng.choice(_WORDS_COMMENT if says else _WORDS)
    area = rng.choice(comment_areas if says and c != "comment" else areas + comment_areas if says else areas)
    site, mod = rng.choice(sites), rng.choice(mods)
    words = {
        "c": c,
        "cs": cs,
        "C": _cap(c),
        "Cs": _cap(cs),
        "area": area,
        "Area": _cap(area),
        "site": site,
        "Site": _cap(site),
        "mods": mod,
        "Mods": _cap(mod),
        "topic": rng.choice(topics),
        "members": rng.choice(members),
        "law": rng.choice(laws),
        "emergency": rng.choice(emergency),
        "welfare": rng.choice(welfare),
        "contact": contacts[sites.index(site) % len(contacts)],
    }
    words["advice"] = rng.choice(advice).format(**words)

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_219))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_219[i] for i in sorted(rng.sample(range(len(REWORDINGS_219)), count))]
    else:
        chosen = rng.sample(REWORDINGS_219, count)
    case = rng.choice(("sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("none", "own", "own", "run", "run", "run", "faq"))
    stop = rng.choice(("", "", ".", ":")) if placing == "own" else rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    qa = placing == "faq" and rng.random() < 0.5  # the site prints "Q:" and "A:"
    bold = placing != "none" and rng.random() < 0.1
    joined = rng.random() < 0.25  # an item's sentences in one paragraph
    shape = rng.choice(_SHAPES)
    alone = bool(shape) and placing in ("own", "faq") and rng.random() < 0.15
    bullet = rng.choice(("- ", "• ", "* ")) if placing == "own" and not joined and rng.random() < 0.12 else ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        if joined:
            parts = [" ".join(parts)]
        marker = _marker(shape, n)
        heading = ""
        own = placing == "own"
        if placing == "faq":
            questions = [h for h in headings if h.endswith("?")]
            if questions:
                heading, own = fill(rng.choice(questions)), True
                if qa:
                    heading, parts[0] = "Q: " + heading, "A: " + parts[0]
            elif rng.random() >= 0.5:
                heading = _cased(fill(rng.choice(headings)), case)
        elif placing != "none" and rng.random() >= 0.08:
            heading = _cased(fill(rng.choice(headings)), case)
        if heading and own:
            head = heading if heading.endswith("?") or placing == "faq" else heading + stop
            if bold:
                head = f"**{head}**"
            parts = [bullet + part for part in parts]
            if alone:
                items.append((marker, head, *parts))
                continue
            items.append((f"{marker} {head}" if marker else head, *parts))
            continue
        if heading:
            joint = " " if heading.endswith("?") else stop
            if bold and joint.strip() in ("", ":", "."):
                joint = f"{joint.rstrip()}** "
                heading = "**" + heading
            elif bold:
                heading = f"**{heading}**"
            parts[0] = heading + joint + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))
    if rng.random() < 0.12:
        items.append(
            ("", rng.choice(("Contact: ", "Email: ", "Questions? ", "Moderation queries: ")) + words["contact"])
        )
    if rng.random() < 0.15:
        when = f"{rng.choice(_MONTHS)} {rng.randint(2018, 2026)}"
        dated = rng.choice(_DATED if mods[0] != "the editor" else _DATED[:3])  # news sites hold no AGM
        items.append(("", f"{dated}: {when}" if rng.random() < 0.5 else f"{dated} {when}."))
    if rng.random() < 0.12:
        items.append(("", rng.choice(("", "— ", "- ")) + rng.choice(signoffs)))
    if says and not _says_comment(*(part for item in items for part in item)) and rng.random() < 0.6:
        items.insert(0, ("", fill(rng.choice(_SAY_LINES))))
    titles = [fill(t) for t in TITLES_219]
    intros = [fill(t) for t in INTROS_219]
    closings = [fill(t) for t in CLOSINGS_219]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    if american:
        items = [tuple(_american_with(AMERICAN_219, part) for part in item) for item in items]
        titles, intros, closings = (
            [_american_with(AMERICAN_219, t) for t in lines] for lines in (titles, intros, closings)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_219)
