"""Small crawl files for the format tests, built byte by byte: WARC records, compressed streams."""

from __future__ import annotations

import bz2
import gzip
import lzma
from pathlib import Path

PAGE = (
    "<html><head><title>Bridge reopens</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
    "<article><h1>Bridge reopens</h1>"
    "<p>The Harbour Bridge reopened to traffic on Tuesday morning after six months of repairs, officials said.</p>"
    "<p>Engineers replaced the deck joints and repainted the main span, the city council said in a statement.</p>"
    "</article><footer>Log In</footer></body></html>"
)
PAGE_TEXT = "The Harbour Bridge reopened to traffic on Tuesday morning after six months of repairs, officials said."
WET_TEXT = "The ferry timetable changes on Monday, the operator said.\n(0) comments\nLog In\n"
WET_CLEAN = "The ferry timetable changes on Monday, the operator said.\n"


def warc_record(kind: str, number: int, block: bytes, content_type: str, uri: str | None = None) -> bytes:
    """One WARC/1.0 record: its header, its block, the two line ends after it."""
    lines = [
        "WARC/1.0",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>",
        "WARC-Date: 2024-05-01T10:00:00Z",
        *([f"WARC-Target-URI: {uri}"] if uri else []),
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body: bytes, content_type: str = "text/html; charset=utf-8", status: str = "200 OK") -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


def record_id(number: int) -> str:
    return f"<urn:uuid:00000000-0000-0000-0000-{number:012d}>"


def crawl(*, broken: bool = False) -> list[bytes]:
    """A small crawl: warcinfo, a request, an HTML response, an image, a redirect, (a response whose HTTP
    header has no status line), a WET conversion record, and a second page."""
    application = "application/http; msgtype=response"
    records = [
        warc_record("warcinfo", 1, b"software: test\r\n", "application/warc-fields"),
        warc_record("request", 2, b"GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n", "application/http; msgtype=request"),
        warc_record("response", 3, http_response(PAGE.encode()), application, "https://example.com/a"),
        warc_record(
            "response", 4, http_response(b"\x89PNG\r\n", "image/png"), application, "https://example.com/i.png"
        ),
        warc_record("response", 5, http_response(b"", status="301 Moved"), application, "https://example.com/old"),
    ]
    if broken:
        block = b"Content-Type: text/html\r\n\r\n" + PAGE.encode()
        records.append(warc_record("response", 6, block, application, "https://example.com/broken"))
    records.append(warc_record("conversion", 7, WET_TEXT.encode(), "text/plain", "https://example.com/wet"))
    page = PAGE.replace("Harbour Bridge", "Old Bridge").encode()
    records.append(warc_record("response", 8, http_response(page), application, "https://example.com/b"))
    return records


def write_warc(path: Path, records: list[bytes]) -> Path:
    """A WARC file; named ``*.gz``, each record its own gzip member (as crawlers write them)."""
    data = b"".join(gzip.compress(record, mtime=0) for record in records) if path.suffix == ".gz" else b"".join(records)
    path.write_bytes(data)
    return path


def compress(data: bytes, extension: str) -> bytes:
    """``data`` compressed by the codec of ``extension`` (``.gz``, ``.bz2``, ``.xz``, ``.zst``)."""
    if extension == ".gz":
        return gzip.compress(data)
    if extension == ".bz2":
        return bz2.compress(data)
    if extension == ".xz":
        return lzma.compress(data)
    import zstandard

    return zstandard.ZstdCompressor().compress(data)


def decompress(data: bytes, extension: str) -> bytes:
    if extension == ".gz":
        return gzip.decompress(data)
    if extension == ".bz2":
        return bz2.decompress(data)
    if extension == ".xz":
        return lzma.decompress(data)
    import zstandard

    return zstandard.ZstdDecompressor().stream_reader(data, read_across_frames=True).read()
