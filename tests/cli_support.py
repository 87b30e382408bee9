"""What the end-to-end tests of the command share: the installed command, fixtures, small helpers."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "seed"
RAW = (SEED / "chile_border.raw.txt").read_text(encoding="utf-8")
CLEAN = (SEED / "chile_border.clean.txt").read_text(encoding="utf-8")
ARTICLE = "Officials reported the crossing was closed on Friday.\n(0) comments\nLog In\n"
ARTICLE_CLEAN = "Officials reported the crossing was closed on Friday.\n"


def _command() -> str:
    beside = Path(sys.executable).parent / "cleantext"
    found = str(beside) if beside.exists() else shutil.which("cleantext")
    assert found, "the cleantext command is not installed (pip install -e .)"
    return found


CLEANTEXT = _command()


def run(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None, **options: Any
) -> subprocess.CompletedProcess[bytes]:
    """Run the command with ``args``, ``stdin`` as its input; capture both outputs."""
    return subprocess.run(
        [CLEANTEXT, *map(str, args)], input=stdin, capture_output=True, cwd=cwd, check=False, timeout=120, **options
    )


def lines_of(output: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def errors_of(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode("utf-8").splitlines()


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8")
    return path


def on_terminal(
    args: list[str | Path], *, stdout_too: bool = False, stdin_too: bool = False, typed: bytes = b""
) -> tuple[int, str, bytes]:
    """Run with standard error (and optionally standard output or input) on a pseudo-terminal.

    ``typed`` is written to the terminal once the command says it reads standard input. Returns the
    exit status, what the terminal showed, and standard output when it was not the terminal.
    """
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [CLEANTEXT, *map(str, args)],
            stdin=follower if stdin_too else subprocess.DEVNULL,
            stdout=follower if stdout_too else subprocess.PIPE,
            stderr=follower,
        )
        shown = b""
        if typed:
            deadline = time.monotonic() + 60
            while b"reading standard input" not in shown and time.monotonic() < deadline:
                if select.select([leader], [], [], 0.1)[0]:
                    shown += os.read(leader, 65536)
            os.write(leader, typed)
        out = b""
        if not stdout_too:
            with process.stdout:
                out = process.stdout.read()
        status = process.wait(timeout=120)
        os.close(follower)
        follower = -1
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: the terminal has no writer left
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    return status, shown.decode("utf-8", "replace"), out
