"""The chrome engine decides exactly as searching each rule's pattern in turn would, for any rules."""

from __future__ import annotations

import random
import sys
from itertools import chain

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleantext import DEFAULT_RULES, Rule, chrome, strip_chrome
from cleantext.blocks import word_count
from cleantext.chrome import _engine, chrome_label
from cleantext.chrome_analysis import _FOLD_EXTRA, _containment
from cleantext.chrome_engine import _compile, _held, _label


def _forget_engines() -> None:
    """Every engine made so far forgotten, the one ``chrome`` read last too: the next is made anew."""
    _compile.cache_clear()
    chrome._last_engine = None


def reference_label(text: str, rules: tuple[Rule, ...]) -> str | None:
    """The rules applied the plain way: every pattern searched, in order."""
    stripped = text.strip()
    words = word_count(stripped)
    for rule in rules:
        if rule.max_words is not None and words > rule.max_words:
            continue
        if regex.search(rule.pattern, stripped, regex.IGNORECASE):
            return rule.label
    return None


CUSTOM = (
    Rule("inline-flags", r"(?x) keep \s+ out", max_words=None),
    Rule("backref", r"\b(\w+) \1\b", max_words=None),
    Rule("named", r"(?P<word>breaking) news", max_words=None),
    Rule("brace", r"^x{|total\W*$", max_words=None),
    Rule("counted", r"\bpage \d{1,3} of \d{2,}\b|^see (?:more|all){1,2}\b", max_words=None),
    Rule("exotic", r"sKip|^İnfo|łódź|\bstreaming\b", max_words=None),
    # Screened by the last character: alternatives that end with "$", some with optional tails.
    Rule("ends", r"(?:done|fin)[.!]$|^\d+ items?$|\bfoo\s*$|^(?:bar)?$|(?-i:Q)\W*$", max_words=None),
    Rule("class-escape", r"a[\b]c|[\]x-]\]", max_words=None),
    Rule("joined", r"x\((?:yes|no)|^\w+\[(?:up|down)", max_words=None),
)

# Fragments built from what the rules look for, with case and look-alike letters changed.
_FRAGMENTS = [
    *(key for matcher in _compile(DEFAULT_RULES + CUSTOM).matchers for part in matcher.parts for key in part.keys),
    *(
        start
        for matcher in _compile(DEFAULT_RULES + CUSTOM).matchers
        for part in matcher.parts
        for start in part.starts or ()
    ),
    "The council approved the budget on Tuesday.",
    "(0) comments",
    "Log In",
    "Share",
    "Facebook",
    "| 12 comments »",
    "Photo: Jane Doe/Getty Images",
    "Read more »",
    "[…]",
    "©",
    "2024",
    ":",
    " ",
    "\xa0",
    "ſ",
    "\u212a",
    "\u0130",
    "breaking breaking",
    "keep   out",
    "x{",
    "window.a",
    "document.b = 1;",
    "{",
    ";",
    "Photo: ",
    "\n",
    "done.",
    "fin!",
    "3 items",
    "foo",
    "bar",
    "q",
    "a\bc",
    "]]",
    "x(yes",
    "abc[down",
    "→",
    "« ",
    " – ",
    "—",
    "²",
]


def _vary(fragment: str, how: int) -> str:
    if how == 1:
        return fragment.upper()
    if how == 2:
        return fragment.title()
    if how == 3:
        return fragment.replace("s", "ſ").replace("k", "\u212a").replace("i", "\u0130")
    return fragment


texts = st.lists(
    st.tuples(st.sampled_from(_FRAGMENTS), st.integers(0, 3)).map(lambda pair: _vary(*pair)), min_size=1, max_size=6
).map(" ".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(texts, st.text(max_size=30)))
def test_engine_agrees_with_plain_search(text: str) -> None:
    for rules in (DEFAULT_RULES, CUSTOM):
        assert chrome_label(text, rules) == reference_label(text, rules)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["", "\n", " ", "\t\n", "\u2029", "x"]))
def test_engine_agrees_on_paragraphs_that_end_with_white_space(text: str, tail: str) -> None:
    """``$`` also matches before a final line break: the last character screens nothing then."""
    text = text.strip() + tail
    for rules in (DEFAULT_RULES, CUSTOM):
        engine = _compile(rules)
        expected = next((rule.label for rule in rules if regex.search(rule.pattern, text, regex.IGNORECASE)), None)
        assert _label(text, 0, engine) == expected


def test_custom_rules_with_syntax_the_screen_does_not_follow_still_apply() -> None:
    page = "The vote passed.\nkeep   out\nthe the\nBreaking News\nx{ marks the spot\nPage 3 of 12\n\u212aeep it clean"
    assert strip_chrome(page, rules=CUSTOM) == "The vote passed.\n\u212aeep it clean"
    assert strip_chrome("\u212aEEP IT CLEAN. Please avoid obscene language.") == ""


def test_fold_covers_every_letter_the_regex_module_equates_with_ascii() -> None:
    ascii_letter = regex.compile("[a-z]", regex.IGNORECASE)
    found = {code for code in range(128, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(code))}
    assert found == set(_FOLD_EXTRA)
    for code, letter in _FOLD_EXTRA.items():
        assert regex.fullmatch(letter, chr(code), regex.IGNORECASE)


def test_every_default_rule_is_analysed() -> None:
    """No default rule falls back to a plain search of its whole pattern (that would be slow, not wrong)."""
    assert all(matcher.parts for matcher in _compile(DEFAULT_RULES).matchers)


def test_word_count_shortcut_skips_no_unspaced_character() -> None:
    from cleantext.blocks import _MAYBE_UNSPACED, _UNSPACED

    for code in range(0x80, sys.maxunicode + 1):
        char = chr(code)
        if _UNSPACED.match(char):
            assert _MAYBE_UNSPACED.match(char), hex(code)


def test_a_rule_that_does_not_compile_still_fails_at_once() -> None:
    with pytest.raises(regex.error):
        strip_chrome("Anything at all.", rules=(Rule("bad", r"^never{2,1}"),))


def test_every_default_rule_compiles() -> None:
    """The engine does not compile the default rules' whole patterns up front: this test does."""
    for rule in DEFAULT_RULES:
        regex.compile(rule.pattern, regex.IGNORECASE)


def test_caseless_literals_are_equated_with_no_other_character() -> None:
    """Non-ASCII literals the screens look for (punctuation, symbols, digits) stand for themselves alone."""
    from regex import _regex  # the module's own case table

    from cleantext.chrome_analysis import _fold, _plain

    plain = [chr(code) for code in range(128, sys.maxunicode + 1) if _plain(chr(code))]
    assert "©" in plain and "»" in plain and "é" not in plain
    for char in plain:
        assert _regex.get_all_cases(regex.IGNORECASE, ord(char)) == [ord(char)], hex(ord(char))
        assert _fold(char) == char
    # And no other character matches one of them case-insensitively (the public API's view).
    any_plain = regex.compile("[" + "".join(map(regex.escape, plain)) + "]", regex.IGNORECASE)
    plain_set = set(plain)
    for code in range(128, sys.maxunicode + 1):
        if chr(code) not in plain_set:
            assert not any_plain.fullmatch(chr(code)), hex(code)


@pytest.mark.parametrize(("busy", "own"), [(0, 10**9), (10**9, 0), (0, 0), (10**9, 10**9)])
def test_engine_agrees_whether_or_not_lanes_look_for_their_probes_by_one_search(
    busy: int, own: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lane looks for its probes one by one until its size class is busy, then first by the class's
    search (``busy``), and by a search of its own once it is busy itself (``own``): all agree."""
    from cleantext import chrome_engine

    monkeypatch.setattr(chrome_engine, "_BUSY", busy)
    monkeypatch.setattr(chrome_engine, "_OWN_BUSY", own)
    _forget_engines()
    rng = random.Random(busy + 2 * own)
    try:
        for _ in range(1500):
            pieces = [_vary(rng.choice(_FRAGMENTS), rng.randrange(4)) for _ in range(rng.randint(1, 6))]
            text = " ".join(pieces)
            for rules in (DEFAULT_RULES, CUSTOM):
                assert chrome_label(text, rules) == reference_label(text, rules), text
    finally:
        _forget_engines()


def test_engine_caches_stay_bounded_and_agree_when_emptied(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a rule set remembers (first and last characters, lanes, the probes and quick tests lanes
    share, a lane's starts by first character) is bounded: emptied when full, and the labels the same."""
    from cleantext import chrome_engine

    monkeypatch.setattr(chrome_engine, "_CACHED", 3)
    _forget_engines()
    rng = random.Random(7)
    try:
        varied = (
            " ".join(_vary(rng.choice(_FRAGMENTS), rng.randrange(4)) for _ in range(rng.randint(1, 6)))
            for _ in range(600)
        )
        one_lane = (chr(0x4E00 + k) + " log in" for k in range(50))  # first characters that rule out the same
        for text in chain(varied, one_lane):
            for rules in (DEFAULT_RULES, CUSTOM):
                assert chrome_label(text, rules) == reference_label(text, rules), text
                engine = _compile(rules)
                assert max(len(engine.begins), len(engine.ends), len(engine.lanes), len(engine.shared)) <= 3
                assert all(len(lane.starts) <= 3 for lane in engine.lanes.values())
    finally:
        _forget_engines()


def test_the_engine_read_last_is_the_same_rule_sets() -> None:
    """``chrome._engine`` gives the engine of the tuple read last without looking it up, and any other rule set's
    (an equal list, another tuple) from ``_compile``: always the engine ``_compile`` gives for those rules."""
    _forget_engines()
    for rules in (DEFAULT_RULES, CUSTOM, list(CUSTOM), tuple(CUSTOM[:3]), list(DEFAULT_RULES), DEFAULT_RULES):
        assert _engine(rules) is _compile(tuple(rules))
        assert _engine(rules) is _compile(tuple(rules))  # the last one, again
    assert chrome._last_engine is not None and chrome._last_engine[0] is DEFAULT_RULES


def _containment_pairwise(keys: set[str]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {
        key: (
            frozenset(other for other in keys if other != key and other in key),
            frozenset(other for other in keys if key in other),
        )
        for key in keys
    }


def test_held_literals_are_those_a_pairwise_comparison_finds() -> None:
    """``_held`` finds each literal in the others by one scan of them all joined: the same relation as
    comparing every pair, for the default rules and for small sets that hold the empty literal, line
    breaks, a NUL and repeated letters (a literal found twice in another, or across their joins)."""
    engine = _compile(DEFAULT_RULES)
    keys = {key for matcher in engine.matchers for part in matcher.parts for key in part.keys}
    assert len(keys) > 400
    assert _held(engine) == _containment_pairwise(keys)
    rng = random.Random(7)
    for _ in range(3000):
        size = rng.randint(0, 10)
        sample = {"".join(rng.choice("ab\n\0é") for _ in range(rng.randint(0, 5))) for _ in range(size)}
        assert _containment(sample) == _containment_pairwise(sample), sample
