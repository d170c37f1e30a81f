"""`{% version_field obj %}`: the hidden `based_on_version` input of a form that changes or removes `obj`
(`core.versions`). One query per many-to-many field of `obj`: for one object on a page, not for rows."""

from django import template
from django.db.models import Model
from django.utils.html import format_html

from core import versions

register = template.Library()


@register.simple_tag
def version_field(obj: Model) -> str:
    return format_html('<input type="hidden" name="{}" value="{}">', versions.FIELD, versions.version_of(obj))
