"""Statistical series and their observations, with the import runs that wrote them (S7).

Public statistics are not collaboration-scoped: every series and observation is readable by everyone;
who may import is a rule (`stats/rules.py`).
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actors.choices import Gender
from core.generations import STATISTICS
from core.numbers import NumberRangeValidator
from stats.choices import Periodicity, RunStatus, SourceKind


class Series(models.Model):
    """A statistical series: a Kolada KPI, an SCB table's measure, a file's column or a manual series."""

    change_counter = STATISTICS  # core.generations: what an import writes moves only the statistics' counter

    source = models.CharField(_("källa"), max_length=10, choices=SourceKind.choices)
    external_id = models.CharField(_("id hos källan"), max_length=120)
    title = models.CharField(_("titel"), max_length=500)
    description = models.TextField(_("beskrivning"), blank=True)
    unit = models.CharField(_("enhet"), max_length=60, blank=True)
    is_divided_by_gender = models.BooleanField(_("uppdelad på kön"), default=False)
    periodicity = models.CharField(
        _("periodicitet"), max_length=8, choices=Periodicity.choices, default=Periodicity.YEAR
    )
    producer = models.CharField(
        _("producent"), max_length=200, blank=True, help_text=_("Den som tar fram statistiken, enligt källan.")
    )
    publication_date = models.DateField(_("nästa publicering"), null=True, blank=True)
    publ_period = models.CharField(_("senast publicerad period"), max_length=20, blank=True)
    is_discontinued = models.BooleanField(_("upphörd"), default=False)
    metadata = models.JSONField(_("metadata från källan"), default=dict, blank=True)
    changed_at_source = models.JSONField(
        _("ändrat hos källan"), default=dict, blank=True, help_text=_("Titel eller enhet som källan har ändrat.")
    )
    imported_at = models.DateTimeField(_("senast importerad"), null=True, blank=True)
    observation_count = models.PositiveIntegerField(
        _("antal värden"),
        default=0,
        editable=False,
        validators=[MaxValueValidator(2_000_000_000)],
        help_text=_("Hålls aktuellt av importen (räknas inte om vid varje sidvisning)."),
    )
    followed_areas = models.JSONField(
        _("följs för områden"),
        default=list,
        blank=True,
        help_text=_("Kolada-id för de områden som serien hålls uppdaterad för (schemalagd uppdatering)."),
    )

    class Meta:
        ordering = ["source", "external_id"]
        verbose_name = _("statistikserie")
        verbose_name_plural = _("statistikserier")
        constraints = [models.UniqueConstraint(fields=["source", "external_id"], name="series_unique_per_source")]

    def __str__(self) -> str:
        return f"{self.external_id} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("stats:series_detail", args=[self.pk])

    @property
    def attribution(self) -> str:
        """What every chart and table of the series says about where the figures come from."""
        name = SourceKind(self.source).label
        return f"Källa: {name}" + (f" ({self.producer})" if self.producer else "")


class ImportRun(models.Model):
    """One import of observations: what was asked, what happened, all-or-nothing."""

    source = models.CharField(_("källa"), max_length=10, choices=SourceKind.choices)
    label = models.CharField(_("beskrivning"), max_length=300)
    request = models.JSONField(_("vad som importeras"), default=dict, help_text=_("Allt som behövs för att köra om."))
    status = models.CharField(_("status"), max_length=10, choices=RunStatus.choices, default=RunStatus.RUNNING)
    reason = models.TextField(_("orsak"), blank=True)
    detail = models.TextField(
        _("teknisk detalj"), blank=True, help_text=_("Vad källan eller nätverket svarade, för felsökning.")
    )
    report = models.JSONField(_("rapport"), default=dict, blank=True)
    progress = models.ForeignKey(
        "core.TaskProgress", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("import")
        verbose_name_plural = _("importer")

    def __str__(self) -> str:
        return self.label

    def get_absolute_url(self) -> str:
        return reverse("stats:run_detail", args=[self.pk])


class Observation(models.Model):
    """One value: series × area × period × gender. `value` is null where the source has none."""

    change_counter = STATISTICS
    deleted_in_sets = True  # by the bulk writer or with its series, both of which move the counter

    series = models.ForeignKey(Series, on_delete=models.CASCADE, related_name="observations")
    area = models.ForeignKey("actors.Area", on_delete=models.PROTECT, related_name="observations")
    period = models.CharField(_("period"), max_length=10, help_text=_("2024, 2024K1 eller 2024M01."))
    year = models.PositiveSmallIntegerField(_("år"), validators=[MinValueValidator(1800), MaxValueValidator(2200)])
    gender = models.CharField(_("kön"), max_length=1, choices=Gender.choices, default=Gender.TOTAL)
    value = models.FloatField(_("värde"), null=True, blank=True, validators=[NumberRangeValidator()])
    status = models.CharField(_("status hos källan"), max_length=20, blank=True)
    count = models.PositiveIntegerField(_("antal"), default=1, validators=[MaxValueValidator(1_000_000)])
    revision = models.PositiveIntegerField(
        _("revision"),
        default=1,
        validators=[MaxValueValidator(1_000_000)],
        help_text=_("Ökar när källan ändrar värdet."),
    )
    run = models.ForeignKey(ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["series", "area", "period", "gender"]
        verbose_name = _("observation")
        verbose_name_plural = _("observationer")
        constraints = [
            models.UniqueConstraint(fields=["series", "area", "period", "gender"], name="observation_unique_key")
        ]
        indexes = [models.Index(fields=["series", "area", "year"], name="observation_series_area_year")]

    def __str__(self) -> str:
        return f"{self.series.external_id} {self.area_id} {self.period} {self.gender}: {self.value}"


class ObservationRevision(models.Model):
    """A value the source revised: the earlier and the new value, and the run that saw it."""

    change_counter = STATISTICS
    deleted_in_sets = True  # with its observation

    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="revisions")
    old_value = models.FloatField(_("tidigare värde"), null=True)
    new_value = models.FloatField(_("nytt värde"), null=True)
    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="revisions")

    class Meta:
        ordering = ["-run", "observation"]
        verbose_name = _("reviderat värde")
        verbose_name_plural = _("reviderade värden")

    def __str__(self) -> str:
        return f"{self.observation_id}: {self.old_value} → {self.new_value}"


class CatalogueEntry(models.Model):
    """What a source offers: a Kolada KPI (or an SCB table), searchable by its Swedish title and description."""

    change_counter = STATISTICS

    source = models.CharField(_("källa"), max_length=10, choices=SourceKind.choices)
    external_id = models.CharField(_("id hos källan"), max_length=120)
    title = models.CharField(_("titel"), max_length=500)
    description = models.TextField(_("beskrivning"), blank=True)
    is_divided_by_gender = models.BooleanField(_("uppdelad på kön"), default=False)
    area_type = models.CharField(_("områdestyp"), max_length=4, blank=True, help_text=_("K kommun, L region, A alla."))
    operating_area = models.CharField(_("verksamhetsområde"), max_length=200, blank=True)
    publ_period = models.CharField(_("senast publicerad period"), max_length=20, blank=True)
    metadata = models.JSONField(default=dict, blank=True)
    retrieved_at = models.DateTimeField(_("hämtad"), default=timezone.now)
    is_removed = models.BooleanField(_("borttagen hos källan"), default=False)

    class Meta:
        ordering = ["source", "external_id"]
        verbose_name = _("katalogpost")
        verbose_name_plural = _("katalog")
        constraints = [models.UniqueConstraint(fields=["source", "external_id"], name="catalogue_unique_per_source")]

    def __str__(self) -> str:
        return f"{self.external_id} {self.title}"
