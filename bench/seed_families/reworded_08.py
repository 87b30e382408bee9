"""The ``reworded-8`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _curly

#: Held out: a reworded-8 site's items, per kind (headings, sentence choices of one or two sentences each).
REWORDINGS_8 = (
    (  # courtesy
        ("Be courteous", "Mind your manners", "Courtesy counts", "Treat others as you would like to be treated."),
        (
            ("Attack the argument if you must, never the reader who made it.",),
            ("Name-calling, sneering and personal insults aimed at other readers will be taken down.",),
            (
                "We want neighbors to be able to talk with neighbors here.",
                "Belittling other users has no part in that.",
            ),
        ),
    ),
    (  # threats
        ("No threats", "Zero tolerance for violence", "Don't threaten anyone"),
        (
            (
                "Any post that threatens, encourages or celebrates violence against a person or group will be "
                "deleted and may be passed to the police.",
            ),
            ("Threatening another reader, a public figure or one of our journalists gets you banned at once.",),
            ("Credible threats of harm are reported to the authorities.",),
        ),
    ),
    (  # hate
        ("No hate speech", "Hate has no home here", "No bigotry"),
        (
            (
                "Content that demeans people for their race, ethnicity, religion, gender, sexual orientation or "
                "disability is not allowed.",
            ),
            (
                "Tribal, ethnic or religious slurs are removed without warning, and repeat offenders lose their accounts.",
            ),
            ("Stereotyping whole communities is not debate.", "Keep the discussion about the issues."),
        ),
    ),
    (  # topic
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Please keep your remarks related to the subject of the article you are reading.",),
            ("Off-topic posts, chain letters and running feuds between two readers may be taken down.",),
            ("This space is for discussing this story.", "Use our letters page for anything else."),
        ),
    ),
    (  # spam
        ("No spam", "No advertising", "No self-promotion"),
        (
            ("Do not use this space to sell products, promote a business or post links to unrelated websites.",),
            ("Posts carrying commercial links, loan offers or get-rich-quick schemes are removed automatically.",),
            ("Posting the same message again and again counts as spam.",),
        ),
    ),
    (  # identity
        ("Be yourself", "Use your real name", "No impersonation"),
        (
            ("Do not pretend to be another person, a public official or a member of our staff.",),
            ("We ask that you post under your own name.", "Accounts opened to get around a ban will be closed."),
            ("One person, one account.", "Running several profiles to make a view look popular is not allowed."),
        ),
    ),
    (  # language
        ("Watch your language", "Clean language, please", "No profanity"),
        (
            ("Swearing, crude sexual references and masked obscenities such as f*** are not permitted.",),
            ("Our audience includes young readers, so please avoid vulgar or explicit language.",),
            ("Profanity is filtered even when letters are swapped for symbols.",),
        ),
    ),
    (  # the law
        ("Mind the law", "Don't defame", "Respect the courts", "Legal matters"),
        (
            (
                "Do not make allegations you cannot prove.",
                "Defamatory statements can expose both you and this publication to legal action.",
            ),
            (
                "Avoid speculating about the guilt of anyone facing criminal charges; doing so may amount to "
                "contempt of court.",
            ),
            ("Never name victims of sexual offences or children involved in court cases.",),
            ("Posts that break the law, including copyright and privacy law, will be removed.",),
        ),
    ),
    (  # privacy
        ("Protect privacy", "Keep personal details private", "No doxxing"),
        (
            ("Never post anyone's phone number, home address, email or ID number, including your own.",),
            ("Sharing private information about another person without their consent will lead to a ban.",),
        ),
    ),
    (  # reporting
        ("Report abuse", "Help us moderate", "See something? Flag it."),
        (
            ("If a post breaks these rules, use the flag icon beside it and a moderator will review it.",),
            ("Please do not feed the trolls.", "Report them instead and let our team deal with it."),
            ('Click "Report" on any comment you believe is abusive; we read every report.',),
        ),
    ),
    (  # moderation
        ("Our right to moderate", "Moderation", "We may remove posts"),
        (
            (
                "Our moderators may edit or delete any submission and suspend accounts at their discretion, without notice.",
            ),
            ("Comments are reviewed before they appear and can take up to 24 hours to be published.",),
            ("Moderators' decisions are final.", "We do not discuss individual removals in the thread."),
        ),
    ),
    (  # whose views
        ("You own your words", "Your views are your own", "Disclaimer"),
        (
            ("Opinions expressed by readers do not reflect the views of this publication or its staff.",),
            ("You are legally responsible for everything you post here, so think before you hit send.",),
            ("Remarks posted on this page are the sole responsibility of their authors.",),
        ),
    ),
    (  # facts
        ("Stick to the facts", "Be accurate", "No fake news"),
        (
            ("Do not knowingly share false information, doctored images or unproven health claims.",),
            ("If you cite a figure, say where it came from.", "Misleading claims may be removed."),
        ),
    ),
    (  # length
        ("Keep it short", "Be brief", "Say it once"),
        (
            ("Posts longer than 300 words are unlikely to be read, so make your point concisely.",),
            ("Please avoid making the same point several times in one thread.",),
        ),
    ),
    (  # English
        ("English only", "Write in English"),
        (
            ("So that we can moderate fairly, we can only publish contributions written in English.",),
            ("Posts in other languages, or in text speak, will not be approved.",),
        ),
    ),
    (  # capitals
        ("No shouting", "Lose the caps lock"),
        (
            ("Writing in capital letters is the online version of shouting.", "Please don't."),
            ("Posts typed entirely in upper case may be rejected by our filters.",),
        ),
    ),
    (  # adding to it
        ("Add something", "Share what you know", "Make it count"),
        (
            ("The best contributions bring local knowledge, first-hand experience or a fresh angle to the story.",),
            ("Thoughtful posts that add information or a new perspective may be highlighted by our editors.",),
        ),
    ),
    (  # incitement
        ("No incitement", "Keep politics peaceful"),
        (
            (
                "Posts that stir up ethnic hatred or violence, especially around elections, will be removed and "
                "may be reported to the authorities.",
            ),
            ("Calls for unrest or attacks on national institutions may breach the law and will not be published.",),
        ),
    ),
)


POLICY_TITLES_8 = (
    "Comment Policy",
    "COMMENT POLICY",
    "Community Guidelines",
    "House Rules",
    "Before you post",
    "Reader Guidelines:",
    "Rules of the road",
    "Talkback rules",
    "Guidelines for readers' comments",
    "Join the conversation",
)


POLICY_INTROS_8 = (
    "We welcome readers' views on our stories, as long as a few simple rules are followed.",
    "Anyone can take part, provided they play by these ground rules:",
    "By posting a comment you agree to the following:",
    "Please read these guidelines before you post.",
)


POLICY_CLOSINGS_8 = (
    "Click here for our full terms and conditions.",
    "For the rest, see our Terms of Use and Privacy Policy.",
    "By posting, you agree to our Terms of Service.",
    "These rules are part of our terms of use, which you can read in full on our website.",
    "Full comment policy: see the link at the foot of this page.",
)


def _items_8(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-8 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_8
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, rng.randint(2, 3) if rng.random() < 0.25 else rng.randint(4, 9))
    attach = rng.choice(("stop", "nothing", "colon", "colon", "dash"))  # what the site prints after a heading
    dash = rng.choice((" - ", " - ", " \u2013 ", " \u2014 ", "\u2014"))
    case = rng.choice(("as written", "as written", "title", "capitals"))
    headless = rng.random() < 0.2  # the site prints its items without headings
    marker = rng.choice(("", "", "1. ", "1) ", "(1) ", "\u2022 ", "- ", "* ", "\u00b7 "))
    curly = rng.random() < 0.3  # typographic quotes and apostrophes
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if headless or not headings or rng.random() < 0.1 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        if case == "capitals":
            heading = heading.upper()
        elif case == "title":
            heading = " ".join(word[:1].upper() + word[1:] for word in heading.split())
        if heading and heading[-1] in ".?!":  # a whole sentence: printed before the item's sentences
            parts.insert(0, heading)
        elif heading and attach == "colon":
            parts[0] = f"{heading}: {parts[0]}"
        elif heading and attach == "dash":
            parts[0] = f"{heading}{dash}{parts[0]}"
        elif heading:
            parts.insert(0, heading + ("." if attach == "stop" else ""))
        if marker:
            parts[0] = (marker.replace("1", str(number)) if "1" in marker else marker) + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_8 if fits(line)])))
    if rng.random() < 0.4:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_8 if fits(line)])))
    if rng.random() < 0.4:
        items.insert(0, (rng.choice([line for line in POLICY_TITLES_8 if fits(line)]), ""))
    if curly:
        items = [tuple(_curly(part) for part in item) for item in items]
    return items
