"""JSON Lines records are written back as they came, but for the cleaned field (and ``cleantext_removed``)."""

from __future__ import annotations

import json

import pytest
from cli_support import ARTICLE, ARTICLE_CLEAN, run
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.jsonlines import splice_json


def test_other_fields_come_out_byte_for_byte() -> None:
    text = json.dumps(ARTICLE)
    line = (
        '{"id":1.10,  "score": 1e5, "big": 123456789012345678901234567890, "tiny": 1E-400, "name": "caf\\u00e9",'
        f' "text" : {text}, "nested": {{"a": [1.50, -0.0, true, null]}}, "emoji": "\\ud83d\\ude00"}}'
    )
    result = run("--jsonl", stdin=line.encode() + b"\n")
    assert result.returncode == 0, result.stderr
    expected = line.replace(text, json.dumps(ARTICLE_CLEAN, ensure_ascii=False))
    assert result.stdout.decode("utf-8") == expected + "\n"


def test_explain_adds_or_replaces_cleantext_removed_and_keeps_the_rest() -> None:
    line = '{"n": 2.0, "text": ' + json.dumps(ARTICLE) + "}"
    once = run("--jsonl", "--explain", stdin=line.encode())
    assert once.stdout.decode().startswith('{"n": 2.0, "text": "Officials reported')
    assert json.loads(once.stdout)["cleantext_removed"][0]["reason"] == "comment-counter"
    again = run("--jsonl", "--explain", stdin=once.stdout)  # already clean: the list is replaced, now empty
    assert json.loads(again.stdout) == {**json.loads(once.stdout), "cleantext_removed": []}
    assert again.stdout.decode().count("cleantext_removed") == 1


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_bare_nan_and_infinity_are_refused_not_copied(token: str) -> None:
    line = '{"score": ' + token + ', "text": "Officials reported the crossing was closed on Friday."}\n'
    result = run("--jsonl", stdin=line.encode())
    assert result.returncode == 1
    assert result.stdout == b""
    assert f"<stdin>:1: malformed JSON: bare {token} is not JSON" in result.stderr.decode()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "a",}', "malformed JSON: Expecting property name enclosed in double quotes (column 14)"),
        ('{"text" "a"}', "malformed JSON: Expecting ':' delimiter (column 9)"),
        ('{"text": "a" "b": 1}', "malformed JSON: Expecting ',' delimiter (column 14)"),
        ('{"text": "a"} 1', "malformed JSON: Extra data (column 15)"),
        ("[1]", "not a JSON object but list"),
        ('"just text"', "not a JSON object but str"),
        ('{"text": "a"', "malformed JSON: Expecting ',' delimiter (column 13)"),
    ],
)
def test_malformed_records_are_reported(line: str, message: str) -> None:
    result = run("--jsonl", stdin=line.encode())
    assert result.returncode == 1
    assert result.stderr.decode().splitlines()[0] == f"cleantext: <stdin>:1: {message}"


def test_a_repeated_key_cleans_the_last_as_json_reads_it() -> None:
    assert splice_json('{"text": "old", "text": "x"}', {"text": "new"}) == '{"text": "old", "text": "new"}'
    assert splice_json("{}", {"added": 1}) == '{"added": 1}'
    assert splice_json(' { "a" : 1 } \n', {"b": "é"}) == '{ "a" : 1, "b": "é"}'


values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    record=st.dictionaries(st.text(max_size=8), values, max_size=6),
    changes=st.dictionaries(st.sampled_from(["text", "cleantext_removed", "a"]), values, max_size=2),
    indent=st.sampled_from([None, 0, 2]),
    ascii_only=st.booleans(),
)
def test_splicing_gives_the_record_with_the_changes_in_json_s_own_reading(
    record: dict[str, object], changes: dict[str, object], indent: int | None, ascii_only: bool
) -> None:
    original = json.dumps(record, indent=indent, ensure_ascii=ascii_only)
    spliced = splice_json(original, changes)
    assert json.loads(spliced) == {**json.loads(original), **changes}
    assert list(json.loads(spliced)) == list({**record, **changes})  # keys keep their order
    if not changes:
        assert spliced == original.strip()
