"""Bodies: the bodies a user may see with their members on a day, the tree of bodies, who chairs a body
on a day (recorded, fixed or by the rule of a rotating chair), and a body's material."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from actors.models import Organization
from collaborations.models import Collaboration
from collaborations.parts.time import active_on
from core.permissions import VisiblePrefetch
from organize.choices import ChairMode, MemberPosition
from organize.models import Body, BodyDocument, ChairRule, Membership
from organize.queries.common import add_months, months_between


def with_current_members(bodies: QuerySet[Body], user: Any, on: datetime.date | None = None) -> QuerySet[Body]:
    """Bodies with `current_members`: the members on the day (today by default) that the user may see."""
    members = VisiblePrefetch(
        "memberships",
        user,
        queryset=Membership.objects.filter(active_on(on or timezone.localdate()))
        .select_related("person", "organization", "collaboration")
        .prefetch_related("shared_with")
        .order_by("position", "organization__name", "person__last_name"),
        to_attr="current_members",
    )
    return bodies.select_related("collaboration", "convener", "chair_organization").prefetch_related(members)


def with_chair_rules(bodies: QuerySet[Body], user: Any) -> QuerySet[Body]:
    """Bodies with the versions of their chair rule (one query)."""
    return bodies.prefetch_related(
        VisiblePrefetch("chair_rules", user, queryset=ChairRule.objects.order_by("valid_from"))
    )


def bodies_for(collaboration: Collaboration, user: Any, on: datetime.date | None = None) -> QuerySet[Body]:
    """The collaboration's bodies the user may see, with their members on the day (today by default)."""
    return with_current_members(Body.objects.visible_to(user).filter(collaboration=collaboration), user, on)


def bodies_on(bodies: list[Body], on: datetime.date) -> list[Body]:
    """The bodies that existed on the day: established then or earlier (or when unknown), not yet closed."""
    return [body for body in bodies if body.exists_on(on)]


@dataclass
class BodyNode:
    body: Body
    children: list[BodyNode] = field(default_factory=list)
    depth: int = 0


def body_tree(bodies: list[Body]) -> list[BodyNode]:
    """The bodies as a forest; a body whose parent the user cannot see is shown at the top."""
    nodes = {b.pk: BodyNode(b) for b in bodies}
    roots: list[BodyNode] = []
    for b in bodies:
        parent = nodes.get(b.parent_id) if b.parent_id is not None else None
        (parent.children if parent else roots).append(nodes[b.pk])

    def set_depth(node: BodyNode, depth: int) -> None:
        node.depth = depth
        for child in node.children:
            set_depth(child, depth + 1)

    for root in roots:
        set_depth(root, 0)
    return roots


def flatten(nodes: list[BodyNode]) -> list[BodyNode]:
    out: list[BodyNode] = []
    for node in nodes:
        out.append(node)
        out.extend(flatten(node.children))
    return out


def rule_on(rules: list[ChairRule], on: datetime.date) -> ChairRule | None:
    """The version of the rule in force on the day: the last one that took effect on or before it."""
    in_force = [rule for rule in rules if rule.valid_from <= on]
    return max(in_force, key=lambda rule: rule.valid_from) if in_force else None


def turn_index(rule: ChairRule, on: datetime.date) -> int:
    """Whose turn it is under the rule on the day, as an index in its order.

    The turn passes every `period_months` months from the day the rule took effect, in the stated
    order, and starts over after the last party. A period that starts on the 31st hands over on the
    last day of a shorter month.
    """
    period = rule.period_months
    turns = max(0, months_between(rule.valid_from, on) // period)
    while turns > 0 and add_months(rule.valid_from, turns * period) > on:  # the handover day has not come yet
        turns -= 1
    return turns % len(rule.order)


@dataclass
class ChairOnDate:
    """Who chairs a body on a day and how that is known: `recorded` (a member recorded as chair on the
    day), `fixed` (the body's chair), or `computed` from the rule in force (`rule`). A computed chair
    whose organization does not take part in the collaboration on the day is flagged (`not_party`) and
    not given the chair: `organization_id` is then None."""

    how: str
    organization_id: int | None = None
    organization_name: str = ""
    rule: ChairRule | None = None
    rule_names: list[str] = field(default_factory=list)
    index: int | None = None
    not_party: Organization | None = None
    person: Any = None

    @property
    def is_computed(self) -> bool:
        return self.how == "computed"


def parties_on(collaboration: Collaboration, on: datetime.date) -> set[int]:
    """The organizations taking part in the collaboration on the day: all of them, as the services read
    them (`participating_ids`), since a rule gives the same chair to everyone who sees the body."""
    return set(collaboration.participations.filter(active_on(on)).values_list("organization_id", flat=True))


def organization_names(ids: set[int]) -> dict[int, str]:
    """Names of organizations by id (one query; none when there are no ids)."""
    return dict(Organization.objects.filter(pk__in=ids).values_list("pk", "name")) if ids else {}


@dataclass
class ChairFacts:
    """What computing the chair of many bodies needs, read once: the names of the organizations in their
    rules and the parties of each collaboration on the day."""

    names: dict[int, str]
    parties: dict[int, set[int]]


def chair_facts(bodies: list[Body], on: datetime.date) -> ChairFacts:
    """One query for the names, and one per collaboration with a rotating chair among the bodies (their
    rules prefetched, their collaboration joined)."""
    rotating = [body for body in bodies if body.chair_mode == ChairMode.ROTATING and body.chair_rules.all()]
    ids = {pk for body in rotating for rule in body.chair_rules.all() for pk in rule.order}
    collaborations = {body.collaboration_id: body.collaboration for body in rotating}
    parties = {pk: parties_on(collaboration, on) for pk, collaboration in collaborations.items()}
    return ChairFacts(organization_names(ids), parties)


def chair_on(
    body: Body, on: datetime.date, members: list[Membership] | None = None, facts: ChairFacts | None = None
) -> ChairOnDate | None:
    """Who chairs the body on the day (None when no one does or it is not known).

    A member recorded as chair on the day is the fact and overrides the rule. Otherwise a fixed chair is
    the body's chair organization, and a rotating chair is computed from the version of the rule in force
    on the day. `members` are the body's members on the day when already loaded (`current_members`),
    `facts` the names and parties when already read (`chair_facts`)."""
    if members is None:
        members = list(body.memberships.filter(active_on(on)).select_related("organization", "person"))
    recorded = next((m for m in members if m.position == MemberPosition.CHAIR), None)
    if recorded is not None:
        return ChairOnDate("recorded", recorded.organization_id, recorded.organization.name, person=recorded.person)
    if body.chair_mode == ChairMode.FIXED:
        org = body.chair_organization
        return ChairOnDate("fixed", org.pk, org.name) if org is not None else None
    if body.chair_mode != ChairMode.ROTATING:
        return None
    rule = rule_on(list(body.chair_rules.all()), on)
    if rule is None or not rule.order:
        return None
    facts = facts or chair_facts([body], on)
    names = facts.names
    index = turn_index(rule, on)
    turn = rule.order[index]
    result = ChairOnDate(
        "computed",
        turn,
        names.get(turn, "?"),
        rule=rule,
        rule_names=[names.get(pk, "?") for pk in rule.order],
        index=index,
    )
    if turn not in facts.parties.get(body.collaboration_id, set()):
        result.not_party = Organization(pk=turn, name=names.get(turn, "?"))
        result.organization_id, result.organization_name = None, ""
    return result


def whose_turn(body: Body, on: datetime.date | None = None) -> tuple[int | None, int | None]:
    """The organization id whose turn it is to chair a rotating body on `on` under the rule then in force
    (None when the rule gives it to an organization that does not take part then), and the index."""
    if body.chair_mode != ChairMode.ROTATING:
        return None, None
    on = on or rotation_date(body)
    rule = rule_on(list(body.chair_rules.all()), on)
    if rule is None or not rule.order:
        return None, None
    index = turn_index(rule, on)
    turn = rule.order[index]
    return (turn if turn in parties_on(body.collaboration, on) else None), index


def rotation_date(body: Body) -> datetime.date:
    """Today, or the day the collaboration ended if it has."""
    today = timezone.localdate()
    ended = body.collaboration.end_date
    return ended if ended is not None and ended < today else today


def body_documents(body: Body, user: Any, on: datetime.date | None = None) -> QuerySet[BodyDocument]:
    """The body's material the user may read today (under secrecy: only if the user sits in the body
    today), as it stood on the day `on` when given (what had been added by the end of that day)."""
    documents = BodyDocument.objects.visible_to(user).filter(body=body).select_related("collaboration")
    if on is not None:
        documents = documents.filter(created_at__date__lte=on)
    return documents
