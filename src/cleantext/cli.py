"""The ``cleantext`` command: a Unix filter over the public API.

``cleantext [FILE ...]`` cleans each file (standard input when none, or ``-``) and writes the result
to standard output; ``-o DIR`` or ``--in-place`` write one output file per input instead. Inputs may
be compressed (gzip, bzip2, xz, zstd) and hold many records: JSON Lines (``--jsonl``: one field of
every record is cleaned), WARC and WET files, Parquet; ``--to`` chooses the output format (text, JSON
Lines, Parquet). ``cleantext learn`` writes a site profile that
``--profile`` then uses (``--two-pass`` does both). Errors go to standard error, prefixed
``cleantext:``. Exit status: 0 when every input was cleaned, 1 when some input failed (the others are
still written), 2 for a usage error, 128 + the signal's number when interrupted (130: Ctrl-C). This
module parses and checks the arguments; a run's passes over the inputs, its messages and progress line
are :mod:`cleantext.runs`, and the machinery under them :mod:`cleantext.batch`, :mod:`cleantext.records`
and :mod:`cleantext.sinks`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from typing import NoReturn

from . import (
    Config,
    OptionError,
    Pipeline,
    Profile,
    ProfileError,
    __version__,
    parse_steps,
    pipeline,
    registered_steps,
)
from .batch import STDIN, Interrupted, Job, catch_signals, restore_signals
from .compression import by_extension
from .formats import FORMATS, OUTPUTS, by_name
from .runs import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    Console,
    Tally,
    end_interrupted,
    learn_profile,
    run,
    shows_progress,
)
from .sinks import FileSink, StreamSink
from .sources import missing_extra, plan_sources

__all__ = ["build_parser", "command", "main"]

#: The default ``--max-bytes``: far above any article, low enough that a few workers holding such a
#: record each (about ten times its size in memory) do not exhaust a machine. 0 lifts the limit.
DEFAULT_MAX_BYTES = 64_000_000
EPILOG = (
    "Exit status: 0 all inputs cleaned, 1 some input failed (the others are still written), 2 usage error, "
    "128+N stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP: outputs being written are left as "
    "they were, worker processes ended)."
)


def parse_size(value: str) -> int:
    """A byte count for ``--max-bytes``: a number, optionally with k, M or G (powers of 1000).

    >>> parse_size("64M"), parse_size("500k"), parse_size("0"), parse_size("1.5G")
    (64000000, 500000, 0, 1500000000)
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
    if match is None:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (a number of bytes, or with k, M or G)")
    number, unit = match.groups()
    return int(float(number) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[unit.lower()])


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser (docs/cli.md is generated from it)."""
    parser = argparse.ArgumentParser(
        prog=PROG, description="Turn messy scraped web text into clean article bodies.", epilog=EPILOG
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="write each removal and change, with its reason, to standard error "
        "(JSON Lines and Parquet output: add the removed lines to each record as 'cleantext_removed')",
    )
    _add_formats(parser)
    records = parser.add_argument_group("records (JSON Lines, WARC, Parquet)")
    records.add_argument(
        "--to",
        choices=OUTPUTS,
        help="the output format (default: each input's own; WARC records go out as JSON Lines; to standard "
        "output, the first input's)",
    )
    _add_fields(records)
    records.add_argument(
        "--id-field",
        metavar="NAME",
        help="the field (or column) identifying each record: named in messages, and the 'id' of another output format",
    )
    site = parser.add_argument_group("site profiles (see 'cleantext learn --help')")
    site.add_argument(
        "--profile",
        metavar="FILE",
        help="also remove the lines this site profile (written by 'cleantext learn') saw on many pages of the "
        "record's site",
    )
    site.add_argument(
        "--two-pass",
        action="store_true",
        help="learn a site profile from the inputs first (FILE arguments only), then clean them with it",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "-o",
        "--output-dir",
        metavar="DIR",
        help="write each cleaned FILE to DIR/<its path relative to the current directory> "
        "(a FILE outside it: DIR/<its name>)",
    )
    output.add_argument(
        "--in-place",
        action="store_true",
        help="replace each FILE by its cleaned text, atomically; a FILE already clean is not rewritten",
    )
    parser.add_argument(
        "-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1; 0: one per core)"
    )
    _add_max_bytes(parser)
    names = ", ".join(sorted(registered_steps()))
    parser.add_argument("--steps", metavar="A,B,...", help=f"run these steps, in this order ({names})")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="NAME",
        help="leave this step out of each document's steps: those of its route (text or HTML page), or --steps",
    )
    settable = ", ".join(f"{name} ({value})" for name, value in Config().settings().items())
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        dest="settings",
        metavar="STEP.OPTION=VALUE",
        help=f"set an option of a step (repeat for more); the options, with their defaults: {settable}",
    )
    _add_kind(parser)
    parser.add_argument(
        "--on-error",
        choices=("skip", "keep", "fail"),
        default="skip",
        help="a bad record is left out (skip, the default), written unchanged (keep), or stops the run (fail)",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line (shown only when standard error is a terminal)"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


SITE_FIELD_HELP = "the field (or column) naming each record's site: a URL or a site name (WARC: the target URI)"


def _add_formats(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=[name for name, row in FORMATS.items() if row.split is not None],
        help="read every input in this format (default: by its name -- *.jsonl, *.warc, *.wet, *.parquet, each "
        "maybe compressed: *.gz, *.bz2, *.xz, *.zst -- else by its content, else text)",
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="the same as --from jsonl: each input line is a JSON object"
    )


def _add_fields(group: argparse._ArgumentGroup) -> None:
    group.add_argument(
        "--field",
        metavar="NAME",
        help="the field holding each record's text (default: text): a JSON path such as meta.body, or a Parquet column",
    )
    group.add_argument("--site-field", metavar="NAME", help=SITE_FIELD_HELP)


def _add_max_bytes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=parse_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip and report a document or JSON line larger than N bytes (k, M, G: powers of 1000; "
        f"default {DEFAULT_MAX_BYTES // 10**6}M; 0: no limit)",
    )


def _add_kind(parser: argparse.ArgumentParser) -> None:
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--html",
        dest="kind",
        action="store_const",
        const="html",
        help="the input is an HTML page (default: a page if it is markup or named *.html, *.htm, *.xhtml)",
    )
    kind.add_argument("--text", dest="kind", action="store_const", const="text", help="the input is plain text")
    parser.set_defaults(kind="auto")


def build_learn_parser() -> argparse.ArgumentParser:
    """The parser of ``cleantext learn`` (docs/cli.md is generated from it too)."""
    parser = argparse.ArgumentParser(
        prog=f"{PROG} learn",
        description="Learn a site profile: on how many pages of each site every line appears. "
        "An HTML page is learned as its extracted text. A file named 'learn' is given as './learn'.",
        epilog="Exit status: 0 every input read, 1 some input failed (the profile is still written), 2 usage error, "
        "128+N stopped by signal N (no profile written).",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input")
    parser.add_argument("-o", "--output", metavar="PROFILE", required=True, help="the profile file to write")
    _add_formats(parser)
    _add_fields(parser)
    _add_max_bytes(parser)
    _add_kind(parser)
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress line (shown only when standard error is a terminal)"
    )
    return parser


def choose_steps(
    parser: argparse.ArgumentParser, steps: str | None, skip: Sequence[str]
) -> tuple[Pipeline | None, frozenset[str]]:
    """The pipeline ``--steps`` asks for (:func:`cleantext.parse_steps`) without the steps ``--skip`` names;
    without ``--steps``, ``None`` and those names: each document then runs the steps of its route
    (:func:`cleantext.route`) but those. A ``--skip`` naming a step that would not run is refused."""
    try:
        wanted = None if steps is None else parse_steps(steps)
        left_out = frozenset(parse_steps(",".join(skip)).names)
    except OptionError as problem:
        parser.error(str(problem))
    if wanted is None:
        routes = {way: Config().pipeline(way).names for way in ("text", "html")}
        known = {name for names in routes.values() for name in names}
        known |= set(Config().rules().names)  # keep_article's rules, left out of it
        if unknown := sorted(left_out - known):
            shown = "; ".join(f"{way}: {', '.join(names)}" for way, names in routes.items())
            parser.error(f"--skip {unknown[0]}: not a step of either route ({shown}); --steps chooses others")
        return None, left_out
    if unknown := sorted(left_out - set(wanted.names)):
        parser.error(f"--skip {unknown[0]}: not one of --steps {steps}")
    kept = (step for step, name in zip(wanted.steps, wanted.names, strict=True) if name not in left_out)
    return pipeline(*kept), frozenset()


def _check_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """``--jsonl`` as ``--from jsonl``; field options only for inputs with fields; the extras the inputs need."""
    if args.jsonl:
        if args.source_format not in (None, "jsonl"):
            parser.error(f"--jsonl and --from {args.source_format}: choose one")
        args.source_format = "jsonl"
    named = (
        {args.source_format} if args.source_format else {getattr(by_name(name), "name", None) for name in args.files}
    )
    for option in ("--field", "--id-field", "--site-field"):
        if getattr(args, option[2:].replace("-", "_"), None) is not None and not named & {"jsonl", "parquet"}:
            parser.error(
                f"{option} needs records with fields: --jsonl, --from parquet, or FILEs named *.jsonl or *.parquet"
            )


def learn_main(argv: Sequence[str]) -> int:
    """``cleantext learn``: write the site profile of the inputs; return the exit status."""
    parser = build_learn_parser()
    args = parser.parse_args(argv)
    _check_options(parser, args)
    console = Console(sys.stderr, progress=not args.quiet and sys.stderr.isatty())
    if missing := missing_extra(args.files, args.source_format, getattr(args, "to", None)):
        console.error(missing)
        return EXIT_USAGE
    job = Job(None, args.kind, args.field or "text", site_field=args.site_field)
    console.stage = "learning"
    names = args.files or [STDIN]
    sources = plan_sources(names, None, False, by_extension=_by_extension(args))
    tally = Tally()
    handlers = catch_signals()
    try:
        profile = learn_profile(job, sources, args.max_bytes, console, tally, source_format=args.source_format)
        profile.save(args.output)
    except OSError as problem:
        console.error(f"cannot write {args.output}: {problem.strerror or problem}")
        return EXIT_FAILED
    except (Interrupted, KeyboardInterrupt) as stop:
        signum = stop.signum if isinstance(stop, Interrupted) else 2
        console.error(f"interrupted by {Interrupted(signum).name} after {tally.read()}; no profile written")
        return 128 + signum
    finally:
        restore_signals(handlers)
    if tally.failed:
        console.error(f"{tally.failed} of {tally.documents} documents failed")
        return EXIT_FAILED
    return EXIT_OK


def _parquet_output(args: argparse.Namespace, names: Sequence[str]) -> bool:
    """Whether standard output would get Parquet: ``--to parquet``, or a first input that is Parquet by name."""
    first = FORMATS[args.source_format] if args.source_format else by_name(names[0])
    return args.to == "parquet" or (args.to is None and first is not None and first.output == "parquet")


def _by_extension(args: argparse.Namespace) -> bool:
    """Whether a FILE named ``*.html`` is read as a page: unless ``--html``/``--text`` or a format says otherwise."""
    return args.kind == "auto" and args.source_format in (None, "text")


def _load_profile(parser: argparse.ArgumentParser, path: str) -> Profile:
    try:
        return Profile.load(path)
    except ProfileError as problem:
        parser.error(f"--profile {path}: {problem}")
    except OSError as problem:
        parser.error(f"--profile {path}: {problem.strerror or problem}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (``learn`` as its first argument: :func:`learn_main`); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["learn"]:
        return learn_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    steps, skip = choose_steps(parser, args.steps, args.skip)
    try:
        config = Config().with_settings(args.settings) if args.settings else None
    except OptionError as problem:
        parser.error(f"--set: {problem}")
    _check_options(parser, args)
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
    for step, option in () if steps is None else steps.missing_options():
        if (step, option) != ("strip_site_chrome", "profile"):
            parser.error(f"the step {step} needs its option {option!r}, which the command cannot give")
        if args.profile is None and not args.two_pass:
            parser.error("the step strip_site_chrome needs a site profile: give --profile FILE or --two-pass")
    if args.two_pass and STDIN in names:
        parser.error("--two-pass reads its inputs twice: give FILE arguments, not standard input")
    if not writes_files and _parquet_output(args, names) and sys.stdout.isatty():
        parser.error("Parquet output is binary: redirect standard output to a file, use -o DIR, or give --to jsonl")
    profile = _load_profile(parser, args.profile) if args.profile is not None else None
    job = Job(
        steps, args.kind, args.field or "text", args.explain, profile, args.site_field, args.id_field, config, skip
    )
    console = Console(sys.stderr, progress=shows_progress(args))
    if missing := missing_extra(args.files, args.source_format, getattr(args, "to", None)):
        console.error(missing)
        return EXIT_USAGE
    sink = FileSink(in_place=args.in_place, job=job) if writes_files else StreamSink(sys.stdout.buffer, job)
    sources = plan_sources(
        names,
        args.output_dir,
        args.in_place,
        by_extension=_by_extension(args),
        source_format=args.source_format,
        to=args.to,
    )
    sizes = [source.size for source in sources]
    compressed = any(by_extension(name) for name in names)  # the progress counts decompressed bytes
    tally = Tally(total=None if compressed or None in sizes else sum(size or 0 for size in sizes))
    if STDIN in names and sys.stdin.isatty():
        console.error("reading standard input (end it with Ctrl-D; cleantext --help for usage)")
    handlers = catch_signals()
    try:
        if args.two_pass:
            console.stage = "learning"
            learned = learn_profile(
                job,
                sources,
                args.max_bytes,
                console,
                Tally(total=tally.total),
                source_format=args.source_format,
                report=False,
            )
            job = replace(job, profile=learned)
            console.stage = "cleaning"
            tally.started = time.monotonic()
        return run(job, sources, sink, args, console, tally)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as problem:  # standard output failed (a full disk, say): nothing more can be written
        console.error(f"cannot write output: {problem.strerror or problem}")
        return EXIT_FAILED
    except Interrupted as stop:
        return end_interrupted(stop.signum, sink, console, tally)
    except KeyboardInterrupt:  # Ctrl-C before the handlers were in place
        return end_interrupted(2, sink, console, tally)
    finally:
        restore_signals(handlers)


def command() -> NoReturn:
    """The ``cleantext`` program: :func:`main`, then exit -- at once when a signal ended the run.

    An interrupted run has already ended its workers and removed its temporary files; it does not wait
    for the worker pool's threads, which a worker ended in the middle of sending a result could hold up.
    """
    status = main()
    if status >= 128:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(status)
    sys.exit(status)
