"""The code examples of the documentation run as tests (Sybil), from the root of the repository.

An example that needs what the tests do not have (a cluster, a crawl, Spark) is preceded by the MyST
comment ``% skip: next`` and said, in the page's text, to be an outline.
"""

from __future__ import annotations

import doctest
import warnings
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parents[1]

collect_ignore = ["conf.py", "_build"]


@pytest.fixture
def from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Examples name files as a user in a clone does: relative to the repository's root."""
    monkeypatch.chdir(ROOT)


@pytest.fixture
def ray_quiet() -> None:
    """Ray's own modules raise deprecation warnings about its internal settings: not ours to fix."""
    for category in (DeprecationWarning, FutureWarning):
        warnings.filterwarnings("ignore", category=category, module=r"ray\.")


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=doctest.ELLIPSIS), SkipParser()],
    patterns=["*.md", "integrations/*.md"],
    fixtures=["from_the_repository", "ray_quiet"],
).pytest()
