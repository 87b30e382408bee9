"""The Scrapy item pipeline: a real crawl of pages served on the loopback interface, and its options."""

from __future__ import annotations

import functools
import json
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import cleantext

scrapy = pytest.importorskip("scrapy", reason="the scrapy extra is not installed")
from option_cases import CASES, TEXT, check, options  # noqa: E402
from scrapy.exceptions import DropItem, NotConfigured  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402

from cleantext.integrations.scrapy import CleantextPipeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CRAWL = Path(__file__).with_name("scrapy_crawl.py")
NEWS_PAGE = ROOT / "fixtures" / "html" / "news_page.html"
NO_ARTICLE = ROOT / "fixtures" / "html" / "no_article.html"
SEED_RAW = ROOT / "fixtures" / "seed" / "chile_border.raw.txt"
SEED_CLEAN = ROOT / "fixtures" / "seed" / "chile_border.clean.txt"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """Four pages and an index linking them, served from 127.0.0.1 for the length of one test."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "news.html").write_bytes(NEWS_PAGE.read_bytes())
    (root / "front.html").write_bytes(NO_ARTICLE.read_bytes())
    (root / "chile.txt").write_bytes(SEED_RAW.read_bytes())
    (root / "broken.html").write_bytes(b"\x00\x01\x02\x03PNG\x00" * 64)  # binary: cleantext refuses it
    links = "".join(
        f'<li><a class="page" href="{name}">{name}</a></li>' for name in sorted(p.name for p in root.iterdir())
    )
    (root / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def crawl(tmp_path: Path, start: str, settings: dict[str, object]) -> tuple[dict[str, dict], dict[str, object]]:
    """Run the spider in a fresh process; the items it exported by page name, and the crawler's stats."""
    config = {
        "start": start,
        "settings": settings,
        "items": str(tmp_path / "items.jsonl"),
        "stats": str(tmp_path / "stats.json"),
    }
    (tmp_path / "crawl.json").write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(CRAWL), str(tmp_path / "crawl.json")],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = (tmp_path / "items.jsonl").read_text(encoding="utf-8").splitlines()
    items = {json.loads(line)["url"].rsplit("/", 1)[1]: json.loads(line) for line in lines}
    return items, json.loads((tmp_path / "stats.json").read_text(encoding="utf-8"))


def test_a_real_crawl_cleans_html_and_text_items(site: str, tmp_path: Path) -> None:
    settings = {
        "CLEANTEXT_FIELDS": {"body": "auto", "text": "text"},
        "CLEANTEXT_OUTPUT_FIELDS": {"text": "article"},
        "CLEANTEXT_DROP_EMPTY": True,
    }
    items, stats = crawl(tmp_path, site, settings)
    # The page with an article: its bytes (a dict item) became the article body, found by markup.
    assert items["news.html"]["body"] == cleantext.from_html(NEWS_PAGE.read_bytes(), url=items["news.html"]["url"])
    assert items["news.html"]["body"].startswith("The Harbour Bridge reopened to traffic on Tuesday morning")
    assert "Log In" not in items["news.html"]["body"]
    # The text page (a scrapy.Item): the raw text stays, the editor's clean text lands beside it.
    assert items["chile.txt"]["article"] == SEED_CLEAN.read_text(encoding="utf-8")
    assert items["chile.txt"]["text"] == SEED_RAW.read_text(encoding="utf-8")
    # A front page has no article (dropped: CLEANTEXT_DROP_EMPTY); binary bytes are refused (dropped).
    assert set(items) == {"news.html", "chile.txt"}
    assert stats["cleantext/cleaned"] == 2
    assert stats["cleantext/no_article"] == 1
    assert stats["cleantext/failed"] == 1
    assert stats["item_dropped_count"] == 2


def test_a_crawl_with_the_pipeline_off_leaves_items_alone(site: str, tmp_path: Path) -> None:
    settings = {"CLEANTEXT_ENABLED": False, "CLEANTEXT_FIELDS": ["text"]}
    items, stats = crawl(tmp_path, site, settings)
    assert items["chile.txt"]["text"] == SEED_RAW.read_text(encoding="utf-8")
    assert "article" not in items["chile.txt"]
    assert not any(key.startswith("cleantext/") for key in stats)


# --- the pipeline's options, without a crawl --------------------------------------------------------


class Page(scrapy.Item):
    url = scrapy.Field()
    body = scrapy.Field()


def test_from_crawler_reads_the_settings() -> None:
    crawler = get_crawler(
        settings_dict={
            "CLEANTEXT_FIELDS": "body, summary",
            "CLEANTEXT_OUTPUT_FIELDS": '{"body": "article"}',
            "CLEANTEXT_DROP_EMPTY": "True",
            "CLEANTEXT_ON_ERROR": "keep",
        }
    )
    pipeline = CleantextPipeline.from_crawler(crawler)
    assert pipeline.fields == {"body": "auto", "summary": "auto"}
    assert pipeline.output_fields == {"body": "article"}
    assert pipeline.drop_empty and pipeline.on_error == "keep"
    json_fields = get_crawler(settings_dict={"CLEANTEXT_FIELDS": '{"body": "html"}'})
    assert CleantextPipeline.from_crawler(json_fields).fields == {"body": "html"}
    assert CleantextPipeline.from_crawler(get_crawler()).fields == {"text": "auto"}


def test_disabled_is_not_configured() -> None:
    with pytest.raises(NotConfigured):
        CleantextPipeline.from_crawler(get_crawler(settings_dict={"CLEANTEXT_ENABLED": False}))


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"CLEANTEXT_FIELDS": {"body": "pdf"}}, "kind 'pdf'"),
        ({"CLEANTEXT_FIELDS": []}, "names no field"),
        ({"CLEANTEXT_OUTPUT_FIELDS": {"body": "article"}}, "'body' is not in CLEANTEXT_FIELDS"),
        ({"CLEANTEXT_ON_ERROR": "ignore"}, "CLEANTEXT_ON_ERROR"),
        ({"CLEANTEXT_PROFILE": "no-such.profile"}, "CLEANTEXT_PROFILE='no-such.profile': No such file"),
        ({"CLEANTEXT_PROFILE": str(SEED_RAW)}, "CLEANTEXT_PROFILE=.*not a cleantext profile"),
        ({"CLEANTEXT_STEPS": "repair,bogus"}, "CLEANTEXT_STEPS: unknown step 'bogus'; the steps are: "),
        ({"CLEANTEXT_STEPS": "strip_site_chrome,tidy"}, "strip_site_chrome needs .*CLEANTEXT_PROFILE"),
        ({"CLEANTEXT_SET": "strip_chrome.max_words=12"}, "CLEANTEXT_SET: strip_chrome has no option 'max_words'"),
        ({"CLEANTEXT_SET": ["tidy.width=3"]}, "CLEANTEXT_SET: no step tidy with options"),
        ({"CLEANTEXT_SET": ["keep_article.keep_above=2"]}, "CLEANTEXT_SET: .*keep_above"),
        ({"CLEANTEXT_SET": ["strip_boilerplate.min_words=many"]}, "CLEANTEXT_SET: strip_boilerplate.min_words"),
        ({"CLEANTEXT_SET": "min_words=3"}, "CLEANTEXT_SET: a setting is written STEP.OPTION=VALUE"),
    ],
)
def test_bad_settings_stop_the_crawl_with_a_clear_error(settings: dict[str, object], message: str) -> None:
    with pytest.raises(cleantext.OptionError, match=message):
        CleantextPipeline.from_crawler(get_crawler(settings_dict=settings))


@pytest.mark.parametrize(("document", "steps", "settings"), CASES)
def test_cleantext_steps_and_set_clean_as_clean_does_with_the_same_steps_and_config(
    document: str, steps: str, settings: list[str]
) -> None:
    url = "https://courier.example/transit"
    for given in (settings, ",".join(settings)):  # a list, or one string as on the command line (-s)
        crawler = get_crawler(
            settings_dict={"CLEANTEXT_FIELDS": ["body"], "CLEANTEXT_STEPS": steps, "CLEANTEXT_SET": given}
        )
        pipeline = CleantextPipeline.from_crawler(crawler)
        assert (pipeline.config, pipeline.steps) == tuple(options(steps, settings).values())
        check(pipeline.process_item({"url": url, "body": document})["body"], document, steps, settings, url=url)
        as_bytes = pipeline.process_item({"url": url, "body": document.encode()})["body"]  # response.body
        check(as_bytes, document, steps, settings, url=url)
    built = CleantextPipeline(fields=["body"], **options(steps, settings))  # the Python API: the same
    check(built.process_item({"body": document})["body"], document, steps, settings)


TOWNS = ["Arica", "Iquique", "Calama", "Copiapo", "Ovalle", "Talca"]
FOOTER = "The Gazette has covered the towns of the north since 1921, and will go on."


def _story(town: str) -> str:
    return f"The road to {town} reopened after the storm, police said on Tuesday.\nCrews cleared the mud in {town}.\n"


def test_cleantext_profile_removes_the_lines_seen_on_the_pages_of_the_items_site(tmp_path: Path) -> None:
    # The footer reads like a sentence: the default pipeline keeps it; a profile of the site knows it.
    pages = [_story(town) + FOOTER + "\n" for town in TOWNS]
    cleantext.learn(pages, sites=["gazette.example"] * len(pages)).save(tmp_path / "news.profile")
    settings = {"CLEANTEXT_FIELDS": ["body"], "CLEANTEXT_PROFILE": str(tmp_path / "news.profile")}
    pipeline = CleantextPipeline.from_crawler(get_crawler(settings_dict=settings))
    assert pipeline.profile == cleantext.Profile.load(tmp_path / "news.profile")
    page = _story("Arica") + FOOTER + "\n"
    assert FOOTER in CleantextPipeline(fields=["body"]).process_item({"body": page})["body"]

    # The site is that of the item's URL (www. and the path do not matter).
    item = {"url": "https://www.gazette.example/north/arica.html", "body": page}
    assert pipeline.process_item(item)["body"] == _story("Arica")
    # Another site, or no URL: the profile knows nothing of it, and nothing more is removed.
    for other in ({"url": "https://herald.example/arica", "body": page}, {"body": page}):
        assert pipeline.process_item(other)["body"] == cleantext.clean(page)

    # A page (bytes, by its charset) is extracted, then cleaned with the profile of its site.
    html = f"<html><body><article><p>{_story('Arica')}</p><p>{FOOTER}</p></article></body></html>".encode()
    assert FOOTER in CleantextPipeline(fields=["body"]).process_item({"body": html})["body"]
    cleaned = pipeline.process_item({"url": "https://gazette.example/arica", "body": html})["body"]
    assert FOOTER not in cleaned and cleaned.startswith("The road to Arica reopened")


def test_cleantext_steps_and_set_with_a_profile_clean_as_clean_does() -> None:
    pages = [_story(town) + FOOTER + "\n" for town in TOWNS]
    profile = cleantext.learn(pages, sites=["gazette.example"] * len(pages))
    steps, settings = "repair,keep_article,tidy", ["keep_article.keep_above=0.0"]
    pipeline = CleantextPipeline(fields=["body"], profile=profile, **options(steps, settings))
    url = "https://gazette.example/arica"
    more = {"profile": profile, "site": "gazette.example", "url": url}
    check(pipeline.process_item({"url": url, "body": TEXT})["body"], TEXT, steps, settings, **more)
    assert pipeline.process_item({"url": url, "body": pages[0]})["body"] == _story("Arica")  # the profile too


def test_items_and_dicts_alike_and_the_old_spider_argument() -> None:
    pipeline = CleantextPipeline(fields={"body": "html"})
    page = NEWS_PAGE.read_text(encoding="utf-8")
    item = pipeline.process_item(Page(url="https://example.com/bridge", body=page), None)  # Scrapy < 2.13
    assert isinstance(item, Page)
    assert item["body"] == cleantext.from_html(page, url="https://example.com/bridge")
    assert pipeline.process_item({"body": page})["body"] == item["body"]


def test_a_missing_field_is_left_alone_and_an_undeclared_output_field_is_an_error() -> None:
    assert CleantextPipeline(fields=["body"]).process_item({"title": "x"}) == {"title": "x"}
    pipeline = CleantextPipeline(fields=["body"], output_fields={"body": "article"})
    with pytest.raises(cleantext.OptionError, match="Page has no field 'article'"):
        pipeline.process_item(Page(body="Officials said the bridge reopened on Tuesday."))


def test_a_refused_value_drops_the_item_or_is_kept_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    binary = {"url": "https://example.com/x", "body": b"\x00\x01\x02PNG\x00" * 64}
    with pytest.raises(DropItem, match=r"field 'body' of https://example.com/x: .*binary"):
        CleantextPipeline(fields=["body"]).process_item(dict(binary))
    with caplog.at_level(logging.WARNING, logger="cleantext.integrations.scrapy"):
        kept = CleantextPipeline(fields=["body"], on_error="keep").process_item(dict(binary))
    assert kept == binary
    assert "kept as it came" in caplog.text
    with pytest.raises(DropItem, match="list, not text or bytes"):
        CleantextPipeline(fields=["body"]).process_item({"body": ["a", "b"]})


def test_drop_empty_drops_only_items_left_without_an_article() -> None:
    pipeline = CleantextPipeline(fields=["body"], drop_empty=True)
    with pytest.raises(DropItem, match="no article"):
        pipeline.process_item({"body": NO_ARTICLE.read_bytes()})
    assert pipeline.process_item({"title": "no body at all"}) == {"title": "no body at all"}
    kept = CleantextPipeline(fields=["body"]).process_item({"body": NO_ARTICLE.read_bytes()})
    assert kept == {"body": ""}


def test_importing_cleantext_imports_no_integration_tool() -> None:
    code = (
        "import sys, cleantext, cleantext.integrations; "
        "print(sorted(m for m in ('scrapy', 'itemadapter', 'twisted', 'datatrove', 'ray') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(("module", "tool"), [("scrapy", "scrapy"), ("datatrove", "datatrove"), ("ray", "ray")])
def test_an_integration_whose_tool_is_missing_names_its_extra(module: str, tool: str) -> None:
    # the tool hidden (None in sys.modules makes its import fail), as where the extra is not installed
    code = (
        f"import sys; sys.modules[{tool!r}] = None\n"
        "import cleantext\n"
        f"try:\n    import cleantext.integrations.{module}\n"
        "except cleantext.MissingExtraError as error:\n    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith(f"install cleantext-news[{module}]"), result.stdout + result.stderr
