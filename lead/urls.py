"""Pages of leading. Under the collaboration, /samverkan/<slug>/ledning/… (`urlpatterns`, namespace
"lead"); the person's own pages and the calendar feeds at the top, /mina-uppdrag/, /kalender/…
(`personal_patterns`, namespace "personal")."""

from typing import Any

from django.urls import path

from collaborations.parts.views import part_urls
from lead.views import base, calendar, documents

app_name = "lead"
urlpatterns = [
    # meetings, agenda, attendance, minutes
    # rendered kallelse and protokoll
    path("moten/<int:pk>/handlingar/", documents.MeetingDocumentsView.as_view(), name="meeting_documents"),
    path(
        "moten/<int:pk>/handlingar/<int:document>/",
        documents.MeetingDocumentView.as_view(),
        name="meeting_document",
    ),
    # decisions and the register
    # assignments
    # news, wins
    # continuity, handover, after the project
    *part_urls(base.LeadHistoryView, base.LeadDeleteView),
]

personal_patterns: list[Any] = [
    # my assignments, reminder preferences
    # calendar feeds
    path("kalender/", calendar.CalendarView.as_view(), name="calendar"),
    path("kalender/<str:token>.ics", calendar.CalendarFeedView.as_view(), name="calendar_feed"),
    # handover receipts
]
