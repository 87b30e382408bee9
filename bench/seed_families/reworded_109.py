"""The ``reworded-109`` family: posting rules as Trinidad and Tobago and Barbadian news sites, Welsh valleys papers,
Alaska Panhandle weeklies, orienteering clubs, bookbinding workshops, tenants' associations, cancer support forums
and model-aircraft flying clubs word and print them. Written blind: from how such sites put their rules, not from
the cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_109` is (headings, sentences), written in sentence case and British spelling;
``{c}`` and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a
site that never says "comment" prints the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish

#: Sixteen kinds of item, in the order a site tends to print them: (headings, sentences). Each sentence choice
#: is one to three sentences.
REWORDINGS_109 = (
    (  # civility
        (
            "Be respectful",
            "Be kind to one another",
            "Play the ball, not the player",
            "Respect other members",
            "Are you being civil?",
            "Courtesy costs nothing",
        ),
        (
            (
                "Debate the issue, not the person.",
                "Personal attacks on other readers, our reporters or the people in a story will be removed.",
            ),
            ("Treat fellow members as you would at the clubhouse.", "Disagreement is fine; rudeness is not."),
            ("Please be courteous, even when you strongly disagree with someone.",),
            (
                "Many people here are going through a very difficult time.",
                "Please think about how your {c} might be read before you press send.",
            ),
            ("Name-calling, taunting and picong aimed at other users will not be tolerated.",),
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Discrimination",
            "Zero tolerance for hatred",
            "Racism and bigotry",
            "Is it hateful?",
            "Equality",
        ),
        (
            (
                "{Cs} that attack people because of their race, colour, religion, gender, sexuality, age or disability "
                "will be deleted.",
            ),
            (
                "We do not accept racist, sexist, homophobic or otherwise bigoted language in any form.",
                'Coded or "joking" versions of it are treated the same way.',
            ),
            (
                "Do not stir up hatred against any group, including people from other islands.",
                "Such {cs} may also break the law.",
            ),
            ("Stereotyping tenants because of where they come from or how they pay their rent has no place here.",),
            ("Hate speech is removed without warning, and the account that posted it will be closed.",),
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep private details private",
            "Other people's privacy",
            "Should you share that?",
            "Confidentiality",
        ),
        (
            ("Do not post phone numbers, home addresses or email addresses, whether your own or anyone else's.",),
            (
                "Please don't name your neighbours or give flat or door numbers when describing a dispute.",
                "Send the details of a case to the committee privately instead.",
            ),
            (
                "Take care over how much you share about your diagnosis, treatment or hospital.",
                "This is a public forum and can be read by anyone, including search engines.",
            ),
            ("Do not publish the names of juniors, or photographs of them, without their parents' consent.",),
            (
                "What is shared in the group stays in the group.",
                "Do not copy other members' posts to social media or anywhere else.",
            ),
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable people",
            "Junior members",
            "If you are in crisis",
            "Worried about someone?",
            "Looking after each other",
        ),
        (
            (
                "If you are feeling desperate or think you may harm yourself, please contact the Samaritans on 116 123 "
                "or your GP straight away.",
                "The moderators cannot provide emergency help.",
            ),
            (
                "Any concern about the welfare of a junior member should go to the club welfare officer, not onto the forum.",
            ),
            ("Do not use private messages to arrange to meet other members, especially young people.",),
            (
                "{Cs} that appear to put a child or vulnerable adult at risk will be removed.",
                "We may pass them to the appropriate authorities.",
            ),
            (
                "If a {c} worries you, report it to us at once.",
                "If someone is in immediate danger, call the emergency services first.",
            ),
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Approval of {cs}",
            "When will my {c} go live?",
        ),
        (
            (
                "All {cs} are read by a moderator before they are published.",
                "This can take a few hours, and longer at weekends.",
            ),
            ("Our newsroom is small, so {cs} sent overnight may not appear until the morning.",),
            (
                "New members' first few {cs} are held for approval.",
                "Once you are known to us, they will appear straight away.",
            ),
            (
                "{Cs} are checked by volunteers in their spare time.",
                "Please don't post the same thing twice if it does not show at once.",
                "It will get there.",
            ),
            ("{Cs} containing links are held automatically and released once they have been checked.",),
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Off-topic {cs}",
            "Is it about the story?",
            "Use the right section",
            "Stick to the subject",
        ),
        (
            ("Keep your {cs} relevant to the story they appear under.",),
            (
                "Please post in the section that best fits your question.",
                "Threads started in the wrong place may be moved without notice.",
            ),
            ("General chat belongs on the Clubhouse board, not in the event results threads.",),
            ("Party political arguments that have nothing to do with the article will be removed.",),
            (
                "This forum is for matters affecting residents of the estate.",
                "Wider political campaigns should be taken elsewhere.",
            ),
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and promotion",
            "Buying and selling",
            "Can I promote my business?",
            "Links",
        ),
        (
            ("Do not use your {cs} to advertise products, services or events.",),
            ("Traders may post once a month on the Marketplace board only.", "Adverts anywhere else will be deleted."),
            ("Spam, chain letters and repeated links to the same site will be removed and the account blocked.",),
            (
                "Items for sale, such as second-hand models, engines and radio gear, must go in the classifieds thread.",
                "Please include a price and your rough location.",
            ),
            ("Please do not promote fundraising pages, alternative cures or paid services.",),
        ),
    ),
    (  # real names and accounts
        (
            "Your account",
            "Real names",
            "One account each",
            "Usernames",
            "Who are you?",
            "Registration",
        ),
        (
            ("Please post under your real name.", "Anonymous {cs} are not accepted."),
            ("Each person may hold one account only.", "Accounts set up to get around a ban will be closed."),
            ("Do not pretend to be another person, a member of our staff or an officer of the association.",),
            ("Usernames that are offensive or contain a web address will be changed or removed.",),
            ("You are responsible for everything posted from your account, so keep your password to yourself.",),
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Legal matters",
            "Court cases",
            "Could it land you in court?",
            "Libel and contempt",
        ),
        (
            (
                "Do not post anything defamatory.",
                "Making an accusation you cannot prove could expose you, and us, to legal action.",
            ),
            (
                "Once someone has been charged, do not speculate about their guilt or innocence.",
                "Doing so could be a contempt of court.",
            ),
            ("{Cs} that break the laws of Trinidad and Tobago will not be published.",),
            ("Nothing you post should incite violence, encourage a criminal offence or break a court order.",),
            (
                "You may be held personally responsible for what you write.",
                "We will comply with any lawful request to identify a user.",
            ),
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Respect copyright",
            "Quoting other sources",
            "Whose work is it?",
        ),
        (
            ("Only post photographs and text that you own or have permission to use.",),
            (
                "Please do not copy whole articles from other websites.",
                "Quote a short extract and give a link instead.",
            ),
            (
                "Bindings, tutorials and patterns shared here remain the work of their makers.",
                "Ask before reproducing them.",
            ),
            ("Maps produced by the club are copyright and must not be reposted in full.",),
            ("By posting, you give us permission to publish your {c} in print and online.",),
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report, don't respond",
            "Flagging {cs}",
            "Seen something wrong?",
            "How to report",
        ),
        (
            ("Use the Report link under any {c} you think breaks these rules.",),
            (
                "If someone is being abusive, report them rather than replying.",
                "Arguing back only makes the thread worse.",
            ),
            ("Reports are anonymous.", "The person you report will not be told who flagged them."),
            ("Email the moderators with a link to the {c} and a short explanation of the problem.",),
            (
                "Please don't use reports to settle disagreements.",
                "A {c} you disagree with is not necessarily against the rules.",
            ),
        ),
    ),
    (  # the editor's discretion
        (
            "Our decision",
            "The editor's discretion",
            "We reserve the right",
            "Moderators' decisions",
            "Who decides?",
        ),
        (
            ("We reserve the right to edit, refuse or remove any {c} without giving a reason.",),
            ("The editor's decision on what is published is final.",),
            (
                "Moderators are volunteers and act in good faith.",
                "If you disagree with a decision, contact them privately rather than arguing in the thread.",
            ),
            ("We may close {cs} on any story, particularly those about court cases or deaths.",),
            (
                "Publishing a {c} does not mean we agree with it.",
                "The views expressed are those of the writer.",
            ),
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors in our reporting",
            "Contact the newsroom",
        ),
        (
            (
                "If you think we have got something wrong, email the newsroom rather than posting it here.",
                "We correct errors as quickly as we can.",
            ),
            ("Have a story for us?", "Call the news desk or use the form on our Contact page."),
            ("{Cs} pointing out errors are welcome, but they will not be kept once the article is corrected.",),
            ("Results queries should be sent to the event organiser, not posted on the results page.",),
            ("Problems on the estate can be reported in confidence to any committee member.",),
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "No swearing",
            "Capital letters",
            "English or Welsh?",
            "Write clearly",
        ),
        (
            ("Please don't swear, even with asterisks or clever spellings.",),
            ("Writing in capitals is the same as shouting.", "Please don't."),
            ("{Cs} in Welsh and in English are equally welcome.",),
            ("Keep text-speak to a minimum so that everyone can follow the conversation.",),
            (
                "Obscene, crude or sexually explicit language will be removed.",
                "So will {cs} that try to get round the filter.",
            ),
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if you break the rules",
            "Three strikes",
            "Suspensions",
            "Will I be banned?",
            "Consequences",
        ),
        (
            (
                "Users who break these rules will normally receive a warning first.",
                "Repeated breaches will lead to a ban.",
            ),
            (
                "We operate a three-strikes policy.",
                "A third warning within twelve months means your account is suspended.",
            ),
            ("Serious breaches, such as threats or hate speech, may lead to an immediate ban without warning.",),
            ("Members banned from the forum for abusive behaviour may also be referred to the club committee.",),
            (
                "Bans are reviewed after six months.",
                "Appeals should be emailed to the site administrator.",
                "Please don't apologise in the thread.",
            ),
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Advice and safety",
            "Not a substitute for professional advice",
            "Flying safely",
            "Is it safe?",
            "Health and safety",
        ),
        (
            (
                "Members share their own experiences, not medical advice.",
                "Always talk to your doctor or specialist nurse before changing your treatment.",
            ),
            ("Do not post advice that would break the Drone and Model Aircraft Code or the club's flying rules.",),
            (
                "Information given here about tenancy law is general.",
                "For advice on your own case, contact a housing adviser or solicitor.",
            ),
            ("When sharing techniques that use blades, presses or adhesives, please include the safety precautions.",),
            (
                "Never cross private land or out-of-bounds areas shown on a map to check a route.",
                "Doing so puts the club's permission to use the area at risk.",
            ),
        ),
    ),
)

#: The same kinds' headings in Welsh, for a site that prints its headings in both languages.
WELSH_109 = (
    "Parch",
    "Casineb",
    "Preifatrwydd",
    "Diogelu",
    "Cymedroli",
    "Cadw at y pwnc",
    "Hysbysebu",
    "Eich cyfrif",
    "Y gyfraith",
    "Hawlfraint",
    "Adrodd",
    "Ein penderfyniad",
    "Cywiriadau",
    "Iaith",
    "Rhybuddion",
    "Diogelwch",
)

#: Opening lines.
INTROS_109 = (
    "We welcome your {cs} on our stories, provided they follow these guidelines.",
    "Before you post, please take a moment to read our house rules.",
    "This forum is run by volunteers for the benefit of all members.",
    "By taking part in the discussion you agree to the following.",
    "Welcome to the forum. A few ground rules:",
    "These rules apply to everyone who uses the message board, committee members included.",
)

#: Closing lines.
CLOSINGS_109 = (
    "Thank you for keeping the discussion civil.",
    "These rules may be updated from time to time.",
    "Diolch \u2013 thank you for reading.",
    "Questions about these rules can be sent to the moderators.",
    "The full terms and conditions are available on our website.",
    "Happy flying, and see you at the field.",
    "Take care of yourselves and each other.",
    "\u2013 The moderation team",
)

#: Title lines.
TITLES_109 = (
    "House rules",
    "{C} guidelines",
    "Forum rules",
    "Community guidelines",
    "Posting rules",
    "Rheolau / Rules",
    "Terms of participation",
    "Message board etiquette",
    "Guidelines for {cs}",
    "Netiquette",
)

#: British spellings as written, and their American forms.
AMERICAN_109 = {
    "neighbour": "neighbor",
    "organiser": "organizer",
    "colour": "color",
    "behaviour": "behavior",
    "offence": "offense",
    "apologise": "apologize",
}

#: What a site calls what readers send: (singular, plural).
WORDS_109 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

_MINOR_109 = frozenset(("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "not", "if"))
_NUMBERS_109 = ("{n}.", "{n}.", "{n})", "({n})", "Rule {n} \u2013", "Rule {n}.", "{n} -")
_LETTERS_109 = ("{a})", "({a})", "{a}.", "{A}.")
_ROMANS_109 = ("{r}.", "({r})", "{R}.", "{r})")
_BULLETS_109 = ("\u2022", "\u2022", "-", "*", "\u25aa", "\u25ba", "\u00bb", "\u2705", "\u2013")
_SUBS_109 = ("-", "\u2013", "\u00b7", "o")
_AFTER_OWN_109 = ("", "", ":", ".")
_AFTER_RUN_IN_109 = (": ", ": ", ". ", " \u2013 ", " \u2014 ", " - ")


def _roman_109(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _title_case_109(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if i and word.lower() in _MINOR_109 else word[:1].upper() + word[1:] for i, word in enumerate(words)
    )


def _marker_109(shape: str, n: int) -> str:
    letter = "abcdefghijklmnop"[n - 1]
    return shape.format(n=n, a=letter, A=letter.upper(), r=_roman_109(n), R=_roman_109(n).upper())


def _worded_109(texts: Sequence[str], c: str, cs: str) -> list[str]:
    return [text.format(c=c, cs=cs, C=c.capitalize(), Cs=cs.capitalize()) for text in texts]


def _items_109(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-109 policy. Draws, in order: the site's word for what readers send ("comment", or with
    probability 0.25 "post", "message", "reply" or "contribution", never then "comment"); how many kinds (two to
    four with probability 0.25, else seven to sixteen) and their order (the table's, 0.5, else drawn); the headings'
    case (as written 0.5, title case 0.3, capitals 0.2); whether they are in Welsh and English (0.08), stand on a
    part of their own (0.55, then "", ":" or "." after) or run in before the first sentence (": ", ". " or a
    dash), or are left off for the whole policy (0.12; for one item 0.06); the markers (numbered 0.3, lettered
    0.08, roman 0.08, bulleted 0.22, none 0.32), a numbered site with headings on their own numbering each
    sentence under one (3.1, 3.2: 0.3), a site with headings on their own printing the sentences as sub-bullets
    (0.15). Per item: a heading and a choice of one to three sentences. Then :func:`_furnish`'s opening, closing
    and title lines, in the site's word."""
    if rng.random() < 0.25:
        c, cs = rng.choice(WORDS_109)
    else:
        c, cs = "comment", "comments"
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(7, 16)
    kinds = rng.sample(range(len(REWORDINGS_109)), count)
    if rng.random() < 0.5:
        kinds.sort()
    case = rng.choices(("as written", "title", "capitals"), (0.5, 0.3, 0.2))[0]
    welsh = rng.random() < 0.08
    own = rng.random() < 0.55
    after = rng.choice(_AFTER_OWN_109) if own else rng.choice(_AFTER_RUN_IN_109)
    bare = rng.random() < 0.12
    marking = rng.choices(("numbered", "lettered", "roman", "bulleted", "none"), (0.3, 0.08, 0.08, 0.22, 0.32))[0]
    shape = {
        "numbered": _NUMBERS_109,
        "lettered": _LETTERS_109,
        "roman": _ROMANS_109,
        "bulleted": _BULLETS_109,
        "none": ("",),
    }[marking]
    shape_drawn = rng.choice(shape)
    decimal = marking == "numbered" and own and not bare and rng.random() < 0.3
    if decimal:
        shape_drawn = "{n}."
    sub = own and not bare and not decimal and rng.random() < 0.15
    sub_mark = rng.choice(_SUBS_109)
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(kinds, 1):
        headings, sentences = REWORDINGS_109[kind]
        heading = "" if bare or rng.random() < 0.06 else _worded_109([rng.choice(headings)], c, cs)[0]
        parts = _worded_109(rng.choice(sentences), c, cs)
        if heading:
            if welsh:
                heading = f"{WELSH_109[kind]} / {heading}"
            if case == "title":
                heading = _title_case_109(heading)
            elif case == "capitals":
                heading = heading.upper()
        marker = _marker_109(shape_drawn, n) if marking != "none" else ""
        if decimal and heading:
            parts = [f"{n}.{k} {part}" for k, part in enumerate(parts, 1)]
        elif sub and heading:
            parts = [f"{sub_mark} {part}" for part in parts]
        if heading and own:
            heading += after if heading[-1] != "?" else ""
        elif heading:
            parts[0] = heading + (" " if heading[-1] == "?" else after) + parts[0]
            heading = ""
        if marker:
            if heading:
                heading = f"{marker} {heading}"
            else:
                parts[0] = f"{marker} {parts[0]}"
        items.append((heading, *parts))
    return _furnish(
        items,
        rng,
        _worded_109(INTROS_109, c, cs),
        _worded_109(CLOSINGS_109, c, cs),
        _worded_109(TITLES_109, c, cs),
        AMERICAN_109,
    )
