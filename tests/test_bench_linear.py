"""``bench/bench_linear.py``: a family's verdict, against its limit and against the peer timed on the same inputs."""

from __future__ import annotations

from typing import Any

import pytest
from bench_support import bench_module


def _verdict(cost: dict[str, float], peer_cost: dict[str, float] | None) -> tuple[bool, dict[str, Any]]:
    """The verdict of a family whose inputs are "n" and "nnnnnnnnnn", each function's time given per input."""
    with bench_module("bench_linear") as linear, pytest.MonkeyPatch.context() as patch:
        timed = {"ours": cost, "peer": peer_cost or {}}
        patch.setattr(linear, "best_time", lambda function, text, repeat: timed[function.__name__][text])

        def ours(text: str) -> None: ...

        def peer(text: str) -> None: ...

        figures: dict[str, Any] = {}
        ours.__name__, peer.__name__ = "ours", "peer"
        ok = linear.measure("family", lambda n: "n" * n, 1, ours, 1, figures, peer if peer_cost else None)
        return ok, figures["family"]


def test_a_family_passes_within_the_limit_and_fails_above_it_without_a_peer() -> None:
    assert _verdict({"n": 1.0, "n" * 10: 10.9}, None)[0]
    ok, figures = _verdict({"n": 1.0, "n" * 10: 11.5}, None)
    assert not ok and figures["verdict"] == "FAIL" and "peer_growth" not in figures


def test_growth_the_peer_shows_on_the_same_inputs_is_the_machine_s_and_allowed() -> None:
    # 10x the bytes cost the peer 10.8x: 11.5x is within a tenth of that
    ok, figures = _verdict({"n": 1.0, "n" * 10: 11.5}, {"n": 0.5, "n" * 10: 5.4})
    assert ok and figures["peer_growth"] == pytest.approx(10.8)
    # a peer that grows 10x allows no more than the limit
    assert not _verdict({"n": 1.0, "n" * 10: 11.5}, {"n": 0.5, "n" * 10: 5.0})[0]


def test_a_peer_growing_faster_than_the_limit_does_not_excuse_more_than_a_tenth_over_it() -> None:
    assert not _verdict({"n": 1.0, "n" * 10: 13.0}, {"n": 0.1, "n" * 10: 3.0})[0]  # the peer 30x: allowed 12.1x
    assert _verdict({"n": 1.0, "n" * 10: 12.0}, {"n": 0.1, "n" * 10: 3.0})[0]
