"""Notices of several sentences found by their shape: a policy reworded past its phrases, or another
site's, is still printed as a run of items.

**Shape.** Each item is a short heading ("Stay on Topic.", "No Spam.": first and last word capitalised;
or in sentence case, "Stick to the story.", when an item's sentence follows it) and a sentence or two
after it; a notice with a ``topic`` (the words of its subject) is also found so: :data:`SHAPE_ITEMS`
items or more in a row, at least half of them, and two, holding a topic word or one of its phrases
(:func:`_shape_lines`). Article prose does not run so (its sentences come without a heading each), and a
list of tips in an article has the shape without the subject. A title on a line of its own ("Our House
Rules", no stop) may stand above the run's first item, and a short sentence on the subject without a
heading just before it, in the line it starts, is the run's too ("DON'T TYPE IN ALL CAPS. Stay on Topic.
..."), and so are up to two short sentences on the subject after its last item ("Comments close 72 hours
after a story is published."). A run whose headings are all in sentence case is no notice: article prose
runs so too (short sentences, each before a longer one). Its lines go as a notice found by its phrases does
(:mod:`cleantext.notices`, part 3). A passive ("may be reported to police") is not attributed speech.

The first look is one search for the ends of heading-like sentences (a stop or a question mark before white
space, looked back from: :data:`_HEADING_END`, :func:`_heading_hits`), after a check that the document names the
notice's ``subject``; only a window (the non-blank lines within ``notice_text.REACH`` of a line where such
a sentence begins) that holds :data:`SHAPE_ITEMS` of them and two topic words is read further; there,
attributed speech is looked for only when the window holds a run of :data:`SHAPE_ITEMS` items without
it, and only in and beside such runs. Both looks are run by :func:`cleantext.notices.notice_removals`, the notices' entry point.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, islice
from operator import itemgetter
from typing import TYPE_CHECKING

from .blocks import _CLOSERS, _SPACES, SENTENCE_STOPS, ends_sentence
from .lazy import LazyPattern
from .notice_text import (
    _ATTRIBUTION,
    _CHUNK,
    GAP_WORDS,
    HEADING_WORDS,
    INTRO_WORDS,
    _capitalised,
    _finds,
    _lines_within,
    _pattern,
    _readable_words,
    _straight,
    _unstopped_lines,
    _unwrap,
    _windows,
    _Word,
)

if TYPE_CHECKING:
    import regex

    from .shapes import Notice

__all__: list[
    str
] = []  # nothing public: :func:`cleantext.notices.notice_removals` calls ``_heading_hits`` and ``_shape_covered``

#: The fewest items (a heading and its sentence) a notice found by its shape holds (:func:`_shape_lines`).
SHAPE_ITEMS = 3
#: The longest sentence (in words) that may be an item's sentence in a notice found by its shape.
ITEM_WORDS = 30
#: How many sentences one heading may head in such a notice (its own, and an item printed without a
#: heading after it: "PLEASE TURN OFF YOUR CAPS LOCK.").
ITEM_SENTENCES = 2

#: Where a heading may begin (a first look for a notice's shape): one to four words, the first and the
#: last capitalised, ending with a stop or a question mark ("See Something?"), at the start of a line or
#: after a sentence's end. Headings in sentence case ("Stick to the story.") are not looked for here: a
#: run needs one in title case, and looking for them too made the look read many more windows (unseen-pages
#: about 3 % slower than main, 2026-12-02); a policy with fewer than SHAPE_ITEMS in title case is missed.
_HEADING = r"(?=\p{Lu})(?:^|(?<=[.!?][\"')\]]?[ \t]+))(?:\p{Lu}[\p{L}'-]*(?:[ \t\n]+[\p{L}'-]+){0,2}[ \t\n]+)?\p{Lu}[\p{L}'-]+[.!?]"
#: Those sentences found from their ends: a stop before white space, looked back from (group 1 is the
#: sentence). A heading-like sentence's words hold no stop, so each has its own end, which it reaches from
#: whichever word it begins at; looking back greedily finds its first word that may begin it, where a
#: forward search for ``_HEADING`` followed by white space would find it. This search stops only at stops: on
#: bench_speed's corpora it took a third to a fifth of the forward search's time (2026-12-02).
_HEADING_END = LazyPattern(r"[.!?](?!\S)(?<=(" + _HEADING + "))", re.MULTILINE, regex=True)
#: What :func:`~cleantext.blocks.ends_sentence` looks past at a word's end (closing quotes and brackets, spaces).
_TRAILING = frozenset(_CLOSERS + _SPACES)
#: The last characters of the words that may end a sentence by their own (:func:`_spans`).
_ENDINGS = _TRAILING | frozenset(SENTENCE_STOPS + ":")
_END = itemgetter(1)  # a word's end
_BEFORE = (-1).__add__  # the place before
#: The kinds of sentence a run of items may begin with (:func:`_items`).
_HEADS = ("heading", "soft heading", "title")


def _heading_hits(lines: Sequence[str], skip: set[int], texts: list[str]) -> dict[int, int]:
    """The lines where a sentence that may be a heading begins (:data:`_HEADING`), outside ``skip``,
    each with how many begin there; none when the document holds fewer than :data:`SHAPE_ITEMS` of them.
    ``texts`` are the document's lines joined :data:`_CHUNK` at a time, quotes straight (:func:`~cleantext.notice_text._texts`).

    Found from their ends (:data:`_HEADING_END`), one search that stops only at a stop before white
    space; the heading that ends there begins where a forward search would find it (its first
    word that may begin it: the look back is greedy)."""
    found: dict[int, int] = {}
    count = 0
    for first, chunk in zip(range(0, len(lines), _CHUNK), texts, strict=True):
        starts: list[int] | None = None
        for match in _HEADING_END.finditer(chunk):
            if starts is None:
                starts = [0]
                for line in lines[first : first + _CHUNK - 1]:
                    starts.append(starts[-1] + len(line) + 1)
            index = first + bisect_right(starts, match.start(1)) - 1
            count += 1
            if index not in skip:
                found[index] = found.get(index, 0) + 1
    return found if count >= SHAPE_ITEMS else {}


def _shape_covered(lines: Sequence[str], notice: Notice, skip: set[int], headings: dict[int, int]) -> list[int]:
    """The lines of ``notice`` found by its shape: each window around the lines where heading-like sentences
    begin (``headings``, :func:`_heading_hits`) that holds :data:`SHAPE_ITEMS` of them and two words of the
    notice's ``topic`` is read by :func:`_shape_lines`."""
    if not headings:
        return []
    patterns = _subject_patterns(notice)
    topic = patterns[1]
    return [
        index
        for window in _windows(lines, sorted(headings), skip)
        if sum(headings.get(line, 0) for line in window) >= SHAPE_ITEMS
        and len(list(islice(topic.finditer(_straight(" ".join(lines[line] for line in window))), 2))) == 2
        for index in _shape_lines(lines, window, patterns)
    ]


def _shape_lines(lines: Sequence[str], window: list[int], patterns: tuple[regex.Pattern[str], ...]) -> list[int]:
    """The lines of ``window`` every word of which lies in a notice found by its shape: a run of
    :data:`SHAPE_ITEMS` items or more, each a heading (a short sentence, its first and last words
    capitalised: "Stay on Topic.", "No Spam.", a title before it too; or in sentence case or a question when
    an item's sentence follows it, "No sock puppets.", so long as one heading of the run is in title case)
    followed by one or :data:`ITEM_SENTENCES` sentences of :data:`ITEM_WORDS` words at most, where at least
    half the items, and two or more, speak of the notice's subject (its ``topic``, or one of its phrases);
    with up to :data:`ITEM_SENTENCES` short sentences on the subject (:data:`GAP_WORDS` words at most)
    after its last item, and before its first in the line that item starts. Article text does not run so:
    its sentences are longer and come without a heading each; a list of tips in an article has the shape
    but not the subject."""
    text, words = _unwrap(lines, window)
    words = _readable_words(text, words)
    if not words:
        return []
    titles = _title_lines(words, text)
    spans = _spans(text, words, titles)
    kinds = ["title" if titles.get(span[0]) == span[-1] else _kind(span, words, text) for span in spans]
    for k, kind in enumerate(kinds):
        if kind == "soft":  # a heading in sentence case when an item's sentence follows it, else an item's sentence
            kinds[k] = "soft heading" if k + 1 < len(kinds) and kinds[k + 1] == "item" else "item"
    # Attributed speech only makes an item's sentence no item: without it no run is shorter (a run read
    # with it is the start of the run read without), so a window with no run of SHAPE_ITEMS items even so
    # (most) has none, and speech is looked for only where such a run stands or may grow (ITEM_SENTENCES
    # sentences on either side: the items without a heading a run takes in), not in the window's prose.
    looked = _near_long_runs(kinds)
    if not looked:
        return []
    for k in looked:
        span = spans[k]
        if (
            kinds[k] == "item"
            and len(span) >= 8
            and _ATTRIBUTION.search(text[words[span[0]].start : words[span[-1]].end])
        ):
            kinds[k] = ""  # attributed speech (the item's sentence ends one: _kind)
    chosen: list[int] = []
    k = 0
    while k < len(spans):
        items = _items(kinds, k)
        if len(items) < SHAPE_ITEMS:
            k += 1
            continue
        topical = sum(_topical(text, words, spans[item.start][0], spans[item.stop - 1][-1], patterns) for item in items)
        named = sum(_named(text, words, spans[item.start][0], spans[item.stop - 1][-1], patterns) for item in items)
        # a run's headings printed in the site's style: one at least in title case (article prose may run
        # as short sentences in sentence case, each before a longer one)
        styled = any(kinds[j] in ("heading", "title") for item in items for j in item)
        if on_subject_enough(topical, len(items), named) and styled:
            start, stop = items[0].start, items[-1].stop
            while (
                start > 0
                and items[0].start - start < ITEM_SENTENCES
                and _bare_item(spans, kinds, words, start - 1, start)
                and _topical(text, words, spans[start - 1][0], spans[start - 1][-1], patterns)
            ):
                start -= 1  # an item printed without a heading, on the subject, in the run's block
            while (
                stop < len(spans)
                and stop - items[-1].stop < ITEM_SENTENCES
                and kinds[stop] == "item"
                and len(spans[stop]) <= GAP_WORDS
                and _topical(text, words, spans[stop][0], spans[stop][-1], patterns)
            ):
                stop += 1  # an item printed without a heading after the run's last: the notice goes on
            chosen.extend(range(start, stop))
            k = stop
        else:
            k = items[-1].stop
    return _lines_within(words, spans, chosen)


def on_subject_enough(on_subject: int, of: int, named: int | None = None) -> bool:
    """Whether a run of ``of`` items or sentences, ``on_subject`` of them on the notice's subject, reads as the
    notice: two of them at least, and half (the one rule for the share, whichever way a notice is found:
    its shape, printed twice, beside the comment box); and, where a rule's words count as on the subject
    (:attr:`~cleantext.shapes.Notice.rule_words`), two at least of those that name the subject itself (``named``:
    a topic word or a phrase), as an article's instructions ("Please bring a photo ID.") do not.

    >>> on_subject_enough(2, 4), on_subject_enough(2, 5), on_subject_enough(1, 1), on_subject_enough(3, 4, named=1)
    (True, False, False, False)
    """
    return on_subject >= 2 and 2 * on_subject >= of and (named is None or named >= 2)


def _subject_patterns(notice: Notice) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The patterns :func:`_topical` and :func:`_named` read a notice's subject by: its phrases, its topic with a
    rule's words (:attr:`~cleantext.shapes.Notice.ruled_topic`), its topic alone."""
    return _pattern(notice.clauses), _pattern(notice.ruled_topic), _pattern(notice.topic)


def _topical(text: str, words: list[_Word], first: int, last: int, patterns: Sequence[regex.Pattern[str]]) -> bool:
    """Whether the words ``first`` to ``last`` hold one of the notice's phrases or a word of its subject, a rule's
    words among them (``patterns``: :func:`_subject_patterns`)."""
    said = text[words[first].start : words[last].end]
    return _finds(patterns[0], said) or _finds(patterns[1], said)


def _named(text: str, words: list[_Word], first: int, last: int, patterns: Sequence[regex.Pattern[str]]) -> bool:
    """Whether the words ``first`` to ``last`` name the notice's subject itself (:func:`_names_subject`)."""
    return _names_subject(text[words[first].start : words[last].end], patterns)


def _names_subject(said: str, patterns: Sequence[regex.Pattern[str]]) -> bool:
    """Whether ``said`` names the notice's subject itself: one of its phrases, or a word of its topic, not only a
    rule's words (``patterns`` as :func:`_topical`'s)."""
    return _finds(patterns[0], said) or _finds(patterns[2], said)


def _spans(text: str, words: list[_Word], titles: dict[int, int] | None = None) -> list[range]:
    """The text's sentences (as :func:`cleantext.notices._sentences` cuts them), each the range of its words' indices; a
    title line (``titles``: its first word -> its last) is a sentence of its own, and so is a paragraph's line that
    ends on a colon (:func:`_ends_paragraph`).

    >>> from cleantext.notice_text import _unwrap
    >>> paragraph = "Visit our site for more, and follow us on our social media channels:"
    >>> text, words = _unwrap([paragraph, "Be kind."], [0, 1])
    >>> [len(span) for span in _spans(text, words)]
    [13, 2]
    """
    titles = titles or {}
    spans: list[range] = []
    first = 0
    last = len(words) - 1
    find = text.find
    # Only a word that ends on a stop, a closer or a colon, stands before a line break or a title, or ends a title, can
    # end a sentence: those are found first (most words by C loops), and only they are read.
    ends = list(map(_END, words))
    may_end = set(compress(range(len(words)), map(_ENDINGS.__contains__, map(text.__getitem__, map(_BEFORE, ends)))))
    at = find("\n")
    while at >= 0:
        may_end.add(bisect_right(ends, at) - 1)  # the word before the break
        at = find("\n", at + 1)
    may_end.update(title - 1 for title in titles)
    may_end.update(titles.values())
    may_end.add(last)
    for w in sorted(may_end):
        if not 0 <= w <= last:
            continue
        start, end, _ = words[w]
        # a word's last character, when no closer or space, is a stop exactly when the word ends a sentence
        char = text[end - 1]
        if (
            w == last
            or (ends_sentence(text[start:end]) if char in _TRAILING else char in SENTENCE_STOPS)
            or find("\n", end, words[w + 1].start) >= 0
            or w + 1 in titles
            or titles.get(first) == w
            or (char == ":" and _ends_paragraph(text, words, first, w))
        ):
            spans.append(range(first, w + 1))
            first = w + 1
    return spans


def _ends_paragraph(text: str, words: list[_Word], first: int, w: int) -> bool:
    """Whether the word ``w``, ending on a colon, ends its line's paragraph, and so the sentence begun at ``first``:
    the sentence holds more than :data:`~cleantext.notice_text.INTRO_WORDS` words on its line up to it (a heading or a
    line that introduces a list, "A few ground rules:", holds fewer) and the next line begins with a capital. An
    article's last paragraph ends so where the scraper dropped what it introduced ("... follow us on our social media
    channels:"); read on, its sentence would run into the policy's first item after it.

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["A few ground rules:", "Be kind."], [0, 1])
    >>> _ends_paragraph(text, words, 0, 3)
    False
    """
    return (
        w + 1 < len(words)
        and w - first >= INTRO_WORDS
        and words[w - INTRO_WORDS].lines[0] == words[w].lines[-1] != words[w + 1].lines[0]
        and text[words[w + 1].start].isupper()
    )


def _title_lines(words: list[_Word], text: str) -> dict[int, int]:
    """The lines (first word -> last word) that read as a title printed above a policy ("Our House Rules",
    "Commenting Rules:"): a line of :data:`HEADING_WORDS` words at most with more words after it, no word of
    it ending a sentence (a hard-wrapped line "Name. Use Your Real" is none), its first word capitalised and
    its last capitalised or ending with a colon."""
    found: dict[int, int] = {}
    for first, w in _unstopped_lines(words, text, HEADING_WORDS):
        last = text[words[w].start : words[w].end]
        if _capitalised(text[words[first].start : words[first].end]) and (_capitalised(last) or last.endswith(":")):
            found[first] = w
    return found


def _bare_item(spans: list[range], kinds: list[str], words: list[_Word], k: int, run: int) -> bool:
    """Whether sentence ``k``, just before the first of a run of items (sentence ``run``), may be an item
    printed without a heading ("DON'T TYPE IN ALL CAPS."): a short sentence (:data:`GAP_WORDS` words at
    most, as one reworded between two of the notice's phrases), on a line the run's first sentence shares
    (the same printed block; an article's last paragraph stands on lines of its own). Whether it speaks
    of the notice's subject is :func:`_shape_lines`'s test."""
    return (
        kinds[k] == "item"
        and len(spans[k]) <= GAP_WORDS
        and words[spans[k][-1]].lines[-1] == words[spans[run][0]].lines[0]
    )


def _kind(span: range, words: list[_Word], text: str) -> str:
    """``"heading"``, ``"soft"`` (a heading in sentence case, "No sock puppets.", or an item's short sentence:
    :func:`_shape_lines` tells which by what follows it), ``"item"`` (a sentence an item may hold) or ``""``
    (neither), not knowing whether the sentence is attributed speech (which makes an item's sentence no
    item: :func:`_shape_lines`)."""
    first, last = words[span[0]], words[span[-1]]
    if not ends_sentence(text[last.start : last.end]):
        return ""
    if len(span) <= HEADING_WORDS and _capitalised(text[first.start : first.end]):
        return "heading" if _capitalised(text[last.start : last.end]) else "soft"
    return "item" if len(span) <= ITEM_WORDS else ""


def _near_long_runs(kinds: list[str]) -> set[int]:
    """The sentences within :data:`ITEM_SENTENCES` of a run of :data:`SHAPE_ITEMS` items or more that begins at a
    heading (:func:`_items`, read from each heading of ``kinds``), found in one pass back over the sentences: each
    run's length and end are those of the run after its first item, plus one.

    >>> sorted(_near_long_runs(["item", "heading", "item", "heading", "item", "heading", "item", "item", "", ""]))
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    >>> _near_long_runs(["heading", "item", "heading", "item", ""])
    set()
    """
    count = [0] * (len(kinds) + 1)  # from each sentence: how many items follow in a run (no title first), and its end
    stop = list(range(len(kinds) + 1))  # (a sentence where no item begins: the end of none, itself)
    for j in range(len(kinds) - 1, -1, -1):
        end = _item_end(kinds, j, titled=False)
        if end is not None:
            count[j], stop[j] = 1 + count[end], stop[end]
    spans: list[tuple[int, int]] = []  # the sentences looked at: ranges, each starting no earlier than the last
    for k, kind in enumerate(kinds):
        end = _item_end(kinds, k, titled=True) if kind in _HEADS else None
        if end is None or 1 + count[end] < SHAPE_ITEMS:
            continue
        low, high = max(0, k - ITEM_SENTENCES), min(len(kinds), stop[end] + ITEM_SENTENCES)
        if spans and low <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], high))
        else:
            spans.append((low, high))
    return {k for low, high in spans for k in range(low, high)}


def _item_end(kinds: list[str], j: int, *, titled: bool) -> int | None:
    """Where the item that begins at sentence ``j`` ends (a title first where ``titled``, then one or two headings,
    then one to :data:`ITEM_SENTENCES` sentences), as :func:`_items` reads each of a run's items; None where none
    begins there."""
    start = j
    if titled and kinds[j] == "title":
        j += 1
    while j < len(kinds) and kinds[j] in ("heading", "soft heading") and j - start < 2:
        j += 1
    if j == start:
        return None
    body = j
    while j < len(kinds) and kinds[j] == "item" and j - body < ITEM_SENTENCES:
        j += 1
    return None if j == body else j


def _items(kinds: list[str], k: int) -> list[range]:
    """The items (sentence ranges) of the run of them that begins at sentence ``k``: each one or two
    headings (a title and a heading, or two headings; one in sentence case too) and then one to
    :data:`ITEM_SENTENCES` sentences."""
    items: list[range] = []
    j = k
    while j < len(kinds):
        end = _item_end(kinds, j, titled=j == k)  # a title on a line of its own, above the run's first item only
        if end is None:
            break
        items.append(range(j, end))
        j = end
    return items
