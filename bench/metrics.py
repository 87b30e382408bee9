"""Scoring helpers shared by the quality benchmarks (see ../shared/data/DATA.md for the metrics)."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"\w+")
#: Chinese and Japanese characters (CJK ideographs, their extension A and compatibility forms, kana):
#: scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(text: str) -> list[str]:
    """The words the metric counts: runs of ``\\w`` as the standard library's ``re`` reads them.

    >>> words("Don't stop: 3 km!")
    ['Don', 't', 'stop', '3', 'km']
    """
    return _WORD.findall(text or "")


def tokens(line: str) -> int:
    """The tokens of ``line`` that "content tokens kept" counts: its white-space separated words, a word
    written in Chinese or Japanese characters counting one a character (a sentence of them has no
    spaces, and would count one token however long).

    >>> tokens("Two words"), tokens("北京市“十五”时期"), tokens("记者 刘涛")
    (2, 7, 4)
    """
    return sum(len(_UNSPACED.findall(word)) or 1 for word in line.split())


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Word ``size``-grams of ``text`` (a text shorter than ``size`` words is one shingle)."""
    found = words(text)
    return Counter(tuple(found[i : i + size]) for i in range(max(1, len(found) - size + 1)) if found[i : i + size])


def shingle_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, scaled to sum to 1 so that every page weighs the same."""
    want, got = shingles(gold), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_scores(counts: Iterable[tuple[float, float, float]]) -> dict[str, float]:
    """Mean per-page precision (pages with output) and recall (pages with gold), and their F1."""
    precisions, recalls = [], []
    for tp, fp, fn in counts:
        if tp + fp > 0:
            precisions.append(1.0 if fp == fn == 0 else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if fp == fn == 0 else tp / (tp + fn))
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def line_is_kept(line: str, output_lines: Sequence[str], output_text: str, repair) -> bool:
    """Whether some output line still holds ``line`` (compared after repair and stripping)."""
    key = " ".join(repair(line).split())
    if not key:
        return True
    return key in output_lines or (len(key) >= 30 and key in output_text)


def removal_scores(removed: int, lost: int, missed: int) -> dict[str, float]:
    """Line-removal precision, recall and F1 from chrome lines removed, article lines lost and chrome lines missed."""
    precision = removed / (removed + lost) if removed + lost else 0.0
    recall = removed / (removed + missed) if removed + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def crop(lines: list[str], labels: list, rng: random.Random) -> tuple[list[str], list] | None:
    """The article region with 0-3 non-blank lines before it and 0-10 after (what scrapers leave).

    ``labels`` holds one training-data label per line (``"content"`` marks the article); the region runs
    from the first content line to the last, widened by ``rng``'s two draws; no content line, None.
    The views of training/train_decision.py and bench/quality_heldout.py.
    """
    filled = [index for index, line in enumerate(lines) if line.strip()]
    content = [k for k, index in enumerate(filled) if labels[index] == "content"]
    if not content:
        return None
    start = max(0, content[0] - rng.randint(0, 3))
    end = min(len(filled) - 1, content[-1] + rng.randint(0, 10))
    return lines[filled[start] : filled[end] + 1], labels[filled[start] : filled[end] + 1]
