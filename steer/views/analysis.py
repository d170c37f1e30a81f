"""The joint situation analysis: its versions, the actors (a missing actor can be invited) and each
party's own benefit."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from collaborations.parts.queries import visible_parties
from collaborations.parts.sources import SOURCE_FIELDS
from collaborations.parts.views import FORM_TEMPLATE
from core.views import ServiceFormMixin
from steer import services
from steer.forms import AnalysisActorForm, InvitationForm, OwnBenefitForm, SituationAnalysisForm
from steer.models import AnalysisActor, OwnBenefit, SituationAnalysis
from steer.services.analysis import ANALYSIS_FIELDS
from steer.views.base import SteerCreateView, SteerMixin, SteerUpdateView


def _analysis_url(collaboration) -> str:
    return reverse("steer:analysis", args=[collaboration.slug])


class AnalysisView(SteerMixin, TemplateView):
    template_name = "steer/analysis.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        versions = list(self.scoped(SituationAnalysis).order_by("-number"))
        wanted = self.request.GET.get("version", "")
        current = next((v for v in versions if str(v.number) == wanted), versions[0] if versions else None)
        parties = list(visible_parties(collaboration, user, timezone.localdate()))  # the parties of today
        benefits = {b.organization_id: b for b in self.scoped(OwnBenefit).select_related("organization")}
        context.update(
            versions=versions,
            analysis=current,
            is_current=bool(versions) and current == versions[0],
            sections=[
                (SituationAnalysis._meta.get_field(name).verbose_name, getattr(current, name))
                for name in ANALYSIS_FIELDS
            ]
            if current
            else [],
            actors=list(self.scoped(AnalysisActor).select_related("organization")),
            benefit_rows=[(party, benefits.get(party.pk)) for party in parties],
            missing_benefit=[party for party in parties if party.pk not in benefits],
            may_state={
                p.pk
                for p in parties
                if user.has_perm(services.OWN_GOALS, OwnBenefit(collaboration=collaboration, organization=p))
            },
        )
        return context


class AnalysisEditView(SteerCreateView):
    """Save the analysis as a new version (the earlier versions are kept)."""

    form_class = SituationAnalysisForm
    heading = _("Ny version av nulägesanalysen")

    def get_initial(self):
        current = self.scoped(SituationAnalysis).order_by("-number").first()
        if current is None:
            return {"visibility": self.get_collaboration().visibility}
        return {name: getattr(current, name) for name in (*ANALYSIS_FIELDS, *SOURCE_FIELDS, "visibility")}

    def perform(self, form):
        return services.save_situation_analysis(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return _analysis_url(self.get_collaboration())


class ActorCreateView(SteerCreateView):
    form_class = AnalysisActorForm
    heading = _("Ny aktör i analysen")

    def get_initial(self):
        return {"visibility": self.get_collaboration().visibility, "is_missing": True}

    def perform(self, form):
        return services.add_analysis_actor(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return _analysis_url(self.get_collaboration()) + "#aktorer"


class ActorUpdateView(SteerUpdateView):
    model = AnalysisActor
    form_class = AnalysisActorForm

    def perform(self, form):
        return services.update_analysis_actor(self.object, actor=self.request.user, **self.changed_data(form))


class InviteView(LoginRequiredMixin, SteerMixin, ServiceFormMixin, FormView):
    """Turn a missing actor into an invitation to take part."""

    form_class = InvitationForm
    template_name = FORM_TEMPLATE

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.target = get_object_or_404(self.scoped(AnalysisActor), pk=kwargs["pk"])
            if not request.user.has_perm(services.MANAGE, self.target):
                raise PermissionDenied(_("Bara samverkans samordnare kan bjuda in."))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "collaboration": self.get_collaboration(), "user": self.request.user}

    def get_initial(self):
        return {"organization": self.target.organization}

    def get_context_data(self, **kwargs):
        heading = _("Bjud in %(actor)s att delta") % {"actor": self.target}
        return super().get_context_data(heading=heading, back_url=self.get_success_url(), **kwargs)

    def perform(self, form):
        return services.invite_missing_actor(self.target, actor=self.request.user, **form.cleaned_data)

    def get_success_url(self):
        return _analysis_url(self.get_collaboration()) + "#aktorer"


class AnswerView(LoginRequiredMixin, SteerMixin, View):
    """Record the invited organization's yes (it becomes a party) or no."""

    def post(self, request, slug, pk):
        target = get_object_or_404(self.scoped(AnalysisActor), pk=pk)
        if not request.user.has_perm(services.MANAGE, target):
            raise PermissionDenied(_("Bara samverkans samordnare kan registrera svaret."))
        answer = request.POST.get("answer")
        if answer not in ("yes", "no"):
            raise Http404
        try:
            services.answer_invitation(target, actor=request.user, accepted=answer == "yes")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            if answer == "yes":
                messages.success(request, _("%(org)s deltar nu i samverkan.") % {"org": target.organization})
            else:
                messages.success(request, _("Svaret är registrerat."))
        return redirect(_analysis_url(self.get_collaboration()) + "#aktorer")


class OwnBenefitView(SteerCreateView):
    """A party states (or changes) its own benefit; its own representative may do so."""

    form_class = OwnBenefitForm
    heading = _("Partens egennytta")
    permission = services.OWN_GOALS

    def get_party(self):
        if not hasattr(self, "_party"):
            parties = visible_parties(self.get_collaboration(), self.request.user)
            self._party = get_object_or_404(parties, pk=self.kwargs["organization"])
        return self._party

    def get_existing(self):
        return self.scoped(OwnBenefit).filter(organization=self.get_party()).first()

    def permission_object(self):
        return self.get_existing() or OwnBenefit(collaboration=self.get_collaboration(), organization=self.get_party())

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["organization"].disabled = True
        return form

    def get_initial(self):
        existing = self.get_existing()
        initial = {"organization": self.get_party()}
        if existing is not None:
            initial.update(text=existing.text, source_note=existing.source_note)
        return initial

    def get_heading(self):
        return _("Egennytta för %(org)s") % {"org": self.get_party()}

    def perform(self, form):
        data = dict(form.cleaned_data)
        data.pop("organization", None)
        return services.set_own_benefit(self.get_collaboration(), self.get_party(), actor=self.request.user, **data)

    def get_success_url(self):
        return _analysis_url(self.get_collaboration()) + "#egennytta"
