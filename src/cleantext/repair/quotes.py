"""A quotation whose marks were lost at the edges of the words they touch: ``\\ufffdwhat is it\\ufffd``.

A double quote opens a quotation at a word's start and closes it at a word's end, so a lost one
(its one byte on a Windows-1252 page, or its three in UTF-8) leaves a run of U+FFFD glued to a word.
:mod:`.runs` asks :func:`edge_quotes` for a damaged word no letter makes a word of the line's
language; in a line told English with "“…”", in another language with the marks its document writes or
that its lost bytes tell from letters (:func:`_pairs`: other languages quote with „…“, «…», »…«), and
only for a pair: a run at a word's start after a space opens a quotation only when the
next lost mark of the line to touch a word (at a word's end, or alone after a mark) closes it; a
run at a word's end closes one only when a quotation is open. A word that lost more than one edge
keeps its losses: they are letters as likely. (Guillemets lost in UTF-8, two bytes each as a letter is, are
:mod:`.guillemets`'s.)

Here too is whether a double quotation is open at a point of a line (:func:`_quote_open`, quotes still in mojibake
form counted), which the lost punctuation of :mod:`.lossy` and :mod:`.run_punctuation` asks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import lru_cache

from ..lazy import LazyPattern
from .charsets import _CONTINUATION
from .context import written_quotes

_MOJIBAKE_QUOTE = {"â€œ": "“", "â€\x9d": "”", "â€ž": "„"}


class _QuoteBalance:
    """Double quotes opened and closed in text read piece by piece (quotes in mojibake form count too).

    Reads each character once, so that a line with many lost quotes costs linear time.
    """

    __slots__ = ("closed", "opened", "pending")

    def __init__(self) -> None:
        self.opened = 0  # “ opens; „…“ pairs close with “, so „ takes one back
        self.closed = 0
        self.pending = ""  # "â" or "â€" at the end of what was read: the start of a three-byte sequence

    def feed(self, text: str) -> None:
        index = 0
        while index < len(text):
            if self.pending:
                sequence = self.pending + text[index]
                index += 1
                if sequence == "â€":
                    self.pending = sequence
                elif len(sequence) == 3:  # "â€" and any third character: one unit, as _THREE_BYTES reads it
                    self._count(_MOJIBAKE_QUOTE.get(sequence, ""))
                    self.pending = ""
                else:  # an "â" that does not start a sequence: read the next character afresh
                    self.pending = ""
                    index -= 1
                continue
            found = text.find("â", index)
            self._count(text[index:] if found < 0 else text[index:found])
            if found < 0:
                break
            self.pending = "â"
            index = found + 1

    def _count(self, chunk: str) -> None:
        self.opened += chunk.count("“") - chunk.count("„")
        self.closed += chunk.count("”")

    @property
    def open(self) -> bool:
        return self.opened > self.closed


def _quote_open(text: str) -> bool:
    """Is a double quotation open at the end of ``text`` (reading quotes still in mojibake form)?

    >>> _quote_open("percent â€” then â€œstandard candles")
    True
    >>> _quote_open("â€œquoteâ€\x9d then the players")
    False
    """
    balance = _QuoteBalance()
    balance.feed(text)  # "â€”" holds a ” byte but is a dash: only whole sequences count
    return balance.open


__all__ = ["edge_quotes", "quotes_with_curly_marks", "vanished_marks"]

#: What may stand before an opening quote: the line's start, a space, an opening bracket.
_BEFORE_OPENING = frozenset(" \t\xa0([{")
#: The ASCII letters of a word.
_WORD_AT = LazyPattern("[A-Za-z]+")
#: What follows an English contraction's apostrophe ("it’s", "don’t", "we’re").
_CONTRACTED = frozenset(["s", "t", "m", "d", "ll", "re", "ve"])


def edge_quotes(
    line: str, start: int, end: int, done: str, single_bytes: bool, languages: frozenset[str]
) -> str | None:
    """The damaged word ``line[start:end]`` with a quote lost at its start or its end written, or None.

    ``done``: the line before the word as repaired so far; ``single_bytes``: the line's runs were made
    from a single-byte page (a quote is one U+FFFD), else from UTF-8 (three for "“", two for "«"). A word
    that lost something at both edges is left (``Zoran \ufffdivkovi\ufffd`` lost letters of a name); runs
    inside the word are left as they are. The marks are those of :func:`_pairs`.

    >>> line = "They call it \ufffdthe plan.\ufffd Then \ufffdno."
    >>> edge_quotes(line, 13, 17, "They call it ", True, frozenset({"en"}))
    '“the'
    >>> edge_quotes(line, 34, 37, "They call it “the plan.” Then ", True, frozenset({"en"})) is None  # nothing closes it
    True
    >>> edge_quotes("Il dit \ufffd\ufffd\ufffd\ufffdpas du tout\ufffd\ufffd\ufffd\ufffd.", 7, 14, "Il dit ", False, frozenset({"fr"}))
    '«\xa0pas'
    """
    english = languages == {"en"}
    for opening, closing in _pairs(line, languages, single_bytes):
        size = len(opening) if single_bytes else len(opening.encode())
        found = _edge_quote(line, start, end, done, size, (opening, closing), english)
        if found is not None:
            return found
    return None


#: Languages that quote with guillemets, "«" after a space and "»" before one (French with a no-break space
#: inside them), or with "“…”", never with "„" nor "»…«".
_GUILLEMETS = frozenset(["fr", "it", "es", "pt", "ca"])


def quotes_with_curly_marks(languages: frozenset[str]) -> bool:
    """Is a pair of marks of U+2000-U+201F at a quotation's edges in ``languages`` the pair "“…”"?

    English quotes so; French, Spanish, Italian, Portuguese and Catalan quote with guillemets (two bytes in UTF-8,
    "\xc2\xab": no such mark) or "“…”", never with "„" (German, Polish, Croatian: "„…“", and "»…«").

    >>> quotes_with_curly_marks(frozenset({"en"})), quotes_with_curly_marks(frozenset({"it"}))
    (True, True)
    >>> quotes_with_curly_marks(frozenset({"de"})), quotes_with_curly_marks(frozenset())
    (False, False)
    """
    return languages == {"en"} or (bool(languages) and languages <= _GUILLEMETS)


def _pairs(line: str, languages: frozenset[str], single_bytes: bool) -> list[tuple[str, str]]:
    """The double quotes a quotation of ``line`` may have lost, where its lost bytes tell them from letters.

    English: "“…”". Another language: the pair the line and its document write (:func:`.context.written_quotes`),
    else, in a language that quotes with guillemets or "“…”", what no letter of it leaves: in UTF-8 a run of
    three ("“", where "«" and an accented letter leave two) and French's "«\xa0" (four); on a single-byte page
    French's "«\xa0" (two; any mark one, as a letter). Else none: "„…“", "„…”", "»…«" and "“…”" are each some
    language's.
    """
    if languages == {"en"}:
        return [("“", "”")]
    if not languages:
        return []
    written = written_quotes(line)
    if written is not None:
        return [written]
    if not languages <= _GUILLEMETS:
        return []
    french = [("«\xa0", "\xa0»")] if languages == {"fr"} else []
    return french if single_bytes else [("“", "”"), *french]


def _edge_quote(
    line: str, start: int, end: int, done: str, size: int, pair: tuple[str, str], english: bool
) -> str | None:
    """:func:`edge_quotes` for one pair of marks, each lost to ``size`` U+FFFD."""
    run = "\ufffd" * size
    word = line[start:end]
    opens = word.startswith(run) and word[size : size + 1].isalpha()
    closes = word.endswith(run) and word[-size - 1 : -size].isalpha()
    if opens and closes:
        return _one_word_quotation(line, start, end, done, size, pair)
    if opens == closes or not _whole(word[size:] if opens else word[:-size], size, english):
        return None  # losses elsewhere in the word ("\ufffdpp\ufffdr\ufffdt" is "äppärät"): its edge's a letter too
    is_open = _quote_open(done) if pair == ("“", "”") else done.count(pair[0]) > done.count(pair[1])
    if opens:
        if (start and line[start - 1] not in _BEFORE_OPENING) or is_open or not _closed_next(line, end, size, english):
            return None  # the next lost mark does not close it: a lost letter as likely
        return pair[0] + word[size:]
    if line[end : end + 1].isalnum() or not is_open:
        return None
    return word[:-size] + pair[1]


def _one_word_quotation(line: str, start: int, end: int, done: str, size: int, pair: tuple[str, str]) -> str | None:
    """A word of ASCII letters between runs of three U+FFFD in UTF-8 (``\ufffd\ufffd\ufffdproves\ufffd\ufffd\ufffd``): a
    quotation of one word. Three bytes are no letter of the Latin alphabets but Vietnamese's (which the table reads,
    and no ASCII word holds); on a single-byte page one U+FFFD at each edge may be letters of a name (``Zoran
    \ufffdivkovi\ufffd``) as well, and is left.

    >>> _one_word_quotation("the word \ufffd\ufffd\ufffdanimate\ufffd\ufffd\ufffd comes", 9, 22, "the word ", 3, ("“", "”"))
    '“animate”'
    """
    inner = line[start + size : end - size]
    if size != 3 or not inner.isascii() or not _whole(inner, size) or line[end : end + 1].isalnum():
        return None
    is_open = _quote_open(done) if pair == ("“", "”") else done.count(pair[0]) > done.count(pair[1])
    if (start and line[start - 1] not in _BEFORE_OPENING) or is_open:
        return None
    return pair[0] + inner + pair[1]


def _whole(rest: str, size: int, english: bool = True) -> bool:
    """Did ``rest`` lose nothing, but perhaps (in English) the apostrophe of a contraction ("what\ufffds")?"""
    if "\ufffd" not in rest:
        return True
    if not english:
        return False
    head, _, tail = rest.partition("\ufffd" * size)
    return "\ufffd" not in head + tail and head.isalpha() and tail in _CONTRACTED


@lru_cache(maxsize=8)
def _runs(size: int) -> re.Pattern[str]:
    """A run of ``size`` U+FFFD, not part of a longer run."""
    return re.compile(f"(?<!\ufffd)\ufffd{{{size}}}(?!\ufffd)")


def _closed_next(line: str, end: int, size: int, english: bool = True) -> bool:
    """Is the next run of ``size`` U+FFFD after ``end`` that touches one word one that closes a quotation?"""
    for match in _runs(size).finditer(line, end):
        before = line[match.start() - 1 : match.start()]
        after = line[match.end() : match.end() + 1]
        if (not before or before in _BEFORE_OPENING) and after.isalnum():
            return False  # another quotation (or a lost letter) opens first
        if before and not before.isspace() and not after.isalnum():
            return True
        if (
            english
            and before.isalpha()
            and after.isalpha()
            and not _whole(line[match.start() - 1 : _word_end(line, match.end())], size, english)
        ):
            return False  # between letters, not an apostrophe ("spring\ufffdcan"): a dash, which tells nothing
        # (in other languages a loss between letters is a letter, and is read as one: "o\ufffdekivanoj")
    return False


def _word_end(line: str, start: int) -> int:
    word = _WORD_AT.match(line, start)
    return word.end() if word else start


#: A bare "â": a lead byte of U+2000-U+27FF whose two continuation bytes (0x80-0x9F, the C1 controls of a
#: Latin-1 reading) vanished -- not one that starts a sequence ("â€œ") or lost its bytes to "?" ("â??").
_BARE = LazyPattern("â(?![" + re.escape(_CONTINUATION) + "?])")


def vanished_marks(line: str, english: Callable[[], bool], known: Callable[[str], bool]) -> str:
    """In a line of mojibake in English (or, since issue 15's fifteenth round, in a language that quotes with "“…”" and
    never with "„": :func:`quotes_with_curly_marks`), the double quotes whose two last bytes vanished at a quotation's
    edges.

    A bare "â" at a word's start after a space opens a quotation when the next bare "â" to touch a
    word closes it (at a word's end, before a space or a mark) and the word as it stands is not a
    word (``known``: "âme" is), in a line ``english`` tells is of such a language (asked only when such a pair
    is found: plain mojibake reads no word table). Both go back as ``â€?``, which
    :func:`.lossy.restore_lost_bytes` tells from the characters around them, as when the bytes
    became "?". A bare "â" between spaces is left: English writes "—" there as often as "–".

    >>> vanished_marks("It is âa fresh startâ, they said â again.", lambda: True, lambda word: False)
    'It is â€?a fresh startâ€?, they said â again.'
    >>> vanished_marks("It is âa fresh start, they said.", lambda: True, lambda word: False)  # nothing closes it
    'It is âa fresh start, they said.'
    """
    sites = []  # (position, shape): "opens", "closes", or "" (between letters: a letter or an apostrophe)
    for match in _BARE.finditer(line):
        at = match.start()
        before, after = line[at - 1 : at], line[at + 1 : at + 2]
        if before.isspace() and after.isspace():
            continue  # a dash: it touches no word
        if (not before or before in _BEFORE_OPENING) and after.isascii() and after.isalpha():
            sites.append((at, "opens"))
        elif before and not before.isspace() and not after.isalnum():
            sites.append((at, "closes"))
        else:
            sites.append((at, ""))
    pairs = [
        (at, then) for (at, shape), (then, after) in itertools.pairwise(sites) if (shape, after) == ("opens", "closes")
    ]
    if not pairs or not english():
        return line
    chosen = set()
    for at, then in pairs:
        word = _WORD_AT.match(line, at + 1)
        if not known("â" + (word.group(0) if word else "")):
            chosen.update((at, then))
    return "".join("â€?" if index in chosen else char for index, char in enumerate(line))
