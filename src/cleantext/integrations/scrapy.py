"""A Scrapy item pipeline that cleans item fields with cleantext: ``CleantextPipeline``.

Enable it in the project's settings (``pip install 'cleantext-news[scrapy]'``)::

    ITEM_PIPELINES = {"cleantext.integrations.scrapy.CleantextPipeline": 300}
    CLEANTEXT_FIELDS = {"body": "html", "summary": "text"}   # or a list of names: kind "auto"
    CLEANTEXT_OUTPUT_FIELDS = {"body": "article"}             # keep the HTML, put the article beside it

Settings (all optional):

``CLEANTEXT_ENABLED``
    ``False`` turns the pipeline off (Scrapy is told ``NotConfigured``). Default ``True``.
``CLEANTEXT_FIELDS``
    The fields to clean: a mapping of field name to kind -- ``"html"`` (the page goes through
    :func:`cleantext.from_html`), ``"text"`` (:func:`cleantext.clean` as text) or ``"auto"`` (markup,
    by :func:`cleantext.is_markup`, is read as HTML) -- or a list of names, each ``"auto"``. On the
    command line: ``-s CLEANTEXT_FIELDS=body,summary`` or a JSON object. Default ``{"text": "auto"}``.
``CLEANTEXT_OUTPUT_FIELDS``
    Field name to the field that receives its cleaned text; by default a field is cleaned in place.
``CLEANTEXT_URL_FIELD``
    The field that holds the page's URL, given to :func:`cleantext.from_html`. Default ``"url"``;
    an item without it is cleaned all the same.
``CLEANTEXT_DROP_EMPTY``
    ``True`` drops an item (``DropItem``) when none of its cleaned fields holds an article any more.
    Default ``False``: the field is left empty.
``CLEANTEXT_ON_ERROR``
    What a value cleantext refuses does (binary bytes, a page too large, a list instead of text):
    ``"drop"`` the item, with the reason (the default), or ``"keep"`` the item with that field as it
    came, and log a warning.
``CLEANTEXT_PROFILE``
    The path of a site profile (``cleantext learn``, :meth:`cleantext.Profile.save`), read once when
    the crawl starts: each item is also cleaned of the lines the profile saw on enough pages of its
    site, the site being that of the item's URL (:func:`cleantext.site_key`; an item without a URL is
    on the profile's unnamed site). A file that cannot be read or is not a profile stops the crawl at
    start with a :class:`~cleantext.OptionError`.
``CLEANTEXT_STEPS``
    The steps to run, by name and in order, as the command's ``--steps`` takes them
    (:func:`cleantext.parse_steps`): ``"repair,drop_duplicates,strip_chrome,strip_boilerplate,tidy"`` is
    the rules alone (:data:`cleantext.RULES_PIPELINE`). For a page they run on its extracted text.
    Default: each value's route's steps (:func:`cleantext.route`; for text, the learned decision).
``CLEANTEXT_SET``
    Options of the steps, written as the command's ``--set`` (:meth:`cleantext.Config.with_settings`):
    a list such as ``["keep_article.remove_below=0.3"]``, or the settings in one string, separated by
    commas.

An unknown step, option or value in these settings stops the crawl at start with a
:class:`~cleantext.OptionError` naming the setting.

Values may be ``str`` or ``bytes`` (``response.body``: decoded by the page's declared charset); a
field that is absent or ``None`` is left alone. Items may be dicts, ``scrapy.Item`` objects or any
type ``itemadapter`` knows; an ``Item`` must declare the output fields. The crawler's stats count
``cleantext/cleaned``, ``cleantext/no_article`` and ``cleantext/failed``.

Cleaning runs in the reactor's thread, as any synchronous pipeline does; an HTML page takes a few
milliseconds.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import Any

import cleantext

from . import KINDS, check_options, clean_value, missing_extra

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem, NotConfigured
except ImportError as error:  # pragma: no cover - the extra is installed with the tests
    raise missing_extra("scrapy", error) from error

__all__ = ["CleantextPipeline"]

logger = logging.getLogger(__name__)

ON_ERROR = ("drop", "keep")


def _fields(value: Mapping[str, str] | Iterable[str] | str) -> dict[str, str]:
    """``CLEANTEXT_FIELDS`` as a mapping of field name to kind."""
    if isinstance(value, str):
        value = [name.strip() for name in value.split(",") if name.strip()]
    fields = dict(value) if isinstance(value, Mapping) else dict.fromkeys(value, "auto")
    if not fields:
        raise cleantext.OptionError("CLEANTEXT_FIELDS names no field to clean")
    for name, kind in fields.items():
        if kind not in KINDS:
            raise cleantext.OptionError(
                f"CLEANTEXT_FIELDS: field {name!r} has kind {kind!r}; the kinds are {', '.join(KINDS)}"
            )
    return fields


def _load_profile(path: str | os.PathLike[str] | cleantext.Profile) -> cleantext.Profile:
    """The site profile ``CLEANTEXT_PROFILE`` names (or the one given); an :class:`~cleantext.OptionError`
    when its file cannot be read or is not a profile."""
    if isinstance(path, cleantext.Profile):
        return path
    try:
        return cleantext.Profile.load(path)
    except (OSError, cleantext.ProfileError) as problem:
        reason = problem.strerror if isinstance(problem, OSError) and problem.strerror else problem
        raise cleantext.OptionError(f"CLEANTEXT_PROFILE={os.fspath(path)!r}: {reason}") from problem


def _steps(names: list[str]) -> cleantext.Pipeline | None:
    """``CLEANTEXT_STEPS`` as a pipeline; ``None`` when it names no step (each value's route's steps)."""
    try:
        chosen = cleantext.parse_steps(names)
    except cleantext.OptionError as problem:
        raise cleantext.OptionError(f"CLEANTEXT_STEPS: {problem}") from problem
    return chosen if chosen.steps else None


def _config(settings: list[str]) -> cleantext.Config | None:
    """``CLEANTEXT_SET`` as a config; ``None`` when it sets nothing."""
    for setting in settings:
        if not isinstance(setting, str):
            raise cleantext.OptionError(f"CLEANTEXT_SET: a setting is written STEP.OPTION=VALUE, not {setting!r}")
    given = [setting.strip() for setting in settings if setting.strip()]
    try:
        return cleantext.Config().with_settings(given) if given else None
    except cleantext.OptionError as problem:
        raise cleantext.OptionError(f"CLEANTEXT_SET: {problem}") from problem


class CleantextPipeline:
    """Clean the text or HTML fields of every item; the settings are those of this module's docs.

    Built by Scrapy from the settings (:meth:`from_crawler`), or directly, with the same options
    (``profile``: a path, or a :class:`cleantext.Profile`; ``config`` and ``steps``: a
    :class:`cleantext.Config` and a :class:`cleantext.Pipeline`, as :func:`cleantext.clean` takes them):

    >>> pipeline = CleantextPipeline(fields={"body": "text"})
    >>> pipeline.process_item({"body": "Officials said the bridge reopened.Â\\nShare\\nLog In"})
    {'body': 'Officials said the bridge reopened.\\n'}
    >>> pipeline = CleantextPipeline(fields={"body": "text"}, steps=cleantext.parse_steps("repair,tidy"))
    >>> pipeline.process_item({"body": "Officials said the bridge reopened.Â\\nShare\\nLog In"})
    {'body': 'Officials said the bridge reopened.\\nShare\\nLog In\\n'}
    """

    def __init__(
        self,
        *,
        fields: Mapping[str, str] | Iterable[str] | str = ("text",),
        output_fields: Mapping[str, str] | None = None,
        url_field: str | None = "url",
        drop_empty: bool = False,
        on_error: str = "drop",
        profile: str | os.PathLike[str] | cleantext.Profile | None = None,
        config: cleantext.Config | None = None,
        steps: cleantext.Pipeline | None = None,
        stats: Any = None,
    ) -> None:
        self.fields = _fields(fields)
        self.output_fields = dict(output_fields or {})
        unknown = sorted(set(self.output_fields) - set(self.fields))
        if unknown:
            raise cleantext.OptionError(f"CLEANTEXT_OUTPUT_FIELDS: {unknown[0]!r} is not in CLEANTEXT_FIELDS")
        if on_error not in ON_ERROR:
            raise cleantext.OptionError(f"CLEANTEXT_ON_ERROR must be one of {', '.join(ON_ERROR)}, not {on_error!r}")
        self.url_field = url_field or None
        self.drop_empty = drop_empty
        self.on_error = on_error
        self.profile = None if profile is None else _load_profile(profile)
        check_options(config, steps, profile=self.profile, profile_option="CLEANTEXT_PROFILE")
        self.config = config
        self.steps = steps
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> CleantextPipeline:
        """The pipeline the crawler's ``CLEANTEXT_*`` settings describe; ``NotConfigured`` when it is off."""
        settings = crawler.settings
        if not settings.getbool("CLEANTEXT_ENABLED", True):
            raise NotConfigured("CLEANTEXT_ENABLED is off")
        fields = settings.get("CLEANTEXT_FIELDS", ("text",))
        if isinstance(fields, str) and fields.lstrip().startswith("{"):
            fields = settings.getdict("CLEANTEXT_FIELDS")
        return cls(
            fields=fields,
            output_fields=settings.getdict("CLEANTEXT_OUTPUT_FIELDS"),
            url_field=settings.get("CLEANTEXT_URL_FIELD", "url"),
            drop_empty=settings.getbool("CLEANTEXT_DROP_EMPTY", False),
            on_error=settings.get("CLEANTEXT_ON_ERROR", "drop"),
            profile=settings.get("CLEANTEXT_PROFILE") or None,
            config=_config(settings.getlist("CLEANTEXT_SET")),
            steps=_steps(settings.getlist("CLEANTEXT_STEPS")),
            stats=crawler.stats,
        )

    def _count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"cleantext/{key}")

    def process_item(self, item: Any, spider: Any = None) -> Any:
        """Clean the item's fields and return it (``spider`` is accepted for Scrapy before 2.13)."""
        adapter = ItemAdapter(item)
        url = adapter.get(self.url_field) if self.url_field else None
        url = url if isinstance(url, str) else None
        present = articles = 0
        for field, kind in self.fields.items():
            value = adapter.get(field)
            if value is None:
                continue
            present += 1
            try:
                cleaned = clean_value(value, kind, url=url, config=self.config, steps=self.steps, profile=self.profile)
            except cleantext.CleantextError as problem:
                self._count("failed")
                message = f"cleantext: field {field!r}{f' of {url}' if url else ''}: {problem}"
                if self.on_error == "drop":
                    raise DropItem(message) from problem
                logger.warning("%s (kept as it came)", message)
                articles += 1
                continue
            self._count("cleaned" if cleaned.strip() else "no_article")
            articles += bool(cleaned.strip())
            target = self.output_fields.get(field, field)
            try:
                adapter[target] = cleaned
            except KeyError as problem:
                raise cleantext.OptionError(
                    f"{type(item).__name__} has no field {target!r} (CLEANTEXT_OUTPUT_FIELDS)"
                ) from problem
        if self.drop_empty and present and not articles:
            raise DropItem(f"cleantext: no article{f' in {url}' if url else ''}")
        return item
