"""The ``reworded-119`` family: posting rules as Maltese and Gibraltar English-language news sites, Powys papers,
Louisiana parish weeklies, kite-surfing clubs, lacemakers' guilds, allotment associations' boards, tinnitus forums and
brass-band contests word and print them. Written blind: from how such sites put their rules, not from the cleaner's
code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_119` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" prints the same rules with "post", "message", "reply", "contribution" or "posting".
:data:`WELSH_119` gives each kind a Welsh heading that a bilingual site prints beside the English one."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Sixteen kinds of item, in the order such a site tends to print them: (headings, sentences). Each sentence
#: choice is one sentence or two; a site may add a second choice of the same kind after it.
REWORDINGS_119 = (
    (  # civility
        (
            "Be courteous",
            "Respect other readers",
            "Play the ball, not the player",
            "Keep it friendly",
            "Can I disagree with other members?",
            "Personal attacks",
        ),
        (
            ("Disagree with the argument if you must, but do not attack the person making it.",),
            (
                "Treat other members as you would at a club night or on the beach.",
                "Rudeness, name-calling and sarcasm aimed at individuals will not be tolerated.",
            ),
            ("Robust debate is welcome.", "Insults, goading and personal remarks about other readers are not."),
            ("Please be polite to fellow members, even when you disagree with them or with the committee.",),
            (
                "Everyone here was a beginner once.",
                "Answer newcomers' questions kindly, however often they have been asked before.",
            ),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for bigotry",
            "Racism and hatred",
            "What counts as hate speech?",
            "Respect for all communities",
        ),
        (
            (
                "{Cs} that attack people because of their race, nationality, religion, sex, sexual orientation, "
                "disability or age will be deleted.",
            ),
            ("We do not publish {cs} that stir up hatred against migrants, minorities or any other group.",),
            ('Slurs, stereotypes and "jokes" at the expense of a community have no place on this site.',),
            ("Hate speech may be a criminal offence.", "Serious cases will be passed to the police."),
            (
                "Disparaging remarks about a person's nationality, accent or home town count too, however "
                "light-hearted they are meant to be.",
            ),
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Respect privacy",
            "Don't share personal details",
            "Protect your personal information",
            "Can I post someone's address?",
            "Personal information",
        ),
        (
            (
                "Do not post anyone's home address, phone number, email address or car registration, including "
                "your own.",
            ),
            ("Do not name or identify other members in a complaint.", "Raise it privately with the committee instead."),
            ("Photographs of other people should only be posted with their permission.",),
            (
                "Private messages are private.",
                "Do not copy them into a public thread without the sender's consent.",
            ),
            (
                "We handle your details in line with data protection law.",
                "Your email address is never shown to other readers.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and young people",
            "Protecting the vulnerable",
            "Under 18?",
            "Welfare",
            "Worried about someone?",
        ),
        (
            ("Do not post photographs of junior members without the written consent of a parent or guardian.",),
            ("Never identify a child involved in court proceedings, a family dispute or a police investigation.",),
            ("Members under 16 must have a parent's permission to join the board.",),
            (
                "If you are worried about the safety of a child or adult, contact the welfare officer or the "
                "police, not the forum.",
            ),
            (
                "If you are struggling or feel you cannot cope, please do not wait for an answer here.",
                "Call Samaritans free on 116 123, or your local emergency number.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Pre-moderation",
            "How we moderate",
            "Why hasn't my {c} appeared?",
            "Where is my {c}?",
            "Delays",
        ),
        (
            ("All {cs} are read by a moderator before they are published, so yours may not appear straight away.",),
            ("Our moderators are volunteers.", "Please allow up to 48 hours for your {c} to be approved."),
            ("{Cs} sent after 6pm or at weekends may not be approved until the next working day.",),
            (
                "The first few {cs} from a new member are held for approval.",
                "This is an anti-spam measure and nothing personal.",
            ),
            (
                "Please do not send the same {c} again if it does not appear at once.",
                "Duplicates will be deleted.",
            ),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right section?",
            "Use the right board",
        ),
        (
            ("Keep your {cs} relevant to the article you are responding to.",),
            (
                "Please post in the correct section of the board.",
                "Threads started in the wrong place will be moved or locked.",
            ),
            ("Politics and religion are off topic unless they directly concern the club.",),
            ("Check whether your question has already been answered before starting a new thread.",),
            ("{Cs} that drift away from the story, or that rerun an old argument, may not be published.",),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Buying and selling",
            "Can I sell my kit here?",
            "Commercial posts",
            "Links",
        ),
        (
            ("Advertising, chain letters and links to commercial sites are not allowed.",),
            ("Items for sale or wanted belong in the For Sale board, not in general discussion.",),
            (
                "Traders may post once a month in the suppliers' thread.",
                "Any other promotion will be removed without warning.",
            ),
            (
                "Do not promote products, remedies or clinics.",
                "Members connected with a business must declare their interest.",
            ),
            ("{Cs} containing several links will be treated as spam.",),
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Usernames",
            "Real names",
            "One account per person",
            "Who can post?",
            "Registration",
        ),
        (
            ("You must register with a valid email address before your first {c} can be published.",),
            ("Please use your real name.", "Anonymous {cs} carry less weight and may not be published."),
            ("Usernames must not be offensive or impersonate another person, band, club or organisation.",),
            ("Each member may hold one account.", "Accounts set up to get round a ban will be closed."),
            (
                "The board is open to paid-up members of the association only.",
                "Your plot number is needed to register.",
            ),
        ),
    ),
    (  # the law
        (
            "Defamation",
            "The law",
            "Legal responsibility",
            "Could you be sued?",
            "Contempt of court",
            "Stay within the law",
        ),
        (
            ("Do not make allegations you cannot prove.", "You are legally responsible for what you write."),
            ("{Cs} on cases that are before the courts will not be published until proceedings have ended.",),
            ("We may be required by law to disclose your details to the police or a court.",),
            ("Libellous or defamatory statements, including those about public figures, will be removed.",),
            ("Under the Media and Defamation Act, the author of a {c} may be held liable for what it says.",),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Other people's work",
            "Patterns and photographs",
            "Can I share a pattern?",
            "Quoting",
            "Intellectual property",
        ),
        (
            ("Do not post scans or photographs of copyright patterns or books.", "Link to the publisher instead."),
            ("Only upload photographs, audio or video that you own or have permission to share.",),
            ("Short quotations are acceptable if you credit the source.", "Copying whole articles is not."),
            ("Contest recordings belong to the organisers and may not be uploaded without their written permission.",),
            ("By posting, you grant us a licence to publish your {c} in print and online.",),
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flagging",
            "Tell us",
        ),
        (
            ("If you see a {c} that breaks these rules, use the Report link beneath it.",),
            ("Please report problems to the moderators rather than replying to them in the thread.",),
            ("Complaints can be emailed to the editor.", "Please include a link to the {c} concerned."),
            ("Reports are anonymous.", "We review every one, usually within a working day."),
            ("Do not feed the trolls.", "Report them and move on."),
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "Right to remove",
            "Moderators' decisions",
            "Why was my {c} removed?",
            "Editing",
        ),
        (
            ("The editor reserves the right to edit, shorten or refuse any {c} without giving a reason.",),
            ("Moderators' decisions are final.", "Please do not argue about them on the open board."),
            ("We may close a thread or turn off {cs} on any story at any time.",),
            ("Publication of a {c} does not mean that we agree with it.",),
            (
                "The committee may remove any {c} it considers unsuitable.",
                "Appeals should be sent to the secretary in writing.",
            ),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Need to contact us?",
            "Errors in our reporting",
            "Contact the newsroom",
        ),
        (
            (
                "If you think we have got something wrong, please email the newsroom rather than raising it in the "
                "{cs}.",
            ),
            (
                "Corrections are not made through the {cs} section.",
                "Contact the editor directly and we will look into it.",
            ),
            ("Have a story for us?", "Send it to our news desk by email or WhatsApp."),
            (
                "Contest results are checked against the adjudicators' sheets.",
                "Report any error to the organisers, not on the board.",
            ),
            ("We aim to correct significant errors promptly.", "Please use the contact form at the foot of the page."),
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Keep it clean",
            "Write clearly",
            "Which languages can I use?",
        ),
        (
            ("Swearing, including words with letters replaced by symbols, is not allowed.",),
            ("{Cs} may be written in English or Welsh.",),
            ("Please write in English so that all readers and moderators can follow the discussion.",),
            ("Do not write in capital letters.", "It reads as shouting and is hard to follow."),
            ("Keep abbreviations and jargon to a minimum.", "Not every member will know the terms you use."),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "Three strikes",
            "What happens if I break the rules?",
            "Suspensions",
            "Sanctions",
        ),
        (
            (
                "Members who break these rules will first receive a warning.",
                "Repeat offenders will be suspended or banned.",
            ),
            ("Serious breaches, including threats, will lead to an immediate ban.",),
            ("We operate a three-strikes policy.", "A third warning in twelve months means a permanent ban."),
            ("Banned members may not rejoin under another name.",),
            (
                "Persistent rule-breakers will lose their posting rights and may have their membership reviewed "
                "by the committee.",
            ),
        ),
    ),
    (  # safety and advice
        (
            "Safety",
            "Not medical advice",
            "Advice at your own risk",
            "Is advice here reliable?",
            "Stay safe",
            "Disclaimer",
        ),
        (
            (
                "Nothing posted here is medical advice.",
                "Always speak to your GP or an audiologist before changing your treatment.",
            ),
            (
                "Wind and sea conditions posted by members are a guide only.",
                "Check the official forecast and never ride alone.",
            ),
            ("Do not recommend pesticides or weedkillers that are not approved for use in this country.",),
            (
                "Claims of a cure for tinnitus will be removed.",
                "There is no proven cure, and false hope does real harm.",
            ),
            (
                "Members give advice in good faith.",
                "The association accepts no responsibility for how it is used.",
            ),
        ),
    ),
)


#: A Welsh heading for each kind above, which a bilingual site prints beside the English one.
WELSH_119 = (
    "Byddwch yn gwrtais",
    "Dim casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadwch at y pwnc",
    "Dim hysbysebu",
    "Eich cyfrif",
    "Y gyfraith",
    "Hawlfraint",
    "Rhoi gwybod",
    "Disgresiwn y golygydd",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion a gwaharddiadau",
    "Diogelwch",
)


#: An opening line some sites print above their rules.
INTROS_119 = (
    "We welcome readers' {cs} on our stories, provided they keep to the rules below.",
    "Please read the following before posting.",
    "By using this board you agree to abide by the rules below.",
    "This board is for members of the association. To keep it pleasant for everyone, please follow these guidelines.",
    "Our forum is a peer support community, and these rules help keep it a safe place.",
    "{Cs} are moderated in line with the policy below.",
    "The following rules apply to all {cs} on this site.",
)


#: A closing line some sites print under their rules.
CLOSINGS_119 = (
    "These rules may be changed at any time. Last updated January 2025.",
    "Thank you for helping to keep the board friendly and useful.",
    "Queries about this policy should be sent to the editor.",
    "\u2014 The Committee",
    "The Moderation Team",
    "See you on the water!",
    "Full terms and conditions are linked at the foot of this page.",
    "If in doubt, leave it out.",
    "Thank you, and happy lacemaking.",
)


#: A title some sites print above their rules.
TITLES_119 = (
    "House Rules",
    "{C} Policy",
    "Board Rules",
    "Forum Rules",
    "Rules of the Board",
    "Posting Guidelines",
    "Reader {Cs}: Our Policy",
    "Community Guidelines",
    "Before you post",
    "Forum etiquette",
    "Message board rules",
    "Terms of Participation",
)


#: British spellings in the lists above and their American forms (a document prints one or the other).
AMERICAN_119 = {
    "offence": "offense",
    "organis": "organiz",
    "licence": "license",
    "libellous": "libelous",
}


#: The word a site that never says "comment" uses instead (singular, plural).
WORDS_119 = (
    ("post", "posts"),
    ("message", "messages"),
    ("reply", "replies"),
    ("contribution", "contributions"),
    ("posting", "postings"),
)

_MINOR_119 = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not"))
_NUMBERS_119 = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "Rule {n}.",
    "Rule {n} -",
    "R{n}.",
    "#{n}",
    "\u00a7{n}",
    "Clause {n}:",
    "{n}:",
    "{n} \u2013",
)
_LETTERS_119 = ("{a})", "({a})", "{A}.", "{a}.")
_ROMANS_119 = ("{r})", "({r})", "{R}.", "{r}.")
_BULLETS_119 = ("\u2022", "\u2022", "-", "*", "\u00b7", "\u2013", "\u203a", "\u00bb", "~", "+", "\u25a0", "\u2714")
_EMOJI_119 = (
    "\U0001fa81",
    "\U0001f331",
    "\U0001f955",
    "\U0001f3ba",
    "\U0001f9f5",
    "\U0001f442",
    "\u2705",
    "\U0001f449",
)
_SUBS_119 = ("-", "\u2013", "o", "\u25e6")
_AFTER_OWN_119 = ("", "", ":", ".", " -", " \u2013")
_AFTER_RUN_IN_119 = (": ", ": ", ". ", " - ", " \u2013 ", " \u2014 ", " | ")


def _roman_119(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _title_case_119(text: str) -> str:
    words = text.split(" ")
    return " ".join(word if i and word in _MINOR_119 else word[:1].upper() + word[1:] for i, word in enumerate(words))


def _marker_119(shape: str, n: int) -> str:
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    roman = _roman_119(n)
    return shape.format(n=n, a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _worded_119(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_119(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-119 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", text).

    Drawn per site: the word for what readers send ("comment" 0.75, else one of :data:`WORDS_119`); how many kinds
    (two to four with probability 0.2, else five to all sixteen), in the table's order (0.5) or shuffled; how
    headings print (on their own part 0.4, then nothing, a colon, a stop or a dash after them; run in before the
    first sentence 0.4 after a colon, a stop, a dash or a bar; none 0.2), in sentence case (0.4), title case (0.3),
    capitals (0.2) or with a small first letter (0.1); a heading's dress (one site in five): a forum's bold
    asterisks, unrendered BBCode bold tags, square brackets, or (own-part headings only) a line of "=" or "-" under
    it as a part of its own; the kind's Welsh heading after the English one, across a slash (0.07 of sites; not
    after a question); one item in twelve without its heading. A marker (none 0.3; numbers 0.3 in one of several
    shapes, "Rule 3 -", "\u00a73" and "Clause 3:" among them; letters 0.08; roman numerals 0.07; bullets, symbols or
    emoji 0.25) before the item's first part, or on a part of its own (0.08). A numbered site with own-part headings
    numbers each sentence as a sub-clause ("3.1", "3.2") with probability 0.15; otherwise a second and third
    sentence are marked as sub-points (0.1). Per item: one sentence choice, and with probability 0.25 another after
    it where the two make three sentences at most. Then :func:`._common._furnish` adds the opening, closing and
    title lines, American spelling and curly quotes."""
    c, cs = ("comment", "comments") if rng.random() < 0.75 else rng.choice(WORDS_119)
    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(5, len(REWORDINGS_119))
    picked = rng.sample(range(len(REWORDINGS_119)), count)
    if rng.random() < 0.5:
        picked.sort()
    roll = rng.random()
    placing = "own" if roll < 0.4 else "run-in" if roll < 0.8 else "none"
    after_own = rng.choice(_AFTER_OWN_119)
    after_run_in = rng.choice(_AFTER_RUN_IN_119)
    roll = rng.random()
    case = "sentence" if roll < 0.4 else "title" if roll < 0.7 else "upper" if roll < 0.9 else "lower"
    dress = ""
    if rng.random() < 0.2:
        dress = rng.choice(("bold", "bbcode", "brackets", "underline" if placing == "own" else "bold"))
    welsh = rng.random() < 0.07
    underline = rng.choice(("=", "-"))
    roll = rng.random()
    if roll < 0.3:
        shape = ""
    elif roll < 0.6:
        shape = rng.choice(_NUMBERS_119)
    elif roll < 0.68:
        shape = rng.choice(_LETTERS_119)
    elif roll < 0.75:
        shape = rng.choice(_ROMANS_119)
    else:
        shape = rng.choice(_BULLETS_119 + _EMOJI_119)
    marker_alone = bool(shape) and rng.random() < 0.08
    clauses = shape in _NUMBERS_119 and placing == "own" and rng.random() < 0.15
    sub = rng.choice(_SUBS_119) if not clauses and rng.random() < 0.1 else ""
    items: list[tuple[str, ...]] = []
    for n, index in enumerate(picked, 1):
        headings, choices = REWORDINGS_119[index]
        sentences = list(rng.choice(choices))
        if rng.random() < 0.25:
            other = rng.choice([choice for choice in choices if choice[0] != sentences[0]])
            if len(sentences) + len(other) <= 3:
                sentences += other
        sentences = _worded_119(sentences, c, cs)
        if clauses:
            sentences = [f"{n}.{k} {sentence}" for k, sentence in enumerate(sentences, 1)]
        elif sub:
            sentences = sentences[:1] + [f"{sub} {sentence}" for sentence in sentences[1:]]
        heading = "" if placing == "none" or rng.random() < 1 / 12 else _worded_119((rng.choice(headings),), c, cs)[0]
        if heading and case == "title":
            heading = _title_case_119(heading)
        elif heading and case == "upper":
            heading = heading.upper()
        elif heading and case == "lower":
            heading = heading[:1].lower() + heading[1:]
        if heading and welsh and not heading.endswith("?"):
            cymraeg = WELSH_119[index]
            heading = f"{heading} / {cymraeg.upper() if case == 'upper' else cymraeg}"
        question = heading.endswith("?")
        if heading and dress == "bold":
            heading = f"**{heading}**"
        elif heading and dress == "bbcode":
            heading = f"[b]{heading}[/b]"
        elif heading and dress == "brackets":
            heading = f"[{heading}]"
        parts: list[str]
        if not heading:
            parts = ["", *sentences]
        elif placing == "own":
            heading = heading if question else heading + after_own
            parts = [heading, *sentences]
            if dress == "underline":
                parts = [heading, underline * len(heading), *sentences]
        else:
            joint = " " if question else after_run_in
            parts = ["", heading + joint + sentences[0], *sentences[1:]]
        if shape:
            marker = _marker_119(shape, n)
            if marker_alone:
                parts = [marker, *parts]
            else:
                first = next(i for i, part in enumerate(parts) if part)
                parts[first] = f"{marker} {parts[first]}"
        items.append(tuple(parts))
    return _furnish(
        items,
        rng,
        _worded_119(INTROS_119, c, cs),
        _worded_119(CLOSINGS_119, c, cs),
        _worded_119(TITLES_119, c, cs),
        AMERICAN_119,
    )
