"""Security headers: a Content-Security-Policy without inline code, Permissions-Policy, and production settings
that `manage.py check --deploy` finds nothing to warn about (HSTS, the redirect to https, secure cookies)."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]


def _policy(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";") if part.strip())
    return {name: values for name, *values in directives}


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/logga-in/", "/samverkan/", "/statistik/", "/api/docs/"])
def test_pages_allow_no_inline_script_or_style_and_no_browser_features(client, url):
    response = client.get(url)

    policy = _policy(response)
    assert response.status_code == 200
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_the_api_docs_load_their_start_script_from_the_site_not_inline(client):
    page = client.get("/api/docs/").content.decode()
    script = client.get("/api/docs/?script=")

    assert re.findall(r"<script>", page) == []
    assert '<script src="/api/docs/?script="></script>' in page
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


@pytest.mark.django_db
def test_only_redoc_and_the_browsable_api_allow_inline_styles_and_never_inline_scripts(client):
    redoc = _policy(client.get("/api/redoc/"))
    browsable = _policy(client.get("/api/areas/", HTTP_ACCEPT="text/html"))
    json = client.get("/api/areas/", HTTP_ACCEPT="application/json")

    assert redoc["style-src"] == ["'self'", "'unsafe-inline'"]
    assert redoc["script-src"] == ["'self'"]
    assert browsable["style-src"] == ["'self'", "'unsafe-inline'"]
    assert browsable["script-src"] == ["'self'"]
    assert _policy(json)["style-src"] == ["'self'"]


INLINE = {
    "a style attribute": re.compile(r"\sstyle\s*="),
    "a <style> element": re.compile(r"<style[\s>]"),
    "an inline <script>": re.compile(r"<script(?![^>]*\ssrc=)[^>]*>"),
    "an event handler attribute": re.compile(r"\son[a-z]+\s*=\s*[\"']"),
    "a javascript: URL": re.compile(r"javascript:", re.IGNORECASE),
}


def test_no_template_of_the_project_has_inline_style_or_script():
    """What the policy would block: the templates must not need it (put styles in static/css/, scripts in
    static files)."""
    found = [
        f"{path.relative_to(ROOT)}: {what}"
        for directory in TEMPLATE_DIRS
        for path in sorted(directory.rglob("*.html"))
        for what, pattern in INLINE.items()
        if pattern.search(path.read_text())
    ]
    assert found == []


def test_check_deploy_finds_nothing_in_the_production_settings(tmp_path):
    """The settings as production has them (README "Production"): `check --deploy` has no warning."""
    # Production has none of the test run's own variables (the browser tests allow async-unsafe calls).
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {
        **inherited,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "REQUIRE_SECRET_KEY": "true",
        "SECURE_COOKIES": "true",
        "ALLOWED_HOSTS": "samverkan.example.se",
        "CSRF_TRUSTED_ORIGINS": "https://samverkan.example.se",
        "SAMVERKAN_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "samverkan.settings",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues (0 silenced)." in result.stdout
