"""Who may change what in a collaboration. Seeing is decided by `visible_to` (core.permissions)."""

import rules

from collaborations.parts.rules import can_manage
from core.rules import is_logged_in

rules.add_perm("collaborations.add_collaboration", is_logged_in)
rules.add_perm("collaborations.change_collaboration", can_manage)
rules.add_perm("collaborations.manage_participation", can_manage)
rules.add_perm("collaborations.manage_roles", can_manage)
