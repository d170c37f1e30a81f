"""The person's own assignments across collaborations ("Mina uppdrag", overdue first) with the choice of
reminder e-mails, and the page of the link in every reminder that turns them off without a login."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import TemplateView

from core.services import SYSTEM
from lead.choices import OPEN_ASSIGNMENT
from lead.forms.assignments import RemindersForm
from lead.models import Assignment
from lead.services.reminders import person_from_token, reminders_on, set_reminders
from lead.views.assignments import overdue_q

LATE: IntegerField = IntegerField()


class MyAssignmentsView(LoginRequiredMixin, TemplateView):
    template_name = "lead/my_assignments.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        user, today = self.request.user, timezone.localdate()
        person = getattr(user, "person", None)
        context.update(person=person, today=today)
        if person is None:
            return context
        mine = (
            Assignment.objects.visible_to(user)
            .filter(owner_person=person)
            .select_related("collaboration", "body", "owner_organization")
        )
        context.update(
            open=list(
                mine.filter(status__in=OPEN_ASSIGNMENT)
                .annotate(
                    late=Case(When(overdue_q(today), then=Value(0)), default=Value(1), output_field=IntegerField())
                )
                .order_by("late", "due_date", "pk")
            ),
            closed=list(mine.exclude(status__in=OPEN_ASSIGNMENT).order_by("-completed_on", "-pk")[:20]),
            reminders_form=RemindersForm(initial={"send_reminders": reminders_on(person)}),
        )
        return context


class RemindersView(LoginRequiredMixin, View):
    """The signed-in person turns reminders on or off (POST from "Mina uppdrag")."""

    def post(self, request: HttpRequest) -> HttpResponse:
        person = getattr(request.user, "person", None)
        if person is None:
            raise Http404
        form = RemindersForm(request.POST)
        form.is_valid()
        on = bool(form.cleaned_data.get("send_reminders"))
        set_reminders(person, on, actor=request.user)
        messages.success(
            request, _("Du får påminnelser om dina uppdrag.") if on else _("Du får inte längre påminnelser.")
        )
        return redirect(reverse("personal:assignments") + "#paminnelser")


class RemindersOffView(View):
    """The link in a reminder: a confirmation form (GET) that turns reminders off (POST); no login."""

    template_name = "lead/reminders_off.html"

    def get(self, request: HttpRequest, token: str) -> HttpResponse:
        person = self._person(token)
        return render(request, self.template_name, {"person": person, "done": not reminders_on(person)})

    def post(self, request: HttpRequest, token: str) -> HttpResponse:
        person = self._person(token)
        user = getattr(person, "user", None)
        set_reminders(person, False, actor=user if user is not None else SYSTEM)
        return render(request, self.template_name, {"person": person, "done": True, "just_now": True})

    def _person(self, token: str) -> Any:
        person = person_from_token(token)
        if person is None:
            raise Http404(_("Länken är inte giltig."))
        return person
