"""Repository-wide pytest set-up.

- Sybil runs the Python examples of README.md as tests (doctest blocks, code blocks, invisible checks).
  The examples open the repository's fixtures by relative paths, from the repository's top folder.
- The Ray integration's module is only collected (for its doctests) where the ray extra is installed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser

ROOT = Path(__file__).resolve().parent

collect_ignore = [] if importlib.util.find_spec("ray") else ["src/cleantext/integrations/ray.py"]


@pytest.fixture
def _at_the_top(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(), SkipParser()], patterns=["README.md"], fixtures=["_at_the_top"]
).pytest()
