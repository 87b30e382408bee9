"""The case of a lost first letter, told by where the word stands: after an article, in a name, before a noun, between small words.

:func:`.choice._capital_first` asks these after a sentence's start and the document's own spelling have
not told (and :mod:`.runs` asks :func:`after_name_part` whether a loss is a letter at all); each answers
only where the line's structure does, else leaves the word to the next rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .words import WordTable, fold

__all__ = ["NAME_REST", "after_article", "after_name_part", "after_small_word", "before_noun", "name_end"]

#: The least letters a word keeps beside a loss at its edge for the loss to be taken for a letter of a name,
#: looked up outside the line's languages (after a lost first letter at a sentence's start: "\ufffdlafur").
NAME_REST = 4

#: A capitalised part of a compound name and its hyphen, before a lost first letter ("Sept-", "Saint-").
_NAME_PART = re.compile(r"(?<![\w\ufffd-])[^\W\d_]+-$")


def after_name_part(line: str, start: int, languages: frozenset[str] = frozenset()) -> bool:
    """Does the word at ``start`` follow a capitalised part of a name and a hyphen, or stand between two
    capitalised words (three letters or more after the loss)?

    No mark stands there, so a loss is a letter of the name, a capital. (Not in German, which writes a small
    word between two nouns: "Köln über Düsseldorf".)

    >>> after_name_part("the ferry to Sept-\\ufffdles", 18), after_name_part("a well-\\ufffdtabli rule", 7)
    (True, False)
    >>> after_name_part("Joseph Brodsky \\ufffdscar Arias", 15), after_name_part("by Brodsky \\ufffdscar and", 11)
    (True, False)
    >>> after_name_part("Joseph Brodsky Ãscar Arias", 15)  # a lead byte whose continuation vanished
    True
    """
    part = _NAME_PART.search(line, 0, start)
    if part is not None:
        return part.group(0)[0].isupper()
    if "de" in languages:
        return False
    before, after = _NAME_BEFORE.search(line, 0, start), _NAME_AFTER.match(line, start)
    return before is not None and after is not None and before.group(1).istitle() and after.group(1).isupper()


def name_end(word: str) -> bool:
    """Is ``word`` a capitalised word of ``NAME_REST`` letters or more that lost only its last letters?

    A loss at a word's end may be a mark (a quote, a dash) as well as a letter, and is looked up only in the
    line's languages; after a capitalised word of four letters or more, a letter of a name or a borrowed word
    ("Frapp\ufffd" in an English line is "Frappé", "Re-Trouv\ufffd" "Re-Trouvé"), looked up in every language
    and chosen only where one word clearly wins.

    >>> name_end("Frapp\ufffd"), name_end("Aim\ufffd"), name_end("frapp\ufffd"), name_end("Fr\ufffdpp\ufffd")
    (True, False, False, False)
    """
    stem = word.rstrip("\ufffd")
    return stem != word and len(stem) >= NAME_REST and stem[0].isupper() and "\ufffd" not in stem


#: A capitalised word (two letters or more) and a space before the damaged word; the damaged word (its loss,
#: three letters or more; or a lead byte that lost the rest of its bytes, "Ãngel", "Ã?ngel", and three small ASCII
#: letters or more: in a line of mojibake "Ä?Ã³n" may be Vietnamese, which writes small words between capitalised
#: syllables, "Nẵng đón Tết"), a space and the next word's first letter.
_NAME_BEFORE = re.compile(r"(?<![\w\ufffd?.-])([^\W\d_]{2,}) $")
_NAME_AFTER = re.compile(r"(?:\ufffd+[^\W\d_]{3,}|[^\W\d_][?\ufffd]?[a-z]{3,}) ([^\W\d_])")


#: The endings a German adjective takes before a noun, and the three that every adjective of the table shows.
_ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")
_PARADIGM = ("e", "en", "er")
#: The damaged word (letters, damage, mojibake; a "?" only inside it), spaces, and the word after it.
_WORD_AFTER = re.compile(r"(?:[^\s,.;:!?\"“”„«»()\[\]/]|\?(?=\S))*[ \xa0]+(\w+)")


def _inflected_adjective(word: str, german: dict[str, int]) -> bool:
    """Is ``word`` an adjective with an ending, its stem written with "-e", "-en" and "-er" in German?"""
    folded = fold(word)
    for ending in _ADJECTIVE_ENDINGS:
        stem = folded[: -len(ending)]
        if folded.endswith(ending) and len(stem) >= 3:
            return all(stem + other in german for other in _PARADIGM)
    return False


def before_noun(line: str, start: int, languages: frozenset[str], words: Iterable[str], book: WordTable) -> bool:
    """Is the German word at ``start`` an adjective before its noun, and so written small?

    German capitalises nouns, not the adjectives before them; such an adjective takes an ending that
    the table shows its stem with in all three of "-e", "-en", "-er" ("öffentlich-en": a noun such
    as "Ärzte" has no "ärzter"), and the noun follows it with a capital. ``words``: the candidate
    words; each that German writes must be such an adjective.

    >>> from cleantext.repair.words import table
    >>> before_noun("Wer nutzt die \\ufffdffentlichen Verkehrsmittel?", 14, frozenset({"de"}), ["Öffentlichen"], table())
    True
    >>> before_noun("Die \\ufffdrzte gehen vor.", 4, frozenset({"de"}), ["Ärzte"], table())
    False
    """
    if languages != {"de"}:
        return False
    after = _WORD_AFTER.match(line, start)
    if after is None or not after.group(1)[0].isupper():
        return False
    german = book.by_language.get("de", {})
    written = [word for word in words if fold(word) in german]
    return bool(written) and all(_inflected_adjective(word, german) for word in written)


#: The words after which a French word is no name, written small: the determiners that stand before a word
#: starting with a vowel (a common noun or adjective follows; names take none, but for hyphenated ones:
#: "aux États-Unis") and the subject pronouns (a verb follows: "vous êtes", "il était").
_ARTICLES = {
    "fr": frozenset(
        [
            *("les", "des", "une", "un", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "aux", "cet"),
            *("mon", "ton", "son", "notre", "votre", "leur", "cette", "chaque", "quelques", "plusieurs"),
            *("aucun", "aucune", "certains", "certaines", "quel", "quelle", "quels", "quelles"),
            *("je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"),
        ]
    ),
}
#: The elided words that only a verb follows (French "n’était", "s’élève", "j’écris", "c’était").
_ELIDED_BEFORE_VERB = {"fr": frozenset("jnsmtc")}
_WORD_BEFORE_SPACE = re.compile(r"(?<![^\W\d_])([^\W\d_]++)[ \xa0]+$")  # from the word's start: linear
_ELIDED_BEFORE = re.compile(r"(?<![\w\ufffd?])([^\W\d_])['’]$")
#: After the word: a hyphen and a capital ("États-Unis", "Émirats-Arabes"): part of a name.
_NAME_COMPOUND = re.compile(r"[^\W\d_\ufffd?]*+[\ufffd?]*+[^\W\d_]*+-[^\W\d_](?<=[^\W\d_a-zß-ÿ])")


def after_article(line: str, left: int, languages: frozenset[str]) -> bool:
    """Is the word at ``left`` a common word after a determiner, pronoun or elided word of the line's languages?

    >>> fr = frozenset({"fr"})
    >>> after_article("une \\ufffdcole", 4, fr), after_article("aux \\ufffdtats-Unis", 4, fr)
    (True, False)
    >>> after_article("Si vous \\ufffdtes", 8, fr), after_article("n’\\ufffdtait", 2, fr), after_article("l’\\ufffdtat", 2, fr)
    (True, True, False)
    """
    if not languages:
        return False
    before = _WORD_BEFORE_SPACE.search(line, 0, left)
    if before is not None:
        word = before.group(1).casefold()
        if not all(word in _ARTICLES.get(language, ()) for language in languages):
            return False
    else:
        elided = _ELIDED_BEFORE.search(line, 0, left)
        if elided is None:
            return False
        letter = elided.group(1).casefold()
        if not all(letter in _ELIDED_BEFORE_VERB.get(language, ()) for language in languages):
            return False
    return not _NAME_COMPOUND.match(line, left)


#: Languages where a small word is often followed by a capital: German writes its nouns so ("die Ärzte"),
#: English its proper adjectives ("the Élysée treaty"), Vietnamese each syllable of a name ("dân Đà Nẵng").
_CAPITALISING = frozenset(["de", "en", "vi"])
#: A small word of two letters or more (letters only), perhaps a comma, and the space before the damaged word.
_SMALL_WORD_BEFORE = re.compile(r"(?<![\w\ufffd?.])([^\W\d_]{2,}),?[ \xa0]+$")
#: The damaged word (a "?" only inside it), perhaps a comma, a space, and the next word's first letter.
_SMALL_WORD_AFTER = re.compile(r"(?:[^\s,.;:!?]|\?(?=\S))*,?[ \xa0]+[\"“«„(]?([^\W\d_])")


def after_small_word(line: str, left: int, languages: frozenset[str], book: WordTable) -> bool:
    """Does the word at ``left`` stand between small words inside a sentence, in a language that writes its common nouns small?

    There a word is written small but for a name; the word table folds case, so a lost first letter is read
    as a small one (``novinari \ufffdesto ne`` is "često", ``compact \ufffdquipé de`` "équipé"). A name is as
    likely after one of the language's commonest words (:meth:`.words.WordTable.common`: an article, a preposition, a
    conjunction: "la África", "en Ávila", "v České republice", "i Željko"), before a capital, a hyphen and a
    capital, or the sentence's end ("dân Đà Nẵng", "aux États-Unis", "dedi Şükrü."), and in a line of German,
    English or Vietnamese, or whose language is not told.

    >>> from cleantext.repair.words import table
    >>> sh, fr = frozenset({"sh"}), frozenset({"fr"})
    >>> after_small_word("novinari \ufffdesto ne", 9, sh, table()), after_small_word("v \ufffdesk\ufffd republice", 2, sh, table())
    (True, False)
    >>> after_small_word("unique, \ufffdgal et", 8, fr, table()), after_small_word("dit \ufffdmile Zola", 4, fr, table())
    (True, False)
    >>> after_small_word("Die \ufffdrzte gehen", 4, frozenset({"de"}), table())
    False
    """
    if not languages or not languages.isdisjoint(_CAPITALISING):
        return False
    before = _SMALL_WORD_BEFORE.search(line, 0, left)
    after = _SMALL_WORD_AFTER.match(line, left)
    if before is None or not before.group(1).islower() or after is None or not after.group(1).islower():
        return False
    if book.common(before.group(1), languages):
        return False  # an article, a preposition, a conjunction: "la África", "en Ávila", "i Željko"
    return not _NAME_COMPOUND.match(line, left)
