"""Time every regular expression of cleantext against adversarial strings: is any super-linear?

Usage: python bench/check_regexes.py [--size N] [--show-all]

Every pattern of cleantext's modules (compiled, or a ``LazyPattern`` compiled here), every chrome
rule (as :mod:`cleantext.chrome` compiles it) and every top-level alternative of each rule is run as
the package uses it -- with ``finditer``, every match of the whole string, as ``search`` in a loop,
``sub`` and ``findall`` do; a module pattern that the package's source only ever calls ``match`` or
``fullmatch`` on, with that method alone (its cost at one place; the loops that call it at many
places are ``bench_linear.py``'s concern) -- on strings of size N and
10 N made of a repeated piece: single characters the quantifiers accept (letters, digits, spaces,
punctuation, "Â", "Ã", "â€") and the literal words of the pattern itself with separators, so that
each alternative's prefix matches again and again, each string ending in a character that fails.
A pattern whose time grows more than ``--limit`` times (linear: 10) is listed as super-linear.
Times are CPU time of this process (``time.process_time``), so that other programs on a shared
machine weigh on them less.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import regex

import cleantext
from cleantext.lazy import LazyPattern
from cleantext.rules import DEFAULT_RULES
from cleantext.shapes import DEFAULT_TEASERS, DEFAULT_THREADS

CHARS = [
    "a", "A", "x", "1", " ", "\t", "\xa0", ".", ",", "-", "|", ":", "(", ")", "/", "@", "'", "’", "»", "→",
    "Â", "Ã", "â€", "é", "\u3042", "&", "#", ";", "<", ">", "=", '"', "_", "$", "{", "}", "\r",
]  # fmt: skip
SEPARATORS = ["", " ", ".", "(", "/", "\n"]
TAILS = ["", "\x00", "!", " z"]
#: Openings that the chrome rules look for, each followed by a long run of one character: a rule's
#: prefix matches, then its quantifiers meet the run (as "Photo by " + "A" * 400 + "1" does).
PREFIXES = [
    "", "photo by ", "photo: ", "image via ", "follow ", "follow us on ", "sign up ", "subscribe ", "newsletter ",
    "copyright ", "© ", "contact us ", "tags: ", "email: ", "read more ", "related: ", "share ", "donate ",
    "this article was published ", "a post shared by ", "advertisement ", "cookie policy ", "function(",
    "window.", "var a = ", "previous ", "reading time: ", "Jane Doe for ", "www.", "http://", "Jane - +1 ",
]  # fmt: skip
RUN_CHARS = ["a", "A", " ", ".", "1", "-", "|", "/", "(", "'", "Â", "\u3042"]


#: How a pattern can be called, and which of those calls read the whole string from every place.
ANCHORED = ("match", "fullmatch")
SCANNING = ("search", "finditer", "findall", "sub", "subn", "split")
SCAN = ("finditer",)


def _modules() -> list[str]:
    """Every module of the package but its command's entry point and the optional integrations (their
    libraries may be missing)."""
    found = pkgutil.walk_packages(cleantext.__path__, "cleantext.")
    skipped = ("cleantext.__main__", "cleantext.integrations")
    return sorted(info.name for info in found if not info.name.startswith(skipped))


@cache
def _sources() -> dict[str, str]:
    """The package's source: each module's file's text by the module's name."""
    root = Path(cleantext.__file__).parent
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path.read_text(encoding="utf-8")
    return found


def uses(module_name: str, attribute: str) -> tuple[str, ...]:
    """How the package calls the pattern ``attribute`` of ``module_name`` (``_WORD.match(...)``, or the
    method handed on: ``map(_WORD.fullmatch, ...)``), in its own module and in those that import the
    name: ``("finditer",)`` when anything it calls scans the string or no call is found, else the
    anchored methods it calls."""
    importing = re.compile(rf"^\s*from [\w.]+ import [^\n]*\b{re.escape(attribute)}\b", re.MULTILINE)
    called: set[str] = set()
    for name, text in _sources().items():
        if name == module_name or importing.search(text):
            called.update(re.findall(rf"\b{re.escape(attribute)}\.(\w+)", text))
    if not called & set(ANCHORED) or called & set(SCANNING):
        return SCAN
    return tuple(sorted(called & set(ANCHORED)))


def patterns() -> Iterator[tuple[str, object, tuple[str, ...]]]:
    """(name, compiled pattern, the methods to time) for every pattern in cleantext's modules, every
    chrome rule and every thread's and box's."""
    seen: set[int] = set()
    for module_name in _modules():
        module = importlib.import_module(module_name)
        for attribute, value in vars(module).items():
            if isinstance(value, LazyPattern):  # what the module compiles on first use
                value = value.compiled()
            if isinstance(value, re.Pattern | regex.Pattern) and id(value) not in seen:
                seen.add(id(value))
                yield f"{module_name.removeprefix('cleantext.')}.{attribute}", value, uses(module_name, attribute)
    for number, rule in enumerate(DEFAULT_RULES):
        yield f"rule {number} {rule.name}", regex.compile(rule.pattern, regex.IGNORECASE), SCAN
        branches = _top_level_branches(rule.pattern)
        if len(branches) > 1:
            for index, branch in enumerate(branches):
                yield f"rule {number} {rule.name} | branch {index}", regex.compile(branch, regex.IGNORECASE), SCAN
    for thread in DEFAULT_THREADS:  # matched whole against a line (cleantext.threads), so anchored here
        for part in ("heading", "entry", "post"):
            if getattr(thread, part):
                pattern = rf"^(?:{getattr(thread, part)})$"
                yield f"thread {thread.name} {part}", regex.compile(pattern, regex.IGNORECASE), SCAN
    for box in DEFAULT_TEASERS:  # likewise (cleantext.teasers)
        yield f"teasers {box.name} heading", regex.compile(rf"^(?:{box.heading})$", regex.IGNORECASE), SCAN


def _top_level_branches(pattern: str) -> list[str]:
    depth, start, escaped, in_class = 0, 0, False, False
    branches = []
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    branches.append(pattern[start:])
    return branches


def pieces(pattern: object) -> list[str]:
    """Repeatable pieces: single characters, and the pattern's own literal words with separators."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode("latin-1")  # type: ignore[attr-defined]
    words = sorted(set(re.findall(r"(?<!\\)(?<!\\p\{)[A-Za-zÀ-ÿ'’]{2,}", source)))
    found = list(CHARS)
    for word in words:
        found.extend(word + separator for separator in SEPARATORS)
    return found


def run(pattern: object, text: str | bytes, methods: tuple[str, ...] = SCAN) -> float:
    """CPU seconds to call each of ``methods`` on ``text`` (``finditer`` to its last match)."""
    gc.collect()
    start = time.process_time()
    _call(pattern, text, methods)
    return time.process_time() - start


def _call(pattern: object, text: str | bytes, methods: tuple[str, ...], **options: float) -> None:
    for method in methods:
        if method == "finditer":
            for _ in pattern.finditer(text, **options):  # type: ignore[attr-defined]
                pass
        else:
            getattr(pattern, method)(text, **options)


def worst_ratio(
    pattern: object, size: int, floor: float, methods: tuple[str, ...] = SCAN
) -> tuple[float, tuple[str, str], float, float]:
    """The worst small->large growth over every piece and tail, with the input that showed it."""
    binary = isinstance(pattern.pattern, bytes)  # type: ignore[attr-defined]
    worst = (0.0, ("", ""), 0.0, 0.0)
    for piece in pieces(pattern):
        for tail in TAILS:
            repeat = max(1, size // len(piece))
            small, large = piece * repeat + tail, piece * (10 * repeat) + tail
            if binary:
                small, large = small.encode("utf-8"), large.encode("utf-8")  # type: ignore[assignment]
            t_small = run(pattern, small, methods)
            if t_small < floor:  # too fast to measure at n: only a large jump at 10 n counts
                t_large = run(pattern, large, methods)
                ratio = t_large / floor
            else:
                t_large = min(run(pattern, large, methods), run(pattern, large, methods))
                ratio = t_large / min(t_small, run(pattern, small, methods))
            if ratio > worst[0]:
                worst = (ratio, (piece, tail), t_small, t_large)
    return worst


def confirm(
    pattern: object, witness: tuple[str, str], floor: float, repeat: int = 3, methods: tuple[str, ...] = SCAN
) -> tuple[float, int, float, float]:
    """Re-time a suspect: grow the string until it takes ``floor`` seconds, then compare with 10x (best of 3)."""
    piece, tail = witness
    binary = isinstance(pattern.pattern, bytes)  # type: ignore[attr-defined]

    def text(count: int) -> str | bytes:
        built = piece * count + tail
        return built.encode("utf-8") if binary else built

    count = max(1, 1000 // len(piece))
    while True:
        t_small = min(run(pattern, text(count), methods) for _ in range(repeat))
        if t_small >= floor or count * len(piece) >= 1_000_000:
            break
        count *= 2
    t_large = min(run(pattern, text(10 * count), methods) for _ in range(repeat))
    return t_large / max(t_small, 1e-9), count * len(piece), t_small, t_large


def prefixed_growth(pattern: object, methods: tuple[str, ...] = SCAN) -> tuple[float, str, float]:
    """The worst growth from a run of 100 to a run of 200 after one of :data:`PREFIXES` (linear: 2).

    Short runs, because a catastrophic pattern takes seconds already at a few hundred characters; a
    run that hits the regex module's timeout counts as unbounded. A growth over 3 is timed again,
    best of 5, before it is believed (a fraction of a millisecond moves by that much under load).
    """
    if isinstance(pattern.pattern, bytes):  # type: ignore[attr-defined]
        return 0.0, "", 0.0
    worst = (0.0, "", 0.0)
    for prefix in PREFIXES:
        for char in RUN_CHARS:
            for tail in TAILS:
                ratio, t_large = _growth(pattern, (prefix, char, tail), methods, repeat=1)
                if ratio > 3.0:
                    ratio, t_large = _growth(pattern, (prefix, char, tail), methods, repeat=5)
                if ratio == float("inf"):
                    return ratio, f"{prefix!r} + {char!r} * 200 + {tail!r}", ratio
                if ratio > worst[0]:
                    worst = (ratio, f"{prefix!r} + {char!r} * k + {tail!r}", t_large)
    return worst


def _growth(pattern: object, parts: tuple[str, str, str], methods: tuple[str, ...], repeat: int) -> tuple[float, float]:
    """The time of a run of 200 over a run of 100 between ``parts``' prefix and tail, each the best
    of ``repeat`` means of 20 calls (0 when the longer takes under 0.2 ms), and the longer's time."""
    prefix, char, tail = parts
    times = []
    for count in (100, 200):
        text = prefix + char * count + tail
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            try:
                for _ in range(20):
                    _exhaust(pattern, text, methods)
            except TimeoutError:
                return float("inf"), float("inf")
            best = min(best, (time.process_time() - start) / 20)
        times.append(best)
    return (times[1] / max(times[0], 1e-5) if times[1] > 2e-4 else 0.0), times[1]


def _exhaust(pattern: object, text: str, methods: tuple[str, ...]) -> None:
    if isinstance(pattern, regex.Pattern):
        _call(pattern, text, methods, timeout=2.0)
    else:
        _call(pattern, text, methods)


def _as(methods: tuple[str, ...]) -> str:
    return "" if methods == SCAN else f" (as used: {', '.join(methods)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2_000, help="characters in the small string of the scan")
    parser.add_argument("--limit", type=float, default=25.0, help="largest growth for 10x taken as linear")
    parser.add_argument("--floor", type=float, default=0.0005, help="seconds below which a time is noise")
    parser.add_argument("--show-all", action="store_true")
    parser.add_argument("--only", help="check only the patterns whose name holds this")
    options = parser.parse_args()
    bad = 0
    count = 0
    for name, pattern, methods in patterns():
        if options.only and options.only not in name:
            continue
        count += 1
        ratio, witness, t_small, t_large = worst_ratio(pattern, options.size, options.floor, methods)
        verdict = "ok"
        if ratio > options.limit:  # a suspect from the quick scan: time it again, bigger and best of 3
            ratio, length, t_small, t_large = confirm(pattern, witness, 0.005, methods=methods)
            verdict = "SUPER-LINEAR" if ratio > options.limit else "ok (noise)"
            shown = f"{witness[0]!r} * {length // len(witness[0])} + {witness[1]!r}"
        else:
            shown = f"{witness[0]!r} * k + {witness[1]!r}"
        bad += verdict == "SUPER-LINEAR"
        if verdict == "SUPER-LINEAR" or options.show_all:
            print(
                f"{verdict:12} ×{ratio:7.1f}  {t_small:.4f} s → {t_large:.4f} s  {name}{_as(methods)}  on {shown}",
                flush=True,
            )
        growth, witness_run, t_run = prefixed_growth(pattern, methods)
        if growth > 3.0:  # 2x the run costing over 3x the time: at least quadratic near the prefix
            bad += 1
            print(
                f"{'SUPER-LINEAR':12} ×{growth:7.1f} for 2x  {t_run:.4f} s  {name}{_as(methods)}  on {witness_run}",
                flush=True,
            )
    print(f"{count} patterns checked (cleantext {cleantext.__version__}), {bad} super-linear")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
