"""Activities (W1–W4): what a party does in the collaboration, owned by an organization and a person
(W2), serving one or more goals (W1), resting on a knowledge basis (W3: an innovation runs as a pilot
and is scaled up only after its evaluation), with the competences and target groups it needs (W4), its
progress notes over time and the money and staff time it takes per year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import ScopedModel, ScopedPart
from work.choices import OPEN_ACTIVITY, ActivityStatus, Involvement, KnowledgeBasis, TargetGroupKind
from work.models.common import COLLABORATION, FTE, MONEY, ORGANIZATION, PERSON, YEAR_VALIDATORS, within_years
from work.models.plans import ActionPlan

if TYPE_CHECKING:
    import datetime

ZERO = MinValueValidator(0)
# The order of a plan's activities on every channel and database: by start, an unknown start first, then as entered.
PLAN_ORDER = (F("start_date").asc(nulls_first=True), "pk")


class Activity(Sourced, ScopedModel):
    """One activity of an action plan."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="activities")
    plan = models.ForeignKey(
        ActionPlan, on_delete=models.PROTECT, related_name="activities", verbose_name=_("handlingsplan")
    )
    title = models.CharField(_("aktivitet"), max_length=300)
    description = models.TextField(_("beskrivning"), blank=True)
    owner_organization = models.ForeignKey(
        ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("ansvarig organisation")
    )
    owner_person = models.ForeignKey(
        PERSON, on_delete=models.PROTECT, related_name="activities", verbose_name=_("ansvarig person")
    )
    start_date = models.DateField(_("startar"), null=True, blank=True, validators=[within_years])
    end_date = models.DateField(_("slutar"), null=True, blank=True, validators=[within_years])
    status = models.CharField(
        _("status"), max_length=10, choices=ActivityStatus.choices, default=ActivityStatus.PLANNED
    )
    goals = models.ManyToManyField(
        "steer.Goal", blank=True, related_name="activities", verbose_name=_("gemensamma mål som aktiviteten tjänar")
    )
    own_goals = models.ManyToManyField(
        "steer.OwnGoal",
        blank=True,
        related_name="activities",
        verbose_name=_("partens egna mål som aktiviteten tjänar"),
    )
    knowledge_basis = models.CharField(
        _("kunskapsgrund"),
        max_length=10,
        choices=KnowledgeBasis.choices,
        blank=True,
        help_text=_("Vad aktiviteten vilar på. Tomt när det inte är känt."),
    )
    evidence_reference = models.TextField(
        _("referens till evidensen"), blank=True, help_text=_("Studien, kunskapsstödet eller utvärderingen.")
    )
    pilot_scope = models.CharField(
        _("pilotens omfattning"),
        max_length=300,
        blank=True,
        help_text=_("Var piloten prövas, till exempel två skolor i Ronneby."),
    )
    pilot_size = models.PositiveIntegerField(
        _("antal i piloten"), null=True, blank=True, help_text=_("Hur många deltagare, enheter eller platser.")
    )
    evaluation_plan = models.TextField(_("vad som ska utvärderas"), blank=True)
    evaluation_due = models.DateField(_("utvärderas senast"), null=True, blank=True, validators=[within_years])
    evaluated_on = models.DateField(_("utvärderad den"), null=True, blank=True, validators=[within_years])
    evaluation_result = models.TextField(_("utvärderingens resultat"), blank=True)
    scaled_up_on = models.DateField(_("uppskalad den"), null=True, blank=True, validators=[within_years])

    class Meta:
        ordering = ["collaboration", "start_date", "pk"]
        verbose_name = _("aktivitet")
        verbose_name_plural = _("aktiviteter")
        indexes = [models.Index(fields=["collaboration", "status"], name="activity_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="activity_dates_ordered",
                violation_error_message=_("Slutdatum kan inte ligga före startdatum."),
            ),
            models.CheckConstraint(
                condition=Q(scaled_up_on__isnull=True)
                | (Q(knowledge_basis=KnowledgeBasis.INNOVATION, evaluated_on__isnull=False) & ~Q(evaluation_result="")),
                name="activity_scaled_up_after_evaluation",
                violation_error_message=_(
                    "En innovation skalas upp först när utvärderingen av piloten och dess resultat är inskrivna."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("work:activity_detail", args=[self.collaboration.slug, self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTIVITY

    def is_late(self, on: datetime.date | None = None) -> bool:
        """Still open after its end date."""
        day = on or timezone.localdate()
        return self.is_open and self.end_date is not None and self.end_date < day

    @property
    def is_pilot(self) -> bool:
        """An innovation not yet scaled up runs as a pilot."""
        return self.knowledge_basis == KnowledgeBasis.INNOVATION and self.scaled_up_on is None

    @property
    def is_evaluated(self) -> bool:
        return self.evaluated_on is not None and bool(self.evaluation_result.strip())


class ProgressNote(ScopedPart):
    """How the activity goes, on a day: the status it has from then on, and what was done."""

    scope_parent = "activity"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="notes")
    written_on = models.DateField(_("datum"), default=timezone.localdate, validators=[within_years])
    status = models.CharField(_("status"), max_length=10, choices=ActivityStatus.choices)
    text = models.TextField(_("läget"))
    author = models.ForeignKey(
        PERSON, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("skriven av")
    )

    class Meta:
        ordering = ["activity", "-written_on", "-pk"]
        verbose_name = _("lägesrapport")
        verbose_name_plural = _("lägesrapporter")
        indexes = [models.Index(fields=["activity", "written_on"], name="progress_note_day_idx")]

    def __str__(self) -> str:
        return f"{self.activity}: {self.written_on.isoformat()}"

    def get_absolute_url(self) -> str:
        return self.activity.get_absolute_url() + f"#lage-{self.pk}"


class ActivityCompetence(ScopedPart):
    """A competence the activity needs, and the party that provides it (none: a gap)."""

    scope_parent = "activity"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="competences")
    competence = models.CharField(_("kompetens"), max_length=200)
    provider = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("tillhandahålls av"),
        help_text=_("Tomt när ingen part ännu står för kompetensen: då syns den som en brist."),
    )
    note = models.CharField(_("anteckning"), max_length=300, blank=True)

    class Meta:
        ordering = ["activity", "competence", "pk"]
        verbose_name = _("kompetens")
        verbose_name_plural = _("kompetenser")

    def __str__(self) -> str:
        return self.competence

    def get_absolute_url(self) -> str:
        return self.activity.get_absolute_url() + "#kompetenser"

    @property
    def is_gap(self) -> bool:
        return self.provider_id is None


class ActivityTargetGroup(ScopedPart):
    """A target group the activity involves, how it is involved, and what shows it."""

    scope_parent = "activity"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="target_groups")
    kind = models.CharField(_("målgrupp"), max_length=20, choices=TargetGroupKind.choices)
    description = models.CharField(
        _("vilka"), max_length=200, blank=True, help_text=_("Till exempel elever i årskurs 7–9 i Karlskrona.")
    )
    involvement = models.CharField(_("hur de involveras"), max_length=12, choices=Involvement.choices)
    evidence = models.TextField(
        _("belägg"),
        blank=True,
        help_text=_("Vad som visar att gruppen är involverad: enkät, protokoll, antal deltagare."),
    )

    class Meta:
        ordering = ["activity", "kind", "pk"]
        verbose_name = _("målgrupp")
        verbose_name_plural = _("målgrupper")

    def __str__(self) -> str:
        return self.description or str(self.get_kind_display())

    def get_absolute_url(self) -> str:
        return self.activity.get_absolute_url() + "#malgrupper"


class ActivityResource(ScopedPart):
    """The money and staff time the activity takes in a year, committed and actual. It is drawn from the
    owner's resources set aside for the collaboration that year (`commitment`, organize's
    `ResourceCommitment`), so a number is entered once: the activities share out the commitment."""

    scope_parent = "activity"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="resources")
    year = models.PositiveSmallIntegerField(_("år"), validators=YEAR_VALIDATORS)
    money_committed = models.DecimalField(
        _("pengar, utlovat (kr)"),
        null=True,
        blank=True,
        validators=[ZERO],
        **MONEY,  # type: ignore[arg-type]
    )
    money_actual = models.DecimalField(
        _("pengar, utfall (kr)"),
        null=True,
        blank=True,
        validators=[ZERO],
        **MONEY,  # type: ignore[arg-type]
    )
    fte_committed = models.DecimalField(
        _("årsarbetskrafter, utlovat"),
        null=True,
        blank=True,
        validators=[ZERO],
        **FTE,  # type: ignore[arg-type]
    )
    fte_actual = models.DecimalField(
        _("årsarbetskrafter, utfall"),
        null=True,
        blank=True,
        validators=[ZERO],
        **FTE,  # type: ignore[arg-type]
    )
    commitment = models.ForeignKey(
        "organize.ResourceCommitment",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="activity_resources",
        editable=False,
        verbose_name=_("ur partens avsatta resurser"),
    )
    note = models.CharField(_("anteckning"), max_length=300, blank=True)

    class Meta:
        ordering = ["activity", "year"]
        verbose_name = _("resurs för aktivitet")
        verbose_name_plural = _("resurser för aktiviteter")
        constraints = [models.UniqueConstraint(fields=["activity", "year"], name="activity_resource_unique_year")]

    def __str__(self) -> str:
        return f"{self.activity} {self.year}"

    def get_absolute_url(self) -> str:
        return self.activity.get_absolute_url() + f"#resurser-{self.year}"

    def amounts(self) -> dict[str, Any]:
        return {
            "money_committed": self.money_committed,
            "money_actual": self.money_actual,
            "fte_committed": self.fte_committed,
            "fte_actual": self.fte_actual,
        }
