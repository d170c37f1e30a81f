"""Client for Statistics Sweden's PxWebApi v2 (https://statistikdatabasen.scb.se/api/v2).

Table search and metadata, and data as json-stat2. The API states its own rate limit in `/config`
(`maxCallsPerTimeWindow` calls per `timeWindow` seconds); the client keeps to it.

json-stat2, read once here: `value` is flat in row-major order over `id` (the last dimension varies
fastest); a cell's index is Σ(category index × product of the sizes of the later dimensions).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product
from typing import Any

import httpx
from django.conf import settings
from django.utils.translation import gettext as _

from stats.http import SourceClient, StatsSourceError, ThrottledClient

# SCB's codes for sex, as the territory's gender codes (T total, K kvinnor, M män).
SCB_GENDER = {"TotSa": "T", "1": "M", "2": "K"}


@dataclass(frozen=True)
class Cell:
    """One value of a json-stat2 dataset: the category code of every dimension, and the value."""

    codes: dict[str, str]
    value: float | None
    status: str = ""


class ScbClient(SourceClient):
    def __init__(self, base_url: str | None = None, *, transport: httpx.BaseTransport | None = None, **kwargs: Any):
        base = base_url or settings.SCB_BASE_URL
        self.http = ThrottledClient(
            base,
            requests_per_second=kwargs.pop("requests_per_second", settings.SCB_REQUESTS_PER_SECOND),
            timeout=kwargs.pop("timeout", settings.HTTP_TIMEOUT_SECONDS),
            transport=transport,
            source_name="SCB",
            **kwargs,
        )
        self._configured = False

    def config(self) -> dict[str, Any]:
        """The API's configuration; its rate limit becomes the client's."""
        config = self.http.request_json("GET", "config")
        calls, window = config.get("maxCallsPerTimeWindow"), config.get("timeWindow")
        if isinstance(calls, int) and isinstance(window, (int, float)) and calls > 0 and window > 0:
            self.http.min_interval = max(self.http.min_interval, window / calls)
        self._configured = True
        return config

    def _ensure_config(self) -> None:
        if not self._configured:
            self.config()

    def tables(self, query: str = "", *, page_size: int = 20, max_pages: int = 5) -> list[dict[str, Any]]:
        """Tables whose Swedish title or description matches `query` (following the `next` links)."""
        self._ensure_config()
        params: dict[str, Any] | None = {"lang": "sv", "pagesize": page_size, **({"query": query} if query else {})}
        url: str | None = "tables"
        found: list[dict[str, Any]] = []
        for _page in range(max_pages):
            if url is None:
                break
            answer = self.http.request_json("GET", url, params=params)
            if not isinstance(answer, dict) or not isinstance(answer.get("tables"), list):
                raise StatsSourceError(_("SCB svarade med ett oväntat format för tabellsökningen: 'tables' saknas."))
            found.extend(answer["tables"])
            links = (answer.get("page") or {}).get("links") or []
            url, params = next((link["href"] for link in links if link.get("rel") == "next"), None), None
        return found

    def metadata(self, table_id: str) -> dict[str, Any]:
        self._ensure_config()
        return _dataset(self.http.request_json("GET", f"tables/{table_id}/metadata", params={"lang": "sv"}), table_id)

    def data(self, table_id: str, selection: dict[str, list[str]]) -> dict[str, Any]:
        """json-stat2 data for a selection {variable code: [value codes]}."""
        self._ensure_config()
        body = {"selection": [{"variableCode": var, "valueCodes": codes} for var, codes in selection.items()]}
        answer = self.http.request_json(
            "POST", f"tables/{table_id}/data", params={"lang": "sv", "outputFormat": "json-stat2"}, json=body
        )
        return _dataset(answer, table_id)


def _dataset(answer: Any, table_id: str) -> dict[str, Any]:
    if (
        not isinstance(answer, dict)
        or answer.get("class") != "dataset"
        or "id" not in answer
        or "dimension" not in answer
    ):
        raise StatsSourceError(_("SCB svarade inte med ett json-stat2-dataset för %(table)s.") % {"table": table_id})
    return answer


def cells(dataset: dict[str, Any]) -> Iterator[Cell]:
    """Every value of a json-stat2 dataset with the codes of its categories, in the dataset's order."""
    ids: list[str] = dataset["id"]
    sizes: list[int] = dataset["size"]
    values = dataset.get("value") or []
    expected = 1
    for size in sizes:
        expected *= size
    if len(values) != expected:
        raise StatsSourceError(
            _("SCB-datasetet har %(n)d värden men dimensionerna ger %(expected)d.")
            % {"n": len(values), "expected": expected}
        )
    codes_by_dim = []
    for dim in ids:
        index = dataset["dimension"][dim]["category"]["index"]
        ordered = sorted(index, key=index.__getitem__) if isinstance(index, dict) else list(index)
        codes_by_dim.append(ordered)
    status = dataset.get("status") or {}
    for i, combination in enumerate(product(*codes_by_dim)):
        value = values[i]
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise StatsSourceError(_("SCB-värde nummer %(n)d är %(v)r, inte ett tal.") % {"n": i + 1, "v": value})
        yield Cell(
            dict(zip(ids, combination, strict=True)),
            float(value) if value is not None else None,
            str(status.get(str(i), "")) if isinstance(status, dict) else "",
        )


def period_year(period: str) -> int:
    """2024, 2024K1, 2024M01 → 2024."""
    try:
        return int(period[:4])
    except ValueError as exc:
        raise StatsSourceError(_("Okänd period från SCB: %(p)r.") % {"p": period}) from exc
