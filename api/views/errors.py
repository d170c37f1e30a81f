"""What the API answers to an address under /api/ that names no operation."""

from django.utils.translation import gettext as _
from rest_framework import exceptions, permissions
from rest_framework.views import APIView


class NoSuchAddress(APIView):
    """A 404 in JSON for every method, after authentication (an invalid token is still a 401)."""

    permission_classes = [permissions.AllowAny]
    schema = None  # not an operation

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise exceptions.NotFound(_("Hittades inte."))
