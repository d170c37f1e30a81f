"""Pages of statistics: series with their values and source, and imports with their progress and report."""

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView

from core.views import ServiceFormMixin
from stats import queries, services
from stats.forms import KoladaImportForm
from stats.models import Series


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
            },
        )


class KoladaImportView(LoginRequiredMixin, ServiceFormMixin, FormView):
    form_class = KoladaImportForm
    template_name = "stats/import_form.html"
    success_message = _("Importen är startad; den körs i bakgrunden.")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm("stats.import"):
            raise PermissionDenied(_("Bara analytiker och samordnare importerar statistik."))
        return super().dispatch(request, *args, **kwargs)

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
        return render(request, "stats/run_detail.html", {"run": run, "progress": run.progress, "series": series})

    def post(self, request, pk):
        run = get_object_or_404(queries.runs_for(request.user), pk=pk)
        again = services.rerun(run, actor=request.user)
        return redirect(again.get_absolute_url())


class RunListView(LoginRequiredMixin, View):
    def get(self, request):
        return render(request, "stats/run_list.html", {"runs": queries.runs_for(request.user)[:50]})
