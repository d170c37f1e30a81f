"""Background tasks of the territory."""

from django_tasks import task

from actors import services
from actors.territory import area_rows_from_kolada
from core.progress import ProgressReporter
from core.services import SYSTEM
from stats.kolada import KoladaClient


def run_area_refresh(progress_id: int, actor_id: int | None = None) -> dict:
    """Read Kolada's area list and update the areas; one transaction for all writes."""
    from actors.models import User

    actor = SYSTEM if actor_id is None else User.objects.filter(pk=actor_id).first()  # gone: refused
    with ProgressReporter(progress_id) as progress:
        progress.set_total(2)
        with KoladaClient() as client:
            values = client.municipalities()
        progress.advance(1, message=f"{len(values)} områden lästa från Kolada")
        rows, problems = area_rows_from_kolada(values)
        report = services.upsert_areas(rows, actor=actor, reason="Uppdatering från Kolada /v3/municipality")
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
