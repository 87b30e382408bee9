"""How each fixed block decision of from_html performs on the training HTML, by source.

Usage: python bench/html_cuts.py CANDIDATES.jsonl.gz

Reads the file written by ``html_candidates.py`` (fast mode's blocks, each with its decision and the
share of its text the gold holds). A removal is right when less than half of the block's text is in
the gold (a block under four words: when its words do not stand, in order, in the gold). Printed per
reason (``headline``, ``link-block``) and source, and for link blocks per kind of block: removals,
precision by blocks and by words, and the gold words the removals cost. These are the cut-offs the
learned block decision is to replace; nothing is tuned here.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("candidates")
    args = parser.parse_args()
    tally: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0, 0.0, 0.0])
    pages = 0
    with gzip.open(args.candidates, "rt", encoding="utf-8") as lines:
        for raw in lines:
            page = json.loads(raw)
            pages += 1
            for block in page.get("fast", {}).get("block_rows", ()):
                reason = block["reason"]
                if reason is None:
                    continue
                right = block["gold"] < 0.5
                keys = [(reason, page["source"]), (reason, "all")]
                if reason == "link-block":
                    keys.append((f"link-block/{block['kind']}", "all"))
                    if page["page_type"]:
                        keys.append((reason, f"wcxb/{page['page_type']}"))
                for key in keys:
                    row = tally[key]
                    row[0] += 1
                    row[1] += right
                    row[2] += block["words"]
                    row[3] += block["words"] * (1 - block["gold"])
                    row[4] += block["words"] * block["gold"]
    print(f"fixed cut-offs on fast mode's blocks, {pages} training pages (right = under half of the block in the gold)")
    print(f"{'reason':<20} {'group':<18} {'removed':>7} {'P blocks':>8} {'P words':>8} {'gold words lost':>15}")
    for (reason, group), (count, right, words, right_words, lost) in sorted(tally.items()):
        print(
            f"{reason:<20} {group:<18} {count:>7} {right / count:>8.3f} {right_words / max(words, 1):>8.3f} {lost:>15.0f}"
        )


if __name__ == "__main__":
    main()
