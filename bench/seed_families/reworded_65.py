"""``reworded-65``: posting rules as Australian outback and Tasmanian papers, Maltese and Cypriot English news,
Ghanaian and Nigerian English sites, Great Lakes weeklies, veterans' associations, classic-car forums, beekeeping
clubs and school parent-teacher newsletters word and print them. Fifteen item kinds, each with its headings (some
of them questions) and its sentences; a policy is printed one way (a heading run in before a colon or a dash, with a
full stop, bare, on a line of its own, as a question, or no headings at all; in sentence case, title case or
capitals; numbered, bulleted or neither), or now and then each item its own way."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: (headings, sentences). Headings are in sentence case without a stop; a question ends in "?".
REWORDINGS_65: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be civil",
            "Play the ball, not the player",
            "Respect other members",
            "Keep it friendly",
            "Mind your manners",
            "How should I treat other posters?",
        ),
        (
            "Attack the argument, not the person making it.",
            "Personal abuse, name-calling, bullying and threats against other readers, our journalists or the people "
            "we write about will be removed, and anyone who keeps it up will be shown the door.",
            "Treat fellow members as you would at a branch meeting: disagree by all means, but do it with the courtesy "
            "owed to anyone who has served, and honour the service of every branch and every era.",
            "Be kind.",
            "Comments that insult, harass or belittle other users will be deleted.",
            "Criticise ideas, not people, and leave out the sarcasm; it rarely reads the way you meant it.",
        ),
    ),
    (  # hatred, tribal and religious remarks
        (
            "No hate speech",
            "Tribal and religious remarks",
            "Respect for all communities",
            "Discrimination",
            "No bigotry",
        ),
        (
            "Kindly refrain from tribalistic, ethnic or religious slurs of any kind.",
            "Comments that stir up hatred against any group on the grounds of ethnicity, religion, region, skin colour, "
            "gender, disability or sexual orientation will be deleted, and the account responsible may be reported to "
            "the appropriate authorities.",
            "Racism is not tolerated here. Full stop.",
            "We will not publish posts that demean people because of where they come from or how they worship.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep it private",
            "Children's privacy",
            "Privacy",
            "Can I share contact details?",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, yours or anyone else's.",
            "Please do not name or post photographs of any child other than your own; this includes class photos "
            "from excursions, sports carnivals and assemblies.",
            "For your own safety, never share your registration number, chassis number or the address where your car "
            "is garaged in a public thread.",
            "Posts containing another person's private details will be removed.",
            "Never include personal details such as a phone number or an account number in your comment.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Approval times",
        ),
        (
            "All comments are checked by a moderator before they go live, which can take a few hours.",
            "Our moderators work business hours, Monday to Friday (AEST), so a post made on a Friday night may not "
            "appear until Monday morning; please don't submit it twice.",
            "New members' first five posts are held for approval.",
            "Contributions submitted after 6pm Malta time will be reviewed the following morning.",
            "Posts are reviewed by a volunteer before publication. Please be patient.",
        ),
    ),
    (  # staying on topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic posts",
            "Relevance",
            "Is it on topic?",
        ),
        (
            "Keep your comments relevant to the article above.",
            "Threads in the Technical section are for restoration and mechanical questions; general chat belongs in "
            "the Lounge, and politics belongs nowhere on this board.",
            "Posts that drift away from the subject of the story may be removed, however interesting they are.",
            "Stick to the topic.",
            "Discussion of matters unrelated to the club's hives, apiaries and field days should be taken elsewhere.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Buying and selling",
            "Commercial posts",
            "Self-promotion",
            "Can I sell something here?",
        ),
        (
            "No spam, chain letters or links to websites selling anything.",
            "Cars, parts, wheels, tyres and memorabilia for sale must be listed in the Classifieds section; for-sale "
            "posts in technical threads will be moved or deleted without warning.",
            "Members may mention honey, nucs or equipment they have for sale once a month on the Market board, but "
            "not elsewhere.",
            "Promotional comments, including links to loan offers, spiritual healers, betting sites or investment "
            "schemes, will be deleted and the account banned.",
            "Fundraising notices for anything other than school events need the committee's approval first: write to "
            "pandc.secretary@ridgewayprimary.org.au.",
        ),
    ),
    (  # real names, one account
        (
            "Use your real name",
            "Names",
            "One account each",
            "Identify yourself",
            "Who can post?",
        ),
        (
            "Please register with your real first name and surname.",
            "Members post under their own names and, where they wish, their branch and years of service; impersonating "
            "another member or a serving officer will lead to immediate removal.",
            "Only one account per person is allowed.",
            "Anonymous contributions will not be accepted.",
            "Parents and carers of current students may join; tell us your child's class when you register so that "
            "we can approve you.",
        ),
    ),
    (  # the law: defamation, contempt, suppression
        (
            "Defamation",
            "Legal matters",
            "Stay within the law",
            "Contempt of court",
            "The law",
        ),
        (
            "Do not post anything defamatory.",
            "Under Australian law the publisher can be held responsible for what readers post, so we will not publish "
            "anything that could be defamatory or that might prejudice a trial, including speculation about the guilt "
            "of anyone before the courts.",
            "Comments that may be in breach of the Press Act, or that refer to cases currently before the Maltese "
            "courts, will not be published.",
            "Respect suppression orders. Naming a person the court has protected is a criminal offence, and we will "
            "pass details to police if required.",
            "You are legally responsible for what you write.",
        ),
    ),
    (  # copyright, photographs
        (
            "Copyright",
            "Photos and images",
            "Other people's work",
            "Pictures",
            "Can I post photos?",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other publications; a short quote and a link is enough.",
            "Images from sales brochures, workshop manuals and other websites remain the property of their owners, "
            "cannot be reproduced here unless authorised, and will be removed at the owner's request.",
            "By sending us a photo you give the newsletter permission to print it.",
        ),
    ),
    (  # reporting a post
        (
            "Reporting a post",
            "Report problems",
            "Seen something wrong?",
            "Flag it",
            "Help the moderators",
        ),
        (
            "Use the Report button under any post you think breaks these rules.",
            "If you see a comment that concerns you, click 'Flag' and a moderator will review it, usually within 24 "
            "hours.",
            "Rather than replying to a troublemaker, report the post and let the moderators deal with it.",
            "You can also email moderators@lakeshoreweekly.com with a link to the post and a short note on what is "
            "wrong.",
        ),
    ),
    (  # the moderators' discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "The editor's right",
            "Removal",
            "Editorial discretion",
        ),
        (
            "We reserve the right to edit or remove any post without giving a reason.",
            "The editor reserves the right to reject, shorten or amend contributions, and the judgement of the editor "
            "is final; no correspondence will be entered into.",
            "Moderators are volunteers doing their best.",
            "Decisions about what stays up are made by the committee, and arguing about a removal in public will only "
            "get the thread locked.",
        ),
    ),
    (  # errors and corrections
        (
            "Corrections",
            "Spotted an error?",
            "Errors",
            "Tell the newsroom",
            "Factual mistakes",
        ),
        (
            "If you think we've got something wrong in a story, please email corrections@huonvalleyecho.com.au rather "
            "than posting it in the comments.",
            "Report errors of fact to the editor at editor@gozoharbourtimes.com.mt; we correct mistakes promptly and "
            "note the correction at the foot of the article.",
            "Mistakes in the newsletter can be reported to the school office.",
            "Corrections should be sent to the newsroom, not left as replies, where our staff may not see them.",
        ),
    ),
    (  # language
        (
            "Language",
            "Watch your language",
            "No swearing",
            "Write in English",
            "Caps lock",
        ),
        (
            "No swearing.",
            "Please write in English so that all readers and our moderators can follow the discussion; posts in Greek, "
            "Turkish or Maltese may not be approved.",
            "Avoid writing in capitals: it reads as shouting.",
            "Obscene or crude language, including words disguised with asterisks, is not permitted; remember that "
            "children read this page too.",
            "Posts in Pidgin are welcome, provided they are respectful.",
        ),
    ),
    (  # suspension and account closure
        (
            "Suspensions",
            "Closing your account",
            "Banning",
            "Three strikes",
            "Repeat offenders",
            "What happens if I break the rules?",
        ),
        (
            "Members who repeatedly break these rules will be suspended or banned.",
            "We operate a three-strikes policy: a warning, a seven-day suspension, then permanent removal from the "
            "forum.",
            "To close your account, email the webmaster at webmaster@greatlakesveterans.org from the address you "
            "registered with; your posts will stay unless you ask for them to be removed.",
            "Banned users who return under new names will be removed again.",
        ),
    ),
    (  # whose views, whose advice
        (
            "Your views, not ours",
            "Disclaimer",
            "Responsibility",
            "Opinions",
            "Advice on the forum",
        ),
        (
            "Comments are the views of their authors and not those of the paper or its staff.",
            "Views expressed here by readers do not represent those of the management, the editorial board or the "
            "organisation.",
            "Advice given on this board, whether about swarm collection, varroa treatment or bee stings, is offered "
            "in good faith by fellow beekeepers; check with a qualified inspector or your doctor before acting on it, "
            "and see www.tasbeekeepers.org.au/biosecurity for the rules on notifiable pests.",
            "The club accepts no responsibility for the accuracy of anything posted.",
        ),
    ),
)

#: Opening lines printed above the items.
INTROS_65: tuple[str, ...] = (
    "We welcome your comments. Before you post, please read the following.",
    "Before you post, please take a moment to read our house rules.",
    "The following rules apply to everyone who posts on this forum, members and guests alike.",
    "Kindly read and observe these guidelines.",
    "This is a moderated board run by volunteers for the benefit of members.",
    "To keep this page a friendly place for our school community, we ask all parents and carers to follow a few "
    "simple rules.",
    "Readers are invited to comment on our stories, subject to the conditions below.",
)
#: Closing lines printed below the items.
CLOSINGS_65: tuple[str, ...] = (
    "Thank you for helping keep this a friendly place.",
    "By posting you agree to these rules, which may change from time to time.",
    "Questions about these guidelines can be sent to moderators@lakeshoreweekly.com.",
    "Happy motoring!",
    "Thank you for your co-operation.",
    "Any comment which breaches these guidelines will be removed.",
    "The Editor",
)
#: Title lines printed above the items.
TITLES_65: tuple[str, ...] = (
    "House Rules",
    "Community guidelines",
    "Posting Rules",
    "Comment Policy",
    "Forum rules",
    "Rules of the Board",
    "Before you post",
    "Guidelines for Contributors",
    "Terms of use for reader comments",
    "Message Board Etiquette",
    "Page rules",
)
#: British spellings in the lists above, and how an American-edited site prints them.
AMERICAN_65: dict[str, str] = {
    "honour": "honor",
    "criticise": "criticize",
    "colour": "color",
    "tyres": "tires",
    "offence": "offense",
    "authorised": "authorized",
    "judgement": "judgment",
    "organisation": "organization",
    "co-operation": "cooperation",
}

_SMALL_WORDS = frozenset(("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"))


def _title_case(heading: str) -> str:
    words = heading.split(" ")
    return " ".join(word if i and word in _SMALL_WORDS else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker(style: str, number: int) -> str:
    if style.startswith("#"):
        return style[1:].replace("N", str(number)) + " "
    return f"{style} " if style else ""


def _items_65(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items, drawn in this order: whether the site never says "comment" (0.25); two or three item kinds
    (0.2 of the time) or four to ten, in a random order; the policy's way of printing a heading (run in before a
    colon or a dash, with a full stop, bare, on a line of its own, as a question, or none), its case (sentence, title,
    capitals) and its marker (none, a number, a bullet), and whether each item draws its own way instead (0.2); then
    per item its heading (none 0.08 of the time) and one sentence, or two (0.3). Then :func:`_furnish` with this
    family's lines."""
    plain = rng.random() < 0.25

    def fit(texts: tuple[str, ...]) -> list[str]:
        return [text for text in texts if not (plain and _says_comment(text))]

    count = rng.randint(2, 3) if rng.random() < 0.2 else rng.randint(4, 10)
    kinds = rng.sample(REWORDINGS_65, count)
    ways = ("colon", "dash", "stop", "bare", "own", "question", "none")
    way = rng.choices(ways, weights=(22, 12, 18, 10, 12, 12, 14))[0]
    case = rng.choices(("sentence", "title", "capitals"), weights=(45, 40, 15))[0]
    dash = rng.choice((" -", " \u2013", " \u2014"))
    marker = rng.choices(("", "#N.", "#N)", "#(N)", "\u2022", "*", "-", "\u25aa"), weights=(50, 14, 8, 4, 12, 4, 5, 3))[
        0
    ]
    mixed = rng.random() < 0.2
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(kinds, 1):
        item_way = rng.choice(ways[:6]) if mixed else way
        questions = [h for h in fit(headings) if h.endswith("?")]
        statements = [h for h in fit(headings) if not h.endswith("?")]
        heading = rng.choice(questions if item_way == "question" and questions else statements)
        if item_way == "none" or rng.random() < 0.08:
            heading = ""
        elif case == "title":
            heading = _title_case(heading)
        elif case == "capitals":
            heading = heading.upper()
        pool = fit(sentences)
        said = rng.sample(pool, 2) if len(pool) > 1 and rng.random() < 0.3 else [rng.choice(pool)]
        ends = heading.endswith(("?", "!"))
        if heading and not ends:
            if item_way == "colon" or item_way == "question":
                heading += ":"
            elif item_way == "dash":
                heading += dash
            elif item_way == "stop":
                heading += "."
        lead = _marker(marker, number)
        if heading and item_way == "own":
            items.append((lead + heading, ""))
            items.append(("", *said))
        elif heading:
            items.append((lead + heading, *said))
        else:
            items.append(("", lead + said[0], *said[1:]))
    return _furnish(items, rng, fit(INTROS_65), fit(CLOSINGS_65), fit(TITLES_65), AMERICAN_65)
