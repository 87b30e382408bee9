"""The ``reworded-100`` family: posting rules as Tongan, Niuean and Cook Islands English-language news sites,
Shropshire and Welsh Marches papers, Chesapeake Eastern Shore weeklies, ultimate frisbee clubs, bookbinding guilds,
credit-union member forums, tenant associations of tower blocks and astronomy outreach volunteers word and print them.
Written blind: from how such sites put their rules, not from the cleaner's code or reports, nor from the other
families' sentences.

Each kind in :data:`REWORDINGS_100` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_100: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be kind to one another",
            "Play the ball, not the player",
            "Spirit of the game applies here too",
            "Keep it neighbourly",
            "Can I disagree with another member?",
            "Respect",
        ),
        (
            "Disagree with an argument as hard as you like, but leave the person who made it alone.",
            "We treat this page the way we treat the field: call your own fouls, assume good intent and shake hands"
            " afterwards.",
            "Name-calling, sneering and piling on to one member will see your {cs} taken down, however clever they are.",
            "Write to your neighbours here as you would speak to them in the lift or on the landing.",
            "Robust debate is welcome in the Marches; rudeness is not.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Racism, sexism and the rest",
            "Hateful content",
            "What counts as hate speech?",
        ),
        (
            "We remove any {c} that attacks people for their race, nationality, faith, sex, sexuality, disability or"
            " age.",
            "Jibes about which island, village or church someone comes from have no place on this page.",
            "Slurs are not allowed even in quotation marks, in another language or with letters starred out.",
            "Seasonal crews and migrant workers on the Shore are our readers too, and will be spoken of with the same"
            " respect as anyone else.",
            "Jokes that rely on a stereotype count as hate speech here, whatever you meant by them.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Don't share other people's information",
            "Can I post someone's address?",
            "Personal information",
        ),
        (
            "Do not publish anyone's home address, telephone number, e-mail, car registration or workplace, your own"
            " included.",
            "Never put flat numbers, door codes or details of who lives where in the block into a {c}.",
            "Members must not share account numbers, balances, card details or anything about another member's"
            " dealings with the credit union.",
            "Photographs of people taken without their knowledge, neighbours on their balconies included, will be"
            " removed.",
            "If someone has asked not to be named, respect it, even if the whole village knows who they are.",
        ),
    ),
    (  # children
        (
            "Children and young people",
            "Protecting young members",
            "Junior players",
            "Are children allowed to take part?",
            "Under-18s",
        ),
        (
            "Do not name or post photographs of junior players without a parent's written consent.",
            "Our outreach nights are full of schoolchildren, so photographs from star parties must not show a child's"
            " face unless the family has agreed.",
            "Members under sixteen may read the forum but need a parent or guardian to register for them.",
            "Any {c} that names a child involved in a court case, or hints strongly at who they are, will be removed.",
            "Adults must not invite young members into private messages, chat apps or meetings outside club sessions.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} go up?",
            "Approval times",
            "Weekends and holidays",
        ),
        (
            "Every {c} is read by a member of staff before it is published, which can take up to a day.",
            "Our office keeps the Tongan Sabbath, so {cs} sent on a Sunday will not be read until Monday morning.",
            "We are a small team on a small island and our link to the outside world is not always up, so please be"
            " patient.",
            "Volunteers look after the board in their spare time, mostly in the evenings, so allow up to 48 hours.",
            "The paper goes to press on Tuesday night, and {cs} may sit in the queue until Wednesday afternoon.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right board?",
            "Relevance",
        ),
        (
            "Keep your {c} to the story or thread it sits under; a new subject deserves a new thread.",
            "Complaints about repairs belong with the housing officer or at the residents' meeting, not under every"
            " notice on this page.",
            "Questions about your own account should go to a branch or the member service line, where staff can see"
            " your details safely.",
            "Long {cs} that drift into national politics will be trimmed or taken down.",
            "Binding questions go on the workshop board, sales in the classifieds and everything else in the general"
            " room.",
        ),
    ),
    (  # advertising
        (
            "No spam or advertising",
            "Selling and promotion",
            "Adverts",
            "Can I advertise my business?",
            "Commercial {cs}",
        ),
        (
            "Do not use {cs} to advertise goods, services, businesses or websites.",
            "Members may list second-hand telescopes and eyepieces on the sales board, once a month and with a price.",
            "Links to loan companies, investment schemes or crypto offers will be removed and the account closed.",
            "If you want to reach our readers, our advertising team can help: e-mail advertising@bayshoreweekly.com"
            " or call the office.",
            "Tournament organisers and kit sellers should contact the committee rather than post here.",
        ),
    ),
    (  # identity
        (
            "Who you are",
            "Real names",
            "One account per person",
            "Do I have to use my real name?",
            "Impersonation",
            "Members only",
        ),
        (
            "Post under your own name; pen names are allowed only with the editor's agreement.",
            "Second accounts made to back up your own argument will be closed, along with the first.",
            "Do not pretend to be another person, a club officer, a member of staff or a government official.",
            "Only members of the guild may post, though anyone may read.",
            "The forum is open to credit union members only, and your screen name must not include your member number.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could my {c} get me into trouble?",
            "Court cases",
        ),
        (
            "You are legally responsible for what you write, and a {c} that damages someone's reputation could land"
            " you in court.",
            "Do not say someone is guilty of a crime unless a court has convicted them of it.",
            "Once someone has been charged, say nothing that might affect the trial, including guesses about evidence"
            " or character.",
            "{Cs} must respect the laws of the Kingdom, whichever country you are writing from.",
            "We will pass information to the police when the law requires us to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and images",
            "Can I copy an article here?",
            "Credit where it's due",
        ),
        (
            "Quote a few lines and link to the rest; do not paste whole articles from this or any other paper.",
            "Only upload photographs you took yourself, or ones you have permission to use.",
            "Astrophotographs shared here remain the property of the people who took them and must not be reused"
            " without asking.",
            "Bindings and tooling patterns shown in the gallery belong to their makers, so credit them if you adapt"
            " their work.",
            "By posting you allow us to publish your {c} in print and online, and to shorten it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules, and a moderator will look at it.",
            "If you spot a mistake in one of our stories, e-mail corrections@marchesherald.co.uk and we will put it"
            " right.",
            "Please do not answer a {c} you think is abusive; report it and leave it to us.",
            "Urgent worries about safety in the building should go to the concierge or to 999, not to this board.",
            "You can reach the moderators at any time at moderators@islandnews.nu.",
        ),
    ),
    (  # discretion
        (
            "Our right to remove",
            "Editorial decisions",
            "Editing and removal",
            "Why was my {c} removed?",
            "The moderator's word is final",
        ),
        (
            "We may edit, refuse or remove any {c} without giving a reason.",
            "Decisions are the editor's, and we do not enter into correspondence about them.",
            "The committee's ruling on any {c} is final, though you may raise it at the next general meeting.",
            "Taking down a {c} is not a judgement on the person who wrote it.",
            "Publishing a {c} does not mean we agree with it.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which languages can I use?",
            "Swearing",
            "No shouting",
        ),
        (
            "{Cs} are welcome in English, Tongan, Niuean or Cook Islands M\u0101ori, and we may ask for a translation.",
            "You are welcome to write in Welsh as well as in English.",
            "No swearing, including swearing disguised with symbols or missing letters.",
            "Writing in capitals reads as shouting, so please don't.",
            "Keep it short: anything over about 300 words is better sent as a letter to the editor.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspension",
            "Three strikes",
        ),
        (
            "A first breach usually earns a warning, a second a week's suspension and a third a permanent ban.",
            "Threats, serious abuse or hate speech will lead to a ban straight away, without warning.",
            "Banned members may not rejoin under another name, and new accounts they open will be closed on sight.",
            "Members who keep breaking these rules will be asked to leave the association, as agreed at the annual"
            " general meeting.",
            "A ban covers the whole site, including the club's social pages and mailing list.",
        ),
    ),
    (  # safety and scams
        (
            "Stay safe",
            "Scams and fraud",
            "Your safety",
            "Will staff ever ask for my PIN?",
            "Safety first",
        ),
        (
            "No member of staff will ever ask for your PIN, password or one-time code, here or anywhere else.",
            "Never look at the Sun through a telescope, binoculars or a camera without a proper solar filter, and do"
            " not post advice that says otherwise.",
            "Do not post advice about fire doors, gas appliances or wiring that goes against the building's fire"
            " safety plan.",
            "Report at once any {c} that offers quick loans or asks you to move money.",
            "Take weather and tide warnings from the Coast Guard and the National Weather Service, not from a {c}.",
        ),
    ),
)

#: Opening lines.
INTROS_100: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We want this to be a place where members can talk freely and politely.",
    "These rules apply to every {c} on this site, replies included.",
    "By joining the discussion you agree to the following.",
    "M\u0101l\u014d e lelei, and thank you for taking part.",
    "Kia orana, and welcome to our {c} pages.",
    "The residents' association agreed the following house rules at its annual general meeting.",
    "Our forum is run by volunteers, and these rules help them keep it friendly.",
)

#: Closing lines.
CLOSINGS_100: tuple[str, ...] = (
    "Thank you for helping to keep this a good place to talk.",
    "These rules may change from time to time; the latest version is always on this page.",
    "Questions about these rules can be sent to the editor at editor@rarotonganews.co.ck.",
    "Faka\u0101ue lahi, thank you for reading.",
    "See you on the field, and play with spirit.",
    "Clear skies!",
    "Diolch, and happy posting.",
    "Agreed by the committee and reviewed every year.",
)

#: Title lines.
TITLES_100: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "{C} policy",
    "Rules for {cs}",
    "Posting guidelines",
    "Before you post",
    "Code of conduct",
    "Our {c} rules",
)

#: British spellings in the tables, and how an American site prints them.
AMERICAN_100: dict[str, str] = {
    "neighbour": "neighbor",
    "organiser": "organizer",
    "judgement": "judgment",
    "behaviour": "behavior",
    "colour": "color",
    "favour": "favor",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "travelling": "traveling",
    "cancelled": "canceled",
    "programme": "program",
    "apologise": "apologize",
    "realise": "realize",
}

_NOUNS_100: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
}
_SMALL_100 = frozenset(
    ("a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "not", "as", "per", "my", "it")
)
_WORDS_100 = (
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
)
_NUMBERED_100 = ("{n}.", "{n})", "[{n}]", "Rule {n}.", "Rule {w}:", "#{n}", "{n} \u2013", "Point {n}:")
_LETTERED_100 = ("{a}.", "({a})", "{A}.", "{A})")
_BULLETS_100 = ("\u2022", "\u25cf", "\u25cb", "\u25ba", "\u2713", "\u2192", "*", "-", "\u2013", ">")
_OWN_LINE_100 = ("", ":", ".")
_RUN_IN_100 = (": ", " \u2013 ", " \u2014 ", ". ", " - ")


def _title_100(text: str) -> str:
    """``text`` in title case: each word capitalised, the short ones after the first left as they are."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_100 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


#: How a site sets its headings, from the sentence case they are written in.
_CASES_100 = {"sentence": str, "title": _title_100, "capitals": str.upper}


def _in_words_100(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word filled in, less any that say "comment" on a site that never does."""
    filled = (text.format(**words) for text in texts)
    return [text for text in filled if not (no_comment and _says_comment(text))]


def _items_100(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then
    never say "comment", and 0.1 more, which say it too) "post", "message", "reply" or "contribution". Two to four
    kinds a fifth of the time, else five to thirteen, in the table's order (0.5), as drawn but the first kind first
    (0.2), or as drawn; for each, one heading (a question where the kind has one, in a fifth of the policies) and one
    of its sentences (0.45), two (0.4) or three, in order, two of them run together on one line on 0.3 of the sites.
    Headings in sentence case, title case or capitals, none at all (0.15) or none for one item (0.08); on a line of
    their own (bare, or after a colon or a full stop) or run in before a colon, an en or em dash, a full stop or a
    hyphen (capitals also before a bare space), one way a policy or (0.15) each item its own. Items bare, numbered
    (a figure, "[1]", "Rule 1.", "Rule One:", "#1", "Point 1:"), lettered or bulleted, the marker before whatever the
    item prints first; or set as clauses (0.08: "3." before the heading, "3.1" "3.2" before its sentences); or, when
    the headings are questions, set as a Q and A (0.4 of those: "Q:" before the question, "A:" before the answer).
    Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_100)[1:]) if draw < 0.35 else "comment"
    plural = _NOUNS_100[noun]
    words = {"c": noun, "cs": plural, "C": noun.capitalize(), "Cs": plural.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(5, 13)
    picked = rng.sample(range(len(REWORDINGS_100)), count)
    order = rng.random()
    if order < 0.5:
        picked.sort()
    elif order < 0.7 and 0 in picked:
        picked.remove(0)
        picked.insert(0, 0)

    headless = rng.random() < 0.15
    questions = rng.random() < 0.2
    qa = questions and not headless and rng.random() < 0.4
    case = rng.choices(tuple(_CASES_100), (0.45, 0.3, 0.25))[0]
    set_case = _CASES_100[case]
    joined = rng.random() < 0.3

    def placing() -> tuple[str, str, str]:
        joints = _RUN_IN_100 + ((" ",) if case == "capitals" else ())
        return rng.choice(("own", "run-in")), rng.choice(_OWN_LINE_100), rng.choice(joints)

    policy_way = placing()
    mixed = rng.random() < 0.15
    style = rng.choices(("bare", "numbered", "lettered", "bulleted", "clauses"), (0.32, 0.27, 0.07, 0.26, 0.08))[0]
    if qa:
        style = "bare"
    shape = {
        "numbered": rng.choice(_NUMBERED_100),
        "lettered": rng.choice(_LETTERED_100),
        "bulleted": rng.choice(_BULLETS_100),
        "clauses": "{n}.",
    }.get(style, "")

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_100(texts, words, no_comment) for texts in REWORDINGS_100[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        plain = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else plain)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        n = len(items) + 1
        if style == "clauses":
            chosen = [f"{n}.{m} {sentence}" for m, sentence in enumerate(chosen, 1)]
            items.append((f"{n}. {heading}" if heading else "", *chosen))
            continue
        if qa and heading.endswith("?"):
            items.append((f"Q: {heading}", f"A: {chosen[0]}", *chosen[1:]))
            continue
        if joined and len(chosen) > 1:
            chosen = [chosen[0] + " " + chosen[1], *chosen[2:]]
        letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
        marker = shape.format(n=n, w=_WORDS_100[n - 1], a=letter, A=letter.upper())
        marker = marker + " " if marker else ""
        where, end, joint = placing() if mixed else policy_way
        if heading and where == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
        elif heading:
            lead = heading + " " if heading.endswith("?") else heading + joint
            items.append(("", marker + lead + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _in_words_100(texts, words, no_comment) for texts in (INTROS_100, CLOSINGS_100, TITLES_100)
    )
    if rng.random() < 0.3:
        titles = [_title_100(title) for title in titles]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_100)
