"""The Ray integration on a real local Ray cluster: results equal to the single-process path."""

from __future__ import annotations

import pickle

import pytest

# Ray's own modules raise deprecation warnings about its internal settings, and Ray Data leaves its
# per-dataset log file (ray-data-dataset_*.log) for the collector to close, a ResourceWarning whenever
# that happens inside a test: neither is ours to fix.
pytestmark = pytest.mark.filterwarnings(
    "ignore::DeprecationWarning", "ignore::FutureWarning", "ignore:unclosed file.*ray-data:ResourceWarning"
)

ray = pytest.importorskip("ray", reason="the ray extra is not installed (it is part of the test extra)")

from option_cases import CASES, PAGE, TEXT, check, options  # noqa: E402

import cleantext  # noqa: E402
from cleantext.integrations.ray import _Cleaner, clean_dataset, learn_dataset  # noqa: E402

STORIES = [
    "The council approved the new budget for schools on Tuesday evening.",
    "Rain is expected to fall across the valley through the weekend.",
    "The team won its third game in a row with a late goal.",
    "Police closed the bridge after a truck lost its load of gravel.",
    "A new library branch opens next month in the old post office.",
    "The river rose two feet overnight, flooding several farm roads.",
    "Farmers met in the town hall to discuss the price of feed.",
]


def rows() -> list[dict[str, str]]:
    made = []
    for number, story in enumerate(STORIES):
        for host in ("www.a.example", "b.example"):
            chrome = f"Home | {host} | Sport\n{story}\nShare this story\n({number * 7}) comments"
            made.append({"text": chrome, "url": f"https://{host}/story/{number}", "id": f"{host}-{number}"})
    return made


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_learn_and_clean_on_ray_equal_the_local_path(cluster) -> None:
    data = rows()
    local = cleantext.learn((row["text"] for row in data), sites=(cleantext.site_key(row["url"]) for row in data))
    dataset = ray.data.from_items(data, override_num_blocks=5)
    learned = learn_dataset(dataset, site_column="url", fan_in=2)
    assert learned == local
    assert learned.sites == ("a.example", "b.example") and learned.pages("a.example") == len(STORIES)

    cleaned = clean_dataset(dataset, learned, site_column="url", output_column="clean").take_all()
    by_id = {row["id"]: row for row in cleaned}
    for row in data:
        site = cleantext.site_key(row["url"])
        assert by_id[row["id"]]["clean"] == cleantext.clean(row["text"], profile=local, site=site)
        assert by_id[row["id"]]["text"] == row["text"]  # the input column is kept
    assert by_id["b.example-3"]["clean"] == STORIES[3] + "\n"


def test_clean_dataset_with_steps_and_a_config_cleans_as_clean_does(cluster) -> None:
    dataset = ray.data.from_items([{"id": "text", "text": TEXT}, {"id": "page", "text": PAGE}], override_num_blocks=2)
    for document, steps, settings in (case.values for case in CASES):
        cleaned = clean_dataset(dataset, output_column="clean", **options(steps, settings)).take_all()
        (row,) = [row for row in cleaned if row["text"] == document]
        check(row["clean"], document, steps, settings)


def test_clean_dataset_with_a_profile_steps_and_a_config_cleans_as_clean_does(cluster) -> None:
    data = rows()
    profile = cleantext.learn((row["text"] for row in data), sites=(cleantext.site_key(row["url"]) for row in data))
    steps, settings = "repair,keep_article,tidy", ["keep_article.keep_above=0.0"]
    data.append({"text": TEXT, "url": "https://c.example/transit", "id": "transit"})
    dataset = ray.data.from_items(data, override_num_blocks=3)
    cleaned = clean_dataset(dataset, profile, site_column="url", **options(steps, settings)).take_all()
    by_id = {row["id"]: row["text"] for row in cleaned}
    for row in data:
        site = cleantext.site_key(row["url"])
        expected = cleantext.clean(row["text"], **options(steps, settings), profile=profile, site=site)
        assert by_id[row["id"]] == expected
    check(by_id["transit"], TEXT, steps, settings, profile=profile, site="c.example")


def test_the_cleaner_ray_ships_to_workers_pickles_and_cleans_the_same() -> None:
    import pyarrow

    data = rows()
    profile = cleantext.learn((row["text"] for row in data), sites=(cleantext.site_key(row["url"]) for row in data))
    table = pyarrow.Table.from_pylist([*data, {"text": TEXT, "url": None, "id": "transit"}])
    for document, steps, settings in (case.values for case in CASES if case.values[0] is TEXT):
        cleaner = _Cleaner(profile, "text", "url", "clean", "auto", **options(steps, settings))
        shipped = pickle.loads(pickle.dumps(cleaner))
        assert shipped(table).column("clean").to_pylist() == cleaner(table).column("clean").to_pylist()
        sites = [cleantext.site_key(url) for url in table.column("url").to_pylist()]
        expected = [
            cleantext.clean(text, profile=profile, site=site, **options(steps, settings))
            for text, site in zip(table.column("text").to_pylist(), sites, strict=True)
        ]
        assert shipped(table).column("clean").to_pylist() == expected
        check(shipped(table).column("clean").to_pylist()[-1], document, steps, settings, profile=profile)


def test_clean_dataset_refuses_bad_options_before_any_row_is_cleaned(cluster) -> None:
    dataset = ray.data.from_items([{"text": TEXT}])
    with pytest.raises(cleantext.OptionError, match=r"config must be a cleantext\.Config"):
        clean_dataset(dataset, config=["strip_boilerplate.min_words=20"])
    with pytest.raises(cleantext.OptionError, match="strip_site_chrome needs a site profile"):
        clean_dataset(dataset, steps=cleantext.parse_steps("strip_site_chrome"))
    with pytest.raises(cleantext.OptionError, match="kind must be one of"):
        clean_dataset(dataset, kind="pdf")


def test_the_cleaner_gives_each_row_s_url_to_clean(monkeypatch) -> None:
    import pyarrow

    seen = []
    real = cleantext.clean

    def spy(text: str, **options: object) -> str:
        seen.append(options["url"])
        return real(text, **options)

    monkeypatch.setattr(cleantext, "clean", spy)
    table = pyarrow.Table.from_pylist(
        [{"text": PAGE, "url": "https://c.example/a", "link": "https://c.example/b"}, {"text": TEXT, "url": None}]
    )
    cleaned = _Cleaner(None, "text", None, "clean", "auto")(table).column("clean").to_pylist()
    assert seen == ["https://c.example/a", None]
    assert cleaned[0] == real(PAGE, url="https://c.example/a")
    seen.clear()
    _Cleaner(None, "text", None, "clean", "auto", url_column="link")(table)
    assert seen == ["https://c.example/b", None]
    seen.clear()
    _Cleaner(None, "text", None, "clean", "auto", url_column=None)(table)
    _Cleaner(None, "text", None, "clean", "auto")(table.drop_columns(["url"]))  # no such column: no URL
    assert seen == [None, None, None, None]
