"""The ``reworded-170`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cook Strait ferry-town news, Rathlin island bulletins, West Virginia coal-town weeklies, racquetball
clubs, stained-glass guilds, endometriosis forums, almshouse-trust residents' boards, drovers'-road walking groups.

Written blind: from how such sites word and print their posting rules, noticeboard rules, club and guild forum
etiquette, support-forum guidelines and reader policies, without reading the cleaner's code, docs or reports, nor
the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _american_with, _furnish, _says_comment

#: Per item kind: heading choices (at least one a question) and five sentences. Placeholders: {c} {cs} {C} {Cs}, the
#: site's word for what readers send; {site}, the site as a sentence names it; {mods}, who moderates it;
#: {emergency}, the number to call; {tongue}, the other languages its readers write. Written in British spelling; a
#: document may print it in American spelling (``AMERICAN_170``). No heading or sentence says "comment" but through
#: the placeholders.
REWORDINGS_170 = (
    (  # civility
        (
            "Be civil",
            "Be kind to each other",
            "Respect other members",
            "Play the ball, not the player",
            "Can I criticise someone?",
            "Courtesy",
        ),
        (
            "Disagree with an idea as strongly as you like, but never attack the person who holds it.",
            "Personal insults, name-calling and sneering at other readers will see your {c} removed.",
            "Write as you would speak to a neighbour over the garden wall.",
            "Robust argument is welcome on {site}; rudeness is not.",
            "Please keep {cs} courteous, even when you feel strongly about the subject.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Hate speech",
            "Discrimination",
            "Racism, sexism and other hatred",
            "What counts as hate speech?",
        ),
        (
            "We will remove any {c} that attacks people for their race, religion, sex, sexuality, disability or age.",
            "Sectarian remarks have no place here and will be taken down without warning.",
            "Slurs are not acceptable, even as a joke or inside a quotation.",
            "Stirring up hatred against any group is against the law as well as against our rules.",
            "Repeated discriminatory {cs} will lead to your account being closed.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect privacy",
            "Personal information",
            "Keep private things private",
            "Can I post someone's address?",
            "Other people's details",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Photographs of other people, and especially of children, need their permission first.",
            "Please don't share details of a neighbour's health, family or money affairs.",
            "Private messages are private: don't copy them into a public {c} without the sender's agreement.",
            "If you think someone's personal details have been posted, tell {mods} straight away.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Keeping people safe",
            "Worried about someone?",
            "Young members",
        ),
        (
            "If a {c} makes you worried about someone's safety, tell {mods}; if they are in immediate danger, "
            "call {emergency}.",
            "Never arrange to meet a child or young person through {site}.",
            "Anything that suggests a child is at risk will be passed to the police.",
            "If someone writes that they are thinking of harming themselves, please don't ignore it: flag it and we "
            "will follow it up.",
            "Please don't try to deal with a safeguarding worry in public; contact {mods} privately.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Delays",
            "When will my {c} go up?",
        ),
        (
            "Every {c} is read by a person before it appears, so please be patient.",
            "New {cs} are approved by hand and may take a day or two to appear.",
            "{Cs} sent at weekends or on public holidays may not appear until the next working day.",
            "Your first few {cs} will be held for approval; after that they should appear straight away.",
            "Sending the same {c} again will not speed things up and may land it in the spam folder.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Relevance",
            "Is this the right place?",
        ),
        (
            "Please keep {cs} to the subject of the story or thread they sit under.",
            "If you want to raise something new, start a thread of your own rather than taking over someone else's.",
            "{Cs} that wander off the subject may be moved or removed.",
            "Long-running arguments that have nothing to do with the original post will be closed.",
            "Campaigning for a party or a candidate is not allowed unless it is the subject in hand.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and advertising",
            "Commercial posts",
            "Can I advertise my business?",
            "Links",
        ),
        (
            "Please do not use {site} to advertise goods, services or events run for profit.",
            "Links to shops, fundraising pages or surveys need the approval of {mods} first.",
            "{Cs} posted only to drive traffic to another website will be deleted as spam.",
            "Members may mention their own business once in their profile, not in every {c}.",
            "Chain letters, pyramid schemes and get-rich-quick offers will be removed and the account closed.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Real names",
            "Accounts",
            "One account each",
            "Who can post?",
            "Do I have to use my real name?",
        ),
        (
            "We ask that you post under your own name, or one by which people who know you would recognise you.",
            "Each person may hold one account; duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, an organisation or a member of staff.",
            "Sharing an account with a partner or a friend is not allowed.",
            "Usernames that are offensive or misleading will be changed without notice.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation",
            "Court cases",
            "Don't break the law",
            "Could I be sued?",
        ),
        (
            "You are legally responsible for what you post, including anything that could damage a person's "
            "reputation.",
            "Please don't name anyone involved in a court case unless they have been named in open court.",
            "Do not speculate about the guilt of anyone who has been arrested or charged.",
            "We will remove any {c} we believe may be defamatory or in contempt of court.",
            "If asked by the police or a court, we may have to hand over details of who sent a {c}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and text",
            "Credit the maker",
            "Can I share an article?",
        ),
        (
            "Only post photographs, designs or text you own or have permission to use.",
            "Quote a short passage and link to the source rather than pasting in a whole article.",
            "By posting on {site} you give us permission to display your {c} and, with credit, to reprint it.",
            "Please credit the maker when you share a picture of someone else's work.",
            "Material posted in breach of copyright will be removed as soon as we are told about it.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "Flagging",
            "Seen something wrong?",
            "How do I report a {c}?",
        ),
        (
            "Use the report link under any {c} you think breaks these rules.",
            "Please report rather than reply: arguing back only makes a thread worse.",
            "Reports are anonymous; the person you report will not be told who flagged them.",
            "If you can't see a report link, email {mods} with a link to the {c} and a short note of the problem.",
            "We read every report, but we may not reply to each one.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Discretion",
            "The editor's decision",
            "Removing {cs}",
            "Why was my {c} removed?",
        ),
        (
            "{Mods} may edit, refuse or remove any {c} without giving a reason.",
            "These rules are a guide, not a complete list, and we will use our judgement in every case.",
            "We may close a discussion at any time, particularly where it concerns a death, an accident or a court "
            "case.",
            "Having a {c} taken down is not a punishment, and we ask you not to argue about it in public.",
            "Decisions on moderation are made by {mods} and are final.",
        ),
    ),
    (  # corrections and news
        (
            "Corrections",
            "Spotted a mistake?",
            "News and tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, tell {mods} rather than replying in public, so it can be put "
            "right quickly.",
            "{Cs} pointing out errors will not always be published, but they will all be read.",
            "Have a story or a notice for us? Get in touch with {mods} directly.",
            "Complaints about what we publish should be made in writing.",
            "We correct mistakes of fact as soon as we can and say so at the foot of the item.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Write clearly",
            "Capitals",
            "Is swearing allowed?",
        ),
        (
            "Please don't swear; asterisks in place of letters don't make it acceptable.",
            "Writing in capital letters reads as shouting and is hard to follow.",
            "Keep text-speak and strings of emojis to a minimum so everyone can follow the thread.",
            "{Cs} in {tongue} are welcome; please add a line in English for those who don't read it.",
            "Heavy punctuation and shorthand make {cs} hard to read, especially on a phone.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
            "Three strikes",
            "Enforcement",
        ),
        (
            "A first breach will normally earn a warning by private message.",
            "Repeated or serious breaches will lead to suspension and, if need be, a permanent ban.",
            "Anyone who is banned and rejoins under a new name will be removed again without notice.",
            "Threats of violence lead to an immediate ban and may be reported to the police.",
            "We keep a record of warnings for twelve months.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Health and safety",
            "Use your own judgement",
            "Is this professional advice?",
            "Take care",
        ),
        (
            "Anything shared on {site} is one person's experience and no substitute for professional advice.",
            "Check any advice you find here with someone qualified before acting on it.",
            "{Mods} cannot check the accuracy of every tip that members send in.",
            "Please don't recommend products or treatments in which you have a financial interest.",
            "If in doubt, ask someone qualified, not {site}.",
        ),
    ),
)

_C = "comment", "comments"
_NI = "Irish or Ulster-Scots"

#: Each kind of site: how its sentences name it and its moderators, its words other than "comment" for what readers
#: send (for the quarter of sites that never say it), its emergency number and other languages, its own titles,
#: its dated lines and sign-offs, and an item kind of its own.
SITES_170 = (
    {  # Cook Strait ferry-town news
        "sites": ("the Wharf Weekly", "the Sounds Courier", "our website", "the Crier's site"),
        "mods": ("the editor", "our moderators", "the news desk"),
        "words": (("letter", "letters"), ("post", "posts")),
        "emergency": "111",
        "tongue": ("te reo M\u0101ori", "other languages"),
        "titles": ("Reader {cs}: our rules", "Having your say", "{C} policy"),
        "stamps": ("Last updated: June 2025", "Updated 12 February 2025"),
        "signoffs": ("\u2014 The Editor", "The news desk"),
        "american": False,
        "local": (
            ("Sailings and services", "Ferry times", "Cancelled sailings?", "Travel questions"),
            (
                "We can't answer questions about ferry times, bookings or refunds; please contact the operator.",
                "Rumours about cancelled sailings cause real worry, so please share only what the operator has "
                "announced.",
                "Complaints about a ferry company belong with the company, not in {cs} on our stories.",
                "Terminal and crew staff can't be named or photographed in {cs} without their consent.",
            ),
        ),
    },
    {  # Rathlin island bulletins
        "sites": ("the Bulletin", "the island bulletin", "this noticeboard", "the Bulletin's page"),
        "mods": ("the Bulletin team", "the editor", "the volunteers who put the Bulletin together"),
        "words": (("notice", "notices"), ("message", "messages"), ("post", "posts")),
        "emergency": "999",
        "tongue": (_NI, "Irish"),
        "titles": ("Noticeboard guidelines", "Bulletin board rules", "Using the Bulletin"),
        "stamps": ("Last updated: March 2025", "Agreed by the Community Association, 2024"),
        "signoffs": ("The Bulletin team", "\u2014 The Editor"),
        "american": False,
        "local": (
            ("Wildlife and the reserve", "Nesting birds", "Island etiquette", "Can I post where the puffins are?"),
            (
                "Please do not post the locations of nesting birds or of seals with pups.",
                "Photographs taken on the reserve must follow the RSPB's guidance.",
                "The island is small and everyone knows everyone: think before you post.",
                "Notices about the boat must come from the ferry company or the Community Association.",
            ),
        ),
    },
    {  # West Virginia coal-town weeklies
        "sites": ("the Herald", "the Record's website", "our site", "the Ledger online"),
        "mods": ("the editor", "our staff", "the publisher"),
        "words": (("post", "posts"),),
        "emergency": "911",
        "tongue": ("Spanish", "other languages"),
        "titles": ("{C} Policy", "Reader Forum Rules", "Rules for Posting"),
        "stamps": ("Updated Jan. 2025", "Last revised: Sept. 2024"),
        "signoffs": ("\u2014 The Publisher", "The Editors"),
        "american": True,
        "local": (
            ("Obituaries and memorials", "Memorial pages", "Grief", "Mine news", "Can I post on an obituary?"),
            (
                "{Cs} on obituaries and memorial pages are read by grieving families; please keep them kind.",
                "Disputes about wills or family matters don't belong on a memorial page.",
                "Please don't speculate about the cause of a mine accident before officials have reported.",
                "Union and company disputes can be argued, but not with personal attacks on miners or their families.",
            ),
        ),
    },
    {  # racquetball clubs
        "sites": ("the club forum", "the forum", "the members' area", "this board"),
        "mods": ("the committee", "the club secretary", "the forum admins"),
        "words": (("post", "posts"), ("message", "messages")),
        "emergency": "the emergency services",
        "tongue": ("other languages",),
        "titles": ("Forum etiquette", "Club forum rules", "Members' forum: the rules"),
        "stamps": ("Adopted at the AGM, November 2024", "Version 3 (revised January 2025)"),
        "signoffs": ("The Committee", "Club Secretary"),
        "american": False,
        "local": (
            ("Court bookings", "Ladder and league", "Can I swap a booking here?", "Club business"),
            (
                "Court bookings and swaps go through the booking system, not the forum.",
                "Ladder challenges may be posted, but results must be entered on the ladder sheet.",
                "Disputes about a call or a hinder should be settled with the referee, not in public.",
                "Questions about membership fees go to the club secretary.",
            ),
        ),
    },
    {  # stained-glass guilds
        "sites": ("the Guild forum", "the forum", "the members' pages", "the Guild's site"),
        "mods": ("the Guild council", "the moderators", "the forum moderators"),
        "words": (("contribution", "contributions"), ("post", "posts")),
        "emergency": "the emergency services",
        "tongue": ("Welsh", "other languages"),
        "titles": ("Guild forum guidelines", "Members' forum code of conduct", "Posting to the forum"),
        "stamps": ("Approved by Council, April 2025", "Last reviewed: 2024"),
        "signoffs": ("Guild Council", "The Moderators"),
        "american": False,
        "local": (
            (
                "Health and safety at the bench",
                "Lead and solder",
                "Kiln safety",
                "Showing members' work",
                "Is lead safe?",
            ),
            (
                "Advice on lead came, solder fumes and kiln firing is shared in good faith; always follow the "
                "manufacturer's safety guidance.",
                "Don't post photographs of work in progress in a member's studio without their consent.",
                "Please name the maker and the studio when you share a window or panel.",
                "Questions about restoring a listed window should go to a qualified conservator as well as to {site}.",
            ),
        ),
    },
    {  # endometriosis forums
        "sites": ("the forum", "this community", "our forum", "the support forum"),
        "mods": ("the moderators", "our volunteer moderators", "the moderation team"),
        "words": (("post", "posts"), ("reply", "replies"), ("message", "messages")),
        "emergency": "the emergency services",
        "tongue": ("other languages",),
        "titles": ("Community guidelines", "Forum rules \u2014 please read", "Our community rules"),
        "stamps": ("Last updated: May 2025", "Reviewed March 2025"),
        "signoffs": ("The Moderation Team", "\u2014 the mods"),
        "american": False,
        "local": (
            ("Medical advice", "Not a doctor", "Content notes", "Sensitive subjects", "Can someone here diagnose me?"),
            (
                "Nobody on {site} can diagnose you; please speak to your GP or specialist about your own symptoms.",
                "Please add a content note at the top of any {c} about pregnancy, loss or surgery.",
                "Do not post photographs from surgery or of scars without a warning first.",
                "Sharing doses of prescription medicines is not allowed.",
                "Selling supplements or 'cures' will get you banned.",
            ),
        ),
    },
    {  # almshouse-trust residents' boards
        "sites": ("the residents' board", "the board", "the noticeboard", "the residents' page"),
        "mods": ("the Clerk", "the Warden", "the Clerk to the Trustees"),
        "words": (("notice", "notices"), ("note", "notes"), ("message", "messages")),
        "emergency": "999",
        "tongue": ("other languages",),
        "titles": ("Residents' board: rules of use", "Notes on using the board", "Using the noticeboard"),
        "stamps": ("Reviewed by the Trustees, 2024", "Last updated: Lady Day 2025"),
        "signoffs": ("The Clerk to the Trustees", "The Warden"),
        "american": False,
        "local": (
            ("Residents' privacy", "Repairs and complaints", "Flats and neighbours", "Is this the place for repairs?"),
            (
                "Please don't mention a fellow resident's flat number, health or visitors on the board.",
                "Repairs should be reported to the Warden or the Clerk's office, not on the board.",
                "Notices from the Trustees are put up by the Clerk; please don't remove or cover them.",
                "The board is printed and pinned up in the common room each week, so keep {cs} short.",
            ),
        ),
    },
    {  # drovers'-road walking groups
        "sites": ("the group", "the group page", "this page", "the group's forum"),
        "mods": ("the walk leaders", "the group admins", "the committee"),
        "words": (("post", "posts"), ("message", "messages")),
        "emergency": "999",
        "tongue": ("Gaelic or Welsh", "Gaelic", "Welsh"),
        "titles": ("Group rules", "Page rules", "Before you post in the group"),
        "stamps": ("Updated by the admins, April 2025", "Rules last changed: 2024"),
        "signoffs": ("The Walk Leaders", "Group admins"),
        "american": False,
        "local": (
            ("Access and livestock", "The Countryside Code", "Dogs", "Walk safety", "Can I post a route?"),
            (
                "Follow the access code wherever you walk, and keep dogs on a short lead near sheep and cattle.",
                "Routes shared here are for information only; check the weather and the ground before you set out.",
                "Please don't post directions that cross private land without a right of way.",
                "Offers of lifts are welcome, but arrange the details privately.",
                "Tell someone where you are going and when you expect to be back.",
            ),
        ),
    },
)

#: Titles, opening and closing lines any of the family's sites may print (with the kind's own titles).
TITLES_170 = (
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "{C} guidelines",
    "Rules for posting",
    "Code of conduct",
    "Before you post",
    "Our rules",
)

INTROS_170 = (
    "Please read these guidelines before you post.",
    "{Cs} are welcome, as long as they keep to the rules below.",
    "These rules apply to everything posted on {site}.",
    "We want {site} to be a friendly place for everyone. To keep it that way:",
    "By posting you agree to the following.",
    "Here is what we expect of everyone who posts:",
)

CLOSINGS_170 = (
    "Thank you for helping to keep {site} a pleasant place.",
    "These rules may change; the current version is always on this page.",
    "Questions about these rules can be sent to {mods}.",
    "If in doubt, don't post it.",
    "Thanks for reading, and happy posting.",
    "Our full terms and conditions apply to every {c}.",
)

#: British spellings in the lists above and their American forms.
AMERICAN_170 = {
    "criticise": "criticize",
    "neighbour": "neighbor",
    "organisation": "organization",
    "recognise": "recognize",
    "judgement": "judgment",
}

_SMALL_170 = {"a", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with", "not"}


def _title_case_170(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (index and word in _SMALL_170) or not word else word[0].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _roman_170(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _letter_170(number: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]


def _marker_170(rng: random.Random) -> tuple[Callable[[int], str] | None, bool]:
    """A site's item marker (None: no marker) and whether a marker may stand on a line of its own."""
    draw = rng.random()
    if draw < 0.3:
        return None, False
    if draw < 0.6:
        section = rng.randint(2, 9)
        shape = rng.choice(
            ("{n}.", "{n}.", "{n})", "({n})", "{n}:", "Rule {n}:", "Rule {n}.", "#{n}", "{s}.{n}", "{s}.{n}.")
        )
        return (lambda n: shape.format(n=n, s=section)), True
    if draw < 0.7:
        shape = rng.choice(("{a}.", "{a})", "({a})", "{A}."))
        return (lambda n: shape.format(a=_letter_170(n), A=_letter_170(n).upper())), True
    if draw < 0.78:
        shape = rng.choice(("{r}.", "({r})", "{R}.", "{r})"))
        return (lambda n: shape.format(r=_roman_170(n), R=_roman_170(n).upper())), True
    bullet = rng.choice(("\u2022", "-", "*", "\u2013", "\u00b7", "\u25aa", "o", "\u00bb", "\u2705"))
    return (lambda n: bullet), False


def _items_170(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-170 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Draws a kind of site (``SITES_170``) and its word for what readers send ("comment", or for a quarter of sites
    one of the kind's other words, and then "comment" nowhere); then few item kinds (two to four, 0.3) or many (six
    to sixteen) from the table, the kind's own item kind put in it at a drawn place (0.6), in the table's order (0.5)
    or drawn; one to three of each kind's sentences, as parts of their own or run together (0.4). The site's
    printing: headings (none, 0.15; one item's missing, 0.07) in sentence, title, upper or lower case, on a part of
    their own (with a stop, a colon or nothing) or run into the first sentence before a colon, a stop or a dash; or,
    now and then, every heading a question, as questions and answers; sentences under a heading of their own
    bulleted (0.12); a marker (numbered, lettered, roman, bulleted or none), before the item's first part, after a
    tab, or on a part of its own. Then the title, opening and closing lines by ``_furnish`` (titles from the kind's
    list and the family's), and now and then a dated line under the title and a sign-off at the end."""
    site = rng.choice(SITES_170)
    word, words = rng.choice(site["words"]) if rng.random() < 0.25 else _C
    mods = rng.choice(site["mods"])
    fill = {
        "c": word,
        "cs": words,
        "C": word.capitalize(),
        "Cs": words.capitalize(),
        "site": rng.choice(site["sites"]),
        "mods": mods,
        "Mods": mods[0].upper() + mods[1:],
        "emergency": site["emergency"],
        "tongue": rng.choice(site["tongue"]),
    }

    def put(text: str) -> str:
        return text.format(**fill)

    kinds = list(REWORDINGS_170)
    if rng.random() < 0.6:
        kinds.insert(rng.randint(0, len(kinds)), site["local"])
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    picked = sorted(rng.sample(range(len(kinds)), count))
    if rng.random() < 0.5:
        rng.shuffle(picked)
    chosen = [kinds[index] for index in picked]

    case = rng.choices(("as", "title", "upper", "lower"), (0.45, 0.3, 0.18, 0.07))[0]
    bare = rng.random() < 0.15
    asked = not bare and rng.random() < 0.08  # every heading a question, answered
    own = asked or rng.random() < 0.55  # a heading on a part of its own, or run into the first sentence
    stop = rng.choice(("", "", ".", ":"))
    joiner = rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    joined = rng.random() < 0.4  # an item's sentences run together as one part
    dashed = own and not asked and rng.random() < 0.12
    dash = rng.choice(("- ", "\u2022 ", "\u2013 "))
    qa = rng.choice((("Q: ", "A: "), ("Q. ", "A. "), ("", "")))
    marker, alone = _marker_170(rng)
    place = rng.choices(("space", "tab", "own"), (0.8, 0.08, 0.12 if alone else 0.0))[0]

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        questions = [heading for heading in headings if heading.endswith("?")]
        heading = rng.choice(questions) if asked else rng.choice(headings)
        if bare or (not asked and rng.random() < 0.07):
            heading = ""
        heading = put(heading)
        if case == "title":
            heading = _title_case_170(heading)
        elif case == "upper":
            heading = heading.upper()
        elif case == "lower":
            heading = heading.lower()
        many = rng.choices((1, 2, 3), (0.45, 0.4, 0.15))[0]
        said = [put(sentence) for sentence in rng.sample(sentences, many)]
        if joined:
            said = [" ".join(said)]
        parts: list[str]
        if not heading:
            parts = ["", *said]
        elif asked:
            parts = [qa[0] + heading, qa[1] + said[0], *said[1:]]
        elif own:
            if dashed and len(said) > 1:
                said = [dash + sentence for sentence in said]
            parts = [heading + ("" if heading.endswith("?") else stop), *said]
        else:
            parts = ["", heading + (" " if heading.endswith("?") else joiner) + said[0], *said[1:]]
        if marker is not None:
            mark = marker(number)
            first = 0 if parts[0] else 1
            if place == "own":
                parts = [mark, *[part for part in parts if part]]
            else:
                parts[first] = mark + ("\t" if place == "tab" else " ") + parts[first]
        items.append(tuple(parts))

    titles = tuple(put(title) for title in site["titles"] + TITLES_170)
    intros = tuple(put(intro) for intro in INTROS_170)
    closings = tuple(put(closing) for closing in CLOSINGS_170)
    if not _says_comment(word):
        titles, intros, closings = (
            tuple(line for line in lines if not _says_comment(line)) for lines in (titles, intros, closings)
        )
    if site["american"]:
        items = [tuple(_american_with(AMERICAN_170, part) for part in item) for item in items]
    items = _furnish(items, rng, intros, closings, titles, AMERICAN_170)
    if items and items[0][0] and not any(items[0][1:]) and rng.random() < 0.2:
        items.insert(1, ("", rng.choice(site["stamps"])))
    if rng.random() < 0.15:
        items.append(("", rng.choice(site["signoffs"])))
    return items
