"""Backup and restore of the whole platform: the database and the uploaded files (`MEDIA_ROOT`).

A backup is a folder (`manage.py backup <folder>`):

    manifest.json     what it holds: format, database vendor, time, the migrations applied
    database.dump     PostgreSQL: `pg_dump --format=custom`
    database.sqlite3  SQLite: a copy made with SQLite's online backup API (consistent while in use)
    media.tar.gz      every file under MEDIA_ROOT

`manage.py restore <folder>` puts the database back as it was, in one transaction, and sets a new cache
epoch in that same transaction (`core.generations`): no page part or API list cached before the restore,
in any process on any host, is ever shown again, however the restored change counters move afterwards.
The files under MEDIA_ROOT are then replaced by the backup's; the files as they were are kept beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from core.generations import EPOCH, new_epoch_value
from core.models import Generation

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media.tar.gz"
DATABASE = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore that cannot be done, with what to do about it."""


@dataclass
class RestoreReport:
    created_at: str
    media_files: int
    kept_media: Path | None  # the files as they were before the restore
    missing_migrations: list[str]  # migrations of this release that the backup predates


# Backup ---------------------------------------------------------------------------------------------


def backup(folder: Path) -> dict[str, Any]:
    """Write a backup of the database and the media files into `folder` (new or empty)."""
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise BackupError(f"{folder} is not empty; a backup goes into a new or empty folder.")
    vendor = _vendor()
    folder.mkdir(parents=True, exist_ok=True)
    applied = sorted(f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations())
    if vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={folder / DATABASE[vendor]}"], "pg_dump")
    else:
        connection.ensure_connection()
        target = sqlite3.connect(folder / DATABASE[vendor])
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    media_files = _pack_media(folder / MEDIA)
    manifest = {
        "format": FORMAT,
        "database": vendor,
        "created_at": timezone.now().isoformat(),
        "migrations": applied,
        "media_files": media_files,
        "sha256": {name: _sha256(folder / name) for name in (DATABASE[vendor], MEDIA)},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def _pack_media(path: Path) -> int:
    root = Path(settings.MEDIA_ROOT)
    files = 0
    with tarfile.open(path, "w:gz") as tar:
        if root.is_dir():
            for item in sorted(root.rglob("*")):
                tar.add(item, arcname=str(item.relative_to(root)), recursive=False)
                files += item.is_file()
    return files


# Restore --------------------------------------------------------------------------------------------


def read_manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError as exc:
        raise BackupError(f"{folder} holds no {MANIFEST}: it is not a backup made by `manage.py backup`.") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{folder}: backup format {manifest.get('format')!r}, this release reads {FORMAT}.")
    return manifest


def restore(folder: Path) -> RestoreReport:
    """Replace the database and the media files by the backup's in `folder`, with a new cache epoch."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    vendor = _vendor()
    if manifest["database"] != vendor:
        raise BackupError(f"The backup is of a {manifest['database']} database; this one is {vendor}.")
    known = {f"{app}.{name}" for app, name in MigrationLoader(None, ignore_no_migrations=True).disk_migrations}
    unknown = sorted(set(manifest["migrations"]) - known)
    if unknown:
        raise BackupError(f"The backup comes from a newer release (migrations {', '.join(unknown)}); restore it there.")
    if connection.in_atomic_block:
        raise BackupError("A restore cannot run inside a transaction.")
    for name, digest in manifest.get("sha256", {}).items():
        if not (folder / name).is_file() or _sha256(folder / name) != digest:
            raise BackupError(f"{folder / name} is missing or damaged (not as it was written); nothing was restored.")
    media = _unpack_media(folder / MEDIA)  # first, so that a broken archive stops before anything changed
    try:
        epoch = new_epoch_value([_current_epoch()])
        if vendor == "postgresql":
            _restore_postgresql(folder / DATABASE[vendor], epoch)
        else:
            _restore_sqlite(folder / DATABASE[vendor], epoch)
    except BaseException:
        shutil.rmtree(media, ignore_errors=True)
        raise
    kept = _swap_media(media)
    return RestoreReport(
        created_at=manifest["created_at"],
        media_files=manifest.get("media_files", 0),
        kept_media=kept,
        missing_migrations=sorted(known - set(manifest["migrations"])),
    )


def _current_epoch() -> int:
    return Generation.objects.filter(name=EPOCH).values_list("value", flat=True).first() or 0


def _epoch_sql(epoch: int) -> str:
    table = connection.ops.quote_name(Generation._meta.db_table)
    return (
        f"INSERT INTO {table} (name, value) VALUES ('{EPOCH}', {int(epoch)}) "
        "ON CONFLICT (name) DO UPDATE SET value = excluded.value;\n"
    )


def _restore_postgresql(dump: Path, epoch: int) -> None:
    """One psql transaction: drop this database's tables, run the dump's script, set the new epoch."""
    for tool in ("pg_restore", "psql"):
        if shutil.which(tool) is None:
            raise BackupError(f"{tool} is not installed: install the PostgreSQL client (as new as the server).")
    tables = connection.introspection.table_names()
    connection.close()  # hold no connection (nor lock) of our own during the restore
    with tempfile.TemporaryFile() as restore_errors, tempfile.TemporaryFile() as psql_errors:
        psql = subprocess.Popen(
            ["psql", "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=psql_errors,
            env=_pg_env(),
        )
        script = subprocess.Popen(
            ["pg_restore", "--no-owner", "--no-privileges", "--file=-", str(dump)],
            stdout=subprocess.PIPE,
            stderr=restore_errors,
        )
        with psql, script:  # pipes closed and both waited for, whatever happens
            assert psql.stdin is not None and script.stdout is not None
            try:
                psql.stdin.write(b"SET lock_timeout = '60s';\n")  # stop, rather than wait, if a worker holds a table
                if tables:
                    names = ", ".join(connection.ops.quote_name(t) for t in tables)
                    psql.stdin.write(f"DROP TABLE IF EXISTS {names} CASCADE;\n".encode())
                shutil.copyfileobj(script.stdout, psql.stdin, 1 << 20)
                if script.wait() != 0:
                    psql.kill()  # its transaction is rolled back: the database is as it was
                    with contextlib.suppress(BrokenPipeError):
                        psql.stdin.close()
                    raise BackupError(f"pg_restore failed, nothing was restored: {_text(restore_errors)}")
                psql.stdin.write(b"RESET search_path;\n" + _epoch_sql(epoch).encode())
                psql.stdin.close()
            except BrokenPipeError:  # psql stopped at an error (its message follows)
                script.kill()
                with contextlib.suppress(BrokenPipeError):
                    psql.stdin.close()
        if psql.returncode != 0:
            raise BackupError(f"The restore was rolled back (the database is as it was): {_text(psql_errors)}")


def _restore_sqlite(copy: Path, epoch: int) -> None:
    """The backup, given the new epoch in a scratch copy, is written over the database in one step."""
    with tempfile.TemporaryDirectory() as scratch:
        source_path = Path(scratch, "restore.sqlite3")
        shutil.copyfile(copy, source_path)
        source = sqlite3.connect(source_path)
        try:
            try:
                if source.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise sqlite3.DatabaseError("quick_check found damage")
                source.execute(_epoch_sql(epoch))
                source.commit()
            except sqlite3.DatabaseError as exc:
                raise BackupError(f"{copy} is damaged ({exc}); nothing was restored.") from exc
            connection.ensure_connection()
            source.backup(connection.connection)
        finally:
            source.close()


def _unpack_media(archive: Path) -> Path:
    root = Path(settings.MEDIA_ROOT)
    root.parent.mkdir(parents=True, exist_ok=True)
    target = Path(tempfile.mkdtemp(prefix=f"{root.name}.restoring-", dir=root.parent))
    try:
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(target, filter="data")  # nothing outside the folder, no devices
    except (OSError, tarfile.TarError) as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise BackupError(f"{archive} cannot be read: {exc}") from exc
    return target


def _swap_media(restored: Path) -> Path | None:
    """MEDIA_ROOT gets the backup's files; what it held is moved beside it (returned), not deleted."""
    root = Path(settings.MEDIA_ROOT)
    kept = None
    if root.is_dir() and any(root.iterdir()):
        kept = root.parent / f"{root.name}.before-restore-{timezone.now():%Y%m%d-%H%M%S}"
        kept.mkdir()
        for item in list(root.iterdir()):
            shutil.move(item, kept / item.name)
    root.mkdir(parents=True, exist_ok=True)
    for item in list(restored.iterdir()):
        shutil.move(item, root / item.name)
    restored.rmdir()
    return kept


# Helpers --------------------------------------------------------------------------------------------


def _vendor() -> str:
    if connection.vendor not in DATABASE:
        raise BackupError(f"Backups of a {connection.vendor} database are not supported.")
    return connection.vendor


def _pg_env() -> dict[str, str]:
    """The connection's own settings (under tests, the test database), for pg_dump, pg_restore and psql."""
    db = connection.settings_dict
    env = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if db.get(key):
            env[name] = str(db[key])
    env["PGDATABASE"] = str(db["NAME"])
    if (db.get("OPTIONS") or {}).get("sslmode"):
        env["PGSSLMODE"] = db["OPTIONS"]["sslmode"]
    return env


def _run(command: list[str], name: str) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{name} is not installed: install the PostgreSQL client (as new as the server).")
    done = subprocess.run(command, env=_pg_env(), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BackupError(f"{name} failed: {done.stderr.strip()}")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _text(handle: IO[bytes]) -> str:
    handle.seek(0)
    return handle.read().decode(errors="replace").strip()[-2000:]
