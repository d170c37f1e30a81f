"""The code version, carried by every cache key (`settings.CACHES` KEY_PREFIX), so that a deploy never
reads what the previous release cached: its HTML parts, or pickles of classes that have changed since.

In this order:

1. `RELEASE_ID` from the environment, for a deploy that names its release (a tag, a build number);
2. the git commit of the checkout, when the code is one;
3. the project's version and a digest of the code (the Python modules, templates, translations, static
   files and the locked dependencies), for a deploy that is neither. It changes with any of those files,
   so two different codes never share a version, even under one version number.

Read once, when the settings are (a few milliseconds; the digest only when there is no commit). An edit
not yet committed does not change the commit: locally the cache is the process's own memory, which a
restart empties; a shared cache is for deploys, which are of a commit or name their release.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import tomllib
from collections.abc import Mapping
from pathlib import Path

# What the digest reads: what the pages and the pickles are made of.
CODE_SUFFIXES = {".py", ".html", ".txt", ".po", ".css", ".js", ".svg"}
CODE_FILES = {"pyproject.toml", "uv.lock"}
NOT_CODE = {".git", ".venv", "node_modules", "var", "__pycache__", ".hypothesis", "tests", "benchmarks", "docs"}


def code_version(base_dir: Path, environ: Mapping[str, str] = os.environ) -> str:
    """The version of the code in `base_dir`, usable in a cache key (letters, digits, `.`, `_`, `-`)."""
    release = environ.get("RELEASE_ID", "").strip()
    if release:
        return re.sub(r"[^A-Za-z0-9._-]", "-", release)[:64]
    commit = git_commit(base_dir)
    if commit:
        return commit[:12]
    return f"{project_version(base_dir)}-{code_digest(base_dir)}"


def git_commit(base_dir: Path) -> str:
    """The checked-out commit of `base_dir` when it is a git checkout (a worktree too), else ""."""
    if not (base_dir / ".git").exists():
        return ""
    try:
        found = subprocess.run(
            ["git", "-C", str(base_dir), "rev-parse", "--verify", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):  # no git on the machine
        return ""
    commit = found.stdout.strip()
    return commit if found.returncode == 0 and re.fullmatch(r"[0-9a-f]{40,64}", commit) else ""


def project_version(base_dir: Path) -> str:
    try:
        with (base_dir / "pyproject.toml").open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0"


def code_digest(base_dir: Path) -> str:
    """A digest of the names and contents of the code's files, in a fixed order."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted(_code_files(base_dir)):
        digest.update(str(path.relative_to(base_dir)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _code_files(base_dir: Path):
    for root, dirs, files in os.walk(base_dir):
        dirs[:] = [d for d in dirs if d not in NOT_CODE]
        for name in files:
            if name in CODE_FILES or os.path.splitext(name)[1] in CODE_SUFFIXES:
                yield Path(root, name)
