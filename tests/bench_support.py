"""A bench script imported in a test: ``bench/`` on the path while it is used, its modules let go after."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"


@contextmanager
def bench_module(name: str) -> Iterator[ModuleType]:
    """``bench/NAME.py`` imported; afterwards the modules of ``bench/`` and ``training/`` it brought are forgotten
    (another test imports them afresh), the package's own stay loaded."""
    before = set(sys.modules)
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(BENCH))
        try:
            yield importlib.import_module(name)
        finally:
            for added in set(sys.modules) - before:
                where = getattr(sys.modules[added], "__file__", None) or ""
                if Path(where).parent in (BENCH, ROOT / "training"):
                    del sys.modules[added]
