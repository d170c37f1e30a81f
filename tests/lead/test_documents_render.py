"""Kallelse and protokoll as PDF and Word (L1): asked for on the meeting's documents page, rendered by the
task for the user who asked, with what that user may see, and downloaded by them alone."""

import io
from pathlib import Path

import docx
import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from weasyprint.formatting_structure import boxes

from core.models import TaskProgress
from lead.engine.documents import render_pdf_document
from lead.models import MeetingDocument
from lead.queries.documents import meeting_content
from lead.services import documents
from tests.factories.lead import MeetingFactory
from tests.lead.documents_world import council

pytestmark = pytest.mark.django_db

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _page(meeting):
    return f"/samverkan/{meeting.collaboration.slug}/ledning/moten/{meeting.pk}/kallelse-och-protokoll/"


def _ask(client, meeting, kind, fmt, capture):
    with capture(execute=True):  # the task is enqueued after the commit; the test backend runs it at once
        response = client.post(_page(meeting), {"kind": kind, "format": fmt})
    assert response.status_code == 302
    return MeetingDocument.objects.filter(meeting=meeting).order_by("-pk").first()


def _read(field) -> bytes:
    return Path(field.path).read_bytes()


def _download(response) -> bytes:
    """The file, read to its end: the test client then closes the response itself (closing it again here
    would close the test's database connection on PostgreSQL, through Django's request_finished)."""
    return b"".join(response.streaming_content)


def _login(user):
    client = Client()
    client.force_login(user)
    return client


def _word_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _pdf_pages(content) -> list[str]:
    """The text laid out on each page of the PDF (WeasyPrint's own layout, margin boxes included)."""
    document = render_pdf_document(content)
    return [
        " ".join(b.text for b in page._page_box.descendants() if isinstance(b, boxes.TextBox))
        for page in document.pages
    ]


def test_a_member_gets_the_protokoll_as_word_and_pdf_with_decisions_agenda_and_page_numbers(
    django_capture_on_commit_callbacks,
):
    c = council()
    anna = _login(c.anna)
    page = anna.get(_page(c.meeting)).content.decode()
    for label in ("Kallelse (PDF)", "Kallelse (Word)", "Protokoll (PDF)", "Protokoll (Word)"):
        assert label in page

    word = _ask(anna, c.meeting, "protokoll", "docx", django_capture_on_commit_callbacks)
    assert word.requested_by == c.anna and word.rendered_at is not None
    assert TaskProgress.objects.get(pk=word.progress_id).status == "succeeded"
    response = anna.get(word.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    text = _word_text(_download(response))
    for expected in (
        "Protokoll från Ledningsgruppen",
        "Samverkan Ungdom",
        "Budget för 2027",
        "Lägesrapport från arbetsgruppen",
        "Personalärende i Kommun Alfa",  # shared with Kommun Alfa, and Anna is of it
        "LG 2026:14",
        "Ledningsgruppen fastställer budgeten för 2027 till 1,2 miljoner kronor.",
        "LG 2026:15",
        "Förslaget föredrogs och diskuterades.",
        "Ta fram en kommunikationsplan",  # given at the meeting
        "Kartlägg praktikplatserna",  # followed up from the meeting before
        "Ersättare för en ledamot (ersätter Bertil Gran)",
        "17 mars 2026",
        "Stadshuset, sal 2",
        "https://video.example.org/lg",
        "Beslutfört: 2 av minst 2 ledamöter närvarande.",
    ):
        assert expected in text, expected
    footer = docx.Document(io.BytesIO(_read(word.file))).sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer

    pdf = _ask(anna, c.meeting, "protokoll", "pdf", django_capture_on_commit_callbacks)
    response = anna.get(pdf.get_absolute_url())
    assert response["Content-Type"] == "application/pdf"
    data = _download(response)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    pages = _pdf_pages(meeting_content(c.meeting.pk, "protokoll", c.anna))
    assert pages[0].count("Sida 1 av") == 1 and f"Sida {len(pages)} av {len(pages)}" in pages[-1]
    whole = " ".join(pages)
    assert "LG 2026:14" in whole and "Budget för 2027" in whole and "Personalärende i Kommun Alfa" in whole

    listed = anna.get(_page(c.meeting)).content.decode()
    assert word.get_absolute_url() in listed and pdf.get_absolute_url() in listed


def test_an_item_shared_with_one_municipality_is_absent_from_the_other_ones_documents(
    django_capture_on_commit_callbacks,
):
    c = council()
    david = _login(c.david)  # Kommun Beta, substitute at the meeting

    kallelse = _ask(david, c.meeting, "kallelse", "docx", django_capture_on_commit_callbacks)
    text = _word_text(_read(kallelse.file))
    assert "Kallelse till Ledningsgruppen" in text and "Budget för 2027" in text
    assert "Personalärende i Kommun Alfa" not in text
    protokoll = meeting_content(c.meeting.pk, "protokoll", c.david)
    assert [d.reference for d in protokoll.decisions] == ["LG 2026:14"]  # not 2026:15, of the shared item

    # Anna's documents are hers alone: David neither sees them listed nor downloads them.
    own = _ask(_login(c.anna), c.meeting, "kallelse", "pdf", django_capture_on_commit_callbacks)
    assert david.get(own.get_absolute_url()).status_code == 404
    assert own.get_absolute_url() not in david.get(_page(c.meeting)).content.decode()
    assert _login(c.coordinator).get(own.get_absolute_url()).status_code == 404


def test_a_secret_forums_documents_show_only_date_attendance_and_followed_up_assignments(
    django_capture_on_commit_callbacks,
):
    c = council()
    anna = _login(c.anna)  # sits in the forum
    document = _ask(anna, c.secret_meeting, "protokoll", "docx", django_capture_on_commit_callbacks)
    text = _word_text(_read(document.file))
    assert "12 mars 2026" in text and "Anna Ek" in text
    assert "under sekretess" in text
    assert "Individärende Hemlig" not in text  # no agenda, no minutes
    assert "Justering" not in text

    # Nobody else reaches the forum's meeting, the coordinator included.
    for user in (c.coordinator, c.david):
        assert _login(user).get(_page(c.secret_meeting)).status_code == 404
        with pytest.raises(Exception, match="kan inte se mötet"):
            documents.request_document(c.secret_meeting, "kallelse", "pdf", actor=user)


def test_a_protokoll_is_offered_only_for_a_held_meeting():
    c = council()
    planned = MeetingFactory(body=c.body, date=c.meeting.date.replace(month=12, day=20))
    page = _login(c.anna).get(_page(planned)).content.decode()
    assert "Kallelse (Word)" in page and "Protokoll (PDF)" not in page
    with pytest.raises(ValidationError) as error:
        documents.request_document(planned, "protokoll", "pdf", actor=c.anna)
    assert "genomförda möten" in str(error.value.message_dict["kind"])
    with pytest.raises(ValidationError) as error:
        documents.request_document(planned, "kallelse", "odt", actor=c.anna)
    assert "format" in error.value.message_dict
    assert not MeetingDocument.objects.exists()
