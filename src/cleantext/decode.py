"""Turn bytes into text: byte-order marks first, then UTF-8, then a detected legacy encoding.

The order of evidence:

1. a byte-order mark (UTF-8, UTF-16 or UTF-32) decides; Latin-script UTF-16 without one (every other
   byte NUL) is recognised too;
2. binary data (a known file signature, NUL bytes, many control bytes) is refused with
   :class:`~cleantext.errors.BinaryInputError` rather than cleaned into garbage;
3. valid UTF-8 is UTF-8;
4. UTF-8 with a few stray Windows-1252 bytes (pasted from another source) keeps its UTF-8 and reads
   the stray bytes as Windows-1252;
5. anything else is legacy text: Windows-1252 when it reads as Western text (it is a superset of
   Latin-1 for printable text, and what browsers use for "ISO-8859-1"), otherwise the encoding that
   charset-normalizer detects (Cyrillic, Greek, CJK, ...). When nothing fits,
   :class:`~cleantext.errors.UndecodableInputError` says so.

Line breaks come out as ``\n``: ``\r\n`` (Windows) and a lone ``\r`` (classic Mac OS, some exports)
are read as Python reads text files (universal newlines), so that every later step sees the lines.
"""

from __future__ import annotations

import codecs

from .errors import BinaryInputError, DecodeError, InputTypeError, UndecodableInputError
from .lazy import LazyPattern

__all__ = ["decode", "normalize_newlines"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: File signatures of common binary formats, so that the error can say what the input is. Only
#: signatures no news text starts with (not "MZ" or "BZh": "MZ Wallace said ..." is text).
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
#: Control bytes that text does not hold -- but tab, line feed, form feed, carriage return, the escape
#: of terminal colours and the backspace of overstruck (bold, underlined) terminal output it may.
_CONTROL_BYTES = bytes(set(range(32)) - {8, 9, 10, 12, 13, 27})
#: Encodings whose letters Windows-1252 reads the same way (for text, it is their superset or twin).
_WESTERN = {"ascii", "latin_1", "iso8859_15", "cp1252", "cp850", "cp858", "mac_roman", "cp437", "iso8859_9", "cp1254"}
#: Every byte that can lead a UTF-8 sequence (0xC2-0xF4) as "L", every continuation byte (0x80-0xBF) as
#: "C", the rest as ".": a lead followed by a continuation is "LC".
_LEADS_AND_CONTINUATIONS = bytes(
    ord("L") if 0xC2 <= byte <= 0xF4 else ord("C") if 0x80 <= byte <= 0xBF else ord(".") for byte in range(256)
)


def _cp1252_or_latin1(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decoding error handler: a byte that UTF-8 rejects is read as Windows-1252 (Latin-1 if undefined)."""
    byte = error.object[error.start : error.start + 1]
    try:
        return byte.decode("cp1252"), error.start + 1
    except UnicodeDecodeError:
        return byte.decode("latin-1"), error.start + 1


codecs.register_error("cleantext-cp1252", _cp1252_or_latin1)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without its byte-order mark: every other byte NUL (Latin-script text), decodes cleanly."""
    if len(data) % 2 or len(data) < 4:
        return None
    for encoding, zeros in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            controls = sum(char < " " and char not in "\t\n\r\x0c" for char in text)
            return text if not controls else None
    return None


def refuse_binary(data: bytes) -> None:
    """Raise :class:`BinaryInputError` for a known file signature, NUL bytes, or many control bytes.

    Shared with :func:`cleantext.decode_html`, which checks pages before reading their declared charset.
    """
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(f"input looks like {kind}, not text")
    if b"\x00" in data:
        raise BinaryInputError("input looks binary (NUL bytes), not text")
    sample = data[:65536]
    if sample and sum(sample.count(byte) for byte in _CONTROL_BYTES) > len(sample) // 10:
        raise BinaryInputError("input looks binary (control bytes), not text")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes of another encoding: keep the UTF-8, read the strays as Windows-1252."""
    # Counted as "LC" in a copy where every lead byte reads L and every continuation C: one copy of the
    # bytes at C speed (a list of the matches would cost ~20x the input).
    sequences = data.translate(_LEADS_AND_CONTINUATIONS).count(b"LC")
    if not sequences:
        return None
    text = data.decode("utf-8", "cleantext-cp1252")
    strays = len(text) - len(data.decode("utf-8", "ignore"))
    return text if strays <= sequences else None


#: A sign touching a letter in a Windows-1252 reading: a letter of another code page (Polish "by³", "mo¿e").
_FOREIGN_LETTER = LazyPattern(r"[^\W\d_][¤¥¦¨¯±³´¶¸¹¼½¾¿]|[¤¥¦¨¯±³´¶¸¹¼½¾][^\W\d_]")


_WORD = LazyPattern(r"[^\W\d_]{2,}")


def _western(text: str) -> bool:
    """Does this Windows-1252 reading look like Western text?

    Western words mix accented letters with ASCII ones ("été", "Müller"); Cyrillic or Greek bytes read
    as Windows-1252 make words of accented letters only ("Ïðåçèäåíò"), and Central European letters
    turn into signs inside words ("wys³any").
    """
    words = foreign = 0
    for match in _WORD.finditer(text):  # one match at a time: a list of every word costs ~10x the text
        words += 1
        foreign += not any(char.isascii() for char in match.group())
    signs = sum(1 for _ in _FOREIGN_LETTER.finditer(text))
    return foreign <= 0.1 * words and signs * 50 <= max(words, 1)


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds most plausible, as a Python codec name (None: no idea)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return None if best is None else codecs.lookup(best.encoding).name.replace("-", "_")


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and a lone ``\\r`` into ``\\n``, as Python's text files read line breaks.

    :func:`decode` does this for bytes; call it on text that did not come through it (a JSON field).

    >>> normalize_newlines("one\\r\\ntwo\\rthree\\n")
    'one\\ntwo\\nthree\\n'
    """
    if "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    return text.replace("\r", "\n") if "\r" in text else text


def decode(data: bytes) -> str:
    """Decode ``data`` as text: a byte-order mark wins, then UTF-8, then a legacy encoding.

    Line breaks come out as ``\\n`` (:func:`normalize_newlines`).

    >>> decode("déjà vu".encode("utf-8"))
    'déjà vu'
    >>> decode("“déjà vu” — 20 €".encode("cp1252"))
    '“déjà vu” — 20 €'
    >>> decode("Привет, мир! Как дела? Всё хорошо.".encode("cp1251"))
    'Привет, мир! Как дела? Всё хорошо.'
    >>> decode(b"\\x00\\x01\\x02binary")
    Traceback (most recent call last):
    ...
    cleantext.errors.BinaryInputError: input looks binary (NUL bytes), not text
    >>> decode(b"old Mac text\\rsecond line\\r")
    'old Mac text\\nsecond line\\n'
    """
    if not isinstance(data, bytes | bytearray):
        raise InputTypeError(f"decode() takes bytes, not {type(data).__name__}: text needs no decoding")
    return normalize_newlines(_decode(data))


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    f"input starts with a {encoding} byte-order mark but is not {encoding}: {error.reason} "
                    f"at byte {error.start + len(bom)}"
                ) from None
            if "\x00" in text:  # a byte-order mark does not make a binary file text
                raise BinaryInputError(f"input looks binary (NUL characters after a {encoding} byte-order mark)")
            return text
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
    refuse_binary(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _western(western):
        return western
    detected = _detect(data)
    # UTF-16/32 without a byte-order mark would be full of NUL bytes, which were refused above.
    if detected is not None and detected not in _WESTERN and not detected.startswith("utf"):
        try:
            return data.decode(detected)
        except UnicodeDecodeError:
            pass
    if western is not None:
        return western
    raise UndecodableInputError(
        "input is not UTF-8 and no legacy encoding fits it"
        + (f" (charset-normalizer guessed {detected})" if detected else "")
    )
