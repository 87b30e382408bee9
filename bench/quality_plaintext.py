"""Score ``cleantext.clean`` on plaintext_dev.jsonl with the article-extraction benchmark's shingle metric.

Usage: python bench/quality_plaintext.py [PATH] [--pages] [--json OUT.json]
Prints the baselines (unchanged text, lines of 10 or more words, and the peers of ``baselines.py``)
measured in the same run.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from baselines import text_systems
from metrics import page_scores, shingle_counts
from results import save

import cleantext

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plaintext_dev.jsonl"


def long_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if len(line.split()) >= 10)


def page_counts(system: Callable[[str], str], docs: list[dict]) -> list[tuple[float, float, float]]:
    """Each page's shingle (tp, fp, fn) for ``system``'s output against the gold."""
    return [shingle_counts(doc["gold"], system(doc["text"])) for doc in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--pages", action="store_true", help="print per-page precision and recall")
    parser.add_argument("--json", metavar="OUT", help="also write the scores to this JSON file")
    args = parser.parse_args()
    docs = [json.loads(raw) for raw in args.path.read_text(encoding="utf-8").splitlines()]
    systems = {
        "unchanged": lambda text: text,
        "lines>=10 words": long_lines,
        **text_systems(),
        "cleantext.clean": cleantext.clean,
    }
    results = {}
    for name, system in systems.items():
        counts = page_counts(system, docs)
        if args.pages and name == "cleantext.clean":
            for doc, (tp, fp, fn) in zip(docs, counts, strict=True):
                print(
                    f"  {doc['id'][:12]} P={tp / (tp + fp) if tp + fp else 0:.2f} R={tp / (tp + fn) if tp + fn else 0:.2f}"
                )
        scores = page_scores(counts)
        results[name] = scores
        print(f"plaintext_dev {name:<26} P={scores['precision']:.3f} R={scores['recall']:.3f} F1={scores['f1']:.3f}")
    save(args.json, "quality_plaintext", {"data": "plaintext_dev", "pages": len(docs), "systems": results})


if __name__ == "__main__":
    main()
