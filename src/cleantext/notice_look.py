"""The first look at a policy printed last: whether the page's last lines may end one (its last sentence an item's,
on the subject or after a heading's mark, or a closing line after the last item), which lets the reading back from the
end (:mod:`cleantext.notice_box`, run by :mod:`cleantext.notice_place`) be made at all; and what may close a policy
next to the box or the page's end (:func:`_closes`), which that reading passes over, printed with a stop or none
(:func:`_closing_alone`: a sign-off, a link to the full terms, a revision stamp), and a sign-off or stamp after the
last sentence on the page's last line (:func:`_signed_off`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .blocks import ends_sentence
from .lazy import LazyPattern
from .notice_dates import _YEAR, _dated
from .notice_kinds import _TO_READERS
from .notice_marks import _MARKER
from .notice_shapes import ITEM_WORDS
from .notice_text import _SENTENCE_END, HEADING_WORDS, _capitalised, _finds, _inline_heading, _pattern
from .notice_titles import _closing_line
from .notice_twins import MEAN_WORDS
from .policy_words import POLICY_SCORE, policy_score

if TYPE_CHECKING:
    import regex

    from .shapes import Notice

__all__: list[str] = []  # nothing public: :mod:`cleantext.notice_place` and :mod:`cleantext.notices` take the look

#: How many of the document's last lines the first look at a policy printed last reads (its last sentence).
LAST_LINES = 4
#: The most characters the first look reads as a policy's last sentence (an item's words, long ones: a text whose
#: script puts no space between words is read no further).
ITEM_CHARS = 12 * ITEM_WORDS

#: The most words of a sign-off or stamp printed after a policy's last sentence on its line (:func:`_signed_off`).
TAIL_WORDS = 8
#: How a line's sign-off or stamp begins: a capital letter, or a dash or a bracket before one ("— The Editor").
_TAIL_START = LazyPattern(r"(?:[\-\u2013\u2014(\[]\s*)?\p{Lu}", regex=True)
#: What shows a line's tail is a sign-off or a stamp, not a heading run in ("... to the police. Moderation times") nor
#: the next item's mark ("... identify them. Rule #10"): a dash or a bracket before it, "The" first (who signs: "The
#: Editor"), a year, a link's or address's sign, or who signs named ("Forum Admin", "Board of Trustees", "Secretary,
#: on behalf of the committee", "Signed on behalf of ...").
_SIGNS = LazyPattern(
    r"^(?:[\-\u2013\u2014(\[]|The\s)|\b(?:19|20)\d\d\b|[/@]|\b(?:Signed|[Oo]n behalf of|Admins?|Administrators?|"
    r"Moderators?|Editors?|Committee|Trustees|Team|Board|Management|Webmaster|Secretary|Chair)\b"
)
#: A letter: a line with none ("0.", "—") is no policy's last sentence.
_LETTER = LazyPattern(r"[^\W\d_]")


def _first_look(lines: Sequence[str], last: Sequence[int], notice: Notice) -> bool:
    """Whether the page's ``last`` lines (indices, in order) may end ``notice`` printed last (:func:`_may_end_policy`,
    a rule's words counted as its subject; or one of them is a list's item after its mark, a bullet or a number; a
    heading before a colon or a dash there is as often a caption's or a dateline's): what lets the run at the end be
    read."""
    if not last:
        return False
    if ends_sentence(lines[last[-1]].rstrip()) and any(_MARKER.match(lines[index]) for index in last):
        return True  # the last lines hold a list's item after its mark ("‣ Campaigning", "(3) Be fair.")
    return _may_end_policy(" ".join(lines[index] for index in last), _pattern(notice.ruled_topic))


def _may_end_policy(tail: str, topic: regex.Pattern[str]) -> bool:
    """A first look at a document's last lines (``tail``): whether its last sentence may be a policy's last
    (it ends a sentence, and holds a word of the subject or begins with a heading's mark: a number, a bullet, or
    a heading before a colon or a dash or in capitals, read by :func:`~cleantext.notice_text._inline_heading` as the
    run reads it), before the run is read; after a closing line or a sentence to the readers (:func:`_closes`), or a
    closing line printed with no stop (:func:`_closing_alone`), the sentence before it.

    >>> from cleantext.notice_text import _pattern
    >>> topic = _pattern(r"\\bcomment|\\bpost")
    >>> _may_end_policy("Be kind. Posts that insult are removed.", topic), _may_end_policy("He left at noon.", topic)
    (True, False)
    >>> _may_end_policy("Posts that insult are removed. Thank you for helping keep this a friendly place.", topic)
    True
    """
    tail = tail.rstrip()
    start = max(tail.rfind(stop, 0, len(tail) - 1) for stop in (". ", "? ", "! "))
    last = tail[start + 1 :].strip()
    if not ends_sentence(tail):  # a closing line without a stop after the last item ("— The Moderators"): the item's
        return start > 0 and _closing_alone(last) and _may_end_policy(tail[: start + 1], topic)
    if _may_end_items(last, topic):
        return True
    # a closing line after the policy's last item ("Thank you for helping keep this a friendly place."): the item's
    return start > 0 and _closes(last) and _may_end_policy(tail[: start + 1], topic)


def _closes(sentence: str) -> bool:
    """Whether the sentence next to the box or the page's end, off the subject and with no heading, may close a policy
    printed before the box or last: a closing line (:func:`~cleantext.notice_titles._closing_line`: thanks, a sign-off,
    whom to write to) or a sentence that speaks to the readers or states a rule
    (:data:`~cleantext.notice_kinds._TO_READERS`: "Tell us about a mistake and we'll fix it."), no longer than an
    item's.

    >>> _closes("Tell us about a mistake and we'll fix it."), _closes("He left the club in 2019.")
    (True, False)
    >>> _closes("Adopted by the trustees, 9 November 2023."), _closes("Version 3, agreed January 2025")
    (True, True)
    """
    return (
        _closing_line(sentence)
        or (sentence.count(" ") < ITEM_WORDS and _TO_READERS.search(sentence) is not None)
        or _stamp(sentence)
    )


def _stamp(sentence: str) -> bool:
    """Whether the sentence is a policy's revision stamp: no longer than an item's, it names a year, and each only as
    the policy's own (:func:`~cleantext.notice_dates._dated`: "Revised 3 February 2025", "Version 3, agreed January
    2025", "These rules were agreed at the AGM in 2023."), printed with a stop or none.

    >>> _stamp("Effective June 1, 2022"), _stamp("The plan was approved in 2019."), _stamp("Revised by the editor.")
    (True, False, False)
    """
    return sentence.count(" ") < ITEM_WORDS and _YEAR.search(sentence) is not None and not _dated(sentence)


def _may_end_items(last: str, topic: regex.Pattern[str]) -> bool:
    """Whether the sentence ``last`` may be a policy's last item's (:func:`_may_end_policy`): no longer than an
    item's, on the subject, after a list's mark or with a heading; or, no longer than an item's mean, its words
    scoring as a policy's (:mod:`cleantext.policy_words`)."""
    if last.count(" ") >= ITEM_WORDS or len(last) > ITEM_CHARS:  # longer than an item's sentence
        return False
    if _finds(topic, last) or _MARKER.match(last):
        return True
    said = last.split()
    if _capitalised(said[0]) and _inline_heading(said[: HEADING_WORDS + 1], len(said))[0]:
        return True
    # its words read as a policy's, though they name no subject, and it is no longer than an item's mean
    return len(said) <= MEAN_WORDS and policy_score(last) >= POLICY_SCORE


def _signed_off(line: str) -> bool:
    """Whether ``line`` ends a sentence of two words or more and then a short tail printed on the same line without a
    stop: a sign-off or a stamp after a policy's last sentence ("... will be removed. — The Editor", "... Revised 8
    June 2020", "... Full terms: www.example.org/terms", "... (Rev. October 2021)"), :data:`TAIL_WORDS` words at most,
    beginning with a capital, a dash or a bracket, signed as one (:data:`_SIGNS`) and not ending on a comma, a
    semicolon or a colon: a heading run in at a hard-wrapped line's end ("... to the police. Moderation times"), the
    next item's mark ("Rule #10") or its first words ("– Avoid typing in capitals;") are none.

    >>> [_signed_off(line) for line in ("Be kind. — The Editor", "Be kind. Last updated: 4 May 2021", "Be kind.",
    ...                                 "Be kind. A tail of far too many words to sign anything off")]
    [True, True, False, False]
    >>> [_signed_off(line) for line in ("(Rev. October 2021)", "Be kind. (Rev. October 2021)", "Be kind. Rule #10",
    ...                                 "Be kind. Moderation times", "Be kind. – Avoid typing in capitals;")]
    [False, True, False, False, False]
    """
    if ends_sentence(line):
        return False
    return any(
        len(line[: stop.end()].split()) >= 2 and _sign_off(line[stop.end() :].strip())
        for stop in _SENTENCE_END.finditer(line)
    )


def _sign_off(tail: str) -> bool:
    """Whether ``tail``, printed without a stop, is a sign-off or a stamp (:func:`_signed_off`): :data:`TAIL_WORDS`
    words at most, beginning with a capital, a dash or a bracket, signed as one (:data:`_SIGNS`), and not ending on a
    comma, a semicolon or a colon (a clause goes on below: "... any treatment. – Avoid typing in capitals;").

    >>> [_sign_off(tail) for tail in ("— The Moderators", "Forum Admin", "Moderation times", "Rule #10")]
    [True, True, False, False]
    """
    return (
        bool(tail)
        and len(tail.split()) <= TAIL_WORDS
        and _TAIL_START.match(tail) is not None
        and _SIGNS.search(tail) is not None
        and _LETTER.search(tail) is not None
        and tail[-1] not in ",;:"
    )


def _closing_alone(line: str) -> bool:
    """Whether ``line``, the page's last with a letter, is a policy's closing line printed on its own without a stop:
    a sign-off (:func:`_sign_off`: "— The Moderators", "Signed on behalf of the Board of Trustees"), a closing line
    (:func:`~cleantext.notice_titles._closing_line`: a link to the full rules, thanks) or a revision stamp
    (:func:`_stamp`); a line that only speaks to the readers ("About us") is the page's furniture.

    >>> closing = ("— The Moderators", "Full terms of use: www.example.org/terms", "About us")
    >>> [_closing_alone(line) for line in closing]
    [True, True, False]
    """
    line = line.strip()
    return not ends_sentence(line) and (_sign_off(line) or _closing_line(line) or _stamp(line))
