"""The ``reworded-172`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Saint Helena news, Isles of Scilly parish notices, New Hampshire mill-town weeklies, croquet clubs,
clock-restoration guilds, fibromyalgia forums, river-trust anglers' boards, lime-kiln heritage groups.

Written blind: from how sites of these kinds word and print their posting rules, house rules and notes for
contributors, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Held out (2026-12-05). Per item kind: heading choices (a question or two among them; a site adds its own stop,
#: case and marker) and five sentences, of which an item prints one to three. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}``
#: stand for the site's word for what readers send (comment, post, message, reply, contribution, submission).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_172``).
REWORDINGS_172 = (
    (  # civility
        (
            "Be courteous",
            "Courtesy to Other Members",
            "Play the ball, not the player",
            "Is it kind?",
            "Treat others as you would on the lawn",
            "Respect",
        ),
        (
            "Please be courteous to other members, even when you disagree with them.",
            "Disagree with the point being made if you must, but never attack the person who made it.",
            "Remember that the people you are replying to are neighbours, fellow members and volunteers giving up "
            "their own time.",
            "Sarcasm, belittling and point-scoring rarely read well in writing, so please think before you press send.",
            "Personal attacks, name-calling and goading of other readers will be removed without notice.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful Content",
            "What counts as hate?",
            "Zero tolerance for bigotry",
        ),
        (
            "We will not publish {cs} that attack people on the grounds of race, religion, sex, sexual orientation, "
            "disability or age.",
            "Racist, sexist, homophobic or otherwise bigoted remarks will lead to an immediate ban.",
            "Remarks that run down Saints, expats, incomers or any other group of people are not welcome either.",
            "Material that stirs up hatred may be a criminal offence, and we will help the police where it is.",
            "This applies equally to usernames, profile pictures and signatures.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep Personal Details Private",
            "Don't share other people's information",
            "Can I mention someone by name?",
            "Protect your privacy",
            "Personal information",
        ),
        (
            "Do not post anyone's home address, telephone number, email address or medical details, including your "
            "own.",
            "Photographs of people who can be recognised, and especially of children, should only be shared with "
            "their permission.",
            "Private messages are private: please do not copy them into a public thread without the sender's consent.",
            "If you mention a fellow member's health, circumstances or a job they are working on, make sure they are "
            "happy for you to do so.",
            "In a community as small as ours, a nickname or a description can identify someone as surely as a name.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and Vulnerable Adults",
            "Looking after one another",
            "Worried about someone?",
            "Welfare",
        ),
        (
            "If you are concerned that a child or vulnerable adult is at risk, contact the police or the safeguarding "
            "team rather than posting about it here.",
            "Members under 18 must have a parent's or guardian's permission to join.",
            "Any {c} that appears to put a child at risk will be removed and may be passed to the appropriate "
            "authorities.",
            "If a member's {c} suggests they may harm themselves, please tell the moderators at once; if anyone is in "
            "immediate danger, call the emergency services.",
            "The Club's Welfare Officer can be contacted in confidence through the Secretary.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Approval of {Cs}",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they are published, so there may be a delay.",
            "Our moderators are volunteers, and {cs} sent in the evening or at weekends may not appear until the next "
            "working day.",
            "{Cs} are checked during office hours, island time, which may be some hours ahead of or behind you.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "Please do not send the same {c} twice if it does not appear at once, as it is waiting in the queue.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the Subject",
            "Relevance",
            "What can I post about?",
            "One subject per thread",
        ),
        (
            "Please keep {cs} relevant to the notice or story they appear under.",
            "This board is for matters concerning the river, its fish and the Trust's work; general chat belongs in "
            "the Bankside Chat section.",
            "Threads that drift into national politics will be locked.",
            "Start a new thread for a new subject rather than adding it to an old one.",
            "Questions about a particular clock or movement should go in the Restoration Help section, with "
            "photographs if possible.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Adverts and Sales",
            "Spam",
            "Can I sell something here?",
            "Commercial posts",
            "Buying and selling",
        ),
        (
            "Advertising of goods or services is not allowed outside the For Sale & Wanted section.",
            "Members may mention their own restoration business once in their signature, but not in the body of "
            "their {cs}.",
            "{Cs} promoting cures, supplements or treatments for fibromyalgia will be removed, along with the account "
            "that sent them.",
            "Links posted only to draw visitors to another website will be treated as spam.",
            "Fundraising appeals, petitions and raffle notices need the committee's approval before they go up.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Accounts and Usernames",
            "Who are you?",
            "One account each",
            "Registration",
            "Do I have to give my name?",
        ),
        (
            "{Cs} must carry the sender's full name and the island they live on; we do not publish anonymous {cs}.",
            "Each member may hold only one account, and accounts may not be shared.",
            "Usernames that impersonate another person, the Club or the Guild will be changed or removed.",
            "You may use a pseudonym on the forum, but the moderators must be able to reach you at a working email "
            "address.",
            "Letters and {cs} for the print edition must include a name, town and daytime telephone number, which we "
            "use only to check them.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Defamation",
            "Keep It Legal",
            "Is it libel?",
            "Court cases",
            "Legal responsibility",
        ),
        (
            "You are legally responsible for what you post, and defamatory {cs} can lead to action against you "
            "personally.",
            "Do not state as fact anything you cannot prove, particularly about named people or businesses.",
            "Please do not discuss cases that are before the Magistrates' Court or the Supreme Court, as doing so may "
            "amount to contempt.",
            "We will disclose a user's details to the police or the courts when the law requires us to.",
            "{Cs} encouraging poaching, unlicensed fishing or any other offence will be removed and may be reported "
            "to the Environment Agency.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and Copyright",
            "Using other people's work",
            "May I post a photo I found online?",
            "Credit where it's due",
        ),
        (
            "Only post photographs you have taken yourself, or have the photographer's permission to use.",
            "Please do not copy whole newspaper articles; a short quotation and a link is fine.",
            "Scans of service manuals and trade catalogues may still be in copyright, so check before you upload them.",
            "By posting a picture you give the Group permission to use it in its newsletter and displays, with credit "
            "to you.",
            "Material from the Trust's own website may be shared with a credit and a link back.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report a {C}",
            "Seen something wrong?",
            "How to report",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "You can also email the moderators; please include a link to the {c} and say what the problem is.",
            "Reports are confidential, and the member reported will not be told who made the report.",
            "Please do not argue with rule-breakers in the thread, as it only makes the moderators' job harder.",
            "Reports are usually looked at within a day, but we are a small team and it may take longer.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editorial Discretion",
            "Editing and removal",
            "Right to remove",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "The moderators' decisions are final, and we will not enter into correspondence about individual {cs}.",
            "We may remove a {c} that breaks none of these rules if we believe it harms the Club or its members.",
            "Publication of a {c} does not mean that the Council or its officers agree with it.",
            "{Cs} may be trimmed for length or to take out anything that could be libellous.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News Tips",
            "Got a story?",
            "Errors and updates",
        ),
        (
            "If you think we have got something wrong, please email the newsroom instead of posting a correction as a "
            "{c}.",
            "Errors of fact are corrected in the next edition and noted in the online version.",
            "News tips, photographs and notices of events are always welcome at the office or by email.",
            "If a parish notice contains an error, please contact the Clerk so that it can be amended.",
            "Please tell the organiser directly if the date or time of an event is wrong, rather than using the {cs}.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind Your Language",
            "Swearing",
            "Keep it family-friendly",
            "Write clearly",
            "What language should I use?",
        ),
        (
            "Bad language, including words disguised with asterisks or symbols, is not permitted.",
            "Please write in English so that all members and the moderators can follow the discussion.",
            "Avoid writing in capital letters; it reads as shouting and is hard on tired eyes.",
            "Many of our readers are young, so keep your language suitable for the whole family.",
            "Please spell out abbreviations the first time you use them, since not every member knows the jargon of "
            "the trade.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Consequences",
            "Breaking the Rules",
            "What happens if I break a rule?",
            "Suspensions",
            "Three strikes",
        ),
        (
            "Members who break these rules will normally receive a warning before any further action is taken.",
            "A second breach may result in a suspension of up to thirty days, and a third in a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban without warning.",
            "Anyone who returns under a new name after being banned will be removed again, along with all of their "
            "{cs}.",
            "Club members banned from the forum may also be referred to the committee under the disciplinary "
            "procedure.",
        ),
    ),
    (  # safety and advice
        (
            "Advice and safety",
            "Use advice at your own risk",
            "Safety First",
            "Advice given here",
            "Should I try what others recommend?",
            "Take care on site",
        ),
        (
            "Members share their own experience here, which is not medical advice; always talk to your GP or "
            "specialist before changing any treatment.",
            "Never stop or change prescribed medication because of something you have read on this forum.",
            "Old clocks may contain mercury, radium paint or powerful mainsprings, so do not attempt work you are not "
            "equipped for.",
            "Kiln sites can be unstable and many are on private land, so please do not visit without permission and "
            "never climb on the structures.",
            "River levels can rise quickly after rain; check the conditions before you go and wade with care.",
        ),
    ),
    (  # elections
        (
            "Elections",
            "Election periods",
            "Campaigning",
            "Can candidates post?",
            "Political Posts",
        ),
        (
            "Letters endorsing candidates for Town Meeting must reach us by noon on the Friday before the vote.",
            "In the weeks before an election, {cs} endorsing candidates will appear only as paid advertisements.",
            "Candidates may not use the parish notices to campaign, though they may post the times of public meetings.",
            "The Club is not a political body, and {cs} campaigning for parties or causes will be removed.",
            "Councillors and Council officers post in a personal capacity unless they say otherwise.",
        ),
    ),
)


POLICY_TITLES_172 = (
    "Forum Rules",
    "Posting guidelines",
    "Rules for {Cs}",
    "Community Guidelines",
    "House rules",
    "Notice Board Rules",
    "Guidelines for contributors",
    "Comment Policy",
    "Before You Post",
    "Message Board Terms of Use",
    "Members' Forum – Code of Conduct",
    "Letters and online {cs}: our policy",
)


POLICY_INTROS_172 = (
    "Our forum is a friendly place, and these few rules help keep it that way.",
    "Please read the following before sending a {c}.",
    "The Council welcomes {cs} on parish notices, subject to the guidelines below.",
    "All members are asked to follow these guidelines, as agreed by the committee.",
    "We welcome readers' {cs} on our stories, within the following rules.",
    "By registering, you agree to abide by the rules set out here.",
    "These guidelines apply to everything posted on the Guild's website and discussion board.",
)


POLICY_CLOSINGS_172 = (
    "Thank you for helping to keep this a supportive place.",
    "Questions about these rules may be sent to the Hon. Secretary.",
    "Tight lines, and thank you for reading.",
    "These guidelines were last reviewed by the committee in March 2025.",
    "The moderators may amend these rules at any time.",
    "— The Editor",
    "Gentle hugs, the Admin Team",
    "Issued by the Clerk to the Parish Council.",
)


#: British spellings in the lists above and their American forms (a reworded-172 document prints one or the other).
AMERICAN_172 = {
    "neighbours": "neighbors",
    "recognised": "recognized",
    "offence": "offense",
    "libellous": "libelous",
    "organiser": "organizer",
}


#: The site's word for what readers send: (singular, plural).
WORDS_172 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

_SMALL = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _roman(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _marker(style: str, n: int) -> str:
    """The mark a site prints before its ``n``-th item (1-based), space included; "" for none."""
    if style == "none":
        return ""
    if style.startswith("bullet"):
        return style[len("bullet") :] + " "
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    forms = {
        "num.": f"{n}.",
        "num)": f"{n})",
        "(num)": f"({n})",
        "num-": f"{n} –",
        "rule:": f"Rule {n}:",
        "rule-": f"Rule {n} –",
        "let)": f"{letter})",
        "(let)": f"({letter})",
        "LET.": f"{letter.upper()}.",
        "rom.": f"{_roman(n)}.",
        "(rom)": f"({_roman(n)})",
        "ROM.": f"{_roman(n).upper()}.",
    }
    return forms[style] + " "


def _items_172(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-172 policy: (heading, sentence, ...) per item, other lines as ("", line), a title as (title, "").

    A site draws its word for what readers send (a quarter never say "comment", and print nothing that does); how
    many item kinds (two to five, or six to all), in the table's order or shuffled; one sentence an item, or one to
    three; its headings (none, on their own part or run in, in one case; now and then asked and answered); the
    markers it prints before its items, and a few other habits of print; then ``_furnish`` adds the lines around."""
    never_comment = rng.random() < 0.25
    if never_comment or rng.random() < 0.15:
        single, plural = rng.choice(WORDS_172)
    else:
        single, plural = "comment", "comments"
    words = {"c": single, "cs": plural, "C": single.capitalize(), "Cs": plural.capitalize()}

    def fill(choices: tuple[str, ...]) -> list[str]:
        filled = [text.format(**words) for text in choices]
        return [text for text in filled if not (never_comment and _says_comment(text))]

    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_172))
    picked = rng.sample(range(len(REWORDINGS_172)), count)
    if rng.random() < 0.5:
        picked.sort()
    terse = rng.random() < 0.35  # one sentence an item

    heads = rng.choices(("own", "run", "none", "qa"), (0.5, 0.28, 0.12, 0.1))[0]
    case = rng.choices(("as", "upper", "title", "sentence"), (0.55, 0.15, 0.15, 0.15))[0]
    stop = rng.choice(("", "", ".", ":"))
    run_sep = rng.choice((": ", ". ", " — ", " – ", " - "))
    qa_marks = rng.random() < 0.5
    style = rng.choices(
        (
            "none",
            "num.",
            "num)",
            "(num)",
            "num-",
            "rule:",
            "rule-",
            "let)",
            "(let)",
            "LET.",
            "rom.",
            "(rom)",
            "ROM.",
            "bullet•",
            "bullet-",
            "bullet*",
            "bullet–",
            "bullet·",
            "bullet▪",
        ),
        (6, 5, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1),
    )[0]
    numbered = style.startswith(("num", "(num"))
    clauses = numbered and heads == "own" and rng.random() < 0.3  # "4. Conduct" then "4.1 ...", "4.2 ..."
    section = rng.randint(2, 12) if numbered and not clauses and rng.random() < 0.2 else 0  # "7.1", "7.2" ...
    mark_alone = style != "none" and not style.startswith("bullet") and rng.random() < 0.1
    sub_bullets = heads == "own" and not clauses and rng.random() < 0.2  # each sentence bulleted under its heading
    sub_bullet = rng.choice(("•", "-", "o", "–"))
    no_stops = (style.startswith("bullet") or style == "none") and rng.random() < 0.2
    separator = rng.choice(("* * *", "———", "~ ~ ~")) if rng.random() < 0.06 else ""

    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, sentences = REWORDINGS_172[index]
        heading_choices = fill(headings)
        sentence_choices = fill(sentences)
        if not sentence_choices:
            continue
        if heads == "qa":
            heading_choices = [heading for heading in heading_choices if heading.endswith("?")] or heading_choices
        k = 1 if terse else rng.choice((1, 1, 2, 2, 3))
        chosen = rng.sample(sentence_choices, min(k, len(sentence_choices)))
        if rng.random() < 0.6:
            chosen.sort(key=sentence_choices.index)
        if no_stops:
            chosen = [sentence.removesuffix(".") for sentence in chosen]
        heading = ""
        if heads != "none" and heading_choices and rng.random() > 0.05:
            heading = rng.choice(heading_choices)
            if case == "upper":
                heading = heading.upper()
            elif case == "title":
                heading = _title_case(heading)
            elif case == "sentence":
                heading = " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
                heading = heading[:1].upper() + heading[1:]
        mark = _marker(style, n)
        if section:
            mark = f"{section}.{n} "
        if sub_bullets and heading:
            chosen = [f"{sub_bullet} {sentence}" for sentence in chosen]
        elif clauses:
            chosen = [f"{n}.{j} {sentence}" for j, sentence in enumerate(chosen, 1)]
        if heads == "qa" and heading:
            if qa_marks:
                heading, chosen[0] = f"Q: {heading}", f"A: {chosen[0]}"
            parts = [heading, *chosen]
        elif heads == "run" and heading:
            sep = " " if heading.endswith("?") and run_sep in (": ", ". ") else run_sep
            parts = ["", heading + sep + chosen[0], *chosen[1:]]
        elif heading:
            parts = [heading if heading.endswith("?") else heading + stop, *chosen]
        else:
            parts = ["", *chosen]
        if mark and mark_alone:
            items.append((mark.strip(), ""))
        elif mark:
            first = 0 if parts[0] else 1
            parts[first] = mark + parts[first]
        items.append(tuple(parts))
        if separator and n < len(picked):
            items.append(("", separator))

    return _furnish(
        items, rng, fill(POLICY_INTROS_172), fill(POLICY_CLOSINGS_172), fill(POLICY_TITLES_172), AMERICAN_172
    )
