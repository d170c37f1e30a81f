from django.urls import path

from collaborations import views

app_name = "collaborations"
urlpatterns = [
    path("", views.CollaborationListView.as_view(), name="list"),
    path("ny/", views.CollaborationCreateView.as_view(), name="create"),
    path("<slug:slug>/", views.CollaborationDetailView.as_view(), name="detail"),
    path("<slug:slug>/andra/", views.CollaborationUpdateView.as_view(), name="update"),
    path("<slug:slug>/historik/", views.CollaborationHistoryView.as_view(), name="history"),
    path("<slug:slug>/logg/", views.CollaborationLogView.as_view(), name="log"),
    path("<slug:slug>/konton/", views.CollaborationAccountsView.as_view(), name="accounts"),
    path("<slug:slug>/parter/ny/", views.ParticipationCreateView.as_view(), name="participation_create"),
    path("<slug:slug>/parter/<int:pk>/", views.ParticipationDetailView.as_view(), name="participation_detail"),
    path("<slug:slug>/parter/<int:pk>/rad/", views.ParticipationRowView.as_view(), name="participation_row"),
    path("<slug:slug>/parter/<int:pk>/andra/", views.ParticipationUpdateView.as_view(), name="participation_update"),
    path("<slug:slug>/parter/<int:pk>/ta-bort/", views.ParticipationDeleteView.as_view(), name="participation_delete"),
    path(
        "<slug:slug>/parter/<int:pk>/historik/", views.ParticipationHistoryView.as_view(), name="participation_history"
    ),
    path("<slug:slug>/roller/ny/", views.RoleCreateView.as_view(), name="role_create"),
    path("<slug:slug>/roller/<int:pk>/andra/", views.RoleUpdateView.as_view(), name="role_update"),
    path("<slug:slug>/roller/<int:pk>/ta-bort/", views.RoleDeleteView.as_view(), name="role_delete"),
]
