"""The writes of statistics: imports, following a series, and Kolada's catalogue; each recorded in the history.

How they are recorded. An import writes series and up to millions of observations in one transaction;
it is recorded once, on its run ("stats.import.started", then "…succeeded" with its report of what
was added, revised and removed, or "…failed" with the reason), in the transaction of its data. Following
a series is a change of the series. The catalogue is recorded per refresh (`update_catalogue` says why).
Observations and catalogue entries are written in sets, which send no signal: their writers move the
statistics' change counter themselves (`stats.bulk`, `update_catalogue`; `core.generations`).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import generations
from core.history import record_change, snapshot
from core.models import TaskProgress
from core.progress import ProgressReporter, create_progress
from core.services import SYSTEM, field_error, require
from core.workers import pause_point
from stats import catalogue
from stats.choices import RunStatus, SourceKind
from stats.http import StatsSourceError
from stats.models import CatalogueEntry, ImportRun, Series

if TYPE_CHECKING:
    from stats.importers import KoladaImportReport


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
    *,
    actor: Any,
    kpi_ids: list[str],
    municipality_ids: list[str],
    years: list[int] | None = None,
    from_date: str | None = None,
    enqueue: bool = True,
) -> ImportRun:
    """Create the run and its progress bar and hand the work to the task worker."""
    require(actor, "stats.import")
    request = _clean_kolada_request(kpi_ids, municipality_ids, years)
    if from_date:
        request["from_date"] = from_date
    n_areas = len(request["municipality_ids"])
    label = ngettext(
        "Import från Kolada: %(kpis)s för %(n)d område", "Import från Kolada: %(kpis)s för %(n)d områden", n_areas
    ) % {
        "kpis": ", ".join(request["kpi_ids"]),
        "n": len(request["municipality_ids"]),
    }
    return _start(actor, SourceKind.KOLADA, label, request, enqueue)


def rerun(run: ImportRun, *, actor: Any) -> ImportRun:
    """Run a failed (or any) import again with the same request."""
    request = run.request
    if run.source == SourceKind.SCB:
        return start_scb_import(actor=actor, table_id=request["table_id"], selection=request["selection"])
    if run.source == SourceKind.FILE:
        require(actor, "stats.import")
        return _start(actor, SourceKind.FILE, run.label, request, True)
    return start_kolada_import(
        actor=actor,
        kpi_ids=request["kpi_ids"],
        municipality_ids=request["municipality_ids"],
        years=request["years"],
        from_date=request.get("from_date"),
    )


def start_scb_import(*, actor: Any, table_id: str, selection: dict[str, list[str]], enqueue: bool = True) -> ImportRun:
    """An import of an SCB table selection, run by the task worker."""
    require(actor, "stats.import")
    table_id = (table_id or "").strip()
    if not table_id or not table_id.replace("_", "").isalnum():
        raise field_error("table_id", _("Ange ett tabell-id från SCB, till exempel TAB6471."))
    if not selection or not all(isinstance(v, list) and v for v in selection.values()):
        raise field_error("selection", _("Välj minst ett värde för varje variabel."))
    label = _("Import från SCB: %(table)s") % {"table": table_id}
    return _start(actor, SourceKind.SCB, label, {"table_id": table_id, "selection": selection}, enqueue)


MAX_UPLOAD_MB = 50


def start_file_import(*, actor: Any, upload: Any, enqueue: bool = True) -> ImportRun:
    """Store the uploaded CSV or Excel file and import it in the task worker."""
    from django.core.files.storage import default_storage

    require(actor, "stats.import")
    name = getattr(upload, "name", "") or ""
    if not name.lower().endswith((".csv", ".txt", ".xlsx", ".xlsm")):
        raise field_error("file", _("Ladda upp en CSV-fil eller en Excelfil (.xlsx)."))
    if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
        raise field_error("file", _("Filen är större än %(mb)d MB; dela upp den.") % {"mb": MAX_UPLOAD_MB})
    path = default_storage.save(f"imports/{timezone.now():%Y%m%d-%H%M%S}-{name}", upload)
    label = _("Import från fil: %(name)s") % {"name": name}
    return _start(actor, SourceKind.FILE, label, {"path": path, "name": name}, enqueue)


def _start(actor: Any, source: str, label: str, request: dict[str, Any], enqueue: bool) -> ImportRun:
    with transaction.atomic():
        progress = create_progress("stats.import", label, user=actor)
        run = ImportRun.objects.create(
            source=source,
            label=label,
            request=request,
            progress=progress,
            created_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        record_change(run, "stats.import.started", actor=actor, after=snapshot(run))
    if enqueue:
        _enqueue(run)
    return run


def _enqueue(run: ImportRun) -> None:
    from stats.tasks import run_import_task

    assert run.progress_id is not None  # every run is created with its progress
    result = run_import_task.enqueue(run.pk)
    TaskProgress.objects.filter(pk=run.progress_id).update(task_result_id=str(result.id))


def run_import(run_id: int) -> ImportRun:
    """The work of the task: import and record the outcome. A failure leaves the data as they were.

    The data, the run's status "succeeded", its report, its progress, its history record and the cache
    counter it raises commit in one transaction, so that status and data never disagree: a worker killed
    at any moment before that commit leaves the data as they were and the run unfinished (its task goes
    back to the queue, and a run that nobody takes up again is marked failed by `fail_stale_runs`, which
    is then true); killed after it, the run has succeeded, and a task that comes back to the queue does
    not import it again. The worker holds the run's row locked while it works on it.
    """
    with transaction.atomic():
        run = _running(run_id)
        if run is None:
            return ImportRun.objects.get(pk=run_id)  # finished already (its outcome committed)
        assert run.progress_id is not None  # every run is created with its progress
        progress = ProgressReporter(run.progress_id).start()
    try:
        with transaction.atomic():
            run = _running(run_id)
            if run is None:  # marked failed meanwhile: it waited for a worker too long
                return ImportRun.objects.get(pk=run_id)
            report = _import(run, progress)
            progress.finish(report.as_dict(), message=_("Importen är klar."))
            _finish(run, RunStatus.SUCCEEDED, report=report.as_dict())
            pause_point("import-commit")
    except Exception as exc:  # the data are as they were (the import's transaction rolled back)
        if isinstance(exc, StatsSourceError):
            reason, detail = str(exc), exc.detail
        else:
            reason, detail = _("Importen avbröts av ett oväntat fel."), f"{type(exc).__name__}: {exc}"
        progress.fail(reason)
        run = _fail(run_id, reason, detail)
        if not isinstance(exc, StatsSourceError):
            raise
    return run


def _running(run_id: int) -> ImportRun | None:
    """The run, locked for this transaction, if it is still to be done."""
    run = ImportRun.objects.select_for_update().get(pk=run_id)
    return run if run.status == RunStatus.RUNNING else None


def _import(run: ImportRun, progress: ProgressReporter) -> KoladaImportReport:
    from stats.importers import import_file, import_kolada, import_scb

    request = run.request
    if run.source == SourceKind.SCB:
        return import_scb(run, request["table_id"], request["selection"], progress=progress)
    if run.source == SourceKind.FILE:
        return import_file(run, request["path"], request["name"], progress=progress)
    return import_kolada(
        run,
        request["kpi_ids"],
        request["municipality_ids"],
        request["years"] or None,
        from_date=request.get("from_date"),
        progress=progress,
    )


def _fail(run_id: int, reason: str, detail: str = "") -> ImportRun:
    with transaction.atomic():
        run = _running(run_id)
        if run is None:
            return ImportRun.objects.get(pk=run_id)
        _finish(run, RunStatus.FAILED, reason=reason, detail=detail)
    return run


def _finish(
    run: ImportRun, status: str, *, report: dict[str, Any] | None = None, reason: str = "", detail: str = ""
) -> None:
    with transaction.atomic():
        before = snapshot(run)
        run.status, run.reason, run.detail, run.finished_at = status, reason, detail, timezone.now()
        run.report = report or {}
        run.save(update_fields=["status", "reason", "detail", "finished_at", "report"])
        action = "stats.import.succeeded" if status == RunStatus.SUCCEEDED else "stats.import.failed"
        record_change(run, action, actor=run.created_by or SYSTEM, before=before, after=snapshot(run), reason=reason)


def follow_kolada_series(*, actor: Any, kpi_id: str, municipality_ids: list[str], enqueue: bool = True) -> ImportRun:
    """Follow a KPI for areas: import it now and keep it up to date with the scheduled refresh."""
    from stats.models import CatalogueEntry, Series

    require(actor, "stats.import")
    entry = CatalogueEntry.objects.filter(source=SourceKind.KOLADA, external_id=kpi_id, is_removed=False).first()
    if entry is None:
        raise field_error("kpi_id", _("%(kpi)s finns inte i Koladas katalog.") % {"kpi": kpi_id})
    run = start_kolada_import(actor=actor, kpi_ids=[kpi_id], municipality_ids=municipality_ids, enqueue=False)
    with transaction.atomic():
        from stats.importers import series_from_kolada

        series, _created = Series.objects.get_or_create(
            source=SourceKind.KOLADA, external_id=kpi_id, defaults=series_from_kolada(entry.metadata)
        )
        before = snapshot(series)
        series.followed_areas = sorted(set(series.followed_areas) | set(municipality_ids))
        series.save(update_fields=["followed_areas"])
        record_change(series, "stats.series.followed", actor=actor, before=before, after=snapshot(series))
    if enqueue:
        _enqueue(run)
    return run


def refresh_followed(*, actor: Any = SYSTEM) -> list[ImportRun]:
    """One import per followed series, for its followed areas (the scheduled refresh)."""
    from stats.models import Series

    runs = []
    for series in Series.objects.filter(source=SourceKind.KOLADA).exclude(followed_areas=[]):
        if series.is_discontinued:
            continue  # the page warns; importing a KPI Kolada no longer has would only fail
        # Only what Kolada changed since the last import (a delta); the first time, everything.
        since = series.imported_at.date().isoformat() if series.imported_at else None
        runs.append(
            start_kolada_import(
                actor=actor, kpi_ids=[series.external_id], municipality_ids=series.followed_areas, from_date=since
            )
        )
    return runs


def fail_stale_runs(*, older_than_hours: float | None = None) -> int:
    """Mark as failed the runs still 'running' long after they started whose worker stopped (was killed,
    or the machine went down). A run's data commit together with its status "succeeded" (`run_import`),
    so nothing of such a run was saved; a run a worker is working on is locked and left alone."""
    from datetime import timedelta

    from django.conf import settings

    hours = older_than_hours if older_than_hours is not None else float(getattr(settings, "STATS_RUN_TIMEOUT_HOURS", 6))
    cutoff = timezone.now() - timedelta(hours=hours)
    stale = ImportRun.objects.filter(status=RunStatus.RUNNING, started_at__lt=cutoff)
    if not stale.exists():  # the common case, without taking a lock
        return 0
    marked = 0
    with transaction.atomic():
        for run in stale.select_for_update(skip_locked=True):
            _finish(
                run,
                RunStatus.FAILED,
                reason=_(
                    "Avbruten: arbetsprocessen stannade innan importen var klar. Inget av den sparades; kör om den."
                ),
            )
            if run.progress_id:
                TaskProgress.objects.filter(pk=run.progress_id).update(
                    status=TaskProgress.Status.FAILED, finished_at=timezone.now(), message=run.reason
                )
            marked += 1
    return marked


# Kolada's catalogue ---------------------------------------------------------------------------------


def update_catalogue(
    kpis: list[dict[str, Any]], *, actor: Any, retrieved_at: datetime.datetime | None = None
) -> dict[str, int]:
    """Replace Kolada's catalogue with `kpis`: add what is new, update what changed, mark what
    disappeared, and warn the series whose KPI disappeared or was renamed. One transaction.

    How it is recorded. The catalogue is Kolada's reference list of about 6 000 KPIs, copied so that it
    can be searched in Swedish; nobody edits it here, and a refresh replaces it with Kolada's list of the
    day. A record per entry would write 6 000 records at the first load (eight times as long as the load
    itself, measured) and one more whenever Kolada publishes a KPI (its metadata change), each saying
    only that. A refresh is therefore one change, "stats.catalogue.updated", on the task record that keeps
    its report (an administrator sees it among the background tasks), naming every KPI added, changed
    and removed. What someone relies on — a followed or imported series that Kolada discontinued or
    renamed — is a change of that series, recorded on it.
    """
    require(actor, "stats.import")
    retrieved_at = retrieved_at or timezone.now()
    with transaction.atomic():
        existing = {e.external_id: e for e in CatalogueEntry.objects.filter(source=SourceKind.KOLADA)}
        by_id = {kpi["id"]: kpi for kpi in kpis if kpi.get("id")}
        new: list[CatalogueEntry] = []
        changed: list[CatalogueEntry] = []
        for kpi_id, kpi in by_id.items():
            fields = catalogue.entry_fields(kpi)
            entry = existing.get(kpi_id)
            if entry is None:
                new.append(
                    CatalogueEntry(source=SourceKind.KOLADA, external_id=kpi_id, retrieved_at=retrieved_at, **fields)
                )
            elif entry.is_removed or any(getattr(entry, key) != value for key, value in fields.items()):
                for key, value in fields.items():
                    setattr(entry, key, value)
                entry.is_removed = False
                changed.append(entry)
        CatalogueEntry.objects.bulk_create(new, batch_size=1000)
        # Only what changed is rewritten (a refresh in which Kolada changed nothing writes one UPDATE).
        CatalogueEntry.objects.bulk_update(changed, [*catalogue.entry_fields({}), "is_removed"], batch_size=500)
        removed = sorted(kpi_id for kpi_id, e in existing.items() if kpi_id not in by_id and not e.is_removed)
        CatalogueEntry.objects.filter(source=SourceKind.KOLADA, external_id__in=removed).update(is_removed=True)
        CatalogueEntry.objects.filter(source=SourceKind.KOLADA, is_removed=False).update(retrieved_at=retrieved_at)
        generations.bump_model(CatalogueEntry)  # written in sets: no signal moved it
        warnings = _warn_series(by_id, actor=actor)
        report = {"nya": len(new), "uppdaterade": len(changed), "borttagna": len(removed), "varningar": warnings}
        progress = create_progress("stats.catalogue", _("Koladas katalog uppdaterad"), user=actor)
        ProgressReporter(progress.pk).start().finish(report, message=_("Katalogen är uppdaterad från Kolada."))
        record_change(
            progress,
            "stats.catalogue.updated",
            actor=actor,
            after={
                "nya": sorted(e.external_id for e in new),
                "uppdaterade": sorted(e.external_id for e in changed),
                "borttagna": removed,
                "hämtad": retrieved_at.isoformat(),
            },
        )
    return report


def _warn_series(catalogue_by_id: dict[str, dict[str, Any]], *, actor: Any) -> int:
    """A followed or imported series whose KPI disappeared is discontinued; a changed title is noted.
    Each is a recorded change of the series."""
    warned = 0
    for series in Series.objects.filter(source=SourceKind.KOLADA):
        kpi = catalogue_by_id.get(series.external_id)
        before = snapshot(series)
        if kpi is None:
            if series.is_discontinued:
                continue
            series.is_discontinued = True
            series.save(update_fields=["is_discontinued"])
            action = "stats.series.discontinued"
        elif kpi.get("title") and kpi["title"] != series.title and "title" not in series.changed_at_source:
            series.changed_at_source = {**series.changed_at_source, "title": [series.title, kpi["title"]]}
            series.save(update_fields=["changed_at_source"])
            action = "stats.series.renamed_at_source"
        else:
            continue
        record_change(series, action, actor=actor, before=before, after=snapshot(series))
        warned += 1
    return warned


def load_catalogue_snapshot(*, actor: Any = SYSTEM) -> dict[str, int]:
    """The catalogue shipped with the project (Kolada v3 /kpi, March 2026), so that search works offline."""
    taken = timezone.make_aware(datetime.datetime.combine(catalogue.SNAPSHOT_TAKEN, datetime.time()))
    return update_catalogue(catalogue.snapshot_kpis(), actor=actor, retrieved_at=taken)


def refresh_catalogue(*, actor: Any = SYSTEM) -> dict[str, int]:
    """The live catalogue from Kolada (all pages); the scheduled refresh."""
    return update_catalogue(catalogue.live_kpis(), actor=actor)
