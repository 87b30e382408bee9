"""Compression as a layer under every record format: gzip, bzip2, xz and zstd, in and out.

An input is decompressed when its first bytes are a codec's magic number, whatever its name; a file
named for a codec (``*.gz``, ``*.bz2``, ``*.xz``, ``*.zst``) that does not start with that codec's magic
is refused. An output keeps its input's codec (:func:`compressor`). gzip, bzip2 and xz come with Python;
zstd needs the ``zstandard`` package (the ``zstd`` extra), imported only when such a stream comes.

Reading never holds more than a buffer of a stream: every codec is read incrementally. A stream that
ends early or holds corrupt data raises :class:`~cleantext.errors.FormatError` when the reader gets
there, so the records read before it are not lost.

>>> import gzip, io
>>> stream, codec = open_input(io.BytesIO(gzip.compress(b"one\\ntwo\\n")), "notes.txt.gz")
>>> codec.name, stream.read()
('gzip', b'one\\ntwo\\n')
>>> packer = compressor(codec)
>>> gzip.decompress(packer.compress(b"three\\n") + packer.flush())
b'three\\n'
"""

from __future__ import annotations

import bz2
import io
import lzma
import zlib
from collections.abc import Callable
from typing import BinaryIO, NamedTuple, Protocol

from .errors import FormatError, require_module

__all__ = ["CODECS", "Codec", "Compressor", "by_extension", "compressor", "head", "open_input"]


class Compressor(Protocol):
    """An incremental compressor: ``compress`` some bytes, then ``flush`` the end of the stream."""

    def compress(self, data: bytes, /) -> bytes: ...

    def flush(self) -> bytes: ...


class Codec(NamedTuple):
    """A compression format: its ``name``, file ``extension`` and ``magic`` number; ``extra`` names the
    extra that brings its module (``None``: the standard library)."""

    name: str
    extension: str
    magic: bytes
    extra: str | None = None


#: The codecs, by name.
CODECS: dict[str, Codec] = {
    "gzip": Codec("gzip", ".gz", b"\x1f\x8b"),
    "bzip2": Codec("bzip2", ".bz2", b"BZh"),
    "xz": Codec("xz", ".xz", b"\xfd7zXZ\x00"),
    "zstd": Codec("zstd", ".zst", b"\x28\xb5\x2f\xfd", extra="zstd"),
}
_LONGEST_MAGIC = max(len(codec.magic) for codec in CODECS.values())


def by_extension(name: str) -> Codec | None:
    """The codec a file name ends in, if any.

    >>> by_extension("crawl.warc.GZ").name, by_extension("notes.txt")
    ('gzip', None)
    """
    lowered = name.lower()
    return next((codec for codec in CODECS.values() if lowered.endswith(codec.extension)), None)


def head(handle: BinaryIO, size: int) -> bytes:
    """Up to ``size`` first bytes of what ``handle`` will read next, without consuming them.

    ``handle`` must be able to peek (a buffered reader) or seek; fewer bytes may come from a pipe
    that has not yet been written to further.
    """
    peek: Callable[[int], bytes] | None = getattr(handle, "peek", None)
    if peek is not None:
        return peek(size)[:size]
    position = handle.tell()
    try:
        return handle.read(size)
    finally:
        handle.seek(position)


def _zstandard():
    return require_module("zstandard", "zstd", "zstd compression")


def open_input(handle: BinaryIO, name: str) -> tuple[BinaryIO, Codec | None]:
    """``handle`` decompressed when it starts with a codec's magic number, and that codec (``None``: as it is).

    ``name`` is the input's file name: a name ending in a codec's extension promises that codec.
    Raises :class:`~cleantext.errors.FormatError` for a broken promise and
    :class:`~cleantext.errors.MissingExtraError` for a zstd stream without the ``zstd`` extra.
    """
    start = head(handle, _LONGEST_MAGIC)
    found = next((codec for codec in CODECS.values() if start.startswith(codec.magic)), None)
    named = by_extension(name)
    if named is not None and found is not named and start:
        raise FormatError(f"not {named.name} data, though its name ends in {named.extension}")
    if found is None:
        return handle, None
    return io.BufferedReader(_Checked(_decompressing(handle, found), found), 1 << 16), found


def _decompressing(handle: BinaryIO, codec: Codec) -> BinaryIO:
    if codec.name == "gzip":
        import gzip

        return gzip.GzipFile(fileobj=handle, mode="rb")
    if codec.name == "bzip2":
        return bz2.BZ2File(handle, "rb")
    if codec.name == "xz":
        return lzma.LZMAFile(handle, "rb")
    return io.BufferedReader(_ZstdFrames(handle, _zstandard()))


class _Checked(io.RawIOBase):
    """A decompressing stream whose truncation and corruption raise :class:`FormatError`, saying which."""

    def __init__(self, inner: BinaryIO, codec: Codec) -> None:
        self.inner = inner
        self.codec = codec

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            return self.inner.readinto(buffer)  # type: ignore[attr-defined]
        except FormatError:
            raise
        except EOFError:
            raise FormatError(f"truncated {self.codec.name} data: the input ends inside a compressed stream") from None
        except OSError as problem:
            if problem.errno is not None:  # a failure to read the file itself, not its content
                raise
            raise FormatError(f"corrupt {self.codec.name} data: {problem}") from None
        except (zlib.error, lzma.LZMAError) as problem:
            raise FormatError(f"corrupt {self.codec.name} data: {problem}") from None


class _ZstdFrames(io.RawIOBase):
    """zstd frames, one after another, decompressed a little input at a time.

    ``zstandard``'s stream reader says nothing when the input ends inside a frame; here a frame not
    finished at the end of the input raises :class:`FormatError`. Input is fed 1 KB at a time, so
    that even a maximally compressed frame gives at most about 32 MB per step.
    """

    STEP = 1024

    def __init__(self, handle: BinaryIO, zstandard) -> None:
        self.handle = handle
        self.zstandard = zstandard
        self.frame = None  # the decompressor of the frame being read
        self.input = b""
        self.used = 0  # how much of ``input`` was fed
        self.output = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self.output:
            if self.used >= len(self.input):
                self.input, self.used = self.handle.read(1 << 16), 0
                if not self.input:
                    if self.frame is not None:
                        raise FormatError("truncated zstd data: the input ends inside a compressed frame")
                    return 0
            if self.frame is None:
                self.frame = self.zstandard.ZstdDecompressor().decompressobj()
            step = self.input[self.used : self.used + self.STEP]
            self.used += len(step)
            try:
                self.output = memoryview(self.frame.decompress(step))
            except self.zstandard.ZstdError as problem:
                raise FormatError(f"corrupt zstd data: {problem}") from None
            if self.frame.eof:  # the next frame starts with what this one left
                self.input, self.used = self.frame.unused_data + self.input[self.used :], 0
                self.frame = None
        size = min(len(buffer), len(self.output))
        buffer[:size] = self.output[:size]
        self.output = self.output[size:]
        return size


def compressor(codec: Codec) -> Compressor:
    """A new compressor for ``codec``, deterministic (gzip without a time stamp), so that an unchanged
    output compresses to the same bytes.
    """
    if codec.name == "gzip":
        return zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    if codec.name == "bzip2":
        return bz2.BZ2Compressor(9)
    if codec.name == "xz":
        return lzma.LZMACompressor(format=lzma.FORMAT_XZ)
    return _zstandard().ZstdCompressor(level=3, write_checksum=True).compressobj()
