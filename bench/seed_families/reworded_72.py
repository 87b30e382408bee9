"""``reworded-72``: posting rules as English-language papers in Hong Kong, Thailand, Cambodia, Nepal and Bangladesh,
Scandinavian English-language news sites, university alumni magazines, running clubs, genealogy societies,
aviation-enthusiast forums and homeschooling co-ops word and print them under an article or at the head of a board."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out: the kinds of item such a site prints, each (headings, sentences), headings in sentence case.
REWORDINGS_72: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be courteous", "Respect other readers", "Play the ball, not the player", "Is it civil?"),
        (
            "Disagree with ideas, not with the people who hold them.",
            "Personal attacks, name-calling, trolling and insults aimed at other readers, at our journalists or at "
            "the people in our stories will be removed.",
            "Treat fellow members as you would in the clubhouse after a Sunday long run: robust debate is welcome, "
            "rudeness is not.",
            "Abusive behaviour towards another member, whether in a thread or by private message, may lead to a ban "
            "without warning.",
        ),
    ),
    (  # hatred between faiths and communities
        ("No hate speech", "Religion, race and community", "Don't stir up hatred"),
        (
            "We do not publish contributions that attack a person or a group because of religion, ethnicity, caste, "
            "nationality, gender, disability or sexual orientation.",
            "Remarks that could hurt religious sentiment or inflame communal tension will be deleted, and serious "
            "cases may be passed to the police.",
            "Sweeping generalisations about whole nationalities, migrant workers included, are not welcome here.",
        ),
    ),
    (  # privacy
        ("Protect privacy", "Other people's details", "Children's privacy", "Keep personal details private"),
        (
            "Do not post anyone's phone number, home address, identity card number or e-mail address, including your "
            "own.",
            "Members researching a family tree must not publish the names, dates of birth or addresses of living "
            "people without their written consent; keep such details to the private members' area.",
            "Never post photographs or full names of children other than your own, and never say which park, library "
            "or church hall the group will be meeting at on a given day.",
            "Screenshots of private messages may be shared only with the sender's permission.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my post appeared?", "Comment moderation", "Please be patient"),
        (
            "All comments are read by a moderator before they are published, so there may be a delay.",
            "Our moderators work from 9 am to 9 pm Hong Kong time, and anything sent overnight is reviewed the "
            "following morning.",
            "Posts from new members are checked by volunteers, usually within 48 hours, and sending the same message "
            "again will not make it appear any sooner.",
            "Discussion on most stories closes after three days, and on court reports it may not open at all.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic comments"),
        (
            "Keep your replies relevant to the article or thread you are posting in.",
            "General chat belongs on the Clubhouse board and training questions on Training and Injuries.",
            "Posts that have nothing to do with the story, or that steer every thread back to the same pet subject, "
            "will be removed.",
            "Please start a new thread for a new question rather than adding it to the end of an old one.",
        ),
    ),
    (  # spam, advertising and selling
        ("No advertising", "Spam and self-promotion", "Buying and selling", "Commercial posts"),
        (
            "Advertising, chain messages, referral codes and links to commercial websites are not permitted.",
            "Race entries may not be sold or swapped here; use the organiser's official transfer service instead.",
            "Aircraft parts, headsets and logbooks may be offered for sale only in the Classifieds section, and only "
            "by members of at least three months' standing.",
            "Tutors and curriculum sellers who wish to reach our families should write to the committee at "
            "committee@meadowbankhomeeducators.org rather than posting in the group.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Who you are", "Names and class years", "One member, one account"),
        (
            "Please post under your real name; anonymous contributions and obvious pseudonyms will not be published.",
            "Alumni are asked to sign letters and online responses with their full name and class year, for example "
            "Jane Lee '98.",
            "Members found running more than one account will lose all of them.",
            "Do not impersonate another person, a public official or a member of staff.",
        ),
    ),
    (  # the law
        ("Legal matters", "Libel and contempt", "Obey the law", "Is it legal?"),
        (
            "Do not make allegations you cannot prove; defamatory remarks can expose both you and the publisher to "
            "legal action.",
            "Do not speculate about the guilt or innocence of anyone facing trial, or name the victim of a sexual "
            "offence, as this may be contempt of court.",
            "Content that may breach the laws of the Hong Kong SAR will be removed, and we may be obliged to hand "
            "details of its author to the authorities.",
            "Material that may violate the Computer Crime Act, or that may be considered an insult to the monarchy, "
            "will be deleted immediately.",
        ),
    ),
    (  # copyright, photographs and sources
        ("Copyright", "Photos and attachments", "Credit your sources", "Whose photo is it?"),
        (
            "Only upload photographs you took yourself, and give the registration, the location and the date in the "
            "caption.",
            "Do not paste whole articles from other publications; quote a short passage and link to the rest.",
            "Transcriptions of parish registers, census pages and newspaper notices must name the archive and the "
            "reference, and scans from subscription websites may not be reposted.",
            "By posting, you grant us a licence to publish, edit and archive your contribution in print and online.",
        ),
    ),
    (  # reporting a post
        ("Report a problem", "Reporting", "Seen something wrong?", "Flag it"),
        (
            'If you see a post that breaks these rules, use the "Report" link beneath it rather than replying.',
            "You can also e-mail the moderators at moderators@riversidestriders.org with a link to the post.",
            "Reports are anonymous, and the member you report will not be told who made it.",
            "Please do not argue with a troll in the thread; report it and move on.",
        ),
    ),
    (  # the moderators' discretion
        ("Our decision is final", "Moderators' discretion", "The editor's call", "Why was my post removed?"),
        (
            "The editors reserve the right to edit, shorten or reject any contribution without giving a reason.",
            "Moderators are volunteers who give up their own time, and their decisions are final.",
            "Publication does not mean that we endorse the views expressed, which are those of the writer alone.",
            "We do not enter into correspondence about individual moderation decisions.",
        ),
    ),
    (  # errors and corrections
        ("Spotted an error?", "Corrections", "Errors and omissions", "Tell the newsroom"),
        (
            "If you think we have got something wrong in a story, please e-mail corrections@nordicdispatch.com "
            "rather than posting it below, so that an editor sees it.",
            "Corrections are made promptly and noted at the foot of the article.",
            "Comments pointing out typing errors may be removed once the error has been fixed.",
            "Errors in obituaries and class notes should be sent to the alumni office at classnotes@kestrelalumni.edu "
            "with the issue and page number.",
        ),
    ),
    (  # language
        ("English only", "Language", "Mind your language", "Write in English, please"),
        (
            "Please write in English so that every reader can follow the discussion; posts in other languages may be "
            "removed.",
            "Swearing, sexual language and slurs are not allowed, including in transliterated Thai, Khmer, Nepali or "
            "Bangla.",
            "Do not write in capital letters, which reads as shouting, or in text-message shorthand.",
            "Swedish, Norwegian and Danish words are fine where there is no English equivalent, but please give a "
            "translation.",
        ),
    ),
    (  # suspension and account closure
        ("Suspensions and bans", "Closing your account", "Repeat offenders", "Leaving the group"),
        (
            "Members who repeatedly break these rules will be suspended, and persistent offenders will have their "
            "accounts closed.",
            "To have your account deleted, write to support@himalayanherald.com.np from the address you registered "
            "with; your earlier posts may remain on the site without your name.",
            "Membership of the online group ends when a family leaves the co-op, and its login is then closed.",
            "Banned users who register again under a new name will be removed without notice.",
        ),
    ),
    (  # security and safety
        ("Security and safety", "Sensitive information", "Not medical advice", "Stay safe"),
        (
            "Do not post security codes, airside access routes or anything else that could help someone into the "
            "restricted areas of an airport.",
            "Spotters must follow the instructions of airport police and never take photographs from inside a "
            "restricted zone.",
            "Training and injury advice from other members is no substitute for seeing a doctor or a physiotherapist.",
            "In an emergency call 999; the forum is not watched around the clock.",
        ),
    ),
)

#: Opening lines such sites print above their rules.
INTROS_72: tuple[str, ...] = (
    "We welcome your comments, but please read these guidelines before you post.",
    "The forum works because members keep to a few simple rules.",
    "By submitting a post you agree to abide by the following house rules.",
    "These rules apply to every board, thread and private message on the site.",
    "Letters and online responses are welcome; this is how we handle them.",
    "Please take a minute to read the following before joining the discussion.",
)
#: Closing lines printed after them.
CLOSINGS_72: tuple[str, ...] = (
    "The full terms of use are at www.nordicdispatch.com/terms.",
    "These guidelines may be updated from time to time without notice.",
    "Questions about these rules? Write to webmaster@riversidestriders.org.",
    "Thank you for helping to keep this a friendly place for everyone.",
    "Please read our full comment policy and privacy notice before posting.",
    "Happy flying, and blue skies to all.",
)
#: Title lines printed above them.
TITLES_72: tuple[str, ...] = (
    "Comment Policy",
    "Community Guidelines",
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Rules for Contributors",
    "Reader Comment Guidelines",
    "Before you post",
    "Message Board Rules",
    "Group Etiquette",
    "Our Moderation Policy",
)
#: American spelling of the words above that such a site would spell the other way.
AMERICAN_72: dict[str, str] = {
    "behaviour": "behavior",
    "towards": "toward",
    "generalisations": "generalizations",
    "organiser": "organizer",
    "offence": "offense",
    "licence": "license",
    "programme": "program",
    "e-mail": "email",
}

_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"})
_NUMBERS = ("{n}.", "{n})", "({n})", "Rule {n}:", "{n} -")
_BULLETS = ("•", "-", "*", "▪", "–")
_LETTERS = ("{c})", "({c})", "{C}.")
_RUN_INS = (": ", " - ", " – ", " — ", ". ")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker(style: str, number: int, form: str) -> str:
    if style == "number":
        return form.format(n=number) + " "
    if style == "letter":
        letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
        return form.format(c=letter, C=letter.upper()) + " "
    if style == "bullet":
        return form + " "
    return ""


def _unsaid(texts: tuple[str, ...], plain: bool) -> tuple[str, ...]:
    """``texts``, less those that say "comment" when the site never does (``plain``)."""
    return tuple(text for text in texts if not (plain and _says_comment(text)))


def _items_72(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items as one of these sites prints them. Drawn in this order: whether the site never says
    "comment" (0.25, and then only such headings, sentences and lines); two or three kinds (0.2) or four to eleven,
    kept in the table's order (0.5) or as drawn; where the headings go (on a line of their own 0.45, run in before a
    colon, a dash or a full stop 0.3, none 0.25), one way for the policy or, a quarter of the time, each item its
    own; their case (as written, title case, capitals); what follows a heading on its own line (nothing, a full
    stop, a colon; nothing after a question); numbers, letters, bullets or neither; then per item its heading (none
    0.1 of the time), one to three of its sentences in the table's order; then :func:`_furnish`'s lines."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    kinds = rng.sample(range(len(REWORDINGS_72)), count)
    if rng.random() < 0.5:
        kinds.sort()
    placements = ("own", "run-in", "none")
    weights = (0.45, 0.3, 0.25)
    placement = rng.choices(placements, weights)[0]
    each_own = rng.random() < 0.25
    case = rng.choice(("as written", "title", "capitals"))
    stop = rng.choice(("", ".", ":"))
    run_in = rng.choice(_RUN_INS)
    style = rng.choices(("none", "number", "bullet", "letter"), (0.4, 0.3, 0.22, 0.08))[0]
    form = rng.choice({"number": _NUMBERS, "bullet": _BULLETS, "letter": _LETTERS, "none": ("",)}[style])
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = (_unsaid(texts, plain) for texts in REWORDINGS_72[kind])
        where = rng.choices(placements, weights)[0] if each_own else placement
        heading = rng.choice(headings)
        if rng.random() < 0.1:
            where = "none"
        picked = sorted(rng.sample(range(len(sentences)), min(len(sentences), rng.choices((1, 2, 3), (5, 4, 1))[0])))
        chosen = [sentences[index] for index in picked]
        heading = {"title": _title_case(heading), "capitals": heading.upper()}.get(case, heading)
        marker = _marker(style, number, form)
        if where == "own":
            items.append((marker + heading + ("" if heading.endswith("?") else stop), *chosen))
        elif where == "run-in":
            joint = " " if heading.endswith("?") else run_in
            items.append(("", marker + heading + joint + chosen[0], *chosen[1:]))
        else:
            items.append(("", marker + chosen[0], *chosen[1:]))
    lines = (_unsaid(texts, plain) for texts in (INTROS_72, CLOSINGS_72, TITLES_72))
    return _furnish(items, rng, *lines, AMERICAN_72)
