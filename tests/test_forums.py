"""A forum page's thread is its content; a news article's comment thread still goes."""

from __future__ import annotations

from article_support import ARTICLE
from forum_support import FOOTER, POSTS, forum_page

import cleantext
from cleantext.annotate import read_paragraphs
from cleantext.forums import thread_posts, thread_spans
from cleantext.listings import marker_places


def test_a_forums_posts_after_the_longest_one_are_kept() -> None:
    cleaned = cleantext.clean(forum_page(), kind="text")
    kept = set(cleaned.split("\n"))
    for author, text in POSTS:
        assert kept.issuperset(text), (author, text, cleaned)
    assert kept.isdisjoint(FOOTER), cleaned
    assert cleantext.clean(cleaned, kind="text") == cleaned


def test_the_thread_runs_from_the_first_post_past_the_article() -> None:
    readings = read_paragraphs(forum_page().split("\n"))
    texts = [reading.paragraph.text for reading in readings]
    article = next(k for k, text in enumerate(texts) if text.startswith("A starter is"))
    inside = thread_posts(readings, article)
    last = next(k for k, text in enumerate(texts) if text.startswith("Glad it worked"))
    assert {article, last} <= inside
    assert min(inside) < article
    assert texts.index("#1") in inside
    assert thread_posts(readings, min(inside)) == frozenset()  # a thread that starts at the article is none of it
    # the marker places the decision finds once for the listing and the forum rules give the same thread
    places = marker_places(readings)
    assert thread_posts(readings, article, places) == inside
    assert thread_spans(readings, places) == thread_spans(readings)
    assert thread_posts(readings, article, {}) == frozenset()  # the places are what is read


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
