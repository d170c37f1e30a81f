"""Indicators that make a goal measurable (S2, S7): baseline, targets (milestones), areas, gender,
the data source (a statistical series or manual entry) and manually entered values."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from actors.choices import Gender
from collaborations.parts.sources import Sourced
from core.numbers import NumberRangeValidator
from core.permissions import ScopedModel, ScopedPart
from steer.choices import Direction, Frequency, MeasureType
from steer.models.common import COLLABORATION, ORGANIZATION, year_field
from steer.models.goals import Goal


class Indicator(Sourced, ScopedModel):
    """A measure of a goal. Its values come from a followed statistical series or are entered by hand."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="indicators")
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="indicators", verbose_name=_("mål"))
    name = models.CharField(_("indikator"), max_length=300)
    measure_type = models.CharField(_("måttets slag"), max_length=12, choices=MeasureType.choices)
    unit = models.CharField(_("enhet"), max_length=60, blank=True)
    direction = models.CharField(_("riktning"), max_length=8, choices=Direction.choices, default=Direction.HIGHER)
    baseline_value = models.FloatField(_("utgångsvärde"), null=True, blank=True, validators=[NumberRangeValidator()])
    baseline_year = year_field(_("utgångsår"), null=True, blank=True)
    baseline_source = models.CharField(
        _("utgångsvärdets källa"),
        max_length=300,
        blank=True,
        help_text=_("Var utgångsvärdet kommer ifrån, till exempel en rapport och dess sida."),
    )
    is_ratio = models.BooleanField(
        _("andel av två antal"),
        default=False,
        help_text=_("Värdena matas in som täljare och nämnare; andelen räknas fram."),
    )
    numerator_label = models.CharField(
        _("täljare"), max_length=200, blank=True, help_text=_("Vad som räknas, till exempel unga som fått arbete.")
    )
    denominator_label = models.CharField(
        _("nämnare"), max_length=200, blank=True, help_text=_("Av hur många, till exempel unga inskrivna.")
    )
    areas = models.ManyToManyField(
        "actors.Area", related_name="+", verbose_name=_("områden"), help_text=_("Områden som indikatorn mäts för.")
    )
    by_gender = models.BooleanField(
        _("redovisas för kvinnor och män"), default=False, help_text=_("När uppgifterna finns uppdelade på kön.")
    )
    series = models.ForeignKey(
        "stats.Series",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("statistikserie"),
        help_text=_("Tom: värdena matas in för hand."),
    )
    responsible_organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("ansvarig part"),
    )
    frequency = models.CharField(_("uppdateras"), max_length=12, choices=Frequency.choices, default=Frequency.YEARLY)
    rationale = models.TextField(_("motivering"), blank=True, help_text=_("Varför indikatorn mäter målet."))
    order = models.PositiveSmallIntegerField(_("ordning"), default=0)
    values_invented = models.BooleanField(
        _("påhittade värden (demo)"), default=False, help_text=_("Utgångsvärde, mål eller värden är påhittade.")
    )

    class Meta:
        ordering = ["collaboration", "goal", "order", "pk"]
        verbose_name = _("indikator")
        verbose_name_plural = _("indikatorer")
        # the order of lists and API pages: the database stops after one page instead of sorting all
        indexes = [models.Index(fields=["goal", "order", "id"], name="indicator_goal_order_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(baseline_value__isnull=True, baseline_year__isnull=True)
                | Q(baseline_value__isnull=False, baseline_year__isnull=False),
                name="indicator_baseline_value_and_year",
                violation_error_message=_("Ange både utgångsvärde och utgångsår, eller inget av dem."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("steer:indicator_detail", args=[self.collaboration.slug, self.pk])

    @property
    def is_manual(self) -> bool:
        return self.series_id is None


class IndicatorTarget(ScopedPart):
    """A target (milestone) of an indicator: a value to reach by a year; for a target range, the
    range from `value` to `value_high`. A part of its indicator: exactly as visible as the indicator."""

    scope_parent = "indicator"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    year = year_field(_("målår"))
    value = models.FloatField(
        _("målvärde"),
        help_text=_("För ett målintervall: intervallets nedre gräns."),
        validators=[NumberRangeValidator()],
    )
    value_high = models.FloatField(
        _("målintervallets övre gräns"), null=True, blank=True, validators=[NumberRangeValidator()]
    )
    note = models.CharField(_("kommentar"), max_length=300, blank=True)

    class Meta:
        ordering = ["indicator", "year"]
        verbose_name = _("målvärde")
        verbose_name_plural = _("målvärden")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "year"], name="indicator_target_year_unique"),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True) | Q(value_high__gte=models.F("value")),
                name="indicator_target_range_ordered",
                violation_error_message=_("Intervallets övre gräns kan inte vara lägre än den nedre."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.year}"

    def get_absolute_url(self) -> str:
        return self.indicator.get_absolute_url() + "#malvarden"


class IndicatorValue(Sourced, ScopedModel):
    """A value entered by hand (typed from a report, a survey, a register): for an indicator without a
    statistical series, or for a year its series lacks. The value is a number; the comment is kept apart
    from it. For a ratio indicator the numerator and denominator are kept and the value is their share."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="manual_values")
    area = models.ForeignKey("actors.Area", on_delete=models.PROTECT, related_name="+", verbose_name=_("område"))
    year = year_field(_("år"))
    gender = models.CharField(_("kön"), max_length=1, choices=Gender.choices, default=Gender.TOTAL)
    value = models.FloatField(_("värde"), validators=[NumberRangeValidator()])
    numerator = models.FloatField(_("täljare"), null=True, blank=True, validators=[NumberRangeValidator()])
    denominator = models.FloatField(_("nämnare"), null=True, blank=True, validators=[NumberRangeValidator()])
    comment = models.TextField(_("kommentar"), blank=True)
    entered_by = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("inmatat av part"),
    )
    is_invented = models.BooleanField(_("påhittat värde (demo)"), default=False)

    class Meta:
        ordering = ["indicator", "area", "gender", "year"]
        verbose_name = _("indikatorvärde")
        verbose_name_plural = _("indikatorvärden")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "area", "year", "gender"], name="indicator_value_unique"),
            models.CheckConstraint(
                condition=Q(numerator__isnull=True, denominator__isnull=True)
                | Q(numerator__isnull=False, denominator__isnull=False, denominator__gt=0),
                name="indicator_value_ratio_counts",
                violation_error_message=_("Ange både täljare och nämnare (större än noll), eller ingen av dem."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.area} {self.year} {self.get_gender_display()}"

    def get_absolute_url(self) -> str:
        return self.indicator.get_absolute_url() + "#varden"
