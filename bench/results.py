"""The JSON the bench scripts write with ``--json PATH``: what docs/benchmarks holds and the plots read."""

from __future__ import annotations

import datetime
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any


def save(path: Path | str | None, benchmark: str, results: dict[str, Any]) -> None:
    """Write ``results`` under ``benchmark``, with the command and the machine that made them; no path, nothing."""
    if path is None:
        return
    record = {
        "benchmark": benchmark,
        "command": " ".join(["python", *sys.argv]),
        "date": datetime.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "system": platform.system()},
        **results,
    }
    Path(path).write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
