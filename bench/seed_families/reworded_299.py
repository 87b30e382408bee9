"""The ``reworded-299`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Barbados parish news, Powys hill papers, Arizona border weeklies, wrestling clubs, pottery studios'
members, Parkinson's carers' forums, houseboat moorings associations, ropewalk museum friends.

Written blind: from how real sites of these kinds word and print their posting rules, house rules, forum guidelines
and noticeboard terms, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

# The item kinds, each as (headings, sentences). Placeholders: {c}/{cs} the site's word for what readers send
# (singular/plural), {C}/{Cs} the same capitalised, {mods} who looks after the site (always followed by a modal verb).
REWORDINGS_299: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Treat others with respect",
            "Courtesy",
            "Play the ball, not the player",
            "Can I disagree with other members?",
            "Keep it friendly",
        ),
        (
            "Disagree as much as you like, but do it politely: take on the argument, never the person making it.",
            "We are a small parish paper and most of our readers know one another, so please write as you would speak"
            " to a neighbour at the rum shop or after church.",
            "Personal insults, name-calling and goading other members will see your {c} removed.",
            "Many people here are caring around the clock and are tired; a kind word goes further than a sharp one.",
            "Treat fellow moorers, volunteers and club members with the same courtesy you would expect on the towpath"
            " or at the side of the mat.",
        ),
    ),
    (  # hatred and discrimination
        (
            "Hate speech",
            "No discrimination",
            "Racism and bigotry",
            "Is there anything you will never publish?",
            "Respect for all communities",
            "Equality",
        ),
        (
            "We will not publish {cs} that attack people for their race, religion, nationality, sex, sexual"
            " orientation, disability or age.",
            "Remarks about migrants and people crossing the border are held to the same standard as any other:"
            " discuss the policy, not the worth of the people.",
            "Jibes at Welsh speakers, English incomers, Gypsies and Travellers or boat dwellers are not welcome here.",
            "Stirring up racial or religious hatred is a criminal offence, and serious cases will be passed to the"
            " police.",
            "Hateful {cs} are removed without warning and the account responsible will be closed.",
        ),
    ),
    (  # privacy
        (
            "Personal information",
            "Privacy",
            "Keep personal details private",
            "Can I share someone's phone number?",
            "Protect your privacy",
            "Other people's details",
        ),
        (
            "Do not post addresses, telephone numbers, email addresses or vehicle registrations, yours or anyone"
            " else's.",
            "Please do not name the person you care for, or their consultant, nurses or care home, in an open thread;"
            " use a private message if you must.",
            "Berth numbers, boat names and mooring locations can tell a thief when a boat is empty, so keep them out of"
            " public {cs}.",
            "Photographs of members on the mat or at the wheel must not be shared without their permission.",
            "Anything you write here can be read by anyone, including your employer, your family and people you would"
            " rather did not know.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting our juniors",
            "Vulnerable adults",
            "What if I'm worried about someone?",
            "Welfare concerns",
        ),
        (
            "Never post the full name, school or photograph of a junior wrestler without written consent from a parent"
            " or guardian.",
            "If you are worried about the safety of a child or a vulnerable adult, do not raise it in a {c}; speak to"
            " the club welfare officer or call the police.",
            "Members under 18 may read the board, but adult members must not contact them privately.",
            "If someone here says they are thinking of harming themselves or the person they care for, {mods} will"
            " contact them privately and may pass details to the emergency services.",
            "Concerns about a child in Barbados can be reported to the Child Care Board; in Wales, contact the Powys"
            " safeguarding team.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "When will my {c} go live?",
            "Approval times",
        ),
        (
            "Every {c} is read by a person before it is published, so there may be a delay.",
            "This board is looked after by volunteers with day jobs, boats and kilns to see to, so please allow up to"
            " 48 hours.",
            "{Cs} sent after 5pm on a Friday may not appear until Monday morning.",
            "Sending the same {c} again will not speed things up; it only gives us two to read.",
            "Your first few {cs} will be held for approval, and after that they should appear straight away.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "Where should I post this?",
            "One thread, one subject",
        ),
        (
            "Please keep {cs} to the subject of the story or thread you are replying to.",
            "Questions about glaze recipes belong in the Glazes and Firing section, not in the kiln rota thread.",
            "Start a new thread rather than taking over someone else's; it helps people find answers later.",
            "Arguments about national politics or the last election that have nothing to do with the story will be"
            " removed.",
            "Lost and found, fish fry and harvest festival notices go on the community board, not under news stories.",
        ),
    ),
    (  # advertising and spam
        (
            "Advertising and spam",
            "No spam",
            "Selling and promotion",
            "Can I advertise my business?",
            "Commercial posts",
            "For sale and wanted",
        ),
        (
            "Do not use {cs} to advertise goods, services, events or websites.",
            "Boats, moorings and equipment may be offered for sale only in the For Sale section, and only by paid-up"
            " members.",
            "Links to other sites are fine where they help the discussion, but repeated links to your own shop or page"
            " will be treated as spam.",
            "Chain letters, petitions, fundraising appeals and get-rich-quick schemes will be deleted.",
            "Businesses wishing to reach our readers should contact the advertising office rather than posting.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Registration",
            "Usernames and accounts",
            "Do I have to use my real name?",
            "One account each",
            "Who you are",
        ),
        (
            "Please post under your real name; anonymous {cs} are far less likely to be published.",
            "Each member may hold one account, and duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, a councillor, a police officer or a member of staff.",
            "Usernames that are offensive, or that advertise a business, may be changed by {mods}.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Legal matters",
            "Could I be sued?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            "Do not make allegations about named people that you cannot prove; under the Defamation Act you, as well"
            " as we, can be sued.",
            "Once someone has been charged, do not speculate about their guilt, their record or the evidence until the"
            " case is over.",
            "Cases before the magistrates in Welshpool or the Crown Court in Merthyr can be reported only as far as the"
            " law allows, and {cs} about them must stay within the same limits.",
            "Anything that appears to break state or federal law, including threats of violence along the border, will"
            " be removed and may be passed to the authorities.",
            "We will comply with any lawful request from the Royal Barbados Police Force for details of a {c}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and other people's work",
            "Can I post a photo?",
            "Quoting",
            "Intellectual property",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Quote a few lines from another source if you need to, with a link, but do not paste whole articles.",
            "By posting, you allow us to publish your {c} in print and online, and to shorten it.",
            "A photograph of a member's pot remains that potter's work; ask before sharing it anywhere else.",
            "Images from the ropewalk archive are the copyright of the Trust and may not be reproduced without"
            " permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Let us know",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous: the person you report will not be told who made it.",
            "Please don't argue with a troublemaker in public; report them and leave it to {mods}.",
            "A report is not a vote, and nothing is taken down simply because many people disagree with it.",
            "For anything urgent, email the editor directly or ring the office during opening hours.",
        ),
    ),
    (  # the editor's or committee's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Why was my {c} removed?",
            "Editorial judgement",
        ),
        (
            "{mods} may edit, refuse or remove any {c} at any time without giving a reason.",
            "Publishing a {c} does not mean we agree with it.",
            "These rules cannot cover every case, and where they are silent the committee will decide.",
            "Moderation decisions are final, and we will not enter into correspondence about individual {cs}.",
            "We may change these rules from time to time; the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Errors and complaints",
            "Tell us your news",
        ),
        (
            "If you think we have got something wrong, please email the news desk rather than posting a correction.",
            "We correct factual errors as quickly as we can and say so at the foot of the article.",
            "News from your parish, village or chapel is always welcome; send it in with a contact number.",
            "Tips about stories along the border can be sent in English or Spanish, and you can ask us not to use your"
            " name.",
            "If we cannot settle a complaint about our reporting, you may take it to the Independent Press Standards"
            " Organisation.",
        ),
    ),
    (  # language
        (
            "Language",
            "Bad language",
            "English, Welsh or Spanish?",
            "Swearing",
            "Which languages can I use?",
            "Keep it clean",
        ),
        (
            "{Cs} may be written in English or Welsh; croeso i bawb.",
            "Spanish is welcome, and we will do our best to moderate it as quickly as English.",
            "Swearing, including words with letters starred out, is not allowed.",
            "Please don't write in capital letters; it reads as shouting.",
            "Bajan dialect is part of who we are and is welcome, but abuse in any language is still abuse.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Loss of membership",
        ),
        (
            "A first breach will normally earn a private warning from {mods}.",
            "Repeated breaches or abusive behaviour will lead to a suspension and, in the end, a permanent ban.",
            "Threats, serious abuse or illegal material will lead to an immediate ban without warning.",
            "Members banned from the board may also be asked to leave the association under its constitution.",
            "If you believe you have been banned in error, write to the secretary; appeals are heard at the next"
            " committee meeting.",
        ),
    ),
    (  # safety and medical advice
        (
            "Medical advice",
            "Health and safety",
            "Not a substitute for professional advice",
            "Should I change my medication?",
            "Safety first",
            "Advice from other members",
        ),
        (
            "Members share their experience, not medical advice: never change the dose or timing of levodopa or any"
            " other medication without speaking to the Parkinson's nurse or consultant.",
            "Advice about gas, electrics or carbon monoxide on board should always be checked with a qualified"
            " engineer.",
            "Do not post weight-cutting methods or holds that put a training partner at risk.",
            "Kiln, glaze and clay dust tips are given in good faith, but follow the safety data sheets and the"
            " studio's own rules.",
            "In an emergency dial 999 in the UK, 911 in the US or 511 for an ambulance in Barbados.",
        ),
    ),
    (  # elections and campaigning
        (
            "Elections",
            "Campaigning",
            "Political posts",
            "Can candidates post here?",
            "During an election",
        ),
        (
            "During an election, {cs} from candidates and their agents must say who they are.",
            "We may close discussion on election stories on polling day.",
            "Campaign material, leaflets and party slogans will not be published as {cs}.",
            "Claims about a candidate's private life are treated as carefully as any other allegation.",
            "The club and the Friends are non-political, and this board is not the place to campaign.",
        ),
    ),
)

# What readers send, as (singular, plural): "comment" for most sites, the rest never say it.
WORDS_COMMENT_299: tuple[tuple[str, str], ...] = (("comment", "comments"),)
WORDS_OTHER_299: tuple[tuple[str, str], ...] = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("letter", "letters"),
    ("posting", "postings"),
)

# Who looks after the site, as it names itself inside a sentence.
MODERATORS_299: tuple[str, ...] = (
    "the moderators",
    "the editor",
    "the editorial team",
    "the committee",
    "the forum team",
    "our volunteer moderators",
    "the site administrators",
    "the news desk",
    "the admins",
    "the club secretary",
    "the Friends' committee",
    "the moorings committee",
    "the studio manager",
)

# Opening lines printed before the items (by ``_furnish``); a site that never says "comment" skips those saying it.
POLICY_INTROS_299: tuple[str, ...] = (
    "Before you post, please read our house rules.",
    "We welcome comments from readers. To keep the discussion useful and friendly, we ask everyone to follow these"
    " guidelines.",
    "This forum is run by volunteers for people caring for someone with Parkinson's. Please read the following before"
    " posting.",
    "The members' noticeboard is for everyone in the association. A few simple rules apply.",
    "By posting on this site you agree to the terms below.",
    "These guidelines were agreed by the committee and apply to everyone who uses the board.",
    "Thank you for taking part. Please keep the following in mind.",
    "Comments are open on most of our stories, subject to the rules below.",
)

# Closing lines printed after the items (by ``_furnish``).
POLICY_CLOSINGS_299: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "Enjoy the forum, and look after yourselves.",
    "Questions about these rules can be sent to the editor.",
    "Diolch am ddarllen - thank you for reading.",
    "Happy posting, and see you at the studio.",
    "See you on the cut.",
    "Comments that do not follow these rules will be removed.",
    "Gracias, and thanks for reading.",
)

# Title lines (by ``_furnish``).
POLICY_TITLES_299: tuple[str, ...] = (
    "House rules",
    "Comment policy",
    "Community guidelines",
    "Forum rules",
    "Posting guidelines",
    "Noticeboard terms of use",
    "Rules of the message board",
    "Terms of participation",
    "Members' forum code of conduct",
    "Guidelines for letters and comments",
)

# British spellings used in this family's sentences, with their American forms (a site may print either).
AMERICAN_299: dict[str, str] = {
    "neighbour": "neighbor",
    "offence": "offense",
    "councillor": "councilor",
    "judgement": "judgment",
    "behaviour": "behavior",
}

# Section lines a site may print above the items, as in a longer set of terms.
SECTION_LINES_299: tuple[str, ...] = (
    "Part 3 - Using the message board",
    "Section 4: Online discussion",
    "Schedule B. Members' forum",
    "Appendix 2 - Rules for the noticeboard",
    "Your part in the conversation",
)

# Sign-offs a site may print after the items.
SIGN_OFFS_299: tuple[str, ...] = (
    "The Editor",
    "The Committee",
    "Forum admin team",
    "Studio manager",
    "Hon. Secretary, Friends of the Ropewalk",
    "Mooring Secretary, on behalf of the committee",
    "Club Welfare Officer",
)

# Prefixes a site may put before one sentence to make it stand out.
EMPHASES_299: tuple[str, ...] = ("Please note: ", "Important: ", "NB: ", "PLEASE NOTE: ")

# Month names for a last-updated line.
MONTHS_299: tuple[str, ...] = (
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

# Words kept lower case inside a title-cased heading.
SMALL_WORDS_299: frozenset[str] = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "in", "not", "of", "on", "or", "the", "to", "with"}
)


def _roman_299(number: int) -> str:
    """``number`` (1-39) in lower-case roman numerals."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def _marker_299(style: str, number: int) -> str:
    """The list marker of ``style`` for the ``number``-th item, with its trailing space (empty for no marker)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
    markers = {
        "none": "",
        "number-stop": f"{number}. ",
        "number-paren": f"{number}) ",
        "letter-paren": f"({letter}) ",
        "letter-stop": f"{letter}. ",
        "roman": f"{_roman_299(number)}. ",
        "roman-upper": f"{_roman_299(number).upper()}. ",
        "bullet": "\u2022 ",
        "dash": "- ",
        "asterisk": "* ",
        "rule": f"Rule {number}: ",
        "section": f"4.{number} ",
        "clause": f"Clause {number}. ",
    }
    return markers[style]


def _cased_299(heading: str, case: str) -> str:
    """``heading`` in sentence case (as written), title case or capitals."""
    if case == "capitals":
        return heading.upper()
    if case == "title":
        words = heading.split(" ")
        return " ".join(
            word if index and word in SMALL_WORDS_299 else word[:1].upper() + word[1:]
            for index, word in enumerate(words)
        )
    return heading


def _items_299(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy as items. The site draws its word for what readers send ("comment" three times in four,
    otherwise post, message, reply, contribution, letter or posting, and then no "comment" anywhere) and who
    moderates; how many items (2-5 for a fifth of sites, otherwise 6-16), taken in table order or shuffled; how many
    sentences an item carries (one, up to two, or up to three); whether headings are printed and in which case
    (sentence, title or capitals); where they stand (a part of their own, bare or with a stop or colon, or run in
    before the first sentence after a colon, stop or dash); a list marker (numbers, letters, roman numerals, bullets,
    dashes, "Rule 1:", section or clause numbers, or none). It may also print a section line above the items, stress
    one sentence with a prefix (where headings do not run in), add a last-updated line before or after the items and sign off. The opening, closing
    and title lines, American spelling and curly quotes come from ``_furnish``."""
    says_comment = rng.random() < 0.75
    singular, plural = rng.choice(WORDS_COMMENT_299 if says_comment else WORDS_OTHER_299)
    moderators = rng.choice(MODERATORS_299)
    fill = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize(), "mods": moderators}

    count = rng.randint(2, 5) if rng.random() < 0.2 else rng.randint(6, min(16, len(REWORDINGS_299)))
    if rng.random() < 0.5:
        chosen = sorted(rng.sample(range(len(REWORDINGS_299)), count))
    else:
        chosen = rng.sample(range(len(REWORDINGS_299)), count)
    most_sentences = rng.choice((1, 2, 2, 3))

    with_headings = rng.random() < 0.75
    case = rng.choice(("sentence", "sentence", "title", "capitals"))
    placement = rng.choice(("own", "own", "own-stop", "own-colon", "run-colon", "run-colon", "run-stop", "run-dash"))
    dash = rng.choice((" - ", " \u2013 ", " \u2014 "))
    marker_style = rng.choice(
        (
            "none",
            "none",
            "number-stop",
            "number-stop",
            "number-paren",
            "letter-paren",
            "letter-stop",
            "roman",
            "roman-upper",
            "bullet",
            "dash",
            "asterisk",
            "rule",
            "section",
            "clause",
        )
    )
    runs_in = with_headings and placement.startswith("run")
    emphasised = rng.randrange(count) if rng.random() < 0.15 and not runs_in else -1
    emphasis = rng.choice(EMPHASES_299)

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(chosen, start=1):
        headings, sentences = REWORDINGS_299[kind]
        picked = rng.sample(sentences, rng.randint(1, most_sentences))
        parts = [sentence.format(**fill) for sentence in picked]
        parts = [part[:1].upper() + part[1:] for part in parts]
        if number - 1 == emphasised:
            parts[0] = emphasis + parts[0]
        marker = _marker_299(marker_style, number)
        if not with_headings:
            items.append(("", marker + parts[0], *parts[1:]))
            continue
        heading = _cased_299(rng.choice(headings).format(**fill), case)
        asks = heading.endswith("?")
        if placement.startswith("own"):
            stop = {"own": "", "own-stop": ".", "own-colon": ":"}[placement]
            items.append((marker + heading + ("" if asks else stop), *parts))
        else:
            joint = {"run-colon": ": ", "run-stop": ". ", "run-dash": dash}[placement]
            lead = heading + " " if asks else heading + joint
            items.append(("", marker + lead + parts[0], *parts[1:]))

    if rng.random() < 0.12:
        items.insert(0, (rng.choice(SECTION_LINES_299), ""))
    if rng.random() < 0.2:
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS_299), rng.randint(2014, 2026)
        updated = rng.choice(
            (
                f"Last updated: {day} {month} {year}.",
                f"Updated {month} {day}, {year}.",
                f"Agreed at the AGM, {month} {year}.",
                f"Reviewed by the committee in {month} {year}.",
            )
        )
        if rng.random() < 0.5:
            items.append(("", updated))
        else:
            items.insert(0, ("", updated))
    if rng.random() < 0.15:
        items.append(("", rng.choice(("", "- ", "\u2014 ")) + rng.choice(SIGN_OFFS_299)))

    def fits(line: str) -> bool:
        return says_comment or "comment" not in line.lower()

    intros = [line for line in POLICY_INTROS_299 if fits(line)]
    closings = [line for line in POLICY_CLOSINGS_299 if fits(line)]
    titles = [line for line in POLICY_TITLES_299 if fits(line)]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_299)
