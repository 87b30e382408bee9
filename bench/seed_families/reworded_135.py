"""The ``reworded-135`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Papua lowland and Torres Strait community news, Welsh valleys papers, Nebraska panhandle weeklies,
cycling clubs, knitting circles, patient-participation groups, hearing-dog owners' forums, steam-engine rally clubs.

Written blind: from how such sites word and print their comment policies, forum rules, group rules, codes of
conduct and posting guidelines, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (sentence case, no stop; a document prints one in the site's case and style), a
#: Welsh heading (printed beside the English by some Welsh sites), and five sentences (an item prints one to three
#: of them, in order). ``{c}`` ``{cs}`` ``{C}`` ``{Cs}``: the site's word for what readers send. British spelling;
#: a document may print it in American spelling (``AMERICAN_135``).
REWORDINGS_135 = (
    (  # civility
        (
            "Be kind",
            "Respect one another",
            "Play the ball, not the player",
            "Why be civil?",
            "Courtesy costs nothing",
            "Be civil",
        ),
        "Parch",
        (
            "Disagree by all means, but do it politely.",
            "Personal attacks on other members, our reporters or the people in a story will be removed.",
            "Remember there is a real person, often a neighbour, on the other side of the screen.",
            "Name-calling, sneering and baiting other readers have no place here.",
            "Treat everyone as you would at the club night or on the church steps.",
        ),
    ),
    (  # hatred
        (
            "No hate",
            "Discrimination",
            "Zero tolerance for racism",
            "What counts as hate speech?",
            "Everyone welcome",
            "Respect for all",
        ),
        "Casineb",
        (
            "{Cs} that attack people for their race, culture, religion, sex, sexuality, age or disability will be "
            "deleted.",
            "Racist remarks about Papuan, Islander, Aboriginal or any other people will see your account closed.",
            "We do not allow slurs, even in jest or with letters starred out.",
            "Mocking deaf, disabled or unwell members is not tolerated.",
            "Hate speech can be a criminal offence and may be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep it private",
            "Protect personal details",
            "Can I name someone?",
            "Other people's details",
            "Personal information",
        ),
        "Preifatrwydd",
        (
            "Do not post anyone's address, phone number, email or car registration, including your own.",
            "Never share details of another patient's health, treatment or appointments.",
            "Please do not name or photograph members' hearing dogs with their owners' details without permission.",
            "Private messages should stay private; do not repost them without the sender's consent.",
            "Personal information in a {c} will be removed before it is published.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children",
            "Young and vulnerable people",
            "Keeping members safe",
            "Worried about someone?",
            "Child protection",
        ),
        "Diogelu",
        (
            "Do not identify children, or any victim of a crime, in your {cs}.",
            "Photos of junior riders may only be posted with a parent's written consent.",
            "If you are worried that a child or vulnerable adult is at risk, contact the police or social services "
            "rather than posting here.",
            "Members under 16 must have a parent or carer's permission to join.",
            "Our welfare officer reviews any concern raised about the safety of a member.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How we moderate",
            "Approval times",
        ),
        "Cymedroli",
        (
            "All {cs} are read by a volunteer moderator before they appear.",
            "Our moderators are volunteers, so please allow up to 48 hours for approval.",
            "{Cs} sent in the evening or at weekends may not appear until the next working day.",
            "Your first few {cs} will be held for approval; after that they usually appear straight away.",
            "Posting the same {c} again will not speed things up.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Right thread, right place",
            "On topic, please",
            "Where should I post?",
        ),
        "Pwnc",
        (
            "Please keep {cs} relevant to the story or thread they are posted under.",
            "General chat belongs in the Tea Room section, not in the ride reports.",
            "Off-topic {cs} may be moved or removed without notice.",
            "Start a new thread rather than taking over someone else's.",
            "National politics is best left for other places; this is a page for the valley.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Selling and promotion",
            "Spam",
            "Can I sell my old bike here?",
            "Adverts and links",
            "No spam",
        ),
        "Hysbysebu",
        (
            "Commercial advertising is not allowed in {cs}; contact our sales team to place an advert.",
            "Members may post items for sale in the Classifieds board only, one post per item.",
            "Links to shops, stalls or fundraising pages need a moderator's approval first.",
            "Spam, chain messages and multi-level marketing will be deleted and the account blocked.",
            "Yarn destashes and pattern swaps are welcome in the Swap Shop, not in the main forum.",
        ),
    ),
    (  # real names and accounts
        ("Your account", "Real names", "Who can post?", "One member, one account", "Usernames", "Registration"),
        "Enwau a chyfrifon",
        (
            "You must register with a valid email address before you can post.",
            "We ask that you use your real name, as you would in a letter to the editor.",
            "Only one account per person is allowed; duplicate accounts will be removed.",
            "Do not pretend to be another member, a club official or an organisation.",
            "Usernames that are offensive or misleading will be changed or removed.",
        ),
    ),
    (  # the law
        ("The law", "Keep it legal", "Defamation", "Could I be sued?", "Court cases", "Legal responsibility"),
        "Y gyfraith",
        (
            "You are legally responsible for what you post.",
            "Do not accuse anyone of a crime or wrongdoing you cannot prove.",
            "{Cs} about cases before the courts will not be published until the case is over.",
            "Defamatory {cs} can lead to legal action against you as well as against us.",
            "We will pass on details to the police where the law requires it.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and patterns",
            "Whose picture is it?",
            "Respect copyright",
            "Sharing other people's work",
            "Can I share this?",
        ),
        "Hawlfraint",
        (
            "Only post photos you have taken yourself or have permission to use.",
            "Do not copy out full newspaper articles; a short quote and a link are fine.",
            "Paid patterns must not be shared, scanned or retyped here, even for members.",
            "By posting a photo you give us permission to show it on this site and our social media pages.",
            "Credit the photographer when you share pictures from the rally field.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell a moderator",
        ),
        "Adrodd",
        (
            "Use the Report link under any {c} that breaks these rules.",
            "If you see something that worries you, email the moderators rather than replying to it.",
            "Reports are confidential and the member reported will not be told who made them.",
            "Please do not argue with a rule-breaker in public; report it and let us deal with it.",
            "We aim to look at every report within one working day.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Our right to remove",
            "Who decides?",
            "Final say",
            "Removal of {cs}",
        ),
        "Disgresiwn y golygydd",
        (
            "The editor may edit, shorten or refuse any {c} without giving a reason.",
            "The committee reserves the right to remove any post it considers unsuitable.",
            "We may close any story or thread to new {cs} at any time.",
            "Moderators' decisions are final and will not be discussed on the open forum.",
            "Publication of a {c} does not mean that we agree with it.",
        ),
    ),
    (  # corrections and news tips
        ("Corrections", "Spotted a mistake?", "News tips", "Got a story?", "Letters and tips", "Contact the editor"),
        "Cywiriadau",
        (
            "If we have got something wrong, email the newsroom rather than posting a {c}.",
            "Corrections are made by the editor and noted at the foot of the story.",
            "Have a story for us? Send it to the editor with your name and a contact number.",
            "Tips about events, results and rallies are always welcome by email.",
            "Letters for the printed paper should be sent in by Tuesday noon.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Which language can I use?",
            "Plain words",
            "Keep it clean",
        ),
        "Iaith",
        (
            "Swearing and crude language will be removed, including words with letters replaced by symbols.",
            "{Cs} in Welsh and English are equally welcome.",
            "You may post in English, Tok Pisin, Indonesian or Yumplatok; please add a short English summary if you "
            "can.",
            "Please do not type in capital letters; it reads as shouting.",
            "Keep it plain and clear so that members using screen readers can follow.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Consequences",
            "Warnings",
        ),
        "Rhybuddion a gwaharddiadau",
        (
            "A first breach will usually earn a private warning from a moderator.",
            "Repeated breaches will lead to a suspension, and then to a permanent ban.",
            "Serious breaches, or threatening behaviour towards a moderator, may lead to an immediate ban.",
            "Members who are banned may not rejoin under another name.",
            "Membership of the club may also be reviewed by the committee.",
        ),
    ),
    (  # safety and advice
        (
            "Advice and safety",
            "Medical advice",
            "Is the advice here reliable?",
            "Safety first",
            "Not a professional",
            "Advice from members",
        ),
        "Diogelwch",
        (
            "Advice from other members is not a substitute for your GP, nurse or audiologist.",
            "Training questions about your hearing dog should go to your trainer or the charity in the first instance.",
            "Do not stop or change any medication because of something you have read here.",
            "Boiler and engine advice given here is informal; always follow your inspector and the insurer's rules.",
            "Route and road information is shared in good faith; ride at your own risk.",
        ),
    ),
    (  # culture and deceased persons
        (
            "Cultural respect",
            "Respect for culture",
            "Sorry business",
            "Naming those who have passed",
            "Can I name someone who has died?",
            "Cultural warning",
        ),
        "Diwylliant",
        (
            "Aboriginal and Torres Strait Islander readers are warned that stories may contain the names and images "
            "of people who have died.",
            "Please respect family wishes and do not name a person who has recently passed away.",
            "Do not share images of people who have passed without the family's permission.",
            "Respect cultural protocols and sacred places in your {cs}.",
            "Elders and community leaders are to be spoken of with respect.",
        ),
    ),
)


#: The site's word for what readers send: (singular, plural). A quarter of sites never say "comment".
WORDS_135 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)


POLICY_TITLES_135 = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Rules of the group",
    "Code of conduct for members",
    "Posting guidelines",
    "Before you post",
    "Guidelines for {cs}",
    "Netiquette",
    "Rheolau / Rules",
)


POLICY_INTROS_135 = (
    "We welcome {cs} from readers, provided they follow these rules.",
    "This forum is run by volunteers for members and friends of the club.",
    "By posting you agree to abide by the following guidelines.",
    "Our group is a friendly place, and we would like to keep it that way.",
    "Please read the rules below before sending your first {c}.",
    "These guidelines were agreed by the committee.",
)


POLICY_CLOSINGS_135 = (
    "Thank you for helping to keep this a friendly place.",
    "Questions about these rules can be sent to the moderators.",
    "These rules may be changed by the committee at any time.",
    "Last updated: March 2026.",
    "Diolch yn fawr. Thank you.",
    "Eso, and thank you for reading.",
    "Happy riding!",
    "Happy knitting!",
    "Happy steaming!",
)


#: British spellings in the lists above and their American forms (a reworded-135 document prints one or the other).
AMERICAN_135 = {
    "neighbour": "neighbor",
    "offence": "offense",
    "behaviour": "behavior",
    "organisation": "organization",
}


def _title_case(text: str) -> str:
    small = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
    words = text.split(" ")
    return " ".join(
        word if (i and word in small) or not word[:1].isalpha() else word[:1].upper() + word[1:]
        for i, word in enumerate(words)
    )


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


def _marker(style: str, n: int) -> str:
    """The marker a site prints before its ``n``-th item (1-based), in one of the shapes such sites print."""
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 -": f"Rule {n} \u2013",
        "No. 1": f"No. {n}",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
        "\u2022": "\u2022",
        "-": "-",
        "*": "*",
        "\u25aa": "\u25aa",
        "\u2714": "\u2714",
        "\u2013": "\u2013",
    }[style]


def _items_135(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-135 policy: (heading, sentence, ...) per item, "" for a missing heading.

    Draws, in this order: the site's word (0.75 "comment", else post, message, reply or contribution: such a site's
    lines never say "comment"); two to four items (0.3) or seven to the whole table, in the table's order (0.4) or
    drawn; the case of headings (as written, title case, capitals), how they are printed (a part of their own, run
    in before a colon, a stop or a dash, in bold stars or brackets; none at all 0.15 of the time; Welsh beside the
    English 0.15); the markers (none, numbers, letters, roman numerals, "Rule n", bullets, ticks; a numbered site
    may number an item's sentences "n.1", "n.2" 0.2 of the time); then per item one to three of its kind's
    sentences, in order, and now and then (numbered sites) a "See rule n." after them. Opening, closing and title
    lines, spelling and quotes by ``_furnish``."""
    says_comment = rng.random() < 0.75
    one, many = ("comment", "comments") if says_comment else rng.choice(WORDS_135)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}

    table = list(REWORDINGS_135)
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(7, len(table))
    if rng.random() < 0.4:
        chosen = sorted(rng.sample(range(len(table)), count))
    else:
        chosen = rng.sample(range(len(table)), count)

    case = rng.choice(("as", "as", "title", "upper"))
    placing = rng.choice(("own", "own", "own", ":", ".", " \u2013", " -", " \u2014", "**", "[]"))
    headless = rng.random() < 0.15
    welsh = rng.random() < 0.15
    style = rng.choice(
        (
            "",
            "",
            "",
            "1.",
            "1.",
            "1)",
            "(1)",
            "Rule 1:",
            "Rule 1 -",
            "No. 1",
            "a)",
            "(a)",
            "A.",
            "i.",
            "(i)",
            "I.",
            "\u2022",
            "\u2022",
            "-",
            "*",
            "\u25aa",
            "\u2714",
            "\u2013",
        )
    )
    numbered = style in ("1.", "1)", "(1)", "Rule 1:", "Rule 1 -", "No. 1")
    decimal = style == "1." and rng.random() < 0.2

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen, 1):
        headings, cymraeg, sentences = table[index]
        heading = "" if headless else rng.choice(headings).format(**words)
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            if welsh:
                heading = rng.choice((f"{cymraeg} / {heading}", f"{heading} | {cymraeg}", f"{heading} ({cymraeg})"))
        k = rng.choice((1, 1, 2, 2, 3))
        picked = sorted(rng.sample(range(len(sentences)), k))
        parts = [sentences[i].format(**words) for i in picked]
        if decimal:
            parts = [f"{n}.{j} {part}" for j, part in enumerate(parts, 1)]
        if numbered and count > 2 and rng.random() < 0.1:
            parts.append(f"See rule {rng.choice([m for m in range(1, count + 1) if m != n])}.")
        marker = _marker(style, n) if style else ""
        if heading:
            if placing == "own":
                heading = heading if heading[-1] in "?" else heading + rng.choice(("", "", "."))
            elif placing == "**":
                heading = f"**{heading}**"
            elif placing == "[]":
                heading = f"[{heading}]"
            else:
                stop = placing if heading[-1] != "?" or placing in (" \u2013", " -", " \u2014") else ""
                parts[0] = f"{heading}{stop} {parts[0]}"
                heading = ""
        if heading:
            items.append((f"{marker} {heading}" if marker else heading, *parts))
        else:
            if marker:
                parts[0] = f"{marker} {parts[0]}"
            items.append(("", *parts))

    def fill(lines: tuple[str, ...]) -> list[str]:
        filled = [line.format(**words) for line in lines]
        return filled if says_comment else [line for line in filled if not _says_comment(line)]

    intros = fill(POLICY_INTROS_135)
    closings = fill(POLICY_CLOSINGS_135)
    titles = fill(POLICY_TITLES_135)
    items = _furnish(items, rng, intros, closings, titles, AMERICAN_135)
    if not says_comment:
        items = [item for item in items if not _says_comment(*item)]
    return items
