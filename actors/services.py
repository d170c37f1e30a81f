"""Writes to the territory and the actors. Each function runs in one transaction and records its change."""

from __future__ import annotations

import datetime
import logging
import secrets
import smtplib
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from actors.choices import InvitationStatus
from actors.models import (
    Area,
    AreaPopulation,
    Invitation,
    Organization,
    OrganizationName,
    Person,
    Representation,
    User,
)
from actors.queries import InvitationRefused, account_for, invitation_digest, open_invitation
from actors.validators import normalize_org_number
from core.history import record_change, snapshot
from core.services import create_object, delete_object, field_error, require, save_validated, update_object


def _clean_org_data(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    if data.get("org_number"):
        try:
            data["org_number"] = normalize_org_number(data["org_number"])
        except ValidationError as exc:  # name the field
            raise field_error("org_number", exc.messages[0]) from exc
    return data


def _duplicate_error(field: str, message: str, existing: Organization) -> ValidationError:
    """A refusal that names the organization that already exists (`params["pk"]`), so a page can link to it."""
    text = _("%(message)s Använd den befintliga organisationen (%(url)s) i stället för att skapa en dubblett.") % {
        "message": message,
        "url": existing.get_absolute_url(),
    }
    return ValidationError({field: ValidationError(text, code="duplicate", params={"pk": existing.pk})})


def _require_new_name(name: str, field: str, organization: Organization | None) -> None:
    """No other organization has `name` as its name or as one of its other names."""
    if not name:
        return
    others = Organization.objects.exclude(pk=organization.pk) if organization else Organization.objects.all()
    same = others.filter(name__iexact=name).first()
    if same is not None:
        raise _duplicate_error(field, _("Det finns redan en organisation som heter ”%(name)s”.") % {"name": name}, same)
    alias = OrganizationName.objects.filter(name__iexact=name).select_related("organization")
    if organization is not None:
        alias = alias.exclude(organization=organization)
    hit = alias.first()
    if hit is not None:
        message = _("”%(name)s” är ett annat namn för %(org)s.") % {"name": name, "org": hit.organization}
        raise _duplicate_error(field, message, hit.organization)


def _check_organization(data: dict[str, Any], organization: Organization | None = None) -> None:
    if "name" in data:
        _require_new_name(data["name"], "name", organization)
    number = data.get("org_number")
    if number:
        others = Organization.objects.exclude(pk=organization.pk) if organization else Organization.objects.all()
        same = others.filter(org_number=number).first()
        if same is not None:
            message = _("Organisationsnumret %(number)s tillhör redan %(org)s.") % {"number": number, "org": same}
            raise _duplicate_error("org_number", message, same)


def _with_main_area(data: dict[str, Any], organization: Organization | None = None) -> dict[str, Any]:
    """The organization's areas always include its main area."""
    if "areas" in data or "area" in data:
        main = data.get("area", organization.area if organization else None)
        areas = list(data["areas"]) if "areas" in data else list(organization.areas.all()) if organization else []
        if main is not None and main not in areas:
            areas.append(main)
        data["areas"] = areas
    return data


def _set_other_names(organization: Organization, names: list[dict[str, Any]], *, actor: Any) -> None:
    """Make the organization's other names exactly `names` (matched by name), each change recorded."""
    seen: set[str] = set()
    for entry in names:
        key = (entry.get("name") or "").strip().lower()
        if not key:
            raise field_error("other_names", _("Ett annat namn saknar namn."), code="required")
        if key in seen:
            raise field_error("other_names", _("”%(name)s” står två gånger.") % {"name": entry["name"]})
        if key == organization.name.lower():
            raise field_error(
                "other_names", _("”%(name)s” är organisationens eget namn.") % {"name": entry["name"]}, code="own_name"
            )
        seen.add(key)
        _require_new_name(entry["name"].strip(), "other_names", organization)
    current = {n.name.lower(): n for n in organization.other_names.all()}
    for key, existing in current.items():
        if key not in seen:
            delete_object(existing, "actors.organization_name.deleted", actor=actor)
    for entry in names:
        values = {
            "name": entry["name"].strip(),
            "kind": entry.get("kind") or OrganizationName.Kind.ALIAS,
            "valid_from": entry.get("valid_from"),
            "valid_until": entry.get("valid_until"),
        }
        kept = current.get(values["name"].lower())
        if kept is None:
            create_object(
                OrganizationName, "actors.organization_name.created", values, actor=actor, organization=organization
            )
        else:
            update_object(kept, "actors.organization_name.updated", values, actor=actor)


@transaction.atomic
def create_organization(*, actor: Any, other_names: list[dict[str, Any]] | None = None, **data: Any) -> Organization:
    """An organization; refused, naming the existing one, when its name or organization number is already
    an organization's (its name, a former name or an alias)."""
    require(actor, "actors.add_organization")
    data = _with_main_area(_clean_org_data(data))
    _check_organization(data)
    organization = create_object(Organization, "actors.organization.created", data, actor=actor)
    if other_names:
        _set_other_names(organization, other_names, actor=actor)
    return organization


@transaction.atomic
def update_organization(
    organization: Organization, *, actor: Any, other_names: list[dict[str, Any]] | None = None, **data: Any
) -> Organization:
    """Change an organization; `other_names`, when given, are all its other names. A new name keeps the
    old one as a former name (without dates: when it changed is for the user to say)."""
    require(actor, "actors.change_organization", organization)
    data = _with_main_area(_clean_org_data(data), organization)
    _check_organization(data, organization)
    old_name = organization.name
    renamed = "name" in data and data["name"] != old_name
    update_object(organization, "actors.organization.updated", data, actor=actor)
    if renamed:
        if other_names is None:
            other_names = [
                {"name": n.name, "kind": n.kind, "valid_from": n.valid_from, "valid_until": n.valid_until}
                for n in organization.other_names.all()
            ]
        other_names = [n for n in other_names if n["name"].strip().lower() != organization.name.lower()]
        if old_name.lower() not in {n["name"].strip().lower() for n in other_names}:
            other_names.append({"name": old_name, "kind": OrganizationName.Kind.FORMER})
    if other_names is not None:
        _set_other_names(organization, other_names, actor=actor)
    return organization


@transaction.atomic
def create_person(*, actor: Any, **data: Any) -> Person:
    require(actor, "actors.add_person")
    return create_object(Person, "actors.person.created", data, actor=actor)


@transaction.atomic
def create_person_representing(organization: Organization, *, actor: Any, **data: Any) -> Person:
    """A person new to the register, with their representation of `organization`: who adds a person
    states whom they represent (the change of an existing person's representations stays theirs or an
    administrator's, `add_representation`)."""
    person = create_person(actor=actor, **data)
    create_object(
        Representation, "actors.representation.created", {}, actor=actor, person=person, organization=organization
    )
    return person


@transaction.atomic
def update_person(person: Person, *, actor: Any, **data: Any) -> Person:
    require(actor, "actors.change_person", person)
    return update_object(person, "actors.person.updated", data, actor=actor)


@transaction.atomic
def add_representation(person: Person, organization: Organization, *, actor: Any, **data: Any) -> Representation:
    require(actor, "actors.change_person", person)
    if Representation.objects.filter(person=person, organization=organization).exists():
        raise field_error("organization", _("Personen företräder redan %(org)s.") % {"org": organization})
    return create_object(
        Representation, "actors.representation.created", data, actor=actor, person=person, organization=organization
    )


@transaction.atomic
def remove_representation(representation: Representation, *, actor: Any) -> None:
    require(actor, "actors.change_person", representation.person)
    delete_object(representation, "actors.representation.deleted", actor=actor)


@dataclass
class TerritoryReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    populations_written: int = 0
    problems: list[str] = field(default_factory=list)


@transaction.atomic
def upsert_areas(rows: list[dict[str, str]], *, actor: Any, reason: str = "") -> TerritoryReport:
    """Create or update areas from rows with scb_code, kolada_id, kind, name, official_name,
    kolada_title, organization_name and county_code. Counties are written before their municipalities."""
    require(actor, "actors.change_area")
    report = TerritoryReport()
    existing = {a.scb_code: a for a in Area.objects.all()}
    order = {"nation": 0, "region": 1, "municipality": 2}
    for row in sorted(rows, key=lambda r: (order.get(r["kind"], 9), r["scb_code"])):
        county = None
        if row["kind"] == "municipality":
            county = existing.get(row.get("county_code", ""))
            if county is None:
                raise field_error(
                    "county_code",
                    _("Okänd länskod %(code)s för %(name)s.") % {"code": row.get("county_code"), "name": row["name"]},
                )
        elif row["kind"] == "region":
            county = None
        values = {
            "kind": row["kind"],
            "kolada_id": row["kolada_id"],
            "name": row["name"],
            "official_name": row.get("official_name") or row["name"],
            "kolada_title": row.get("kolada_title", ""),
            "organization_name": row.get("organization_name", ""),
            "county": county,
        }
        area = existing.get(row["scb_code"])
        if area is None:
            area = create_object(
                Area, "actors.area.created", values, actor=actor, reason=reason, scb_code=row["scb_code"]
            )
            existing[area.scb_code] = area
            report.created += 1
            continue
        before = snapshot(area)
        for key, value in values.items():
            setattr(area, key, value)
        after = snapshot(area)
        if before == after:
            report.unchanged += 1
            continue
        area.full_clean()
        area.save()
        record_change(area, "actors.area.updated", actor=actor, before=before, after=after, reason=reason)
        report.updated += 1
    return report


@transaction.atomic
def set_populations(rows: list[dict[str, Any]], *, actor: Any, reason: str = "") -> int:
    """Write population figures (area scb_code, year, gender, value, source, derived); one record per change."""
    require(actor, "actors.change_area")
    areas = {a.scb_code: a for a in Area.objects.all()}
    current = {(p.area_id, p.year, p.gender): p for p in AreaPopulation.objects.all()}
    written = 0
    for row in rows:
        area = areas.get(row["scb_code"])
        if area is None:
            raise field_error("scb_code", _("Okänd områdeskod %(code)s.") % {"code": row["scb_code"]})
        key = (area.pk, int(row["year"]), row.get("gender", "T"))
        values = {"value": int(row["value"]), "source": row["source"], "derived": bool(row.get("derived", False))}
        pop = current.get(key)
        if pop is None:
            create_object(
                AreaPopulation,
                "actors.population.created",
                values,
                actor=actor,
                reason=reason,
                area=area,
                year=key[1],
                gender=key[2],
            )
            written += 1
        elif any(getattr(pop, k) != v for k, v in values.items()):
            update_object(pop, "actors.population.updated", values, actor=actor, reason=reason)
            written += 1
    return written


@transaction.atomic
def create_user(
    email: str,
    password: str,
    *,
    actor: Any,
    person: Person | None = None,
    is_admin: bool = False,
    first_name: str = "",
    last_name: str = "",
) -> User:
    """Create a login, linked to a person. Only administrators (or the system) create logins."""
    require(actor, "actors.add_user")
    if User.objects.filter(email__iexact=email).exists():
        raise field_error("email", _("Det finns redan en användare med e-postadressen %(email)s.") % {"email": email})
    user = User.objects.create_user(
        email,
        password,
        first_name=first_name,
        last_name=last_name,
        person=person,
        is_staff=is_admin,
        is_superuser=is_admin,
    )
    record_change(user, "actors.user.created", actor=actor, after=snapshot(user))
    return user


# Accounts: invitations, passwords, deactivation ----------------------------------------------------------

logger = logging.getLogger(__name__)


def _new_link(invitation: Invitation) -> str:
    """Give the invitation a new secret, valid for INVITATION_DAYS from now; returns the secret."""
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    invitation.token_digest = invitation_digest(token)
    invitation.sent_at = now
    invitation.expires_at = now + datetime.timedelta(days=settings.INVITATION_DAYS)
    return token


def _invitation_url(token: str) -> str:
    return f"{settings.SITE_URL}{reverse('accept_invitation', args=[token])}"


def _send_invitation(invitation: Invitation, token: str, inviter_name: str) -> None:
    """Send the link once the invitation is saved (after the commit: a refused write sends nothing)."""
    context = {
        "person": str(invitation.person),
        "inviter": inviter_name,
        "url": _invitation_url(token),
        "expires": formats.date_format(timezone.localtime(invitation.expires_at), "j F Y H:i"),
        "days": settings.INVITATION_DAYS,
        "site": settings.SITE_URL,
    }
    subject = _("Inbjudan till Samverkan")
    body = render_to_string("actors/email/invitation.txt", context)
    email = invitation.email

    def send() -> None:
        try:
            send_mail(subject, body, None, [email])
        except (OSError, smtplib.SMTPException):  # the invitation stays; it can be sent again
            logger.exception("The invitation to %s could not be sent", email)

    transaction.on_commit(send)


def _actor_name(actor: Any) -> str:
    if getattr(actor, "is_authenticated", False):
        return str(actor.get_full_name() or actor.email)
    return _("Samverkans administratör")


def _require_no_account(person: Person, email: str) -> None:
    if User.objects.filter(person=person).exists():
        raise field_error("email", _("%(person)s har redan ett konto.") % {"person": person}, code="has_account")
    if User.objects.filter(email__iexact=email).exists():
        raise field_error(
            "email",
            _(
                "Det finns redan ett konto med e-postadressen %(email)s, så ingen inbjudan skickas. Den som har "
                "kontot loggar in med det, eller väljer ”Glömt lösenordet?” på inloggningssidan."
            )
            % {"email": email},
            code="has_account",
        )


@transaction.atomic
def invite_person(person: Person, email: str = "", *, actor: Any, send: bool = True) -> Invitation:
    """Invite a person to take an account: a link by e-mail to `email` (else the person's address), valid
    for INVITATION_DAYS days and used once. Refused when the person or the address already has an account,
    or the person already has an invitation that is neither used nor revoked (send that one again).
    `send=False` (the demo) sends nothing: no one has the link until it is sent again."""
    require(actor, "actors.invite_person", person)
    email = (email or person.email).strip().lower()
    if not email:
        raise field_error(
            "email", _("Personen har ingen e-postadress. Skriv den adress inbjudan ska skickas till."), "required"
        )
    _require_no_account(person, email)
    if Invitation.objects.filter(person=person, accepted_at__isnull=True, revoked_at__isnull=True).exists():
        raise field_error(
            "email",
            _("%(person)s har redan en inbjudan som inte är använd. Skicka den igen eller återkalla den.")
            % {"person": person},
            code="open_invitation",
        )
    invitation = Invitation(person=person, email=email, invited_by=actor if isinstance(actor, User) else None)
    token = _new_link(invitation)
    save_validated(invitation)
    record_change(invitation, "actors.invitation.created", actor=actor, after=snapshot(invitation))
    if send:
        _send_invitation(invitation, token, _actor_name(actor))
    return invitation


def _require_open(invitation: Invitation) -> None:
    if invitation.accepted_at is not None:
        raise ValidationError(_("Inbjudan är redan använd: personen har ett konto."), code="accepted")
    if invitation.revoked_at is not None:
        raise ValidationError(_("Inbjudan är återkallad. Bjud in personen på nytt."), code="revoked")


def _locked(invitation: Invitation) -> Invitation:
    return Invitation.objects.select_for_update().select_related("person").get(pk=invitation.pk)


@transaction.atomic
def resend_invitation(invitation: Invitation, *, actor: Any) -> Invitation:
    """Send a new link (valid for INVITATION_DAYS days from now); the link sent before no longer works."""
    require(actor, "actors.invite_person", invitation.person)
    invitation = _locked(invitation)
    _require_open(invitation)
    _require_no_account(invitation.person, invitation.email)
    before = snapshot(invitation)
    token = _new_link(invitation)
    save_validated(invitation)
    record_change(invitation, "actors.invitation.resent", actor=actor, before=before, after=snapshot(invitation))
    _send_invitation(invitation, token, _actor_name(actor))
    return invitation


@transaction.atomic
def revoke_invitation(invitation: Invitation, *, actor: Any) -> Invitation:
    """The link no longer works; the invitation stays in the history."""
    require(actor, "actors.invite_person", invitation.person)
    invitation = _locked(invitation)
    _require_open(invitation)
    return update_object(invitation, "actors.invitation.revoked", {"revoked_at": timezone.now()}, actor=actor)


@transaction.atomic
def accept_invitation(token: str, password: str, *, actor: Any) -> User:
    """Take the account an invitation link offers, with a password that passes AUTH_PASSWORD_VALIDATORS.
    The link is the permission (`actor` is whoever follows it, usually no one logged in); the account's
    creation and the invitation's use are recorded as the new account's own acts. Used once: the row is
    locked, so the same link sent twice at once gives one account."""
    invitation = open_invitation(token)
    invitation = _locked(invitation)
    if invitation.status != InvitationStatus.PENDING:
        raise InvitationRefused(invitation.status)
    user = account_for(invitation)
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"new_password1": exc.error_list}) from exc
    try:
        _require_no_account(invitation.person, invitation.email)
    except ValidationError:
        raise InvitationRefused(InvitationStatus.ACCEPTED) from None
    user.set_password(password)
    user.save()
    record_change(user, "actors.user.created", actor=user, after=snapshot(user), reason=_("Inbjudan användes."))
    update_object(invitation, "actors.invitation.accepted", {"accepted_at": timezone.now(), "user": user}, actor=user)
    return user


@transaction.atomic
def set_password(user: User, password: str, *, actor: Any) -> User:
    """A new password (validated by AUTH_PASSWORD_VALIDATORS), e.g. from a password reset link."""
    require(actor, "actors.set_password", user)
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise ValidationError({"new_password1": exc.error_list}) from exc
    user.set_password(password)
    user.save(update_fields=["password"])
    record_change(user, "actors.user.password_set", actor=actor)
    return user


@transaction.atomic
def deactivate_user(user: User, *, actor: Any) -> User:
    """The account can no longer log in (its sessions end too); the person, their roles and the history stay."""
    require(actor, "actors.change_user", user)
    if getattr(actor, "pk", None) == user.pk:
        raise ValidationError(_("Du kan inte stänga av ditt eget konto."), code="own_account")
    return _set_active(user, False, "actors.user.deactivated", actor)


@transaction.atomic
def reactivate_user(user: User, *, actor: Any) -> User:
    require(actor, "actors.change_user", user)
    return _set_active(user, True, "actors.user.reactivated", actor)


def _set_active(user: User, active: bool, action: str, actor: Any) -> User:
    if user.is_active == active:
        return user
    before = snapshot(user)
    user.is_active = active
    user.save(update_fields=["is_active"])
    record_change(user, action, actor=actor, before=before, after=snapshot(user))
    return user
