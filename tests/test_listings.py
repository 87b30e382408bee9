"""Listing and collection pages: the list is the page's content; a news article's teaser box stays chrome."""

from __future__ import annotations

from article_support import ARTICLE

import cleantext
from cleantext.annotate import read_paragraphs
from cleantext.listings import item_lists, marker_places, may_mark

BOOKS = [
    ("The Hunger Games", "Suzanne Collins"),
    ("Pride and Prejudice", "Jane Austen"),
    ("To Kill a Mockingbird", "Harper Lee"),
    ("The Book Thief", "Markus Zusak"),
    ("Animal Farm", "George Orwell"),
    ("Jane Eyre", "Charlotte Bronte"),
]
SHOP = [
    ("Oak side table", "$129.00"),
    ("Linen throw, sand", "$49.50"),
    ("Stoneware vase", "$35.00"),
    ("Wool rug, 160 x 230", "$420.00"),
    ("Brass floor lamp", "$189.00"),
    ("Rattan basket set", "$59.90"),
]
TEASERS = [
    "Harbour Road reopens after repairs",
    "Old Market fire: what we know",
    "School lunches to get cheaper",
    "Storm warning for the coast",
    "New mayor names her deputies",
]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_a_book_list_is_kept_though_the_only_prose_is_the_footer_s() -> None:
    records = [f"{n}\n{title}\nby\n{author}\n4.{n}{n} avg rating" for n, (title, author) in enumerate(BOOKS, 1)]
    footer = "Our shop has sold second-hand books in the old town since 1987, and ships them worldwide."
    text = _page("Home", "Books", "Sign in", "Best Books Ever", *records, "About us", footer)
    cleaned = cleantext.clean(text, kind="text")
    for title, author in BOOKS:
        assert title in cleaned and author in cleaned, cleaned
    assert cleantext.clean(cleaned, kind="text") == cleaned


def test_a_shop_s_grid_after_its_intro_is_kept() -> None:
    intro = "Our autumn collection brings warm colours and natural materials into every room of the house."
    records = [f"{name}\n\n{price}\n\nAdd to cart" for name, price in SHOP]
    text = _page("Shop", "Living room", "Cart (0)", intro, *records, "Newsletter", "Contact")
    cleaned = cleantext.clean(text, kind="text")
    assert intro in cleaned
    for name, price in SHOP:
        assert name in cleaned and price in cleaned, cleaned


def test_a_news_article_s_box_of_related_stories_still_goes() -> None:
    box = ["Related Stories", ""]
    for title in TEASERS:
        box += [title, "Jan. 12, 2024", ""]
    text = "\n".join([*ARTICLE, *box])
    # the box is a list of records by its shape: it goes because the article outweighs it
    readings = read_paragraphs(text.split("\n"))
    assert item_lists(readings, outweighs=0.0)[0]
    assert not item_lists(readings)[0]
    assert cleantext.clean(text) == cleantext.clean("\n".join(ARTICLE))


def test_the_places_given_are_those_read() -> None:
    page = ["Best books", ""]
    for title, author in BOOKS:
        page += [title, "", "by", "", author, "", "4.2 avg rating", ""]
    readings = read_paragraphs(page)
    places = marker_places(readings)
    assert item_lists(readings, places=places) == item_lists(readings)
    assert item_lists(readings)[0]
    assert item_lists(readings, places={}) == (frozenset(), frozenset())


def test_a_marker_is_short_and_removed_if_at_all_by_the_structure_rules_or_as_a_repeated_label() -> None:
    readings = read_paragraphs(
        ["Log In", "", "$12.99", "", "A sentence of prose, well over eight words long, goes here."]
    )
    assert [may_mark(reading) for reading in readings] == [False, True, False]  # "Log In": a chrome rule's
