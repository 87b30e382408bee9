"""The ``reworded-99`` family: posting rules as Zanzibari, Comorian and Réunionese English-language pages, Cotswolds
and Forest of Dean papers, Wisconsin Driftless and Door County weeklies, cyclocross clubs, patchwork circles,
night-shelter volunteers, model-aircraft clubs and male-voice choirs word and print them. Written blind: from how such
sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_99` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "response"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: The kinds of rule, each (headings, sentences); the headings in sentence case, a question or two among them.
REWORDINGS_99: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Keep it civil",
            "Play the ball, not the rider",
            "Respect one another",
            "How should I disagree with someone?",
            "Mind your manners",
        ),
        (
            "Argue with the idea, never with the person who holds it; name-calling, sneering and personal attacks will"
            " be taken down.",
            "Treat other readers as you would a neighbour in the queue at the village shop: disagree by all means, but"
            " do it politely.",
            "Heckling belongs on the run-up, not on this page, so keep {cs} about fellow riders good-natured.",
            "We welcome lively debate, but {cs} that insult, belittle or threaten another member will be removed"
            " without notice.",
            "Write as though you were saying it to the person's face at rehearsal on a Thursday night.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Respect every island and every faith",
            "What counts as hate speech?",
            "Discrimination",
        ),
        (
            "We will not publish anything that attacks people for their religion, race, island of origin, tribe, sex,"
            " disability or sexuality.",
            "Remarks that set Unguja against Pemba, Christians against Muslims or mainlanders against islanders have no"
            " place on this site.",
            "Racist, sectarian, homophobic or misogynist language is removed, and the account that posted it is"
            " usually closed.",
            "Réunion's strength is its mix of origins, and {cs} that mock any of the island's communities, Creole,"
            " Tamil, Chinese, Muslim or metropolitan, will be deleted.",
            "A joke at the expense of a whole group of people is still hate speech, however it is dressed up.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Protect people's privacy",
            "Can I name someone in my {c}?",
            "Don't share addresses or phone numbers",
        ),
        (
            "Never post anyone's address, telephone number, e-mail address or place of work, and that includes your"
            " own.",
            "Our guests come to the shelter in confidence, so please do not name them, describe them or post"
            " photographs of them.",
            "Naming private individuals who are not already in the story, or hinting at who they might be, is not"
            " allowed.",
            "Please do not publish the number plates of cars parked at the flying field, or anyone's home address from"
            " the club list.",
            "If you want to get in touch with another member, ask the secretary to pass on your details rather than"
            " posting them here.",
        ),
    ),
    (  # young people
        (
            "Young members",
            "Children and young people",
            "Junior riders",
            "Safeguarding",
            "Can I post photos of my child?",
        ),
        (
            "Do not name or identify any child in a {c}, even a child who appears in the article.",
            "Photographs of under-18 riders may only be shared by the club's welfare officer, with a parent's written"
            " consent.",
            "Our junior choristers are aged eight to sixteen, so please leave their names out of anything you post on"
            " this page.",
            "Anyone under 16 needs the permission of a parent or guardian before registering for an account.",
            "A worry about a child's welfare should go to the welfare officer in private, never into a public {c}.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Delays",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a person before it appears, which can take a few hours and longer at weekends.",
            "Our newsroom in Stone Town is small, and {cs} sent after 6pm East Africa Time are usually approved the"
            " next morning.",
            "During Ramadan the office keeps shorter hours and moderation may be slower than usual.",
            "The paper goes to press on a Tuesday night, so {cs} posted then may wait until Wednesday afternoon.",
            "Our moderators are volunteers with jobs and families; please allow a day or two before chasing a missing"
            " {c}.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place for my {c}?",
            "Off-topic {cs}",
        ),
        (
            "Keep {cs} to the subject of the article you are responding to.",
            "Questions about race entries, licences and results belong in the members' forum, not under a news item.",
            "Quilt-show chatter, swap offers and pattern questions have boards of their own, so please use them.",
            "If a thread turns into a private conversation between two people, take it to e-mail.",
            "Off-topic {cs} may be removed even when they are perfectly polite.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam and selling",
            "Commercial posts",
            "Can I sell things here?",
            "Promotion",
        ),
        (
            "Adverts, chain letters, links to money-making schemes and the same text posted over and over will be"
            " removed.",
            "Second-hand airframes, engines and radios may be sold in the For Sale section only, never under a meeting"
            " report.",
            "Businesses wishing to reach our readers should write to our advertising team at"
            " adverts@doorpeninsulaledger.com.",
            "A link to a fabric shop is fine when someone asks where to find a print, but please don't advertise your"
            " own.",
            "Links to your own website are allowed only when they add something to the discussion.",
        ),
    ),
    (  # identity
        (
            "Use your real name",
            "Who you are",
            "One account per person",
            "Do I have to use my real name?",
            "Impersonation",
        ),
        (
            "We ask contributors to use their real first and last names, as they would when signing a letter to the"
            " editor.",
            "Register only one account; anyone found posting under several names will lose all of them.",
            "Do not pretend to be another person, a club official, a councillor or a member of the newspaper's staff.",
            "A nickname is fine on the forum, as long as the committee knows who you are.",
            "{Cs} posted under a false name will be taken down as soon as we learn of it.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Stay within the law",
            "Could my {c} get me into trouble?",
        ),
        (
            "You are legally responsible for what you write, and we may be obliged to hand your details to the police"
            " or a court.",
            "Do not accuse anyone of a crime, or suggest that they are guilty, while a case is before the courts.",
            "An allegation that damages someone's reputation can be libellous however sure you are of it, so if in"
            " doubt, leave it out.",
            "{Cs} must comply with the laws of the United Republic of Tanzania and of Zanzibar, including the rules on"
            " online content.",
            "French law applies to everything published on this site, and incitement to hatred is a criminal offence.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Respect copyright",
            "Can I share a pattern or a photo?",
            "Photographs and music",
        ),
        (
            "Do not copy whole articles from other newspapers; a short quotation with a link is enough.",
            "Quilt patterns belong to their designers, so share the pattern's name and where to buy it, not a scan of"
            " it.",
            "The choir's arrangements are under copyright and may not be posted, recorded or passed on outside the"
            " choir.",
            "Only upload photographs you took yourself, or that the photographer has given you leave to use.",
            "By posting, you give us permission to publish your {c} on our website and in print.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also e-mail the moderators at moderators@cotswoldcourier.co.uk, giving the headline of the"
            " article and the time of the {c}.",
            "Please don't argue with someone you think is trolling; report them and move on.",
            "Every report is looked at by a moderator, usually within a day.",
            "Reports are confidential, and we will never tell a member who flagged their {c}.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "The editor's call",
            "Who decides what stays up?",
            "Editorial judgement",
        ),
        (
            "The editor may remove or shorten any {c} and does not have to give a reason.",
            "The committee's decision on whether a {c} stays up is final.",
            "Posting here is a privilege of membership, not a right.",
            "We may edit {cs} for length, clarity or legal reasons without telling you.",
            "These guidelines may change from time to time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Errors and news tips",
            "Have a story for us?",
            "Tell us",
        ),
        (
            "If you think something in an article is wrong, e-mail news@driftlessherald.com rather than leaving a {c},"
            " so that we can put it right quickly.",
            "Results are provisional until the commissaire has signed them off, and queries go to the results"
            " secretary, not to this page.",
            "News tips, obituaries and club results are welcome by e-mail or at our office on the High Street.",
            "We correct factual errors promptly and say so at the foot of the article.",
            "A {c} is not the way to get a correction made, since the editor may never see it.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which languages can I use?",
            "No swearing",
            "Write clearly",
        ),
        (
            "{Cs} are welcome in English, Kiswahili or French; we cannot moderate other languages, so they may be"
            " removed.",
            "Please avoid bad language, including swear words with some of the letters replaced by asterisks.",
            "Writing in capitals reads as shouting, so please don't.",
            "Welsh is as welcome as English on the choir's pages, and so is a verse of a hymn now and then.",
            "Keep text-speak and long strings of emojis to a minimum, as not everyone can read them.",
        ),
    ),
    (  # warnings and bans
        (
            "What happens if I break the rules?",
            "Warnings and bans",
            "Enforcement",
            "Repeat offenders",
            "Suspension",
        ),
        (
            "A first breach usually brings a warning, a second a suspension and a third a permanent ban.",
            "Serious abuse, threats or hate speech will lead to an immediate ban without any warning.",
            "Banned users who register again under a new name will be removed as soon as we spot them.",
            "Membership of the club, and with it access to these pages, may be withdrawn for persistent breaches.",
            "If you think you were banned in error, write to the editor, who will review the decision.",
        ),
    ),
    (  # safety and emergencies
        (
            "Safety first",
            "Emergencies",
            "This page is not watched around the clock",
            "What if someone needs help?",
            "Flying field safety",
        ),
        (
            "This page is not monitored at all hours, so if someone is in danger, call 999 or 112 straight away.",
            "If you are worried about a guest's safety outside shelter hours, ring the night line rather than posting"
            " in the group.",
            "Do not post advice on flying at sites or heights that break the airspace rules; the club will not host"
            " it.",
            "Crashes and course closures are reported to the organiser first and shared here only once confirmed.",
            "In an emergency dial 911, and do not wait for a {c} to be answered here.",
        ),
    ),
)

#: Opening lines.
INTROS_99: tuple[str, ...] = (
    "Thank you for joining the conversation. Please read these rules before you post.",
    "Karibu! We are glad you want to take part, and this is how we keep the page friendly.",
    "We want this to be a place where everyone can have their say.",
    "These house rules apply to every {c} on this site.",
    "The committee has agreed the following guidelines for the club's pages.",
    "By posting on this page you agree to the following.",
)

#: Closing lines.
CLOSINGS_99: tuple[str, ...] = (
    "Thank you for helping to keep this page a friendly place.",
    "Questions about these rules? E-mail the web team at web@unguja-weekly.co.tz.",
    "Happy flying, and see you at the field.",
    "Asanteni sana for reading, and for keeping this page respectful.",
    "Last updated by the Editor in March.",
    "Thanks, and ride safe.",
    "Diolch yn fawr, and thank you for singing from the same sheet.",
)

#: Title lines.
TITLES_99: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "{C} policy",
    "Rules for posting",
    "Guidelines for {cs}",
    "Forum etiquette",
    "Before you post",
    "Reader {c} guidelines",
)

#: British spellings in the family's lines, as American sites print them.
AMERICAN_99: dict[str, str] = {
    "neighbour": "neighbor",
    "licences": "licenses",
    "libellous": "libelous",
    "offence": "offense",
    "judgement": "judgment",
    "programme": "program",
    "colour": "color",
    "behaviour": "behavior",
    "number plates": "license plates",
}

_NOUNS_99: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
_MINOR_99 = frozenset(("a", "an", "the", "and", "but", "or", "nor", "of", "to", "in", "on", "for", "at", "by", "as"))
_WORDS_99 = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
_WORDS_99 += ("Thirteen", "Fourteen", "Fifteen", "Sixteen")
_ROMAN_99 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Markers of an item: {n} its number, {s} the number of the section the rules are, {w} the number in words,
#: {a}/{A} its letter, {r}/{R} its Roman numeral.
_MARKS_99 = {
    "numbered": ("{n}.", "{n})", "({n})", "{n} -", "{n}:", "[{n}]", "#{n}", "Rule {n}.", "Rule {n} \u2013", "{s}.{n}"),
    "worded": ("Rule {w}:", "{w}.", "Rule {w} \u2014"),
    "lettered": ("{a})", "({a})", "{a}.", "{A}.", "{A})"),
    "roman": ("{r}.", "({r})", "{R}.", "{R} \u2013"),
    "bulleted": ("\u2022", "-", "*", "\u2013", "\u25e6", "\u25cb", "\u25ba", "\u2713", ">", "\u00bb", "\u25a0"),
}
_ENDS_99 = ("", "", ".", ":")
_JOINTS_99 = (": ", " \u2013 ", " \u2014 ", ". ", " - ", " -- ")
_ASKED_99 = (("Q: ", "A: "), ("Q. ", "A. "), ("Q - ", "A - "))


def _title_99(text: str) -> str:
    """``text`` in title case: each word capitalised but the short joining words after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_99 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


#: How a site sets its headings, from the sentence case they are written in.
_CASES_99 = {"sentence": str, "title": _title_99, "capitals": str.upper, "lower": str.lower}


def _in_words_99(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word put in, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _items_99(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment" (0.6), or "post", "message", "reply",
    "contribution" or "response" (a quarter of the sites, which then never say "comment", and 0.15 more that say it
    too). Two or three kinds a fifth of the time, else four to twelve, in the table's order (0.55) or as drawn; for
    each, one heading (a question where the kind has one, in a fifth of the policies, set as "Q:" and "A:" in a third
    of those) and one of its sentences (0.45), two (0.4) or three, in order, each a part of its own or (0.3 of the
    policies) run together as one paragraph. Headings as written in sentence case (0.45), title case (0.3), capitals
    (0.2) or lower case; a part of their own (bare, or after a full stop or a colon) or run in before a colon, a full
    stop, a hyphen, two hyphens, an en or em dash; one way for the whole policy or (0.15) each item its own; none at all
    (0.15) or none for one item (0.08). Items numbered (also "Rule 3.", "#3", "[3]" or as the section's "4.3"), numbered
    in words, lettered, in Roman numerals, bulleted or neither, the marker before the heading or, without one, before
    the first sentence. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_99)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_99[noun], "C": noun.capitalize(), "Cs": _NOUNS_99[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_99)), count)
    if rng.random() < 0.55:
        picked.sort()
    headless = rng.random() < 0.15
    questions = rng.random() < 0.2
    asked_as = rng.choice(_ASKED_99) if questions and rng.random() < 0.35 else None
    set_case = _CASES_99[rng.choices(tuple(_CASES_99), (0.45, 0.3, 0.2, 0.05))[0]]
    paragraph = rng.random() < 0.3
    way = (rng.choice(("own", "run-in")), rng.choice(_ENDS_99), rng.choice(_JOINTS_99))
    mixed = rng.random() < 0.15
    style = rng.choices(
        ("none", "numbered", "worded", "lettered", "roman", "bulleted"), (0.35, 0.25, 0.04, 0.07, 0.06, 0.23)
    )[0]
    shape = rng.choice(_MARKS_99[style]) if style != "none" else ""
    section = rng.randint(2, 9)
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_99(texts, words, no_comment) for texts in REWORDINGS_99[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        plain = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else plain)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        letter, roman = "abcdefghijklmnop"[n], _ROMAN_99[n]
        marker = shape.format(n=n + 1, s=section, w=_WORDS_99[n], a=letter, A=letter.upper(), r=roman, R=roman.upper())
        marker = marker + " " if marker else ""
        where, end, joint = way
        if mixed:
            where, end, joint = rng.choice(("own", "run-in")), rng.choice(_ENDS_99), rng.choice(_JOINTS_99)
        if heading and asked_as and heading.endswith("?"):
            heading, chosen[0] = asked_as[0] + heading, asked_as[1] + chosen[0]
        if heading and where == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
            continue
        if heading:
            chosen[0] = (heading if heading.endswith("?") else heading + joint.rstrip()) + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_99(texts, words, no_comment) for texts in (INTROS_99, CLOSINGS_99, TITLES_99))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_99)
