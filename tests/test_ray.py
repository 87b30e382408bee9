"""The Ray integration on a real local Ray cluster: results equal to the single-process path."""

from __future__ import annotations

import pytest

# Ray's own modules raise deprecation warnings about its internal settings: not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")

ray = pytest.importorskip("ray", reason="the ray extra is not installed (it is part of the test extra)")

import cleantext  # noqa: E402
from cleantext.integrations.ray import clean_dataset, learn_dataset  # noqa: E402

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
