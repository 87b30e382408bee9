"""A forum page's thread is its content; a news article's comment thread still goes.

The texts are written for these tests, in the shape forum software prints a thread (each post under
its author's name, rank, post count, join date, post number and time, with its buttons after it).
"""

from __future__ import annotations

from article_support import ARTICLE

import cleantext
from cleantext.annotate import read_paragraphs
from cleantext.forums import thread_posts

#: A thread's posts (author, lines); the fifth, the longest, is what the structure rules take for the article.
POSTS = [
    (
        "fernwood",
        [
            "My sourdough starter smells like nail polish after two weeks of feeding.",
            "Is it dead, or can it still be saved with more frequent feedings?",
        ],
    ),
    (
        "breadhead",
        ["That smell is acetone: the yeast is hungry, not dead.", "Feed it twice a day and discard most of it first."],
    ),
    ("fernwood", ["I tried that for three days and the smell is fading a little now."]),
    ("millerjoe", ["Rye flour helped my starter more than anything else did."]),
    (
        "breadhead",
        [
            "A starter is a small colony of wild yeast and lactic acid bacteria living on flour and water.",
            "When it runs out of food, the yeast makes acetone and alcohol, which is the sharp smell you noticed.",
            "Feeding it more often at a warmer temperature gives the bacteria the upper hand again, and the sour "
            "smell returns.",
            "Whole rye flour carries more nutrients and wild yeast than white flour, so it revives a tired culture "
            "faster.",
            "Mark the level of the jar after each feeding, and use the starter when it has doubled and domed.",
            "If it never rises after a week of regular feedings, it is easier to start a new one than to rescue it.",
        ],
    ),
    ("fernwood", ["It doubled overnight after two rye feedings, thank you all."]),
    ("millerjoe", ["Glad it worked, post a picture of your first loaf when you bake it."]),
]
FOOTER = ["Terms of Service", "Privacy Policy", "Contact Us"]


def _forum_page() -> str:
    lines = ["Starter smells like acetone", "", "Home", "Forums", "Search", "Member List", "Help", ""]
    lines += ["Baking Forums › Bread › Sourdough", "Pages (2): 1 2 Next »", ""]
    for n, (author, text) in enumerate(POSTS, 1):
        lines += [author, "", "Member", "", f"Posts: {n * 41 + 7}", f"Threads: {n + 2}", f"Joined: Feb 20{10 + n}"]
        lines += [f"#{n}", f"2024-03-0{n}, 0{n}:14 PM", *text, "Find", "Reply", ""]
    return "\n".join(lines + FOOTER)


def test_a_forums_posts_after_the_longest_one_are_kept() -> None:
    cleaned = cleantext.clean(_forum_page(), kind="text")
    kept = set(cleaned.split("\n"))
    for author, text in POSTS:
        assert kept.issuperset(text), (author, text, cleaned)
    assert kept.isdisjoint(FOOTER), cleaned
    assert cleantext.clean(cleaned, kind="text") == cleaned


def test_the_thread_runs_from_the_first_post_past_the_article() -> None:
    readings = read_paragraphs(_forum_page().split("\n"))
    texts = [reading.paragraph.text for reading in readings]
    article = next(k for k, text in enumerate(texts) if text.startswith("A starter is"))
    inside = thread_posts(readings, article)
    last = next(k for k, text in enumerate(texts) if text.startswith("Glad it worked"))
    assert {article, last} <= inside
    assert min(inside) < article
    assert texts.index("#1") in inside
    assert thread_posts(readings, min(inside)) == frozenset()  # a thread that starts at the article is none of it


def test_a_news_articles_comment_thread_still_goes() -> None:
    byline = ["By Ruth Adams", "March 6, 2023 at 7:30 am", ""]  # the entries' time stamp, once before the article
    thread = ["4 thoughts on “Council approves transit budget”", ""]
    comments = [
        "Finally some good news for those of us who take the bus to work every single day.",
        "Who is going to pay for all of this when the money from the state runs out next year?",
        "I hope the evening service includes the route past the hospital, where the night shift ends late.",
        "The last bus from the station leaves far too early for anyone who works in a restaurant.",
    ]
    for n, (author, comment) in enumerate(
        zip(["Gaye Miller", "Tom Collins", "Anita D.", "Sam Ortiz"], comments, strict=True)
    ):
        thread += [author, f"March {6 + n}, 2023 at {8 + n}:55 am", "", comment, "", "Reply", ""]
    text = "\n".join([*byline, *ARTICLE, *thread, "Comments are closed."])
    readings = read_paragraphs(text.split("\n"))
    article = next(k for k, reading in enumerate(readings) if reading.paragraph.text == ARTICLE[0])
    assert thread_posts(readings, article) == frozenset()  # the comments' time stamps are the thread rule's
    cleaned = cleantext.clean(text)
    assert cleaned == cleantext.clean("\n".join([*byline, *ARTICLE]))
    assert not any(comment in cleaned for comment in comments)
