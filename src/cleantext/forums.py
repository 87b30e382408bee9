"""Find the forum thread a page's article is one post of: on a forum page the thread is the content.

A forum prints its posts one after another, each with the same short lines of its template (a post
number "#3", a date, "Posts: 1,077", "Join Date"), and the posts vary in length. The structure rules
(:mod:`cleantext.structure`) take the heaviest cluster of prose for the article, one post, and cut
the posts before and after it off as ``outside-article``. The listings rule (:mod:`cleantext.listings`)
does not see the thread either: its markers come back at distances as irregular as the posts' lengths.

A *post marker* is a marker as :mod:`cleantext.listings` reads them whose key holds a number (a label
or a button, "Read more", "Play", is no post); its places chain while they follow each other within
:data:`MAX_POST` paragraphs. A chain of at least :data:`~cleantext.listings.MIN_RECORDS` places is the
article's thread when it starts before the page's first article anchor and runs past it; a comment
thread printed after a news article starts after the article, and is left to the rules
(:mod:`cleantext.threads`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from .annotate import Reading, is_cut_off, is_structure
from .blocks import Paragraph
from .listings import MIN_RECORDS, Places, chains, marker_places
from .model import Edit
from .structure import is_sentence_like

__all__ = ["MAX_POST", "thread_keeps", "thread_posts", "thread_spans"]

#: On a forum thread, a post's marker comes back at most this many paragraphs after the one before.
MAX_POST = 40


def thread_spans(readings: Sequence[Reading], places: Places | None = None) -> list[tuple[int, int, int]]:
    """The page's candidate threads as ``(first, reach, last)`` paragraph indices: a thread runs from ``first`` to
    ``last`` (its last marker's place and the median distance after it, the last post) and is the article's when
    the page's first article anchor stands after ``first`` and at ``reach`` or before (:func:`thread_posts`).
    ``places`` is :func:`~cleantext.listings.marker_places` of ``readings`` when the caller has it already.

    >>> from cleantext.annotate import read_paragraphs
    >>> thread_spans(read_paragraphs("\\n\\n".join(f"#{n}\\n\\nThanks, that worked." for n in range(5)).split("\\n")))
    [(0, 9, 9)]
    """
    spans = []
    for key, found in (marker_places(readings) if places is None else places).items():
        if "0" not in key:  # a post's number, date or count: a label or a button ("Read more", "Play") is no post
            continue
        for chain in chains(found, MAX_POST):
            if len(chain) >= MIN_RECORDS:
                distances = sorted(b - a for a, b in pairwise(chain))
                last = min(len(readings) - 1, chain[-1] + distances[len(distances) // 2] - 1)
                spans.append((chain[0], min(last, chain[-1] + MAX_POST), last))
    return spans


def thread_posts(readings: Sequence[Reading], first_anchor: int, places: Places | None = None) -> frozenset[int]:
    """The paragraphs (indices into ``readings``) of the forum thread the page's article is one post of.

    The thread runs from its first marker's place to the last place and the median distance after it
    (the last post). It is the article's when it starts before ``first_anchor`` (the paragraph of the
    page's first article anchor the rules keep) and reaches it; else the set is empty. ``places``: as
    :func:`thread_spans` reads it.

    >>> from cleantext.annotate import read_paragraphs
    >>> post = "Join Date: May 2019\\n\\nThe fix took a few lines of code, and it has held up well since."
    >>> page = "\\n\\n".join(f"#{n}\\n\\n{post} Thanks to post {n}." for n in range(1, 6))
    >>> readings = read_paragraphs(page.split("\\n"))
    >>> sorted(thread_posts(readings, 2)) == list(range(15)), thread_posts(readings, 0)
    (True, frozenset())
    """
    inside: set[int] = set()
    for first, reach, last in thread_spans(readings, places):
        if first < first_anchor <= reach:
            inside.update(range(first, last + 1))
    return frozenset(inside)


def thread_keeps(edit: Edit, paragraph: Paragraph) -> bool:
    """Whether the decision keeps a removal in the article's thread (:func:`thread_posts`): the structure rules'
    of another post's prose (``outside-article``), or of a short post (:func:`cleantext.structure.is_sentence_like`).

    >>> from cleantext.blocks import paragraphs
    >>> edit = Edit(0, "remove", "page-footer", "Menu", step="strip_boilerplate")
    >>> thread_keeps(edit, paragraphs(["Menu"])[0]), thread_keeps(edit, paragraphs(["Thanks, that worked for me too."])[0])
    (False, True)
    """
    return is_cut_off(edit) or (is_structure(edit) and is_sentence_like(paragraph))
