"""Pages of the territory and the actors; the login throttle's helpers.

What these pages show of collaborations (an area's collaborations, an organization's participations, a
person's roles) comes from `collaborations`' template tags, so this app does not import `collaborations`.
The refresh of the areas from Kolada is started in `stats.views`, beside the Kolada client."""

import datetime
import functools
import math

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import CreateView, DetailView, UpdateView
from django_filters.views import FilterView
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from actors import services
from actors.filters import AreaFilterSet, OrganizationFilterSet, PersonFilterSet
from actors.forms import OrganizationForm, PersonForm, RepresentationForm
from actors.models import Area, Organization, Person, Representation
from actors.oidc import NO_ACCOUNT, NO_EMAIL, REFUSAL, UNVERIFIED, organization_sign_in_enabled
from core.views import HtmxPartialMixin, ObjectHistoryView, ServiceFormMixin, ServiceUpdateMixin


class AreaListView(HtmxPartialMixin, FilterView):
    filterset_class = AreaFilterSet
    template_name = "actors/area_list.html"
    partial_name = "results"
    paginate_by = 50

    def get_queryset(self):
        return Area.objects.select_related("county")


class AreaDetailView(DetailView):
    template_name = "actors/area_detail.html"
    slug_field = "scb_code"
    slug_url_kwarg = "code"

    def get_queryset(self):
        return Area.objects.select_related("county").prefetch_related("populations")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        area = self.object
        context["members"] = area.members.all() if area.kind == "region" else []
        context["organizations"] = area.organizations.all()[:100]
        return context


class AreaHistoryView(ObjectHistoryView):
    slug_field = "scb_code"
    slug_url_kwarg = "code"
    queryset = Area.objects.all()


class OrganizationListView(HtmxPartialMixin, FilterView):
    filterset_class = OrganizationFilterSet
    template_name = "actors/organization_list.html"
    partial_name = "results"
    paginate_by = 50

    def get_queryset(self):
        # the number of participations shown beside each is counted through the gateway (`collaborations`' tags)
        return Organization.objects.select_related("area").order_by("name")


class OrganizationDetailView(DetailView):
    template_name = "actors/organization_detail.html"

    def get_queryset(self):
        user = self.request.user
        people = Representation.objects.select_related("person").order_by("person__last_name")
        return Organization.objects.select_related("area").prefetch_related(
            "other_names",
            Prefetch("areas", queryset=Area.objects.order_by("kind", "name")),
            Prefetch(
                "representations",
                queryset=people if user.is_authenticated else people.none(),
                to_attr="visible_representations",
            ),
        )


class OrganizationCreateView(LoginRequiredMixin, ServiceFormMixin, CreateView):
    form_class = OrganizationForm
    template_name = "actors/organization_form.html"
    success_message = _("Organisationen är skapad.")

    def perform(self, form):
        return services.create_organization(actor=self.request.user, **form.service_data())

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.context_data["existing"] = _existing(form)
        return response


class OrganizationUpdateView(LoginRequiredMixin, ServiceUpdateMixin, UpdateView):
    form_class = OrganizationForm
    template_name = "actors/organization_form.html"
    queryset = Organization.objects.all()
    success_message = _("Ändringarna är sparade.")

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not self.request.user.has_perm("actors.change_organization", obj):
            raise PermissionDenied(_("Bara organisationens egna företrädare kan ändra den."))
        return obj

    def perform(self, form):
        return services.update_organization(self.object, actor=self.request.user, **form.service_data())

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.context_data["existing"] = _existing(form)
        return response


def _existing(form) -> Organization | None:
    """The organization a refused duplicate names, to link to it."""
    for errors in form.errors.as_data().values():
        for error in errors:
            if error.code == "duplicate" and error.params and "pk" in error.params:
                return Organization.objects.filter(pk=error.params["pk"]).first()
    return None


class OrganizationHistoryView(ObjectHistoryView):
    queryset = Organization.objects.all()


class PersonListView(LoginRequiredMixin, HtmxPartialMixin, FilterView):
    filterset_class = PersonFilterSet
    template_name = "actors/person_list.html"
    partial_name = "results"
    paginate_by = 50

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch("representations", queryset=Representation.objects.select_related("organization"))
        ).distinct()


class PersonDetailView(LoginRequiredMixin, DetailView):
    template_name = "actors/person_detail.html"

    def get_queryset(self):
        return Person.objects.prefetch_related(
            Prefetch("representations", queryset=Representation.objects.select_related("organization"))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_edit"] = self.request.user.has_perm("actors.change_person", self.object)
        return context


class PersonCreateView(LoginRequiredMixin, ServiceFormMixin, CreateView):
    form_class = PersonForm
    template_name = "actors/person_form.html"
    success_message = _("Personen är tillagd.")

    def perform(self, form):
        return services.create_person(actor=self.request.user, **form.cleaned_data)


class PersonUpdateView(LoginRequiredMixin, ServiceUpdateMixin, UpdateView):
    form_class = PersonForm
    template_name = "actors/person_form.html"
    queryset = Person.objects.all()
    success_message = _("Ändringarna är sparade.")

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not self.request.user.has_perm("actors.change_person", obj):
            raise PermissionDenied(_("Du kan bara ändra dina egna uppgifter."))
        return obj

    def perform(self, form):
        return services.update_person(self.object, actor=self.request.user, **self.changed_data(form))


class RepresentationCreateView(LoginRequiredMixin, ServiceFormMixin, CreateView):
    form_class = RepresentationForm
    template_name = "actors/representation_form.html"
    success_message = _("Personen företräder nu organisationen.")

    def dispatch(self, request, *args, **kwargs):
        self.person = get_object_or_404(Person, pk=kwargs["pk"])
        if request.user.is_authenticated and not request.user.has_perm("actors.change_person", self.person):
            raise PermissionDenied(_("Du kan bara ändra dina egna uppgifter."))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def perform(self, form):
        data = dict(form.cleaned_data)
        organization = data.pop("organization")
        return services.add_representation(self.person, organization, actor=self.request.user, **data)

    def get_success_url(self):
        return reverse("actors:person_detail", args=[self.person.pk])


class PersonHistoryView(LoginRequiredMixin, ObjectHistoryView):
    queryset = Person.objects.all()


# Login throttling (django-axes; the rule is in samverkan/settings.py beside AXES_LOCKOUT_PARAMETERS).


def client_address(request) -> str:
    """The visitor's address: REMOTE_ADDR, or behind PROXY_COUNT proxies the address the outermost one saw
    (each proxy appends the address it received from to X-Forwarded-For; those further left can be forged)."""
    proxies = settings.PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def login_username(request, credentials) -> str | None:
    """The account a login names, as it is stored (e-mail addresses in lower case), so that `A@x.se` and
    `a@x.se` count as the same account."""
    username = (credentials or {}).get("username")
    if username is None:
        username = request.POST.get("username")
    return username.strip().lower() if username else None


def _lockout_ends(request, credentials) -> datetime.datetime:
    """When the lock ends: for each locked parameter (the account, the address), the failures are summed from
    the newest back; the lock lasts until the one that reached the limit is older than the cool-off."""
    limit = get_failure_limit(request, credentials)
    cool_off = get_cool_off(request)
    ends = timezone.now() + cool_off
    latest = None
    for attempts in AxesProxyHandler.get_implementation().get_user_attempts(request, credentials):
        total = 0
        for attempt_time, failures in attempts.order_by("-attempt_time").values_list(
            "attempt_time", "failures_since_start"
        ):
            total += failures
            if total >= limit:
                latest = max(latest or attempt_time, attempt_time)
                break
    return latest + cool_off if latest else ends


def login_locked_out(request, original_response=None, credentials=None):
    """The page of a refused login: it says why and from what time the next try is possible (429)."""
    ends = _lockout_ends(request, credentials)
    response = render(
        request,
        "registration/locked_out.html",
        {"ends": ends, "minutes": round(get_cool_off(request).total_seconds() / 60)},
        status=429,
    )
    response["Retry-After"] = str(max(1, math.ceil((ends - timezone.now()).total_seconds())))
    return response


# Sign-in with the organization's own identity provider (OpenID Connect; actors.oidc). Both pages are not found
# unless it is configured. Signing out (Django's LogoutView) ends the session here only, not the one at the
# organization's provider (README).


class OrganizationSignInOnlyMixin:
    """Not found unless the sign-in is configured (checked before mozilla-django-oidc reads its settings)."""

    @classmethod
    def as_view(cls, **initkwargs):
        view = super().as_view(**initkwargs)

        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            if not organization_sign_in_enabled():
                raise Http404("OIDC sign-in is not configured")
            return view(request, *args, **kwargs)

        return guarded


class OrganizationSignInView(OrganizationSignInOnlyMixin, OIDCAuthenticationRequestView):
    """Sends the browser to the organization's provider (with state, nonce and PKCE kept in the session)."""


REFUSALS = {
    NO_ACCOUNT: _(
        "Du loggade in hos din organisation som %(email)s. Det finns inget konto för den e-postadressen i Samverkan. "
        "Be samordnaren om en inbjudan."
    ),
    UNVERIFIED: _(
        "Din organisation har inte bekräftat e-postadressen %(email)s, så den kan inte användas för att logga in. "
        "Kontakta din organisations it-stöd."
    ),
    NO_EMAIL: _(
        "Din organisations inloggning gav ingen e-postadress, så Samverkan kan inte veta vilket konto som är ditt. "
        "Kontakta din organisations it-stöd."
    ),
}


class OrganizationSignInCallbackView(OrganizationSignInOnlyMixin, OIDCAuthenticationCallbackView):
    """Where the provider sends the browser back: signed in to the matched account, or back on the login page
    with what went wrong."""

    @property
    def failure_url(self):
        return reverse("login")

    def login_failure(self):
        if not getattr(self.request, "axes_locked_out", False):  # else axes' page says when to try again
            reason, email = getattr(self.request, REFUSAL, (None, ""))
            if reason in REFUSALS:
                messages.error(self.request, REFUSALS[reason] % {"email": email})
            else:  # cancelled or refused at the provider, or an expired or replayed answer
                messages.error(
                    self.request,
                    _(
                        "Inloggningen med din organisations konto blev inte av. Försök igen, eller logga in med "
                        "e-post och lösenord."
                    ),
                )
        return super().login_failure()
