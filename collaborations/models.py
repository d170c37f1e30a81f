"""The collaboration, its reference data (drivers, themes, Agenda 2030) and who takes part."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaborations.choices import DriverChoice, ParticipationRole, Stage, Status, ThemeChoice
from collaborations.parts.sources import Sourced
from collaborations.parts.time import is_active_on
from core.permissions import CollaborationRoleKind, ScopedModel


class Driver(models.Model):
    """Reference data: a reason why the need to collaborate arises (X1)."""

    code = models.CharField(primary_key=True, max_length=30, choices=DriverChoice.choices)

    class Meta:
        ordering = ["code"]
        verbose_name = _("drivkraft")
        verbose_name_plural = _("drivkrafter")

    def __str__(self) -> str:
        return str(DriverChoice(self.code).label)


class Theme(models.Model):
    """Reference data: a theme of societal development (X2)."""

    code = models.CharField(primary_key=True, max_length=30, choices=ThemeChoice.choices)

    class Meta:
        ordering = ["code"]
        verbose_name = _("tema")
        verbose_name_plural = _("teman")

    def __str__(self) -> str:
        return str(ThemeChoice(self.code).label)


class AgendaGoal(models.Model):
    """One of the 17 goals of Agenda 2030."""

    number = models.PositiveSmallIntegerField(primary_key=True)
    name_sv = models.CharField(_("namn"), max_length=120)
    title_en = models.CharField(_("titel (engelska)"), max_length=300)
    colour = models.CharField(max_length=7)

    class Meta:
        ordering = ["number"]
        verbose_name = _("globalt mål")
        verbose_name_plural = _("globala mål")

    def __str__(self) -> str:
        return f"{self.number}. {self.name_sv}"


class AgendaTarget(models.Model):
    """One of the 169 targets of Agenda 2030 (texts in English: no sourced Swedish text exists)."""

    code = models.CharField(primary_key=True, max_length=8)
    goal = models.ForeignKey(AgendaGoal, on_delete=models.CASCADE, related_name="targets")
    title_en = models.TextField(_("titel (engelska)"))
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["goal", "position"]
        verbose_name = _("delmål i Agenda 2030")
        verbose_name_plural = _("delmål i Agenda 2030")

    def __str__(self) -> str:
        return f"{self.code} {self.title_en[:80]}"


class Collaboration(ScopedModel, Sourced):
    """A collaboration on a complex societal challenge that no one can solve alone. Its source (with
    link and page) covers what is recorded on it: its dates, themes and Agenda 2030 targets included."""

    scope_collaboration_field = None

    name = models.CharField(_("namn"), max_length=200)
    slug = models.SlugField(_("kortadress"), max_length=80, unique=True)
    abbreviation = models.CharField(
        _("förkortning"),
        max_length=12,
        blank=True,
        help_text=_("Samverkans förkortning i beslutsnummer, till exempel BRO för Business Region Örebro."),
    )
    summary = models.TextField(_("sammanfattning"), blank=True)
    problem = models.TextField(_("utmaning"), help_text=_("Problemet eller utmaningen som samlar parterna."))
    why_joint = models.TextField(
        _("varför ingen kan lösa det ensam"), blank=True, help_text=_("Varför krävs samverkan?")
    )
    drivers = models.ManyToManyField(Driver, blank=True, related_name="+", verbose_name=_("drivkrafter"))
    themes = models.ManyToManyField(Theme, blank=True, related_name="+", verbose_name=_("teman"))
    agenda_targets = models.ManyToManyField(
        AgendaTarget, blank=True, related_name="collaborations", verbose_name=_("delmål i Agenda 2030")
    )
    areas = models.ManyToManyField(
        "actors.Area", blank=True, related_name="collaborations", verbose_name=_("territorium")
    )
    stage = models.CharField(_("skede"), max_length=16, choices=Stage.choices, default=Stage.INITIATING)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.ACTIVE)
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    end_date = models.DateField(_("slutdatum"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("samverkan")
        verbose_name_plural = _("samverkan")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="collaboration_dates_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("collaborations:detail", args=[self.slug])


class Participation(ScopedModel, Sourced):
    """An organization takes part in a collaboration, in a role, during a period (either end may be
    unknown). One organization is the coordinating party at a time."""

    collaboration = models.ForeignKey(Collaboration, on_delete=models.CASCADE, related_name="participations")
    organization = models.ForeignKey(
        "actors.Organization", on_delete=models.PROTECT, related_name="participations", verbose_name=_("organisation")
    )
    role = models.CharField(
        _("roll"), max_length=16, choices=ParticipationRole.choices, default=ParticipationRole.PARTY
    )
    start_date = models.DateField(_("från"), null=True, blank=True)
    end_date = models.DateField(_("till"), null=True, blank=True)
    note = models.TextField(_("anteckning"), blank=True)

    class Meta:
        ordering = ["collaboration", "role", "organization__name"]
        verbose_name = _("deltagande")
        verbose_name_plural = _("deltaganden")
        constraints = [
            models.UniqueConstraint(fields=["collaboration", "organization"], name="participation_unique"),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="participation_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} i {self.collaboration}"

    def get_absolute_url(self) -> str:
        return reverse("collaborations:participation_detail", args=[self.collaboration.slug, self.pk])

    def is_active(self, on=None) -> bool:
        return is_active_on(on or timezone.localdate(), self.start_date, self.end_date)


class CollaborationRole(ScopedModel):
    """A person holds a role in a collaboration (coordinator, representative, analyst, …)."""

    collaboration = models.ForeignKey(Collaboration, on_delete=models.CASCADE, related_name="roles")
    person = models.ForeignKey(
        "actors.Person", on_delete=models.CASCADE, related_name="collaboration_roles", verbose_name=_("person")
    )
    organization = models.ForeignKey(
        "actors.Organization",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("för organisation"),
    )
    kind = models.CharField(_("roll"), max_length=20, choices=CollaborationRoleKind.choices)
    start_date = models.DateField(_("från"), null=True, blank=True)
    end_date = models.DateField(_("till"), null=True, blank=True)

    class Meta:
        ordering = ["collaboration", "kind", "person__last_name"]
        verbose_name = _("roll i samverkan")
        verbose_name_plural = _("roller i samverkan")
        constraints = [
            models.UniqueConstraint(fields=["collaboration", "person", "kind"], name="collaboration_role_unique"),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="collaboration_role_dates_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()}"

    def get_absolute_url(self) -> str:
        return self.collaboration.get_absolute_url() + "#roller"

    def is_active(self, on=None) -> bool:
        return is_active_on(on or timezone.localdate(), self.start_date, self.end_date)
