"""A comment policy printed last is read where the page's last lines name what readers write or the rules they
follow; an article's last sections that speak to their reader about users and icons, and name neither, stay."""

from __future__ import annotations

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
