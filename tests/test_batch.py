"""The batch machinery: a record that raises, or kills its worker process, fails alone."""

from __future__ import annotations

import os

import pytest

import cleantext
from cleantext.batch import Item, Job, Source, chunked, process


def fragile(text: str) -> str:
    """A step that raises on one document and kills its process on another."""
    if "raise" in text:
        raise ValueError("no good")
    if "crash" in text:
        os._exit(3)
    return text.upper()


def items(*texts: str) -> list[Item]:
    source = Source("docs.jsonl")
    return [Item(source, text.encode(), line=number) for number, text in enumerate(texts, 1)]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_exception_in_one_record_fails_that_record_only(workers: int) -> None:
    job = Job(cleantext.pipeline(fragile))
    records = items("one", "please raise", "three", *[f"more {n}" for n in range(20)])
    results = list(process(job, chunked(records, max_items=4, max_bytes=10_000), workers=workers))
    assert [item.label for item, _ in results] == [f"docs.jsonl:{n}" for n in range(1, 24)]
    outputs = [result.output for _, result in results]
    assert outputs[:3] == [b"ONE", None, b"THREE"]
    assert results[1][1].error == "internal error: ValueError: no good"
    assert outputs[3:] == [f"MORE {n}".encode() for n in range(20)]


def test_a_record_that_kills_its_worker_fails_alone_and_the_batch_goes_on() -> None:
    job = Job(cleantext.pipeline(fragile))
    records = items(*[f"doc {n}" for n in range(12)], "crash now", *[f"doc {n}" for n in range(12, 30)])
    results = list(process(job, chunked(records, max_items=3, max_bytes=10_000), workers=2))
    failed = [(item.line, result.error) for item, result in results if result.error]
    assert failed == [(13, "the worker process cleaning it died")]
    assert [result.output for _, result in results if not result.error] == [f"DOC {n}".encode() for n in range(30)]
