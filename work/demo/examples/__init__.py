"""The work of the parties in each of the eight examples, one module per collaboration."""

from work.demo.examples import (
    blekinge,
    boras,
    karlskrona,
    kronoberg_business,
    kronoberg_children,
    orebro,
    pitea,
    varmland,
)
from work.demo.specs import Work

EXAMPLES = (boras, varmland, orebro, blekinge, karlskrona, kronoberg_children, kronoberg_business, pitea)
WORK: dict[str, Work] = {module.SLUG: module.WORK for module in EXAMPLES}
