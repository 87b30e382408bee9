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


# Entry heads as older comment systems print them: a clock with seconds, a two-digit year, a date without its year.
STAMPED = {
    "seconds": ["Posted by: Sean | Jan 10, 2008 4:49:12 PM", "Posted by: dan | Jan 10, 2008 6:02:53 PM"],
    "two-digit year": ["Thu, Jan 17, 08 at 03:13 PM", "Fri, Jan 18, 08 at 02:12 AM"],
    "no year": ["January 7 17:00", "January 7 17:05"],
}
COMMENTS = [
    "Free range and organic are not the same thing, and the article should not use them as if they were.",
    "Good food can be cheap if you cook it yourself and buy whatever vegetables are in season that week.",
]


@pytest.mark.parametrize("kind", sorted(STAMPED))
def test_entries_stamped_as_older_comment_systems_print_them_are_a_thread(kind: str) -> None:
    first, second = STAMPED[kind]
    thread = ["Comments", first, COMMENTS[0], second, COMMENTS[1]]
    text = "\n".join(ARTICLE + thread)
    assert clean(text) == clean("\n".join(ARTICLE))
    reasons = {edit.before: edit.reason for edit in explain(text).removed}
    assert reasons[second] == reasons[COMMENTS[1]] == "comment-thread"


@pytest.mark.parametrize("heading", ["COMMENTS (2) Post a comment", "Comments on this story"])
def test_a_heading_with_its_button_or_naming_the_story_opens_a_thread(heading: str) -> None:
    thread = [heading, *STAMPED["seconds"][:1], COMMENTS[0], *STAMPED["seconds"][1:], COMMENTS[1]]
    kept = strip_chrome("\n".join(ARTICLE + thread), rules=())
    assert not any(comment in kept for comment in COMMENTS)
    assert all(line in kept for line in ARTICLE)


# What a news site prints after its thread: a box of other stories with a sentence each, and its footer.
BOXES = [
    "The latest from the Herald",
    "Teachers threaten strike action over pay after the schools secretary announces a smaller rise.",
    "Police in talks with a foreign agency over an international database of fingerprints and photos.",
    "Communities flooded last summer are on alert again after forecasters predict a week of storms.",
    "The governor prepares to learn his fate in the make-or-break primary on Tuesday night.",
    "A rights group demands an end to executions after two more were reported this month.",
    "Registered in England and Wales. Registered office: Number 1 Scott Place, Manchester M3 3GG.",
    "Herald News and Media Limited 2008. All the stories on this site are written by our own staff.",
]


def test_a_thread_followed_by_the_sites_boxes_and_footer_goes() -> None:
    thread = ["Comments", STAMPED["seconds"][0], COMMENTS[0], STAMPED["seconds"][1], COMMENTS[1]]
    kept = strip_chrome("\n".join(ARTICLE + thread + BOXES), rules=())
    assert not any(comment in kept for comment in COMMENTS)
    assert all(line in kept for line in ARTICLE + BOXES)


def test_a_thread_followed_by_prose_and_another_post_stays() -> None:
    # A forum: replies under the first post, then the next posts of the page's own, the last headed by who wrote it.
    thread = ["Comments", STAMPED["seconds"][0], COMMENTS[0], STAMPED["seconds"][1], COMMENTS[1]]
    page = ARTICLE + thread + ARTICLE * 3 + ["Posted by: Anita | Jan 11, 2008 9:15:02 AM", *ARTICLE[:6]]
    text = "\n".join(page)
    assert strip_chrome(text, rules=()).rstrip() == text.rstrip()


def test_an_articles_own_timetable_is_no_thread() -> None:
    # Times printed as a comment system prints its entries' heads, in the article itself, under no thread's heading.
    timetable = ["The hearings", "January 7 17:00", *ARTICLE[:2], "January 8 17:30", *ARTICLE[2:4]]
    text = "\n".join(ARTICLE + timetable)
    assert strip_chrome(text, rules=()).rstrip() == text.rstrip()


def test_cleaning_a_cleaned_page_of_an_older_thread_changes_nothing() -> None:
    thread = ["COMMENTS (2) Post a comment", STAMPED["two-digit year"][0], COMMENTS[0]]
    thread += [STAMPED["two-digit year"][1], COMMENTS[1]]
    once = clean("\n".join(ARTICLE + thread + BOXES))
    assert clean(once) == once
    assert COMMENTS[0] not in once
