"""The ``reworded-105`` family: posting rules as Kiribati, Tuvalu and Marshall Islands English-language news sites,
Northumberland coast and Holy Island papers, Montana Hi-Line weeklies, cross-country ski clubs, stained-glass studios,
prison-visitor schemes, community pharmacies' patient groups, and chess-boxing and bridge-and-bowls social clubs word
and print them. Written blind: from how such sites put their rules, not from the cleaner's code or reports, nor from
the other families' sentences.

Each kind in :data:`REWORDINGS_105` is (headings, sentences), written in sentence case and British spelling; ``{c}``
and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that
never says "comment" can print the same rules with "post", "message", "reply", "contribution" or "submission"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Sixteen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_105: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other readers",
            "Courtesy costs nothing",
            "Argue with the point, not the person",
            "How should I disagree with someone?",
            "Keep it friendly",
        ),
        (
            "Disagree with an argument as firmly as you like, but do not attack the person who made it.",
            "Name-calling, sneering and personal abuse will be removed, whoever started it.",
            "Write to other members as you would speak to them across the table on club night.",
            "Ours is a small community where most people know one another, so think twice before posting anything you"
            " would not say to a neighbour's face.",
            "Heated debate is welcome; bullying, goading and piling in on one person are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and prejudice",
            "Is there anything I can't say about a group of people?",
            "Respect for every community",
        ),
        (
            "We will not publish {cs} that attack people for their race, island of origin, tribe, religion, sex,"
            " sexuality, disability or age.",
            "Slurs against Native people, including members of the Blackfeet, Fort Belknap, Fort Peck and Rocky Boy's"
            " communities, are taken down as soon as we see them.",
            "Remarks that belittle I-Kiribati, Tuvaluan or Marshallese people, at home or living overseas, have no"
            " place on this site.",
            "People in prison and their families are part of our community too, and {cs} that treat them as less"
            " than human will be removed.",
            "A stereotype dressed up as a joke is still a stereotype.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Keep personal details private",
            "Can I mention someone by name?",
            "Confidentiality",
            "Personal information",
        ),
        (
            "Do not post anyone's address, phone number, e-mail address or workplace, and think carefully before"
            " posting your own.",
            "Never name a prisoner, a visitor or a member of prison staff, or say which establishment someone is in.",
            "Please keep the details of your prescriptions, diagnoses and medicines out of an open {c}; the"
            " pharmacist will gladly talk to you in private.",
            "Photographs of other people, and especially of children, need their permission, or their parents',"
            " before they go up.",
            "We will remove anything that could identify a patient, a visitor or a child, even when it was posted with"
            " the best of intentions.",
        ),
    ),
    (  # safeguarding
        (
            "Young members",
            "Safeguarding",
            "Children and young people",
            "Who can post here?",
            "Looking after one another",
        ),
        (
            "You must be 16 or over to post; younger skiers are welcome to read, and a parent can post on their"
            " behalf.",
            "Do not ask junior members for their contact details or invite them to talk privately.",
            "If anything you read worries you about a child or a vulnerable adult, contact our welfare officer at"
            " welfare@hilinenordic.org straight away.",
            "Families visiting someone in prison may be going through a very hard time, so be gentle and never press"
            " anyone for the details of an offence.",
            "If someone is in immediate danger, call 999, or 911 in the United States, rather than writing a {c}.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "When will my {c} appear?",
            "Why hasn't my {c} been published?",
            "Pre-moderation",
            "Delays",
            "Every {c} is read first",
        ),
        (
            "Every {c} is read by a moderator before it is published, which can take a day or more.",
            "Our newsroom is in Tarawa, on the far side of the date line from most of our readers, so {cs} sent in"
            " the European or American evening may not appear until our next working day.",
            "Internet connections in the outer islands are slow and costly, and on some days we cannot get online at"
            " all; thank you for your patience.",
            "The island is cut off by the tide twice a day, and so, on some days, is our volunteer moderator; please"
            " allow up to 48 hours.",
            "During harvest and calving our moderators are out on the farm, and {cs} may wait in the queue for a few"
            " days.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Where should I ask a question?",
            "Off-topic {cs}",
            "The right place",
        ),
        (
            "Keep your {c} to the subject of the story or thread it sits under.",
            "Questions about your own medicines should go to the pharmacist at the counter or on the phone, not to"
            " the group.",
            "Trail and snow conditions belong on the grooming report page, not in the race results thread.",
            "Questions about visiting times, bookings or the visitors' centre are best sent to the scheme"
            " coordinator, who can answer them properly.",
            "{Cs} that drift off into unrelated arguments may be moved or removed.",
        ),
    ),
    (  # advertising
        (
            "No advertising",
            "Selling and spam",
            "Adverts",
            "Can I sell things here?",
            "Commercial posts",
            "Spam",
        ),
        (
            "Do not use the {cs} to advertise products, services or websites; that is what our classified pages are"
            " for.",
            "Second-hand skis, boots and waxing kit may be listed on the swap page at the end of the season, but not"
            " in race threads.",
            "Studio members may mention their own commissions and workshops on the noticeboard, but glass, lead came"
            " and tools for sale go on the monthly sales list.",
            "Chain letters, get-rich offers and links to betting sites are deleted and the account closed.",
            "Repeated links to the same website will be treated as spam, however relevant you think they are.",
        ),
    ),
    (  # identity
        (
            "Real names",
            "Your identity",
            "Do I have to use my real name?",
            "One account each",
            "Impersonation",
        ),
        (
            "Please post under your own full name; prison visitors may use a first name and initial, as they often"
            " have good reason not to be identified.",
            "One account per person; second accounts used to back up your own arguments will be closed.",
            "Do not pretend to be another person, a member of staff, or an official of the club, the council or the"
            " Government.",
            "We may ask you to confirm who you are before we publish a letter or a {c} on a sensitive matter.",
            "Committee members post under their own names and say so when they are speaking for the club.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "What could land us in court?",
            "Court cases",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and so are we once it is published.",
            "Do not accuse anyone by name of a crime, of dishonesty or of misconduct unless it has been proved in"
            " court.",
            "Nothing may be said about a case still before the courts that could prejudice a fair trial, whether it"
            " is being heard in Betio, in Majuro or at Newcastle Crown Court.",
            "Please do not discuss the offence, trial or sentence of anyone a visitor sees; it can harm an appeal as"
            " well as the person concerned.",
            "We will remove anything the editor considers defamatory, in contempt of court or otherwise against the"
            " laws of the Republic.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and designs",
            "Can I copy an article here?",
            "Copying",
            "Credit where it's due",
        ),
        (
            "Do not paste in whole articles from this or any other newspaper; a short quotation and a link are enough.",
            "Only upload photographs you took yourself or have the photographer's permission to share.",
            "Window designs, cartoons and photographs shared by studio members remain their copyright and must not be"
            " reproduced without asking.",
            "Our stories and pictures are copyright; you are welcome to share a link, but please ask before"
            " reprinting them anywhere else.",
            "Game scores, hands and bout videos from club nights may be shared, with credit to the club and the"
            " players.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging {cs}",
            "Tell us",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also e-mail the moderators at moderators@causewaynews.co.uk with a link to the {c} and a short"
            " reason.",
            "Every report is read by a person, usually within a day.",
            "Please do not report {cs} simply because you disagree with them.",
            "We will not tell the writer who reported them.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' decisions",
            "Who decides?",
            "Our right to remove {cs}",
            "Editorial judgement",
        ),
        (
            "The editor decides what is published and may remove, shorten or refuse any {c} without giving a reason.",
            "Publishing a {c} does not mean we agree with it.",
            "The committee's decision on any {c} is final, though you may write to the secretary if you think we got"
            " it wrong.",
            "We may close the {cs} on any story, particularly those involving deaths, courts or children.",
            "These guidelines may be changed at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Errors and complaints",
            "Have we got something wrong?",
        ),
        (
            "If you think a story is wrong, please e-mail the newsroom at news@hilinejournal.com rather than arguing"
            " about it in the {cs}.",
            "Corrections are printed in the following week's paper and added to the story online.",
            "Got a story? Send tips, photographs and results to editor@holyislandgazette.co.uk.",
            "Complaints about our reporting can be made to the editor and, if you are not satisfied, to IPSO.",
            "Meeting notices, results and obituaries are printed free of charge if they reach us by Monday noon.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Which language can I write in?",
            "Keep it clean",
            "Capitals and shouting",
        ),
        (
            "{Cs} may be written in English, Gilbertese, Tuvaluan or Marshallese, and we will translate them where we"
            " can.",
            "No swearing, including words with letters replaced by asterisks.",
            "Please do not write in capitals; it reads as shouting and will be edited or removed.",
            "Northumbrian words are welcome, as long as the rest of us can follow what you mean.",
            "Keep {cs} reasonably short; anything over 300 words may be trimmed.",
        ),
    ),
    (  # warnings and bans
        (
            "Breaking the rules",
            "Warnings and bans",
            "What happens if I break these rules?",
            "Sanctions",
            "Three strikes",
        ),
        (
            "A first breach usually earns a warning, a second a suspension and a third a permanent ban.",
            "Serious abuse, threats or hate speech will lead to an immediate ban without warning.",
            "Banned members must not rejoin under another name; new accounts will be closed as they are found.",
            "Where a {c} threatens anyone's safety, we will pass it, and whatever details we hold about its author, to"
            " the police.",
            "Members who break these rules may also lose their club membership, at the committee's discretion.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Medical advice",
            "Safety",
            "Can I rely on advice given here?",
            "Take care",
            "No substitute for a professional",
        ),
        (
            "Nothing posted here replaces advice from your pharmacist, doctor or nurse; do not stop or change a"
            " medicine because of something you read in a {c}.",
            "Never cross the causeway outside the published safe crossing times, whatever a {c} says; check the tide"
            " tables on the county council's website.",
            "Backcountry snow changes quickly, so check the avalanche forecast before following anyone's route.",
            "Advice on lead, flux and cutting glass is shared in good faith; follow the manufacturer's instructions"
            " and wear protective gear.",
            "Bout reports are not training plans; only spar under a qualified coach.",
        ),
    ),
)

#: Opening lines.
INTROS_105: tuple[str, ...] = (
    "Thank you for taking part. Please read these rules before you post.",
    "We welcome {cs} from readers at home and overseas, provided they follow the guidelines below.",
    "These guidelines apply to every {c} posted on this site and on our social media pages.",
    "By sending us a {c} you agree to the following.",
    "The club's forum is run by volunteers, and these are its house rules.",
    "Mauri, and welcome. Readers are invited to have their say, within these rules.",
    "Iakwe! Our readers' pages are open to everyone who keeps to a few simple rules.",
    "Our patient group's online space is for sharing experience and support, not medical advice.",
    "Please take a minute to read our guidelines before joining the conversation.",
)

#: Closing lines.
CLOSINGS_105: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the editor at editor@tarawatimes.ki.",
    "These guidelines were last reviewed by the committee in January.",
    "Happy skiing, and see you on the trails.",
    "Please read these rules together with our privacy notice and terms of use.",
    "Ko rabwa, and thank you for reading.",
    "Any problems with a {c} can be reported to moderators@causewaynews.co.uk.",
    "The committee, on behalf of all members.",
    "See you at the board, in the ring or on the green.",
)

#: Title lines.
TITLES_105: tuple[str, ...] = (
    "{C} guidelines",
    "House rules",
    "Readers' {cs}: our rules",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Rules for {cs}",
    "Before you post",
    "Guidelines for taking part",
    "Our {c} policy",
)

#: British spellings as written, and their American forms.
AMERICAN_105: dict[str, str] = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "offence": "offense",
    "centre": "center",
    "programme": "program",
    "behaviour": "behavior",
    "honour": "honor",
    "colour": "color",
    "favour": "favor",
    "apologise": "apologize",
    "recognise": "recognize",
    "organisation": "organization",
    "licence": "license",
    "defence": "defense",
    "e-mail": "email",
    "noticeboard": "bulletin board",
}

_NOUNS_105: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "submission": "submissions",
}
_MINOR_105 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"))
_NUMBERS_105 = ("{n}.", "{n})", "({n})", "[{n}]", "{n:02d}.", "Rule {n}.", "Guideline {n}:", "{n} \u2013", "#{n}")
_LETTERS_105 = ("{a}.", "({a})", "{A})", "{A}.")
_ROMANS_105 = ("{R}.", "({r})", "{r})")
_BULLETS_105 = ("\u2022", "\u25cb", "\u25c6", "-", "*", "~", "\u2192", "\u25b8", "\u2013")
_SUBS_105 = ("-", "\u2013", "\u00b7", "\u2022")
_AFTER_OWN_105 = ("", "", ":", ".")
_AFTER_RUN_IN_105 = (": ", " \u2013 ", " \u2014 ", ". ", " - ")
_ROMAN_105 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _title_case_105(text: str) -> str:
    """``text`` with each word capitalised, bar the minor words after the first."""
    words: list[str] = []
    for word in text.split(" "):
        words.append(word if words and word in _MINOR_105 else word[:1].upper() + word[1:])
    return " ".join(words)


def _in_words_105(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word filled in, dropping those that say "comment" where a site never does."""
    filled = (text.format(**words) for text in texts)
    return [text for text in filled if not (no_comment and _says_comment(text))]


def _marker_105(shape: str, n: int) -> str:
    """The ``n``-th (from 0) item's marker in ``shape``, with its following space, or nothing."""
    if not shape:
        return ""
    letter, roman = "abcdefghijklmnopqrstuvwxyz"[n], _ROMAN_105[n]
    return shape.format(n=n + 1, a=letter, A=letter.upper(), r=roman, R=roman.upper()) + " "


def _items_105(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word: "comment", or (a quarter of the sites, which then never say "comment", and
    0.12 more, which say it as well) "post", "message", "reply", "contribution" or "submission". Two or three kinds
    0.18 of the time, else four to twelve, in the table's order (0.55) or as drawn; for each, one heading (a question
    where the kind has one, in 0.22 of the policies) and one sentence (0.4), two (0.4) or three, in the table's order
    or (0.2 of the policies) shuffled, as parts of their own or (0.25 of the policies) run together as one paragraph.
    Headings in sentence case (0.45), title case (0.3) or capitals; on a part of their own, bare or after a colon or a
    full stop (the sentences then marked beneath them as sub-points in 0.1 of the policies), or run in before a
    colon, an en or em dash, a full stop or a hyphen (capitals also before a bare space); one way for the whole
    policy or (0.15) each item its own; none at all (0.15) or none for one item (0.08). Items numbered, lettered, in
    Roman numerals, bulleted or neither, the marker before whatever the item prints first. Then :func:`_furnish`
    with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_105)[1:]) if draw < 0.37 else "comment"
    words = {"c": noun, "cs": _NOUNS_105[noun], "C": noun.capitalize(), "Cs": _NOUNS_105[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.18 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_105)), count)
    if rng.random() < 0.55:
        picked.sort()
    questions = rng.random() < 0.22
    headless = rng.random() < 0.15
    shuffled = rng.random() < 0.2
    paragraph = rng.random() < 0.25
    case = rng.choices(("sentence", "title", "capitals"), (0.45, 0.3, 0.25))[0]
    set_case = {"sentence": str, "title": _title_case_105, "capitals": str.upper}[case]
    run_ins = _AFTER_RUN_IN_105 + ((" ",) if case == "capitals" else ())

    def placing() -> tuple[str, str, str]:
        return rng.choice(("own", "run-in")), rng.choice(_AFTER_OWN_105), rng.choice(run_ins)

    policy_placing = placing()
    each_own = rng.random() < 0.15
    sub = rng.choice(_SUBS_105) if rng.random() < 0.1 else ""
    style = rng.choices(("none", "numbers", "letters", "romans", "bullets"), (0.3, 0.3, 0.07, 0.08, 0.25))[0]
    shapes = {"numbers": _NUMBERS_105, "letters": _LETTERS_105, "romans": _ROMANS_105, "bullets": _BULLETS_105}
    shape = rng.choice(shapes[style]) if style in shapes else ""

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_105(texts, words, no_comment) for texts in REWORDINGS_105[kind])
        if not headings or not sentences:
            continue
        asked = [text for text in headings if text.endswith("?")]
        told = [text for text in headings if not text.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else told)
        heading = "" if headless or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if shuffled:
            rng.shuffle(chosen)
        if paragraph:
            chosen = [" ".join(chosen)]
        marker = _marker_105(shape, len(items))
        where, after_own, after_run_in = placing() if each_own else policy_placing
        if heading and where == "own":
            heading += "" if heading.endswith("?") else after_own
            if sub:
                chosen = [sub + " " + sentence for sentence in chosen]
            items.append((marker + heading, *chosen))
            continue
        if heading:
            joint = " " if heading.endswith("?") else after_run_in
            chosen[0] = heading + joint.rstrip() + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _in_words_105(texts, words, no_comment) for texts in (INTROS_105, CLOSINGS_105, TITLES_105)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_105)
