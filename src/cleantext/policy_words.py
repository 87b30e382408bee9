"""How much a sentence reads as a comment policy's rather than an article's, by its words.

A linear score (log-odds) over the sentence's lower-case words and pairs of neighbouring words, learned from the
policies of the seed-family documents already used to design the notice, against article sentences of real
pages (``python training/train_policy.py``; the data, the command and out-of-fold figures
are in ``data/policy_words.provenance.json``). The notice reader (:func:`cleantext.notice_kinds._kind`) reads a
sentence off the subject as on it from :data:`POLICY_SCORE`, and a sentence at or below :data:`ARTICLE_SCORE` as
no policy's at all; the run it reads is kept only where its structure holds (:mod:`cleantext.notice_box`). Where no
run reads a policy next to the comment box or at the page's end, :mod:`cleantext.notice_place` weighs its sentences'
scores alone, from the policy's first heading, list mark, run-in heading, heading question or hard-wrapped block (its
place is the gate); :mod:`cleantext.notices` weighs them too before it adds the lines above a policy found (its first
items, the rest of its hard-wrapped block).

The table (``data/policy_words.bin.gz``, in the article decision's file format: :mod:`cleantext.decision_model`)
is read on the first score, never at import.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from .lazy import LazyPattern, read_shipped

__all__: list[str] = []  # nothing public: the notice reader calls ``policy_score``

#: The score from which a sentence that names no subject reads as a policy's (out of fold, 1 article sentence in
#: 4,800 scores so high, and two policy sentences in three).
POLICY_SCORE = 5.0
#: The score at or below which a sentence reads as an article's, whatever its words (out of fold, three article
#: sentences in four, and 1 policy sentence in 1,600).
ARTICLE_SCORE = -4.0
#: A word as the score reads it (and as the training's vectorizer splits them).
TOKEN = r"[a-z0-9]+(?:['’][a-z]+)?"
_TOKEN = LazyPattern(TOKEN)


@lru_cache(maxsize=1)
def _table() -> tuple[float, dict[str, float]]:
    """The model's bias and weights (word or word pair -> weight)."""
    from .decision_model import read_model  # the article decision's file format

    model = read_model(read_shipped("cleantext", "data/policy_words.bin.gz"))
    return model.bias, model.weights


@lru_cache(maxsize=4096)
def policy_score(sentence: str) -> float:
    """The sentence's log-odds of being a comment policy's rather than an article's (a notice reads the same
    sentence several times, so scores are kept).

    >>> policy_score("Comments that insult other readers will be removed by the moderators.") >= POLICY_SCORE
    True
    >>> policy_score("The mayor is expected to sign it next week, and the first new buses could run by spring.") < 0
    True
    """
    bias, weights = _table()
    tokens = _TOKEN.findall(sentence.lower())
    get = weights.get
    score = bias
    for feature in {*tokens, *(f"{first} {second}" for first, second in pairwise(tokens))}:
        score += get(feature, 0.0)
    return score
