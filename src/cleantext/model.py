"""The decision model every step shares.

A step is written once, as a *decider*: it reads the document as a list of lines and returns an
:class:`Outcome` -- the lines it keeps (possibly changed), where each came from, and one
:class:`Edit` per line it removed or changed, with a short reason label. The step's public
``str -> str`` face and :func:`cleantext.explain` both read that same outcome, so what a step does
and what it says it did cannot drift apart.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, Literal, NamedTuple, Protocol, overload

__all__ = [
    "Decider",
    "Edit",
    "Edits",
    "Outcome",
    "decider_of",
    "register_step",
    "registered_steps",
    "removed_only",
    "split_lines",
]

Action = Literal["remove", "change"]


class Edit(NamedTuple):
    """One decision about one line: removed, or changed, and why.

    ``line`` is a 0-based index into the lines the step received (a pipeline maps it back to the
    line of its own input). ``ref`` points at another line the decision depends on, such as the
    earlier copy of a duplicated line. A named tuple, as ftfy's explanation steps are: cheap to make
    by the million (a blank line each, in ``tidy``). (The garbage collector keeps tracking it, as every named
    tuple: CPython stops tracking only exact tuples of untracked items; docs/safety.md.)

    >>> Edit(3, "remove", "duplicate", "Share this", ref=0).label
    'duplicate-of-line-1'
    """

    line: int
    action: Action
    reason: str
    before: str
    after: str = ""
    ref: int | None = None
    step: str = ""

    def moved(self, to: Sequence[int]) -> Edit:
        """The same edit with its ``line`` and ``ref`` read through ``to`` (a step's line -> an earlier line).

        >>> Edit(1, "remove", "duplicate", "Share this", ref=0).moved([4, 7])
        Edit(line=7, action='remove', reason='duplicate', before='Share this', after='', ref=4, step='')
        """
        ref = self.ref
        return Edit(
            to[self.line],
            self.action,
            self.reason,
            self.before,
            self.after,
            None if ref is None else to[ref],
            self.step,
        )

    @property
    def label(self) -> str:
        """The reason as shown to people, e.g. ``comment-policy`` or ``duplicate-of-line-3``."""
        if self.ref is None:
            return self.reason
        return f"{self.reason}-of-line-{self.ref + 1}"


class Edits(Sequence[Edit]):
    """A step's edits, kept as plain tuples until somebody reads them.

    ``clean()`` never reads the edits of its steps, and a million :class:`Edit` objects (a blank line
    each, in ``tidy``) would cost more than the decisions: named tuples are never untracked by the
    garbage collector, which then walks them again and again. Plain tuples of strings and numbers
    are untracked, so the rows cost little until :func:`cleantext.explain` turns them into edits.

    >>> edits = Edits([(2, "remove", "extra-blank-line", "  ", "", None)], step="tidy")
    >>> list(edits)
    [Edit(line=2, action='remove', reason='extra-blank-line', before='  ', after='', ref=None, step='tidy')]
    """

    __slots__ = ("_rows", "_step")

    def __init__(self, rows: Iterable[tuple[int, Action, str, str, str, int | None]] = (), step: str = "") -> None:
        self._rows = list(rows)
        self._step = step

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Edit: ...
    @overload
    def __getitem__(self, index: slice) -> list[Edit]: ...
    def __getitem__(self, index: int | slice) -> Edit | list[Edit]:
        if isinstance(index, slice):
            return [Edit(*row, self._step) for row in self._rows[index]]
        return Edit(*self._rows[index], self._step)

    def __iter__(self) -> Iterator[Edit]:
        step = self._step
        return (Edit(*row, step) for row in self._rows)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]  # compared by content, like a list

    def __repr__(self) -> str:
        return f"Edits({list(self)!r})"


class _Removed(Edits):
    """The edits of a step that removed lines, made from its decisions only when somebody reads them.

    A row per removed line (a tuple, its index and the line) would cost about what the line does,
    and ``clean()`` reads none: until read, only the decisions (line -> reason, ref) are held.
    """

    __slots__ = ("_lines", "_made", "_removals")

    def __init__(self, lines: Sequence[str], removals: Mapping[int, tuple[str, int | None]], step: str) -> None:
        self._lines = lines
        self._removals = removals
        self._step = step
        self._made: list[tuple[int, Action, str, str, str, int | None]] | None = None

    @property  # type: ignore[override]  # the rows of Edits, made on first use
    def _rows(self) -> list[tuple[int, Action, str, str, str, int | None]]:
        if self._made is None:
            lines = self._lines
            self._made = [
                (index, "remove", reason, lines[index], "", ref)
                for index, (reason, ref) in sorted(self._removals.items())
            ]
        return self._made

    def __len__(self) -> int:
        return len(self._removals)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a step decided for a document: the lines it keeps and the edits it made.

    ``origin[k]`` is the index of the input line that output line ``k`` came from (a compact
    sequence: a ``range`` when nothing moved, an ``array`` otherwise, not a list of int objects).
    """

    lines: list[str]
    origin: Sequence[int]
    edits: Sequence[Edit] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @classmethod
    def unchanged(cls, lines: Sequence[str]) -> Outcome:
        return cls(list(lines), range(len(lines)))

    @classmethod
    def removing(cls, lines: Sequence[str], removals: Mapping[int, tuple[str, int | None]], step: str) -> Outcome:
        """Keep every line but those in ``removals`` (index -> (reason, ref)); the edits are made from
        ``removals`` when read."""
        if not removals:
            return cls.unchanged(lines)
        keep = bytearray(b"\x01") * len(lines)
        for index in removals:
            keep[index] = 0
        return cls(
            list(compress(lines, keep)), array("q", compress(range(len(lines)), keep)), _Removed(lines, removals, step)
        )

    @classmethod
    def changing(cls, lines: Sequence[str], new_lines: Sequence[str], reasons: Sequence[str], step: str) -> Outcome:
        """Replace each line by its counterpart in ``new_lines``; ``reasons`` labels the changed ones."""
        rows = [
            (index, "change", reason, old, new, None)
            for index, (old, new, reason) in enumerate(zip(lines, new_lines, reasons, strict=True))
            if old != new
        ]
        return cls(list(new_lines), range(len(new_lines)), Edits(rows, step))


class Decider(Protocol):
    """The shape of a step's decision function: lines in, :class:`Outcome` out."""

    def __call__(self, lines: Sequence[str], /, **options: Any) -> Outcome: ...


_DECIDERS: dict[Callable[..., str], Decider] = {}
_BY_NAME: dict[str, Callable[..., str]] = {}


def register_step(decide: Decider) -> Callable[[Callable[..., str]], Callable[..., str]]:
    """Mark a public ``str -> str`` step as the face of ``decide``; register it by name."""

    def register(face: Callable[..., str]) -> Callable[..., str]:
        _DECIDERS[face] = decide
        _BY_NAME[face.__name__] = face
        return face

    return register


def decider_of(step: Callable[..., str]) -> Decider | None:
    """The decider behind a registered step, or ``None`` for any other callable."""
    return _DECIDERS.get(step)


def registered_steps() -> dict[str, Callable[..., str]]:
    """Every registered step by name (the names ``--steps`` and ``--skip`` take)."""
    return dict(_BY_NAME)


def removed_only(edits: Sequence[Edit]) -> tuple[Mapping[int, tuple[str, int | None]], str] | None:
    """The decisions behind a step's edits (line -> (reason, ref)) and the step's name, when the step only
    removed lines (:meth:`Outcome.removing`), read without making an edit; else ``None``.

    >>> outcome = Outcome.removing(["Log In", "The port reopened."], {0: ("login", None)}, "strip_chrome")
    >>> removed_only(outcome.edits), removed_only([])
    (({0: ('login', None)}, 'strip_chrome'), None)
    """
    return (edits._removals, edits._step) if isinstance(edits, _Removed) else None


def split_lines(text: str) -> list[str]:
    """Split on ``\\n`` only, so that ``"\\n".join`` gives the text back exactly.

    >>> split_lines("a\\nb\\n")
    ['a', 'b', '']
    """
    return text.split("\n")


def nonblank(lines: Iterable[str]) -> list[int]:
    """Indexes of the lines holding something other than white space."""
    return [index for index, line in enumerate(lines) if line.strip()]
