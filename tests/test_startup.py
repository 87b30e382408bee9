"""``import cleantext`` does no work beyond definitions: no pattern is compiled and the ``regex``
engine is not loaded until a function needs them, nor ``importlib.resources`` (~6 ms of imports: shipped
files are read with ``lazy.read_shipped``) (start-up time: bench/bench_import.py)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import re, sys
compiled = []
original = re.compile

def spy(*args, **kwargs):
    if sys._getframe(1).f_globals.get("__name__", "").startswith("cleantext"):
        compiled.append(args[0])
    return original(*args, **kwargs)

re.compile = spy
had_resources = "importlib.resources" in sys.modules
import cleantext
assert had_resources or "importlib.resources" not in sys.modules, "importlib.resources was imported"
assert not compiled, f"compiled at import: {compiled}"
assert "regex" not in sys.modules, "the regex module was imported"
assert cleantext.clean("The bridge reopened.Â\\nShare") == "The bridge reopened.\\n"
"""


def test_import_compiles_no_pattern_and_loads_no_regex_engine() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
