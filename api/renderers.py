"""The browsable API under the Content-Security-Policy."""

from csp.constants import UNSAFE_INLINE
from rest_framework.renderers import BrowsableAPIRenderer


class CSPBrowsableAPIRenderer(BrowsableAPIRenderer):
    """DRF's HTML pages set style attributes and one <style> element in their templates; on these pages (and
    only these) styles may be inline. Scripts stay limited to this site's files, so an injected script still
    cannot run."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        response = (renderer_context or {}).get("response")
        if response is not None:
            response._csp_update = {"style-src": [UNSAFE_INLINE]}
        return super().render(data, accepted_media_type, renderer_context)
