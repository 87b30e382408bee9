"""Keep the article: annotate every paragraph, then decide once, with a model learned from real pages.

The rule steps (:func:`~cleantext.drop_duplicates`, :func:`~cleantext.strip_chrome`,
:func:`~cleantext.strip_boilerplate`) run first as *annotators*: what each would remove becomes a
feature of the paragraph (``rule:strip_chrome:share-bar``), beside its shape, words, place and
neighbours (:mod:`cleantext.features`). A logistic model, trained on pages the rules were not written
from, weighs them all and gives each paragraph the probability that it is article text; a paragraph
below the threshold goes. The threshold was chosen on cross-validation so that 99.5% of article text
is kept: when unsure, the model keeps the line.

A few rules are near-certain and stay rules (:data:`CERTAIN`): a second copy of repeated text, comment
counters, the comment policy. Everything else is scored.

Idempotence: the decision reads context (neighbours, place, what rules see), so removing lines can
change the scores of the lines that stay. The step therefore decides again on what it kept, until a
reading removes nothing (at most :data:`MAX_READINGS` readings); the text it returns is one on which
it would remove nothing more, so cleaning it again changes nothing.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from collections.abc import Sequence
from importlib import resources
from typing import Any, NamedTuple

from .blocks import paragraphs
from .errors import CleantextError, OptionError
from .features import Hits, ParagraphFeatures, paragraph_features, rule_hits
from .model import Outcome, register_step, split_lines

__all__ = ["CERTAIN", "MAX_READINGS", "DecisionModel", "keep_article", "load_model", "score_paragraphs"]

#: Rule labels trusted without a score: what they remove goes whatever the model says.
CERTAIN = frozenset({"drop_duplicates:duplicate", "strip_chrome:comment-counter", "strip_chrome:comment-policy"})
#: How many times the step reads its own output before it stops (each reading that removes nothing ends it).
MAX_READINGS = 4
_MODEL_FILE = "decision.json.gz"
#: An article of five paragraphs, for the examples.
_EXAMPLE = (
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "Supporters said the plan would cut commute times across the region by a fifth, officials said.",
    "Opponents argued that the fare increase would fall hardest on low-income riders and students.",
    "The budget includes money for twelve new electric buses and a second line to the airport.",
    "The mayor, who had campaigned on the plan, called the vote a turning point for the city.",
)
_FORMAT = "cleantext-decision"
_VERSION = 1


class DecisionModel(NamedTuple):
    """A linear model: ``bias`` plus the weight of each feature present; article text above ``threshold``."""

    bias: float
    weights: dict[str, float]
    threshold: float
    info: dict[str, Any]

    def logit(self, features: ParagraphFeatures) -> float:
        """The paragraph's score before the logistic function."""
        get = self.weights.get
        total = self.bias + sum(get(name, 0.0) for name in features.shape)
        if features.tokens:
            total += features.token_value * sum(get(token, 0.0) for token in features.tokens)
        return total

    def strongest(self, features: ParagraphFeatures, count: int = 3) -> list[tuple[str, float]]:
        """The features that pushed the score down the most (the reasons for a removal)."""
        get = self.weights.get
        found = [(name, get(name, 0.0)) for name in features.shape]
        found += [(token, get(token, 0.0) * features.token_value) for token in features.tokens]
        return sorted((item for item in found if item[1] < 0), key=lambda item: item[1])[:count]


def _read_model(raw: bytes) -> DecisionModel:
    try:
        data = json.loads(gzip.decompress(raw))
    except (OSError, ValueError) as error:
        raise CleantextError(f"the decision model file is damaged: {error}") from error
    if data.get("format") != _FORMAT or data.get("version") != _VERSION:
        raise CleantextError(f"not a version {_VERSION} {_FORMAT} file")
    return DecisionModel(float(data["bias"]), dict(data["weights"]), float(data["threshold"]), dict(data["info"]))


@functools.cache
def load_model() -> DecisionModel:
    """The model shipped with the package, read on first use.

    >>> model = load_model()
    >>> 0 < model.threshold < 1, model.info["format_version"]
    (True, 1)
    """
    raw = resources.files("cleantext").joinpath("data", _MODEL_FILE).read_bytes()
    return _read_model(raw)


def _sigmoid(value: float) -> float:
    if value < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


def score_paragraphs(lines: Sequence[str], hits: Hits | None = None) -> list[tuple[range, float]]:
    """Each paragraph's lines and the model's probability that it is article text.

    >>> scored = score_paragraphs(["Log In", "", *_EXAMPLE])
    >>> [(lines.start, score > 0.5) for lines, score in scored][:3]
    [(0, False), (2, True), (3, True)]
    """
    model = load_model()
    found = paragraphs(lines)
    features = paragraph_features(found, rule_hits(lines) if hits is None else hits)
    return [(paragraph.lines, _sigmoid(model.logit(each))) for paragraph, each in zip(found, features, strict=True)]


def _reason(model: DecisionModel, probability: float, features: ParagraphFeatures) -> str:
    shown = ", ".join(f"{name} {weight:+.1f}" for name, weight in model.strongest(features))
    return f"model {probability:.2f} < {model.threshold:.2f}: {shown}"


def _read_once(lines: Sequence[str], threshold: float) -> dict[int, str]:
    """One reading: line index (in ``lines``) -> reason, for every line to remove."""
    model = load_model()
    hits = rule_hits(lines)
    found = paragraphs(lines)
    removals: dict[int, str] = {}
    for paragraph, features in zip(found, paragraph_features(found, hits), strict=True):
        certain = [index for index in paragraph.lines if CERTAIN.intersection(hits.get(index, ()))]
        for index in certain:
            label = next(label for label in hits[index] if label in CERTAIN)
            removals[index] = f"rule {label.split(':', 1)[1]}"
        probability = _sigmoid(model.logit(features))
        if probability < threshold:
            reason = _reason(model, probability, features)
            for index in paragraph.lines:
                removals.setdefault(index, reason)
    return removals


def decide_article(lines: Sequence[str], *, threshold: float | None = None) -> Outcome:
    """Remove what is not the article, reading the kept lines again until nothing more goes."""
    if threshold is None:
        threshold = load_model().threshold
    elif not 0.0 <= threshold <= 1.0:
        raise OptionError(f"threshold must be between 0 and 1, not {threshold!r}")
    kept = list(range(len(lines)))
    removals: dict[int, tuple[str, int | None]] = {}
    for _ in range(MAX_READINGS):
        view = [lines[index] for index in kept]
        found = _read_once(view, threshold)
        if not found:
            break
        for index, reason in found.items():
            removals[kept[index]] = (reason, None)
        kept = [index for position, index in enumerate(kept) if position not in found]
    return Outcome.removing(lines, removals, "keep_article")


@register_step(decide_article)
def keep_article(text: str, *, threshold: float | None = None) -> str:
    """Keep the article's paragraphs: rules annotate, a learned model decides (see :mod:`cleantext.decision`).

    ``threshold`` is the probability of being article text below which a paragraph goes (default: the
    model's, chosen for 99.5% of article text kept on cross-validation).

    >>> from cleantext.decision import _EXAMPLE
    >>> print(keep_article("\\n".join(["Share this", *_EXAMPLE, "(0) comments"])) == "\\n".join(_EXAMPLE))
    True
    """
    return decide_article(split_lines(text), threshold=threshold).text
