"""The default pipeline: :func:`clean` and :func:`explain`, for text and for HTML pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .chrome import strip_chrome
from .decision import keep_article
from .duplicates import drop_duplicates
from .errors import OptionError, require_text
from .layout import tidy
from .pipeline import Pipeline, Report, Step, explain_with, pipeline
from .repair import repair
from .sitechrome import with_profile
from .structure import strip_boilerplate

if TYPE_CHECKING:
    from .profile import Profile

__all__ = ["DEFAULT_PIPELINE", "KINDS", "LEARNED_PIPELINE", "clean", "explain"]

#: What :func:`clean` runs on text: repair; drop repeated text; drop the chrome the rules know; then
#: judge the page's shape, without that chrome, and drop what lies around the article; tidy.
DEFAULT_PIPELINE: Pipeline = pipeline(repair, drop_duplicates, strip_chrome, strip_boilerplate, tidy)

#: The same rules as annotations, with a learned score that overrules them where it is sure
#: (:func:`cleantext.keep_article`): not the default yet (see docs/quality.md, "The learned decision").
LEARNED_PIPELINE: Pipeline = pipeline(repair, keep_article, tidy)

#: What ``kind`` may be: ``auto`` routes a document that is markup to :func:`cleantext.from_html`.
KINDS = ("auto", "html", "text")


def _is_html(text: str, kind: str) -> bool:
    if kind not in KINDS:
        raise OptionError(f"kind must be one of {', '.join(map(repr, KINDS))}, not {kind!r}")
    if kind == "auto":
        from .html import is_markup

        return is_markup(text)
    return kind == "html"


def clean(text: str, *, kind: str = "auto", profile: Profile | None = None, site: str | None = None) -> str:
    """Turn scraped article text, or an HTML page, into the clean article body.

    ``kind="auto"`` sends a document that is markup (see :func:`cleantext.is_markup`) to
    :func:`cleantext.from_html` and any other to the text pipeline; ``"html"`` and ``"text"`` force one path.
    With a site ``profile`` (:func:`cleantext.learn`), :func:`cleantext.strip_site_chrome` runs first and
    removes the lines seen on enough pages of ``site`` (for a page: on its extracted text).

    >>> print(clean("Officials reported the crossing was closed on Friday.Â\\n(0) comments\\nLog In"))
    Officials reported the crossing was closed on Friday.
    <BLANKLINE>
    """
    require_text(text, "clean")
    if _is_html(text, kind):
        if profile is not None:
            return explain(text, kind="html", profile=profile, site=site).text
        from .html import from_html

        return from_html(text)
    if profile is not None:
        return with_profile(DEFAULT_PIPELINE, profile, site)(text)
    return DEFAULT_PIPELINE(text)


def explain(
    text: str,
    *,
    steps: Pipeline | Step = DEFAULT_PIPELINE,
    kind: str = "auto",
    profile: Profile | None = None,
    site: str | None = None,
) -> Report:
    """Clean ``text`` and report which step removed or changed which line, and why.

    For an HTML page (``kind`` as for :func:`clean`) the report is :func:`cleantext.explain_html`'s: its
    lines are those of the extracted text, and ``steps``, when given, replace the text steps run on it.
    With a site ``profile``, ``steps`` run with :func:`cleantext.strip_site_chrome` bound to it (first,
    unless ``steps`` hold it already).

    >>> report = explain("Officials reported the crossing was closed on Friday.\\n(0) comments")
    >>> print(report)
    line 2: removed by strip_chrome (comment-counter): (0) comments
    >>> report.text
    'Officials reported the crossing was closed on Friday.\\n'
    """
    require_text(text, "explain")
    if _is_html(text, kind):
        from .html import HTML_TEXT_PIPELINE, explain_html

        chosen = HTML_TEXT_PIPELINE if steps is DEFAULT_PIPELINE else steps
        return explain_html(text, steps=chosen if profile is None else with_profile(chosen, profile, site))
    if profile is not None:
        steps = with_profile(steps, profile, site)
    return explain_with(steps, text)
