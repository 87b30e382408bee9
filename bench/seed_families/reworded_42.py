"""The ``reworded-42`` family's policies: island, diaspora, East African, Pacific, bayou and oil-patch papers' and clubs', meetings' and volunteers' boards' discussion rules, posting guidelines and before-you-post boxes."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: (headings, sentences). Headings are printed bare here; :func:`_items_42` adds the colon, dash,
#: number, bullet or capitals, or leaves the heading out.
REWORDINGS_42: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (  # civility
        ("Be Civil", "Mind Your Manners", "Respect Each Other", "Courtesy First"),
        (
            "Treat other readers as you would treat a neighbour at the harbour wall: disagree if you must, but keep it courteous.",
            "Posts that insult, belittle or shout down other members will be taken down without notice.",
            "Speak to one another with the care we try to bring to meeting for worship, even when you feel strongly.",
            "Argue the point, never the person; name-calling gets a post removed and a second offence gets an account closed.",
        ),
    ),
    (  # moderation delays
        ("Moderation Delays", "Why Isn't My Post Showing?", "Held for Review", "Pre-Moderation"),
        (
            "Every comment is read by a volunteer before it appears, so it can take up to 24 hours, longer at weekends.",
            "New members' first three posts wait in a queue until a moderator approves them; please do not post the same message twice.",
            "Our moderators work office hours in Nairobi and Dar es Salaam, so posts sent overnight will appear the next morning.",
            "Messages with links are held automatically and released once someone on the board has checked them, usually within a day.",
        ),
    ),
    (  # privacy
        ("Your Privacy", "Privacy", "Personal Information", "Data Protection"),
        (
            "We keep your email address private and never show it beside your posts; see our privacy notice for what else we store.",
            "Under the Isle of Man's data protection law you may ask us at any time for a copy of what we hold about you.",
            "Do not post anyone's phone number, home address or call sign location unless they have published it themselves.",
            "Your IP address is logged with every post and kept for ninety days in case we are asked about it by the police.",
        ),
    ),
    (  # account deletion
        ("Closing Your Account", "Account Deletion", "Leaving the Forum", "Delete My Account"),
        (
            "To close your account, write to the webmaster from the address you registered with; your posts stay up but lose your name.",
            "You can delete your account from the settings page at any time, and everything you have written will be removed within 30 days.",
            "Members who leave may ask for their recipes and photographs to be removed as well; otherwise they remain under 'former member'.",
        ),
    ),
    (  # advertising
        ("No Advertising", "Selling and Spam", "Commercial Posts", "Swap and Sell"),
        (
            "Do not advertise goods or services here; radios and antennas for sale belong on the swap board, not in the discussion threads.",
            "Posts promoting a business, a fundraiser that is not ours or a crypto scheme will be deleted and the poster banned.",
            "Bakeries and flour mills are welcome as members but may not promote their products outside the monthly vendors' thread.",
            "Spam, chain letters and links to online shops are removed as soon as we see them.",
        ),
    ),
    (  # errors to the newsroom
        ("Spotted an Error?", "Corrections", "Report a Mistake", "Tell the Newsroom"),
        (
            "If you think we have got a fact wrong, please email the news desk rather than posting it below, so an editor sees it quickly.",
            "Corrections to a story should go to the editor's address rather than into the thread; we print every correction in the next week's paper.",
            "Found a mistake in a score, a name or a date? Send it to the newsroom and we will put it right online and in print.",
            "Errors of fact in our reporting are the editor's business: write to us, and we will answer you directly.",
        ),
    ),
    (  # on topic
        ("Stay on Topic", "Keep to the Subject", "Relevance", "On Topic Please"),
        (
            "Keep your post to the article or thread it sits under; general chat belongs in the open forum.",
            "Off-topic messages about politics back home will be moved or removed, however heartfelt they are.",
            "This board is for river safety and rescue training; please take other conversations elsewhere.",
        ),
    ),
    (  # hate and threats
        ("No Hate Speech", "Threats and Abuse", "Zero Tolerance", "Discrimination"),
        (
            "Racist, sexist, homophobic or ableist remarks, and slurs against any ethnic group or tribe, will be removed and reported.",
            "Threats of violence against anyone, in any language, lead to an immediate ban and may be passed to the police.",
            "We do not allow posts that mock disabled people or describe them as a burden; this is a space run by and for disabled people.",
        ),
    ),
    (  # the law
        ("The Law", "Defamation", "Legal Matters", "Contempt of Court"),
        (
            "Do not accuse a named person of a crime; we are bound by the laws of Gibraltar and can be sued for what you write.",
            "Say nothing about a case before the courts that could prejudice a trial, including names of accused people or witnesses.",
            "You are responsible in law for what you post, and we will hand over details if a court orders us to.",
        ),
    ),
    (  # real names and impersonation
        ("Use Your Real Name", "Real Names", "Who You Are", "No Impersonation"),
        (
            "Post under your own first and last name; anonymous accounts and pretending to be someone else are not allowed.",
            "Licensed amateurs should post under their call sign, and you must never use another operator's call sign.",
            "Do not sign up as a public figure, a club officer or the paper's staff unless you are one.",
        ),
    ),
    (  # children and students
        ("Protecting Students", "Children's Safety", "Young Members", "Minors"),
        (
            "Never name or post photographs of band students without a parent's written permission, even in praise of their performance.",
            "Members under 18 must have a parent or guardian's consent, and adults may not send them private messages.",
            "Please do not tag or identify young fencers in competition photographs; the club will share approved pictures itself.",
        ),
    ),
    (  # languages
        ("Language", "English Please", "Which Language?", "Other Languages"),
        (
            "Posts should be in English so that our moderators can read them; short phrases in Armenian or Georgian are fine.",
            "We accept posts in English, Kiswahili and Marshallese, but messages in other languages may wait longer for approval.",
            "Write in plain English, without all capitals, and spell out abbreviations that newcomers may not know.",
        ),
    ),
    (  # safety and advice
        ("Safety First", "Not Professional Advice", "Medical and Legal Advice", "Emergencies"),
        (
            "Nothing on this board replaces a swiftwater rescue course; if someone is in the water now, call 911 first.",
            "Members share their own experience, not professional advice; check benefits questions with an adviser before acting.",
            "Do not post the location of an active rescue or flood closure before the sheriff's office has released it.",
        ),
    ),
    (  # reporting
        ("Report a Post", "Flagging", "Tell a Moderator", "Something Wrong?"),
        (
            "Use the flag button under any post you think breaks these rules, and a moderator will look at it within a day.",
            "Please report abusive messages to the moderators instead of replying to them; replies only keep the argument going.",
            "If a post upsets you, send the board clerk a private message and it will be reviewed quietly.",
        ),
    ),
    (  # our decision
        ("Our Decision Is Final", "Removal", "Moderators' Discretion", "The Right to Remove"),
        (
            "We may edit, hide or remove any post, and suspend any account, at our discretion and without giving a reason.",
            "Moderators are volunteers doing their best; their decisions can be appealed once, by email, to the committee.",
            "The editor decides what is published on this page, and repeated breaches of these guidelines will lose you the right to post.",
        ),
    ),
)

INTROS_42 = (
    "Before you post, please read these discussion rules.",
    "We want this to be a friendly place for everyone who loves good bread. A few ground rules:",
    "Comments are welcome on our stories, as long as they follow these guidelines.",
    "By joining the board you agree to the following.",
    "The committee asks all members to keep to these posting guidelines.",
    "In the spirit of our meeting, we ask that contributions follow a few simple guidelines.",
)
CLOSINGS_42 = (
    "Thank you for helping keep this forum friendly and useful.",
    "By posting you agree to these rules and to our terms of use.",
    "73, and thanks for keeping the board clean.",
    "Questions about these guidelines can be sent to the webmaster.",
    "Comments that break these rules will be removed.",
    "These guidelines were last reviewed by the committee in March.",
)
TITLES_42 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Comment Policy",
    "Board Etiquette",
    "Forum Guidelines",
    "Reader Talkback Rules",
    "Members' Forum: Ground Rules",
)
AMERICAN_42 = {
    "neighbour": "neighbor",
    "harbour": "harbor",
    "offence": "offense",
    "programme": "program",
    "behaviour": "behavior",
    "honour": "honor",
    "recognise": "recognize",
    "favour": "favor",
}

_BULLETS = ("•", "-", "*", "–", "·", "»")
_DASHES = (" —", " –", " -", " --")


def _heading_text(heading: str, how: str, rng: random.Random) -> str:
    if how == "caps":
        heading = heading.upper()
    elif how == "lower" and rng.random() < 0.5:
        heading = heading[0] + heading[1:].lower()
    return heading


def _items_42(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items, as one of this family's sites prints them: two to three items (0.25) or four to eight, each
    heading inline after a colon or a dash, on a line of its own, in capitals, or left out (one layout for the list,
    or a mix), numbered or bulleted or neither, sometimes two of a kind's sentences; a site that never says
    "comment" (0.3) draws only sentences and lines without the word."""
    bare = rng.random() < 0.3
    kinds = [
        (headings, tuple(s for s in sentences if not (bare and _says_comment(s))))
        for headings, sentences in REWORDINGS_42
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    count = rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 8)
    chosen = rng.sample(kinds, count)
    layout = rng.choice(("colon", "dash", "own-line", "absent", "mixed", "mixed"))
    case = rng.choice(("title", "title", "caps", "lower"))
    marker = rng.choice(("none", "none", "number", "bullet"))
    number_style = rng.choice(("{}.", "{})", "({})", "{} -"))
    bullet = rng.choice(_BULLETS)
    dash = rng.choice(_DASHES)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, 1):
        how = layout if layout != "mixed" else rng.choice(("colon", "dash", "own-line", "absent"))
        parts = list(rng.sample(sentences, 2)) if len(sentences) > 1 and rng.random() < 0.2 else [rng.choice(sentences)]
        heading = _heading_text(rng.choice(headings), case, rng)
        mark = ""
        if marker == "number":
            mark = number_style.format(index) + " "
        elif marker == "bullet":
            mark = bullet + " "
        if how == "absent":
            items.append(("", mark + parts[0], *parts[1:]))
        elif how == "own-line":
            items.append((mark + heading, ""))
            items.append(("", *parts))
        else:
            end = "" if heading.endswith("?") and how == "colon" else (":" if how == "colon" else dash)
            items.append((mark + heading + end, *parts))
    intros = [line for line in INTROS_42 if not (bare and _says_comment(line))]
    closings = [line for line in CLOSINGS_42 if not (bare and _says_comment(line))]
    titles = [line for line in TITLES_42 if not (bare and _says_comment(line))]
    return _furnish(items, rng, intros, closings, titles, AMERICAN_42)
