"""The import contracts in pyproject.toml ([tool.importlinter]) catch what they are written for.

`lint-imports` on the tree itself runs in `make lint` and `.ci/run`. Here each contract is shown to break:
the apps are copied (their Python files and pyproject.toml) to a temporary directory, forbidden imports are
added to a few modules, and `lint-imports` must fail naming each of them, and only them.
"""

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

APP_LAYERS = "App layers: an app imports only the apps below it"
PEERS = "Peers import only each other's models (and the public modules listed)"
PRIVATE = "No app imports another app's views, forms, serializers or service helpers"

ADDED = {
    "steer/engine.py": ["import organize.views", "import organize.models"],
    "actors/models.py": ["import collaborations.models"],
    "stats/queries.py": ["import collaborations.forms"],
    "organize/models/bodies.py": ["import organize.services"],  # a module of a layer that is a package
}


def _lint(directory: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=directory,
        env={**os.environ, "COLUMNS": "400"},  # one line per contract in the report
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> tuple[str, str]:
    """lint-imports' report on a copy of the apps, before and after the imports in ADDED are added."""
    directory = tmp_path_factory.mktemp("contracts")
    shutil.copy(ROOT / "pyproject.toml", directory)
    for package in CONFIG["root_packages"]:
        shutil.copytree(ROOT / package, directory / package, ignore=shutil.ignore_patterns("*.html", "__pycache__"))
    before = _lint(directory).stdout
    for module, statements in ADDED.items():
        path = directory / module
        path.write_text(path.read_text() + "\n" + "\n".join(statements) + "\n")
    after = _lint(directory)
    assert after.returncode == 1, after.stdout + after.stderr
    return before, after.stdout


def _section(report: str, contract: str) -> str:
    """The part of the report that lists the broken imports of one contract (each under its name, underlined)."""
    parts = re.split(r"^(.+)\n-{3,}\n", report[report.index("Broken contracts") :], flags=re.MULTILINE)
    return next(body for name, body in zip(parts[1::2], parts[2::2], strict=True) if name.startswith(contract))


def _lines(section: str, importer: str) -> list[str]:
    return re.findall(rf"^-\s+({re.escape(importer)} -> \S+) \(l\.", section, flags=re.MULTILINE)


def test_steer_importing_organize_views_breaks_the_peer_and_the_private_parts_contracts(reports):
    before, after = reports

    assert "steer.engine" not in before
    assert _lines(_section(after, PEERS), "steer.engine") == ["steer.engine -> organize.views"]
    assert _lines(_section(after, PRIVATE), "steer.engine") == ["steer.engine -> organize.views"]


def test_steer_may_import_organize_models(reports):
    _, after = reports

    assert "steer.engine -> organize.models" not in after


def test_actors_importing_collaborations_breaks_the_app_layers(reports):
    _, after = reports
    section = _section(after, APP_LAYERS)

    assert "actors is not allowed to import collaborations:" in section
    assert _lines(section, "actors.models") == ["actors.models -> collaborations.models"]


def test_an_app_importing_another_apps_forms_breaks_the_private_parts_contract(reports):
    _, after = reports
    section = _section(after, PRIVATE)

    assert "stats is not allowed to import collaborations.forms:" in section
    assert _lines(section, "stats.queries") == ["stats.queries -> collaborations.forms"]


def test_models_importing_services_breaks_the_in_app_layers(reports):
    _, after = reports
    section = _section(after, "In-app layers")

    assert "organize.models is not allowed to import organize.services:" in section
    assert _lines(section, "organize.models.bodies") == ["organize.models.bodies -> organize.services"]
