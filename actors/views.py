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
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import CreateView, DetailView, FormView, UpdateView
from django_filters.views import FilterView
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from actors import queries, services
from actors.choices import InvitationStatus
from actors.filters import AreaFilterSet, OrganizationFilterSet, PersonFilterSet, UserFilterSet
from actors.forms import InvitationForm, NewPasswordForm, OrganizationForm, PersonForm, RepresentationForm
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
        return Person.objects.select_related("user").prefetch_related(
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


# Accounts: the users page, invitations, password reset -------------------------------------------------


class AdminRequiredMixin(LoginRequiredMixin):
    """Platform administrators only (403 with a message for anyone else logged in)."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_perm("actors.view_user"):
            raise PermissionDenied(_("Bara plattformens administratörer hanterar användare."))
        return super().dispatch(request, *args, **kwargs)


class UserListView(AdminRequiredMixin, HtmxPartialMixin, FilterView):
    """Användare: every account, its person and organizations, last login; open invitations."""

    filterset_class = UserFilterSet
    template_name = "actors/user_list.html"
    partial_name = "results"
    paginate_by = 50

    def get_queryset(self):
        return queries.users_for(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["invitations"] = (
            queries.invitations_for(self.request.user)
            .filter(accepted_at__isnull=True, revoked_at__isnull=True)
            .order_by("person__last_name", "person__first_name")
        )
        return context


class UserActiveView(AdminRequiredMixin, View):
    """Deactivate or reactivate an account (POST)."""

    active = False

    def post(self, request, pk):
        account = get_object_or_404(queries.users_for(request.user), pk=pk)
        service = services.reactivate_user if self.active else services.deactivate_user
        try:
            service(account, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            text = _("%(who)s kan logga in igen.") if self.active else _("%(who)s kan inte längre logga in.")
            messages.success(request, text % {"who": account.get_full_name() or account.email})
        return redirect(_safe_next(request, reverse("actors:user_list")))


def _safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return default


class InvitationCreateView(LoginRequiredMixin, ServiceFormMixin, FormView):
    """Invite a person to take an account (administrators; coordinators for the people of their parties)."""

    form_class = InvitationForm
    template_name = "actors/invitation_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.person = get_object_or_404(Person.objects.select_related("user"), pk=kwargs["pk"])
        if request.user.is_authenticated and not request.user.has_perm("actors.invite_person", self.person):
            raise PermissionDenied(
                _("Bara administratörer och samordnare för personens organisationer kan bjuda in personen.")
            )
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {**super().get_initial(), "email": self.person.email}

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, next=_safe_next(self.request, ""), **kwargs)

    def perform(self, form):
        invitation = services.invite_person(self.person, form.cleaned_data["email"], actor=self.request.user)
        messages.success(
            self.request,
            _("Inbjudan är skickad till %(email)s. Länken gäller i %(days)s dagar.")
            % {
                "email": invitation.email,
                "days": settings.INVITATION_DAYS,
            },
        )
        return invitation

    def get_success_url(self):
        return _safe_next(self.request, self.person.get_absolute_url())


class InvitationActionView(LoginRequiredMixin, View):
    """Send an invitation again, or revoke it (POST). An invitation the user may not manage is a 404."""

    resend = True

    def post(self, request, pk):
        invitation = get_object_or_404(queries.invitations_for(request.user), pk=pk)
        try:
            if self.resend:
                invitation = services.resend_invitation(invitation, actor=request.user)
            else:
                invitation = services.revoke_invitation(invitation, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            if self.resend:
                text = _("En ny länk är skickad till %(email)s; den förra gäller inte längre.")
            else:
                text = _("Inbjudan till %(email)s är återkallad; länken gäller inte längre.")
            messages.success(request, text % {"email": invitation.email})
        return redirect(_safe_next(request, reverse("actors:user_list") + "#inbjudningar"))


REFUSED_LINK = {
    "unknown": _(
        "Länken gäller inte. Den kan ha ersatts av en nyare inbjudan (använd i så fall länken i det senaste "
        "meddelandet) eller vara ofullständigt kopierad."
    ),
    InvitationStatus.EXPIRED: _(
        "Länken har gått ut: en inbjudan gäller i %(days)s dagar. Be den som bjöd in dig att skicka den igen."
    ),
    InvitationStatus.ACCEPTED: _(
        "Länken är redan använd och kan bara användas en gång. Har du redan ett konto loggar du in med det; "
        "har du glömt lösenordet kan du återställa det."
    ),
    InvitationStatus.REVOKED: _(
        "Inbjudan är återkallad och länken gäller inte längre. Hör av dig till den som bjöd in dig om du "
        "ändå ska ha ett konto."
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


class InvitationAcceptView(View):
    """The invitation link: choose a password, and the account is ready (logged in, on one's collaborations).
    A link that cannot be used says why: unknown (or replaced), expired, used or revoked."""

    template_name = "registration/invitation_accept.html"

    def refused(self, request, reason: str):
        message = REFUSED_LINK.get(reason, REFUSED_LINK["unknown"]) % {"days": settings.INVITATION_DAYS}
        return render(request, "registration/invitation_refused.html", {"message": message}, status=410)

    def get(self, request, token):
        try:
            invitation = queries.open_invitation(token)
        except queries.InvitationRefused as refused:
            return self.refused(request, refused.reason)
        form = NewPasswordForm(queries.account_for(invitation))
        return render(request, self.template_name, {"form": form, "invitation": invitation})

    def post(self, request, token):
        try:
            invitation = queries.open_invitation(token)
        except queries.InvitationRefused as refused:
            return self.refused(request, refused.reason)
        form = NewPasswordForm(queries.account_for(invitation), request.POST)
        if form.is_valid():
            try:
                user = services.accept_invitation(token, form.cleaned_data["new_password1"], actor=request.user)
            except queries.InvitationRefused as refused:
                return self.refused(request, refused.reason)
            except ValidationError as exc:
                for error in exc.error_dict.get("new_password1", []) if hasattr(exc, "error_dict") else [exc]:
                    form.add_error("new_password1", error)
            else:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(request, _("Välkommen! Ditt konto är klart och du är inloggad."))
                return redirect("home")
        return render(request, self.template_name, {"form": form, "invitation": invitation})


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's page of a password reset link; the new password is set by the service (and so recorded)."""

    template_name = "registration/password_reset_confirm.html"
    form_class = NewPasswordForm

    def form_valid(self, form):
        user = form.user
        try:
            services.set_password(user, form.cleaned_data["new_password1"], actor=user)
        except ValidationError as exc:
            for error in exc.error_dict.get("new_password1", []) if hasattr(exc, "error_dict") else [exc]:
                form.add_error("new_password1", error)
            return self.form_invalid(form)
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        return HttpResponseRedirect(self.get_success_url())
