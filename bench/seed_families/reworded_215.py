"""The ``reworded-215`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Helena and Falklands camp news, Northumberland village bulletins, Wyoming oil-town weeklies,
fencing clubs, choral societies, epilepsy carers' forums, allotment associations, canal-boat heritage trusts.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure, and the top-level names of ``reworded-212``'s)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish, _says_comment

#: Per item kind: heading choices (templates, without their stop; "" for an item printed without one) and five
#: sentences (templates). Placeholders: {c} {cs} {C} {Cs} the site's word for what readers send; {site} {Site} the
#: site; {mods} {Mods} who moderates; {area} where readers write; {topic}, {members}, {law}, {advice}, {emergency},
#: {welfare}, {hazard} as the kind of site words them. Written in British spelling; a document may print it in
#: American spelling (``AMERICAN_215``), and a Wyoming weekly always does.
REWORDINGS_215 = (
    (  # civility
        (
            "Be courteous",
            "Keep it civil",
            "Respect other {members}",
            "Play the ball, not the player",
            "Can I disagree?",
        ),
        (
            "Disagree by all means, but do it politely and without personal remarks.",
            "Remember that in a small community the person you are answering is probably someone you know.",
            "Name-calling, sneering and repeated sniping at the same person will not be tolerated.",
            "Criticise ideas and decisions, not the people who make them.",
            "Please keep your {cs} courteous, even when you feel strongly.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Equality and respect",
            "Zero tolerance of prejudice",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexuality, age or disability will be"
            " removed.",
            "We do not tolerate racism, sexism, homophobia or any other form of prejudice.",
            "Jokes that rely on stereotypes about incomers, visitors or any other group are not welcome.",
            "Stirring up hatred is a criminal offence, and serious cases will be passed to the police.",
            "Everyone is welcome here, whatever their background, and {cs} suggesting otherwise will be deleted.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal details",
            "Keep private things private",
            "Can I name people?",
            "Personal information",
            "",
        ),
        (
            "Do not post addresses, phone numbers, car registrations or email addresses, yours or anyone else's.",
            "Please do not name or photograph private individuals without their permission.",
            "Remember that {area} can be read by anyone, not just {members}.",
            "Do not share details of another person's health, family or finances without their consent.",
            "If you post a photograph, make sure everyone in it is happy to appear online.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping children safe",
            "Protecting young people",
            "Worried about someone?",
        ),
        (
            "Never post the name, school or photograph of a child without a parent's written consent.",
            "If you are worried about the welfare of a child or vulnerable adult, contact {welfare} rather than"
            " posting about it here.",
            "Private messaging between adults and junior members is not allowed.",
            "{Cs} that could put a child or vulnerable person at risk will be removed and may be reported.",
            "Anyone under 16 must have a parent's or guardian's permission to take part.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "How we check {cs}",
            "Where is my {c}?",
        ),
        (
            "Every {c} is read by {mods} before it appears, which can take a day or two.",
            "{Mods} are volunteers, so {cs} sent at weekends may not appear until Monday.",
            "Your first few {cs} will be held for approval; after that they will appear straight away.",
            "Our connection is slow and the team is small, so please allow a few days for your {c} to appear.",
            "Please do not send the same {c} twice if it does not appear at once.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "What can I post about?",
            "Off-topic {cs}",
        ),
        (
            "This is a place for {topic}; please keep your {cs} to that.",
            "Off-topic {cs} may be moved, shortened or removed.",
            "Please start a new thread for a new subject rather than adding it to the end of an old one.",
            "National politics, religion and other hot topics are best discussed elsewhere.",
            "Keep your {c} relevant to the item it is posted under.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise?",
            "Links",
            "",
        ),
        (
            "Commercial advertising is not allowed; items for sale or wanted belong in the small ads.",
            "Spam, chain letters and repeated links will be deleted without notice.",
            "Please ask {mods} before promoting an event, business or fundraiser.",
            "Links to other websites are allowed only where they add something useful.",
            "Anyone posting advertising will have their account removed.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Accounts",
            "Who can post?",
            "Your username",
            "One person, one account",
        ),
        (
            "Please post under your own name; anonymous {cs} will not be published.",
            "Only one account per person is allowed, and accounts must not be shared.",
            "Usernames must not be offensive or impersonate another person or organisation.",
            "We need a valid email address, although it will never be shown on the site.",
            "Posting is open to registered {members} only.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The law",
            "Libel and contempt",
            "Could I get into trouble?",
            "Legal responsibility",
        ),
        (
            "You are responsible for what you post, and it must comply with {law}.",
            "Do not make allegations about named people that you cannot prove.",
            "Do not discuss court cases that are still in progress, or speculate about anyone's guilt.",
            "Anything that may be unlawful will be removed and could be passed to the authorities.",
            "The laws on libel apply online just as they do in print.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share an article?",
            "Give credit",
            "Using material",
        ),
        (
            "Only post photographs and text that you own or have permission to use.",
            "Please do not paste whole articles from other sources; a short extract and a link is enough.",
            "By posting, you allow {site} to publish your {c} in print and online.",
            "Sheet music, recordings and photographs are usually someone's copyright, so check before sharing.",
            "Credit the photographer or author whenever you use their work.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report a {c}",
            "Seen something wrong?",
            "How do I report something?",
            "Flagging",
        ),
        (
            "If you see anything that breaks these rules, use the Report link or email {mods}.",
            "Please report problems rather than replying to them; arguing back only makes things worse.",
            "Reports are treated in confidence, and nobody will be told who raised them.",
            "We aim to look at every report within 48 hours.",
            "Tell {mods} which {c} you mean and why it concerns you.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "Final say",
            "Can you remove my {c} without telling me?",
            "The right to edit",
            "",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean that {site} agrees with it.",
            "Views expressed are those of the individual and not of {site}.",
            "We reserve the right to close a discussion at any time.",
            "Decisions on what is published rest with {mods} and are final.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Putting things right",
        ),
        (
            "If we have got something wrong, please tell {mods} directly so it can be put right quickly.",
            "Corrections are better sent privately than posted for everyone to read.",
            "News, photographs and dates for the diary should be sent to {mods}, not posted here.",
            "We are always glad to hear about events, results and achievements.",
            "If a report about you is inaccurate, contact {mods} and we will look at it promptly.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write clearly",
            "Is swearing allowed?",
        ),
        (
            "Please avoid swearing, including words with letters replaced by asterisks.",
            "Typing in capital letters reads as shouting; please don't.",
            "Write in plain English so that everyone can follow.",
            "Crude or sexual language is not appropriate, as younger {members} use {area} too.",
            "Text-speak and long strings of emojis make {cs} hard to read.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach will usually earn a friendly warning; repeated breaches may lead to suspension.",
            "We operate a three-strikes policy, after which posting rights are withdrawn.",
            "Serious breaches, such as threats or harassment, will lead to an immediate ban.",
            "Anyone banned who rejoins under another name will be removed again.",
            "Anyone suspended may appeal in writing to {mods}.",
        ),
    ),
    (  # safety and advice
        (
            "Not professional advice",
            "Safety first",
            "Taking advice",
            "In an emergency",
            "Is the advice here reliable?",
        ),
        (
            "Information shared here is no substitute for {advice}.",
            "In an emergency, call {emergency}; do not post here and wait for a reply.",
            "{Members} share their own experience, so check before acting on anything you read.",
            "Never encourage anyone to take risks with {hazard}.",
            "If someone is in danger, contact the emergency services first and post later.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (templates, as the items').
TITLES_215 = (
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules for {area}",
    "Guidelines for {cs}",
    "Online code of conduct",
    "Before you post",
    "Netiquette",
    "{C} policy",
    "Using {area}",
)


INTROS_215 = (
    "{Site} welcomes {cs} from {members}, provided they follow a few simple rules.",
    "Please read the following before you post.",
    "These guidelines were agreed by {mods} and apply to everyone using {area}.",
    "We want {area} to be friendly and useful for everyone.",
    "By posting you agree to the rules below.",
)


CLOSINGS_215 = (
    "Thank you for helping to keep {area} a friendly place.",
    "Any questions? Please contact {mods}.",
    "These rules may be updated from time to time.",
    "Happy posting!",
    "Thank you for your co-operation.",
)


#: British spellings in the lists above and their American forms (a reworded-215 document prints one or the other).
AMERICAN_215 = {
    "organisation": "organization",
    "criticise": "criticize",
    "offence": "offense",
    "armourer": "armorer",
    "programme": "program",
    "co-operation": "cooperation",
    "neighbour": "neighbor",
    "behaviour": "behavior",
}


#: Kinds of site: names for the site, who moderates, where readers write, the subject, who reads and posts, the
#: law, advice, the emergency number, whom to tell of a worry, risks, sign-offs, words for what readers send
#: (saying "comment" or not: a quarter of sites never do), and whether the site prints American spelling.
_KINDS = (
    {  # Saint Helena and Falklands camp news
        "site": ("the paper", "the Camp Courier", "the Island Bulletin", "Camp Talk"),
        "mods": ("the editor", "the news desk", "our small team"),
        "area": ("the website", "our Facebook page", "the readers' forum"),
        "topic": ("island and Camp news", "news from Stanley and Camp", "news from Jamestown and the island"),
        "members": ("readers",),
        "law": ("the laws of the Falkland Islands", "St Helena law"),
        "advice": ("advice from the relevant Government department",),
        "emergency": ("999",),
        "welfare": ("the police", "Social Services"),
        "hazard": ("the weather, the sea or the roads in Camp", "the weather, the sea or the island's roads"),
        "signoff": ("The Editor", "The news team"),
        "words": (("letter", "letters"), ("post", "posts"), ("message", "messages")),
        "american": False,
    },
    {  # Northumberland village bulletins
        "site": ("the Bulletin", "the village bulletin", "the Bugle", "the Parish News"),
        "mods": ("the bulletin team", "the editors", "the parish clerk"),
        "area": ("the village website", "the online noticeboard", "the bulletin's Facebook group"),
        "topic": ("village life and local matters", "what is happening in and around the village"),
        "members": ("residents", "readers"),
        "law": ("the law of England and Wales", "UK law"),
        "advice": ("advice from the parish council or the proper authority",),
        "emergency": ("999",),
        "welfare": ("the police", "the county council's safeguarding team"),
        "hazard": ("the fells, the rivers or the roads",),
        "signoff": ("The Bulletin Team", "Eds."),
        "words": (("letter", "letters"), ("post", "posts"), ("message", "messages")),
        "american": False,
    },
    {  # Wyoming oil-town weeklies
        "site": ("the paper", "the Basin Weekly", "the Derrick", "the Prairie Ledger"),
        "mods": ("our staff", "the newsroom", "the editor"),
        "area": ("our website", "our Facebook page", "the online edition"),
        "topic": ("local news and the story at hand", "news from the county and the oil patch"),
        "members": ("readers",),
        "law": ("Wyoming and federal law",),
        "advice": ("advice from a licensed professional",),
        "emergency": ("911",),
        "welfare": ("law enforcement", "the Department of Family Services"),
        "hazard": ("wildlife, the roads or the oilfield", "winter roads, wildlife or the rigs"),
        "signoff": ("- The Editor", "The staff"),
        "words": (("post", "posts"), ("reply", "replies")),
        "american": True,
    },
    {  # fencing clubs
        "site": ("the club", "the committee", "the salle"),
        "mods": ("the committee", "the club secretary", "the forum admins"),
        "area": ("the club forum", "the members' board", "the club's group chat"),
        "topic": ("fencing, training and club matters", "fencing, competitions and the club"),
        "members": ("fencers, parents and coaches", "members"),
        "law": ("UK law", "the law"),
        "advice": ("advice from a qualified coach or the club armourer",),
        "emergency": ("999",),
        "welfare": ("the club Welfare Officer", "the Welfare Officer"),
        "hazard": ("kit, blades or safety", "damaged blades or worn kit"),
        "signoff": ("The Committee", "Club Secretary"),
        "words": (("post", "posts"), ("message", "messages")),
        "american": False,
    },
    {  # choral societies
        "site": ("the Society", "the choir", "the chorus"),
        "mods": ("the committee", "the webmaster", "the membership secretary"),
        "area": ("the members' forum", "the Society's website", "the singers' noticeboard"),
        "topic": ("the choir, its rehearsals and concerts", "rehearsals, concerts and the concert programme"),
        "members": ("singers and supporters", "members"),
        "law": ("the law",),
        "advice": ("advice from a qualified singing teacher or your doctor",),
        "emergency": ("999",),
        "welfare": ("the Safeguarding Officer", "the Society's safeguarding lead"),
        "hazard": ("their health or their voice",),
        "signoff": ("The Committee", "Webmaster"),
        "words": (("message", "messages"), ("post", "posts")),
        "american": False,
    },
    {  # epilepsy carers' forums
        "site": ("the forum", "this forum", "the community"),
        "mods": ("the moderators", "our volunteer moderators", "the forum team"),
        "area": ("the forum", "the boards", "the community"),
        "topic": ("caring for someone with epilepsy", "living with and caring for someone with epilepsy"),
        "members": ("carers and families", "members"),
        "law": ("the law",),
        "advice": ("advice from a GP, epilepsy nurse or neurologist", "proper medical advice"),
        "emergency": ("999",),
        "welfare": ("the moderators", "the helpline"),
        "hazard": ("medication, seizures or safety", "changing medication without medical advice"),
        "signoff": ("The Forum Team", "The moderators"),
        "words": (("post", "posts"), ("reply", "replies")),
        "american": False,
    },
    {  # allotment associations
        "site": ("the Association", "the allotment association", "the Society"),
        "mods": ("the committee", "the site secretary", "the site reps"),
        "area": ("the members' noticeboard", "the website", "the association's Facebook group"),
        "topic": ("the plots, growing and the site", "growing, the plots and Association business"),
        "members": ("plot-holders", "members"),
        "law": ("the law",),
        "advice": ("advice from the committee, or the label on the product",),
        "emergency": ("999",),
        "welfare": ("a committee member", "the committee"),
        "hazard": ("chemicals, tools or bonfires", "weedkillers, strimmers or bonfires"),
        "signoff": ("The Committee", "Hon. Secretary"),
        "words": (("post", "posts"), ("message", "messages")),
        "american": False,
    },
    {  # canal-boat heritage trusts
        "site": ("the Trust", "the Society", "the Friends of the Trust"),
        "mods": ("the trustees", "the volunteer moderators", "the web team"),
        "area": ("the Friends' forum", "the Trust's website", "the guestbook"),
        "topic": ("historic boats, the canals and the Trust's work", "the boats, the cut and the Trust"),
        "members": ("Friends and volunteers", "members"),
        "law": ("the law",),
        "advice": ("advice from a qualified boat surveyor or the navigation authority",),
        "emergency": ("999",),
        "welfare": ("the Trust's safeguarding lead", "the volunteer coordinator"),
        "hazard": ("locks, boats or deep water", "working locks or boats alone"),
        "signoff": ("The Trustees", "Web team"),
        "words": (("contribution", "contributions"), ("post", "posts"), ("message", "messages")),
        "american": False,
    },
)

#: A line a site that calls them something else prints to say the rules cover comments too.
_ALSO = (
    "These rules apply to comments, {cs} and anything else you send us.",
    "The same rules cover comments on stories and {cs} elsewhere on the site.",
    "Comments and {cs} are welcome, within the rules below.",
)
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes: {n} a number, {a} {A} a letter, {r} {R} a roman numeral, {s} a section number.
_SHAPES = (
    "",
    "",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "Rule {n}:",
    "Rule {n} -",
    "Rule #{n}",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "{s}.{n}",
    "{s}.{n}.",
    "\u2022",
    "\u2022",
    "\u00b7",
    "-",
    "*",
    "\u2013",
    "\u2713",
)
_MONTHS = ("January", "February", "April", "May", "July", "August", "September", "November")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower().replace("can i ", "can I ").replace(" i ", " I ")
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
        )
    return heading


def _marker(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _ROMAN[(n - 1) % len(_ROMAN)]
    return shape.format(n=n, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _items_215(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-215 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws, in this order: a kind of site and its words (the site, who moderates, where readers write, the subject,
    ...); what the site calls what readers send: a quarter of sites never say "comment" (a word of the kind's, and
    no line saying "comment"), the rest "comment" (0.85) or the kind's word with a first line saying the rules cover
    comments too; how many items: two to five (0.25) or six to all sixteen, in the table's order (0.4) or drawn; the
    most sentences an item has (one to three), and whether an item's sentences print as one paragraph part (0.3) or
    each its own part, lettered "(a)" "(b)" when there are several (0.1); headings: none for the whole policy
    (0.15), a question-and-answer page ("Q:" before a question heading, "A:" before its first sentence: 0.1), or a
    case for the site (as written, title case, capitals, lower case), on a part of their own (0.45: nothing, a colon
    or a stop after them) or run in before the first sentence (a colon, a stop, a dash or an en or em dash; a
    question keeps its mark); a marker shape (numbered, ruled, lettered, roman, sectioned, bulleted, ticked or
    none), on its own part now and then (0.1); a "Last updated" line (0.15) and a sign-off of the kind's as a
    closing line; then ``_furnish``. A Wyoming weekly prints American spelling throughout."""
    kind = rng.choice(_KINDS)
    words = {key: rng.choice(kind[key]) for key in kind if key not in ("words", "american", "signoff")}
    plain = rng.random() < 0.25  # the site never says "comment"
    if plain:
        word, words_ = rng.choice(kind["words"])
    elif rng.random() < 0.85:
        word, words_ = "comment", "comments"
    else:  # the kind's word, and "comment" said elsewhere
        word, words_ = rng.choice(kind["words"])
        words["area"] = rng.choice(("the comments section", "the comments below", kind["area"][0]))
    words.update(c=word, cs=words_, C=_cap(word), Cs=_cap(words_), Site=_cap(words["site"]))
    words.update(Mods=_cap(words["mods"]), Members=_cap(words["members"]))

    def fill(template: str) -> str:
        text = template.format_map(words)
        return _american_with(AMERICAN_215, text) if kind["american"] else text

    if rng.random() < 0.25:
        chosen = rng.sample(REWORDINGS_215, rng.randint(2, 5))
    else:
        chosen = rng.sample(REWORDINGS_215, rng.randint(6, len(REWORDINGS_215)))
    if rng.random() < 0.4:
        chosen.sort(key=REWORDINGS_215.index)
    most = rng.choice((1, 1, 2, 2, 2, 3))
    paragraph = rng.random() < 0.3
    lettered = not paragraph and most > 1 and rng.random() < 0.1
    bare = rng.random() < 0.15
    faq = not bare and rng.random() < 0.1
    case = rng.choice(("as", "as", "as", "title", "title", "upper", "lower"))
    own_part = rng.random() < 0.45
    stop = rng.choice(("", "", ":", ".")) if own_part else rng.choice((":", ":", ".", " -", " \u2013", " \u2014"))
    shape = rng.choice(_SHAPES)
    if shape.endswith(":") and stop == ":":
        stop = " \u2013"
    marker_alone = bool(shape) and rng.random() < 0.1
    section = rng.randint(2, 12)
    qa = rng.choice((("Q:", "A:"), ("Q.", "A."), ("Q:", "A:")))

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = rng.sample(range(len(sentences)), rng.randint(1, most))
        if rng.random() < 0.5:
            picked.sort()
        lines = [fill(sentences[i]) for i in picked]
        if lettered and len(lines) > 1:
            lines = [f"({'abc'[i]}) {line}" for i, line in enumerate(lines)]
        if paragraph:
            lines = [" ".join(lines)]
        if bare:
            heading = ""
        elif faq:
            questions = [h for h in headings if h.endswith("?")] or [h for h in headings if h]
            heading = f"{qa[0]} {fill(rng.choice(questions))}"
            lines[0] = f"{qa[1]} {lines[0]}"
        else:
            heading = _cased(fill(rng.choice(headings)), case)
            if heading and not heading.endswith("?"):
                heading += stop
        marker = _marker(shape, n, section)
        if heading and not own_part and not faq:
            lines[0] = f"{heading} {lines[0]}"
            heading = ""
        if marker and not marker_alone:
            if heading:
                heading = f"{marker} {heading}"
            else:
                lines[0] = f"{marker} {lines[0]}"
        item = (heading, *lines)
        if marker and marker_alone:
            item = (marker, *item)
        items.append(item)
    if not plain and word != "comment":
        items.insert(0, ("", fill(rng.choice(_ALSO))))
    if rng.random() < 0.15:
        updated = rng.choice(("Last updated: {m} {y}", "Updated {m} {y}", "(Reviewed {m} {y})"))
        items.append(("", updated.format(m=rng.choice(_MONTHS), y=rng.choice((2024, 2025, 2026)))))

    intros = [fill(line) for line in INTROS_215]
    closings = [fill(line) for line in CLOSINGS_215] + list(kind["signoff"])
    titles = [fill(line) for line in TITLES_215]
    if plain:
        intros, closings, titles = (
            [line for line in lines if not _says_comment(line)] for lines in (intros, closings, titles)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_215)
