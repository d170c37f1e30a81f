"""A NUL character anywhere in a request is refused once, before any view (core.middleware.RefuseNulMiddleware).

PostgreSQL cannot compare text with a NUL: before the middleware a NUL in a path, a query or a cookie reached a
database lookup and answered 500 there. The walk covers every URL pattern of the project, on whichever database
the suite runs."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLResolver, get_resolver
from django.utils.regex_helper import normalize

from tests.factories.actors import user_for

pytestmark = pytest.mark.django_db

MESSAGE = "Adressen eller formuläret innehåller ett nolltecken (NUL), som inte är tillåtet."


def _regexes(patterns, prefix=""):
    for pattern in patterns:
        regex = pattern.pattern.regex.pattern.removeprefix("^")
        if isinstance(pattern, URLResolver):
            yield from _regexes(pattern.url_patterns, prefix + regex)
        else:
            yield prefix + regex


def every_url_with_nul() -> list[str]:
    """Every URL pattern, its parameters filled with an encoded NUL; a pattern without any gets it in the query."""
    urls = set()
    for regex in _regexes(get_resolver().url_patterns):
        for template, params in normalize(regex):
            path = "/" + template % dict.fromkeys(params, "%00")
            urls.add(path if params else f"{path}?q=%00")
    return sorted(urls)


REPORTED = [
    "/statistik/?q=%00",
    "/statistik/katalog/?q=%00",
    "/api/series/1/observations/?area=%00",
    "/omraden/%00/",
    "/api/areas/%00/",
    "/api/collaborations/%00/",
    "/statistik/katalog/%00/folj/",
]


def _refused(response, path: str) -> str | None:
    """What is wrong with the answer to a request carrying a NUL, or None when it was refused as it should be."""
    if response.status_code != 400:
        return f"{path}: {response.status_code}"
    if path.startswith("/api/"):
        if response.json() != {"detail": MESSAGE}:
            return f"{path}: {response.content[:200]!r}"
    elif MESSAGE not in response.content.decode():
        return f"{path}: no message"
    return None


def test_every_url_pattern_refuses_a_nul_with_400(client):
    client.force_login(user_for(admin=True))
    urls = every_url_with_nul()
    assert len(urls) > 250  # the walk found the project's patterns and the API's

    wrong = [_refused(client.get(url), url) for url in urls]
    wrong += [_refused(client.post(url, {"name": "x\x00"}), url + " (POST)") for url in urls]

    assert [w for w in wrong if w] == []


@pytest.mark.parametrize("url", REPORTED)
def test_reported_nul_requests_are_refused_anonymously(client, url):
    assert _refused(client.get(url), url) is None


def test_a_nul_in_a_login_form_is_refused(client):
    response = client.post("/logga-in/", {"username": "a\x00@example.se", "password": "x"})

    assert response.status_code == 400
    assert MESSAGE in response.content.decode()


def test_a_nul_in_a_json_string_is_refused_but_the_text_backslash_u0000_is_not(api):
    api.force_authenticate(user_for(admin=True))

    nul = api.post("/api/collaborations/", json.dumps({"name": "a\u0000b"}), content_type="application/json")
    text = api.post("/api/collaborations/", json.dumps({"name": "a\\u0000b"}), content_type="application/json")

    assert (nul.status_code, nul.json()) == (400, {"detail": MESSAGE})
    assert text.status_code == 400  # refused by the serializer for its missing fields, not for a NUL
    assert "name" not in text.json()
    assert text.json() != {"detail": MESSAGE}


def test_a_binary_file_with_nul_bytes_passes_but_a_text_field_with_one_does_not(client):
    """A file's content is not a form value (Django itself drops non-printable characters from file names)."""
    client.force_login(user_for(admin=True))

    passed = client.post("/statistik/import/fil/", {"file": SimpleUploadedFile("data.bin", b"\x00\x01\x00\xff")})
    refused = client.post("/statistik/import/fil/", {"file": SimpleUploadedFile("data.bin", b"abc"), "source": "x\x00"})

    assert passed.status_code == 200  # the form answers about the file; no refusal for its bytes
    assert MESSAGE not in passed.content.decode()
    assert refused.status_code == 400
    assert MESSAGE in refused.content.decode()


def test_a_cookie_with_a_nul_is_dropped_not_refused(client):
    client.cookies["sessionid"] = "a" * 31 + "\x00"

    response = client.get("/")

    assert response.status_code == 200
    assert "Logga in" in response.content.decode()
