"""Find the cards of other stories by their summaries cut short: "BUFFALO, N.Y. — About three years ago, a ...".

A site lists its other pages beside or under an article as cards: a headline, a date, the story's first words and a
link to the rest. A card has room for so many characters, so its summary is the story cut short, and the template
marks the cut with an ellipsis ("…", "..."). An article's own paragraphs end their sentences: a writer trails off
with an ellipsis now and then, a template cuts every card. So what tells the cards is a series of summaries cut
alike, :data:`MIN_SERIES` of them or more, each a card's: apart from the one before (at least one line between them,
:data:`GAP` at most, none of them prose: a headline, a date, a link), not an article's paragraphs trailing off one
after another. A summary holds a sentence's words, not a headline's (:data:`SUMMARY_WORDS`), and no more than a card
holds (:data:`CARD_WORDS`): an article's long last paragraph ending "... the horror..." is no card's.

On a listing page the cards are the page: a page of press mentions, a blog's index. There the series is kept: the
cards go only where the text holds at least as many words of prose of its own (lines of :data:`PROSE_WORDS` words
or more that end a sentence) as the series does; and where they stand in the page's main list of records, the
decision keeps them as it keeps the list (:func:`cleantext.listings.list_keeps`). Their label, :data:`LABEL`, says
which they are.

A card's link to the rest ("Read more") is not read: printed on every card, it is a repeated label that
:func:`~cleantext.drop_duplicates` removes before this step reads the page.

The cost is linear: one pass over the lines to find the summaries, one over them to find the series.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import contains

from .blocks import _CLOSERS, ends_sentence, word_count

__all__ = ["LABEL", "excerpt_removals"]

#: The label of a card's summary cut short, in :func:`cleantext.explain`.
LABEL = "story-card"

#: The fewest words of a card's summary (a headline cut short is shorter) ...
SUMMARY_WORDS = 8
#: ... and the most: a card holds a few hundred characters, an article's paragraph may hold many more.
CARD_WORDS = 60
#: The fewest cut summaries a series holds.
MIN_SERIES = 3
#: The most lines (not blank) from one cut summary to the next in a series: a card's headline, date, author, link.
GAP = 6
#: A line of prose of the text's own: this many words or more, ending a sentence.
PROSE_WORDS = 10


def excerpt_removals(lines: Sequence[str], skip: set[int]) -> dict[int, str]:
    """The cut summaries (index -> :data:`LABEL`) of the series of other stories' cards in ``lines``; lines in ``skip``
    (code) are neither read nor removed.

    >>> article = ["The council approved the new budget on Tuesday after a long debate in the chamber."] * 6
    >>> cards = ["Mayor names chief", "The mayor named a new police chief on Monday after a search that ...",
    ...          "Bridge to close", "The bridge over the river will close for repairs in May, the council …"]
    >>> excerpt_removals(article + cards, set())  # two cut alike: no series yet
    {}
    >>> cards += ["Schools open late", "Schools across the county will open two hours late on Monday as ..."]
    >>> excerpt_removals(article + cards, set())
    {7: 'story-card', 9: 'story-card', 11: 'story-card'}
    >>> excerpt_removals(cards, set())  # the cards alone: a listing page's own list
    {}
    >>> excerpt_removals(article + cards[1::2], set())  # an article's paragraphs trailing off one after another
    {}
    """
    found: dict[int, str] = {}
    # Most lines hold no ellipsis at all: two scans in C find those that do, and only they are read.
    dotted = {
        *compress(count(), map(contains, lines, repeat("..."))),
        *compress(count(), map(contains, lines, repeat("…"))),
    }
    summaries = {
        index
        for index in dotted
        if _ellipsis(lines[index]) and index not in skip and SUMMARY_WORDS <= word_count(lines[index]) <= CARD_WORDS
    }
    if len(summaries) < MIN_SERIES:
        return found
    filled = [index for index, line in enumerate(lines) if line.strip() and index not in skip]
    cut = [at for at, index in enumerate(filled) if index in summaries]  # their positions in ``filled``
    series: list[list[int]] = []
    for at in cut:
        if series and _apart(lines, filled, series[-1][-1], at):
            series[-1].append(at)
        else:
            series.append([at])
    cards = [filled[at] for run in series if len(run) >= MIN_SERIES for at in run]
    if not cards:
        return found
    own = _prose_words(lines, filled) - _prose_words(lines, cards)
    if own >= sum(word_count(lines[index]) for index in cards):
        found = dict.fromkeys(cards, LABEL)
    return found


def _apart(lines: Sequence[str], filled: Sequence[int], before: int, at: int) -> bool:
    """Whether the cut summaries at ``before`` and ``at`` (positions in ``filled``, the lines not blank) are two cards'
    of one series: :data:`GAP` lines apart at most, with a line between them (a card's headline, its date, its link)
    and no prose there (an article's consecutive paragraphs, each trailing off, are no cards)."""
    if not 2 <= at - before <= GAP:
        return False
    return _prose_words(lines, filled[before + 1 : at]) == 0


def _ellipsis(line: str) -> bool:
    """Whether ``line`` ends with an ellipsis, closing marks after it allowed.

    >>> _ellipsis("The market fell sharply on ..."), _ellipsis("[ Australia looks to legalize VCR recording,... ]")
    (True, True)
    >>> _ellipsis("He left."), _ellipsis("Wait for it…”")
    (False, True)
    """
    end = line.rstrip().rstrip(_CLOSERS + " ")
    return end.endswith(("...", "…"))


def _prose_words(lines: Sequence[str], indices: Sequence[int]) -> int:
    """The words of the lines of ``indices`` that are prose: :data:`PROSE_WORDS` words or more, ending a sentence."""
    total = 0
    for index in indices:
        line = lines[index].strip()
        words = word_count(line)
        if words >= PROSE_WORDS and ends_sentence(line):
            total += words
    return total
