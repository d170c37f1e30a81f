"""Pages of the steering, under the collaboration: /samverkan/<slug>/styrning/…"""

from django.urls import path

from collaborations.parts.views import part_urls
from steer.views import analysis, base, dashboard, follow_up, goals, indicators

app_name = "steer"
urlpatterns = [
    path("", dashboard.DashboardView.as_view(), name="dashboard"),
    # situation analysis, actors, own benefit
    path("analys/", analysis.AnalysisView.as_view(), name="analysis"),
    path("analys/ny-version/", analysis.AnalysisEditView.as_view(), name="analysis_edit"),
    path("analys/aktorer/ny/", analysis.ActorCreateView.as_view(), name="actor_create"),
    path("analys/aktorer/<int:pk>/andra/", analysis.ActorUpdateView.as_view(), name="actor_update"),
    path("analys/aktorer/<int:pk>/bjud-in/", analysis.InviteView.as_view(), name="actor_invite"),
    path("analys/aktorer/<int:pk>/svar/", analysis.AnswerView.as_view(), name="actor_answer"),
    path("analys/egennytta/<int:organization>/", analysis.OwnBenefitView.as_view(), name="own_benefit"),
    # goal documents, goals, own goals, conflicts
    path("mal/", goals.GoalsView.as_view(), name="goals"),
    path("mal/nytt/", goals.GoalCreateView.as_view(), name="goal_create"),
    path("mal/<int:pk>/", goals.GoalDetailView.as_view(), name="goal_detail"),
    path("mal/<int:pk>/andra/", goals.GoalUpdateView.as_view(), name="goal_update"),
    path("mal/dokument/nytt/", goals.DocumentCreateView.as_view(), name="document_create"),
    path("mal/dokument/<int:pk>/andra/", goals.DocumentUpdateView.as_view(), name="document_update"),
    path("mal/egna/nytt/", goals.OwnGoalCreateView.as_view(), name="own_goal_create"),
    path("mal/egna/<int:pk>/andra/", goals.OwnGoalUpdateView.as_view(), name="own_goal_update"),
    path("mal/konflikter/ny/", goals.ConflictCreateView.as_view(), name="conflict_create"),
    path("mal/konflikter/<int:pk>/andra/", goals.ConflictUpdateView.as_view(), name="conflict_update"),
    # indicators and values
    path("indikatorer/ny/", indicators.IndicatorCreateView.as_view(), name="indicator_create"),
    path("indikatorer/<int:pk>/", indicators.IndicatorDetailView.as_view(), name="indicator_detail"),
    path("indikatorer/<int:pk>/andra/", indicators.IndicatorUpdateView.as_view(), name="indicator_update"),
    path("indikatorer/<int:pk>/varden/nytt/", indicators.ValueCreateView.as_view(), name="value_create"),
    # follow-up rounds, assessments, dialogue, evidence, scans
    path("uppfoljning/", follow_up.RoundsView.as_view(), name="rounds"),
    path("uppfoljning/ny/", follow_up.RoundCreateView.as_view(), name="round_create"),
    path("uppfoljning/<int:pk>/", follow_up.RoundDetailView.as_view(), name="round_detail"),
    path("uppfoljning/<int:pk>/andra/", follow_up.RoundUpdateView.as_view(), name="round_update"),
    path("uppfoljning/<int:pk>/avsluta/", follow_up.CloseRoundView.as_view(), name="round_close"),
    path(
        "uppfoljning/<int:pk>/bedomning/<str:what>/<int:target>/",
        follow_up.AssessView.as_view(),
        name="assess",
    ),
    path("uppfoljning/<int:pk>/dialog/ny/", follow_up.EntryCreateView.as_view(), name="entry_create"),
    path("uppfoljning/dialog/<int:pk>/andra/", follow_up.EntryUpdateView.as_view(), name="entry_update"),
    path("underlag/nytt/", follow_up.EvidenceCreateView.as_view(), name="evidence_create"),
    path("underlag/<int:pk>/", follow_up.EvidenceDetailView.as_view(), name="evidence_detail"),
    path("underlag/<int:pk>/andra/", follow_up.EvidenceUpdateView.as_view(), name="evidence_update"),
    path("underlag/<int:pk>/fil/", follow_up.EvidenceFileView.as_view(), name="evidence_file"),
    path("omvarld/", follow_up.ScansView.as_view(), name="scans"),
    path("omvarld/ny/", follow_up.ScanCreateView.as_view(), name="scan_create"),
    path("omvarld/<int:pk>/andra/", follow_up.ScanUpdateView.as_view(), name="scan_update"),
    # shared: History of any object, removal of any object
    *part_urls(base.SteerHistoryView, base.SteerDeleteView),
]
