"""Every false removal found so far (article text that a rule removed) stays kept.

Add a case to ``fixtures/regressions/kept_lines.json`` whenever a rule is found removing article text:
``line`` for one line, ``block`` for lines that must stay together (code in an article: kept whole,
in order, never in part), between the article text of ``before`` and ``after``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean, strip_chrome

CASES = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "regressions" / "kept_lines.json").read_text("utf-8")
)


def _kept(case: dict) -> list[str]:
    return case["block"] if "block" in case else [case["line"]]


@pytest.mark.parametrize("case", CASES, ids=[(case.get("line") or case["block"][0])[:40] for case in CASES])
def test_false_removal_stays_kept(case: dict) -> None:
    kept = _kept(case)
    text = "\n".join([*case["before"], *kept, *case["after"]])
    assert "\n".join(kept) in clean(text)
    assert "\n".join(kept) in strip_chrome(text)
