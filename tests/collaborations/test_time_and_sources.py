"""A collaboration as of a date, roles in time, and sources on what is recorded (issue 14, §2–3)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from collaborations import services
from core.permissions import scope_for
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, PersonFactory, user_for
from tests.factories.collaborations import CollaborationFactory

D = datetime.date


@pytest.fixture
def history():
    """A public collaboration whose coordinating party changed in 2021; Ronneby left in 2019, Sölvesborg
    joined in 2022."""
    region = OrganizationFactory(name="Region Blekinge", sector="region", kind="region")
    collaboration = CollaborationFactory(coordinating_organization=region, visibility="public", name="Unga lyfter")
    first = collaboration.participations.get(organization=region)
    services.update_participation(first, actor=SYSTEM, start_date=D(2015, 1, 1), end_date=D(2020, 12, 31))
    services.update_participation(first, actor=SYSTEM, role="party")
    office = OrganizationFactory(name="Kansliet för Unga lyfter", sector="state")
    services.add_participation(
        collaboration, office, actor=SYSTEM, role="coordinator", start_date=D(2021, 1, 1), visibility="public"
    )
    for name, start, end in [
        ("Ronneby kommun", D(2015, 1, 1), D(2019, 6, 30)),
        ("Sölvesborgs kommun", D(2022, 1, 1), None),
    ]:
        org = OrganizationFactory(name=name, sector="municipality", kind="municipality")
        services.add_participation(
            collaboration, org, actor=SYSTEM, role="party", start_date=start, end_date=end, visibility="public"
        )
    return collaboration


@pytest.mark.django_db
def test_one_coordinating_party_at_a_time_but_one_may_follow_another(history):
    # The office followed the region: both coordinators, at different times.
    with pytest.raises(ValidationError) as err:
        services.add_participation(
            history, OrganizationFactory(), actor=SYSTEM, role="coordinator", start_date=D(2023, 1, 1)
        )
    assert "Kansliet för Unga lyfter är redan samordnande part under samma tid" in err.value.message_dict["role"][0]


@pytest.mark.django_db
def test_the_overview_as_of_a_date_lists_and_counts_the_parties_of_that_day(history):
    client = Client()
    page = client.get(f"/samverkan/{history.slug}/?per=2018-05-01").content.decode()
    current = page.split('id="tidigare-parter"')[0].split('id="senare-parter"')[0]
    assert "2 parter den 2018-05-01" in page
    assert "Ronneby kommun" in current and "Sölvesborgs kommun" not in current
    assert "Parter som kom till senare" in page and "Kansliet för Unga lyfter" in page.split('id="senare-parter"')[1]
    assert "Du ser läget den" in page

    today = client.get(f"/samverkan/{history.slug}/").content.decode()
    assert "2 parter den 2026-12-02" in today  # the office and Sölvesborg; Ronneby and the region had left
    assert "Ronneby kommun" in today.split('id="tidigare-parter"')[1]
    assert "Kommun: 1" in today


@pytest.mark.django_db
def test_an_unreadable_date_is_answered_with_what_is_wrong(history):
    response = Client().get(f"/samverkan/{history.slug}/?per=31/12/2018")
    assert response.status_code == 400
    assert "ÅÅÅÅ-MM-DD" in response.content.decode()
    api = Client().get(f"/api/collaborations/{history.slug}/?per=igår")
    assert api.status_code == 400 and "per" in api.json()


@pytest.mark.django_db
def test_the_api_gives_the_parties_of_a_day(history):
    client = Client()
    names = lambda answer: sorted(p["organization_name"] for p in answer["participations"])  # noqa: E731
    assert names(client.get(f"/api/collaborations/{history.slug}/?per=2018-05-01").json()) == [
        "Region Blekinge",
        "Ronneby kommun",
    ]
    assert len(names(client.get(f"/api/collaborations/{history.slug}/").json())) == 4  # all, with dates
    listed = client.get(f"/api/participations/?collaboration={history.slug}&per=2023-01-01").json()
    assert sorted(p["organization_name"] for p in listed["results"]) == [
        "Kansliet för Unga lyfter",
        "Sölvesborgs kommun",
    ]


@pytest.mark.django_db
def test_a_role_that_has_ended_no_longer_grants_anything():
    region = OrganizationFactory(name="Region Kronoberg", sector="region", kind="region")
    user = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(coordinating_organization=region, visibility="participants")
    analyst = PersonFactory()
    role = services.assign_role(collaboration, analyst, "analyst", actor=SYSTEM, organization=region)
    services.assign_role(collaboration, user.person, "coordinator", actor=SYSTEM, organization=region)
    assert "coordinator" in scope_for(user).roles[collaboration.pk]

    with pytest.raises(ValidationError) as err:
        services.update_role(role, actor=SYSTEM, start_date=D(2024, 1, 1), end_date=D(2023, 1, 1))
    assert "end_date" in err.value.message_dict
    services.update_role(role, actor=SYSTEM, start_date=D(2020, 1, 1), end_date=D(2024, 12, 31))

    mine = collaboration.roles.get(person=user.person, kind="coordinator")
    services.update_role(mine, actor=SYSTEM, end_date=D(2025, 6, 30))
    user = type(user).objects.get(pk=user.pk)  # a new request: the scope is worked out again
    assert collaboration.pk not in scope_for(user).roles
    assert not user.has_perm("collaborations.change_collaboration", collaboration)


@pytest.mark.django_db
def test_a_role_is_ended_on_its_page_and_listed_apart():
    region = OrganizationFactory(name="Region Kronoberg", sector="region", kind="region")
    user = user_for(region, email="samordnare@example.org")
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=user.person, visibility="public")
    analyst = PersonFactory(first_name="Lina", last_name="Analytiker")
    role = services.assign_role(collaboration, analyst, "analyst", actor=SYSTEM, organization=region)
    client = Client()
    client.force_login(user)
    response = client.post(
        f"/samverkan/{collaboration.slug}/roller/{role.pk}/andra/",
        {"organization": region.pk, "start_date": "2021-01-01", "end_date": "2024-12-31", "visibility": "public"},
    )
    assert response.status_code == 302
    page = client.get(f"/samverkan/{collaboration.slug}/").content.decode()
    assert "Lina Analytiker" in page.split("Roller som inte gällde den dagen")[1]
    back_then = client.get(f"/samverkan/{collaboration.slug}/?per=2022-03-01").content.decode()
    assert "Lina Analytiker" in back_then.split('id="roller"')[1].split("Roller som inte gällde den dagen")[0]


@pytest.mark.django_db
def test_the_source_of_a_collaboration_is_kept_by_form_and_api_alike():
    region = OrganizationFactory(name="Region Örebro län", sector="region", kind="region")
    user = user_for(region, email="bro@example.org")
    collaboration = CollaborationFactory(coordinating_organization=region, coordinator=user.person, visibility="public")
    client = Client()
    client.force_login(user)
    answer = client.patch(
        f"/api/collaborations/{collaboration.slug}/",
        {"source_note": "Samverkansavtal 2020–2023", "source_url": "https://example.org/avtal.pdf", "source_page": "4"},
        content_type="application/json",
    )
    assert answer.status_code == 200 and answer.json()["source_note"] == "Samverkansavtal 2020–2023"
    collaboration.refresh_from_db()
    assert (collaboration.source_note, collaboration.source_page) == ("Samverkansavtal 2020–2023", "4")

    form = client.get(f"/samverkan/{collaboration.slug}/andra/").content.decode()
    assert 'name="source_url"' in form and 'name="is_assumption"' in form
    page = client.get(f"/samverkan/{collaboration.slug}/").content.decode()
    assert (
        "Samverkansavtal 2020–2023" in page
        and "sida eller avsnitt: 4" in page
        and 'href="https://example.org/avtal.pdf"' in page
    )


@pytest.mark.django_db
def test_a_collaboration_whose_coordinating_party_the_sources_do_not_name_gets_none():
    kommun = OrganizationFactory(name="Piteå kommun", sector="municipality", kind="municipality")
    user = user_for(kommun, email="pitea@example.org")
    client = Client()
    client.force_login(user)
    response = client.post(
        "/samverkan/ny/",
        {
            "coordinating_organization": kommun.pk,
            "organization_role": "party",
            "name": "Femkanten",
            "problem": "Interkommunal samverkan",
            "stage": "running",
            "status": "active",
            "visibility": "public",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    collaboration = user.person.collaboration_roles.get().collaboration
    assert list(collaboration.participations.values_list("role", flat=True)) == ["party"]
    assert user.has_perm("collaborations.change_collaboration", collaboration)  # the person still coordinates
    page = client.get(f"/samverkan/{collaboration.slug}/").content.decode()
    assert "Samordnande part: ej angiven den dagen." in page
