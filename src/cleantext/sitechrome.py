"""The step that removes a site's furniture by a learned :class:`~cleantext.Profile`: ``strip_site_chrome``.

A line (or a hard-wrapped paragraph, as a whole) goes when the profile saw it on enough of the site's
distinct pages. "Enough" never forgets the article:

* nothing is removed until the site has ``min_pages`` distinct pages: before that, counts say little;
* a line must be seen on at least ``min_count`` pages *and* on a share of the site's pages that grows
  with its length: ``short_share`` for a label or a link (up to ``short_words`` words),
  ``long_share`` -- most pages -- for prose (a sentence of ``prose_words`` words or more, or any line of
  ``long_words`` or more), ``mid_share`` in between. So a quote or a syndicated paragraph that a few
  pages share is kept, and a comment policy printed under every article goes;
* a page's own duplicate copies among the learned pages are not evidence against it (see
  :meth:`cleantext.Profile.page_counts`), and a page whose prose would go whole (a near copy of another learned
  page: the same article with another date line) keeps its prose.

Whole duplicate pages are therefore *cleaned like any other page*, not dropped: cleantext turns one
document into one document; dropping repeated documents is a corpus decision left to the caller (the
profile's fingerprints count them: :meth:`cleantext.Profile.documents` against :meth:`~cleantext.Profile.pages`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .blocks import ends_sentence, paragraphs
from .errors import OptionError
from .model import Outcome, register_step, split_lines
from .options import SiteThresholds
from .pipeline import Pipeline, Step, pipeline
from .profile import Profile

__all__ = ["DEFAULT_THRESHOLDS", "SiteThresholds", "strip_site_chrome", "with_profile"]

REASON = "repeated-on-site"

#: The step's default options (the record and its defaults: :mod:`cleantext.options`).
DEFAULT_THRESHOLDS = SiteThresholds()


def decide_site_chrome(
    lines: Sequence[str],
    /,
    *,
    profile: Profile,
    site: str | None = None,
    thresholds: SiteThresholds = DEFAULT_THRESHOLDS,
) -> Outcome:
    """Remove the lines ``profile`` saw on enough of ``site``'s pages (see the module's docstring)."""
    if not isinstance(profile, Profile):
        raise OptionError(f"profile must be a cleantext.Profile, not {type(profile).__name__}")
    if profile.pages(site) < thresholds.min_pages:
        return Outcome.unchanged(lines)
    counts = profile._counts(lines, site)
    units = {}  # line -> (words, is a sentence) of the paragraph it belongs to: the unit judged
    for paragraph in paragraphs(lines):
        unit = (paragraph.words, ends_sentence(paragraph.text))
        units.update(dict.fromkeys(paragraph.lines, unit))
    removals: dict[int, tuple[str, None]] = {}
    prose: set[int] = set()
    prose_total = prose_removed = 0
    for index, (seen, pages, _) in enumerate(counts):
        if index not in units:
            continue
        words, sentence = units[index]
        if sentence and words >= thresholds.prose_words:
            prose.add(index)
            prose_total += len(lines[index].split())
        if seen and seen >= thresholds.needed(words, sentence, pages):
            removals[index] = (f"{REASON} (seen on {seen} of {pages} pages)", None)
            if index in prose:
                prose_removed += len(lines[index].split())
    if prose_removed and prose_removed == prose_total:
        # All the prose would go: the page is a near copy of learned pages (the same article with
        # another date line), or has no article of its own; either way its prose stays.
        removals = {index: why for index, why in removals.items() if index not in prose}
    return Outcome.removing(lines, removals, step="strip_site_chrome")


@register_step(decide_site_chrome)
def strip_site_chrome(
    text: str, *, profile: Profile, site: str | None = None, thresholds: SiteThresholds = DEFAULT_THRESHOLDS
) -> str:
    """Remove the lines a site profile saw on enough of the site's pages: the site's own furniture.

    Use it with :func:`functools.partial` in a :func:`~cleantext.pipeline`, or through
    ``clean(text, profile=..., site=...)``; ``thresholds`` (:class:`SiteThresholds`) say how many pages
    are enough.

    >>> from cleantext import learn
    >>> stories = ["Rain fell.", "Snow came.", "Wind rose.", "Fog lifted.", "Hail hit.", "Sun shone."]
    >>> pages = [f"Home | World | Sport\\n{story}\\nShare this article" for story in stories]
    >>> profile = learn(pages)
    >>> strip_site_chrome("Home | World | Sport\\nA new story.\\nShare this article", profile=profile)
    'A new story.'
    """
    return decide_site_chrome(split_lines(text), profile=profile, site=site, thresholds=thresholds).text


def with_profile(steps: Pipeline | Step, profile: Profile, site: str | None = None) -> Pipeline:
    """``steps`` with ``strip_site_chrome`` bound to ``profile`` and ``site``: the step already there gets
    them, otherwise it is put first (it must see the lines as :func:`~cleantext.learn` saw them).

    >>> from cleantext import DEFAULT_PIPELINE, learn
    >>> with_profile(DEFAULT_PIPELINE, learn([]), site="x.com").steps[0].keywords["site"]
    'x.com'
    """
    chain = steps if isinstance(steps, Pipeline) else pipeline(steps)
    bound: list[Step] = []
    found = False
    for step in chain.steps:
        base = step.func if isinstance(step, functools.partial) else step
        if base is strip_site_chrome:
            options = dict(step.keywords) if isinstance(step, functools.partial) else {}
            options.update(profile=profile, site=site)
            bound.append(functools.partial(strip_site_chrome, **options))
            found = True
        else:
            bound.append(step)
    if not found:
        bound.insert(0, functools.partial(strip_site_chrome, profile=profile, site=site))
    return pipeline(*bound)
