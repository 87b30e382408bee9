"""The decision's model file: a linear model over paragraph features and its two thresholds, read on first use.

The file (``data/decision.bin.gz``, format ``cleantext-decision`` version 3, :func:`write_model`) is written by
``training/train_decision.py``; its provenance (data, command, commit, metrics) is ``decision.provenance.json`` next to it.

Version 3, gzip-compressed: one line of JSON (the format, its version, the bias, the two thresholds, the
training's ``info``, the number of weights and the length of their names in bytes), then the weights' names
in UTF-8, one after another with a line break between two, then their values in the same order, IEEE 754
doubles, little-endian. It holds what version 2 (gzip JSON, the weights as an object) did, and is read
without parsing a number: about 20 ms less at the first call. Version 2 files are still read.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
import sys
import zlib
from array import array
from itertools import repeat
from typing import Any, NamedTuple

from .errors import CleantextError
from .features import ParagraphFeatures
from .lazy import read_shipped

__all__ = ["DecisionModel", "load_model", "read_model", "write_model"]

_MODEL_FILE = "decision.bin.gz"
_FORMAT = "cleantext-decision"
_VERSION = 3
_VERSIONS = (2, 3)  # the versions read


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
    """A model from the bytes of a model file (format ``cleantext-decision``, version 3, or version 2: gzip JSON).

    >>> read_model(b"not a model")
    Traceback (most recent call last):
    ...
    cleantext.errors.CleantextError: the decision model file is damaged: Not a gzipped file (b'no')
    """
    try:
        body = gzip.decompress(raw)
        end = body.find(b"\n")
        data = json.loads(body if end < 0 else body[:end])
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("format") != _FORMAT or data.get("version") not in _VERSIONS:
            raise CleantextError(f"not a version {_VERSION} {_FORMAT} file")
        weights = dict(data["weights"]) if data["version"] == 2 else _weights(body, end + 1, data)
        return DecisionModel(
            float(data["bias"]),
            weights,
            float(data["remove_below"]),
            float(data["keep_above"]),
            dict(data["info"]),
        )
    except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError) as error:
        raise CleantextError(f"the decision model file is damaged: {error}") from error


def _weights(body: bytes, start: int, header: dict[str, Any]) -> dict[str, float]:
    """The weights of a version 3 file whose header line ends before ``start``."""
    count, size = int(header["weights"]), int(header["names"])
    names = body[start : start + size].decode("utf-8").split("\n") if count else []
    values = array("d")
    values.frombytes(body[start + size :])
    if sys.byteorder == "big":
        values.byteswap()
    if len(names) != count or len(values) != count:
        raise ValueError(f"{count} weights announced, {len(names)} names and {len(values)} values found")
    return dict(zip(names, values, strict=True))


def write_model(model: DecisionModel) -> bytes:
    """The bytes of ``model``'s file (version 3); :func:`read_model` reads back the same model.

    >>> model = DecisionModel(-0.5, {"ends:sentence": 0.8643, "tok:menu": -1.25}, 0.4, 0.97, {"seed": 13})
    >>> read_model(write_model(model)) == model
    True
    """
    names = list(model.weights)
    if any("\n" in name for name in names):
        raise ValueError("a weight's name holds a line break")
    joined = "\n".join(names).encode("utf-8")
    values = array("d", model.weights.values())
    if sys.byteorder == "big":
        values.byteswap()
    header = dict(
        format=_FORMAT,
        version=_VERSION,
        bias=model.bias,
        remove_below=model.remove_below,
        keep_above=model.keep_above,
        weights=len(names),
        names=len(joined),
        info=model.info,
    )
    line = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(line + b"\n" + joined + values.tobytes(), mtime=0)


@functools.cache
def load_model() -> DecisionModel:
    """The model shipped with the package, read on first use.

    >>> model = load_model()
    >>> 0 <= model.remove_below < model.keep_above <= 1, model.info["format_version"]
    (True, 3)
    """
    return read_model(read_shipped(__package__ or "cleantext", f"data/{_MODEL_FILE}"))
