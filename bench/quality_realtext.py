"""Score ``cleantext.clean`` on realtext_dev.jsonl: line-removal precision/recall/F1 and content kept.

Usage: python bench/quality_realtext.py [PATH] [--show]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from metrics import line_is_kept

import cleantext

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "realtext_dev.jsonl"


def score(
    path: Path = DEFAULT, system: Callable[[str], str] = cleantext.clean, *, show: bool = False
) -> dict[str, float]:
    """Line-removal precision, recall and F1 over content and chrome lines, the share of content
    tokens kept, and the counts behind them; ``show`` prints every wrong decision."""
    true_pos = false_pos = false_neg = 0
    content_tokens = kept_tokens = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        lines = doc["text"].split("\n")
        output = system(doc["text"])
        out_lines = [" ".join(line.split()) for line in output.split("\n")]
        out_set = set(out_lines)
        out_text = " ".join(out_lines)
        for entry in doc["lines"]:
            label = entry["label"]
            if label not in ("content", "chrome"):
                continue
            line = lines[entry["i"]]
            kept = line_is_kept(line, out_set, out_text, cleantext.repair)
            if label == "content":
                tokens = len(line.split())
                content_tokens += tokens
                kept_tokens += tokens if kept else 0
                if not kept:
                    false_pos += 1
                    if show:
                        print(f"LOST   {doc['id']}: {line[:120]!r}")
            elif kept:
                false_neg += 1
                if show:
                    print(f"MISSED {doc['id']}: {line[:120]!r}")
            else:
                true_pos += 1
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "content_kept": kept_tokens / content_tokens if content_tokens else 1.0,
        "chrome_removed": true_pos,
        "chrome_missed": false_neg,
        "content_lost": false_pos,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every wrong decision")
    args = parser.parse_args()
    found = score(args.path, show=args.show)
    print(
        f"realtext_dev removal precision={found['precision']:.3f} recall={found['recall']:.3f} F1={found['f1']:.3f} "
        f"content tokens kept={found['content_kept']:.4f} "
        f"(chrome removed {found['chrome_removed']}, missed {found['chrome_missed']}; "
        f"content lines lost {found['content_lost']})"
    )


if __name__ == "__main__":
    main()
