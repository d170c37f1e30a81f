from django.urls import path

from stats import views

app_name = "stats"
urlpatterns = [
    path("", views.SeriesListView.as_view(), name="series_list"),
    path("serier/<int:pk>/", views.SeriesDetailView.as_view(), name="series_detail"),
    path("import/kolada/", views.KoladaImportView.as_view(), name="import_kolada"),
    path("importer/", views.RunListView.as_view(), name="run_list"),
    path("importer/<int:pk>/", views.RunDetailView.as_view(), name="run_detail"),
]
