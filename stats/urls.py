from django.urls import path

from stats import views

app_name = "stats"
urlpatterns = [
    path("", views.SeriesListView.as_view(), name="series_list"),
    path("serier/<int:pk>/", views.SeriesDetailView.as_view(), name="series_detail"),
    path("serier/<int:pk>/export.<export_kind:kind>", views.SeriesExportView.as_view(), name="series_export"),
    path("katalog/", views.CatalogueView.as_view(), name="catalogue"),
    path("katalog/<str:kpi>/folj/", views.FollowView.as_view(), name="follow"),
    path("import/kolada/", views.KoladaImportView.as_view(), name="import_kolada"),
    path("import/scb/", views.ScbSearchView.as_view(), name="scb_search"),
    path("import/scb/<str:table_id>/", views.ScbTableView.as_view(), name="scb_table"),
    path("import/fil/", views.FileImportView.as_view(), name="import_file"),
    path("import/mall.<export_kind:kind>", views.TemplateFileView.as_view(), name="import_template"),
    path("import/omraden/", views.AreaRefreshView.as_view(), name="area_refresh"),
    path("importer/", views.RunListView.as_view(), name="run_list"),
    path("importer/<int:pk>/", views.RunDetailView.as_view(), name="run_detail"),
]
