"""An atheris harness over cleantext's entry points: ``clean``, ``decode``, ``from_html`` and the JSONL reader.

The first input byte chooses the target; the rest is its input. Every target must return its documented
type or raise a :class:`cleantext.CleantextError`; anything else is a crash. Run it with::

    python tests/fuzz/fuzz_cleantext.py -atheris_runs=3000            # all targets, weighted
    FUZZ_TARGET=clean python tests/fuzz/fuzz_cleantext.py -runs=...    # one target only

``FUZZ_TARGET`` (``clean``, ``decode``, ``html``, ``jsonl``) pins one target for a per-target campaign.
``from_html`` is two orders of magnitude slower than the others, so in the mixed mode it gets 1 byte
value in 16 and its input is capped at 4 KB.

atheris (the ``fuzz`` extra: wheels for Linux on x86-64 only) is needed to fuzz, not to import this
module: the test suite runs the same checks on the seeds and the crash reproducers without it.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable

if __name__ == "__main__":  # fuzzing: cleantext is imported with coverage instrumentation
    import atheris

    with atheris.instrument_imports():
        import cleantext
        from cleantext import batch
else:  # imported by the test suite, which runs the checks without atheris
    import cleantext
    from cleantext import batch

_HTML_LIMIT = 4096


def _clean(data: bytes) -> None:
    if data[:1] == b"\x00":  # any str, lone surrogates included: the rest read as UTF-16 code units
        body = data[1:]
        text = body[: len(body) - len(body) % 2].decode("utf-16-le", "surrogatepass")
    else:
        text = data.decode("utf-8", "replace")
    out = cleantext.clean(text, kind="text")
    assert isinstance(out, str), type(out)
    assert cleantext.clean(out, kind="text") == out, "clean is not idempotent"
    report = cleantext.explain(text, kind="text")
    assert report.text == out, "explain disagrees with clean"


def _text_or_refusal(function: Callable[[bytes], str], data: bytes) -> None:
    """``function`` returns text or raises a CleantextError; anything else is a crash."""
    try:
        out = function(data)
    except cleantext.CleantextError:
        return
    assert isinstance(out, str), type(out)


def _decode(data: bytes) -> None:
    _text_or_refusal(cleantext.decode, data)


def _html(data: bytes) -> None:
    _text_or_refusal(cleantext.from_html, data[:_HTML_LIMIT])


def _jsonl(data: bytes) -> None:
    job = batch.Job(field="text")
    items = list(batch.read_items([batch.Source("-")], io.BytesIO(data), job, format="jsonl"))
    for chunk in batch.chunked(items, max_items=64, max_bytes=1 << 20):
        for item, result in batch.process(job, [chunk], workers=1):
            assert (result.output is None) != (result.error is None), (item, result)
            assert not (result.error or "").startswith("internal error"), result.error


_TARGETS = {"clean": _clean, "decode": _decode, "html": _html, "jsonl": _jsonl}
# Mixed mode: the first byte's value modulo 16 picks; from_html is slow, so it gets one value in 16.
_MIXED = [_clean] * 6 + [_decode] * 5 + [_jsonl] * 4 + [_html]


def test_one_input(data: bytes) -> None:
    pinned = os.environ.get("FUZZ_TARGET")
    if pinned:
        _TARGETS[pinned](data)
    elif data:
        _MIXED[data[0] % 16](data[1:])


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
