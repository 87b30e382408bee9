"""Drop lines whose words already appeared, in the same order, earlier in the document.

Scraped pages often carry a block twice -- a comment policy hard-wrapped at 60 columns, then again a
sentence per line. Comparing lines would miss that, so the document is read as one stream of words:
a line is a duplicate when its whole word sequence occurs earlier in the stream, wherever the earlier
copy's line breaks fell. The first copy is kept; later copies are dropped and point at it. But for a notice (a comment policy)
printed twice, whatever its wording: a page prints its own sentences once, and a block printed again whose
sentences are a notice's short items on its subject is the site's furniture, so both copies go, the first
with the notice's label (:mod:`cleantext.notice_twins`).

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

Memory is a few bytes a line, nothing a word: the words are read from the lines as they are needed
and let go of at once (a document of at most 262,144 characters is split into words once, kept for
every reading: a few MB; a larger one of fewer than 65,536 words keeps them while it is read).
The index holds only the n-grams that open a line long enough to be a copy (the only ones ever
looked up), found in one pass over the stream; a compared copy's words are read again from its lines
(a long line remembers where every 64th word starts, so that reading a few of its words never costs
the whole line twice).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator, Sequence
from itertools import accumulate, chain, compress, islice, tee
from operator import mul, not_

from .blocks import _CLOSERS, SENTENCE_STOPS, ends_sentence
from .codeblocks import code_blocks
from .lazy import LazyPattern
from .model import Outcome, register_step, split_lines
from .notice_twins import printed_twice
from .options import DuplicateOptions

__all__ = ["drop_duplicates", "held_words", "remember_words"]

_KEY_WORDS = 4  # words in the n-grams that index the stream
_MAX_CANDIDATES = 16  # earlier copies compared per line, besides the first: the nearest ones
_LABEL_WORDS = 6  # a repeated line this short is a section label or a share bar, not text
_FURNITURE_WORDS = 3  # a line this short that ends no sentence is not read into the stream
_LABEL_CHARS = range(4, 61)  # how long a label (a short line's words, joined) may be
_MAX_ROUNDS = 8  # readings of the stream at most: a bound, so the cost stays linear
_FIRST_LOOK = 8  # words of a possible copy compared before the rest are read
_HOLD_WORDS = 1 << 16  # a document of fewer words keeps its lines' words through a reading: read once, not twice
_HOLD_CHARS = 1 << 18  # a document of at most this many characters is split into words once for every reading
_SHORT_SIZES = frozenset(range(1, _LABEL_WORDS + 1))  # the sizes of the lines that may be labels or furniture
_ENDINGS = frozenset(SENTENCE_STOPS + _CLOSERS)  # what a word that ends a sentence ends with
_MARK_EVERY = 64  # a long line remembers where every this many words start, once a copy is read in it
#: A word as ``str.split()`` finds it: ``\s`` is ``str.isspace`` (a test checks every character), and
#: case folding neither makes nor takes white space, so ``line.casefold().split()`` gives the words of
#: ``line``'s matches, each case-folded.
_WORD = LazyPattern(r"\S+")
# Arrays of positions, line numbers and sizes (never negative) are of typecode "Q": CPython fills those about three
# times faster than "q", whose items it parses each as a format; hashes, which may be negative, are "q".

Removals = dict[int, tuple[str, int | None]]


class _Stream:
    """The lines of one reading, as one stream of words that is not held.

    ``starts[i]`` is where line ``i``'s words begin in the stream (``starts[-1]`` is its length); a
    line left out of the stream has no words in it. Words are read from the lines again when they
    are wanted, but in a document of fewer than ``_HOLD_WORDS`` words, whose lines' words (a few MB
    at most) are kept through the reading: splitting them twice would cost it more than its memory.
    """

    __slots__ = ("_held", "_in_stream", "_lines", "_marks", "starts")

    def __init__(
        self, lines: Sequence[str], starts: array[int], in_stream: bytearray, held: list[list[str]] | None
    ) -> None:
        self._lines = lines
        self.starts = starts
        self._in_stream = in_stream  # 0 for a line left out of the stream
        self._held = held  # each line's words, in a small document (else None: read again when wanted)
        self._marks: dict[int, array[int]] = {}  # line -> where each _MARK_EVERY-th word starts

    @property
    def held(self) -> bool:
        """Whether the lines' words are held (a small document)."""
        return self._held is not None

    def words(self) -> Iterator[str]:
        """The words of the stream, one after another, each read when it is wanted."""
        if self._held is not None:
            return chain.from_iterable(compress(self._held, self._in_stream))
        return chain.from_iterable(map(str.split, map(str.casefold, compress(self._lines, self._in_stream))))

    def line_words(self, line_no: int) -> list[str]:
        """The case-folded words of a line (in the stream or not)."""
        if self._held is not None:
            return self._held[line_no]
        return self._lines[line_no].casefold().split()

    def line_of(self, position: int) -> int:
        """The line whose words hold stream position ``position`` (lines with no words are passed over)."""
        return bisect_right(self.starts, position) - 1

    def holds(self, position: int, words: Sequence[str]) -> bool:
        """Whether the stream holds ``words`` from ``position`` on (read line by line, stopping at a difference)."""
        size = len(words)
        starts = self.starts
        if position + size > starts[-1]:
            return False
        done = 0
        wanted = min(size, _FIRST_LOOK)  # a copy that is none mostly differs early: read a few words first
        while done < size:
            line_no = bisect_right(starts, position) - 1
            taken = min(starts[line_no + 1] - position, wanted - done)
            if self._words(line_no, position - starts[line_no], taken) != words[done : done + taken]:
                return False
            done += taken
            position += taken
            if done == wanted:
                wanted = size
        return True

    def _words(self, line_no: int, offset: int, taken: int) -> list[str]:
        """Words ``offset`` to ``offset + taken`` of a line in the stream, case-folded.

        Costs about ``offset + taken`` words in a line of up to ``2 * _MARK_EVERY`` words, or of which
        half is wanted (split up to there, the rest left in one piece); about ``taken`` in a longer one,
        however long: its words are found from the nearest remembered start.
        """
        if self._held is not None:
            return self._held[line_no][offset : offset + taken]
        line = self._lines[line_no]
        length = self.starts[line_no + 1] - self.starts[line_no]
        if length <= 2 * _MARK_EVERY or 2 * taken >= length:
            return line.casefold().split(None, offset + taken)[offset : offset + taken]  # the rest: one piece
        begin, skip = 0, offset
        if offset >= _MARK_EVERY:
            marks = self._marks.get(line_no)
            if marks is None:
                marks = array("Q", map(re.Match.start, islice(_WORD.finditer(line), 0, None, _MARK_EVERY)))
                self._marks[line_no] = marks
            begin, skip = marks[offset // _MARK_EVERY], offset % _MARK_EVERY
        return [match.group().casefold() for match in islice(_WORD.finditer(line, begin), skip, skip + taken)]


def _gram_hashes(words: Iterator[str], size: int) -> Iterator[int]:
    """The hash of each n-gram (``size`` words) of ``words``, as ``hash(tuple(...))`` gives it."""
    copies = tee(words, size)
    for skip, copy in enumerate(copies):
        deque(islice(copy, skip), maxlen=0)  # copy ``skip`` starts ``skip`` words later
    # ``zip`` reuses its tuple once ``hash`` has read it: no tuple per n-gram is made.
    return map(hash, zip(*copies, strict=False))


def _in_stream(line: str | list[str]) -> bool:
    """Whether a line (or its case-folded words) is read into the stream: all but those of a few words
    (:data:`_FURNITURE_WORDS`) that end no sentence."""
    words = line.casefold().split() if isinstance(line, str) else line
    return not (0 < len(words) <= _FURNITURE_WORDS and not ends_sentence(words[-1]))


_REPEATED_LABEL = ("repeated-label", None)  # one decision shared by every label removed


def _label(words: Sequence[str]) -> str | None:
    """The label a short line stands for (its words, joined), or ``None`` if it may not be one."""
    label = " ".join(words)
    return label if len(label) in _LABEL_CHARS and not ends_sentence(label) else None


def _repeated_labels(lines: Sequence[str], candidates: array[int], seen: dict[str, int], times: int) -> Removals:
    """The ``candidates`` (lines of a few words) whose label was ``seen`` ``times`` or more times.

    Counts, not lists of places, are kept while the lines are read: the few short lines are split
    again here rather than each place held meanwhile.
    """
    if not seen or max(seen.values()) < times:
        return {}
    return {
        line_no: _REPEATED_LABEL
        for line_no in candidates
        if seen[_label(lines[line_no].casefold().split())] >= times  # type: ignore[index]
    }


def _find_duplicates(lines: Sequence[str], min_words: int, label_repeats: int) -> Removals:
    """One reading of the word stream: the duplicated lines and repeated labels among ``lines``."""
    key_size = min(_KEY_WORDS, min_words)
    # One pass over the lines: where each line's words begin in the stream, which lines have room
    # for a copy before them (and the n-gram that opens each), and the short labels.
    starts = array("Q", [0])
    in_stream = bytearray()  # 0 for a line of a few words that ends no sentence: left out of the stream
    openers = array("Q")  # the lines that may be copies, their sizes, and the hash of their first n-gram
    sizes = array("Q")
    keys = array("q")
    held: list[list[str]] | None = []  # each line's words, while the document is small
    labels = array("Q")  # the lines that may be a label, and how often each label was seen
    seen: dict[str, int] = {}
    total = 0  # words in the stream so far
    limit = 0  # a copy must start before this stream position
    # (the arrays' methods looked up once: this loop runs once a line, a million times for some pages)
    add_start, add_in_stream, add_opener, add_size, add_key = (
        starts.append,
        in_stream.append,
        openers.append,
        sizes.append,
        keys.append,
    )
    for line_no, line in enumerate(lines):
        if not line:  # an empty line (every other line of many pages): no words, nothing else to note
            if held is not None:
                held.append([])
            add_in_stream(True)
            add_start(total)
            continue
        words = line.casefold().split()
        size = len(words)
        inside = True
        if 0 < size <= _LABEL_WORDS:
            # the words' joined label ends a sentence iff its last word does (words hold no white space)
            ends = ends_sentence(words[-1])
            if size <= _FURNITURE_WORDS and not ends:
                inside = False
            if label_repeats > 1 and not ends:
                label = " ".join(words)  # what _label gives (the sentence end is known)
                if len(label) in _LABEL_CHARS:
                    labels.append(line_no)
                    seen[label] = seen.get(label, 0) + 1
        if size >= min_words and total >= size:  # a copy must end before this line begins
            add_opener(line_no)
            add_size(size)
            add_key(hash(tuple(words[:key_size])))
            if total - size >= limit:
                limit = total - size + 1
        if inside:
            total += size
        if held is not None:
            held.append(words)
            if total > _HOLD_WORDS:
                held = None
        add_in_stream(inside)
        add_start(total)
    removals: Removals = {}
    if openers:
        removals = _find_copies(_Stream(lines, starts, in_stream, held), (openers, sizes, keys), limit, key_size)
    if label_repeats > 1:
        for line_no, decision in _repeated_labels(lines, labels, seen, label_repeats).items():
            removals.setdefault(line_no, decision)
    return removals


def held_words(lines: Sequence[str]) -> list[list[str]] | None:
    """Each line's case-folded words, split once for every reading, in a document of at most
    ``_HOLD_CHARS`` characters (else ``None``: a reading splits its lines as it goes). A caller that
    splits the lines before the step (the decision, for its paragraphs' word counts) hands them on
    (:func:`remember_words`).

    >>> held_words(["Log In", "The Mayor spoke."])
    [['log', 'in'], ['the', 'mayor', 'spoke.']]
    """
    if sum(map(len, lines)) > _HOLD_CHARS:
        return None
    return list(map(str.split, map(str.casefold, lines)))


#: The lines a caller split (:func:`held_words`) for the step to come, and their words: taken by the step
#: (:func:`_take_words`), so that nothing stays held once it has read them.
_remembered: tuple[tuple[str, ...], list[list[str]]] | None = None


def remember_words(lines: Sequence[str], words: list[list[str]] | None) -> None:
    """Hand ``words`` (:func:`held_words` of ``lines``) to the next :func:`decide_duplicates` of the same lines;
    ``None`` forgets what was handed and not taken."""
    global _remembered
    _remembered = None if words is None else (tuple(lines), words)


def _take_words(lines: Sequence[str]) -> list[list[str]] | None:
    """:func:`held_words` of ``lines``: the words handed on when they are of these lines, else split now."""
    global _remembered
    remembered, _remembered = _remembered, None
    if remembered is not None and len(remembered[0]) == len(lines) and remembered[0] == tuple(lines):
        return remembered[1]
    del remembered
    return held_words(lines)


def _find_in_held(lines: Sequence[str], held: list[list[str]], min_words: int, label_repeats: int) -> Removals:
    """:func:`_find_duplicates` given each line's words (``held``): the lines read by C-level
    iterators, Python looking only at the short lines and those long enough to be a copy."""
    key_size = min(_KEY_WORDS, min_words)
    sizes = list(map(len, held))
    count = len(sizes)
    in_stream = bytearray(b"\x01") * count
    labels: list[tuple[int, str]] = []  # the lines that may be a label, with it (their words are held anyway)
    seen: dict[str, int] = {}
    for line_no in compress(range(count), map(_SHORT_SIZES.__contains__, sizes)):
        words = held[line_no]
        last = words[-1]
        # the label ends a sentence iff its last word does (a word that ends with neither a stop nor a
        # closer ends none: most, settled without the call)
        if last[-1] in _ENDINGS and ends_sentence(last):
            continue
        if len(words) <= _FURNITURE_WORDS:
            in_stream[line_no] = 0
        if label_repeats > 1:
            label = " ".join(words)  # what _label gives (the sentence end is known)
            if len(label) in _LABEL_CHARS:
                labels.append((line_no, label))
                seen[label] = seen.get(label, 0) + 1
    starts = array("Q", accumulate(map(mul, sizes, in_stream), initial=0))
    openers, opener_sizes, keys = array("Q"), array("Q"), array("q")
    limit = 0
    for line_no in compress(range(count), map(min_words.__le__, sizes)):
        size, total = sizes[line_no], starts[line_no]
        if total >= size:  # a copy must end before this line begins
            openers.append(line_no)
            opener_sizes.append(size)
            keys.append(hash(tuple(held[line_no][:key_size])))
            if total - size >= limit:
                limit = total - size + 1
    removals: Removals = {}
    if openers:
        stream = _Stream(lines, starts, in_stream, held)
        removals = _find_copies(stream, (openers, opener_sizes, keys), limit, key_size)
    if label_repeats > 1 and seen and max(seen.values()) >= label_repeats:  # what _repeated_labels finds
        for line_no, label in labels:
            if seen[label] >= label_repeats:
                removals.setdefault(line_no, _REPEATED_LABEL)
    return removals


def _held_places(
    stream: _Stream, lines: array[int], first: dict[int, int | None], limit: int, key_size: int
) -> tuple[array[int], array[int]]:
    """Where (before ``limit``) the n-grams of hashes ``first`` stand in a stream whose words are held,
    and their hashes: an n-gram is hashed only where its first two words open one of ``lines`` (a C-level
    test a word; most words open none), not at every word. (A place whose n-gram has one of those
    hashes but other first words, a collision of 64-bit hashes, is left out: it holds no copy.)"""
    words = list(stream.words())
    places, place_keys = array("Q"), array("q")
    if key_size > 1:  # an opening's first two words, looked up together: fewer places pass than by the first
        pairs = {tuple(stream.line_words(line_no)[:2]) for line_no in lines}
        passed = map(pairs.__contains__, zip(words, islice(words, 1, None), strict=False))
    else:
        firsts = {stream.line_words(line_no)[0] for line_no in lines}
        passed = map(firsts.__contains__, words)
    for position in compress(range(min(limit, len(words) - key_size + 1)), passed):
        key = hash(tuple(words[position : position + key_size]))
        if key in first:
            places.append(position)
            place_keys.append(key)
    return places, place_keys


def _find_copies(
    stream: _Stream,
    openers: tuple[array[int], array[int], array[int]],
    limit: int,
    key_size: int,
) -> Removals:
    """The ``openers`` (lines, their sizes, the hashes of the n-grams that open them) whose words the
    stream holds earlier, each with the line where that copy begins; copies begin before ``limit``."""
    removals: Removals = {}
    keys = openers[2]
    # Where each looked-up n-gram first stands in the stream, and every place any of them stands
    # (hashes, not n-grams: two n-grams of one hash cost one more comparison, never a wrong answer).
    first: dict[int, int | None] = dict.fromkeys(keys)
    if stream.held:
        places, place_keys = _held_places(stream, openers[0], first, limit, key_size)
    else:
        hashes, probe = tee(_gram_hashes(stream.words(), key_size))
        # (position, hash) of each place, one after the other in one array: made without a Python loop
        found = array(
            "q", chain.from_iterable(compress(zip(range(limit), hashes, strict=False), map(first.__contains__, probe)))
        )
        places, place_keys = found[0::2], found[1::2]
        del found
    first.update(zip(reversed(place_keys), reversed(places), strict=True))  # written last: the earliest
    later: dict[int, list[int]] | None = None  # built the first time a first candidate fails
    starts = stream.starts
    for line_no, size, key in zip(*openers, strict=True):
        start = starts[line_no]
        earliest = first[key]
        # Earlier copies only: a copy must end before this line begins (positions only grow).
        if earliest is None or earliest + size > start:
            continue
        words = stream.line_words(line_no)
        if stream.holds(earliest, words):
            removals[line_no] = ("duplicate", stream.line_of(earliest))
            continue
        if later is None:
            later = {}
            for position, place_key in zip(places, place_keys, strict=True):
                if first[place_key] != position:
                    later.setdefault(place_key, []).append(position)
        # Then the copies nearest before the line: which these are does not depend on what other
        # steps remove far away (a page header, a footer), so a second clean finds none either.
        positions = later.get(key, ())
        eligible = bisect_right(positions, start - size)
        for position in reversed(positions[max(eligible - _MAX_CANDIDATES, 0) : eligible]):
            if stream.holds(position, words):
                removals[line_no] = ("duplicate", stream.line_of(position))
                break
    return removals


_DEFAULT = DuplicateOptions()  # the step's options and their defaults: cleantext.options


def decide_duplicates(
    lines: Sequence[str], /, *, min_words: int = _DEFAULT.min_words, label_repeats: int = _DEFAULT.label_repeats
) -> Outcome:
    """Find lines of at least ``min_words`` words that repeat earlier text, and repeated short labels.

    Dropping a line joins the words around it, which can make a new copy; the stream is read again
    without the dropped lines until nothing more goes (at most ``_MAX_ROUNDS`` readings; a document
    without duplicates is read once, and so is one from whose stream nothing was dropped: labels left
    out of it), so that the result is a fixed point: run again, the step drops nothing. Labels are
    counted in the first reading only: the later ones would find none.
    """
    min_words = max(min_words, 1)
    live: Sequence[int] = range(len(lines))  # the input line each line of this reading is
    current: Sequence[str] = lines
    removed = array("Q")  # the input lines found, reading after reading
    refs = array("q")  # the input line each copies, or -1 for a repeated label
    # Code is kept or dropped whole (by strip_chrome), never in part: a line of it that repeats
    # ("return 0;", "}") stays.
    code = {index for block in code_blocks(lines) for index in block.lines}
    words = _take_words(lines)
    repeats = label_repeats  # labels are looked for in the first reading only (see below)
    for _ in range(_MAX_ROUNDS):
        if words is None:
            found = _find_duplicates(current, min_words, repeats)
        else:
            held = words if current is lines else [words[index] for index in live]
            found = _find_in_held(current, held, min_words, repeats)
            del held
        if code:
            found = {line_no: decision for line_no, decision in found.items() if live[line_no] not in code}
        if not found:
            break
        for line_no, (_, ref) in found.items():
            removed.append(live[line_no])
            refs.append(-1 if ref is None else live[ref])
        # A reading that removed only lines left out of the stream leaves the next one the same stream:
        # it would find nothing more (the copies it compares are the same, none of them found).
        if not any(_in_stream(lines[live[line_no]] if words is None else words[live[line_no]]) for line_no in found):
            break
        # A label is counted anew in each reading, but lines only go: one seen too few times stays so, and the
        # lines of one seen often enough went, but for code (which stays, and is left out above): the next
        # readings would find no other label.
        repeats = 0
        live = array("Q", compress(live, map(not_, map(found.__contains__, range(len(live))))))
        found = {}  # not held through the next reading
        current = [lines[index] for index in live]
    removals: dict[int, tuple[str, int | None]] = {
        index: _REPEATED_LABEL if ref < 0 else ("duplicate", ref) for index, ref in zip(removed, refs, strict=True)
    }
    # a notice printed twice goes whole, its first copy too (its second is not always a copy of lines here: a
    # heading of a few words is left out of the stream)
    for index, label in printed_twice(lines, code).items():
        removals.setdefault(index, (label, None))
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
