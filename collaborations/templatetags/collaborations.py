"""The collaborations shown on the actors' pages: an area's collaborations, an organization's parts in
collaborations and a person's roles, each only as far as the viewer may see them (through the gateway).

`actors` sits below `collaborations` and imports nothing from it; its pages load these tags instead
(`{% load collaborations %}`), so the query and the markup of each section live here.
"""

from django import template
from django.db.models import Count

from collaborations.models import Collaboration, CollaborationRole, Participation

register = template.Library()


@register.inclusion_tag("collaborations/includes/area_collaborations.html", takes_context=True)
def area_collaborations(context, area):
    """The collaborations that cover the area."""
    user = context.request.user
    return {"collaborations": Collaboration.objects.visible_to(user).filter(areas=area)}


@register.inclusion_tag("collaborations/includes/organization_participations.html", takes_context=True)
def organization_participations(context, organization):
    """The organization's participations, with the collaboration each is in."""
    user = context.request.user
    participations = Participation.objects.visible_to(user).filter(organization=organization)
    return {"participations": participations.select_related("collaboration")}


@register.inclusion_tag("collaborations/includes/person_roles.html", takes_context=True)
def person_roles(context, person):
    """The person's roles in collaborations, with the organization each is held for."""
    user = context.request.user
    roles = CollaborationRole.objects.visible_to(user).filter(person=person)
    return {"roles": roles.select_related("collaboration", "organization")}


@register.simple_tag(takes_context=True)
def participation_counts(context, organizations):
    """How many participations of each organization the viewer may see, in one query (by organization id):
    a hidden participation is not counted, so the number never tells that one exists."""
    user = context.request.user
    rows = (
        Participation.objects.visible_to(user)
        .filter(organization__in=[o.pk for o in organizations])
        .values("organization_id")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    return {row["organization_id"]: row["n"] for row in rows}


@register.filter
def count_for(counts, organization):
    return counts.get(organization.pk, 0)
