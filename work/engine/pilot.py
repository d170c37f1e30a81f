"""The rule of innovations (W3), stated once: the SKR publication says untried or innovative measures are
important but should be tested before they are put to use on a larger scale.

1. An activity rests on evidence (with the reference), on proven practice, or is an innovation.
2. An innovation runs as a pilot first: where and how large, what will be evaluated and by when.
3. It can be marked scaled up only once the evaluation is recorded: the day it was done and its result.
4. It is scaled up on or after the day of the evaluation.

`RULE` is the text shown beside the pilot on every page; `scale_up_refusal` gives the reason a scale-up
is refused, or None.
"""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from work.choices import KnowledgeBasis

RULE = gettext_lazy(
    "En innovation prövas först i liten skala, som pilot. Den kan markeras som uppskalad först när "
    "utvärderingen av piloten är gjord och dess resultat är inskrivet."
)


def scale_up_refusal(
    knowledge_basis: str, evaluated_on: datetime.date | None, result: str, scaled_up_on: datetime.date
) -> str | None:
    """Why the activity cannot be scaled up on `scaled_up_on` (None: it can)."""
    if knowledge_basis != KnowledgeBasis.INNOVATION:
        return _("Bara en innovation skalas upp efter en pilot; ange kunskapsgrunden Innovation först.")
    if evaluated_on is None or not result.strip():
        return _("Piloten är inte utvärderad än. %(rule)s") % {"rule": RULE}
    if scaled_up_on < evaluated_on:
        return _("Piloten utvärderades %(day)s; den kan inte ha skalats upp före det.") % {
            "day": evaluated_on.isoformat()
        }
    return None
