"""The ``reworded-155`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Ghanaian regional news, Anglesey community papers, Kansas wheat-belt weeklies, bowls clubs, harp
societies, Huntington's disease family forums, neighbourhood-watch boards and restored-lido friends' groups.

Written blind: from how such sites word and print their posting rules, house rules and community guidelines,
without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without their stop: a site picks the stop), and five sentences, each
#: with the site's word for what readers send as ``{c}``, ``{cs}``, ``{C}`` or ``{Cs}``. Written in British
#: spelling; a document may print it in American spelling (``AMERICAN_155``). No sentence says "comment" itself.
REWORDINGS_155 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Keep it civil",
            "Can I disagree with someone?",
            "Mind your manners",
        ),
        (
            "Disagree by all means, but do it politely and without name-calling.",
            "Personal attacks on other readers, our reporters or the people in a story will be removed.",
            "Treat fellow members as you would on the green: with good grace, win or lose.",
            "Sneering at, belittling or goading other users is not welcome here.",
            "Criticise the idea, not the person who posted it.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance of hatred",
            "What counts as hateful?",
            "Respect everyone",
        ),
        (
            "{Cs} that attack people because of their tribe, religion, region, sex, disability or sexuality will be"
            " deleted.",
            "We do not allow racist, sectarian, sexist or homophobic language of any kind.",
            "Mocking anyone's illness or disability, Huntington's disease included, will lead to an immediate ban.",
            "Stirring up ill feeling between villages, towns or communities is not acceptable.",
            "Hatred dressed up as a joke is still hatred, and it will be taken down.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect people's privacy",
            "Keep personal details private",
            "Can I name names?",
            "Personal information",
        ),
        (
            "Do not post anyone's address, phone number, email address or car registration.",
            "Never name a person you suspect of a crime; report your suspicions to the police instead.",
            "Please do not share another family's diagnosis, test result or story without their permission.",
            "Photographs of other swimmers must not be posted without their consent.",
            "Think twice before giving out your own personal details in a public {c}.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Children's safety",
            "Worried about someone?",
            "Keeping people safe",
        ),
        (
            "Do not post photographs of children taken at the pool or on the poolside without a parent's consent.",
            "Any {c} that puts a child or vulnerable adult at risk will be removed and may be passed to the"
            " authorities.",
            "If you believe someone is in immediate danger, contact the police or social services, not this page.",
            "Our safeguarding officer reviews every report concerning young or vulnerable members.",
            "Junior members' full names and schools must never be posted.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Waiting for approval",
            "Approval times",
        ),
        (
            "All {cs} are checked by a volunteer before they appear, so please be patient.",
            "Our moderators are volunteers and may take up to 48 hours to approve your {c}.",
            "{Cs} sent over the weekend or on a bank holiday will be looked at on the next working day.",
            "Sending the same {c} several times will not make it appear any faster.",
            "The newsroom moderates {cs} during office hours, Monday to Friday.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Is it on topic?",
            "One subject at a time",
        ),
        (
            "Please keep your {c} relevant to the story or thread you are replying to.",
            "Off-topic {cs} may be moved to the general board or deleted.",
            "This board is for local crime and safety matters only; lost pets and car boot sales belong elsewhere.",
            "Club business belongs at the AGM, not in the match reports.",
            "Party political arguments should be kept out of threads that are not about politics.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I promote my business?",
            "No touting",
            "Commercial posts",
        ),
        (
            "Advertising, chain letters and links to money-making schemes will be deleted without notice.",
            "Members may offer a harp for sale once, and in the classifieds section only.",
            "Promoting miracle cures, supplements or paid trials is strictly forbidden.",
            "Repeated links to the same website will be treated as spam.",
            "Businesses wishing to advertise should contact our sales team rather than use the {cs}.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Registration",
            "Who can post?",
            "One account per person",
            "Identity",
        ),
        (
            "{Cs} must carry your real first name and surname.",
            "Only registered members of the club may post on this board.",
            "Do not impersonate another person, a public official or a member of our staff.",
            "Each person may hold one account; duplicate accounts will be closed.",
            "Forum names are allowed, but the moderators must be able to reach you by email.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal matters",
            "Defamation and contempt",
            "Is it legal?",
            "The law",
        ),
        (
            "Do not post anything defamatory, that is, untrue and damaging to a person's reputation.",
            "Once someone has been charged, {cs} about their guilt may prejudice a trial and will be removed.",
            "You are legally responsible for what you post, and we may be required to pass your details to the courts.",
            "{Cs} that break the laws of Ghana will not be published.",
            "Do not name the victims of sexual offences, who are entitled to lifelong anonymity.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photographs and videos",
            "Can I share an article?",
            "Copying",
        ),
        (
            "Do not paste whole articles from other websites; a short quote and a link is enough.",
            "Only upload photographs you took yourself or have permission to use.",
            "Sheet music and arrangements are copyright and must not be shared as files.",
            "By posting, you allow us to publish your {c} in print as well as online.",
            "Please credit the photographer when sharing pictures of the lido.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Flagging",
            "Seen something wrong?",
            "How to report a {c}",
        ),
        (
            "Use the 'Report' link beneath any {c} you think breaks these rules.",
            "If something concerns you, email the moderators rather than replying to it.",
            "Every report is read, although we may not be able to tell you what action was taken.",
            "Please do not use the report button simply because you disagree with someone.",
            "Reports are dealt with in the order they arrive.",
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The moderators' say",
            "Who decides?",
            "Final word",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "The committee's decision on any {c} is final.",
            "We may close a thread at any time if the discussion turns sour.",
            "Publishing a {c} does not mean we agree with it.",
            "Moderators may remove {cs} that keep to the letter of these rules but not their spirit.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and omissions",
        ),
        (
            "If we have got something wrong, please email the newsdesk rather than leaving a {c}.",
            "Corrections are made as quickly as possible and noted at the foot of the story.",
            "Got news from your village? Send it to the editor with your name and a daytime phone number.",
            "Tips about harvest, elevator prices or storm damage can be phoned in to the office.",
            "Requests for a correction cannot be dealt with in the {cs} below.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "What language can I use?",
            "Clean language, please",
        ),
        (
            "No swearing, including swear words with letters replaced by asterisks.",
            "{Cs} are welcome in Welsh or English.",
            "{Cs} in Twi, Ga, Ewe or other local languages are welcome, but please add a short English summary.",
            "Avoid writing in capital letters, which reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read.",
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
            "Members who break these rules will receive a warning, then a temporary suspension, then a permanent ban.",
            "Serious breaches may lead to a ban without any warning.",
            "Anyone who is banned and rejoins under another name will be removed again.",
            "Repeated breaches may be referred to the club committee under the disciplinary procedure.",
            "Suspended users may appeal by emailing the moderators.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Your safety",
            "Can I give advice?",
            "Safety first",
            "Health information",
        ),
        (
            "Nothing posted here is a substitute for advice from your GP, neurologist or genetic counsellor.",
            "In an emergency, always call 999 first; this board is not watched around the clock.",
            "Do not arrange to confront suspected offenders yourself.",
            "Water temperatures and opening times posted by members may be out of date; check the notices at the gate.",
            "If you are struggling, the Samaritans can be reached free on 116 123, day or night.",
        ),
    ),
)


#: The same kinds' headings in Welsh, which a bilingual Anglesey page prints before the English one.
WELSH_155 = (
    "Parch",
    "Dim casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadw at y pwnc",
    "Dim hysbysebu",
    "Eich enw",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Penderfyniad y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion",
    "Cyngor",
)


#: Titles, opening and closing lines some sites print with such a policy (reworded-155 only).
POLICY_TITLES_155 = (
    "House Rules",
    "Posting guidelines",
    "Forum rules",
    "Community Guidelines",
    "{C} policy",
    "Rules for {cs}",
    "Board etiquette",
    "Before you post",
    "Guidelines for Members",
    "Our {c} rules",
    "Notice to readers",
    "Terms of participation",
)


POLICY_INTROS_155 = (
    "Please read the following before posting.",
    "We welcome {cs} from readers, subject to the rules below.",
    "This board is run by volunteers for the benefit of all members.",
    "By posting you agree to the following rules.",
    "Members are asked to observe the following.",
    "To keep this a friendly place for everyone, please follow these simple rules:",
)


POLICY_CLOSINGS_155 = (
    "Thank you for your co-operation.",
    "These rules may be updated from time to time.",
    "Questions about these guidelines can be sent to the moderators.",
    "Thank you for helping to keep this a friendly, supportive place.",
    "Approved by the committee.",
    "Diolch yn fawr.",
    "Thank you. Medaase.",
)


#: British spellings in the lists above and their American forms (a reworded-155 document prints one or the other).
AMERICAN_155 = {
    "criticise": "criticize",
    "counsellor": "counselor",
    "offences": "offenses",
    "co-operation": "cooperation",
    "neighbourhood": "neighborhood",
}


#: A site's word for what readers send when it is not "comment" (a quarter of sites).
WORDS_155 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_SMALL = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by", "with", "as", "not"}

#: Marker shapes: a function of the item's number (from 1) giving the text printed before it.
_MARKERS = (
    lambda n: f"{n}.",
    lambda n: f"{n})",
    lambda n: f"({n})",
    lambda n: f"{'abcdefghijklmnopqrstuvwxyz'[n - 1]})",
    lambda n: f"({'abcdefghijklmnopqrstuvwxyz'[n - 1]})",
    lambda n: f"{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n - 1]}.",
    lambda n: f"{_roman(n).lower()}.",
    lambda n: f"({_roman(n).lower()})",
    lambda n: f"{_roman(n)}.",
    lambda n: "\u2022",
    lambda n: "-",
    lambda n: "*",
    lambda n: "\u2013",
    lambda n: "\u25aa",
    lambda n: f"Rule {n}:",
    lambda n: f"Rule {n} \u2013",
)


def _roman(n: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _SMALL else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _items_155(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-155 policy: (heading, sentence, ...) per item ("" for no heading part), drawn so: the site's word
    ("comment" for three sites in four, else post, message, reply or contribution); two to four items (0.3) or six to
    sixteen, in the table's order (0.5) or drawn; one to three of the kind's sentences an item, as parts of their
    own or run into one (0.35); headings as written, in title case, capitals or lower case, none for the whole
    policy (0.15), on their own part with a stop, a colon or nothing after it, or run in before the first sentence
    with a colon, a stop or a dash; now and then a question-and-answer page (questions as "Q:", the first sentence
    as "A:"), Welsh headings before the English, or asterisk-bold headings; a marker of one of sixteen shapes, or
    none (0.3); then the title, opening and closing lines by ``_furnish``."""
    singular, plural = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_155)
    words = {"c": singular, "cs": plural, "C": singular.capitalize(), "Cs": plural.capitalize()}
    kinds = list(enumerate(REWORDINGS_155))
    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(6, 16)
    in_order = rng.random() < 0.5
    chosen = sorted(rng.sample(kinds, count)) if in_order else rng.sample(kinds, count)
    bare = rng.random() < 0.15
    case = rng.choice(("as", "as", "as", "title", "title", "upper", "lower"))
    own_part = rng.random() < 0.55
    stop = rng.choice(("", "", ".", ":")) if own_part else rng.choice((": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    faq = not bare and rng.random() < 0.08
    welsh = not bare and not faq and rng.random() < 0.08
    bold = not bare and own_part and rng.random() < 0.06
    run_together = rng.random() < 0.35
    marker = None if rng.random() < 0.3 else rng.choice(_MARKERS)
    items: list[tuple[str, ...]] = []
    for number, (kind, (headings, sentences)) in enumerate(chosen, start=1):
        picked = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), rng.choice((1, 1, 2, 2, 3))))]
        picked = [sentence.format(**words) for sentence in picked]
        if run_together:
            picked = [" ".join(picked)]
        heading = ""
        if not bare:
            heading = rng.choice([h for h in headings if h.endswith("?")] if faq else headings).format(**words)
            if case == "title":
                heading = _title_case(heading)
            elif case == "upper":
                heading = heading.upper()
            elif case == "lower":
                heading = heading.lower()
            if welsh:
                welsh_heading = WELSH_155[kind]
                heading = f"{welsh_heading.upper() if case == 'upper' else welsh_heading} / {heading}"
            if bold:
                heading = f"**{heading}**"
        if faq:
            heading = f"Q: {heading}"
            picked[0] = f"A: {picked[0]}"
        parts: list[str]
        if not heading:
            parts = ["", *picked]
        elif own_part or faq:
            if not faq and not heading.endswith(("?", "**")):
                heading += stop
            parts = [heading, *picked]
        else:
            joiner = " " if heading.endswith("?") else stop
            parts = ["", heading + joiner + picked[0], *picked[1:]]
        if marker is not None:
            at = 0 if parts[0] else 1
            parts[at] = f"{marker(number)} {parts[at]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        [line.format(**words) for line in POLICY_INTROS_155],
        [line.format(**words) for line in POLICY_CLOSINGS_155],
        [line.format(**words) for line in POLICY_TITLES_155],
        AMERICAN_155,
    )
