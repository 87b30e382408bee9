"""Code in a document is kept or dropped as a whole, never in part (issue 14).

Code shown to the reader stays, every line of it, wherever it stands next to the article; code that
runs the page (ads, analytics, widgets) goes, every line of it. The regression fixtures hold code in
several languages between article paragraphs (tests/test_regressions.py).
"""

from __future__ import annotations

import pytest

from cleantext import clean, explain, strip_boilerplate, strip_chrome
from cleantext.codeblocks import CodeBlock, code_blocks

INTRO = "The developers published the change on Monday, and the team explained how it works in a post."
OUTRO = "The new version is available for every station, the project's maintainers said in a statement."

AD_SCRIPT = [
    "var googletag = googletag || {};",
    "googletag.cmd = googletag.cmd || [];",
    "googletag.cmd.push(function() {",
    "  googletag.defineSlot('/1234/news', [300, 250], 'div-gpt-ad-1').addService(googletag.pubads());",
    "  googletag.enableServices();",
    "});",
]

C_PROGRAM = [
    "int main(void) {",
    '    puts("one");',
    "    return 0;",
    "}",
    "",
    "int other(void) {",
    '    puts("two");',
    "    return 0;",
    "}",
    "",
    "int third(void) {",
    '    puts("three");',
    "    return 0;",
    "}",
]


def test_a_page_script_goes_as_a_whole() -> None:
    text = "\n".join([INTRO, *AD_SCRIPT, OUTRO])
    assert clean(text) == f"{INTRO}\n{OUTRO}\n"
    edits = explain(text).edits
    assert [edit.line for edit in edits] == list(range(1, 1 + len(AD_SCRIPT)))
    assert {edit.label for edit in edits} == {"script"}


def test_code_shown_in_an_article_stays_whole_even_where_its_lines_repeat() -> None:
    text = "\n".join([INTRO, "", *C_PROGRAM, "", OUTRO])
    assert "\n".join(C_PROGRAM) in clean(text)
    assert clean(clean(text)) == clean(text)


def test_code_after_the_last_paragraph_stays_with_the_article() -> None:
    page = ["Home", "News", "Sport", INTRO, OUTRO, "Here is the whole change:", "", *C_PROGRAM[:4]]
    kept = strip_boilerplate("\n".join(page))
    assert kept.startswith(INTRO)
    assert kept.endswith("\n".join(C_PROGRAM[:4]))


def test_a_script_the_article_announces_is_shown_code() -> None:
    snippet = ["<script>", "  window.dataLayer = window.dataLayer || [];", "  gtag('js', new Date());", "</script>"]
    text = "\n".join([INTRO, "Paste this snippet into every page, before the closing head tag:", *snippet, OUTRO])
    assert "\n".join(snippet) in clean(text)


def test_a_sentence_next_to_a_page_script_is_never_part_of_it() -> None:
    sentence = "The ministry said the figures would be revised again in March, after the census."
    text = "\n".join([INTRO, sentence, *AD_SCRIPT, OUTRO])
    assert clean(text) == f"{INTRO}\n{sentence}\n{OUTRO}\n"


#: A page's own markup that a scraper left in its text, each serialized onto one line.
PAGE_MARKUP = [
    '<div class="banner"><a href="https://ads.example.net/go?id=7" target="_blank"><img src="https://ads.example.net/'
    'b/300x250.png" width="300" height="250"></a></div>',
    '<ul class="menu" role="listbox"><li class="item"><a href="/sport">Sport</a></li><li class="item"><a href="/arts">'
    "Arts</a></li></ul>",
    '<span style="width:0;overflow:hidden" data-editor="mark">\ufeff</span><span style="width:0;overflow:hidden" '
    'data-editor="mark">\ufeff</span><span data-editor="mark"></span>',
]


@pytest.mark.parametrize("markup", PAGE_MARKUP, ids=["advert", "menu", "editor-marks"])
def test_a_page_s_markup_left_above_the_article_goes_and_a_second_clean_keeps_the_article(markup: str) -> None:
    """A line of the page's own markup (tags with the attributes a page gives its elements, most of the line) is
    page machinery; kept, it would begin the output, which a second ``clean`` would then read as a page."""
    text = "\n".join(["Weather", markup, INTRO, OUTRO])
    once = clean(text)
    assert once == f"{INTRO}\n{OUTRO}\n"
    assert clean(once) == once


@pytest.mark.parametrize(
    "shown",
    [
        [
            "Each row of the table is its own element:",
            "<table>",
            '  <tr class="total">',
            "    <td>42</td>",
            "  </tr>",
            "</table>",
        ],
        ["The parser gave up on this input:", "<table></table><li><table></table><li><table></table>"],
        [
            "A project file pins the versions:",
            '<Project> <ItemGroup> <Package Include="Serilog" Version="3.1" /> </ItemGroup> </Project>',
        ],
    ],
    ids=["an element a line", "tags without a page's attributes", "a build file on one line"],
)
def test_markup_shown_to_the_reader_stays(shown: list[str]) -> None:
    """Markup an article shows, printed an element a line or written in another language's tags, is no page's."""
    kept = clean("\n".join([INTRO, *shown, OUTRO]))
    assert all(line in kept for line in shown)


@pytest.mark.parametrize("line", ["}", "<!--", "...", "//<![CDATA["])
def test_lone_script_debris_between_paragraphs_still_goes(line: str) -> None:
    assert strip_chrome("\n".join([INTRO, line, OUTRO])) == f"{INTRO}\n{OUTRO}"


@pytest.mark.parametrize(
    "prose",
    [
        "The council voted to close the library; the vote was close.",
        "for the record, here is what the mayor wrote:",
        "He said the plan (which the council approved in May) would cost more than expected;",
        "import duties on steel rose again in June",
        "FROM OUR PARTNERS",
        "$ 5 million was pledged",
        "#MeToo rally draws thousands",
        "<The Palace: Jang Noksu>",
        # pieces of hard-wrapped sentences: a list's item ending with ";", and a sentence ending inside a line that
        # begins with a keyword
        "tone friendly and neighbourly;",
        "entries, bikes or club kit;",
        "in dissipating, condensing, or civilizing excessive emotions;",
        "with credit to you. Rule 4:",
        "if someone says no. Keep critique constructive:",
        "comment. Story ideas are welcome;",
    ],
)
def test_prose_is_not_code(prose: str) -> None:
    assert code_blocks([INTRO, prose, OUTRO]) == []


@pytest.mark.parametrize(
    "code",
    [
        "using namespace std;",  # words alone, but fewer than a wrapped sentence's piece
        "SELECT name FROM users;",  # a query in capitals
        "return result;",
        "from django.db import models class Musician (models. Model):",  # a rendering's space after a dot
        "class Example extends React. Component {",
        '<p className="empty">No tasks yet. Add one above!</p>',  # a tag's text
    ],
)
def test_short_statements_and_rendered_code_stay_code(code: str) -> None:
    assert code_blocks([INTRO, code, OUTRO]) != []


def test_a_statement_between_the_lines_of_a_hard_wrapped_paragraph_is_the_paragraph_s() -> None:
    """A paragraph broken wherever its lines fill may leave one line shaped as a statement (a query's first word in
    capitals, a keyword and a colon): it is the paragraph's, not code (the line of a policy hard-wrapped at 30)."""
    wrapped = [
        "Posts about other matters wait",
        "for the open thread. 3. CREDIT",
        "WHERE IT'S DUE. Only upload",
        "photographs you took yourself.",
    ]
    assert code_blocks(wrapped) == []


def test_code_shown_between_the_paragraphs_of_a_hard_wrapped_page_stays_code() -> None:
    """On a page hard-wrapped at one width (a plain-text e-mail), a statement on a line of its own length, the lines
    around it filled at the page's width, is code shown to the reader."""
    page = [
        "To read the survey's file, the team used the loader from the",
        "package that ships with the data, which takes a single path:",
        "rows = load_rows(path)",
        "The call returns a list of rows, one for each household that",
        "answered, with the missing answers left as empty strings.",
    ]
    assert code_blocks(page) == [CodeBlock(2, 2, False)]
