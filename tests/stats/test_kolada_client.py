"""The Kolada v3 client: paging, chunking, retries and clear errors, against recorded real answers."""

import json

import httpx
import pytest

from stats.http import StatsSourceError
from stats.kolada import KoladaClient, chunks
from tests.replay import FIXTURES, recorded

BASE = "https://api.kolada.se/v3"


def client(transport, **kwargs):
    return KoladaClient(BASE, transport=transport, requests_per_second=0, sleep=kwargs.pop("sleep", lambda s: None))


def test_reads_the_recorded_area_list():
    calls = []
    with client(recorded({"/municipality": "kolada/municipality.json"}, calls)) as kolada:
        values = kolada.municipalities()
    assert len(values) == 312
    assert {"id": "1880", "title": "Örebro", "type": "K"} in values
    assert str(calls[0].url) == f"{BASE}/municipality"


def test_follows_next_url_until_the_last_page():
    full = json.loads((FIXTURES / "kolada/municipality.json").read_text())["values"]
    first = {"count": 312, "values": full[:200], "next_url": f"{BASE}/municipality?page=2&per_page=200"}
    second = {"count": 312, "values": full[200:], "next_url": None}
    pages = [httpx.Response(200, json=first), httpx.Response(200, json=second)]
    calls = []
    with client(recorded({"/municipality": pages}, calls)) as kolada:
        values = kolada.municipalities()
    assert [v["id"] for v in values] == [v["id"] for v in full]
    assert calls[1].url.params["page"] == "2"


def test_data_requests_are_chunked_at_25_ids_per_path_segment():
    calls = []
    municipalities = [f"{i:04d}" for i in range(1, 61)]
    empty = [httpx.Response(200, json={"count": 0, "values": [], "next_url": None}) for _ in range(3)]
    with client(recorded({"/year/2024": empty}, calls)) as kolada:
        assert list(kolada.data(["N01951"], municipalities, [2024])) == []
    segments = [c.url.path.split("/municipality/")[1].split("/")[0].split(",") for c in calls]
    assert [len(s) for s in segments] == [25, 25, 10]
    assert sum(segments, []) == municipalities
    assert list(chunks("abc", 2)) == [["a", "b"], ["c"]]


def test_429_is_retried_after_the_time_the_server_asks_for():
    slept = []
    answers = [
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(503),
        httpx.Response(200, json={"count": 0, "values": [], "next_url": None}),
    ]
    with client(recorded({"/municipality": answers}), sleep=slept.append) as kolada:
        assert kolada.municipalities() == []
    assert slept[0] == 7.0
    assert slept[1] > 0


def test_http_errors_and_unexpected_shapes_say_what_and_where():
    with client(recorded({"/municipality": [httpx.Response(404)]})) as kolada, pytest.raises(StatsSourceError) as err:
        kolada.municipalities()
    assert "HTTP 404" in str(err.value) and "/municipality" in err.value.detail  # the address: a detail
    shape = [httpx.Response(200, json={"count": 1, "values": [{"id": "0114"}], "next_url": None})]
    with client(recorded({"/municipality": shape})) as kolada, pytest.raises(StatsSourceError) as err:
        kolada.municipalities()
    assert "rad 1" in str(err.value)
    not_json = [httpx.Response(200, text="<html>")]
    with client(recorded({"/municipality": not_json})) as kolada, pytest.raises(StatsSourceError) as err:
        kolada.municipalities()
    assert "JSON" in str(err.value)


def test_throttling_spaces_requests():
    slept = []
    answers = [httpx.Response(200, json={"count": 0, "values": [], "next_url": None}) for _ in range(2)]
    kolada = KoladaClient(
        BASE, transport=recorded({"/municipality": answers}), requests_per_second=2, sleep=slept.append
    )
    kolada.municipalities()
    kolada.municipalities()
    assert slept and 0 < slept[0] <= 0.5
