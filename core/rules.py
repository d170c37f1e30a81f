"""Predicates shared by the domain apps' rules: who is an administrator, who holds which role.

Objects passed to these predicates are collaboration-scoped (`scope_collaboration_id`) or a
collaboration itself.
"""

from typing import Any

import rules

from core.permissions import CollaborationRoleKind, scope_for


@rules.predicate
def is_platform_admin(user: Any) -> bool:
    return scope_for(user).is_admin


def _collaboration_id(obj: object) -> int | None:
    return getattr(obj, "scope_collaboration_id", None)


@rules.predicate
def is_coordinator(user: Any, obj: object) -> bool:
    return scope_for(user).has_role(_collaboration_id(obj), CollaborationRoleKind.COORDINATOR)


@rules.predicate
def is_participant(user: Any, obj: object) -> bool:
    scope = scope_for(user)
    cid = _collaboration_id(obj)
    return scope.is_participant(cid) or scope.has_role(cid)


@rules.predicate
def is_logged_in(user: Any) -> bool:
    return scope_for(user).is_authenticated
