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

Site profiles -- which lines repeat across the pages of a site (:func:`cleantext.learn`) -- take the
shape of datatrove's deduplication stages: a first pipeline counts the pages of each task
(:class:`ProfileCounter`, one partial profile per task), :func:`merge_profiles` adds the parts up
(exactly: the result equals ``cleantext.learn`` over all the documents), and the formatter cleans with
the merged profile (``CleantextFormatter(profile=...)``), each document by the site of its URL::

    LocalPipelineExecutor(pipeline=[JsonlReader("crawl/"), ProfileCounter("counts/")], tasks=4).run()
    merge_profiles("counts/").save("news.profile")
    LocalPipelineExecutor(
        pipeline=[JsonlReader("crawl/"), CleantextFormatter(profile="news.profile"), ArticleFilter(), JsonlWriter("clean/")],
        tasks=4,
    ).run()
"""

from __future__ import annotations

import os
from typing import Any

import cleantext

from . import check_options, clean_value, missing_extra

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.io import DataFolderLike, get_datafolder
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - the extra is installed with the tests
    raise missing_extra("datatrove", error) from error

__all__ = ["ArticleFilter", "CleantextFormatter", "ProfileCounter", "merge_profiles"]

#: The metadata key of a document that cleantext refused, holding the reason.
ERROR_KEY = "cleantext_error"

#: How the partial profile of a task is named in :class:`ProfileCounter`'s folder.
PART = "{rank:05d}.profile"


def _url(doc: Document, url_key: str | None) -> str | None:
    url = doc.metadata.get(url_key) if url_key else None
    return url if isinstance(url, str) else None


class CleantextFormatter(BaseFormatter):
    """Replace each document's text by its clean article body (:func:`cleantext.clean`).

    ``kind`` is as for :func:`cleantext.clean` (``"auto"``: markup goes through
    :func:`cleantext.from_html`); an HTML document's URL, when its metadata holds one under
    ``url_key``, is given to the extraction. With a site ``profile`` (a :class:`cleantext.Profile`, or
    the path of its file, read once per task), the lines it saw on enough pages of a document's site
    go too; the site is that of the URL (:func:`cleantext.site_key`). ``config`` and ``steps`` are
    :func:`cleantext.clean`'s (a :class:`cleantext.Config` and a :class:`cleantext.Pipeline`): for the
    rules alone instead of the learned decision, ``steps=cleantext.RULES_PIPELINE``.

    >>> CleantextFormatter().format("Officials said the bridge reopened.Â\\nShare\\nLog In")
    'Officials said the bridge reopened.\\n'
    >>> CleantextFormatter(steps=cleantext.parse_steps("repair,tidy")).format("Officials said the bridge reopened.Â\\nShare")
    'Officials said the bridge reopened.\\nShare\\n'
    """

    name = "🧽 cleantext"

    def __init__(
        self,
        kind: str = "auto",
        url_key: str | None = "url",
        profile: cleantext.Profile | str | os.PathLike[str] | None = None,
        *,
        config: cleantext.Config | None = None,
        steps: cleantext.Pipeline | None = None,
    ) -> None:
        super().__init__()
        cleantext.route("", kind)  # refuses an unknown kind, as clean would
        check_options(config, steps, profile=profile)
        if profile is not None and not isinstance(profile, cleantext.Profile):
            profile = os.fspath(profile)
            if not os.path.isfile(profile):
                raise cleantext.OptionError(f"profile {profile!r}: no such file")
        self.kind = kind
        self.url_key = url_key
        self.profile = profile
        self.config = config
        self.steps = steps

    def clean(self, text: str, url: str | None = None) -> str:
        """The article of one document's text; raises a :class:`~cleantext.CleantextError` for a refused one."""
        return clean_value(text, self.kind, url=url, config=self.config, steps=self.steps, profile=self._profile())

    def _profile(self) -> cleantext.Profile | None:
        if isinstance(self.profile, str):  # read where the task runs; not a profile: ProfileError
            self.profile = cleantext.Profile.load(self.profile)
        return self.profile

    def format(self, text: str) -> str:
        return self.clean(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document; one that cleantext refuses goes on unchanged, with the reason."""
        self._profile()  # a profile file that is not one stops the task before its first document
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                try:
                    doc.text = self.clean(doc.text, _url(doc, self.url_key))
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


class ProfileCounter(PipelineStep):
    """Count each task's documents into a partial site profile, written to ``output_folder`` at the end.

    A document's site is that of the URL in its metadata under ``url_key`` (:func:`cleantext.site_key`;
    none: the unnamed site). It is counted as cleaning will read it: a page (``kind`` as for
    :class:`CleantextFormatter`) by its extracted text; one cleantext refuses is not counted
    (stat ``cleantext_failed``). Documents pass through unchanged. Task ``rank`` writes
    ``{rank:05d}.profile``; :func:`merge_profiles` adds the parts up.
    """

    name = "🧽 cleantext profile counter"
    type = "🔢 - STATS"

    def __init__(self, output_folder: DataFolderLike, kind: str = "auto", url_key: str | None = "url") -> None:
        super().__init__()
        cleantext.route("", kind)  # refuses an unknown kind, as clean would
        self.output_folder = get_datafolder(output_folder)
        self.kind = kind
        self.url_key = url_key

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Count every document, pass it on; then write the task's partial profile."""
        builder = cleantext.ProfileBuilder()
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                text = doc.text
                try:
                    if cleantext.route(text, self.kind) == "html":
                        text = cleantext.from_html(text, url=_url(doc, self.url_key))
                except cleantext.CleantextError:
                    self.stat_update("cleantext_failed")
                else:
                    builder.add(text, site=cleantext.site_key(_url(doc, self.url_key)))
            yield doc
        with self.output_folder.open(PART.format(rank=rank), "wb") as out:
            out.write(builder.build().to_bytes())


def merge_profiles(folder: DataFolderLike) -> cleantext.Profile:
    """The site profile of all the documents :class:`ProfileCounter` counted into ``folder``, its tasks' parts
    added up; a :class:`~cleantext.ProfileError` for a part that is not a profile.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     cleantext.learn(["Home | News"]).save(f"{folder}/00000.profile")
    ...     cleantext.learn(["Sport", "Weather"]).save(f"{folder}/00001.profile")
    ...     merge_profiles(folder)
    <Profile: 1 site, 3 pages>
    """
    source = get_datafolder(folder)
    parts = []
    for name in sorted(source.list_files(glob_pattern="*.profile")):
        with source.open(name, "rb") as part:
            parts.append(cleantext.Profile.from_bytes(part.read()))
    return cleantext.Profile.merge_all(parts)
