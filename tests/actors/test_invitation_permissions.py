"""The permission matrix for invitations and accounts (actors.Invitation, actors.User): no channel shows an
invitation, or that a person was invited, to anyone but the platform's administrators and the coordinators
of a collaboration the person's organization is a party to.

Invitations are not collaboration-scoped (an account belongs to the platform), so the scoped matrix of
`tests.permission_matrix` does not apply; its world and users do."""

import pytest
from rest_framework.test import APIClient

from actors import services
from core.services import SYSTEM
from tests.factories.actors import PersonFactory, invitation_for
from tests.permission_matrix import USERS, build_world

INVITEE = "Inbjuden Testperson"
ADDRESS = "inbjuden.testperson@example.org"
ENTITLED = {"coordinator", "admin"}


def _channels(world, invitation):
    slug = world.collaboration.slug
    return {
        "html_users": "/anvandare/",
        "html_accounts": f"/samverkan/{slug}/konton/",
        "api_list": "/api/invitations/",
        "api_detail": f"/api/invitations/{invitation.pk}/",
        "api_history": f"/api/invitations/{invitation.pk}/history/",
        "api_users": "/api/users/",
        "log": f"/api/collaborations/{slug}/log/",
        "html_log": f"/samverkan/{slug}/logg/",
    }


# Where an entitled user finds the invitation (the others never do): administrators everywhere but the
# collaboration's log (an invitation is not the collaboration's); the coordinator on the Konton page and in
# the invitations of the API.
SHOWN = {
    "admin": {"html_users", "html_accounts", "api_list", "api_detail", "api_history"},
    "coordinator": {"html_accounts", "api_list", "api_detail", "api_history"},
}


@pytest.mark.django_db
@pytest.mark.parametrize("collab_visibility", ["public", "participants", "named"])
def test_an_invitation_and_the_invitees_name_reach_only_administrators_and_the_coordinators(collab_visibility):
    world = build_world(collab_visibility)
    invitee = PersonFactory(first_name="Inbjuden", last_name="Testperson", email=ADDRESS)
    services.add_representation(invitee, world.orgs["participant"], actor=SYSTEM)
    invitation = invitation_for(invitee)
    services.resend_invitation(invitation, actor=SYSTEM)
    failures = []
    for user_key in USERS:
        client = APIClient()
        user = world.users[user_key]
        if user is not None:
            client.force_login(user)
        for channel, url in _channels(world, invitation).items():
            response = client.get(url)
            body = response.content.decode()
            shown = ADDRESS in body or (channel != "html_accounts" and INVITEE in body)
            if channel == "html_accounts" and user_key in ENTITLED:
                shown = ADDRESS in body or "Inbjuden, länken gäller till" in body
            expected = channel in SHOWN.get(user_key, set())
            if shown != expected:
                failures.append(f"{channel} / {user_key}: shown={shown}, expected {expected} ({response.status_code})")
            if (
                not expected
                and channel in ("api_detail", "api_history")
                and response.status_code not in (401, 403, 404)
            ):
                failures.append(f"{channel} / {user_key}: status {response.status_code}")
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_an_invitation_of_a_person_outside_the_parties_is_hidden_from_the_coordinator_too():
    world = build_world("public")
    outsider_person = PersonFactory(first_name="Inbjuden", last_name="Testperson", email=ADDRESS)
    invitation = invitation_for(outsider_person)
    client = APIClient()
    client.force_login(world.users["coordinator"])
    assert client.get(f"/api/invitations/{invitation.pk}/").status_code == 404
    assert ADDRESS not in client.get("/api/invitations/").content.decode()
    assert client.post(f"/inbjudningar/{invitation.pk}/aterkalla/").status_code == 404
    assert client.post(f"/personer/{outsider_person.pk}/bjud-in/", {"email": "x@example.org"}).status_code == 403


@pytest.mark.django_db
def test_accounts_in_the_api_are_for_administrators_only():
    world = build_world("public")
    for user_key in USERS:
        client = APIClient()
        if world.users[user_key] is not None:
            client.force_login(world.users[user_key])
        response = client.get("/api/users/")
        if user_key == "admin":
            emails = {u["email"] for u in response.json()["results"]}
            assert "outsider@example.org" in emails
        elif user_key == "anonymous":
            assert response.status_code in (401, 403)
        else:
            assert response.json()["results"] == [], user_key
            assert client.get(f"/api/users/{world.users['admin'].pk}/").status_code == 404
