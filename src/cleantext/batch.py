"""The batch machinery behind the ``cleantext`` command: records in, cleaned records out, in order.

Three parts, each small:

* **reading** -- :func:`read_items` turns the inputs into :class:`Item` records: one per plain-text
  file, or one per line of a JSON Lines input (streamed, with its line number). An input that cannot
  be read at all (missing, a directory, empty) becomes one failed item, so it is reported in order.
* **cleaning** -- :func:`run_chunk` cleans a list of payloads for a :class:`Job` and never raises: a
  bad record comes back as an error message. :func:`process` runs it in this process (``workers=1``)
  or in a pool of worker processes that receive the pickled job once, with a bounded window of
  chunks in flight, so memory stays flat and results come back in input order.
* **writing** -- :class:`StreamSink` (standard output) and :class:`FileSink` (one output file per
  input, written to a temporary file and moved into place atomically).

Only the public API of :mod:`cleantext` is used.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

import cleantext

__all__ = [
    "FileSink",
    "Item",
    "Job",
    "Result",
    "Source",
    "StreamSink",
    "chunked",
    "clean_document",
    "process",
    "read_items",
    "read_record",
    "read_text",
    "run_chunk",
]

STDIN = "-"


def _is_page(kind: str, document: str | bytes) -> bool:
    """Whether ``document`` takes the HTML path: forced by ``--html``, or markup under ``auto``."""
    return kind == "html" or (kind == "auto" and cleantext.is_markup(document))


def clean_document(
    text: str,
    steps: cleantext.Pipeline,
    kind: str,
    *,
    explain: bool,
    profile: cleantext.Profile | None = None,
    site: str | None = None,
) -> cleantext.Report | str:
    """Clean one document; with ``explain``, return the whole :class:`~cleantext.Report`.

    ``kind`` is ``"auto"``, ``"html"`` or ``"text"`` (``--html`` / ``--text``): a page goes through
    :func:`cleantext.from_html`, and chosen ``steps`` then replace the text steps run on its article.
    A site ``profile`` (``--profile``, ``--two-pass``) adds :func:`cleantext.strip_site_chrome` for ``site``.
    """
    if explain:
        return cleantext.explain(text, steps=steps, kind=kind, profile=profile, site=site)
    if steps == cleantext.DEFAULT_PIPELINE:
        return cleantext.clean(text, kind=kind, profile=profile, site=site)
    if _is_page(kind, text) or profile is not None:
        kind = "html" if _is_page(kind, text) else "text"
        return cleantext.explain(text, steps=steps, kind=kind, profile=profile, site=site).text
    return steps(text)


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One input named on the command line, and where its cleaned output goes (``None``: stdout)."""

    name: str
    target: str | None = None
    problem: str | None = None  # a reason to refuse this input before reading it

    @property
    def label(self) -> str:
        return "<stdin>" if self.name == STDIN else self.name


@dataclass(frozen=True, slots=True)
class Item:
    """One record: a whole plain-text file, or one line of a JSON Lines input.

    ``data`` is the raw bytes (the original, written back by ``--on-error keep``); ``error`` is set when
    the record could not even be read. ``line`` is the 1-based line number of a JSON Lines record.
    """

    source: Source
    data: bytes | None
    line: int | None = None
    error: str | None = None

    @property
    def label(self) -> str:
        return self.source.label if self.line is None else f"{self.source.label}:{self.line}"


def _reason(problem: OSError) -> str:
    return problem.strerror or str(problem)


@contextlib.contextmanager
def _opened(source: Source, stdin: BinaryIO) -> Iterator[BinaryIO]:
    """The source's bytes: standard input (left open), or the file (closed afterwards)."""
    if source.name == STDIN:
        yield stdin
        return
    if os.path.isdir(source.name):
        raise IsADirectoryError(21, "is a directory, not a file")
    with open(source.name, "rb") as handle:
        yield handle


def _read_file(source: Source, stdin: BinaryIO) -> Iterator[Item]:
    try:
        with _opened(source, stdin) as handle:
            data = handle.read()
    except OSError as problem:
        yield Item(source, None, error=_reason(problem))
        return
    yield Item(source, data)


def _read_lines(source: Source, stdin: BinaryIO) -> Iterator[Item]:
    records = 0
    try:
        with _opened(source, stdin) as handle:
            for number, raw in enumerate(handle, 1):
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]  # a UTF-8 byte-order mark is not part of the first record
                if raw.strip():  # blank lines are not records
                    records += 1
                    yield Item(source, raw, line=number)
    except OSError as problem:
        yield Item(source, None, error=_reason(problem))
        return
    if not records:
        yield Item(source, b"", error="empty input, no JSON records")


def read_items(sources: Iterable[Source], stdin: BinaryIO, *, jsonl: bool) -> Iterator[Item]:
    """The records of every source, in order, read lazily (JSON Lines one line at a time)."""
    for source in sources:
        if source.problem is not None:
            yield Item(source, None, error=source.problem)
        elif jsonl:
            yield from _read_lines(source, stdin)
        else:
            yield from _read_file(source, stdin)


def chunked(items: Iterable[Item], *, max_items: int, max_bytes: int) -> Iterator[list[Item]]:
    """Group consecutive items into lists of at most ``max_items`` and about ``max_bytes``."""
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.data or b"")
        if len(chunk) >= max_items or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# --- cleaning ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with each record; pickled once into every worker process."""

    steps: cleantext.Pipeline
    kind: str = "auto"
    jsonl: bool = False
    field: str = "text"
    explain: bool = False
    profile: cleantext.Profile | None = None
    site_field: str | None = None  # with jsonl: the field (a URL or a site name) giving each record's site


class Result(NamedTuple):
    """A cleaned record (``output``) or why it failed (``error``); ``notes`` are ``--explain`` lines."""

    output: bytes | None
    error: str | None = None
    notes: tuple[str, ...] = ()


def read_text(job: Job, data: bytes) -> str:
    """The text of a plain-text (or HTML) document's bytes: decoded, a page by its charset."""
    return cleantext.decode_html(data) if _is_page(job.kind, data) else cleantext.decode(data)


def _clean_text(job: Job, data: bytes) -> Result:
    if not data:
        return Result(None, "empty input")
    try:
        page = _is_page(job.kind, data)
        text = read_text(job, data)
        done = clean_document(text, job.steps, "html" if page else "text", explain=job.explain, profile=job.profile)
    except cleantext.CleantextError as problem:
        return Result(None, str(problem))
    if isinstance(done, str):
        return Result(done.encode("utf-8", "surrogatepass"))
    return Result(done.text.encode("utf-8", "surrogatepass"), notes=tuple(done.lines()))


def read_record(job: Job, data: bytes) -> tuple[dict, str, str | None] | str:
    """A JSON Lines record, its text (``job.field``) and its site (``job.site_field``); or why it is bad."""
    try:
        record = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as problem:
        return f"not UTF-8 (byte {problem.start + 1} of the line)"
    except json.JSONDecodeError as problem:
        return f"malformed JSON: {problem.msg} (column {problem.colno})"
    if not isinstance(record, dict):
        return f"not a JSON object but {type(record).__name__}"
    if job.field not in record:
        return f"no field {job.field!r}"
    text = record[job.field]
    if not isinstance(text, str):
        return f"field {job.field!r} is {type(text).__name__}, not a string"
    if "\x00" in text:
        return f"field {job.field!r} holds NUL characters (binary, not text)"
    site = None
    if job.site_field is not None:
        value = record.get(job.site_field)
        site = cleantext.site_key(value if isinstance(value, str) else None)
    return record, text, site


def _clean_line(job: Job, data: bytes) -> Result:
    found = read_record(job, data)
    if isinstance(found, str):
        return Result(None, found)
    record, text, site = found
    try:
        done = clean_document(text, job.steps, job.kind, explain=job.explain, profile=job.profile, site=site)
    except cleantext.CleantextError as problem:
        return Result(None, str(problem))
    if isinstance(done, str):
        record[job.field] = done
    else:
        record[job.field] = done.text
        record["cleantext_removed"] = [
            {"line": edit.line + 1, "step": edit.step, "reason": edit.label, "text": edit.before}
            for edit in done.removed
        ]
    # A lone surrogate (from a \\ud800 escape) goes back out as the same JSON escape.
    return Result((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace"))


def run_chunk(job: Job, payloads: Sequence[bytes | None]) -> list[Result]:
    """Clean each payload; never raise: a record that fails comes back with its error."""
    results: list[Result] = []
    for data in payloads:
        if data is None:  # failed while reading; the parent has the reason
            results.append(Result(None, "unreadable"))
            continue
        try:
            results.append(_clean_line(job, data) if job.jsonl else _clean_text(job, data))
        except Exception as problem:  # a bug on one record must not sink the batch
            results.append(Result(None, f"internal error: {type(problem).__name__}: {problem}"))
    return results


_WORKER_JOB: Job | None = None


def _start_worker(job: Job) -> None:
    global _WORKER_JOB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER_JOB = job


def _run_in_worker(payloads: list[bytes | None]) -> list[Result]:
    assert _WORKER_JOB is not None, "worker started without a job"
    return run_chunk(_WORKER_JOB, payloads)


def _merge(chunk: list[Item], results: list[Result]) -> Iterator[tuple[Item, Result]]:
    for item, result in zip(chunk, results, strict=True):
        yield item, (Result(None, item.error) if item.error is not None else result)


def _payloads(chunk: list[Item]) -> list[bytes | None]:
    return [None if item.error is not None else item.data for item in chunk]


def process(job: Job, chunks: Iterable[list[Item]], *, workers: int) -> Iterator[tuple[Item, Result]]:
    """Clean every item of ``chunks``; yield ``(item, result)`` in input order.

    With ``workers > 1``, a pool of processes cleans the chunks, at most ``4 * workers`` chunks in
    flight: reading stays just ahead of cleaning, so memory does not grow with the input. Should a
    worker process die (a crash, not an exception), the chunks then in flight are cleaned again
    alone, so that only the records that kill a worker fail, and a fresh pool takes the rest.
    """
    if workers <= 1:
        for chunk in chunks:
            yield from _merge(chunk, run_chunk(job, _payloads(chunk)))
        return

    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(job,))

    def take() -> Iterator[tuple[Item, Result]]:
        nonlocal pool
        chunk, future = window.popleft()
        try:
            results = future.result() if future is not None else _isolated(job, chunk)
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            for index, (later, _) in enumerate(window):
                window[index] = (later, None)  # lost with the pool: to be cleaned alone too
            results = _isolated(job, chunk)
            pool = start()
        return _merge(chunk, results)

    def submit(chunk: list[Item]) -> Future[list[Result]] | None:
        try:
            return pool.submit(_run_in_worker, _payloads(chunk))
        except BrokenProcessPool:  # the pool broke before take() saw it: this chunk is cleaned alone
            return None

    window: deque[tuple[list[Item], Future[list[Result]] | None]] = deque()
    pool = start()
    try:
        for chunk in chunks:
            window.append((chunk, submit(chunk)))
            while len(window) >= 4 * workers:
                yield from take()
        while window:
            yield from take()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(job: Job, payloads: list[bytes | None]) -> list[Result] | None:
    """Clean ``payloads`` in a process of their own; ``None`` if that process dies."""
    with ProcessPoolExecutor(1, initializer=_start_worker, initargs=(job,)) as pool:
        try:
            return pool.submit(_run_in_worker, payloads).result()
        except BrokenProcessPool:
            return None


def _isolated(job: Job, chunk: list[Item]) -> list[Result]:
    """Clean a chunk alone, then each of its records alone if need be: a crash fails only its record."""
    payloads = _payloads(chunk)
    results = _alone(job, payloads)
    if results is not None:
        return results
    alone = [_alone(job, [payload]) for payload in payloads]
    return [found[0] if found else Result(None, "the worker process cleaning it died") for found in alone]


# --- writing -------------------------------------------------------------------------------------


class StreamSink:
    """Everything to one binary stream (standard output), in order."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, item: Item, data: bytes | None) -> None:
        if data:
            self.stream.write(data)

    def close(self) -> None:
        self.stream.flush()

    def abort(self) -> None:
        self.stream.flush()


class FileSink:
    """One output file per source (``Source.target``), each moved into place atomically when complete.

    A plain-text document that is skipped leaves no output file (and, with ``--in-place``, its input
    as it was); a JSON Lines file gets its output file as soon as any of its lines is processed.
    """

    def __init__(self, *, in_place: bool) -> None:
        self.in_place = in_place
        self.source: Source | None = None
        self.handle: BinaryIO | None = None
        self.temp = ""

    def write(self, item: Item, data: bytes | None) -> None:
        """Add a record's output to its source's file; an OSError names the file that failed.

        Finishing the previous source's file may fail: the record is still written, then the
        error raised. A failed file is dropped; the files of the other sources are not affected.
        """
        problem: OSError | None = None
        if item.source is not self.source:
            try:
                self._finish()
            except OSError as error:
                problem = error
            self.source = item.source
        if item.error is not None and item.line is None:
            self.abort()  # the source failed while being read: leave its target as it was
        if self.handle is None and (data is not None or (item.line is not None and item.error is None)):
            self._open(item.source)
        if self.handle is not None and data:
            try:
                self.handle.write(data)
            except OSError as error:
                self.abort()
                raise OSError(error.errno, error.strerror, item.source.target) from error
        if problem is not None:
            raise problem

    def _open(self, source: Source) -> None:
        assert source.target is not None
        folder = os.path.dirname(source.target) or "."
        try:
            os.makedirs(folder, exist_ok=True)
            fd, self.temp = tempfile.mkstemp(dir=folder, prefix=".cleantext-", suffix=".tmp")
        except OSError as problem:
            raise OSError(problem.errno, problem.strerror, source.target) from problem
        self.handle = os.fdopen(fd, "wb")

    def _finish(self) -> None:
        if self.handle is None or self.source is None or self.source.target is None:
            return
        handle, self.handle = self.handle, None
        try:
            with handle:
                handle.flush()
                os.fsync(handle.fileno())
            if self.in_place:
                with contextlib.suppress(OSError):  # keep the input's permissions
                    os.chmod(self.temp, os.stat(self.source.target).st_mode & 0o7777)
            else:
                os.chmod(self.temp, 0o666 & ~_umask())
            os.replace(self.temp, self.source.target)
        except BaseException as problem:
            with contextlib.suppress(OSError):
                os.unlink(self.temp)
            if isinstance(problem, OSError):
                raise OSError(problem.errno, problem.strerror, self.source.target) from problem
            raise

    def close(self) -> None:
        self._finish()

    def abort(self) -> None:
        """Drop the output being written: its target stays as it was."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None
            os.unlink(self.temp)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
