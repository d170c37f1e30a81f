"""Every API operation answers as api/schema.yml says: no server error, only documented status codes,
bodies and content types that match the schema.

schemathesis generates requests from the committed schema and sends them to the Django application
in-process (WSGI), as a coordinator of a collaboration that holds objects of every kind. Path
parameters mostly name those objects (the rest names none, for the 404s); a body's `collaboration`
names the coordinator's collaboration, so that writes reach the services and not only validation.
Bounded: a fixed number of examples per operation (valid and invalid data), derandomized, so a run is
the same each time (about 1.5 minutes for the 183 operations on SQLite).
"""

import datetime
from decimal import Decimal
from pathlib import Path

import pytest
import schemathesis
from django.core import signals
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token

from actors import services as actor_services
from core.services import SYSTEM
from lead import services as lead_services
from lead.models import AgendaItem
from lead.services import attendance
from lead.services import calendar as lead_calendar
from lead.services import decisions as lead_decisions
from lead.services import documents as lead_documents
from organize import services as organize_services
from stats import services as stats_services
from stats.models import Observation, Series
from steer import services as steer_services
from tests.factories.actors import OrganizationFactory, PersonFactory, area, user_for
from tests.factories.collaborations import CollaborationFactory
from tests.factories.lead import AgendaItemFactory, AssignmentFactory, DecisionFactory, decision_item, held_meeting
from tests.factories.organize import (
    AgreementVersionFactory,
    BodyDocumentFactory,
    ExternalFundingFactory,
    FinancingModelFactory,
    FollowUpDutyFactory,
    MembershipFactory,
    ResourceCommitmentFactory,
    ResponsibilityFactory,
    party_of,
)
from tests.factories.steer import (
    AnalysisActorFactory,
    AnalysisEntryFactory,
    EnvironmentalScanFactory,
    EvidenceFactory,
    FollowUpRoundFactory,
    GoalConflictFactory,
    IndicatorFactory,
    OwnGoalFactory,
    value_of,
)

SCHEMA = Path(__file__).resolve().parents[2] / "api" / "schema.yml"
EXAMPLES_PER_OPERATION = 20
CHECKS = ("not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance")

schema = schemathesis.openapi.from_path(
    SCHEMA,
    config=schemathesis.Config.from_dict(
        {
            # The coverage phase (boundary and negative values of every field) takes about 5 minutes
            # here and found nothing the fuzzing phase does not; it is off to keep the suite bounded.
            "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
            "checks": {"enabled": False, **{name: {"enabled": True} for name in CHECKS}},
        }
    ),
)


@pytest.fixture
def wsgi_app():
    """The application as a server runs it. Django's own test client keeps the test's database
    connection open across requests the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def _lead_communication_demo(collaboration, membership):
    """A news post, an after-project plan and a handover (lead: communication and continuity)."""
    from lead import services as lead_services
    from tests.factories.lead import NewsPostFactory, after_project_plan

    successor = PersonFactory(first_name="Efterträdare", last_name="Schemathesis")
    actor_services.add_representation(successor, membership.organization, actor=SYSTEM)
    handover = lead_services.hand_over(
        membership.person,
        successor,
        collaborations=[collaboration],
        effective_on=datetime.date(2026, 1, 1),
        actor=SYSTEM,
    )
    return {
        "news-posts": NewsPostFactory(collaboration=collaboration, is_win=True).pk,
        "after-project-plans": after_project_plan(ExternalFundingFactory(collaboration=collaboration)).pk,
        "handovers": handover.pk,
    }


def _work_demo(collaboration, party, goal):
    """A party's action plan with a saved version, and an activity with a progress note, a competence, a
    target group and a year's resources (work)."""
    from work import services as work_services

    owner = PersonFactory(first_name="Ansvarig", last_name="Schemathesis")
    actor_services.add_representation(owner, party, actor=SYSTEM)
    plan = work_services.create_action_plan(
        collaboration, actor=SYSTEM, organization=party, title="Handlingsplan i test", start_year=2026
    )
    activity = work_services.create_activity(
        plan, actor=SYSTEM, title="Feriepraktik", owner_organization=party, owner_person=owner, goals=[goal]
    )
    return {
        "action-plans": plan.pk,
        "action-plan-versions": work_services.save_plan_version(plan, actor=SYSTEM, note="Första").pk,
        "activities": activity.pk,
        "progress-notes": work_services.add_progress_note(activity, actor=SYSTEM, text="Tio platser klara.").pk,
        "activity-competences": work_services.add_competence(activity, actor=SYSTEM, competence="Vägledning").pk,
        "activity-target-groups": work_services.add_target_group(
            activity, actor=SYSTEM, kind="pupils", involvement="consulted"
        ).pk,
        "activity-resources": work_services.set_activity_resource(
            activity, actor=SYSTEM, year=2026, money_committed=Decimal("100000")
        ).pk,
    }


def _build_demo():
    """A collaboration with an object of every kind the API serves, and its coordinator's token."""
    region = OrganizationFactory(name="Region Schemathesis", sector="region", kind="region", area=area("18"))
    user = user_for(region, email="coordinator@example.org")
    collaboration = CollaborationFactory(
        name="Schemathesis-samverkan", coordinating_organization=region, coordinator=user.person, areas=[area("1880")]
    )
    party = party_of(collaboration, name="Örebro kommun i test")
    version = AgreementVersionFactory(agreement__collaboration=collaboration)
    adoption = organize_services.record_adoption(
        version,
        party,
        actor=SYSTEM,
        status="adopted",
        decision_date=datetime.date(2024, 3, 1),
        decision_body="kommunfullmaktige",
    )
    membership = MembershipFactory(body__collaboration=collaboration, organization=party)
    document = BodyDocumentFactory(body=membership.body)
    financing = FinancingModelFactory(collaboration=collaboration)
    indicator = IndicatorFactory(goal__document__collaboration=collaboration, areas=[area("1880")])
    goal = indicator.goal
    value = value_of(indicator, 2016, 15.0, area=area("1880"))
    round_ = FollowUpRoundFactory(collaboration=collaboration, coordinating_organization=region)
    goal_assessment = steer_services.assess(round_, actor=SYSTEM, goal=goal, status="at_risk", text="Går långsamt.")
    steer_services.assess(round_, actor=SYSTEM, indicator=indicator, status="on_track")
    analysis = steer_services.save_situation_analysis(collaboration, actor=SYSTEM, problem="Hög arbetslöshet")
    benefit = steer_services.set_own_benefit(collaboration, party, actor=SYSTEM, text="Fler i arbete")
    series = Series.objects.create(source="kolada", external_id="N00945", title="Arbetslöshet 18–24 år", unit="%")
    Observation.objects.create(series=series, area=area("1880"), period="2016", year=2016, value=12.5)
    Observation.objects.create(series=series, area=area("18"), period="2016", year=2016, value=None)
    run = stats_services.start_kolada_import(actor=user, kpi_ids=["N00945"], municipality_ids=["1880"], enqueue=False)
    ids = {
        "adoptions": adoption.pk,
        "agreement-versions": version.pk,
        "agreements": version.agreement.pk,
        "analysis-actors": AnalysisActorFactory(collaboration=collaboration).pk,
        "analysis-entries": AnalysisEntryFactory(round=round_).pk,
        "assignments": AssignmentFactory(
            body=membership.body,
            given_on=datetime.date(2026, 1, 20),
            owner_person=membership.person,
            owner_organization=party,
        ).pk,
        "areas": "1880",
        "assessments": goal_assessment.pk,
        "bodies": membership.body.pk,
        "body-documents": document.pk,
        "collaborations": collaboration.slug,
        "environmental-scans": EnvironmentalScanFactory(collaboration=collaboration).pk,
        "evidence": EvidenceFactory(collaboration=collaboration).pk,
        "external-funding": ExternalFundingFactory(collaboration=collaboration).pk,
        "financing-models": financing.pk,
        "financing-shares": financing.shares.first().pk,
        "follow-up-duties": FollowUpDutyFactory(collaboration=collaboration).pk,
        "follow-up-rounds": round_.pk,
        "goal-conflicts": GoalConflictFactory(goal=goal).pk,
        "goal-documents": goal.document.pk,
        "goals": goal.pk,
        "import-runs": run.pk,
        "indicator-values": value.pk,
        "indicators": indicator.pk,
        "memberships": membership.pk,
        "organizations": party.pk,
        "own-benefits": benefit.pk,
        "own-goals": OwnGoalFactory(goal=goal, organization=party).pk,
        "participations": collaboration.participations.get(organization=party).pk,
        "people": user.person.pk,
        "resource-commitments": ResourceCommitmentFactory(collaboration=collaboration, organization=party).pk,
        "responsibilities": ResponsibilityFactory(collaboration=collaboration, organization=party).pk,
        "roles": collaboration.roles.first().pk,
        "series": series.pk,
        "situation-analyses": analysis.pk,
    }
    decision = DecisionFactory(item=decision_item(body=membership.body))
    ids["decisions"] = decision.pk
    ids["reservations"] = lead_decisions.add_reservation(decision, actor=SYSTEM, organization=party).pk
    # lead: meetings
    meeting = held_meeting(body=membership.body, date=datetime.date(2026, 3, 10))
    ids["meetings"] = meeting.pk
    ids["agenda-items"] = AgendaItemFactory(meeting=meeting).pk
    ids["attendances"] = meeting.attendances.first().pk
    ids["minutes-approvals"] = lead_services.name_approvers(meeting, actor=SYSTEM, persons=[membership.person])[0].pk
    item = AgendaItem.objects.get(pk=ids["agenda-items"])
    upload = SimpleUploadedFile("underlag.pdf", b"%PDF-1.4 underlag")
    ids["agenda-documents"] = attendance.add_agenda_document(item, actor=SYSTEM, title="Underlag", attachment=upload).pk
    ids["meeting-documents"] = lead_documents.request_document(meeting, "kallelse", "pdf", actor=user).pk
    ids["calendar-feeds"] = lead_calendar.create_feed(user.person, actor=user)[0].pk
    ids.update(_work_demo(collaboration, party, goal))
    # last: the handover moves the member's seat and calls to a successor
    ids.update(_lead_communication_demo(collaboration, membership))
    invitee = PersonFactory(first_name="Inbjuden", last_name="Schemathesis", email="inbjuden@example.org")
    actor_services.add_representation(invitee, party, actor=SYSTEM)
    ids["invitations"] = actor_services.invite_person(invitee, actor=SYSTEM).pk
    ids["users"] = user.pk  # the coordinator's own account: hidden (404) from anyone but the administrators
    token = Token.objects.create(user=user)
    return {"token": token.key, "ids": ids, "collaboration": collaboration.slug}


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker):
    """Built once for all operations, in a transaction rolled back after them; each operation's own
    test transaction (`db`) undoes what its requests wrote, so each starts from the same data."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield _build_demo()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def demo(demo_data, db):
    return demo_data


def _names_a_demo_object(value) -> bool:
    """Most generated path values are replaced by a demo object's; one in three is kept and names
    no object (a 404). Decided by the value, so a run is repeatable."""
    return len(str(value)) % 3 != 0


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_every_operation_answers_as_the_schema_says(case, demo, wsgi_app):
    kind = case.operation.path.split("/")[2]
    if case.path_parameters and kind not in demo["ids"]:
        pytest.fail(f"/api/{kind}/: give the demo (`_build_demo`) an object of this kind and name it in `ids`")
    for name, value in (case.path_parameters or {}).items():
        if _names_a_demo_object(value):
            case.path_parameters[name] = demo["ids"][kind]
    if isinstance(case.body, dict) and "collaboration" in case.body:
        case.body["collaboration"] = demo["collaboration"]
    case.call_and_validate(app=wsgi_app, headers={"Authorization": f"Token {demo['token']}"})
