"""Pages of statistics: series with their values and source, and imports with their progress and report."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView

from core.exports import file_response
from core.progress import create_progress
from core.views import ServiceFormMixin
from stats import catalogue, queries, services
from stats.files import export_rows, headers
from stats.forms import FileImportForm, FollowForm, FollowPreviewForm, KoladaImportForm
from stats.http import StatsSourceError
from stats.models import CatalogueEntry, Observation, Series
from stats.scb import ScbClient
from stats.tasks import refresh_areas_from_kolada


class ImportPermissionMixin(LoginRequiredMixin):
    """Pages that import: for analysts, coordinators and administrators (403 with a message otherwise)."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm("stats.import"):
            raise PermissionDenied(_("Bara analytiker och samordnare importerar statistik."))
        return super().dispatch(request, *args, **kwargs)


class SeriesListView(View):
    def get(self, request):
        q = request.GET.get("q", "").strip()
        page = Paginator(queries.series_list(q), 50).get_page(request.GET.get("sida"))
        template = "stats/series_list.html#results" if request.htmx else "stats/series_list.html"
        return render(request, template, {"page_obj": page, "series_list": page, "q": q})


class SeriesDetailView(View):
    def get(self, request, pk):
        series = get_object_or_404(Series, pk=pk)
        periods, rows = queries.observation_table(series)
        chosen, chart = queries.chart_for(series, rows, request.GET.get("omrade"))
        return render(
            request,
            "stats/series_detail.html",
            {
                "series": series,
                "object": series,
                "periods": periods,
                "rows": rows,
                "genders": ["T", "K", "M"] if series.is_divided_by_gender else ["T"],
                "revisions": queries.revisions_of(series),
                "chosen": chosen,
                "chart": chart,
            },
        )


class KoladaImportView(ImportPermissionMixin, ServiceFormMixin, FormView):
    form_class = KoladaImportForm
    template_name = "stats/import_form.html"
    success_message = _("Importen är startad; den körs i bakgrunden.")

    def perform(self, form):
        data = form.cleaned_data
        return services.start_kolada_import(
            actor=self.request.user,
            kpi_ids=data["kpi_ids"],
            municipality_ids=[a.kolada_id for a in data["areas"]],
            years=data["years"],
        )

    def get_success_url(self):
        return self.object.get_absolute_url()


class RunDetailView(LoginRequiredMixin, View):
    def get(self, request, pk):
        run = get_object_or_404(queries.runs_for(request.user), pk=pk)
        series = Series.objects.filter(source=run.source, external_id__in=run.request.get("kpi_ids", []))
        template = "stats/run_detail.html#state" if request.htmx else "stats/run_detail.html"
        return render(request, template, {"run": run, "progress": run.progress, "series": series})

    def post(self, request, pk):
        run = get_object_or_404(queries.runs_for(request.user), pk=pk)
        again = services.rerun(run, actor=request.user)
        return redirect(again.get_absolute_url())


class RunListView(LoginRequiredMixin, View):
    def get(self, request):
        services.fail_stale_runs()  # a run whose worker stopped says so, here too
        return render(request, "stats/run_list.html", {"runs": queries.runs_for(request.user)[:50]})


class FileImportView(ImportPermissionMixin, ServiceFormMixin, FormView):
    form_class = FileImportForm
    template_name = "stats/file_import_form.html"
    success_message = _("Filen är uppladdad; importen körs i bakgrunden.")

    def perform(self, form):
        return services.start_file_import(actor=self.request.user, upload=form.cleaned_data["file"])

    def get_success_url(self):
        return self.object.get_absolute_url()


class TemplateFileView(View):
    """An empty file in the import format, with one example row."""

    def get(self, request, kind):
        rows = [headers(), ["BRO-etableringar", "Nya etableringar (exempel)", "antal", "1880", "2024", "T", 12]]
        return file_response(rows, "samverkan-statistik-mall", kind)


class SeriesExportView(View):
    """A series in the import format; read back, it gives exactly the same values."""

    def get(self, request, pk, kind):
        series = get_object_or_404(Series, pk=pk)
        observations = (
            Observation.objects.filter(series=series)
            .select_related("area")
            .order_by("area__scb_code", "period", "gender")
        )
        return file_response(export_rows([series], observations.iterator()), series.external_id, kind)


class CatalogueView(View):
    """Find a Kolada KPI by words in Swedish."""

    def get(self, request):
        q = request.GET.get("q", "").strip()
        results = catalogue.search(q)[:50] if q else []
        return render(request, "stats/catalogue.html", {"q": q, "results": results})


class FollowView(ImportPermissionMixin, ServiceFormMixin, FormView):
    """Follow a KPI for areas: import it now, and keep it up to date."""

    form_class = FollowForm
    template_name = "stats/follow_form.html"
    success_message = _("Serien följs nu; den importeras i bakgrunden och uppdateras enligt schemat.")

    def dispatch(self, request, *args, **kwargs):
        self.entry = get_object_or_404(CatalogueEntry, source="kolada", external_id=kwargs["kpi"], is_removed=False)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(entry=self.entry, **kwargs)
        context["preview_form"] = FollowPreviewForm(self.request.GET or None, auto_id="preview_%s")
        chosen = self.request.GET.getlist("omraden")
        if chosen:
            from actors.models import Area

            areas = list(Area.objects.filter(pk__in=chosen[:5]))
            try:
                periods, rows, chart = queries.preview_from_kolada(self.entry.external_id, areas)
                genders = [g for g in "TKM" if any(v.get(g) is not None for row in rows for _p, v in row.year_values)]
                context.update(
                    preview_periods=periods,
                    preview_rows=rows,
                    preview_chart=chart,
                    preview_areas=areas,
                    preview_genders=genders,
                )
            except StatsSourceError as exc:
                context["preview_error"] = str(exc)
        return context

    def perform(self, form):
        return services.follow_kolada_series(
            actor=self.request.user,
            kpi_id=self.entry.external_id,
            municipality_ids=[a.kolada_id for a in form.cleaned_data["areas"]],
        )

    def get_success_url(self):
        return self.object.get_absolute_url()


class ScbSearchView(ImportPermissionMixin, View):
    """Find an SCB table by words in Swedish (asks SCB's API; says so clearly when it cannot be reached)."""

    def get(self, request):
        q = request.GET.get("q", "").strip()
        tables, error = [], ""
        if q:
            try:
                with ScbClient() as client:
                    tables = client.tables(q, max_pages=1)
            except StatsSourceError as exc:
                error = str(exc)
        return render(request, "stats/scb_search.html", {"q": q, "tables": tables, "error": error})


class ScbTableView(ImportPermissionMixin, View):
    """An SCB table's variables; choose the values to import (region, sex and time, and the others)."""

    def _metadata(self, table_id):
        with ScbClient() as client:
            return client.metadata(table_id)

    def get(self, request, table_id):
        try:
            meta = self._metadata(table_id)
        except StatsSourceError as exc:
            return render(request, "stats/scb_table.html", {"table_id": table_id, "error": str(exc)}, status=502)
        return render(
            request, "stats/scb_table.html", {"table_id": table_id, "meta": meta, "variables": _variables(meta)}
        )

    def post(self, request, table_id):
        try:
            meta = self._metadata(table_id)
        except StatsSourceError as exc:
            return render(request, "stats/scb_table.html", {"table_id": table_id, "error": str(exc)}, status=502)
        variables = _variables(meta)
        selection = {v["code"]: request.POST.getlist(f"var_{v['code']}") for v in variables}
        missing = [v["label"] for v in variables if not selection[v["code"]]]
        if missing:
            error = _("Välj minst ett värde för: %(vars)s.") % {"vars": ", ".join(missing)}
            context = {"table_id": table_id, "meta": meta, "variables": variables, "error": error}
            return render(request, "stats/scb_table.html", context, status=200)
        run = services.start_scb_import(actor=request.user, table_id=table_id, selection=selection)
        return redirect(run.get_absolute_url())


def _variables(meta: dict) -> list[dict]:
    """The table's variables with their values, in the table's order."""
    out = []
    for code in meta.get("id", []):
        dimension = meta["dimension"][code]
        category = dimension.get("category", {})
        index = category.get("index", {})
        ordered = sorted(index, key=index.__getitem__) if isinstance(index, dict) else list(index)
        labels = category.get("label", {})
        out.append(
            {"code": code, "label": dimension.get("label", code), "values": [(c, labels.get(c, c)) for c in ordered]}
        )
    return out


class AreaRefreshView(LoginRequiredMixin, View):
    """Start the refresh of the areas from Kolada in the task worker, then show its progress (the button is on
    the territory's page; the task lives here, beside the Kolada client)."""

    def post(self, request):
        if not request.user.has_perm("actors.change_area"):
            raise PermissionDenied(_("Bara plattformsadministratörer kan uppdatera territoriet."))
        progress = create_progress("actors.refresh_areas", _("Uppdatera områden från Kolada"), user=request.user)
        result = refresh_areas_from_kolada.enqueue(progress.pk, request.user.pk)
        progress.task_result_id = str(result.id)
        progress.save(update_fields=["task_result_id"])
        return redirect("core:task_progress", progress.pk)
