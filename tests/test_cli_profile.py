"""End to end: ``cleantext learn``, ``--profile`` and ``--two-pass`` in a subprocess."""

from __future__ import annotations

from pathlib import Path

from cli_support import errors_of, lines_of, on_terminal, run, write_jsonl
from test_profile import STORIES

import cleantext


def records() -> list[dict[str, object]]:
    made: list[dict[str, object]] = []
    for number, story in enumerate(STORIES):
        for host in ("www.a.example", "b.example"):
            text = f"{host} home | news | sport\n{story}\nShare this story\n({number * 4}) comments"
            made.append({"url": f"https://{host}/{number}", "text": text})
    return made


def test_learn_writes_a_profile_per_site_and_reports_bad_lines(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "crawl.jsonl", records())
    with data.open("a", encoding="utf-8") as handle:
        handle.write("{not json\n")
    result = run("learn", "--jsonl", "--site-field", "url", data, "-o", tmp_path / "site.profile")
    assert result.returncode == 1  # a bad line: reported, the profile still written
    assert any("crawl.jsonl:17: malformed JSON" in line for line in errors_of(result))
    profile = cleantext.Profile.load(tmp_path / "site.profile")
    assert profile.sites == ("a.example", "b.example")
    assert profile.pages("a.example") == len(STORIES)


def test_profile_option_cleans_with_each_records_site(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "crawl.jsonl", records())
    assert run("learn", "--jsonl", "--site-field", "url", data, "-o", tmp_path / "p").returncode == 0
    result = run("--jsonl", "--site-field", "url", "--profile", tmp_path / "p", "--explain", data)
    assert result.returncode == 0, result.stderr
    out = lines_of(result.stdout)
    assert [record["text"] for record in out] == [story + "\n" for story in STORIES for _ in range(2)]
    reasons = {removed["reason"] for record in out for removed in record["cleantext_removed"]}
    assert reasons == {f"repeated-on-site (seen on {len(STORIES)} of {len(STORIES)} pages)"}


def test_two_pass_equals_learn_then_profile(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    names = []
    for number, story in enumerate(STORIES):
        path = folder / f"{number}.txt"
        path.write_text(f"Menu | Home | Weather\n{story}\nSubscribe to our letters today\n", encoding="utf-8")
        names.append(path)
    two_pass = run("--two-pass", *names)
    assert two_pass.returncode == 0, two_pass.stderr
    assert two_pass.stdout.decode("utf-8") == "".join(story + "\n" for story in STORIES)
    assert run("learn", *names, "-o", tmp_path / "p").returncode == 0
    assert run("--profile", tmp_path / "p", *names).stdout == two_pass.stdout


def test_profile_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.profile").write_bytes(b"not a profile at all")
    result = run("--profile", tmp_path / "bad.profile", stdin=b"text")
    assert result.returncode == 2
    assert "not a cleantext profile" in result.stderr.decode()
    assert run("--two-pass", stdin=b"text").returncode == 2  # standard input cannot be read twice
    unbound = run("--steps", "repair,strip_site_chrome", stdin=b"text")
    assert unbound.returncode == 2 and unbound.stdout == b""
    assert errors_of(unbound)[-1] == (
        "cleantext: error: the step strip_site_chrome needs a site profile: give --profile FILE or --two-pass"
    )
    assert run("learn", "--site-field", "url", "x", "-o", tmp_path / "p").returncode == 2
    assert errors_of(result)[-1].startswith("cleantext: error: --profile")


def test_two_pass_shows_progress_for_both_passes_on_a_terminal(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "crawl.jsonl", records())
    status, shown, _ = on_terminal(["--jsonl", "--site-field", "url", "--two-pass", data])
    assert status == 0
    assert "cleantext: learning: done: 16 documents" in shown and "cleantext: cleaning: done: 16 documents" in shown
