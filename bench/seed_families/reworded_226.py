"""The ``reworded-226`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vanuatu English news, Isles of Scilly-style island newsletters from the Channel Islands, Mississippi
Delta weeklies, netball leagues, hand-bell ringers, arthritis forums, tenants' associations, pier preservation trusts.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor other families' sentences (of other families only ``reworded-6``'s module and the helpers and
``_items_220`` of ``reworded-220``'s were read, for their structure)."""

from __future__ import annotations

import random

from ._common import _american_with, _furnish, _says_comment

#: Per item kind: heading choices (templates in sentence case, without their stop; a question or two among them) and
#: five sentences (templates). Placeholders: {c} {cs} {C} {Cs} the site's word for what readers send; {area} {Area}
#: where they send it; {site} the site; {mods} {Mods} who moderates; {topic} what the site is about; {people} who
#: posts; {law}, {help}, {emergency}, {tips}, {Risk} as the kind of site words them. Written in British spelling; a document may
#: print it in American spelling (``AMERICAN_226``), and a Delta weekly always does.
REWORDINGS_226 = (
    (  # civility
        ("Be courteous", "Mind your manners", "Play the ball, not the player", "Is it kind?", "Respect others"),
        (
            "Disagree with an idea by all means, but do not attack the person who holds it.",
            "Name-calling, sneering and personal digs have no place in {area}.",
            "Treat other {people} as you would if you met them face to face.",
            "Please keep {cs} polite, even when you feel strongly about {topic}.",
            "We all share this space, so be patient with newcomers and with those who see things differently.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Hateful content", "Zero tolerance for prejudice", "Is it fair to everyone?"),
        (
            "{Cs} that stir up hatred on grounds of race, religion, nationality, sex, disability or sexuality "
            "will be removed.",
            "Racist, sexist or homophobic remarks, including so-called jokes, are not allowed.",
            "Do not single out any group of people for ridicule or abuse.",
            "Abuse aimed at migrants, visitors or seasonal workers is treated in the same way as any other hate speech.",
            "We report threatening or hateful material to the police where we think it is necessary.",
        ),
    ),
    (  # privacy
        ("Privacy", "Personal details", "Keep private things private", "Whose information is it?", "Protect privacy"),
        (
            "Never post anyone's address, phone number or email, and that includes your own.",
            "Do not share details of another person's health, tenancy or family without their permission.",
            "Photographs of neighbours, their homes or their cars must not be posted without consent.",
            "If you mention a flat, a landlord or a member of staff, leave out anything that would identify them.",
            "We will edit out personal information that slips through, and may remove the whole {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping players safe",
            "Protecting the vulnerable",
            "Who is looking out for juniors?",
        ),
        (
            "Do not name or post pictures of junior members without written consent from a parent or guardian.",
            "Any concern about the welfare of a child should go to our welfare officer, not into {area}.",
            "Adults must not ask young members for private contact details or invite them to message privately.",
            "If you are worried that someone is at risk, contact {emergency} straight away.",
            "We follow our safeguarding policy and will pass on anything that suggests a person may be in danger.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "All {cs} are read by {mods} before they appear, which can take up to 48 hours.",
            "Moderation is done by volunteers, who look at {area} about once a day.",
            "Over weekends and public holidays you may wait a little longer for your {c} to go live.",
            "Posting the same {c} again will not speed things up and may cause it to be treated as spam.",
            "New members' first few {cs} are held for approval; after that most appear straight away.",
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "Is it on topic?"),
        (
            "Please keep {cs} relevant to the story or thread you are replying to.",
            "Please keep to {topic} here; general chat belongs elsewhere.",
            "Long-running personal disputes should be taken elsewhere.",
            "{Cs} that drift a long way off the subject may be moved or deleted.",
            "If you want to raise something new, start a new thread rather than taking over someone else's.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I promote my business?", "Links and adverts"),
        (
            "Commercial advertising is not allowed; ask about our classified rates instead.",
            "Links to shops, betting sites or get-rich-quick schemes will be removed without warning.",
            "Members may mention a fundraiser or charity event once, with the organiser's agreement.",
            "Accounts set up only to post adverts or links are deleted.",
            "Please do not use {area} to sell tickets, raffle prizes or second-hand goods.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "One person, one account",
            "Usernames",
            "Do I have to use my real name?",
        ),
        (
            "We ask that you post under your own name, or at least a name that fellow members would recognise.",
            "Usernames that are offensive or impersonate someone else will be changed or removed.",
            "Only one account is allowed per person; duplicate accounts will be closed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Pretending to be a committee member, a journalist or an official is a serious breach of these rules.",
        ),
    ),
    (  # the law
        ("Stay within the law", "Legal matters", "Defamation", "Court cases", "Could this land you in court?"),
        (
            "Do not post anything that is untrue and damaging about a named person or business.",
            "Please do not discuss cases that are before the courts, as this could put the trial at risk.",
            "{Cs} must comply with {law}; you may be held personally responsible for what you write.",
            "Allegations of crime should be made to the police, not posted in {area}.",
            "We will co-operate with any lawful request to disclose information about an account.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and music", "Whose picture is it?", "Credit your sources"),
        (
            "Only post photographs, recordings or text that you own or have permission to use.",
            "Quote a short extract and link to the source rather than copying a whole article.",
            "By posting a picture you give {site} permission to show it on the website and in the newsletter.",
            "Please credit the photographer when you share someone else's picture with their agreement.",
            "Material posted in breach of copyright will be taken down as soon as we are told about it.",
        ),
    ),
    (  # reporting
        ("Reporting a problem", "Report it", "Seen something wrong?", "Flagging posts", "Complaints"),
        (
            "If you see a {c} that breaks these rules, use the report link beneath it rather than replying.",
            "Please do not argue with a troublemaker in public; let {mods} deal with it.",
            "Reports are confidential and the person reported will not be told who made them.",
            "You can also email {mods} directly, giving a link to the {c} and the reason for your concern.",
            "We look at every report, although we cannot always reply to each one individually.",
        ),
    ),
    (  # editor's discretion
        ("Our decision", "Editor's discretion", "The final word", "Right to refuse", "Who decides?"),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "The decision of {mods} on whether a {c} is published is final.",
            "We reserve the right to close {area} on any story at any time.",
            "Publication of a {c} does not mean that {site} agrees with it.",
            "These rules may be changed from time to time, and the latest version always applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "Spotted a mistake?", "News tips", "Tell us"),
        (
            "If we have got something wrong, please email the editor so that it can be put right properly.",
            "Corrections posted as {cs} may be missed; a direct message reaches us faster.",
            "Story ideas, photos and news from your village or club are always welcome by email.",
            "Please send {tips} to {mods} by email rather than posting them here.",
            "Letters for the printed edition should be under 300 words and include your name and address.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Write clearly", "Which language?", "No shouting"),
        (
            "Please write in English so that {mods} and other readers can follow the discussion.",
            "Swearing, including swear words with letters replaced by symbols, is not allowed.",
            "Typing in capital letters reads as shouting, so please use them sparingly.",
            "Keep {cs} reasonably short; very long posts may be trimmed.",
            "Text-speak and strings of emojis make {cs} hard to read for many of our members.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Sanctions", "Suspensions"),
        (
            "A first breach will normally earn a warning, a second a suspension, and a third a permanent ban.",
            "Serious breaches, such as threats or hate, may lead to an immediate ban.",
            "Members who are banned and rejoin under another name will be removed again.",
            "If you think a decision was wrong, write to {mods}, not in {area}.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    (  # safety and advice
        ("Advice and safety", "Not professional advice", "Health information", "Take care", "Is it safe?"),
        (
            "Nothing posted here replaces advice from {help}.",
            "Never stop or change a treatment because of something you have read in {area}.",
            "Members share their own experience, which may not apply to you.",
            "In an emergency, do not post: call {emergency}.",
            "{Risk}",
        ),
    ),
)

#: Title lines of a site's rules (templates).
TITLES_226 = (
    "{Cs}: the rules",
    "House rules",
    "Community guidelines",
    "Guidelines for {cs}",
    "Before you post",
    "Forum rules - please read",
    "Code of conduct for online {cs}",
    "Comment policy",
    "Rules for comments",
    "Posting guidelines",
    "Notes for contributors",
    "Terms of participation",
    "{Site}: online rules",
)

#: Opening lines (templates).
INTROS_226 = (
    "Please read these rules before you post.",
    "We welcome {cs} from readers, provided they follow a few simple rules.",
    "We want {area} to be a friendly place, and we need your help to keep it that way.",
    "By taking part you agree to the following.",
    "Comments are welcome, but please bear the following in mind.",
    "These guidelines were agreed by the committee and apply to all members.",
    "To keep {area} useful for everyone, we ask all members to follow these points.",
)

#: Closing lines (templates).
CLOSINGS_226 = (
    "Thank you for helping us keep {area} a pleasant place.",
    "Thank you for reading, and happy posting.",
    "Questions about these rules? Email {mods}.",
    "Comments close after seven days.",
    "Thanks for your co-operation.",
    "Enjoy {area}, and look after each other.",
    "By posting a comment you accept these rules.",
)

#: British spellings as written here, and the American a document may print instead.
AMERICAN_226 = {
    "recognise": "recognize",
    "organiser": "organizer",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "colour": "color",
    "centre": "center",
    "licence": "license",
    "offence": "offense",
    "programme": "program",
    "co-operat": "cooperat",
    "apologise": "apologize",
    "harbour": "harbor",
}

#: Per kind of site: names, who moderates, where readers post (with and without the word "comment"), what it is
#: about, who posts, the law, where to get advice, who to call, words of its own for what readers send, sign-offs,
#: what it asks readers to send it, and a safety sentence of its own.
_KINDS = (
    (  # Vanuatu English news
        ("the Daily Post", "Vanuatu Island Times", "Port Vila Weekly", "Island Business Vanuatu"),
        ("the editors", "the online desk", "our moderators", "the news team"),
        ("our pages", "the website", "our Facebook page"),
        ("the comments section", "the comment section"),
        ("news from Vanuatu", "the story", "island affairs"),
        ("readers", "contributors", "members of the public"),
        ("the laws of the Republic of Vanuatu", "the Penal Code", "the Media Council's code of ethics"),
        ("a doctor or nurse", "qualified professionals", "the relevant government office"),
        ("112", "the police on 111", "the Vanuatu Police Force"),
        ("letter", "view"),
        ("Tankyu tumas.", "The Editor", "Daily Post online team"),
        ("news and photos from your island", "cyclone and road updates"),
        "Do not put yourself at risk to photograph an accident, a flood or cyclone damage.",
    ),
    (  # Channel Islands island newsletters
        ("the Island Newsletter", "the Sark Gazette", "Alderney Notes", "the Herm Island Bulletin"),
        ("the editor", "the newsletter team", "the Ed.", "the moderators"),
        ("the newsletter", "the noticeboard", "the island forum"),
        ("the comments", "the comments page"),
        ("island life", "the island and its people", "harbour and community news"),
        ("islanders", "residents and visitors", "readers"),
        ("the law of the Bailiwick", "Guernsey law", "the laws of the island"),
        ("the Medical Centre", "your own doctor", "the island's doctor"),
        ("999", "the Island Police", "the emergency services on 999"),
        ("note", "letter", "contribution"),
        ("Ed.", "With thanks, the Editor", "The Newsletter Team"),
        ("items for the next issue", "parish and harbour notices", "boat and events news"),
        "Check tide times before crossing to the islets, and follow the harbourmaster's advice.",
    ),
    (  # Mississippi Delta weeklies
        ("the Delta Democrat", "the Bolivar Commercial", "the Enterprise-Tocsin", "the Clarion of Sunflower County"),
        ("the editor", "our staff", "the publisher", "the moderators"),
        ("our website", "our Facebook page", "the online edition"),
        ("the comment section", "our comment boards"),
        ("local news", "the community", "Delta news and sports"),
        ("readers", "commenters", "subscribers"),
        ("state and federal law", "Mississippi law", "the laws of the State of Mississippi"),
        ("a licensed professional", "your doctor or lawyer"),
        ("911", "the sheriff's office", "local law enforcement or 911"),
        ("letter", "post"),
        ("-- The Editor", "Thanks, the staff", "The Publisher"),
        ("church and club news", "obituaries and announcements", "school sports scores"),
        "Do not approach a crash, fire or flood scene to take pictures for us.",
    ),
    (  # netball leagues
        ("the League", "Riverside Netball League", "the County Netball Association", "Thursday Night Netball"),
        ("the committee", "the league secretary", "the admins", "the welfare officer"),
        ("the league forum", "the group", "the club page"),
        ("the comments on this page", "the comments"),
        ("netball", "league matters", "fixtures and results"),
        ("players, coaches and umpires", "members", "club members"),
        ("the law", "England Netball's code of conduct", "the league's constitution"),
        ("a physiotherapist or doctor", "a qualified coach", "medical staff"),
        ("999", "the club welfare officer", "the police or the NSPCC"),
        ("message", "reply"),
        ("League Committee", "Good luck this season!", "The Admins"),
        ("match results and reports", "umpiring queries", "fixture changes"),
        "Players with a head injury must stop playing and seek medical advice before returning to court.",
    ),
    (  # hand-bell ringers
        ("the Handbell Ringers", "the Guild", "St Mary's Ringers", "the Handbell Society"),
        ("the Ringing Master", "the secretary", "the committee", "the web team"),
        ("the discussion board", "the forum", "the members' pages"),
        ("the comments", "the comment pages"),
        ("handbell ringing", "ringing and music", "rehearsals and concerts"),
        ("ringers", "members", "friends of the band"),
        ("the law", "charity law", "the Society's constitution"),
        ("a qualified teacher", "your doctor"),
        ("999", "the emergency services", "the tower captain"),
        ("post", "message", "reply"),
        ("Happy ringing!", "The Committee", "With best wishes, the Secretary"),
        ("concert dates and bookings", "ringing news", "requests for music"),
        "Please take care when lifting bell cases and tables, and never carry more than you can manage.",
    ),
    (  # arthritis forums
        ("the Forum", "Arthritis Together", "the Joint Support Community", "RA Chat"),
        ("the moderators", "the community team", "the mods", "our moderation team"),
        ("the forum", "the community", "this board"),
        ("the comments", "comment threads"),
        ("living with arthritis", "arthritis and joint pain", "the condition and its treatment"),
        ("members", "forum members", "people living with arthritis"),
        ("UK law", "the law", "data protection law"),
        ("your GP, consultant or rheumatology nurse", "a pharmacist or your doctor", "your healthcare team"),
        ("999 or NHS 111", "your GP or 111", "the emergency services"),
        ("post", "reply", "message"),
        ("The Mod Team", "Take care, the Community Team", "Gentle hugs, the moderators"),
        ("suggestions for the forum", "ideas for new boards"),
        "Never offer to share, sell or swap prescription medicines.",
    ),
    (  # tenants' associations
        ("the Tenants' Association", "the Residents' Association", "the Estate TRA", "Tower Block Tenants"),
        ("the committee", "the secretary", "the chair", "the admins"),
        ("the association's page", "the residents' forum", "the group"),
        ("the comments", "the comments box"),
        ("the estate", "housing matters", "issues affecting tenants"),
        ("tenants", "residents", "members"),
        ("the law", "housing and data protection law", "the association's constitution"),
        ("Citizens Advice", "a housing adviser", "a solicitor or Shelter"),
        ("999", "the council's emergency repairs line", "the police on 101"),
        ("post", "message", "contribution"),
        ("The Committee", "In solidarity, the TRA", "Secretary, on behalf of the committee"),
        ("items for the agenda", "estate news", "repairs that affect several blocks"),
        "Gas leaks and dangerous repairs must be reported to the landlord's emergency line, not posted here.",
    ),
    (  # pier preservation trusts
        ("the Pier Trust", "the Friends of the Pier", "the Pier Preservation Society", "Save Our Pier"),
        ("the trustees", "the volunteer team", "the web volunteers", "the secretary"),
        ("the Friends' forum", "our social media", "the guestbook"),
        ("the comments", "the comment section"),
        ("the pier and its restoration", "the pier's history", "the campaign"),
        ("Friends", "supporters", "volunteers and visitors"),
        ("the law", "charity law", "the Trust's terms of use"),
        ("a structural engineer", "the harbour authority", "the coastguard"),
        ("999 and ask for the coastguard", "the coastguard", "the emergency services"),
        ("message", "contribution", "entry"),
        ("The Trustees", "Thank you for supporting the pier", "Friends of the Pier"),
        ("old photographs and memories of the pier", "volunteering offers"),
        "Never climb the barriers or enter the closed sections of the pier to take photographs.",
    ),
)

_PLURAL = {
    "letter": "letters",
    "view": "views",
    "note": "notes",
    "contribution": "contributions",
    "post": "posts",
    "message": "messages",
    "reply": "replies",
    "entry": "entries",
}
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"}
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")
#: Marker shapes (a shape a site; "" none).
_SHAPES = (
    "",
    "",
    "",
    "1.",
    "1.",
    "1)",
    "a)",
    "(a)",
    "i.",
    "(iv)",
    "•",
    "•",
    "-",
    "*",
    "–",
    "►",
    "Rule 1:",
    "#1",
    "No. 1",
    "Clause 3.1",
    "R1",
)
_MONTHS = ("January", "March", "June", "August", "October", "December")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _case(heading: str, case: str) -> str:
    if case == "upper":
        return heading.upper()
    if case == "title":
        return " ".join(w if i and w in _MINOR else _cap(w) for i, w in enumerate(heading.split(" ")))
    if case == "lower":
        return heading[:1].lower() + heading[1:]
    return heading


def _mark(shape: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "i.": f"{_ROMANS[n - 1]}.",
        "(iv)": f"({_ROMANS[n - 1]})",
        "Rule 1:": f"Rule {n}:",
        "#1": f"#{n}",
        "No. 1": f"No. {n}",
        "Clause 3.1": f"Clause {section}.{n}",
        "R1": f"R{n}",
    }.get(shape, shape)


def _items_226(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-226 policy. Draws a kind of site and whether it ever says "comment" (0.75; else its word for what
    readers send, where they send it, its title, opening and closing never do); two to five items (0.3) or six to all
    sixteen, in the table's order (0.5) or drawn; one to three sentences an item, now and then run into one part;
    per site a heading case, a placing of headings (none, a part of their own, bare or with a stop, in square
    brackets, in BBCode left unrendered, or underlined by a line of its own; run in before a colon, stop, dash or a
    tab), an item now and then without its heading, a marker shape or none, items now and then counted "(n of N)",
    a "Please note:" now and then before a sentence, a dotted rule between items now and then; now and then a
    sticky-thread line above, a "posted by" line, a date line and a sign-off below; a Delta weekly in American
    spelling; then ``_furnish``."""
    sites, mods, areas, comment_areas, topics, people, laws, helps, emergencies, own, thanks, tips, risk = rng.choice(
        _KINDS
    )
    delta = sites == _KINDS[2][0]
    says = rng.random() < 0.75
    if says:
        c, cs = rng.choice((("comment", "comments"),) * 4 + (("post", "posts"), ("reply", "replies")))
        area = rng.choice(comment_areas if c == "comment" else areas + comment_areas)
    else:
        c = rng.choice(own)
        cs = _PLURAL[c]
        area = rng.choice(areas)
    site, mod = rng.choice(sites), rng.choice(mods)
    words = {
        "c": c,
        "cs": cs,
        "C": _cap(c),
        "Cs": _cap(cs),
        "area": area,
        "Area": _cap(area),
        "site": site,
        "Site": _cap(site),
        "mods": mod,
        "Mods": _cap(mod),
        "topic": rng.choice(topics),
        "people": rng.choice([p for p in people if says or not _says_comment(p)]),
        "law": rng.choice(laws),
        "help": rng.choice(helps),
        "emergency": rng.choice(emergencies),
        "tips": rng.choice(tips),
        "Risk": risk,
    }

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_226))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_226[i] for i in sorted(rng.sample(range(len(REWORDINGS_226)), count))]
    else:
        chosen = rng.sample(REWORDINGS_226, count)
    case = rng.choice(("sentence", "sentence", "sentence", "title", "title", "upper", "lower"))
    placing = rng.choice(("none", "own", "own", "own", "run", "run", "run"))
    dress = rng.choice(("", "", "", "", "[]", "bb", "underline")) if placing == "own" else ""
    stop = rng.choice(("", "", ":", ".")) if placing == "own" else rng.choice((": ", ": ", ". ", " - ", " – ", "\t"))
    shape = rng.choice(_SHAPES)
    section = rng.randint(1, 8)
    of_count = rng.random() < 0.06
    note = rng.random() < 0.1
    rule = rng.choice(("", "", "", "", "", "", "* * *", "- - -", "~~~~~~"))
    paragraph = rng.random() < 0.2
    items: list[tuple[str, ...]] = []
    for n, (headings, sentences) in enumerate(chosen, 1):
        picked = sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 2, 3))))
        parts = [fill(sentences[i]) for i in picked]
        if note and rng.random() < 0.3 and not parts[-1].startswith("Please"):
            parts[-1] = "Please note: " + parts[-1][:1].lower() + parts[-1][1:]
        if paragraph:
            parts = [" ".join(parts)]
        marker = _mark(shape, n, section)
        if of_count:
            marker = f"({n} of {len(chosen)})" + (f" {marker}" if marker else "")
        heading = ""
        if placing != "none" and rng.random() >= 0.08:
            heading = _case(fill(rng.choice(headings)), case)
        if rule and n > 1:
            items.append(("", rule))
        if heading and placing == "own":
            if dress == "[]":
                head = f"[{heading}]"
            elif dress == "bb":
                head = f"[b]{heading}[/b]"
            else:
                head = heading if heading.endswith("?") else heading + stop
            head = f"{marker} {head}" if marker else head
            if dress == "underline":
                items.append((head, "-" * len(head), *parts))
            else:
                items.append((head, *parts))
            continue
        if heading:
            parts[0] = heading + (" " if heading.endswith("?") and stop != "\t" else stop) + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))
    if rng.random() < 0.1:
        items.insert(
            0, ("", f"Posted by {mod} on {rng.randint(1, 28)} {rng.choice(_MONTHS)} {rng.randint(2011, 2026)}")
        )
    if rng.random() < 0.15:
        month, year = rng.choice(_MONTHS), rng.randint(2015, 2026)
        items.append(("", rng.choice((f"Updated {month} {year}", f"(Revised {month} {year})", f"Rev. {year}"))))
    if rng.random() < 0.15:
        items.append(("", rng.choice(thanks)))
    titles = [fill(t) for t in TITLES_226]
    intros = [fill(t) for t in INTROS_226]
    closings = [fill(t) for t in CLOSINGS_226]
    if not says:
        titles, intros, closings = ([t for t in lines if not _says_comment(t)] for lines in (titles, intros, closings))
    if rng.random() < 0.08:
        items.insert(0, ("", rng.choice(("Sticky: ", "Pinned: ", "Announcement: ")) + rng.choice(titles)))
    if delta:
        items = [tuple(_american_with(AMERICAN_226, part) for part in item) for item in items]
        intros, closings = ([_american_with(AMERICAN_226, t) for t in lines] for lines in (intros, closings))
    return _furnish(items, rng, intros, closings, titles, AMERICAN_226)
