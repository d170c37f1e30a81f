"""Pages of leading. Under the collaboration, /samverkan/<slug>/ledning/… (`urlpatterns`, namespace
"lead"); the person's own pages and the calendar feeds at the top, /mina-uppdrag/, /kalender/…
(`personal_patterns`, namespace "personal")."""

from typing import Any

from django.urls import path

from collaborations.parts.views import part_urls
from lead.views import assignments, base, my_assignments

app_name = "lead"
urlpatterns = [
    # meetings, agenda, attendance, minutes
    # rendered kallelse and protokoll
    # decisions and the register
    # assignments
    path("uppdrag/", assignments.AssignmentListView.as_view(), name="assignments"),
    path("uppdrag/<int:pk>/", assignments.AssignmentDetailView.as_view(), name="assignment_detail"),
    path(
        "uppdrag/nytt/<str:source>/<int:pk>/",  # source: mote, beslut, organ
        assignments.AssignmentCreateView.as_view(),
        name="assignment_create",
    ),
    path("uppdrag/<int:pk>/andra/", assignments.AssignmentUpdateView.as_view(), name="assignment_update"),
    path("uppdrag/<int:pk>/aterrapport/", assignments.AssignmentReportView.as_view(), name="assignment_report"),
    path("uppdrag/<int:pk>/avbryt/", assignments.AssignmentCancelView.as_view(), name="assignment_cancel"),
    # news, wins
    # continuity, handover, after the project
    *part_urls(base.LeadHistoryView, base.LeadDeleteView),
]

personal_patterns: list[Any] = [
    # my assignments, reminder preferences
    path("mina-uppdrag/", my_assignments.MyAssignmentsView.as_view(), name="assignments"),
    path("mina-uppdrag/paminnelser/", my_assignments.RemindersView.as_view(), name="reminders"),
    path("mina-uppdrag/paminnelser/av/<str:token>/", my_assignments.RemindersOffView.as_view(), name="reminders_off"),
    # calendar feeds
    # handover receipts
]
