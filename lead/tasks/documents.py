"""Rendering a kallelse or protokoll (PDF or Word) in the task worker, with its progress on the page."""

from django_tasks import task

from core.progress import ProgressReporter
from core.services import SYSTEM
from lead.models import MeetingDocument
from lead.services.documents import render_document


def run_render(document_id: int) -> str:
    """Render the document for the user who asked for it; its progress says how far it got, or why not."""
    document = (
        MeetingDocument.objects.visible_to(SYSTEM)
        .select_related("meeting__body", "meeting__collaboration", "requested_by")
        .get(pk=document_id)
    )
    if document.progress_id is None:
        return render_document(document, actor=SYSTEM).file.name
    with ProgressReporter(document.progress_id) as progress:
        rendered = render_document(document, actor=SYSTEM, progress=progress)
        progress.finish({"fil": rendered.file.name.rsplit("/", 1)[-1]}, message=str(rendered))
    return rendered.file.name


@task()
def render_document_task(document_id: int) -> str:
    return run_render(document_id)
