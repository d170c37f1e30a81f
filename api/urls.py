from csp.constants import UNSAFE_INLINE
from csp.decorators import csp_update
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api.views import (
    actors,
    collaborations,
    lead_assignments,
    lead_communication,
    lead_decisions,
    lead_documents,
    lead_meetings,
    organize,
    stats,
    steer,
    work,
)

router = DefaultRouter()
# actors
router.register("areas", actors.AreaViewSet, basename="area")
router.register("organizations", actors.OrganizationViewSet, basename="organization")
router.register("people", actors.PersonViewSet, basename="person")
router.register("invitations", actors.InvitationViewSet, basename="invitation")
router.register("users", actors.UserViewSet, basename="user")
# collaborations
router.register("collaborations", collaborations.CollaborationViewSet, basename="collaboration")
router.register("participations", collaborations.ParticipationViewSet, basename="participation")
router.register("roles", collaborations.CollaborationRoleViewSet, basename="role")
router.register("me", collaborations.MyScopeView, basename="me")
# organize
router.register("agreements", organize.AgreementViewSet, basename="agreement")
router.register("agreement-versions", organize.AgreementVersionViewSet, basename="agreement-version")
router.register("adoptions", organize.AdoptionViewSet, basename="adoption")
router.register("responsibilities", organize.ResponsibilityViewSet, basename="responsibility")
router.register("follow-up-duties", organize.FollowUpDutyViewSet, basename="follow-up-duty")
router.register("bodies", organize.BodyViewSet, basename="body")
router.register("memberships", organize.MembershipViewSet, basename="membership")
router.register("body-documents", organize.BodyDocumentViewSet, basename="body-document")
router.register("financing-models", organize.FinancingModelViewSet, basename="financing-model")
router.register("financing-shares", organize.FinancingShareViewSet, basename="financing-share")
router.register("external-funding", organize.ExternalFundingViewSet, basename="external-funding")
router.register("resource-commitments", organize.ResourceCommitmentViewSet, basename="resource-commitment")
# steer
router.register("situation-analyses", steer.SituationAnalysisViewSet, basename="situation-analysis")
router.register("analysis-actors", steer.AnalysisActorViewSet, basename="analysis-actor")
router.register("own-benefits", steer.OwnBenefitViewSet, basename="own-benefit")
router.register("goal-documents", steer.GoalDocumentViewSet, basename="goal-document")
router.register("goals", steer.GoalViewSet, basename="goal")
router.register("own-goals", steer.OwnGoalViewSet, basename="own-goal")
router.register("goal-conflicts", steer.GoalConflictViewSet, basename="goal-conflict")
router.register("indicators", steer.IndicatorViewSet, basename="indicator")
router.register("indicator-values", steer.IndicatorValueViewSet, basename="indicator-value")
router.register("follow-up-rounds", steer.FollowUpRoundViewSet, basename="follow-up-round")
router.register("assessments", steer.AssessmentViewSet, basename="assessment")
router.register("evidence", steer.EvidenceViewSet, basename="evidence")
router.register("analysis-entries", steer.AnalysisEntryViewSet, basename="analysis-entry")
router.register("environmental-scans", steer.EnvironmentalScanViewSet, basename="environmental-scan")
# lead: decisions
router.register("decisions", lead_decisions.DecisionViewSet, basename="decision")
router.register("reservations", lead_decisions.ReservationViewSet, basename="reservation")
# lead: assignments
router.register("assignments", lead_assignments.AssignmentViewSet, basename="assignment")
# lead: news, after-project plans, handovers
router.register("news-posts", lead_communication.NewsPostViewSet, basename="news-post")
router.register("after-project-plans", lead_communication.AfterProjectPlanViewSet, basename="after-project-plan")
router.register("handovers", lead_communication.HandoverViewSet, basename="handover")
# lead: meetings
router.register("meetings", lead_meetings.MeetingViewSet, basename="meeting")
router.register("agenda-items", lead_meetings.AgendaItemViewSet, basename="agenda-item")
router.register("agenda-documents", lead_meetings.AgendaDocumentViewSet, basename="agenda-document")
router.register("meeting-documents", lead_documents.MeetingDocumentViewSet, basename="meeting-document")
router.register("calendar-feeds", lead_documents.CalendarFeedViewSet, basename="calendar-feed")
router.register("attendances", lead_meetings.AttendanceViewSet, basename="attendance")
router.register("minutes-approvals", lead_meetings.MinutesApprovalViewSet, basename="minutes-approval")
# work
router.register("action-plans", work.ActionPlanViewSet, basename="action-plan")
router.register("action-plan-versions", work.ActionPlanVersionViewSet, basename="action-plan-version")
router.register("activities", work.ActivityViewSet, basename="activity")
router.register("progress-notes", work.ProgressNoteViewSet, basename="progress-note")
router.register("activity-competences", work.ActivityCompetenceViewSet, basename="activity-competence")
router.register("activity-target-groups", work.ActivityTargetGroupViewSet, basename="activity-target-group")
router.register("activity-resources", work.ActivityResourceViewSet, basename="activity-resource")
# stats
router.register("series", stats.SeriesViewSet, basename="series")
router.register("import-runs", stats.ImportRunViewSet, basename="import-run")

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI with its start script served from this address (`?script`), not inline (Content-Security-Policy).
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="schema", template_name="api/swagger_ui.html"),
        name="api-docs",
    ),
    # Redoc builds its styles in the browser (styled-components inserts <style> elements) and searches in a
    # worker it starts from a blob: URL: on this page only, styles may be inline and workers blob:; its scripts
    # stay limited to this site.
    path(
        "redoc/",
        csp_update({"style-src": [UNSAFE_INLINE], "worker-src": ["blob:"]})(
            SpectacularRedocView.as_view(url_name="schema", template_name="api/redoc.html")
        ),
        name="api-redoc",
    ),
]
# Last: an address under /api/ that names no operation is a 404 in JSON (`api.views.errors`).
urlpatterns += [path("", include("api.views.errors"))]
