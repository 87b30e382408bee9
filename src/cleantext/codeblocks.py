"""Code in a document: runs of lines written in a programming, shell, query or markup language.

Articles show code (a tutorial, a release note, a quoted bug report), and pages leave their own
scripts in scraped text (ads, analytics, widgets). Either way a run of code lines is one thing: the
steps keep it or drop it as a whole, never in part, so that no brace, ellipsis or statement goes
missing from code a reader is shown.

A line is *code* when its shape says so: it ends a statement or opens a block (``;``, ``{``), begins
one (``def f(x):``, ``#include``, ``import json``, ``SELECT ... FROM``, ``$ git clone ...``), assigns
or calls (``x = load(path)``, ``print(x)``), or holds a function literal; and it holds no run of five
plain words outside its strings and comments (prose does). Lines of punctuation alone (``}``,
``...``), comments and indented lines are code only next to such a line. A run of code lines, across
single blank lines, is a :class:`CodeBlock`; a sentence of eight words or more is never part of one.

A block is *page machinery* when it holds a sign of running the page (``rules.MACHINERY``: HTML
comment and script wrappers, ``document.write``, the loaders and globals of ad, analytics, consent,
comment and share services), unless the text right before it announces it (ends with ``:``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from .blocks import ends_sentence
from .lazy import LazyPattern
from .rules import MACHINERY

__all__ = ["CodeBlock", "code_blocks"]


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


#: A line that is code by itself: ends a statement, begins one, assigns, calls, defines a function.
_STATEMENT = LazyPattern(
    "|".join(
        (
            r"^.*[;{]$",  # ends a statement or opens a block
            r"^(?:async\s+)?(?:def|class|if|elif|else|for|while|with|try|except|finally|match|case)\b.*:$",
            r"^import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*;?$|^import\s.*\bfrom\s+['\"]|"
            r"^from\s+[\w.]+\s+import\s|^(?:package|using)\s+[\w.]+;?$|^#(?:include|import)\s*[<\"]|"
            r"^#define\s+\w|^#!/|^@import\s|^export\s+(?:default|const|let|function|class|\{)",
            r"^[A-Za-z_$][\w$.]*(?:\[[^\]]*\])?\s*(?:[-+*/%|&^:]|<<|>>|\?\?)?=(?!=)\s*\S",  # x = ..., x += ...
            r"^[A-Za-z_$][\w$.]*!?\(.*\)[;,]?$",  # a call: print(x), main(), println!(...)
            r"\bfunction\s*[\w$]*\s*\([^()]*\)\s*\{|\)\s*=>",  # a function literal, an arrow function
            rf"^[$%]\s+\S|^(?:{_COMMANDS})\s+(?:-{{1,2}}\w|(?:{_SUBCOMMANDS})\b)|^cd\s+\S+$",  # shell
            r"^(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE (?:TABLE|INDEX|VIEW)|ALTER TABLE|DROP TABLE|"
            r"FROM|WHERE|GROUP BY|ORDER BY|HAVING|LIMIT|(?:LEFT |RIGHT |INNER |OUTER |FULL |CROSS )?JOIN|"
            r"VALUES|UNION)\b(?=.*[a-z*(0-9'\"])",  # SQL, and not a heading in capitals
            # a line that begins with a tag: its name in one case, its attributes with values
            r"^</?(?:[a-z][a-z0-9-]*|[A-Z][A-Z0-9]*)(?:\s[^<>]*=[^<>]*)?\s*/?>",
        )
    )
)
#: Punctuation alone ("}", "});", "..."), or a comment: code next to code.
_BARE = LazyPattern(r"[^\w]+$|//|/\*|\*|#(?:\s|$)|--\s|<!--")
#: An indented line, or one that goes on (an operator, a comma, an open bracket at its end).
_GOING_ON = LazyPattern(r"^[ \t]{2,}\S|[,(\[\\+=&|]$|=>$")
#: Strings and comments, left out when looking for prose.
_LITERALS = LazyPattern(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|`[^`]*`|(?:^|\s)(?://|#\s|--\s).*$|/\*.*?\*/")
#: Five plain words in a row, one space between them: prose, not code.
_PROSE_RUN = LazyPattern(r"(?<![\w$.])(?:[A-Za-z]+ ){4}[A-Za-z]+(?![\w(])")
_MACHINERY = LazyPattern(MACHINERY)
#: A quick first look at the whole document: a line without any of these is no statement.
_CODE_MARKS = LazyPattern(
    rf"[;{{}}()=$#<>%]|^[ \t]*(?:import|from|package|using|cd|{_COMMANDS}|[A-Z]{{4,6}})\s", re.MULTILINE
)


def _reads_as_prose(stripped: str) -> bool:
    return len(stripped.split()) >= 8 and ends_sentence(stripped)


def _has_prose_run(stripped: str) -> bool:
    return _PROSE_RUN.search(_LITERALS.sub(" ", stripped)) is not None


def _is_statement(line: str) -> bool:
    stripped = line.strip()
    if _STATEMENT.search(stripped) is None or _reads_as_prose(stripped):
        return False
    return not _has_prose_run(stripped)


def _is_weak(line: str) -> bool:
    """Code next to code: punctuation alone or a comment; an indented line, or one that goes on, that
    does not read as prose."""
    stripped = line.strip()
    if not stripped:
        return False
    if _BARE.match(stripped) is not None:
        return True
    return (
        _GOING_ON.search(line.rstrip()) is not None and not _reads_as_prose(stripped) and not _has_prose_run(stripped)
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
    text = "\n".join(lines)
    if _CODE_MARKS.search(text) is None:
        return []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    candidates: set[int] = set()
    for found in _CODE_MARKS.finditer(text):
        candidates.add(bisect_right(starts, found.start()) - 1)
    statements = sorted(index for index in candidates if _is_statement(lines[index]))
    if not statements:
        return []
    runs: list[list[int]] = []  # [first, last] of each run of code lines around a statement
    for index in statements:
        if runs and index <= runs[-1][1]:
            continue
        first = index
        while first > 0 and _is_code(lines, first - 1, candidates):
            first -= 1
        last = index
        while last + 1 < len(lines) and _is_code(lines, last + 1, candidates):
            last += 1
        if runs and first - runs[-1][1] - 1 <= gap and all(not lines[k].strip() for k in range(runs[-1][1] + 1, first)):
            runs[-1][1] = last
        else:
            runs.append([first, last])
    blocks = []
    for first, last in runs:
        signs = any(_MACHINERY.search(lines[k]) for k in range(first, last + 1))
        blocks.append(CodeBlock(first, last, signs and not _announced(lines, first)))
    return blocks


def _is_code(lines: Sequence[str], index: int, candidates: set[int]) -> bool:
    return (index in candidates and _is_statement(lines[index])) or _is_weak(lines[index])


def _announced(lines: Sequence[str], first: int) -> bool:
    """Whether the text right before line ``first`` (a blank line may stand between) announces code."""
    for index in range(first - 1, max(first - 3, -1), -1):
        stripped = lines[index].strip()
        if stripped:
            return stripped.endswith(":")
    return False
