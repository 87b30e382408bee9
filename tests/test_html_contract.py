"""What cleantext reads of trafilatura beyond its public API: the output tree and ``xmltotxt``.

``cleantext.html_blocks`` reads the tags and attributes of trafilatura's output tree (``head``
with ``rend="h2"``, ``list``/``item``, ``table``/``row``/``cell``, ``ref`` with ``target``...) and
renders blocks with ``trafilatura.xml.xmltotxt``. The versions whose internals were read are pinned
in ``pyproject.toml``; these tests fail when a trafilatura release changes what they rely on.
"""

from __future__ import annotations

import re
from importlib import metadata

import trafilatura
from lxml import etree
from trafilatura.xml import xmltotxt

from cleantext import html_extract

PAGE = """<html><head><title>Bridge works</title></head><body><article>
<h1>Bridge works begin</h1>
<h2 id="plan"><a href="#plan">The plan</a></h2>
<p>Crews closed the <a href="/roads">east lane</a> on Monday and <b>began</b> work,<br>officials said.</p>
<ul><li>first stage</li><li>second <i>stage</i></li></ul>
<table><tr><th>Stage</th><th>Weeks</th></tr><tr><td>deck</td><td>12</td></tr></table>
<blockquote><p>We expect delays at peak hours.</p></blockquote>
<pre><code>close(lane=1)
open(lane=2)</code></pre>
<p>The bridge carries about sixty thousand vehicles a day across the river.</p>
</article></body></html>"""


def _body() -> etree._Element:
    document = trafilatura.bare_extraction(PAGE, **html_extract._MODES["fast"])
    assert document is not None and document.body is not None
    return document.body


def _shape(element: etree._Element) -> list:
    """Each element as (tag, its attributes but class/id, its children's shapes)."""
    attributes = {key: value for key, value in element.attrib.items() if key not in ("class", "id")}
    return [element.tag, attributes, [_shape(child) for child in element]]


def test_output_tree_has_the_tags_and_attributes_that_are_read() -> None:
    assert _shape(_body()) == [
        "body",
        {},
        [
            ["head", {"rend": "h1"}, []],
            ["head", {"rend": "h2"}, [["ref", {"target": "#plan"}, []]]],
            ["p", {}, [["ref", {"target": "/roads"}, []], ["lb", {}, []]]],
            ["list", {"rend": "ul"}, [["item", {}, []], ["item", {}, []]]],
            [
                "table",
                {},
                [
                    ["row", {}, [["cell", {"role": "head"}, []], ["cell", {"role": "head"}, []]]],
                    ["row", {}, [["cell", {}, []], ["cell", {}, []]]],
                ],
            ],
            ["quote", {}, [["p", {}, []]]],
            ["code", {}, [["code", {}, []]]],
            ["p", {}, []],
        ],
    ]


def test_xmltotxt_renders_blocks_as_read() -> None:
    body = _body()
    etree.strip_tags(body, "ref")
    rendered = [xmltotxt(child, False) for child in body]
    assert rendered == [
        "Bridge works begin",
        "The plan",
        "Crews closed the east lane on Monday and began work,\nofficials said.",
        "- first stage\n- second stage",
        "| Stage | Weeks | \n|---|---|\n| deck | 12 | ",
        "We expect delays at peak hours.",
        "close(lane=1)\nopen(lane=2)",
        "The bridge carries about sixty thousand vehicles a day across the river.",
    ]
    items = body.find("list").findall("item")
    assert [xmltotxt(item, False) for item in items] == ["- first stage", "- second stage"]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_installed_trafilatura_is_a_pinned_version() -> None:
    requirement = next(
        line for line in metadata.requires("cleantext-news") or () if re.match(r"trafilatura\b", line, re.IGNORECASE)
    )
    installed = _version(metadata.version("trafilatura"))
    for operator, bound in re.findall(r"(>=|<=|==|<|>)\s*([\d.]+)", requirement):
        low = _version(bound)
        assert {
            ">=": installed >= low,
            "<=": installed <= low,
            "==": installed == low,
            "<": installed < low,
            ">": installed > low,
        }[operator], f"trafilatura {installed} is outside {requirement}"
