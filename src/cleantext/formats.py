"""The formats of the ``cleantext`` command, in one table: :data:`FORMATS`.

Each :class:`Format` is a row: how its files are named and how its content starts (how an input is
recognised), its reader (``split`` an input into records, ``read`` one record's text, ``splice`` a
cleaned record back into its own format when it is written in it, ``keep`` a failed one unchanged),
the output format its records go to by default, and its writer. The formats:

=========  =======================  =====================================  ===================
name       recognised by            a record is                            written as
=========  =======================  =====================================  ===================
text       any other input          the whole input (``*.html``: a page)   text
jsonl      ``*.jsonl``, ``--jsonl``  a line (a JSON object; one field)      JSON Lines
warc       ``*.warc``, ``*.wet``,   an HTML response, a WET conversion     (JSON Lines)
           ``WARC/`` at the start
parquet    ``*.parquet``, ``PAR1``  a row (one string column)              Parquet
=========  =======================  =====================================  ===================

Compression is a layer under every format (:mod:`cleantext.compression`): ``crawl.warc.gz`` is a
gzip stream of a WARC file. The WARC reader and Parquet reader and writer are extras (``warc``,
``parquet``): their modules import FastWARC and pyarrow when a file comes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

import cleantext

from . import jsonlines, parquet, warc
from .compression import by_extension, head
from .records import (
    BatchItem,
    Document,
    Job,
    Record,
    Result,
    Route,
    Task,
    clean_document,
    clean_in_pieces,
    finished,
    read_text,
    text_output,
)
from .records import split_document as _split_document

__all__ = [
    "FORMATS",
    "Format",
    "Writer",
    "by_name",
    "clean_record",
    "learnable",
    "open_writer",
    "recognise",
    "route",
    "target_name",
]


class Writer(Protocol):
    """One output (a file, or standard output): the bytes each record adds, and those that end it."""

    def write(self, item: BatchItem, result: Result | None, keep: bool) -> bytes: ...

    def close(self) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Format:
    """A row of :data:`FORMATS`. A reader has ``split`` (an input into records, each at most ``limit``
    bytes) and ``read`` (one record's :class:`~cleantext.records.Document`, or why not); ``splice`` cleans
    a record into its own format keeping the rest of it; ``keep`` gives a failed record's bytes as
    ``--on-error keep`` writes them in its own format. ``output`` is where its records go by default;
    ``writer`` makes a :class:`Writer` of this format (``None``: records are written by the worker,
    :func:`~cleantext.records.finished`, and joined). ``unit`` names a record in messages ("" for a
    whole input); ``extra`` names the extra its reader or writer needs.
    """

    name: str
    extensions: tuple[str, ...]
    magic: bytes | None
    unit: str
    split: Callable[[BinaryIO, Job, int], Iterator[Record]] | None
    read: Callable[[Job, list[bytes], Task], Document | str] | None
    output: str | None
    splice: Callable[[Job, list[bytes], Task], Result] | None = None
    keep: Callable[[bytes], bytes] | None = None
    writer: Callable[[Job], Writer] | None = None
    extra: str | None = None


def _keep_line(data: bytes) -> bytes:
    return data if data.endswith(b"\n") else data + b"\n"


def _keep_document(data: bytes) -> bytes:
    return data


#: Every format, by name.
FORMATS: dict[str, Format] = {
    "text": Format(
        name="text",
        extensions=(".txt", ".text", ".html", ".htm", ".xhtml"),
        magic=None,
        unit="",
        split=_split_document,
        read=read_text,
        output="text",
        keep=_keep_document,
    ),
    "jsonl": Format(
        name="jsonl",
        extensions=(".jsonl", ".ndjson"),
        magic=None,
        unit="line",
        split=jsonlines.split_lines,
        read=jsonlines.read_record,
        output="jsonl",
        splice=jsonlines.splice,
        keep=_keep_line,
    ),
    "warc": Format(
        name="warc",
        extensions=(".warc", ".wet"),
        magic=b"WARC/",
        unit="record",
        split=warc.split_records,
        read=read_text,
        output="jsonl",
        extra="warc",
    ),
    "parquet": Format(
        name="parquet",
        extensions=(".parquet", ".pq"),
        magic=b"PAR1",
        unit="row",
        split=parquet.split_rows,
        read=read_text,
        output="parquet",
        writer=parquet.ParquetWriter,
        extra="parquet",
    ),
}
#: The formats records can be written in (``--to``).
OUTPUTS = ("text", "jsonl", "parquet")


def by_name(name: str) -> Format | None:
    """The format a file's name gives (a compression extension aside), if any.

    >>> by_name("crawl.warc.gz").name, by_name("rows.parquet").name, by_name("notes.md")
    ('warc', 'parquet', None)
    """
    lowered = name.lower()
    codec = by_extension(lowered)
    if codec is not None:
        lowered = lowered[: -len(codec.extension)]
    return next((row for row in FORMATS.values() if lowered.endswith(row.extensions)), None)


def recognise(handle: BinaryIO, name: str) -> Format:
    """The format of an (uncompressed) input: by its file name, else by how its content starts, else text."""
    named = by_name(name)
    if named is not None:
        return named
    start = head(handle, 8)
    return next((row for row in FORMATS.values() if row.magic and start.startswith(row.magic)), FORMATS["text"])


def target_name(path: str, source: Format | None, output: str) -> str:
    """The output file name for ``path``: its own when written in its format, else with the output
    format's extension in place of the input's (a compression extension kept).

    >>> target_name("crawl/CC-1.warc.gz", FORMATS["warc"], "jsonl")
    'crawl/CC-1.jsonl.gz'
    >>> target_name("notes.md", None, "jsonl"), target_name("a.jsonl", FORMATS["jsonl"], "jsonl")
    ('notes.md.jsonl', 'a.jsonl')
    """
    if source is not None and source.name == output:
        return path
    codec = by_extension(path)
    stem, suffix = (path[: -len(codec.extension)], path[-len(codec.extension) :]) if codec else (path, "")
    if source is not None:
        found = next((extension for extension in source.extensions if stem.lower().endswith(extension)), "")
        stem = stem[: len(stem) - len(found)]
    return stem + FORMATS[output].extensions[0] + suffix


class _Joined:
    """The writer of a format whose records the workers write (text, JSON Lines): their bytes, in order."""

    def __init__(self, job: Job, output: str) -> None:
        self.output = output

    def write(self, item: BatchItem, result: Result | None, keep: bool) -> bytes:
        if result is not None:
            return result.output or b""
        same = item.route is not None and item.route.format == self.output
        keeper = FORMATS[self.output].keep
        return keeper(item.data) if keep and same and keeper is not None and item.data is not None else b""

    def close(self) -> bytes:
        return b""


def open_writer(job: Job, output: str) -> Writer:
    """A new :class:`Writer` for one output in the format ``output``."""
    maker = FORMATS[output].writer
    return maker(job) if maker is not None else _Joined(job, output)


def clean_record(job: Job, box: list[bytes], task: Task) -> Result:
    """Clean one record (its bytes in ``box``, taken out) for ``job``: read it by its format, clean it,
    write it for its output (see :func:`~cleantext.records.finished`); a bad record gives its error."""
    source = FORMATS[task.route.format]
    if source.splice is not None and task.route.output == source.name:
        return source.splice(job, box, task)
    assert source.read is not None
    found = source.read(job, box, task)
    if isinstance(found, str):
        return Result(None, found)
    text, kind, site, meta = found
    del found
    try:
        if task.route.output == "text" and not job.explain:  # the text handed over, the result in pieces
            box = [text]
            del text
            return text_output(task, clean_in_pieces(job, box, kind, site))
        done = clean_document(job, text, kind, site)
    except cleantext.CleantextError as problem:
        return Result(None, str(problem))
    del text
    return finished(job, task, done, meta)


def learnable(job: Job, data: bytes, task: Task) -> tuple[str, str | None] | str:
    """The text and site one record adds to a site profile, read as its cleaning reads it (a page: its
    extracted article text); or why it cannot be read.
    """
    reader = FORMATS[task.route.format].read
    assert reader is not None
    found = reader(job, [data], task)
    if isinstance(found, str):
        return found
    text, kind, site, _ = found
    if cleantext.route(text, kind) == "html":
        try:
            text = cleantext.from_html(text)
        except cleantext.CleantextError as problem:
            return str(problem)
    return text, site


def route(fmt: Format, to: str | None, codec: str | None) -> Route:
    """The :class:`~cleantext.records.Route` of an input of format ``fmt``: to ``to``, or its own output."""
    output = to or fmt.output
    assert output is not None
    return Route(fmt.name, output, codec)
