"""Score and time ``cleantext.from_html`` against trafilatura on the training HTML, by source and page type.

Usage: python bench/bench_html_train.py [--sources a,b] [--limit N] [--jobs J] [--save FILE] [--load FILE]

The 1,348 pages with HTML of ``../shared/data/train/`` (see ``train_html.py``) are the development
set of the HTML path (html_dev stays a check that is not fitted to). Every page goes through
trafilatura's defaults, its precision mode (``favor_precision``), its recall mode (``favor_recall``)
and ``cleantext.from_html``, one after the other in a rotating order, each timed on its own. Scores
use the article-extraction benchmark's metric (``metrics.page_scores``: word 4-gram shingles,
per-page precision and recall averaged, F1 of the two means), printed per source, per WCXB page
type, over all pages and as the mean of the sources; time ratios are sums of per-page times against
trafilatura's defaults in the same run. ``--jobs 2`` spreads pages over two processes (the machine
is shared: one is the default). ``--save`` writes every page's scores, times and outputs (gzip
JSON Lines) for later study; ``--load`` prints the tables of a saved run without running anything.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from multiprocessing import Pool
from pathlib import Path

from metrics import page_scores, shingle_counts
from train_html import SOURCES, Page, load

OURS = "cleantext.from_html"
PEER = "trafilatura defaults"


def systems() -> dict[str, Callable[[str], str]]:
    import trafilatura

    import cleantext

    return {
        PEER: lambda page: trafilatura.extract(page) or "",
        "trafilatura precision": lambda page: trafilatura.extract(page, favor_precision=True) or "",
        "trafilatura recall": lambda page: trafilatura.extract(page, favor_recall=True) or "",
        OURS: cleantext.from_html,
    }


_SYSTEMS: dict[str, Callable[[str], str]] = {}
_WARM_UP = (
    "<html><body><article>"
    + "<p>The council met on Monday to vote on the budget for the year.</p>" * 5
    + "</article></body></html>"
)


def _run(job: tuple[int, Page]) -> dict:
    """One page through every system, the order rotated by the page's number."""
    import logging

    logging.getLogger("trafilatura").addHandler(logging.NullHandler())
    if not _SYSTEMS:
        _SYSTEMS.update(systems())
        for system in _SYSTEMS.values():  # imports and compiled patterns, before any timing
            system(_WARM_UP)
    number, page = job
    names = list(_SYSTEMS)
    shift = number % len(names)
    result: dict = {"id": page.id, "source": page.source, "host": page.host, "page_type": page.page_type}
    for name in names[shift:] + names[:shift]:
        start = time.perf_counter()
        output = _SYSTEMS[name](page.html)
        elapsed = time.perf_counter() - start
        result[name] = {"counts": shingle_counts(page.gold, output), "time": elapsed, "output": output}
    return result


def _groups(results: Iterable[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for result in results:
        grouped[result["source"]].append(result)
        if result["page_type"]:
            grouped[f"{result['source']}/{result['page_type']}"].append(result)
        grouped["all pages"].append(result)
    return grouped


def report(results: list[dict], names: list[str]) -> None:
    grouped = _groups(results)
    order = [key for key in sorted(grouped, key=lambda key: (key == "all pages", key)) if key != "all pages"]
    print(f"training HTML: {len(results)} pages; F1 (P/R) per group; time = sum of per-page times / {PEER}'s")
    header = "".join(f" | {name:>27}" for name in names)
    print(f"{'group':<24} {'pages':>5}{header} | time ratio")
    macro: dict[str, list[float]] = defaultdict(list)
    for key in [*order, "all pages"]:
        pages = grouped[key]
        cells = []
        for name in names:
            scores = page_scores(page[name]["counts"] for page in pages)
            cells.append(f"{scores['f1']:.3f} ({scores['precision']:.3f}/{scores['recall']:.3f})")
            if "/" not in key and key != "all pages":
                macro[name].append(scores["f1"])
        ratio = sum(page[OURS]["time"] for page in pages) / max(sum(page[PEER]["time"] for page in pages), 1e-9)
        print(f"{key:<24} {len(pages):>5}" + "".join(f" | {cell:>27}" for cell in cells) + f" | {ratio:.2f}")
    print(f"{'mean of sources':<24} {'':>5}" + "".join(f" | {statistics.mean(macro[name]):>27.3f}" for name in names))
    for name in names:
        total = sum(page[name]["time"] for page in results)
        print(f"  {name:<24} {total:7.1f} s  ratio to {PEER}: {total / sum(p[PEER]['time'] for p in results):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default=",".join(SOURCES), help="comma-separated sources")
    parser.add_argument("--limit", type=int, default=None, help="at most N pages per source")
    parser.add_argument("--jobs", type=int, default=1, help="processes (the machine is shared)")
    parser.add_argument("--save", type=Path, help="write per-page results (gzip JSON Lines)")
    parser.add_argument("--load", type=Path, help="print the tables of a saved run")
    args = parser.parse_args()
    if args.load:
        with gzip.open(args.load, "rt", encoding="utf-8") as saved:
            results = [json.loads(line) for line in saved]
        report(results, [key for key in results[0] if isinstance(results[0][key], dict)])
        return
    jobs = enumerate(load(args.sources.split(","), limit=args.limit))
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            results = list(pool.imap(_run, jobs, chunksize=4))
    else:
        results = [_run(job) for job in jobs]
    report(results, list(systems()))
    if args.save:
        with gzip.open(args.save, "wt", encoding="utf-8") as out:
            for result in results:
                out.write(json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
