"""The engine that applies chrome rules (see :mod:`cleantext.rules`) to a document.

Each paragraph (:mod:`cleantext.blocks`) is tested against the rules in order; the first rule that
matches, and whose ``max_words`` the paragraph fits, removes all the paragraph's lines and gives
their reason. A paragraph that no rule matches is kept: patterns decide here, and only patterns.

Most paragraphs match no rule, so the engine first rules out what it cheaply can (see the screening
section below); the decision is the same as searching every pattern in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from .blocks import paragraphs, word_count
from .model import Outcome, register_step, split_lines
from .rules import DEFAULT_RULES, Rule

__all__ = ["strip_chrome"]

# --- screening: cheap necessary conditions, so that most (paragraph, rule) pairs skip the regex engine ---
#
# A rule's pattern is split into its top-level alternatives (a search finds the pattern iff it finds
# one of them). Alternatives that begin with ``^`` can only match at the start of the paragraph, so
# they are tried with ``match``, which does not scan the text. For each other alternative, a set of
# literal strings is derived from the pattern such that every match contains one of them; the
# alternative is searched only when the case-folded paragraph holds one. A pattern the analysis does
# not understand (inline flags, back references, ...) is searched as it is.

_TOO_MANY = 64  # literal variants followed through a sequence before giving up on it
_LONG_ENOUGH = 6  # a literal this long rarely occurs by chance

#: Characters that the regex module, case-insensitive, equates with an ASCII letter but ``str.lower``
#: does not turn into it (checked against the regex module by a test).
_FOLD_EXTRA = {0x130: "i", 0x17F: "s", 0x212A: "k"}


def _fold(text: str) -> str:
    """``text`` in the form the literals are written in: ASCII letters lower case, the rest kept."""
    if not text.isascii() and ("\u0130" in text or "\u017f" in text or "\u212a" in text):
        text = text.translate(_FOLD_EXTRA)
    return text.lower()


class _Unsupported(Exception):
    """Pattern syntax the analysis does not follow: the pattern is then searched as it is."""


# A node's summary: (exact, required). ``exact`` is the set of folded strings the node matches, when
# it is small and known; ``required`` a set of non-empty strings one of which every match contains.
_Summary = tuple[frozenset[str] | None, frozenset[str] | None]
_EMPTY: _Summary = (frozenset({""}), None)
_OPAQUE: _Summary = (None, None)


def _required(summary: _Summary) -> frozenset[str] | None:
    exact, required = summary
    if exact is not None and "" not in exact:
        candidates = [exact] if required is None else [exact, required]
        return max(candidates, key=_strength)
    return required


def _strength(literals: frozenset[str]) -> tuple[int, int, int]:
    """How well a set of literals screens: long enough (six characters is plenty), then few of them."""
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


class _Parser:
    """A recursive-descent reader of the regular expression syntax that chrome rules use."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def peek(self, length: int = 1) -> str:
        return self.pattern[self.at : self.at + length]

    def top(self) -> list[tuple[int, int, _Summary, bool, frozenset[str] | None]]:
        """The top-level alternatives: (start, end, summary, begins with ``^``, how it begins)."""
        found = []
        while True:
            start = self.at
            summary, anchored, prefixes = self.sequence()
            found.append((start, self.at, summary, anchored, prefixes))
            if self.peek() != "|":
                break
            self.at += 1
        if self.at != len(self.pattern):
            raise _Unsupported(self.pattern)
        return found

    def alternation(self) -> _Summary:
        summaries = [self.sequence()[0]]
        while self.peek() == "|":
            self.at += 1
            summaries.append(self.sequence()[0])
        exacts = [exact for exact, _ in summaries]
        exact = None
        if all(item is not None for item in exacts):
            union = frozenset().union(*exacts)  # type: ignore[arg-type]
            exact = union if len(union) <= _TOO_MANY else None
        requireds = [_required(summary) for summary in summaries]
        required = None
        if all(item is not None for item in requireds):
            union = frozenset().union(*requireds)  # type: ignore[arg-type]
            required = max((union, _narrowed(union)), key=_strength)
        return exact, required

    def sequence(self) -> tuple[_Summary, bool, frozenset[str] | None]:
        """The sequence's summary, whether it begins with ``^``, and then the strings one of which it
        begins with (``None`` if unknown)."""
        anchored = self.peek() == "^"
        product: frozenset[str] = frozenset({""})
        prefixes = product
        best: frozenset[str] | None = None
        whole = True  # the product still covers the whole sequence

        def consider(literals: frozenset[str] | None) -> None:
            nonlocal best
            if literals and "" not in literals:
                for option in (literals, _narrowed(literals)):
                    if best is None or _strength(option) > _strength(best):
                        best = option

        while self.at < len(self.pattern) and self.peek() not in "|)":
            summary = self.quantified()
            exact = summary[0]
            if exact is not None and len(product) * len(exact) <= _TOO_MANY:
                product = frozenset(a + b for a in product for b in exact)
                continue
            if whole:
                prefixes = product
            consider(product)
            consider(_required(summary))
            whole = False
            product = exact if exact is not None and len(exact) <= _TOO_MANY else frozenset({""})
        consider(product)
        if whole:
            prefixes = product
        return ((product if whole else None), best), anchored, (prefixes if anchored and "" not in prefixes else None)

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
                raise _Unsupported(self.pattern)
            self.at = close + 1
            low = int(bounds[0] or 0)
            high = int(bounds[-1]) if bounds[-1] else None
        else:
            return summary
        if self.peek() in ("?", "+"):  # lazy or possessive: the same strings are matched
            self.at += 1
        exact, _ = summary
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return _OPAQUE
        required = _required(summary)
        return (exact if low == high == 1 else None), required

    def atom(self) -> _Summary:
        char = self.peek()
        self.at += 1
        if char == "(":
            return self.group()
        if char == "[":
            self.character_class()
            return _OPAQUE
        if char == "\\":
            return self.escape()
        if char in "^$":
            return _EMPTY
        if char == ".":
            return _OPAQUE
        if char in "*+?{)|" or not char:
            raise _Unsupported(self.pattern)
        return (frozenset({char.lower()}), None) if char.isascii() else _OPAQUE

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
        elif self.peek(4) in ("?-i:", "?i-:") or self.peek(3) == "?i:":
            self.at += self.pattern.index(":", self.at) + 1 - self.at
            self.alternation()
            summary = _OPAQUE  # case decided differently inside: no literals from here
        else:
            raise _Unsupported(self.pattern)
        if self.peek() != ")":
            raise _Unsupported(self.pattern)
        self.at += 1
        return summary

    def character_class(self) -> None:
        if self.peek() == "^":
            self.at += 1
        if self.peek() == "]":
            self.at += 1
        while True:
            char = self.peek()
            self.at += 1
            if not char or char == "[":
                raise _Unsupported(self.pattern)
            if char == "\\":
                self.escape()
            elif char == "]":
                return

    def escape(self) -> _Summary:
        char = self.peek()
        self.at += 1
        if char in "bBAZ":
            return _EMPTY
        if char in "wWsSdDntrfv":
            return _OPAQUE
        if char in "pP":
            if self.peek() == "{":
                close = self.pattern.find("}", self.at)
                if close < 0:
                    raise _Unsupported(self.pattern)
                self.at = close + 1
            else:
                self.at += 1
            return _OPAQUE
        if not char or char.isalnum() or char == "_":
            raise _Unsupported(self.pattern)
        return (frozenset({char}), None) if char.isascii() else _OPAQUE


class _Matcher(NamedTuple):
    """One rule, ready to test: its parts, each tried the cheapest way it can be."""

    label: str
    max_words: int | None
    anchored: regex.Pattern[str] | None  # alternatives that begin with ``^``: tried with ``match``
    starts: tuple[str, ...] | None  # ... when the paragraph begins with one of these (None: always)
    plain: regex.Pattern[str] | None  # alternatives without literals: searched
    screened: regex.Pattern[str] | None  # alternatives searched only when a literal of ``keys`` is there
    keys: tuple[str, ...]


def _join(parts: list[str]) -> regex.Pattern[str] | None:
    if not parts:
        return None
    return regex.compile(parts[0] if len(parts) == 1 else "|".join(f"(?:{part})" for part in parts), regex.IGNORECASE)


def _matcher(rule: Rule) -> _Matcher:
    pattern = rule.pattern
    try:
        parts = _Parser(pattern).top()
    except (_Unsupported, ValueError, IndexError):
        return _Matcher(rule.label, rule.max_words, None, None, _join([pattern]), None, ())
    anchored: list[str] = []
    starts: set[str] | None = set()
    plain: list[str] = []
    screened: list[str] = []
    keys: set[str] = set()
    for start, end, summary, begins, prefixes in parts:
        source = pattern[start:end]
        required = _required(summary)
        if begins:
            anchored.append(source)
            starts = None if starts is None or prefixes is None else starts | prefixes
        elif required:
            screened.append(source)
            keys |= required
        else:
            plain.append(source)
    # A literal that contains another is redundant: the shorter one is found whenever the longer is.
    minimal = sorted(key for key in keys if not any(other != key and other in key for other in keys))
    return _Matcher(
        rule.label,
        rule.max_words,
        _join(anchored),
        None if starts is None else tuple(sorted(starts)),
        _join(plain),
        _join(screened),
        tuple(minimal),
    )


@lru_cache(maxsize=32)
def _compile(rules: tuple[Rule, ...]) -> tuple[_Matcher, ...]:
    return tuple(_matcher(rule) for rule in rules)


def _label(stripped: str, words: int, matchers: tuple[_Matcher, ...]) -> str | None:
    """The label of the first rule that matches ``stripped`` (a paragraph of ``words`` words)."""
    folded = _fold(stripped)
    for label, max_words, anchored, starts, plain, screened, keys in matchers:
        if max_words is not None and words > max_words:
            continue
        if anchored is not None and (starts is None or folded.startswith(starts)) and anchored.match(stripped):
            return label
        if plain is not None and plain.search(stripped):
            return label
        if screened is not None:
            for key in keys:
                if key in folded:
                    if screened.search(stripped):
                        return label
                    break
    return None


def chrome_label(text: str, rules: Sequence[Rule] = DEFAULT_RULES) -> str | None:
    """The label of the first rule that ``text`` (one paragraph) matches, or ``None``.

    >>> chrome_label("(0) comments")
    'comment-counter'
    >>> chrome_label("He said he would log in to the system and read the comments.") is None
    True
    """
    stripped = text.strip()
    return _label(stripped, word_count(stripped), _compile(tuple(rules)))


def decide_chrome(lines: Sequence[str], /, *, rules: Sequence[Rule] = DEFAULT_RULES) -> Outcome:
    """Remove every paragraph that a chrome rule matches, with that rule's label as the reason."""
    matchers = _compile(tuple(rules))
    removals: dict[int, tuple[str, int | None]] = {}
    for paragraph in paragraphs(lines):
        stripped = paragraph.text.strip()
        label = _label(stripped, word_count(stripped), matchers)
        if label is not None:
            for index in paragraph.lines:
                removals[index] = (label, None)
    return Outcome.removing(lines, removals, step="strip_chrome")


@register_step(decide_chrome)
def strip_chrome(text: str, *, rules: Sequence[Rule] = DEFAULT_RULES) -> str:
    """Remove site furniture that the chrome rules recognise; keep everything else.

    >>> print(strip_chrome("The mayor will log in to the new system.\\n(0) comments\\nLog In\\nAdvertisement"))
    The mayor will log in to the new system.
    """
    return decide_chrome(split_lines(text), rules=tuple(rules)).text
