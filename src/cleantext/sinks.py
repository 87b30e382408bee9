"""Where the ``cleantext`` command writes: standard output, or one output file per input.

A sink turns records into bytes with a writer of their output format
(:func:`cleantext.formats.open_writer`: text, JSON Lines, Parquet). :class:`StreamSink` writes
everything to one stream, in order, in one format, uncompressed. :class:`FileSink` writes each input's
output to its own file (``-o DIR`` or ``--in-place``), compressed as its input was:

* atomically: a temporary file beside the target (``.cleantext-*.tmp``), moved into place when the
  input is done; an interrupted or failed output leaves the target as it was and no temporary file;
* only when the content changes: while the output equals the target's current content nothing is
  written, and an unchanged target is left alone (same inode, hard links and times kept);
* once per failure: an output that cannot be written is reported once; :meth:`FileSink.refusal`
  then tells the reader to read no more of that input (and, before an input is read, whether its
  output folder can be written at all).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from typing import BinaryIO

from .batch import Item, Source, signals_held
from .compression import CODECS, Compressor, compressor
from .errors import FormatError
from .formats import Writer, open_writer
from .records import Job, Result

__all__ = ["FileSink", "OutputError", "StreamSink"]


class OutputError(OSError):
    """An output file that cannot be written; ``filename`` is the target."""


def _failed(problem: OSError | FormatError, target: str) -> OutputError:
    if isinstance(problem, FormatError):
        return OutputError(None, str(problem), target)
    return OutputError(problem.errno, problem.strerror or str(problem), target)


class StreamSink:
    """Everything to one binary stream (standard output), in order, in the output format of the first record."""

    def __init__(self, stream: BinaryIO, job: Job) -> None:
        self.stream = stream
        self.job = job
        self.writer: Writer | None = None
        self.failed: dict[Source, str] = {}

    def refusal(self, source: Source) -> str | None:
        return self.failed.get(source)

    def has_failed(self, source: Source) -> bool:
        return source in self.failed

    def write(self, item: Item, result: Result | None, keep: bool = False) -> None:
        """Add a record (``result``: cleaned; ``None``: failed, written only if ``keep`` and it can be)."""
        if item.route is None:  # its input could not be opened: nothing of it to write
            return
        if self.writer is None:
            self.writer = open_writer(self.job, item.route.output)
        try:
            data = self.writer.write(item, result, keep)
        except FormatError as problem:
            message = f"{item.source.label}: {problem}"
            self.failed[item.source] = message
            raise OutputError(None, message, "standard output") from None
        if data:
            self.stream.write(data)

    def close(self) -> None:
        if self.writer is not None:
            self.stream.write(self.writer.close())
            self.writer = None
        self.stream.flush()

    def abort(self) -> str | None:
        self.stream.flush()
        return None


class _Output:
    """One target being written: compared with its current content until they differ, then a temporary file."""

    def __init__(self, target: str, *, in_place: bool, codec: str | None = None) -> None:
        self.target = target
        self.in_place = in_place
        self.packer: Compressor | None = compressor(CODECS[codec]) if codec is not None else None
        self.temp = ""
        self.handle: BinaryIO | None = None
        self.matched = 0  # bytes of output that equal the start of the target
        self.original: BinaryIO | None = None
        with contextlib.suppress(OSError):
            original = open(target, "rb")  # noqa: SIM115  (closed in _diverge or finish)
            if stat.S_ISREG(os.fstat(original.fileno()).st_mode):
                self.original = original
            else:
                original.close()

    def write(self, data: bytes) -> None:
        if self.packer is not None:
            data = self.packer.compress(data)
        if self.handle is None:
            if self.original is not None and self.original.read(len(data)) == data:
                self.matched += len(data)
                return
            self._diverge()
        assert self.handle is not None
        self.handle.write(data)

    def _diverge(self) -> None:
        """The output differs from the target: start the temporary file with the part that matched."""
        folder = os.path.dirname(self.target) or "."
        with signals_held():  # the temporary file's name is kept before a signal can end the run
            fd, self.temp = tempfile.mkstemp(dir=folder, prefix=".cleantext-", suffix=".tmp")
            self.handle = os.fdopen(fd, "wb")
        original, self.original = self.original, None
        if original is not None:
            with original:
                original.seek(0)
                _copy(original, self.handle, self.matched)

    def finish(self) -> bool:
        """Move the output into place; ``False`` when the target already held it (left untouched)."""
        if self.packer is not None:
            packer, self.packer = self.packer, None
            self.write(packer.flush())
        if self.handle is None:
            if self.original is not None and not self.original.read(1):  # the target ends here too: unchanged
                self.original.close()
                self.original = None
                return False
            self._diverge()
        handle = self.handle
        assert handle is not None
        with signals_held():
            try:
                with handle:
                    handle.flush()
                    os.fsync(handle.fileno())
                if self.in_place:
                    with contextlib.suppress(OSError):  # keep the input's permissions
                        os.chmod(self.temp, os.stat(self.target).st_mode & 0o7777)
                else:
                    os.chmod(self.temp, 0o666 & ~_umask())
                os.replace(self.temp, self.target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(self.temp)
                raise
            finally:
                self.handle = None
        return True

    def drop(self) -> None:
        """Leave the target as it was: close and delete the temporary file."""
        with signals_held():
            if self.original is not None:
                self.original.close()
                self.original = None
            if self.handle is not None:
                with contextlib.suppress(OSError):
                    self.handle.close()
                self.handle = None
                with contextlib.suppress(OSError):
                    os.unlink(self.temp)


def _copy(source: BinaryIO, target: BinaryIO, size: int) -> None:
    while size > 0:
        block = source.read(min(size, 1 << 20))
        if not block:
            break
        target.write(block)
        size -= len(block)


class FileSink:
    """One output file per source (``Source.target``), each moved into place atomically when complete.

    A plain-text document that is skipped leaves no output file (and, with ``--in-place``, its input
    as it was); an input of many records gets its output file as soon as any of its records is
    processed. An input that breaks off (a truncated stream) gets the records read before the break,
    but with ``--in-place`` it is left as it was (the output would replace the records after the break).
    """

    def __init__(self, *, in_place: bool, job: Job) -> None:
        self.in_place = in_place
        self.job = job
        self.source: Source | None = None
        self.output: _Output | None = None
        self.writer: Writer | None = None
        self.failed: dict[Source, str] = {}
        self.checked: set[Source] = set()  # sources whose output folder was found writable

    def refusal(self, source: Source) -> str | None:
        """Why no more of ``source`` should be read: its output failed, or its folder cannot be written."""
        if source in self.failed:
            return self.failed[source]
        if source.target is None or source in self.checked:
            return None
        folder = os.path.dirname(source.target) or "."
        try:
            os.makedirs(folder, exist_ok=True)
            if not os.access(folder, os.W_OK | os.X_OK):
                raise PermissionError(13, os.strerror(13), folder)
        except OSError as problem:
            return self._fail(source, _failed(problem, source.target))
        self.checked.add(source)
        return None

    def has_failed(self, source: Source) -> bool:
        """Whether writing ``source``'s output failed (its later records are not written)."""
        return source in self.failed

    def _fail(self, source: Source, problem: OSError) -> str:
        message = f"cannot write {problem.filename or source.target}: {problem.strerror or problem}"
        self.failed[source] = message
        return message

    def write(self, item: Item, result: Result | None, keep: bool = False) -> None:
        """Add a record (``result``: cleaned; ``None``: failed, written only if ``keep`` and it can be) to
        its source's file; an :class:`OutputError` names the file that failed.

        Finishing the previous source's file may fail: the record is still written, then the error
        raised. A failed file is dropped, reported once (the records after it are not written, and
        ``refusal`` stops the reading); the files of the other sources are not affected.
        """
        problem: OutputError | None = None
        if item.source is not self.source:
            try:
                self._finish()
            except OutputError as error:
                problem = error
            self.source = item.source
        if item.source not in self.failed:  # (a failed output takes no more records)
            self._add(item, result, keep)
        if problem is not None:
            raise problem

    def _add(self, item: Item, result: Result | None, keep: bool) -> None:
        if (item.error is not None and item.line is None) or (item.broken and self.in_place):
            self.abort()  # the source failed while being read: leave its target as it was
            return
        wanted = (
            result is not None or (keep and item.data is not None) or (item.line is not None and item.error is None)
        )
        if self.output is None and wanted and item.route is not None:
            assert item.source.target is not None
            self.output = _Output(item.source.target, in_place=self.in_place, codec=item.route.codec)
            self.writer = open_writer(self.job, item.route.output)
        if self.output is None or self.writer is None:
            return
        try:
            data = self.writer.write(item, result, keep)
            if data:
                self.output.write(data)
        except (OSError, FormatError) as error:
            self.abort()
            failure = _failed(error, item.source.target or "")
            self._fail(item.source, failure)
            raise failure from error

    def _finish(self) -> None:
        output, self.output = self.output, None
        writer, self.writer = self.writer, None
        if output is None or self.source is None:
            return
        try:
            if writer is not None:
                output.write(writer.close())
            output.finish()
        except (OSError, FormatError) as problem:
            output.drop()
            failure = _failed(problem, output.target)
            self._fail(self.source, failure)
            raise failure from problem

    def close(self) -> None:
        self._finish()

    def abort(self) -> str | None:
        """Drop the output being written (its target stays as it was); return that target, if any."""
        output, self.output = self.output, None
        self.writer = None
        if output is None:
            return None
        output.drop()
        return output.target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
