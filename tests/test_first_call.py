"""What the first call compiles: only what a document needs (docs/speed.md, "The first call's extra cost").

Each probe runs in a fresh interpreter, so that nothing earlier compiled the patterns it looks at."""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex

import cleantext
from cleantext.shapes import Thread

PROBE = """
import sys
import regex
compiled = []
original = regex.compile

def spy(pattern, *args, **kwargs):
    if sys._getframe(1).f_globals.get("__name__", "").startswith("cleantext"):
        compiled.append(pattern)
    return original(pattern, *args, **kwargs)

regex.compile = spy
import cleantext
from cleantext import threads
from cleantext.repair import charsets
from cleantext.shapes import DEFAULT_NOTICES, DEFAULT_THREADS
text = "\\n".join(["The council met on Tuesday \\u2014 \\u201cat last\\u201d, said the clerk, after a long debate."] * 6)
assert cleantext.clean(text)
assert "_compiled" not in charsets._SUSPECT.__dict__, "the line pre-check of repair was compiled"
assert threads._entry_and_post.cache_info().currsize == 0, "a thread's entry pattern was compiled"
assert not {notice.clauses for notice in DEFAULT_NOTICES} & set(compiled), "a notice's phrases were compiled"
damaged = "The caf\\u00c3\\u00a9 reopened.\\n" + "Comments\\nAnn says:\\nGood.\\nBob says:\\nYes.\\n"
assert charsets.suspect(damaged) and "_compiled" in charsets._SUSPECT.__dict__
"""


def test_a_document_without_damage_threads_or_notices_compiles_none_of_their_patterns() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_thread_of_ones_own_whose_entry_pattern_does_not_compile_fails_on_the_first_call() -> None:
    bad = Thread("comments", heading="comments", entry="(unclosed", min_entries=2)
    with pytest.raises(regex.error):
        cleantext.strip_chrome("Some text of the article here.\n", threads=(bad,))
