"""Drop lines whose words already appeared, in the same order, earlier in the document.

Scraped pages often carry a block twice -- a comment policy hard-wrapped at 60 columns, then again a
sentence per line. Comparing lines would miss that, so the document is read as one stream of words:
a line is a duplicate when its whole word sequence occurs earlier in the stream, wherever the earlier
copy's line breaks fell. The first copy is kept; later copies are dropped and point at it.

Short lines are too common to call duplicates, except one kind: a label that stands three times
or more in one page ("Company Town", "Whatsapp Facebook Pint") is page furniture in every place.

Cost is linear: each line looks up the positions of its first few words in an index of earlier
word n-grams (at most a fixed number of positions per n-gram) and checks each candidate once.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import ends_sentence
from .model import Outcome, register_step, split_lines

__all__ = ["drop_duplicates"]

_KEY_WORDS = 4  # words in the n-grams that index the stream
_MAX_CANDIDATES = 8  # earlier positions remembered per n-gram
_LABEL_WORDS = 6  # a repeated line this short is a section label or a share bar, not text


def _words(line: str) -> list[str]:
    return line.casefold().split()


def _repeated_labels(lines: Sequence[str], times: int) -> dict[int, tuple[str, int | None]]:
    """Short lines (a few words, no sentence end) that stand ``times`` or more times in the page."""
    seen: dict[str, list[int]] = {}
    for line_no, line in enumerate(lines):
        key = " ".join(line.casefold().split())
        if 4 <= len(key) <= 60 and len(key.split()) <= _LABEL_WORDS and not ends_sentence(key):
            seen.setdefault(key, []).append(line_no)
    return {line_no: ("repeated-label", None) for places in seen.values() if len(places) >= times for line_no in places}


def decide_duplicates(lines: Sequence[str], /, *, min_words: int = 5, label_repeats: int = 3) -> Outcome:
    """Find lines of at least ``min_words`` words that repeat earlier text, and repeated short labels."""
    min_words = max(min_words, 1)
    key_size = min(_KEY_WORDS, min_words)
    stream: list[str] = []  # every word of the document so far
    owner: list[int] = []  # the line each word of ``stream`` belongs to
    index: dict[tuple[str, ...], list[int]] = {}
    indexed_up_to = 0  # n-grams starting before this position are in ``index``
    removals: dict[int, tuple[str, int | None]] = {}
    for line_no, line in enumerate(lines):
        words = _words(line)
        start = len(stream)
        if len(words) >= min_words:
            key = tuple(words[:key_size])
            for position in index.get(key, ()):
                if position + len(words) <= start and stream[position : position + len(words)] == words:
                    removals[line_no] = ("duplicate", owner[position])
                    break
        stream.extend(words)
        owner.extend([line_no] * len(words))
        # Index every n-gram that now lies wholly inside the stream (it may span line breaks).
        last_start = len(stream) - key_size
        while indexed_up_to <= last_start:
            gram = tuple(stream[indexed_up_to : indexed_up_to + key_size])
            positions = index.setdefault(gram, [])
            if len(positions) < _MAX_CANDIDATES:
                positions.append(indexed_up_to)
            indexed_up_to += 1
    if label_repeats > 1:
        for line_no, decision in _repeated_labels(lines, label_repeats).items():
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
