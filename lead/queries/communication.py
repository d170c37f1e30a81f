"""Reads of the collaboration's news (L4, L7): the feed of posts and of the events the product already
knows, the wins per year, and the panels that show the latest wins on the collaboration's overview.

Every item is read through the gateway with its own visibility, as the user (for the Atom feed: as an
anonymous visitor, so that it holds only what is public in a public collaboration)."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.urls import NoReverseMatch
from django.utils.translation import gettext as _

from collaborations.models import Collaboration, Participation
from lead.choices import NewsKind
from lead.models import Decision, NewsPost
from steer.models import FollowUpRound, Goal

LATEST_WINS = 3


def address_of(obj: Any) -> str:
    """The object's page, or "" where no page shows it (an item is then shown without a link)."""
    try:
        return str(obj.get_absolute_url())
    except NoReverseMatch:
        return ""


@dataclass
class NewsItem:
    """One item of the feed: a post, or an event read from its own object. `day` is unknown (None) for
    an event known only by its year (a goal reached in a year)."""

    kind: str
    title: str
    text: str
    year: int
    day: datetime.date | None
    url: str
    obj: Any
    is_win: bool = False
    anchor: str = ""
    links: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def kind_label(self) -> str:
        return str(NewsKind(self.kind).label)

    @property
    def sort_key(self) -> tuple[int, datetime.date, int]:
        # An event known only by its year comes last among that year's items.
        return (self.year, self.day or datetime.date(self.year, 1, 1), self.obj.pk)


def _posts(collaboration: Collaboration, user: Any) -> list[NewsItem]:
    posts = (
        NewsPost.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "author")
        .order_by("-published_on", "-pk")
    )
    visible_goals = {g.pk: g for g in Goal.objects.visible_to(user).filter(collaboration=collaboration)}
    visible_decisions = {
        d.pk: d
        for d in Decision.objects.visible_to(user).filter(collaboration=collaboration).select_related("collaboration")
    }
    items = []
    for post in posts:
        links: list[tuple[str, str, str]] = []
        goal = visible_goals.get(post.goal_id) if post.goal_id else None
        if goal is not None:
            goal.collaboration = collaboration
            links.append((_("Målet"), str(goal), address_of(goal)))
        decision = visible_decisions.get(post.decision_id) if post.decision_id else None
        if decision is not None:
            links.append((_("Beslutet"), str(decision), address_of(decision)))
        items.append(
            NewsItem(
                kind=NewsKind.POST,
                title=post.title,
                text=post.text,
                year=post.published_on.year,
                day=post.published_on,
                url=post.get_absolute_url(),
                obj=post,
                is_win=post.is_win,
                anchor=f"nyhet-{post.pk}",
                links=links,
            )
        )
    return items


def _decisions(collaboration: Collaboration, user: Any) -> list[NewsItem]:
    decisions = (
        Decision.objects.visible_to(user)
        .filter(collaboration=collaboration)
        .select_related("collaboration", "meeting", "body")
    )
    return [
        NewsItem(
            kind=NewsKind.DECISION,
            title=_("%(body)s beslutade: %(reference)s") % {"body": d.body, "reference": d.reference},
            text=d.text,
            year=d.meeting.date.year,
            day=d.meeting.date,
            url=address_of(d),
            obj=d,
            anchor=f"beslut-{d.pk}",
        )
        for d in decisions
    ]


def _rounds(collaboration: Collaboration, user: Any) -> list[NewsItem]:
    rounds = (
        FollowUpRound.objects.visible_to(user)
        .filter(collaboration=collaboration, closed_on__isnull=False)
        .select_related("collaboration")
    )
    return [
        NewsItem(
            kind=NewsKind.ROUND_CLOSED,
            title=_("Uppföljningen ”%(round)s” är avslutad") % {"round": r.title},
            text=r.summary,
            year=r.closed_on.year,
            day=r.closed_on,
            url=address_of(r),
            obj=r,
            anchor=f"omgang-{r.pk}",
        )
        for r in rounds
    ]


def _goals(collaboration: Collaboration, user: Any) -> list[NewsItem]:
    goals = (
        Goal.objects.visible_to(user)
        .filter(collaboration=collaboration, achieved_year__isnull=False)
        .select_related("collaboration")
    )
    return [
        NewsItem(
            kind=NewsKind.GOAL_REACHED,
            title=_("Målet är nått: %(goal)s") % {"goal": g.title},
            text="",
            year=g.achieved_year,
            day=None,
            url=address_of(g),
            obj=g,
            anchor=f"mal-{g.pk}",
        )
        for g in goals
    ]


def _parties(collaboration: Collaboration, user: Any) -> list[NewsItem]:
    """A party whose day of joining is known (an unknown start is no event of a known day)."""
    participations = (
        Participation.objects.visible_to(user)
        .filter(collaboration=collaboration, start_date__isnull=False)
        .select_related("collaboration", "organization")
    )
    return [
        NewsItem(
            kind=NewsKind.NEW_PARTY,
            title=_("Ny part: %(organization)s") % {"organization": p.organization},
            text=p.note,
            year=p.start_date.year,
            day=p.start_date,
            url=address_of(p),
            obj=p,
            anchor=f"part-{p.pk}",
        )
        for p in participations
    ]


READERS = {
    NewsKind.POST: _posts,
    NewsKind.DECISION: _decisions,
    NewsKind.ROUND_CLOSED: _rounds,
    NewsKind.GOAL_REACHED: _goals,
    NewsKind.NEW_PARTY: _parties,
}


def news_feed(
    collaboration: Collaboration, user: Any, *, kind: str | None = None, year: int | None = None
) -> list[NewsItem]:
    """The collaboration's news as the user may see it, newest first; only `kind` and `year` if given."""
    items: list[NewsItem] = []
    for name, read in READERS.items():
        if kind and kind != name:
            continue
        items.extend(read(collaboration, user))
    if year is not None:
        items = [i for i in items if i.year == year]
    return sorted(items, key=lambda i: i.sort_key, reverse=True)


def news_years(items: list[NewsItem]) -> list[int]:
    return sorted({i.year for i in items}, reverse=True)


def wins(collaboration: Collaboration, user: Any) -> list[NewsPost]:
    return list(
        NewsPost.objects.visible_to(user)
        .filter(collaboration=collaboration, is_win=True)
        .select_related("collaboration")
        .order_by("-published_on", "-pk")
    )


def wins_by_year(collaboration: Collaboration, user: Any) -> list[tuple[int, list[NewsPost]]]:
    """The wins the user may see, per year of publication, newest year first."""
    years: dict[int, list[NewsPost]] = defaultdict(list)
    for post in wins(collaboration, user):
        years[post.published_on.year].append(post)
    return sorted(years.items(), reverse=True)


def public_news(collaboration: Collaboration) -> list[NewsItem]:
    """The feed as an anonymous visitor sees it: only what is public, of a public collaboration."""
    if not Collaboration.objects.visible_to(None).filter(pk=collaboration.pk).exists():
        return []
    return news_feed(collaboration, None)


# Panels (core.panels), registered in LeadConfig.ready ---------------------------------------------


def overview_wins_panel(request: Any, collaboration: Collaboration) -> dict[str, Any] | None:
    """The latest wins the user may see, on the collaboration's overview (for an anonymous visitor of a
    public collaboration: the public wins)."""
    latest = list(
        NewsPost.objects.visible_to(request.user)
        .filter(collaboration=collaboration, is_win=True)
        .select_related("collaboration")
        .order_by("-published_on", "-pk")[:LATEST_WINS]
    )
    if not latest:
        return None
    return {"collaboration": collaboration, "wins": latest}


def person_handover_panel(request: Any, person: Any) -> dict[str, Any] | None:
    """On a person's page, for the coordinators and administrators: hand the person's duties over."""
    from core.permissions import scope_for

    scope = scope_for(request.user)
    if not (scope.is_admin or scope.coordinated_collaboration_ids):
        return None
    return {"person": person}
