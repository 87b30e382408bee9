"""A mark lost between two letters beside a short word, outside English: an apostrophe only where the line's language writes one.

``â??`` between letters (a mark of U+2000-U+201F whose two last bytes became ``?``) beside a short word is the
apostrophe Turkish writes before a name's case ending (``Ä°stanbulâ??da``, ``Ankaraâ??dÄ±r``) or the one French,
Italian and Catalan write after an elided word (``dâ??une``, ``lorsquâ??elle``). An unspaced dash leaves the same
bytes (``Milanoâ??in ritardo``, ``KÃ¶lnâ??in der``, ``samediâ??une réussite``), and Italian, German or French write
no apostrophe there. So the line's own words decide: a line told Turkish, an elided word of the line's language
before the mark, or a word of one letter before it ("d’", "O’"); otherwise the mark is left.
"""

from __future__ import annotations

from .damaged import _decode_part, _languages_word_by_word, _word_span
from .elision import elides

__all__ = ["apostrophe_between_words", "languages_across_marks"]

#: The languages that write an apostrophe between a name and its case ending.
_CASE_ENDING_LANGUAGES = frozenset({"tr"})


def languages_across_marks(line: str) -> frozenset[str]:
    """The languages ``line``'s words tell, each word decoded alone and each lost mark (``â??``) read as a break
    between words, so that the words beside a mark count ("TÃ¼rkiyeâ??nin": "Türkiye").

    >>> sorted(languages_across_marks("TÃ¼rkiyeâ??nin baÅ?kenti Ankaraâ??dÄ±r, dedi."))
    ['tr']
    >>> sorted(languages_across_marks("Il treno per Milanoâ??in ritardo Ã¨ arrivato alle dieci."))
    ['it']
    """
    return _languages_word_by_word(line.replace("â??", " "))


def apostrophe_between_words(line: str, start: int, languages: frozenset[str]) -> bool:
    """Is the mark lost at ``line[start:]``, beside a short word, an apostrophe? Yes after a word of one letter, in a
    line told Turkish (a case ending after a name), or after an elided word of one of ``languages``; else no.

    >>> apostrophe_between_words("Ankaraâ??da", 6, frozenset({"tr"}))
    True
    >>> apostrophe_between_words("lorsquâ??elle", 6, frozenset({"fr"})), apostrophe_between_words("Iâ??ldryr", 1, frozenset())
    (True, True)
    >>> apostrophe_between_words("samediâ??une", 6, frozenset({"fr"})), apostrophe_between_words("KÃ¶lnâ??in", 5, frozenset({"de"}))
    (False, False)
    """
    head = _decode_part(line[_word_span(line, start, start)[0] : start])
    return len(head) == 1 or bool(languages & _CASE_ENDING_LANGUAGES) or elides(head, languages)
