"""The article decision: rules annotate, a shipped model decides; what users rely on from it."""

from __future__ import annotations

import gzip
import json
import pickle
from functools import partial

import pytest

import cleantext
from cleantext import keep_article
from cleantext.decision import CERTAIN, _read_model, load_model, score_paragraphs
from cleantext.errors import CleantextError, OptionError
from cleantext.features import rule_hits

ARTICLE = [
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "Supporters said the plan would cut commute times across the region by a fifth, officials said.",
    "Opponents argued that the fare increase would fall hardest on low-income riders and students.",
    "The budget includes money for twelve new electric buses and a second line to the airport.",
    "Construction on the airport line is expected to begin next spring and to last three years.",
    "The mayor, who had campaigned on the plan, called the vote a turning point for the city.",
]
#: The text pipeline with the learned decision in place of the rule steps.
ARTICLE_PIPELINE = cleantext.pipeline(cleantext.repair, keep_article, cleantext.tidy)


def test_article_paragraphs_are_kept_and_furniture_goes() -> None:
    text = "\n".join(["Share on Facebook", "Share on Twitter", *ARTICLE, "(3) comments", "Log In"])
    assert keep_article(text).split("\n") == ARTICLE


def test_explain_names_the_model_score_and_its_strongest_features() -> None:
    text = "\n".join([*ARTICLE, "Sign up for our newsletter", "Enter your email address"])
    report = cleantext.explain(text, steps=ARTICLE_PIPELINE)
    by_model = [edit for edit in report.removed if edit.step == "keep_article" and edit.reason.startswith("model")]
    assert by_model, str(report)
    reason = by_model[0].reason
    score, threshold = (float(part) for part in reason.split(":")[0].removeprefix("model ").split(" < "))
    assert score < threshold == load_model().threshold
    assert "," in reason or "+" in reason or "-" in reason  # the features behind the score are named


def test_near_certain_rules_decide_whatever_the_model_says() -> None:
    text = "\n".join([*ARTICLE, "(0) comments"])
    report = cleantext.explain(text, steps=ARTICLE_PIPELINE)
    assert [edit.reason for edit in report.removed] == ["rule comment-counter"]
    assert "strip_chrome:comment-counter" in CERTAIN


def test_rule_hits_report_what_each_rule_step_would_remove() -> None:
    hits = rule_hits([ARTICLE[0], ARTICLE[0], "Advertisement"])
    assert hits[1] == ["drop_duplicates:duplicate"]
    assert hits[2][0].startswith("strip_chrome:")
    assert 0 not in hits


def test_scores_are_probabilities_per_paragraph() -> None:
    scored = score_paragraphs(["Log In", "", *ARTICLE])
    assert [lines.start for lines, _ in scored] == [0, *range(2, 2 + len(ARTICLE))]
    assert all(0.0 <= score <= 1.0 for _, score in scored)
    assert scored[0][1] < min(score for _, score in scored[1:])


def test_a_lower_threshold_removes_no_more() -> None:
    text = "\n".join(["Home | News | Sport", *ARTICLE, "Most read", "Related stories"])
    strict = keep_article(text, threshold=0.0)
    assert all(line in strict.split("\n") for line in ARTICLE)
    assert len(strict) >= len(keep_article(text))


def test_threshold_outside_zero_to_one_is_an_option_error() -> None:
    with pytest.raises(OptionError, match="threshold"):
        keep_article("text", threshold=1.5)


def test_the_step_pickles_with_its_options() -> None:
    step = cleantext.pipeline(cleantext.repair, partial(keep_article, threshold=0.2), cleantext.tidy)
    again = pickle.loads(pickle.dumps(step))
    text = "\n".join([*ARTICLE, "Log In"])
    assert again(text) == step(text)


def test_cleaning_the_output_again_changes_nothing() -> None:
    text = "\n".join(["Menu", "Home", *ARTICLE, "Share this article", "More from the region", "Log In"])
    once = ARTICLE_PIPELINE(text)
    assert ARTICLE_PIPELINE(once) == once


def test_a_damaged_model_file_is_a_cleantext_error() -> None:
    with pytest.raises(CleantextError, match="damaged"):
        _read_model(b"not gzip")
    wrong = gzip.compress(json.dumps({"format": "other", "version": 1}).encode())
    with pytest.raises(CleantextError, match="version 1"):
        _read_model(wrong)


def test_the_shipped_model_records_where_it_came_from() -> None:
    info = load_model().info
    assert info["trained_on"] and info["command"].startswith("python training/")
    assert set(info["trained_on"]) <= {"wcxb", "zh_content", "plaintext_dev"}
