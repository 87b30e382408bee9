"""The words French, Italian and Catalan elide before a vowel, with an apostrophe: ``l’homme``, ``dell’anno``.

When that apostrophe's bytes are lost (``l\\ufffdhomme``, ``qu\\ufffd\\ufffd\\ufffdil``), what stands before the
loss tells whether it was one: an elided word of the line's language, and a word that begins with a
vowel or an ``h`` after it. A lost letter leaves other shapes: ``d\\ufffdj\\ufffd`` (``déjà``) has a consonant
after its first loss. English writes its apostrophe before an ``s`` after any word (:func:`possessive_stem`).
"""

from __future__ import annotations

import re

__all__ = ["ELIDED", "contraction", "elides", "opens_elision", "possessive_stem"]

#: Per language, the elided forms written before an apostrophe (lower case).
ELIDED = {
    "fr": frozenset(
        [
            "l",
            "d",
            "j",
            "m",
            "n",
            "s",
            "t",
            "c",
            "qu",
            "jusqu",
            "lorsqu",
            "puisqu",
            "quoiqu",
            "presqu",
            "quelqu",
            "aujourd",
        ]
    ),
    "it": frozenset(
        [
            "l",
            "d",
            "c",
            "s",
            "t",
            "m",
            "v",
            "un",
            "dell",
            "all",
            "dall",
            "nell",
            "sull",
            "coll",
            "pell",
            "quest",
            "quell",
            "anch",
            "senz",
            "tutt",
            "dov",
            "com",
            "cos",
            "sant",
            "bell",
        ]
    ),
    "ca": frozenset(["l", "d", "m", "t", "s", "n"]),
}
#: What a word after an elision begins with: a vowel, or an "h" (French "l’homme", Italian "l’hotel").
_OPENINGS = frozenset("aeiouyhàâäáéèêëíìîïóòôöúùûüœæ")


def elides(word: str, languages: frozenset[str]) -> bool:
    """Is ``word`` an elided form, written before an apostrophe, in one of ``languages``?

    >>> elides("L", frozenset({"fr"})), elides("dell", frozenset({"it"})), elides("dell", frozenset({"fr"}))
    (True, True, False)
    """
    folded = word.lower()
    return any(folded in ELIDED.get(language, ()) for language in languages)


def opens_elision(word: str) -> bool:
    """Can ``word`` follow an elided form: does it begin with a vowel or an "h"?

    >>> opens_elision("homme"), opens_elision("École"), opens_elision("jour")
    (True, True, False)
    """
    return word[:1].lower() in _OPENINGS


def possessive_stem(word: str, apostrophe: int) -> str | None:
    """The word before an English possessive "’s" whose apostrophe was lost (``apostrophe`` U+FFFD) with a letter of it.

    English puts "’s" after any word, a name of any language too: ``K\ufffdnig\ufffds`` is "König’s". Only a stem
    that lost something else and begins with a letter (a lost first letter's case is not told here).

    >>> possessive_stem("K\ufffdnig\ufffds", 1), possessive_stem("Tour\ufffd\ufffd\ufffd\ufffd\ufffds", 3)
    ('K\ufffdnig', 'Tour\ufffd\ufffd')
    >>> possessive_stem("company\ufffds", 1), possessive_stem("\ufffdlafur\ufffds", 1)
    (None, None)
    """
    stem = word[: -apostrophe - 1]
    if not word.endswith("\ufffd" * apostrophe + "s") or "\ufffd" not in stem or not stem[:1].isalpha():
        return None
    return stem


#: The English words an apostrophe joins to "m", "d", "ll", "re", "ve": "I’m", "they’ve", "who’d".
_PRONOUNS = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "who", "what", "that", "there", "where", "here", "how"]
)
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]*+$")  # tried from word starts only: linear
_WORD_AFTER = re.compile(r"[^\W\d_]*")


def contraction(line: str, start: int, end: int) -> bool:
    """Would an apostrophe at ``line[start:end]`` make an English contraction or possessive?

    "’s" after any word; "n’t"; "’m", "’d", "’ll", "’re", "’ve" only after a pronoun.

    >>> contraction("he?s", 2, 3), contraction("don?t", 3, 4), contraction("they?re", 4, 5), contraction("Ed?re", 2, 3)
    (True, True, True, False)
    """
    before = _WORD_BEFORE.search(line, 0, start)
    after = _WORD_AFTER.match(line, end)
    word = before.group(0).casefold() if before else ""
    suffix = after.group(0).casefold() if after else ""
    if suffix == "s":
        return True
    if suffix == "t":
        return word.endswith("n")
    return suffix in ("m", "d", "ll", "re", "ve") and word in _PRONOUNS
