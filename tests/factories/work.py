"""Factories for the work of the parties (action plans and activities), created through the services like
the product does, each as the platform (`SYSTEM`).

* `ActionPlanFactory`: a plan in a new collaboration; the joint plan (`organization=None`) unless a party
  is given (`party_plan(collaboration)` makes a new party and its plan).
* `ActivityFactory`: an activity of a plan (a new joint plan by default), owned by a new party of the plan's
  collaboration (the plan's own party for a party's plan) and a new person who represents it, serving a
  new shared goal of the collaboration; give `owner_organization`/`owner_person`/`goals`/`own_goals` to
  choose them.
* The parts (`ProgressNoteFactory`, `ActivityCompetenceFactory`, `ActivityTargetGroupFactory`,
  `ActivityResourceFactory`) belong to a new activity unless given one; `ActionPlanVersionFactory` saves
  the next version of a plan.
"""

import datetime
from decimal import Decimal

import factory

from actors import services as actor_services
from core.services import SYSTEM
from tests.factories.actors import PersonFactory
from tests.factories.collaborations import CollaborationFactory
from tests.factories.organize import party_of
from tests.factories.steer import GoalDocumentFactory, GoalFactory
from work import services
from work.models import (
    ActionPlan,
    ActionPlanVersion,
    Activity,
    ActivityCompetence,
    ActivityResource,
    ActivityTargetGroup,
    ProgressNote,
)


def representative_of(organization, person=None):
    """`person` (a new one unless given) representing `organization`."""
    person = person or PersonFactory()
    if not person.representations.filter(organization=organization).exists():
        actor_services.add_representation(person, organization, actor=SYSTEM)
    return person


def goal_in(collaboration, **kwargs):
    """A new shared goal of `collaboration` (in a new goal document)."""
    return GoalFactory(document=GoalDocumentFactory(collaboration=collaboration), **kwargs)


class ActionPlanFactory(factory.Factory):
    """The joint plan of a new collaboration unless `collaboration`/`organization` are given (the
    organization must take part in the collaboration)."""

    class Meta:
        model = ActionPlan

    collaboration = factory.LazyFunction(CollaborationFactory)
    organization = None
    title = factory.Sequence(lambda n: f"Handlingsplan {n}")
    start_year = 2026
    end_year = 2027

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.create_action_plan(kwargs.pop("collaboration"), actor=SYSTEM, **kwargs)


def party_plan(collaboration=None, **kwargs):
    """A new party of `collaboration` (a new one unless given) and that party's own action plan."""
    collaboration = collaboration or CollaborationFactory()
    return ActionPlanFactory(collaboration=collaboration, organization=party_of(collaboration), **kwargs)


class ActivityFactory(factory.Factory):
    class Meta:
        model = Activity

    plan = factory.SubFactory(ActionPlanFactory)
    title = factory.Sequence(lambda n: f"Feriepraktik för unga {n}")
    start_date = datetime.date(2026, 1, 1)
    end_date = datetime.date(2026, 12, 31)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        plan = kwargs.pop("plan")
        collaboration = plan.collaboration
        if "owner_organization" not in kwargs:
            kwargs["owner_organization"] = plan.organization or party_of(collaboration)
        if "owner_person" not in kwargs:
            kwargs["owner_person"] = representative_of(kwargs["owner_organization"])
        if "goals" not in kwargs and "own_goals" not in kwargs:
            kwargs["goals"] = [goal_in(collaboration)]
        return services.create_activity(plan, actor=SYSTEM, **kwargs)


def innovation(**kwargs):
    """An activity that is an innovation, run as a pilot."""
    return ActivityFactory(
        knowledge_basis="innovation",
        pilot_scope="Två skolor i Ronneby",
        pilot_size=40,
        evaluation_plan="Andel elever som fullföljer praktiken.",
        **kwargs,
    )


class ProgressNoteFactory(factory.Factory):
    """A note that the activity is under way, written on 1 November 2026 (before the tests' "today")."""

    class Meta:
        model = ProgressNote

    activity = factory.SubFactory(ActivityFactory)
    text = factory.Sequence(lambda n: f"Vi har gjort steg {n}.")
    status = "ongoing"
    written_on = datetime.date(2026, 11, 1)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_progress_note(kwargs.pop("activity"), actor=SYSTEM, **kwargs)


class ActivityCompetenceFactory(factory.Factory):
    """A competence with no provider (a gap) unless `provider` (a party) is given."""

    class Meta:
        model = ActivityCompetence

    activity = factory.SubFactory(ActivityFactory)
    competence = factory.Sequence(lambda n: f"Studie- och yrkesvägledning {n}")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_competence(kwargs.pop("activity"), actor=SYSTEM, **kwargs)


class ActivityTargetGroupFactory(factory.Factory):
    class Meta:
        model = ActivityTargetGroup

    activity = factory.SubFactory(ActivityFactory)
    kind = "pupils"
    description = "Elever i årskurs 9"
    involvement = "consulted"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.add_target_group(kwargs.pop("activity"), actor=SYSTEM, **kwargs)


class ActivityResourceFactory(factory.Factory):
    """The activity's committed money and staff time for 2026 (drawn from its owner's commitment that year,
    if the owner has one: the factory makes none)."""

    class Meta:
        model = ActivityResource

    activity = factory.SubFactory(ActivityFactory)
    year = 2026
    money_committed = Decimal("100000.00")
    fte_committed = Decimal("0.50")

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.set_activity_resource(kwargs.pop("activity"), actor=SYSTEM, **kwargs)


class ActionPlanVersionFactory(factory.Factory):
    """The plan's next version, saved on 1 February 2026 (its rows: the plan's activities as they are)."""

    class Meta:
        model = ActionPlanVersion

    plan = factory.SubFactory(ActionPlanFactory)
    note = "Första versionen."
    saved_on = datetime.date(2026, 2, 1)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return services.save_plan_version(kwargs.pop("plan"), actor=SYSTEM, **kwargs)
