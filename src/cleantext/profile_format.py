"""The profile file format (version 1), described in ``docs/profile.md``: little-endian, portable, not pickle.

::

    header   magic b"CTPROFIL", version u16, flags u16 (0), sites u32
    site     name: length u32 + UTF-8; pages u64; lines u64; texts u32
             fingerprints u64[pages] (ascending), copies u32[pages]
             keys u64[lines] (ascending), counts u32[lines]
             texts: key u64, length u32, UTF-8, each
    trailer  CRC-32 u32 of every byte before it

A file that is not a profile, is cut short, damaged (the CRC), or of a newer version raises
:class:`~cleantext.errors.ProfileError`.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Mapping
from typing import Protocol

from .errors import ProfileError

__all__ = ["MAGIC", "VERSION", "SiteTables", "dump", "parse"]

MAGIC = b"CTPROFIL"
VERSION = 1
_HEADER = struct.Struct("<8sHHI")
_SITE = struct.Struct("<QQI")
_TEXT = struct.Struct("<QI")
_LENGTH = struct.Struct("<I")
#: What :func:`parse` reads of one site: (keys, counts), (fingerprints, copies), texts of repeated lines by key.
Tables = tuple[tuple[array, array], tuple[array, array], dict[int, str]]


class SiteTables(Protocol):
    """What :func:`dump` writes of one site (a profile's site holds them)."""

    keys: array
    counts: array
    fingerprints: array
    copies: array
    texts: Mapping[int, str]


def _little(values: array) -> bytes | memoryview:
    if sys.byteorder == "little":
        return memoryview(values).cast("B")
    swapped = array(values.typecode, values)
    swapped.byteswap()
    return swapped.tobytes()


def _array(typecode: str, data: memoryview) -> array:
    values = array(typecode)
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def dump(sites: Mapping[str, SiteTables], write: Callable[[bytes | memoryview], object]) -> None:
    """Write a profile file holding ``sites`` through ``write``, piece by piece (the arrays are not copied)."""
    crc = 0

    def put(piece: bytes | memoryview) -> None:
        nonlocal crc
        crc = zlib.crc32(piece, crc)
        write(piece)

    put(_HEADER.pack(MAGIC, VERSION, 0, len(sites)))
    for name, site in sites.items():
        encoded = name.encode("utf-8", "surrogatepass")
        put(_LENGTH.pack(len(encoded)) + encoded)
        put(_SITE.pack(len(site.fingerprints), len(site.keys), len(site.texts)))
        for values in (site.fingerprints, site.copies, site.keys, site.counts):
            put(_little(values))
        for key, text in sorted(site.texts.items()):
            encoded = text.encode("utf-8", "surrogatepass")
            put(_TEXT.pack(key, len(encoded)) + encoded)
    write(_LENGTH.pack(crc))


class _Reader:
    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.at = 0

    def take(self, size: int) -> memoryview:
        if size < 0 or self.at + size > len(self.data):
            raise ProfileError("not a cleantext profile: the file is cut short or its lengths are wrong")
        piece = self.data[self.at : self.at + size]
        self.at += size
        return piece

    def unpack(self, layout: struct.Struct) -> tuple[int, ...]:
        return layout.unpack(self.take(layout.size))


def parse(data: bytes) -> dict[str, Tables]:
    """The sites of a profile file, each as its tables (:data:`Tables`); :class:`~cleantext.errors.ProfileError` if
    ``data`` is not one."""
    if len(data) < _HEADER.size + _LENGTH.size or not data.startswith(MAGIC):
        raise ProfileError("not a cleantext profile (no profile header)")
    _, version, _, count = _HEADER.unpack_from(data)
    if version != VERSION:
        raise ProfileError(f"profile format version {version} is not known to this cleantext (it reads {VERSION})")
    (crc,) = _LENGTH.unpack_from(data, len(data) - _LENGTH.size)
    view = memoryview(data)[: len(data) - _LENGTH.size]
    if zlib.crc32(view) != crc:
        raise ProfileError("damaged cleantext profile (checksum mismatch)")
    reader = _Reader(view)
    reader.at = _HEADER.size
    sites: dict[str, Tables] = {}
    try:
        for _ in range(count):
            (length,) = reader.unpack(_LENGTH)
            name = bytes(reader.take(length)).decode("utf-8", "surrogatepass")
            pages, lines, texts = reader.unpack(_SITE)
            fingerprints = _array("Q", reader.take(8 * pages))
            copies = _array("I", reader.take(4 * pages))
            keys = _array("Q", reader.take(8 * lines))
            counts = _array("I", reader.take(4 * lines))
            known: dict[int, str] = {}
            for _ in range(texts):
                key, length = reader.unpack(_TEXT)
                known[key] = bytes(reader.take(length)).decode("utf-8", "surrogatepass")
            sites[name] = ((keys, counts), (fingerprints, copies), known)
    except UnicodeDecodeError as problem:
        raise ProfileError(f"damaged cleantext profile (bad text: {problem.reason})") from None
    if reader.at != len(view):
        raise ProfileError("not a cleantext profile: bytes left over after the last site")
    return sites
