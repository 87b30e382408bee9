"""The ``reworded-121`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Botswanan and Namibian English-language news, Argyll papers, Maine island weeklies, ultimate-frisbee
leagues, woodturners' clubs, school PTA boards, stammering-support forums, traction-engine societies.

Written blind: from how such sites word and print their posting rules, forum rules, letters guidance and community
guidelines, without reading the cleaner's code, its docs or reports, nor the other families' sentences."""

from __future__ import annotations

import random

from ._common import _furnish

#: Per item kind: heading choices (sentence case as written, a question or two among them, printed without a stop
#: unless the heading is a question or an exclamation), and five sentences, of which an item prints one to three.
#: ``{c}`` ``{cs}`` ``{C}`` ``{Cs}`` stand for the site's word for what readers send (comment, post, message...).
#: Written in British spelling; a document may print it in American spelling (``AMERICAN_121``).
REWORDINGS_121 = (
    (  # civility
        (
            "Be respectful",
            "Play the ball, not the player",
            "Keep it civil",
            "Courtesy costs nothing",
            "Can I disagree with someone?",
            "Be kind!",
        ),
        (
            "Disagree with the argument if you must, but do not attack the person making it.",
            "Robust debate is welcome here; rudeness, sneering and name-calling are not.",
            "Remember that the person reading your {c} may be a neighbour, a parent at the school gate or someone "
            "who has had a hard week.",
            "In the spirit of the game, assume good intent and give others the benefit of the doubt.",
            "Everyone here stammers, loves someone who does or wants to understand, so please be patient with one "
            "another.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Tribalism and racism",
            "Discrimination",
            "What counts as hate speech?",
            "No bigotry",
            "Respect for all communities",
        ),
        (
            "{Cs} that stir up hatred on the grounds of tribe, race, religion, nationality, gender, disability or "
            "sexuality will be deleted.",
            "Tribal slurs and insults aimed at any ethnic group have no place on this site.",
            "Mocking the way someone speaks, including a stammer or a stutter, is treated as abuse.",
            "We do not allow xenophobic remarks about foreign nationals, refugees or people from away.",
            "Generalisations about whole groups of people are not debate, and we will remove them.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Personal information",
            "Keep personal details private",
            "Can I post someone's phone number?",
            "Respect other people's privacy",
        ),
        (
            "Do not publish anyone's home address, phone number, email address or workplace, including your own.",
            "Do not post private messages, emails or WhatsApp conversations without the permission of everyone in "
            "them.",
            "Please do not share photographs of other people without their consent, especially at tournaments and "
            "rallies.",
            "If you want to get in touch with another member, use private messaging rather than posting your "
            "details in open forum.",
            "We will remove any {c} that names a private individual in connection with a rumour or allegation.",
        ),
    ),
    (  # safeguarding
        (
            "Children and young people",
            "Safeguarding",
            "Protecting pupils",
            "Photos of children",
            "Under 16?",
            "Can my child join the forum?",
        ),
        (
            "Never name or identify a child, other than your own, in any {c}.",
            "Photographs of pupils must not be posted here; the school shares approved pictures through its own "
            "channels.",
            "Members under the age of 16 need the permission of a parent or guardian to register.",
            "Concerns about a child's welfare should be raised with the school's designated safeguarding lead, not "
            "on this board.",
            "If you believe a young person is at immediate risk, contact the police or social services straight away.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Delays",
            "Our moderators are volunteers",
            "Please be patient",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at the weekend may not be approved until "
            "the next working day.",
            "Sending the same {c} several times will not make it appear any sooner.",
            "{Cs} on stories about court cases may be held back for longer while they are checked.",
            "The office is closed on public holidays, and moderation will resume when we reopen.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Off-topic {cs}",
            "Right thread, right place",
            "Where should I post this?",
        ),
        (
            "Keep your {cs} relevant to the article or thread you are replying to.",
            "Start a new thread rather than taking an existing one off in another direction.",
            "General chat belongs in the Off-Topic board, not in the technical sections.",
            "Questions about fixtures, results and spirit scores should go in the relevant division's thread.",
            "{Cs} that wander into unrelated arguments may be moved or removed without notice.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Selling and commercial posts",
            "Can I advertise my business?",
            "Self-promotion",
            "For sale and wanted",
        ),
        (
            "Commercial advertising is not allowed; contact our sales team if you would like to place an advert.",
            "Lathes, tools, timber and engine parts for sale should be listed in the Classifieds section only.",
            "We will remove {cs} promoting therapies, courses or products that claim to cure stammering.",
            "Links to other websites are allowed only where they add something to the discussion.",
            "Chain letters, pyramid schemes and money-making offers will be deleted and the account closed.",
        ),
    ),
    (  # names and accounts
        (
            "Your account",
            "Real names",
            "One person, one account",
            "Impersonation",
            "Do I have to use my real name?",
        ),
        (
            "Letters for print must carry your full name and the island or town where you live.",
            "Each member may hold one account; duplicate accounts will be merged or closed.",
            "Do not pretend to be another person, an official of the league or a member of staff.",
            "Usernames that are offensive or that imitate another member's will be changed by the moderators.",
            "You are responsible for everything sent from your account, so keep your password to yourself.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Contempt of court",
            "Is it legal?",
        ),
        (
            "Do not make allegations you cannot prove; defamatory {cs} can land you, and us, in court.",
            "Under Scots law, {cs} about live court cases can amount to contempt, so please do not speculate about "
            "guilt or evidence.",
            "Do not identify the victims of sexual offences, or anyone accused of a crime who has not yet been "
            "charged.",
            "Material that breaches the Cybercrime and Computer Related Crimes Act may be reported to the police.",
            "We will cooperate with the police and the courts where the law requires us to disclose information "
            "about a user.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Don't copy and paste",
            "Can I share photos or articles?",
            "Using images",
        ),
        (
            "Only post photographs you took yourself or have permission to use.",
            "Do not paste whole articles from other publications; a short quote with a link is enough.",
            "Works drawings and manufacturers' manuals can still be in copyright, even where the firm that produced "
            "them is long gone.",
            "By posting pictures here you allow the society to use them in its newsletter and on its website, with "
            "credit to you.",
            "Material posted in breach of copyright will be removed at the request of its owner.",
        ),
    ),
    (  # reporting
        (
            "Reporting problems",
            "Report a {c}",
            "See something wrong?",
            "How do I report a {c}?",
            "Flagging",
        ),
        (
            "If you see a {c} that breaks these rules, use the Report link beneath it rather than replying.",
            "Reports are anonymous; the member you report will not be told who flagged them.",
            "Please do not argue with rule-breakers in the thread, as it only makes the clean-up harder.",
            "You can also email the moderators at any time with a link to the {c} and a short explanation.",
            "Reporting {cs} simply because you disagree with them is itself a breach of these rules.",
        ),
    ),
    (  # discretion
        (
            "Our decision is final",
            "Editor's discretion",
            "Moderators' discretion",
            "Who decides?",
            "The right to remove",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators' decisions are final, and we will not enter into public discussion about them.",
            "Publication of a {c} does not mean the newspaper agrees with it.",
            "The committee may close or lock any thread at any time.",
            "If you think a decision was wrong, write to the club secretary; do not reopen the argument on the forum.",
        ),
    ),
    (  # corrections and tips
        (
            "Corrections",
            "Spotted a mistake?",
            "Got a story?",
            "News tips",
            "Errors and complaints",
        ),
        (
            "If you spot an error in one of our stories, email the newsroom so we can put it right; {cs} are not "
            "checked for corrections.",
            "Complaints about our journalism should go first to the editor and then, if unresolved, to IPSO.",
            "Have a story for us? Call the office or drop in, and we will keep your name out of it if you ask.",
            "Tips left in the {cs} can be missed, so please send them to the newsroom directly.",
            "Results, match reports and photos from tournaments can be sent to the league's newsletter editor.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Swearing",
            "What language is allowed?",
            "Write clearly",
            "Keep it clean",
        ),
        (
            "No swearing, including words with letters replaced by asterisks.",
            "{Cs} must be in English so our moderators can read them, though a word or two of Setswana or "
            "Oshiwambo is fine.",
            "Avoid writing in capitals, which reads as shouting.",
            "Text-speak and long strings of emojis make {cs} hard to read; please write in full sentences.",
            "Crude or sexual language will be removed, as many of our readers are young people.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspensions",
            "Sanctions",
        ),
        (
            "A first breach will usually earn a warning by private message; repeated breaches lead to a suspension "
            "and then a ban.",
            "Serious abuse, threats or spam will result in an immediate ban without warning.",
            "Members who are banned may not rejoin under a new name.",
            "Suspended accounts are restored after seven days, but the moderators will keep an eye on them.",
            "We may pass details to the police where we believe a crime has been committed.",
        ),
    ),
    (  # safety and advice
        (
            "Safety first",
            "Advice on the forum",
            "Is this medical advice?",
            "Use your own judgement",
            "Health and safety",
            "Not professional advice",
        ),
        (
            "Advice given on the forum is offered in good faith, but you follow it at your own risk.",
            "Always wear a face shield and check your tool rest before switching on the lathe, whatever you have "
            "read here.",
            "Nothing posted here replaces an inspection by a qualified boiler inspector or the advice of your insurer.",
            "Members share their own experience of stammering, which is no substitute for a speech and language "
            "therapist.",
            "If you are struggling and need to talk to someone now, contact the Samaritans or your GP.",
        ),
    ),
    (  # length and letters
        (
            "Keep it short",
            "Length",
            "How long can my {c} be?",
            "Letters for print",
            "One point at a time",
        ),
        (
            "{Cs} should be no longer than 300 words; longer ones may be cut.",
            "Letters for the printed paper must reach us by Monday noon with a daytime phone number, which we will "
            "not publish.",
            "Make one point per {c} rather than replying to everything in one go.",
            "We do not publish anonymous letters, nor letters that have been sent to other papers.",
            "Quote only the part of an earlier {c} you are replying to, not the whole thing.",
        ),
    ),
)


#: Titles, opening and closing lines some reworded-121 sites print with their rules (placeholders as above).
POLICY_TITLES_121 = (
    "{C} policy",
    "Forum rules",
    "House rules",
    "Posting guidelines",
    "Community guidelines",
    "Rules of the board",
    "Guidelines for {cs}",
    "Before you post",
    "Terms of participation",
    "Netiquette",
)

POLICY_INTROS_121 = (
    "Please read the following before you post.",
    "We welcome {cs} from readers, subject to the rules below.",
    "These rules apply to everyone who uses the forum, members and guests alike.",
    "By registering you agree to abide by the following.",
    "To keep this board a friendly place for parents and staff, we ask everyone to follow a few simple rules.",
    "The forum is run by volunteers from the society; please help them by following these guidelines.",
)

POLICY_CLOSINGS_121 = (
    "Thank you for helping to keep the forum friendly.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules can be sent to the moderators.",
    "The views expressed in {cs} are those of their authors and not of the newspaper.",
    "Happy turning!",
    "See you on the field.",
)

#: British spellings in the lists above and their American forms (a reworded-121 document prints one or the other).
AMERICAN_121 = {
    "neighbour": "neighbor",
    "generalisation": "generalization",
    "rumour": "rumor",
    "offence": "offense",
    "judgement": "judgment",
    "programme": "program",
}

#: A site's word for what readers send, singular and plural (a quarter of sites never say "comment").
WORDS_121 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)

_SMALL = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "with"}

_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii")


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word[:1].upper() + word[1:] if i == 0 or word.lower() not in _SMALL else word for i, word in enumerate(words)
    )


def _marker_shape(rng: random.Random) -> str:
    """A site's list marker, as a format string of the item's number ``{n}``, letter ``{a}``/``{A}``, roman
    numeral ``{r}``/``{R}`` and section ``{s}``; "" for unmarked items."""
    shapes = (
        "",
        "",
        "{n}.",
        "{n})",
        "({n})",
        "{n} -",
        "{n}:",
        "{a})",
        "({a})",
        "{A}.",
        "{r}.",
        "({r})",
        "{R}.",
        "{s}.{n}",
        "{s}.{n}.",
        "Rule {n}:",
        "Rule {n} –",
        "•",
        "-",
        "*",
        "–",
        "▪",
        "·",
        "✅",
        "👉",
        "🔹",
    )
    return rng.choice(shapes)


def _items_121(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-121 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence).

    Drawn per site: its word for what readers send ("comment" three sites in four, else one of ``WORDS_121``); how
    many item kinds (two to four for 0.3 of sites, else five to fourteen), in the table's order (0.5) or shuffled;
    how many sentences an item may print (up to one, two or three, each item drawing its own count, the sentences
    kept in the table's order); the headings: none (0.15), on their own part (0.4, followed by nothing, a stop or a
    colon) or run in before the first sentence (a colon, a stop or a dash), in the table's case, title case or
    capitals, a question heading preferred where the kind has one (0.15); the items' marker (numbered, lettered,
    roman, clause-numbered, "Rule n", bulleted or none), put before the item's first part; sentences after a
    heading on its own part sometimes sub-pointed (0.25); then ``_furnish``'s opening, closing and title lines."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_121)
    words = {"c": c, "cs": cs, "C": c.capitalize(), "Cs": cs.capitalize()}

    def fill(text: str) -> str:
        return text.format(**words)

    count = rng.randint(2, 4) if rng.random() < 0.3 else rng.randint(5, 14)
    picked = rng.sample(range(len(REWORDINGS_121)), count)
    if rng.random() < 0.5:
        picked.sort()
    most = rng.choice((1, 1, 2, 2, 3))
    draw = rng.random()
    place = "none" if draw < 0.15 else "own" if draw < 0.55 else "run"
    after = rng.choice(("", "", ".", ":"))  # after a heading on its own part
    joint = rng.choice((": ", ": ", ". ", " – ", " - ", " — "))  # between a run-in heading and its sentence
    case = rng.choice(("as", "as", "title", "caps"))
    questions = rng.random() < 0.15
    marker = _marker_shape(rng)
    section = rng.randint(2, 9)
    sub = rng.choice(("– ", "- ", "◦ ")) if place == "own" and rng.random() < 0.25 else ""

    items: list[tuple[str, ...]] = []
    for number, index in enumerate(picked, start=1):
        headings, sentences = REWORDINGS_121[index]
        asked = [heading for heading in headings if heading.endswith("?")]
        heading = fill(rng.choice(asked if questions and asked else headings))
        if case == "title":
            heading = _title_case(heading)
        elif case == "caps":
            heading = heading.upper()
        chosen = sorted(rng.sample(range(len(sentences)), rng.randint(1, most)))
        parts = [fill(sentences[i]) for i in chosen]
        if place == "own":
            head = heading if heading[-1] in "?!" else heading + after
            parts = [sub + part for part in parts] if len(parts) > 1 else parts
        elif place == "run":
            head = ""
            parts[0] = heading + (" " if heading[-1] in "?!" else joint) + parts[0]
        else:
            head = ""
        if marker:
            roman = _ROMAN[number - 1]
            letter = "abcdefghijklmnopq"[number - 1]
            shown = marker.format(n=number, a=letter, A=letter.upper(), r=roman, R=roman.upper(), s=section)
            if head:
                head = f"{shown} {head}"
            else:
                parts[0] = f"{shown} {parts[0]}"
        items.append((head, *parts))
    return _furnish(
        items,
        rng,
        [fill(line) for line in POLICY_INTROS_121],
        [fill(line) for line in POLICY_CLOSINGS_121],
        [fill(line) for line in POLICY_TITLES_121],
        AMERICAN_121,
    )
