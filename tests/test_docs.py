"""The documentation against the code: the CLI reference is generated from the parser, and kept so.

(The README's examples run as tests through Sybil: see conftest.py.)
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("make_cli_reference", ROOT / "docs" / "make_cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_cli_reference_in_docs_is_what_the_parser_gives() -> None:
    generator = _generator()
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == generator.rendered(committed), "docs/cli.md is stale: run python docs/make_cli_reference.py"


def test_the_generated_reference_names_every_option_and_exit_status() -> None:
    from cleantext.cli import build_parser

    reference = _generator().reference()
    for action in build_parser()._actions:
        for option in action.option_strings:
            assert f"`{option}" in reference or f", {option}" in reference, option
    assert "130 Ctrl-C" in reference and "2 usage error" in reference


def test_the_learn_reference_names_every_option_of_cleantext_learn() -> None:
    from cleantext.cli import build_learn_parser

    reference = _generator().reference("build_learn_parser")
    assert reference.splitlines()[3].startswith("usage: cleantext learn ")
    for action in build_learn_parser()._actions:
        for option in action.option_strings:
            assert f"`{option}" in reference or f", {option}" in reference, option
