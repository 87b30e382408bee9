"""Which dash (or mark) the training text writes where a lost one is put back, by the language of its line.

Usage: python bench/dash_usage.py [--train DIR]

Counts, in the ``content`` lines of ../shared/data/train (html_text rendering) other than the held-out lines of
bench/heldout_lost_bytes.py (both splits), the dashes between spaces (``word – word``) and the marks between letters
(``word—word``; an apostrophe before ``s t d m ll re ve`` left out), per line language as the recovery tells it
(``en``: English alone; ``other``: another; ``none``: not told). The spaced dash of ``lossy._lost_punctuation``
is chosen from these counts.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from check_repair_keeps_clean_text import content_lines
from heldout_lost_bytes import TRAIN, _eligible

from cleantext.repair.damaged import _line_languages
from cleantext.repair.words import table

_MARKS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201c\u201d"
_SPACED = re.compile(r"(?<=\w) ([\u2012-\u2015]) (?=\w)")
_CLOSED = re.compile(rf"(?<=[^\W\d_])([{_MARKS}])(?=[^\W\d_])")
_SUFFIX = re.compile(r"(?:s|t|d|m|ll|re|ve)\b")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, default=TRAIN)
    args = parser.parse_args()
    held = set(_eligible(args.train))
    book = table()
    counts: Counter[tuple[str, str, str]] = Counter()
    for raw in content_lines(args.train, rendering="html_text"):
        line = raw.strip()
        if line in held or not any(mark in line for mark in _MARKS):
            continue
        languages = _line_languages(line, book)
        kind = "en" if languages == {"en"} else "other" if languages else "none"
        for match in _SPACED.finditer(line):
            counts[kind, "spaced", match.group(1)] += 1
        for match in _CLOSED.finditer(line):
            if match.group(1) == "\u2019" and _SUFFIX.match(line, match.end()):
                continue
            counts[kind, "closed", match.group(1)] += 1
    for (kind, where, mark), count in sorted(counts.items()):
        print(f"  {kind:<6} {where:<7} U+{ord(mark):04X} {mark}  {count:>6}")


if __name__ == "__main__":
    main()
