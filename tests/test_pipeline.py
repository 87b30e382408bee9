"""Pipelines: composition, repr, equality, pickling, and explain agreeing with the output."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import pytest

import cleantext
from cleantext import (
    DEFAULT_PIPELINE,
    PipelineError,
    clean,
    drop_duplicates,
    explain,
    pipeline,
    registered_steps,
    repair,
    strip_boilerplate,
    strip_chrome,
    tidy,
)

PAGE = "\n".join(
    [
        "Home",
        "World",
        "The border crossing was closed on Friday as dozens of migrants waited in the heat.Â",
        "Officials said the closure would last at least two days, according to a statement.",
        "Share",
        "(0) comments",
        "Log In",
        "Officials said the closure would last at least two days, according to a statement.",
    ]
)


def test_clean_is_the_default_pipeline() -> None:
    assert clean(PAGE) == DEFAULT_PIPELINE(PAGE)
    assert repr(DEFAULT_PIPELINE) == "pipeline(repair, keep_article, tidy)"


def test_a_pipeline_applies_its_steps_in_order() -> None:
    steps = pipeline(repair, strip_chrome, tidy)
    assert steps(PAGE) == tidy(strip_chrome(repair(PAGE)))


def test_a_pipeline_shows_its_recipe_and_compares_by_steps_and_options() -> None:
    one = pipeline(repair, partial(drop_duplicates, min_words=8), tidy)
    assert repr(one) == "pipeline(repair, partial(drop_duplicates, min_words=8), tidy)"
    assert one == pipeline(repair, partial(drop_duplicates, min_words=8), tidy)
    assert one != pipeline(repair, partial(drop_duplicates, min_words=9), tidy)
    assert hash(one) == hash(pipeline(repair, partial(drop_duplicates, min_words=8), tidy))


def test_nested_pipelines_flatten() -> None:
    inner = pipeline(repair, strip_chrome)
    assert pipeline(inner, tidy) == pipeline(repair, strip_chrome, tidy)


def test_a_pipeline_refuses_what_is_not_a_step() -> None:
    with pytest.raises(PipelineError):
        pipeline(repair, "tidy")  # type: ignore[arg-type]
    assert issubclass(PipelineError, cleantext.CleantextError)


def test_a_pipeline_pickles_and_round_trips() -> None:
    steps = pipeline(repair, partial(strip_boilerplate, max_gap=2), strip_chrome, tidy)
    copy = pickle.loads(pickle.dumps(steps))
    assert copy == steps
    assert copy(PAGE) == steps(PAGE)


def test_a_pipeline_runs_in_worker_processes() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(DEFAULT_PIPELINE, [PAGE, PAGE.upper()]))
    assert results == [clean(PAGE), clean(PAGE.upper())]


def test_every_step_is_registered_by_name() -> None:
    steps = registered_steps()
    assert {"repair", "drop_duplicates", "strip_chrome", "strip_boilerplate", "tidy"} <= set(steps)
    assert steps["tidy"] is tidy


def test_explain_reports_which_step_removed_which_line_and_why() -> None:
    report = explain(PAGE)
    assert report.text == clean(PAGE)
    removed = {edit.line + 1: (edit.step, edit.label) for edit in report.removed}
    assert removed[8] == ("drop_duplicates", "duplicate-of-line-4")
    assert removed[6][1] == "comment-counter"
    assert removed[7][1] == "login"
    assert removed[1] == ("strip_chrome", "page-nav")
    assert removed[2] == ("strip_boilerplate", "page-header")
    changed = [edit for edit in report.changed if edit.step == "repair"]
    assert [edit.line + 1 for edit in changed] == [3]
    assert "line 8: removed by drop_duplicates (duplicate-of-line-4)" in str(report)


def test_explain_works_for_any_pipeline_and_plain_functions() -> None:
    def shout(text: str) -> str:
        return text.upper()

    report = explain("quiet\nwords", steps=pipeline(shout, tidy))
    assert report.text == "QUIET\nWORDS\n"
    assert {(edit.line, edit.step) for edit in report.changed} >= {(0, "shout"), (1, "shout")}


def test_explain_agrees_with_the_output_line_by_line() -> None:
    report = explain(PAGE)
    removed = {edit.line for edit in report.edits if edit.action == "remove"}
    output_lines = report.text.split("\n")[:-1]
    assert len(output_lines) == len(report.origin) - 1
    for line, origin in zip(output_lines, report.origin, strict=False):
        assert origin not in removed
        assert line.strip() in repair(PAGE.split("\n")[origin])


def test_clean_holds_nothing_of_a_document_once_it_returns() -> None:
    # A worker cleans document after document: what one run made (its paragraphs, say) must not stay
    # held until the next. The run is repeated first so that the rules' compiled forms exist already
    # (a chrome lane compiles its own screen once 512 paragraphs have reached it: two runs, in a fresh
    # process, before the one measured).
    import gc
    import tracemalloc

    text = "\n".join(f"{line} ({number})" for number in range(300) for line in PAGE.split("\n"))
    for _ in range(3):
        clean(text)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = clean(text)
        del result
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < len(text) // 20


LONG = "\n".join(f"{line} ({number})" for number in range(700) for line in PAGE.split("\n"))  # 5,600 lines


@pytest.mark.parametrize(
    "chain", [DEFAULT_PIPELINE, pipeline(tidy), pipeline(repair, str.upper, tidy), pipeline()], ids=repr
)
def test_pieces_join_to_what_the_pipeline_returns_and_take_the_text(chain: cleantext.Pipeline) -> None:
    box = [LONG]
    pieces = list(chain.pieces(box))
    assert box == []
    assert "".join(pieces) == chain(LONG)
    if chain == pipeline(tidy):
        assert len(pieces) == 2  # pieces of 4,096 lines: each but the last ends with its line break
        assert pieces[0].endswith("\n")


def test_clean_pieces_is_clean_for_text_pages_and_profiles() -> None:
    page = "<html><body><article><p>" + PAGE.replace("\n", "</p><p>") + "</p></article></body></html>"
    from test_profile import page as site_page
    from test_profile import site_pages

    profile = cleantext.learn(site_pages())
    on_site = site_page(11, "A brand new article about the harbour opened today, the port said.") + "\n" + LONG
    assert clean(on_site, profile=profile) != clean(on_site)
    cases = [(LONG, {}), (page, {}), (LONG, {"kind": "text"}), (on_site, {"profile": profile})]
    for text, options in cases:
        box = [text]
        assert "".join(cleantext.clean_pieces(box, **options)) == clean(text, **options)  # type: ignore[arg-type]
        assert box == []
    with pytest.raises(cleantext.InputTypeError, match="clean_pieces"):
        cleantext.clean_pieces([b"bytes"])  # type: ignore[list-item]


def test_pieces_let_go_of_the_text_before_the_first_piece_is_made() -> None:
    # The command hands its document over: once the steps have run, only the lines hold it.
    import weakref

    class Text(str):  # a str that can be watched (a plain str takes no weak reference)
        pass

    box: list[str] = [Text(LONG)]
    watched = weakref.ref(box[0])
    pieces = cleantext.clean_pieces(box, kind="text")
    assert watched() is None
    assert "".join(pieces) == clean(LONG)


def test_a_large_document_gives_the_steps_memory_back_before_its_output_is_made() -> None:
    import platform

    from cleantext.memory import give_back

    # glibc has malloc_trim; elsewhere the pipeline goes on without it
    assert give_back() is (platform.libc_ver()[0] == "glibc")


def _marked(text: str, *, mark: str) -> str:
    """A step of the caller's own with an option it must be given."""
    return "\n".join(f"{mark}{line}" for line in text.split("\n"))


def test_a_step_missing_an_option_it_needs_is_refused_before_the_text_is_read(monkeypatch) -> None:
    unbound = cleantext.parse_steps("repair,strip_site_chrome")
    assert unbound.missing_options() == (("strip_site_chrome", "profile"),)
    needs_profile = r"step strip_site_chrome needs its option 'profile'.*profile=\.\.\."
    with pytest.raises(cleantext.OptionError, match=needs_profile):
        clean("a\nb", steps=unbound)
    with pytest.raises(cleantext.OptionError, match=needs_profile):
        explain("a\nb", steps=cleantext.strip_site_chrome)
    with pytest.raises(cleantext.OptionError, match=needs_profile):
        unbound("a\nb")
    with pytest.raises(cleantext.OptionError, match=needs_profile):
        list(cleantext.clean_pieces(["a\nb"], steps=unbound))
    with pytest.raises(cleantext.OptionError, match=r"step _marked needs its option 'mark'"):
        pipeline(repair, _marked)("a")
    monkeypatch.setattr("cleantext.html.extract", lambda *args: pytest.fail("a page was read"))
    with pytest.raises(cleantext.OptionError, match=needs_profile):
        clean("<html><body><p>The port reopened.</p></body></html>", steps=unbound)


def test_a_step_given_the_option_it_needs_runs() -> None:
    stories = ["Rain fell.", "Snow came.", "Wind rose.", "Fog lifted.", "Hail hit.", "Sun shone."]
    profile = cleantext.learn([f"Home | News\n{story}" for story in stories])
    unbound = cleantext.parse_steps("repair,strip_site_chrome")
    assert clean("Home | News\nA new story.", steps=unbound, profile=profile) == "A new story."
    bound = pipeline(repair, partial(cleantext.strip_site_chrome, profile=profile))
    assert bound.missing_options() == ()
    assert bound("Home | News\nA new story.") == "A new story."
    assert pipeline(partial(_marked, mark="> "))("a\nb") == "> a\n> b"
