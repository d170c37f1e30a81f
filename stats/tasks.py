"""Background tasks of statistics: imports and the refresh of the areas run in the worker, never in the request."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django_tasks import task

from actors import services as actor_services
from actors.models import User
from actors.territory import area_rows_from_kolada
from core.progress import ProgressReporter
from core.services import SYSTEM
from stats.kolada import KoladaClient
from stats.services import run_import


@task()
def run_import_task(run_id: int) -> str:
    return run_import(run_id).status


@task()
def refresh_followed_task() -> int:
    """The scheduled refresh: an import of every followed series (each its own all-or-nothing run)."""
    from stats.services import refresh_followed

    return len(refresh_followed())


@task()
def refresh_catalogue_task() -> dict:
    from stats.services import refresh_catalogue

    return refresh_catalogue()


def run_area_refresh(progress_id: int, actor_id: int | None = None) -> dict:
    """Read Kolada's area list and update the areas; one transaction for all writes.

    It lives here, beside the Kolada client, rather than in `actors`: `stats` builds on `actors`, and the
    territory's refresh is a read from one of the statistics sources."""
    with ProgressReporter(progress_id) as progress:
        actor = SYSTEM if actor_id is None else User.objects.filter(pk=actor_id).first()
        if actor is None:  # the user who started it is gone: nothing runs with more rights than theirs
            raise PermissionDenied(_("Användaren som startade uppdateringen finns inte längre; inget ändrades."))
        progress.set_total(2)
        with KoladaClient() as client:
            values = client.municipalities()
        progress.advance(1, message=f"{len(values)} områden lästa från Kolada")
        rows, problems = area_rows_from_kolada(values)
        report = actor_services.upsert_areas(rows, actor=actor, reason="Uppdatering från Kolada /v3/municipality")
        progress.advance(1)
        summary = {
            "lästa": len(values),
            "nya": report.created,
            "ändrade": report.updated,
            "oförändrade": report.unchanged,
            "problem": problems,
        }
        progress.finish(summary, message="Områdena är uppdaterade från Kolada.")
    return summary


@task()
def refresh_areas_from_kolada(progress_id: int, actor_id: int | None = None) -> dict:
    return run_area_refresh(progress_id, actor_id)
