"""Where a comment policy printed once stands, and which lines are read there: beside the comment box, or last on
the page.

A site prints its comment policy where readers comment: right before or right after the comment box's furniture (a
counter, "Welcome to the discussion.", "Log In", "Watch this discussion."), which the rules find (:data:`BOX_LABELS`).
A box is :data:`BOX_LINES` such lines or more with no other text between them, one a counter: a counter alone may
stand under a headline ("12 Comments"), a login row at a page's top. Where there is no box, or the policy follows it,
a site still prints its policy last, but for the page's furniture: it is read back from the last line the rules keep
that ends a sentence, or a sentence and then a sign-off (:func:`_end_line`), after a first look at the page's last lines
(:func:`~cleantext.notice_look._first_look`).

The lines read are the :data:`NEAR_LINES` non-blank lines next to each side of a box, or before the page's end (up to
the next box, code, or a line the rules remove); where the run (:func:`~cleantext.notice_box._run_lines`) reaches
their far end, whose first sentence may be cut (a policy hard-wrapped at a narrow width), up to :data:`FAR_LINES` are
read, and that reading is kept where it holds more lines. A block hard-wrapped after an article printed a paragraph a
line is read there too (:mod:`cleantext.notice_wrapped`), and so is a policy printed whole on the line next to the box
or on the page's last line that ends a sentence (:mod:`cleantext.notice_oneline`). After the page's last box, up to its
end, where no run reads a policy, its sentences' words may (:func:`_after_last_box`): a policy's lines there that name
no subject and keep to no list's shape; and so, just before a box or printed last, may those of a policy that begins
with a heading, a list's mark or an item's heading run in, opens a block hard-wrapped after the article, or is a
paragraph of rules on one line (:func:`_by_words`; read over up to :data:`FAR_LINES` lines where none of the nearest
reads as an article's).

Run by :func:`cleantext.notices.notice_removals`, for a notice with a topic, given the lines the rules remove.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from .blocks import WRAP_WIDTH, ends_sentence
from .copies import printed_alike
from .notice_box import (
    END_SENTENCES,
    _heading_span,
    _run_lines,
    _sentence_scores,
    _sentences,
)
from .notice_dates import _dated
from .notice_look import _LETTER, LAST_LINES, _closing_alone, _first_look, _signed_off
from .notice_marks import _MARKER
from .notice_oneline import one_line
from .notice_shapes import _subject_patterns
from .notice_text import (
    _begins_line,
    _finds_in_any,
    _heading_words,
    _lines_within,
    _mostly_addressed,
    _number_words,
    _pattern,
    _question_heading,
)
from .notice_titles import _title_above, _titled_near
from .notice_unmarked import _plain_rules_from, _rules_paragraph
from .notice_wrapped import ABOVE_LINES, BLOCK_LINES, _wrapped, wrapped_above, wrapped_lines
from .policy_words import POLICY_SCORE, policy_score

if TYPE_CHECKING:
    from .notice_text import _Word
    from .shapes import Notice

__all__: list[str] = []  # nothing public: :func:`cleantext.notices.notice_removals` calls ``_by_place``

#: The rules' labels of the comment box's furniture (:mod:`cleantext.rules`).
BOX_LABELS = frozenset({"comment-counter", "comment-meta", "login"})
#: The fewest furniture lines a comment box holds (one a ``comment-counter``).
BOX_LINES = 2
#: How many non-blank lines on each side of a box are read for a policy (one printed a sentence a line).
NEAR_LINES = 40
#: How many are read when the run reaches the first window's far end: a policy hard-wrapped at a narrow width runs
#: past :data:`NEAR_LINES` lines.
FAR_LINES = 4 * NEAR_LINES
#: The most lines of a hard-wrapped page's end read as its last sentence (:func:`_last_sentence`).
WRAPPED_LINES = 4
#: The most lines below a policy printed last that close it with no stop (:func:`_closed_below`).
CLOSED_LINES = 2
#: The longest line (characters) the readings here read: a longer one is no policy's line (a policy printed as one
#: paragraph holds a few thousand; the training pages' longest line, a page's script, 58,118), so a reading stops at
#: it as at code, and a text run together on one line is not unwrapped whole for a policy it cannot be.
LONGEST_LINE = 100_000


def _boxes(lines: Sequence[str], box: dict[int, str]) -> list[tuple[int, int]]:
    """The comment boxes (first and last line): runs of furniture lines (blank lines between them allowed)
    of :data:`BOX_LINES` or more, one a counter."""
    found: list[tuple[int, int]] = []
    if not box:
        return found
    run: list[int] = []
    for index, line in enumerate(chain(lines, ("end",))):  # a line of text after the last ends the last run
        if index in box:
            run.append(index)
        elif line.strip():
            if len(run) >= BOX_LINES and any(box[k] == "comment-counter" for k in run):
                found.append((run[0], run[-1]))
            run = []
    return found


def _by_place(lines: Sequence[str], notice: Notice, skip: set[int], removed: Mapping[int, str]) -> list[int]:
    """The lines of ``notice`` found beside a comment box or printed last (``removed``: the lines the rules
    removed -> their labels, the box's furniture among them).

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    >>> lines = ["The council met on Monday and voted to close the bridge for repairs.",
    ...          "1.", "Be kind.", "Personal attacks on other readers are removed.", "2.", "Stay on the story.",
    ...          "Posts that wander off the subject may be deleted.", "(0) comments", "Log In"]
    >>> _by_place(lines, policy, set(), {7: "comment-counter", 8: "login"})
    [1, 2, 3, 4, 5, 6]
    """
    boxes = _boxes(lines, {index: label for index, label in removed.items() if label in BOX_LABELS})
    low = boxes[-1][1] if boxes else -1
    end = _end_line(lines, low, removed)
    stops = skip | removed.keys()  # the run printed last and a hard-wrapped block go no further back than these
    found: list[int] = _at_end(lines, end, low, stops, notice)
    found += wrapped_lines(
        lines, notice, [end, *(first - 1 for first, _ in boxes)], [last + 1 for _, last in boxes], stops
    )
    found += one_line(lines, notice, end, stops, at_end=True)
    taken = set(found)
    found += [
        index for index in _by_words(lines, range(end, low, -1), skip, removed, at_end=True) if index not in taken
    ]
    if end in found:  # the policy printed last reaches the end line: its closing lines below, with no stop, go too
        found += _closed_below(lines, end, skip, removed)
    if not boxes:
        return found
    found += _after_last_box(lines, boxes[-1], skip, removed)
    patterns = _subject_patterns(notice)  # compiled when a box is there to read
    for k, (first, last) in enumerate(boxes):
        low = boxes[k - 1][1] if k else -1
        high = boxes[k + 1][0] if k + 1 < len(boxes) else len(lines)
        before, after = range(first - 1, low, -1), range(last + 1, high)
        found += _read_beside(lines, before, skip, patterns, outward=-1)
        taken = set(found)
        found += [index for index in _by_words(lines, before, skip, removed, at_end=False) if index not in taken]
        found += _read_beside(lines, after, skip, patterns, outward=1)
        for nearest in (*_near(lines, before, skip, 1), *_near(lines, after, skip, 1)):  # a policy on one line
            found += one_line(lines, notice, nearest, stops, at_end=False)
    return found


def _closed_below(lines: Sequence[str], end: int, skip: Container[int], removed: Container[int]) -> list[int]:
    """The lines below ``end`` (the last that a policy printed last ends on, :func:`_end_line`) that close the policy
    with no stop, where every line with a letter below it that the rules keep is one (at most :data:`CLOSED_LINES`):
    a sign-off naming its signer ("Secretary, on behalf of the committee"), a link to the full terms, a revision stamp
    (:func:`~cleantext.notice_look._closing_alone`); the page's other furniture ("About us") keeps them all.

    >>> _closed_below(["Be kind.", "Posts that insult are removed.", "— The Moderators", "Log In"], 1, set(), {3})
    [2]
    >>> _closed_below(["Be kind.", "Posts that insult are removed.", "— The Moderators", "About us"], 1, set(), ())
    []
    """
    below = [
        index
        for index in range(end + 1, len(lines))
        if index not in removed and index not in skip and _LETTER.search(lines[index])
    ]
    if len(below) > CLOSED_LINES or not all(_closing_alone(lines[index]) for index in below):
        return []
    return below


def _after_last_box(
    lines: Sequence[str], box: tuple[int, int], skip: Container[int], removed: Container[int]
) -> list[int]:
    """The lines of a policy printed after the page's last comment box (``box``: its first and last line), up to the
    page's end, told by its sentences' words (:mod:`cleantext.policy_words`) where no run reads it: the lines after
    the box (not those the rules remove; none of code; at most :data:`FAR_LINES`; some text above the box),
    where two of their sentences longer than a heading, and half of them, score as a policy's, and none reads more as
    an article's than as a policy's (a score below 0). An article's own instructions ("You must not open the door
    while it bakes.") score as a policy's one sentence in two; the readers' comments under a box, or an article
    printed after it, hold sentences that read as an article's.

    >>> lines = ["The reverse migration trend comes just over two weeks before the presidential run-off on Sunday.",
    ...          "(0) comments", "Log In", "Comments that insult other readers will be removed by the moderators.",
    ...          "Please keep your comments civil and on the subject of the story above."]
    >>> _after_last_box(lines, (1, 2), set(), {1, 2})
    [3, 4]
    >>> mayor = "The mayor is expected to sign it next week, and the first buses could run by spring."
    >>> _after_last_box([*lines, mayor], (1, 2), set(), {1, 2})
    []
    """
    first, last = box
    tail = range(last + 1, len(lines))
    if not _text_above(lines, first) or any(k in skip for k in tail):
        return []
    window = [k for k in tail if lines[k].strip() and k not in removed]
    read = _sentences(lines, window) if len(window) <= FAR_LINES else None
    if read is None:
        return []
    scores = _sentence_scores(*read)
    if not _reads_as_policy(scores) or min(scores) < 0:
        return []
    return window


def _text_above(lines: Sequence[str], index: int) -> bool:
    """Whether a line that is not blank stands above line ``index``: a policy read after a box or at the page's end
    needs some text before it, an article it is printed after.

    >>> _text_above(["", "He left.", "Be kind."], 2), _text_above(["", "Be kind."], 1)
    (True, False)
    """
    return any(line.strip() for line in lines[:index])


def _by_words(
    lines: Sequence[str], before: range, skip: set[int], removed: Container[int], *, at_end: bool
) -> list[int]:
    """The lines of a policy printed just before a comment box, or last on the page (``at_end``; ``before``: the
    lines above the box, or from the page's last line that ends a sentence, read back), told by its sentences' words
    (:mod:`cleantext.policy_words`) where no run reads it: of the :data:`NEAR_LINES` lines there (not those the
    rules remove; up to :data:`FAR_LINES` where none of those reads as an article's: a policy longer than they), the
    sentences next to the box or the end, back to the first that reads more as an article's than as a policy's (a
    score below 0; headings pass, and so do questions that begin a line; at the page's end, a dated one too, as a
    page's references and credits are: :func:`~cleantext.notice_dates._dated`), cut back to the first that begins a
    line as a heading, after a list's mark ("1.", "•", "- ", "Rule 1:") or with an item's heading run in ("Campaign
    period — Criticise ...", "Moderation: All posts ...", "NO SPAM Links ...":
    :func:`~cleantext.notice_text._heading_words`), with a question that heads an item ("Can I post a link to my
    shop?": :func:`~cleantext.notice_text._question_heading`), as a hard-wrapped block's first line where they
    mostly speak to the readers (:func:`_opens_wrapped`) or read as rules by their words
    (:func:`_counts_read_as_rules`; printed last, only where no copy of them printed alike went before, a page
    scraped twice: :func:`_printed_once`), as a line that is a policy joined into one paragraph
    (:func:`~cleantext.notice_unmarked._rules_paragraph`), or as the first sentence after the article's last where
    plain rules begin there (:func:`~cleantext.notice_unmarked._plain_rules_from`), and from which two of them longer
    than a heading, and half, score as a policy's. An article's last line above the policy ("Please send your
    photographs ...") may score as a policy's, but begins with no mark and no heading, and scores less than an
    opening: it stays.
    Where no sentence above reads as an article's, nothing bounds the policy, and nothing is taken; nor at the
    page's end where the lines above it are wrapped at its width (:func:`~cleantext.notice_wrapped.wrapped_above`: a
    plain-text page's last paragraph is the writer's). At the page's end, read on every page, the last line's words
    are scored first, up to the line that begins its last sentence where the end is hard-wrapped
    (:func:`_last_sentence`): most pages end on an article's line, and then nothing more is read.

    >>> lines = ["The reverse migration trend comes just over two weeks before the presidential run-off on Sunday.",
    ...          "1. Other Members' Details. Phone numbers shared at practice are for the team list only.",
    ...          "2. Our Word Is Final The committee may close a thread at any time, and will not discuss why.",
    ...          "3. Selling Adverts for tack or horses belong in the sales section, not in the discussion.",
    ...          "(0) comments", "Log In"]
    >>> back = range(3, -1, -1)
    >>> _by_words(lines, back, set(), {4, 5}, at_end=False), _by_words(lines[:4], back, set(), set(), at_end=True)
    ([1, 2, 3], [1, 2, 3])
    """
    near = _near(lines, before, skip)
    window = [k for k in near[::-1] if k not in removed]
    if not window or (at_end and _ends_on_article(lines, window)):  # most pages do
        return []
    taken = _read_by_words(lines, window, at_end=at_end)
    if taken is None and len(near) == NEAR_LINES:  # a policy longer than the lines read: nothing bounds it there
        taken = _read_by_words(
            lines, [k for k in _near(lines, before, skip, FAR_LINES)[::-1] if k not in removed], at_end=at_end
        )
    if not taken:
        return []
    if at_end:
        width = max(len(lines[index].rstrip()) for index in taken)
        if wrapped_above(lines, _near(lines, range(taken[0] - 1, -1, -1), skip, ABOVE_LINES)[::-1], width):
            return []
    return taken


def _read_by_words(lines: Sequence[str], window: list[int], *, at_end: bool) -> list[int] | None:
    """The policy's lines :func:`_by_words` reads in ``window`` (lines in reading order, the box or the page's end
    after the last); None where no sentence there reads as an article's, so nothing bounds the policy in it."""
    read = _sentences(lines, window)
    if read is None:
        return []
    text, words, titles, spans = read

    scores: dict[int, float] = {}
    start = None
    for j in range(len(spans) - 1, -1, -1):
        span = spans[j]
        if not _heading_span(span, titles) and not _question_heading(span, words, text):
            first, last = words[span[0]].start, words[span[-1]].end
            scores[j] = policy_score(text[first:last])
            if scores[j] < 0 or (at_end and _dated(text, first, last)):
                break
        start = j
    else:
        return None  # no sentence above reads as an article's: nothing bounds the policy
    if start is None:  # the sentence next to the box reads as an article's
        return []
    policy = scored = 0
    counted: dict[int, tuple[int, int]] = {}  # from each sentence to the last: how many as a policy's, how many scored
    for j in range(len(spans) - 1, start - 1, -1):
        if j in scores:
            scored += 1
            policy += scores[j] >= POLICY_SCORE
        counted[j] = policy, scored
    for j in range(start, len(spans)):  # the first heading or marked item that begins a line, whence it reads so
        w = spans[j][0]
        if (
            _counts_read_as_policy(*counted[j])
            and _begins_line(words, w)
            and (
                _heading_span(spans[j], titles)
                or _MARKER.match(lines[words[w].lines[0]])
                or _number_words([text[words[k].start : words[k].end] for k in spans[j][:2]])
                or _heading_words(spans[j], words, text)
                or _question_heading(spans[j], words, text)
                or (
                    _opens_wrapped(lines, window, words[w].lines[0])
                    and (
                        _mostly_addressed(text, words, spans[j:])
                        or (
                            _counts_read_as_rules(*counted[j]) and (not at_end or _printed_once(lines, words, spans, j))
                        )
                    )
                )
                or _rules_paragraph(text, words, spans, scores, j)
                or (j == start and _plain_rules_from(text, words, spans, scores, j))
            )
        ):
            break
    else:
        return []
    return _lines_within(words, spans, list(range(j, len(spans))))


def _printed_once(lines: Sequence[str], words: list[_Word], spans: list[range], j: int) -> bool:
    """Whether the lines of the sentences from ``j`` on, read last on the page, were printed once: not twice alike
    (a page scraped twice, whose first copy is its own), as far as the steps before tell (:mod:`cleantext.copies`).
    Not told, they may have been: no."""
    return printed_alike(lines, _lines_within(words, spans, list(range(j, len(spans))))) is False


def _opens_wrapped(lines: Sequence[str], window: list[int], index: int) -> bool:
    """Whether line ``index`` of ``window`` opens a block hard-wrapped at a text's width, after a line that ends a
    sentence: it and the next lines (:data:`~cleantext.notice_wrapped.BLOCK_LINES` in all) are filled at their width
    (:func:`~cleantext.notice_wrapped._wrapped`), :data:`~cleantext.blocks.WRAP_WIDTH` characters or more (a
    table's cells, a word a line, fill none), and all but the last run on into the next (lines a sentence each may
    fill one by chance)."""
    at = window.index(index)
    block = window[at : at + BLOCK_LINES]
    return (
        at > 0
        and len(block) == BLOCK_LINES
        and ends_sentence(lines[window[at - 1]])
        and not any(ends_sentence(lines[k]) for k in block[:-1])
        and max(len(lines[k].rstrip()) for k in block) >= WRAP_WIDTH
        and _wrapped(lines, block)
    )


def _ends_on_article(lines: Sequence[str], window: list[int]) -> bool:
    """Whether the page ends on an article's line (``window``: its last lines in reading order): the last line reads
    more as an article's than as a policy's (a score below 0), and so does the last sentence where the end is
    hard-wrapped (:func:`_last_sentence`: a policy's last line may be a sentence's tail, "is off.")."""
    return policy_score(lines[window[-1]]) < 0 and policy_score(_last_sentence(lines, window)) < 0


def _last_sentence(lines: Sequence[str], window: list[int]) -> str:
    """The text of the last lines of ``window`` (lines in reading order) back to the one that begins the last
    sentence, :data:`WRAPPED_LINES` at most: the last line alone where the line before it ends a sentence (a page
    printed a paragraph a line), more where the page's end is hard-wrapped ("... longer when the boat", "is off.").

    >>> _last_sentence(["He left.", "Be kind to one", "another here.", "No spam."], [0, 1, 2, 3])
    'No spam.'
    >>> _last_sentence(["He left.", "Be kind to one", "another here."], [0, 1, 2])
    'Be kind to one another here.'
    """
    first = len(window) - 1
    while first > 0 and len(window) - first < WRAPPED_LINES and not ends_sentence(lines[window[first - 1]]):
        first -= 1
    return " ".join(lines[index].strip() for index in window[first:])


def _counts_read_as_rules(policy: int, scored: int) -> bool:
    """Whether ``scored`` sentences (those longer than a heading) of which ``policy`` score as a policy's read as one by
    their words alone, though they may not speak to the readers (rules in the third person: "Moderators remove posts
    that ..."): three of them at least, and three in four, score :data:`~cleantext.policy_words.POLICY_SCORE` or more
    (half is enough where the reader is spoken to: :func:`_counts_read_as_policy`). Asked of a hard-wrapped block
    (:func:`_read_by_words`) before the comment box, and at the page's end where no copy of it printed alike went
    before (:func:`_printed_once`: a page scraped twice keeps its first copy).

    >>> _counts_read_as_rules(3, 4), _counts_read_as_rules(2, 4), _counts_read_as_rules(2, 2)
    (True, False, False)
    """
    return policy >= 3 and 4 * policy >= 3 * scored


def _reads_as_policy(scores: list[float]) -> bool:
    """Whether sentences so scored (those longer than a heading) read as a policy's: two of them, and half, score
    :data:`~cleantext.policy_words.POLICY_SCORE` or more.

    >>> _reads_as_policy([6.0, 7.5, 1.0]), _reads_as_policy([6.0, 1.0]), _reads_as_policy([6.0, 7.5, 1.0, 0.5, 2.0])
    (True, False, False)
    """
    return _counts_read_as_policy(sum(score >= POLICY_SCORE for score in scores), len(scores))


def _counts_read_as_policy(policy: int, scored: int) -> bool:
    """Whether ``scored`` sentences of which ``policy`` score as a policy's read as one (:func:`_reads_as_policy`)."""
    return policy >= 2 and 2 * policy >= scored


def _read_beside(lines: Sequence[str], indices: range, skip: set[int], patterns: tuple, *, outward: int) -> list[int]:
    """The policy's lines among the lines of ``indices`` next to a box (``outward`` -1: before it, read back; 1: after
    it): the :data:`NEAR_LINES` nearest first, and where the run reaches their far end (its last sentence there may
    be cut), up to :data:`FAR_LINES` of them: the longer reading where it holds more lines than the nearest's (a
    sentence cut at the nearest's edge may stop it short; the longer may stop at one the nearest did not reach)."""

    def read(window: list[int], partial: bool) -> list[int] | None:
        return _run_lines(lines, window, patterns, outward=outward, partial=partial)

    return _read_further(
        read, _near(lines, indices, skip)[::outward], lambda: _near(lines, indices, skip, FAR_LINES)[::outward]
    )


def _read_further(
    read: Callable[[list[int], bool], list[int] | None], window: list[int], wider: Callable[[], list[int]]
) -> list[int]:
    """What ``read`` (a window of lines in reading order, and whether it is the near end of a longer one: the run's
    ``partial``) finds in ``window``; where the run reaches the far end of a full window (:data:`NEAR_LINES` lines),
    the reading of ``wider()`` (up to :data:`FAR_LINES`) where it holds more lines than ``window``'s own."""
    found = read(window, len(window) == NEAR_LINES)
    if found is not None:
        return found
    near = read(window, False) or []
    far = read(wider(), False) or []
    return far if len(far) > len(near) else near


def _at_end(lines: Sequence[str], end: int, low: int, stops: Container[int], notice: Notice) -> list[int]:
    """The lines of a policy printed last, after the article and any comment box (above ``low``), and before
    the page's last furniture: the run read back from ``end`` (the last line the rules keep that ends a sentence,
    :func:`_end_line`) up to one of ``stops`` (code, a line the rules remove; the notice's phrases compiled only
    when its first look lets the run be read). Where the line that stopped the reading is a title that names a
    policy (the rules removed it: "Join the conversation: our rules"), the lines are read again under it
    (:func:`_title_above`), and that reading is kept where it holds more lines (the rules printed as prose, read
    back from the end, may stop short of the title's sentences). Nothing where no line stands above the run: a page
    that is a policy alone shows no article it is printed after (and a line a later step drops above it, "0", would
    have a second cleaning find what the first kept).

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.topic)
    >>> policy_lines = ["1. Be civil.", "Personal attacks on other readers are removed.", "2. Stay on the story.",
    ...                 "Posts that wander off the subject may be deleted.", "3. No spam.",
    ...                 "Adverts and links to shops are deleted."]
    >>> article = "The council met on Monday and voted to close the bridge for repairs."
    >>> _at_end([article, *policy_lines], 6, -1, set(), policy), _at_end(policy_lines, 5, -1, set(), policy)
    ([1, 2, 3, 4, 5, 6], [])
    """
    before = _near(lines, range(end, low, -1), stops)[::-1]
    found = _read_at_end(lines, before, notice, lambda: _near(lines, range(end, low, -1), stops, FAR_LINES)[::-1])
    title = _title_above(lines, before[0], low) if before else None
    if title is not None:
        under = _read_at_end(lines, [title, *before], notice)
        found = under if len(under) > len(found) else found
    if found and not _text_above(lines, min(found)):
        return []  # no line above the run: nothing tells it is printed after an article (a page of the policy alone)
    return found


def _read_at_end(
    lines: Sequence[str], before: list[int], notice: Notice, further: Callable[[], list[int]] | None = None
) -> list[int]:
    """The policy's lines among ``before``, the lines read back from the page's end (:func:`_at_end`); where the run
    reaches the first of :data:`NEAR_LINES` of them, the lines ``further`` gives (up to :data:`FAR_LINES`) are read,
    their reading kept where it holds more lines (as beside a box: :func:`_read_beside`). None of them where neither
    the run nor ``before`` holds one of the notice's own words (:attr:`~cleantext.shapes.Notice.own_words`): an article's
    last sections that speak to their reader in the topic's words ("users", "report") are no policy. The run stands
    among ``before`` and the lines ``further`` gives: where none of them writes an own word, it is not read.

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.own_words)
    >>> guide = ["Design for people.", "Keep users in mind.", "Users skim.", "Users leave slow apps.",
    ...          "Icons confuse users.", "Test with real users."]
    >>> _read_at_end(guide, list(range(6)), policy)
    []
    """
    last = before[-LAST_LINES:]
    titled = _titled_near(lines, before)
    if not titled and not _first_look(lines, last, notice):
        return []
    owned = not notice.own_words or _writes_own_words(lines, before, notice)  # the run needs none of its own then
    if not owned:
        far = further() if further is not None else []
        if not _writes_own_words(lines, far, notice):
            return []
        further = lambda: far  # noqa: E731 -- read once: the reading further below takes the same lines
    patterns = _subject_patterns(notice)

    def read(window: list[int], partial: bool) -> list[int] | None:
        return _run_lines(
            lines, window, patterns, outward=-1, least=END_SENTENCES, at_end=True, partial=partial, titled=titled
        )

    # the last lines first: an article's ends the run there, most often
    found = read(last, True) if len(last) == LAST_LINES else None
    if found is None:
        # further: a policy hard-wrapped narrowly, whose first sentence is cut in ``before``
        found = (read(before, False) or []) if further is None else _read_further(read, before, further)
    return found if owned or _writes_own_words(lines, found, notice) else []


def _writes_own_words(lines: Sequence[str], read: Iterable[int], notice: Notice) -> bool:
    """Whether one of the ``read`` lines holds a word of ``notice.own_words``.

    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> policy = next(notice for notice in DEFAULT_NOTICES if notice.own_words)
    >>> lines = ["Keep your users in the app.", "Icons confuse users.", "Posts that insult are removed."]
    >>> _writes_own_words(lines, [0, 1], policy), _writes_own_words(lines, [1, 2], policy)
    (False, True)
    """
    return _finds_in_any(_pattern(notice.own_words), [lines[index] for index in set(read)])


def _end_line(lines: Sequence[str], low: int, removed: Container[int]) -> int:
    """The last line above ``low`` a policy printed last may end on: one that is not ``removed``, ends a sentence
    and holds a letter (a line after it that ends none, or has no word, is the page's furniture: "About us", a stray
    "0" or "0."); ``low`` if none. The page's last line with a letter that the rules keep may end on a sign-off or a
    stamp after its last sentence instead (:func:`~cleantext.notice_look._signed_off`); a line above one that ends no
    sentence may not (a hard-wrapped sentence's first words look the same: "... to the police. Moderation times").

    >>> _end_line(["He left.", "Be kind.", "0", "Log In"], -1, {3}), _end_line(["He left.", "Be kind.", "0."], -1, ())
    (1, 1)
    >>> _end_line(["He left.", "Be kind. Posts that insult are removed. — The Editor", "Log In"], -1, {2})
    1
    >>> _end_line(["He left.", "Be kind. Posts that insult are removed. — The Editor", "About us"], -1, ())
    0
    """
    end = len(lines) - 1
    last = True  # no line below with a letter that the rules keep
    while end > low and (
        end in removed
        or not _LETTER.search(lines[end])
        or not (ends_sentence(lines[end]) or (last and _signed_off(lines[end])))
    ):
        last = last and (end in removed or not _LETTER.search(lines[end]))
        end -= 1
    return end


def _near(lines: Sequence[str], indices: range, skip: set[int], most: int = NEAR_LINES) -> list[int]:
    """The first ``most`` non-blank lines of ``indices``, up to a line of ``skip`` (code) or one longer than
    :data:`LONGEST_LINE`.

    >>> _near(["Be kind.", "x" * (LONGEST_LINE + 1), "No spam.", "", "Stay on topic."], range(4, -1, -1), set())
    [4, 2]
    """
    near: list[int] = []
    for index in indices:
        if index in skip or len(lines[index]) > LONGEST_LINE:
            break
        if lines[index].strip():
            near.append(index)
            if len(near) == most:
                break
    return near
