"""Code in a document: runs of lines written in a programming, shell, query or markup language.

Articles show code (a tutorial, a release note, a quoted bug report), and pages leave their own
scripts in scraped text (ads, analytics, widgets). Either way a run of code lines is one thing: the
steps keep it or drop it as a whole, never in part, so that no brace, ellipsis or statement goes
missing from code a reader is shown.

A line is *code* when its shape says so: it ends a statement or opens a block (``;``, ``{``), begins
one (``def f(x):``, ``#include``, ``import json``, ``SELECT ... FROM``, ``$ git clone ...``), assigns
or calls (``x = load(path)``, ``print(x)``), or holds a function literal; and it holds no run of five
plain words outside its strings and comments (prose does), nor reads as a piece of a hard-wrapped sentence (one
sentence ends in it and the next begins, or four words of letters or more and nothing else end with ``;``: "tone
friendly and neighbourly;"). A run of code lines inside a paragraph hard-wrapped at one width (the lines around it
filled at the paragraph's width, a sentence broken wherever the line fills: "WHERE IT'S DUE. Only upload") is the
paragraph's. Lines of punctuation alone (``}``, ``...``), comments and indented lines are code only
next to such a line. A run of code lines, across one or two blank lines, is a :class:`CodeBlock`; a sentence of
eight words or more is never part of one.

A block is *page machinery* when it holds a sign of running the page (``rules.MACHINERY``: HTML
comment and script wrappers, ``document.write``, the loaders and globals of ad, analytics, consent,
comment and share services) or a line of the page's own markup, serialized onto one line and left in its text (a
template's dropdown, an advert's link and image: :func:`_page_markup`), unless the text right before it announces it
(ends with ``:``); that line is then part of the block, kept or dropped with it (removed alone, it would leave the
block unannounced, and a second reading would drop the code the first kept). Kept above the article, a page's markup
would begin the output, which a second ``clean`` would read as a page.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from .blocks import WRAP_WIDTH, ends_sentence, fill_widths
from .lazy import LazyPattern
from .markup import _TAG
from .rules import MACHINERY

__all__ = ["CodeBlock", "code_blocks", "found_code_blocks", "kept_statements", "statement_lines"]


class CodeBlock(NamedTuple):
    """Lines ``first`` to ``last`` (inclusive; blank lines inside it belong to it) of a document,
    and whether the code runs the page (``machinery``) rather than being shown to the reader."""

    first: int
    last: int
    machinery: bool

    @property
    def lines(self) -> range:
        return range(self.first, self.last + 1)


_COMMANDS = (
    "sudo|pip3?|npm|npx|yarn|git|curl|wget|apt|apt-get|brew|docker|kubectl|python3?|node|make|"
    "chmod|chown|mkdir|rm|cp|mv|grep|tar|ssh|scp|cargo|go|rustc|gcc|javac|java|conda"
)
_SUBCOMMANDS = "install|uninstall|clone|run|build|init|add|commit|push|pull|checkout|update|upgrade|exec|apply|get|test"


#: How a statement may begin, besides assigning, calling or ending like one (a first look, before any
#: pattern: most lines of most documents are none of these).
_OPENERS = "import from package using export # @import $ % < else try except finally"
_KEYWORDS = "cd def class if elif for while with match case async"
_SQL = "SELECT INSERT UPDATE DELETE CREATE ALTER DROP FROM WHERE GROUP ORDER HAVING LIMIT JOIN VALUES UNION LEFT RIGHT"
_STARTS = (
    *_OPENERS.split(),
    *(f"{word} " for word in _KEYWORDS.split()),
    *(f"{command} " for command in _COMMANDS.split("|")),
)
_FIRST = frozenset(start[0] for start in _STARTS)
_SQL_STARTS = (*_SQL.split(), "INNER", "OUTER", "FULL", "CROSS")  # looked for when a line begins in capitals
#: A line that is code by itself (tried with ``match``): begins a block, imports, assigns, calls,
#: runs a command, queries, or begins with a tag. A line that ends with ";" or "{" needs no pattern.
_STATEMENT = LazyPattern(
    "|".join(
        (
            r"(?:async\s+)?(?:def|class|if|elif|else|for|while|with|try|except|finally|match|case)\b.*:$",
            r"import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*;?$|import\s.*\bfrom\s+['\"]|"
            r"from\s+[\w.]+\s+import\s|(?:package|using)\s+[\w.]+;?$|#(?:include|import)\s*[<\"]|"
            r"#define\s+\w|#!/|@import\s|export\s+(?:default|const|let|function|class|\{)",
            r"[A-Za-z_$][\w$.]*(?:\[[^\]]*\])?\s*(?:[-+*/%|&^:]|<<|>>|\?\?)?=(?!=)\s*\S",  # x = ..., x += ...
            r"[A-Za-z_$][\w$.]*!?\(.*\)[;,]?$",  # a call: print(x), main(), println!(...)
            # a shell prompt and a command ("$ 5 million" is no prompt), a known command with an option
            rf"[$%]\s+[a-z][\w.-]*(?:\s|$)|(?:{_COMMANDS})\s+(?:-{{1,2}}\w|(?:{_SUBCOMMANDS})\b)|cd\s+\S+$",
            r"(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|ALTER TABLE|DROP TABLE|"
            r"FROM|WHERE|GROUP BY|ORDER BY|HAVING|LIMIT|(?:LEFT |RIGHT |INNER |OUTER |FULL |CROSS )?JOIN|"
            r"VALUES|UNION)\b(?=.*[a-z*(0-9'\"])",  # SQL, and not a heading in capitals
            # a tag: its name in one case, its attributes with values
            r"</?(?:[a-z][a-z0-9-]*|[A-Z][A-Z0-9]*)(?:\s[^<>]*=[^<>]*)?\s*/?>",
        )
    )
)
#: A function literal or an arrow function, anywhere in a line (:func:`_has_function`).
_FUNCTION = LazyPattern(r"\bfunction\s*[\w$]*\s*\([^()]*\)\s*\{|\)\s*=>")
#: Punctuation alone ("}", "});", "..."), or a comment: code next to code.
_BARE = LazyPattern(r"[^\w]+$|//|/\*|\*|#(?:\s|$)|--\s|<!--")
#: An indented line, or one that goes on (an operator, a comma, an open bracket at its end).
_GOING_ON = LazyPattern(r"^[ \t]{2,}\S|[,(\[\\+=&|]$|=>$")
#: Strings and comments, left out when looking for prose.
_LITERALS = LazyPattern(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`|(?:^|\s)(?://|#\s|--\s).*$|/\*.*?\*/")
#: Five plain words in a row, one space between them: prose, not code.
_PROSE_RUN = LazyPattern(r"(?<![\w$.])(?:[A-Za-z]+ ){4}[A-Za-z]+(?![\w(])")
_MACHINERY = LazyPattern(MACHINERY)
#: A tag that carries an attribute a web page gives its own elements (:func:`_page_markup`).
_PAGE_ATTRIBUTE = LazyPattern(
    r"<[A-Za-z][^<>]{0,500}?\s(?:class|id|style|href|src|role|align|target|onclick|data-[\w-]+)\s*=", re.IGNORECASE
)
#: The fewest tags of a line of a page's own markup serialized onto one line (:func:`_page_markup`).
MARKUP_TAGS = 5
#: A sentence's end inside a line, the next one begun (". Keep critique", "? Adverts and"): prose, outside strings,
#: comments and tags (a rendering's "models. Model):" or "React. Component {" is code).
_SENTENCE_INSIDE = LazyPattern(r"\b[a-z]{2,}[.!?]['\"\u2019\u201d)]*\s+[A-Z][a-z]* [a-z0-9]")
#: The fewest words of letters alone that end with ";" as a hard-wrapped sentence does ("tone friendly and
#: neighbourly;"); a statement of words alone is shorter ("using namespace std;", "return result;").
WRAPPED_WORDS = 4
#: A word of letters (any script; an apostrophe or a hyphen inside), a comma after it or not.
_LETTER_WORD = LazyPattern(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*,?")


def _reads_as_prose(stripped: str) -> bool:
    return len(stripped.split()) >= 8 and ends_sentence(stripped)


def _has_prose_run(bare: str) -> bool:
    """Whether a line, its strings and comments left out (``bare``), holds five plain words in a row."""
    return _PROSE_RUN.search(bare) is not None


def _has_function(stripped: str) -> bool:
    """Whether a line holds a function literal or an arrow function (:data:`_FUNCTION`): searched for only in a line
    that holds one of the words the pattern must find (it tries its look at every character of the others).

    >>> _has_function("var f = function (x) {"), _has_function("xs.map(x => x + 1)"), _has_function("a = (b) => c")
    (True, False, True)
    """
    return ("function" in stripped or "=>" in stripped) and _FUNCTION.search(stripped) is not None


def _begins_query(stripped: str) -> bool:
    """Whether a line begins as a query in capitals does ("SELECT", "INNER JOIN"; not a sentence's "From")."""
    return stripped[1:2].isupper() and stripped.startswith(_SQL_STARTS)


def _wrapped_prose(stripped: str, bare: str) -> bool:
    """Whether a line that looks like a statement is a piece of a hard-wrapped sentence: a sentence ends inside it
    and the next begins (:data:`_SENTENCE_INSIDE`), or it holds :data:`WRAPPED_WORDS` words of letters or more and
    nothing else before its ";" (a list's item in prose; a query in capitals is code); ``bare`` is the line without its
    strings and comments.

    >>> _wrapped_prose("tone friendly and neighbourly;", "tone friendly and neighbourly;")
    True
    >>> _wrapped_prose("if someone says no. Keep it civil:", "if someone says no. Keep it civil:")
    True
    >>> _wrapped_prose("using namespace std;", "using namespace std;")
    False
    >>> _wrapped_prose("SELECT name FROM users;", "SELECT name FROM users;")
    False
    """
    if stripped[0] != "<" and _SENTENCE_INSIDE.search(bare) is not None:
        return True
    if stripped[-1] != ";" or _begins_query(stripped):
        return False
    words = stripped[:-1].split()
    return len(words) >= WRAPPED_WORDS and all(_LETTER_WORD.fullmatch(word) for word in words)


def _is_statement(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[-1] not in ";{":
        if not (
            stripped[-1] in ":),"
            or "=" in stripped
            or "function" in stripped
            or (stripped[0] in _FIRST and stripped.startswith(_STARTS))
            or (stripped[1:2].isupper() and _begins_query(stripped))  # (its first test, made without the call)
        ):
            return False  # what most lines are: settled without a pattern
        if _STATEMENT.match(stripped) is None and not _has_function(stripped):
            return False
    if _reads_as_prose(stripped):
        return False
    bare = _LITERALS.sub(" ", stripped)  # strings and comments left out, once for both looks
    return not _has_prose_run(bare) and not _wrapped_prose(stripped, bare)


def _is_weak(line: str) -> bool:
    """Code next to code: punctuation alone or a comment; an indented line, or one that goes on, that
    does not read as prose."""
    stripped = line.strip()
    if not stripped:
        return False
    if _BARE.match(stripped) is not None:
        return True
    return (
        _GOING_ON.search(line.rstrip()) is not None
        and not _reads_as_prose(stripped)
        and not _has_prose_run(_LITERALS.sub(" ", stripped))
    )


def code_blocks(lines: Sequence[str], *, gap: int = 2) -> list[CodeBlock]:
    """The code blocks of a document: runs of code lines with at least one statement among them,
    joined across up to ``gap`` blank lines.

    >>> page = ["Here is the fix:", "", "fn main() {", "    let s2 = s1;", "}", "", "It compiles now, the team said."]
    >>> code_blocks(page)
    [CodeBlock(first=2, last=4, machinery=False)]
    >>> code_blocks(["The mayor spoke.", "googletag.cmd.push(function() { googletag.display('ad-1'); });"])
    [CodeBlock(first=1, last=1, machinery=True)]
    >>> code_blocks(["The council voted to close the library; the vote was close."])
    []
    """
    global _last
    key = (gap, tuple(lines))
    last = _last
    if last[0] == key:
        return list(last[1])
    found = _find(key[1], gap)
    _last = (key, found)
    return list(found)


def take_code_blocks(lines: Sequence[str], *, gap: int = 2) -> list[CodeBlock]:
    """:func:`code_blocks`, for a step after which no other looks at the same lines: the remembered
    blocks are handed over (or found) and nothing stays remembered."""
    global _last
    (key, found), _last = _last, ((0, ()), [])
    if key[0] == gap and len(key[1]) == len(lines) and key[1] == tuple(lines):
        return found
    del key, found  # not held while the lines are looked at again
    return _find(lines, gap)


#: The last document looked at, and its blocks: the steps of a pipeline look at the same lines in
#: turn (strip_chrome sees what drop_duplicates saw, when drop_duplicates removed nothing). The last
#: step to look takes them (:func:`take_code_blocks`): kept, they would hold the document's lines after
#: ``clean()`` returns.
_last: tuple[tuple[int, tuple[str, ...]], list[CodeBlock]] = ((0, ()), [])


def statement_lines(lines: Sequence[str]) -> list[int]:
    """The lines that are code by themselves (a statement), ascending: where :func:`code_blocks` looks
    for blocks. A line's answer depends on the line alone, so after lines are removed the statements
    of those left are the statements kept (:func:`kept_statements`).

    >>> statement_lines(["Here is the fix:", "fn main() {", "    let s2 = s1;", "}"])
    [1, 2]
    """
    return [index for index, line in enumerate(lines) if line and _is_statement(line)]  # "": no statement


def kept_statements(statements: Sequence[int], origin: Sequence[int]) -> list[int]:
    """The statements (:func:`statement_lines`) of a document's lines ``origin`` (ascending), as
    indices into those lines.

    >>> kept_statements([1, 2, 7], [0, 2, 3, 7])
    [1, 3]
    """
    found = []
    for index in statements:
        at = bisect_left(origin, index)
        if at < len(origin) and origin[at] == index:
            found.append(at)
    return found


def found_code_blocks(
    lines: Sequence[str], statements: Sequence[int], *, gap: int = 2, machinery: dict[str, bool] | None = None
) -> list[CodeBlock]:
    """:func:`code_blocks` of ``lines`` whose :func:`statement_lines` are ``statements`` (not remembered:
    :func:`remember_code_blocks` does that). ``machinery``, when given, keeps whether each line of a
    block runs the page (a search of a long pattern), for the next call on lines that hold it: a caller
    that finds the blocks of a document again after lines are removed searches each line once.

    >>> page = ["Here is the fix:", "", "fn main() {", "    let s2 = s1;", "}"]
    >>> found_code_blocks(page, statement_lines(page)) == code_blocks(page)
    True
    """
    return _find(lines, gap, statements, machinery)


def remember_code_blocks(lines: Sequence[str], found: list[CodeBlock], *, gap: int = 2) -> None:
    """Remember ``found``, all the code blocks of ``lines``, for the next step that looks at them."""
    global _last
    _last = ((gap, tuple(lines)), found)


def forget_code_blocks() -> None:
    """Remember no blocks (what a caller that remembered some does once no step will look at them)."""
    global _last
    _last = ((0, ()), [])


def _find(
    lines: Sequence[str], gap: int, statements: Sequence[int] | None = None, machinery: dict[str, bool] | None = None
) -> list[CodeBlock]:
    if statements is None:
        statements = statement_lines(lines)
    if not statements:
        return []
    runs: list[list[int]] = []  # [first, last] of each run of code lines around a statement
    for index in statements:
        if runs and index <= runs[-1][1]:
            continue
        first = index
        while first > 0 and _is_code(lines[first - 1]):
            first -= 1
        last = index
        while last + 1 < len(lines) and _is_code(lines[last + 1]):
            last += 1
        if runs and first - runs[-1][1] - 1 <= gap and all(not lines[k].strip() for k in range(runs[-1][1] + 1, first)):
            runs[-1][1] = last
        else:
            runs.append([first, last])
    blocks = []
    seen = {} if machinery is None else machinery  # each line's signs of running the page, looked for once
    for first, last in runs:
        if _inside_wrapped_prose(lines, first, last):
            continue
        signs = any(_runs_page(lines[k], seen) for k in range(first, last + 1))
        announcement = _announcement(lines, first) if signs else None
        if announcement is None:
            blocks.append(CodeBlock(first, last, signs))
        else:  # what keeps the block is part of it: a step that removed it alone would undo the reason
            blocks.append(CodeBlock(announcement, last, False))
    return blocks


def _inside_wrapped_prose(lines: Sequence[str], first: int, last: int) -> bool:
    """Whether lines ``first`` to ``last``, a run of code lines, stand inside a paragraph hard-wrapped at one width:
    the lines just before and after it are text, some width of :data:`~cleantext.blocks.WRAP_WIDTH` characters or
    more is filled by each line from the one before the run to the run's last (:func:`_fill_widths`,
    :func:`~cleantext.blocks.fill_widths`), and so is it by the pair of lines above them or below them (a page
    rendered a piece a line, "For example, here we use the" / "test_request_context()" / "method", fills a width by
    chance). A sentence broken wherever the line fills may put a statement's shape on one of its lines ("with it. 6.
    Mind Your Language - Take your time:", "WHERE IT'S DUE. Only upload"); code shown in a page stands on lines of its
    own length. The width is read from the lines' fill alone, not from the widest line near them: an article printed
    a paragraph a line may stand right above the block.

    >>> text = ["Readers who insult each other are warned", "once, then blocked for a week. 4. CREDIT",
    ...         "WHERE IT'S DUE. Only upload photographs", "you took yourself, and name whoever did."]
    >>> code = ["To read the file, call the loader:", "data = load(path)", "It returns a list of rows."]
    >>> _inside_wrapped_prose(text, 2, 2), _inside_wrapped_prose(code, 1, 1)
    (True, False)
    """
    before, after = first - 1, last + 1
    if before < 0 or after >= len(lines) or not lines[before].strip() or not lines[after].strip():
        return False
    widths = _fill_widths(lines, range(before, after))
    if widths is None:
        return False
    # and the paragraph is wrapped beyond the run's two neighbours: the pair above or below them fills such a width
    return any(
        0 <= index < len(lines) - 1
        and bool(lines[index].strip())
        and bool(lines[index + 1].strip())
        and _fill_widths(lines, range(index, index + 1), widths) is not None
        for index in (before - 1, after)
    )


def _fill_widths(lines: Sequence[str], pairs: range, within: range | None = None) -> range | None:
    """The widths (``WRAP_WIDTH`` or more, and within ``within`` when given) at which each line of ``pairs`` is
    filled before the next one (:func:`~cleantext.blocks.fill_widths`) and the last of them, the line after, is no
    wider, or None where there is none (a blank line among them: no paragraph)."""
    low = max(WRAP_WIDTH, len(lines[pairs[-1] + 1].rstrip()))
    high = sys.maxsize
    if within is not None:
        low, high = max(low, within.start), within.stop
    for index in pairs:
        widths = fill_widths(lines[index], lines[index + 1])
        low, high = max(low, widths.start), min(high, widths.stop)
    return range(low, high) if low < high else None


def _runs_page(line: str, seen: dict[str, bool]) -> bool:
    """Whether ``line`` shows signs of running the page (:data:`_MACHINERY`, :func:`_page_markup`), kept in ``seen``."""
    found = seen.get(line)
    if found is None:
        found = seen[line] = _MACHINERY.search(line) is not None or _page_markup(line)
    return found


def _page_markup(line: str) -> bool:
    """Whether ``line`` is the page's own markup left in its text, serialized onto one line: :data:`MARKUP_TAGS` tags
    or more, holding four fifths of its characters or more, one of them with an attribute a web page gives its own
    elements (``class``, ``id``, ``style``, ``href``, ``src``, ...): a template's dropdown, an advert's link and image,
    an editor's bookmark spans. Markup shown to a reader is printed an element or two a line, or is a language's own
    (``<Project> <PropertyGroup> ...``, ``<table></table><li>``).

    >>> _page_markup('<div align="center"><a href="https://ads.example/c"><img src="https://ads.example/b.jpg"></a></div>')
    True
    >>> _page_markup('<div class="note">'), _page_markup("<table></table><li><table></table><li><table></table>")
    (False, False)
    """
    if line.count("<") < MARKUP_TAGS:
        return False
    tags = _TAG.findall(line)
    return (
        len(tags) >= MARKUP_TAGS
        and 5 * sum(map(len, tags)) >= 4 * len(line.strip())
        and _PAGE_ATTRIBUTE.search(line) is not None
    )


def _is_code(line: str) -> bool:
    return _is_statement(line) or _is_weak(line)


def _announcement(lines: Sequence[str], first: int) -> int | None:
    """The line right before line ``first`` (a blank line may stand between) when it announces code
    (ends with ``:``), else None."""
    for index in range(first - 1, max(first - 3, -1), -1):
        stripped = lines[index].strip()
        if stripped:
            return index if stripped.endswith(":") else None
    return None
