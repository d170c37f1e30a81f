"""Background tasks of statistics: imports run in the worker, never in the request."""

from django_tasks import task

from stats.services import run_kolada_import


@task()
def import_from_kolada(run_id: int) -> str:
    return run_kolada_import(run_id).status
