"""``bench/check_idempotence.py``: which documents a second ``clean`` changes, why, and what it takes away."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from bench_support import bench_module


def test_documents_are_the_training_pages_and_realtext_s_texts_with_their_labels(tmp_path: Path) -> None:
    train = tmp_path / "train"
    train.mkdir()
    page = {
        "id": "src/1",
        "rendering": "html_text",
        "text": "Home\nThe mayor spoke.",
        "labels": ["boilerplate", "content"],
    }
    with gzip.open(train / "src.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(page) + "\n")
    with gzip.open(train / "src.html.jsonl.gz", "wt", encoding="utf-8") as handle:  # the pages' HTML: not read
        handle.write(json.dumps({"id": "src/1", "html": "<p>x</p>"}) + "\n")
    realtext = tmp_path / "realtext.jsonl"
    marks = [{"i": 0, "label": "chrome"}, {"i": 2, "label": "content"}]
    realtext.write_text(json.dumps({"id": "r1", "text": "Log In\n\nThe bridge closed.", "lines": marks}) + "\n")
    with bench_module("check_idempotence") as check:
        found = list(check.documents(train, realtext))
    assert [(doc.key, doc.labels) for doc in found] == [
        ("src/1/html_text", ["boilerplate", "content"]),
        ("realtext/r1", ["boilerplate", "", "content"]),
    ]


@pytest.mark.parametrize(
    ("first", "cause"),
    [("<div><p>The mayor spoke.</p></div>", "markup"), ("The mayor spoke.\nShare this", "text")],
    ids=["read as a page the second time", "the text path again"],
)
def test_a_second_clean_that_differs_is_counted_by_its_cause_with_the_labels_of_what_it_takes(
    monkeypatch: pytest.MonkeyPatch, first: str, cause: str
) -> None:
    text = "Home\nThe mayor spoke.\nShare this"
    outputs = {text: first, first: "The mayor spoke."}
    with bench_module("check_idempotence") as check:
        monkeypatch.setattr(check.cleantext, "clean", outputs.__getitem__)
        change = check.second_clean(check.Document("k", text, ["boilerplate", "content", "boilerplate"]))
    assert change is not None
    assert change.cause == cause
    expected = Counter({"?": 1}) if cause == "markup" else Counter({"boilerplate": 1})
    assert change.gone == expected
