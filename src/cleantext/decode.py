"""Turn bytes into text: byte-order marks first, then UTF-8, then a legacy Western encoding.

Binary data (NUL bytes, many control bytes) is refused with :class:`~cleantext.errors.BinaryInputError`
rather than cleaned into garbage.
"""

from __future__ import annotations

import codecs

from .errors import BinaryInputError, DecodeError

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})


def decode(data: bytes) -> str:
    """Decode ``data`` as text: a byte-order mark wins, then UTF-8, then Windows-1252.

    >>> decode("déjà vu".encode("utf-8"))
    'déjà vu'
    >>> decode("déjà vu".encode("cp1252"))
    'déjà vu'
    >>> decode(b"\\x00\\x01\\x02binary")
    Traceback (most recent call last):
    ...
    cleantext.errors.BinaryInputError: input looks binary (NUL bytes), not text
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"input starts with a {encoding} byte-order mark but is not {encoding}: {error}"
                ) from None
    if b"\x00" in data:
        raise BinaryInputError("input looks binary (NUL bytes), not text")
    sample = data[:65536]
    if sample and sum(sample.count(byte) for byte in _CONTROL_BYTES) > len(sample) // 10:
        raise BinaryInputError("input looks binary (control bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
