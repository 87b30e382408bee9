"""One search that finds something wherever one of many literal strings is (for the chrome engine's
lanes, :mod:`cleantext.chrome_engine`, and the notices' first look, :mod:`cleantext.notices`).

What it finds may be none of them: it looks for the end of each from its rarest character, so that
it stops at few places; the strings themselves then decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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
