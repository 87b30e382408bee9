"""Which word a lost byte leaves: the candidates ranked, and a lost first letter's case.

Every recovery of lost bytes (:mod:`.leads`, :mod:`.runs` and :mod:`.run_letters`, :mod:`.compounds`) ends
here. Its model of the damage gives the candidate words; :func:`_choose` takes the one the document writes whole
(:class:`.context.Words`), or else clearly the most frequent in the line's languages (:mod:`.words`:
at least ``MIN_ZIPF``, ``MARGIN`` ahead of the next), and only a clear winner is written (two spellings of one
Italian word are one word, and the commoner is written: :mod:`.twins`).
:func:`_capital_first` tells whether a word whose first letter was lost starts with a capital, from where it stands
(:mod:`.capitals`), how the document writes it and how a dictionary does (:mod:`.dictionary_case`); where nothing
tells, :func:`_function_word` keeps a common small word only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from .capitals import after_article, after_name_part, after_small_word, before_noun
from .charsets import _class
from .context import Words
from .damaged import _LEADS
from .dictionary_case import dictionary_case, small_holds
from .twins import che_twins
from .words import WordTable, fold, table

_T = TypeVar("_T")

#: How far ahead (in Zipf units, log10 of a frequency ratio) the best word must be of the next one.
#: Chosen on generated damage of the speed benchmark's sentences (bench/tune_lost_bytes.py), not on
#: the repair cases that report the result.
MARGIN = 1.0
#: The least Zipf frequency (about once per 10 million words) a recovered word may have.
MIN_ZIPF = 2.0
#: Before a word that starts a sentence: its lost first letter is a capital. A sentence starts at the
#: line's start, after a mark that ends one (``.!?``, and ``:``, after which a heading's or a quotation's
#: first word stands), or after an opening mark that does not touch the word before it (``(``, ``[``, ``“``,
#: ``«``, ``"`` after a space: a quotation or an aside that may open with a name or a sentence). A mark that
#: goes on with the sentence does not: a closing quote after its word (``"povijesni" \ufffdin`` is ``čin``), a
#: hyphen that joins a compound (``bien-\ufffdtre`` is ``bien-être``), a dash or a semicolon (what follows them
#: is small unless it is a name). (A mark after a lead byte is mojibake: "á»" is the start of "ủ".) Only the
#: text after its last word is read, once: linear.
_SENTENCE_START = re.compile(r"^\W*+$|(?<=\w)(?=\W*+$)\W*?(?<!" + _class(set(_LEADS)) + r")(?:[.!?:]|(?<!\w)[(\[“«\"])")


def _casing_ok(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    if not letters:
        return False
    rest = "".join(letters[1:])
    return rest.islower() or (rest.isupper() and letters[0].isupper()) or not rest


def _choose(
    words: dict[str, _T],
    book: WordTable,
    languages: frozenset[str],
    *,
    anywhere: bool = True,
    seen: Words | None = None,
    wider: frozenset[str] | None = None,
) -> _T | None:
    """The replacement whose word the document writes whole, or else clearly the most frequent, or None.

    ``seen``: the words of the line and its document; when they write exactly one of the candidate
    words (four letters or more), that one is chosen, in the spelling they use. Otherwise words are
    ranked in the line's languages; only when none of them is known there (a name in
    an English sentence, "Belém"), and ``anywhere``, in every language (or only in ``wider``). ``words`` maps each candidate word to the
    replacement that makes it; words that differ only in case count as one (the first of them
    wins, so callers list the likelier case first). Two words within the margin that are one Italian word in two
    spellings (:func:`_twins_ahead`) do not tie: the commoner is written.
    """
    if seen is not None:
        written = _written(words, seen)
        if written is not None:
            return words[written]
    for scope in ((languages, wider) if anywhere else (languages,)) if languages else (wider,):
        scores: dict[str, tuple[float, _T]] = {}
        for word, replacement in words.items():
            key = fold(word)
            if key in scores or key not in book.known or not _casing_ok(word):
                continue
            zipf = book.frequency(word, scope)
            if zipf:
                scores[key] = (zipf, replacement)
        ranked = sorted(scores.items(), key=lambda score: score[1][0], reverse=True)
        if not ranked or ranked[0][1][0] < MIN_ZIPF:
            continue  # nothing common enough here: look in every language
        if len(ranked) > 1 and ranked[0][1][0] - ranked[1][1][0] < MARGIN and not _twins_ahead(ranked, scope):
            return None
        return ranked[0][1][1]
    return None


def _twins_ahead(ranked: list[tuple[str, tuple[float, _T]]], scope: frozenset[str] | None) -> bool:
    """Are the two best words one Italian word in its two spellings (:func:`.twins.che_twins`), the first the
    commoner, and every other word ``MARGIN`` behind?"""
    (first, (best, _)), (second, (next_best, _)) = ranked[0], ranked[1]
    return (
        scope is not None
        and best > next_best
        and che_twins(first, second, scope)
        and (len(ranked) == 2 or best - ranked[2][1][0] >= MARGIN)
    )


#: The shortest word the document's own words may choose: a shorter one is often one of several
#: common words alike but for the lost letter ("не" and "на"), and one written nearby proves nothing.
_LEAST_WRITTEN = 4


def _written(words: dict[str, _T], seen: Words) -> str | None:
    """The one candidate word the document writes whole (its most written spelling), or None."""
    found: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= _LEAST_WRITTEN and _casing_ok(word) and seen.forms(word):
            found.setdefault(word.casefold(), []).append(word)
    if len(found) != 1:
        return None
    (spellings,) = found.values()
    forms = seen.forms(spellings[0])
    return max(spellings, key=lambda word: (word in forms, forms.get(word, 0)))


def _written_case(words: Iterable[str], seen: Words) -> bool | None:
    """Does the document write the candidate words with a capital inside sentences? None: not told."""
    cases = {
        form[:1].isupper()
        for word in words
        if len(word) >= _LEAST_WRITTEN
        for form, inside in seen.forms(word).items()
        if inside
    }
    return cases.pop() if len(cases) == 1 else None


#: The longest function word whose lost first letter is taken to be small mid-sentence.
_LONGEST_FUNCTION_WORD = 6


def _function_word(candidates: dict[str, _T], book: WordTable, languages: frozenset[str]) -> dict[str, _T]:
    """The small-letter candidate, if it clearly wins and is one of the commonest words of the line's language.

    Mid-sentence, where nothing tells the case of a lost first letter, a short word among a
    language's hundred most frequent ("über", "że", "önce") is a function word, written small;
    anything else ("Łodzi" or "łodzi"?) is left. An empty dict: nothing to write.
    """
    small = {word: char for word, char in candidates.items() if word[:1].islower()}
    if not languages or not small:
        return {}
    char = _choose(small, book, languages, anywhere=False)
    word = next((word for word, made in small.items() if made == char), None) if char else None
    if word is None or len(word) > _LONGEST_FUNCTION_WORD:
        return {}
    folded = word.casefold()
    return {word: char} if book.common(folded, languages) else {}


def _capital_first(
    line: str, left: int, languages: frozenset[str], words: Iterable[str] = (), seen: Words | None = None
) -> bool | None:
    """Does a word whose first letter was lost start with a capital? None: nothing tells.

    At a sentence start, yes. Inside a sentence, as the document writes the word (one of the
    candidate ``words``) inside its sentences, when it does so in one case only ("Łodzi" written
    whole elsewhere: a name). Else in English, yes (a word there that starts with a letter outside
    ASCII is a name). Else as the line's language's spelling dictionary writes the word's readings
    (:mod:`.dictionary_case`: "Ženevi" and German "Änderungen" only with a capital, "świetny" only small, but
    not before a capital, nor a German adjective, which may stand for a noun): a name is capitalised wherever it
    stands, so this comes before the guesses from the word's place. Then, after an article of a language that puts
    articles before nouns, not before names (:func:`.capitals.after_article`: "une école", "les élèves"), or
    between small words in a language that writes its common nouns small (:func:`.capitals.after_small_word`: "i
    često ne"), no. Elsewhere nothing tells: German capitalises nouns, and a small "área" or "że" is as likely as a
    name ("Łodzi", "Şükrü") or a proper adjective ("České republice"), which the dictionaries write both ways; in
    generated damage, guessing small letters there was the main source of wrong letters, so the word is left.
    """
    if _SENTENCE_START.search(line, 0, left) or after_name_part(line, left, languages):
        return True
    if seen is not None:
        written = _written_case(words, seen)
        if written is not None:
            return written
    if languages == {"en"}:
        return True
    told = dictionary_case(words, languages, table())
    if told or (told is False and small_holds(line, left, languages, words, table())):
        return told
    if after_article(line, left, languages) or before_noun(line, left, languages, words, table()):
        return False
    if after_small_word(line, left, languages, table()):
        return False
    return None
