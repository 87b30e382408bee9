"""What runs on a document: its route (HTML page or text) and the steps of that route, with their options.

:func:`route` is the one place that decides whether a document takes the HTML path
(:func:`cleantext.from_html`, then the text steps of :data:`ROUTES` ``["html"]`` on its article) or the
text path (the steps of :data:`ROUTES` ``["text"]``): :func:`cleantext.clean`, :func:`cleantext.explain`,
the command and the integrations all ask it. :class:`Config` holds the options of every step (one
record each, :mod:`cleantext.options`) and builds each route's pipeline from them, as ftfy's
``TextFixerConfig`` holds its fixes' options.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Literal

from .annotate import ANNOTATORS
from .chrome import strip_chrome
from .decision import keep_article
from .errors import OptionError
from .layout import tidy
from .markup import is_markup
from .model import registered_steps
from .options import (
    BoilerplateOptions,
    ChromeOptions,
    DecisionOptions,
    DuplicateOptions,
    SiteThresholds,
    StepOptions,
    from_text,
    parse_value,
)
from .pipeline import Pipeline, Step, pipeline, step_name
from .repair import repair

__all__ = ["KINDS", "ROUTES", "Config", "parse_steps", "route"]

#: What ``kind`` may be: ``"auto"`` routes a document that is markup (:func:`cleantext.is_markup`) to
#: the HTML path, any other to the text path; ``"html"`` and ``"text"`` force one path.
KINDS = ("auto", "html", "text")

#: The steps each route runs, in order. Text: repair; keep the article (:func:`cleantext.keep_article`:
#: the rule steps ``drop_duplicates``, ``strip_chrome`` and ``strip_boilerplate`` annotate each line,
#: a learned score overrules them where it is sure, one decision per paragraph); tidy. HTML (on what
#: trafilatura extracted): ``strip_chrome`` alone decides: after extraction, the lines a page repeats
#: are recipes, spec lists and table rows of the article, ``strip_boilerplate`` is tuned for whole
#: pages as text, and both only cost recall (see docs/html.md).
ROUTES: Mapping[str, tuple[Step, ...]] = MappingProxyType(
    {
        "text": (repair, keep_article, tidy),
        "html": (repair, strip_chrome, tidy),
    }
)


def route(document: str | bytes, kind: str = "auto") -> Literal["html", "text"]:
    """The path ``document`` takes for ``kind`` (one of :data:`KINDS`): ``"html"`` or ``"text"``.

    >>> route("<html><body><p>The port reopened.</p></body></html>"), route("The port reopened.")
    ('html', 'text')
    >>> route("<p>A page</p><p>forced</p>", kind="text")
    'text'
    >>> route("text", kind="pdf")
    Traceback (most recent call last):
    ...
    cleantext.errors.OptionError: kind must be one of 'auto', 'html', 'text', not 'pdf'
    """
    if kind == "auto":
        return "html" if is_markup(document) else "text"
    if kind == "html" or kind == "text":
        return kind
    raise OptionError(f"kind must be one of {', '.join(map(repr, KINDS))}, not {kind!r}")


def parse_steps(names: str | Iterable[str]) -> Pipeline:
    """The pipeline of the registered steps (:func:`cleantext.registered_steps`) named, in that order.

    ``names`` is written as the command's ``--steps`` (``"repair,keep_article,tidy"``) or given one name
    at a time; blanks around a name are ignored, and no name at all makes an empty pipeline (a page is
    then only extracted). An unknown name raises :class:`~cleantext.OptionError`.

    >>> parse_steps("repair, strip_chrome,tidy")
    pipeline(repair, strip_chrome, tidy)
    >>> from cleantext import LEARNED_PIPELINE
    >>> parse_steps(["repair", "keep_article", "tidy"]) == LEARNED_PIPELINE
    True
    >>> parse_steps("repair,bogus")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.OptionError: unknown step 'bogus'; the steps are: drop_duplicates, keep_article, repair, ...
    """
    known = registered_steps()
    chosen = []
    for name in names.split(",") if isinstance(names, str) else names:
        if not isinstance(name, str):
            raise OptionError(f"a step is named by a string, not {name!r}")
        name = name.strip()
        if name and name not in known:
            raise OptionError(f"unknown step {name!r}; the steps are: {', '.join(sorted(known))}")
        if name:
            chosen.append(known[name])
    return pipeline(*chosen)


@dataclass(frozen=True, slots=True)
class Config:
    """The options of every step that has some, one record per step, named by the step.

    ``replace`` takes, for each step, a record or a mapping of its options to change. Unknown steps
    and options, and values of the wrong type, raise :class:`~cleantext.OptionError`. A config
    pickles and compares equal by value; :meth:`pipeline` builds a route's steps from it.

    >>> config = Config().replace(drop_duplicates={"min_words": 8})
    >>> config.drop_duplicates
    DuplicateOptions(min_words=8, label_repeats=3)
    >>> config.pipeline("html")
    pipeline(repair, strip_chrome, tidy)
    >>> config.pipeline().steps[1].keywords["rules"]
    pipeline(partial(drop_duplicates, min_words=8), strip_chrome, strip_boilerplate)
    >>> Config().replace(drop_duplicates={"min_words": "8"})
    Traceback (most recent call last):
    ...
    cleantext.errors.OptionError: drop_duplicates.min_words must be int, not str ('8')
    """

    drop_duplicates: DuplicateOptions = field(default_factory=DuplicateOptions)
    strip_chrome: ChromeOptions = field(default_factory=ChromeOptions)
    strip_boilerplate: BoilerplateOptions = field(default_factory=BoilerplateOptions)
    strip_site_chrome: SiteThresholds = field(default_factory=SiteThresholds)
    keep_article: DecisionOptions = field(default_factory=DecisionOptions)

    def __post_init__(self) -> None:
        for spec in fields(self):
            record, expected = getattr(self, spec.name), spec.default_factory
            if type(record) is not expected:
                raise OptionError(f"{spec.name} takes a {expected.__name__}, not {type(record).__name__}")

    def replace(self, **changes: StepOptions | Mapping[str, Any]) -> Config:
        """A copy with the options of some steps changed: ``replace(step=record or {option: value})``.

        >>> Config().replace(strip_boilerplate={"max_gap": 2}).strip_boilerplate.max_gap
        2
        >>> Config().replace(repair={"fast": False})
        Traceback (most recent call last):
        ...
        cleantext.errors.OptionError: no step repair with options; the steps with options: drop_duplicates, strip_chrome, strip_boilerplate, strip_site_chrome, keep_article
        """
        records = {spec.name: getattr(self, spec.name) for spec in fields(self)}
        for step, change in changes.items():
            record = self.options(step)
            records[step] = record.replace(**change) if isinstance(change, Mapping) else change
        return Config(**records)

    def options(self, step: str) -> StepOptions:
        """The options record of the step named ``step``.

        >>> Config().options("strip_boilerplate").min_words
        8
        """
        if step not in _STEPS_WITH_OPTIONS:
            steps = ", ".join(spec.name for spec in fields(self))
            raise OptionError(f"no step {step} with options; the steps with options: {steps}")
        return getattr(self, step)

    def with_settings(self, settings: Iterable[str]) -> Config:
        """A copy with settings written ``step.option=value`` (the command's ``--set``) applied in order.

        >>> Config().with_settings(["strip_boilerplate.keep_ratio=0.25"]).strip_boilerplate.keep_ratio
        0.25
        >>> Config().with_settings(["min_words=3"])
        Traceback (most recent call last):
        ...
        cleantext.errors.OptionError: a setting is written STEP.OPTION=VALUE, not 'min_words=3'
        """
        config = self
        for setting in settings:
            name, equals, text = setting.partition("=")
            step, dot, option = name.strip().partition(".")
            if not (equals and dot and step and option):
                raise OptionError(f"a setting is written STEP.OPTION=VALUE, not {setting!r}")
            value = parse_value(config.options(step), option, text)
            config = config.replace(**{step: {option: value}})
        return config

    def settings(self) -> dict[str, Any]:
        """Every option that a setting written as text (``--set``) can change, ``step.option``, with its value.

        >>> Config().settings()["strip_boilerplate.keep_ratio"]
        0.5
        """
        return {
            f"{spec.name}.{option}": value
            for spec in fields(self)
            for option, value in from_text(getattr(self, spec.name)).items()
        }

    def bind(self, steps: Pipeline | Step) -> Pipeline:
        """``steps`` with this config's options given to each step they concern (a step's own options win).

        >>> from cleantext import drop_duplicates
        >>> Config().replace(drop_duplicates={"min_words": 8}).bind(pipeline(repair, drop_duplicates))
        pipeline(repair, partial(drop_duplicates, min_words=8))
        """
        chain = steps if isinstance(steps, Pipeline) else pipeline(steps)
        known = registered_steps()
        return pipeline(*(self._bound(step, known) for step in chain.steps))

    def pipeline(self, route: str = "text") -> Pipeline:
        """The steps of ``route`` (``"text"`` or ``"html"``, see :data:`ROUTES`) with this config's options.

        >>> Config().pipeline("html")
        pipeline(repair, strip_chrome, tidy)
        """
        if route not in ROUTES:
            raise OptionError(f"route must be one of {', '.join(map(repr, ROUTES))}, not {route!r}")
        known = registered_steps()
        return pipeline(*(self._bound(step, known) for step in ROUTES[route]))

    def rules(self) -> Pipeline:
        """The rule steps that annotate for :func:`~cleantext.keep_article`, with this config's options for them.

        >>> Config().replace(strip_boilerplate={"max_gap": 2}).rules()
        pipeline(drop_duplicates, strip_chrome, partial(strip_boilerplate, max_gap=2))
        """
        return self.bind(ANNOTATORS)

    def _bound(self, step: Step, known: Mapping[str, Step]) -> Step:
        """``step`` with this config's options for it, when it is a registered step that has some."""
        base, given = (step.func, step.keywords) if isinstance(step, functools.partial) else (step, {})
        name = step_name(step)
        record = getattr(self, name) if name in _STEPS_WITH_OPTIONS and known.get(name) is base else None
        options = {} if record is None else record.keywords()
        if base is keep_article and (rules := self.rules()) != ANNOTATORS:
            options["rules"] = rules  # the rule steps' options reach the rules that annotate
        if not options or (isinstance(step, functools.partial) and step.args):
            return step
        return functools.partial(base, **{**options, **given})


_STEPS_WITH_OPTIONS = frozenset(spec.name for spec in fields(Config))
DEFAULT_CONFIG = Config()
