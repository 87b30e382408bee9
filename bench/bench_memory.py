"""Peak memory per document: peak RSS divided by the size of one text document, for clean() and the CLI.

Usage: python bench/bench_memory.py [--sizes 5,50,200] [--latin1] [--profile MB] [--no-cli]

One plain-text document per size (in MB) is built in a temporary directory from the texts of
``../shared/data/{realtext,plaintext}_dev.jsonl``, one after another, every sixth word of each copy
followed by the copy's number (so that the copies are not duplicates of each other, as a long real
document's paragraphs are not). The dev texts hold a few characters beyond U+FFFF (emoji), so the
decoded document is a str of 4 bytes a character; ``--latin1`` replaces every character beyond U+00FF
by "?" (same words, same lines), so that it is a str of 1 byte a character. Each measurement runs in
a fresh process:

* ``clean()``: read the file, ``cleantext.decode``, ``cleantext.clean(text, kind="text")``;
* the peer, ``split+join``: the same with ``cleantext.pipeline(cleantext.tidy)`` for ``clean``: the text
  split into lines and joined again, no decision made -- what any ``str -> str`` pipeline over lines
  holds at its end (the text, its lines and the output at once), so the floor for ``clean()``;
* the CLI: ``cleantext --max-bytes 0 FILE > /dev/null`` (no size limit);
* ``python -c "import cleantext"``: the RSS that any run starts from.

The figure printed is peak RSS / document size (``ru_maxrss`` of that one process, from ``wait4``),
the same after taking off the RSS of the bare import, and ``clean()``'s peak against its peer's. ``--profile MB`` then runs ``clean()`` on a
document of that size under ``tracemalloc`` one stage at a time (read, decode, each step of the default
pipeline, join, encode) and prints, per stage, what was held when it began, how far above that it
went, what it left held, and which cleantext module allocated what it left (each allocation counted
to the deepest cleantext module on its stack).

The machine is shared with other programs: the figures are of memory, which the load does not change
much; the times are printed only as a guide.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_cli import command  # the installed command, beside this Python

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
MB = 1_000_000


def build_document(path: Path, size: int, *, latin1: bool = False) -> int:
    """Write one text document of about ``size`` bytes made of the dev texts; return its size.

    With ``latin1``, every character beyond U+00FF is replaced by "?": decoded, a str of 1 byte a character.
    """
    texts = []
    for name in ("realtext_dev.jsonl", "plaintext_dev.jsonl"):
        with open(DATA / name, encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    if latin1:
        texts = [text.encode("latin-1", "replace").decode("latin-1") for text in texts]
    written = number = 0
    with open(path, "w", encoding="utf-8") as handle:
        while written < size:
            words = texts[number % len(texts)].split(" ")
            copy = " ".join(word if place % 6 else f"{word} {number}" for place, word in enumerate(words))
            written += len((copy + "\n\n").encode("utf-8"))
            handle.write(copy + "\n\n")
            number += 1
    return path.stat().st_size


def peak_rss(command: list[str]) -> tuple[int, float]:
    """Run ``command`` (standard output discarded); its own peak RSS in bytes, and its wall time."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        assert process.stderr is not None
        errors = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({process.returncode}):\n{errors.decode('utf-8', 'replace')[-2000:]}")
    return usage.ru_maxrss * 1024, time.perf_counter() - start


CLEAN = (
    "import sys, cleantext\n"
    "with open(sys.argv[1], 'rb') as handle:\n"
    "    data = handle.read()\n"
    "text = cleantext.decode(data)\n"
    "del data\n"
    "out = cleantext.clean(text, kind='text')\n"
    "sys.stdout.write(str(len(out)))\n"
)


#: The peer: split into lines and joined again (tidy decides nothing that changes the size much).
FLOOR = CLEAN.replace("cleantext.clean(text, kind='text')", "cleantext.pipeline(cleantext.tidy)(text)")
assert FLOOR != CLEAN


def profile(path: Path, *, lines: bool = False) -> None:
    """Run clean() stage by stage under tracemalloc and print what each stage holds and peaks at."""
    import tracemalloc

    import cleantext
    from cleantext.pipeline import run_step  # the stages one by one, as Pipeline.__call__ runs them

    root = str(Path(cleantext.__file__).parent)

    def by_module(snapshot: tracemalloc.Snapshot) -> dict[str, int]:
        sizes: dict[str, int] = {}
        for trace in snapshot.traces:
            name = "(outside cleantext)"
            for frame in reversed(trace.traceback):  # oldest first: the deepest cleantext frame wins
                if frame.filename.startswith(root):
                    name = f"{Path(frame.filename).name}:{frame.lineno}" if lines else Path(frame.filename).name
                    break
            sizes[name] = sizes.get(name, 0) + trace.size
        return sizes

    tracemalloc.start(8)
    rows: list[tuple[str, int, int, int, dict[str, int]]] = []
    state: dict[str, object] = {}
    highest: dict[str, tuple[int, dict[str, int]]] = {}  # stage -> (traced, by module) near its highest

    def sample(name: str, done: threading.Event) -> None:
        """Every half second, a snapshot of what is held when it is the most so far in this stage."""
        best = 0
        while not done.wait(0.5):
            current = tracemalloc.get_traced_memory()[0]
            if current > best * 1.05:
                best = current
                highest[name] = (current, by_module(tracemalloc.take_snapshot()))

    def stage(name: str, work) -> None:
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        done = threading.Event()
        sampler = threading.Thread(target=sample, args=(name, done), daemon=True)
        sampler.start()
        start = time.perf_counter()
        work()
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        current, peak = tracemalloc.get_traced_memory()
        modules = by_module(tracemalloc.take_snapshot())
        rows.append((f"{name} ({seconds:.1f} s)", held, peak - held, current, modules))

    def read() -> None:
        state["data"] = path.read_bytes()

    def decode() -> None:
        state["text"] = cleantext.decode(state.pop("data"))  # type: ignore[arg-type]

    def split() -> None:
        state["lines"] = cleantext.model.split_lines(state.pop("text"))  # type: ignore[arg-type]

    stage("read", read)
    stage("decode", decode)
    stage("split lines", split)
    for step in cleantext.DEFAULT_PIPELINE.steps:

        def run(step=step) -> None:
            state["lines"] = run_step(step, state.pop("lines")).lines  # type: ignore[arg-type]

        stage(step.__name__, run)
    stage("join", lambda: state.update(text="\n".join(state.pop("lines"))))  # type: ignore[arg-type]
    stage("encode", lambda: state.update(out=state.pop("text").encode("utf-8")))  # type: ignore[union-attr]
    tracemalloc.stop()
    size = path.stat().st_size
    print(f"\ntracemalloc, clean() stage by stage on {size / MB:.1f} MB (multiples of the document size):")
    print(f"{'stage':32} {'held before':>12} {'peak above':>11} {'held after':>11}  held after, by module")
    for name, held, above, after, modules in rows:
        top = sorted(((value, key) for key, value in modules.items() if value > size // 100), reverse=True)
        where = ", ".join(f"{key} {value / size:.1f}" for value, key in top[:5])
        print(f"{name:32} {held / size:12.1f} {above / size:11.1f} {after / size:11.1f}  {where}")
    worst = max(rows, key=lambda row: row[1] + row[2])
    print(f"highest: {(worst[1] + worst[2]) / size:.1f}x the document, during {worst[0]}")
    name = worst[0].split(" (")[0]
    if name in highest:
        traced, modules = highest[name]
        top = sorted(((value, key) for key, value in modules.items() if value > size // 100), reverse=True)
        print(
            f"held near the highest of {name} (sampled: {traced / size:.1f}x): "
            + ", ".join(f"{key} {value / size:.1f}" for value, key in top[:10])
        )


def main() -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # figures as they come
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,50,200", help="document sizes in MB, comma-separated")
    parser.add_argument("--profile", type=float, default=0, metavar="MB", help="also profile clean() at this size")
    parser.add_argument("--latin1", action="store_true", help="a document of 1 byte a character (no char > U+00FF)")
    parser.add_argument("--no-cli", action="store_true", help="measure clean() only")
    parser.add_argument("--by-line", action="store_true", help="profile: by allocating line, not by module")
    parser.add_argument("--profile-only", metavar="FILE", help=argparse.SUPPRESS)  # the child of --profile
    options = parser.parse_args()
    if options.profile_only:
        profile(Path(options.profile_only), lines=options.by_line)
        return
    base, _ = peak_rss([sys.executable, "-c", "import cleantext"])
    print(f"python -c 'import cleantext': peak RSS {base / MB:.1f} MB (subtracted in the 'above import' figures)")
    width = "1 byte a character (--latin1)" if options.latin1 else "4 bytes a character (emoji)"
    print(f"documents decoded to a str of {width}")
    with tempfile.TemporaryDirectory(prefix="cleantext-memory-") as folder:
        for size_mb in (float(value) for value in options.sizes.split(",")):
            path = Path(folder) / "document.txt"
            size = build_document(path, int(size_mb * MB), latin1=options.latin1)
            runs = [("clean()", [sys.executable, "-c", CLEAN, str(path)])]
            runs.append(("split+join", [sys.executable, "-c", FLOOR, str(path)]))
            if not options.no_cli:
                runs.append(("CLI", [*command(), "--quiet", "--max-bytes", "0", str(path)]))
            peaks = {}
            for name, argv in runs:
                peak, wall = peak_rss(argv)
                peaks[name] = peak
                print(
                    f"{size / MB:6.1f} MB document, {name:10}: peak RSS {peak / MB:8.1f} MB = {peak / size:5.1f}x "
                    f"the document ({(peak - base) / size:5.1f}x above import), {wall:6.1f} s"
                )
            print(f"{size / MB:6.1f} MB document, clean() / split+join: {peaks['clean()'] / peaks['split+join']:.2f}")
            path.unlink()
        if options.profile:
            path = Path(folder) / "document.txt"
            build_document(path, int(options.profile * MB), latin1=options.latin1)
            extra = ["--by-line"] if options.by_line else []
            subprocess.run([sys.executable, __file__, "--profile-only", str(path), *extra], check=True)


if __name__ == "__main__":
    main()
