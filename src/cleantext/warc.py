"""WARC and WET files (web crawls, Common Crawl's among them), read with FastWARC: the ``warc`` extra.

FastWARC is imported when a WARC file comes, not before; without it the reader raises
:class:`~cleantext.errors.MissingExtraError` naming the extra. Compression is the layer below
(:mod:`cleantext.compression`): FastWARC reads the decompressed stream.

Which records are documents:

* ``response`` records holding an HTTP response (``application/http``) with a 2xx status: the HTTP
  header is read here -- a header with no status line, or not ended by a blank line, is *broken*
  and its record reported -- its body un-chunked and decompressed (gzip, deflate, brotli), then an
  HTML page (``text/html``, ``application/xhtml+xml``) goes through the HTML path and ``text/plain``
  through the text path; with no content type the body's markup decides. Other types (images, PDF,
  scripts), other statuses (redirects, errors) are not documents and are passed over;
* ``resource`` records, by their own content type, as above;
* ``conversion`` records (WET: the text Common Crawl extracted): the text path;
* ``request``, ``metadata``, ``revisit``, ``warcinfo`` records: passed over.

Each record keeps its ``WARC-Record-ID`` and ``WARC-Target-URI`` (:class:`~cleantext.records.Meta`; the
URI also names its site for ``--profile``). Records are numbered from 1 among all the records of the
file, documents or not. A page is decoded as :func:`cleantext.decode_html` decodes pages (a byte-order
mark, the page's declared charset, UTF-8, detection): the HTTP header's charset is not used.
"""

from __future__ import annotations

import importlib
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from .errors import require_module
from .lazy import LazyPattern
from .records import Job, Meta, Record, too_large

__all__ = ["parse_http", "split_records"]

_PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_STATUS = LazyPattern(rb"HTTP/\d(?:\.\d)?[ \t]+(\d{3})(?:[ \t].*)?")
_HEADER = LazyPattern(rb"([^\s:][^:]*?)[ \t]*:[ \t]*(.*)")


def _fastwarc():
    return require_module("fastwarc.warc", "warc", "reading WARC files")


class _Told:
    """A stream for FastWARC: ``read`` and a ``tell`` of the bytes read (it asks where it stands even of a
    stream that cannot seek, such as a decompressor or a pipe)."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position


def parse_http(block: bytes) -> tuple[int, dict[str, str], bytes] | str:
    """The status, headers (lower-cased names; the last of a repeated one) and body of an HTTP response;
    or why its header is broken: no status line, or no blank line ending it.

    A header line that is not ``Name: value`` is passed over, as browsers do.

    >>> parse_http(b"HTTP/1.1 200 OK\\r\\nContent-Type: text/html\\r\\n\\r\\n<p>Hi</p>")
    (200, {'content-type': 'text/html'}, b'<p>Hi</p>')
    >>> parse_http(b"<p>Hi</p>\\r\\n\\r\\n")
    "no status line (it starts b'<p>Hi</p>')"
    """
    end, gap = block.find(b"\r\n\r\n"), 4
    bare = block.find(b"\n\n")
    if end < 0 or 0 <= bare < end:
        end, gap = bare, 2
    lines = block[: end if end >= 0 else len(block)].split(b"\n")
    status = _STATUS.fullmatch(lines[0].rstrip(b"\r"))
    if status is None:
        return f"no status line (it starts {lines[0][:40].rstrip()!r})"
    if end < 0:
        return "no blank line ends it"
    headers: dict[str, str] = {}
    name = ""
    for line in lines[1:]:
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t") and name:  # a folded continuation of the previous header
            headers[name] += " " + line.strip().decode("latin-1")
        elif found := _HEADER.fullmatch(line):
            name = found[1].decode("latin-1").strip().lower()
            headers[name] = found[2].strip().decode("latin-1")
    return int(status[1]), headers, block[end + gap :]


def _media_type(value: str | None) -> str | None:
    return value.split(";", 1)[0].strip().lower() if value else None


def _unchunked(body: bytes) -> bytes | str:
    """A chunked HTTP body joined; or why it is malformed."""
    pieces: list[bytes] = []
    position = 0
    while True:
        line_end = body.find(b"\n", position)
        if line_end < 0:
            return "chunked body: a chunk size line is missing"
        size_text = body[position:line_end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return f"chunked body: bad chunk size {size_text[:20]!r}"
        if size == 0:
            return b"".join(pieces)
        start = line_end + 1
        if start + size > len(body):
            return "chunked body: it ends inside a chunk"
        pieces.append(body[start : start + size])
        position = start + size
        position += (
            2 if body[position : position + 2] == b"\r\n" else 1 if body[position : position + 1] == b"\n" else 0
        )


def _decoded(body: bytes, encoding: str, limit: int) -> bytes | str:
    """The body with its HTTP content encoding undone (at most ``limit`` bytes, 0: no limit); or why not."""
    if encoding in ("", "identity", "none"):
        return body
    if encoding in ("gzip", "x-gzip", "deflate"):
        attempts = (16 + zlib.MAX_WBITS,) if encoding != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)
        for wbits in attempts:
            inflater = zlib.decompressobj(wbits)
            try:
                data = inflater.decompress(body, limit + 1 if limit else 0)
            except zlib.error as problem:
                failure = f"{encoding} body: {problem}"
                continue
            return too_large(limit + 1, limit) if limit and len(data) > limit else data
        return failure
    if encoding == "br":
        try:
            brotli = importlib.import_module("brotli")
            return brotli.decompress(body)
        except ImportError:
            return "brotli body: the brotli package is not installed"
        except Exception as problem:  # brotli.error
            return f"brotli body: {problem}"
    return f"unknown content encoding {encoding!r}"


def _document(warc, record, number: int, meta: Meta, limit: int) -> Record | None:
    """The document in one WARC ``record``, a record saying why it cannot be read, or ``None``: not a document."""
    kind_of = record.record_type
    declared = _media_type(record.headers.get("Content-Type"))
    http = kind_of == warc.WarcRecordType.response
    if http and declared != "application/http":
        return None
    if not http and kind_of not in (warc.WarcRecordType.resource, warc.WarcRecordType.conversion):
        return None
    if not http and declared not in _PAGE_TYPES and kind_of != warc.WarcRecordType.conversion:
        return None
    if limit and record.content_length > limit:
        return Record(None, number, too_large(record.content_length, limit), record.content_length, meta=meta)
    block = record.reader.read()
    if len(block) < record.content_length:
        problem = f"truncated: the input ends inside this record ({len(block):,} of {record.content_length:,} bytes)"
        return Record(None, number, problem, len(block), meta=meta, broken=True)
    if not http:
        kind = "text" if kind_of == warc.WarcRecordType.conversion else _PAGE_TYPES[declared]
        return Record(block, number, size=len(block), kind=kind, meta=meta)
    parsed = parse_http(block)
    if isinstance(parsed, str):
        return Record(None, number, f"broken HTTP header: {parsed}", len(block), meta=meta)
    status, headers, body = parsed
    del block
    media = _media_type(headers.get("content-type"))
    if not 200 <= status < 300 or (media is not None and media not in _PAGE_TYPES):
        return None
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _unchunked(body)
    for encoding in reversed(headers.get("content-encoding", "").lower().replace(" ", "").split(",")):
        if isinstance(body, bytes):
            body = _decoded(body, encoding, limit)
    if isinstance(body, str):
        return Record(None, number, body, record.content_length, meta=meta)
    return Record(body, number, size=record.content_length, kind=_PAGE_TYPES.get(media or "", "auto"), meta=meta)


def split_records(handle: BinaryIO, job: Job, limit: int) -> Iterator[Record]:
    """The documents of a WARC or WET stream, one record each (see the module's notes)."""
    warc = _fastwarc()
    number = 0
    for record in warc.ArchiveIterator(_Told(handle), parse_http=False, stream_detect=False):
        number += 1
        meta = Meta(record.record_id, record.headers.get("WARC-Target-URI"))
        found = _document(warc, record, number, meta, limit)
        if found is not None:
            box = [found]
            del found
            yield box.pop()  # handed over, not kept while it is cleaned
    if not number:
        yield Record(None, problem="no WARC records")
