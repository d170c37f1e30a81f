"""The permission matrix of the parties' work, on every channel: an action plan, an activity (also one
shared only with named organizations: the "named" combinations), and the parts of both, which are exactly
as visible as what they belong to. An activity is never more visible than its plan."""

import datetime

from actors import services as actor_services
from core.services import SYSTEM
from tests.factories.actors import PersonFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory
from tests.permission_matrix import PART_EDGES, ScopedCase, generate_matrix
from work import services


def _vis(world, visibility):
    shared = [world.orgs["participant"]] if visibility == "named" else []
    return {"visibility": visibility, "shared_with": shared}


def _base(obj):
    return f"/samverkan/{obj.collaboration.slug}/arbete/"


def _plan(world, visibility, title="PlanMarkor"):
    """The other party's own plan."""
    return services.create_action_plan(
        world.collaboration,
        actor=SYSTEM,
        organization=world.orgs["other"],
        title=title,
        start_year=2026,
        **_vis(world, visibility),
    )


def _activity(world, visibility, plan_visibility="public"):
    """An activity of the other party's plan, owned by someone of the other party (not a user of the matrix),
    serving a public goal."""
    owner = PersonFactory(first_name="Ägare", last_name="Annansson")
    actor_services.add_representation(owner, world.orgs["other"], actor=SYSTEM)
    goal = GoalFactory(
        document=GoalDocumentFactory(collaboration=world.collaboration, visibility="public"),
        title="Fler unga i arbete",
        visibility="public",
    )
    return services.create_activity(
        _plan(world, plan_visibility, title="Öppen plan"),
        actor=SYSTEM,
        title="AktivitetsMarkor",
        owner_organization=world.orgs["other"],
        owner_person=owner,
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2026, 12, 31),
        goals=[goal],
        **_vis(world, visibility),
    )


def _note(world, visibility):
    return services.add_progress_note(_activity(world, visibility), actor=SYSTEM, text="LagesMarkor")


def _competence(world, visibility):
    return services.add_competence(_activity(world, visibility), actor=SYSTEM, competence="KompetensMarkor")


def _target_group(world, visibility):
    return services.add_target_group(
        _activity(world, visibility),
        actor=SYSTEM,
        kind="pupils",
        description="MalgruppsMarkor",
        involvement="consulted",
    )


def _resource(world, visibility):
    return services.set_activity_resource(
        _activity(world, visibility), actor=SYSTEM, year=2026, money_committed=1000, note="ResursMarkor"
    )


def _version(world, visibility):
    return services.save_plan_version(
        _plan(world, visibility, title="Versionsplan"), actor=SYSTEM, note="VersionsMarkor"
    )


def _activity_page(part):
    return part.activity.get_absolute_url()


CASES = [
    ScopedCase(
        name="action_plan",
        make=_plan,
        marker=lambda p: "PlanMarkor",
        html_detail=lambda p: p.get_absolute_url(),
        api_detail=lambda p: f"/api/action-plans/{p.pk}/",
        html_list=lambda p: f"{_base(p)}planer/",
        api_list=lambda p: "/api/action-plans/",
        html_history=lambda p: f"{_base(p)}historik/plan/{p.pk}/",
    ),
    ScopedCase(
        name="activity",
        has_parent=True,
        make=_activity,
        marker=lambda a: "AktivitetsMarkor",
        html_detail=lambda a: a.get_absolute_url(),
        api_detail=lambda a: f"/api/activities/{a.pk}/",
        html_list=lambda a: _base(a),
        api_list=lambda a: "/api/activities/",
        html_history=lambda a: f"{_base(a)}historik/aktivitet/{a.pk}/",
    ),
    ScopedCase(
        name="activity_on_the_timeline",
        edges=PART_EDGES,
        make=_activity,
        marker=lambda a: "AktivitetsMarkor",
        html_list=lambda a: f"{_base(a)}tidslinje/",
    ),
    ScopedCase(
        name="action_plan_version",
        edges=PART_EDGES,
        make=_version,
        marker=lambda v: "VersionsMarkor",
        html_detail=lambda v: v.plan.get_absolute_url(),
        api_detail=lambda v: f"/api/action-plan-versions/{v.pk}/",
        api_list=lambda v: "/api/action-plan-versions/",
        html_history=lambda v: f"{_base(v)}historik/version/{v.pk}/",
        history_marker=lambda v: "Versionsplan, version 1",
    ),
    ScopedCase(
        name="progress_note",
        edges=PART_EDGES,
        make=_note,
        marker=lambda n: "LagesMarkor",
        html_detail=_activity_page,
        api_detail=lambda n: f"/api/progress-notes/{n.pk}/",
        html_list=lambda n: _base(n),
        api_list=lambda n: "/api/progress-notes/",
        html_history=lambda n: f"{_base(n)}historik/lage/{n.pk}/",
        history_marker=lambda n: "AktivitetsMarkor: ",
    ),
    ScopedCase(
        name="activity_competence",
        edges=PART_EDGES,
        make=_competence,
        marker=lambda c: "KompetensMarkor",
        html_detail=_activity_page,
        api_detail=lambda c: f"/api/activity-competences/{c.pk}/",
        api_list=lambda c: "/api/activity-competences/",
        html_history=lambda c: f"{_base(c)}historik/kompetens/{c.pk}/",
    ),
    ScopedCase(
        name="activity_target_group",
        edges=PART_EDGES,
        make=_target_group,
        marker=lambda g: "MalgruppsMarkor",
        html_detail=_activity_page,
        api_detail=lambda g: f"/api/activity-target-groups/{g.pk}/",
        api_list=lambda g: "/api/activity-target-groups/",
        html_history=lambda g: f"{_base(g)}historik/malgrupp/{g.pk}/",
    ),
    ScopedCase(
        name="activity_resource",
        edges=PART_EDGES,
        make=_resource,
        marker=lambda r: "ResursMarkor",
        html_detail=_activity_page,
        api_detail=lambda r: f"/api/activity-resources/{r.pk}/",
        api_list=lambda r: "/api/activity-resources/",
        html_history=lambda r: f"{_base(r)}historik/resurs/{r.pk}/",
        history_marker=lambda r: "AktivitetsMarkor 2026",
    ),
]

for _case in CASES:
    globals()[f"test_{_case.name}_visible_only_to_entitled_users"] = generate_matrix(_case)


# Which case shows each model, serializer and viewset of the work on every channel: a new one without a case
# fails the test below.
CASE_OF = {
    "ActionPlan": "action_plan",
    "ActionPlanSerializer": "action_plan",
    "ActionPlanViewSet": "action_plan",
    "ActionPlanVersion": "action_plan_version",
    "ActionPlanVersionSerializer": "action_plan_version",
    "ActionPlanVersionViewSet": "action_plan_version",
    "Activity": "activity",
    "ActivitySerializer": "activity",
    "ActivityViewSet": "activity",
    "ProgressNote": "progress_note",
    "ProgressNoteSerializer": "progress_note",
    "ProgressNoteViewSet": "progress_note",
    "ActivityCompetence": "activity_competence",
    "ActivityCompetenceSerializer": "activity_competence",
    "ActivityCompetenceViewSet": "activity_competence",
    "ActivityTargetGroup": "activity_target_group",
    "ActivityTargetGroupSerializer": "activity_target_group",
    "ActivityTargetGroupViewSet": "activity_target_group",
    "ActivityResource": "activity_resource",
    "ActivityResourceSerializer": "activity_resource",
    "ActivityResourceViewSet": "activity_resource",
    # the shared base of the four parts' viewsets: each of its subclasses has its case
    "ActivityPartViewSet": "progress_note",
}


def test_every_model_serializer_and_viewset_of_the_work_has_a_case():
    from django.apps import apps

    from api.serializers import work as serializers
    from api.views import work as views
    from api.views.base import ScopedViewSet
    from core.permissions import is_scoped

    models = {m.__name__ for m in apps.get_app_config("work").get_models() if is_scoped(m)}
    listed = {
        name
        for name, obj in vars(views).items()
        if isinstance(obj, type) and issubclass(obj, ScopedViewSet) and obj.__module__ == views.__name__
    }
    serialized = {
        s.Meta.model.__name__ + "Serializer"
        for s in vars(serializers).values()
        if isinstance(s, type) and getattr(getattr(s, "Meta", None), "model", None) is not None
    } & set(CASE_OF)
    names = {case.name for case in CASES}
    assert models | listed <= set(CASE_OF), sorted((models | listed) - set(CASE_OF))
    assert {CASE_OF[n] for n in models | listed | serialized} <= names
    assert {m + "Serializer" for m in models} <= serialized  # each model's serializer is one of the mapped
