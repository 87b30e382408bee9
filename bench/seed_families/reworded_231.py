"""The ``reworded-231`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands outer-island news, Dorset coast papers, Texas hill-country weeklies, badminton clubs,
puppetry societies, thyroid forums, student union boards, priory restoration friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules and board
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (sentence case, without their stop; a question or two among
#: them), and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``
#: are the site's word for what readers send (singular, plural, capitalised), ``{we}`` the site as it names itself
#: and ``{mods}`` the people who moderate it (a plural). Written in British spelling; a document may print it in
#: American spelling (``AMERICAN_231``).
REWORDINGS_231 = (
    (  # civility
        ("Be kind", "Treat others with respect", "Argue the point, not the person", "Is it kind?", "Courtesy"),
        (
            "Disagree if you like, but do it politely and without personal remarks.",
            "{Cs} that mock, belittle or goad another member will be taken down.",
            "Remember that a real person will read your {c}, often someone from a small place where everyone knows "
            "everyone.",
            "Argue with what someone said, not with who they are.",
            "Sarcasm reads harder on a screen than it sounds aloud, so please re-read before you press send.",
        ),
    ),
    (  # hatred
        ("No hate", "Hate speech", "Discrimination", "Racism and bigotry", "What counts as hate speech?"),
        (
            "We will not publish anything that attacks people for their race, religion, gender, sexuality, "
            "disability or age.",
            "Jokes or 'banter' aimed at a group of people are treated as hate speech too.",
            "Slurs are removed without warning, including ones with letters swapped for symbols.",
            "{we} is open to everyone, and {cs} that single out any group of people have no place here.",
            "Hateful material may be passed on to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect privacy",
            "Keep personal details private",
            "Other people's details",
            "Can I name someone?",
        ),
        (
            "Do not post anyone's address, phone number, email or workplace, including your own.",
            "Please do not name children, patients or anyone caught up in a private matter.",
            "Photographs of people should only be shared with their permission.",
            "In a community this size people are easily recognised, so think twice before describing a neighbour.",
            "Private messages between members stay private: don't paste them into a public thread.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young members",
            "Children and vulnerable adults",
            "Keeping everyone safe",
            "What if I'm worried about someone?",
        ),
        (
            "Our junior members read this board too, so keep every {c} suitable for all ages.",
            "Never ask a young member for their contact details or to carry on a conversation elsewhere.",
            "If you are worried about the welfare of a child or adult, contact our welfare officer rather than "
            "posting about it.",
            "Pictures of juniors at club sessions must not be shared without written consent from a parent or carer.",
            "Anything that raises a safeguarding concern will be removed and reported to the proper authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Please be patient",
            "How we moderate",
        ),
        (
            "Every {c} is read by a volunteer before it is published, which can take a day or two.",
            "Our internet connection on the outer islands is slow and sometimes down altogether, so approvals may "
            "be delayed.",
            "{Cs} sent in the evening or at the weekend are usually approved the next working day.",
            "Please don't send the same {c} twice: it only goes to the back of the queue.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Is your {c} on topic?", "One subject per thread"),
        (
            "Keep your {c} to the subject of the story or thread it sits under.",
            "Off-topic {cs} may be moved to the general board or removed.",
            "Please start a new thread rather than taking over someone else's.",
            "Club business such as court bookings and match fees belongs in the members' area, not here.",
            "Questions about a different article are better sent to the newsroom directly.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam and self-promotion", "Selling and sponsorship", "Can I advertise here?", "Links"),
        (
            "Please don't use this space to advertise goods, services, events or fundraisers without asking first.",
            "Links to commercial sites will be removed, and repeat offenders blocked.",
            "Supplement sellers, 'miracle cures' and affiliate links will be deleted on sight.",
            "Notices of community events can be sent in for our What's On page instead.",
            "Chain letters, petitions and surveys need approval from the {mods} before they go up.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "One account each", "Usernames", "Do I have to use my real name?"),
        (
            "Please register under your own name; anonymous {cs} are not published.",
            "Each member may hold one account, and duplicate accounts will be closed.",
            "Usernames must not be offensive or impersonate another person, club or organisation.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
            "A first name and the village or island you live on is enough for us to publish your {c}.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation and contempt", "Don't get us sued", "Could your {c} break the law?"),
        (
            "Do not accuse anyone of a crime or wrongdoing unless it has been proved in court.",
            "Once someone has been charged, say nothing that could prejudice their trial.",
            "You, as well as {we}, can be held responsible in law for what you publish here.",
            "{Cs} that may be defamatory will be removed while we take advice.",
            "Do not name anyone the courts have ordered must not be identified.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and quotations",
            "May I share an article?",
            "Credit where it's due",
        ),
        (
            "Only post photographs, videos or writing that you own or have permission to use.",
            "Quote a short passage and link to the rest rather than pasting whole articles.",
            "By posting you allow {we} to publish your {c} in print and online.",
            "Puppet designs, scripts and show photographs belong to their makers, so ask before sharing them.",
            "Material posted in breach of copyright will be taken down as soon as we are told about it.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "Flagging {cs}", "Seen something wrong?", "How do I report a {c}?"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it.",
            "Please report rather than reply: arguing back only keeps a problem thread alive.",
            "Reports are anonymous and are looked at by the {mods} as soon as they can.",
            "You can also email the {mods}, giving the thread and the time of the {c}.",
            "A report does not mean a {c} will be removed, only that it will be checked.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The final say",
            "At the discretion of the {mods}",
            "Who decides?",
        ),
        (
            "{we} reserves the right to edit, hold back or delete any {c} without giving a reason.",
            "Publishing a {c} does not mean that {we} agrees with it.",
            "The {mods} are volunteers, and their decision on what is published is final.",
            "We may shorten {cs} for length or take out a line that breaks these rules.",
            "These guidelines may be changed at any time; the current version is always on this page.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Getting in touch"),
        (
            "If you think we have got something wrong, email the editor rather than sending a {c}, so we can put it "
            "right.",
            "Corrections are printed in the next edition and noted on the story online.",
            "Have a story from your island or village? Send it to the newsroom with a phone number we can reach you "
            "on.",
            "Results, fixtures and photographs for the newsletter go to the secretary, not to this board.",
            "Tips can be sent in confidence, and we will never print your name without your agreement.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Keep it clean", "Swearing", "English or Māori?", "Write clearly"),
        (
            "No swearing, including words disguised with asterisks.",
            "{Cs} in English or Cook Islands Māori are equally welcome.",
            "Please don't write in capital letters, as it reads as shouting.",
            "Keep it family-friendly: this page is read in schools and by our youngest members.",
            "Text-speak and long strings of emoji make a {c} hard to read, so please write in full.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break these rules?",
            "Three strikes",
            "Suspensions",
        ),
        (
            "A first breach will usually earn a warning from the {mods}.",
            "Repeated or serious breaches lead to a suspension or a permanent ban.",
            "Anyone banned who rejoins under another name will be removed again without notice.",
            "Members may appeal against a ban in writing to the committee within fourteen days.",
            "Breaches at club sessions are also dealt with under the club's code of conduct.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Should I change my dose?",
            "Safety first",
            "Look after yourself",
        ),
        (
            "Members share their own experience, not medical advice: always speak to your GP or endocrinologist "
            "before changing your treatment.",
            "Never tell another member to stop taking or change their medication.",
            "If you feel seriously unwell, call your doctor or the emergency services rather than posting here.",
            "Advice about the sea, the cliffs and the tides should always be checked with the coastguard.",
            "Information shared here is general and may not apply to your own circumstances.",
        ),
    ),
)

#: The site's word for what readers send, when it is not "comment": (singular, plural).
WORDS_231 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

#: How a site names itself (``{we}``) and the people who moderate it (``{mods}``, a plural).
SITES_231 = (
    ("the paper", "editors"),
    ("the newsroom", "moderators"),
    ("the club", "committee members"),
    ("the society", "moderators"),
    ("the forum", "admins"),
    ("the forum", "volunteer moderators"),
    ("the Union", "student officers"),
    ("the Trust", "trustees"),
)

POLICY_INTROS_231 = (
    "Kia orana, and welcome. Please read these guidelines before you send a {c}.",
    "Kia orana! We love hearing from readers right across the Pa Enua, so please keep these rules in mind.",
    "This board belongs to its members, and these rules help to keep it a friendly place.",
    "By posting on this forum you agree to the house rules below.",
    "We welcome {cs} from everyone who cares about the priory. A few simple rules apply.",
    "Howdy, and thanks for joining the conversation. Here are the ground rules.",
    "Before you send a {c}, please take a minute to read the following.",
    "We want this to be a safe, supportive space for everyone living with a thyroid condition.",
)

POLICY_CLOSINGS_231 = (
    "Thank you for helping to keep this a welcoming place. Meitaki maata!",
    "Questions about these rules can be sent to the {mods} through the contact page.",
    "These rules were agreed by the committee and are reviewed every year at the AGM.",
    "Thanks, y'all, for keeping it friendly.",
    "Breaking these rules may mean your {cs} are removed or your account is suspended.",
    "Happy posting, and see you on court!",
    "By sending a {c} you confirm that you have read and accepted these guidelines.",
)

POLICY_TITLES_231 = (
    "Posting guidelines",
    "House rules",
    "Community guidelines",
    "Forum rules",
    "Rules of the board",
    "{C} policy",
    "Before you post",
    "Code of conduct for online {cs}",
    "Guidelines for {cs}",
    "Reader {cs}: our rules",
    "Message board etiquette",
)

AMERICAN_231 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "recognised": "recognized",
}

_SMALL_231 = {"a", "an", "and", "or", "of", "the", "to", "in", "on", "for", "by", "at", "with"}

_ROMAN_231 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: The emoji a forum prints before a kind's heading, in the table's order.
_EMOJI_231 = ("🤝", "🚫", "🔒", "🛡️", "⏳", "🎯", "📢", "👤", "⚖️", "©️", "🚩", "✏️", "📰", "🗣️", "⚠️", "🩺")

#: Marker shapes a site prints before its items, "none" the most common.
_SHAPES_231 = (
    "none",
    "none",
    "none",
    "1.",
    "1.",
    "1)",
    "1 -",
    "#1",
    "No. 1",
    "Section 1.",
    "a.",
    "(a)",
    "i)",
    "I.",
    "•",
    "•",
    "–",
    "o",
    "✓",
    "■",
    "→",
    ">",
)


def _fill_231(text: str, word: tuple[str, str], site: tuple[str, str]) -> str:
    c, cs = word
    we, mods = site
    text = text.replace("{Cs}", cs.capitalize()).replace("{C}", c.capitalize())
    text = text.replace("{cs}", cs).replace("{c}", c)
    if text.startswith("{we}"):
        text = we[0].upper() + we[1:] + text[4:]
    return text.replace("{we}", we).replace("{mods}", mods)


def _title_case_231(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if i and w.lower() in _SMALL_231 else (w[0].upper() + w[1:] if w else w) for i, w in enumerate(words)
    )


def _marker_231(shape: str, n: int) -> str:
    """The marker of the ``n``-th item (from 0) in a site's ``shape``, with its trailing space; "" for none."""
    letter = "abcdefghijklmnop"[n]
    if shape in ("•", "–", "o", "✓", "■", "→", ">"):
        return shape + " "
    return {
        "none": "",
        "1.": f"{n + 1}. ",
        "1)": f"{n + 1}) ",
        "1 -": f"{n + 1} - ",
        "#1": f"#{n + 1} ",
        "No. 1": f"No. {n + 1} ",
        "Section 1.": f"Section {n + 1}. ",
        "a.": f"{letter}. ",
        "(a)": f"({letter}) ",
        "i)": f"{_ROMAN_231[n]}) ",
        "I.": f"{_ROMAN_231[n].upper()}. ",
    }[shape]


def _items_231(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-231 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Per site: its word for what readers send (a quarter of sites never say "comment", nor do their title, opening or
    closing lines), how it names itself and its moderators; two to five items (0.3) or six to sixteen, in the
    table's order (0.55) or drawn; one to three of a kind's sentences an item (up to the site's own most, in the
    table's order); a heading case (sentence, title or capitals), headings left out (0.12), printed as their own
    part (with a stop, a colon or nothing after them) or run in before a colon, stop or dash; a marker shape or none;
    and printings of its own, drawn per site: a numbered site's sentences numbered under their item's number, 2.1,
    2.2 (0.3 of numbered sites with headings on their own part), sentences printed as dashed points under their
    heading (0.1), headings left in the forum's bold asterisks (0.08), an emoji before each heading (0.08), the whole
    item run into one part (0.1), an adopted or reviewed line at the foot (0.12). The title, opening and closing
    lines by ``_furnish``."""
    says = rng.random() >= 0.25
    word = ("comment", "comments") if says else rng.choice(WORDS_231)
    site = rng.choice(SITES_231)
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, 16)
    if rng.random() < 0.55:
        chosen = sorted(rng.sample(range(len(REWORDINGS_231)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_231)), count)
    most = rng.choice((1, 2, 2, 3))  # the most sentences this site prints under a heading
    case = rng.choice(("sentence", "sentence", "title", "title", "upper"))
    bare = rng.random() < 0.12  # no headings at all
    placing = rng.choice(("own", "own", "own", ":", ":", ".", " –", " -"))
    stop = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    shape = rng.choice(_SHAPES_231)
    numbered = shape in ("1.", "1)", "Section 1.")
    decimal = numbered and placing == "own" and not bare and rng.random() < 0.3
    dashed = not decimal and placing == "own" and rng.random() < 0.1
    bold = rng.random() < 0.08
    emoji = rng.random() < 0.08
    run_whole = not decimal and not dashed and rng.random() < 0.1
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_231[kind]
        heading = "" if bare else _fill_231(rng.choice(headings), word, site)
        question = heading.endswith("?")
        if heading:
            if case == "title":
                heading = _title_case_231(heading)
            elif case == "upper":
                heading = heading.upper()
            if bold:
                heading = f"**{heading}**"
            if emoji:
                heading = f"{_EMOJI_231[kind]} {heading}"
        picks = sorted(rng.sample(range(5), rng.randint(1, most)))
        said = [_fill_231(sentences[i], word, site) for i in picks]
        marker = _marker_231(shape, n)
        if not heading:
            parts = ["", marker + said[0], *said[1:]]
        elif run_whole or placing != "own":
            sep = placing if placing != "own" else "."
            if question:
                sep = ""
            first = f"{marker}{heading}{sep} {said[0]}"
            parts = ["", " ".join([first, *said[1:]])] if run_whole else ["", first, *said[1:]]
        else:
            end = "" if question else stop
            if decimal:
                said = [f"{n + 1}.{i + 1} {sentence}" for i, sentence in enumerate(said)]
            elif dashed:
                said = [f"– {sentence}" for sentence in said]
            parts = [marker + heading + end, *said]
        items.append(tuple(parts))
    if rng.random() < 0.12:
        month = rng.choice(("January", "February", "April", "May", "July", "September", "November"))
        year = rng.randint(2015, 2025)
        foot = rng.choice(
            (
                f"Adopted by the committee, {rng.randint(1, 28)} {month} {year}.",
                f"Reviewed {month} {year}.",
                f"Last reviewed: {month} {year}",
                f"(Rules revised {month} {year})",
            )
        )
        items.append(("", foot))
    fill = [
        [_fill_231(text, word, site) for text in table]
        for table in (POLICY_INTROS_231, POLICY_CLOSINGS_231, POLICY_TITLES_231)
    ]
    if not says:
        fill = [[text for text in table if not _says_comment(text)] for table in fill]
    intros, closings, titles = fill
    return _furnish(items, rng, intros, closings, titles, AMERICAN_231)
