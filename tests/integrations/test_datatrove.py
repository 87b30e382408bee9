"""The datatrove steps: a real pipeline (reader -> cleantext -> writer) run by datatrove's local executor."""

from __future__ import annotations

import json
import pickle
from functools import partial
from pathlib import Path

import pytest

import cleantext

pytest.importorskip("datatrove", reason="the datatrove extra is not installed")
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
from option_cases import CASES, check, options

from cleantext.integrations.datatrove import ArticleFilter, CleantextFormatter, ProfileCounter, merge_profiles

ROOT = Path(__file__).resolve().parents[2]
NEWS_PAGE = (ROOT / "fixtures" / "html" / "news_page.html").read_text(encoding="utf-8")
NO_ARTICLE = (ROOT / "fixtures" / "html" / "no_article.html").read_text(encoding="utf-8")
SEED_RAW = (ROOT / "fixtures" / "seed" / "chile_border.raw.txt").read_text(encoding="utf-8")
SEED_CLEAN = (ROOT / "fixtures" / "seed" / "chile_border.clean.txt").read_text(encoding="utf-8")
TOO_LARGE = "<html><body><p>" + "x" * (cleantext.html.MAX_HTML_CHARS + 1) + "</p></body></html>"


def _write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def _read_jsonl(folder: Path) -> dict[str, dict]:
    records = [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.read_text().splitlines()]
    return {record["id"]: record for record in records}


def test_a_local_pipeline_cleans_documents_and_drops_those_without_an_article(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    url = "https://courier.example/news/bridge"
    _write_jsonl(crawl / "part-0.jsonl", [{"id": "chile", "text": SEED_RAW}, {"id": "front", "text": NO_ARTICLE}])
    _write_jsonl(
        crawl / "part-1.jsonl",
        [{"id": "bridge", "text": NEWS_PAGE, "metadata": {"url": url}}, {"id": "huge", "text": TOO_LARGE}],
    )
    formatter = CleantextFormatter()
    article_filter = ArticleFilter(exclusion_writer=JsonlWriter(str(tmp_path / "dropped"), compression=None))
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(crawl)),
            formatter,
            article_filter,
            JsonlWriter(str(tmp_path / "clean"), compression=None),
        ],
        tasks=2,
        workers=2,  # the steps travel to worker processes
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    kept = _read_jsonl(tmp_path / "clean")
    assert set(kept) == {"chile", "bridge"}
    assert kept["chile"]["text"] == SEED_CLEAN
    assert kept["bridge"]["text"] == cleantext.from_html(NEWS_PAGE, url=url)
    assert kept["bridge"]["metadata"]["url"] == url  # metadata goes through

    dropped = _read_jsonl(tmp_path / "dropped")
    assert dropped["front"]["metadata"]["filter_reason"] == "no_article"
    assert "text" not in dropped["front"]  # emptied (the writer leaves empty values out)
    assert dropped["huge"]["metadata"]["filter_reason"] == "cleantext_error"
    assert "too large" in dropped["huge"]["metadata"]["cleantext_error"]
    assert dropped["huge"]["text"] == TOO_LARGE  # refused: the document goes on as it came

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    counts = {step["name"]: step["stats"] for step in stats}
    assert counts[str(formatter)] == {"total": 4, "no_article": 1, "cleantext_failed": 1}
    filtered = counts[str(article_filter)]
    assert (filtered["forwarded"], filtered["dropped_no_article"], filtered["dropped_cleantext_error"]) == (2, 1, 1)


def test_the_formatter_kinds() -> None:
    damaged = "<p>The council met.</p><p>It said so.</p>"  # markup, read as HTML under auto
    assert CleantextFormatter(kind="text").format(damaged) == cleantext.clean(damaged, kind="text")
    assert CleantextFormatter().format(damaged) == cleantext.from_html(damaged)
    assert CleantextFormatter(kind="html").format(SEED_RAW) == cleantext.from_html(SEED_RAW)
    with pytest.raises(cleantext.OptionError, match="kind"):
        CleantextFormatter(kind="pdf")


@pytest.mark.parametrize(("document", "steps", "settings"), CASES)
def test_the_formatter_cleans_with_steps_and_a_config_as_clean_does_and_after_a_pickle_round_trip(
    document: str, steps: str, settings: list[str]
) -> None:
    formatter = CleantextFormatter(**options(steps, settings))
    check(formatter.format(document), document, steps, settings)
    shipped = pickle.loads(pickle.dumps(formatter))  # as a task receives it
    check(shipped.format(document), document, steps, settings)
    url = "https://courier.example/transit"
    (doc,) = shipped.run(iter([Document(text=document, id="transit", metadata={"url": url})]))
    check(doc.text, document, steps, settings, url=url)


def test_the_formatter_refuses_a_bad_config_or_steps_when_built() -> None:
    with pytest.raises(cleantext.OptionError, match=r"config must be a cleantext\.Config, not dict"):
        CleantextFormatter(config={"strip_boilerplate": {"min_words": 20}})
    with pytest.raises(cleantext.PipelineError, match="str -> str callable"):
        CleantextFormatter(steps="repair,tidy")
    with pytest.raises(cleantext.OptionError, match="strip_site_chrome needs a site profile"):
        CleantextFormatter(steps=cleantext.parse_steps("strip_site_chrome,tidy"))
    with pytest.raises(cleantext.OptionError, match="the step _marked needs its option 'mark'"):
        CleantextFormatter(steps=cleantext.pipeline(cleantext.repair, _marked))
    assert CleantextFormatter(steps=cleantext.pipeline(partial(_marked, mark="> "))).format("a") == "> a"


def _marked(text: str, *, mark: str) -> str:
    """A step of the caller's own with an option it must be given."""
    return mark + text


def test_the_filter_keeps_documents_with_an_article() -> None:
    assert ArticleFilter().filter(Document(text=SEED_CLEAN, id="chile")) is True
    assert ArticleFilter().filter(Document(text=" \n", id="front")) == (False, "no_article")
    refused = Document(text="<html>…", id="big", metadata={"cleantext_error": "too large"})
    assert ArticleFilter().filter(refused) == (False, "cleantext_error")


# --- site profiles: count per task, merge, clean with the result ------------------------------------

TOWNS = ["Arica", "Iquique", "Calama", "Copiapo", "Ovalle", "Talca"]
FOOTER = "The Gazette has covered the towns of the north since 1921, and will go on."


def _story(town: str) -> str:
    return f"The road to {town} reopened after the storm, police said on Tuesday.\nCrews cleared the mud in {town}.\n"


def test_a_profile_counted_per_task_and_merged_equals_learn_and_cleans_each_site(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    records = [
        {"id": f"{host}-{town}", "text": _story(town) + FOOTER + "\n", "metadata": {"url": f"https://{host}/{town}"}}
        for host in ("www.gazette.example", "herald.example")
        for town in (TOWNS if host.endswith("gazette.example") else TOWNS[:2])
    ]
    page = f"<html><body><article><p>{_story('Arica')}</p><p>{FOOTER}</p></article></body></html>"
    records.append({"id": "page", "text": page, "metadata": {"url": "https://gazette.example/page"}})
    _write_jsonl(crawl / "part-0.jsonl", records[::2])
    _write_jsonl(crawl / "part-1.jsonl", records[1::2])
    counter = ProfileCounter(str(tmp_path / "counts"))
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(crawl)), counter], tasks=2, workers=2, logging_dir=str(tmp_path / "logs")
    ).run()
    assert sorted(path.name for path in (tmp_path / "counts").iterdir()) == ["00000.profile", "00001.profile"]

    profile = merge_profiles(str(tmp_path / "counts"))
    # a page is counted as extracted
    texts = [cleantext.from_html(r["text"]) if r["id"] == "page" else r["text"] for r in records]
    assert profile == cleantext.learn(texts, sites=(cleantext.site_key(r["metadata"]["url"]) for r in records))
    assert profile.pages("gazette.example") == len(TOWNS) + 1 and profile.pages("herald.example") == 2

    profile.save(tmp_path / "news.profile")
    formatter = CleantextFormatter(profile=tmp_path / "news.profile")
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(crawl)), formatter, JsonlWriter(str(tmp_path / "clean"), compression=None)],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs-clean"),
    ).run()
    kept = _read_jsonl(tmp_path / "clean")
    # The Gazette's pages lose its footer, the page too; the Herald has too few pages to judge (kept).
    assert kept["www.gazette.example-Arica"]["text"] == _story("Arica")
    assert FOOTER not in kept["page"]["text"] and kept["page"]["text"].startswith("The road to Arica")
    assert kept["herald.example-Arica"]["text"] == _story("Arica") + FOOTER + "\n"


def test_a_profile_that_is_missing_or_not_one_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(cleantext.OptionError, match="no such file"):
        CleantextFormatter(profile=tmp_path / "none.profile")
    (tmp_path / "bad.profile").write_bytes(b"not a profile")
    formatter = CleantextFormatter(profile=tmp_path / "bad.profile")
    with pytest.raises(cleantext.ProfileError):
        list(formatter.run(iter([Document(text=SEED_RAW, id="chile")])))
