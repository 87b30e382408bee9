"""Crawl formats end to end: compressed inputs and outputs, WARC/WET, Parquet, nested JSON fields,
output formats, and bad input contained (the rest of the batch written, exit status 1)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from cli_support import ARTICLE, ARTICLE_CLEAN, CLEAN, RAW, errors_of, lines_of, on_terminal, run, write_jsonl
from format_support import (
    PAGE,
    PAGE_TEXT,
    WET_CLEAN,
    compress,
    crawl,
    decompress,
    http_response,
    record_id,
    warc_record,
    write_warc,
)

CODECS = [".gz", ".bz2", ".xz", ".zst"]


def _jsonl_bytes(records: list[object]) -> bytes:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records).encode("utf-8")


# --- compression, a layer under any format -----------------------------------------------------------


@pytest.mark.parametrize("extension", CODECS)
def test_compressed_jsonl_in_and_out_keeps_its_compression(tmp_path: Path, extension: str) -> None:
    records = [{"n": n, "text": ARTICLE} for n in range(50)]
    (tmp_path / f"in.jsonl{extension}").write_bytes(compress(_jsonl_bytes(records), extension))
    result = run("-o", "out", f"in.jsonl{extension}", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "out" / f"in.jsonl{extension}").read_bytes()
    assert lines_of(decompress(written, extension)) == [{"n": n, "text": ARTICLE_CLEAN} for n in range(50)]
    to_stdout = run(f"in.jsonl{extension}", cwd=tmp_path)  # standard output is not compressed
    assert lines_of(to_stdout.stdout) == [{"n": n, "text": ARTICLE_CLEAN} for n in range(50)]


def test_compression_is_found_by_content_whatever_the_name(tmp_path: Path) -> None:
    assert run(stdin=gzip.compress(RAW.encode())).stdout.decode() == CLEAN
    (tmp_path / "story.txt").write_bytes(gzip.compress(RAW.encode()))
    assert run("-o", "out", "story.txt", cwd=tmp_path).returncode == 0
    assert gzip.decompress((tmp_path / "out" / "story.txt").read_bytes()).decode() == CLEAN  # kept gzip


def test_a_file_named_for_a_codec_that_is_not_is_refused(tmp_path: Path) -> None:
    (tmp_path / "fake.txt.gz").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("fake.txt.gz", "ok.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result)[0] == "cleantext: fake.txt.gz: not gzip data, though its name ends in .gz"
    assert result.stdout.decode() == ARTICLE_CLEAN


def test_an_unchanged_compressed_output_is_not_rewritten(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(_jsonl_bytes([{"text": ARTICLE}] * 3)))
    assert run("-o", "out", "a.jsonl.gz", cwd=tmp_path).returncode == 0
    first = (tmp_path / "out" / "a.jsonl.gz").stat()
    assert run("-o", "out", "a.jsonl.gz", cwd=tmp_path).returncode == 0
    second = (tmp_path / "out" / "a.jsonl.gz").stat()
    assert (second.st_ino, second.st_mtime_ns) == (first.st_ino, first.st_mtime_ns)


# --- item 5: a truncated stream ----------------------------------------------------------------------


def _truncated(tmp_path: Path, extension: str) -> bytes:
    """A JSON Lines file of 3000 distinct records, compressed, its last tenth cut off (``cut.jsonl.*``)."""
    records = [{"n": n, "text": f"Report {n}: {ARTICLE}"} for n in range(3000)]
    packed = compress(_jsonl_bytes(records), extension)
    cut = packed[: len(packed) * 9 // 10]
    (tmp_path / f"cut.jsonl{extension}").write_bytes(cut)
    return cut


@pytest.mark.parametrize("extension", [".gz", ".zst"])
def test_a_truncated_stream_is_reported_with_its_file_and_record_and_the_rest_written(
    tmp_path: Path, extension: str
) -> None:
    _truncated(tmp_path, extension)
    write_jsonl(tmp_path / "next.jsonl", [{"text": ARTICLE}])
    result = run("-o", "out", f"cut.jsonl{extension}", "next.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    written = lines_of(decompress((tmp_path / "out" / f"cut.jsonl{extension}").read_bytes(), extension))
    assert 1000 < len(written) < 3000  # the records before the break, each whole and cleaned
    assert written == [{"n": n, "text": f"Report {n}: {ARTICLE_CLEAN}"} for n in range(len(written))]
    name = "gzip data: the input ends inside a compressed stream" if extension == ".gz" else "zstd data"
    assert errors_of(result)[0].startswith(f"cleantext: cut.jsonl{extension}:{len(written) + 1}: truncated {name}")
    assert errors_of(result)[-1] == f"cleantext: 1 of {len(written) + 2} documents failed"
    assert lines_of((tmp_path / "out" / "next.jsonl").read_bytes()) == [{"text": ARTICLE_CLEAN}]


def test_in_place_leaves_a_truncated_file_as_it_was(tmp_path: Path) -> None:
    cut = _truncated(tmp_path, ".gz")
    result = run("--in-place", "cut.jsonl.gz", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "cut.jsonl.gz").read_bytes() == cut
    assert not list(tmp_path.glob(".cleantext-*"))


def test_a_truncated_single_document_is_reported_and_leaves_no_output(tmp_path: Path) -> None:
    (tmp_path / "story.txt.gz").write_bytes(gzip.compress(RAW.encode())[:-20])
    result = run("-o", "out", "story.txt.gz", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result)[0].startswith("cleantext: story.txt.gz: truncated gzip data")
    assert not (tmp_path / "out" / "story.txt.gz").exists()


# --- WARC and WET ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_pages_take_the_html_path_and_wet_records_the_text_path(tmp_path: Path, name: str) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra is not installed")
    write_warc(tmp_path / name, crawl())
    result = run(name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = lines_of(result.stdout)
    assert [(record["id"], record["url"]) for record in records] == [
        (record_id(3), "https://example.com/a"),
        (record_id(7), "https://example.com/wet"),
        (record_id(8), "https://example.com/b"),
    ]  # the warcinfo, the request, the image and the redirect are not documents
    assert records[0]["text"].startswith(PAGE_TEXT)
    assert "Log In" not in records[0]["text"] and "Home" not in records[0]["text"]
    assert records[1]["text"] == WET_CLEAN
    assert records[2]["text"].startswith(PAGE_TEXT.replace("Harbour Bridge", "Old Bridge"))


@pytest.mark.parametrize(
    ("block", "problem"),
    [
        (b"Content-Type: text/html\r\n\r\n" + PAGE.encode(), "no status line (it starts b'Content-Type: text/html')"),
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + PAGE.encode(), "no blank line ends it"),
    ],
    ids=["no-status-line", "no-end"],
)
def test_a_warc_record_with_a_broken_http_header_is_reported_and_the_rest_written(
    tmp_path: Path, block: bytes, problem: str
) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra is not installed")
    records = crawl()
    records.insert(5, warc_record("response", 6, block, "application/http; msgtype=response", "https://x.org/"))
    write_warc(tmp_path / "crawl.warc.gz", records)
    write_jsonl(tmp_path / "more.jsonl", [{"text": ARTICLE}])
    result = run("-o", "out", "crawl.warc.gz", "more.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result) == [
        f"cleantext: crawl.warc.gz: record 6 {record_id(6)}: broken HTTP header: {problem}",
        "cleantext: 1 of 5 documents failed",
    ]
    written = lines_of(gzip.decompress((tmp_path / "out" / "crawl.jsonl.gz").read_bytes()))  # named for JSON Lines
    assert [record["id"] for record in written] == [record_id(3), record_id(7), record_id(8)]
    assert lines_of((tmp_path / "out" / "more.jsonl").read_bytes()) == [{"text": ARTICLE_CLEAN}]


def test_warc_from_standard_input_is_found_by_content_and_can_go_out_as_text(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra is not installed")
    data = b"".join(gzip.compress(record) for record in crawl())
    result = run("--to", "text", stdin=data)
    assert result.returncode == 0, result.stderr
    documents = result.stdout.decode().split("\f\n")  # each record ends with a form-feed line
    assert len(documents) == 4 and documents[-1] == ""
    assert documents[1] == WET_CLEAN


def test_a_warc_record_cut_short_is_reported(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra is not installed")
    data = b"".join(crawl())
    (tmp_path / "cut.warc").write_bytes(data[: data.index(b"Old Bridge") + 5])
    result = run("cut.warc", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result)[0].startswith(
        f"cleantext: cut.warc: record 7 {record_id(8)}: truncated: the input ends inside this record ("
    )
    assert [record["id"] for record in lines_of(result.stdout)] == [record_id(3), record_id(7)]


def test_warc_records_have_sites_for_two_pass_profiles(tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="the warc extra is not installed")
    application = "application/http; msgtype=response"
    pages = [
        f"Home | News | Sport\nThe road to {town} reopened after the storm, police said.\nRead the Gazette daily\n"
        for town in ("Arica", "Iquique", "Calama", "Copiapo", "Ovalle", "Talca")
    ]
    records = [
        warc_record("response", n, http_response(page.encode(), "text/plain"), application, f"https://www.ex.com/{n}")
        for n, page in enumerate(pages, 1)
    ]
    write_warc(tmp_path / "site.warc", records)
    result = run("--two-pass", "site.warc", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [record["text"] for record in lines_of(result.stdout)] == [page.splitlines()[1] + "\n" for page in pages]


def test_without_the_warc_extra_one_line_says_what_to_install(tmp_path: Path) -> None:
    (tmp_path / "blocker").mkdir()
    (tmp_path / "blocker" / "sitecustomize.py").write_text("import sys\nsys.modules['fastwarc'] = None\n")
    write_warc(tmp_path / "crawl.warc.gz", crawl())
    environment = {**os.environ, "PYTHONPATH": str(tmp_path / "blocker")}
    named = run("crawl.warc.gz", cwd=tmp_path, env=environment)
    assert (named.returncode, errors_of(named)) == (
        2,
        ["cleantext: reading crawl.warc.gz needs fastwarc: install cleantext-news[warc]"],
    )
    found = run(stdin=(tmp_path / "crawl.warc.gz").read_bytes(), env=environment)  # by content: when it comes
    assert found.returncode == 1
    assert errors_of(found)[0].startswith(
        "cleantext: <stdin>: reading WARC files needs fastwarc: install cleantext-news[warc]"
    )


# --- Parquet ------------------------------------------------------------------------------------------


def _parquet(path: Path, texts: list[str | None], *, row_group_size: int = 3) -> dict[str, object]:
    pa = pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    import pyarrow.parquet as pq

    count = len(texts)
    columns = {
        "id": pa.array([f"doc-{n}" for n in range(count)]),
        "text": pa.array(texts, pa.string()),
        "score": pa.array([n + 0.1 if n % 4 else float("nan") for n in range(count)], pa.float64()),
        "raw": pa.array([bytes([n, 0, 255]) for n in range(count)], pa.binary()),
        "when": pa.array([1_700_000_000_123_456 + n for n in range(count)], pa.timestamp("us", tz="UTC")),
        "tags": pa.array([[f"t{n}", None] if n % 2 else None for n in range(count)], pa.list_(pa.string())),
        "price": pa.array([None if n == 2 else n * 1_000_001 for n in range(count)], pa.decimal128(12, 3)),
    }
    table = pa.table(columns).replace_schema_metadata({"origin": "crawl 7"})
    pq.write_table(table, path, row_group_size=row_group_size, compression="zstd")
    return columns


def test_parquet_round_trip_keeps_every_other_column_bit_for_bit(tmp_path: Path) -> None:
    columns = _parquet(tmp_path / "rows.parquet", [ARTICLE, RAW, ARTICLE + "Share\n", ARTICLE, RAW, ARTICLE, RAW])
    import pyarrow.parquet as pq

    result = run("-o", "out", "rows.parquet", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = pq.ParquetFile(tmp_path / "out" / "rows.parquet")
    table = out.read()
    assert table.schema.names == list(columns) and table.schema.metadata[b"origin"] == b"crawl 7"
    for name, column in columns.items():
        if name not in ("text", "score"):  # bytes, time stamps, lists and decimals, nulls and all: the same values
            assert table.column(name).combine_chunks().equals(column), name
    scores = table.column("score").to_numpy()
    assert scores.view("u8").tolist() == columns["score"].to_numpy().view("u8").tolist()  # NaN too, bit for bit
    assert table.column("text").to_pylist() == [
        ARTICLE_CLEAN,
        CLEAN,
        ARTICLE_CLEAN,
        ARTICLE_CLEAN,
        CLEAN,
        ARTICLE_CLEAN,
        CLEAN,
    ]
    assert [out.metadata.row_group(n).num_rows for n in range(out.num_row_groups)] == [3, 3, 1]
    assert out.metadata.row_group(0).column(0).compression == "ZSTD"


def test_parquet_null_cells_are_bad_records_left_out_or_kept(tmp_path: Path) -> None:
    _parquet(tmp_path / "rows.parquet", [ARTICLE, None, ARTICLE])
    import pyarrow.parquet as pq

    skipped = run("--id-field", "id", "-o", "out", "rows.parquet", cwd=tmp_path)
    assert skipped.returncode == 1
    assert errors_of(skipped)[0] == "cleantext: rows.parquet: row 2 (id doc-1): column 'text' is null, not text"
    assert pq.read_table(tmp_path / "out" / "rows.parquet").column("id").to_pylist() == ["doc-0", "doc-2"]
    kept = run("--on-error", "keep", "-o", "kept", "rows.parquet", cwd=tmp_path)
    assert kept.returncode == 1
    assert pq.read_table(tmp_path / "kept" / "rows.parquet").column("text").to_pylist() == [
        ARTICLE_CLEAN,
        None,
        ARTICLE_CLEAN,
    ]


def test_parquet_with_the_wrong_column_type_is_refused_and_the_rest_written(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": pa.array([1, 2], pa.int64())}), tmp_path / "numbers.parquet")
    _parquet(tmp_path / "rows.parquet", [ARTICLE])
    result = run("-o", "out", "numbers.parquet", "rows.parquet", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result) == [
        "cleantext: numbers.parquet: column 'text' is int64, not text (a string column)",
        "cleantext: 1 of 2 documents failed",
    ]
    assert not (tmp_path / "out" / "numbers.parquet").exists()
    assert pq.read_table(tmp_path / "out" / "rows.parquet").column("text").to_pylist() == [ARTICLE_CLEAN]
    missing = run("--field", "body", "rows.parquet", "--to", "jsonl", cwd=tmp_path)
    assert errors_of(missing)[0].startswith(
        "cleantext: rows.parquet: no column 'body' (--field; its columns: id, text,"
    )


def test_parquet_explain_adds_a_column_and_other_formats_convert(tmp_path: Path) -> None:
    _parquet(tmp_path / "rows.parquet", [ARTICLE, ARTICLE])
    import pyarrow.parquet as pq

    assert run("--explain", "-o", "out", "rows.parquet", cwd=tmp_path).returncode == 0
    removed = pq.read_table(tmp_path / "out" / "rows.parquet").column("cleantext_removed").to_pylist()
    assert removed[0][0] == {"line": 2, "step": "strip_chrome", "reason": "comment-counter", "text": "(0) comments"}
    as_jsonl = run("--to", "jsonl", "--id-field", "id", "rows.parquet", cwd=tmp_path)
    assert lines_of(as_jsonl.stdout) == [{"id": f"doc-{n}", "url": None, "text": ARTICLE_CLEAN} for n in range(2)]
    write_jsonl(tmp_path / "in.jsonl", [{"key": "k1", "body": {"text": ARTICLE}}])
    assert (
        run(
            "--to", "parquet", "--field", "body.text", "--id-field", "key", "-o", "pq", "in.jsonl", cwd=tmp_path
        ).returncode
        == 0
    )
    assert pq.read_table(tmp_path / "pq" / "in.parquet").to_pylist() == [
        {"id": "k1", "url": None, "text": ARTICLE_CLEAN}
    ]


def test_parquet_is_not_written_to_a_terminal_and_in_place_keeps_formats(tmp_path: Path) -> None:
    _parquet(tmp_path / "rows.parquet", [ARTICLE])
    status, shown, _ = on_terminal(["rows.parquet"], stdout_too=True)
    assert status == 2 and "Parquet output is binary: redirect standard output to a file" in shown
    write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    result = run("--in-place", "--to", "text", "in.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert (
        "--in-place writes a file in its own format, and this one would become text (use -o DIR)"
        in result.stderr.decode()
    )
    assert lines_of((tmp_path / "in.jsonl").read_bytes()) == [{"text": ARTICLE}]


# --- JSON Lines: nested fields, ids ------------------------------------------------------------------


def test_a_nested_field_missing_in_some_records_is_reported_and_the_rest_written(tmp_path: Path) -> None:
    lines = [
        '{"id": "a1", "meta": {"lang": "en", "body": ' + json.dumps(ARTICLE) + ', "n": 1.10}, "x": 1e5}',
        '{"id": "a2", "meta": {"lang": "en"}}',
        '{"id": "a3", "meta": "not an object"}',
        '{"id": 4, "meta": {"body": ' + json.dumps(ARTICLE) + "}}",
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("--field", "meta.body", "--id-field", "id", "in.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result) == [
        "cleantext: in.jsonl:2: no field 'meta.body' (id a2)",
        "cleantext: in.jsonl:3: no field 'meta.body' ('meta' is str, not an object) (id a3)",
        "cleantext: 2 of 4 documents failed",
    ]
    body = json.dumps(ARTICLE_CLEAN)
    assert result.stdout.decode().splitlines() == [
        lines[0].replace(json.dumps(ARTICLE), body),  # 1.10 and 1e5 as they came
        lines[3].replace(json.dumps(ARTICLE), body),
    ]


def test_explain_goes_into_jsonl_records_and_onto_standard_error_for_text(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}])
    as_text = run("--explain", "--to", "text", "in.jsonl", cwd=tmp_path)
    assert as_text.stdout.decode() == ARTICLE_CLEAN + "\f\n"
    assert "cleantext: in.jsonl:1: line 2: removed by strip_chrome (comment-counter): (0) comments" in errors_of(
        as_text
    )
    as_jsonl = run("--explain", "in.jsonl", cwd=tmp_path)
    assert errors_of(as_jsonl) == []
    assert lines_of(as_jsonl.stdout)[0]["cleantext_removed"][0]["reason"] == "comment-counter"


def test_a_plain_file_converted_to_jsonl_is_named_and_identified_by_its_file(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(RAW, encoding="utf-8")
    assert run("--to", "jsonl", "-o", "out", "story.txt", cwd=tmp_path).returncode == 0
    assert lines_of((tmp_path / "out" / "story.jsonl").read_bytes()) == [
        {"id": "story.txt", "url": None, "text": CLEAN}
    ]
