"""Documents and options that show whether an integration runs what ``cleantext.clean`` runs with them.

Each case is written as the command and the Scrapy settings write it: the steps by name (``--steps``,
``CLEANTEXT_STEPS``; ``""``: the route's own) and the options as ``STEP.OPTION=VALUE`` (``--set``,
``CLEANTEXT_SET``). :func:`check` compares an integration's output with ``cleantext.clean``'s for the
same arguments, and makes sure the case is worth testing: the options change what ``clean`` returns.
"""

from __future__ import annotations

from typing import Any

import pytest

import cleantext

ARTICLE = [
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "Supporters said the plan would cut commute times across the region by a fifth, officials said.",
    "Opponents argued that the fare increase would fall hardest on low-income riders and students.",
    "The budget includes money for twelve new electric buses and a second line to the airport.",
]
LINES = ["Short line", *ARTICLE, "Sign up for our newsletter to get the latest news every morning.", "Log In"]
TEXT = "\n".join(LINES)
PAGE = (
    "<html><head><title>Transit budget approved</title></head><body><article>"
    + "".join(f"<p>{line}</p>" for line in LINES)
    + "</article></body></html>"
)

#: (document, steps, settings): on a page, the steps run on its extracted text, and the HTML route's
#: own steps have no option that a setting changes, so each page case names steps.
CASES = [
    pytest.param(TEXT, "repair,tidy", [], id="text-steps"),
    pytest.param(TEXT, "", ["strip_boilerplate.min_words=20"], id="text-settings"),
    pytest.param(TEXT, "repair,keep_article,tidy", ["keep_article.keep_above=0.0"], id="text-both"),
    pytest.param(PAGE, "repair,tidy", [], id="page-steps"),
    pytest.param(PAGE, "repair,keep_article,tidy", ["keep_article.keep_above=0.0"], id="page-both"),
]


def options(steps: str, settings: list[str]) -> dict[str, Any]:
    """The ``config`` and ``steps`` that ``clean`` and the integrations take for a case."""
    return {
        "config": cleantext.Config().with_settings(settings) if settings else None,
        "steps": cleantext.parse_steps(steps) if steps else None,
    }


def check(got: str, document: str, steps: str, settings: list[str], **more: Any) -> None:
    """``got`` is what ``clean`` returns for ``document`` with the case's options (and ``more`` of clean's)."""
    chosen = options(steps, settings)
    expected = cleantext.clean(document, **chosen, **more)
    assert got == expected
    assert expected != cleantext.clean(document, **more), "the case changes nothing: it tests nothing"
    if settings:
        assert expected != cleantext.clean(document, steps=chosen["steps"], **more), "the settings change nothing"
