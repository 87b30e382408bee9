"""The ``reworded-344`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Caldey island news, Lunedale papers, Big Horn basin weeklies, kin-ball and bossaball clubs, meteorite
and rock hunting societies, neurofibromatosis forums, hedge laying and thatch conservation groups, rifle range heritage
friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The kinds of item these sites print, each as (headings, sentences): five or six headings a kind, questions among
# them, and five sentences in the sites' own voices. {c}/{cs}/{C}/{Cs} are the site's word for what readers send
# (singular, plural, capitalised) and {mods} who looks after the site, filled per site.
REWORDINGS_344: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # Civility.
    (
        (
            "Be civil",
            "Play the ball, not the player",
            "Courtesy",
            "Respect other members",
            "How should I treat other posters?",
            "Keep it friendly",
        ),
        (
            "Treat other readers as you would on the Tenby boat: politely, and with a bit of patience.",
            "Criticise the argument if you must, but leave the person who made it alone.",
            "Personal attacks, name-calling and sneering at other members will be removed, however witty you think "
            "they are.",
            "Many members live with NF1 or NF2 or care for someone who does, so please think before you press send.",
            "Remember we all turn up at the same sports hall on a Thursday night, so write as you would speak "
            "courtside.",
        ),
    ),
    # Hatred and discrimination.
    (
        ("Hate speech", "Discrimination", "No bigotry", "What counts as hateful?", "Equality and respect"),
        (
            "We will not publish anything that attacks people for their race, religion, sex, sexuality, disability, "
            "age or nationality.",
            "Jokes about how people with neurofibromatosis look are not jokes here, and the account that posts them "
            "will be closed.",
            "Stirring up hatred is an offence under the Public Order Act 1986, and we have no wish to host it.",
            "Slurs will be removed, including ones dressed up with asterisks or deliberate misspellings.",
            "Remarks about incomers, holiday-home owners or folk from off the island that stray from debate into "
            "abuse will not be published.",
        ),
    ),
    # Privacy.
    (
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I post someone's address?",
            "Other people's details",
            "Your privacy and others'",
        ),
        (
            "Do not post phone numbers, addresses, email addresses or vehicle registrations, yours, a neighbour's or "
            "anyone else's.",
            "Share your own medical history if you wish, but never someone else's diagnosis, scans or clinic letters "
            "without their consent.",
            "Don't publish the GPS coordinates of a find on private land without the landowner's permission; many "
            "ranchers in the Basin only let us on because we keep quiet about it.",
            "Photographs of children taken at club sessions must not be posted without a parent's agreement.",
            "We handle what you send us in line with the UK GDPR and the Data Protection Act 2018, as our privacy "
            "notice explains.",
        ),
    ),
    # Safeguarding.
    (
        (
            "Safeguarding",
            "Children and vulnerable members",
            "Keeping young members safe",
            "Worried about someone?",
            "Welfare",
        ),
        (
            "Our junior kin-ball and bossaball sections are covered by the club's safeguarding policy, and it applies "
            "online just as it does in the hall.",
            "Adults must not contact under-18 members privately; everything goes through a parent or the club welfare "
            "officer.",
            "If something you read makes you fear for someone's safety, contact the welfare officer straight away "
            "rather than replying on the thread.",
            "If anyone is in immediate danger, call the emergency services first; this board is not watched around the "
            "clock.",
            "{Cs} that suggest someone may be at risk of harm will be passed on to the appropriate authorities.",
        ),
    ),
    # Moderation delays.
    (
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will I see my {c}?",
            "Delays",
        ),
        (
            "Every {c} is read by {mods} before it appears, so there may be a wait.",
            "The paper is put together by two staff and a volunteer, so {cs} sent on a Friday may not go up until "
            "Monday.",
            "Our connection on the island is at the mercy of the weather, and approval can take a day or two when the "
            "boats aren't running.",
            "A new member's first few {cs} are held for approval; after that they appear straight away.",
            "Please don't send the same {c} again if it hasn't shown up yet: it is in the queue, and duplicates will "
            "be deleted.",
        ),
    ),
    # Staying on topic.
    (
        ("Stay on topic", "Keep to the subject", "Off-topic posts", "Relevance", "Is this the right thread?"),
        (
            "Keep {cs} to the subject of the story or thread they sit under.",
            "Questions about identifying a specimen belong on the ID board, not in the field trip reports.",
            "Arguments about the Hedgerows Regulations are welcome in the Campaigns section rather than under "
            "someone's laying report.",
            "Off-topic {cs} may be moved or removed without notice.",
            "General chat goes in the Clubhouse; please don't turn a match report into a thread about parking at the "
            "leisure centre.",
        ),
    ),
    # Advertising and spam.
    (
        (
            "Advertising",
            "No spam",
            "Selling and advertising",
            "Can I sell specimens here?",
            "Commercial posts",
            "Promotion",
        ),
        (
            "Advertising, links to shops and repeated self-promotion will be removed.",
            "Members may sell their own specimens only on the Sales board, giving the locality and, for meteorites, "
            "the classification or a note that it has none.",
            "Hedge-laying and thatching contractors may mention their business in a signature, but not in every {c}.",
            "Links to recognised NF charities and their fundraising pages are allowed; links to cures, supplements and miracle "
            "clinics are not.",
            "Spam accounts are deleted on sight, along with everything they have posted.",
        ),
    ),
    # Names and accounts.
    (
        (
            "Your name",
            "Accounts",
            "Usernames",
            "Do I have to use my real name?",
            "One person, one account",
            "Registration",
        ),
        (
            "Please sign {cs} with your full name and the town you live in; we do not print anonymous ones.",
            "Pick a username that isn't offensive and doesn't impersonate anyone else, including {mods}.",
            "One account each: a second account used to back yourself up in an argument will get both closed.",
            "You may use a nickname here, and many members prefer not to be identified by their diagnosis.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    # The law.
    (
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Stay within the law",
            "Could I get into trouble?",
            "Libel and contempt",
        ),
        (
            "Do not post anything defamatory, in breach of a court order, or likely to prejudice a trial under the "
            "Contempt of Court Act 1981.",
            "You are legally responsible for what you write, and we may have to hand over your details if a court "
            "orders it.",
            "Collecting on state, federal and tribal land has its own rules; don't encourage anyone to dig where it "
            "isn't allowed, and take nothing, ever, from Yellowstone.",
            "Discussion of firearms must stay within the Firearms Act 1968 and its amendments, with no advice on "
            "getting round certification.",
            "Wyoming papers are not immune from libel suits, and neither are the people who write to them.",
        ),
    ),
    # Copyright.
    (
        ("Copyright", "Other people's work", "Photos and articles", "Can I post a photo I found?", "Quoting"),
        (
            "Only post photographs you took yourself or have permission to use, and say whose they are.",
            "Quote a few lines with a link rather than pasting whole articles from other papers.",
            "By sending us a {c} you allow us to publish it, online and in print, and to edit it for length.",
            "Old range cards, score books and photographs may still be in copyright, so tell us where they came from.",
            "Images from the Cadw, Historic England and county record office archives are shared under their own "
            "licences; credit them as they ask.",
        ),
    ),
    # Reporting.
    (
        ("Reporting problems", "Report a post", "Seen something wrong?", "How do I report a {c}?", "Flagging"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports go to {mods}, who will look at them as soon as they can.",
            "Please tell us which rule you think has been broken; disliking something is not enough on its own.",
            "Don't argue it out in public: report it, then leave it alone.",
            "You can also email the office, quoting the headline and the time the {c} was posted.",
        ),
    ),
    # The editor's or committee's discretion.
    (
        (
            "Our decision is final",
            "Discretion",
            "The committee's decision",
            "Who decides?",
            "Editor's discretion",
            "Final say",
        ),
        (
            "{mods} may edit, refuse or remove any {c} without giving a reason.",
            "Publication is a privilege, not a right, and these rules are a guide rather than a contract.",
            "The committee interprets these rules, and its decision on any dispute is final.",
            "We may change these rules at any time; the version on this page is the one that applies.",
            "Where a {c} falls into a grey area, we will usually leave it out.",
        ),
    ),
    # Corrections and news tips.
    (
        ("Corrections", "Got a story?", "News tips", "Spotted a mistake?", "Corrections and clarifications"),
        (
            "If we have got something wrong, email the editor rather than posting a correction beneath the story; we "
            "will put it right, in print and online, and apologise where that is due.",
            "Got a story from Middleton, Mickleton or further up the dale? Tell us; it is how a paper this size gets "
            "its news.",
            "News tips from Powell, Lovell, Greybull and Worland are always welcome, so call the office or drop by.",
            "Corrections to results and scores go to the club secretary, not into the match thread.",
            "We follow the Editors' Code of Practice and will correct significant errors promptly.",
        ),
    ),
    # Language.
    (
        ("Language", "Swearing", "Keep it clean", "Which language can I use?", "Mind your language"),
        (
            "No swearing, including swearing with letters replaced by symbols.",
            "You are welcome to write in Welsh or in English.",
            "Please write in plain English and avoid text-speak, as many readers use translation tools or screen "
            "readers.",
            "Avoid writing in capitals, which reads as shouting.",
            "Medical terms are fine, but spell out abbreviations such as MPNST or PN the first time you use them.",
        ),
    ),
    # Warnings and bans.
    (
        ("Warnings and bans", "What happens if I break the rules?", "Sanctions", "Three strikes", "Suspensions"),
        (
            "A first breach usually earns a warning, a second a suspension and a third a permanent ban.",
            "Serious breaches, such as threats or hate, lead to an immediate ban without warning.",
            "Banned members who come back under a new name will be removed again without further notice.",
            "If you think a ban was wrong, write to the secretary; appeals are heard at the next committee meeting.",
            "Club members whose behaviour online falls short may also be referred to the committee under the club's "
            "code of conduct.",
        ),
    ),
    # Safety and medical advice.
    (
        (
            "Medical advice",
            "Safety first",
            "Not a substitute for your doctor",
            "Is this medical advice?",
            "Safety in the field",
            "Staying safe",
        ),
        (
            "Nothing posted here is medical advice, so talk to your own doctor or NF specialist nurse before changing "
            "any treatment.",
            "Do not post advice on reloading, modifying or repairing firearms; take it to a qualified armourer.",
            "Please don't encourage anyone onto a roof or to use a billhook or chainsaw without proper training and "
            "kit.",
            "Field trip reports must not encourage anyone onto quarry faces, cliffs or mine workings without "
            "permission and the right equipment.",
            "Don't suggest walking across to St Margaret's at low water; the tide comes in fast and the island is a "
            "nature reserve.",
        ),
    ),
    # Whose views these are.
    (
        ("Views expressed", "Disclaimer", "Whose views are these?", "Opinions", "Responsibility"),
        (
            "{Cs} reflect the views of their writers, not of the paper or the island community.",
            "The society is not a trading organisation and does not endorse any dealer, identification or valuation mentioned by members.",
            "Publishing a {c} does not mean that {mods} agree with it.",
            "Opinions on listing, restoration or planning applications are those of members, not of the Friends.",
            "We accept no liability for anything posted by users of this site.",
        ),
    ),
)

# What readers send, as (singular, plural): most sites say "comment", a quarter never do.
COMMENT_WORDS_344: tuple[tuple[str, str], ...] = (("comment", "comments"),)
OTHER_WORDS_344: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("note", "notes"),
)

# Who looks after the site, as a sentence would name them mid-line.
MODERATORS_344: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the forum team",
    "our volunteer moderators",
    "the newsroom",
    "the club secretary",
    "the Friends' committee",
    "the society's web officer",
    "the news desk",
)

# Opening lines a site prints before its rules ({cs}, {c} and {mods} filled per site).
POLICY_INTROS_344: tuple[str, ...] = (
    "We welcome {cs} from readers, on the island and off it, provided they keep to these rules.",
    "Please read these house rules before you post.",
    "This board is run by volunteers in their spare time; the rules below help keep it a friendly place.",
    "By posting you agree to the following.",
    "A few ground rules so that everyone can enjoy the forum:",
    "These guidelines apply to every {c} on the site and on our Facebook page.",
    "We want this to be a safe, supportive place for everyone affected by NF.",
)

# Closing lines a site prints after its rules.
POLICY_CLOSINGS_344: tuple[str, ...] = (
    "Thanks for helping keep the forum a good place to be.",
    "If in doubt, leave it out.",
    "Questions about these rules can be sent to {mods} through the contact page.",
    "Happy hunting, and clear skies.",
    "Thank you for reading, and for your {cs}.",
    "See you on the court.",
    "These rules form part of our terms of use.",
)

# Titles a site puts over its rules.
POLICY_TITLES_344: tuple[str, ...] = (
    "House rules",
    "Posting guidelines",
    "Forum rules",
    "Community guidelines",
    "Noticeboard terms",
    "{C} policy",
    "Rules of the board",
    "Guidance for contributors",
    "Letters and {cs}: our rules",
)

# British spellings used in the sentences above, as American sites print them.
AMERICAN_344: dict[str, str] = {
    "offence": "offense",
    "licences": "licenses",
    "centre": "center",
    "armourer": "armorer",
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "recognise": "recognize",
    "criticise": "criticize",
    "apologise": "apologize",
}

# Lower-case roman numerals for the items' places 1 to 17, as roman-numbered lists print them.
_ROMAN_344 = (
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

# List markers as these sites print them: {n} the item's place, {a}/{A} a letter, {r}/{R} a roman numeral, {s} the
# number of the section the rules sit in.
MARKERS_344: tuple[str, ...] = (
    "{n}.",
    "{n})",
    "({n})",
    "{n} -",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "•",
    "-",
    "*",
    "–",
    "▪",
    "Rule {n}:",
    "Rule {n}.",
    "§{n}",
    "Section {n}.",
    "{s}.{n}",
    "{s}.{n}.",
)

# Section lines a site may print above its items, and last-updated lines it may print after them.
SECTION_LINES_344: tuple[str, ...] = (
    "Part {s}: Using the noticeboard",
    "Section {s} – Conduct online",
    "{s}. Online rules",
    "Schedule {s}: Forum and {c} rules",
    "Website and social media",
)
UPDATED_LINES_344: tuple[str, ...] = (
    "Last updated {day} {month} {year}.",
    "Updated: {day:02d}/{monthnum:02d}/{year}",
    "Rules revised at the AGM, {month} {year}.",
    "Reviewed by the committee, {month} {year}.",
    "Effective {month} {day}, {year}.",
    "Version {year}.{monthnum}",
)

# Month names for the last-updated lines.
_MONTHS_344 = (
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

# Sign-offs a site may print as its last line.
SIGN_OFFS_344: tuple[str, ...] = (
    "The Editor",
    "— The Committee",
    "Thanks, the Forum Team",
    "Lunedale news team",
    "Posted by admin",
    "Hon. Secretary, on behalf of the Friends",
)

# Words a title-cased heading leaves in lower case (unless first).
_SMALL_WORDS_344 = frozenset({"a", "an", "and", "or", "the", "of", "to", "in", "on", "for", "not", "by", "at", "as"})


def _title_case_344(text: str) -> str:
    """``text`` with each word capitalised but small words, as sites' title-cased headings print."""
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_WORDS_344) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _marker_344(shape: str, place: int, section: int) -> str:
    """The list marker of ``shape`` for the item at ``place`` (from 1) in section ``section``."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(place - 1) % 26]
    roman = _ROMAN_344[(place - 1) % len(_ROMAN_344)]
    return shape.format(n=place, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)


def _items_344(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send (a quarter never say "comment")
    and who moderates; how many kinds it prints (2-5 at a fifth of sites, else 6-16) and whether in table order or
    shuffled; at most one to three sentences an item; its headings' case (as written, title case, capitals) or no
    headings; where headings stand (an item part of their own, bare or ending in a stop or colon, sometimes in
    asterisks, or run in before the first sentence after a colon, stop or dash); a list marker (numbers, letters,
    roman numerals, bullets, dashes, "Rule 1:", section numbers) or none; and now and then a section line before the
    items, a last-updated line and a sign-off after them. The opening, closing and title lines come from
    ``_furnish``, chosen among those that keep to the site's word."""
    singular, plural = rng.choice(OTHER_WORDS_344 if rng.random() < 0.25 else COMMENT_WORDS_344)
    moderators = rng.choice(MODERATORS_344)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    def filled(text: str) -> str:
        text = text.format(**fill)
        return text[0].upper() + text[1:]

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = list(range(len(REWORDINGS_344)))
    chosen = rng.sample(kinds, count)
    if rng.random() < 0.6:
        chosen.sort()
    most_sentences = rng.choice((1, 1, 2, 2, 3))
    heading_case = rng.choice(("none", "none", "as written", "as written", "as written", "title", "title", "capitals"))
    placement = rng.choice(("own", "own", "own stop", "own colon", "own colon", "run colon", "run stop", "run dash"))
    starred = placement.startswith("own") and rng.random() < 0.1
    dash = rng.choice((" – ", " - ", " — "))
    shape = rng.choice(MARKERS_344) if rng.random() < 0.6 else ""
    section = rng.randint(2, 9)

    items: list[tuple[str, ...]] = []
    if rng.random() < 0.12:
        items.append((filled(rng.choice(SECTION_LINES_344).replace("{s}", str(section))), ""))
    for place, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_344[kind]
        picked = rng.sample(range(len(sentences)), rng.randint(1, most_sentences))
        if rng.random() < 0.5:
            picked.sort()
        parts = [filled(sentences[index]) for index in picked]
        heading = ""
        if heading_case != "none":
            heading = filled(rng.choice(headings))
            if heading_case == "title":
                heading = _title_case_344(heading)
            elif heading_case == "capitals":
                heading = heading.upper()
        question = heading.endswith("?")
        if heading and placement.startswith("run"):
            joiner = " " if question else {"run colon": ": ", "run stop": ". ", "run dash": dash}[placement]
            parts[0] = heading + joiner + parts[0]
            heading = ""
        elif heading:
            if placement == "own stop" and not question:
                heading += "."
            elif placement == "own colon" and not question:
                heading += ":"
            if starred:
                heading = "**" + heading + "**"
        if shape:
            marker = _marker_344(shape, place, section)
            if heading:
                heading = marker + " " + heading
            else:
                parts[0] = marker + " " + parts[0]
        items.append((heading, *parts))
    if rng.random() < 0.15:
        month = rng.randint(1, 12)
        updated = rng.choice(UPDATED_LINES_344).format(
            day=rng.randint(1, 28), month=_MONTHS_344[month - 1], monthnum=month, year=rng.randint(2016, 2026)
        )
        items.append(("", updated))
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGN_OFFS_344)))

    says_comment = singular == "comment"

    def keeps_word(lines: tuple[str, ...]) -> list[str]:
        texts = [line.format(**fill) for line in lines]
        return [text for text in texts if says_comment or "comment" not in text.lower()]

    return _furnish(
        items,
        rng,
        keeps_word(POLICY_INTROS_344),
        keeps_word(POLICY_CLOSINGS_344),
        keeps_word(POLICY_TITLES_344),
        AMERICAN_344,
    )
