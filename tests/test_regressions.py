"""Every false removal found so far (article text that a rule removed) stays kept.

Add a case to ``fixtures/regressions/kept_lines.json`` whenever a rule is found removing article text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

CASES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "regressions" / "kept_lines.json").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["line"][:40] for case in CASES])
def test_false_removal_stays_kept(case: dict[str, list[str] | str]) -> None:
    text = "\n".join([*case["before"], case["line"], *case["after"]])  # type: ignore[misc]
    assert case["line"] in clean(text).split("\n")
