"""Site profiles, measured: assembled multi-page sites, real multi-page sites, 1 M pages, Ray.

Usage:
  python bench/bench_profile.py assembled [--pool dragnet|wcxb] [--sites N]   # P/R by pages per site
  python bench/bench_profile.py real                # real sites of ir_research, cleanportaleval, l3s_gn1
  python bench/bench_profile.py scale [--pages N]   # learn time and peak memory, N/10 against N pages
  python bench/bench_profile.py io [--pages N]      # save + load of the profile of N pages
  python bench/bench_profile.py ray [--pages N]     # learn on a local Ray cluster: 2 workers against 1

**Assembled sites** are made of real parts of ``../shared/data/train/``: the boilerplate lines of one
real page (above and below its article) are a site's template; every page of the site holds the
content lines of another real article, a date line and a comment counter that change, a list of five
related headlines drawn from fifteen (the titles of other real pages), and, on about 40 % of pages, an
optional block of the template. The thresholds of ``strip_site_chrome`` were chosen on sites assembled
from the ``dragnet`` pool; ``--pool wcxb`` assembles sites from other pages, never used to choose them.

**Real sites** are the labelled pages of three training sources grouped by site (the URL's host, the
host inside an archive.org URL, or for Big9 pages without a URL the site named in the title): a
profile is learned from each site's pages, then each page is cleaned with and without it. Those sources
were not looked at to choose any threshold.

Scores are by line: a removal is right when the line is labelled boilerplate (template, related
headline); content kept is the share of content words left.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import cleantext
from cleantext.sitechrome import decide_site_chrome

TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "train"
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PAGES_PER_SITE = (2, 5, 20, 100)


# --- scoring -------------------------------------------------------------------------------------


@dataclass
class Score:
    removed_chrome: int = 0
    removed_content: int = 0
    chrome: int = 0
    content_words: int = 0
    kept_content_words: int = 0
    template: int = 0
    removed_template: int = 0
    extra: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def add(self, labels: Sequence[str], lines: Sequence[str], kept: set[int]) -> None:
        for index, label in enumerate(labels):
            if label in ("", "unsure", "other"):
                continue
            removed = index not in kept
            if label == "content":
                words = len(lines[index].split())
                self.content_words += words
                self.kept_content_words += 0 if removed else words
                self.removed_content += removed
                continue
            self.chrome += 1
            self.removed_chrome += removed
            if label in ("template", "optional"):
                self.template += 1
                self.removed_template += removed
            self.extra[label][0] += 1
            self.extra[label][1] += removed

    @property
    def precision(self) -> float:
        removed = self.removed_chrome + self.removed_content
        return self.removed_chrome / removed if removed else 1.0

    @property
    def recall(self) -> float:
        return self.removed_chrome / self.chrome if self.chrome else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def kept(self) -> float:
        return self.kept_content_words / self.content_words if self.content_words else 1.0

    def line(self) -> str:
        text = f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} content kept={self.kept:.4f}"
        if self.template:
            text += f" template recall={self.removed_template / self.template:.3f}"
        return text


def kept_by_step(lines: Sequence[str], profile: cleantext.Profile, site: str | None) -> set[int]:
    return set(decide_site_chrome(lines, profile=profile, site=site).origin)


def kept_by_pipeline(text: str, profile: cleantext.Profile | None, site: str | None) -> set[int]:
    return set(cleantext.explain(text, kind="text", profile=profile, site=site).origin)


# --- assembled sites -----------------------------------------------------------------------------


@dataclass
class Part:
    header: list[str]
    footer: list[str]
    article: list[str]
    title: str


def read_parts(source: str, limit: int = 1500) -> list[Part]:
    parts = []
    with gzip.open(TRAIN / f"{source}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for raw in handle:
            record = json.loads(raw)
            if record["rendering"] != "html_text" or record.get("page_type", "article") != "article":
                continue
            lines, labels = record["text"].split("\n"), record["labels"]
            content = [i for i, label in enumerate(labels) if label == "content"]
            if len(content) < 5:
                continue
            first, last = content[0], content[-1]
            header = [lines[i] for i in range(first) if labels[i] in ("boilerplate", "")]
            footer = [lines[i] for i in range(last + 1, len(lines)) if labels[i] in ("boilerplate", "")]
            article = [lines[i] for i in range(first, last + 1) if labels[i] in ("content", "")]
            if sum(1 for line in header + footer if line.strip()) < 10:
                continue
            parts.append(Part(header, footer, article, lines[0].strip()))
            if len(parts) >= limit:
                break
    return parts


_DIGIT = re.compile(r"\d")


def _vary(line: str, rng: random.Random) -> str:
    return _DIGIT.sub(lambda _: str(rng.randrange(10)), line)


def assemble_site(template: Part, articles: list[Part], headlines: list[str], rng: random.Random):
    """Yield (lines, labels) for each page of one assembled site."""
    footer = template.footer
    body = [i for i, line in enumerate(footer) if line.strip()]
    optional = set(body[len(body) // 3 : len(body) // 3 + 4]) if len(body) >= 8 else set()
    for article in articles:
        lines: list[str] = []
        labels: list[str] = []

        def put(line: str, label: str, lines: list[str] = lines, labels: list[str] = labels) -> None:
            lines.append(line)
            labels.append(label if line.strip() else "")

        for line in template.header:
            put(_vary(line, rng), "template")
        day, month, year = rng.randrange(1, 29), rng.choice(MONTHS), rng.randrange(2005, 2024)
        hour, minute = rng.randrange(1, 13), rng.randrange(60)
        put(f"Posted on {day} {month} {year} at {hour}:{minute:02d} {rng.choice(['am', 'pm'])}", "template")
        put("", "")
        for line in article.article:
            put(line, "content")
        put("", "")
        put(f"({rng.randrange(0, 400)}) comments", "template")
        put("Related stories", "template")
        for headline in rng.sample(headlines, 5):
            put(headline, "related")
        show_optional = rng.random() < 0.4
        for index, line in enumerate(footer):
            if index in optional:
                if show_optional:
                    put(_vary(line, rng), "optional")
            else:
                put(_vary(line, rng), "template")
        yield lines, labels


def run_assembled(pool: str, sites: int, seed: int) -> None:
    parts = read_parts(pool)
    print(f"assembled sites from {pool}: {len(parts)} real pages with a template and an article")
    for per_site in PAGES_PER_SITE:
        rng = random.Random(seed * 1000 + per_site)
        alone, without, with_profile = Score(), Score(), Score()
        for _ in range(sites):
            chosen = rng.sample(parts, per_site + 16)
            template, articles, others = chosen[0], chosen[1 : per_site + 1], chosen[per_site + 1 :]
            headlines = [part.title for part in others if part.title][:15]
            pages = list(assemble_site(template, articles, headlines, rng))
            profile = cleantext.learn("\n".join(lines) for lines, _ in pages)
            for lines, labels in pages:
                text = "\n".join(lines)
                alone.add(labels, lines, kept_by_step(lines, profile, None))
                without.add(labels, lines, kept_by_pipeline(text, None, None))
                with_profile.add(labels, lines, kept_by_pipeline(text, profile, None))
        print(f"{per_site:>3} pages/site, {sites} sites: corpus step alone   {alone.line()}")
        related = alone.extra["related"]
        print(f"{'':>19}related headlines removed by the step: {related[1] / max(related[0], 1):.3f}")
        print(f"{'':>19}default pipeline              {without.line()}")
        print(f"{'':>19}default pipeline + profile    {with_profile.line()}")


# --- real sites ----------------------------------------------------------------------------------

_BIG9 = [
    ("forbes", "forbes.com"),
    ("foxnews", "foxnews.com"),
    ("fox news", "foxnews.com"),
    ("bbc news", "bbc.co.uk"),
    ("los angeles times", "latimes.com"),
    ("latimes", "latimes.com"),
    ("la times", "latimes.com"),
    ("new york post", "nypost.com"),
    ("nypost", "nypost.com"),
    ("yahoo! news", "yahoo.com"),
    ("cnn.com", "cnn.com"),
    ("ars technica", "arstechnica.com"),
    ("new york magazine", "nymag.com"),
    ("daily intel", "nymag.com"),
    ("vulture", "nymag.com"),
]


def real_site(record: dict) -> str | None:
    url = record.get("url") or ""
    if "archive.org/web/" in url:
        url = url.split("/", 5)[-1] if url.count("/") >= 5 else url
        url = re.sub(r"^\d+[a-z_]*/", "", url)
    if url:
        return cleantext.site_key(url)
    title = record["text"].split("\n", 1)[0].lower()
    for marker, site in _BIG9:
        if marker in title:
            return site
    return None


def run_real() -> None:
    for source in ("ir_research", "cleanportaleval", "l3s_gn1"):
        groups: dict[str, list[dict]] = defaultdict(list)
        with gzip.open(TRAIN / f"{source}.jsonl.gz", "rt", encoding="utf-8") as handle:
            for raw in handle:
                record = json.loads(raw)
                if record["rendering"] != "html_text":
                    continue
                site = real_site(record)
                key = f"{record.get('subset') or ''}/{site}" if site else f"(alone)/{record['id']}"
                groups[key].append(record)
        alone, without, with_profile = Score(), Score(), Score()
        profiled = pages = 0
        for records in groups.values():
            profile = cleantext.learn(record["text"] for record in records)
            if profile.pages() >= 5:
                profiled += len(records)
            for record in records:
                pages += 1
                lines = record["text"].split("\n")
                labels = [label if label in ("content", "unsure", "") else "chrome" for label in record["labels"]]
                alone.add(labels, lines, kept_by_step(lines, profile, None))
                without.add(labels, lines, kept_by_pipeline(record["text"], None, None))
                with_profile.add(labels, lines, kept_by_pipeline(record["text"], profile, None))
        print(f"{source}: {pages} pages, {len(groups)} sites, {profiled} pages on sites with >= 5 pages")
        print(f"  corpus step alone            {alone.line()}")
        print(f"  default pipeline             {without.line()}")
        print(f"  default pipeline + profile   {with_profile.line()}")
        print(f"  F1 gain {with_profile.f1 - without.f1:+.3f}, content kept {with_profile.kept - without.kept:+.4f}")


# --- scale ---------------------------------------------------------------------------------------

_WORDS = [
    "the",
    "a",
    "council",
    "city",
    "river",
    "school",
    "vote",
    "plan",
    "budget",
    "road",
    "police",
    "court",
    "report",
    "market",
    "team",
    "game",
    "season",
    "state",
    "government",
    "minister",
    "health",
    "water",
    "energy",
    "fire",
    "storm",
    "price",
    "rate",
    "bank",
    "union",
]


def generated_pages(count: int, sites: int = 1000, seed: int = 7) -> Iterator[tuple[str, str]]:
    """``count`` pages over ``sites`` sites: 12 template lines each, 30 unique article lines, a date."""
    rng = random.Random(seed)
    templates = [[f"Site {s} menu {k} {' '.join(rng.choices(_WORDS, k=3))}" for k in range(12)] for s in range(sites)]
    for number in range(count):
        site = number % sites
        words = rng.choices(_WORDS, k=30 * 9)
        article = [f"{number} {' '.join(words[k * 9 : k * 9 + 9])} {k}." for k in range(30)]
        template = templates[site]
        page = [*template[:8], f"Posted {rng.randrange(1, 28)} May 2020", *article, *template[8:]]
        yield "\n".join(page), f"site{site}.example"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_scale_one(pages: int) -> None:
    """Learn ``pages`` generated pages in this process; print time, size and peak memory as JSON."""
    import os
    import tempfile

    started = time.perf_counter()
    builder = cleantext.ProfileBuilder()
    for text, site in generated_pages(pages):
        builder.add(text, site=site)
    profile = builder.build()
    elapsed = time.perf_counter() - started
    del builder
    learned_peak = peak_mb()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "site.profile")
        profile.save(path)
        size = os.path.getsize(path)
    lines = sum(profile.lines(site) for site in profile.sites)
    print(
        json.dumps(
            {
                "pages": pages,
                "seconds": elapsed,
                "lines": lines,
                "bytes": size,
                "learn_peak_mb": learned_peak,
                "save_peak_mb": peak_mb(),
            }
        )
    )


def run_scale(pages: int) -> None:
    """Each size in a process of its own, so that each peak is its own."""
    import subprocess

    results = []
    for count in (pages // 10, pages):
        done = subprocess.run(
            [sys.executable, __file__, "scale-one", "--pages", str(count)], capture_output=True, text=True, check=True
        )
        found = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(found)
        print(
            f"{count:>9} pages: learn {found['seconds']:.1f} s ({count / found['seconds']:.0f} pages/s), "
            f"{found['lines']} distinct lines, profile {found['bytes'] / 1e6:.1f} MB; peak RSS "
            f"{found['learn_peak_mb']:.0f} MB after learning, {found['save_peak_mb']:.0f} MB after saving"
        )
    small, large = results
    print(
        f"{large['pages'] // small['pages']}x the pages: {large['seconds'] / small['seconds']:.2f}x the time, "
        f"{large['learn_peak_mb'] / small['learn_peak_mb']:.2f}x the peak memory "
        f"({large['learn_peak_mb'] * 1e6 / large['bytes']:.1f}x the profile's size)"
    )


def run_io(pages: int) -> None:
    import os
    import tempfile

    builder = cleantext.ProfileBuilder()
    for text, site in generated_pages(pages):
        builder.add(text, site=site)
    profile = builder.build()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "site.profile")
        started = time.perf_counter()
        profile.save(path)
        saved = time.perf_counter() - started
        started = time.perf_counter()
        loaded = cleantext.Profile.load(path)
        read = time.perf_counter() - started
        assert loaded == profile
        size = os.path.getsize(path)
        started = time.perf_counter()  # the floor: the same bytes written and read back, nothing else
        with open(path + ".raw", "wb") as handle:
            handle.write(b"\0" * size)
        with open(path + ".raw", "rb") as handle:
            handle.read()
        floor = time.perf_counter() - started
    print(
        f"{pages} pages: profile {size / 1e6:.1f} MB, save {saved:.2f} s + load {read:.2f} s = {saved + read:.2f} s "
        f"({(saved + read) / floor:.1f}x writing and reading the same bytes raw, {floor:.2f} s)"
    )


# --- Ray -----------------------------------------------------------------------------------------


def run_ray(pages: int) -> None:
    import ray

    from cleantext.integrations.ray import learn_dataset

    texts = [{"text": text, "url": f"https://{site}/a"} for text, site in generated_pages(pages, sites=50)]
    started = time.perf_counter()
    local = cleantext.learn((row["text"] for row in texts), sites=(cleantext.site_key(row["url"]) for row in texts))
    print(f"local, one process: {pages} pages learned in {time.perf_counter() - started:.1f} s")
    timings = {}
    for workers in (1, 2):
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
        try:
            dataset = ray.data.from_items(texts, override_num_blocks=16)
            dataset = dataset.materialize()
            started = time.perf_counter()
            profile = learn_dataset(dataset, site_column="url")
            timings[workers] = time.perf_counter() - started
            assert profile == local, "the Ray profile differs from the local one"
        finally:
            ray.shutdown()
        print(f"ray, {workers} worker(s): {pages} pages learned in {timings[workers]:.1f} s (equal to local: yes)")
    print(f"speed-up on 2 workers against 1: {timings[1] / timings[2]:.2f}x")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("assembled", "real", "scale", "scale-one", "io", "ray"))
    parser.add_argument("--pool", default="wcxb", help="assembled: the source of templates and articles")
    parser.add_argument("--sites", type=int, default=20, help="assembled: sites per pages-per-site setting")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=1_000_000, help="scale, ray: pages generated")
    args = parser.parse_args(argv)
    if args.what == "assembled":
        run_assembled(args.pool, args.sites, args.seed)
    elif args.what == "real":
        run_real()
    elif args.what == "scale":
        run_scale(args.pages)
    elif args.what == "scale-one":
        run_scale_one(args.pages)
    elif args.what == "io":
        run_io(args.pages)
    else:
        run_ray(args.pages)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
