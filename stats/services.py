"""Starting and running imports; every run is recorded in the history, whatever its outcome."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.history import record_change, snapshot
from core.progress import ProgressReporter, create_progress
from core.services import SYSTEM, field_error, require
from stats.choices import RunStatus, SourceKind
from stats.http import StatsSourceError
from stats.models import ImportRun


def _clean_kolada_request(kpi_ids: list[str], municipality_ids: list[str], years: list[int] | None) -> dict[str, Any]:
    kpis = [k.strip().upper() for k in kpi_ids if k and k.strip()]
    if not kpis:
        raise field_error("kpi_ids", _("Ange minst ett KPI-id, till exempel N00945."))
    bad = [k for k in kpis if not k.isalnum() or len(k) > 12]
    if bad:
        raise field_error("kpi_ids", _("Ogiltigt KPI-id: %(ids)s.") % {"ids": ", ".join(bad)})
    if not municipality_ids:
        raise field_error("areas", _("Välj minst ett område."))
    clean_years = sorted({int(y) for y in years or []})
    if any(not 1900 <= y <= 2200 for y in clean_years):
        raise field_error("years", _("År ska ligga mellan 1900 och 2200."))
    return {"kpi_ids": kpis, "municipality_ids": sorted(set(municipality_ids)), "years": clean_years}


def start_kolada_import(
    *, actor: Any, kpi_ids: list[str], municipality_ids: list[str], years: list[int] | None = None, enqueue: bool = True
) -> ImportRun:
    """Create the run and its progress bar and hand the work to the task worker."""
    require(actor, "stats.import")
    request = _clean_kolada_request(kpi_ids, municipality_ids, years)
    label = _("Import från Kolada: %(kpis)s för %(n)d områden") % {
        "kpis": ", ".join(request["kpi_ids"]),
        "n": len(request["municipality_ids"]),
    }
    with transaction.atomic():
        progress = create_progress("stats.import", label, user=actor)
        run = ImportRun.objects.create(
            source=SourceKind.KOLADA,
            label=label,
            request=request,
            progress=progress,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        record_change(run, "stats.import.started", actor=actor, after=snapshot(run))
    if enqueue:
        from stats.tasks import import_from_kolada

        result = import_from_kolada.enqueue(run.pk)
        progress.task_result_id = str(result.id)
        progress.save(update_fields=["task_result_id"])
    return run


def rerun(run: ImportRun, *, actor: Any) -> ImportRun:
    """Run a failed (or any) import again with the same request."""
    request = run.request
    return start_kolada_import(
        actor=actor, kpi_ids=request["kpi_ids"], municipality_ids=request["municipality_ids"], years=request["years"]
    )


def run_kolada_import(run_id: int) -> ImportRun:
    """The work of the task: import, then record the outcome. A failure leaves the data as it was."""
    from stats.importers import import_kolada

    run = ImportRun.objects.select_related("progress", "created_by").get(pk=run_id)
    request = run.request
    try:
        with ProgressReporter(run.progress_id) as progress:
            report = import_kolada(
                run, request["kpi_ids"], request["municipality_ids"], request["years"] or None, progress=progress
            )
            progress.finish(report.as_dict(), message=_("Importen är klar."))
    except Exception as exc:  # the data are as they were (the import's transaction rolled back)
        _finish(run, RunStatus.FAILED, reason=str(exc))
        if not isinstance(exc, StatsSourceError):
            raise
        return run
    _finish(run, RunStatus.SUCCEEDED, report=report.as_dict())
    return run


def _finish(run: ImportRun, status: str, *, report: dict | None = None, reason: str = "") -> None:
    with transaction.atomic():
        before = snapshot(run)
        run.status, run.reason, run.finished_at = status, reason, timezone.now()
        run.report = report or {}
        run.save(update_fields=["status", "reason", "finished_at", "report"])
        action = "stats.import.succeeded" if status == RunStatus.SUCCEEDED else "stats.import.failed"
        record_change(run, action, actor=run.created_by or SYSTEM, before=before, after=snapshot(run), reason=reason)
