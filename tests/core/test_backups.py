"""Backup and restore (`manage.py backup` / `manage.py restore`, core.backups): the restored state is what
every page shows, with the web process's own cache kept, and nothing is lost when a restore fails.

On the database the tests run on: SQLite, or PostgreSQL with pg_dump, pg_restore and psql.
"""

import shutil

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from core.services import SYSTEM
from steer import services
from steer.models import Goal
from tests.factories.collaborations import CollaborationFactory
from tests.factories.steer import GoalDocumentFactory, GoalFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),  # a restore replaces the database: no test transaction around it
    pytest.mark.skipif(
        connection.vendor == "postgresql" and not all(shutil.which(t) for t in ("pg_dump", "pg_restore", "psql")),
        reason="the PostgreSQL client tools are not installed",
    ),
]

OLD = "Halvera ungdomsarbetslösheten"
NEW = "Dubbla antalet sommarjobb"
RENAMED = "Halvera ungdomsarbetslösheten till 2030"


@pytest.fixture
def collaboration():
    collaboration = CollaborationFactory(name="Unga lyfter (test)", visibility="public")
    document = GoalDocumentFactory(collaboration=collaboration, title="Unga lyfters mål", visibility="public")
    GoalFactory(document=document, title=OLD, visibility="public")
    return collaboration


def _shown(client: Client, collaboration, *titles: str) -> dict[str, tuple[bool, bool]]:
    """For each title: is it on the collaboration's steering page, is it in the API's goal list."""
    page = client.get(f"/samverkan/{collaboration.slug}/styrning/").content.decode()
    listed = [goal["title"] for goal in client.get("/api/goals/").json()["results"]]
    return {title: (title in page, title in listed) for title in titles}


def test_a_restore_shows_the_restored_goals_and_not_what_was_cached_before_it(collaboration, tmp_path):
    reader = Client()  # a web process: its own cache (LocMemCache) is kept through the restore
    assert _shown(reader, collaboration, OLD, NEW) == {OLD: (True, True), NEW: (False, False)}
    call_command("backup", tmp_path / "backup")

    services.delete_goal(Goal.objects.get(title=OLD), actor=SYSTEM)
    assert _shown(reader, collaboration, OLD, NEW) == {OLD: (False, False), NEW: (False, False)}
    services.create_goal(collaboration.goal_documents.get(), actor=SYSTEM, title=NEW, visibility="public", term="long")
    assert _shown(reader, collaboration, OLD, NEW) == {OLD: (False, False), NEW: (True, True)}

    call_command("restore", tmp_path / "backup", interactive=False)
    assert _shown(reader, collaboration, OLD, NEW) == {OLD: (True, True), NEW: (False, False)}
    # The restored counters move on from where they were at the backup, past values cached before it.
    services.update_goal(Goal.objects.get(title=OLD), actor=SYSTEM, title=RENAMED)
    assert _shown(reader, collaboration, RENAMED, NEW) == {RENAMED: (True, True), NEW: (False, False)}


def test_a_restore_puts_back_the_uploaded_files_and_keeps_those_it_replaced(collaboration, tmp_path, settings):
    default_storage.save("imports/bro.csv", ContentFile(b"series;area;period;value\nBRO;1880;2024;12\n"))
    call_command("backup", tmp_path / "backup")
    default_storage.delete("imports/bro.csv")
    default_storage.save("imports/later.csv", ContentFile(b"series;area;period;value\n"))

    call_command("restore", tmp_path / "backup", interactive=False)
    assert default_storage.listdir("imports") == ([], ["bro.csv"])
    with default_storage.open("imports/bro.csv") as restored:
        assert restored.read() == b"series;area;period;value\nBRO;1880;2024;12\n"
    (kept,) = tmp_path.glob("media.before-restore-*")
    assert sorted(p.name for p in (kept / "imports").iterdir()) == ["later.csv"]


def test_a_restore_from_a_damaged_backup_changes_nothing(collaboration, tmp_path):
    call_command("backup", tmp_path / "backup")
    services.create_goal(collaboration.goal_documents.get(), actor=SYSTEM, title=NEW, visibility="public", term="long")
    (database,) = tmp_path.glob("backup/database.*")
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])

    with pytest.raises(CommandError, match="damaged.*nothing was restored"):
        call_command("restore", tmp_path / "backup", interactive=False)
    assert sorted(Goal.objects.values_list("title", flat=True)) == [NEW, OLD]
    assert _shown(Client(), collaboration, OLD, NEW) == {OLD: (True, True), NEW: (True, True)}


def test_a_folder_that_is_not_a_backup_is_refused_and_a_backup_never_overwrites(tmp_path):
    (tmp_path / "other").mkdir()
    with pytest.raises(CommandError, match="not a backup made by `manage.py backup`"):
        call_command("restore", tmp_path / "other", interactive=False)
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("backup", tmp_path / "other")
    assert (tmp_path / "other" / "notes.txt").read_text() == "mine"
