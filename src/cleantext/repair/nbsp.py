"""The lone "Â" of a no-break space whose second byte was lost."""

from __future__ import annotations

from ..lazy import LazyPattern
from .charsets import _CONTINUATION, _class

#: "Â" ending a line after text: the 0xA0 of a no-break space was lost (and trailing space stripped).
_LONE_A_AT_END = LazyPattern(r"(?<=[\p{Ll}\p{Lo}\p{N}\p{P}\p{S}])(?<![ÃÂâ].)(?:Â[ \t\xa0]*)+(?=\r?$)", regex=True)
#: "Â" after text and before a space or another letter: the 0xA0 became a space, or vanished.
_LONE_A_INSIDE = LazyPattern(
    r"(?<=[\p{Ll}\p{N}\p{P}\p{S}])Â[ \xa0]"  # "8Â p.m.", "«Â Bonjour"
    r"|(?<=[\p{Ll}\p{N}])Â(?=[\p{Ll}\p{N}])"  # "8Âp.m." (not "“Âm nhạc”": Vietnamese words begin with Â)
    r"|(?<=\p{Lu})(?<!Â)Â(?:[ \xa0](?=[\p{Ll}\p{N}])|(?=[\p{Ll}\p{N}]))",  # "USÂ dollar"
    regex=True,
)  # not after another "Â": in "ÂÂÂ\xa0x" each pass would take one more, and repair would never settle
#: "Â" inside a lower-case word: the soft hyphen (0xAD) of a hyphenation point was dropped ("NotÂfall").
_LONE_A_IN_WORD = LazyPattern(r"(?<=\p{Ll})Â(?=\p{Ll})(?!" + _class(set(_CONTINUATION)) + ")", regex=True)


def restore_lost_nbsp(line: str) -> str:
    """Turn the lone "Â" of a damaged no-break space back into the space; drop it at the line end.

    >>> restore_lost_nbsp("It starts at 8Â p.m. and costs $5Â million.Â")
    'It starts at 8\\xa0p.m. and costs $5\\xa0million.'
    >>> restore_lost_nbsp("ÎNVĂȚĂMÂNT in ROMÂNIA, CÂMARA and Â")
    'ÎNVĂȚĂMÂNT in ROMÂNIA, CÂMARA and Â'

    Inside a lower-case word it was a soft hyphen, which is invisible too:

    >>> restore_lost_nbsp("NotÂfallÂdaten")
    'Not\\xadfall\\xaddaten'
    """
    if "Â" not in line:
        return line
    line = _LONE_A_AT_END.sub("", line)
    line = _LONE_A_IN_WORD.sub("\xad", line)
    return _LONE_A_INSIDE.sub("\xa0", line)


def drop_final_lone_a(line: str) -> str:
    """Drop the "Â" of a lost no-break space at the line end; run before ftfy, which would keep the space.

    >>> drop_final_lone_a("Officials said the road would reopen soon.Â ")
    'Officials said the road would reopen soon.'
    """
    return _LONE_A_AT_END.sub("", line) if "Â" in line else line
