"""Site profiles on Ray: learn a :class:`~cleantext.Profile` from a Ray Dataset, and clean a Dataset with it.

Built on the same pure functions as the local path: every block of the dataset is counted on its own
(:func:`cleantext.learn`), the partial profiles are merged in a tree of Ray tasks (:meth:`Profile.merge_all`,
``fan_in`` at a time), and only the final profile reaches the driver. Counting is exact, so the result
equals ``cleantext.learn`` over the same pages, whatever the blocks. Cleaning is a ``map_batches`` of
:func:`cleantext.clean` with the profile, which is put in the object store once, and clean's other
options (``kind``, ``config``, ``steps``); a row's URL (``url_column``) goes to the extraction of its page.

Needs the ``ray`` extra: ``pip install 'cleantext-news[ray]'``.

::

    import ray, cleantext
    from cleantext.integrations.ray import clean_dataset, learn_dataset

    pages = ray.data.read_json("crawl/*.jsonl")                 # rows with "text" and "url"
    profile = learn_dataset(pages, site_column="url")
    cleaned = clean_dataset(pages, profile, site_column="url")  # "text" replaced by the clean text
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import cleantext
from cleantext import Profile

from . import check_options, missing_extra

try:
    import ray
except ImportError as error:  # pragma: no cover - the extra is installed with the tests
    raise missing_extra("ray", error) from error

if TYPE_CHECKING:
    import pyarrow
    from ray.data import Dataset

__all__ = ["clean_dataset", "learn_dataset"]

_PROFILE = "cleantext_profile"


def _sites(table: pyarrow.Table, site_column: str | None) -> list[str | None] | None:
    if site_column is None:
        return None
    return [
        cleantext.site_key(value if isinstance(value, str) else None) for value in table.column(site_column).to_pylist()
    ]


def _count_block(table: pyarrow.Table, *, text_column: str, site_column: str | None) -> dict[str, list[bytes]]:
    """One block's counts, as one row holding a profile (the file format's bytes)."""
    texts = [text if isinstance(text, str) else "" for text in table.column(text_column).to_pylist()]
    return {_PROFILE: [cleantext.learn(texts, sites=_sites(table, site_column)).to_bytes()]}


@ray.remote
def _merge(*parts: Any) -> bytes:
    """Merge partial profiles: each part is a block (a table of profile rows) or a merged profile's bytes."""
    profiles = []
    for part in parts:
        if isinstance(part, bytes):
            profiles.append(Profile.from_bytes(part))
        else:
            profiles.extend(Profile.from_bytes(data) for data in part.column(_PROFILE).to_pylist())
    return Profile.merge_all(profiles).to_bytes()


def learn_dataset(
    dataset: Dataset, *, text_column: str = "text", site_column: str | None = None, fan_in: int = 8
) -> Profile:
    """Learn a :class:`~cleantext.Profile` from the ``text_column`` of a Ray Dataset.

    ``site_column`` holds each row's URL or site name (read by :func:`cleantext.site_key`); ``None``
    puts every row on one site. Each block is counted where it lies; the counts are merged in a tree,
    ``fan_in`` parts per task.
    """
    if fan_in < 2:
        raise cleantext.OptionError(f"fan_in must be 2 or more, not {fan_in}")
    counted = dataset.map_batches(
        _count_block,
        batch_size=None,  # one batch per block: count per block
        batch_format="pyarrow",
        fn_kwargs={"text_column": text_column, "site_column": site_column},
    )
    level: Sequence[Any] = counted.to_arrow_refs()
    if not level:
        return Profile()
    while True:  # at least one merge: a block holds a table, not a profile's bytes
        level = [_merge.remote(*level[start : start + fan_in]) for start in range(0, len(level), fan_in)]
        if len(level) == 1:
            return Profile.from_bytes(ray.get(level[0]))


class _Cleaner:
    """A batch function: the clean text of each row, by :func:`cleantext.clean` with these options and the
    profile in the object store (when there is one)."""

    def __init__(
        self,
        profile: Any,
        text_column: str,
        site_column: str | None,
        output_column: str,
        kind: str,
        *,
        config: cleantext.Config | None = None,
        steps: cleantext.Pipeline | None = None,
        url_column: str | None = "url",
    ) -> None:
        self.profile_ref = profile
        self.url_column = url_column
        self.text_column, self.site_column, self.output_column, self.kind = (
            text_column,
            site_column,
            output_column,
            kind,
        )
        self.config, self.steps = config, steps
        self.profile: Profile | None = None

    def __call__(self, table: pyarrow.Table) -> pyarrow.Table:
        import pyarrow

        if self.profile is None and self.profile_ref is not None:
            found = self.profile_ref
            self.profile = found if isinstance(found, Profile) else ray.get(found)
        sites = _sites(table, self.site_column) or [None] * table.num_rows
        texts = table.column(self.text_column).to_pylist()
        urls = [None] * table.num_rows
        if self.url_column is not None and self.url_column in table.column_names:
            urls = [url if isinstance(url, str) else None for url in table.column(self.url_column).to_pylist()]
        options = {"kind": self.kind, "config": self.config, "steps": self.steps, "profile": self.profile}
        cleaned = [
            cleantext.clean(text, **options, site=site, url=url) if isinstance(text, str) else text
            for text, site, url in zip(texts, sites, urls, strict=True)
        ]
        column = pyarrow.array(cleaned, type=pyarrow.string())
        if self.output_column in table.column_names:
            return table.set_column(table.column_names.index(self.output_column), self.output_column, column)
        return table.append_column(self.output_column, column)


def clean_dataset(
    dataset: Dataset,
    profile: Profile | None = None,
    *,
    text_column: str = "text",
    site_column: str | None = None,
    url_column: str | None = "url",
    output_column: str | None = None,
    kind: str = "auto",
    config: cleantext.Config | None = None,
    steps: cleantext.Pipeline | None = None,
) -> Dataset:
    """Clean the ``text_column`` of every row with :func:`cleantext.clean`, ``profile`` (if any) and
    clean's ``kind``, ``config`` and ``steps``.

    The clean text replaces ``text_column``, or goes to ``output_column`` when given; other columns are
    kept. ``site_column`` as for :func:`learn_dataset`. ``url_column`` holds each row's URL, given to
    the extraction of an HTML page (``clean(url=...)``); rows without that column, or with no string
    in it, are cleaned without one. A bad option is refused here, before any row is cleaned.
    """
    if profile is not None and not isinstance(profile, Profile):
        raise cleantext.OptionError(f"profile must be a cleantext.Profile, not {type(profile).__name__}")
    cleantext.route("", kind)  # an unknown kind: refused here rather than in the workers
    check_options(config, steps, profile=profile)
    stored = None if profile is None else ray.put(profile)
    cleaner = _Cleaner(
        stored,
        text_column,
        site_column,
        output_column or text_column,
        kind,
        config=config,
        steps=steps,
        url_column=url_column,
    )
    return dataset.map_batches(cleaner, batch_format="pyarrow")
