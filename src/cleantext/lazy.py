"""Regular expressions compiled on first use, so that ``import cleantext`` does no work beyond definitions.

A module names its patterns as it always did (``_WORD = LazyPattern(r"\\w+")``) and calls them as
compiled patterns (``_WORD.findall(text)``). The first method used compiles the pattern (with
:mod:`re`, or with the ``regex`` module, imported then, for ``regex=True``) and binds the compiled
pattern's methods to the holder itself, so every later call goes straight to the compiled method:
no function of this module runs on the per-call path.

:func:`read_shipped` reads a file shipped in the package, when first needed, without the imports of
:mod:`importlib.resources`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["LazyPattern", "read_shipped"]

#: The methods bound to the holder on first use (the attributes of a compiled pattern people call).
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


def _first_use(name: str) -> Callable[..., Any]:
    """The method ``name`` of a holder not compiled yet: it compiles, then calls the compiled method
    (which from then on stands on the instance, in front of this one)."""

    def method(self: LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    method.__name__ = name
    return method


class LazyPattern:
    """A regular expression compiled the first time it is used.

    ``source`` is the pattern (text or bytes), or a function that builds it (called once, at compile
    time, for a pattern whose making costs more than a string literal). ``flags`` are ``re``'s flags
    (the ``regex`` module gives IGNORECASE, MULTILINE, DOTALL and VERBOSE the same values). With
    ``regex=True`` the pattern is compiled by the ``regex`` module (for ``\\p{...}`` classes and other
    syntax ``re`` lacks).

    The class's methods run once: they compile the pattern and put its own methods on the instance,
    where attribute look-up finds them before the class's (no ``__getattr__``, which would slow
    every look-up).

    >>> word = LazyPattern(r"\\w+")
    >>> word.findall("two words")
    ['two', 'words']
    >>> LazyPattern(lambda: "[" + "ab" + "]+", re.IGNORECASE).sub("-", "AbcBA")
    '-c-'
    >>> LazyPattern(r"\\p{Lu}", regex=True).search("abC").group()
    'C'
    """

    def __init__(self, source: str | bytes | Callable[[], str], flags: int = 0, *, regex: bool = False) -> None:
        self._source = source
        self._flags = flags
        self._regex = regex

    def compiled(self) -> Any:
        """The compiled pattern (``re.Pattern``, or ``regex.Pattern`` for ``regex=True``)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            source = self._source if isinstance(self._source, str | bytes) else self._source()
            if self._regex:
                import regex

                found = regex.compile(source, self._flags)
            else:
                found = re.compile(source, self._flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
            self.__dict__["_compiled"] = found
        return found

    @property
    def pattern(self) -> str | bytes:
        return self.compiled().pattern

    search = _first_use("search")
    match = _first_use("match")
    fullmatch = _first_use("fullmatch")
    finditer = _first_use("finditer")
    findall = _first_use("findall")
    sub = _first_use("sub")
    subn = _first_use("subn")
    split = _first_use("split")

    def __repr__(self) -> str:
        source = self._source if isinstance(self._source, str | bytes) else getattr(self._source, "__name__", "<built>")
        return f"LazyPattern({source!r}{', regex=True' if self._regex else ''})"


def read_shipped(package: str, name: str) -> bytes:
    """The bytes of the file ``name`` (a path with ``/``) shipped in ``package``, read by the package's
    loader (``pkgutil.get_data``: from a folder or a zip file alike). ``importlib.resources`` would
    import ``pathlib``, ``tempfile`` and ``zipfile`` first: ~6 ms at import, ~1.5 ms more at the first read.

    >>> read_shipped("cleantext", "data/chrome_analysis.json")[:1]
    b'{'
    """
    import pkgutil

    data = pkgutil.get_data(package, name)
    if data is None:  # a loader that cannot read files
        raise OSError(f"{package} cannot read {name}")
    return data
