"""Find the article among the page's text by its shape, and drop what lies around it.

Patterns cannot name every menu and footer, but their shape gives them away: article text comes as
a run of prose paragraphs (many words, sentence punctuation), while navigation, footers and teaser
lists come as runs of short lines without sentence punctuation, away from that run.

The step marks each paragraph as *prose* or not, groups prose paragraphs that stand close together
into clusters, and takes the cluster with the most prose words as the article. It removes

- short, non-prose paragraphs before the article (``page-header``) and after it (``page-footer``);
- prose far from the article, cut off by a long run of short lines (``outside-article``), but only
  when that cluster is much smaller than the article.

Inside the article nothing is removed for its shape alone: subheadings, lists and one-line quotes
stay. When in doubt, the line is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from .blocks import Paragraph, paragraphs
from .model import Outcome, register_step, split_lines

__all__ = ["strip_boilerplate"]

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*$")


def is_prose(paragraph: Paragraph, *, min_words: int) -> bool:
    """A paragraph that reads like article text: long enough, and ending a sentence."""
    words = paragraph.words
    if words >= 3 * min_words:
        return True
    return words >= min_words and bool(_SENTENCE_END.search(paragraph.text))


def decide_boilerplate(
    lines: Sequence[str], /, *, min_words: int = 8, max_gap: int = 6, keep_ratio: float = 0.25
) -> Outcome:
    """Remove the page's header, footer and far-away prose around the main run of prose."""
    found = paragraphs(lines)
    prose = [k for k, paragraph in enumerate(found) if is_prose(paragraph, min_words=min_words)]
    if not prose:
        return Outcome.unchanged(lines)
    # Group prose paragraphs whose gap (non-prose paragraphs between them) is small.
    clusters: list[list[int]] = [[prose[0]]]
    for previous, current in pairwise(prose):
        if current - previous - 1 > max_gap:
            clusters.append([])
        clusters[-1].append(current)

    def weight(cluster: list[int]) -> int:
        return sum(found[k].words for k in cluster)

    main = max(clusters, key=weight)
    main_weight = weight(main)
    keep_span = [main[0], main[-1]]
    # Other clusters join the article unless they are much lighter than it.
    for cluster in clusters:
        if cluster is not main and weight(cluster) >= keep_ratio * main_weight:
            keep_span = [min(keep_span[0], cluster[0]), max(keep_span[1], cluster[-1])]
    removals: dict[int, tuple[str, int | None]] = {}
    prose_set = set(prose)
    for k, paragraph in enumerate(found):
        if keep_span[0] <= k <= keep_span[1]:
            continue
        if k in prose_set:
            reason = "outside-article"
        elif k < keep_span[0]:
            reason = "page-header"
        else:
            reason = "page-footer"
        for index in paragraph.lines:
            removals[index] = (reason, None)
    return Outcome.removing(lines, removals, step="strip_boilerplate")


@register_step(decide_boilerplate)
def strip_boilerplate(text: str, *, min_words: int = 8, max_gap: int = 6, keep_ratio: float = 0.25) -> str:
    """Keep the main run of prose paragraphs; drop menus and footers around it.

    ``min_words`` is the length from which a paragraph ending a sentence counts as prose,
    ``max_gap`` the number of non-prose paragraphs that may stand inside the article, and
    ``keep_ratio`` how heavy, against the article, a distant run of prose must be to be kept.

    >>> page = "Home\\nNews\\nSport\\nThe council approved the new budget on Tuesday after a long debate.\\nShort heading\\nIt takes effect in January, officials said on Wednesday.\\nAbout us\\nContact"
    >>> print(strip_boilerplate(page))
    The council approved the new budget on Tuesday after a long debate.
    Short heading
    It takes effect in January, officials said on Wednesday.
    """
    return decide_boilerplate(split_lines(text), min_words=min_words, max_gap=max_gap, keep_ratio=keep_ratio).text
