"""No page, form, query, API endpoint or template tag reaches a collaboration-scoped model around the gateway.

A lint in test form, over every module that reads for a user: views, forms, queries, template tags, the
API and the apps that only read (`portal`, `reports`, `health`):

* every `<ScopedModel>.objects…` expression passes through `.visible_to(` (or `.editable_by(`) before
  anything else, except as the queryset of a `VisiblePrefetch`, which applies the gateway itself;
* a relation to a scoped model is never prefetched bare (`prefetch_related("goals")` or
  `Prefetch("goals", …)`): it is prefetched with `VisiblePrefetch(lookup, user)`, so a template that walks
  it cannot show a hidden object. (Only the first step of a lookup is known without its model; a lookup
  that reaches a scoped model further on starts with a `VisiblePrefetch` of its own.)
"""

import ast
from pathlib import Path

import pytest
from django.apps import apps

from core.permissions import ScopedModel
from core.queries import scoped_models

ROOT = Path(__file__).resolve().parents[2]
READING_APPS = ("portal", "reports", "health")
PATTERNS = [
    "*/views.py",
    "*/views/*.py",
    "*/forms.py",
    "*/forms/*.py",
    "*/queries.py",
    "*/queries/*.py",
    "*/templatetags/*.py",
    "*/parts/*.py",
    "api/**/*.py",
    *(f"{app}/**/*.py" for app in READING_APPS),
]
GUARDED = sorted({p for pattern in PATTERNS for p in ROOT.glob(pattern) if not {".venv", "tests"} & set(p.parts)})


# The one place that may read scoped rows around the gateway says why on the line: the permission scope
# itself (a user's roles and participations), which the gateway is built from.
EXEMPT = "# gateway: the scope it is built from"


def scoped_relations() -> set[str]:
    """Names under which any model reaches a collaboration-scoped model (fields and reverse accessors)."""
    names = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            related = field.related_model
            if not (field.is_relation and isinstance(related, type) and issubclass(related, ScopedModel)):
                continue
            name = field.get_accessor_name() if field.auto_created and not field.concrete else field.name
            if name and not name.endswith("+"):
                names.add(name)
    return names


def _inside_visible_prefetch(tree: ast.AST) -> set[int]:
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "VisiblePrefetch":
            inside |= {id(child) for child in ast.walk(node)}
    return inside


def _chains(tree: ast.AST, exempt: set[int]):
    """Yield (model name, first method called on .objects, line) for every `Name.objects.method(`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) and id(node) not in exempt:
            inner = node.value
            if inner.attr == "objects" and isinstance(inner.value, ast.Name):
                yield inner.value.id, node.attr, node.lineno


def _bare_prefetches(tree: ast.AST):
    """Yield (lookup, line) for each string lookup of `prefetch_related(…)` and of a plain `Prefetch(…)`."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        if name == "prefetch_related":
            args = node.args
        elif name == "Prefetch":
            args = node.args[:1]
        else:
            continue
        for arg in args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.value, node.lineno


def offences(source: str, label: str = "") -> list[str]:
    tree = ast.parse(source)
    lines = source.splitlines()
    models = {m.__name__ for m in scoped_models()}
    found = [
        f"{label}:{line} {model}.objects.{method}: go through visible_to(user)"
        for model, method, line in _chains(tree, _inside_visible_prefetch(tree))
        if model in models and method not in ("visible_to", "editable_by", "none") and EXEMPT not in lines[line - 1]
    ]
    relations = scoped_relations()
    found += [
        f"{label}:{line} prefetch of {lookup!r}: use VisiblePrefetch({lookup.split('__')[0]!r}, user)"
        for lookup, line in _bare_prefetches(tree)
        if lookup.split("__")[0] in relations
    ]
    return found


@pytest.mark.parametrize("path", GUARDED, ids=lambda p: str(p.relative_to(ROOT)))
def test_scoped_models_are_reached_through_the_gateway(path):
    found = offences(path.read_text(), str(path.relative_to(ROOT)))
    assert not found, "\n".join(found)


def test_the_lint_sees_the_guarded_files():
    guarded = {str(p.relative_to(ROOT)) for p in GUARDED}
    assert {
        "collaborations/views.py",
        "organize/forms/bodies.py",
        "organize/queries/bodies.py",
        "steer/queries/goals.py",
        "collaborations/parts/forms.py",
    } <= guarded
    assert any(p.startswith("api/") for p in guarded)
    assert any(p.startswith("core/templatetags/") for p in guarded)
    assert {"Collaboration", "Participation", "CollaborationRole"} <= {m.__name__ for m in scoped_models()}


@pytest.mark.parametrize(
    "source",
    [
        "Goal.objects.filter(collaboration=c)",
        "qs.prefetch_related('goals')",
        "qs.prefetch_related('participations__organization')",
        "Prefetch('versions', queryset=AgreementVersion.objects.visible_to(user))",
        "Goal.objects.filter(collaboration=c)  # gateway: it is fine, really",
    ],
)
def test_the_lint_flags_a_way_around_the_gateway(source):
    assert offences(source)


@pytest.mark.parametrize(
    "source",
    [
        "Goal.objects.visible_to(user).filter(collaboration=c)",
        "qs.prefetch_related(VisiblePrefetch('goals', user, queryset=Goal.objects.select_related('document')))",
        "qs.prefetch_related('areas', 'shared_with', 'agenda_targets__goal')",
        "Prefetch('areas', queryset=Area.objects.order_by('name'))",
    ],
)
def test_the_lint_lets_the_gateway_through(source):
    assert not offences(source)
