"""The formal basis of each of the eight examples, one module per collaboration."""

from organize.demo.examples import (
    blekinge,
    boras,
    karlskrona,
    kronoberg_business,
    kronoberg_children,
    orebro,
    pitea,
    varmland,
)
from organize.demo.specs import Formal

EXAMPLES = (boras, varmland, orebro, blekinge, karlskrona, kronoberg_children, kronoberg_business, pitea)
FORMAL: dict[str, Formal] = {module.SLUG: module.FORMAL for module in EXAMPLES}
