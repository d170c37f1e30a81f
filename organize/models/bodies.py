"""Bodies and members (O6, L5, L6): the bodies of a collaboration, the versions of a rotating chair's
rule, the seats in a body, a body's material, and the secrecy that binds it to the persons who sit in it."""

from __future__ import annotations

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from collaborations.parts.sources import Sourced
from core.permissions import Scope, ScopedModel, ScopedPart
from organize.choices import BodyDocumentKind, BodyKind, ChairMode, Confidentiality, MemberPosition
from organize.models.common import COLLABORATION, ORGANIZATION, _dates_ordered


class Body(Sourced, ScopedModel):
    """A body of the collaboration: a steering group, a management group, a forum …"""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="bodies")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        verbose_name=_("under organet"),
    )
    name = models.CharField(_("namn"), max_length=200)
    kind = models.CharField(_("slag"), max_length=24, choices=BodyKind.choices)
    purpose = models.TextField(_("syfte"), blank=True)
    decision_areas = models.JSONField(
        _("får besluta om"), default=list, blank=True, help_text=_("Organets mandat, ett beslutsområde per rad.")
    )
    convener = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("sammankallande part"),
        help_text=_("Den part som äger organet och kallar till möten."),
    )
    meeting_rhythm = models.CharField(_("mötesrytm"), max_length=120, blank=True)
    meetings_per_year = models.PositiveSmallIntegerField(
        _("minst antal möten per år"), null=True, blank=True, validators=[MaxValueValidator(366)]
    )
    quorum = models.PositiveSmallIntegerField(
        _("beslutfört med"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text=_(
            "Hur många ledamöter som måste vara närvarande för att organet ska kunna besluta; tomt om inget sägs."
        ),
    )
    abbreviation = models.CharField(
        _("förkortning"),
        max_length=12,
        blank=True,
        help_text=_("Används i beslutsnummer, till exempel LG för ledningsgruppen (”BRO-LG 2026:14”)."),
    )
    chair_mode = models.CharField(
        _("ordförandeskap"), max_length=10, choices=ChairMode.choices, default=ChairMode.FIXED
    )
    chair_organization = models.ForeignKey(
        ORGANIZATION,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("ordförande från"),
    )
    confidentiality = models.CharField(
        _("sekretess"), max_length=8, choices=Confidentiality.choices, default=Confidentiality.NORMAL
    )
    established_on = models.DateField(
        _("inrättat"), null=True, blank=True, help_text=_("Lämna tomt om det inte är känt när organet inrättades.")
    )
    closed_on = models.DateField(_("avvecklat"), null=True, blank=True)
    closing_reason = models.TextField(_("skäl till avvecklingen"), blank=True)

    class Meta:
        ordering = ["collaboration", "name"]
        verbose_name = _("organ")
        verbose_name_plural = _("organ")
        constraints = [_dates_ordered("established_on", "closed_on", "body_dates_ordered")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organize:body_detail", args=[self.collaboration.slug, self.pk])

    @property
    def is_secret(self) -> bool:
        return self.confidentiality == Confidentiality.SECRET

    def is_closed(self, on: datetime.date) -> bool:
        return self.closed_on is not None and self.closed_on < on

    def exists_on(self, on: datetime.date) -> bool:
        """The body existed on the day (an unknown establishment date does not rule a day out)."""
        return (self.established_on is None or self.established_on <= on) and not self.is_closed(on)


class ChairRule(ScopedPart):
    """One version of a rotating chair's rule: from `valid_from` the chair passes every `period_months`
    months in `order`, counted from `valid_from`, until a later version takes over. A part of its body."""

    scope_parent = "body"

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="chair_rules")
    valid_from = models.DateField(
        _("gäller från"), help_text=_("Dagen då regeln börjar gälla; turordningen räknas från den dagen.")
    )
    order = models.JSONField(
        _("turordning"), default=list, help_text=_("Organisationernas id i den ordning de är ordförande.")
    )
    period_months = models.PositiveSmallIntegerField(
        _("månader per ordförandeperiod"), validators=[MinValueValidator(1), MaxValueValidator(120)]
    )
    note = models.TextField(_("anteckning"), blank=True, help_text=_("Till exempel vilket beslut som ändrade regeln."))

    class Meta:
        ordering = ["body", "valid_from"]
        verbose_name = _("regel för roterande ordförandeskap")
        verbose_name_plural = _("regler för roterande ordförandeskap")
        constraints = [models.UniqueConstraint(fields=["body", "valid_from"], name="chair_rule_valid_from_unique")]

    def __str__(self) -> str:
        return f"{self.body}: ordförandeskapets regel från {self.valid_from:%Y-%m-%d}"

    def get_absolute_url(self) -> str:
        return self.body.get_absolute_url() + f"#regel-{self.valid_from:%Y-%m-%d}"


class Membership(Sourced, ScopedModel):
    """A person sits in a body for an organization, in a position, during a period."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="memberships")
    person = models.ForeignKey(
        "actors.Person", on_delete=models.PROTECT, related_name="memberships", verbose_name=_("person")
    )
    organization = models.ForeignKey(
        ORGANIZATION, on_delete=models.PROTECT, related_name="+", verbose_name=_("för organisation")
    )
    position = models.CharField(
        _("uppdrag"), max_length=12, choices=MemberPosition.choices, default=MemberPosition.MEMBER
    )
    title = models.CharField(_("befattning"), max_length=200, blank=True)
    start_date = models.DateField(_("från"), null=True, blank=True)
    end_date = models.DateField(_("till"), null=True, blank=True)
    outside_role = models.CharField(
        _("roll som extern"),
        max_length=100,
        blank=True,
        help_text=_(
            "För en ledamot från en organisation som inte är part: till exempel expert, gäst eller fackförbund. "
            "Organisationen blir inte part av det."
        ),
    )
    second_seat_reason = models.TextField(
        _("skäl till en andra plats"),
        blank=True,
        help_text=_("Om personen samtidigt sitter i organet för en annan organisation: varför det är beslutat så."),
    )

    class Meta:
        ordering = ["body", "position", "person__last_name"]
        verbose_name = _("ledamotskap")
        verbose_name_plural = _("ledamotskap")
        constraints = [_dates_ordered("start_date", "end_date", "membership_dates_ordered")]

    def __str__(self) -> str:
        return f"{self.person} ({self.organization}) i {self.body}"

    def get_absolute_url(self) -> str:
        return self.body.get_absolute_url() + f"#ledamot-{self.pk}"

    def is_active(self, on: datetime.date | None = None) -> bool:
        on = on or timezone.localdate()
        return (self.start_date is None or self.start_date <= on) and (self.end_date is None or self.end_date >= on)


def _body_document_upload_to(instance: BodyDocument, filename: str) -> str:
    return f"bodies/{instance.collaboration_id}/{instance.body_id}/{filename}"


class BodyDocument(ScopedModel):
    """Material of a body. Material of a body under secrecy is seen only by the persons who sit in it."""

    collaboration = models.ForeignKey(COLLABORATION, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(
        _("slag av handling"), max_length=12, choices=BodyDocumentKind.choices, default=BodyDocumentKind.MATERIAL
    )
    title = models.CharField(_("rubrik"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    attachment = models.FileField(_("fil"), upload_to=_body_document_upload_to, blank=True, max_length=300)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["body", "-created_at"]
        verbose_name = _("handling")
        verbose_name_plural = _("handlingar")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("organize:body_document", args=[self.collaboration.slug, self.body_id, self.pk])

    @classmethod
    def scope_restriction(cls, scope: Scope) -> Q:
        """Secrecy binds persons (L5): whoever else may see the collaboration, coordinators and
        administrators included, a secret body's material is only for the persons who sit in that body
        today, as members, stand-ins (ersättare) or in any other seat. Their colleagues in the same
        organization do not see it."""
        open_bodies = ~Q(body__confidentiality=Confidentiality.SECRET)
        if scope.person_id is None:
            return open_bodies
        return open_bodies | Q(body_id__in=sitting_in(scope.person_id))


def sitting_in(person_id: int, on: datetime.date | None = None) -> models.QuerySet:
    """Ids of the bodies in which the person has a seat on the day (today by default)."""
    on = on or timezone.localdate()
    return Membership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=on),
        Q(end_date__isnull=True) | Q(end_date__gte=on),
        person_id=person_id,
    ).values("body_id")
