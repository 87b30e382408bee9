"""Find boxes of other stories' headlines: "Related stories", "Most read", "More from Sports".

A site prints, beside or under an article, boxes that point to its other pages: a heading that names
them, then one link's text a line -- a headline, sometimes with its date, its author or its section
beside it, and often with a summary of one or two sentences under it. The heading alone is a paragraph
rule's (``related-link``); the headlines are not: each is a short line like the article's own subheadings
and list items. What tells them apart is where they stand: after a heading that names other stories, one
after another, none a statement ending in a full stop; a summary only ever right after a headline.

What keeps the page's own text: the heading must stand after at least :data:`ARTICLE_WORDS` words of the
article's prose (a listing page's "Latest news" heads the page's own list, before any prose); at least
``min_items`` headlines must follow it; the box ends at the first line that is neither a headline (no full
stop, at most :data:`ITEM_WORDS` words) nor a summary right after one (a line that ends a sentence, of at
most :data:`SUMMARY_WORDS` words and :data:`SUMMARY_SENTENCES` sentences): two statements in a row, or a
paragraph of many sentences, end it, so that the article's text after a box in its middle stays. A box's
summaries count only once its items are seen to alternate (a summary followed by the next headline);
until then the box ends before its first summary, which may be the article's prose resuming after a box
of bare headlines.

The cost is linear: each line of at most 160 characters is matched against the heading pattern once, and
the lines after a heading are read until its box ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from .blocks import _CLOSERS, ends_sentence, word_count
from .lazy import LazyPattern
from .shapes import Teasers
from .threads import ARTICLE_WORDS, Headings, heading_lines, prose_words_before

if TYPE_CHECKING:
    import regex

__all__ = ["ITEM_WORDS", "MAX_ITEMS", "SUMMARY_SENTENCES", "SUMMARY_WORDS", "teaser_removals"]

#: A headline holds at most this many words.
ITEM_WORDS = 20
#: A headline's summary holds at most this many words ...
SUMMARY_WORDS = 40
#: ... and this many sentences.
SUMMARY_SENTENCES = 2
#: A box holds at most this many non-blank lines after its heading.
MAX_ITEMS = 40


@cache
def _heading(teasers: Teasers) -> regex.Pattern[str]:
    """The box's heading pattern, compiled once (matched against a whole line)."""
    import regex  # on the first document, not at import (tests/test_startup.py)

    return regex.compile(rf"(?:{teasers.heading})", regex.IGNORECASE)


def teaser_removals(
    lines: Sequence[str], boxes: Sequence[Teasers], skip: set[int], known: Headings | None = None
) -> dict[int, str]:
    """The lines (index -> the box's label) of the boxes of other stories' headlines in ``lines``; lines in
    ``skip`` (code) are neither read nor removed. ``known``: the headings' matches read before
    (:func:`~cleantext.threads.heading_lines`).

    >>> from cleantext.shapes import DEFAULT_TEASERS
    >>> article = ["The council approved the new budget on Tuesday after a long debate."] * 10
    >>> box = ["Related Stories", "Mayor names new police chief", "Bridge to close for repairs in May"]
    >>> sorted(teaser_removals(article + box + ["The vote was 7 to 2."], DEFAULT_TEASERS, set()))
    [10, 11, 12]
    """
    found: dict[int, str] = {}
    if not boxes or not lines:
        return found
    before: list[int] | None = None
    for box in boxes:
        for index in heading_lines(lines, _heading(box), skip, known):
            if index in found:
                continue  # inside a box found before
            if before is None:
                before = prose_words_before(lines)
            if before[index] < ARTICLE_WORDS:
                continue
            items, headlines = _items(lines, index + 1, skip)
            if headlines >= box.min_items:
                for item in (index, *items):
                    found[item] = box.label
    return found


def _items(lines: Sequence[str], start: int, skip: set[int]) -> tuple[list[int], int]:
    """The box's lines from line ``start`` on, and how many of them are headlines: headlines, each
    followed at most by one summary, up to the first line that is neither."""
    items: list[int] = []
    summaries: list[bool] = []  # per item, whether it is a summary
    alternating = False  # a summary followed by the next headline seen
    for index in range(start, min(len(lines), start + 4 * MAX_ITEMS)):
        line = lines[index].strip()
        if not line:
            continue
        if index in skip or len(items) == MAX_ITEMS:
            break
        words = word_count(line)
        if not _statement(line) and words <= ITEM_WORDS:
            alternating = alternating or (bool(summaries) and summaries[-1])
            summaries.append(False)
        elif summaries and not summaries[-1] and _summary(line, words):
            summaries.append(True)
        else:
            break
        items.append(index)
    if not alternating and True in summaries:  # summaries unconfirmed: the box ends before its first
        first = summaries.index(True)
        del items[first:], summaries[first:]
    return items, summaries.count(False)


def _statement(line: str) -> bool:
    """Whether ``line`` ends with a full stop (not an ellipsis): a sentence, which a headline is not."""
    end = line.rstrip(_CLOSERS)
    return end.endswith(".") and not end.endswith("...")


#: A sentence's end inside a line: its stop (closing marks may follow), white space, and a capital or a
#: digit (an opening mark may come first); or a CJK full stop with more text after it.
_SENTENCE_END = LazyPattern(r"[.!?…][\"'”’»)\]]*\s+[\"'“‘«(\[]?[\p{Lu}\p{N}]|[。！？](?=.)", regex=True)


def _summary(line: str, words: int) -> bool:
    """Whether ``line`` (``words`` words) may be a headline's summary: one that ends a sentence, of at
    most :data:`SUMMARY_WORDS` words and :data:`SUMMARY_SENTENCES` sentences.

    >>> _summary("The city will pay for it. Voters agreed.", 8), _summary("A. B. C. D.", 4)
    (True, False)
    """
    return words <= SUMMARY_WORDS and ends_sentence(line) and len(_SENTENCE_END.findall(line)) < SUMMARY_SENTENCES
