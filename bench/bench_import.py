"""Start-up: ``import cleantext`` against ``import ftfy``, and each one's first call, in fresh interpreters.

Usage: python bench/bench_import.py [--runs 7] [--median] [--fresh] [--importtime]

Each command runs in ``--runs`` fresh interpreters, the commands alternating so that the machine's load
weighs on each alike; the best run of each counts (the least disturbed one: on a shared machine the
median mostly measures the neighbours; ``--median`` reports each time's median instead, for many runs on a
quiet machine). Modules load from bytecode, as from an installed package: a
warm-up run of every command writes it first (``PYTHONDONTWRITEBYTECODE`` is unset for the runs).

Printed per command: the whole interpreter's wall time, and, measured inside it, the import alone and
the first call (``ftfy.fix_text`` and ``cleantext.clean`` on the seed document, whose damage and
chrome reach the repair and the rules). Targets (issue 10): the interpreter running ``import cleantext``
at most 1.2x the one running ``import ftfy``; the first call's extra cost is reported, against ftfy's.

``--fresh`` measures a fresh install instead of the environment running this script: a new virtual
environment in a temporary folder, ``pip install`` of this repository (not editable) and its
dependencies, as a user gets it. ``--importtime`` prints the modules that take longest to import
(``python -X importtime``, best of the runs per module, self time).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "seed" / "chile_border.raw.txt"
TARGET = 1.2

#: What each fresh interpreter runs; it prints the import's and the first call's time in seconds.
_PROGRAM = """
import time, sys
start = time.perf_counter()
import {module}
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else ""
if text:
    before = time.perf_counter()
    {module}.{call}(text)
    called = time.perf_counter() - before
else:
    called = 0.0
print(imported - start, called)
"""

COMMANDS = {
    "ftfy": ("ftfy", "fix_text"),
    "cleantext": ("cleantext", "clean"),
}


class Times(NamedTuple):
    interpreter: float  # wall time of the whole interpreter, start to exit
    cpu: float  # its CPU time (user and system): what the machine's load changes least
    import_: float  # the import alone, measured inside
    first_call: float  # the first call after it (in the runs that make one)


def _environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(python: str, name: str, *, call: bool) -> Times:
    """The times of one fresh interpreter, in seconds."""
    module, function = COMMANDS[name]
    program = _PROGRAM.format(module=module, call=function)
    args = [python, "-c", program, *([str(SEED)] if call else [])]
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(args, check=True, env=_environment(), capture_output=True, text=True)
    whole = time.perf_counter() - start
    cpu = _children_cpu() - cpu
    imported, called = map(float, done.stdout.split())
    return Times(whole, cpu, imported, called)


def measure(python: str, runs: int, *, median: bool = False) -> dict[str, Times]:
    """Each time's best (or median) per command; runs with the import only and runs with a first call alternate."""
    seen: dict[str, list[Times]] = {name: [] for name in COMMANDS}
    for name in COMMANDS:
        for call in (False, True):
            _run(python, name, call=call)  # warm-up: writes the bytecode
    for _ in range(runs):
        for name in COMMANDS:
            plain = _run(python, name, call=False)
            called = _run(python, name, call=True).first_call
            seen[name].append(plain._replace(first_call=called))
    pick = statistics.median if median else min
    return {name: Times(*map(pick, zip(*times, strict=True))) for name, times in seen.items()}


def importtime(python: str, runs: int, top: int = 15) -> list[tuple[str, int]]:
    """The ``top`` modules by self import time (microseconds, best of ``runs``) under ``import cleantext``."""
    best: dict[str, int] = {}
    line = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)")
    for _ in range(runs):
        done = subprocess.run(
            [python, "-X", "importtime", "-c", "import cleantext"],
            check=True,
            env=_environment(),
            capture_output=True,
            text=True,
        )
        for found in line.finditer(done.stderr):
            module = found.group(3)
            best[module] = min(best.get(module, 1 << 60), int(found.group(1)))
    return sorted(best.items(), key=lambda item: -item[1])[:top]


def fresh_python(folder: Path) -> str:
    """A new virtual environment in ``folder`` with this repository installed (not editable)."""
    venv.create(folder, with_pip=True)
    python = str(folder / ("Scripts" if os.name == "nt" else "bin") / "python")
    subprocess.run([python, "-m", "pip", "install", "-q", str(ROOT)], check=True)
    return python


def report(python: str, runs: int, *, show_imports: bool, median: bool = False) -> None:
    best = measure(python, runs, median=median)
    ours, theirs = best["cleantext"], best["ftfy"]
    print(
        f"start-up, {'median' if median else 'best'} of {runs} fresh interpreters each ({python}), load {os.getloadavg()[0]:.2f}:"
    )
    print(f"  {'':<10} {'interpreter ms':>15} {'its CPU ms':>11} {'import ms':>10} {'first call ms':>14}")
    for name, times in best.items():
        print(
            f"  {name:<10} {times.interpreter * 1000:>15.1f} {times.cpu * 1000:>11.1f} "
            f"{times.import_ * 1000:>10.1f} {times.first_call * 1000:>14.1f}"
        )
    ratio = ours.interpreter / theirs.interpreter
    verdict = "ok" if ratio <= TARGET else "MISSED"
    print(f"  interpreter ratio cleantext/ftfy {ratio:.2f} (target <= {TARGET}: {verdict})")
    print(f"  CPU ratio {ours.cpu / theirs.cpu:.2f}; import alone ratio {ours.import_ / theirs.import_:.2f}")
    print(
        f"  first call on the seed document: cleantext {ours.first_call * 1000:.1f} ms, "
        f"ftfy {theirs.first_call * 1000:.1f} ms ({(ours.first_call - theirs.first_call) * 1000:+.1f} ms); "
        f"import and first call {(ours.import_ + ours.first_call) * 1000:.1f} ms against "
        f"{(theirs.import_ + theirs.first_call) * 1000:.1f} ms"
    )
    if show_imports:
        print("slowest modules under import cleantext (self time, best of the runs, ms):")
        for module, micros in importtime(python, runs):
            print(f"  {module:<40} {micros / 1000:6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7, help="fresh interpreters per command (best counts)")
    parser.add_argument("--median", action="store_true", help="report each time's median instead of its best")
    parser.add_argument("--fresh", action="store_true", help="measure a fresh (non-editable) install in a new venv")
    parser.add_argument("--importtime", action="store_true", help="list the slowest modules to import")
    args = parser.parse_args()
    if args.fresh:
        with tempfile.TemporaryDirectory(prefix="cleantext-import-") as folder:
            report(fresh_python(Path(folder)), args.runs, show_imports=args.importtime, median=args.median)
    else:
        report(sys.executable, args.runs, show_imports=args.importtime, median=args.median)


if __name__ == "__main__":
    main()
