"""Request id for tying history records to the request that made them; the collector after warm-up; NUL refused."""

import contextvars
import gc
import re
import uuid
from collections.abc import Callable, Iterable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse, QueryDict, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import render
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")


class RequestIdMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request.headers.get("X-Request-Id", "")[:64] or uuid.uuid4().hex
        token = current_request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-Id"] = request_id
        return response


class FreezeAfterWarmUpMiddleware:
    """After the first requests of a process (templates compiled, translations and caches loaded), move
    every object alive into the collector's permanent generation (`gc.freeze`). They live as long as the
    process anyway; a full collection during a later request then stays short (the p95 tail of the
    heavier pages fell by about 40 % at national size, see benchmarks/README.md). From then on the
    youngest generation is collected after 20,000 new objects instead of Python's 700, and the middle one
    every time, so that the garbage of a request that reads thousands of rows is collected young
    (`GC_THRESHOLDS`; measured with gc callbacks: Python's defaults gave a 21 ms full collection in a quarter
    of the requests of the collaborations API, a larger middle threshold 160 ms pauses). With them every
    cold p95 at national size is under 80 ms. `GC_FREEZE_AFTER_REQUESTS` (0: never)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.remaining = int(getattr(settings, "GC_FREEZE_AFTER_REQUESTS", 0))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.remaining > 0:
            self.remaining -= 1
            if self.remaining == 0:
                gc.freeze()
                gc.set_threshold(*settings.GC_THRESHOLDS)
        return response


# A NUL inside a JSON string: `\u0000` after an even number of other backslashes (`\\u0000` is the text "\u0000").
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


def _has_nul(values: Iterable[str]) -> bool:
    return any("\x00" in value for value in values)


def _querydict_has_nul(data: QueryDict) -> bool:
    return any("\x00" in key or _has_nul(data.getlist(key)) for key in data)


def _large_body(request: HttpRequest) -> bool:
    """Larger than what Django reads into memory (`request.body` would refuse it)."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return True
    return limit is not None and length > limit


class RefuseNulMiddleware:
    """A NUL character has no meaning in an address, a query or a form value, and PostgreSQL cannot store or
    compare it (a lookup with one fails with a database error). Every request that carries one is refused
    here, once, before any view: 400 with a short message (JSON under /api/). Checked: the path, every query
    key and value, every form key and value and the name of every uploaded file (the file's content may be
    binary and is never read here), and the strings of a JSON body. A cookie with a NUL is dropped (the visitor
    is then simply not logged in) rather than refused, so that a broken cookie cannot lock anyone out."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        for name in [name for name, value in request.COOKIES.items() if "\x00" in name or "\x00" in value]:
            del request.COOKIES[name]
        if self._carries_nul(request):
            return self._refuse(request)
        return self.get_response(request)

    @staticmethod
    def _carries_nul(request: HttpRequest) -> bool:
        if "\x00" in request.path or _querydict_has_nul(request.GET):
            return True
        content_type = request.content_type or ""
        if _large_body(request) and not (request.method == "POST" and content_type == "multipart/form-data"):
            return False  # a large body is read by its view (DRF's fields refuse NUL), as before
        if content_type in ("multipart/form-data", "application/x-www-form-urlencoded"):
            if request.method == "POST":
                try:
                    data, files = request.POST, request.FILES
                except (MultiPartParserError, UnreadablePostError):
                    return False  # the view answers a body it cannot read, as it did before
            elif content_type == "application/x-www-form-urlencoded":  # Django reads a form body only for POST
                data, files = QueryDict(request.body, encoding=request.encoding), MultiValueDict()
            else:  # a multipart PUT/PATCH: DRF parses it; its fields refuse NUL (ProhibitNullCharactersValidator)
                return False
            return _querydict_has_nul(data) or any(
                "\x00" in key or _has_nul(upload.name or "" for upload in files.getlist(key)) for key in files
            )
        if content_type == "application/json" or content_type.endswith("+json"):
            return bool(_JSON_NUL.search(request.body))
        return False

    @staticmethod
    def _refuse(request: HttpRequest) -> HttpResponse:
        with translation.override(translation.get_language_from_request(request)):
            message = _("Adressen eller formuläret innehåller ett nolltecken (NUL), som inte är tillåtet.")
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return render(request, "400.html", {"message": message}, status=400)
