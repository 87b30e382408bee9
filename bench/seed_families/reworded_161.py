"""The ``reworded-161`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Vanuatu community news, Isle of Man papers, North Dakota oil-patch weeklies, korfball clubs,
bell-ringing guilds, epilepsy support forums, estate residents' boards, paddle-steamer preservation societies.

Written blind: from how such sites word and print their posting rules, house rules, noticeboard rules and forum
codes of conduct, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (each kind has a question or two among them; a document picks one, and how to
#: print it), and five sentences, of which an item prints one to three in this order. ``{c}`` ``{cs}`` ``{C}``
#: ``{Cs}``: the site's word for what readers send (singular, plural; capitalised). Written in British spelling; a
#: document may print it in American spelling (``AMERICAN_161``).
REWORDINGS_161 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Would you say it to their face?",
            "Courtesy costs nothing",
            "Be nice",
        ),
        (
            "Treat fellow members as you would if you met them face to face.",
            "Disagree with the idea, not with the person who put it forward.",
            "Personal remarks, name-calling and sneering at other people's {cs} will not be tolerated.",
            "Many of our members are new to forums, so please be patient with them.",
            "Robust debate is welcome; rudeness is not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Respect for all communities",
            "Is it hateful?",
            "Zero tolerance of bigotry",
        ),
        (
            "{Cs} that attack people because of their race, island, religion, disability, sex or sexuality will be "
            "removed without warning.",
            "This includes jokes and so-called banter at the expense of any group.",
            "We will not host material that stirs up hatred against any community, here or overseas.",
            "Slurs are not acceptable, even when spelt with asterisks.",
            "Stereotyping of disabled people, incomers or seasonal workers has no place here.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Personal information",
            "Keep personal details private",
            "Is it yours to share?",
        ),
        (
            "Do not post anyone's address, telephone number or email address, and that includes your own.",
            "Please do not name or photograph neighbours, children or members without their permission.",
            "Health details you share here can be read by anyone, so think carefully before you share them.",
            "Private messages must stay private; do not copy them into a public thread without the sender's consent.",
            "Car registrations, flat numbers and shift patterns are personal details and will be edited out.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting junior members",
            "What about under-18s?",
            "Safeguarding Policy",
            "Who do I tell about a welfare concern?",
        ),
        (
            "Junior members must not be named or pictured here without written consent from a parent or guardian.",
            "Adults must not contact junior members through private messages.",
            "Any concern about the welfare of a child or vulnerable adult should go to the welfare officer, "
            "not to the forum.",
            "We will pass anything suggesting that a child is at risk to the police.",
            "Members under 16 need a parent's permission before joining.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "When will my {c} appear?",
            "Moderation times",
        ),
        (
            "All {cs} are read by a moderator before they appear, which may take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait until the next "
            "working day.",
            "{Cs} from new members are held for approval until they have posted a few times.",
            "Please do not send the same {c} again if it does not show straight away.",
            "At busy times, such as TT fortnight or the sailing season, approval may take longer than usual.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Relevance",
            "Off-topic {cs}",
        ),
        (
            "Please keep {cs} relevant to the story or thread they appear under.",
            "Use the General Chat board for anything that doesn't fit elsewhere.",
            "Threads that drift away from their subject may be split or locked.",
            "Method, striking and tower matters belong on the ringing boards, not in the social section.",
            "Repeated {cs} on the same grievance will be removed.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise here?",
            "Commercial posts",
            "Buying and selling",
        ),
        (
            "Advertising goods or services is not allowed, except on the For Sale and Wanted board.",
            "Links to other websites are welcome only when they add to the discussion.",
            "Chain letters, pyramid schemes and unsolicited fundraising appeals will be deleted.",
            "Members may mention their own business once in their signature, and nowhere else.",
            "Accounts set up only to advertise will be removed without notice.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Usernames",
            "One account each",
            "Who are you?",
            "Registration",
            "Do I have to use my real name?",
        ),
        (
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Please use your real name, or the name you are known by at the club.",
            "Usernames that are offensive or impersonate another person will be changed or removed.",
            "You are responsible for everything sent under your login, so keep your password to yourself.",
            "We may ask you to confirm your identity before we publish a letter or {c}.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal matters",
            "Defamation and contempt",
            "Is it legal?",
            "Court cases",
        ),
        (
            "Do not post anything that is defamatory, threatening or in breach of a court order.",
            "{Cs} on cases before the Manx courts will be switched off until proceedings are over.",
            "You are legally responsible for what you write, and we may have to pass your details to the police.",
            "Do not name anyone who has been arrested but not yet charged.",
            "Allegations of crime against a named person will be removed, however strongly you believe them.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Other people's work",
            "Whose picture is it?",
            "Intellectual property",
        ),
        (
            "Only upload photographs you have taken yourself or have permission to use.",
            "Quote a short extract and link to the source rather than copying whole articles.",
            "By sending us a {c} you allow us to republish it in print and online.",
            "Material from the society's archive may not be reproduced elsewhere without the archivist's consent.",
            "Pictures copied from other websites will be taken down if the owner asks.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report it",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging {cs}",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report button rather than replying to it.",
            "Reports are anonymous; the member concerned will not be told who made them.",
            "You can also email the moderators at the address at the foot of this page.",
            "Please do not argue with rule-breakers in the thread; it only makes tidying up harder.",
            "We aim to look at every report within two working days.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' decision",
            "Can I appeal?",
            "Right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Decisions of the moderators are final and will not be discussed on the open forum.",
            "If you think a {c} was removed unfairly, write to the committee privately.",
            "Publication of a {c} does not mean that we agree with it.",
            "We may close a thread at any time if it is generating more heat than light.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "Spotted a mistake?",
            "News tips",
            "Tell us your news",
        ),
        (
            "If we have got something wrong, email the newsdesk rather than leaving a {c}, so we can put it right "
            "quickly.",
            "Phone the newsroom or use the Contact Us form if you have a story for us.",
            "Corrections are printed on page two of the next edition and noted under the online story.",
            "Match results and reports should reach the press officer by Sunday evening.",
            "Quarter peals and peals for the newsletter go to the records secretary, not on the forum.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "Keep it clean",
            "Would you say it in the clubhouse?",
            "Plain English, please",
        ),
        (
            "No swearing, including words with letters replaced by symbols.",
            "Please write in English, French or Bislama so that the moderators can read your {c}.",
            "{Cs} written entirely in capital letters are hard to read and may be removed.",
            "Text speak and heavy abbreviation make a thread hard to follow for newer members.",
            "Crude or sexual language is not acceptable on a family forum.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Sanctions",
            "Three strikes",
        ),
        (
            "Members who break these rules will receive a warning; a second breach may lead to suspension.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate and permanent ban.",
            "Anyone banned who rejoins under another name will be removed again.",
            "Suspensions normally last seven days.",
            "The committee may also take action under the club's disciplinary procedure.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not a substitute for professional advice",
            "Safety first",
            "Should I follow advice from the forum?",
            "Emergencies",
            "In an emergency?",
        ),
        (
            "Members share their own experience, not medical advice; always speak to your doctor or epilepsy nurse "
            "before changing your medication.",
            "If a seizure lasts longer than five minutes, call an ambulance straight away.",
            "If you are in crisis or thinking of harming yourself, contact the emergency services or Samaritans now "
            "rather than waiting for a reply here.",
            "Advice given on this board about boilers, rigging or working at height is given in good faith and "
            "followed at your own risk.",
            "Nothing written here replaces the tower captain's safety briefing.",
        ),
    ),
)

TITLES_161 = (
    "Forum Rules",
    "House Rules",
    "Comment Policy",
    "Posting Guidelines",
    "Community Guidelines",
    "Rules of the Message Board",
    "Noticeboard Rules",
    "Guild Forum: Rules",
    "Residents' Board \u2013 Rules of Use",
    "Before you post",
    "Conditions of Posting",
    "Rules for {Cs}",
    "Members' Forum - Code of Conduct",
    "Netiquette",
    "Please read before posting",
    "Reader {Cs}: our rules",
)

INTROS_161 = (
    "Please read these rules before posting.",
    "By registering on this board you agree to the following.",
    "Welcome to the forum! To keep it friendly and useful for everyone, we ask members to follow a few simple rules.",
    "We welcome {cs} from readers in Port Vila, Luganville and right across the islands, subject to the following.",
    "These guidelines apply to all {cs} on our website and social media pages.",
    "The committee has agreed the following rules for the residents' noticeboard.",
    "This forum is run by volunteers for people affected by epilepsy and those who care for them.",
    "The following rules were adopted at the AGM and apply to every member.",
)

CLOSINGS_161 = (
    "Thank you for helping us keep this a safe and supportive place.",
    "Tankyu tumas.",
    "Full terms and conditions are available on our website.",
    "Questions about these rules should be sent to the Hon. Secretary.",
    "Happy ringing!",
    "Enjoy the forum, and see you on the court!",
    "These rules may be changed at any time without notice.",
    "Failure to follow these guidelines may result in your {cs} being removed.",
    "Gura mie ayd \u2013 thank you for reading.",
    "Thank you for your co-operation.",
)

#: Lines some sites print after everything else: who signs the rules; or, above everything, a forum post's byline.
SIGNATURES_161 = (
    "The Forum Team",
    "Hon. Secretary",
    "\u2014 Webmaster",
    "Residents' Association Committee",
    "The Editor",
    "Admin",
    "- Ringing Master",
)
BYLINES_161 = (
    "by Admin \u00bb Mon Jan 09, 2023 7:41 pm",
    "Post by Moderator \u00bb Sat 14 May 2022, 10:02",
    "by forumadmin \u00bb Thu Oct 05, 2017 3:15 am",
    "Posted by Webmaster on 2 March 2021",
)

AMERICAN_161 = {
    "neighbours": "neighbors",
    "spelt": "spelled",
    "co-operation": "cooperation",
    "licence": "license",
    "favour": "favor",
    "behaviour": "behavior",
    "organisation": "organization",
    "judgement": "judgment",
}

_NOUNS_161 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

_MINOR_161 = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with", "from"}


def _case_161(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "lower":
        return text.lower()
    words = text.split(" ")
    if case == "title":
        return " ".join(w if i and w.lower() in _MINOR_161 else w[:1].upper() + w[1:] for i, w in enumerate(words))
    if case == "sentence":
        keep = {"I", "TT", "Manx", "English", "French", "Bislama", "Policy"}
        rest = [w if w in keep else w.lower() for w in words[1:]]
        return " ".join([words[0][:1].upper() + words[0][1:], *rest])
    return text


def _roman_161(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def _markers_161(rng: random.Random, total: int):
    """This site's item marker, as a function of the item's number (None: no markers)."""
    shape = rng.choices(
        ("none", "number", "letter", "roman", "bullet", "rule", "section", "count"),
        weights=(28, 28, 7, 7, 18, 6, 3, 3),
    )[0]
    if shape == "none":
        return None
    if shape == "number":
        form = rng.choice(("{}. ", "{}. ", "{}) ", "({}) ", "{} - ", "{}: ", "#{} ", "[{}] "))
        return lambda n: form.format(n)
    if shape == "letter":
        form = rng.choice(("{}) ", "({}) ", "{}. "))
        base = "A" if rng.random() < 0.4 else "a"
        return lambda n: form.format(chr(ord(base) + n - 1))
    if shape == "roman":
        form = rng.choice(("{}. ", "({}) ", "{}) "))
        upper = rng.random() < 0.5
        return lambda n: form.format(_roman_161(n).upper() if upper else _roman_161(n))
    if shape == "bullet":
        bullet = rng.choice(("\u2022 ", "* ", "- ", "\u2013 ", "\u25ba ", "\u00b7 ", "o ", "\u2714 "))
        return lambda n: bullet
    if shape == "rule":
        form = rng.choice(("Rule {}: ", "Rule {}. ", "Rule {} \u2013 ", "RULE {}: "))
        return lambda n: form.format(n)
    if shape == "section":
        form = rng.choice(("\u00a7{} ", "\u00a7 {}. ", "Art. {} "))
        return lambda n: form.format(n)
    return lambda n: f"{n}/{total} "


def _items_161(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-161 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution or submission, and then no line says "comment"); few items (two to five, 0.3) or many (seven to all
    sixteen), in the table's order (0.5) or shuffled; one to three of an item's sentences, by one of three
    weightings; headings in the table's case, title case, capitals, sentence case or lower case, or none (0.15); a
    heading on a part of its own (0.45: with nothing, a colon or a stop after it) or run in before the first
    sentence after a colon, stop or dash; the site's markers (none, numbers of several shapes, letters, roman
    numerals, bullets, "Rule N", section signs, "N/total"); now and then headings in markdown bold or between equals
    signs, sentences dashed or indented under a heading of their own, a "Please note:" before a sentence,
    cross-references to another rule, and a friendly club's exclamation marks. Then the opening, closing and title
    lines by :func:`_furnish`, and after them now and then a signature, or a forum post's byline above everything."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_161)
    words = {"c": one, "cs": many, "C": one.capitalize(), "Cs": many.capitalize()}

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(7, len(REWORDINGS_161))
    kinds = rng.sample(range(len(REWORDINGS_161)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (3, 4, 2), (2, 3, 3)))

    bare = rng.random() < 0.15
    case = rng.choices(("table", "title", "upper", "sentence", "lower"), weights=(5, 3, 2, 2, 1))[0]
    apart = rng.random() < 0.45
    after_apart = rng.choice(("", "", ":", "."))
    wrap = rng.choices(("", "bold", "equals"), weights=(90, 6, 4))[0] if apart else ""
    run_in = rng.choice((": ", ": ", ". ", " - ", " \u2013 ", " \u2014 "))
    marker = _markers_161(rng, count)
    under = rng.choice(("- ", "\u2013 ", "  ", "    ")) if apart and not bare and rng.random() < 0.15 else ""
    noting = rng.random() < 0.08
    crossref = marker is not None and rng.random() < 0.1
    friendly = rng.random() < 0.1

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, start=1):
        headings, sentences = REWORDINGS_161[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if noting and rng.random() < 0.3:
            picked[-1] = rng.choice(("Please note: ", "NB ", "Note: ")) + picked[-1]
        if crossref and count > 2 and rng.random() < 0.25:
            other = rng.choice([n for n in range(1, count + 1) if n != number])
            picked.append(f"(See also rule {other}.)" if rng.random() < 0.5 else f"See rule {other}.")
        if friendly and rng.random() < 0.4 and picked[0].endswith("."):
            picked[0] = picked[0][:-1] + "!"
        heading = "" if bare else _case_161(rng.choice(headings).format(**words), case)
        mark = marker(number) if marker else ""
        if not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            if wrap == "bold":
                head = f"**{heading}**"
            elif wrap == "equals":
                head = f"== {heading} =="
            else:
                head = heading + end
            items.append((mark + head, *(under + sentence for sentence in picked)))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))

    def fits(lines: tuple[str, ...]) -> list[str]:
        lines = tuple(line.format(**words) for line in lines)
        return [line for line in lines if one == "comment" or not _says_comment(line)]

    items = _furnish(items, rng, fits(INTROS_161), fits(CLOSINGS_161), fits(TITLES_161), AMERICAN_161)
    if rng.random() < 0.1:
        items.append(("", rng.choice(SIGNATURES_161)))
    if rng.random() < 0.05:
        items.insert(0, ("", rng.choice(BYLINES_161)))
    return items
