"""The ``reworded-174`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Islands and Niue news, Anglesey and Llyn peninsula papers, Nevada ranch-county weeklies, curling
clubs, woodturning guilds, type-1 diabetes parents' forums, housing-association tenants' boards and
waterway-restoration volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, docs or
reports, nor other families' sentences (of other families only ``reworded-6``'s code was read, for the structure)."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (each kind has a question among them), and five sentences, one to three of which
#: an item prints. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) are the site's word for what readers send.
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_174``).
REWORDINGS_174 = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Play the ball, not the player",
            "Kindness costs nothing",
            "Would you say it to their face?",
            "Keep it courteous",
        ),
        (
            "Disagree as much as you like, but do it politely and without personal attacks.",
            "Remember that the people you are replying to are neighbours, club members and families like yours.",
            "{Cs} that insult, mock or belittle other members will be taken down.",
            "Grazing, water rights and wild horses stir strong feelings here, so argue the point and leave the "
            "person alone.",
            "Robust debate is welcome; name-calling and sneering are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for hate",
            "Is it prejudiced?",
            "Respect for all communities",
            "Racism and bigotry",
        ),
        (
            "We do not allow {cs} that attack people because of their race, religion, gender, sexuality, "
            "disability or age.",
            "Slurs aimed at any nationality, island community or faith will be removed without warning.",
            "Stereotyping tenants on benefits, incomers, migrants or any other group is not acceptable here.",
            "Hateful language is removed as soon as we see it, and repeat offenders are banned.",
            'This includes jokes, memes and "just asking questions" that demean a group of people.',
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal information",
            "Don't share personal details",
            "Whose details are these?",
            "Keep private things private",
        ),
        (
            "Do not post anyone's address, phone number, email or vehicle registration, including your own.",
            "Never name or identify a neighbour, a member of staff or a contractor in a {c} about a dispute.",
            "Please do not share your child's full name, school or date of birth in a public {c}.",
            "Photos of other people's homes, boats or livestock should not be posted without their owner's agreement.",
            "Personal information will be edited out, or the whole {c} removed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and young people",
            "Children on the forum",
            "Are you under 16?",
            "Vulnerable members",
            "Keeping young members safe",
        ),
        (
            "Members must be 18 or over; teenagers with diabetes are welcome in our separate moderated teens' group.",
            "Junior members' photos are only posted with a parent or guardian's written consent.",
            "Never ask a child or young person to contact you privately.",
            "If you are worried that someone is at risk of harm, contact the emergency services first and then let "
            "a moderator know.",
            "Concerns about a child's welfare are passed to our safeguarding officer and handled in confidence.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Delays in publishing",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "Our small team works on Rarotonga time, so {cs} sent overnight from overseas may take a while to go up.",
            "{Cs} on court reports and some sensitive stories are held for checking before publication.",
            "Please do not send the same {c} more than once; it will appear once it has been approved.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "On-topic {cs} only",
            "Keep the thread on track",
            "Right board, right thread?",
        ),
        (
            "Please keep your {c} relevant to the story or thread it appears under.",
            "Start a new thread rather than taking an existing one off course.",
            "General chat belongs in the Clubhouse section, not in the results and fixtures threads.",
            "Questions about a particular lathe or tool are best asked on the Equipment board.",
            "{Cs} that drift far from the subject may be moved or removed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and selling",
            "Buying and selling",
            "Can I promote my business?",
            "Commercial posts",
            "Links and promotion",
        ),
        (
            "Advertising, sales pitches and chain letters are not allowed, and neither are repeated links to your "
            "own site.",
            "Members may list second-hand tools and timber on the Sales board only, once per item per month.",
            "Traders and turners selling their work should contact us about a paid listing instead.",
            "Spam is deleted, and accounts that exist only to advertise are closed.",
            "Please do not post raffle, fundraising or crowdfunding appeals without asking the committee first.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Use your real name",
            "One account per person",
            "Who are you?",
            "Usernames",
            "Registration",
        ),
        (
            "Please post under your real name; anonymous {cs} are not published.",
            "Each member may have one account only, so do not open a second one to get round a suspension.",
            "Do not impersonate another member, a councillor, a member of staff or a public figure.",
            "Usernames that are offensive, misleading or include a web address will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Could it land us in court?",
            "Court cases and contempt",
            "Stay within the law",
        ),
        (
            "Do not make allegations about named people that you cannot prove; defamation is as serious online as "
            "in print.",
            "Once someone has been charged, do not speculate about their guilt or discuss the evidence until the "
            "case is over.",
            "{Cs} that break the law, or encourage others to, will be removed and may be passed to the police.",
            "Do not identify victims of sexual offences or young people in court proceedings, even by hinting.",
            "The publisher can be held legally responsible for what appears on this site, so we will remove "
            "anything that puts it at risk.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Is it yours to share?",
            "Sharing articles",
            "Plans, patterns and photos",
        ),
        (
            "Only upload photos you took yourself or have permission to use.",
            "Please link to other articles rather than pasting them in full.",
            "Published plans and magazine patterns are copyright; describe them, but do not scan or copy them here.",
            "By posting, you give us permission to publish your {c} on our website and in print.",
            "Credit the photographer or maker when you share a picture of someone else's work.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "Flagging {cs}",
            "How do I report a {c}?",
            "Tell a moderator",
        ),
        (
            "Use the Report link under any {c} you think breaks these rules.",
            "If something worries you, email the moderators rather than replying to it in the thread.",
            "Reports are anonymous; the member you report will not be told who flagged them.",
            "Please tell us why you are reporting a {c} so we can deal with it quickly.",
            "Reporting a {c} does not remove it automatically; a moderator will review it.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' judgement",
            "Why was my {c} removed?",
            "Right to remove",
            "Final say",
        ),
        (
            "The editor may remove, edit or decline any {c} without giving a reason.",
            "The committee's decision on what appears on the forum is final.",
            "We may close {cs} on any story, particularly those about bereavements, court cases or elections.",
            "Moderators use their judgement, and not every {c} that breaks these rules will be caught straight away.",
            "Being allowed to post here is a privilege, not a right, and it can be withdrawn.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
            "Tell the newsroom",
        ),
        (
            "If you think we have got something wrong in a story, email the newsroom rather than posting a {c}.",
            "Corrections are published on the page where the mistake appeared.",
            "Got a news tip or a photo from your district? Send it to the editor directly.",
            "Complaints about our reporting should follow our complaints procedure, linked at the foot of each page.",
            "Match reports and results for the newsletter go to the secretary, not on the forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which language?",
            "Swearing",
            "Keep it clean",
            "Tone and style",
        ),
        (
            "{Cs} in Welsh or English are equally welcome.",
            "{Cs} in Cook Islands Māori, Vagahau Niue or English are all welcome.",
            "Swearing, including starred-out or abbreviated swearing, is not allowed.",
            "Please avoid writing entirely in capital letters; it reads as shouting.",
            "Text-speak and heavy abbreviation make {cs} hard to follow, so please write words out in full.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Suspensions",
            "Three strikes",
            "Consequences",
            "Enforcement",
        ),
        (
            "Members who break these rules will usually get a warning first, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "Anyone found using another account to get round a ban will have all their accounts removed.",
            "Repeated breaches of these guidelines will result in your posting rights being withdrawn.",
            "If you think a moderator has got it wrong, you may appeal to the committee by email within 14 days.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Safety first",
            "Advice on the forum",
            "Is this advice safe?",
            "Not a substitute for professional advice",
            "Take care",
        ),
        (
            "Nothing posted here replaces advice from your child's diabetes team, so check any change to insulin "
            "doses with them first.",
            "Do not recommend specific insulin doses, ratios or correction factors for another member's child.",
            "Sharpening, finishing and lathe-speed tips are shared in good faith; follow the maker's instructions and "
            "wear proper protection.",
            "Do not encourage anyone to enter locks, culverts or channels; work parties run under our own risk "
            "assessments.",
            "Opinions shared by members are their own and not the views of the club or its committee.",
        ),
    ),
    (  # the right channel
        (
            "Not for repairs",
            "Reporting repairs",
            "Is this the right place?",
            "Urgent problems",
            "Contacting us directly",
            "Personal cases",
        ),
        (
            "Please do not use this board to report repairs; call the repairs line or use the online form.",
            "Staff do not watch the board around the clock, so emergencies such as gas leaks or flooding must be "
            "reported by phone.",
            "Individual rent, benefit or tenancy questions should be raised with your housing officer, not here.",
            "Ice bookings, membership renewals and subscription queries go to the club secretary.",
            "If you spot pollution or a damaged lock gate, report it to the navigation authority's emergency line "
            "as well as posting here.",
        ),
    ),
)

#: A Welsh gloss for each item kind's heading, in the table's order: a bilingual site prints "Welsh / English".
WELSH_174 = (
    "Parch",
    "Casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadw at y pwnc",
    "Hysbysebu",
    "Eich cyfrif",
    "Y gyfraith",
    "Hawlfraint",
    "Adrodd",
    "Penderfyniad y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion a gwaharddiadau",
    "Diogelwch",
    "Atgyweiriadau",
)

#: What a site calls what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_174 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

#: Titles, opening and closing lines such sites print with their rules (placeholders as in the table).
TITLES_174 = (
    "House rules",
    "Forum Rules",
    "Community guidelines",
    "Posting guidelines",
    "Rules of the board",
    "Rheolau'r fforwm / Forum rules",
    "Guidelines for {cs}",
    "Code of Conduct",
    "Board etiquette",
    "Before you post",
)

INTROS_174 = (
    "Kia orana! We welcome your {cs}, within the rules below.",
    "Fakaalofa lahi atu! Please read these rules before you post.",
    "Croeso. Please read the following before posting.",
    "We welcome {cs} from readers across the county, provided they follow the rules below.",
    "This forum is run by parents, for parents, and these guidelines help keep it a safe place.",
    "These guidelines apply to everyone who uses the board, tenants and staff alike.",
    "By posting on this site you agree to the following.",
)

CLOSINGS_174 = (
    "Thank you for helping to keep this a friendly place.",
    "Diolch am eich cydweithrediad. Thank you for your co-operation.",
    "Meitaki ma'ata for reading.",
    "These rules may be updated at any time; the latest version is always on this page.",
    "Questions about these guidelines can be sent to the moderators.",
    "- The Editor",
    "Last updated: March 2025",
)

#: British spellings in the lists above and their American forms (a reworded-174 document prints one or the other).
AMERICAN_174 = {
    "neighbour": "neighbor",
    "judgement": "judgment",
    "offences": "offenses",
    "co-operation": "cooperation",
    "councillor": "councilor",
}

_SMALL = {"a", "an", "and", "the", "of", "to", "in", "on", "or", "for", "at", "by", "not", "with", "if", "neu", "y"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (k and word in _SMALL) or not word else word[0].upper() + word[1:] for k, word in enumerate(words)
    )


def _marker(style: str, k: int) -> str:
    """The k-th (from 0) marker of a site's list, as printed before an item; "" for none."""
    letter = "abcdefghijklmnopqrstuvwxyz"[k]
    roman = _ROMAN[k]
    shapes = {
        "1.": f"{k + 1}.",
        "1)": f"{k + 1})",
        "(1)": f"({k + 1})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "rule": f"Rule {k + 1}:",
        "rule-dash": f"Rule {k + 1} -",
        "none": "",
    }
    return shapes.get(style, style)  # a bullet prints as itself


def _items_174(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-174 policy. Drawn per document: the site's word (another than "comment" 0.25); few items (two to
    four, 0.3) or many (six to all seventeen), in the table's order (0.5) or shuffled; one sentence an item (0.35) or
    one to three; headings for none (0.15) or each (now and then one missing), in one case (as written, title case,
    capitals or lower case), printed on their own part or run in before a stop, colon or dash, asked as a question
    where the site asks (0.1, with "Q:"/"A:" some of the time) or bilingual Welsh / English (0.12); a marker shape
    (numbers, letters, Roman numerals, "Rule N", bullets or none), and under a heading sub-markers for the sentences
    (0.12); then ``_furnish``'s opening, closing and title lines."""
    if rng.random() < 0.25:
        c, cs = rng.choices(WORDS_174, weights=(5, 2, 1.5, 1.5))[0]
    else:
        c, cs = "comment", "comments"
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    indices = list(range(len(REWORDINGS_174)))
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(indices))
    chosen = sorted(rng.sample(indices, count)) if rng.random() < 0.5 else rng.sample(indices, count)

    one_sentence = rng.random() < 0.35
    bare = rng.random() < 0.15
    case = rng.choices(("as", "title", "upper", "lower"), weights=(5, 3, 2, 0.6))[0]
    run_in = rng.random() < 0.45
    run_stop = rng.choice((": ", ". ", " - ", " – ", " — ", ": "))
    own_stop = rng.choice(("", "", ".", ":"))
    faq = not bare and rng.random() < 0.1
    qa = faq and rng.random() < 0.5
    welsh = not bare and not faq and rng.random() < 0.12
    style = rng.choices(
        ("none", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "rule", "rule-dash", "•", "-", "*", "–", "▪"),
        weights=(6, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 4, 2, 1, 1, 1),
    )[0]
    if style.startswith("rule"):  # "Rule 3: Be civil." rather than "Rule 3: Be civil:"
        run_stop = ". " if run_stop == ": " else run_stop
        own_stop = "." if own_stop == ":" else own_stop
    subs = not bare and not run_in and not qa and rng.random() < 0.12
    sub_style = rng.choice(("a)", "(a)", "-", "•", "i."))

    items: list[tuple[str, ...]] = []
    for k, index in enumerate(chosen):
        headings, sentences = REWORDINGS_174[index]
        n = 1 if one_sentence else rng.choices((1, 2, 3), weights=(5, 3, 1))[0]
        said = [sentence.format(**words) for sentence in rng.sample(sentences, n)]
        heading = ""
        if not bare and rng.random() > 0.05:
            questions = [h for h in headings if h.endswith("?")]
            heading = rng.choice(questions if faq else headings).format(**words)
            if welsh:
                heading = f"{WELSH_174[index]} / {heading}"
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            elif case == "lower":
                heading = heading.lower()
            if qa:
                heading = "Q: " + heading
                said[0] = "A: " + said[0]
        mark = _marker(style, k)
        if subs and heading and len(said) > 1:
            said = [f"{_marker(sub_style, j)} {sentence}" for j, sentence in enumerate(said)]
        if heading and run_in:
            stop = " " if heading.endswith("?") else run_stop
            said[0] = heading + stop + said[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += own_stop
        if mark:
            if heading:
                heading = f"{mark} {heading}"
            else:
                said[0] = f"{mark} {said[0]}"
        items.append((heading, *said))

    intros = [line.format(**words) for line in INTROS_174]
    closings = [line.format(**words) for line in CLOSINGS_174]
    titles = [line.format(**words) for line in TITLES_174]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_174)
