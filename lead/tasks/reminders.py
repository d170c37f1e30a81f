"""The scheduled reminder e-mails about assignments, run by the task worker (`lead_scheduler` enqueues it)."""

from django.utils import timezone
from django_tasks import task

from core.services import SYSTEM
from lead.services.reminders import send_due_reminders


@task()
def send_reminders_task() -> int:
    """Send every reminder due today that has not been sent (idempotent); returns how many were sent."""
    return send_due_reminders(timezone.localdate(), actor=SYSTEM)
