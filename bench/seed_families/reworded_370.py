"""The ``reworded-370`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: island bulletins for Inchkenneth and Gometra, Dales papers for Colsterdale and Scargill, New Mexico
weeklies in Carrizozo and Capitan, stunt kite and kite flying clubs, knife making and net making guilds, Dravet
syndrome and Aicardi syndrome family forums, bed race and coffin race committees and footpath warden volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

REWORDINGS_370: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Treat others with respect",
            "How should I talk to other members?",
            "Keep it friendly",
            "Respect for one another",
        ),
        (
            "Please be kind to one another.",
            "Disagree with the argument, not the person making it.",
            "{Cs} that insult, belittle or goad other readers will be removed by {mods}.",
            "We are a small island and most of us will meet at the pier sooner or later, so write as you would speak.",
            "Members may argue hard about kite line weights and race routes, but personal attacks are not welcome.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Harassment and hatred", "What counts as hateful?", "Respect difference"),
        (
            "Racist, sexist, homophobic or otherwise hateful {cs} are deleted.",
            "Do not attack anyone for their race, religion, disability, gender, sexuality or age.",
            "Jokes at the expense of people with epilepsy or any disability have no place on this forum.",
            "{mods} will remove anything that stirs up hatred against a group, whoever it is aimed at.",
            "Ranch, village or incomer, everyone here gets the same respect.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal details",
            "Keep private things private",
            "Can I share someone's address?",
            "Personal information",
        ),
        (
            "Do not post anyone's phone number, address or email.",
            "Please do not share private messages without the sender's permission.",
            "{Cs} that identify a child, a patient or a landowner without their consent are removed.",
            "Think twice before naming a neighbour or posting a photo of their croft, yard or gate.",
            "Members may share their own child's diagnosis but should not share details of another family's.",
        ),
    ),
    (  # safeguarding of children
        (
            "Children and young people",
            "Safeguarding",
            "Protecting children",
            "Is the site open to under-16s?",
            "Young members",
        ),
        (
            "You must be 16 or over to post here.",
            "Photos of juniors at club fly-ins need a parent's permission before they are posted.",
            "Never ask a young member to move a conversation to private messages or another app.",
            "If you are worried about a child's safety, contact the police or {mods} straight away.",
            "Posts that sexualise or endanger children are removed and reported to the authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting times",
            "How moderation works",
            "Approval of {cs}",
        ),
        (
            "All {cs} are read before they go live.",
            "{mods} are volunteers, so it can take a day or two for your {c} to appear.",
            "The bulletin is put together on the ferry days, and {cs} are approved when the signal allows.",
            "Please do not send the same {c} twice if it does not show up at once.",
            "{Cs} sent at the weekend may not be checked until Monday morning.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic {cs}", "What can I post about?", "Relevance"),
        (
            "Keep to the subject of the article.",
            "{Cs} that drift away from the thread may be moved or removed.",
            "Parish politics belongs in the letters page, not under a report on the wardens' stile repairs.",
            "Please start a new thread rather than hijacking someone else's.",
            "Kite talk is welcome in the flying section; buy, sell and swap goes in the market board.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I promote my business?", "Commercial posts"),
        (
            "No spam.",
            "Do not use {cs} to advertise goods, services or websites.",
            "Links to shops, fundraisers or miracle cures will be deleted without notice.",
            "Members who join only to sell will be removed, however good the blades or nets on offer.",
            "Sponsors of the bed race may be thanked, but please leave the advertising to the programme.",
        ),
    ),
    (  # names and accounts
        ("Names and accounts", "Your username", "One account each", "Do I have to use my real name?", "Registering"),
        (
            "Use your real name.",
            "Each member may hold one account only.",
            "Do not pretend to be another person, a committee member or a member of staff.",
            "Usernames that are offensive or look like advertising will be changed or removed by {mods}.",
            "You may use a nickname, but {mods} must be able to reach you by email if a question arises.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Libel and legal matters",
            "Stay within the law",
            "Could my {c} land me in court?",
            "Contempt of court",
            "Legal",
        ),
        (
            "Do not make allegations you cannot prove.",
            "You are legally responsible for what you write, and {cs} can be defamatory even in a small paper.",
            "Please do not discuss court cases that are still under way or name anyone the court has not named.",
            "{Cs} that could prejudice a trial in Lincoln County or Harrogate will be taken down.",
            "Do not post anything that encourages others to break the law.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I post a photo I found online?",
            "Respect copyright",
        ),
        (
            "Only post photos you took yourself or have permission to use.",
            "Do not paste whole articles from other newspapers; a short quote and a link will do.",
            "Knife patterns, net plans and designs belong to their makers and should be credited.",
            "By posting you allow us to show your {c} on the site and in print.",
            "Material that breaks copyright will be removed when we are told about it.",
        ),
    ),
    (  # reporting a post
        ("Reporting a problem", "Report a {c}", "How do I report something?", "Tell us", "Flagging"),
        (
            "Use the report link under each {c}.",
            "If you see something that breaks these rules, please let {mods} know rather than replying to it.",
            "Reports are read by a real person, usually within a day.",
            "Please tell us which {c} you mean and why it worries you.",
            "Do not argue with a troublemaker in public; report them and move on.",
        ),
    ),
    (  # the site's discretion
        ("Our decision is final", "Discretion", "The editor's right", "Who decides?", "Editorial judgement"),
        (
            "{mods} may edit or remove any {c} without giving a reason.",
            "We reserve the right to close any thread at any time.",
            "These rules are a guide, and {mods} will use their judgement where they do not quite fit.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "The committee's decision is final.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Errors and tips"),
        (
            "If we have got something wrong, tell us and we will put it right.",
            "Please send corrections to the editor rather than posting them as {cs}.",
            "Have a story from the glen, the ranch or the ferry? Email the newsdesk.",
            "Results from the coffin race and the kite festival are welcome for the next bulletin.",
            "Corrections are printed in the next issue and noted on the article.",
        ),
    ),
    (  # language
        ("Language", "Mind your language", "Swearing", "What language is allowed?", "Keep it clean"),
        (
            "No swearing.",
            "Bad language, even with stars or letters missing, will be removed.",
            "Please write in English so that {mods} can read your {c}.",
            "Writing in capitals reads as shouting, so please do not.",
            "Keep it suitable for families: many of our readers are children and grandparents.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "Break the rules and you may be banned.",
            "Members who break these rules will get a warning, then a suspension, then a ban.",
            "{mods} may ban anyone straight away for a serious breach.",
            "Banned members who return under a new name will be removed again.",
            "If you think a ban was unfair, write to the secretary, not to the forum.",
        ),
    ),
    (  # medical advice (syndrome forums)
        (
            "Medical advice",
            "Seizures and treatment",
            "Is this medical advice?",
            "Talk to your doctor",
            "Sharing experiences",
        ),
        (
            "Nothing on this forum is medical advice.",
            "Always talk to your child's neurologist before changing a medicine or a diet.",
            "Parents may share what has worked for their family, but please do not tell others what to do.",
            "{Cs} that promote unproven cures for Dravet or Aicardi syndrome will be removed.",
            "In an emergency, such as a seizure lasting more than five minutes, call an ambulance first.",
        ),
    ),
    (  # safety on the ground (clubs, races, wardens)
        ("Safety", "Flying, racing and walking safely", "Stay safe", "Is it safe to go?", "On the ground"),
        (
            "Never fly near power lines or roads.",
            "Do not post about blocked paths or fallen stiles without telling the warden team as well.",
            "Race teams must agree route changes with the committee, not in the {cs}.",
            "Please respect the Countryside Code, close gates and keep dogs on leads near livestock.",
            "Members arranging a meet should say where and when in the events board, not in private.",
        ),
    ),
    (  # sales and the guilds
        ("Buying and selling", "Sales", "Blades and the law", "Can I sell my work here?", "Swaps"),
        (
            "Sales happen between members, at their own risk.",
            "Guild members may list finished knives and nets in the market board only.",
            "Do not sell or post a blade to anyone under 18, and follow the law on carrying knives.",
            "{mods} are not responsible for any deal made through the forum.",
            "Please mark a sale as closed when the item has gone.",
        ),
    ),
)

POLICY_INTROS_370: tuple[str, ...] = (
    "We welcome {cs} from readers, but please read the rules below first.",
    "These rules keep the forum a safe place for families.",
    "By posting you agree to the following.",
    "The club is run by volunteers; please help {mods} by keeping to these guidelines.",
    "Before you send a {c}, please take a minute to read these house rules.",
)
POLICY_CLOSINGS_370: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to {mods}.",
    "These rules may change from time to time.",
    "Happy flying, and thank you for reading.",
    "Thank you, and see you on the path.",
)
POLICY_TITLES_370: tuple[str, ...] = (
    "Community guidelines",
    "House rules",
    "Forum rules",
    "Posting rules",
    "{C} policy",
    "Rules of the board",
    "Guidelines for {cs}",
    "Noticeboard terms",
)
AMERICAN_370: dict[str, str] = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "programme": "program",
    "sexualise": "sexualize",
    "behaviour": "behavior",
    "offence": "offense",
    "colour": "color",
}

_WORDS_370: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)
_MODS_370: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editors",
    "the moderation team",
    "our volunteer moderators",
    "the committee",
    "the forum admins",
    "the bulletin team",
    "the newsdesk",
    "the club secretary",
    "site staff",
    "the guild officers",
)
_SMALL_370: frozenset[str] = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "with", "at"})
_ROMAN_370: tuple[str, ...] = (
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
)
_MONTHS_370: tuple[str, ...] = ("January", "March", "April", "June", "September", "October", "November")
_SIGNOFFS_370: tuple[str, ...] = (
    "The Editor",
    "The committee",
    "The moderators",
    "Posted by the admin team",
    "Signed, the secretary",
)
_SECTIONS_370: tuple[str, ...] = (
    "Part one: how we moderate",
    "Section A - Conduct",
    "The rules",
    "Our rules in brief",
)


def _title_case_370(text: str) -> str:
    words = text.split(" ")
    out = [w if (i and w in _SMALL_370) else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)


def _cap_370(text: str) -> str:
    return text[:1].upper() + text[1:]


def _marker_370(style: str, n: int) -> str:
    """The list marker for the ``n``-th item (from 1) in one of the family's styles."""
    if style == "num":
        return f"{n}."
    if style == "paren":
        return f"{n})"
    if style == "letter":
        return f"{'abcdefghijklmnopqrs'[n - 1]})"
    if style == "bletter":
        return f"({'abcdefghijklmnopqrs'[n - 1]})"
    if style == "roman":
        return f"{_ROMAN_370[(n - 1) % len(_ROMAN_370)]}."
    if style == "bullet":
        return "\u2022"
    if style == "dash":
        return "-"
    if style == "endash":
        return "\u2013"
    if style == "rule":
        return f"Rule {n}:"
    if style == "section":
        return f"{n}.1" if n % 2 else f"{n}."
    if style == "sign":
        return f"\u00a7 {n}"
    return ""


def _items_370(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site's word for what readers send and who moderates
    it, how many kinds of rule it prints and in what order, one to three sentences each, its heading case and
    placement, its list markers and a few habits of its own; then the lines ``_furnish`` adds around them."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(_WORDS_370)
    mods = rng.choice(_MODS_370)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "mods": mods}

    def fill(text: str) -> str:
        return _cap_370(text.format(**words))

    count = rng.randint(2, 16)
    kinds = list(range(len(REWORDINGS_370)))
    in_order = rng.random() < 0.5
    chosen = rng.sample(kinds, count)
    if in_order:
        chosen.sort()
    per_item = rng.choice(("one", "few", "many"))

    case = rng.choices(("sentence", "title", "upper", "none"), weights=(5, 3, 2, 2))[0]
    placement = rng.choices(("bare", "stop", "colon", "run_colon", "run_stop", "run_dash"), weights=(4, 1, 2, 2, 1, 1))[
        0
    ]
    marker = rng.choices(
        ("", "num", "paren", "letter", "bletter", "roman", "bullet", "dash", "endash", "rule", "section", "sign"),
        weights=(6, 4, 2, 1, 1, 1, 3, 2, 1, 1, 1, 1),
    )[0]
    emphasis = rng.choice(("", "**", "*", "_")) if rng.random() < 0.2 else ""
    please_note = rng.random() < 0.15

    items: list[tuple[str, ...]] = []
    for n, k in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_370[k]
        if per_item == "one":
            many = 1
        elif per_item == "few":
            many = rng.choice((1, 2))
        else:
            many = rng.randint(1, 3)
        picked = [fill(s) for s in rng.sample(sentences, many)]
        if please_note and rng.random() < 0.3:
            picked[0] = "Please note: " + picked[0][:1].lower() + picked[0][1:]
        head = ""
        if case != "none":
            head = fill(rng.choice(headings))
            if case == "title":
                head = _title_case_370(head)
            elif case == "upper":
                head = head.upper()
            if emphasis:
                head = f"{emphasis}{head}{emphasis}"
        mark = _marker_370(marker, n)
        if head:
            question = head.rstrip("*_").endswith("?")
            if placement == "bare" or (question and placement in ("stop", "colon")):
                item_head = head
            elif placement == "stop":
                item_head = head + "."
            elif placement == "colon":
                item_head = head + ":"
            else:
                joint = {"run_colon": ": ", "run_stop": ". ", "run_dash": " \u2013 "}[placement]
                if question:
                    joint = " "
                picked[0] = head + joint + picked[0]
                item_head = ""
            if mark:
                if item_head:
                    item_head = f"{mark} {item_head}"
                else:
                    picked[0] = f"{mark} {picked[0]}"
            items.append((item_head, *picked))
        else:
            if mark:
                picked[0] = f"{mark} {picked[0]}"
            items.append(("", *picked))

    if rng.random() < 0.15:
        items.insert(0, (fill(rng.choice(_SECTIONS_370)), ""))
    if rng.random() < 0.2:
        day = rng.randint(1, 28)
        month = rng.choice(_MONTHS_370)
        year = rng.choice((2023, 2024, 2025, 2026))
        line = rng.choice(
            ("Last updated: {d} {m} {y}.", "Updated {m} {y}", "These rules were last reviewed on {d} {m} {y}.")
        )
        items.append(("", line.format(d=day, m=month, y=year)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(("- ", "\u2014 ", "")) + rng.choice(_SIGNOFFS_370)))

    intros = [fill(s) for s in POLICY_INTROS_370]
    closings = [fill(s) for s in POLICY_CLOSINGS_370]
    titles = [fill(s) for s in POLICY_TITLES_370]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_370)
