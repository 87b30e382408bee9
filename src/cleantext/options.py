"""The options of the steps, as data: one frozen record per step that takes options.

Each record is the only place where its step's defaults are written: the step's face
(:func:`~cleantext.drop_duplicates`, ...) and its decider take their keyword defaults from the record's
default instance, and :class:`cleantext.Config` groups the records of every step. A record checks
the type of each value when it is made, and refuses a wrong one with
:class:`~cleantext.OptionError`.

Steps without options (``repair``, ``tidy``) have no record; ``strip_site_chrome`` takes its
record whole, as ``thresholds`` (its ``profile`` and ``site`` are what it reads, not options).
"""

from __future__ import annotations

import functools
import math
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar

from .errors import OptionError
from .rules import DEFAULT_RULES, Rule
from .shapes import DEFAULT_NOTICES, DEFAULT_TEASERS, DEFAULT_THREADS, Notice, Teasers, Thread

__all__ = [
    "BoilerplateOptions",
    "ChromeOptions",
    "DecisionOptions",
    "DuplicateOptions",
    "SiteThresholds",
    "StepOptions",
]


@functools.cache
def _types(cls: type) -> dict[str, Any]:
    """The declared type of each option (field) of the record ``cls``, in order, resolved once."""
    hints = typing.get_type_hints(cls)
    return {spec.name: hints[spec.name] for spec in fields(cls)}


#: The rule sets the package ships: taken as they are, without checking each item again.
_RULE_SETS = (DEFAULT_RULES, DEFAULT_NOTICES, DEFAULT_THREADS, DEFAULT_TEASERS)


def _checked(name: str, value: Any, expected: Any) -> Any:
    """``value`` if it is of the type ``expected``; a sequence of rules comes back as a tuple."""
    if expected is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if expected is float and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if any(value is default for default in _RULE_SETS):
        return value
    if typing.get_origin(expected) is tuple:
        item = typing.get_args(expected)[0]
        if isinstance(value, list | tuple) and all(isinstance(one, item) for one in value):
            return tuple(value)
    shown = getattr(expected, "__name__", None) or str(expected).replace("cleantext.rules.", "")
    raise OptionError(f"{name} must be {shown}, not {type(value).__name__} ({value!r})"[:300])


@functools.cache
def _default(cls: type) -> Any:
    """The default instance of the record ``cls``, made once."""
    return cls()


class StepOptions:
    """What every step's record shares: type checks when made, ``replace``, and the face keywords it gives.

    A subclass is a frozen dataclass; ``STEP`` names the step it configures.
    """

    __slots__ = ()
    STEP: ClassVar[str] = ""

    def __post_init__(self) -> None:
        for name, expected in _types(type(self)).items():
            value = getattr(self, name)
            if _checked(f"{self.STEP}.{name}", value, expected) is not value:
                object.__setattr__(self, name, tuple(value))

    def replace(self, **changes: Any) -> Any:
        """A copy with ``changes``; an option the step does not have raises :class:`~cleantext.OptionError`.

        >>> DuplicateOptions().replace(min_words=8)
        DuplicateOptions(min_words=8, label_repeats=3)
        >>> DuplicateOptions().replace(min_word=8)
        Traceback (most recent call last):
        ...
        cleantext.errors.OptionError: drop_duplicates has no option 'min_word'; its options: min_words, label_repeats
        """
        for name in changes:
            self.require(name)
        return replace(self, **changes)  # type: ignore[type-var]

    def require(self, name: str) -> None:
        """Raise :class:`~cleantext.OptionError` unless the step has the option ``name``.

        >>> BoilerplateOptions().require("max_gap")
        >>> BoilerplateOptions().require("gap")
        Traceback (most recent call last):
        ...
        cleantext.errors.OptionError: strip_boilerplate has no option 'gap'; its options: min_words, max_gap, keep_ratio
        """
        known = list(_types(type(self)))
        if name not in known:
            raise OptionError(f"{self.STEP} has no option {name!r}; its options: {', '.join(known)}")

    def keywords(self) -> dict[str, Any]:
        """The keyword options of the step's face that differ from their defaults.

        >>> BoilerplateOptions(max_gap=2).keywords()
        {'max_gap': 2}
        """
        default = _default(type(self))
        return {
            name: getattr(self, name) for name in _types(type(self)) if getattr(self, name) != getattr(default, name)
        }


@dataclass(frozen=True, slots=True)
class DuplicateOptions(StepOptions):
    """Options of :func:`~cleantext.drop_duplicates`.

    ``min_words``: the words from which a line that repeats earlier text is dropped;
    ``label_repeats``: how many times a short label must stand to go in every place (0: never).

    >>> DuplicateOptions()
    DuplicateOptions(min_words=5, label_repeats=3)
    """

    STEP: ClassVar[str] = "drop_duplicates"
    min_words: int = 5
    label_repeats: int = 3


@dataclass(frozen=True, slots=True)
class ChromeOptions(StepOptions):
    """Options of :func:`~cleantext.strip_chrome`: the ``rules``, ``notices``, comment ``threads`` and boxes of
    other stories' headlines (``teasers``) it applies (:mod:`cleantext.rules`).

    >>> ChromeOptions()
    ChromeOptions(rules=DEFAULT_RULES, notices=DEFAULT_NOTICES, threads=DEFAULT_THREADS, teasers=DEFAULT_TEASERS)
    >>> ChromeOptions(rules=[rule for rule in DEFAULT_RULES if rule.name == "login"], notices=(), threads=())
    ChromeOptions(rules=<1 rule: login>, notices=<0 notices>, threads=<0 threads>, teasers=DEFAULT_TEASERS)
    """

    STEP: ClassVar[str] = "strip_chrome"
    rules: tuple[Rule, ...] = DEFAULT_RULES
    notices: tuple[Notice, ...] = DEFAULT_NOTICES
    threads: tuple[Thread, ...] = DEFAULT_THREADS
    teasers: tuple[Teasers, ...] = DEFAULT_TEASERS

    def __repr__(self) -> str:
        rules = _shown(self.rules, DEFAULT_RULES, "DEFAULT_RULES", "rule")
        notices = _shown(self.notices, DEFAULT_NOTICES, "DEFAULT_NOTICES", "notice")
        threads = _shown(self.threads, DEFAULT_THREADS, "DEFAULT_THREADS", "thread")
        teasers = _shown(self.teasers, DEFAULT_TEASERS, "DEFAULT_TEASERS", "box", "boxes")
        return f"ChromeOptions(rules={rules}, notices={notices}, threads={threads}, teasers={teasers})"


def _shown(
    items: tuple[Rule, ...] | tuple[Notice, ...] | tuple[Thread, ...] | tuple[Teasers, ...],
    default: tuple,
    default_name: str,
    kind: str,
    kinds: str = "",
) -> str:
    """A rule set as a repr shows it: ``default_name`` when it is ``default``, else how many and their names."""
    if items is default or items == default:
        return default_name
    names = ", ".join(item.name for item in items)
    counted = kind if len(items) == 1 else kinds or f"{kind}s"
    return f"<{len(items)} {counted}{': ' if names else ''}{names}>"


@dataclass(frozen=True, slots=True)
class BoilerplateOptions(StepOptions):
    """Options of :func:`~cleantext.strip_boilerplate`.

    ``min_words``: the length from which a paragraph ending a sentence counts as prose; ``max_gap``:
    how many non-prose paragraphs may stand inside the article; ``keep_ratio``: how heavy, against
    the article, a distant run of prose must be to be kept.

    >>> BoilerplateOptions(keep_ratio=0.25).keep_ratio
    0.25
    """

    STEP: ClassVar[str] = "strip_boilerplate"
    min_words: int = 8
    max_gap: int = 4
    keep_ratio: float = 0.5


@dataclass(frozen=True, slots=True)
class DecisionOptions(StepOptions):
    """Options of :func:`~cleantext.keep_article`: when its learned score overrules the rules.

    ``remove_below``: the probability of being article text under which the model removes a paragraph
    no rule touches (outside the span of article sentences; 0: never); ``keep_above``: the probability
    from which it keeps a sentence a rule would remove (1: never). The defaults are the thresholds the
    shipped model was validated with (its provenance file; a test holds the two equal).
    ``remove_inside``: the probability under which the model removes a paragraph no rule touches inside
    the span of article sentences, unless it anchors that span (0: never, the default);
    ``keep_structure``: the probability from which it keeps a paragraph that is not a sentence and that
    only the structure rules (``page-header``, ``page-footer``, ``outside-article``) would remove (1:
    never, the default).

    >>> DecisionOptions()
    DecisionOptions(remove_below=0.4, keep_above=0.97, remove_inside=0.0, keep_structure=1.0)
    >>> DecisionOptions(keep_above=2.0)
    Traceback (most recent call last):
    ...
    cleantext.errors.OptionError: keep_article.keep_above must be between 0 and 1, not 2.0
    """

    STEP: ClassVar[str] = "keep_article"
    remove_below: float = 0.4
    keep_above: float = 0.97
    remove_inside: float = 0.0
    keep_structure: float = 1.0

    def __post_init__(self) -> None:
        StepOptions.__post_init__(self)
        for name in ("remove_below", "keep_above", "remove_inside", "keep_structure"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise OptionError(f"keep_article.{name} must be between 0 and 1, not {value!r}")


@dataclass(frozen=True, slots=True)
class SiteThresholds(StepOptions):
    """How many of a site's pages a line must be seen on before :func:`~cleantext.strip_site_chrome` removes it.

    Nothing goes until the site has ``min_pages`` distinct pages; then a unit (a line, or a
    hard-wrapped paragraph) must be seen on ``min_count`` pages or more, and on a share of the site's
    pages that grows with its length: ``short_share`` up to ``short_words`` words, ``long_share`` for
    prose (a sentence of ``prose_words`` words or more, or any unit of ``long_words``), ``mid_share``
    in between. The step takes the record whole, as ``thresholds``.

    >>> SiteThresholds().needed(words=3, sentence=False, pages=40), SiteThresholds().needed(40, True, 40)
    (8, 20)
    """

    STEP: ClassVar[str] = "strip_site_chrome"
    min_pages: int = 5
    min_count: int = 3
    short_words: int = 8
    prose_words: int = 12
    long_words: int = 30
    short_share: float = 0.2
    mid_share: float = 0.3
    long_share: float = 0.5

    def needed(self, words: int, sentence: bool, pages: int) -> int:
        """On how many of ``pages`` a unit of ``words`` words must be seen to be the site's furniture."""
        if words >= self.long_words or (sentence and words >= self.prose_words):
            share = self.long_share
        elif words <= self.short_words:
            share = self.short_share
        else:
            share = self.mid_share
        return max(self.min_count, math.ceil(share * pages - 1e-9))

    def keywords(self) -> dict[str, Any]:
        """``{"thresholds": self}`` unless these are the defaults.

        >>> SiteThresholds(min_pages=3).keywords()
        {'thresholds': SiteThresholds(min_pages=3, min_count=3, short_words=8, prose_words=12, long_words=30, short_share=0.2, mid_share=0.3, long_share=0.5)}
        """
        return {} if self == _default(SiteThresholds) else {"thresholds": self}


#: The types of option that a setting written as text (the command's ``--set``) can give, and what they are called.
TEXT_TYPES: Mapping[Any, tuple[type, str]] = {int: (int, "an integer"), float: (float, "a number")}


def from_text(record: StepOptions) -> dict[str, Any]:
    """The options of ``record`` that a setting written as text can give, with their values.

    >>> from_text(ChromeOptions()), from_text(DuplicateOptions())
    ({}, {'min_words': 5, 'label_repeats': 3})
    """
    return {name: getattr(record, name) for name, expected in _types(type(record)).items() if expected in TEXT_TYPES}


def parse_value(record: StepOptions, name: str, text: str) -> Any:
    """The value ``text`` (as written on a command line) for the option ``name`` of ``record``.

    >>> parse_value(BoilerplateOptions(), "keep_ratio", "0.25")
    0.25
    >>> parse_value(DuplicateOptions(), "min_words", "many")
    Traceback (most recent call last):
    ...
    cleantext.errors.OptionError: drop_duplicates.min_words takes an integer, not 'many'
    """
    record.require(name)
    expected = _types(type(record))[name]
    if expected not in TEXT_TYPES:
        raise OptionError(f"{record.STEP}.{name} cannot be set from text: set it from Python")
    convert, described = TEXT_TYPES[expected]
    try:
        return convert(text.strip())
    except ValueError:
        raise OptionError(f"{record.STEP}.{name} takes {described}, not {text!r}") from None
