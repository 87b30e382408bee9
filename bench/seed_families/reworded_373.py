"""The ``reworded-373`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Bressay and Noss bulletins, Askrigg and Bainbridge papers, Mosquero and Folsom weeklies, quadball and
bar billiards clubs, pewter and mosaic guilds, Krabbe disease and Moebius syndrome forums, bog snorkelling and cheese
rolling committees, and litter pick volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_373: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Courtesy",
            "How should I treat other posters?",
            "Play the ball, not the player",
            "Personal attacks",
        ),
        (
            "Please be kind to each other, even when you disagree strongly.",
            "Criticise the argument if you must, but never the person making it.",
            "{Cs} that insult, belittle or goad other readers will be removed by {mods}.",
            "Members may disagree about the best cue action in bar billiards or the fairest line down the hill, "
            "but they do so politely.",
            "Treat everyone here as you would a neighbour at the Bainbridge village hall.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "Is hateful content allowed?",
            "Hatred and prejudice",
            "Don't target groups of people",
        ),
        (
            "We do not allow racism, sexism, homophobia, transphobia or any other form of bigotry.",
            "{Cs} attacking people for their race, religion, disability, sex, sexuality or age are deleted without "
            "warning.",
            "Mocking anyone's disability, including the facial differences that come with Moebius syndrome, will "
            "get you removed from the forum at once.",
            "You must not stir up hatred against any group, here or on our social pages.",
            "{mods} will pass threats and incitement to the police where the law requires it.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal details",
            "Can I share someone's address?",
            "Keep private information private",
            "Personal information",
        ),
        (
            "Never post anyone's phone number, email or home address, including your own.",
            "Please do not name pupils, patients or volunteers who have not agreed to be named.",
            "Photographs from litter picks must not show faces or number plates without consent.",
            "{Cs} that reveal private medical details about another family will be taken down.",
            "If you share your child's diagnosis, remember that this board can be read by anyone.",
        ),
    ),
    (  # safeguarding of children
        (
            "Children and young people",
            "Safeguarding",
            "Protect children",
            "Who can join?",
            "Under-18s",
        ),
        (
            "You must be 16 or over to register and post on this site.",
            "Do not identify any child involved in a court case, a care matter or a school incident.",
            "Quadball juniors' names and photos appear only with written permission from a parent or guardian.",
            "Any {c} that could put a young person at risk is passed to our safeguarding officer.",
            "Adults may not invite children to private chats or ask for their contact details.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Be patient",
            "When will my {c} be published?",
        ),
        (
            "All {cs} are read by {mods} before they go live.",
            "Your {c} may take up to 24 hours to appear, longer at weekends and on bank holidays.",
            "The Bressay bulletin is put together by volunteers, so please bear with us.",
            "{Cs} sent in after 6pm are usually checked the following morning.",
            "Please don't send the same thing twice if it doesn't show at once; it is waiting in the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic threads",
            "What should I write about?",
            "Stick to the subject",
        ),
        (
            "Please keep your {cs} relevant to the article or thread you are replying to.",
            "A story about the Folsom school board is not the place to argue about national politics.",
            "Off-topic {cs} may be moved to the general noticeboard or removed.",
            "Pewter casting questions belong in the workshop section, not under the meeting minutes.",
            "Threads that drift too far will be closed by {mods}.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Can I promote my business?",
            "Self-promotion",
            "Links and adverts",
            "Don't sell here",
        ),
        (
            "Advertising, chain messages and pyramid schemes are not allowed.",
            "{Cs} containing affiliate links or repeated links to the same website are treated as spam.",
            "If you want to advertise in the Askrigg paper, please contact our advertising desk instead.",
            "Members may mention their own mosaic workshops once, on the events board, and nowhere else.",
            "Spam accounts are deleted and their IP addresses blocked.",
        ),
    ),
    (  # names and accounts
        (
            "Your username",
            "Names and accounts",
            "One account each",
            "Can I post anonymously?",
            "Don't impersonate others",
        ),
        (
            "Please use your real name and village when writing to the editor.",
            "Each member may hold one account; duplicate accounts will be merged or closed.",
            "Usernames must not be offensive or pretend to be someone else, including guild officers.",
            "You are responsible for everything sent from your account, so keep your password safe.",
            "{mods} may change an unsuitable username without asking first.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and contempt",
            "Legal matters",
            "Could my {c} break the law?",
            "Don't prejudice court cases",
            "Defamation",
        ),
        (
            "You must not post anything defamatory, meaning untrue statements that damage someone's reputation.",
            "When someone has been charged, say nothing about their guilt or innocence until the case is over.",
            "{Cs} on court reports are often closed for legal reasons; this is not censorship.",
            "Please don't repeat rumours about named people, even if everyone in Noss already knows them.",
            "You are legally responsible for what you write, and we may have to give your details to the police "
            "or a court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I post photos I found online?",
            "Respect copyright",
            "Credit your sources",
        ),
        (
            "Only post photographs, text or designs that you own or have permission to use.",
            "Quote a few lines and link to the source rather than pasting whole articles.",
            "Mosaic and pewter designs are members' own work; do not copy or sell them without permission.",
            "{Cs} that breach copyright are removed when the owner complains.",
            "By posting, you let us publish your {c} in print as well as online.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "How do I report a problem?",
            "Report, don't reply",
            "Flag it",
            "Tell us",
        ),
        (
            "If you see something that breaks these rules, use the report button beside it.",
            "Please report problem {cs} rather than answering them.",
            "You can also email the editor, giving a link to the {c} and the reason for your concern.",
            "Reports are confidential; the member concerned is never told who flagged them.",
            "{mods} look at every report, usually within a day.",
        ),
    ),
    (  # the site's discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "Who decides?",
            "The moderators' judgement",
            "Our right to edit",
        ),
        (
            "We reserve the right to edit, shorten or remove any {c} without explanation.",
            "The decision of {mods} is final, and we won't enter into correspondence about it.",
            "Publishing a {c} does not mean the club agrees with it.",
            "These rules are a guide, not a contract; common sense will always apply.",
            "We may close a thread at any time, for example when a story becomes legally sensitive.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Tell the newsdesk",
        ),
        (
            "If we've got something wrong, please email the editor rather than pointing it out underneath.",
            "Factual errors are put right in print in the next issue and online as soon as possible.",
            "Got a tip about something happening in Mosquero? Send it to the newsroom.",
            "Results from bog snorkelling heats and quadball fixtures are welcome by email each Monday.",
            "{Cs} pointing out typos may not be published once the error has been fixed.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Is swearing allowed?",
            "Write clearly",
        ),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please avoid typing in capitals, which reads as shouting.",
            "{Cs} in English or Spanish are welcome, but please keep to one language per {c}.",
            "Keep {cs} short; anything over 300 words may be trimmed.",
            "Mild language is fine in the clubhouse, but not here.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspensions",
        ),
        (
            "Members who break these rules will normally get a warning first.",
            "A second breach may lead to a suspension of seven days.",
            "Serious or repeated breaches result in a permanent ban, without further warning.",
            "{mods} may put an account on pre-moderation instead of banning it.",
            "Anyone banned who returns under a new name will be removed again.",
        ),
    ),
    (  # medical advice (the forums' own)
        (
            "Medical advice",
            "We are not doctors",
            "Can I ask for medical advice?",
            "Health information",
            "Treatments and trials",
        ),
        (
            "Nothing on this forum replaces advice from your own doctor, specialist or care team.",
            "Please share experiences, not diagnoses, and say when something is only your opinion.",
            "{Cs} promoting miracle cures for Krabbe disease will be removed.",
            "Members may discuss clinical trials, but must link to a reputable source.",
            "If a child is unwell, call your doctor or the emergency services before posting here.",
        ),
    ),
    (  # safety at events (the committees' and volunteers' own)
        (
            "Safety",
            "Stay safe",
            "Events and safety",
            "Is it safe to take part?",
            "Don't encourage risks",
        ),
        (
            "Do not post instructions for unofficial cheese rolling runs or encourage others to join them.",
            "Litter pickers must wear gloves and never pick up needles; report them to the council instead.",
            "{Cs} urging people to swim in the bog outside official events will be removed.",
            "Please check the committee's safety notes before travelling to any event.",
            "No photos of injuries on the events page.",
        ),
    ),
    (  # buying and selling (the guilds' and clubs' own)
        (
            "Buying and selling",
            "Sales and valuations",
            "Can I sell items here?",
            "Trading between members",
            "No valuations",
        ),
        (
            "Members may list pewter, tesserae or tools for sale in the marketplace thread only.",
            "We can't value antiques, so please don't ask for valuations in the open forum.",
            "Any deal is between buyer and seller; the guild accepts no responsibility.",
            "Listings must include a price and say whether postage is extra.",
            "Second-hand bar billiards tables and cues go in the Friday swap thread.",
        ),
    ),
)

POLICY_INTROS_373: tuple[str, ...] = (
    "Our {cs} are a place to share news and views; please read these rules before you take part.",
    "These guidelines apply to every {c} on the site, its forums and our social pages.",
    "We welcome {cs} from readers in Askrigg, Bainbridge and beyond.",
    "By posting, you agree to the following rules.",
    "Thank you for taking part. To keep things friendly, we ask everyone to follow a few rules.",
)
POLICY_CLOSINGS_373: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may change; the latest version is always on this page.",
    "Any questions? Write to {mods} through the contact page.",
    "Happy posting!",
    "We reserve the right to update these guidelines at any time.",
)
POLICY_TITLES_373: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "{C} policy",
    "Posting rules",
    "Forum rules",
    "Rules for {cs}",
    "Guidelines for {cs}",
    "Noticeboard terms",
    "Our {c} rules",
)
AMERICAN_373: dict[str, str] = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "rumours": "rumors",
    "judgement": "judgment",
    "snorkelling": "snorkeling",
    "travelling": "traveling",
    "adverts": "ads",
}

_WORDS_373: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)
_MODS_373: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the bulletin team",
    "the forum team",
    "the admins",
    "our volunteer moderators",
    "the club secretary",
    "the guild council",
    "the newsdesk",
)
_SMALL_373 = frozenset({"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "not", "by", "at"})
_STYLES_373: tuple[str, ...] = (
    "none",
    "none",
    "num",
    "paren",
    "letter",
    "roman",
    "ROMAN",
    "bullet",
    "star",
    "dash",
    "hyphen",
    "rule",
    "section",
    "sign",
)
_SECTIONS_373: tuple[str, ...] = (
    "Section {n}: {Cs} and forums",
    "Part {n} \u2013 Taking part online",
    "{n}. Rules for {cs}",
    "Terms of use, section {n}",
)
_UPDATED_373: tuple[str, ...] = (
    "Last updated: {d} {m} 2026",
    "Last updated {d} {m} 2026.",
    "These rules were last reviewed on {d} {m} 2026.",
    "Updated {m} 2026",
)
_MONTHS_373: tuple[str, ...] = ("January", "March", "May", "June", "September", "October", "November")
_SIGNOFFS_373: tuple[str, ...] = (
    "\u2013 The committee",
    "The Editor",
    "Thanks, {mods}",
    "The Bressay Bulletin team",
    "Mosquero Weekly staff",
    "Issued by the guild council",
)


def _cap_373(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_373(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if (i and w.lower() in _SMALL_373) else _cap_373(w) for i, w in enumerate(words))


def _roman_373(n: int) -> str:
    out = ""
    for value, sign in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sign
            n -= value
    return out


def _marker_373(style: str, k: int, section: int) -> str:
    n = k + 1
    markers = {
        "num": f"{n}. ",
        "paren": f"{n}) ",
        "letter": f"({chr(96 + n)}) ",
        "roman": f"{_roman_373(n)}. ",
        "ROMAN": f"{_roman_373(n).upper()}. ",
        "bullet": "\u2022 ",
        "star": "* ",
        "dash": "\u2013 ",
        "hyphen": "- ",
        "rule": f"Rule {n}: ",
        "section": f"{section}.{n} ",
        "sign": f"\u00a7 {n} ",
    }
    return markers[style]


def _items_373(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only: its word and moderators, which kinds and in what order,
    the sentences of each, how headings are cased and placed, the list markers and some habits of its own; then the
    opening, closing and title lines by ``_furnish``."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_373)
    mods = rng.choice(_MODS_373)
    words = {"c": c, "cs": cs, "C": _cap_373(c), "Cs": _cap_373(cs), "mods": mods}

    def fill(text: str) -> str:
        return _cap_373(text.format(**words))

    count = rng.randint(2, 16)
    kinds = rng.sample(range(len(REWORDINGS_373)), count)
    if rng.random() < 0.55:
        kinds.sort()
    most = rng.choice((1, 2, 2, 3))
    case = rng.choice(("sentence", "sentence", "title", "capitals", "none"))
    placement = rng.choice(("bare", "stop", "colon", "bare", "run-colon", "run-stop", "run-dash"))
    style = rng.choice(_STYLES_373)
    section = rng.randint(2, 9)
    dash = rng.choice((" \u2013 ", " - ", " \u2014 "))
    emphasis = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for k, kind in enumerate(kinds):
        headings, sentences = REWORDINGS_373[kind]
        chosen = [fill(s) for s in rng.sample(sentences, rng.randint(1, most))]
        heading = ""
        if case != "none":
            heading = fill(rng.choice(headings))
            if case == "title":
                heading = _title_373(heading)
            elif case == "capitals":
                heading = heading.upper()
            question = heading.endswith("?")
            if placement.startswith("run"):
                if question or placement == "run-stop":
                    lead = heading if question else heading + "."
                    lead = f"**{lead}**" if emphasis else lead
                    chosen[0] = f"{lead} {chosen[0]}"
                else:
                    lead = f"**{heading}**" if emphasis else heading
                    joiner = ": " if placement == "run-colon" else dash
                    chosen[0] = lead + joiner + chosen[0]
                heading = ""
            else:
                if not question and placement != "bare":
                    heading += "." if placement == "stop" else ":"
                heading = f"**{heading}**" if emphasis else heading
        if style != "none":
            marker = _marker_373(style, k, section)
            if heading:
                heading = marker + heading
            else:
                chosen[0] = marker + chosen[0]
        items.append((heading, *chosen))

    if rng.random() < 0.2:
        run_in = case != "none" and placement.startswith("run")
        spots: list[tuple[int, int, int]] = []
        for i, item in enumerate(items):
            for j in range(1, len(item)):
                skip = len(_marker_373(style, i, section)) if style != "none" and j == 1 and not item[0] else 0
                if not item[j][skip:].startswith("Please") and not (j == 1 and run_in):
                    spots.append((i, j, skip))
        if spots:
            i, j, skip = rng.choice(spots)
            parts = list(items[i])
            lead = "**Please note:**" if emphasis else "Please note:"
            parts[j] = parts[j][:skip] + lead + " " + parts[j][skip:]
            items[i] = tuple(parts)
    if rng.random() < 0.15:
        items.insert(0, (fill(rng.choice(_SECTIONS_373).replace("{n}", str(section))), ""))
    if rng.random() < 0.2:
        month = rng.choice(_MONTHS_373)
        updated = rng.choice(_UPDATED_373).replace("{d}", str(rng.randint(1, 28))).replace("{m}", month)
        if rng.random() < 0.5:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.15:
        items.append(("", fill(rng.choice(_SIGNOFFS_373))))

    intros = [fill(s) for s in POLICY_INTROS_373]
    closings = [fill(s) for s in POLICY_CLOSINGS_373]
    titles = [fill(s) for s in POLICY_TITLES_373]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_373)
