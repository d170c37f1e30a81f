"""httpx transports that replay recorded real responses (tests never touch the network)."""

import json
from pathlib import Path

import httpx

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def refuse_network() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"test tried to reach the network: {request.url}")

    return httpx.MockTransport(handler)


def recorded(routes: dict[str, str | list[httpx.Response]], calls: list | None = None) -> httpx.MockTransport:
    """Serve `routes`: path suffix → fixture file name, or a list of responses given in turn."""

    def handler(request: httpx.Request) -> httpx.Response:
        if calls is not None:
            calls.append(request)
        for suffix, answer in routes.items():
            if request.url.path.endswith(suffix):
                if isinstance(answer, list):
                    return answer.pop(0)
                return httpx.Response(200, json=json.loads((FIXTURES / answer).read_text(encoding="utf-8")))
        return httpx.Response(404, json={"error": "not recorded"})

    return httpx.MockTransport(handler)


def kolada_municipalities() -> httpx.MockTransport:
    return recorded({"/municipality": "kolada/municipality.json"})


def kolada_broken() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json={"unexpected": []}))


def kolada_server(data_files: dict[str, str], calls: list | None = None) -> httpx.MockTransport:
    """A Kolada v3 stand-in over recorded files: `data_files` maps a KPI id to its data file.

    It answers the catalogue (`/kpi/<ids>`) and data (`/data/kpi/<kpi>/municipality/<ids>[/year/<y>]`)
    with the recorded values for the requested municipalities and years, in the v3 envelope.
    """
    catalogue = json.loads((FIXTURES / "kolada" / "kpis_subset.json").read_text(encoding="utf-8"))["values"]

    def envelope(values):
        return httpx.Response(
            200, json={"count": len(values), "values": values, "next_url": None, "previous_url": None}
        )

    def handler(request: httpx.Request) -> httpx.Response:
        if calls is not None:
            calls.append(request)
        parts = request.url.path.strip("/").split("/")
        if "data" in parts:
            i = parts.index("data")
            kpi, municipalities = parts[i + 2], set(parts[i + 4].split(","))
            years = {int(y) for y in parts[i + 6].split(",")} if len(parts) > i + 6 else None
            if kpi not in data_files:
                return envelope([])
            recorded_values = json.loads((FIXTURES / data_files[kpi]).read_text(encoding="utf-8"))["values"]
            return envelope(
                [
                    v
                    for v in recorded_values
                    if v["municipality"] in municipalities and (years is None or v["period"] in years)
                ]
            )
        if "kpi" in parts:
            ids = set(parts[parts.index("kpi") + 1].split(","))
            return envelope([k for k in catalogue if k["id"] in ids])
        return httpx.Response(404, json={"error": "not recorded"})

    return httpx.MockTransport(handler)


def kolada_2026() -> httpx.MockTransport:
    """Kolada as recorded in 2026: N00945 and N03702 (after the revision of 2021)."""
    return kolada_server({"N00945": "kolada/data/N00945.json", "N03702": "kolada/data/N03702.json"})


def kolada_2024() -> httpx.MockTransport:
    """Kolada as recorded on 2024-04-06: N03702 before the revision of 2021."""
    return kolada_server({"N03702": "kolada/snapshot-2024-04-06/N03702.json"})


def kolada_text_value() -> httpx.MockTransport:
    """A Kolada answer with a value that is not a number (a broken source)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if "/data/" in request.url.path:
            row = {
                "kpi": "N03702",
                "municipality": "1885",
                "period": 2021,
                "values": [{"gender": "T", "count": 1, "status": "", "value": "ej tal", "isdeleted": False}],
            }
            return httpx.Response(200, json={"count": 1, "values": [row], "next_url": None})
        return kolada_2026().handle_request(request)

    return httpx.MockTransport(handler)


def scb_server() -> httpx.MockTransport:
    """SCB PxWebApi v2 as recorded (config, table list and search, TAB6471 metadata and data)."""

    def load(name):
        return json.loads((FIXTURES / "scb" / name).read_text(encoding="utf-8"))

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path.rstrip("/")
        if path.endswith("/config"):
            return httpx.Response(200, json=load("config.json"))
        if path.endswith("/tables"):
            return httpx.Response(200, json=load("search.json" if request.url.params.get("query") else "tables.json"))
        if path.endswith("/tables/TAB6471/metadata"):
            return httpx.Response(200, json=load("TAB6471_metadata.json"))
        if path.endswith("/tables/TAB6471/data") and request.method == "POST":
            return httpx.Response(200, json=load("TAB6471_data.json"))
        return httpx.Response(404, json={"error": "not recorded"})

    return httpx.MockTransport(handler)


DATA_REQUESTS: list[httpx.Request] = []


def kolada_2026_logged() -> httpx.MockTransport:
    """As `kolada_2026`, remembering the requests in `DATA_REQUESTS` (to see what was asked for)."""
    return kolada_server({"N00945": "kolada/data/N00945.json", "N03702": "kolada/data/N03702.json"}, DATA_REQUESTS)


def kolada_deleted_delta() -> httpx.MockTransport:
    """A delta from Kolada in which one value has been deleted at the source."""

    def handler(request: httpx.Request) -> httpx.Response:
        if "/data/" in request.url.path:
            row = {
                "kpi": "N03702",
                "municipality": "1885",
                "period": 2021,
                "values": [{"gender": "T", "count": 0, "status": "", "value": None, "isdeleted": True}],
            }
            return httpx.Response(200, json={"count": 1, "values": [row], "next_url": None})
        return kolada_2026().handle_request(request)

    return httpx.MockTransport(handler)


def kolada_extreme_value() -> httpx.MockTransport:
    """A Kolada answer with one absurd value (the largest float) beside an ordinary one."""

    def handler(request: httpx.Request) -> httpx.Response:
        if "/data/" in request.url.path:
            row = {
                "kpi": "N03702",
                "municipality": "1885",
                "period": 2021,
                "values": [
                    {"gender": "T", "count": 1, "status": "", "value": 1.7976931348623157e308, "isdeleted": False},
                    {"gender": "K", "count": 1, "status": "", "value": 12.5, "isdeleted": False},
                ],
            }
            return httpx.Response(200, json={"count": 1, "values": [row], "next_url": None})
        return kolada_2026().handle_request(request)

    return httpx.MockTransport(handler)


def scb_extreme_value() -> httpx.MockTransport:
    """SCB as recorded, with the first value of TAB6471 replaced by -1e300."""
    recorded_scb = scb_server()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.rstrip("/").endswith("/tables/TAB6471/data"):
            dataset = json.loads((FIXTURES / "scb" / "TAB6471_data.json").read_text(encoding="utf-8"))
            dataset["value"][0] = -1e300
            return httpx.Response(200, json=dataset)
        return recorded_scb.handle_request(request)

    return httpx.MockTransport(handler)


def unreachable() -> httpx.MockTransport:
    """A source that cannot be reached: the name of the host does not resolve (no network, a typo in
    the address), as httpx reports it."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    return httpx.MockTransport(handler)
