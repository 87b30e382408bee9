"""Options in one record per step, grouped in a Config that clean(), explain() and the command take; the route
(HTML page or text) decided in one place for every entry point."""

from __future__ import annotations

import inspect
import json
import pickle
import re
from dataclasses import fields
from functools import partial
from pathlib import Path

import pytest
from cli_support import errors_of, run

import cleantext
from cleantext import (
    DEFAULT_PIPELINE,
    BoilerplateOptions,
    ChromeOptions,
    Config,
    DecisionOptions,
    DuplicateOptions,
    OptionError,
    SiteThresholds,
    drop_duplicates,
    keep_article,
    pipeline,
    repair,
    strip_boilerplate,
    strip_chrome,
    strip_site_chrome,
    tidy,
)
from cleantext.chrome import decide_chrome
from cleantext.decision import decide_article
from cleantext.duplicates import decide_duplicates
from cleantext.html import HTML_TEXT_PIPELINE
from cleantext.integrations import clean_value
from cleantext.records import Job, Meta, Route, Task, read_text
from cleantext.sitechrome import decide_site_chrome
from cleantext.structure import decide_boilerplate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: A short sentence said twice inside an article: kept by default (under drop_duplicates' min_words).
ARTICLE = (
    "The council approved the new budget on Tuesday after a long debate.\n"
    "Rain fell all day.\n"
    "It takes effect in January, officials said on Wednesday.\n"
    "Rain fell all day.\n"
    "The mayor thanked the members of the council for their long work.\n"
)
SHORT_COPIES = Config().replace(drop_duplicates={"min_words": 3})


# --- one record per step, read by its face and its decider ----------------------------------------------


@pytest.mark.parametrize(
    ("record", "face", "decide"),
    [
        (DuplicateOptions(), drop_duplicates, decide_duplicates),
        (BoilerplateOptions(), strip_boilerplate, decide_boilerplate),
        (ChromeOptions(), strip_chrome, decide_chrome),
        (DecisionOptions(), keep_article, decide_article),
    ],
)
def test_face_and_decider_defaults_are_the_records(record, face, decide) -> None:
    for function in (face, decide):
        options = {
            name: parameter.default
            for name, parameter in inspect.signature(function).parameters.items()
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY
            and not (face is keep_article and name == "rules")  # keep_article's rules: the rule steps' own records
        }
        assert options == {spec.name: getattr(record, spec.name) for spec in fields(record)}, function


def test_site_chrome_takes_its_record_whole() -> None:
    for function in (strip_site_chrome, decide_site_chrome):
        assert inspect.signature(function).parameters["thresholds"].default == SiteThresholds()


def test_config_holds_a_record_for_every_step_with_options() -> None:
    steps = {name for name, step in cleantext.registered_steps().items() if _keyword_options(step)}
    assert set(Config.__dataclass_fields__) == steps


def _keyword_options(step) -> list[str]:
    parameters = inspect.signature(step).parameters.values()
    return [
        p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY and p.name not in ("profile", "site")
    ]


# --- the config: clean(), explain(), pipelines ------------------------------------------------------------


def test_default_config_builds_the_default_pipelines() -> None:
    assert Config().pipeline() == DEFAULT_PIPELINE
    assert repr(Config().pipeline()) == repr(DEFAULT_PIPELINE)
    assert Config().pipeline("html") == HTML_TEXT_PIPELINE == pipeline(repair, strip_chrome, tidy)


def test_options_reach_clean_and_explain() -> None:
    assert cleantext.clean(ARTICLE) == ARTICLE
    cleaned = cleantext.clean(ARTICLE, config=SHORT_COPIES)
    assert cleaned == ARTICLE.replace("Rain fell all day.\nThe mayor", "The mayor")
    assert cleaned == pipeline(repair, partial(drop_duplicates, min_words=3), strip_chrome, strip_boilerplate, tidy)(
        ARTICLE
    )
    report = cleantext.explain(ARTICLE, config=SHORT_COPIES)
    assert report.text == cleaned
    assert [(edit.line, edit.step, edit.label) for edit in report.removed] == [
        (3, "drop_duplicates", "duplicate-of-line-2")
    ]


def test_options_reach_steps_given_by_hand_but_a_steps_own_option_wins() -> None:
    mine = pipeline(repair, drop_duplicates, tidy)
    assert cleantext.clean(ARTICLE, steps=mine, config=SHORT_COPIES) != cleantext.clean(ARTICLE, steps=mine)
    own = pipeline(partial(drop_duplicates, min_words=9))
    assert SHORT_COPIES.bind(own) == own


def test_site_thresholds_reach_a_profile_run() -> None:
    stories = ["Rain fell.", "Snow came.", "Wind rose.", "Fog lifted."]
    profile = cleantext.learn([f"Home | World | Sport\n{story}" for story in stories])  # 4 pages: under min_pages
    page = "Home | World | Sport\nA new story came in today."
    rules = cleantext.RULES_PIPELINE  # the rules alone keep both lines; the learned decision drops the menu itself
    assert cleantext.clean(page, profile=profile, steps=rules) == page + "\n"
    fewer = Config().replace(strip_site_chrome={"min_pages": 4})
    assert cleantext.clean(page, profile=profile, config=fewer, steps=rules) == "A new story came in today.\n"


def test_config_pickles_and_compares_by_value() -> None:
    config = Config().replace(drop_duplicates={"min_words": 3}, strip_boilerplate=BoilerplateOptions(max_gap=2))
    again = pickle.loads(pickle.dumps(config))
    assert again == config and hash(again) == hash(config)
    assert again != Config()
    steps = config.pipeline()
    assert pickle.loads(pickle.dumps(steps)) == steps
    assert repr(steps) == (
        "pipeline(repair, partial(keep_article, rules=pipeline(partial(drop_duplicates, min_words=3), strip_chrome, "
        "partial(strip_boilerplate, max_gap=2))), tidy)"
    )


def test_the_learned_decision_never_empties_a_text_of_a_few_short_lines() -> None:
    # the model alone would remove both lines (a menu, a short sentence): it may remove the menu only
    assert cleantext.clean("Home | World | Sport\nA new story came in today.") == "A new story came in today.\n"
    assert cleantext.clean("Home | World | Sport") == "Home | World | Sport\n"


def test_the_rule_steps_options_reach_the_rules_that_annotate_for_the_decision() -> None:
    # keep_article's rules are the rule steps: an option of one of them changes what they annotate
    said = "The council met on Tuesday to approve the budget for the coming year."
    text = "\n".join([said, "Members voted seven to two after a long debate in the chamber.", said])
    assert cleantext.clean(text) == "\n".join(text.split("\n")[:2]) + "\n"  # a second copy goes
    long_copies_only = Config().replace(drop_duplicates={"min_words": 30})
    assert cleantext.clean(text, config=long_copies_only) == text + "\n"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"drop_duplicates": {"min_word": 3}}, "drop_duplicates has no option 'min_word'"),
        ({"repair": {"fast": False}}, "no step repair with options"),
        ({"drop_duplicates": {"min_words": "3"}}, "drop_duplicates.min_words must be int, not str"),
        ({"drop_duplicates": {"min_words": True}}, "must be int, not bool"),
        ({"strip_boilerplate": {"keep_ratio": "half"}}, "strip_boilerplate.keep_ratio must be float"),
        ({"strip_chrome": {"rules": ["(0) comments"]}}, "strip_chrome.rules must be tuple"),
        ({"strip_chrome": DuplicateOptions()}, "strip_chrome takes a ChromeOptions, not DuplicateOptions"),
    ],
)
def test_unknown_options_and_wrong_types_are_refused(change, message) -> None:
    with pytest.raises(OptionError, match=re.escape(message)):
        Config().replace(**change)


def test_steps_that_are_not_steps_are_refused() -> None:
    for call in (cleantext.clean, cleantext.explain):
        with pytest.raises(cleantext.PipelineError):
            call("Some text.", steps="repair")  # type: ignore[call-overload]


def test_a_wrong_config_is_refused() -> None:
    with pytest.raises(OptionError, match=re.escape("config must be a cleantext.Config")):
        cleantext.clean("Some text.", config={"drop_duplicates": {"min_words": 3}})  # type: ignore[arg-type]


def test_records_check_their_values_too() -> None:
    with pytest.raises(OptionError):
        DuplicateOptions(min_words=2.5)  # type: ignore[arg-type]
    assert ChromeOptions(rules=list(cleantext.DEFAULT_RULES[:2])).rules == cleantext.DEFAULT_RULES[:2]
    assert BoilerplateOptions(keep_ratio=1).keep_ratio == 1


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("drop_duplicates.min_words", "written STEP.OPTION=VALUE"),
        ("min_words=3", "written STEP.OPTION=VALUE"),
        ("drop_duplicates.min_words=three", "drop_duplicates.min_words takes an integer, not 'three'"),
        ("drop_duplicates.min_word=3", "drop_duplicates has no option 'min_word'"),
        ("tidy.width=3", "no step tidy with options"),
        ("strip_chrome.rules=login", "strip_chrome.rules cannot be set from text"),
    ],
)
def test_settings_written_as_text(setting, message) -> None:
    with pytest.raises(OptionError, match=re.escape(message)):
        Config().with_settings([setting])


def test_settings_written_as_text_apply_in_order() -> None:
    config = Config().with_settings(["strip_boilerplate.keep_ratio=0.3", " strip_boilerplate.keep_ratio = 0.25"])
    assert config.strip_boilerplate.keep_ratio == 0.25
    assert set(Config().settings()) >= {"drop_duplicates.min_words", "strip_site_chrome.long_share"}


# --- the command ------------------------------------------------------------------------------------------


def test_set_reaches_the_command(tmp_path: Path) -> None:
    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    result = run("--set", "drop_duplicates.min_words=3", source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8") == cleantext.clean(ARTICLE, config=SHORT_COPIES)
    assert run(source).stdout.decode("utf-8") == ARTICLE


def test_set_reaches_worker_processes(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps({"text": ARTICLE, "n": n}) + "\n" for n in range(4)), encoding="utf-8")
    result = run("-j", "2", "--set", "drop_duplicates.min_words=3", records)
    assert result.returncode == 0, result.stderr
    texts = [json.loads(line)["text"] for line in result.stdout.decode("utf-8").splitlines()]
    assert texts == [cleantext.clean(ARTICLE, config=SHORT_COPIES)] * 4


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (
            "drop_duplicates.min_word=3",
            "--set: drop_duplicates has no option 'min_word'; its options: min_words, label_repeats",
        ),
        ("strip_boilerplate.keep_ratio=most", "--set: strip_boilerplate.keep_ratio takes a number, not 'most'"),
    ],
)
def test_a_bad_setting_is_a_usage_error(setting: str, message: str) -> None:
    result = run("--set", setting, stdin=ARTICLE.encode())
    assert result.returncode == 2
    assert errors_of(result)[-1] == f"cleantext: error: {message}"
    assert result.stdout == b""


# --- one route for every entry point ----------------------------------------------------------------------

PAGE = (FIXTURES / "html" / "news_page.html").read_text(encoding="utf-8")
DOCUMENTS = {
    "page": PAGE,
    "fragment": "<div class='story'><p>The port reopened on Friday after the storm, officials said.</p></div>",
    "text about tags": "The <p> element holds a paragraph.\nThe port reopened on Friday after the storm, officials said.\n",
    "seed": (FIXTURES / "seed" / "chile_border.raw.txt").read_text(encoding="utf-8"),
}


@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("kind", cleantext.KINDS)
def test_every_entry_point_routes_alike(name: str, kind: str) -> None:
    document = DOCUMENTS[name]
    way = cleantext.route(document, kind)
    assert way == cleantext.route(document.encode("utf-8"), kind)
    expected = cleantext.clean(document, kind=way)
    assert cleantext.clean(document, kind=kind) == expected
    assert cleantext.explain(document, kind=kind).text == expected
    assert clean_value(document, kind) == clean_value(document.encode("utf-8"), kind) == expected
    found = read_text(Job(kind=kind), [document.encode("utf-8")], Task(kind, Route("text", "text"), Meta()))
    assert not isinstance(found, str) and found.kind == way
    option = {"auto": [], "html": ["--html"], "text": ["--text"]}[kind]
    assert run(*option, stdin=document.encode("utf-8")).stdout.decode("utf-8") == expected


def test_explicit_steps_are_what_runs_on_a_page() -> None:
    """The text steps of a page are the route's unless steps are given: passing the text pipeline runs it."""
    assert cleantext.explain(PAGE) == cleantext.explain(PAGE, steps=HTML_TEXT_PIPELINE)
    assert cleantext.explain(PAGE, steps=DEFAULT_PIPELINE) == cleantext.explain_html(PAGE, steps=DEFAULT_PIPELINE)


def test_an_unknown_kind_is_refused_everywhere() -> None:
    for call in (
        partial(cleantext.route, "text"),
        partial(cleantext.clean, "text"),
        partial(cleantext.explain, "text"),
        partial(clean_value, "text"),
    ):
        with pytest.raises(OptionError, match="kind must be one of"):
            call(kind="pdf")
