"""Drop lines whose words already appeared, in the same order, earlier in the document.

Scraped pages often carry a block twice -- a comment policy hard-wrapped at 60 columns, then again a
sentence per line. Comparing lines would miss that, so the document is read as one stream of words:
a line is a duplicate when its whole word sequence occurs earlier in the stream, wherever the earlier
copy's line breaks fell. The first copy is kept; later copies are dropped and point at it.

Lines of code (:mod:`cleantext.codeblocks`) are never dropped here: code is kept or dropped whole,
by :func:`~cleantext.strip_chrome`. Short lines are too common to call duplicates, except one kind: a label that stands three times
or more in one page ("Company Town", "Whatsapp Facebook Pint") is page furniture in every place.

Lines of a few words that end no sentence ("Advertisement", "Share", "+") are left out of the stream:
later steps remove them, and a copy they split must be found now, not by a second ``clean``. A line
dropped as a copy joins the words around it, so the stream is read again without it until nothing
more goes: run twice, the step drops nothing the second time.

Cost is linear: each line looks up the positions of its first few words in an index of the
document's word n-grams and compares itself with at most 17 of them: the first, then the nearest
before it (not the next ones after the first: which those are would change when a later step removes
a page header, and a second ``clean`` would find a copy the first did not).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, compress
from operator import ne

from .blocks import ends_sentence
from .codeblocks import code_blocks
from .model import Outcome, register_step, split_lines
from .options import DuplicateOptions

__all__ = ["drop_duplicates"]

_KEY_WORDS = 4  # words in the n-grams that index the stream
_MAX_CANDIDATES = 16  # earlier copies compared per line, besides the first: the nearest ones
_LABEL_WORDS = 6  # a repeated line this short is a section label or a share bar, not text
_FURNITURE_WORDS = 3  # a line this short that ends no sentence is not read into the stream
_MAX_ROUNDS = 8  # readings of the stream at most: a bound, so the cost stays linear


def _repeated_labels(per_line: Sequence[tuple[str, ...]], times: int) -> dict[int, tuple[str, int | None]]:
    """Short lines (a few words, no sentence end) that stand ``times`` or more times in the page."""
    seen: dict[str, list[int]] = {}
    for line_no, words in enumerate(per_line):
        if 0 < len(words) <= _LABEL_WORDS:
            key = " ".join(words)
            if 4 <= len(key) <= 60 and not ends_sentence(key):
                seen.setdefault(key, []).append(line_no)
    return {line_no: ("repeated-label", None) for places in seen.values() if len(places) >= times for line_no in places}


def _is_furniture(words: tuple[str, ...]) -> bool:
    """A line of a few words that ends no sentence ("Advertisement", "Share", "+"): left out of the stream.

    Later steps remove such lines; were they in the stream, a copy whose earlier place they split
    would be found only by a second ``clean``, once they are gone.
    """
    return 0 < len(words) <= _FURNITURE_WORDS and not ends_sentence(words[-1])


def _first_positions(stream: tuple[str, ...], key_size: int) -> tuple[list[int], dict[int, int]]:
    """The hash of each n-gram of ``stream``, and where each hash first stands.

    Hashes, not the n-grams: a text of a million lines has millions of n-grams, and small ints cost a
    fraction of the memory of tuples (``zip`` even reuses its tuple once ``hash`` has read it). Two
    n-grams with one hash only cost an extra comparison: every candidate is compared word by word.
    The dict is built from the hashes read backwards, so the earliest write wins.
    """
    hashes = list(
        map(hash, zip(*(stream[k:] for k in range(key_size)), strict=False))
    )  # the last ones are shorter: dropped
    count = len(hashes)
    return hashes, dict(zip(reversed(hashes), range(count - 1, -1, -1), strict=True))


def _later_positions(hashes: list[int], first: dict[int, int]) -> dict[int, list[int]]:
    """Every later start of each n-gram hash, in order; only repeating positions are visited."""
    count = len(hashes)
    later: dict[int, list[int]] = {}
    if len(first) < count:
        repeats = compress(range(count), map(ne, map(first.__getitem__, hashes), range(count)))
        for position in repeats:
            later.setdefault(hashes[position], []).append(position)
    return later


def _find_duplicates(
    per_line: Sequence[tuple[str, ...]], min_words: int, label_repeats: int
) -> dict[int, tuple[str, int | None]]:
    """One reading of the word stream: the duplicated lines and repeated labels among ``per_line``."""
    key_size = min(_KEY_WORDS, min_words)
    in_stream = [() if _is_furniture(words) else words for words in per_line]
    stream = tuple(chain.from_iterable(in_stream))  # every word of the document but the furniture's
    starts = list(accumulate(map(len, in_stream), initial=0))  # where each line's words begin in ``stream``
    # The index is built when a line first has room for a copy before it (never for a one-line text).
    hashes: list[int] = []
    first: dict[int, int] | None = None
    later: dict[int, list[int]] | None = None  # built the first time a first candidate fails
    removals: dict[int, tuple[str, int | None]] = {}
    for line_no, words in enumerate(per_line):
        size = len(words)
        start = starts[line_no]
        if size < min_words or start < size:
            continue
        if first is None:
            hashes, first = _first_positions(stream, key_size)
        key = hash(words[:key_size])
        earliest = first.get(key)
        # Earlier copies only: a copy must end before this line begins (positions only grow).
        if earliest is None or earliest + size > start:
            continue
        if stream[earliest : earliest + size] == words:
            removals[line_no] = ("duplicate", bisect_right(starts, earliest) - 1)
            continue
        if later is None:
            later = _later_positions(hashes, first)
        # Then the copies nearest before the line: which these are does not depend on what other
        # steps remove far away (a page header, a footer), so a second clean finds none either.
        positions = later.get(key, ())
        eligible = bisect_right(positions, start - size)
        for position in reversed(positions[max(eligible - _MAX_CANDIDATES, 0) : eligible]):
            if stream[position : position + size] == words:
                removals[line_no] = ("duplicate", bisect_right(starts, position) - 1)
                break
    if label_repeats > 1:
        for line_no, decision in _repeated_labels(per_line, label_repeats).items():
            removals.setdefault(line_no, decision)
    return removals


_DEFAULT = DuplicateOptions()  # the step's options and their defaults: cleantext.options


def decide_duplicates(
    lines: Sequence[str], /, *, min_words: int = _DEFAULT.min_words, label_repeats: int = _DEFAULT.label_repeats
) -> Outcome:
    """Find lines of at least ``min_words`` words that repeat earlier text, and repeated short labels.

    Dropping a line joins the words around it, which can make a new copy; the stream is read again
    without the dropped lines until nothing more goes (at most ``_MAX_ROUNDS`` readings; a document
    without duplicates is read once), so that the result is a fixed point: run again, the step
    drops nothing.
    """
    min_words = max(min_words, 1)
    # Tuples, not lists: a million short lines would make a million lists for the garbage collector
    # to walk again and again (quadratic in effect); tuples of strings are not tracked.
    per_line = [tuple(line.casefold().split()) for line in lines]
    live = range(len(lines))  # the input line each line of this reading is
    removals: dict[int, tuple[str, int | None]] = {}
    # Code is kept or dropped whole (by strip_chrome), never in part: a line of it that repeats
    # ("return 0;", "}") stays.
    code = {index for block in code_blocks(lines) for index in block.lines}
    for _ in range(_MAX_ROUNDS):
        found = _find_duplicates(
            [per_line[index] for index in live] if removals else per_line, min_words, label_repeats
        )
        if code:
            found = {line_no: decision for line_no, decision in found.items() if live[line_no] not in code}
        if not found:
            break
        for line_no, (reason, ref) in found.items():
            removals[live[line_no]] = (reason, None if ref is None else live[ref])
        live = [index for line_no, index in enumerate(live) if line_no not in found]
    return Outcome.removing(lines, removals, step="drop_duplicates")


@register_step(decide_duplicates)
def drop_duplicates(
    text: str, *, min_words: int = _DEFAULT.min_words, label_repeats: int = _DEFAULT.label_repeats
) -> str:
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
