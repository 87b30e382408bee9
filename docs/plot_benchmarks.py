"""Draw the benchmark figures of the documentation from the JSON the bench scripts write.

Usage: python docs/plot_benchmarks.py [JSON_DIR] [OUT_DIR]   (default: docs/benchmarks -> docs/_plots)

Every figure is made from the files of ``docs/benchmarks/`` (written by ``bench/*.py --json``):
quality on the three development sets, speed against ftfy, growth of the cost with input size, and
crawl formats (WARC throughput against warcio, memory against compressed input size);
beside each figure, a Markdown table of the same numbers (``*.md``, included by the benchmarks page).
The documentation build runs :func:`draw` (see ``docs/conf.py``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OURS = "cleantext"  # systems whose name starts with this are drawn in the accent colour
ACCENT, PEER = "#d1495b", "#8d99ae"


def _load(folder: Path, name: str) -> dict[str, Any]:
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def _colours(names: list[str]) -> list[str]:
    return [ACCENT if name.startswith(OURS) else PEER for name in names]


def _save(figure: Any, path: Path, plt: Any) -> list[Path]:
    """Write one figure, its plots without a top and right frame, and free it."""
    for axes in figure.axes:
        axes.spines[["top", "right"]].set_visible(False)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return [path]


def _scores(axes: Any, systems: dict[str, dict[str, float]], title: str, note: str) -> None:
    """Horizontal bars of F1, best at the top, with precision and recall written beside each."""
    names = sorted(systems, key=lambda name: systems[name]["f1"])
    values = [systems[name]["f1"] for name in names]
    axes.barh(names, values, color=_colours(names))
    for row, name in enumerate(names):
        figures = systems[name]
        axes.text(
            figures["f1"] + 0.01,
            row,
            f"{figures['f1']:.3f}  (P {figures['precision']:.2f}, R {figures['recall']:.2f})",
            va="center",
            fontsize=8,
        )
    axes.set_xlim(0, 1.35)
    axes.set_xlabel(note)
    axes.set_title(title, fontsize=10, loc="left")


def quality(folder: Path, out: Path, plt: Any) -> list[Path]:
    realtext = _load(folder, "quality_realtext")
    plaintext = _load(folder, "quality_plaintext")
    html = _load(folder, "bench_html")
    figure, axes = plt.subplots(3, 1, figsize=(8, 8.5), layout="constrained")
    _scores(
        axes[0],
        realtext["systems"],
        f"Scraped news as text ({realtext['documents']} documents): which lines go",
        "line-removal F1 (chrome lines removed, article lines kept)",
    )
    _scores(
        axes[1],
        plaintext["systems"],
        f"Whole pages as text ({plaintext['pages']} pages): the article body",
        "F1 of word 4-gram shingles against the gold body, averaged per page",
    )
    _scores(
        axes[2],
        html["systems"],
        f"The same pages as HTML ({html['pages']} pages): the article body",
        "F1 of word 4-gram shingles against the gold body, averaged per page",
    )
    return _save(figure, out / "quality.png", plt)


def speed(folder: Path, out: Path, plt: Any) -> list[Path]:
    timings = _load(folder, "bench_speed")
    html = _load(folder, "bench_html")
    corpora = timings["corpora"]
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.6), layout="constrained")
    names = list(corpora)
    rows = range(len(names))
    per_mb = {
        system: [corpora[name][system] / corpora[name]["megabytes"] for name in names] for system in ("ftfy", "clean")
    }
    left.bar([row - 0.2 for row in rows], per_mb["ftfy"], width=0.4, color=PEER, label="ftfy.fix_text")
    left.bar([row + 0.2 for row in rows], per_mb["clean"], width=0.4, color=ACCENT, label="cleantext.clean")
    for row, name in zip(rows, names, strict=True):
        left.text(
            row,
            max(per_mb["ftfy"][row], per_mb["clean"][row]) * 1.03,
            f"×{corpora[name]['ratio']:.2f}",
            ha="center",
            fontsize=8,
        )
    left.set_xticks(list(rows), names)
    left.set_ylabel("seconds per MB")
    left.set_title("Text: clean against ftfy, same documents", fontsize=10, loc="left")
    left.legend(frameon=False, fontsize=8)
    systems = html["systems"]
    ordered = sorted(systems, key=lambda name: systems[name]["seconds"])
    right.barh(ordered, [html["pages"] / systems[name]["seconds"] for name in ordered], color=_colours(ordered))
    right.invert_yaxis()
    right.set_xlabel("pages per second")
    right.set_title(f"HTML: {html['pages']} pages, extraction throughput", fontsize=10, loc="left")
    return _save(figure, out / "speed.png", plt)


def scaling(folder: Path, out: Path, plt: Any) -> list[Path]:
    linear = _load(folder, "bench_linear")
    families = linear["families"]
    names = list(families)[::-1]
    figure, axes = plt.subplots(figsize=(8, 0.28 * len(names) + 1.4), layout="constrained")
    growth = [families[name]["growth"] for name in names]
    passed = [families[name]["verdict"] == "PASS" for name in names]
    axes.barh(names, growth, color=[ACCENT if ok else "#333333" for ok in passed])
    for row, name in enumerate(names):
        if "added_growth" in families[name]:  # HTML: the limit applies to what cleantext adds to trafilatura
            note = f"  what cleantext adds: ×{families[name]['added_growth']:.1f}"
            axes.text(growth[row], row, note, va="center", fontsize=7)
    axes.axvline(10, color="#555555", linestyle=":", linewidth=1)
    axes.axvline(linear["limit"], color="#555555", linestyle="--", linewidth=1)
    axes.text(10, len(names) - 0.3, " linear (×10)", fontsize=8, va="bottom")
    axes.text(linear["limit"], -0.9, f" limit ×{linear['limit']:g}", fontsize=8)
    axes.set_xlabel("time for 10× the input, as a multiple of the time for 1×")
    axes.set_title("Cost against input size, per input family", fontsize=10, loc="left")
    axes.tick_params(axis="y", labelsize=8)
    return _save(figure, out / "scaling.png", plt)


def formats(folder: Path, out: Path, plt: Any) -> list[Path]:
    results = _load(folder, "bench_formats")
    speed, memory = results["throughput"], results["memory"]["wet_tidy"]
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 3.4), layout="constrained")
    names = ["warcio + clean", "cleantext (FastWARC)"]
    rates = [speed["documents"] / speed["peer_s"], speed["documents"] / speed["command_s"]]
    left.barh(names, rates, color=[PEER, ACCENT])
    left.set_xlabel("documents per second, -j 1")
    left.set_title(f"WARC to JSON Lines: {speed['gzip_mb']:.0f} MB gzip, same records", fontsize=10, loc="left")
    sizes = [row["gzip_mb"] for row in memory]
    right.plot(sizes, [row["tree_mb"] for row in memory], marker="o", color=ACCENT, label="whole process tree")
    right.plot(sizes, [row["peak_mb"] for row in memory], marker="o", color=PEER, label="largest process")
    right.set_xscale("log")
    right.set_ylim(0, max(row["tree_mb"] for row in memory) * 1.5)
    right.set_xlabel("compressed input, MB (log scale)")
    right.set_ylabel("peak RSS, MB")
    right.set_title("Memory against input size, -j 2", fontsize=10, loc="left")
    right.legend(frameon=False, fontsize=8)
    return _save(figure, out / "formats.png", plt)


def _table(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tables(folder: Path, out: Path, plt: Any = None) -> list[Path]:
    """The numbers behind the figures, as Markdown tables, and the command that measured each."""
    written = []
    realtext = _load(folder, "quality_realtext")
    rows = [
        [name, f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"**{f['f1']:.3f}**", f"{f['content_kept']:.2%}"]
        for name, f in sorted(realtext["systems"].items(), key=lambda item: -item[1]["f1"])
    ]
    header = ["system", "removal precision", "removal recall", "F1", "article words kept"]
    written.append(_table(out / "quality_realtext.md", header, rows))
    for name in ("quality_plaintext", "bench_html"):
        results = _load(folder, name)
        rows = [
            [system, f"{f['precision']:.3f}", f"{f['recall']:.3f}", f"**{f['f1']:.3f}**"]
            for system, f in sorted(results["systems"].items(), key=lambda item: -item[1]["f1"])
        ]
        written.append(_table(out / f"{name}.md", ["system", "precision", "recall", "F1"], rows))
    timings = _load(folder, "bench_speed")
    rows = [
        [name, f"{c['megabytes']:.2f}", f"{c['ftfy']:.3f}", f"{c['clean']:.3f}", f"**{c['ratio']:.2f}**"]
        for name, c in timings["corpora"].items()
    ]
    header = ["corpus", "MB", "ftfy.fix_text s", "cleantext.clean s", "clean / ftfy"]
    written.append(_table(out / "bench_speed.md", header, rows))
    crawl = _load(folder, "bench_formats")
    speed = crawl["throughput"]
    rows = [
        [system, f"{seconds:.1f}", f"{speed['documents'] / seconds:.1f}", f"{speed['warc_mb'] / seconds:.2f}"]
        for system, seconds in (
            ("cleantext, FastWARC reader", speed["command_s"]),
            ("warcio + cleantext.clean", speed["peer_s"]),
        )
    ]
    header = ["WARC to JSON Lines, -j 1", "seconds", "documents/s", "MB/s (uncompressed)"]
    written.append(_table(out / "bench_formats_speed.md", header, rows))
    rows = [
        [
            f"{row['gzip_mb']:.0f}",
            f"{row['raw_mb']:.0f}",
            f"{row['documents']:,}",
            f"{row['peak_mb']:.1f}",
            f"{row['tree_mb']:.1f}",
        ]
        for row in crawl["memory"]["wet_tidy"]
    ]
    header = ["gzip MB", "uncompressed MB", "records", "largest process MB", "whole tree MB"]
    written.append(_table(out / "bench_formats_memory.md", header, rows))
    commands = [f"`{_load(folder, name)['command']}` ({_load(folder, name)['date']})" for name in COMMANDS]
    (out / "commands.md").write_text("".join(f"- {command}\n" for command in commands), encoding="utf-8")
    return [*written, out / "commands.md"]


COMMANDS = ("quality_realtext", "quality_plaintext", "bench_html", "bench_speed", "bench_linear", "bench_formats")
FIGURES: tuple[Callable[[Path, Path, Any], list[Path]], ...] = (quality, speed, scaling, formats, tables)


def draw(folder: Path = HERE / "benchmarks", out: Path = HERE / "_plots") -> list[Path]:
    """Draw every figure (PNG) and table (Markdown) from the JSON in ``folder`` into ``out``; return their paths."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(parents=True, exist_ok=True)
    return [path for figure in FIGURES for path in figure(folder, out, plt)]


if __name__ == "__main__":
    arguments = [Path(argument) for argument in sys.argv[1:3]]
    for written in draw(*arguments):
        print(written)
