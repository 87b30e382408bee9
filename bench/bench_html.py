"""Score and time ``cleantext.from_html`` against trafilatura (defaults, precision and recall modes) and jusText on html_dev.

Usage: python bench/bench_html.py [DIR] [--pages] [--repeat N] [--worst K] [--json OUT.json]

Every system sees the same decoded pages. Scores use the article-extraction benchmark's metric
(``metrics.page_scores``); time is the best of ``--repeat`` passes over all pages (after one warm-up
page), the passes of the systems interleaved so that the machine's state weighs on each alike.
``--pages`` prints per-page precision and recall of from_html next to trafilatura's defaults, and
``--worst K`` the lines of the K worst pages that from_html kept but the gold does not hold.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

from baselines import justext_html
from metrics import page_scores, shingle_counts, shingles
from results import save

import cleantext

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html_dev"


def _systems() -> dict[str, Callable[[str], str]]:
    import trafilatura

    return {
        "trafilatura defaults": lambda page: trafilatura.extract(page) or "",
        "trafilatura precision": lambda page: trafilatura.extract(page, favor_precision=True) or "",
        "jusText": justext_html,
        "trafilatura recall": lambda page: trafilatura.extract(page, favor_recall=True) or "",
        "cleantext.from_html": cleantext.from_html,
    }


def load(path: Path = DEFAULT) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The ground truth (``{id: {"articleBody", "url"}}``) and the decoded pages (``{id: html}``)."""
    gold = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {
        page.name.split(".")[0]: gzip.decompress(page.read_bytes()).decode("utf-8")
        for page in sorted(path.glob("*.html.gz"))
    }
    return gold, pages


def score(path: Path = DEFAULT, system: Callable[[str], str] = cleantext.from_html) -> dict[str, float]:
    """The benchmark's precision, recall and F1 of ``system`` on the pages of ``path`` (not timed)."""
    gold, pages = load(path)
    return page_scores(shingle_counts(gold[key]["articleBody"], system(page)) for key, page in pages.items())


def _per_page(count: tuple[float, float, float]) -> tuple[float, float]:
    tp, fp, fn = count
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--pages", action="store_true", help="print per-page precision and recall")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per system (best is kept)")
    parser.add_argument("--worst", type=int, default=0, help="show the extra lines of the K worst pages")
    parser.add_argument("--json", metavar="OUT", help="also write the scores and times to this JSON file")
    args = parser.parse_args()
    gold, pages = load(args.path)
    systems = _systems()
    first = next(iter(pages.values()))
    for system in systems.values():
        system(first)  # imports, compiled patterns
    outputs: dict[str, dict[str, str]] = {name: {} for name in systems}
    best = dict.fromkeys(systems, float("inf"))
    for _ in range(max(args.repeat, 1)):
        for name, system in systems.items():
            start = time.perf_counter()
            result = {key: system(page) for key, page in pages.items()}
            best[name] = min(best[name], time.perf_counter() - start)
            outputs[name] = result
    counts = {
        name: {key: shingle_counts(gold[key]["articleBody"], out) for key, out in outs.items()}
        for name, outs in outputs.items()
    }
    print(f"html_dev: {len(pages)} pages, best of {args.repeat} timed passes")
    results = {}
    for name in systems:
        scores = page_scores(counts[name].values())
        results[name] = {**scores, "seconds": best[name]}
        print(
            f"  {name:<22} P={scores['precision']:.3f} R={scores['recall']:.3f} F1={scores['f1']:.3f}"
            f"  {best[name]:.2f} s  {len(pages) / best[name]:.0f} pages/s"
        )
    ratio = best["cleantext.from_html"] / best["trafilatura defaults"]
    print(f"  time ratio from_html / trafilatura defaults: {ratio:.2f}")
    save(args.json, "bench_html", {"data": "html_dev", "pages": len(pages), "systems": results})
    ranked = sorted(pages, key=lambda key: sum(_per_page(counts["cleantext.from_html"][key])))
    if args.pages:
        for key in ranked:
            ours, theirs = _per_page(counts["cleantext.from_html"][key]), _per_page(counts["trafilatura defaults"][key])
            print(
                f"  {key[:12]} P={ours[0]:.2f} R={ours[1]:.2f} (trafilatura P={theirs[0]:.2f} R={theirs[1]:.2f})"
                f"  {gold[key]['url'][:60]}"
            )
    for key in ranked[: args.worst]:
        want = shingles(gold[key]["articleBody"])
        print(f"--- {key[:12]} {gold[key]['url']}")
        for line in outputs["cleantext.from_html"][key].split("\n"):
            got = shingles(line)
            if line.strip() and sum(shingle in want for shingle in got) < len(got) / 2:
                print(f"  + {line[:110]}")


if __name__ == "__main__":
    main()
