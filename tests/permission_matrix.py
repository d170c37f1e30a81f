"""A reusable permission test matrix for collaboration-scoped models.

Given a `ScopedCase` (how to create one object of the model inside a collaboration, and where it
shows up: HTML detail, API detail, HTML list, API list, history), `generate_matrix` produces the
cases for five users — anonymous, outsider, participant, other organization (a participant the
object is not shared with) and coordinator — over the combinations of the collaboration's and the
object's visibility, and asserts that an object that exists but must not be seen does not appear:
404 for a hidden object (never 403), absent from lists, API lists and the collaboration log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from rest_framework.test import APIClient

from collaborations import services
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory

USERS = ["anonymous", "outsider", "participant", "other_org", "coordinator"]
# (collaboration visibility, object visibility); "named" always means: shared with the participant's org.
COMBINATIONS = [
    ("public", "public"),
    ("public", "participants"),
    ("public", "named"),
    ("participants", "public"),
    ("named", "public"),
]


@dataclass
class World:
    collaboration: Any
    users: dict[str, Any]
    orgs: dict[str, Any]


def build_world(collab_visibility: str) -> World:
    coordinator_org = OrganizationFactory(name="Samordnande region")
    participant_org = OrganizationFactory(name="Deltagande kommun")
    other_org = OrganizationFactory(name="Annan deltagande myndighet", sector="state", kind="authority")
    outsider_org = OrganizationFactory(name="Utomstående förening", sector="civil_society", kind="association")
    coordinator = user_for(coordinator_org, email="coordinator@example.org", first_name="Cecilia")
    collaboration = CollaborationFactory(
        name="Gemensam samverkan",
        coordinating_organization=coordinator_org,
        coordinator=coordinator.person,
        visibility=collab_visibility,
    )
    if collab_visibility == "named":
        services.update_collaboration(collaboration, actor=None, shared_with=[participant_org, coordinator_org])
    for org in (participant_org, other_org):
        services.add_participation(collaboration, org, actor=None, role="party", visibility="public")
    return World(
        collaboration=collaboration,
        users={
            "anonymous": None,
            "outsider": user_for(outsider_org, email="outsider@example.org"),
            "participant": user_for(participant_org, email="participant@example.org"),
            "other_org": user_for(other_org, email="other@example.org"),
            "coordinator": coordinator,
        },
        orgs={"participant": participant_org, "other": other_org, "coordinator": coordinator_org},
    )


def expected_visible(user: str, collab_visibility: str, object_visibility: str) -> bool:
    """The gateway's rule restated independently: see the collaboration, then the object."""

    def admits(visibility: str) -> bool:
        if user == "coordinator" or visibility == "public":
            return True
        if visibility == "participants":
            return user in ("participant", "other_org")
        return user == "participant"  # named: shared with the participant's organization

    return admits(collab_visibility) and admits(object_visibility)


@dataclass
class ScopedCase:
    name: str
    make: Callable[[World, str], Any]  # (world, object visibility) -> object
    marker: Callable[[Any], str]  # text that identifies the object in a list
    html_detail: Callable[[Any], str] | None = None
    api_detail: Callable[[Any], str] | None = None
    html_list: Callable[[Any], str] | None = None
    api_list: Callable[[Any], str] | None = None
    html_history: Callable[[Any], str] | None = None
    login_required_html: bool = False
    login_required_api: bool = False
    is_collaboration: bool = False
    history_marker: Callable[[Any], str] | None = None  # when the History page names the object otherwise


CHANNELS = ["html_detail", "api_detail", "html_list", "api_list", "html_history", "log"]


def _client(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_login(user)
    return client


def check(case: ScopedCase, world: World, obj: Any, channel: str, combination: tuple[str, str], user_key: str) -> None:
    """One user on one channel: the object appears exactly when the user is entitled to it."""
    collab_visibility, object_visibility = combination
    user = world.users[user_key]
    client = _client(user)
    visible = expected_visible(user_key, collab_visibility, object_visibility)
    marker = case.marker(obj)
    anonymous_closed = user is None and (
        (channel.startswith("html") and case.login_required_html)
        or (channel.startswith("api") and case.login_required_api)
    )

    if channel == "log":
        if user is None:
            return  # the log needs a login (tested elsewhere)
        response = client.get(f"/api/collaborations/{world.collaboration.slug}/log/")
        listed = response.status_code == 200 and any(r["object_repr"] == str(obj) for r in response.json()["results"])
        assert listed == visible, f"in the log: {listed}, expected {visible}"
        return

    url_of = getattr(case, channel)
    if url_of is None:
        return
    response = client.get(url_of(obj))
    body = response.content.decode()
    if channel == "html_history" and case.history_marker is not None:
        marker = case.history_marker(obj)
    if channel in ("html_detail", "api_detail", "html_history"):
        if anonymous_closed:
            assert response.status_code in (302, 401, 403), response.status_code
        elif visible:
            assert response.status_code == 200, f"status {response.status_code}, expected 200"
            assert marker in body, f"{marker!r} missing"
        else:
            assert response.status_code == 404, f"status {response.status_code}, not 404"
            assert marker not in body, f"{marker!r} leaked"
    elif anonymous_closed or response.status_code == 404:
        assert marker not in body, f"{marker!r} leaked"
        assert not visible or anonymous_closed, f"status {response.status_code} for an entitled user"
    else:
        assert response.status_code == 200, f"status {response.status_code}"
        assert (marker in body) == visible, f"listed={marker in body}, expected {visible}"


def generate_matrix(case: ScopedCase):
    """A parametrized test function for `case`, one test per visibility combination; each builds one
    world and checks every user on every channel, reporting all failures together."""
    combos = COMBINATIONS[3:] + COMBINATIONS[:1] if case.is_collaboration else COMBINATIONS

    @pytest.mark.django_db
    @pytest.mark.parametrize("combination", combos, ids=lambda c: f"collab-{c[0]}-object-{c[1]}")
    def test_visibility(combination):
        collab_visibility, object_visibility = combination
        if case.is_collaboration:
            object_visibility = collab_visibility
        world = build_world(collab_visibility)
        obj = case.make(world, object_visibility)
        failures = []
        for user_key in USERS:
            for channel in CHANNELS:
                try:
                    check(case, world, obj, channel, (collab_visibility, object_visibility), user_key)
                except AssertionError as exc:
                    failures.append(f"{case.name} / {channel} / {user_key}: {exc}")
        assert not failures, "\n".join(failures)

    test_visibility.__name__ = f"test_{case.name}_visible_only_to_entitled_users"
    return test_visibility
