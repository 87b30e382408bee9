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

from ..lazy import LazyPattern

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
    ``within`` (the document a line is part of) count too. They are gathered on the first question:
    of a document, from its lines that show no sign of damage; of ``one_line``, its words that show none.

    >>> words = Words(["Il vit à Montréal.", "Montréal est une ville.", "Montr\\ufffdal, Å?ódź"])
    >>> words.forms("MONTRÉAL"), words.forms("ódź"), words.forms("à")
    ({'Montréal': 1}, {}, {})
    """

    __slots__ = ("_forms", "_lines", "_marks", "_one_line", "_skeletons", "_within")

    def __init__(self, lines: Sequence[str], within: Words | None = None, *, one_line: bool = False) -> None:
        self._lines = lines
        self._one_line = one_line
        self._within = within
        self._forms: dict[str, dict[str, int]] | None = None
        self._skeletons: dict[str, list[str]] | None = None
        self._marks: frozenset[tuple[str, str]] | None = None

    def _own(self) -> dict[str, dict[str, int]]:
        if self._forms is None:
            self._forms = {}
            from .charsets import _SUSPECT

            for line in self._lines:
                # a document's lines: only those with no sign of damage (one search at C speed each);
                # a line's own words: those with none
                if not line.isascii() and (self._one_line or not _SUSPECT.search(line)):
                    _gather(line, self._forms, checked=not self._one_line)
        return self._forms

    def forms(self, word: str) -> dict[str, int]:
        key = word.casefold()
        found = self._own().get(key, {})
        if self._within is not None:
            outside = self._within.forms(key)
            if outside:
                found = {form: found.get(form, 0) + outside.get(form, 0) for form in {*found, *outside}}
        return found

    def marks(self) -> frozenset[tuple[str, str]]:
        """How the lines (and the document) write dashes and double quotes: ("dash", "–") for a dash between
        spaces, ("opens", "„") for a quote before a word's first letter (with the no-break space some languages
        put after it: "«\xa0"), ("closes", "“") for one after a word.

        >>> sorted(Words(["Er sagte „gut“ – und ging.", "9–5"]).marks())
        [('closes', '“'), ('dash', '–'), ('opens', '„')]
        >>> sorted(Words(["«\\xa0Oui\\xa0», dit-il — et"], Words(["c – d"])).marks())
        [('closes', '\xa0»'), ('dash', '–'), ('dash', '—'), ('opens', '«\xa0')]
        """
        if self._marks is None:
            found = set()
            for line in self._lines:
                found.update(("dash", match.group(0)) for match in _SPACED_DASH.finditer(line))
                found.update(("opens", match.group(0)) for match in _OPENING_QUOTE.finditer(line))
                found.update(("closes", match.group(0)) for match in _CLOSING_QUOTE.finditer(line))
            self._marks = frozenset(found)
        return self._marks | self._within.marks() if self._within is not None else self._marks

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


#: A dash between spaces (a no-break space too): a break in a sentence, as the text writes it.
_SPACED_DASH = LazyPattern("(?<=[ \xa0])[–—](?=[ \xa0])")
#: A double quote that opens a quotation (after a space or the line's start, before a letter) or closes one.
_OPENING_QUOTE = LazyPattern(r"(?:(?<=[\s(\[])|^)[„“”«»]\xa0?(?=[^\W\d_])")
_CLOSING_QUOTE = LazyPattern(r"(?:(?<=[^\W\d_])|(?<=[.!?…]))\xa0?[“”»«](?=[\s,.;:!?)\]]|$)")
#: A word that holds a letter outside ASCII (the engine skips ASCII words at C speed).
_WORD = LazyPattern(r"(?<![^\W\d_])[A-Za-z]*+[^\x00-\x7f\W\d_][^\W\d_]*+")  # from its start: linear


def _gather(line: str, forms: dict[str, dict[str, int]], *, checked: bool) -> None:
    """Add the words of ``line`` written whole to ``forms`` (``checked``: the line shows no damage)."""
    from .charsets import _SUSPECT

    size = len(line)
    for match in _WORD.finditer(line):
        start, end = match.span()
        word = match.group(0)
        if end - start < 2 or (start and line[start - 1] not in _FRAME):
            continue
        if end < size and line[end] not in _FRAME and line[end] != "?":
            continue
        if not checked and _SUSPECT.search(word):
            continue
        back = start - 1
        while back >= 0 and line[back] in _OPENING:
            back -= 1
        inside = back >= 0 and line[back] not in _SENTENCE_END
        spellings = forms.setdefault(word.casefold(), {})
        spellings[word] = spellings.get(word, 0) + inside


def words_for(line: str) -> Words:
    """The evidence for ``line`` (as it stands now, perhaps partly repaired): it and its document."""
    return Words((line,), document.get(), one_line=True)


def spaced_dash(line: str) -> str | None:
    """The dash a lost one between spaces was, when ``line`` and its document write one kind only there.

    English writes "—" and "–" between spaces about as often (3,043 and 2,918 lines of the training
    text): the kind the text writes elsewhere tells which, else nothing does (None).

    >>> spaced_dash("It is \ufffd said \u2013 so"), spaced_dash("It is \ufffd said")
    ('–', None)
    """
    kinds = {mark for kind, mark in words_for(line).marks() if kind == "dash"}
    return kinds.pop() if len(kinds) == 1 else None


def written_quotes(line: str) -> tuple[str, str] | None:
    """The double quotes ``line`` and its document write, when they write one opening and one closing mark.

    >>> written_quotes("Rekao je “da\ufffd i \ufffdne”"), written_quotes("„Ja“ i “ne”")
    (('“', '”'), None)
    """
    marks = words_for(line).marks()
    opening = {mark for kind, mark in marks if kind == "opens"}
    closing = {mark for kind, mark in marks if kind == "closes"}
    return (opening.pop(), closing.pop()) if len(opening) == len(closing) == 1 else None
