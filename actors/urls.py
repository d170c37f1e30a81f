from django.urls import path

from actors import views

app_name = "actors"
urlpatterns = [
    path("omraden/", views.AreaListView.as_view(), name="area_list"),
    path("omraden/<str:code>/", views.AreaDetailView.as_view(), name="area_detail"),
    path("omraden/<str:code>/historik/", views.AreaHistoryView.as_view(), name="area_history"),
    path("organisationer/", views.OrganizationListView.as_view(), name="organization_list"),
    path("organisationer/ny/", views.OrganizationCreateView.as_view(), name="organization_create"),
    path("organisationer/<int:pk>/", views.OrganizationDetailView.as_view(), name="organization_detail"),
    path("organisationer/<int:pk>/andra/", views.OrganizationUpdateView.as_view(), name="organization_update"),
    path("organisationer/<int:pk>/historik/", views.OrganizationHistoryView.as_view(), name="organization_history"),
    path("personer/", views.PersonListView.as_view(), name="person_list"),
    path("personer/ny/", views.PersonCreateView.as_view(), name="person_create"),
    path("personer/<int:pk>/", views.PersonDetailView.as_view(), name="person_detail"),
    path("personer/<int:pk>/andra/", views.PersonUpdateView.as_view(), name="person_update"),
    path("personer/<int:pk>/foretrader/", views.RepresentationCreateView.as_view(), name="representation_create"),
    path("personer/<int:pk>/historik/", views.PersonHistoryView.as_view(), name="person_history"),
    path("personer/<int:pk>/bjud-in/", views.InvitationCreateView.as_view(), name="invitation_create"),
    path("anvandare/", views.UserListView.as_view(), name="user_list"),
    path("anvandare/<int:pk>/stang-av/", views.UserActiveView.as_view(active=False), name="user_deactivate"),
    path("anvandare/<int:pk>/aktivera/", views.UserActiveView.as_view(active=True), name="user_reactivate"),
    path(
        "inbjudningar/<int:pk>/skicka-igen/", views.InvitationActionView.as_view(resend=True), name="invitation_resend"
    ),
    path(
        "inbjudningar/<int:pk>/aterkalla/", views.InvitationActionView.as_view(resend=False), name="invitation_revoke"
    ),
]
