"""When an agreement version is in force (O1). "Current" (the latest version) and "in force" (it
applies on the day) are different things and are shown as such.

The rule, for a version on a day:

1. It begins on its stated date (`valid_from`) or, where the agreement says so, on the day of the
   last required adoption. Until every required party has adopted it, such a version is not in
   force; when one of the adoptions has no known date, the day it began is unknown. With neither a
   date nor "from the last adoption", the beginning is unknown.
2. It ends on its stated date (`valid_until`), or runs until further notice when the agreement says
   so; with neither, its end is unknown (never "until further notice" by default).
3. Before its beginning it is not yet in force; after its end it is no longer in force.
4. Begun and not ended: in force. A beginning that is unknown leaves the answer unknown.

Pure functions of dates: no queries.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext as _


class State(StrEnum):
    IN_FORCE = "in_force"
    NOT_YET = "not_yet"
    AWAITING_ADOPTIONS = "awaiting_adoptions"
    ENDED = "ended"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class InForce:
    state: State
    since: datetime.date | None
    until: datetime.date | None
    text: str

    @property
    def is_in_force(self) -> bool:
        return self.state == State.IN_FORCE


def _day(value: datetime.date) -> str:
    return value.isoformat()


def in_force(
    on: datetime.date,
    *,
    valid_from: datetime.date | None,
    on_last_adoption: bool,
    valid_until: datetime.date | None,
    until_further_notice: bool,
    adoption_dates: list[datetime.date | None] | None,
) -> InForce:
    """Is the version in force on `on`? `adoption_dates`: the decision dates of the required adoptions
    when every required party has adopted (None for an unknown date), else None."""
    start: datetime.date | None = None
    if on_last_adoption:
        if adoption_dates is None or not adoption_dates:
            return InForce(
                State.AWAITING_ADOPTIONS,
                None,
                valid_until,
                _("Inte i kraft: versionen gäller först när alla avtalsparter har antagit den."),
            )
        if all(d is not None for d in adoption_dates):
            start = max(d for d in adoption_dates if d is not None)
    else:
        start = valid_from
    end = valid_until
    if start is not None and on < start:
        return InForce(State.NOT_YET, start, end, _("Inte i kraft ännu: börjar gälla %(day)s.") % {"day": _day(start)})
    if end is not None and on > end:
        return InForce(State.ENDED, start, end, _("Inte längre i kraft: gällde till %(day)s.") % {"day": _day(end)})
    if start is None:
        if on_last_adoption:
            text = _("Okänt om versionen är i kraft: datum saknas för något av antagandena.")
        else:
            text = _("Okänt om versionen är i kraft: det är inte angivet från när den gäller.")
        return InForce(State.UNKNOWN, None, end, text)
    if end is not None:
        text = _("I kraft sedan %(start)s, till %(end)s.") % {"start": _day(start), "end": _day(end)}
    elif until_further_notice:
        text = _("I kraft sedan %(start)s, tills vidare.") % {"start": _day(start)}
    else:
        text = _("I kraft sedan %(start)s; slutdatum okänt.") % {"start": _day(start)}
    return InForce(State.IN_FORCE, start, end, text)


def joining_date(start: datetime.date | None, collaboration_start: datetime.date | None) -> datetime.date | None:
    """The day an organization joined as a party, for the question "was it a party then?".

    A party from the collaboration's start (its participation starts on or before that day) is a
    founding party: it decided on the founding agreement before the start, so it has no joining date
    that an earlier decision could precede (None). So has a party whose start is unknown."""
    if start is None or (collaboration_start is not None and start <= collaboration_start):
        return None
    return start
