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

__all__ = ["KINDS", "clean_value", "missing_extra"]

#: How a value may be read: ``"html"`` (:func:`cleantext.from_html`), ``"text"``, or ``"auto"`` (by markup);
#: :data:`cleantext.KINDS`, and :func:`cleantext.route` decides.
KINDS = cleantext.KINDS


def clean_value(
    value: str | bytes,
    kind: str = "auto",
    *,
    url: str | None = None,
    profile: cleantext.Profile | None = None,
    site: str | None = None,
) -> str:
    """The article of one value -- text, or a page as ``str`` or ``bytes`` -- read as ``kind``.

    Bytes of a page are decoded by its declared charset, other bytes by :func:`cleantext.decode`;
    ``url`` goes to the HTML extraction. With a site ``profile``, the lines it saw on enough pages of
    ``site`` are removed too (through :func:`cleantext.clean`, which takes no URL: the page is extracted
    without it); ``site`` defaults to that of ``url`` (:func:`cleantext.site_key`). Raises a
    :class:`~cleantext.CleantextError` for a value cleantext refuses, or that is neither text nor bytes.

    >>> clean_value(b"<html><body><p>The bridge reopened on Tuesday, officials said.</p></body></html>")
    'The bridge reopened on Tuesday, officials said.\\n'
    """
    if isinstance(value, bytearray | memoryview):
        value = bytes(value)
    if not isinstance(value, str | bytes):
        raise cleantext.CleantextError(f"{type(value).__name__}, not text or bytes")
    way = cleantext.route(value, kind)  # refuses an unknown kind
    if profile is not None and site is None:
        site = cleantext.site_key(url)
    if way == "html":
        if profile is None:
            return cleantext.from_html(value, url=url)
        page = value if isinstance(value, str) else cleantext.decode_html(value)
        return cleantext.clean(page, kind="html", profile=profile, site=site)
    text = value if isinstance(value, str) else cleantext.decode(value)
    return cleantext.clean(text, kind="text", profile=profile, site=site)


def missing_extra(extra: str, error: ImportError) -> cleantext.MissingExtraError:
    """The error for an integration whose tool is not installed: which extra brings it.

    >>> print(missing_extra("scrapy", ModuleNotFoundError("No module named 'scrapy'")))
    No module named 'scrapy': install cleantext-news[scrapy]
    """
    return cleantext.MissingExtraError(f"{error}: install cleantext-news[{extra}]")
