"""The ``reworded-129`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Nigerian and Gambian English-language news, Yorkshire Dales papers, Minnesota lake-country weeklies,
chess clubs, embroiderers' guilds, residents' associations, cancer survivors' forums, narrow-gauge railway societies.

Written blind: from how such sites word and print their posting rules, forum rules, house rules, members' codes of
conduct and community guidelines, without reading the cleaner's code, its docs or reports, nor the other families'
sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (as written, a question or two among them, printed without a stop unless the
#: heading is a question), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_129``).
REWORDINGS_129 = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Play the ball, not the player",
            "Courtesy costs nothing",
            "Can I disagree with someone?",
            "Keep it friendly",
        ),
        (
            "Disagree by all means, but do it courteously.",
            "Personal attacks on other members, contributors or the people in our stories will be removed.",
            "Treat everyone here as you would a fellow member across the table on club night.",
            "Sarcasm and name-calling rarely win an argument and often end one badly.",
            "Please remember there is a real person behind every {c} you read.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Tribal, ethnic and religious incitement",
            "No bigotry of any kind",
            "What counts as hate speech?",
            "Respect for all communities",
        ),
        (
            "{Cs} that attack people for their tribe, ethnicity, religion, sex, disability or sexuality will be"
            " deleted without notice.",
            "Do not post anything likely to stir up ethnic or religious tension.",
            "Slurs, stereotypes and 'jokes' aimed at any group are not acceptable here.",
            "Hate speech may also be an offence, and we will cooperate with the authorities where it is.",
            "Criticising a government or a faith leader is allowed; insulting a whole people is not.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Don't share personal details",
            "Can I name my neighbour?",
            "Keep private matters private",
        ),
        (
            "Never post anyone's phone number, home address, email or car registration, including your own.",
            "Please do not name neighbours, children or members of staff in a {c} about a dispute.",
            "Photographs of people taken without their knowledge will be removed.",
            "What is shared in the members' area stays in the members' area; do not copy it elsewhere.",
            "If you would not say it to their face at the village hall, do not say it about them here.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Junior members",
            "Is someone at risk?",
            "Keeping everyone safe",
        ),
        (
            "Do not post photographs of junior members without written consent from a parent or guardian.",
            "Our junior section is run under the club's safeguarding policy, and the welfare officer can be"
            " contacted in confidence.",
            "If you are worried that someone is in danger, contact the emergency services first and then let us know.",
            "Never ask a young member for their contact details or invite them to talk privately.",
            "Any {c} that raises a safeguarding concern will be passed to the designated safeguarding lead.",
        ),
    ),
    (  # moderation delays
        (
            "Why hasn't my {c} appeared?",
            "Moderation",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent late at night or at weekends may wait until the next day.",
            "The first few {cs} from a new member are held for approval.",
            "Sending the same {c} again will not speed things up and may see it treated as spam.",
            "The newsroom is small and {cs} are checked during office hours, Monday to Friday.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Is this the right thread?",
            "Relevance",
        ),
        (
            "Keep your {c} to the subject of the article or thread it sits under.",
            "Political arguments belong in the politics threads, not under a report of the junior rapidplay.",
            "Off-topic {cs} may be moved to the general discussion board or removed.",
            "Please start a new thread for a new subject rather than adding it to an old one.",
            "Reviving threads that have been quiet for more than a year is discouraged.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "Links",
            "Sales and wants",
        ),
        (
            "Do not use {cs} to advertise goods, services, events or websites.",
            "Members may list items for sale only in the Sales and Wants section.",
            "Links to money-making schemes, loan offers and 'work from home' sites will be removed and the account"
            " closed.",
            "Fundraising appeals and petitions need the prior agreement of the committee.",
            "A single link to a relevant source is fine; a {c} that is mostly links is not.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Use your real name",
            "One account each",
            "Who can post here?",
            "Registration",
            "Impersonation",
        ),
        (
            "Please register using your real name; display names should match the membership list.",
            "Each person may have one account only, and accounts may not be shared.",
            "Pretending to be another person, a public figure or a member of staff will lead to an immediate ban.",
            "You are responsible for everything sent from your account.",
            "Only members whose subscriptions are up to date may post in the members' forums.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Contempt of court",
            "Could it get us sued?",
        ),
        (
            "Do not make allegations you cannot prove about anyone; both you and we can be sued for libel.",
            "Do not discuss court cases that are still in progress or speculate about anyone's guilt.",
            "{Cs} that break the Cybercrimes Act or any other law will be removed and may be reported to the police.",
            "Never identify the victim of a sexual offence, or a child involved in court proceedings.",
            "You are legally responsible for what you post, and we may be required to give your details to the"
            " authorities.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Credit the designer",
            "Photographs and patterns",
            "Whose work is it?",
            "Sharing other people's work",
        ),
        (
            "Do not post other people's photographs, articles or charts without their permission.",
            "Copying a commercial pattern or chart into a {c}, even for a friend, is a breach of copyright.",
            "When you share a photo of your own stitching from a kit, please name the designer.",
            "Quote a short passage and link to the rest rather than pasting a whole article.",
            "By posting a photograph you confirm you took it and allow the society to use it in the magazine, with"
            " credit.",
        ),
    ),
    (  # reporting
        (
            "Reporting a {c}",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Use the report button",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Please do not feed the trolls; report them and let the moderators deal with it.",
            "Reports are anonymous, and the member you report will not be told who made it.",
            "For anything urgent, email the moderators at the address at the foot of this page.",
            "Reporting a {c} simply because you disagree with it wastes everyone's time.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' role",
            "Moderators have the final say",
            "Can I appeal?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Moderators' decisions are final and will not be debated in public threads.",
            "If you think a {c} was removed in error, write to the moderators privately and they will review it.",
            "We may close any thread to further {cs} at any time.",
            "Publication of a {c} does not mean the paper agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Tell the newsroom",
        ),
        (
            "If you believe we have got something wrong, please email the editor rather than sending a {c}.",
            "We correct errors promptly, and corrections are published in print and online.",
            "Have a news tip or a story from your village? Contact the newsroom directly.",
            "We follow the Editors' Code of Practice, and complaints can be made to IPSO.",
            "Reporters do not watch every thread, so send news tips to the news desk by email or WhatsApp.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Write in English, please",
            "Capitals and text-speak",
            "Can I swear?",
        ),
        (
            "Swearing, including words with letters replaced by symbols, is not allowed.",
            "Please write in English so that all members and moderators can follow the discussion.",
            "Typing in capitals is the online equivalent of shouting.",
            "Please avoid text-speak and heavy abbreviations; not every reader will follow them.",
            "Crude or sexually explicit language will be removed.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Consequences",
        ),
        (
            "Members who break these rules will first receive a warning by private message.",
            "Repeated breaches will lead to suspension and, in the end, to a permanent ban.",
            "Serious breaches, such as threats or hate speech, will result in an immediate ban without warning.",
            "Banned members who re-register under another name will be removed again.",
            "Membership of the society may be withdrawn by the committee in line with its constitution.",
        ),
    ),
    (  # health advice
        (
            "Medical advice",
            "Not a substitute for your doctor",
            "Health information",
            "Is this advice?",
            "Looking after yourself",
        ),
        (
            "Members share their own experiences, but nothing here is medical advice; always speak to your"
            " oncologist or specialist nurse.",
            "Please do not promote unproven cures, or urge others to stop their treatment.",
            "If you are having thoughts of harming yourself, call the Samaritans on 116 123 or your local crisis line.",
            "Everyone's diagnosis and treatment are different, so please do not tell others what their outcome will be.",
            "Advice given by members is offered in good faith, and the forum accepts no liability for it.",
        ),
    ),
    (  # lineside safety
        (
            "Lineside safety",
            "Stay safe on the railway",
            "Photography",
            "Can I walk the line?",
            "Trespass",
        ),
        (
            "Never trespass on the railway to take a photograph; the line is private property and trains can run at"
            " any time.",
            "Photographs taken from the track, the footplate without permission or inside the works will not be"
            " published.",
            "Do not post the times and places of engineering trains or works in progress.",
            "Lineside passes are issued by the society, and photographers must carry one and wear high-visibility"
            " clothing.",
            "Please report any damage to fences or level crossings to the station staff, not on the forum.",
        ),
    ),
    (  # fair play
        (
            "Fair play",
            "Games in progress",
            "Cheating allegations",
            "Can I post a game?",
            "Results and pairings",
        ),
        (
            "Do not ask for or give analysis of a game that is still being played.",
            "Allegations of cheating against a named player must go to the arbiter, not into a public thread.",
            "You are welcome to post your own games, but please ask your opponent before sharing theirs.",
            "Disputes over results are settled by the match captain and the league secretary, not on the forum.",
            "Grading and pairing queries should be sent to the controller by email.",
        ),
    ),
)


#: Titles a site prints above its rules, opening and closing lines around them (reworded-129 only).
POLICY_TITLES_129 = (
    "{C} policy",
    "House rules",
    "Forum rules",
    "Community guidelines",
    "Posting guidelines",
    "Rules of the forum",
    "Guidelines for {cs}",
    "Our {c} rules",
    "Members' code of conduct",
    "Message board etiquette",
    "Before you post",
)


POLICY_INTROS_129 = (
    "We welcome {cs} from readers, but please read the following before you post.",
    "This forum is for members and friends of the society. Please follow these rules.",
    "To keep this a friendly and supportive place, we ask everyone to follow a few simple rules.",
    "By posting you agree to the guidelines below.",
    "Readers' {cs} are part of what makes this paper. Here are the ground rules.",
)


POLICY_CLOSINGS_129 = (
    "Thank you for helping to keep the discussion civil.",
    "These rules may be updated from time to time; the current version is always on this page.",
    "Questions about these guidelines can be sent to the moderators.",
    "Full terms and conditions are available on our website.",
    "Approved by the committee and reviewed every year at the AGM.",
    "Thank you, and enjoy the forum.",
)


#: British spellings in the lists above and their American forms (a reworded-129 document prints one or the other).
AMERICAN_129 = {
    "offence": "offense",
    "neighbour": "neighbor",
    "criticising": "criticizing",
}


#: The site's word for what readers send: (c, cs); "comment" three sites in four.
WORDS_129 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)


_MINOR = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}
_TENS = ("", "x")
_UNITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
_ROMAN = tuple(_TENS[n // 10] + _UNITS[n % 10] for n in range(1, 19))


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (index and word in _MINOR) else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _marker(style: str, n: int, section: int) -> str:
    """The marker printed before item ``n`` (from 1) in the site's ``style``; "" for none."""
    letter = "abcdefghijklmnopqr"[n - 1]
    roman = _ROMAN[n - 1]
    return {
        "none": "",
        "1.": f"{n}.",
        "1)": f"{n})",
        "(1)": f"({n})",
        "a)": f"{letter})",
        "(a)": f"({letter})",
        "A.": f"{letter.upper()}.",
        "i.": f"{roman}.",
        "(i)": f"({roman})",
        "I.": f"{roman.upper()}.",
        "clause": f"{section}.{n}",
        "rule": f"Rule {n}:",
        "•": "•",
        "-": "-",
        "*": "*",
        "–": "–",
        "■": "■",
        "►": "►",
        "✅": "✅",
    }[style]


_STYLES = (
    ("none", 6),
    ("1.", 6),
    ("1)", 2),
    ("(1)", 1),
    ("a)", 1),
    ("(a)", 1),
    ("A.", 1),
    ("i.", 1),
    ("(i)", 1),
    ("I.", 1),
    ("clause", 1),
    ("rule", 1),
    ("•", 4),
    ("-", 2),
    ("*", 1),
    ("–", 1),
    ("■", 1),
    ("►", 1),
    ("✅", 1),
)


def _items_129(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-129 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" 0.75, else post, message, reply, contribution or
    posting); two to four kinds (0.3) or six to all eighteen, in the table's order (0.5) or shuffled; at most one,
    two or three sentences an item (each item one to that many, in the table's order), as parts of their own or
    joined into one part (0.5); headings none (0.15), on their own part (with a stop, a colon or nothing), run in
    before a colon, a stop or a dash, in square brackets, in Markdown bold, or as "Q:" and "A:" (question headings
    preferred); in the table's case, title case (0.25), capitals (0.15) or lower case (0.05); markers from
    ``_STYLES`` (numbers, letters, roman numerals, clause numbers, "Rule n:", bullets and symbols, or none), the
    marker sometimes on a part of its own (0.1 of marked sites); then opening, closing and title lines by
    ``_furnish``."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_129)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, len(REWORDINGS_129))
    chosen = rng.sample(range(len(REWORDINGS_129)), count)
    if rng.random() < 0.5:
        chosen.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.5
    heading_how = rng.choices(("none", "own", "run-in", "bracket", "bold", "faq"), weights=(15, 35, 35, 5, 5, 5))[0]
    own_stop = rng.choice(("", "", ".", ":"))
    run_in = rng.choice((": ", ": ", ". ", " - ", " – ", " — "))
    case = rng.choices(("table", "title", "upper", "lower"), weights=(55, 25, 15, 5))[0]
    style = rng.choices([name for name, _ in _STYLES], weights=[weight for _, weight in _STYLES])[0]
    marker_alone = style != "none" and rng.random() < 0.1
    section = rng.randint(2, 9)
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_129[kind]
        if heading_how == "faq":
            questions = [heading for heading in headings if heading.endswith("?")]
            heading = rng.choice(questions or headings)
        else:
            heading = rng.choice(headings)
        heading = heading.format(**words)
        if case == "title":
            heading = _title_case(heading)
        elif case == "upper":
            heading = heading.upper()
        elif case == "lower":
            heading = heading.lower()
        picked = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        said = [sentences[index].format(**words) for index in picked]
        if joined:
            said = [" ".join(said)]
        if heading_how == "none":
            parts = ["", *said]
        elif heading_how == "own":
            parts = [heading if heading.endswith("?") else heading + own_stop, *said]
        elif heading_how == "run-in":
            sep = " " if heading.endswith("?") else run_in
            parts = ["", heading + sep + said[0], *said[1:]]
        elif heading_how == "bracket":
            parts = [f"[{heading}]", *said]
        elif heading_how == "bold":
            parts = [f"**{heading}**", *said]
        else:  # faq
            parts = [f"Q: {heading}", "A: " + said[0], *said[1:]]
        mark = _marker(style, n, section)
        if mark and marker_alone:
            parts = [mark, *[part for part in parts if part]]
        elif mark:
            first = next(index for index, part in enumerate(parts) if part)
            parts[first] = f"{mark} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line.format(**words) for line in POLICY_INTROS_129],
        [line.format(**words) for line in POLICY_CLOSINGS_129],
        [line.format(**words) for line in POLICY_TITLES_129],
        AMERICAN_129,
    )
