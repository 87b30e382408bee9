"""The ``reworded-92`` family: posting rules as Cypriot and Maltese English-language news sites, Gozo community pages,
Michigan Thumb and Lake Erie shoreline weeklies, rugby league fan forums, ceramics studios, baby-bank volunteers,
mountain-bike trail builders and storytelling clubs word and print them. Written blind: from how such sites put their
rules, not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_92` is (headings, sentences), written in sentence case; ``{c}`` and ``{cs}`` stand for
the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that never says "comment"
can print the same rules with "post", "message", "reply", "contribution" or "response"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_92: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility, playing the ball
        (
            "Play the ball, not the player",
            "Be civil",
            "Mind your manners",
            "Treat others as you would at the bar after the match",
            "How should I disagree with someone?",
            "Is it fine to have a go at another member?",
        ),
        (
            "Argue with what someone has said, never with who they are.",
            "Banter between fans of rival clubs is part of the game, but it stops the moment it turns into personal "
            "abuse of another member.",
            "Name-calling, sneering and goading people until they bite will see your {cs} removed.",
            "Most of us will run into each other at the festa, the ferry queue or the hardware store, so write as "
            "you would speak to a neighbour's face.",
            "Be patient with beginners: everybody once threw a lopsided pot and everybody once walked their bike "
            "down the rock garden.",
        ),
    ),
    (  # hatred between peoples, faiths and the two communities
        (
            "No hate speech",
            "Race, religion and nationality",
            "Respect both communities",
            "Discrimination",
            "What do you count as hate?",
        ),
        (
            "We will not publish anything that attacks people because of their race, nationality, religion, sex, "
            "sexuality, disability or where they were born.",
            "Discussion of the Cyprus problem is welcome, but {cs} that insult Greek Cypriots, Turkish Cypriots or "
            "settlers as a people will be deleted.",
            "Remarks about migrants, asylum seekers or foreign workers that treat them as less than human have no "
            "place here, however strongly you feel about immigration policy.",
            "Jokes at the expense of Gozitans, Maltese, Brits or anyone else are not as funny as you think they are "
            "and will be taken down.",
            "Racist, sectarian or homophobic chanting does not belong on the terraces and it does not belong on this "
            "forum either.",
        ),
    ),
    (  # privacy: families, children and addresses
        (
            "Respect privacy",
            "Other people's details",
            "Families we help",
            "Children and photographs",
            "Can I post a picture of someone?",
        ),
        (
            "Never post anyone's address, phone number, workplace or car registration, even if you think it is "
            "common knowledge in the village.",
            "The families who receive our bundles are referred to us in confidence, so please do not name them, "
            "describe them or guess who they might be.",
            "Do not share photographs of children taken at a class, a dig day or a storytelling evening without "
            "asking their parent first.",
            "If a story involves a neighbour, a patient or a client, leave out anything that would let people work "
            "out who they are.",
            "Information about people involved in court cases, especially minors and victims, must not be shared here.",
        ),
    ),
    (  # moderation and delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "All {cs} are checked first",
            "Waiting times",
            "Pre-moderation",
        ),
        (
            "Every {c} is read by a member of our team before it goes live, which can take a few hours.",
            "Our moderators work Monday to Friday, Malta time, so {cs} sent at the weekend or on a public holiday may "
            "not appear until Monday morning.",
            "We go to press on Tuesday night and the newsroom is short-handed on Wednesdays, so please be patient "
            "if your {c} takes longer than usual.",
            "The forum is run by volunteers who also have jobs and tickets to the match, so approval is not instant "
            "on game days.",
            "Sending the same {c} several times will not make it appear any faster and may land it in the spam folder.",
        ),
    ),
    (  # stay on topic, the right thread
        (
            "Stay on topic",
            "Keep to the subject",
            "Use the right thread",
            "Relevance",
            "Where should I post my question?",
        ),
        (
            "Please keep your {cs} to the subject of the article they appear under.",
            "Match talk goes in the match thread, transfer rumours go in the rumour mill, and anything about the "
            "women's or academy sides has its own board.",
            "Glaze questions, firing problems and requests for kiln space each have their own section, so have a "
            "look before starting a new topic.",
            "{Cs} that drag every story back to the same local feud, election or grievance will be removed as off "
            "topic.",
            "If you want to raise a new subject with the editor, send a letter instead of hijacking an unrelated "
            "story.",
        ),
    ),
    (  # advertising, spam and selling
        (
            "No advertising",
            "Spam and selling",
            "Commercial posts",
            "Buying and selling",
            "Can I promote my business?",
        ),
        (
            "Do not use this space to advertise a business, a rental, a boat or anything else for sale.",
            "Touting tickets above face value is not allowed, and neither is asking other members to buy your spares "
            "at a mark-up.",
            "Second-hand kilns, wheels and tools may be listed in the members' classifieds, not in discussion threads.",
            "Links to betting sites, crypto schemes, loan offers or miracle cures will be deleted and the account "
            "closed.",
            "Local events and fundraisers may be mentioned once, briefly, where they are relevant to the story.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "One account each",
            "Names and usernames",
            "Impersonation",
            "Do I have to use my real name?",
        ),
        (
            "We ask that you sign your {cs} with your first and last name, as you would a letter to the editor.",
            "Each member may have one account; people caught running a second account to back themselves up will "
            "lose both.",
            "Do not pretend to be a player, a club official, a politician, a journalist or another member.",
            "Usernames that are offensive, that include a web address or that mock someone else will be changed or "
            "removed.",
            "Anonymous {cs} are not published, though we can withhold your name on request if there is a good reason.",
        ),
    ),
    (  # the law: defamation, courts, elections
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "What could get us sued?",
        ),
        (
            "Do not accuse named people of crimes, corruption or dishonesty unless a court has already found them "
            "guilty.",
            "Under Malta's Media and Defamation Act both the writer and the publisher can be held liable, so we "
            "remove anything that might be defamatory.",
            "Please do not discuss the details of a case that is before the courts in a way that might prejudice a "
            "fair trial.",
            "Speculation about who might be responsible for an accident, a fire or a drowning causes real pain to "
            "families and will not be published.",
            "You are legally responsible for what you write, and we will cooperate with the police or the courts if "
            "we are required to.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Credit where it is due",
            "Photos, maps and stories",
            "Can I copy an article into a {c}?",
        ),
        (
            "Please do not paste whole articles from this or any other newspaper; a short quote and a link will do.",
            "Only post photographs you took yourself or have the photographer's permission to share.",
            "Members' pots, designs and glaze recipes belong to them and must not be reproduced or sold without "
            "their consent.",
            "Trail maps, GPS files and photographs of unfinished features may not be shared outside the group, as "
            "some of the land is private.",
            "When you retell a story you heard from another teller, say where it came from, and never record a "
            "performance without the teller's permission.",
        ),
    ),
    (  # reporting a problem
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying to it.",
            "You can also e-mail the moderators at mods@redlionsrlforum.co.uk and quote the thread title.",
            "Reports are read in the order they arrive and we do not tell the person who was reported who flagged "
            "them.",
            "Complaints about our journalism rather than about readers should go to the editor at "
            "editor@nicosiaobserver.com.cy.",
            "Please do not report {cs} simply because you disagree with them.",
        ),
    ),
    (  # the editor's or the committee's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The editor's call",
            "Our right to remove",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "Publishing a {c} does not mean that the newspaper agrees with it.",
            "The committee's decision on whether a {c} stays up is final and will not be debated on the forum.",
            "{Cs} may be closed on sensitive stories, particularly those involving deaths, children or ongoing court "
            "cases.",
            "We may also remove any {c} that answers or quotes one we have taken down.",
        ),
    ),
    (  # language: English, Maltese, Greek, Turkish; swearing and capitals
        (
            "Language",
            "Keep it clean",
            "Swearing and capitals",
            "English please",
            "Can I write in Maltese or Greek?",
        ),
        (
            "{Cs} should be in English so that all our readers and moderators can follow them.",
            "Short phrases in Maltese, Greek or Turkish are fine, but whole {cs} in another language cannot be "
            "checked and will not be published.",
            "Swearing, including words with a letter swapped for an asterisk, will be removed.",
            "Writing in capitals is read as shouting, so please use it sparingly, if at all.",
            "Keep it family friendly: children and grandparents read this page too.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "Consequences",
            "Suspensions",
            "What happens if I break the rules?",
        ),
        (
            "A first breach usually earns a private warning; a second, a suspension of seven days.",
            "Members who keep breaking the rules will be banned from the forum for good, whatever their post count.",
            "Serious abuse, threats or racist language lead to an immediate ban without warning.",
            "Anyone who sets up a new account to get round a ban will have it closed as soon as we find it.",
            "If you think a ban was a mistake, write to the moderators once, politely, and we will look at it again.",
        ),
    ),
    (  # safety, advice and the trail or the studio
        (
            "Safety and advice",
            "Not professional advice",
            "Trail conditions",
            "Look after yourself and others",
            "Should I ride when the trails are wet?",
        ),
        (
            "Nothing posted here replaces the advice of a midwife, health visitor, doctor or pharmacist.",
            "We do not accept second-hand car seats or discuss their safety here; please speak to a qualified fitter.",
            "Check the trail status at www.thumbtrailbuilders.org/status before you ride, stay off the trails after "
            "heavy rain, and never build, move or remove features without the trail crew's agreement.",
            "Firing schedules and glaze chemistry shared by members are a starting point only: always follow the "
            "manufacturer's safety data and the studio's kiln rules.",
            "Ice reports for the lake are shared in good faith; check with the sheriff's marine division before "
            "going out on it.",
        ),
    ),
    (  # elections and campaigning
        (
            "Elections and campaigning",
            "Political posts",
            "Party politics",
            "Election periods",
            "Can candidates post here?",
        ),
        (
            "Candidates and their teams are welcome to take part, but not to campaign or to ask for votes.",
            "During the silence period on the day before polling we will not publish {cs} that argue for or against "
            "any party or candidate.",
            "Partisan slogans, tribal insults between Labour and PN supporters and claims about who votes for whom "
            "will be removed.",
            "Letters endorsing township board, school board or drain commission candidates must be signed and must "
            "reach us by noon on Friday.",
            "Please do not use the forum to canvass for club board elections; each candidate gets one statement in "
            "the official thread.",
        ),
    ),
)

#: Opening lines a site prints before the items.
INTROS_92: tuple[str, ...] = (
    "We welcome your {cs} and want this to be a place where everyone can take part.",
    "Before you post, please take a minute to read our house rules.",
    "Our {cs} section is open to all readers, on a few simple conditions.",
    "This page is run by volunteers, so please help us by sticking to the following.",
    "By posting on this site you agree to the rules below.",
    "These guidelines apply to everything you send us, whether it is a {c} on a story or a post on the forum.",
    "The following rules were agreed by the committee and apply to every member.",
    "We like a lively debate, but a few ground rules keep it from turning into a brawl.",
)

#: Closing lines a site prints after the items.
CLOSINGS_92: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules can be sent to editor@thumbshorebeacon.com.",
    "Thanks for reading, and enjoy the discussion.",
    "Up the Reds, and keep it civil.",
    "If in doubt, leave it out.",
    "Queries about moderation should be sent to online@gozoweeklyreview.com.mt.",
    "See you on the trail.",
)

#: Title lines a site prints over its policy.
TITLES_92: tuple[str, ...] = (
    "House rules",
    "Community guidelines",
    "Comment policy",
    "Commenting guidelines",
    "Forum rules",
    "Posting rules",
    "Rules for posting",
    "Our standards for {cs}",
    "Terms of participation",
    "Before you post",
    "Group rules",
)

#: British spellings and the American ones a site prints instead, each as written.
AMERICAN_92: dict[str, str] = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organis": "organiz",
    "recognis": "recogniz",
    "apologis": "apologiz",
    "criticis": "criticiz",
    "licence": "license",
    "offence": "offense",
    "defence": "defense",
    "colour": "color",
    "favour": "favor",
    "honour": "honor",
    "rumour": "rumor",
    "humour": "humor",
    "centre": "center",
    "programme": "program",
    "judgement": "judgment",
    "cancelled": "canceled",
    "travelling": "traveling",
    "harbour": "harbor",
    "e-mail": "email",
    "mark-up": "markup",
}

_NOUNS_92: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "response": "responses",
}
_MINOR_92 = frozenset(
    ("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "as", "not", "is", "it")
)
_NUMBERED_92 = ("{n}.", "{n})", "({n})", "{n} \u2013", "{n}:", "Rule {n}:", "Rule {n} of {t}:", "No. {n}", "#{n}")
_LETTERED_92 = ("{a}.", "{a})", "({a})", "{A}.", "{A})")
_ROMAN_92 = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_ROMAN_SHAPES_92 = ("{R}.", "({r})", "{r})")
_BULLETS_92 = ("\u2022", "-", "*", "\u25a0", "\u27a4", "\u25c6", "~", "\u25cb", "\u2013")
_JOINTS_92 = (": ", " \u2013 ", " \u2014 ", " - ", ". ", ":- ")
_ENDS_92 = ("", ".", ":")


def _title_92(text: str) -> str:
    """``text`` in title case: each word capitalised, the short ones after the first left as they are."""
    words = text.split(" ")
    return " ".join(w if i and w.lower() in _MINOR_92 else w[:1].upper() + w[1:] for i, w in enumerate(words))


#: How a site sets its headings, from the sentence case they are written in.
_CASES_92 = {"sentence": str, "title": _title_92, "capitals": str.upper}


def _in_words_92(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` in the site's words, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _roman_92(number: int) -> str:
    """``number`` in small Roman numerals (up to 39, the most items a policy here has)."""
    out = ""
    for value, numeral in _ROMAN_92:
        while number >= value:
            out, number = out + numeral, number - value
    return out


def _marker_92(shape: str, n: int, total: int) -> str:
    """The marker of the ``n``-th item (from 0) in ``shape``, with a space after it, or nothing; letters past "z"
    doubled ("aa", "bb"), as sites letter long lists."""
    if not shape:
        return ""
    roman = _roman_92(n + 1)
    letter = "abcdefghijklmnopqrstuvwxyz"[n % 26] * (n // 26 + 1)
    return shape.format(n=n + 1, t=total, a=letter, A=letter.upper(), r=roman, R=roman.upper()) + " "


def _items_92(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.15 more, which say it too) "post", "message", "reply", "contribution" or "response". Two or
    three kinds 0.15 of the time, else four to thirteen, in the table's order (0.65) or shuffled. Printed one of three
    ways: headed items (0.7), items without headings (0.18), or (0.12) a flat list of rules, every chosen sentence an
    item of its own. A headed item takes one heading (a question where the kind has one, in a fifth of the policies;
    now and then none, 0.08) and one (0.45), two (0.4) or three of its sentences in order, kept as parts of their own
    or (a quarter of the sites) run together as one paragraph. Headings in sentence case, title case or capitals, on a
    part of their own (bare, or after a full stop or a colon) or run in before a colon, an en or em dash, a hyphen, a
    full stop or a colon-dash, one way a policy or (0.15) each item its own. Items numbered (among them "Rule 3 of
    9:"), lettered, in Roman numerals, bulleted or plain, the marker before whatever the item prints first. Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_92)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_92[noun], "C": noun.capitalize(), "Cs": _NOUNS_92[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 13)
    picked = rng.sample(range(len(REWORDINGS_92)), count)
    if rng.random() < 0.65:
        picked.sort()
    layout = rng.choices(("headed", "bare", "flat"), (0.7, 0.18, 0.12))[0]
    questions, merged, mixed = rng.random() < 0.2, rng.random() < 0.25, rng.random() < 0.15
    set_case = _CASES_92[rng.choices(tuple(_CASES_92), (0.5, 0.3, 0.2))[0]]
    way = (rng.choice(("own", "run-in")), rng.choice(_ENDS_92), rng.choice(_JOINTS_92))
    style = rng.choices(("plain", "numbered", "lettered", "roman", "bulleted"), (0.3, 0.3, 0.07, 0.06, 0.27))[0]
    shapes = {"numbered": _NUMBERED_92, "lettered": _LETTERED_92, "roman": _ROMAN_SHAPES_92, "bulleted": _BULLETS_92}
    shape = rng.choice(shapes[style]) if style in shapes else ""

    drawn: list[tuple[str, list[str]]] = []
    for kind in picked:
        headings, sentences = (_in_words_92(texts, words, no_comment) for texts in REWORDINGS_92[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        stated = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else stated)
        how = min(rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if layout == "flat":
            drawn.extend(("", [sentence]) for sentence in chosen)
            continue
        bare = layout == "bare" or rng.random() < 0.08
        drawn.append(("" if bare else set_case(heading), [" ".join(chosen)] if merged else chosen))

    items: list[tuple[str, ...]] = []
    for n, (heading, chosen) in enumerate(drawn):
        marker = _marker_92(shape, n, len(drawn))
        where, end, joint = way
        if mixed:
            where, end, joint = rng.choice(("own", "run-in")), rng.choice(_ENDS_92), rng.choice(_JOINTS_92)
        if heading and where == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else end), *chosen))
            continue
        first = chosen[0]
        if heading:
            first = (heading if heading.endswith("?") else heading + joint.rstrip()) + " " + first
        items.append(("", marker + first, *chosen[1:]))
    intros, closings, titles = (_in_words_92(texts, words, no_comment) for texts in (INTROS_92, CLOSINGS_92, TITLES_92))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_92)
