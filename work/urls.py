from django.urls import path

from collaborations.parts.views import part_urls
from work.views import activities, joint, plans
from work.views.base import WorkDeleteView, WorkHistoryView

app_name = "work"

urlpatterns = [
    path("", joint.JointView.as_view(), name="joint"),
    path("tidslinje/", joint.TimelineView.as_view(), name="timeline"),
    path("planer/", plans.PlanListView.as_view(), name="plans"),
    path("planer/ny/", plans.PlanCreateView.as_view(), name="plan_create"),
    path("planer/mall.xlsx", plans.PlanTemplateView.as_view(), name="template"),
    path("planer/<int:pk>/", plans.PlanDetailView.as_view(), name="plan_detail"),
    path("planer/<int:pk>/andra/", plans.PlanUpdateView.as_view(), name="plan_update"),
    path("planer/<int:pk>/version/", plans.PlanVersionSaveView.as_view(), name="plan_version_save"),
    path("planer/<int:pk>/version/<int:number>/beslut/", plans.PlanDecisionView.as_view(), name="plan_decision"),
    path("planer/<int:pk>/excel/", plans.PlanExportView.as_view(), name="plan_export"),
    path("planer/<int:pk>/las-in/", plans.PlanImportView.as_view(), name="plan_import"),
    path("planer/<int:pk>/aktiviteter/ny/", activities.ActivityCreateView.as_view(), name="activity_create"),
    path("aktiviteter/<int:pk>/", activities.ActivityDetailView.as_view(), name="activity_detail"),
    path("aktiviteter/<int:pk>/andra/", activities.ActivityUpdateView.as_view(), name="activity_update"),
    path("aktiviteter/<int:pk>/lage/", activities.ProgressNoteCreateView.as_view(), name="progress_note_create"),
    path("aktiviteter/<int:pk>/utvardering/", activities.EvaluationView.as_view(), name="evaluation"),
    path("aktiviteter/<int:pk>/skala-upp/", activities.ScaleUpView.as_view(), name="scale_up"),
    path("aktiviteter/<int:pk>/kompetens/ny/", activities.CompetenceCreateView.as_view(), name="competence_create"),
    path("aktiviteter/<int:pk>/malgrupp/ny/", activities.TargetGroupCreateView.as_view(), name="target_group_create"),
    path("aktiviteter/<int:pk>/resurser/", activities.ResourceSetView.as_view(), name="resource_set"),
    path("resurser/<int:pk>/andra/", activities.ResourceUpdateView.as_view(), name="resource_update"),
    path("kompetenser/<int:pk>/andra/", activities.CompetenceUpdateView.as_view(), name="competence_update"),
    path("malgrupper/<int:pk>/andra/", activities.TargetGroupUpdateView.as_view(), name="target_group_update"),
    *part_urls(WorkHistoryView, WorkDeleteView),
]
