"""Records of the ``cleantext`` command: what a format's reader gives, what a worker cleans, what it returns.

An input is split into :class:`Record` values by its format's reader (the table is
:data:`cleantext.formats.FORMATS`): one per plain-text document, JSON line, WARC record or Parquet row.
A worker cleans a record's bytes for a :class:`Job` and a :class:`Task` (its kind, its :class:`Route`
-- which format it came in and goes out in -- and its :class:`Meta`: id and URL) and returns a
:class:`Result`. This module holds those types, cleaning one document (:func:`clean_document`), the
plain-text format, and how cleaned text goes out as text or as a JSON object (:func:`finished`).
Only the public API of :mod:`cleantext` is used.
"""

from __future__ import annotations

import functools
import io
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple, Protocol

import cleantext

__all__ = [
    "BatchItem",
    "Document",
    "Job",
    "Meta",
    "Record",
    "Result",
    "Route",
    "Task",
    "clean_document",
    "clean_in_pieces",
    "finished",
    "read_text",
    "removed_of",
    "route_without",
    "split_document",
    "text_output",
    "too_large",
]

#: The line that ends each record of a many-record input in text output (a form feed: a page break).
RECORD_END = "\f\n"


def clean_document(job: Job, text: str, kind: str, site: str | None = None) -> cleantext.Report | str:
    """Clean one document for ``job``; with ``job.explain``, return the whole :class:`~cleantext.Report`.

    ``kind`` is ``"auto"``, ``"html"`` or ``"text"`` (``--html`` / ``--text``), as for
    :func:`cleantext.clean`, which this is, with the job's steps (``--steps``, ``--skip``), options
    (``--set``) and site profile (``--profile``, ``--two-pass``) for ``site``.
    """
    act = cleantext.explain if job.explain else cleantext.clean
    kind, steps = job.steps_for(text, kind)
    return act(text, kind=kind, config=job.config, steps=steps, profile=job.profile, site=site)


def clean_in_pieces(job: Job, box: list[str], kind: str, site: str | None = None) -> Iterator[str]:
    """:func:`clean_document` without ``explain``, the text taken out of ``box``, the result in pieces
    (:func:`cleantext.clean_pieces`): how a document goes to text output, never held whole beside it."""
    kind, steps = job.steps_for(box[-1], kind)
    return cleantext.clean_pieces(box, kind=kind, config=job.config, steps=steps, profile=job.profile, site=site)


@functools.cache
def route_without(way: str, skip: frozenset[str], config: cleantext.Config | None = None) -> cleantext.Pipeline:
    """The steps of the route ``way`` (``"text"`` or ``"html"``) with the options of ``config``, but those
    named in ``skip``; a rule step named there is also left out of the rules that annotate for
    :func:`cleantext.keep_article` (:meth:`cleantext.Config.rules`).

    >>> route_without("html", frozenset({"strip_chrome"}))
    pipeline(repair, tidy)
    >>> route_without("text", frozenset({"strip_boilerplate"}))
    pipeline(repair, partial(keep_article, rules=pipeline(drop_duplicates, strip_chrome)), tidy)
    """
    config = cleantext.Config() if config is None else config
    steps = []
    chain = config.pipeline(way)
    for step, name in zip(chain.steps, chain.names, strict=True):
        if name in skip:
            continue
        if name == "keep_article":
            rules = config.rules()
            kept = [rule for rule, rule_name in zip(rules.steps, rules.names, strict=True) if rule_name not in skip]
            if len(kept) < len(rules.steps):
                given = step.keywords if isinstance(step, functools.partial) else {}
                step = functools.partial(cleantext.keep_article, **{**given, "rules": cleantext.pipeline(*kept)})
        steps.append(step)
    return cleantext.pipeline(*steps)


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with each record; pickled once into every worker process.

    ``field`` is the field (a dotted path into JSON objects, or a Parquet column) that holds each
    record's text; ``id_field`` and ``site_field`` name the fields that identify a record and name its
    site (a URL or a site name). A site ``profile`` (``--profile``, ``--two-pass``) also removes each
    site's furniture. ``steps`` (``--steps``; ``None``: those of each document's route, but the steps
    named in ``skip``, ``--skip``) run with the options of ``config`` (``--set``; ``None``: the defaults).
    """

    steps: cleantext.Pipeline | None = None
    kind: str = "auto"
    field: str = "text"
    explain: bool = False
    profile: cleantext.Profile | None = None
    site_field: str | None = None
    id_field: str | None = None
    config: cleantext.Config | None = None
    skip: frozenset[str] = frozenset()

    def steps_for(self, text: str, kind: str) -> tuple[str, cleantext.Pipeline | None]:
        """The kind to clean ``text`` as and the steps to clean it with: with steps to skip and no
        ``steps``, the document's route (:func:`cleantext.route`) and that route's steps but those.

        >>> Job(skip=frozenset({"strip_chrome"})).steps_for("<p>A page</p><p>of markup</p>", "auto")
        ('html', pipeline(repair, tidy))
        >>> Job().steps_for("A text", "auto")
        ('auto', None)
        """
        if self.steps is not None or not self.skip:
            return kind, self.steps
        way = cleantext.route(text, kind)
        return way, route_without(way, self.skip, self.config)


class Route(NamedTuple):
    """How the records of one input travel: the ``format`` they are read in, the ``output`` format they
    are written in, and the ``codec`` of the input (an output file keeps it; ``None``: uncompressed)."""

    format: str
    output: str
    codec: str | None = None


class Meta(NamedTuple):
    """What identifies a record: its ``id`` (a file name, a WARC-Record-ID, the ``--id-field`` value) and
    its ``url`` (a WARC record's target URI, the ``--site-field`` value)."""

    id: str | None = None
    url: str | None = None


class BatchItem(Protocol):
    """What a writer reads of one record of a batch (:class:`cleantext.batch.Item`): the :class:`Route` it came
    by, its bytes as they came (``None``: not read), and what its reader holds of it (a Parquet row)."""

    @property
    def route(self) -> Route | None: ...
    @property
    def data(self) -> bytes | None: ...
    @property
    def hold(self) -> object: ...


class Task(NamedTuple):
    """What a worker is told about one record besides its bytes: the ``kind`` it is cleaned as, its
    :class:`Route` and its :class:`Meta` as the reader found them."""

    kind: str
    route: Route
    meta: Meta | None = None


class Result(NamedTuple):
    """A cleaned record, or why it failed (``error``).

    ``output`` is the record as it is written (text, or a JSON line); for an output format that a
    writer builds from many records (Parquet), ``output`` is ``None`` and ``text``, ``removed`` and
    ``meta`` carry the record instead. ``notes`` are ``--explain`` lines for standard error.
    """

    output: bytes | None
    error: str | None = None
    notes: tuple[str, ...] = ()
    text: str | None = None
    removed: tuple[dict[str, object], ...] | None = None
    meta: Meta | None = None


class Document(NamedTuple):
    """A record as read for cleaning: its ``text``, the ``kind`` it is cleaned as, its ``site`` and ``meta``."""

    text: str
    kind: str
    site: str | None = None
    meta: Meta | None = None


class Record(NamedTuple):
    """One record as split from its input: its bytes, or why it could not be read (``problem``).

    ``line`` is the 1-based number of a record in an input of many (a line, a WARC record, a row),
    ``None`` for a whole document; ``size`` the bytes it took in the input (a record over the limit is
    measured, not kept). ``kind`` is how the reader says to read it (a WARC record's content type);
    ``meta`` goes to the worker with it; ``hold`` stays in this process for the writer (a Parquet row).
    ``broken`` marks the problem that ended its input early (a truncated stream): no record follows.
    """

    data: bytes | None
    line: int | None = None
    problem: str | None = None
    size: int = 0
    kind: str | None = None
    meta: Meta | None = None
    hold: object = None
    broken: bool = False


def too_large(size: int, limit: int) -> str:
    """The message for a record over ``--max-bytes``."""
    return f"{size:,} bytes, over the limit of {limit:,} (--max-bytes; 0: no limit); skipped"


def removed_of(report: cleantext.Report) -> tuple[dict[str, object], ...]:
    """The removed lines of ``report`` as ``--explain`` writes them into a record (``cleantext_removed``)."""
    return tuple(
        {"line": edit.line + 1, "step": edit.step, "reason": edit.label, "text": edit.before} for edit in report.removed
    )


def finished(job: Job, task: Task, done: cleantext.Report | str, meta: Meta | None) -> Result:
    """The :class:`Result` of a cleaned record, as its output format takes it.

    Text: the cleaned text (each record of a many-record input ended by a form-feed line), ``--explain``
    on standard error. JSON Lines: an object ``{"id", "url", "text"}`` (with ``--explain``,
    ``cleantext_removed``). Parquet: the parts, which its writer puts into columns.
    """
    text = done if isinstance(done, str) else done.text
    output = task.route.output
    if output == "text":
        return text_output(task, iter((text,)), notes=() if isinstance(done, str) else tuple(done.lines()))
    removed = None if isinstance(done, str) else removed_of(done)
    if output == "jsonl":
        meta = meta or Meta()
        record: dict[str, object] = {"id": meta.id, "url": meta.url, "text": text}
        if removed is not None:
            record["cleantext_removed"] = list(removed)
        return Result((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace"))
    return Result(None, text=text, removed=removed, meta=meta)


def text_output(task: Task, pieces: Iterator[str], notes: tuple[str, ...] = ()) -> Result:
    """The :class:`Result` of a record cleaned into text output, from its text in pieces (each encoded
    and let go of in turn; see :func:`clean_in_pieces`), ended as its input's records are."""
    encoded = [piece.encode("utf-8", "surrogatepass") for piece in pieces]
    if task.route.format != "text":
        encoded.append(RECORD_END.encode("utf-8"))
    return Result(b"".join(encoded), notes=notes)


# --- plain text: one document per input ------------------------------------------------------------


def _file_size(handle: BinaryIO) -> int | None:
    """The size of a regular file behind ``handle`` (``None`` for a pipe, a terminal, a BytesIO, a decompressor)."""
    try:
        info = os.fstat(handle.fileno())
    except (OSError, AttributeError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def split_document(handle: BinaryIO, job: Job, limit: int) -> Iterator[Record]:
    """The whole input as one record; an input over ``limit`` bytes (0: no limit) is measured, not kept."""
    if limit:
        size = _file_size(handle)
        if size is not None and size > limit:  # a file too large: not read at all
            yield Record(None, problem=too_large(size, limit), size=size)
            return
        data = handle.read(limit + 1)
        if len(data) > limit:  # a stream: measured to its end, nothing kept
            size = len(data)
            del data
            while chunk := handle.read(1 << 20):
                size += len(chunk)
            yield Record(None, problem=too_large(size, limit), size=size)
            return
    else:
        data = handle.read()
    if not data:
        yield Record(None, problem="empty input")
        return
    # Handed over, not kept: while the document is cleaned, this suspended generator must not hold it.
    record = [Record(data, size=len(data))]
    del data
    yield record.pop()


def read_text(job: Job, box: list[bytes], task: Task) -> Document | str:
    """A document's bytes, decoded (a page by its declared charset); or why they cannot be.

    Its site is that of the record's URL (a WARC record's target URI, a Parquet row's ``--site-field``).
    """
    data = box.pop()
    try:
        page = cleantext.route(data, task.kind) == "html"
        text = cleantext.decode_html(data) if page else cleantext.decode(data)
    except cleantext.CleantextError as problem:
        return str(problem)
    url = task.meta.url if task.meta is not None else None
    return Document(text, "html" if page else "text", cleantext.site_key(url) if url else None, task.meta)
