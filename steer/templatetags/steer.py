"""`{% status_badge status trend %}`: a status as a word and a symbol (never colour alone), with its trend.

A tag rather than an included template: the dashboard shows it for every goal and indicator."""

from django import template
from django.utils.html import format_html

from steer.choices import GoalStatus, Trend

register = template.Library()

SYMBOLS: dict[str, str] = {
    GoalStatus.ON_TRACK: "✓",
    GoalStatus.AT_RISK: "!",
    GoalStatus.OFF_TRACK: "✕",
    GoalStatus.NO_DATA: "–",
    GoalStatus.ACHIEVED: "★",
    GoalStatus.SUPERSEDED: "→",
}
ARROWS: dict[str, str] = {Trend.IMPROVING: "▲", Trend.STABLE: "▬", Trend.WORSENING: "▼"}


@register.simple_tag
def status_badge(status: str, trend: str = ""):
    status = status if status in SYMBOLS else GoalStatus.NO_DATA
    badge = format_html(
        '<span class="status {}"><span aria-hidden="true">{}</span> {}</span>',
        status,
        SYMBOLS[status],
        GoalStatus(status).label,
    )
    if trend in ARROWS:
        badge = format_html(
            '{} <span class="trend"><span aria-hidden="true">{}</span> {}</span>',
            badge,
            ARROWS[trend],
            Trend(trend).label,
        )
    return badge
