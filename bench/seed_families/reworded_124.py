"""The ``reworded-124`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Belizean and Bahamian English-language news, Orkney papers, Kansas wheat-country weeklies, cave-diving
clubs, calligraphy guilds, neighbourhood-watch boards, autism parents' forums, vintage-motorcycle clubs.

Written blind: from how such sites word and print their posting rules, forum rules, reader guidelines and codes of
conduct, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question or an exclamation), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...),
#: ``{land}`` for the site's jurisdiction. Written in British spelling; a document may print it in American spelling
#: (``AMERICAN_124``).
REWORDINGS_124 = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Can you say it politely?",
            "Courtesy costs nothing",
            "Mind your manners",
        ),
        (
            "Disagree with the argument if you must, but never attack the person making it.",
            "Treat fellow members as you would at a club night: with patience and good humour.",
            "Personal attacks, name-calling and sneering at other readers will see your {c} removed.",
            "Robust debate is welcome here; rudeness, baiting and belittling behaviour are not.",
            "Remember that there is a real person, quite possibly a neighbour, behind every username.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Hateful content",
            "Discrimination",
            "Zero tolerance for bigotry",
            "Is it hateful?",
            "Respect for all",
        ),
        (
            "We will remove any {c} that attacks people because of their race, nationality, religion, sex, sexuality, "
            "disability or age.",
            "Racist, sectarian or homophobic remarks cause offence and are not tolerated, even dressed up as a joke.",
            "Slurs about disabled or autistic people, including the casual ones, will be removed without warning.",
            "{Cs} that stir up hatred against migrants or any other community will be deleted.",
            "Threats or incitement to violence against any person or group may be passed to the police.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep private details private",
            "Don't share personal details",
            "Whose details are they?",
            "Privacy",
        ),
        (
            "Do not post anyone's address, phone number, email address or vehicle registration, including your own.",
            "Never share private messages, emails or screenshots from another member without their permission.",
            "Please do not name or describe people you suspect of a crime; give the details to the police instead.",
            "Photographs of people who can be identified, or of their homes and cars, need their consent first.",
            "Personal details will be removed from any {c} that includes them, and the {c} may be removed entirely.",
        ),
    ),
    (  # safeguarding
        (
            "Protect children",
            "Safeguarding",
            "Our children's privacy",
            "Think before you share about your child",
            "Would your child be happy to read this in ten years?",
            "Child safety",
        ),
        (
            "Please do not post your child's full name, school or photographs in which they can be recognised.",
            "Remember that your child may one day read what you have written about them.",
            "Anything that identifies a child involved in a court case, or a child in care, will be removed at once.",
            "If you fear a child or vulnerable adult is at risk, contact the police or social services rather than "
            "posting about it here.",
            "Adults must not invite younger members into private conversations, and any such approach will be "
            "reported.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "All {cs} are checked",
            "Approval times",
        ),
        (
            "All {cs} are read by a moderator before they appear, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent late at night or at the weekend may not appear until the "
            "next day.",
            "Sending the same {c} several times will not make it appear any faster.",
            "{Cs} from new members are held for approval until they have a few approved {cs} behind them.",
            "During elections and on busy news days the queue can be long, so please bear with us.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Right board, right thread",
            "Is this the right thread?",
            "Stick to the subject",
        ),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "Off-topic {cs} may be moved to the general chat board or removed.",
            "Before starting a new thread, search the forum: your question may already have been answered.",
            "Party politics belongs on the politics board, not in the technical sections.",
            "Threads that drift a long way from the original question may be split or locked.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Commercial {cs}",
            "Are you selling something?",
            "No spam or self-promotion",
        ),
        (
            "Advertising, chain letters and links to commercial sites are not allowed and will be removed.",
            "Bikes, spares and tools may be offered for sale in the classifieds section only, and traders must "
            "clear it with the committee first.",
            "Promoting products, courses or services, including unproven therapies, is not permitted.",
            "Repeated links to the same website will be treated as spam and the account suspended.",
            "To advertise your business or organisation, please contact our advertising department instead.",
        ),
    ),
    (  # names and accounts
        (
            "Use your real name",
            "One account each",
            "Accounts and usernames",
            "Who are you posting as?",
            "Registration",
            "Your profile",
        ),
        (
            "{Cs} must carry your real first name and surname, and anonymous {cs} will not be published.",
            "Each member may hold one account only; duplicate accounts will be closed.",
            "Do not impersonate another person, a public figure or a member of our staff.",
            "Usernames that are offensive, or that advertise a business, will be changed or removed.",
            "We ask for a valid email address when you register, but it is never shown to other readers.",
        ),
    ),
    (  # the law
        (
            "Keep it legal",
            "Defamation",
            "Legal matters",
            "Contempt of court",
            "Could this land you in court?",
            "The law applies here too",
        ),
        (
            "You are legally responsible for what you post, and the law of defamation applies online as it does in "
            "print.",
            "Do not accuse anyone of a crime or of misconduct unless it has been proven in court.",
            "Please say nothing about the guilt or innocence of anyone facing charges while the case is before the "
            "courts.",
            "We may be obliged to pass your details to the police or the courts if your {c} breaks the law.",
            "Everything posted here is subject to the laws of {land}.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect copyright",
            "Whose work is it?",
            "Photos and artwork",
            "Don't copy and paste",
            "Credit the maker",
        ),
        (
            "Only post photographs, artwork or text that you own or hold a licence to use.",
            "Please do not copy whole articles from other publications; a short quote and a link is enough.",
            "When sharing another scribe's work, credit the artist and link to the original where you can.",
            "By posting your own pictures you allow us to show them on this site, but you keep the copyright.",
            "Scans of copyrighted exemplars, workshop manuals or books will be removed.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report, don't respond",
            "See something wrong?",
            "Flag it",
            "How to report a {c}",
            "Tell the moderators",
        ),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "Please don't argue with trolls in the thread; report them and let the moderators deal with it.",
            "Reports are confidential, and the member concerned will not be told who made them.",
            "You can also email the moderators at any time, and we aim to look at every report within 24 hours.",
            "Misusing the report button to settle disagreements may itself lead to a warning.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Moderators' discretion",
            "Editor's discretion",
            "The right to remove",
            "Why was my {c} removed?",
            "Final say",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators use their judgement, and their decisions will not be debated in public threads.",
            "If you disagree with a moderation decision, send a private message to an administrator.",
            "Publishing a {c} does not mean that we agree with it or endorse it.",
            "We may close {cs} on any story at any time, particularly where legal proceedings are involved.",
        ),
    ),
    (  # corrections and tips
        (
            "Spotted a mistake?",
            "Corrections",
            "Got a story?",
            "News tips",
            "Errors and tips",
            "Tell the newsroom",
        ),
        (
            "If you think we have got something wrong, email the newsroom rather than posting a {c}, so that it can "
            "be put right quickly.",
            "Corrections and clarifications are printed on page two and added to the story online.",
            "Have a story for us? Send your tips and photographs to the editor by email, or drop them in at the "
            "office.",
            "News tips left as {cs} may be missed, so please contact the editor directly.",
            "Newsletter items and event notices should go to the club secretary, not on the forum.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "No swearing",
            "Clean language, please",
            "Write clearly",
            "Language",
            "Would you say it at the kitchen table?",
        ),
        (
            "Swearing is not allowed, and that includes words with letters swapped for asterisks.",
            "Please post in English so that every reader, and our moderators, can follow, though a word or two of "
            "Kriol or dialect is fine.",
            "Please do not type in capital letters; it reads as shouting.",
            "Text-speak and strings of exclamation marks make {cs} hard to read, so please write in full sentences.",
            "Sexually explicit or crude language will be removed whatever the context.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if you break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspensions",
        ),
        (
            "Members who break these rules will receive a warning; repeated breaches lead to suspension and then a "
            "permanent ban.",
            "Serious breaches, such as threats or posting illegal material, will result in an immediate ban.",
            "Anyone who is banned and returns under a new name will be removed again without notice.",
            "Suspended members may appeal once, by email to the committee, within 14 days.",
            "Warnings are kept on record and stay on file for twelve months.",
        ),
    ),
    (  # safety and advice
        (
            "Advice at your own risk",
            "Safety first",
            "Not professional advice",
            "In an emergency",
            "Is it safe?",
            "A word on advice",
        ),
        (
            "Advice on this forum is no substitute for proper training, so never dive beyond your certification "
            "and experience.",
            "Technical tips are shared in good faith, but any work on your machine is done at your own risk.",
            "Nothing posted here is medical advice; speak to your child's doctor before changing their care or "
            "medication.",
            "If you witness a crime in progress, call the police first and post about it later, if at all.",
            "Never put yourself in danger by confronting suspects or following vehicles: observe, note and report.",
        ),
    ),
)


#: Titles, opening and closing lines some reworded-124 sites print with their rules (placeholders as above).
POLICY_TITLES_124 = (
    "Posting rules",
    "Community guidelines",
    "Forum rules",
    "House rules",
    "Our {c} policy",
    "Rules of the board",
    "Code of conduct",
    "Before you post",
    "Reader {cs}: the ground rules",
    "Terms of participation",
    "Guidelines for members",
)

POLICY_INTROS_124 = (
    "Please read these rules before you post; by taking part you agree to follow them.",
    "We welcome {cs} from readers and want this to be a friendly, useful place for everyone.",
    "This board exists so that members can share knowledge and help one another, and a few simple rules keep it "
    "that way.",
    "The following guidelines apply to all {cs} on this website and on our social media pages.",
    "This is a peer-support space for parents and carers, and we ask everyone to keep to the rules below.",
    "To keep the discussion fair and lawful, we ask all users to observe the following.",
)

POLICY_CLOSINGS_124 = (
    "These rules may be updated from time to time, and the current version is always pinned at the top of the board.",
    "Thank you for helping us keep this a safe and welcoming community.",
    "If in doubt, don't post.",
    "By sending a {c} you agree to these terms and to our privacy policy.",
    "Questions about these rules can be sent to the moderators or the club secretary.",
    "Enjoy the forum, and ride safe!",
    "The Editor",
    "Last updated April 2025.",
)


#: British spellings in the lists above and their American forms (a reworded-124 document prints one or the other).
AMERICAN_124 = {
    "humour": "humor",
    "neighbour": "neighbor",
    "recognised": "recognized",
    "offence": "offense",
    "behaviour": "behavior",
    "licence": "license",
    "organisation": "organization",
    "judgement": "judgment",
}


#: A site's word for what readers send, singular and plural (a quarter of sites never say "comment").
WORDS_124 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
    ("submission", "submissions"),
)

#: The jurisdiction a site names in its legal item.
LANDS_124 = ("Belize", "The Bahamas", "the Commonwealth of The Bahamas", "Scotland", "the United Kingdom", "Kansas")

#: A symbol some sites put before each item's heading, one per kind (in the table's order).
EMOJI_124 = ("🤝", "🚫", "🔒", "🛡️", "⏳", "🎯", "📢", "👤", "⚖️", "©️", "🚩", "🔨", "📰", "🤬", "⚠️", "⛑️")

_SMALL = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with", "as"}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

#: Item markers by shape: ``{n}`` the item's number, ``{a}``/``{A}`` its letter, ``{r}``/``{R}`` its roman
#: numeral, ``{s}`` the section the rules sit in; "kind" puts the kind's symbol; "" prints no marker.
_MARKERS = {
    "none": ("",),
    "numbered": (
        "{n}.",
        "{n}.",
        "{n})",
        "({n})",
        "[{n}]",
        "#{n}",
        "{n} -",
        "No. {n}",
        "Rule {n}:",
        "Rule #{n}",
        "R{n}.",
        "§{n}",
        "{n:02d}",
        "{n:02d}.",
    ),
    "lettered": ("{a})", "({a})", "{A}.", "{A})"),
    "roman": ("{r}.", "({r})", "{R}.", "{R} –"),
    "clause": ("{s}.{n}", "{s}.{n}."),
    "bullet": ("•", "•", "-", "*", "–", "·", "▪", "►", "➤", "✓", "✔", "❧", "✒", "◆", "o", ">"),
    "kind": ("kind",),
}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words) if word
    )


def _marker(rng: random.Random) -> str:
    shape = rng.choices(
        ("none", "numbered", "lettered", "roman", "clause", "bullet", "kind"), (25, 30, 6, 5, 5, 20, 9)
    )[0]
    return rng.choice(_MARKERS[shape])


def _items_124(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-124 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_124``) and its
    jurisdiction (``LANDS_124``); how many item kinds (two to four for 0.3 of sites, else five to sixteen), in the
    table's order (0.5) or shuffled; how many sentences an item may print (up to one, two or three, each item
    drawing its own count, kept in the table's order); the headings: none (0.15), on their own part (0.4, followed
    by nothing, a stop, a colon or a dash) or run in before the first sentence (a colon, a stop or a dash), in the
    table's case, title case or capitals, sometimes wrapped (asterisks, brackets, tildes), a question preferred
    where the kind has one (0.15); the items' marker (numbered, zero-padded, lettered, roman, clause-numbered,
    "Rule n", bulleted, the kind's own symbol, or none), before the item's first part, or alone on the item's first
    part for some numbered sites; the sentences after a heading on their own part sometimes sub-pointed or
    sub-numbered (n.1, n.2); then ``_furnish``'s opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_124)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize(), "land": rng.choice(LANDS_124)}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(5, len(REWORDINGS_124))
    picked = rng.sample(range(len(REWORDINGS_124)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    draw = rng.random()
    place = "none" if draw < 0.15 else "own" if draw < 0.55 else "run"
    after = rng.choice(("", "", ".", ":", " –"))  # after a heading on its own part
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))  # between a run-in heading and its sentence
    case = rng.choice(("as", "as", "title", "caps"))
    wrap = rng.choice(("{}",) * 6 + ("**{}**", "[{}]", "~ {} ~", "*{}*"))
    questions = rng.random() < 0.15
    marker = _marker(rng)
    alone = marker in ("{n}", "{n:02d}", "{n:02d}.") and rng.random() < 0.4  # the number on a line of its own
    section = rng.randint(2, 12)
    numbered = marker in ("{n}.", "{n})", "{s}.{n}", "{s}.{n}.")
    sub = ""
    if place == "own" and rng.random() < 0.3:
        sub = "number" if numbered and rng.random() < 0.6 else rng.choice(("– ", "- ", "o ", "· ", "» "))

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_124[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        asks = heading[-1] in "?!"  # a question or an exclamation takes no stop or joint of its own
        heading = wrap.format(heading)
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        roman = _ROMAN[number - 1]
        letter = "abcdefghijklmnop"[number - 1]
        shown = (
            EMOJI_124[index]
            if marker == "kind"
            else marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)
        )
        if place == "own":
            head = heading if asks or wrap != "{}" else heading + after
            if sub == "number" and len(parts) > 1:
                stem = shown.rstrip(".)")
                parts = [f"{stem}.{k} {part}" for k, part in enumerate(parts, start=1)]
            elif sub and sub != "number" and len(parts) > 1:
                parts = [sub + part for part in parts]
        elif place == "run":
            head = ""
            parts[0] = heading + (" " if asks else joint) + parts[0]
        else:
            head = ""
        if shown:
            if alone:
                parts = [head, *parts] if head else parts
                head = shown
            elif head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_124],
        [fill(line) for line in POLICY_CLOSINGS_124],
        [fill(line) for line in POLICY_TITLES_124],
        AMERICAN_124,
    )
