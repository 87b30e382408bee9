"""bench/quality_heldout.py on a made-up page: its views, its scoring of training labels, its sources' roles."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest
from bench_support import bench_module

from cleantext.decision import load_model

ARTICLE = [
    "The council approved the new budget for the harbour on Tuesday evening.",
    "Members argued for three hours before the final vote was taken.",
    "The mayor said the repairs would start in the spring.",
]
CHROME = ["Home", "News", "Sport", "Weather", "Contact us", "Share this", "Related stories", "Log in"]


def record() -> dict:
    """A page in the training data's format: chrome, an unsure byline, the article, chrome; blank lines unlabelled."""
    lines = [*CHROME[:4], "", "By Ann Smith, staff writer", "", *ARTICLE, "", *CHROME[4:]]
    labels = ["boilerplate"] * 4 + ["", "unsure", ""] + ["content"] * 3 + [""] + ["boilerplate"] * 4
    return {"id": "made/1", "rendering": "html_text", "text": "\n".join(lines), "labels": labels}


@pytest.fixture(scope="module")
def heldout() -> Iterator[ModuleType]:
    with bench_module("quality_heldout") as module:
        yield module


def without(*dropped: str):
    """A system that removes the lines equal to one of ``dropped`` and keeps the rest as they are."""
    return lambda text: "\n".join(line for line in text.split("\n") if line not in dropped)


def test_the_crop_holds_the_article_and_a_little_chrome_around_it(heldout: ModuleType) -> None:
    shown = heldout.views(record())
    assert set(shown) == {"page", "crop"}
    assert shown["page"]["text"] == record()["text"]
    lines = shown["crop"]["text"].split("\n")
    assert all(sentence in lines for sentence in ARTICLE)
    filled = [line for line in lines if line.strip()]
    first, last = filled.index(ARTICLE[0]), filled.index(ARTICLE[-1])
    assert first <= 3  # up to 3 non-blank lines before the first content line (the byline is one)
    assert len(filled) - 1 - last <= 10
    assert heldout.views(record()) == shown  # seeded by the page


def test_a_page_without_content_has_no_crop(heldout: ModuleType) -> None:
    page = dict(record(), labels=[label and "boilerplate" for label in record()["labels"]])
    assert set(heldout.views(page)) == {"page"}


def test_scoring_counts_boilerplate_removed_and_content_lost_and_ignores_unsure_lines(heldout: ModuleType) -> None:
    page = heldout.views(record())["page"]
    assert [mark["label"] for mark in page["lines"]].count("chrome") == len(CHROME)
    perfect = heldout.score(without(*CHROME), [page])
    assert (perfect["precision"], perfect["recall"], perfect["content_kept"]) == (1.0, 1.0, 1.0)
    assert heldout.score(without(*CHROME, "By Ann Smith, staff writer"), [page]) == perfect
    nothing = heldout.score(without(), [page])
    assert (nothing["recall"], nothing["content_kept"], nothing["chrome_missed"]) == (0.0, 1.0, len(CHROME))
    greedy = heldout.score(without(*CHROME[:2], ARTICLE[1]), [page])
    words = [len(sentence.split()) for sentence in ARTICLE]
    assert greedy["precision"] == pytest.approx(2 / 3)
    assert greedy["recall"] == pytest.approx(2 / len(CHROME))
    assert greedy["content_kept"] == pytest.approx(1 - words[1] / sum(words))


def test_content_kept_weighs_a_chinese_line_by_its_characters(heldout: ModuleType) -> None:
    prose = (
        "市议会周二晚间批准了港口的新预算，议员们辩论了三个小时。"  # one line, no spaces: 26 characters and two commas
    )
    byline = "记者 刘涛"  # two words of two characters
    lines = ["首页", "新闻", prose, byline, "分享"]
    labels = ["boilerplate", "boilerplate", "content", "content", "boilerplate"]
    page = heldout.views({"id": "made/2", "rendering": "html_text", "text": "\n".join(lines), "labels": labels})["page"]
    lost_prose = heldout.score(without("首页", "新闻", "分享", prose), [page])
    lost_byline = heldout.score(without("首页", "新闻", "分享", byline), [page])
    assert lost_prose["content_kept"] == pytest.approx(4 / 30)
    assert lost_byline["content_kept"] == pytest.approx(26 / 30)


def test_no_source_scored_trained_the_shipped_model_and_the_validation_sources_are_its_own(
    heldout: ModuleType,
) -> None:
    info = load_model().info
    assert not set(info["trained_on"]) & {*heldout.TEST, *heldout.VALIDATION}
    assert tuple(info["validated_on"]) == heldout.VALIDATION
