"""The default pipeline: :func:`clean` and :func:`explain`."""

from __future__ import annotations

from .chrome import strip_chrome
from .duplicates import drop_duplicates
from .layout import tidy
from .pipeline import Pipeline, Report, Step, explain_with, pipeline
from .repair import repair
from .structure import strip_boilerplate

__all__ = ["DEFAULT_PIPELINE", "clean", "explain"]

#: What :func:`clean` runs: repair; drop repeated text; drop the chrome the rules know; then judge the
#: page's shape, without that chrome, and drop what lies around the article; tidy.
DEFAULT_PIPELINE: Pipeline = pipeline(repair, drop_duplicates, strip_chrome, strip_boilerplate, tidy)


def clean(text: str) -> str:
    """Turn scraped article text into the clean article body.

    >>> print(clean("Officials reported the crossing was closed on Friday.Â\\n(0) comments\\nLog In"))
    Officials reported the crossing was closed on Friday.
    <BLANKLINE>
    """
    return DEFAULT_PIPELINE(text)


def explain(text: str, *, steps: Pipeline | Step = DEFAULT_PIPELINE) -> Report:
    """Clean ``text`` and report which step removed or changed which line, and why.

    >>> report = explain("Officials reported the crossing was closed on Friday.\\n(0) comments")
    >>> print(report)
    line 2: removed by strip_chrome (comment-counter): (0) comments
    >>> report.text
    'Officials reported the crossing was closed on Friday.\\n'
    """
    return explain_with(steps, text)
