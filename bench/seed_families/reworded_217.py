"""The ``reworded-217`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Seychelles and Mauritius English news, Isle of Man papers, Arkansas Ozark weeklies, rowing clubs,
woodturners' associations, Parkinson's carers' forums, retirement-village boards, windpump restoration volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module and the code and
top of ``reworded-212``'s were read, for their structure, and the end of the paragraph above ``discussed`` in
``bench_seed_family``'s docstring was seen)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish, _says_comment

#: Per item kind: heading choices (templates, without their stop; a question or two among them) and five sentences
#: (templates). Placeholders: {c} {cs} {C} {Cs} the site's word for what readers send; {site} the site; {board}
#: where readers write; {mods} {Mods} who moderates; {members} who writes there; {place} where they meet in person;
#: {topic}, {law}, {advice}, {emergency}, {contact}, {welfare}, {officers}, {sales}, {danger} as the kind of site
#: words them. Written in British spelling; a document may print it in American spelling (``AMERICAN_217``), and
#: an Ozark weekly always does.
REWORDINGS_217 = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "Play the ball, not the player",
            "Keep it civil",
            "Is it kind?",
            "Disagree politely",
        ),
        (
            "Criticise ideas as much as you like, but never the person who holds them.",
            "Personal attacks, name-calling and sneering at other {members} will see your {c} removed.",
            "Please treat people here as you would if you met them at {place}.",
            "Robust debate is welcome; bullying, goading and point-scoring are not.",
            "Write as though the person you are answering were reading over your shoulder, because they may well be.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for hatred",
            "Racism and bigotry",
            "What counts as hateful?",
        ),
        (
            "{Cs} that attack people for their race, religion, nationality, sex, sexuality, age or disability will be"
            " deleted without warning.",
            "Stirring up communal or religious hatred is against the law as well as against our rules.",
            "We do not allow slurs, stereotypes passed off as jokes, or links to material that promotes hatred.",
            "Mocking anyone for their illness, their accent or the way they speak has no place here.",
            "One hateful {c} is enough for an account to be closed.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Don't share other people's details",
            "Privacy",
            "Whose details are these?",
        ),
        (
            "Do not post anyone's address, telephone number, email or car registration, including your own.",
            "Photographs of other people should not be shared here without their permission.",
            "Please do not name private individuals, or describe them so that others could work out who they are.",
            "What people tell you in confidence, here or elsewhere, is theirs to share and not yours.",
            "Any {c} giving out someone else's personal details will be taken down at once.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Keeping people safe",
            "Worried about someone?",
            "Safeguarding concerns",
        ),
        (
            "If you are worried that a child or vulnerable adult is at risk, contact the police or social services"
            " rather than posting about it here.",
            "Never post pictures of children, including your own, together with their names, schools or clubs.",
            "Anyone who uses {board} to seek contact with children will be reported to the police.",
            "Safeguarding concerns can be raised in confidence with {welfare}.",
            "If someone here says they are in danger or may harm themselves, call {emergency} and tell {mods} straight"
            " away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "How moderation works",
        ),
        (
            "Every {c} is read by a moderator before it appears, so there may be a delay.",
            "{Mods} will check the queue as time allows, which may be only once a day at weekends and on holidays.",
            "{Cs} sent in the evening may not be published until the following morning.",
            "Please do not send the same {c} again if it does not appear straight away; it is simply waiting to be"
            " read.",
            "The first few {cs} from a new account are always held for approval.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Off-topic {cs}",
            "Right place, right discussion",
        ),
        (
            "Please keep to {topic}.",
            "{Cs} that wander off into unrelated arguments will be removed.",
            "If you want to raise something different, find or start a discussion where it belongs.",
            "Party political campaigning does not belong here.",
            "Old quarrels carried over from one discussion to the next will be closed down.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "No adverts or spam",
            "Can I promote my business?",
        ),
        (
            "{Cs} that advertise goods, services or events for profit will be removed.",
            "Links to other websites are allowed only where they add something to the discussion.",
            "Repeated or copied {cs}, chain letters and money-making schemes count as spam and will be deleted.",
            "Please do not use {board} to sell things; {sales}.",
            "Accounts that exist only to promote a product, a cure or a website will be closed.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "One account each",
            "Accounts",
            "Who are you?",
            "Names and usernames",
            "Impersonation",
        ),
        (
            "Please post under your own name, or a username that is neither offensive nor misleading.",
            "Each person may have only one account; extra accounts will be merged or closed.",
            "Do not pretend to be another person, a member of {officers} or an official body.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Accounts registered with a false email address will be deleted.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "Is it legal?",
            "Libel and contempt",
        ),
        (
            "Do not post anything defamatory, that is, untrue and damaging to someone's reputation.",
            "{Cs} about court cases that are still going on can put a trial at risk and will not be published.",
            "You are legally responsible for what you write, and {law} applies here just as it does in print.",
            "Do not accuse anyone by name of a crime unless they have been convicted of it.",
            "We will co-operate with the police and the courts if asked for details of a {c} or the account that"
            " posted it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Don't copy and paste",
            "Whose words are they?",
            "Photos and copyright",
            "Other people's work",
        ),
        (
            "Do not paste whole articles, photographs or videos that belong to someone else.",
            "A short quotation with a link to its source is fine; copying the lot is not.",
            "By posting you give {site} permission to publish your {c} and any photographs with it.",
            "If you post a photograph, it must be one you took or have permission to use.",
            "Material that breaches copyright will be removed as soon as we are told about it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report a problem rather than replying to it; answering back only feeds the argument.",
            "Reports are anonymous, and {mods} will look at every one of them.",
            "You can also write to {contact} with a link to the {c} and the reason for your concern.",
            "Reporting a {c} simply because you disagree with it wastes everyone's time.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Our right to remove",
            "At our discretion",
            "Who decides?",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean that {site} agrees with it.",
            "We may close discussion on any subject, at any time, without notice.",
            "Decisions about what stays and what goes are made by {mods}, and theirs is the final word.",
            "These rules may be changed from time to time; the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News and notices",
            "Tell us",
        ),
        (
            "If we have got something wrong, please tell {contact} rather than leaving a {c}, so it can be put right"
            " quickly.",
            "Corrections are published as soon as they have been checked.",
            "Have a story or a photograph we should see? Send it to {contact}.",
            "Results, reports and notices of events should be sent to {contact} rather than posted here.",
            "A {c} is not the way to complain about what we publish; our complaints procedure is on the Contact page.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "Language",
            "Plain English, please",
            "Can I swear?",
        ),
        (
            "Swearing, including words with letters starred out, is not allowed.",
            "Please write in English so that everyone, {mods} included, can follow the conversation.",
            "Writing in capitals reads as shouting, so please don't.",
            "Crude or sexual language will be removed, however it is meant.",
            "Text-speak and long strings of emojis make {cs} hard to read for many of our {members}.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Sanctions",
            "Repeat offenders",
        ),
        (
            "Breaking these rules will usually earn a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or hatred, can lead to an immediate ban.",
            "Anyone banned who comes back under another name will be banned again, without discussion.",
            "If you think a decision was unfair, write to {contact}; please do not argue it out in public.",
            "We keep a record of warnings, and they are taken into account if there is a next time.",
        ),
    ),
    (  # safety and advice
        (
            "Safety first",
            "Advice given here",
            "Is this advice?",
            "Not professional advice",
            "At your own risk",
            "Staying safe",
        ),
        (
            "Anything posted here is the view of fellow {members}, and no substitute for {advice}.",
            "Always check what you read here with {advice} before acting on it.",
            "In an emergency call {emergency}; do not post about it here and wait for a reply.",
            "{Cs} that encourage dangerous practice, {danger}, will be removed.",
            "We cannot check the qualifications of anyone giving advice here, so please weigh it carefully.",
        ),
    ),
)


#: Titles, opening and closing lines such sites print with their rules (templates; those saying "comment" are not
#: drawn by a site that never does).
TITLES_217 = (
    "House rules",
    "Posting guidelines",
    "{C} policy",
    "Community guidelines",
    "Forum rules",
    "Rules of the board",
    "Before you post",
    "Guidelines for {cs}",
    "Code of conduct",
    "Forum etiquette",
    "Online code of conduct",
    "Comment guidelines",
    "Have your say: the rules",
    "Terms of participation",
)

INTROS_217 = (
    "{Cs} are welcome on {site}, provided they keep to the rules below.",
    "Please read these guidelines before you post.",
    "By posting on {board} you agree to the following.",
    "We want {board} to be a friendly and useful place for all {members}.",
    "These rules apply to everyone who posts here, however long they have been a member.",
    "We welcome comments from all our {members}, within a few simple rules.",
)

CLOSINGS_217 = (
    "Thank you for helping to keep {board} a good place to be.",
    "Questions about these rules can be sent to {contact}.",
    "Happy posting!",
    "These guidelines are reviewed every year.",
    "Enjoy the discussion, and look after one another.",
    "We reserve the right to amend these rules at any time.",
    "Thank you for your comments and for keeping to the rules.",
)

#: British spellings in the lists above and their American forms.
AMERICAN_217 = {
    "criticise": "criticize",
    "co-operate": "cooperate",
    "car registration": "license plate",
    "neighbour": "neighbor",
    "adverts": "ads",
}

#: Kinds of site: names, who moderates, where readers write (none saying "comment"), where readers write (saying
#: it), who writes there, where they meet, the subject, the law, advice, the emergency number, where to write, who
#: takes safeguarding concerns, whose member not to pose as, where selling belongs, dangerous practice, sign-offs,
#: dated lines (templates with {when}), and whether the site writes American spelling.
_KINDS = (
    dict(  # Seychelles English news
        sites=("Seychelles Today Online", "the Mahé Courier", "the Victoria Sentinel"),
        mods=("our moderators", "the online desk", "the editor"),
        boards=("our website", "the discussion pages", "our reader forum"),
        comment_boards=("the comments section", "our comment pages"),
        members=("readers",),
        place=("the market in Victoria", "a public meeting", "the jetty"),
        topic=("the subject of the story", "the article you are reading"),
        law=("the law of Seychelles", "the Cybercrime Act"),
        advice=("professional advice", "advice from a qualified person"),
        emergency=("999",),
        contact=("the newsroom", "the editor", "our newsdesk"),
        welfare=("the editor", "the Social Affairs department"),
        officers=("our staff", "the newsroom staff"),
        sales=("our classified adverts are the place for that", "contact our advertising department instead"),
        danger=("such as hoax remedies or risky stunts at sea",),
        signoffs=("The Editor", "Editorial team", "Management"),
        dated=("Last updated: {when}", "Updated {when}"),
        american=False,
    ),
    dict(  # Mauritius English news
        sites=("the Port Louis Sentinel", "Island Post Mauritius", "the Mauritius Daily Record"),
        mods=("our moderators", "the web team", "the editorial team"),
        boards=("our website", "this page", "our reader forum"),
        comment_boards=("the comments section", "our comments"),
        members=("readers", "readers in Mauritius and abroad"),
        place=("the bazaar", "a public meeting", "a family wedding"),
        topic=("the subject of the article", "the story in question"),
        law=("the Cybersecurity and Cybercrime Act", "Mauritian law"),
        advice=("professional advice", "advice from a qualified person"),
        emergency=("999", "114 for SAMU"),
        contact=("the newsroom", "the editor", "our web team"),
        welfare=("the editor", "the Child Development Unit"),
        officers=("our staff", "the editorial team"),
        sales=("our classifieds are the place for that", "please contact our advertising department instead"),
        danger=("such as miracle cures or dangerous challenges",),
        signoffs=("The Editor", "The editorial team", "The Web Team"),
        dated=("Last updated: {when}", "Revised {when}"),
        american=False,
    ),
    dict(  # Isle of Man papers
        sites=("the Manx Courier", "the Douglas Gazette", "Mona Daily Online"),
        mods=("our moderators", "the online team", "the newsdesk"),
        boards=("our website", "the reader forum", "our pages"),
        comment_boards=("the comments section", "our comment threads"),
        members=("readers", "readers on and off the Island"),
        place=("the quayside in Douglas", "the TT grandstand", "a Tynwald Day gathering"),
        topic=("the subject of the article", "the story you are reading"),
        law=("Manx law", "the law of the Isle of Man"),
        advice=("professional advice", "proper legal or medical advice"),
        emergency=("999",),
        contact=("the newsdesk", "the editor", "our online team"),
        welfare=("the editor", "the Safeguarding Board"),
        officers=("our staff", "the editorial team"),
        sales=("our classified section is the place for that", "please book an advert instead"),
        danger=("such as riding the Mountain Road at reckless speed",),
        signoffs=("The Editor", "Online team", "The newsdesk"),
        dated=("Last updated: {when}", "Updated {when}"),
        american=False,
    ),
    dict(  # Arkansas Ozark weeklies
        sites=("the Buffalo River Ledger", "the Ozark Hollow Herald", "the White River Weekly"),
        mods=("our moderators", "the publisher", "the editor"),
        boards=("our website", "the reader forum", "our Facebook page"),
        comment_boards=("the comments section", "our comment boxes"),
        members=("readers", "neighbours"),
        place=("the feed store", "a ball game", "church on Sunday"),
        topic=("the story at hand", "the subject of the article"),
        law=("Arkansas and federal law", "the law"),
        advice=("professional advice", "advice from a doctor or lawyer"),
        emergency=("911",),
        contact=("the editor", "the newsroom", "our office"),
        welfare=("the editor", "the county sheriff's office"),
        officers=("our staff", "the newspaper staff"),
        sales=("classified ads are the place for that", "call our office to place an ad"),
        danger=("such as floating the river in flood stage",),
        signoffs=("The Editor", "The Publisher", "Staff"),
        dated=("Last updated: {when}", "Updated {when}"),
        american=True,
    ),
    dict(  # rowing clubs
        sites=("Wyebridge Rowing Club", "Ouse Amateur Rowing Club", "Cam Reach Boat Club"),
        mods=("the committee", "the forum moderators", "the Captain and committee"),
        boards=("the club forum", "the members' message board", "this forum"),
        comment_boards=("the comments on club news", "the comment pages"),
        members=("members", "members and parents"),
        place=("the boathouse", "the bar after a regatta", "the landing stage"),
        topic=("rowing and the club's business", "the subject of the thread"),
        law=("the law", "the law of the land"),
        advice=("your coach's instruction and the club's safety rules", "the Water Safety Adviser"),
        emergency=("999",),
        contact=("the Club Secretary", "the committee", "the webmaster"),
        welfare=("the Club Welfare Officer", "the Welfare Officer"),
        officers=("the committee", "the coaching team"),
        sales=("the kit exchange page is the place for that", "ask the Captain before advertising any kit"),
        danger=("such as going out alone, after dark or on a red flag",),
        signoffs=("The Committee", "Club Secretary", "Hon. Secretary"),
        dated=("Approved by the committee, {when}", "Adopted at the AGM, {when}", "Last reviewed {when}"),
        american=False,
    ),
    dict(  # woodturners' associations
        sites=("the Mercia Woodturners' Association", "Pennine Woodturners", "the Three Shires Turning Club"),
        mods=("the moderators", "the committee", "the forum team"),
        boards=("the members' forum", "this forum", "the gallery and forum"),
        comment_boards=("the comment threads", "the comments under the gallery"),
        members=("members", "turners"),
        place=("a club night", "the demonstration table", "the tea break at a meeting"),
        topic=("woodturning and the association's activities", "the subject of the thread"),
        law=("the law", "the law of the land"),
        advice=("proper instruction from an experienced turner", "the maker's safety instructions"),
        emergency=("999",),
        contact=("the Secretary", "the forum team", "the webmaster"),
        welfare=("the Safeguarding Lead", "the Secretary"),
        officers=("the committee", "the forum team"),
        sales=("the For Sale and Wanted section is the place for that", "use the sales board in the forum"),
        danger=("such as turning without a face shield or with loose sleeves",),
        signoffs=("The Committee", "Forum Admin", "The Secretary"),
        dated=("Agreed by the committee, {when}", "Last reviewed {when}"),
        american=False,
    ),
    dict(  # Parkinson's carers' forums
        sites=("the Carers' Circle forum", "Parkinson's Carers Together", "the Tremor Friends forum"),
        mods=("the moderators", "the forum team", "our volunteer moderators"),
        boards=("this forum", "the forum", "our community"),
        comment_boards=("the comments on our blog", "the comment pages"),
        members=("carers", "members", "carers and family members"),
        place=("a support group", "a carers' café", "the clinic waiting room"),
        topic=("caring for someone with Parkinson's", "the subject of the thread"),
        law=("the law", "UK law"),
        advice=("advice from a GP, consultant or Parkinson's nurse", "your Parkinson's nurse"),
        emergency=("999", "999 or 111"),
        contact=("the forum team", "the moderators", "our helpline"),
        welfare=("the forum team", "our safeguarding lead"),
        officers=("the forum team", "the charity's staff"),
        sales=("nothing may be sold here, however useful it seems", "the forum is not a marketplace"),
        danger=("such as stopping or changing medication without medical advice",),
        signoffs=("The Forum Team", "The Moderators", "Forum team"),
        dated=("Last updated: {when}", "Reviewed {when}"),
        american=False,
    ),
    dict(  # retirement-village boards
        sites=("Beechwood Park Village", "Orchard Lea Retirement Village", "The Willows Village"),
        mods=("the residents' committee", "the village manager", "the moderators"),
        boards=("the residents' board", "the village noticeboard", "this board"),
        comment_boards=("the comments section", "the comment pages"),
        members=("residents", "residents and their families"),
        place=("the residents' lounge", "the coffee morning", "the bowling green"),
        topic=("village life and village business", "the subject of the notice"),
        law=("the law", "the law of the land"),
        advice=("the village staff", "your own doctor"),
        emergency=("999",),
        contact=("the village manager", "the residents' committee", "reception"),
        welfare=("the village manager", "the duty manager"),
        officers=("the village staff", "the residents' committee"),
        sales=("the shop noticeboard is the place for that", "please use the card in the shop window"),
        danger=("such as propping open the security doors",),
        signoffs=("Residents' Committee", "Village Management", "The Village Manager"),
        dated=("Agreed by the Residents' Committee, {when}", "Updated {when}"),
        american=False,
    ),
    dict(  # windpump restoration volunteers
        sites=("the Fenland Windpump Trust", "the Broads Drainage Mills Volunteers", "the Marsh Windpump Society"),
        mods=("the trustees", "the volunteer coordinator", "the moderators"),
        boards=("the volunteers' forum", "this group", "the message board"),
        comment_boards=("the comments on our news pages", "the comment threads"),
        members=("volunteers", "members and volunteers"),
        place=("a work party", "an open day", "the mill"),
        topic=("the mills and the work of the trust", "the subject of the thread"),
        law=("the law", "the law of the land"),
        advice=("a site induction and the work party leader's say-so", "the trust's risk assessments"),
        emergency=("999",),
        contact=("the volunteer coordinator", "the Secretary", "the trustees"),
        welfare=("the volunteer coordinator", "the trustee responsible for safeguarding"),
        officers=("the trustees", "the work party leaders"),
        sales=("the sales table at open days is the place for that", "ask the trustees first"),
        danger=("such as climbing a tower without a harness or working alone at a mill",),
        signoffs=("The Trustees", "Volunteer Coordinator", "The Secretary"),
        dated=("Agreed by the trustees, {when}", "Last reviewed {when}"),
        american=False,
    ),
)

_WORDS_COMMENT = (("comment", "comments"),) * 7 + (("post", "posts"), ("reply", "replies"))
_WORDS = (("post", "posts"), ("post", "posts"), ("message", "messages"), ("reply", "replies"))
_WORDS_NEWS = (("contribution", "contributions"), ("post", "posts"), ("reply", "replies"))
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes (``n`` the item's number, ``a`` its letter, ``r`` its roman numeral, ``s`` a section's number).
_SHAPES = (
    *("", "", "", "{n}.", "{n}.", "{n})", "({n})", "{n} -", "{n}/", "No. {n}", "Rule {n}.", "Rule {n}:", "R{n}"),
    *("{a}.", "({a})", "{A})", "{r})", "({r})", "{R}.", "§{n}", "{s}.{n}", "{s}.{n}"),
    *("•", "•", "-", "*", "–", "o", "·", ">", "»"),
)
_SECTIONS = (
    ("What we do not allow", "How we moderate"),
    ("The rules", "Moderation"),
    ("Please don't", "What we do"),
    ("Part 1: Conduct", "Part 2: Moderation"),
    ("Your responsibilities", "Our responsibilities"),
)
_MONTHS = ("January", "February", "April", "May", "July", "September", "October", "December")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _cased(heading: str, case: str) -> str:
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _SMALL else _cap(w) for i, w in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading[:1].lower() + heading[1:]
    return heading


def _marker(shape: str, n: int, section: int) -> str:
    return shape.format(
        n=n,
        a="abcdefghijklmnop"[n - 1],
        A="ABCDEFGHIJKLMNOP"[n - 1],
        r=_ROMAN[n - 1],
        R=_ROMAN[n - 1].upper(),
        s=section,
    )


def _items_217(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-217 policy. Draws a kind of site (an Ozark weekly then prints American spelling) and whether it
    says "comment" (0.78; else neither its word for what readers send, nor where, nor its title, opening or closing
    does); two to five items (0.3) or six to all sixteen, in the table's order (0.5) or drawn; one to three
    sentences an item; per site a heading case, a placing of headings (none, on their own part with or without a
    stop, run in before a colon, stop or dash, run in wrapped in brackets or asterisks), a question-and-answer
    printing now and then, an item now and then without its heading, a marker shape or none (numbered, lettered,
    roman, by rule, by section and clause, bulleted; now and then a part of its own), sentences under a heading now
    and then bulleted, the items now and then split under two section lines; now and then a dated line or a
    sign-off; then ``_furnish``."""
    kind = rng.choice(_KINDS)
    says = rng.random() < 0.78
    news = kind["members"][0] == "readers"
    c, cs = rng.choice(_WORDS_COMMENT if says else _WORDS_NEWS if news else _WORDS)
    boards = kind["comment_boards"] if says and c != "comment" else kind["boards"]
    if says and c == "comment":
        boards = boards + kind["comment_boards"]
    mods = rng.choice(kind["mods"])
    words = {
        "c": c,
        "cs": cs,
        "C": _cap(c),
        "Cs": _cap(cs),
        "site": rng.choice(kind["sites"]),
        "board": rng.choice(boards),
        "mods": mods,
        "Mods": _cap(mods),
        **{
            key: rng.choice(kind[key])
            for key in ("members", "place", "topic", "law", "advice", "emergency", "contact", "welfare")
        },
        **{key: rng.choice(kind[key]) for key in ("officers", "sales", "danger")},
    }

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_217))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_217[i] for i in sorted(rng.sample(range(len(REWORDINGS_217)), count))]
    else:
        chosen = rng.sample(REWORDINGS_217, count)
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("none", "own", "own", "own", "run", "run", "run", "wrap"))
    faq = placing == "own" and rng.random() < 0.15
    if faq and case == "lower":
        case = "sentence"
    if placing == "own":
        stop = rng.choice(("", "", ".", ":"))
    elif placing == "run":
        stop = rng.choice((": ", ": ", ". ", " – ", " - ", " -- ", " — "))
    else:
        stop = rng.choice((("[", "] "), ("*", "* "), ("**", "** "), ("**", ":** ")))
    qa = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("", ""))) if faq else ("", "")
    shape = rng.choice(_SHAPES)
    section = rng.randint(2, 12)
    alone = bool(shape) and placing == "own" and rng.random() < 0.15
    bullet = rng.choice(("- ", "• ", "– ", "o ")) if placing == "own" and not faq and rng.random() < 0.12 else ""
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        heading = ""
        if placing != "none" and rng.random() >= 0.07:
            pool = [h for h in headings if h.endswith("?")] if faq else headings
            heading = _cased(fill(rng.choice(pool or headings)), case)
        marker = _marker(shape, n, section)
        if heading and placing == "own":
            head = heading if heading.endswith("?") else heading + stop
            if faq:
                head, parts[0] = qa[0] + head, qa[1] + parts[0]
            parts = [bullet + part for part in parts]
            if alone:
                items.append((marker, head, *parts))
            else:
                items.append((f"{marker} {head}" if marker else head, *parts))
            continue
        if heading and placing == "wrap":
            close = stop[1].replace(":", "") if heading.endswith("?") else stop[1]
            parts[0] = stop[0] + heading + close + parts[0]
        elif heading:
            parts[0] = heading + (" " if heading.endswith("?") else stop) + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))
    if len(items) >= 6 and rng.random() < 0.1:
        first, second = rng.choice(_SECTIONS)
        items.insert(len(items) // 2, (_cased(second, case), ""))
        items.insert(0, (_cased(first, case), ""))
    if rng.random() < 0.15:
        when = f"{rng.choice(_MONTHS)} {rng.randint(2018, 2026)}"
        items.append(("", rng.choice(kind["dated"]).format(when=when)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(("", "— ", "- ", "~ ")) + rng.choice(kind["signoffs"])))
    titles = [fill(t) for t in TITLES_217]
    intros = [fill(t) for t in INTROS_217]
    closings = [fill(t) for t in CLOSINGS_217]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    if kind["american"]:
        items = [tuple(_american_with(AMERICAN_217, part) for part in item) for item in items]
        titles, intros, closings = (
            [_american_with(AMERICAN_217, t) for t in lines] for lines in (titles, intros, closings)
        )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_217)
