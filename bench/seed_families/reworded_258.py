"""The ``reworded-258`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cayman Islands news, Northern Isles farming papers, Texas panhandle weeklies, Gaelic football clubs,
harp societies, lymphoedema forums, co-housing communities, old bakery museum volunteers.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The family's item kinds, in the order a site that keeps table order prints them. Each kind is (headings,
# sentences): five or six headings, questions among them, and five sentences. ``{c}``/``{cs}`` and ``{C}``/``{Cs}``
# stand for the site's word for what readers send (singular/plural, capitalised), ``{mods}``/``{Mods}`` for who
# looks after the site (as printed mid-sentence, and capitalised to start one).
REWORDINGS_258: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be civil", "Keep it civil", "Play the ball, not the player", "Respect", "How should I treat other members?"),
        (
            "Treat other readers as you would a neighbour at the shop counter: disagree if you must, but keep it civil.",
            "Personal attacks, name-calling and sneering at other members will not be tolerated.",
            "Play the ball, not the player: criticise an argument by all means, but never the person who made it.",
            "On a small island everyone knows somebody who knows you, so think before you press send.",
            "Robust debate is welcome; bullying, goading and baiting are not.",
        ),
    ),
    (  # hatred and discrimination
        ("No hate speech", "Discrimination", "Hateful content", "Is anything off limits?", "Equality and respect"),
        (
            "{Cs} that attack people for their race, nationality, religion, sex, sexual orientation, disability or age"
            " will be removed.",
            "Remarks about expats, Caymanians, Brackers or 'paper Caymanians' that are meant to stir up ill feeling"
            " will not be published.",
            "We will not host slurs, including ones dressed up as jokes or spelt with asterisks.",
            "The club follows the GAA Code of Behaviour, which has no room for sectarian, racist or homophobic abuse on"
            " or off the field.",
            "Running down incomers, crofters, townies or any other group of people is not on.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I share someone's contact details?",
            "Your details and other people's",
        ),
        (
            "Do not post anyone's address, phone number, email, licence plate or workplace, and that includes your own.",
            "Please do not name or describe another member's health condition unless they have shared it here"
            " themselves.",
            "Photographs of residents, children or visitors must not be put up without their permission.",
            "Under the Cayman Islands Data Protection Act we keep only what we need to run this site, and we never sell"
            " your details.",
            "Anything you share in an open thread can be seen by anyone, search engines included, so think carefully"
            " about what you reveal.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting young players",
            "Who do I contact with a welfare concern?",
            "Child welfare",
        ),
        (
            "Never post photographs or full names of under-age players without the written consent of a parent or"
            " guardian.",
            "The club's Children's Officer is the first point of contact for any concern about a young person's"
            " welfare.",
            "If you believe a child or vulnerable adult is at risk, contact the police or social services first, then"
            " tell {mods}.",
            "Members under 18 must not share personal details or arrange to meet anyone through this site.",
            "Safeguarding concerns should never be raised in an open thread; please use the private form instead.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Waiting for approval",
            "When will my {c} go up?",
        ),
        (
            "All {cs} are read by a person before they appear, so there may be a delay, especially at weekends and"
            " during lambing.",
            "Our newsroom is small, and {cs} sent in after 5pm may not be approved until the next working day.",
            "{Cs} are looked after by volunteers who have lives of their own, so please be patient.",
            "Sending the same {c} again will not speed things up and may land it in the spam folder.",
            "{Cs} are closed on some stories, such as court cases and deaths, and on all stories after fourteen days.",
        ),
    ),
    (  # staying on topic
        ("Stay on topic", "Keep to the subject", "Relevance", "Off-topic posts", "What should I write about?"),
        (
            "Keep your {c} relevant to the story or thread it sits under.",
            "Threads about compression garments are not the place for arguments about politics or the NHS.",
            "If you want to start a new subject, open a new thread rather than taking over someone else's.",
            "Making the same point under every story, whatever it is about, counts as off topic.",
            "General chat about tunes, strings and festivals belongs in the Harpers' Lounge section.",
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
            "Advertising, sales pitches and links to commercial sites are not allowed; call our advertising"
            " department if you want to reach our readers.",
            "Members may mention a therapist or garment supplier they have used, but not one they work for or are"
            " paid by.",
            "Livestock, feed, machinery and hay for sale go in the classifieds, not in {cs} under news stories.",
            "Chain letters, fundraising appeals and petitions need the committee's approval before they go up.",
            "{Cs} that are nothing but links will be treated as spam and deleted.",
        ),
    ),
    (  # names and accounts
        ("Your account", "Names", "Real names", "Usernames", "Do I have to use my real name?", "One account each"),
        (
            "Please use your real first name and surname; anonymous {cs} will not be printed.",
            "One account per person: sock-puppet accounts will be deleted along with the original.",
            "Do not pretend to be another person, a club official, a government minister or a member of staff.",
            "Usernames that are offensive, or that advertise a business, will be changed or removed.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        ("Legal", "Defamation", "The law", "Stay within the law", "Could I be sued for what I write?", "Court cases"),
        (
            "Do not accuse anyone of a crime unless they have been convicted; under the Defamation Law you, as well"
            " as we, can be held responsible.",
            "Do not discuss cases before the Grand Court or the Summary Court while they are under way, as this may"
            " amount to contempt.",
            "{Cs} that break the law, including libel, harassment and threats, will be removed and may be passed to the"
            " sheriff's office.",
            "Do not name the victims of sexual offences, even if you think the whole parish already knows.",
            "We may be ordered by a court to hand over the details of anyone who posts unlawful material.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Can I post photos or articles?",
            "Quoting and sharing",
            "Music and sheet music",
        ),
        (
            "Do not copy whole articles from other papers; a short quotation and a link is fine.",
            "Please do not upload scanned sheet music or arrangements unless they are out of copyright or you have the"
            " arranger's permission.",
            "By posting a photograph you confirm that you took it or have the right to share it.",
            "Recipes and photographs from the museum's collection may be shared for personal interest, but not"
            " republished without the trustees' permission.",
            "By sending us a {c} you give us permission to publish it in print and online, edited for length if need"
            " be.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Reporting", "How do I report a {c}?", "Flagging", "Seen something wrong?"),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please email the editor with a link to anything you think is unlawful and we will look at it as soon as"
            " we can.",
            "Flagging a {c} simply because you disagree with it wastes everyone's time.",
            "Reports are anonymous: the person you report will not be told who raised it.",
            "If you are worried about a member's wellbeing, contact {mods} privately.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision",
            "Editor's discretion",
            "The committee's decision is final",
            "Who decides?",
            "Discretion",
            "Removal",
        ),
        (
            "{Mods} may edit, hold back or remove any {c} without giving a reason.",
            "Publishing a {c} does not mean the paper agrees with it.",
            "Decisions are made by the committee and are final, although members may raise them at the next general"
            " meeting.",
            "We do not enter into correspondence about individual moderation decisions.",
            "These rules may change from time to time; the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Accuracy", "Tell us"),
        (
            "If we have got something wrong, email the newsroom rather than posting it in the {cs} so it can be put"
            " right quickly.",
            "Got a story from your end of the county, such as a wreck on the highway, a grass fire or a new business?"
            " Call the office or drop by.",
            "Show results, mart prices and sale reports can be sent to the farming desk by Tuesday noon for that"
            " week's paper.",
            "Match reports and lotto results should be sent to the PRO by Sunday evening.",
            "Corrections to names and facts will be made promptly and noted at the foot of the story.",
        ),
    ),
    (  # language
        ("Language", "Swearing", "Mind your language", "Which languages can I use?", "Bad language"),
        (
            "No swearing, even with letters starred out.",
            "{Cs} in Irish are very welcome; please add a short English summary for members who don't have it.",
            "Gaelic, Scots and dialect are welcome, as long as most readers can follow the meaning.",
            "Please don't write in capitals, which reads as shouting.",
            "This is a family paper, so keep it clean enough to be read at the breakfast table.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Will I be warned first?",
        ),
        (
            "Members who break these rules will normally get one warning before their account is suspended.",
            "Serious breaches, such as threats or abuse, lead to an immediate ban.",
            "Banned users who come back under a new name will be banned again without notice.",
            "Repeated breaches may be referred to the club's disciplinary committee under the Official Guide.",
            "Residents who breach the online agreement may be asked to step back from the group chat for a period,"
            " agreed at a community meeting.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Not a substitute for professional care",
            "Health information",
            "Is this medical advice?",
            "Safety first",
        ),
        (
            "Nothing on this forum replaces advice from your GP, lymphoedema nurse or therapist.",
            "If your limb becomes hot, red and swollen or you feel feverish, get medical help the same day, as it may"
            " be cellulitis.",
            "Please do not tell other members to stop wearing their compression or to change their treatment.",
            "Volunteers must follow the museum's food hygiene and fire rules whenever the oven is lit, whatever a"
            " {c} may say.",
            "Members sharing remedies or supplements must say if they have a financial interest in them.",
        ),
    ),
    (  # what the board is for
        ("What this board is for", "Purpose", "Using the noticeboard", "What goes where?", "About this board"),
        (
            "This noticeboard is for practical matters: meal sign-ups, work days, the laundry rota and things"
            " borrowed from the common house.",
            "Proposals for decision go to the agenda group, not on the board; the board is for information only.",
            "Shift swaps and baking days for the volunteers' newsletter should be put up by Friday.",
            "Lost and found, lifts into Kirkwall and spare seed potatoes are all fair game.",
            "Please take your {cs} down once the event has passed.",
        ),
    ),
)

# The site's word for what readers send, (singular, plural); most sites say "comment", a quarter one of the others.
COMMENT_WORD_258: tuple[str, str] = ("comment", "comments")
OTHER_WORDS_258: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("submission", "submissions"),
    ("notice", "notices"),
)

# Who looks after the site, as printed mid-sentence.
MODERATORS_258: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the committee",
    "the admin team",
    "the web team",
    "the club PRO",
    "our volunteer moderators",
    "the newsroom",
    "the trustees",
    "the communications circle",
)

# Opening lines a site may print before its items (drawn by ``_furnish``).
POLICY_INTROS_258: tuple[str, ...] = (
    "Please read these guidelines before you post.",
    "We welcome {cs} from readers, but we ask everyone to follow a few simple rules.",
    "This is a friendly, supportive community and we want to keep it that way.",
    "By posting on this site you agree to the following.",
    "The committee has agreed the following house rules for the noticeboard.",
    "Readers' {cs} are a big part of the paper, and these rules help keep the conversation worth reading.",
)

# Closing lines a site may print after its items (drawn by ``_furnish``).
POLICY_CLOSINGS_258: tuple[str, ...] = (
    "Thank you for helping keep this a good place to talk.",
    "Questions about these rules can be sent to the editor.",
    "Thanks for reading, and happy posting.",
    "If in doubt, leave it out.",
    "We reserve the right to change these rules at any time.",
    "Go raibh maith agaibh.",
)

# Title lines a site may print above its items (drawn by ``_furnish``).
POLICY_TITLES_258: tuple[str, ...] = (
    "{C} Policy",
    "House Rules",
    "Community Guidelines",
    "Forum Rules",
    "Posting Guidelines",
    "Noticeboard Terms of Use",
    "Rules for {Cs}",
    "Reader {Cs}: Our Rules",
    "Guidelines for Members",
)

# British spellings used in the sentences above -> American, for sites that print American spelling.
AMERICAN_258: dict[str, str] = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "behaviour": "behavior",
    "licence": "license",
    "offence": "offense",
    "spelt": "spelled",
    "lymphoedema": "lymphedema",
    "oedema": "edema",
    "colour": "color",
    "organisation": "organization",
}

# Words a title-cased heading leaves in lower case (unless they start it).
SMALL_WORDS_258: frozenset[str] = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "not", "with")
)

# List markers sites print before an item (``None``: no marker); the number is filled per item.
MARKER_STYLES_258: tuple[str | None, ...] = (
    None,
    None,
    None,
    "{n}.",
    "{n})",
    "({n})",
    "{letter})",
    "({letter})",
    "{LETTER}.",
    "{roman}.",
    "{ROMAN}.",
    "\u2022",
    "*",
    "-",
    "\u2013",
    "\u25aa",
    "Rule {n}:",
    "Rule {n}.",
    "{section}.{n}",
    "\u00a7 {n}",
)

# How a run-in heading is joined to the sentence after it.
RUN_IN_JOINS_258: tuple[str, ...] = (": ", ". ", " \u2013 ", " - ", " \u2014 ")

# Emphasis some sites keep around headings (bold markup left in the scraped text).
EMPHASES_258: tuple[str, ...] = ("**{}**", "[b]{}[/b]", "*{}*")

# Sign-off lines printed under the items by some sites.
SIGN_OFFS_258: tuple[str, ...] = (
    "\u2014 The Editor",
    "The Committee",
    "The admin team",
    "Management",
    "Club Executive",
    "Thanks, the moderators",
    "Board of Trustees",
)

# Month names for a site's last-updated line.
MONTHS_258: tuple[str, ...] = (
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


def _roman_258(number: int) -> str:
    """``number`` (1 to 39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _title_case_258(heading: str) -> str:
    """``heading`` with each word capitalised except small ones after the first."""
    words = heading.split(" ")
    return " ".join(
        word if position and word.lower() in SMALL_WORDS_258 else word[:1].upper() + word[1:]
        for position, word in enumerate(words)
    )


def _updated_line_258(rng: random.Random) -> str:
    """A last-updated line with a drawn date, in one of the shapes sites print."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS_258), rng.randint(2014, 2026)
    shapes = (
        f"Last updated: {day} {month} {year}",
        f"Updated {month} {day}, {year}",
        f"Revised at the AGM, {month} {year}",
        f"These rules were last reviewed in {month} {year}.",
        f"Effective {month} {day}, {year}.",
    )
    return rng.choice(shapes)


def _items_258(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items, drawn from ``rng`` only.

    A site draws its word for what readers send (``comment`` three times in four, else post, message, reply,
    contribution, letter, submission or notice) and who moderates; how many kinds it prints (two to five for one site
    in five, else six to sixteen), kept in table order or shuffled; one to three sentences an item; its heading case
    (sentence, title, capitals) or no headings at all; where headings stand (a part of their own, bare or with a stop
    or colon, or run in before the first sentence after a colon, stop or dash); a list marker (numbers, letters,
    roman numerals, bullets, dashes, "Rule 1:", section numbers, a section sign) or none; bold markup around headings;
    and by chance a section line, a last-updated line at the top or foot, a "Please note:" before one sentence and a
    sign-off. The items then get an opening, closing and title line, American spelling and curly quotes by
    ``_furnish``."""
    singular, plural = COMMENT_WORD_258 if rng.random() < 0.75 else rng.choice(OTHER_WORDS_258)
    moderators = rng.choice(MODERATORS_258)
    fill = {
        "c": singular,
        "cs": plural,
        "C": singular.capitalize(),
        "Cs": plural.capitalize(),
        "mods": moderators,
        "Mods": moderators[:1].upper() + moderators[1:],
    }

    how_many = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, 16)
    kinds = rng.sample(range(len(REWORDINGS_258)), min(how_many, len(REWORDINGS_258)))
    if rng.random() < 0.55:
        kinds.sort()

    heading_case = rng.choices(("sentence", "title", "capitals", "none"), weights=(4, 3, 1.5, 2))[0]
    placement = rng.choice(("own", "own-stop", "own-colon", "run-in"))
    run_in_join = rng.choice(RUN_IN_JOINS_258)
    marker_style = rng.choice(MARKER_STYLES_258)
    section = rng.randint(2, 9)
    emphasis = rng.choice(EMPHASES_258) if heading_case != "none" and rng.random() < 0.2 else None
    keep_sentence_order = rng.random() < 0.5

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_258[kind]
        picked = rng.sample(range(len(sentences)), rng.randint(1, 3))
        if keep_sentence_order:
            picked.sort()
        texts = [sentences[index].format(**fill) for index in picked]
        heading = rng.choice(headings).format(**fill)
        if heading_case == "title":
            heading = _title_case_258(heading)
        elif heading_case == "capitals":
            heading = heading.upper()
        marker = ""
        if marker_style is not None:
            marker = marker_style.format(
                n=number,
                letter=chr(96 + number),
                LETTER=chr(64 + number),
                roman=_roman_258(number),
                ROMAN=_roman_258(number).upper(),
                section=section,
            )
        if heading_case == "none":
            first = f"{marker} {texts[0]}" if marker else texts[0]
            items.append(("", first, *texts[1:]))
            continue
        question = heading.endswith("?")
        if placement == "run-in":
            shown = emphasis.format(heading) if emphasis else heading
            joined = f"{shown} {texts[0]}" if question else f"{shown}{run_in_join}{texts[0]}"
            items.append(("", f"{marker} {joined}" if marker else joined, *texts[1:]))
            continue
        if not question and placement == "own-stop":
            heading += "."
        elif not question and placement == "own-colon":
            heading += ":"
        if emphasis:
            heading = emphasis.format(heading)
        items.append((f"{marker} {heading}" if marker else heading, *texts))

    # "Please note:" goes only before a sentence that stands on its own, never before a heading or marker.
    plain_last = [
        index
        for index, item in enumerate(items)
        if len(item) >= (2 if item[0] else 3) and not item[-1].startswith("Please")
    ]
    if plain_last and rng.random() < 0.1:
        where = rng.choice(plain_last)
        items[where] = (*items[where][:-1], "Please note: " + items[where][-1])
    if rng.random() < 0.15:
        section_line = rng.choice((f"Section {section}: Reader {{Cs}}", f"{section}. {{Cs}} and Community"))
        items.insert(0, (section_line.format(**fill), ""))
    if rng.random() < 0.2:
        updated = ("", _updated_line_258(rng))
        if rng.random() < 0.5:
            items.insert(0, updated)
        else:
            items.append(updated)
    if rng.random() < 0.15:
        items.append(("", rng.choice(SIGN_OFFS_258)))

    intros = [line.format(**fill) for line in POLICY_INTROS_258]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_258]
    titles = [line.format(**fill) for line in POLICY_TITLES_258]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_258)
