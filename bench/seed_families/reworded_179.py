"""The ``reworded-179`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Cape Verdean and Sao Tomean English news, Isle of Bute and Cumbrae papers, Alabama Wiregrass
weeklies, handball clubs, luthiers' guilds, tinnitus forums, village-shop co-op boards, hedge-laying groups.

Written blind: from how sites of these kinds word and print their posting rules, house rules and notes for
members, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Held out (2026-12-05) for the next change to the notice. Per item kind: heading choices (without a stop; a
#: question keeps its mark) and five sentences, of which an item prints one to three in the table's order. ``{c}``,
#: ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send (:data:`WORDS_179`). Written in British
#: spelling; a document may print it in American spelling (``AMERICAN_179``).
REWORDINGS_179 = (
    (  # civility
        (
            "Be civil",
            "Be kind",
            "Respect other members",
            "Play the ball, not the player",
            "Is it a personal attack?",
            "Why be polite?",
        ),
        (
            "Disagree with an idea as strongly as you like, but do not attack the person who holds it.",
            "Name-calling, sneering and goading other members will get your {c} removed.",
            "Remember that the people you are writing about may be your neighbours, and they may well be reading.",
            "Many members here are living with distressing symptoms, so please be patient and gentle with newcomers.",
            "You may criticise the club, the league and the referees, but abuse of players, coaches or officials "
            "will not be tolerated.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and discrimination",
            "Zero tolerance for hate",
            "What counts as hate?",
            "Discrimination",
        ),
        (
            "We will remove any {c} that attacks people on the grounds of race, ethnicity, nationality, religion, "
            "sex, sexual orientation, gender identity, disability or age.",
            "Slurs are not allowed here, even when quoted or disguised with asterisks.",
            "{Cs} that stir up hatred against migrants, islanders or incomers will be deleted and may be passed to "
            "the police.",
            "Stereotyping whole communities or nationalities is not acceptable, even as a joke.",
            "Jokes at the expense of someone's disability, hearing loss included, are not welcome on this forum.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Don't share personal details",
            "Respect others' privacy",
            "Can I name someone?",
        ),
        (
            "Do not post anyone's address, phone number, email address or workplace, and that includes your own.",
            "This is a small island where people know each other, so think twice before naming or describing a "
            "private individual.",
            "Photographs of other people should not be posted without their permission.",
            "If you want to swap contact details with another member, use private messages rather than the open board.",
            "Do not share anyone's medical details but your own, and be careful how much of your own you share.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young players",
            "Children and young people",
            "Keeping everyone safe",
            "Worried about a child?",
        ),
        (
            "Do not name, tag or post photographs of junior players without the written consent of a parent or "
            "guardian.",
            "Adults must not contact junior members through this site, and any such contact will be reported to "
            "the club welfare officer.",
            "If you are worried about the welfare of a child or vulnerable adult, contact the welfare officer or "
            "the police rather than posting about it here.",
            "If you are in crisis or thinking of harming yourself, please contact your doctor, call 999 or ring "
            "Samaritans on 116 123.",
            "We are required to pass on any {c} which suggests that a child or vulnerable adult is at risk of harm.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "{Cs} are checked before publication",
            "Please be patient",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "{Cs} from new members are held for approval until they have been with us for a little while.",
            "Sending the same {c} again will not speed things up and may get it marked as spam.",
            "The office is closed on Sundays and public holidays, and {cs} left then are checked when it reopens.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Off-topic {cs}",
            "Right place, right thread",
        ),
        (
            "Keep your {cs} relevant to the story or thread above.",
            "Please start a new thread rather than taking an existing one off in another direction.",
            "{Cs} about matters that have nothing to do with the article will be removed.",
            "This board is for shop business, village notices and things lost and found; general chat belongs "
            "elsewhere.",
            "Questions about laying, coppicing and hedge management are welcome, but please keep politics out of it.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and adverts",
            "Can I sell something here?",
            "Self-promotion",
            "No spam or adverts",
        ),
        (
            "Adverts, sales pitches and links to commercial websites will be removed without notice.",
            "Instruments, tonewood and tools may only be offered for sale in the Marketplace section, and only by "
            "members of more than three months' standing.",
            "Do not promote cures, supplements or devices; {cs} that do will be deleted and the account closed.",
            "Chain letters, repeated {cs} and links posted to drive traffic to other sites all count as spam.",
            "Businesses and organisations wishing to advertise should contact our advertising department rather "
            "than posting here.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "One account each",
            "Registration",
            "Who can post?",
            "Usernames",
        ),
        (
            "We ask you to post under your real name, as you would sign a letter to the editor.",
            "Each person may hold one account only, and accounts must not be shared.",
            "Do not impersonate another member, a public figure or a member of our staff.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
            "Usernames that are offensive, misleading or advertise a business will be changed or removed.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation",
            "Contempt of court",
            "Is it legal?",
        ),
        (
            "Do not post anything defamatory, that is, anything that could damage someone's reputation and that "
            "you cannot prove to be true.",
            "Do not discuss the guilt or innocence of anyone who has been charged, as this could prejudice a trial.",
            "You are legally responsible for what you post, and we will co-operate with the police if asked to.",
            "Do not name anyone who has been granted anonymity by a court, including the victims of sexual offences.",
            "Do not encourage or describe illegal activity, such as removing a protected hedgerow or disturbing "
            "nesting birds.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and images",
            "Can I share an article?",
            "Respect copyright",
        ),
        (
            "Only post text, photos and videos that you created yourself or have permission to use.",
            "Quote a sentence or two and link to the source rather than pasting whole articles.",
            "Plans, drawings and templates belong to their makers, so do not share them without permission.",
            "By posting, you grant us a licence to publish your {c} on our website and in print.",
            "Match footage and photographs from league games may not be reposted without the photographer's "
            "permission.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            'If you see a {c} that breaks these rules, use the "Report" link beneath it rather than replying.',
            "Reports are anonymous, and the person you report will not be told who reported them.",
            "Please do not argue with people who break the rules; report them and let the moderators deal with it.",
            "You can also email the newsroom, giving the headline of the story and the time the {c} was posted.",
            "Misusing the report button to settle disagreements may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The right to remove",
            "Moderators' decisions",
            "Why was my {c} removed?",
        ),
        (
            "We reserve the right to edit or remove any {c} at any time and without explanation.",
            "The moderators' decision is final, and we will not enter into correspondence about individual {cs}.",
            "Publication of a {c} does not mean that we agree with it or endorse it.",
            "We may close a thread to new {cs} when the discussion stops being useful.",
            "The committee may amend these rules at any time, and the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
        ),
        (
            "If you think we have got something wrong, email the editor rather than posting, so that it can be put "
            "right quickly.",
            "Corrections are not made in the {cs}; we correct the article itself and say so at the foot of it.",
            "News tips are welcome: send them to the newsroom by email or WhatsApp, not in the {cs}.",
            "Complaints about our journalism should go to the editor, who will deal with them under the Editors' "
            "Code of Practice.",
            "Results, match reports and fixture changes should be sent to the club secretary for the website, not "
            "posted here.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Which languages?",
            "Keep it clean",
            "Swearing",
            "Write clearly",
        ),
        (
            "Swearing, including words with letters replaced by symbols, is not allowed.",
            "{Cs} in English and Portuguese are welcome, and so are {cs} in Kriolu or Forro, but please add a "
            "short summary in English.",
            "Please do not write in capital letters, which reads as shouting.",
            "Text speak and long strings of emojis make {cs} hard to read, particularly for members using screen "
            "readers.",
            "This is a family newspaper, and we expect the same standard of language online as in print.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Suspension",
            "Three strikes",
        ),
        (
            "Members whose behaviour breaks these rules will be warned, and repeated breaches will lead to "
            "suspension or a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Anyone who opens a new account to get round a ban will be banned again without notice.",
            "We operate a three-strikes policy: a warning, a month's suspension, then removal from the board.",
            "Members who are banned from the board remain members of the society, and their shareholding is not "
            "affected.",
        ),
    ),
    (  # safety and advice
        (
            "Not medical advice",
            "Safety first",
            "Advice at your own risk",
            "Is it safe?",
            "See a professional",
            "Health and safety",
        ),
        (
            "Nothing posted here is medical advice, so please see your GP or an audiologist about any change in "
            "your hearing.",
            "Never stop or change prescribed medication because of something you have read on this forum.",
            "Repair, refretting and finishing advice is offered in good faith, and you follow it at your own risk.",
            "{Cs} showing unsafe use of billhooks or chainsaws may be removed; always work with gloves, eye "
            "protection and a first-aid kit to hand.",
            "Training and injury advice from other members is no substitute for a physiotherapist or the club's "
            "medical staff.",
        ),
    ),
)

#: Titles, opening and closing lines some sites print with such a policy (``{c}`` placeholders as above).
POLICY_TITLES_179 = (
    "House Rules",
    "{C} Policy",
    "Forum Rules",
    "Posting guidelines",
    "Community Guidelines",
    "Rules of the Board",
    "Forum etiquette",
    "Before you post",
    "Board rules",
    "{Cs}: our rules",
    "Guidelines for members",
)
POLICY_INTROS_179 = (
    "Please read these rules before you post.",
    "We want this to be a friendly and useful place for everyone, so we ask all members to follow a few simple rules.",
    "Our {cs} section is open to registered readers on the following terms.",
    "These house rules apply to every {c} on this site and on our social media pages.",
    "By joining the board you agree to the following.",
    "The committee asks everyone who uses the forum to keep to these guidelines.",
)
POLICY_CLOSINGS_179 = (
    "By sending a {c}, you agree to abide by these rules.",
    "Thank you for helping to keep this a welcoming place.",
    "If you have any questions about these rules, please contact the moderators.",
    "These rules may be changed without notice.",
    "Full terms and conditions are available at the foot of this page.",
    "Agreed by the management committee and reviewed every year.",
)

#: British spellings in the lists above and their American forms (a reworded-179 document prints one or the other).
AMERICAN_179 = {
    "neighbour": "neighbor",
    "criticise": "criticize",
    "organisation": "organization",
    "licence": "license",
    "offences": "offenses",
    "co-operate": "cooperate",
    "behaviour": "behavior",
}

#: What a site calls what readers send (singular, plural); a quarter of sites never say "comment".
WORDS_179 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("notice", "notices"),
)

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"}


def _fill(text: str, word: tuple[str, str]) -> str:
    one, many = word
    return (
        text.replace("{Cs}", many.capitalize())
        .replace("{C}", one.capitalize())
        .replace("{cs}", many)
        .replace("{c}", one)
    )


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(w if i and w.lower() in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += letters
            number -= value
    return out


def _marker(style: str, n: int, section: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[n - 1]
    return {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{_roman(n)}.",
        "(i)": f"({_roman(n)})",
        "I.": f"{_roman(n).upper()}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 –": f"Rule {n} –",
        "4.1": f"{section}.{n}",
    }.get(style, style)


def _items_179(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-179 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as
    ("", sentence), drawn per site: its word for what readers send ("comment" with probability 0.75); two to four
    items (0.3) or six to sixteen, in the table's order (0.45) or shuffled; one sentence an item (0.35), two or
    three (0.1), or one to three; headings none (0.15), on their own part (after a stop, a colon or nothing) or run
    in before a colon, stop or dash, in the table's case, title case, capitals or lower case, now and then one left
    off, or in markdown bold; markers numbered, lettered, roman, "Rule N", clause numbers, bulleted or none, now and
    then on a part of their own; the sentences under a heading on its own part sometimes sub-bulleted; then
    opening, closing and title lines, spelling and quotes by ``_furnish``."""
    word = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_179)
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_179))
    chosen = rng.sample(range(len(REWORDINGS_179)), count)
    if rng.random() < 0.45:
        chosen.sort()
    draw = rng.random()
    sentences_mode = "one" if draw < 0.35 else "full" if draw < 0.45 else "some"
    draw = rng.random()
    placing = "none" if draw < 0.15 else "own" if draw < 0.6 else "run-in"
    stop = rng.choice(("", ".", ":", ":"))
    separator = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))
    case = rng.choices(("as", "title", "upper", "lower"), (5, 4, 2, 1))[0]
    bold = rng.random() < 0.05
    skip_some = rng.random() < 0.15
    draw = rng.random()
    if draw < 0.35:
        style = ""
    elif draw < 0.7:
        style = rng.choice(
            ("1.", "1.", "1)", "(1)", "a)", "(a)", "A.", "i.", "(i)", "I.", "Rule 1:", "Rule 1 –", "4.1")
        )
    else:
        style = rng.choice(("•", "•", "-", "*", "–", "▪", "»"))
    numbered = style and style not in ("•", "-", "*", "–", "▪", "»")
    marker_alone = numbered and rng.random() < 0.1
    section = rng.randint(2, 9)
    if style == "Rule 1:" and separator == ": ":
        separator = " – "
    sub_bullet = rng.choice(("- ", "• ", "o ", "– ")) if placing == "own" and rng.random() < 0.12 else ""

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_179[index]
        k = (
            1
            if sentences_mode == "one"
            else rng.randint(2, 3)
            if sentences_mode == "full"
            else rng.choice((1, 1, 2, 2, 3))
        )
        parts = [_fill(sentences[i], word) for i in sorted(rng.sample(range(len(sentences)), k))]
        heading = "" if placing == "none" or (skip_some and rng.random() < 0.12) else _fill(rng.choice(headings), word)
        if heading:
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            elif case == "lower":
                heading = heading.lower()
            if bold:
                heading = f"**{heading}**"
        question = heading.endswith("?") or heading.endswith("?**")
        if heading and placing == "own":
            if sub_bullet:
                parts = [sub_bullet + part for part in parts]
            item = [heading if question else heading + stop, *parts]
        elif heading:
            item = ["", (heading + " " if question else heading + separator) + parts[0], *parts[1:]]
        else:
            item = ["", *parts]
        if style:
            mark = _marker(style, n, section)
            first = 0 if item[0] else 1
            if marker_alone:
                item.insert(first, mark)
            else:
                item[first] = mark + " " + item[first]
        items.append(tuple(item))

    intros = [_fill(text, word) for text in POLICY_INTROS_179]
    closings = [_fill(text, word) for text in POLICY_CLOSINGS_179]
    titles = [_fill(text, word) for text in POLICY_TITLES_179]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_179)
