"""A review printed in sections, for the tests of the decision and of its training mirror."""

from __future__ import annotations

#: A review printed in sections: a label the page repeats ("Pros:", "Cons:") once a section, the section's short
#: lines, which the structure rules take for a footer, then a quotation the model is sure of.
REVIEWS = [
    ["Pros:", "Fast boil", "Light body", "Cons:", "Loud", "Capacity 1.7 litres", "Power 3 kW", "Weight 1.2 kg"],
    ["Pros:", "Cheap", "Cons:", "Sticky lid", "Hot handle", "Capacity 1.5 litres", "Power 2.2 kW", "Weight 1.0 kg"],
    ["Pros:", "Quiet", "Cons:", "Slow", "Capacity 1.7 litres", "Power 2 kW", "Weight 1.4 kg"],
]
VERDICTS = [
    '"It boiled a full litre in under three minutes every time," said Anna Berg, who tested the first kettle'
    " for a month at home.",
    '"The lid sticks and the handle grows hot after a few boils," said Tom Reyes, who tested the second kettle'
    " for a month at home.",
    '"It is the quietest we have tried, though it takes nearly five minutes," said Maria Lopez, who tested the'
    " third one in her office.",
]
