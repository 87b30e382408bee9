"""The shipped analysis of the default chrome rules (``data/chrome_analysis.json``) is what the analysis
computes: the first call reads it instead of reading every rule's pattern (docs/speed.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

from cleantext import chrome_analysis
from cleantext.chrome_analysis import _entries, _Parser, _shipped, _Unsupported, analysis_table
from cleantext.rules import DEFAULT_RULES, Rule
from cleantext.shapes import DEFAULT_NOTICES

ROOT = Path(__file__).resolve().parents[1]


def test_the_shipped_table_is_what_the_build_script_writes() -> None:
    shipped = resources.files("cleantext").joinpath("data", "chrome_analysis.json").read_text(encoding="utf-8")
    wanted = analysis_table([rule.pattern for rule in DEFAULT_RULES] + [notice.clauses for notice in DEFAULT_NOTICES])
    assert json.loads(shipped) == wanted, "run python src/cleantext/data/make_chrome_analysis.py"
    script = ROOT / "src" / "cleantext" / "data" / "make_chrome_analysis.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_each_default_rule_reads_from_the_table_as_from_its_pattern() -> None:
    table = _shipped()
    rules = [*DEFAULT_RULES, *(Rule("notice", notice.clauses, None) for notice in DEFAULT_NOTICES)]
    assert set(table) == {rule.pattern for rule in rules}
    for rule in rules:
        try:
            read = _Parser(rule.pattern).read()
        except (_Unsupported, IndexError):
            read = None
        assert (None if table[rule.pattern] is None else list(table[rule.pattern])) == read, rule.label
        if read is not None:
            assert _Parser(rule.pattern).top() == read


def test_a_pattern_the_table_lacks_is_read_and_a_table_of_another_version_is_ignored() -> None:
    pattern = r"^(?:sign up|log in)\b|newsletter"
    assert pattern not in _shipped()
    assert _Parser(pattern).top() == _Parser(pattern).read()
    assert _entries(dict(analysis_table([pattern]), version=0)) == {}
    assert chrome_analysis._TABLE_FILE == "chrome_analysis.json"


def test_importing_does_not_read_the_table() -> None:
    probe = "import cleantext, cleantext.chrome_analysis as a; assert a._shipped.cache_info().currsize == 0"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
