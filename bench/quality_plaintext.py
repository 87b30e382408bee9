"""Score ``cleantext.clean`` on plaintext_dev.jsonl with the article-extraction benchmark's shingle metric.

Usage: python bench/quality_plaintext.py [PATH] [--pages]
Prints the baselines (unchanged text, lines of 10 or more words) measured in the same run.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from metrics import page_scores, shingle_counts

import cleantext

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "plaintext_dev.jsonl"


def long_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if len(line.split()) >= 10)


def load(path: Path = DEFAULT) -> list[dict[str, str]]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines()]


def page_counts(docs: list[dict[str, str]], system: Callable[[str], str]) -> list[tuple[float, float, float]]:
    """Each page's shingle (tp, fp, fn) for ``system``'s output against the gold."""
    return [shingle_counts(doc["gold"], system(doc["text"])) for doc in docs]


def score(path: Path = DEFAULT, system: Callable[[str], str] = cleantext.clean) -> dict[str, float]:
    """The benchmark's precision, recall and F1 of ``system`` on the pages of ``path``."""
    return page_scores(page_counts(load(path), system))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--pages", action="store_true", help="print per-page precision and recall")
    args = parser.parse_args()
    docs = load(args.path)
    systems = {"unchanged": lambda text: text, "lines>=10 words": long_lines, "cleantext.clean": cleantext.clean}
    for name, system in systems.items():
        counts = page_counts(docs, system)
        if args.pages and name == "cleantext.clean":
            for doc, (tp, fp, fn) in zip(docs, counts, strict=True):
                print(
                    f"  {doc['id'][:12]} P={tp / (tp + fp) if tp + fp else 0:.2f} R={tp / (tp + fn) if tp + fn else 0:.2f}"
                )
        scores = page_scores(counts)
        print(f"plaintext_dev {name:<16} P={scores['precision']:.3f} R={scores['recall']:.3f} F1={scores['f1']:.3f}")


if __name__ == "__main__":
    main()
