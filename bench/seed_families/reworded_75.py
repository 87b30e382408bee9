"""``reworded-75``: posting rules as Ethiopian and Eritrean English-language news sites, Sudanese diaspora sites,
Egyptian and Jordanian English papers, Gulf English-language dailies, Nebraska Sandhills weeklies, vintage-tractor
clubs, hiking clubs, school-governor bulletins and foster-care networks word and print them. Held out: written from
how such sites phrase their rules, not from the cleaner's."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: (headings as written, in sentence case; headings put as a question; sentences). ``{post}``,
#: ``{posts}`` and ``{Posts}`` stand for the word the site uses for what readers write (comment, post, message...).
REWORDINGS_75: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be courteous", "Respect one another", "Keep it civil", "Courtesy costs nothing", "No personal attacks"),
        ("How should I treat other members?",),
        (
            "Debate the issue, not the person.",
            "Personal attacks, insults, name-calling and mockery of other readers will be removed, however strongly "
            "you feel about the subject.",
            "Treat fellow members as you would at a club meeting or on the rally field: disagree by all means, but "
            "keep a civil tongue.",
            "We welcome robust debate on the news from the Horn of Africa, but {posts} that abuse, threaten or "
            "belittle other readers have no place here.",
            "Please be kind.",
            "Please refrain from remarks that are offensive, obscene or indecent, and from bullying or abusive "
            "behaviour of any kind.",
        ),
    ),
    (
        ("No hate speech", "No incitement", "Respect all communities", "Faith, ethnicity and nationality"),
        ("What counts as hate speech?",),
        (
            "Content that attacks people because of their ethnicity, colour, tribe, clan, religion, nationality, "
            "gender or disability will be deleted.",
            "Do not use ethnic slurs, or language that stirs up hatred or violence between communities, whether in "
            "Ethiopia, Eritrea, Sudan or anywhere else.",
            "Do not post material that insults the state, its leadership, friendly nations or any faith, its prophets "
            "or its holy books.",
            "Calls for violence against any group will be passed to the authorities.",
        ),
    ),
    (
        ("Protect privacy", "Confidentiality", "Keep personal details private", "Children's privacy"),
        ("Can I name a child or a family?", "What should I keep private?"),
        (
            "Never post the name, school, photograph or whereabouts of a child in foster care, or anything that could "
            "identify their birth family.",
            "Do not share telephone numbers, home addresses or e-mail addresses, yours or anyone else's.",
            "For the safety of people still in Sudan or Eritrea, do not post the names, locations or movements of "
            "relatives, volunteers or emergency response rooms.",
            "Governors are reminded that business taken in closed session, and anything concerning an individual "
            "pupil or member of staff, must not be discussed here.",
            "Respect landowners: please don't publish the routes of private ranch roads or pictures of people's homes "
            "without their permission.",
        ),
    ),
    (
        ("Moderation", "Pre-moderation", "Please be patient", "Approval of {posts}"),
        ("Why hasn't my {post} appeared?", "How long does approval take?"),
        (
            "All {posts} are read by a moderator before they are published.",
            "Our moderators work Sunday to Thursday, 9am to 5pm Gulf Standard Time, so a {post} sent at the weekend "
            "may not appear until the next working day.",
            "We are a weekly paper with a staff of four; the website is checked once a day, and less often in "
            "branding season.",
            "Please don't send the same {post} twice.",
            "Comments close seven days after an article is published.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "One subject per thread"),
        ("Is it on topic?",),
        (
            "Keep your {post} relevant to the article or thread it appears under.",
            "Questions about a particular tractor belong in the Technical board, not in Club News; please start a new "
            "thread there.",
            "Off-topic {posts} may be moved or deleted.",
            "General political arguments that have nothing to do with the story will be removed.",
            "Walk reports go in Trip Reports; lift-sharing and kit for sale go on the Noticeboard.",
            "Do us a favour and read the whole article before replying.",
        ),
    ),
    (
        ("No spam", "No advertising", "Buying and selling", "Commercial content"),
        ("Can I sell my tractor here?", "Can I advertise?"),
        (
            "Spam, chain messages and {posts} promoting businesses, websites or products are not allowed.",
            "Members may list parts and machinery for sale in the Classifieds board only; for-sale {posts} anywhere "
            "else will be removed.",
            "To advertise with us, write to advertising@gulfmorningpost.com or call our sales team.",
            "Links to money-transfer, visa-agency or betting sites are removed without warning.",
            "No recruitment.",
            "Do not promote a business, organisation or fundraising appeal without the editor's permission.",
        ),
    ),
    (
        ("Use your real name", "Identify yourself", "Real names only", "One account each"),
        ("Do I have to use my real name?",),
        (
            "As with letters to the editor, we require your full name and the town you live in; anonymous {posts} will "
            "not be published.",
            "Do not impersonate another person, a public official or a member of our staff.",
            "One account per person: duplicate accounts will be closed.",
            "Pen names are accepted, but your real name and telephone number must be on file with the editor.",
        ),
    ),
    (
        ("Obey the law", "Legal matters", "Libel and contempt", "Stay within the law"),
        ("Could I be sued?",),
        (
            "You are legally responsible for what you post.",
            "Do not post anything defamatory, or anything about a case before the courts that could prejudice a fair "
            "trial.",
            "Under the UAE's laws on cybercrime and on spreading rumours, anyone who publishes false news or insults "
            "public figures online can face fines and imprisonment, and we will not publish such material.",
            "We comply with Jordan's Cybercrime Law and the Press and Publications Law, and may be required to share "
            "users' details with the authorities.",
            "Insulting a public official online is a criminal offence in several Gulf states.",
            "Content that breaches Ethiopia's Hate Speech and Disinformation Prevention Proclamation will be removed.",
        ),
    ),
    (
        ("Copyright", "Respect copyright", "Photographs and scans", "Your own work"),
        ("Can I post someone else's photo?",),
        (
            "Only upload photographs you took yourself or have permission to share.",
            "Do not paste whole articles from other newspapers; a short quotation and a link is enough.",
            "Scans of manufacturers' manuals, parts catalogues and sales brochures may still be under copyright, so "
            "please check before posting them.",
            "Route descriptions and GPS tracks posted here remain the work of their authors and may not be "
            "republished without credit.",
        ),
    ),
    (
        ("Report a problem", "Reporting", "Flag it", "Alert a moderator"),
        ("Seen something wrong?", "How do I report a {post}?"),
        (
            "If you see a {post} that breaks these rules, click 'Report' and a moderator will look at it.",
            "Use the flag beside each {post}; please don't reply to an offending {post} yourself.",
            "Concerns can also be sent to moderators@riftvalleyreview.com, quoting the date and the page.",
            "Reports are anonymous.",
        ),
    ),
    (
        ("Our discretion", "The moderators' decision", "Final say", "Views of readers"),
        ("Who decides?",),
        (
            "The editors reserve the right to edit, shorten or reject any {post} without giving a reason.",
            "The moderators' decision is final and will not be debated on the board.",
            "Views expressed by readers are their own and do not reflect those of the newspaper or its owners.",
            "Publishing a comment does not mean we agree with it.",
            "The Nile Evening Gazette reserves the right to publish, edit or delete any {post} submitted.",
            "Moderators use their judgement, and may remove a {post} that keeps to the letter of these rules but not "
            "their spirit.",
        ),
    ),
    (
        ("Corrections", "Errors and corrections", "Getting it right", "Tips and corrections"),
        ("Spotted an error?", "Have we got it wrong?"),
        (
            "If you believe we have made a factual mistake, please e-mail corrections@horncourier.com rather than "
            "posting it here, so that the right person sees it.",
            "We correct errors promptly and note the correction at the foot of the article.",
            "News tips are welcome at newsdesk@sandhillsranger.com or on 308-555-0142.",
            "Errors in the minutes should be raised with the clerk to the governors before the next meeting.",
        ),
    ),
    (
        ("Language", "Write in English", "Mind your language", "No shouting"),
        ("Which languages can I use?",),
        (
            "Please write in English so that all readers and our moderators can follow the discussion.",
            "{Posts} in Amharic, Tigrinya or Arabic may be published if a moderator can read them.",
            "Avoid swearing, including swear words disguised with asterisks.",
            "Do not write in capital letters; it is read as shouting.",
        ),
    ),
    (
        ("Suspension", "Warnings and bans", "Account closure", "Breaking the rules", "Three strikes"),
        ("What happens if I break the rules?",),
        (
            "Members who repeatedly break these rules will be warned, then suspended, and may have their accounts "
            "closed.",
            "We may block a user without notice where the law or the safety of others requires it.",
            "If your membership is withdrawn you may appeal once, in writing, to the club secretary.",
            "Banned users who register again under another name will be removed again.",
        ),
    ),
    (
        ("Safety first", "Not for emergencies", "Advice", "Safeguarding"),
        ("Worried about a child?", "Is this advice reliable?"),
        (
            "This forum is not watched around the clock; if you think a child is at risk, contact your local "
            "children's services or the police at once.",
            "Trail and weather reports from members may be out of date; always check conditions with the park "
            "rangers before setting out, and tell someone your route.",
            "Advice on restoring or driving old machinery is given in good faith, and members act on it at their own "
            "risk.",
            "In an emergency, dial 911.",
            "Members travelling alone should leave their route and expected time back with the walk leader.",
        ),
    ),
)
#: Opening lines some sites print above the policy.
INTROS_75: tuple[str, ...] = (
    "We welcome your views on the news, provided you follow these rules.",
    "Our forum is a place for members to share know-how about old tractors and stationary engines; please read the "
    "following before posting.",
    "To keep this space safe for carers and the children they look after, we ask everyone to observe the following.",
    "The following rules apply to all {posts} on this site.",
    "Readers' comments are a valued part of this newspaper, and we want them to stay that way.",
    "By posting, you agree to the terms below.",
    "This board is for governors of the federation only.",
)
#: Closing lines some sites print after the policy.
CLOSINGS_75: tuple[str, ...] = (
    "Thank you for helping us keep the discussion civil.",
    "Happy trails, and see you on the next walk.",
    "Questions about these rules? Write to the webmaster at webmaster@plattevalleytractorclub.org.",
    "These rules were last revised by the committee in March.",
    "Thank you for your comments.",
    "The Editor",
    "Thank you for reading, and for your {posts}.",
)
#: Title lines some sites print above the policy.
TITLES_75: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Posting rules",
    "Forum rules",
    "Guidelines for readers' comments",
    "Message board etiquette",
    "Before you post",
    "Ground rules",
    "Terms of participation",
    "Rules of the board:",
)
#: British spellings in this family's wordings and their American forms.
AMERICAN_75: dict[str, str] = {
    "rumour": "rumor",
    "catalogue": "catalog",
    "behaviour": "behavior",
    "offence": "offense",
    "organisation": "organization",
    "favour": "favor",
    "judgement": "judgment",
    "travelling": "traveling",
    "colour": "color",
}
#: The word each site uses for what readers write: (singular, plural). The first is "comment".
NOUNS_75: tuple[tuple[str, str], ...] = (
    ("comment", "comments"),
    ("post", "posts"),
    ("message", "messages"),
    ("contribution", "contributions"),
    ("reply", "replies"),
)
_SMALL_WORDS = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
_BULLETS = ("\u2022", "-", "*", "\u25aa", "\u203a", "\u2013")
_NUMBERS = ("{n}.", "{n})", "({n})", "Rule {n}:", "{n} \u2013", "No. {n}")
_LETTERS = ("{a})", "({a})", "{a}.")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _heading_style(rng: random.Random) -> tuple[str, str, str, str]:
    """How a heading is printed: where (on its own, run in, none), its case, what follows it on its own, and what
    joins it to the sentence it is run into."""
    where = rng.choices(("apart", "run-in", "none"), weights=(0.6, 0.25, 0.15))[0]
    case = rng.choices(("written", "title", "capitals"), weights=(0.45, 0.4, 0.15))[0]
    after = rng.choice(("", "", ".", ":", " -", " \u2013"))
    join = rng.choice((": ", " - ", " \u2013 ", ". ", " \u2014 "))
    return where, case, after, join


def _marker(kind: str, style: str, number: int) -> str:
    if kind == "bullets":
        return style
    if kind == "letters":
        return style.format(a="abcdefghijkl"[number - 1])
    if kind == "roman":
        return f"{_ROMAN[number - 1]}."
    return style.format(n=number)


def _items_75(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy of reworded-75: a quarter of the sites never say "comment" (they call what readers write a post, a
    message, a contribution or a reply, and print nothing that says "comment"); the others say "comment" or, 0.4 of
    the time, one of those words. Two or three item kinds a fifth of the time, else four to eleven, in the table's
    order or shuffled; each item one to three of its kind's sentences in their order, under a heading drawn from the
    kind's (a question instead where the site asks, 0.2 of the policies). Headings are printed one way for the whole
    policy or, a quarter of the time, each item its own way: on their own (bare or followed by a full stop, a colon
    or a dash), run in before the first sentence, or absent; as written (sentence case), in title case or in
    capitals; now and then (0.1) an item has none. The items are numbered (by figures, letters or Roman numerals),
    bulleted or neither. Then :func:`_furnish` adds the opening, closing and title lines."""
    says_comment = rng.random() >= 0.25
    if says_comment:
        noun, nouns = NOUNS_75[0] if rng.random() < 0.6 else rng.choice(NOUNS_75[1:])
    else:
        noun, nouns = rng.choice(NOUNS_75[1:])

    def in_voice(texts: tuple[str, ...]) -> list[str]:
        worded = [
            text.replace("{posts}", nouns).replace("{Posts}", nouns.capitalize()).replace("{post}", noun)
            for text in texts
        ]
        return [text for text in worded if says_comment or not _says_comment(text)]

    kinds = [(in_voice(heads), in_voice(asks), in_voice(says)) for heads, asks, says in REWORDINGS_75]
    kinds = [kind for kind in kinds if kind[2]]
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    chosen = rng.sample(range(len(kinds)), min(count, len(kinds)))
    if rng.random() < 0.5:
        chosen.sort()
    asking = rng.random() < 0.2
    mixed = rng.random() < 0.25
    style = _heading_style(rng)
    listing = rng.choices(("numbers", "letters", "roman", "bullets", "none"), weights=(0.25, 0.06, 0.04, 0.25, 0.4))[0]
    marks = {"numbers": _NUMBERS, "letters": _LETTERS, "roman": ("",), "bullets": _BULLETS, "none": ("",)}
    mark = rng.choice(marks[listing])
    items: list[tuple[str, ...]] = []
    for number, index in enumerate(chosen, 1):
        heads, asks, says = kinds[index]
        where, case, after, join = _heading_style(rng) if mixed else style
        picked = sorted(rng.sample(range(len(says)), min(rng.choices((1, 2, 3), weights=(4, 4, 2))[0], len(says))))
        sentences = [says[at] for at in picked]
        pool = asks if asking and asks else heads
        heading = rng.choice(pool) if pool and where != "none" and rng.random() >= 0.1 else ""
        if heading:
            heading = {"written": heading, "title": _title_case(heading), "capitals": heading.upper()}[case]
        if heading and where == "run-in":
            sentences[0] = heading + (" " if heading.endswith("?") else join) + sentences[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += "" if mark.endswith(":") and after == ":" else after
        parts = [heading, *sentences]
        if listing != "none":
            first = 0 if heading else 1
            parts[first] = f"{_marker(listing, mark, number)} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(items, rng, in_voice(INTROS_75), in_voice(CLOSINGS_75), in_voice(TITLES_75), AMERICAN_75)
