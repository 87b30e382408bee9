"""The code examples of the documentation run as tests (Sybil), from the root of the repository."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser

ROOT = Path(__file__).resolve().parents[1]

collect_ignore = ["conf.py", "_build"]


@pytest.fixture
def from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    """Examples name files as a user in a clone does: relative to the repository's root."""
    monkeypatch.chdir(ROOT)


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=doctest.ELLIPSIS)],
    patterns=["*.md", "integrations/*.md"],
    fixtures=["from_the_repository"],
).pytest()
