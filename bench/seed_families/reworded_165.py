"""The ``reworded-165`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Nauruan community news, Alderney papers, Utah canyon-town weeklies, underwater-hockey clubs,
falconry societies, sickle-cell support forums, co-housing residents' boards, watermill trusts.

Written blind: from how such sites word and print their posting rules, house rules, residents' board rules and
forum guidelines, without reading the cleaner's code, docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random
from collections.abc import Callable

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (one or two of them questions) and five sentences ({c} {cs} {C} {Cs}: the site's
#: word for what readers send, {a}: its article; {m} {M}: who moderates). Written in British spelling; a document
#: may print it in American spelling (``AMERICAN_165``).
REWORDINGS_165 = (
    (  # civility
        (
            "Be civil",
            "Play the puck, not the player",
            "Mind how you speak to others",
            "Respect",
            "Why does tone matter?",
            "Courtesy to all",
        ),
        (
            "Argue with the point being made, never with the person making it.",
            "Name-calling, sneering and personal digs at other readers will be taken down.",
            "This is a small community and most of us will meet in person, so write as you would speak across the "
            "shop counter.",
            "Please show our reporters, volunteers and the people in the story the courtesy you would expect yourself.",
            "Robust disagreement is welcome here; rudeness and goading are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Hateful content",
            "Is this hate speech?",
            "Zero tolerance for bigotry",
            "Everyone is welcome",
        ),
        (
            "{Cs} that attack people for their race, religion, sex, sexuality, disability or where they come from "
            "will be removed without warning.",
            "We do not allow slurs, stereotypes or so-called jokes aimed at any group, including newcomers and "
            "visiting workers.",
            "Stigmatising remarks about illness or disability have no place here.",
            "Anything that stirs up hatred against a group of people may also break the law, and we will treat it "
            "accordingly.",
            "If you are unsure whether something crosses the line, leave it out.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect your privacy",
            "Keep personal details private",
            "Respect others' privacy",
            "What counts as personal information?",
        ),
        (
            "Do not post anyone's address, phone number, email or car registration, your own included.",
            "Please do not name or describe neighbours, patients or children who have not agreed to it.",
            "Photographs of other members should not be shared here without their permission.",
            "Health details you share in {a} {c} can be seen by anyone who visits, so think before you post them.",
            "Where we can, we edit personal details out of {a} {c} before it is published; where we cannot, it is "
            "removed.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Keeping young members safe",
            "Protecting the vulnerable",
            "Who do I tell if I am worried?",
        ),
        (
            "Never ask a junior member for their contact details or arrange to meet them through this board.",
            "Any {c} that puts a child or vulnerable adult at risk will be removed and may be passed to the police.",
            "Our welfare officer reads every report that mentions a young person and will act on it the same day.",
            "If you think someone is in danger now, call the emergency services first, then tell us.",
            "Members under 18 should have a parent or guardian's permission before posting.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "When will my {c} go live?",
        ),
        (
            "Every {c} is read by a person before it appears, which can take up to a day.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may wait until the next "
            "working day.",
            "Please do not send the same {c} more than once; it is already in the queue.",
            "Some stories, such as court reports, are not open for {cs} at all, for legal reasons.",
            "We close discussion on most stories after seven days.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "On topic, please",
            "Off-topic {cs}",
            "Is it relevant?",
        ),
        (
            "Keep your {cs} to the subject of the story or thread you are replying to.",
            "General chat belongs in the noticeboard section, not under news stories.",
            "Long-running quarrels carried over from other threads will be removed.",
            "Proposals for the residents' meeting belong on the agenda, not in a thread here.",
            "If you have a new subject to raise, start a new thread rather than taking over this one.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and promotion",
            "Can I advertise here?",
            "Commercial {cs}",
            "Buying and selling",
        ),
        (
            "Do not use {cs} to advertise goods, services, events or fundraisers without permission from {m}.",
            "Links to outside websites are allowed only where they add something to the discussion.",
            "Birds and other animals may not be offered for sale or exchange on this forum.",
            "Repeated, copied or automated {cs} will be treated as spam and the account closed.",
            "Classified adverts should go through our advertising office, not through these pages.",
        ),
    ),
    (  # names and accounts
        (
            "Your name",
            "Real names",
            "Accounts",
            "Use your real name",
            "Can I post anonymously?",
            "One person, one account",
        ),
        (
            "Please use your first name and surname; we do not publish {cs} under nicknames.",
            "You may choose a username, but you must give us a working email address when you register.",
            "Only one account per person is allowed, and pretending to be someone else will lead to a ban.",
            "If there is a good reason you cannot be named, such as your health or your safety, write to {m} and we "
            "will consider it.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "The law",
            "Legal",
            "Stay within the law",
            "Defamation and contempt",
            "Could my {c} break the law?",
        ),
        (
            "Do not accuse anyone of a crime or wrongdoing unless it has been proved in court.",
            "Once someone has been charged, say nothing that could prejudice their trial, including guesses at "
            "their guilt.",
            "You are legally responsible for what you write, and a defamatory {c} can lead to action against you as "
            "well as us.",
            "We are bound by local law and will remove anything that our lawyers or the courts tell us to.",
            "Do not name anyone protected by a court order, including victims of sexual offences and children in "
            "court cases.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Photos and copyright",
            "Can I share a picture?",
            "Quoting others",
        ),
        (
            "Only post photographs, videos and writing that you own or have permission to share.",
            "Short quotations are fine if you say where they come from; whole articles copied from elsewhere are not.",
            "By posting you give us permission to publish your {c} in print and online, though it remains yours.",
            "Please credit the photographer when you share someone else's image.",
            "We will take down anything we are told infringes someone's copyright.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "Flagging",
            "How do I report {a} {c}?",
        ),
        (
            'Use the "Report" link beside any {c} you think breaks these rules.',
            "Reports are confidential; the person you report will not be told who you are.",
            "Please report rather than reply, as arguing back only feeds the problem.",
            "If the report link does not work, email {m} with a link to the {c}.",
            "We look at every report, but we cannot always write back to tell you what we decided.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editorial discretion",
            "The right to remove",
            "Who decides?",
            "Moderators' judgement",
        ),
        (
            "{M} may edit, hold back or remove any {c} without giving a reason.",
            "Publishing {a} {c} does not mean we agree with it.",
            "These rules are a guide, not a contract, and {m} will use common sense in applying them.",
            "Disagreements about moderation should be taken up by email, not in public threads.",
            "We may change these rules at any time; the version on this page is the one that applies.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Tell the newsroom",
            "Errors and tips",
        ),
        (
            "If we have got something wrong, tell the editor directly rather than in {a} {c}, so we can put it "
            "right quickly.",
            "Corrections are made in the article itself and noted at the foot of the page.",
            "News tips and story ideas are always welcome by email or through our contact page.",
            "Information sent to us in confidence will be treated in confidence.",
            "{Cs} are not watched as a way of reaching the newsroom, so anything urgent should go by phone or email.",
        ),
    ),
    (  # language
        (
            "Language",
            "Watch your language",
            "Swearing",
            "Plain English, please",
            "Which languages can I use?",
        ),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "{Cs} may be written in English or Nauruan, though we may ask you for a short translation.",
            "Please avoid writing entirely in capitals, which reads as shouting.",
            "Keep text-speak and abbreviations to a minimum so that everyone can follow.",
            "Crude or sexual language will be removed, whatever the context.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Three strikes",
            "What happens if I break the rules?",
            "Sanctions",
            "Suspensions",
        ),
        (
            "A first breach usually earns a warning; repeated breaches lead to a suspension or a ban.",
            "Serious breaches, such as threats or hate speech, lead to an immediate ban.",
            "Banned members who return under a new name will be removed again without notice.",
            "We keep a record of warnings, which is cleared after twelve months of good behaviour.",
            "You may appeal against a ban once, in writing, and the decision on appeal is final.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Advice on this forum",
            "Should I rely on what I read here?",
        ),
        (
            "Nothing posted here replaces advice from your own doctor, haematologist or specialist nurse.",
            "If you are having a crisis or a fever, contact your care team or go to hospital at once rather than "
            "posting.",
            "Members share their own experience, which may not apply to you.",
            "Advice on training, equipment or technique is offered in good faith, and you follow it at your own risk.",
            "Please do not recommend treatments, supplements or remedies as cures.",
        ),
    ),
    (  # wildlife and welfare
        (
            "Welfare",
            "Birds' welfare comes first",
            "Wildlife",
            "Protected species",
            "What about wild birds?",
        ),
        (
            "Do not reveal the location of nests, roosts or other sites used by wild birds of prey.",
            "Anything that describes or encourages taking birds from the wild will be removed and may be reported "
            "to the authorities.",
            "Discussion of flying at quarry must keep within the law on protected species.",
            "Criticism of another member's husbandry should be constructive and offered privately first.",
            "Pictures of injured or poorly kept birds should be sent to {m}, not posted for debate.",
        ),
    ),
)

#: Title lines.
TITLES_165 = (
    "Posting rules",
    "House Rules",
    "Community guidelines",
    "{C} policy",
    "Forum Rules",
    "Rules of the board",
    "Guidelines for {cs}",
    "Before you post",
    "Members' code of conduct",
    "Our rules for readers' {cs}",
    "Message board etiquette",
    "Terms of Participation",
)

#: Opening lines.
INTROS_165 = (
    "Ekamawir omo, and thank you for joining the conversation.",
    "We want these pages to be a friendly place for everyone, so please read the following before you post.",
    "By posting on this site you agree to the rules below.",
    "These guidelines apply to every {c} on our website and our social media pages.",
    "Our trust is run by volunteers, and so is this board; please help us by keeping to these few rules.",
    "The following rules were agreed by residents and apply to everyone who uses the board.",
    "A few simple rules keep this forum a safe and supportive place.",
    "We welcome {cs} from readers on the island and further afield.",
)

#: Closing lines.
CLOSINGS_165 = (
    "Thank you for helping to keep the conversation civil.",
    "Enjoy the discussion, and thank you for reading.",
    "If you have any questions about these rules, please contact {m}.",
    "Breaking these rules may result in your {c} being removed or your account being suspended.",
    "These rules are reviewed each year at the annual general meeting.",
    "Happy posting, and see you at the pool.",
    "Thank you for supporting your local paper.",
)

#: Lines some sites print after everything else: a date of adoption or revision, or where to write.
AFTERWORDS_165 = (
    "Last updated: 3 March 2026",
    "Adopted at the residents' general meeting, September 2025.",
    "Approved by the trustees, 14 January 2026.",
    "Revised by the committee, April 2025",
    "Questions about these rules? Write to the moderators using the contact form.",
    "(These rules replace all earlier versions.)",
)

#: What sites other than the quarter that never say "comment" call what readers send.
_NOUNS_165 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("submission", "submissions"),
)

#: Who moderates, as a sentence names them.
_MODERATORS_165 = ("the editor", "the moderators", "the committee", "the admin team", "the trustees", "the newsroom")

#: British spellings in the lists above and their American forms.
AMERICAN_165 = {
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "offence": "offense",
    "stigmatising": "stigmatizing",
    "judgement": "judgment",
    "haematologist": "hematologist",
    "noticeboard": "bulletin board",
    "colour": "color",
}

_SMALL_165 = {"a", "an", "and", "as", "at", "by", "for", "if", "in", "of", "on", "or", "the", "to", "not", "with"}


def _title_case_165(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if (i and word.lower() in _SMALL_165) else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _sentence_case_165(text: str) -> str:
    lowered = text[:1].upper() + text[1:].lower()
    return lowered.replace(" i ", " I ").replace(" i?", " I?")


def _roman_165(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _letter_165(number: int) -> str:
    return "abcdefghijklmnopqrstuvwxyz"[(number - 1) % 26]


def _marker_165(rng: random.Random) -> tuple[Callable[[int], str] | None, str]:
    """The site's item markers and their sort: none, numbers, letters, roman numerals or bullets."""
    sort = rng.choices(("none", "number", "letter", "roman", "bullet"), weights=(5, 5, 2, 2, 4))[0]
    if sort == "none":
        return None, sort
    if sort == "number":
        shape = rng.choice(("{}. ", "{}. ", "{}) ", "({}) ", "{} - ", "#{} ", "{:02d} ", "Rule {}: ", "{}/ "))
        return (lambda n: shape.format(n)), sort
    if sort == "letter":
        shape = rng.choice(("{}) ", "({}) ", "{}. "))
        upper = rng.random() < 0.4
        return (lambda n: shape.format(_letter_165(n).upper() if upper else _letter_165(n))), sort
    if sort == "roman":
        shape = rng.choice(("{}. ", "({}) ", "{}) "))
        upper = rng.random() < 0.5
        return (lambda n: shape.format(_roman_165(n).upper() if upper else _roman_165(n))), sort
    bullet = rng.choice(("\u2022 ", "- ", "* ", "\u2013 ", "\u00b7 ", "> ", "\u25aa ", "\u2713 "))
    return (lambda n: bullet), sort


def _items_165(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-165 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75 of the time, else post, message, reply,
    contribution or submission, and then no line says "comment") and who moderates; few items (two to five, 0.3) or
    many (six to all seventeen), in the table's order (0.5) or shuffled; one to three of an item's sentences, by one
    of three weightings; headings as written, in title case, capitals, sentence case or lower case, or none (0.15);
    a heading on a part of its own (0.45: with nothing, a colon, a stop or a dash after it) or run in before the
    first sentence after a colon, stop or dash, now and then in square brackets; the site's markers (none, numbers
    of several shapes, letters, roman numerals, bullets); now and then, a site numbering its items, clauses
    numbered under each heading ("3." then "3.1", "3.2"); a site printing headings apart, the sentences under them
    as sub-points; a question-and-answer page ("Q:" before a question heading, "A:" before its first sentence); a
    bulleted list without its sentences' full stops. Then the opening, closing and title lines by :func:`_furnish`,
    and after them now and then a date of adoption or revision or where to write."""
    if rng.random() < 0.75:
        one, many = "comment", "comments"
    else:
        one, many = rng.choice(_NOUNS_165)
    moderator = rng.choice(_MODERATORS_165)
    words = {
        "c": one,
        "cs": many,
        "C": one.capitalize(),
        "Cs": many.capitalize(),
        "a": "an" if one[0] in "aeiou" else "a",
        "m": moderator,
        "M": moderator.capitalize(),
    }

    table = REWORDINGS_165
    count = rng.randint(2, 5) if rng.random() < 0.3 else rng.randint(6, len(table))
    kinds = rng.sample(range(len(table)), count)
    if rng.random() < 0.5:
        kinds.sort()
    weights = rng.choice(((6, 3, 1), (3, 4, 2), (2, 3, 4)))

    bare = rng.random() < 0.15
    case = rng.choices(("table", "title", "upper", "sentence", "lower"), weights=(6, 3, 2, 2, 1))[0]
    apart = rng.random() < 0.45
    after_apart = rng.choice(("", "", ":", ".", " \u2013"))
    run_in = rng.choice((": ", ": ", ": ", ". ", " \u2013 ", " - ", " \u2014 "))
    bracketed = not apart and not bare and rng.random() < 0.07  # [Heading] sentence
    marker, sort = _marker_165(rng)
    clauses = sort == "number" and apart and not bare and rng.random() < 0.3  # 3. Heading / 3.1 sentence
    sub = (
        rng.choice(("- ", "\u2022 ", "o ", "\u2013 "))
        if apart and not bare and not clauses and rng.random() < 0.2
        else ""
    )
    faq = apart and not bare and not clauses and rng.random() < 0.12  # Q: heading? / A: sentence
    no_stops = sort == "bullet" and rng.random() < 0.3

    items: list[tuple[str, ...]] = []
    for number, kind in enumerate(kinds, 1):
        headings, sentences = table[kind]
        k = rng.choices((1, 2, 3), weights=weights)[0]
        picked = [sentences[i].format(**words) for i in sorted(rng.sample(range(len(sentences)), k))]
        if no_stops:
            picked = [sentence[:-1] if sentence.endswith(".") else sentence for sentence in picked]
        if faq:
            questions = [heading for heading in headings if heading.endswith("?")]
            heading = rng.choice(questions or headings).format(**words)
        else:
            heading = "" if bare else rng.choice(headings).format(**words)
        if heading:
            heading = {
                "table": heading,
                "title": _title_case_165(heading),
                "upper": heading.upper(),
                "sentence": _sentence_case_165(heading),
                "lower": heading.lower(),
            }[case]
        if clauses:
            end = "" if heading.endswith("?") else rng.choice(("", after_apart.strip()))
            numbered = [f"{number}.{j} {sentence}" for j, sentence in enumerate(picked, 1)]
            items.append((f"{number}. {heading}{end}", *numbered))
            continue
        mark = marker(number) if marker else ""
        if not heading:
            items.append(("", mark + picked[0], *picked[1:]))
        elif faq:
            if heading.endswith("?"):
                items.append((f"{mark}Q: {heading}", "A: " + picked[0], *picked[1:]))
            else:
                items.append((mark + heading, *picked))
        elif apart:
            end = "" if heading.endswith("?") else after_apart
            items.append((mark + heading + end, *(sub + sentence for sentence in picked)))
        elif bracketed:
            items.append(("", f"{mark}[{heading}] {picked[0]}", *picked[1:]))
        else:
            sep = " " if heading.endswith("?") else run_in
            items.append(("", mark + heading + sep + picked[0], *picked[1:]))

    def fits(lines: tuple[str, ...]) -> list[str]:
        formatted = [line.format(**words) for line in lines]
        return [line for line in formatted if one == "comment" or not _says_comment(line)]

    items = _furnish(items, rng, fits(INTROS_165), fits(CLOSINGS_165), fits(TITLES_165), AMERICAN_165)
    if rng.random() < 0.1:
        items.append(("", rng.choice(AFTERWORDS_165)))
    return items
