"""The ``reworded-309`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Isle of Mull papers, Solway coast news, Mesabi Iron Range weeklies, pickleball clubs, ham radio clubs,
narcolepsy forums, flood action groups, lime kiln restoration volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, in the order a site that keeps the table order prints them. Each kind is
# (headings, sentences): five or six headings, some of them questions, and five sentences in the voices of island and
# coast papers, Iron Range weeklies, clubs, forums and volunteer groups. {c} {cs} {C} {Cs} stand for the site's word for
# what readers send (singular, plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_309: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Respect other members", "Play the ball, not the player", "Courtesy", "Can I disagree?"),
        (
            "Disagree with the argument if you must, but do not attack the person making it.",
            "Treat people here as you would a neighbour in the ferry queue at Craignure: we all have to live on the "
            "same island afterwards.",
            "Personal attacks, name-calling and sneering at other members will be removed, however well argued the "
            "rest of the {c} is.",
            "The courtesy we expect on the air applies here too, so listen before you transmit and be patient with "
            "newcomers who are still learning.",
            "Good sportsmanship does not stop at the kitchen line; keep the banter friendly and criticism of other "
            "players off the group.",
        ),
    ),
    (  # hatred
        ("Hate speech", "No discrimination", "Racism, sexism and bigotry", "What counts as hateful?", "All welcome"),
        (
            "We do not publish {cs} that attack people for their race, religion, sex, sexual orientation, disability "
            "or where they come from.",
            "Incomers, holiday-home owners and seasonal workers are part of this community too, and {cs} that abuse "
            "them as a group will not appear.",
            "Mocking someone's accent, their Gaelic or their English is not banter, and it will be deleted.",
            "Jokes about people with sleep disorders being lazy, drunk or faking it are not welcome here, even in fun.",
            "Stirring up hatred is an offence under the Hate Crime and Public Order (Scotland) Act 2021 as well as "
            "against our rules, and serious cases will be passed to Police Scotland.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal information", "Keep it private", "Can I name someone?", "Other people's details"),
        (
            "Do not post anyone's address, phone number, email address or car registration, and think twice before "
            "posting your own.",
            "Please do not name or photograph children at club sessions, galas or school events without their "
            "parents' consent.",
            "This forum is public and indexed by search engines, so think about what you would be happy for your "
            "employer to read before posting about your diagnosis.",
            "Do not post another operator's home address, even if it can be looked up from their callsign.",
            "Flood reports are welcome, but please do not name individual houses or their owners without permission.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Keeping people safe",
            "What if someone is at risk?",
            "Welfare concerns",
        ),
        (
            "If you are worried that a child or vulnerable adult is at risk, contact the club welfare officer or the "
            "police directly rather than posting about it here.",
            "Adult members must not contact junior members by private message through this site.",
            "If you are feeling low or thinking of harming yourself, please speak to your GP or call Samaritans on "
            "116 123; in the US, call or text 988.",
            "Young members taking part in club nets and field days are supervised by a named adult who holds a full "
            "licence.",
            "Volunteers under 16 are welcome at work parties but must be accompanied by a parent or guardian at all "
            "times on site.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "When will my {c} go live?",
            "How moderation works",
        ),
        (
            "Every {c} is read by a person before it is published, so there may be a delay, especially at weekends.",
            "The office is staffed part-time and the queue is checked by {mods} two or three times a day, so "
            "please be patient and do not send the same {c} twice.",
            "{Cs} sent late on a Friday may wait until Monday morning, as there is nobody in the office over the "
            "weekend.",
            "The first few {cs} from a new member are held for approval; after that they appear straight away.",
            "If your {c} has not appeared after 48 hours it has probably been declined, and we cannot always say why.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right place?", "Relevance"),
        (
            "Please keep {cs} to the subject of the story or thread you are replying to.",
            "Questions about court bookings, ladder results and lost paddles belong in their own sections, not in "
            "general chat.",
            "This group is for sharing flood information and getting ready for the next event, not for wider "
            "political arguments.",
            "Long-running feuds from other forums, the pub or the community council should stay there.",
            "Threads that drift a long way from the original question may be split or locked.",
        ),
    ),
    (  # advertising and spam
        ("No spam", "Advertising", "Selling and promotion", "Can I advertise my business?", "Links"),
        (
            "Do not use {cs} to advertise goods, services, holiday lets or events; our advertising department will be "
            "happy to help instead.",
            "Links to shops, supplement sellers or so-called cures for narcolepsy will be removed and the account may "
            "be banned.",
            "Radio gear may be offered for sale in the Buy and Sell section only, with a price and a rough location.",
            "Posting the same message in several threads counts as spam, however worthy the cause.",
            "Affiliate links, referral codes and paddle sponsorship offers are not allowed.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Accounts", "Real names, please", "Can I use a nickname?", "Usernames", "One account each"),
        (
            "{Cs} must carry your real name and the town or village where you live, though we may withhold a name "
            "in exceptional circumstances.",
            "Please use your callsign as your username, or put it in your signature, so other members know who they "
            "are talking to.",
            "A nickname is fine, but you may hold only one account, and pretending to be another member, a doctor or "
            "a public figure will get you banned.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Usernames that are offensive or contain a web address will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Legal matters", "Defamation", "Contempt of court", "What could get us sued?"),
        (
            "Do not say anything about a person that you could not prove; both you and the paper can be sued for "
            "defamation.",
            "Once someone has been arrested or charged, {cs} that could prejudice a trial will not be published, as "
            "that would be contempt of court.",
            "Cases before the sheriff courts at Oban and Dumfries cannot be discussed here until they are over.",
            "You are legally responsible for what you post, and we will comply with a valid order from a Minnesota "
            "court to identify an account.",
            "Do not speculate about who caused a flood or blocked a culvert; accusations of that kind belong with "
            "SEPA, the Environment Agency or the police.",
        ),
    ),
    (  # copyright
        ("Copyright", "Photos and other people's work", "Can I post a photo?", "Quoting", "Your content"),
        (
            "Only post photographs you took yourself or have permission to use, and say who took them.",
            "Quote a short passage and link to the rest rather than pasting in a whole article from another paper.",
            "By posting you give us permission to publish your {c} on this site, in print and on our social media "
            "pages.",
            "Old photographs of the kiln and estate papers may still be in copyright, so check with the archive that "
            "holds them before posting scans.",
            "Do not upload copies of manuals, circuit diagrams or magazine articles unless the publisher allows it.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a problem", "How do I report a {c}?", "Seen something wrong?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying to it.",
            "Reports go straight to {mods}, and the person reported is not told who made the report.",
            "Please do not argue with trolls in the thread; report them and move on.",
            "Disagreeing with a {c} is not in itself a reason to report it.",
            "You can also email the newsdesk with a link to the {c} and a short note on what is wrong.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Editor's discretion", "The committee's decision", "Our right to remove", "Final say", "Who decides?"),
        (
            "The editor has the final say on what is published and may edit, shorten or decline any {c} without "
            "giving a reason.",
            "This is a private club site, not a public square, and the committee reserves the right to remove any {c}.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "Decisions made by {mods} are final and will not be discussed in public threads.",
            "We may close {cs} on any story at any time, for example on court reports or stories about a death.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Errors in our reporting"),
        (
            "If you think we have got something wrong, please email the editor rather than leaving a {c}, so we can "
            "put it right quickly.",
            "Have a story from Mull, Iona, Coll or Tiree? Ring the office or use the Contact Us page.",
            "Tips about closed roads, ferry disruption or rising water reach a reporter sooner if you send them to "
            "the newsdesk.",
            "Corrections are printed in the following week's paper and noted at the foot of the online story.",
            "Photos from around the Range can be sent in through our Submit a Photo form.",
        ),
    ),
    (  # language
        ("Language", "Bad language", "Swearing", "Keep it clean", "Is swearing allowed?", "Write clearly"),
        (
            "No swearing, including words with letters swapped for asterisks.",
            "{Cs} written entirely in capitals are hard to read and may be removed.",
            "{Cs} in Gaelic are as welcome as those in English.",
            "Keep the language fit for a family audience; many of our members are juniors.",
            "Q-codes and common abbreviations are fine, but please spell out anything a newcomer might not know.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "A first breach usually earns a warning by private message; repeated breaches lead to a suspension and "
            "then a permanent ban.",
            "Serious breaches such as threats or hate speech can lead to an immediate ban without warning.",
            "Anyone who is banned and registers again under a new name will be removed again without notice.",
            "Members who break these rules may also be referred to the committee under the club's code of conduct.",
            "We keep a record of warnings, and it is reviewed after twelve months.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Safety first",
            "Not professional advice",
            "Should I follow advice I read here?",
            "Health and safety",
            "Emergencies",
        ),
        (
            "Members share their own experience, not medical advice; always talk to your sleep specialist before "
            "changing a medication or dose.",
            "Never offer, sell or swap prescription medicines such as modafinil, pitolisant or sodium oxybate.",
            "Where life is at risk call 999, and do not rely on this page for flood warnings: sign up to Floodline "
            "on 0345 988 1188 instead.",
            "Do not advise anyone on mains wiring, high-voltage amplifiers or masts near power lines unless you are "
            "qualified to do so.",
            "Nobody may climb on the kiln walls, go into the draw arches or handle lime without gloves and goggles, "
            "and everyone follows the site leader's briefing.",
        ),
    ),
    (  # elections and political letters
        ("Elections", "Political letters", "Endorsements", "Can I back a candidate?", "Election season"),
        (
            "No new endorsements of candidates are published in the final week before an election, so that nobody is "
            "left without a chance to reply.",
            "Candidates may not use {cs} to campaign; paid political advertising is available through our "
            "advertising department.",
            "{Cs} about the mines, the school referendum or the city council are welcome if they deal with issues "
            "rather than personalities.",
            "Each writer is limited to one political {c} a month.",
            "The club takes no side in elections, and its name must not be used in campaign material.",
        ),
    ),
)

# The site's word for what readers send, singular and plural, when it does not say "comment" (a quarter of sites).
OTHER_WORDS_309: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after the site, as its sentences name them after a verb or preposition.
MODERATORS_309: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the newsdesk",
    "the committee",
    "the forum team",
    "the admin team",
    "the club secretary",
    "the web editor",
    "our volunteer moderators",
    "the group admins",
)

# Opening lines a site may print before its items ({cs} and {mods} filled per site).
POLICY_INTROS_309: tuple[str, ...] = (
    "Please read these guidelines before posting.",
    "We welcome {cs} from readers and want the discussion here to be lively, fair and friendly.",
    "These house rules apply to everyone who posts on this site.",
    "By registering you agree to the following rules.",
    "The following rules were agreed by the committee and apply to all members.",
    "This forum is run by volunteers for people living with narcolepsy and those who care for them.",
    "A few simple rules keep this group useful for everyone on the Solway coast.",
    "Before you send a {c}, please take a minute to read the following.",
    "Please read before posting - these rules are enforced by {mods}.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_309: tuple[str, ...] = (
    "Thank you for helping us keep this a friendly place.",
    "These rules may be changed at any time without notice.",
    "Questions about these rules? Contact {mods}.",
    "73, and happy posting.",
    "See you on the courts!",
    "Thank you, and stay safe.",
    "By posting you agree to abide by these guidelines.",
    "Tapadh leibh - thank you.",
)

# Title lines a site may print above its items.
POLICY_TITLES_309: tuple[str, ...] = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the group",
    "Noticeboard terms",
    "Message board rules",
    "Terms for {cs}",
    "Code of conduct",
    "Guidelines for {cs}",
)

# British spellings used in the sentences and lines above, and their American forms.
AMERICAN_309: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "licence": "license",
    "organise": "organize",
}

# Words a title-cased heading keeps in lower case unless they come first.
SMALL_WORDS_309 = frozenset({"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "by", "at"})

# Names of the first and the second part, when a site splits its items into two with section lines.
FIRST_SECTION_NAMES_309: tuple[str, ...] = ("General", "The basics", "Conduct", "Posting")
SECOND_SECTION_NAMES_309: tuple[str, ...] = ("Other matters", "Moderation and enforcement", "Content", "More rules")

# Months for last-updated and posted-by lines.
MONTHS_309: tuple[str, ...] = (
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

# Who signs off a policy, when a site signs it.
SIGN_OFFS_309: tuple[str, ...] = (
    "- The Editor",
    "The committee",
    "73 de the committee",
    "Admin team",
    "The Moderators",
    "Posted on behalf of the work party organisers",
    "Your flood action group",
)


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, index: int) -> str:
    """The list marker of ``style`` for the item at ``index`` (from 0), followed by its space; "" for none."""
    number = index + 1
    letter = "abcdefghijklmnopqrstuvwxyz"[index % 26]
    shapes = {
        "none": "",
        "dot": f"{number}. ",
        "paren": f"{number}) ",
        "both": f"({number}) ",
        "letter": f"{letter}) ",
        "letter-both": f"({letter}) ",
        "capital": f"{letter.upper()}. ",
        "roman": f"{_roman(number)}. ",
        "roman-both": f"({_roman(number)}) ",
        "roman-capital": f"{_roman(number).upper()}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "en-dash": "\u2013 ",
        "star": "* ",
        "rule": f"Rule {number}: ",
        "rule-dash": f"Rule {number} \u2013 ",
        "section": f"\u00a7{number} ",
        "clause": f"{number}. ",
    }
    return shapes[style]


def _cased(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if position and word.lower() in SMALL_WORDS_309 else word[:1].upper() + word[1:]
            for position, word in enumerate(words)
        )
    return heading


def _date_309(rng: random.Random) -> str:
    """A date as a British or an American site prints it."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_309), rng.randint(2018, 2026)
    shape = rng.random()
    if shape < 0.4:
        return f"{day} {month} {year}"
    if shape < 0.7:
        return f"{month} {day}, {year}"
    if shape < 0.85:
        return f"{month} {year}"
    return f"{MONTHS_309.index(month) + 1:02d}/{day:02d}/{year}"


def _items_309(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. A site draws its word for what readers send ("comment"
    for three sites in four, otherwise one that never says it) and who moderates; how many kinds it prints (two to
    five for some sites, six to sixteen for most), in table order or shuffled; how many sentences an item may take
    (one to three) and which; its headings' case (as written, title case or capitals) or no headings at all; where
    a heading stands (a part of its own, bare or with a stop or colon, or run in before the first sentence after a
    colon, stop or dash); an emphasis style for headings (none, asterisks, underscores, BBCode bold); its list
    markers (none, numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section signs, or numbered clauses
    such as 3.1 under a numbered heading); and habits of its own: section lines splitting the items into parts, a
    last-updated or "post by" line, and a sign-off. The opening, closing and title lines come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = ("comment", "comments") if says_comment else rng.choice(OTHER_WORDS_309)
    moderators = rng.choice(MODERATORS_309)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
    }

    def filled(text: str) -> str:
        text = text.format(**words)
        return text[:1].upper() + text[1:]

    # Which kinds, how many and in what order.
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_309)), count)
    if rng.random() < 0.6:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))

    # How headings look and where they stand.
    has_headings = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own", "own-stop", "own-colon", "run-in"))
    run_in_joint = rng.choice((": ", ". ", " - ", " \u2013 ", " \u2014 "))
    emphasis = rng.choice(("", "", "", "", "**", "*", "__", "[b]"))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "none",
            "dot",
            "dot",
            "paren",
            "both",
            "letter",
            "letter-both",
            "capital",
            "roman",
            "roman-both",
            "roman-capital",
            "bullet",
            "bullet",
            "dash",
            "en-dash",
            "star",
            "rule",
            "rule-dash",
            "section",
            "clause",
        )
    )

    if marker_style == "star" and emphasis == "*":
        emphasis = "**"  # a starred list bolds its headings with double asterisks

    items: list[tuple[str, ...]] = []
    for index, kind in enumerate(chosen):
        headings, sentences = REWORDINGS_309[kind]
        taken = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [filled(sentence) for sentence in taken]
        if marker_style == "clause":
            parts = [f"{index + 1}.{number} {part}" for number, part in enumerate(parts, start=1)]
        marker = _marker(marker_style, index)
        if marker_style == "clause" and (not has_headings or placement == "run-in"):
            marker = ""  # numbered clauses already lead each sentence
        if not has_headings:
            parts[0] = marker + parts[0]
            items.append(("", *parts))
            continue
        heading = _cased(filled(rng.choice(headings)), case)
        is_question = heading.endswith("?")
        shown = f"[b]{heading}[/b]" if emphasis == "[b]" else f"{emphasis}{heading}{emphasis}"
        if placement == "run-in":
            joint = " " if is_question else run_in_joint
            parts[0] = f"{marker}{shown}{joint}{parts[0]}"
            items.append(("", *parts))
        else:
            stop = {"own": "", "own-stop": ".", "own-colon": ":"}[placement]
            items.append((f"{marker}{shown}{'' if is_question else stop}", *parts))

    # Section lines splitting the items into parts.
    if len(items) >= 6 and rng.random() < 0.2:
        names = (rng.choice(FIRST_SECTION_NAMES_309), rng.choice(SECOND_SECTION_NAMES_309))
        shape = rng.choice(("Part {n}: {name}", "Section {letter}. {name}", "{upper}", "- {name} -"))
        middle = rng.randint(2, len(items) - 2)
        for number, (position, name) in enumerate(((middle, names[1]), (0, names[0]))):
            part_number = 2 - number
            line = shape.format(n=part_number, letter="AB"[part_number - 1], name=name, upper=name.upper())
            items.insert(position, (line, ""))

    # A last-updated line, or the "post by" line a forum prints above a pinned post.
    dated = rng.random()
    if dated < 0.2:
        updated = rng.choice(
            (
                "Last updated: {date}",
                "Last updated {date}.",
                "Updated {date}",
                "These rules were last reviewed on {date}.",
                "Revised by the committee, {date}.",
                "Effective {date}",
            )
        ).format(date=_date_309(rng))
        if rng.random() < 0.4:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    elif dated < 0.3:
        weekday = rng.choice(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
        month = rng.choice(MONTHS_309)[:3]
        hour, minute = rng.randint(1, 12), rng.randint(0, 59)
        stamp = f"{weekday} {month} {rng.randint(1, 28):02d}, {rng.randint(2012, 2025)} {hour}:{minute:02d} "
        stamp += rng.choice(("am", "pm"))
        author = rng.choice(("admin", "Admin", "Moderator", "forum_admin", "Site Admin"))
        items.insert(0, ("", f"Post by {author} \u00bb {stamp}"))

    # A sign-off.
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_309)))

    def usable(lines: tuple[str, ...]) -> list[str]:
        filled_lines = [filled(line) for line in lines]
        return [line for line in filled_lines if says_comment or "comment" not in line.lower()]

    return _furnish(
        items, rng, usable(POLICY_INTROS_309), usable(POLICY_CLOSINGS_309), usable(POLICY_TITLES_309), AMERICAN_309
    )
