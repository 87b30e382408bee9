"""The f-number's sign whose second byte was lost: ``50mm Æ?/1.8G`` and ``50mm Æ/1.8G`` are ``50mm ƒ/1.8G``.

``ƒ`` (U+0192) is C6 92 in UTF-8, ``Æ’`` when read as Windows-1252; where the 0x92 became ``?`` (a C1 control of a
Latin-1 reading) or vanished, a lone ``Æ`` is left, which no step read (a lead byte before ``/`` is no word).
The lead byte C6 and one byte of 0x80-0x9F make only the letters U+0180-U+019F (``ƀ`` ... ``Ɵ``: letters of
African alphabets and of phonetics, written inside words); of them only ``ƒ`` stands as a word of its own (a
lens's aperture, ``ƒ/1.8``; the florin, ``AWG ƒ``). In the training text outside the held-out lines and the
second sample, the letters of that range are ``ƒ`` 3 times, each alone, and ``Ə`` once, inside a word. So a lone
``Æ`` right before ``/`` and a digit (an aperture), with no letter or digit before it, goes back as ``ƒ``.

A single-byte page's U+FFFD does not tell the byte, but the place does (:func:`lost_aperture_sign`): a lone U+FFFD is
one byte of 0x80-0xFF, any character of the page, and one standing as a word of its own after a space (or an
opening bracket, or at the line's start), right before ``/`` and a digit, is a sign written before a fraction. In
the training content lines (both renderings, the held-out test lines left out) every character outside ASCII there
is ``ƒ`` (15 times, in 14 lines) or ``π`` (``π/2``, twice), which no Western page has a byte for; ``ƒ`` is 0x83 of
Windows-1252, -1254 and -1258, and of no Central European page. After a number and a space a sign is a unit's
(``1,99 €/100 g``, a price per unit), and stays. UTF-8's two U+FFFD (``\\ufffd\\ufffd/1.8``) are ``ƒ`` or ``π``
alike (two bytes each), and stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .charsets import _mojibake
from .damaged import _MOJIBAKE_PAIR

__all__ = ["lost_aperture_sign", "restore_f_number"]

#: A lone lead byte C6 ("Æ") whose continuation became "?" or U+FFFD, or vanished, before an aperture's "/" and digit.
_SITE = re.compile(r"(?<![^\W_])Æ[?\ufffd]?(?=/\d)")
#: What may stand before a sign that is a word of its own: the line's start, a space or an opening bracket, but not a
#: number and a space (a unit's sign: "1,99 €/100 g").
_ALONE_AFTER = re.compile(r"(?:^|(?<!\d)\s|[(\[])\Z")
#: An aperture's fraction after its sign: "/" and a digit.
_FRACTION = re.compile(r"/\d")


def restore_f_number(line: str) -> str:
    """``line`` with each aperture's ``ƒ`` put back where its second byte was lost (in mojibake form, ``Æ’``, in
    a line of other mojibake, for ftfy to decode with the rest).

    >>> restore_f_number("the new 50mm Æ?/1.8G is sharp"), restore_f_number("the 35mm Æ/2D lens")
    ('the new 50mm ƒ/1.8G is sharp', 'the 35mm ƒ/2D lens')
    >>> restore_f_number("canâ€™t beat the 50mm Æ/1.8")
    'canâ€™t beat the 50mm Æ’/1.8'
    >>> restore_f_number("ÆØÅ/1 and BÆ?/2 and Æ/x stay")
    'ÆØÅ/1 and BÆ?/2 and Æ/x stay'
    """
    if "Æ" not in line:
        return line
    sign = _mojibake("ƒ") if _MOJIBAKE_PAIR.search(line) else "ƒ"
    return _SITE.sub(sign, line)


def lost_aperture_sign(
    line: str, start: int, end: int, single_bytes: bool, fits: Callable[[str, int], bool]
) -> str | None:
    """``ƒ`` for the lone U+FFFD at ``line[start:end]`` on a single-byte page (``single_bytes``) whose code pages have
    it (``fits("ƒ", 1)``), standing as a word of its own before ``/`` and a digit; else None.

    >>> fits = lambda char, length: char == "ƒ"  # a Western page
    >>> lost_aperture_sign("the new 50mm \\ufffd/1.8G lens", 13, 14, True, fits)
    'ƒ'
    >>> lost_aperture_sign("1,99 \\ufffd/100 g", 5, 6, True, fits) is None  # after a number: a unit's sign
    True
    >>> lost_aperture_sign("the new 50mm \\ufffd\\ufffd/1.8G lens", 13, 15, False, fits) is None  # "ƒ" or "π"
    True
    """
    if not single_bytes or line[start:end] != "\ufffd" or not _FRACTION.match(line, end):
        return None
    if not _ALONE_AFTER.search(line[max(0, start - 2) : start]) or not fits("ƒ", 1):
        return None
    return "ƒ"
