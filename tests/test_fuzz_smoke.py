"""The atheris harness (tests/fuzz/fuzz_cleantext.py): its checks on the seeds and reproducers, and a smoke run.

The long campaigns are run by hand (see the harness's docstring). Here the harness's own checks run on
one seed per target and on every crash reproducer, without atheris; and, when atheris (the ``fuzz``
extra, Linux x86-64 wheels only) is installed, a few thousand executions must finish without a crash.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HARNESS = ROOT / "tests" / "fuzz" / "fuzz_cleantext.py"
CRASHES = sorted((HARNESS.parent / "crashes").iterdir())


def _seeds(folder: Path) -> None:
    """One seed per target: the first byte picks it (see ``_MIXED`` in the harness)."""
    raw = (ROOT / "fixtures" / "seed" / "chile_border.raw.txt").read_bytes()[:3000]
    page = (ROOT / "fixtures" / "html" / "news_page.html").read_bytes()[:3000]
    record = json.dumps({"text": raw.decode("utf-8"), "id": 1}).encode() + b'\n[1]\n{"text": 2}\n'
    seeds = {
        "clean": b"\x01" + raw,
        "clean-utf16": b"\x00\x00" + "donâ€™t\ud800 stop".encode("utf-16-le", "surrogatepass"),
        "decode": b"\x06" + "“déjà vu” — 20 €".encode("cp1252"),
        "jsonl": b"\x0b" + record,
        "html": b"\x0f" + page,
    }
    for name, data in seeds.items():
        (folder / name).write_bytes(data)


def _harness():
    spec = importlib.util.spec_from_file_location("fuzz_cleantext", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_harness_checks_pass_on_the_seeds_and_reproducers_without_atheris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = _harness()
    assert "atheris" not in vars(harness)  # imported for the checks only: no fuzzing engine needed
    _seeds(tmp_path)
    monkeypatch.delenv("FUZZ_TARGET", raising=False)
    for seed in sorted(tmp_path.iterdir()):
        harness.test_one_input(seed.read_bytes())  # the first byte picks the target
    assert CRASHES
    for crash in CRASHES:  # found in mixed mode (first byte: target) or with FUZZ_TARGET=clean
        harness.test_one_input(crash.read_bytes())
        harness._TARGETS["clean"](crash.read_bytes())


def test_the_fuzz_harness_runs_a_few_thousand_inputs_without_a_crash(tmp_path: Path) -> None:
    pytest.importorskip(
        "atheris", reason="atheris is not installed (pip install -e '.[fuzz]', Linux x86-64): the fuzzer did not run"
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _seeds(corpus)
    run = subprocess.run(
        [sys.executable, str(HARNESS), "-atheris_runs=3000", "-max_len=4096", "-seed=1", str(corpus)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Done 3000 in" in run.stderr, run.stderr[-3000:]
    assert not list(tmp_path.glob("crash-*"))
