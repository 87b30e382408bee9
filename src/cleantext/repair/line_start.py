"""A mark whose two last bytes became ``?`` at a line's start, before a letter: ``â??Every magazine…``.

``â??`` is ``E2`` and two bytes of 0x80-0x9F that became ``?``: a mark of U+2000-U+201F. Between words and after a
space :mod:`.punctuation` hands it to :mod:`.lossy`; at a line's start nothing stands before it to read. There, before
a letter, the training text's lines (the held-out lines and the second sample left out) write ``“`` 1,939 times in
2,014 (``‘`` 39, ``—`` 12, ``”`` 10, ``–`` 7, a zero-width space 5, ``’`` 2); those lines are English. Other languages
open a quotation with ``„`` as well (German, Croatian, Romanian), so only a line whose words tell English and nothing
else is read; before a space (a bullet or a dash as often) the mark stays.
"""

from __future__ import annotations

import re

from .charsets import _mojibake
from .damaged import _languages_word_by_word

__all__ = ["opening_quote_at_start"]

#: "â??" at the line's start, before a letter.
_AT_START = re.compile(r"â\?\?(?=[^\W\d_])")


def opening_quote_at_start(line: str) -> str:
    """``line`` with a ``â??`` that opens it before a letter put back as "“" in mojibake form, in an English line.

    >>> opening_quote_at_start("â??What worries me the most is the rise in temperatures,â?? ClÃ¡udia said.")
    'â€œWhat worries me the most is the rise in temperatures,â?? ClÃ¡udia said.'
    >>> opening_quote_at_start("â?? Chile: CarmÃ©nÃ¨re and Sauvignon Blanc")  # before a space: a bullet as often
    'â?? Chile: CarmÃ©nÃ¨re and Sauvignon Blanc'
    >>> opening_quote_at_start("â??Odluka o financiranju donosi se za projekte koji su uspjeÅ¡ni.")  # "„" as likely
    'â??Odluka o financiranju donosi se za projekte koji su uspjeÅ¡ni.'
    """
    if not _AT_START.match(line) or _languages_word_by_word(line) != {"en"}:
        return line
    return _mojibake("“") + line[3:]
