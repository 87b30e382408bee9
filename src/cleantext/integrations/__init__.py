"""cleantext inside other tools, one module each, each with its own extra.

- :mod:`cleantext.integrations.scrapy`: an item pipeline, ``CleantextPipeline``
  (``pip install 'cleantext-news[scrapy]'``);
- :mod:`cleantext.integrations.datatrove`: a formatter and a filter for datatrove pipelines
  (``pip install 'cleantext-news[datatrove]'``).

Importing this package imports none of those tools: each module imports its tool when it is itself
imported, and says which extra to install when the tool is missing. The integrations call only
cleantext's public API.
"""

from __future__ import annotations

from ..errors import MissingExtraError

__all__ = ["missing_extra"]


def missing_extra(extra: str, error: ImportError) -> MissingExtraError:
    """The error for an integration whose tool is not installed: which extra brings it.

    >>> print(missing_extra("scrapy", ModuleNotFoundError("No module named 'scrapy'")))
    No module named 'scrapy': install cleantext-news[scrapy]
    """
    return MissingExtraError(f"{error}: install cleantext-news[{extra}]")
