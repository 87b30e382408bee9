"""The ``reworded-98`` family: posting rules as Estonian, Latvian and Finland-Swedish English-language news pages,
Tyneside and Wearside papers, Texas Gulf Coast and Galveston weeklies, community growing schemes, handbell ringers,
parish food pantries, amateur dramatic societies and wheelchair basketball clubs word and print them. Written blind:
from how such sites put their rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_98` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" can print the same rules with "post", "message", "reply", "contribution" or
"response"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_98: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Be a good neighbour",
            "How should I talk to other members?",
            "Can I criticise a performance?",
        ),
        (
            "Disagree with the argument if you must, but leave the person who made it alone.",
            "Personal attacks, name-calling and sneering at other readers will be removed, however witty they seemed "
            "at the time.",
            "Criticism of a production is welcome, but remember that the cast and crew are volunteers who gave up "
            "their evenings for months.",
            "Referees, table officials and classifiers give their time for nothing, so please keep any complaint "
            "about a call polite and to the point.",
            "Write every {c} as if you were saying it to someone's face at the Saturday market, because in a town "
            "this size you probably will be.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hatred and incitement",
            "Respect for every community",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that incite hatred against a nationality, language group, religion or ethnic group are deleted, "
            "and may be passed to the police.",
            "We do not accept abuse aimed at Russian speakers, Estonians, Latvians, Finland-Swedes, Roma or anyone "
            "else because of where they come from or what language they speak at home.",
            "Slurs about disability have no place here; several of our players use a chair every day, not just on "
            "court.",
            "Remarks about immigrants, shrimpers or anybody else that you would not make in church on a Sunday "
            "morning will not be published here either.",
            "Sexist, racist, homophobic and transphobic language is removed, and so are the jokes that rely on it.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal details",
            "Don't share other people's information",
            "May I name someone I saw at the pantry?",
        ),
        (
            "Do not post the home address, telephone number, number plate or workplace of anyone, including yourself.",
            "People who collect food from the pantry do so in confidence, so please never name them, describe them "
            "or post photographs taken near the door.",
            "Members of the youth theatre are under eighteen; do not name them in a {c} or tag them in photographs "
            "without a parent's permission.",
            "A player's classification and medical history are a matter for the player and the classifiers, not for "
            "guesswork in the {cs}.",
            "If you share a picture of the garden, make sure nobody in it can be recognised unless they have said "
            "they don't mind.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "When are {cs} checked?",
        ),
        (
            "All {cs} are read by a moderator before they are published, which usually takes a few hours on weekdays.",
            "Our moderators work Tallinn and Riga office hours (Eastern European Time), so anything sent overnight "
            "will wait until the morning.",
            "The pantry's page is looked after by volunteers, and anything sent on a Saturday may not be seen until "
            "after Monday's distribution.",
            "During hurricane season, and whenever the island loses power, approval can take several days; please "
            "do not send the same {c} twice.",
            "Your first {c} is held for checking, and once a few have been approved, later ones appear straight away.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Where do I ask about something else?",
        ),
        (
            "Please keep your {c} to the subject of the article it sits under.",
            "Questions about rehearsal times, auditions and the costume store belong in the members' area, not under "
            "a review.",
            "The ringing thread is for ringing; the weather, the football and the price of petrol can go in the "
            "general chat.",
            "{Cs} that drag every story back to the same old argument about ferry fares or the causeway will be "
            "removed as off topic.",
            "If you want to raise a new subject, use the contact form at www.wearsidedaily.co.uk/contact and the "
            "newsroom will take a look.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and fundraising",
            "Commercial content",
            "Can I advertise my plant sale?",
        ),
        (
            "Advertising, chain letters and links to online shops are not allowed, and repeat offenders will be "
            "blocked.",
            "Seedlings, spare produce and surplus tools can be offered free on the swap board, but selling is not "
            "allowed on the main page.",
            "Please do not use the {cs} to resell tickets for our shows; returns can be made through the box office.",
            "Raffles and sponsored pushes for the club are welcome in the fundraising thread once the committee has "
            "agreed them.",
            "A link to your own website is fine if it is genuinely useful to the discussion, and will be removed if "
            "it is not.",
        ),
    ),
    (  # identity
        (
            "Your identity",
            "Real names",
            "One account per person",
            "Impersonation",
            "Do I have to use my real name?",
        ),
        (
            "We ask you to post under your own first name and surname; a pen name is allowed only with the editor's "
            "agreement.",
            "Each person may hold one account, and accounts opened to get round a ban will be closed without notice.",
            "Do not pretend to be another reader, a member of staff, a public figure or an officer of the club.",
            "Your name is shown with every {c} you send, but your e-mail address is never published.",
            "You must register with a working e-mail address before you can take part.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "The law",
            "Defamation and contempt of court",
            "Legal responsibility",
            "Can I say what I heard about a court case?",
        ),
        (
            "You are legally responsible for what you write, and a {c} that damages someone's reputation can lead to "
            "a libel claim against you personally.",
            "Do not speculate about the guilt of anyone who has been arrested or charged, as that can put a fair "
            "trial at risk and is contempt of court.",
            "Under Estonian and Latvian law, publishing calls to violence or hatred is an offence, and the publisher "
            "can be required to hand over what it knows about the author.",
            "Texas law protects honest opinion, but not statements of fact that you know, or ought to know, are false.",
            "Do not repeat rumours about named people: if you cannot prove it, do not post it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and scripts",
            "Quoting and linking",
            "May I copy a whole article?",
        ),
        (
            "Do not paste whole articles from this or any other site; quote a sentence or two and link to the rest.",
            "Scripts, scores and handbell arrangements are protected by copyright, and sharing scans of them here "
            "could cost the society its performing licence.",
            "Photographs and videos taken during a performance may not be posted, because the rights holders do not "
            "allow recording of any kind.",
            "By sending us a {c} you give us permission to publish it, edit it for length and reuse it in print.",
            "Only upload pictures you took yourself, or ones you have the owner's permission to use.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flagging",
            "How do I report a {c}?",
            "Seen something wrong?",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying to it.",
            "You can also write to moderation@tynesidegazette.co.uk, giving the headline of the story and the time "
            "of the {c}.",
            "Reports are read by a person, not a machine, and we try to deal with them within one working day.",
            "Please do not argue with a troll; report the {c} and move on.",
            "For anything urgent, speak to a committee member or e-mail welfare@tynewheelers.org.uk.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "The right to remove",
        ),
        (
            "The editor reserves the right to remove any {c}, or to close discussion on any story, without giving a "
            "reason.",
            "The committee's decision on what stays on the page is final, and we will not enter into correspondence "
            "about individual removals.",
            "Moderators are volunteers and will sometimes get it wrong; if you think they have, send a polite note "
            "and it will be looked at again.",
            "We may shorten or lightly edit {cs} for length, spelling and clarity.",
            "Publishing a {c} does not mean that we agree with it.",
        ),
    ),
    (  # errors and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Have you got a story?",
            "Errors in our reporting",
        ),
        (
            "If you think we have got something wrong, e-mail news@gulfcoastweekly.com rather than leaving a {c}, so "
            "that it reaches the right person quickly.",
            "Corrections are printed at the foot of the original article with the date they were made.",
            "Got a story for us? Ring the newsroom or use the form on our contact page, because we read every tip.",
            "Match reports and scores are sent in by the clubs themselves, so please tell the club secretary about "
            "any error first.",
            "Mistakes in the cast list or the programme can be sent to the publicity officer, who will put them right.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which language should I write in?",
            "Swearing and capitals",
            "English only",
        ),
        (
            "This is the English-language service, so please write in English; {cs} in Estonian, Latvian, Russian or "
            "Swedish belong on our sister sites.",
            "Swearing, including swear words with letters replaced by asterisks, will be removed.",
            "Please don't write in capital letters, which read as shouting and are hard to follow.",
            "A bit of Geordie or Mackem is grand, but make sure the rest of us can understand you.",
            "{Cs} in Spanish and Vietnamese are welcome too, and we will do our best to read them.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Suspension",
            "What happens if I break the rules?",
            "Three strikes",
            "Unacceptable behaviour",
        ),
        (
            "A first breach will usually earn a warning, and a second may mean your account is suspended for a week.",
            "Serious abuse, threats or spam will lead to an immediate and permanent ban.",
            "If your account has been suspended and you think it was a mistake, write to the moderators within "
            "fourteen days and explain why.",
            "We keep a record of warnings, and three in twelve months will close your account.",
            "Banned users who come back under a new name will be removed again as soon as we notice.",
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Advice and emergencies",
            "Medical and legal advice",
            "Look after yourself",
            "What if someone seems to be at risk?",
        ),
        (
            "Advice given in the {cs} is other readers' opinion, not professional advice, so check with a doctor, "
            "a lawyer or the club physio before acting on it.",
            "If anyone seems to be in danger, call 112 straight away rather than writing about it here.",
            "Please do not share tips on weedkillers, pesticides or home preserving unless you can point to a "
            "reliable source.",
            "When a storm is coming, follow the instructions of the county's emergency management office, not the "
            "rumours on this page.",
            "If someone says they are in crisis, ring 999 and let the moderators know; do not try to handle it on "
            "your own in a thread.",
        ),
    ),
)

#: Opening lines a site prints before its rules.
INTROS_98: tuple[str, ...] = (
    "We welcome your {cs} and want this to be a place where everyone can take part.",
    "Please read these guidelines before you post.",
    "The following rules apply to all {cs} on this website.",
    "By taking part in the discussion you agree to the house rules below.",
    "The discussion under our articles is open to registered readers, on the following conditions.",
    "These rules were agreed by the committee and apply to the club's page and forum.",
    "Thank you for taking part; to keep the page useful for everyone, we ask you to follow a few simple rules.",
)

#: Closing lines a site prints after its rules.
CLOSINGS_98: tuple[str, ...] = (
    "Thank you for helping to keep the discussion civil.",
    "These guidelines may be changed at any time without notice.",
    "Questions about these rules can be sent to the editor at letters@balticnewsdesk.eu.",
    "Last updated in March; the full terms of use are linked at the foot of every page.",
    "Happy ringing, and thank you for reading.",
    "See you at the garden.",
    "Enjoy the show, and thank you for supporting amateur theatre.",
)

#: Title lines a site prints above its rules.
TITLES_98: tuple[str, ...] = (
    "Comment policy",
    "House rules",
    "Community guidelines",
    "Rules for {cs}",
    "Posting guidelines",
    "Terms of participation",
    "Discussion rules",
    "Guidelines for contributors",
    "Forum etiquette",
    "Moderation policy",
)

#: British spellings in the tables and their American forms.
AMERICAN_98: dict[str, str] = {
    "criticise": "criticize",
    "recognised": "recognized",
    "neighbour": "neighbor",
    "rumour": "rumor",
    "theatre": "theater",
    "programme": "program",
    "licence": "license",
    "offence": "offense",
    "behaviour": "behavior",
}

_NOUNS_98: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
_MINOR_98 = frozenset(("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "at", "by", "with", "not"))
#: How a site marks its items, by kind of marker: {n} a number, {z} two digits, {a}/{A} a letter, {r} a small Roman one.
_MARKERS_98: dict[str, tuple[str, ...]] = {
    "numbered": ("{n}.", "{n})", "({n})", "{n} -", "{z}.", "Rule {n}.", "\u00a7 {n}", "{n}:", "Section {n}:"),
    "lettered": ("{a}.", "({a})", "{A})", "{A}."),
    "roman": ("{r}.", "({r})"),
    "bulleted": ("\u2022", "-", "*", "\u2013", "\u25a0", "\u25c6", "\u2192", "\u00b7"),
}
#: After a heading on a part of its own; between a run-in heading and its sentence (a bold heading scraped bare).
_OWN_ENDS_98 = ("", "", ":", ".")
_JOINTS_98 = (": ", " \u2013 ", " \u2014 ", " - ", ". ", " ")
_ROMAN_98 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _title_98(text: str) -> str:
    """``text`` in title case: each word's first letter capitalised, but the minor words after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_98 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


_CASES_98 = {"sentence": str, "title": _title_98, "capitals": str.upper}


def _in_words_98(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word filled in, dropping those that say "comment" on a site that never does."""
    out = [text.format(**words) for text in texts]
    return [text for text in out if not (no_comment and _says_comment(text))]


def _items_98(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or "post", "message", "reply",
    "contribution" or "response" (a quarter of the sites, which then never say "comment", and 0.12 more, which say
    it too). Two or three kinds 0.15 of the time, else four to twelve, in the table's order (0.55) or as drawn; for
    each, one heading (a question where the kind has one, on 0.22 of the sites) and one of its sentences (0.45), two
    (0.4) or three, in order, each its own part or (0.3 of the sites) printed as one paragraph. Headings in sentence
    case (0.45), title case (0.3) or capitals; on a part of their own (bare, or before a colon or a full stop; 0.45)
    or run in before a colon, an en or em dash, a hyphen, a full stop or only a space, as a bold heading comes out
    when scraped; one way for the whole policy or (0.15) each item its own; none at all (0.18) or none for an item
    (0.08). Items numbered, lettered, in small Roman numerals, bulleted or neither, the marker before whatever the
    item prints first. Then :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_98)[1:]) if draw < 0.37 else "comment"
    words = {"c": noun, "cs": _NOUNS_98[noun], "C": noun.capitalize(), "Cs": _NOUNS_98[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_98)), count)
    if rng.random() < 0.55:
        picked.sort()
    headless = rng.random() < 0.18
    questions = rng.random() < 0.22
    paragraph = rng.random() < 0.3
    set_case = _CASES_98[rng.choices(tuple(_CASES_98), (0.45, 0.3, 0.25))[0]]
    mixed = rng.random() < 0.15

    def placing() -> tuple[bool, str, str]:
        return rng.random() < 0.45, rng.choice(_OWN_ENDS_98), rng.choices(_JOINTS_98, (4, 3, 2, 2, 2, 1))[0]

    site_place = placing()
    style = rng.choices((*_MARKERS_98, "none"), (0.3, 0.07, 0.05, 0.23, 0.35))[0]
    shape = rng.choice(_MARKERS_98[style]) if style != "none" else ""
    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_98(texts, words, no_comment) for texts in REWORDINGS_98[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        told = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else told)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        marker = ""
        if shape:
            letter = "abcdefghijklmnopqrstuvwxyz"[n]
            marker = shape.format(n=n + 1, z=f"{n + 1:02d}", a=letter, A=letter.upper(), r=_ROMAN_98[n]) + " "
        own, end, joint = placing() if mixed else site_place
        if heading and own:
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
            continue
        if heading:
            chosen[0] = (heading + " " if heading.endswith("?") else heading + joint) + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_98(texts, words, no_comment) for texts in (INTROS_98, CLOSINGS_98, TITLES_98))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_98)
