"""The policies of the seed-family documents' later families (``reworded-6`` on), one module a family, each
written from how sites word and print their posting rules (``bench_seed_family``'s docstring says how, and before
which change to the cleaner). :data:`ITEMS` gives each family's generator of a policy's items, which
``bench_seed_family._items`` calls."""

from __future__ import annotations

import random
from collections.abc import Callable

from . import (
    reworded_06,
    reworded_07,
    reworded_08,
    reworded_09,
    reworded_10,
    reworded_11,
    reworded_12,
    reworded_13,
    reworded_14,
    reworded_15,
    reworded_16,
    reworded_17,
    reworded_18,
    reworded_19,
    reworded_20,
    reworded_21,
    reworded_22,
    reworded_23,
    reworded_24,
    reworded_25,
    reworded_26,
    reworded_27,
    reworded_28,
    reworded_29,
    reworded_30,
    reworded_31,
    reworded_32,
    reworded_33,
    reworded_34,
    reworded_35,
    reworded_36,
    reworded_37,
    reworded_41,
)

#: Each family's generator of a policy's items: (heading, sentence, ...) per item, a title as (title, "").
ITEMS: dict[str, Callable[[random.Random], list[tuple[str, ...]]]] = {
    "reworded-6": reworded_06._items_6,
    "reworded-7": reworded_07._items_7,
    "reworded-8": reworded_08._items_8,
    "reworded-9": reworded_09._items_9,
    "reworded-10": reworded_10._items_10,
    "reworded-11": reworded_11._items_11,
    "reworded-12": reworded_12._items_12,
    "reworded-13": reworded_13._items_13,
    "reworded-14": reworded_14._items_14,
    "reworded-15": reworded_15._items_15,
    "reworded-16": reworded_16._items_16,
    "reworded-17": reworded_17._items_17,
    "reworded-18": reworded_18._items_18,
    "reworded-19": reworded_19._items_19,
    "reworded-20": reworded_20._items_20,
    "reworded-21": reworded_21._items_21,
    "reworded-22": reworded_22._items_22,
    "reworded-23": reworded_23._items_23,
    "reworded-24": reworded_24._items_24,
    "reworded-25": reworded_25._items_25,
    "reworded-26": reworded_26._items_26,
    "reworded-27": reworded_27._items_27,
    "reworded-28": reworded_28._items_28,
    "reworded-29": reworded_29._items_29,
    "reworded-30": reworded_30._items_30,
    "reworded-31": reworded_31._items_31,
    "reworded-32": reworded_32._items_32,
    "reworded-33": reworded_33._items_33,
    "reworded-34": reworded_34._items_34,
    "reworded-35": reworded_35._items_35,
    "reworded-36": reworded_36._items_36,
    "reworded-37": reworded_37._items_37,
    "reworded-41": reworded_41._items_41,
}
