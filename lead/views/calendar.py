"""Calendar feeds (L1): "Min kalender", where a person makes and revokes their private iCalendar
addresses, and the address itself, which needs no login (its secret is the key)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from lead.engine.ical import calendar_bytes
from lead.forms.calendar import CalendarFeedForm
from lead.models import CalendarFeed
from lead.queries.calendar import feed_address, feed_meetings, feed_name, feed_owner, feeds_of, meeting_event
from lead.services import calendar as services
from lead.services.calendar import feed_digest

TEMPLATE = "lead/calendar.html"


class CalendarView(LoginRequiredMixin, View):
    """Min kalender: my feeds, a new one (for all my bodies or one), revoke one. The address of a new feed
    is shown once, in the answer to making it."""

    def page(
        self, request: HttpRequest, form: CalendarFeedForm, new_address: str = "", status: int = 200
    ) -> HttpResponse:
        person_id = getattr(request.user, "person_id", None)
        feeds = list(feeds_of(person_id)) if person_id else []
        context = {"form": form, "feeds": feeds, "new_address": new_address, "has_person": bool(person_id)}
        return render(request, TEMPLATE, context, status=status)

    def get(self, request: HttpRequest) -> HttpResponse:
        return self.page(request, CalendarFeedForm(user=request.user))

    def post(self, request: HttpRequest) -> HttpResponse:
        user: Any = request.user
        if "revoke" in request.POST:
            feed = get_object_or_404(CalendarFeed, pk=request.POST["revoke"], person_id=user.person_id or 0)
            try:
                services.revoke_feed(feed, actor=user)
            except ValidationError as error:
                for message in error.messages:
                    messages.error(request, message)
            else:
                messages.success(request, _("Kalenderadressen är återkallad och slutar fungera nu."))
            return redirect("personal:calendar")
        form = CalendarFeedForm(request.POST, user=user)
        if user.person is None:
            form.add_error(None, _("Ditt konto hör inte till någon person; en kalender visar en persons möten."))
            return self.page(request, form, status=400)
        if not form.is_valid():
            return self.page(request, form, status=400)
        try:
            _feed, token = services.create_feed(user.person, form.cleaned_data["body"], actor=user)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
            return self.page(request, form, status=400)
        return self.page(request, CalendarFeedForm(user=user), new_address=feed_address(request, token))


class CalendarFeedView(View):
    """The iCalendar of one feed. The secret in the address is the key: unknown answers 404, revoked 410."""

    def get(self, request: HttpRequest, token: str) -> HttpResponse:
        feed = CalendarFeed.objects.select_related("body").filter(token_hash=feed_digest(token)).first()
        if feed is None:
            raise Http404
        if feed.revoked_at is not None:
            return HttpResponse(_("Kalenderadressen är återkallad."), status=410, content_type="text/plain")
        owner = feed_owner(feed)
        if owner is None:  # a person without an (active) account has no feed
            raise Http404
        stamp = timezone.now()
        events = [meeting_event(m, stamp=stamp) for m in feed_meetings(feed, owner)]
        response = HttpResponse(
            calendar_bytes(events, name=feed_name(feed)), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = 'inline; filename="samverkan.ics"'
        response["Cache-Control"] = "private, no-store"
        return response
