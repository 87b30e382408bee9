"""What a document says about its own damaged words: the words it writes undamaged elsewhere.

The strongest evidence for a lost letter is the same word written undamaged in the same text
(``Montr\\ufffdal`` in a document that also says "Montréal"), and for the case of a lost first letter,
how the text writes that word inside a sentence ("Łodzi" written with a capital there is a name).
:func:`.repair` makes the document's lines known to the recovery steps while it repairs them
(:data:`document`); their words are gathered only when a line needs them, never for clean text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar

__all__: list[str] = []

#: The words of the document being repaired, while :func:`.repair` works on it (None: a line alone).
document: ContextVar[Words | None] = ContextVar("cleantext_repair_document", default=None)

#: What may stand next to a word written whole: anything else ("?" before it, U+FFFD, a mojibake
#: character) may mean the word is a piece of a damaged one ("Å?ódź" holds no word "ódź").
_FRAME = frozenset(" \t\r\n\xa0\u202f.,;:!\"'()[]«»“”‘’„-–—/…")
#: Characters before a word that start a sentence: its capital says nothing of the word's case.
_SENTENCE_END = frozenset(".!?:;…")
_OPENING = frozenset(" \t\xa0\u202f\"'“«‘„([—–-")


class Words:
    """The words with a letter outside ASCII that lines write undamaged, and how they write them.

    ``forms(word)`` maps each spelling of ``word`` (any case) to how often it is written inside a
    sentence (0: only at a sentence start, where its capital tells nothing); the words of
    ``within`` (the document a line is part of) count too. They are gathered on the first question.

    >>> words = Words(["Il vit à Montréal.", "Montréal est une ville.", "Montr\\ufffdal, Å?ódź"])
    >>> words.forms("MONTRÉAL"), words.forms("ódź"), words.forms("à")
    ({'Montréal': 1}, {}, {})
    """

    __slots__ = ("_forms", "_lines", "_skeletons", "_within")

    def __init__(self, lines: Sequence[str], within: Words | None = None) -> None:
        self._lines = lines
        self._within = within
        self._forms: dict[str, dict[str, int]] | None = None
        self._skeletons: dict[str, list[str]] | None = None

    def _own(self) -> dict[str, dict[str, int]]:
        if self._forms is None:
            self._forms = {}
            for line in self._lines:
                if not line.isascii():
                    _gather(line, self._forms)
        return self._forms

    def forms(self, word: str) -> dict[str, int]:
        key = word.casefold()
        found = self._own().get(key, {})
        if self._within is not None:
            outside = self._within.forms(key)
            if outside:
                found = {form: found.get(form, 0) + outside.get(form, 0) for form in {*found, *outside}}
        return found

    def with_holes(self, skeleton: str, make: Callable[[str], str]) -> list[str]:
        """The words written (case-folded) whose skeleton, made by ``make``, is ``skeleton``.

        >>> Words(["Grünwald sagte"]).with_holes("gr?nwald", lambda word: word.replace("ü", "?"))
        ['grünwald']
        """
        if self._skeletons is None:
            self._skeletons = {}
            for key in self._own():
                self._skeletons.setdefault(make(key), []).append(key)
        found = self._skeletons.get(skeleton, [])
        if self._within is not None:
            found = found + [key for key in self._within.with_holes(skeleton, make) if key not in found]
        return found


def _gather(line: str, forms: dict[str, dict[str, int]]) -> None:
    from .charsets import _SUSPECT

    start = 0
    size = len(line)
    while start < size:
        if not line[start].isalpha():
            start += 1
            continue
        end = start
        while end < size and line[end].isalpha():
            end += 1
        word = line[start:end]
        whole = (start == 0 or line[start - 1] in _FRAME) and (end == size or line[end] in _FRAME or line[end] == "?")
        if whole and end - start > 1 and not word.isascii() and not _SUSPECT.search(word):
            back = start - 1
            while back >= 0 and line[back] in _OPENING:
                back -= 1
            inside = back >= 0 and line[back] not in _SENTENCE_END
            spellings = forms.setdefault(word.casefold(), {})
            spellings[word] = spellings.get(word, 0) + inside
        start = end


def words_for(line: str) -> Words:
    """The evidence for ``line`` (as it stands now, perhaps partly repaired): it and its document."""
    return Words((line,), document.get())
