"""The characters UTF-8 mojibake is made of, and the one pattern that says a line may be damaged."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lazy import LazyPattern

#: The single-byte encodings UTF-8 is wrongly read as (ftfy's list): mojibake is made of their characters.
_CODECS = ("latin-1", "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "iso-8859-2", "mac-roman", "cp437")
#: Typography that Mac Roman puts at a lead-byte position; before an accented letter it proves nothing
#: ("“École"). Its other leads stay: "√" (é is "√©"), "‚" (’ is "‚Äô"), "◊" (Hebrew), ...
_TYPOGRAPHY = set("“”‘’„–—…«»‹›·•€‰\xa0")
#: The typographic ligatures ftfy splits into their letters ("ﬁ" U+FB01 to "ﬆ" U+FB06).
_LIGATURES = "\ufb00-\ufb06"


def _decoded(codec: str, first: int, last: int) -> set[str]:
    chars = set()
    for byte in range(first, last + 1):
        try:
            chars.add(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.add(chr(byte))  # the sloppy reading: an undefined byte passes through as a C1 control
    return chars


def _class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


def _suspect_source() -> str:
    """One pattern for "this line may be damaged": a mojibake sequence, a lone marker, an entity
    (:func:`_suspect_parts`), looked for where a character one of them begins with stands."""
    first, alternatives = _suspect_parts()
    # The look-ahead lets the engine pass over ordinary characters without trying every alternative.
    return "(?=" + first + ")(?:" + alternatives + ")"


@lru_cache(maxsize=1)
def _suspect_parts() -> tuple[str, str]:
    """The characters a sign of damage begins with (a class), and the signs (alternatives): a mojibake
    sequence, a lone marker, an entity.

    A mojibake sequence is what a UTF-8 sequence becomes in one of the codecs: the character of a
    lead byte followed by as many characters of continuation bytes as that lead needs (one after
    0xC2-0xDF, two after 0xE0-0xEF, three after 0xF0-0xF4) -- so "café”" or "été…" is not one, while
    "Ã©" and "â€™" are; in Latin-1, "?" counts as a continuation (a lost one: "Å?ódź", "Weâ??re"). Guillemets after a letter are ordinary in Cyrillic and Greek text, so they count
    as continuations only in the Western codecs.
    """
    sequences = []
    starts = set("&ÂÃâïÌ")
    for codec in _CODECS:
        continuations = _class(_decoded(codec, 0x80, 0xBF) - (set() if codec in ("latin-1", "cp1252") else set("«»")))
        if codec == "latin-1":  # a continuation lost to "?" ("Å?ódź", "Weâ??re"; U+FFFD is a marker itself)
            continuations = continuations[:-1] + "?]"
        for first, last, length in ((0xC2, 0xDF, 1), (0xE0, 0xEF, 2), (0xF0, 0xF4, 3)):
            leads = _decoded(codec, first, last) - _TYPOGRAPHY
            sequences.append(_class(leads) + continuations + (f"{{{length}}}" if length > 1 else ""))
            starts |= leads
    # "Â", "Ã" and "â€" with a lost byte, C1 controls, U+FFFD, surrogates and Latin ligatures (ftfy splits them)
    others = "\x80-\x9f\ufffd\ud800-\udfff\u0132\u0133\u013f\u0140\u0149\u01c4-\u01cc\u01f1-\u01f3"
    markers = "â€|ï¸|Ì[?\ufffd]|[ÂÃ" + others + "]"
    # a typographic ligature ("ﬁ", "ﬂ", "ﬃ") beside a letter: typesetting joined two letters of a word ("ﬁnds");
    # one with no letter on either side is the character itself, shown ("'ﬃ' U+FB03"), and stays
    markers += f"|(?<=[^\\W\\d_])[{_LIGATURES}]|[{_LIGATURES}](?=[^\\W\\d_])"
    # "Ä" or "Å" after a small letter: a lead byte whose C1 continuation vanished ("siÄ", "mieszkaÅcami")
    markers += "|(?<=[a-zß-öø-ÿ])[ÄÅ]"
    # "â" and one continuation of 0xA1-0xBF: a three-byte mark whose middle byte (a C1 control) vanished ("250â¬",
    # "waitâ¦"); the two-continuation sequences above cover the whole ones
    markers += "|â[\xa1-\xbf]"
    # "Æ" alone before "/" and a digit: the aperture's "ƒ" (C6 92) whose second byte vanished ("50mm Æ/1.8G")
    markers += r"|(?<![^\W_])Æ(?=/\d)"
    return _class(starts)[:-1] + others + _LIGATURES + "]", "|".join([r"&#?\w+;", markers, *sequences])


#: A line this pattern does not match cannot hold mojibake, entities, C1 controls or lost bytes.
#: (The package's patterns are compiled on first use: ``import cleantext`` does no work beyond definitions.)
_SUSPECT = LazyPattern(_suspect_source)
#: The characters a match of ``_SUSPECT`` begins with (its look-ahead), alone: a class the engine scans
#: for without trying anything at each character.
_SUSPECT_START = LazyPattern(lambda: _suspect_parts()[0])
_TRIED = 16  # places :func:`suspect` tries one by one


def suspect(text: str) -> bool:
    """Whether ``_SUSPECT`` matches somewhere in ``text``: tried only where one of the characters it
    begins with stands, found by one scan (searched, it tries its look-ahead at every character: in
    text with few such characters, most text, this costs a fraction of that); after
    :data:`_TRIED` such places (Cyrillic text, accented Latin text: they are many) the rest is
    searched. No sign of damage spans a line break, so a document's lines joined hold one iff one of
    its lines does.

    >>> suspect("Plain text, “curly” quotes and café."), suspect("The café\\ndonâ€™t"), suspect("It cost 250â¬.")
    (False, True, True)
    """
    # At a position, the pattern's look-behind still sees what stands before it. It is compiled (~5 ms) by
    # its first use: a text where none of the characters it begins with stands never needs it.
    for tried, place in enumerate(_SUSPECT_START.finditer(text)):
        if tried == _TRIED:  # no match before this place: one search for the rest
            return _SUSPECT.search(text, place.start()) is not None
        if _SUSPECT.match(text, place.start()) is not None:
            return True
    return False


#: Characters that a UTF-8 continuation byte (0x80-0xBF) becomes when read as Windows-1252 or Latin-1.
_CONTINUATION = "".join(sorted(_decoded("cp1252", 0x80, 0xBF) | _decoded("latin-1", 0x80, 0xBF)))


@lru_cache(maxsize=1)
def _not_continuation() -> str:
    """Not a continuation byte in any of the codecs: after "â€", a sign that the third byte is missing."""
    chars = set().union(*(_decoded(codec, 0x80, 0xBF) for codec in _CODECS)) | set(_CONTINUATION)
    return "[^" + _class(chars)[1:]


@lru_cache(maxsize=256)  # a few characters, asked for on every damaged line
def _mojibake(char: str) -> str:
    """``char`` as UTF-8 misread as Windows-1252 (undefined bytes kept as C1 controls): "é" is "Ã©"."""
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)

    return char.encode("utf-8").decode("sloppy-windows-1252")
