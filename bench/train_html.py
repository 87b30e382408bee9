"""The HTML pages of ``../shared/data/train/`` with their gold, for the HTML benchmarks.

Each ``SOURCE.html.jsonl.gz`` holds ``{"id", "url", "html"}``; the gold (hand-made main text), the
WCXB page type and the URL come from the page's first record in ``SOURCE.jsonl.gz`` (both
renderings of a page carry the same gold). See ``../shared/data/train/README.md`` for the sources,
their licences and their gold conventions.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "train"
SOURCES = (
    "cleaneval",
    "cleanportaleval",
    "dragnet",
    "evan_extract",
    "htmltotext",
    "ir_research",
    "l3s_gn1",
    "wcxb",
    "zh_content",
)


@dataclass(frozen=True)
class Page:
    id: str
    source: str
    host: str  # lower-case host without "www."; "SOURCE:?" when the page has no URL
    page_type: str | None  # WCXB only
    html: str
    gold: str


def host_of(url: str | None, source: str) -> str:
    if not url:
        return f"{source}:?"
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host or f"{source}:?"


def _gold(source: str, directory: Path) -> dict[str, tuple[str, str | None, str | None]]:
    found: dict[str, tuple[str, str | None, str | None]] = {}
    with gzip.open(directory / f"{source}.jsonl.gz", "rt", encoding="utf-8") as records:
        for raw in records:
            record = json.loads(raw)
            found.setdefault(record["id"], (record["gold"], record.get("page_type"), record.get("url")))
    return found


def load(sources: Sequence[str] = SOURCES, *, limit: int | None = None, directory: Path = TRAIN) -> Iterator[Page]:
    """The pages with HTML of each source, in file order (at most ``limit`` per source)."""
    for source in sources:
        gold = _gold(source, directory)
        with gzip.open(directory / f"{source}.html.jsonl.gz", "rt", encoding="utf-8") as lines:
            for count, raw in enumerate(lines):
                if limit is not None and count >= limit:
                    break
                record = json.loads(raw)
                text, page_type, url = gold[record["id"]]
                yield Page(
                    record["id"], source, host_of(record.get("url") or url, source), page_type, record["html"], text
                )
