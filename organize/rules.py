"""Who may change the formal basis. Seeing is decided by `visible_to` (core.permissions).

The coordinators keep the agreements, bodies and financing; a party's own representative may also
record its organization's decision on an agreement and report the resources it sets aside.
"""

import rules

from collaborations.parts.rules import can_manage, represents_the_party
from core.rules import is_participant

rules.add_perm("organize.manage", can_manage)
rules.add_perm("organize.record_adoption", can_manage | (is_participant & represents_the_party))
rules.add_perm("organize.report_resources", can_manage | (is_participant & represents_the_party))
