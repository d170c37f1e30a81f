"""What an attached document may be: the same rule for the pages' forms and the API."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

DOCUMENT_TYPES = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".xlsx", ".pptx"}
MAX_UPLOAD_MB = 20
# A file system keeps at most 255 bytes of a file's name; an å is two. 200 leaves room for the suffix
# storage adds to a name already taken.
MAX_NAME_BYTES = 200


def validate_document(upload: Any) -> None:
    """Refuse a file of another type than an office document, one over the size limit, or one whose name
    is longer than a file system keeps."""
    if not upload:
        return
    if len(Path(upload.name).name.encode()) > MAX_NAME_BYTES:
        raise ValidationError(
            _("Filnamnet är för långt; byt namn på filen till högst %(chars)d tecken och försök igen.")
            % {"chars": MAX_NAME_BYTES // 2},
            code="file_name",
        )
    suffix = Path(upload.name).suffix.lower()
    if suffix not in DOCUMENT_TYPES:
        raise ValidationError(
            _("Filtypen %(suffix)s tas inte emot; använd PDF, Word, OpenDocument, Excel, PowerPoint eller text.")
            % {"suffix": suffix or "?"},
            code="file_type",
        )
    if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
        raise ValidationError(_("Filen är större än %(mb)d MB.") % {"mb": MAX_UPLOAD_MB}, code="file_size")
