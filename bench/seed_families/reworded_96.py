"""The ``reworded-96`` family: posting rules as Thai, Cambodian and Vietnamese English-language news sites, Fife and
Falkirk papers, Finger Lakes and Hudson Valley weeklies, model-boat clubs, hill-walking clubs, carers' networks,
debating societies and sign-language clubs word and print them. Written blind: from how such sites put their rules,
not from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_96` is (headings, sentences), written in sentence case and British spelling; ``{c}``
and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that
never says "comment" can print the same rules with "post", "message", "reply", "contribution" or "submission"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Fifteen kinds of item, in the order such sites tend to print them: (headings, sentences).
REWORDINGS_96: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility, and the debater's manners
        (
            "Be civil",
            "Respect other readers",
            "Play the ball, not the speaker",
            "Courtesy first",
            "How should I disagree with someone?",
            "Keep it friendly",
        ),
        (
            "Argue with what someone has said, not with who they are; personal attacks will be removed.",
            "Treat other readers as you would a neighbour over the garden fence, even when you think they are wrong.",
            "Sarcasm and name-calling rarely persuade anyone, and {cs} built on them will not be published.",
            "As in any good debate, rebut the point, concede what is fair and leave the speaker's character out of it.",
            "Our members come from every walk of life and have every level of hearing, so please be patient with one "
            "another.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Racism, sectarianism and bigotry",
            "Respect for every community",
            "What counts as hate speech?",
        ),
        (
            "{Cs} that attack people for their race, ethnicity, religion, disability, sex, sexual orientation or age "
            "will be deleted.",
            "Sectarian language, including football songs and chants, has no place on this site.",
            "Do not mock deaf people, disabled people or the people who look after them, even in jest.",
            "Slurs against any nationality, including the Thai, Khmer, Lao, Burmese and Vietnamese people who read us "
            "and the migrant workers who live among them, will be removed and the account blocked.",
            "Material that stirs up hatred may also be a criminal offence, and we will pass it to the police where the "
            "law requires us to.",
        ),
    ),
    (  # privacy, of the cared-for, children and walkers
        (
            "Protect privacy",
            "Personal information",
            "Respect the people you care for",
            "Keep private details private",
            "Can I name someone in my {c}?",
        ),
        (
            "Do not post anyone's home address, telephone number, e-mail address or car registration, including your "
            "own.",
            "When you write about the person you care for, leave out their name and anything that would let others "
            "recognise them.",
            "Never name or identify a child, the victim of a sexual offence or a hospital patient, whatever you believe "
            "you know.",
            "Photographs of other walkers, members or their children should not be shared without their permission.",
            "What is said at a support meeting stays in the room: please do not repeat it here.",
        ),
    ),
    (  # moderation and delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "When will my {c} be published?",
        ),
        (
            "Every {c} is read by a moderator before it goes live, which can take up to 24 hours.",
            "Our moderators work office hours, Bangkok time (GMT+7), so {cs} sent overnight or at weekends may wait "
            "until the next working day.",
            "The forum is run by volunteers, so please allow a day or two, and longer in the height of the sailing "
            "season.",
            "{Cs} on court reports and some sensitive stories are switched off, or closed after 48 hours.",
            "Please do not send the same {c} twice; duplicates slow everything down and will be deleted.",
        ),
    ),
    (  # topic, the motion and the right board
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is this the right place for my {c}?",
            "One thread, one subject",
        ),
        (
            "{Cs} should be about the article, or the motion under discussion, and nothing else.",
            "If you want to raise something different, start a new thread in the right section of the forum rather "
            "than taking over this one.",
            "Questions about membership, meetings or subscriptions are better sent to the secretary than posted here.",
            "Off-topic {cs} may be moved or removed without notice.",
            "Walk reports belong in the walk reports section, and questions about boots and waterproofs in the kit "
            "section.",
        ),
    ),
    (  # advertising, spam and the sales board
        (
            "No advertising",
            "Spam and selling",
            "Commercial posts",
            "Buying and selling",
            "Can I sell my old boat here?",
        ),
        (
            "Do not use {cs} to advertise goods, services, websites or businesses.",
            "Members may list hulls, kits and radio gear in the For Sale and Wanted board only, with a price and a "
            "rough location.",
            "Links to online casinos, lotteries, visa agents, loan schemes or crypto investments will be deleted and "
            "the account closed.",
            "Petitions, chain letters and fundraising appeals need the committee's approval before they go up.",
            "Anyone praising a product they sell, or are paid to promote, must say so in the same {c}.",
        ),
    ),
    (  # names and accounts
        (
            "Who you are",
            "Real names",
            "One account per person",
            "Don't pretend to be someone else",
            "Do I have to use my real name?",
        ),
        (
            "You may use a screen name, but you must register with a working e-mail address, which we will never "
            "publish.",
            "Letters and {cs} for the printed paper must carry your full name and the town or village where you live.",
            "Do not impersonate another person, a public figure, a member of the committee or one of our staff.",
            "One account per person; a second account opened to get round a ban will be closed as well.",
            "Members of the society should post under the name on their membership card.",
        ),
    ),
    (  # the law: defamation, contempt, the monarchy and national security
        (
            "Keep it legal",
            "The law",
            "Defamation and contempt",
            "Legal matters",
            "What could get you, or us, into trouble?",
        ),
        (
            "Do not accuse anyone of a crime, dishonesty or misconduct unless it has been proved in court; that is "
            "defamation, and you can be sued for it.",
            "Once someone has been charged, Scots law forbids anything that could prejudice a trial, so {cs} on such "
            "stories will be closed.",
            "{Cs} that insult the monarchy will not be published and may be reported to the authorities under Thai "
            "law.",
            "Under Cambodian and Vietnamese law, material judged a threat to national security or public order can "
            "lead to prosecution, and we will not publish it.",
            "You are legally responsible for what you write, and by posting you agree to indemnify the publisher "
            "against any claim that arises from it.",
        ),
    ),
    (  # copyright of articles, photographs, route files, signed videos and plans
        (
            "Copyright",
            "Other people's work",
            "Photographs and videos",
            "Quoting and sharing",
            "Can I copy an article into my {c}?",
        ),
        (
            "Do not paste whole articles from this or any other site; quote a line or two and link to the rest.",
            "Only upload photographs, maps and route files you made yourself or have permission to use.",
            "A signed video belongs to the person signing in it, so ask before you share one outside the group.",
            "Plans and drawings from magazines and kit makers are copyright and must not be scanned and posted.",
            "By sending a {c} you grant us a licence to publish, edit and reproduce it in print and online.",
        ),
    ),
    (  # reporting
        (
            "Report a problem",
            "Reporting abuse",
            "Seen something wrong?",
            "Flagging",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying to it.",
            "You can also e-mail the moderators at moderators@carsegazette.co.uk with a link to the {c}.",
            "Every report is read by a person, but please give a reason so that we can act on it quickly.",
            "Complaints about the club forum can be sent to the webmaster through www.tayvalleymbc.org.uk/contact.",
            "Reporting a {c} again and again will not make it disappear any faster, and misusing the report button is "
            "itself against the rules.",
        ),
    ),
    (  # the moderators', editor's or committee's discretion
        (
            "Our decision",
            "Moderators' discretion",
            "The editor's decision is final",
            "We may edit",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "The moderators' decision is final, and we will not enter into correspondence about individual {cs}.",
            "{Cs} may be taken down if they break these rules, even after they have been published.",
            "The committee may change these rules at any time; the version on this page is the one that applies.",
            "Publishing a {c} does not mean that the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Errors and news tips",
            "Tell the newsroom",
            "Have you got a story?",
        ),
        (
            "If you think we have got something wrong in a story, please e-mail newsdesk@senecaledger.com rather than "
            "leaving a {c}.",
            "Corrections are printed on page 2 of the paper and noted at the foot of the article online.",
            "Story ideas, photographs and sports results are always welcome; send them to the editor with a daytime "
            "telephone number.",
            "Typing errors and broken links can be pointed out in a {c}, which we will remove once the fix is made.",
            "Tips can be sent in confidence, and we will never name a source who asks not to be named.",
        ),
    ),
    (  # language: English, swearing, capitals, signing
        (
            "Language",
            "Mind your language",
            "Write in English",
            "Swearing and capitals",
            "Can I write in Thai, Khmer or Vietnamese?",
        ),
        (
            "{Cs} must be in English so that all our moderators and readers can follow them.",
            "No swearing, and that includes words with letters swapped for asterisks.",
            "Please don't write in capital letters; it reads as shouting.",
            "Text speak, long strings of emoji and repeated punctuation make a {c} hard to read, and it may be removed.",
            "Members who sign may find it easier to post a short video in BSL, and that is welcome alongside written "
            "{cs}.",
        ),
    ),
    (  # warnings, bans and appeals
        (
            "Breaking the rules",
            "Warnings and bans",
            "Consequences",
            "What happens if I break the rules?",
            "Three strikes",
        ),
        (
            "A first breach will usually earn a warning by e-mail, and repeated breaches will lead to a ban.",
            "Serious abuse, threats or illegal material will get an account suspended at once, without a warning.",
            "Banned members may appeal once, in writing, to the club secretary.",
            "We will not discuss a ban in public, on this forum or on our social media pages.",
            "Where a {c} threatens anyone's safety, we will give the details to the police.",
        ),
    ),
    (  # safety and advice: the hill, the pond and the person cared for
        (
            "Safety and advice",
            "Advice given here",
            "Conditions on the hill",
            "Not professional advice",
            "Can I rely on what I read here?",
        ),
        (
            "Route reports and conditions posted here are members' own opinions and may be out of date by the time you "
            "read them; check the forecast and go prepared.",
            "In an emergency in the hills, call 999 or 112, ask for the police and then for mountain rescue.",
            "Nothing posted in this group is medical, legal or benefits advice; speak to a professional or your local "
            "carers' centre about your own situation.",
            "Advice on charging LiPo batteries must follow the maker's instructions, and sailing on public ponds is "
            "subject to the park's bye-laws.",
            "If you are worried about the person you care for right now, do not wait for a reply here; call NHS 24 on "
            "111 or, in an emergency, 999.",
        ),
    ),
)

#: Opening lines, printed above the items.
INTROS_96: tuple[str, ...] = (
    "Before you post, please read our house rules.",
    "We welcome {cs} from readers, but to keep the conversation open and civil we ask everyone to follow a few "
    "simple rules.",
    "The following guidelines apply to all {cs} on this website and on our social media pages.",
    "This forum is for members and friends of the club. Please keep to these rules so that it stays a friendly place.",
    "These rules were agreed by the committee at the annual general meeting and apply to everyone who posts here.",
    "Our {c} section is a place for readers to discuss the news of the region. By taking part, you agree to the terms "
    "below.",
    "Thank you for joining the conversation. A few ground rules:",
    "By submitting a {c}, you accept the following conditions.",
)

#: Closing lines, printed below the items.
CLOSINGS_96: tuple[str, ...] = (
    "Thank you for helping to keep this a good place for discussion.",
    "If you have any questions about these rules, contact the editor at editor@kingdomherald.co.uk.",
    "These guidelines were last updated in March and may be revised at any time.",
    "Happy sailing, and thank you for being part of the club.",
    "See you on the hill.",
    "Questions about these guidelines can be sent to the webmaster through the contact page.",
    "Please also read our full terms of use and privacy policy before you register.",
    "Enjoy the debate, and keep it civil.",
)

#: Title lines, printed above everything else.
TITLES_96: tuple[str, ...] = (
    "House Rules",
    "Comment Policy",
    "Community Guidelines",
    "Forum Rules",
    "Posting Guidelines",
    "Rules for {Cs}",
    "Guidelines for {Cs}",
    "Terms of Participation",
    "Our {C} Policy",
    "Forum Etiquette",
    "Code of Conduct",
    "Reader {C} Guidelines",
)

#: British spellings in the tables above, and how an American site prints them.
AMERICAN_96: dict[str, str] = {
    "neighbour": "neighbor",
    "recognise": "recognize",
    "offence": "offense",
    "licence": "license",
    "centre": "center",
    "bye-laws": "bylaws",
    "e-mail": "email",
    "proved in court": "proven in court",
    "at weekends": "on weekends",
    "car registration": "license plate number",
    "telephone number": "phone number",
}

_NOUNS_96: dict[str, str] = {
    "comment": "comments",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "contribution": "contributions",
    "submission": "submissions",
}
_MINOR_96 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "if", "in", "nor", "of", "on", "or", "the", "to")
)
_NUMBERED_96 = ("{n}.", "{n})", "[{n}]", "{n}/", "Rule {n}.", "Rule {n} -", "{n} \u2013", "#{n}", "Point {n}:")
_LETTERED_96 = ("{A}.", "({a})", "{a}/", "{A})")
_ROMAN_96 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")
_ROMAN_SHAPES_96 = ("{r}.", "({r})", "{R}.")
_BULLETS_96 = ("\u25cf", "\u25cb", "\u25ba", "\u00bb", "+", "\u2713", "\u25e6", "\u2013", "-", "*", "\u2022", ">")
_JOINTS_96 = (": ", " - ", " \u2013 ", ". ", " \u2014 ", " -- ")
_ENDS_96 = ("", ":", ".")


def _title_96(text: str) -> str:
    """``text`` in headline case: each word capitalised, but the minor words after the first, and each part of a
    hyphenated word (so "Pre-Moderation", "Off-Topic")."""
    out = []
    for word in text.split(" "):
        if out and word.lower() in _MINOR_96:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


#: How a site sets its headings, from the sentence case they are written in.
_CASES_96 = {"sentence": str, "title": _title_96, "capitals": str.upper}


def _in_words_96(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` in the site's words, less any that say "comment" on a site that never does."""
    return [text for text in (line.format(**words) for line in texts) if not (no_comment and _says_comment(text))]


def _marker_96(shape: str, n: int) -> str:
    """The marker of the ``n``-th item (from 0) in ``shape``, with its space after, or nothing."""
    if not shape:
        return ""
    letter = "abcdefghijklmnopqrstuvwxyz"[n]
    roman = _ROMAN_96[n]
    return shape.format(n=n + 1, a=letter, A=letter.upper(), r=roman, R=roman.upper()) + " "


def _items_96(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word for what readers send: "comment", or (a quarter of the sites, which then never
    say "comment", and 0.15 more, which say it too) "post", "message", "reply", "contribution" or "submission". Two or
    three kinds 0.15 of the time, else four to twelve, in the table's order (0.65) or as drawn; for each, one heading
    (a question where the kind has one, in a fifth of the policies, and in those now and then a statement) and one of
    its sentences (0.4), two (0.4) or three, in order, each on a part of its own or (0.3 of the policies, and a tenth
    of the items of the others) run together as one paragraph. Headings in sentence case, headline case or capitals;
    on a part of their own (bare, or after a colon or a full stop; 0.45), run in before the first sentence (a colon,
    a hyphen, an en or em dash, a double hyphen or a full stop; 0.35) or not printed at all (0.2); one way a policy,
    or (0.15) each item its own, and now and then (0.08) an item without one. Items numbered (0.3: "1." "1)" "[1]"
    "1/" "Rule 1." "Rule 1 -" "1 –" "#1" "Point 1:"), lettered (0.07), in Roman numerals (0.05, small or capital),
    bulleted (0.25) or neither, the marker before whatever the item prints first. Then :func:`_furnish` with the
    family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_96)[1:]) if draw < 0.4 else "comment"
    words = {"c": noun, "cs": _NOUNS_96[noun], "C": noun.capitalize(), "Cs": _NOUNS_96[noun].capitalize()}

    count = rng.randint(2, 3) if rng.random() < 0.15 else rng.randint(4, 12)
    picked = rng.sample(range(len(REWORDINGS_96)), count)
    if rng.random() < 0.65:
        picked.sort()
    questions = rng.random() < 0.2
    paragraphs = rng.random() < 0.3
    set_case = _CASES_96[rng.choices(tuple(_CASES_96), (0.4, 0.35, 0.25))[0]]
    way = rng.choices(("own", "run-in", "none"), (0.45, 0.35, 0.2))[0]
    end, joint = rng.choice(_ENDS_96), rng.choice(_JOINTS_96)
    mixed = way != "none" and rng.random() < 0.15
    style = rng.choices(("none", "numbered", "lettered", "roman", "bulleted"), (0.33, 0.3, 0.07, 0.05, 0.25))[0]
    shapes = {"numbered": _NUMBERED_96, "lettered": _LETTERED_96, "roman": _ROMAN_SHAPES_96, "bulleted": _BULLETS_96}
    shape = rng.choice(shapes[style]) if style in shapes else ""

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_96(texts, words, no_comment) for texts in REWORDINGS_96[kind])
        if not headings or not sentences:
            continue
        asked = [heading for heading in headings if heading.endswith("?")]
        plain = [heading for heading in headings if not heading.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked and rng.random() < 0.85 else plain)
        item_way, item_end, item_joint = way, end, joint
        if mixed:
            item_way = rng.choice(("own", "run-in"))
            item_end, item_joint = rng.choice(_ENDS_96), rng.choice(_JOINTS_96)
        heading = "" if item_way == "none" or rng.random() < 0.08 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.4, 0.4, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if len(chosen) > 1 and (paragraphs or rng.random() < 0.1):
            chosen = [" ".join(chosen)]
        marker = _marker_96(shape, len(items))
        closed = heading.endswith(("?", "!", "."))
        if heading and item_way == "own":
            items.append((marker + heading + ("" if closed else item_end), *chosen))
            continue
        if heading:
            chosen[0] = (heading if closed else heading + item_joint.rstrip()) + " " + chosen[0]
        items.append(("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (_in_words_96(texts, words, no_comment) for texts in (INTROS_96, CLOSINGS_96, TITLES_96))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_96)
