"""The refresh of the areas from Kolada: a task of `stats` (beside the Kolada client) started from the
territory's page or by `manage.py refresh_areas`."""

import pytest

from actors.models import Area
from core.models import ChangeRecord, TaskProgress
from core.progress import create_progress
from stats.tasks import run_area_refresh


@pytest.mark.django_db
def test_refresh_from_kolada_replays_the_recorded_area_list(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_municipalities"
    Area.objects.filter(scb_code="18").update(kolada_title="Gammal titel")
    progress = create_progress("actors.refresh_areas", "Uppdatera områden")
    summary = run_area_refresh(progress.pk)
    progress.refresh_from_db()
    assert progress.status == TaskProgress.Status.SUCCEEDED
    assert summary["lästa"] == 312
    assert summary["ändrade"] == 1 and summary["nya"] == 0
    assert Area.objects.get(scb_code="18").kolada_title == "Region Örebro län"
    record = ChangeRecord.objects.get(action="actors.area.updated", object_id=Area.objects.get(scb_code="18").pk)
    assert record.changes["kolada_title"] == ["Gammal titel", "Region Örebro län"]


@pytest.mark.django_db
def test_refresh_with_an_unexpected_answer_fails_with_a_reason_and_changes_nothing(settings):
    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_broken"
    progress = create_progress("actors.refresh_areas", "Uppdatera områden")
    before = list(Area.objects.values_list("scb_code", "kolada_title"))
    with pytest.raises(Exception):  # noqa: B017 - the message is asserted below
        run_area_refresh(progress.pk)
    progress.refresh_from_db()
    assert progress.status == TaskProgress.Status.FAILED
    assert "values" in progress.message
    assert list(Area.objects.values_list("scb_code", "kolada_title")) == before


@pytest.mark.django_db
def test_a_refresh_whose_user_is_gone_fails_and_changes_nothing(settings):
    """A task runs with its user's rights, never more: when that user has been deleted meanwhile, it fails
    (it does not run as the system), saying why."""
    from django.core.exceptions import PermissionDenied

    from tests.factories.actors import user_for

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_municipalities"
    admin = user_for(None, email="admin@example.org", admin=True)
    progress = create_progress("actors.refresh_areas", "Uppdatera områden", user=admin)
    admin_id = admin.pk
    Area.objects.filter(scb_code="18").update(kolada_title="Gammal titel")
    admin.delete()
    with pytest.raises(PermissionDenied):
        run_area_refresh(progress.pk, admin_id)
    progress.refresh_from_db()
    assert progress.status == TaskProgress.Status.FAILED
    assert "finns inte längre" in progress.message
    assert Area.objects.get(scb_code="18").kolada_title == "Gammal titel"
    assert not ChangeRecord.objects.filter(action="actors.area.updated").exists()


@pytest.mark.django_db
def test_refresh_command_enqueues_a_task_that_the_worker_runs(settings):
    from django.core.management import call_command

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_municipalities"
    call_command("refresh_areas", verbosity=0)  # the immediate backend runs the task at once
    progress = TaskProgress.objects.get(kind="actors.refresh_areas")
    assert progress.status == TaskProgress.Status.SUCCEEDED
    assert progress.report["lästa"] == 312


@pytest.mark.django_db
def test_an_administrator_starts_the_refresh_and_sees_its_progress(settings, client):
    from tests.factories.actors import user_for

    settings.STATS_HTTP_TRANSPORT = "tests.replay.kolada_municipalities"
    client.force_login(user_for(None, email="admin@example.org", admin=True))
    response = client.post("/statistik/import/omraden/")
    progress = TaskProgress.objects.get(kind="actors.refresh_areas")
    assert response.status_code == 302 and response["Location"] == f"/jobb/{progress.pk}/"
    page = client.get(f"/jobb/{progress.pk}/").content.decode()
    assert "Klar" in page and "312" in page
    fragment = client.get(f"/jobb/{progress.pk}/", headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith(f'<div id="task-progress-{progress.pk}"') and "hx-trigger" not in fragment


@pytest.mark.django_db
def test_only_administrators_may_refresh_and_nobody_sees_others_tasks(client):
    from tests.factories.actors import OrganizationFactory, user_for

    client.force_login(user_for(OrganizationFactory(), email="vanlig@example.org"))
    response = client.post("/statistik/import/omraden/")
    assert response.status_code == 403
    assert "plattformsadministratörer" in response.content.decode()
    other = create_progress("actors.refresh_areas", "Någon annans jobb")
    assert client.get(f"/jobb/{other.pk}/").status_code == 404
