"""The error answers of the API, written into the OpenAPI schema (a drf-spectacular postprocessing hook).

What `api.exceptions.json_exception_handler` and DRF answer, and so what every client must expect:

1. 400 to any operation that takes input (a body, a query or a path parameter): an object naming each
   field that is wrong with its messages, `non_field_errors` for the whole object, or `detail` for a
   body that cannot be read.
2. 401 to every operation: the credentials given are not valid (a wrong token), or an operation
   that needs a login got none. The answer names the scheme (`WWW-Authenticate: Token`).
3. 403 to every write: the caller is known but may not do this here.
4. 404 to every operation on one object (a path parameter), hidden and missing alike, and to every
   list that is paged (a page past the last).
5. 415 to any operation that takes a body: the body's content type is none the API reads (JSON, a
   form, multipart), or it names none.
6. 412 to a conditional write (`api.conditional`): the `If-Match` names a version the object is no
   longer at; nothing was written. `ConditionalAutoSchema` documents the header on those writes.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter

WRITES = {"post", "put", "patch", "delete"}
METHODS = WRITES | {"get", "head", "options", "trace"}

DETAIL = "ErrorDetail"
FIELD_ERRORS = "FieldErrors"

SCHEMAS = {
    DETAIL: {
        "type": "object",
        "description": "An error with one message.",
        "properties": {"detail": {"type": "string", "description": "What went wrong, in the user's language."}},
        "required": ["detail"],
    },
    FIELD_ERRORS: {
        "type": "object",
        "description": "Invalid input: each key is a field (`non_field_errors` for the object as a whole, "
        "`detail` for a body that cannot be read), each value its messages; nested for nested fields.",
        "additionalProperties": {},
    },
}


def _answer(description: str, component: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{component}"}}},
    }


RESPONSES = {
    "BadRequest": _answer("Invalid input; the answer names what is wrong and where.", FIELD_ERRORS),
    "Unauthorized": _answer("The credentials are not valid, or this needs a login.", DETAIL),
    "Forbidden": _answer("The caller may not do this.", DETAIL),
    "NotFound": _answer("No such object among those the caller may see, or no such page.", DETAIL),
    "UnsupportedMediaType": _answer(
        "The body's content type is none the API reads (application/json, a form or multipart/form-data).", DETAIL
    ),
    "PreconditionFailed": _answer(
        "Someone else changed the object since the version named in If-Match; nothing was written. The "
        "answer's ETag is the version now.",
        DETAIL,
    ),
}

IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="The ETag of the object as the caller read it: the write is done only if no one has changed "
    "the object since (412 otherwise). Without it, the write is not checked.",
)


class ConditionalAutoSchema(AutoSchema):
    """The schema of a viewset whose writes are conditional: PATCH, PUT and DELETE take `If-Match`."""

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if self.method in ("PATCH", "PUT", "DELETE"):
            parameters = [*parameters, IF_MATCH]
        return parameters


def errors_for(method: str, operation: dict[str, Any]) -> dict[str, str]:
    """The error answers an operation can give: status code → response name (as in the module docstring)."""
    parameters = operation.get("parameters", [])
    answers = {}
    if parameters or "requestBody" in operation:
        answers["400"] = "BadRequest"
    answers["401"] = "Unauthorized"
    if method in WRITES:
        answers["403"] = "Forbidden"
    if any(p.get("in") == "path" or (p.get("in") == "query" and p.get("name") == "page") for p in parameters):
        answers["404"] = "NotFound"
    if "requestBody" in operation:
        answers["415"] = "UnsupportedMediaType"
    if any(p.get("in") == "header" and p.get("name") == "If-Match" for p in parameters):
        answers["412"] = "PreconditionFailed"
    return answers


def add_error_responses(result: dict[str, Any], generator: Any, request: Any, public: bool, **kwargs: Any):
    """Add the error answers to every operation, leaving any an operation documents itself."""
    components = result.setdefault("components", {})
    components.setdefault("schemas", {}).update(SCHEMAS)
    components.setdefault("responses", {}).update(RESPONSES)
    for path_item in result.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in METHODS:
                continue
            responses = operation.setdefault("responses", {})
            for code, name in errors_for(method, operation).items():
                responses.setdefault(code, {"$ref": f"#/components/responses/{name}"})
    return result
