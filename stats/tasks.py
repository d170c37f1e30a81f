"""Background tasks of statistics: imports run in the worker, never in the request."""

from django_tasks import task

from stats.services import run_import


@task()
def run_import_task(run_id: int) -> str:
    return run_import(run_id).status
