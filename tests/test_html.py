"""HTML in: from_html, its routing through clean/explain and the command, and bad pages."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import html as html_module

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
NEWS = FIXTURES / "news_page.html"
NO_ARTICLE = FIXTURES / "no_article.html"
LEGACY = FIXTURES / "legacy_charset.html"

_PARAGRAPH = re.compile(r"<p>([^<]+)</p>")


def _article_paragraphs(page: str) -> list[str]:
    """The plain paragraphs of the fixture's story body: its article text, as the page itself holds it."""
    body = page[page.index('class="story-body"') :]
    body = body[: body.index("</div>")]
    return [" ".join(text.split()) for text in _PARAGRAPH.findall(body)]


def _run_cli(*args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleantext", *args], input=data, capture_output=True, check=False)


# --- the news page ---------------------------------------------------------------------------------


def test_news_page_keeps_every_article_paragraph_as_one_line() -> None:
    page = NEWS.read_text(encoding="utf-8")
    wanted = _article_paragraphs(page)
    assert len(wanted) == 5
    assert cleantext.from_html(page).splitlines() == [
        text.replace("&quot;", '"') for text in wanted
    ]  # in page order, nothing else


@pytest.mark.parametrize(
    "furniture",
    [
        "Harbour bridge reopens after six-month repair",  # the headline, already the title
        "By Maria Lindqvist",
        "Facebook",
        "Share this article",
        "READ MORE",  # a teaser link inside the story body
        "Related stories",
        "Inspectors find corroded cables",
        "riverwatcher",  # the comment section
        "The detour through the old town",
        "Post comment",
        "Log In",
        "All rights reserved",
        "Privacy policy",
        "window.dataLayer",
    ],
)
def test_news_page_drops_site_furniture(furniture: str) -> None:
    assert furniture.casefold() not in cleantext.from_html(NEWS.read_bytes()).casefold()


def test_explain_gives_the_reason_of_each_structural_removal() -> None:
    report = cleantext.explain(NEWS.read_text(encoding="utf-8"))
    reasons = {edit.before.strip(): (edit.step, edit.reason) for edit in report.removed}
    assert reasons["Harbour bridge reopens after six-month repair"] == ("from_html", "headline")
    assert reasons["READ MORE: Ferry timetable changes as bridge traffic returns to normal"] == (
        "from_html",
        "link-block",
    )
    assert report.text == cleantext.from_html(NEWS.read_text(encoding="utf-8"))
    assert any("(headline)" in line for line in report.lines())


def test_explain_lines_count_in_the_extracted_text() -> None:
    report = cleantext.explain_html(NEWS.read_bytes())
    kept = report.text.splitlines()
    assert len(report.origin) == len(report.text.split("\n"))
    removed_lines = {edit.line for edit in report.removed}
    # output lines come from extracted lines that no edit removed, in order
    assert all(origin not in removed_lines for origin in report.origin[: len(kept)])
    assert list(report.origin) == sorted(report.origin)


def _story(title: str, *blocks: str) -> str:
    return f"<html><head><title>{title}</title></head><body><article>{''.join(blocks)}</article></body></html>"


_LEDE = (
    "<p>The council approved the budget on Monday night after a debate that lasted four hours and ended in a vote.</p>"
)
_SECOND = "<p>Members voted eleven to four, with two abstentions, to pass the spending plan for the coming year.</p>"


def test_title_repeated_as_a_heading_is_the_headline() -> None:
    report = cleantext.explain_html(
        _story("Council approves budget | Town Herald", "<h2>Council approves budget</h2>", _LEDE, _SECOND)
    )
    assert report.text.splitlines()[0].startswith("The council approved")
    assert [(edit.reason, edit.before) for edit in report.removed] == [("headline", "Council approves budget")]


def test_paragraph_sharing_the_title_words_is_not_a_headline() -> None:
    lede = "<p>Council approves budget after vote, council approves budget after vote, council approves budget.</p>"
    text = cleantext.from_html(_story("Council approves budget after vote", lede, _LEDE, _SECOND))
    assert text.startswith("Council approves budget after vote, council")


def test_headline_is_looked_for_at_the_top_only() -> None:
    late = "<h2>Council approves budget</h2>"
    text = cleantext.from_html(_story("Council approves budget", _LEDE, _SECOND, late, _LEDE.replace("four", "five")))
    assert "Council approves budget" in text


def test_text_steps_run_on_the_extraction() -> None:
    page = (
        "<html><head><title>Budget vote</title></head><body><article>"
        "<p>The council approved the budget on Monday night after a debate that lasted four hours.</p>"
        "<p>Advertisement</p>"
        "<p>Members voted eleven to four, with two abstentions, to pass the spending plan.</p>"
        "</article></body></html>"
    )
    report = cleantext.explain_html(page)
    assert "Advertisement" not in report.text
    assert ("strip_chrome", "advertisement") in {(edit.step, edit.reason) for edit in report.removed}
    assert "eleven to four" in report.text


def test_custom_steps_replace_the_text_steps() -> None:
    page = NEWS.read_text(encoding="utf-8")
    upper = cleantext.pipeline(str.upper)
    assert cleantext.explain(page, steps=upper).text == cleantext.from_html(page).rstrip("\n").upper()


def test_heading_that_links_to_itself_is_not_a_link_block() -> None:
    section = '<h2 id="{0}"><a href="#{0}">{1}</a></h2>'
    page = _story(
        "Budget guide",
        _LEDE,
        section.format("vote", "How the vote went"),
        _SECOND,
        section.format("next", "What happens next"),
        "<p>The plan goes to the mayor, who has ten days to sign it or send it back with her objections.</p>",
    )
    report = cleantext.explain_html(page)
    assert "How the vote went\n" in report.text and "What happens next\n" in report.text
    assert not report.removed


def test_teaser_paragraph_between_article_paragraphs_is_still_a_link_block() -> None:
    teaser = '<p><a href="/news/other-story">Ferry timetable changes as bridge traffic returns</a></p>'
    heading = '<h3><a href="/topics/budget">Budget</a></h3>'  # a heading is kept, whatever it links to
    third = "<p>The plan goes to the mayor, who has ten days to sign it or send it back with her objections.</p>"
    report = cleantext.explain_html(_story("Budget vote", _LEDE, _SECOND, teaser, heading, third))
    assert [(edit.reason, edit.before) for edit in report.removed] == [
        ("link-block", "Ferry timetable changes as bridge traffic returns")
    ]
    assert "Budget\n" in report.text


# --- a page with no article -------------------------------------------------------------------------


@pytest.mark.parametrize("prologue", ["", "<?xml version='1.0' encoding='utf-8'?>\n"])
def test_page_without_article_gives_empty_text_and_says_why(prologue: str) -> None:
    page = prologue + NO_ARTICLE.read_text(encoding="utf-8")
    assert cleantext.from_html(page) == ""
    report = cleantext.explain_html(page)
    assert report.text == ""
    assert "no-article" in {edit.reason for edit in report.edits}


@pytest.mark.parametrize(
    "body",
    [
        "<nav><span>Products</span></nav>",
        "<h1>Products</h1>",
        "<div class='menu'><ul><li>Products</li><li>Shop</li><li>Contact</li></ul></div>",
    ],
)
def test_page_whose_text_is_a_label_or_two_has_no_article(body: str) -> None:
    report = cleantext.explain_html(f"<html><head><title>Acme</title></head><body>{body}</body></html>")
    assert report.text == ""
    assert report.edits[-1].reason == "no-article"
    labels = [edit.before for edit in report.removed if edit.before != "(nothing of the extracted text is article)"]
    assert labels and all(edit.reason == "no-article" for edit in report.removed)


def test_page_whose_label_a_rule_names_has_no_article_and_says_both() -> None:
    report = cleantext.explain_html(
        "<html><head><title>Acme</title></head><body><nav><span>Home</span></nav></body></html>"
    )
    assert report.text == ""
    assert report.edits[-1].reason == "no-article"
    assert [(edit.before, edit.reason) for edit in report.removed if edit.before == "Home"] == [("Home", "page-nav")]


def test_short_article_is_not_taken_for_a_label() -> None:
    page = "<html><body><article><p>The bridge reopened on Friday.</p></article></body></html>"
    assert cleantext.from_html(page) == "The bridge reopened on Friday.\n"


# --- charsets ---------------------------------------------------------------------------------------


def test_legacy_charset_page_is_read_by_its_declaration() -> None:
    data = LEGACY.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fixture really is in a legacy charset
    text = cleantext.from_html(data)
    for word in ("cafés", "l’Hôtel-de-Ville", "€12", "“We already pay", "Renée Dupré", "région"):
        assert word in text
    assert "Ã" not in text and "\ufffd" not in text
    assert text == cleantext.from_html(data.decode("cp1252"))


def test_declared_charset_beats_the_western_guess() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body><p>Мэр открыл новый мост через реку в понедельник утром.</p></body></html>'
    assert cleantext.decode_html(page.encode("koi8-r")) == page


def test_wrong_declaration_falls_back_to_the_bytes() -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>déjà vu, naïve café</p></body></html>'
    assert cleantext.decode_html(page.encode("cp1252")) == page


def test_byte_order_mark_wins_over_declaration() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße, “quoted”</p></body></html>'
    assert cleantext.decode_html(b"\xef\xbb\xbf" + page.encode("utf-8")) == page


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Ça coûte très cher, déjà à l’époque où nous étions là.", "cp1252"),
        ("Мэр открыл новый мост через реку в понедельник утром, сообщили власти города.", "cp1251"),
        ("Ο δήμαρχος άνοιξε τη νέα γέφυρα του ποταμού τη Δευτέρα το πρωί.", "cp1253"),
    ],
)
def test_undeclared_legacy_bytes_are_detected(text: str, encoding: str) -> None:
    page = "<html><body>" + f"<p>{text}</p>" * 10 + "</body></html>"
    assert cleantext.decode_html(page.encode(encoding)) == page


# --- routing ----------------------------------------------------------------------------------------


def test_clean_routes_markup_to_from_html() -> None:
    page = NEWS.read_text(encoding="utf-8")
    assert cleantext.clean(page) == cleantext.from_html(page)
    assert cleantext.clean(page, kind="html") == cleantext.from_html(page)


def test_kind_text_forces_the_text_pipeline() -> None:
    page = NEWS.read_text(encoding="utf-8")
    assert cleantext.clean(page, kind="text") == cleantext.DEFAULT_PIPELINE(page)
    assert cleantext.explain(page, kind="text") == cleantext.explain(
        page, steps=cleantext.DEFAULT_PIPELINE, kind="text"
    )


def test_plain_text_is_not_routed() -> None:
    seed = (FIXTURES.parent / "seed" / "chile_border.raw.txt").read_text(encoding="utf-8")
    assert not cleantext.is_markup(seed)
    assert cleantext.clean(seed) == cleantext.DEFAULT_PIPELINE(seed)


def test_a_documentation_page_that_names_an_element_in_its_title_is_cleaned_as_text() -> None:
    # the title names the element before a colon; the page's prose quotes tags: a page about markup, not markup
    article = [
        "The <ol> HTML element represents an ordered list of items, typically rendered as a numbered list.",
        "Each item is written as an <li> element; the start attribute sets the number the list counts from.",
        "Use the reversed attribute to count down, as a list of the ten best entries of a contest often does.",
    ]
    text = "\n".join(["<ol>: The Ordered List element", *article])
    assert not cleantext.is_markup(text)
    assert cleantext.clean(text) == cleantext.clean(text, kind="text")
    assert all(line in cleantext.clean(text).split("\n") for line in article)


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(cleantext.OptionError):
        cleantext.clean("text", kind="pdf")
    with pytest.raises(cleantext.CleantextError):
        cleantext.explain("text", kind="markdown")


@pytest.mark.parametrize(
    ("document", "markup"),
    [
        ("<!doctype html><html><body><p>x</p></body></html>", True),
        ("\ufeff  <html lang='en'><head><title>t</title></head></html>", True),
        ("<?xml version='1.0'?>\n<html xmlns='http://www.w3.org/1999/xhtml'><body></body></html>", True),
        ("<!-- saved page --><div class='a'><p>text</p></div>", True),
        (b"\xef\xbb\xbf<html><body><p>x</p></body></html>", True),
        ("<html><body>" + "<div>" * 10, True),
        ("Officials said <b>nothing</b> more.", False),
        ("<3 this article", False),
        ("<p> alone", False),
        ("<h1>: The HTML Section Heading elements\nUse <h1> to <h6> for headings.", False),
        ("<h1>The HTML Section Heading elements</h1><p>Use h1 to h6 for headings.</p>", True),
        ("<!--x-->" * 500 + "plain text after many comments", False),
        ("<!--x-->" * 500 + "<div><p>markup after many comments</p></div>", True),
        ("<!-- never closed <html><body>", False),
        ("", False),
        (b"", False),
    ],
)
def test_is_markup(document: str | bytes, markup: bool) -> None:
    assert cleantext.is_markup(document) is markup


def test_import_does_not_load_trafilatura() -> None:
    code = "import sys, cleantext; print(any(m.split('.')[0] in ('trafilatura', 'lxml') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- the command ------------------------------------------------------------------------------------


def test_cli_cleans_a_page_from_a_file_and_from_standard_input() -> None:
    expected = cleantext.from_html(NEWS.read_bytes()).encode("utf-8")
    by_file = _run_cli(str(NEWS))
    assert by_file.returncode == 0, by_file.stderr
    assert by_file.stdout == expected
    assert by_file.stderr == b""
    assert _run_cli("-", data=NEWS.read_bytes()).stdout == expected


def test_cli_reads_a_legacy_charset_page_by_its_declaration() -> None:
    result = _run_cli(str(LEGACY))
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == cleantext.from_html(LEGACY.read_bytes())
    assert "Renée Dupré".encode() in result.stdout


def test_cli_text_flag_keeps_markup_on_the_text_path() -> None:
    result = _run_cli("--text", str(NEWS))
    assert result.returncode == 0
    assert result.stdout.decode("utf-8") == cleantext.clean(NEWS.read_text(encoding="utf-8"), kind="text")


def test_cli_html_flag_forces_extraction() -> None:
    fragment = b"Notes\n<p>The river rose two metres overnight and flooded the lower town, the mayor said.</p>"
    assert not cleantext.is_markup(fragment)
    as_text = _run_cli(data=fragment)
    as_html = _run_cli("--html", data=fragment)
    assert as_text.returncode == as_html.returncode == 0
    assert b"<p>" in as_text.stdout  # detected as text: the markup stays
    assert b"<p>" not in as_html.stdout
    assert b"The river rose two metres overnight and flooded the lower town, the mayor said.\n" in as_html.stdout


def test_cli_html_and_text_are_exclusive() -> None:
    result = _run_cli("--html", "--text", str(NEWS))
    assert result.returncode == 2
    assert b"not allowed with" in result.stderr


def test_cli_explains_a_page() -> None:
    result = _run_cli("--explain", str(NO_ARTICLE))
    assert result.returncode == 0
    assert result.stdout == b""
    assert b"(no-article)" in result.stderr


def test_cli_reports_a_binary_page_and_goes_on() -> None:
    binary = FIXTURES / "binary.tmp"
    try:
        binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
        result = _run_cli("--html", str(binary), str(NEWS))
    finally:
        binary.unlink()
    assert result.returncode == 1
    assert b"binary" in result.stderr
    assert result.stdout == cleantext.from_html(NEWS.read_bytes()).encode("utf-8")


# --- bad pages --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ("", "empty-input"),
        (b"", "empty-input"),
        (" \n\t ", "empty-input"),
        ("<html><head><title>Nothing</title></head></html>", "no-article"),
        ("<html></html>", "no-article"),
        ("<html><body></body></html>", "no-article"),
        ("<html><body><script>var a = 1;</script><style>p {}</style></body></html>", "no-article"),
        ("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>", "no-article"),
        ("<<<>>> </ <html <body <p", "no-article"),
    ],
)
def test_pages_without_text_give_empty_result_with_a_reason(document: str | bytes, reason: str) -> None:
    assert cleantext.from_html(document) == ""
    report = cleantext.explain_html(document)
    assert report.text == ""
    assert reason in {edit.reason for edit in report.edits}
    assert list(report.lines())  # the reason is shown


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary", b"\x1f\x8b\x08\x00" + bytes(range(32)) * 20])
def test_binary_bytes_are_refused(data: bytes) -> None:
    with pytest.raises(cleantext.BinaryInputError):
        cleantext.from_html(data)


def test_too_large_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_module, "MAX_HTML_CHARS", 1000)
    with pytest.raises(cleantext.HTMLError, match="too large"):
        cleantext.from_html("<html><body>" + "<p>word</p>" * 200 + "</body></html>")


def test_wrong_type_is_refused() -> None:
    with pytest.raises(cleantext.HTMLError):
        cleantext.from_html(42)  # type: ignore[arg-type]


def test_deeply_nested_article_still_comes_out() -> None:
    body = "<div><span>" * 3000 + "<p>The ferry service resumed on Friday after a week of storms, officials said.</p>"
    page = "<html><body>" + body + "</span></div>" * 3000 + "</body></html>"
    assert isinstance(cleantext.from_html(page), str)


def test_long_page_of_paragraphs() -> None:
    paragraph = "<p>The committee met again on Thursday to discuss the harbour plan in detail, members said.</p>"
    page = "<html><body><article>" + paragraph * 5000 + "</article></body></html>"
    text = cleantext.from_html(page)
    assert text.startswith("The committee met again")


_TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<a href='/x'>", "</a>", "<h1>", "<li>", "<table><tr><td>", "<br>"]
)
_WORDS = st.sampled_from(["the", "mayor", "said", "bridge", "Share", "Log In", "©", "déjà", "\x00", "&amp;", "<", ">"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_TAGS, _WORDS, st.text(max_size=20)), max_size=60), st.booleans())
def test_any_markup_gives_text_or_a_cleantext_error(parts: list[str], as_bytes: bool) -> None:
    page = "<html><body>" + " ".join(parts) + "</body></html>"
    document: str | bytes = page.encode("utf-8", "surrogatepass") if as_bytes else page
    try:
        text = cleantext.from_html(document)
    except cleantext.CleantextError:
        return
    assert isinstance(text, str)
    assert text == "" or text.endswith("\n")
