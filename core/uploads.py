"""What an attached document may be: the same rule for the pages' forms and the API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DOCUMENT_TYPES = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".xlsx", ".pptx"}
MAX_UPLOAD_MB = 20


def validate_document(upload: Any) -> None:
    """Refuse a file of another type than an office document, or one over the size limit."""
    if not upload:
        return
    suffix = Path(upload.name).suffix.lower()
    if suffix not in DOCUMENT_TYPES:
        raise ValidationError(
            _("Filtypen %(suffix)s tas inte emot; använd PDF, Word, OpenDocument, Excel, PowerPoint eller text.")
            % {"suffix": suffix or "?"},
            code="file_type",
        )
    if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
        raise ValidationError(_("Filen är större än %(mb)d MB.") % {"mb": MAX_UPLOAD_MB}, code="file_size")
