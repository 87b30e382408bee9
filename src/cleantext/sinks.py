"""Where the ``cleantext`` command writes: standard output, or one output file per input.

:class:`StreamSink` writes everything to one stream, in order. :class:`FileSink` writes each input's
output to its own file (``-o DIR`` or ``--in-place``):

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

__all__ = ["FileSink", "OutputError", "StreamSink"]


class OutputError(OSError):
    """An output file that cannot be written; ``filename`` is the target."""


def _failed(problem: OSError, target: str) -> OutputError:
    return OutputError(problem.errno, problem.strerror or str(problem), target)


class StreamSink:
    """Everything to one binary stream (standard output), in order."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def refusal(self, source: Source) -> str | None:
        return None

    def has_failed(self, source: Source) -> bool:
        return False

    def write(self, item: Item, data: bytes | None) -> None:
        if data:
            self.stream.write(data)

    def close(self) -> None:
        self.stream.flush()

    def abort(self) -> str | None:
        self.stream.flush()
        return None


class _Output:
    """One target being written: compared with its current content until they differ, then a temporary file."""

    def __init__(self, target: str, *, in_place: bool) -> None:
        self.target = target
        self.in_place = in_place
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
    as it was); a JSON Lines file gets its output file as soon as any of its lines is processed.
    """

    def __init__(self, *, in_place: bool) -> None:
        self.in_place = in_place
        self.source: Source | None = None
        self.output: _Output | None = None
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

    def write(self, item: Item, data: bytes | None) -> None:
        """Add a record's output to its source's file; an :class:`OutputError` names the file that failed.

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
            self._add(item, data)
        if problem is not None:
            raise problem

    def _add(self, item: Item, data: bytes | None) -> None:
        if item.error is not None and item.line is None:
            self.abort()  # the source failed while being read: leave its target as it was
            return
        if self.output is None and (data is not None or (item.line is not None and item.error is None)):
            assert item.source.target is not None
            self.output = _Output(item.source.target, in_place=self.in_place)
        if self.output is not None and data:
            try:
                self.output.write(data)
            except OSError as error:
                self.abort()
                failure = _failed(error, item.source.target or "")
                self._fail(item.source, failure)
                raise failure from error

    def _finish(self) -> None:
        output, self.output = self.output, None
        if output is None or self.source is None:
            return
        try:
            output.finish()
        except OSError as problem:
            failure = _failed(problem, output.target)
            self._fail(self.source, failure)
            raise failure from problem

    def close(self) -> None:
        self._finish()

    def abort(self) -> str | None:
        """Drop the output being written (its target stays as it was); return that target, if any."""
        output, self.output = self.output, None
        if output is None:
            return None
        output.drop()
        return output.target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
