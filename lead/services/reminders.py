"""Reminder e-mails about assignments (L3), sent by a scheduled task in the worker: when an assignment is
given, three days before it is due and the day after it is due — each kind once per assignment (an
`AssignmentReminder` row, unique per kind, is written in the same transaction as the e-mail is sent), in
the owner's language, with a link to the assignment and a link that turns reminders off without a login.

Only the owner is mailed, and only about what the owner may see (the gateway decides: an assignment of a
body under secrecy is seen by its owner). A kind whose moment has passed is not sent late: an assignment
given when already overdue gets "given" and "overdue", not "three days left"."""

from __future__ import annotations

import datetime
import logging
import smtplib
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from actors.models import Person, User
from core.services import SYSTEM, create_object, update_object
from lead.choices import OPEN_ASSIGNMENT, REMINDER_DAYS_BEFORE, ReminderKind
from lead.models import Assignment, AssignmentReminder, ReminderPreference

logger = logging.getLogger(__name__)

OFF_SALT = "lead.reminders-off"
# "Given" is sent soon after the assignment is given; one recorded long ago (or a worker that was stopped
# for weeks) sends no late news.
GIVEN_WITHIN_DAYS = 14


def reminders_off_token(person: Person) -> str:
    """The secret of the link in every reminder that turns the person's reminders off (signed, no login)."""
    return signing.dumps({"person": person.pk}, salt=OFF_SALT)


def person_from_token(token: str) -> Person | None:
    """The person a turn-off link was made for, or None when the link is not one of ours."""
    try:
        person_id = signing.loads(token, salt=OFF_SALT)["person"]
    except (signing.BadSignature, KeyError, TypeError):
        return None
    return Person.objects.filter(pk=person_id).first()


def reminders_on(person: Person) -> bool:
    preference = ReminderPreference.objects.filter(person=person).first()
    return preference is None or preference.send_reminders


@transaction.atomic
def set_reminders(person: Person, on: bool, *, actor: Any) -> ReminderPreference:
    """Turn the person's reminder e-mails on or off: the person's own choice (or the platform's, when the
    person followed the signed link of a reminder)."""
    if actor is not SYSTEM and (actor is None or getattr(actor, "person_id", None) != person.pk):
        raise PermissionDenied(_("Bara du själv kan välja om du vill ha påminnelser om dina uppdrag."))
    preference = ReminderPreference.objects.select_for_update().filter(person=person).first()
    if preference is None:
        return create_object(
            ReminderPreference, "lead.reminders.set", {"send_reminders": on}, actor=actor, person=person
        )
    return update_object(
        preference, "lead.reminders.set", {"send_reminders": on, "changed_at": timezone.now()}, actor=actor
    )


def kinds_due(assignment: Assignment, today: datetime.date, sent: set[str]) -> list[str]:
    """The kinds of reminder the assignment is due for today and has not had."""
    kinds: list[str] = []
    if (
        ReminderKind.GIVEN not in sent
        and today - datetime.timedelta(days=GIVEN_WITHIN_DAYS) <= assignment.given_on <= today
    ):
        kinds.append(ReminderKind.GIVEN)
    due = assignment.due_date
    if due is not None and assignment.given_on <= today:
        if ReminderKind.DUE_SOON not in sent and due - datetime.timedelta(days=REMINDER_DAYS_BEFORE) <= today <= due:
            kinds.append(ReminderKind.DUE_SOON)
        if ReminderKind.OVERDUE not in sent and today > due:
            kinds.append(ReminderKind.OVERDUE)
    return kinds


def _message(assignment: Assignment, kind: str, user: User) -> tuple[str, str]:
    """The subject and text of one reminder, in the user's language."""
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {
            "kind": kind,
            "person": str(assignment.owner_person),
            "assignment": assignment.title,
            "body": str(assignment.body),
            "collaboration": str(assignment.collaboration),
            "given_on": formats.date_format(assignment.given_on, "j F Y"),
            "due_date": formats.date_format(assignment.due_date, "j F Y") if assignment.due_date else "",
            "days": REMINDER_DAYS_BEFORE,
            "url": f"{settings.SITE_URL}{assignment.get_absolute_url()}",
            "mine_url": f"{settings.SITE_URL}{reverse('personal:assignments')}",
            "off_url": settings.SITE_URL
            + reverse("personal:reminders_off", args=[reminders_off_token(assignment.owner_person)]),
            "site": settings.SITE_URL,
        }
        subject = render_to_string("lead/email/reminder_subject.txt", context).strip()
        body = render_to_string("lead/email/reminder.txt", context)
    return subject, body


def _send_one(assignment: Assignment, kind: str, user: User, *, actor: Any) -> bool:
    """Record and send one reminder in one transaction: a reminder is recorded only when it was sent, and
    a second runner at the same moment waits for the first and then finds it recorded."""
    subject, body = _message(assignment, kind, user)
    try:
        with transaction.atomic():
            create_object(
                AssignmentReminder,
                "lead.assignment.reminded",
                {"kind": kind, "to_email": user.email},
                actor=actor,
                collaboration_id=assignment.collaboration_id,
                assignment=assignment,
            )
            send_mail(subject, body, None, [user.email])
    except IntegrityError:
        return False  # sent already, by another run
    except (OSError, smtplib.SMTPException):
        logger.exception(
            "The reminder about assignment %s could not be sent; it is tried again next run", assignment.pk
        )
        return False
    return True


def send_due_reminders(today: datetime.date | None = None, *, actor: Any = SYSTEM) -> int:
    """Send every reminder due today that has not been sent; returns how many were sent. Idempotent."""
    today = today or timezone.localdate()
    candidates = list(
        Assignment.objects.filter(
            status__in=OPEN_ASSIGNMENT,
            owner_person__user__isnull=False,
            owner_person__user__is_active=True,
            given_on__lte=today,
        )
        .exclude(owner_person__user__email="")
        .exclude(owner_person__reminder_preference__send_reminders=False)
        .select_related("owner_person__user", "body", "collaboration")
        .order_by("pk")
    )
    sent_kinds: dict[int, set[str]] = defaultdict(set)
    for assignment_id, kind in AssignmentReminder.objects.filter(
        assignment_id__in=[a.pk for a in candidates]
    ).values_list("assignment_id", "kind"):
        sent_kinds[assignment_id].add(kind)
    due = [(a, kinds) for a in candidates if (kinds := kinds_due(a, today, sent_kinds[a.pk]))]
    # Only what the owner may see is mailed to the owner (secrecy, visibility): the gateway decides.
    by_user: dict[int, list[Assignment]] = defaultdict(list)
    for assignment, _kinds in due:
        by_user[assignment.owner_person.user.pk].append(assignment)
    visible: set[int] = set()
    for assignments in by_user.values():
        user = assignments[0].owner_person.user
        visible |= set(
            Assignment.objects.visible_to(user).filter(pk__in=[a.pk for a in assignments]).values_list("pk", flat=True)
        )
    count = 0
    for assignment, kinds in due:
        if assignment.pk not in visible:
            continue
        for kind in kinds:
            count += _send_one(assignment, kind, assignment.owner_person.user, actor=actor)
    return count
