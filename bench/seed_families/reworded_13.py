"""The ``reworded-13`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

REWORDINGS_13 = (  # (headings, sentence variants): sports, stations, trade journals, guestbooks, students, wires
    (
        ("Be civil", "Keep it civil", "Respect each other"),
        (
            ("Disagree all you want, but do it without insulting the people you are talking to.",),
            (
                "Treat fellow readers the way you would want to be treated at the kitchen table.",
                "Name-calling and insults will get your posts removed.",
            ),
            ("Argue the point, not the person.",),
            ("Comments that insult other readers or the writer will be taken down.",),
        ),
    ),
    (
        ("Leave the players alone", "No attacks on athletes", "Players are people too"),
        (
            (
                "Criticize a play call or a missed free throw all you like, but personal shots at athletes, coaches or "
                "officials will be deleted.",
            ),
            (
                "Many of the athletes we cover are teenagers.",
                "Do not post anything about them you would not say to their parents.",
            ),
            ("Questioning a coach's decisions is fair game; mocking someone's family, body or background is not.",),
        ),
    ),
    (
        ("Keep the rivalry friendly", "Trash talk", "Banter, not bile"),
        (
            ("Rivalry banter is part of the fun here, as long as it stays about the teams and not the fans.",),
            (
                "Visiting fans are always welcome in these threads.",
                "Give them the same courtesy you would expect in their building.",
            ),
            ("Good-natured ribbing is fine; threats, slurs and wishing injury on anyone are not.",),
        ),
    ),
    (
        ("No rumors", "Rumors and unconfirmed reports", "Sources, please"),
        (
            (
                "Do not pass off injury rumors, recruiting gossip or trade chatter as fact without a link to a "
                "credible report.",
            ),
            ('If you heard it from "a friend of a friend," say so, or better yet, keep it to yourself.',),
            ("Unsourced comments about a player's health or legal troubles will be removed.",),
        ),
    ),
    (
        ("Share memories", "Condolences only", "A place for remembrance", "Guestbook entries"),
        (
            ("This guestbook is for sharing condolences, memories and words of comfort with the family.",),
            (
                "Please keep entries kind and personal.",
                "Disputes about estates, debts or family matters do not belong here.",
            ),
            ("Entries are reviewed by the funeral home before they appear and may be shared with the family.",),
        ),
    ),
    (
        ("Not medical advice", "No clinical advice", "Consult your physician"),
        (
            ("Posts on this site are not a substitute for professional medical advice, diagnosis or treatment.",),
            (
                "Readers should not rely on other users' posts to make decisions about their own care or their "
                "patients' care.",
            ),
            (
                "Do not recommend doses, off-label uses or unproven treatments.",
                "Cite peer-reviewed evidence where you can.",
            ),
        ),
    ),
    (
        ("Patient confidentiality", "Protect patient privacy", "Confidentiality"),
        (
            ("Never post details that could identify a patient, client or case, even with the names removed.",),
            (
                "Case discussions must be fully de-identified; dates, locations and rare conditions can give a "
                "person away.",
            ),
            ("Comments describing identifiable patients will be deleted and may be reported to the editors.",),
        ),
    ),
    (
        ("Not legal advice", "No legal advice", "Pending cases"),
        (
            (
                "Nothing posted here is legal advice, and no attorney-client relationship is formed by taking part in "
                "the discussion.",
            ),
            (
                "Do not discuss the merits of matters in which you are counsel, or cases that are still before the "
                "court.",
            ),
            ("Members of the bar remain bound by their rules of professional conduct when they post here.",),
        ),
    ),
    (
        ("Declare your interests", "Disclose conflicts", "Conflicts of interest"),
        (
            ("If you work for, consult for or hold shares in a company you are discussing, say so in your post.",),
            (
                "Undisclosed ties to manufacturers, seed or chemical companies, or law firms involved in a story may "
                "get "
                "your account suspended.",
            ),
            ("Readers deserve to know who is speaking.", "Name your employer when it is relevant to the discussion."),
        ),
    ),
    (
        ("No sales pitches", "Advertising", "Keep marketing out"),
        (
            (
                "Do not use this space to sell equipment, livestock, inputs or services; our classifieds section is "
                "the "
                "place for that.",
            ),
            ("Promotional posts, affiliate links and repeated links to your own site will be removed as spam.",),
            ("Ticket resellers and betting sites are not welcome here.",),
            ("Comments advertising products or services will be removed.",),
        ),
    ),
    (
        ("Safety first", "Dangerous practices", "Play it safe"),
        (
            (
                "Do not post instructions that bypass safety interlocks, exceed rated loads or ignore the "
                "manufacturer's label.",
            ),
            (
                "Advice on handling chemicals, electrical work or heavy machinery should follow the applicable codes "
                "and "
                "label directions.",
            ),
        ),
    ),
    (
        ("Have a tip?", "Tips and story ideas", "Contact the newsroom"),
        (
            (
                "Please do not post tips or documents here.",
                "Send them to our reporters through the secure contact form instead.",
            ),
            (
                "This is not a confidential channel.",
                "If you have information about a story, email the newsroom directly.",
            ),
            ("Story ideas and corrections should go to the editors, not into the comment thread.",),
        ),
    ),
    (
        ("Students and minors", "Protect students", "No naming students"),
        (
            (
                "Do not name or identify students, minors or private individuals who are not already named in the "
                "story.",
            ),
            (
                "This paper is run by students.",
                "Criticize our reporting, but do not target individual staff members or classmates.",
            ),
        ),
    ),
    (
        ("Wire stories", "About this story", "Syndicated content"),
        (
            ("This article comes from a news service partner; its editors do not read or answer posts on our site.",),
            (
                "Corrections to wire stories should be sent to the agency.",
                "Our editors cannot change the agency's copy.",
            ),
            ("Comments on partner stories are moderated by our staff, not by the news agency.",),
        ),
    ),
    (
        ("On the air", "Your words on air", "Broadcast use"),
        (
            ("Posts may be read on air or shown during our newscasts, along with your screen name.",),
            ("By posting you allow the station to use your words in broadcasts and on its social media pages.",),
            ("We may feature your comment in a newscast or on our morning show.",),
        ),
    ),
    (
        ("Moderation", "We review posts", "Moderated discussion", "Comment moderation"),
        (
            ("Posts are reviewed before they appear, so there may be a delay, especially on nights and weekends.",),
            (
                "Our small staff reads every submission.",
                "We remove posts that break these rules and may ban repeat offenders without warning.",
            ),
            ("Editors may close a thread at any time.",),
            ("Comments are held for approval and usually published within a few hours.",),
        ),
    ),
    (
        ("No hate", "Hate speech", "Zero tolerance for bigotry"),
        (
            ("Racist, sexist, homophobic or otherwise hateful language will be removed and the account blocked.",),
            (
                "Attacks on people because of their race, religion, nationality, disability, gender or sexual "
                "orientation "
                "are not allowed.",
            ),
        ),
    ),
    (
        ("Use your real name", "Real names", "Verified members"),
        (
            (
                "Posting is limited to verified subscribers, and your full name and credentials appear next to what "
                "you write.",
            ),
            ("We ask professionals to post under their own names and state their field or practice.",),
            ("Anonymous comments are not accepted on this site.",),
        ),
    ),
    (
        ("Stay on topic", "Stick to the story", "On topic, please"),
        (
            ("Keep the discussion about the article above.", "Off-topic posts may be removed without notice."),
            ("Game threads are for the game; save the politics for somewhere else.",),
            ("Comments unrelated to the subject of the article will be deleted.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "See something?"),
        (
            ("Use the flag icon next to any post that breaks these guidelines, and a moderator will take a look.",),
            ("Please do not reply to trolls or feed an argument.", "Report the post and move on to the next one."),
            ('Click "Report" under a comment that crosses the line.',),
        ),
    ),
)


POLICY_TITLES_13 = (
    "Discussion Rules",
    "Posting Guidelines",
    "Before You Post",
    "Guestbook Guidelines",
    "Forum Rules",
    "Ground rules for this discussion",
    "Comment Guidelines",
    "Reader Comment Policy",
    "Community Standards",
)


POLICY_INTROS_13 = (
    "We want this to be a lively place to talk about the game. A few ground rules:",
    "Our readers are professionals, and we expect the discussion to reflect that.",
    "Please read the following before you post.",
    "Thank you for taking part in the conversation. We ask that everyone follow these guidelines.",
    "We welcome comments from readers, within a few limits.",
)


POLICY_CLOSINGS_13 = (
    "Read our full terms of use at the link below.",
    "By posting, you agree to our Terms of Service and Privacy Policy.",
    "The complete discussion rules are on our Terms of Use page.",
    "Full posting guidelines: see Terms and Conditions at the bottom of this page.",
    "For our full comment policy, visit the Terms of Service page.",
)


NUMBERS_13 = ("{}.", "{})", "({})", "{} -", "#{}")


BULLETS_13 = ("\u2022", "-", "*", "\u25cf", "\u25a0", "\u00bb", "\u2013")


INLINE_13 = (": ", " - ", " \u2013 ", " \u2014 ", ". ")  # a heading printed before its sentence on the same line


def _says_no_comment(text: str) -> bool:
    return "comment" not in text.lower()


def _items_13(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-13 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", line)."""
    chosen = rng.sample(REWORDINGS_13, 2 + rng.randrange(2) if rng.random() < 0.3 else rng.randint(4, 8))
    quiet = rng.random() < 0.3  # a site whose policy never says "comment"
    bare = rng.random() < 0.2  # the site prints its items without headings
    only_headings = not bare and rng.random() < 0.1  # the site prints its headings alone, as short rules
    inline = rng.random() < 0.5  # the heading before its sentence on the same line
    joint = rng.choice(INLINE_13)
    stop = rng.choice((".", ":", "", ""))  # what this site prints after a heading on its own line
    capitals = rng.random() < 0.25
    marks = rng.random() < 0.6
    numbered = marks and rng.random() < 0.5
    form = rng.choice(NUMBERS_13 if numbered else BULLETS_13)
    curly = rng.random() < 0.3
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        if quiet:
            headings = tuple(h for h in headings if _says_no_comment(h)) or headings
            sentences = tuple(s for s in sentences if _says_no_comment(" ".join(s))) or sentences
        heading = "" if bare or rng.random() < 0.1 else rng.choice(headings)
        if capitals:
            heading = heading.upper()
        parts = list(rng.choice(sentences))
        if only_headings and heading:
            parts = [heading if heading[-1] == "?" else heading + "."]
        elif heading and inline:
            parts[0] = heading + (" " if heading[-1] == "?" and joint == ". " else joint) + parts[0]
        elif heading:
            parts.insert(0, heading if heading[-1] == "?" else heading + stop)
        if marks:
            mark = form.format(number) if numbered else form
            parts[0] = f"{mark} {parts[0]}"
        item = tuple(parts)
        items.append(tuple(_curly(part) for part in item) if curly else item)
    if rng.random() < 0.25:
        intros = tuple(line for line in POLICY_INTROS_13 if not quiet or _says_no_comment(line))
        items.insert(0, ("", rng.choice(intros)))
    if rng.random() < 0.4:
        closings = tuple(line for line in POLICY_CLOSINGS_13 if not quiet or _says_no_comment(line))
        items.append(("", rng.choice(closings)))
    if rng.random() < 0.4:
        titles = tuple(line for line in POLICY_TITLES_13 if not quiet or _says_no_comment(line))
        title = rng.choice(titles)
        items.insert(0, (title.upper() if rng.random() < 0.3 else title, ""))
    return items
