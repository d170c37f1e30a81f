"""Quorum: whether a body could decide at a meeting (L2). A body that states no quorum is never flagged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lead.choices import AttendanceStatus

ATTENDING = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)


@dataclass(frozen=True)
class Quorum:
    required: int | None  # the body's quorum; None when it states none
    present: int | None  # members present (and substitutes); None while attendance is not recorded

    @property
    def known(self) -> bool:
        return self.required is not None and self.present is not None

    @property
    def reached(self) -> bool | None:
        """True or False when both are known, None otherwise (unknown is not "no")."""
        if not self.known:
            return None
        return self.present >= self.required  # type: ignore[operator]


def quorum_of(required: int | None, statuses: Iterable[tuple[str, bool]]) -> Quorum:
    """`statuses`: (attendance status, is guest) of everyone called. Guests do not count; attendance not
    yet recorded for anyone leaves the count unknown."""
    members = [status for status, is_guest in statuses if not is_guest]
    if not members or all(status == AttendanceStatus.INVITED for status in members):
        return Quorum(required, None)
    return Quorum(required, sum(1 for status in members if status in ATTENDING))
