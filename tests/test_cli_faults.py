"""The command under faults: signals, outputs that cannot be written, oversized records, odd inputs."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import time
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
    on_terminal,
    run,
    write_jsonl,
)

# --- signals -------------------------------------------------------------------------------------


def _group(pgid: int) -> list[int]:
    """The processes still alive (not zombies) in process group ``pgid``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry))
    return found


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _written(folder: Path, inputs: list[bytes]) -> list[Path]:
    """``inputs`` written to ``in0.jsonl``, ``in1.jsonl`` ... in ``folder``."""
    paths = [folder / f"in{number}.jsonl" for number in range(len(inputs))]
    for path, data in zip(paths, inputs, strict=True):
        path.write_bytes(data)
    return paths


def _default_stop_signals() -> None:
    """In the child before it runs the command: SIGTERM, SIGHUP and SIGINT at their defaults, as from a terminal (a
    suite run under ``nohup`` would hand on an ignored SIGHUP, and one started in the background by a script an
    ignored SIGINT, which the command keeps ignoring)."""
    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(signum, signal.SIG_DFL)


def _wait_for(condition, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return False


@pytest.fixture(scope="module")
def big_inputs(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Two JSON Lines files that take a -j 2 run several seconds: the originals, as bytes."""
    records = [{"n": n, "text": f"Report {n} of the day.\n" + RAW} for n in range(1500)]
    data = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records).encode()
    return [data, data.replace(b'"n": 1', b'"n": 7')]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the run's processes")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
@pytest.mark.parametrize("moment", ["at-once", "workers-started", "writing"])
def test_a_signal_ends_workers_and_removes_temporary_files(
    tmp_path: Path, big_inputs: list[bytes], signum: int, moment: str
) -> None:
    paths = _written(tmp_path, big_inputs)
    process = subprocess.Popen(
        [CLEANTEXT, "--jsonl", "--in-place", "-j", "2", *map(str, paths)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: what survives it can be found
        preexec_fn=_default_stop_signals,  # as from a terminal, whatever the suite was started under (nohup)
    )
    try:
        if moment == "workers-started":
            assert _wait_for(lambda: len(_children(process.pid)) >= 2)
        elif moment == "writing":
            assert _wait_for(lambda: bool(list(tmp_path.glob(".cleantext-*.tmp"))))
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    # Before Python has started the command, a signal ends it as by default (nothing was made yet).
    assert process.returncode == 128 + signum or (moment == "at-once" and process.returncode == -signum), stderr
    assert _wait_for(lambda: not _group(process.pid), timeout=5), f"left running: {_group(process.pid)}"
    assert not list(tmp_path.glob(".cleantext-*")), "a temporary file was left behind"
    for path, original in zip(paths, big_inputs, strict=True):
        data = path.read_bytes()  # each file either as it was, or wholly cleaned: never half of it
        assert data == original or (data.count(b"\n") == original.count(b"\n") and b"(0) comments" not in data)
    if process.returncode > 0:
        name = signal.Signals(signum).name
        assert f"cleantext: interrupted by {name} after " in stderr.decode(), stderr
        assert "Traceback" not in stderr.decode()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc to find the run's processes")
def test_a_run_started_under_nohup_outlives_a_hangup(tmp_path: Path, big_inputs: list[bytes]) -> None:
    """Started ignoring SIGHUP (``nohup cleantext ... &``), the run and its workers keep ignoring it: a closed terminal
    does not end the run, which cleans every file."""
    paths = _written(tmp_path, big_inputs)
    process = subprocess.Popen(
        [CLEANTEXT, "--jsonl", "--in-place", "-j", "2", *map(str, paths)],
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN),  # what nohup does
    )
    try:
        assert _wait_for(lambda: len(_children(process.pid)) >= 2)
        os.killpg(process.pid, signal.SIGHUP)  # the terminal hangs up on the whole group
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 0, stderr
    for path in paths:
        assert b"(0) comments" not in path.read_bytes()


def test_ctrl_c_on_the_process_group_still_ends_with_130(tmp_path: Path, big_inputs: list[bytes]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(big_inputs[0])
    process = subprocess.Popen(
        [CLEANTEXT, "--jsonl", "-o", str(tmp_path / "out"), "-j", "2", str(path)],
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_default_stop_signals,  # as from a terminal, whatever the suite was started under
    )
    assert _wait_for(lambda: bool(list((tmp_path / "out").glob(".cleantext-*.tmp"))))
    os.killpg(process.pid, signal.SIGINT)  # what the terminal sends to the whole foreground group
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert _wait_for(lambda: not _group(process.pid), timeout=5)
    assert not list((tmp_path / "out").iterdir())
    assert b"interrupted by SIGINT after " in stderr


# --- outputs that cannot be written ----------------------------------------------------------------


def test_an_output_folder_that_cannot_be_made_is_reported_once_and_its_records_not_cleaned(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    write_jsonl(tmp_path / "data" / "big.jsonl", [{"text": ARTICLE}] * 399)
    write_jsonl(tmp_path / "data" / "small.jsonl", [{"text": ARTICLE}])
    write_jsonl(tmp_path / "ok.jsonl", [{"text": ARTICLE}])
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "data").write_text("a file where a folder is needed", encoding="utf-8")
    for jobs in ("1", "2"):
        result = run("--jsonl", "-j", jobs, "-o", "out", "data/big.jsonl", "data/small.jsonl", "ok.jsonl", cwd=tmp_path)
        assert result.returncode == 1
        assert errors_of(result) == [
            "cleantext: data/big.jsonl: cannot write out/data/big.jsonl: File exists",
            "cleantext: data/small.jsonl: cannot write out/data/small.jsonl: File exists",
            "cleantext: 2 of 3 documents failed",  # the 399 records were not cleaned
        ]
        assert json.loads((tmp_path / "out" / "ok.jsonl").read_text(encoding="utf-8")) == {"text": ARTICLE_CLEAN}


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into folders whatever their permissions")
def test_an_unwritable_output_folder_gives_one_line_per_output_file(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "one.jsonl", [{"text": ARTICLE}] * 399)
    write_jsonl(tmp_path / "two.jsonl", [{"text": ARTICLE}] * 3)
    (tmp_path / "out").mkdir()
    (tmp_path / "out").chmod(0o555)
    try:
        result = run("--jsonl", "-o", "out", "one.jsonl", "two.jsonl", cwd=tmp_path)
    finally:
        (tmp_path / "out").chmod(0o755)
    assert errors_of(result) == [
        "cleantext: one.jsonl: cannot write out/one.jsonl: Permission denied",
        "cleantext: two.jsonl: cannot write out/two.jsonl: Permission denied",
        "cleantext: 2 of 2 documents failed",
    ]


def _file_size_limit(limit: int):
    def limited() -> None:  # in the child: writes past ``limit`` bytes fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limited


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_write_that_fails_midway_ends_that_output_once(tmp_path: Path, jobs: str) -> None:
    write_jsonl(tmp_path / "big.jsonl", [{"n": n, "text": ARTICLE} for n in range(2000)])
    write_jsonl(tmp_path / "small.jsonl", [{"text": ARTICLE}])
    result = run(
        "--jsonl",
        "-j",
        jobs,
        "-o",
        "out",
        "big.jsonl",
        "small.jsonl",
        cwd=tmp_path,
        preexec_fn=_file_size_limit(20_000),
    )
    assert result.returncode == 1
    errors = errors_of(result)
    assert errors[0] == "cleantext: cannot write out/big.jsonl: File too large"
    assert len(errors) == 2 and errors[1].startswith("cleantext: ") and errors[1].endswith(" documents failed")
    documents = errors[1].split()[3]
    assert int(documents) < 2001  # the reading of big.jsonl stopped
    assert not (tmp_path / "out" / "big.jsonl").exists()
    assert not list((tmp_path / "out").glob(".cleantext-*"))
    assert json.loads((tmp_path / "out" / "small.jsonl").read_text(encoding="utf-8")) == {"text": ARTICLE_CLEAN}


# --- --max-bytes ------------------------------------------------------------------------------------


def test_max_bytes_skips_and_reports_a_larger_document(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(RAW * 40, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("--max-bytes", "100k", "big.txt", "ok.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.decode() == ARTICLE_CLEAN
    size = len((RAW * 40).encode())
    assert errors_of(result) == [
        f"cleantext: big.txt: {size:,} bytes, over the limit of 100,000 (--max-bytes; 0: no limit); skipped",
        "cleantext: 1 of 2 documents failed",
    ]
    assert run("--max-bytes", "0", "big.txt", cwd=tmp_path).returncode == 0
    from_stdin = run("--max-bytes", "1000", stdin=(RAW * 40).encode())
    assert from_stdin.returncode == 1 and f"<stdin>: {size:,} bytes, over the limit" in from_stdin.stderr.decode()


def test_max_bytes_skips_a_larger_json_line_and_goes_on(tmp_path: Path) -> None:
    records = [{"n": 1, "text": ARTICLE}, {"n": 2, "text": RAW * 100}, {"n": 3, "text": ARTICLE}]
    path = write_jsonl(tmp_path / "in.jsonl", records)
    result = run("--jsonl", "--max-bytes", "50000", path)
    assert result.returncode == 1
    assert [json.loads(line)["n"] for line in result.stdout.decode().splitlines()] == [1, 3]
    assert errors_of(result)[0].startswith(f"cleantext: {path}:2: ")
    assert "over the limit of 50,000 (--max-bytes" in errors_of(result)[0]


def test_max_bytes_has_a_default_and_takes_units() -> None:
    assert run("--max-bytes", "lots", stdin=b"x").returncode == 2
    help_text = run("--help").stdout.decode()
    assert "--max-bytes N" in help_text and "default 64M" in help_text


# --- --in-place: special files, unchanged files -------------------------------------------------------


def test_in_place_refuses_a_fifo_and_a_device(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    result = run("--in-place", fifo, "/dev/null", tmp_path / "ok.txt")  # would block on the FIFO if it read it
    assert result.returncode == 1
    errors = errors_of(result)
    assert errors[0] == f"cleantext: {fifo}: --in-place replaces regular files only, and this is a FIFO"
    assert errors[1] == "cleantext: /dev/null: --in-place replaces regular files only, and this is a character device"
    assert fifo.is_fifo() and Path("/dev/null").is_char_device()
    assert (tmp_path / "ok.txt").read_text(encoding="utf-8") == ARTICLE_CLEAN


def test_output_dir_refuses_to_replace_a_fifo(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    os.mkfifo(tmp_path / "out" / "a.txt")
    result = run("-o", "out", "a.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert errors_of(result)[0] == "cleantext: a.txt: refusing to replace out/a.txt, a FIFO, with a file"
    assert (tmp_path / "out" / "a.txt").is_fifo()


@pytest.mark.parametrize("jsonl", [False, True], ids=["text", "jsonl"])
def test_in_place_leaves_a_clean_file_alone(tmp_path: Path, jsonl: bool) -> None:
    def record(text: str) -> str:
        return '{"id": 1.10, "text": ' + json.dumps(text) + "}\n"

    clean, dirty = (record(ARTICLE_CLEAN) * 3, record(ARTICLE) * 3) if jsonl else (CLEAN, RAW)
    flags = ["--in-place", *(["--jsonl"] if jsonl else [])]
    path = tmp_path / "clean.txt"
    path.write_text(clean, encoding="utf-8")
    os.link(path, tmp_path / "link.txt")
    before = path.stat()
    time.sleep(0.01)
    result = run(*flags, path)
    assert result.returncode == 0, result.stderr
    after = path.stat()
    assert (after.st_ino, after.st_nlink, after.st_mtime_ns) == (before.st_ino, 2, before.st_mtime_ns)
    assert path.read_text(encoding="utf-8") == clean
    # a file that does change is replaced (a new file: its hard link keeps the old text)
    path.unlink()
    path.write_text(dirty, encoding="utf-8")
    assert run(*flags, path).returncode == 0
    assert path.read_text(encoding="utf-8") == clean and path.stat().st_ino != before.st_ino
    assert not list(tmp_path.glob(".cleantext-*"))


def test_an_unchanged_output_in_the_output_dir_is_not_rewritten(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RAW, encoding="utf-8")
    assert run("-o", "out", "a.txt", cwd=tmp_path).returncode == 0
    first = (tmp_path / "out" / "a.txt").stat()
    (tmp_path / "a.txt").write_text(RAW + "\nA new last paragraph was added, officials said.\n", encoding="utf-8")
    assert run("-o", "out", "a.txt", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8").endswith("officials said.\n")
    (tmp_path / "a.txt").write_text(RAW, encoding="utf-8")
    assert run("-o", "out", "a.txt", cwd=tmp_path).returncode == 0
    second = (tmp_path / "out" / "a.txt").stat()
    assert run("-o", "out", "a.txt", cwd=tmp_path).returncode == 0
    third = (tmp_path / "out" / "a.txt").stat()
    assert (third.st_ino, third.st_mtime_ns) == (second.st_ino, second.st_mtime_ns) != (first.st_ino, first.st_mtime_ns)


# --- input edges ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["CR", "CRLF"])
def test_cr_and_crlf_line_endings_are_read_as_lines(tmp_path: Path, newline: str) -> None:
    (tmp_path / "mac.txt").write_bytes(RAW.replace("\n", newline).encode("utf-8"))
    result = run(tmp_path / "mac.txt")
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == CLEAN
    record = json.dumps({"text": RAW.replace("\n", newline)})
    from_json = run("--jsonl", stdin=record.encode())
    assert json.loads(from_json.stdout)["text"] == CLEAN


def test_terminal_colours_and_overstrikes_are_removed(tmp_path: Path) -> None:
    bold = "".join(f"{char}\b{char}" for char in "Officials")
    text = f"\x1b[1;32m{bold} reported the crossing was \x1b[4mclosed\x1b[0m on Friday.\n(0) comments\n"
    (tmp_path / "captured.txt").write_bytes(text.encode("utf-8"))
    result = run("--explain", tmp_path / "captured.txt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == ARTICLE_CLEAN
    assert "(terminal-code)" in result.stderr.decode()


def test_an_html_file_is_read_as_a_page_even_with_text_before_the_doctype(tmp_path: Path) -> None:
    page = "Saved from https://example.com/harbour-bridge on 3 May\n" + (
        FIXTURES / "html" / "news_page.html"
    ).read_text(encoding="utf-8")
    for name in ("saved.html", "saved.HTM", "saved.txt"):
        (tmp_path / name).write_text(page, encoding="utf-8")
    as_page = run("--html", tmp_path / "saved.txt").stdout
    assert as_page and b"<" not in as_page
    assert run(tmp_path / "saved.html").stdout == as_page
    assert run(tmp_path / "saved.HTM").stdout == as_page
    assert b"<" in run(tmp_path / "saved.txt").stdout  # no extension to go by, and not markup from its start
    assert b"<" in run("--text", tmp_path / "saved.html").stdout  # --text wins over the extension


# --- the terminal ----------------------------------------------------------------------------------------


def test_progress_gives_totals_and_a_rate_and_keeps_out_of_the_output(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}] * 20)
    size = path.stat().st_size / 1e6
    status, shown, out = on_terminal(["--jsonl", path])
    assert status == 0 and out.count(b"\n") == 20
    assert f"cleantext: done: 20 documents, {size:.1f} of {size:.1f} MB, " in shown and " MB/s, " in shown
    assert "docs/s" not in shown
    status, shown, _ = on_terminal(["--jsonl", path], stdout_too=True)  # the output shows on the same terminal
    assert status == 0 and "cleantext:" not in shown and shown.count('{"text":') == 20


def test_with_no_arguments_on_a_terminal_it_says_it_reads_standard_input() -> None:
    status, shown, out = on_terminal([], stdin_too=True, typed=ARTICLE.encode() + b"\x04")
    assert "cleantext: reading standard input (end it with Ctrl-D" in shown
    assert status == 0 and out == ARTICLE_CLEAN.encode()


def test_help_lists_every_exit_status() -> None:
    help_text = " ".join(run("--help").stdout.decode().split())
    assert "2 usage error" in help_text and "130 Ctrl-C" in help_text and "143 SIGTERM" in help_text
    assert "DIR/<its path relative to the current directory>" in help_text
