"""The work's part of the page of what has no owner: nothing without an owner can be saved (W2), but an
owner can leave; open activities whose owning organization no longer takes part, or whose owning person
no longer represents it, are listed."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext as _

from collaborations.models import Collaboration
from collaborations.parts.ownerless import Ownerless, owners_left
from work.choices import OPEN_ACTIVITY
from work.models import PLAN_ORDER, Activity


def work_ownerless(collaboration: Collaboration, user: Any, on: datetime.date) -> list[Ownerless]:
    activities = (
        Activity.objects.visible_to(user)
        .filter(collaboration=collaboration, status__in=OPEN_ACTIVITY)
        .select_related("collaboration", "owner_organization", "owner_person")
        .order_by(*PLAN_ORDER)
    )
    return owners_left(_("Aktivitet"), list(activities), collaboration, on)
