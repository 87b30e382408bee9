"""The ``reworded-220`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Tuvalu and Tokelau English news, Galloway forest papers, Nebraska sandhills weeklies, skittles
leagues, patchwork circles, COPD forums, cooperative-farm boards, almshouse chapel friends.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module and the helpers of
``reworded-212``'s were read, for their structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (templates in sentence case, without their stop; a question or two among them) and
#: five sentences (templates). Placeholders: {c} {cs} {C} {Cs} the site's word for what readers send; {area} {Area}
#: where they send it; {site} the site; {mods} {Mods} who moderates; {topic} what the site is about; {people} {People}
#: who posts; {law}, {help}, {emergency}, {tongue} as the kind of site words them. Written in British spelling; a
#: document may print it in American spelling (``AMERICAN_220``).
REWORDINGS_220 = (
    (  # civility
        ("Be courteous", "Treat others with respect", "Good manners", "Disagree kindly", "Why must I be polite?"),
        (
            "Be courteous to other {people}, even when you disagree with them.",
            "Criticise ideas, not the people who hold them; personal attacks will be removed.",
            "Name-calling, sneering and goading have no place on {area}.",
            "Write as you would speak to a neighbour over the garden wall.",
            "A {c} that belittles another reader will not be published, however good its point.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hateful content", "What counts as hate speech?", "Respect for all"),
        (
            "We do not allow {cs} that attack people for their race, religion, sex, sexuality, disability or age.",
            "Slurs and stereotypes are removed, even when they are meant as a joke.",
            "Anything that stirs up hatred against a group will be deleted and may be reported to the police.",
            "Remarks about where someone comes from, or about their family, are not acceptable.",
            "This includes unkind {cs} about people with disabilities or long-term illnesses.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I share someone's phone number?",
            "Other people's details",
        ),
        (
            "Do not post your own or anyone else's address, phone number or email address.",
            "Photographs of other people should not be shared without their permission.",
            "Private messages, letters and emails must not be copied into a {c} without the writer's consent.",
            "For your own safety, keep personal details off {area}.",
            "We will remove any {c} that names a private person who is not part of the discussion.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable people",
            "Children",
            "Who do I tell if I'm worried about someone?",
            "Keeping people safe",
        ),
        (
            "Never name or post pictures of children without the consent of a parent or guardian.",
            "If something you read worries you about a child or vulnerable adult, tell {mods} straight away.",
            "Do not arrange to meet anyone you have only got to know on {area}.",
            "Any {c} that could put a child at risk will be removed and passed to the proper authorities.",
            "Residents and patients have a right to dignity, so please do not discuss their care in public.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "When will my {c} go up?"),
        (
            "All {cs} are read by {mods} before they appear, so please be patient.",
            "We are a small team, and {cs} sent in the evening or at weekends may not be checked until the next "
            "working day.",
            "Your first {c} will be held for approval; after that most will appear straight away.",
            "Sending the same {c} twice will not speed things up.",
            "Because of the time difference, {cs} may take some hours to be approved.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "What can I post about?", "Off-topic posts"),
        (
            "Keep {cs} to {topic}.",
            "{Cs} that wander far from {topic} may be moved or removed.",
            "Please start a new thread rather than taking over someone else's.",
            "General grumbles about politics belong somewhere else.",
            "If you want to raise something different, find the right place for it or start a new thread.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "Links",
        ),
        (
            "Advertising, sales pitches and chain letters will be removed.",
            "Do not post links to products, services or websites in which you have an interest.",
            "Members may list surplus fabric, kit or stock in the For Sale section only.",
            "Repeated links to the same website will be treated as spam.",
            "{Cs} put up only to promote a business, cause or fundraiser will be deleted without notice.",
        ),
    ),
    (  # real names and accounts
        ("Your name", "Real names", "Accounts", "Do I have to use my real name?", "One account each", "Registration"),
        (
            "Please use your real name, or at least your first name and where you live.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Do not pretend to be another person, a moderator or an organisation.",
            "Keep your password to yourself and do not let anyone else post under your name.",
            "Usernames that are offensive or that advertise something will be changed or refused.",
        ),
    ),
    (  # the law
        (
            "Legal matters",
            "The law",
            "Defamation",
            "Court cases",
            "Could I be sued for what I write?",
            "Stay within the law",
        ),
        (
            "You are legally responsible for what you post, and {cs} must comply with {law}.",
            "Do not make allegations you cannot prove; defamatory {cs} will be removed.",
            "When a case is before the courts, do not discuss guilt or evidence that has not been heard in court.",
            "We may be obliged to hand the details of unlawful {cs} to the police.",
            "Anything that could prejudice a trial will not be published.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and other material",
            "Can I share photos from elsewhere?",
            "Credit where it's due",
        ),
        (
            "Only post photographs and words that you own or have permission to use.",
            "Please do not copy whole articles from other sites; a short quotation and a link is enough.",
            "Published patterns, plans and articles are protected by copyright and must not be scanned and shared.",
            "Always credit the maker, writer or photographer.",
            "By posting pictures here, you give {site} permission to show them on {area}.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beside it.",
            "Please report problems to {mods} rather than replying to them.",
            "Reports are confidential; the person you report will not be told who you are.",
            "Email {mods} if you are not sure whether something is allowed.",
            "Do not argue with a troublemaker in the open; report it and let us deal with it.",
        ),
    ),
    (  # discretion
        ("Our decision is final", "Discretion", "Editor's discretion", "Why was my {c} removed?", "Removal"),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "Publication of a {c} does not mean that {site} agrees with it.",
            "We may close any thread to new {cs} at any time.",
            "Decisions about what is published rest with {mods} and are final.",
            "We cannot enter into correspondence about individual {cs}.",
        ),
    ),
    (  # corrections and news
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Errors and tips"),
        (
            "If you think we have got something wrong, please email {mods} rather than posting it here.",
            "Have news, results or photos to share? Send them to {mods} by email.",
            "We will correct errors of fact as quickly as we can.",
            "Tips are welcome, but we cannot promise to use them.",
            "Please point out mistakes politely; we are a small team.",
        ),
    ),
    (  # language
        ("Language", "Keep it clean", "Mind your language", "What language should I write in?", "Swearing", "Shouting"),
        (
            "No swearing, including words with letters swapped for symbols.",
            "Please write in {tongue}, so that everyone can follow.",
            "Writing in capital letters is read as shouting, so please don't.",
            "Keep text-speak and abbreviations to a minimum; not everyone knows them.",
            "Crude or sexual language will be removed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspension",
        ),
        (
            "Anyone who breaks these rules will first get a warning from {mods}.",
            "A second offence may lead to a suspension, and a third to a permanent ban.",
            "Serious breaches, such as threats or abuse, will lead to an immediate ban.",
            "Anyone who is banned and rejoins under a new name will be removed again.",
            "{Mods} may suspend an account while a complaint is looked into.",
        ),
    ),
    (  # safety and advice
        (
            "Health and safety",
            "Not professional advice",
            "Is this medical advice?",
            "Look after yourself",
            "In an emergency",
        ),
        (
            "Nothing posted here replaces advice from {help}.",
            "Do not change any medicine, treatment or practice because of something you read on {area}.",
            "If you or someone else is in danger, call {emergency} at once rather than posting about it here.",
            "{People} share their own experience, which may not apply to you.",
            "Please do not recommend products or remedies as cures.",
        ),
    ),
)


TITLES_220 = (
    "Posting rules",
    "House rules",
    "Forum rules",
    "Rules for posting",
    "Community guidelines",
    "Comment policy",
    "Guidelines for {cs}",
    "Before you post",
    "Netiquette",
    "Code of conduct",
    "Comment guidelines",
    "Please read before posting",
    "Board rules",
    "Announcement: Forum rules",
    "Sticky: Please read before posting",
    "Rules of {area}",
)


INTROS_220 = (
    "{Hello}, and welcome to {area}. Please read these rules before you post.",
    "{Cs} are welcome from all {people}, provided they keep to the rules below.",
    "By posting on {area} you agree to the following.",
    "These rules keep {area} friendly and useful for everyone.",
    "These rules were agreed by {mods} and are reviewed every year.",
    "We welcome comments from {people}, but a few simple rules apply.",
)


CLOSINGS_220 = (
    "Thank you for keeping {area} a friendly place.",
    "Questions about these rules? Contact {mods}.",
    "These rules may change from time to time without notice.",
    "Full terms of use are on the About page.",
    "By sending a {c} you accept these rules.",
    "Happy commenting, and thank you for reading.",
)


#: British spellings in the lists above and their American forms.
AMERICAN_220 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "offence": "offense",
    "organisation": "organization",
    "criticise": "criticize",
}


#: Kinds of site: names for the site, who moderates, where readers write (not saying "comment"), where readers
#: write (saying it), the subject, who posts, the law, whom to ask for advice, the emergency line, the languages,
#: the greeting, sign-offs, and words of the site's own for what readers send (besides the shared ones).
_KINDS = (
    (  # Tuvalu and Tokelau English news
        ("the paper", "this website", "our news site", "the newsroom"),
        ("the editor", "the news desk", "our moderators", "the editorial team"),
        ("the reader forum", "our pages", "the readers' board"),
        ("the comment section", "the comments section", "comment threads"),
        ("the story", "the story you are reading", "news from Tuvalu and the region", "the news of the atolls"),
        ("readers", "readers at home and overseas"),
        ("the laws of Tuvalu", "the law", "the laws of Tokelau and New Zealand"),
        ("a doctor or nurse", "the proper authorities", "someone qualified"),
        ("the police", "the police or the hospital"),
        ("English or Tuvaluan", "English or Tokelauan", "English, Tuvaluan or Tokelauan"),
        ("Talofa", "Malo ni", "Talofa lava"),
        ("Fakafetai lasi.", "Fakafetai.", "Fakafetai lahi.", "Thank you, the Editor"),
        (),
    ),
    (  # Galloway forest papers
        ("the Gazette", "the paper", "our website"),
        ("the editor", "the newsdesk", "our moderators", "the web team"),
        ("the readers' forum", "our website", "the letters page online"),
        ("the comments section", "our comment pages", "the comment section below stories"),
        ("the article", "the story", "local news from the Stewartry and the Machars", "news of the Galloway hills"),
        ("readers", "Galloway readers", "readers and letter writers"),
        ("Scots law", "the law of Scotland", "the law"),
        ("a qualified professional", "the proper authorities"),
        ("999", "Police Scotland on 999"),
        ("English (a bit of Scots is fine)", "plain English", "English or Scots"),
        ("Hello", "Welcome"),
        ("Thank you for reading.", "The Editor"),
        ("letter",),
    ),
    (  # Nebraska sandhills weeklies
        ("the paper", "our website", "the newspaper"),
        ("the publisher", "the editor", "our staff", "the editor and publisher"),
        ("our website", "the online edition", "the reader forum"),
        ("the comment section", "our comment pages"),
        ("the story", "the article", "news from the county", "local news of the Sandhills"),
        ("readers", "subscribers", "readers and subscribers"),
        ("Nebraska law", "state and federal law", "the law"),
        ("a professional", "your doctor, lawyer or the extension office"),
        ("911", "911 or the county sheriff"),
        ("English", "plain English"),
        ("Welcome", "Hello, neighbours"),
        ("The Publisher", "Thanks for reading."),
        (),
    ),
    (  # skittles leagues
        ("the league", "the league website", "this site"),
        ("the league secretary", "the committee", "the forum admins", "the management committee"),
        ("the forum", "the league forum", "the message board", "the noticeboard"),
        ("the comment board", "the comments section"),
        ("skittles", "skittles and the league", "fixtures, results and alley news", "the game"),
        ("members", "players", "league members", "captains and players"),
        ("the law", "the law of England and Wales"),
        ("a professional", "someone properly qualified"),
        ("999",),
        ("English", "plain English"),
        ("Welcome", "Hello all"),
        ("League Secretary", "The Committee", "Good skittling!"),
        (),
    ),
    (  # patchwork circles
        ("the circle", "the group", "our website", "the circle's website"),
        ("the committee", "the group admins", "the circle secretary", "our moderators"),
        ("the forum", "the members' board", "the group page", "show and tell"),
        ("the comment section", "the gallery comment pages", "the blog's comment section"),
        ("patchwork and quilting", "patchwork, quilting and the circle's doings", "sewing, fabric and quilts"),
        ("members", "circle members", "stitchers"),
        ("the law", "copyright law and the general law"),
        ("a qualified professional", "someone properly qualified"),
        ("999",),
        ("English",),
        ("Hello, stitchers", "Welcome"),
        ("Happy stitching!", "Happy quilting!", "The Committee"),
        ("note",),
    ),
    (  # COPD forums
        ("the forum", "this community", "our online community", "the charity"),
        ("the moderators", "the moderation team", "our volunteer moderators", "the admins"),
        ("the forum", "the community forum", "the message boards", "this board"),
        ("the comment section", "the blog's comment section", "comment threads"),
        ("COPD and lung health", "living with COPD and other lung conditions", "breathing, lungs and life with COPD"),
        ("members", "people living with COPD and their carers", "members and carers"),
        ("the law", "UK law", "the law and our terms of use"),
        ("your GP or respiratory nurse", "your doctor, nurse or pharmacist", "your GP, practice nurse or consultant"),
        ("999", "999 (or 112)", "911"),
        ("English", "plain English"),
        ("Hello", "Welcome"),
        ("Breathe easy.", "The Moderators", "Take care of yourselves."),
        (),
    ),
    (  # cooperative-farm boards
        ("the co-op", "the cooperative", "this site"),
        ("the board", "the co-op office", "the member relations team", "the moderators"),
        ("the members' board", "the message board", "the member forum"),
        ("the comment section", "comment threads", "the comment board"),
        ("farming and the co-op's business", "the cooperative, its members and farming", "crops, stock and prices"),
        ("members", "member-owners", "members and their families"),
        ("the law", "state and federal law", "competition law and the general law"),
        ("an agronomist, vet or adviser", "a qualified adviser", "your vet or agronomist"),
        ("911", "999", "the emergency services"),
        ("English", "English or Spanish"),
        ("Welcome", "Hello, members"),
        ("Member Services", "Thank you, the Board"),
        ("posting",),
    ),
    (  # almshouse chapel friends
        ("the Friends", "the Friends of the Chapel", "this website", "our website"),
        ("the Friends' committee", "the secretary", "the committee", "the chaplain and the committee"),
        ("the guestbook", "the noticeboard", "the Friends' pages", "the prayer board"),
        ("the comment section", "the online comments book"),
        ("the chapel, the almshouse and the Friends' work", "the chapel and its history", "the chapel and its people"),
        ("Friends", "members", "Friends and visitors"),
        ("the law", "charity law and the general law"),
        ("a qualified person", "the proper authorities"),
        ("999",),
        ("English",),
        ("Welcome", "Dear Friends"),
        ("With thanks, the Committee", "With every blessing.", "The Secretary"),
        ("message", "note"),
    ),
)

_PLURAL = {"letter": "letters", "note": "notes", "posting": "postings", "message": "messages"}
_SAYING = (("comment", "comments"),) * 5 + (("post", "posts"), ("reply", "replies"), ("message", "messages"))
_OTHER = (("post", "posts"), ("post", "posts"), ("message", "messages"), ("reply", "replies"))
_OTHER += (("contribution", "contributions"),)
_MINOR = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with"}
_NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")
_NUMBER_WORDS += ("Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes, drawn per site ("" four times: no marker); "4.1" numbers the items under a section number.
_SHAPES = ("", "", "", "", "1.", "1.", "1)", "(1)", "1 -", "1/", "Rule 1.", "Rule One –", "One.", "4.1", "§1")
_SHAPES += ("a.", "(a)", "A)", "i)", "(iv)", "IV.", "•", "•", "-", "*", "◆", "❖", "✿", "~", "o", "✔", "→", "+")
_NUMBERED = {"1.", "1)", "(1)", "1 -", "1/", "Rule 1.", "4.1", "§1"}
_MONTHS = ("January", "February", "April", "May", "July", "September", "November")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ADMINS = ("admin", "Admin", "Moderator", "site admin", "LeagueSec", "forum team")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _case(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(w if i and w in _MINOR else _cap(w) for i, w in enumerate(words))
    return heading


def _mark(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    roman = _ROMANS[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 -": f"{n} -",
        "1/": f"{n}/",
        "Rule 1.": f"Rule {n}.",
        "Rule One –": f"Rule {_NUMBER_WORDS[n - 1]} –",
        "One.": f"{_NUMBER_WORDS[n - 1]}.",
        "4.1": f"{section}.{n}",
        "§1": f"§{n}",
        "a.": f"{letter}.",
        "(a)": f"({letter})",
        "A)": f"{letter.upper()})",
        "i)": f"{roman})",
        "(iv)": f"({roman})",
        "IV.": f"{roman.upper()}.",
    }.get(shape, shape)


def _items_220(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-220 policy. Draws a kind of site and whether it ever says "comment" (0.8; else its word for what
    readers send, where they send it, its title, opening and closing never do); two to five items (0.3) or six to all
    sixteen, in the table's order (0.5) or drawn; one to three sentences an item, now and then run into one part;
    per site a heading case, a placing of headings (none, a part of their own with or without a stop or wrapped in
    stars or tildes, run in before a colon, stop or dash), an item now and then without its heading, a marker shape
    or none (a marker now and then a part of its own), sentences numbered under a numbered item now and then, a
    question-and-answer printing now and then, items ended by semicolons now and then; now and then a forum
    byline above and "Top" below, a date line, a sign-off; then ``_furnish``."""
    sites, mods, areas, comment_areas, topics, people, laws, helps, emergencies, tongues, hellos, thanks, own = (
        rng.choice(_KINDS)
    )
    says = rng.random() < 0.8
    if says:
        c, cs = rng.choice(_SAYING)
        area = rng.choice(comment_areas if c != "comment" else areas + comment_areas)
    else:
        c, cs = rng.choice(_OTHER + tuple((word, _PLURAL[word]) for word in own))
        area = rng.choice(areas)
    mod, who = rng.choice(mods), rng.choice(people)
    words = {
        "c": c,
        "cs": cs,
        "C": _cap(c),
        "Cs": _cap(cs),
        "area": area,
        "Area": _cap(area),
        "site": rng.choice(sites),
        "mods": mod,
        "Mods": _cap(mod),
        "topic": rng.choice(topics),
        "people": who,
        "People": _cap(who),
        "law": rng.choice(laws),
        "help": rng.choice(helps),
        "emergency": rng.choice(emergencies),
        "tongue": rng.choice(tongues),
        "Hello": rng.choice(hellos),
    }

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_220))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_220[i] for i in sorted(rng.sample(range(len(REWORDINGS_220)), count))]
    else:
        chosen = rng.sample(REWORDINGS_220, count)
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper"))
    placing = rng.choice(("none", "own", "own", "own", "run", "run", "run"))
    faq = placing == "own" and rng.random() < 0.12
    wrap = rng.choice(("", "", "", "", "", "**", "~")) if placing == "own" else ""
    stop = rng.choice(("", "", ".", ":")) if placing == "own" else rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    shape = "" if faq else rng.choice(_SHAPES)
    section = rng.randint(2, 9)
    alone = bool(shape) and rng.random() < 0.12
    subnumber = shape in _NUMBERED and placing == "own" and rng.random() < 0.3
    paragraph = rng.random() < 0.25
    semicolons = placing != "own" and rng.random() < 0.08
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), 1 if semicolons else rng.choice((1, 1, 1, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        marker = _mark(shape, n, section)
        heading = ""
        if placing != "none" and rng.random() >= 0.07:
            questions = [h for h in headings if h.endswith("?")]
            heading = _case(fill(rng.choice(questions if faq and questions else headings)), case)
        if subnumber and heading and len(parts) > 1:
            base = marker.rstrip(".):/ -").removeprefix("Rule ").removeprefix("§").strip("(")
            parts = [f"{base}.{k} {part}" for k, part in enumerate(parts, 1)]
        elif paragraph:
            parts = [" ".join(parts)]
        if semicolons and n < len(chosen) and parts[-1].endswith("."):
            parts[-1] = parts[-1][:-1] + ";"
        if heading and placing == "own":
            if faq and heading.endswith("?"):
                items.append((f"Q: {heading}", f"A: {parts[0]}", *parts[1:]))
                continue
            if wrap:
                head = f"**{heading}**" if wrap == "**" else f"~ {heading} ~"
            else:
                head = heading if heading.endswith("?") else heading + stop
            if alone:
                items.append((marker, head, *parts))
            else:
                items.append((f"{marker} {head}" if marker else head, *parts))
            continue
        if heading:
            parts[0] = heading + (" " if heading.endswith("?") else stop) + parts[0]
        if alone:
            items.append((marker, *parts))
            continue
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))
    forum = rng.random() < 0.1
    if forum:
        day, month = rng.choice(_DAYS), rng.choice(_MONTHS)[:3]
        date, year, hour, minute = rng.randint(1, 28), rng.randint(2012, 2026), rng.randint(1, 12), rng.randint(0, 59)
        when = f"{day} {month} {date:02d}, {year} {hour}:{minute:02d}"
        items.insert(0, ("", f"by {rng.choice(_ADMINS)} » {when} {rng.choice(('am', 'pm'))}"))
    if rng.random() < 0.15:
        month, year = rng.choice(_MONTHS), rng.randint(2016, 2026)
        dated = (f"Last updated: {month} {year}", f"Agreed by {mod}, {month} {year}.", f"Reviewed {month} {year}")
        items.append(("", rng.choice(dated)))
    if rng.random() < 0.15:
        items.append(("", rng.choice(("", "", "– ", "~ ")) + rng.choice(thanks)))
    if forum and rng.random() < 0.5:
        items.append(("", "Top"))
    titles = [fill(t) for t in TITLES_220]
    intros = [fill(t) for t in INTROS_220]
    closings = [fill(t) for t in CLOSINGS_220]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_220)
