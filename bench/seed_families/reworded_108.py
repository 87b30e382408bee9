"""The ``reworded-108`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Fijian and Samoan English-language news, Channel Islands papers, Appalachian weeklies, canal
restoration trusts, quilting circles, men's sheds, blood-donor volunteer groups, drag-racing clubs.

Written blind: from how such sites word and print their posting rules, letters-and-comments policies, forum rules
and group rules, without reading the cleaner's code, its docs or its reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Sixteen item kinds, each (heading choices, sentence choices), a sentence choice being one sentence or two. Written
#: in British spelling (``AMERICAN_108`` gives the American forms). ``{c}``/``{cs}`` are the site's word for what
#: readers send (``{C}``/``{Cs}`` capitalised), ``{site}`` what the site calls itself, ``{mods}`` who moderates.
REWORDINGS_108 = (
    (  # civility
        (
            "Be respectful",
            "Respect Others",
            "Talanoa with respect",
            "Be kind",
            "Can I disagree with someone?",
            "Courtesy",
        ),
        (
            ("Disagree with the idea, not the person.", "Personal attacks on other members will be removed."),
            ("Please be courteous to other readers, even when you strongly disagree with them.",),
            ("We are a friendly bunch here.", "Keep your {cs} kind, and remember that a real person is reading them."),
            ("Name-calling, goading and sarcasm aimed at other members are not allowed.",),
            ("Robust debate is welcome; bullying, belittling or harassing others is not.",),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hatred and Discrimination",
            "Racism and bigotry",
            "Respect all communities",
            "What counts as hate speech?",
        ),
        (
            (
                "{Cs} that attack anyone for their race, ethnicity, religion, gender, sexuality or disability "
                "will be deleted.",
            ),
            (
                "We will not publish anything that stirs up ill-will between communities.",
                "This includes slurs, stereotypes and so-called jokes.",
            ),
            ("Discriminatory remarks of any kind have no place here.",),
            ("Do not single people out because of their village, island, church or family.",),
            ("Hateful or threatening language towards any group will lead to an immediate ban.",),
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect people's privacy",
            "Personal Information",
            "Keep private details private",
            "Can I name someone in my {c}?",
        ),
        (
            ("Do not share anyone's address, phone number, email or workplace, including your own.",),
            (
                "Never post another person's medical details.",
                "Whether someone can or cannot give blood is their own business.",
            ),
            ("Please don't post the number plates, licence numbers or home addresses of other drivers.",),
            ("Do not publish private messages, emails or letters without the sender's permission.",),
            (
                "Photographs of people should only be shared with their consent.",
                "We will take down any picture of you on request.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Protecting young people",
            "Keeping everyone safe",
            "Child protection",
            "Who do I tell if I'm worried about someone?",
        ),
        (
            ("Do not post photographs or names of children without the written consent of a parent or guardian.",),
            ("Never identify a child or young person who is involved in a police matter or court case.",),
            (
                "If you are worried about the safety of a child or vulnerable adult, contact the police or our "
                "safeguarding officer, not this page.",
            ),
            (
                "Members must not use this site to arrange to meet young people privately.",
                "Any concern of this kind will be passed to the appropriate authorities.",
            ),
            (
                "We follow the safeguarding policy of our national association.",
                "Anything that could put a child or vulnerable adult at risk will be removed and reported.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "How we moderate",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval times",
            "When will my {c} go live?",
        ),
        (
            ("All {cs} are read by a moderator before they are published, so yours may not appear straight away.",),
            (
                "Our moderators are volunteers.",
                "Please allow up to 48 hours for your {c} to be approved, longer on race weekends.",
            ),
            (
                "{Cs} are moderated during office hours, Monday to Friday.",
                "Anything sent in the evening or at the weekend will be checked on the next working day.",
            ),
            (
                "A new member's first few {cs} are held for approval.",
                "After that they appear straight away, though they are still checked by {mods}.",
            ),
            ("Please don't send the same {c} twice if it has not appeared yet; it is simply waiting in the queue.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "On-topic posting",
            "Off-topic {cs}",
            "What can I write about?",
        ),
        (
            ("Please keep your {cs} to the subject of the story or thread.",),
            ("This board is for canal matters.", "Politics, religion and general grumbles belong elsewhere."),
            ("Off-topic {cs} may be moved to the general chat section or removed.",),
            ("Start a new thread for a new subject rather than taking over someone else's.",),
            ("Keep to the point.", "Long {cs} that wander away from the article are unlikely to be published."),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and Selling",
            "Buying and selling",
            "Promotions",
            "Can I advertise my business?",
            "Links",
        ),
        (
            ("Advertising, chain letters and repeated links will be removed without notice.",),
            ("Items for sale, including fabric, patterns and machines, belong on the Sales board only.",),
            ("Sponsors may tell us about events, but please don't use {cs} to sell parts, services or tickets.",),
            ("We do not allow links to other websites unless a moderator has approved them.",),
            (
                "Spam accounts are deleted on sight.",
                "If you run a business and want to reach our readers, contact our advertising team.",
            ),
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Names and Accounts",
            "Registration",
            "Who can take part?",
            "One account each",
            "Identity",
        ),
        (
            ("{Cs} must carry the writer's full name and town or village.", "We do not publish anonymous {cs}."),
            ("You must register and be logged in to take part.", "Each member may hold one account only."),
            ("Do not pretend to be someone else, whether a real person, a club official or an organisation.",),
            ("Usernames that are offensive or misleading will be changed or removed.",),
            (
                "Membership of the forum is open to anyone over 18.",
                "Please give your first name and the name of your shed when you sign up.",
            ),
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal Matters",
            "Defamation",
            "Don't break the law",
            "Is it legal?",
            "Contempt of court",
        ),
        (
            (
                "You are legally responsible for what you write.",
                "The laws of defamation and contempt of court apply online just as they do in print.",
            ),
            ("Do not accuse anyone of a crime or wrongdoing unless it has been proved in court.",),
            ("Please don't discuss cases before the Royal Court or the Magistrate's Court while they are under way.",),
            ("Content that breaches the Online Safety Act or any other law of Fiji will be removed.",),
            (
                "We will co-operate with the police and the courts if asked for the details of anyone who breaks "
                "the law on this site.",
            ),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Using other people's material",
            "Photos and copyright",
            "Can I share a pattern?",
        ),
        (
            ("Only share photographs you have taken yourself or have permission to use.",),
            (
                "Do not copy whole articles from other websites or newspapers.",
                "A short quote with a link to the source is fine.",
            ),
            (
                "Published quilt patterns are the designer's copyright.",
                "Please do not scan or share them, even if the book is out of print.",
            ),
            ("By sending us a photograph you allow us to use it on our website and in print, with credit to you.",),
            ("Material that infringes someone else's copyright will be taken down as soon as we are told about it.",),
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flag it",
            "Reporting a {c}",
        ),
        (
            ("If you see a {c} that breaks these rules, use the Report link beneath it.",),
            ("Please report problems to the moderators rather than replying to them in the thread.",),
            ("To raise a concern, email the webmaster with a link to the {c} and a short explanation.",),
            ("Every report is looked at by a moderator.", "Reporting a {c} does not mean it will be removed."),
            ("Don't feed the trolls.", "Report them and move on."),
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Right to remove",
            "Editing",
            "Moderators' discretion",
        ),
        (
            ("The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",),
            ("{Mods} may remove any {c} they consider unsuitable.", "Their decision is final."),
            ("Letters and {cs} may be edited for length, clarity and legal reasons.",),
            ("Publishing a {c} does not mean that {site} agrees with it.",),
            (
                "We are not obliged to publish every {c} we receive, and we do not enter into correspondence "
                "about those we leave out.",
            ),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Contact the newsroom",
            "Errors and complaints",
        ),
        (
            (
                "If you think we have got something wrong, please email the newsroom rather than leaving a {c}.",
                "We will correct genuine errors promptly.",
            ),
            ("Have a story for us?", "Send it to our news desk by email or WhatsApp."),
            ("Complaints about our journalism should go to the editor, not underneath the article.",),
            (
                "News tips, results and photographs from club meetings are always welcome.",
                "Send them to the secretary.",
            ),
            ("Corrections are printed on page two of the following week's paper.",),
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write clearly",
            "Capitals",
            "Which language can I use?",
        ),
        (
            ("Swearing, crude language and abbreviated swear words are not allowed.",),
            ("Please write in English so that everyone, including our moderators, can follow the discussion.",),
            ("Don't write in capital letters.", "It reads as shouting."),
            ("Keep it clean: this is a family site, and younger members read it too.",),
            ("Text speak and rows of exclamation marks make {cs} hard to read.", "Please write in full sentences."),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Sanctions",
        ),
        (
            (
                "Members who break these rules will receive a warning.",
                "A second breach may lead to suspension, and a third to a permanent ban.",
            ),
            ("We operate a three-strikes policy.",),
            ("Accounts that repeatedly break the rules will be suspended without further notice.",),
            ("Serious breaches, such as threats or hate speech, will lead to an immediate ban.",),
            ("Banned members may not rejoin under another name.", "Any new account will be removed."),
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Advice",
            "Safety first",
            "Not professional advice",
            "Is it safe?",
            "Advice from members",
        ),
        (
            (
                "Nothing posted here is medical advice.",
                "If you have a question about whether you can give blood, contact the blood service directly.",
            ),
            ("Do not post or promote racing on public roads.", "Videos of street racing will be removed."),
            (
                "Advice shared by members about tools and machinery is given in good faith; always follow the "
                "maker's instructions and wear the right protection.",
            ),
            ("Please do not encourage anyone to enter locks, tunnels or work sites without permission.",),
            (
                "Any advice given here is the opinion of the member who gave it, and {site} accepts no "
                "responsibility for it.",
            ),
        ),
    ),
)

#: Titles, opening and closing lines some of these sites print with their rules (``{c}`` etc. as above).
TITLES_108 = (
    "{C} Policy",
    "House Rules",
    "Forum Rules",
    "Community Guidelines",
    "Posting guidelines",
    "Rules of the Board",
    "Before you take part",
    "Guidelines for {cs}",
    "Letters and {cs} policy",
    "Group Rules",
)

INTROS_108 = (
    "Please read these rules before you take part.",
    "We welcome {cs} from readers, but ask everyone to follow these guidelines.",
    "This is a friendly forum, and we would like to keep it that way.",
    "By registering or sending a {c}, you agree to the following.",
    "Bula and welcome to our online community.",
    "Talofa and welcome.",
    "These rules apply to all {cs} on our website and social media pages.",
)

CLOSINGS_108 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules may be updated from time to time.",
    "Last updated: March 2025.",
    "— The Committee",
    "Vinaka vakalevu.",
    "Fa'afetai lava.",
    "Questions about these rules? Email the webmaster.",
    "Happy quilting!",
    "See you at the strip.",
    "The full terms of use are available on our website.",
)

#: British spellings in the lists above and their American forms (a reworded-108 document prints one or the other).
AMERICAN_108 = {
    "organisation": "organization",
    "licence": "license",
    "co-operate": "cooperate",
    "ill-will": "ill will",
}

#: What readers send, as the site calls it: singular and plural.
WORDS_108 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))
SITES_108 = ("the Trust", "the Shed", "the club", "the Guild", "the newspaper", "the group", "this website")
MODERATORS_108 = ("our moderators", "the editor", "the committee", "the admins", "the web team")

_SMALL = {"a", "an", "and", "the", "of", "to", "in", "on", "for", "or", "at", "by", "with", "as", "if"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _sentence_case(text: str) -> str:
    words = [word if word in ("I", "I'm") else word.lower() for word in text.split(" ")]
    joined = " ".join(words)
    return joined[:1].upper() + joined[1:]


def _marker(style: str, n: int) -> str:
    """The marker of the ``n``th item (from 1) in a site's style."""
    letter = "abcdefghijklmnop"[n - 1]
    roman = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")[
        n - 1
    ]
    shapes = {
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "1 ": f"{n}",
        "01": f"{n:02d}.",
        "Rule 1:": f"Rule {n}:",
        "Rule 1 –": f"Rule {n} –",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
    }
    return shapes.get(style, style)  # a bullet is printed as it is


def _items_108(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-108 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" three times in four, else post, message, reply or
    contribution, never "comment" then), what it calls itself and who moderates; how many items (two to four with
    probability 0.25, else five to sixteen), in the table's order (0.5) or drawn; one to three sentences an item;
    headings on every item, on none (0.2) or on some (0.15, each missing 0.3), as written, in title case, in
    sentence case or in capitals, on their own part (with a stop, a colon or nothing) or run in before a colon,
    stop or dash; a marker (numbered, lettered, roman, a "Rule n" label or a bullet) or none; some marked sites
    leave the sentences' final stops off; a few print question headings as "Q:"/"A:"; a forum's "posted by" line
    above and "last edited" line below (0.15); then ``_furnish``'s opening, closing and title lines."""
    if rng.random() < 0.75:
        c, cs = "comment", "comments"
    else:
        c, cs = rng.choice(WORDS_108)
    site, mods = rng.choice(SITES_108), rng.choice(MODERATORS_108)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "site": site, "mods": mods}
    words["Mods"] = mods[:1].upper() + mods[1:]

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(5, len(REWORDINGS_108))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_108[i] for i in sorted(rng.sample(range(len(REWORDINGS_108)), count))]
    else:
        chosen = rng.sample(REWORDINGS_108, count)

    draw = rng.random()
    headed = "none" if draw < 0.2 else "some" if draw < 0.35 else "all"
    case = rng.choice(("as written", "as written", "title", "sentence", "upper"))
    runin = rng.random() < 0.4
    stop = rng.choice((":", ": ", " –", " - ", ". ")) if runin else rng.choice(("", "", ".", ":"))
    draw = rng.random()
    if draw < 0.3:
        style = ""
    elif draw < 0.55:
        style = rng.choice(("•", "-", "*", "–", "·", "▪", "o"))
    elif draw < 0.8:
        style = rng.choice(("1.", "1.", "1)", "(1)", "1 ", "01", "Rule 1:", "Rule 1 –"))
    elif draw < 0.9:
        style = rng.choice(("a)", "(a)", "A."))
    else:
        style = rng.choice(("i.", "(i)", "I."))
    bare_stops = bool(style) and rng.random() < 0.3
    qa = rng.random() < 0.08

    items: list[tuple[str, ...]] = []
    for n, (headings, sentence_choices) in enumerate(chosen, 1):
        sentences = list(rng.choice(sentence_choices))
        others = [s for s in sentence_choices if len(s) + len(sentences) <= 3 and s[0] != sentences[0]]
        if others and rng.random() < 0.2:
            sentences += rng.choice(others)
        sentences = [fill(s) for s in sentences]
        if bare_stops:
            sentences = [s[:-1] if s.endswith(".") else s for s in sentences]
        heading = ""
        if headed == "all" or (headed == "some" and rng.random() >= 0.3):
            questions = [h for h in headings if h.endswith("?")]
            heading = fill(rng.choice(questions if qa and questions else headings))
            if case == "title":
                heading = _title_case(heading)
            elif case == "sentence":
                heading = _sentence_case(heading)
            elif case == "upper":
                heading = heading.upper()
        if qa and heading.endswith("?"):
            heading, sentences[0] = "Q: " + heading, "A: " + sentences[0]
        parts = [heading, *sentences]
        if heading and runin:
            sep = " " if heading.endswith("?") else stop.rstrip() + " "
            parts = ["", heading + sep + sentences[0], *sentences[1:]]
        elif heading and not heading.endswith("?"):
            parts[0] = heading + stop
        if style:
            first = 0 if parts[0] else 1
            parts[first] = _marker(style, n) + " " + parts[first]
        items.append(tuple(parts))

    forum = rng.random() < 0.15
    if forum:
        admin = rng.choice(("Admin", "ShedAdmin", "QuiltMod", "Webmaster", "strip_boss", "Site Admin"))
        day = rng.randint(1, 28)
        month = rng.choice(("Jan", "Mar", "May", "Jul", "Sep", "Nov"))
        year = rng.randint(2012, 2025)
        posted = f"by {admin} » Sun {month} {day:02d}, {year} 7:{rng.randint(10, 59)} pm"
    items = _furnish(
        items,
        rng,
        [fill(line) for line in INTROS_108],
        [fill(line) for line in CLOSINGS_108],
        [fill(line) for line in TITLES_108],
        AMERICAN_108,
    )
    if forum:  # the forum's line goes under the topic's title, above the rest
        items.insert(1 if items[0][1:] == ("",) else 0, ("", posted))
        edits = rng.randint(1, 6)
        items.append(
            (
                "",
                f"Last edited by {admin} on Tue {month} {day + 1:02d}, {year + 1} 9:{rng.randint(10, 59)} am, "
                f"edited {edits} time{'s' if edits > 1 else ''} in total.",
            )
        )
    return items
