"""datatrove pipeline steps: ``CleantextFormatter`` cleans each document, ``ArticleFilter`` drops the empty.

``pip install 'cleantext-news[datatrove]'`` (datatrove's core: its ``processing`` extra is not needed)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.integrations.datatrove import ArticleFilter, CleantextFormatter

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("crawl/"),
            CleantextFormatter(),                                # text or HTML, each document by its markup
            ArticleFilter(exclusion_writer=JsonlWriter("dropped/")),
            JsonlWriter("clean/"),
        ],
        tasks=4,
    ).run()

The formatter never stops a task for one document: a document cleantext refuses (a page too large
to extract, say) keeps its text, gets the reason in its metadata as ``cleantext_error`` and is
counted in the stats as ``cleantext_failed``; :class:`ArticleFilter` then drops it with the exclusion
reason ``cleantext_error``. Documents left with no article are dropped with the reason ``no_article``.

Site profiles -- learning which lines repeat across the pages of a site, then removing them -- will
take the shape of datatrove's deduplication stages: a first pipeline that counts lines per site
and per task and writes the partial counts, a merge of those, then a formatter that applies the
merged profile. They belong in this module once cleantext has site profiles.
"""

from __future__ import annotations

from typing import Any

import cleantext

from . import KINDS, clean_value, missing_extra

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - the extra is installed with the tests
    raise missing_extra("datatrove", error) from error

__all__ = ["ArticleFilter", "CleantextFormatter"]

#: The metadata key of a document that cleantext refused, holding the reason.
ERROR_KEY = "cleantext_error"


class CleantextFormatter(BaseFormatter):
    """Replace each document's text by its clean article body (:func:`cleantext.clean`).

    ``kind`` is as for :func:`cleantext.clean` (``"auto"``: markup goes through
    :func:`cleantext.from_html`); an HTML document's URL, when its metadata holds one under
    ``url_key``, is given to the extraction.

    >>> CleantextFormatter().format("Officials said the bridge reopened.Â\\nShare\\nLog In")
    'Officials said the bridge reopened.\\n'
    """

    name = "🧽 cleantext"

    def __init__(self, kind: str = "auto", url_key: str | None = "url") -> None:
        super().__init__()
        if kind not in KINDS:
            raise cleantext.OptionError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        self.kind = kind
        self.url_key = url_key

    def clean(self, text: str, url: str | None = None) -> str:
        """The article of one document's text; raises a :class:`~cleantext.CleantextError` for a refused one."""
        return clean_value(text, self.kind, url=url)

    def format(self, text: str) -> str:
        return self.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document; one that cleantext refuses goes on unchanged, with the reason."""
        for doc in data:
            self.stat_update(StatHints.total)
            url = doc.metadata.get(self.url_key) if self.url_key else None
            with self.track_time():
                try:
                    doc.text = self.clean(doc.text, url if isinstance(url, str) else None)
                except cleantext.CleantextError as problem:
                    self.stat_update("cleantext_failed")
                    doc.metadata[ERROR_KEY] = str(problem)
                else:
                    if not doc.text.strip():
                        self.stat_update("no_article")
            yield doc


class ArticleFilter(BaseFilter):
    """Keep the documents that hold an article after :class:`CleantextFormatter`; drop the others.

    Exclusion reasons: ``no_article`` (nothing but white space is left) and ``cleantext_error``
    (cleantext refused the document; its metadata says why). ``exclusion_writer`` receives the
    dropped documents, as for any datatrove filter.

    >>> ArticleFilter().filter(Document(text="\\n", id="front-page"))
    (False, 'no_article')
    """

    name = "🧽 cleantext article"

    def __init__(self, exclusion_writer: Any = None) -> None:
        super().__init__(exclusion_writer)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        if ERROR_KEY in doc.metadata:
            return False, ERROR_KEY
        if not doc.text.strip():
            return False, "no_article"
        return True
