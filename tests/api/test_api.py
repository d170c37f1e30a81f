"""The API writes through the same services and gateway as the pages, and answers errors in JSON."""

from pathlib import Path

import pytest
import yaml
from django.core.management import call_command

from actors.models import Organization
from core.models import ChangeRecord
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory

SCHEMA = Path(__file__).resolve().parents[2] / "api" / "schema.yml"


@pytest.fixture
def coordinator(api):
    region = OrganizationFactory(name="Region API", sector="region", kind="region")
    user = user_for(region, email="api@example.org")
    api.force_login(user)
    return user, region


@pytest.mark.django_db
def test_create_a_collaboration_and_add_a_party_through_the_api(api, coordinator):
    user, region = coordinator
    response = api.post(
        "/api/collaborations/",
        {
            "name": "API-samverkan",
            "problem": "Brottsligheten ökar",
            "coordinating_organization": region.pk,
            "themes": ["crime"],
            "areas": ["1490"],
            "visibility": "participants",
        },
        format="json",
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["slug"] == "api-samverkan" and body["themes"] == ["crime"] and body["areas"] == ["1490"]
    assert [p["role"] for p in body["participations"]] == ["coordinator"]
    kommun = OrganizationFactory(name="Tranemo kommun")
    response = api.post(
        "/api/participations/",
        {"collaboration": "api-samverkan", "organization": kommun.pk, "role": "party"},
        format="json",
    )
    assert response.status_code == 201, response.json()
    history = api.get("/api/collaborations/api-samverkan/log/").json()["results"]
    assert {r["action"] for r in history} >= {
        "collaborations.collaboration.created",
        "collaborations.participation.created",
        "collaborations.role.assigned",
    }


@pytest.mark.django_db
def test_bad_input_is_a_400_naming_the_field(api, coordinator):
    user, region = coordinator
    response = api.post(
        "/api/organizations/",
        {"name": "Felaktig AB", "sector": "business", "kind": "company", "org_number": "556000-0000"},
        format="json",
    )
    assert response.status_code == 400
    assert "org_number" in response.json()
    assert not Organization.objects.filter(name="Felaktig AB").exists()
    response = api.post("/api/collaborations/", {"name": "", "coordinating_organization": 999999}, format="json")
    assert response.status_code == 400
    assert {"name", "problem", "coordinating_organization"} <= set(response.json())


@pytest.mark.django_db
def test_duplicate_party_and_second_coordinator_are_400_with_reasons(api, coordinator):
    user, region = coordinator
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=user.person)
    kommun = OrganizationFactory(name="Ulricehamns kommun")
    url = "/api/participations/"
    payload = {"collaboration": collaboration.slug, "organization": kommun.pk, "role": "party"}
    assert api.post(url, payload, format="json").status_code == 201
    duplicate = api.post(url, payload, format="json")
    assert duplicate.status_code == 400
    assert duplicate.json()["organization"] == [f"Ulricehamns kommun deltar redan i {collaboration.name}."]
    second = api.post(url, {**payload, "organization": OrganizationFactory().pk, "role": "coordinator"}, format="json")
    assert second.status_code == 400 and "role" in second.json()


@pytest.mark.django_db
def test_editing_what_one_may_not_is_403_and_hidden_is_404_both_json(api):
    collaboration = CollaborationFactory(visibility="public")
    hidden = CollaborationFactory(visibility="participants")
    outsider = user_for(OrganizationFactory(name="Utomstående"), email="out@example.org")
    api.force_login(outsider)
    count = ChangeRecord.objects.count()
    forbidden = api.patch(f"/api/collaborations/{collaboration.slug}/", {"name": "Kapad"}, format="json")
    assert forbidden.status_code == 403 and "detail" in forbidden.json()
    missing = api.patch(f"/api/collaborations/{hidden.slug}/", {"name": "Kapad"}, format="json")
    assert missing.status_code == 404 and "detail" in missing.json()
    assert ChangeRecord.objects.count() == count


@pytest.mark.django_db
def test_anonymous_cannot_write(api):
    response = api.post("/api/organizations/", {"name": "Anonym", "sector": "other", "kind": "other"}, format="json")
    assert response.status_code in (401, 403)
    assert not Organization.objects.filter(name="Anonym").exists()


@pytest.mark.django_db
def test_token_authentication_works(api):
    from rest_framework.authtoken.models import Token

    user = user_for(OrganizationFactory(name="Token-kommun"), email="token@example.org")
    token = Token.objects.create(user=user)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api.get("/api/me/")
    assert response.status_code == 200 and response.json()["user"] == "token@example.org"


def test_integer_limits_in_the_schema_do_not_depend_on_the_database(tmp_path):
    """Backends differ in integer ranges (SQLite 2^63, PostgreSQL smallint/int); every integer the API
    exposes carries an explicit domain limit, so the schema is the same on both."""
    generated = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(generated))
    schema = yaml.safe_load(generated.read_text())
    too_wide = []

    def walk(node, path):
        if isinstance(node, dict):
            if node.get("type") == "integer" and node.get("maximum", 0) > 2_147_483_647:
                too_wide.append(path)
            for key, value in node.items():
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(schema["components"], "components")
    big_on_every_backend = {"components.schemas.ChangeRecord.properties.object_id"}  # a BigIntegerField
    assert set(too_wide) <= big_on_every_backend, f"integer fields without an explicit maximum: {too_wide}"


def test_committed_schema_matches_the_code(tmp_path):
    generated = tmp_path / "schema.yml"
    call_command("spectacular", "--file", str(generated), "--validate")
    assert SCHEMA.exists(), "run `make schema` and commit api/schema.yml"
    assert yaml.safe_load(generated.read_text()) == yaml.safe_load(SCHEMA.read_text()), (
        "api/schema.yml is out of date; run `make schema` and commit it"
    )


@pytest.mark.django_db
def test_schema_and_docs_are_served(api):
    assert api.get("/api/schema/").status_code == 200
    docs = api.get("/api/docs/")
    assert docs.status_code == 200 and b"swagger-ui" in docs.content.lower()


@pytest.mark.django_db
def test_unknown_area_code_is_a_400_naming_the_field(api, coordinator):
    user, region = coordinator
    response = api.post(
        "/api/collaborations/",
        {"name": "Okänt område", "problem": "x", "coordinating_organization": region.pk, "areas": ["9999"]},
        format="json",
    )
    assert response.status_code == 400
    assert "areas" in response.json()
    assert api.get("/api/areas/9999/").status_code == 404
    assert api.get("/api/areas/1880/").json()["official_name"] == "Örebro kommun"


def test_no_api_write_bypasses_the_services():
    """DRF's default perform_* would save through the serializer, around the services, their rules
    and the history; every write endpoint must override them."""
    from rest_framework import mixins

    from api.urls import router

    defaults = {
        "perform_create": mixins.CreateModelMixin.perform_create,
        "perform_update": mixins.UpdateModelMixin.perform_update,
        "perform_destroy": mixins.DestroyModelMixin.perform_destroy,
    }
    for prefix, viewset, _basename in router.registry:
        for name, default in defaults.items():
            if hasattr(viewset, name):
                assert getattr(viewset, name) is not default, f"/api/{prefix}/ {name} saves around the services"
