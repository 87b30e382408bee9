"""The inputs named on the command line: where each one's output goes, and what reading it needs.

:func:`plan_sources` gives each input its :class:`~cleantext.batch.Source`: its output file (``-o DIR``,
``--in-place``), named for its output format, and refused when it would overwrite its input, replace a
special file, or be shared with another input. :func:`missing_extra` says which extra an input or an
output format needs that is not installed, before anything is read.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import stat
from collections.abc import Sequence

from .batch import Source
from .compression import by_extension as codec_named
from .formats import FORMATS, by_name, target_name

__all__ = ["EXTRAS", "HTML_EXTENSIONS", "missing_extra", "plan_sources"]

#: Input files read as HTML pages unless ``--text`` says otherwise (the extension counts).
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")

#: What each optional reader or writer needs: the extra, and a module it brings.
EXTRAS = {"warc": "fastwarc", "parquet": "pyarrow", "zstd": "zstandard"}


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _special(path: str) -> str | None:
    """What ``path`` is if it exists and is neither a regular file nor a folder ("a FIFO", ...)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return next((name for test, name in _SPECIAL_FILES if test(mode)), None)


def plan_sources(
    names: Sequence[str],
    output_dir: str | None,
    in_place: bool,
    *,
    by_extension: bool = False,
    source_format: str | None = None,
    to: str | None = None,
) -> list[Source]:
    """Each input with its output file; refuse an output that would overwrite its input or a special file.

    With ``by_extension``, a FILE named ``*.html`` or ``*.htm`` is read as an HTML page. An output in
    another format than its input's (``--to``, or WARC input) is named for it: ``DIR/crawl.jsonl.gz``
    for ``crawl.warc.gz``.
    """
    sources: list[Source] = []
    claimed: dict[str, str] = {}
    for name in names:
        kind = "html" if by_extension and name.lower().endswith(HTML_EXTENSIONS) else None
        size = None
        with contextlib.suppress(OSError):
            info = os.stat(name)
            size = info.st_size if stat.S_ISREG(info.st_mode) else None
        if output_dir is None and not in_place:
            sources.append(Source(name, kind=kind, size=size))
            continue
        fmt = FORMATS[source_format] if source_format is not None else by_name(name)
        output = to or (fmt.output if fmt is not None else "text")
        if in_place:
            target = os.path.realpath(name)
        else:
            relative = os.path.relpath(os.path.abspath(name))
            if relative == os.pardir or relative.startswith(os.pardir + os.sep):
                relative = os.path.basename(name)  # outside the current directory: the file's name only
            target = os.path.join(output_dir or ".", target_name(relative, fmt, output))
        problem = None
        if in_place and (special := _special(name)):
            problem = f"--in-place replaces regular files only, and this is {special}"
        elif in_place and output != (fmt.name if fmt is not None else "text"):
            problem = f"--in-place writes a file in its own format, and this one would become {output} (use -o DIR)"
        elif not in_place and (special := _special(target)):
            problem = f"refusing to replace {target}, {special}, with a file"
        elif not in_place and os.path.exists(name) and os.path.exists(target) and os.path.samefile(name, target):
            problem = f"refusing to overwrite the input with its output {target}"
        elif os.path.realpath(target) in claimed:
            problem = f"same output file as {claimed[os.path.realpath(target)]}: {target}"
        else:
            claimed[os.path.realpath(target)] = name
        sources.append(Source(name, target, problem, kind, size))
    return sources


def missing_extra(names: Sequence[str], source_format: str | None, to: str | None) -> str | None:
    """Why the inputs ``names`` (read by their names, or as ``source_format``) or an output in ``to``
    cannot be read or written here: an extra not installed. ``None``: nothing is missing.

    >>> missing_extra(["notes.txt", "crawl.jsonl.gz"], None, "jsonl") is None
    True
    """
    wanted: list[tuple[str, str]] = []
    for name in names:
        fmt = FORMATS[source_format] if source_format else by_name(name)
        codec = codec_named(name)
        if codec is not None and codec.extra:
            wanted.append((codec.extra, f"reading {name}"))
        if fmt is not None and fmt.extra:
            wanted.append((fmt.extra, f"reading {name}"))
    if to is not None and FORMATS[to].extra:
        wanted.append((FORMATS[to].extra, f"writing {to}"))  # type: ignore[arg-type]
    for extra, doing in wanted:
        if not _installed(EXTRAS[extra]):
            return f"{doing} needs {EXTRAS[extra]}: install cleantext-news[{extra}]"
    return None


def _installed(module: str) -> bool:
    """Whether ``module`` can be imported (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a module blocked in sys.modules, or a broken parent package
        return False
