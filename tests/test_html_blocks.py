"""Block records of an extraction: the markup features a decision reads, and today's decisions on them."""

from __future__ import annotations

import trafilatura
from lxml import etree

import cleantext
from cleantext import html_extract
from cleantext.html_blocks import Block, decide_blocks, page_titles, read_blocks

PAGE = """<html><head><title>Bridge works begin | Town Herald</title></head><body>
<nav><a href="/">Home</a> <a href="/roads">Roads</a></nav><article>
<h1>Bridge works begin</h1>
<h2 id="plan"><a href="#plan">The plan</a></h2>
<p>Crews closed the <a href="/roads">east lane</a> on Monday and began work, officials said.</p>
<ul><li>first stage: the deck</li><li>second stage: the railings</li><li><a href="/stage-3">third stage</a></li></ul>
<table><tr><th>Stage</th><th>Weeks</th></tr><tr><td>deck</td><td>12</td></tr></table>
<p><a href="/news/ferry">Ferry timetable changes as bridge traffic returns to normal</a></p>
<p>The bridge carries about sixty thousand vehicles a day across the river, the council said.</p>
</article></body></html>"""


def _blocks(page: str = PAGE, fast_keys: frozenset[str] | None = None) -> list[Block]:
    document = trafilatura.bare_extraction(page, **html_extract._MODES["fast"])
    assert document is not None and document.body is not None
    return read_blocks(document.body, page=page, anchors=frozenset, fast_keys=fast_keys)


def test_blocks_carry_kind_level_and_group() -> None:
    blocks = _blocks()
    assert [(block.kind, block.level, block.group, block.group_index, block.group_size) for block in blocks] == [
        ("head", 1, "", 0, 1),
        ("head", 2, "", 0, 1),
        ("p", 0, "", 0, 1),
        ("item", 0, "list", 0, 3),
        ("item", 0, "list", 1, 3),
        ("item", 0, "list", 2, 3),
        ("row", 0, "table", 0, 2),
        ("row", 0, "table", 1, 2),
        ("p", 0, "", 0, 1),
        ("p", 0, "", 0, 1),
    ]
    assert blocks[6].cells == 2 and blocks[2].cells == 0


def test_blocks_measure_their_links() -> None:
    blocks = _blocks()
    heading, lede, third_stage, teaser, last = blocks[1], blocks[2], blocks[5], blocks[8], blocks[9]
    assert (heading.link_share, heading.links, heading.local_links) == (1.0, 1, 1)
    assert 0.1 < lede.link_share < 0.2 and (lede.links, lede.local_links) == (1, 0)
    assert third_stage.link_share == 1.0
    assert teaser.link_share == 1.0 and teaser.local_links == 0
    assert (last.link_share, last.links) == (0.0, 0)
    assert all(block.marked_links for block in blocks)
    assert "[" not in lede.text and "/roads" not in lede.text  # link targets never reach the text


def test_blocks_know_where_they_stand() -> None:
    blocks = _blocks()
    assert [block.index for block in blocks] == list(range(len(blocks)))
    assert blocks[0].position == 0.0 and blocks[-1].position == 1.0
    found = [block.page_position for block in blocks]
    assert all(0 < position < 1 for position in found)
    assert found == sorted(found)  # in the page's order
    assert found[0] > PAGE.index("<article>") / len(PAGE)  # the heading, not the title in the head


def test_blocks_say_whether_fast_mode_extracted_them() -> None:
    assert all(block.in_fast for block in _blocks())
    blocks = _blocks(fast_keys=frozenset({"Bridge works begin"}))
    assert [block.in_fast for block in blocks][:2] == [True, False]


def test_extraction_without_link_markup_is_judged_line_by_line_against_the_page_links() -> None:
    body = etree.fromstring("<body><p>Home</p><p>The council met on Monday and voted on the plan.</p></body>")
    blocks = read_blocks(body, page="<body>...</body>", anchors=lambda: frozenset({"home"}))
    assert [(block.kind, block.link_share, block.marked_links) for block in blocks] == [
        ("line", 1.0, False),
        ("line", 0.0, False),
    ]


def test_lines_of_a_link_less_extraction_keep_the_blank_lines_between_them() -> None:
    body = etree.fromstring("<body><p>Prepared by\n   \nM. D. Boyette, engineer</p><p>  \n Home</p></body>")
    blocks = read_blocks(body, page="<body>...</body>", anchors=lambda: frozenset({"home"}))
    assert [block.text for block in blocks] == ["Prepared by\n   ", "M. D. Boyette, engineer", "  \n Home"]
    assert [(block.element, block.index, block.link_share) for block in blocks] == [
        (0, 0, 0.0),
        (0, 1, 0.0),
        (1, 2, 1.0),
    ]


def test_decisions_on_the_blocks() -> None:
    blocks = _blocks()
    reasons = dict(zip((block.text for block in blocks), decide_blocks(blocks, page_titles(PAGE)), strict=True))
    assert reasons["Bridge works begin"] == "headline"
    assert reasons["The plan"] is None  # a heading linking to itself is not a link block
    assert reasons["- third stage"] == "link-block"
    assert reasons["Ferry timetable changes as bridge traffic returns to normal"] == "link-block"
    kept = [text for text, reason in reasons.items() if reason is None]
    assert kept[-1] == "The bridge carries about sixty thousand vehicles a day across the river, the council said."


# --- recovery: fast mode's sliver, full mode's article --------------------------------------------------

_QUAY = [
    "The harbour authority reopened the north quay on Friday after three weeks of repairs to the storm wall.",
    "Engineers replaced forty metres of the wall and raised it by half a metre, a change the port had sought.",
    "Fishing crews, who had moored at the south quay since the storm, began moving their boats back on Friday.",
    "The repair cost 2.4 million euros, shared between the regional government and the port, the authority said.",
    "Residents of the old town said the noise of the works had been hard to bear, but welcomed the stronger wall.",
    "A second phase, to rebuild the slipway, will start in the spring if the council approves the funding in March.",
]
_TEASERS = "".join(
    f'<p><a href="/news/story-{n}">Council debates the budget for the coming year as the deficit grows, part {n}</a></p>'
    for n in range(8)
)
#: fast mode takes the box of related stories in <article> (all link blocks); the story is loose text.
TEASER_PAGE = (
    f"<html><head><title>Quay reopens</title></head><body><article>{_TEASERS}</article>"
    f"<div class='col'>{'<br><br>'.join(_QUAY)}</div></body></html>"
)


def test_full_mode_recovers_the_article_when_fast_mode_keeps_a_teaser_box() -> None:
    fast = html_extract.run(html_extract.PageSource(TEASER_PAGE), "fast")
    assert fast.blocks and all(reason == "link-block" for reason in fast.reasons)  # the trap is real
    report = cleantext.explain_html(TEASER_PAGE)
    assert report.text.splitlines() == _QUAY
    assert report.strategy == "full"
    assert dict(report.tried)["fast"] == 0 and dict(report.tried)["full"] >= 100
    assert next(report.lines()).startswith("extracted by trafilatura's full mode")


def test_fast_mode_is_kept_when_it_holds_most_of_the_page_prose() -> None:
    report = cleantext.explain_html(PAGE)
    assert report.strategy == "fast" and [strategy for strategy, _ in report.tried] == ["fast"]
    assert not any(line.startswith("extracted by") for line in report.lines())


def test_page_prose_counts_running_text_outside_scripts() -> None:
    page = (
        "<body><p>"
        + "word " * 20
        + "</p><script>"
        + "code " * 50
        + "</script><p>Home</p><!-- "
        + "x " * 40
        + "--></body>"
    )
    assert html_extract.page_prose(page) == 20
    # text that no tag closes (a page cut short) is not a run between two tags, whatever '>' it holds
    assert html_extract.page_prose(page.removesuffix("--></body>") + "--><p>" + "a > b and c " * 20) == 20


def test_added_prose_counts_a_repeated_block_once() -> None:
    prose = "The harbour authority reopened the north quay on Friday after three weeks of repairs."
    blocks = [Block(prose, words=15, element=index, index=index, in_fast=False) for index in range(3)]
    seen = blocks[0]._replace(text="Fishing crews began moving their boats back on Friday morning.", in_fast=True)
    candidate = html_extract.Candidate("full", [*blocks, seen], [None] * 4)
    assert html_extract.added_prose(candidate) == 15
