"""A forum thread written for the tests, in the shape forum software prints one (each post under its author's
name, rank, post count, join date, post number and time, with its buttons after it)."""

from __future__ import annotations

#: A thread's posts (author, lines); the fifth, the longest, is what the structure rules take for the article.
POSTS = [
    (
        "fernwood",
        [
            "My sourdough starter smells like nail polish after two weeks of feeding.",
            "Is it dead, or can it still be saved with more frequent feedings?",
        ],
    ),
    (
        "breadhead",
        ["That smell is acetone: the yeast is hungry, not dead.", "Feed it twice a day and discard most of it first."],
    ),
    ("fernwood", ["I tried that for three days and the smell is fading a little now."]),
    ("millerjoe", ["Rye flour helped my starter more than anything else did."]),
    (
        "breadhead",
        [
            "A starter is a small colony of wild yeast and lactic acid bacteria living on flour and water.",
            "When it runs out of food, the yeast makes acetone and alcohol, which is the sharp smell you noticed.",
            "Feeding it more often at a warmer temperature gives the bacteria the upper hand again, and the sour "
            "smell returns.",
            "Whole rye flour carries more nutrients and wild yeast than white flour, so it revives a tired culture "
            "faster.",
            "Mark the level of the jar after each feeding, and use the starter when it has doubled and domed.",
            "If it never rises after a week of regular feedings, it is easier to start a new one than to rescue it.",
        ],
    ),
    ("fernwood", ["It doubled overnight after two rye feedings, thank you all."]),
    ("millerjoe", ["Glad it worked, post a picture of your first loaf when you bake it."]),
]
FOOTER = ["Terms of Service", "Privacy Policy", "Contact Us"]


def forum_page() -> str:
    lines = ["Starter smells like acetone", "", "Home", "Forums", "Search", "Member List", "Help", ""]
    lines += ["Baking Forums › Bread › Sourdough", "Pages (2): 1 2 Next »", ""]
    for n, (author, text) in enumerate(POSTS, 1):
        lines += [author, "", "Member", "", f"Posts: {n * 41 + 7}", f"Threads: {n + 2}", f"Joined: Feb 20{10 + n}"]
        lines += [f"#{n}", f"2024-03-0{n}, 0{n}:14 PM", *text, "Find", "Reply", ""]
    return "\n".join(lines + FOOTER)
