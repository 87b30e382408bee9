"""Drop lines whose words already appeared, in the same order, earlier in the document.

Scraped pages often carry a block twice -- a comment policy hard-wrapped at 60 columns, then again a
sentence per line. Comparing lines would miss that, so the document is read as one stream of words:
a line is a duplicate when its whole word sequence occurs earlier in the stream, wherever the earlier
copy's line breaks fell. The first copy is kept; later copies are dropped and point at it.

Short lines are too common to call duplicates, except one kind: a label that stands three times
or more in one page ("Company Town", "Whatsapp Facebook Pint") is page furniture in every place.

Cost is linear: each line looks up the positions of its first few words in an index of the
document's word n-grams (the first few positions of each n-gram only) and checks each earlier
candidate once.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, compress
from operator import ne

from .blocks import ends_sentence
from .model import Outcome, register_step, split_lines

__all__ = ["drop_duplicates"]

_KEY_WORDS = 4  # words in the n-grams that index the stream
_MAX_CANDIDATES = 8  # earlier positions remembered per n-gram
_LABEL_WORDS = 6  # a repeated line this short is a section label or a share bar, not text


def _repeated_labels(per_line: Sequence[tuple[str, ...]], times: int) -> dict[int, tuple[str, int | None]]:
    """Short lines (a few words, no sentence end) that stand ``times`` or more times in the page."""
    seen: dict[str, list[int]] = {}
    for line_no, words in enumerate(per_line):
        if 0 < len(words) <= _LABEL_WORDS:
            key = " ".join(words)
            if 4 <= len(key) <= 60 and not ends_sentence(key):
                seen.setdefault(key, []).append(line_no)
    return {line_no: ("repeated-label", None) for places in seen.values() if len(places) >= times for line_no in places}


def _first_positions(stream: tuple[str, ...], key_size: int) -> tuple[list[tuple[str, ...]], dict[tuple[str, ...], int]]:
    """The n-grams of ``stream``, and where each first starts (a dict built from the n-grams read
    backwards: the earliest write wins)."""
    grams = list(zip(*(stream[k:] for k in range(key_size)), strict=False))  # the last ones are shorter: dropped
    count = len(grams)
    return grams, dict(zip(reversed(grams), range(count - 1, -1, -1), strict=True))


def _later_positions(
    grams: list[tuple[str, ...]], first: dict[tuple[str, ...], int]
) -> dict[tuple[str, ...], list[int]]:
    """Up to ``_MAX_CANDIDATES - 1`` later starts of each n-gram; only repeating positions are visited."""
    count = len(grams)
    later: dict[tuple[str, ...], list[int]] = {}
    if len(first) < count:
        repeats = compress(range(count), map(ne, map(first.__getitem__, grams), range(count)))
        for position in repeats:
            positions = later.setdefault(grams[position], [])
            if len(positions) < _MAX_CANDIDATES - 1:
                positions.append(position)
    return later


def decide_duplicates(lines: Sequence[str], /, *, min_words: int = 5, label_repeats: int = 3) -> Outcome:
    """Find lines of at least ``min_words`` words that repeat earlier text, and repeated short labels."""
    min_words = max(min_words, 1)
    key_size = min(_KEY_WORDS, min_words)
    # Tuples, not lists: a million short lines would make a million lists for the garbage collector
    # to walk again and again (quadratic in effect); tuples of strings are not tracked.
    per_line = [tuple(line.casefold().split()) for line in lines]
    stream = tuple(chain.from_iterable(per_line))  # every word of the document
    starts = list(accumulate(map(len, per_line), initial=0))  # where each line's words begin in ``stream``
    grams, first = _first_positions(stream, key_size)
    later: dict[tuple[str, ...], list[int]] | None = None  # built the first time a first candidate fails
    removals: dict[int, tuple[str, int | None]] = {}
    for line_no, words in enumerate(per_line):
        size = len(words)
        if size < min_words:
            continue
        key = words[:key_size]
        earliest = first.get(key)
        start = starts[line_no]
        # Earlier copies only: a copy must end before this line begins (positions only grow).
        if earliest is None or earliest + size > start:
            continue
        if stream[earliest : earliest + size] == words:
            removals[line_no] = ("duplicate", bisect_right(starts, earliest) - 1)
            continue
        if later is None:
            later = _later_positions(grams, first)
        for position in later.get(key, ()):
            if position + size > start:
                break
            if stream[position : position + size] == words:
                removals[line_no] = ("duplicate", bisect_right(starts, position) - 1)
                break
    if label_repeats > 1:
        for line_no, decision in _repeated_labels(per_line, label_repeats).items():
            removals.setdefault(line_no, decision)
    return Outcome.removing(lines, removals, step="drop_duplicates")


@register_step(decide_duplicates)
def drop_duplicates(text: str, *, min_words: int = 5, label_repeats: int = 3) -> str:
    """Drop every line whose words (``min_words`` or more) already appeared earlier, in order.

    Case and line wrapping do not matter; punctuation does. A short line that does not end a
    sentence and stands ``label_repeats`` times or more (a section label, a share bar) goes in
    every place; ``label_repeats=0`` keeps them. Other short lines are never dropped.

    >>> text = "Be Nice. No racism, sexism or any sort\\nof -ism.\\nBe Nice. No racism, sexism or any sort of -ism."
    >>> print(drop_duplicates(text))
    Be Nice. No racism, sexism or any sort
    of -ism.
    """
    return decide_duplicates(split_lines(text), min_words=min_words, label_repeats=label_repeats).text
