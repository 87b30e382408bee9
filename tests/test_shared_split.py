"""One split shared by the rule steps: what a step's output's paragraphs and code blocks are, derived
from its input's, equals what the next step would find on its own."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import annotate, codeblocks, decision
from cleantext.annotate import ANNOTATORS, rule_annotations
from cleantext.blocks import _each, kept_paragraphs, paragraphs
from cleantext.codeblocks import found_code_blocks, kept_statements, statement_lines
from cleantext.decision import decide_article
from cleantext.pipeline import run_step

#: Lines that join into paragraphs (a lower-case start after a line that ends no sentence), end them,
#: stand alone, hold no text, or are code: removing some joins or parts the others.
_LINES = [
    "",
    "   ",
    "The mayor spoke",
    "on Friday about the border.",
    "and then left",
    "Share",
    "Log In",
    "He said:",
    "ésta es la frontera",
    "これが非常に困ったもの。",
    "  indented words",
    "x = load(path)",
    "    return x;",
    "}",
    "googletag.cmd.push(function() { googletag.display('ad-1'); });",
    "Here is the fix:",
    "fn main() {",
]


def _kept(lines: list[str], keep: list[bool]) -> tuple[list[int], list[str]]:
    origin = [index for index, flag in enumerate(keep[: len(lines)]) if flag]
    origin += range(len(keep), len(lines))
    return origin, [lines[index] for index in origin]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30), st.lists(st.booleans(), max_size=30))
def test_the_paragraphs_of_the_lines_left_are_those_a_split_finds(lines: list[str], keep: list[bool]) -> None:
    origin, left = _kept(lines, keep)
    assert kept_paragraphs(list(_each(lines)), origin, left) == list(_each(left))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30), st.lists(st.booleans(), max_size=30))
def test_the_statements_and_code_blocks_of_the_lines_left_are_those_found_anew(
    lines: list[str], keep: list[bool]
) -> None:
    origin, left = _kept(lines, keep)
    statements = kept_statements(statement_lines(lines), origin)
    assert statements == statement_lines(left)
    assert found_code_blocks(left, statements) == codeblocks._find(left, 2)


def _seed_lines() -> list[str]:
    from pathlib import Path

    raw = (Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "chile_border.raw.txt").read_text("utf-8")
    return cleantext.repair(raw).split("\n")


def test_the_shared_split_gives_each_step_what_it_finds_alone_on_a_real_page() -> None:
    lines = _seed_lines()
    expected = {}
    to_input = list(range(len(lines)))
    current = lines
    for step in ANNOTATORS.steps:  # each step on its own: nothing remembered from the one before
        paragraphs(["forget"])
        codeblocks.code_blocks(["forget"])
        outcome = run_step(step, current)
        for edit in outcome.edits:
            if edit.action == "remove" and edit.before.strip():
                expected[to_input[edit.line]] = (edit.step, edit.reason)
        to_input = [to_input[index] for index in outcome.origin]
        current = outcome.lines
    found = rule_annotations(lines)
    assert {line: (edit.step, edit.reason) for line, edit in found.items()} == expected
    assert len(set(expected.values())) > 3  # the page has chrome of several kinds, which the steps remove


def test_each_reading_of_the_decision_sees_the_paragraphs_a_fresh_split_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    page = [*_seed_lines(), "", "Keep it Clean. Please avoid obscene, vulgar,", "lewd language. Be Nice."]
    derived = decide_article(page)
    calls: list[int] = []

    def split_anew(found: object, origin: object, lines: list[str]) -> list[object]:
        calls.append(len(lines))
        return list(_each(lines))

    for module in (decision, annotate):  # the readings' split (decision) and each step's (annotate)
        monkeypatch.setattr(module, "kept_paragraphs", split_anew)
        monkeypatch.setattr(module, "kept_statements", lambda statements, origin: [])
    monkeypatch.setattr(annotate, "found_code_blocks", lambda lines, statements, **_: codeblocks._find(lines, 2))
    assert decide_article(page) == derived
    assert len(calls) >= 2  # the steps that removed lines, each for the step after it (none after the last)


def test_labels_kept_for_a_document_are_each_rule_sets_own() -> None:
    from cleantext.chrome import labels_kept
    from cleantext.rules import DEFAULT_RULES, Rule

    text = "The mayor spoke on Friday about the border.\nLog In\nMost read"
    mine = (Rule("most-read", r"^most read$"),)
    with labels_kept():
        assert cleantext.strip_chrome(text) == cleantext.strip_chrome(text) != text
        assert cleantext.strip_chrome(text, rules=mine) == "The mayor spoke on Friday about the border.\nLog In"
        assert cleantext.strip_chrome(text, rules=DEFAULT_RULES) == cleantext.strip_chrome(text)
    assert cleantext.strip_chrome(text, rules=mine) == "The mayor spoke on Friday about the border.\nLog In"


def test_a_large_documents_labels_are_kept_within_their_room(monkeypatch: pytest.MonkeyPatch) -> None:
    # A large document's reading keeps labels for so many characters of paragraph text: its memory stays flat, and a
    # paragraph repeated line after line is still labelled once while the room lasts. The output is the same.
    from cleantext import chrome
    from cleantext.chrome import labels_kept

    text = "\n\n".join(["Log In", "The mayor spoke."] * 50)
    expected = cleantext.strip_chrome(text)
    labelled: list[str] = []
    label = chrome._paragraph_label
    monkeypatch.setattr(
        chrome, "_paragraph_label", lambda part, engine: labelled.append(part.text) or label(part, engine)
    )
    for room, calls in ((None, 2), (100, 2), (10, 1 + 50)):  # "Log In" fits in 10 characters, the sentence does not
        labelled.clear()
        with labels_kept(room):
            assert cleantext.strip_chrome(text) == expected
        assert len(labelled) == calls


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*_LINES, "Most read", "(0) comments", "Advertisement", "Log In"]), max_size=20))
def test_the_decision_decides_as_it_does_with_every_label_found_anew(lines: list[str]) -> None:
    kept = decide_article(lines)
    original = decision.labels_kept
    decision.labels_kept = contextlib.nullcontext  # each reading labels its paragraphs again
    try:
        assert decide_article(lines) == kept
    finally:
        decision.labels_kept = original


def test_a_large_document_each_step_splitting_its_own_lines_is_decided_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = [*_seed_lines(), "", "Keep it Clean. Please avoid obscene, vulgar,", "lewd language. Be Nice."]
    shared = decide_article(page)
    annotations = rule_annotations(page)
    monkeypatch.setattr(decision, "SHARED_LINES", 0)  # as a document of more lines than that is read
    assert decide_article(page) == shared
    assert rule_annotations(page) == annotations
