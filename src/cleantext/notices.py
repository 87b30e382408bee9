"""Notices of several sentences (a site's comment policy), found whatever their wrapping, by their phrases.

A page prints its comment policy as a fixed sequence of short sentences: as one paragraph
hard-wrapped at any width (lines broken mid-sentence, mid-phrase), one sentence per line, or run into
one line, and sites drop, reorder and reword items. What stays is the sentences' telling phrases
(:class:`~cleantext.shapes.Notice`). So the model of the block is made of three parts:

1. **Unwrap.** The lines near a phrase are joined into one text (:mod:`cleantext.notice_text`: white
   space made single, a word broken at a hyphen joined again, curly apostrophes straight; a blank line
   or code is a break), remembering where each line's words lie, and the text is cut into sentences.
2. **Match.** A sentence is the notice's when at least half of its words lie in phrases found
   (:data:`COVERED`), unless it is attributed speech (``rules.ATTRIBUTION``): article text quotes
   a policy, a policy does not say who said it. A run of the notice's sentences is the notice when
   it holds ``min_clauses`` distinct phrases and two sentences or more. Between two of them, one
   item reworded beyond its phrases belongs to it (:data:`MAX_GAP` sentences, each short or holding
   a phrase); at either end, a heading belongs to it when it is written as one ("Keep It Civil.":
   :data:`HEADING_WORDS` words at most, first and last word capitalised) and shares a line with the
   notice or stands on lines of its own; after its last sentence (or such a heading), a sentence
   that holds one of its phrases does too (the last item reworded). Before its first, nothing but
   a heading: that is where the article ends.
3. **Map back.** A line goes only when every word of it lies in the notice's sentences: a line that
   holds an article sentence and the start of the policy stays whole, and so does a sentence that
   mentions the policy's words without being it. Once the notice is found, a line whose letters
   all stand in it, in order, is a piece of a second copy (the rest of which ``drop_duplicates``
   dropped) and goes too.

A notice with a ``topic`` is also found by its shape, a run of short headed items, however reworded
(:mod:`cleantext.notice_shapes`), and beside the comment box, where a page prints it, however its items are
printed (:mod:`cleantext.notice_box`); :func:`notice_removals`, the entry point, runs all three. Whichever found it,
the policy's opening line just above it goes with it (:func:`_with_openings`: "We welcome your comments, but please
follow these rules."). (Printed twice, it is found by the duplicates step: :mod:`cleantext.notice_twins`.)

Everything past a first look runs only on lines near what it found (:data:`~cleantext.notice_text.REACH` lines around): the
first look searches the document's folded text for literals of the phrases (found by the chrome
rules' pattern analysis), all of them in one search, so a document without two of them costs a scan
of its text and its folding; the
shape's first look, in a document that names the notice's ``subject``, is one search for the ends of
heading-like sentences, and only a window that holds ``SHAPE_ITEMS`` of them and two topic words is
read further (:mod:`cleantext.notice_shapes`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .blocks import ends_sentence
from .chrome_analysis import _fold_lowered
from .chrome_screen import _finder
from .notice_box import _opening_above, _sentence_scores
from .notice_box import _sentences as _read_lines
from .notice_look import LAST_LINES, _first_look
from .notice_marks import item_before
from .notice_place import _by_place, _end_line, _near
from .notice_shapes import _heading_hits, _shape_covered, _subject_patterns
from .notice_text import (
    _ATTRIBUTION,
    _CHUNK,
    GAP_WORDS,
    HEADING_WORDS,
    MARK_REACH,
    _capitalised,
    _lines_within,
    _literals,
    _pattern,
    _readable_words,
    _straight,
    _texts,
    _unwrap,
    _windows,
    _Word,
)
from .notice_titles import _opens_by_words
from .notice_wrapped import wrapped_start
from .policy_words import POLICY_SCORE, policy_score
from .shapes import Notice

if TYPE_CHECKING:
    import regex

__all__: list[str] = []  # nothing public: :mod:`cleantext.chrome` calls ``notice_removals``, the decision ``end_moves``

#: The share of a sentence's words that phrases must cover for it to be the notice's.
COVERED = 0.5
#: How many sentences that are not the notice's by their phrases may stand between two that are (one
#: item, heading and sentence, reworded), when each is short (:data:`GAP_WORDS`) or holds a phrase.
MAX_GAP = 2
#: The fewest letters a line must hold to be taken as a piece of a notice found elsewhere in the document.
PIECE_LETTERS = 8


def end_moves(lines: Sequence[str], seen: set[int], removed: Container[int], notices: Sequence[Notice]) -> bool:
    """Whether removing ``removed`` from ``lines`` shows a notice printed last that a reading of ``lines`` without
    ``seen`` did not: one of the lines that reading looked at first is removed (:mod:`cleantext.notice_box`: the
    line it read a policy printed last back from, or one of the :data:`~cleantext.notice_look.LAST_LINES` up to it),
    and the lines then last may end one of the ``notices`` with a topic (the first look at a page's last lines).
    A line removed farther up is not looked for: it changes only the longer reading, rarely, and reading every such
    document again costs more than it finds.

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> lines = ["He left at noon.", "Be kind. Posts that insult are removed.", "Share this", "Contact us."]
    >>> end_moves(lines, set(), {3}, DEFAULT_NOTICES), end_moves(lines, set(), {1, 3}, DEFAULT_NOTICES)
    (True, False)
    >>> end_moves(["000", "Be kind. Posts that insult are removed."], set(), {0}, DEFAULT_NOTICES)
    True
    """
    end = _end_line(lines, -1, seen)
    if end < 0:
        return False
    looked = _near(lines, range(end, -1, -1), seen, LAST_LINES)
    if end not in removed and not any(index in removed for index in looked):
        return False
    last: list[int] = []  # the lines then last, read back from where the run at the end would start
    for index in range(_end_line(lines, -1, removed), -1, -1):
        if index not in removed and lines[index].strip():
            last.append(index)
            if len(last) == LAST_LINES:
                break
    return any(_first_look(lines, last[::-1], notice) for notice in notices if notice.topic)


class _Sentence(NamedTuple):
    words: range  # indices into the window's words (those with a letter or digit)
    covered: bool  # the notice's, by its phrases
    phrases: frozenset[str]  # the distinct phrases found in it
    speech: bool  # attributed speech: never the notice's


def notice_removals(
    lines: Sequence[str], notices: Sequence[Notice], skip: set[int], removed: Mapping[int, str] | None = None
) -> tuple[dict[int, str], bool]:
    """The lines (index -> the notice's label) that the ``notices`` cover, and whether a notice may
    stand in ``lines`` at all (two of its phrases' literals are there); lines in ``skip`` (code) are
    not read. ``removed``: the lines the rules remove (line -> the rule's label), among them a comment
    box's furniture, beside which a notice with a topic is looked for too, as at the end of the page's
    text before its last furniture (:mod:`cleantext.notice_box`).

    >>> policy = ["Keep it Clean. Please avoid obscene, vulgar,", "lewd language. Be Nice. No racism, sexism or",
    ...           "any sort of -ism. Share with Us. We'd love to hear", "eyewitness accounts."]
    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> found, possible = notice_removals(["He left.", *policy], DEFAULT_NOTICES, set())
    >>> sorted(found), possible
    ([1, 2, 3, 4], True)
    """
    found: dict[int, str] = {}
    possible = False
    texts = _texts(lines)
    lowered = [text.lower() for text in texts]  # lowered once: the phrases' search and the subject's test read them
    near_all = _near_phrases(lines, tuple(notices), texts, lowered)
    for notice, near in zip(notices, near_all, strict=True):
        if len(set().union(*near.values())) < 2:  # two phrases or more, or no window can hold the notice
            continue
        possible = True
        pattern = _pattern(notice.clauses)
        hits = [index for index in sorted(near) if index not in skip]
        covered = [
            index
            for window in _windows(lines, hits, skip)
            if len(set().union(*(near.get(line, ()) for line in window))) >= 2
            for index in _covered_lines(lines, window, notice, pattern)
        ]
        if covered:
            covered += _pieces(lines, covered, skip)
        for index in covered:
            found.setdefault(index, notice.label)
    headings: dict[int, int] | None = None  # the shape's first look, made once for all notices with a topic
    for notice in notices:
        if not notice.topic:
            continue
        covered = []
        # the shape only where the page names the notice's subject; beside the box or printed last, its place tells
        if not notice.subject or any(notice.subject in text for text in lowered):
            if headings is None:
                headings = _heading_hits(lines, skip, texts)
            covered = [index for index in _shape_covered(lines, notice, skip, headings) if index not in found]
        taken = set(covered)
        covered += [
            index
            for index in _by_place(lines, notice, skip, removed or {})
            if index not in found and index not in taken
        ]
        if covered:
            possible = True
            covered += _pieces(lines, covered, skip)
        for index in covered:
            found.setdefault(index, notice.label)
        if covered:
            _with_wrapped_starts(lines, found, skip, notice)
            _with_items_before(lines, found, skip, notice)
            _with_openings(lines, found, skip, notice, removed or {})
    return found, possible


def _with_wrapped_starts(lines: Sequence[str], found: dict[int, str], skip: set[int], notice: Notice) -> None:
    """Adds to ``found`` (line -> label) the lines above each run of ``notice``'s lines found that begins inside a
    hard-wrapped block, in the middle of a sentence (:func:`~cleantext.notice_wrapped.wrapped_start`), up to where that
    sentence begins."""
    for first in sorted(index for index, label in found.items() if label == notice.label):
        if first - 1 not in found:
            for index in wrapped_start(lines, first, skip):
                found[index] = notice.label


def _with_items_before(lines: Sequence[str], found: dict[int, str], skip: set[int], notice: Notice) -> None:
    """Adds to ``found`` (line -> label) the lines above each run of ``notice``'s lines found that begins with a list's
    mark, from the line up to :data:`~cleantext.notice_text.MARK_REACH` lines above that begins with the mark just
    before it, printed alike ("1." above a found "2.": :func:`~cleantext.notice_marks.item_before`), where none of
    their sentences reads more as an article's than as a policy's (a score below 0; headings pass) and half of them
    read as a policy's (:data:`~cleantext.policy_words.POLICY_SCORE`), and so on up while the marks count down: the
    policy's first items, which no reading took."""
    stops = skip | found.keys()  # the walk up stops at code and at a line found (where a run goes on)
    for first in sorted(index for index, label in found.items() if label == notice.label):
        while True:
            above = _near(lines, range(first - 1, -1, -1), stops, MARK_REACH)
            start = next((index for index in above if item_before(lines[first], lines[index])), None)
            if start is None:
                break
            taken = sorted(index for index in above if index >= start)
            read = _read_lines(lines, taken)
            scores = _sentence_scores(*read) if read is not None else [-1.0]
            if any(score < 0 for score in scores) or 2 * sum(score >= POLICY_SCORE for score in scores) < len(scores):
                break
            for index in taken:
                found[index] = notice.label
                stops.add(index)
            first = start


def _with_openings(
    lines: Sequence[str], found: dict[int, str], skip: set[int], notice: Notice, removed: Container[int]
) -> None:
    """Adds to ``found`` (line -> label) the opening line just above each run of ``notice``'s lines found, whichever
    reading found the run: the nearest line above that is not blank, none past a line of code (``skip``;
    :func:`~cleantext.notice_place._near`); one already found is no opening. An opening its patterns tell
    (:func:`~cleantext.notice_box._opening_above`: "We welcome your comments, but please follow these rules." above
    "Write Clearly.") goes. So do lines its words tell (:func:`_opened_by_words`), one or more in a row read up from
    the run, where the line above the first of them reads as an article's."""
    patterns = None
    for first in sorted(index for index, label in found.items() if label == notice.label):
        patterns = patterns or _subject_patterns(notice)
        for index in _opened_by_words(lines, first, found, skip, removed, patterns):
            found[index] = notice.label


def _opened_by_words(
    lines: Sequence[str], first: int, found: Container[int], skip: set[int], removed: Container[int], patterns: tuple
) -> list[int]:
    """The opening lines above line ``first`` of a run (:func:`_with_openings`): up from it, each nearest line that
    is not found, not code, is kept by the rules, begins a sentence below some text (:func:`_begins_sentence`) and
    opens a policy by its words (:func:`~cleantext.notice_titles._opens_by_words`), up to one that its patterns tell
    is an opening (:func:`~cleantext.notice_box._opening_above`), which goes too; the lines read by their words go
    only where what bounds them is that opening, another run of the notice, or a line whose words read as an
    article's (a score below 0). A policy's first sentences printed a line each score as a policy's but less than an
    opening ("We want our comment sections to be lively but respectful."): where such a line bounds them, nothing is
    taken, and the policy is left whole to the reading that takes it from its first line."""
    read: list[int] = []
    while True:
        nearest = _near(lines, range(first - 1, -1, -1), skip, 1)
        if not nearest:
            return []
        above = nearest[0]
        if above in found:
            return read
        if _opening_above(lines, above, first, patterns):
            return [*read, above]
        if above in removed or not _begins_sentence(lines, above, skip) or not _opens_by_words(lines[above]):
            return read if above not in removed and policy_score(lines[above]) < 0 else []
        read.append(above)
        first = above


def _begins_sentence(lines: Sequence[str], index: int, skip: set[int]) -> bool:
    """Whether line ``index`` begins a sentence below some text: the nearest line above it that is not blank (none
    past code, ``skip``) ends one (a hard-wrapped sentence's last line begins none).

    >>> _begins_sentence(["He left.", "Be kind."], 1, set()), _begins_sentence(["He left", "for home."], 1, set())
    (True, False)
    >>> _begins_sentence(["Be kind."], 0, set())
    False
    """
    nearest = _near(lines, range(index - 1, -1, -1), skip, 1)
    return bool(nearest) and ends_sentence(lines[nearest[0]])


def _near_phrases(
    lines: Sequence[str], notices: tuple[Notice, ...], texts: list[str], lowered: list[str]
) -> list[dict[int, set[str]]]:
    """For each notice, the lines that hold one of its phrases, each with what was found in it: the
    literals one of which every match of a phrase holds, looked for in :data:`_CHUNK` lines at a
    time (``texts``; ``lowered``: each in lower case), folded once for all notices, all of them placed by one search
    (:func:`~cleantext.chrome_screen._finder`) where one stands (``in``, a C scan a literal, tells first; the search
    tries most characters of a text), so that a document without any costs those scans of its text and no regular
    expression (the phrases themselves, when the pattern analysis cannot tell such literals)."""
    found: list[dict[int, set[str]]] = [{} for _ in notices]
    looked: dict[str, list[dict[int, set[str]]]] = {}  # a literal -> the notices' lines that hold it
    for notice, near in zip(notices, found, strict=True):
        literals = _literals(notice.clauses)
        if literals is not None:
            for literal in literals:
                looked.setdefault(literal, []).append(near)
            continue
        pattern = _pattern(notice.clauses)
        for index, line in enumerate(lines):
            matches = {match.group().casefold() for match in pattern.finditer(_straight(line))} if line else set()
            if matches:
                near[index] = matches
    if not looked:
        return found
    literals = tuple(sorted(looked))
    find = _finder(literals)
    for first, text, low in zip(range(0, len(lines), _CHUNK), texts, lowered, strict=True):
        starts: list[int] | None = None
        folded = _fold_lowered(text, low)
        if not any(literal in folded for literal in literals):  # most texts: a C scan a literal costs less than find's
            continue
        for at, literal in find(folded):
            if starts is None:
                starts = [0]
                for line in lines[first : first + _CHUNK - 1]:
                    starts.append(starts[-1] + len(line) + 1)
            index = first + bisect_right(starts, at) - 1
            for near in looked[literal]:
                near.setdefault(index, set()).add(literal)
    return found


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _pieces(lines: Sequence[str], covered: list[int], skip: set[int]) -> list[int]:
    """Lines that are pieces of the notice found: the letters of the line (:data:`PIECE_LETTERS` or
    more) stand in the notice's text. A second copy of the notice that an earlier step dropped as a
    duplicate leaves such pieces where its line breaks differed from the first's ("vulgar, lewd,
    racist or sexually-", "an article.")."""
    notice = _letters(" ".join(lines[index] for index in covered))
    taken = set(covered)
    found = []
    for index, line in enumerate(lines):
        if index in taken or index in skip:
            continue
        key = _letters(line)
        if len(key) >= PIECE_LETTERS and key in notice:
            found.append(index)
    return found


def _covered_lines(lines: Sequence[str], window: list[int], notice: Notice, pattern: regex.Pattern[str]) -> list[int]:
    """The lines of ``window`` every word of which lies in a sentence of ``notice``."""
    text, words = _unwrap(lines, window)
    words = _readable_words(text, words)
    if not words:
        return []
    mask = bytearray(len(text))
    matches = sorted(pattern.finditer(text, overlapped=True), key=lambda match: match.start())  # by start, as found
    for match in matches:
        mask[match.start() : match.end()] = b"\1" * (match.end() - match.start())
    # a phrase found inside a longer one ("caps lock" in "turn off your caps lock") is not another clause
    inside = _inside_another({match.span() for match in matches})
    clauses = [match for match in matches if match.span() not in inside]
    sentences = _sentences(text, words, mask, clauses)
    return _lines_within(
        words, [sentence.words for sentence in sentences], _notice_sentences(sentences, words, text, notice)
    )


def _inside_another(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans (start, end) that lie inside another of ``spans``, in one pass over them sorted (linear in the
    phrases found, however many: a page may print a policy a thousand times).

    >>> sorted(_inside_another({(0, 20), (5, 10), (5, 20), (30, 40)}))
    [(5, 10), (5, 20)]
    """
    inside: set[tuple[int, int]] = set()
    reach = -1  # the furthest end of the spans before, which start no later (and end later where they start alike)
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if reach >= end:
            inside.add((start, end))
        reach = max(reach, end)
    return inside


def _sentences(text: str, words: list[_Word], mask: bytearray, matches: list) -> list[_Sentence]:
    """The text's sentences: a sentence ends with a word that ends one, or at a line break of the text."""
    found: list[_Sentence] = []
    first = 0
    starts = [match.start() for match in matches]  # in order: the phrases of a sentence are those starting in it
    for w, word in enumerate(words):
        last = w == len(words) - 1
        ends = last or ends_sentence(text[word.start : word.end]) or "\n" in text[word.end : words[w + 1].start]
        if not ends:
            continue
        span = range(first, w + 1)
        start, end = words[first].start, word.end
        covered = sum(1 for k in span if 1 in mask[words[k].start : words[k].end])
        phrases = frozenset(
            " ".join(match.group().casefold().replace("-", " ").split())
            for match in matches[bisect_left(starts, start) : bisect_right(starts, end)]
            if match.end() <= end
        )
        sentence = text[start:end]
        speech = len(span) >= 8 and ends_sentence(sentence) and _ATTRIBUTION.search(sentence) is not None
        found.append(_Sentence(span, covered >= COVERED * len(span) and not speech, phrases, speech))
        first = w + 1
    return found


def _notice_sentences(sentences: list[_Sentence], words: list[_Word], text: str, notice: Notice) -> list[int]:
    """The sentences (indices) that make up the notice: runs of covered sentences that hold
    ``min_clauses`` distinct phrases, with what stands between two of them when it may be one item
    of the notice reworded (:func:`_in_gap`: :data:`MAX_GAP` sentences at most, each a heading or
    holding a phrase), and a heading at either end (:func:`_heading_beside`)."""
    runs: list[list[int]] = []
    run: list[int] = []
    gap: list[int] = []
    for k, sentence in enumerate(sentences):
        if sentence.covered:
            if run and gap:
                run.extend(gap)
            run.append(k)
            gap = []
        elif run and len(gap) < MAX_GAP and _in_gap(sentence):
            gap.append(k)
        else:
            if run:
                runs.append(run)
            run, gap = [], []
    if run:
        runs.append(run)
    chosen: list[int] = []
    for run in runs:
        covered = [k for k in run if sentences[k].covered]
        phrases = frozenset().union(*(sentences[k].phrases for k in covered))
        if len(covered) < 2 or len(phrases) < notice.min_clauses:
            continue
        for edge, neighbour in ((run[0] - 1, run[0]), (run[-1] + 1, run[-1])):
            if 0 <= edge < len(sentences) and _heading_beside(sentences[edge], sentences[neighbour], words, text):
                run.append(edge)
        after = max(run) + 1  # after the last sentence, or after a heading just added at the end
        if after < len(sentences) and sentences[after].phrases and not sentences[after].speech:
            run.append(after)  # the last item's sentence, reworded beyond half its words
        chosen.extend(run)
    return chosen


def _in_gap(sentence: _Sentence) -> bool:
    """Whether ``sentence``, between two of the notice's, may be part of it: a short sentence (a
    heading, or an item's sentence reworded: :data:`GAP_WORDS` words at most) or one holding one of
    its phrases, and not attributed speech."""
    return not sentence.speech and (len(sentence.words) <= GAP_WORDS or bool(sentence.phrases))


def _heading_beside(sentence: _Sentence, neighbour: _Sentence, words: list[_Word], text: str) -> bool:
    """Whether ``sentence`` reads as a heading of the notice next to it: short, its first and last
    words capitalised ("Keep It Civil.", "Don't Threaten."), and on a line the notice's sentence
    shares or on lines of its own."""
    if sentence.covered or sentence.speech or len(sentence.words) > HEADING_WORDS:
        return False
    first, last = words[sentence.words[0]], words[sentence.words[-1]]
    if not (_capitalised(text[first.start : first.end]) and _capitalised(text[last.start : last.end])):
        return False
    own = set(first.lines + last.lines)
    beside = {line for k in (neighbour.words[0], neighbour.words[-1]) for line in words[k].lines}
    if own & beside:
        return True
    # its lines hold nothing else: the words just before and after it stand on other lines
    before = words[sentence.words[0] - 1].lines if sentence.words[0] > 0 else ()
    after = words[sentence.words[-1] + 1].lines if sentence.words[-1] + 1 < len(words) else ()
    return not own & set(before + after)
