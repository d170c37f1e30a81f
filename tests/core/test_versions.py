"""The version a change is based on (core.versions): what moves it, and the row lock that keeps two
saves based on one version from both passing."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, connections, transaction

from actors.models import Area
from core import versions
from core.services import SYSTEM
from steer import services
from steer.models import Goal
from tests.factories.organize import party_of
from tests.factories.steer import GoalFactory

pytestmark = pytest.mark.django_db


def _refused(obj, based_on) -> bool:
    with transaction.atomic():
        try:
            versions.ensure_current(obj, based_on)
        except versions.StaleVersion:
            return True
    return False


def test_a_change_made_outside_the_services_makes_an_old_version_stale():
    goal = GoalFactory(title="Halvera ungdomsarbetslösheten")
    seen = versions.version_of(goal)
    Goal.objects.filter(pk=goal.pk).update(title="Ändrat i admin")  # no history record

    assert _refused(goal, seen)
    assert goal.title == "Ändrat i admin"  # the object now holds what is stored


def test_a_changed_link_makes_an_old_version_stale_and_the_same_values_do_not():
    goal = GoalFactory()
    seen = versions.version_of(goal)
    services.update_goal(goal, actor=SYSTEM, title=goal.title)  # saved again, nothing changed
    assert not _refused(goal, seen)

    services.update_goal(goal, actor=SYSTEM, shared_with=[party_of(goal.collaboration)])

    assert _refused(goal, seen)


def test_the_refusal_names_the_object_and_is_a_validation_error():
    goal = GoalFactory(title="Fler unga i utbildning")
    seen = versions.version_of(goal)
    services.update_goal(goal, actor=SYSTEM, target_year=2030)

    with pytest.raises(ValidationError) as refused, transaction.atomic():
        versions.ensure_current(goal, seen)

    assert refused.value.messages == ["Någon annan har ändrat ”Fler unga i utbildning” sedan du öppnade sidan."]


def test_the_row_stays_locked_from_the_check_until_the_write_commits():
    """A second writer cannot take the row between the first one's check and its commit (PostgreSQL:
    SQLite has no row locks; its database-wide write lock orders the writers)."""
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's")
    area = Area.objects.get(scb_code="10")  # committed before the test, so another connection sees it
    outcome = []

    def second_writer():
        try:
            with transaction.atomic():
                Area.objects.select_for_update(nowait=True).get(pk=area.pk)
            outcome.append("took the row")
        except DatabaseError:
            outcome.append("row locked")
        finally:
            connections.close_all()

    with transaction.atomic():
        versions.ensure_current(area, versions.version_of(area))
        writer = threading.Thread(target=second_writer)
        writer.start()
        writer.join()

    assert outcome == ["row locked"]
