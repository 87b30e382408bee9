"""Record formats of the ``cleantext`` command: how an input splits into records, how a record is cleaned.

A :class:`Format` is a row of :data:`FORMATS`: it splits an input stream into records (``split``),
reads one record's text and site (``read``: what ``cleantext learn`` and ``--two-pass`` count), cleans
one record for a :class:`Job` (``clean``, reading it the same way), and says what ``--on-error keep``
writes back for a record that failed (``keep``). Two formats exist:

* ``text`` -- the whole input is one document (plain text, or an HTML page: see ``kind``);
* ``jsonl`` -- every line is a JSON object; one string field is cleaned, and the record is written
  back as it came except for that field's value (and ``cleantext_removed`` with ``--explain``): the
  new value is spliced into the original text of the line, so numbers (``1.10``, ``1e5``), escapes
  and spacing of the other fields stay byte for byte.

A new format (WARC, Parquet, compressed input) is one more row; the worker pool and the writers do
not change. Only the public API of :mod:`cleantext` is used.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from json.decoder import scanstring
from typing import BinaryIO, NamedTuple

import cleantext

__all__ = [
    "FORMATS",
    "Document",
    "Format",
    "Job",
    "Record",
    "Result",
    "clean_document",
    "is_page",
    "learnable",
    "read_record",
    "read_text",
    "splice_json",
]


def is_page(kind: str, document: str | bytes) -> bool:
    """Whether ``document`` takes the HTML path: forced by ``--html``, or markup under ``auto``."""
    return kind == "html" or (kind == "auto" and cleantext.is_markup(document))


def clean_document(
    text: str,
    steps: cleantext.Pipeline,
    kind: str,
    *,
    explain: bool,
    profile: cleantext.Profile | None = None,
    site: str | None = None,
) -> cleantext.Report | str:
    """Clean one document; with ``explain``, return the whole :class:`~cleantext.Report`.

    ``kind`` is ``"auto"``, ``"html"`` or ``"text"`` (``--html`` / ``--text``): a page goes through
    :func:`cleantext.from_html`, and chosen ``steps`` then replace the text steps run on its article.
    A site ``profile`` (``--profile``, ``--two-pass``) adds :func:`cleantext.strip_site_chrome` for ``site``.
    """
    if explain:
        return cleantext.explain(text, steps=steps, kind=kind, profile=profile, site=site)
    if steps == cleantext.DEFAULT_PIPELINE:
        return cleantext.clean(text, kind=kind, profile=profile, site=site)
    page = is_page(kind, text)
    if page or profile is not None:
        return cleantext.explain(text, steps=steps, kind="html" if page else "text", profile=profile, site=site).text
    return steps(text)


@dataclass(frozen=True, slots=True)
class Job:
    """What to do with each record; pickled once into every worker process.

    ``format`` names a row of :data:`FORMATS`; ``field`` is the JSON field the ``jsonl`` format cleans.
    A site ``profile`` (``--profile``, ``--two-pass``) also removes each site's furniture; the ``jsonl``
    format reads a record's site from ``site_field`` (a URL or a site name); a plain file is of no site.
    """

    steps: cleantext.Pipeline
    kind: str = "auto"
    format: str = "text"
    field: str = "text"
    explain: bool = False
    profile: cleantext.Profile | None = None
    site_field: str | None = None


class Result(NamedTuple):
    """A cleaned record (``output``) or why it failed (``error``); ``notes`` are ``--explain`` lines."""

    output: bytes | None
    error: str | None = None
    notes: tuple[str, ...] = ()


class Document(NamedTuple):
    """A record as read for cleaning: its ``text``, the ``kind`` it is cleaned as, and its ``site``."""

    text: str
    kind: str
    site: str | None = None


class Record(NamedTuple):
    """One record as split from its input: its bytes, or why it could not be read (``problem``).

    ``line`` is the 1-based line of a record in a file of many records, ``None`` for a whole document;
    ``size`` the bytes it took in the input (a record over the limit is measured, not kept).
    """

    data: bytes | None
    line: int | None = None
    problem: str | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class Format:
    """A record format: ``split`` a stream (at most ``limit`` bytes a record, 0: no limit) into records,
    ``read`` one record's :class:`Document` (or why it cannot be read), ``clean`` one record for a job,
    ``keep`` a failed record as ``--on-error keep`` writes it.

    ``read(job, box, kind)`` and ``clean(job, box, kind)`` take the record's bytes out of ``box`` (a
    one-element list), so that once they have read them nothing holds them any more (a document's bytes
    are freed while it is cleaned); ``kind`` is the job's, or a file's by its extension.
    """

    name: str
    split: Callable[[BinaryIO, int], Iterator[Record]]
    read: Callable[[Job, list[bytes], str], Document | str]
    clean: Callable[[Job, list[bytes], str], Result]
    keep: Callable[[bytes], bytes]


def too_large(size: int, limit: int) -> str:
    """The message for a record over ``--max-bytes``."""
    return f"{size:,} bytes, over the limit of {limit:,} (--max-bytes; 0: no limit); skipped"


# --- one document per input -------------------------------------------------------------------------


def _file_size(handle: BinaryIO) -> int | None:
    """The size of a regular file behind ``handle`` (``None`` for a pipe, a terminal, a BytesIO)."""
    try:
        info = os.fstat(handle.fileno())
    except (OSError, AttributeError, io.UnsupportedOperation):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _split_document(handle: BinaryIO, limit: int) -> Iterator[Record]:
    if limit:
        size = _file_size(handle)
        if size is not None and size > limit:  # a file too large: not read at all
            yield Record(None, problem=too_large(size, limit), size=size)
            return
        data = handle.read(limit + 1)
        if len(data) > limit:  # a stream: measured to its end, nothing kept
            size = len(data)
            del data
            while chunk := handle.read(1 << 20):
                size += len(chunk)
            yield Record(None, problem=too_large(size, limit), size=size)
            return
    else:
        data = handle.read()
    if not data:
        yield Record(None, problem="empty input")
        return
    # Handed over, not kept: while the document is cleaned, this suspended generator must not hold it.
    record = [Record(data, size=len(data))]
    del data
    yield record.pop()


def read_text(job: Job, box: list[bytes], kind: str) -> Document | str:
    """A whole document's bytes, decoded (a page by its declared charset); or why they cannot be."""
    data = box.pop()
    try:
        page = is_page(kind, data)
        return Document(cleantext.decode_html(data) if page else cleantext.decode(data), "html" if page else "text")
    except cleantext.CleantextError as problem:
        return str(problem)


def _clean_document_bytes(job: Job, box: list[bytes], kind: str) -> Result:
    found = read_text(job, box, kind)
    if isinstance(found, str):
        return Result(None, found)
    text, kind, _ = found
    del found
    try:
        done = clean_document(text, job.steps, kind, explain=job.explain, profile=job.profile)
    except cleantext.CleantextError as problem:
        return Result(None, str(problem))
    del text
    if isinstance(done, str):
        return Result(done.encode("utf-8", "surrogatepass"))
    return Result(done.text.encode("utf-8", "surrogatepass"), notes=tuple(done.lines()))


# --- JSON Lines ---------------------------------------------------------------------------------------


def _split_lines(handle: BinaryIO, limit: int) -> Iterator[Record]:
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
_SPACE = re.compile(r"[ \t\n\r]*")


def _members(text: str) -> tuple[dict[str, tuple[object, int, int]], int, int]:
    """The top-level members of the JSON object ``text``: key -> (value, start, end) of the value's text
    (the last of a repeated key, as ``json.loads`` keeps), and where the object starts and ends.

    Raises :class:`json.JSONDecodeError` for malformed JSON, ``ValueError`` for a bare ``NaN`` or
    ``Infinity`` (not JSON, though Python reads it), :class:`_NotAnObject` for other JSON values.
    """
    begin = position = _SPACE.match(text).end()
    if text[position : position + 1] != "{":
        raise _NotAnObject(type(_DECODER.decode(text)).__name__)
    members: dict[str, tuple[object, int, int]] = {}
    position = _SPACE.match(text, position + 1).end()
    if text[position : position + 1] == "}":
        position += 1
    else:
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
                break
            if following != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", text, position - 1)
            position = _SPACE.match(text, position).end()
    tail = _SPACE.match(text, position).end()
    if tail != len(text):
        raise json.JSONDecodeError("Extra data", text, tail)
    return members, begin, position


def splice_json(record: str, changes: dict[str, object]) -> str:
    """``record`` (one JSON object) with the values of ``changes`` put in, everything else as it came.

    A key already in the record has its value's text replaced where it stands; a new key is added at
    the end. White space around the object is dropped.

    >>> splice_json('{"id": 1.10, "text": "a\\\\u00e9", "n": 1e5}', {"text": "clean", "extra": [1]})
    '{"id": 1.10, "text": "clean", "n": 1e5, "extra": [1]}'
    """
    return _joined(_cut(record, _members(record), changes), changes)


class _Cut(NamedTuple):
    """A record's text without the values of ``keys``: ``segments`` (one more than ``keys``) stand around them.

    Only these pieces are kept while a record is cleaned, not the whole line: its largest value (the
    text being cleaned) is left out, and held once, by the cleaning.
    """

    segments: list[str]
    keys: list[str]
    empty: bool  # the object has no members at all


def _cut(record: str, parsed: tuple[dict[str, tuple[object, int, int]], int, int], keys: Iterable[str]) -> _Cut:
    members, begin, end = parsed
    segments: list[str] = []
    order: list[str] = []
    position = begin
    for start, stop, key in sorted((members[key][1], members[key][2], key) for key in keys if key in members):
        segments.append(record[position:start])
        order.append(key)
        position = stop
    segments.append(record[position:end])
    return _Cut(segments, order, not members)


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


class _Line(NamedTuple):
    """A JSON Lines record as read: the line, its parsed members (see :func:`_members`), text and site."""

    line: str
    parsed: tuple[dict[str, tuple[object, int, int]], int, int]
    text: str
    site: str | None


def _parse_line(job: Job, box: list[bytes]) -> _Line | str:
    """The record in ``box``: its text (``job.field``) and site (``job.site_field``); or why it is bad."""
    data = box.pop()
    try:
        line = data.decode("utf-8")
    except UnicodeDecodeError as problem:
        return f"not UTF-8 (byte {problem.start + 1} of the line)"
    del data
    try:
        parsed = _members(line)
    except json.JSONDecodeError as problem:
        return f"malformed JSON: {problem.msg} (column {problem.colno})"
    except _NotAnObject as problem:
        return f"not a JSON object but {problem}"
    except (ValueError, RecursionError) as problem:
        return f"malformed JSON: {problem}"
    members = parsed[0]
    if job.field not in members:
        return f"no field {job.field!r}"
    text = members[job.field][0]
    if not isinstance(text, str):
        return f"field {job.field!r} is {type(text).__name__}, not a string"
    if "\x00" in text:
        return f"field {job.field!r} holds NUL characters (binary, not text)"
    site = None
    if job.site_field is not None:
        value = members.get(job.site_field, (None,))[0]
        site = cleantext.site_key(value if isinstance(value, str) else None)
    return _Line(line, parsed, cleantext.normalize_newlines(text), site)


def read_record(job: Job, box: list[bytes], kind: str) -> Document | str:
    """A JSON Lines record's text (``job.field``, line ends normalised) and site; or why it is bad."""
    found = _parse_line(job, box)
    return found if isinstance(found, str) else Document(found.text, kind, found.site)


def _clean_json_line(job: Job, box: list[bytes], kind: str) -> Result:
    found = _parse_line(job, box)
    if isinstance(found, str):
        return Result(None, found)
    cut = _cut(found.line, found.parsed, (job.field, "cleantext_removed") if job.explain else (job.field,))
    text, site = found.text, found.site
    del found  # while the text is cleaned, only it and the pieces around it are held
    try:
        done = clean_document(text, job.steps, kind, explain=job.explain, profile=job.profile, site=site)
    except cleantext.CleantextError as problem:
        return Result(None, str(problem))
    changes: dict[str, object] = {}
    if isinstance(done, str):
        changes[job.field] = done
    else:
        changes[job.field] = done.text
        changes["cleantext_removed"] = [
            {"line": edit.line + 1, "step": edit.step, "reason": edit.label, "text": edit.before}
            for edit in done.removed
        ]
    del done, text
    # A lone surrogate (from a \\ud800 escape) goes back out as the same JSON escape.
    return Result((_joined(cut, changes) + "\n").encode("utf-8", "backslashreplace"))


def _keep_line(data: bytes) -> bytes:
    return data if data.endswith(b"\n") else data + b"\n"


def _keep_document(data: bytes) -> bytes:
    return data


#: The record formats by name (``--jsonl`` picks ``jsonl``; ``text`` is the default).
FORMATS: dict[str, Format] = {
    "text": Format("text", _split_document, read_text, _clean_document_bytes, _keep_document),
    "jsonl": Format("jsonl", _split_lines, read_record, _clean_json_line, _keep_line),
}


def learnable(job: Job, data: bytes, kind: str) -> tuple[str, str | None] | str:
    """The text and site one record adds to a site profile, read as its cleaning reads it (a page: its
    extracted article text); or why it cannot be read.
    """
    found = FORMATS[job.format].read(job, [data], kind)
    if isinstance(found, str):
        return found
    text, kind, site = found
    if is_page(kind, text):
        try:
            text = cleantext.from_html(text)
        except cleantext.CleantextError as problem:
            return str(problem)
    return text, site
