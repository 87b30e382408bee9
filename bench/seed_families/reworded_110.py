"""The ``reworded-110`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Papua New Guinea and Solomon Islands English-language news, Hebridean papers, Mississippi Delta
weeklies, cricket leagues, lace-making circles, volunteer fire brigades, autism parent networks and vintage tractor
clubs, their comment policies, posting rules, group rules and community guidelines.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its
docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Held out (2026-12-04). Per item kind: heading choices (written in sentence case, without a stop: a site prints
#: them as it prints its headings), and sentence choices of one to three sentences. ``{c}`` ``{cs}`` ``{C}``
#: ``{Cs}`` are the site's word for what readers send (``WORDS_110``). Written in British spelling; a document may
#: print it in American spelling (``AMERICAN_110``).
REWORDINGS_110 = (
    (  # civility
        (
            "Be respectful",
            "Respect one another",
            "Play the ball, not the man",
            "Keep it civil",
            "Are you being fair to others?",
            "Be a good neighbour",
        ),
        (
            (
                "Debate the issue, not the person.",
                "Personal attacks on other readers, our reporters or the people in our stories will be removed.",
            ),
            ("Disagree by all means, but do it politely.",),
            (
                "We are a small community and most of us know each other off the field.",
                "Please keep your {cs} courteous, even after a bad loss.",
            ),
            (
                "Name-calling, bullying and sarcasm aimed at other members have no place here.",
                "Treat everyone as you would at a club meeting.",
            ),
            (
                "Please remember there is a real person reading your {c}.",
                "Many of our members are going through a hard time, so kindness matters.",
                "Keep it friendly and neighbourly.",
            ),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "No racism or discrimination",
            "Tribal and provincial slurs",
            "Is it hateful?",
            "Zero tolerance for hate",
            "Respect for all communities",
        ),
        (
            ("{Cs} attacking people for their tribe, province, island, race, religion or sex will be deleted.",),
            (
                "We will not publish anything that stirs up hatred between communities.",
                "This includes remarks about people from other provinces or islands.",
            ),
            ("Racist, sectarian, sexist or homophobic language is not tolerated on this page.",),
            ("Jokes or slurs about disability, autism included, will be removed without warning.",),
            (
                "Hateful remarks about any group of people will be taken down.",
                "The account that made them will be blocked.",
            ),
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep personal details private",
            "Privacy of others",
            "Whose details are these?",
            "Protect your own privacy",
        ),
        (
            ("Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",),
            (
                "Please do not name or identify other people's children in your {cs}.",
                "Ask before sharing any photograph of another member.",
            ),
            ("Never share private messages or emails without the permission of the person who wrote them.",),
            ("Do not publish details of a person's health, family or finances without their consent.",),
            (
                "For your own safety, keep your address and bank details out of public {cs}.",
                "Buyers and sellers should swap details privately.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable people",
            "Child safety",
            "Keeping young people safe",
            "Are you worried about a child?",
            "Safeguarding our juniors",
        ),
        (
            ("Do not post photographs of junior players without written consent from a parent or guardian.",),
            (
                "If you are worried that a child or vulnerable adult is at risk, do not post about it here.",
                "Contact the police or the club welfare officer directly.",
            ),
            ("Anything that could put a child at risk will be removed at once and may be passed to the authorities.",),
            (
                "Our junior members and cadets must not be contacted privately through this page.",
                "All contact with under-18s goes through their parents.",
            ),
            ("Please do not post about a child's behaviour, diagnosis or school in a way that could identify them.",),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Our moderators are volunteers",
            "When will my {c} appear?",
        ),
        (
            ("All {cs} are checked by a moderator before they appear, which can take up to 24 hours.",),
            (
                "Our moderators are volunteers, so please be patient.",
                "{Cs} sent late at night or at the weekend may not be approved until the next working day.",
            ),
            (
                "Internet and power outages sometimes slow our moderation.",
                "Please do not send the same {c} more than once.",
            ),
            ("New members' first few {cs} are held for approval.", "After that, they appear straight away."),
            ("A {c} that has not appeared after two days has probably broken one of these rules.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Right place, right thread",
            "Off-topic {cs}",
            "Stick to the story",
        ),
        (
            ("Keep your {cs} to the subject of the story or thread.", "Off-topic {cs} may be removed or moved."),
            (
                "This page is for lace-making, teaching and the history of the craft.",
                "Politics and religion belong elsewhere.",
            ),
            ("Please use the right section: parts wanted, for sale, restorations and rallies each have their own.",),
            (
                "Match reports, fixtures and league news only, please.",
                "General chat can go in the clubhouse thread.",
            ),
            ("{Cs} that have nothing to do with the article will not be published.",),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "No spam",
            "Selling and promotion",
            "Buying and selling",
            "Can I advertise here?",
            "No scams or money schemes",
        ),
        (
            (
                "Do not use {cs} to advertise products, services or websites.",
                "Spam and repeated links will be removed.",
            ),
            ("Items for sale may only be listed in the classifieds section, one listing per item.",),
            (
                "Anything promoting money schemes, pyramid schemes or 'fast money' offers will be deleted.",
                "The member responsible will be banned.",
            ),
            ("Chain letters, raffles and requests for donations need the admins' approval first.",),
            (
                "Please do not promote therapies, supplements or paid courses.",
                "Families here have been targeted by people selling 'cures' before.",
                "Such {cs} will be removed.",
            ),
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Real names only",
            "One account per person",
            "Who are you?",
            "No fake accounts",
            "Identify yourself",
        ),
        (
            ("{Cs} must be made under your real name.", "Anonymous or fake profiles will be removed."),
            (
                "Each member may have one account only.",
                "Second accounts used to get round a ban will be closed.",
            ),
            ("Do not pretend to be another person, a brigade officer or a member of our staff.",),
            ("Please use the name you are known by in the club, so that others know who they are talking to.",),
            (
                "We need a working email address to approve your account.",
                "It will not be shown to other readers.",
            ),
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "Could it land you in court?",
            "The law applies online too",
        ),
        (
            (
                "Do not post anything defamatory, threatening or otherwise unlawful.",
                "You are legally responsible for what you write.",
            ),
            (
                "Please do not discuss cases that are before the courts.",
                "Doing so could prejudice a fair trial and put this newspaper in contempt.",
            ),
            (
                "Online posts are covered by the Cybercrime Code Act 2016.",
                "We will cooperate with the police where the law requires it.",
            ),
            (
                "Accusing a person of sorcery, theft or any other crime without proof can be defamatory.",
                "Such {cs} will be removed.",
            ),
            ("Allegations of crime against named people will not be published.", "Take them to the police instead."),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Whose work is it?",
            "Photos and patterns",
            "Credit your sources",
            "Don't copy and paste",
        ),
        (
            ("Only share photographs and patterns you have made yourself or have permission to use.",),
            (
                "Do not post prickings copied from published lace books.",
                "Designers rely on the sale of their work.",
            ),
            ("Copying whole articles from other newspapers is not allowed.", "Give a short quote and a link instead."),
            ("Workshop manuals and parts books are often still in copyright, so check before uploading a scan.",),
            ("By sending a {c} or photograph you allow us to publish it on our website and in print.",),
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report it, don't respond",
            "Seen something wrong?",
            "How to report",
            "Flag it",
            "Tell the admins",
        ),
        (
            ("If you see a {c} that breaks these rules, use the report button rather than replying to it.",),
            (
                "Please report problem {cs} to the admins privately.",
                "We cannot read everything, so your help is appreciated.",
            ),
            ("To report a {c}, email the editor with a link to it and a short explanation.",),
            (
                "Do not argue with someone who is trolling.",
                "Report it and let the moderators deal with it.",
            ),
            ("Every report is read by a moderator, although we cannot always reply.",),
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "Admins have the last word",
            "Who decides?",
            "The right to remove",
        ),
        (
            ("The editor may edit, shorten or reject any {c} without giving a reason.",),
            (
                "The committee reserves the right to remove any {c} it considers inappropriate.",
                "Its decision is final.",
            ),
            (
                "Publication of a {c} does not mean we agree with it.",
                "The views expressed are those of the writer, not of this newspaper.",
            ),
            ("We may close a thread at any time if the discussion gets out of hand.",),
            (
                "Admins' decisions are made in good faith and are not open to debate on this page.",
                "If you disagree, contact an admin privately.",
            ),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
            "Tell us your news",
        ),
        (
            (
                "If you think we have got something wrong, please email the newsroom rather than sending a {c}.",
                "We correct errors promptly.",
            ),
            (
                "Spotted an error in a scorecard or result?",
                "Let the league secretary know and it will be put right.",
            ),
            (
                "Have a story for us?",
                "Contact the newsdesk by phone or email.",
                "Tips are treated in confidence.",
            ),
            ("Complaints about our reporting should be sent to the editor in writing.",),
            ("Rally dates and club news for the newsletter should go to the secretary, not in the {cs}.",),
        ),
    ),
    (  # language
        (
            "Mind your language",
            "No bad language",
            "Language",
            "Which language?",
            "Keep it clean",
            "No shouting",
        ),
        (
            ("Swearing and crude language, including disguised swearing, will be removed.",),
            (
                "{Cs} must be in English so that our moderators can read them.",
                "Short phrases in Tok Pisin or Pijin are fine.",
            ),
            ("{Cs} in English or Gaelic are equally welcome.", "Please keep to the same standards in both."),
            ("Please do not write in capital letters; it reads as shouting.",),
            ("Keep it family-friendly: children and grandparents read this page too.",),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Consequences",
            "Removal from the group",
            "Suspensions",
        ),
        (
            ("Members who break these rules will get one warning.", "A second breach means removal from the group."),
            ("We operate a three-strikes policy: a warning, a one-week suspension and then a permanent ban.",),
            ("Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",),
            ("Accounts that repeatedly break these guidelines will be blocked.",),
            (
                "Removed members may appeal to the committee in writing.",
                "Appeals are normally heard at the next monthly meeting.",
            ),
        ),
    ),
    (  # safety and advice
        (
            "Emergencies",
            "Not a substitute for professional advice",
            "Safety first",
            "Is it an emergency?",
            "Advice from members",
            "Medical advice",
        ),
        (
            ("Do not use this page to report a fire or any other emergency.", "Call the emergency services first."),
            (
                "Members share their own experience, not medical advice.",
                "Always talk to your child's doctor or therapist before changing treatment.",
            ),
            (
                "Advice given here about restoring or working old tractors is offered in good faith.",
                "Use it at your own risk, and take special care around PTO shafts.",
            ),
            (
                "This page is run by brigade volunteers and is not an official channel of the fire service.",
                "For fire danger ratings and warnings, check the official website.",
            ),
            (
                "Do not post advice that could put someone in danger.",
                "If in doubt, leave it to the professionals.",
            ),
        ),
    ),
    (  # incidents and loss
        (
            "Respect at times of loss",
            "Incidents and accidents",
            "Think of the families",
            "Before you speculate",
            "Are you sure of the facts?",
        ),
        (
            ("Please do not speculate about the cause of a fire, crash or death.", "Families often read these pages."),
            ("Photographs or video from incident scenes will not be published.",),
            ("Words of sympathy are welcome; blame and rumour are not.",),
            ("Names of people hurt or killed will not be published until next of kin have been told.",),
            (
                "Do not share details of callouts before the brigade has released them.",
                "Crews may still be at work.",
            ),
        ),
    ),
)

#: The same kinds as clauses of a site's terms of use ("you must not ..."), two choices each.
CLAUSES_110 = (
    (
        "post anything abusive, insulting or threatening towards other users",
        "make personal attacks on other readers, our staff or the people we report on",
    ),
    (
        "publish material that promotes hatred on grounds of race, tribe, province, religion, sex or disability",
        "use ethnic, tribal or sectarian slurs of any kind",
    ),
    (
        "publish another person's address, telephone number or other personal information",
        "share private correspondence without the writer's consent",
    ),
    (
        "post images of children without the consent of a parent or guardian",
        "post anything that could identify a child or put a vulnerable person at risk",
    ),
    (
        "submit the same {c} more than once while it awaits moderation",
        "attempt to get around our moderation or filters",
    ),
    ("post material that is unrelated to the article or thread", "use a discussion to pursue an unrelated grievance"),
    (
        "advertise goods or services, or post links for commercial gain",
        "promote money schemes, lotteries or investment offers",
    ),
    ("impersonate any person or organisation", "register more than one account or use a false name"),
    (
        "post anything that is defamatory, obscene or otherwise unlawful",
        "discuss matters before the courts in a way that may prejudice proceedings",
    ),
    (
        "upload material that infringes the copyright of others",
        "reproduce articles, photographs or patterns without permission",
    ),
    ("misuse the reporting facility to harass other users", "make false reports about other users' {cs}"),
    ("argue with moderation decisions in public threads", "repost {cs} that have been removed"),
    ("use {cs} to make complaints that should be sent to the editor", "present rumour or speculation as fact"),
    ("use obscene, vulgar or offensive language", "write in capital letters throughout"),
    ("use another account to return after being banned", "encourage others to break these rules"),
    (
        "give advice that could endanger the health or safety of others",
        "use this page to report an emergency instead of calling the emergency services",
    ),
    (
        "speculate about the cause of an accident, fire or death",
        "post photographs or video from the scene of an incident",
    ),
)

#: The line that leads a site's terms of use into its clauses.
TERMS_LEADS_110 = (
    "By submitting a {c} you agree that you will not:",
    "Users must not:",
    "When using this service, you must not:",
    "Members agree not to:",
    "You may not:",
)

#: The site's word for what readers send: "comment" for three sites in four, another word for the rest.
WORDS_110 = (
    {"c": "comment", "cs": "comments", "C": "Comment", "Cs": "Comments"},
    {"c": "post", "cs": "posts", "C": "Post", "Cs": "Posts"},
    {"c": "message", "cs": "messages", "C": "Message", "Cs": "Messages"},
    {"c": "reply", "cs": "replies", "C": "Reply", "Cs": "Replies"},
    {"c": "contribution", "cs": "contributions", "C": "Contribution", "Cs": "Contributions"},
)

POLICY_INTROS_110 = (
    "We welcome {cs} from readers, but please follow these simple rules.",
    "Before you send a {c}, please take a moment to read our house rules.",
    "This group is a safe and supportive space for families. To keep it that way, please follow these rules.",
    "These rules apply to everyone who uses the club's page: players, members and supporters alike.",
    "By joining the group you agree to the following:",
    "Thank you for joining. A few ground rules:",
    "We love hearing from readers all over the Delta. Just keep it civil and follow the rules below.",
)

POLICY_CLOSINGS_110 = (
    "Thank you for helping to keep this page friendly.",
    "These rules may be changed at any time by the committee.",
    "Please read our full terms and conditions before you take part.",
    "Questions about these rules can be sent to the admins.",
    "Tapadh leibh – thank you.",
    "Tenkyu tru!",
    "Happy tractoring!",
    "Stay safe, and thank you for supporting your local brigade.",
    "{Cs} are the opinions of their writers and not of this newspaper.",
)

POLICY_TITLES_110 = (
    "{C} Policy",
    "House Rules",
    "Group Rules",
    "Rules from the admins",
    "Community Guidelines",
    "Posting Rules",
    "Guidelines for {Cs}",
    "Terms of Use",
    "Forum Rules",
    "Club Social Media Policy",
    "Read before posting",
    "Riaghailtean – House Rules",
)

#: British spellings in the lists above and their American forms (a reworded-110 document prints one or the other).
AMERICAN_110 = {
    "neighbour": "neighbor",
    "behaviour": "behavior",
    "organisation": "organization",
    "favour": "favor",
    "colour": "color",
    "recognise": "recognize",
    "offence": "offense",
}

_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
#: Headings a site that ends its headings with "!" prints so (the others it prints with nothing after them).
_BANG_110 = (
    "no ",
    "keep",
    "be ",
    "stay",
    "mind",
    "use ",
    "respect",
    "play",
    "report",
    "flag",
    "tell",
    "stick",
    "think",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out


#: How a site marks its items: a name, and the marker of the n-th item (1-based).
MARKERS_110 = {
    "1.": lambda n: f"{n}.",
    "1)": lambda n: f"{n})",
    "(1)": lambda n: f"({n})",
    "Rule 1 –": lambda n: f"Rule {n} –",
    "a)": lambda n: f"{chr(96 + n)})",
    "(a)": lambda n: f"({chr(96 + n)})",
    "A.": lambda n: f"{chr(64 + n)}.",
    "i.": lambda n: f"{_roman(n)}.",
    "(i)": lambda n: f"({_roman(n)})",
    "I.": lambda n: f"{_roman(n).upper()}.",
    "•": lambda n: "•",
    "-": lambda n: "-",
    "*": lambda n: "*",
    "–": lambda n: "–",
    "▪": lambda n: "▪",
    "►": lambda n: "►",
    "✅": lambda n: "✅",
    "🔹": lambda n: "🔹",
    "": lambda n: "",
}
_MARKER_WEIGHTS_110 = {
    "1.": 10,
    "1)": 4,
    "(1)": 2,
    "Rule 1 –": 2,
    "a)": 2,
    "(a)": 2,
    "A.": 1,
    "i.": 2,
    "(i)": 1,
    "I.": 1,
    "•": 7,
    "-": 3,
    "*": 2,
    "–": 2,
    "▪": 1,
    "►": 1,
    "✅": 1,
    "🔹": 1,
    "": 12,
}


def _marked(marker: str, text: str) -> str:
    return f"{marker} {text}" if marker else text


def _terms_110(kinds: list[int], words: dict[str, str], rng: random.Random) -> list[tuple[str, ...]]:
    """A site's terms of use: a lead line, then one clause a kind, lettered, roman or numbered, each ending in a
    semicolon (the one before last sometimes "; or") and the last in a stop."""
    style = rng.choice(("(a)", "(a)", "a)", "(i)", "i.", "1."))
    items: list[tuple[str, ...]] = [("", rng.choice(TERMS_LEADS_110).format(**words))]
    last_or = rng.random() < 0.4
    for n, kind in enumerate(kinds, 1):
        clause = rng.choice(CLAUSES_110[kind]).format(**words)
        end = "." if n == len(kinds) else "; or" if last_or and n == len(kinds) - 1 else ";"
        items.append(("", _marked(MARKERS_110[style](n), clause + end)))
    return items


def _items_110(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-110 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment", 0.75, else "post", "message", "reply" or
    "contribution"); two to four kinds (0.25) or six to all seventeen, in the table's order (0.5) or drawn. Then
    either terms of use (0.1: a lead line and one clause a kind, lettered, roman or numbered, ";" after each) or
    items: headings as written, in title case (0.25) or capitals (0.2), between asterisks (0.06); on a part of
    their own (0.45, then a stop, a colon, an exclamation mark after an imperative, or nothing) or run in before a
    colon, a stop or a dash; none at all (0.12) or none for one item (0.06); items numbered, lettered, roman,
    bulleted (a bullet, dash, star, arrow or emoji) or unmarked, or numbered with the number on a part of its own
    (0.1); under a heading on its own part, sentences as sub-bullets (0.12) or, for "1." numbering, numbered 4.1,
    4.2 (0.3). Finished by ``_furnish`` (opening, closing and title lines, American spelling, curly quotes)."""
    words = WORDS_110[0] if rng.random() < 0.75 else rng.choice(WORDS_110[1:])
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_110))
    kinds = rng.sample(range(len(REWORDINGS_110)), count)
    if rng.random() < 0.5:
        kinds.sort()
    items = _terms_110(kinds, words, rng) if rng.random() < 0.1 else _headed_110(kinds, words, rng)
    return _furnish(
        items,
        rng,
        [line.format(**words) for line in POLICY_INTROS_110],
        [line.format(**words) for line in POLICY_CLOSINGS_110],
        [line.format(**words) for line in POLICY_TITLES_110],
        AMERICAN_110,
    )


def _headed_110(kinds: list[int], words: dict[str, str], rng: random.Random) -> list[tuple[str, ...]]:
    """The items of a site that prints headings (or none), drawn as ``_items_110``'s docstring says."""
    case = rng.choices(("as", "title", "upper"), (0.55, 0.25, 0.2))[0]
    starred = rng.random() < 0.06
    own_part = rng.random() < 0.45
    stop = rng.choice(("", ".", ":", "!")) if own_part else rng.choice((": ", ". ", " – ", " - ", " — "))
    bare = rng.random() < 0.12
    style = rng.choices(list(_MARKER_WEIGHTS_110), list(_MARKER_WEIGHTS_110.values()))[0]
    number_apart = style in ("1.", "1)", "") and rng.random() < 0.1
    subs = rng.choice(("-", "o", "◦", "–")) if own_part and rng.random() < 0.12 else ""
    decimal = style == "1." and own_part and not number_apart and rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_110[kind]
        heading = "" if bare or rng.random() < 0.06 else rng.choice(headings).format(**words)
        if heading and case == "title":
            heading = _title_case(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        if heading and starred:
            heading = f"*{heading}*"
        parts = [part.format(**words) for part in rng.choice(sentences)]
        if heading and decimal:
            parts = [f"{n}.{k} {part}" for k, part in enumerate(parts, 1)]
        elif heading and subs:
            parts = [f"{subs} {part}" for part in parts]
        marker = "" if number_apart else MARKERS_110[style](n)
        if not heading:
            item = ("", _marked(marker, parts[0]), *parts[1:])
        elif own_part:
            end = "" if heading.rstrip("*")[-1] in "?!" else stop
            if end == "!" and not heading.strip("*").lower().startswith(_BANG_110):
                end = ""
            item = (_marked(marker, heading + end), *parts)
        else:
            sep = " " if heading.rstrip("*")[-1] in "?!" else stop
            item = ("", _marked(marker, heading + sep + parts[0]), *parts[1:])
        if number_apart:
            item = (str(n), *item)
        items.append(item)
    return items
