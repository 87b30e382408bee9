"""The seed document: scraped AFP article in, the editor's clean text out, exactly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import cleantext

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed"
RAW = SEED / "chile_border.raw.txt"
CLEAN = SEED / "chile_border.clean.txt"


def test_library_cleans_the_seed_exactly() -> None:
    assert cleantext.clean(RAW.read_text(encoding="utf-8")) == CLEAN.read_text(encoding="utf-8")


def test_cli_cleans_the_seed_exactly() -> None:
    result = subprocess.run([sys.executable, "-m", "cleantext", str(RAW)], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == CLEAN.read_bytes()
    assert result.stderr == b""


def test_cli_reads_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cleantext"], input=RAW.read_bytes(), capture_output=True, check=False
    )
    assert result.returncode == 0
    assert result.stdout == CLEAN.read_bytes()


def test_explain_names_the_step_and_reason_of_every_removed_seed_line() -> None:
    report = cleantext.explain(RAW.read_text(encoding="utf-8"))
    reasons = {edit.line + 1: (edit.step, edit.label) for edit in report.removed}
    assert reasons[21] == ("strip_chrome", "comment-counter")  # "(0) comments"
    assert reasons[23] == ("strip_chrome", "login")  # "Log In"
    assert reasons[14] == ("drop_duplicates", "comment-policy")  # the hard-wrapped policy, printed twice
    assert reasons[24] == ("drop_duplicates", "duplicate-of-line-14")  # its sentence-per-line copy
    assert set(reasons) == set(range(14, 31))  # nothing of the article
