"""The rules annotate: what each rule step would remove of a text, and why, by line; each paragraph read with its annotations.

The rule steps (:data:`ANNOTATORS`) run in turn on the text, each on what the one before it leaves;
nothing is dropped yet: the decision (:mod:`cleantext.decision`) weighs their annotations with the
model's score, paragraph by paragraph.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .blocks import Paragraph, forget_paragraphs, kept_paragraphs, paragraphs, remember_paragraphs
from .chrome import strip_chrome
from .codeblocks import (
    forget_code_blocks,
    found_code_blocks,
    kept_statements,
    remember_code_blocks,
    statement_lines,
)
from .copies import tell_copies
from .duplicates import drop_duplicates
from .excerpts import LABEL as EXCERPT
from .features import ParagraphFeatures, paragraph_features
from .model import Edit, removed_only
from .notices import end_moves
from .pipeline import Pipeline, pipeline, run_step, step_name
from .shapes import DEFAULT_NOTICES
from .structure import strip_boilerplate

__all__ = [
    "ANNOTATORS",
    "SHARED_LINES",
    "STRUCTURE",
    "Reading",
    "is_cut_off",
    "is_repeated_label",
    "is_story_card",
    "is_structure",
    "moves_notice_end",
    "read_paragraphs",
    "rule_annotations",
]

#: The rule steps that annotate, in the order the rule pipeline runs them.
ANNOTATORS = pipeline(drop_duplicates, strip_chrome, strip_boilerplate)
#: A document of at most this many lines is split once for the rule steps and the decision (see
#: :func:`annotate_lines`); a larger one is split by each step, one paragraph at a time, as it reads it.
SHARED_LINES = 1 << 16
#: The structure rules' reasons (:func:`~cleantext.strip_boilerplate`): the removals the decision may overrule where
#: the article goes on (between kept anchors, in a listing's list; ``keep_structure``).
STRUCTURE = frozenset({"page-header", "page-footer", "outside-article"})


class Reading(NamedTuple):
    """One paragraph as the decision sees it: its lines and what the rules would remove of it."""

    paragraph: Paragraph
    #: line index -> the edit of the rule that would remove it, for each of its lines a rule would remove.
    ruled: dict[int, Edit]

    @property
    def features(self) -> ParagraphFeatures:
        """The paragraph's features (made when asked: most paragraphs are never scored)."""
        labels = [edit.reason for edit in self.ruled.values() if edit.step == "strip_chrome"]
        return paragraph_features(self.paragraph, labels)


def is_structure(edit: Edit) -> bool:
    """Whether ``edit`` is a structure rule's removal (:data:`STRUCTURE`).

    >>> is_structure(Edit(0, "remove", "page-footer", "About us", step="strip_boilerplate"))
    True
    """
    return edit.step == "strip_boilerplate" and edit.reason in STRUCTURE


def is_cut_off(edit: Edit) -> bool:
    """Whether ``edit`` is the structure rules' removal of prose cut off from the article (``outside-article``).

    >>> is_cut_off(Edit(0, "remove", "outside-article", "More news today.", step="strip_boilerplate"))
    True
    >>> is_cut_off(Edit(0, "remove", "page-footer", "About us", step="strip_boilerplate"))
    False
    """
    return is_structure(edit) and edit.reason == "outside-article"


def is_repeated_label(edit: Edit) -> bool:
    """Whether ``edit`` removes a short label repeated on the page (:func:`~cleantext.drop_duplicates`' ``repeated-label``).

    >>> is_repeated_label(Edit(3, "remove", "repeated-label", "Pros:", step="drop_duplicates"))
    True
    """
    return (edit.step, edit.reason) == ("drop_duplicates", "repeated-label")


def is_story_card(edit: Edit) -> bool:
    """Whether ``edit`` removes the summary of another story's card (:mod:`cleantext.excerpts`, in the chrome step).

    >>> is_story_card(Edit(5, "remove", "story-card", "The plan, which the ...", step="strip_chrome"))
    True
    """
    return (edit.step, edit.reason) == ("strip_chrome", EXCERPT)


def rule_annotations(lines: Sequence[str], rules: Pipeline = ANNOTATORS) -> dict[int, Edit]:
    """What the rule steps (``rules``), run in turn, would remove: line index -> the rule's edit.

    >>> found = rule_annotations(["The mayor spoke on Friday about the border.", "(0) comments"])
    >>> [(line, edit.step, edit.reason) for line, edit in found.items()]
    [(1, 'strip_chrome', 'comment-counter')]
    """
    return annotate_lines(lines, rules, paragraphs(lines), shared_statements(lines))


def shared_statements(lines: Sequence[str]) -> list[int] | None:
    """The statements of ``lines`` (``codeblocks.statement_lines``) when their split is shared
    (:func:`annotate_lines`): in a document of at most :data:`SHARED_LINES` lines, else ``None``."""
    return statement_lines(lines) if len(lines) <= SHARED_LINES else None


def annotate_lines(
    lines: Sequence[str], rules: Pipeline, split: list[Paragraph], statements: list[int] | None
) -> dict[int, Edit]:
    """:func:`rule_annotations`, given the paragraphs and the statements (``codeblocks.statement_lines``)
    of ``lines``: each step finds the paragraphs and code blocks of its input remembered, those of the
    lines a step leaves derived from its input's (``blocks.kept_paragraphs``, ``codeblocks.kept_statements``),
    not found again. Without statements (a large document), each step finds its own, one paragraph at
    a time: a split held for each step's input would cost memory about the document's size."""
    rules.check()
    found: dict[int, Edit] = {}
    to_input: Sequence[int] = range(len(lines))  # a line of the step's input -> a line of ``lines``
    shared = statements is not None
    machinery: dict[str, bool] = {}  # the code lines' searches for page machinery, kept for the blocks found again
    code = found_code_blocks(lines, statements, machinery=machinery) if shared else []
    last = len(rules.steps) - 1
    # what ``rules.run_lines`` does, its edits made only for the lines removed
    for position, step in enumerate(rules.steps):
        if shared:
            remember_paragraphs(lines, split)
            remember_code_blocks(lines, code)
        outcome = run_step(step, lines)
        decided = removed_only(outcome.edits)
        if decided is None:
            for edit in outcome.edits:
                if edit.action == "remove" and edit.before.strip():
                    found[to_input[edit.line]] = edit.moved(to_input)
        else:
            removals, name = decided
            tell_copies(lines, [(index, ref) for index, (_, ref) in removals.items() if ref is not None])
            new = tuple.__new__  # what ``Edit(...)`` does, without a Python call a line
            for index in sorted(removals):
                before = lines[index]
                if before.strip():
                    reason, ref = removals[index]
                    line = to_input[index]
                    found[line] = new(
                        Edit, (line, "remove", reason, before, "", None if ref is None else to_input[ref], name)
                    )
        if position == last:
            break  # what follows makes the next step's input: there is none
        to_input = [to_input[index] for index in outcome.origin]
        if statements is not None and decided is not None and len(outcome.lines) != len(lines):
            # lines removed, the others as they were: the split derived
            split = kept_paragraphs(split, outcome.origin, outcome.lines)
            statements = kept_statements(statements, outcome.origin)
            code = found_code_blocks(outcome.lines, statements, machinery=machinery)
        elif statements is not None and decided is None and list(outcome.lines) != list(lines):
            # a step that may change lines: its output is split anew
            split, statements = paragraphs(outcome.lines), statement_lines(outcome.lines)
            code = found_code_blocks(outcome.lines, statements, machinery=machinery)
        lines = outcome.lines
    if shared:
        forget_paragraphs()
        forget_code_blocks()
    return found


def moves_notice_end(lines: Sequence[str], found: Mapping[int, Edit], rules: Pipeline = ANNOTATORS) -> bool:
    """Whether removing ``found`` from ``lines`` shows the chrome step an end of the text it has not read, where a
    notice may be printed last: a rule run after it (``rules``' order) removes the line it read such a notice back
    from, or one of the lines it looked at first, and the lines left last may end one (:func:`cleantext.notices.end_moves`).

    The chrome step reads a policy printed last back from the last line it keeps (:mod:`cleantext.notice_box`);
    when a later rule removes a sentence after a policy ("Copyright 2026 The Times."), the chrome step finds it
    only in the text that is left. The decision then reads its output once more (:mod:`cleantext.decision`).

    >>> lines = ["The council met on Monday.", "Be kind. Posts that insult are removed.", "Contact us."]
    >>> found = {2: Edit(2, "remove", "page-footer", "Contact us.", step="strip_boilerplate")}
    >>> moves_notice_end(lines, found), moves_notice_end([lines[0], "He left at noon.", lines[2]], found)
    (True, False)
    """
    chrome = next((step for step in rules.steps if step_name(step) == "strip_chrome"), None)
    if chrome is None:
        return False
    later = set(rules.names[rules.steps.index(chrome) + 1 :])
    seen = {index for index, edit in found.items() if edit.step not in later}  # gone before the chrome step's end
    options = chrome.keywords if isinstance(chrome, functools.partial) else {}
    return end_moves(lines, seen, found, options.get("notices", DEFAULT_NOTICES))


def read_paragraphs(lines: Sequence[str], rules: Pipeline = ANNOTATORS) -> list[Reading]:
    """Each paragraph of ``lines`` with its features and the annotations of its lines by ``rules``.

    >>> [(reading.paragraph.text[:20], list(reading.ruled)) for reading in read_paragraphs(["Log In", "", "The city council approved the new transit budget on Tuesday."])]
    [('Log In', [0]), ('The city council app', [])]
    """
    split = paragraphs(lines)
    return readings_of(split, annotate_lines(lines, rules, split, shared_statements(lines)))


def readings_of(found: list[Paragraph], ruled: dict[int, Edit]) -> list[Reading]:
    """Each paragraph of ``found`` with the annotations (``ruled``) of its lines."""
    new = tuple.__new__  # what ``Reading(...)`` does, without a Python call a paragraph
    if not ruled:
        return [new(Reading, (paragraph, {})) for paragraph in found]
    firsts = [paragraph.first for paragraph in found]
    own: dict[int, dict[int, Edit]] = {}  # paragraph -> its annotated lines, ascending
    for line in sorted(ruled):
        k = bisect_right(firsts, line) - 1
        if k >= 0 and line <= found[k].last:
            own.setdefault(k, {})[line] = ruled[line]
    get = own.get
    return [new(Reading, (paragraph, get(k) or {})) for k, paragraph in enumerate(found)]
