"""A feed of posts written for the tests, in the shape a developer blog's front page prints one: each post's comment
count, reading time, title, author (once or thrice), "Follow" and date, the title again, its tags and reactions. Which
of those lines a post holds varies from post to post, drawn with a seeded generator: the same page every run."""

from __future__ import annotations

import random

TITLES = [
    "Why our team moved the build cache to a single shared volume",
    "Five lessons from running a small queue service for two years",
    "How I taught a parser to forgive missing commas",
    "The quiet cost of retries in a payment pipeline",
    "Notes from rewriting a date library without breaking anyone",
    "What a week of pairing with a screen reader user taught me",
    "Building a tiny search index for a recipe site",
    "When the flaky test was the only honest one",
    "A field guide to reading other people's stack traces",
    "Shipping a plugin system with fewer than three hundred lines",
    "Why I stopped writing migrations by hand",
    "Measuring cold starts on a budget laptop",
    "The config file that ate our weekend",
    "Drawing maps in the terminal with nothing but characters",
    "Small tools for tidy commit histories",
    "How we cut the image pipeline's memory in half",
    "A gentle start with property tests for web forms",
    "Lessons from a year of answering support tickets as a developer",
]
NAMES = [
    "Ana Ruiz",
    "Tom Okafor",
    "Mei Lin",
    "Sara Holm",
    "Ivo Petrov",
    "Lena Marsh",
    "Raj Patel",
    "Nora Quist",
    "Eli Stone",
]
TAGS = [
    "# web # cache # build",
    "# queues # ops # lessons",
    "# parsing # tools",
    "# payments # reliability",
    "# dates # libraries # testing",
    "# a11y # pairing",
    "# search # python",
    "# testing # ci",
    "# debugging # career",
]
DAYS = ["Mar 6", "Mar 7", "Mar 8"]


def feed_page(seed: int) -> str:
    """The page drawn from ``seed``: a menu, an intro (or not), 10 to 30 posts, a footer."""
    rng = random.Random(seed)
    out = ["Devspace", "", "Skip to content", "", "Log in Create account", "", "Home", "Videos", "Tracks", "About"]
    out += ["Contact", ""]
    if rng.random() < 0.5:
        out += ["Devspace is a community of 12,345 developers", ""]
        out += ["We're a place where coders share, stay up-to-date and grow their careers.", ""]
    for _ in range(rng.randint(10, 30)):
        title, name = rng.choice(TITLES), rng.choice(NAMES)
        draw = rng.random()
        head = ["Add Comment" if draw < 0.3 else f"{rng.randint(1, 40)} comments" if draw < 0.9 else "1 comment"]
        head += [f"{rng.randint(2, 9)} min read", title, *[name] * rng.choice([1, 3, 3]), "Follow"]
        if rng.random() < 0.1:
            head.append("for The Devspace Team")
        head.append(rng.choice(DAYS))
        out += [*head, "", title, "", rng.choice(TAGS)]
        out += [f"{rng.randint(1, 90)} reactions"] if rng.random() < 0.7 else []
        out += ["", "Comments", ""]
    out += ["Code of Conduct", "Privacy Policy", "Terms of Use", "", "Built on open source software.", ""]
    return "\n".join(out)
