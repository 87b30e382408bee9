"""The f-number's sign whose second byte was lost: ``50mm Æ?/1.8G`` and ``50mm Æ/1.8G`` are ``50mm ƒ/1.8G``.

``ƒ`` (U+0192) is C6 92 in UTF-8, ``Æ’`` when read as Windows-1252; where the 0x92 became ``?`` (a C1 control of a
Latin-1 reading) or vanished, a lone ``Æ`` is left, which no step read (a lead byte before ``/`` is no word).
The lead byte C6 and one byte of 0x80-0x9F make only the letters U+0180-U+019F (``ƀ`` ... ``Ɵ``: letters of
African alphabets and of phonetics, written inside words); of them only ``ƒ`` stands as a word of its own (a
lens's aperture, ``ƒ/1.8``; the florin, ``AWG ƒ``). In the training text outside the held-out lines and the
second sample, the letters of that range are ``ƒ`` 3 times, each alone, and ``Ə`` once, inside a word. So a lone
``Æ`` right before ``/`` and a digit (an aperture), with no letter or digit before it, goes back as ``ƒ``. A
single-byte page's U+FFFD or UTF-8's two (``\\ufffd/1.8``) do not tell the lead byte, and stay.
"""

from __future__ import annotations

import re

from .charsets import _mojibake
from .damaged import _MOJIBAKE_PAIR

__all__ = ["restore_f_number"]

#: A lone lead byte C6 ("Æ") whose continuation became "?" or U+FFFD, or vanished, before an aperture's "/" and digit.
_SITE = re.compile(r"(?<![^\W_])Æ[?\ufffd]?(?=/\d)")


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
