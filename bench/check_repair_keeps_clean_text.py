"""Does ``repair`` leave article text alone? Every ``content`` line of the training data, repaired.

Usage: python bench/check_repair_keeps_clean_text.py [--train DIR] [--show N] [--reason LABEL]

Reads every ``content`` line of ../shared/data/train/*.jsonl.gz (both renderings, html_text and
bs4_text) and repairs it. Prints how many lines changed, by the reasons ``explain`` gives, and up to
``--show`` examples per reason: each must be real damage in the source (then it is reported as
such), or the change is wrong.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

from cleantext.repair import _repair_with_reasons

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "data" / "train"


def content_lines(train: Path, rendering: str | None = None) -> list[str]:
    """Every ``content`` line of the training data, of one rendering or (None) both."""
    lines: list[str] = []
    for path in sorted(train.glob("*.jsonl.gz")):
        if path.name.endswith(".html.jsonl.gz"):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for raw in handle:
                record = json.loads(raw)
                if rendering is not None and record["rendering"] != rendering:
                    continue
                text = record["text"].split("\n")
                lines.extend(line for line, label in zip(text, record["labels"], strict=True) if label == "content")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--show", type=int, default=5, help="examples printed per reason")
    parser.add_argument("--reason", help="print every change with this reason")
    args = parser.parse_args()
    lines = content_lines(args.train)
    changed: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in lines:
        fixed, reasons = _repair_with_reasons(line)
        if fixed != line:
            changed["+".join(sorted(reasons))].append((line, fixed))
    total = sum(len(pairs) for pairs in changed.values())
    print(f"{len(lines)} content lines ({len(set(lines))} distinct); {total} changed by repair")
    counts = Counter({reason: len(pairs) for reason, pairs in changed.items()})
    for reason, count in counts.most_common():
        print(f"  {count:>6}  {reason}")
        limit = None if reason == args.reason else args.show
        for line, fixed in changed[reason][:limit]:
            start = next((i for i, (a, b) in enumerate(zip(line, fixed, strict=False)) if a != b), 0)
            start = max(0, start - 60)
            print(f"          {line[start : start + 150]!r}\n       -> {fixed[start : start + 150]!r}")


if __name__ == "__main__":
    main()
