"""Write chrome_analysis.json: what ``cleantext.chrome_analysis`` reads of each default chrome rule's pattern.

Usage (from the repository root)::

    python src/cleantext/data/make_chrome_analysis.py           # write the file
    python src/cleantext/data/make_chrome_analysis.py --check   # exit 1 if the file is not what it would write

The chrome engine analyses every rule's pattern at the first call (the literals every match holds, the
characters it can begin and end with; about 20 ms for the default rules). The table holds, for each
pattern of ``rules.DEFAULT_RULES`` and of the phrases of ``shapes.DEFAULT_NOTICES``, what
``_Parser.read`` gives for it, so that the first call reads it instead. Run this whenever a default rule,
a default notice or the analysis changes; ``tests/test_chrome_analysis_table.py`` checks that the shipped
file is what this writes. The file is deterministic (sorted sets, one entry per pattern, in the rules' order).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cleantext.chrome_analysis import _TABLE_FILE, analysis_table
from cleantext.rules import DEFAULT_RULES
from cleantext.shapes import DEFAULT_NOTICES

OUT = Path(__file__).with_name(_TABLE_FILE)


def patterns() -> list[str]:
    """The patterns the table holds: the default rules', then the default notices' phrases
    (``notices._literals`` analyses them as a rule)."""
    return [rule.pattern for rule in DEFAULT_RULES] + [notice.clauses for notice in DEFAULT_NOTICES]


def text() -> str:
    """The file's text for the default rules and notices."""
    return json.dumps(analysis_table(patterns()), separators=(",", ":")) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = parser.parse_args()
    wanted = text()
    if args.check:
        found = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        print(f"{OUT.name}: {'up to date' if found == wanted else 'OUT OF DATE: run this script'}")
        sys.exit(0 if found == wanted else 1)
    OUT.write_text(wanted, encoding="utf-8")
    print(f"wrote {OUT}: {len(patterns())} patterns, {len(wanted.encode())} bytes")


if __name__ == "__main__":
    main()
