"""Every API error is JSON: a 400 names the fields, a hidden object is a 404, never a 500 for bad input."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler


class PreconditionFailed(exceptions.APIException):
    """412: the object changed since the version named in `If-Match`; the answer carries its `ETag` now."""

    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = _("Objektet har ändrats sedan du hämtade det.")
    default_code = "precondition_failed"

    def __init__(self, detail=None, *, etag: str = ""):
        super().__init__(detail)
        self.etag = etag


def json_exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        return Response(detail, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, IntegrityError):
        return Response(
            {"non_field_errors": [_("Ändringen strider mot en regel i databasen och sparades inte.")]},
            status=status.HTTP_400_BAD_REQUEST,
        )
    if isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("Hittades inte."))
    response = exception_handler(exc, context)
    if isinstance(exc, PreconditionFailed) and exc.etag and response is not None:
        response["ETag"] = exc.etag
    return response
