"""The ``reworded-369`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Loch Lomond island bulletins (Inchmurrin, Inchcailloch), Yorkshire Dales papers (Crummackdale,
Ribblesdale), New Mexico weeklies (Dulce, Cuba), flyball and rabbit hopping clubs, candle making and leatherwork
guilds, Treacher Collins and Stickler syndrome forums, egg throwing and custard pie championship committees and seed
library volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_369: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "How should I treat other readers?",
            "Courtesy",
            "No personal attacks",
            "Play the ball, not the player",
        ),
        (
            "Please be courteous to other readers, even when you disagree strongly with them.",
            "Attack the argument, never the person.",
            "{Cs} that insult, belittle or goad other members will be removed by {mods} without notice.",
            "Our members range from nervous first-timers to seasoned team captains, so please give everyone the same "
            "patience you would hope for yourself at the start box on your very first race.",
            "Sarcasm reads harsher on a screen than it does across the village hall table.",
        ),
    ),
    (  # hatred and discrimination
        (
            "No hate speech",
            "Discrimination",
            "What counts as hateful?",
            "Respect for everyone",
            "Do not target groups",
            "Hatred and prejudice",
        ),
        (
            "We do not allow {cs} that attack people for their race, religion, sex, sexuality, disability, age or "
            "origin.",
            "Mocking anyone's face, voice or hearing is never acceptable here.",
            "Slurs are removed, even when quoted or disguised with asterisks.",
            "Many of our members live with a visible facial difference, so remarks about appearance are treated as "
            "harassment and {mods} will act on them at once.",
            "{Cs} that stir up hostility towards any tribe, faith, nationality or neighbouring community are deleted.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Can I share someone's address?",
            "Personal information",
            "Don't post private details",
            "Protecting privacy",
        ),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Photographs of people at shows, races or championships should only be shared with their permission.",
            "The forum can be read by anyone, so when you talk about a diagnosis share only what you are happy to "
            "make public.",
            "{Cs} that reveal private information about another person will be taken down.",
            "Please don't name children, neighbours or patients without their consent.",
        ),
    ),
    (  # safeguarding of children
        (
            "Children and young people",
            "Safeguarding",
            "Protecting young members",
            "Under 16?",
            "What if I am worried about a child?",
            "Junior members",
        ),
        (
            "Members under 16 must have a parent or guardian's permission to post.",
            "Never ask a young member to move a conversation to private messages, text or any other app.",
            "Photos of junior handlers are only posted by the club's welfare officer, and only with written consent "
            "from a parent.",
            "If something you read makes you worried about a child's safety, tell {mods} straight away or contact the "
            "police.",
            "Any {c} that sexualises or endangers a child is removed and reported to the authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Waiting for approval",
            "Be patient",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by {mods} before they appear, which can take up to 48 hours.",
            "The bulletin is put together by volunteers, so {cs} sent at the weekend may not appear until Monday.",
            "Please do not send the same {c} twice if it does not appear at once.",
            "{Cs} are checked in the order they arrive.",
            "On championship weekends everyone is out on the field, so approval by {mods} may be slower than usual.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic posting",
            "What belongs where?",
            "Relevance",
            "Stick to the subject",
        ),
        (
            "Keep your {c} relevant to the article or thread you are replying to.",
            "Questions about wax blends and wicks belong on the techniques board, not in the show results thread.",
            "Off-topic {cs} may be moved or removed by {mods}.",
            "Please use the general chat board for anything unrelated to the club.",
            "Long-running quarrels about the ferry, the quarry lorries or the parish council should not take over "
            "every story.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Can I promote my business?",
            "Self-promotion",
            "Links and adverts",
            "Don't spam",
        ),
        (
            "{Cs} that advertise products, services or events without permission will be removed.",
            "Do not post links to your own shop or channel without permission from {mods}.",
            "Repeated links, chain letters and get-rich-quick offers are treated as spam and the account is closed.",
            "Guild members who make leather goods for sale may mention them once a month in the Makers' Market thread.",
            "Please report spam rather than replying to it.",
        ),
    ),
    (  # names and accounts
        (
            "Your username",
            "Names and accounts",
            "One account each",
            "Do I have to use my real name?",
            "Don't impersonate others",
            "Registration",
        ),
        (
            "Please use your real name, or the name you are known by at the club.",
            "Each member may hold one account; duplicate accounts are closed without warning.",
            "Do not pretend to be another person, a judge, a committee member or a member of staff.",
            "Usernames that are offensive or that advertise a business will be changed by {mods}.",
            "{Cs} for print must include your full name and village, though we can withhold the name on request.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and contempt",
            "Legal matters",
            "Don't prejudice court cases",
            "Could my {c} be defamatory?",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you write, and defamatory {cs} can lead to legal action against you.",
            "Do not call anyone guilty of a crime before a court has decided.",
            "While a case is before the courts, {cs} on the story are closed to avoid contempt of court.",
            "Allegations about named people, businesses or council officers must be backed up by fact.",
            "{mods} will remove anything that we are advised may be unlawful.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect other people's work",
            "Can I post a pattern I found?",
            "Photos and text",
            "Give credit",
            "Sharing other people's material",
        ),
        (
            "Only post photographs, patterns or text that you own or have permission to share.",
            "Do not copy whole articles from other papers; link to them and quote a line or two.",
            "Tooling patterns and candle recipes sold by other makers are copyright and must not be uploaded here.",
            "By posting, you allow us to publish your {c} in print and online.",
            "Material posted in breach of copyright is removed as soon as the owner asks.",
        ),
    ),
    (  # reporting a post
        (
            "Reporting",
            "How do I report a {c}?",
            "Report it, don't reply",
            "Flag a problem",
            "Seen something wrong?",
            "Alerting the moderators",
        ),
        (
            "Use the Report link under any {c} that you think breaks these rules.",
            "Reports are anonymous, and every one is read by {mods}.",
            "Please don't argue with a troublemaker in public; report them and move on.",
            "You can also email the editor with the date and headline of the story.",
            "A report does not mean a {c} will be removed, only that it will be checked.",
        ),
    ),
    (  # the site's discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "Editorial discretion",
            "Who decides?",
            "The final say",
            "Our right to remove",
        ),
        (
            "We reserve the right to edit, shorten or reject any {c}.",
            "What is published is decided by {mods}, and that decision is final.",
            "These rules cannot cover every situation, so we may remove {cs} that keep to the letter of the rules but "
            "go against their spirit, and we will not always explain why.",
            "Publishing a {c} does not mean the committee agrees with it.",
            "We may close {cs} on any story at any time.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Tell us your news",
            "News tips",
            "Got a story?",
            "Putting things right",
        ),
        (
            "If we have got something wrong, email the editor rather than posting a correction underneath.",
            "We correct mistakes of fact as quickly as we can and note the change at the foot of the article.",
            "News from the loch, the ferry or the island hall is always welcome; send it by Thursday for the next "
            "bulletin.",
            "Tips about stories in Rio Arriba or Sandoval County can be sent to the newsroom in confidence.",
            "Results, photographs and reports from shows can go to the club secretary for the newsletter.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Is swearing allowed?",
            "Keep it clean",
            "Write clearly",
        ),
        (
            "Please do not swear, even with letters starred out.",
            "{Cs} written entirely in capitals are hard to read and may be removed.",
            "This is a family forum, and many of our readers are young.",
            "{Cs} in Spanish are welcome, though an English summary helps more neighbours join in.",
            "{mods} will edit out bad language or, if there is too much of it, reject the {c}.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Repeat offences",
        ),
        (
            "Members who break these rules will usually be warned first.",
            "A second breach leads to a suspension of up to thirty days, and a third to a permanent ban.",
            "Serious abuse, threats or spam result in an immediate ban.",
            "Banned members who come back under a new name will be removed again.",
            "If you think a warning was unfair, write to {mods} privately rather than raising it on the forum.",
        ),
    ),
    (  # medical advice (the syndrome forums)
        (
            "Medical advice",
            "We are not doctors",
            "Can I ask about treatment?",
            "Health information",
            "Talk to your specialist",
            "Sharing experiences",
        ),
        (
            "Nothing on this forum replaces advice from your own doctor, audiologist or craniofacial team.",
            "Sharing your experience of surgery, hearing aids or eye checks is welcome; telling others what they must "
            "do is not.",
            "{Cs} promoting miracle cures or unproven supplements are removed.",
            "Please say where information comes from when you post about research or clinical trials.",
            "If anyone is in danger, call the emergency services first.",
        ),
    ),
    (  # animal welfare (the flyball and rabbit hopping clubs)
        (
            "Animal welfare",
            "Dogs and rabbits first",
            "Training methods",
            "Welfare",
            "Is this kind to the animal?",
            "Caring for our animals",
        ),
        (
            "Our rule is simple: the dog's welfare comes before any race time.",
            "Do not recommend harsh training methods, shock collars or pushing a rabbit over jumps it refuses.",
            "Videos showing an animal in distress will be removed, and {mods} may contact the owner.",
            "Please ask before giving advice about someone else's dog or rabbit.",
            "Questions about injuries should go to a vet, not the forum.",
        ),
    ),
    (  # sales, swaps and seed sharing (the guilds and the seed library)
        (
            "Buying, selling and swapping",
            "Seed swaps",
            "Can I sell my work here?",
            "Trading rules",
            "The swap board",
            "For sale and wanted",
        ),
        (
            "Sales and swaps belong on the Marketplace board only.",
            "Seed offered through the library must be open-pollinated, correctly labelled and from this year's or "
            "last year's harvest.",
            "We are not responsible for any sale made between members.",
            "Do not offer seed of invasive plants or anything listed as a noxious weed.",
            "Guild members selling candles must follow the safety labelling rules and make no health claims for "
            "scented wax.",
        ),
    ),
    (  # results and disputes (the championship committees)
        (
            "Results and disputes",
            "Disputing a result",
            "Judges' decisions",
            "Can I challenge a score?",
            "Competition results",
            "Rivalry",
        ),
        (
            "The judges' decision on the day is final and is not reopened here.",
            "Please take complaints about scoring, splats or disqualifications to the organisers in writing, not to "
            "the forum.",
            "Friendly rivalry between teams is part of the fun, but {cs} questioning a judge's honesty will be removed.",
            "Official results are posted by the results secretary once they have been checked.",
            "Claims that a rival team threw hard-boiled eggs must be made to {mods}, who will look into them.",
        ),
    ),
)

POLICY_INTROS_369: tuple[str, ...] = (
    "We welcome {cs} from readers and want our pages to be a friendly place for debate.",
    "Please read these rules before you post.",
    "By sending a {c} you agree to the following.",
    "Our forum is run by volunteers who give their time for free. To keep it a happy place, we ask everyone to "
    "follow these guidelines.",
    "The club forum is for members, friends and anyone curious about the sport.",
    "These house rules apply to every {c} on the site, whichever section it appears in.",
)
POLICY_CLOSINGS_369: tuple[str, ...] = (
    "Thank you for helping to keep the forum friendly.",
    "Questions about these rules can be sent to {mods}.",
    "We may update these rules from time to time.",
    "Happy posting!",
    "Thanks for reading, and see you at the next meet.",
    "If in doubt, leave it out.",
)
POLICY_TITLES_369: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "{C} policy",
    "Forum rules",
    "Posting guidelines",
    "Our {c} rules",
    "Noticeboard terms",
    "Guidelines for {cs}",
    "Club forum etiquette",
)
AMERICAN_369: dict[str, str] = {
    "neighbour": "neighbor",
    "sexualises": "sexualizes",
    "labelled": "labeled",
    "labelling": "labeling",
    "offences": "offenses",
    "organisers": "organizers",
}

_WORDS_369: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
    ("submission", "submissions"),
)
_MODS_369: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the moderation team",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the bulletin editors",
    "the club secretary",
    "the admins",
    "the site team",
)
_SECTION_LINES_369: tuple[str, ...] = (
    "Section 4: Taking part online",
    "Part 2 – Using the {c} pages",
    "Reader {cs}",
    "Forum rules (section 3 of the club handbook)",
    "Guild noticeboard",
    "Appendix B: Online conduct",
)
_SIGN_OFFS_369: tuple[str, ...] = (
    "– The Editor",
    "The Committee",
    "— Seed library volunteers",
    "With thanks, the Guild committee",
    "The Ribblesdale Gazette editorial team",
    "Posted by the forum admins",
    "Inchmurrin Bulletin",
)
_MONTHS_369: tuple[str, ...] = (
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
_SMALL_369 = frozenset(
    ("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not")
)


def _fill_369(text: str, c: str, cs: str, mods: str) -> str:
    """``text`` with the site's word and moderators put in, its first letter capitalised."""
    out = text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize(), mods=mods)
    return out[:1].upper() + out[1:]


def _title_369(text: str) -> str:
    words = text.split(" ")
    return " ".join(w.lower() if i and w.lower() in _SMALL_369 else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _roman_369(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker_369(style: str, n: int, section: int) -> str:
    """The list marker of item ``n`` (from 1) in ``style``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_369(n)}.",
        "(i)": f"({_roman_369(n)})",
        "I.": f"{_roman_369(n).upper()}.",
        "bullet": "•",
        "star": "*",
        "dash": "-",
        "endash": "–",
        "rule": f"Rule {n}:",
        "rule-dash": f"Rule {n} –",
        "section": f"{section}.{n}",
        "section.": f"{section}.{n}.",
        "sign": f"§ {n}",
        "sign-tight": f"§{n}.",
    }[style]


def _date_369(rng: random.Random) -> str:
    year = rng.randint(2021, 2026)
    month = rng.randint(1, 11 if year == 2026 else 12)
    day = rng.randint(1, 28)
    return rng.choice(
        (
            f"{day} {_MONTHS_369[month - 1]} {year}",
            f"{_MONTHS_369[month - 1]} {day}, {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{_MONTHS_369[month - 1]} {year}",
        )
    )


def _items_369(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word and moderators, how many kinds and in
    what order, one to three sentences an item, heading case and placement, list markers and the sites' own habits
    (a section line, a last-updated line, a sign-off, a "Please note:" lead-in, emphasis marks); then the opening,
    closing and title lines by ``_furnish``."""
    # the site's word and who moderates
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(_WORDS_369)
    mods = rng.choice(_MODS_369)

    # how many kinds, their order, sentences an item
    count = rng.randint(2, 16)
    picked = rng.sample(range(len(REWORDINGS_369)), count)
    if rng.random() < 0.5:
        picked.sort()
    drawn: list[tuple[str, list[str]]] = []
    for index in picked:
        headings, sentences = REWORDINGS_369[index]
        k = rng.choices((1, 2, 3), weights=(0.45, 0.35, 0.2))[0]
        chosen = rng.sample(sentences, k)
        drawn.append((_fill_369(rng.choice(headings), c, cs, mods), [_fill_369(s, c, cs, mods) for s in chosen]))

    # heading case, or none; placement
    case = rng.choices(("none", "sentence", "title", "upper"), weights=(0.2, 0.4, 0.25, 0.15))[0]
    run_in = rng.random() < 0.35
    punct = rng.choice(("colon", "stop", "dash")) if run_in else rng.choice(("bare", "bare", "stop", "colon"))

    # list markers
    style = rng.choice(
        (
            "none",
            "none",
            "none",
            "1.",
            "1.",
            "1)",
            "(1)",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "bullet",
            "bullet",
            "star",
            "dash",
            "endash",
            "rule",
            "rule-dash",
            "section",
            "section.",
            "sign",
            "sign-tight",
        )
    )
    section = rng.randint(1, 9)

    # the sites' own habits
    section_line = rng.random() < 0.15
    updated = rng.random() < 0.2
    updated_at_top = rng.random() < 0.4
    sign_off = rng.random() < 0.2
    please_note = rng.random() < 0.2
    emphasis = rng.choice(("**", "*", "__")) if case != "none" and rng.random() < 0.15 else ""

    if please_note:
        _, sentences = rng.choice(drawn)
        j = rng.randrange(len(sentences))
        if not sentences[j].startswith("Please"):
            sentences[j] = "Please note: " + sentences[j]

    items: list[tuple[str, ...]] = []
    for n, (heading, sentences) in enumerate(drawn, start=1):
        marker = "" if style == "none" else _marker_369(style, n, section) + " "
        if case == "none":
            items.append(("", marker + sentences[0], *sentences[1:]))
            continue
        if case == "title":
            heading = _title_369(heading)
        elif case == "upper":
            heading = heading.upper()
        question = heading.endswith("?")
        if run_in:
            sep = {"colon": ": ", "stop": ". ", "dash": " – "}[punct]
            if question and punct != "dash":
                sep = " "
            if punct == "dash":  # emphasis closes before a dash, and around a colon or stop
                head = (emphasis + heading + emphasis if emphasis else heading) + sep.rstrip()
            else:
                head = heading + sep.rstrip()
                head = emphasis + head + emphasis if emphasis else head
            items.append(("", marker + head + " " + sentences[0], *sentences[1:]))
        else:
            end = {"bare": "", "stop": ".", "colon": ":"}[punct]
            head = heading + ("" if question else end)
            if emphasis:
                head = emphasis + head + emphasis
            items.append((marker + head, *sentences))

    if section_line:
        items.insert(0, (_fill_369(rng.choice(_SECTION_LINES_369), c, cs, mods), ""))
    if updated:
        line = rng.choice(("Last updated: ", "Updated ", "Rules last revised: ")) + _date_369(rng)
        if updated_at_top:
            items.insert(0, ("", line))
        else:
            items.append(("", line))
    if sign_off:
        items.append(("", rng.choice(_SIGN_OFFS_369)))

    intros = [_fill_369(s, c, cs, mods) for s in POLICY_INTROS_369]
    closings = [_fill_369(s, c, cs, mods) for s in POLICY_CLOSINGS_369]
    titles = [_fill_369(s, c, cs, mods) for s in POLICY_TITLES_369]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_369)
