"""Site profiles: counting, merging, the file format, and the step that uses them."""

from __future__ import annotations

import itertools
import pickle
from functools import partial

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext import Profile, ProfileBuilder, ProfileError, learn, pipeline, strip_site_chrome
from cleantext.profile import normalise
from cleantext.sitechrome import SiteThresholds

STORIES = [
    "The council approved the new budget for schools on Tuesday evening, officials said.",
    "Rain is expected to fall across the valley through the weekend, forecasters said.",
    "The team won its third game in a row with a late goal from its captain.",
    "Police closed the bridge after a truck lost its load of gravel on Monday.",
    "A new library branch opens next month in the old post office downtown.",
    "The river rose two feet overnight, flooding several farm roads near town.",
    "Farmers met in the town hall to discuss the rising price of feed.",
    "The mayor said the park would reopen once the storm damage was cleared.",
]
POLICY = (
    "Keep it clean and please avoid obscene, vulgar, lewd, racist or sexually oriented language in the "
    "comments, and do not threaten anyone with harm of any kind whatsoever."
)


def page(number: int, story: str, *, footer: bool = True) -> str:
    lines = [f"Home | News | Sport | Posted {number + 1} May 2020", story, f"({number * 3}) comments"]
    if footer:
        lines += [POLICY, "Copyright 2020 Example Media"]
    return "\n".join(lines)


def site_pages() -> list[str]:
    return [page(number, story) for number, story in enumerate(STORIES)]


# --- counting ------------------------------------------------------------------------------------


def test_counts_distinct_pages_per_site_through_numbers_and_dates() -> None:
    profile = learn([*site_pages(), "Elsewhere\nA story."], sites=["x.com"] * len(STORIES) + ["y.org"])
    assert profile.sites == ("x.com", "y.org")
    assert profile.pages("x.com") == len(STORIES)
    counts = profile.page_counts(["Home | News | Sport | Posted 30 June 2021", "(1) comment", "New text."], "x.com")
    assert counts == [(8, 8), (8, 8), (0, 8)]
    assert profile.page_counts(["Home | News | Sport"], "nowhere.net") == [(0, 0)]


def test_a_line_repeated_in_one_page_counts_once() -> None:
    profile = learn(["Share\nShare\nOne.", "Share\nTwo."])
    assert profile.page_counts(["Share"]) == [(2, 2)]


def test_hard_wrapped_paragraph_is_counted_whatever_its_wrapping() -> None:
    wrapped = ["Keep it clean and please avoid obscene,", "vulgar, lewd or racist language here."]
    other = ["Keep it clean and please avoid", "obscene, vulgar, lewd or racist", "language here."]
    profile = learn(["\n".join([*wrapped, "One."]), "\n".join([*other, "Two."])])
    assert profile.page_counts(other) == [(2, 2)] * 3


def test_duplicate_pages_are_one_page_and_not_evidence_against_themselves() -> None:
    pages = site_pages()[:3] + [site_pages()[0]] * 4
    profile = learn(pages)
    assert profile.pages() == 3 and profile.documents() == 7
    lines = site_pages()[0].split("\n")
    assert profile.page_counts(lines)[1] == (1, 3)  # its story: its own 4 extra copies are taken off


def test_builder_folding_into_runs_changes_nothing() -> None:
    small = ProfileBuilder(buffer_lines=3)
    for text in site_pages():
        small.add(text, site="x.com")
    assert small.build() == learn(site_pages(), sites=["x.com"] * len(STORIES))


def test_sites_must_be_parallel_to_texts() -> None:
    with pytest.raises(ValueError):
        learn(["a", "b"], sites=["x.com"])


def test_site_key_reads_urls() -> None:
    assert cleantext.site_key("HTTPS://www.Example.COM:8080/a?b#c") == "example.com"
    assert cleantext.site_key("news.example.com") == "news.example.com"


# --- merging -------------------------------------------------------------------------------------

LINES = st.sampled_from(["Home", "Share", "(3) comments", "Story one.", "Story two.", "Log In", "| |", ""])
PAGES = st.lists(st.lists(LINES, max_size=6).map("\n".join), max_size=12)


@settings(max_examples=60, deadline=None)
@given(PAGES, st.lists(st.sampled_from(["a.com", "b.com", None]), min_size=12, max_size=12), st.data())
def test_merge_is_the_same_whatever_the_order_and_split(pages, sites, data) -> None:
    sites = sites[: len(pages)]
    whole = learn(pages, sites=sites)
    order = data.draw(st.permutations(range(len(pages))))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(pages)), max_size=4)))
    bounds = [0, *cuts, len(pages)]
    parts = [
        learn([pages[i] for i in order[a:b]], sites=[sites[i] for i in order[a:b]])
        for a, b in itertools.pairwise(bounds)
    ]
    merged = Profile()
    for part in parts:
        merged = merged + part
    assert merged == whole
    assert Profile.merge_all(reversed(parts)) == whole
    if len(parts) >= 3:
        a, b, c = parts[:3]
        assert (a + b) + c == a + (b + c)
        assert a + b == b + a


# --- the file format -----------------------------------------------------------------------------


def test_save_and_load_give_the_same_profile(tmp_path) -> None:
    profile = learn(site_pages(), sites=["x.com"] * len(STORIES))
    path = tmp_path / "site.profile"
    profile.save(path)
    loaded = Profile.load(path)
    assert loaded == profile
    assert loaded.top("x.com", 1) == profile.top("x.com", 1)
    assert pickle.loads(pickle.dumps(profile)) == profile


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda data: b"PK\x03\x04" + data[4:], "not a cleantext profile"),
        (lambda data: data[:8] + b"\x09\x00" + data[10:], "version 9"),
        (lambda data: data[:40] + bytes([data[40] ^ 1]) + data[41:], "checksum"),
        (lambda data: data[:30], "checksum"),
        (lambda data: b"", "not a cleantext profile"),
    ],
)
def test_a_bad_file_raises_a_profile_error(tmp_path, damage, message) -> None:
    data = learn(site_pages()).to_bytes()
    path = tmp_path / "bad.profile"
    path.write_bytes(damage(data))
    with pytest.raises(ProfileError, match=message):
        Profile.load(path)
    assert issubclass(ProfileError, cleantext.CleantextError)


def test_summary_shows_pages_and_top_lines() -> None:
    text = learn(site_pages(), sites=["x.com"] * len(STORIES)).summary(limit=2)
    assert text.startswith("Profile: 1 site, 8 pages\nx.com: 8 pages (8 documents)")
    assert "  8/8  " in text
    assert repr(learn(site_pages())) == "<Profile: 1 site, 8 pages>"


# --- the step ------------------------------------------------------------------------------------


def test_step_removes_the_site_furniture_and_keeps_the_article() -> None:
    profile = learn(site_pages())
    new = page(11, "A brand new article about the harbour opened today, the port said.")
    assert (
        strip_site_chrome(new, profile=profile) == "A brand new article about the harbour opened today, the port said."
    )


def test_nothing_is_removed_before_the_site_has_min_pages() -> None:
    profile = learn(site_pages()[:4])
    assert strip_site_chrome(site_pages()[0], profile=profile) == site_pages()[0]
    assert (
        strip_site_chrome(site_pages()[0], profile=profile, thresholds=SiteThresholds(min_pages=4)) != site_pages()[0]
    )


def test_prose_shared_by_a_few_pages_is_kept() -> None:
    quote = "“We will rebuild the bridge before winter, whatever it costs us,” the governor told reporters."
    pages = [page(n, story) + ("\n" + quote if n < 3 else "") for n, story in enumerate(STORIES)]
    profile = learn(pages * 1)
    assert quote in strip_site_chrome(pages[0], profile=profile).split("\n")
    # the same prose on most pages is the site's own: the comment policy goes
    assert POLICY not in strip_site_chrome(pages[0], profile=profile)


def test_a_near_copy_keeps_its_prose() -> None:
    pages = [page(n, STORIES[0]) + f"\nEdition {'abcdefgh'[n]}" for n in range(6)]
    profile = learn(pages)
    assert profile.pages() == 6  # near copies: each one distinct
    assert STORIES[0] in strip_site_chrome(pages[0], profile=profile)


def test_an_unknown_site_is_left_alone() -> None:
    profile = learn(site_pages(), sites=["x.com"] * len(STORIES))
    assert strip_site_chrome(site_pages()[0], profile=profile, site="other.org") == site_pages()[0]


def test_clean_and_explain_take_a_profile() -> None:
    profile = learn(site_pages(), sites=["x.com"] * len(STORIES))
    new = page(20, "The harbour reopened today after a week of repairs, the port said.")
    assert cleantext.clean(new, profile=profile, site="x.com") == (
        "The harbour reopened today after a week of repairs, the port said.\n"
    )
    report = cleantext.explain(new, profile=profile, site="x.com")
    assert "line 1: removed by strip_site_chrome (repeated-on-site (seen on 8 of 8 pages)): Home" in str(report)
    assert cleantext.clean(new) != cleantext.clean(new, profile=profile, site="x.com")


def test_step_with_a_profile_composes_and_pickles() -> None:
    profile = learn(site_pages())
    steps = pipeline(partial(strip_site_chrome, profile=profile), cleantext.tidy)
    again = pickle.loads(pickle.dumps(steps))
    assert again == steps
    assert again(site_pages()[1]) == STORIES[1] + "\n"


def test_step_refuses_what_is_not_a_profile() -> None:
    with pytest.raises(cleantext.OptionError):
        strip_site_chrome("text", profile={"Home": 3})  # type: ignore[arg-type]


def test_normalise_keeps_different_words_apart() -> None:
    assert normalise("Posted 3 May 2019") == normalise("Posted 21 June 2020")
    assert normalise("Log In") != normalise("Log Out")
