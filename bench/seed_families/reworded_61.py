"""The ``reworded-61`` family's policies: island, diaspora, club, trust and newsletter sites' posting rules."""

from __future__ import annotations

import random

from ._common import _furnish, _says_comment

#: (headings, sentences) per item kind: island pages, diaspora sites, weeklies, clubs, trusts and newsletters.
REWORDINGS_61: list[tuple[tuple[str, ...], tuple[str, ...]]] = [
    (
        ("Be neighbourly", "Mind your manners", "Courtesy first"),
        (
            "We are a small island and most of us know one another, so write as you would speak at the harbour.",
            "Disagree with the idea, never with the person; name-calling gets a post taken down.",
            "Please keep replies civil and kind, as you would at a Friends meeting or a club supper.",
        ),
    ),
    (
        ("Your privacy", "Personal details", "What we keep"),
        (
            "We store your email address only to confirm your posts and never show it beside your name.",
            "Do not share phone numbers, mooring berths or home addresses of anyone, including yourself.",
            "Your name and post are kept on our server; we do not pass them to the parish or any third party.",
            "Posts may be read by anyone, anywhere, so leave out details you would not print in the parish magazine.",
        ),
    ),
    (
        ("Waiting for approval", "Comments awaiting moderation", "Why your post has not appeared"),
        (
            "Every post is read by a volunteer before it goes up, which can take two or three days on the island.",
            "Our moderators are volunteers in three time zones; please allow up to a week before asking after a post.",
            "When the ferry or the internet link is down, approvals wait until we are back online.",
            "Comments from Kosrae, Mafia Island or Likoma may reach us late; each is approved in the order it arrived.",
        ),
    ),
    (
        ("Deleting your account", "Leaving the forum", "Closing your profile"),
        (
            "To close your account, write to the secretary and we will remove your profile within thirty days.",
            "If you delete your account, your past replies stay but your name is replaced with Former member.",
            "Ask the webmaster to erase your profile and posts; we cannot restore them afterwards.",
        ),
    ),
    (
        ("No advertising", "Selling and promotion", "Adverts"),
        (
            "Please do not advertise boats, berths or services here; use the noticeboard page instead.",
            "Posts that promote a business, a fundraiser elsewhere or a website will be removed without notice.",
            "Members may mention a club sale once, but repeated selling posts are treated as spam.",
        ),
    ),
    (
        ("Spotted a mistake?", "Corrections", "Errors in our reporting"),
        (
            "If a story gets a fact wrong, email the editor rather than posting it below, and we will correct it.",
            "Tell the newsroom about errors directly; corrections are printed in the next issue.",
            "Please send corrections to the news desk, not the discussion, so the right person sees them.",
        ),
    ),
    (
        ("Stay on topic", "Keep to the subject", "Relevance"),
        (
            "Keep to the article, the match or the tram route in question; general chat belongs in the lounge thread.",
            "Replies that wander off the subject may be moved or trimmed by the moderators.",
        ),
    ),
    (
        ("Language", "English please", "Which language"),
        (
            "Please write in English so that all readers, at home and abroad, can follow the thread.",
            "A word or phrase in Latvian or Lithuanian is welcome, but please give a short translation.",
            "Posts in other languages may be held until a volunteer can read them.",
        ),
    ),
    (
        ("Safety", "Foraging safety", "Take care"),
        (
            "Never rely on a post here to identify seaweed or shellfish as safe to eat; check with an expert.",
            "Advice given by members is offered in good faith and is not a substitute for a qualified repairer.",
        ),
    ),
    (
        ("Report a post", "Flagging", "Something wrong?"),
        (
            "Use the report link under any post you think breaks these rules, and a moderator will look at it.",
            "If you see abuse, tell us by email; we read every report, though replies may be slow.",
            "Flag a comment rather than answering it, and please do not argue with the poster yourself.",
        ),
    ),
    (
        ("Your words, our pages", "Copyright", "Reuse of posts"),
        (
            "By posting you allow us to quote your words in the printed newsletter, with your name.",
            "Only post photographs you took yourself, or that you have the owner's permission to share.",
        ),
    ),
    (
        ("Real names", "Who you are", "Sign your name"),
        (
            "We ask members to post under their own name, as is the custom in our meeting and our village.",
            "Anonymous posts are not accepted; a first name and your island or town will do.",
        ),
    ),
]

#: The opening lines such sites print above the rules.
INTROS_61 = (
    "Before you post, please read these few rules.",
    "Our discussion rules are short, and we ask everyone to follow them.",
    "These guidelines were agreed by the committee and apply to every reply.",
    "Welcome, members and visitors; a few words on how we run this page.",
)

#: The closing lines under the rules.
CLOSINGS_61 = (
    "Thank you for helping keep this a friendly place.",
    "The moderators' decision is final.",
    "Questions about these rules go to the honorary secretary.",
    "Rules last revised at the annual general meeting.",
)

#: The titles above the rules.
TITLES_61 = (
    "Discussion rules",
    "Posting guidelines",
    "Before you post",
    "House rules",
    "Community standards",
)

#: British spellings in this family's lines and their American forms.
AMERICAN_61 = {
    "neighbourly": "neighborly",
    "programme": "program",
    "organise": "organize",
}

_BULLETS = ("\u2022 ", "- ", "* ", "\u25aa ")
_NUMBERS = ("{}. ", "{}) ", "({}) ")


def _items_61(rng: random.Random) -> list[tuple[str, ...]]:
    """Two to eight items (two or three a third of the time), each heading inline after a colon or dash, on its own
    line, in capitals, or absent; numbered, bulleted or bare; sometimes with a second sentence of the same kind.
    A quarter of the policies leave out every kind that would say "comment"."""
    kinds = list(REWORDINGS_61)
    if rng.random() < 0.25:
        kinds = [(h, s) for h, s in kinds if not _says_comment(*h, *s)]
    count = rng.randint(2, 3) if rng.random() < 0.33 else rng.randint(2, min(8, len(kinds)))
    chosen = rng.sample(kinds, count)
    marks = rng.choice(("none", "bullets", "numbers", "mixed"))
    bullet = rng.choice(_BULLETS)
    number = rng.choice(_NUMBERS)
    items: list[tuple[str, ...]] = []
    for index, (headings, sentences) in enumerate(chosen, start=1):
        heading = rng.choice(headings)
        picked = [rng.choice(sentences)]
        if len(sentences) > 1 and rng.random() < 0.2:
            picked = rng.sample(sentences, 2)
        style = rng.choice(("colon", "dash", "own", "caps", "none"))
        mark = marks if marks != "mixed" else rng.choice(("none", "bullets", "numbers"))
        prefix = {"none": "", "bullets": bullet, "numbers": number.format(index)}[mark]
        if style == "colon":
            items.append((prefix + heading + ":", *picked))
        elif style == "dash":
            items.append((prefix + heading + " \u2013", *picked))
        elif style == "own":
            items.append((prefix + heading, ""))
            items.append(("", *picked))
        elif style == "caps":
            items.append((prefix + heading.upper(), *picked))
        else:
            items.append(("", prefix + picked[0], *picked[1:]))
    return _furnish(items, rng, INTROS_61, CLOSINGS_61, TITLES_61, AMERICAN_61)
