"""cleantext inside other tools, one module each, each with its own extra.

- :mod:`cleantext.integrations.scrapy`: an item pipeline, ``CleantextPipeline``
  (``pip install 'cleantext-news[scrapy]'``);
- :mod:`cleantext.integrations.datatrove`: a formatter and a filter for datatrove pipelines, and the
  stages that learn a site profile (``pip install 'cleantext-news[datatrove]'``);
- :mod:`cleantext.integrations.ray`: learn a site profile from a Ray Dataset and clean one with it
  (``pip install 'cleantext-news[ray]'``).

Importing this package imports none of those tools: each module imports its tool when it is itself
imported, and says which extra to install when the tool is missing. The integrations call only
cleantext's public API.
"""

from __future__ import annotations

import cleantext

__all__ = ["KINDS", "check_options", "clean_value", "missing_extra"]

#: How a value may be read: ``"html"`` (:func:`cleantext.from_html`), ``"text"``, or ``"auto"`` (by markup);
#: :data:`cleantext.KINDS`, and :func:`cleantext.route` decides.
KINDS = cleantext.KINDS


def clean_value(
    value: str | bytes,
    kind: str = "auto",
    *,
    url: str | None = None,
    config: cleantext.Config | None = None,
    steps: cleantext.Pipeline | None = None,
    profile: cleantext.Profile | None = None,
    site: str | None = None,
) -> str:
    """The article of one value -- text, or a page as ``str`` or ``bytes`` -- read as ``kind``.

    Bytes of a page are decoded by its declared charset, other bytes by :func:`cleantext.decode`; then
    :func:`cleantext.clean` cleans the value with the same ``kind``, ``config``, ``steps``, ``profile``,
    ``site`` and ``url`` (given to the HTML extraction). With a ``profile``, ``site`` defaults to that
    of ``url`` (:func:`cleantext.site_key`). Raises a :class:`~cleantext.CleantextError` for a value
    cleantext refuses, or that is neither text nor bytes.

    >>> clean_value(b"<html><body><p>The bridge reopened on Tuesday, officials said.</p></body></html>")
    'The bridge reopened on Tuesday, officials said.\\n'
    >>> clean_value("Short line\\nThe bridge reopened on Tuesday.", steps=cleantext.parse_steps("tidy"))
    'Short line\\nThe bridge reopened on Tuesday.\\n'
    """
    if isinstance(value, bytearray | memoryview):
        value = bytes(value)
    if not isinstance(value, str | bytes):
        raise cleantext.CleantextError(f"{type(value).__name__}, not text or bytes")
    way = cleantext.route(value, kind)  # refuses an unknown kind
    if profile is not None and site is None:
        site = cleantext.site_key(url)
    if isinstance(value, bytes):
        value = cleantext.decode_html(value) if way == "html" else cleantext.decode(value)
    return cleantext.clean(value, kind=way, config=config, steps=steps, profile=profile, site=site, url=url)


def check_options(
    config: cleantext.Config | None,
    steps: cleantext.Pipeline | None,
    *,
    profile: object = None,
    profile_option: str = "profile",
) -> None:
    """Refuse, when an integration is built rather than on its first value, a ``config`` or ``steps`` that
    :func:`cleantext.clean` would refuse: a step without an option it must be given
    (:meth:`cleantext.Pipeline.missing_options`), such as ``strip_site_chrome`` without a ``profile``
    (which the integration takes as ``profile_option``, named in the message).

    >>> check_options(None, cleantext.parse_steps("repair,strip_site_chrome"))
    Traceback (most recent call last):
    ...
    cleantext.errors.OptionError: the step strip_site_chrome needs a site profile, and profile is not given
    """
    if config is not None and not isinstance(config, cleantext.Config):
        raise cleantext.OptionError(f"config must be a cleantext.Config, not {type(config).__name__}")
    if steps is None:
        return
    for step, option in cleantext.pipeline(steps).missing_options():  # a PipelineError for what is not a step
        if (step, option) == ("strip_site_chrome", "profile"):
            if profile is None:
                raise cleantext.OptionError(
                    f"the step strip_site_chrome needs a site profile, and {profile_option} is not given"
                )
        else:
            raise cleantext.OptionError(f"the step {step} needs its option {option!r}: bind it with functools.partial")


def missing_extra(extra: str, error: ImportError) -> cleantext.MissingExtraError:
    """The error for an integration whose tool is not installed: which extra brings it.

    >>> print(missing_extra("scrapy", ModuleNotFoundError("No module named 'scrapy'")))
    No module named 'scrapy': install cleantext-news[scrapy]
    """
    return cleantext.MissingExtraError(f"{error}: install cleantext-news[{extra}]")
