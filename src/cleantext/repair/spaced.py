"""A spaced dash whose two last bytes vanished, in a line of another language than English: ``desktop â puna``.

A mark of U+2000-U+201F is ``E2 80 xx`` in UTF-8; when its two C1 bytes vanish a bare ``â`` is left. Between spaces
it is a dash (or a quote written with a space). English writes "—" and "–" there about as often, so it stays
(:mod:`.quotes`); lines of other languages write "–" twice as often as "—" (148 and 71 lines of the training text),
the guess :mod:`.lossy` already makes for ``â€?`` and ``â??`` there. Only where every bare ``â`` of the line stands
between spaces: a line that lost quotes at a word's edge (``âPlenkoviÄ``) may have lost a spaced one too.
"""

from __future__ import annotations

import re

from .charsets import _mojibake
from .damaged import _MOJIBAKE_PAIR, _languages_word_by_word

__all__ = ["spaced_dash_outside_english"]

#: A bare "â" between spaces: the lead byte of a mark whose two last bytes vanished.
_SPACED = re.compile(r"(?<= )â(?= )")


def spaced_dash_outside_english(line: str) -> str:
    """``line`` (mojibake) with its bare spaced ``â`` put back as "–" in mojibake form, when its words tell a
    language and none is English, and no other bare ``â`` (a lost quote, a lost apostrophe) is in the line.

    >>> spaced_dash_outside_english("Kako radi, Äemu sluÅ¾i i kako izgleda Linux desktop â puna virtualizacija")
    'Kako radi, Äemu sluÅ¾i i kako izgleda Linux desktop â€“ puna virtualizacija'
    >>> spaced_dash_outside_english("The Fourth Circle â a cafÃ© in town")  # English: "—" or "–"
    'The Fourth Circle â a cafÃ© in town'
    >>> spaced_dash_outside_english("naslova â PlenkoviÄev novi Srbinâ o tome")  # lost quotes: it may be one
    'naslova â PlenkoviÄev novi Srbinâ o tome'
    """
    found = _SPACED.findall(line)
    if not found or line.count("â") != len(found) or not _MOJIBAKE_PAIR.search(line):
        return line
    languages = _languages_word_by_word(line)
    if not languages or "en" in languages:
        return line
    return _SPACED.sub(_mojibake("–"), line)
