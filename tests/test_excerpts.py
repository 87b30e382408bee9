"""Cards of other stories, told by their summaries cut short, go; the article, its sentences trailing off and a
listing page's own cards stay.

The texts are written for these tests, in the shapes sites print such cards in: a headline, a date, the story's
first words cut at the card's length and marked with an ellipsis, a "Read More" link.
"""

from __future__ import annotations

from article_support import ARTICLE

from cleantext import clean, explain, strip_chrome

SUMMARIES = [
    "Dana Wells, who ran the police department in Springfield for six years, starts work on Monday as the city's "
    "new chief after a search that …",
    "Drivers will be sent over the Elm Street bridge for six weeks from May while the crumbling deck of the old Route 9 "
    "bridge is repl...",
    "Teenagers sleep better and miss fewer classes when the school day begins after 8:30, a study the school board "
    "paid for found, and ...",
]

# Under the article, under the section's name (no heading that names other stories): one card a story.
CARDS = ["City News", ""]
for headline, date, summary in zip(
    [
        "Mayor names new police chief",
        "Bridge on Route 9 to close for repairs",
        "Why the school board wants a later start",
    ],
    ["November 19, 2025 at 5:10 pm", "November 18, 2025 at 2:01 pm", "November 17, 2025 at 7:21 pm"],
    SUMMARIES,
    strict=True,
):
    CARDS += [headline, date, summary, "Read More", ""]


def test_cut_summaries_under_the_article_go_and_every_article_line_stays() -> None:
    out = clean("\n".join(ARTICLE + CARDS))
    kept = out.split("\n")
    assert all(line in kept for line in ARTICLE if line.strip())
    assert not any(summary in out for summary in SUMMARIES)


def test_explain_names_the_cards_for_each_cut_summary() -> None:
    report = explain("\n".join(ARTICLE + CARDS))
    reasons = {edit.before: edit.reason for edit in report.removed}
    assert [reasons.get(summary) for summary in SUMMARIES] == ["story-card"] * 3


def test_two_cards_are_no_series() -> None:
    cards = CARDS[: CARDS.index(SUMMARIES[2]) - 2]
    assert all(summary in strip_chrome("\n".join(ARTICLE + cards)) for summary in SUMMARIES[:2])


def test_an_article_trailing_off_paragraph_after_paragraph_stays_whole() -> None:
    # Three paragraphs of its own end in an ellipsis, one after another: a writer's, not a template's cards.
    article = list(ARTICLE)
    for k in (2, 4, 6):
        article[k] = article[k].rstrip(".") + " ..."
    for text in ("\n".join(article), "\n".join(article).replace(" ...", " …")):
        out = clean(text).split("\n")
        assert all(line in out for line in text.split("\n") if line.strip())


def test_a_listing_pages_own_cards_stay() -> None:
    # The cards alone, under the site's name: the page is the list.
    out = clean("\n".join(CARDS))
    assert all(summary in out for summary in SUMMARIES)


def test_no_teaser_boxes_keeps_the_cards() -> None:
    text = "\n".join(ARTICLE + CARDS)
    assert all(summary in strip_chrome(text, teasers=()) for summary in SUMMARIES)
    assert not any(summary in strip_chrome(text) for summary in SUMMARIES)


def test_cleaning_twice_changes_nothing_more() -> None:
    once = clean("\n".join(ARTICLE + CARDS))
    assert clean(once) == once
