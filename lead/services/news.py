"""The collaboration's news (L4, L7): posts written by the coordinators, some of them marked as wins
(segrar). The events the product already knows (decisions, closed follow-up rounds, goals reached, new
parties) are not written here: the feed reads them from their own objects (`lead.queries.communication`)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from collaborations.models import Collaboration
from collaborations.parts.services import inherit_visibility, require_same_collaboration
from core.permissions import scope_for
from core.services import create_object, delete_object, field_error, require, update_object
from lead.models import NewsPost
from lead.services.common import MANAGE


def _check_links(collaboration_id: int, data: dict[str, Any]) -> None:
    """The goal and the decision a post is about belong to the same collaboration."""
    for name in ("goal", "decision"):
        require_same_collaboration(collaboration_id, [data.get(name)], name)
    if "title" in data and not str(data["title"] or "").strip():
        raise field_error("title", _("Ge nyheten en rubrik."), code="required")


def _author(actor: Any) -> Any:
    person_id = scope_for(actor).person_id
    if person_id is None:
        return None
    from actors.models import Person

    return Person.objects.filter(pk=person_id).first()


@transaction.atomic
def create_news_post(collaboration: Collaboration, *, actor: Any, **data: Any) -> NewsPost:
    """A post of the collaboration's news feed, by a coordinator (its author); as visible as the
    collaboration unless told otherwise."""
    require(actor, MANAGE, collaboration)
    data.pop("author", None)
    _check_links(collaboration.pk, data)
    return create_object(
        NewsPost,
        "lead.news_post.created",
        inherit_visibility(data, collaboration),
        actor=actor,
        collaboration=collaboration,
        author=_author(actor),
    )


@transaction.atomic
def update_news_post(post: NewsPost, *, actor: Any, **data: Any) -> NewsPost:
    require(actor, MANAGE, post)
    data.pop("author", None)
    data.pop("collaboration", None)
    _check_links(post.collaboration_id, data)
    return update_object(post, "lead.news_post.updated", data, actor=actor)


@transaction.atomic
def delete_news_post(post: NewsPost, *, actor: Any, reason: str = "") -> None:
    require(actor, MANAGE, post)
    delete_object(post, "lead.news_post.deleted", actor=actor, reason=reason)
