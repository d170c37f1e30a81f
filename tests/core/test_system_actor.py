"""One meaning of "no user": `SYSTEM` is the platform itself (it may do and see everything), `None` is no
one (the gateway reads it as an anonymous visitor, a service refuses it)."""

import pytest
from django.core.exceptions import PermissionDenied

from core.models import ChangeRecord
from core.services import SYSTEM
from steer import services
from steer.models import Goal, IndicatorTarget
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory


@pytest.fixture
def named_goal(db):
    collaboration = CollaborationFactory(visibility="public")
    document = GoalDocumentFactory(collaboration=collaboration, visibility="public")
    return GoalFactory(document=document, visibility="named", shared_with=[party_of(collaboration)])


def test_a_service_refuses_none_and_records_nothing(named_goal):
    with pytest.raises(PermissionDenied, match="Ingen användare"):
        services.update_goal(named_goal, actor=None, title="Ändrat av ingen")
    named_goal.refresh_from_db()
    assert named_goal.title != "Ändrat av ingen"
    assert not ChangeRecord.objects.filter(object_id=named_goal.pk, action="steer.goal.updated").exists()


def test_the_system_changes_and_is_recorded_as_system(named_goal):
    services.update_goal(named_goal, actor=SYSTEM, title="Ändrat av systemet")
    record = ChangeRecord.objects.get(object_id=named_goal.pk, action="steer.goal.updated")
    assert record.actor is None and record.actor_name == "system"


def test_the_gateway_shows_the_system_everything_and_none_only_what_is_public(named_goal):
    assert Goal.objects.visible_to(SYSTEM).filter(pk=named_goal.pk).exists()
    assert not Goal.objects.visible_to(None).filter(pk=named_goal.pk).exists()


def test_a_part_is_as_visible_as_its_aggregate(named_goal):
    """An indicator's target has no visibility of its own (`ScopedPart`): it follows the indicator."""
    indicator = IndicatorFactory(goal=named_goal, visibility="named", shared_with=list(named_goal.shared_with.all()))
    services.update_indicator(indicator, actor=SYSTEM, targets=[{"year": 2030, "value": 5.0}])
    target = indicator.targets.get()
    assert not IndicatorTarget.objects.visible_to(None).filter(pk=target.pk).exists()
    services.update_goal(named_goal, actor=SYSTEM, visibility="public")
    services.update_indicator(indicator, actor=SYSTEM, visibility="public")
    assert IndicatorTarget.objects.visible_to(None).filter(pk=target.pk).exists()
