"""Who may change what in a collaboration. Seeing is decided by `visible_to` (core.permissions)."""

import rules

from core.rules import is_coordinator, is_logged_in, is_platform_admin

can_manage = is_platform_admin | is_coordinator

rules.add_perm("collaborations.add_collaboration", is_logged_in)
rules.add_perm("collaborations.change_collaboration", can_manage)
rules.add_perm("collaborations.manage_participation", can_manage)
rules.add_perm("collaborations.manage_roles", can_manage)
