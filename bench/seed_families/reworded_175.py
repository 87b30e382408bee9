"""The ``reworded-175`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for).

Kinds of sites: Trinidad and Tobago and Guyanese news, Outer Banks and Eastern Shore weeklies, Fife coastal village
papers, netball clubs, calligraphy societies, stroke-survivor forums, community-orchard groups, heritage-tramway
volunteers.

Written blind: from how such sites word and print their posting rules, without reading the cleaner's code, its docs
or its reports, nor the other families' sentences (only ``reworded-6``'s code, for the module's structure)."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Per item kind: heading choices (sentence case, printed without a stop; a question or two among them) and five
#: sentences, each one sentence. ``{c}``, ``{cs}``, ``{C}`` and ``{Cs}`` are the site's word for what readers send
#: (comment, post, message, ...); nothing else in the table says "comment". Written in British spelling; a document
#: may print it in American spelling (``AMERICAN_175``).
REWORDINGS_175 = (
    (  # civility
        (
            "Be courteous",
            "Respect other members",
            "Play the ball, not the player",
            "Disagree without being disagreeable",
            "Can you say it kindly?",
            "Mind your manners",
        ),
        (
            "Treat everyone here as you would wish to be treated yourself.",
            "Debate the point being made, not the person making it.",
            "Personal attacks, name-calling and sneering at other members will not be tolerated.",
            "Robust disagreement is welcome; rudeness, bullying and belittling others are not.",
            "Remember that the people named in our stories, and those reading your {cs}, are often your neighbours.",
        ),
    ),
    (  # hatred
        (
            "No hate speech",
            "Racial and religious hatred",
            "Respect our communities",
            "Is it discriminatory?",
            "Zero tolerance for bigotry",
        ),
        (
            "{Cs} that stir up hatred against any race, religion, ethnic group or community will be deleted "
            "without warning.",
            "We do not allow abuse based on a person's race, colour, religion, sex, sexuality, disability or age.",
            "Remarks that set one ethnic community against another, whether in Trinidad and Tobago, Guyana or "
            "anywhere else, have no place here.",
            "Mocking a member's disability, speech or memory, including the after-effects of a stroke, is never "
            "acceptable.",
            "Stereotypes presented as jokes are still discrimination and will be treated as such.",
        ),
    ),
    (  # privacy
        (
            "Protect your privacy",
            "Personal information",
            "Keep it private",
            "Should you share that?",
            "Other people's details",
        ),
        (
            "Do not post phone numbers, home or email addresses or any other personal details, yours or anyone else's.",
            "Never share private {cs}, emails or screenshots of conversations without the consent of everyone "
            "involved.",
            "Think carefully before naming a neighbour, a colleague or a fellow patient, even in passing.",
            "{Cs} containing personal details will be edited or removed to protect the person concerned.",
            "Please do not give the exact location of private gardens, trees or members' homes.",
        ),
    ),
    (  # safeguarding
        (
            "Safeguarding",
            "Protecting young people",
            "Children and vulnerable adults",
            "Photographs of juniors",
            "Is a child involved?",
        ),
        (
            "Do not post photographs or videos of junior players without written consent from a parent or guardian.",
            "Never identify a child involved in a court case, an accident or a safeguarding matter, even by hint.",
            "Adults must not contact junior members privately through this forum or any of the club's social media "
            "accounts.",
            "If you are worried about the welfare of a child or vulnerable adult, contact our welfare officer rather "
            "than posting about it.",
            "Any {c} that raises a safeguarding concern will be passed to the appropriate authorities.",
        ),
    ),
    (  # moderation delays
        (
            "Moderation",
            "Why hasn't my {c} appeared?",
            "Pre-moderation",
            "Please be patient",
            "Moderation times",
        ),
        (
            "All {cs} are read by a moderator before they appear, which can take up to 24 hours.",
            "Our moderators are volunteers, so {cs} sent in the evening or at weekends may not be approved until "
            "the next working day.",
            "Please do not submit the same {c} more than once; it will not speed things up.",
            "New members' first few {cs} are held for approval before they go live.",
            "{Cs} are not moderated overnight or on public holidays.",
        ),
    ),
    (  # topic
        (
            "Stay on topic",
            "Keep to the subject",
            "Is it relevant?",
            "Off-topic {cs}",
            "Stick to the thread",
        ),
        (
            "Keep your {cs} relevant to the article or thread you are replying to.",
            "{Cs} about unrelated matters will be removed, however interesting they may be.",
            "If you want to start a new discussion, please open a new thread in the right section rather than "
            "hijacking an existing one.",
            "Party political point-scoring on stories that have nothing to do with politics will not be published.",
            "General chat belongs in the Tea Room section, not in the advice boards.",
        ),
    ),
    (  # advertising and spam
        (
            "No advertising",
            "Spam and self-promotion",
            "Selling and fundraising",
            "No spam",
            "Can I promote my business?",
        ),
        (
            "Do not use this space to advertise goods, services, events or websites.",
            "Links posted purely to promote a business, a channel or a product will be deleted and the account may "
            "be suspended.",
            'Chain letters, pyramid schemes and "work from home" offers are spam and will be removed.',
            "Members may mention their own classes, exhibitions or workshops once, in the Notices section, with the "
            "committee's agreement.",
            "Fundraising appeals must be approved by the committee before they are posted.",
        ),
    ),
    (  # real names and accounts
        (
            "Use your real name",
            "Your account",
            "Who are you?",
            "One account per person",
            "Impersonation",
            "Registration",
        ),
        (
            "We ask you to post under your own full name, as you would sign a letter to the editor.",
            "Each person may hold only one account; duplicate accounts will be closed without notice.",
            "Do not pretend to be another person, a public figure or a member of staff.",
            "You are responsible for everything posted from your account, so keep your password to yourself.",
            "Usernames that are offensive or that include a website address will not be approved.",
        ),
    ),
    (  # the law
        (
            "Stay within the law",
            "Defamation",
            "Contempt of court",
            "Is it legal?",
            "Legal matters",
            "Libel",
        ),
        (
            "Do not make allegations about named people or businesses that you cannot prove; {cs} that may be "
            "defamatory will be removed.",
            "Do not discuss live court cases in a way that could prejudice a trial, including speculation about guilt.",
            "You may be held personally responsible in law for what you post here.",
            "We will cooperate with the police and the courts where {cs} appear to break the law.",
            "Never encourage or incite violence, crime or any other illegal activity.",
        ),
    ),
    (  # copyright
        (
            "Copyright",
            "Respect others' work",
            "Whose work is it?",
            "Sharing images",
            "Credit the artist",
        ),
        (
            "Only post photographs, artwork and text that you own or have permission to use.",
            "When sharing another scribe's work, always name them and link to the original where you can.",
            "Do not copy whole articles from other newspapers or websites; a short quote and a link will do.",
            "By posting, you give us permission to publish your {c} on this site and in print.",
            "Material posted in breach of copyright will be taken down at the request of its owner.",
        ),
    ),
    (  # reporting
        (
            "Reporting a problem",
            "How to report a {c}",
            "Seen something wrong?",
            "Flagging",
            "Report, don't respond",
            "Tell the moderators",
        ),
        (
            'If you see a {c} that breaks these rules, use the "Report" link beside it rather than replying.',
            "Do not argue with someone who is being offensive; report them and let the moderators deal with it.",
            "You can also contact the moderation team by email, quoting the page and the time of the {c}.",
            "Every report is read, although we cannot always tell you what action has been taken.",
            "Reporting {cs} simply because you disagree with them is itself a misuse of the system.",
        ),
    ),
    (  # editor's discretion
        (
            "Editor's discretion",
            "Our decision is final",
            "The editor's right",
            "Who decides?",
            "Publication",
        ),
        (
            "The editor reserves the right to edit, shorten or decline any {c} without giving a reason.",
            "Publication of a {c} does not mean that the newspaper agrees with the views it expresses.",
            "The committee's decision on what appears here is final and no correspondence will be entered into.",
            "We may close discussion on any story at any time, particularly where it concerns a death or a court case.",
            "{Cs} may be trimmed for length, clarity or legal reasons.",
        ),
    ),
    (  # corrections and news tips
        (
            "Corrections",
            "Got a story?",
            "News tips",
            "Spotted a mistake?",
            "Contact the newsroom",
        ),
        (
            "If you think we have got something wrong, please email the newsroom rather than posting it here, so "
            "that it can be put right.",
            "{Cs} are not monitored for corrections or complaints about our coverage.",
            "News tips, photographs and letters for the paper should be sent to the editor, not posted here.",
            "Complaints about accuracy are dealt with under our published complaints procedure.",
            "Tips about road closures, missing animals or power cuts are welcome by email or on our tip line.",
        ),
    ),
    (  # language
        (
            "Mind your language",
            "Bad language",
            "Swearing",
            "Write clearly",
            "Is it readable?",
            "No shouting",
        ),
        (
            "Swearing, including with letters replaced by symbols, is not allowed.",
            "Creolese and local dialect are welcome, but crude or obscene language is not.",
            "Do not type in capital letters; it reads as shouting.",
            "Sexually explicit language will be removed, whatever the context.",
            "Text speak and heavy abbreviations make {cs} hard to read for members with aphasia, so please write in "
            "full where you can.",
        ),
    ),
    (  # warnings and bans
        (
            "Warnings and bans",
            "What happens if you break the rules?",
            "Sanctions",
            "Three strikes",
            "Suspension",
            "Repeat offenders",
        ),
        (
            "Members who break these rules will receive a warning, then a temporary suspension, and then a "
            "permanent ban.",
            "Serious breaches, such as threats or hate speech, will lead to an immediate ban.",
            "Anyone who is banned and returns under another name will be removed again without notice.",
            "Decisions about bans are made by the moderation team and may be appealed once, by email.",
            "We keep a record of warnings, and repeated minor breaches will be treated as a serious one.",
        ),
    ),
    (  # safety and advice
        (
            "Medical advice",
            "Your safety",
            "Not professional advice",
            "Should you follow advice posted here?",
            "In an emergency",
            "Use your judgement",
        ),
        (
            "Members share their own experience, not medical advice; always check with your GP, stroke nurse or "
            "pharmacist before changing your treatment.",
            "If you or someone near you shows signs of a stroke, call the emergency services at once rather than "
            "posting here.",
            "Advice on pruning, spraying or grafting is shared in good faith; follow the product label and your own "
            "judgement.",
            "Nothing posted here replaces the depot's safety briefings or the instructions of the duty inspector.",
            "For storm, flood and evacuation updates, follow official county emergency notices rather than {cs} on "
            "this page.",
        ),
    ),
)

#: A site's word for what readers send: (singular, plural). A quarter of sites use one of the others, and never say
#: "comment" (their titles, openings and closings that do are left out).
WORDS_175 = (("post", "posts"), ("message", "messages"), ("reply", "replies"), ("contribution", "contributions"))

POLICY_INTROS_175 = (
    "We welcome your {cs}, but please read the following before you post.",
    "To keep this a friendly and supportive place, we ask all members to follow these simple rules.",
    "By posting on this site you agree to abide by the guidelines below.",
    "Readers' {cs} are an important part of the paper, and we want everyone to feel able to take part.",
    "The following rules apply to all {cs} on our website and social media pages.",
    "Please take a moment to read our house rules before joining the conversation.",
)
POLICY_CLOSINGS_175 = (
    "Thank you for helping to keep this a welcoming space.",
    "These guidelines may be updated from time to time without notice.",
    "If in doubt, leave it out.",
    "Happy posting!",
    "Any questions about these rules can be sent to the moderators.",
    "Thank you for reading, and for taking part.",
)
POLICY_TITLES_175 = (
    "Comment Policy",
    "Community Guidelines",
    "House Rules",
    "Forum Rules",
    "Posting Guidelines",
    "Guidelines for {Cs}",
    "Forum Etiquette",
    "Code of Conduct for Online {Cs}",
    "Social Media and Forum Policy",
    "Before You Post",
)
#: Lines some sites print after the rules (0.12): who issued them.
SIGNOFFS_175 = ("The Editor", "- The Committee", "The Moderation Team", "Forum Admins", "Management")
#: Lines some sites print at the top of the rules (0.12): when they were last revised.
REVISED_175 = (
    "Last updated: 12 March 2025",
    "Reviewed by the committee, January 2026",
    "Rules revised April 2024",
    "Updated 3 September 2025",
)
AMERICAN_175 = {
    "neighbour": "neighbor",
    "colour": "color",
    "judgement": "judgment",
    "behaviour": "behavior",
    "offence": "offense",
    "organisation": "organization",
    "apologise": "apologize",
    "recognise": "recognize",
    "criticise": "criticize",
    "favour": "favor",
    "centre": "center",
}

#: Marker shapes, printed before an item's first part and a space. ``n`` counts items from 1.
_MARKERS_175 = (
    "{n}.",
    "{n}.",
    "{n})",
    "({n})",
    "{a})",
    "({a})",
    "{a}.",
    "{i}.",
    "({i})",
    "{I}.",
    "\u2022",
    "\u2022",
    "-",
    "*",
    "\u2013",
    "Rule {n}:",
    "Rule {n} \u2013",
)
_SMALL_175 = {"a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "at", "by", "not"}


def _roman_175(number: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while number >= value:
            out += numeral
            number -= value
    return out


def _title_175(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        word if index and word in _SMALL_175 else word[:1].upper() + word[1:] for index, word in enumerate(words)
    )


def _items_175(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-175 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line).

    Drawn per site: its word for what readers send ("comment" 0.75, else one of ``WORDS_175``); a count of item kinds
    (two to four 0.25 of the time, else six to sixteen), kept in the table's order (0.5) or drawn in a random one;
    one sentence an item (0.35) or one to three; the headings' case (as written, title case or capitals), and whether
    none are printed (0.15), each asked and answered as "Q:" and "A:" (0.08), run into the first sentence before a
    colon, a stop or a dash (0.35), or printed on their own (with a stop, a colon or nothing); a marker shape (none
    0.45, else numbers, letters, Roman numerals, bullets, dashes or "Rule N"); an item's sentences printed as parts of
    their own or as one (0.3); a revision line above the items (0.12) and a sign-off below them (0.12); then the
    opening, closing and title lines by :func:`_furnish`."""
    word = rng.choice(WORDS_175) if rng.random() < 0.25 else ("comment", "comments")
    fill = {"c": word[0], "cs": word[1], "C": word[0].capitalize(), "Cs": word[1].capitalize()}
    count = rng.randint(2, 4) if rng.random() < 0.25 else rng.randint(6, 16)
    chosen = rng.sample(range(len(REWORDINGS_175)), count)
    if rng.random() < 0.5:
        chosen.sort()
    one_sentence = rng.random() < 0.35
    case = rng.choice(("as", "as", "title", "upper"))
    shape = rng.random()
    style = "none" if shape < 0.15 else "faq" if shape < 0.23 else "runin" if shape < 0.58 else "own"
    stop = rng.choice(("", "", ".", ":"))
    between = rng.choice((": ", ". ", " \u2013 ", " - ", " \u2014 "))
    marker = "" if style == "faq" or rng.random() < 0.45 else rng.choice(_MARKERS_175)
    joined = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for n, kind in enumerate(chosen, 1):
        headings, sentences = REWORDINGS_175[kind]
        picks = sorted(rng.sample(range(len(sentences)), 1 if one_sentence else rng.choice((1, 1, 2, 2, 3))))
        parts = [sentences[i].format(**fill) for i in picks]
        if joined:
            parts = [" ".join(parts)]
        if style == "faq":
            asked = [heading for heading in headings if heading.endswith("?")] or list(headings)
            heading = rng.choice(asked).format(**fill)
            if not heading.endswith("?"):
                heading += "?"
            parts[0] = "A: " + parts[0]
            items.append(("Q: " + heading, *parts))
            continue
        heading = "" if style == "none" else rng.choice(headings).format(**fill)
        if case == "title":
            heading = _title_175(heading)
        elif case == "upper":
            heading = heading.upper()
        if heading and style == "runin":
            parts[0] = heading + (" " if heading.endswith("?") else between) + parts[0]
            heading = ""
        elif heading and not heading.endswith("?"):
            heading += stop
        if marker:
            roman = _roman_175(n)
            mark = marker.format(n=n, a="abcdefghijklmnop"[n - 1], i=roman, I=roman.upper()) + " "
            if heading:
                heading = mark + heading
            else:
                parts[0] = mark + parts[0]
        items.append((heading, *parts))
    if rng.random() < 0.12:
        items.insert(0, ("", rng.choice(REVISED_175)))
    if rng.random() < 0.12:
        items.append(("", rng.choice(SIGNOFFS_175)))
    says = word[0] == "comment"
    intros, closings, titles = (
        [line.format(**fill) for line in lines if says or not _says_comment(line)]
        for lines in (POLICY_INTROS_175, POLICY_CLOSINGS_175, POLICY_TITLES_175)
    )
    return _furnish(items, rng, intros, closings, titles, AMERICAN_175)
