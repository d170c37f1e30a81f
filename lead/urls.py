"""Pages of leading. Under the collaboration, /samverkan/<slug>/ledning/… (`urlpatterns`, namespace
"lead"); the person's own pages and the calendar feeds at the top, /mina-uppdrag/, /kalender/…
(`personal_patterns`, namespace "personal")."""

from typing import Any

from django.urls import path

from collaborations.parts.views import part_urls
from lead.views import assignments, base, calendar, communication, decisions, documents, meetings, my_assignments

app_name = "lead"
urlpatterns = [
    # meetings, agenda, attendance, minutes
    path("", meetings.DashboardView.as_view(), name="dashboard"),
    path("moten/", meetings.MeetingListView.as_view(), name="meetings"),
    path("organ/<int:body>/nytt-mote/", meetings.MeetingCreateView.as_view(), name="meeting_create"),
    path("organ/<int:body>/planera/", meetings.MeetingSeriesView.as_view(), name="meeting_series"),
    path("moten/<int:pk>/", meetings.MeetingDetailView.as_view(), name="meeting_detail"),
    path("moten/<int:pk>/andra/", meetings.MeetingUpdateView.as_view(), name="meeting_update"),
    path("moten/<int:pk>/stall-in/", meetings.MeetingCancelView.as_view(), name="meeting_cancel"),
    path("moten/<int:pk>/genomfort/", meetings.MeetingHoldView.as_view(), name="meeting_hold"),
    path("moten/<int:pk>/ny-punkt/", meetings.ItemCreateView.as_view(), name="item_create"),
    path("moten/<int:pk>/gast/", meetings.GuestCreateView.as_view(), name="guest_create"),
    path("moten/<int:pk>/narvaro/", meetings.AttendanceView.as_view(), name="attendance"),
    path("moten/<int:pk>/justerare/", meetings.ApproversView.as_view(), name="approvers"),
    path("moten/<int:pk>/justera/", meetings.ApproveView.as_view(), name="approve"),
    path("moten/<int:meeting>/punkt/<int:pk>/andra/", meetings.ItemUpdateView.as_view(), name="item_update"),
    path("moten/<int:meeting>/punkt/<int:item>/flytta/", meetings.ItemCarryOverView.as_view(), name="item_carry"),
    path(
        "moten/<int:meeting>/punkt/<int:item>/handling/", meetings.DocumentCreateView.as_view(), name="document_create"
    ),
    path("moten/<int:meeting>/punkt/<int:item>/protokoll/", meetings.MinutesView.as_view(), name="minutes"),
    path("moten/<int:meeting>/punkt/<int:item>/rattelse/", meetings.CorrectionView.as_view(), name="correction"),
    path("moten/<int:meeting>/handlingar/<int:pk>/", meetings.DocumentFileView.as_view(), name="agenda_document"),
    # rendered kallelse and protokoll
    path("moten/<int:pk>/kallelse-och-protokoll/", documents.MeetingDocumentsView.as_view(), name="meeting_documents"),
    path(
        "moten/<int:pk>/kallelse-och-protokoll/<int:document>/",
        documents.MeetingDocumentView.as_view(),
        name="meeting_document",
    ),
    # decisions and the register
    path("beslut/", decisions.DecisionListView.as_view(), name="decisions"),
    path("beslut/export.<export_kind:kind>", decisions.DecisionExportView.as_view(), name="decisions_export"),
    path("beslut/<int:pk>/", decisions.DecisionDetailView.as_view(), name="decision_detail"),
    path("beslut/<int:pk>/andra/", decisions.DecisionUpdateView.as_view(), name="decision_update"),
    path("beslut/<int:pk>/mandat/", decisions.MandateNoteView.as_view(), name="decision_note"),
    path("beslut/<int:pk>/ersatt/", decisions.DecisionReplaceView.as_view(), name="decision_replace"),
    path("beslut/<int:pk>/upphav/", decisions.DecisionCancelView.as_view(), name="decision_cancel"),
    path("beslut/<int:pk>/reservationer/ny/", decisions.ReservationCreateView.as_view(), name="reservation_create"),
    path("punkt/<int:item>/beslut/nytt/", decisions.DecisionCreateView.as_view(), name="decision_create"),
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
    path("nyheter/", communication.NewsView.as_view(), name="news"),
    path("nyheter/ny/", communication.NewsCreateView.as_view(), name="news_create"),
    path("nyheter/<int:pk>/andra/", communication.NewsUpdateView.as_view(), name="news_update"),
    path("nyheter/segrar/", communication.WinsView.as_view(), name="wins"),
    path("nyheter/atom.xml", communication.NewsAtomView.as_view(), name="news_atom"),
    # continuity, handover, after the project
    path("kontinuitet/", communication.ContinuityView.as_view(), name="continuity"),
    path(
        "kontinuitet/finansiering/<int:funding>/plan/",
        communication.AfterProjectPlanView.as_view(),
        name="after_project_plan",
    ),
    *part_urls(base.LeadHistoryView, base.LeadDeleteView),
]

personal_patterns: list[Any] = [
    # my assignments, reminder preferences
    path("mina-uppdrag/", my_assignments.MyAssignmentsView.as_view(), name="assignments"),
    path("mina-uppdrag/paminnelser/", my_assignments.RemindersView.as_view(), name="reminders"),
    path("mina-uppdrag/paminnelser/av/<str:token>/", my_assignments.RemindersOffView.as_view(), name="reminders_off"),
    # calendar feeds
    path("kalender/", calendar.CalendarView.as_view(), name="calendar"),
    path("kalender/<str:token>.ics", calendar.CalendarFeedView.as_view(), name="calendar_feed"),
    # handover receipts
    path("overlamningar/", communication.HandoverListView.as_view(), name="handovers"),
    path("overlamningar/ny/", communication.HandoverCreateView.as_view(), name="handover_create"),
    path("overlamningar/<int:pk>/", communication.HandoverReceiptView.as_view(), name="handover_receipt"),
]
