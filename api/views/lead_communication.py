"""API of the news, the after-project plans and the handovers of leading: the same services and the
same gateway as the pages."""

from __future__ import annotations

from typing import Any

from rest_framework import mixins, permissions, viewsets

from api.serializers import lead_communication as s
from api.views.base import ScopedWriteViewSet, with_visible_references
from lead.models import AfterProjectPlan, Decision, NewsPost
from lead.queries.continuity import handovers_for
from lead.services import continuity, handover, news
from steer.models import Goal


class NewsPostViewSet(ScopedWriteViewSet):
    """The posts of a collaboration's news feed, wins (`is_win`) among them, newest first."""

    model = NewsPost
    serializer_class = s.NewsPostSerializer
    related = ("author",)

    def get_queryset(self):
        return with_visible_references(super().get_queryset(), self.request.user, goal=Goal, decision=Decision)

    def create_with(self, data: dict[str, Any]) -> NewsPost:
        return news.create_news_post(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj: NewsPost, data: dict[str, Any]) -> NewsPost:
        return news.update_news_post(obj, actor=self.request.user, **data)

    def delete_with(self, obj: NewsPost) -> None:
        news.delete_news_post(obj, actor=self.request.user)


class AfterProjectPlanViewSet(ScopedWriteViewSet):
    """What follows when a project's external funding ends (X5): one plan per funding, with its decision.
    POST writes the plan of a funding (or changes the one it has)."""

    model = AfterProjectPlan
    serializer_class = s.AfterProjectPlanSerializer
    update_serializer_class = s.AfterProjectPlanUpdateSerializer
    related = ("funding",)

    def get_queryset(self):
        return with_visible_references(super().get_queryset(), self.request.user, decision=Decision)

    def create_with(self, data: dict[str, Any]) -> AfterProjectPlan:
        funding = data.pop("funding")
        plan = self.get_queryset().filter(funding=funding).first()  # POST changes the plan a funding has
        hidden = plan is not None and getattr(plan, "decision_visible", True) is False
        if hidden and "decision" in data and data["decision"] is None:
            data.pop("decision")  # a decision the caller may not see is not unlinked by sending null
        return continuity.set_after_project_plan(funding, actor=self.request.user, **data)

    def update_with(self, obj: AfterProjectPlan, data: dict[str, Any]) -> AfterProjectPlan:
        data.pop("funding", None)
        return continuity.set_after_project_plan(obj.funding, actor=self.request.user, **data)

    def delete_with(self, obj: AfterProjectPlan) -> None:
        continuity.remove_after_project_plan(obj, actor=self.request.user)


class HandoverViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Handovers from a person who leaves to a successor. POST hands over (the caller coordinates every
    collaboration named); the answer's `receipt` lists what moved, each object as the caller may see it.
    Readable by the administrators, whoever made it, the two persons, and the coordinators of its
    collaborations."""

    serializer_class = s.HandoverSerializer
    permission_classes = [permissions.IsAuthenticated]
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self) -> Any:
        return handovers_for(self.request.user)

    def perform_create(self, serializer: Any) -> None:
        data = dict(serializer.validated_data)
        serializer.instance = handover.hand_over(
            data.pop("from_person"),
            data.pop("to_person"),
            collaborations=data.pop("collaborations"),
            actor=self.request.user,
            **data,
        )
