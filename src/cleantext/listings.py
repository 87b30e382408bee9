"""Find a listing's records: on a listing or collection page the list is the main content.

A page of listings (books, products, award winners, posts) prints its items from one template: a
title of a few words, often a name, a price, a date, a label ("Honoree", "by", "Learn more") in the
same place of every record. None of it is prose, so the structure rules (:mod:`cleantext.structure`)
take the list for the page's header or footer around whatever prose the page has (an intro, a
footer's blurb). What gives the list away is the template: a short paragraph that comes back, the
same but for its digits, at the same distance item after item.

A *marker* is a paragraph of at most :data:`MARKER_WORDS` words that no rule removes, or only the
structure rules or the repeated-label rule. A *list run* is at least :data:`MIN_RECORDS` places of
one marker, at most :data:`MAX_PERIOD` paragraphs apart, most of them (:data:`REGULAR`) at the same
distance of 2 or more (the period), with one period's paragraphs around them; its markers are the
paragraphs in it that may mark and whose key comes back :data:`MIN_RECORDS` times in it. A run is
the page's main content when its words (but the markers') outweigh :data:`OUTWEIGHS` times the words
of the paragraphs outside every run that no rule removes: there is no article the list stands
outside of. A news article's box of teasers is lighter than the article, and stays the chrome the
rules say it is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise
from operator import attrgetter

from .annotate import STRUCTURE, Reading, is_repeated_label, is_story_card, is_structure
from .lazy import LazyPattern
from .model import Edit

__all__ = [
    "MARKER_WORDS",
    "MAX_PERIOD",
    "MIN_RECORDS",
    "OUTWEIGHS",
    "REGULAR",
    "Places",
    "chains",
    "item_lists",
    "marker_key",
    "marker_keys",
    "marker_places",
    "may_mark",
]

#: A marker is a paragraph of at most this many words.
MARKER_WORDS = 8
#: A list run holds at least this many places of its marker.
MIN_RECORDS = 4
#: Two places of a marker in one run are at most this many paragraphs apart.
MAX_PERIOD = 12
#: The share of a run's distances between places that must be the same.
REGULAR = 0.6
#: A run is the page's main content when its words outweigh this many times the words the rules keep outside the runs.
OUTWEIGHS = 1.0
#: A run of digits (``\d+``, begun by one digit so that the engine looks for a digit first: a pattern that begins with a
#: repeat is tried at every character).
_DIGITS = LazyPattern(r"\d\d*")


def marker_key(text: str) -> str:
    """What a marker's places share: its words case-folded, runs of digits as one ``0``.

    >>> marker_key("4.35 avg  Rating — 9,993,676 ratings")
    '0.0 avg rating — 0,0,0 ratings'
    """
    return marker_keys((text,))[0]


def marker_keys(texts: Iterable[str]) -> list[str]:
    """:func:`marker_key` of each of ``texts``, made at once: one search for digits in the texts joined (none holds a
    line break once its white space is read as one space).

    >>> marker_keys(["$12.99", "Rating 4.5  of 5"])
    ['$0.0', 'rating 0.0 of 0']
    """
    return _DIGITS.sub("0", "\n".join(map(" ".join, map(str.split, map(str.casefold, texts))))).split("\n")


def may_mark(reading: Reading) -> bool:
    """Whether a paragraph may be a record's marker: short (:data:`MARKER_WORDS` words at most) and removed,
    if at all, only by the structure rules or as a repeated label.

    >>> from cleantext.annotate import read_paragraphs
    >>> [may_mark(r) for r in read_paragraphs(["$12.99", "", "A sentence of prose, well over eight words long, goes here."])]
    [True, False]
    >>> edits = [Edit(0, "remove", reason, "x", step=step) for step in ("strip_boilerplate", "drop_duplicates", "strip_chrome")
    ...          for reason in (*STRUCTURE, "repeated-label", "duplicate", "story-card")]
    >>> all((_STEP_AND_REASON(edit) in _MARKER_REMOVALS) == (is_structure(edit) or is_repeated_label(edit)) for edit in edits)
    True
    """
    if not 0 < reading.paragraph.words <= MARKER_WORDS:
        return False
    ruled = reading.ruled
    return not ruled or _MARKER_REMOVALS.issuperset(map(_STEP_AND_REASON, ruled.values()))  # most: no rule touches them


#: The removals (step, reason) that leave their paragraph a possible marker: the structure rules' (``is_structure``),
#: and a repeated label's (``is_repeated_label``), looked up for all of a paragraph's at once.
_MARKER_REMOVALS = frozenset(
    [*(("strip_boilerplate", reason) for reason in STRUCTURE), ("drop_duplicates", "repeated-label")]
)
_STEP_AND_REASON = attrgetter("step", "reason")


def _runs(places: list[int], last: int) -> list[tuple[int, int]]:
    """The list runs of one marker's places (paragraph indices): first and last paragraph of each.

    Places next to each other may chain (a record whose other lines another rule removes), but the
    run's most common distance is 2 or more: a marker stands between items, not in a row of copies.
    """
    found: list[tuple[int, int]] = []
    for run in chains(places, MAX_PERIOD):
        if len(run) >= MIN_RECORDS:
            (period, times), *_ = Counter(b - a for a, b in pairwise(run)).most_common(1)
            if period >= 2 and times >= REGULAR * (len(run) - 1):
                found.append((max(0, run[0] - period + 1), min(last, run[-1] + period - 1)))
    return found


def chains(places: list[int], reach: int) -> list[list[int]]:
    """``places`` (ascending paragraph indices) cut where one stands more than ``reach`` after the one before.

    >>> chains([1, 3, 5, 20, 22], 4)
    [[1, 3, 5], [20, 22]]
    """
    found: list[list[int]] = []
    for place in places:
        if found and place - found[-1][-1] <= reach:
            found[-1].append(place)
        else:
            found.append([place])
    return found


#: Each marker key of a reading's paragraphs, and where it stands (:func:`marker_places`).
Places = dict[str, list[int]]


def marker_places(readings: Sequence[Reading]) -> Places:
    """Each marker key (:func:`marker_key`) of the paragraphs that may mark a record (:func:`may_mark`), and where
    it stands (ascending paragraph indices), keys in the order they first stand.

    >>> from cleantext.annotate import read_paragraphs
    >>> marker_places(read_paragraphs(["$12.99", "", "A sentence of prose, well over eight words long, goes here.", "", "$8.50"]))
    {'$0.0': [0, 2]}
    """
    marks = [
        k
        for k, (paragraph, ruled) in enumerate(readings)
        if 0 < paragraph.words <= MARKER_WORDS
        and (not ruled or _MARKER_REMOVALS.issuperset(map(_STEP_AND_REASON, ruled.values())))
    ]  # the paragraphs that may mark a record (may_mark, read here without a call a paragraph)
    if not marks:
        return {}
    keys = marker_keys(readings[k].paragraph.text for k in marks)
    places: Places = {}
    add = places.setdefault
    for k, key in zip(marks, keys, strict=True):
        add(key, []).append(k)
    return places


def list_keeps(edit: Edit, marker: bool) -> bool:
    """Whether the decision keeps a removal in a page's main list (:func:`item_lists`): the structure rules', a
    record's summary cut short (:mod:`cleantext.excerpts`: a card's, and the cards are the page), or, on a record's
    ``marker``, a repeated label.

    >>> list_keeps(Edit(0, "remove", "repeated-label", "4.2 avg rating", step="drop_duplicates"), True)
    True
    >>> list_keeps(Edit(0, "remove", "story-card", "The plan, which the ...", step="strip_chrome"), False)
    True
    """
    return is_structure(edit) or is_story_card(edit) or (marker and is_repeated_label(edit))


def item_lists(
    readings: Sequence[Reading], *, outweighs: float | None = None, places: Places | None = None
) -> tuple[frozenset[int], frozenset[int]]:
    """The paragraphs of the page's main list runs (see :mod:`cleantext.listings`), and the markers among them.

    Read from the rules' annotations only, not from the model's score: the same for a page whatever
    the decision's thresholds. ``outweighs`` is :data:`OUTWEIGHS` unless given; ``places`` is
    :func:`marker_places` of ``readings`` when the caller has it already (the forum rule reads it too).

    >>> from cleantext.annotate import read_paragraphs
    >>> books = [("Emma", "Jane Austen"), ("Animal Farm", "George Orwell"), ("Middlemarch", "George Eliot"),
    ...          ("Dracula", "Bram Stoker"), ("Ulysses", "James Joyce")]
    >>> page = ["Best books", *(f"{title}\\n\\nby\\n\\n{author}\\n\\n4.{n} avg rating" for n, (title, author) in enumerate(books))]
    >>> inside, markers = item_lists(read_paragraphs("\\n\\n".join(page).split("\\n")))
    >>> sorted(inside) == list(range(21)), sorted(markers)
    (True, [2, 4, 6, 8, 10, 12, 14, 16, 18, 20])
    """
    if places is None:
        places = marker_places(readings)
    spans: list[tuple[int, int, str]] = []
    for key, found in places.items():
        if len(found) >= MIN_RECORDS:
            spans.extend((first, last, key) for first, last in _runs(found, len(readings) - 1))
    if not spans:  # most readings: settled before each place's key is noted
        return frozenset(), frozenset()
    keys = {k: key for key, found in places.items() for k in found}
    spans.sort()
    merged: list[tuple[int, int, set[str]]] = []
    for first, last, key in spans:
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]), merged[-1][2] | {key})
        else:
            merged.append((first, last, {key}))
    within = {k for first, last, _ in merged for k in range(first, last + 1)}
    kept = sum(reading.paragraph.words for k, reading in enumerate(readings) if k not in within and not reading.ruled)
    inside: set[int] = set()
    markers: set[int] = set()
    for first, last, _ in merged:
        shown = Counter(keys[k] for k in range(first, last + 1) if k in keys)
        marks = {k for k in range(first, last + 1) if k in keys and shown[keys[k]] >= MIN_RECORDS}
        words = sum(readings[k].paragraph.words for k in range(first, last + 1) if k not in marks)
        if words > (OUTWEIGHS if outweighs is None else outweighs) * kept:
            inside.update(range(first, last + 1))
            markers.update(marks)
    return frozenset(inside), frozenset(markers)
