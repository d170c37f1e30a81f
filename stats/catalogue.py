"""The catalogue of what Kolada offers, kept locally so that it can be searched in Swedish.

The project ships a snapshot of Kolada's KPI catalogue (`stats/data/kolada_kpis_2026-03.json.gz`), so
search works offline; the services write it (`stats.services.load_catalogue_snapshot`, and
`refresh_catalogue` from the live API, which also warns the series whose KPI Kolada changed). This
module reads: the snapshot, the live catalogue, and the search.
"""

from __future__ import annotations

import datetime
import gzip
import json
from pathlib import Path
from typing import Any

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from stats.choices import SourceKind
from stats.models import CatalogueEntry

SNAPSHOT = Path(__file__).resolve().parent / "data" / "kolada_kpis_2026-03.json.gz"
SNAPSHOT_TAKEN = datetime.date(2026, 3, 23)


def entry_fields(kpi: dict[str, Any]) -> dict[str, Any]:
    """The fields of a catalogue entry from a Kolada v3 KPI record."""
    return {
        "title": str(kpi.get("title") or "")[:500],
        "description": str(kpi.get("description") or ""),
        "is_divided_by_gender": bool(kpi.get("is_divided_by_gender")),
        "area_type": str(kpi.get("municipality_type") or "")[:4],
        "operating_area": str(kpi.get("operating_area") or "")[:200],
        "publ_period": str(kpi.get("publ_period") or "")[:20],
        "metadata": kpi,
    }


def snapshot_kpis() -> list[dict[str, Any]]:
    """The shipped catalogue (Kolada v3 /kpi, March 2026)."""
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as handle:
        return json.load(handle)["values"]


def live_kpis() -> list[dict[str, Any]]:
    """The live catalogue from Kolada (all pages); an empty answer is refused, so the stored one is kept."""
    from stats.kolada import KoladaClient

    with KoladaClient() as client:
        kpis = client.kpis()
    if not kpis:
        from stats.http import StatsSourceError

        raise StatsSourceError(_("Kolada svarade med en tom katalog; den sparade katalogen behålls."))
    return kpis


def search(q: str, source: str = SourceKind.KOLADA) -> QuerySet[CatalogueEntry]:
    """Entries whose id, title or description contain every word of `q` (Swedish, case-insensitive)."""
    qs = CatalogueEntry.objects.filter(source=source, is_removed=False)
    words = q.split()[:8]
    in_title = Q()
    for word in words:
        qs = qs.filter(Q(external_id__iexact=word) | Q(title__icontains=word) | Q(description__icontains=word))
        in_title &= Q(external_id__iexact=word) | Q(title__icontains=word)
    # Entries that have every word in their id or title first, then those that mention them.
    rank = Case(When(in_title, then=Value(0)), default=Value(1), output_field=IntegerField())
    return qs.annotate(rank=rank).order_by("rank", "title")
