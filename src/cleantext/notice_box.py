"""Notices beside the comment box, or printed last: a policy printed once, in a form no phrase and no first
look knows, is still given away by where it stands; this module reads the lines found there
(:mod:`cleantext.notice_place` says which lines, beside a box or before the page's end).

**Reading.** The lines next to a box (:data:`~cleantext.notice_place.NEAR_LINES` non-blank lines on either side, or
more: :mod:`cleantext.notice_place`) are read as one text and cut into sentences; each is
(:mod:`cleantext.notice_kinds`) a *heading* (four words at most, the first capitalised, with a stop or none, in title
case or capitals, or in sentence case at an item's start, a line's or after its bullet or number; or a list's number:
"1.", "No shouting.", "STICK TO THE STORY.", "Before you post:"; or a line of at most
:data:`~cleantext.notice_text.INTRO_WORDS` words that introduces the list, ending with a colon: "To keep them worth
reading, we ask that you:"), an *item* of at most :data:`~cleantext.notice_shapes.ITEM_WORDS` words ending a sentence,
on the notice's subject or not (or of at most :data:`~cleantext.notice_kinds.LONG_ITEM_WORDS` on the subject, where it
speaks to the readers or states a rule: "you", "we", "Please", "must", "will be removed"), or neither (a longer
sentence, a line that ends none), which ends the run. From the box outward, the run takes each heading and each item on
the subject, and an item off the subject only as an item's sentence (its heading just before it, or one sentence before
that), or inside the run where the sentence after it outward is the policy's (a heading, an item on the subject or
headed: an item's third sentence); an item off the subject without either ends the run (an article's last paragraph;
next to the box or the text's end, a short one is an article's as often as a policy's closing line, and stays). Printed
before the box, a policy begins at a heading or its title, so the run is cut back to its first heading that begins a
line (a short sentence inside an article's paragraph, “People should fact check.”, is no heading there), or to a line
whose sentence or two on the subject, the last speaking to the readers or pointing to the rules ahead, run on into the
list's first mark ("Please read these rules before you post. 1. Be kind. ...": "1.", "(a)", "Rule 1:", the run's first
bullet). Read back (before the box, or printed last), a run with no heading at all has nothing to tell it from the
article's last lines but its sentences: it is cut back to those after its last sentence off the subject, and to its
first that begins a line and is no longer than an item's mean (:data:`~cleantext.notice_twins.MEAN_WORDS` words: “… he
said in a video posted on Friday” is the article's), and half of them must speak to the readers
(:func:`~cleantext.notice_text._mostly_addressed`: “we”, “you”, “Please …”, “Do not …”), as a story on a platform's
rules does not. Or, where that holds fewer, it is the rules printed as prose
(:func:`~cleantext.notice_kinds._rules_in_prose`: half speaking to the readers and two forbidding something, outside
quotation marks), read from its first sentence that begins a line and states a rule
(:func:`~cleantext.notice_kinds._states_rule`), the article's above it left; under a title that names the policy, the
title's reading comes first. The run is the notice when it holds a heading (or is such a run with none), and at least
two sentences longer than a heading, at least two and half of them on the notice's subject (or half its items, where
every item is a heading or a headed sentence with a sentence or two after it on its line: :func:`_headed_items`), none
of them longer than :data:`~cleantext.notice_twins.MEAN_WORDS` words on average once their numbers and headings are left
out (:func:`~cleantext.notice_text._heading_words`: "1. Mind the law: ...") unless every item is so headed or half its
sentences or more are headings or headed (the list shows itself; each sentence is still no longer than an item's). A
sentence that begins with its item's heading (a list's number or bullet, a few capitalised words before a colon or a
dash, two words or more in capitals: "BE CIVIL: ...") is headed, as one after a heading is, and so is the sentence after
it; a template prints every item's heading one way, so an item off the subject headed in none of the ways the run's
nearest heading is ends the run (a letter's "Dear Amy: ..." before a policy of bullets; an item's ways are its mark, a
bullet or a number, and its words' way, and a heading's its mark: a bulleted item with no heading of its own is printed
as the bulleted headings around it), and before the run has seen a heading, so does one whose heading is words, not a
list's mark (a dateline, a salutation). But an item that bears a mark the run's items bear goes on the run, however its
heading's words are printed ("(f) See something wrong?" beyond "(g) Mind your language: ..." and an item's sentence with
a colon); where the run so read is refused, it is read again as the template says. An item's number ("4.", "Rule 4.":
:func:`~cleantext.notice_marks._list_number`) printed as a sentence of its own before it on its line ("4. ASK YOUR VET
Readers' tips ...") is its mark all the same. A bullet is any symbol outside ASCII ("▸", "✓", "■"), or "•", "‣", "⁃",
"·", "*", "+", or a dash that begins a line (:func:`~cleantext.notice_marks._after_line_dash`), or a small "o" standing
alone before a capital (a word processor's list pasted as text); a list's number ends with a stop, a bracket, a colon
("4:") or a slash ("4/"), may be a section's ("4.1"), or a letter (past "h" too) or a small Roman numeral before a
bracket ("b)", "(iv)"), and a capitalised word before it makes one number ("Rule 4:", "Rule #4"). A short line in
sentence case with no stop above a line that begins a sentence is a heading ("Stay on topic",
:func:`~cleantext.notice_marks._heading_lines`), as a line that is a title naming a policy is (a sentence of its own);
and the run keeps the policy's opening line (:mod:`cleantext.notice_titles`). Its lines go as a notice's found by its
phrases (lines every word of which lies in it).

**Printed last.** Where there is no box, or the policy follows it, a site still prints its policy where the comments
are: after the article, last but for the page's furniture. The run is read the same way back from the last line the
rules keep that ends a sentence (one after it that ends none is furniture: "About us", a stray "0";
:func:`~cleantext.notice_place._end_line`), up to a line they remove or the last box, with more asked of it, as
nothing but its place and shape tells it: :data:`END_SENTENCES` sentences at least, the last one on the subject or
headed (not an article's last sentence after a heading-like short one; a numbered or bulleted item's second sentence
on its mark's line may be), and no year in any but when it was last revised (:func:`~cleantext.notice_dates._dated`: a
page's text ends as often with its references, credits or copyright lines, all dated). Its place being evidence, it is
looked for whether or not the page names the notice's subject (a policy that says "post" and "contribution", never
"comment"), after a first look at the last lines (their last sentence ends, is no longer than an item's, and holds a
word of the subject or begins with a heading's mark; or one of the lines is a list's item after its mark), and on the
last :data:`~cleantext.notice_look.LAST_LINES` lines before the rest. Here as beside the box, a rule's words count as
the subject (:attr:`~cleantext.shapes.Notice.rule_words`: "must", "do not"), the run holding two items that name the
subject itself (an article's closing instructions name none); it may end on the policy's closing line after its last
item ("Thank you for helping keep this a friendly place.", "Write to the editor.") or a last sentence off the subject
that speaks to the readers or states a rule ("Tell us about a mistake and we'll fix it."), or a revision stamp
("Adopted by the trustees, 9 November 2023."), passed over by the reading and removed with the run
(:func:`~cleantext.notice_look._closes`); so is a closing line printed with no stop, a sign-off, a link to the full
terms or a stamp (:func:`~cleantext.notice_look._closing_alone`: "— The Moderators", "Version 3, agreed January
2025"), and such lines below the page's last sentence go with a policy read to it
(:func:`~cleantext.notice_place._closed_below`). A policy printed before the box may end so next to the box, and the
reading back from the box passes over that line the same way, and over one or two more before it that close it too
where together they begin a line ("Have a story for us? Send it to news@... . Tight lines, and thanks for reading.":
:data:`CLOSING_SENTENCES`).

**Under its title.** A policy under a title that names it ("Discussion rules", "Before you post") is told by its
title where no subject tells it, beside the box or printed last (:mod:`cleantext.notice_titles`).

**Hard-wrapped.** At the page's end and on either side of each box, a block the box's template hard-wrapped after
an article printed a paragraph a line is read too (:mod:`cleantext.notice_wrapped`).

Run by :func:`cleantext.notice_place._by_place`, for a notice with a topic.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .blocks import ends_sentence
from .notice_dates import _dated
from .notice_kinds import _headed, _introduces, _kind, _rules_in_prose, _states_rule
from .notice_look import _closes, _closing_alone, _stamp
from .notice_marks import (
    _HEADING,
    _MARKS,
    _NUMBER,
    _bullet,
    _first_mark,
    _heading_lines,
    _heading_styles,
    _list_number,
    _listed,
    _numbers_item,
)
from .notice_shapes import ITEM_WORDS, _named, _spans, _title_lines, on_subject_enough
from .notice_text import (
    HEADING_WORDS,
    _begins_line,
    _heading_words,
    _lines_within,
    _mostly_addressed,
    _numbered,
    _readable_words,
    _unwrap,
)
from .notice_titles import (
    _POINTS_AHEAD,
    _heads_alone,
    _opening,
    _opens_by_words,
    _policy_titles,
    _titled_run,
)
from .notice_twins import MEAN_WORDS, short_items
from .policy_words import policy_score

if TYPE_CHECKING:
    from .notice_text import _Word

__all__: list[str] = []  # nothing public: :mod:`cleantext.notice_place` reads a policy's run through ``_run_lines``

#: The most words a policy's items under its title hold on average (:func:`~cleantext.notice_titles._titled_run`).
TITLED_WORDS = MEAN_WORDS + 2
#: The most sentences an item holds (an article's paragraph under its section's heading holds more): where each of
#: the run's items holds no more, half of its items on the subject is enough, as half its sentences is.
ITEM_SENTENCES = 2
#: The most sentences of a policy's closing lines after its last item, read back: thanks, a sign-off, whom to write to.
CLOSING_SENTENCES = 3
#: The fewest sentences (not headings) of a policy read at the document's end, where no box stands beside it.
END_SENTENCES = 3


def _run_lines(
    lines: Sequence[str],
    window: list[int],
    patterns: tuple,
    *,
    outward: int,
    least: int = 2,
    at_end: bool = False,
    partial: bool = False,
    titled: bool = True,
) -> list[int] | None:
    """The lines of the notice's run in ``window`` (:func:`_read_run`). Beside the box, the reading passes over an
    item off the subject inside the policy, or next to the box after it (``through_off``), where the policy's
    sentences go on beyond it; when it passed over one, the run is read again without, and that reading is taken
    where the first is refused or reads less. At the document's end, where no box tells that readers comment, nothing
    is passed over. An item that bears the run's marks goes on it though its heading is printed otherwise
    (``by_marks``); where the run so read is refused, it is read again as the nearest heading's way says. The
    sentences' kinds read their words' scores (:mod:`cleantext.policy_words`); where the run is refused and a score
    changed a sentence's kind, it is read again by the words alone. The window is unwrapped once for every reading."""
    sentences = _sentences(lines, window)  # read once for every reading below
    if sentences is None:  # no word: no run
        return []
    options = {"outward": outward, "least": least, "at_end": at_end, "partial": partial, "titled": titled}
    options["sentences"] = sentences
    flips: list[range] = []
    found = _read_lines(lines, window, patterns, {**options, "flips": flips})
    if found == [] and flips:  # refused where the sentences' scores read them otherwise: read as the words say
        found = _read_lines(lines, window, patterns, {**options, "scored": False})
    return found


def _read_lines(lines: Sequence[str], window: list[int], patterns: tuple, options: dict[str, Any]) -> list[int] | None:
    """:func:`_run_lines`' reading, with ``options`` for :func:`_read_run` (nothing is passed over at the end)."""
    through_off = not options["at_end"]
    found, passed, by_marks = _read_run(lines, window, patterns, through_off=through_off, by_marks=True, **options)
    if by_marks and found == []:  # read on past a heading printed another way, and refused: read as the template says
        found, passed, _ = _read_run(lines, window, patterns, through_off=through_off, by_marks=False, **options)
        by_marks = False
    if not passed:
        return found
    strict, _, _ = _read_run(lines, window, patterns, through_off=False, by_marks=by_marks, **options)
    if found is None or (found and len(found) >= len(strict or ())):
        return found
    return strict


def _sentences(lines: Sequence[str], window: list[int]) -> tuple[str, list[_Word], dict[int, int], list[range]] | None:
    """The window's lines read as a run reads them: unwrapped into one text, its readable words, the lines that are
    headings or titles (first word -> last), and its sentences (each its words' indices); None when it has no word."""
    if not window:
        return None
    text, words = _unwrap(lines, window)
    words = _readable_words(text, words)
    if not words:
        return None
    titles = {
        **_heading_lines(words, text),
        **_title_lines(words, text),
        **_listed(lines, window, words, text),
        **_policy_titles(words, text),
    }
    return text, words, titles, _spans(text, words, titles)


def _heading_span(span: range, titles: dict[int, int]) -> bool:
    """Whether the sentence ``span`` (its words' indices) is a heading the words' score does not read: no longer than a
    heading, or a line read as a title (``titles``: first word -> last, :func:`_sentences`)."""
    return len(span) <= HEADING_WORDS or titles.get(span[0]) == span[-1]


def _sentence_scores(text: str, words: list[_Word], titles: dict[int, int], spans: list[range]) -> list[float]:
    """The words' scores (:func:`~cleantext.policy_words.policy_score`) of the sentences ``spans`` that are no heading
    (:func:`_heading_span`), as :func:`_sentences` reads a window."""
    return [
        policy_score(text[words[span[0]].start : words[span[-1]].end])
        for span in spans
        if not _heading_span(span, titles)
    ]


def _read_run(
    lines: Sequence[str],
    window: list[int],
    patterns: tuple,
    *,
    outward: int,
    least: int,
    at_end: bool,
    partial: bool,
    titled: bool,
    through_off: bool,
    by_marks: bool,
    scored: bool = True,
    flips: list[range] | None = None,
    sentences: tuple[str, list[_Word], dict[int, int], list[range]] | None = None,
) -> tuple[list[int] | None, bool, bool]:
    """The lines of the notice's run in ``window`` (in reading order), read from the box's side: its end
    (``outward`` -1, the box after it) or its start (1, the box before it); ``least``: the fewest sentences
    it holds. ``at_end``: read from the document's end, where no box tells that readers comment: there the
    last sentence is one of the policy's (on its subject or headed), not an item's second sentence, and a
    sentence that holds a year ends the run (a page's text ends with its references, credits or copyright
    lines, all dated, as often as with its comment policy, which is not but for when it was last revised:
    :func:`~cleantext.notice_dates._dated`). ``partial``: the window is the near end
    of a longer one (read back, ``outward`` -1, its end; read on, 1, its start); None when the run comes within three
    sentences of its far end, where the longer window's sentences may differ (its first or last may be cut), else
    what the longer one gives.
    ``titled``: whether a policy under its title may stand in the window (:func:`_titled_run`; printed last, a
    title near the end: :func:`_titled_near`). Each sentence is judged when the run reaches it.
    ``through_off``: whether an item off the subject with no heading is passed over where the policy goes on beyond
    it (:func:`bridged`); with the lines, whether one was. ``by_marks``: whether an item printed with a mark the run's
    items are printed with goes on the run though its heading is printed otherwise than the nearest's ("(f) See
    something wrong?" beyond "(g) Mind your language: ..." and an item's sentence with a colon); with the lines and
    whether one was passed over, whether one was. ``scored``, ``flips``: as :func:`~cleantext.notice_kinds._kind`
    reads them; ``sentences``: the window already unwrapped (:func:`_sentences`). Read back, a run that shows a
    heading's mark, none beginning a line and no heading standing alone, holds its marks inside its sentences ("Full
    rules: see ...", run-in headings hard-wrapped mid-line): it is read as plain sentences. A headed run keeps the
    sentences above its first heading, each on the subject, where together they open the policy by their words
    (:func:`~cleantext.notice_titles._opens_by_words`: its opening, an item printed with no heading)."""
    read = sentences or _sentences(lines, window)
    if read is None:
        return [], False, False
    text, words, titles, spans = read
    kinds: dict[int, str] = {}
    styles: dict[int, frozenset[str]] = {}

    def kind_of(j: int) -> str:
        if j not in kinds:
            kinds[j] = _kind(spans[j], words, text, titles, patterns, scored=scored, flips=flips)
        return kinds[j]

    def style_of(j: int) -> frozenset[str]:
        if j not in styles:
            found = _heading_styles(spans[j], words, text)
            if kind_of(j) == "heading":
                found = (found & _MARKS) | _HEADING  # a heading's own words
                if _list_number(spans[j], words, text):
                    found |= _NUMBER  # "Rule 5."
            elif j and _numbers_item(spans[j - 1], spans[j][0], words, text):
                found |= _NUMBER  # its number, a sentence of its own before it: "5. ASK YOUR VET Readers' tips ..."
            styles[j] = found
        return styles[j]

    def said(j: int) -> str:
        return text[words[spans[j][0]].start : words[spans[j][-1]].end]

    def heads_nothing(j: int) -> bool:  # a heading just before another: no item of its own ("He left.")
        span = spans[j]
        return (
            j + 1 < len(spans)
            and kind_of(j + 1) == "heading"
            and titles.get(span[0]) is None
            and not _numbered(text[words[span[0]].start : words[span[0]].end])
            and not _introduces(span, words, text)
        )

    def opens_list(j: int) -> bool:  # "Please read these rules before you post. 1. Be kind. ..." on one line
        """Whether the sentence ``j`` begins a line that opens the run's list: one sentence or two on the subject, each
        as short as an item, then on the same line the list's first mark ("1.", "(a)", a bullet), all in the run."""
        for m in (j + 1, j + 2):
            if m >= len(spans) or _begins_line(words, spans[m][0]) or m not in run:
                return False
            if style_of(m) & _MARKS and _first_mark(spans[m], words, text):
                before = text[words[spans[read[0]][0]].start : words[spans[m][0]].start].rstrip()
                return (
                    _begins_line(words, spans[j][0])
                    and not any(map(_bullet, before[:-1]))  # a bullet's list: the first bullet the run holds
                    and all(kind_of(k) in ("on", "heading") and len(spans[k]) <= ITEM_WORDS for k in range(j, m))
                    and (
                        kind_of(m - 1) == "heading"
                        or _mostly_addressed(text, words, [spans[m - 1]])
                        or _POINTS_AHEAD.search(said(m - 1)) is not None
                    )
                )
        return False

    def _marked_before(j: int) -> bool:  # the sentence before, on its line, follows a list's mark: "(3) Be fair. ..."
        return j > 0 and bool(style_of(j - 1) & _MARKS) and not _begins_line(words, spans[j][0])

    def policys(k: int) -> bool:  # a heading, or an item on the subject or headed
        return 0 <= k < len(spans) and (
            kind_of(k) in ("heading", "on") or (kind_of(k) == "off" and _headed(kind_of, style_of, k))
        )

    def bridged(j: int) -> bool:
        """Whether the item ``j`` off the subject, with no heading near it, is the policy's all the same: it stands
        inside the run, and the next sentence outward is the policy's. Next to the box or the text's end, such a
        sentence is the article's as often as a closing line. ``through_off``, an item's two sentences off the
        subject inside the run, or one next to the box after it (the article stands before the box), are passed over
        where the next two sentences outward are the policy's: a policy's item on safety, corrections or a club's own
        affairs names no subject, and an article's last sentences seldom stand between two of a policy's."""
        k = j + outward
        if not run:  # after the box only: before it, the sentence next to it is as often an article's last
            far = through_off and outward > 0 and policys(k) and policys(k + outward)
        elif policys(k):
            return True
        else:
            far = (
                through_off
                and 0 <= k < len(spans)
                and kind_of(k) == "off"
                and not style_of(k)
                and policys(k + outward)
                and policys(k + 2 * outward)
            )
        if far:
            passed.append(j)
        return far

    order = range(len(spans) - 1, -1, -1) if outward < 0 else range(len(spans))
    run: list[int] = []
    nearest: frozenset[str] = frozenset()  # the ways the run's nearest heading is printed
    marked: frozenset[str] = frozenset()  # the marks the run's items are printed with
    extended = False  # whether the run went on past a heading printed otherwise, by its mark
    stopped = -1
    closing: list[int] = []  # read back, the policy's closing lines after its last item, passed over
    for j in order if outward < 0 else ():  # the sentence next to the box or the page's end ("Thank you for ..."),
        if len(closing) == CLOSING_SENTENCES or style_of(j):
            break  # and before it sentences that close it too ("Have a story? Email ...")
        if not (
            _closes(said(j))
            if kind_of(j) == "off"
            else kind_of(j) == "" and (_stamp(said(j)) or _closing_alone(said(j)))
        ):
            break  # a stamp, a link or a sign-off printed with no stop ends no sentence: "— The Moderators"
        closing.append(j)
    while len(closing) > 1 and not _begins_line(words, spans[closing[-1]][0]):
        closing.pop()  # beyond the nearest, they begin a line
    passed: list[int] = []  # ``through_off``: the items off the subject passed over
    for j in order:
        kind = kind_of(j)
        if j in closing:
            continue
        if at_end and (
            _dated(text, words[spans[j][0]].start, words[spans[j][-1]].end)
            or (not run and kind == "off" and not style_of(j) and not _marked_before(j))
        ):
            stopped = j
            break
        if kind == "" or (kind == "off" and not _headed(kind_of, style_of, j) and not bridged(j)):
            stopped = j
            break
        if (
            kind == "off"
            and style_of(j)
            and run
            and not style_of(j) & nearest
            and (nearest or (at_end and not style_of(j) & _MARKS))
        ):
            if not (by_marks and style_of(j) & marked):
                stopped = j
                break  # a template prints every item's heading one way: another way is another text's ("Dear Amy: ...")
            extended = True  # but a list's items keep their marks
        run.append(j)
        nearest = style_of(j) or nearest
        marked |= style_of(j) & _MARKS
    if partial and (stopped < 3 if outward < 0 else stopped < 0 or stopped >= len(spans) - 3):
        return None, bool(passed), extended
    run.sort()

    def under_title() -> list[int] | None:
        """The lines of a policy under its title (:func:`_titled_run`): ``[]`` when there is none, None when the
        window ran out before one."""
        under = _titled_run(text, words, spans, order, kind_of, outward=outward, at_end=at_end) if titled else []
        if under is None:
            return None
        said = [j for j in under if kind_of(j) != "heading"]
        # a title on a line of its own, printed last: the policy's as a box beside it would say
        fewest = 2 if at_end and under and _heads_alone(words, spans[under[0]], kind_of(under[0])) else least
        if len(said) < fewest or not short_items(
            [len(spans[j]) - _heading_words(spans[j], words, text) for j in said], TITLED_WORDS
        ):
            return []
        return _lines_within(words, spans, under)

    plain = outward < 0 and not any(style_of(j) for j in run)  # read back, no heading at all
    if not plain and outward < 0:  # before the box: the policy begins a line with its title or a heading over an item
        read = list(run)
        while run and not (
            (style_of(run[0]) and _begins_line(words, spans[run[0]][0]) and not heads_nothing(run[0]))
            or opens_list(run[0])
        ):
            run.pop(0)
        if not run and not any(kind_of(j) == "heading" for j in read):  # no heading begins it, none stands alone:
            run, plain = read, True  # its marks are inside its sentences ("Full rules: see ..."), read as plain ones
        elif run and run[0] != read[0]:
            # above its first heading, sentences on its subject that open it by their words, as an opening line above
            # a run found does (not an article's ask)
            above = read[: read.index(run[0])]
            if _begins_line(words, spans[above[0]][0]) and all(kind_of(j) == "on" for j in above):
                opening = text[words[spans[above[0]][0]].start : words[spans[above[-1]][-1]].end]
                if _opens_by_words(opening):
                    run[:0] = above
    prose = False
    if plain:  # each sentence on the subject, the first beginning a line and no longer than an item's mean
        ruled = list(run)  # or the rules printed as prose, from the first sentence that begins a line and states one
        off = [j for j in run if kind_of(j) != "on"]
        if through_off:  # an item off the subject, two sentences on it beyond: the nearest off it without ends it
            ons = {j for j in run if kind_of(j) == "on"}
            off = [j for j in off if not ({j - 1, j - 2} <= ons or (j - 1 in run and {j - 2, j - 3} <= ons))]
            passed.extend(j for j in run if j not in ons and not (off and j <= off[-1]))
        if off:  # no bridge
            run = [j for j in run if j > off[-1]]
        while run and (not _begins_line(words, spans[run[0]][0]) or len(spans[run[0]]) > MEAN_WORDS):
            run.pop(0)
        if not _mostly_addressed(text, words, [spans[j] for j in run]):  # as no story on a platform's rules does
            run = []
        while ruled and not (_begins_line(words, spans[ruled[0]][0]) and _states_rule(said(ruled[0]))):
            ruled.pop(0)
        if len(ruled) > len(run) and _rules_in_prose(
            text, words, [spans[j] for j in ruled], [kind_of(j) for j in ruled], patterns
        ):
            run, prose = ruled, True
    said = [j for j in run if kind_of(j) != "heading"]
    on_subject = {j for j in said if kind_of(j) == "on"}
    named = {j for j in on_subject if _named(text, words, spans[j][0], spans[j][-1], patterns)}
    items = _headed_items(run, kind_of, style_of, words, spans)
    if items and max(map(len, items)) > ITEM_SENTENCES:
        items = None  # an item is a heading and a sentence or two
    if (
        len(said) < least
        or not (
            on_subject_enough(len(on_subject), len(said), len(named))
            or (
                items is not None
                and on_subject_enough(
                    sum(1 for item in items if on_subject.intersection(item)),
                    len(items),
                    sum(1 for item in items if named.intersection(item)),
                )
            )
        )
        or (
            items is None  # every item headed, or half the sentences: the list shows itself
            and not prose
            and 2 * sum(1 for j in run if style_of(j)) < len(said)  # a heading's style is never empty
            and not short_items([len(spans[j]) - _heading_words(spans[j], words, text) for j in said])
        )
    ):
        found = under_title()
        return ((None if partial else []) if found is None else found), bool(passed), extended
    if plain:  # a title above the sentences tells the policy whole, its sentences off the subject too
        found = under_title()
        if found:
            return found, bool(passed), extended
    if outward < 0 and run:
        run[:0] = _opening(text, words, spans, run[0], patterns, lambda j: bool(style_of(j)) or kind_of(j) == "heading")
    return _lines_within(words, spans, run + closing if run else run), bool(passed), extended


def _headed_items(
    run: list[int],
    kind_of: Callable[[int], str],
    style_of: Callable[[int], frozenset[str]],
    words: list[_Word],
    spans: list[range],
) -> list[list[int]] | None:
    """The run's sentences (``run``, in reading order) grouped by item when every item is headed, else None: an item
    begins at a heading or a headed sentence, and holds the sentence after its heading and those that follow it on
    the same line ("Rule 4. Don't speculate: Crews read these pages. Share only what is confirmed."); a sentence on a
    line of its own with no heading of its own begins no item (a policy printed a sentence a line tells no item's
    second sentence from the next item; an article's paragraph goes on under its section's heading), but first or
    last in the run it is the policy's opening or closing line, no item ("Read our full terms at the link below.");
    None too when the run holds no item."""
    items: list[list[int]] = []
    for n, j in enumerate(run):
        if kind_of(j) == "heading":
            items.append([])
            continue
        if style_of(j):
            items.append([j])
        elif items and (not _begins_line(words, spans[j][0]) or not items[-1]):
            items[-1].append(j)
        elif n not in (0, len(run) - 1):  # first or last, it is the policy's opening or closing line
            return None
    return [item for item in items if item] or None


def _opening_above(lines: Sequence[str], above: int, first: int, patterns: tuple) -> bool:
    """Whether the line ``above`` is the opening line of a policy whose first line, ``first``, is found, whichever
    reading found it (its phrases, its shape, its place): the two lines read as a run is, ``above`` is the line
    :func:`~cleantext.notice_titles._opening` keeps before the policy's first heading, and it begins a sentence (the
    line before it ends one, or ends on a colon): a hard-wrapped line's end is no opening.

    >>> from cleantext.notice_shapes import _subject_patterns
    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> patterns = _subject_patterns(next(notice for notice in DEFAULT_NOTICES if notice.topic))
    >>> lines = ["He left.", "We welcome your comments, but please follow these rules.", "Write Clearly."]
    >>> _opening_above(lines, 1, 2, patterns), _opening_above(["He left.", "He came back.", "Write Clearly."], 1, 2, patterns)
    (True, False)
    >>> _opening_above(["The club posts its fixtures on", "this board every week.", "Write Clearly."], 1, 2, patterns)
    False
    >>> _opening_above(["The club posts its fixtures.", "This board is run by volunteers.", "Write Clearly."], 1, 2, patterns)
    True
    """
    before = next((index for index in range(above - 1, -1, -1) if lines[index].strip()), None)
    if before is not None and not (ends_sentence(lines[before]) or lines[before].rstrip().endswith(":")):
        return False  # the line before ends no sentence, nor a clause that introduces a block ("Follow us on:")
    read = _sentences(lines, [above, first])
    if read is None:
        return False
    text, words, titles, spans = read
    start = next((k for k, span in enumerate(spans) if first in words[span[0]].lines), 0)

    def headed(k: int) -> bool:
        return (
            bool(_heading_styles(spans[k], words, text)) or _kind(spans[k], words, text, titles, patterns) == "heading"
        )

    opening = _opening(text, words, spans, start, patterns, headed) if start else []
    return _lines_within(words, spans, opening) == [above]
