"""Client for the Kolada API v3 (https://api.kolada.se/v3): paging, chunking, throttling, retries.

Response envelopes are `{"count", "values", "next_url", "previous_url"}`; data values are
`{"kpi", "municipality", "period", "values": [{"gender", "count", "status", "value", "isdeleted"}]}`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import httpx
from django.conf import settings
from django.utils.translation import gettext as _

from stats.http import SourceClient, StatsSourceError, ThrottledClient

MAX_IDS_PER_SEGMENT = 25


def chunks(ids: Iterable[str], size: int = MAX_IDS_PER_SEGMENT) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in ids:
        batch.append(str(item))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class KoladaClient(SourceClient):
    def __init__(self, base_url: str | None = None, *, transport: httpx.BaseTransport | None = None, **kwargs: Any):
        self.http = ThrottledClient(
            base_url or settings.KOLADA_BASE_URL,
            requests_per_second=kwargs.pop("requests_per_second", settings.KOLADA_REQUESTS_PER_SECOND),
            timeout=kwargs.pop("timeout", settings.HTTP_TIMEOUT_SECONDS),
            transport=transport,
            source_name="Kolada",
            **kwargs,
        )

    def _pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        url: str | None = path
        first = True
        while url:
            page = self.http.request_json("GET", url, params=params if first else None)
            first = False
            if not isinstance(page, dict) or not isinstance(page.get("values"), list):
                raise StatsSourceError(
                    _("Kolada svarade med ett oväntat format för %(path)s: nyckeln 'values' saknas.") % {"path": path}
                )
            yield page
            url = page.get("next_url") or None

    def _values(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        for page in self._pages(path, params):
            yield from page["values"]

    def municipalities(self) -> list[dict[str, Any]]:
        """All areas Kolada knows: `{"id", "title", "type"}` (K kommun, L region/Riket)."""
        rows = list(self._values("municipality"))
        for i, row in enumerate(rows):
            if not {"id", "title", "type"} <= set(row):
                raise StatsSourceError(_("Kolada /municipality: rad %(n)s saknar id, title eller type.") % {"n": i + 1})
        return rows

    def municipality_groups(self) -> list[dict[str, Any]]:
        return list(self._values("municipality_groups"))

    def kpis(self, title: str | None = None) -> list[dict[str, Any]]:
        return list(self._values("kpi", {"title": title} if title else None))

    def kpis_by_id(self, kpi_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The catalogue entries of the given KPIs (chunked at 25 ids)."""
        rows: list[dict[str, Any]] = []
        for chunk in chunks(kpi_ids):
            rows.extend(self._values(f"kpi/{','.join(chunk)}"))
        return rows

    def kpi_groups(self) -> list[dict[str, Any]]:
        return list(self._values("kpi_groups"))

    def data(
        self,
        kpi_ids: Iterable[str],
        municipality_ids: Iterable[str],
        years: Iterable[int] | None = None,
        *,
        from_date: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Data values for KPIs × municipalities (× years), chunked at 25 ids per path segment."""
        kpis, munis = list(kpi_ids), list(municipality_ids)
        year_part = f"/year/{','.join(str(y) for y in years)}" if years else ""
        params = {"from_date": from_date} if from_date else None
        for kpi_chunk in chunks(kpis):
            for muni_chunk in chunks(munis):
                path = f"data/kpi/{','.join(kpi_chunk)}/municipality/{','.join(muni_chunk)}{year_part}"
                yield from self._values(path, params)
