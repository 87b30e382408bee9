"""The ``reworded-269`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Chatham Islands news, Shetland crofting papers, Montana Hi-Line weeklies, water polo clubs, morris
dancing sides, sickle cell forums, leaseholders' action groups, windmill preservation trusts.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# Item kinds, each ``(headings, sentences)``. Placeholders: {c}/{cs} and {C}/{Cs} for what readers send (singular,
# plural, capitalised) and {mods} for whoever looks after the site.
REWORDINGS_269: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Play the ball, not the player", "Keep it courteous", "Why be polite?", "Common courtesy"),
        (
            "Disagree with the argument by all means, but leave the person making it alone.",
            "This is a small island and most of us will meet at the wharf in Waitangi before the week is out.",
            "Name-calling, sneering and personal digs will be taken down, however clever they seem at the time.",
            "Treat other members as you would a teammate on the poolside: firmly if you must, fairly always.",
            "We are neighbours first and readers second, so write as you would speak across the hall or the fence.",
        ),
    ),
    (  # hatred
        ("No hate", "Discrimination", "Abuse and hate speech", "What counts as hateful?", "Respect for everyone"),
        (
            "Anything that attacks people for their race, religion, sex, sexuality, disability or origin is removed.",
            "Remarks about Moriori or Maori ancestry used as an insult have no place here and will not be published.",
            "Sickle cell is often treated as 'someone else's illness'; racist remarks about who gets it are banned.",
            "Slurs are not made acceptable by asterisks, misspellings or the claim that it was 'only banter'.",
            "Incitement to hatred is an offence, and we will pass anything that crosses that line to the police.",
        ),
    ),
    (  # privacy
        ("Privacy", "Other people's details", "Keep it private", "Can I name my neighbour?", "Personal information"),
        (
            "Do not post anyone's address, phone number or email, including your own.",
            "Please don't name individual leaseholders, staff at the managing agent or contractors in a public {c}.",
            "Photographs of children at club sessions or galas need a parent's written consent before they are shared.",
            "Medical details belong to the person they describe; do not repeat what another member told you privately.",
            "Grazings business can be discussed, but leave the private affairs of named crofters out.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Welfare concerns",
            "Who is the Welfare Officer?",
            "Keeping safe",
        ),
        (
            "If you are worried about a young swimmer, speak to the club Welfare Officer rather than posting about it.",
            "Contact between adult members and junior players goes through parents and the club's channels.",
            "Any concern about a child's safety will be passed on to the appropriate authorities without delay.",
            "Junior dancers are welcome at practice with a parent or guardian present; do not message them directly.",
            "We follow our national governing body's safeguarding policy; the secretary holds a copy.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why hasn't my {c} appeared?", "Pre-moderation", "Delays", "Waiting for approval"),
        (
            "Every {c} is read by {mods} before it goes up, so allow a little time.",
            "The office is staffed on weekdays only, and {cs} sent on a Friday night may sit until Monday.",
            "Our volunteers also run the mill on open days, so approval can take a day or two in the season.",
            "When the ferry is in and the paper is going to press, {cs} will wait until the work is done.",
            "Your first {c} is held for approval; after that most will appear straight away.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Is this the right board?", "Relevance"),
        (
            "Keep to the story or thread you are replying to; start a new thread if you want to raise something else.",
            "This board is for crofting matters: stock, grazings, tenancies, the Commission and the price of feed.",
            "The forum is about living with sickle cell, so please take general politics elsewhere.",
            "Questions about kit, fixtures and pool times go in the club section, not under match reports.",
            "Threads that wander too far from the subject may be locked or moved without notice.",
        ),
    ),
    (  # advertising and spam
        ("No advertising", "Spam", "Selling and promotion", "Can I advertise my business?", "Commercial posts"),
        (
            "Advertising goods or services is not allowed, except in the buy-and-sell section.",
            "Links to websites selling cures, supplements or 'natural' remedies will be removed on sight.",
            "If you want to sell a ram, a trailer or a bale of hay, use the classified page and not the news threads.",
            "Repeated identical {cs}, chain messages and anything posted by a bot will be deleted.",
            "Solicitors and surveyors may join, but they must not use the group to tout for business.",
        ),
    ),
    (  # names and accounts
        ("Your name", "Real names", "Accounts", "Do I have to use my real name?", "One person, one account"),
        (
            "We ask for your name and hometown, be it Havre, Chinook or Cut Bank, as on a letter to the editor.",
            "You may use a screen name, but {mods} must be able to reach you at a working email address.",
            "Only one account per person; second accounts made to dodge a ban will be closed along with the first.",
            "Membership is open to leaseholders in the building; please state your flat or block when you register.",
            "Pretending to be another person, an official or one of our staff is not allowed.",
        ),
    ),
    (  # the law
        ("The law", "Defamation", "Legal matters", "Is it libel?", "Court cases"),
        (
            "Don't write anything about a person that you could not prove in court; libel is your responsibility too.",
            "What may be said of cases before the Sheriff Court in Lerwick is limited; we will not risk contempt.",
            "Under Montana law, naming people in a case before it is charged can land you and us in trouble.",
            "Do not discuss ongoing tribunal proceedings in a way that could prejudice the association's case.",
            "Harmful digital communications are an offence in New Zealand, and we act on complaints under the Act.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and articles", "Can I share a newspaper article?", "Pictures"),
        (
            "Don't paste whole articles from other papers; a short quote and a link will do.",
            "By sending a photo you confirm you took it or have the owner's permission to share it.",
            "Plans, drawings and archive photographs of the mill belong to the Trust and may not be copied.",
            "Tune books and dance notations are shared for members' use and should not be republished elsewhere.",
            "Anything you send may be edited and printed in the paper or on the website.",
        ),
    ),
    (  # reporting
        ("Reporting", "Report a post", "Seen something wrong?", "How do I report a problem?", "Flagging"),
        (
            "If you see something that breaks these rules, use the report button rather than replying to it.",
            "Email {mods} with a link to the {c} and a line saying what the problem is.",
            "Reports are anonymous; the person reported will not be told who raised it.",
            "Please don't argue with someone who is breaking the rules; report it and leave it to {mods}.",
            "A phone call to the office works too, if you are out on the Hi-Line without a signal half the day.",
        ),
    ),
    (  # discretion
        ("Our decision", "Editor's discretion", "The committee's decision", "Who decides?", "Final word"),
        (
            "The editor has the final say on what is published, and need not give a reason.",
            "{Mods} may edit, hold back or remove any {c} at their discretion.",
            "The Squire and Bagman have the last word on what goes up on the side's pages.",
            "The trustees reserve the right to refuse any {c} without explanation.",
            "Decisions are taken by the committee as a whole and can be raised at the next general meeting.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Tell us"),
        (
            "If we have got something wrong, tell the newsroom and we will put it right in the next edition.",
            "Got a story from Pitt Island or the Chathams? Send it in; we want to hear it.",
            "Errors in a report should go to the editor by email, not into a thread under the story.",
            "News of lambing, sales or shows from your township is always welcome for the next issue.",
            "Results from weekend fixtures reach us fastest through the club secretary.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Keep it clean", "Is swearing allowed?", "Plain English"),
        (
            "No swearing, please, even when the referee deserves it.",
            "Write in plain English or in dialect if you prefer; we are happy to read Shetlandic.",
            "Avoid shouting in capitals; it makes your point harder to read, not stronger.",
            "Strong language will be removed, as will attempts to get round the filter.",
            "Families read this board, so keep the language fit for the tearoom on an open day.",
        ),
    ),
    (  # warnings and bans
        ("Warnings and bans", "Breaking the rules", "What happens if I break the rules?", "Suspension", "Sanctions"),
        (
            "A first breach will usually earn a warning; a second may mean a suspension.",
            "Persistent offenders will be banned from the site without further notice.",
            "Members removed from the group will not be readmitted without the committee's agreement.",
            "Any ban can be appealed in writing to the chair within fourteen days.",
            "We keep a record of warnings so that decisions are consistent and fair.",
        ),
    ),
    (  # safety and medical advice
        ("Medical advice", "Not a doctor", "Health information", "Should I follow advice posted here?", "Safety"),
        (
            "Nothing posted here replaces advice from your own haematologist or GP.",
            "In a crisis, go to hospital or call 999; do not wait for an answer on the forum.",
            "Do not tell other members to stop taking hydroxyurea, penicillin or any other prescribed medicine.",
            "Climbing the mill or touching the sails is forbidden outside organised visits with a trained guide.",
            "Safety advice given by members is offered in good faith, but we accept no liability for it.",
        ),
    ),
    (  # meetings and minutes: what these groups put on their noticeboards
        ("Meetings and minutes", "Official notices", "Is this the association's view?", "Minutes", "Members' views"),
        (
            "Views expressed by members are their own and not those of the association or its committee.",
            "Official notices come only from the secretary; anything else is a member's opinion.",
            "Minutes of committee meetings are posted for members and should not be forwarded to the freeholder.",
            "Notices of practice nights, ales and days of dance are put up by the bagman alone.",
            "Notice of the AGM will be posted here at least twenty-one days in advance.",
        ),
    ),
)

# The kinds of sites in this family; a site is one of them and draws only the sentences its kind would print.
SITE_KINDS_269: tuple[str, ...] = (
    "chatham news",
    "shetland crofting",
    "hi-line weekly",
    "water polo",
    "morris side",
    "sickle cell",
    "leaseholders",
    "windmill trust",
)

_NEWS_269 = ("chatham news", "shetland crofting", "hi-line weekly")
_CLUBS_269 = ("water polo", "morris side")
_GROUPS_269 = ("water polo", "morris side", "sickle cell", "leaseholders", "windmill trust")

# Words that tie a sentence (or opening or closing line) to the kinds of site that would print it; a sentence with
# none of them suits every kind.
LOCAL_MARKS_269: dict[str, tuple[str, ...]] = {
    "Waitangi": ("chatham news",),
    "Pitt Island": ("chatham news",),
    "Moriori": ("chatham news",),
    "New Zealand": ("chatham news",),
    "ferry": ("chatham news",),
    "small island": ("chatham news", "shetland crofting"),
    "Lerwick": ("shetland crofting",),
    "crofting": ("shetland crofting",),
    "Shetlandic": ("shetland crofting",),
    "lambing": ("shetland crofting",),
    " ram,": ("shetland crofting",),
    "township": ("shetland crofting",),
    "grazings": ("shetland crofting",),
    "Grazings": ("shetland crofting",),
    "Montana": ("hi-line weekly",),
    "Havre": ("hi-line weekly",),
    "Hi-Line": ("hi-line weekly",),
    "newsroom": _NEWS_269,
    "edition": _NEWS_269,
    "paper": _NEWS_269,
    "story": _NEWS_269,
    "classified": _NEWS_269,
    "editor": _NEWS_269,
    "swimmer": ("water polo",),
    "poolside": ("water polo",),
    "pool times": ("water polo",),
    "galas": ("water polo",),
    "referee": ("water polo",),
    "fixtures": ("water polo",),
    "junior players": ("water polo",),
    "club": ("water polo",),
    "governing body": _CLUBS_269,
    "Welfare Officer": ("water polo",),
    "office": _NEWS_269,
    "committee": _GROUPS_269,
    "secretary": _GROUPS_269,
    "AGM": _GROUPS_269,
    "chair": _GROUPS_269,
    "member": _GROUPS_269,
    "Member": _GROUPS_269,
    "group": _GROUPS_269,
    "good faith": ("water polo", "sickle cell", "windmill trust"),
    "practice": ("morris side",),
    "dance": ("morris side",),
    "Squire": ("morris side",),
    "agman": ("morris side",),
    "Tune books": ("morris side",),
    "ickle cell": ("sickle cell",),
    "haematologist": ("sickle cell",),
    "hydroxyurea": ("sickle cell",),
    "cures": ("sickle cell",),
    "crisis": ("sickle cell",),
    "leaseholders": ("leaseholders",),
    "managing agent": ("leaseholders",),
    "tribunal": ("leaseholders",),
    "freeholder": ("leaseholders",),
    "Solicitors": ("leaseholders",),
    "association": ("leaseholders",),
    "mill": ("windmill trust",),
    "Trust": ("windmill trust",),
    "trustees": ("windmill trust",),
    "open day": ("windmill trust",),
}

# Who looks after each kind of site, as named in a sentence.
MODERATORS_BY_KIND_269: dict[str, tuple[str, ...]] = {
    "chatham news": ("the editor", "the newsroom", "the moderators"),
    "shetland crofting": ("the editor", "the moderators", "the webmaster"),
    "hi-line weekly": ("the editor", "the publisher", "the moderators"),
    "water polo": ("the club secretary", "the admins", "the committee", "the webmaster"),
    "morris side": ("the bagman", "the admins", "the webmaster"),
    "sickle cell": ("the forum team", "our volunteer moderators", "the moderators", "the admins"),
    "leaseholders": ("the committee", "the admins", "the moderators"),
    "windmill trust": ("the trustees", "the webmaster", "our volunteer moderators"),
}

# What readers send: most sites say "comment"; about a quarter say something else and never "comment".
SENT_WORDS_269: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Opening lines a site may print before its rules.
POLICY_INTROS_269: tuple[str, ...] = (
    "We welcome {cs} from readers, but we ask everyone to follow a few simple rules.",
    "Please read these guidelines before you send us a {c}.",
    "This is a friendly group run by volunteers, and we'd like to keep it that way.",
    "By posting on this site you agree to the following terms.",
    "These house rules were agreed by the committee and apply to all members.",
    "A few words on how this board works.",
    "Thank you for joining. Please take a minute to read the rules below.",
)

# Closing lines a site may print after its rules.
POLICY_CLOSINGS_269: tuple[str, ...] = (
    "Thank you for helping keep this a good place to talk.",
    "If in doubt, don't post it.",
    "Questions about these rules can be sent to the secretary.",
    "These rules may be changed at any time without notice.",
    "Happy posting!",
    "Thanks, and see you at practice.",
    "We reserve the right to amend this policy.",
)

# Titles printed above the rules.
POLICY_TITLES_269: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms of use",
    "Rules of the group",
    "{C} policy",
    "Terms of use",
    "Guidelines for {cs}",
)

# British spellings used above and their American forms; a site may print either.
AMERICAN_269: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "organised": "organized",
    "behaviour": "behavior",
    "licence": "license",
    "colour": "color",
    "favour": "favor",
    "centre": "center",
    "apologise": "apologize",
    "recognise": "recognize",
    "criticise": "criticize",
    "judgement": "judgment",
}

# Ways a site numbers or marks its items; each takes the item's position from 1.
_ROMAN_269 = (
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
    "xvii",
)
MARKERS_269: tuple = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{chr(96 + n)})",
    lambda n: f"({chr(96 + n)})",
    lambda n: f"{_ROMAN_269[n - 1]}.",
    lambda n: f"{_ROMAN_269[n - 1].upper()}.",
    lambda n: "\u2022",
    lambda n: "*",
    lambda n: "-",
    lambda n: "\u2013",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n}.",
    lambda n: f"Section {n}.",
    lambda n: f"\u00a7{n}",
    lambda n: f"1.{n}",
)

# Lines some sites print once, before or after the items: a part heading, a date, a sign-off.
SECTION_LINES_269: tuple[str, ...] = (
    "Part 2: Using the forum",
    "Section B - Conduct",
    "Rules for members",
    "The rules",
)
UPDATED_LINES_269: tuple[str, ...] = (
    "Last updated: 14 March 2025",
    "Revised by the committee, AGM 2024.",
    "Updated 2 June 2025",
    "Adopted by the trustees, 9 November 2023.",
    "Last reviewed January 2026",
)
SIGN_OFFS_269: tuple[str, ...] = (
    "- The Editor",
    "The Committee",
    "On behalf of the trustees, the Chair",
    "The Admin Team",
)


def _cased_269(heading: str, case: str) -> str:
    """A heading in one of the cases a site prints: as written, title case or capitals."""
    if case == "title":
        small = {"a", "an", "and", "the", "of", "or", "to", "in", "on", "for"}
        words = heading.split(" ")
        return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if case == "upper":
        return heading.upper()
    return heading


def _items_269(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. Draws the kind of site, which keeps only the sentences, openings and closings
    such a site would print (by ``LOCAL_MARKS_269``, headings too), and who moderates it; its word for what readers send
    ("comment" for three sites in four, else a word such as post, message or letter, and then never "comment");
    how many items (2-5 for one site in five, else from 6 to every kind the site has), kept in table order or
    shuffled; one to three sentences an item; the heading case (as written, title case, capitals) or no headings at
    all; where headings stand (a part of their own, bare or with a stop or colon, or run in before the first sentence
    after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets, dashes, "Rule 1:",
    section numbers) or none, on the heading or the first sentence; emphasis around headings; and by chance a
    section line, a last-updated line and a sign-off. Then an opening, closing and title line, American spelling and
    curly quotes by ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = ("comment", "comments") if says_comment else rng.choice(SENT_WORDS_269)
    site_kind = rng.choice(SITE_KINDS_269)
    mods = rng.choice(MODERATORS_BY_KIND_269[site_kind])
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": mods}
    fill["Mods"] = mods[:1].upper() + mods[1:]

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[:1].upper() + text[1:] if text else text

    def suits(text: str) -> bool:
        return all(site_kind in kinds for mark, kinds in LOCAL_MARKS_269.items() if mark in text)

    usable = {kind: [s for s in sentences if suits(s)] for kind, (_, sentences) in enumerate(REWORDINGS_269)}
    usable = {kind: sentences for kind, sentences in usable.items() if sentences}
    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, len(usable))
    chosen = rng.sample(sorted(usable), count)
    if rng.random() < 0.5:
        chosen.sort()
    has_headings = rng.random() < 0.75
    case = rng.choice(("as written", "as written", "title", "upper"))
    placement = rng.choice(("own", "own stop", "own colon", "run colon", "run stop", "run dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    emphasis = rng.choice(("", "", "", "*", "**", "_"))
    marker = rng.choice(MARKERS_269) if rng.random() < 0.55 else None
    marker_gap = rng.choice((" ", " ", "  "))

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings = [h for h in REWORDINGS_269[kind][0] if suits(h)] or REWORDINGS_269[kind][0]
        sentences = usable[kind]
        said = [filled(s) for s in rng.sample(sentences, min(len(sentences), rng.choice((1, 1, 2, 2, 3))))]
        heading = _cased_269(filled(rng.choice(headings)), case) if has_headings else ""
        question = heading.endswith("?")
        if heading and placement.startswith("own"):
            if placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question:
                heading += ":"
            if emphasis:
                heading = f"{emphasis}{heading}{emphasis}"
        elif heading:
            if question:
                said[0] = f"{heading} {said[0]}"
            elif placement == "run colon":
                said[0] = f"{emphasis}{heading}:{emphasis} {said[0]}"
            elif placement == "run stop":
                said[0] = f"{emphasis}{heading}.{emphasis} {said[0]}"
            else:
                said[0] = f"{emphasis}{heading}{emphasis}{dash}{said[0]}"
            heading = ""
        if marker is not None:
            mark = marker(number)
            gap = marker_gap if mark.endswith((".", ")")) else " "
            if heading:
                heading = f"{mark}{gap}{heading}"
            else:
                said[0] = f"{mark}{gap}{said[0]}"
        items.append((heading, *said))

    if rng.random() < 0.15:
        items.insert(0, (rng.choice(SECTION_LINES_269), ""))
    if rng.random() < 0.2:
        items.append(("", rng.choice(UPDATED_LINES_269)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGN_OFFS_269)))

    def fits(text: str) -> bool:
        return suits(text) and (says_comment or "comment" not in text.lower())

    intros = [filled(line) for line in POLICY_INTROS_269 if fits(filled(line))]
    closings = [filled(line) for line in POLICY_CLOSINGS_269 if fits(filled(line))]
    titles = [filled(line) for line in POLICY_TITLES_269 if fits(filled(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_269)
