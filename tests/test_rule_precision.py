"""bench/rule_precision.py on a made-up page: each rule's removals counted as boilerplate or content words."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

import pytest
from bench_support import bench_module

ARTICLE = [
    "The council approved the new budget for the harbour on Tuesday evening.",
    "Members argued for three hours before the final vote was taken.",
    "The mayor said the repairs would start in the spring.",
]


def record(login_label: str) -> dict:
    lines = ["Log In", "", *ARTICLE, "", "(0) comments"]
    labels = [login_label, "", "content", "content", "content", "", "boilerplate"]
    return {"id": "made/1", "rendering": "html_text", "text": "\n".join(lines), "labels": labels}


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    with bench_module("rule_precision") as module:
        yield module


def test_a_rule_removing_boilerplate_counts_right_and_one_removing_content_counts_wrong(bench: ModuleType) -> None:
    right = bench.count([record("boilerplate")])
    assert right[("page", "strip_chrome", "login")] == [0, 2]
    assert right[("page", "strip_chrome", "comment-counter")] == [0, 2]
    wrong = bench.count([record("content")])
    assert wrong[("page", "strip_chrome", "login")] == [2, 0]
    unlabelled = bench.count([record("unsure")])
    assert ("page", "strip_chrome", "login") not in unlabelled  # unsure lines are not counted


def test_every_training_source_has_one_role(bench: ModuleType) -> None:
    assert set(bench.ROLES.values()) == {"fit", "validation", "test"}
    assert len(bench.ROLES) == 9
