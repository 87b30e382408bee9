"""The ``reworded-250`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vanuatu English news, Anglesey papers, North Dakota prairie weeklies, karate clubs, family history
societies, multiple sclerosis forums, leaseholders' associations, heritage orchard groups.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, each ``(headings, sentences)``: the headings a site may print over the item (questions
# among them) and the sentences it may say under it. ``{c}``/``{cs}`` (``{C}``/``{Cs}`` capitalised) stand for the
# site's word for what readers send, ``{mods}`` for who looks after the site.
REWORDINGS_250: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Why do we ask you to be polite?",
            "Courtesy",
            "Treat others as you would in the dojo",
        ),
        (
            "Disagree as much as you like, but keep it civil and aim at the argument, not the person making it.",
            "Treat fellow members as you would if they were sitting beside you at the monthly meeting.",
            "Personal attacks, name-calling and sneering at someone's spelling will be removed.",
            "Respect on the mat means respect online too: no bullying, no belittling lower grades and no running "
            "feuds between clubs.",
            "Many people here live with a long-term illness and some days are hard, so please be kind.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Racism and abuse",
            "What counts as hate speech?",
            "Equality",
            "Is it ever just a joke?",
        ),
        (
            "{Cs} that attack people because of their race, island, religion, sex, sexuality or disability will be "
            "deleted.",
            "We do not allow abuse of incomers, Welsh speakers or anyone else on Ynys Môn because of where they come "
            "from or the language they speak.",
            "Slurs against Native Americans, newcomers to the oil patch or any other group have no place here, "
            "joke or not.",
            "Sexist, homophobic or racist remarks break the club's equality policy as well as these rules.",
            'Hatred dressed up as "just asking questions" is still hatred.',
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Living persons",
            "Protect your personal details",
            "Can I share other people's details?",
            "Personal information",
        ),
        (
            "Do not post details of living people, such as dates of birth, addresses or phone numbers, without their "
            "consent.",
            "Family trees shared on the forum should hide anyone born in the last hundred years unless they have "
            "agreed to appear.",
            "Never put your own or anyone else's home address, phone number or email address in a public {c}.",
            "Please don't name neighbours, flat numbers or the managing agent's staff in a way that could identify "
            "them at home.",
            "Your diagnosis is yours to share; someone else's is not, so please don't post about another member's "
            "health without their say-so.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Keeping juniors safe",
            "Protecting young people",
            "What if I am worried about a child?",
        ),
        (
            "Do not post photographs or full names of junior members without written permission from a parent or "
            "guardian.",
            "Instructors must not message juniors privately through the site; anything for an under-18 goes through "
            "a parent.",
            "If you are worried about a child's safety, speak to the club welfare officer, or call 999 in an "
            "emergency, rather than posting about it here.",
            "Anything that puts a child or vulnerable adult at risk will be taken down at once and may be passed to "
            "the Vanuatu Police Force.",
            "Our welfare officer's name and number are on the noticeboard at the dojo and on the Contact page.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "Delays",
            "Waiting for approval",
        ),
        (
            "Every {c} is read by a person before it appears, so there may be a delay, especially at weekends.",
            "Our moderators are volunteers with day jobs, so please allow up to 48 hours before asking where your "
            "{c} has gone.",
            "The office closes for the Independence holidays at the end of July, and {cs} will wait until we are back.",
            "Ours is a two-person newsroom, so {cs} sent on press day or during harvest may sit a while before "
            "anyone sees them.",
            "Posting the same {c} several times will not make it appear sooner; it only fills the queue.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Is this the right place?",
            "Relevance",
            "Use the right board",
        ),
        (
            "Keep {cs} to the story above; general gripes about the county commission belong in a letter to the "
            "editor.",
            "Questions about grading dates, fees and kit go in Club Notices, not in the technique threads.",
            "Put research queries in the right parish or surname section so the people who can help will see them.",
            "This board is for leaseholders on the estate; for disputes with a landlord elsewhere, LEASE, the "
            "Leasehold Advisory Service, is a better place to start.",
            "Threads that drift from rootstocks to politics will be locked or trimmed.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Buying, selling and swapping",
        ),
        (
            'No advertising, chain letters or links to sites selling anything, least of all "cures" for MS.',
            "Members may offer spare scion wood and rootstocks free or to swap in the Exchange section, but trade "
            "sales are not allowed.",
            "Second-hand gis, mitts and shin pads can go in the Kit Swap thread; adverts for other clubs' classes "
            "cannot.",
            "Spam, repeated links and posts written to push a product will be deleted and the account closed.",
            "Contractors and managing agents touting for work will be removed; ask the committee for its list of "
            "recommended firms instead.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Accounts",
            "Do I have to use my real name?",
            "One account each",
            "Registration",
        ),
        (
            'Use your real name and town; {cs} signed "Concerned Resident" or with a nickname will not be published.',
            "One account per person, please; a second account made to agree with yourself will be closed along with "
            "the first.",
            "Do not pretend to be another person, a chief, a government officer or a member of our staff.",
            "Usernames must not be offensive or contain a phone number or web address.",
            "Membership numbers are checked when you register, so allow a few days for your account to be approved.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Keep it legal",
            "Does the law apply here?",
            "Stay within the law",
            "Libel and the law",
        ),
        (
            "Do not accuse named people of crimes or wrongdoing; defamation is against the law, and both you and we "
            "can be held responsible.",
            "Posts that break the laws of the Republic of Vanuatu, including its cybercrime laws, will be removed and "
            "may be reported.",
            "Contempt of court is a criminal offence, so please do not speculate about guilt while a case is before "
            "the magistrates or Caernarfon Crown Court.",
            "Nothing here should encourage anyone to break the terms of their lease, withhold service charges "
            "unlawfully or damage the building.",
            "North Dakota and federal law apply to everything posted on this site, and we will cooperate with law "
            "enforcement when required.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I use material from elsewhere?",
            "Copyright and photographs",
            "Who owns what I post?",
        ),
        (
            "Only upload photographs you took yourself or have permission to use, and say who took them.",
            "Transcriptions of parish registers and census pages may be shared for personal research, but not whole "
            "indexes copied from subscription sites.",
            "By posting you give us a licence to publish your {c} in print and online; the copyright stays with you.",
            "Do not paste in whole articles from other papers; a short quote and a link are plenty.",
            "Kata and kumite videos filmed at gradings belong to the association and must not be reposted without "
            "the chief instructor's permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Complaints",
        ),
        (
            "If you see something that breaks these rules, use the Report link rather than replying to it.",
            "Email the webmaster with a link to the {c} and a short note on what is wrong with it.",
            "Please don't argue with a troll in public; report it and leave it to {mods}.",
            "Reports are confidential, and every one is looked at, though we cannot always reply.",
            "Complaints about a moderator's decision should go to the secretary in writing, not on the board.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove posts",
            "Can you delete my {c}?",
            "Removal and editing",
        ),
        (
            "We may edit, shorten or refuse any {c} without giving a reason.",
            "The decision of {mods} on what is published is final.",
            "Publication is a privilege, not a right, and we would rather turn one {c} away than let the whole "
            "thread turn sour.",
            "If you want something of yours taken down, email us and it will be removed as soon as we can manage.",
            "These rules may be changed at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Corrections and tips",
            "Tell us",
        ),
        (
            "If we got something wrong, email the newsroom so it can be put right, rather than leaving a {c} under "
            "the story.",
            "Got a news tip from Santo, Tanna or the outer islands? Send it to our reporters with a phone number so "
            "we can call you back.",
            "Corrections to transcribed records go to the indexing coordinator, with the source reference.",
            "Birth announcements, wedding write-ups and obituaries go through the front office, not the website.",
            "If our variety register has an origin or a synonym wrong, tell the records officer; corrections are "
            "always welcome.",
        ),
    ),
    (  # language
        (
            "Language",
            "Language and tone",
            "Mind your language",
            "What about language?",
            "Iaith / Language",
        ),
        (
            "No swearing, and that includes swear words with asterisks or letters swapped.",
            "{Cs} may be written in English, French or Bislama.",
            "You are welcome to write in Welsh or English, and mocking either language is not allowed.",
            "Keep it family-friendly: this is a small-town paper, and our readers run from eight to ninety-eight.",
            "Please don't type in capital letters, which reads as shouting.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Enforcement",
        ),
        (
            "A first breach earns a warning, a second a week's suspension and a third a permanent ban.",
            "Threats or serious abuse mean an immediate ban without warning.",
            "Banned members who come back under a new name will be removed again and may face the club's "
            "disciplinary procedure.",
            "A member suspended from the forum remains a member of the association and keeps a vote at the AGM.",
            "We keep a record of warnings, and repeated small breaches add up.",
        ),
    ),
    (  # safety and medical advice
        (
            "Advice and safety",
            "Advice is not a substitute for a professional",
            "Safety first",
            "Can I trust advice given here?",
            "Health and safety",
            "Is this advice?",
        ),
        (
            "Nothing posted here is medical advice; talk to your neurologist or MS nurse before starting, changing or "
            "stopping any treatment.",
            "Do not promote unproven treatments, clinics abroad or supplements as cures.",
            "Techniques shown in forum videos should only be practised under a qualified instructor.",
            "Pruning tips are shared in good faith; ladders and saws are used at your own risk, and never climb an "
            "old tree alone.",
            "If you or someone else is in danger, call 999 (911 in the US) straight away; the forum is not watched "
            "around the clock.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Political posts",
            "Campaigning",
            "Can candidates post?",
            "Politics",
        ),
        (
            "During an election campaign we will not publish {cs} from candidates or their agents about their own "
            "campaigns.",
            "Letters endorsing candidates for county and city races close two weeks before Election Day.",
            "Campaigning for any party or candidate in the national elections is not allowed on this page.",
            "The association is non-political, so keep party politics out of the forum, even on leasehold reform.",
            "Posts about the council or our grant funders should stay factual and polite.",
        ),
    ),
)

# The words a site uses for what readers send, ``(singular, plural)``: "comment" at most sites, and the words a
# quarter of them use instead, never saying "comment".
COMMENT_WORDS_250: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_250: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
)

# Who looks after a site, as printed mid-sentence for ``{mods}``.
MODERATORS_250: tuple[str, ...] = (
    "the moderators",
    "our moderators",
    "the editor",
    "the editors",
    "the committee",
    "the forum team",
    "the web team",
    "the site administrators",
    "the newsroom",
    "the club secretary",
    "the trustees",
    "our volunteer moderators",
    "the admin team",
)

# Opening lines a site may print before its rules (``_furnish`` adds one by chance).
POLICY_INTROS_250: tuple[str, ...] = (
    "Please read these rules before posting.",
    "We welcome {cs} from readers on Efate, Santo and beyond, provided they keep to the rules below.",
    "Our forum is a friendly place, and these guidelines help keep it that way.",
    "By posting you agree to the following.",
    "The committee has agreed the following rules for the association's website and message board.",
    "We welcome your {cs}. A few ground rules:",
    "These rules apply to the members' forum, the Facebook group and the club WhatsApp group.",
    "We're glad to hear from readers across the county. To keep things neighborly, we ask the following.",
    "Comments are open on most stories. Before you join in, please read our comment policy.",
)

# Closing lines a site may print after its rules (``_furnish`` adds one by chance).
POLICY_CLOSINGS_250: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Tankyu tumas.",
    "Diolch am ddarllen – thank you for reading.",
    "Questions about these rules? Email the secretary.",
    "Osu!",
    "Happy posting, and good hunting in the records.",
    "See you at the next pruning day.",
    "Thanks for reading, and for keeping the conversation civil.",
    "Thank you for commenting responsibly.",
)

# Titles a site may print over its rules (``_furnish`` adds one by chance, sometimes in capitals).
POLICY_TITLES_250: tuple[str, ...] = (
    "House Rules",
    "Comment Policy",
    "Forum Rules",
    "Posting Guidelines",
    "Community Guidelines",
    "Noticeboard Terms of Use",
    "Rules of the Forum",
    "Guidelines for {Cs}",
    "Online Code of Conduct",
    "Message Board Rules",
    "Forum Etiquette",
    "Commenting Guidelines",
)

# British spellings used in this family's sentences, and their American forms (a site may print either).
AMERICAN_250: dict[str, str] = {
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "practised": "practiced",
}

# Section lines a site may print above its rules, as a part of a handbook or constitution.
SECTION_LINES_250: tuple[str, ...] = (
    "Section 7 – Website and forum",
    "Part 4: Online conduct",
    "Appendix B – Code of conduct for the message board",
    "Club handbook, section 9: Conduct online",
    "Schedule 3: Use of the residents' website",
    "Rheolau'r fforwm / Forum rules",
    "Terms of use, part 2: {Cs}",
)

# Sign-offs a site may print under its rules.
SIGN_OFFS_250: tuple[str, ...] = (
    "— The Editor",
    "The Committee",
    "By order of the committee",
    "Sensei and the club committee",
    "Forum Admin Team",
    "The Webmaster, on behalf of the Society",
    "— The Publisher",
    "Hon. Secretary",
)

# Words a site prefixes to one sentence it wants read first.
EMPHASIS_WORDS_250: tuple[str, ...] = ("Important:", "IMPORTANT:", "Please note:", "NB:", "PLEASE NOTE:")

# The list markers sites print before their items, by style ("none" weighted, as many sites print none).
MARKER_STYLES_250: tuple[str, ...] = (
    "none",
    "none",
    "none",
    "1.",
    "1)",
    "(1)",
    "a.",
    "a)",
    "(a)",
    "i.",
    "(i)",
    "I.",
    "bullet",
    "dash",
    "en dash",
    "star",
    "Rule 1:",
    "Rule 1 –",
    "7.1",
    "§",
)

# Month names for a site's last-updated line.
MONTHS_250: tuple[str, ...] = (
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

# Words left in lower case when a site prints its headings in title case.
SMALL_WORDS_250: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)


def _title_case(heading: str) -> str:
    """``heading`` with each word capitalised but the small ones (the first word always capitalised)."""
    words = heading.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_250) or not word[:1].isalpha() else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(style: str, number: int, section: int) -> str:
    """The list marker of ``style`` for the ``number``-th item (``section`` for dotted section numbers)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "1.": f"{number}.",
        "1)": f"{number})",
        "(1)": f"({number})",
        "a.": f"{letter}.",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_roman(number)}.",
        "(i)": f"({_roman(number)})",
        "I.": f"{_roman(number).upper()}.",
        "bullet": "•",
        "dash": "-",
        "en dash": "–",
        "star": "*",
        "Rule 1:": f"Rule {number}:",
        "Rule 1 –": f"Rule {number} –",
        "7.1": f"{section}.{number}",
        "§": f"§{number}",
    }
    return markers[style]


def _date_line(rng: random.Random) -> str:
    """A last-updated line, in British or American date order."""
    year, month, day = rng.randint(2014, 2025), rng.choice(MONTHS_250), rng.randint(1, 28)
    forms = (
        f"Last updated: {day} {month} {year}",
        f"Last updated {month} {day}, {year}",
        f"Updated {month} {year}",
        f"Reviewed by the committee, {month} {year}",
        f"Adopted at the AGM, {day} {month} {year}",
        f"Effective {month} {day}, {year}",
        f"Revised {day}/{MONTHS_250.index(month) + 1}/{year}",
    )
    return rng.choice(forms)


def _items_250(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send ("comment" three times in four, otherwise a word that never says
    "comment", with the opening, closing and title lines that say "comment" then left out) and who looks after it;
    how many item kinds it prints (two to five at a fifth of sites, otherwise six to sixteen), in table order or
    shuffled, and up to how many sentences an item has (one to three); whether its headings are printed and in what
    case (as written, title case or capitals) and where they stand (a part of their own, bare or with a stop or colon,
    or run in before the first sentence after a colon, stop or dash); its list marker (numbers, letters, roman
    numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or none; and its own printing habits by
    chance: a handbook section line at the top, a last-updated line at the top or bottom, one sentence set off with
    "Important:" or printed in capitals, and a sign-off. ``_furnish`` then adds its opening, closing and title lines,
    American spelling and curly quotes."""
    says_comment = rng.random() < 0.75
    singular, plural = COMMENT_WORDS_250 if says_comment else rng.choice(OTHER_WORDS_250)
    words = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": rng.choice(MODERATORS_250),
    }

    def fill(text: str) -> str:
        return text.format(**words)

    def fit(table: tuple[str, ...]) -> list[str]:
        lines = [fill(line) for line in table]
        return lines if says_comment else [line for line in lines if "comment" not in line.lower()]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_250)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 2, 3))
    heading_case = rng.choice(("as written", "as written", "title", "capitals", "none"))
    heading_place = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    marker_style = rng.choice(MARKER_STYLES_250)
    section = rng.randint(2, 12)

    # one sentence a site may set off for attention: which item's last sentence, and how
    emphasised = rng.randrange(count) if rng.random() < 0.12 else -1
    emphasis = rng.choice(("capitals", *EMPHASIS_WORDS_250))
    run_in = heading_case != "none" and heading_place.startswith("run")

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_250[kind]
        said = [fill(sentence) for sentence in rng.sample(sentences, rng.randint(1, most_sentences))]
        if number - 1 == emphasised:
            if emphasis == "capitals" or (run_in and len(said) == 1):
                said[-1] = said[-1].upper()
            else:
                said[-1] = f"{emphasis} {said[-1]}"
        heading = fill(rng.choice(headings))
        if heading_case == "title":
            heading = _title_case(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        asks = heading.endswith("?")
        if heading_case == "none":
            item: tuple[str, ...] = ("", *said)
        elif heading_place.startswith("own"):
            stop = {"own": "", "own stop": ".", "own colon": ":"}[heading_place]
            item = (heading + ("" if asks else stop), *said)
        else:
            joiner = {"run colon": ": ", "run stop": ". ", "run dash": " – "}[heading_place]
            if joiner == ": " and marker_style.endswith(":"):
                joiner = ". "  # "Rule 1: Be civil. ..." rather than two colons
            item = ("", heading + (" " if asks else joiner) + said[0], *said[1:])
        if marker_style != "none":
            marker = _marker(marker_style, number, section)
            first = 0 if item[0] else 1
            item = (*item[:first], f"{marker} {item[first]}", *item[first + 1 :])
        items.append(item)

    if rng.random() < 0.2:  # a last-updated line, at the top or the bottom
        dated = ("", _date_line(rng))
        if rng.random() < 0.4:
            items.insert(0, dated)
        else:
            items.append(dated)
    if rng.random() < 0.15:  # a section line from the handbook or constitution the rules belong to, above all
        items.insert(0, (rng.choice(fit(SECTION_LINES_250)), ""))
    if rng.random() < 0.15:  # a sign-off
        items.append(("", rng.choice(SIGN_OFFS_250)))

    return _furnish(items, rng, fit(POLICY_INTROS_250), fit(POLICY_CLOSINGS_250), fit(POLICY_TITLES_250), AMERICAN_250)
