"""The ``reworded-6`` family's policies: its wordings and how its sites print them (``FAMILIES.md``
says how it was written and what it was held out for)."""

from __future__ import annotations

import random

from ._common import _american_with

#: Held out a sixth time (2026-12-02): written before the next change to the notice's rules, from how news and
#: magazine sites in the US, UK, Canada, Australia and India word their comment policies, community guidelines
#: and house rules, not from the rules nor from the lists above. Per item: heading choices (printed without
#: their stop: a document picks one), and sentence choices, each of one sentence or two. Written in British
#: spelling; a document may print it in American spelling (``AMERICAN_6``).
REWORDINGS_6 = (
    (
        ("Respect each other", "Treat Others With Respect", "Respect your fellow readers", ""),
        (
            ("Attack the argument, never the person making it.",),
            ("We welcome robust debate.", "Abuse of other readers, our writers or the people in the story is not."),
            ("Insulting, harassing or belittling other readers will get your comment removed.",),
        ),
    ),
    (
        ("Keep it on topic", "Keep to the Subject", "Is it relevant?", ""),
        (
            ("Keep your comments related to the subject of this article.",),
            ("Comments that wander off the subject will not be published.", "Save them for a story they fit."),
            ("Please keep the discussion focused on the issues raised in this report.",),
        ),
    ),
    (
        ("Mind your language", "Watch Your Language", "No swearing"),
        (
            ("Profanity, including words with some letters replaced by asterisks, is filtered out.",),
            ("Swearing and crude language are not welcome here.", "Neither are slurs of any kind."),
            ("Please keep your comments free of foul or abusive words.",),
        ),
    ),
    (
        ("Think before you post", "Don't Get Us Sued", "Could your comment land you in court?", "Legal matters"),
        (
            ("Do not make allegations about named people that you cannot prove.",),
            (
                "Comments about court cases that are still running may be in contempt of court.",
                "We will not publish them until the case has ended.",
            ),
            ("Defamatory remarks expose both you and the publisher to legal action.",),
        ),
    ),
    (
        ("How we moderate", "Moderation Policy", "Why hasn't my comment appeared?", ""),
        (
            ("All comments are checked by a moderator before they go live.",),
            (
                "Comments are moderated by our editorial team.",
                "Those that are abusive, personal, inflammatory or irrelevant will not be published.",
            ),
            ("Our moderators read every comment.", "Please allow up to 24 hours for yours to be approved."),
            ("We may shorten comments or edit them for clarity and legal reasons.",),
        ),
    ),
    (
        ("Write in full", "Write Properly", ""),
        (
            (
                "Please write in complete sentences.",
                "Avoid text-speak, and do not type in all capital or all lower-case letters.",
            ),
            ("Comments typed entirely in capitals will not be approved.",),
        ),
    ),
    (
        ("No promotion", "Links and Advertising", "Can I post a link?", ""),
        (
            ("Comments containing web addresses may be held back for review.",),
            (
                "Please don't post promotional material.",
                "Commercial messages will be deleted and their authors blocked.",
            ),
        ),
    ),
    (
        ("Be who you say you are", "Identity and Privacy", "Protect your privacy"),
        (
            ("Your display name must not be offensive or imitate another person or organisation.",),
            ("Never include your own or anyone else\u2019s phone number or address in a comment.",),
        ),
    ),
    (
        ("No hate", "Zero Tolerance for Bigotry", ""),
        (
            ("Comments that demean people for their race, faith, sex, sexuality or disability will be deleted.",),
            ("We have zero tolerance for hate speech.", "Accounts that post it will be banned."),
        ),
    ),
    (
        ("Seen a problem?", "Flag Bad Comments", "Help us keep it civilised", ""),
        (
            ("If a comment breaks these rules, use the flag beside it and our team will review it.",),
            ("Press \u2018Report\u2019 next to any comment you find offensive.", "Reports are anonymous."),
        ),
    ),
    (
        ("Disclaimer", ""),
        (
            ("The views expressed in comments are those of the readers who post them.",),
            ("Opinions in the comments do not represent those of the publisher or its journalists.",),
        ),
    ),
    (
        ("When do comments close?", "Comment Hours", ""),
        (
            ("Comments on this article will close three days after publication.",),
            ("We close comments overnight.", "They reopen at 7am on weekdays."),
        ),
    ),
    (
        ("Protect the vulnerable", "Children and Victims", ""),
        (
            ("Do not identify victims of crime or children involved in court proceedings.",),
            ("Speculating about the identity of a young offender is an offence.",),
        ),
    ),
    (
        ("Repeat offenders", "What happens if I break the rules?", "Consequences"),
        (
            ("Readers who keep breaking these guidelines will lose the ability to comment.",),
            ("Disruptive behaviour will get you suspended.", "Persistent offenders will be banned for good."),
            ("We may suspend or ban accounts that repeatedly criticise other users instead of their views.",),
        ),
    ),
)


#: Titles, opening and closing sentences some sites print with such a policy (reworded-6 only).
POLICY_TITLES_6 = (
    "House rules",
    "Community Standards",
    "Our commenting policy",
    "Moderation Policy",
    "Have Your Say",
    "Before you post:",
    "Posting Guidelines",
    "Comment rules",
)


POLICY_INTROS_6 = (
    "Comments are welcome, provided they follow the guidelines below.",
    "We want our comment sections to be lively but respectful.",
    "Please read these guidelines before posting a comment.",
    "By posting a comment you agree to abide by these house rules.",
)


POLICY_CLOSINGS_6 = (
    "Thank you for helping to keep the conversation civilised.",
    "We reserve the right to close comments on any story at any time.",
    "Full details are in our terms of service.",
    "Happy commenting!",
)


#: British spellings in the lists above and their American forms (a reworded-6 document prints one or the other).
AMERICAN_6 = {
    "organisation": "organization",
    "civilised": "civilized",
    "behaviour": "behavior",
    "offence": "offense",
    "criticise": "criticize",
}


def _items_6(rng: random.Random) -> list[tuple[str, ...]]:
    """A reworded-6 policy: (heading, sentence, ...) per item, a title as (title, ""), other lines as ("", sentence)."""
    chosen = rng.sample(REWORDINGS_6, rng.randint(2, 8))
    stop = rng.choice((".", ".", ":", ""))  # what this site prints after a heading
    bare = rng.random() < 0.2  # the site prints its items without headings
    items: list[tuple[str, ...]] = []
    for headings, sentences in chosen:
        heading = "" if bare else rng.choice(headings)
        if heading and heading[-1] != "?":
            heading += stop
        items.append((heading, *rng.choice(sentences)))
    if rng.random() < 0.3:
        items.insert(0, ("", rng.choice(POLICY_INTROS_6)))
    if rng.random() < 0.25:
        items.append(("", rng.choice(POLICY_CLOSINGS_6)))
    if rng.random() < 0.4:
        items.insert(0, (rng.choice(POLICY_TITLES_6), ""))
    if rng.random() < 0.5:
        items = [tuple(_american_with(AMERICAN_6, part) for part in item) for item in items]
    return items
