"""The ``reworded-136`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Maldivian and Mauritian English-language news, Suffolk coast papers, Alabama Black Belt weeklies,
triathlon clubs, woodcarving guilds, tenants' and residents' associations, fibromyalgia forums, heritage-tramway
societies.

Written blind: from how such sites word and print their reader guidelines, group rules, forum rules and codes of
conduct, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (printed without a stop; a question keeps its mark) and five sentences, each
#: one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send. Written in
#: British spelling; a document may print it in American spelling (``AMERICAN_136``).
REWORDINGS_136 = (
    (  # civility
        (
            "Be civil",
            "Respect other members",
            "Courtesy costs nothing",
            "Play the ball, not the player",
            "Can I disagree with someone?",
            "Be kind",
        ),
        (
            "Disagree by all means, but do it politely and without personal remarks.",
            "Name-calling, sneering and goading other readers will see your {c} removed.",
            "Treat fellow members as you would if you were sat across the table from them at a meeting.",
            "Challenge what someone has said, never who they are.",
            "Sarcasm and point-scoring rarely help anybody, so please leave them at the door.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance",
            "Equality and respect",
            "What counts as hateful?",
        ),
        (
            "{Cs} that attack people for their race, religion, nationality, gender, sexuality, age or disability "
            "will be removed without warning.",
            "We do not tolerate racism, sectarianism, sexism or homophobia in any form.",
            "Stereotyping whole communities, whether migrant workers, tourists or newcomers to the town, is not "
            "acceptable here.",
            "Slurs are not allowed, even when partly starred out or spelt differently.",
            "Jokes at the expense of a group of people count as hate speech under these rules.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Keep personal details private",
            "Don't share addresses",
            "Respect people's privacy",
            "Can I name my neighbour?",
        ),
        (
            "Do not post anyone's home address, flat number, phone number or email address, including your own.",
            "Please do not name or photograph neighbours, housing officers or contractors in a {c}.",
            "Screenshots of private messages must not be shared without the sender's permission.",
            "Health information that members share in this group stays in this group.",
            "Anything you post here is public and may be found by search engines, so think before you share.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable people",
            "Junior members",
            "Keeping everyone safe",
            "Are you in crisis?",
            "Worried about someone?",
        ),
        (
            "Never identify a child, a victim of a sexual offence or anyone in care, even indirectly.",
            "Photos of junior members may only be posted with a parent's written consent.",
            "If you are having thoughts of harming yourself, please contact your doctor or the Samaritans on "
            "116 123 straight away.",
            "Concerns about the welfare of a junior member should go to the club welfare officer, not onto this page.",
            "Do not arrange to meet anyone you know only from the internet without telling someone you trust.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "Why hasn't my {c} appeared?",
            "Waiting for approval",
            "How long will it take?",
            "Our moderators",
        ),
        (
            "All {cs} are read by a moderator before they are published, which can take up to 48 hours.",
            "Our moderators are volunteers, so please be patient, particularly at weekends and on public holidays.",
            "{Cs} sent after 5pm may not appear until the following working day.",
            "New members' first few {cs} are held for approval; after that they appear straight away.",
            "If your {c} has not appeared after two days, it has probably been declined and you are welcome to "
            "rewrite it.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Stick to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
        ),
        (
            "Please keep your {cs} to the subject of the story or thread you are replying to.",
            "Off-topic {cs} may be moved to the general section or deleted.",
            "Questions about kit, entries or race results belong in the relevant section, not in the main thread.",
            "This page is for association business; individual repairs should be reported to the landlord in the "
            "usual way.",
            "Threads that drift too far from the original question will be locked.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and advertising",
            "Commercial {cs}",
            "Can I sell my work here?",
        ),
        (
            "Advertising, sales pitches and links to commercial websites are not permitted without the committee's "
            "agreement.",
            "Members may mention carvings they have for sale once a month, in the marketplace thread only.",
            "Chain letters, fundraising appeals and pyramid schemes will be deleted.",
            "Promoting supplements, miracle cures or paid treatments is strictly forbidden.",
            "{Cs} that are mostly links will be treated as spam and removed.",
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "One account each",
            "Usernames",
            "Who can join?",
            "Do I have to use my real name?",
        ),
        (
            "Please write under your real name; anonymous {cs} will not be approved.",
            "Each person may hold only one account, and shared or duplicate accounts will be closed.",
            "Usernames that are offensive or impersonate another person will be changed or removed.",
            "Only residents of the estate and paid-up members of the association may join this group.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Legal",
            "Defamation",
            "Contempt of court",
            "Could I be sued?",
        ),
        (
            "Do not accuse named people of crimes or wrongdoing that have not been proven in court.",
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you "
            "personally.",
            "Please do not discuss the details of cases that are still before the courts.",
            "{Cs} that break the laws of the Republic of Maldives will not be published.",
            "Anything that could prejudice a trial or identify a protected witness will be removed.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and copyright",
            "Using other people's work",
            "Credit where it's due",
            "Can I share a photo?",
        ),
        (
            "Only post photos you took yourself or have the owner's permission to use.",
            "Do not copy whole articles from other publications; a short quote and a link is enough.",
            "Patterns and designs from books remain their authors' property and should not be scanned and shared.",
            "Photographs from the society's archive may not be reused without the archivist's permission.",
            "By posting a photo you grant the society a licence to reproduce it in the newsletter and on this site.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Flagging",
            "See something wrong?",
            "How do I report a {c}?",
        ),
        (
            "If you see a {c} that breaks these rules, use the report button rather than replying to it.",
            "Reports go straight to the moderators and are kept confidential.",
            "You can also email the editor, quoting the headline and the time the {c} was posted.",
            "Please don't report {cs} just because you disagree with them.",
            "We aim to look at every report within one working day.",
        ),
    ),
    (  # editor's discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "The committee's right to remove",
            "Moderators' decisions",
            "Who decides?",
        ),
        (
            "The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",
            "Decisions by the moderators are final and will not be debated on the open forum.",
            "If you wish to query a decision, please send a private message to the admin team.",
            "We may close {cs} on any story at any time, particularly on court reports and sensitive subjects.",
            "Publishing a {c} does not mean the committee agrees with it.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Corrections and clarifications",
            "News tips",
            "Spotted a mistake?",
            "Got a story?",
        ),
        (
            "If you think we have got something wrong, please email the newsdesk rather than leaving a {c}.",
            "Corrections are dealt with by the editor and not in the {cs} below.",
            "Send your news tips and photos to the newsroom by email or WhatsApp.",
            "Race results that need correcting should go to the results secretary, not be posted here.",
            "Errors in the timetable or the events diary can be reported to the webmaster.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "English only",
            "No swearing",
            "Which language can I write in?",
        ),
        (
            "Please write in English so that our moderators can read your {c}.",
            "Swearing, including words with letters replaced by symbols, will be filtered or removed.",
            "Avoid typing in capital letters, which reads as shouting.",
            "Text-speak and heavy use of abbreviations make {cs} hard to follow.",
            "{Cs} in languages other than English may be held until a moderator who reads them is available.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "Sanctions",
            "What happens if I break the rules?",
        ),
        (
            "Members who break these rules will receive a warning, then a temporary suspension, then a permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Banned users who return under a new name will be removed without notice.",
            "Repeated breaches may be reported to the committee and could affect your membership of the association.",
            "We may block accounts whose behaviour persistently disrupts discussions.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not medical advice",
            "Safety first",
            "Advice at your own risk",
            "Should I follow advice I read here?",
        ),
        (
            "Nothing posted here replaces advice from your GP, rheumatologist or pain clinic.",
            "Please don't tell other members to stop or change their medication.",
            "Training plans shared in this group are offered in good faith; check with a coach or doctor before "
            "following them.",
            "Sharp tools and power carvers can cause serious injury, so always follow the maker's safety instructions.",
            "Never trespass on the running line or in the depot to take photographs.",
        ),
    ),
    (  # elections and politics
        (
            "Elections",
            "Political campaigning",
            "Politics",
            "Election time",
            "Is politics allowed?",
        ),
        (
            "During election periods, {cs} promoting a party or candidate will not be published.",
            "The association is non-political and its pages must not be used for canvassing.",
            "Please do not use this forum to campaign for any political party.",
            "{Cs} about candidates must be fair and must not repeat unproven allegations.",
            "Debate the policies, not the personalities.",
        ),
    ),
)


#: Each kind's heading in French, in table order, for the Mauritian sites that print their headings in both.
FRENCH_136 = (
    "Civilité",
    "Discours haineux",
    "Vie privée",
    "Protection des mineurs",
    "Modération",
    "Hors sujet",
    "Publicité",
    "Votre compte",
    "Respect de la loi",
    "Droits d'auteur",
    "Signalement",
    "Décision de la rédaction",
    "Rectificatifs",
    "Langue",
    "Avertissements et exclusions",
    "Sécurité et conseils",
    "Élections",
)


POLICY_TITLES_136 = (
    "House Rules",
    "{C} policy",
    "Posting guidelines",
    "Community Guidelines",
    "Group rules",
    "Forum Rules",
    "Rules of the group",
    "Code of conduct for online {cs}",
    "Reader {cs}: our guidelines",
    "Before you post",
    "Terms of participation",
)


POLICY_INTROS_136 = (
    "We welcome {cs} from readers, but please follow these rules.",
    "To keep this a friendly and supportive space, we ask every member to follow the guidelines below.",
    "By posting on this page you agree to the following.",
    "These rules apply to the {cs} section and to our social media pages.",
    "Please take a minute to read our house rules before you post.",
    "The committee has agreed the following rules for the association's online group.",
)


POLICY_CLOSINGS_136 = (
    "Thank you for helping to keep this a friendly place.",
    "These rules were last reviewed by the committee in March.",
    "Questions about these rules can be sent to the moderators.",
    "Happy carving, and thank you.",
    "See you at the start line!",
    "The full terms of use are available from the link at the foot of the page.",
    "These guidelines may be changed at any time without notice.",
)


#: British spellings in the lists above and their American forms (a reworded-136 document prints one or the other).
AMERICAN_136 = {
    "neighbour": "neighbor",
    "licence": "license",
    "offence": "offense",
    "behaviour": "behavior",
    "spelt": "spelled",
}


#: The site's word for what readers send, where it is not "comment" (singular, plural).
WORDS_136 = (
    ("post", "posts"),
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
)

_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"}
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_ROMAN += tuple("x" + numeral for numeral in _ROMAN[:7])
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

#: How a site marks its items: ``{n}`` the number, ``{a}``/``{A}`` a letter, ``{r}``/``{R}`` a roman numeral,
#: ``{s}`` the section of a constitution or handbook the rules sit in; "" none.
MARKERS_136 = (
    "",
    "",
    "",
    "",
    "{n}.",
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{A}.",
    "{r}.",
    "({r})",
    "{R}.",
    "Rule {n}:",
    "Rule {n} –",
    "Rule No. {n}.",
    "{s}.{n}",
    "{s}.{n}.",
    "#{n}",
    "•",
    "•",
    "-",
    "*",
    "·",
    "👉",
    "🔹",
    "✔️",
)


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word in _MINOR else word[:1].upper() + word[1:] for i, word in enumerate(words) if word
    )


def _items_136(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-136 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_136``); how
    many item kinds (two to four for a quarter of sites, else seven to all seventeen), in the table's order (0.5) or
    shuffled; the most sentences an item prints (one, two or three; each item draws its count up to that, kept in
    the table's order), as parts of their own or run into one part (0.3); where the headings go: none (0.15), on a
    part of their own (0.3, followed by nothing, a stop, a colon or a dash), run in before the first sentence (0.3,
    after a colon, a stop or a dash), forum BBCode bold left in the text (0.06, ``[b]heading[/b]``, run in or on its
    own part), as a question and answer (0.07: the kind's question heading after "Q:" or "Q." on its own part, the
    first sentence after "A:" or "A."), in English and French (0.07, three ways of pairing them, on their own part),
    or after Markdown hashes on their own part (0.05); the headings' case (as in the table, title case, capitals or
    lower case); the items' marker (``MARKERS_136``) before the heading, or before the first sentence when there is
    no heading on a part of its own; the sentences under a heading on its own part (not a question and answer)
    sometimes sub-marked (0.3: a dash, a bullet, lettered, roman, or numbered as clauses under a numbered item); a
    divider part after each item (0.05: asterisks, a rule of underscores or a dash); then ``_furnish``'s opening,
    closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_136)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(7, len(REWORDINGS_136))
    picked = rng.sample(range(len(REWORDINGS_136)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    joined = rng.random() < 0.3
    draw = rng.random()
    if draw < 0.15:
        place = "none"
    elif draw < 0.45:
        place = "own"
    elif draw < 0.75:
        place = "run"
    elif draw < 0.81:
        place = "bbcode"
    elif draw < 0.88:
        place = "qa"
    elif draw < 0.95:
        place = "french"
    else:
        place = "hashes"
    bbcode_own = rng.random() < 0.5
    after = rng.choice(("", "", ".", ":", " –", " -"))
    joint = rng.choice((": ", ": ", ". ", " – ", " — ", " - "))
    case = rng.choice(("as", "as", "as", "title", "title", "caps", "lower"))
    if place in ("french", "qa") and case == "lower":
        case = "as"
    q, a = rng.choice((("Q:", "A:"), ("Q.", "A."), ("Q:", "A:")))
    pairing = rng.choice(("{en} / {fr}", "{en} ({fr})", "{fr} | {en}"))
    hashes = rng.choice(("##", "###", "####"))
    marker = rng.choice(MARKERS_136)
    section = rng.randint(3, 12)
    own_head = place in ("own", "qa", "french", "hashes") or (place == "bbcode" and bbcode_own)
    subs = ["– ", "• ", "letters", "roman"]
    if marker in ("{n}.", "{s}.{n}", "{s}.{n}."):
        subs += ["clauses", "clauses"]
    sub = rng.choice(subs) if own_head and place != "qa" and rng.random() < 0.3 else ""
    divider = rng.choice(("* * *", "***", "________", "—")) if rng.random() < 0.05 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_136[index]
        if place == "qa":
            heading = rng.choice([heading for heading in headings if heading.endswith("?")])
        else:
            heading = rng.choice(headings)
        heading = fill(heading)
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        elif case == "lower":
            heading = " ".join("I" if word == "i" else word for word in heading.lower().split(" "))
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if joined:
            parts = [" ".join(parts)]
        head = ""
        question = heading.endswith("?")
        if place == "own":
            head = heading if question else heading + after
        elif place == "run":
            parts[0] = heading + (" " if question else joint) + parts[0]
        elif place == "bbcode":
            if bbcode_own:
                head = f"[b]{heading}[/b]"
            else:
                parts[0] = f"[b]{heading}[/b] " + parts[0]
        elif place == "qa":
            head = f"{q} {heading}"
            parts[0] = f"{a} {parts[0]}"
        elif place == "french":
            french = FRENCH_136[index].upper() if case == "caps" else FRENCH_136[index]
            head = pairing.format(en=heading, fr=french)
        elif place == "hashes":
            head = f"{hashes} {heading}"
        roman = _ROMAN[number - 1]
        letter = _LETTERS[number - 1]
        shown = marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)
        if sub and len(parts) > 1:
            for i in range(len(parts)):
                if sub == "letters":
                    parts[i] = f"({_LETTERS[i]}) {parts[i]}"
                elif sub == "roman":
                    parts[i] = f"({_ROMAN[i]}) {parts[i]}"
                elif sub == "clauses":
                    parts[i] = f"{shown.rstrip('.')}.{i + 1} {parts[i]}"
                else:
                    parts[i] = sub + parts[i]
        if shown:
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        if divider:
            parts.append(divider)
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_136],
        [fill(line) for line in POLICY_CLOSINGS_136],
        [fill(line) for line in POLICY_TITLES_136],
        AMERICAN_136,
    )
