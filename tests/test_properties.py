"""Properties that hold for every input: never raises, idempotent, never invents text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import clean, drop_duplicates, explain, repair, strip_boilerplate, strip_chrome, tidy

# Lines of the kinds scraped pages are made of, so that the rules and the structure really engage.
PIECES = [
    "The council approved the budget on Tuesday after a long debate, officials said.",
    "Supporters said the plan would cut commute times by a fifth across the region.",
    "and the second half of a hard-wrapped sentence continues here without a capital",
    "Keep it Clean. Please avoid obscene, vulgar, lewd,",
    "racist or sexually-oriented language. PLEASE TURN OFF YOUR CAPS LOCK.",
    "(0) comments",
    "Log In",
    "Share",
    "Advertisement",
    "MORE: Ten Things You Missed This Week",
    "Company Town",
    "Home",
    "1 in 4 riders will use the new line",
    "donâ€™t stop the crossing.Â",
    "“Curly” quotes — and ＡＢＣ",
    "",
    "   ",
    "\xa0",
]
documents = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=25).map("\n".join)
any_text = st.one_of(st.text(), documents)
STEPS = [repair, drop_duplicates, strip_chrome, strip_boilerplate, tidy]
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text)
def test_no_step_raises_on_any_text(text: str) -> None:
    for step in [*STEPS, clean]:
        assert isinstance(step(text), str)


@FAST
@given(any_text)
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@FAST
@given(any_text)
def test_each_step_is_idempotent(text: str) -> None:
    for step in STEPS:
        once = step(text)
        assert step(once) == once, step.__name__


@FAST
@given(any_text)
def test_clean_never_invents_text(text: str) -> None:
    repaired = [line.strip() for line in repair(text).split("\n")]
    for line in clean(text).split("\n"):
        assert any(line.strip() in source for source in repaired)


@FAST
@given(any_text)
def test_explain_agrees_with_clean(text: str) -> None:
    report = explain(text)
    assert report.text == clean(text)
    removed = {edit.line for edit in report.edits if edit.action == "remove"}
    assert not removed & set(report.origin[:-1])
