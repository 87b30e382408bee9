"""The ``reworded-213`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands and Niue English news, Shetland crofting bulletins, Montana ranch-country weeklies,
orienteering clubs, stamp-collecting societies, migraine forums, co-housing boards, lighthouse keepers' heritage
friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module was read, for its
structure)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish

#: Per item kind: heading choices (templates, without their stop) and five sentences (templates), each able to
#: stand alone. Placeholders: {c} {cs} {C} {Cs} the site's word for what readers send; {site} {Site} the site;
#: {area} {Area} where readers write; {mods} {Mods} who moderates; {members}, {topic}, {law}, {tongue}, {contact},
#: {patch}, {advice}, {emergency} as the kind of site words them. Written in British spelling; a document may print
#: it in American spelling (``AMERICAN_213``), and a Montana weekly always does.
REWORDINGS_213 = (
    (  # civility
        (
            "Be courteous",
            "Play the ball, not the player",
            "Keep it civil",
            "Respect other {members}",
            "Can I disagree?",
            "Mind your manners",
        ),
        (
            "Disagree by all means, but do it without insulting anyone.",
            "Personal attacks on other {members}, our writers or the people in a story will be removed.",
            "Write as you would speak to a neighbour at the shop or in the hall.",
            "Sneering, name-calling and goading people into an argument are not welcome here.",
            "Criticise an idea as firmly as you like, but leave the person who holds it alone.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Hate speech and prejudice",
            "Is anything off limits?",
            "Respect for everyone",
            "Racism and bigotry",
        ),
        (
            "{Cs} attacking anyone for their race, religion, nationality, sex, sexuality, disability or age will be "
            "deleted.",
            "We will not publish material that stirs up hatred against any group or community.",
            "Slurs, stereotypes and 'jokes' aimed at a group of people have no place on {site}.",
            "Hatred of this kind may be an offence under {law}, and serious cases will be reported.",
            "Everyone is welcome here, whoever they are and wherever they come from.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect your privacy",
            "Other people's details",
            "What about addresses and phone numbers?",
        ),
        (
            "Do not post anyone's address, phone number, email or other personal details, including your own.",
            "Please don't name or identify private individuals who have not chosen to take part.",
            "Photographs of other people should only be shared with their permission.",
            "In a small community a few details are enough to identify someone, so think before you share them.",
            "We remove private details as soon as we see them, and may remove the whole {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Children and young people",
            "Safeguarding",
            "Looking after each other",
            "Are under-16s allowed?",
            "Vulnerable people",
            "Keeping young members safe",
        ),
        (
            "You must be 16 or over to register on {site}.",
            "Never share details that could identify a child, including their school, club or where they live.",
            "If you are worried that someone may be at risk of harm, tell {mods} straight away.",
            "Adults must not contact younger {members} privately through the site.",
            "Anything that puts a child or a vulnerable adult at risk will be passed to the authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Please be patient",
            "How moderation works",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take up to 48 hours.",
            "{Mods} are volunteers, so {cs} sent in the evening or at weekends may not appear until the next working "
            "day.",
            "Your first few {cs} will be held for approval; after that they usually appear straight away.",
            "Please don't send the same {c} again if it has not appeared yet, as it is still in the queue.",
            "{Cs} close after seven days, and some pages do not take {cs} at all.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is my {c} on topic?",
            "Stick to the point",
            "Off-topic {cs}",
        ),
        (
            "Please keep {cs} relevant to the article or thread you are replying to.",
            "{Area} is for {topic}, and other subjects belong elsewhere.",
            "Off-topic {cs} may be moved or removed without notice.",
            "Start a new thread rather than taking over someone else's.",
            "Long-running arguments that have nothing to do with the subject will be closed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise?",
            "Commercial messages",
            "Links and adverts",
        ),
        (
            "Do not promote products, services or businesses, whether your own or anyone else's.",
            "Spam, chain letters and repeated links will be deleted and the account closed.",
            "Links are fine if they add to the discussion; links posted only to drive traffic are not.",
            "If you have a business interest in something you are recommending, say so.",
            "Fundraising appeals need the agreement of {mods} before they go up.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Registration",
            "Who can take part?",
            "One person, one account",
            "Identity",
        ),
        (
            "{Cs} must carry your own full name; we do not publish anonymous {cs}.",
            "Only one account per person is allowed, and accounts must not be shared.",
            "Do not pretend to be another person, a member of staff or an organisation.",
            "You are responsible for everything sent from your account, so keep your password safe.",
            "We may ask you to confirm your name and where you live before your account is approved.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "The law",
            "Legal matters",
            "Could I be sued?",
            "Court cases",
        ),
        (
            "You are legally responsible for what you write, and {law} applies here just as it does in print.",
            "Do not make allegations you cannot prove about a named person or business.",
            "Do not discuss the details of a case that is before the courts, or name anyone a court has protected.",
            "Anything that might be defamatory, in contempt of court or otherwise unlawful will be removed.",
            "We will co-operate with the police and the courts if we are lawfully asked to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and images",
            "Other people's work",
            "Can I share a photo?",
            "Quoting and copying",
            "Images and scans",
        ),
        (
            "Only share photographs, scans or text that you own or have permission to use.",
            "Quote a short passage with a link to the source rather than copying out a whole article.",
            "By sharing a picture here you allow {site} to display it, but you keep the copyright.",
            "Scans from catalogues, books and magazines are usually someone else's copyright.",
            "Material that breaches copyright will be taken down as soon as we are told about it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods} and are looked at as soon as possible, and we never say who made them.",
            "Please don't argue with someone who is breaking the rules; report them and move on.",
            "You can also email {contact} if something needs urgent attention.",
            "Reporting a {c} does not mean it will be removed, as we judge each one against these rules.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The editor's decision",
            "Why was my {c} removed?",
            "Moderators' discretion",
            "Our right to edit",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "Publication of a {c} does not mean that {site} agrees with it.",
            "We cannot enter into correspondence about individual moderation decisions.",
            "Where a {c} breaks the rules in one place, we may remove it in full rather than edit it.",
            "These guidelines may be changed at any time, and the latest version is the one that applies.",
        ),
    ),
    (  # corrections and news
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Getting it right",
            "Errors and tip-offs",
        ),
        (
            "If you think we have got something wrong, please email {contact} rather than raising it here.",
            "Corrections are made promptly and noted at the foot of the page.",
            "Have news, a notice or a photograph for {site}? Send it to {contact}.",
            "Errors pointed out in {cs} will be checked, but {cs} are not the place to ask for a correction.",
            "We are always glad to hear from {members} with news from their own {patch}.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Plain English, please",
            "What language can I use?",
            "Write clearly",
        ),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "{Cs} may be written in {tongue}.",
            "Please don't write in capital letters, as it reads as shouting.",
            "Keep {cs} reasonably short, and read them through before you send.",
            "Crude, sexual or threatening language will be removed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
        ),
        (
            "Breaking these rules may lead to a warning, a suspension or a permanent ban.",
            "Most people get a warning first, but serious abuse may lead to an immediate ban.",
            "Anyone who sets up a new account to get round a ban will be banned again without warning.",
            "If you think you have been banned unfairly, write to {contact} and we will review it.",
            "Repeated breaches will see your {cs} held for approval until further notice.",
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Advice",
            "Is this professional advice?",
            "Take care",
            "Health and safety information",
            "A word of caution",
        ),
        (
            "{advice}",
            "Information shared here is given in good faith, but it is no substitute for professional advice.",
            "In an emergency call {emergency} rather than writing here and waiting for a reply.",
            "Always check what you read here against an official source before acting on it.",
            "Do not share anything that could put yourself or others in danger.",
        ),
    ),
)

TITLES_213 = (
    "House rules",
    "{C} policy",
    "{C} guidelines",
    "Community guidelines",
    "Rules for {cs}",
    "Posting guidelines",
    "Before you post",
    "Guidelines for {members}",
    "Our rules",
    "Terms of use for {area}",
    "Code of conduct",
)

INTROS_213 = (
    "{Site} welcomes {cs} from {members}, and asks everyone to follow a few simple rules.",
    "By taking part on {site} you agree to the rules below.",
    "These guidelines help keep {area} friendly, useful and within the law.",
    "Please read the following before you send a {c}.",
    "We want {area} to be a place where everyone feels able to take part.",
    "{Mods} look after {area} on behalf of all {members}.",
)

CLOSINGS_213 = (
    "Thank you for helping to keep {area} a good place to talk.",
    "Questions about these rules can be sent to {contact}.",
    "Last updated {month} {year}.",
    "These rules were last reviewed in {month} {year}.",
    "Thank you for reading, and enjoy {site}.",
)

AMERICAN_213 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "offence": "offense",
    "organisation": "organization",
    "catalogues": "catalogs",
    "recognise": "recognize",
    "behaviour": "behavior",
    "co-operate": "cooperate",
    "get round": "get around",
    "at weekends": "on weekends",
    "adverts": "ads",
    "programme": "program",
    "favour": "favor",
    "colour": "color",
}

#: Kinds of site: each placeholder's choices (a document draws one of each), the words readers' messages go by
#: where the site never says "comment", and sign-off lines.
_KINDS = (
    {  # Cook Islands and Niue English news
        "site": ("the Avarua Tribune", "Niue Star Online", "the Rarotonga Weekly", "the Southern Cooks Courier"),
        "mods": ("the editor", "our newsroom", "the online editor"),
        "area": ("this page", "our website", "the discussion"),
        "topic": ("news and issues that matter to the islands", "the story above and island affairs"),
        "members": ("readers",),
        "law": ("the law of the Cook Islands", "Niue law", "the law"),
        "tongue": ("English, Cook Islands Māori or Vagahau Niue", "English or Cook Islands Māori"),
        "contact": ("the editor", "the newsroom"),
        "patch": ("village or island", "island", "outer island"),
        "emergency": ("999", "998 for an ambulance"),
        "advice": (
            "During cyclone warnings, follow the instructions of Emergency Management and the Met Service, not what "
            "you read here.",
            "Travel and health information changes quickly; check with the ministry before you act on it.",
        ),
        "words": (("contribution", "contributions"), ("reply", "replies"), ("message", "messages")),
        "signoffs": ("- The Editor", "Editor, {Site}", "Kia manuia from {site}"),
    },
    {  # Shetland crofting bulletins
        "site": ("the Crofting Bulletin", "the Shetland Crofters' Newsletter", "Township Notes", "the Grazings Post"),
        "mods": ("the editor", "the bulletin committee"),
        "area": ("the noticeboard", "the bulletin's website", "the board"),
        "topic": ("crofting, common grazings, livestock and township business",),
        "members": ("readers", "crofters and readers", "members"),
        "law": ("Scots law", "the law"),
        "tongue": ("English or Shetland dialect", "English, or in dialect if you prefer"),
        "contact": ("the bulletin editor", "the editor"),
        "patch": ("township", "district", "grazings"),
        "emergency": ("999",),
        "advice": (
            "Questions about grants, regulation or your tenancy are best taken to the Crofting Commission or your "
            "assessor.",
            "Advice on stock health is given in good faith; speak to your vet before treating an animal.",
        ),
        "words": (("post", "posts"), ("message", "messages"), ("notice", "notices")),
        "signoffs": ("The Editor", "Bulletin committee", "- {Site}"),
    },
    {  # Montana ranch-country weeklies
        "site": (
            "the Musselshell Ledger",
            "the Judith Basin Stockman",
            "the Milk River Range Rider",
            "the Big Dry Courier",
        ),
        "mods": ("our staff", "the editor", "the publisher"),
        "area": ("our website", "the online edition", "this site"),
        "topic": ("local news, ranching, schools and county government", "the story above"),
        "members": ("readers", "subscribers"),
        "law": ("Montana and federal law", "the law"),
        "tongue": ("English",),
        "contact": ("the editor", "the front office"),
        "patch": ("corner of the county", "community", "school district"),
        "emergency": ("911",),
        "advice": (
            "Advice on livestock health is shared in good faith; talk to your vet before treating an animal.",
            "Fire and road information posted by readers is not official; check with the county before you travel.",
        ),
        "words": (("post", "posts"), ("reply", "replies")),
        "signoffs": ("- The Editor", "The Publisher", "Thanks, {Site}"),
    },
    {  # orienteering clubs
        "site": ("Fellside Orienteers", "the Northern Navigators forum", "Forest Foxes OC", "the club forum"),
        "mods": ("the webmaster", "the committee", "the forum moderators"),
        "area": ("the forum", "the club noticeboard", "the message board"),
        "topic": ("orienteering, club events, maps, training and results",),
        "members": ("members", "club members"),
        "law": ("UK law", "the law"),
        "tongue": ("English",),
        "contact": ("the club secretary", "the webmaster"),
        "patch": ("events", "area", "club"),
        "emergency": ("999",),
        "advice": (
            "Route advice and training tips are given in good faith; always follow the event's safety rules and "
            "carry a whistle.",
            "Check the event details for crossing points and out-of-bounds areas rather than relying on a thread.",
        ),
        "words": (("post", "posts"), ("message", "messages"), ("reply", "replies")),
        "signoffs": ("Club committee", "The Webmaster", "Happy orienteering!"),
    },
    {  # stamp-collecting societies
        "site": ("the Philatelic Society", "the Midland Stamp Circle", "the Postal History Society forum"),
        "mods": ("the committee", "the moderators", "the honorary secretary"),
        "area": ("the message board", "the forum"),
        "topic": ("stamps, postal history and collecting",),
        "members": ("members", "fellow collectors"),
        "law": ("UK law", "the law"),
        "tongue": ("English",),
        "contact": ("the honorary secretary", "the webmaster"),
        "patch": ("local society", "branch"),
        "emergency": ("999",),
        "advice": (
            "Opinions on a stamp's value or whether it is genuine are no substitute for an expert certificate.",
            "Never offer forgeries, reprints or repaired stamps as genuine.",
        ),
        "words": (("post", "posts"), ("message", "messages"), ("contribution", "contributions")),
        "signoffs": ("Hon. Secretary", "The Committee", "Happy collecting!"),
    },
    {  # migraine forums
        "site": ("Migraine Together", "the Migraine Support Community", "the Aura forum"),
        "mods": ("our moderators", "the support team", "the community team"),
        "area": ("the forum", "the community", "this space"),
        "topic": ("living with migraine and headache", "migraine, treatments and coping day to day"),
        "members": ("members",),
        "law": ("UK law", "the law"),
        "tongue": ("English",),
        "contact": ("the support team", "the community team"),
        "patch": ("support group", "area"),
        "emergency": ("999", "999 or go to A&E"),
        "advice": (
            "Nothing here replaces advice from your GP, neurologist or pharmacist; never change your medication "
            "without speaking to them first.",
            "A sudden, severe headache unlike any you have had before needs urgent medical attention.",
        ),
        "words": (("post", "posts"), ("reply", "replies")),
        "signoffs": ("The community team", "Take care, the moderators"),
    },
    {  # co-housing boards
        "site": ("the Common House board", "Millbrook Co-housing", "the residents' board", "Orchard Row Co-housing"),
        "mods": ("the communications circle", "the board's moderators", "the steering group"),
        "area": ("the board", "the noticeboard"),
        "topic": ("community life, shared meals, work days and decisions",),
        "members": ("residents", "members"),
        "law": ("the law",),
        "tongue": ("English",),
        "contact": ("the communications circle", "the steering group"),
        "patch": ("household", "block", "working group"),
        "emergency": ("999",),
        "advice": (
            "Report gas smells, faults with shared equipment or other safety concerns to the maintenance team, not "
            "just on the board.",
            "Disputes between households should go to the mediation circle rather than being aired here.",
        ),
        "words": (("post", "posts"), ("message", "messages")),
        "signoffs": ("Communications circle", "Agreed at the general meeting, {month} {year}"),
    },
    {  # lighthouse keepers' heritage friends
        "site": ("the Friends of Skerrymore Light", "the Lighthouse Keepers' Heritage Trust", "Friends of Gull Point"),
        "mods": ("the trustees", "the web volunteer", "the committee"),
        "area": ("the guestbook", "the forum", "the message board"),
        "topic": ("lighthouses, their keepers and their history",),
        "members": ("Friends", "members", "visitors"),
        "law": ("UK law", "the law"),
        "tongue": ("English",),
        "contact": ("the secretary", "the web volunteer"),
        "patch": ("stretch of coast", "station"),
        "emergency": ("999 and ask for the Coastguard",),
        "advice": (
            "Never climb fences, enter closed towers or go near cliff edges to get a photograph.",
            "Many lighthouses are private homes or working sites; please respect the signs when you visit.",
        ),
        "words": (("message", "messages"), ("post", "posts"), ("contribution", "contributions")),
        "signoffs": ("The Trustees", "With thanks, the Friends' committee"),
    },
)

_MONTANA = 2  # the Montana weeklies, printed in American spelling always
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with", "my", "your"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_MONTHS = ("January", "February", "April", "May", "August", "October", "November")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _SMALL else _cap(w) for i, w in enumerate(words))
    return heading


def _marker(shape: str, n: int) -> str:
    """The marker a site prints before its ``n``th item (from 1), with the space after it; "" for none."""
    letter = "abcdefghijklmnop"[n - 1]
    roman = _ROMAN[n - 1]
    return {
        "none": "",
        "1.": f"{n}. ",
        "1)": f"{n}) ",
        "(1)": f"({n}) ",
        "1 -": f"{n} - ",
        "Rule 1:": f"Rule {n}: ",
        "a)": f"{letter}) ",
        "(a)": f"({letter}) ",
        "A.": f"{letter.upper()}. ",
        "i.": f"{roman}. ",
        "(i)": f"({roman}) ",
        "I.": f"{roman.upper()}. ",
    }.get(shape, shape + " ")


_SHAPES = (
    ("none",) * 5
    + ("1.",) * 4
    + ("1)", "(1)", "1 -", "Rule 1:", "a)", "(a)", "A.", "i.", "(i)", "I.")
    + ("\u2022",) * 3
    + ("-", "*", "\u2013", "\u00bb")
)


def _items_213(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-213 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws a kind of site and its words (a quarter of sites never say "comment"; a Montana weekly prints American
    spelling always), then a count of item kinds (two to four a quarter of the time, else six to sixteen), in the
    table's order or shuffled (0.5); one to three of an item's sentences, in the table's order; a layout for the
    whole policy: headings on a part of their own (0.45, followed by a colon, a stop or nothing; their sentences
    bulleted a fifth of the time), run in before the first sentence (0.35, after a colon, a stop or a dash) or no
    headings (0.2); headings in sentence, title or upper case; a marker shape for the items; then :func:`_furnish`
    with the family's opening, closing and title lines, filled for this site; last a sign-off line (0.2)."""
    k = rng.randrange(len(_KINDS))
    kind = _KINDS[k]
    fill = {key: rng.choice(kind[key]) for key in kind if key not in ("words", "signoffs")}
    if rng.random() < 0.25:
        word, words = rng.choice(kind["words"])
    else:
        word, words = "comment", "comments"
    fill.update(c=word, cs=words, C=_cap(word), Cs=_cap(words), month=rng.choice(_MONTHS))
    fill["year"] = str(rng.randint(2016, 2025))
    fill.update(Site=_cap(fill["site"]), Area=_cap(fill["area"]), Mods=_cap(fill["mods"]))
    fill["advice"] = fill["advice"].format_map(fill)

    def filled(template: str) -> str:
        return template.format_map(fill)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, 16)
    picks = rng.sample(range(len(REWORDINGS_213)), count)
    if rng.random() < 0.5:
        picks.sort()
    layout = rng.choices(("own", "run-in", "bare"), (0.45, 0.35, 0.2))[0]
    case = rng.choices(("sentence", "title", "upper"), (0.5, 0.35, 0.15))[0]
    after_own = rng.choice(("", "", ":", "."))
    after_run = rng.choice((":", ":", ".", " -", " \u2013", " \u2014"))
    shape = rng.choice(_SHAPES)
    sub = rng.choice(("- ", "\u2022 ", "o ")) if layout == "own" and rng.random() < 0.2 else ""
    if sub and _marker(shape, 1) == sub:  # not the items' own bullet
        sub = "\u2022 " if sub == "- " else "- "
    weights = (0.45, 0.4, 0.15)
    items: list[tuple[str, ...]] = []
    for n, pick in enumerate(picks, 1):
        headings, sentences = REWORDINGS_213[pick]
        chosen = sorted(rng.sample(range(len(sentences)), rng.choices((1, 2, 3), weights)[0]))
        parts = [filled(sentences[i]) for i in chosen]
        mark = _marker(shape, n)
        if layout == "bare":
            items.append(("", mark + parts[0], *parts[1:]))
            continue
        heading = _cased(filled(rng.choice(headings)), case)
        if layout == "own":
            if not heading.endswith("?"):
                heading += after_own
            items.append((mark + heading, *(sub + part for part in parts)))
        else:
            stop = "" if heading.endswith("?") else after_run
            items.append(("", f"{mark}{heading}{stop} {parts[0]}", *parts[1:]))
    titles = [filled(t) for t in TITLES_213]
    intros = [filled(t) for t in INTROS_213]
    closings = [filled(t) for t in CLOSINGS_213]
    items = _furnish(items, rng, intros, closings, titles, AMERICAN_213)
    if rng.random() < 0.2:
        items.append(("", filled(rng.choice(kind["signoffs"]))))
    if k == _MONTANA:
        items = [tuple(_american_with(AMERICAN_213, part) for part in item) for item in items]
    return items
