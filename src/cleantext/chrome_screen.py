"""One search that finds something wherever one of many literal strings is (for the chrome engine's
lanes, :mod:`cleantext.chrome_engine`), and every place where one of them is (for the notices' first
look, :mod:`cleantext.notices`).

What the search finds may be none of them: it looks for the end of each from its rarest character, so
that it stops at few places; the strings themselves then decide.

Also here, such a search for a whole pattern (:func:`_screen_of`): made from the literals one of which each
of its matches holds, as the chrome rules' analysis finds them, it settles a text that holds none without the
pattern (the notices' topic, a comment thread's entry).

And the chrome engine's tests of a paragraph's first and last characters (:func:`_rejected`): what each part
of a rule accepts there, the parts' tests read together, each pattern among them tried once a character.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .chrome_analysis import _fold

if TYPE_CHECKING:
    from .chrome_engine import _Lazy

__all__: list[str] = []  # nothing public


#: English letters, the most frequent first: a search for many strings at once is fastest when they
#: begin with rare characters (it stops only where one of those is). Only speed depends on this.
_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"


def _rank(char: str) -> int:
    """How rarely ``char`` occurs in news text, roughly (higher: rarer)."""
    if char == " ":
        return -1
    if char in ".,'-":
        return 8
    found = _LETTERS.find(char)
    return len(_LETTERS) if found < 0 else found


def _tail(probe: str) -> str:
    """The end of ``probe`` from its rarest character, at least four characters long when ``probe`` is:
    found wherever ``probe`` is."""
    size = min(4, len(probe))
    start = max(range(len(probe) - size + 1), key=lambda at: (_rank(probe[at]), -at))
    return probe[start:]


def _trie(strings: list[str]) -> str:
    """A pattern that finds one of ``strings`` (none empty) wherever one is, branching on one character
    at a time; a string that another begins with stands for both."""
    tree: dict[str, dict] = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


def _screen(probes: tuple[str, ...]) -> Callable[[str], object]:
    """One search (Python's ``re``, on folded text) that finds something whenever one of ``probes`` is
    there: it looks for the end of each from its rarest character, so it stops at few places; what it
    finds may be no probe (the probes themselves then decide).

    >>> search = _screen(("log in", "subscribe"))
    >>> search("please subscribe now") is not None, search("the mayor spoke") is None
    (True, True)
    """
    return re.compile(_trie(sorted({_tail(probe) for probe in probes}))).search


@lru_cache(maxsize=64)
def _literals_of(source: str, *, checked: bool = True) -> tuple[str, ...] | None:
    """Literals (folded, :func:`cleantext.chrome_analysis._fold`) one of which every match of ``source``
    holds, matched case-blind by the ``regex`` module as the rules are (:mod:`cleantext.chrome_analysis`);
    None when the analysis cannot tell for some alternative. Unless ``checked``, the pattern is compiled
    first, so that one that does not compile fails here, as ever.

    >>> _literals_of(r"(?:posted by )?\\w+ (?:says|wrote):?")
    (' says', ' wrote')
    """
    from .chrome_engine import _matcher
    from .rules import Rule

    parts = _matcher(Rule("screened", source, None), checked=checked).parts
    if not parts or any(not part.keys for part in parts):
        return None
    return tuple(sorted({key for part in parts for key in part.keys}))


@lru_cache(maxsize=64)
def _screen_of(source: str) -> Callable[[str], object] | None:
    """A search (:func:`_screen`) that finds something in a folded text wherever ``source`` (a pattern that
    compiles) finds a match, case-blind: it holds one of the :func:`_literals_of` ``source``. None when those
    are not known."""
    literals = _literals_of(source)
    return None if literals is None else _screen(literals)


@lru_cache(maxsize=64)
def _finder(probes: tuple[str, ...]) -> Callable[[str], Iterator[tuple[int, str]]]:
    """Where each of ``probes`` stands in a text: (start, probe) for every place, overlapping ones too,
    in the order of the places where their ends (:func:`_tail`) begin. The screen's search (:func:`_screen`)
    runs from one place it stops at to the next, and at each only the probes whose ends begin there are
    compared whole: a text where it stops at few places (most) costs one pass, not one pass a probe.

    >>> find = _finder(("be nice", "keep it clean", "it clean"))
    >>> sorted(find("be nice. keep it clean, be nice"))
    [(0, 'be nice'), (9, 'keep it clean'), (14, 'it clean'), (24, 'be nice')]
    """
    ends: dict[str, list[tuple[str, int]]] = {}  # an end -> the probes with it, each with the end's offset in it
    for probe in sorted(set(probes)):
        end = _tail(probe)
        ends.setdefault(end, []).append((probe, len(probe) - len(end)))
    # Where the search stops, it has found the shortest of the ends that begin there (the trie's): the
    # others that begin there begin with it.
    begun = {
        shortest: tuple(entry for end, entries in ends.items() if end.startswith(shortest) for entry in entries)
        for shortest in ends
    }
    search = re.compile(_trie(sorted(ends))).search

    def find(text: str) -> Iterator[tuple[int, str]]:
        match = search(text)
        while match is not None:
            at = match.start()
            for probe, offset in begun[match.group()]:
                if at >= offset and text.startswith(probe, at - offset):
                    yield at - offset, probe
            match = search(text, at + 1)

    return find


class _CharTest(NamedTuple):
    """Whether a character is one of a set (``_Chars``): plain ones by their folded form, the others
    by one pattern, compiled when first needed (:func:`_rejected` tries them; made by
    :func:`cleantext.chrome_engine._char_test`)."""

    chars: frozenset[str]
    pattern: _Lazy | None


class _CharTests(NamedTuple):
    """The character tests of many parts at once (:func:`_char_tests`): a part's test accepts a character
    when its folded form is one of the test's plain ones or the test's pattern matches the character."""

    every: int  # the parts (bits) tested
    plain: dict[str, int]  # a folded character -> the parts whose test holds it as a plain one
    patterns: tuple[tuple[int, _Lazy], ...]  # (the parts whose test has it, a pattern): one a distinct pattern


def _char_tests(tests: list[tuple[int, _CharTest]]) -> _CharTests:
    """``tests`` (each part's bit and test) read together."""
    plain: dict[str, int] = {}
    patterns: dict[str, tuple[int, _Lazy]] = {}
    for bit, test in tests:
        for char in test.chars:
            plain[char] = plain.get(char, 0) | bit
        if test.pattern is not None:
            bits, pattern = patterns.get(test.pattern.source, (0, test.pattern))
            patterns[test.pattern.source] = (bits | bit, pattern)
    return _CharTests(sum(bit for bit, _ in tests), plain, tuple(patterns.values()))


def _rejected(tests: _CharTests, char: str, known: int) -> int:
    """The parts of ``tests`` whose test does not accept ``char``, those in ``known`` (left out) aside.
    Each pattern is tried once a character, and only for parts that its plain characters leave open."""
    rejected = tests.every & ~known & ~tests.plain.get(_fold(char), 0)
    for bits, pattern in tests.patterns:
        if rejected & bits and pattern.match(char) is not None:
            rejected &= ~bits
    return rejected
