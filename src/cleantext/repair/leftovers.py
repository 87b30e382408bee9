"""Mojibake ftfy leaves when the rest of the line looks right."""

from __future__ import annotations

import re

from ..lazy import LazyPattern
from .charsets import _CONTINUATION, _class

#: Sequences that are mojibake whatever surrounds them: a three-byte "â" sequence (punctuation and
#: symbols: ™ ₩ ► …), a four-byte "ð" one (emoji), and "Â", "Ã", "Ä" or "Å" before a continuation
#: (Latin-1 and Latin Extended-A letters: "Ã©" é, "Å‚" ł, "Ä™" ę) -- except where a guillemet, quote
#: or ellipsis may follow an upper-case word ending in Â or Ã ("IRMÃ»"), unless a small letter comes
#: before (a capital after a small letter is no word's end); and "áº" or "á»" before a
#: continuation (the letters of Latin Extended Additional, U+1E80-U+1EFF, that Vietnamese is written
#: in: "á»§" ủ, "áº¿" ế), except before a no-break space, a quote, a dash or an ellipsis ("está»…").
_LEFTOVER = LazyPattern(
    "â" + _class(set(_CONTINUATION)) + "{2}"
    "|ð" + _class(set(_CONTINUATION)) + "{3}"
    "|Â"
    + _class(set(_CONTINUATION) - set("\xa0\xad"))  # those two are restore_lost_nbsp's
    + "|Ã"
    + _class(set(_CONTINUATION) - set("«»…“”‘’–—"))
    + "|[ÄÅ]"
    + _class(set(_CONTINUATION) - set("\xa0«»…“”‘’–—"))
    + "|(?<=[0-9a-zß-öø-ÿ])Ã[«»…“”‘’–—]"  # "2Ã—3" is mojibake; "IRMÃ—" and "a lot of Ã’s" are not
    + "|(?<=[a-zß-öø-ÿ])[ÄÅ][«»…“”‘’–—]"  # inside a small-letter word: "izmeÄ‘u" (đ), "siÄ…" (ą), "nÅ‘" (ő)
    + "|á[º»]"
    + _class(set(_CONTINUATION) - set("\xa0«»…“”‘’–—"))
)


def _decode_sequence(match: re.Match[str]) -> str:
    try:
        return match.group(0).encode("sloppy-windows-1252").decode("utf-8")
    except UnicodeError:
        return match.group(0)


def decode_leftovers(line: str) -> str:
    """Decode the UTF-8 sequences ftfy left because the rest of its line looked right.

    >>> decode_leftovers("VIP: 60,000â‚© for Adipocellâ„¢ â–º SÃO PAULO")
    'VIP: 60,000₩ for Adipocell™ ► SÃO PAULO'
    >>> decode_leftovers("Wałęsa powiedziaÅ‚ w GdaÅ„sku")
    'Wałęsa powiedział w Gdańsku'
    >>> decode_leftovers("thá»§ Ä?ô cá»§a"), decode_leftovers("«Ya está»… dijo")
    ('thủ Ä?ô của', '«Ya está»… dijo')
    >>> decode_leftovers("Ä?i ih, izmeÄ‘u ostalog"), decode_leftovers("MALMÖ – ÅÄ’s")
    ('Ä?i ih, između ostalog', 'MALMÖ – ÅÄ’s')
    """
    if (
        "â" not in line
        and "ð" not in line
        and "Â" not in line
        and "Ã" not in line
        and "Ä" not in line
        and "Å" not in line
        and "á" not in line
    ):
        return line
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    return _LEFTOVER.sub(_decode_sequence, line)
