"""A comment policy under its title, and its opening line: what names a policy where no word of its items does.

**Under its title.** A policy under a title that names it ("Discussion rules", "READER FORUM RULES", "Before you post":
a word for rules after the words of where it is printed or whose it is, or before them ("Rules for comments"), or a call
to comment; :data:`_NOTICE_TITLE`) is told by its title where no subject tells it: beside the box or printed last, when
the run :mod:`cleantext.notice_box` reads is not the notice, the sentences an item may hold from the box's side (or the
text's end) up to such a title at a line's start are (after the box: the title first, then each such sentence), two at
least (three printed last, but two under a title on a line of its own), as short as items on average once their headings
are left out (:data:`~cleantext.notice_box.TITLED_WORDS` words, two more than elsewhere: the title tells what they are),
none with a year printed last but when it was last revised (:func:`_titled_run`). A title that speaks of rules without
saying whose ("New rules for the park", "The rules") heads an article's section, and stays. Printed last, such a title
in the last lines lets the run be read too (:func:`_titled_near`); where nothing is found at the end and the line the
reading stopped at is such a title that the rules removed ("Join the conversation: our rules"), the lines are read again
under it (:func:`_title_above`). A line that is such a title in any case ("Join the conversation", "Our rules for reader
posts") is a sentence of its own (:func:`_policy_titles`).

**Its opening line.** Read back towards the article, a run keeps the policy's opening line just before its first
heading when it points to the rules after it and names the subject besides ("Comments are moderated according to
the rules below.", :func:`_opening`), or asks something of the readers about the place they write in or its rules
outside quotation marks ("Before you join in, please take a moment to read our house rules."), or, headed by nothing,
tells of the site's own place or rules ("This board is run by volunteers for the benefit of members.",
:func:`_describes_place`); an article's last line on rules names no subject besides, and stays; one that names a group
as someone's ("The group said ...") tells of no place of the site's, and stays too. Where no such pattern reads it, the
line just above the policy's lines is its opening when its words score as a policy's twice over, outside quotation marks
and attribution ("We welcome readers' posts and want the discussion to stay lively, fair and useful.",
:func:`_opens_by_words`).

**Its closing line.** Read back from the page's end, a policy printed last may end on a closing line after its last item
that names no subject: thanks or a sign-off ("Thank you for helping keep this a friendly place.", "Happy posting!", "In
solidarity, the branch committee.", "Tight lines, and thanks for reading."), whom to write to ("Write to the editor.",
"Email the community team at ..."), or where to read more: an address or the full rules ("Full terms of use:
www.example.org/terms", "Ask a committee member or e-mail info@example.org."; :func:`_closing_line`). The reading passes
over it, and it goes with the run when the run is the policy; an article's last line of thanks stays with the article.

Called by :mod:`cleantext.notice_box`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .blocks import ends_sentence
from .lazy import LazyPattern
from .notice_dates import _dated
from .notice_shapes import ITEM_WORDS, _names_subject
from .notice_text import _ATTRIBUTION, HEADING_WORDS, INTRO_WORDS, _begins_line, _unstopped_lines
from .policy_words import POLICY_SCORE, policy_score

if TYPE_CHECKING:
    from .notice_text import _Word

__all__: list[str] = []  # nothing public: :mod:`cleantext.notice_box` reads a policy under its title through these


#: A title that names a comment policy, at a sentence's start ("Discussion rules", "OUR COMMUNITY STANDARDS",
#: "Before you post"): what the policy is, or where it is printed, before a word for rules, or after it ("Rules for
#: comments", "Guidelines for listeners"); or a call to comment.
_NOTICE_TITLE = LazyPattern(
    r"(?i)(?:(?:our|reader'?s?'?|readers'|community|comment(?:s|ing)?|discussion|conversation|forum|posting|"
    r"house|ground|club|guestbook|letters?|and|site|users?|members?|talkback|message|board|chat|listener|audience|"
    r"participation|contributor)\s+){1,4}(?:rules|guidelines|polic(?:y|ies)|standards|etiquette|"
    r"code of conduct|terms)\b|before you (?:post|comment|reply)\b|join the (?:conversation|discussion|debate)\b|"
    r"have your say\b|terms of (?:participation|use)\b|"
    r"(?:rules|guidelines|polic(?:y|ies)|standards)\s+(?:for|of)\s+(?:the\s+)?(?:comments?|commenting|posting|posts|"
    r"readers|listeners|members|users|contributors|discussions?|conversations?|forums?|engagement|participation)\b",
    regex=True,
)


#: Words of a policy's opening line that point to the rules after it ("please follow these rules", "the guidelines
#: below", "read the following before posting").
_POINTS_AHEAD = LazyPattern(
    r"(?i)\b(?:these|the following)\s+(?:\w+\s+){0,2}(?:rules|guidelines|standards|terms)\b|"
    r"\b(?:rules|guidelines|standards|terms)\s+below\b|\bread the following\b",
    regex=True,
)


def _title_above(lines: Sequence[str], first: int, low: int) -> int | None:
    """The line just above ``first`` (blank lines between them allowed, not above ``low``) when it begins with a title
    that names a policy (:data:`_NOTICE_TITLE`), else None.

    >>> _title_above(["He left.", "Discussion rules", "", "Be kind."], 3, -1), _title_above(["He left.", "Be kind."], 1, -1)
    (1, None)
    """
    index = first - 1
    while index > low and not lines[index].strip():
        index -= 1
    return index if index > low and _NOTICE_TITLE.match(lines[index].lstrip()) else None


def _heads_alone(words: list[_Word], span: range, kind: str) -> bool:
    """Whether the sentence ``span`` (of ``kind``) is a heading on a line of its own."""
    return (
        kind == "heading"
        and _begins_line(words, span[0])
        and (span[-1] + 1 == len(words) or _begins_line(words, span[-1] + 1))
    )


def _titled_near(lines: Sequence[str], near: Sequence[int]) -> bool:
    """Whether one of the ``near`` lines begins with a title that names a policy (:data:`_NOTICE_TITLE`): the other
    first look at a policy printed last, whose last item says nothing of its subject.

    >>> _titled_near(["He left.", "House rules", "Spoilers. Keep the ending out of it."], [0, 1, 2])
    True
    """
    return any(_NOTICE_TITLE.match(lines[index].lstrip()) for index in near)


def _titled_run(
    text: str,
    words: list[_Word],
    spans: list[range],
    order: range,
    kind_of: Callable[[int], str],
    *,
    outward: int,
    at_end: bool,
) -> list[int] | None:
    """The sentences of a policy under its own title, whatever their subject: from the box's side (or the text's
    end) outward, sentences an item may hold (or headings) up to a title that names the notice
    (:data:`_NOTICE_TITLE`: "Discussion rules", "Before you post"), which begins a line; printed after the box,
    the title first, then every such sentence. ``[]`` when there is none; None when the window ran out before a
    title or a sentence no item holds (a longer window may hold the title)."""
    taken: list[int] = []
    for j in order:
        first = words[spans[j][0]]
        titled = _begins_line(words, spans[j][0]) and _NOTICE_TITLE.match(text, first.start) is not None
        if outward > 0 and not taken and not titled:
            return []
        if kind_of(j) == "" and not titled:
            return taken if outward > 0 else []
        if at_end and _dated(text, first.start, words[spans[j][-1]].end):
            return []
        taken.append(j)
        if titled and outward < 0:
            return sorted(taken)
    return taken if outward > 0 else None


#: A policy's closing line: thanks or a sign-off at its start (or thanks after a sign-off: "Tight lines, and thanks
#: for reading."), an address (e-mail or web) or the full rules anywhere, when it was last revised ("Last updated in
#: March by the webmaster."), or whom to write to (an address, or a desk or a role). The text before the thanks is read
#: lazily: read greedily, a long line with no stop was read back from its end once per place the search tried.
_CLOSING = LazyPattern(
    r"(?:Thank you|Thanks|Many thanks|With thanks|Happy \w+ing|See you|In solidarity|Yours|Best wishes|Regards)\b|"
    r"[^.?!]*?\b(?:and |, )thanks?(?: you)? for\b|"
    r"[^.?!]*?(?:\S@\w|https?://|\bwww\.|\b(?:the|our) full (?:\w+ )?(?:rules|terms|guidelines|policy|code)\b)|"
    r"(?:Last (?:updated|revised|reviewed|amended)|Updated|Revised|Reviewed|Amended)\b|"
    r"(?:Write|Email|E-mail|Contact|Queries|Send)\b.*?(?:@|\b(?:editor|webmaster|moderators?|secretary|team|desk|"
    r"office|newsroom|committee|administrators?|admins?)\b)",
    regex=True,
)


def _closing_line(sentence: str) -> bool:
    """Whether ``sentence`` may be a policy's closing line after its last item (:data:`_CLOSING`), no longer than an
    item's sentence.

    >>> [_closing_line(said) for said in ("Thank you for helping keep this a friendly place.", "Write to the editor.")]
    [True, True]
    >>> _closing_line("Last updated in March by the webmaster."), _closing_line("Revised by the committee in May.")
    (True, True)
    >>> [_closing_line(said) for said in ("Tight lines, and thanks for reading.", "Read the full house rules here.")]
    [True, True]
    >>> _closing_line("Ask a committee member at club night or e-mail info@example.org.")
    True
    >>> [_closing_line(said) for said in ("He wrote to the editor.", "Write clearly and briefly.")]
    [False, False]
    """
    return sentence.count(" ") < ITEM_WORDS and _CLOSING.match(sentence) is not None


#: A request to the site's readers, or what binds them: "please help us keep them that way", "we ask everyone to follow
#: these guidelines", "members are asked to", "by posting you agree to".
_REQUEST = LazyPattern(
    r"(?i)\b(?:please|kindly|we ask|we'd ask|we would ask|help us|ask(?:s)? (?:that )?(?:you|everyone|all|members)|"
    r"(?:are|is) (?:\w+ )?(?:asked|invited)|(?:you|members|readers|users) agree)\b",
    regex=True,
)
#: The words for the place readers write in (:data:`_PLACE_OR_RULES`, :data:`_PLACE`).
_PLACE_WORDS = r"forums?|(?:notice)?boards?|page|group|site|threads?|discussions?|conversations?"
#: The place readers write in, or its rules: "our boards", "this forum", "our house rules".
_PLACE_OR_RULES = LazyPattern(
    rf"(?i)\b(?:rules|guidelines|code of conduct|standards|terms|conditions|{_PLACE_WORDS})\b", regex=True
)
#: Quotation marks: a sentence that holds one is someone's speech, an article's.
_QUOTED = LazyPattern(r'["\u201c\u201d\u201e\u00ab\u00bb]')


def _opening(
    text: str,
    words: list[_Word],
    spans: list[range],
    first: int,
    patterns: tuple,
    headed: Callable[[int], bool],
) -> list[int]:
    """The policy's opening line just before its first heading (sentence ``first``): the sentences of one line
    (two at most, each as short as an item, the last ending a sentence or on a colon) whose last points to the rules
    that follow (:data:`_POINTS_AHEAD`: "please follow these rules", "the guidelines below") and names the notice's
    subject ("Comments are moderated according to the rules below."), or asks something of the readers about the place
    they write in or its rules (:func:`_asks_of_readers`: "Our boards are a place for support; please help us keep them
    that way."), or introduces the items (:func:`_introduces_items`: "By posting on this site, you agree to the
    following."), or, headed by nothing (``headed``: a sentence's heading or mark), tells of the site's own place or
    rules (:func:`_describes_place`: "This board is run by volunteers for the benefit of members."); an article's last
    line speaks of rules ("Owners who break these rules face fines.") without naming where readers write, and
    stays. ``[]`` when there is none."""
    last = first - 1
    if last < 0 or not _begins_line(words, spans[first][0]):
        return []
    said = text[words[spans[last][0]].start : words[spans[last][-1]].end]
    if not ends_sentence(said) and not said.endswith(":"):  # a colon at its end introduces the items: "A few rules:"
        return []
    points = _POINTS_AHEAD.search(said)
    rest = f"{said[: points.start()]} {said[points.end() :]}" if points else ""  # the subject besides the pointing
    told = (points and _names_subject(rest, patterns)) or _asks_of_readers(said) or _introduces_items(said, patterns)
    opening = [last]
    while not _begins_line(words, spans[opening[0]][0]):
        if len(opening) == 2 or opening[0] == 0:
            return []
        opening.insert(0, opening[0] - 1)
    if not told:  # the line tells of the place, headed by nothing (an item's is: "Watch the language. ... this board.")
        line = text[words[spans[opening[0]][0]].start : words[spans[last][-1]].end]
        if any(headed(j) for j in opening) or not _describes_place(line):
            return []
    return opening if all(len(spans[j]) <= ITEM_WORDS for j in opening) else []


#: The place readers write in: "this forum", "our boards", "the discussion".
_PLACE = LazyPattern(rf"(?i)\b(?:{_PLACE_WORDS})\b", regex=True)
#: What points to the items that follow besides :data:`_POINTS_AHEAD`: "you agree to the following", "see below", "a
#: few simple rules apply".
_AHEAD = LazyPattern(
    r"(?i)\b(?:the following|below|a few (?:\w+ )?(?:rules|things|points|guidelines|requests))\b", regex=True
)


def _introduces_items(said: str, patterns: tuple) -> bool:
    """Whether the opening line's last sentence introduces the items after it, outside quotation marks: it points to
    what follows (:data:`_AHEAD`: "the following", "below", "a few rules", or a colon at its end) and names rules or
    the place readers write in (:data:`_PLACE_OR_RULES`) or the notice's subject, or asks of the readers or binds them
    (:data:`_REQUEST`: "By posting on this site, you agree to the following.", "A few simple rules keep this board
    friendly.", "Members are asked to observe the following."); or it points to "these rules"
    (:data:`_POINTS_AHEAD`) and names the place (:data:`_PLACE`: "These rules apply to everyone who posts on this
    site."). An article's line on rules names no place and points back ("Owners who break these rules face fines."),
    and stays.

    >>> from cleantext.notice_shapes import _subject_patterns
    >>> from cleantext.shapes import DEFAULT_NOTICES
    >>> patterns = _subject_patterns(next(notice for notice in DEFAULT_NOTICES if notice.topic))
    >>> _introduces_items("By posting on this site, you agree to the following.", patterns)
    True
    >>> _introduces_items("The mayor read the following statement.", patterns)
    False
    >>> _introduces_items("Owners who break these rules face fines.", patterns)
    False
    """
    if _QUOTED.search(said) is not None:
        return False
    if _AHEAD.search(said) or said.endswith(":"):
        return bool(_PLACE_OR_RULES.search(said) or _names_subject(said, patterns) or _REQUEST.search(said))
    return bool(_POINTS_AHEAD.search(said) and _PLACE.search(said))


#: The site's own place or rules, named as its own: "this board", "our page", "our house rules", "every thread", "a
#: place for thoughtful discussion" after "this"; "these rules" points back as an article's line may ("Owners who
#: break these rules ..."), and a place named as someone's ("the council's website") is theirs.
_OWN_PLACE = LazyPattern(
    rf"(?i)\b(?:this|our|every)\s+(?:[\w'\u2019-]+,?\s+){{0,6}}?(?:{_PLACE_WORDS}|pages|space|place|rules|guidelines|comments?)\b",
    regex=True,
)


def _describes_place(said: str) -> bool:
    """Whether the opening line's last sentence tells of the site's own place or rules (:data:`_OWN_PLACE`) outside
    quotation marks: "This forum is run by volunteers for the benefit of members.", "We want this to be a place for
    thoughtful discussion.", "Our members agreed these rules at the annual general meeting."; an article's line names
    a group as someone's ("The terrorist group said it ..."), not as the place it is printed in.

    >>> _describes_place("We want our page to be a friendly place for everyone."), _describes_place("The group said.")
    (True, False)
    """
    return _OWN_PLACE.search(said) is not None and _QUOTED.search(said) is None


def _asks_of_readers(said: str) -> bool:
    """Whether the opening line's last sentence asks something of the site's readers about the place they write in or
    its rules, outside quotation marks ("Our boards are a place for support and friendship; please help us keep them
    that way."): a policy's opening, as an article's last line seldom is."""
    return bool(_REQUEST.search(said) and _PLACE_OR_RULES.search(said) and not _QUOTED.search(said))


def _policy_titles(words: list[_Word], text: str) -> dict[int, int]:
    """The lines (first word -> last word) that are a title naming a policy (:data:`_NOTICE_TITLE`) in any case,
    "Join the conversation", "Our rules for reader posts": up to :data:`INTRO_WORDS` words, none ending a
    sentence, with more words after them (a title in title case or capitals is
    :func:`~cleantext.notice_shapes._title_lines`'s).

    >>> from cleantext.notice_text import _unwrap
    >>> text, words = _unwrap(["Our rules for reader posts", "Be kind. No spam."], [0, 1])
    >>> _policy_titles(words, text)
    {0: 4}
    """
    return {
        first: last
        for first, last in _unstopped_lines(words, text, INTRO_WORDS)
        if _NOTICE_TITLE.match(text, words[first].start)
    }


#: The least score (:func:`~cleantext.policy_words.policy_score`) of a policy's opening line told by its words
#: (:func:`_opens_by_words`): twice what counts a sentence as a policy's.
OPENING_SCORE = 2 * POLICY_SCORE
#: The most sentences of an opening told by its words.
OPENING_SENTENCES = 2
#: Where one sentence of a line ends and the next begins.
_SENTENCE_BREAK = LazyPattern(r"(?<=[.!?])\s+")


def _opens_by_words(line: str) -> bool:
    """Whether ``line``, just above a policy's lines, is its opening told by its words: no longer than an item
    (:data:`~cleantext.notice_shapes.ITEM_WORDS` words), :data:`OPENING_SENTENCES` sentences at most, none as short as
    a heading (a line that holds an item's heading holds the item: "... on Tuesday night. Be Respectful. Personal
    attacks ..."), ending a sentence or on a colon, nobody's speech (no quotation mark, no attribution: "..., the
    council said."), and scored :data:`OPENING_SCORE` or more. An article's last line that asks something of its
    readers ("Please send your photographs of the flooding to the newsroom by Friday.") scores less.

    >>> _opens_by_words("We welcome readers' posts and want the discussion to stay lively, fair and useful.")
    True
    >>> _opens_by_words("Please send your photographs of the flooding to the newsroom by Friday.")
    False
    """
    said = line.strip()
    sentences = _SENTENCE_BREAK.split(said)
    return (
        len(said.split()) <= ITEM_WORDS
        and len(sentences) <= OPENING_SENTENCES
        and all(len(sentence.split()) > HEADING_WORDS for sentence in sentences)
        and (ends_sentence(said) or said.endswith(":"))
        and not _spoken(said)
        and policy_score(said) >= OPENING_SCORE
    )


def _spoken(said: str) -> bool:
    """Whether ``said`` is someone's speech: in quotation marks, or attributed ("..., the council said."), as an
    article quotes and a policy's own opening never is.

    >>> _spoken("\u201cBe kind,\u201d she said."), _spoken("Officers said the road would reopen."), _spoken("Be kind.")
    (True, True, False)
    """
    return _QUOTED.search(said) is not None or _ATTRIBUTION.search(said) is not None
