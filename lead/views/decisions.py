"""The decision register (L2): search and filter a collaboration's decisions, export them to Excel, see one
decision with its mandate flags and the coordinator's note on why it stands; take a decision at an item of
a held meeting, change, replace and cancel it, record a party's reservation."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from collaborations.parts.views import PartFormPageMixin
from core.exports import file_response
from core.permissions import VisiblePrefetch
from core.views import ServiceFormMixin
from lead.choices import DecisionStatus
from lead.forms.decisions import (
    CancelDecisionForm,
    DecisionForm,
    MandateNoteForm,
    RegisterFilterForm,
    ReplaceDecisionForm,
    ReservationForm,
)
from lead.models import AgendaItem, Decision
from lead.queries import decisions as queries
from lead.services import decisions as services
from lead.services.common import MANAGE
from lead.views.base import LeadCreateView, LeadMixin, LeadUpdateView
from organize.models import Adoption, Agreement
from steer.models import Goal

PAGE_SIZE = 50


class RegisterMixin(LeadMixin):
    """The register's filters from the query string, and the decisions they select."""

    def filter_form(self) -> RegisterFilterForm:
        if not hasattr(self, "_filter_form"):
            collaboration, user = self.get_collaboration(), self.request.user
            self._filter_form = RegisterFilterForm(
                self.request.GET or None,
                collaboration=collaboration,
                user=user,
                choices=queries.register_choices(collaboration, user),
            )
        return self._filter_form

    def selected(self) -> Any:
        collaboration, user = self.get_collaboration(), self.request.user
        return queries.filtered(queries.decisions_for(collaboration, user), self.filter_form().register(), user)


class DecisionListView(RegisterMixin, TemplateView):
    template_name = "lead/decisions.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        page = Paginator(self.selected(), PAGE_SIZE).get_page(self.request.GET.get("page"))
        decisions = queries.with_flags(page.object_list, self.request.user)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(
            form=self.filter_form(),
            page_obj=page,
            decisions=decisions,
            query=query.urlencode(),
            filtered=bool(query),
        )
        return context


class DecisionExportView(RegisterMixin, View):
    """The register with the current filters, as Excel (or CSV)."""

    def get(self, request: Any, slug: str, kind: str) -> Any:
        user = request.user
        decisions = queries.with_flags(queries.with_reservations(self.selected(), user), user)
        name = _("Beslut %(collaboration)s") % {"collaboration": self.get_collaboration().name}
        return file_response(queries.export_rows(decisions, user), str(name), kind)


class DecisionScopedMixin(LeadMixin):
    def get_decision(self) -> Decision:
        if not hasattr(self, "_decision"):
            collaboration, user = self.get_collaboration(), self.request.user
            self._decision = get_object_or_404(queries.decisions_for(collaboration, user), pk=self.kwargs["pk"])
        return self._decision


class DecisionDetailView(LeadMixin, TemplateView):
    template_name = "lead/decision_detail.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        decisions = queries.with_reservations(
            queries.decisions_for(collaboration, user).select_related("item"), user
        ).prefetch_related(
            VisiblePrefetch("goals", user, queryset=Goal.objects.order_by("title"), to_attr="visible_goals"),
            VisiblePrefetch(
                "adoptions",
                user,
                queryset=Adoption.objects.select_related("organization", "version__agreement__collaboration"),
                to_attr="visible_adoptions",
            ),
        )
        [decision] = queries.with_flags([get_object_or_404(decisions, pk=self.kwargs["pk"])], user)
        related = queries.visible_references([decision.replaced_by_id], user)
        agreement = self.scoped(Agreement).filter(pk=decision.agreement_id).first() if decision.agreement_id else None
        context.update(
            object=decision,
            decision=decision,
            flags=decision.flags,  # type: ignore[attr-defined]
            agreement=agreement,
            replaced_by=related.get(decision.replaced_by_id) if decision.replaced_by_id else None,
            replaces=list(self.scoped(Decision).filter(replaced_by=decision).order_by("-year", "-number")),
            note_form=MandateNoteForm(instance=decision, collaboration=collaboration, user=user),
            in_force=decision.status == DecisionStatus.IN_FORCE,
        )
        return context


class DecisionFormMixin:
    """The decision form, with the body's mandate beside the area."""

    def body_of(self) -> Any:
        raise NotImplementedError

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "body": self.body_of()}  # type: ignore[misc]  # a mixin of a form view


class DecisionCreateView(DecisionFormMixin, LeadCreateView):
    """Take a decision at an item of a held meeting (the service refuses one that is not held)."""

    form_class = DecisionForm

    def get_item(self) -> AgendaItem:
        if not hasattr(self, "_item"):
            self._item = get_object_or_404(
                self.scoped(AgendaItem).select_related("meeting__body", "meeting__collaboration"),
                pk=self.kwargs["item"],
            )
        return self._item

    def body_of(self) -> Any:
        return self.get_item().meeting.body

    def permission_object(self) -> Any:
        return self.get_item().meeting

    def get_initial(self) -> dict[str, Any]:
        item = self.get_item()
        return {"visibility": item.visibility, "shared_with": list(item.shared_with.all()), "text": item.title}

    def get_heading(self) -> str:
        item = self.get_item()
        return str(
            _("Nytt beslut: %(item)s (mötet %(day)s)") % {"item": item.title, "day": item.meeting.date.isoformat()}
        )

    def perform(self, form: Any) -> Decision:
        return services.take_decision(self.get_item(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return reverse("lead:decisions", args=[self.get_collaboration().slug])


class DecisionUpdateView(DecisionFormMixin, LeadUpdateView):
    model = Decision
    form_class = DecisionForm

    def get_queryset(self) -> Any:
        return super().get_queryset().select_related("body")

    def body_of(self) -> Any:
        return self.get_object().body

    def perform(self, form: Any) -> Decision:
        return services.update_decision(self.object, actor=self.request.user, **self.changed_data(form))


class MandateNoteView(LeadUpdateView):
    """The coordinator's "why it stands" of a flagged decision, posted from the decision's page."""

    model = Decision
    form_class = MandateNoteForm

    def get_heading(self) -> str:
        return str(_("Varför %(reference)s står sig") % {"reference": self.get_object().reference})

    def perform(self, form: Any) -> Decision:
        return services.update_decision(self.object, actor=self.request.user, **self.changed_data(form))

    def get_success_url(self) -> str:
        return self.get_object().get_absolute_url() + "#mandat"


class DecisionActionView(DecisionScopedMixin, PartFormPageMixin, ServiceFormMixin, FormView):
    """A form page acting on one decision (replace, cancel, a reservation)."""

    permission = MANAGE

    def permission_object(self) -> Any:
        return self.get_decision()

    def get_success_url(self) -> str:
        return self.get_decision().get_absolute_url()


class DecisionReplaceView(DecisionActionView):
    form_class = ReplaceDecisionForm
    success_message = _("Beslutet är ersatt.")

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "decision": self.get_decision()}

    def get_heading(self) -> str:
        return str(_("Ersätt %(reference)s") % {"reference": self.get_decision().reference})

    def perform(self, form: Any) -> Decision:
        data = form.cleaned_data
        return services.replace_decision(
            self.get_decision(), data["replaced_by"], actor=self.request.user, reason=data.get("reason", "")
        )


class DecisionCancelView(DecisionActionView):
    form_class = CancelDecisionForm
    success_message = _("Beslutet är upphävt.")

    def get_heading(self) -> str:
        return str(_("Upphäv %(reference)s") % {"reference": self.get_decision().reference})

    def perform(self, form: Any) -> Decision:
        return services.cancel_decision(self.get_decision(), actor=self.request.user, **form.cleaned_data)


class ReservationCreateView(DecisionActionView):
    form_class = ReservationForm
    success_message = _("Reservationen är registrerad.")

    def get_heading(self) -> str:
        return str(_("Reservation mot %(reference)s") % {"reference": self.get_decision().reference})

    def perform(self, form: Any) -> Any:
        return services.add_reservation(self.get_decision(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        return self.get_decision().get_absolute_url() + "#reservationer"
