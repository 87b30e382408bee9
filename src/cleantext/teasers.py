"""Find boxes of other stories' headlines: "Related stories", "Most read", "More from Sports".

A site prints, beside or under an article, boxes that point to its other pages: a heading that names
them, then one link's text a line -- a headline, sometimes with its date, its author or its section
beside it. The heading alone is a paragraph rule's (``related-link``); the headlines are not: each is a
short line like the article's own subheadings and list items. What tells them apart is where they stand:
after a heading that names other stories, one after another, none a statement ending in a full stop.

What keeps the page's own text: the heading must stand after at least :data:`ARTICLE_WORDS` words of the
article's prose (a listing page's "Latest news" heads the page's own list, before any prose); at least
``min_items`` lines must follow it; the box ends at the first line that is a statement (a full stop ends
it) or longer than a headline (:data:`ITEM_WORDS`), so that the article's text after a box in its middle
stays.

The cost is linear: each line of at most 160 characters is matched against the heading pattern once, and
the lines after a heading are read until its box ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from .blocks import _CLOSERS, word_count
from .shapes import Teasers
from .threads import ARTICLE_WORDS, heading_lines, prose_words_before

if TYPE_CHECKING:
    import regex

__all__ = ["ITEM_WORDS", "MAX_ITEMS", "teaser_removals"]

#: A headline holds at most this many words.
ITEM_WORDS = 20
#: A box holds at most this many non-blank lines after its heading.
MAX_ITEMS = 40


@cache
def _heading(teasers: Teasers) -> regex.Pattern[str]:
    """The box's heading pattern, compiled once (matched against a whole line)."""
    import regex  # on the first document, not at import (tests/test_startup.py)

    return regex.compile(rf"(?:{teasers.heading})", regex.IGNORECASE)


def teaser_removals(lines: Sequence[str], boxes: Sequence[Teasers], skip: set[int]) -> dict[int, str]:
    """The lines (index -> the box's label) of the boxes of other stories' headlines in ``lines``; lines in
    ``skip`` (code) are neither read nor removed.

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
        for index in heading_lines(lines, _heading(box), skip):
            if index in found:
                continue  # inside a box found before
            if before is None:
                before = prose_words_before(lines)
            if before[index] < ARTICLE_WORDS:
                continue
            items = _items(lines, index + 1, skip)
            if len(items) >= box.min_items:
                for item in (index, *items):
                    found[item] = box.label
    return found


def _items(lines: Sequence[str], start: int, skip: set[int]) -> list[int]:
    """The headlines from line ``start`` on: the non-blank lines up to the first statement or long line."""
    items: list[int] = []
    for index in range(start, min(len(lines), start + 4 * MAX_ITEMS)):
        line = lines[index].strip()
        if not line:
            continue
        if index in skip or len(items) == MAX_ITEMS or _statement(line) or word_count(line) > ITEM_WORDS:
            break
        items.append(index)
    return items


def _statement(line: str) -> bool:
    """Whether ``line`` ends with a full stop (not an ellipsis): a sentence, which a headline is not."""
    end = line.rstrip(_CLOSERS)
    return end.endswith(".") and not end.endswith("...")
