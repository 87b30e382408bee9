"""The ``reworded-327`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Eriskay community pages, Wharfedale papers, Bighorn basin weeklies, trampolining and floorball clubs,
madrigal and early music groups, ostomy forums, narrow lane residents' groups, salt works trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Each kind of rule these sites print: (headings, sentences). Headings include questions; placeholders {c} {cs} {C}
# {Cs} are the site's word for what readers send (singular, plural, capitalised), {mods} and {Mods} who looks after it.
REWORDINGS_327: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        ("Be kind", "Courtesy", "Treat others with respect", "How should I talk to other members?", "Good manners"),
        (
            "Please be polite to one another, even when you disagree about the ferry timetable or the hall roof.",
            "Argue with the point someone makes, never with the person making it.",
            "Most of us will meet at the shop, the pier or the next rehearsal, so write as you would speak to a "
            "neighbour's face.",
            "Sarcasm, name-calling and piling on to one member will not be tolerated.",
            "We are a small group and a single unkind {c} can drive people away for good.",
        ),
    ),
    # Hatred and discrimination.
    (
        ("No hate", "Discrimination", "Is there anything we won't allow at all?", "Hate speech", "Equality"),
        (
            "We will remove anything that attacks people for their race, religion, disability, sex, sexual "
            "orientation or gender identity.",
            "Jokes at the expense of incomers, tourists or any one community are not welcome here either.",
            "Stirring up hatred is an offence under the Hate Crime and Public Order (Scotland) Act 2021 and may be "
            "passed to Police Scotland.",
            "Racist, sexist or homophobic language means an immediate ban, without a warning first.",
            "Everyone is welcome in this club, whatever their age, background or ability, and that goes for the "
            "forum too.",
        ),
    ),
    # Privacy and personal details.
    (
        ("Privacy", "Personal information", "Can I share someone's address?", "Keep it private", "Your details"),
        (
            "Do not post anyone's phone number, home address or car registration, including your own.",
            "If a neighbour's van is blocking the lane, ring them or the council; please don't name them here.",
            "Members often share details of their surgery and health; what is said in the forum stays in the forum.",
            "Please ask before posting photos of other people, and never post pictures of children without a "
            "parent's consent.",
            "We hold your details in line with the Data Protection Act 2018 and never pass them on to anyone else.",
        ),
    ),
    # Safeguarding.
    (
        ("Safeguarding", "Children and young people", "Welfare", "Who do I tell if I'm worried about a child?"),
        (
            "Coaches must not message junior gymnasts or players privately; all contact goes through a parent.",
            "If you are worried about a child's welfare, speak to our Welfare Officer rather than posting about it.",
            "Under-16s may read the forum but may not hold an account of their own.",
            "Our safeguarding policy follows the British Gymnastics and UK Floorball guidance and is on the club page.",
            "Anything that puts a child or vulnerable adult at risk will be removed and reported.",
        ),
    ),
    # Moderation and delays.
    (
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Approval", "Waiting times"),
        (
            "Every {c} is read by a volunteer before it goes up, so please allow a day or two.",
            "The office is staffed Monday to Friday, and {cs} left over the weekend will wait until Monday morning.",
            "Your first few {cs} are held for approval; after that they appear straight away.",
            "{Cs} on court reports and inquests are closed before publication, so do not be surprised if the box "
            "has gone.",
            "Our broadband on the island is not always reliable, so approval can take longer than we would like.",
        ),
    ),
    # Staying on topic.
    (
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Where should I post this?"),
        (
            "Please keep {cs} to the story, concert or thread they sit under.",
            "General chat belongs in the Village Pump section, not in the rehearsal notices.",
            "Threads that drift into national politics will be locked.",
            "Bin day questions go in the noticeboard, not under a planning story.",
            "If you want to start a new discussion, open a new thread rather than taking over someone else's.",
        ),
    ),
    # Advertising and spam.
    (
        ("Advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "No adverts"),
        (
            "Commercial adverts are not allowed, though members may mention a lost-and-found or a free item.",
            "Links to shops, stoma product suppliers or cashback schemes will be removed unless a moderator has "
            "agreed them.",
            "Concert and workshop listings from other early music groups are welcome once a month.",
            "If you want to promote a business, please contact our advertising team for rates in the print edition.",
            "Repeated posting of the same message counts as spam, however good the cause.",
        ),
    ),
    # Names and accounts.
    (
        ("Accounts", "Your name", "Usernames", "Do I need to use my real name?", "One account each", "Registration"),
        (
            "Please use your real name; this is a small community and people like to know who they are talking to.",
            "Members may use a nickname, but the committee must know who you are.",
            "One account per person; shared household accounts will be merged.",
            "Do not pretend to be someone else, a club official or a member of staff.",
            "You must be a member of the trust, or a volunteer at the works, to post on this page.",
        ),
    ),
    # The law.
    (
        ("The law", "Legal", "Defamation", "Court cases", "Could I be sued for what I write?", "Libel"),
        (
            "You are legally responsible for what you post, and {cs} can be libellous just as printed articles can.",
            "Do not accuse anyone of a crime unless they have been convicted of it.",
            "Once someone has been charged, nothing may be said that could prejudice a trial under the Contempt of "
            "Court Act 1981.",
            "We follow Wyoming law and will co-operate with the Park County Sheriff's Office if asked.",
            "If you are not sure whether something is defamatory, leave it out.",
        ),
    ),
    # Copyright.
    (
        ("Copyright", "Photos and recordings", "Other people's work", "Can I post a recording of the concert?"),
        (
            "Only post photos you took yourself or have permission to use.",
            "Please do not upload recordings of our concerts; the singers and the venue have not agreed to them.",
            "Scores and editions may still be in copyright even when the music is four hundred years old.",
            "Copying whole articles from the Gazette or other papers breaches copyright; post a short quote and a "
            "link instead.",
            "Anything you post may be used by the trust in its newsletter, with credit to you.",
        ),
    ),
    # Reporting.
    (
        ("Reporting", "Report a problem", "How do I report a {c}?", "Flagging", "Something wrong?"),
        (
            "If you see something that breaks these rules, use the Report link under the {c}.",
            "Please report rather than reply; a row in public only makes it worse.",
            "You can email the editor instead, quoting the article headline and the time of the {c}.",
            "Reports are anonymous and we look at every one.",
            "A message to any admin will do; we will get to it as soon as we can.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        ("Our decision", "Discretion", "Final say", "Who decides?", "The committee's decision"),
        (
            "The editor's decision on whether to publish a {c} is final.",
            "{Mods} may remove any post, at any time, without giving a reason.",
            "The committee reserves the right to change these rules, and will tell members when it does.",
            "We are volunteers and will get things wrong sometimes; please be patient with us.",
            "Publication of a {c} does not mean the paper agrees with it.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, please email the newsroom rather than posting a {c}; we will correct it.",
            "Anything happening in Ilkley, Otley or Burley? Send it to the news desk.",
            "Tips about road closures on the lane, or lorries stuck at the bridge, are always welcome.",
            "We aim to correct factual errors within one working day, and we say when we have done so.",
            "News from Lovell, Powell or Greybull can be dropped at the front office on Main Street.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Which languages can I use?", "Bad language", "Gaelic and English"),
        (
            "Posts in Gaelic or English are equally welcome.",
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in plain words and avoid shouting in capital letters.",
            "Keep it clean; younger members read this forum too.",
            "Text speak makes {cs} hard to read for many of our older members.",
        ),
    ),
    # Warnings and bans.
    (
        ("Warnings", "Bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "A first breach brings a warning, a second a week's suspension, and a third a permanent ban.",
            "Members who are banned may not rejoin under another name.",
            "Serious breaches, such as threats, lead to an immediate ban.",
            "Bans are decided by two admins, and you may appeal to the chair.",
            "We would much rather have a quiet word than ban anyone.",
        ),
    ),
    # Safety and medical advice.
    (
        ("Medical advice", "Look after yourself", "Safety", "Is this medical advice?", "Health"),
        (
            "Nothing on this forum is medical advice; always check with your stoma nurse or GP.",
            "If you have severe pain, a change in colour of your stoma or no output, seek medical help straight away.",
            "Sharing what works for you is fine, but please do not tell others to stop taking a medicine.",
            "Do not try any move you have seen in a video without a qualified coach on the trampoline with you.",
            "Please do not visit the salt pans or the brine shaft outside open days; the site is not safe.",
        ),
    ),
    # Events and noticeboard items.
    (
        ("Events and notices", "Noticeboard", "Can I post an event?", "Notices", "What's on"),
        (
            "Events for the ceilidh, the whist drive or the regatta are welcome; please give a date and a place.",
            "Lost and found notices stay up for two weeks.",
            "Rehearsal changes will only be posted by the music director.",
            "Road works and bin collections will be pinned at the top of the page.",
            "Notices for fundraisers outside Eriskay and South Uist must be agreed by the admins first.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment"; about a quarter never do.
COMMENT_WORDS_327: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_327: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("notice", "notices"),
)

# Who looks after each site's pages.
MODERATORS_327: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admins",
    "the forum team",
    "the trustees",
    "the newsroom",
    "the club secretary",
    "our volunteers",
)

# Opening lines printed before a policy's items.
POLICY_INTROS_327: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read the following before you post.",
    "These rules are here to keep the page friendly and useful for everyone.",
    "By posting here you agree to the following.",
    "A few simple rules, agreed by the committee at the last AGM.",
    "Thank you for joining our forum. Please take a minute to read our guidelines.",
    "This group is for residents of the lane and their neighbours.",
)

# Closing lines printed after a policy's items.
POLICY_CLOSINGS_327: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "If in doubt, don't post it.",
    "Questions about these rules can be sent to {mods}.",
    "Happy posting!",
    "Tapadh leibh, thank you.",
    "We reserve the right to amend these guidelines at any time.",
)

# Titles printed above a policy.
POLICY_TITLES_327: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum guidelines",
    "Posting rules",
    "Community guidelines",
    "Noticeboard terms",
    "Group rules",
    "Terms of use",
)

# British spellings in the sentences above -> American, for sites that print American spelling.
AMERICAN_327: dict[str, str] = {
    "neighbour": "neighbor",
    "colour": "color",
    "offence": "offense",
    "libellous": "libelous",
    "co-operate": "cooperate",
    "programme": "program",
    "behaviour": "behavior",
    "organis": "organiz",
    "centre": "center",
    "licence": "license",
}

# List markers as real sites print them, each a function of an item's place (from 1).
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MARKERS_327: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({l})",
    "{l})",
    "{L}.",
    "{r}.",
    "({r})",
    "\u2022",
    "*",
    "-",
    "\u2013",
    "Rule {n}:",
    "Rule {n} \u2013",
    "{s}.{n}",
    "\u00a7{n}",
    "{n}/",
)

# Small words left lower-case when a heading is printed in title case.
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}

# Months for last-updated lines.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _title_case(text: str) -> str:
    """``text`` with every word capitalised but the small ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_327(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, otherwise post, message, reply,
    contribution, letter or notice) and who moderates; how many kinds of rule it prints (two to five for some sites,
    six to sixteen for most), in table order or shuffled; one to three sentences an item; the case of its headings
    (sentence, title or capitals) or no headings at all; where headings stand (a part of their own, bare or with a
    stop or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers, letters,
    roman numerals, bullets, dashes, "Rule 1:", section numbers) or none, and whether it goes on the heading or the
    sentence; headings in bold or italic marks now and then; and its own habits: a section line above the rules, a
    last-updated line above or below, and a sign-off from whoever moderates. The opening, closing and title lines,
    American spelling and curly quotes come from ``_furnish``."""
    singular, plural = rng.choice(OTHER_WORDS_327) if rng.random() < 0.25 else COMMENT_WORDS_327[0]
    moderators = rng.choice(MODERATORS_327)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_327)), count)
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 2, 2, 3))
    heading_case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker = rng.choice(MARKERS_327) if rng.random() < 0.55 else ""
    marker_on_heading = rng.random() < 0.7
    emphasis = rng.choice(("**", "*", "")) if rng.random() < 0.12 else ""
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_327[kind]
        chosen = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [sentence.format(**fill) for sentence in chosen]
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        label = (
            marker.format(n=place, l=_LETTERS[place - 1], L=_LETTERS[place - 1].upper(), r=_ROMAN[place - 1], s=section)
            if marker
            else ""
        )
        if heading_case == "none":
            parts[0] = f"{label} {parts[0]}" if label else parts[0]
            items.append(("", *parts))
            continue
        if emphasis:
            heading = f"{emphasis}{heading}{emphasis}"
        question = heading.rstrip("*").endswith("?")
        if label and placement.startswith("own") and not marker_on_heading:
            parts[0] = f"{label} {parts[0]}"
        elif label:
            heading = f"{label} {heading}"
        if placement.startswith("own"):
            if not question and placement == "own stop":
                heading += "."
            elif not question and placement == "own colon":
                heading += ":"
            items.append((heading, *parts))
            continue
        joiner = " " if question else {"run colon": ": ", "run stop": ". ", "run dash": " \u2013 "}[placement]
        items.append(("", heading + joiner + parts[0], *parts[1:]))

    if rng.random() < 0.15:
        name = rng.choice(("Online conduct", "Using our website", "The forum", "Social media", "Noticeboard"))
        items.insert(0, ("", f"Section {section}: {name}" if rng.random() < 0.5 else f"Part {section} \u2013 {name}"))
    if rng.random() < 0.15:
        stamp = f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2016, 2026)}"
        line = rng.choice(("Last updated: {d}", "Last updated {d}.", "Reviewed by the committee, {d}.", "Updated {d}"))
        at = 0 if rng.random() < 0.4 else len(items)
        items.insert(at, ("", line.format(d=stamp)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(("\u2014 {Mods}", "With thanks from {mods}.", "{Mods}")).format(**fill)))

    intros = [line.format(**fill) for line in POLICY_INTROS_327]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_327]
    titles = [line.format(**fill) for line in POLICY_TITLES_327]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_327)
