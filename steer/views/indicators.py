"""An indicator: its status with the rule and the numbers behind it, a chart with a table of the same
values, its targets, and the values entered by hand."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from collaborations.parts.views import FORM_TEMPLATE
from core.numbers import read_id
from core.views import ServiceFormMixin, lazy_context
from steer import charts, engine, queries, services
from steer.forms import IndicatorForm, IndicatorValueForm
from steer.models import Evidence, Indicator
from steer.views.base import SteerCreateView, SteerMixin, SteerUpdateView


class IndicatorDetailView(SteerMixin, TemplateView):
    """Its content is a cached part: status, chart and table are worked out only when it is missing."""

    template_name = "steer/indicator_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        shown = get_object_or_404(self.scoped(Indicator), pk=self.kwargs["pk"])  # 404 when hidden

        def worked_out():
            indicator = queries.indicators_with_data(self.scoped(Indicator), user).get(pk=shown.pk)
            result = queries.indicator_statuses([indicator], user)[indicator.pk]
            chart = charts.indicator_chart(indicator, result)
            may_enter = user.has_perm(services.ENTER_VALUES, indicator) and indicator.measure_type != "qualitative"
            return {
                "indicator": indicator,
                "result": result,
                "explained": [
                    (s, engine.explain(s.evaluation, indicator.direction, indicator.unit)) for s in result.series
                ],
                "chart": chart.svg,
                "columns": chart.columns,
                "table": chart.table,
                "source": chart.source,
                "values": _typed_values(indicator, result),
                "may_enter": may_enter,
                "value_form": IndicatorValueForm(indicator=indicator) if may_enter else None,
                "evidence": list(self.scoped(Evidence).filter(indicators=indicator)),
            }

        context.update(
            object=shown,
            kind="indikator",
            rule=engine.RULE,
            **lazy_context(
                worked_out,
                *("indicator", "result", "explained", "chart", "columns", "table", "source", "values"),
                *("may_enter", "value_form", "evidence"),
            ),
        )
        return context


def _typed_values(indicator: Indicator, result: queries.IndicatorResult) -> list[tuple[Any, Any, str, bool]]:
    """The typed values in table order, each with its area, its source and whether the status uses it:
    beside a series, a typed value for a year the series has is set aside; a total beside women and men
    is used only where they are not known."""
    judged = {(s.area.pk, s.gender) for s in result.series}
    used = {(s.area.pk, s.gender, y) for s in result.series for y in s.typed_years}
    rows = []
    for v in sorted(indicator.manual_values.all(), key=lambda v: (v.area_id, v.gender, v.year)):
        in_use = (v.area_id, v.gender) in judged and (not indicator.series_id or (v.area_id, v.gender, v.year) in used)
        rows.append((v, v.area, charts.typed_source(v), in_use))
    return rows


class IndicatorCreateView(SteerCreateView):
    form_class = IndicatorForm
    heading = _("Ny indikator")

    def get_initial(self):
        initial = {"visibility": self.get_collaboration().visibility}
        if goal := read_id(self.request.GET.get("mal")):
            initial["goal"] = goal
        return initial

    def perform(self, form):
        data = dict(form.cleaned_data)
        goal = data.pop("goal")
        return services.create_indicator(goal, actor=self.request.user, **data)

    def get_success_url(self):
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return reverse("steer:goals", args=[self.get_collaboration().slug])


class IndicatorUpdateView(SteerUpdateView):
    model = Indicator
    form_class = IndicatorForm

    def perform(self, form):
        return services.update_indicator(self.object, actor=self.request.user, **self.changed_data(form))


class ValueCreateView(LoginRequiredMixin, SteerMixin, ServiceFormMixin, FormView):
    """Enter (or correct) one value of an indicator whose values are entered by hand."""

    form_class = IndicatorValueForm
    template_name = FORM_TEMPLATE

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.indicator = get_object_or_404(self.scoped(Indicator), pk=kwargs["pk"])
            if not request.user.has_perm(services.ENTER_VALUES, self.indicator):
                raise PermissionDenied(_("Du kan inte mata in värden för den här indikatorn."))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "indicator": self.indicator}

    def get_context_data(self, **kwargs):
        heading = _t("Nytt värde för %(indicator)s") % {"indicator": self.indicator}
        return super().get_context_data(heading=heading, back_url=self.get_success_url(), **kwargs)

    def perform(self, form):
        data = dict(form.cleaned_data)
        area, year, gender = data.pop("area"), data.pop("year"), data.pop("gender")
        organization = self.indicator.responsible_organization
        if organization is not None:
            data["entered_by"] = organization
        return services.record_value(self.indicator, area, year, actor=self.request.user, gender=gender, **data)

    def get_success_url(self):
        return self.indicator.get_absolute_url() + "#varden"
