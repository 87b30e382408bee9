"""Compare ``cleantext.clean`` of this checkout with another checkout's, per document, in one process.

Usage: python bench/compare_speed.py --against OTHER/src [--repeat N] [--only CORPUS]

On a shared machine wall-clock passes move by ±0.1 of a ratio from run to run; this compares like with
like instead: the other checkout's package is imported beside this one (as ``cleantext_other``), and
each document of bench_speed's corpora is cleaned by the other package, this one and ``ftfy.fix_text``
in turn, the best of ``--repeat`` CPU times (``time.process_time``) counting for each, summed per
corpus. Both packages clean each document once untimed first, and their outputs are compared (a
difference is reported: a speed change must change no output).

Each package reads its shipped files (the model, the rules' table, repair's word tables) from its own folder.
Checkouts before 2 Dec 2026 read them from the package named ``cleantext``, this one's: with the same files that
changes nothing, but a checkout older than the model's format 3 (``decision.json.gz``) finds no model there and fails.

Printed per corpus: the other's and this one's CPU seconds, this / other, and each / ftfy. A document's repeats meet
the package's own caches warm (``policy_words`` keeps 4,096 sentences' scores): a change to work whose results are
cached shows in ``--first``'s whole passes, not here (docs/speed.md, "The policy printed last").
``--first`` times one pass instead, over one corpus in a fresh process per system (CPU seconds of
the pass, imports and the model read excluded).
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from bench_speed import UNSEEN, corpora

ROOT = Path(__file__).resolve().parents[1]


def load_other(src: Path) -> ModuleType:
    """The package ``cleantext`` found in ``src``, imported under the name ``cleantext_other``."""
    init = src / "cleantext" / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        "cleantext_other", init, submodule_search_locations=[str(init.parent)]
    )
    if spec is None or spec.loader is None:
        raise SystemExit(f"no cleantext package in {src}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["cleantext_other"] = module
    spec.loader.exec_module(module)
    return module


def _best(function: Callable[[str], str], doc: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function(doc)
        best = min(best, time.process_time() - start)
    return best


def compare(against: Path, repeat: int, only: str | None) -> int:
    import ftfy

    import cleantext

    other = load_other(against)
    systems = {"other": other.clean, "this": cleantext.clean, "ftfy": ftfy.fix_text}
    differ = 0
    print(
        f"{'corpus':<20} {'docs':>5} {'other s':>8} {'this s':>8} {'this/other':>10} {'other/ftfy':>10} {'this/ftfy':>9}"
    )
    for name, documents in corpora().items():
        if only and name != only:
            continue
        totals = dict.fromkeys(systems, 0.0)
        for doc in documents:
            if other.clean(doc) != cleantext.clean(doc):
                differ += 1
            for system, function in systems.items():  # in turn, document by document
                totals[system] += _best(function, doc, repeat)
        print(
            f"{name:<20} {len(documents):>5} {totals['other']:>8.3f} {totals['this']:>8.3f} "
            f"{totals['this'] / totals['other']:>10.3f} {totals['other'] / totals['ftfy']:>10.2f} "
            f"{totals['this'] / totals['ftfy']:>9.2f}"
        )
    print(f"documents whose output differs: {differ}")
    return 1 if differ else 0


_FIRST = """
import sys, time
sys.path.insert(0, {bench!r})
from bench_speed import corpora
docs = corpora()[{corpus!r}]
import cleantext, cleantext.decision
cleantext.decision.load_model()
start = time.process_time()
for doc in docs:
    cleantext.clean(doc)
first = time.process_time() - start
start = time.process_time()
for doc in docs:
    cleantext.clean(doc)
print(first, time.process_time() - start)
"""


def first_pass(against: Path, corpus: str, runs: int) -> None:
    """One pass (and a second) in fresh processes, this checkout's package and the other's in turn."""
    code = _FIRST.format(bench=str(ROOT / "bench"), corpus=corpus)
    found: dict[str, list[tuple[float, float]]] = {"other": [], "this": []}
    for _ in range(runs):
        for system, src in (("other", against), ("this", ROOT / "src")):
            out = subprocess.run(
                [sys.executable, "-c", code], env={"PYTHONPATH": str(src)}, check=True, capture_output=True, text=True
            ).stdout.split()
            found[system].append((float(out[0]), float(out[1])))
    for system, times in found.items():
        print(
            f"{corpus:<20} {system:<6} first pass {min(t[0] for t in times):.3f} s, "
            f"second {min(t[1] for t in times):.3f} s (best of {runs} processes)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, required=True, help="the other checkout's src directory")
    parser.add_argument("--repeat", type=int, default=5, help="timed calls per document and system (best counts)")
    parser.add_argument("--only", choices=("english", "multilingual", "damaged", *UNSEEN), help="one corpus only")
    parser.add_argument("--first", action="store_true", help="time a first pass in fresh processes instead")
    parser.add_argument("--runs", type=int, default=2, help="fresh processes per system, with --first")
    args = parser.parse_args()
    if args.first:
        for corpus in (args.only,) if args.only else ("english", *UNSEEN):
            first_pass(args.against.resolve(), corpus, args.runs)
        return
    sys.exit(compare(args.against.resolve(), args.repeat, args.only))


if __name__ == "__main__":
    main()
