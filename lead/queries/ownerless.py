"""Leading's part of the page of what has no owner: open assignments whose owner has left (the owning
organization no longer takes part, or the owning person no longer represents it)."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext as _

from collaborations.models import Collaboration
from collaborations.parts.ownerless import Ownerless, owners_left
from lead.choices import OPEN_ASSIGNMENT
from lead.models import Assignment


def lead_ownerless(collaboration: Collaboration, user: Any, on: datetime.date) -> list[Ownerless]:
    assignments = (
        Assignment.objects.visible_to(user)
        .filter(collaboration=collaboration, status__in=OPEN_ASSIGNMENT)
        .select_related("collaboration", "owner_organization", "owner_person")
        .order_by("due_date", "pk")
    )
    return owners_left(_("Uppdrag"), list(assignments), collaboration, on)
