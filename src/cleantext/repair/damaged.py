"""A line whose bytes were lost, read as the recovery of its characters reads it.

What mojibake's characters are as bytes (:data:`_BYTE_OF`: the lead bytes and continuations a line of
mojibake is made of, and :func:`_char`, the one character some bytes make), a damaged word's span
(:func:`_word_span`: letters, and the continuation characters of mojibake), a piece of a word decoded
where it can be (:func:`_decode_part`), and the languages of a line (:func:`_line_languages`, by its
whole words; :func:`_languages_word_by_word`, each word decoded alone). Shared by :mod:`.leads`,
:mod:`.punctuation`, :mod:`.runs` and :mod:`.lossy`; it imports none of them.
"""

from __future__ import annotations

import re

from .charsets import _class, _decoded
from .words import WordTable, table

#: The character each byte 0x80-0xFF is read as (Windows-1252, its undefined bytes as C1 controls),
#: and the Latin-1 readings of 0x80-0x9F, back to the byte.
_BYTE_OF = {bytes([byte]).decode("latin-1"): byte for byte in range(0x80, 0x100)}
_BYTE_OF.update({char: byte for byte in range(0x80, 0x100) for char in _decoded("cp1252", byte, byte)})
_LEADS = "".join(sorted(char for char, byte in _BYTE_OF.items() if 0xC2 <= byte <= 0xF4))
_CONTINUATIONS = "".join(sorted(char for char, byte in _BYTE_OF.items() if 0x80 <= byte <= 0xBF))
#: A lead byte and a continuation: mojibake.
_MOJIBAKE_PAIR = re.compile(_class(set(_LEADS)) + _class(set(_CONTINUATIONS)))
_WORD_CHAR = re.compile(f"[^\\W\\d_]|{_class(set(_CONTINUATIONS))}")


def _char(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if len(text) == 1 else None


def _decode_part(text: str) -> str:
    """A piece of a word that may still be mojibake ("Gonz" or "GarcÃ"), decoded where that works."""
    if text.isascii():
        return text
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    try:
        return text.encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return text


#: A whole word of two letters or more, not touching damage ("?", U+FFFD) or mojibake.
_WHOLE_WORD = re.compile(r"(?<![\w\ufffd?])[^\W\d_]{2,}(?![\w\ufffd?])")


def _line_languages(line: str, book: WordTable) -> frozenset[str]:
    return book.languages_of(_WHOLE_WORD.findall(line))


def _languages_word_by_word(line: str) -> frozenset[str]:
    """:func:`_line_languages` of ``line`` with each of its words decoded alone (:func:`_decode_part`): a lost
    byte keeps a line of mojibake from decoding whole."""
    return _line_languages(" ".join(map(_decode_part, line.split())), table())


def _word_span(line: str, start: int, end: int, stop: str = "") -> tuple[int, int]:
    """The word around ``line[start:end]``: letters, and continuation characters of mojibake, up to a character of
    ``stop`` (another lost mark's "â": ``unâoraâÃ¨`` holds the word ``ora`` between two).

    >>> _word_span("unâoraâÃ¨", 2, 3), _word_span("unâoraâÃ¨", 2, 3, stop="â")
    ((0, 9), (0, 6))
    """
    left = start
    while left > 0 and _WORD_CHAR.match(line[left - 1]) and line[left - 1] not in stop:
        left -= 1
    right = end
    while right < len(line) and _WORD_CHAR.match(line[right]) and line[right] not in stop:
        right += 1
    return left, right
