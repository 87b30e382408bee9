"""``bench/seed_family_rounds.py``: the per-document records a round is designed and judged on add up to
``bench_seed_family``'s figures, a pool family's documents do not depend on the families judged with it, and the
comparison names the documents made worse."""

from __future__ import annotations

import random

from bench_support import bench_module

POOL = ["reworded-373", "reworded-380"]


def test_a_pool_s_records_add_up_to_the_family_figures_on_the_same_documents() -> None:
    with bench_module("seed_family_rounds") as rounds:
        records = [rounds._judged(job) for job in rounds.pool_jobs(POOL, 3)]
        families = rounds.families
        articles = families._articles()
        for family in POOL:
            rng = random.Random(f"{family}/10")
            docs = [families.document(family, articles, rng) for _ in range(3)]
            figures = families.score(docs)
            mine = rounds.pooled([record for record in records if record[0] == family])
            assert (mine["lost"], mine["missed"]) == (figures["article_lines_lost"], figures["chrome_missed"])
            assert mine["exact"] == round(figures["exact"] * 3)
            assert mine["f1"] == figures["f1"]


def test_a_pool_family_s_documents_are_its_own_whichever_families_come_with_it() -> None:
    with bench_module("seed_family_rounds") as rounds:
        alone = [job[2] for job in rounds.pool_jobs(POOL[1:], 2)]
        together = [job[2] for job in rounds.pool_jobs(POOL, 2) if job[0] == POOL[1]]
        assert alone == together


def test_the_comparison_names_a_document_made_worse_and_counts_the_better() -> None:
    before = [
        ["reworded-373", 0, 0, 2, 5, 0, "a"],
        ["reworded-373", 1, 0, 0, 7, 1, "b"],
        ["reworded-380", 0, 1, 3, 4, 0, "c"],
    ]
    after = [
        ["reworded-373", 0, 0, 0, 7, 1, "d"],
        ["reworded-373", 1, 0, 1, 6, 0, "e"],
        ["reworded-380", 0, 1, 3, 4, 0, "c"],
    ]
    with bench_module("seed_family_rounds") as rounds:
        report = rounds.compare(before, after)
    assert "outputs differing 2; documents better 1, worse 1" in report
    assert "  worse: reworded-373/1 lost 0 -> 0, missed 0 -> 1" in report
    assert not any(line.strip().startswith("reworded-380") for line in report)  # unchanged: not listed
