"""Is cleantext's cost linear in its input? Time each input family at size n and 10n.

Usage: python bench/bench_linear.py [--family NAME ...] [--step NAME] [--repeat N] [--scale F] [--json OUT.json]

For every family the input is built at size n and at 10n, ``cleantext.clean`` (or the step named by
``--step``) runs on each ``--repeat`` times, and the best times are compared: 10x the input must cost
at most 11x the time (PASS), else FAIL. A peer runs on the same inputs in the same run, ftfy's
``fix_text`` (linear: it reads the text once, a line at a time): where 10x the bytes cost this machine
more than 10x for the peer too (a 50 MB line outgrows the CPU's caches), the growth is the machine's,
and a family also PASSes when it grows at most 1.1x the peer's growth (the peer counted up to 11x, so
the allowance never passes 12.1x). ``--no-peer`` skips the peer. ``--scale`` shrinks or grows n for a quick look. Also times
``from_html`` on flat and on deeply nested markup at n and 10n (its size limit bounds the largest),
with trafilatura's extraction alone timed beside it: there PASS also when the time from_html adds to
trafilatura's grows at most 11x (trafilatura's own growth is the peer's).
Times are CPU time of this process (``time.process_time``), not wall-clock time, so that other programs
on a shared machine weigh on them less; run it with ``nice`` there. The ratio is the figure of merit.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from results import save

import cleantext

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "realtext_dev.jsonl"
LIMIT = 11.0  # allowed time ratio for 10x the input
#: How much more than the peer's growth a family may grow: the 10 % that LIMIT allows over 10x.
PEER_SLACK = LIMIT / 10

MB = 1_000_000


def _documents(size: int) -> str:
    """Real scraped documents, concatenated (each once, then again with a numbered header) to ``size``."""
    texts = [json.loads(line)["text"] for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    parts: list[str] = []
    total = 0
    copy = 0
    while total < size:
        for text in texts:
            # a header per copy so that the copies are documents of their own, not one page repeated
            piece = f"Edition {copy}: {text}" if copy else text
            parts.append(piece)
            total += len(piece) + 1
            if total >= size:
                break
        copy += 1
    return "\n".join(parts)


def _many_lines(line: str, count: int) -> str:
    return "\n".join([line] * count)


def _short_lines(count: int) -> str:
    return "\n".join(f"Line {number} of a list." for number in range(count))


def _long_line(size: int) -> str:
    sentence = "The council approved the budget on Tuesday after a long debate, officials said. "
    return (sentence * (size // len(sentence) + 1))[:size]


# family -> (build(n_scale) -> text, n); each is built at n and at 10 n.
FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    "documents": (_documents, 2 * MB // 10),
    "one long line": (_long_line, 5 * MB),
    "short lines": (_short_lines, 100_000),
    "identical lines": (
        lambda n: _many_lines("The council approved the budget on Tuesday, officials said.", n),
        10_000,
    ),
    "spaces, one line": (lambda n: "a" + " " * n + "b", 1 * MB),
    "spaces, many lines": (lambda n: _many_lines(" " * 80, n), 20_000),
    "punctuation, one line": (lambda n: ".,;!?-" * (n // 6), 1 * MB),
    "punctuation, many lines": (lambda n: _many_lines(".,;!?-" * 13, n), 20_000),
    "Â, one line": (lambda n: "x" + "Â" * n, 1 * MB // 2),
    "Â, many lines": (lambda n: _many_lines("Â" * 80, n), 10_000),
    "one letter, one line": (lambda n: "a" * n, 1 * MB),
    "one letter, many lines": (lambda n: _many_lines("a" * 80, n), 20_000),
    "one letter + Â, one line": (lambda n: "a" * n + "Â", 1 * MB),
    "words, one line": (lambda n: "word " * (n // 5), 1 * MB),
    # Lost bytes: repair chooses each lost quote from the line before it (was quadratic in the line).
    "lost quotes, one line": (lambda n: "the playersâ€? union " * (n // 21), 200_000),
    # One-word lines shaped by the chrome rules (found by bench/check_regexes.py): a line with no space
    # counts one word, so every rule, whatever its max_words, searches it.
    "rule-shaped: 'share/' run": (lambda n: "share/" * (n // 6) + "!", 60_000),
    "rule-shaped: 'window.' run": (lambda n: "window." * (n // 7), 7_000),
    "rule-shaped: 'Photo by A…'": (lambda n: "Photo by " + "A" * n + "1", 30),
    "rule-shaped: a contact line's spaces": (lambda n: "Jane - +1" + "." * 10 + " " * n + " z @", 20_000),
    # A statement in a code line: the loaders' queue idiom was searched from every part of a dotted name.
    "code: a dotted name, one line": (lambda n: "var a = " + "gads." * (n // 5) + "b;", 20_000),
    # Lost letters after a long unspaced word (Japanese, Chinese): the damaged word and the word before a
    # lost capital were searched from every letter of it.
    "unspaced letters before a lost letter": (lambda n: "あ" * n + " \ufffdcole est fermée.", 20_000),
    # A policy's line whose third sentence is one long word of capitals: where an item may begin was read from each
    # capital of it again (notice_oneline._MAY_BEGIN_ITEM, found by bench/check_regexes.py).
    "a policy's line, a word of capitals": (
        lambda n: "Please follow these rules before you post. Be kind to other readers. "
        + "A" * n
        + "! Stay on the topic of the story.",
        20_000,
    ),
    # A comment policy's numbered items printed over and over before the box: the reading of its shape followed
    # every item's run to its end from each heading.
    "a numbered policy, printed n times": (lambda n: _numbered_policy(n), 100),
}


#: A comment policy's items, a heading and a sentence each, as a site prints them above its comment box.
_POLICY_ITEMS = (
    "Be Kind. Personal attacks on other readers are removed.",
    "Stay on Topic. Comments that wander off the story may be deleted.",
    "No Spam. Links to shops and repeated comments are removed.",
)


def _numbered_policy(copies: int) -> str:
    """An article's line, the policy's items numbered on, ``copies`` times over, and the comment box."""
    items = [f"{number}. {item}" for number, item in enumerate(_POLICY_ITEMS * copies, start=1)]
    return "\n".join(["The council approved the budget on Tuesday, officials said.", *items, "(0) comments", "Log In"])


def _flat_html(n: int) -> str:
    body = "".join(
        f"<p>Paragraph {i}: the council approved the budget on Tuesday, officials said.</p>" for i in range(n)
    )
    return f"<html><head><title>Budget</title></head><body><article>{body}</article></body></html>"


def _nested_html(n: int) -> str:
    return (
        "<html><body>"
        + "<div>" * n
        + "<p>The council approved the budget, officials said.</p>"
        + "</div>" * n
        + "</body></html>"
    )


HTML_FAMILIES: dict[str, tuple[Callable[[int], str], int]] = {
    "html flat": (_flat_html, 2_000),
    "html nested": (_nested_html, 2_000),
}


def best_time(function: Callable[[str], object], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        with contextlib.suppress(cleantext.CleantextError):  # a refusal (too large, too deep) is timed too
            function(text)
        best = min(best, time.process_time() - start)
    return best


def growth(small: float, large: float) -> float:
    """How many times the large input's time is the small one's (infinite when the small took none)."""
    return large / small if small > 0 else float("inf")


def _record(
    small: str, large: str, seconds: tuple[float, float], ratio: float, verdict: str, **more: Any
) -> dict[str, Any]:
    """One family's figures as ``--json`` writes them."""
    return {"chars": [len(small), len(large)], "seconds": list(seconds), "growth": ratio, "verdict": verdict, **more}


def _peer(text: str) -> object:
    """The peer of the text families: ftfy's ``fix_text``, which reads the text once, a line at a time."""
    import ftfy

    return ftfy.fix_text(text)


def allowed(peer: float | None) -> float:
    """The growth a family may reach: LIMIT, or PEER_SLACK times the peer's growth (counted up to LIMIT).

    >>> allowed(None), allowed(10.76), round(allowed(30.0), 2)
    (11.0, 11.836, 12.1)
    """
    return LIMIT if peer is None else max(LIMIT, PEER_SLACK * min(peer, LIMIT))


def measure(
    name: str,
    build: Callable[[int], str],
    n: int,
    function: Callable[[str], object],
    repeat: int,
    into: dict[str, Any] | None = None,
    peer: Callable[[str], object] | None = _peer,
) -> bool:
    small, large = build(n), build(10 * n)
    t_small = best_time(function, small, repeat)
    t_large = best_time(function, large, repeat)
    ratio = growth(t_small, t_large)
    more: dict[str, Any] = {}
    peer_ratio = None
    if peer is not None:
        p_small, p_large = best_time(peer, small, repeat), best_time(peer, large, repeat)
        peer_ratio = growth(p_small, p_large)
        more = {"peer_seconds": [p_small, p_large], "peer_growth": peer_ratio}
    verdict = "PASS" if ratio <= allowed(peer_ratio) else "FAIL"
    if into is not None:
        into[name] = _record(small, large, (t_small, t_large), ratio, verdict, **more)
    told = "" if peer_ratio is None else f"  (ftfy alone ×{peer_ratio:.2f}; allowed ×{allowed(peer_ratio):.2f})"
    print(
        f"{name:28} {len(small):>11,} → {len(large):>12,} chars  {t_small:8.3f} s → {t_large:8.3f} s"
        f"  ×{ratio:6.2f}  {verdict}{told}",
        flush=True,
    )
    return verdict == "PASS"


def _trafilatura(page: str) -> object:
    """The peer: trafilatura's fast-mode extraction, with the settings from_html gives it."""
    import trafilatura

    from cleantext.html_extract import _MODES

    return trafilatura.bare_extraction(page, **_MODES["fast"])


def measure_html(
    name: str, build: Callable[[int], str], n: int, repeat: int, into: dict[str, Any] | None = None
) -> bool:
    """from_html at n and 10n, with trafilatura alone on the same pages in the same run.

    PASS when from_html grows at most LIMIT times, or when the time cleantext adds to trafilatura's
    (from_html minus trafilatura alone) does: trafilatura's own growth is the peer's, not ours.
    """
    small, large = build(n), build(10 * n)
    times = {
        label: (best_time(function, small, repeat), best_time(function, large, repeat))
        for label, function in (("from_html", cleantext.from_html), ("trafilatura", _trafilatura))
    }
    (ours_small, ours_large), (peer_small, peer_large) = times["from_html"], times["trafilatura"]
    ratio = growth(ours_small, ours_large)
    peer = growth(peer_small, peer_large)
    added_small, added_large = ours_small - peer_small, ours_large - peer_large
    added = growth(added_small, added_large)
    verdict = "PASS" if ratio <= LIMIT or added <= LIMIT else "FAIL"
    if into is not None:
        into[name] = _record(
            small,
            large,
            (ours_small, ours_large),
            ratio,
            verdict,
            trafilatura_seconds=[peer_small, peer_large],
            added_growth=added,
        )
    print(
        f"{name:28} {len(small):>11,} → {len(large):>12,} chars  {ours_small:8.3f} s → {ours_large:8.3f} s"
        f"  ×{ratio:6.2f}  {verdict}  (trafilatura alone ×{peer:.2f}; what from_html adds:"
        f" {added_small:.3f} s → {added_large:.3f} s, ×{added:.2f})",
        flush=True,
    )
    return verdict == "PASS"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--step", default="clean", help="clean (default) or a step name: repair, tidy, ...")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    parser.add_argument("--no-html", action="store_true", help="skip the from_html families")
    parser.add_argument("--no-peer", action="store_true", help="do not time ftfy on the text families")
    parser.add_argument("--list", action="store_true", help="list the families and exit")
    parser.add_argument("--json", metavar="OUT", help="also write every family's sizes, times and growth here")
    options = parser.parse_args()

    if options.list:
        print("\n".join([*FAMILIES, *HTML_FAMILIES]))
        return 0
    steps = {"clean": cleantext.clean, **cleantext.registered_steps()}
    function = steps[options.step]
    if options.step == "clean":
        function = lambda text: cleantext.clean(text, kind="text")  # noqa: E731 -- never routed to from_html
    ok = True
    print(
        f"step: {options.step}; best of {options.repeat}; PASS when 10x the input costs <= {LIMIT}x the time"
        + ("" if options.no_peer else f", or <= {PEER_SLACK:g}x ftfy's growth on it (ftfy's counted up to {LIMIT:g}x)")
    )
    figures: dict[str, Any] = {}
    peer = None if options.no_peer else _peer
    for name, (build, n) in FAMILIES.items():
        if options.family and name not in options.family:
            continue
        ok &= measure(name, build, max(1, int(n * options.scale)), function, options.repeat, figures, peer)
    if not options.no_html:
        for name, (build, n) in HTML_FAMILIES.items():
            if options.family and name not in options.family:
                continue
            ok &= measure_html(name, build, max(1, int(n * options.scale)), options.repeat, figures)
    save(
        options.json,
        "bench_linear",
        {
            "step": options.step,
            "limit": LIMIT,
            "peer": None if options.no_peer else "ftfy.fix_text",
            "families": figures,
        },
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
