"""Building blocks of the demo data of the formal basis: what a seat, a body, an agreement and a
financing model look like, and the facts shared by several examples."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from collaborations.demo import BLEKINGE, EXAMPLES, INVENTED, KRONOBERG, OREBRO, SKR, TALK, VARMLAND

__all__ = ["INVENTED", "SKR", "TALK"]  # named by the examples of the formal basis, from here


def example(slug: str):
    return next(e for e in EXAMPLES if e.slug == slug)


# Invented people: a deterministic sequence of common Swedish names, each marked as invented.
FIRST = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Anders",
    "Eva",
    "Johan",
    "Sofia",
    "Per",
    "Emma",
    "Nils",
    "Ingrid",
    "Magnus",
    "Helena",
    "Fredrik",
    "Linnea",
    "Oskar",
    "Elin",
    "Gustav",
    "Sara",
    "Henrik",
    "Ida",
]
LAST = [
    "Lindberg",
    "Sandberg",
    "Forsberg",
    "Holmqvist",
    "Nyström",
    "Åberg",
    "Lundgren",
    "Sjöberg",
    "Hedlund",
    "Engström",
    "Wallin",
    "Björk",
    "Ekström",
    "Dahl",
    "Blom",
    "Strand",
    "Lindqvist",
    "Nordin",
    "Viklund",
]


@dataclass(frozen=True)
class Seat:
    organization: str
    title: str
    position: str = "member"
    email: str = ""  # a demo user's e-mail: that person takes the seat
    outside_role: str = ""  # a seat for an organization that is not a party (an expert, a guest)


@dataclass(frozen=True)
class BodySpec:
    key: str
    name: str
    kind: str
    purpose: str
    seats: list[Seat]
    parent: str = ""
    decision_areas: list[str] = field(default_factory=list)
    convener: str = ""
    meeting_rhythm: str = ""
    meetings_per_year: int | None = None
    chair_mode: str = "fixed"
    chair: str = ""
    rotation: list[str] = field(default_factory=list)
    rotation_start: datetime.date | None = None
    rotation_months: int | None = None
    secret: bool = False
    source_note: str = ""
    established_on: datetime.date | None = None
    closed_on: datetime.date | None = None
    closing_reason: str = ""
    is_assumption: bool = False  # the dates are assumptions, not stated in the source
    documents: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class AgreementSpec:
    kind: str
    title: str
    versions: list[dict[str, Any]]
    # (organization, status, decision body, body name, date, reference); the last version's adoptions
    adoptions: list[tuple[str, str, str, str, datetime.date | None, str]]
    commissioned: str = ""
    source_note: str = ""
    parties: list[str] = field(default_factory=list)  # the agreement's named parties (none: all parties)


@dataclass(frozen=True)
class Payer:
    """A share as the demo states it: a percentage or a stated amount (or neither: a part by the key),
    who pays it when another party does, and the group it pays with."""

    organization: str
    percent: Decimal | None = None
    amount: Decimal | None = None
    paid_by: str = ""
    group: str = ""


@dataclass(frozen=True)
class GroupSpec:
    name: str
    method: str
    population_weight: Decimal | None = None
    percent: Decimal | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class FinancingSpec:
    name: str
    year: int
    method: str
    total: Decimal | None  # None: the source does not give it
    payers: list[tuple[str, Decimal | None] | Payer]
    population_year: int | None = None
    population_weight: Decimal | None = None
    groups: list[GroupSpec] = field(default_factory=list)
    note: str = ""
    is_invented: bool = True  # the amounts are invented for the demo
    is_assumption: bool = False  # the key is an assumption, not in the source
    source_note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Formal:
    agreements: list[AgreementSpec] = field(default_factory=list)
    bodies: list[BodySpec] = field(default_factory=list)
    responsibilities: list[tuple[str, str, str]] = field(default_factory=list)  # (org, kind, what)
    follow_up: list[dict[str, Any]] = field(default_factory=list)
    financing: list[FinancingSpec] = field(default_factory=list)
    external: list[dict[str, Any]] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)


# The parties, as the collaborations' demo has them (one list of facts, not two).
OREBRO_KOMMUNER = OREBRO
VARMLAND_KOMMUNER = VARMLAND
BLEKINGE_KOMMUNER = BLEKINGE
KRONOBERG_KOMMUNER = KRONOBERG
BORAS_PARTIES = ["Borås Stad", *(name for name, _role in example("boras-myndighetssamverkan-trygghet").parties)]


def adopted_by_all(parties, body_for, first: datetime.date, prefix: str):
    """Adoptions of every party (dates and diarienummer invented, three days apart from `first`)."""
    rows = []
    for i, org in enumerate(parties):
        body, name = body_for(org)
        rows.append((org, "adopted", body, name, first + datetime.timedelta(days=3 * i), f"{prefix}/{i + 11}"))
    return rows


def council_of(org: str) -> tuple[str, str]:
    if org.startswith(("Region", "Landstinget")) or org == "Västra Götalandsregionen":
        return "regionstyrelse", "Regionstyrelsen"
    if org.endswith("kommun") or org == "Borås Stad":
        return "kommunstyrelse", "Kommunstyrelsen"
    return "myndighetschef", ""
