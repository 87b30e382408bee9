"""The ``reworded-86`` family: posting rules as Namibian, Botswanan, Seychellois and Mauritian English-language news
sites, Sark and Alderney community pages, West Virginia coalfield and eastern Kentucky weeklies, rowing clubs,
beekeepers' associations, hospice charity-shop volunteers, model-railway clubs and lido friends' groups word and print
them. Written blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other
families' sentences.

Each kind in :data:`REWORDINGS_86` is (headings, sentences), written in sentence case and British spelling; ``{c}``
and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that
never says "comment" can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Each kind of item: (headings, sentences), the questions among the headings ending in "?".
REWORDINGS_86: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Respect other readers",
            "Play the ball, not the man",
            "Keep it civil",
            "Mind your manners",
            "Why was my {c} about another reader taken down?",
        ),
        (
            "Disagree with the argument by all means, but do not insult the person who made it.",
            "Name-calling, taunts and personal attacks on other readers, on our reporters or on the people in the "
            "story will be removed.",
            "Treat this page as you would the boathouse bar: say what you like, but say it as you would to "
            "someone's face.",
            "Ours is a small island and most of us will meet at the harbour or the shop before the week is out, so "
            "please write accordingly.",
            "A {c} that sets out to provoke rather than to discuss will not be published, however politely it is "
            "worded.",
        ),
    ),
    (  # hatred, tribalism and communal remarks
        (
            "No hate speech",
            "Tribalism, racism and communal remarks",
            "Discrimination",
            "Hate and prejudice",
            "What counts as hate speech?",
        ),
        (
            "We will not publish anything that attacks people for their tribe, race, colour, religion, language, "
            "sex, disability or sexual orientation.",
            "Remarks that set one community against another, whether Hindu, Muslim, Creole or Sino-Mauritian, have "
            "no place here and may be an offence under the Criminal Code.",
            "Tribal slurs and sweeping statements about people from the north, the south or any region of the "
            "country will be deleted on sight.",
            "Jokes at the expense of a whole group of people are still prejudice, and the moderators will treat "
            "them as such.",
            "Hillbilly jokes and slurs about people from the coalfields are no more welcome here than any other kind.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details off the board",
            "Respect people's privacy",
            "Can I give out a phone number?",
        ),
        (
            "Do not post telephone numbers, home addresses, e-mail addresses or ID numbers, yours or anyone else's.",
            "Please do not give the location of members' apiaries; hives are stolen every season and we would "
            "rather the thieves did not have a map.",
            "Our shop volunteers and the families who use the hospice are entitled to their privacy, so please do "
            "not name or describe them in your {cs}.",
            "Photographs of swimmers taken at the lido may only be shared with the agreement of everyone who can be "
            "recognised in them.",
            "If you need to reach another member, send your details to the secretary and they will be passed on.",
        ),
    ),
    (  # children and young members
        (
            "Children and young people",
            "Junior members",
            "Safeguarding",
            "Under-18s",
            "Can my child join the forum?",
        ),
        (
            "Do not name or identify any child involved in a court case, an accident or a matter before the social "
            "services.",
            "Pictures of junior rowers may only be posted by the club's welfare officer or with a parent's written "
            "consent.",
            "Members under sixteen may read the board but need a parent or guardian to register on their behalf.",
            "Any {c} that asks a young member for private contact will be removed and reported to our safeguarding "
            "officer at welfare@wearsiderowing.org.uk.",
        ),
    ),
    (  # moderation and delays
        (
            "Moderation",
            "Pre-moderation",
            "Approval of {cs}",
            "Waiting for approval",
            "Why hasn't my {c} appeared?",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a member of staff before it is published, so there may be a delay, especially "
            "overnight and at weekends.",
            "The newsroom closes at five on Friday, and {cs} sent after that will not usually appear before Monday "
            "morning.",
            "Our moderators are volunteers with hives, layouts and day jobs of their own, so please allow up to two "
            "days.",
            "When the weather takes out the island's connection, {cs} will wait in the queue until we are back online.",
            "Sending the same {c} several times will not make it appear any sooner, and the copies will be deleted.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place for my question?",
        ),
        (
            "Please keep your {cs} to the subject of the story they are posted under.",
            "General questions about swarms, queens and varroa belong in the beginners' section, not under the "
            "meeting reports.",
            "If you want to start a new discussion, use the message board rather than the space under a news item.",
            "{Cs} that wander off into national party politics will be removed from local stories.",
            "Layout questions, wanted adverts and exhibition news each have their own thread; please use them.",
        ),
    ),
    (  # advertising and selling
        (
            "No advertising",
            "Spam",
            "Selling and wanted",
            "Buying and selling",
            "Can I advertise my business?",
        ),
        (
            "Advertising, chain letters, pyramid schemes and links to money-making websites are not allowed.",
            "Members may offer nucs, queens and equipment for sale in the Sales and Wants section only, and never "
            "under a news item.",
            "If you would like to advertise with us, please contact our sales office at adverts@gaboroneweekly.co.bw "
            "instead.",
            "Offers of donations for the hospice shops should be made to the shop manager, not posted here.",
            "{Cs} promoting loans, visas, lotteries or miracle cures will be deleted and the account closed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Registration",
            "Real names only",
            "One account per person",
            "Who can take part?",
            "Do I have to use my real name?",
        ),
        (
            "{Cs} on this site must carry your full name and the town or village you live in.",
            "Pen names are allowed, but you must give the editor your real name and a telephone number, which we "
            "will not publish.",
            "The forum is open to paid-up members of the association, and new registrations are checked against "
            "the membership list.",
            "Only one account per person is allowed, and accounts opened to get round a ban will be removed.",
            "Do not pretend to be another person, a club officer or a member of our staff.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal responsibility",
            "Libel and court cases",
            "Could I be sued for what I write?",
        ),
        (
            "You are legally responsible for what you post, and you can be sued for defamation just as a newspaper "
            "can.",
            "Do not accuse anyone of a crime they have not been convicted of, and do not guess at the outcome of a "
            "case that is before the courts.",
            "We publish under the laws of the Republic and will remove anything that breaks them.",
            "If a lawyer's letter or a court order concerns your {c}, we may be obliged to hand over the details "
            "you registered with.",
            "Criticism of Chief Pleas, the States or any named official must be fair and rest on facts you can "
            "stand behind.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and copyright",
            "Copying our stories",
            "May I share your articles?",
        ),
        (
            "Do not paste whole articles from other newspapers; a short quotation and a link are enough.",
            "Photographs, track plans and drawings belong to whoever made them, so only post your own or those you "
            "have permission to use.",
            "By sending us a {c} you allow us to publish it on this website, in print and in our archive.",
            "Our stories may be shared by link, but not copied in full onto other websites or social media pages.",
            "Old photographs of the mines, the tipple and the company houses are welcome if you tell us where they "
            "came from.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Complaints",
            "Seen something wrong?",
            "How do I complain about a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it and a moderator will look at it.",
            "You can also write to the web editor at online@islandvoice.sc, giving the page address and the time "
            "of the {c}.",
            "Please do not answer an abusive {c} yourself; report it and leave it to us.",
            "Complaints are dealt with in the order they arrive, normally within one working day.",
            "Reporting a {c} only because you disagree with it will not get it removed.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The committee's decision",
            "Right to remove",
            "Who decides?",
        ),
        (
            "The editor decides what is published and what is taken down, and does not have to give a reason.",
            "We may shorten or edit {cs} for length, clarity or legal reasons.",
            "The committee reserves the right to remove any {c} at any time.",
            "Publishing a {c} does not mean that the newspaper, the club or its members agree with it.",
            "These rules may change from time to time; the version on this page is the one that applies.",
            "The current version of these rules is kept at www.namibweekly.com.na/rules.",
        ),
    ),
    (  # language
        (
            "Language",
            "Write in English",
            "Swearing",
            "Bad language and capital letters",
            "Can I write in Creole?",
            "Which languages may I use?",
        ),
        (
            "{Cs} should be in English so that all our readers and moderators can follow them.",
            "{Cs} in Afrikaans, Oshiwambo, Setswana or Kreol are welcome, but we cannot moderate every language and "
            "may hold them back until someone can read them.",
            "No swearing, including words with a letter or two replaced by asterisks.",
            "Please do not write in capitals; it reads as shouting and is hard to follow on a phone.",
            "Text-message shorthand is best kept for text messages.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "Suspension",
            "Three strikes",
            "What happens if I break the rules?",
        ),
        (
            "A first breach will normally bring a warning by e-mail, a second a week's suspension and a third a ban.",
            "Threats, serious abuse or hate speech will lead to an immediate ban without a warning.",
            "Members banned from the forum may also have their club membership reviewed by the committee.",
            "Banned accounts will not be restored, and new accounts opened by the same person will be closed.",
            "If you think you have been banned in error, write to the secretary giving your user name.",
        ),
    ),
    (  # advice and safety
        (
            "Advice on the forum",
            "Safety first",
            "Health and safety",
            "Emergencies",
            "Is advice on here reliable?",
        ),
        (
            "Advice on this board is given freely by members and is no substitute for a bee inspector, a doctor or "
            "a qualified coach.",
            "Suspected foulbrood is a notifiable disease; report it to the bee inspector as well as to the forum.",
            "If someone is in danger on the water, at the pool or underground, ring the emergency services before "
            "you post anything.",
            "Never go onto a working railway or a mine site to take photographs, however good the shot.",
            "River conditions posted here may be out of date; always check the flag board and ask the captain "
            "before boating.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Political {cs}",
            "During the election period",
            "Can I campaign here?",
        ),
        (
            "Campaigning for a party or candidate is not allowed; you may discuss policies, but not canvass for votes.",
            "During the official campaign we may close {cs} on election stories altogether.",
            "Party officials and candidates who take part must say who they are.",
            "{Cs} that repeat rumours about candidates' private lives will be removed.",
        ),
    ),
)

#: Opening lines, printed before the items.
INTROS_86: tuple[str, ...] = (
    "We welcome your {cs} and want this to be a place for lively, fair and informed discussion.",
    "Thank you for taking part. Before you post, please read the rules below; they apply to members and visitors "
    "alike.",
    "This board belongs to the members, and these few rules are here to keep it pleasant for all of us.",
    "The following guidelines apply to all {cs} on this website and on our social media pages.",
    "Readers' {cs} are one of the best things about this paper, and to keep it that way we ask you to follow these "
    "rules.",
    "Please read these house rules before joining the discussion.",
)

#: Closing lines, printed after the items.
CLOSINGS_86: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the web editor at web@alderneypress.gg.",
    "These rules were agreed by the committee and will be reviewed at the annual general meeting.",
    "By posting, you agree to abide by these guidelines.",
    "See you on the water.",
    "Thank you, and happy beekeeping.",
    "Last updated by the editor in March 2024.",
)

#: Title lines, printed above the policy.
TITLES_86: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules for {cs}",
    "Guidelines for readers' {cs}",
    "Message board rules",
    "Terms of participation",
)

#: British spellings in this family's lines and their American forms.
AMERICAN_86: dict[str, str] = {
    "colour": "color",
    "offence": "offense",
    "recognised": "recognized",
    "harbour": "harbor",
    "rumours": "rumors",
}

_NOUNS_86: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_MINOR_86 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to"))
_WORDS_86 = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
_ROMAN_86 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
#: Markers by style, ``{n}`` a number, ``{w}`` a number in words, ``{a}`` a letter, ``{r}`` a Roman numeral.
_MARKERS_86: dict[str, tuple[str, ...]] = {
    "numbered": ("{n}.", "{n})", "({n})", "{n} -", "{n}:", "#{n}", "Rule {n}.", "Rule {n} \u2013", "Rule {w}:"),
    "lettered": ("{a})", "({a})", "{A}.", "{a}."),
    "roman": ("{r}.", "({r})", "{R}."),
    "bulleted": ("\u2022", "-", "*", "o", "\u203a", "\u00bb", "\u25e6", "\u00b7", "\u2713"),
}
_STANDS_86 = ("", ":", ".")
_JOINS_86 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")


def _title_86(text: str) -> str:
    """``text`` with each word capitalised, the short ones after the first left as they are."""
    words = text.split(" ")
    return " ".join(w if i and w in _MINOR_86 else w[:1].upper() + w[1:] for i, w in enumerate(words))


#: How a site sets its headings, from the sentence case they are written in.
_CASES_86 = {"sentence": str, "title": _title_86, "capitals": str.upper}


def _in_words_86(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` in the site's words, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _items_86(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then
    never say "comment", and a tenth more, which say it too) "post", "message", "reply" or "contribution". Two or
    three kinds 0.15 of the time, else four to twelve, in the table's order (0.55) or shuffled; for each, one heading
    (a question where the kind has one, on a fifth of the sites) and one of its sentences (0.4), two (0.4) or three,
    in order, each a part of its own or (a quarter of the sites) run together as one paragraph. Headings in sentence
    case (0.5), title case (0.3) or capitals; on a part of their own, bare, after a colon or a full stop, or (0.35)
    run in before a colon, a hyphen, an en or em dash or a full stop; one way for the whole site or (0.15) each item
    its own; none at all (0.15) or none for one item (0.08). Items numbered (also "#1", "Rule 1." and "Rule One:"),
    lettered, in Roman numerals, bulleted (also "o", "›", "◦", "·", "✓") or neither (0.35), the marker before
    whatever the item prints first. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_86)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_86[noun], "C": noun.capitalize(), "Cs": _NOUNS_86[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_86)), count)
    if rng.random() < 0.55:
        picked.sort()
    headless, asking, paragraph = rng.random() < 0.15, rng.random() < 0.2, rng.random() < 0.25
    case = _CASES_86[rng.choices(tuple(_CASES_86), (0.5, 0.3, 0.2))[0]]
    site_way = ("run-in" if rng.random() < 0.35 else "apart", rng.choice(_STANDS_86), rng.choice(_JOINS_86))
    each_own = rng.random() < 0.15
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.35, 0.3, 0.07, 0.05, 0.23))[0]
    marker = "" if style == "none" else rng.choice(_MARKERS_86[style])
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_86(texts, words, no_comment) for texts in REWORDINGS_86[kind])
        if not headings or not sentences:
            continue
        questions = [heading for heading in headings if heading.endswith("?")]
        statements = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(questions if asking and questions else statements)
        heading = "" if headless or rng.random() < 0.08 else case(heading)
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        parts = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            parts = [" ".join(parts)]
        n = len(items)
        mark = marker.format(
            n=n + 1, w=_WORDS_86[n], a="abcdefghijklm"[n], A="ABCDEFGHIJKLM"[n], r=_ROMAN_86[n], R=_ROMAN_86[n].upper()
        )
        mark = mark + " " if mark else ""
        where, stand, join = site_way
        if each_own:
            where = "run-in" if rng.random() < 0.35 else "apart"
            stand, join = rng.choice(_STANDS_86), rng.choice(_JOINS_86)
        if heading and where == "apart":
            items.append((mark + heading + ("" if heading.endswith("?") else stand), *parts))
        else:
            if heading:
                parts[0] = heading + (" " if heading.endswith("?") else join) + parts[0]
            items.append(("", mark + parts[0], *parts[1:]))
    intros, closings, titles = (_in_words_86(texts, words, no_comment) for texts in (INTROS_86, CLOSINGS_86, TITLES_86))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_86)
