"""JSON Lines: every line is a JSON object, one string field of which is cleaned.

The field is named by a path: ``text``, or ``meta.body`` for ``{"meta": {"body": ...}}`` (a dot
separates levels). Written back as JSON Lines, a record comes out as it came except for that field's
value (and ``cleantext_removed`` with ``--explain``): the new value is spliced into the original text
of the line, so numbers (``1.10``, ``1e5``), escapes, spacing and key order of everything else stay
byte for byte. ``--id-field`` names the field that identifies a record (in messages, and as the ``id``
of other output formats); ``--site-field`` the one naming its site.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.decoder import scanstring
from typing import BinaryIO, NamedTuple

import cleantext

from .lazy import LazyPattern
from .records import Document, Job, Meta, Record, Result, Task, clean_document, removed_of, too_large

__all__ = ["read_record", "splice", "splice_json", "split_lines"]


def split_lines(handle: BinaryIO, job: Job, limit: int) -> Iterator[Record]:
    """One record per non-blank line; a line over ``limit`` bytes is reported and never held whole."""
    records = 0
    number = 0
    while True:
        raw = handle.readline(limit + 1) if limit else handle.readline()
        if not raw:
            break
        number += 1
        if limit and len(raw) > limit and not raw.endswith(b"\n"):
            size = len(raw)
            del raw
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                size += len(rest)
            size += len(rest)
            records += 1
            yield Record(None, number, too_large(size, limit), size)
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]  # a UTF-8 byte-order mark is not part of the first record
        if raw.strip():  # blank lines are not records
            records += 1
            record = [Record(raw, number, size=len(raw))]
            del raw
            yield record.pop()  # handed over, not kept while it is cleaned
    if not records:
        yield Record(None, problem="empty input, no JSON records")


class _NotAnObject(Exception):
    pass


def _no_constant(name: str) -> float:
    raise ValueError(f"bare {name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)
_SPACE = LazyPattern(r"[ \t\n\r]*")

#: key -> (value, start, end): a member's value and where its text stands in the line.
Members = dict[str, tuple[object, int, int]]


def _object(text: str, position: int) -> tuple[Members, int]:
    """The members of the JSON object whose ``{`` is at ``position`` (the last of a repeated key, as
    ``json.loads`` keeps), and where the object ends."""
    members: Members = {}
    position = _SPACE.match(text, position + 1).end()
    if text[position : position + 1] == "}":
        return members, position + 1
    while True:
        if text[position : position + 1] != '"':
            raise json.JSONDecodeError("Expecting property name enclosed in double quotes", text, position)
        key, position = scanstring(text, position + 1)
        position = _SPACE.match(text, position).end()
        if text[position : position + 1] != ":":
            raise json.JSONDecodeError("Expecting ':' delimiter", text, position)
        start = _SPACE.match(text, position + 1).end()
        value, end = _DECODER.raw_decode(text, start)
        members[key] = (value, start, end)
        position = _SPACE.match(text, end).end()
        following = text[position : position + 1]
        position += 1
        if following == "}":
            return members, position
        if following != ",":
            raise json.JSONDecodeError("Expecting ',' delimiter", text, position - 1)
        position = _SPACE.match(text, position).end()


def _members(text: str) -> tuple[Members, int, int]:
    """The top-level members of the JSON object ``text``, and where the object starts and ends.

    Raises :class:`json.JSONDecodeError` for malformed JSON, ``ValueError`` for a bare ``NaN`` or
    ``Infinity`` (not JSON, though Python reads it), :class:`_NotAnObject` for other JSON values.
    """
    begin = _SPACE.match(text).end()
    if text[begin : begin + 1] != "{":
        raise _NotAnObject(type(_DECODER.decode(text)).__name__)
    members, end = _object(text, begin)
    tail = _SPACE.match(text, end).end()
    if tail != len(text):
        raise json.JSONDecodeError("Extra data", text, tail)
    return members, begin, end


def _find(text: str, members: Members, path: str) -> tuple[object, int, int] | str:
    """The member at the dotted ``path`` (value, start, end), or why there is none."""
    names = path.split(".")
    found = members.get(names[0])
    for depth, name in enumerate(names[1:], 1):
        if found is None:
            break
        value, start, _ = found
        if not isinstance(value, dict):
            return f"no field {path!r} ({'.'.join(names[:depth])!r} is {type(value).__name__}, not an object)"
        found = _object(text, start)[0].get(name)
    return found if found is not None else f"no field {path!r}"


def splice_json(record: str, changes: dict[str, object]) -> str:
    """``record`` (one JSON object) with the values of ``changes`` put in, everything else as it came.

    A key already in the record has its value's text replaced where it stands; a new key is added at
    the end. White space around the object is dropped.

    >>> splice_json('{"id": 1.10, "text": "a\\\\u00e9", "n": 1e5}', {"text": "clean", "extra": [1]})
    '{"id": 1.10, "text": "clean", "n": 1e5, "extra": [1]}'
    """
    members, begin, end = _members(record)
    spans = {key: members[key][1:] for key in changes if key in members}
    return _joined(_cut(record, spans, begin, end, not members), changes)


class _Cut(NamedTuple):
    """A record's text without the values of ``keys``: ``segments`` (one more than ``keys``) stand around them.

    Only these pieces are kept while a record is cleaned, not the whole line: its largest value (the
    text being cleaned) is left out, and held once, by the cleaning.
    """

    segments: list[str]
    keys: list[str]
    empty: bool  # the object has no members at all


def _cut(record: str, spans: dict[str, tuple[int, int]], begin: int, end: int, empty: bool) -> _Cut:
    """``record`` (its object from ``begin`` to ``end``) cut around the values at ``spans`` (key -> start, end)."""
    segments: list[str] = []
    order: list[str] = []
    position = begin
    for start, stop, key in sorted((start, stop, key) for key, (start, stop) in spans.items()):
        segments.append(record[position:start])
        order.append(key)
        position = stop
    segments.append(record[position:end])
    return _Cut(segments, order, empty)


def _joined(cut: _Cut, changes: dict[str, object]) -> str:
    """The record of ``cut`` with the values of ``changes`` in their places (new keys at the end)."""
    pieces = [cut.segments[0]]
    for key, segment in zip(cut.keys, cut.segments[1:], strict=True):
        pieces += [json.dumps(changes[key], ensure_ascii=False), segment]
    added = [
        f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in changes.items()
        if key not in cut.keys
    ]
    if added:
        last = pieces.pop()  # the end of the object, "}" last
        pieces += [last[:-1].rstrip(" \t\n\r"), "" if cut.empty else ", ", ", ".join(added), "}"]
    return "".join(pieces)


def _scalar(value: object) -> str | None:
    """A field's value as an id or a URL: a string as it is, a number or a boolean as JSON writes it."""
    if isinstance(value, str):
        return value
    return None if value is None or isinstance(value, dict | list) else json.dumps(value)


class _Line(NamedTuple):
    """A JSON Lines record as read: the line, its members and object bounds, its text, where the text
    stands, and what identifies it."""

    line: str
    members: Members
    bounds: tuple[int, int]
    text: str
    span: tuple[int, int]
    meta: Meta
    site: str | None


def _parse_line(job: Job, box: list[bytes]) -> _Line | str:
    """The record in ``box``: its text (``job.field``), id and site; or why it is bad."""
    data = box.pop()
    try:
        line = data.decode("utf-8")
    except UnicodeDecodeError as problem:
        return f"not UTF-8 (byte {problem.start + 1} of the line)"
    del data
    try:
        members, begin, end = _members(line)
    except json.JSONDecodeError as problem:
        return f"malformed JSON: {problem.msg} (column {problem.colno})"
    except _NotAnObject as problem:
        return f"not a JSON object but {problem}"
    except (ValueError, RecursionError) as problem:
        return f"malformed JSON: {problem}"
    ids = _find(line, members, job.id_field) if job.id_field is not None else None
    named = f" (id {_scalar(ids[0])})" if isinstance(ids, tuple) and _scalar(ids[0]) is not None else ""
    found = _find(line, members, job.field)
    if isinstance(found, str):
        return found + named
    text, start, stop = found
    if not isinstance(text, str):
        return f"field {job.field!r} is {type(text).__name__}, not a string{named}"
    if "\x00" in text:
        return f"field {job.field!r} holds NUL characters (binary, not text){named}"
    url = None
    if job.site_field is not None and isinstance(place := _find(line, members, job.site_field), tuple):
        url = _scalar(place[0])
    meta = Meta(_scalar(ids[0]) if isinstance(ids, tuple) else None, url)
    site = cleantext.site_key(url) if job.site_field is not None else None
    return _Line(line, members, (begin, end), cleantext.normalize_newlines(text), (start, stop), meta, site)


def read_record(job: Job, box: list[bytes], task: Task) -> Document | str:
    """A JSON Lines record's text (``job.field``, line ends normalised), site and id; or why it is bad."""
    found = _parse_line(job, box)
    return found if isinstance(found, str) else Document(found.text, task.kind, found.site, found.meta)


def splice(job: Job, box: list[bytes], task: Task) -> Result:
    """Clean a JSON Lines record into JSON Lines: the record as it came but for the cleaned field."""
    found = _parse_line(job, box)
    if isinstance(found, str):
        return Result(None, found)
    spans = {job.field: found.span}
    if job.explain and "cleantext_removed" in found.members:
        spans["cleantext_removed"] = found.members["cleantext_removed"][1:]
    cut = _cut(found.line, spans, *found.bounds, not found.members)
    text, site = found.text, found.site
    del found  # while the text is cleaned, only it and the pieces around it are held
    try:
        done = clean_document(job, text, task.kind, site)
    except cleantext.CleantextError as problem:
        return Result(None, str(problem))
    changes: dict[str, object] = {}
    if isinstance(done, str):
        changes[job.field] = done
    else:
        changes[job.field] = done.text
        changes["cleantext_removed"] = list(removed_of(done))
    del done, text
    # A lone surrogate (from a \\ud800 escape) goes back out as the same JSON escape.
    return Result((_joined(cut, changes) + "\n").encode("utf-8", "backslashreplace"))
