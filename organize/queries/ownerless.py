"""Everything without an owner (W2): responsibilities, follow-up duties, bodies, commissions and parties
that no party answers for, across the aggregates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.models import Collaboration, Participation
from collaborations.parts.time import active_on
from organize.models import Agreement, Body, Responsibility
from organize.queries.agreements import SIGNATORY_ROLES
from organize.queries.responsibilities import follow_up_duties


@dataclass
class Ownerless:
    kind: str
    obj: Any
    reason: str


def ownerless(collaboration: Collaboration, user: Any) -> list[Ownerless]:
    """Everything in the collaboration that no party owns: no informal structures (W2)."""
    items: list[Ownerless] = []
    unowned = Responsibility.objects.visible_to(user).filter(collaboration=collaboration, organization__isnull=True)
    for responsibility in unowned.select_related("collaboration"):
        items.append(Ownerless(_("Ansvar"), responsibility, _("Ansvarig part saknas.")))
    for duty in follow_up_duties(collaboration, user).filter(responsible_organization__isnull=True):
        items.append(Ownerless(_("Uppföljningsansvar"), duty, _("Ingen ansvarig part.")))
    bodies = Body.objects.visible_to(user).filter(collaboration=collaboration, convener__isnull=True)
    for body in bodies.select_related("collaboration"):
        items.append(Ownerless(_("Organ"), body, _("Ingen sammankallande part.")))
    commissions = Agreement.objects.visible_to(user).filter(
        collaboration=collaboration, kind="commission", commissioned_organization__isnull=True
    )
    for agreement in commissions.select_related("collaboration"):
        items.append(Ownerless(_("Uppdragsavtal"), agreement, _("Ingen uppdragstagare.")))
    parties = Participation.objects.visible_to(user).filter(
        active_on(timezone.localdate()), collaboration=collaboration, role__in=SIGNATORY_ROLES
    )
    with_duty = Responsibility.objects.visible_to(user).filter(collaboration=collaboration).values("organization_id")
    for p in parties.exclude(organization_id__in=with_duty).select_related("organization", "collaboration"):
        items.append(Ownerless(_("Part"), p, _("Inget ansvar beskrivet i ansvarsmatrisen.")))
    return items
