"""Choose the recovery criterion of from_html on some training sources and report it on the others.

Usage: python bench/fit_html_recovery.py CANDIDATES.jsonl.gz [--show-grid]

Reads ``html_candidates.py``'s file: for every training page, what each strategy (fast, full, text)
kept and its benchmark counts against the gold. The criterion has the shape of
``cleantext.html_extract.extract``:

* fast mode's extraction is checked when it kept fewer than ``check`` words of prose, or less than
  ``share`` of the page's prose (``page_prose``: running text in the markup);
* full mode then replaces it when the prose it adds -- words of kept prose blocks that fast mode did
  not extract, each distinct block counted once -- is at least ``gain`` times fast mode's prose
  (counted as at least ``floor`` words);
* the page's whole text through the plain-text pipeline replaces both when the better of them kept
  fewer than ``text_below`` words of prose and the text adds at least ``text_gain`` times that.

Each parameter set is scored by the benchmark F1 (per-page precision and recall averaged, F1 of the
means) averaged over the sources it is fitted on, minus ``--time-cost`` per share of pages checked
(each check costs a full-mode extraction). Leave-one-source-out: for each source, the best set on the
other sources is reported on it. The set shipped is the best on all sources (printed last).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import statistics
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple


class Params(NamedTuple):
    check: int
    share: float
    gain: float
    floor: int
    text_below: int
    text_gain: float


GRID = [
    Params(*values)
    for values in itertools.product(
        (0, 50, 100, 150, 200, 300),
        (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7),
        (0.5, 1.0, 1.5, 2.0, 3.0),
        (25, 50),
        (0, 10, 25, 50, 100),
        (4.0, 8.0),
    )
    if (values[4] == 0 and values[5] == 4.0) or values[4] > 0
]


def choose(page: dict, params: Params) -> tuple[str, bool]:
    """The strategy the criterion keeps for a page, and whether fast mode was checked at all."""
    fast = page["fast"]["prose"]
    if fast >= params.check and fast >= params.share * page["page_prose"]:
        return "fast", False
    best, words = "fast", fast
    if page["full"]["new"] >= params.gain * max(fast, params.floor):
        best, words = "full", page["full"]["prose"]
    if words < params.text_below and page["text"]["new"] >= params.text_gain * max(words, params.floor):
        best = "text"
    return best, True


def _rates(counts: Sequence[float]) -> tuple[float | None, float | None]:
    """A page's precision (None without output) and recall (None without gold), as ``page_scores`` counts them."""
    tp, fp, fn = counts
    if fp == fn == 0 and tp > 0:
        return 1.0, 1.0
    return (tp / (tp + fp) if tp + fp > 0 else None, tp / (tp + fn) if tp + fn > 0 else None)


def score(pages: Sequence[dict], params: Params | None) -> tuple[float, float, dict[str, float]]:
    """Mean F1 over the sources, share of pages checked, and F1 per source (``params`` None: fast mode only)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0, 0.0, 0])
    checked = 0
    for page in pages:
        strategy, looked = ("fast", False) if params is None else choose(page, params)
        checked += looked
        precision, recall = page[strategy]["rates"]
        row = sums[page["source"]]
        if precision is not None:
            row[0] += precision
            row[1] += 1
        if recall is not None:
            row[2] += recall
            row[3] += 1
    per_source = {}
    for source, (p_sum, p_n, r_sum, r_n) in sums.items():
        precision, recall = p_sum / max(p_n, 1), r_sum / max(r_n, 1)
        per_source[source] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return statistics.mean(per_source.values()), checked / max(len(pages), 1), per_source


def best(pages: Sequence[dict], time_cost: float) -> Params:
    def objective(params: Params) -> float:
        f1, checked, _ = score(pages, params)
        return f1 - time_cost * checked

    return max(GRID, key=objective)


def new_prose(rows: list[dict]) -> int:
    """Words of kept prose blocks that fast mode did not extract, each distinct block once."""
    seen: dict[int, int] = {}
    for row in rows:
        if row["reason"] is None and row["prose"] and not row["in_fast"]:
            seen[row["key"]] = row["words"]
    return sum(seen.values())


def load(path: str) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        pages = [json.loads(raw) for raw in lines]
    usable = [page for page in pages if all("counts" in page.get(key, {}) for key in ("fast", "full", "text"))]
    for page in usable:  # the fields the criterion and the score read, nothing else
        for key in ("fast", "full", "text"):
            entry = page[key]
            page[key] = {
                "prose": entry["prose"],
                "rates": _rates(entry["counts"]),
                "new": new_prose(entry["block_rows"]),
            }
        page.pop("recall", None)
    return usable


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidates")
    parser.add_argument("--time-cost", type=float, default=0.02, help="F1 given up per share of pages checked")
    parser.add_argument("--no-text", action="store_true", help="leave the page's whole text out of the candidates")
    args = parser.parse_args()
    if args.no_text:
        GRID[:] = [params for params in GRID if params.text_below == 0]
    pages = load(args.candidates)
    sources = sorted({page["source"] for page in pages})
    print(f"{len(pages)} pages, {len(GRID)} parameter sets, time cost {args.time_cost} F1 per share of pages checked")
    print(
        f"{'held-out source':<16} {'pages':>5} {'fast only':>9} {'held-out':>8} {'checked':>7}  params fitted on the others"
    )
    held_out = {}
    for source in sources:
        fitted = best([page for page in pages if page["source"] != source], args.time_cost)
        mine = [page for page in pages if page["source"] == source]
        _, checked, f1 = score(mine, fitted)
        _, _, before = score(mine, None)
        held_out[source] = f1[source]
        print(f"{source:<16} {len(mine):>5} {before[source]:>9.3f} {f1[source]:>8.3f} {checked:>7.1%}  {fitted}")
    _, _, before = score(pages, None)
    print(
        f"{'mean of sources':<16} {'':>5} {statistics.mean(before.values()):>9.3f} {statistics.mean(held_out.values()):>8.3f}"
    )
    final = best(pages, args.time_cost)
    f1, checked, _ = score(pages, final)
    print(
        f"fitted on all sources: {final}  (mean F1 of sources {f1:.3f} on the pages it was fitted on, {checked:.1%} checked)"
    )


if __name__ == "__main__":
    main()
