"""A reusable permission test matrix for collaboration-scoped models.

Given a `ScopedCase` (how to create one object of the model inside a collaboration, and where it
shows up: HTML detail, API detail, HTML list, API list, history), `generate_matrix` produces the
cases for seven users — anonymous, outsider, participant, a colleague of the participant (same
organization), other organization (a participant the object is not shared with), coordinator and
platform administrator (the colleague where a model binds persons) — over the combinations of the
collaboration's and the object's visibility (`EDGES`, or every pair with `full_cross`), and asserts
that an object that exists but must not be seen does not appear: 404 for a hidden object (never 403),
absent from lists, API lists and the collaboration log.

One more combination, "child more visible than parent", applies to every model whose objects belong to
or refer to another object of the collaboration (an indicator's goal, a membership's body): the parent
is narrowed past the services, as old data could be, to organizations the participant's only; then
neither the object nor the parent's title may reach anyone else on any channel.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import transaction
from rest_framework.test import APIClient

from collaborations import services
from core.generations import forget_cached_pages
from core.permissions import Visibility, capping_relations
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, user_for
from tests.factories.collaborations import CollaborationFactory

USERS = ["anonymous", "outsider", "participant", "colleague", "other_org", "coordinator", "admin"]
PERSONLESS_USERS = [u for u in USERS if u != "colleague"]
CHILD_WIDER = ("child-wider-than-parent", "public")
# (collaboration visibility, object visibility): every pair of the visibilities there are; "named" always
# means: shared with the participant's organization.
COMBINATIONS = list(itertools.product(Visibility.values, repeat=2))
# The gateway admits an object when it admits the collaboration and the object (`visibility_q`: one
# condition for every model, ANDed). The cases of the collaboration's own parts (participation, role)
# cross every pair; the other models take every object visibility in a public collaboration, every
# collaboration visibility over a public object, and the narrowest pair: each side of the AND alone and
# both at once, in a third of the time.
EDGES = [
    ("public", "public"),
    ("public", "participants"),
    ("public", "named"),
    ("participants", "public"),
    ("named", "public"),
    ("named", "named"),
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
        services.update_collaboration(collaboration, actor=SYSTEM, shared_with=[participant_org, coordinator_org])
    for org in (participant_org, other_org):
        services.add_participation(collaboration, org, actor=SYSTEM, role="party", visibility="public")
    return World(
        collaboration=collaboration,
        users={
            "anonymous": None,
            "outsider": user_for(outsider_org, email="outsider@example.org"),
            "participant": user_for(participant_org, email="participant@example.org"),
            "colleague": user_for(participant_org, email="colleague@example.org", first_name="Kollega"),
            "other_org": user_for(other_org, email="other@example.org"),
            "coordinator": coordinator,
            "admin": user_for(None, email="admin@example.org", admin=True),
        },
        orgs={"participant": participant_org, "other": other_org, "coordinator": coordinator_org},
    )


def expected_visible(user: str, collab_visibility: str, object_visibility: str) -> bool:
    """The gateway's rule restated independently: see the collaboration, then the object."""

    def admits(visibility: str) -> bool:
        if user in ("coordinator", "admin") or visibility == "public":
            return True
        if visibility == "participants":
            return user in ("participant", "colleague", "other_org")
        return user in ("participant", "colleague")  # named: shared with the participant's organization

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
    # Who is entitled, when the model has a rule of its own (secrecy): (user, collaboration visibility,
    # object visibility) -> bool; the general rule otherwise.
    expected: Callable[[str, str, str], bool] | None = None
    # The object belongs to or refers to another object of the collaboration: the matrix adds the
    # combination "child more visible than parent" (and fails if `make` gave it no parent).
    has_parent: bool = False
    # Every pair of collaboration and object visibility (COMBINATIONS), rather than the EDGES.
    full_cross: bool = False
    # The pairs to check instead of EDGES: a part of an aggregate (exactly as visible as the aggregate, whose
    # own case crosses the EDGES) shows that it follows it on a hidden, a named and a public pair (PART_EDGES).
    edges: list[tuple[str, str]] | None = None


# A part of an aggregate: the object side alone hidden, named, and the collaboration side alone narrowed.
PART_EDGES = [("public", "participants"), ("public", "named"), ("named", "public")]

CHANNELS = ["html_detail", "api_detail", "html_list", "api_list", "html_history", "log"]


def _client(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_login(user)
    return client


def check(
    case: ScopedCase,
    world: World,
    obj: Any,
    channel: str,
    combination: tuple[str, str],
    user_key: str,
    client: APIClient,
    hidden_names: tuple[str, ...] = (),
) -> None:
    """One user (logged in on `client`) on one channel: the object appears exactly when the user is
    entitled to it; the names in `hidden_names` (of a parent the user may not see) never appear."""
    collab_visibility, object_visibility = combination
    user = world.users[user_key]
    entitled = case.expected or expected_visible
    visible = entitled(user_key, collab_visibility, object_visibility)
    marker = case.marker(obj)
    # The narrowed parents are shared with the participant's organization only (the general rule).
    parent_hidden = bool(hidden_names) and not expected_visible(user_key, collab_visibility, "named")
    anonymous_closed = user is None and (
        (channel.startswith("html") and case.login_required_html)
        or (channel.startswith("api") and case.login_required_api)
    )

    if channel == "log":
        if user is None:
            return  # the log needs a login (tested elsewhere)
        response = client.get(f"/api/collaborations/{world.collaboration.slug}/log/")
        listed = response.status_code == 200 and any(
            r["object_repr"] == str(obj) or (r["object_type"] == obj._meta.model_name and r["object_id"] == obj.pk)
            for r in response.json()["results"]
        )  # named, or a record of it at all (a hidden object's record says "dolt objekt" but still names its id)
        assert listed == visible, f"in the log: {listed}, expected {visible}"
        if parent_hidden:
            for name in hidden_names:
                assert name not in response.content.decode(), f"the hidden parent's name {name!r} leaked in the log"
        return

    url_of = getattr(case, channel)
    if url_of is None:
        return
    response = client.get(url_of(obj))
    body = response.content.decode()
    if parent_hidden:
        for name in hidden_names:
            assert name not in body, f"the hidden parent's name {name!r} leaked"
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


def _set_visibility(parent: Any, visibility: str, shared_with: list[Any]) -> None:
    """Past the services, as old data could be; what was cached is forgotten."""
    with transaction.atomic():
        type(parent).objects.filter(pk=parent.pk).update(visibility=visibility)
        parent.shared_with.set(shared_with)
    forget_cached_pages()


def parents_of(obj: Any) -> list[Any]:
    """What `obj` belongs to or refers to, one per foreign key to another object of the collaboration."""
    return [p for p in (getattr(obj, fk.name) for fk in capping_relations(type(obj))) if p is not None]


def generate_matrix(case: ScopedCase):
    """A parametrized test function for `case`, one test per visibility combination; each builds one
    world and checks every user on every channel, reporting all failures together. In the combination
    "child more visible than parent", each parent in turn is narrowed to the participant's organization
    alone (the others left public) and every user and channel checked again."""
    # A collaboration is its own object: one combination per visibility it can have.
    if case.is_collaboration:
        combos = [(v, v) for v in Visibility.values]
    else:
        combos = list(COMBINATIONS if case.full_cross else case.edges or EDGES)
    if case.has_parent:
        combos.append(CHILD_WIDER)

    @pytest.mark.django_db
    @pytest.mark.parametrize("combination", combos, ids=lambda c: f"collab-{c[0]}-object-{c[1]}")
    def test_visibility(combination):
        collab_visibility, object_visibility = combination
        child_wider = combination == CHILD_WIDER
        if child_wider:
            collab_visibility = "public"
        if case.is_collaboration:
            object_visibility = collab_visibility
        world = build_world(collab_visibility)
        obj = case.make(world, object_visibility)
        failures: list[str] = []
        clients = {user_key: _client(world.users[user_key]) for user_key in USERS}  # one login each

        # The colleague (the participant's organization, another person) differs from the participant only
        # where a model binds persons (its own rule: secrecy, a requester's document); elsewhere the rule
        # is the organization's, and the parts of the collaboration itself (full_cross) show it.
        users = USERS if case.expected or case.full_cross or case.is_collaboration else PERSONLESS_USERS

        def check_everyone(visibility: str, hidden_names: tuple[str, ...] = (), label: str = "") -> None:
            for user_key in users:
                for channel in CHANNELS:
                    try:
                        combination = (collab_visibility, visibility)
                        check(case, world, obj, channel, combination, user_key, clients[user_key], hidden_names)
                    except AssertionError as exc:
                        failures.append(f"{case.name}{label} / {channel} / {user_key}: {exc}")

        if not child_wider:
            check_everyone(object_visibility)
        else:
            parents = parents_of(obj)
            assert parents, f"{case.name}: has_parent, but the object made belongs to nothing"
            for parent in parents:
                before = (parent.visibility, list(parent.shared_with.all()))
                _set_visibility(parent, "named", [world.orgs["participant"]])
                # The object can be seen only where this parent can; its title reaches no one else.
                check_everyone("named", (str(parent),), f" under a narrowed {type(parent).__name__}")
                _set_visibility(parent, *before)
        assert not failures, "\n".join(failures)

    test_visibility.__name__ = f"test_{case.name}_visible_only_to_entitled_users"
    return test_visibility
