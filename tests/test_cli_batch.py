"""End to end: the installed ``cleantext`` command, run in a subprocess, on small batches."""

from __future__ import annotations

import json
import os
import subprocess
from functools import partial
from pathlib import Path

import pytest
from cli_support import (
    ARTICLE,
    ARTICLE_CLEAN,
    CLEAN,
    CLEANTEXT,
    FIXTURES,
    RAW,
    errors_of,
    lines_of,
    on_terminal,
    run,
    write_jsonl,
)

# --- 1. JSON Lines -------------------------------------------------------------------------------


def test_jsonl_cleans_the_field_keeps_other_keys_in_order(tmp_path: Path) -> None:
    records = [{"id": n, "text": ARTICLE, "lang": "en", "note": "né"} for n in range(5)]
    records[2] = {"id": 2, "text": RAW, "lang": "en", "note": "né"}
    result = run("--jsonl", write_jsonl(tmp_path / "in.jsonl", records))
    assert result.returncode == 0, result.stderr
    out = lines_of(result.stdout)
    assert [record["id"] for record in out] == [0, 1, 2, 3, 4]
    assert [list(record) for record in out] == [["id", "text", "lang", "note"]] * 5
    assert out[0]["text"] == ARTICLE_CLEAN and out[2]["text"] == CLEAN
    assert "né" in result.stdout.decode("utf-8")  # ensure_ascii=False
    assert result.stderr == b""


def test_jsonl_field_option_and_explain_field(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"body": ARTICLE, "text": "untouched (0) comments"}])
    result = run("--jsonl", "--field", "body", "--explain", path)
    assert result.returncode == 0, result.stderr
    [record] = lines_of(result.stdout)
    assert record["body"] == ARTICLE_CLEAN
    assert record["text"] == "untouched (0) comments"
    assert record["cleantext_removed"] == [
        {"line": 2, "step": "strip_chrome", "reason": "comment-counter", "text": "(0) comments"},
        {"line": 3, "step": "strip_chrome", "reason": "login", "text": "Log In"},
    ]


def test_field_without_records_with_fields_is_a_usage_error() -> None:
    result = run("--field", "body", stdin=b"x\n")
    assert result.returncode == 2
    assert b"--field needs records with fields: --jsonl, --from parquet" in result.stderr


# --- 2. many files: -o DIR, --in-place, no overwriting the input ---------------------------------


def test_output_dir_writes_each_file_under_its_relative_name(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(RAW, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("-o", "out", "a/one.txt", "two.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    assert (tmp_path / "out" / "a" / "one.txt").read_text(encoding="utf-8") == CLEAN
    assert (tmp_path / "out" / "two.txt").read_text(encoding="utf-8") == ARTICLE_CLEAN
    assert not list((tmp_path / "out").rglob(".cleantext-*"))  # no temporary files left behind


def test_in_place_replaces_each_file(tmp_path: Path) -> None:
    paths = [tmp_path / "one.txt", tmp_path / "two.jsonl"]
    paths[0].write_text(RAW, encoding="utf-8")
    write_jsonl(paths[1], [{"text": ARTICLE}, {"text": ARTICLE}])
    os.chmod(paths[0], 0o640)
    assert run("--in-place", paths[0]).returncode == 0
    assert run("--in-place", "--jsonl", paths[1]).returncode == 0
    assert paths[0].read_text(encoding="utf-8") == CLEAN
    assert paths[0].stat().st_mode & 0o777 == 0o640
    assert lines_of(paths[1].read_bytes()) == [{"text": ARTICLE_CLEAN}] * 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one.txt", "two.jsonl"]


def test_refuses_an_output_that_would_overwrite_its_input(tmp_path: Path) -> None:
    (tmp_path / "same.txt").write_text(RAW, encoding="utf-8")
    (tmp_path / "other.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("-o", ".", "same.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "refusing to overwrite the input" in result.stderr.decode()
    assert (tmp_path / "same.txt").read_text(encoding="utf-8") == RAW
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "same.txt").symlink_to(tmp_path / "same.txt")
    result = run("-o", "out", "same.txt", "other.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert (tmp_path / "same.txt").read_text(encoding="utf-8") == RAW
    assert (tmp_path / "out" / "other.txt").read_text(encoding="utf-8") == ARTICLE_CLEAN


def test_an_output_file_that_cannot_be_written_is_reported_and_the_others_written(tmp_path: Path) -> None:
    for name in ("a/one.txt", "b/two.txt", "three.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "b").write_text("a file where a folder is needed", encoding="utf-8")
    result = run("-o", "out", "a/one.txt", "b/two.txt", "three.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result) == [
        "cleantext: b/two.txt: cannot write out/b/two.txt: File exists",
        "cleantext: 1 of 3 documents failed",
    ]
    assert (tmp_path / "out" / "a" / "one.txt").read_text(encoding="utf-8") == ARTICLE_CLEAN
    assert (tmp_path / "out" / "three.txt").read_text(encoding="utf-8") == ARTICLE_CLEAN


def test_output_dir_and_in_place_need_files() -> None:
    assert run("--in-place", stdin=b"x").returncode == 2
    assert run("-o", "somewhere", "-", stdin=b"x").returncode == 2


# --- 3. worker processes -------------------------------------------------------------------------


def test_workers_give_the_same_output_in_input_order(tmp_path: Path) -> None:
    records = [{"n": n, "text": (RAW if n % 7 == 0 else ARTICLE) + f"Line {n} of the story.\n"} for n in range(600)]
    records[300] = {"n": 300, "text": 300}  # a bad record in the middle
    path = write_jsonl(tmp_path / "in.jsonl", records)
    one = run("--jsonl", "-j", "1", path)
    two = run("--jsonl", "-j", "2", path)
    every = run("--jsonl", "-j", "0", path)
    assert one.returncode == two.returncode == every.returncode == 1
    assert one.stdout == two.stdout == every.stdout
    assert [record["n"] for record in lines_of(two.stdout)] == [n for n in range(600) if n != 300]
    assert (
        errors_of(two)
        == errors_of(one)
        == [
            f"cleantext: {path}:301: field 'text' is int, not a string",
            "cleantext: 1 of 600 documents failed",
        ]
    )


def test_workers_with_many_plain_files(tmp_path: Path) -> None:
    names = []
    for n in range(30):
        (tmp_path / f"{n}.txt").write_text(f"Story number {n} is here.\n(0) comments\n", encoding="utf-8")
        names.append(f"{n}.txt")
    result = run("-j", "2", *names, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.decode() == "".join(f"Story number {n} is here.\n" for n in range(30))


def test_negative_workers_is_a_usage_error() -> None:
    assert run("-j", "-1", stdin=b"x").returncode == 2


# --- 4. choosing steps and the input kind ---------------------------------------------------------


def test_steps_and_skip_choose_registered_steps(tmp_path: Path) -> None:
    text = "donâ€™t stop\n(0) comments\n\n\n\nend   \n".encode()
    only_repair = run("--steps", "repair", stdin=text)
    assert only_repair.stdout.decode() == "don’t stop\n(0) comments\n\n\n\nend   \n"
    no_decision = run("--skip", "keep_article", stdin=text)
    assert no_decision.stdout.decode() == "don’t stop\n(0) comments\n\nend\n"
    tidy_then_repair = run("--steps", "tidy,repair", stdin=text)
    assert tidy_then_repair.stdout.decode() == "don’t stop\n(0) comments\n\nend\n"


PAGE_WITH_CHROME = """<html><head><title>Port reopens</title></head><body><article>
<p>The port of Valparaiso reopened on Friday after a storm closed it for three days, officials said.</p>
<p>(12) comments</p>
<p>Ships waited outside the harbour until the pilots returned.</p>
<p>Dock workers cleared debris from the main quay overnight, and the first ships entered at dawn.</p>
<p>Ships waited outside the harbour until the pilots returned.</p>
</article></body></html>"""


def test_skip_leaves_a_step_out_of_each_document_s_own_route(tmp_path: Path) -> None:
    import cleantext

    (tmp_path / "page.html").write_text(PAGE_WITH_CHROME, encoding="utf-8")
    # the seed with a sharing prompt inside its article, which only strip_chrome removes (its policy, printed
    # twice, goes by drop_duplicates too)
    lines = RAW.split("\n")
    notes_text = "\n".join([*lines[:2], "Click to email a link to a friend (Opens in new window)", *lines[2:]])
    (tmp_path / "notes.txt").write_text(notes_text, encoding="utf-8")
    result = run("--skip", "strip_chrome", "-o", tmp_path / "out", "page.html", "notes.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "page.html").read_text(encoding="utf-8")
    notes = (tmp_path / "out" / "notes.txt").read_text(encoding="utf-8")
    html_route = cleantext.parse_steps("repair,tidy")  # the HTML route without strip_chrome
    # the text route without strip_chrome: it no longer annotates for keep_article
    text_route = cleantext.pipeline(
        cleantext.repair,
        partial(cleantext.keep_article, rules=cleantext.parse_steps("drop_duplicates,strip_boilerplate")),
        cleantext.tidy,
    )
    assert page == cleantext.clean(PAGE_WITH_CHROME, steps=html_route)  # extracted, not markup
    assert "(12) comments" in page and "<p>" not in page
    assert page.count("Ships waited") == 2  # a page's repeated lines stay: the HTML route has no drop_duplicates
    assert notes == cleantext.clean(notes_text, steps=text_route) != cleantext.clean(notes_text)
    # a step only the text route runs: the page is cleaned as without --skip
    only_text = run("--skip", "keep_article", "-o", tmp_path / "only", "page.html", "notes.txt", cwd=tmp_path)
    assert (tmp_path / "only" / "page.html").read_text(encoding="utf-8") == cleantext.clean(PAGE_WITH_CHROME)
    assert (tmp_path / "only" / "notes.txt").read_text(encoding="utf-8") == cleantext.clean(
        notes_text, steps=html_route
    )
    assert only_text.returncode == 0


def test_skip_of_a_step_that_would_not_run_is_a_usage_error() -> None:
    in_no_route = run("--skip", "strip_site_chrome", stdin=b"x")
    assert in_no_route.returncode == 2 and in_no_route.stdout == b""
    assert errors_of(in_no_route)[-1].startswith(
        "cleantext: error: --skip strip_site_chrome: not a step of either route"
    )
    not_chosen = run("--steps", "repair,tidy", "--skip", "strip_chrome", stdin=b"x")
    assert not_chosen.returncode == 2
    assert errors_of(not_chosen)[-1] == "cleantext: error: --skip strip_chrome: not one of --steps repair,tidy"
    assert run("--steps", "repair,tidy", "--skip", "tidy", stdin=b"a   ").stdout == b"a   "


def test_unknown_step_is_a_usage_error_listing_the_steps() -> None:
    result = run("--steps", "repair,bogus", stdin=b"x")
    assert result.returncode == 2
    message = result.stderr.decode()
    assert "unknown step 'bogus'" in message
    assert "drop_duplicates, keep_article, repair, strip_boilerplate, strip_chrome, strip_site_chrome, tidy" in message
    assert run("--skip", "nothing", stdin=b"x").returncode == 2


def test_html_and_text_flags_choose_the_path_and_are_exclusive() -> None:
    page = (FIXTURES / "html" / "news_page.html").read_bytes()
    detected = run(stdin=page)
    assert detected.returncode == 0
    assert detected.stdout and b"<" not in detected.stdout  # the article, extracted from the markup
    assert run("--html", stdin=page).stdout == detected.stdout
    as_text = run("--text", stdin=page)
    assert as_text.returncode == 0 and b"<" in as_text.stdout  # markup read as text stays markup
    assert run("--text", stdin=ARTICLE.encode()).stdout.decode() == ARTICLE_CLEAN
    assert run("--html", "--text", stdin=b"x").returncode == 2


def test_jsonl_records_holding_html_are_extracted() -> None:
    page = (FIXTURES / "html" / "news_page.html").read_text("utf-8")
    result = run("--jsonl", stdin=(json.dumps({"id": 1, "text": page}) + "\n").encode())
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["id"] == 1 and record["text"] and "<" not in record["text"]


# --- 5. progress and the summary line -------------------------------------------------------------


def test_progress_on_a_terminal_only_and_quiet_silences_it(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}] * 20)
    status, shown, _ = on_terminal(["--jsonl", path])
    assert status == 0
    assert "cleantext: done: 20 documents, 0.0 of 0.0 MB," in shown and "MB/s" in shown
    status, shown, _ = on_terminal(["--jsonl", "--quiet", path])
    assert (status, shown) == (0, "")
    piped = run("--jsonl", path)  # standard error is a pipe: no progress
    assert piped.stderr == b""


def test_summary_line_when_something_failed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("good.txt", "missing.txt", "good.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result)[-1] == "cleantext: 1 of 3 documents failed"
    assert result.stdout.decode() == ARTICLE_CLEAN * 2


# --- 6. bad input never sinks the batch ------------------------------------------------------------


def test_bad_files_are_reported_and_the_others_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Café au lait was served on Friday.\n".encode("cp1252"))
    (tmp_path / "nul.txt").write_bytes(b"Some text\x00with a NUL\n")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    bad_bom = b"\xef\xbb\xbfnot \xff valid"  # undecodable: a UTF-8 byte-order mark on non-UTF-8 bytes
    (tmp_path / "bom.txt").write_bytes(bad_bom)
    names = ["good.txt", "nul.txt", "binary.bin", "latin1.txt", "empty.txt", "folder", "bom.txt", "good.txt"]
    result = run(*names, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.decode() == ARTICLE_CLEAN + "Café au lait was served on Friday.\n" + ARTICLE_CLEAN
    errors = errors_of(result)
    assert [line.split(":")[1].strip() for line in errors[:-1]] == [
        "nul.txt",
        "binary.bin",
        "empty.txt",
        "folder",
        "bom.txt",
    ]
    assert all(line.startswith("cleantext: ") for line in errors)
    assert errors[-1] == "cleantext: 5 of 8 documents failed"
    assert "Traceback" not in result.stderr.decode()


def test_bad_json_lines_are_reported_with_their_line_numbers(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE})
    raw = (
        "\n".join(
            [good, '{"text": "broken', good, "", '{"title": "no text"}', '{"text": null}', "[1, 2]", good]
        ).encode()
        + b"\n"
        + b'{"text": "caf\xe9"}\n'
        + b'{"text": "a\\u0000b"}\n'
        + good.encode()
    )
    path = tmp_path / "in.jsonl"
    path.write_bytes(raw)
    result = run("--jsonl", path)
    assert result.returncode == 1
    assert lines_of(result.stdout) == [{"text": ARTICLE_CLEAN}] * 4
    errors = errors_of(result)
    assert [line.split(":")[2] for line in errors[:-1]] == ["2", "5", "6", "7", "9", "10"]
    assert "malformed JSON" in errors[0]
    assert "no field 'text'" in errors[1] and "NoneType, not a string" in errors[2]
    assert "not UTF-8" in errors[4] and "NUL" in errors[5]
    assert errors[-1] == "cleantext: 6 of 10 documents failed"


def test_empty_jsonl_and_stdin_are_reported(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    result = run("--jsonl", "empty.jsonl", "-", cwd=tmp_path, stdin=json.dumps({"text": ARTICLE}).encode())
    assert result.returncode == 1
    assert lines_of(result.stdout) == [{"text": ARTICLE_CLEAN}]
    assert errors_of(result)[0].startswith("cleantext: empty.jsonl: empty input")


def test_on_error_keep_writes_the_bad_record_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "(0) comments\\nStory."}\n{"text": 3}\n{oops\n{"text": "Story."}')
    result = run("--jsonl", "--on-error", "keep", path)
    assert result.returncode == 1
    assert result.stdout == b'{"text": "Story.\\n"}\n{"text": 3}\n{oops\n{"text": "Story.\\n"}\n'
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("--on-error", "keep", "bin.txt", "ok.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == b"\x00\x01binary" + ARTICLE_CLEAN.encode()


def test_on_error_fail_stops_at_the_first_bad_record(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}, {"text": 1}, {"text": ARTICLE}])
    for jobs in ("1", "2"):
        result = run("--jsonl", "--on-error", "fail", "-j", jobs, path)
        assert result.returncode == 1
        assert lines_of(result.stdout) == [{"text": ARTICLE_CLEAN}]
        assert errors_of(result)[0] == f"cleantext: {path}:2: field 'text' is int, not a string"
    result = run("--jsonl", "--on-error", "fail", "--in-place", path)
    assert result.returncode == 1
    assert lines_of(path.read_bytes()) == [{"text": ARTICLE}, {"text": 1}, {"text": ARTICLE}]  # left as it was


def test_on_error_skip_with_output_dir_leaves_no_file_for_a_bad_document(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("-o", "out", "bin.txt", "ok.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ok.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_quietly(tmp_path: Path, jobs: str) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": RAW}] * 3000)
    pipeline = subprocess.run(
        f"'{CLEANTEXT}' --jsonl -j {jobs} '{path}' | head -c 10",
        shell=True,
        capture_output=True,
        check=False,
        timeout=120,
        executable="/bin/bash",
    )
    assert pipeline.stdout == b'{"text": "'
    assert pipeline.stderr == b""


def test_explain_in_text_mode_still_goes_to_standard_error() -> None:
    result = run("--explain", stdin=ARTICLE.encode())
    assert result.returncode == 0
    assert result.stdout.decode() == ARTICLE_CLEAN
    assert errors_of(result) == [
        "cleantext: <stdin>: line 2: removed by strip_chrome (comment-counter): (0) comments",
        "cleantext: <stdin>: line 3: removed by strip_chrome (login): Log In",
    ]
