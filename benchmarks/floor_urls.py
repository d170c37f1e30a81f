"""The product's URLs plus the floor of the page benchmark: a bare view that runs one trivial query.

Like every page's header, it asks who is signed in: anonymously that costs nothing, with a session it
costs what Django itself does for every signed-in request (the session and the user)."""

from django.http import HttpResponse
from django.urls import path

from actors.models import Area
from samverkan.urls import urlpatterns as product


def floor(request):
    who = request.user.get_username() if request.user.is_authenticated else ""
    return HttpResponse(f"{who} {Area.objects.values_list('pk', flat=True).first()}")


urlpatterns = [path("__floor__/", floor), *product]
