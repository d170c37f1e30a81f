"""Every foreign key that caps an object's visibility is brought under the cap for old data too."""

import importlib

import pytest

from core.capping import cap_existing
from core.permissions import ScopedModel, capping_relations
from core.queries import scoped_models

MIGRATIONS = [
    "organize.migrations.0003_cap_visibility",
    "steer.migrations.0005_cap_visibility",
    "steer.migrations.0009_cap_superseded_goals",
    "lead.migrations.0002_cap_visibility",
    "work.migrations.0002_cap_visibility",
]


def test_every_capping_relation_has_its_pair_in_a_data_migration():
    pairs = {pair for name in MIGRATIONS for pair in importlib.import_module(name).PAIRS}
    wanted = {
        (m._meta.label, fk.name) for m in scoped_models() if issubclass(m, ScopedModel) for fk in capping_relations(m)
    }
    assert wanted - pairs == set(), "add these to a migration that calls core.capping.cap_existing"


@pytest.mark.django_db
def test_old_data_more_visible_than_its_parent_are_narrowed_and_recorded():
    from django.apps import apps

    from core.models import ChangeRecord
    from steer.models import Goal, Indicator
    from tests.factories.collaborations import CollaborationFactory
    from tests.factories.organize import party_of
    from tests.factories.steer import GoalDocumentFactory, GoalFactory, IndicatorFactory

    collaboration = CollaborationFactory(visibility="public")
    named = party_of(collaboration)
    goal = GoalFactory(document=GoalDocumentFactory(collaboration=collaboration, visibility="public"))
    sub_goal = GoalFactory(document=goal.document, parent=goal, visibility="public")
    indicator = IndicatorFactory(goal=sub_goal, visibility="public")
    Goal.objects.filter(pk=goal.pk).update(visibility="named")  # as old data were written
    goal.shared_with.set([named])

    narrowed = cap_existing(apps, importlib.import_module(MIGRATIONS[1]).PAIRS)

    assert narrowed >= 2
    for obj in (Goal.objects.get(pk=sub_goal.pk), Indicator.objects.get(pk=indicator.pk)):
        assert obj.visibility == "named" and list(obj.shared_with.all()) == [named]
    assert ChangeRecord.objects.filter(object_id=indicator.pk, action="core.visibility.capped").exists()
