"""The label of the first chrome rule a paragraph matches, found fast (for :mod:`cleantext.chrome`).

Most paragraphs match no rule, so the engine first rules out what it cheaply can (see the screening
section below); the decision is the same as searching every pattern in turn.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from .chrome_analysis import _Chars, _containment, _fold, _Parser, _required, _Unsupported
from .chrome_screen import _char_tests, _CharTest, _CharTests, _rejected, _screen
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


@lru_cache(maxsize=1024)
def _char_test(atoms: _Chars) -> _CharTest:
    """The test of whether a character is one of ``atoms`` (:func:`cleantext.chrome_screen._rejected` tries it)."""
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


class _Probing(NamedTuple):
    """The probes of the lanes of a size class whose alternatives with literals (and no starts) are
    the same: a lane looks for the probes, then for the rules what it found stands for."""

    probes: tuple[str, ...]
    #: [a search that finds something whenever one of the probes is there (None: not made yet), the
    #: paragraphs looked at without it, the probes]: made for the probes that many paragraphs take
    #: (:data:`_OWN_BUSY`), not for all.
    screen: list
    #: the same for the probes of the lane's size class (:func:`_cover`), made sooner (:data:`_BUSY`):
    #: where it finds nothing, none of the lane's probes is there either.
    cover: list
    by_probe: dict[str, int]  # a probe -> the rules it stands for (bits)


class _Lane(NamedTuple):
    """What to try on the paragraphs of one size class whose first and last characters rule out the
    same alternatives. A first look settles most paragraphs: unless ``always``, a paragraph that
    begins with none of its starts, holds none of the probes and that neither ``quick`` test finds
    matches no rule; one that passes can only match the rules that what it passed stands for.

    A set of rules is an int, bit ``1 << k`` standing for the k-th rule of the rule set. Varied text
    takes thousands of lanes (a size class, times the ways a first and a last character rule
    alternatives out), so a lane is made of what its parts share: its probes are those of every lane
    whose alternatives with literals are the same (:class:`_Probing`), its quick tests too, and its
    starts and each rule's checks are found when a paragraph first needs them."""

    ruled_out: int  # the parts (bits) that the paragraphs' first and last characters rule out
    allowed: int  # the rules (bits) that may touch a paragraph of the size class
    always: bool  # a rule whose pattern is not analysed: every paragraph takes every rule
    #: a paragraph's first two characters -> (the starts it may begin with, each start with the rules it stands
    #: for), filled as paragraphs come (:func:`_starts`)
    starts: dict[str, tuple[tuple[str, ...], tuple[tuple[str, int], ...]]]
    probing: _Probing
    #: the alternatives known by neither starts nor literals, joined: (anchored ones, others)
    quick: tuple[Callable[[str], object] | None, Callable[[str], object] | None]
    by_quick: int  # the rules the quick tests stand for (bits)
    rules: dict[int, tuple[str, tuple[_Check, ...]]]  # a rule's bit -> (label, checks), made when first tried


class _Engine(NamedTuple):
    """A rule set, ready to apply."""

    matchers: tuple[_Matcher, ...]
    limits: tuple[int, ...]  # the distinct ``max_words`` values, ascending
    #: ``allowed[bisect_left(limits, words)]``: the matchers that may touch that many words, as bits: bit
    #: ``1 << k`` for the k-th matcher (a set of rules is an int; their order is that of the bits)
    allowed: tuple[int, ...]
    unanalysed: int  # the matchers (bits) whose pattern is not analysed
    #: the tests of a paragraph's first character and of its last of the parts that have one (``first``,
    #: ``last``), bit ``1 << k`` standing for the k-th part of the rule set
    begin_tests: _CharTests
    end_tests: _CharTests
    bits: dict[int, tuple[int, ...]]  # id(matcher) -> the bits of its parts
    #: a first character -> (start, the part's bit, the matcher's bit) for each start of an anchored part
    #: that begins with it
    starting: dict[str, tuple[tuple[str, int, int], ...]]
    #: the same for a paragraph's first two characters: the starts it may begin with, and their parts (bits), filled as
    #: paragraphs come (:func:`_starts`)
    begun: dict[str, tuple[tuple[tuple[str, int, int], ...], int]]
    started: int  # the parts (bits) with starts
    keyed: tuple[tuple[int, int, tuple[str, ...]], ...]  # (part bit, matcher bit, literals) of the parts without starts
    keyed_bits: int  # the parts (bits) in ``keyed``
    keyed_allowed: tuple[int, ...]  # ``keyed_allowed[limit]``: the parts in ``keyed`` of the rules ``allowed[limit]``
    #: (part bit, matcher bit, anchored, source) of the parts with neither starts nor literals
    bare: tuple[tuple[int, int, bool, str], ...]
    bare_bits: int  # the parts (bits) in ``bare``
    begins: dict[str, int]  # a first character -> the bits of the parts it rules out
    ends: dict[str, int]  # a last character -> the bits of the parts it rules out
    lanes: dict[tuple[int, int], _Lane]  # (that index, the bits ruled out) -> the lane
    #: ("probes", that index, the ``keyed`` parts left) -> the lanes' probes (:func:`_probing`); ("kept", those parts)
    #: -> the probes and what they stand for (:func:`_kept_probes`); ("quick", that index, the ``bare`` parts ruled
    #: out) -> their quick tests (:func:`_quick`); ("starts", two characters, the parts of their starts left, the rules
    #: allowed) -> the starts kept (:func:`_starts`)
    shared: dict[tuple[Any, ...], Any]
    patterns: dict[str, _Lazy]  # the alternatives, each alone (and joined for the quick tests), shared between lanes
    #: the probes a screen looks for (a size class's, :func:`_cover`; a lane's own when that would not
    #: do) -> [one search for them (None: not made yet), paragraphs looked at without it, the probes],
    #: shared by the lanes of a size class
    screens: dict[tuple[str, ...], list]
    covers: dict[int, tuple[str, ...]]  # a size class -> the probes its screen looks for (:func:`_cover`)
    held: dict[str, tuple[frozenset[str], frozenset[str]]]  # a probe -> what it holds, what holds it (:func:`_held`)
    holders: dict[str, frozenset[str]]  # a probe that others hold -> those others (found with ``held``)
    plans: dict[tuple[int, int], tuple[_Check, ...]]  # (id(matcher), its parts not ruled out) -> what to try of it


@lru_cache(maxsize=32)
def _compile(rules: tuple[Rule, ...]) -> _Engine:
    checked = rules == DEFAULT_RULES
    matchers = tuple(_matcher(rule, checked=checked) for rule in rules)
    limits = tuple(sorted({matcher.max_words for matcher in matchers if matcher.max_words is not None}))
    place = {id(matcher): 1 << k for k, matcher in enumerate(matchers)}
    allowed = tuple(
        sum(
            place[id(matcher)]
            for matcher in matchers
            if matcher.max_words is None or (k < len(limits) and matcher.max_words >= limits[k])
        )
        for k in range(len(limits) + 1)
    )
    bits: dict[int, tuple[int, ...]] = {}
    begin_filters: list[tuple[int, _CharTest]] = []
    end_filters: list[tuple[int, _CharTest]] = []
    starting: dict[str, tuple[tuple[str, int, int], ...]] = {}
    keyed: list[tuple[int, int, tuple[str, ...]]] = []
    bare: list[tuple[int, int, bool, str]] = []
    count = 0
    for matcher in matchers:
        own = []
        for part in matcher.parts:
            bit = 1 << count
            count += 1
            own.append(bit)
            if part.first is not None:
                begin_filters.append((bit, part.first))
            if part.last is not None:
                end_filters.append((bit, part.last))
            if part.starts is not None:  # (no start is empty)
                for start in part.starts:
                    starting[start[0]] = (*starting.get(start[0], ()), (start, bit, place[id(matcher)]))
            elif part.keys:
                keyed.append((bit, place[id(matcher)], part.keys))
            else:
                bare.append((bit, place[id(matcher)], part.anchored, part.source))
        bits[id(matcher)] = tuple(own)
    return _Engine(
        matchers,
        limits,
        allowed,
        sum(place[id(matcher)] for matcher in matchers if not matcher.parts),
        _char_tests(begin_filters),
        _char_tests(end_filters),
        bits,
        starting,
        {},
        sum({bit for entries in starting.values() for _, bit, _ in entries}),
        tuple(keyed),
        sum(bit for bit, _, _ in keyed),
        tuple(sum(bit for bit, rule, _ in keyed if rule & rules) for rules in allowed),
        tuple(bare),
        sum(bit for bit, _, _, _ in bare),
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
        {},
    )


_CACHED = 4096  # first and last characters, lanes and their shared parts, remembered per rule set (:func:`_remember`)


def _begin_bits(engine: _Engine, first: str) -> int:
    """The parts that cannot match a paragraph beginning with ``first``."""
    folded = _fold(first)[:1]
    ruled_out = 0
    if first:
        begun = 0  # the parts with a start that begins with it
        for _, bit, _ in engine.starting.get(folded, ()):
            begun |= bit
        ruled_out = engine.started & ~begun
        ruled_out |= _rejected(engine.begin_tests, first, ruled_out)
    _remember(engine.begins, first, ruled_out)
    return ruled_out


def _end_bits(engine: _Engine, last: str) -> int:
    """The parts that cannot match a paragraph ending with ``last``."""
    ruled_out = 0
    if last and not last.isspace():  # ``$`` also matches before a final line break
        ruled_out = _rejected(engine.end_tests, last, 0)
    _remember(engine.ends, last, ruled_out)
    return ruled_out


def _pattern(engine: _Engine, sources: list[str], *, searched: bool) -> _Lazy:
    joined = _join(sources, searched=searched)
    assert joined is not None
    return engine.patterns.setdefault(joined.source, joined)


def _checks(engine: _Engine, matcher: _Matcher, ruled_out: int) -> tuple[_Check, ...]:
    """What to try of ``matcher``, the alternatives in ``ruled_out`` left out (made once per such pair)."""
    bits = engine.bits[id(matcher)]
    kept = sum(bits) & ~ruled_out
    found = engine.plans.get((id(matcher), kept))
    if found is not None:
        return found
    checks: list[_Check] = []
    if not matcher.parts:  # not analysed: searched whole, as written
        checks.append((None, None, _pattern(engine, [matcher.pattern], searched=False).search))
    # Each alternative is tried alone, in turn: the rule matches iff one of them does (only whether is used),
    # and each is compiled once whatever the lanes that keep it (joined, each set kept was compiled anew).
    parts = [part for part, bit in zip(matcher.parts, bits, strict=True) if bit & kept]
    for part in parts:  # with starts: one of them begins every match (what ``_label`` picks rules by)
        if part.starts is not None:
            checks.append((part.starts, None, _pattern(engine, [part.source], searched=False).match))
    for anchored in (True, False):
        for part in parts:
            if part.starts is None and part.anchored == anchored:
                pattern = _pattern(engine, [part.source], searched=not anchored)
                checks.append((None, part.keys or None, pattern.match if anchored else pattern.search))
    found = engine.plans[id(matcher), kept] = tuple(checks)
    return found


def _lane(engine: _Engine, limit: int, ruled_out: int) -> _Lane:
    """What to try on a paragraph of that size class, ``ruled_out`` parts left out."""
    probing = _probing(engine, limit, ruled_out & engine.keyed_bits)
    quick, by_quick = _quick(engine, limit, ruled_out & engine.bare_bits)
    allowed = engine.allowed[limit]
    lane = _Lane(
        ruled_out,
        allowed,
        bool(engine.unanalysed & allowed) or "" in probing.probes,
        {},
        probing,
        quick,
        by_quick,
        {},
    )
    _remember(engine.lanes, (limit, ruled_out), lane)
    return lane


def _probing(engine: _Engine, limit: int, ruled_out: int) -> _Probing:
    """The probes of the lanes of that size class whose ``keyed`` parts ``ruled_out`` leaves out."""
    parts = engine.keyed_allowed[limit] & ~ruled_out  # the parts its probes are of: lanes that differ elsewhere share
    key = ("probes", limit, parts)
    found = engine.shared.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    kept, by_probe = _kept_probes(engine, parts)
    cover = _cover(engine, limit) if kept else kept
    if "" in cover:  # a screen of the size class would find something everywhere: the lane's own probes
        cover = kept
    probing = _Probing(
        kept,
        engine.screens.setdefault(kept, [None, 0, kept]),
        engine.screens.setdefault(cover, [None, 0, cover]),
        by_probe,
    )
    _remember(engine.shared, key, probing)
    return probing


def _kept_probes(engine: _Engine, parts: int) -> tuple[tuple[str, ...], dict[str, int]]:
    """The literals of the ``keyed`` parts ``parts`` (bits) that hold none of the others (:func:`_shortest`), and
    for each the rules (bits) it stands for: those of every literal that holds it (itself among them). Found once
    for those parts, which lanes of several size classes share."""
    key = ("kept", parts)
    found = engine.shared.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    probes: dict[str, int] = {}  # each alternative's probe -> the rules it stands for (bits)
    for bit, rule, literals in engine.keyed:
        if bit & parts:
            for literal in literals:
                probes[literal] = probes.get(literal, 0) | rule
    _held(engine)
    holders = engine.holders
    kept = _shortest(probes, holders)
    by_probe = {probe: probes[probe] for probe in kept}
    for probe in holders.keys() & by_probe.keys():  # (few literals are held by others)
        for holder in holders[probe].intersection(probes):
            by_probe[probe] |= probes[holder]
    found = (kept, by_probe)
    _remember(engine.shared, key, found)
    return found


def _quick(
    engine: _Engine, limit: int, ruled_out: int
) -> tuple[tuple[Callable[[str], object] | None, Callable[[str], object] | None], int]:
    """The quick tests (anchored, others) of the lanes of that size class whose ``bare`` parts
    ``ruled_out`` leaves out, and the rules (bits) they stand for."""
    key = ("quick", limit, ruled_out)
    found = engine.shared.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    allowed = engine.allowed[limit]
    sources: tuple[list[str], list[str]] = ([], [])
    rules = 0
    for bit, rule, anchored, source in engine.bare:
        if not bit & ruled_out and rule & allowed:
            sources[not anchored].append(source)
            rules |= rule
    found = (
        (
            _pattern(engine, sources[0], searched=False).match if sources[0] else None,
            _pattern(engine, sources[1], searched=True).search if sources[1] else None,
        ),
        rules,
    )
    _remember(engine.shared, key, found)
    return found


def _remember(cache: dict[Any, Any], key: object, value: object) -> None:
    """Keep ``value`` under ``key`` in one of the engine's caches, emptied first when it holds :data:`_CACHED`."""
    if len(cache) >= _CACHED:
        cache.clear()
    cache[key] = value


def _starts(engine: _Engine, lane: _Lane, begin: str) -> tuple[tuple[str, ...], tuple[tuple[str, int], ...]]:
    """The lane's starts that a paragraph whose folded text begins with ``begin`` (its first two characters, or
    fewer) may begin with (each with the rule it stands for), and those alone."""
    known = engine.begun.get(begin)
    if known is None:
        entries = tuple(
            entry
            for entry in engine.starting.get(begin[:1], ())
            if entry[0].startswith(begin) or begin.startswith(entry[0])
        )
        known = (entries, sum({bit for _, bit, _ in entries}))
        _remember(engine.begun, begin, known)
    entries, parts = known
    # What the lane keeps of those depends on the parts it leaves of them and its rules alone: lanes share it.
    live = parts & ~lane.ruled_out
    key = ("starts", begin, live, lane.allowed)
    found = engine.shared.get(key)
    if found is None:
        pairs = tuple((start, rule) for start, bit, rule in entries if bit & live and rule & lane.allowed)
        found = (tuple(start for start, _ in pairs), pairs)
        _remember(engine.shared, key, found)
    _remember(lane.starts, begin, found)
    return found


def _cover(engine: _Engine, limit: int) -> tuple[str, ...]:
    """The probes of the size class's lane that rules nothing out: wherever a probe of any lane of that
    class is, one of these is too (a lane's alternatives are some of that lane's, and a probe left out
    there holds a shorter one kept). So one screen made from them serves every lane of the class
    until the lane's own is made: one search to make a size class, where its lanes look for hundreds
    of sets of probes on varied text, each a search of its own compiled in a few milliseconds."""
    known = engine.covers.get(limit)
    if known is None:
        known = engine.covers[limit] = _kept_probes(engine, engine.keyed_allowed[limit])[0]
    return known


#: Paragraphs after which a size class's probes are looked for by one search (:func:`_cover`): making it
#: takes a few milliseconds, what it spares a few microseconds a paragraph.
_BUSY = 64
#: Paragraphs after which a lane's own probes are: a lane's screen spares less than the class's
#: (only the paragraphs the class's finds something in), and lanes are many.
_OWN_BUSY = 512


def _shortest(probes: Collection[str], holders: dict[str, frozenset[str]]) -> tuple[str, ...]:
    """The probes that hold none of the others, sorted: a probe that holds another is found whenever it
    is, so only the shorter is looked for. Those that hold another are the holders of the few held."""
    holding: set[str] = set()
    for probe in holders.keys() & probes:
        holding.update(holders[probe])
    return tuple(sorted(set(probes).difference(holding)))


def _held(engine: _Engine) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For every literal the rule set's alternatives hold (the probes lanes are made of): the others it
    holds, and those that hold it (itself too). Found once for the rule set, so that making a lane
    costs set operations instead of comparing each pair of its probes (~100 probes: 10,000 ``in``
    tests a lane, and varied text takes hundreds of lanes)."""
    if not engine.held:
        keys = {key for matcher in engine.matchers for part in matcher.parts for key in part.keys}
        engine.held.update(_containment(keys))
        engine.holders.update((key, holding - {key}) for key, (_, holding) in engine.held.items() if len(holding) > 1)
    return engine.held


def _first_match(stripped: str, folded: str, engine: _Engine, lane: _Lane, bits: int) -> str | None:
    """The label of the first rule (of those whose bits are set in ``bits``) that matches ``stripped``."""
    rules = lane.rules
    while bits:
        low = bits & -bits
        bits ^= low
        rule = rules.get(low)
        if rule is None:
            matcher = engine.matchers[low.bit_length() - 1]
            rule = rules[low] = (matcher.label, _checks(engine, matcher, lane.ruled_out))
        label, checks = rule
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
        return _first_match(stripped, _fold(stripped), engine, lane, lane.allowed)
    folded = _fold(stripped)
    bits = 0  # the rules that may match
    begun = lane.starts.get(folded[:2])
    if begun is None:
        begun = _starts(engine, lane, folded[:2])
    if begun[0] and folded.startswith(begun[0]):  # (most begin no start: no call)
        for start, rule in begun[1]:
            if folded.startswith(start):
                bits |= rule
    anchored, searched = lane.quick
    if (anchored is not None and anchored(stripped)) or (searched is not None and searched(stripped)):
        bits |= lane.by_quick
    probing = lane.probing
    slot = probing.screen
    screen = slot[0]
    if screen is not None:
        found = screen(folded) is not None
    else:
        slot[1] += 1
        if slot[1] >= _OWN_BUSY and probing.probes:
            slot[0] = _screen(probing.probes)
        cover = probing.cover
        if cover[0] is not None:  # it finds something wherever one of the lane's probes is
            found = cover[0](folded) is not None
        else:
            found = any(map(folded.__contains__, probing.probes))
            cover[1] += 1
            if cover[1] >= _BUSY and cover[2]:
                cover[0] = _screen(cover[2])
    if found:
        by_probe = probing.by_probe
        for probe in filter(folded.__contains__, probing.probes):
            bits |= by_probe[probe]
    return _first_match(stripped, folded, engine, lane, bits) if bits else None
