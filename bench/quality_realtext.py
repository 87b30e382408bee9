"""Score ``cleantext.clean`` on realtext_dev.jsonl: line-removal precision/recall/F1 and content kept.

Usage: python bench/quality_realtext.py [PATH] [--show] [--json OUT.json]

The peers of ``baselines.py`` are scored in the same run (but ftfy, which removes no line).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from baselines import text_systems
from metrics import line_is_kept, removal_scores, tokens
from results import save

import cleantext

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "realtext_dev.jsonl"


def score(system: Callable[[str], str], docs: list[dict], show: bool = False) -> dict[str, float | int]:
    """Line-removal precision, recall and F1 of ``system`` over ``docs``, and the share of content tokens kept."""
    true_pos = false_pos = false_neg = 0
    content_tokens = kept_tokens = 0
    for doc in docs:
        lines = doc["text"].split("\n")
        output = system(doc["text"])
        # Output lines are compared after repair too: a peer that does not repair mojibake is judged on
        # what it removes alone (repair leaves cleantext's own output as it is).
        out_lines = [" ".join(cleantext.repair(line).split()) for line in output.split("\n")]
        out_set = set(out_lines)
        out_text = " ".join(out_lines)
        for entry in doc["lines"]:
            label = entry["label"]
            if label not in ("content", "chrome"):
                continue
            line = lines[entry["i"]]
            kept = line_is_kept(line, out_set, out_text, cleantext.repair)
            if label == "content":
                count = tokens(line)
                content_tokens += count
                kept_tokens += count if kept else 0
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
    return {
        **removal_scores(true_pos, false_pos, false_neg),
        "content_kept": kept_tokens / content_tokens,
        "chrome_removed": true_pos,
        "chrome_missed": false_neg,
        "content_lost": false_pos,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", action="store_true", help="print every wrong decision of cleantext.clean")
    parser.add_argument("--json", metavar="OUT", help="also write the scores to this JSON file")
    args = parser.parse_args()
    docs = [json.loads(raw) for raw in args.path.read_text(encoding="utf-8").splitlines()]
    results = {}
    peers = {name: system for name, system in text_systems().items() if name != "ftfy.fix_text"}  # removes no line
    for name, system in {**peers, "cleantext.clean": cleantext.clean}.items():
        figures = results[name] = score(system, docs, show=args.show and name == "cleantext.clean")
        print(
            f"realtext_dev {name:<26} removal precision={figures['precision']:.3f} recall={figures['recall']:.3f} "
            f"F1={figures['f1']:.3f} content tokens kept={figures['content_kept']:.4f} "
            f"(chrome removed {figures['chrome_removed']}, missed {figures['chrome_missed']}; "
            f"content lines lost {figures['content_lost']})"
        )
    save(args.json, "quality_realtext", {"data": "realtext_dev", "documents": len(docs), "systems": results})


if __name__ == "__main__":
    main()
