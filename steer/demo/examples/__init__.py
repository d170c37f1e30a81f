"""The steering of each of the eight examples, one module per collaboration."""

from steer.demo.examples import (
    blekinge,
    boras,
    karlskrona,
    kronoberg_business,
    kronoberg_children,
    orebro,
    pitea,
    varmland,
)
from steer.demo.specs import Steering

EXAMPLES = (boras, varmland, orebro, blekinge, karlskrona, kronoberg_children, kronoberg_business, pitea)
STEERING: dict[str, Steering] = {module.SLUG: module.STEERING for module in EXAMPLES}
