"""The ``reworded-214`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Samoa and Tonga English news, Lincolnshire fen papers, Idaho river-town weeklies, water-polo clubs,
embroiderers' guilds, diabetes parents' forums, park-home residents, steam-railway volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module, and the docstring
and top-level names of ``reworded-212``'s, were read, for their structure)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (a question or two among them), and five sentences, of
#: which an item prints one to three in this order. ``{c} {cs} {C} {Cs}`` are the site's word for what readers send;
#: ``{site} {mods} {who} {subject} {law} {welfare} {urgent} {advice} {contact} {langs}`` are filled in by the kind
#: of site (capitalised when the placeholder is). Written in British spelling (``AMERICAN_214``).
REWORDINGS_214 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Play the ball, not the player",
            "Keep it civil",
            "Can I disagree with someone?",
            "Courtesy costs nothing",
        ),
        (
            "Disagree by all means, but do it politely and without personal attacks.",
            "Treat other {who} as you would face to face: no name-calling, sneering or bullying.",
            "Criticise ideas, not the people who hold them.",
            "{Cs} that insult, belittle or goad other {who} will be removed.",
            "Remember there is a real person, quite often a neighbour, reading what you write.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance for hatred",
            "Respect for all",
            "Is this discriminatory?",
            "No racism, sexism or bigotry",
        ),
        (
            "We do not allow {cs} that attack people for their race, ethnicity, religion, sex, sexuality, disability "
            "or age.",
            "Slurs and stereotypes, including so-called 'jokes', will be removed and the account suspended.",
            "{Site} is for everyone, whatever their background, faith or family.",
            "Material that stirs up hatred may also break {law} and can be passed to the police.",
            "Mocking anyone's appearance, accent or health is not acceptable here.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep private details private",
            "Can I name someone?",
            "No doxxing",
            "Privacy matters",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Please do not name or identify private individuals who are not already in the public eye.",
            "Photos of other people should only be shared with their permission.",
            "Screenshots of private messages or emails must not be posted without the sender's consent.",
            "We will remove personal details as soon as we are made aware of them.",
        ),
    ),
    (  # safeguarding
        (
            "Protecting children",
            "Safeguarding",
            "Children and young people",
            "Who do I tell if I'm worried?",
            "Keeping young people safe",
        ),
        (
            "Never post photos, names or schools of children other than your own.",
            "Any concern about a child's welfare should go straight to {welfare}, not onto this page.",
            "If a child is in immediate danger, {urgent}.",
            "Adults must not use this site to contact young people privately.",
            "We report anything that puts a child at risk to the relevant authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Where is my {c}?",
            "Approval times",
        ),
        (
            "All {cs} are checked by {mods} before they appear, which can take up to 24 hours.",
            "{Cs} are checked by hand, so those sent late in the evening or at weekends may wait until the next "
            "working day.",
            "{Cs} containing links are held for review and may take longer to appear.",
            "Sending the same {c} again will not speed things up and may delay it further.",
            "Approval is not an endorsement: views expressed are those of the {who} who posted them.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is it relevant?",
            "One thread, one subject",
        ),
        (
            "Please keep {cs} relevant to {subject}.",
            "Off-topic {cs} may be moved, locked or deleted without notice.",
            "If you want to raise something new, start a new thread rather than taking over this one.",
            "Politics, religion and feuds from elsewhere are best left at the door.",
            "Check whether your question has already been answered before asking it again.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and self-promotion",
            "Can I promote my business?",
            "No spam or chain messages",
        ),
        (
            "Adverts, sales pitches and links to commercial sites will be removed.",
            "{Who} who run a business may mention it only where someone has asked for a recommendation.",
            "Chain messages, pyramid schemes and get-rich-quick offers are spam, and so are the accounts that post "
            "them.",
            "Raffles and fundraisers need approval from {mods} before they are posted.",
            "Repeated links to the same site will be treated as spam.",
        ),
    ),
    (  # names and accounts
        (
            "Real names",
            "Your account",
            "One person, one account",
            "Do I have to use my real name?",
            "Identity",
        ),
        (
            "Please post under your real name, or a username that {mods} can link to a registered account.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Impersonating another person, a public figure or a member of staff will lead to an immediate ban.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "New accounts with no profile details may be held until they have been checked.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation",
            "Contempt of court",
            "Could I be sued?",
            "The law applies here too",
        ),
        (
            "You are legally responsible for what you post, and {law} applies online as it does anywhere else.",
            "Do not make allegations against named people that you cannot prove: that is defamation.",
            "Once someone has been charged, do not speculate about their guilt or post anything that could "
            "prejudice a trial.",
            "Never identify a victim of a sexual offence, or a child involved in court proceedings.",
            "We will cooperate with the police and the courts where we are required to do so.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Whose work is it?",
            "Sharing photos and patterns",
            "Credit where it's due",
            "Can I share someone else's photo?",
        ),
        (
            "Only post photos, text and designs you own or have permission to share.",
            "Please do not copy whole articles, books or paid-for patterns into a {c}; a short quote and a link "
            "is fine.",
            "Credit the maker, photographer or designer whenever you share their work.",
            "By posting a photo you allow {site} to display it here and on its social media pages.",
            "We will take material down when a copyright owner asks us to.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it, don't reply",
            "Flagging",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link rather than replying to it.",
            "Reports are anonymous: the person you report will not be told who flagged them.",
            "You can also {contact} if you think something needs urgent attention.",
            "Please do not argue with rule-breakers in the thread; it only feeds them.",
            "A report does not guarantee removal, but every one is read by {mods}.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "Moderators' discretion",
            "The final say",
            "Why was my {c} removed?",
            "Right to remove",
        ),
        (
            "{Mods} may edit, hide or remove any {c} at their discretion, and will not always give a reason.",
            "These rules cannot cover everything, so we may act on {cs} that break their spirit.",
            "We may close discussion of a subject at any time, particularly where feelings run high.",
            "Decisions are made in good faith and will not be debated in public threads.",
            "If you disagree with a decision, {contact} and it will be looked at again.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "Tip-offs and corrections",
            "Tell us",
        ),
        (
            "If you think we have got something wrong, {contact} rather than leaving a {c}, so it can be checked "
            "and put right.",
            "Corrections are added at the foot of the page with the date they were made.",
            "News, photos and tip-offs from {who} are always welcome: {contact}.",
            "Please do not use {cs} to report crimes or emergencies; {urgent}.",
            "Event notices and results can be sent in for the noticeboard free of charge.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Language",
            "No swearing",
            "Clean language, please",
            "Does swearing get through?",
        ),
        (
            "Swearing, including words with letters replaced by asterisks, will be filtered or removed.",
            "{Cs} should be written in {langs} so that {mods} can read them.",
            "Avoid writing in capitals: it reads as shouting.",
            "Crude, sexual or graphic language has no place here.",
            "Text-speak and long strings of emojis make {cs} hard to read, so please keep them to a minimum.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Sanctions",
        ),
        (
            "A first breach usually earns a warning; repeated breaches lead to suspension or a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Banned {who} who come back under a new name will be removed again.",
            "A suspension normally lasts seven days, during which you can read but not post.",
            "A ban can be appealed once, in writing, to {mods}.",
        ),
    ),
    (  # safety and advice
        (
            "Advice given here",
            "Not professional advice",
            "Safety first",
            "Is this medical advice?",
            "Use your own judgement",
        ),
        (
            "Nothing posted here replaces advice from {advice}.",
            "Always check with {advice} before acting on something you have read in a {c}.",
            "If someone's life is at risk, {urgent}; post about it later, if at all.",
            "Tips shared by {who} are based on their own experience and may not suit everyone.",
            "{Site} cannot accept responsibility for any loss arising from information posted by {who}.",
        ),
    ),
)


#: Title lines (filled in like the sentences; a site that never says "comment" draws from those that do not).
TITLES_214 = (
    "{C} Policy",
    "{C} Guidelines",
    "House Rules",
    "Community Guidelines",
    "Forum Rules",
    "Group Rules",
    "Code of Conduct",
    "Posting Rules",
    "Before you post",
    "Rules for {Cs}",
    "Our rules",
    "Forum etiquette",
)

INTROS_214 = (
    "Please read these rules before you post.",
    "{Site} welcomes {cs} from {who}, provided they follow the guidelines below.",
    "By sending a {c} you agree to the rules below.",
    "These rules help keep {site} a friendly place for everyone.",
    "We want this to be a space where {who} can share ideas and help one another.",
)

CLOSINGS_214 = (
    "Thank you for helping to keep {site} friendly.",
    "These rules may be updated at any time.",
    "Thanks for reading, and enjoy the discussion.",
    "Full terms of use are available on request from {mods}.",
    "Any questions? Just {contact}.",
)


#: British spellings in the lists above and their American forms (printed one way or the other).
AMERICAN_214 = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "offence": "offense",
    "judgement": "judgment",
    "organisation": "organization",
    "colour": "color",
    "favour": "favor",
    "apologise": "apologize",
    "recognise": "recognize",
    "paediatric": "pediatric",
    "licence": "license",
    "centre": "center",
    "programme": "program",
    "honour": "honor",
}


#: The kinds of site: what fills the placeholders (one choice a document), the words a site uses instead of
#: "comment", its own titles, opening and closing lines, and whether it writes American English.
_KINDS = (
    {  # Samoa and Tonga English news
        "site": ("the Apia Bulletin", "the Nuku'alofa Sun", "Samoa Sunday Post", "Tonga Island Times"),
        "mods": ("the editor", "our online team", "the newsroom"),
        "who": ("readers",),
        "subject": ("the story", "the article above", "this report"),
        "law": ("the law of Samoa", "the law of the Kingdom of Tonga", "the law"),
        "welfare": ("the police or a church or village leader you trust", "the police"),
        "urgent": ("contact the police straight away", "contact the police immediately"),
        "advice": ("a qualified professional", "a doctor or nurse"),
        "contact": ("email the newsroom", "message the editor", "contact the newsroom"),
        "langs": ("English, Samoan or Tongan", "English"),
        "words": (("reply", "replies"), ("contribution", "contributions"), ("post", "posts")),
        "titles": ("Talanoa Guidelines", "Reader Rules"),
        "intros": (
            "Talofa lava and welcome. Please read these rules before joining the discussion.",
            "Malo e lelei. We welcome {cs}, but please keep to the rules below.",
        ),
        "closings": ("Fa'afetai tele lava.", "Malo 'aupito for reading.", "Soifua."),
        "american": False,
    },
    {  # Lincolnshire fen papers
        "site": ("the Holbeach Courier", "the Spalding & Fens Mercury", "the Long Sutton Standard"),
        "mods": ("the editor", "our digital team", "the moderators"),
        "who": ("readers",),
        "subject": ("the story", "the article", "this report"),
        "law": ("the law of England and Wales", "UK law"),
        "welfare": ("Lincolnshire children's services", "the police"),
        "urgent": ("call 999", "ring 999"),
        "advice": ("a qualified professional", "a solicitor or Citizens Advice"),
        "contact": ("email the newsdesk", "contact the newsdesk", "ring the office"),
        "langs": ("English",),
        "words": (("reply", "replies"), ("post", "posts"), ("contribution", "contributions")),
        "titles": ("Readers' Forum Rules", "Have Your Say: The Rules"),
        "intros": ("We welcome your views on local news from across the Fens.",),
        "closings": ("The Editor", "Thank you for reading your local paper."),
        "american": False,
    },
    {  # Idaho river-town weeklies
        "site": ("the Salmon River Sentinel", "the Clearwater Ledger", "Snake River Weekly News"),
        "mods": ("the editor", "our staff", "the publisher"),
        "who": ("readers", "subscribers"),
        "subject": ("the story", "the article", "local news"),
        "law": ("state and federal law", "Idaho law"),
        "welfare": ("the sheriff's office", "Idaho Health and Welfare"),
        "urgent": ("call 911", "dial 911"),
        "advice": ("a qualified professional", "a licensed professional"),
        "contact": ("email the editor", "call the office", "drop us a line"),
        "langs": ("English",),
        "words": (("post", "posts"), ("reply", "replies"), ("message", "messages")),
        "titles": ("Reader Guidelines", "Terms of Participation"),
        "intros": ("Thanks for joining the conversation about our river towns.",),
        "closings": ("The Publisher", "Thanks for supporting your hometown paper."),
        "american": True,
    },
    {  # water-polo clubs
        "site": ("the club", "Otters Water Polo Club", "Harbourside Polo", "the Tritons"),
        "mods": ("the committee", "the club secretary", "the admins"),
        "who": ("members", "players and parents"),
        "subject": ("the club and the sport", "training, matches and club news"),
        "law": ("UK law", "the law"),
        "welfare": ("the club welfare officer", "our welfare officer"),
        "urgent": ("call 999", "call 999 and then tell the welfare officer"),
        "advice": ("a qualified coach or doctor", "your coach"),
        "contact": ("message an admin", "speak to a committee member", "email the secretary"),
        "langs": ("English",),
        "words": (("post", "posts"), ("message", "messages")),
        "titles": ("Club Social Media Policy", "Members' Group Rules"),
        "intros": ("This group is for members, parents and friends of the club.",),
        "closings": ("Thanks, and see you at the pool.", "The Committee"),
        "american": False,
    },
    {  # embroiderers' guilds
        "site": ("the Guild", "the branch", "Stitch Circle", "the Needlework Guild"),
        "mods": ("the branch committee", "the forum admins", "our moderators"),
        "who": ("members", "stitchers"),
        "subject": ("stitching and Guild activities", "embroidery and textile art"),
        "law": ("UK law", "the law"),
        "welfare": ("the branch secretary", "a committee member"),
        "urgent": ("call 999", "contact the police"),
        "advice": ("an experienced tutor", "a qualified conservator"),
        "contact": ("message an admin", "email the branch secretary"),
        "langs": ("English",),
        "words": (("post", "posts"), ("message", "messages"), ("contribution", "contributions")),
        "titles": ("Guild Forum Guidelines", "Netiquette"),
        "intros": ("Welcome to the members' forum. Please take a moment to read our guidelines.",),
        "closings": ("Happy stitching!", "With thanks from the branch committee."),
        "american": False,
    },
    {  # diabetes parents' forums
        "site": ("Type 1 Family Forum", "the group", "Pumps and Pens Parents"),
        "mods": ("the admin team", "our volunteer moderators", "the admins"),
        "who": ("parents", "members", "parents and carers"),
        "subject": ("raising a child with type 1 diabetes", "type 1 diabetes and family life"),
        "law": ("UK law", "the law"),
        "welfare": ("the admin team", "your local children's services"),
        "urgent": ("call 999", "call 999 or go to A&E"),
        "advice": ("your child's paediatric diabetes team", "your diabetes nurse or consultant"),
        "contact": ("message an admin", "email the admin team"),
        "langs": ("English",),
        "words": (("post", "posts"), ("message", "messages"), ("reply", "replies")),
        "titles": ("Group Rules and Medical Disclaimer", "Please Read Before Posting"),
        "intros": ("This is a peer support group run by parents, for parents.",),
        "closings": ("Look after yourselves, and each other.", "The Admin Team"),
        "american": False,
    },
    {  # park-home residents
        "site": ("the Residents' Association", "Willow Park Residents", "the association"),
        "mods": ("the association committee", "the admins", "the committee"),
        "who": ("residents", "home owners", "members"),
        "subject": ("life on the park", "the park and its residents"),
        "law": ("UK law", "the law"),
        "welfare": ("the committee", "the police or social services"),
        "urgent": ("call 999", "dial 999"),
        "advice": ("a solicitor or Citizens Advice", "a qualified adviser"),
        "contact": ("speak to a committee member", "message the committee", "email the secretary"),
        "langs": ("English",),
        "words": (("post", "posts"), ("message", "messages")),
        "titles": ("Residents' Forum Rules", "Noticeboard Rules"),
        "intros": ("This forum is for home owners and residents of the park only.",),
        "closings": ("The Committee", "Thank you for being a good neighbour."),
        "american": False,
    },
    {  # steam-railway volunteers
        "site": ("the Society", "the railway", "the Volunteers' Forum"),
        "mods": ("the forum moderators", "the volunteer liaison team", "the web team"),
        "who": ("volunteers", "members"),
        "subject": ("the railway and its volunteering", "the line, its locomotives and its volunteers"),
        "law": ("UK law", "the law"),
        "welfare": ("the Society's safeguarding lead", "the safeguarding officer"),
        "urgent": ("call 999", "call 999 and inform the duty officer"),
        "advice": ("your supervisor or the duty officer", "the duty officer"),
        "contact": ("message a moderator", "email the volunteer office", "speak to the duty officer"),
        "langs": ("English",),
        "words": (("post", "posts"), ("message", "messages"), ("contribution", "contributions")),
        "titles": ("Volunteers' Forum Rules", "Members' Area: Conditions of Use"),
        "intros": ("This forum is for working members and volunteers of the railway.",),
        "closings": ("Thank you for all you do to keep the railway running.", "Forum Moderators"),
        "american": False,
    },
)

_COMMENT = ("comment", "comments")
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_BULLETS = ("•", "-", "*", "–", "·", "o", "▪", "►", "»")
_NUMBERED = ("{n}.", "{n}.", "{n})", "({n})", "{n} -", "{n}:", "#{n}", "Rule {n}:", "Rule {n} -", "No. {n}")
_LETTERED = ("{a}.", "{a})", "({a})", "{A}.", "{A})")
_ROMANS = ("{r}.", "({r})", "{R}.", "{R} -", "{r})")
_MONTHS = ("January", "February", "April", "May", "July", "August", "October", "December")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _SMALL else _cap(w) for i, w in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower()
    return heading


def _marker(shape: str, n: int) -> str:
    """Item ``n`` (from 1)'s marker in a site's shape: a bullet, or a number, letter or numeral in its frame."""
    if shape in _BULLETS or not shape:
        return shape
    letter = "abcdefghijklmnop"[n - 1]
    return shape.format(n=n, a=letter, A=letter.upper(), r=_ROMAN[n - 1], R=_ROMAN[n - 1].upper())


def _shape(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return rng.choice(_NUMBERED)
    if kind < 0.5:
        return rng.choice(_LETTERED)
    if kind < 0.58:
        return rng.choice(_ROMANS)
    if kind < 0.82:
        return rng.choice(_BULLETS)
    return ""


def _fills(rng: random.Random) -> tuple[dict[str, str], dict]:
    """One site: its kind, and what fills its placeholders (capitalised forms too)."""
    kind = rng.choice(_KINDS)
    words: dict[str, str] = {
        key: rng.choice(kind[key])
        for key in ("site", "mods", "who", "subject", "law", "welfare", "urgent", "advice", "contact", "langs")
    }
    one, many = _COMMENT if rng.random() < 0.75 else rng.choice(kind["words"])
    words.update(c=one, cs=many)
    words.update({_cap(key): _cap(value) for key, value in list(words.items())})
    return words, kind


def _items_214(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-214 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as
    ("", sentence). Draws a kind of site and fills its placeholders (its word for what readers send is "comment"
    three times in four); two to five items a quarter of the time, else six to sixteen, in the table's order or
    shuffled; per item a heading and one to three of its sentences in order. The site prints its headings in one
    case and one layout (a line of their own, run into the first sentence, none, questions and answers, numbered
    clauses, or a marker on a line of its own), with markers of one shape or none; now and then a date line or a
    sign-off; American spelling always for an American site; then ``_furnish``."""
    words, kind = _fills(rng)

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_214))
    chosen = rng.sample(range(len(REWORDINGS_214)), count)
    if rng.random() < 0.5:
        chosen.sort()
    layout = rng.choices(("own", "runin", "bare", "faq", "clauses", "apart"), weights=(34, 34, 12, 8, 6, 6))[0]
    case = rng.choice(("as", "as", "title", "title", "upper", "lower" if rng.random() < 0.2 else "as"))
    shape = _shape(rng)
    stop = rng.choice(("", "", ".", ":"))
    sep = rng.choice((": ", ". ", " - ", " – ", " — "))
    if shape.endswith(":") and sep == ": ":
        sep = " - "
    sub = rng.choice(("•", "-", "o", "")) if rng.random() < 0.25 else ""
    bare_stop = shape in _BULLETS and shape and rng.random() < 0.3
    section = rng.choice(("{n}.", "{n}", "Section {n} -", "{n}.0"))  # a clause-numbered site's heading number
    qa = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("", "")))
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_214[index]
        if layout == "faq":
            questions = [heading for heading in headings if heading.endswith("?")]
            heading = fill(rng.choice(questions))
        else:
            heading = _cased(fill(rng.choice(headings)), case)
            if layout == "own" and rng.random() < 0.08:
                heading = ""
        picked = sorted(rng.sample(range(5), rng.choices((1, 2, 3), weights=(45, 35, 20))[0]))
        parts = [fill(sentences[i]) for i in picked]
        if bare_stop:
            parts[-1] = parts[-1].rstrip(".")
        mark = _marker(shape, n)
        lead = mark + " " if mark else ""
        if layout == "own":
            if heading and not heading.endswith("?"):
                heading += stop
            if heading:
                items.append((lead + heading, *(sub + " " + part if sub else part for part in parts)))
            else:  # an item without a heading: its sentences under the item's own marker
                items.append(("", lead + parts[0], *parts[1:]))
        elif layout == "runin":
            joiner = " " if heading.endswith("?") and sep in (". ", ": ") else sep
            items.append(("", lead + heading + joiner + parts[0], *parts[1:]))
        elif layout == "bare":
            items.append(("", lead + parts[0], *parts[1:]))
        elif layout == "faq":
            items.append((lead + qa[0] + heading, qa[1] + parts[0], *parts[1:]))
        elif layout == "clauses":
            clauses = [f"{n}.{k} {part}" for k, part in enumerate(parts, 1)]
            items.append((section.format(n=n) + " " + heading, *clauses))
        else:  # the marker on a line of its own, the heading, then the sentences as one paragraph
            items.append((str(n), heading, " ".join(parts)))
    if rng.random() < 0.12:
        date = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2016, 2025)}"
        line = rng.choice(("Last updated: {d}", "Updated {d}.", "These rules were last reviewed on {d}.", "({d})"))
        where = 0 if rng.random() < 0.5 else len(items)
        items.insert(where, ("", line.format(d=date)))
    if rng.random() < 0.1:
        items.append(("", rng.choice(("- {Mods}", "Posted by {mods}", "{Mods}, {site}")).format(**words)))

    says = words["c"] == "comment"
    titles = [fill(t) for t in TITLES_214 + kind["titles"]]
    intros = [fill(t) for t in INTROS_214 + kind["intros"]]
    closings = [fill(t) for t in CLOSINGS_214 + kind["closings"]]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    if kind["american"]:
        items = [tuple(_american_with(AMERICAN_214, part) for part in item) for item in items]
        titles, intros, closings = (
            [_american_with(AMERICAN_214, t) for t in lines] for lines in (titles, intros, closings)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_214)
