"""An indicator: its status with the rule and the numbers behind it, a chart with a table of the same
values, its targets, and the values entered by hand."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from actors.choices import Gender
from actors.models import Area
from collaborations.parts.views import FORM_TEMPLATE
from core.views import ServiceFormMixin, lazy_context
from stats.charts import Line, line_chart
from stats.models import Observation
from steer import engine, queries, services
from steer.forms import IndicatorForm, IndicatorValueForm
from steer.models import Evidence, Indicator
from steer.views.base import SteerCreateView, SteerMixin, SteerUpdateView


def comparison_lines(indicator: Indicator) -> list[Line]:
    """For an indicator fed by a statistical series: the same series for the county and the nation."""
    if not indicator.series_id:
        return []
    areas = list(indicator.areas.all())
    shown = {a.pk for a in areas}
    compare = {a.county_id for a in areas if a.county_id and a.county_id not in shown}
    compare |= set(Area.objects.filter(kind="nation").exclude(pk__in=shown).values_list("pk", flat=True))
    if not compare:
        return []
    genders = queries.genders_of(indicator)
    rows = (
        Observation.objects.filter(series_id=indicator.series_id, area_id__in=compare, gender__in=genders)
        .select_related("area")
        .order_by("area__kind", "area__name", "gender", "year")
    )
    lines: dict[tuple[int, str], Line] = {}
    for row in rows:
        if row.period != str(row.year):
            continue
        key = (row.area_id, row.gender)
        if key not in lines:
            label = row.area.name if row.gender == Gender.TOTAL else f"{row.area.name}, {row.get_gender_display()}"
            lines[key] = Line(label=label, points=[])
        lines[key].points.append((str(row.year), row.value))
    return list(lines.values())


def indicator_chart(indicator: Indicator, result: queries.IndicatorResult, source: str):
    """The chart (SVG) and the rows of its table: values per area and gender, baseline, targets,
    projection, and the county and nation where the series has them."""
    lines = [Line(s.label, [(str(y), v) for y, v in s.values]) for s in result.series if s.values]
    lines += comparison_lines(indicator)
    if indicator.baseline_year is not None:
        lines.append(Line(_t("Utgångsvärde"), [(str(indicator.baseline_year), indicator.baseline_value)]))
    targets = list(indicator.targets.all())
    if targets:
        lines.append(Line(_t("Mål"), [(str(t.year), t.value) for t in targets]))
    decisive = result.decisive.evaluation if result.decisive else None
    if decisive and decisive.projection is not None and decisive.line is not None and decisive.target is not None:
        first = decisive.points[-1][0]
        lines.append(
            Line(
                _t("Prognos"),
                [(str(first), decisive.line.at(first)), (str(decisive.target.year), decisive.projection)],
            )
        )
    years = sorted({p for line in lines for p, _v in line.points})
    table = [(year, [dict(line.points).get(year) for line in lines]) for year in years]
    svg = line_chart(lines, title=indicator.name, source=source) if lines else ""
    return svg, [line.label for line in lines], table


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
            if indicator.series_id:
                source = _t("Källa: %(source)s (%(id)s)") % {
                    "source": indicator.series.get_source_display(),
                    "id": indicator.series.external_id,
                }
            else:
                party = indicator.responsible_organization
                source = _t("Källa: inmatat av %(party)s") % {"party": party} if party else _t("Källa: inmatade värden")
            svg, columns, table = indicator_chart(indicator, result, source)
            may_enter = user.has_perm(services.ENTER_VALUES, indicator) and indicator.is_manual
            return {
                "indicator": indicator,
                "result": result,
                "explained": [
                    (s, engine.explain(s.evaluation, indicator.direction, indicator.unit)) for s in result.series
                ],
                "chart": svg,
                "columns": columns,
                "table": table,
                "source": source,
                "values": list(indicator.manual_values.all().select_related("area")) if indicator.is_manual else [],
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


class IndicatorCreateView(SteerCreateView):
    form_class = IndicatorForm
    heading = _("Ny indikator")

    def get_initial(self):
        initial = {"visibility": self.get_collaboration().visibility}
        if self.request.GET.get("mal", "").isdigit():
            initial["goal"] = int(self.request.GET["mal"])
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
