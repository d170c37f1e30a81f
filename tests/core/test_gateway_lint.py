"""No view, API endpoint or template tag reaches a collaboration-scoped model around the gateway.

A lint in test form: in `views.py`, `api/` and `portal/`, every `<ScopedModel>.objects…` expression must
pass through `.visible_to(` (or `.editable_by(`) before anything else.
"""

import ast
from pathlib import Path

import pytest

from core.queries import scoped_models

ROOT = Path(__file__).resolve().parents[2]
GUARDED = [
    *ROOT.glob("*/views.py"),
    *ROOT.glob("*/views/*.py"),
    *ROOT.glob("api/**/*.py"),
    *ROOT.glob("portal/**/*.py"),
]
GUARDED = [p for p in GUARDED if ".venv" not in p.parts]


def _chains(tree: ast.AST):
    """Yield (model name, first method called on .objects, line) for every `Name.objects.method(`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner = node.value
            if inner.attr == "objects" and isinstance(inner.value, ast.Name):
                yield inner.value.id, node.attr, node.lineno


@pytest.mark.parametrize("path", GUARDED, ids=lambda p: str(p.relative_to(ROOT)))
def test_scoped_models_are_reached_through_the_gateway(path):
    names = {m.__name__ for m in scoped_models()}
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {model}.objects.{method}"
        for model, method, line in _chains(ast.parse(path.read_text()))
        if model in names and method not in ("visible_to", "editable_by", "none")
    ]
    assert not offenders, "go through visible_to(user):\n" + "\n".join(offenders)


def test_the_lint_sees_the_guarded_files():
    assert any(p.name == "views.py" and p.parent.name == "collaborations" for p in GUARDED)
    assert any("api" in p.parts for p in GUARDED)
    assert {"Collaboration", "Participation", "CollaborationRole"} <= {m.__name__ for m in scoped_models()}
