"""Where a policy with no heading, title or list mark to begin at begins, told by its sentences' words: a policy a
scraper joined into one paragraph (:func:`_rules_paragraph`), or plain sentences from the first after the article's
last (:func:`_plain_rules_from`).

A policy read by its words where it stands (:func:`cleantext.notice_place._by_words`: just before a comment box or
printed last) is cut at the first sentence that begins it: a heading, a list's mark, an item's heading run in, a
question that heads an item, a hard-wrapped block's first line. A policy printed without any of them begins with a
sentence like any other, so its sentences together must read as rules (:func:`_read_as_rules`): four or more scored
(:data:`PARAGRAPH_SENTENCES`), all as a policy's and nobody's speech, or all but one and half of them speaking to the
readers; or, a short policy of plain sentences, two or more each scoring as an opening does (:func:`_each_opens`).
The scores are :func:`~cleantext.policy_words.policy_score`'s; an article's paragraph seldom holds four sentences that
all read as rules, and none of the real pages' content lines just before their boilerplate scores as an opening.

Called by :mod:`cleantext.notice_place`.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import takewhile
from typing import TYPE_CHECKING

from .notice_text import _mostly_addressed
from .notice_titles import OPENING_SCORE, _spoken
from .policy_words import POLICY_SCORE

if TYPE_CHECKING:
    from .notice_text import _Word

__all__: list[str] = []  # nothing public: :func:`cleantext.notice_place._read_by_words` calls these

#: The fewest sentences, scored by their words, of a policy joined into one paragraph (:func:`_rules_paragraph`).
PARAGRAPH_SENTENCES = 4


def _rules_paragraph(text: str, words: list[_Word], spans: list[range], scores: Mapping[int, float], j: int) -> bool:
    """Whether sentence ``j`` begins a line that is a policy's paragraph, read whole by its words: of the sentences
    that begin on that line, :data:`PARAGRAPH_SENTENCES` or more are scored (``scores``: sentence -> its
    :func:`~cleantext.policy_words.policy_score`, headings unscored), and they read as a policy's rules
    (:func:`_read_as_rules`: all score as a policy's, or all but one and half or more speak to the readers; a sign-off,
    "The Committee", is a heading's length and counts for neither): a policy a scraper joined into one paragraph, which
    begins with no mark or heading ("We want the discussion to stay civil. Please ..."). An article's paragraph
    seldom holds four sentences that all read as rules for its readers.

    >>> from cleantext.notice_box import _sentences
    >>> text, words, _, spans = _sentences(["Be kind to other readers. We delete spam. Comments are checked by our "
    ...                                     "moderators. Do not post anyone's address."], [0])
    >>> len(spans), _rules_paragraph(text, words, spans, {0: 6.0, 1: 7.0, 2: 9.0, 3: 2.0}, 0)
    (4, True)
    >>> _rules_paragraph(text, words, spans, {0: 6.0, 1: 1.0, 2: 9.0, 3: 2.0}, 0)
    False
    """
    line = words[spans[j][0]].lines[0]
    on_line = takewhile(lambda k: words[spans[k][0]].lines[0] == line, range(j, len(spans)))
    return _read_as_rules(text, words, spans, scores, [k for k in on_line if k in scores])


def _plain_rules_from(text: str, words: list[_Word], spans: list[range], scores: Mapping[int, float], j: int) -> bool:
    """Whether the sentences from ``j``, the first after the article's last (:func:`_read_by_words`), are a policy
    of plain sentences with no heading or mark to begin at, read by their words: the first scores as an opening does
    (:data:`~cleantext.notice_titles.OPENING_SCORE`, twice what counts a sentence as a policy's) and is nobody's
    speech (no quotation mark, no attribution), and those scored from it read as a policy's rules, as in a policy
    joined into one paragraph (:func:`_rules_paragraph`), or, too few for that, each scores as an opening does
    (:func:`_each_opens`). An article's last line that asks something of its readers ("Please send your photographs
    of the flooding to the newsroom by Friday.") scores less than an opening: a policy below it is not read from it.

    >>> from cleantext.notice_box import _sentences
    >>> text, words, _, spans = _sentences(["Be kind to other readers.", "We delete spam.",
    ...                                     "Comments are checked by our moderators.", "Do not post anyone's address."],
    ...                                    [0, 1, 2, 3])
    >>> _plain_rules_from(text, words, spans, {0: 12.0, 1: 7.0, 2: 9.0, 3: 2.0}, 0)
    True
    >>> _plain_rules_from(text, words, spans, {0: 7.0, 1: 7.0, 2: 9.0, 3: 6.0}, 0)
    False
    """
    first = text[words[spans[j][0]].start : words[spans[j][-1]].end]
    scored = [k for k in range(j, len(spans)) if k in scores]
    return (
        scores.get(j, 0.0) >= OPENING_SCORE
        and not _spoken(first)
        and (_read_as_rules(text, words, spans, scores, scored) or _each_opens(scores, scored))
    )


def _each_opens(scores: Mapping[int, float], scored: list[int]) -> bool:
    """Whether the sentences ``scored`` are a short policy of plain sentences each scoring as an opening does
    (:data:`~cleantext.notice_titles.OPENING_SCORE`, twice what counts a sentence as a policy's), two or more: of
    the real pages' 34,804 content lines just before their boilerplate, none scores so high, and a policy of two or
    three items ("Links to products, affiliate codes and sales pitches will be removed as spam.") holds too few to
    read as a joined paragraph's.

    >>> _each_opens({0: 12.2, 1: 15.4}, [0, 1]), _each_opens({0: 12.2, 1: 7.8}, [0, 1]), _each_opens({0: 12.2}, [0])
    (True, False, False)
    """
    return len(scored) >= 2 and all(scores[k] >= OPENING_SCORE for k in scored)


def _read_as_rules(
    text: str, words: list[_Word], spans: list[range], scores: Mapping[int, float], scored: list[int]
) -> bool:
    """Whether the sentences ``scored`` (indices into ``spans``, each scored in ``scores``) read as a policy's rules
    by their words: :data:`PARAGRAPH_SENTENCES` of them or more, all scoring as a policy's and none of them anyone's
    speech (:func:`~cleantext.notice_titles._spoken`: an article reports what a moderator said of the rules), or all
    but one at least and half or more speaking to the readers (:func:`~cleantext.notice_text._mostly_addressed`). A
    policy written of its readers ("Comments about cases before the courts will not be published.") speaks to none;
    out of fold one article sentence in 4,800 scores as a policy's, and a text of rules printed as an article (a
    society's bylaws: "The Board of Directors shall ...") holds sentences that do not.

    >>> from cleantext.notice_box import _sentences
    >>> text, words, _, spans = _sentences(["Comments are read first. Spam is deleted. Abuse is removed. Threads "
    ...                                     "close after a week."], [0])
    >>> _read_as_rules(text, words, spans, {0: 6.0, 1: 7.0, 2: 9.0, 3: 6.0}, [0, 1, 2, 3])
    True
    >>> _read_as_rules(text, words, spans, {0: 6.0, 1: 7.0, 2: 9.0, 3: 2.0}, [0, 1, 2, 3])
    False
    """
    if len(scored) < PARAGRAPH_SENTENCES:
        return False
    policy = sum(scores[k] >= POLICY_SCORE for k in scored)
    if policy == len(scored) and not any(
        _spoken(text[words[spans[k][0]].start : words[spans[k][-1]].end]) for k in scored
    ):
        return True
    return policy >= len(scored) - 1 and _mostly_addressed(text, words, [spans[k] for k in scored])
