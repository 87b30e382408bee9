"""Hand back to the operating system the memory that the steps freed on a large document.

The steps of a pipeline make and drop many small objects per line. Once dropped, the C allocator
keeps most of their memory for later use, but the output of a large document is one new block of
its own size, which that memory cannot serve: without a trim, the process peaks at what the steps
left behind plus the output. glibc's ``malloc_trim`` gives free pages back; elsewhere (macOS, musl,
Windows) :func:`give_back` does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["LARGE", "give_back"]

#: A document of at least this many characters is large: its pipeline trims before the output is made
#: (a trim costs a walk over the allocator's free lists, nothing next to the steps' work on such a text).
LARGE = 1 << 22

_trim: list[Callable[[int], int] | None] = []  # found on first use: nothing is loaded on import


def _find_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (AttributeError, OSError, TypeError):  # not glibc (musl, macOS), or Windows (no CDLL(None))
        return None


def give_back() -> bool:
    """Return the allocator's free memory to the operating system, where the C library can (glibc).

    Returns whether it could. The output is unchanged; only the process's resident memory shrinks.

    >>> give_back() in (True, False)
    True
    """
    if not _trim:
        _trim.append(_find_trim())
    trim = _trim[0]
    if trim is None:
        return False
    trim(0)
    return True
