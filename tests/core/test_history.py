"""Every service records its change in the one history table, in the same transaction."""

import datetime
import importlib
import importlib.util
import inspect
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.test import Client

from actors import services as actor_services
from actors.models import Area, Invitation, Organization
from actors.queries import invitation_digest
from collaborations import services as collaboration_services
from core.history import record_change, snapshot
from core.models import ChangeRecord
from core.services import SYSTEM
from organize import services as organize_services
from tests.factories.actors import OrganizationFactory, PersonFactory, invitation_for, user_for
from tests.factories.collaborations import CollaborationFactory, ParticipationFactory
from tests.factories.organize import (
    AgreementFactory,
    AgreementVersionFactory,
    BodyDocumentFactory,
    BodyFactory,
    ExternalFundingFactory,
    FinancingModelFactory,
    FollowUpDutyFactory,
    MembershipFactory,
    ResourceCommitmentFactory,
    ResponsibilityFactory,
    party_of,
)
from tests.lead.history_scenarios import LEAD_SCENARIOS
from tests.stats.history_scenarios import STATS_SCENARIOS
from tests.steer.history_scenarios import STEER_SCENARIOS
from tests.work.history_scenarios import WORK_SCENARIOS

ROOT = Path(__file__).resolve().parents[2]


def _accepted_invitation():
    """An invitation used through its link (the service sends the secret only by e-mail; it is given anew)."""
    invitation = invitation_for()
    token = "en-hemlighet-for-testet"
    Invitation.objects.filter(pk=invitation.pk).update(token_digest=invitation_digest(token))
    return actor_services.accept_invitation(token, "Ett-nytt-losenord-31", actor=None)


def _adoption():
    version = AgreementVersionFactory()
    return organize_services.record_adoption(
        version, party_of(version.agreement.collaboration), actor=SYSTEM, status="pending"
    )


ORGANIZE_SCENARIOS = {
    "create_agreement": lambda: AgreementFactory(),
    "update_agreement": lambda: organize_services.update_agreement(AgreementFactory(), actor=SYSTEM, title="Nytt"),
    "delete_agreement": lambda: organize_services.delete_agreement(AgreementVersionFactory().agreement, actor=SYSTEM),
    "add_agreement_version": lambda: AgreementVersionFactory(),
    "update_agreement_version": lambda: organize_services.update_agreement_version(
        AgreementVersionFactory(), actor=SYSTEM, goals="Halverad ungdomsarbetslöshet"
    ),
    "record_adoption": _adoption,
    "remove_adoption": lambda: organize_services.remove_adoption(_adoption(), actor=SYSTEM),
    "add_responsibility": lambda: ResponsibilityFactory(),
    "update_responsibility": lambda: organize_services.update_responsibility(
        ResponsibilityFactory(), actor=SYSTEM, description="Ny beskrivning"
    ),
    "remove_responsibility": lambda: organize_services.remove_responsibility(ResponsibilityFactory(), actor=SYSTEM),
    "add_follow_up_duty": lambda: FollowUpDutyFactory(),
    "update_follow_up_duty": lambda: organize_services.update_follow_up_duty(
        FollowUpDutyFactory(), actor=SYSTEM, frequency="yearly"
    ),
    "remove_follow_up_duty": lambda: organize_services.remove_follow_up_duty(FollowUpDutyFactory(), actor=SYSTEM),
    "create_body": lambda: BodyFactory(),
    "update_body": lambda: organize_services.update_body(BodyFactory(), actor=SYSTEM, meeting_rhythm="Varje månad"),
    "delete_body": lambda: organize_services.delete_body(MembershipFactory().body, actor=SYSTEM),
    "add_membership": lambda: MembershipFactory(),
    "add_new_person_as_member": lambda: (
        lambda body: organize_services.add_new_person_as_member(
            body,
            party_of(body.collaboration),
            new_person={"first_name": "Eva", "last_name": "Holm"},
            actor=SYSTEM,
            position="member",
        )
    )(BodyFactory()),
    "update_membership": lambda: organize_services.update_membership(
        MembershipFactory(), actor=SYSTEM, position="chair"
    ),
    "remove_membership": lambda: organize_services.remove_membership(MembershipFactory(), actor=SYSTEM),
    "add_body_document": lambda: BodyDocumentFactory(),
    "remove_body_document": lambda: organize_services.remove_body_document(BodyDocumentFactory(), actor=SYSTEM),
    "create_financing_model": lambda: FinancingModelFactory(),
    "update_financing_model": lambda: organize_services.update_financing_model(
        FinancingModelFactory(), actor=SYSTEM, total=Decimal("250000.00")
    ),
    "delete_financing_model": lambda: organize_services.delete_financing_model(FinancingModelFactory(), actor=SYSTEM),
    "add_external_funding": lambda: ExternalFundingFactory(),
    "update_external_funding": lambda: organize_services.update_external_funding(
        ExternalFundingFactory(), actor=SYSTEM, amount=Decimal("1.00")
    ),
    "remove_external_funding": lambda: organize_services.remove_external_funding(
        ExternalFundingFactory(), actor=SYSTEM
    ),
    "set_resource_commitment": lambda: ResourceCommitmentFactory(),
    "remove_resource_commitment": lambda: organize_services.remove_resource_commitment(
        ResourceCommitmentFactory(), actor=SYSTEM
    ),
}


def _service_modules() -> list[str]:
    """The `services` module (or package) of every installed app of the project, so that an app added
    later is checked without anyone remembering to list it. Core's are the helpers that services are
    built from (`create_object`, `require`, …), each exercised through the services of the apps."""
    found = []
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if not path.is_relative_to(ROOT) or ".venv" in path.parts or config.name == "core":
            continue
        if importlib.util.find_spec(f"{config.name}.services") is not None:
            found.append(f"{config.name}.services")
    return found


SERVICE_MODULES = _service_modules()


def _services():
    for module_name in SERVICE_MODULES:
        module = importlib.import_module(module_name)
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__.startswith(module_name) and not name.startswith("_"):
                yield f"{module_name}.{name}", fn


# How to call each service once; the test fails for a service that is missing here.
SCENARIOS = {
    "actors.services.create_organization": lambda: actor_services.create_organization(
        actor=SYSTEM, name="Ny förening", sector="civil_society", kind="association"
    ),
    "actors.services.update_organization": lambda: actor_services.update_organization(
        OrganizationFactory(), actor=SYSTEM, name="Nytt namn"
    ),
    "actors.services.create_person": lambda: actor_services.create_person(actor=SYSTEM, first_name="A", last_name="B"),
    "actors.services.create_person_representing": lambda: actor_services.create_person_representing(
        OrganizationFactory(), actor=SYSTEM, first_name="A", last_name="B"
    ),
    "actors.services.update_person": lambda: actor_services.update_person(PersonFactory(), actor=SYSTEM, title="Chef"),
    "actors.services.add_representation": lambda: actor_services.add_representation(
        PersonFactory(), OrganizationFactory(), actor=SYSTEM
    ),
    "actors.services.remove_representation": lambda: actor_services.remove_representation(
        actor_services.add_representation(PersonFactory(), OrganizationFactory(), actor=SYSTEM), actor=SYSTEM
    ),
    "actors.services.create_user": lambda: actor_services.create_user("ny@example.org", "hemligt", actor=SYSTEM),
    "actors.services.invite_person": lambda: invitation_for(),
    "actors.services.resend_invitation": lambda: actor_services.resend_invitation(invitation_for(), actor=SYSTEM),
    "actors.services.revoke_invitation": lambda: actor_services.revoke_invitation(invitation_for(), actor=SYSTEM),
    "actors.services.accept_invitation": lambda: _accepted_invitation(),
    "actors.services.set_password": lambda: actor_services.set_password(
        user_for(None), "Ett-nytt-losenord-31", actor=SYSTEM
    ),
    "actors.services.deactivate_user": lambda: actor_services.deactivate_user(user_for(None), actor=SYSTEM),
    "actors.services.reactivate_user": lambda: actor_services.reactivate_user(
        actor_services.deactivate_user(user_for(None), actor=SYSTEM), actor=SYSTEM
    ),
    "actors.services.upsert_areas": lambda: actor_services.upsert_areas(
        [
            {
                "scb_code": "0114",
                "kolada_id": "0114",
                "kind": "municipality",
                "name": "Upplands Väsby",
                "official_name": "Upplands Väsby kommun",
                "kolada_title": "Upplands Väsby (ny titel)",
                "county_code": "01",
            }
        ],
        actor=SYSTEM,
    ),
    "actors.services.set_populations": lambda: actor_services.set_populations(
        [{"scb_code": "0114", "year": 2024, "gender": "T", "value": 50000, "source": "test"}], actor=SYSTEM
    ),
    "collaborations.services.create_collaboration": lambda: CollaborationFactory(),
    "collaborations.services.update_collaboration": lambda: collaboration_services.update_collaboration(
        CollaborationFactory(), actor=SYSTEM, stage="running"
    ),
    "collaborations.services.add_participation": lambda: ParticipationFactory(),
    "collaborations.services.add_parties": lambda: collaboration_services.add_parties(
        CollaborationFactory(),
        [OrganizationFactory.create()],
        new_organization={"name": "Ny förening", "sector": "civil_society", "kind": "association"},
        actor=SYSTEM,
    ),
    "collaborations.services.update_participation": lambda: collaboration_services.update_participation(
        ParticipationFactory(), actor=SYSTEM, role="funder"
    ),
    "collaborations.services.remove_participation": lambda: collaboration_services.remove_participation(
        ParticipationFactory(), actor=SYSTEM
    ),
    "collaborations.services.assign_role": lambda: collaboration_services.assign_role(
        CollaborationFactory(), PersonFactory(), "analyst", actor=SYSTEM
    ),
    "collaborations.services.update_role": lambda: collaboration_services.update_role(
        collaboration_services.assign_role(CollaborationFactory(), PersonFactory(), "analyst", actor=SYSTEM),
        actor=SYSTEM,
        end_date=datetime.date(2025, 6, 30),
    ),
    "collaborations.services.revoke_role": lambda: collaboration_services.revoke_role(
        collaboration_services.assign_role(CollaborationFactory(), PersonFactory(), "reader", actor=SYSTEM),
        actor=SYSTEM,
    ),
    **{f"organize.services.{name}": scenario for name, scenario in ORGANIZE_SCENARIOS.items()},
    **{f"steer.services.{name}": scenario for name, scenario in STEER_SCENARIOS.items()},
    **{f"stats.services.{name}": scenario for name, scenario in STATS_SCENARIOS.items()},
    **{f"lead.services.{name}": scenario for name, scenario in LEAD_SCENARIOS.items()},
    **{f"work.services.{name}": scenario for name, scenario in WORK_SCENARIOS.items()},
}


def test_the_services_of_every_app_of_the_project_are_checked():
    assert SERVICE_MODULES == [
        "actors.services",
        "collaborations.services",
        "organize.services",
        "stats.services",
        "steer.services",
        "lead.services",
        "work.services",
    ]


@pytest.mark.django_db
def test_there_is_no_admin_to_write_around_the_services():
    """The Django admin saved objects without a permission check of ours and without a history record."""
    client = Client()
    client.force_login(user_for(None, admin=True))
    assert "django.contrib.admin" not in settings.INSTALLED_APPS
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("name,service", list(_services()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_service_records_its_change(name, service):
    assert name in SCENARIOS, f"{name} has no history scenario; add one"
    before = ChangeRecord.objects.count()
    last = ChangeRecord.objects.order_by("-pk").first()
    SCENARIOS[name]()
    new = ChangeRecord.objects.filter(pk__gt=last.pk if last else 0)
    assert ChangeRecord.objects.count() > before
    assert all(r.action.count(".") >= 2 for r in new), [r.action for r in new]
    assert new.filter(action__startswith=name.split(".")[0]).exists()


@pytest.mark.django_db
def test_update_records_who_and_the_before_and_after_values():
    coordinator_org = OrganizationFactory(name="Region Test")
    user = user_for(coordinator_org, email="samordnare@example.org", first_name="Sara", last_name="Lind")
    collaboration = CollaborationFactory(coordinating_organization=coordinator_org, coordinator=user.person)
    collaboration_services.update_collaboration(collaboration, actor=user, stage="running", reason="Avtalet antaget")
    record = (
        ChangeRecord.objects.filter(collaboration=collaboration, action__startswith="collaborations.collaboration.")
        .exclude(action="collaborations.collaboration.created")
        .get()
    )
    assert record.action == "collaborations.collaboration.stage_changed"  # one record: the stage's event
    assert record.actor == user
    assert record.actor_name == "Sara Lind"
    assert record.changes["stage"] == ["initiating", "running"]
    assert record.before["stage"] == "initiating"
    assert record.after["stage"] == "running"
    assert record.collaboration_id == collaboration.pk
    assert record.reason == "Avtalet antaget"


@pytest.mark.django_db
def test_update_without_change_records_nothing():
    org = OrganizationFactory(name="Oförändrad")
    count = ChangeRecord.objects.count()
    actor_services.update_organization(org, actor=SYSTEM, name="Oförändrad")
    assert ChangeRecord.objects.count() == count


@pytest.mark.django_db
def test_a_refused_write_leaves_neither_data_nor_history():
    org = OrganizationFactory(name="Giltig")
    count = ChangeRecord.objects.count()
    with pytest.raises(Exception):  # noqa: B017 - the validation error is asserted in the service tests
        actor_services.update_organization(org, actor=SYSTEM, name="Ändrat", org_number="212000-1877")
    org.refresh_from_db()
    assert org.name == "Giltig"
    assert ChangeRecord.objects.count() == count


@pytest.mark.django_db
def test_record_change_by_the_system_names_the_system():
    area = Area.objects.get(scb_code="0114")
    with transaction.atomic():
        record = record_change(area, "actors.area.touched", actor=SYSTEM)
    assert record.actor_name == "system"
    assert record.object_repr == "Upplands Väsby kommun"


@pytest.mark.django_db
def test_user_snapshot_masks_the_password():
    user = actor_services.create_user("maskad@example.org", "hemligt-lösen", actor=SYSTEM)
    record = ChangeRecord.objects.get(action="actors.user.created", object_id=user.pk)
    assert record.after["password"] == "••••"
    assert "hemligt" not in str(record.after)
    assert snapshot(Organization(name="x"))["name"] == "x"


@pytest.mark.django_db
def test_history_names_what_the_reader_may_see_and_hides_the_rest_on_page_and_api():
    """A reference in a change (an indicator moved from one goal to another) is shown by the goal's
    title to whoever may see that goal, and as "dolt objekt", never by its id, to whoever may not."""
    from rest_framework.test import APIClient

    from steer import services as steer_services
    from tests.factories.actors import OrganizationFactory, user_for
    from tests.factories.collaborations import CollaborationFactory
    from tests.factories.organize import party_of
    from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

    collaboration = CollaborationFactory(visibility="public")
    insider_org = party_of(collaboration, name="Insatt kommun")
    outsider = user_for(OrganizationFactory(name="Utomstående AB"))
    insider = user_for(insider_org)
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    hidden_goal = GoalFactory(document=document, title="Hemligt delmål", visibility="public")
    open_goal = GoalFactory(document=document, title="Öppet delmål", visibility="public")
    indicator = IndicatorFactory(goal=hidden_goal, name="Flyttad indikator", visibility="public")
    steer_services.update_indicator(indicator, actor=SYSTEM, goal=open_goal)
    steer_services.update_goal(hidden_goal, actor=SYSTEM, visibility="named", shared_with=[insider_org])

    def moved(user):
        client = APIClient()
        client.force_login(user)
        records = client.get(f"/api/indicators/{indicator.pk}/history/").json()["results"]
        page = client.get(f"/samverkan/{collaboration.slug}/styrning/historik/indikator/{indicator.pk}/")
        return next(r["changes"]["goal"] for r in records if "goal" in r["changes"]), page.content.decode()

    changes, page = moved(outsider)
    assert changes == ["dolt objekt", "Öppet delmål"]
    assert "Hemligt delmål" not in page and "dolt objekt" in page and "Öppet delmål" in page
    changes, page = moved(insider)
    assert changes == ["Hemligt delmål", "Öppet delmål"]
    assert "Hemligt delmål" in page


@pytest.mark.django_db
def test_the_browsable_api_offers_only_goals_the_reader_may_see():
    """The <option> lists of the browsable API's forms name no object the reader may not see."""
    from rest_framework.test import APIClient

    from tests.factories.actors import user_for
    from tests.factories.collaborations import CollaborationFactory
    from tests.factories.organize import party_of
    from tests.factories.steer import GoalDocumentFactory, GoalFactory

    region_user = user_for(None)
    collaboration = CollaborationFactory(visibility="public", coordinator=region_user.person)
    insider, other = party_of(collaboration, name="Insatt kommun"), party_of(collaboration, name="Annan kommun")
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    GoalFactory(document=document, title="Namngivet delmål", visibility="named", shared_with=[insider])
    GoalFactory(document=document, title="Öppet delmål", visibility="public")
    client = APIClient()
    client.force_login(user_for(other))
    page = client.get("/api/indicators/", HTTP_ACCEPT="text/html").content.decode()
    assert "Öppet delmål" in page and "Namngivet delmål" not in page
