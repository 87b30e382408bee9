"""The ``reworded-80`` family: posting rules as Estonian, Latvian and Finnish English-language news sites, Hebridean
crofting newsletters, Upper Peninsula weeklies, Big Bend and West Texas papers, judo clubs, historical-reenactment
societies, seed-library volunteers, tool-library co-ops and blood-donor clubs word and print them. Written from how
such sites put their rules, without reading the cleaner (``FAMILIES.md`` says before which change
to the notice)."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Each item kind: (its headings as written, in sentence case; its headings as a question; its sentences).
REWORDINGS_80: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Respect other readers", "Keep it neighborly", "Play fair", "Mind your manners"),
        ("How should I treat other posters?", "What tone do you expect?"),
        (
            "Attack the argument, never the person who made it.",
            "Personal abuse, name-calling, threats and insinuations about other readers or about the people in our "
            "stories will be removed, however strongly you feel about the subject.",
            "Treat fellow members as you would on the mat: firmly, fairly, and with respect for the person opposite "
            "you.",
            "We are a small township and most of us will meet at the fank or the shop before the week is out, so "
            "write as if your neighbour were reading over your shoulder, because they probably are.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Respect for all communities", "Hatred and incitement"),
        ("What counts as hate speech?",),
        (
            "We remove posts that attack people for their nationality, ethnicity, mother tongue, religion, sexuality "
            "or disability, and that includes slurs aimed at Russian speakers as much as slurs aimed at Estonians or "
            "Latvians.",
            "Incitement to hatred is a criminal offence in Latvia and Finland alike, and we will pass such material "
            "to the police.",
            "Sweeping statements about migrants, ranchers, Border Patrol agents or any other group of people are not "
            "welcome here.",
            "Uniforms, flags and insignia of the period are part of what we do; glorifying the regimes that wore "
            "them is not, and posts that cross that line will be deleted without discussion.",
        ),
    ),
    (  # privacy
        ("Privacy", "Protect people's privacy", "Personal information", "Keep private matters private"),
        ("Can I post someone's details?", "What about other people's privacy?"),
        (
            "Do not post anyone's address, phone number, workplace or vehicle registration, even if you believe it "
            "is already publicly known.",
            "Never share another donor's health information, deferral reasons or blood group.",
            "Photographs of junior members may only be posted by the club, and only with written consent from a "
            "parent or guardian on file with the welfare officer.",
            "Please don't name crofters in disputes before the Land Court or the grazings committee; talk about the "
            "issue, not the household.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Pre-moderation", "Please be patient", "Moderation times"),
        ("Why hasn't my post appeared?", "Where is my comment?"),
        (
            "All comments are read by a moderator before they are published, which can take several hours, and "
            "longer overnight and at weekends.",
            "Our moderators work Helsinki office hours, Monday to Friday.",
            "This newsletter is put together by volunteers between lambing, the peats and the day job, so a post "
            "may sit in the queue for a day or two.",
            "If your reply has not appeared after 48 hours, please do not send it again; write to "
            "moderators@ourseedlibrary.org and we will look for it.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Off-topic posts", "Keep to the subject", "Right thread, please"),
        ("Where should I post this?",),
        (
            "Keep your comments relevant to the article above.",
            "Questions about borrowing, returns and late fees belong in the members' help thread, not under an "
            "announcement.",
            "Arguments about NATO, the war in Ukraine or the government's budget posted under a story about reindeer "
            "herding will be removed as off-topic, however important they are.",
            "Swap requests go on the seed-swap board; the discussion forum is for growing, saving and sharing what "
            "we know.",
        ),
    ),
    (  # spam, advertising and selling
        ("No advertising", "Spam", "Commercial posts", "Buying and selling", "No selling"),
        ("Can I sell things here?",),
        (
            "Spam, chain messages and links to commercial sites will be deleted.",
            "Seed from the library is given freely and must never be sold, traded for money or advertised here.",
            "Members may list one item of surplus kit a month on the Sutler's Row board; anything more, and any post "
            "by a trader who is not a member, will be removed.",
            "Advertising a business, a ranch for sale, a hunting lease or a fundraiser is what our classifieds are "
            "for: call the front office at (432) 555-0147.",
        ),
    ),
    (  # real names and accounts
        ("Use your real name", "Real names", "Who you are", "One account each"),
        ("Do I have to use my real name?",),
        (
            "Post under your own full name; we do not print anonymous letters and we will not publish them here "
            "either.",
            "Nicknames are fine on the forum, but the club secretary must be able to match every account to a "
            "paid-up member.",
            "One account per person: running several accounts to back up your own arguments will get all of them "
            "closed.",
            "Up here everybody knows everybody, and we find folks write better when they sign what they write.",
        ),
    ),
    (  # the law
        ("The law", "Libel and contempt", "Stay within the law", "Legal matters"),
        ("What could get us sued?",),
        (
            "Do not make allegations you cannot prove, and do not speculate about the guilt of anyone charged with "
            "an offence while the case is before the courts.",
            "Writers are legally responsible for what they post, and under Estonian law a court may order us to hand "
            "over a writer's details.",
            "Under Scots law, a remark about a live case can be contempt of court even if every word of it is true.",
            "Don't post anything that could prejudice a jury in Brewster, Presidio or Jeff Davis County, and don't "
            "name juveniles involved in any case.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and pictures", "Credit where it's due"),
        ("Can I post photos?", "What about copyright?"),
        (
            "Post only photographs you took yourself or have permission to use, and say who took them.",
            "Do not paste whole articles from other news outlets; a short quotation and a link will do.",
            "Patterns, drill manuals and research notes shared by members remain their work and must not be copied "
            "outside the society without the author's permission.",
            "Seed catalogue pictures and variety descriptions belong to the companies that wrote them, so describe "
            "your plants in your own words.",
        ),
    ),
    (  # reporting
        ("Reporting a post", "Report it", "Flagging", "Seen something wrong"),
        ("How do I report a post?", "Seen something that breaks the rules?"),
        (
            'Use the "Report" link under any comment you think breaks these rules.',
            "Flagging a post does not remove it automatically, but it brings it to a moderator's attention the same "
            "day.",
            "If a post concerns a child's safety, contact the club welfare officer directly at "
            "welfare@lakeshorejudo.org rather than replying in the thread.",
            "Please don't answer a post you think is abusive; report it and let us deal with it.",
        ),
    ),
    (  # the moderators' discretion and whose views
        ("Our decision is final", "Moderators' discretion", "Editorial discretion", "Views expressed"),
        ("Who decides?",),
        (
            "We reserve the right to remove any comment or close any discussion at any time, without giving a reason.",
            "Posts reflect the views of their writers, not of the club, its committee or its coaches.",
            "The editor's decision on what is published is final, and no correspondence will be entered into about "
            "individual moderation decisions.",
            "We moderate with a light hand, but we do moderate.",
        ),
    ),
    (  # errors and corrections
        ("Corrections", "Errors", "Tell us, not the thread", "Spotted a mistake"),
        ("Found an error in a story?", "Spotted a mistake?"),
        (
            "If you think an article contains a factual error, please email corrections@balticnewsdesk.com rather "
            "than posting it beneath the story, so that it reaches an editor.",
            "We correct mistakes promptly and note the correction at the foot of the article.",
            "Typos in the newsletter can be sent to the editor, who will be grateful and slightly embarrassed.",
            "Got a tip on a story from out Terlingua way? Call the newsroom or drop by the office on Holland Avenue.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Which languages"),
        ("Can I write in Finnish?", "Which languages can I use?"),
        (
            "This is an English-language service, and posts in other languages cannot be moderated and will not be "
            "published.",
            "Contributions in Gaelic are as welcome as those in English.",
            "Comments in Spanish are welcome too; our moderators read both languages.",
            'No swearing, no text-speak and no writing in capitals, which reads as "shouting".',
        ),
    ),
    (  # warnings, bans and closing an account
        ("Suspensions and bans", "Repeat offenders", "Three strikes", "Losing your account"),
        ("What happens if I break the rules?",),
        (
            "Repeated bad behaviour will get you warned once, then suspended, then banned.",
            "We may close any account without notice, and a closed account cannot be reopened under a new name.",
            "Membership of the society and access to its forum are two different things, and the committee can "
            "withdraw one without the other.",
            "Accounts left unused for two years are removed together with their posts.",
        ),
    ),
    (  # safety, advice and emergencies
        ("Not medical advice", "Safety first", "Advice", "Emergencies"),
        ("Can I ask for advice here?",),
        (
            "Nothing posted here is medical advice: questions about whether you can give blood should go to the "
            "donor helpline or to the nurse at your next session.",
            "Never follow electrical or gas advice from a forum; the co-op's tools come with their manuals for a "
            "reason.",
            "Technique questions belong with a qualified coach, not the forum, because strangles and armlocks "
            "learned from a post are how people get hurt.",
            "If someone is in danger, call 112, not us.",
        ),
    ),
)

#: Opening lines a site prints above its rules.
INTROS_80: tuple[str, ...] = (
    "Before you post, please read our house rules.",
    "We welcome your comments on our stories, and to keep the discussion worth reading we ask everyone to follow a "
    "few simple rules.",
    "The forum is open to all paid-up members of the society.",
    "These guidelines were agreed by the committee at the annual general meeting.",
    "By posting here you agree to the following.",
    "A few ground rules for the message board.",
    "The volunteers who organise the seed swap look after this board as well, so please go easy on them.",
)

#: Closing lines a site prints below its rules.
CLOSINGS_80: tuple[str, ...] = (
    "Thank you for helping to keep this a place worth reading.",
    "These rules may be changed at any time without notice.",
    "Questions about these rules? Write to the editor.",
    "Happy growing, and thanks for sharing.",
    "See you on the mat.",
    "Last updated March 2024.",
    "Thanks for reading, and for your comments.",
)

#: Titles a site prints above its rules.
TITLES_80: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Comment policy",
    "Forum rules",
    "Community standards",
    "Rules of the board",
    "Before you post",
    "Message board code of conduct",
)

#: British spellings in the family's text and their American forms.
AMERICAN_80: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "catalogue": "catalog",
    "behaviour": "behavior",
    "organise": "organize",
}

_SMALL_WORDS = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))
_MARKERS = ("1.", "1)", "(1)", "Rule 1:", "Rule 1 -", "No. 1", "a)", "\u2022", "*", "-", "\u2013")
_AFTER = ("", ".", ":", " -", " \u2013", " \u2014")


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


#: How a site sets its headings, by the policy's case ("sentence" as written; "question" draws a question instead).
_CASES: dict[str, Callable[[str], str]] = {"title": _title_case, "caps": str.upper}


def _marker(style: str, number: int) -> str:
    if style == "a)":
        return chr(ord("a") + number - 1) + ")"
    return style.replace("1", str(number))


def _items_80(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy: two or three items a fifth of the time, else four to twelve, drawn from the table and kept in its
    order half of the time; a quarter of the sites never say "comment" (the headings, sentences, opening, closing and
    title lines that say it are left out). Each item is one to three of its kind's sentences
    (two 0.45, three 0.15), in the table's order. The site's headings: as written in sentence case, in title case or
    capitals, as questions, or none at all; bare or followed by a full stop, a colon, a hyphen, an en or an em dash,
    one way a policy or (0.15) each item its own; now and then (0.1) an item without one. A list marker on the
    policy 0.55 of the time (numbered, lettered or bulleted), before the heading or, where there is none, before the
    first sentence. Then :func:`_furnish`."""
    plain = rng.random() < 0.25  # a site that never says "comment"
    kinds = []
    for headings, questions, sentences in REWORDINGS_80:
        if plain:
            headings = tuple(part for part in headings if not _says_comment(part))
            questions = tuple(part for part in questions if not _says_comment(part))
            sentences = tuple(part for part in sentences if not _says_comment(part))
        if headings and sentences:
            kinds.append((headings, questions, sentences))
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 12)
    picked = rng.sample(range(len(kinds)), min(count, len(kinds)))
    if rng.random() < 0.5:
        picked.sort()
    case = rng.choices(("sentence", "title", "caps", "question", "none"), (0.3, 0.25, 0.15, 0.12, 0.18))[0]
    after = rng.choice(_AFTER)
    each_own = rng.random() < 0.15
    marker = rng.choice(_MARKERS) if rng.random() < 0.55 else ""
    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, 1):
        headings, questions, sentences = kinds[index]
        size = min(len(sentences), rng.choices((1, 2, 3), (0.4, 0.45, 0.15))[0])
        chosen = sorted(rng.sample(range(len(sentences)), size))
        parts = [sentences[at] for at in chosen]
        heading = ""
        if case != "none" and rng.random() >= 0.1:
            if case == "question" and questions:
                heading = rng.choice(questions)
            else:
                heading = _CASES.get(case, str)(rng.choice(headings)) + (rng.choice(_AFTER) if each_own else after)
        prefix = _marker(marker, number) if marker else ""
        if heading:
            heading = f"{prefix} {heading}" if prefix else heading
        elif prefix:
            parts[0] = f"{prefix} {parts[0]}"
        items.append((heading, *parts))
    intros = [line for line in INTROS_80 if not (plain and _says_comment(line))]
    closings = [line for line in CLOSINGS_80 if not (plain and _says_comment(line))]
    titles = [line for line in TITLES_80 if not (plain and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_80)
