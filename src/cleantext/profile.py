"""Site profiles: on how many of a site's pages each line appears, learned in one pass over many pages.

A line that stands on most pages of one site is the site's furniture, whatever its words. This module
holds the pure parts of that corpus pass, which the local path, the command and the Ray integration all
share:

* **normalise** -- :func:`normalise` maps a line to the form it is counted under: case folded,
  punctuation and spacing dropped, every number one token, month and weekday names one token each, a
  plural after a number singular. So ``(12) comments`` and ``(1) comment``, or ``Posted on 3 May 2019``
  and ``Posted on 21 June 2020``, count as one line.
* **count** -- :class:`ProfileBuilder` (and :func:`learn`, its one-call face) reads pages one at a time
  and counts, per site, the *distinct pages* each normalised line appears on (and each hard-wrapped
  paragraph, joined). Pages identical after normalisation are recognised by a fingerprint: the site's
  page count is the number of distinct pages, and a page's own copies are not taken as evidence against
  it (see :meth:`Profile.page_counts`).
* **merge** -- :class:`Profile` is immutable; ``a + b`` adds the counts of two profiles. Counting is
  exact (64-bit line hashes, no pruning), so the result is the same whatever the order and split of the
  pages: that is what lets many workers each count a part and merge the parts in a tree.
* **save / load** -- :meth:`Profile.save` and :meth:`Profile.load` use a small documented binary
  format (``docs/profile.md``), not pickle.

Memory: a profile costs 12 bytes per distinct (site, line) pair and 12 per distinct page, plus the text
of the lines seen twice or more (for :meth:`Profile.summary`). A builder also keeps at most
``buffer_lines`` counts in a dict (about 100 bytes each) before folding them into sorted runs, merged
once at :meth:`ProfileBuilder.build` (or when a site has 64 runs).

>>> profile = learn(["Home\\nA story about rain.\\n(3) comments", "Home\\nA story about snow.\\n(12) comments"])
>>> profile.pages(), profile.page_counts(["Home", "A story about hail.", "(1) comment"])
(2, [(2, 2), (0, 2), (2, 2)])
"""

from __future__ import annotations

import heapq
import os
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from hashlib import blake2b
from typing import NamedTuple

from .blocks import paragraphs
from .errors import ProfileError
from .lazy import LazyPattern

__all__ = [
    "DEFAULT_SITE",
    "Profile",
    "ProfileBuilder",
    "ProfileError",
    "learn",
    "line_key",
    "normalise",
    "site_key",
]

#: The site of pages learned or cleaned without a site key.
DEFAULT_SITE = ""


# --- normalise -----------------------------------------------------------------------------------

_MONTHS = (
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
)
_DAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
#: Words that stand for a slot whose value changes from page to page.
_SLOTS = dict.fromkeys(_MONTHS.split(), "month") | dict.fromkeys(_DAYS.split(), "weekday")
#: A run of letters and digits (an underscore separates, as punctuation does).
_TOKEN = LazyPattern(r"[^\W_]+")


def normalise(line: str) -> str:
    """The form a line is counted under: numbers, dates, counts, case and spacing do not split it.

    Words are case-folded; punctuation and spacing go; a run of numbers ("3", "10:45", "1,234", "21st")
    becomes one ``0``, with the ``am``/``pm`` after it; month and weekday names become ``month`` and
    ``weekday``; a plural right after a number becomes singular.

    >>> normalise("Posted on 3 May 2019, 10:45 am by  the Desk")
    'posted on 0 month 0 by the desk'
    >>> normalise("(12) Comments") == normalise("(1) comment")
    True
    """
    out: list[str] = []
    number = False  # the last word was a number
    for word in _TOKEN.findall(line.casefold()):
        if word[0].isdigit():
            if not number:
                out.append("0")
                number = True
            continue
        if number and word in ("am", "pm", "a", "p", "m"):
            continue
        if number and len(word) > 2 and word[-1] == "s":
            word = word[:-1]
        number = False
        out.append(_SLOTS.get(word, word))
    return " ".join(out)


def line_key(normalised: str) -> int:
    """The 64-bit key of a normalised line (BLAKE2b, so the same on every machine and in every process).

    >>> line_key(normalise("Log In")) == line_key(normalise("LOG  IN!"))
    True
    """
    return int.from_bytes(blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def site_key(value: str | None) -> str:
    """The site a URL (or a site name) belongs to: its host, lower case, without ``www.``.

    >>> site_key("https://www.Example.com/news/1.html"), site_key("example.com"), site_key(None)
    ('example.com', 'example.com', '')
    """
    if not value:
        return DEFAULT_SITE
    value = value.strip()
    if "://" in value:
        value = value.split("://", 1)[1]
    host = value.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].lower()
    if host.count(":") == 1:
        host = host.split(":", 1)[0]  # a port
    return host.removeprefix("www.")


class PageKeys(NamedTuple):
    """A page as the profile sees it: the key of each line (``None`` for a blank line),
    each hard-wrapped paragraph as ``(first, last, key)``, and the page's fingerprint (``0``: an empty page).
    """

    lines: list[int | None]
    paragraphs: list[tuple[int, int, int]]
    fingerprint: int

    def distinct(self) -> set[int]:
        """Every key the page counts once: its lines' and its wrapped paragraphs'."""
        keys = {key for key in self.lines if key is not None}
        keys.update(key for _, _, key in self.paragraphs)
        return keys


def page_keys(lines: Sequence[str]) -> PageKeys:
    """Key every line and hard-wrapped paragraph of a page, and fingerprint the page.

    Two pages have one fingerprint when their lines are the same after :func:`normalise` (in any order).
    """
    keys: list[int | None] = []
    for line in lines:
        if not line.strip():
            keys.append(None)
            continue
        # A line of symbols only ("|", "* * *") is counted as it stands, spacing aside.
        form = normalise(line) or "\x00" + " ".join(line.split())
        keys.append(line_key(form))
    wrapped: list[tuple[int, int, int]] = []
    # A paragraph goes on on a line that starts in lower case: without one, every paragraph is one line.
    if len(lines) > 1 and any(line.lstrip()[:1].islower() for line in lines):
        for paragraph in paragraphs(lines):
            if paragraph.last > paragraph.first:
                form = normalise(paragraph.text)
                if form:
                    wrapped.append((paragraph.first, paragraph.last, line_key(form)))
    present = sorted({key for key in keys if key is not None})
    fingerprint = 0
    if present:
        fingerprint = int.from_bytes(blake2b(array("Q", present).tobytes(), digest_size=8).digest(), "little") or 1
    return PageKeys(keys, wrapped, fingerprint)


# --- counts --------------------------------------------------------------------------------------

#: A sorted run of keys with their counts.
Run = tuple[array, array]

_TEXT_LIMIT = 200  # characters kept of a repeated line's text, for summary()


def _sorted_run(counts: Mapping[int, int]) -> Run:
    keys = array("Q", sorted(counts))
    return keys, array("I", map(counts.__getitem__, keys))


def _merge_runs(runs: Sequence[Run]) -> Run:
    """Merge sorted runs of (key, count) into one, adding the counts of equal keys."""
    runs = [run for run in runs if len(run[0])]
    if not runs:
        return array("Q"), array("I")
    if len(runs) == 1:
        return runs[0]
    keys, counts = array("Q"), array("I")
    last = -1
    for key, count in heapq.merge(*(zip(k, c, strict=True) for k, c in runs)):
        if key == last:
            counts[-1] += count
        else:
            keys.append(key)
            counts.append(count)
            last = key
    return keys, counts


class _Site:
    """The counts of one site, frozen: sorted keys and counts, page fingerprints, texts of repeated lines."""

    __slots__ = ("_lookup", "copies", "counts", "fingerprints", "keys", "texts")

    def __init__(self, lines: Run, pages: Run, texts: dict[int, str]) -> None:
        self.keys, self.counts = lines
        self.fingerprints, self.copies = pages
        self.texts = texts
        self._lookup: dict[int, int] | None = None

    def count(self, key: int) -> int:
        """On how many pages ``key`` was seen (keys seen twice or more are found in a dict made on first use)."""
        lookup = self._lookup
        if lookup is None:
            lookup = self._lookup = {k: c for k, c in zip(self.keys, self.counts, strict=True) if c > 1}
        found = lookup.get(key)
        if found is not None:
            return found
        return 1 if _find(self.keys, key) >= 0 else 0

    def copies_of(self, fingerprint: int) -> int:
        index = _find(self.fingerprints, fingerprint)
        return self.copies[index] if index >= 0 else 0

    def top(self, limit: int) -> list[tuple[int, int]]:
        """The ``limit`` keys seen on most pages, as (count, key), most first."""
        return heapq.nlargest(limit, ((c, k) for k, c in zip(self.keys, self.counts, strict=True) if c > 1))

    def same_counts(self, other: _Site) -> bool:
        return (self.keys, self.counts, self.fingerprints, self.copies) == (
            other.keys,
            other.counts,
            other.fingerprints,
            other.copies,
        )


def _find(keys: array, key: int) -> int:
    index = bisect_left(keys, key)
    return index if index < len(keys) and keys[index] == key else -1


class Profile:
    """What a corpus pass learned: per site, on how many distinct pages each normalised line appears.

    Immutable. ``a + b`` (or :meth:`merge`) adds two profiles; equality compares the counts (the texts
    kept for :meth:`summary` are for display only). Make one with :func:`learn` or
    :class:`ProfileBuilder`; keep it with :meth:`save` and :meth:`load`.

    >>> a = learn(["Home\\nOne.", "Home\\nTwo."], sites=["x.com", "x.com"])
    >>> b = learn(["Home\\nThree."], sites=["x.com"])
    >>> (a + b).page_counts(["Home"], site="x.com"), a + b == b + a
    ([(3, 3)], True)
    """

    __slots__ = ("_hash", "_sites")

    def __init__(self, sites: Mapping[str, _Site] | None = None) -> None:
        self._sites: dict[str, _Site] = dict(sorted((sites or {}).items()))
        self._hash: int | None = None

    # -- reading --

    @property
    def sites(self) -> tuple[str, ...]:
        """The site keys, sorted."""
        return tuple(self._sites)

    def pages(self, site: str | None = None) -> int:
        """Distinct pages learned for ``site`` (``None``: the default site); 0 for a site not in the profile."""
        found = self._sites.get(DEFAULT_SITE if site is None else site)
        return len(found.fingerprints) if found is not None else 0

    def documents(self, site: str | None = None) -> int:
        """Pages learned for ``site``, duplicates included."""
        found = self._sites.get(DEFAULT_SITE if site is None else site)
        return sum(found.copies) if found is not None else 0

    def lines(self, site: str | None = None) -> int:
        """Distinct keys (lines and wrapped paragraphs) counted for ``site``."""
        found = self._sites.get(DEFAULT_SITE if site is None else site)
        return len(found.keys) if found is not None else 0

    def page_counts(self, lines: Sequence[str], site: str | None = None) -> list[tuple[int, int]]:
        """For each line: ``(seen_on_pages, site_pages)`` -- on how many of the site's distinct pages the
        line (or the hard-wrapped paragraph it belongs to, whichever is more) appears, and how many
        distinct pages the site has. A page that was itself learned counts once: its own duplicate
        copies are taken off. Blank lines and unknown sites give ``(0, site_pages)``.

        A pure function of the profile and the lines: the feature a decision step reads.

        >>> profile = learn(["Menu\\nFirst story.", "Menu\\nSecond story.", "Menu\\nSecond story."])
        >>> profile.page_counts(["Menu", "Second story."])
        [(2, 2), (1, 2)]
        """
        return [(seen, total) for seen, total, _ in self._counts(lines, site)]

    def _counts(self, lines: Sequence[str], site: str | None) -> list[tuple[int, int, bool]]:
        """``page_counts`` plus, per line, whether its count is its wrapped paragraph's."""
        found = self._sites.get(DEFAULT_SITE if site is None else site)
        if found is None:
            return [(0, 0, False)] * len(lines)
        total = len(found.fingerprints)
        keys = page_keys(lines)
        own = max(found.copies_of(keys.fingerprint) - 1, 0)  # the page's own copies are no evidence
        seen = [found.count(key) if key is not None else 0 for key in keys.lines]
        by_paragraph = [False] * len(lines)
        for first, last, key in keys.paragraphs:
            count = found.count(key)
            for index in range(first, last + 1):
                if count >= seen[index]:
                    seen[index] = count
                    by_paragraph[index] = True
        return [(max(count - own, 0), total, wrapped) for count, wrapped in zip(seen, by_paragraph, strict=True)]

    # -- combining --

    def merge(self, other: Profile) -> Profile:
        """The profile of both inputs: counts added, site by site (associative and commutative)."""
        if not isinstance(other, Profile):
            raise TypeError(f"can only merge a Profile with a Profile, not {type(other).__name__}")
        sites = dict(self._sites)
        for name, theirs in other._sites.items():
            mine = sites.get(name)
            sites[name] = theirs if mine is None else _merge_sites([mine, theirs])
        return Profile(sites)

    def __add__(self, other: object) -> Profile:
        if not isinstance(other, Profile):
            return NotImplemented
        return self.merge(other)

    @classmethod
    def merge_all(cls, profiles: Iterable[Profile]) -> Profile:
        """Merge many profiles at once (one pass per site over all their counts)."""
        by_site: dict[str, list[_Site]] = {}
        for profile in profiles:
            for name, site in profile._sites.items():
                by_site.setdefault(name, []).append(site)
        return cls({name: _merge_sites(parts) for name, parts in by_site.items()})

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Profile):
            return NotImplemented
        return self._sites.keys() == other._sites.keys() and all(
            site.same_counts(other._sites[name]) for name, site in self._sites.items()
        )

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple((name, len(s.keys), len(s.fingerprints)) for name, s in self._sites.items()))
        return self._hash

    # -- showing --

    def top(self, site: str | None = None, limit: int = 10) -> list[tuple[int, str]]:
        """The lines seen on most pages of ``site``, as ``(pages, text)``, most first.

        The text is one copy of the line as it was read (``#<key>`` when the line was first repeated
        only across profiles merged later, whose parts each saw it once).
        """
        found = self._sites.get(DEFAULT_SITE if site is None else site)
        if found is None:
            return []
        return [(count, found.texts.get(key, f"#{key:016x}")) for count, key in found.top(limit)]

    def summary(self, limit: int = 5, max_sites: int = 20) -> str:
        """Per site (the most pages first): distinct pages, and the lines seen on most of them.

        >>> print(learn(["Home\\nOne.", "Home\\nTwo."], sites=["x.com"] * 2).summary())
        Profile: 1 site, 2 pages
        x.com: 2 pages (2 documents), 3 distinct lines
          2/2  Home
        """
        ranked = sorted(self._sites, key=lambda name: (-self.pages(name), name))
        pages = sum(self.pages(name) for name in ranked)
        out = [f"Profile: {len(ranked)} site{'s' * (len(ranked) != 1)}, {pages} pages"]
        for name in ranked[:max_sites]:
            out.append(
                f"{name or '(no site)'}: {self.pages(name)} pages ({self.documents(name)} documents), "
                f"{self.lines(name)} distinct lines"
            )
            out.extend(f"  {count}/{self.pages(name)}  {text}" for count, text in self.top(name, limit))
        if len(ranked) > max_sites:
            out.append(f"... and {len(ranked) - max_sites} more sites")
        return "\n".join(out)

    def __repr__(self) -> str:
        pages = sum(self.pages(name) for name in self._sites)
        return f"<Profile: {len(self._sites)} site{'s' * (len(self._sites) != 1)}, {pages} pages>"

    # -- keeping --

    def to_bytes(self) -> bytes:
        """The profile in the file format of ``docs/profile.md``."""
        from .profile_format import dump

        parts: list[bytes | memoryview] = []
        dump(self._sites, parts.append)
        return b"".join(parts)

    @classmethod
    def from_bytes(cls, data: bytes) -> Profile:
        """Read a profile made by :meth:`to_bytes`; :class:`ProfileError` when ``data`` is not one."""
        from .profile_format import parse

        return cls({name: _Site(*tables) for name, tables in parse(data).items()})

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the profile to ``path`` (a temporary file beside it, then a rename)."""
        path = os.fspath(path)
        temp = f"{path}.tmp{os.getpid()}"
        try:
            with open(temp, "wb") as handle:
                from .profile_format import dump

                dump(self._sites, handle.write)  # piece by piece: no copy of the whole profile in memory
            os.replace(temp, path)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Profile:
        """Read a profile file; :class:`ProfileError` when it is not one (or of a newer format version)."""
        with open(path, "rb") as handle:
            return cls.from_bytes(handle.read())

    def __reduce__(self) -> tuple[object, ...]:
        return (Profile.from_bytes, (self.to_bytes(),))


def _merge_sites(parts: Sequence[_Site]) -> _Site:
    if len(parts) == 1:
        return parts[0]
    texts: dict[int, str] = {}
    for part in parts:
        for key, text in part.texts.items():
            known = texts.get(key)
            texts[key] = text if known is None else min(known, text)
    lines = _merge_runs([(part.keys, part.counts) for part in parts])
    pages = _merge_runs([(part.fingerprints, part.copies) for part in parts])
    return _Site(lines, pages, texts)


# --- learning ------------------------------------------------------------------------------------


class _Counting:
    """A site being counted: counts in a dict until the builder folds them into sorted runs."""

    __slots__ = ("counts", "pages", "runs", "texts")

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        self.pages: dict[int, int] = {}
        self.runs: list[Run] = []
        self.texts: dict[int, str] = {}

    def fold(self) -> None:
        if self.counts:
            self.runs.append(_sorted_run(self.counts))
            self.counts = {}
        if len(self.runs) >= 64:  # runs are merged once, at build(); past 64 of them, now
            self.runs = [_merge_runs(self.runs)]

    def frozen(self) -> _Site:
        self.fold()
        return _Site(_merge_runs(self.runs), _sorted_run(self.pages), dict(self.texts))


class ProfileBuilder:
    """Count pages one at a time (for a scraper, or any stream); :meth:`build` returns the :class:`Profile`.

    >>> builder = ProfileBuilder()
    >>> for page in ["Menu\\nOne.", "Menu\\nTwo."]:
    ...     builder.add(page, site="x.com")
    >>> builder.build().page_counts(["Menu"], site="x.com")
    [(2, 2)]
    """

    def __init__(self, *, buffer_lines: int = 1 << 20) -> None:
        self._sites: dict[str, _Counting] = {}
        self._buffered = 0
        self._limit = max(buffer_lines, 1)

    def add(self, text: str, *, site: str | None = None) -> None:
        """Count one page of ``site`` (``None``: the default site). An empty page is not counted."""
        lines = text.split("\n")
        keys = page_keys(lines)
        if not keys.fingerprint:
            return
        name = DEFAULT_SITE if site is None else site
        counting = self._sites.get(name)
        if counting is None:
            counting = self._sites[name] = _Counting()
        counting.pages[keys.fingerprint] = counting.pages.get(keys.fingerprint, 0) + 1
        counts, texts = counting.counts, counting.texts
        before = len(counts)
        for index, key in enumerate(keys.lines):
            # The text of a line is kept once it is seen a second time (for summary(): display only).
            if key is not None and key not in texts and counts.get(key) == 1:
                texts[key] = " ".join(lines[index].split())[:_TEXT_LIMIT]
        for key in keys.distinct():
            counts[key] = counts.get(key, 0) + 1
        self._buffered += len(counts) - before + 1
        if self._buffered > self._limit:
            for each in self._sites.values():
                each.fold()
            self._buffered = 0

    def build(self) -> Profile:
        """The profile of every page added so far (the builder can go on counting)."""
        sites = {}
        for name, counting in self._sites.items():
            sites[name] = counting.frozen()
        return Profile(sites)


def learn(texts: Iterable[str], *, sites: Iterable[str | None] | None = None) -> Profile:
    """Learn a :class:`Profile` from pages, in one streaming pass.

    ``sites`` is parallel to ``texts`` (e.g. :func:`site_key` of each page's URL); ``None`` puts every
    page on one site.

    >>> profile = learn(["Menu\\nA.", "Menu\\nB.", "Other\\nC."], sites=["a.com", "a.com", "b.org"])
    >>> profile.sites, profile.pages("a.com"), profile.page_counts(["Menu"], site="a.com")
    (('a.com', 'b.org'), 2, [(2, 2)])
    """
    builder = ProfileBuilder()
    if sites is None:
        for text in texts:
            builder.add(text)
    else:
        for text, site in zip(texts, sites, strict=True):
            builder.add(text, site=site)
    return builder.build()
