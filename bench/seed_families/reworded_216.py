"""The ``reworded-216`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Guam and Northern Marianas English news, Cornish harbour papers, New Mexico pueblo-border weeklies,
climbing walls, bonsai societies, long-covid forums, student halls' boards, village-hall committees.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, or the other families' sentences (of those, only ``reworded-6``'s module, for its structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Held out (2026-12-05). Per item kind: heading choices (a question or two among them, printed without a stop: a
#: site adds its own) and five sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}``, ``{Cs}`` are the site's
#: word for what readers send; the other fields are the site's own (``_SITES_216``). British spelling; a document
#: may print it in American spelling (``AMERICAN_216``).
REWORDINGS_216 = (
    (  # civility
        (
            "Be civil",
            "Respect other {members}",
            "Play the ball, not the player",
            "Can I disagree?",
            "Courtesy costs nothing",
            "Keep it friendly",
        ),
        (
            "Disagree as strongly as you like, but do it without insulting anyone.",
            "Personal attacks on other {members} or on our {mods} will be removed.",
            "Treat everyone here as you would if you met them {meet}.",
            "Sarcasm and name-calling rarely read as well as you think they will, so please leave them out.",
            "{Cs} that bully, belittle or goad other {members} will be taken down.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Hateful content",
            "Is it prejudice?",
            "Zero tolerance for bigotry",
            "Respect for every culture",
        ),
        (
            "We remove anything that attacks people for their race, ethnicity, religion, sex, sexuality, gender"
            " identity, disability or age.",
            "Slurs are not allowed, even when quoted, abbreviated or partly starred out.",
            "Stereotyping {groups} will not be tolerated.",
            "Hate speech is passed to the police where it may be a crime.",
            "One hateful {c} is enough for an immediate ban.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal details",
            "Can I name someone?",
            "Keep it private",
            "Personal information",
        ),
        (
            "Do not post anyone's home address, phone number, email or workplace, and that includes your own.",
            "Only share photographs of other people if they have agreed to it.",
            "Never identify {private}.",
            "Messages sent to you privately should not be copied into a public {c} without the sender's agreement.",
            "We will remove personal details as soon as we see them, whoever posted them.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young people",
            "Worried about someone?",
            "Safeguarding concerns",
            "Looking out for each other",
        ),
        (
            "If you are worried that a child or vulnerable adult is at risk, contact {safeguard} rather than"
            " posting about it.",
            "{Cs} that identify children without a parent's or carer's permission will be removed.",
            "Adults must not contact under-18s through private messages on this site.",
            "Any {c} suggesting that someone is at risk of harm will be passed on to {safeguard}.",
            "Our {mods} have a duty to report safeguarding concerns, and they will.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How long does it take?",
            "When we moderate",
        ),
        (
            "Every {c} is read by one of our {mods} before it appears.",
            "{Cs} sent in the evening or at weekends may not be approved until the next working day.",
            "Your first few {cs} will be held for approval; after that they will usually appear straight away.",
            "{Cs} with links in them go into a queue and may take longer to appear.",
            "Sending the same {c} again will not make it appear any faster.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "On topic, please",
            "What should I post about?",
            "Relevance",
            "Is this the right place?",
        ),
        (
            "Please keep {cs} to {topic}.",
            "{Cs} that drift off the subject may be moved or removed.",
            "Start a new thread rather than taking over someone else's.",
            "Political campaigning belongs elsewhere unless it is what the discussion is about.",
            "Questions about subscriptions, bookings or membership should be sent to us directly rather than"
            " posted here.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise?",
            "Self-promotion",
            "Buying and selling",
        ),
        (
            "Advertising, sales pitches and chain letters will be deleted.",
            "Do not post links to sites you own or are paid to promote.",
            "{market}",
            "Repeated, identical {cs} across threads are treated as spam.",
            "Accounts set up to advertise will be closed without warning.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "Who can post?",
            "Usernames",
            "One person, one account",
            "Do I have to use my real name?",
        ),
        (
            "{names}",
            "Do not pretend to be someone else, whether a real person or an organisation.",
            "Each person may hold one account; second accounts will be closed.",
            "Usernames that are offensive or that advertise something will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Could I be sued?",
            "Stay within the law",
            "Is it legal?",
        ),
        (
            "Do not post anything that breaks {law}.",
            "Do not say that someone has committed a crime unless they have been convicted of it.",
            "We may close discussion of cases before the courts to protect a fair trial.",
            "You may be personally liable for what you write, and we will co-operate with any lawful request for"
            " your details.",
            "Do not encourage crime or describe how to commit one.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Quoting and sharing",
            "Can I post a photo?",
            "Your content",
            "Pictures and links",
        ),
        (
            "Only post photographs, videos and writing that you created or have permission to use.",
            "Quote a few lines and link to the rest rather than pasting in whole articles.",
            "By posting, you allow {site} to display your {c} and to use it in print or online.",
            "{copy}",
            "We will take material down when its owner asks us to.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the report link under any {c} that breaks these rules.",
            "Reports go straight to our {mods}, and the person you report is not told who you are.",
            "Please report a problem rather than replying to it; replies only feed the argument.",
            "If something needs urgent attention, email {email}.",
            "Misusing the report button to silence people you disagree with is itself against the rules.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The right to remove",
            "Why was my {c} removed?",
            "Moderators' discretion",
            "Final say",
        ),
        (
            "{Site} may edit, refuse or remove any {c} without giving a reason.",
            "Decisions of our {mods} are final, and we will not argue about them in public.",
            "Not being published is not censorship; it is our choice about what appears on our pages.",
            "We may close a discussion at any time if it gets out of hand.",
            "If you think we got it wrong, write to us privately and we will look again.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "Tips and corrections",
            "Put it right",
            "Errors and news",
        ),
        (
            "If you think we have got something wrong, tell us directly rather than in the {cs} so that we can fix it.",
            "{tip}",
            "Corrections are made as quickly as we can, and noted at the foot of the page.",
            "Please don't pass on rumours as if they were fact.",
            "Where information comes from somewhere, give a link or say how you know.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Is swearing allowed?",
            "Keep it clean",
            "Writing style",
        ),
        (
            "Swearing, including starred-out or misspelt swear words, will be removed.",
            "{langs}",
            "Please don't type in capitals; it reads as shouting.",
            "Keep it readable: no walls of text, text-speak or strings of emoji.",
            "Crude or sexual language has no place here, even in jest.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
            "Consequences",
        ),
        (
            "Break the rules and you will usually get a warning first.",
            "Repeat offenders will be suspended, and then banned.",
            "Serious breaches, such as threats or hate, lead to an immediate ban.",
            "Setting up a new account to get round a ban will see that one closed too.",
            "{ban}",
        ),
    ),
    (  # safety and advice
        (
            "Advice and safety",
            "Safety first",
            "Is this advice?",
            "Not professional advice",
            "Look after yourself",
            "Getting help",
        ),
        (
            "Nothing posted here replaces advice from {expert}.",
            "Tips shared by {members} come from their own experience and may not suit you.",
            "If someone is in danger, call {emergency} first and post later.",
            "Please do not post anything that encourages others to take risks with their health or safety.",
            "{help}",
        ),
    ),
)


#: The kinds of site, each with its names and the fields its sentences are filled with; ``words`` are the site's
#: words for what readers send (singular, plural) when it does not say "comment".
_SITES_216 = (
    {  # Guam and Northern Marianas English news
        "names": ("the Marianas Courier", "the Tumon Bay Tribune", "the Saipan Weekly Star", "Tinian Today"),
        "words": (("reply", "replies"), ("post", "posts")),
        "members": "readers",
        "mods": "web editors",
        "meet": "at the village fiesta",
        "groups": "Chamorros, Carolinians, Filipinos, Chuukese or any of our island neighbours",
        "private": "a victim of crime or a child named in no story",
        "safeguard": "the police or Child Protective Services",
        "topic": "the story they are posted under",
        "market": "Items for sale belong in our classifieds, not under a story.",
        "names_rule": "We ask you to use your real name, as you would in a letter to the editor.",
        "law": "Guam, Commonwealth or US federal law",
        "copy": "Photos from Liberation Day and village fiestas are welcome if you took them yourself.",
        "email": "webdesk@marianascourier.example",
        "tip": "Story tips can be sent to the newsroom in confidence.",
        "langs": "{Cs} in English, Chamorro or Carolinian are all welcome.",
        "ban": "Banned readers will not be reinstated.",
        "expert": "the authorities or a qualified professional",
        "emergency": "911",
        "help": "During typhoon warnings, follow the Office of Civil Defense, not rumours in the {cs}.",
        "titles": ("{C} policy", "House rules", "Community guidelines", "Before you post", "Our {c} rules"),
        "intros": ("H\u00e5fa adai! We love hearing from our readers, so here is how to keep it friendly.",),
        "closings": ("Si Yu'os ma'\u00e5se' for keeping it civil.",),
    },
    {  # Cornish harbour papers
        "names": ("the Porthleven Packet", "Newlyn Harbour News", "the Fowey Mercury", "the St Ives Quay Times"),
        "words": (("post", "posts"), ("reply", "replies")),
        "members": "readers",
        "mods": "newsdesk staff",
        "meet": "on the quay",
        "groups": "incomers, second-home owners, holidaymakers, travellers or migrant workers",
        "private": "a victim of crime or a child in a court case",
        "safeguard": "the police or Cornwall Council's children's services",
        "topic": "the story above",
        "market": "Boats, gear and holiday lets for sale belong in our classifieds, not under a story.",
        "names_rule": "We ask you to use your real name, as you would in a letter to the editor.",
        "law": "the law of England and Wales",
        "copy": "Pictures from our harbour webcam are ours and may not be reposted.",
        "email": "newsdesk@harbourpacket.example",
        "tip": "Have a story from the harbour? Ring the newsdesk or drop into the office.",
        "langs": "{Cs} in English or Cornish are welcome.",
        "ban": "Banned readers will not be reinstated.",
        "expert": "the coastguard, the police or a qualified professional",
        "emergency": "999",
        "help": "If you see someone in difficulty at sea, call 999 and ask for the coastguard.",
        "titles": ("{C} policy", "House rules", "Readers' {cs}", "Have your say", "Rules for {cs}"),
        "intros": ("We welcome your views on local news, as long as you keep to these rules.",),
        "closings": ("Meur ras, and thank you for reading.",),
    },
    {  # New Mexico pueblo-border weeklies
        "names": ("the Rio Abajo Sentinel", "the Jemez Valley Ledger", "the Sandoval Crossroads", "the Mesa Weekly"),
        "words": (("post", "posts"), ("response", "responses")),
        "members": "readers",
        "mods": "editors",
        "meet": "at the feed store",
        "groups": "Native, Hispanic or Anglo neighbours, or any Pueblo, tribe or nation",
        "private": "a victim of crime or a minor",
        "safeguard": "law enforcement or the Children, Youth and Families Department",
        "topic": "the story they are posted under",
        "market": "Livestock, vehicles and land for sale belong in our classifieds, not under a story.",
        "names_rule": "We ask you to use your real name, as you would in a letter to the editor.",
        "law": "state, federal or tribal law",
        "copy": "Images of Pueblo ceremonies, dances or sacred places may not be posted, whoever took them.",
        "email": "editor@rioabajosentinel.example",
        "tip": "News tips, in English or Spanish, can be sent to the editor in confidence.",
        "langs": "{Cs} in English or Spanish are welcome.",
        "ban": "Banned readers will not be reinstated.",
        "expert": "the authorities or a qualified professional",
        "emergency": "911",
        "help": "Road closures and fire warnings come from the county and the Pueblos; check with them first.",
        "titles": ("{C} policy", "Reader guidelines", "Rules of the road", "Before you post", "{C} guidelines"),
        "intros": ("We welcome responsible discussion among neighbours on both sides of the Pueblo line.",),
        "closings": ("Thank you for being a good neighbour.",),
    },
    {  # climbing walls
        "names": ("Crux Climbing Centre", "the Boulder Barn", "Granite Works", "the Vertical Chapel"),
        "words": (("post", "posts"), ("message", "messages")),
        "members": "climbers",
        "mods": "wall staff",
        "meet": "on the mats",
        "groups": "climbers for their size, sex, age or grade",
        "private": "another climber who has had a fall or an accident",
        "safeguard": "the centre's safeguarding lead",
        "topic": "climbing, the wall and its routes",
        "market": "Second-hand kit can go on the swap board by the caf\u00e9, not here.",
        "names_rule": "Use the name on your membership so that staff know who you are.",
        "law": "UK law",
        "copy": "Photos and videos of other climbers need their consent before you share them.",
        "email": "hello@cruxclimbing.example",
        "tip": "Route-setting feedback goes on the cards at the desk.",
        "langs": "Please write in English so that our staff can read every {c}.",
        "ban": "Abusing staff online may also cost you your membership of the wall.",
        "expert": "a qualified instructor",
        "emergency": "999",
        "help": "Report loose holds or damaged mats to the front desk straight away, not on here.",
        "titles": ("Forum rules", "Wall etiquette", "Community guidelines", "Code of conduct", "Posting rules"),
        "intros": ("This board is for our members and climbers to share beta, partners and news.",),
        "closings": ("Happy climbing!",),
    },
    {  # bonsai societies
        "names": ("the Wessex Bonsai Society", "Three Counties Bonsai Club", "the Tamar Valley Bonsai Group"),
        "words": (("post", "posts"), ("message", "messages")),
        "members": "members",
        "mods": "committee",
        "meet": "at a club night",
        "groups": "other members because of their background",
        "private": "where a member keeps their trees",
        "safeguard": "the society's welfare officer",
        "topic": "bonsai, penjing and the society's events",
        "market": "Trees, pots and tools for sale go in the Sales Table section, members only.",
        "names_rule": "Members post under their own names, as they would at a meeting.",
        "law": "UK law",
        "copy": "Credit the grower of any tree you post, and the photographer if it is not you.",
        "email": "secretary@wessexbonsai.example",
        "tip": "Ideas for talks and demonstrations are welcome; speak to the programme secretary.",
        "langs": "Please write in English, giving botanical names where you can.",
        "ban": "Membership of the society may be withdrawn by the committee.",
        "expert": "an experienced grower at a club meeting",
        "emergency": "999",
        "help": "Collect yamadori only with the landowner's written permission.",
        "titles": ("Forum rules", "Society guidelines", "Rules of the forum", "Etiquette", "Members' code"),
        "intros": ("The forum is a friendly place to share trees, questions and progress.",),
        "closings": ("Happy growing!",),
    },
    {  # long-covid forums
        "names": ("LC Support Circle", "the Long Haulers' Forum", "Post-Viral Peer Support", "Slow Mend"),
        "words": (("post", "posts"), ("reply", "replies"), ("message", "messages")),
        "members": "members",
        "mods": "volunteer moderators",
        "meet": "in a waiting room",
        "groups": "people because of their illness, disability or vaccination choices",
        "private": "another member outside the forum",
        "safeguard": "the emergency services or a moderator",
        "topic": "long covid and living with it",
        "market": "Supplements, cures and paid treatments must not be promoted here in any form.",
        "names_rule": "You do not have to use your real name, and many members choose not to.",
        "law": "UK law",
        "copy": "Please do not repost screenshots of members' {cs} on social media.",
        "email": "mods@lcsupportcircle.example",
        "tip": "Know of new research? Post it in Research News with a link to the source.",
        "langs": "Please write in English; short {cs} are fine if that is all your energy allows.",
        "ban": "We will always tell you why your account has been suspended.",
        "expert": "your GP or another health professional",
        "emergency": "999",
        "help": "If you are struggling, Samaritans can be reached free on 116 123, day or night.",
        "titles": ("Forum rules", "Community guidelines", "Our guidelines", "House rules", "Please read first"),
        "intros": ("This is a peer support space; please be gentle with each other.",),
        "closings": ("Pace yourself, and look after each other.",),
    },
    {  # student halls' boards
        "names": ("the Ashby Halls Residents' Board", "Bramley Court Noticeboard", "Westgate Village Residents"),
        "words": (("post", "posts"), ("message", "messages"), ("notice", "notices")),
        "members": "residents",
        "mods": "hall reps",
        "meet": "in the shared kitchen",
        "groups": "international students or residents of any background",
        "private": "another resident's room or flat number",
        "safeguard": "the residence life team or campus security",
        "topic": "life in halls and things residents need to know",
        "market": "Tickets, furniture and textbooks for sale go in the weekly swap thread.",
        "names_rule": "You must sign in with your university account to post.",
        "law": "UK law",
        "copy": "Do not copy lecture recordings or course materials onto the board.",
        "email": "reslife@westgatehalls.example",
        "tip": "Maintenance problems must be reported through the online portal, not here.",
        "langs": "Please write in English so that everyone in halls can follow.",
        "ban": "Serious cases will be referred under the university's student conduct procedure.",
        "expert": "the residence life team or Student Support",
        "emergency": "999",
        "help": "Campus security is on duty around the clock on the number on the back of your key card.",
        "titles": ("Board rules", "Residents' board guidelines", "Posting rules", "House rules", "Read me first"),
        "intros": ("This board is run by your hall reps for everyone living in halls.",),
        "closings": ("Enjoy halls, and be kind to your flatmates.",),
    },
    {  # village-hall committees
        "names": (
            "Little Tregony Village Hall",
            "the Upton St Mary Village Hall Committee",
            "Kettlewell Memorial Hall",
        ),
        "words": (("message", "messages"), ("notice", "notices"), ("contribution", "contributions")),
        "members": "residents",
        "mods": "committee",
        "meet": "at the village fete",
        "groups": "newcomers, travellers or any group in the village",
        "private": "a hirer or neighbour in a complaint",
        "safeguard": "the committee's safeguarding officer",
        "topic": "the hall, its events and village matters",
        "market": "Posters for private events go on the board in the hall porch, not here.",
        "names_rule": "Please sign every {c} with your name; anonymous ones will not be put up.",
        "law": "UK law",
        "copy": "The hall's logo and photographs belong to the committee; ask before using them.",
        "email": "bookings@tregonyhall.example",
        "tip": "Items for the parish newsletter go to the clerk by the 20th of the month.",
        "langs": "Please write in plain English.",
        "ban": "Misconduct online may also affect future hall bookings.",
        "expert": "the hall's safety officer",
        "emergency": "999",
        "help": "The defibrillator is on the outside wall by the main door; the code is given when you call 999.",
        "titles": ("Guidelines for the page", "Community page rules", "Rules for this page", "Page rules"),
        "intros": ("The committee agreed these rules at its meeting and may change them.",),
        "closings": ("The Committee",),
    },
)


#: Opening, closing and title lines any of these sites may print (filled in like the sentences).
POLICY_INTROS_216 = (
    "Please read these rules before you post.",
    "{Site} welcomes {cs} from {members}, provided they keep to the rules below.",
    "By posting you agree to the following.",
    "A few simple rules keep this a place people want to visit.",
)


POLICY_CLOSINGS_216 = (
    "Thank you for helping to keep things civil.",
    "These rules may change; the latest version is always on this page.",
    "Questions about these rules? Email {email}.",
    "We reserve the right to close discussion on any page at any time.",
)


POLICY_TITLES_216 = ("Posting guidelines", "{C} rules", "Guidelines", "The rules")


#: Dated lines and sign-offs some sites print above or below their rules (not all sites date them).
_DATED_216 = (
    "Last updated: 3 March 2025",
    "Updated August 2024",
    "Agreed by the committee, 12 May 2025",
    "Revised June 14, 2024",
    "Effective from 1 September 2025",
)


_SIGNOFFS_216 = ("\u2014 The Editor", "The moderation team", "Mod team", "Hall reps", "The Committee", "Wall staff")


#: British spellings in the lists above and their American forms (a reworded-216 document prints one or the other).
AMERICAN_216 = {
    "organisation": "organization",
    "neighbour": "neighbor",
    "co-operate": "cooperate",
    "misspelt": "misspelled",
    "travellers": "travelers",
    "programme": "program",
    "rumours": "rumors",
    "defence": "defense",
}


_SMALL_216 = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "it", "of", "on", "or", "the", "to"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_216 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _cased(text: str, case: str) -> str:
    if case == "title":
        return _title_case(text)
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    return text


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


#: Marker shapes: how item n is marked (1-based).
_MARKERS_216 = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{chr(64 + n)}.",
    lambda n: f"{_roman(n)}.",
    lambda n: f"({_roman(n)})",
    lambda n: f"{_roman(n).upper()}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: "\u2013",
    lambda n: "\u25aa",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} \u2013",
    lambda n: f"#{n}",
    lambda n: f"{n} -",
)


def _fields(site: dict, singular: str, plural: str, rng: random.Random) -> dict[str, str]:
    words = {"c": singular, "cs": plural}
    fields = {key: value for key, value in site.items() if isinstance(value, str)}
    fields["names"] = fields.pop("names_rule")
    fields["site"] = rng.choice(site["names"])
    filled: dict[str, str] = {}
    for key, value in {**words, **fields}.items():
        value = value.replace("{C}", singular.capitalize()).replace("{Cs}", plural.capitalize())
        value = value.replace("{c}", singular).replace("{cs}", plural)
        filled[key] = value
        filled[key[:1].upper() + key[1:]] = value[:1].upper() + value[1:]
    return filled


def _items_216(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-216 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws a kind of site and one of its names; its word for what readers send ("comment", or with probability 0.25
    one of the site's own words, and then no line says "comment"); two to five items (probability 0.25) or six to
    all sixteen, in the table's order (0.5) or drawn; one to three sentences an item, in the table's order or not,
    printed apart or run into one part (0.3); a case for the site's headings (as written, title case, capitals,
    lower case only when not run in) and where they go (a part of their own with a stop, a colon or nothing; run in
    before a colon, a stop or a dash; in square brackets; or none, 0.15); a marker shape or none (0.35), on the
    item's first part; now and then a dated line above or below the items (0.15) and a sign-off (0.1); then opening,
    closing and title lines by ``_furnish`` from the site's own and the family's lists."""
    site = rng.choice(_SITES_216)
    singular, plural = rng.choice(site["words"]) if rng.random() < 0.25 else ("comment", "comments")
    fields = _fields(site, singular, plural, rng)

    def fill(text: str) -> str:
        return text.format(**fields)

    kinds = list(REWORDINGS_216)
    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(kinds))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(kinds)), count))
        chosen_kinds = [kinds[i] for i in chosen]
    else:
        chosen_kinds = rng.sample(kinds, count)
    case = rng.choice(("as", "as", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "colon", "colon", "stop", "dash", "bracket", "none"))
    if rng.random() < 0.15:
        placing = "none"
    if case == "lower" and placing in ("colon", "stop", "dash"):  # lower-case headings stand on a line of their own
        case = "as"
    own_stop = rng.choice(("", "", ".", ":"))
    dash = rng.choice((" \u2013", " \u2014", " -"))
    marker = None if rng.random() < 0.35 else rng.choice(_MARKERS_216)
    if marker is not None and len(chosen_kinds) > 10:  # letters and roman numerals for long lists are rare
        marker = rng.choice(_MARKERS_216[:3] + _MARKERS_216[9:])
    joined = rng.random() < 0.3
    ordered = rng.random() < 0.6

    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen_kinds, 1):
        k = rng.choices((1, 2, 3), weights=(0.45, 0.35, 0.2))[0]
        picked = sorted(rng.sample(range(len(sentences)), k)) if ordered else rng.sample(range(len(sentences)), k)
        said = [fill(sentences[i]) for i in picked]
        if joined:
            said = [" ".join(said)]
        heading = _cased(fill(rng.choice(headings)), case)
        question = heading.endswith("?")
        if placing == "none":
            parts = ["", *said]
        elif placing == "own":
            parts = [heading + ("" if question else own_stop), *said]
        elif placing == "bracket":
            parts = [f"[{heading}]", *said]
        else:
            run = {"colon": ":", "stop": ".", "dash": dash}[placing]
            lead = heading if question else heading + run
            parts = ["", f"{lead} {said[0]}", *said[1:]]
        if marker is not None:
            first = 0 if parts[0] else 1
            parts[first] = f"{marker(n)} {parts[first]}"
        items.append(tuple(parts))

    if rng.random() < 0.15:
        dated = rng.choice(_DATED_216)
        if rng.random() < 0.5:
            items.insert(0, ("", dated))
        else:
            items.append(("", dated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(_SIGNOFFS_216)))
    intros = [fill(line) for line in (*POLICY_INTROS_216, *site["intros"])]
    closings = [fill(line) for line in (*POLICY_CLOSINGS_216, *site["closings"])]
    titles = [fill(line) for line in (*POLICY_TITLES_216, *site["titles"])]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_216)
