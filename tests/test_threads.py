"""Comment threads under an article go; the article, and posts that are the page's text, stay.

The texts are written for these tests, in the shapes comment systems print (a WordPress thread, a
news site's "Posted by: name | date" entries, a forum's posts with replies under each).
"""

from __future__ import annotations

import pytest
from article_support import ARTICLE

from cleantext import DEFAULT_THREADS, Thread, clean, explain, strip_chrome

WORDPRESS = [
    "3 thoughts on “Council approves transit budget”",
    "",
    "Gaye Miller",
    "March 6, 2023 at 8:55 am",
    "",
    "Finally some good news for those of us who take the bus to work every single day.",
    "",
    "Reply",
    "",
    "Tom Collins",
    "March 6, 2023 at 9:12 am",
    "",
    "Who is going to pay for all of this when the money from the state runs out next year?",
    "",
    "Reply",
    "",
    "Anita D.",
    "March 7, 2023 at 7:40 pm",
    "",
    "I hope the evening service includes the route past the hospital, where the night shift ends late.",
    "",
    "Comments are closed.",
]


def test_a_thread_under_the_article_goes_and_every_article_line_stays() -> None:
    text = "\n".join(ARTICLE + WORDPRESS)
    assert clean(text) == clean("\n".join(ARTICLE))
    assert strip_chrome(text).rstrip() == "\n".join(ARTICLE).rstrip()


def test_explain_names_the_thread_for_its_lines() -> None:
    report = explain("\n".join(ARTICLE + WORDPRESS))
    reasons = {edit.before: edit.reason for edit in report.removed}
    assert reasons["Tom Collins"] == "comment-thread"
    assert reasons[
        "I hope the evening service includes the route past the hospital, where the night shift ends late."
    ] == ("comment-thread")


def test_entries_headed_by_posted_by_and_relative_times_are_a_thread() -> None:
    thread = [
        "Reader comments (2)",
        "Posted by: Suzanne | January 14, 2008 07:05 PM",
        "I think the council should have asked the riders before they voted on any of this.",
        "Posted by: Lucky Lakeshore | January 14, 2008 06:24 PM",
        "The new lines are long overdue, and the fare is still lower than in most other cities.",
    ]
    assert clean("\n".join(ARTICLE + thread)) == clean("\n".join(ARTICLE))
    relative = ["Comments", "Sara", "1 year ago", "So helpful, thank you!", "JRS", "2 years ago", "Keep up the work!!!"]
    assert "So helpful" not in clean("\n".join(ARTICLE + relative))


def test_threads_can_be_kept() -> None:
    text = "\n".join(ARTICLE + WORDPRESS)
    assert "Tom Collins" in strip_chrome(text, threads=())
    assert "Tom Collins" not in strip_chrome(text, threads=DEFAULT_THREADS)


def test_a_comment_counter_above_the_article_opens_no_thread() -> None:
    top = ["12 Comments", "By Jane Doe", "March 6, 2023 at 8:55 am", "Updated March 7, 2023 at 9:00 am"]
    text = "\n".join(top + ARTICLE)
    assert all(line in strip_chrome(text, rules=()) for line in ARTICLE if line)
    assert "By Jane Doe" in strip_chrome(text, rules=())


def test_a_heading_without_entries_after_it_is_no_thread() -> None:
    section = [
        "Comments",
        "",
        "The council will take written comments on the fare increase until the end of January, officials said.",
        "",
        "Residents can also speak at the hearing, where each speaker gets three minutes at the microphone.",
    ]
    text = "\n".join(ARTICLE + section)
    assert strip_chrome(text, rules=()).splitlines()[-1] == section[-1]


def test_a_forums_replies_stay_when_no_heading_opens_a_thread() -> None:
    # A forum: the first post, then replies headed by who wrote and when; they are the page's text.
    replies = []
    for name in ("Sara", "Tom", "Anita"):
        replies += [f"Posted by: {name} | March 6, 2023 at 8:55 am", *ARTICLE[2:6]]
    text = "\n".join(ARTICLE + replies)
    assert strip_chrome(text, rules=()).rstrip() == text.rstrip()


def test_a_heading_ends_the_thread_before_it() -> None:
    # Two threads, each under its own heading; the first is followed by the page's text, the second is not.
    first = ["2 Comments", "Sara says:", "Agreed with every word.", "Tom says:", "Not so sure about the fares."]
    second = ["2 Comments", "Ann says:", "Thanks for this.", "Bob says:", "Good to know."]
    text = "\n".join(ARTICLE + first + ARTICLE + ARTICLE + second)
    kept = strip_chrome(text, rules=()).splitlines()
    assert "Agreed with every word." in kept
    assert "Thanks for this." not in kept


def test_an_answer_after_a_post_line_ends_the_thread() -> None:
    page = [
        *ARTICLE,
        "2 Comments",
        "Sara says:",
        "Does this also work on the older version of the library?",
        "Tom says:",
        "It does, with the flag turned on.",
        "answered Mar 5, 2025 at 7:20",
        "Use the flag and restart the service.",
    ]
    kept = strip_chrome("\n".join(page), rules=()).splitlines()
    assert "Tom says:" not in kept
    assert kept[-2:] == ["answered Mar 5, 2025 at 7:20", "Use the flag and restart the service."]


def test_cleaning_a_cleaned_thread_page_changes_nothing() -> None:
    once = clean("\n".join(ARTICLE + WORDPRESS))
    assert clean(once) == once


def test_a_thread_needs_two_entries() -> None:
    with pytest.raises(ValueError, match="min_entries"):
        Thread("comments", heading="comments", entry=r".+ says:", min_entries=1)
