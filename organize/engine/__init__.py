"""The cost-sharing engine (O5): each party's amount of a joint cost, exactly, to the öre.

Plain functions on plain data, so that the rule can be read, tested and shown beside the result.

The rule, stated once. A cost model shares a total among units: parties, and groups of parties that
pay as one ("the municipalities jointly"). It does so in three steps, each sharing what the step
before left:

1. **Stated amounts.** A unit with a stated amount (an agreement's "Region pays 1 200 000 kr") pays
   exactly that. What is left is the rest after the stated amounts (the whole total when none is stated).
2. **Percentages.** A unit with a percentage pays that percentage of what step 1 left. The
   percentages are taken as written, with up to ten decimals (12,3456789012 %): they are never
   rescaled to add up.
3. **The key.** Every other unit shares what step 2 left by the model's key: equal parts, the
   population on 31 December of a stated year, or a weighted key (part by population, the rest in equal
   parts; the exact weight of a unit is the sum of both parts). With the key "fixed shares" every unit
   without a stated amount has a percentage and step 3 has no one.

When the steps do not use up the total (percentages that add up to 99 %, no one left to share the rest)
the difference stays a **shortfall** in kronor, exact to the öre; when they use more than the total
(percentages above 100 %, stated amounts above the total) it is a **surplus**; the units of the later
steps then pay 0 kr. Nothing is rescaled to hide the difference: the page says how large it is.

A group's amount is shared among its members by the group's own key, in the same three steps.
Who pays a unit's amount may be another party than the one whose share it is ("the federation pays
Ronneby's share"): the amounts are the same, the summary per payer adds them up for whoever pays.

Rounding to the öre, within each step, by the largest-remainder method: every unit first gets its
exact amount rounded down to the öre; the öre left over go, one each, to the units with the largest
remainders (on equal remainders, to the unit whose name comes first in Swedish alphabetical order, so
that the order in which parties are listed changes nothing). The amounts of a step add up exactly to
what the step shares (to the nearest öre of it when the percentages do not add up to 100 %), no unit
pays one öre or more above or below its exact amount, and a larger weight never gives a smaller amount.

When the total is not known ("belopp okänt") the steps still give each unit's share in percent as far
as it follows from the percentages and the key, and the stated amounts are shown as stated.

Where it is: the three steps, the checks of the input and the common cases by name in `computation`;
the rounding in `rounding`; the rule and the balance in words in `rule_text`; the input and the result as
plain data in `data`; what they share (the keys by name, the error, money and percentages as written) in
`common`.
"""

from organize.engine.common import (
    BY_KEY,
    EQUAL,
    FIXED_SHARES,
    HUNDRED,
    KEYS,
    ORE,
    PER_CAPITA,
    PERCENTAGE,
    STATED,
    WEIGHTED,
    CostSharingError,
    format_money,
    format_percent,
)
from organize.engine.computation import anchor_then_population, compute, equal, fixed_shares, per_capita, weighted
from organize.engine.data import Computation, Group, Key, Line, Party, Payment
from organize.engine.rounding import apportion, rounding_rule, split

__all__ = [
    "BY_KEY",
    "Computation",
    "CostSharingError",
    "EQUAL",
    "FIXED_SHARES",
    "Group",
    "HUNDRED",
    "KEYS",
    "Key",
    "Line",
    "ORE",
    "PERCENTAGE",
    "PER_CAPITA",
    "Party",
    "Payment",
    "STATED",
    "WEIGHTED",
    "anchor_then_population",
    "apportion",
    "compute",
    "equal",
    "fixed_shares",
    "format_money",
    "format_percent",
    "per_capita",
    "rounding_rule",
    "split",
    "weighted",
]
