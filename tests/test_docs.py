"""The documentation against the code.

- The documentation site builds without a warning, and holds what it promises (the examples of its
  pages run as tests through Sybil: see docs/conftest.py; those of README.md: see conftest.py).
- The CLI reference (docs/cli.md) is generated from the parser, and kept so.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [
    "index",
    "quickstart",
    "howitworks",
    "api",
    "cli",
    "profile",
    "integrations/scrapy",
    "integrations/datatrove",
    "integrations/ray",
    "benchmarks",
    "quality",
    "quality/seed_families",
    "quality/decision",
    "quality/decision_rounds",
    "speed",
    "safety",
    "design",
    "repair",
    "html",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sphinx", reason="the docs extra is not installed (it is part of the test extra)")
    out = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html"]
    result = subprocess.run(
        [*command, "-d", str(out / "doctrees"), str(DOCS), str(out / "html")],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    return out / "html"


@pytest.mark.docs
def test_every_page_is_built(site: Path) -> None:
    missing = [page for page in PAGES if not (site / f"{page}.html").is_file()]
    assert missing == []


@pytest.mark.docs
def test_every_page_is_in_the_table_of_contents(site: Path) -> None:
    index = (site / "index.html").read_text(encoding="utf-8")
    unlinked = [page for page in PAGES[1:] if f'href="{page}.html"' not in index]
    assert unlinked == []


@pytest.mark.docs
def test_the_api_reference_documents_every_public_name(site: Path) -> None:
    api = (site / "api.html").read_text(encoding="utf-8")
    undocumented = [name for name in cleantext.__all__ if f'id="cleantext.{name}"' not in api]
    assert undocumented == []


@pytest.mark.docs
def test_the_benchmarks_page_shows_the_figures_drawn_from_the_json(site: Path) -> None:
    page = (site / "benchmarks.html").read_text(encoding="utf-8")
    for image in ("quality.png", "speed.png", "scaling.png", "formats.png"):
        assert f"_images/{image}" in page
        assert (site / "_images" / image).stat().st_size > 10_000
    realtext = json.loads((DOCS / "benchmarks" / "quality_realtext.json").read_text(encoding="utf-8"))
    assert f"{realtext['systems']['cleantext.clean']['f1']:.3f}" in page
    speed = json.loads((DOCS / "benchmarks" / "bench_speed.json").read_text(encoding="utf-8"))
    assert f"{speed['corpora']['english']['ratio']:.2f}" in page


def _generator():
    spec = importlib.util.spec_from_file_location("make_cli_reference", DOCS / "make_cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cli_reference_in_docs_is_what_the_parser_gives() -> None:
    generator = _generator()
    committed = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert committed == generator.rendered(committed), "docs/cli.md is stale: run python docs/make_cli_reference.py"


def test_the_generated_reference_names_every_option_and_exit_status() -> None:
    from cleantext.cli import build_parser

    reference = _generator().reference()
    for action in build_parser()._actions:
        for option in action.option_strings:
            assert f"`{option}" in reference or f", {option}" in reference, option
    assert "130 Ctrl-C" in reference and "2 usage error" in reference


def test_the_learn_reference_names_every_option_of_cleantext_learn() -> None:
    from cleantext.cli import build_learn_parser

    reference = _generator().reference("build_learn_parser")
    assert reference.splitlines()[3].startswith("usage: cleantext learn ")
    for action in build_learn_parser()._actions:
        for option in action.option_strings:
            assert f"`{option}" in reference or f", {option}" in reference, option
