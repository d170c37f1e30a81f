"""Pages of the news and wins, the continuity view with the plans for after a project, and the
handovers (the person-level pages at /overlamningar/)."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView

from collaborations.models import Collaboration
from collaborations.parts.views import FORM_TEMPLATE
from core.numbers import read_id
from core.permissions import scope_for
from core.views import ServiceFormMixin
from lead.choices import NewsKind
from lead.forms.communication import AfterProjectPlanForm, HandoverForm, NewsPostForm, ShareForm
from lead.models import AfterProjectPlan, Handover, NewsPost
from lead.queries import communication as news_queries
from lead.queries import continuity as continuity_queries
from lead.services import continuity as continuity_services
from lead.services import handover as handover_services
from lead.services import news as news_services
from lead.services.common import MANAGE
from lead.views.base import LeadCreateView, LeadMixin, LeadUpdateView
from organize.models import ExternalFunding


def _news_url(collaboration: Collaboration) -> str:
    return reverse("lead:news", args=[collaboration.slug])


def _year(value: str | None) -> int | None:
    number = read_id(value)
    return number if number and 1900 <= number <= 2200 else None


class NewsView(LeadMixin, TemplateView):
    """The collaboration's news: posts and the events the product knows, newest first; by kind and year."""

    template_name = "lead/communication/news.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        collaboration, user = self.get_collaboration(), self.request.user
        kind = self.request.GET.get("slag") or ""
        kind = kind if kind in NewsKind.values else ""
        year = _year(self.request.GET.get("ar"))
        everything = news_queries.news_feed(collaboration, user, kind=kind or None)
        context.update(
            items=[i for i in everything if year is None or i.year == year],
            years=news_queries.news_years(everything),
            kinds=NewsKind.choices,
            kind=kind,
            year=year,
            atom_url=reverse("lead:news_atom", args=[collaboration.slug]),
            section="news",
        )
        return context


class WinsView(LeadMixin, TemplateView):
    """The wins (segrar), per year."""

    template_name = "lead/communication/wins.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(years=news_queries.wins_by_year(self.get_collaboration(), self.request.user), section="wins")
        return context


class NewsAtomView(View):
    """An Atom feed of the collaboration's public news: only what is public, of a public collaboration,
    whoever asks (the feed is for the public; a logged-in reader gets the same)."""

    def get(self, request: HttpRequest, slug: str) -> HttpResponse:
        collaboration = get_object_or_404(Collaboration.objects.visible_to(None), slug=slug)
        page = request.build_absolute_uri(_news_url(collaboration))
        feed = feedgenerator.Atom1Feed(
            title=_t("Nyheter från %(name)s") % {"name": collaboration.name},
            link=page,
            description=collaboration.summary,
            language=request.LANGUAGE_CODE if hasattr(request, "LANGUAGE_CODE") else "sv",
            feed_url=request.build_absolute_uri(),
        )
        for item in news_queries.public_news(collaboration):
            link = request.build_absolute_uri(item.url) if item.url else f"{page}#{item.anchor}"
            feed.add_item(
                title=item.title,
                link=link,
                description=item.text,
                unique_id=f"{page}#{item.anchor}",
                pubdate=_midnight(item.day) if item.day else None,
                categories=[item.kind_label, *([_t("Seger")] if item.is_win else [])],
            )
        response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
        feed.write(response, "utf-8")
        return response


def _midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(0, 0), tzinfo=datetime.UTC)


class NewsCreateView(LeadCreateView):
    form_class = NewsPostForm
    heading = _("Ny nyhet")

    def get_initial(self) -> dict[str, Any]:
        return {"visibility": self.get_collaboration().visibility, "is_win": self.request.GET.get("seger") == "1"}

    def perform(self, form: Any) -> NewsPost:
        return news_services.create_news_post(self.get_collaboration(), actor=self.request.user, **form.cleaned_data)

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return _news_url(self.get_collaboration())


class NewsUpdateView(LeadUpdateView):
    model = NewsPost
    form_class = NewsPostForm

    def perform(self, form: Any) -> NewsPost:
        return news_services.update_news_post(self.get_object(), actor=self.request.user, **form.cleaned_data)


# Continuity ---------------------------------------------------------------------------------------


class ContinuityView(LeadMixin, TemplateView):
    """Does the collaboration hang on few people? Warnings, each body's attendance continuity, and the
    project funding with its plan for what follows."""

    template_name = "lead/communication/continuity.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form = ShareForm(self.request.GET or None)
        view = continuity_queries.continuity(self.get_collaboration(), self.request.user, share=form.share())
        context.update(form=form, view=view, section="continuity")
        return context


class AfterProjectPlanView(LoginRequiredMixin, LeadMixin, ServiceFormMixin, FormView):
    """Write or change the plan for the time after one project funding (X5)."""

    template_name = FORM_TEMPLATE
    form_class = AfterProjectPlanForm

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.user.is_authenticated and not request.user.has_perm(MANAGE, self.get_funding()):
            raise PermissionDenied(_t("Bara samverkans samordnare kan skriva planen för tiden efter projektet."))
        return super().dispatch(request, *args, **kwargs)

    def get_funding(self) -> ExternalFunding:
        if not hasattr(self, "_funding"):
            self._funding = get_object_or_404(self.scoped(ExternalFunding), pk=self.kwargs["funding"])
        return self._funding

    def get_plan(self) -> AfterProjectPlan | None:
        return self.scoped(AfterProjectPlan).filter(funding=self.get_funding()).first()

    def get_form_kwargs(self) -> dict[str, Any]:
        kwargs = super().get_form_kwargs()
        plan = self.get_plan()
        if plan is None:
            funding = self.get_funding()
            kwargs["initial"] = {"visibility": funding.visibility}
        return {**kwargs, "instance": plan, "collaboration": self.get_collaboration(), "user": self.request.user}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        heading = _t("Plan för tiden efter ”%(funding)s”") % {"funding": self.get_funding()}
        return super().get_context_data(heading=heading, back_url=self.get_success_url(), **kwargs)

    def perform(self, form: Any) -> AfterProjectPlan:
        return continuity_services.set_after_project_plan(
            self.get_funding(), actor=self.request.user, **form.cleaned_data
        )

    def get_success_url(self) -> str:
        return (
            reverse("lead:continuity", args=[self.get_collaboration().slug]) + f"#finansiering-{self.get_funding().pk}"
        )


# Handovers (at the top: they span collaborations) -----------------------------------------------------


def _may_hand_over(user: Any) -> bool:
    scope = scope_for(user)
    return scope.is_admin or bool(scope.coordinated_collaboration_ids)


class HandoverListView(LoginRequiredMixin, TemplateView):
    template_name = "lead/communication/handovers.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            handovers=list(continuity_queries.handovers_for(self.request.user)),
            may_hand_over=_may_hand_over(self.request.user),
            **kwargs,
        )


class HandoverCreateView(LoginRequiredMixin, ServiceFormMixin, FormView):
    """Start a handover: only for the coordinators (of every chosen collaboration, the service checks)
    and the administrators."""

    template_name = FORM_TEMPLATE
    form_class = HandoverForm
    success_message = _("Överlämningen är gjord.")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if request.user.is_authenticated and not _may_hand_over(request.user):
            raise PermissionDenied(_t("Bara samordnare och administratörer kan lämna över uppdrag."))
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self) -> dict[str, Any]:
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_initial(self) -> dict[str, Any]:
        person = read_id(self.request.GET.get("fran"))
        return {"from_person": person} if person else {}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(
            heading=_t("Lämna över uppdrag till en efterträdare"), back_url=reverse("personal:handovers"), **kwargs
        )

    def perform(self, form: Any) -> Handover:
        data = dict(form.cleaned_data)
        return handover_services.hand_over(
            data.pop("from_person"),
            data.pop("to_person"),
            collaborations=data.pop("collaborations"),
            actor=self.request.user,
            **data,
        )

    def get_success_url(self) -> str:
        if getattr(self, "object", None):
            return self.object.get_absolute_url()
        return reverse("personal:handovers")


class HandoverReceiptView(LoginRequiredMixin, TemplateView):
    """What moved, each object read back through the gateway (a hidden one as "dolt objekt")."""

    template_name = "lead/communication/handover_receipt.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        handover = get_object_or_404(
            continuity_queries.handovers_for(self.request.user).select_related(
                "from_person", "to_person", "organization"
            ),
            pk=self.kwargs["pk"],
        )
        return super().get_context_data(
            handover=handover,
            rows=continuity_queries.receipt(handover, self.request.user),
            collaborations=continuity_queries.handover_collaborations(handover, self.request.user),
            **kwargs,
        )
