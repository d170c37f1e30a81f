"""Pages of leading. Under the collaboration, /samverkan/<slug>/ledning/… (`urlpatterns`, namespace
"lead"); the person's own pages and the calendar feeds at the top, /mina-uppdrag/, /kalender/…
(`personal_patterns`, namespace "personal")."""

from typing import Any

from django.urls import path

from collaborations.parts.views import part_urls
from lead.views import base, meetings

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
    # decisions and the register
    # assignments
    # news, wins
    # continuity, handover, after the project
    *part_urls(base.LeadHistoryView, base.LeadDeleteView),
]

personal_patterns: list[Any] = [
    # my assignments, reminder preferences
    # calendar feeds
    # handover receipts
]
