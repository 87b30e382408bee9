"""The ``reworded-332`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cape Clear community pages, Clwyd papers, Piney Woods weeklies, quoits and pétanque leagues, radio ham
and budgerigar societies, bronchiectasis and gastroparesis forums, Berkshires lake associations, lych gate and village
pound volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds these sites print, each as (headings, sentences). Headings are in sentence case; placeholders are
# filled per site: {c} {cs} {C} {Cs} (what readers send, singular/plural, capitalised) and {mods} (who moderates).
REWORDINGS_332: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Courtesy",
            "Good behaviour",
            "Play nicely",
            "How should I treat other members?",
            "Respect one another",
        ),
        (
            "Treat people on this page the way you would treat a neighbour on the quay or in the post office: "
            "disagree if you must, but keep it civil.",
            "Personal attacks, name-calling and sneering at other members will be removed, however provoked you feel.",
            "Argue with the point, not the person, and if you realise you have gone too far, apologise and move on.",
            "We are a small league and most of us will meet across a clay end or a piste before the season is out, "
            "so write nothing you would not say to someone's face.",
            "Please be kind; many of the people reading here are unwell, tired or frightened, and a sharp {c} can "
            "hurt far more than you meant it to.",
        ),
    ),
    (  # hatred and discrimination
        ("Hate speech", "No hatred or discrimination", "Discrimination", "What counts as hate?", "Offensive material"),
        (
            "{Cs} that attack people for their race, religion, nationality, disability, sex, sexual orientation or "
            "gender identity will be deleted without discussion.",
            "That includes jokes at the expense of incomers, travellers, the English, the Welsh or anybody else; "
            "we have heard them all before.",
            "Stirring up hatred is a criminal offence, and serious cases will be passed to the police.",
            "Racist, sexist, homophobic or otherwise bigoted language has no place here, whatever the subject.",
            'We do not allow slurs, even "in fun" and even with the letters starred out.',
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep private details private",
            "Can I share someone's address?",
            "Data protection",
            "Other people's details",
        ),
        (
            "Do not post anyone's home address, phone number, email address or car registration, your own included.",
            "Please don't name neighbours, nurses, consultants or other patients in a {c} without their permission.",
            "Callsigns are public, but a member's home QTH beyond the locator square is not ours to share, so please "
            "leave it out.",
            "We hold the details you register with under the Data Protection Act 2018 and use them only to run this "
            "site; we never sell them.",
            "If you would like something about you taken down, write to {mods} and it will be done as quickly as we "
            "can manage.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young members",
            "Protecting the vulnerable",
            "Junior members",
            "What if I'm worried about someone?",
        ),
        (
            "Never post photographs of juniors or other children at a match, show or working party without a "
            "parent's written consent.",
            "If anything you read here makes you worried that a child or vulnerable adult is at risk, contact the "
            "police or social services first and tell us afterwards.",
            "Our welfare officer can be reached in confidence through the club secretary.",
            "If a member writes that they are thinking of harming themselves, please don't try to handle it alone: "
            "report the {c} and, in an emergency, ring 999 or 112 (911 in the States).",
            "Do not ask young members for their contact details or invite them to talk privately; all contact should "
            "go through the club.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Approval of {cs}",
            "When will I see my {c}?",
        ),
        (
            "All {cs} are read by {mods} before they go live, which can take a day or two, and longer over weekends "
            "and in the show season.",
            "This page is run by volunteers and the island's broadband is not always kind to us, so please be "
            "patient if your {c} takes a while to show.",
            "The newsroom is staffed Monday to Friday; {cs} left after 5pm on a Friday may not be approved until "
            "Monday morning.",
            "Your first few {cs} will be held for approval, and after that they should appear straight away.",
            "Posting the same {c} twice will not make it appear any faster and may send both to the spam folder.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic {cs}", "What can I talk about here?"),
        (
            "Please keep {cs} to the story they sit under; general grumbles about the county council belong on the "
            "letters page.",
            "This board is for the league: fixtures, results, ends, hobs and anything else to do with the game.",
            "Threads that drift a long way from where they started may be split, moved or locked.",
            "Politics and religion are best kept off the forum unless they bear directly on the lake, its water or "
            "its shoreline.",
            "We would rather hear about the lych gate, the pound and the churchyard wall than about parking on the "
            "green, which is a matter for the parish council.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posting",
            "Links",
        ),
        (
            "Commercial advertising is not allowed here; if you would like to advertise, please contact our sales "
            "team.",
            "Birds, cages and equipment for sale may be mentioned in the Sales and Wants section only, and no more "
            "than once a week.",
            'Posting links to supplements, "miracle" diets or clinics that pay you will get your account closed.',
            "Surveys, chain letters and fundraising appeals need the approval of {mods} beforehand.",
            "{Cs} that exist only to carry a link will be treated as spam and removed.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Usernames",
            "Accounts",
            "Real names",
            "Do I have to use my real name?",
            "One member, one account",
        ),
        (
            "{Cs} for the printed edition must carry your full name and home town, though we may withhold the name "
            "on request if there is good reason.",
            "Please post under your own name or your callsign; anonymous accounts are not accepted.",
            "Many members here prefer a nickname, and that is fine, but one person may hold only one account.",
            "Do not pretend to be another person, a club officer or a member of staff.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Is it legal?", "Libel and contempt", "Court cases"),
        (
            "You are legally responsible for what you write, and under the Defamation Act 2009 the page can be held "
            "responsible too, so make no allegation you cannot prove.",
            "Say nothing about a case that is before the courts; {cs} on such stories may be closed to avoid contempt "
            "of court.",
            "Once someone has been charged, speculating about their guilt can prejudice a trial and land you, and us, "
            "in front of a judge.",
            "Anything that breaks Texas or federal law, or encourages someone else to, will be removed and may be "
            "reported.",
            "Accusing a named person or business of wrongdoing is libel unless you can show it is true; if in doubt, "
            "leave it out.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I post a photo I found?",
            "Copying",
            "Pictures",
            "Intellectual property",
        ),
        (
            "Only upload photographs you took yourself or that the owner has allowed you to use.",
            "Please don't paste whole articles from other papers; a short quotation and a link will do.",
            "By posting, you give us permission to republish your {c} in print or online, with your name attached.",
            "Circuit diagrams and magazine pages are copyright, so give the issue and page rather than posting a scan.",
            "Old photographs of the village may belong to the record office at Hawarden or the archives in Ruthin; "
            "check before sharing them.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report abuse", "How do I report a {c}?", "Flagging", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the Report link underneath it rather than replying.",
            "Please don't argue with a troll in public; flag the {c} and leave it to {mods}.",
            "Reports are anonymous, and the person you report will not be told who made it.",
            "Complaints about our journalism should go to the editor in writing; we follow the Editors' Code of "
            "Practice.",
            "Reporting a {c} does not mean it will be removed, only that somebody will look at it.",
        ),
    ),
    (  # the editor's or committee's discretion
        ("Our decision is final", "Editor's discretion", "The committee's discretion", "Who decides?", "Final say"),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "These rules cannot cover every case, and where they do not, {mods} will use their judgement.",
            "Decisions of the committee on what stays up are final, and we will not enter into correspondence about "
            "them.",
            "We may close {cs} on any story at any time, particularly on court reports and inquests.",
            "Posting here is a privilege of membership, not a right.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us", "Something wrong in an article?"),
        (
            "If we have got something wrong, please email the newsdesk rather than pointing it out in a {c}, so it "
            "can be put right quickly.",
            "Have you got a story for us? Ring the office in Mold or message us here, and we will treat your details "
            "in confidence.",
            "Changes to fixtures and results should go to the league secretary, not into a {c}, so the tables stay "
            "right.",
            "Corrections are printed on page two of the following week's edition.",
            "Seen something on the lake the board should know about, like a milfoil bloom or a loose dock? Let us "
            "know through the contact form.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Which languages can I use?", "Bad language", "Croeso / Welcome", "Irish and English"),
        (
            "Please don't swear; this page is read by children as well as adults.",
            "{Cs} in Welsh or English are equally welcome, and both are moderated in the same way.",
            "{Cs} as Gaeilge are every bit as welcome as those in English.",
            "Asterisks do not turn a swear word into a polite one.",
            "Please avoid writing in capitals, which reads as shouting, and keep text-speak to a minimum.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Sanctions",
            "What happens if I break the rules?",
            "Suspension",
            "Three strikes",
            "Consequences",
        ),
        (
            "A first breach will usually earn a private warning, a second a suspension, and a third a ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Members who have been banned may appeal once, in writing, to the club secretary.",
            "Setting up a new account to get round a ban will get that one banned too.",
            "Repeated breaches may be reported to the society's council, who can end a membership under the "
            "constitution.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Is this medical advice?",
            "Safety",
            "Take care",
        ),
        (
            "Nothing posted here is medical advice; always talk to your GP, respiratory team or gastroenterologist "
            "before changing your treatment.",
            "Sharing what has worked for you is welcome, but please never tell others to stop their medication or "
            "their airway clearance.",
            "Do not recommend doses of any medicine, prescribed or otherwise, even one you take yourself.",
            "Ice on the lake is never guaranteed safe, so don't rely on a {c} here to tell you it will hold.",
            "Climbing masts and working near mains is dangerous; advice here is given in good faith and followed at "
            "your own risk.",
        ),
    ),
    (  # private messages
        (
            "Private messages",
            "PMs",
            "Direct messages",
            "Can I message other members privately?",
            "Messaging",
        ),
        (
            "Private messages are for friendly contact between members, not for carrying on an argument from the "
            "open board.",
            "If you receive an unwanted or abusive private message, forward it to {mods} and do not reply.",
            "Do not use private messages to sell products or treatments to other members.",
            "New members cannot send private messages until they have made ten {cs}.",
            "We do not read private messages unless one is reported to us or the law requires it.",
        ),
    ),
)

# What readers send, (singular, plural): most sites say "comment"; the rest, about a quarter, never do.
COMMENT_WORD_332 = ("comment", "comments")
OTHER_WORDS_332: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after a site, as it would be named mid-sentence.
MODERATORS_332: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admins",
    "the page admins",
    "our volunteer moderators",
    "the newsdesk",
    "the forum team",
    "the board",
    "the hon. secretary",
)

# Opening lines a site may print before its items ({cs} and {mods} filled per site).
POLICY_INTROS_332: tuple[str, ...] = (
    "We want this to be a friendly place for everyone, so we ask all members to keep to a few simple rules.",
    "By posting here you agree to the following house rules.",
    "These guidelines apply to all {cs} on our website and on our social media pages.",
    "The committee asks everyone who uses the noticeboard to keep to these terms.",
    "Welcome! Before you join in, please take a minute to read our guidelines.",
    "This page is run by volunteers on the island, for the island and its friends.",
    "We value your {cs} and want the discussion under our stories to stay worth reading.",
    "Please read these rules before posting; {mods} will assume you have.",
)

# Closing lines a site may print after its items.
POLICY_CLOSINGS_332: tuple[str, ...] = (
    "Thank you for helping to keep this a friendly place.",
    "Thanks for reading, and happy posting.",
    "If you have any questions about these rules, please contact {mods}.",
    "These rules may be changed at any time without notice.",
    "Go raibh maith agaibh.",
    "Diolch yn fawr.",
    "Now go and enjoy the lake.",
    "Questions? Ask at the next club night.",
)

# Titles a site may print above its policy.
POLICY_TITLES_332: tuple[str, ...] = (
    "House Rules",
    "Community Guidelines",
    "Posting Rules",
    "Forum Rules",
    "Comment Policy",
    "Noticeboard Terms",
    "Rules of the Board",
    "Guidelines for {Cs}",
    "Terms of Use",
    "Our Rules",
    "Moderation Policy",
    "Rheolau'r Fforwm / Forum Rules",
)

# British spellings used above -> American; a site may print either.
AMERICAN_332: dict[str, str] = {
    "neighbour": "neighbor",
    "travellers": "travelers",
    "offence": "offense",
    "judgement": "judgment",
    "behaviour": "behavior",
    "realise": "realize",
    "apologise": "apologize",
}

# Words a title-cased heading keeps in lower case unless they come first.
SMALL_WORDS_332 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"))

# Shapes of list marker real sites print, each as a function of the item's place (1, 2, ...).
MARKER_SHAPES_332: tuple[str, ...] = (
    "1.",
    "1)",
    "(1)",
    "a)",
    "(a)",
    "A.",
    "i.",
    "(iv)",
    "I.",
    "•",
    "-",
    "–",
    "*",
    "▪",
    "Rule 1:",
    "Rule 1 –",
    "No. 1",
    "3.1",
    "§ 1",
)

# Section lines some sites print above the items (a part of a constitution, a handbook or the site's terms).
SECTION_LINES_332: tuple[str, ...] = (
    "Section {n}: Online Conduct",
    "Part {n} – Website and Forum",
    "Appendix {n}. Use of the club website",
    "Rule {n} (Online forum)",
    "{n}. Posting on this page",
    "Schedule {n}: Community standards",
)

# Last-updated lines, drawn with a date; {d} day, {m} month name, {mn} month number, {y} year.
UPDATED_LINES_332: tuple[str, ...] = (
    "Last updated: {d} {m} {y}",
    "Last updated {mn}/{d}/{y}",
    "Updated {m} {y}.",
    "Revised at the AGM, {m} {y}.",
    "These rules were agreed by the committee on {d} {m} {y}.",
    "Reviewed: {m} {y}",
    "(Amended {d}.{mn}.{y})",
)

MONTHS_332 = (
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

# Sign-offs printed after the items; {who} is the moderators, title-cased.
SIGN_OFFS_332: tuple[str, ...] = (
    "— {who}",
    "{who}",
    "Thanks, {who}",
    "73, {who}",
    "Is mise le meas, {who}",
    "Diolch, {who}",
    "Y'all play nice. – {who}",
)

# Ways of emphasising a heading: (before, after).
EMPHASES_332: tuple[tuple[str, str], ...] = (("**", "**"), ("*", "*"), ("__", "__"), ("[", "]"))


def _roman(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker(shape: str, place: int, section: int) -> str:
    """The list marker of ``shape`` for the item at ``place`` (from 1); ``section`` for section-numbered lists."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(place - 1) % 26]
    table = {
        "1.": f"{place}.",
        "1)": f"{place})",
        "(1)": f"({place})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(place)}.",
        "(iv)": f"({_roman(place)})",
        "I.": f"{_roman(place).upper()}.",
        "Rule 1:": f"Rule {place}:",
        "Rule 1 –": f"Rule {place} –",
        "No. 1": f"No. {place}",
        "3.1": f"{section}.{place}",
        "§ 1": f"§ {place}",
    }
    return table.get(shape, shape)


def _title_case(text: str) -> str:
    """``text`` with every word capitalised but the small ones after the first."""
    words = text.split(" ")
    return " ".join(
        word if (index and word.lower() in SMALL_WORDS_332) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _items_332(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only. The site draws its word for what readers send (a quarter
    of sites never say "comment", and then print nothing that does) and who moderates it; how many items (2-5 on
    some sites, 6-16 on most), in table order or shuffled; one to three sentences an item, in table order or not;
    heading case (as written, title case or capitals) or no headings at all; where headings stand (a part of their
    own, bare or with a stop or colon, or run in before the first sentence after a colon, stop or dash), sometimes
    emphasised with marks; list markers (numbers, letters, roman numerals, bullets, dashes, "Rule 1:", section numbers
    and more) or none; and now and then a section line, a last-updated line (top or bottom), a warning word before
    one item and a sign-off. Opening, closing and title lines, American spelling and curly quotes come from
    ``_furnish``."""
    says_comment = rng.random() >= 0.25
    singular, plural = COMMENT_WORD_332 if says_comment else rng.choice(OTHER_WORDS_332)
    moderators = rng.choice(MODERATORS_332)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def fill(texts: tuple[str, ...]) -> list[str]:
        filled = [text.format(**words) for text in texts]
        return [text for text in filled if says_comment or "comment" not in text.lower()]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_332)), count)
    if rng.random() < 0.55:
        kinds.sort()

    headed = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own", "run-in"))
    own_end = rng.choice(("", "", ".", ":"))
    run_in_sep = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    emphasis = rng.choice(EMPHASES_332) if headed and rng.random() < 0.2 else ("", "")
    marked = rng.random() < 0.55
    shape = rng.choice(MARKER_SHAPES_332)
    section = rng.randint(2, 9)
    max_sentences = rng.choice((1, 2, 2, 3, 3))
    keep_order = rng.random() < 0.6
    warned_place = rng.randrange(count) if rng.random() < 0.1 else -1

    items: list[tuple[str, ...]] = []
    for place, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_332[kind]
        heading_texts, sentence_texts = fill(headings), fill(sentences)
        if not sentence_texts or not heading_texts:
            continue
        chosen = rng.sample(range(len(sentence_texts)), min(rng.randint(1, max_sentences), len(sentence_texts)))
        if keep_order:
            chosen.sort()
        parts = [sentence_texts[index] for index in chosen]
        heading = rng.choice(heading_texts)
        if case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        heading = emphasis[0] + heading + emphasis[1]
        if place - 1 == warned_place:
            parts[0] = rng.choice(("IMPORTANT: ", "NB: ", "Please note – ")) + parts[0]
        marker = _marker(shape, len(items) + 1, section) + " " if marked else ""
        if not headed:
            items.append(("", marker + parts[0], *parts[1:]))
        elif placement == "own":
            end = "" if heading.endswith("?") else own_end
            items.append((marker + heading + end, *parts))
        else:
            sep = " " if heading.endswith("?") and run_in_sep in (": ", ". ") else run_in_sep
            items.append(("", marker + heading + sep + parts[0], *parts[1:]))

    if rng.random() < 0.15:
        line = rng.choice(SECTION_LINES_332).format(n=section if shape == "3.1" else rng.randint(2, 12))
        items.insert(0, (line, ""))
    if rng.random() < 0.2:
        month = rng.randrange(12)
        updated = rng.choice(UPDATED_LINES_332).format(
            d=rng.randint(1, 28), m=MONTHS_332[month], mn=month + 1, y=rng.randint(2015, 2025)
        )
        if rng.random() < 0.5:
            items.insert(0, ("", updated))
        else:
            items.append(("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_332).format(who=_title_case(moderators))))

    intros, closings, titles = (fill(table) for table in (POLICY_INTROS_332, POLICY_CLOSINGS_332, POLICY_TITLES_332))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_332)
