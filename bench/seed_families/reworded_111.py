"""The ``reworded-111`` family: posting rules as Ghanaian and Sierra Leonean English-language news sites, Cornish-Devon
border papers, Nebraska Sandhills weeklies, gliding clubs, folk-dance societies, hospice shops, stroke survivors'
groups and pigeon-racing federations word and print them. Written blind: from how such sites put their rules, not
from the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_111` is (headings, sentences): five or six headings and five single sentences, in
British spelling (``AMERICAN_111`` turns them American, as a Sandhills weekly prints them); an item draws one to
three of its kind's sentences. ``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}``
and ``{Cs}`` capitalised), so a site that never says "comment" prints the same rules with "post", "message",
"reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Seventeen kinds of item, in the order such a site tends to print them: (headings, sentences).
REWORDINGS_111 = (
    (  # civility
        (
            "Be courteous",
            "Respect one another",
            "Play the ball, not the player",
            "Keep it friendly",
            "Why be polite?",
            "Courtesy first",
        ),
        (
            "Treat fellow members as you would if you met them at the clubhouse.",
            "Disagree by all means, but do it without insults or name-calling.",
            "Personal attacks on other readers, our reporters or the people in a story will be removed.",
            "Sarcasm and belittling remarks rarely read well online, so think twice before you press send.",
            "Remember that there is a real person, often someone going through a difficult time, behind every {c}.",
        ),
    ),
    (  # hatred
        (
            "No tribalism or hate",
            "Hate speech",
            "Discrimination",
            "Zero tolerance for prejudice",
            "Is it ever acceptable to stereotype a group?",
            "Respect diversity",
        ),
        (
            "{Cs} that stir up hatred on grounds of tribe, ethnicity, religion or region will be deleted without "
            "notice.",
            "We do not allow racist, sexist, homophobic or ableist language of any kind.",
            "Mocking anyone's disability, speech or the after-effects of their illness is not acceptable here.",
            "Running people down for where they come from, our neighbours across the Tamar included, has no place "
            "on this site.",
            "Incitement to violence against any person or group will be reported to the police.",
        ),
    ),
    (  # privacy
        (
            "Privacy",
            "Protect personal details",
            "Keep it private",
            "What may I share about other people?",
            "Personal information",
            "Your privacy and other people's",
        ),
        (
            "Do not post phone numbers, home addresses or email addresses, your own or anyone else's.",
            "Please don't share details of another member's health or treatment without their permission.",
            "Photographs of patients, residents or fellow group members need their consent before they appear here.",
            "Loft addresses and ring numbers should not be posted publicly, as they can help thieves target birds.",
            "Private messages sent to you should stay private; do not paste them into a public thread.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting children and vulnerable adults",
            "Looking after each other",
            "Safeguarding concerns",
            "What if I'm worried about someone?",
        ),
        (
            "Never name or identify a child, or the victim of a sexual offence, in a {c}.",
            "If you are worried that someone is at risk of harm, contact our safeguarding officer rather than posting "
            "about it.",
            "Junior members must not share contact details or arrange to meet anyone through this site.",
            "Anyone who appears to be in crisis will be contacted privately by a moderator.",
            "Any {c} that raises a safeguarding concern will be passed to the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "When will my {c} appear?",
            "Pre-moderation",
            "Why is my {c} awaiting approval?",
            "How we moderate",
            "Approval times",
        ),
        (
            "All {cs} are read by a moderator before they are published.",
            "Our moderators are volunteers, so please allow up to 48 hours for your {c} to appear.",
            "{Cs} sent outside office hours will be checked on the next working day.",
            "New members' first few {cs} are held for approval as a matter of course.",
            "{Cs} containing links or certain words are held automatically and may take longer to show.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Relevance",
            "Off-topic {cs}",
            "Is this the right place for my {c}?",
        ),
        (
            "Please keep your {c} relevant to the article or thread it appears under.",
            "General chat belongs in the Clubhouse section, not in the race results threads.",
            "Party political point-scoring that has nothing to do with the story will be removed.",
            "Questions about launch times, weather and the state of the field belong in the flying forum, not the "
            "social pages.",
            "If your {c} starts a new subject, please open a new thread for it.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Selling and spam",
            "Commercial {cs}",
            "Can I sell something here?",
            "Spam",
            "Promotions and links",
        ),
        (
            "Advertising, chain letters and money-making schemes are not permitted.",
            "Birds, lofts and equipment for sale must be listed in the classified section, not in general threads.",
            "We cannot reserve or sell items through {cs} on this page; please visit the shop in person.",
            "Repeated links to the same website will be treated as spam and removed.",
            "Fundraising appeals for other causes need the permission of the admin team first.",
        ),
    ),
    (  # real names and accounts
        (
            "Real names",
            "Your account",
            "Who can post?",
            "Identity",
            "One person, one account",
            "Registration",
        ),
        (
            "Please register using your real name; pseudonyms and anonymous accounts will not be approved.",
            "Each member may hold one account only, and accounts must not be shared.",
            "Fanciers should give their federation membership number when registering.",
            "Do not pretend to be another person, an officer of the club or a member of our staff.",
            "Accounts that are inactive for twelve months may be closed without notice.",
        ),
    ),
    (  # the law
        (
            "Legal",
            "Stay within the law",
            "Defamation and contempt",
            "Could my {c} break the law?",
            "The law",
        ),
        (
            "Do not make allegations you cannot prove; you are legally responsible for what you write.",
            "{Cs} about cases still before the courts risk contempt and will not be published.",
            "False statements about candidates or electoral officials during an election period may be an offence.",
            "We will hand over a user's details to the police when the law requires it.",
            "Nothing posted here should encourage anyone to break the law, airspace regulations included.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and other people's work",
            "Can I share a photo I found online?",
            "Intellectual property",
            "Credit where it's due",
        ),
        (
            "Only upload photographs, videos or music that you own or have permission to use.",
            "Please do not copy whole articles from other publications; a short quote and a link is enough.",
            "Race results and pedigrees published by the federation may be quoted, but please credit the source.",
            "By posting a photo you grant us the right to reproduce it on this site and in print.",
            "Material posted in breach of copyright will be taken down as soon as we are told of it.",
        ),
    ),
    (  # reporting
        (
            "Reporting",
            "Report a problem",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flag it",
        ),
        (
            "Use the Report button beside any {c} you think breaks these rules.",
            "You can also email the moderators; please include a link to the {c} concerned.",
            "Reports are anonymous, and the person you report will not be told who made it.",
            "Please don't reply to a troublesome {c}; report it and let us deal with it.",
            "Every report is read, although we may not be able to answer each one.",
        ),
    ),
    (  # editor's discretion
        (
            "Our right to edit",
            "Editor's discretion",
            "Final say",
            "Who decides?",
            "Moderators' decisions",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Moderators' decisions are final and will not be discussed in public threads.",
            "We may close a thread at any time if the discussion is no longer constructive.",
            "We may remove {cs} that keep within these rules but which we judge to be harmful.",
            "If you disagree with a decision, write to the committee, not to the forum.",
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
            "If you think we have got something wrong, please email the newsroom rather than writing a {c}.",
            "Corrections are handled by the editor and cannot be requested through {cs}.",
            "Have a story for us? Send it to the news desk with your name and a contact number.",
            "Complaints about our reporting may be referred to the National Media Commission if we cannot resolve "
            "them.",
            "Club news, results and photos for the newsletter should go to the editor rather than be posted here.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Write clearly",
            "Which language should I write in?",
            "No shouting",
        ),
        (
            "Please write in English so that all readers can follow the discussion.",
            "Swearing, including words disguised with asterisks, will be removed.",
            "Avoid typing in capital letters, which reads as shouting.",
            "Take your time: spelling mistakes don't matter, but please keep {cs} short and clear.",
            "Text-speak and strings of emojis make {cs} hard to read for some of our members.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if I break the rules?",
            "Three strikes",
            "Sanctions",
            "Suspensions",
        ),
        (
            "A first breach will normally earn a warning by private message.",
            "Members who keep breaking the rules will be suspended, and may be banned permanently.",
            "We operate a three-strikes policy: after the third warning your account is closed.",
            "Anyone banned who returns under a new name will be removed again without warning.",
            "Serious breaches, such as threats, lead to an immediate ban.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Not professional advice",
            "Safety first",
            "Should I follow advice given here?",
            "Health and safety",
            "In an emergency",
        ),
        (
            "Members share their own experience, which is no substitute for advice from your GP, consultant or "
            "therapist.",
            "If you think someone is having a stroke, call 999 at once; do not post about it here.",
            "Nothing posted here replaces the club's flying orders or the word of the duty instructor.",
            "Always follow your vet's advice on medication; doses quoted in {cs} may not suit your birds.",
            "If you are feeling low or struggling with grief, please talk to someone: Samaritans are free to call on "
            "116 123.",
        ),
    ),
    (  # disclaimer
        (
            "Disclaimer",
            "Views expressed",
            "Whose views are these?",
            "Responsibility",
            "Liability",
        ),
        (
            "Views expressed in {cs} are those of the writers and not of the paper, its staff or its advertisers.",
            "The federation accepts no responsibility for the accuracy of information posted by members.",
            "The society is not liable for any loss arising from reliance on what is posted here.",
            "Publication of a {c} does not mean that we agree with it.",
            "{Cs} are the responsibility of the people who post them.",
        ),
    ),
)


#: Opening lines such sites print above their rules.
INTROS_111 = (
    "We welcome your {cs}, but please read the following rules before you post.",
    "To keep this a friendly and supportive place, we ask everyone to follow these guidelines.",
    "By posting on this site you agree to abide by the rules below.",
    "These rules apply to all {cs} on our website and on our social media pages.",
    "NB: Please read and observe the following before sending your {c}.",
    "Our forum is open to all paid-up members, on the following terms.",
)


#: Closing lines such sites print below their rules.
CLOSINGS_111 = (
    "Thank you for helping to keep this site a welcoming place.",
    "These rules may be updated from time to time without notice.",
    "Questions about these rules can be sent to the webmaster.",
    "Thank you for your co-operation.",
    "\u2014 The Moderators",
    "Last reviewed by the committee, March 2024.",
    "Blue skies, and thank you for reading.",
)


#: Title lines such sites print above their rules.
TITLES_111 = (
    "{C} Policy",
    "House Rules",
    "Forum Rules",
    "Rules of Engagement",
    "Community Guidelines",
    "Posting guidelines",
    "Group Rules",
    "Guidelines for {Cs}",
    "READ BEFORE POSTING",
    "Our rules",
    "Before you post",
    "Message Board Rules",
)


#: British spellings in the lists above and their American forms (a reworded-111 document prints one or the other).
AMERICAN_111 = {
    "neighbours": "neighbors",
    "offence": "offense",
    "co-operation": "cooperation",
    "call 999": "call 911",
}


#: What sites say instead of "comment" (a quarter of them).
WORDS_111 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MINOR_111 = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "if", "my", "it", "is")
)
_NUMBERS_111 = ("{n}.", "{n}.", "{n})", "#{n}", "Rule {n}:", "Rule {n} \u2013", "({n})", "{n} -")
_LETTERS_111 = ("({a})", "{a})", "{A}.")
_ROMANS_111 = ("{R}.", "({r})", "{r}.")
_BULLETS_111 = ("\u2022", "\u2022", "-", "*", "\u2714", "\u27a4", "\u25a0", "\u2192", "\u25c6", "\U0001f49c")
_SUBS_111 = ("\u00bb", "\u2013", "-", "\u25e6")
_AFTER_OWN_111 = ("", "", ":", ".")
_AFTER_RUN_IN_111 = (": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ")
_KEYCAP_111 = "\ufe0f\u20e3"


def _roman_111(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _keycap_111(n: int) -> str:
    """The number as a Facebook group prints it: a keycap emoji a digit ("\U0001f51f" for ten)."""
    return "\U0001f51f" if n == 10 else "".join(digit + _KEYCAP_111 for digit in str(n))


def _title_case_111(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_111 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _worded_111(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_111(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-111 policy. Draws, in order: the site's word for what readers send ("comment", or with
    probability 0.25 "post", "message", "reply" or "contribution", never then "comment"); how many kinds (two to
    four with probability 0.25, else six to seventeen) and their order (the table's, 0.45, else drawn); the
    headings' case (as written 0.45, title case 0.3, capitals 0.25); whether headings stand on a part of their own
    (0.5, then "", ":" or "." after), run in before the first sentence (0.38: ": ", ". " or a dash) or are left
    off for the whole policy (0.12; for one item 0.05); the markers (numbered 0.3, lettered 0.07, roman 0.07,
    bulleted 0.2, keycap emoji 0.06, none 0.3). A site with headings on their own may wrap them in bold asterisks
    (0.05) or underline them with a part of "=" or "-" (0.06); a numbered one may print the number zero-padded on
    a part of its own above the heading (0.12) or letter the sentences under a heading, (a), (b), as a rule book
    does (0.2); one that does not letter them may print them as sub-bullets (0.12). The last item's first sentence
    may start "Please note:" (0.08, unless it starts "Please"). Per item: a heading and one to three of its kind's
    five sentences (0.5, 0.35, 0.15), in the table's order. Then :func:`_furnish`'s opening, closing and title lines,
    in the site's word."""
    if rng.random() < 0.25:
        c, cs = rng.choice(WORDS_111)
    else:
        c, cs = "comment", "comments"
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, len(REWORDINGS_111))
    kinds = rng.sample(range(len(REWORDINGS_111)), count)
    if rng.random() < 0.45:
        kinds.sort()
    case = rng.choices(("as written", "title", "capitals"), (0.45, 0.3, 0.25))[0]
    placing = rng.choices(("own", "run in", "bare"), (0.5, 0.38, 0.12))[0]
    after = rng.choice(_AFTER_OWN_111) if placing == "own" else rng.choice(_AFTER_RUN_IN_111)
    marking = rng.choices(
        ("numbered", "lettered", "roman", "bulleted", "keycap", "none"), (0.3, 0.07, 0.07, 0.2, 0.06, 0.3)
    )[0]
    shape = rng.choice(
        {
            "numbered": _NUMBERS_111,
            "lettered": _LETTERS_111,
            "roman": _ROMANS_111,
            "bulleted": _BULLETS_111,
            "keycap": ("{k}",),
            "none": ("",),
        }[marking]
    )
    own = placing == "own"
    bold = own and rng.random() < 0.05
    underline = rng.choice(("=", "-")) if own and not bold and rng.random() < 0.06 else ""
    padded = own and marking == "numbered" and rng.random() < 0.12
    lettered = own and marking == "numbered" and not padded and rng.random() < 0.2
    sub = rng.choice(_SUBS_111) if own and not lettered and rng.random() < 0.12 else ""
    note = rng.random() < 0.08
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_111[kind]
        heading = "" if placing == "bare" or rng.random() < 0.05 else _worded_111([rng.choice(headings)], c, cs)[0]
        many = rng.choices((1, 2, 3), (0.5, 0.35, 0.15))[0]
        parts = _worded_111([sentences[i] for i in sorted(rng.sample(range(len(sentences)), many))], c, cs)
        if note and n == len(kinds) and not parts[0].startswith("Please "):
            parts[0] = "Please note: " + parts[0][0].lower() + parts[0][1:]
        if heading:
            if case == "title":
                heading = _title_case_111(heading)
            elif case == "capitals":
                heading = heading.upper()
        marker = shape.format(
            n=n,
            a="abcdefghijklmnopq"[n - 1],
            A="ABCDEFGHIJKLMNOPQ"[n - 1],
            r=_roman_111(n),
            R=_roman_111(n).upper(),
            k=_keycap_111(n),
        )
        if heading and own:
            if lettered:
                parts = [f"({letter}) {part}" for letter, part in zip("abc", parts, strict=False)]
            elif sub:
                parts = [f"{sub} {part}" for part in parts]
            if bold:
                heading = f"**{heading}**"
            elif heading[-1] != "?":
                heading += after
            lead = [f"{n:02d}"] if padded else []
            if padded:
                marker = ""
            if underline:
                lead.append(f"{marker} {heading}".strip())
                items.append((*lead, underline * len(lead[-1]), *parts))
                continue
            items.append((*lead, f"{marker} {heading}".strip(), *parts))
            continue
        if heading:
            parts[0] = heading + (" " if heading[-1] == "?" else after) + parts[0]
        if marker:
            parts[0] = f"{marker} {parts[0]}"
        items.append(("", *parts))
    return _furnish(
        items,
        rng,
        _worded_111(INTROS_111, c, cs),
        _worded_111(CLOSINGS_111, c, cs),
        _worded_111(TITLES_111, c, cs),
        AMERICAN_111,
    )
