"""The command line: a Unix filter with errors on stderr and meaningful exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ARTICLE = "The border crossing was closed on Friday as dozens of migrants waited, officials said.\n"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleantext", *args], input=stdin, capture_output=True, check=False)


def test_dash_reads_standard_input() -> None:
    result = run("-", stdin=(ARTICLE + "Log In\n").encode())
    assert result.returncode == 0
    assert result.stdout.decode() == ARTICLE


def test_a_missing_file_is_reported_and_the_others_are_still_cleaned(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE + "(0) comments\n", encoding="utf-8")
    result = run(str(tmp_path / "missing.txt"), str(good))
    assert result.returncode == 1
    assert result.stdout.decode() == ARTICLE
    assert result.stderr.decode().startswith("cleantext: ")
    assert "missing.txt" in result.stderr.decode()


def test_binary_input_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run(str(binary))
    assert result.returncode == 1
    assert b"cleantext: " in result.stderr and b"binary" in result.stderr


def test_legacy_encoded_input_is_decoded(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le président a déclaré vendredi que la frontière resterait fermée.\n".encode("cp1252"))
    result = run(str(latin))
    assert result.returncode == 0
    assert result.stdout.decode() == "Le président a déclaré vendredi que la frontière resterait fermée.\n"


def test_a_usage_error_exits_2() -> None:
    result = run("--no-such-flag")
    assert result.returncode == 2
    assert result.stderr.decode().startswith("usage: cleantext")
    assert "cleantext: error:" in result.stderr.decode()


def test_explain_writes_removals_to_stderr_and_the_text_to_stdout() -> None:
    result = run("--explain", stdin=(ARTICLE + "(0) comments\n").encode())
    assert result.returncode == 0
    assert result.stdout.decode() == ARTICLE
    assert "removed by strip_chrome (comment-counter): (0) comments" in result.stderr.decode()


def test_empty_input_is_reported_as_bad_input() -> None:
    result = run(stdin=b"")
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"cleantext: <stdin>: empty input" in result.stderr


def test_a_long_document_is_written_as_clean_and_its_steps_return_it(tmp_path: Path) -> None:
    # The command hands the text over and writes the result in pieces (of 4,096 lines): the same bytes.
    import cleantext

    lines = [
        f"Officials counted {number} trucks at the border crossing on Friday, the police said."
        for number in range(5000)
    ]
    text = "\n\n".join([*lines, "(0) comments", "Log In"]) + "\n"
    document = tmp_path / "long.txt"
    document.write_text(text, encoding="utf-8")
    assert run(str(document)).stdout.decode() == cleantext.clean(text)
    tidy_only = run("--steps", "tidy", str(document)).stdout.decode()
    assert tidy_only == cleantext.pipeline(cleantext.tidy)(text)
    assert tidy_only.count("\n") > 2 * 4096
