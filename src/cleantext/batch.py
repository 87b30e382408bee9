"""The batch machinery behind the ``cleantext`` command: records in, cleaned records out, in order.

Three parts, each small:

* **reading** -- :func:`read_items` opens each input through the compression layer
  (:mod:`cleantext.compression`), recognises its format (:data:`cleantext.formats.FORMATS`, by name or
  content, or as told) and turns it into :class:`Item` records, streamed: one per plain-text file, JSON
  line, WARC document or Parquet row. An input that cannot be read at all (missing, a directory,
  empty, over ``--max-bytes``) becomes one failed item, so it is reported in order; an input that
  breaks off (a truncated or corrupt stream) ends with one failed item after the records read.
* **cleaning** -- :func:`run_chunk` cleans a list of payloads for a :class:`Job` and never raises: a
  bad record comes back as an error message. :func:`process` runs it in this process (``workers=1``)
  or in a pool of worker processes that receive the pickled job once, with a bounded window of
  chunks in flight, so memory stays flat and results come back in input order.
* **interruption** -- :func:`catch_signals` makes SIGINT, SIGTERM and SIGHUP raise
  :class:`Interrupted` in the main process; inside :func:`signals_held` (creating or replacing a file,
  starting a worker) the signal waits for the block to end. An interrupted :func:`process` ends its
  worker processes at once rather than waiting for the chunks they hold.

Writing lives in :mod:`cleantext.sinks`. Only the public API of :mod:`cleantext` is used.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import BinaryIO, NoReturn

from .compression import open_input
from .errors import FormatError, MissingExtraError
from .formats import FORMATS, clean_record, recognise, route
from .records import Job, Meta, Result, Route, Task

__all__ = [
    "STDIN",
    "Interrupted",
    "Item",
    "Job",
    "Result",
    "Source",
    "catch_signals",
    "chunked",
    "process",
    "read_items",
    "restore_signals",
    "run_chunk",
    "signals_held",
    "task_of",
]

STDIN = "-"


# --- signals -------------------------------------------------------------------------------------


class Interrupted(BaseException):
    """SIGINT, SIGTERM or SIGHUP arrived (once :func:`catch_signals` is in force); ``signum`` says which.

    A ``BaseException``, as :class:`KeyboardInterrupt` is: it ends the run, not one record.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name


#: The signals that end a run: Ctrl-C, ``kill`` and supervisors, a closed terminal (no SIGHUP on Windows).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
_held = 0
_pending: int | None = None
_owner = 0  # the process that installed the handlers
_stopping = False  # a stop signal was raised: the run is being abandoned


def _stop(signum: int) -> NoReturn:
    global _stopping
    _stopping = True
    raise Interrupted(signum)


def _on_signal(signum: int, frame: object) -> None:
    global _pending
    if os.getpid() != _owner:  # a worker forked before its initializer ran: end as by default
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    if _held:
        _pending = signum if _pending is None else _pending
        return
    _stop(signum)


def catch_signals() -> dict[int, object]:
    """Make SIGINT, SIGTERM and SIGHUP raise :class:`Interrupted` in this process (the main thread's call).

    A signal the process was started ignoring stays ignored: ``nohup`` ignores SIGHUP so that a closed
    terminal does not end the run, and a shell starts a background job ignoring SIGINT. Returns the
    handlers replaced, for :func:`restore_signals`.
    """
    global _owner
    _owner = os.getpid()
    return {
        signum: signal.signal(signum, _on_signal)
        for signum in STOP_SIGNALS
        if signal.getsignal(signum) is not signal.SIG_IGN
    }


def restore_signals(handlers: dict[int, object]) -> None:
    """Put back the handlers :func:`catch_signals` replaced, and forget any signal held back."""
    global _held, _pending, _stopping
    for signum, handler in handlers.items():
        signal.signal(signum, handler)  # type: ignore[arg-type]
    _held, _pending, _stopping = 0, None, False


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold back :class:`Interrupted` until the block ends: what it creates is then in hand to clean up."""
    global _held, _pending
    _held += 1
    try:
        yield
    finally:
        _held -= 1
        if not _held and _pending is not None:
            signum, _pending = _pending, None
            _stop(signum)


def hold_signals_for_good() -> None:
    """From now on a stop signal is only noted: the run is already ending, and its cleaning up must finish."""
    global _held
    _held += 1


# --- reading -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One input named on the command line, and where its cleaned output goes (``None``: stdout).

    ``kind`` overrides the job's kind for this input (a ``.html`` file is a page); ``size`` is its
    size in bytes when known beforehand (a regular file), for progress.
    """

    name: str
    target: str | None = None
    problem: str | None = None  # a reason to refuse this input before reading it
    kind: str | None = None
    size: int | None = None

    @property
    def label(self) -> str:
        return "<stdin>" if self.name == STDIN else self.name


@dataclass(frozen=True, slots=True)
class Item:
    """One record: a whole plain-text file, or one record of an input of many (a JSON line, a WARC
    document, a Parquet row).

    ``data`` is the raw bytes (the original, written back by ``--on-error keep``); ``error`` is set when
    the record could not even be read. ``line`` is the 1-based number of a record in an input of many;
    ``size`` the bytes it took in its input (also for a record too large to be read). ``route`` says
    which format it came in and goes out in; ``kind``, ``meta`` and ``hold`` are its reader's (see
    :class:`~cleantext.records.Record`); ``broken``: its input broke off here (no record follows).
    """

    source: Source
    data: bytes | None
    line: int | None = None
    error: str | None = None
    size: int = 0
    route: Route | None = None
    kind: str | None = None
    meta: Meta | None = None
    hold: object = None
    broken: bool = False

    @property
    def label(self) -> str:
        """The record in messages: ``file``, ``file:LINE`` (JSON Lines), ``file: record N <id>`` (WARC),
        ``file: row N (id X)`` (Parquet, with ``--id-field``)."""
        if self.line is None:
            return self.source.label
        unit = FORMATS[self.route.format].unit if self.route is not None else "line"
        if unit == "line":
            return f"{self.source.label}:{self.line}"
        named = self.meta.id if self.meta is not None else None
        if named is not None:
            named = f" {named}" if named.startswith("<") else f" (id {named})"
        return f"{self.source.label}: {unit} {self.line}{named or ''}"


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


def read_items(
    sources: Iterable[Source],
    stdin: BinaryIO,
    job: Job,
    *,
    format: str | None = None,
    to: str | None = None,
    one_output: bool = False,
    max_bytes: int = 0,
    refuse: Callable[[Source], str | None] | None = None,
) -> Iterator[Item]:
    """The records of every source, in order, read lazily (one record at a time).

    Each input is decompressed as its first bytes say, and read in ``format`` (``None``: as its name
    or content says). Its records go out in ``to`` (``None``: each format's own output; with
    ``one_output``, the first input's, for all). A record over ``max_bytes`` (0: no limit) is reported
    without being held in memory. ``refuse``, asked before each source and each record, may give a
    reason to read no more of a source (its output cannot be written): the source then gets one failed
    item, or its reading just stops.
    """
    for source in sources:
        if source.problem is not None:
            yield Item(source, None, error=source.problem)
            continue
        problem = refuse(source) if refuse is not None else None
        if problem is not None:
            yield Item(source, None, error=problem)
            continue
        last: int | None = None
        taken: Route | None = None
        try:
            with _opened(source, stdin) as raw:
                handle, codec = open_input(raw, source.name)
                found = FORMATS[format] if format is not None else recognise(handle, source.name)
                taken = route(found, to, codec.name if codec else None)
                if one_output and to is None:
                    to = taken.output
                assert found.split is not None
                for record in found.split(handle, job, max_bytes):
                    if refuse is not None and refuse(source) is not None:
                        break  # its output failed: the error was reported when it did
                    last = record.line
                    meta = record.meta if record.meta is not None or found.unit else Meta(source.label)
                    item = [
                        Item(source, record.data, record.line, record.problem, record.size, taken, record.kind, meta,
                             record.hold, record.broken)
                    ]  # fmt: skip
                    del record
                    yield item.pop()  # handed over: this suspended generator must not hold the bytes
        except OSError as problem:
            yield _broken(source, last, taken, _reason(problem))
        except (FormatError, MissingExtraError) as problem:
            yield _broken(source, last, taken, str(problem))


def _broken(source: Source, last: int | None, taken: Route | None, reason: str) -> Item:
    """The failed item of an input that broke off after record ``last`` (``None``: before any record of many)."""
    if last is None:
        return Item(source, None, error=reason, route=taken)
    return Item(source, None, last + 1, f"{reason} (the records before it were read)", route=taken, broken=True)


def chunked(items: Iterable[Item], *, max_items: int, max_bytes: int) -> Iterator[list[Item]]:
    """Group consecutive items into lists of at most ``max_items`` and about ``max_bytes``."""
    chunk: list[Item] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += len(item.data or b"")
        del item  # only the chunk holds it (process() may let go of its bytes)
        if len(chunk) >= max_items or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# --- cleaning ------------------------------------------------------------------------------------

#: What a worker receives for one record: its bytes (``None``: failed while reading) and its task.
Payload = tuple[bytes | None, Task]


def run_chunk(job: Job, payloads: list[Payload]) -> list[Result]:
    """Clean each payload; never raise: a record that fails comes back with its error.

    The payloads are taken out of the list as they are cleaned (it is left empty), so that a record's
    bytes are freed once its format has read them.
    """
    results: list[Result] = []
    payloads.reverse()
    while payloads:
        box: list[bytes] = []
        data, task = payloads.pop()
        if data is None:  # failed while reading; the parent has the reason
            results.append(Result(None, "unreadable"))
            continue
        box.append(data)
        del data
        try:
            results.append(clean_record(job, box, task))
        except Exception as problem:  # a bug on one record must not sink the batch
            results.append(Result(None, f"internal error: {type(problem).__name__}: {problem}"))
    return results


_WORKER_JOB: Job | None = None


def _start_worker(job: Job, parent: int) -> None:
    global _WORKER_JOB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for signum in STOP_SIGNALS[1:]:
        if signal.getsignal(signum) is not signal.SIG_IGN:  # one the run was started ignoring (nohup) stays so
            signal.signal(signum, signal.SIG_DFL)  # the parent ends its workers with SIGTERM
    if sys.platform.startswith("linux"):  # should the parent die without ending us, end too
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # it died before that took effect
            os._exit(1)
    _WORKER_JOB = job


def _run_in_worker(payloads: list[Payload]) -> list[Result]:
    assert _WORKER_JOB is not None, "worker started without a job"
    return run_chunk(_WORKER_JOB, payloads)


def _merge(chunk: list[Item], results: list[Result]) -> Iterator[tuple[Item, Result]]:
    for item, result in zip(chunk, results, strict=True):
        yield item, (Result(None, item.error) if item.error is not None else result)


def _payloads(job: Job, chunk: list[Item], keep_data: bool = True) -> list[Payload]:
    """What the workers get for ``chunk``; without ``keep_data``, the chunk's items then let go of their bytes."""
    payloads: list[Payload] = [(None if item.error is not None else item.data, task_of(job, item)) for item in chunk]
    if not keep_data:
        chunk[:] = [replace(item, data=None) if item.data is not None else item for item in chunk]
    return payloads


def task_of(job: Job, item: Item) -> Task:
    """What the worker is told of ``item``: the kind it is read as (``--html`` / ``--text``, else what its
    reader or its file name says, else by its content), its route and its meta."""
    kind = job.kind if job.kind != "auto" else item.kind or item.source.kind or "auto"
    return Task(kind, item.route or Route("text", "text"), item.meta)


def _start_pool(job: Job, workers: int) -> ProcessPoolExecutor:
    with signals_held():
        return ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(job, os.getpid()))


def _submit(pool: ProcessPoolExecutor, payloads: list[Payload]) -> Future[list[Result]]:
    with signals_held():  # a worker being started is in the pool's books when a signal is raised
        return pool.submit(_run_in_worker, payloads)


def _end_pool(pool: ProcessPoolExecutor, *, now: bool) -> None:
    """Shut the pool down: let the workers finish the chunks they hold, or (``now``, or should a stop
    signal come meanwhile) end them at once, SIGTERM then SIGKILL, without waiting for the pool's threads.

    After ending workers at once, the pool's threads may stay blocked on a half-sent result: the
    program must then leave with ``os._exit`` (see :func:`cleantext.cli.command`).
    """
    if not now:
        try:
            pool.shutdown(wait=True, cancel_futures=True)
            return
        except (Interrupted, KeyboardInterrupt):
            _end_pool(pool, now=True)
            raise
    with signals_held():  # a second signal waits until the workers are ended
        # ProcessPoolExecutor has no public way to end its workers before Python 3.14 (terminate_workers).
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in processes:
            with contextlib.suppress(OSError, ValueError):
                worker.terminate()
        for worker in processes:
            with contextlib.suppress(OSError, ValueError, AssertionError):
                worker.join(2)
                if worker.is_alive():
                    worker.kill()
                    worker.join(2)


@contextlib.contextmanager
def _pool(job: Job, workers: int) -> Iterator[list[ProcessPoolExecutor]]:
    """A pool in a one-element list (replaced when it breaks), shut down on the way out: at once when the
    run is interrupted; after the chunks in flight when the consumer merely stopped reading (``| head``)."""
    holder = [_start_pool(job, workers)]
    try:
        yield holder
    except BaseException as problem:
        _end_pool(holder[0], now=_stopping or isinstance(problem, Interrupted | KeyboardInterrupt))
        raise
    _end_pool(holder[0], now=False)


def process(
    job: Job, chunks: Iterable[list[Item]], *, workers: int, keep_data: bool = True
) -> Iterator[tuple[Item, Result]]:
    """Clean every item of ``chunks``; yield ``(item, result)`` in input order.

    Without ``keep_data`` the items come back without their bytes (``data`` is ``None``), which are
    then not held while being cleaned: only ``--on-error keep`` needs them.

    With ``workers > 1``, a pool of processes cleans the chunks, at most ``4 * workers`` chunks in
    flight: reading stays just ahead of cleaning, so memory does not grow with the input. Should a
    worker process die (a crash, not an exception), the chunks then in flight are cleaned again
    alone, so that only the records that kill a worker fail, and a fresh pool takes the rest. Should
    the run be abandoned (:class:`Interrupted`, or the generator closed), the workers are ended at once.
    """
    if workers <= 1:
        for chunk in chunks:
            payloads = _payloads(job, chunk, keep_data)
            yield from _merge(chunk, run_chunk(job, payloads))
        return

    # Each chunk in flight keeps its payloads: should its worker die, they are cleaned again alone.
    window: deque[tuple[list[Item], list[Payload], Future[list[Result]] | None]] = deque()
    with _pool(job, workers) as pool:

        def take() -> Iterator[tuple[Item, Result]]:
            chunk, payloads, future = window.popleft()
            try:
                results = future.result() if future is not None else _isolated(job, payloads)
            except BrokenProcessPool:
                pool[0].shutdown(wait=False, cancel_futures=True)  # its manager has ended its workers
                for index, (later, held, _) in enumerate(window):
                    window[index] = (later, held, None)  # lost with the pool: to be cleaned alone too
                results = _isolated(job, payloads)
                pool[0] = _start_pool(job, workers)
            return _merge(chunk, results)

        def submit(payloads: list[Payload]) -> Future[list[Result]] | None:
            try:
                return _submit(pool[0], payloads)
            except BrokenProcessPool:  # the pool broke before take() saw it: this chunk is cleaned alone
                return None

        for chunk in chunks:
            payloads = _payloads(job, chunk, keep_data)
            window.append((chunk, payloads, submit(payloads)))
            while len(window) >= 4 * workers:
                yield from take()
        while window:
            yield from take()


def _alone(job: Job, payloads: list[Payload]) -> list[Result] | None:
    """Clean ``payloads`` in a process of their own; ``None`` if that process dies."""
    with _pool(job, 1) as pool:
        try:
            return _submit(pool[0], payloads).result()
        except BrokenProcessPool:
            return None


def _isolated(job: Job, payloads: list[Payload]) -> list[Result]:
    """Clean a chunk alone, then each of its records alone if need be: a crash fails only its record."""
    results = _alone(job, payloads)
    if results is not None:
        return results
    alone = [_alone(job, [payload]) for payload in payloads]
    return [found[0] if found else Result(None, "the worker process cleaning it died") for found in alone]
