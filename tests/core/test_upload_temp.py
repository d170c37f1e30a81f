"""Temporary files of uploads cut off by a killed web process are removed (core.workers.remove_stale_upload_files,
`manage.py clean_upload_temp`, run by every worker)."""

import os
import time
from io import StringIO
from pathlib import Path

from django.conf import settings as django_settings
from django.core.files.uploadhandler import TemporaryFileUploadHandler
from django.core.management import call_command
from django.test import RequestFactory


def _file(directory: Path, name: str, hours_old: float) -> Path:
    path = directory / name
    path.write_bytes(b"half an upload")
    then = time.time() - hours_old * 3600
    os.utime(path, (then, then))
    return path


def test_large_uploads_are_written_to_a_directory_of_their_own():
    handler = TemporaryFileUploadHandler(RequestFactory().post("/"))
    handler.new_file("file", "stor.csv", "text/csv", 10_000_000)

    assert Path(handler.file.temporary_file_path()).parent == Path(django_settings.FILE_UPLOAD_TEMP_DIR)
    assert Path(django_settings.FILE_UPLOAD_TEMP_DIR).is_relative_to(django_settings.VAR_DIR)
    handler.file.close()


def test_a_file_left_longer_than_the_limit_is_removed_and_a_fresh_one_kept(settings, tmp_path):
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    settings.UPLOAD_TEMP_MAX_AGE_HOURS = 2
    stale = _file(tmp_path, "tmpabc.upload.csv", hours_old=3)
    fresh = _file(tmp_path, "tmpdef.upload.xlsx", hours_old=0.5)
    (tmp_path / "a-directory").mkdir()
    out = StringIO()

    call_command("clean_upload_temp", stdout=out)

    assert not stale.exists()
    assert fresh.exists()
    assert (tmp_path / "a-directory").is_dir()
    assert out.getvalue().strip() == "1 temporary upload file(s) removed."
