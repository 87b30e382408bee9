"""Keep the article: the rules annotate every line, a learned score weighs each paragraph, one decision follows.

The rule steps (:func:`~cleantext.drop_duplicates`, :func:`~cleantext.strip_chrome`,
:func:`~cleantext.strip_boilerplate`) run first, in that order, as *annotators*: what each would
remove, and why, is recorded by line, nothing is dropped yet. A logistic model trained on real pages
the rules were not written from (:mod:`cleantext.features`: shape, words, the chrome rule's label)
then gives each paragraph the probability that it is article text. The decision, per paragraph:

- a near-certain rule (:data:`CERTAIN`: a second copy of repeated text, a comment counter, the
  comment policy) removes its lines whatever the score;
- a paragraph every line of which a rule would remove goes, unless the model is sure it is article
  text (probability at least ``keep_above``): the rule is overruled; and between two article anchors
  the decision keeps, what only the structure rules would remove stays when no other rule, nor the
  model alone, removes a line there (an article is printed in one piece), but for the labels it prints
  once a section ("Pros:", "Cons:"; they still go);
- on a listing page, what the structure rules remove of the page's main list of records, and the repeated
  labels marking them, stays (:mod:`cleantext.listings`: the list outweighs what the rules keep outside it);
- on a forum page, where the article the structure rules find is one post of a thread, the other posts'
  prose and short posts they cut off stay (:mod:`cleantext.forums`);
- in a text the reading keeps most of, prose that only ``outside-article`` removes stays where it writes the words of
  what is kept: the article going on past a widget printed inside it (:mod:`cleantext.cohesion`);
- a paragraph no rule touches stays, unless it lies outside the span from the first to the last
  article sentence and the model is sure it is not article text (probability below
  ``remove_below``); the model alone never empties a text: when its removals would leave no line, they are undone;
  nor does it remove an article's list of its sources that the rules keep (:func:`article_sources`: the structure
  rules grow the article over it, :mod:`cleantext.structure`);
- anything else is as the rules decided.

Both thresholds were chosen on cross-validation on sources the model never trained on, for article
text kept first (see ``decision.provenance.json`` next to the model file). When unsure, the rules
decide; they in turn keep a line when unsure. Two more, off by default (tried, not adopted:
``docs/quality/decision_rounds.md``): ``remove_inside``, under which the model also removes a paragraph no rule
touches inside the span that does not anchor it, and ``keep_structure``, from which it keeps a
paragraph that is not a sentence and that only the structure rules (:data:`STRUCTURE`) would remove.

Idempotence: the score is local (it reads one paragraph and the chrome label of its lines), so
removing other lines does not move it; the rules' annotations are those of steps that are
idempotent themselves. After a reading in which the model changed what the rules decided, or in
which a paragraph lost some of its lines (what is left is a paragraph not scored yet), the step
reads its output once more and removes what that reading removes, until a reading removes nothing.
So it does when a rule run after the chrome step removes the sentence from which that step read a policy
printed last (or a line of the four it looked at first there), and the lines left last may end one
(:func:`~cleantext.annotate.moves_notice_end`): the chrome step finds such a policy only once the lines after it
are gone (8 of the 1,385 texts of `bench_speed`'s corpora); and when a reading removes one of the text's last
:data:`~cleantext.notice_place.NEAR_LINES` lines that are not blank (:func:`_removes_near_end`): the chrome step reads
a policy printed last back from the end through those lines and stops at the lines the rules remove, so with them gone
it may read further up. Most texts take one or two readings; a cap of four
left a listing page whose list shrank at every reading (its records' distances moved as their chrome
went) short of that point, and no view of the training pages takes more than seven. The cap,
:data:`MAX_READINGS`, keeps the cost linear on any input: a text still changing after it is returned
as it stands (cleaning it again may remove more). A reading that changed nothing the rules decided, cut no
paragraph and removed none of the text's last lines is the last, though its removals may let a next one find more:
on 1 of the 10,219 training pages and realtext_dev texts a second ``clean`` removes more chrome, a page whose list of
other titles shrinks at every reading up to the cap (`bench/check_idempotence.py`); reading every output once more
would add a reading to every text with a removal (3 to 16 % of ``clean``'s time on `bench_speed`'s corpora).

The annotations are made in :mod:`cleantext.annotate`, the model file is read in :mod:`cleantext.decision_model`;
this module decides. Their names used here stay importable from it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from itertools import filterfalse, pairwise
from typing import overload

from .annotate import (
    ANNOTATORS,
    SHARED_LINES,
    STRUCTURE,
    Reading,
    annotate_lines,
    is_cut_off,
    is_repeated_label,
    is_structure,
    moves_notice_end,
    read_paragraphs,
    readings_of,
    shared_statements,
)
from .blocks import Paragraph, ends_sentence, kept_paragraphs, names_sources, paragraphs, source_list
from .chrome import KEPT_ROOM, labels_kept
from .codeblocks import kept_statements
from .cohesion import kept_words, mostly_kept, shares_words
from .copies import copies_told
from .decision_model import DecisionModel, load_model
from .duplicates import held_words, remember_words
from .features import ParagraphFeatures
from .forums import thread_keeps, thread_posts
from .listings import Places, item_lists, list_keeps, marker_places
from .model import Edit, Outcome, register_step, split_lines
from .notice_place import NEAR_LINES
from .options import DecisionOptions
from .pipeline import Pipeline

__all__ = [
    "ANNOTATORS",
    "CERTAIN",
    "MAX_READINGS",
    "SENTENCE_WORDS",
    "SHARED_LINES",
    "STRUCTURE",
    "DecisionModel",
    "Reading",
    "anchors_article",
    "article_sources",
    "gap_weight",
    "is_structure",
    "keep_article",
    "load_model",
    "read_paragraphs",
]

#: Rule decisions trusted without a score: ``(step, reason)``.
CERTAIN = frozenset(
    {
        ("drop_duplicates", "duplicate"),
        ("drop_duplicates", "comment-policy"),  # the policy printed twice: its first copy (cleantext.notice_twins)
        ("drop_duplicates", "printed-twice-at-end"),  # the page's last text printed twice: both copies (the same)
        ("strip_chrome", "comment-counter"),
        ("strip_chrome", "comment-policy"),
    }
)
#: An article paragraph this long that ends a sentence is an article sentence (an anchor of the article's span).
SENTENCE_WORDS = 8
#: How many times the step reads its own output at most (a reading that removes nothing ends it sooner).
MAX_READINGS = 16
_DEFAULT = DecisionOptions()  # the step's options and their defaults: cleantext.options
_DEFAULT_THRESHOLDS = (_DEFAULT.remove_below, _DEFAULT.keep_above, _DEFAULT.remove_inside, _DEFAULT.keep_structure)
#: An article of five paragraphs, for the examples.
_EXAMPLE = (
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "Supporters said the plan would cut commute times across the region by a fifth, officials said.",
    "Opponents argued that the fare increase would fall hardest on low-income riders and students.",
    "The budget includes money for twelve new electric buses and a second line to the airport.",
    "The mayor, who had campaigned on the plan, called the vote a turning point for the city.",
)


class _Decided(Sequence[Edit]):
    """The edits of :func:`decide_article`, made (each read through its reading's lines and the lines
    kept before it, then sorted) only when somebody reads them: ``clean()`` reads none, and a page
    loses thousands of lines."""

    __slots__ = ("_made", "_readings")

    def __init__(self) -> None:
        self._readings: list[tuple[Sequence[str], Mapping[int, Edit], Sequence[int]]] = []
        self._made: list[Edit] | None = None

    def add(self, view: Sequence[str], found: Mapping[int, Edit], kept: Sequence[int]) -> None:
        """One reading's removals (``found``, by line of ``view``, whose lines are ``kept``)."""
        self._readings.append((view, found, kept))

    def _edits(self) -> list[Edit]:
        if self._made is None:
            self._made = sorted(
                edit._replace(before=view[index]).moved(kept)
                for view, found, kept in self._readings
                for index, edit in found.items()
            )
            self._readings = []
        return self._made

    def __len__(self) -> int:
        if self._made is None:
            return sum(len(found) for _, found, _ in self._readings)
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> Edit: ...
    @overload
    def __getitem__(self, index: slice) -> list[Edit]: ...
    def __getitem__(self, index: int | slice) -> Edit | list[Edit]:
        return self._edits()[index]

    def __iter__(self) -> Iterator[Edit]:
        return iter(self._edits())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return self._edits() == list(other)

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list

    def __repr__(self) -> str:
        return f"{self._edits()!r}"


def _reason(
    model: DecisionModel, probability: float, threshold: float, features: ParagraphFeatures, where: str = ""
) -> str:
    shown = ", ".join(f"{name} {weight:+.1f}" for name, weight in model.strongest(features))
    return f"model {probability:.2f} < {threshold:.2f}{where}: {shown}"


def _is_certain(edit: Edit) -> bool:
    return (edit.step, edit.reason) in CERTAIN


def _is_sentence(paragraph: Paragraph) -> bool:
    return paragraph.words >= SENTENCE_WORDS and ends_sentence(paragraph.text)


def anchors_article(paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` can anchor the article's span: a sentence (8 words or more, ending one), or
    one that announces what follows ("… the developer explained:"), after which the article goes on.

    >>> from cleantext.blocks import paragraphs
    >>> [anchors_article(p) for p in paragraphs(["The fix took a few lines, the developer explained:", "", "Log In"])]
    [True, False]
    """
    return _is_sentence(paragraph) or (paragraph.words >= SENTENCE_WORDS and paragraph.text.rstrip().endswith(":"))


def _is_anchor(reading: Reading) -> bool:
    """An article anchor (:func:`anchors_article`) the rules keep (whole or in part)."""
    paragraph = reading.paragraph
    if paragraph.words < SENTENCE_WORDS:  # no anchor (most of a page's chrome): settled before the annotations
        return False
    ruled = reading.ruled
    if ruled and (len(ruled) == paragraph.last - paragraph.first + 1 or any(map(_is_certain, ruled.values()))):
        return False
    return anchors_article(paragraph)


def _article_span(readings: Sequence[Reading]) -> range:
    """The paragraphs from the first to the last article anchor the rules keep (whole or in part).

    A sentence that announces what follows (ends with ":") is an anchor: what it announces (a
    quotation, a list, a code sample) is the article's.
    """
    first = next((k for k, reading in enumerate(readings) if _is_anchor(reading)), None)
    if first is None:
        return range(0)
    last = next(k for k in range(len(readings) - 1, first - 1, -1) if _is_anchor(readings[k]))
    return range(first, last + 1)


def article_sources(readings: Sequence[Reading]) -> set[int]:
    """The paragraphs of an article's list of its sources that no rule removes a line of: a heading that names them
    (:func:`cleantext.blocks.names_sources`) and the entries under it (:func:`cleantext.blocks.cites`), as
    :func:`cleantext.strip_boilerplate` recognises them when it grows the article over them. The model alone does not
    remove them: the span of article anchors ends at the article's last sentence, before its sources.

    >>> text = [*_EXAMPLE, "Sources:", "https://example.gov/budget.pdf", "Council minutes, June 12, 2026", "Contact"]
    >>> sorted(article_sources(read_paragraphs(text)))
    [5, 6, 7]
    """
    out: set[int] = set()
    # The headings (most texts have none): a paragraph of more words, most of them, is settled before the test.
    headings = [k for k, (paragraph, _) in enumerate(readings) if paragraph.words <= 4 and names_sources(paragraph)]
    if not headings:
        return out
    found = [reading.paragraph for reading in readings]
    end = 0
    for k in headings:
        if k < end:  # an entry of the list before
            continue
        listed = source_list(found, k)
        end = next((j for j in listed if readings[j].ruled), listed.stop)  # a ruled line ends the list
        if end > k + 1:
            out.update(range(k, end))
    return out


def _keep_between(readings: Sequence[Reading], removals: dict[int, Edit]) -> bool:
    """Keep what the structure rules alone remove between two article anchors the reading keeps; whether any was kept.

    An article is printed in one piece: when the model keeps a sentence the structure rules put outside the article
    (``keep_above``), the headings, list items and short lines between it and the article are the article's too. Only
    a gap none of whose lines another rule (chrome, repeats) or the model alone removes, but for a section's labels
    (:func:`_article_gap`): a menu or a box of links in between marks the island as the page's, not the article's.
    A gap's removals are looked up over the lines between the two anchors: the others there are blank, never removed.
    """
    if not any(map(is_structure, removals.values())):
        return False
    kept = [readings[k].paragraph for k in _kept_anchors(readings, removals)]
    restored = False
    for before, after in pairwise(kept):
        gap = list(filter(removals.__contains__, range(before.last + 1, after.first)))
        if _article_gap([removals[index] for index in gap]):
            for index in gap:
                if is_structure(removals[index]):
                    del removals[index]
            restored = True
    return restored


def _article_gap(edits: Sequence[Edit]) -> bool:
    """Whether the removals in a gap between two kept anchors leave it the article's: the structure rules remove a line
    there, and nothing else does but labels the article prints once a section ("Pros:", "Cons:"), none twice in the
    gap (a list of teasers or a menu repeats its labels item after item). The labels stay removed."""
    weight = gap_weight(edits)
    return weight is not None and weight[0] and len(set(weight[1])) == len(weight[1])


def gap_weight(edits: Iterable[Edit]) -> tuple[bool, tuple[str, ...]] | None:
    """What removals weigh in a gap between two kept article anchors: ``None`` when a rule other than the structure
    rules removes a line but as a repeated label, else whether the structure rules remove one, and the labels (case
    and spacing aside). The training script's mirror of the decision reads it per paragraph.

    >>> gap_weight([Edit(0, "remove", "page-footer", "Fast boil", step="strip_boilerplate"),
    ...             Edit(1, "remove", "repeated-label", "Pros:", step="drop_duplicates")])
    (True, ('pros:',))
    >>> gap_weight([Edit(0, "remove", "share-bar", "Share this", step="strip_chrome")]) is None
    True
    """
    structure, labels = False, []
    for edit in edits:
        if is_structure(edit):
            structure = True
        elif is_repeated_label(edit):
            labels.append(" ".join(edit.before.casefold().split()))
        else:
            return None
    return structure, tuple(labels)


def _keep_listing(readings: Sequence[Reading], removals: dict[int, Edit], places: Places) -> bool:
    """Keep what the structure rules remove of the page's main list (:func:`cleantext.listings.item_lists`), and the
    repeated labels that mark its records; whether any was kept. On a listing page the list is the content.
    ``places``: the reading's :func:`~cleantext.listings.marker_places`, found once for this rule and the forum's."""
    if not removals:
        return False
    inside, markers = item_lists(readings, places=places)
    return _restore(readings, inside, removals, lambda k, edit: list_keeps(edit, k in markers))


def _keep_thread(readings: Sequence[Reading], removals: dict[int, Edit], places: Places) -> bool:
    """Keep what the structure rules cut off from the article of the forum thread it is one post of
    (:func:`cleantext.forums.thread_posts`): the other posts' prose (``outside-article``) and their short
    sentence-like paragraphs (:func:`cleantext.structure.is_sentence_like`: a short post); whether any was
    kept. The article starts at the first article anchor the reading keeps; ``places``: as :func:`_keep_listing`
    reads it."""
    if not any(map(is_structure, removals.values())):
        return False
    first = next(_kept_anchors(readings, removals), None)
    if first is None:
        return False
    return _restore(
        readings,
        thread_posts(readings, first, places),
        removals,
        lambda k, edit: thread_keeps(edit, readings[k].paragraph),
    )


def _keep_cohesive(readings: Sequence[Reading], removals: dict[int, Edit]) -> bool:
    """Keep the prose that only ``outside-article`` removes and that writes the article's words, in a text the reading
    keeps most of (:mod:`cleantext.cohesion`: the article going on past a widget printed inside it); whether any was
    kept."""
    outside = {  # (most removals: settled by their reason)
        index for index, edit in removals.items() if edit.reason == "outside-article" and is_cut_off(edit)
    }
    if not outside:  # most texts: settled before their paragraphs are read
        return False
    # (first lines settle most: a paragraph has one line, gone with it: no call below; or is kept whole or gone whole)
    cut = [k for k, (paragraph, _) in enumerate(readings) if paragraph.first in outside and _gone(paragraph, outside)]
    if not cut:
        return False
    kept = [p for p, _ in readings if p.first not in removals or (p.last > p.first and not _gone(p, removals))]
    if not mostly_kept(
        sum(paragraph.words for paragraph in kept), sum(reading.paragraph.words for reading in readings)
    ):
        return False
    written = kept_words(paragraph.text for paragraph in kept)
    going_on = [k for k in cut if shares_words(readings[k].paragraph.text, written)]
    return _restore(readings, going_on, removals, lambda _k, edit: is_cut_off(edit))


def _restore(
    readings: Sequence[Reading],
    chosen: Iterable[int],
    removals: dict[int, Edit],
    overruled: Callable[[int, Edit], bool],
) -> bool:
    """Undo the removals of the ``chosen`` paragraphs' lines that ``overruled(k, edit)`` accepts (``k``: the
    paragraph); whether any was undone."""
    restored = False
    for k in chosen:
        for index in readings[k].paragraph.lines:
            edit = removals.get(index)
            if edit is not None and overruled(k, edit):
                del removals[index]
                restored = True
    return restored


def _kept_anchors(readings: Sequence[Reading], removals: Mapping[int, Edit]) -> Iterator[int]:
    """The paragraphs (indices, in order) of the article anchors the reading keeps, whole or in part."""
    return (
        k
        for k, reading in enumerate(readings)
        if reading.paragraph.words >= SENTENCE_WORDS  # most paragraphs: settled before the anchor's test
        and anchors_article(reading.paragraph)
        and not _gone(reading.paragraph, removals)
    )


def _gone(paragraph: Paragraph, removals: Collection[int]) -> bool:
    """Whether every line of ``paragraph`` is among ``removals``."""
    return all(map(removals.__contains__, paragraph.lines))


def decide_once(
    readings: Sequence[Reading],
    model: DecisionModel,
    remove_below: float,
    keep_above: float,
    remove_inside: float = 0.0,
    keep_structure: float = 1.0,
) -> tuple[dict[int, Edit], bool]:
    """One reading's removals (line index -> its edit), and whether another reading may decide otherwise.

    The model is asked about two kinds of paragraph only: a sentence every line of which a rule would
    remove (kept when the model is sure it is article text), and a paragraph no rule touches outside
    the span from the first to the last article sentence the rules keep (removed when the model is
    sure it is not; but for an article's list of its sources, :func:`article_sources`). Inside that span, a
    paragraph no rule touches that is not an anchor goes only under ``remove_inside`` (0, the default:
    never). A paragraph that is not a sentence and that only the structure rules (:data:`STRUCTURE`)
    would remove is kept from ``keep_structure`` (1, the default: never). Nor does the model alone empty a text: when what it removes is all the rules leave, it
    removes nothing (a text of a few short lines is not an article's chrome).

    Another reading may decide otherwise when the model changed a rule decision, or when a paragraph
    lost some of its lines but not all: what is left of it is a paragraph the model has not scored.
    """
    article = _article_span(readings)
    removals: dict[int, Edit] = {}
    alone: list[int] = []  # the lines the model alone removes
    sources: set[int] | None = None  # article_sources(readings), found when the model would remove a paragraph alone
    changed = False
    for k, reading in enumerate(readings):
        ruled = reading.ruled
        paragraph = reading.paragraph
        if not ruled:
            inside = k in article
            threshold = remove_inside if inside else remove_below
            if threshold > 0.0 and not (inside and anchors_article(paragraph)):
                features = reading.features
                score = model.probability(features)
                if score < threshold:
                    if sources is None:
                        sources = article_sources(readings)
                    if k in sources:
                        continue
                    changed = True
                    reason = _reason(model, score, threshold, features, " inside the article" if inside else "")
                    alone.extend(paragraph.lines)
                    removals.update(
                        (index, Edit(index, "remove", reason, "", step="keep_article")) for index in paragraph.lines
                    )
            continue
        # Its ruled lines go (the certain ones whatever the score), but for a paragraph the rules would remove whole
        # and the model keeps, which holds no certain removal.
        if len(ruled) < paragraph.last - paragraph.first + 1:
            changed = True  # some lines of the paragraph stay, the others go
        elif (
            keep_above < 1.0
            and paragraph.words >= SENTENCE_WORDS  # most paragraphs: settled before the call
            and _is_sentence(paragraph)
            and not any(map(_is_certain, ruled.values()))
            and model.probability(reading.features) >= keep_above
        ) or (
            keep_structure < 1.0
            and all(map(is_structure, ruled.values()))  # (none certain: CERTAIN holds no structure rule's removal)
            and not _is_sentence(paragraph)
            and model.probability(reading.features) >= keep_structure
        ):
            changed = True
            continue
        removals.update(ruled)
    if removals and _keep_between(readings, removals):
        changed = True
    # Found once for both rules, when the listing rule reads them: the thread rule reads them only when some removal
    # is left, so only when there were removals before the listing rule.
    places = marker_places(readings) if removals else {}
    if _keep_listing(readings, removals, places):
        changed = True
    if _keep_thread(readings, removals, places):
        changed = True
    if removals and _keep_cohesive(readings, removals):
        changed = True
    if (
        alone  # removals hold only the paragraphs' lines: all of them go iff there are as many (the two ends first)
        and readings[0].paragraph.first in removals
        and readings[-1].paragraph.last in removals
        and len(removals) == sum(reading.paragraph.last - reading.paragraph.first + 1 for reading in readings)
    ):
        for index in alone:  # the model would leave nothing: what it alone removed stays
            del removals[index]
    return removals, changed


def _removes_near_end(lines: Sequence[str], found: Mapping[int, Edit]) -> bool:
    """Whether ``found`` removes one of the last :data:`~cleantext.notice_place.NEAR_LINES` lines of ``lines`` that
    are not blank: the chrome step reads a policy printed last back from the end through those lines, stopping at the
    lines the rules remove, and the next reading reads past them.

    >>> gone = {2: Edit(2, "remove", "ad", "Advertisement", step="strip_chrome")}
    >>> _removes_near_end(["Text.", "More.", "Advertisement", ""], gone), _removes_near_end(["Text.", "More.", "Advertisement", "End."], gone)
    (True, True)
    >>> _removes_near_end(["Text.", "More.", "Advertisement", *["Line."] * NEAR_LINES], gone)
    False
    """
    seen = 0
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            if index in found:
                return True
            seen += 1
            if seen == NEAR_LINES:
                break
    return False


def decide_article(
    lines: Sequence[str],
    /,
    *,
    remove_below: float = _DEFAULT.remove_below,
    keep_above: float = _DEFAULT.keep_above,
    remove_inside: float = _DEFAULT.remove_inside,
    keep_structure: float = _DEFAULT.keep_structure,
    rules: Pipeline = ANNOTATORS,
) -> Outcome:
    """Annotate, score and decide (see :mod:`cleantext.decision`); read the output again while another reading may
    decide otherwise (:func:`decide_once`)."""
    thresholds = (remove_below, keep_above, remove_inside, keep_structure)
    if thresholds != _DEFAULT_THRESHOLDS or not all(type(value) is float for value in thresholds):
        DecisionOptions(*thresholds)  # checks them (OptionError); the defaults' check, made once, is skipped
    model = load_model()
    kept = list(range(len(lines)))
    removals = _Decided()
    view = list(lines)
    # Each line's words, split once for the paragraphs' word counts and for drop_duplicates (None: a large document).
    words = held_words(view)
    split = paragraphs(view, None if words is None else list(map(len, words)))
    statements = shared_statements(view)  # None: a large document, whose readings split their lines anew
    with (
        labels_kept(None if statements is not None else KEPT_ROOM),  # a paragraph read again keeps its label
        copies_told(),  # the copies alike drop_duplicates removes, told to the readings after it, reading after reading
    ):
        for _ in range(MAX_READINGS):
            remember_words(view, words)
            try:
                ruled = annotate_lines(view, rules, split, statements)
            finally:
                remember_words(view, None)  # (taken by drop_duplicates, unless the rules have none)
            found, changed = decide_once(readings_of(split, ruled), model, *thresholds)
            if found and not changed:
                changed = _removes_near_end(view, found) or moves_notice_end(view, found, rules)
            removals.add(view, found, kept)
            staying = list(filterfalse(found.__contains__, range(len(view))))  # the next reading's lines
            kept = list(map(kept.__getitem__, staying))
            if not changed or not found:
                break
            view = list(map(view.__getitem__, staying))
            if words is not None:
                words = list(map(words.__getitem__, staying))
            if statements is None:
                split = paragraphs(view)
            else:
                split = kept_paragraphs(split, staying, view)
                statements = kept_statements(statements, staying)
    return Outcome([lines[index] for index in kept], kept, removals)


@register_step(decide_article)
def keep_article(
    text: str,
    *,
    remove_below: float = _DEFAULT.remove_below,
    keep_above: float = _DEFAULT.keep_above,
    remove_inside: float = _DEFAULT.remove_inside,
    keep_structure: float = _DEFAULT.keep_structure,
    rules: Pipeline = ANNOTATORS,
) -> str:
    """Keep the article: the rules annotate, a learned score overrules them where it is sure (see :mod:`cleantext.decision`).

    ``remove_below`` and ``keep_above`` are the probabilities of being article text under which the
    model removes a paragraph no rule touches, and from which it keeps a sentence a rule would remove
    (:class:`cleantext.DecisionOptions`, which also holds ``remove_inside`` and ``keep_structure``).
    ``remove_below=0`` and ``keep_above=1``, the other two at their defaults, leave every decision to
    the rules. ``rules`` are the rule steps that annotate (:data:`ANNOTATORS`, with their default
    options); :meth:`cleantext.Config.pipeline` gives them the config's options for those steps.

    >>> from cleantext.decision import _EXAMPLE
    >>> print(keep_article("\\n".join(["Share this", *_EXAMPLE, "(0) comments"])) == "\\n".join(_EXAMPLE))
    True
    """
    return decide_article(
        split_lines(text),
        remove_below=remove_below,
        keep_above=keep_above,
        remove_inside=remove_inside,
        keep_structure=keep_structure,
        rules=rules,
    ).text
