"""The ``reworded-345`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vatersay and Berneray bulletins, Kentmere papers, Powder River weeklies, quidditch and slacklining
clubs, chair caning and rag rug circles, thalassaemia forums, ha-ha and estate park residents, hillfort conservation
volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, in the order a site that keeps table order prints them: each kind is
# (headings, sentences), the headings in sentence case (questions among them), with the placeholders {c} {cs} {C}
# {Cs} (the site's word for what readers send) and {mods} (who looks after the site).
REWORDINGS_345: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Why be kind?",
            "Disagreeing well",
            "Good behaviour",
        ),
        (
            "Disagree by all means, but keep your {cs} about the issue and not about the person who raised it.",
            "This is a small place where most of us meet at the shop, the pier or the ceilidh, so please write as "
            "you would speak to a neighbour's face.",
            "Personal attacks, name-calling and sneering will be removed, however strongly you feel about the "
            "causeway, the wind farm or the grazing lets.",
            "Be patient with newcomers: every one of us once asked how to start a proggy mat or tension a line.",
            "Robust debate is welcome; rudeness is not, and {mods} will not referee feuds carried over from the "
            "village hall.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Hateful content", "What counts as hate?", "Respect for everyone"),
        (
            "We do not publish {cs} that attack people because of their race, nationality, religion, sex, sexual "
            "orientation, gender identity, disability or age.",
            "That includes jokes and 'just asking' remarks aimed at incomers, travellers, seasonal workers or anyone "
            "else.",
            "Stirring up hatred is a criminal offence, in Scotland under the Hate Crime and Public Order (Scotland) "
            "Act 2021, and we will pass serious cases to the police.",
            "Everyone who plays is welcome on our pitch whatever their gender, and {cs} questioning a player's right "
            "to be there will be taken down.",
            "Slurs will be deleted even when they are quoted, spelt with asterisks or written in another language.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Respect people's privacy",
            "Can I name someone?",
            "Other people's details",
            "Keep it private",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, and that includes your own.",
            "Please don't share other members' blood results, transfusion dates or diagnoses, even if they told you "
            "themselves.",
            "On an island where everyone knows whose van is parked where, a hint can identify someone as surely as a "
            "name, so think before you describe a neighbour.",
            "Photographs of children need a parent's permission before they go on the club page.",
            "Private messages stay private: do not copy them into the open forum without the sender's agreement.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and adults at risk",
            "Young members",
            "Worried about someone?",
            "Juniors",
        ),
        (
            "Adult members must not contact players under 18 privately; keep all club contact in the open groups, "
            "where a parent or coach can see it.",
            "If a {c} makes you worried that a child or an adult at risk may be harmed, tell the club's welfare "
            "officer straight away and do not investigate it yourself.",
            "If someone is in immediate danger, phone 999, or 911 in the States, before you do anything else.",
            "{Cs} from anyone who says they feel unsafe or are thinking of harming themselves are read by {mods} as "
            "soon as we can; Samaritans can be reached free on 116 123 at any hour.",
            "Any {c} that breaches the club's safeguarding policy will be kept as a record and passed to the "
            "safeguarding lead.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How {cs} are checked",
            "Delays",
        ),
        (
            "Every {c} is read by a person before it goes live, and that can take a day or two.",
            "We are all volunteers with crofts, jobs and ferries to catch, so please be patient at weekends and "
            "during lambing.",
            "{Cs} sent after the Thursday deadline will be held over until the next bulletin.",
            "Your first {c} is held for approval; after that, {cs} from established members usually appear straight "
            "away.",
            "If your {c} hasn't shown up after 48 hours it may be stuck in the spam filter, so drop us a line rather "
            "than sending it again.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Where should I post this?", "Relevance"),
        (
            "Keep {cs} to the subject of the story or thread you are answering.",
            "Questions about chair seats belong in the caning section and mats in the rag rug section; {cs} in the "
            "wrong place may be moved without notice.",
            "General chat is welcome in the Bothy, our off-topic board, but please keep it out of the technical "
            "threads.",
            "Arguments about national politics or the rights and wrongs of the wind farm should not take over a "
            "thread about the school sports day.",
            "A thread that drifts too far will be locked, and {mods} may split it so the original question gets "
            "answered.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I sell things here?",
            "Commercial posts",
            "For sale and wanted",
        ),
        (
            "No advertising, please, except in the monthly For Sale and Wanted thread.",
            "Makers may mention their own rugs, chairs or workshops once in their profile, but repeated selling will "
            "be removed.",
            "Links to betting, loans, cheap medicines or miracle supplements are spam and will be deleted along with "
            "the account that posted them.",
            "Notices of ceilidhs, sales of work, brandings and club socials are always welcome; adverts for "
            "businesses go in the paid classifieds.",
            "Chain letters, petitions from outside the area and the same {c} pasted into several threads all count as "
            "spam.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Accounts and usernames",
            "Real names",
            "Who can post?",
            "Registration",
            "One person, one account",
        ),
        (
            "{Cs} for publication must carry the writer's name and township; we will withhold a name on request, but "
            "we must know who you are.",
            "Use one account only; second accounts set up to back your own arguments will be closed.",
            "Usernames must not impersonate another person, a business or the club.",
            "Only residents and leaseholders of the park may join the residents' forum, and the committee may check "
            "the register.",
            "Keep your password to yourself, and tell us if you think someone else has used your account.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Is it legal?", "Contempt of court", "Libel"),
        (
            "You are legally responsible for what you write, and so are we once it is published.",
            "Do not accuse a named person of a crime, dishonesty or cruelty to animals unless a court has found it "
            "proved.",
            "Once someone has been charged, say nothing about their guilt or the evidence until the case is over, or "
            "you risk contempt of court.",
            "The bulletin is published under Scots law, including the Defamation and Malicious Publication "
            "(Scotland) Act 2021.",
            "Writing about a case before the justice court or the district court in Broadus? Stick to what has been "
            "said in open court.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and patterns",
            "Other people's work",
            "Can I share a pattern?",
            "Using our content",
            "Credit where it's due",
        ),
        (
            "Only post photographs you took yourself or have permission to share, and say who took them.",
            "Rug and seat-weaving patterns from books and paid courses belong to their designers; describe them or "
            "link to the source instead of copying them out.",
            "Quote a few lines from a news story if you must, but do not paste whole articles from the Westmorland "
            "Gazette or anyone else.",
            "By sending a {c} you let us publish it in print and online, and you keep the copyright.",
            "Maps, survey drawings and LiDAR images of the hillfort may be Crown copyright or under licence, so check "
            "before you share them.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "How to report", "Spotted something wrong?", "Flagging posts", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying to it.",
            "Reports go to {mods}, never to the person you are reporting.",
            "You can also email the editor; please give the date and the author of the {c}.",
            "We read every report, but a report does not guarantee that anything will be removed.",
            "Please don't report {cs} just because you disagree with them.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("The committee's decision", "Editor's discretion", "Final say", "Who decides?", "Our right to edit"),
        (
            "{mods} may edit, shorten, hold back or remove any {c} without giving a reason.",
            "We try to apply these rules consistently, but every decision is a matter of judgement and the "
            "committee's decision is final.",
            "{Cs} may be shortened to fit the space in the bulletin.",
            "Publishing a {c} does not mean the committee agrees with it.",
            "These rules may change; the current version is always the one pinned at the top of the forum.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Mistakes and corrections",
            "Have we got it wrong?",
            "Contact the newsroom",
        ),
        (
            "If we have got a fact wrong, tell the editor directly rather than in the {cs}, so it can be checked and "
            "put right in the next issue.",
            "Corrections are printed on page 2 of the following week's paper and noted at the foot of the story "
            "online.",
            "Brandings, 4-H results, weddings and obituaries are always welcome; send them by Monday noon for that "
            "week's paper.",
            "Tips about the Kentmere valley, from Garburn Pass closures to work on the reservoir, can be sent in "
            "confidence.",
            "Corrections to the minutes of residents' meetings go to the secretary, not the open forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Swearing",
            "Mind your language",
            "Which languages can I use?",
            "Keep it clean",
            "Gaelic and English",
        ),
        (
            "No swearing, including words with letters swapped for asterisks or symbols.",
            "Write in English or Gaelic; {cs} in Gàidhlig are very welcome, and we may add a short translation.",
            "Please don't write in capitals, which reads as shouting.",
            "Text speak and long strings of emojis make a {c} hard to read, so keep them to a minimum.",
            "Players as young as 11 read this site, so keep your language fit for them.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Enforcement",
            "Appeals",
        ),
        (
            "A first breach usually earns a private warning, a second a week's suspension and a third a permanent ban.",
            "Threats, hate or sharing someone's private details may lead to an immediate ban.",
            "Banned members who come back under a new name will be removed again without warning.",
            "If you think a decision was wrong, write to the committee within 14 days; arguing about it in public "
            "will not help.",
            "Repeated breaches may also go to the club's disciplinary officer under the code of conduct.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety first",
            "Not professional advice",
            "Should I change my treatment?",
            "Rigging safety",
            "Health and safety",
        ),
        (
            "Members share their own experience of transfusions and chelation, but nothing here replaces advice from "
            "your haematologist or specialist nurse.",
            "Never stop or change a chelation drug because of something you have read here.",
            "Rigging advice is shared in good faith; check every anchor and every piece of kit yourself, and never "
            "rig a highline without someone trained.",
            "Always use tree protection when rigging in parks, and follow the local byelaws.",
            "Do not post anything that encourages people to climb the ramparts, walk along the ha-ha wall or go into "
            "fenced-off areas.",
        ),
    ),
    (  # the land, the monument and the park
        (
            "Respect the monument",
            "The site and the land",
            "Access",
            "Can I bring a metal detector?",
            "Looking after the park",
            "Dogs and livestock",
        ),
        (
            "The hillfort is a scheduled monument, and metal detecting or digging on it without consent is a "
            "criminal offence under the Ancient Monuments and Archaeological Areas Act 1979.",
            "Please don't give the locations of finds or of fragile features that are not on the public map.",
            "Keep dogs on a lead in the parkland when sheep or cattle are grazing beyond the ha-ha.",
            "Bracken bashing, scrub clearance and fence repairs are done on organised work party days only, never on "
            "your own.",
            "{Cs} arranging a work party should say which tools to bring and where to park, and must be agreed with "
            "the volunteer coordinator first.",
        ),
    ),
)

# The site's word for what readers send, singular and plural: most sites say "comment"; the rest never do.
COMMENT_WORD_345 = ("comment", "comments")
OTHER_WORDS_345: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
)

# Who looks after the site, as a sentence names them ({mods}).
MODERATORS_345 = (
    "the editor",
    "the moderators",
    "the committee",
    "the admin team",
    "our volunteer moderators",
    "the forum team",
    "the bulletin team",
    "the site administrators",
    "the newsroom",
)

# Opening lines a site prints before its rules (placeholders filled per site).
POLICY_INTROS_345 = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, and ask everyone to keep to a few simple rules.",
    "These house rules apply to every {c} on this site and on our social media pages.",
    "By posting, you agree to the following.",
    "Our forum is a friendly place, and we'd like to keep it that way.",
    "The bulletin is put together by volunteers; these are the terms on which we publish {cs}.",
    "A few ground rules for the residents' noticeboard.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_345 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules? Email the editor.",
    "Tapadh leibh – thank you.",
    "These rules were last reviewed by the committee at the AGM.",
    "Enjoy the discussion, and see you on the pitch.",
    "If in doubt, leave it out.",
    "Thanks for reading, and happy posting!",
)

# Titles a site prints above its rules.
POLICY_TITLES_345 = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Noticeboard terms",
    "Community guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Guidelines for contributors",
    "Code of conduct",
    "Before you post",
)

# British spellings in the tables above -> American, for sites that print American spelling.
AMERICAN_345 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "travellers": "travelers",
    "spelt": "spelled",
    "judgement": "judgment",
    "licence": "license",
    "haematologist": "hematologist",
    "byelaws": "bylaws",
    "organised": "organized",
    "behaviour": "behavior",
}

# Section lines a site may print before the first item and halfway through, as (first, second).
SECTION_LINES_345 = (
    ("Taking part", "How we moderate"),
    ("The rules", "What happens next"),
    ("General", "Enforcement"),
    ("For everyone", "For members"),
    ("What we ask", "What we do"),
)

# How a section line is numbered, filled with its letter or number.
SECTION_PREFIXES_345 = ("Part {n}: ", "Section {n} – ", "{n}. ", "")

# Last-updated lines, filled with a drawn date.
UPDATED_LINES_345 = (
    "Last updated: {date}",
    "Updated {date}.",
    "Reviewed at the AGM, {date}.",
    "These rules were revised on {date}.",
    "Effective from {date}",
)

# Sign-offs a site prints beneath its rules.
SIGN_OFFS_345 = (
    "– The Editor",
    "The Committee",
    "Signed on behalf of the residents' association committee",
    "The bulletin team",
    "Admins x",
    "Agreed by the volunteers' steering group",
)

# Months for last-updated lines.
MONTHS_345 = (
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

# Words a title-cased heading keeps in lower case (unless first).
SMALL_WORDS_345 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "not", "by", "at", "with"})

# Roman numeral values and letters, largest first, for list markers in roman numerals.
ROMAN_345 = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _roman_345(number: int) -> str:
    """``number`` in lower-case roman numerals (small numbers only)."""
    out = ""
    for value, letters in ROMAN_345:
        while number >= value:
            out += letters
            number -= value
    return out


def _marker_345(shape: str, position: int, section: int) -> str:
    """The list marker of shape ``shape`` for the item at ``position`` (1-based), followed by its space."""
    letter = chr(ord("a") + position - 1)
    markers = {
        "1.": f"{position}.",
        "1)": f"{position})",
        "(1)": f"({position})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman_345(position)}.",
        "(i)": f"({_roman_345(position)})",
        "I.": f"{_roman_345(position).upper()}.",
        "•": "•",
        "-": "-",
        "*": "*",
        "–": "–",
        "Rule 1:": f"Rule {position}:",
        "Rule 1.": f"Rule {position}.",
        "§1": f"§{position}",
        "1.1": f"{section}.{position}",
        "Section 1": f"Section {position}",
    }
    return markers[shape] + " "


def _title_case_345(text: str) -> str:
    """``text`` in title case, small words kept lower case unless first; the rest of each word left as written."""
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        if index and word.lower() in SMALL_WORDS_345:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


def _items_345(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, every choice drawn from ``rng``.

    A site draws its word for what readers send ("comment" three times in four, else post, message, reply,
    contribution or letter, and then never "comment") and who moderates; how many item kinds it prints (2-5 for one
    site in five, else 6-16) and whether in table order or shuffled; how many sentences an item may hold (one to
    three); its headings' case (sentence, title, capitals) or no headings, where they stand (a part of their own, bare
    or with a stop or colon, or run in before the first sentence after a colon, stop or dash), an emphasis style
    (bold or italic marks); its list markers (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", section signs, section numbers) or none; and habits of its
    own: section lines before the first item and halfway, a last-updated line at the top or the foot, and a sign-off.
    The items then go through ``_furnish`` for an opening, a closing and a title line, American spelling and curly
    quotes."""
    singular, plural = COMMENT_WORD_345 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_345)
    moderators = rng.choice(MODERATORS_345)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
    }

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_345)), min(count, len(REWORDINGS_345)))
    if rng.random() < 0.5:
        kinds.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "run colon", "run colon", "run stop", "run dash"))
    emphasis = rng.choice(("",) * 8 + ("**", "*"))
    dash = rng.choice((" – ", " - ", " — "))
    marker_shape = rng.choice(
        ("",) * 6
        + ("1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "•", "•", "-", "*", "–")
        + ("Rule 1:", "Rule 1.", "§1", "1.1", "Section 1")
    )
    section = rng.randint(1, 9)

    items: list[tuple[str, ...]] = []
    for position, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_345[kind]
        chosen = [filled(s) for s in rng.sample(sentences, rng.randint(1, most_sentences))]
        marker = _marker_345(marker_shape, position, section) if marker_shape else ""
        if heading_case == "none":
            items.append(("", marker + chosen[0], *chosen[1:]))
            continue
        heading = filled(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case_345(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if placement.startswith("own"):
            stop = {"own": "", "own stop": ".", "own colon": ":"}[placement]
            shown = heading if question else heading + stop
            items.append((marker + f"{emphasis}{shown}{emphasis}", *chosen))
        elif question:
            items.append(("", marker + f"{emphasis}{heading}{emphasis} " + chosen[0], *chosen[1:]))
        elif placement == "run dash":
            items.append(("", marker + f"{emphasis}{heading}{emphasis}" + dash + chosen[0], *chosen[1:]))
        else:
            stop = ":" if placement == "run colon" else "."
            items.append(("", marker + f"{emphasis}{heading}{stop}{emphasis} " + chosen[0], *chosen[1:]))

    if len(items) >= 4 and rng.random() < 0.15:
        first, second = rng.choice(SECTION_LINES_345)
        prefix = rng.choice(SECTION_PREFIXES_345)
        letters = rng.random() < 0.5
        names = [prefix.format(n="A" if letters else "1") + first, prefix.format(n="B" if letters else "2") + second]
        if heading_case == "capitals":
            names = [name.upper() for name in names]
        items.insert(len(items) // 2, (names[1], ""))
        items.insert(0, (names[0], ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_345), rng.randint(2018, 2026)
        date = rng.choice((f"{day} {month} {year}", f"{month} {year}", f"{day:02d}/{rng.randint(1, 12):02d}/{year}"))
        line = ("", rng.choice(UPDATED_LINES_345).format(date=date))
        if rng.random() < 0.5:
            items.insert(0, line)
        else:
            items.append(line)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_345)))

    intros = [filled(line) for line in POLICY_INTROS_345]
    closings = [filled(line) for line in POLICY_CLOSINGS_345]
    titles = [filled(line) for line in POLICY_TITLES_345]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_345)
