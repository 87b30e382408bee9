"""The ``reworded-151`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Sites: Barbadian community news, Pembrokeshire coastal papers, Maine lobster-town weeklies, (field) hockey clubs,
calligraphy guilds, endometriosis support boards, food-bank volunteer networks and canal-restoration trusts.

Written blind: from how such sites word and print their house rules, posting rules and community guidelines, without
reading the cleaner's code, docs or reports, nor any other family's sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05), for the next change to the notice. Per item kind: heading choices (a document picks one;
#: printed without a stop, which the site adds), and five sentences, of which an item prints one to three. ``{c}``,
#: ``{cs}``, ``{C}`` and ``{Cs}`` stand for the site's word for what readers send. British spelling; a document
#: may print it in American spelling (``AMERICAN_151``).
REWORDINGS_151 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Courtesy costs nothing",
            "Play the ball, not the player",
            "Can I disagree with someone?",
            "Be civil",
        ),
        (
            "Disagree by all means, but do it politely and without getting personal.",
            "Take issue with what people say, not with who they are; criticise the argument, not the person.",
            "Treat fellow members as you would if you were standing next to them on the towpath.",
            "Name-calling, sneering and belittling other readers will see your {c} removed.",
            "Most of the people here are volunteers or neighbours, so please keep your {cs} courteous.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Zero tolerance for discrimination",
            "Everyone is welcome here",
            "What counts as hateful?",
            "Bigotry",
            "Racism and prejudice",
        ),
        (
            "We will remove any {c} that attacks people because of their race, religion, nationality, sex, sexuality, age or disability.",
            "Remarks about where someone comes from, their accent or their parish that are meant to demean them have no place here.",
            "Slurs are not allowed, even in jest or disguised with asterisks and symbols.",
            "{Cs} that blame the people who use the food bank for their circumstances will not be published.",
            "We do not allow material that stirs up hostility towards incomers, visitors or any other group.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep it confidential",
            "Can I share my own story?",
            "Privacy and confidentiality",
            "Personal details",
        ),
        (
            "Never post phone numbers, email addresses or home addresses, whether your own or anyone else's.",
            "What is shared here stays here; please do not copy other members' {cs} to social media.",
            "Do not name or describe the people who collect parcels from the food bank, even in passing.",
            "You are welcome to share your own medical history, but think carefully about how much you reveal on an open forum.",
            "Photographs showing number plates, house numbers or children's faces will be edited or removed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Junior members",
            "Who do I tell if I'm worried about a child?",
            "Keeping young players safe",
            "Welfare",
        ),
        (
            "Do not name, tag or post photographs of junior players without written consent from a parent or guardian.",
            "Any concern about the welfare of a child should go straight to the club's Welfare Officer, not onto this page.",
            "Adults must not use this forum to contact under-18 members privately.",
            "If a {c} suggests that someone is at risk of harm, our moderators may pass it on to the appropriate authorities.",
            "We follow our governing body's safeguarding policy, and so must everyone who posts here.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "How long does approval take?",
            "Moderated by volunteers",
        ),
        (
            "Every {c} is read by a moderator before it appears, so there may be a short delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not be approved until the next working day.",
            "The newsroom is small; please allow up to 48 hours for your {c} to be published.",
            "New members' first three {cs} are held for approval, after which they appear straight away.",
            "Sending the same {c} again will not speed things up and may land it in the spam folder.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is this the right place?",
            "Relevance",
            "Off-topic {cs}",
            "What can I talk about here?",
        ),
        (
            "Please keep {cs} relevant to the story or thread you are replying to.",
            "This board is for support with endometriosis and related conditions; general chat belongs in the Coffee Room.",
            "Arguments about quotas, licences and zone councils belong on the Fisheries page, not under every harbour story.",
            "Off-topic {cs} may be moved to a more suitable thread or removed altogether.",
            "Lock gates, dredging and work parties are what this page is for; national politics is not.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising of any kind, including links to your own shop or website, is not permitted without the committee's agreement.",
            "Members may offer nibs, inks and paper for sale only in the Marketplace section.",
            "Boats, gear and traps for sale go in the classifieds, not in the {cs}.",
            "Repeated links, chain letters and get-rich-quick offers will be deleted and the account blocked.",
            "Appeals for other charities need the network coordinator's approval before they are posted.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "One person, one account",
            "Usernames",
            "Do I have to use my real name?",
            "Who can post?",
        ),
        (
            "{Cs} must be submitted under your full name with a working email address.",
            "Pseudonyms are fine, but you may hold only one account and must not pretend to be someone else.",
            "Usernames that include medical details, email addresses or offensive words will be changed by the moderators.",
            "Only members whose subscriptions are up to date may post; guests can read the forum but not reply.",
            "We do not publish anonymous letters or {cs}, although a name may be withheld in exceptional circumstances.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Could I be sued?",
            "Court cases",
            "The law",
        ),
        (
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you as well as us.",
            "Do not discuss court cases that are still under way; doing so may be contempt of court.",
            "Never accuse a named person of a crime unless they have been convicted of it.",
            "{Cs} that could prejudice a case before the Magistrates' Court or the High Court will not be published.",
            "Anything that encourages others to break the law, including damage to boats, traps or lock gear, will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and images",
            "Can I share a picture?",
            "Credit the artist",
            "Intellectual property",
        ),
        (
            "Only upload photographs and images that you took yourself or have permission to use.",
            "Please do not post scans of another calligrapher's work without their permission and a credit.",
            "Quote a short passage if you must, but do not paste whole articles from other newspapers.",
            "By sending us a {c} or photograph, you give us permission to publish it in print and online.",
            "Exemplars and worksheets shared by tutors are for members' own practice and must not be reposted.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "See something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Let us know",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please raise problems with the moderators instead of arguing in the thread.",
            "You can also email the editor with a link to the {c} and a short note of what is wrong.",
            "Reports are confidential, and the member you report will not be told who made it.",
            "Don't feed the trolls: report them and move on.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The final say",
            "Moderator decisions",
            "Who decides?",
            "Right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final and will not be debated on the open forum.",
            "We may close {cs} on any story at any time, particularly where legal issues arise.",
            "If you disagree with a moderation decision, send a private message to the board administrators.",
            "The trustees may remove anything they consider harmful to the Trust's work or reputation.",
        ),
    ),
    (  # corrections and news tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Got a story?",
            "News tips",
            "Corrections and clarifications",
            "Tell us what's happening",
        ),
        (
            "If we have got something wrong, please email the newsroom rather than leaving a {c}, so that we can put it right quickly.",
            "Corrections are printed in the following week's edition, and the online story is updated.",
            "Have a story from around the harbour? Call the newsroom or drop it into the office.",
            "Tips about events in your parish are always welcome; send them to the news desk with a contact number.",
            "Errors in match reports or results should be sent to the club secretary, who will correct them.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "What language can I write in?",
            "Write clearly",
        ),
        (
            "Swearing, crude language and abbreviations of swear words are not allowed.",
            "{Cs} in Welsh or English are equally welcome.",
            "Please do not write in capital letters; it reads as shouting.",
            "Bajan dialect is welcome, but obscenities in any language are not.",
            "Keep it family-friendly: young players and their parents read this page too.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
            "Repeat offenders",
        ),
        (
            "Members who break these rules will receive a warning, and a second breach may lead to suspension.",
            "We operate a three-strikes policy, after which your account will be closed.",
            "Serious breaches, such as threats or harassment, will result in an immediate ban.",
            "Banned users who return under a new name will be removed again without notice.",
            "Persistent offenders may also be referred to the club committee under the disciplinary code.",
        ),
    ),
    (  # safety and medical advice
        (
            "Not medical advice",
            "Seek professional help",
            "Your health",
            "Is this medical advice?",
            "Safety first",
            "Advice from members",
        ),
        (
            "Members share their own experiences, but nothing on this board replaces advice from your GP or gynaecologist.",
            "Please do not recommend stopping or changing prescribed medication.",
            "If you are in severe pain or need urgent help, call 999 or go to your nearest A&E department.",
            "Never go onto lock gates or near weirs during a work party without a trained volunteer leader.",
            "Storage advice given by volunteers is general; always follow the instructions on the packaging.",
        ),
    ),
)

#: A Welsh heading for each kind (in the table's order), which a Pembrokeshire paper may print beside its English one.
WELSH_151 = (
    "Byddwch yn barchus",
    "Dim casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadwch at y pwnc",
    "Hysbysebu",
    "Eich cyfrif",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Penderfyniad y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion a gwaharddiadau",
    "Diogelwch",
)

#: The site's word for what readers send, singular and plural.
WORDS_151 = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

#: Titles some sites print above their rules (those that say "comment" only on sites that use the word).
POLICY_TITLES_151 = (
    "House Rules",
    "Community Guidelines",
    "Comment Policy",
    "Forum Rules",
    "Posting guidelines",
    "Rules of the Board",
    "Noticeboard etiquette",
    "Before you post",
    "Reader comments: our rules",
    "Message Board Guidelines",
    "Using this page",
)

POLICY_INTROS_151 = (
    "Please read these house rules before you send a {c}.",
    "We welcome {cs} from readers across the island, provided they follow the guidelines below.",
    "This forum is a safe space for people living with endometriosis, and these rules help to keep it that way.",
    "The Trust's pages are run by volunteers, so please help us by sticking to the following.",
    "By submitting a {c}, you agree to the terms below.",
    "Members of the Guild are asked to observe the following when using the noticeboard.",
)

POLICY_CLOSINGS_151 = (
    "Thank you for helping to keep this a friendly place.",
    "Last updated: 3 March 2025",
    "Questions about these guidelines can be sent to the editor.",
    "Happy posting, and see you at the next work party!",
    "The Moderation Team",
    "Thanks for being part of our community.",
    "These rules may be changed at any time without notice.",
)

#: British spellings in the lists above and their American forms (a reworded-151 document prints one or the other).
AMERICAN_151 = {
    "criticise": "criticize",
    "neighbours": "neighbors",
    "licences": "licenses",
    "harbour": "harbor",
    "gynaecologist": "gynecologist",
    "number plates": "license plates",
    "organisation": "organization",
}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Marker shapes, weighted by repetition: {n} a number, {a} a letter, {r} a roman numeral; "" none.
_MARKERS = (
    "",
    "",
    "",
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "\u25aa",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "Rule {n}:",
    "Rule {n} \u2013",
)

_MINOR = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "as"}


def _marker(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    return shape.format(n=n + 1, a=letter, A=letter.upper(), r=_ROMAN[n], R=_ROMAN[n].upper())


def _cased(heading: str, case: str) -> str:
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _MINOR else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if case == "upper":
        return heading.upper()
    if case == "lower":
        return heading.lower().replace("i'm", "I'm").replace(" i ", " I ")
    return heading


def _items_151(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-151 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", text).

    Drawn per site: its word for what readers send ("comment" on three sites in four); two to four item kinds
    (0.3) or six to sixteen, in the table's order or shuffled; headings in sentence, title, capital or lower case,
    on a part of their own (with a stop, a colon or nothing) or run in before a colon, a stop or a dash, or none
    at all (0.12), now and then one item without its heading; a marker shape or none; one to three sentences an
    item, as parts of their own or run together; then a few printing habits of such sites: Welsh headings beside
    the English (0.08), headings in Markdown bold (0.05), bullets without final stops, a marker on a part of its
    own; and opening, closing and title lines by ``_furnish``."""
    word, words = rng.choice(WORDS_151[1:]) if rng.random() < 0.25 else WORDS_151[0]
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_151)), count)
    if rng.random() < 0.5:
        kinds.sort()
    bare = rng.random() < 0.12
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("own", "own", "own", "own", ":", ":", ".", "dash"))
    after = rng.choice(("", "", ":", "."))  # what the site prints after a heading on a part of its own
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    shape = rng.choice(_MARKERS)
    bulleted = bool(shape) and "{" not in shape
    terse = bulleted and rng.random() < 0.25  # short bulleted lines, printed without final stops
    alone = bool(shape) and rng.random() < 0.07  # the marker printed apart from the item, as some lists scrape
    welsh = rng.random() < 0.08
    bold = not bare and rng.random() < 0.05
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.4
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_151[kind]
        heading = "" if bare or rng.random() < 0.06 else _cased(rng.choice(headings).format(**fill), case)
        if heading and welsh:
            heading += " / " + (WELSH_151[kind].upper() if case == "upper" else WELSH_151[kind])
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        texts = [sentences[i].format(**fill) for i in picked]
        if terse:
            texts = [text.rstrip(".") for text in texts]
        body = [" ".join(texts)] if joined else texts
        question = heading.endswith("?")
        if heading and placing != "own":
            stop = dash if placing == "dash" else (" " if question else placing + " ")
            lead = f"**{heading}**" if bold else heading
            body[0] = lead + stop + body[0]
            heading = ""
        elif heading:
            heading = heading if question else heading + after
            heading = f"**{heading}**" if bold else heading
        mark = _marker(shape, n)
        if alone:
            items.append((mark, heading, *body))
            continue
        if mark and heading:
            heading = f"{mark} {heading}"
        elif mark:
            body[0] = f"{mark} {body[0]}"
        items.append((heading, *body))

    def pick(lines: tuple[str, ...]) -> list[str]:  # a site without the word "comment" prints none of these
        return [line.format(**fill) for line in lines if word == "comment" or not _says_comment(line)]

    titles = ["Community Guidelines / Canllawiau Cymunedol"] if welsh else pick(POLICY_TITLES_151)
    return _furnish(items, rng, pick(POLICY_INTROS_151), pick(POLICY_CLOSINGS_151), titles, AMERICAN_151)
