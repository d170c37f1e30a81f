"""What every page of leading shares, built on the collaboration-part framework
(`collaborations.parts.views`): the tab, what the user may do, and the registry of parts that the one
History page and the one delete page serve."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from collaborations.parts.views import (
    Part,
    PartCreateView,
    PartDeleteView,
    PartHistoryView,
    PartPageMixin,
    Parts,
    PartUpdateView,
)
from lead import models
from lead.services import attendance, continuity, decisions, meetings, news
from lead.services.common import KEEP_MEETING, MANAGE


class LeadMixin(PartPageMixin):
    """The collaboration in the URL, visible to the user, and what the user may do in leading it."""

    tab = "lead"
    manage_permission = MANAGE

    def get_context_data(self, **kwargs):
        collaboration, user = self.get_collaboration(), self.request.user
        return super().get_context_data(may_lead=user.has_perm(MANAGE, collaboration), **kwargs)


class LeadCreateView(LeadMixin, PartCreateView):
    permission = MANAGE


class LeadUpdateView(LeadMixin, PartUpdateView):
    permission = MANAGE

    def get_heading(self):
        return _("Ändra ”%(obj)s”") % {"obj": self.get_object()}


# The parts of leading, by the name used in their URLs (after removal: the list named, or the removed
# object's own page, which for a part is its parent's).
PARTS = Parts(
    {
        "mote": Part(models.Meeting, meetings.delete_meeting, MANAGE, "lead:meetings"),
        "punkt": Part(models.AgendaItem, meetings.remove_agenda_item, KEEP_MEETING),
        # decisions are never removed (they are replaced or cancelled); reservations are
        "beslut": Part(models.Decision),
        "reservation": Part(models.Reservation, decisions.remove_reservation, MANAGE),
        "uppdrag": Part(models.Assignment),  # never removed: cancelled (lead:assignment_cancel)
        # news, after-project plans
        "nyhet": Part(models.NewsPost, news.delete_news_post, MANAGE, "lead:news"),
        "efter-projektet": Part(
            models.AfterProjectPlan, continuity.remove_after_project_plan, MANAGE, "lead:continuity"
        ),
        "handling": Part(models.AgendaDocument, attendance.remove_agenda_document, KEEP_MEETING),
        "kallad": Part(models.Attendance, attendance.remove_call, KEEP_MEETING),
        "justering": Part(models.MinutesApproval),
        "rattelse": Part(models.MinutesCorrection),
    },
    denied=_("Du har inte behörighet att ta bort det här."),
)


class LeadDeleteView(LeadMixin, PartDeleteView):
    parts = PARTS


class LeadHistoryView(LeadMixin, PartHistoryView):
    parts = PARTS
