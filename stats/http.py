"""The HTTP client shared by the statistics clients: timeouts, throttling and retries with backoff."""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

RETRY_STATUSES = {429, 500, 502, 503, 504}


class StatsSourceError(Exception):
    """A statistics source could not be read. The message says in words what went wrong ("Kolada kunde
    inte nås."); `detail` holds what a technician needs (the address, the error of the network), which the
    pages fold away."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


def default_transport() -> httpx.BaseTransport | None:
    """The transport named in settings (tests replay recorded responses through it)."""
    path = getattr(settings, "STATS_HTTP_TRANSPORT", "")
    return import_string(path)() if path else None


class ThrottledClient:
    """httpx client that keeps to `requests_per_second` and retries 429/5xx, honouring Retry-After."""

    def __init__(
        self,
        base_url: str,
        *,
        requests_per_second: float,
        timeout: float,
        max_retries: int | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        source_name: str = "",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.min_interval = 1.0 / requests_per_second if requests_per_second > 0 else 0.0
        self.max_retries = settings.STATS_HTTP_RETRIES if max_retries is None else max_retries
        self.sleep = sleep
        self.source_name = source_name
        self._last = 0.0
        self._client = httpx.Client(
            timeout=timeout,
            transport=transport if transport is not None else default_transport(),
            headers={"User-Agent": "Samverkan/1.0 (+https://github.com/)", "Accept": "application/json"},
            follow_redirects=True,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _throttle(self) -> None:
        wait = self._last + self.min_interval - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last = time.monotonic()

    @staticmethod
    def _retry_after(response: httpx.Response, attempt: int) -> float:
        value = response.headers.get("Retry-After")
        if value:
            try:
                return max(0.0, float(value))
            except ValueError:
                try:
                    return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
                except (TypeError, ValueError):
                    pass
        return min(60.0, 0.5 * 2**attempt)

    def request_json(self, method: str, url: str, **kwargs: Any) -> Any:
        """The decoded JSON of `url` (absolute, or relative to the base URL)."""
        if not url.startswith("http"):
            url = f"{self.base_url}/{url.lstrip('/')}"
        for attempt in range(self.max_retries + 1):
            self._throttle()
            try:
                response = self._client.request(method, url, **kwargs)
            except httpx.HTTPError as exc:
                if attempt < self.max_retries:
                    self.sleep(min(60.0, 0.5 * 2**attempt))
                    continue
                message = (
                    _("%(source)s svarade inte i tid.")
                    if isinstance(exc, httpx.TimeoutException)
                    else _("%(source)s kunde inte nås.")
                )
                raise StatsSourceError(message % {"source": self.source_name}, detail=f"{url}: {exc}") from exc
            if response.status_code in RETRY_STATUSES and attempt < self.max_retries:
                self.sleep(self._retry_after(response, attempt))
                continue
            if response.status_code >= 400:
                raise StatsSourceError(
                    _("%(source)s svarade med ett fel (HTTP %(status)s).")
                    % {"source": self.source_name, "status": response.status_code},
                    detail=url,
                )
            try:
                return response.json()
            except ValueError as exc:
                raise StatsSourceError(
                    _("%(source)s svarade med något annat än data (inte JSON).") % {"source": self.source_name},
                    detail=url,
                ) from exc
        raise StatsSourceError(
            _("%(source)s svarade inte trots flera försök.") % {"source": self.source_name}, detail=url
        )


class SourceClient:
    """What the statistics clients share: one throttled HTTP client, closed on exit."""

    http: ThrottledClient

    def close(self) -> None:
        self.http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
