"""The default pipeline: :func:`clean` and :func:`explain`, for text and for HTML pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .chrome import strip_chrome
from .config import DEFAULT_CONFIG, KINDS, Config, route
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

__all__ = ["DEFAULT_PIPELINE", "KINDS", "LEARNED_PIPELINE", "RULES_PIPELINE", "clean", "clean_pieces", "explain"]

#: What :func:`clean` runs on text: the steps of the text route (:data:`cleantext.config.ROUTES`) with
#: their default options, ``Config().pipeline("text")``: repair, :func:`cleantext.keep_article` (the
#: rules annotate, a learned score overrules them where it is sure), tidy.
DEFAULT_PIPELINE: Pipeline = DEFAULT_CONFIG.pipeline("text")

#: Each route's steps with the default options, made once.
_DEFAULT_STEPS = {"text": DEFAULT_PIPELINE, "html": DEFAULT_CONFIG.pipeline("html")}

#: The learned decision for text: the same steps as :data:`DEFAULT_PIPELINE` (the name it had before it
#: became the default; kept for the code that uses it).
LEARNED_PIPELINE: Pipeline = pipeline(repair, keep_article, tidy)

#: The rules alone, each removing what it finds in turn (the default before the learned decision):
#: repair, drop repeated text, drop the chrome the rules know, drop what lies around the article by
#: the page's shape, tidy. ``clean(text, steps=RULES_PIPELINE)``; from the command,
#: ``--steps repair,drop_duplicates,strip_chrome,strip_boilerplate,tidy``.
RULES_PIPELINE: Pipeline = pipeline(repair, drop_duplicates, strip_chrome, strip_boilerplate, tidy)


def _chosen(
    way: str, steps: Pipeline | Step | None, config: Config | None, profile: Profile | None, site: str | None
) -> Pipeline | Step:
    """The steps run on a document that took the path ``way``: ``steps``, else the route's, with ``config``'s options.

    Steps that lack an option they must be given (``strip_site_chrome`` without a ``profile``) raise
    :class:`~cleantext.OptionError`."""
    if config is None:
        config = DEFAULT_CONFIG
    elif not isinstance(config, Config):
        raise OptionError(f"config must be a cleantext.Config, not {type(config).__name__}")
    default = config is DEFAULT_CONFIG or config == DEFAULT_CONFIG  # then nothing is built for the document
    if steps is None:
        chosen = _DEFAULT_STEPS[way] if default else config.pipeline(way)
    else:
        chosen = steps if default and isinstance(steps, Pipeline) else config.bind(steps)  # bind checks them
    if profile is not None:
        chosen = with_profile(chosen, profile, site)
        chosen = chosen if default else config.bind(chosen)
    if isinstance(chosen, Pipeline):
        chosen.check()  # a step without an option it needs: refused before the document is read
    return chosen


def clean(
    text: str,
    *,
    kind: str = "auto",
    config: Config | None = None,
    steps: Pipeline | Step | None = None,
    profile: Profile | None = None,
    site: str | None = None,
    url: str | None = None,
) -> str:
    """Turn scraped article text, or an HTML page, into the clean article body.

    ``kind="auto"`` sends a document that is markup (see :func:`cleantext.is_markup`) to
    :func:`cleantext.from_html` and any other to the text pipeline; ``"html"`` and ``"text"`` force one
    path (:func:`cleantext.route`). ``config`` (:class:`cleantext.Config`) sets the steps' options;
    ``steps``, when given, replace the steps of the path (for a page: the text steps run on its
    article). With a site ``profile`` (:func:`cleantext.learn`), :func:`cleantext.strip_site_chrome`
    runs first and removes the lines seen on enough pages of ``site`` (for a page: on its extracted text).
    ``url``, a page's address, is given to its extraction (:func:`cleantext.from_html`); text has no use for it.

    >>> print(clean("Officials reported the crossing was closed on Friday.Â\\n(0) comments\\nLog In"))
    Officials reported the crossing was closed on Friday.
    <BLANKLINE>
    >>> page = "Short line\\nThe crossing was closed on Friday, officials said."
    >>> clean(page)
    'The crossing was closed on Friday, officials said.\\n'
    >>> clean(page, config=Config().replace(strip_boilerplate={"min_words": 20}))  # no prose: nothing around it
    'Short line\\nThe crossing was closed on Friday, officials said.\\n'
    """
    require_text(text, "clean")
    way = route(text, kind)
    chosen = _chosen(way, steps, config, profile, site)
    if way == "html":
        from .html import explain_html

        return explain_html(text, url=url, steps=chosen).text
    return chosen(text)


def clean_pieces(
    box: list[str],
    *,
    kind: str = "auto",
    config: Config | None = None,
    steps: Pipeline | Step | None = None,
    profile: Profile | None = None,
    site: str | None = None,
    url: str | None = None,
) -> Iterator[str]:
    """:func:`clean` for a caller that lets go of its text: taken out of ``box`` (left empty), cleaned,
    and given back in pieces whose ``"".join`` is what :func:`clean` returns (see :meth:`cleantext.Pipeline.pieces`).

    Meant for a large document written out piece by piece (the command does so): the text is dropped
    once split into lines, and the whole result is never held, so the peak is about half of
    :func:`clean`'s. An HTML page comes back as one piece. The options are :func:`clean`'s.

    >>> box = ["Officials reported the crossing was closed on Friday.Â\\n(0) comments\\nLog In"]
    >>> "".join(clean_pieces(box)), box
    ('Officials reported the crossing was closed on Friday.\\n', [])
    """
    text = box.pop()
    require_text(text, "clean_pieces")
    way = route(text, kind)
    if way == "html":
        return iter((clean(text, kind="html", config=config, steps=steps, profile=profile, site=site, url=url),))
    chosen = _chosen(way, steps, config, profile, site)
    chain = chosen if isinstance(chosen, Pipeline) else pipeline(chosen)
    box.append(text)
    del text
    return chain.pieces(box)


def explain(
    text: str,
    *,
    kind: str = "auto",
    config: Config | None = None,
    steps: Pipeline | Step | None = None,
    profile: Profile | None = None,
    site: str | None = None,
    url: str | None = None,
) -> Report:
    """Clean ``text`` as :func:`clean` does, and report which step removed or changed which line, and why.

    For an HTML page the report is :func:`cleantext.explain_html`'s: its lines are those of the
    extracted text. With a site ``profile``, the steps run with :func:`cleantext.strip_site_chrome`
    bound to it (first, unless ``steps`` hold it already).

    >>> report = explain("Officials reported the crossing was closed on Friday.\\n(0) comments")
    >>> print(report)
    line 2: removed by strip_chrome (comment-counter): (0) comments
    >>> report.text
    'Officials reported the crossing was closed on Friday.\\n'
    """
    require_text(text, "explain")
    way = route(text, kind)
    chosen = _chosen(way, steps, config, profile, site)
    if way == "html":
        from .html import explain_html

        return explain_html(text, url=url, steps=chosen)
    return explain_with(chosen, text)
