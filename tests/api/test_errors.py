"""What the API answers when the caller is not known or asks for nothing, and what the schema says of it."""

from pathlib import Path

import pytest
import yaml

from actors.models import Organization
from api.views.base import ScopedViewSet
from api.views.collaborations import CollaborationRoleViewSet
from tests.factories.actors import OrganizationFactory, user_for

SCHEMA = yaml.safe_load((Path(__file__).resolve().parents[2] / "api" / "schema.yml").read_text())


@pytest.mark.django_db
def test_an_invalid_token_is_a_401_that_names_the_scheme(api):
    api.credentials(HTTP_AUTHORIZATION="Token 0000000000000000000000000000000000000000")
    response = api.get("/api/collaborations/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {"detail": 'Ogiltig "token".'}  # DRF's Swedish message


@pytest.mark.django_db
def test_a_write_without_a_login_is_a_401_and_writes_nothing(api):
    response = api.post("/api/organizations/", {"name": "Anonym", "sector": "other", "kind": "other"}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json() == {"detail": "Autentiseringsuppgifter ej tillhandahållna."}  # DRF's Swedish message
    assert not Organization.objects.filter(name="Anonym").exists()


@pytest.mark.django_db
def test_a_logged_in_session_still_writes(api):
    api.force_login(user_for(OrganizationFactory(name="Sessionskommun"), email="session@example.org"))
    payload = {"name": "Ny förening", "sector": "civil_society", "kind": "association"}
    response = api.post("/api/organizations/", payload)
    assert response.status_code == 201, response.json()
    assert Organization.objects.filter(name="Ny förening").exists()


@pytest.mark.django_db
def test_an_address_that_names_no_operation_is_a_404_in_json(api):
    for address in ("/api/agreements/1.5e-3/", "/api/people/a/b/", "/api/no-such-kind/"):
        response = api.get(address)
        assert response.status_code == 404, address
        assert response["Content-Type"] == "application/json", address
        assert response.json() == {"detail": "Hittades inte."}, address
    assert api.delete("/api/agreements/1.5e-3/").json() == {"detail": "Hittades inte."}


@pytest.mark.django_db
def test_an_address_without_its_slash_is_still_redirected(api):
    response = api.get("/api/areas")
    assert response.status_code == 301
    assert response["Location"] == "/api/areas/"


@pytest.mark.django_db
def test_a_body_of_a_type_the_api_does_not_read_is_a_415_and_writes_nothing(api):
    api.force_login(user_for(OrganizationFactory(name="Typkommun"), email="typ@example.org"))
    for content_type in ("text/plain", ""):
        response = api.generic("POST", "/api/organizations/", "name=Oläst förening", content_type=content_type)
        assert response.status_code == 415, content_type
        assert response.json()["detail"].startswith("Medietypen"), content_type
    assert not Organization.objects.filter(name="Oläst förening").exists()
    assert "415" in SCHEMA["paths"]["/api/organizations/"]["post"]["responses"]


@pytest.mark.django_db
def test_a_list_filter_that_cannot_name_an_object_is_refused_naming_it(api):
    api.force_login(user_for(OrganizationFactory(name="Filterkommun"), email="filter@example.org"))
    for value in ("abc", "-3", "0", "²", "926206200535354850672640"):
        response = api.get("/api/agenda-items/", {"meeting": value})
        assert response.status_code == 400, value
        assert "meeting" in response.json(), value
    assert api.get("/api/agenda-items/", {"meeting": "9223372036854775807"}).json()["count"] == 0
    for name, value in (("body", "926206200535354850672640"), ("party", "²"), ("year", "20266"), ("year", "abc")):
        response = api.get("/api/decisions/", {name: value})
        assert response.status_code == 400 and name in response.json(), (name, value)
    assert api.get("/api/decisions/", {"year": "2026"}).status_code == 200


def test_every_scoped_list_documents_the_collaboration_filter():
    from api.urls import router

    scoped = [
        prefix
        for prefix, viewset, _basename in router.registry
        if issubclass(viewset, (ScopedViewSet, CollaborationRoleViewSet))
    ]
    assert len(scoped) > 25
    undocumented = [
        prefix
        for prefix in scoped
        if "collaboration" not in {p["name"] for p in SCHEMA["paths"][f"/api/{prefix}/"]["get"].get("parameters", [])}
    ]
    assert undocumented == []


def test_every_operation_documents_its_error_answers():
    """401 everywhere (an invalid token), 403 on writes, 404 where an object or a page is named, 400
    where there is input; each with the body the exception handler gives."""
    missing = []
    for path, item in SCHEMA["paths"].items():
        for method, operation in item.items():
            expected = {"401"}
            if method in ("post", "patch", "put", "delete"):
                expected |= {"403"}
            if "{" in path or any(p["name"] == "page" for p in operation.get("parameters", [])):
                expected |= {"404"}
            if operation.get("parameters") or "requestBody" in operation:
                expected |= {"400"}
            if "requestBody" in operation:
                expected |= {"415"}
            if not expected <= set(operation["responses"]):
                missing.append(f"{method.upper()} {path}: {sorted(expected - set(operation['responses']))}")
    assert missing == []
    detail = SCHEMA["components"]["schemas"]["ErrorDetail"]
    assert detail["required"] == ["detail"]
