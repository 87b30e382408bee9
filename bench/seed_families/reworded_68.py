"""``reworded-68``: posting rules as Pakistani and Sri Lankan English news sites, Fijian and Samoan papers, Louisiana
bayou weeklies, Northern Irish local papers, teachers' association bulletins, aquarium-keeping forums, rowing clubs,
community-garden trusts and rural fire-brigade newsletters word and print them. Written from how such sites set out
their rules, not from the cleaner: fifteen item kinds, each with four headings (sentence case as written; some are
questions) and four sentences of widely varying length, some carrying a web or e-mail address."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind (headings as written, sentences): civility, hatred between communities, privacy, moderation
#: delays, topic, advertising and selling, names and accounts, the law, copyright and photographs, reporting,
#: the moderators' say, errors and corrections, language, suspension and closing an account, emergencies.
REWORDINGS_68: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Be respectful", "Play the ball, not the man", "Mind your manners", "No personal attacks"),
        (
            "Debate the issue, not the person: abuse, name-calling and insults aimed at other readers or at the "
            "people in our stories will be taken down.",
            "Be courteous.",
            "We want a board where members, whether they have kept fish for forty years or set up their first tank "
            "last week, can ask a question without being made to feel foolish, so please answer newcomers with "
            "patience and remember that everyone started somewhere.",
            "Disagreement is fine; disrespect is not.",
        ),
    ),
    (
        ("No hate speech", "No sectarianism", "Respect all faiths and communities", "Nothing that stirs up hatred"),
        (
            "Remarks targeting any religion, sect, ethnic group, caste or province will not be published.",
            "Sectarian, racist or homophobic language, including coded chants, slogans and nicknames, has no place "
            "here and will be removed without warning.",
            "Posts that could inflame tensions between communities will not be approved, whatever the intention "
            "behind them.",
            "Our islands are home to many peoples and many churches; please write with that in mind.",
        ),
    ),
    (
        ("Protect privacy", "Keep personal details private", "Pupils and colleagues", "Think of the families"),
        (
            "Do not post telephone numbers, home addresses or e-mail addresses, your own or anyone else's.",
            "Never identify a pupil, a parent or a colleague by name when describing a school matter, even if you "
            "believe the school community already knows who is involved.",
            "Photographs taken at incident scenes, particularly of casualties, vehicles or damaged homes, must not be "
            "shared on this page.",
            "Plot numbers and gate codes are never to be posted on the open board.",
        ),
    ),
    (
        ("Moderation", "Why hasn't my post appeared?", "Pre-moderation", "Please be patient"),
        (
            "All comments are read by a moderator before they appear, which can take several hours.",
            "Our moderators are volunteers, so something sent late on a Friday may not go up until Monday.",
            "Submissions are reviewed during office hours in Colombo (GMT+5:30), and anything received overnight is "
            "looked at the following morning.",
            "Sending the same message again will not speed things up.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Stick to the story", "Is it relevant?"),
        (
            "Replies should relate to the article or thread they sit under.",
            "Off-topic posts, including general political arguments in the tank-build threads, will be moved or "
            "deleted.",
            "If you want to raise something new, start a thread of your own in the right section instead of taking "
            "over someone else's.",
            "Keep to the subject.",
        ),
    ),
    (
        ("No advertising", "No spam", "Buying and selling", "Commercial posts"),
        (
            "Livestock, plants and equipment may be offered for sale only in the Classifieds section, and only by "
            "members with at least fifty posts to their name.",
            "Unsolicited advertising, chain messages and links to commercial websites will be removed and the "
            "account responsible may be closed.",
            "Surplus produce can be offered to other plot holders on the Swap Shed board, but please don't use it to "
            "advertise a business.",
            "No spam.",
        ),
    ),
    (
        ("Use your real name", "Usernames", "One account per person", "Who are you?"),
        (
            "Contributors must register with their full name and a working e-mail address; we do not publish posts "
            "under names that are obviously false.",
            "Usernames that are offensive, or that imitate another member, a public figure or a member of staff, "
            "are not permitted.",
            "Each person may hold one account.",
            "Club members are asked to post under the name they row under, so crews know who they are talking to.",
        ),
    ),
    (
        ("Mind the law", "Defamation and contempt", "Legal matters", "Don't prejudice a trial"),
        (
            "You are legally responsible for what you post: do not make allegations that could damage someone's "
            "reputation unless you can prove them.",
            "Where a case is before the courts, do not speculate about guilt, discuss the evidence or identify "
            "witnesses, as doing so may amount to contempt of court and could see a trial collapse.",
            "Material that breaches the Prevention of Electronic Crimes Act or any other law of Pakistan will be "
            "removed and may be passed to the authorities.",
            "Nothing defamatory or libellous.",
        ),
    ),
    (
        ("Copyright", "Photos and other people's work", "Respect copyright", "Your own words"),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other newspapers; a short quotation and a link are enough.",
            "Pictures of members' tanks remain the property of the member who posted them and may not be reused "
            "elsewhere without asking first.",
            "By sending us a contribution you grant us a non-exclusive licence to publish it in print and online.",
        ),
    ),
    (
        ("Reporting a post", "See something wrong?", "Report problems", "Flag it"),
        (
            "Use the 'Report' button under any post you believe breaks these rules.",
            "If something concerns you, e-mail moderators@bayoutidings.com with a link to the post and we'll take a "
            "look.",
            "Please report rather than reply: arguing with a rule-breaker only drags the thread down.",
            "Every report is read by a moderator, though we cannot always write back to say what was done.",
        ),
    ),
    (
        ("The moderators' decision", "Our discretion", "The editor's decision is final", "Removal of posts"),
        (
            "We reserve the right to edit or remove any contribution without giving a reason.",
            "The moderators' decision is final, and disputes about moderation should be taken up by private "
            "message, not on the open board.",
            "Publication of a comment does not mean the paper agrees with it.",
            "Views expressed on this board are those of the members who post them and not of the Association or its "
            "executive.",
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting", "Getting it right"),
        (
            "If you think we have got a fact wrong, please tell the newsroom directly at newsroom@lagoonherald.com.fj "
            "instead of posting it below the story, so that it can be checked and put right.",
            "Corrections are published in print and online.",
            "Pointing out an error in a reply will not reach the editor.",
            "Mistakes in the bulletin itself should go to the editor, not be raised on the forum.",
        ),
    ),
    (
        ("Language", "Write in English", "No shouting", "Keep it clean"),
        (
            "Posts must be written in English so that our moderators can read them; a phrase in Fijian, Samoan, "
            "Hindi or Urdu is welcome where it adds to the discussion.",
            "Please do not type in capital letters.",
            "No swearing, including words with asterisks or swapped letters to get round the filter.",
            "Contributions in Sinhala or Tamil cannot be moderated at present and will not be published.",
        ),
    ),
    (
        ("Suspensions and bans", "Three strikes", "Closing your account", "Repeat offences"),
        (
            "Members who keep breaking these rules will be warned first, then suspended for a week, then banned.",
            "Anyone who registers a new account to get around a ban will have every account removed.",
            "To close your account, write from the address you registered with to secretary@loughsiderowing.org.uk.",
            "Closed accounts cannot be restored.",
        ),
    ),
    (
        ("In an emergency", "Not for emergencies", "Fires and incidents", "This is not a reporting line"),
        (
            "This page is not watched around the clock: to report a fire or any other emergency, ring Triple Zero "
            "(000) straight away.",
            "Do not post the location of an active fire or incident.",
            "Crews, neighbours and families may be reading, so please hold off on speculation about the cause of a "
            "fire or the people involved until the brigade has put out its own update.",
            "Never use the board to call out the brigade.",
        ),
    ),
)
#: Opening lines a site prints above its rules.
INTROS_68: tuple[str, ...] = (
    "We welcome readers' views, but please keep to the following.",
    "This forum is run by volunteers in their spare time, so please help us by sticking to a few simple rules.",
    "Vinaka for joining the talanoa. A few ground rules apply.",
    "Fa'afetai for taking part; please read these rules before you post.",
    "The Association's message board is for members, and the rules below apply to everyone who uses it.",
    "Comments are welcome on most of our stories, subject to the conditions below.",
)
#: Closing lines a site prints below them.
CLOSINGS_68: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "These rules may be changed at any time without notice.",
    "Questions about these rules can be sent to admin@reefkeepersforum.net.",
    "Breaches will be dealt with at the discretion of the committee.",
    "See you on the water.",
    "Happy gardening, and thanks for posting.",
    "Vinaka vakalevu.",
    "Thank you for commenting responsibly.",
)
#: Title lines a site prints above them.
TITLES_68: tuple[str, ...] = (
    "Comment Policy",
    "Posting Rules",
    "House Rules",
    "Forum Rules",
    "Community Guidelines",
    "Rules for Readers' Comments",
    "Message Board Rules",
    "Before You Post",
    "Guidelines for Contributors",
    "Moderation Policy",
    "Club Forum Etiquette",
    "Terms of Participation",
)
#: British spellings in the lists above, and how an American site prints them.
AMERICAN_68: dict[str, str] = {
    "libellous": "libelous",
    "licence": "license",
    "offences": "offenses",
    "neighbours": "neighbors",
    "get round": "get around",
}

_SMALL_WORDS = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to"))


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(
        word if index and word in _SMALL_WORDS else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker(style: str, number: int) -> str:
    """The number or bullet a site prints before an item, ``""`` for none."""
    return {
        "none": "",
        "dot": f"{number}.",
        "paren": f"{number})",
        "both": f"({number})",
        "rule": f"Rule {number}:",
        "letter": f"{'abcdefghijklmnop'[number - 1]})",
        "bullet": "\u2022",
        "dash": "-",
        "star": "*",
    }[style]


def _heading(text: str, case: str, after: str) -> str:
    """A heading as a site prints it: in its case, then a full stop, colon, dash or nothing (a question keeps its
    question mark)."""
    text = {"sentence": text, "title": _title_case(text), "capitals": text.upper()}[case]
    if text.endswith("?"):
        return text
    return text + {"bare": "", "stop": ".", "colon": ":", "dash": " -", "en": " \u2013"}[after]


def _items_68(rng: random.Random) -> list[tuple[str, ...]]:
    """One policy: whether the site never says "comment" (0.25, dropping the headings, sentences and furnishing
    lines that do); two or three items (0.2) or four to eleven, kinds drawn without repeats and kept in the table's
    order (0.5) or as drawn; for the whole policy a marker (none 0.45, else a number, letter, "Rule N:" or a
    bullet), whether it has headings (0.8) and a case for them (sentence 0.4, title 0.4, capitals 0.2), and one
    way after them or (0.3) a way drawn per item; per item its heading (dropped 0.1), one sentence, two (0.3) or
    three (0.08) in the table's order; then the opening, closing and title lines, spelling and quotes by
    ``_furnish``."""
    plain = rng.random() < 0.25
    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 11)
    chosen = rng.sample(range(len(REWORDINGS_68)), count)
    if rng.random() < 0.5:
        chosen.sort()
    marker = (
        "none"
        if rng.random() < 0.45
        else rng.choice(("dot", "paren", "both", "rule", "letter", "bullet", "dash", "star"))
    )
    headed = rng.random() < 0.8
    case = rng.choices(("sentence", "title", "capitals"), (0.4, 0.4, 0.2))[0]
    afters = ("bare", "stop", "colon", "dash", "en")
    after = rng.choice(afters)
    mixed = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_68[kind]
        if plain:
            headings = tuple(text for text in headings if not _says_comment(text))
            sentences = tuple(text for text in sentences if not _says_comment(text))
        draw = 3 if rng.random() < 0.08 else 2 if rng.random() < 0.3 else 1
        picked = sorted(rng.sample(range(len(sentences)), min(draw, len(sentences))))
        text = ""
        if headed and rng.random() >= 0.1:
            text = _heading(rng.choice(headings), case, rng.choice(afters) if mixed else after)
        heading = " ".join(part for part in (_marker(marker, number), text) if part)
        items.append((heading, *(sentences[index] for index in picked)))
    intros, closings, titles = (
        [line for line in lines if not (plain and _says_comment(line))] for lines in (INTROS_68, CLOSINGS_68, TITLES_68)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_68)
