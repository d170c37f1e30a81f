"""Where a recorded fact comes from (section 2 of the real-collaborations issue).

Every fact a coordinator records can carry its source: the document and what it says, a link, the
page, and whether the values are assumptions rather than stated in the source. `Sourced` gives a
model these fields; `SOURCE_FIELDS` names them for its forms and serializers, and the template
include `parts/_source.html` (``{% include "parts/_source.html" with fact=obj %}``) shows them.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

SOURCE_FIELDS = ("source_note", "source_url", "source_page", "is_assumption")


class SourceURLField(models.URLField):
    """A link to a source; typed without a scheme it is read as https."""

    def formfield(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("assume_scheme", "https")
        return super().formfield(*args, **kwargs)


class Sourced(models.Model):
    """The source of a recorded fact, and the mark of values that are assumptions."""

    source_note = models.TextField(
        _("källa"),
        blank=True,
        help_text=_("Handlingen uppgiften kommer från och vad den säger: avtal, stadgar, årsredovisning, protokoll …"),
    )
    source_url = SourceURLField(_("länk till källan"), max_length=500, blank=True)
    source_page = models.CharField(_("sida eller avsnitt"), max_length=30, blank=True)
    is_assumption = models.BooleanField(
        _("antaget värde"),
        default=False,
        help_text=_("Kryssa i när värdena är antaganden och inte står i källan. De visas då märkta."),
    )

    class Meta:
        abstract = True

    @property
    def has_source(self) -> bool:
        return bool(self.source_note or self.source_url or self.source_page)
