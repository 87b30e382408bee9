"""Find the article among the page's text by its shape, and drop what lies around it.

Patterns cannot name every menu and footer, but their shape gives them away: article text comes as
a run of prose paragraphs (many words, sentence punctuation), while navigation, footers and teaser
lists come as runs of short lines without sentence punctuation, away from that run.

The step marks each paragraph as *prose* or not, groups prose paragraphs that stand close together
into clusters, and takes the cluster with the most prose words as the article. It removes

- short, non-prose paragraphs before the article (``page-header``) and after it (``page-footer``);
- prose far from the article, cut off by a long run of short lines (``outside-article``), but only
  when that cluster is much smaller than the article.

The default pipeline runs this step after :func:`~cleantext.strip_chrome`, so that the shape is
judged on the page without the furniture the rules already know.

Inside the article nothing is removed for its shape alone: subheadings, lists, one-line quotes and
code blocks stay (code next to the article is kept with it, as a whole). Nor is an article's list of
its sources right after it: a heading that names them ("Sources:", "References") and the entries
under it that hold a link, a domain, a year or a sentence's end (``rules.SOURCES_HEADING``,
``rules.CITATION``). When in doubt, the line is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, pairwise
from operator import itemgetter

from .blocks import Paragraph, ends_sentence, source_list, take_paragraphs
from .codeblocks import take_code_blocks
from .lazy import LazyPattern
from .model import Outcome, register_step, split_lines
from .options import BoilerplateOptions

__all__ = ["strip_boilerplate"]

_WORD = LazyPattern(r"\p{L}[\p{L}\p{M}'’-]*", regex=True)
#: What :data:`_WORD` finds in ASCII text (where its letters are ASCII's and it has no marks, nor ``’``), found
#: by ``re``, which reads it in about half the time the ``regex`` module takes.
_ASCII_WORD = LazyPattern(r"[A-Za-z][A-Za-z'-]*")
_FIRST = itemgetter(0)  # a word's first letter


def is_prose(paragraph: Paragraph, *, min_words: int) -> bool:
    """A paragraph that reads like article text: long enough, and ending a sentence."""
    words = paragraph.words
    if words >= 3 * min_words:
        return True
    return words >= min_words and ends_sentence(paragraph.text)


def is_sentence_like(paragraph: Paragraph) -> bool:
    """A short paragraph written like a sentence (a list item, a fact), not like a menu or a headline.

    Menus are one to four words; headlines capitalise most of their words. A sentence has five or
    more words, most of them after the first in lower case; in a script without case, it ends with
    sentence punctuation.
    """
    if paragraph.words < 5:
        return False
    text = paragraph.text
    if text.isascii():  # most paragraphs: each word found begins with a letter, upper or lower case
        cased = _ASCII_WORD.findall(text)[1:]
    else:
        cased = [word for word in _WORD.findall(text)[1:] if word[0].islower() or word[0].isupper()]
    if not cased:  # a script without case (CJK, Arabic, Devanagari...): its punctuation decides
        return ends_sentence(text)
    lower = sum(map(str.islower, map(_FIRST, cased)))  # the words whose first letter is lower case
    return lower * 2 >= len(cased)


def _article_span(
    found: Sequence[Paragraph],
    prose: list[int],
    *,
    min_words: int,
    max_gap: int,
    keep_ratio: float,
    code: frozenset[int] = frozenset(),
) -> tuple[int, int]:
    """First and last paragraph of the article: the heaviest cluster of prose, grown outwards.

    Paragraphs of code shown to the reader (``code``) count as sentence-like: they neither split the
    article nor stop it growing, so code next to the article is kept with it, as a whole.
    """
    sentence_like: dict[int, bool] = dict.fromkeys(code, True)  # is_sentence_like, for those that need it

    def sentence_like_at(k: int) -> bool:
        known = sentence_like.get(k)
        if known is None:
            known = sentence_like[k] = is_sentence_like(found[k])
        return known

    # Menu-like paragraphs between two prose paragraphs; sentence-like ones do not count. Only the
    # paragraphs between prose ones are ever counted, so prose paragraphs add nothing here, and the
    # sums are made from the first prose paragraph to the last only (a page's header and footer,
    # often most of its paragraphs, are not asked whether they read like sentences).
    is_prose = [False] * len(found)
    for k in prose:
        is_prose[k] = True
    menu_like = [0] * (len(found) + 1)  # prefix sums, from prose[0]: only their differences are read
    for k in range(prose[0], prose[-1]):
        menu_like[k + 1] = menu_like[k] + (0 if is_prose[k] or sentence_like_at(k) else 1)
    clusters: list[list[int]] = [[prose[0]]]
    for previous, current in pairwise(prose):
        if menu_like[current] - menu_like[previous + 1] > max_gap:
            clusters.append([])
        clusters[-1].append(current)

    weights = [sum(found[k].words for k in cluster) for cluster in clusters]
    heaviest = max(range(len(clusters)), key=weights.__getitem__)  # the first of the heaviest, as max() picks
    main = clusters[heaviest]
    floor = keep_ratio * weights[heaviest]
    first, last = main[0], main[-1]
    for cluster, weight in zip(clusters, weights, strict=True):  # others join unless much lighter
        if cluster is not main and weight >= floor:
            first, last = min(first, cluster[0]), max(last, cluster[-1])

    # Grow over sentence-like short paragraphs (lists, facts) and long ones (references) next to the
    # article; a single heading-like paragraph may stand between them.
    def extends(k: int) -> bool:
        return sentence_like_at(k) or found[k].words >= 2 * min_words

    for step, edge in ((-1, first), (1, last)):
        k = edge + step
        while 0 <= k < len(found):
            if extends(k):
                edge = k
            elif not (0 <= k + step < len(found) and extends(k + step)):
                break
            k += step
        if step < 0:
            first = edge
        else:
            last = edge
    # An article's list of its sources after it: the heading that names them, and the entries under it.
    listed = source_list(found, last + 1)
    if listed:
        last = listed[-1]
    return first, last


def _where(k: int, first: int, prose: set[int]) -> str:
    """Why paragraph ``k``, outside the article starting at ``first``, goes."""
    if k in prose:
        return "outside-article"
    return "page-header" if k < first else "page-footer"


_DEFAULT = BoilerplateOptions()  # the step's options and their defaults: cleantext.options


def decide_boilerplate(
    lines: Sequence[str],
    /,
    *,
    min_words: int = _DEFAULT.min_words,
    max_gap: int = _DEFAULT.max_gap,
    keep_ratio: float = _DEFAULT.keep_ratio,
) -> Outcome:
    """Remove the page's header, footer and far-away prose around the main run of prose."""
    # Taken, not asked for: the last step to read them, it leaves nothing of the document remembered.
    found = take_paragraphs(lines)
    blocks = take_code_blocks(lines)
    prose = [  # (most of a page's paragraphs are shorter: settled before the test)
        k
        for k, paragraph in enumerate(found)
        if paragraph.words >= min_words and is_prose(paragraph, min_words=min_words)
    ]
    if not prose:
        return Outcome.unchanged(lines)
    code_lines = {index for block in blocks if not block.machinery for index in block.lines}
    code = frozenset(
        (k for k, paragraph in enumerate(found) if code_lines.intersection(paragraph.lines)) if code_lines else ()
    )
    first, last = _article_span(found, prose, min_words=min_words, max_gap=max_gap, keep_ratio=keep_ratio, code=code)
    removals: dict[int, tuple[str, int | None]] = {}
    prose_set = set(prose)
    for k in chain(range(first), range(last + 1, len(found))):  # the paragraphs outside the article
        removal = (_where(k, first, prose_set), None)
        for index in found[k].lines:
            removals[index] = removal
    return Outcome.removing(lines, removals, step="strip_boilerplate")


@register_step(decide_boilerplate)
def strip_boilerplate(
    text: str,
    *,
    min_words: int = _DEFAULT.min_words,
    max_gap: int = _DEFAULT.max_gap,
    keep_ratio: float = _DEFAULT.keep_ratio,
) -> str:
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
