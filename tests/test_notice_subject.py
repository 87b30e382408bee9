"""A comment policy printed last is read where the page's last lines name what readers write or the rules they
follow; an article's last sections that speak to their reader about users and icons, and name neither, stay."""

from __future__ import annotations

import textwrap

import cleantext

HOW_TO = [
    "Laptop: People often keep several apps and sites open at once. For example, your app and a map. They can have"
    " both side by side on the screen.",
    "Phone: Newer phones can split the screen too, but it still isn't a feature many people use, certainly not as"
    " often as on a laptop.",
    "You should design for most of your users, who probably have phones without a split screen. If users need to look"
    " up a price or an address to use your app, they have to leave it.",
    "The trouble is that once they leave, many close the app for good, on purpose or not. Sometimes users forget that"
    " they were in another app at all.",
    "Try to keep users in your app by giving them everything they need there. And don't send users to a browser for"
    " steps like signing up or logging in.",
    "7. Icons",
    "Icons matter on phones and on laptops alike. As users move between apps, they learn what the common icons mean.",
    "Make sure you use familiar icons the way they are usually used. An unexpected icon confuses users and they may"
    " not want to go on using your app.",
    "8. Consistent Design",
    "If you want to offer your app on phones and on laptops, you need to think about a design that carries over.",
    "This means your design should be recognisable whether your users pick the phone or the laptop version. The"
    " features should be alike too, if not the same, and placed where users expect them.",
    'If you want to learn more about designing apps, we recommend taking our course "Designing Apps for Phones" for'
    " free.",
]

ARTICLE = [
    "Dozens of migrants trying to leave the country are stranded at the border, authorities reported Friday.",
    "The reverse migration trend comes just over two weeks before the presidential run-off on Sunday.",
]

POLICY = [
    "Before you post",
    "Comments are moderated and may take a few minutes to appear.",
    "Personal attacks on other readers will be removed.",
    "Posts that wander off the subject may be deleted by the moderators.",
]


def _policy_lines(text: str) -> list[int]:
    return [edit.line for edit in cleantext.explain(text).edits if edit.reason == "comment-policy"]


def test_an_article_s_last_sections_on_users_stay() -> None:
    """The policy's topic words here ("users") are the article's: its last two sections, headed and speaking to the
    reader ("you", "your"), name no comment, post, discussion or rule, and stay whole (seven of their lines went as a
    policy printed last before)."""
    text = "\n\n".join(HOW_TO) + "\n"
    assert _policy_lines(text) == []
    assert cleantext.clean(text) == text


def test_a_policy_printed_after_such_an_article_still_goes() -> None:
    """The same article followed by a policy that names comments and posts: the policy goes, the article stays."""
    text = "\n\n".join([*HOW_TO, *POLICY]) + "\n"
    assert _policy_lines(text)
    assert cleantext.clean(text) == "\n\n".join(HOW_TO) + "\n"


#: A policy hard-wrapped narrowly, its own words (comments, posts, moderators) in its first items only: read back
#: from the page's end, the first lines read hold none of them.
NARROW_OWN_FIRST = textwrap.wrap(
    " ".join(
        f"\u2713 {item}"
        for item in [
            "Comments - Every comment is read by one of our moderators before it appears, so please be patient.",
            "Posts - Do not post the same thing twice, and keep each one to the subject of the article.",
            "Be civil - Disagree with the argument if you must, but leave the person who made it alone.",
            "No spam - Links to betting, crypto or miracle-cure sites will be deleted and the account closed.",
            "Use your real name - Please register with your first and last name, as you would sign a letter.",
            "Respect the courts - Do not write anything that could prejudice a trial.",
            "Privacy - Do not share anyone's address, telephone number or place of work.",
            "Copyright - Do not paste whole articles from other publications; a short quotation and a link do.",
            "Reporting - Use the report link under anything that breaks the law, and do not answer it.",
            "Language - Please do not write in capital letters; it reads as shouting.",
            "Final say - The editors may edit or remove anything users write, and their decision is final.",
        ]
    ),
    20,
)


def test_a_long_policy_whose_own_words_stand_in_its_first_lines_goes_printed_last() -> None:
    """Hard-wrapped past the lines first read back from the page's end, a policy that names comments and posts only
    in its first items is read further, finds its own words there, and goes whole."""
    last_read = [line for line in NARROW_OWN_FIRST if line.strip()][-40:]
    assert not any(word in " ".join(last_read).lower() for word in ("comment", "post", "moderat", "rules"))
    text = "\n".join([*ARTICLE, *NARROW_OWN_FIRST]) + "\n"
    assert cleantext.clean(text) == "\n".join(ARTICLE) + "\n"


def test_the_reading_at_the_end_looks_for_own_words_in_the_lines_read_further() -> None:
    """The reading of a policy printed last (``notice_place._read_at_end``) may skip a run whose lines hold no own
    word; the lines it reads further back than the first window count: there the policy names comments."""
    from cleantext.notice_place import NEAR_LINES, _read_at_end
    from cleantext.shapes import DEFAULT_NOTICES

    lines = [*ARTICLE, *NARROW_OWN_FIRST]
    policy = next(notice for notice in DEFAULT_NOTICES if notice.own_words)
    before = list(range(len(lines)))[-NEAR_LINES:]
    found = _read_at_end(lines, before, policy, lambda: list(range(len(lines))))
    assert found == list(range(len(ARTICLE), len(lines)))
