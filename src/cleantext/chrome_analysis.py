"""What a chrome rule's pattern says about the paragraphs it can match (for :mod:`cleantext.chrome_engine`).

A recursive-descent reader of the regular expression syntax that chrome rules use summarises each part
of a pattern: the literal strings every match contains or begins with, the characters a match can begin
or end with. Nothing here matches text.

Reading the default rules' patterns costs about 20 ms, at the first call: what it gives for them is
shipped as data (``data/chrome_analysis.json``, written by ``data/make_chrome_analysis.py``; a test holds
it equal to what this module computes), and :meth:`_Parser.top` returns a pattern's entry there instead of
reading it again. A pattern the table lacks (another rule set, a changed rule) is read as ever.
Which of the rules' literals hold which (:func:`_containment`) is worked out here too, for the engine's screens.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterable
from functools import cache, lru_cache
from typing import Any, NamedTuple, NoReturn

from .lazy import read_shipped

__all__: list[str] = []  # nothing public: :mod:`cleantext.chrome_engine` reads the summaries

_TOO_MANY = 64  # literal variants followed through a sequence before giving up on it
_LONG_ENOUGH = 5  # a literal this long rarely occurs by chance
_MANY_STARTS = 256  # ways to begin followed before giving up

#: Characters that the regex module, case-insensitive, equates with an ASCII letter but ``str.lower``
#: does not turn into it (checked against the regex module by a test).
_FOLD_EXTRA = {0x130: "i", 0x17F: "s", 0x212A: "k"}


def _fold(text: str) -> str:
    """``text`` in the form the literals are written in: ASCII letters lower case, the rest kept."""
    if not text.isascii() and ("\u0130" in text or "\u017f" in text or "\u212a" in text):
        text = text.translate(_FOLD_EXTRA)
    return text.lower()


def _fold_lowered(text: str, lowered: str) -> str:
    """:func:`_fold` of ``text``, given ``lowered``, its ``text.lower()``: that itself, but for a text holding one of
    the letters :data:`_FOLD_EXTRA` turns to ASCII first.

    >>> _fold_lowered("Şehir", "şehir"), _fold_lowered("\u0130stanbul", "\u0130stanbul".lower())
    ('şehir', 'istanbul')
    """
    if not text.isascii() and ("\u0130" in text or "\u017f" in text or "\u212a" in text):
        return _fold(text)
    return lowered


def _plain(char: str) -> bool:
    """Whether a literal ``char`` can be looked for in a folded paragraph: an ASCII character, or one
    without case (punctuation, symbols, digits, spaces) that the regex module, case-insensitive,
    equates with no other character (checked by a test)."""
    return char.isascii() or (unicodedata.category(char)[0] in "PSZN" and char.lower() == char == char.upper())


class _Unsupported(Exception):
    """Pattern syntax the analysis does not follow: the pattern is then searched as it is."""


_Literals = frozenset[str] | None
#: A set of characters, as the atoms that stand for them: "=" and a plain character, folded (see
#: :func:`_plain`), or "~" and a pattern for one character (a class, an escape, "."), tried
#: case-insensitively. Most are plain: telling whether a character is one of them needs no pattern.
_Chars = frozenset[str]


class _Summary(NamedTuple):
    """What is known of the strings a part of a pattern matches, written folded (see :func:`_fold`)."""

    exact: _Literals  # all of them, when they are few and known
    required: _Literals  # non-empty strings one of which every match contains
    starts: _Literals  # strings one of which every match begins with ("" among them: no knowledge)
    #: The characters a match can begin with (None: unknown), as ``_Chars``.
    first: _Chars | None = None
    nullable: bool = False  # whether it can match the empty string
    #: The characters a non-empty match can end with (None: unknown), as ``first``.
    last: _Chars | None = None
    ends: bool = False  # a sequence whose last part is ``$``: every match ends where the text does


_NOTHING: _Chars = frozenset()  # the first characters of what matches no characters


_ANY: _Chars = frozenset({"~."})
_EMPTY = _Summary(frozenset({""}), None, frozenset({""}), first=_NOTHING, nullable=True, last=_NOTHING)
_END = _EMPTY._replace(ends=True)  # ``$``; told apart from other zero-width parts by identity
_OPAQUE = _Summary(None, None, None)


def _literal(chars: frozenset[str]) -> _Summary:
    return _Summary(chars, None, chars)


def _required(summary: _Summary) -> _Literals:
    exact, required = summary.exact, summary.required
    if exact is not None and "" not in exact:
        candidates = [exact] if required is None else [exact, required]
        return max(candidates, key=_strength)
    return required


def _strength(literals: frozenset[str]) -> tuple[int, int, int]:
    """How well a set of literals screens: long enough (five characters is plenty), then few of them."""
    shortest = min(map(len, literals))
    return (min(shortest, _LONG_ENOUGH), -len(literals), shortest)


def _narrowed(literals: frozenset[str]) -> frozenset[str]:
    """One string that all ``literals`` contain, if a long enough one exists: a cheaper screen."""
    if len(literals) < 2:
        return literals
    shortest = min(literals, key=len)
    for size in range(len(shortest), _LONG_ENOUGH - 1, -1):
        for start in range(len(shortest) - size + 1):
            common = shortest[start : start + size]
            if all(common in literal for literal in literals):
                return frozenset({common})
    return literals


def _union(sets: list[_Literals], limit: int) -> _Literals:
    if any(item is None for item in sets):
        return None
    union: frozenset[str] = frozenset().union(*sets)  # type: ignore[arg-type]
    return union if len(union) <= limit else None


def _either(firsts: list[_Chars | None]) -> _Chars | None:
    if any(first is None for first in firsts):
        return None
    return frozenset().union(*firsts)  # type: ignore[arg-type]


def _times(left: frozenset[str], right: frozenset[str]) -> frozenset[str]:
    return frozenset(a + b for a in left for b in right)


@lru_cache(maxsize=512)
def _char_summary(char: str) -> _Summary:
    """What a literal character matches (one summary per character: patterns are mostly letters)."""
    if _plain(char):
        one = frozenset({"=" + char.lower()})
        return _literal(frozenset({char.lower()}))._replace(first=one, last=one)
    one = frozenset({"~" + re.escape(char)})
    return _OPAQUE._replace(first=one, last=one)


class _Parser:
    """A recursive-descent reader of the regular expression syntax that chrome rules use."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def peek(self, length: int = 1) -> str:
        return self.pattern[self.at : self.at + length]

    def fail(self) -> NoReturn:
        raise _Unsupported(self.pattern)

    def top(self) -> list[tuple[int, int, _Summary, bool]]:
        """The top-level alternatives: (start, end, summary, whether it begins with ``^``); for a pattern
        of the shipped table (:func:`_shipped`), its entry, which is what :meth:`read` gives."""
        if self.at == 0:
            entry = _shipped().get(self.pattern, _ABSENT)
            if entry is None:
                self.fail()
            if entry is not _ABSENT:
                self.at = len(self.pattern)
                return list(entry)
        return self.read()

    def read(self) -> list[tuple[int, int, _Summary, bool]]:
        """The top-level alternatives, read from the pattern."""
        found = []
        while True:
            start = self.at
            anchored = self.peek() == "^"
            found.append((start, self.at, self.sequence(), anchored))
            found[-1] = (start, self.at, found[-1][2], anchored)
            if self.peek() != "|":
                break
            self.at += 1
        if self.at != len(self.pattern):
            self.fail()
        return found

    def alternation(self) -> _Summary:
        summaries = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            summaries.append(self.sequence())
        required = _union([_required(summary) for summary in summaries], _MANY_STARTS)
        if required is not None:
            required = max((required, _narrowed(required)), key=_strength)
        return _Summary(
            _union([summary.exact for summary in summaries], _TOO_MANY),
            required,
            _union([summary.starts for summary in summaries], _MANY_STARTS),
            _either([summary.first for summary in summaries]),
            any(summary.nullable for summary in summaries),
            _either([summary.last for summary in summaries]),
        )

    def sequence(self) -> _Summary:
        product: frozenset[str] = frozenset({""})  # what the parts read so far match, while exact
        starts: _Literals = None  # how the sequence begins, once a part is not exact
        best: _Literals = None
        whole = True  # the product covers the whole sequence so far
        firsts: list[str | None] = []  # how the parts up to the first that cannot be empty begin
        lasts: list[str | None] = []  # how the parts from the last that cannot be empty end
        nullable = True
        ends = False

        def consider(literals: _Literals) -> None:
            nonlocal best
            if literals and "" not in literals:
                for option in (literals, _narrowed(literals)):
                    if best is None or _strength(option) > _strength(best):
                        best = option

        while self.at < len(self.pattern) and self.peek() not in "|)":
            summary = self.quantified()
            ends = summary is _END
            if nullable:
                firsts.append(summary.first)
                nullable = summary.nullable
            lasts = [*lasts, summary.last] if summary.nullable else [summary.last]
            if summary.exact is not None and len(product) * len(summary.exact) <= _TOO_MANY:
                product = _times(product, summary.exact)
                continue
            if whole:
                starts = product
                if summary.starts is not None and len(product) * len(summary.starts) <= _MANY_STARTS:
                    starts = _times(product, summary.starts)
            consider(product)
            consider(_required(summary))
            # Every match holds what the exact parts just read matched, followed by how this part begins.
            if summary.starts is not None and len(product) * len(summary.starts) <= _TOO_MANY:
                consider(_times(product, summary.starts))
            whole = False
            exact = summary.exact
            product = exact if exact is not None and len(exact) <= _TOO_MANY else frozenset({""})
        consider(product)
        first = _either(firsts) if firsts else _NOTHING
        last = _either(lasts) if lasts else _NOTHING
        if whole:
            return _Summary(product, best, product, first, nullable, last, ends)
        return _Summary(None, best, starts, first, nullable, last, ends)

    def quantified(self) -> _Summary:
        summary = self.atom()
        char = self.peek()
        if char in ("?", "*", "+"):
            self.at += 1
            low, high = (0, 1) if char == "?" else (0, None) if char == "*" else (1, None)
        elif char == "{":
            close = self.pattern.find("}", self.at)
            bounds = self.pattern[self.at + 1 : close].split(",") if close > 0 else []
            if not 1 <= len(bounds) <= 2 or not bounds[0] + bounds[-1] or not "".join(bounds).isdigit():
                self.fail()
            self.at = close + 1
            low = int(bounds[0] or 0)
            high = int(bounds[-1]) if bounds[-1] else None
        else:
            return summary
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings are matched
            self.at += 1
        exact, _, starts, first, nullable, last, _ = summary
        if low == 0:
            if high == 1 and exact is not None:
                return _literal(exact | {""})._replace(first=first, nullable=True, last=last)
            return _Summary(
                None, None, None if starts is None else starts | {""}, first=first, nullable=True, last=last
            )
        return _Summary(exact if low == high == 1 else None, _required(summary), starts, first, nullable, last)

    def atom(self) -> _Summary:
        char = self.peek()
        self.at += 1
        if char == "(":
            return self.group()
        if char == "[":
            start = self.at - 1
            chars = self.character_class()
            summary = _OPAQUE if chars is None or len(chars) > _TOO_MANY else _literal(chars)
            one = frozenset({"~" + self.pattern[start : self.at]})
            return summary._replace(first=one, last=one)
        if char == "\\":
            start = self.at - 1
            summary = self.escape()
            if summary.nullable:
                return summary
            one = frozenset({"~" + self.pattern[start : self.at]})
            return summary._replace(first=one, last=one)
        if char == "^":
            return _EMPTY
        if char == "$":
            return _END
        if char == ".":
            return _OPAQUE._replace(first=_ANY, last=_ANY)
        if char in "*+?{)|" or not char:
            self.fail()
        return _char_summary(char)

    def group(self) -> _Summary:
        if self.peek() != "?":
            summary = self.alternation()  # a capturing group
        elif self.peek(2) == "?:":
            self.at += 2
            summary = self.alternation()
        elif self.peek(2) in ("?=", "?!") or self.peek(3) in ("?<=", "?<!"):
            self.at += 2 if self.peek(2) in ("?=", "?!") else 3
            self.alternation()
            summary = _EMPTY  # a look-around matches no characters
        elif self.peek(4) == "?-i:" or self.peek(3) == "?i:":
            # Matching with case is matching without it, with fewer strings: what holds still holds.
            self.at = self.pattern.index(":", self.at) + 1
            summary = self.alternation()
        else:
            self.fail()
        if self.peek() != ")":
            self.fail()
        self.at += 1
        return summary

    def character_class(self) -> _Literals:
        """Read a class: the folded characters it matches, if they are all ASCII and known, else ``None``."""
        chars: set[str] | None = set()
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        first = True
        while True:
            char = self.peek()
            self.at += 1
            if not char or char == "[":
                self.fail()
            if char == "]" and not first:
                break
            first = False
            if char == "\\":
                if self.peek() in ("b", "B", "A", "Z"):  # in a class, not zero-width ("[\\b]": a backspace)
                    self.fail()
                found = self.escape().starts
            elif self.peek() == "-" and self.peek(2) not in ("-]", "-"):
                end = self.pattern[self.at + 1]
                if end in "\\[]":
                    self.fail()
                self.at += 2
                found = frozenset(map(chr, range(ord(char), ord(end) + 1))) if (char + end).isascii() else None
                if found is not None and not found:
                    self.fail()
            else:
                found = frozenset({char}) if _plain(char) else None
            chars = None if chars is None or found is None else chars | {c.lower() for c in found}
        return None if negated or chars is None else frozenset(chars)

    def escape(self) -> _Summary:
        char = self.peek()
        self.at += 1
        if char in "bBAZ":
            return _EMPTY
        if char in "wWsSdDntrfv":  # \d too: it matches every script's digits
            return _OPAQUE
        if char in "pP":
            if self.peek() == "{":
                close = self.pattern.find("}", self.at)
                if close < 0:
                    self.fail()
                self.at = close + 1
            else:
                self.at += 1
            return _OPAQUE
        if not char or char.isalnum() or char == "_":
            self.fail()
        return _literal(frozenset({char})) if _plain(char) else _OPAQUE


# --- the shipped table: what reading the default rules' patterns gives, as data ---

_TABLE_FILE = "chrome_analysis.json"
_TABLE_FORMAT = "cleantext-chrome-analysis"
_TABLE_VERSION = 1
_ABSENT: Any = object()
_Top = tuple[tuple[int, int, _Summary, bool], ...]


def _listed(chars: frozenset[str] | None) -> list[str] | None:
    return None if chars is None else sorted(chars)


def _set(chars: list[str] | None) -> frozenset[str] | None:
    return None if chars is None else frozenset(chars)


def analysis_table(patterns: Iterable[str]) -> dict[str, Any]:
    """The table of ``patterns`` as :meth:`_Parser.read` reads them, as JSON data (a pattern it does not
    follow: ``null``); ``data/make_chrome_analysis.py`` writes it for the default rules.

    >>> analysis_table(["share (this|on)"])["patterns"]["share (this|on)"][0][3][0]  # the literals a match holds
    ['share on', 'share this']
    """
    entries: dict[str, Any] = {}
    for pattern in patterns:
        try:
            top = _Parser(pattern).read()
        except (_Unsupported, IndexError):
            entries[pattern] = None
            continue
        entries[pattern] = [
            [
                start,
                end,
                anchored,
                [_listed(exact), _listed(required), _listed(starts), _listed(first), nullable, _listed(last), ends],
            ]
            for start, end, (exact, required, starts, first, nullable, last, ends), anchored in top
        ]
    return {"format": _TABLE_FORMAT, "version": _TABLE_VERSION, "patterns": entries}


def _entries(table: dict[str, Any]) -> dict[str, _Top | None]:
    """The table's entries as :meth:`_Parser.top` returns them (``{}`` for another format or version)."""
    if table.get("format") != _TABLE_FORMAT or table.get("version") != _TABLE_VERSION:
        return {}
    entries: dict[str, _Top | None] = {}
    for pattern, parts in table["patterns"].items():
        if parts is None:
            entries[pattern] = None
            continue
        entries[pattern] = tuple(
            (
                start,
                end,
                _Summary(_set(exact), _set(required), _set(starts), _set(first), nullable, _set(last), ends),
                anchored,
            )
            for start, end, anchored, (exact, required, starts, first, nullable, last, ends) in parts
        )
    return entries


@cache
def _shipped() -> dict[str, _Top | None]:
    """The shipped table, read on first use (none when the file is missing: every pattern is then read)."""
    try:
        raw = read_shipped(__package__ or "cleantext", f"data/{_TABLE_FILE}")
    except OSError:
        return {}
    return _entries(json.loads(raw))


def _containment(keys: Collection[str]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each of ``keys``: the others it holds, and those that hold it (itself too). Each key is
    looked for once in those at least as long, joined by a character none holds, each place found
    naming the key it falls in: one C-level scan a key instead of one ``in`` test a pair (the default
    rules' 442 literals: ~195,000 tests, 15 ms)."""
    order = sorted(keys, key=lambda key: (-len(key), key))  # the longest first
    used = set().union(*order)
    gap = next(char for char in map(chr, range(0x110000)) if char not in used)
    joined = gap.join(order)
    begins = []  # where each key begins in ``joined``
    ends: dict[int, int] = {}  # a length -> where the last key at least that long ends
    place = 0
    for key in order:
        begins.append(place)
        place += len(key)
        ends[len(key)] = place
        place += 1
    find = joined.find
    holders: dict[str, list[str]] = {}
    held: dict[str, list[str]] = {key: [] for key in order}
    for key in order:
        found = [key]  # (found again among the places: a duplicate, as a key found twice in another)
        end = ends[len(key)]
        at = find(key, 0, end)
        while at >= 0:
            found.append(order[bisect_right(begins, at) - 1])
            at = find(key, at + 1, end)
        holders[key] = found
    for key, found in holders.items():
        for other in found:
            if other != key:
                held[other].append(key)
    return {key: (frozenset(held[key]), frozenset(holders[key])) for key in order}
