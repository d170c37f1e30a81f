"""API of the formal basis: the same services and the same permission gateway as the pages."""

from __future__ import annotations

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.response import Response

from api.serializers import organize as s
from api.views.base import COLLABORATION_FILTER, ScopedViewSet, ScopedWriteViewSet
from collaborations.parts.queries import visible_participations
from collaborations.parts.sources import SOURCE_FIELDS
from collaborations.parts.time import per_from_query
from core.permissions import VisiblePrefetch
from organize import queries, services
from organize.engine import CostSharingError
from organize.models import (
    Adoption,
    Agreement,
    AgreementVersion,
    Body,
    BodyDocument,
    ExternalFunding,
    FinancingModel,
    FinancingShare,
    FollowUpDuty,
    Membership,
    ResourceCommitment,
    Responsibility,
)

PER = OpenApiParameter("per", str, description="Show the state on this day (YYYY-MM-DD); today by default.")


class AgreementViewSet(ScopedWriteViewSet):
    """Agreements (letters of intent, cooperation and commission agreements, identical decisions …)."""

    model = Agreement
    serializer_class = s.AgreementSerializer
    related = ("commissioned_organization",)

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                VisiblePrefetch(
                    "versions",
                    self.request.user,
                    queryset=AgreementVersion.objects.all(),
                    to_attr="visible_versions",
                ),
                "parties",
            )
        )

    @extend_schema(
        responses=s.AdoptionBoardSerializer,
        parameters=[OpenApiParameter("per", OpenApiTypes.DATE, description="The board as of this day (today).")],
    )
    @action(detail=True, methods=["get"])
    def board(self, request, pk=None):
        """Who must adopt the version current on the day (`?per=`, today), who has, and whether it is in force."""
        on = per_from_query(request)
        collaboration_agreements = queries.agreements_for(self.get_object().collaboration, request.user)
        agreement = collaboration_agreements.get(pk=pk)
        parties = list(visible_participations(agreement.collaboration, request.user))
        return Response(s.AdoptionBoardSerializer(queries.adoption_board(agreement, parties, on)).data)

    def create_with(self, data):
        return services.create_agreement(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_agreement(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_agreement(obj, actor=self.request.user)


class AgreementVersionViewSet(ScopedWriteViewSet):
    """Versions of agreements: purpose, goals, validity, review date, conflict and exit clauses."""

    model = AgreementVersion
    serializer_class = s.AgreementVersionSerializer
    update_serializer_class = s.AgreementVersionUpdateSerializer
    related = ("agreement",)

    def create_with(self, data):
        return services.add_agreement_version(data.pop("agreement"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_agreement_version(obj, actor=self.request.user, **data)


class AdoptionViewSet(ScopedWriteViewSet):
    """Each party's decision on an agreement version. POST records (or replaces) a party's decision."""

    model = Adoption
    serializer_class = s.AdoptionSerializer
    update_serializer_class = s.AdoptionUpdateSerializer
    related = ("organization", "version")

    def create_with(self, data):
        version, organization = data.pop("version"), data.pop("organization")
        return services.record_adoption(version, organization, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.record_adoption(obj.version, obj.organization, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_adoption(obj, actor=self.request.user)


class ResponsibilityViewSet(ScopedWriteViewSet):
    """The responsibility matrix: what each party is expected to do."""

    model = Responsibility
    serializer_class = s.ResponsibilitySerializer
    related = ("organization",)

    def create_with(self, data):
        collaboration, organization = data.pop("collaboration"), data.pop("organization", None)
        return services.add_responsibility(collaboration, organization, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_responsibility(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_responsibility(obj, actor=self.request.user)


class FollowUpDutyViewSet(ScopedWriteViewSet):
    """Who follows up what, and when."""

    model = FollowUpDuty
    serializer_class = s.FollowUpDutySerializer
    related = ("responsible_organization",)

    def create_with(self, data):
        return services.add_follow_up_duty(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_follow_up_duty(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_follow_up_duty(obj, actor=self.request.user)


@extend_schema_view(
    list=extend_schema(parameters=[COLLABORATION_FILTER, PER]), retrieve=extend_schema(parameters=[PER])
)
class BodyViewSet(ScopedWriteViewSet):
    """Bodies with their mandate, rhythm, the versions of a rotating chair's rule, and their members and
    chair on the day: today, or as of `?per=YYYY-MM-DD`."""

    model = Body
    serializer_class = s.BodySerializer
    related = ("convener", "chair_organization")

    def on(self):
        return per_from_query(self.request) or timezone.localdate()

    def get_queryset(self):
        user = self.request.user
        return queries.with_chair_rules(queries.with_current_members(super().get_queryset(), user, self.on()), user)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "on": self.on()}

    def create_with(self, data):
        return services.create_body(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_body(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.delete_body(obj, actor=self.request.user)


class MembershipViewSet(ScopedWriteViewSet):
    """Who sits in which body, for which organization, in which position, from when to when."""

    model = Membership
    serializer_class = s.MembershipSerializer
    update_serializer_class = s.MembershipUpdateSerializer
    related = ("person", "organization", "body")

    def create_with(self, data):
        body, person, organization = data.pop("body"), data.pop("person"), data.pop("organization")
        return services.add_membership(body, person, organization, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_membership(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_membership(obj, actor=self.request.user)


class BodyDocumentViewSet(ScopedWriteViewSet):
    """Material of bodies; a body under secrecy shows its material only to the organizations sitting in it."""

    model = BodyDocument
    serializer_class = s.BodyDocumentSerializer
    related = ("body",)

    def create_with(self, data):
        return services.add_body_document(data.pop("body"), actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_body_document(obj, actor=self.request.user)


class FinancingModelViewSet(ScopedWriteViewSet):
    """Cost-sharing models per year; `computation` shows each party's amount and the rule."""

    model = FinancingModel
    serializer_class = s.FinancingModelSerializer

    def get_queryset(self):
        user = self.request.user
        shares = VisiblePrefetch(
            "shares", user, queryset=FinancingShare.objects.select_related("organization", "paid_by", "group")
        )
        return super().get_queryset().prefetch_related(shares, VisiblePrefetch("groups", user))

    @staticmethod
    def _shares(data) -> list | None:
        if "shares" not in data:
            return None
        return [
            services.ShareSpec(
                share["organization"],
                share.get("percent"),
                share.get("amount"),
                share.get("paid_by"),
                (share.get("group") or {}).get("name") or "",
                {name: share[name] for name in SOURCE_FIELDS if name in share} or None,
            )
            for share in data.pop("shares")
        ]

    @staticmethod
    def _groups(data) -> list | None:
        if "groups" not in data:
            return None
        return [
            services.GroupSpec(
                g["name"], g["method"], g.get("population_weight"), g.get("percent"), g.get("amount"), g.get("id")
            )
            for g in data.pop("groups")
        ]

    def create_with(self, data):
        shares, groups = self._shares(data) or [], self._groups(data)
        return services.create_financing_model(
            data.pop("collaboration"), actor=self.request.user, shares=shares, groups=groups, **data
        )

    def update_with(self, obj, data):
        shares, groups = self._shares(data), self._groups(data)
        return services.update_financing_model(obj, actor=self.request.user, shares=shares, groups=groups, **data)

    def delete_with(self, obj):
        services.delete_financing_model(obj, actor=self.request.user)

    @extend_schema(responses=s.ComputationSerializer)
    @action(detail=True, methods=["get"])
    def computation(self, request, pk=None):
        """Each party's amount, exactly to the öre, with the rule and the rounding shown."""
        model = self.get_object()
        try:
            result = queries.financing_computation(model)
        except CostSharingError as exc:
            return Response({exc.field: [exc.message]}, status=400)
        return Response(s.ComputationSerializer(result).data)


class FinancingShareViewSet(ScopedViewSet):
    """The parties that pay into each financing model (written through the model)."""

    model = FinancingShare
    serializer_class = s.FinancingShareSerializer
    related = ("organization", "paid_by", "group")


class ExternalFundingViewSet(ScopedWriteViewSet):
    """External funding: ESF, regional growth funds, state crisis support …"""

    model = ExternalFunding
    serializer_class = s.ExternalFundingSerializer
    related = ("funder",)

    def create_with(self, data):
        return services.add_external_funding(data.pop("collaboration"), actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.update_external_funding(obj, actor=self.request.user, **data)

    def delete_with(self, obj):
        services.remove_external_funding(obj, actor=self.request.user)


class ResourceCommitmentViewSet(ScopedWriteViewSet):
    """Money and staff time each party sets aside per year, committed and actual. POST replaces the
    party's figures for that year."""

    model = ResourceCommitment
    serializer_class = s.ResourceCommitmentSerializer
    update_serializer_class = s.ResourceCommitmentUpdateSerializer
    related = ("organization",)

    def create_with(self, data):
        collaboration, organization, year = data.pop("collaboration"), data.pop("organization"), data.pop("year")
        return services.set_resource_commitment(collaboration, organization, year, actor=self.request.user, **data)

    def update_with(self, obj, data):
        return services.set_resource_commitment(
            obj.collaboration, obj.organization, obj.year, actor=self.request.user, **data
        )

    def delete_with(self, obj):
        services.remove_resource_commitment(obj, actor=self.request.user)
