"""What each sentence read beside the comment box, or at the page's end, is, for :mod:`cleantext.notice_box`'s
reading: a heading (a short capitalised sentence at an item's start, in title case or capitals, a list's number, a line
that introduces the list), an item's sentence on the notice's subject (or a question a reader asks of it), one off it,
or neither (a longer sentence, a line that ends none); and whether one off the subject is an item's sentence all the
same (headed, or just after its heading). Read together, sentences may be a policy's rules printed as prose, headings
run in or none (:func:`_rules_in_prose`), as :mod:`cleantext.notice_oneline` and :mod:`cleantext.notice_box` ask.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .blocks import ends_sentence
from .lazy import LazyPattern
from .notice_marks import _begins_item
from .notice_shapes import ITEM_WORDS, _named, _topical, on_subject_enough
from .notice_text import HEADING_WORDS, INTRO_WORDS, _capitalised, _numbered
from .notice_titles import _QUOTED
from .policy_words import ARTICLE_SCORE, POLICY_SCORE, policy_score

if TYPE_CHECKING:
    from .notice_text import _Word

__all__: list[str] = []  # nothing public: :mod:`cleantext.notice_box` reads each sentence's kind through these

#: The most words of an item's sentence that runs longer than :data:`~cleantext.notice_shapes.ITEM_WORDS`: one on the
#: subject that speaks to the readers or states a rule (:data:`_TO_READERS`: "For your own safety, please don't put
#: your address or phone number in a message; ...", "Nothing must be posted that could be defamatory, ..."; or
#: :data:`_SANCTION`: "... will be removed and the poster blocked."), as an article's sentence of that length seldom
#: does (:func:`_kind`).
LONG_ITEM_WORDS = 45

#: The most words of a question a policy's item answers (:func:`_asks`).
QUESTION_WORDS = 10

#: The fewest sentences (headings not counted) of a policy's rules printed as prose (:func:`_rules_in_prose`).
RULES_SENTENCES = 4

#: The words of a question asked in the reader's voice, and the marks stripped from a word's edges before they are
#: looked up (:func:`_asks`).
_READER = frozenset({"i", "i'm", "i\u2019m", "i've", "i\u2019ve", "i'd", "i\u2019d", "me", "my", "myself"})
_EDGES = ",;:?!.\"'\u201c\u201d\u2018\u2019()[]"

#: Words that speak to the site's readers or state a rule, anywhere in a sentence: "you", "we", "our", and, in any
#: case, the rule's words of the policy (:attr:`~cleantext.shapes.Notice.rule_words`: "please", "do not", "never",
#: "must", "not allowed", "prohibited").
_TO_READERS = LazyPattern(
    r"\b(?:[Yy]ou|[Yy]ours?|[Ww]e|[Oo]urs?|us)\b|"
    r"(?i:\b(?:please|do not|don['\u2019]t|never|must|prohibit\w*|not (?:be )?(?:permitted|allowed|accepted|welcome))\b)",
    regex=True,
)
#: What a policy says it does to what breaks it, in the passive: "... will be removed", "may be deleted", "will be
#: blocked", "will be taken down without notice". A long sentence on the subject that says so states a rule as the
#: rule's words do (:data:`_TO_READERS`); an article's sentence on comments seldom says it of its own.
_SANCTION = LazyPattern(
    r"\b(?:will|may|can|shall|could|would|are|is)\s+(?:\w+\s+){0,2}?be\s+(?:\w+\s+)?"
    r"(?:removed|deleted|taken down|blocked|banned|suspended|rejected|edited|hidden)\b"
)
#: What a rule forbids, as a policy words it and an article's prose seldom does: "do not", "don't" or "never" where
#: a sentence or clause begins or after "please" (an imperative: "Never post an address."; "... if they don't need
#: it" is not one), "must not", "may not", "should not", "has no place", "prohibited", "forbidden", "is not allowed /
#: permitted / accepted / welcome / tolerated / acceptable / published / approved".
_FORBIDS = LazyPattern(
    r"(?i:(?:^|[.?!,;:]\s+|\bplease\s+)(?:do not|don['\u2019]t|never)\b|\b(?:must not|may not|should not|no place|"
    r"prohibit\w*|forbid\w*|not (?:be )?(?:permitted|allowed|accepted|welcome|tolerated|acceptable|published|approved))\b)",
    regex=True,
)


def _headed(kind_of: Callable[[int], str], style_of: Callable[[int], frozenset[str]], j: int) -> bool:
    """Whether the item ``j`` off the subject is an item's sentence: it begins with its heading, or its heading
    stands just before it, or one sentence before that (``style_of``: how a sentence is or begins with a heading,
    if it does; ``kind_of``: what :func:`_kind` says of it)."""
    return bool(
        style_of(j) or (j >= 1 and style_of(j - 1)) or (j >= 2 and style_of(j - 2) and kind_of(j - 1) in ("on", "off"))
    )


def _kind(
    span: range,
    words: list[_Word],
    text: str,
    titles: dict[int, int],
    patterns: tuple,
    *,
    scored: bool = True,
    flips: list[range] | None = None,
) -> str:
    """``"heading"``, ``"on"`` (an item's sentence on the subject, or a question a reader asks of it: :func:`_asks`,
    or one whose words score as a policy's: :data:`~cleantext.policy_words.POLICY_SCORE`), ``"off"`` (one off it)
    or ``""`` (neither; so is a sentence whose words score as an article's, whatever its subject:
    :data:`~cleantext.policy_words.ARTICLE_SCORE`). ``scored``: whether the scores are read; ``flips``: where given,
    the sentences whose kind a score changed are added to it."""
    first, last = words[span[0]], words[span[-1]]
    head = text[first.start : first.end]
    if (
        titles.get(span[0]) == span[-1]
        or (_numbered(head) and len(span) == 1)
        or (
            len(span) <= HEADING_WORDS
            and _capitalised(head)
            # in sentence case, only at an item's start (a line's, or after its bullet or number): inside a line it
            # is an article's short sentence ("Moderators were busy."); in title case or capitals it is printed as a
            # heading
            and (_capitalised(text[last.start : last.end]) or _begins_item(words, span[0], text))
        )
    ):
        return "heading"
    if _introduces(span, words, text):
        return "heading"
    if not ends_sentence(text[last.start : last.end]) or len(span) > LONG_ITEM_WORDS:
        return ""
    # longer than an item's: only on the subject, speaking to the readers, stating a rule or a removal
    long = len(span) > ITEM_WORDS
    if long and not (_TO_READERS.search(text, first.start, last.end) or _SANCTION.search(text, first.start, last.end)):
        return ""
    on = _topical(text, words, span[0], span[-1], patterns) or _asks(span, words, text)
    score = policy_score(text[first.start : last.end]) if scored else 0.0
    if score <= ARTICLE_SCORE:  # it reads as an article's, whatever its words
        if flips is not None and (on or not long):
            flips.append(span)
        return ""
    if on:
        return "on"
    if not long and score >= POLICY_SCORE:  # it reads as a policy's, though it names no subject
        if flips is not None:
            flips.append(span)
        return "on"
    return "" if long else "off"


def _asks(span: range, words: list[_Word], text: str) -> bool:
    """Whether the sentence is a question asked in the reader's voice, as a policy printed as questions and answers
    heads each answer: at most :data:`QUESTION_WORDS` words at an item's start, the first capitalised, the last
    ending in a question mark, and a word after the first the reader's own ("I", "me", "my": "Can I advertise my
    business?", "What happens if I break the rules?"). It asks what a reader may do there, so :func:`_kind` reads it
    as on the policy's subject whatever its words. An article's questions are its writer's ("Why does it matter?")
    or, in quotes, its people's.

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["Can I advertise my business? Only in the classifieds.", "Why does it matter?"], [0, 1])
    >>> _asks(range(5), words, text), _asks(range(5, 9), words, text), _asks(range(9, 13), words, text)
    (True, False, False)
    """
    first, last = words[span[0]], words[span[-1]]
    return (
        len(span) <= QUESTION_WORDS
        and text[last.end - 1] == "?"
        and text[first.start].isalpha()
        and _capitalised(text[first.start : first.end])
        and _begins_item(words, span[0], text)
        and any(text[words[w].start : words[w].end].strip(_EDGES).lower() in _READER for w in span[1:])
    )


def _introduces(span: range, words: list[_Word], text: str) -> bool:
    """Whether the sentence introduces a list, as a policy's opening line does ("A few ground rules:", "Please keep
    these standards in mind: 1)"): up to :data:`INTRO_WORDS` words, the first capitalised, the last before a colon
    (the list's first number may follow it).

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["A few ground rules: 1)"], [0])
    >>> _introduces(range(len(words)), words, text), _introduces(range(3), words, text)
    (True, False)
    """
    end = span[-1]
    if len(span) > 1 and _numbered(text[words[end].start : words[end].end]):
        end -= 1
    return (
        len(span) <= INTRO_WORDS
        and text[words[end].end - 1] == ":"
        and _capitalised(text[words[span[0]].start : words[span[0]].end])
    )


def _rules_in_prose(text: str, words: list[_Word], spans: list[range], kinds: list[str], patterns: tuple) -> bool:
    """Whether the sentences (``kinds``: :func:`_kind`'s) are a policy's rules printed as prose, each item's heading run
    into its sentence or left out ("No personal attacks Debate the issue, not the person. Do not post anyone's address.
    ..."): :data:`RULES_SENTENCES` sentences or more besides headings, none longer than an item's but one on the
    subject (the last may end on a link); half of them on the subject, two naming it; half speaking to the readers or
    stating a sanction (:data:`_TO_READERS`, :data:`_SANCTION`) and two forbidding something (:data:`_FORBIDS` or a
    sanction), each outside quotation marks. A blog's last paragraph asks its readers to comment ("Let us know what
    you think below; please feel free to leave a comment.") and forbids nothing; an article's speech is in quotes.

    >>> from cleantext.notice_shapes import _spans, _subject_patterns
    >>> from cleantext.notice_text import _unwrap
    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> patterns = _subject_patterns(next(notice for notice in DEFAULT_NOTICES if notice.topic))
    >>> def reads(line):
    ...     text, words = _unwrap([line], [0])
    ...     spans = _spans(text, words)
    ...     return _rules_in_prose(text, words, spans, [_kind(s, words, text, {}, patterns) for s in spans], patterns)
    >>> reads("Please keep comments to the story. Never post another reader's address in a comment. Comments that "
    ...       "insult readers will be removed. We may close the accounts of those who post spam.")
    True
    >>> reads("We love your comments. Please leave a comment below. We read every comment. Keep them coming!")
    False
    """
    said = [k for k in range(len(spans)) if kinds[k] != "heading"]
    if len(said) < RULES_SENTENCES:
        return False
    on = named = ruling = forbidding = 0
    for k in said:
        span = spans[k]
        sentence = text[words[span[0]].start : words[span[-1]].end]
        if _no_item(text, words, spans, kinds, k):
            return False
        on += kinds[k] == "on"
        named += _named(text, words, span[0], span[-1], patterns)
        ruling += _states_rule(sentence)
        forbidding += not _QUOTED.search(sentence) and bool(_SANCTION.search(sentence) or _FORBIDS.search(sentence))
    return on_subject_enough(on, len(said), named) and 2 * ruling >= len(said) and forbidding >= 2


def _no_item(text: str, words: list[_Word], spans: list[range], kinds: list[str], k: int) -> bool:
    """Whether the sentence ``k`` of a line read whole is neither a heading nor an item's (``kinds``: :func:`_kind`'s
    ``""``, longer than an item's: prose), but where it is the last and ends no sentence (its last words may be a
    link)."""
    span = spans[k]
    return kinds[k] == "" and (k + 1 < len(spans) or ends_sentence(text[words[span[0]].start : words[span[-1]].end]))


def _states_rule(sentence: str) -> bool:
    """Whether ``sentence`` speaks to the readers or states a sanction (:data:`_TO_READERS`, :data:`_SANCTION`) outside
    quotation marks, as a policy's rules do and an article's sentences, or its people's speech, seldom do.

    >>> _states_rule("Comments that insult readers will be removed."), _states_rule('"Do not post," she said.')
    (True, False)
    """
    return not _QUOTED.search(sentence) and bool(_SANCTION.search(sentence) or _TO_READERS.search(sentence))
