"""The documentation site builds without a warning, and holds what it promises (its examples run in docs/)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleantext

pytest.importorskip("sphinx", reason="the docs extra is not installed")

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = [
    "index",
    "quickstart",
    "howitworks",
    "api",
    "cli",
    "integrations/scrapy",
    "integrations/datatrove",
    "benchmarks",
    "quality",
    "speed",
    "safety",
    "design",
    "repair",
    "html",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
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
def test_the_api_reference_documents_every_public_name(site: Path) -> None:
    api = (site / "api.html").read_text(encoding="utf-8")
    undocumented = [name for name in cleantext.__all__ if f'id="cleantext.{name}"' not in api]
    assert undocumented == []


@pytest.mark.docs
def test_the_benchmarks_page_shows_the_figures_drawn_from_the_json(site: Path) -> None:
    page = (site / "benchmarks.html").read_text(encoding="utf-8")
    for image in ("quality.png", "speed.png", "scaling.png"):
        assert f"_images/{image}" in page
        assert (site / "_images" / image).stat().st_size > 10_000
    realtext = json.loads((DOCS / "benchmarks" / "quality_realtext.json").read_text(encoding="utf-8"))
    assert f"{realtext['systems']['cleantext.clean']['f1']:.3f}" in page
    speed = json.loads((DOCS / "benchmarks" / "bench_speed.json").read_text(encoding="utf-8"))
    assert f"{speed['corpora']['english']['ratio']:.2f}" in page
