"""The catalogue of what Kolada offers, kept locally so that it can be searched in Swedish, and the
follow-up of the series that are followed: a scheduled refresh and warnings when the source changes.

The project ships a snapshot of Kolada's KPI catalogue (`stats/data/kolada_kpis_2026-03.json.gz`), so
search works offline; `refresh_catalogue` replaces it from the live API.
"""

from __future__ import annotations

import datetime
import gzip
import json
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from stats.choices import SourceKind
from stats.models import CatalogueEntry, Series

SNAPSHOT = Path(__file__).resolve().parent / "data" / "kolada_kpis_2026-03.json.gz"


def _entry_fields(kpi: dict[str, Any]) -> dict[str, Any]:
    return {
        "title": str(kpi.get("title") or "")[:500],
        "description": str(kpi.get("description") or ""),
        "is_divided_by_gender": bool(kpi.get("is_divided_by_gender")),
        "area_type": str(kpi.get("municipality_type") or "")[:4],
        "operating_area": str(kpi.get("operating_area") or "")[:200],
        "publ_period": str(kpi.get("publ_period") or "")[:20],
        "metadata": kpi,
    }


@transaction.atomic
def update_catalogue(kpis: list[dict[str, Any]], *, retrieved_at=None) -> dict[str, int]:
    """Replace the Kolada catalogue with `kpis`; mark what disappeared, warn the series that changed."""
    retrieved_at = retrieved_at or timezone.now()
    existing = {e.external_id: e for e in CatalogueEntry.objects.filter(source=SourceKind.KOLADA)}
    seen: set[str] = set()
    new: list[CatalogueEntry] = []
    changed: list[CatalogueEntry] = []
    for kpi in kpis:
        if not kpi.get("id"):
            continue
        seen.add(kpi["id"])
        fields = _entry_fields(kpi)
        entry = existing.get(kpi["id"])
        if entry is None:
            new.append(
                CatalogueEntry(source=SourceKind.KOLADA, external_id=kpi["id"], retrieved_at=retrieved_at, **fields)
            )
            continue
        for key, value in fields.items():
            setattr(entry, key, value)
        entry.retrieved_at, entry.is_removed = retrieved_at, False
        changed.append(entry)
    CatalogueEntry.objects.bulk_create(new, batch_size=1000)
    names = [
        "title",
        "description",
        "is_divided_by_gender",
        "area_type",
        "operating_area",
        "publ_period",
        "metadata",
        "retrieved_at",
        "is_removed",
    ]
    CatalogueEntry.objects.bulk_update(changed, names, batch_size=1000)
    removed = [e for kpi_id, e in existing.items() if kpi_id not in seen]
    CatalogueEntry.objects.filter(pk__in=[e.pk for e in removed]).update(is_removed=True)
    warnings = _warn_series({kpi["id"]: kpi for kpi in kpis if kpi.get("id")})
    return {"nya": len(new), "uppdaterade": len(changed), "borttagna": len(removed), "varningar": warnings}


def _warn_series(catalogue: dict[str, dict[str, Any]]) -> int:
    """A followed or imported series whose KPI disappeared is discontinued; a changed title is noted."""
    warned = 0
    for series in Series.objects.filter(source=SourceKind.KOLADA):
        kpi = catalogue.get(series.external_id)
        if kpi is None:
            if not series.is_discontinued:
                series.is_discontinued = True
                series.save(update_fields=["is_discontinued"])
                warned += 1
            continue
        if kpi.get("title") and kpi["title"] != series.title and "title" not in series.changed_at_source:
            series.changed_at_source = {**series.changed_at_source, "title": [series.title, kpi["title"]]}
            series.save(update_fields=["changed_at_source"])
            warned += 1
    return warned


def load_snapshot() -> dict[str, int]:
    """The shipped catalogue (Kolada v3 /kpi, March 2026)."""
    with gzip.open(SNAPSHOT, "rt", encoding="utf-8") as handle:
        kpis = json.load(handle)["values"]
    return update_catalogue(kpis, retrieved_at=timezone.make_aware(datetime.datetime(2026, 3, 23)))


def refresh_catalogue() -> dict[str, int]:
    """The live catalogue from Kolada (all pages)."""
    from stats.kolada import KoladaClient

    with KoladaClient() as client:
        kpis = client.kpis()
    if not kpis:
        from stats.http import StatsSourceError

        raise StatsSourceError(_("Kolada svarade med en tom katalog; den sparade katalogen behålls."))
    return update_catalogue(kpis)


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
