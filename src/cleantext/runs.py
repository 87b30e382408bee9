"""A run of the ``cleantext`` command: its passes over the inputs, and what it says on standard error.

:func:`run` cleans every record of the inputs (read by :func:`cleantext.batch.read_items`, cleaned by
the worker pool) into a sink (:mod:`cleantext.sinks`) and reports the records that failed;
:func:`learn_profile` counts them into a site profile instead. :class:`Tally` keeps how far a run got,
:class:`Console` writes the messages (prefixed ``cleantext:``) and the progress line, and
:func:`end_interrupted` ends a run a signal stopped. The command line itself is :mod:`cleantext.cli`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from typing import TextIO

from . import Profile, ProfileBuilder
from .batch import (
    Interrupted,
    Job,
    Source,
    chunked,
    hold_signals_for_good,
    process,
    read_items,
    task_of,
)
from .formats import learnable
from .sinks import FileSink, OutputError, StreamSink

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROG",
    "Console",
    "Tally",
    "end_interrupted",
    "learn_profile",
    "run",
    "shows_progress",
]

PROG = "cleantext"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass
class Tally:
    """How far a run got: records done and failed, input bytes, and the last record done.

    >>> Tally(documents=2, size=1_500_000, total=3_000_000).read()
    '2 documents, 1.5 of 3.0 MB'
    """

    documents: int = 0
    failed: int = 0
    size: int = 0
    total: int | None = None  # the input bytes, when every input is a regular file
    last: str = ""
    started: float = field(default_factory=time.monotonic)

    def read(self) -> str:
        megabytes = f"{self.size / 1e6:.1f}" + (f" of {self.total / 1e6:.1f}" if self.total else "")
        return f"{self.documents} document{'s' * (self.documents != 1)}, {megabytes} MB"

    def rate(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return f"{self.size / 1e6 / elapsed:.2f} MB/s, {elapsed:.0f} s"


class Console:
    """Standard error: messages prefixed ``cleantext:``, and a progress line when it is a terminal."""

    def __init__(self, stream: TextIO, *, progress: bool) -> None:
        self.stream = stream
        self.progress = progress
        self.shown = time.monotonic()
        self.dirty = False
        self.stage = ""  # shown before the counts: "learning", "cleaning" (--two-pass)

    def error(self, message: str) -> None:
        self._clear()
        print(f"{PROG}: {message}", file=self.stream, flush=True)

    def update(self, tally: Tally, *, final: bool = False) -> None:
        """Redraw the progress line (at most twice a second); ``final``: the totals, on a line of their own."""
        now = time.monotonic()
        if not self.progress or (not final and now - self.shown < 0.5):
            return
        self.shown = now
        stage = f"{self.stage}: " if self.stage else ""
        line = f"{PROG}: {stage}{'done: ' if final else ''}{tally.read()}, {tally.rate()}"
        self.stream.write(f"\r\x1b[K{line}" + ("\n" if final else ""))
        self.stream.flush()
        self.dirty = not final

    def _clear(self) -> None:
        if self.dirty:
            self.stream.write("\r\x1b[K")
            self.dirty = False


def shows_progress(args: argparse.Namespace) -> bool:
    """Progress goes to standard error when it is a terminal -- but not when standard output is that
    same terminal: the cleaned text shows there, and the progress line would run into it."""
    if args.quiet or not sys.stderr.isatty():
        return False
    try:
        out, err = os.fstat(sys.stdout.fileno()), os.fstat(sys.stderr.fileno())
    except (OSError, ValueError, AttributeError):
        return True
    return not (sys.stdout.isatty() and (out.st_rdev, out.st_ino) == (err.st_rdev, err.st_ino))


def run(
    job: Job,
    sources: list[Source],
    sink: FileSink | StreamSink,
    args: argparse.Namespace,
    console: Console,
    tally: Tally,
) -> int:
    """Clean every record of ``sources`` into ``sink``; report bad records; return the exit status."""
    items = read_items(
        sources,
        sys.stdin.buffer,
        job,
        format=args.source_format,
        to=args.to,
        one_output=isinstance(sink, StreamSink),
        max_bytes=args.max_bytes,
        refuse=sink.refusal,
    )
    chunks = chunked(items, max_items=1 if args.jobs == 1 else 200, max_bytes=256 * 1024)
    keep = args.on_error == "keep"  # only then are a record's bytes needed after it is read
    with closing(process(job, chunks, workers=args.jobs, keep_data=keep)) as results:
        for item, result in results:
            tally.documents += 1
            tally.size += item.size
            if item.error is None and sink.has_failed(item.source):
                tally.failed += 1  # cleaned while its output failed: reported once already
                continue
            if result.error is not None:
                tally.failed += 1
                console.error(f"{item.label}: {result.error}")
                if args.on_error == "fail":
                    sink.abort()
                    console.error("stopped at the first failed document (--on-error fail)")
                    return EXIT_FAILED
            for note in result.notes:
                console.error(f"{item.label}: {note}")
            try:
                sink.write(item, result if result.error is None else None, keep)
            except OutputError as problem:
                console.error(f"cannot write {problem.filename}: {problem.strerror}")
                tally.failed += result.error is None
            tally.last = item.label
            console.update(tally)
    try:
        sink.close()
    except OutputError as problem:
        console.error(f"cannot write {problem.filename}: {problem.strerror}")
        tally.failed += 1
    console.update(tally, final=True)
    if failed := tally.failed:
        console.error(f"{failed} of {tally.documents} documents failed")
        return EXIT_FAILED
    return EXIT_OK


def end_interrupted(signum: int, sink: FileSink | StreamSink, console: Console, tally: Tally) -> int:
    """End an interrupted run: drop the output being written, say how far the run got."""
    hold_signals_for_good()  # a second signal must not cut the cleaning up short
    dropped = sink.abort()
    name = Interrupted(signum).name
    done = f"after {tally.read()}" + (f" (the last {tally.last})" if tally.last else "")
    console.error(f"interrupted by {name} {done}" + (f"; {dropped} left as it was" if dropped else ""))
    return 128 + signum


def learn_profile(
    job: Job,
    sources: list[Source],
    max_bytes: int,
    console: Console,
    tally: Tally,
    *,
    source_format: str | None = None,
    report: bool = True,
) -> Profile:
    """Count every record of ``sources`` (read as the cleaning reads them) into a site profile.

    A record that cannot be read is counted in ``tally.failed`` and reported (unless ``report`` is
    false: ``--two-pass`` reports it once, when cleaning) and left out.
    """
    builder = ProfileBuilder()
    for item in read_items(sources, sys.stdin.buffer, job, format=source_format, max_bytes=max_bytes):
        tally.documents += 1
        tally.size += item.size
        tally.last = item.label
        found = item.error or learnable(job, item.data, task_of(job, item))
        del item  # its bytes are not kept while the next record is read
        if isinstance(found, str):
            tally.failed += 1
            if report:
                console.error(f"{tally.last}: {found}")
        else:
            builder.add(found[0], site=found[1])
        console.update(tally)
    console.update(tally, final=True)
    return builder.build()
