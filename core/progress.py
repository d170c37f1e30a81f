"""Progress of background tasks, written so that the page's progress bar can poll it."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Literal

from django.utils import timezone

from core.models import TaskProgress


def create_progress(kind: str, label: str, *, user: Any = None, total: int | None = None) -> TaskProgress:
    return TaskProgress.objects.create(
        kind=kind, label=label, total=total, created_by=user if getattr(user, "is_authenticated", False) else None
    )


class ProgressReporter:
    """Used by a task: `with ProgressReporter(pk) as progress: progress.advance(n)`.

    On an exception the task is marked failed with the exception's message (and re-raised), so the
    page says why; on success it is marked succeeded with the report. A task that must decide for itself
    when it has failed (an import, whose outcome commits with its data) calls `start` and `fail`.
    """

    def __init__(self, progress_id: int) -> None:
        self.progress = TaskProgress.objects.get(pk=progress_id)

    def __enter__(self) -> ProgressReporter:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Literal[False]:
        if exc is not None:
            self.fail(str(exc))
        elif self.progress.status == TaskProgress.Status.RUNNING:
            self._save(status=TaskProgress.Status.SUCCEEDED, finished_at=timezone.now())
        return False

    def start(self) -> ProgressReporter:
        self._save(status=TaskProgress.Status.RUNNING, started_at=timezone.now(), done=0, message="")
        return self

    def fail(self, message: str) -> None:
        self._save(status=TaskProgress.Status.FAILED, finished_at=timezone.now(), message=message[:2000])

    def _save(self, **fields: Any) -> None:
        for key, value in fields.items():
            setattr(self.progress, key, value)
        TaskProgress.objects.filter(pk=self.progress.pk).update(**fields)

    def set_total(self, total: int) -> None:
        self._save(total=total)

    def advance(self, n: int = 1, message: str | None = None) -> None:
        fields: dict[str, Any] = {"done": self.progress.done + n}
        if message is not None:
            fields["message"] = message
        self._save(**fields)

    def finish(self, report: dict[str, Any], message: str = "") -> None:
        self._save(status=TaskProgress.Status.SUCCEEDED, finished_at=timezone.now(), report=report, message=message)
