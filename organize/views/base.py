"""What every page of the formal basis shares, built on the collaboration-part framework
(`collaborations.parts.views`): the tab, the coordinators' permission, and the registry of parts that
the one History page and the one delete page serve."""

from __future__ import annotations

from collaborations.parts.views import (
    Part,
    PartCreateView,
    PartDeleteView,
    PartFormPageMixin,
    PartHistoryView,
    PartPageMixin,
    Parts,
    PartUpdateView,
)
from organize import models, services


class OrganizeMixin(PartPageMixin):
    """The collaboration in the URL, visible to the user, in the formal basis's tab."""

    tab = "organize"
    manage_permission = services.MANAGE


class OrganizeFormMixin(OrganizeMixin, PartFormPageMixin):
    permission = services.MANAGE


class OrganizeCreateView(OrganizeMixin, PartCreateView):
    permission = services.MANAGE


class OrganizeUpdateView(OrganizeMixin, PartUpdateView):
    permission = services.MANAGE


def _body_page(obj) -> str:
    return obj.body.get_absolute_url()


# The parts of the formal basis, by the name used in their URLs.
PARTS = Parts(
    {
        "avtal": Part(models.Agreement, services.delete_agreement, services.MANAGE, "organize:overview"),
        "version": Part(models.AgreementVersion),
        "beslut": Part(models.Adoption, services.remove_adoption, "organize.record_adoption"),
        "ansvar": Part(
            models.Responsibility, services.remove_responsibility, services.MANAGE, "organize:responsibilities"
        ),
        "uppfoljning": Part(
            models.FollowUpDuty, services.remove_follow_up_duty, services.MANAGE, "organize:responsibilities"
        ),
        "organ": Part(models.Body, services.delete_body, services.MANAGE, "organize:bodies"),
        "ledamot": Part(models.Membership, services.remove_membership, services.MANAGE, _body_page),
        "regel": Part(models.ChairRule),
        "handling": Part(models.BodyDocument, services.remove_body_document, services.MANAGE, _body_page),
        "finansiering": Part(
            models.FinancingModel, services.delete_financing_model, services.MANAGE, "organize:financing"
        ),
        "andel": Part(models.FinancingShare),
        "grupp": Part(models.PayerGroup),
        "extern": Part(models.ExternalFunding, services.remove_external_funding, services.MANAGE, "organize:financing"),
        "resurser": Part(
            models.ResourceCommitment, services.remove_resource_commitment, services.MANAGE, "organize:financing"
        ),
    }
)


class OrganizeDeleteView(OrganizeMixin, PartDeleteView):
    parts = PARTS


class OrganizeHistoryView(OrganizeMixin, PartHistoryView):
    parts = PARTS
