"""What the learned score reads about one paragraph: its shape, its words and the chrome rule that names it.

The features are *local*: nothing about a paragraph's neighbours, its place on the page or the rest
of the document enters them. Context reaches the decision through the rules' annotations instead
(repeats, the page's structure, a site profile: :mod:`cleantext.decision`). A local score does not
move when other lines are removed, which is what keeps the decision idempotent (cleaning its
output again removes nothing more) without reading a document twice.

A feature is a name (``"words:3"``, ``"w:subscribe"``, ``"rule:share-bar"``) with a value: 1, or
``1/sqrt(tokens)`` for the word features, so that a long paragraph's words do not outvote its shape.
Names are plain strings: the model file maps them to weights, and ``explain`` shows the strongest.
The same function builds the features for training and at run time.

Every feature is language-independent except the words: tokens are runs of letters (and apostrophes)
lower-cased, digits folded to ``0``, and every Han, kana or Thai character a token of its own.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from .blocks import Paragraph, ends_sentence
from .lazy import LazyPattern

__all__ = ["ParagraphFeatures", "paragraph_features"]

_TOKEN = LazyPattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+", regex=True)
#: ``_TOKEN`` in ASCII text (lower-cased: no capital is left in it): letters, and an apostrophe between them, or digits.
_ASCII_TOKEN = LazyPattern(r"[a-z]+(?:'[a-z]+)*|[0-9]+")
_ASCII_DIGIT = LazyPattern(r"[0-9]")
_NOT_ASCII = LazyPattern("[^\x00-\x7f]")
_URL = LazyPattern(r"https?://|www\.|\.(?:com|org|net|html?)\b", re.IGNORECASE)
#: What ``_URL`` finds in ASCII text, found in the text lowered (ASCII case is all there is to ignore there): the
#: search without IGNORECASE scans by the pattern's first characters, about three times faster.
_URL_LOWER = LazyPattern(r"https?://|www\.|\.(?:com|org|net|html?)\b")
_EMAIL = LazyPattern(r"(?<![\w.+-])[\w.+-]++@[\w-]++\.\w")  # from where the name begins: linear on a long run
_FIRST = itemgetter(0)
_ENDS = frozenset(":|»›>→-–—…")
_STARTS = frozenset("•·*-–—»›>|#([\"“'‘©+")

#: The ASCII characters for which ``str.isalpha``, ``isdigit``, ``isupper`` and ``isspace`` are true.
_ALPHA, _DIGIT, _UPPER, _SPACE = (
    bytes(code for code in range(128) if test(chr(code)))
    for test in (str.isalpha, str.isdigit, str.isupper, str.isspace)
)

_WORD_BINS = (1, 2, 3, 4, 5, 7, 10, 15, 25, 50, 100)
_RATIO_BINS = (0.05, 0.15, 0.3, 0.6, 0.9)
_CAPS_BINS = (0.2, 0.4, 0.6, 0.8, 0.99)
_DIGIT_BINS = (0.01, 0.05, 0.15, 0.3)
_PUNCT_BINS = (0.02, 0.05, 0.1, 0.2, 0.4)
_LENGTH_BINS = (3, 4, 5, 6, 8, 12)


class ParagraphFeatures(NamedTuple):
    """One paragraph's features: ``shape`` names (value 1) and its distinct ``tokens`` (value ``token_value``)."""

    shape: list[str]
    tokens: list[str]
    token_value: float


def _counts(text: str) -> tuple[int, int, int, int]:
    """How many characters of ``text`` are letters, digits, capitals and white space (``str.isalpha``,
    ``isdigit``, ``isupper``, ``isspace``).

    >>> _counts("Él tiene 3 gatos.")
    (12, 1, 1, 3)
    """
    length = len(text)
    raw = text.encode("ascii", "ignore")
    if 2 * len(raw) >= length:  # mostly ASCII (most often all of it): its ASCII characters counted by
        size = len(raw)  # deleting those counted (C loops, no call a character), the few others one by one
        letters = size - len(raw.translate(None, _ALPHA))
        digits = size - len(raw.translate(None, _DIGIT))
        upper = size - len(raw.translate(None, _UPPER))
        spaces = size - len(raw.translate(None, _SPACE))
        if size < length:
            others = _NOT_ASCII.findall(text)
            letters += sum(map(str.isalpha, others))
            digits += sum(map(str.isdigit, others))
            upper += sum(map(str.isupper, others))
            spaces += sum(map(str.isspace, others))
    else:
        letters = sum(map(str.isalpha, text))
        digits = sum(map(str.isdigit, text))
        upper = sum(map(str.isupper, text))
        spaces = sum(map(str.isspace, text))
    return letters, digits, upper, spaces


def _shape(paragraph: Paragraph) -> list[str]:
    """The shape names of one paragraph: size, how it starts and ends, case, digits, punctuation, links."""
    text = paragraph.text
    names = [f"words:{bisect_right(_WORD_BINS, paragraph.words)}"]
    if ends_sentence(text):
        names.append("ends:sentence")
    elif text[-1] in _ENDS:
        names.append(f"ends:{text[-1]}")
    first = text[0]
    if first in _STARTS:
        names.append(f"starts:{first}")
    elif first.isdigit():
        names.append("starts:digit")
    length = len(text)
    letters, digits, upper, spaces = _counts(text)
    if letters:
        names.append(f"upper:{bisect_right(_RATIO_BINS, upper / letters)}")
    words = text.split()
    capitalised = sum(map(str.isupper, map(_FIRST, words)))  # the words whose first character is a capital
    names.append(f"caps:{bisect_right(_CAPS_BINS, capitalised / len(words))}")
    names.append(f"digits:{bisect_right(_DIGIT_BINS, digits / length)}")
    other = length - letters - digits - spaces
    names.append(f"punct:{bisect_right(_PUNCT_BINS, other / length)}")
    names.append(f"wordlen:{bisect_right(_LENGTH_BINS, (length - len(words) + 1) / len(words))}")
    lowered = text.lower()
    if _URL_LOWER.search(lowered) if text.isascii() else _URL.search(text):
        names.append("has:url")
    if "@" in text and _EMAIL.search(text):
        names.append("has:email")
    if "©" in text or "(c)" in lowered:
        names.append("has:copyright")
    if text.count("|") >= 2:
        names.append("has:pipes")
    if paragraph.last > paragraph.first:
        names.append("wrapped")
    return names


def tokens_of(text: str) -> list[str]:
    """The word tokens of ``text``: letters lower-cased, each number ``0``, each Han or kana character alone.

    >>> tokens_of("Sign up: 3 free 記事!")
    ['sign', 'up', '0', 'free', '記', '事']
    """
    lowered = text.lower()
    if lowered.isascii():  # what _TOKEN finds in ASCII text, found by ``re``; a number is made 0 when there is one
        found = _ASCII_TOKEN.findall(lowered)
        return [("0" if token[0].isdigit() else token) for token in found] if _ASCII_DIGIT.search(lowered) else found
    return [("0" if token[0].isdigit() else token) for token in _TOKEN.findall(lowered)]


def paragraph_features(paragraph: Paragraph, labels: Sequence[str] = ()) -> ParagraphFeatures:
    """The features of one paragraph; ``labels`` are the chrome rules' labels on its lines, if any.

    >>> from cleantext.blocks import paragraphs
    >>> found = paragraph_features(paragraphs(["Log In"])[0], ["login"])
    >>> "rule:login" in found.shape, found.tokens
    (True, ['f:log', 'l:in', 'w:in', 'w:log'])
    """
    shape = _shape(paragraph)
    shape += [f"rule:{label}" for label in sorted(set(labels))]
    words = tokens_of(paragraph.text)
    tokens: list[str] = []
    if words:
        tokens.append("f:" + words[0])
        if len(words) > 1:
            tokens.append("l:" + words[-1])
        tokens += ["w:" + word for word in sorted(set(words))]
    return ParagraphFeatures(shape, tokens, 1 / math.sqrt(len(tokens)) if tokens else 0.0)
