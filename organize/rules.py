"""Who may change the formal basis. Seeing is decided by `visible_to` (core.permissions).

The coordinators keep the agreements, bodies and financing; a party's own representative may also
record its organization's decision on an agreement and report the resources it sets aside.
"""

from typing import Any

import rules

from core.permissions import scope_for
from core.rules import is_coordinator, is_participant, is_platform_admin

can_manage = is_platform_admin | is_coordinator


@rules.predicate
def represents_the_party(user: Any, obj: object) -> bool:
    """The object is about the user's own organization (`obj.organization_id`)."""
    return getattr(obj, "organization_id", None) in scope_for(user).organization_ids


rules.add_perm("organize.manage", can_manage)
rules.add_perm("organize.record_adoption", can_manage | (is_participant & represents_the_party))
rules.add_perm("organize.report_resources", can_manage | (is_participant & represents_the_party))
