"""The engine that applies chrome rules (see :mod:`cleantext.rules`) to a document.

Each paragraph (:mod:`cleantext.blocks`) is tested against the rules in order; the first rule that
matches, and whose ``max_words`` the paragraph fits, removes all the paragraph's lines and gives
their reason. A paragraph that no rule matches is kept: patterns decide here, and only patterns.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from .blocks import paragraphs, word_count
from .model import Outcome, register_step, split_lines
from .rules import DEFAULT_RULES, Rule

__all__ = ["strip_chrome"]

_Compiled = tuple[tuple[str, "regex.Pattern[str]", int | None], ...]


@lru_cache(maxsize=32)
def _compile(rules: tuple[Rule, ...]) -> _Compiled:
    return tuple((rule.label, regex.compile(rule.pattern, regex.IGNORECASE), rule.max_words) for rule in rules)


def chrome_label(text: str, rules: Sequence[Rule] = DEFAULT_RULES) -> str | None:
    """The label of the first rule that ``text`` (one paragraph) matches, or ``None``.

    >>> chrome_label("(0) comments")
    'comment-counter'
    >>> chrome_label("He said he would log in to the system and read the comments.") is None
    True
    """
    stripped = text.strip()
    words = word_count(stripped)
    for label, pattern, max_words in _compile(tuple(rules)):
        if max_words is not None and words > max_words:
            continue
        if pattern.search(stripped):
            return label
    return None


def decide_chrome(lines: Sequence[str], /, *, rules: Sequence[Rule] = DEFAULT_RULES) -> Outcome:
    """Remove every paragraph that a chrome rule matches, with that rule's label as the reason."""
    removals: dict[int, tuple[str, int | None]] = {}
    for paragraph in paragraphs(lines):
        label = chrome_label(paragraph.text, rules)
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
