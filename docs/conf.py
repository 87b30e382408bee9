"""Sphinx configuration of cleantext's documentation site (Markdown pages read by MyST, the furo theme).

Build it from a clone: ``pip install -e '.[docs]'`` then ``sphinx-build -W docs docs/_build/html``.
The benchmark figures are drawn, at every build, from the JSON in ``docs/benchmarks/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # plot_benchmarks

import cleantext  # noqa: E402

project = "cleantext"
author = "the cleantext authors"
copyright = "the cleantext authors"
release = cleantext.__version__
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "benchmarks/*.json", "conftest.py"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"cleantext {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}


def _plots(app) -> None:
    """Draw the benchmark figures from docs/benchmarks/*.json before the pages are read."""
    import plot_benchmarks

    plot_benchmarks.draw(HERE / "benchmarks", HERE / "_plots")


def setup(app):
    app.connect("builder-inited", _plots)
    return {"parallel_read_safe": True}
