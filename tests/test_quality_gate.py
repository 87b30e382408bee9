"""The quality gate: the dev-set benchmarks run and no figure may fall below its floor.

The floors live in ``bench/floors.toml`` (a floor may only be raised; the file says how). The dev sets
are read from ``../shared/data`` next to the repository, as the benchmarks read them; a clone without
them skips the gate, saying so. Select or leave out the gate with ``-m quality`` / ``-m "not quality"``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator

import pytest
from bench_support import BENCH, ROOT, bench_module

DATA = ROOT.parent / "shared" / "data"
FLOORS = tomllib.loads((BENCH / "floors.toml").read_text(encoding="utf-8"))

pytestmark = pytest.mark.quality
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason="the dev sets are not there (../shared/data next to the repository): no quality gate"
)


@pytest.fixture(scope="module")
def gate(request: pytest.FixtureRequest) -> Iterator[dict]:
    """The gate's module (bench/quality_gate.py), and the rows measured so far, printed at the end."""
    with bench_module("quality_gate") as quality_gate:
        state: dict = {"module": quality_gate, "rows": {}}
        yield state
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None and state["rows"]:
        with capture.global_and_fixture_disabled():  # shown whether the gate passes or not
            reporter.ensure_newline()
            reporter.write_sep("-", "quality gate: figure, floor (bench/floors.toml), margin")
            for rows in state["rows"].values():
                for row in rows:
                    reporter.write_line(row.line())


@needs_data
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_no_figure_below_its_floor(gate: dict, name: str) -> None:
    module = gate["module"]
    rows = module.check(name, module.BENCHMARKS[name](), FLOORS[name])
    gate["rows"][name] = rows
    below = [row.line() for row in rows if row.margin < 0]
    assert not below, "a dev-set figure fell below its floor:\n" + "\n".join(below)


def test_the_floors_name_known_sets_and_figures_in_range() -> None:
    sets = {"realtext", "plaintext", "html", "realtext-rules", "plaintext-rules"}
    assert set(FLOORS) == sets
    for figures in FLOORS.values():
        assert figures, "a set without floors"
        assert all(0.0 < floor <= 1.0 for floor in figures.values())
