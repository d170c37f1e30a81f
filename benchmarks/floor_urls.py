"""The product's URLs plus the floor of the page benchmark: a bare view that runs one trivial query."""

from django.http import HttpResponse
from django.urls import path

from actors.models import Area
from samverkan.urls import urlpatterns as product


def floor(request):
    return HttpResponse(str(Area.objects.values_list("pk", flat=True).first()))


urlpatterns = [path("__floor__/", floor), *product]
