"""An article written for the tests of what comes after an article (comment threads, boxes of headlines)."""

from __future__ import annotations

ARTICLE = [
    "The city council approved the new transit budget on Tuesday after a three-hour debate.",
    "",
    "The plan adds two bus lines and extends evening service on the busiest routes across the city.",
    "",
    "Opponents said the fare increase would fall hardest on commuters who have no other way to work.",
    "",
    "Supporters answered that the new lines would cut travel times for thousands of riders every day.",
    "",
    "The mayor is expected to sign the budget next week, and the new routes start running in March.",
    "",
    "A public hearing on the fare increase is scheduled for February at the central library downtown.",
    "",
    "Residents who cannot attend may send their comments in writing to the clerk until the end of January.",
    "",
]
