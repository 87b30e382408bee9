"""The ``reworded-106`` family: posting rules as Sri Lankan and Maldivian English-language news sites, Orkney papers,
Ozark weeklies, rowing clubs, beekeeping associations, food banks, model railway societies and singing groups for
people with Parkinson's word and print them. Written blind: from how such sites put their rules, not from the
cleaner's code or reports, nor from the other families' sentences.

Each kind in :data:`REWORDINGS_106` is (headings, sentences), written in sentence case and British spelling; ``{c}``
and ``{cs}`` stand for the word a site uses for what readers send (``{C}`` and ``{Cs}`` capitalised), so a site that
never says "comment" can print the same rules with "post", "message", "reply" or "contribution"."""

from __future__ import annotations

import random
from collections.abc import Sequence

from ._common import _furnish, _says_comment

#: Seventeen kinds of item, in the order a site tends to print them: (headings, sentences).
REWORDINGS_106: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        (
            "Be courteous",
            "Treat others with respect",
            "Play the ball, not the player",
            "Keep it friendly",
            "Can I disagree with other members?",
            "Courtesy costs nothing",
        ),
        (
            "Disagree with an argument if you must, but do not attack the person who made it.",
            "Personal abuse of other readers, our reporters or the people named in a story will not be published.",
            "This is a friendly group, and we ask everyone to treat fellow members as they would face to face.",
            "Sarcasm and name-calling rarely come across well in writing, so think how your {c} will read to others.",
            "Robust debate is welcome; rudeness, taunting and goading are not.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Respect all communities",
            "Racism and religious hatred",
            "Discrimination",
            "What counts as hate speech?",
            "Nothing that divides",
        ),
        (
            "{Cs} that incite racial, religious or communal hatred will be removed without notice.",
            "We will not publish anything that insults a person's ethnicity, religion, caste, gender, disability or "
            "sexual orientation.",
            "Remarks that could stir up ill-feeling between communities have no place on this site.",
            "Stereotyping whole groups of people, even as a joke, will be treated as hate speech.",
            "Material that is racist, sectarian, sexist or homophobic will be deleted and the account reported.",
        ),
    ),
    (  # privacy
        (
            "Respect privacy",
            "Personal information",
            "Keep it confidential",
            "Photographs of members",
            "Can I share someone's details?",
            "Protect your own details",
        ),
        (
            "Never post anyone's home address, telephone number or email address, including your own.",
            "Do not name or describe people who use the food bank; their dignity and privacy come first.",
            "Please ask before posting photographs or video of other members, and respect anyone who says no.",
            "Private messages should stay private, so do not copy them into a public thread without the sender's "
            "consent.",
            "Health details shared in the group are shared in confidence and must not be repeated elsewhere.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Children and vulnerable adults",
            "Protecting young members",
            "Keeping everyone safe",
            "Worried about someone?",
            "Juniors",
        ),
        (
            "Do not post photographs of junior members without written consent from a parent or guardian.",
            "Adults must not contact junior members through private messages on this site.",
            "If you are worried about the welfare of a child or vulnerable adult, contact the club's welfare officer "
            "straight away.",
            "Nothing that identifies a child involved in a court case or in care will be published.",
            "Any safeguarding concern raised here will be passed to the designated safeguarding lead and dealt with "
            "in confidence.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Moderated by volunteers",
            "When will my {c} go live?",
        ),
        (
            "All {cs} are read by a moderator before they are published, which can take up to 48 hours.",
            "Our moderators are volunteers, so {cs} sent over a weekend or bank holiday may not appear until Monday.",
            "Sending the same {c} several times will not speed things up and may get it held back.",
            "{Cs} are checked during office hours only, from 9am to 5pm, Sunday to Thursday.",
            "{Cs} containing links or attachments go into a queue for manual approval.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep it relevant",
            "Stick to the subject",
            "Off-topic {cs}",
            "Is this the right place?",
            "Right board, right thread",
        ),
        (
            "Please keep your {c} relevant to the article it appears under.",
            "Off-topic {cs} may be moved to the general board or removed.",
            "Check the board descriptions and use the section that fits best; moderators may move threads that are "
            "in the wrong place.",
            "Please search the forum before starting a new thread, as your question may already have been answered.",
            "This page is for the group's activities, not for political campaigning of any kind.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam",
            "Buying and selling",
            "Selling and promotion",
            "Can I advertise here?",
            "Commercial posts",
        ),
        (
            "Advertising, chain letters and links to commercial sites will be removed.",
            "Items for sale belong in the Sales and Wants board, not in the general discussion.",
            "Members may mention honey, nucs or queens for sale once a month in the classifieds thread.",
            "Fundraising appeals and collections must be agreed with the committee before they are posted.",
            "Accounts that exist only to promote a business will be deleted without warning.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Registration",
            "Your account",
            "One person, one account",
            "Do I have to give my name?",
            "Usernames",
        ),
        (
            "Please use your own name; anonymous {cs} will not be published.",
            "Usernames that are offensive or that impersonate another person, club or organisation are not allowed.",
            "Each member may hold only one account, and accounts must not be shared.",
            "Your email address is required to register but will never be shown on the site.",
            "The forum is open to paid-up members of the association, so please give your membership number when you "
            "register.",
        ),
    ),
    (  # the law
        (
            "Legal matters",
            "Defamation",
            "Stay within the law",
            "Court cases",
            "Could I be sued?",
            "Contempt of court",
        ),
        (
            "Do not make allegations against any named person that you cannot prove to be true.",
            "You are legally responsible for what you write, and a defamatory {c} may lead to action against you.",
            "We will not publish {cs} on cases that are before the courts, as they may prejudice a fair trial.",
            "Anything that breaks the law, or encourages others to, will be removed and may be reported to the police.",
            "Publishing the name of a victim of a sexual offence is itself an offence.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Photos and images",
            "Other people's work",
            "Can I share an article?",
            "Credit where it's due",
        ),
        (
            "Only upload photographs that you took yourself or have permission to use.",
            "Please link to articles rather than copying them in full.",
            "Content on this site is copyright and may not be reproduced without the editor's written permission.",
            "When sharing plans, drawings or track layouts, credit the person who made them.",
            "By submitting a {c} or photograph, you allow us to publish it on our website and social media pages.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "Report abuse",
            "Seen something wrong?",
            "How do I report a {c}?",
            "Flag it",
            "Tell a moderator",
        ),
        (
            "Use the Report link beside any {c} you think breaks these rules and a moderator will look at it.",
            "Please do not respond to abusive {cs}; report them instead.",
            "You can also email the webmaster, giving a link to the {c} and the reason for your complaint.",
            "Reports are confidential and the person reported will not be told who made them.",
            "If you think a {c} has been removed unfairly, contact the moderators rather than raising it in the "
            "thread.",
        ),
    ),
    (  # the editor's discretion
        (
            "The editor's decision",
            "Our right to remove",
            "Final say",
            "Editorial discretion",
            "Why was my {c} removed?",
        ),
        (
            "The editor reserves the right to edit, shorten or reject any {c} without giving a reason.",
            "The decision of the moderators is final and no correspondence will be entered into.",
            "Publication of a {c} does not mean that we agree with it.",
            "Views expressed by readers are their own and do not reflect those of the editor or the publishers.",
            "The committee may amend these rules at any time; the current version is always the one on this page.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Spotted a mistake?",
            "News tips",
            "Got a story?",
            "Errors and complaints",
            "Club news and results",
        ),
        (
            "If you believe we have got something wrong, email the newsdesk rather than sending a {c}, and we will "
            "look into it.",
            "Corrections are not made through the {cs} section; please contact the editor directly.",
            "Have a story for us? Send your news tips and photographs to the newsroom.",
            "Race results and crew news should be sent to the press officer, not posted here.",
            "Factual errors will be corrected as quickly as possible and noted at the foot of the article.",
        ),
    ),
    (  # language
        (
            "Language",
            "Mind your language",
            "Write in English",
            "No shouting",
            "Swearing",
            "Why English only?",
        ),
        (
            "{Cs} must be in English so that our moderators can read them.",
            "Swearing, obscenities and crude language are not acceptable, even with letters replaced by symbols.",
            "Please do not write in capital letters; it reads as shouting.",
            "{Cs} written in Sinhala, Tamil or Dhivehi cannot be published on this English-language site.",
            "Text-speak and long strings of emojis make {cs} hard to read, so please write in full.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "Breaking the rules",
            "What happens if I break the rules?",
            "Three strikes",
            "Suspension",
            "Persistent offenders",
        ),
        (
            "Members who break these rules will receive a warning, and a second breach may lead to suspension.",
            "Serious breaches, including threats or hate speech, will lead to an immediate and permanent ban.",
            "Those who are banned must not return under another name.",
            "We may suspend an account while a complaint is looked into.",
            "Repeated off-topic posting or disruptive behaviour will be treated as a breach of these rules.",
        ),
    ),
    (  # safety and advice
        (
            "Advice",
            "Medical advice",
            "Take care",
            "Is the advice here reliable?",
            "Health and safety",
            "Not professional advice",
        ),
        (
            "Advice given by members is based on their own experience and is not a substitute for professional advice.",
            "Nothing in this group is medical advice; please talk to your GP, consultant or Parkinson's nurse before "
            "changing your medication.",
            "Never go afloat alone or in conditions beyond your experience, whatever you read on this forum.",
            "Notifiable diseases such as foulbrood must be reported to the bee inspector, not just discussed here.",
            "Always check the allergy and use-by information on donated food before passing it on.",
        ),
    ),
    (  # getting help and contacting us
        (
            "Need help?",
            "Contacting us",
            "Urgent requests",
            "Getting a food parcel",
            "How do I get in touch?",
        ),
        (
            "We cannot arrange food parcels through {cs} on this page; please speak to your referral agency or call "
            "the food bank.",
            "This page is not monitored around the clock, so in an emergency call the emergency services.",
            "To report a swarm, ring the swarm line rather than posting here, so that a collector can reach you "
            "quickly.",
            "Questions about membership, rehearsals or subscriptions should go to the secretary by email.",
            "We aim to answer messages sent to the page within three working days.",
        ),
    ),
)


#: Opening lines.
INTROS_106 = (
    "{Cs} are welcome, but please read the following rules before you post.",
    "We want this to be a friendly and useful place for all our members.",
    "By submitting a {c}, you agree to abide by the rules below.",
    "The following rules apply to all {cs} on this website.",
    "Readers are kindly requested to observe the following guidelines.",
    "This forum is run by volunteers for the benefit of members.",
)


#: Closing lines.
CLOSINGS_106 = (
    "Thank you for helping to keep this a welcoming place.",
    "These rules were agreed by the committee and may be revised from time to time.",
    "Enquiries about these rules should be addressed to the webmaster.",
    "Happy posting!",
    "Thank you for your co-operation.",
    "Last updated: March 2025.",
    "The Editor",
)


#: Title lines.
TITLES_106 = (
    "Comments policy",
    "Comment guidelines",
    "Forum rules",
    "Group rules",
    "House rules",
    "Posting guidelines",
    "Rules of the message board",
    "Noticeboard rules",
    "Before you post",
    "Netiquette",
)


#: British spellings as written, and their American forms.
AMERICAN_106 = {
    "organisation": "organization",
    "co-operation": "cooperation",
    "offence": "offense",
    "behaviour": "behavior",
    "enquiries": "inquiries",
}


#: The site's word for what readers send, and its plural.
_NOUNS_106 = {"comment": "comments", "post": "posts", "message": "messages", "reply": "replies",
              "contribution": "contributions"}  # fmt: skip
_MINOR_106 = frozenset(("a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "not"))
_KEYCAPS_106 = (*(f"{n}\ufe0f\u20e3" for n in range(1, 10)), "\U0001f51f")
_NUMBERS_106 = ("{n}.", "{n}.", "{n})", "({n})", "{n} -", "{n}:", "No. {n}", "Rule {n}:", "Rule {n} -", "{n}/", "{k}")
_LETTERS_106 = ("{a})", "({a})", "{A}.", "{A})")
_ROMANS_106 = ("{r}.", "({r})", "{R}.", "{R} -")
_BULLETS_106 = ("\u2022", "-", "*", "\u00bb", "\u25aa", "\u2714", "\u25fe", "\u27a2")
_SUBS_106 = ("-", "\u2022", "o", "\u2013")
_AFTER_OWN_106 = ("", "", ":", ".")
_AFTER_RUN_IN_106 = (": ", ": ", " - ", " \u2013 ", " \u2014 ", ". ")
_ROMAN_106 = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
              "xvii")  # fmt: skip


def _title_case_106(text: str) -> str:
    """``text`` with each word capitalised, bar the minor words after the first."""
    words: list[str] = []
    for word in text.split(" "):
        words.append(word if words and word in _MINOR_106 else word[:1].upper() + word[1:])
    return " ".join(words)


def _in_words_106(texts: Sequence[str], words: dict[str, str], no_comment: bool) -> list[str]:
    """``texts`` with the site's word filled in, dropping those that say "comment" where a site never does."""
    filled = (text.format(**words) for text in texts)
    return [text for text in filled if not (no_comment and _says_comment(text))]


def _marker_106(shape: str, n: int) -> str:
    """The ``n``-th (from 0) item's marker in ``shape`` (``{k}``: a keycap emoji, to the tenth), or nothing."""
    if not shape:
        return ""
    if shape == "{k}":
        return _KEYCAPS_106[n] if n < len(_KEYCAPS_106) else f"{n + 1}."
    letter, roman = "abcdefghijklmnopqrstuvwxyz"[n], _ROMAN_106[n]
    return shape.format(n=n + 1, a=letter, A=letter.upper(), r=roman, R=roman.upper())


def _items_106(rng: random.Random) -> list[tuple[str, ...]]:
    """One site's policy. The site's word: "comment", or (a quarter of the sites, which then never say "comment", and
    0.1 more, which say it as well) "post", "message", "reply" or "contribution". Two to four kinds 0.2 of the time,
    else five to thirteen, in the table's order (0.5) or as drawn; for each, one heading (a question where the kind
    has one, in 0.2 of the policies) and one sentence (0.45), two (0.35) or three, in the table's order, as parts of
    their own or (0.2 of the policies) run together as one paragraph. Headings in sentence case (0.45), title case
    (0.3) or capitals; on a part of their own, bare or after a colon or a full stop, or run in before a colon, a
    hyphen, an en or em dash or a full stop; one way for the whole policy or (0.12) each item its own; none at all
    (0.18) or none for one item (0.07). Items numbered (0.28: among the shapes "Rule 1:", "No. 1" and keycap emoji),
    lettered (0.06), in Roman numerals (0.06), bulleted (0.2), numbered with the bare number on a part of its own
    before the item (0.1), or unmarked. Under a heading on its own part, the sentences are marked as sub-points (0.1
    of the policies not run together: a dash, bullet or "o"; in numbered policies as often "1.1", "1.2"). Then
    :func:`_furnish` with the family's opening, closing and title lines."""
    draw = rng.random()
    no_comment = draw < 0.25
    noun = rng.choice(tuple(_NOUNS_106)[1:]) if draw < 0.35 else "comment"
    words = {"c": noun, "cs": _NOUNS_106[noun], "C": noun.capitalize(), "Cs": _NOUNS_106[noun].capitalize()}

    count = rng.randint(2, 4) if rng.random() < 0.2 else rng.randint(5, 13)
    picked = rng.sample(range(len(REWORDINGS_106)), count)
    if rng.random() < 0.5:
        picked.sort()
    questions = rng.random() < 0.2
    headless = rng.random() < 0.18
    paragraph = rng.random() < 0.2
    case = rng.choices(("sentence", "title", "capitals"), (0.45, 0.3, 0.25))[0]
    set_case = {"sentence": str, "title": _title_case_106, "capitals": str.upper}[case]

    def placing() -> tuple[str, str, str]:
        where = rng.choices(("own", "run-in"), (0.55, 0.45))[0]
        return where, rng.choice(_AFTER_OWN_106), rng.choice(_AFTER_RUN_IN_106)

    policy_placing = placing()
    each_own = rng.random() < 0.12
    style = rng.choices(
        ("none", "numbers", "letters", "romans", "bullets", "alone"), (0.3, 0.28, 0.06, 0.06, 0.2, 0.1)
    )[0]
    shapes = {"numbers": _NUMBERS_106, "letters": _LETTERS_106, "romans": _ROMANS_106, "bullets": _BULLETS_106}
    shape = rng.choice(shapes[style]) if style in shapes else ""
    sub = ""
    if rng.random() < 0.1 and not paragraph:
        sub = "{n}.{m}" if style == "numbers" and rng.random() < 0.5 else rng.choice(_SUBS_106)

    items: list[tuple[str, ...]] = []
    for kind in picked:
        headings, sentences = (_in_words_106(texts, words, no_comment) for texts in REWORDINGS_106[kind])
        if not headings or not sentences:
            continue
        asked = [text for text in headings if text.endswith("?")]
        told = [text for text in headings if not text.endswith("?")] or headings
        heading = rng.choice(asked if questions and asked else told)
        heading = "" if headless or rng.random() < 0.07 else set_case(heading)
        how = min(rng.choices((1, 2, 3), (0.45, 0.35, 0.2))[0], len(sentences))
        chosen = [sentences[i] for i in sorted(rng.sample(range(len(sentences)), how))]
        if paragraph:
            chosen = [" ".join(chosen)]
        n = len(items)
        lead: tuple[str, ...] = (str(n + 1),) if style == "alone" else ()
        marker = _marker_106(shape, n)
        marker += " " if marker else ""
        where, after_own, after_run_in = placing() if each_own else policy_placing
        if heading and where == "own":
            heading += "" if heading.endswith("?") else after_own
            if sub:
                chosen = [
                    sub.format(n=n + 1, m=m + 1) + " " + sentence if "{" in sub else sub + " " + sentence
                    for m, sentence in enumerate(chosen)
                ]
            items.append((*lead, marker + heading, *chosen) if lead else (marker + heading, *chosen))
            continue
        if heading:
            joint = " " if heading.endswith("?") else after_run_in
            chosen[0] = heading + joint.rstrip() + " " + chosen[0]
        items.append((*lead, marker + chosen[0], *chosen[1:]) if lead else ("", marker + chosen[0], *chosen[1:]))
    intros, closings, titles = (
        _in_words_106(texts, words, no_comment) for texts in (INTROS_106, CLOSINGS_106, TITLES_106)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_106)
