"""The decision's model file: a linear model over paragraph features and its two thresholds, read on first use.

The file (``data/decision.json.gz``, gzip JSON, format ``cleantext-decision`` version 2) is written by
``training/train_decision.py``; its provenance (data, command, commit, metrics) is ``decision.provenance.json`` next to it.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from importlib import resources
from itertools import repeat
from typing import Any, NamedTuple

from .errors import CleantextError
from .features import ParagraphFeatures

__all__ = ["DecisionModel", "load_model", "read_model"]

_MODEL_FILE = "decision.json.gz"
_FORMAT = "cleantext-decision"
_VERSION = 2


class DecisionModel(NamedTuple):
    """A linear model (``bias`` plus the weight of each feature present) and the decision's two thresholds."""

    bias: float
    weights: dict[str, float]
    remove_below: float
    keep_above: float
    info: dict[str, Any]

    def logit(self, features: ParagraphFeatures) -> float:
        """The paragraph's score before the logistic function."""
        get = self.weights.get
        total = self.bias + sum(map(get, features.shape, repeat(0.0)))
        if features.tokens:
            total += features.token_value * sum(map(get, features.tokens, repeat(0.0)))
        return total

    def probability(self, features: ParagraphFeatures) -> float:
        """The probability that the paragraph is article text."""
        value = self.logit(features)
        return 0.0 if value < -40 else 1.0 / (1.0 + math.exp(-value))

    def strongest(self, features: ParagraphFeatures, count: int = 3) -> list[tuple[str, float]]:
        """The features that pushed the score down the most (the reasons for a removal)."""
        get = self.weights.get
        found = [(name, get(name, 0.0)) for name in features.shape]
        found += [(token, get(token, 0.0) * features.token_value) for token in features.tokens]
        return sorted((item for item in found if item[1] < 0), key=lambda item: item[1])[:count]


def read_model(raw: bytes) -> DecisionModel:
    """A model from the bytes of a model file (gzip JSON, format ``cleantext-decision``, version 2)."""
    try:
        data = json.loads(gzip.decompress(raw))
    except (OSError, ValueError) as error:
        raise CleantextError(f"the decision model file is damaged: {error}") from error
    if data.get("format") != _FORMAT or data.get("version") != _VERSION:
        raise CleantextError(f"not a version {_VERSION} {_FORMAT} file")
    return DecisionModel(
        float(data["bias"]),
        dict(data["weights"]),
        float(data["remove_below"]),
        float(data["keep_above"]),
        dict(data["info"]),
    )


@functools.cache
def load_model() -> DecisionModel:
    """The model shipped with the package, read on first use.

    >>> model = load_model()
    >>> 0 <= model.remove_below < model.keep_above <= 1, model.info["format_version"]
    (True, 2)
    """
    return read_model(resources.files("cleantext").joinpath("data", _MODEL_FILE).read_bytes())
