"""Pages of collaborations: the front page, list, overview, set-up, parties, roles and the log."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import CreateView, DetailView, TemplateView, UpdateView
from django_filters.views import FilterView

from collaborations import queries, services
from collaborations.choices import ParticipationRole
from collaborations.filters import CollaborationFilterSet
from collaborations.forms import (
    CollaborationCreateForm,
    CollaborationForm,
    CollaborationRoleForm,
    CollaborationRoleUpdateForm,
    ParticipationCreateForm,
    ParticipationForm,
    ParticipationInlineForm,
)
from collaborations.models import Collaboration, CollaborationRole, Participation
from collaborations.parts.time import AsOfMixin
from collaborations.parts.views import CollaborationScopedMixin
from core.queries import collaboration_log, readable_records
from core.views import HtmxPartialMixin, ObjectHistoryView, ServiceFormMixin, ServiceUpdateMixin, lazy_context


class HomeView(TemplateView):
    """Front page: the user's own collaborations first, then what is public."""

    template_name = "collaborations/home.html"
    newest = 12

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user

        def worked_out():  # only when the cached part is missing
            mine = list(queries.my_collaborations(user)) if user.is_authenticated else []
            others = (
                queries.collaborations_for_list(user)
                .filter(visibility="public")
                .exclude(pk__in=[c.pk for c in mine])
                .order_by("-updated_at", "name")
            )
            # The newest few: a national installation has hundreds; the list page filters and pages them all.
            return {"mine": mine, "public": list(others[: self.newest]), "public_count": others.count()}

        context.update(lazy_context(worked_out, "mine", "public", "public_count"))
        return context


class CollaborationListView(HtmxPartialMixin, FilterView):
    filterset_class = CollaborationFilterSet
    template_name = "collaborations/collaboration_list.html"
    partial_name = "results"
    paginate_by = 25

    def get_queryset(self):
        return queries.collaborations_for_list(self.request.user)

    def get_context_data(self, **kwargs):
        """The page of results is read only when the cached part is missing (or htmx asks for it)."""
        listed = ("paginator", "page_obj", "is_paginated", "object_list", "collaboration_list")
        context = lazy_context(lambda: super(CollaborationListView, self).get_context_data(**kwargs), *listed)
        return {**kwargs, "view": self, **context}


class CollaborationDetailView(AsOfMixin, DetailView):
    """The overview, as of today or of the `?per=` date: the parties, roles, counts and sector badges
    are those of that day; parties that had left by then, or joined later, are listed apart.

    Its content is a cached part: the parties, roles and counts are read only when it is missing."""

    template_name = "collaborations/collaboration_detail.html"

    def get_queryset(self):
        return Collaboration.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, pk, on = self.request.user, self.object.pk, self.on

        def worked_out():
            collaboration = queries.collaboration_detail(user).get(pk=pk)
            current, former, coming = queries.split_in_time(collaboration.visible_participations, on)
            roles, former_roles, coming_roles = queries.split_in_time(collaboration.visible_roles, on)
            return {
                "object": collaboration,
                "can_change": user.has_perm("collaborations.change_collaboration", collaboration),
                "current_parties": current,
                "former_parties": former,
                "coming_parties": coming,
                "current_roles": roles,
                "other_roles": former_roles + coming_roles,
                "sector_counts": queries.sector_counts(current),
                "has_coordinator": any(p.role == ParticipationRole.COORDINATOR for p in current),
            }

        names = ("object", "can_change", "current_parties", "former_parties", "coming_parties")
        others = ("current_roles", "other_roles", "sector_counts", "has_coordinator")
        context.update(lazy_context(worked_out, *names, *others))
        return context


class CollaborationCreateView(LoginRequiredMixin, ServiceFormMixin, CreateView):
    form_class = CollaborationCreateForm
    template_name = "collaborations/collaboration_form.html"
    success_message = _("Samverkan är skapad. Lägg nu till parterna.")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def perform(self, form):
        data = dict(form.cleaned_data)
        organization = data.pop("coordinating_organization")
        return services.create_collaboration(actor=self.request.user, coordinating_organization=organization, **data)

    def get_success_url(self):
        return reverse("collaborations:participation_create", args=[self.object.slug])


class CollaborationUpdateView(LoginRequiredMixin, CollaborationScopedMixin, ServiceUpdateMixin, UpdateView):
    form_class = CollaborationForm
    template_name = "collaborations/collaboration_form.html"
    success_message = _("Ändringarna är sparade.")

    def get_object(self, queryset=None):
        self.require("collaborations.change_collaboration")
        return self.get_collaboration()

    def perform(self, form):
        return services.update_collaboration(self.object, actor=self.request.user, **self.changed_data(form))


class CollaborationHistoryView(ObjectHistoryView):
    slug_url_kwarg = "slug"

    def get_queryset(self):
        return Collaboration.objects.visible_to(self.request.user)


class CollaborationLogView(LoginRequiredMixin, CollaborationScopedMixin, View):
    """Every change in the collaboration that the user may read."""

    def get(self, request, slug):
        collaboration = self.get_collaboration()
        page = Paginator(collaboration_log(collaboration, request.user), 50).get_page(request.GET.get("sida"))
        return render(
            request,
            "collaborations/collaboration_log.html",
            {
                "object": collaboration,
                "collaboration": collaboration,
                "records": readable_records(page, request.user, in_words=True),
                "page_obj": page,
            },
        )


class ParticipationDetailView(CollaborationScopedMixin, DetailView):
    template_name = "collaborations/participation_detail.html"

    def get_queryset(self):
        return (
            Participation.objects.visible_to(self.request.user)
            .filter(collaboration=self.get_collaboration())
            .select_related("organization", "collaboration")
        )

    def get_context_data(self, **kwargs):
        can_manage = self.request.user.has_perm("collaborations.manage_participation", self.get_collaboration())
        return super().get_context_data(collaboration=self.get_collaboration(), can_manage=can_manage, **kwargs)


class ParticipationCreateView(LoginRequiredMixin, CollaborationScopedMixin, ServiceFormMixin, CreateView):
    """One or more parties at once, one of them perhaps an organization new to the register."""

    form_class = ParticipationCreateForm
    template_name = "collaborations/participation_form.html"
    success_message = _("Parten är tillagd.")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.require("collaborations.manage_participation")
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def get_form(self, form_class=None):
        """The register without the organizations that are already parties (today or from a coming date) as
        far as the user sees: a party that has left may join again; a party hidden from the user stays in the
        list (its absence would tell), and adding it again is refused by the service, as a
        party shown in the list is when it is posted."""
        form = super().get_form(form_class)
        taken = set(queries.current_or_coming_parties(self.get_collaboration(), self.request.user))
        field = form.fields["organization"]  # the choices shown; the field still reads any (the service refuses)
        field.widget.choices = [
            (value, label) for value, label in field.choices if getattr(value, "value", value) not in taken
        ]
        return form

    def get_context_data(self, **kwargs):
        collaboration = self.get_collaboration()
        parties = collaboration.participations.visible_to(self.request.user).select_related("organization")
        return super().get_context_data(collaboration=collaboration, parties=parties, **kwargs)

    def perform(self, form):
        added = services.add_parties(
            self.get_collaboration(),
            list(form.cleaned_data["organization"]),
            new_organization=form.new_organization(),
            actor=self.request.user,
            **form.service_data(),
        )
        if len(added) > 1:
            self.success_message = _("%(n)s parter är tillagda.") % {"n": len(added)}
        return added[0]

    def get_success_url(self):
        if "add_another" in self.request.POST:
            return reverse("collaborations:participation_create", args=[self.get_collaboration().slug])
        return self.get_collaboration().get_absolute_url() + "#parter"


class ParticipationUpdateView(LoginRequiredMixin, CollaborationScopedMixin, ServiceUpdateMixin, UpdateView):
    form_class = ParticipationForm
    template_name = "collaborations/participation_form.html"
    success_message = _("Ändringarna är sparade.")

    def get_queryset(self):
        return Participation.objects.visible_to(self.request.user).filter(collaboration=self.get_collaboration())

    def get_form_class(self):
        return ParticipationInlineForm if self.request.htmx else ParticipationForm

    def get_template_names(self):
        if self.request.htmx:
            return ["collaborations/_participation_row.html#edit_row"]
        return [self.template_name]

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        self.require("collaborations.manage_participation")
        return obj

    def get_context_data(self, **kwargs):
        return super().get_context_data(collaboration=self.get_collaboration(), can_manage=True, **kwargs)

    def perform(self, form):
        data = self.changed_data(form)
        data.pop("organization", None)
        return services.update_participation(self.object, actor=self.request.user, **data)

    def form_valid(self, form):
        response = super().form_valid(form)
        if self.request.htmx and response.status_code == 302:
            return render(
                self.request,
                "collaborations/_participation_row.html#row",
                {"p": self.object, "collaboration": self.get_collaboration(), "can_manage": True},
            )
        return response

    def get_success_url(self):
        return self.get_collaboration().get_absolute_url() + "#parter"


class ParticipationRowView(LoginRequiredMixin, CollaborationScopedMixin, View):
    """The read-only row of one party (htmx: cancel an inline edit)."""

    def get(self, request, slug, pk):
        p = get_object_or_404(
            Participation.objects.visible_to(request.user)
            .filter(collaboration=self.get_collaboration())
            .select_related("organization"),
            pk=pk,
        )
        can_manage = request.user.has_perm("collaborations.manage_participation", self.get_collaboration())
        return render(
            request,
            "collaborations/_participation_row.html#row",
            {"p": p, "collaboration": self.get_collaboration(), "can_manage": can_manage},
        )


class ParticipationDeleteView(LoginRequiredMixin, CollaborationScopedMixin, View):
    def post(self, request, slug, pk):
        participation = get_object_or_404(
            Participation.objects.visible_to(request.user).filter(collaboration=self.get_collaboration()), pk=pk
        )
        self.require("collaborations.manage_participation")
        try:
            services.remove_participation(participation, actor=request.user, reason=request.POST.get("reason", ""))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect(self.get_collaboration().get_absolute_url() + "#parter")


class ParticipationHistoryView(CollaborationScopedMixin, ObjectHistoryView):
    def get_queryset(self):
        return Participation.objects.visible_to(self.request.user).filter(collaboration=self.get_collaboration())


class RoleCreateView(LoginRequiredMixin, CollaborationScopedMixin, ServiceFormMixin, CreateView):
    form_class = CollaborationRoleForm
    template_name = "collaborations/role_form.html"
    success_message = _("Rollen är tilldelad.")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.require("collaborations.manage_roles")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "collaboration": self.get_collaboration()}

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility}

    def get_context_data(self, **kwargs):
        return super().get_context_data(collaboration=self.get_collaboration(), **kwargs)

    def perform(self, form):
        data = form.cleaned_data
        return services.assign_role(
            self.get_collaboration(),
            data["person"],
            data["kind"],
            actor=self.request.user,
            organization=data.get("organization"),
            visibility=data.get("visibility"),
            start_date=data.get("start_date"),
            end_date=data.get("end_date"),
        )

    def get_success_url(self):
        return self.get_collaboration().get_absolute_url() + "#roller"


class RoleUpdateView(LoginRequiredMixin, CollaborationScopedMixin, ServiceUpdateMixin, UpdateView):
    """When a role is held (it ends rather than disappears, so the history says who held it when)."""

    form_class = CollaborationRoleUpdateForm
    template_name = "collaborations/role_form.html"
    success_message = _("Ändringarna är sparade.")

    def get_queryset(self):
        return (
            CollaborationRole.objects.visible_to(self.request.user)
            .filter(collaboration=self.get_collaboration())
            .select_related("person", "collaboration")
        )

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        self.require("collaborations.manage_roles")
        return obj

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "collaboration": self.get_collaboration()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(collaboration=self.get_collaboration(), **kwargs)

    def perform(self, form):
        return services.update_role(self.object, actor=self.request.user, **self.changed_data(form))

    def get_success_url(self):
        return self.get_collaboration().get_absolute_url() + "#roller"


class RoleDeleteView(LoginRequiredMixin, CollaborationScopedMixin, View):
    def post(self, request, slug, pk):
        role = get_object_or_404(
            CollaborationRole.objects.visible_to(request.user).filter(collaboration=self.get_collaboration()), pk=pk
        )
        self.require("collaborations.manage_roles")
        try:
            services.revoke_role(role, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        return redirect(self.get_collaboration().get_absolute_url() + "#roller")


class CollaborationAccountsView(LoginRequiredMixin, CollaborationScopedMixin, View):
    """Konton: which of the parties' people have an account, and an invitation for those who have none
    (the collaboration's coordinators and the administrators)."""

    def get(self, request, slug):
        collaboration = self.get_collaboration()
        self.require("collaborations.manage_roles")
        return render(
            request,
            "collaborations/collaboration_accounts.html",
            {
                "object": collaboration,
                "collaboration": collaboration,
                "parties": queries.party_people_and_accounts(collaboration, request.user),
            },
        )
