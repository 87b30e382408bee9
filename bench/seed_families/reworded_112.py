"""The ``reworded-112`` family: posting rules as Malaysian and Bruneian English-language news sites, Scottish Borders
papers, Louisiana parish weeklies, water-polo clubs, watercolour societies, refugee welcome groups, diabetes support
forums and steam-railway preservation societies word and print them. Written blind: from how such sites put their
rules, not from the cleaner's code, docs or reports, nor from the other families' sentences (``FAMILIES.md``
says what it is held out for)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Held out (2026-12-04): sixteen item kinds, each (headings, sentences). ``{c}``/``{cs}`` are the site's word for
#: what readers send, ``{C}``/``{Cs}`` the same capitalised. Headings are printed without their stop; each kind has
#: a question or two among them. Written in British spelling (``AMERICAN_112`` gives the American forms).
REWORDINGS_112 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Keep it civil",
            "Can we disagree?",
            "Mind your manners",
        ),
        (
            "Treat other members as you would if you met them in person.",
            "Disagree with the point being made, not with the person making it.",
            "Personal attacks, name-calling and sneering at other readers will see your {c} removed.",
            "Robust debate is welcome, but {cs} that belittle or bully other users are not.",
            "Remember that there is a real person, often a volunteer, on the other side of the screen.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Race, religion and royalty",
            "Hatred and discrimination",
            "Respect all communities",
            "What counts as hate?",
        ),
        (
            "{Cs} that touch on race, religion or royalty in a way likely to cause ill will between communities "
            "will be deleted.",
            "We do not allow abuse of anyone because of their ethnicity, faith, nationality, disability, sex or "
            "sexuality.",
            "Stirring up hatred against refugees, migrants or asylum seekers has no place on this page.",
            "Slurs, stereotypes and 'jokes' aimed at a group of people will be removed without warning.",
            "Sectarian remarks, football chants included, are treated as hate speech here.",
        ),
    ),
    (  # privacy
        (
            "Protect people's privacy",
            "Privacy",
            "Personal information",
            "Don't share personal details",
            "Can I post a photo of someone?",
        ),
        (
            "Do not post anyone's address, phone number, email or workplace, including your own.",
            "Never name or identify the families we support, or say where they are living.",
            "Please ask before posting photographs of other members, and never post pictures of children without "
            "a parent's consent.",
            "Private messages should stay private: do not copy them into a public {c} without the sender's permission.",
            "{Cs} that speculate about a named person's health, immigration status or private life will be removed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Looking after each other",
            "If you are struggling",
            "Worried about someone?",
            "Is anyone at risk?",
        ),
        (
            "Adults must not contact junior members by private message; any concern should go to the club's "
            "welfare officer.",
            "If you are feeling low or thinking about harming yourself, please talk to your GP or call the "
            "Samaritans on 116 123.",
            "If someone appears to be in immediate danger, contact the emergency services first and then let the "
            "moderators know.",
            "Any {c} that raises a safeguarding concern will be passed to our designated safeguarding lead.",
            "We will hide {cs} that put a child or a vulnerable adult at risk, and may share them with the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Please be patient",
            "Moderated by volunteers",
            "Why hasn't my {c} appeared?",
            "When will I see my {c}?",
        ),
        (
            "All {cs} are checked by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "The first few {cs} from a new member are held for approval.",
            "Sending the same {c} several times will not make it appear any faster.",
            "{Cs} are not read outside office hours, and discussion on some stories is closed overnight.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Post in the right place",
            "Right section, right thread",
            "Is this the right board?",
        ),
        (
            "Please keep {cs} to the subject of the article or thread you are replying to.",
            "Use the right section of the forum: timetable queries do not belong on the engineering board, and "
            "vice versa.",
            "Party politics and national debates are best left for another site.",
            "Threads that drift far off topic may be split, moved or locked.",
            "Check whether a subject has already been discussed before starting a new thread.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and selling",
            "Buying and selling",
            "Self-promotion",
            "Can I sell my spare kit?",
        ),
        (
            "Commercial advertising, affiliate links and chain messages will be removed and the account suspended.",
            "Never offer to buy, sell or swap prescription medicines, insulin, test strips or sensors here.",
            "Members may mention their own exhibitions or classes once, in the Notices section, but not in every {c}.",
            "Unsolicited links to other sites will be treated as spam.",
            "Second-hand caps, balls and kit may be offered on the Classifieds board only.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "One member, one account",
            "Usernames",
            "Who can post?",
        ),
        (
            "{Cs} must appear under your real name; initials or nicknames alone are not accepted.",
            "Creating a second account to get around a suspension will result in both accounts being closed.",
            "Do not impersonate another person, a public figure or an officer of the society.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Only paid-up members may post in the members' area, though anyone may read it.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Is it legal?",
            "Court cases",
        ),
        (
            "Do not post anything defamatory: an allegation you cannot prove may land both you and us in court.",
            "Under Scots law, {cs} about a live criminal case can amount to contempt of court, so discussion of "
            "such cases will be closed.",
            "{Cs} that may breach the Communications and Multimedia Act 1998 or the Sedition Act 1948 will not be "
            "published.",
            "Never name the victim of a sexual offence or a child involved in court proceedings.",
            "We will cooperate with the authorities if a {c} becomes the subject of a police investigation.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Your own work only",
            "Images and copyright",
            "Credit the artist",
            "Whose picture is it?",
        ),
        (
            "Only upload paintings and photographs that you made yourself, or that you have permission to use.",
            "Do not paste whole articles from other publications; a short quote with a link is enough.",
            "Work shared in the gallery remains the copyright of the artist and must not be copied or sold.",
            "When you post a photograph of a locomotive taken by someone else, please credit the photographer.",
            "By posting, you give us a licence to publish your {c} in print and online.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "See something wrong?",
            "Report it",
            "Flag it, don't fight it",
            "How do I report a {c}?",
        ),
        (
            "Use the Report link beneath any {c} you think breaks these rules.",
            "Please do not respond to abusive {cs}; report them and let the moderators deal with them.",
            "Reports are anonymous: the member you report will not be told who flagged them.",
            "If the problem is urgent, email the moderators directly at the address at the foot of this page.",
            "Reporting a {c} simply because you disagree with it is not a good use of anyone's time.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "The editor's call",
            "Editorial discretion",
            "Why was my {c} removed?",
        ),
        (
            "The editor may edit, refuse or remove any {c} without giving a reason.",
            "The moderators' decision on what stays up is final and will not be debated in public threads.",
            "We may close a discussion at any time, for example once a story has run its course.",
            "Views expressed by members are their own and not those of the society or its trustees.",
            "If you think a {c} was removed by mistake, message the moderators quietly rather than posting about it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips and corrections",
            "Tell us",
            "Errors and omissions",
        ),
        (
            "If you think we have got something wrong, please email the newsdesk rather than leaving a {c}.",
            "Corrections are not dealt with in the {cs} below an article, where they may go unnoticed.",
            "News tips, photographs and event listings can be sent to the editor through our contact page.",
            "We aim to put right significant errors as quickly as possible and will note the correction on the story.",
            "Society news for the next newsletter should go to the secretary, not to the forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Write in English",
            "No shouting",
            "Swearing",
            "Which language may I use?",
        ),
        (
            "Please write in English so that everyone, the moderators included, can follow the discussion.",
            "Swearing, including words with letters replaced by asterisks, is not permitted.",
            "Typing in capital letters reads as shouting, so please don't.",
            "{Cs} in Bahasa Malaysia or Chinese may be removed because our moderators cannot check them.",
            "Please spell out abbreviations that newcomers to the forum might not understand.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "A first breach will usually earn a warning; repeated breaches will lead to a suspension and then a ban.",
            "Serious breaches, such as threats or hate speech, may lead to an immediate and permanent ban.",
            "Members who are banned from the forum may also be asked to leave the club.",
            "We do not discuss individual suspensions in public.",
            "Accounts that post nothing but spam are deleted without warning.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice",
            "Should I follow advice I read here?",
            "Talk to your team",
            "Lineside safety",
        ),
        (
            "Nothing posted here replaces the advice of your doctor or diabetes nurse; never change your insulin "
            "dose on the strength of a {c}.",
            "Sharing your own experience is welcome, but promoting 'cures' or telling others to stop their "
            "medication is not.",
            "Never trespass on the line to take photographs, and do not post pictures that appear to have been "
            "taken from the track.",
            "We cannot give legal or immigration advice: please refer anyone who needs it to a regulated adviser.",
            "Do not encourage anyone to train or swim unsupervised in open water.",
        ),
    ),
)

#: A Malaysian or Bruneian site's Malay headings, one per kind in ``REWORDINGS_112``'s order, printed beside the
#: English one.
MALAY_112 = (
    "Berbudi bahasa",
    "Kebencian",
    "Privasi",
    "Perlindungan",
    "Moderasi",
    "Topik",
    "Iklan",
    "Akaun",
    "Undang-undang",
    "Hak cipta",
    "Laporan",
    "Budi bicara editor",
    "Pembetulan",
    "Bahasa",
    "Amaran",
    "Nasihat",
)

INTROS_112 = (
    "Please read these house rules before you post.",
    "Our forum is a friendly place, and these rules help to keep it that way.",
    "We welcome {cs} from readers, but they must follow the guidelines below.",
    "By posting on this page you agree to the following terms.",
    "The following rules apply to all members and guests of the forum.",
    "Selamat datang! Please take a moment to read our commenting guidelines.",
    "These guidelines were agreed by the committee and apply to every part of the website.",
    "We want the comments under our stories to be a place where neighbours can talk.",
)

CLOSINGS_112 = (
    "Thank you for helping to keep this a welcoming place.",
    "The full terms and conditions are available on our website.",
    "These rules may be updated by the committee from time to time.",
    "Questions about these rules? Contact the forum administrator.",
    "Last updated: June 2024",
    "Comments close 14 days after a story is published.",
    "Thanks for keeping it neighbourly.",
    "Terima kasih for your cooperation.",
)

TITLES_112 = (
    "Comment guidelines",
    "House Rules",
    "Forum rules",
    "Community standards",
    "Posting Guidelines",
    "Terms of participation",
    "Rules of the Forum",
    "Before you comment",
    "Code of Conduct",
    "Readers' Comments Policy",
    "Garis Panduan / Guidelines",
    "Members' Forum - Rules",
)

#: British spellings in the lists above and their American forms.
AMERICAN_112 = {
    "licence": "license",
    "offence": "offense",
    "neighbour": "neighbor",
    "colour": "color",
}

WORDS_112 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_SMALL_112 = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "if"))
_NUMBERED_112 = ("{n}.", "{n}.", "{n})", "({n})", "Rule {n}:", "{n} \u2013", "#{n}")
_LETTERED_112 = ("{a}.", "{a})", "({a})", "{A}.", "{A})")
_ROMAN_112 = ("{r}.", "({r})", "{R}.", "{R} \u2013")
_BULLETED_112 = ("\u2022", "\u2022", "\u2022", "-", "*", "\u25aa", "\u2756", "\u25b6", "\u2713", "+")
_SUBS_112 = ("-", "\u25e6", "o", "\u2013", "\u2022")
_OWN_STOP_112 = ("", "", ".", ":")
_RUN_IN_112 = (": ", ": ", ". ", " - ", " \u2013 ", " \u2014 ")


def _roman_112(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _title_112(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w in _SMALL_112 else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _mark_112(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _roman_112(n)
    return shape.format(n=n, a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _say_112(texts: Sequence[str], c: str, cs: str) -> list[str]:
    """``texts`` in the site's word for what readers send."""
    return [t.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for t in texts]


def _items_112(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-112 policy, drawn in this order: the site's word ("comment", or 0.25 "post", "message", "reply" or
    "contribution", whose site then prints no line saying "comment"); two to four kinds (0.25) or seven to sixteen,
    in the table's order (0.5) or shuffled; how the site prints a heading (as written, title case, capitals, or
    Malay beside English 0.07; bold with asterisks 0.05; a part of its own, bare or with a stop or colon, or run in
    before a colon, stop or dash; none for the whole policy 0.12, or for one item 0.06; a question-and-answer site
    0.08, whose headings are its questions, unmarked 0.6); its markers (numbered, lettered, roman, bulleted, or none), and under
    a heading of its own its sentences as sub-bullets (0.12) or lettered clauses (0.08, roman under lettered items); per item a heading and one
    to three sentences; then an opening, a closing and a title line by ``_furnish``."""
    c, cs = ("comment", "comments") if rng.random() >= 0.25 else rng.choice(WORDS_112)
    plain = c != "comment"
    many = rng.random() >= 0.25
    count = rng.randint(7, 16) if many else rng.randint(2, 4)
    picks = rng.sample(range(len(REWORDINGS_112)), count)
    if rng.random() < 0.5:
        picks.sort()
    case = rng.choice(("as", "as", "as", "title", "title", "upper"))
    malay = rng.random() < 0.07
    both = rng.choice(("{m} / {e}", "{m} ({e})", "{e} | {m}"))  # how it prints Malay beside English
    bold = rng.random() < 0.05
    own = rng.random() < 0.55  # the heading a part of its own, not run in
    own_stop = rng.choice(_OWN_STOP_112)
    run_in = rng.choice(_RUN_IN_112)
    bare = rng.random() < 0.12
    faq = not bare and rng.random() < 0.08
    marking = rng.choice(("numbered", "numbered", "lettered", "roman", "bulleted", "bulleted", "none", "none"))
    shapes = {
        "numbered": _NUMBERED_112,
        "lettered": _LETTERED_112,
        "roman": _ROMAN_112,
        "bulleted": _BULLETED_112,
        "none": ("",),
    }[marking]
    shape = "" if faq and rng.random() < 0.6 else rng.choice(shapes)
    under = "plain"
    if own and not bare and not faq:
        draw = rng.random()
        under = "subs" if draw < 0.12 else "clauses" if draw < 0.2 else "plain"
    sub = rng.choice(_SUBS_112)
    clause = "{r}" if marking == "lettered" else "{a}"
    headless = rng.randrange(count) if rng.random() < 0.06 else -1
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picks, 1):
        headings, sentences = REWORDINGS_112[kind]
        headings = _say_112(headings, c, cs)
        if faq:
            headings = [h for h in headings if h.endswith("?")] or headings
        heading = "" if bare or n - 1 == headless else rng.choice(headings)
        k = rng.choices((1, 2, 3), weights=(0.45, 0.4, 0.15))[0]
        said = rng.sample(_say_112(sentences, c, cs), k)
        if heading:
            if case == "title":
                heading = _title_112(heading)
            elif case == "upper":
                heading = heading.upper()
            if malay:
                heading = both.format(m=MALAY_112[kind], e=heading)
            if bold:
                heading = f"**{heading}**"
        if faq:
            heading, said[0] = f"Q: {heading}", f"A: {said[0]}"
        elif heading and own and not heading.endswith("?"):
            heading += own_stop
        if under == "subs" and heading:
            said = [f"{sub} {s}" for s in said]
        elif under == "clauses" and heading:
            said = [f"({_mark_112(clause, i + 1)}) {s}" for i, s in enumerate(said)]
        if heading and not own and not faq:
            joint = " " if heading.endswith("?") else run_in
            parts: tuple[str, ...] = ("", heading + joint + said[0], *said[1:])
        else:
            parts = (heading, *said)
        mark = _mark_112(shape, n)
        if mark:
            first = 0 if parts[0] else 1
            parts = (*parts[:first], f"{mark} {parts[first]}", *parts[first + 1 :])
        items.append(parts)
    intros = [t for t in _say_112(INTROS_112, c, cs) if not (plain and _says_comment(t))]
    closings = [t for t in _say_112(CLOSINGS_112, c, cs) if not (plain and _says_comment(t))]
    titles = [t for t in TITLES_112 if not (plain and _says_comment(t))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_112)
