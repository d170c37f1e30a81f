"""Pages of leading. Under the collaboration, /samverkan/<slug>/ledning/… (`urlpatterns`, namespace
"lead"); the person's own pages and the calendar feeds at the top, /mina-uppdrag/, /kalender/…
(`personal_patterns`, namespace "personal")."""

from typing import Any

from django.urls import path

from collaborations.parts.views import part_urls
from lead.views import base, communication

app_name = "lead"
urlpatterns = [
    # meetings, agenda, attendance, minutes
    # rendered kallelse and protokoll
    # decisions and the register
    # assignments
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
    # calendar feeds
    # handover receipts
    path("overlamningar/", communication.HandoverListView.as_view(), name="handovers"),
    path("overlamningar/ny/", communication.HandoverCreateView.as_view(), name="handover_create"),
    path("overlamningar/<int:pk>/", communication.HandoverReceiptView.as_view(), name="handover_receipt"),
]
