"""The ``reworded-7`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

#: Held out: comment policies of local newspaper and TV-station sites (US, Canada, UK, Australia, New Zealand,
#: Ireland), per item kind (heading choices, sentence choices); a heading ending in a stop is a whole sentence.
REWORDINGS_7 = (
    (
        ("Be civil", "Respect others", "Keep it courteous", "Treat others as you would like to be treated."),
        (
            ("Debate the idea, not the person.", "Disagreement is welcome, but rudeness and name-calling are not."),
            ("Robust debate is fine; belittling, mocking or insulting other readers is not.",),
            ("Please be polite to other commenters, even when you strongly disagree with them.",),
            ("Criticise arguments rather than the people who make them.",),
        ),
    ),
    (
        ("No personal attacks", "Don't harass anyone", "No abuse or threats", "Abuse will not be tolerated."),
        (
            ("Posts that threaten, bully or harass another person will be removed and may be reported to police.",),
            ("Do not target other users, our journalists or the people in our stories with abuse.",),
            ("Threats of violence, even as a joke, will get your account suspended.",),
            ("Comments that single out another reader for ridicule or abuse will be deleted.",),
        ),
    ),
    (
        ("No hate speech", "Zero tolerance for bigotry", "Discrimination"),
        (
            (
                "We will delete anything that attacks people because of their race, religion, gender, sexuality, "
                "disability or nationality.",
            ),
            ("Racist, sexist, homophobic or otherwise discriminatory language has no place here.",),
            ("Stereotyping or demeaning whole groups of people is not allowed.", "Repeat offenders will be banned."),
        ),
    ),
    (
        ("Stay on topic", "Keep it relevant", "Stick to the story"),
        (
            ("Contributions should relate to the article above.", "Off-topic posts may be removed."),
            ("Please keep the conversation to the subject of the story rather than pursuing old feuds.",),
            ("Comments that wander away from the article, or repeat the same point over and over, may be taken down.",),
        ),
    ),
    (
        ("No spam", "No advertising", "Don't self-promote", "Spam"),
        (
            ("Do not post advertisements, chain letters, fundraising appeals or links to commercial websites.",),
            ("Promotional content and repeated links will be deleted without notice.",),
            ("We remove spam, scams and posts selling goods or services.",),
        ),
    ),
    (
        ("Use your real name", "Be yourself", "No impersonation"),
        (
            ("We ask that you post under your own first and last name.", "Anonymous accounts may be suspended."),
            ("Do not pretend to be someone else, including another reader, a public figure or a member of our staff.",),
            ("Accounts registered with a fake name or email address will be closed.",),
            ("Commenters must use their real names; pseudonyms are not accepted on this site.",),
        ),
    ),
    (
        ("Mind your language", "No swearing", "Keep it family-friendly", "Watch your language."),
        (
            ("Profanity, obscenity and sexually explicit material are not permitted, even with letters starred out.",),
            ("Our audience includes young readers, so please avoid swearing and crude language.",),
            ("Obscene or vulgar posts will be removed, as will any that link to such material.",),
        ),
    ),
    (
        ("Respect the law", "Don't defame", "Legal matters", "Be careful with court cases."),
        (
            (
                "Do not make allegations you cannot prove.",
                "Defamatory posts put you and us at risk of legal action.",
            ),
            (
                "Do not discuss the guilt or innocence of anyone facing criminal charges while a case is before the courts.",
            ),
            ("You are legally responsible for what you post, and we may have to pass your details to police.",),
            ("Nothing you write may breach a suppression order or the rules on contempt of court.",),
        ),
    ),
    (
        ("Protect privacy", "Keep personal details private", "Privacy"),
        (
            ("Never share phone numbers, home addresses or email addresses, whether your own or someone else's.",),
            ("Do not publish private information about other people, including the names of victims or children.",),
            ("Posting another person's personal details will lead to an immediate ban.",),
        ),
    ),
    (
        ("Report abuse", "Flag it", "Help us moderate", "See something wrong?"),
        (
            ("If you see a post that breaks these rules, use the report button beside it and a moderator will look.",),
            ("Click the flag icon to let us know about abusive comments.", "We read every report."),
            ("Please alert our moderators to problems rather than replying to the offending post.",),
        ),
    ),
    (
        ("Moderation", "Our right to remove", "We moderate", "House rules apply."),
        (
            (
                "We reserve the right to edit or remove any contribution, and to suspend users who repeatedly "
                "break these guidelines.",
            ),
            ("All comments are reviewed by our team before they appear, which can take a while outside office hours.",),
            ("Moderators may close a discussion at any time.", "Their decision is final."),
        ),
    ),
    (
        ("Respect copyright", "Original work only", "Don't copy and paste"),
        (
            ("Only post material you have written yourself or have permission to share.",),
            ("Do not reproduce whole articles or photos from other sources.", "A short quote with a link is fine."),
        ),
    ),
    (
        ("Add to the conversation", "Be constructive", "Share what you know"),
        (
            ("We value first-hand accounts, local knowledge and thoughtful questions.", "Tell us what you know."),
            ("The best contributions add information or a fresh perspective to the discussion.",),
            ("Got a tip or a correction for the newsroom?", "Email our editors instead of leaving a comment."),
        ),
    ),
    (
        ("Don't shout", "No shouting", "Easy on the caps"),
        (
            ("Writing in capital letters is hard to read and comes across as shouting.",),
            ("Please avoid typing whole posts in upper case.",),
        ),
    ),
    (
        ("Your views are your own", "Disclaimer"),
        (
            (
                "Opinions expressed by readers are their own and do not reflect the views of this newspaper or its staff.",
            ),
            ("Comments are the responsibility of the people who post them, not of the station.",),
        ),
    ),
)


POLICY_TITLES_7 = (
    "Community guidelines",
    "COMMENT POLICY",
    "House rules",
    "Before you comment",
    "Before you post",
    "Join the conversation",
    "Our commenting rules",
    "Discussion guidelines",
)


POLICY_INTROS_7 = (
    "We want this to be a place for lively, respectful discussion. Please follow these rules:",
    "Comments are open to registered readers. By posting you agree to the following.",
    "Thanks for joining the conversation. A few ground rules:",
    "Please read our house rules before you post.",
)


POLICY_CLOSINGS_7 = (
    "Read our full community guidelines.",
    "See our terms of use.",
    "For more, see our full commenting policy and terms of service.",
    "Read the full house rules here.",
    "Breaking these rules may see your account suspended. Full terms and conditions apply.",
)


def _items_7(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-7 policy, as ``_items_6``'s: each site's own way of printing its headings, items and title."""
    plain = rng.random() < 0.3  # a site whose policy never says "comment"

    def fits(text: str) -> bool:
        return not plain or "comment" not in text.lower()

    kinds = [
        ([heading for heading in headings if fits(heading)], [one for one in sentences if fits(" ".join(one))])
        for headings, sentences in REWORDINGS_7
    ]
    kinds = [(headings, sentences) for headings, sentences in kinds if sentences]
    chosen = rng.sample(kinds, 2 if rng.random() < 0.15 else rng.randint(3, 8))
    attach = rng.choice(("stop", "stop", "nothing", "colon", "dash"))  # what the site prints after a heading
    dash = rng.choice(("-", "-", "\u2013", "\u2014"))
    caps = rng.random() < 0.25  # headings in capitals
    headless = rng.random() < 0.2  # the site prints its items without headings
    marker = rng.choice(("", "", "number", "\u2022 ", "* "))
    items: list[tuple[str, ...]] = []
    for number, (headings, sentences) in enumerate(chosen, 1):
        heading = "" if headless or not headings or rng.random() < 0.1 else rng.choice(headings)
        parts = list(rng.choice(sentences))
        heading = heading.upper() if caps else heading
        if heading and heading[-1] in ".?!":  # a whole sentence: printed before the item's sentences
            parts.insert(0, heading)
        elif heading and attach == "colon":
            parts[0] = f"{heading}: {parts[0]}"
        elif heading and attach == "dash":
            parts[0] = f"{heading} {dash} {parts[0]}"
        elif heading:
            parts.insert(0, heading + ("." if attach == "stop" else ""))
        if marker:
            parts[0] = (f"{number}. " if marker == "number" else marker) + parts[0]
        items.append(tuple(parts))
    if rng.random() < 0.25:
        items.insert(0, ("", rng.choice([line for line in POLICY_INTROS_7 if fits(line)])))
    if rng.random() < 0.35:
        items.append(("", rng.choice([line for line in POLICY_CLOSINGS_7 if fits(line)])))
    if rng.random() < 0.35:
        items.insert(0, (rng.choice([line for line in POLICY_TITLES_7 if fits(line)]), ""))
    return items
