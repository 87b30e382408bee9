"""The ``reworded-58`` family's policies, written from how sites word and print their posting rules, held out."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: Each item kind: its headings, and its sentences (6-35 words).
REWORDINGS_58: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (  # privacy
        ("Your privacy", "Keep personal details private", "Private information"),
        (
            "Please do not post phone numbers, home addresses or email addresses, yours or anyone else's, in the "
            "thread.",
            "We never publish the email address you give us when you sign in, and we do not sell it to anybody.",
            "Leave out the names of patients, families and neighbours; what is shared in the garden stays in the "
            "garden.",
            "Posts that reveal where a member lives or works will be taken down without notice.",
        ),
    ),
    (  # moderation delays
        ("Moderation", "Why your post has not appeared", "Please be patient"),
        (
            "Every post is read by a volunteer before it appears, so allow up to a day, longer at weekends and on "
            "public holidays.",
            "First-time posters are held for approval; after that your replies should show straight away.",
            "Our moderators are members giving their own time, and the queue is cleared once each evening.",
            "If your comment has not appeared after 48 hours, it was probably caught by the filter; write to us.",
        ),
    ),
    (  # account deletion
        ("Closing your account", "Deleting your account", "Leaving the forum"),
        (
            "You may close your account at any time from your profile page; your past posts will remain under the "
            "name Former member.",
            "To have your account and everything you posted removed, email the secretary and allow ten working days.",
            "Accounts left unused for two years are closed, and we will write to you first.",
        ),
    ),
    (  # advertising
        ("No advertising", "Selling and promotion", "Adverts"),
        (
            "Do not use the board to sell mirrors, eyepieces or seed; use the swap page in the members' section "
            "instead.",
            "Posts promoting a business, a raffle that is not ours or a political campaign will be removed.",
            "Links to shops and paid services are deleted, however helpful they are meant to be.",
            "Members may mention their own stall at the Saturday market once a month, and no more often.",
        ),
    ),
    (  # errors to the newsroom
        ("Corrections", "Spotted a mistake?", "Errors in our reporting"),
        (
            "If you think a story is wrong, please tell the newsroom directly by email rather than posting it "
            "below the article.",
            "Factual errors should be sent to the editor, who will check them and print a correction where one is due.",
            "Reporting a mistake in the thread will not reach the reporter; use the corrections form at the foot of "
            "the page.",
        ),
    ),
    (  # civility
        ("Be courteous", "Respect", "Keep it friendly"),
        (
            "Disagree with the argument, never with the person; insults, name-calling and mockery will be removed.",
            "Treat other members as you would across the table at the fellowship supper.",
            "Abuse aimed at any island, parish, tribe, clan or community is not allowed here.",
            "We expect the same good manners on the board as on the green.",
        ),
    ),
    (  # on topic
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep replies to the subject of the story; general chat belongs in the community noticeboard.",
            "Threads that drift away from the motion under debate will be closed by the moderators.",
            "Please post questions about grinding and testing mirrors in the workshop section, not in news threads.",
        ),
    ),
    (  # real names
        ("Use your real name", "Names", "Who you are"),
        (
            "Posts must carry your first and last name; we do not publish anonymous letters or posts.",
            "Please sign in with the name members know you by, and not a nickname or a business name.",
            "Pretending to be another person, a club officer or a member of staff will get your account closed.",
        ),
    ),
    (  # legal
        ("Stay within the law", "Legal", "Defamation"),
        (
            "Do not accuse anyone of a crime; we can be held responsible for what is published under our name.",
            "Nothing may be posted about a case before the courts, in Kampala, Nakuru, Hamilton or anywhere else.",
            "Anything we believe to be libellous or in contempt of court will be removed at once.",
        ),
    ),
    (  # reporting
        ("Report a problem", "Flagging", "Tell us"),
        (
            "Use the flag link beside any post that breaks these rules and a moderator will look at it.",
            "If someone is harassing you, do not reply; report it to the moderators and we will deal with it.",
            "Concerns about a post can also be raised with the warden or any committee member.",
        ),
    ),
    (  # copyright
        ("Copyright", "Other people's work", "Photos and text"),
        (
            "Only share photographs you took yourself, and credit the grower when you post another member's "
            "seed notes.",
            "Do not paste whole articles from other papers; a short quotation and a link are enough.",
        ),
    ),
    (  # our right to edit
        ("Our decision is final", "Editing", "Removal"),
        (
            "The editor may shorten, edit or refuse any post, and does not have to explain why.",
            "We reserve the right to remove any post and to suspend members who repeatedly ignore these guidelines.",
            "Comments are the views of their writers and not those of the trust, its staff or its volunteers.",
            "The committee's decision on any post is final, and appeals will not be discussed on the forum.",
        ),
    ),
    (  # language
        ("Language", "Plain English please", "Keep it clean"),
        (
            "Write in English so that every reader and every moderator can follow; Creole, Swahili or Luganda "
            "phrases are welcome if you translate them.",
            "No swearing, even with letters replaced by stars; remember that young members read these pages.",
            "Posts written entirely in capitals are hard to read and will be held back.",
        ),
    ),
]

INTROS_58 = (
    "Before you post, please read the following.",
    "These posting guidelines apply to everyone who takes part.",
    "By taking part in the discussion you agree to the rules below.",
    "Our members asked for a short set of rules, and here they are.",
    "Please take a moment to read our house rules before joining in.",
)

CLOSINGS_58 = (
    "Thank you for helping keep this a friendly place.",
    "Questions about these rules can be sent to the editor.",
    "These guidelines were last revised by the committee this spring.",
    "Break these rules and your account may be suspended.",
    "Read our full terms of use and privacy policy.",
)

TITLES_58 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
    "Forum etiquette",
)

AMERICAN_58 = {
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "libellous": "libelous",
    "favour": "favor",
    "organise": "organize",
    "honour": "honor",
}

BULLETS_58 = ("\u2022 ", "- ", "* ", "\u25aa ", "> ")


def _numbered(number: int, rng_style: int) -> str:
    return (f"{number}. ", f"{number}) ", f"({number}) ", f"Rule {number}: ")[rng_style]


def _items_58(rng: random.Random) -> list[tuple[str, ...]]:
    """A policy's items: 2-9 kinds, each heading inline after a colon or dash, on its own line, in capitals, or
    absent (one way for the whole list, or mixed item by item), numbered, bulleted or plain; a fifth of the sites
    never say "comment"."""
    plain_words = rng.random() < 0.2
    kinds = rng.sample(REWORDINGS_58, 2 if rng.random() < 0.15 else rng.randint(2, 9))
    mixed = rng.random() < 0.3
    layout = rng.choice(("colon", "dash", "own", "caps", "none"))
    marker = rng.choice(("number", "bullet", "plain", "plain"))
    number_style = rng.randrange(4)
    bullet = rng.choice(BULLETS_58)
    items: list[tuple[str, ...]] = []
    for headings, sentences in kinds:
        if plain_words:
            headings = tuple(h for h in headings if not _says_comment(h)) or ("",)
            sentences = tuple(s for s in sentences if not _says_comment(s))
            if not sentences:
                continue
        heading = rng.choice(headings)
        sentence = rng.choice(sentences)
        how = rng.choice(("colon", "dash", "own", "caps", "none")) if mixed else layout
        if how == "colon":
            item: tuple[str, ...] = ("", f"{heading.rstrip('?')}: {sentence}")
        elif how == "dash":
            item = ("", f"{heading.rstrip('?')} \u2013 {sentence}")
        elif how == "own":
            item = (heading, sentence)
        elif how == "caps":
            item = (heading.upper(), sentence)
        else:
            item = ("", sentence)
        if marker != "plain":
            prefix = _numbered(len(items) + 1, number_style) if marker == "number" else bullet
            first = 0 if item[0] else 1
            item = tuple(prefix + part if i == first else part for i, part in enumerate(item))
        items.append(item)
    return _furnish(items, rng, INTROS_58, CLOSINGS_58, TITLES_58, AMERICAN_58)
