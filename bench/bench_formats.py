"""Crawl formats: WARC -> JSON Lines throughput against warcio + ``cleantext.clean``, memory on growing
compressed inputs, and a Parquet round trip.

Usage: python bench/bench_formats.py [--warc-mb 20] [--repeat 3] [--sizes 20,200,2000] [--skip-memory] [--json OUT.json]

Needs the ``warc``, ``parquet`` and ``bench`` extras (FastWARC, pyarrow, and warcio for the peer):
``pip install -e '.[test,bench]'``. Inputs are built in a temporary directory from
``../shared/data/html_dev`` (54 HTML pages, as HTTP responses with their URLs) and the texts of
``../shared/data/{realtext,plaintext}_dev.jsonl`` (as WET conversion records), each record its own
gzip member, as Common Crawl writes them.

1. **Throughput** (``--warc-mb`` of compressed WARC): ``cleantext -j 1 crawl.warc.gz`` (FastWARC
   reader, JSON Lines out) against a peer run in its own process on the same file: warcio reading the
   same records, the same choice of documents, ``cleantext.clean`` on each, ``json.dumps`` out. The
   ratio is peer time / command time (above 1: the command is faster). The readers alone are timed
   too, in this process: cleantext's WARC reader (FastWARC, the HTTP header read, the body decoded)
   and warcio, each reading every document's bytes, as a share of the command's time.
2. **Memory** (``--sizes``, MB of compressed input): peak RSS of ``cleantext -j 2`` (the largest
   process, and the whole tree sampled from /proc) on WET files of each size. The text path with
   ``--steps tidy`` so that the largest size runs in minutes: what is measured is the streaming of
   records through the reader, the worker pool and the writer, which the steps do not change;
   the smallest size also runs with the default pipeline on the mixed crawl, for comparison.
3. **Parquet round trip**: rows of the dev texts with columns of many types, cleaned into Parquet;
   every other column is compared with the input's, bit for bit.

The machine is shared: times are ratios against a peer measured in the same run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_cli import command, measure
from bench_cli import texts as dev_texts
from results import save

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
MB = 1_000_000
HTTP = "application/http; msgtype=response"


def _record(kind: str, number: int, block: bytes, content_type: str, uri: str) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{number:08d}-0000-4000-8000-000000000000>\r\n"
        f"WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _pages() -> list[tuple[str, bytes]]:
    truth = json.loads((DATA / "html_dev" / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for name in sorted(os.listdir(DATA / "html_dev")):
        if name.endswith(".html.gz"):
            key = name.removesuffix(".html.gz")
            pages.append(
                (
                    truth.get(key, {}).get("url") or f"https://example.com/{key}",
                    gzip.decompress((DATA / "html_dev" / name).read_bytes()),
                )
            )
    return pages


def write_warc(path: Path, size: int, *, pages: bool = True, level: int = 6) -> tuple[int, int, int]:
    """A gzip WARC of about ``size`` compressed bytes: HTML responses and WET conversion records in turn
    (``pages=False``: conversion records only). Returns its size, its number of documents, and its
    size uncompressed."""
    html, texts = (_pages() if pages else []), dev_texts()
    written = number = raw = 0
    with open(path, "wb") as handle:
        while written < size:
            number += 1
            if html and number % 2:
                url, page = html[number // 2 % len(html)]
                body = page.replace(b"</body>", f"<p>Copy {number}.</p></body>".encode(), 1)
                head = (
                    f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
                )
                record = _record("response", number, head.encode() + body, HTTP, f"{url}?copy={number}")
            else:
                text = (
                    f"Report {number}: the figures were published on day {number % 365}.\n{texts[number % len(texts)]}"
                )
                record = _record(
                    "conversion", number, text.encode("utf-8"), "text/plain", f"https://example.org/{number}"
                )
            raw += len(record)
            written += handle.write(gzip.compress(record, compresslevel=level, mtime=0))
    return written, number, raw


# --- the peer: warcio + cleantext.clean, run in its own process ---------------------------------------


def peer(path: str) -> None:
    """Read ``path`` with warcio, clean the same documents the command cleans, write JSON Lines to stdout."""
    from warcio.archiveiterator import ArchiveIterator

    import cleantext

    out = sys.stdout.buffer
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            kind = record.rec_type
            if kind == "response" and record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                media = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if not status.startswith("2") or media not in ("text/html", "application/xhtml+xml", "text/plain"):
                    continue
                body = record.content_stream().read()
                page = media != "text/plain"
                text = cleantext.decode_html(body) if page else cleantext.decode(body)
                cleaned = cleantext.clean(text, kind="html" if page else "text")
            elif kind == "conversion":
                cleaned = cleantext.clean(cleantext.decode(record.content_stream().read()), kind="text")
            else:
                continue
            line = {
                "id": record.rec_headers.get_header("WARC-Record-ID"),
                "url": record.rec_headers.get_header("WARC-Target-URI"),
                "text": cleaned,
            }
            out.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))


def time_peer(path: Path) -> float:
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        subprocess.run([sys.executable, __file__, "--peer", str(path)], stdout=sink, check=True)
    return time.perf_counter() - start


def time_readers(path: Path) -> tuple[float, float, int]:
    """Seconds for cleantext's WARC reader and for warcio to hand over every document's bytes."""
    from warcio.archiveiterator import ArchiveIterator

    from cleantext.compression import open_input
    from cleantext.records import Job
    from cleantext.warc import split_records

    job = Job(steps=None)  # type: ignore[arg-type]  (the reader does not clean)
    start = time.perf_counter()
    with open(path, "rb") as raw:
        handle, _ = open_input(raw, path.name)
        documents = sum(1 for record in split_records(handle, job, 0) if record.data is not None)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    with open(path, "rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type in ("response", "conversion"):
                record.content_stream().read()
    return ours, time.perf_counter() - start, documents


# --- Parquet round trip ------------------------------------------------------------------------------


def parquet_round_trip(folder: Path) -> dict[str, object]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = dev_texts() * 20
    count = len(texts)
    table = pa.table(
        {
            "id": pa.array(range(count), pa.int64()),
            "text": pa.array(texts, pa.large_string()),
            "score": pa.array([float("nan") if n % 7 == 0 else n / 3 for n in range(count)]),
            "raw": pa.array([n.to_bytes(4, "little") + b"\x00\xff" for n in range(count)], pa.binary()),
            "when": pa.array(range(count), pa.timestamp("ns", tz="Europe/Paris")),
            "tags": pa.array([[str(n), None] if n % 3 else None for n in range(count)], pa.list_(pa.string())),
            "meta": pa.array([{"n": n, "ok": n % 2 == 0} for n in range(count)]),
            "price": pa.array([n * 1001 for n in range(count)], pa.decimal128(18, 2)),
        }
    ).replace_schema_metadata({"made-by": "bench_formats"})
    source, out = folder / "rows.parquet", folder / "out"
    pq.write_table(table, source, row_group_size=500, compression="snappy")
    start = time.perf_counter()
    subprocess.run([*command(), "-q", "-o", str(out), str(source)], cwd=folder, check=True)
    wall = time.perf_counter() - start
    cleaned = pq.ParquetFile(out / "rows.parquet")
    result, before = cleaned.read(), pq.read_table(source)  # both as pyarrow reads Parquet
    same = {}
    for name in table.schema.names:
        if name != "text":
            ours, theirs = result.column(name).combine_chunks(), before.column(name).combine_chunks()
            same[name] = (
                ours.type == theirs.type
                and all(
                    (a is None and b is None) or (a is not None and b is not None and a.to_pybytes() == b.to_pybytes())
                    for a, b in zip(ours.buffers(), theirs.buffers(), strict=True)
                )
                and ours.offset == theirs.offset == 0
            )
    groups = [cleaned.metadata.row_group(n).num_rows for n in range(cleaned.num_row_groups)]
    return {
        "rows": count,
        "seconds": wall,
        "columns_bit_for_bit": same,
        "row_groups_in": pq.ParquetFile(source).num_row_groups,
        "row_groups_out": len(groups),
        "metadata_kept": result.schema.metadata == table.schema.metadata,
        "texts_changed": sum(a != b for a, b in zip(result.column("text").to_pylist(), texts, strict=True)),
    }


def main() -> None:
    if sys.argv[1:2] == ["--peer"]:
        peer(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--warc-mb", type=float, default=20, help="compressed WARC for the throughput run")
    parser.add_argument("--repeat", type=int, default=3, help="throughput runs of each, in turn; the best kept")
    parser.add_argument("--sizes", default="20,200,2000", help="MB of compressed WET input for the memory runs")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--json", metavar="OUT", help="also write the figures to this JSON file")
    options = parser.parse_args()
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="cleantext-formats-") as folder:
        work = Path(folder)

        crawl = work / "crawl.warc.gz"
        size, documents, raw = write_warc(crawl, int(options.warc_mb * MB))
        ours_runs, peer_runs = [], []
        for _ in range(options.repeat):  # in turn, so that a change in the machine's load touches both
            ours_runs.append(measure(["-q", "-j", "1", crawl]))
            peer_runs.append(time_peer(crawl))
        got = min(ours_runs, key=lambda run: run["wall"])
        theirs = min(peer_runs)
        reader, warcio_reader, read_documents = time_readers(crawl)
        assert read_documents == documents, (read_documents, documents)
        every_ours = " ".join(f"{run['wall']:.1f}" for run in ours_runs)
        every_peer = " ".join(f"{run:.1f}" for run in peer_runs)
        print(
            f"WARC -> JSON Lines, {size / MB:.1f} MB gzip ({raw / MB:.1f} MB WARC), {documents} documents, -j 1, "
            f"best of {options.repeat} (all: command {every_ours} s, peer {every_peer} s):"
        )
        print(
            f"  cleantext command       {got['wall']:7.1f} s  {raw / MB / got['wall']:6.2f} MB/s  {documents / got['wall']:7.1f} docs/s"
        )
        print(
            f"  warcio + clean (peer)   {theirs:7.1f} s  {raw / MB / theirs:6.2f} MB/s  {documents / theirs:7.1f} docs/s"
        )
        print(f"  ratio peer / command    {theirs / got['wall']:.2f}x  (above 1: the command is faster)")
        print(
            f"  readers alone: cleantext (FastWARC) {reader:.2f} s = {reader / got['wall']:.1%} of the command's time; "
            f"warcio {warcio_reader:.2f} s ({warcio_reader / reader:.1f}x FastWARC's)"
        )
        figures["throughput"] = {
            "gzip_mb": size / MB,
            "warc_mb": raw / MB,
            "documents": documents,
            "command_s": got["wall"],
            "peer_s": theirs,
            "command_runs_s": [run["wall"] for run in ours_runs],
            "peer_runs_s": peer_runs,
            "ratio": theirs / got["wall"],
            "reader_s": reader,
            "warcio_reader_s": warcio_reader,
        }

        if not options.skip_memory:
            mixed = measure(["-q", "-j", "2", crawl])
            print(
                f"peak RSS -j 2, default pipeline, {size / MB:.0f} MB gzip mixed crawl: largest process "
                f"{mixed['peak'] / MB:.1f} MB, whole tree {mixed['tree'] / MB:.1f} MB ({mixed['wall']:.0f} s)"
            )
            crawl.unlink()
            rows = []
            for megabytes in (float(value) for value in options.sizes.split(",")):
                wet = work / f"text-{megabytes:g}.wet.gz"
                wet_size, wet_documents, wet_raw = write_warc(wet, int(megabytes * MB), pages=False, level=1)
                got = measure(["-q", "-j", "2", "--steps", "tidy", wet])
                wet.unlink()
                rows.append(
                    {
                        "gzip_mb": wet_size / MB,
                        "raw_mb": wet_raw / MB,
                        "documents": wet_documents,
                        "seconds": got["wall"],
                        "peak_mb": got["peak"] / MB,
                        "tree_mb": got["tree"] / MB,
                    }
                )
                print(
                    f"peak RSS -j 2, --steps tidy, {wet_size / MB:7.1f} MB gzip WET ({wet_raw / MB:.0f} MB, {wet_documents} records, "
                    f"{got['wall']:.0f} s): largest process {got['peak'] / MB:.1f} MB, whole tree {got['tree'] / MB:.1f} MB"
                )
            if len(rows) > 1:
                print(
                    f"peak RSS ratio largest/smallest input ({rows[-1]['gzip_mb'] / rows[0]['gzip_mb']:.0f}x the input): "
                    f"largest process {rows[-1]['peak_mb'] / rows[0]['peak_mb']:.2f}x, whole tree "
                    f"{rows[-1]['tree_mb'] / rows[0]['tree_mb']:.2f}x (flat: <= 1.2x)"
                )
            figures["memory"] = {
                "mixed_default": {"gzip_mb": size / MB, "peak_mb": mixed["peak"] / MB, "tree_mb": mixed["tree"] / MB},
                "wet_tidy": rows,
            }

        check = parquet_round_trip(work)
        every = all(check["columns_bit_for_bit"].values())  # type: ignore[union-attr]
        print(
            f"Parquet round trip: {check['rows']} rows in {check['seconds']:.1f} s, row groups {check['row_groups_in']} -> "
            f"{check['row_groups_out']}, {check['texts_changed']} texts cleaned; other columns bit for bit: "
            f"{'yes' if every else 'NO'} {check['columns_bit_for_bit']}; schema metadata kept: {check['metadata_kept']}"
        )
        figures["parquet"] = check
    save(options.json, "bench_formats", figures)


if __name__ == "__main__":
    main()
