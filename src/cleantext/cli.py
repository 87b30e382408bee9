"""The ``cleantext`` command: a Unix filter over the public API.

``cleantext [FILE ...]`` cleans each file (standard input when none, or ``-``) and writes the result
to standard output; ``-o DIR`` or ``--in-place`` write one output file per input instead, and
``--jsonl`` cleans one field of every JSON Lines record. Errors go to standard error, prefixed
``cleantext:``. Exit status: 0 when every input was cleaned, 1 when some input failed (the others are
still written), 2 for a usage error. The machinery lives in :mod:`cleantext.batch`.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from functools import partial
from typing import TextIO

from . import (
    DEFAULT_PIPELINE,
    CleantextError,
    Pipeline,
    Profile,
    ProfileBuilder,
    ProfileError,
    __version__,
    is_markup,
    pipeline,
    registered_steps,
)
from .batch import (
    STDIN,
    FileSink,
    Item,
    Job,
    Source,
    StreamSink,
    chunked,
    clean_document,
    process,
    read_items,
    read_record,
    read_text,
)

__all__ = ["main"]

PROG = "cleantext"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn messy scraped web text into clean article bodies.",
        epilog="Exit status: 0 all inputs cleaned, 1 some input failed, 2 usage error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="write each removal and change, with its reason, to standard error "
        "(with --jsonl: add the removed lines to each record as 'cleantext_removed')",
    )
    records = parser.add_argument_group("JSON Lines")
    records.add_argument("--jsonl", action="store_true", help="each input line is a JSON object; clean one field")
    records.add_argument("--field", metavar="NAME", help="the field to clean with --jsonl (default: text)")
    records.add_argument(
        "--site-field", metavar="NAME", help="with --jsonl: the field (a URL or a site name) naming each record's site"
    )
    site = parser.add_argument_group("site profiles (see 'cleantext learn --help')")
    site.add_argument("--profile", metavar="FILE", help="also remove the lines this site profile saw on many pages")
    site.add_argument(
        "--two-pass", action="store_true", help="learn a site profile from the inputs first, then clean them with it"
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("-o", "--output-dir", metavar="DIR", help="write each cleaned FILE under DIR, same name")
    output.add_argument("--in-place", action="store_true", help="replace each FILE by its cleaned text, atomically")
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per core)"
    )
    names = ", ".join(sorted(registered_steps()))
    parser.add_argument("--steps", metavar="A,B,...", help=f"run these steps, in this order ({names})")
    parser.add_argument("--skip", action="append", default=[], metavar="NAME", help="leave this step out")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="kind", action="store_const", const="html", help="the input is HTML")
    kind.add_argument("--text", dest="kind", action="store_const", const="text", help="the input is plain text")
    parser.set_defaults(kind="auto")
    parser.add_argument(
        "--on-error",
        choices=("skip", "keep", "fail"),
        default="skip",
        help="a bad record is left out (skip, the default), written unchanged (keep), or stops the run (fail)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def build_learn_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} learn",
        description="Learn a site profile: on how many pages of each site every line appears.",
        epilog="Exit status: 0 every input read, 1 some input failed (the profile is still written), 2 usage error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input")
    parser.add_argument("-o", "--output", metavar="PROFILE", required=True, help="the profile file to write")
    parser.add_argument("--jsonl", action="store_true", help="each input line is a JSON object; learn one field")
    parser.add_argument("--field", metavar="NAME", help="the field to learn from with --jsonl (default: text)")
    parser.add_argument(
        "--site-field", metavar="NAME", help="with --jsonl: the field (a URL or a site name) naming each record's site"
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="kind", action="store_const", const="html", help="the input is HTML")
    kind.add_argument("--text", dest="kind", action="store_const", const="text", help="the input is plain text")
    parser.set_defaults(kind="auto")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    return parser


def choose_steps(parser: argparse.ArgumentParser, steps: str | None, skip: Sequence[str]) -> Pipeline:
    """The pipeline ``--steps`` and ``--skip`` ask for, by registered step name."""
    known = registered_steps()
    wanted = [name.strip() for name in steps.split(",") if name.strip()] if steps is not None else None
    left_out = [name.strip() for names in skip for name in names.split(",") if name.strip()]
    unknown = [name for name in [*(wanted or []), *left_out] if name not in known]
    if unknown:
        parser.error(f"unknown step {unknown[0]!r}; the steps are: {', '.join(sorted(known))}")
    if wanted is None and not left_out:
        return DEFAULT_PIPELINE
    if wanted is None:
        name_of = {step: name for name, step in known.items()}
        return pipeline(*(step for step in DEFAULT_PIPELINE.steps if name_of.get(step) not in left_out))
    return pipeline(*(known[name] for name in wanted if name not in left_out))


def plan_sources(names: Sequence[str], output_dir: str | None, in_place: bool) -> list[Source]:
    """Each input with its output file; refuse an output that would overwrite its input."""
    if output_dir is None and not in_place:
        return [Source(name) for name in names]
    sources: list[Source] = []
    claimed: dict[str, str] = {}
    for name in names:
        if in_place:
            target = os.path.realpath(name)
        else:
            relative = os.path.relpath(os.path.abspath(name))
            if relative == os.pardir or relative.startswith(os.pardir + os.sep):
                relative = os.path.basename(name)  # outside the current directory: the file's name only
            target = os.path.join(output_dir or ".", relative)
        problem = None
        if not in_place and os.path.exists(name) and os.path.exists(target) and os.path.samefile(name, target):
            problem = f"refusing to overwrite the input with its output {target}"
        elif os.path.realpath(target) in claimed:
            problem = f"same output file as {claimed[os.path.realpath(target)]}: {target}"
        else:
            claimed[os.path.realpath(target)] = name
        sources.append(Source(name, target, problem))
    return sources


class Console:
    """Standard error: messages prefixed ``cleantext:``, and a progress line when it is a terminal."""

    def __init__(self, stream: TextIO, *, progress: bool) -> None:
        self.stream = stream
        self.progress = progress
        self.started = self.shown = time.monotonic()
        self.dirty = False
        self.stage = ""  # shown before the counts: "learning", "cleaning" (--two-pass)

    def error(self, message: str) -> None:
        self._clear()
        print(f"{PROG}: {message}", file=self.stream, flush=True)

    def update(self, documents: int, size: int, *, final: bool = False) -> None:
        now = time.monotonic()
        if not self.progress or (not final and now - self.shown < 0.5):
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-9)
        stage = f"{self.stage}: " if self.stage else ""
        line = f"{PROG}: {stage}{documents} documents, {size / 1e6:.1f} MB, {documents / elapsed:.0f} docs/s"
        self.stream.write(f"\r\x1b[K{line}" + ("\n" if final else ""))
        self.stream.flush()
        self.dirty = not final

    def _clear(self) -> None:
        if self.dirty:
            self.stream.write("\r\x1b[K")
            self.dirty = False


def _kept(item: Item) -> bytes | None:
    """What ``--on-error keep`` writes: the record as it came (a JSON Lines record as its line)."""
    if item.data is None or item.line is None or item.data.endswith(b"\n"):
        return item.data
    return item.data + b"\n"


def _output_failed(sink: FileSink | StreamSink, console: Console, write: Callable[[], None]) -> bool:
    """Run ``write``: an output file that cannot be written is reported and the batch goes on."""
    try:
        write()
    except OSError as problem:
        if isinstance(problem, BrokenPipeError) or not isinstance(sink, FileSink):
            raise  # standard output itself failed: see main()
        console.error(f"cannot write {problem.filename or 'output'}: {problem.strerror or problem}")
        return True
    return False


def run(
    job: Job, sources: list[Source], sink: FileSink | StreamSink, args: argparse.Namespace, console: Console
) -> int:
    """Clean every record of ``sources`` into ``sink``; report bad records; return the exit status."""
    items = read_items(sources, sys.stdin.buffer, jsonl=job.jsonl)
    chunks = chunked(items, max_items=1 if args.jobs == 1 else 200, max_bytes=256 * 1024)
    documents = failed = size = 0
    with closing(process(job, chunks, workers=args.jobs)) as results:
        for item, result in results:
            documents += 1
            size += len(item.data or b"")
            data = result.output
            if result.error is not None:
                failed += 1
                console.error(f"{item.label}: {result.error}")
                if args.on_error == "fail":
                    sink.abort()
                    console.error("stopped at the first failed document (--on-error fail)")
                    return EXIT_FAILED
                data = _kept(item) if args.on_error == "keep" else None
            for note in result.notes:
                console.error(f"{item.label}: {note}")
            if _output_failed(sink, console, partial(sink.write, item, data)) and result.error is None:
                failed += 1
            console.update(documents, size)
    if _output_failed(sink, console, sink.close):
        failed += 1
    console.update(documents, size, final=True)
    if failed:
        console.error(f"{failed} of {documents} documents failed")
        return EXIT_FAILED
    return EXIT_OK


def _learnable(job: Job, item: Item) -> tuple[str, str | None] | str:
    """The text and site a record adds to a profile, or why it cannot (a page: its extracted text)."""
    if item.error is not None or item.data is None:
        return item.error or "unreadable"
    if not item.data:
        return "empty input"
    try:
        if job.jsonl:
            found = read_record(job, item.data)
            if isinstance(found, str):
                return found
            _, text, site = found
        else:
            text, site = read_text(job, item.data), None
        page = job.kind == "html" or (job.kind == "auto" and is_markup(text))
        return (clean_document(text, DEFAULT_PIPELINE, "html", explain=False) if page else text), site
    except CleantextError as problem:
        return str(problem)


def learn_profile(
    job: Job, sources: list[Source], console: Console, *, report: bool = True
) -> tuple[Profile, int, int]:
    """Count every record of ``sources`` into a profile; return it, the documents read and those that failed.

    A record that cannot be read is reported (unless ``report`` is false: ``--two-pass`` reports it
    once, when cleaning) and left out."""
    builder = ProfileBuilder()
    documents = failed = size = 0
    console.stage = "learning"
    for item in read_items(sources, sys.stdin.buffer, jsonl=job.jsonl):
        documents += 1
        size += len(item.data or b"")
        found = _learnable(job, item)
        if isinstance(found, str):
            failed += 1
            if report:
                console.error(f"{item.label}: {found}")
        else:
            builder.add(found[0], site=found[1])
        console.update(documents, size)
    console.update(documents, size, final=True)
    console.stage = ""
    return builder.build(), documents, failed


def learn_main(argv: Sequence[str]) -> int:
    """``cleantext learn``: write the profile of the inputs; return the exit status."""
    parser = build_learn_parser()
    args = parser.parse_args(argv)
    for option, value in (("--field", args.field), ("--site-field", args.site_field)):
        if value is not None and not args.jsonl:
            parser.error(f"{option} needs --jsonl")
    job = Job(DEFAULT_PIPELINE, args.kind, args.jsonl, args.field or "text", site_field=args.site_field)
    console = Console(sys.stderr, progress=not args.quiet and sys.stderr.isatty())
    try:
        profile, documents, failed = learn_profile(job, [Source(name) for name in args.files or [STDIN]], console)
        profile.save(args.output)
    except OSError as problem:
        console.error(f"cannot write {args.output}: {problem.strerror or problem}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    if failed:
        console.error(f"{failed} of {documents} documents failed")
    return EXIT_FAILED if failed else EXIT_OK


def _load_profile(parser: argparse.ArgumentParser, path: str) -> Profile:
    try:
        return Profile.load(path)
    except ProfileError as problem:
        parser.error(f"--profile {path}: {problem}")
    except OSError as problem:
        parser.error(f"--profile {path}: {problem.strerror or problem}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["learn"]:
        return learn_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    steps = choose_steps(parser, args.steps, args.skip)
    for option, value in (("--field", args.field), ("--site-field", args.site_field)):
        if value is not None and not args.jsonl:
            parser.error(f"{option} needs --jsonl")
    if args.profile is not None and args.two_pass:
        parser.error("--profile and --two-pass: choose one")
    if args.jobs < 0:
        parser.error("-j needs a number of worker processes, 0 or more")
    if args.jobs == 0:
        args.jobs = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    names = args.files or [STDIN]
    writes_files = args.output_dir is not None or args.in_place
    if writes_files and STDIN in names:
        parser.error("-o and --in-place need FILE arguments, not standard input")
    if args.output_dir is not None and os.path.exists(args.output_dir) and not os.path.isdir(args.output_dir):
        parser.error(f"-o {args.output_dir}: not a directory")
    if "strip_site_chrome" in repr(steps) and args.profile is None and not args.two_pass:
        parser.error("the step strip_site_chrome needs --profile or --two-pass")
    if args.two_pass and STDIN in names:
        parser.error("--two-pass reads its inputs twice: give FILE arguments, not standard input")
    profile = _load_profile(parser, args.profile) if args.profile is not None else None
    job = Job(steps, args.kind, args.jsonl, args.field or "text", args.explain, profile, args.site_field)
    sink = FileSink(in_place=args.in_place) if writes_files else StreamSink(sys.stdout.buffer)
    console = Console(sys.stderr, progress=not args.quiet and sys.stderr.isatty())
    try:
        sources = plan_sources(names, args.output_dir, args.in_place)
        if args.two_pass:
            learned, _, _ = learn_profile(job, sources, console, report=False)
            job = dataclasses.replace(job, profile=learned)
            console.stage = "cleaning"
        return run(job, sources, sink, args, console)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as problem:  # standard output failed (a full disk, say): nothing more can be written
        console.error(f"cannot write output: {problem.strerror or problem}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        sink.abort()
        return EXIT_INTERRUPTED
