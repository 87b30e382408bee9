"""A comment policy hard-wrapped by its box's template at the page's end, or beside the comment box, goes
whatever its items say; an article's own lines, a page wrapped throughout and a wrapped footer stay."""

from __future__ import annotations

import textwrap

import pytest

import cleantext

ARTICLE = [
    "Dozens of migrants trying to leave the country are stranded at the border, authorities reported Friday.",
    "The reverse migration trend comes just over two weeks before the presidential run-off on Sunday, officials said.",
    "Peru is both a source of, and a country of transit for, migrants fleeing poverty in other parts of the region.",
]
BOX = ["(0) comments", "Welcome to the discussion.", "Log In", "Watch this discussion."]
#: Items about spoilers, shares and storms, one of them naming posts: one copy of them reads as prose.
POLICY = (
    "Spoilers. Keep plot twists and the ending out of the thread. Disclosure. Say so if you own shares in a business "
    "we cover. Storms. Rumours about road closures help nobody. Delays. Editors read each post before it appears."
)


def _clean(lines: list[str]) -> str:
    return cleantext.clean("\n".join(lines) + "\n")


@pytest.mark.parametrize("width", [40, 55, 90])
@pytest.mark.parametrize("where", ["last", "before", "after"])
def test_a_policy_hard_wrapped_at_the_page_s_end_goes(width: int, where: str) -> None:
    wrapped = textwrap.wrap(POLICY, width)
    lines = {"last": [*ARTICLE, *wrapped], "before": [*ARTICLE, *wrapped, *BOX], "after": [*ARTICLE, *BOX, *wrapped]}
    assert _clean(lines[where]) == "\n".join(ARTICLE) + "\n"


def test_a_page_wrapped_throughout_keeps_its_last_paragraph() -> None:
    """A plain-text page (an e-mail, a text file) is wrapped at one width from its first line: its last paragraph is
    the writer's, not another template's box."""
    story = " ".join(ARTICLE) + " The border post was closed for two hours on Saturday while officials counted them."
    lines = [*textwrap.wrap(story, 60), "", *textwrap.wrap(POLICY, 60)]
    kept = _clean(lines)
    assert all(line in kept for line in textwrap.wrap(POLICY, 60))


def test_an_article_s_last_line_that_fills_the_width_stays() -> None:
    """An article's last paragraph may by chance be as long as the box's lines are wide: it ends a sentence, and
    stays."""
    wrapped = textwrap.wrap(POLICY, 70)
    width = max(map(len, wrapped))
    last = "The mayor said the city would review the plan again in the spring."
    last = last[: width - 2].rsplit(" ", 1)[0] + "."
    assert len(last) + 1 + len(wrapped[0].split()[0]) > width >= len(last)
    assert _clean([*ARTICLE, last, *wrapped]) == "\n".join([*ARTICLE, last]) + "\n"


def test_a_wrapped_footer_that_names_no_comment_stays() -> None:
    """A writer's biography printed by another template names none of the policy's subject: it stays."""
    bio = textwrap.wrap(
        "Jane Doe covers city hall and the schools for the Courier. She lives in Riverside with her two dogs. "
        "You can reach her on the newsroom line most weekday mornings.",
        45,
    )
    assert _clean([*ARTICLE, *bio]) == "\n".join([*ARTICLE, *bio]) + "\n"


#: Items headed before a dash, about twenty words each with the heading and under eighteen without it.
HEADED = (
    "Not navigational advice \u2014 Messages that encourage anyone to ignore a small-craft advisory or a harbour "
    "closure will be taken down. Live court cases \u2014 Remarks that could prejudice a fair trial put you and this "
    "paper at serious risk of contempt. Our final word \u2014 The editor may close any thread, and we do not discuss "
    "moderation decisions by email."
)


@pytest.mark.parametrize("width", [40, 60, 90])
@pytest.mark.parametrize("where", ["last", "before", "after"])
def test_a_hard_wrapped_policy_s_items_are_measured_without_their_headings(width: int, where: str) -> None:
    """As wherever a policy is read, an item is as short as an item's once its heading ("Live court cases —") is
    left out (each fails on the code before)."""
    wrapped = textwrap.wrap(HEADED, width)
    lines = {"last": [*ARTICLE, *wrapped], "before": [*ARTICLE, *wrapped, *BOX], "after": [*ARTICLE, *BOX, *wrapped]}
    assert _clean(lines[where]) == "\n".join(ARTICLE) + "\n"


#: Items headed before a stop; the moderation item's one sentence, to the readers, is longer than an item's.
LONG_ITEM = (
    "Be civil. Attack the argument and never the person who made it. Moderation. Every post you send is read by one "
    "of our volunteer moderators before it appears on the site, which can take a day or more at weekends, so please "
    "be patient and do not send the same post twice. Spam. Links to shops and betting sites are removed. "
    "Corrections. If we get a fact wrong, tell the newsroom and we will put it right. The newsroom is staffed until "
    "six each evening."
)


#: Items headed before a colon, each sentence twenty words or more without its heading.
LONG_HEADED = (
    "Civility: Disagree with the argument as sharply as you like, but leave out names, insults and anything about a "
    "person's family. Privacy: Posts that give a neighbour's address, a child's school or a phone number will be "
    "taken down at once and the account suspended. Advertising: Messages selling goods, services or tickets belong "
    "in the classified section and will be deleted from the news pages without any warning. Corrections: If we get "
    "a fact wrong, tell the newsroom by telephone or by e-mail and we will put it right. The newsroom is staffed "
    "until six each evening."
)


@pytest.mark.parametrize("width", [40, 60, 90])
@pytest.mark.parametrize("policy", [LONG_ITEM, LONG_HEADED], ids=["long item to the readers", "long headed items"])
def test_a_hard_wrapped_policy_of_long_items_goes(width: int, policy: str) -> None:
    """As the run beside a box reads them, an item's sentence longer than an item's is the policy's where it is on
    the subject and speaks to the readers, and where every item begins with its heading the list shows itself: its
    sentences may be longer than an item's mean. Printed last, the policy's last sentence is off the subject, so only
    its wrapping tells it from the article (each fails on the code before)."""
    wrapped = textwrap.wrap(policy, width)
    assert _clean([*ARTICLE, *wrapped]) == "\n".join(ARTICLE) + "\n"


def test_a_wrapped_paragraph_with_a_long_sentence_about_comments_stays() -> None:
    """A long sentence that names comments but speaks to no reader is an article's: the wrapped block it stands in
    stays, short as its other sentences are."""
    story = textwrap.wrap(
        "The council received more than two hundred comments on the plan, most of them from residents of the north "
        "ward who objected to the closing of the library, the loss of the evening bus route and the new car park. "
        "Officials said they read every one. A decision is expected soon.",
        50,
    )
    assert _clean([*ARTICLE, *story]) == "\n".join([*ARTICLE, *story]) + "\n"


def test_a_wrapped_paragraph_of_long_unheaded_sentences_about_comments_stays() -> None:
    """Sentences longer than items' on average, none headed, are an article's paragraph whatever they name."""
    story = textwrap.wrap(
        "Residents who posted comments on the council's website last week said the consultation had been far too "
        "short for working families in the north ward. Several of the posts complained that the public meetings were "
        "held in the middle of the afternoon on weekdays, when most people are at work. The council said it would "
        "publish every comment it received alongside its final report, which is due before the end of next month.",
        50,
    )
    assert _clean([*ARTICLE, *story]) == "\n".join([*ARTICLE, *story]) + "\n"


def test_a_hard_wrapped_policy_with_the_date_it_was_revised_goes() -> None:
    """The year in "These rules were last updated in March 2025." is the policy's own, not a dated reference's: the
    wrapped block goes (fails on the code before)."""
    wrapped = textwrap.wrap(POLICY + " These rules were last updated in March 2025.", 55)
    assert _clean([*ARTICLE, *wrapped]) == "\n".join(ARTICLE) + "\n"


def test_a_hard_wrapped_policy_naming_a_year_of_its_place_s_history_goes() -> None:
    """A sentence of the policy that names a year of its place's history while it states a rule ("Ospreys came back
    to the loch in 1954, so never say where a nest is; we remove any map.") reads as the policy's by its words, not
    as a page's dated reference: the wrapped block goes (fails on the code before, which read any year but the
    policy's own as a reference's, and kept the block)."""
    wrapped = textwrap.wrap(
        POLICY + " Ospreys came back to the loch in 1954, so never say where a nest is; we remove any map.", 55
    )
    assert _clean([*ARTICLE, *wrapped]) == "\n".join(ARTICLE) + "\n"


def test_a_hard_wrapped_block_with_a_dated_reference_stays() -> None:
    """A wrapped block whose sentence cites a dated source ("See Smith (2019), Moderating Online Talk.") is not a
    policy printed by its box: a page's references and credits are dated, and their words read as no rule."""
    wrapped = textwrap.wrap(POLICY + " See Smith (2019), Moderating Online Talk, for the history of these rules.", 55)
    assert _clean([*ARTICLE, *wrapped]) == "\n".join([*ARTICLE, *wrapped]) + "\n"


#: A policy in the third person: its sentences say what happens to posts, each long, none speaking to the reader.
THIRD_PERSON = (
    "Comments that insult other readers, the people in a story or the reporters who wrote it are removed by the "
    "moderators without warning. Posts that give anyone's home address, phone number or workplace are deleted at once, "
    "and the account that sent them may be closed. Advertising, chain letters and repeated links to shops are not "
    "allowed in the comments. The moderators read reports of abuse on weekdays, and their decision on whether a post "
    "stays up is final."
)


@pytest.mark.parametrize("width", [40, 50, 60])
def test_a_hard_wrapped_policy_in_the_third_person_before_the_box_goes(width: int) -> None:
    """A hard-wrapped policy whose long sentences state rules in the third person ("Comments that insult ... are
    removed by the moderators"), printed just before the comment box, goes: the box tells that readers comment, and
    read by their words, three in four of the sentences score as a policy's (fails on the code before, which began
    such a block only where its sentences mostly speak to the reader, and read it as a box only where its sentences
    were as short as items). Printed last with no box, they go too where no copy of them printed alike went before
    (the next test)."""
    wrapped = textwrap.wrap(THIRD_PERSON, width)
    assert _clean([*ARTICLE, *wrapped, *BOX]) == "\n".join(ARTICLE) + "\n"


@pytest.mark.parametrize("width", [40, 50, 60])
def test_a_hard_wrapped_policy_in_the_third_person_printed_last_goes(width: int) -> None:
    """Printed last with no comment box, a hard-wrapped block of rules in the third person ("Posts that give anyone's
    home address ... are deleted at once") goes as it does before the box: three in four of its sentences score as a
    policy's by their words, and the steps before the chrome step removed no copy of it printed alike (a page scraped
    twice keeps its first copy: ``test_notice_twins``). Fails on the code before, which read such a block last on the
    page only where its sentences mostly spoke to the reader."""
    wrapped = textwrap.wrap(THIRD_PERSON, width)
    assert _clean([*ARTICLE, *wrapped]) == "\n".join(ARTICLE) + "\n"


#: A policy whose item headings are in capitals: hard-wrapped at some widths, a line begins with "WHERE IT'S DUE."
#: and has the shape of a query in capitals.
CAPITAL_HEADINGS = (
    "House rules. 1. BE KIND. Readers who insult each other are warned once, then blocked. 2. STAY ON THE STORY. "
    "Posts about other matters wait for the open thread. 3. CREDIT WHERE IT'S DUE. Only upload photographs you "
    "took yourself, and name whoever did. 4. NO ADVERTS. Links to shops and betting sites are deleted. "
    "5. PRIVACY. Never post a phone number or a home address, yours or anyone else's."
)


@pytest.mark.parametrize("width", [26, 30, 35, 43])
@pytest.mark.parametrize("where", ["last", "before"])
def test_a_hard_wrapped_policy_with_a_line_shaped_as_code_goes_whole(width: int, where: str) -> None:
    """A sentence broken wherever the line fills may leave one of its lines shaped as a statement ("WHERE IT'S DUE.
    Only upload", a query's first word in capitals): inside a paragraph wrapped at one width, it is the paragraph's
    line, not code shown to the reader, and the policy goes whole (fails on the code before, which kept that line as
    code, and code bounds every reading of a policy: the block was cut there and stayed)."""
    wrapped = textwrap.wrap(CAPITAL_HEADINGS, width)
    lines = [*ARTICLE, *wrapped] if where == "last" else [*ARTICLE, *wrapped, *BOX]
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


#: A policy whose second line, hard-wrapped at 25, begins "WHERE IT'S DUE.": near the article's lines, printed a
#: paragraph a line and far wider than the block.
CREDIT_FIRST = (
    "Our rules. 1. CREDIT WHERE IT'S DUE. Only upload photographs you took yourself, and name whoever did. "
    "2. BE KIND. Readers who insult each other are warned once, then blocked. 3. STAY ON THE STORY. "
    "Posts about other matters wait for the open thread. 4. NO ADVERTS. Links to shops and betting sites are "
    "deleted. 5. PRIVACY. Never post a phone number or a home address, yours or anyone else's."
)


@pytest.mark.parametrize("where", ["last", "before"])
def test_a_line_shaped_as_code_near_the_article_is_still_the_wrapped_policy_s(where: str) -> None:
    """The width of the paragraph a line shaped as code stands in is read from how its lines fill, not from the
    widest line near it: right below an article printed a paragraph a line, "WHERE IT'S DUE. Only" is the second line
    of a policy hard-wrapped at 25, and the policy goes whole (fails on the code before, which took the article's
    line for the paragraph's width, kept the line as code, and the policy stayed)."""
    wrapped = textwrap.wrap(CREDIT_FIRST, 25)
    lines = [*ARTICLE, *wrapped] if where == "last" else [*ARTICLE, *wrapped, *BOX]
    assert _clean(lines) == "\n".join(ARTICLE) + "\n"


def _uneven(lines: list[str]) -> list[str]:
    """``lines`` printed as a careless template prints them: spaces doubled, a tab, spaces after a line."""
    return [line.replace(" ", "  ", 1) + " " if k % 2 else line.replace(" ", "\t", 1) for k, line in enumerate(lines)]


@pytest.mark.parametrize(
    "printed",
    [_uneven, lambda lines: [line.replace("'", "\u2019").replace(" ", "\u00a0", 1) for line in lines]],
    ids=["uneven spaces", "curly quotes, no-break spaces"],
)
def test_a_hard_wrapped_policy_printed_with_uneven_or_unusual_spaces_still_goes(printed) -> None:
    """The block's text is read as its words joined by single spaces, curly quotes straight, however its lines space
    them: the policy names its subject there and goes."""
    assert _clean([*ARTICLE, *printed(textwrap.wrap(POLICY, 40))]) == "\n".join(ARTICLE) + "\n"


def test_a_long_numbered_list_of_short_lines_stays_whole() -> None:
    """Thousands of short lines of one width after a few others read as a block hard-wrapped after an article, but
    name no comment: every line stays (the list that bench_linear times at a million lines)."""
    lines = [f"Line {number} of a list." for number in range(2_000)]
    assert _clean(lines) == "\n".join(lines) + "\n"


def _named_anywhere(lines: list[str], block: list[int], notice) -> bool:
    """The simple definition: some sentence of the block, unwrapped, names the notice's subject."""
    from cleantext.notice_shapes import _names_subject, _spans, _subject_patterns
    from cleantext.notice_text import _readable_words, _unwrap

    text, words = _unwrap(lines, block)
    words = _readable_words(text, words)
    patterns = _subject_patterns(notice)
    return any(
        _names_subject(text[words[span[0]].start : words[span[-1]].end], patterns) for span in _spans(text, words)
    )


EDGE_BLOCKS = {
    "a list of numbers": [f"Line {number} of a list." for number in range(95, 105)],
    "a list naming posts": [f"Post {number} of a list." for number in range(8)],
    "a word broken at a hyphen": ["Keep the thread civil and on-", "topic at all times, as", "ever. Thank you."],
    "a phrase across uneven spaces": ["Please  be", "\tnice to  the", "others.  "],
    "a phrase across lines": ["Please be", "nice to the", "others."],
    "curly quotes": ["Please don\u2019t", "threaten anyone", "here at all."],
    "no-break spaces": ["Please be\u00a0nice", "to the other", "readers here."],
    "letters marking items": ["i. Be kind. ii. No", "spam. iii. Stay", "calm out there."],
    "non-ASCII, no subject": ["Caf\u00e9 list of the", "week in the", "old town."],
    "a capital Kelvin sign": ["Do not attac\u212a", "anyone here, as", "ever."],
    "a dotted capital I": ["NO \u0130NSULTS of any", "sort here at", "all."],
    "one word a line": ["Comment", "here", "please"],
    "blank-looking lines": ["Line 1 of a list.", " ", "Line 2 of a list."],
}


@pytest.mark.parametrize("name", list(EDGE_BLOCKS))
def test_a_block_told_to_name_nothing_names_nothing_when_unwrapped(name: str) -> None:
    """The quick test that a block names no subject (before it is unwrapped) never says so of a block some sentence
    of which, unwrapped, does; and says so of a list of numbers."""
    from cleantext.notice_wrapped import _names_nothing
    from cleantext.shapes import DEFAULT_NOTICES

    lines = EDGE_BLOCKS[name]
    block = list(range(len(lines)))
    for notice in (notice for notice in DEFAULT_NOTICES if notice.topic):
        told = _names_nothing(lines, block, (notice.clauses, notice.topic))
        assert not (told and _named_anywhere(lines, block, notice))
    if name == "a list of numbers":
        assert told
