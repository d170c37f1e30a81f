"""Request id for tying history records to the request that made them; the collector after warm-up."""

import contextvars
import gc
import uuid

from django.conf import settings

current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
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

    def __init__(self, get_response):
        self.get_response = get_response
        self.remaining = int(getattr(settings, "GC_FREEZE_AFTER_REQUESTS", 0))

    def __call__(self, request):
        response = self.get_response(request)
        if self.remaining > 0:
            self.remaining -= 1
            if self.remaining == 0:
                gc.freeze()
                gc.set_threshold(*settings.GC_THRESHOLDS)
        return response
