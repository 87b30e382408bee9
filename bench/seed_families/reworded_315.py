"""The ``reworded-315`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tangier Island community pages, Calder valley papers, Cumberland Plateau weeklies, surf lifesaving
clubs, board game cafes' forums, IVF and fertility forums, tortoise and ferret keepers' groups, cinema restoration
friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, in the order a site lists them: each kind is (headings, sentences), headings in
# sentence case (some of them questions) and sentences in the voice of an island page, a valley paper, a plateau
# weekly, a surf club, a games cafe, a fertility forum, a keepers' group or a cinema's friends. {c} {cs} {C} {Cs} are
# the site's word for what readers send (singular, plural, capitalised) and {mods} who looks after the site.
REWORDINGS_315: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be kind",
            "Be civil",
            "Courtesy",
            "Be a good neighbour",
            "Treat others as you would like to be treated",
            "Why does tone matter?",
        ),
        (
            "Disagree with the idea, not the person: personal attacks on other members will be taken down.",
            "This is a small island and a small page, so please say nothing here you wouldn't say to someone's face "
            "at the post office or on the dock.",
            "Everyone here is at a different point in their journey, so be gentle with each other, even on the hard "
            "days.",
            "Heated debate is fine; name-calling, sneering and pile-ons are not.",
            "We expect the same good behaviour online as you would show a fellow member on the beach or in the "
            "clubhouse.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hatred and bigotry",
            "What counts as hate speech?",
            "Equality",
            "Zero tolerance",
        ),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or age will be removed, and "
            "the poster may be banned without warning.",
            "Racist, sexist, homophobic or transphobic remarks have no place here, including those dressed up as "
            "humour.",
            "We will not publish anything that stirs up hatred against any group of people, whether they live on the "
            "Plateau or anywhere else.",
            "Gaming is for everyone: gatekeeping, slurs and mocking people for who they are will get you shown the "
            "door.",
            "Families come to fertility treatment in many ways, and {cs} that belittle same-sex couples, solo parents "
            "or donor-conceived people will be removed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I share someone's details?",
            "Protect yourself",
            "Other people's information",
        ),
        (
            "Don't post phone numbers, home addresses or email addresses, your own or anyone else's.",
            "Think before you share your clinic, your town or your test dates; this forum is public and can be found "
            "by search engines.",
            "Do not share screenshots of private messages without the permission of the person who sent them.",
            "If you are posting about someone's boat, house or crab shanty, leave out anything that tells strangers "
            "when it will be empty.",
            "We will remove anything that identifies a private individual without their consent, including car "
            "registrations and photographs of their home.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children",
            "Photos of juniors",
            "Children and young people",
            "What if I'm worried about a child?",
            "Child protection",
        ),
        (
            "Do not post photos or video of nippers or junior members unless the club's photography consent form has "
            "been signed.",
            "If you have a concern about the welfare of a child or vulnerable adult, contact the club's Member "
            "Protection Information Officer directly rather than posting here.",
            "Never identify children involved in court cases, care proceedings or school incidents, even by hinting "
            "at their family or street.",
            "Members under 18 may read the forum but may not use it to arrange meeting other members.",
            "Anyone who appears to be targeting young members will be removed and reported to the police.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Waiting for approval",
            "Delays",
        ),
        (
            "Every {c} is read by a person before it goes live, so there may be a wait, especially in the evenings "
            "and at weekends.",
            "This page is looked after by {mods}, who have jobs and families of their own; please allow up to 48 "
            "hours before asking where your {c} has gone.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "The office closes at noon on Friday, and {cs} sent after that will wait until Monday morning.",
            "Sending the same {c} again won't speed things up; it only puts you further back in the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "Where should I post this?",
            "Use the right thread",
        ),
        (
            "Keep {cs} to the subject of the story; a piece about Hebden Bridge's flood defences is not the place to "
            "argue about Brexit.",
            "Please use the right board: game suggestions in Recommendations, rules queries in Rules Help and trades "
            "in the Marketplace.",
            "Threads that drift a long way from the original question may be split or locked.",
            "This group is for keepers of tortoises, not turtles or terrapins, whose care is very different; please "
            "ask about those elsewhere.",
            "Stick to the picture house, its history and its restoration; national politics belongs somewhere else.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Self-promotion", "Can I promote my business?", "Links", "Commercial posts"),
        (
            "Please don't use this page to advertise your business; call the office about a classified ad instead.",
            "Links to shops, breeders or fundraising pages will be removed unless {mods} have agreed to them "
            "beforehand.",
            "Crowdfunding links, including for your own game, are allowed only in the monthly Shameless Plugs thread.",
            "Anything that looks like spam, a chain letter or a get-rich-quick scheme will be deleted without notice.",
            "Supplement sellers and overseas clinics touting for business will be banned on sight.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Real names", "Accounts", "Usernames", "Do I have to use my real name?", "One account each"),
        (
            "{Cs} must carry the writer's full name and town; we may withhold a name for good reason, but we must "
            "know it.",
            "One account per person; sock-puppet accounts will be deleted, along with the original.",
            "You may use a nickname, but don't impersonate another member, a club officer or a public figure.",
            "Usernames that are offensive or advertise a business will be changed or removed.",
            "Because fertility is private, you are welcome to post under a username that doesn't identify you.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Libel and contempt", "Could I be sued?", "Defamation", "Court cases"),
        (
            "You are legally responsible for what you write, and a defamatory {c} can land you, not just us, in court.",
            "Don't speculate about anyone's guilt while a case is active; under the Contempt of Court Act 1981 even "
            "a passing remark can put a trial at risk.",
            "Do not accuse named people of crimes they have not been convicted of: that is libellous, and we will "
            "not publish it.",
            "Many tortoise species are protected, and offering one for sale without the correct paperwork is a "
            "criminal offence.",
            "The First Amendment protects you from the government, not from our editor; this is a privately owned "
            "newspaper and we decide what runs on its pages.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Other people's work",
            "Can I share a news story here?",
            "Using our content",
            "Credit where it's due",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Please share a link to an article rather than pasting the whole text, which is copyright.",
            "Rulebook scans and print-and-play files of published games will be removed, as they infringe the "
            "publisher's copyright.",
            "Old photographs of the picture house are welcome, but tell us where they came from so we can credit the "
            "photographer or the archive.",
            "By posting, you give us permission to reproduce your {c} in print or online.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Use the report button",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Report it and leave it to {mods}; arguing back only makes the thread harder to clean up.",
            "You can also email the newsroom with the headline of the story and the name shown on the {c}.",
            "Reports are anonymous, and the person you report will not be told who flagged them.",
            "If a post worries you about an animal's welfare, tell {mods} and, where it is urgent, the RSPCA.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our discretion",
            "The editor's decision",
            "Final say",
            "Who decides?",
            "Moderators' decisions",
            "The committee's discretion",
        ),
        (
            "The editor's decision on what is published is final, and we are not obliged to explain it.",
            "Any {c} may be removed at the discretion of {mods}, including for reasons not listed here.",
            "These rules cannot cover everything, so each case will be judged on its merits.",
            "The committee reserves the right to close a discussion if it stops being useful to the Friends or the "
            "Trust.",
            "Being a long-standing member, a club officer or a regular at the cafe doesn't exempt anyone from these "
            "guidelines.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Errors and corrections", "Tell us"),
        (
            "If we have got something wrong, email the newsroom rather than posting a correction; we will put it "
            "right as quickly as we can.",
            "Got a story from the valley? Send it to the newsdesk rather than leaving it in a {c}, so a reporter can "
            "follow it up.",
            "Tips about road closures on Highway 127, school news or a church supper are always welcome by phone or "
            "email.",
            "Ferry times, storm news and tide warnings posted here should come from the Town or the Coast Guard, so "
            "please say where yours came from.",
            "We correct significant errors promptly and note the change at the foot of the article.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Plain English", "Capitals and text speak"),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "Please write in English so that {mods} can read what you post.",
            "Typing in capitals reads as shouting, so please don't.",
            "Abbreviations like TTC, 2WW and BFP are fine, but spell things out for newcomers when you can.",
            "This is a family page read by folks of all ages, so keep your language as clean as you would in church.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Bans",
            "Consequences",
        ),
        (
            "Most first offences get a friendly warning; repeat offenders will be suspended, then banned.",
            "We work on three strikes, though anything serious can mean an immediate ban.",
            "Anyone banned who returns under a new name will be removed again, and their new {cs} deleted.",
            "A ban can be appealed once, in writing to the club secretary, within 14 days.",
            "Members who are removed from the group will not be readmitted, and we don't discuss the reasons in "
            "public.",
        ),
    ),
    (  # safety, medical and husbandry advice
        (
            "Medical advice",
            "Not a substitute for a vet",
            "Advice from members",
            "Should I trust advice I read here?",
            "Your health",
            "Safety",
        ),
        (
            "Nothing here is medical advice; always speak to your own clinic or GP before changing your medication or "
            "protocol.",
            "If your ferret has stopped eating or has collapsed, get to an exotics vet now; don't wait for replies "
            "here.",
            "Please don't present hibernation methods, diets or supplements as settled fact; say what worked for you "
            "and why.",
            "Surf and weather reports from members are not a patrol report, so always swim between the red and yellow "
            "flags.",
            "Advice from other members is shared in good faith, but neither the site nor {mods} can accept "
            "responsibility for it.",
        ),
    ),
    (  # selling, rehoming and announcements
        (
            "Buying, selling and rehoming",
            "Sales and trades",
            "Can I sell something here?",
            "Announcements",
            "Marketplace",
            "Rehoming",
        ),
        (
            "No selling of animals in this group; rehoming is allowed only through the approved rescues listed in "
            "the files.",
            "Any tortoise offered for rehoming must have its Article 10 certificate shown in the post where the "
            "species needs one.",
            "Trades and sales of games belong in the Marketplace thread and must give a price, condition and location.",
            "Please put scan photos and pregnancy announcements behind a spoiler tag, with a warning in the title, "
            "for the sake of those still waiting.",
            "Fundraisers, suppers and event notices are welcome from island churches, the school and the Town, but "
            "please keep to one post each.",
        ),
    ),
)

# What a site calls what readers send, singular and plural: "comment" at three sites in four, else one of the others.
COMMENT_WORD_315 = ("comment", "comments")
OTHER_WORDS_315 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after a site, as it stands mid-sentence.
MODERATORS_315 = (
    "the moderators",
    "the admins",
    "the admin team",
    "the editor",
    "the editorial team",
    "the committee",
    "the volunteer moderators",
    "the forum team",
    "the page admins",
    "the club's media officer",
    "the cafe staff",
    "the group admins",
    "the newsroom",
)

# Opening lines a site prints before its rules ({cs} and {mods} filled per site).
POLICY_INTROS_315 = (
    "We welcome your {cs}, but please read the following before you post.",
    "To keep this a friendly place for everyone, we ask that you follow a few simple rules.",
    "These guidelines apply to everything posted on this page and in the group.",
    "By joining, you agree to the rules below.",
    "Thanks for joining! Before you post, please take a minute to read our house rules.",
    "The Friends' online noticeboard is open to all, on the following terms.",
    "We love hearing from readers across the Plateau. Here is how it works.",
    "Please read and follow these rules. They are here to protect members, the club and the community.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_315 = (
    "Thank you for helping to keep this a welcoming place.",
    "Questions about these rules? Message one of {mods}.",
    "These rules may be updated at any time without notice.",
    "If in doubt, leave it out.",
    "See you on the beach.",
    "Now grab a game and enjoy the forum!",
    "Sending love and baby dust to everyone here.",
    "Thank you for supporting the restoration.",
    "By posting you agree to abide by these rules.",
)

# Titles a site prints over its rules; those saying "comment" are left out where the site calls them something else.
POLICY_TITLES_315 = (
    "Comment policy",
    "House rules",
    "Group rules",
    "Forum guidelines",
    "Community guidelines",
    "Posting guidelines",
    "Noticeboard terms",
    "Rules of this page",
    "Commenting guidelines",
    "Code of conduct",
    "Forum rules - please read",
    "Group Rules (please read before posting)",
)

# British spellings in this family's sentences and the American a site may print instead.
AMERICAN_315 = {
    "behaviour": "behavior",
    "humour": "humor",
    "offence": "offense",
    "libellous": "libelous",
    "defences": "defenses",
    "neighbour": "neighbor",
}

# Words a title-cased heading leaves in lower case unless they open it.
SMALL_WORDS_315 = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "if", "in", "of", "on", "or", "the", "to"}
)

# Section lines a long policy may print at its start and halfway: (first part, second part).
SECTION_PAIRS_315 = (
    ("Before you post", "If things go wrong"),
    ("General", "Moderation"),
    ("Posting", "Enforcement"),
    ("The basics", "The small print"),
    ("What we ask of you", "What we will do"),
)

# Last-updated lines a site prints at the top or foot of its rules.
UPDATED_LINES_315 = (
    "Last updated: 3 March 2025",
    "Last updated 14/09/2024",
    "Updated June 2023 by the committee.",
    "Effective January 1, 2024.",
    "(Reviewed each year at the AGM; last reviewed September 2024.)",
    "Rules revised 02.11.2023",
    "Version 4, agreed by the trustees in May 2024.",
)

# Sign-offs a site prints after its rules ("{Mods}" filled with the site's moderators, capitalised).
SIGN_OFFS_315 = (
    "- {Mods}",
    "Thanks, {Mods}",
    "The Committee",
    "Posted by the editor",
    "Admins: Sue, Darren and Kaz",
    "Happy posting! 🙂",
    "Mods: Jules & Hev 🐢",
    "Patrol safe, {Mods}",
)


def _roman(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first always)."""
    words = heading.split(" ")
    cased = []
    for position, word in enumerate(words):
        if position and word.lower() in SMALL_WORDS_315:
            cased.append(word)
        else:
            cased.append(word[:1].upper() + word[1:])
    return " ".join(cased)


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of the ``number``-th item in ``style`` (empty for none), with a trailing space."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "none": "",
        "dot": f"{number}.",
        "paren": f"{number})",
        "both-paren": f"({number})",
        "letter": f"{letter}.",
        "letter-paren": f"({letter})",
        "roman": f"{_roman(number)}.",
        "roman-paren": f"({_roman(number)})",
        "roman-upper": f"{_roman(number).upper()}.",
        "bullet": "\u2022",
        "dash": "-",
        "en-dash": "\u2013",
        "star": "*",
        "rule": f"Rule {number}:",
        "rule-dash": f"Rule {number} \u2013",
        "hash": f"#{number}",
        "section": f"{section}.{number}",
        "section-sign": f"\u00a7{number}",
    }
    mark = markers[style]
    return mark + " " if mark else ""


def _emphasised(heading: str, style: str) -> str:
    """``heading`` in the site's emphasis style: asterisks or underscores around it, BBCode bold, or as it is."""
    if style == "[b]":
        return f"[b]{heading}[/b]"
    return f"{style}{heading}{style}"


def _items_315(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` alone. A site draws its word for what readers send ("comment"
    three times in four, else post, message, reply, contribution, letter or submission) and who moderates it; how many
    kinds it prints (two to five at one site in five, else six to sixteen), in table order or shuffled; one to three
    sentences a kind; whether it prints headings and in which case (sentence, title or capitals), with an emphasis
    style (none, asterisks, underscores or BBCode bold), and where they stand (a part of their own, bare or closed by a
    stop or colon, or run in before the first sentence after a colon, stop or dash); one list marker style (numbers,
    letters, roman numerals, bullets, dashes, "Rule 1:", hashes, section numbers or none); and, by chance, section
    lines at the start and halfway, a last-updated line at the top or foot, and a sign-off. The opening, closing and
    title lines, American spelling and curly quotes are left to ``_furnish``."""
    word, words = COMMENT_WORD_315 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_315)
    mods = rng.choice(MODERATORS_315)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize(), "mods": mods}

    short_policy = rng.random() < 0.2
    count = rng.randint(2, 5) if short_policy else rng.randint(6, min(16, len(REWORDINGS_315)))
    chosen = rng.sample(range(len(REWORDINGS_315)), count)
    if rng.random() < 0.55:
        chosen.sort()

    heading_case = rng.choice(("none", "sentence", "sentence", "title", "title", "capitals"))
    emphasis = rng.choice(("", "", "", "", "**", "*", "_", "[b]"))
    placement = rng.choice(("own", "own", "own-stop", "own-colon", "run-colon", "run-colon", "run-stop", "run-dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "dot",
            "dot",
            "paren",
            "both-paren",
            "letter",
            "letter-paren",
            "roman",
            "roman-paren",
            "roman-upper",
            "bullet",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule",
            "rule-dash",
            "hash",
            "section",
            "section-sign",
        )
    )
    section_number = rng.randint(1, 6)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_315[kind]
        picked = [sentence.format(**fill) for sentence in rng.sample(sentences, rng.randint(1, 3))]
        marker = _marker(marker_style, number, section_number)
        if heading_case == "none":
            items.append(("", marker + picked[0], *picked[1:]))
            continue
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        question = heading.endswith("?")
        if placement.startswith("own"):
            if not question and placement == "own-stop":
                heading += "."
            elif not question and placement == "own-colon":
                heading += ":"
            items.append((marker + _emphasised(heading, emphasis), *picked))
            continue
        if question:
            joiner = " "
        elif placement == "run-colon":
            joiner = ": "
        elif placement == "run-stop":
            heading, joiner = heading + ".", " "
        else:
            joiner = dash
        items.append(("", marker + _emphasised(heading, emphasis) + joiner + picked[0], *picked[1:]))

    if len(items) >= 8 and rng.random() < 0.3:
        first, second = rng.choice(SECTION_PAIRS_315)
        section_shape = rng.choice(("plain", "capitals", "part", "section"))
        lines = []
        for index, name in enumerate((first, second), start=1):
            if section_shape == "capitals":
                name = name.upper()
            elif section_shape == "part":
                name = f"Part {index}: {name}"
            elif section_shape == "section":
                name = f"Section {'AB'[index - 1]} \u2013 {name}"
            lines.append((name, ""))
        items.insert(len(items) // 2, lines[1])
        items.insert(0, lines[0])
    if rng.random() < 0.25:
        updated = ("", rng.choice(UPDATED_LINES_315))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.2:
        items.append(("", rng.choice(SIGN_OFFS_315).format(Mods=mods[:1].upper() + mods[1:])))

    intros = [line.format(**fill) for line in POLICY_INTROS_315]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_315]
    titles = list(POLICY_TITLES_315)
    if word != "comment":
        titles = [title for title in titles if "comment" not in title.lower()]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_315)
