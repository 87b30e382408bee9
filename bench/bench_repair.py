"""Compare ``cleantext.repair`` with ``ftfy.fix_text``: quality on the case corpus, and speed.

Usage: python bench/bench_repair.py [--cases PATH] [--data DIR] [--show] [--no-speed]

Quality: every case of fixtures/repair_cases.json, per category, passed by each tool (output equal to
the expected text; for ``keep-*`` cases, byte for byte equal to the input). ftfy runs with its
defaults, as most people call it, and news-safe (curly quotes, character widths and normal form kept).

Speed: three texts of 1 MB each, built from real news in ../shared/data (article bodies of
plaintext_dev.jsonl and content lines of realtext_dev.jsonl; the case corpus if those are missing):
clean ASCII lines, clean lines holding non-ASCII characters, and those same non-ASCII lines damaged
(UTF-8 read as Windows-1252) mixed with ASCII lines ending in the lone "Â" of a lost no-break space.
Each tool is timed on the whole text, best of three runs.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path

import ftfy

import cleantext

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "fixtures" / "repair_cases.json"
DATA = ROOT.parent / "shared" / "data"
MEGABYTE = 1_000_000


def quality(cases: list[dict[str, str]], show: bool) -> None:
    safe = partial(ftfy.fix_text, uncurl_quotes=False, fix_character_width=False, normalization=None)
    tools: dict[str, Callable[[str], str]] = {"cleantext": cleantext.repair, "ftfy": ftfy.fix_text, "ftfy-safe": safe}
    total: Counter[str] = Counter()
    passed: dict[str, Counter[str]] = {name: Counter() for name in tools}
    ftfy_only: list[dict[str, str]] = []
    for case in cases:
        category = case["category"]
        total[category] += 1
        right = {}
        for name, tool in tools.items():
            right[name] = tool(case["input"]) == case["expected"]
            passed[name][category] += right[name]
        if (right["ftfy"] or right["ftfy-safe"]) and not right["cleantext"]:
            ftfy_only.append(case)
        if show and not right["cleantext"]:
            print(f"  wrong [{category}/{case['status']}] {case['input']!r} -> {cleantext.repair(case['input'])!r}")
    print(f"{'category':<18}{'cases':>6}{'cleantext':>11}{'ftfy':>7}{'ftfy-safe':>11}")
    for category in sorted(total, key=lambda name: (name.startswith("keep-"), name)):
        counts = [passed[name][category] for name in tools]
        print(f"{category:<18}{total[category]:>6}{counts[0]:>11}{counts[1]:>7}{counts[2]:>11}")
    cases_total = sum(total.values())
    sums = [sum(passed[name].values()) for name in tools]
    print(f"{'all':<18}{cases_total:>6}{sums[0]:>11}{sums[1]:>7}{sums[2]:>11}")
    shares = ", ".join(f"{name} {count / cases_total:.1%}" for name, count in zip(tools, sums, strict=True))
    print(f"passed: {shares}  (ftfy-safe: fix_text with curly quotes, widths and normal form kept)")
    keep_wrong = sum(total[c] - passed["cleantext"][c] for c in total if c.startswith("keep-"))
    print(f"must-not-change failures (cleantext): {keep_wrong}")
    damaged_lines = [case for case in cases if case["status"] == "partial"]
    if damaged_lines:
        verdicts = Counter(_verdict(cleantext.repair(case["input"]), case) for case in damaged_lines)
        print(
            f"lost-byte lines (status partial, {len(damaged_lines)}): cleantext {verdicts['recovered']} recovered, "
            f"{verdicts['left']} left partly damaged, {verdicts['wrong']} with a wrong letter"
        )
        _per_letter(sorted({case["expected"] for case in damaged_lines}))
    print(f"cases ftfy (either way) gets right and cleantext gets wrong: {len(ftfy_only)}")


def _per_letter(sentences: list[str]) -> None:
    """Each letter of the lost-byte sentences damaged alone, each way (as bench/tune_lost_bytes.py does).

    Held out: the margin and least frequency were chosen on other text (tune_lost_bytes.py).
    """
    from tune_lost_bytes import WAYS, score

    print(f"per letter of those {len(sentences)} sentences, damaged alone (recovered/wrong/left):")
    for way in WAYS:
        counts = Counter(
            score(line, index, way)
            for line in sentences
            for index, char in enumerate(line)
            if char.isalpha() and not char.isascii()
        )
        counts.pop(None, None)
        done = sum(counts.values())
        print(
            f"  {way:<12} {counts['recovered']}/{counts['wrong']}/{counts['left']}"
            f"  ({counts['recovered'] / max(done, 1):.0%} recovered, {counts['wrong'] / max(done, 1):.1%} wrong)"
        )


def _verdict(result: str, case: dict[str, str]) -> str:
    """recovered (equal to the expected text), left (only damage kept as it was) or wrong."""
    if result == case["expected"]:
        return "recovered"
    matcher = SequenceMatcher(None, result, case["expected"], autojunk=False)
    for operation, start, end, _, _ in matcher.get_opcodes():
        piece = result[start:end]
        if operation != "equal" and not (piece and ("\ufffd" in piece or "?" in piece or piece in case["input"])):
            return "wrong"
    return "left"


def _megabyte(lines: list[str]) -> str:
    out: list[str] = []
    size = 0
    while size < MEGABYTE:
        for line in lines:
            out.append(line)
            size += len(line.encode("utf-8")) + 1
            if size >= MEGABYTE:
                break
    return "\n".join(out)


def _best_of_three(tool: Callable[[str], str], text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        tool(text)
        best = min(best, time.perf_counter() - start)
    return best


def speed(data: Path, cases: list[dict[str, str]]) -> None:
    import ftfy.bad_codecs  # registers the sloppy codecs
    from tune_lost_bytes import news_lines

    lines = news_lines(data, cases)
    ascii_lines = [line for line in lines if line.isascii()]
    other_lines = [line for line in lines if not line.isascii()]
    damaged_lines: list[str] = []
    for index, line in enumerate(other_lines):
        damaged_lines.append(line.encode("utf-8").decode("sloppy-windows-1252"))
        if index < len(ascii_lines):
            damaged_lines.append(ascii_lines[index] + "Â")
    texts = {
        "clean ASCII news": _megabyte(ascii_lines),
        "clean non-ASCII news": _megabyte(other_lines),
        "damaged news": _megabyte(damaged_lines),
    }
    print(f"\n{'1 MB of':<22}{'repair s':>10}{'ftfy s':>10}{'ftfy/repair':>13}")
    for name, text in texts.items():
        ours = _best_of_three(cleantext.repair, text)
        theirs = _best_of_three(ftfy.fix_text, text)
        print(f"{name:<22}{ours:>10.3f}{theirs:>10.3f}{theirs / ours:>12.1f}x")
    print(
        f"(source lines: {len(ascii_lines)} ASCII, {len(other_lines)} non-ASCII, from {data if data.exists() else CASES})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--show", action="store_true", help="print every case cleantext gets wrong")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing")
    args = parser.parse_args()
    cases = json.loads(args.cases.read_text("utf-8"))
    quality(cases, args.show)
    if not args.no_speed:
        speed(args.data, cases)


if __name__ == "__main__":
    main()
