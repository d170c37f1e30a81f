"""Background tasks of statistics: imports run in the worker, never in the request."""

from django_tasks import task

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
