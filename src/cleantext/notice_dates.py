"""Whether a sentence is dated: the years a page's text ends with, in its references, credits and copyright lines,
against those a comment policy names of its own (when it was last revised or adopted, or from when it applies) and a
law's year in its name. The readings of a policy printed last (:mod:`cleantext.notice_box`,
:mod:`cleantext.notice_place` and the modules they call) stop at a dated sentence; those that judge a block whole (a
hard-wrapped box, a policy on one line) refuse it for a dated sentence whose words do not read as a policy's
(:func:`_holds_dated_reference`), as a rule may name a year of its place's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lazy import LazyPattern
from .policy_words import POLICY_SCORE, policy_score

if TYPE_CHECKING:
    from .notice_text import _Word

__all__: list[str] = []  # nothing public: the notice readings ask :func:`_dated`

#: A year, in a sentence of a policy read by its place (a page's text ends with its dated references, credits or
#: copyright lines as often as with its comment policy, which is not dated but for when it was last revised:
#: :func:`_dated`); its source ends each pattern below that finds a year of the policy's own.
_YEAR_SOURCE = r"(?<!\d)(?:1[89]|20)\d\d(?!\d)"
_YEAR = LazyPattern(_YEAR_SOURCE)
#: A law named by its title and year ("the Defamation Act 2013", "Data Protection (Jersey) Law 2018", "the Online
#: Safety Act of 2023"): the year ends the law's name, and a policy citing the law is not dated by it (:func:`_dated`).
_LAW_BEFORE_YEAR = LazyPattern(r"\b(?:Act|Law|Code|Regulations?|Ordinance|Decree)(?:\s+of)?,?\s+$", regex=True)
#: The words a policy says it was revised or adopted with (:data:`_OWN_YEAR`, :data:`_STAMPED_YEAR`).
_REVISED = r"updated|reviewed|revised|amended|approved|agreed|adopted"
#: Where a policy names a year of its own: when it was last revised, "last updated" (or revised, reviewed, amended)
#: anywhere ("These rules were last updated in March 2025."), or a word of revision or adoption as a sentence's first
#: ("Reviewed by the committee, March 2024.", "(Updated 12/09/2023)", "Adopted at the AGM, 2019."), the year in the
#: same sentence. A page's dated references, credits and copyright lines name theirs otherwise (:func:`_dated`).
_OWN_YEAR = LazyPattern(
    rf"(?i:(?:last\s+)?(?:{_REVISED}|effective))\b[^.?!\n]{{0,50}}?" + _YEAR_SOURCE,
    regex=True,
)
#: A policy's date stamp anywhere in a sentence: a revision word and then the date alone ("The Trustees, revised March
#: 2024.", "Version 2, agreed 9 October 2023", "Rules updated 13 September 2023."), or after who made it or where
#: ("Version 2.1, adopted by the committee in May 2022.", "Approved at the AGM, 2019"), the word not after "is", "was",
#: "has" and their kin, as a story tells what was done ("The plan was approved by the council in 2019.").
_STAMPED_YEAR = LazyPattern(
    r"(?i)(?<!\b(?:is|are|was|were|be|been|being|has|have|had)\s+)"
    rf"\b(?:{_REVISED})(?:\s+(?:by|at)\s+(?:the\s+)?[\p{{L}}'\u2019-]+(?:\s+[\p{{L}}'\u2019-]+){{0,3}}?)?"
    r"(?::|,|\s+(?:on|in))?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?" + _YEAR_SOURCE,
    regex=True,
)
#: A word of revision or adoption, or "effective", read case-blind as the three patterns above and below read it: each
#: of their matches holds one, so a sentence without one names no year of the policy's own (:func:`_dated`), and those
#: patterns are not searched (nor compiled) for it.
_REVISION = LazyPattern(rf"(?i){_REVISED}|effective", regex=True)
#: A policy that dates itself in a sentence: itself the subject ("these rules", "this policy", "our guidelines"), a
#: word of revision or adoption its verb ("These rules were revised in April 2026.", "This policy was adopted by the
#: committee in 2019."); a story tells of what was done to something else ("The plan was approved in 2019.").
_SELF_DATED = LazyPattern(
    r"(?i)\b(?:these|this|our)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:rules|guidelines|policy|terms|code|standards)\s+"
    rf"(?:were|was|have\s+been|has\s+been)\s+(?:last\s+)?(?:{_REVISED})\b[^.?!\n]{{0,50}}?" + _YEAR_SOURCE,
    regex=True,
)


def _dated(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text`` (from ``start`` to ``end``) names a year other than where a policy says when it was last revised
    (:data:`_OWN_YEAR`, :data:`_STAMPED_YEAR`, :data:`_SELF_DATED`, looked for only where a word of revision stands:
    :data:`_REVISION`) or in a law's name (:data:`_LAW_BEFORE_YEAR`): a page's dated references and credits.

    >>> _dated("Cited in Smith (2019)."), _dated("Last updated: 3 March 2025"), _dated("The plan was approved in 2019.")
    (True, False, True)
    >>> _dated("Under the Defamation Act 2009 you can be sued for what you write here.")  # a law's name: no date
    False
    >>> _dated("The Trustees, revised March 2024."), _dated("Version 2, agreed 9 October 2023")  # the policy's stamp
    (False, False)
    >>> _dated("These rules were revised in April 2026."), _dated("The rules were revised in April 2026.")
    (False, True)
    >>> _dated("Version 2.1, adopted by the committee in May 2022."), _dated("It was adopted by the council in 2022.")
    (False, True)
    """
    end = len(text) if end is None else end
    years = list(_YEAR.finditer(text, start, end))
    if not years:
        return False  # most sentences name no year: the policy's own years are not looked for
    own: list[tuple[int, int]] = []
    if _REVISION.search(text, start, end) is not None:  # each pattern below finds a year after such a word only
        own += [
            found.span()
            for found in _OWN_YEAR.finditer(text, start, end)
            if found.group().lower().startswith("last")
            or found.start() == start
            or text[start : found.start()].rstrip()[-1:] in (".", "?", "!", ":", ";", "(", "[")
        ]
        own += [found.span() for found in _STAMPED_YEAR.finditer(text, start, end)]
        own += [found.span() for found in _SELF_DATED.finditer(text, start, end)]
    return any(
        not any(first <= year.start() and year.end() <= last for first, last in own)
        and _LAW_BEFORE_YEAR.search(text, max(start, year.start() - 12), year.start()) is None
        for year in years
    )


def _dated_reference(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the sentence ``text[start:end]`` is dated (:func:`_dated`) and its words do not read as a policy's (a
    :func:`~cleantext.policy_words.policy_score` below :data:`~cleantext.policy_words.POLICY_SCORE`): a page's
    references, credits and copyright lines. A policy's sentence may name a year of its place's or its subject's
    history and still read as a rule by its words.

    >>> _dated_reference("Cited in Smith (2019).")
    True
    >>> _dated_reference("Ospreys came back to the loch in 1954, so never post where a nest is; we remove any map.")
    False
    """
    end = len(text) if end is None else end
    return _dated(text, start, end) and policy_score(text[start:end]) < POLICY_SCORE


def _holds_dated_reference(text: str, words: Sequence[_Word], spans: Sequence[range]) -> bool:
    """Whether one of the sentences ``spans`` (their words' indices into ``words``, read from ``text``) is a dated
    reference (:func:`_dated_reference`): a block judged whole is then a page's references or credits, not a policy."""
    return any(_dated_reference(text, words[span[0]].start, words[span[-1]].end) for span in spans)
