"""Lines printed twice alike: what an earlier step removed as a copy, told to the readings after it.

``drop_duplicates`` removes a line's later copy before ``strip_chrome`` reads the page, so the chrome step no
longer sees that a block was printed twice. One reading needs to know: a block of rules in the third person
printed last is a policy (:mod:`cleantext.notice_place`) unless the page printed it twice alike, one copy as
the other, line for line (a page scraped twice: the first copy is the page's own text).

While :func:`copies_told` is open (the decision opens it for a document, :func:`cleantext.keep_article`), the
rule steps that annotate tell it the texts of the lines they remove as copies alike (:func:`tell_copies`), and
:func:`printed_alike` answers from them and from the lines in view. Outside it, :func:`printed_alike` answers
``None``: not told what went before, a reading must not assume that nothing was printed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["copies_told", "printed_alike", "tell_copies"]

#: Words a line needs to tell a copy: fewer (a wrapped line's "removed.") repeat by chance.
COPY_WORDS = 4

_TOLD: ContextVar[set[str] | None] = ContextVar("cleantext_copies_told", default=None)


def _key(line: str) -> str:
    return " ".join(line.split())


@contextmanager
def copies_told() -> Iterator[None]:
    """Within it, the copies alike that steps remove are told to the readings after them (a new record, unless
    one is open: a reading inside a reading shares it).

    >>> with copies_told():
    ...     tell_copies(["A line printed twice on the page.", "A line printed twice on the page."], [(1, 0)])
    ...     printed_alike(["A line printed twice on the page."], [0])
    True
    """
    if _TOLD.get() is not None:
        yield
        return
    token = _TOLD.set(set())
    try:
        yield
    finally:
        _TOLD.reset(token)


def tell_copies(lines: Sequence[str], removed: Iterable[tuple[int, int]]) -> None:
    """Record, where :func:`copies_told` is open, each line of ``lines`` removed as a copy of another line of
    ``lines`` (``removed``: pairs of the line and the line it copies) that reads as that line does.

    >>> tell_copies(["Be kind to one another here.", "Be kind to one another here."], [(1, 0)])  # not open: nothing
    """
    told = _TOLD.get()
    if told is None:
        return
    for index, ref in removed:
        key = _key(lines[index])
        if key == _key(lines[ref]) and len(key.split()) >= COPY_WORDS:
            told.add(key)


def printed_alike(lines: Sequence[str], indices: Iterable[int]) -> bool | None:
    """Whether one of ``lines``' lines at ``indices`` was printed twice alike: another line of ``lines`` reads as
    it does, or a step before removed such a copy (:func:`tell_copies`); ``None`` outside :func:`copies_told`.

    >>> page = ["The mayor spoke on Friday.", "Posts that insult are removed.", "Posts that insult are removed."]
    >>> printed_alike(page, [1]) is None
    True
    >>> with copies_told():
    ...     printed_alike(page, [1]), printed_alike(page, [0])
    (True, False)
    """
    told = _TOLD.get()
    if told is None:
        return None
    keys = {key for key in (_key(lines[index]) for index in indices) if len(key.split()) >= COPY_WORDS}
    if not keys:
        return False
    if not keys.isdisjoint(told):
        return True
    return sum(_key(line) in keys for line in lines) > len(keys)
