"""The ``cleantext`` command: a Unix filter over the public API.

``cleantext [FILE ...]`` cleans each file (standard input when none, or ``-``) and writes the result
to standard output. Errors go to standard error, prefixed ``cleantext:``. Exit status: 0 when every
input was cleaned, 1 when some input failed (the others are still written), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import BinaryIO

from . import __version__
from .cleaner import clean, explain
from .decode import decode
from .errors import CleantextError
from .html import decode_html, is_markup

__all__ = ["main"]

PROG = "cleantext"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn messy scraped web text into clean article bodies.",
        epilog="Exit status: 0 all inputs cleaned, 1 some input failed, 2 usage error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="input files; none or '-' reads standard input")
    parser.add_argument(
        "--explain", action="store_true", help="write each removal and change, with its reason, to standard error"
    )
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument(
        "--html", dest="kind", action="store_const", const="html", help="read every input as an HTML page"
    )
    kind.add_argument("--text", dest="kind", action="store_const", const="text", help="read every input as text")
    parser.set_defaults(kind="auto")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def error(message: str) -> None:
    """Report ``message`` on standard error, prefixed with the program's name."""
    print(f"{PROG}: {message}", file=sys.stderr)


def _read(name: str, stdin: BinaryIO) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    names = args.files or ["-"]
    status = EXIT_OK
    out = sys.stdout.buffer
    try:
        for name in names:
            label = "<stdin>" if name == "-" else name
            try:
                data = _read(name, sys.stdin.buffer)
                page = args.kind == "html" or (args.kind == "auto" and is_markup(data))
                text = decode_html(data) if page else decode(data)
            except (OSError, CleantextError) as problem:
                reason = problem.strerror if isinstance(problem, OSError) and problem.strerror else str(problem)
                error(f"{label}: {reason}")
                status = EXIT_FAILED
                continue
            try:
                report = explain(text, kind=args.kind) if args.explain else None
                cleaned = report.text if report is not None else clean(text, kind=args.kind)
            except CleantextError as problem:  # an HTML page that cannot be extracted
                error(f"{label}: {problem}")
                status = EXIT_FAILED
                continue
            for line in report.lines() if report is not None else ():
                print(f"{PROG}: {label}: {line}", file=sys.stderr)
            out.write(cleaned.encode("utf-8", "surrogatepass"))
        out.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from complaining at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    return status
