"""The training script's vectorised mirror of the decision decides as the package does.

``training/train_decision.py`` chooses the decision's thresholds, and reports every held-out figure,
with ``removed``: the rules of :func:`cleantext.decision.decide_once` written again over numpy arrays
of paragraph rows, so that thousands of pages are judged at each point of the threshold grid. If the
two drift apart, the thresholds are chosen for a decision the package does not make. Here both read
the same documents with the shipped model, at the shipped thresholds and at others.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from forum_support import forum_page
from review_support import REVIEWS, VERDICTS

from cleantext.annotate import read_paragraphs
from cleantext.decision import decide_once
from cleantext.decision_model import load_model

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "training"), str(ROOT / "bench")]

import train_decision  # noqa: E402  (the training script, importable with the train extra)
import views  # noqa: E402

#: A made-up page with the usual chrome around a short article.
PAGE = """\
Home | News | Sport | Weather | Log In
Share on Facebook
Share on X
Email

Council approves new bridge after two years of debate

By Jane Smith
12 March 2024

The city council voted on Tuesday to build a new bridge across the river, ending two years of debate.
The bridge will cost about 40 million euros and should open in 2027, the mayor told reporters.
Get our morning briefing
Opponents said the money would be better spent on buses, and they plan to appeal the decision.

Sign up for our newsletter
Enter your email address
By signing up, you agree to our Terms of Service and Privacy Policy.

(0) comments
© 2024 The Daily Example. All rights reserved.

Mayor opens new library
Bus fares to rise in May
Five things to do this weekend"""

SHORT = "Opening hours\nMonday to Friday: 9-17\nClosed on holidays"

#: An article, a list the structure rules take for a footer, and a quotation the model keeps over them.
GAP = """\
The city council approved the new transit budget on Tuesday after a three-hour debate.
Supporters said the plan would cut commute times across the region by a fifth, officials said.
Opponents argued that the fare increase would fall hardest on low-income riders and students.
The budget includes money for twelve new electric buses and a second line to the airport.
Construction on the airport line is expected to begin next spring and to last three years.
The mayor, who had campaigned on the plan, called the vote a turning point for the city.
The new line will stop at:
Central Station
Harbour Road
Old Market
University Park
Riverside
What riders say
"We have waited a long time for this," said Maria Lopez, who has taken the number 12 bus to work for twenty \
years, adding that she hoped the new line would be faster."""


#: A review in sections: labels the page repeats ("Pros:", "Cons:") once a section, among short lines the structure
#: rules take for a footer, each section ended by a quotation the model keeps.
LABELS = "\n".join(
    [
        *GAP.split("\n")[:6],
        *(line for section, verdict in zip(REVIEWS, VERDICTS, strict=True) for line in [*section, verdict]),
    ]
)


#: A listing page: records of a book list the structure rules take for a header, the footer's blurb the only prose.
LISTING = "\n\n".join(
    [
        "Home",
        "Best Books Ever",
        *(
            f"{title}\n\nby\n\n{author}\n\n4.{n} avg rating"
            for n, (title, author) in enumerate(
                [
                    ("Emma", "Jane Austen"),
                    ("Animal Farm", "George Orwell"),
                    ("Middlemarch", "George Eliot"),
                    ("Dracula", "Bram Stoker"),
                    ("Ulysses", "James Joyce"),
                ]
            )
        ),
        "Our shop has sold second-hand books in the old town since 1987, and ships them worldwide.",
    ]
)


#: An article, its list of sources (the structure rules grow the article over it), then a footer.
SOURCES = "\n".join(
    [
        *GAP.split("\n")[:6],
        "Sources:",
        "https://example.gov/transit-budget-2026.pdf",
        "City Council minutes, June 12, 2026",
        "About us",
        "Contact",
    ]
)


#: An article, a table of its figures the structure rules take for a footer, then the article going on in its words.
GOING_ON = "\n".join(
    [
        *GAP.split("\n")[:6],
        "Buses",
        "12",
        "Stops",
        "5",
        "Cost",
        "$40 million",
        "The council said the airport line and the new electric buses will be paid for by the fare increase and a "
        "regional transit grant.",
    ]
)


def _record(name: str, text: str) -> dict:
    lines = text.split("\n")
    return dict(
        source="fixture",
        host=name,
        id=name,
        rendering="bs4_text",  # a page only: no crop or extraction
        text=text,
        labels=["content"] * len(lines),
        prose=[],
        html=None,
    )


def _texts() -> dict[str, str]:
    seed = (ROOT / "fixtures" / "seed" / "chile_border.raw.txt").read_text("utf-8")
    return {
        "seed": seed,
        "page": PAGE,
        "short": SHORT,
        "gap": GAP,
        "labels": LABELS,
        "listing": LISTING,
        "forum": forum_page(),
        "sources": SOURCES,
        "going_on": GOING_ON,
    }


@pytest.mark.parametrize(
    ("remove_below", "keep_above", "remove_inside", "keep_structure", "model_removes"),
    [
        (None, None, 0.0, 1.0, True),
        (0.8, 0.3, 0.0, 1.0, True),
        (0.05, 0.999, 0.0, 1.0, False),
        (None, None, 0.1, 0.15, True),  # inside the span, "Get our morning briefing" goes; headings kept
        (0.05, 0.999, 0.5, 0.3, True),
    ],
)
def test_the_training_mirror_removes_the_paragraphs_decide_once_removes(
    remove_below: float | None,
    keep_above: float | None,
    remove_inside: float,
    keep_structure: float,
    model_removes: bool,
) -> None:
    model = load_model()
    low = model.remove_below if remove_below is None else remove_below
    high = model.keep_above if keep_above is None else keep_above
    texts = _texts()
    docs = [row for name, text in texts.items() for row in views.featurize(_record(name, text))]
    table = train_decision.predict_file(model, docs)
    mirrored = train_decision.removed(table, low, high, remove_inside, keep_structure)

    compared = alone = inside = structure_kept = between = labelled = listed = threaded = sources = going_on = 0
    row = 0
    for doc, (name, text) in zip(docs, texts.items(), strict=True):
        readings = read_paragraphs(text.split("\n"))
        assert len(readings) == len(doc["rows"])
        removals, _ = decide_once(readings, model, low, high, remove_inside, keep_structure)
        for reading in readings:
            lines = reading.paragraph.lines
            gone = all(index in removals for index in lines)
            if table.ruled[row] != views.SOME:  # the mirror reads a paragraph whole: rows a rule cut in part are not
                assert bool(mirrored[row]) == gone, (doc["id"], reading.paragraph.text)
                compared += 1
                alone += gone and table.ruled[row] == views.NONE
                inside += gone and table.ruled[row] == views.NONE and table.inside[row]
                structure_kept += (
                    not gone and table.structure[row] and name not in ("gap", "labels", "listing", "forum", "going_on")
                )
                between += not gone and table.structure[row] and name == "gap"
                labelled += not gone and table.gap_structure[row] and name == "labels"
                listed += not gone and table.listed[row] and name == "listing"
                threaded += not gone and bool(table.threads[row]) and name == "forum"
                sources += not gone and bool(table.sources[row]) and name == "sources"
                going_on += not gone and bool(table.cut_off[row]) and name == "going_on"
            row += 1
    assert compared > 20
    # the model alone removed something (the headlines after the article): that path was compared too
    assert bool(alone) == model_removes
    # so were the paths of the other two thresholds, where they are on
    assert bool(inside) == (remove_inside > 0.0)
    assert bool(structure_kept) == (keep_structure < 1.0)
    # the list between the article and the quotation the model keeps over the rule (not at 0.999): that path too
    assert bool(between) or high > 0.99
    # and the sections' lines between the quotations, the labels among them notwithstanding
    assert bool(labelled) or high > 0.99
    # and the listing page's records, kept as its main list
    assert listed
    # and the forum's posts after the one taken for the article, kept as its thread
    assert threaded
    # and the article's list of its sources, kept from the model alone (the heading and both entries)
    assert sources == 3
    # and the article going on past its table of figures, in its own words
    assert going_on == 1
