"""Everything without an owner (W2) in organizing: responsibilities, follow-up duties, bodies, commissions
and parties that no party answers for, and bodies and duties whose owner has left. The page gathers these
with what the other apps register (`collaborations.parts.ownerless`)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.models import Collaboration, Participation
from collaborations.parts import ownerless as registry
from collaborations.parts.ownerless import Ownerless, owner_left, parties_on, representing
from collaborations.parts.time import active_on
from organize.models import Agreement, Body, Responsibility
from organize.queries.agreements import SIGNATORY_ROLES
from organize.queries.responsibilities import follow_up_duties


def organize_ownerless(collaboration: Collaboration, user: Any, on: datetime.date) -> list[Ownerless]:
    """What no party owns in the organization of the collaboration, or whose owner has left."""
    items: list[Ownerless] = []
    unowned = Responsibility.objects.visible_to(user).filter(collaboration=collaboration, organization__isnull=True)
    for responsibility in unowned.select_related("collaboration"):
        items.append(Ownerless(_("Ansvar"), responsibility, _("Ansvarig part saknas.")))
    parties = parties_on(collaboration, on)
    duties = list(follow_up_duties(collaboration, user))
    represented = representing(((d.responsible_person_id, d.responsible_organization_id) for d in duties), on)
    for duty in duties:
        if duty.responsible_organization_id is None:
            items.append(Ownerless(_("Uppföljningsansvar"), duty, _("Ingen ansvarig part.")))
        elif reason := owner_left(duty.responsible_organization, duty.responsible_person, parties, represented):
            items.append(Ownerless(_("Uppföljningsansvar"), duty, reason))
    bodies = (
        Body.objects.visible_to(user).filter(collaboration=collaboration).select_related("collaboration", "convener")
    )
    for body in bodies:
        if body.is_closed(on):
            continue
        if body.convener_id is None:
            items.append(Ownerless(_("Organ"), body, _("Ingen sammankallande part.")))
        elif body.convener_id not in parties:
            reason = _("Den sammankallande parten, %(org)s, deltar inte längre i samverkan.") % {"org": body.convener}
            items.append(Ownerless(_("Organ"), body, reason))
    commissions = Agreement.objects.visible_to(user).filter(
        collaboration=collaboration, kind="commission", commissioned_organization__isnull=True
    )
    for agreement in commissions.select_related("collaboration"):
        items.append(Ownerless(_("Uppdragsavtal"), agreement, _("Ingen uppdragstagare.")))
    signatories = Participation.objects.visible_to(user).filter(
        active_on(on), collaboration=collaboration, role__in=SIGNATORY_ROLES
    )
    with_duty = Responsibility.objects.visible_to(user).filter(collaboration=collaboration).values("organization_id")
    for p in signatories.exclude(organization_id__in=with_duty).select_related("organization", "collaboration"):
        items.append(Ownerless(_("Part"), p, _("Inget ansvar beskrivet i ansvarsmatrisen.")))
    return items


def ownerless(collaboration: Collaboration, user: Any, on: datetime.date | None = None) -> list[Ownerless]:
    """Everything in the collaboration that no party owns or whose owner has left, from every app."""
    return registry.ownerless(collaboration, user, on or timezone.localdate())
