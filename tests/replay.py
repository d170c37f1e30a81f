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
