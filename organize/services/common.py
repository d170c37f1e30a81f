"""The permission the formal basis's services check (the shared checks are in `collaborations.parts.services`)."""

MANAGE = "organize.manage"
