"""The label of the first chrome rule a paragraph matches, found fast (for :mod:`cleantext.chrome`).

Most paragraphs match no rule, so the engine first rules out what it cheaply can (see the screening
section below); the decision is the same as searching every pattern in turn.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .chrome_analysis import _Chars, _fold, _Parser, _required, _Unsupported
from .rules import DEFAULT_RULES, Rule

if TYPE_CHECKING:
    import regex

__all__: list[str] = []  # nothing public: :mod:`cleantext.chrome` calls ``_compile`` and ``_label``

# --- screening: cheap necessary conditions, so that most (paragraph, rule) pairs skip the regex engine ---
#
# A rule's pattern is split into its top-level alternatives (a search finds the pattern iff it finds
# one of them). Alternatives that begin with ``^`` can only match at the start of the paragraph, so
# they are tried with ``match``, which does not scan the text. For each other alternative, a set of
# literal strings is derived from the pattern such that every match contains one of them; the
# alternative is searched only when the case-folded paragraph holds one. Alternatives that end with
# ``$`` can only match a paragraph whose last character they can end with. A pattern the analysis
# does not understand (inline flags, back references, ...) is searched as it is.
#
# Paragraphs of one size class whose first and last characters rule out the same alternatives take
# the same *lane*. A lane's first look is a handful of C-level calls: does the folded paragraph begin
# with one of the lane's starts, hold one of its probes (one literal set per alternative), or match
# the few alternatives known by neither? Most paragraphs fail all three and match no rule; the others
# are tried against the rules what they passed stands for, in order.


class _Lazy:
    """A pattern compiled when first used: many parts of many rules are never reached."""

    __slots__ = ("_pattern", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._pattern: regex.Pattern[str] | None = None

    def compiled(self) -> regex.Pattern[str]:
        if self._pattern is None:
            import regex

            self._pattern = regex.compile(self.source, regex.IGNORECASE)
        return self._pattern

    def match(self, text: str) -> regex.Match[str] | None:
        return self.compiled().match(text)

    def search(self, text: str) -> regex.Match[str] | None:
        return self.compiled().search(text)


@lru_cache(maxsize=1024)
def _shared_lazy(source: str) -> _Lazy:
    """One lazily compiled pattern per source: many alternatives begin or end alike."""
    return _Lazy(source)


class _CharTest:
    """Whether a character is one of a set (``_Chars``): plain ones by their folded form, the others
    by one pattern, compiled when first needed."""

    __slots__ = ("chars", "pattern")

    def __init__(self, chars: frozenset[str], pattern: _Lazy | None) -> None:
        self.chars = chars
        self.pattern = pattern

    def accepts(self, char: str) -> bool:
        return _fold(char) in self.chars or (self.pattern is not None and self.pattern.match(char) is not None)


@lru_cache(maxsize=1024)
def _char_test(atoms: _Chars) -> _CharTest:
    plain = frozenset(atom[1:] for atom in atoms if atom[0] == "=")
    others = sorted(atom[1:] for atom in atoms if atom[0] == "~")
    return _CharTest(plain, _shared_lazy("|".join(others)) if others else None)


def _join(parts: list[str], *, searched: bool = False) -> _Lazy | None:
    """One pattern for ``parts``. Searched alternatives that all end with ``$`` are searched from the
    end (the ``regex`` module's reverse mode): the same matches exist, but a pattern such as
    ``word.*;$`` then costs one pass instead of one per place where ``word`` occurs."""
    if not parts:
        return None
    joined = parts[0] if len(parts) == 1 else "|".join(f"(?:{part})" for part in parts)
    if searched and all(part.endswith("$") and not part.endswith("\\$") for part in parts):
        joined = "(?r)" + joined
    return _Lazy(joined)


class _Part(NamedTuple):
    """One top-level alternative of a rule's pattern, and what is known of the paragraphs it can match."""

    source: str
    anchored: bool  # it begins with ``^``: tried with ``match``
    #: (anchored) the folded paragraph begins with one of these (None: unknown) ...
    starts: tuple[str, ...] | None
    first: _CharTest | None  # (anchored) ... and with a character this accepts (None: any)
    last: _CharTest | None  # (ends with ``$``) the paragraph ends with a character this accepts (None: any)
    keys: tuple[str, ...]  # the folded paragraph holds one of these (none known: ())


class _Matcher(NamedTuple):
    """One rule, analysed."""

    label: str
    max_words: int | None
    parts: tuple[_Part, ...]  # () when the pattern is not analysed: it is then searched whole
    pattern: str


def _matcher(rule: Rule, *, checked: bool = False) -> _Matcher:
    """``rule`` analysed; unless ``checked`` (the default rules: the tests compile them), its whole
    pattern is compiled first, so that one that does not compile fails on the first call, as ever."""
    pattern = rule.pattern
    if not checked:
        import regex

        regex.compile(pattern, regex.IGNORECASE)
    try:
        top = _Parser(pattern).top()
    except (_Unsupported, IndexError):
        return _Matcher(rule.label, rule.max_words, (), pattern)
    parts = []
    for start, end, summary, anchored in top:
        source = pattern[start:end]
        starts = first = None
        if anchored:
            if summary.starts is not None and "" not in summary.starts:
                starts = tuple(sorted(summary.starts))
            if not summary.nullable and summary.first is not None:
                first = _char_test(summary.first)
        # A match of an alternative that ends with ``$`` ends where the paragraph does (or before a
        # final line break: paragraphs that end with white space are not screened by their end).
        last = _char_test(summary.last) if summary.ends and not summary.nullable and summary.last is not None else None
        required = _required(summary) or frozenset()
        # A literal that contains another is redundant: the shorter is found whenever the longer is.
        keys = tuple(sorted(key for key in required if not any(other != key and other in key for other in required)))
        parts.append(_Part(source, anchored, starts, first, last, keys))
    return _Matcher(rule.label, rule.max_words, tuple(parts), pattern)


#: What to try on a paragraph: (starts, literals, test). The test runs when the folded paragraph
#: begins with one of ``starts`` (None: whatever it begins with) and holds one of ``literals`` (None:
#: no literal needed).
_Check = tuple[tuple[str, ...] | None, tuple[str, ...] | None, Callable[[str], object]]


class _Lane(NamedTuple):
    """What to try on the paragraphs of one size class whose first and last characters rule out the
    same alternatives. A first look settles most paragraphs: unless ``always``, a paragraph that
    begins with none of ``starts``, holds none of ``probes`` and that neither ``quick`` test finds
    matches no rule; one that passes can only match the rules that what it passed stands for."""

    always: bool  # a rule whose pattern is not analysed: every paragraph takes every rule
    #: the starts, by their first character: a paragraph can begin only with those of its own (a lane
    #: serves many first characters, and holds every start of an alternative one of them may begin)
    starts: dict[str, tuple[str, ...]]
    probes: tuple[str, ...]
    #: [a search that finds something whenever one of the probes is there (None: not made yet), the
    #: paragraphs looked at without it, the probes]: made for the probes that many paragraphs take
    #: (:data:`_OWN_BUSY`), not for all.
    screen: list
    #: the same for the probes of the lane's size class (:func:`_cover`), made sooner (:data:`_BUSY`):
    #: where it finds nothing, none of the lane's probes is there either.
    cover: list
    #: the alternatives known by neither starts nor literals, joined: (anchored ones, others)
    quick: tuple[Callable[[str], object] | None, Callable[[str], object] | None]
    rules: tuple[tuple[str, tuple[_Check, ...]], ...]  # (label, checks), in rule order
    by_probe: dict[str, tuple[int, ...]]  # a probe -> the rules (positions in ``rules``) it stands for
    by_start: dict[str, tuple[int, ...]]  # a start -> the rules it stands for
    by_quick: tuple[int, ...]  # the rules the quick tests stand for


class _Engine(NamedTuple):
    """A rule set, ready to apply."""

    matchers: tuple[_Matcher, ...]
    limits: tuple[int, ...]  # the distinct ``max_words`` values, ascending
    #: ``by_limit[bisect_left(limits, words)]``: the matchers (in order) that may touch that many words.
    by_limit: tuple[tuple[_Matcher, ...], ...]
    #: (bit, part) for every part that its first or last character may rule out: bit ``1 << k`` for the
    #: k-th part of the rule set.
    begin_filters: tuple[tuple[int, _Part], ...]
    end_filters: tuple[tuple[int, _Part], ...]
    bits: dict[int, tuple[int, ...]]  # id(matcher) -> the bits of its parts
    begins: dict[str, int]  # a first character -> the bits of the parts it rules out
    ends: dict[str, int]  # a last character -> the bits of the parts it rules out
    lanes: dict[tuple[int, int], _Lane]  # (that index, the bits ruled out) -> the lane
    patterns: dict[str, _Lazy]  # joined alternatives, shared between lanes
    #: the probes a screen looks for (a size class's, :func:`_cover`; a lane's own when that would not
    #: do) -> [one search for them (None: not made yet), paragraphs looked at without it, the probes],
    #: shared by the lanes of a size class
    screens: dict[tuple[str, ...], list]
    covers: dict[int, tuple[str, ...]]  # a size class -> the probes its screen looks for (:func:`_cover`)
    held: dict[str, tuple[frozenset[str], frozenset[str]]]  # a probe -> what it holds, what holds it (:func:`_held`)
    plans: dict[tuple[int, int], _Plan]  # (id(matcher), its parts not ruled out) -> what to try of it


@lru_cache(maxsize=32)
def _compile(rules: tuple[Rule, ...]) -> _Engine:
    checked = rules == DEFAULT_RULES
    matchers = tuple(_matcher(rule, checked=checked) for rule in rules)
    limits = tuple(sorted({matcher.max_words for matcher in matchers if matcher.max_words is not None}))
    by_limit = tuple(
        tuple(
            matcher
            for matcher in matchers
            if matcher.max_words is None or (k < len(limits) and matcher.max_words >= limits[k])
        )
        for k in range(len(limits) + 1)
    )
    bits: dict[int, tuple[int, ...]] = {}
    begin_filters: list[tuple[int, _Part]] = []
    end_filters: list[tuple[int, _Part]] = []
    count = 0
    for matcher in matchers:
        own = []
        for part in matcher.parts:
            bit = 1 << count
            count += 1
            own.append(bit)
            if part.starts is not None or part.first is not None:
                begin_filters.append((bit, part))
            if part.last is not None:
                end_filters.append((bit, part))
        bits[id(matcher)] = tuple(own)
    return _Engine(
        matchers, limits, by_limit, tuple(begin_filters), tuple(end_filters), bits, {}, {}, {}, {}, {}, {}, {}, {}
    )


_CACHED = 4096  # first and last characters, and lanes, remembered per rule set


def _begin_bits(engine: _Engine, first: str) -> int:
    """The parts that cannot match a paragraph beginning with ``first``."""
    folded = _fold(first)[:1]
    ruled_out = 0
    if first:
        for bit, part in engine.begin_filters:
            if (part.starts is not None and not any(start[:1] == folded for start in part.starts)) or (
                part.first is not None and not part.first.accepts(first)
            ):
                ruled_out |= bit
    if len(engine.begins) >= _CACHED:
        engine.begins.clear()
    engine.begins[first] = ruled_out
    return ruled_out


def _end_bits(engine: _Engine, last: str) -> int:
    """The parts that cannot match a paragraph ending with ``last``."""
    ruled_out = 0
    if last and not last.isspace():  # ``$`` also matches before a final line break
        for bit, part in engine.end_filters:
            if part.last is not None and not part.last.accepts(last):
                ruled_out |= bit
    if len(engine.ends) >= _CACHED:
        engine.ends.clear()
    engine.ends[last] = ruled_out
    return ruled_out


def _pattern(engine: _Engine, sources: list[str], *, searched: bool) -> _Lazy:
    joined = _join(sources, searched=searched)
    assert joined is not None
    return engine.patterns.setdefault(joined.source, joined)


class _Plan(NamedTuple):
    """What to try of one rule, some of its alternatives ruled out, and what a first look needs of it."""

    checks: tuple[_Check, ...]
    always: bool  # not analysed: every paragraph takes it
    starts: tuple[str, ...]
    probes: tuple[str, ...]
    bare: tuple[tuple[str, ...], tuple[str, ...]]  # alternatives without starts or literals: (anchored, others)


def _plan(engine: _Engine, matcher: _Matcher, ruled_out: int) -> _Plan:
    """What to try of ``matcher``, the alternatives in ``ruled_out`` left out (made once per such pair)."""
    bits = engine.bits[id(matcher)]
    kept = sum(bits) & ~ruled_out
    plan = engine.plans.get((id(matcher), kept))
    if plan is not None:
        return plan
    checks: list[_Check] = []
    if not matcher.parts:  # not analysed: searched whole, as written
        whole = _join([matcher.pattern])
        assert whole is not None
        checks.append((None, None, engine.patterns.setdefault(whole.source, whole).search))
    parts = [part for part, bit in zip(matcher.parts, bits, strict=True) if bit & kept]
    begun = [part for part in parts if part.starts is not None]
    begin: tuple[str, ...] = ()
    if begun:
        begin = tuple(sorted(set().union(*(part.starts for part in begun))))  # type: ignore[arg-type]
        checks.append((begin, None, _pattern(engine, [part.source for part in begun], searched=False).match))
    probes: set[str] = set()
    bare: tuple[list[str], list[str]] = ([], [])
    for anchored in (True, False):
        for part in parts:
            if part.starts is None and part.keys and part.anchored == anchored:
                pattern = _pattern(engine, [part.source], searched=not anchored)
                checks.append((None, part.keys, pattern.match if anchored else pattern.search))
                probes.update(part.keys)
        others = [part.source for part in parts if part.starts is None and not part.keys and part.anchored == anchored]
        if others:
            pattern = _pattern(engine, others, searched=not anchored)
            checks.append((None, None, pattern.match if anchored else pattern.search))
            bare[not anchored].extend(others)
    plan = engine.plans[id(matcher), kept] = _Plan(
        tuple(checks), not matcher.parts, begin, tuple(sorted(probes)), (tuple(bare[0]), tuple(bare[1]))
    )
    return plan


def _lane(engine: _Engine, limit: int, ruled_out: int) -> _Lane:
    """What to try, in order, on a paragraph of that size class, ``ruled_out`` parts left out."""
    always = False
    starts: dict[str, set[int]] = {}  # each start -> the rules it stands for
    probes: dict[str, set[int]] = {}  # each alternative's probe -> the rules it stands for
    quick: set[int] = set()
    bare: tuple[list[str], list[str]] = ([], [])
    rules = []
    for matcher in engine.by_limit[limit]:
        plan = _plan(engine, matcher, ruled_out)
        if not plan.checks:
            continue
        position = len(rules)
        rules.append((matcher.label, plan.checks))
        always = always or plan.always
        for start in plan.starts:
            starts.setdefault(start, set()).add(position)
        for probe in plan.probes:
            probes.setdefault(probe, set()).add(position)
        for found, more in zip(bare, plan.bare, strict=True):
            found.extend(more)
        if plan.bare[0] or plan.bare[1]:
            quick.add(position)
    held = _held(engine)
    kept = _shortest(probes, held)
    # A start that another begins is found whenever the longer one is (in sorted order, the starts
    # that begin with a start follow it).
    begins: list[str] = []
    by_start: dict[str, set[int]] = {}
    for start in sorted(starts):
        if not begins or not start.startswith(begins[-1]):
            begins.append(start)
            by_start[start] = set()
        by_start[begins[-1]] |= starts[start]
    cover = _cover(engine, limit) if kept else kept
    if "" in cover:  # a screen of the size class would find something everywhere: the lane's own probes
        cover = kept
    starts_at: dict[str, tuple[str, ...]] = {}
    for start in begins:  # (no start is empty)
        starts_at[start[0]] = (*starts_at.get(start[0], ()), start)
    lane = _Lane(
        always or "" in kept,
        starts_at,
        kept,
        engine.screens.setdefault(kept, [None, 0, kept]),
        engine.screens.setdefault(cover, [None, 0, cover]),
        (
            _pattern(engine, bare[0], searched=False).match if bare[0] else None,
            _pattern(engine, bare[1], searched=True).search if bare[1] else None,
        ),
        tuple(rules),
        {probe: _stood_for(probes, probe, held) for probe in kept},
        {start: tuple(sorted(positions)) for start, positions in by_start.items()},
        tuple(sorted(quick)),
    )
    if len(engine.lanes) >= _CACHED:
        engine.lanes.clear()
    engine.lanes[limit, ruled_out] = lane
    return lane


def _cover(engine: _Engine, limit: int) -> tuple[str, ...]:
    """The probes of the size class's lane that rules nothing out: wherever a probe of any lane of that
    class is, one of these is too (a lane's alternatives are some of that lane's, and a probe left out
    there holds a shorter one kept). So one screen made from them serves every lane of the class
    until the lane's own is made: one search to make a size class, where its lanes look for hundreds
    of sets of probes on varied text, each a search of its own compiled in a few milliseconds."""
    known = engine.covers.get(limit)
    if known is None:
        probes = {probe for matcher in engine.by_limit[limit] for probe in _plan(engine, matcher, 0).probes}
        known = engine.covers[limit] = _shortest(probes, _held(engine))
    return known


#: English letters, the most frequent first: a search for many strings at once is fastest when they
#: begin with rare characters (it stops only where one of those is). Only speed depends on this.
_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"


def _rank(char: str) -> int:
    """How rarely ``char`` occurs in news text, roughly (higher: rarer)."""
    if char == " ":
        return -1
    if char in ".,'-":
        return 8
    found = _LETTERS.find(char)
    return len(_LETTERS) if found < 0 else found


def _tail(probe: str) -> str:
    """The end of ``probe`` from its rarest character, at least four characters long when ``probe`` is:
    found wherever ``probe`` is."""
    size = min(4, len(probe))
    start = max(range(len(probe) - size + 1), key=lambda at: (_rank(probe[at]), -at))
    return probe[start:]


def _trie(strings: list[str]) -> str:
    """A pattern that finds one of ``strings`` (none empty) wherever one is, branching on one character
    at a time; a string that another begins with stands for both."""
    tree: dict[str, dict] = {}
    for string in strings:
        node = tree
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return emit(tree)


#: Paragraphs after which a size class's probes are looked for by one search (:func:`_cover`): making it
#: takes a few milliseconds, what it spares a few microseconds a paragraph.
_BUSY = 64
#: Paragraphs after which a lane's own probes are: a lane's screen spares less than the class's
#: (only the paragraphs the class's finds something in), and lanes are many.
_OWN_BUSY = 512


def _screen(probes: tuple[str, ...]) -> Callable[[str], object]:
    """One search (Python's ``re``, on the folded paragraph) that finds something whenever one of
    ``probes`` is there: it looks for the end of each from its rarest character, so it stops at few
    places; what it finds may be no probe (the probes themselves then decide)."""
    return re.compile(_trie(sorted({_tail(probe) for probe in probes}))).search


def _stood_for(
    probes: dict[str, set[int]], kept: str, held: dict[str, tuple[frozenset[str], frozenset[str]]]
) -> tuple[int, ...]:
    """The rules that a kept probe stands for: those of every probe that holds it (itself among them)."""
    return tuple(sorted(set().union(*(probes[probe] for probe in held[kept][1] if probe in probes))))


def _shortest(probes: Collection[str], held: dict[str, tuple[frozenset[str], frozenset[str]]]) -> tuple[str, ...]:
    """The probes that hold none of the others, sorted: a probe that holds another is found whenever it
    is, so only the shorter is looked for."""
    return tuple(sorted(probe for probe in probes if held[probe][0].isdisjoint(probes)))


def _held(engine: _Engine) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For every literal the rule set's alternatives hold (the probes lanes are made of): the others it
    holds, and those that hold it (itself too). Found once for the rule set, so that making a lane
    costs set operations instead of comparing each pair of its probes (~100 probes: 10,000 ``in``
    tests a lane, and varied text takes hundreds of lanes)."""
    if not engine.held:
        keys = {key for matcher in engine.matchers for part in matcher.parts for key in part.keys}
        for key in keys:
            engine.held[key] = (
                frozenset(other for other in keys if other != key and other in key),
                frozenset(other for other in keys if key in other),
            )
    return engine.held


def _first_match(
    stripped: str, folded: str, rules: tuple[tuple[str, tuple[_Check, ...]], ...], positions: Sequence[int]
) -> str | None:
    """The label of the first rule (of those at ``positions``, ascending) that matches ``stripped``."""
    for position in positions:
        label, checks = rules[position]
        for starts, keys, test in checks:
            if starts is not None and not folded.startswith(starts):
                continue
            if keys is not None and not any(map(folded.__contains__, keys)):
                continue
            if test(stripped):
                return label
    return None


def _label(stripped: str, words: int, engine: _Engine) -> str | None:
    """The label of the first rule that matches ``stripped`` (a paragraph of ``words`` words)."""
    first = stripped[:1]
    last = stripped[-1:]
    begin = engine.begins.get(first)
    if begin is None:
        begin = _begin_bits(engine, first)
    end = engine.ends.get(last)
    if end is None:
        end = _end_bits(engine, last)
    limit = bisect_left(engine.limits, words)
    lane = engine.lanes.get((limit, begin | end))
    if lane is None:
        lane = _lane(engine, limit, begin | end)
    if lane.always:
        return _first_match(stripped, _fold(stripped), lane.rules, range(len(lane.rules)))
    folded = _fold(stripped)
    positions: set[int] = set()
    begun = lane.starts.get(folded[:1])
    if begun is not None and folded.startswith(begun):
        positions.update(*(lane.by_start[start] for start in begun if folded.startswith(start)))
    anchored, searched = lane.quick
    if (anchored is not None and anchored(stripped)) or (searched is not None and searched(stripped)):
        positions.update(lane.by_quick)
    slot = lane.screen
    screen = slot[0]
    if screen is not None:
        found = screen(folded) is not None
    else:
        slot[1] += 1
        if slot[1] >= _OWN_BUSY and lane.probes:
            slot[0] = _screen(lane.probes)
        cover = lane.cover
        if cover[0] is not None:  # it finds something wherever one of the lane's probes is
            found = cover[0](folded) is not None
        else:
            found = any(map(folded.__contains__, lane.probes))
            cover[1] += 1
            if cover[1] >= _BUSY and cover[2]:
                cover[0] = _screen(cover[2])
    if found:
        by_probe = lane.by_probe
        positions.update(*(by_probe[probe] for probe in lane.probes if probe in folded))
    return _first_match(stripped, folded, lane.rules, sorted(positions)) if positions else None
