"""Compose steps into a pipeline, run it, and explain what each step did.

A pipeline is itself a step: ``str -> str``. It pickles (its steps are module-level functions or
``functools.partial`` of them), compares equal to a pipeline of the same steps and options, and shows
itself as the expression that builds it.

Registered steps pass their lines along without re-joining the text in between; any other
``str -> str`` callable can take part too, and its edits are recovered by comparing lines.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import OptionError, PipelineError
from .memory import LARGE, give_back
from .model import Edit, Outcome, decider_of, split_lines

__all__ = ["Pipeline", "Report", "explain_with", "pipeline", "step_name"]

Step = Callable[[str], str]


def step_name(step: Step) -> str:
    """A step's name: its function's (a partial's too), else its type's; :attr:`Pipeline.names` reads it.

    >>> from functools import partial
    >>> from cleantext import tidy
    >>> step_name(partial(tidy)), step_name(str.upper)
    ('tidy', 'upper')
    """
    base = step.func if isinstance(step, functools.partial) else step
    return getattr(base, "__name__", type(base).__name__)


def _step_key(step: Step) -> Any:
    """What makes two steps the same step: partials compare by function and options."""
    if isinstance(step, functools.partial):
        return ("partial", _step_key(step.func), step.args, tuple(sorted(step.keywords.items())))
    return step


@functools.cache
def _required_of(function: Callable[..., str]) -> tuple[str, ...]:
    """The keyword-only options of ``function`` that have no default: a step must be given them."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):  # a callable whose signature Python cannot read
        return ()
    return tuple(spec.name for spec in parameters if spec.kind is spec.KEYWORD_ONLY and spec.default is spec.empty)


def _missing(step: Step) -> tuple[str, ...]:
    """The options ``step`` must be given and was not (as ``strip_site_chrome`` needs its ``profile``)."""
    partial = isinstance(step, functools.partial)
    base = step.func if partial else step
    try:
        required = _required_of(base)
    except TypeError:  # not hashable: read it each time
        required = _required_of.__wrapped__(base)
    if not required or not partial:
        return required
    return tuple(name for name in required if name not in step.keywords)


def _step_repr(step: Step) -> str:
    if isinstance(step, functools.partial):
        options = [repr(arg) for arg in step.args] + [f"{key}={value!r}" for key, value in step.keywords.items()]
        return f"partial({', '.join([_step_repr(step.func), *options])})"
    if isinstance(step, Pipeline):
        return repr(step)
    return step_name(step)


def _run_opaque(step: Step, lines: Sequence[str], name: str) -> Outcome:
    """Run an unregistered ``str -> str`` step and recover its edits by comparing lines."""
    import difflib  # only other steps need it: not loaded with cleantext

    new_lines = split_lines(step("\n".join(lines)))
    origin: list[int] = []
    edits: list[Edit] = []
    matcher = difflib.SequenceMatcher(None, list(lines), new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            origin.extend(range(i1, i2))
            continue
        for offset in range(j2 - j1):  # new or changed lines come from the nearest old line
            source = min(i1 + offset, max(i2 - 1, i1))
            origin.append(min(source, max(len(lines) - 1, 0)))
            if offset < i2 - i1:
                edits.append(
                    Edit(
                        i1 + offset,
                        "change",
                        f"changed-by-{name}",
                        lines[i1 + offset],
                        new_lines[j1 + offset],
                        step=name,
                    )
                )
        edits.extend(
            Edit(index, "remove", f"removed-by-{name}", lines[index], step=name) for index in range(i1 + (j2 - j1), i2)
        )
    return Outcome(new_lines, origin, edits)


def run_step(step: Step, lines: Sequence[str]) -> Outcome:
    """Run one step (never a Pipeline: pipelines flatten their steps) and return its decision."""
    base, args, options = step, (), {}
    if isinstance(step, functools.partial):
        base, args, options = step.func, step.args, dict(step.keywords)
    decide = decider_of(base)
    if decide is None or args:
        return _run_opaque(step, lines, step_name(step))
    return decide(lines, **options)


def _taken(lines: list[str], size: int = 4096) -> Iterator[str]:
    """``"\\n".join(lines)`` in pieces of ``size`` lines, each piece but the last ending with its line
    break; the lines are taken out of the list (left empty) as each piece is made.

    >>> lines = ["a", "b", "", "c"]
    >>> list(_taken(lines, 2)), lines
    (['a\\nb\\n', '\\nc'], [])
    """
    lines.reverse()
    while lines:
        group = lines[-size:]
        del lines[-size:]
        group.reverse()
        if lines:
            group.append("")  # the line break before the next piece
        yield "\n".join(group)


def _clip(text: str, width: int = 100) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _difference(before: str, after: str, context: int = 12) -> tuple[str, str]:
    """The part of two strings that differs, with a little context on each side."""
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    low = max(start - context, 0)
    return _clip(before[low : len(before) - max(end - context, 0)]), _clip(
        after[low : len(after) - max(end - context, 0)]
    )


@dataclass(frozen=True, slots=True)
class Report:
    """The result of a pipeline run: the text, and every edit, by line of the original input.

    ``edits`` are in pipeline order; each ``line`` (and ``ref``) counts from 0 in the input text.
    ``origin[k]`` is the input line that output line ``k`` came from.
    """

    text: str
    edits: tuple[Edit, ...]
    origin: tuple[int, ...]

    @property
    def removed(self) -> tuple[Edit, ...]:
        """The removals of lines that held text (blank-line tidying left out)."""
        return tuple(edit for edit in self.edits if edit.action == "remove" and edit.before.strip())

    @property
    def changed(self) -> tuple[Edit, ...]:
        return tuple(edit for edit in self.edits if edit.action == "change")

    def lines(self) -> Iterator[str]:
        """One human-readable line per removal or text change, by input line, e.g. for ``--explain``."""
        for edit in sorted(self.edits, key=lambda edit: edit.line):
            if edit.action == "remove" and edit.before.strip():
                yield f"line {edit.line + 1}: removed by {edit.step} ({edit.label}): {_clip(edit.before.strip())}"
            elif edit.action == "change" and edit.before.strip() != edit.after.strip():
                before, after = _difference(edit.before, edit.after)
                yield f"line {edit.line + 1}: changed by {edit.step} ({edit.label}): {before!r} -> {after!r}"

    def __str__(self) -> str:
        return "\n".join(self.lines())


class Pipeline:
    """Steps applied in order; itself a ``str -> str`` step. Build one with :func:`pipeline`."""

    __slots__ = ("_missing", "steps")

    def __init__(self, *steps: Step) -> None:
        flat: list[Step] = []
        for step in steps:
            if not callable(step):
                raise PipelineError(f"a pipeline step must be a str -> str callable, not {step!r}")
            flat.extend(step.steps if isinstance(step, Pipeline) else (step,))
        self.steps: tuple[Step, ...] = tuple(flat)
        missing = [(step, _missing(step)) for step in flat]
        self._missing = tuple((step_name(step), name) for step, names in missing if names for name in names)

    @property
    def names(self) -> tuple[str, ...]:
        """The name of each step, as ``--steps`` and ``--skip`` name it: a partial by its function's.

        >>> from functools import partial
        >>> from cleantext import drop_duplicates, repair
        >>> pipeline(repair, partial(drop_duplicates, min_words=3)).names
        ('repair', 'drop_duplicates')
        """
        return tuple(step_name(step) for step in self.steps)

    def missing_options(self) -> tuple[tuple[str, str], ...]:
        """The options that steps of this pipeline must be given and were not, as ``(step, option)``.

        >>> from cleantext import parse_steps
        >>> parse_steps("repair,strip_site_chrome").missing_options()
        (('strip_site_chrome', 'profile'),)
        """
        return self._missing

    def check(self) -> None:
        """Raise :class:`~cleantext.OptionError` when a step lacks an option it must be given; a pipeline
        checks itself so before it reads a text, and :func:`cleantext.clean` before it reads a document.

        >>> from cleantext import parse_steps
        >>> parse_steps("repair,strip_site_chrome").check()
        Traceback (most recent call last):
        ...
        cleantext.errors.OptionError: the step strip_site_chrome needs its option 'profile', which it was not given: bind it, functools.partial(strip_site_chrome, profile=...), or give clean() or explain() profile=... (a cleantext.Profile, see cleantext.learn)
        """
        if not self._missing:
            return
        step, option = self._missing[0]
        how = f"bind it, functools.partial({step}, {option}=...)"
        if (step, option) == ("strip_site_chrome", "profile"):
            how += ", or give clean() or explain() profile=... (a cleantext.Profile, see cleantext.learn)"
        raise OptionError(f"the step {step} needs its option {option!r}, which it was not given: {how}")

    def __call__(self, text: str) -> str:
        self.check()
        if not self.steps:
            return text
        lines = self._lines(split_lines(text))
        if len(text) >= LARGE:
            give_back()  # what the steps freed, before the output's one large block is made
        return "\n".join(lines)

    def pieces(self, box: list[str]) -> Iterator[str]:
        """Run on the text taken out of ``box`` (left empty); give the result back in pieces.

        For a caller that can let go of its text, such as a command writing to a file: the text is
        dropped once split into lines, and each piece is made from lines that are then dropped, so the
        text, its lines and the whole result are never held at once. ``"".join`` of the pieces is
        what calling the pipeline on the text returns. The steps run before this returns (errors are
        raised here); the pieces are made as they are asked for.

        >>> from cleantext import tidy
        >>> box = ["one  \\n\\n\\n\\ntwo"]
        >>> "".join(pipeline(tidy).pieces(box)), box
        ('one\\n\\ntwo\\n', [])
        """
        self.check()
        text = box.pop()
        if not self.steps:
            return iter((text,))
        large = len(text) >= LARGE
        lines = split_lines(text)
        del text
        lines = self._lines(lines)
        if large:
            give_back()
        return _taken(lines)

    def _lines(self, lines: list[str]) -> list[str]:
        for step in self.steps:
            lines = run_step(step, lines).lines
        return lines

    def run(self, text: str) -> Report:
        """Run every step, keeping each one's edits mapped back to the lines of ``text``."""
        lines, edits, to_input = self.run_lines(split_lines(text))
        return Report("\n".join(lines), tuple(edits), tuple(to_input))

    def run_lines(self, lines: Sequence[str]) -> tuple[Sequence[str], list[Edit], list[int]]:
        """:meth:`run` on a text's lines: the lines left, every edit by line of ``lines``, and for each
        line left the line of ``lines`` it came from.

        >>> from cleantext import strip_chrome
        >>> left, edits, origin = pipeline(strip_chrome).run_lines(["Log In", "The port reopened."])
        >>> left, [(edit.line, edit.reason) for edit in edits], origin
        (['The port reopened.'], [(0, 'login')], [1])
        """
        self.check()
        to_input = list(range(len(lines)))  # current line -> input line
        edits: list[Edit] = []
        for step in self.steps:
            outcome = run_step(step, lines)
            edits.extend(edit.moved(to_input) for edit in outcome.edits)
            to_input = [to_input[index] for index in outcome.origin]
            lines = outcome.lines
        return lines, edits, to_input

    def __repr__(self) -> str:
        return f"pipeline({', '.join(_step_repr(step) for step in self.steps)})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Pipeline):
            return NotImplemented
        return [_step_key(s) for s in self.steps] == [_step_key(s) for s in other.steps]

    def __hash__(self) -> int:
        return hash(tuple(_step_key(step) for step in self.steps))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Pipeline, self.steps)


def pipeline(*steps: Step) -> Pipeline:
    """Compose ``str -> str`` steps, applied left to right, into one step.

    >>> from functools import partial
    >>> from cleantext import repair, drop_duplicates, tidy
    >>> p = pipeline(repair, partial(drop_duplicates, min_words=3), tidy)
    >>> p
    pipeline(repair, partial(drop_duplicates, min_words=3), tidy)
    >>> p("donâ€™t stop me now\\ndonâ€™t stop me now")
    'don’t stop me now\\n'
    """
    return Pipeline(*steps)


def explain_with(steps: Pipeline | Step, text: str) -> Report:
    """Run ``steps`` (a pipeline or one step) on ``text`` and report every edit."""
    chain = steps if isinstance(steps, Pipeline) else Pipeline(steps)
    return chain.run(text)
