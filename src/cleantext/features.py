"""What the article decision reads about each paragraph: its shape, words, place, neighbours and rule hits.

A feature is a name (``"words:3"``, ``"w:subscribe"``, ``"rule:strip_chrome:share-bar"``) with a value
(1, or ``1/sqrt(distinct words)`` for the word features, so that a long paragraph's words do not
outvote its shape). Names are plain strings: the model file maps them to weights, and ``explain``
shows the strongest of them. The same function builds the features for training and at run time.

Every feature is language-independent except the words: tokens are runs of letters (and apostrophes)
lower-cased, digits folded to ``0``, and every Han, kana or Thai character a token of its own.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import regex

from .blocks import Paragraph, ends_sentence
from .chrome import strip_chrome
from .duplicates import drop_duplicates
from .pipeline import pipeline
from .structure import strip_boilerplate

__all__ = ["Hits", "ParagraphFeatures", "paragraph_features", "rule_hits"]

#: What rules said of each line: line index -> ``"step:reason"`` labels of the rules that would remove it.
Hits = Mapping[int, Sequence[str]]

#: The rule steps that annotate, in the order the old default pipeline ran them.
_ANNOTATORS = pipeline(drop_duplicates, strip_chrome, strip_boilerplate)

_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]|[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+")
_URL = regex.compile(r"https?://|www\.|\.(?:com|org|net|html?)\b", regex.IGNORECASE)
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+\.\w")
_ENDS = frozenset(":|»›>→-–—…")
_STARTS = frozenset("•·*-–—»›>|#([\"“'‘©+")

_WORD_BINS = (1, 2, 3, 4, 5, 7, 10, 15, 25, 50, 100)
_RATIO_BINS = (0.05, 0.15, 0.3, 0.6, 0.9)
_CAPS_BINS = (0.2, 0.4, 0.6, 0.8, 0.99)
_DIGIT_BINS = (0.01, 0.05, 0.15, 0.3)
_PUNCT_BINS = (0.02, 0.05, 0.1, 0.2, 0.4)
_LENGTH_BINS = (3, 4, 5, 6, 8, 12)
_PLACE_BINS = (0.05, 0.15, 0.3, 0.5, 0.7, 0.85, 0.95)
_COUNT_BINS = (1, 2, 3, 5, 10, 20)
_SHARE_BINS = (0.1, 0.2, 0.35, 0.5, 0.7)
_SIZE_BINS = (3, 6, 12, 25, 50, 100, 200)


def _bin(value: float, edges: Sequence[float]) -> int:
    for index, edge in enumerate(edges):
        if value < edge:
            return index
    return len(edges)


class ParagraphFeatures(NamedTuple):
    """One paragraph's features: ``shape`` names (value 1) and its distinct ``tokens`` (value ``token_value``)."""

    shape: list[str]
    tokens: list[str]
    token_value: float


def _shape(paragraph: Paragraph) -> tuple[list[str], list[str]]:
    """The shape names of one paragraph (size, ends, case, digits, punctuation) and its short form for neighbours."""
    text = paragraph.text
    size = f"words:{_bin(paragraph.words, _WORD_BINS)}"
    names = [size]
    short = [size]
    if ends_sentence(text):
        names.append("ends:sentence")
        short.append("ends:sentence")
    elif text[-1] in _ENDS:
        names.append(f"ends:{text[-1]}")
    first = text[0]
    if first in _STARTS:
        names.append(f"starts:{first}")
    elif first.isdigit():
        names.append("starts:digit")
    length = len(text)
    letters = sum(map(str.isalpha, text))
    if letters:
        upper = sum(map(str.isupper, text)) / letters
        names.append(f"upper:{_bin(upper, _RATIO_BINS)}")
    words = text.split()
    capitals = sum(1 for word in words if word[0].isupper()) / len(words)
    names.append(f"caps:{_bin(capitals, _CAPS_BINS)}")
    short.append(names[-1])
    names.append(f"digits:{_bin(sum(map(str.isdigit, text)) / length, _DIGIT_BINS)}")
    other = length - letters - sum(map(str.isdigit, text)) - sum(map(str.isspace, text))
    names.append(f"punct:{_bin(other / length, _PUNCT_BINS)}")
    names.append(f"wordlen:{_bin((length - len(words) + 1) / len(words), _LENGTH_BINS)}")
    if _URL.search(text):
        names.append("has:url")
    if "@" in text and _EMAIL.search(text):
        names.append("has:email")
    if "©" in text or "(c)" in text.lower():
        names.append("has:copyright")
    if text.count("|") >= 2:
        names.append("has:pipes")
    if paragraph.last > paragraph.first:
        names.append("wrapped")
    return names, short


def _tokens(text: str) -> list[str]:
    found = _TOKEN.findall(text.lower())
    return [("0" if token[0].isdigit() else token) for token in found]


def paragraph_features(paragraphs: Sequence[Paragraph], hits: Hits) -> list[ParagraphFeatures]:
    """The features of each paragraph of a document, with the rule ``hits`` on its lines.

    >>> from cleantext.blocks import paragraphs
    >>> found = paragraph_features(paragraphs(["Log In", "The mayor said so on Friday."]), {0: ["strip_chrome:login"]})
    >>> "rule:strip_chrome:login" in found[0].shape, found[1].tokens[:3]
    (True, ['f:the', 'l:friday', 'w:friday'])
    """
    count = len(paragraphs)
    shapes = [_shape(paragraph) for paragraph in paragraphs]
    rules: list[list[str]] = []
    for paragraph in paragraphs:
        labels: set[str] = set()
        hit_lines = 0
        for index in paragraph.lines:
            found = hits.get(index)
            if found:
                hit_lines += 1
                labels.update(found)
        named = [f"rule:{label}" for label in sorted(labels)]
        if hit_lines:
            named.append("rule:all" if hit_lines == paragraph.last - paragraph.first + 1 else "rule:some")
        rules.append(named)
    long_share = sum(paragraph.words >= 10 for paragraph in paragraphs) / count if count else 0.0
    document = [f"doc:long:{_bin(long_share, _SHARE_BINS)}", f"doc:size:{_bin(count, _SIZE_BINS)}"]
    out: list[ParagraphFeatures] = []
    for k, paragraph in enumerate(paragraphs):
        shape = list(shapes[k][0])
        shape += rules[k]
        shape.append(f"place:{_bin(k / max(count - 1, 1), _PLACE_BINS)}")
        shape.append(f"from-start:{_bin(k, _COUNT_BINS)}")
        shape.append(f"from-end:{_bin(count - 1 - k, _COUNT_BINS)}")
        for offset, side in ((-1, "prev"), (1, "next"), (-2, "prev2"), (2, "next2")):
            j = k + offset
            if 0 <= j < count:
                shape += [f"{side}:{name}" for name in shapes[j][1]]
                if offset in (-1, 1):
                    shape += [f"{side}:{name}" for name in rules[j] if name in ("rule:all", "rule:some")]
            else:
                shape.append(f"{side}:none")
        shape += document
        words = _tokens(paragraph.text)
        tokens: list[str] = []
        if words:
            tokens.append("f:" + words[0])
            if len(words) > 1:
                tokens.append("l:" + words[-1])
            tokens += ["w:" + word for word in sorted(set(words))]
        value = 1 / math.sqrt(len(tokens)) if tokens else 0.0
        out.append(ParagraphFeatures(shape, tokens, value))
    return out


def rule_hits(lines: Sequence[str]) -> dict[int, list[str]]:
    """What the rule steps would remove: line index -> ``"step:reason"`` labels.

    >>> rule_hits(["The mayor spoke on Friday about the border.", "(0) comments"])
    {1: ['strip_chrome:comment-counter']}
    """
    hits: dict[int, list[str]] = {}
    for edit in _ANNOTATORS.run("\n".join(lines)).edits:
        if edit.action == "remove" and edit.before.strip():
            hits.setdefault(edit.line, []).append(f"{edit.step}:{edit.reason}")
    return hits
