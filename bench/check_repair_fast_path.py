"""Check repair's fast path against ftfy on every line on disk, and time repair with and without it.

Usage: python bench/check_repair_fast_path.py [--repeat N]

``repair`` decodes a line that is wholly UTF-8 misread as Latin-1 or Windows-1252 itself
(``_decode_whole_line``) and sends other damaged lines to ftfy. This script repairs every line of
every document ``snapshot_outputs.py`` reads (the dev sets, HTML pages as raw lines, the three speed
corpora) and every case of ``fixtures/repair_cases.json`` twice -- as it is, and with the fast path
switched off, so that ftfy sees every line as before -- and reports the lines whose result or reasons
differ (there must be none), how many lines took the fast path, and the time ``repair`` takes on the
damaged corpus both ways (best of ``--repeat`` passes).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_speed import corpora  # noqa: E402
from snapshot_outputs import _texts  # noqa: E402

from cleantext.model import split_lines  # noqa: E402

REPAIR = importlib.import_module("cleantext.repair")
FAST = importlib.import_module("cleantext.repair.fast")


def _without_fast_path():  # type: ignore[no-untyped-def]
    """Every line goes to ftfy, as before the fast path."""
    return mock.patch.object(FAST, "_decode_whole_line", lambda text: None)


def _lines() -> list[str]:
    cases = json.loads((ROOT / "fixtures" / "repair_cases.json").read_text(encoding="utf-8"))
    lines = {case["input"] for case in cases}
    for _name, _kind, text in _texts():
        lines.update(split_lines(text))
    return sorted(lines)


def _best(function: Callable[[str], object], documents: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in documents:
            function(doc)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes each way (best counts)")
    args = parser.parse_args()

    lines = _lines()
    calls: list[str | None] = []
    real = FAST._decode_whole_line

    def counting(text: str) -> str | None:
        calls.append(result := real(text))
        return result

    with mock.patch.object(FAST, "_decode_whole_line", counting):
        fast = [REPAIR._repair_with_reasons(line) for line in lines]
    with _without_fast_path():
        slow = [REPAIR._repair_with_reasons(line) for line in lines]
    differ = [(line, a, b) for line, a, b in zip(lines, fast, slow, strict=True) if a != b]
    taken = sum(result is not None for result in calls)
    print(
        f"{len(lines)} distinct lines; {len(calls)} went to ftfy's step: {taken} decoded by the fast path, "
        f"{len(calls) - taken} by ftfy"
    )
    print(f"{len(differ)} lines differ with and without the fast path")
    for line, a, b in differ[:10]:
        print(f"  {line!r}\n    fast {a!r}\n    ftfy {b!r}")

    damaged = corpora()["damaged"]
    with_fast = _best(REPAIR.repair, damaged, args.repeat)
    with _without_fast_path():
        without = _best(REPAIR.repair, damaged, args.repeat)
    print(f"repair on the damaged corpus: {with_fast:.3f} s with the fast path, {without:.3f} s without")
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
