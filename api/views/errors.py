"""What the API answers to an address under /api/ that names no operation: a 404 in JSON, like
every other API error (Django's own would be an HTML page). Included last by `api.urls`, for
addresses that end in a slash only, so that one without it is still redirected to the slashed one."""

from django.urls import re_path
from django.utils.translation import gettext as _
from rest_framework import exceptions, permissions
from rest_framework.views import APIView


class NoSuchAddress(APIView):
    """A 404 for every method, after authentication (an invalid token is still a 401)."""

    permission_classes = [permissions.AllowAny]
    schema = None  # not an operation

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise exceptions.NotFound(_("Hittades inte."))


urlpatterns = [re_path(r"^.*/$", NoSuchAddress.as_view())]
