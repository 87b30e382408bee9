"""The ``reworded-377`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Linga and Samphrey bulletins, Lofthouse and Middlesmoor papers, Hillsboro and Hachita weeklies,
mounted games and tent pegging clubs, chandlers' and tinsmiths' guilds, Pitt-Hopkins and Costello syndrome forums, tar
barrel and bottle kicking committees, and dew pond restoration volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_377: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Keep it neighbourly",
            "Courtesy",
            "How should I treat other members?",
            "Respect",
            "Play the ball",
        ),
        (
            "Please be courteous, even when you disagree strongly with another member.",
            "Attack the argument, never the person who made it.",
            "Personal abuse, name-calling and goading of other members are not tolerated here.",
            "This is a small place and most of us will meet at the show field, so write as you would speak there.",
            "Members may disagree about the hall roof or the bypass, but they may not insult one another.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate", "Discrimination", "Hateful content", "Treat everyone equally", "Is anything off limits?"),
        (
            "{Cs} that attack people for their race, religion, disability, sex, sexuality or age are removed.",
            "We do not publish hate speech in any form, including jokes and coded language.",
            "Please do not mock anyone's disability, appearance or accent, incomers and islanders alike.",
            "Remarks about families or children living with a rare syndrome are taken seriously and removed at once.",
            "Stirring up hostility against any group will end your membership.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Personal information",
            "Can I share contact details?",
            "Others' privacy",
        ),
        (
            "Do not post anyone's address, telephone number or email address, including your own.",
            "Please keep private messages private and do not paste them into a public {c}.",
            "{Cs} that reveal where a rider stables a horse or keeps tack will be edited.",
            "Members may share their own story, but not another family's diagnosis without their consent.",
            "{Mods} will remove car registrations, house names and similar details without notice.",
        ),
    ),
    (  # safeguarding of children
        ("Safeguarding", "Children and young people", "Protecting children", "Photos of children?", "Young riders"),
        (
            "Never name or identify a child other than your own.",
            "Photographs of junior riders may only be posted with a parent's written permission.",
            "Please do not share a child's school, full name or medical records in any {c}.",
            "Concerns about a child's welfare should go to the club's safeguarding officer, not onto the board.",
            "Any {c} that puts a young person at risk is removed and may be passed to the police.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Waiting for approval", "Be patient"),
        (
            "All {cs} are read by {mods} before they appear, which can take a day or two.",
            "The bulletin is run by volunteers, so please allow time for approval.",
            "Your first few {cs} are held for checking; after that they usually go straight up.",
            "{Cs} sent after Friday noon may not appear until Monday, when the office reopens.",
            "Please do not send the same {c} twice if it does not show straight away.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posting", "What can I write about?"),
        (
            "Please keep {cs} relevant to the story or thread they sit under.",
            "Off-topic {cs} are moved or removed.",
            "This board is for tent pegging and mounted games; general horse chat belongs in the Tack Room.",
            "Start a new thread rather than taking over somebody else's.",
            "Discussion of dew ponds, clay puddling and the Saturday working parties is welcome; party politics is not.",
        ),
    ),
    (  # advertising and spam
        ("No spam", "Advertising", "Selling and promotion", "Can I advertise?", "Commercial posts"),
        (
            "Advertising is not allowed in {cs}; please use the classifieds instead.",
            "Repeated links, chain letters and promotional {cs} will be deleted as spam.",
            "Guild members may mention their own workshop once in their profile, not in every {c}.",
            "Unsolicited offers of remedies, supplements or therapies are removed on sight.",
            "Please ask {mods} before posting about a raffle, sale or fundraiser.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Names", "Use your real name", "One account each", "Who can join?"),
        (
            "Please use your real name; anonymous {cs} are not published.",
            "Each member may hold one account only.",
            "Do not impersonate another person, a committee member or {mods}.",
            "Letters for print must carry a name and village, though an address is needed only for our records.",
            "You are responsible for everything posted under your login, so keep your password safe.",
        ),
    ),
    (  # the law
        ("The law", "Libel and contempt", "Legal matters", "Court cases", "Is it defamatory?", "Stay within the law"),
        (
            "Do not make allegations you cannot prove; you may be sued for libel and so may we.",
            "{Cs} on cases before the courts are closed until the case is over.",
            "Please do not name anyone charged with an offence or speculate about their guilt.",
            "Anything that breaks the law, or encourages others to, will be removed.",
            "We are legally responsible for what appears here and will take down anything that worries us.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Pictures and quotes", "Can I post photos?", "Credit your sources"),
        (
            "Only post pictures and writing that you own or have permission to use.",
            "Please quote a short extract and link to the source rather than pasting a whole article.",
            "Patterns and drawings shared by guild members remain the property of their makers.",
            "By sending a {c} you allow us to publish it in print and online.",
            "Material copied from other papers will be taken down.",
        ),
    ),
    (  # reporting a post
        ("Reporting", "Report a problem", "Seen something wrong?", "How do I report a {c}?", "Flag it"),
        (
            "If you see a {c} that breaks these rules, please use the report link beneath it.",
            "Reports go straight to {mods} and are dealt with as soon as possible.",
            "Please report rather than reply; arguing back only feeds the trouble.",
            "You can also email the editor, giving the page and the time of the {c}.",
            "Members who report in good faith are never named to the person reported.",
        ),
    ),
    (  # the site's discretion
        ("Our discretion", "Final say", "Editing and removal", "The editor's decision", "Who decides?"),
        (
            "The editor's decision on publication is final.",
            "We reserve the right to edit, shorten or refuse any {c} without giving a reason.",
            "{Mods} may close a thread at any time.",
            "Publication does not mean the committee agrees with what is said.",
            "These rules may change, and the latest version always applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Tell us", "News tips", "Spotted a mistake?"),
        (
            "If we have got something wrong, please tell the news desk rather than posting about it.",
            "Send news tips, results and photographs to the editor by Tuesday for Thursday's paper.",
            "Corrections are printed on page two as soon as possible.",
            "Please send gymkhana and tent pegging results to the club secretary, who passes them on.",
            "Errors in a story are corrected openly; we do not quietly change what we printed.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "Plain English please", "Keep it clean"),
        (
            "No swearing, including swearing with letters replaced by stars.",
            "Please write in English so that everyone can follow, though dialect words are very welcome.",
            "Avoid writing in capitals; it reads as shouting.",
            "Crude or sexual language is removed.",
            "Keep {cs} short and readable, ideally under three hundred words.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspension"),
        (
            "Members who break these rules will be warned first.",
            "A second breach means a suspension; a third means a permanent ban.",
            "{Mods} may ban an account straight away for serious abuse.",
            "Banned members who return under a new name will be removed again.",
            "You may appeal a ban by writing to the chair of the committee.",
        ),
    ),
    (  # medical advice (syndrome forums)
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Treatments",
            "Can I give advice?",
        ),
        (
            "Nothing on this forum replaces advice from your child's own doctors or geneticist.",
            "Please share experiences, not instructions, when it comes to medicines and doses.",
            "{Cs} promoting cures for Pitt-Hopkins or Costello syndrome are removed.",
            "Members may describe what worked for their family, saying clearly that it is their own experience.",
            "In an emergency, call your doctor or emergency services, not the forum.",
        ),
    ),
    (  # events, safety and land
        ("Events and safety", "Event information", "Access and landowners", "On the day", "Is the event on?"),
        (
            "Only the committee announces route, times and cancellations for the tar barrels.",
            "Please do not post rumours about the bottle kicking being called off.",
            "Respect landowners: do not share directions to ponds on private farmland.",
            "Work party dates are confirmed by the coordinator; other {cs} about them are unofficial.",
            "Spectators' safety is the marshals' call, and their instructions are final.",
        ),
    ),
    (  # photographs and images
        ("Photographs", "Images", "Sharing pictures", "What photos can I post?", "Pictures"),
        (
            "Please keep photos to a sensible size and no more than six in one {c}.",
            "Do not post pictures of injured horses or riders.",
            "Photos of finished tinware and rigging are welcome, with the maker's name.",
            "Ask before posting a picture in which other people can be recognised.",
            "Images that break any of these rules are removed along with the {c}.",
        ),
    ),
)

POLICY_INTROS_377: tuple[str, ...] = (
    "Please read these rules before sending a {c}.",
    "We welcome {cs} from readers and members, on the following terms.",
    "This board is run by volunteers, and these few rules keep it friendly.",
    "By posting here you agree to the rules below.",
    "The committee asks everyone taking part to follow these guidelines.",
    "Our readers' {cs} are part of the paper, so we hold them to the same standards.",
)
POLICY_CLOSINGS_377: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules? Contact {mods}.",
    "Thanks for reading, and happy posting.",
    "These rules were agreed by the committee and may be revised.",
    "If in doubt, leave it out.",
    "We are grateful to everyone who takes part.",
)
POLICY_TITLES_377: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting rules",
    "Noticeboard terms",
    "{C} policy",
    "Guidelines for {cs}",
    "Rules of the board",
    "Readers' {cs}: our rules",
)
AMERICAN_377: dict[str, str] = {
    "neighbourly": "neighborly",
    "honour": "honor",
    "offence": "offense",
    "recognised": "recognized",
    "organise": "organize",
    "colour": "color",
    "behaviour": "behavior",
    "centre": "center",
    "programme": "program",
    "favour": "favor",
}

_WORDS_377: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("entry", "entries"),
)
_MODS_377: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editors",
    "the committee",
    "the forum team",
    "the news desk",
    "our volunteer moderators",
    "the guild secretary",
    "the admins",
    "the bulletin team",
    "the site team",
    "the board moderators",
)
_SMALL_377 = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "at", "not", "is"})
_ROMAN_377 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
_STYLES_377: tuple[str, ...] = (
    *("", "", "", "num", "num", "paren", "letter", "bletter", "roman", "Roman", "rule", "section", "sign"),
    *("bullet", "star", "dash", "hyphen"),
)
_SIGNOFFS_377: tuple[str, ...] = (
    "The Linga & Samphrey Bulletin",
    "Lofthouse & Middlesmoor News, editorial team",
    "The Hillsboro-Hachita Weekly",
    "The committee",
    "Club secretary",
    "The Guild of Chandlers and Tinsmiths",
    "Forum admins",
    "Dew Pond Volunteers",
)
_SECTIONS_377: tuple[str, ...] = (
    "Part 2: Reader {cs}",
    "Section 4 \u2013 Taking part online",
    "Appendix B. Rules for {cs}",
    "Members' area",
    "Part three \u2013 The noticeboard",
)
_UPDATED_377: tuple[str, ...] = (
    "Last updated: 14 March 2026",
    "Last updated 2 November 2025.",
    "Revised April 12, 2026",
    "Updated 09/2026",
    "(Rules last reviewed at the AGM, January 2026)",
)


def _fill_377(text: str, words: tuple[str, str], mods: str) -> str:
    c, cs = words
    text = text.replace("{Cs}", cs.capitalize()).replace("{cs}", cs)
    text = text.replace("{C}", c.capitalize()).replace("{c}", c)
    return text.replace("{Mods}", mods[:1].upper() + mods[1:]).replace("{mods}", mods)


def _title_377(text: str) -> str:
    out = []
    for n, word in enumerate(text.split(" ")):
        if n and word.lower() in _SMALL_377:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _marker_377(style: str, n: int) -> str:
    if style == "num":
        return f"{n}. "
    if style == "paren":
        return f"{n}) "
    if style == "letter":
        return f"{'abcdefghijklmnopqrstuvwxyz'[n - 1]}) "
    if style == "bletter":
        return f"({'abcdefghijklmnopqrstuvwxyz'[n - 1]}) "
    if style == "roman":
        return f"{_ROMAN_377[n - 1]}. "
    if style == "Roman":
        return f"{_ROMAN_377[n - 1].upper()}. "
    if style == "rule":
        return f"Rule {n}: "
    if style == "section":
        return f"4.{n} "
    if style == "sign":
        return f"\u00a7 {n} "
    if style == "bullet":
        return "\u2022 "
    if style == "star":
        return "* "
    if style == "dash":
        return "\u2013 "
    if style == "hyphen":
        return "- "
    return ""


def _items_377(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only: its word and moderators, which kinds and in what order,
    sentences, heading case and placement, list markers and its own habits; then ``_furnish``'s lines."""
    words = ("comment", "comments") if rng.random() < 0.75 else rng.choice(_WORDS_377)
    mods = rng.choice(_MODS_377)
    count = rng.randint(2, 16)
    picked = sorted(rng.sample(range(len(REWORDINGS_377)), count))
    if rng.random() < 0.4:
        rng.shuffle(picked)
    case = rng.choice(("none", "sentence", "sentence", "title", "title", "caps"))
    place = rng.choice(("bare", "stop", "colon", "colon", "run-colon", "run-stop", "run-dash"))
    style = rng.choice(_STYLES_377)
    emphasis = rng.random() < 0.15
    most = rng.choice((1, 2, 2, 3))
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_377[kind]
        chosen = [_fill_377(s, words, mods) for s in rng.sample(sentences, rng.randint(1, most))]
        mark = _marker_377(style, n)
        if case == "none":
            chosen[0] = mark + chosen[0]
            items.append(("", *chosen))
            continue
        heading = _fill_377(rng.choice(headings), words, mods)
        if case == "title":
            heading = _title_377(heading)
        elif case == "caps":
            heading = heading.upper()
        question = heading.endswith("?")
        if place.startswith("run"):
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": " \u2013 "}[place]
            joint = " " if question else joint
            head = heading + joint
            if emphasis:
                head = f"**{heading}{joint[0]}** " if joint in (": ", ". ") else f"**{heading}**{joint}"
            chosen[0] = mark + head + chosen[0]
            items.append(("", *chosen))
            continue
        if not question and place == "stop":
            heading += "."
        elif not question and place == "colon":
            heading += ":"
        if emphasis:
            heading = f"**{heading}**"
        items.append((mark + heading, *chosen))
    clean = (case == "none" and not style) or (case != "none" and not place.startswith("run"))
    if rng.random() < 0.12 and clean:
        n = rng.randrange(len(items))
        head, first, *rest = items[n]
        lead = rng.choice(("Please note: ", "Note: ", "NB: ", "Please note that "))
        if lead.endswith("that "):
            first = first[:1].lower() + first[1:]
        items[n] = (head, lead + first, *rest)
    if rng.random() < 0.08:
        n = rng.randrange(len(items))
        head, *body = items[n]
        items[n] = (head, *body[:-1], f"*{body[-1]}*")
    if rng.random() < 0.1:
        items.insert(0, (_fill_377(rng.choice(_SECTIONS_377), words, mods), ""))
    if rng.random() < 0.1:
        line = ("", rng.choice(_UPDATED_377))
        if rng.random() < 0.5:
            items.insert(0, line)
        else:
            items.append(line)
    if rng.random() < 0.1:
        items.append(("", rng.choice(("\u2013 ", "", "\u2014 ")) + rng.choice(_SIGNOFFS_377)))
    intros = [_fill_377(s, words, mods) for s in POLICY_INTROS_377]
    closings = [_fill_377(s, words, mods) for s in POLICY_CLOSINGS_377]
    titles = [_fill_377(s, words, mods) for s in POLICY_TITLES_377]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_377)
