"""Boxes of other stories' headlines after the article go; the article, and a listing page's own list, stay.

The texts are written for these tests, in the shapes news sites print such boxes in (a "Related Stories"
box under the article, a "Most Read" box between two parts of it, headlines with their dates and authors).
"""

from __future__ import annotations

import pytest
from article_support import ARTICLE

from cleantext import DEFAULT_TEASERS, Teasers, clean, explain, strip_chrome

RELATED = [
    "Related Stories",
    "",
    "Mayor names new police chief after nationwide search",
    "",
    "Bridge on Route 9 to close for repairs in May",
    "Jan. 12, 2024",
    "",
    "Why the school board wants a later start",
    "By Ana Ruiz",
    "",
]

MOST_READ = ["Most Read", "Storm knocks out power to 40,000 homes", "Local bakery wins state award", ""]

# Each headline with a summary of one or two sentences under it, one with its date and author between.
SUMMARIES = [
    "Related Stories",
    "",
    "Mayor names new police chief after nationwide search",
    "",
    "The new chief led the department in Springfield for six years.",
    "",
    "Bridge on Route 9 to close for repairs in May",
    "",
    "Drivers will be sent over the Elm Street bridge while the deck is replaced. The work takes six weeks.",
    "",
    "Why the school board wants a later start",
    "Jan. 12, 2024 | By Ana Ruiz",
    "",
    "Teenagers sleep better when classes begin after 8:30, the board's study found.",
    "",
]


@pytest.mark.parametrize("box", [RELATED, SUMMARIES], ids=["headlines", "headlines-with-summaries"])
def test_a_box_under_the_article_goes_whole_and_every_article_line_stays(box: list[str]) -> None:
    text = "\n".join(ARTICLE + box)
    assert strip_chrome(text).rstrip() == "\n".join(ARTICLE).rstrip()
    assert clean(text) == clean("\n".join(ARTICLE))


def test_explain_names_the_box_for_each_headline() -> None:
    report = explain("\n".join(ARTICLE + RELATED))
    reasons = {edit.before: edit.reason for edit in report.removed}
    assert reasons["Mayor names new police chief after nationwide search"] == "related-link"  # no paragraph rule's
    assert reasons["By Ana Ruiz"] == "related-link"  # an author beside a headline


def test_the_article_after_a_box_in_its_middle_stays() -> None:
    middle = len(ARTICLE) // 2
    text = "\n".join(ARTICLE[:middle] + ARTICLE[:middle] + MOST_READ + ARTICLE[middle:])
    kept = strip_chrome(text)
    assert "Storm knocks out power" not in kept
    assert kept.rstrip().endswith(ARTICLE[-2])
    for line in ARTICLE[middle:]:
        assert line in kept


def test_explain_names_the_box_for_each_summary() -> None:
    report = explain("\n".join(ARTICLE + SUMMARIES))
    reasons = {edit.before: edit.reason for edit in report.removed}
    assert reasons["The new chief led the department in Springfield for six years."] == "related-link"
    assert reasons["Teenagers sleep better when classes begin after 8:30, the board's study found."] == "related-link"


def test_the_articles_own_prose_after_a_related_heading_stays() -> None:
    # a subheading, then paragraphs: two statements in a row are the article's, not a headline's summary
    own = [
        "Related",
        "",
        "How the plan came together",
        "",
        "The council first proposed the fare increase in 2019, when ridership fell for the third year.",
        "",
        "It was shelved twice before this year's vote, each time after a hearing ran past midnight.",
        "",
        "Background",
        "",
        "Planners drew the new lines from a survey of riders. Most asked for later buses. Few asked for more stops.",
        "",
    ]
    kept = strip_chrome("\n".join(ARTICLE + own))
    for line in own[2:]:
        assert line in kept


def test_a_box_with_summaries_in_the_middle_ends_where_the_article_resumes() -> None:
    middle = len(ARTICLE) // 2
    box = SUMMARIES[:10]  # two headlines, each with its summary
    text = "\n".join(ARTICLE[:middle] + ARTICLE[:middle] + box + ARTICLE[middle:])
    kept = strip_chrome(text)
    assert "The new chief led the department" not in kept
    assert "The work takes six weeks." not in kept
    for line in ARTICLE[middle:]:
        assert line in kept


def test_a_listing_pages_own_list_stays() -> None:
    # "Latest News" before any prose heads the page's own list: only the heading (a paragraph rule's) goes
    listing = [
        "Latest News",
        "",
        "Mayor names new police chief",
        "",
        "Bridge on Route 9 to close for repairs in May",
        "",
    ]
    text = "\n".join(listing + ARTICLE)
    kept = strip_chrome(text)
    assert "Mayor names new police chief" in kept
    assert "Bridge on Route 9 to close for repairs in May" in kept


def test_one_line_after_the_heading_is_no_box() -> None:
    text = "\n".join([*ARTICLE, "Related", "", "Mayor names new police chief", "", "The vote was seven to two."])
    assert "Mayor names new police chief" in strip_chrome(text)


def test_teasers_empty_keeps_the_boxes_and_the_default_is_exported() -> None:
    text = "\n".join(ARTICLE + RELATED)
    assert "Why the school board wants a later start" in strip_chrome(text, teasers=())
    assert strip_chrome(text, teasers=DEFAULT_TEASERS) == strip_chrome(text)


def test_cleaning_twice_changes_nothing_more() -> None:
    for box in (RELATED, SUMMARIES):
        text = "\n".join(ARTICLE[:8] + MOST_READ + ARTICLE + box)
        once = clean(text)
        assert clean(once) == once
        assert strip_chrome(strip_chrome(text)) == strip_chrome(text)


def test_a_box_of_one_item_is_refused() -> None:
    with pytest.raises(ValueError, match="min_items"):
        Teasers("related-link", heading="related", min_items=1)
