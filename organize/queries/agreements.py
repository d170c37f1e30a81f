"""Agreements: the agreements a user may see with their versions and adoptions, and the adoption board
(which parties must adopt the version current on a day, whether they have, whether it is in force)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from collaborations.choices import ParticipationRole
from collaborations.models import Collaboration, Participation
from core.permissions import VisiblePrefetch
from organize import validity
from organize.choices import AdoptionStatus
from organize.models import Adoption, Agreement, AgreementVersion

# Parties that sign an agreement that names none: the coordinating party and the parties (partners,
# funders and observers take part without being bound by it). An agreement that names its parties is
# adopted by those only.
SIGNATORY_ROLES = (ParticipationRole.COORDINATOR, ParticipationRole.PARTY)


# Agreements --------------------------------------------------------------------------------------


def agreements_for(collaboration: Collaboration, user: Any) -> QuerySet[Agreement]:
    return (
        Agreement.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "commissioned_organization")
        .prefetch_related(
            VisiblePrefetch(
                "versions",
                user,
                queryset=AgreementVersion.objects.prefetch_related(
                    VisiblePrefetch(
                        "adoptions",
                        user,
                        queryset=Adoption.objects.select_related("organization"),
                        to_attr="visible_adoptions",
                    )
                ),
                to_attr="visible_versions",
            ),
            "shared_with",
            "parties",
        )
    )


@dataclass
class AdoptionRow:
    """One party on the adoption board. `required`: it must adopt the version shown; `note` says
    why a party that is listed is not (not named, joined after the version's date, has left)."""

    participation: Participation
    adoption: Adoption | None
    required: bool
    note: str = ""
    bound: bool = True  # a party to the agreement (named, or every signatory when it names none)

    @property
    def status(self) -> str:
        return self.adoption.status if self.adoption else ""

    @property
    def missing(self) -> bool:
        return self.required and (self.adoption is None or self.adoption.status != AdoptionStatus.ADOPTED)


@dataclass
class AdoptionBoard:
    """Per party: has it adopted the version that is current on the board's date? Is the version in
    force? And what is wrong with the agreement on that date."""

    agreement: Agreement
    current: AgreementVersion | None
    on: datetime.date
    version_date: datetime.date | None = None
    named_parties: bool = False
    rows: list[AdoptionRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    in_force: validity.InForce | None = None

    @property
    def adopted_count(self) -> int:
        return sum(1 for r in self.rows if r.required and not r.missing)

    @property
    def required_count(self) -> int:
        return sum(1 for r in self.rows if r.required)


def current_version(versions: list[AgreementVersion], on: datetime.date) -> AgreementVersion | None:
    """The latest version that existed on `on` (drafted on or before it, or on an unknown day)."""
    for version in versions:  # ordered by -number
        if version.drafted_on is None or version.drafted_on <= on:
            return version
    return None


def version_date(version: AgreementVersion) -> datetime.date | None:
    """The day whose parties must adopt the version: the day it was drafted, else the day it begins."""
    return version.drafted_on or version.valid_from


def required_ids(agreement: Agreement, parties: list[Participation]) -> set[int]:
    """The organizations the agreement binds: the ones it names, or every party in a signatory role;
    the commissioned organization of a commission agreement in either case."""
    named = {o.pk for o in agreement.parties.all()}
    ids = named or {p.organization_id for p in parties if p.role in SIGNATORY_ROLES}
    if agreement.commissioned_organization_id is not None:
        ids.add(agreement.commissioned_organization_id)
    return ids


def _row(
    p: Participation,
    adoption: Adoption | None,
    bound: bool,
    vd: datetime.date | None,
    on: datetime.date,
    collaboration_start: datetime.date | None,
) -> AdoptionRow | None:
    joined = validity.joining_date(p.start_date, collaboration_start)
    joined_later = joined is not None and vd is not None and joined > vd
    left = p.end_date is not None and p.end_date < on
    # a party still to come on the board's date (the collaboration, or its participation, starts later)
    # is listed, so that the decision it takes before it joins can be recorded
    coming = p.start_date is not None and p.start_date > on
    if not bound:
        if adoption is None and not p.is_active(on):
            return None
        return AdoptionRow(p, adoption, False, _("Inte avtalspart"), bound=False)
    if joined_later:
        if coming:
            return AdoptionRow(
                p, adoption, False, _("Blir part %(day)s, efter versionens datum") % {"day": p.start_date}
            )
        if adoption is None and not p.is_active(on):
            return None
        return AdoptionRow(p, adoption, False, _("Blev part %(day)s, efter versionens datum") % {"day": p.start_date})
    if left:
        if adoption is None and p.end_date is not None and vd is not None and p.end_date < vd:
            return None  # had left before the version existed
        return AdoptionRow(p, adoption, False, _("Lämnade samverkan %(day)s") % {"day": p.end_date})
    if coming:
        return AdoptionRow(p, adoption, True, _("Blir part %(day)s") % {"day": p.start_date})
    return AdoptionRow(p, adoption, True)


def adoption_board(
    agreement: Agreement, parties: list[Participation], on: datetime.date | None = None
) -> AdoptionBoard:
    """The board of the version current on `on` (today), with the parties of the version's date that
    are still parties on `on`. Built from prefetched data (`agreements_for`) and the visible
    parties: no queries of its own."""
    on = on or timezone.localdate()
    versions = agreement.visible_versions  # type: ignore[attr-defined]  # set by agreements_for's Prefetch
    current = current_version(versions, on)
    named = bool(agreement.parties.all())
    board = AdoptionBoard(agreement, current, on, named_parties=named)
    if current is None:
        board.warnings.append(
            _("Avtalet har ingen version ännu.") if not versions else _("Avtalet hade ingen version den dagen.")
        )
        return board
    board.version_date = vd = version_date(current)
    by_org = {a.organization_id: a for a in current.visible_adoptions}  # type: ignore[attr-defined]  # Prefetch
    bound = required_ids(agreement, parties)
    for p in parties:
        start = agreement.collaboration.start_date
        row = _row(p, by_org.get(p.organization_id), p.organization_id in bound, vd, on, start)
        if row is not None:
            board.rows.append(row)
    for row in board.rows:
        if row.missing:
            board.warnings.append(_missing(row, current.number))
    required = [r for r in board.rows if r.required]
    all_adopted = bool(required) and not any(r.missing for r in required)
    board.in_force = validity.in_force(
        on,
        valid_from=current.valid_from,
        on_last_adoption=current.in_force_on_adoption,
        valid_until=current.valid_until,
        until_further_notice=current.until_further_notice,
        adoption_dates=[r.adoption.decision_date for r in required if r.adoption] if all_adopted else None,
    )
    if not board.in_force.is_in_force:
        board.warnings.append(board.in_force.text)
    if current.is_past_review(on):
        board.warnings.append(_("Avtalet skulle ha omprövats senast %(date)s.") % {"date": current.review_date})
    return board


def _missing(row: AdoptionRow, number: int) -> str:
    names = {"org": row.participation.organization.name, "n": number}
    if row.adoption is not None and row.adoption.status == AdoptionStatus.UNKNOWN:
        return _("Det är okänt om %(org)s har antagit aktuell version (version %(n)d).") % names
    if row.adoption is not None and row.adoption.status == AdoptionStatus.DECLINED:
        return _("%(org)s har avböjt aktuell version (version %(n)d).") % names
    return _("%(org)s är avtalspart men har inte antagit aktuell version (version %(n)d).") % names
