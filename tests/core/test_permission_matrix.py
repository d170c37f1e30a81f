"""The permission matrix applied to every collaboration-scoped model, on every channel."""

from collaborations import services
from core.services import SYSTEM
from tests.factories.actors import OrganizationFactory, PersonFactory
from tests.permission_matrix import ScopedCase, generate_matrix


def _participation(world, visibility):
    org = OrganizationFactory(name="Testad part AB", sector="business", kind="company")
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return services.add_participation(
        world.collaboration, org, actor=SYSTEM, role="partner", visibility=visibility, shared_with=shared
    )


def _role(world, visibility):
    person = PersonFactory(first_name="Rollinnehavare", last_name="Testsson")
    shared = [world.orgs["participant"]] if visibility == "named" else []
    role = services.assign_role(world.collaboration, person, "analyst", actor=SYSTEM, visibility=visibility)
    role.shared_with.set(shared)
    return role


test_collaboration = generate_matrix(
    ScopedCase(
        name="collaboration",
        make=lambda world, visibility: world.collaboration,
        marker=lambda c: c.name,
        html_detail=lambda c: c.get_absolute_url(),
        api_detail=lambda c: f"/api/collaborations/{c.slug}/",
        html_list=lambda c: "/samverkan/",
        api_list=lambda c: "/api/collaborations/",
        html_history=lambda c: f"{c.get_absolute_url()}historik/",
        is_collaboration=True,
    )
)

test_participation = generate_matrix(
    ScopedCase(
        name="participation",
        make=_participation,
        marker=lambda p: p.organization.name,
        html_detail=lambda p: p.get_absolute_url(),
        api_detail=lambda p: f"/api/participations/{p.pk}/",
        html_list=lambda p: p.collaboration.get_absolute_url(),
        api_list=lambda p: "/api/participations/",
        html_history=lambda p: f"{p.get_absolute_url()}historik/",
        full_cross=True,
    )
)

test_collaboration_role = generate_matrix(
    ScopedCase(
        name="collaboration_role",
        make=_role,
        marker=lambda r: "Rollinnehavare Testsson",
        api_detail=lambda r: f"/api/roles/{r.pk}/",
        html_list=lambda r: r.collaboration.get_absolute_url(),
        api_list=lambda r: "/api/roles/",
        login_required_api=True,
        full_cross=True,
    )
)
