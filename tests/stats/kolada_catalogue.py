"""Kolada's whole KPI catalogue (`/kpi`) replayed from the recording the project ships
(`stats/data/kolada_kpis_2026-03.json.gz`, Kolada v3 as of March 2026); other paths as `tests.replay.kolada_2026`."""

import httpx

from stats.catalogue import snapshot_kpis
from tests.replay import kolada_2026


def _catalogue(kpis) -> httpx.MockTransport:
    data = kolada_2026()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.rstrip("/").endswith("/kpi"):
            return httpx.Response(
                200, json={"count": len(kpis), "values": kpis, "next_url": None, "previous_url": None}
            )
        return data.handle_request(request)

    return httpx.MockTransport(handler)


def as_recorded() -> httpx.MockTransport:
    return _catalogue(snapshot_kpis())


def without_n03702() -> httpx.MockTransport:
    """The recorded catalogue, after Kolada has withdrawn N03702 (BRP per inhabitant)."""
    return _catalogue([k for k in snapshot_kpis() if k["id"] != "N03702"])
