from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from api.views import actors, collaborations

router = DefaultRouter()
# actors
router.register("areas", actors.AreaViewSet, basename="area")
router.register("organizations", actors.OrganizationViewSet, basename="organization")
router.register("people", actors.PersonViewSet, basename="person")
# collaborations
router.register("collaborations", collaborations.CollaborationViewSet, basename="collaboration")
router.register("participations", collaborations.ParticipationViewSet, basename="participation")
router.register("roles", collaborations.CollaborationRoleViewSet, basename="role")
router.register("me", collaborations.MyScopeView, basename="me")

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
]
