"""The history in words: one record as sentences a council secretary can read aloud.

The one sentence builder of every history page (an object's History tab, the collaboration's log):

1. The event is a headline: a verb and the kind of object ("Skapade avtal", "Stängde uppföljningsomgång"),
   from the last part of the record's action code; the code itself stays in the API and in the page's
   `title` attribute, never in the text.
2. Each changed field is a sentence: "Ändrade skede från Initiering till Bildande"; a field that was
   empty "Angav …", one that is emptied "Tog bort … (var …)".
3. A field is named by its label (`verbose_name`); a foreign key without one by the kind of object it
   points to. Fields without a label of their own (ids, times of the row, order numbers) are the
   platform's book-keeping and are not told.
4. A value is shown as the reader reads it elsewhere: a choice by its display name, yes/no as Ja/Nej,
   a date or time in the local format, a number with the language's decimal sign, a linked object by
   its name — already put in by `core.queries.readable_records`, which says "dolt objekt" for one the
   reader may not see.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import plain_number

BOOK_KEEPING = frozenset({"id", "pk", "created_at", "updated_at", "created_by", "updated_by", "position"})
"""Fields never told: what the platform keeps for itself."""

# The verb of an action code's last part; "%(kind)s" is the kind of object (its verbose name).
HEADLINES = {
    "created": gettext_lazy("Skapade %(kind)s"),
    "updated": gettext_lazy("Ändrade %(kind)s"),
    "deleted": gettext_lazy("Tog bort %(kind)s"),
    "recorded": gettext_lazy("Registrerade %(kind)s"),
    "assigned": gettext_lazy("Tilldelade %(kind)s"),
    "revoked": gettext_lazy("Återkallade %(kind)s"),
    "closed": gettext_lazy("Stängde %(kind)s"),
    "invited": gettext_lazy("Bjöd in %(kind)s"),
    "answered": gettext_lazy("Tog emot svar från %(kind)s"),
    "versioned": gettext_lazy("Sparade en ny version av %(kind)s"),
    "followed": gettext_lazy("Började följa %(kind)s"),
    "renamed_at_source": gettext_lazy("Källan bytte namn på %(kind)s"),
    "discontinued": gettext_lazy("Källan upphörde med %(kind)s"),
    "started": gettext_lazy("Startade %(kind)s"),
    "succeeded": gettext_lazy("Slutförde %(kind)s"),
    "failed": gettext_lazy("%(kind)s misslyckades"),
    "capped": gettext_lazy("Begränsade synligheten för %(kind)s"),
    "stage_changed": gettext_lazy("Ändrade skede för %(kind)s"),
    # the parties' work (work)
    "progress_noted": gettext_lazy("Skrev %(kind)s"),
    "progress_note_removed": gettext_lazy("Tog bort %(kind)s"),
    "status_changed": gettext_lazy("Ändrade status för %(kind)s"),
    "evaluated": gettext_lazy("Registrerade utvärdering av %(kind)s"),
    "scaled_up": gettext_lazy("Skalade upp %(kind)s"),
    "version_saved": gettext_lazy("Sparade %(kind)s"),
    "decided": gettext_lazy("Registrerade beslut om %(kind)s"),
    "competence_added": gettext_lazy("Lade till %(kind)s"),
    "competence_removed": gettext_lazy("Tog bort %(kind)s"),
    "target_group_added": gettext_lazy("Lade till %(kind)s"),
    "target_group_removed": gettext_lazy("Tog bort %(kind)s"),
    "resources_set": gettext_lazy("Angav %(kind)s"),
    "resources_removed": gettext_lazy("Tog bort %(kind)s"),
}


def headline(action: str, model: type[models.Model] | None) -> str:
    """The event in words: "Skapade avtal". An unknown verb is told as a change."""
    verb = action.rsplit(".", 1)[-1]
    kind = str(model._meta.verbose_name) if model is not None else _("objekt")
    text = str(HEADLINES.get(verb, HEADLINES["updated"])) % {"kind": kind}
    return text[:1].upper() + text[1:]


def label(model: type[models.Model] | None, name: str) -> str | None:
    """The field's label; None for book-keeping and for fields without a label of their own."""
    if name in BOOK_KEEPING or model is None:
        return None
    try:
        field: Any = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    verbose = getattr(field, "verbose_name", None)
    if verbose is None:
        return None
    with translation.override(None):  # Django's own label is the field's name; an English label may equal it
        own = str(verbose) != name.replace("_", " ")
    if own:
        return str(verbose)
    if field.is_relation and field.related_model is not None:  # a key without a label: what it points to
        return str(field.related_model._meta.verbose_name)
    return None


def value(model: type[models.Model] | None, name: str, raw: Any) -> str | None:
    """A stored value as the reader reads it; None when there is none."""
    if raw is None or raw == "" or raw == []:
        return None
    field: Any = None
    if model is not None:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            field = None
    if isinstance(raw, list):
        shown = [value(model, name, item) for item in raw]
        return ", ".join(s for s in shown if s) or None
    if field is not None and getattr(field, "choices", None) and not field.is_relation:
        labels = {str(k): str(v) for k, v in field.flatchoices}
        return labels.get(str(raw), str(raw))
    if isinstance(raw, bool) or isinstance(field, models.BooleanField):
        return _("Ja") if raw else _("Nej")
    if isinstance(field, models.DateTimeField) and isinstance(raw, str):
        moment = parse_datetime(raw)
        if moment is not None:
            if timezone.is_aware(moment):
                moment = timezone.localtime(moment)
            return formats.date_format(moment, "SHORT_DATETIME_FORMAT")
    if isinstance(field, models.DateField) and isinstance(raw, str):
        day = parse_date(raw[:10])
        if day is not None:
            return formats.date_format(day, "SHORT_DATE_FORMAT")
    if isinstance(raw, (datetime.date, datetime.datetime)):
        return formats.date_format(raw, "SHORT_DATE_FORMAT")
    if isinstance(field, (models.DecimalField, models.FloatField)) or isinstance(raw, (float, Decimal)):
        try:
            return plain_number(Decimal(str(raw)), decimals=10, grouped=True)
        except (InvalidOperation, ValueError):
            return str(raw)
    if isinstance(raw, int) and not isinstance(field, models.ForeignKey):
        return plain_number(raw, grouped=True)
    if isinstance(raw, int):  # a key that could not be named: never its id
        return _("okänt objekt")
    return str(raw)


def field_sentence(field_label: str, before: str | None, after: str | None) -> str:
    """One changed field: "Ändrade skede från Initiering till Bildande"."""
    if before is None:
        return _("Angav %(field)s: %(after)s") % {"field": field_label, "after": after}
    if after is None:
        return _("Tog bort %(field)s (var %(before)s)") % {"field": field_label, "before": before}
    return _("Ändrade %(field)s från %(before)s till %(after)s") % {
        "field": field_label,
        "before": before,
        "after": after,
    }


def sentences(
    model: type[models.Model] | None, changes: dict[str, list[Any]], *, created_or_deleted: bool
) -> list[str]:
    """The changed fields as sentences (none for a created or deleted object: the headline tells it)."""
    if created_or_deleted:
        return []
    told = []
    for name, pair in changes.items():
        field_label = label(model, name)
        if field_label is None:
            continue
        before, after = value(model, name, pair[0]), value(model, name, pair[1])
        if before == after:
            continue
        told.append(field_sentence(field_label, before, after))
    return told
