"""The leading of each of the eight examples, one module per collaboration."""

from lead.demo.examples import (
    blekinge,
    boras,
    karlskrona,
    kronoberg_business,
    kronoberg_children,
    orebro,
    pitea,
    varmland,
)
from lead.demo.specs import Lead

EXAMPLES = (boras, varmland, orebro, blekinge, karlskrona, kronoberg_children, kronoberg_business, pitea)
LEAD: dict[str, Lead] = {module.SLUG: module.LEAD for module in EXAMPLES}
