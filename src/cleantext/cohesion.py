"""Prose the structure rules cut off from the article that writes the article's own words: the article going on.

The structure rules (:mod:`cleantext.structure`) take the heaviest cluster of prose as the article and remove
prose cut off from it by a run of short lines as ``outside-article``. On a whole page, such prose is most often the
page's: teasers, a footer's blurb, other posts. But a scraper's region of the page is mostly the article, and there a
widget printed inside it (a gallery's captions, a table, a box of links, a list of specifications) cuts the article in
two as well, and its second part, lighter than the first, is removed. What tells the two apart is how a text is
written: an article's sections write its words (its names, its subject's terms), where a teaser or a blurb writes
its own. So, in a text the reading keeps most of (:data:`MOSTLY_KEPT` of its words), a paragraph that only
``outside-article`` removes stays when :data:`SHARED` of its words (letters only, four or more; in a script written
without spaces, pairs of characters) are written in the text the reading keeps.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from itertools import filterfalse

from .lazy import LazyPattern

__all__: list[str] = []  # nothing public: :func:`cleantext.decision.decide_once` asks :func:`shares_words`

#: The share of a text's words the reading keeps from which prose cut off from the article may be the article's.
MOSTLY_KEPT = 0.7
#: The share of a paragraph's words written in the kept text from which it is the article's.
SHARED = 0.5

#: A word of four letters or more (not digits, not an underscore), in a script written with spaces.
_WORD = LazyPattern(r"[^\W\d_]{4,}")
#: :data:`_WORD` in case-folded ASCII text.
_ASCII_WORD = LazyPattern(r"[a-z]{4,}")
#: A character of a script written without spaces between words (Han, kana), read in pairs.
_UNSPACED = LazyPattern(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def words_of(text: str) -> set[str]:
    """The words ``text`` writes, as :func:`shares_words` compares them: those of four letters or more of the
    case-folded text, and each pair of characters of a script written without spaces.

    >>> sorted(words_of("The Mayor's plan: 3 new buses"))
    ['buses', 'mayor', 'plan']
    >>> sorted(words_of("新的公交"))
    ['公交', '新的', '的公']
    """
    folded = text.casefold()
    if folded.isascii():  # most texts: their words found by a pattern of ASCII letters
        return set(_ASCII_WORD.findall(folded))
    runs = _UNSPACED.findall(folded)
    found = set(_WORD.findall(_UNSPACED.sub(" ", folded) if runs else folded))
    for run in runs:
        found.update(run[k : k + 2] for k in range(len(run) - 1))
    return found


def shares_words(text: str, kept: set[str]) -> bool:
    """Whether :data:`SHARED` of the words ``text`` writes (:func:`words_of`) are written in the kept text
    (``kept``, its words); not when it writes none.

    >>> kept = words_of("The council voted to close the Tamar bridge for repairs; the works start in June.")
    >>> shares_words("Repairs to the Tamar bridge will take until June, the council said.", kept)
    True
    >>> shares_words("Sign up for our newsletter to get the latest headlines.", kept)
    False
    """
    return shares(words_of(text), kept)


def shares(words: Set[str], kept: Set[str]) -> bool:
    """Whether :data:`SHARED` of ``words`` (a paragraph's, :func:`words_of`) are among ``kept``; not when there are none.

    >>> shares({"tide", "bridge"}, {"bridge", "council"}), shares(set(), {"bridge"})
    (True, False)
    """
    return bool(words) and len(words & kept) >= SHARED * len(words)


def mostly_kept(kept: int, total: int) -> bool:
    """Whether a reading that keeps ``kept`` of a text's ``total`` words keeps most of it (:data:`MOSTLY_KEPT`).

    >>> mostly_kept(80, 100), mostly_kept(50, 100), mostly_kept(0, 0)
    (True, False, False)
    """
    return total > 0 and kept >= MOSTLY_KEPT * total


def kept_words(texts: Iterable[str]) -> set[str]:
    """The words (:func:`words_of`) of the texts a reading keeps, read as one text (no word runs from one to the next).

    >>> sorted(kept_words(["Tide tables", "for the estuary"]))
    ['estuary', 'tables', 'tide']
    """
    texts = list(texts)
    # The texts in ASCII (most) read at once by the pattern of ASCII letters, each other one on its own: the pattern
    # for any script reads every character's category, several times as long (the same words: "\n" parts them).
    found = words_of("\n".join(filter(str.isascii, texts)))
    for text in filterfalse(str.isascii, texts):
        found |= words_of(text)
    return found
