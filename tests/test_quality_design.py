"""``bench/quality_design.py``: the design rows a change to the decision is chosen on, never the test sources."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from bench_support import bench_module

ARTICLE = "The harbour board voted on Monday to rebuild the north pier before the winter storms arrive."


def _write_source(data: Path, source: str) -> None:
    page = {
        "id": f"{source}/1",
        "rendering": "html_text",
        "text": f"Home\nNews\n{ARTICLE}\nShare this",
        "labels": ["boilerplate", "boilerplate", "content", "boilerplate"],
    }
    other = {**page, "rendering": "bs4_text"}  # the other rendering: not a design row's page
    with gzip.open(data / f"{source}.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(page) + "\n" + json.dumps(other) + "\n")


def test_the_rows_are_the_fit_and_validation_sources_whole_and_cropped_and_no_test_source_is_read(
    tmp_path: Path,
) -> None:
    with bench_module("quality_design") as design:
        for source in design.DESIGN:
            _write_source(tmp_path, source)
        # a test source's file that the script must not open: it is not valid JSON Lines
        for source in design.TEST:
            (tmp_path / f"{source}.jsonl.gz").write_bytes(b"not gzip")
        found = design.rows({"keep": lambda text: text}, tmp_path, pages=5)
        assert set(design.DESIGN) == {"wcxb", "zh_content", "ir_research", "l3s_gn1"}
    assert sorted(found) == sorted(f"{source}/{view}" for source in design.DESIGN for view in ("page", "crop"))
    assert all(row["pages"] == 1 for row in found.values())
    # keeping everything removes nothing: no precision to speak of, no recall, every article word kept
    assert {row["keep"]["recall"] for row in found.values()} == {0.0}
    assert {row["keep"]["content_kept"] for row in found.values()} == {1.0}


def test_two_systems_are_scored_on_the_same_pages_and_the_means_are_plain_means_of_the_rows(tmp_path: Path) -> None:
    with bench_module("quality_design") as design:
        for source in design.DESIGN:
            _write_source(tmp_path, source)
        systems = {"keep": lambda text: text, "article": lambda text: ARTICLE}
        found = design.rows(systems, tmp_path, pages=5)
        averaged = {name: design.means(found, name) for name in systems}
    # on the whole page, "article" removes its three chrome lines and no article line; "keep" removes nothing
    pages = [row for key, row in found.items() if key.endswith("/page")]
    assert {(row["article"]["precision"], row["article"]["recall"]) for row in pages} == {(1.0, 1.0)}
    assert {row["keep"]["recall"] for row in pages} == {0.0}
    for name in systems:
        for figure in ("precision", "recall", "f1", "content_kept"):
            rows_figures = [row[name][figure] for row in found.values()]
            assert averaged[name][figure] == pytest.approx(sum(rows_figures) / len(rows_figures))
    assert averaged["keep"]["content_kept"] == pytest.approx(1.0)


def test_the_kind_rows_group_the_kinds_source_by_page_kind_whole_and_cropped(tmp_path: Path) -> None:
    forum = {
        "id": "wcxb/2",
        "rendering": "html_text",
        "page_type": "forum",
        "text": f"Log in\n{ARTICLE}\nReply",
        "labels": ["boilerplate", "content", "boilerplate"],
    }
    with bench_module("quality_design") as design:
        _write_source(tmp_path, design.KINDS_SOURCE)  # a page with no kind
        with gzip.open(tmp_path / f"{design.KINDS_SOURCE}.jsonl.gz", "at", encoding="utf-8") as handle:
            handle.write(json.dumps(forum) + "\n")
        for source in {*design.DESIGN, *design.TEST} - {design.KINDS_SOURCE}:
            (tmp_path / f"{source}.jsonl.gz").write_bytes(b"not gzip")  # no other source is read
        found = design.kind_rows({"article": lambda text: ARTICLE}, tmp_path, pages=5)
    assert sorted(found) == [f"wcxb/{kind}/{view}" for kind in ("forum", "unknown") for view in ("crop", "page")]
    assert all(row["pages"] == 1 for row in found.values())
    assert found["wcxb/forum/page"]["article"]["recall"] == 1.0  # the forum's two chrome lines go, its sentence stays


def test_out_of_fold_cleans_a_fitted_page_with_its_fold_s_model_and_any_other_with_the_shipped_one(
    tmp_path: Path,
) -> None:
    """``--folds``: a page that ``folds.json`` puts in a fold is cleaned with that fold's model file (here one sure
    that every paragraph is article text, which keeps the newsletter line the rule removes); a page it does not name is
    cleaned with the shipped model."""
    from cleantext.decision_model import DecisionModel, load_model, write_model

    shipped = load_model()
    sure = DecisionModel(40.0, {}, shipped.remove_below, shipped.keep_above, {})
    (tmp_path / "fold-0.bin.gz").write_bytes(write_model(sure))
    (tmp_path / "folds.json").write_text(json.dumps({"folds": 1, "pages": {"wcxb/1": 0}}), encoding="utf-8")
    newsletter = "Sign up for our newsletter to get the latest news from the harbour every morning."
    text = f"{ARTICLE}\n{newsletter}\n"
    with bench_module("quality_design") as design:
        oof = design.OutOfFold(tmp_path)
        oof.see([{"id": "wcxb/1", "text": text}, {"id": "ir_research/1", "text": text + "\n"}])
        assert oof(text) == text  # its fold's model keeps the newsletter sentence
        assert oof(text + "\n") == f"{ARTICLE}\n"  # not in a fold: the shipped model, the rule removes it
        assert design.OutOfFold(tmp_path).models == [sure]
