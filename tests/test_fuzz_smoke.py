"""A short run of the atheris harness (tests/fuzz/fuzz_cleantext.py): the CI smoke of the fuzzer.

The long campaigns are run by hand (see the harness's docstring); here a few thousand executions,
seeded with one input per target built from the fixtures, must finish without a crash.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HARNESS = ROOT / "tests" / "fuzz" / "fuzz_cleantext.py"


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


def test_the_fuzz_harness_runs_a_few_thousand_inputs_without_a_crash(tmp_path: Path) -> None:
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
