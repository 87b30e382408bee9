"""The ``reworded-123`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ghanaian and Sierra Leonean English-language news, Pembrokeshire papers, Alaska bush-town weeklies,
rowing clubs, model-railway societies, renters' union forums, migraine support boards, lighthouse-keepers' heritage
groups.

Written blind: from how such sites word and print their posting rules, forum rules, reader-comment policies and
codes of conduct, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question), and five sentences, of which an item prints one to three, in this order.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_123``).
REWORDINGS_123 = (
    (  # civility
        (
            "Be respectful",
            "Respect other members",
            "Play the ball, not the player",
            "Is it civil?",
            "Courtesy costs nothing",
            "Disagree without being disagreeable",
        ),
        (
            "Debate the issues as hard as you like, but do not attack the people you are debating with.",
            "Personal insults, name-calling and mockery of other readers will see your {c} removed.",
            "Treat fellow members as you would at a club night: politely, even when you disagree.",
            "Many people here live with pain every day, so please be patient and kind in your {cs}.",
            "Sarcasm and point-scoring rarely help anyone; say what you mean and say it courteously.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Tribalism and discrimination",
            "Zero tolerance of bigotry",
            "What counts as hate?",
            "Equality and respect",
            "No tribal insults",
        ),
        (
            "{Cs} that attack people because of their tribe, ethnicity, religion, region or party will be deleted.",
            "We do not tolerate racism, sexism, homophobia or abuse aimed at anyone's disability.",
            "Ethnic and tribal slurs are not allowed, even when they are meant as a joke.",
            "Stirring up hatred against any group is against the law as well as against these rules.",
            "Abuse of incomers, visitors, Native communities or any other group has no place here.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep it private",
            "Can I name my landlord?",
            "Protect your details",
            "Don't share contact details",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, whether they are yours or anyone else's.",
            "Do not name individual landlords, letting agents or neighbours unless the matter is already public.",
            "Screenshots of private messages or emails must not be shared without the sender's permission.",
            "Think carefully before sharing details of your health, as this board can be read by anyone.",
            "We will remove any {c} that could identify a member who has chosen to stay anonymous.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable people",
            "Junior members",
            "Worried about someone?",
            "Keep young people safe",
        ),
        (
            "Do not post the names, photographs or schools of junior members without a parent's or guardian's consent.",
            "If you are feeling unsafe or thinking of harming yourself, please contact your GP, NHS 111 or the "
            "Samaritans on 116 123.",
            "Never identify a child involved in a court case or the victim of a sexual offence.",
            "Any {c} that raises a safeguarding concern will be passed to our welfare officer.",
            "Adults must not use private messages to contact junior members of the club.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my post appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "How we moderate",
            "Please be patient",
        ),
        (
            "Every {c} is read by a moderator before it appears, which may take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not appear until the next "
            "working day.",
            "Please do not send the same {c} more than once; it will appear once it has been approved.",
            "Our newsroom is two people, so approving {cs} can take a few days when we are on deadline.",
            "{Cs} containing links are held automatically until a moderator has checked them.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Off-topic posts",
            "Relevance",
            "Right board, right thread",
        ),
        (
            "Please keep your {cs} relevant to the story or thread you are replying to.",
            "General chat belongs in the Signal Box section, not on the technical boards.",
            "Off-topic {cs} may be moved or removed without notice.",
            "Party campaigning that has nothing to do with the article will not be published.",
            "Before starting a new thread, please search to see whether your question has already been answered.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and swapping",
            "Can I advertise?",
            "Commercial posts",
            "Links and promotion",
        ),
        (
            "Advertising, chain letters and money-making schemes are not allowed and will be removed.",
            "Items for sale or wanted may only be listed in the Sales and Wants section.",
            "Traders may post once a month in Traders' Corner but nowhere else on the forum.",
            "Links to betting sites, loan offers or miracle cures will be deleted and the account closed.",
            "Do not use your {cs} to promote a business, a product or a fundraising page.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "One account per person",
            "Usernames",
            "Who can take part?",
            "Registration",
        ),
        (
            "You must register with a valid email address before you can take part.",
            "Please use your real name, as you would when signing a letter to the editor.",
            "Each person may hold only one account, and duplicate accounts will be closed.",
            "Usernames that are offensive or that impersonate another person or organisation are not permitted.",
            "Do not share your login; you are responsible for everything sent from your account.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Defamation",
            "Stay within the law",
            "Could you be sued?",
            "Court cases",
            "Contempt of court",
        ),
        (
            "Do not make allegations against named people or businesses that you cannot prove.",
            "Do not discuss the evidence in cases that are before the courts.",
            "You are legally responsible for what you write, and we may be obliged to pass your details to the police.",
            "{Cs} that could prejudice a trial will not be published until the case has concluded.",
            "Do not encourage or describe criminal acts, including trespass on railway lines or closed lighthouse "
            "stations.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photographs and copyright",
            "Can I share an article?",
            "Other people's work",
            "Images",
        ),
        (
            "Only upload photographs you took yourself or have permission to use.",
            "Please do not paste whole articles from other websites; a short extract and a link are enough.",
            "By submitting a {c} or a photograph you grant us a licence to publish it online and in print.",
            "Pictures from the Trust's archive may not be reproduced without written permission.",
            "Credit the photographer whenever you share a picture that is not your own.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flagging",
            "Alert a moderator",
            "How do I report a post?",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it.",
            "Please report problems to the moderators rather than arguing about them in the thread.",
            "Reports are confidential, and the member you report will not be told who made them.",
            "You can also email the editor at the address at the foot of this page.",
            "Misusing the report button to settle arguments may itself lead to a warning.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The small print",
            "Our right to edit",
            "Moderators' decisions",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Publication of a {c} does not mean that we agree with it.",
            "Moderators' decisions are final and we will not enter into correspondence about them.",
            "The views expressed in {cs} are those of their authors and not of the club or its committee.",
            "We may close {cs} on any story at any time, particularly on court reports and deaths.",
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
            "If you think we have got something wrong, please email the newsroom instead of pointing it out here.",
            "Corrections are published promptly once we have checked the facts.",
            "News tips can be sent to the newsdesk by email or WhatsApp.",
            "Complaints about our journalism should go through our complaints procedure, not in the {cs}.",
            "We cannot reply to every tip, but every one is read by an editor.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Write clearly",
            "Which languages?",
            "No shouting",
            "Swearing",
        ),
        (
            "{Cs} in Welsh are welcome too, though they may take a little longer to moderate.",
            "Please do not write in capital letters, which reads as shouting.",
            "Swear words will be removed, even with some of their letters replaced by symbols.",
            "Write in full sentences and avoid text speak so that everyone can follow the discussion.",
            "Keep your {cs} short; very long ones may be trimmed.",
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
            "Members who break these rules will receive a warning, then a suspension, then a ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate and permanent ban.",
            "Banned members who return under a new name will be removed without notice.",
            "We keep a record of the warnings we issue, and the committee will hear any appeal against a ban.",
            "Club members who repeatedly break these rules may be referred to the committee under our disciplinary "
            "procedure.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Is this advice?",
            "Health information",
            "Take care",
        ),
        (
            "Nothing posted here is a substitute for advice from your doctor, pharmacist or headache specialist.",
            "Members are not lawyers; for advice on your tenancy, speak to a caseworker or to Citizens Advice.",
            "Do not share or recommend doses of prescription medicines.",
            "Never go out on the water on the strength of a {c} here; follow the club's safety rules and the "
            "duty coach's instructions.",
            "Many lighthouses and their grounds are private or unsafe, so check access before you visit.",
        ),
    ),
)


#: The site's word for what readers send: (singular, plural); "comment" three sites in four.
WORDS_123 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)


#: Titles, opening and closing lines such sites print with their rules (placeholders as above).
POLICY_TITLES_123 = (
    "{C} policy",
    "House Rules",
    "Forum rules",
    "Community Guidelines",
    "Rules for {cs}",
    "Terms of participation",
    "Code of Conduct",
    "Guidelines for readers' {cs}",
    "Forum Etiquette",
    "Our rules:",
)

POLICY_INTROS_123 = (
    "We welcome {cs} from readers, provided they keep to these rules.",
    "Please read the following before you submit a {c}.",
    "By taking part in this forum you agree to the rules below.",
    "These guidelines apply to every {c} on our website and our social media pages.",
    "Akwaaba! We want this to be a friendly place to discuss the news.",
    "The society's forum is for the exchange of information between members; please help us keep it friendly.",
)

POLICY_CLOSINGS_123 = (
    "Thank you for helping to keep this a friendly and useful forum.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules can be sent to the forum administrator.",
    "By submitting a {c} you agree to abide by these terms.",
    "Diolch / Thank you.",
    "Last updated March 2024.",
)


#: British spellings in the lists above and their American forms (a reworded-123 document prints one or the other).
AMERICAN_123 = {
    "neighbour": "neighbor",
    "organisation": "organization",
    "licence": "license",
    "offence": "offense",
}

#: Words title case leaves in lower case (but not first).
_SMALL_123 = {"a", "an", "and", "as", "at", "by", "for", "in", "my", "of", "on", "or", "the", "to", "with"}

#: Bullets these sites print, and sub-point marks for an item's later sentences.
_BULLETS_123 = ("•", "-", "*", "–", "·", "▪", "►", "✔", "👉")
_SUBPOINTS_123 = ("–", "-", "o", "◦", "»")


def _roman(number: int) -> str:
    values = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _SMALL_123 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker(style: str, shape: str, number: int) -> str:
    """The marker of the ``number``-th item (from 1) in a site's ``style`` and ``shape``."""
    if style == "numbered":
        return shape.format(n=number)
    if style == "lettered":
        letter = "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]
        return shape.format(n=letter.upper() if shape.startswith("U") else letter).removeprefix("U")
    if style == "roman":
        numeral = _roman(number)
        return shape.format(n=numeral.upper() if shape.startswith("U") else numeral).removeprefix("U")
    if style == "rule":
        return shape.format(n=number)
    if style == "clause":
        return f"{number}."
    return shape  # bulleted


def _items_123(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-123 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Draws the site's word (``comment`` 0.75, else one of ``WORDS_123``); two to four kinds (0.3) or five to sixteen,
    in the table's order (0.5) or shuffled; one to three sentences an item (0.5/0.35/0.15), in the table's order.
    Headings: none for the whole policy (0.15), else in the table's case, title case or capitals (0.6/0.25/0.15),
    on their own part (followed by nothing, a stop or a colon; a question keeps its mark) or run in before a colon,
    stop, en dash, hyphen or em dash. Markers: none (0.3), numbered ("1." "1)" "(1)" "1 -"), bulleted (symbols and
    an emoji), lettered, roman, "Rule n", or clause-numbered (the item "n.", its sentences "n.1" "n.2" ...), on the
    heading or on the first sentence; some bulleted or numbered sites sub-point an item's later sentences (0.25);
    a numbered site without headings may print its number as a part of its own (0.3). Opening, closing and title
    lines by ``_furnish``."""
    if rng.random() < 0.75:
        word, words = "comment", "comments"
    else:
        word, words = rng.choice(WORDS_123)
    fill = {"c": word, "cs": words, "C": word.capitalize(), "Cs": words.capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(5, len(REWORDINGS_123))
    if rng.random() < 0.5:
        chosen = [REWORDINGS_123[i] for i in sorted(rng.sample(range(len(REWORDINGS_123)), count))]
    else:
        chosen = rng.sample(REWORDINGS_123, count)

    bare = rng.random() < 0.15
    case = rng.choices(("table", "title", "upper"), (0.6, 0.25, 0.15))[0]
    run_in = rng.random() < 0.5
    after = rng.choice((": ", ". ", " – ", " - ", " — ")) if run_in else rng.choice(("", ".", ":"))
    style = rng.choices(
        ("none", "numbered", "bulleted", "lettered", "roman", "rule", "clause"), (0.3, 0.2, 0.2, 0.08, 0.07, 0.07, 0.08)
    )[0]
    shape = {
        "none": "",
        "numbered": rng.choice(("{n}.", "{n})", "({n})", "{n} -")),
        "bulleted": rng.choice(_BULLETS_123),
        "lettered": rng.choice(("{n})", "({n})", "U{n}.", "{n}.")),
        "roman": rng.choice(("{n}.", "({n})", "U{n}.", "{n})")),
        "rule": rng.choice(("Rule {n}:", "Rule {n}.", "Rule {n} –")),
        "clause": "",
    }[style]
    subpoint = rng.choice(_SUBPOINTS_123) if style in ("bulleted", "numbered") and rng.random() < 0.25 else ""
    lone_number = bare and style == "numbered" and rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        k = rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0]
        parts = [sentences[i].format(**fill) for i in sorted(rng.sample(range(len(sentences)), k))]
        if style == "clause":
            parts = [f"{number}.{i} {part}" for i, part in enumerate(parts, 1)]
        elif subpoint:
            parts = parts[:1] + [f"{subpoint} {part}" for part in parts[1:]]
        mark = _marker(style, shape, number) if style != "none" else ""
        if style == "clause" and bare:  # the clause numbers on the sentences are enough
            mark = ""
        heading = ""
        if not bare:
            heading = rng.choice(headings)
            heading = {"table": heading, "title": _title_case(heading), "upper": heading.upper()}[case]
        if lone_number:
            items.append((mark, *parts))
            continue
        if heading:
            if run_in:
                parts[0] = heading + (" " if heading.endswith("?") else after) + parts[0]
                heading = ""
            elif not heading.endswith("?"):
                heading += after
        if mark:
            if heading:
                heading = f"{mark} {heading}"
            else:
                parts[0] = f"{mark} {parts[0]}"
        items.append((heading, *parts))

    intros = [line.format(**fill) for line in POLICY_INTROS_123]
    closings = [line.format(**fill) for line in POLICY_CLOSINGS_123]
    titles = [line.format(**fill) for line in POLICY_TITLES_123]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_123)
