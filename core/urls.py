from django.urls import path

from core import views

app_name = "core"
urlpatterns = [
    path("jobb/", views.TaskListView.as_view(), name="task_list"),
    path("jobb/<int:pk>/", views.TaskProgressView.as_view(), name="task_progress"),
]
